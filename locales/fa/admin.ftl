### متن‌هایی برای هماهنگ‌کنندگان شبکه: دستورهایی که فقط در گفتگوهای مدیران کار می‌کنند
### (/reload و /status و /stats و /needs). والدین هرگز این متن‌ها را نمی‌بینند.

admin-reload-loaded = ✅ نسخهٔ تازهٔ فایل‌ها فعال است (نسخهٔ { $version }). گفتگوهای در جریان ادامه دارند.
admin-reload-unchanged = ✅ فایل‌ها تغییری نکرده‌اند. نسخهٔ { $version } فعال می‌ماند.
admin-reload-refused = ⛔ فایل‌های تغییرکرده { $count ->
    [one] یک خطا
   *[other] { $count } خطا
} دارند. آخرین نسخهٔ بی‌خطا فعال می‌ماند. لطفاً اصلاح کنید:
admin-reload-unavailable = این ربات با فایل‌های ثابت کار می‌کند و نمی‌تواند آن‌ها را دوباره بارگذاری کند.
admin-more-lines = … و { $count } مورد دیگر. برای دیدن همه: wegweiser check
admin-status = نسخهٔ فعال: { $version } (متن‌ها: { $texts })، بارگذاری‌شده در { $loaded }.
admin-status-last-none = از زمان شروع، بارگذاری دوباره‌ای انجام نشده است.
admin-status-reloading = ⏳ فایل‌ها همین حالا دوباره بارگذاری می‌شوند (از { $when }).
admin-reload-lines = پیام‌های بررسی (فنی، به انگلیسی):
admin-status-last-loaded = آخرین بارگذاری دوباره ({ $when }): موفق، نسخهٔ { $version }.
admin-status-last-refused = آخرین بارگذاری دوباره ({ $when }): رد شد، { $count ->
    [one] یک خطا
   *[other] { $count } خطا
}:
admin-stats-heading = 📊 استفاده (شمارش بدون نام؛ ماه‌ها: { $months }). مجموع قدم‌ها: { $total }
admin-stats-visits = پربازدیدترین قدم‌ها:
admin-stats-resting = جایی که گفتگوها تمام می‌شوند (آخرین قدم):
admin-stats-restarts = شروع دوباره از قدم:
admin-stats-forgets = پاک‌شده (/forget) در قدم:
admin-stats-none = (هنوز چیزی نیست)
admin-stats-off = این ربات چیزی نمی‌شمارد.
admin-needs-heading = 🔎 جستجو شد، ولی خدماتی پیدا نشد (تعداد × موضوع‌ها · محله · زبان):
admin-needs-line = { $count } × { $topics } · { $district } · { $language } ({ $month })
admin-needs-none = تا حالا هر جستجو دست‌کم یک مورد پیدا کرده است.
admin-district-unknown = محلهٔ نامعلوم
admin-needs-outside = خارج از همهٔ شبکه‌ها (کد پستی { $area }…)
admin-scope = شبکه: { $networks }
