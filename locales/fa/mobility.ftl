# رفت‌وآمد. قیمت‌ها از dialogs/figures.toml می‌آیند.

mob-title = اتوبوس، قطار، ماشین

mob-start = 🚌 رفت‌وآمد با اتوبوس، قطار و ماشین. به چه چیزی نیاز دارید؟

mob-opt-dticket = 🎫 { -deutschlandticket }
mob-opt-social = 💶 { -sozialticket }، ارزان
mob-opt-school = 🚸 راه مدرسهٔ فرزندان
mob-opt-licence = 🚗 گواهینامه برای کار
mob-opt-check = ✅ چه کمکی به من تعلق می‌گیرد؟
mob-opt-wohngeld = 🏠 { -wohngeld }
mob-opt-but = 🎒 کمک‌هزینهٔ مدرسه و فعالیت‌ها
mob-opt-avgs = 🤝 مربی‌گری: { -avgs }

mob-dticket =
    🎫 { -deutschlandticket(form: "long") }

    یک بلیت برای اتوبوس و قطارهای محلی در سراسر آلمان.
    قیمت: { $deutschlandticket } در ماه (از { $deutschlandticket_from })، به‌صورت اشتراک.
    👶 کودکان زیر { $dt_free_age } سال رایگان سفر می‌کنند.

    📍 نزد شرکت حمل‌ونقل شهرتان (دفتر مشتریان یا اپلیکیشن).
    💡 اگر { -buergergeld }، { -wohngeld } یا { -asylbewerberleistungen } می‌گیرید، اغلب یک { -sozialticket(form: "long") } ارزان‌تر هست.

mob-social =
    💶 { -deutschlandticket-sozial(form: "long") }

    در { -vrr(form: "long") }، از جمله ووپرتال (Wuppertal) و هاگن (Hagen): { $dt_sozial } در ماه (قیمت از { $dt_sozial_from }؛ قیمت سال 2026 هنوز تأیید نشده).
    برای کسانی که { -buergergeld }، { -sozialhilfe(form: "long") }، { -wohngeld } یا { -asylbewerberleistungen } می‌گیرند – و برای بعضی افراد دیگر.

    این‌طور:
    1. مدرک بگیرید: از شهرداری یا از اداره‌ای که کمک‌هزینهٔ شما را می‌پردازد.
    2. با این مدرک، بلیت را نزد شرکت حمل‌ونقل سفارش بدهید (اشتراک).

    جاهای دیگر: از شهرداری خود دربارهٔ { -sozialticket } بپرسید.

mob-school =
    🚸 راه مدرسهٔ فرزندان

    • { -bildung-und-teilhabe(form: "long") } هزینهٔ رفت‌وآمدهای لازم به مدرسه را می‌پردازد – اگر { -buergergeld }، { -wohngeld }، { -kinderzuschlag } یا { -asylbewerberleistungen } می‌گیرید.
    • در { -nrw(form: "long") } بلیت مدرسه هست (دویچ‌لاند‌تیکت شوله، Deutschlandticket Schule): { $dt_schule } در ماه.
    • کودکان زیر { $dt_free_age } سال رایگان سفر می‌کنند.

    📍 از دفتر مدرسه دربارهٔ بلیت دانش‌آموزی بپرسید. درخواست { -bildung-und-teilhabe }: در { -jobcenter }، شهرداری یا { -sozialamt(form: "long") }.

mob-licence =
    🚗 گواهینامهٔ رانندگی برای یک کار

    { -jobcenter(form: "long") } می‌تواند هزینهٔ گواهینامه را بپردازد (از بودجهٔ کاریابی، Vermittlungsbudget). حق قطعی وجود ندارد، تصمیم با اداره است.
    به یک پیشنهاد کار مشخص نیاز دارید که برای آن گواهینامه لازم است.

    📄 همراه ببرید:
    • نامهٔ کارفرما: اگر گواهینامه داشته باشید، استخدام می‌شوید
    • برآورد هزینه از یک آموزشگاه رانندگی

    📍 { -jobcenter } – پیش از ثبت‌نام در آموزشگاه رانندگی بپرسید. اگر { -buergergeld } نمی‌گیرید: از { -agentur-fuer-arbeit(form: "long") } بپرسید.

## قدم‌های بعدی

mob-todo-social = شهرداری: مدرک برای { -sozialticket } بگیرید، بعد { -deutschlandticket-sozial } را نزد شرکت حمل‌ونقل سفارش بدهید.
mob-todo-school = مدرسه: دربارهٔ بلیت دانش‌آموزی بپرسید؛ هزینهٔ رفت‌وآمد را از راه { -bildung-und-teilhabe } درخواست کنید.
mob-todo-licence = { -jobcenter }: هزینهٔ گواهینامه را از بودجهٔ کاریابی (Vermittlungsbudget) درخواست کنید – نامهٔ کارفرما و برآورد هزینهٔ آموزشگاه رانندگی را همراه ببرید.

## قواعد هر ایالت و هر شبکه

mob-opt-rural = 🚐 اتوبوس درخواستی در روستا

mob-social-be =
    💶 بلیت برلین S (Berlin-Ticket S)

    { $berlin_ticket_s } در ماه، برای اتوبوس و قطار در برلین (منطقهٔ AB).
    برای کسانی که { -buergergeld }، { -sozialhilfe }، { -asylbewerberleistungen } یا { -wohngeld } می‌گیرند – و برخی دیگر. با بیمهٔ بیکاری I (ALG I) نه.

    مراحل:
    1. بلیت را از BVG یا S-Bahn بخرید.
    2. نام کامل خود را روی بلیت بنویسید.
    3. { -bescheid } و کارت شناسایی عکس‌دار را همیشه همراه داشته باشید.

mob-social-clp =
    💶 { -sozialticket } در شهرستان کلوپنبورگ

    در شهرستان کلوپنبورگ { -sozialticket } نمی‌شناسم. در نیدرزاکسن شهرستان‌ها و شهرها خودشان در این باره تصمیم می‌گیرند. در ساختمان شهرستان (Kreishaus) بپرسید.
    🚐 با اتوبوس درخواستی moobil+ ارزان رفت‌وآمد می‌کنید.
    🎒 برای راه مدرسه { -bildung-und-teilhabe } هزینهٔ سفرهای لازم را می‌پردازد.

mob-rural =
    🚐 اتوبوس درخواستی moobil+ در شهرستان کلوپنبورگ

    اتوبوس‌های کوچک در هر بخش کار می‌کنند، بیشتر از 7 تا 19. در بیش از 500 ایستگاه می‌ایستند – بدون پله هم.
    ⏰ دست‌کم { $moobil_book_hours } ساعت زودتر رزرو کنید: در اپ، آنلاین یا با تلفن 0800 3030 20 1.
    💶 یک سفر داخل بخش شما: { $moobil_fare }. برای هر بخش دیگر: { $moobil_fare_extra } بیشتر.
    بلیت روزانه، هفتگی و ماهانه هم هست. نقدی یا از طریق حساب می‌پردازید.

mob-todo-social-be = BVG یا S-Bahn: بلیت برلین S بخرید – { -bescheid } و کارت شناسایی عکس‌دار همیشه همراهتان باشد.
mob-todo-rural = moobil+: سفر را دست‌کم { $moobil_book_hours } ساعت زودتر رزرو کنید – اپ، آنلاین یا 0800 3030 20 1.
