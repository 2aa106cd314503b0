### نصوص البوت نفسه: التنقل، التلميحات، المساعدة، اللغة، الحذف.
### البرنامج يستعمل هذه المعرّفات. تغيير النص: نعم. تغيير اسم المعرّف: لا.

lang-name = العربية

sys-welcome = 👋 أهلًا بكم في فيغفايزر (Wegweiser)، الدليل للأم أو الأب الذي يربّي أطفاله وحده! أُريكم ما هي المساعدات الموجودة وأين تحصلون عليها. فقط اضغطوا على الأزرار.
sys-restarted = 🔄 نبدأ من جديد. حُذفت إجاباتكم السابقة.
sys-updated = ℹ️ تم تحديث هذا الدليل قبل قليل. من فضلكم اختاروا مرة أخرى من القائمة.
sys-unknown-link = ℹ️ لا أعرف هذا الرابط. هذه هي القائمة.

help-text =
    ❓ كيف يعمل هذا الدليل:
    • اضغطوا على زر للمتابعة.
    • ➡️ رجوع: خطوة واحدة إلى الوراء.
    • 🏠 القائمة: العودة إلى البداية.
    • 🆘 مساعدة فورية: أرقام هواتف للطوارئ.
    الأوامر: /restart (البدء من جديد)، /language (اللغة)، /forget (حذف كل ما حفظته عنكم).
    أحفظ إجاباتكم فقط، لكي تستطيعوا المتابعة لاحقًا.

lang-choose = 🌐 من فضلكم اختاروا لغتكم:
lang-changed = ✅ أتكلم معكم الآن باللغة العربية.
lang-unsupported = للأسف لا أعرف اللغة «{ $code }». من فضلكم اختاروا:

forget-confirm = 🗑️ هل أحذف كل ما حفظته عنكم (إجاباتكم ومكانكم في المحادثة)؟
forget-yes = نعم، احذف كل شيء
forget-no = لا، تابع
forget-done = ✅ حُذف كل شيء. يمكنكم البدء من جديد في أي وقت بإرسال /start.

hint-use-buttons = من فضلكم اضغطوا على أحد الأزرار (أو اكتبوا رقمه).
hint-empty = رسالتكم فارغة. من فضلكم اضغطوا على زر.
hint-unknown-command = لا أعرف الأمر { $command }. للمساعدة أرسلوا /help.
hint-stale-button = هذا الزر من رسالة قديمة. أنتم الآن هنا:
hint-at-start = أنتم في البداية.

nav-next = التالي ⬅️
nav-back = ➡️ رجوع
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
check-group = { $verdict }:
check-item = • { $name } 👉 { $office }
check-item-monthly = • { $name }: { $monthly } شهريًا 👉 { $office }
check-total = 💶 المجموع نحو { $total } شهريًا.
check-details = 🔎 كل التفاصيل
read-more = 📖 تابعوا القراءة (الصفحة { $page } من { $pages })
read-first = ⬆️ من البداية
input-weeks = أسبوع, أسابيع, اسبوع, اسابيع
input-months = شهر, أشهر, شهور, اشهر
input-newborn = رضيع, مولود, وليد

summary-empty = لم تجمعوا أي خطوات تالية بعد. اختاروا موضوعًا من القائمة.
summary-item = ☐ { $item }
summary-for-office = 🇩🇪 للدائرة: بالألمانية
summary-office-heading = 🇩🇪 للدائرة – خطواتي التالية:

outlook-none = لا أرى في الأشهر القادمة ({ $months } شهرًا) أي تغيير يحدث من تلقاء نفسه.
