# رفت‌وآمد. قیمت‌ها از dialogs/figures.toml می‌آیند.

mob-title = اتوبوس، قطار، خودرو

mob-start = 🚌 رفت‌وآمد با اتوبوس، قطار و خودرو. به چه چیزی نیاز دارید؟

mob-opt-dticket = 🎫 Deutschlandticket
mob-opt-social = 💶 بلیت اجتماعی ارزان
mob-opt-school = 🚸 راه مدرسهٔ فرزندان
mob-opt-licence = 🚗 گواهینامه برای کار
mob-opt-check = ✅ به من چه می‌رسد؟
mob-opt-wohngeld = 🏠 Wohngeld (کمک اجاره)
mob-opt-but = 🎒 Bildung und Teilhabe
mob-opt-avgs = 🤝 مربی‌گری (AVGS)

mob-dticket =
    🎫 Deutschlandticket (بلیت سراسر آلمان)

    یک بلیت برای اتوبوس و قطارهای محلی در سراسر آلمان.
    قیمت: { $deutschlandticket } در ماه (از { $deutschlandticket_from })، به‌صورت اشتراک ماهانه.
    👶 کودکان زیر { $dt_free_age } سال رایگان سفر می‌کنند.

    📍 نزد شرکت حمل‌ونقل شهرتان (مرکز مشتریان یا اپ).
    💡 با Bürgergeld، Wohngeld یا Asylbewerberleistungen اغلب یک بلیت اجتماعی ارزان‌تر هست.

mob-social =
    💶 Deutschlandticket Sozial (بلیت اجتماعی)

    در VRR (از جمله Wuppertal): { $dt_sozial } در ماه (قیمت از { $dt_sozial_from }؛ قیمت 2026 هنوز تأیید نشده).
    برای کسانی که Bürgergeld، Sozialhilfe (کمک اجتماعی)، Wohngeld (کمک اجاره)، Asylbewerberleistungen و برخی کمک‌های دیگر می‌گیرند.

    این‌طور:
    1. مدرک بگیرید: از شهرداری یا اداره‌ای که کمک‌هزینهٔ شما را می‌پردازد.
    2. با این مدرک، بلیت را نزد شرکت حمل‌ونقل سفارش دهید (اشتراک).

    مناطق دیگر: از شهرتان دربارهٔ بلیت اجتماعی بپرسید.

mob-school =
    🚸 راه مدرسهٔ فرزندان

    • Bildung und Teilhabe (هزینهٔ مدرسه و فعالیت‌های کودک) هزینهٔ رفت‌وآمدهای لازم به مدرسه را می‌پردازد – با Bürgergeld، Wohngeld، Kinderzuschlag یا AsylbLG.
    • در NRW بلیت Deutschlandticket Schule (بلیت مدرسه) هست: { $dt_schule } در ماه.
    • کودکان زیر { $dt_free_age } سال رایگان سفر می‌کنند.

    📍 از دفتر مدرسه دربارهٔ بلیت دانش‌آموزی بپرسید. درخواست Bildung und Teilhabe: Jobcenter، شهرداری یا Sozialamt (ادارهٔ امور اجتماعی).

mob-licence =
    🚗 گواهینامهٔ رانندگی برای یک کار

    Jobcenter می‌تواند هزینهٔ گواهینامه را بپردازد (Vermittlungsbudget، بودجهٔ کاریابی). حق قطعی وجود ندارد (تصمیم با اداره است).
    به یک پیشنهاد کار مشخص نیاز دارید که برای آن گواهینامه لازم است.

    📄 همراه ببرید:
    • نامهٔ کارفرما: اگر گواهینامه داشته باشید، استخدام می‌شوید
    • برآورد هزینه از یک آموزشگاه رانندگی

    📍 Jobcenter – پیش از ثبت‌نام در آموزشگاه رانندگی بپرسید. بدون Bürgergeld: از Agentur für Arbeit (ادارهٔ کار) بپرسید.

## قدم‌های بعدی

mob-todo-social = شهرداری: مدرک برای بلیت اجتماعی بگیرید، بعد Deutschlandticket Sozial را نزد شرکت حمل‌ونقل سفارش دهید.
mob-todo-school = مدرسه: دربارهٔ بلیت دانش‌آموزی بپرسید؛ هزینهٔ رفت‌وآمد را از طریق Bildung und Teilhabe درخواست کنید.
mob-todo-licence = Jobcenter: هزینهٔ گواهینامه را از طریق Vermittlungsbudget درخواست کنید – نامهٔ کارفرما و برآورد هزینهٔ آموزشگاه رانندگی را همراه ببرید.
