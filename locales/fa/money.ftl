# پول و کمک‌هزینه‌ها: تک‌تک کمک‌هزینه‌ها و بررسی «چه کمکی به من تعلق می‌گیرد؟».
# مبلغ‌ها از dialogs/figures.toml می‌آیند – اینجا هرگز مبلغ ننویسید.
# نام اداره‌ها و کمک‌هزینه‌ها فقط از terms.ftl می‌آیند: { -jobcenter }، بار اول در صفحه { -jobcenter(form: "long") }.

money-title = پول و کمک‌هزینه‌ها

money-start =
    💶 پول برای شما و فرزندانتان.

    سریع‌ترین راه: بررسی «چه کمکی به من تعلق می‌گیرد؟» – 5 پرسش کوتاه.
    یا کمک‌هزینه‌ها را یکی‌یکی ببینید.

money-opt-check = ✅ چه کمکی به من تعلق می‌گیرد؟
money-opt-group-children = 👶 پول برای فرزندان
money-opt-group-living = 🏠 { -buergergeld }، کمک اجاره
money-opt-group-school = 🎒 مدرسه، { -kita }، باشگاه
money-opt-group-law = ⚖️ مالیات، نفقه، امور حقوقی
money-opt-details = 💶 کمک‌هزینه‌ها یکی‌یکی
money-opt-yes = بله
money-opt-no = نه

## گروه‌ها

money-group-children = 👶 کدام کمک‌هزینه برای فرزندانتان؟
money-opt-kindergeld = { -kindergeld }
money-opt-kiz = { -kinderzuschlag }
money-opt-uvg = { -unterhaltsvorschuss }
money-opt-elterngeld = 🍼 { -elterngeld }، برای نوزاد

money-group-living = 🏠 پول برای زندگی و اجاره:
money-opt-buergergeld = { -buergergeld }
money-opt-mehrbedarf = ➕ پول اضافه برای والدین تنها
money-opt-wohngeld = 🏠 { -wohngeld }
money-opt-asylblg = کمک‌هزینهٔ پناهجویان

money-group-school = 🎒 پول برای مدرسه، { -kita(form: "long") } و اوقات فراغت:
money-opt-but = 🎒 کمک‌هزینهٔ مدرسه و فعالیت‌ها
money-opt-kita-fees = 🧸 بدون هزینهٔ { -kita }
money-opt-kita-place = 🧸 پیدا کردن جا در { -kita }
money-opt-school-ticket = 🚸 راه مدرسه و بلیت

money-group-law = ⚖️ مالیات، نفقه و مشاورهٔ حقوقی:
money-opt-tax = 🧾 { -steuerklasse-2 }
money-opt-beistand = 🤝 نفقه: { -beistandschaft }
money-opt-beratungshilfe = ⚖️ { -beratungshilfe }

## تک‌تک کمک‌هزینه‌ها

money-kindergeld =
    👶 { -kindergeld(form: "long") }

    چقدر؟ { $kindergeld } برای هر فرزند در ماه (از { $kindergeld_from }).
    برای چه کسی؟ برای هر فرزند زیر 18 سال. از 18 سالگی تا وقتی فرزند { $kindergeld_age_max } ساله شود، فقط اگر آموزش حرفه‌ای می‌بیند یا دانشجوست.
    از کشوری بیرون از اتحادیهٔ اروپا هستید؟ به { -aufenthaltstitel(form: "long") } نیاز دارید که به شما اجازهٔ کار بدهد، یا به اجازهٔ اقامت دائم (Niederlassungserlaubnis). کسانی که از اوکراین آمده‌اند و طبق § 24 حمایت دارند هم آن را می‌گیرند.

    📍 { -familienkasse(form: "long") } – آنلاین یا با پست.
    📄 گواهی تولد، { -steuer-id(form: "long") } خودتان و فرزند، کارت شناسایی یا { -aufenthaltstitel }.

money-kiz =
    💶 { -kinderzuschlag(form: "long") }

    برای پدر و مادرهایی که کار می‌کنند، ولی درآمدشان کم است.
    چقدر؟ تا { $kiz_max } برای هر فرزند در ماه، همراه با کمک فوری برای کودک (زوفورت‌تسوشلاگ، Sofortzuschlag). مبلغ از { $kiz_max_from } است؛ مبلغ سال 2026 هنوز تأیید نشده.
    برای چه کسی؟ درآمد ناخالص شما دست‌کم { $kiz_min_income } در ماه است و { -buergergeld(form: "long") } نمی‌گیرید. سن فرزند کمتر از { $kindergeld_age_max } سال است.
    نفقه و { -unterhaltsvorschuss } به اندازهٔ { $kiz_child_income_share } درصد، درآمد حساب می‌شوند.
    ➕ با { -kinderzuschlag }: اغلب { -wohngeld(form: "long") }، { -bildung-und-teilhabe } و معافیت از هزینهٔ { -kita } هم به شما تعلق می‌گیرد.

    📍 { -familienkasse(form: "long") }، آنلاین. برای { $kiz_months } ماه است، بعد دوباره درخواست بدهید.
    📄 فیش‌های حقوقی، قرارداد اجاره، مدارک نفقه.

