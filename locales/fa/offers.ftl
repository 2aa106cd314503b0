### خدمات محلی: آنچه یک مرحلهٔ خدمات نشان می‌دهد (کارت‌ها، «بیشتر»، «چیزی پیدا نشد»).
### برنامه از این شناسه‌ها استفاده می‌کند. متن را می‌توان تغییر داد، شناسه را نه.

offers-found = { $total ->
    [one] 📋 یک مورد مناسب می‌شناسم:
   *[other] 📋 { $total } مورد مناسب می‌شناسم. اینجا { $shown ->
        [one] شمارهٔ { $from }:
       *[other] { $from } تا { $to }:
    }
}
offers-none = 📋 متأسفانه برای این موضوع هنوز موردی در نزدیکی شما نمی‌شناسم. از { -jobcenter } یا { -jugendamt(form: "long") } بپرسید – آنجا خدمات محلی را می‌شناسند.
offers-relaxed = ℹ️ هیچ موردی با همهٔ پاسخ‌های شما جور نیست. این‌ها از همه نزدیک‌ترند:
offers-unavailable = ⚠️ فهرست خدمات الان در دسترس نیست. لطفاً بعداً دوباره امتحان کنید.
offers-more = ➕ موارد بیشتر
offers-near-saved = 📍 ممنون! حالا خدمات را بر اساس فاصله از جایی که هستید مرتب می‌کنم.

offers-card-title = 📍 { $name } ({ $kind })
offers-card-provider = 🏢 { $provider }
offers-card-place = 🏠 { $place }
offers-card-distance = 📏 حدود { $km } کیلومتر فاصله
offers-card-hours = 🕐 { $hours }
offers-card-offhours = 🌙 همچنین { $times }
offers-card-childcare = 🧸 نگهداری از کودک در همان وقت
offers-card-languages = 🗣️ { $languages }
offers-card-cost = 💶 { $cost }
offers-card-phone = ☎️ { $phone }
offers-card-email = ✉️ { $email }
offers-card-web = 🌐 { $web }
offers-card-description = { $text }
offers-card-ask-first = ❔ { $what } – { $action }
offers-unconfirmed-both = نشانی و ساعت کاری هنوز تأیید نشده است
offers-unconfirmed-place = نشانی هنوز تأیید نشده است
offers-unconfirmed-hours = ساعت کاری هنوز تأیید نشده است
offers-ask-phone = لطفاً پیش از رفتن تماس بگیرید.
offers-ask-web = لطفاً پیش از رفتن در اینترنت نگاه کنید.
offers-ask-other = لطفاً پیش از رفتن بپرسید.
offers-card-checked = ✔️ آخرین بررسی: { $date }

offers-offhours-early = صبح زود
offers-offhours-late = عصر و شب
offers-offhours-weekend = آخر هفته

offers-cost-free = رایگان
offers-cost-reduced = ارزان‌تر برای درآمد کم
offers-cost-fee = پولی

offers-kind-office = اداره
offers-kind-counselling = مشاوره
offers-kind-course = دوره
offers-kind-childcare = نگهداری از کودک
offers-kind-family_centre = مرکز خانواده
offers-kind-transport = رفت‌وآمد
offers-kind-health_insurer = بیمهٔ درمانی
offers-kind-legal = کمک حقوقی
offers-kind-hotline = خط تلفن
offers-kind-group = محل دیدار
offers-kind-other = خدمات

offers-day-mo = دوشنبه
offers-day-tu = سه‌شنبه
offers-day-we = چهارشنبه
offers-day-th = پنجشنبه
offers-day-fr = جمعه
offers-day-sa = شنبه
offers-day-su = یکشنبه

## متن مرحله‌های خدمات در گفتگوها (dialogs/*.toml).

offers-opt-near = 📍 خدمات نزدیک من
offers-opt-near-courses = 📍 دوره و مشاوره نزدیک من
offers-opt-topic = ↪️ بازگشت به موضوع
offers-ask-postcode = 📮 کد پستی شما چیست؟ آن‌وقت اول خدمات نزدیک شما را نشان می‌دهم. 5 رقم را بنویسید، مثلاً 42103.
offers-postcode-error = این کد پستی نیست. لطفاً 5 رقم بنویسید، مثلاً 42103.
offers-opt-skip-postcode = ادامه بدون کد پستی
offers-ask-offhours = 🕐 آیا بیرون از ساعت‌های معمول به نگهداری از کودک نیاز دارید؟
offers-offhours-opt-no = نه، در طول روز کافی است
offers-offhours-opt-early = بله، صبح زود (پیش از ساعت 8)
offers-offhours-opt-late = بله، عصر و شب (بعد از ساعت 18)
offers-offhours-opt-weekend = بله، آخر هفته
offers-ask-childcare = 🧸 آیا وقتی در دوره یا مشاوره هستید، به نگهداری از کودک نیاز دارید؟
offers-opt-childcare-yes = بله، با نگهداری از کودک
offers-opt-childcare-no = نه، لازم نیست
offers-money = 💬 مشاوره و اداره‌ها نزدیک شما برای پول، نفقه و درخواست‌ها:
offers-childcare = 🧸 نگهداری از کودک، مراکز خانواده و مشاوره نزدیک شما:
offers-training = 📚 دوره‌ها و مشاوره نزدیک شما برای زبان، آموزش حرفه‌ای و کار:
offers-mobility = 🚌 بلیت و رفت‌وآمد نزدیک شما:
