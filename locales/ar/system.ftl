### Texts of the bot itself: navigation, hints, help, language, deleting. (Arabic)
### The code uses these ids. Change the text: yes. Rename an id: no.

lang-name = العربية

sys-welcome = 👋 أهلًا بكم في Wegweiser، الدليل للأهل الذين يربّون أطفالهم وحدهم! أُريكم ما هي المساعدات الموجودة وأين تحصلون عليها. فقط اضغطوا على الأزرار.
sys-restarted = 🔄 نبدأ من جديد. تم حذف إجاباتكم السابقة.
sys-updated = ℹ️ تم تحديث Wegweiser قبل قليل. من فضلكم اختاروا مرة أخرى من القائمة.
sys-unknown-link = ℹ️ لا أعرف هذا الرابط. هذه هي القائمة.

help-text =
    ❓ كيف يعمل Wegweiser:
    • اضغطوا على زر للمتابعة.
    • ⬅️ رجوع: خطوة واحدة إلى الوراء.
    • 🏠 القائمة: العودة إلى البداية.
    • 🆘 مساعدة فورية: أرقام هواتف للطوارئ.
    الأوامر: /restart (البدء من جديد)، /language (اللغة)، /forget (حذف كل ما حفظته عنكم).
    أحفظ إجاباتكم فقط، لكي تتمكنوا من المتابعة لاحقًا.

lang-choose = 🌐 من فضلكم اختاروا لغتكم:
lang-changed = ✅ أتكلم معكم الآن باللغة العربية.
lang-unsupported = للأسف ليست عندي اللغة «{ $code }». من فضلكم اختاروا:

forget-confirm = 🗑️ هل أحذف كل ما حفظته عنكم (إجاباتكم ومكانكم في المحادثة)؟
forget-yes = نعم، احذف كل شيء
forget-no = لا، تابع
forget-done = ✅ تم حذف كل شيء. يمكنكم البدء من جديد في أي وقت بإرسال /start.

hint-use-buttons = من فضلكم اضغطوا على أحد الأزرار (أو اكتبوا رقمه).
hint-empty = لم أقرأ شيئًا. من فضلكم اضغطوا على زر.
hint-unknown-command = لا أعرف الأمر { $command }. للمساعدة أرسلوا /help.
hint-stale-button = هذا الزر من رسالة قديمة. أنتم الآن هنا:
hint-at-start = أنتم في البداية أصلًا.

nav-next = التالي ➡️
nav-back = ⬅️ رجوع
nav-menu = 🏠 القائمة
nav-urgent = 🆘 مساعدة فورية

verdict-likely = ✅ على الأرجح نعم
verdict-maybe = ❔ ربما
verdict-unlikely = ❌ على الأرجح لا
check-line =
    { $verdict }: { $name }
    { $reason }
    👉 { $office }
check-line-short = { $verdict }: { $name } – { $reason }

summary-empty = لم تجمعوا أي خطوات تالية بعد. اختاروا موضوعًا من القائمة.
summary-item = ☐ { $item }
summary-for-office = 🇩🇪 للدائرة: بالألمانية
summary-office-heading = 🇩🇪 للدائرة – خطواتي التالية:
