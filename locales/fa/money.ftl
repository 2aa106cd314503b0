# پول و کمک‌هزینه‌ها: تک‌تک کمک‌هزینه‌ها و بررسی «به من چه می‌رسد؟».
# مبلغ‌ها از dialogs/figures.toml می‌آیند – اینجا هرگز مبلغ ننویسید.
# نام اداره‌ها و کمک‌هزینه‌ها آلمانی می‌ماند (روی فرم‌ها همین را می‌بینند)؛ در پرانتز توضیح دهید.

money-title = پول و کمک‌هزینه‌ها

money-start =
    💶 پول برای شما و فرزندانتان.

    سریع‌ترین راه: بررسی «به من چه می‌رسد؟» – 5 پرسش کوتاه.
    یا کمک‌هزینه‌ها را یکی‌یکی ببینید.

money-opt-check = ✅ به من چه می‌رسد؟
money-opt-group-children = 👶 پول برای فرزندان
money-opt-group-living = 🏠 Bürgergeld، Wohngeld
money-opt-group-school = 🎒 مدرسه، Kita، باشگاه
money-opt-group-law = ⚖️ مالیات، نفقه، امور حقوقی
money-opt-details = 💶 کمک‌هزینه‌ها یکی‌یکی
money-opt-yes = بله
money-opt-no = نه

## گروه‌ها

money-group-children = 👶 کدام کمک‌هزینه برای فرزندانتان؟
money-opt-kindergeld = Kindergeld (پول فرزند)
money-opt-kiz = Kinderzuschlag (پول اضافه)
money-opt-uvg = Unterhaltsvorschuss (نفقه)
money-opt-elterngeld = 🍼 Elterngeld (نوزاد)

money-group-living = 🏠 پول برای زندگی و اجاره:
money-opt-buergergeld = Bürgergeld (کمک زندگی)
money-opt-mehrbedarf = ➕ Mehrbedarf (پول اضافه)
money-opt-wohngeld = 🏠 Wohngeld (کمک اجاره)
money-opt-asylblg = Asylbewerberleistungen

money-group-school = 🎒 پول برای مدرسه، Kita و اوقات فراغت:
money-opt-but = 🎒 Bildung und Teilhabe
money-opt-kita-fees = 🧸 بدون هزینهٔ Kita
money-opt-kita-place = 🧸 پیدا کردن جا در Kita
money-opt-school-ticket = 🚸 راه مدرسه و بلیت

money-group-law = ⚖️ مالیات، نفقه و مشاورهٔ حقوقی:
money-opt-tax = 🧾 Steuerklasse II (مالیات)
money-opt-beistand = 🤝 Beistandschaft (نفقه)
money-opt-beratungshilfe = ⚖️ Beratungshilfe (وکیل)

## تک‌تک کمک‌هزینه‌ها

money-kindergeld =
    👶 Kindergeld (پول فرزند)

    چقدر؟ { $kindergeld } برای هر فرزند در ماه (از { $kindergeld_from }).
    برای چه کسی؟ برای هر فرزند زیر 18 سال. از 18 سالگی تا تولد { $kindergeld_age_max } سالگی فقط در دوران آموزش حرفه‌ای یا تحصیل.
    شهروند اتحادیهٔ اروپا نیستید؟ به اجازهٔ اقامتی نیاز دارید که اجازهٔ کار یا اقامت دائم بدهد. اوکراینی‌ها با § 24 هم آن را می‌گیرند.

    📍 Familienkasse (صندوق خانواده) – آنلاین یا با پست.
    📄 گواهی تولد، شمارهٔ مالیاتی (Steuer-ID) شما و فرزند، کارت شناسایی یا اجازهٔ اقامت.

money-kiz =
    💶 Kinderzuschlag (KiZ، پول اضافه برای فرزند)

    برای والدینی که کار می‌کنند ولی درآمد کمی دارند.
    چقدر؟ تا { $kiz_max } برای هر فرزند در ماه، همراه با Sofortzuschlag (کمک فوری) (مبلغ از { $kiz_max_from }؛ مبلغ 2026 هنوز تأیید نشده).
    برای چه کسی؟ ماهانه دست‌کم { $kiz_min_income } ناخالص درآمد دارید و Bürgergeld نمی‌گیرید. فرزند زیر { $kindergeld_age_max } سال است.
    نفقه و Unterhaltsvorschuss (پیش‌پرداخت نفقه) به اندازهٔ { $kiz_child_income_share } درصد حساب می‌شوند.
    ➕ با KiZ: اغلب Wohngeld (کمک اجاره)، Bildung und Teilhabe و معافیت از هزینهٔ Kita هم هست.

    📍 Familienkasse (صندوق خانواده)، آنلاین. برای { $kiz_months } ماه معتبر است، بعد دوباره درخواست دهید.
    📄 فیش‌های حقوقی، قرارداد اجاره، مدارک نفقه.

money-uvg =
    🧾 Unterhaltsvorschuss (پیش‌پرداخت نفقه)

    وقتی پدر یا مادرِ دیگر نفقه نمی‌دهد، کم می‌دهد یا نامنظم می‌دهد.
    ماهانه چقدر (از { $uvg_0_5_from })؟
    • 0 تا 5 سال: { $uvg_0_5 }
    • 6 تا 11 سال: { $uvg_6_11 }
    • 12 تا 17 سال: { $uvg_12_17 }
    بدون محدودیت زمانی، تا تولد { $uvg_age_max } سالگی.
    با Bürgergeld: برای فرزندان از 12 سال فقط اگر دست‌کم { $uvg_sgb2_min_income } ناخالص درآمد داشته باشید یا با آن دیگر به Bürgergeld نیاز نداشته باشید.
    شما باید در پیدا کردن پدر یا مادرِ دیگر کمک کنید.

    📍 Jugendamt (ادارهٔ امور کودکان و نوجوانان)، بخش Unterhaltsvorschussstelle.
    📄 گواهی تولد، کارت شناسایی، اطلاعات دربارهٔ پدر یا مادرِ دیگر، مدارک پرداخت‌ها.

money-elterngeld =
    🍼 Elterngeld (کمک‌هزینهٔ والدین برای نوزاد)

    برای ماه‌های اول با نوزادتان. به‌عنوان والد تنها می‌توانید همهٔ { $elterngeld_months } ماه را خودتان بگیرید.
    چقدر؟ { $elterngeld_rate_min } تا { $elterngeld_rate_max } درصد از درآمد خالص شما پیش از تولد، با درآمد کم بیشتر. ماهانه دست‌کم { $elterngeld_min }، حداکثر { $elterngeld_max }. ElterngeldPlus: { $elterngeld_plus_min } تا { $elterngeld_plus_max }، اما دو برابر طولانی‌تر.
    با Bürgergeld درآمد حساب می‌شود – اگر پیش از تولد کار کرده باشید، تا { $elterngeld_free } حساب نمی‌شود.

    ⏰ زود درخواست دهید: فقط تا { $elterngeld_backpay_months } ماه گذشته پرداخت می‌شود!
    📍 Elterngeldstelle (ادارهٔ Elterngeld) شهرتان.
    📄 گواهی تولد، فیش‌های حقوقی پیش از تولد.

money-buergergeld =
    🏠 Bürgergeld (کمک‌هزینهٔ پایهٔ زندگی)

    پول برای زندگی، وقتی درآمدتان کافی نیست – به‌علاوهٔ اجاره و گرمایش.
    مبلغ پایه در ماه (از { $regelsatz_adult_from }): شما { $regelsatz_adult }؛ کودکان 0 تا 5 سال { $regelsatz_0_5 }، 6 تا 13 { $regelsatz_6_13 }، 14 تا 17 { $regelsatz_14_17 }.
    Kindergeld و Unterhaltsvorschuss درآمدِ فرزندان حساب می‌شوند. Mehrbedarf (پول اضافه) برای والدین تنها هم به آن اضافه می‌شود.
    فرزند زیر { $bg_no_work_age } سال: لازم نیست کاری را قبول کنید (قانون تاکنون؛ اصلاحیه مرز پایین‌تری در نظر دارد – هنوز تأیید نشده).

    ⚠️ اصلاحیهٔ «Neue Grundsicherung» (برنامه: از جولای 2026) ممکن است قوانین را تغییر داده باشد. Jobcenter وضعیت فعلی را به شما می‌گوید.
    📍 Jobcenter (ادارهٔ کار و Bürgergeld). 📄 کارت شناسایی، قرارداد اجاره، صورت‌حساب‌های بانکی، فیش‌های حقوقی.

money-mehrbedarf =
    ➕ Mehrbedarf für Alleinerziehende (پول اضافه برای والدین تنها)

    پول اضافه در Bürgergeld. درخواست جداگانه لازم نیست – Jobcenter آن را خودکار می‌پردازد.
    چقدر؟ بخشی از مبلغ پایه ({ $regelsatz_adult }):
    • { $mb_high } درصد، اگر یک فرزند زیر { $mb_age_small } سال باشد یا 2 تا 3 فرزند زیر { $mb_age_school } سال باشند
    • در غیر این صورت { $mb_per_child } درصد برای هر فرزند زیر 18 سال
    • حداکثر { $mb_max } درصد
    مقدار بیشتر حساب می‌شود.

    📍 Jobcenter. 👉 Bescheid (نامهٔ تصمیم اداره) خود را بررسی کنید: آیا در آن «Mehrbedarf für Alleinerziehende» نوشته شده؟ اگر نه: بپرسید.

money-wohngeld =
    🏠 Wohngeld (کمک‌هزینهٔ اجاره)

    کمک برای اجاره، وقتی خودتان درآمد دارید ولی کم است.
    چقدر؟ بستگی به اجاره، درآمد و تعداد افراد خانوار دارد.
    همزمان با Bürgergeld داده نمی‌شود. اغلب همراه با Kinderzuschlag (پول اضافه برای فرزند) – این می‌تواند از Bürgergeld بهتر باشد.
    ➕ با Wohngeld: Bildung und Teilhabe، معافیت از هزینهٔ Kita، بلیت اجتماعی.

    📍 Wohngeldstelle (ادارهٔ Wohngeld) شهرتان.
    📄 قرارداد اجاره، مدارک درآمد، صورت‌حساب‌های بانکی، کارت شناسایی.

money-asylblg =
    🛂 Asylbewerberleistungen (AsylbLG، کمک‌هزینهٔ پناهجویان)

    برای کسانی که در روند پناهندگی هستند یا Duldung (اجازهٔ ماندن موقت) دارند. مسئول آن Sozialamt (ادارهٔ امور اجتماعی) است، نه Jobcenter.
    چقدر؟ بزرگسال تنها: { $asylblg_single } در ماه (مبلغ از { $asylblg_single_from }؛ مبلغ 2026 هنوز تأیید نشده).
    اینجا هم: Bildung und Teilhabe برای فرزندان و معافیت از هزینهٔ Kita.

    🇺🇦 از اوکراین و بعد از 31.03.2025 آمده‌اید؟ برنامه: از جولای 2026 به‌جای Jobcenter، Sozialamt (هنوز تأیید نشده). از Jobcenter خود بپرسید.

    📍 Sozialamt شهرتان. کمک: Migrationsberatung (مشاورهٔ مهاجرت، MBE، از { $mbe_age_min } سالگی) یا Jugendmigrationsdienst (خدمات مهاجرت جوانان، JMD، { $jmd_age_min } تا { $jmd_age_max } سال).

money-but =
    🎒 Bildung und Teilhabe (BuT، هزینهٔ مدرسه و فعالیت‌های کودک)

    برای فرزندان زیر { $kindergeld_age_max } سال در مدرسه یا Kita (مهدکودک):
    • وسایل مدرسه: { $but_school } برای هر سال تحصیلی ({ $but_school_aug } در آگوست، { $but_school_feb } در فوریه؛ مبلغ از { $but_school_from }، مبلغ جدید هنوز تأیید نشده)
    • باشگاه، موسیقی، ورزش: { $but_clubs } در ماه (زیر { $but_clubs_age } سال)
    • گردش، اردوی کلاس، ناهار، کلاس تقویتی، رفت‌وآمد به مدرسه
    برای خانواده‌هایی با Bürgergeld، Sozialhilfe (کمک اجتماعی)، Wohngeld، Kinderzuschlag یا AsylbLG.

    📍 با Bürgergeld: Jobcenter. با Wohngeld یا Kinderzuschlag: شهرداری. با AsylbLG: Sozialamt (ادارهٔ امور اجتماعی).
    📄 Bescheid (نامهٔ تصمیم اداره) دربارهٔ کمک‌هزینهٔ شما، گواهی مدرسه.

money-kita-fees =
    🧸 بدون هزینهٔ Kita

    اگر یکی از این کمک‌هزینه‌ها را می‌گیرید، برای Kita (مهدکودک)، Kindertagespflege (پرستار کودک) یا Hort (مراقبت بعد از مدرسه) پولی نمی‌پردازید:
    Bürgergeld، Sozialhilfe، Asylbewerberleistungen، Kinderzuschlag یا Wohngeld.
    این خودبه‌خود انجام نمی‌شود: باید درخواست دهید.
    Ganztag (OGS، مدرسهٔ تمام‌روز): از شهرداری بپرسید، اغلب آنجا هم همین‌طور است.
    ناهار در Kita و مدرسه: از طریق Bildung und Teilhabe.

    📍 Jugendamt (ادارهٔ امور کودکان و نوجوانان) شهرتان.
    📄 Bescheid (نامهٔ تصمیم اداره) فعلی شما (مثلاً Bürgergeld، Wohngeld، Kinderzuschlag).

money-tax =
    🧾 Steuerklasse II (گروه مالیاتی 2)

    برای والدین تنهایی که کار می‌کنند: مالیات حقوق کمتر، هر ماه درآمد خالص بیشتر.
    Entlastungsbetrag (مبلغ معاف از مالیات): { $entlastung } در سال، به‌علاوهٔ { $entlastung_more } برای هر فرزند بعدی.
    شرط: فرزندتان با شما زندگی می‌کند.

    📍 Finanzamt (ادارهٔ مالیات) – آنلاین از طریق ELSTER یا با فرم.
    📄 شمارهٔ مالیاتی (Steuer-ID)، گواهی تولد یا Bescheid مربوط به Kindergeld.

money-beistand =
    🤝 Beistandschaft (کمک برای گرفتن نفقه)

    پدر یا مادرِ دیگر نفقه نمی‌دهد یا کم می‌دهد؟ Jugendamt (ادارهٔ امور کودکان و نوجوانان) می‌تواند به‌عنوان Beistand (پشتیبان) نفقهٔ فرزندتان را حساب کند و آن را مطالبه کند.
    رایگان. یک درخواست به Jugendamt کافی است. برای فرزندان زیر 18 سال.

    همچنین: Unterhaltsvorschuss (پیش‌پرداخت نفقه) – تا فرزندتان همین حالا پول بگیرد.

    📍 Jugendamt شهرتان.
    📄 گواهی تولد، اطلاعات دربارهٔ پدر یا مادرِ دیگر، مدارک نفقه (سند، نامه‌ها، پرداخت‌ها).

money-beratungshilfe =
    ⚖️ Beratungshilfe (کمک‌هزینهٔ مشاورهٔ حقوقی)

    مشاوره با یک وکیل – مثلاً در اختلاف بر سر نفقه یا با یک اداره، بیرون از دادگاه.
    برای کسانی که درآمد کمی دارند. خودتان فقط { $beratungshilfe_fee } می‌پردازید.

    📍 Amtsgericht (دادگاه محلی) محل زندگی‌تان: آنجا یک Beratungsschein (برگهٔ مشاوره) می‌گیرید. با آن نزد وکیل می‌روید.
    📄 کارت شناسایی، مدارک درآمد (مثلاً Bescheid مربوط به Bürgergeld)، صورت‌حساب‌های بانکی، مدارک مربوط به مشکل.

## بررسی

money-check-ages =
    ✅ بررسی: 5 پرسش کوتاه.

    فرزندانی که با شما زندگی می‌کنند چند سال دارند؟
    سن‌ها را با عدد بنویسید، مثلاً: 2 8
    نوزاد زیر 1 سال: 0

money-check-ages-error = متوجه نشدم. لطفاً فقط عددهای 0 تا 26 بنویسید، مثلاً: 2 8

money-check-bg = آیا از Jobcenter، Bürgergeld (کمک‌هزینهٔ پایهٔ زندگی) می‌گیرید؟

money-check-earnings = خودتان ماهانه چقدر درآمد دارید – ناخالص (پیش از کسر مالیات و بیمه)؟
money-earn-none = هیچ
money-earn-under = کمتر از { $kiz_min_income }
money-earn-from = { $kiz_min_income } تا { $earnings_band_high }
money-earn-over = بیشتر از { $earnings_band_high }

money-check-maintenance = آیا پدر یا مادرِ دیگر برای فرزندان نفقه می‌پردازد؟
money-maint-pays = بله، کافی و به‌موقع
money-maint-partly = کم یا نامنظم
money-maint-none = نه / نمی‌دانم

money-check-residence = پرسش آخر: کدام گزینه با وضعیت اقامت شما جور است؟
money-res-de-eu = آلمانی یا اتحادیهٔ اروپا
money-res-permit = اجازهٔ اقامت با حق کار
money-res-ukraine = اوکراین (حمایت § 24)
money-res-asylum = روند پناهندگی یا Duldung

money-check-result = ✅ نتیجهٔ شما – یک برآورد اولیه، نه Bescheid (تصمیم رسمی). تصمیم با اداره است.

## سطرهای نتیجه: کمک‌هزینه و اداره

money-benefit-kindergeld = Kindergeld (پول فرزند)
money-benefit-kiz = Kinderzuschlag (پول اضافه برای فرزند)
money-benefit-uvg = Unterhaltsvorschuss (پیش‌پرداخت نفقه)
money-benefit-buergergeld = Bürgergeld (کمک‌هزینهٔ پایهٔ زندگی)
money-benefit-mehrbedarf = Mehrbedarf für Alleinerziehende (پول اضافه برای والدین تنها)
money-benefit-wohngeld = Wohngeld (کمک‌هزینهٔ اجاره)
money-benefit-but = Bildung und Teilhabe (هزینهٔ مدرسه و باشگاه)
money-benefit-kita-fees = معافیت از هزینهٔ Kita
money-benefit-elterngeld = Elterngeld (کمک‌هزینهٔ والدین)
money-benefit-tax = Steuerklasse II (گروه مالیاتی 2)
money-benefit-asylblg = Asylbewerberleistungen (کمک‌هزینهٔ پناهجویان)
money-benefit-beistand = Beistandschaft (کمک برای نفقه)
money-benefit-beratungshilfe = Beratungshilfe (کمک‌هزینهٔ مشاورهٔ حقوقی)

money-office-familienkasse = Familienkasse (صندوق خانواده)
money-office-uvg = Jugendamt (Unterhaltsvorschussstelle)
money-office-jobcenter = Jobcenter
money-office-wohngeld = Wohngeldstelle (ادارهٔ Wohngeld شهر)
money-office-but =
    { $buergergeld ->
        [true] Jobcenter
       *[other]
            { $residence ->
                [asylum] Sozialamt (ادارهٔ امور اجتماعی)
               *[other] شهرداری (بخش Bildung und Teilhabe)
            }
    }
money-office-jugendamt = Jugendamt (ادارهٔ امور کودکان و نوجوانان)
money-office-elterngeld = Elterngeldstelle (ادارهٔ Elterngeld)
money-office-finanzamt = Finanzamt (ادارهٔ مالیات)
money-office-sozialamt = Sozialamt (ادارهٔ امور اجتماعی)
money-office-amtsgericht = Amtsgericht (دادگاه محلی)

## دلیل‌ها (یک سطر)

money-kg-reason-age = فقط برای فرزندان زیر { $kindergeld_age_max } سال.
money-kg-reason-asylum = به وضعیت اقامت شما بستگی دارد. از Familienkasse یا مشاورهٔ مهاجرت بپرسید.
money-kg-reason-adult = تا { $total } در ماه ({ $kindergeld } برای هر فرزند). فرزندانِ 18 سال به بالا فقط در دوران آموزش حرفه‌ای یا تحصیل.
money-kg-reason-yes = { $total } در ماه ({ $kindergeld } برای هر فرزند).

money-kiz-reason-age = فقط برای فرزندان زیر { $kindergeld_age_max } سال.
money-kiz-reason-switch = با درآمد شما، شاید Kinderzuschlag و Wohngeld به‌جای Bürgergeld مناسب باشد. با «KiZ-Lotse» (بررسی آنلاین) Familienkasse امتحان کنید.
money-kiz-reason-bg = همزمان با Bürgergeld داده نمی‌شود.
money-kiz-reason-income = باید ماهانه دست‌کم { $kiz_min_income } ناخالص درآمد داشته باشید.
money-kiz-reason-asylum = فقط اگر Kindergeld بگیرید. از Familienkasse بپرسید.
money-kiz-reason-yes = تا { $kiz_max } برای هر فرزند در ماه (مبلغ از { $kiz_max_from }، 2026 هنوز تأیید نشده)، همراه با Wohngeld خوب است. به‌علاوه: Bildung und Teilhabe، بدون هزینهٔ Kita. برای { $kiz_months } ماه.
money-kiz-reason-high = به اجاره و درآمد بستگی دارد. تا { $kiz_max } برای هر فرزند (مبلغ از { $kiz_max_from }، 2026 هنوز تأیید نشده).

money-uvg-reason-pays = فقط اگر پدر یا مادرِ دیگر چیزی نپردازد، کم بپردازد یا نامنظم بپردازد.
money-uvg-reason-age = فقط برای فرزندان زیر { $uvg_age_max } سال.
money-uvg-reason-bg-mixed = برای فرزندان زیر 12 سال: روی هم { $total } در ماه. برای فرزندان 12 تا 17 سال فقط اگر دست‌کم { $uvg_sgb2_min_income } ناخالص درآمد داشته باشید یا با آن دیگر به Bürgergeld نیاز نداشته باشید.
money-uvg-reason-bg-teen = با Bürgergeld، برای فرزندان 12 تا 17 سال فقط اگر دست‌کم { $uvg_sgb2_min_income } ناخالص درآمد داشته باشید یا با آن دیگر به Bürgergeld نیاز نداشته باشید. برای هر فرزند { $uvg_12_17 }.
money-uvg-reason-yes = روی هم { $total } در ماه، تا تولد 18 سالگی (برای هر فرزند: 0 تا 5 سال { $uvg_0_5 }، 6 تا 11 { $uvg_6_11 }، 12 تا 17 { $uvg_12_17 }).

money-bg-reason-yes = آن را می‌گیرید. اصلاحیهٔ «Neue Grundsicherung» ممکن است قوانین را تغییر داده باشد – از Jobcenter بپرسید.
money-bg-reason-asylum = به‌جای Bürgergeld: Asylbewerberleistungen از Sozialamt.
money-bg-reason-maybe = شاید حق دریافت آن را داشته باشید – به‌علاوهٔ اجاره و گرمایش. ممکن است قوانین با اصلاحیه تغییر کرده باشد: از Jobcenter بپرسید.

money-mb-reason = { $percent } درصد از مبلغ پایه: حدود { $amount } در ماه. خودکار پرداخت می‌شود – Bescheid خود را بررسی کنید.

money-wg-reason-bg = همزمان با Bürgergeld داده نمی‌شود.
money-wg-reason-asylum = به وضعیت اقامت شما بستگی دارد. از Sozialamt یا مشاورهٔ مهاجرت بپرسید.
money-wg-reason-none = به درآمد خودتان نیاز دارید که برای زندگی کافی باشد.
money-wg-reason-yes = کمک برای اجاره. مبلغ به اجاره، درآمد و تعداد افراد خانوار بستگی دارد. همراه با Kinderzuschlag خوب است.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] با درآمد کم اغلب کافی نیست. بخواهید بررسی کنند کدام بهتر است: Wohngeld یا Bürgergeld.
       *[other] به اجاره، درآمد و تعداد افراد خانوار بستگی دارد. بخواهید آن را بررسی کنند.
    }

money-but-reason-jobcenter = وسایل مدرسه { $but_school } در هر سال تحصیلی (مبلغ از { $but_school_from }، مبلغ جدید هنوز تأیید نشده)، باشگاه { $but_clubs } در ماه، گردش، ناهار.
money-but-reason-sozialamt = وسایل مدرسه { $but_school } در هر سال تحصیلی (مبلغ از { $but_school_from }، مبلغ جدید هنوز تأیید نشده)، باشگاه { $but_clubs } در ماه، گردش، ناهار.
money-but-reason-city = اگر Kinderzuschlag یا Wohngeld می‌گیرید: وسایل مدرسه، گردش، ناهار، باشگاه. درخواست در شهرداری.

money-fee-reason-yes = بدون هزینه برای Kita، پرستار کودک یا Hort (مراقبت بعد از مدرسه). باید درخواست دهید.
money-fee-reason-maybe = اگر Kinderzuschlag یا Wohngeld می‌گیرید: بدون هزینه برای Kita، پرستار کودک یا Hort.

money-eg-reason-yes = برای نوزادتان: همهٔ { $elterngeld_months } ماه فقط برای شما. زود درخواست دهید – فقط تا { $elterngeld_backpay_months } ماه گذشته پرداخت می‌شود.
money-eg-reason-bg = با Bürgergeld درآمد حساب می‌شود – اگر پیش از تولد کار کرده باشید، تا { $elterngeld_free } حساب نمی‌شود. زود درخواست دهید.

money-tax-reason-yes = مالیات حقوق کمتر: مبلغ معاف { $total } در سال ({ $entlastung } به‌علاوهٔ { $entlastung_more } برای هر فرزند بعدی).
money-tax-reason-small = با حقوق کم معمولاً مالیات حقوق نمی‌پردازید. وقتی درآمدتان بیشتر شود، مهم می‌شود.

money-asyl-reason-yes = از Sozialamt به‌جای Jobcenter. بزرگسال تنها: { $asylblg_single } (مبلغ از { $asylblg_single_from }، 2026 هنوز تأیید نشده).
money-asyl-reason-ukraine = بعد از 31.03.2025 آمده‌اید؟ برنامه: از جولای 2026 به‌جای Jobcenter، Sozialamt (هنوز تأیید نشده).

money-beistand-reason = Jugendamt نفقهٔ فرزندتان را مطالبه می‌کند – رایگان.
money-bh-reason = مشاوره با وکیل برای کسانی که درآمد کمی دارند. فقط { $beratungshilfe_fee } می‌پردازید.

## قدم‌های بعدی (خلاصه)

money-todo-kindergeld = Familienkasse (صندوق خانواده): درخواست Kindergeld – آنلاین یا با پست. گواهی تولد و شماره‌های مالیاتی (Steuer-ID) را آماده کنید.
money-todo-kg-asylum = Familienkasse یا مشاورهٔ مهاجرت: بپرسید آیا با وضعیت اقامت شما Kindergeld و Kinderzuschlag می‌گیرید.
money-todo-kiz = Familienkasse: درخواست آنلاین Kinderzuschlag – فیش‌های حقوقی، قرارداد اجاره، مدارک نفقه.
money-todo-kiz-lotse = Familienkasse: با KiZ-Lotse بررسی کنید که آیا Kinderzuschlag و Wohngeld به‌جای Bürgergeld مناسب است.
money-todo-uvg = Jugendamt (Unterhaltsvorschussstelle): درخواست Unterhaltsvorschuss – گواهی تولد، اطلاعات دربارهٔ پدر یا مادرِ دیگر.
money-todo-elterngeld = Elterngeldstelle (ادارهٔ Elterngeld): زود پس از تولد Elterngeld را درخواست دهید (فقط تا { $elterngeld_backpay_months } ماه گذشته) – گواهی تولد، فیش‌های حقوقی.
money-todo-buergergeld = Jobcenter: بخواهید Bürgergeld را بررسی کنند (با اجاره و گرمایش) و دربارهٔ قوانین جدید بپرسید – کارت شناسایی، قرارداد اجاره، صورت‌حساب‌های بانکی.
money-todo-mehrbedarf = Jobcenter: در Bescheid بررسی کنید که «Mehrbedarf für Alleinerziehende» در آن هست. اگر نیست: بپرسید.
money-todo-wohngeld = Wohngeldstelle (ادارهٔ Wohngeld) شهر: درخواست Wohngeld – قرارداد اجاره، مدارک درآمد، صورت‌حساب‌های بانکی.
money-todo-asylblg = Sozialamt (ادارهٔ امور اجتماعی): Asylbewerberleistungen – مدرک اقامت را همراه ببرید. کمک: مشاورهٔ مهاجرت.
money-todo-ukraine = از Jobcenter بپرسید: آیا هنوز آن‌ها مسئول هستند یا حالا Sozialamt؟ (برای آمدن بعد از 31.03.2025)
money-todo-but = درخواست Bildung und Teilhabe: Jobcenter (با Bürgergeld)، شهرداری (با Wohngeld، Kinderzuschlag) یا Sozialamt (با AsylbLG).
money-todo-but-jobcenter = Jobcenter: درخواست Bildung und Teilhabe (وسایل مدرسه، گردش، ناهار، باشگاه).
money-todo-but-sozialamt = Sozialamt (ادارهٔ امور اجتماعی): درخواست Bildung und Teilhabe برای فرزندان.
money-todo-but-city = شهرداری: به‌محض تأیید Kinderzuschlag یا Wohngeld، Bildung und Teilhabe را درخواست دهید.
money-todo-kita-fees = Jugendamt (ادارهٔ امور کودکان و نوجوانان): درخواست معافیت از هزینهٔ Kita و Hort – Bescheid فعلی را همراه ببرید.
money-todo-tax = Finanzamt (ادارهٔ مالیات): درخواست Steuerklasse II (آنلاین از طریق ELSTER یا با فرم) – شمارهٔ مالیاتی را آماده کنید.
money-todo-beistand = Jugendamt (ادارهٔ امور کودکان و نوجوانان): درخواست Beistandschaft (رایگان) – گواهی تولد، مدارک نفقه.
money-todo-beratungshilfe = Amtsgericht (دادگاه محلی): Beratungsschein (برگهٔ مشاوره) بگیرید – مدارک درآمد را همراه ببرید. سهم خودتان { $beratungshilfe_fee }.