money-uvg =
    🧾 { -unterhaltsvorschuss(form: "long") }

    وقتی پدر یا مادرِ دیگر نفقه نمی‌دهد، کم می‌دهد یا نامنظم می‌دهد.
    ماهانه چقدر (از { $uvg_0_5_from })؟
    • 0 تا 5 سال: { $uvg_0_5 }
    • 6 تا 11 سال: { $uvg_6_11 }
    • 12 تا 17 سال: { $uvg_12_17 }
    بدون محدودیت زمانی، تا وقتی فرزند { $uvg_age_max } ساله شود.
    اگر { -buergergeld(form: "long") } می‌گیرید: برای فرزندان 12 سال به بالا فقط وقتی که درآمد ناخالص شما دست‌کم { $uvg_sgb2_min_income } باشد، یا با این پول دیگر به { -buergergeld } نیاز نداشته باشید.
    شما باید کمک کنید که پدر یا مادرِ دیگر پیدا شود.

    📍 { -jugendamt(form: "long") }، بخش { -unterhaltsvorschussstelle }.
    📄 گواهی تولد، کارت شناسایی، اطلاعات دربارهٔ پدر یا مادرِ دیگر، مدارک پرداخت‌ها.

money-elterngeld =
    🍼 { -elterngeld(form: "long") }

    برای ماه‌های اول با نوزادتان. چون فرزند را تنها بزرگ می‌کنید، می‌توانید همهٔ { $elterngeld_months } ماه را خودتان بگیرید.
    چقدر؟ { $elterngeld_rate_min } تا { $elterngeld_rate_max } درصد از درآمد خالص شما پیش از تولد نوزاد. اگر درآمدتان کم بوده، این درصد بالاتر است. ماهانه دست‌کم { $elterngeld_min } و حداکثر { $elterngeld_max }. { -elterngeld-plus }: ماهانه { $elterngeld_plus_min } تا { $elterngeld_plus_max }، ولی برای مدتی دو برابر.
    اگر { -buergergeld(form: "long") } می‌گیرید، این پول درآمد حساب می‌شود – اگر پیش از تولد کار کرده باشید، تا { $elterngeld_free } از آن کم نمی‌شود.

    ⏰ زود درخواست بدهید! برای زمانِ پیش از درخواست، حداکثر { $elterngeld_backpay_months } ماه پرداخت می‌شود.
    📍 { -elterngeldstelle(form: "long") } شهرتان.
    📄 گواهی تولد، فیش‌های حقوقی پیش از تولد نوزاد.

money-buergergeld =
    🏠 { -buergergeld(form: "long") }

    پول برای زندگی، وقتی درآمدتان کافی نیست – به‌علاوهٔ اجاره و هزینهٔ گرمایش.
    مبلغ پایه (Regelsatz) در ماه (از { $regelsatz_adult_from }): برای شما { $regelsatz_adult }؛ برای کودکان 0 تا 5 سال { $regelsatz_0_5 }، 6 تا 13 سال { $regelsatz_6_13 }، 14 تا 17 سال { $regelsatz_14_17 }.
    { -kindergeld } و { -unterhaltsvorschuss } درآمدِ فرزندان حساب می‌شوند. { -mehrbedarf(form: "long") } هم به آن اضافه می‌شود.
    فرزند زیر { $bg_no_work_age } سال دارید؟ لازم نیست کاری را قبول کنید. این قانون فعلی است؛ اصلاحیه می‌خواهد این سن را پایین‌تر بیاورد – هنوز تأیید نشده.

    ⚠️ اصلاحیهٔ { -neue-grundsicherung(form: "long") } قرار است از جولای 2026 اجرا شود و ممکن است قانون‌ها را عوض کرده باشد. { -jobcenter(form: "long") } وضعیت فعلی را به شما می‌گوید.
    📍 { -jobcenter }. 📄 کارت شناسایی، قرارداد اجاره، صورت‌حساب‌های بانکی، فیش‌های حقوقی.

money-mehrbedarf =
    ➕ { -mehrbedarf(form: "long") }

    پول اضافه در { -buergergeld(form: "long") }. درخواست جداگانه لازم نیست – { -jobcenter } آن را خودش می‌پردازد.
    چقدر؟ بخشی از مبلغ پایه ({ $regelsatz_adult }):
    • { $mb_high } درصد، اگر یک فرزند زیر { $mb_age_small } سال دارید یا 2 یا 3 فرزند زیر { $mb_age_school } سال
    • در غیر این صورت { $mb_per_child } درصد برای هر فرزند زیر 18 سال
    • حداکثر { $mb_max } درصد
    هر کدام بیشتر باشد، همان حساب می‌شود.

    📍 { -jobcenter }. 👉 { -bescheid(form: "long") } خود را نگاه کنید: آیا نام { -mehrbedarf } در آن آمده است؟ اگر نه: بپرسید.

money-wohngeld =
    🏠 { -wohngeld(form: "long") }

    کمک برای اجاره، وقتی خودتان درآمد دارید ولی کم است.
    چقدر؟ به اجاره، درآمد و تعداد افراد خانواده بستگی دارد.
    همراه با { -buergergeld(form: "long") } داده نمی‌شود. اغلب همراه با { -kinderzuschlag(form: "long") } – این می‌تواند از { -buergergeld } بهتر باشد.
    ➕ با { -wohngeld }: { -bildung-und-teilhabe }، معافیت از هزینهٔ { -kita }، { -sozialticket(form: "long") }.

    📍 { -wohngeldstelle } شهرتان.
    📄 قرارداد اجاره، مدارک درآمد، صورت‌حساب‌های بانکی، کارت شناسایی.

money-asylblg =
    🛂 { -asylbewerberleistungen(form: "long") }

    برای کسانی که در روند پناهندگی هستند یا { -duldung(form: "long") } دارند. مسئول آن { -sozialamt(form: "long") } است، نه { -jobcenter }.
    چقدر؟ برای یک بزرگسالِ بدون شریک زندگی: { $asylblg_single } در ماه (مبلغ از { $asylblg_single_from }؛ مبلغ سال 2026 هنوز تأیید نشده).
    اینجا هم: { -bildung-und-teilhabe } برای فرزندان و معافیت از هزینهٔ { -kita }.

    🇺🇦 از اوکراین آمده‌اید، بعد از 31.03.2025؟ برنامه این است که از جولای 2026 { -sozialamt } به‌جای { -jobcenter } مسئول شود (هنوز تأیید نشده). از { -jobcenter } خود بپرسید.

    📍 { -sozialamt } شهرتان. کمک: { -mbe(form: "long") }، از { $mbe_age_min } سالگی، یا { -jmd(form: "long") }، از { $jmd_age_min } تا { $jmd_age_max } سالگی.

money-but =
    🎒 { -bildung-und-teilhabe(form: "long") }

    برای فرزندان زیر { $kindergeld_age_max } سال در مدرسه یا { -kita(form: "long") }:
    • وسایل مدرسه: { $but_school } برای هر سال تحصیلی ({ $but_school_aug } در ماه آگوست، { $but_school_feb } در ماه فوریه؛ مبلغ از { $but_school_from }، مبلغ تازه هنوز تأیید نشده)
    • باشگاه، موسیقی، ورزش: { $but_clubs } در ماه (برای زیر { $but_clubs_age } سال)
    • گردش، اردوی کلاس، ناهار، کلاس تقویتی، رفت‌وآمد به مدرسه
    برای خانواده‌هایی که { -buergergeld }، { -sozialhilfe(form: "long") }، { -wohngeld }، { -kinderzuschlag } یا { -asylbewerberleistungen } می‌گیرند.

    📍 با { -buergergeld }: { -jobcenter }. با { -wohngeld } یا { -kinderzuschlag }: شهرداری. با { -asylbewerberleistungen }: { -sozialamt(form: "long") }.
    📄 { -bescheid(form: "long") } کمک‌هزینه‌ای که می‌گیرید، گواهی مدرسه.

money-kita-fees =
    🧸 بدون هزینهٔ { -kita }

    اگر یکی از این کمک‌هزینه‌ها را می‌گیرید، برای { -kita(form: "long") }، { -kindertagespflege(form: "long") } یا { -hort(form: "long") } هزینه‌ای نمی‌پردازید:
    { -buergergeld }، { -sozialhilfe(form: "long") }، { -asylbewerberleistungen }، { -kinderzuschlag } یا { -wohngeld }.
    این معافیت خودبه‌خود نیست: باید درخواست بدهید.
    برای { -ogs(form: "long") }: از شهرداری بپرسید؛ اغلب آنجا هم معافیت هست.
    ناهار در { -kita } و مدرسه: از راه { -bildung-und-teilhabe }.

    📍 { -jugendamt(form: "long") } شهرتان.
    📄 { -bescheid(form: "long") } فعلی شما، مثلاً برای { -buergergeld }، { -wohngeld } یا { -kinderzuschlag }.

money-tax =
    🧾 { -steuerklasse-2(form: "long") }

    برای پدر یا مادر تنهایی که کار می‌کند: مالیات حقوق کمتر، هر ماه درآمد خالص بیشتر.
    { -entlastungsbetrag(form: "long") }: { $entlastung } در سال از مالیات معاف می‌ماند. برای هر فرزند دیگر { $entlastung_more } به آن اضافه می‌شود.
    شرط: فرزندتان با شما زندگی کند.

    📍 { -finanzamt(form: "long") } – آنلاین در سایت اِلستر (ELSTER) یا با فرم کاغذی.
    📄 { -steuer-id(form: "long") }، گواهی تولد یا { -bescheid } { -kindergeld }.

money-beistand =
    🤝 { -beistandschaft(form: "long") }

    پدر یا مادرِ دیگر نفقه نمی‌دهد یا کم می‌دهد؟ { -jugendamt(form: "long") } می‌تواند نمایندهٔ فرزندتان شود: نفقه را حساب می‌کند و آن را از پدر یا مادرِ دیگر مطالبه می‌کند.
    رایگان است. یک درخواست به { -jugendamt } کافی است. برای فرزندان زیر 18 سال.

    همچنین: { -unterhaltsvorschuss(form: "long") } – تا فرزندتان همین حالا پول بگیرد.

    📍 { -jugendamt } شهرتان.
    📄 گواهی تولد، اطلاعات دربارهٔ پدر یا مادرِ دیگر، مدارک نفقه (سند، نامه‌ها، پرداخت‌ها).

money-beratungshilfe =
    ⚖️ { -beratungshilfe(form: "long") }

    مشاوره با وکیل – مثلاً وقتی بر سر نفقه یا با یک اداره اختلاف دارید. این کمک برای پرونده در دادگاه نیست.
    برای کسانی که درآمد کمی دارند. خودتان فقط { $beratungshilfe_fee } می‌پردازید.

    📍 { -amtsgericht(form: "long") } محل زندگی‌تان: آنجا یک برگهٔ مشاوره (بِراتونگس‌شاین، Beratungsschein) می‌گیرید. با این برگه پیش وکیل می‌روید.
    📄 کارت شناسایی، مدارک درآمد (مثلاً { -bescheid } { -buergergeld })، صورت‌حساب‌های بانکی، مدارک مربوط به مشکل.

## بررسی

money-check-ages =
    ✅ بررسی: 5 پرسش کوتاه.

    فرزندانی که با شما زندگی می‌کنند چند سال دارند؟
    سن‌ها را با عدد بنویسید، مثلاً: 2 8
    نوزاد زیر 1 سال: 0

money-check-ages-error = متوجه نشدم. لطفاً فقط عددهای 0 تا 26 را بنویسید، مثلاً: 2 8

money-check-bg = آیا { -buergergeld(form: "long") } را از { -jobcenter } می‌گیرید؟

money-check-earnings = درآمد خودتان در ماه چقدر است – ناخالص (پیش از کم شدن مالیات و بیمه)؟
money-earn-none = هیچ
money-earn-under = کمتر از { $kiz_min_income }
money-earn-from = { $kiz_min_income } تا { $earnings_band_high }
money-earn-over = بیشتر از { $earnings_band_high }

money-check-maintenance = آیا پدر یا مادرِ دیگر برای فرزندان نفقه می‌دهد؟
money-maint-pays = بله، کافی و سر وقت
money-maint-partly = کم یا نامنظم
money-maint-none = نه / نمی‌دانم

money-check-residence = پرسش آخر: وضعیت اقامت شما چیست؟
money-res-de-eu = آلمانی یا شهروند اتحادیهٔ اروپا
money-res-permit = { -aufenthaltstitel(form: "bare") } با اجازهٔ کار
money-res-ukraine = اوکراین (حمایت طبق § 24)
money-res-asylum = روند پناهندگی یا { -duldung }

money-check-result = ✅ نتیجهٔ شما – یک برآورد اولیه است، نه { -bescheid(form: "long") }. تصمیم را اداره می‌گیرد.

## سطرهای نتیجه: کمک‌هزینه و اداره

money-benefit-kindergeld = { -kindergeld }
money-benefit-kiz = { -kinderzuschlag }
money-benefit-uvg = { -unterhaltsvorschuss }
money-benefit-buergergeld = { -buergergeld }
money-benefit-mehrbedarf = { -mehrbedarf }
money-benefit-wohngeld = { -wohngeld }
money-benefit-but = { -bildung-und-teilhabe }
money-benefit-kita-fees = بدون هزینهٔ { -kita }
money-benefit-elterngeld = { -elterngeld }
money-benefit-tax = { -steuerklasse-2 }
money-benefit-asylblg = { -asylbewerberleistungen }
money-benefit-beistand = { -beistandschaft }
money-benefit-beratungshilfe = { -beratungshilfe }

money-office-familienkasse = { -familienkasse }
money-office-uvg = { -unterhaltsvorschussstelle } در { -jugendamt }
money-office-jobcenter = { -jobcenter }
money-office-wohngeld = { -wohngeldstelle } شهر
money-office-but =
    { $buergergeld ->
        [true] { -jobcenter }
       *[other]
            { $residence ->
                [asylum] { -sozialamt }
               *[other] شهرداری، بخش { -bildung-und-teilhabe }
            }
    }
money-office-jugendamt = { -jugendamt }
money-office-elterngeld = { -elterngeldstelle }
money-office-finanzamt = { -finanzamt }
money-office-sozialamt = { -sozialamt }
money-office-amtsgericht = { -amtsgericht }

## دلیل‌ها (یک سطر)

money-kg-reason-age = فقط برای فرزندان زیر { $kindergeld_age_max } سال.
money-kg-reason-asylum = به وضعیت اقامت شما بستگی دارد. از { -familienkasse } یا { -mbe } بپرسید.
money-kg-reason-adult = تا { $total } در ماه ({ $kindergeld } برای هر فرزند). فرزندانِ 18 سال به بالا فقط اگر آموزش حرفه‌ای می‌بینند یا دانشجو هستند.
money-kg-reason-yes = { $total } در ماه ({ $kindergeld } برای هر فرزند).

money-kiz-reason-age = فقط برای فرزندان زیر { $kindergeld_age_max } سال.
money-kiz-reason-switch = با درآمدی که دارید، شاید { -kinderzuschlag } و { -wohngeld } به‌جای { -buergergeld } برایتان بهتر باشد. با «کیتس‌لوتسه» (KiZ-Lotse)، آزمون آنلاین { -familienkasse }، بررسی کنید.
money-kiz-reason-bg = همراه با { -buergergeld } داده نمی‌شود.
money-kiz-reason-income = درآمد ناخالص شما باید دست‌کم { $kiz_min_income } در ماه باشد.
money-kiz-reason-asylum = فقط اگر { -kindergeld } بگیرید. از { -familienkasse } بپرسید.
money-kiz-reason-yes = تا { $kiz_max } برای هر فرزند در ماه (مبلغ از { $kiz_max_from }؛ مبلغ 2026 هنوز تأیید نشده). همراه با { -wohngeld } خوب است. به‌علاوه: { -bildung-und-teilhabe } و معافیت از هزینهٔ { -kita }. برای { $kiz_months } ماه.
money-kiz-reason-high = به اجاره و درآمد بستگی دارد. تا { $kiz_max } برای هر فرزند (مبلغ از { $kiz_max_from }؛ مبلغ 2026 هنوز تأیید نشده).

money-uvg-reason-pays = فقط اگر پدر یا مادرِ دیگر هیچ نفقه‌ای نمی‌دهد، کم می‌دهد یا نامنظم می‌دهد.
money-uvg-reason-age = فقط برای فرزندان زیر { $uvg_age_max } سال.
money-uvg-reason-bg-mixed = برای فرزندان زیر 12 سال: روی هم { $total } در ماه. برای فرزندان 12 تا 17 سال فقط وقتی که درآمد ناخالص شما دست‌کم { $uvg_sgb2_min_income } باشد، یا با این پول دیگر به { -buergergeld } نیاز نداشته باشید.
money-uvg-reason-bg-teen = اگر { -buergergeld } می‌گیرید: برای فرزندان 12 تا 17 سال فقط وقتی که درآمد ناخالص شما دست‌کم { $uvg_sgb2_min_income } باشد، یا با این پول دیگر به { -buergergeld } نیاز نداشته باشید. برای هر فرزند { $uvg_12_17 }.
money-uvg-reason-yes = روی هم { $total } در ماه، تا وقتی فرزند 18 ساله شود (برای هر فرزند: 0 تا 5 سال { $uvg_0_5 }، 6 تا 11 سال { $uvg_6_11 }، 12 تا 17 سال { $uvg_12_17 }).

money-bg-reason-yes = آن را می‌گیرید. اصلاحیهٔ { -neue-grundsicherung } ممکن است قانون‌ها را عوض کرده باشد – از { -jobcenter } بپرسید.
money-bg-reason-asylum = به‌جای { -buergergeld }: { -asylbewerberleistungen } از { -sozialamt }.
money-bg-reason-maybe = شاید حق گرفتن آن را داشته باشید – به‌علاوهٔ اجاره و هزینهٔ گرمایش. ممکن است قانون‌ها با اصلاحیه عوض شده باشد: از { -jobcenter } بپرسید.

money-mb-reason = { $percent } درصد از مبلغ پایه: حدود { $amount } در ماه. خودش پرداخت می‌شود – { -bescheid } خود را نگاه کنید.

money-wg-reason-bg = همراه با { -buergergeld } داده نمی‌شود.
money-wg-reason-asylum = به وضعیت اقامت شما بستگی دارد. از { -sozialamt } یا { -mbe } بپرسید.
money-wg-reason-none = باید خودتان درآمدی داشته باشید که برای زندگی کافی باشد.
money-wg-reason-yes = کمک برای اجاره. مبلغ آن به اجاره، درآمد و تعداد افراد خانواده بستگی دارد. همراه با { -kinderzuschlag } خوب است.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] با درآمد کم، { -wohngeld } اغلب کافی نیست. بخواهید بررسی کنند کدام برایتان بهتر است: { -wohngeld } یا { -buergergeld }.
       *[other] به اجاره، درآمد و تعداد افراد خانواده بستگی دارد. بخواهید آن را برایتان بررسی کنند.
    }

money-but-reason-jobcenter =
    { $school ->
        [0] ناهار و گردش در { -kita }. باشگاه: { $but_clubs } در ماه. پول وسایل مدرسه از شروع مدرسه.
       *[other] وسایل مدرسه: { $but_school } در هر سال تحصیلی (مبلغ از { $but_school_from }؛ مبلغ تازه هنوز تأیید نشده)، باشگاه: { $but_clubs } در ماه، گردش، ناهار.
    }
money-but-reason-sozialamt =
    { $school ->
        [0] ناهار و گردش در { -kita }. باشگاه: { $but_clubs } در ماه. پول وسایل مدرسه از شروع مدرسه.
       *[other] وسایل مدرسه: { $but_school } در هر سال تحصیلی (مبلغ از { $but_school_from }؛ مبلغ تازه هنوز تأیید نشده)، باشگاه: { $but_clubs } در ماه، گردش، ناهار.
    }
money-but-reason-city =
    { $school ->
        [0] اگر { -kinderzuschlag } یا { -wohngeld } می‌گیرید: پول برای ناهار و گردش در { -kita } و برای باشگاه. درخواست در شهرداری.
       *[other] اگر { -kinderzuschlag } یا { -wohngeld } می‌گیرید: وسایل مدرسه، گردش، ناهار، باشگاه. درخواست در شهرداری.
    }
money-fee-reason-yes = بدون هزینه برای { -kita }، { -kindertagespflege } یا { -hort }. باید درخواست بدهید.
money-fee-reason-maybe = اگر { -kinderzuschlag } یا { -wohngeld } می‌گیرید: بدون هزینه برای { -kita }، { -kindertagespflege } یا { -hort }.

money-eg-reason-yes = برای نوزادتان: می‌توانید همهٔ { $elterngeld_months } ماه را خودتان بگیرید. زود درخواست بدهید: برای زمانِ پیش از درخواست، حداکثر { $elterngeld_backpay_months } ماه پرداخت می‌شود.
money-eg-reason-bg = اگر { -buergergeld } می‌گیرید، این پول درآمد حساب می‌شود – اگر پیش از تولد کار کرده باشید، تا { $elterngeld_free } از آن کم نمی‌شود. زود درخواست بدهید.

money-tax-reason-yes = مالیات حقوق کمتر: { $total } در سال از مالیات معاف می‌ماند ({ $entlastung } به‌علاوهٔ { $entlastung_more } برای هر فرزند دیگر).
money-tax-reason-small = با حقوق کم معمولاً مالیات حقوق نمی‌پردازید. وقتی درآمدتان بیشتر شود، مهم می‌شود.

money-asyl-reason-yes = از { -sozialamt } به‌جای { -jobcenter }. برای یک بزرگسالِ بدون شریک زندگی: { $asylblg_single } در ماه (مبلغ از { $asylblg_single_from }؛ مبلغ سال 2026 هنوز تأیید نشده).
money-asyl-reason-ukraine = بعد از 31.03.2025 آمده‌اید. برنامه این است که از جولای 2026 { -sozialamt } به‌جای { -jobcenter } مسئول شود (هنوز تأیید نشده).
money-beistand-reason = { -jugendamt } نفقه را از پدر یا مادرِ دیگر مطالبه می‌کند – برای فرزندتان و رایگان.
money-bh-reason = مشاوره با وکیل، برای کسانی که درآمد کمی دارند. فقط { $beratungshilfe_fee } می‌پردازید.

## قدم‌های بعدی (خلاصه)

money-todo-kindergeld = { -familienkasse }: اگر هنوز { -kindergeld } نمی‌گیرید: درخواست کنید – آنلاین یا با پست. گواهی تولد و { -steuer-id(form: "long") } خودتان و فرزند را آماده کنید.
money-todo-kg-asylum = { -familienkasse } یا { -mbe }: بپرسید که آیا با وضعیت اقامت شما { -kindergeld } و { -kinderzuschlag } به شما تعلق می‌گیرد.
money-todo-kiz = { -familienkasse }: { -kinderzuschlag } را آنلاین درخواست کنید – فیش‌های حقوقی، قرارداد اجاره، مدارک نفقه.
money-todo-kiz-lotse = { -familienkasse }: با «کیتس‌لوتسه» (KiZ-Lotse) بررسی کنید که آیا { -kinderzuschlag } و { -wohngeld } به‌جای { -buergergeld } برایتان بهتر است.
money-todo-uvg = { -unterhaltsvorschussstelle } در { -jugendamt }: { -unterhaltsvorschuss } را درخواست کنید – گواهی تولد، اطلاعات دربارهٔ پدر یا مادرِ دیگر.
money-todo-elterngeld = { -elterngeldstelle }: { -elterngeld } را زود بعد از تولد درخواست کنید (برای زمانِ پیش از درخواست، حداکثر { $elterngeld_backpay_months } ماه) – گواهی تولد، فیش‌های حقوقی.
money-todo-buergergeld = { -jobcenter }: بخواهید { -buergergeld } را برایتان بررسی کنند (با اجاره و گرمایش) و دربارهٔ قانون‌های تازه بپرسید – کارت شناسایی، قرارداد اجاره، صورت‌حساب‌های بانکی.
money-todo-mehrbedarf = { -jobcenter }: در { -bescheid } نگاه کنید که نام { -mehrbedarf } در آن آمده است یا نه. اگر نیامده: بپرسید.
money-todo-wohngeld = { -wohngeldstelle } شهر: { -wohngeld } را درخواست کنید – قرارداد اجاره، مدارک درآمد، صورت‌حساب‌های بانکی.
money-todo-asylblg = { -sozialamt }: { -asylbewerberleistungen } را درخواست کنید – مدرک اقامت خود را همراه ببرید. کمک: { -mbe }.
money-todo-ukraine = از { -jobcenter } بپرسید: آیا { -jobcenter } هنوز مسئول شماست، یا حالا { -sozialamt }؟ (اگر بعد از 31.03.2025 آمده‌اید.)
money-todo-but = { -bildung-und-teilhabe } را درخواست کنید: در { -jobcenter } اگر { -buergergeld } می‌گیرید؛ در شهرداری اگر { -wohngeld } یا { -kinderzuschlag } می‌گیرید؛ در { -sozialamt } اگر { -asylbewerberleistungen } می‌گیرید.
money-todo-but-jobcenter = { -jobcenter }: { -bildung-und-teilhabe } را درخواست کنید (وسایل مدرسه، گردش، ناهار، باشگاه).
money-todo-but-sozialamt = { -sozialamt }: { -bildung-und-teilhabe } را برای فرزندان درخواست کنید.
money-todo-but-city = شهرداری: همین که { -kinderzuschlag } یا { -wohngeld } تأیید شد، { -bildung-und-teilhabe } را درخواست کنید.
money-todo-kita-fees = { -jugendamt }: معافیت از هزینهٔ { -kita } و { -hort } را درخواست کنید – { -bescheid } فعلی را همراه ببرید.
money-todo-tax = { -finanzamt }: { -steuerklasse-2 } را درخواست کنید، آنلاین در سایت اِلستر (ELSTER) یا با فرم – { -steuer-id } را آماده کنید.
money-todo-beistand = { -jugendamt }: { -beistandschaft } را درخواست کنید، رایگان است – گواهی تولد، مدارک نفقه.
money-todo-beratungshilfe = { -amtsgericht }: برگهٔ مشاوره (Beratungsschein) بگیرید – مدارک درآمد را همراه ببرید. سهم خودتان: { $beratungshilfe_fee }.

money-arr-before = تا 31.03.2025
money-arr-after = از 01.04.2025
money-check-arrival = چه زمانی از اوکراین به آلمان آمدید؟
money-opt-outlook = 📅 به‌زودی چه چیزی تغییر می‌کند؟
money-opt-births-change = ✏️ تغییر ماه‌های تولد
money-opt-work-change = ✏️ تغییر پاسخم دربارهٔ کار
money-todo-kiz-maybe = { -familienkasse }: با «کیتس‌لوتسه» (KiZ-Lotse) بررسی کنید که آیا { -kinderzuschlag } می‌گیرید. اگر بله: آنلاین درخواست کنید.
money-todo-uvg-from-600 = { -jugendamt } ({ -unterhaltsvorschussstelle }): همین که دست‌کم { $uvg_sgb2_min_income } ناخالص درآمد دارید: { -unterhaltsvorschuss } را برای فرزند 12 ساله یا بزرگ‌تر درخواست کنید.
money-todo-wohngeld-maybe = { -wohngeldstelle } شهر: بخواهید بررسی کنند که آیا { -wohngeld } برایتان مناسب است. اگر بله: درخواست کنید – قرارداد اجاره، مدارک درآمد.
money-todo-kita-fees-maybe = { -jugendamt }: همین که { -kinderzuschlag } یا { -wohngeld } تأیید شد: معافیت از هزینهٔ { -kita } و { -hort } را درخواست کنید – { -bescheid } را همراه ببرید.
money-todo-beratungshilfe-maybe = { -amtsgericht }: اگر دربارهٔ نفقه به مشاوره نیاز دارید: برگهٔ مشاوره (Beratungsschein) بگیرید – مدارک درآمد را ببرید. خودتان فقط { $beratungshilfe_fee } می‌پردازید.
money-todo-but-jobcenter-kita = { -jobcenter }: { -bildung-und-teilhabe } را درخواست کنید (ناهار و گردش در { -kita }، باشگاه).
money-todo-einstiegsgeld = { -jobcenter }: { -einstiegsgeld } را درخواست کنید – پیش از نخستین روز کار. قرارداد کار یا پیشنهاد کار را همراه ببرید.
money-todo-payslip = { -familienkasse }: پس از نخستین فیش حقوقی با KiZ-Lotse بررسی کنید که آیا { -kinderzuschlag } و { -wohngeld } به‌جای { -buergergeld } برایتان بهتر است.
money-outlook-births =
    📅 به‌زودی چه چیزی برای شما تغییر می‌کند؟
    برای این، ماه و سال تولد هر فرزند را لازم دارم.
    مثلاً: 03/2020 08/2016
money-outlook-births-error = متوجه نشدم. لطفاً برای هر فرزند ماه/سال را بنویسید، مثلاً: 03/2020 08/2016
money-outlook-work = آیا به‌زودی کاری را شروع می‌کنید – یا ساعت‌های بیشتری کار خواهید کرد؟
money-outlook = 📅 آنچه به‌زودی برای شما تغییر می‌کند:
money-out-work-einstieg = 💼 پیش از نخستین روز کار: { -einstiegsgeld } را از { -jobcenter } درخواست کنید (تا { $einstiegsgeld_months } ماه). پس از شروع کار دیگر ممکن نیست.
money-out-work-free = 💼 بخشی از حقوق برای شما می‌ماند: ماهانه { $bg_free_base } به‌طور کامل، و از بقیه { $bg_free_rate_1 } تا { $bg_free_rate_2 } درصد. با فرزند، این تا { $bg_free_max_child } در ماه بیشتر است.
money-out-work-payslip = 💼 پس از نخستین فیش حقوقی: بخواهید بررسی کنند که آیا { -kinderzuschlag } و { -wohngeld } از { -buergergeld } برایتان بهتر است.
money-out-work-uvg = 💼 آیا آن‌وقت دست‌کم { $uvg_sgb2_min_income } ناخالص درآمد خواهید داشت؟ در این صورت برای فرزند 12 ساله یا بزرگ‌تر هم { -unterhaltsvorschuss } هست: ماهانه { $uvg_12_17 }.
money-out-kita = 📅 از { $date }: فرزندتان حق دارد در { -kita } یا نزد { -kindertagespflege } جا داشته باشد. زود در { -jugendamt } ثبت‌نام کنید.
money-out-work-age = 📅 از { $date }: کوچک‌ترین فرزندتان { $bg_no_work_age } ساله است. آن‌وقت { -jobcenter } می‌تواند از شما کار یا دوره بخواهد، اگر نگهداری از کودک فراهم باشد.
money-out-school = 📅 از { $date }: یکی از فرزندان { $school_age } ساله است. دیگر رایگان با اتوبوس و قطار سفر نمی‌کند. برای شروع مدرسه: برای جا در { -ganztag } ثبت‌نام کنید.
money-out-mb = 📅 از { $date }: { -mehrbedarf } { $percent } درصد به‌جای { $percent_before } درصد – ماهانه { $amount } به‌جای { $amount_before }.
money-out-uvg = 📅 از { $date }: { -unterhaltsvorschuss } ماهانه { $amount } به‌جای { $amount_before }.
money-out-uvg-12 = 📅 از { $date }: فرزندتان 12 ساله است. با { -buergergeld } آن‌وقت { -unterhaltsvorschuss } فقط در صورتی هست که دست‌کم { $uvg_sgb2_min_income } ناخالص درآمد داشته باشید.
money-out-18 = 📅 از { $date }: یکی از فرزندان 18 ساله است. دیگر { -unterhaltsvorschuss } برای او نیست. { -kindergeld } فقط در دوران آموزش حرفه‌ای یا تحصیل (تا { $kindergeld_age_max } سالگی).
money-out-kiz = 📅 { $date }: زمان درخواست تازه برای { -kinderzuschlag }. این کمک { $kiz_months } ماه اعتبار دارد – با حساب درخواستی در همین ماه.
