### نصوص لمنسقي الشبكة: أوامر تعمل فقط في محادثات المشرفين
### (/reload و /status و /stats و /needs). لا يرى الأهل هذه النصوص أبدًا.

admin-reload-loaded = ✅ النسخة الجديدة من الملفات مفعّلة (النسخة { $version }). المحادثات الجارية مستمرة.
admin-reload-unchanged = ✅ لم تتغير الملفات. تبقى النسخة { $version } مفعّلة.
admin-reload-refused = ⛔ في الملفات المعدّلة { $count ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $count } أخطاء
    [many] { $count } خطأً
   *[other] { $count } خطأ
}. تبقى آخر نسخة خالية من الأخطاء مفعّلة. يرجى التصحيح:
admin-reload-unavailable = يعمل هذا البوت بملفات ثابتة ولا يمكنه إعادة التحميل.
admin-more-lines = … و{ $count } غيرها. لعرضها كلها: wegweiser check
admin-status = النسخة المفعّلة: { $version } (النصوص: { $texts })، حُمّلت في { $loaded }.
admin-status-last-none = لم تتم إعادة التحميل منذ البدء.
admin-status-reloading = ⏳ يجري الآن إعادة تحميل الملفات (منذ { $when }).
admin-reload-lines = رسائل الفحص (تقنية، بالإنجليزية):
admin-status-last-loaded = آخر إعادة تحميل ({ $when }): ناجحة، النسخة { $version }.
admin-status-last-refused = آخر إعادة تحميل ({ $when }): مرفوضة، { $count ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $count } أخطاء
    [many] { $count } خطأً
   *[other] { $count } خطأ
}:
admin-stats-heading = 📊 الاستخدام (عدّ بدون أسماء؛ الأشهر: { $months }). مجموع الخطوات: { $total }
admin-stats-visits = الخطوات الأكثر زيارة:
admin-stats-resting = أين تتوقف المحادثات (آخر خطوة):
admin-stats-restarts = بدء من جديد من الخطوة:
admin-stats-forgets = حُذفت (/forget) عند الخطوة:
admin-stats-none = (لا شيء بعد)
admin-stats-off = هذا البوت لا يعدّ شيئًا.
admin-needs-heading = 🔎 بحث لم يجد أي خدمة (العدد × المواضيع · الحي · اللغة):
admin-needs-line = { $count } × { $topics } · { $district } · { $language } ({ $month })
admin-needs-none = حتى الآن وجد كل بحث خدمة واحدة على الأقل.
admin-district-unknown = الحي غير معروف
admin-needs-outside = خارج كل الشبكات (الرمز البريدي { $area }…)
admin-scope = الشبكة: { $networks }
