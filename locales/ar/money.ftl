# Money and benefits: single benefits and the benefit check. (Arabic)
# Amounts come from dialogs/figures.toml – never type amounts here.
# Office and benefit names stay German (parents see them on forms); explain them in brackets.

money-title = المال والمساعدات

money-start =
    💶 مال لكم ولأطفالكم.

    الأسرع: فحص «ما الذي يحق لي؟» – 5 أسئلة قصيرة.
    أو اطّلعوا على كل مساعدة وحدها.

money-opt-check = ✅ ما الذي يحق لي؟
money-opt-group-children = 👶 مال للأطفال
money-opt-group-living = 🏠 Bürgergeld و Wohngeld
money-opt-group-school = 🎒 المدرسة، Kita، النوادي
money-opt-group-law = ⚖️ الضرائب، النفقة، القانون
money-opt-details = 💶 المساعدات بالتفصيل
money-opt-yes = نعم
money-opt-no = لا

## Groups

money-group-children = 👶 أي مساعدة لأطفالكم؟
money-opt-kindergeld = Kindergeld (إعانة الأطفال)
money-opt-kiz = Kinderzuschlag (علاوة إضافية)
money-opt-uvg = Unterhaltsvorschuss (بدل نفقة)
money-opt-elterngeld = 🍼 Elterngeld (للرضيع)

money-group-living = 🏠 مال للمعيشة وللإيجار:
money-opt-buergergeld = Bürgergeld (إعانة أساسية)
money-opt-mehrbedarf = ➕ Mehrbedarf (مبلغ إضافي)
money-opt-wohngeld = 🏠 Wohngeld (إعانة السكن)
money-opt-asylblg = Asylbewerberleistungen (لجوء)

money-group-school = 🎒 مال للمدرسة و Kita (الحضانة والروضة) ووقت الفراغ:
money-opt-but = 🎒 Bildung und Teilhabe
money-opt-kita-fees = 🧸 بدون رسوم Kita
money-opt-kita-place = 🧸 إيجاد مكان في Kita
money-opt-school-ticket = 🚸 طريق المدرسة والتذكرة

money-group-law = ⚖️ الضرائب والنفقة والاستشارة القانونية:
money-opt-tax = 🧾 Steuerklasse II (الضرائب)
money-opt-beistand = 🤝 Beistandschaft (النفقة)
money-opt-beratungshilfe = ⚖️ Beratungshilfe (محامٍ)

## Single benefits

money-kindergeld =
    👶 Kindergeld (إعانة الأطفال)

    كم؟ { $kindergeld } لكل طفل في الشهر (منذ { $kindergeld_from }).
    لمن؟ لكل طفل تحت سن 18. من سن 18 حتى بلوغ سن { $kindergeld_age_max } فقط أثناء التدريب المهني أو الدراسة.
    لستم من الاتحاد الأوروبي؟ تحتاجون إقامة (Aufenthaltstitel) تسمح بالعمل أو إقامة دائمة. الأوكرانيون مع الحماية حسب § 24 يحصلون عليها أيضًا.

    📍 لدى Familienkasse (صندوق الأسرة) – عبر الإنترنت أو بالبريد.
    📄 شهادة الميلاد، الرقم الضريبي (Steuer-ID) لكم وللطفل، الهوية أو الإقامة.

money-kiz =
    💶 Kinderzuschlag (KiZ، علاوة إضافية للأطفال)

    للأهل الذين يعملون لكن دخلهم قليل.
    كم؟ حتى { $kiz_max } لكل طفل في الشهر، مع الإضافة الفورية Sofortzuschlag (القيمة من { $kiz_max_from }؛ قيمة 2026 غير مؤكدة بعد).
    لمن؟ تكسبون على الأقل { $kiz_min_income } إجمالي (قبل الخصم) في الشهر ولا تحصلون على Bürgergeld (إعانة أساسية). الطفل تحت سن { $kindergeld_age_max }.
    تُحسب النفقة و Unterhaltsvorschuss (بدل النفقة) بنسبة { $kiz_child_income_share }%.
    ➕ مع KiZ: غالبًا أيضًا Wohngeld (إعانة السكن)، و Bildung und Teilhabe (تكاليف المدرسة والنشاطات)، وبدون رسوم Kita.

    📍 لدى Familienkasse (صندوق الأسرة)، عبر الإنترنت. تُمنح لمدة { $kiz_months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $kiz_months } أشهر
        [many] { $kiz_months } شهرًا
       *[other] { $kiz_months } شهر
    }، ثم قدّموا طلبًا جديدًا.
    📄 كشوف الراتب، عقد الإيجار، إثباتات النفقة.

money-uvg =
    🧾 Unterhaltsvorschuss (بدل النفقة من الدولة)

    إذا كان الوالد الآخر لا يدفع النفقة، أو يدفع قليلًا، أو بشكل غير منتظم.
    كم في الشهر (منذ { $uvg_0_5_from })؟
    • من 0 إلى 5 سنوات: { $uvg_0_5 }
    • من 6 إلى 11 سنة: { $uvg_6_11 }
    • من 12 إلى 17 سنة: { $uvg_12_17 }
    بدون حد زمني، حتى بلوغ سن { $uvg_age_max }.
    مع Bürgergeld (إعانة أساسية): للأطفال من سن 12 فقط إذا كنتم تكسبون على الأقل { $uvg_sgb2_min_income } إجمالي، أو إذا لم تعودوا بعدها بحاجة إلى Bürgergeld.
    يجب أن تساعدوا في إيجاد الوالد الآخر.

    📍 لدى Jugendamt (مكتب رعاية الأطفال والشباب)، قسم Unterhaltsvorschussstelle.
    📄 شهادة الميلاد، الهوية، معلومات عن الوالد الآخر، إثباتات الدفعات.

money-elterngeld =
    🍼 Elterngeld (إعانة الوالدين)

    للفترة الأولى مع طفلكم الرضيع. لأنكم تربّون الطفل وحدكم، يمكنكم أخذ المدة كلها وحدكم: { $elterngeld_months ->
        [one] شهر واحد
        [two] شهران
        [few] { $elterngeld_months } أشهر
        [many] { $elterngeld_months } شهرًا
       *[other] { $elterngeld_months } شهر
    }.
    كم؟ من { $elterngeld_rate_min }% إلى { $elterngeld_rate_max }% من صافي راتبكم قبل الولادة، وأكثر إذا كان الراتب صغيرًا. في الشهر على الأقل { $elterngeld_min }، وعلى الأكثر { $elterngeld_max }. ElterngeldPlus: من { $elterngeld_plus_min } إلى { $elterngeld_plus_max }، لكن لمدة أطول بمرتين.
    مع Bürgergeld يُحسب كدخل – يبقى حتى { $elterngeld_free } بدون خصم إذا كنتم تعملون قبل الولادة.

    ⏰ قدّموا الطلب بسرعة: يُدفع بأثر رجعي عن { $elterngeld_backpay_months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $elterngeld_backpay_months } أشهر
        [many] { $elterngeld_backpay_months } شهرًا
       *[other] { $elterngeld_backpay_months } شهر
    } فقط!
    📍 لدى Elterngeldstelle (مكتب إعانة الوالدين) في مدينتكم.
    📄 شهادة الميلاد، كشوف الراتب من قبل الولادة.

money-buergergeld =
    🏠 Bürgergeld (إعانة المعيشة الأساسية)

    مال للمعيشة إذا كان دخلكم لا يكفي – بالإضافة إلى الإيجار والتدفئة.
    المبلغ الأساسي (Regelsatz) في الشهر (منذ { $regelsatz_adult_from }): لكم { $regelsatz_adult }؛ للأطفال من 0 إلى 5 سنوات { $regelsatz_0_5 }، من 6 إلى 13 { $regelsatz_6_13 }، من 14 إلى 17 { $regelsatz_14_17 }.
    يُحسب Kindergeld و Unterhaltsvorschuss كدخل للأطفال. ويُضاف لكم Mehrbedarf (مبلغ إضافي) لمن يربّي أطفاله وحده.
    طفل تحت سن { $bg_no_work_age }: لا يجب عليكم قبول عمل (حسب القانون الحالي؛ الإصلاح يخطط لحد أقل – غير مؤكد بعد).

    ⚠️ إصلاح «Neue Grundsicherung» (الضمان الأساسي الجديد، مخطط من تموز 2026) قد يكون غيّر القواعد. يخبركم Jobcenter بالوضع الحالي.
    📍 لدى Jobcenter. 📄 الهوية، عقد الإيجار، كشوف الحساب البنكي، كشوف الراتب.

money-mehrbedarf =
    ➕ Mehrbedarf für Alleinerziehende (مبلغ إضافي لمن يربّي أطفاله وحده)

    مال إضافي ضمن Bürgergeld. لا حاجة لطلب خاص – يدفعه Jobcenter تلقائيًا.
    كم؟ جزء من المبلغ الأساسي ({ $regelsatz_adult }):
    • { $mb_high }% إذا كان طفل واحد تحت سن { $mb_age_small }، أو طفلان إلى 3 أطفال تحت سن { $mb_age_school }
    • وإلا { $mb_per_child }% لكل طفل تحت سن 18
    • على الأكثر { $mb_max }%
    تُطبَّق القيمة الأعلى.

    📍 لدى Jobcenter. 👉 افحصوا Bescheid (رسالة القرار): هل مكتوب فيه «Mehrbedarf für Alleinerziehende»؟ إذا لا: اسألوا.

money-wohngeld =
    🏠 Wohngeld (إعانة السكن)

    مساعدة في دفع الإيجار إذا كان لديكم دخل خاص، لكنه قليل.
    كم؟ يعتمد ذلك على الإيجار والدخل وعدد الأشخاص في البيت.
    لا يُجمع مع Bürgergeld. غالبًا يُجمع مع Kinderzuschlag (علاوة إضافية للأطفال) – وهذا قد يكون أفضل من Bürgergeld.
    ➕ مع Wohngeld: Bildung und Teilhabe، بدون رسوم Kita، تذكرة اجتماعية (Sozialticket).

    📍 لدى Wohngeldstelle (مكتب إعانة السكن) في مدينتكم.
    📄 عقد الإيجار، إثباتات الدخل، كشوف الحساب البنكي، الهوية.

money-asylblg =
    🛂 Asylbewerberleistungen (AsylbLG، مساعدات طالبي اللجوء)

    للأشخاص في إجراءات اللجوء أو مع Duldung (وقف مؤقت للترحيل). المسؤول هو Sozialamt (مكتب الشؤون الاجتماعية)، وليس Jobcenter.
    كم؟ لشخص بالغ وحده: { $asylblg_single } في الشهر (القيمة من { $asylblg_single_from }؛ قيمة 2026 غير مؤكدة بعد).
    هنا أيضًا: Bildung und Teilhabe للأطفال وبدون رسوم Kita.

    🇺🇦 من أوكرانيا ووصلتم بعد 31.03.2025؟ المخطط: من تموز 2026 يصبح Sozialamt مسؤولًا بدل Jobcenter (غير مؤكد بعد). اسألوا Jobcenter الخاص بكم.

    📍 لدى Sozialamt في مدينتكم. للمساعدة: Migrationsberatung (MBE، استشارة المهاجرين، من سن { $mbe_age_min }) أو Jugendmigrationsdienst (JMD، خدمة هجرة الشباب، من سن { $jmd_age_min } إلى { $jmd_age_max }).

money-but =
    🎒 Bildung und Teilhabe (BuT، التعليم والمشاركة)

    للأطفال تحت سن { $kindergeld_age_max } في المدرسة أو Kita:
    • مستلزمات المدرسة: { $but_school } لكل سنة دراسية ({ $but_school_aug } في آب، { $but_school_feb } في شباط؛ القيمة من { $but_school_from }، القيمة الجديدة غير مؤكدة بعد)
    • النادي، الموسيقى، الرياضة: { $but_clubs } في الشهر (تحت سن { $but_clubs_age })
    • الرحلات، رحلات الصف، وجبة الغداء، دروس التقوية، طريق المدرسة
    للعائلات التي تحصل على Bürgergeld أو Sozialhilfe (المساعدة الاجتماعية) أو Wohngeld أو Kinderzuschlag أو AsylbLG.

    📍 مع Bürgergeld: لدى Jobcenter. مع Wohngeld أو Kinderzuschlag: لدى البلدية. مع AsylbLG: لدى Sozialamt.
    📄 الـ Bescheid (رسالة القرار) عن المساعدة التي تحصلون عليها، شهادة مدرسية.

money-kita-fees =
    🧸 بدون رسوم Kita

    لا تدفعون رسومًا لـ Kita (الحضانة والروضة)، أو Kindertagespflege (مربية نهارية)، أو Hort (رعاية بعد المدرسة)، إذا كنتم تحصلون على إحدى هذه المساعدات:
    Bürgergeld أو Sozialhilfe أو Asylbewerberleistungen أو Kinderzuschlag أو Wohngeld.
    هذا لا يحدث تلقائيًا: يجب أن تقدّموا طلبًا.
    بالنسبة لـ Ganztag (OGS، المدرسة طوال اليوم): اسألوا البلدية، فغالبًا يُطبَّق هناك أيضًا.
    وجبة الغداء في Kita والمدرسة: عن طريق Bildung und Teilhabe.

    📍 لدى Jugendamt (مكتب رعاية الأطفال والشباب) في مدينتكم.
    📄 الـ Bescheid (رسالة القرار) الحالي، مثلًا عن Bürgergeld أو Wohngeld أو Kinderzuschlag.

money-tax =
    🧾 Steuerklasse II (الفئة الضريبية الثانية)

    لمن يربّي أطفاله وحده ويعمل: ضريبة أقل على الراتب، ومال صافٍ أكثر كل شهر.
    مبلغ Entlastungsbetrag (مبلغ معفى من الضريبة): { $entlastung } في السنة، بالإضافة إلى { $entlastung_more } لكل طفل إضافي.
    الشرط: طفلكم يعيش معكم.

    📍 لدى Finanzamt (مكتب الضرائب) – عبر الإنترنت من خلال ELSTER أو بنموذج ورقي.
    📄 الرقم الضريبي (Steuer-ID)، شهادة الميلاد أو Bescheid الخاص بـ Kindergeld.

money-beistand =
    🤝 Beistandschaft – مساعدة في النفقة

    الوالد الآخر لا يدفع أو يدفع قليلًا؟ يمكن لـ Jugendamt (مكتب رعاية الأطفال والشباب) أن يكون Beistand (ممثلًا لطفلكم): يحسب نفقة طفلكم ويطالب بها.
    مجانًا. يكفي تقديم طلب إلى Jugendamt. للأطفال تحت سن 18.

    بالإضافة إلى ذلك: Unterhaltsvorschuss (بدل النفقة) – ليحصل طفلكم على المال من الآن.

    📍 لدى Jugendamt في مدينتكم.
    📄 شهادة الميلاد، معلومات عن الوالد الآخر، أوراق النفقة (وثيقة، رسائل، دفعات).

money-beratungshilfe =
    ⚖️ Beratungshilfe (مساعدة للاستشارة القانونية)

    نصيحة من محامية أو محامٍ – مثلًا عند خلاف على النفقة أو مع دائرة رسمية، خارج المحكمة.
    للأشخاص ذوي الدخل القليل. تدفعون أنتم فقط { $beratungshilfe_fee }.

    📍 لدى Amtsgericht (المحكمة المحلية) في مكان سكنكم: هناك تحصلون على Beratungsschein (قسيمة استشارة). ثم تذهبون بها إلى المحامية أو المحامي.
    📄 الهوية، إثباتات الدخل (مثلًا Bescheid عن Bürgergeld)، كشوف الحساب البنكي، أوراق عن المشكلة.

## The check

money-check-ages =
    ✅ الفحص: 5 أسئلة قصيرة.

    كم عمر أطفالكم الذين يعيشون معكم؟
    اكتبوا الأعمار بالأرقام، مثلًا: 2 8
    طفل رضيع عمره أقل من سنة: 0

money-check-ages-error = لم أفهم ذلك. من فضلكم اكتبوا أرقامًا فقط من 0 إلى 26، مثلًا: 2 8

money-check-bg = هل تحصلون على Bürgergeld (إعانة أساسية) من Jobcenter؟

money-check-earnings = كم تكسبون أنتم في الشهر – المبلغ الإجمالي (قبل الخصومات)؟
money-earn-none = لا شيء
money-earn-under = أقل من { $kiz_min_income }
money-earn-from = من { $kiz_min_income } إلى { $earnings_band_high }
money-earn-over = أكثر من { $earnings_band_high }

money-check-maintenance = هل يدفع الوالد الآخر نفقة للأطفال؟
money-maint-pays = نعم، بشكل كافٍ وفي الوقت
money-maint-partly = قليلًا أو بشكل غير منتظم
money-maint-none = لا / لا أعرف

money-check-residence = السؤال الأخير: ما الذي يناسب وضع إقامتكم؟
money-res-de-eu = جنسية ألمانية أو أوروبية
money-res-permit = إقامة تسمح بالعمل
money-res-ukraine = أوكرانيا (حماية § 24)
money-res-asylum = إجراء لجوء أو Duldung

money-check-result = ✅ نتيجتكم – تقدير أولي، وليست قرارًا رسميًا (Bescheid). الدائرة المختصة هي التي تقرر.

## Lines of the result: benefit and office

money-benefit-kindergeld = Kindergeld (إعانة الأطفال)
money-benefit-kiz = Kinderzuschlag (علاوة إضافية للأطفال)
money-benefit-uvg = Unterhaltsvorschuss (بدل النفقة)
money-benefit-buergergeld = Bürgergeld (إعانة المعيشة الأساسية)
money-benefit-mehrbedarf = Mehrbedarf für Alleinerziehende (مبلغ إضافي لمن يربّي أطفاله وحده)
money-benefit-wohngeld = Wohngeld (إعانة السكن)
money-benefit-but = Bildung und Teilhabe (تكاليف المدرسة والنشاطات)
money-benefit-kita-fees = الإعفاء من رسوم Kita
money-benefit-elterngeld = Elterngeld (إعانة الوالدين)
money-benefit-tax = Steuerklasse II (الفئة الضريبية الثانية)
money-benefit-asylblg = Asylbewerberleistungen (مساعدات طالبي اللجوء)
money-benefit-beistand = Beistandschaft (مساعدة في النفقة)
money-benefit-beratungshilfe = Beratungshilfe (استشارة قانونية)

money-office-familienkasse = Familienkasse (صندوق الأسرة)
money-office-uvg = Jugendamt (Unterhaltsvorschussstelle)
money-office-jobcenter = Jobcenter
money-office-wohngeld = Wohngeldstelle (مكتب إعانة السكن في البلدية)
money-office-but =
    { $buergergeld ->
        [true] Jobcenter
       *[other]
            { $residence ->
                [asylum] Sozialamt (مكتب الشؤون الاجتماعية)
               *[other] البلدية (قسم Bildung und Teilhabe)
            }
    }
money-office-jugendamt = Jugendamt (مكتب رعاية الأطفال والشباب)
money-office-elterngeld = Elterngeldstelle (مكتب إعانة الوالدين)
money-office-finanzamt = Finanzamt (مكتب الضرائب)
money-office-sozialamt = Sozialamt (مكتب الشؤون الاجتماعية)
money-office-amtsgericht = Amtsgericht (المحكمة المحلية)

## Reasons (one line)

money-kg-reason-age = فقط للأطفال تحت سن { $kindergeld_age_max }.
money-kg-reason-asylum = يعتمد على وضعكم. اسألوا Familienkasse أو استشارة المهاجرين (Migrationsberatung).
money-kg-reason-adult = حتى { $total } في الشهر ({ $kindergeld } لكل طفل). الأطفال من سن 18 فقط أثناء التدريب المهني أو الدراسة.
money-kg-reason-yes = { $total } في الشهر ({ $kindergeld } لكل طفل).

money-kiz-reason-age = فقط للأطفال تحت سن { $kindergeld_age_max }.
money-kiz-reason-switch = مع راتبكم قد يناسبكم Kinderzuschlag و Wohngeld بدل Bürgergeld. افحصوا ذلك بأداة «KiZ-Lotse» (فحص على الإنترنت) من Familienkasse.
money-kiz-reason-bg = لا يُجمع مع Bürgergeld.
money-kiz-reason-income = يجب أن تكسبوا على الأقل { $kiz_min_income } إجمالي في الشهر.
money-kiz-reason-asylum = فقط إذا كنتم تحصلون على Kindergeld. اسألوا Familienkasse.
money-kiz-reason-yes = حتى { $kiz_max } لكل طفل في الشهر (القيمة من { $kiz_max_from }، قيمة 2026 غير مؤكدة بعد)، ويُجمع جيدًا مع Wohngeld. وأيضًا: Bildung und Teilhabe وبدون رسوم Kita. لمدة { $kiz_months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $kiz_months } أشهر
        [many] { $kiz_months } شهرًا
       *[other] { $kiz_months } شهر
    }.
money-kiz-reason-high = يعتمد على الإيجار والدخل. حتى { $kiz_max } لكل طفل (القيمة من { $kiz_max_from }، قيمة 2026 غير مؤكدة بعد).

money-uvg-reason-pays = فقط إذا كان الوالد الآخر لا يدفع شيئًا، أو يدفع قليلًا، أو بشكل غير منتظم.
money-uvg-reason-age = فقط للأطفال تحت سن { $uvg_age_max }.
money-uvg-reason-bg-mixed = للأطفال تحت سن 12: معًا { $total } في الشهر. للأطفال من 12 إلى 17 سنة فقط إذا كنتم تكسبون على الأقل { $uvg_sgb2_min_income } إجمالي، أو إذا لم تعودوا بعدها بحاجة إلى Bürgergeld.
money-uvg-reason-bg-teen = مع Bürgergeld: للأطفال من 12 إلى 17 سنة فقط إذا كنتم تكسبون على الأقل { $uvg_sgb2_min_income } إجمالي، أو إذا لم تعودوا بعدها بحاجة إلى Bürgergeld. لكل طفل { $uvg_12_17 }.
money-uvg-reason-yes = معًا { $total } في الشهر، حتى بلوغ سن 18 (لكل طفل: من 0 إلى 5 سنوات { $uvg_0_5 }، من 6 إلى 11 { $uvg_6_11 }، من 12 إلى 17 { $uvg_12_17 }).

money-bg-reason-yes = تحصلون عليه. إصلاح «Neue Grundsicherung» قد يكون غيّر القواعد – اسألوا Jobcenter.
money-bg-reason-asylum = بدل Bürgergeld: Asylbewerberleistungen من Sozialamt.
money-bg-reason-maybe = ربما يحق لكم – مع الإيجار والتدفئة. قد تكون القواعد تغيّرت بسبب الإصلاح: اسألوا Jobcenter.

money-mb-reason = { $percent }% من المبلغ الأساسي: حوالي { $amount } في الشهر. يأتي تلقائيًا – افحصوا Bescheid (رسالة القرار).

money-wg-reason-bg = لا يُجمع مع Bürgergeld.
money-wg-reason-asylum = يعتمد على وضعكم. اسألوا Sozialamt أو استشارة المهاجرين (Migrationsberatung).
money-wg-reason-none = تحتاجون دخلًا خاصًا بكم يكفي للمعيشة.
money-wg-reason-yes = مساعدة في الإيجار. المبلغ يعتمد على الإيجار والدخل وعدد أفراد البيت. يُجمع جيدًا مع Kinderzuschlag.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] مع دخل قليل غالبًا لا يكفي. اطلبوا فحص ما يناسبكم أكثر: Wohngeld أو Bürgergeld.
       *[other] يعتمد على الإيجار والدخل وعدد أفراد البيت. اطلبوا فحص ذلك.
    }

money-but-reason-jobcenter = مستلزمات المدرسة { $but_school } في السنة الدراسية (القيمة من { $but_school_from }، القيمة الجديدة غير مؤكدة بعد)، النوادي { $but_clubs } في الشهر، الرحلات، وجبة الغداء.
money-but-reason-sozialamt = مستلزمات المدرسة { $but_school } في السنة الدراسية (القيمة من { $but_school_from }، القيمة الجديدة غير مؤكدة بعد)، النوادي { $but_clubs } في الشهر، الرحلات، وجبة الغداء.
money-but-reason-city = إذا كنتم تحصلون على Kinderzuschlag أو Wohngeld: مستلزمات المدرسة، الرحلات، وجبة الغداء، النوادي. الطلب لدى البلدية.

money-fee-reason-yes = بدون رسوم لـ Kita أو المربية النهارية أو Hort (رعاية بعد المدرسة). يجب أن تقدّموا طلبًا.
money-fee-reason-maybe = إذا كنتم تحصلون على Kinderzuschlag أو Wohngeld: بدون رسوم لـ Kita أو المربية النهارية أو Hort.

money-eg-reason-yes = لطفلكم الرضيع: المدة كلها لكم وحدكم ({ $elterngeld_months ->
        [one] شهر واحد
        [two] شهران
        [few] { $elterngeld_months } أشهر
        [many] { $elterngeld_months } شهرًا
       *[other] { $elterngeld_months } شهر
    }). قدّموا الطلب بسرعة – يُدفع بأثر رجعي عن { $elterngeld_backpay_months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $elterngeld_backpay_months } أشهر
        [many] { $elterngeld_backpay_months } شهرًا
       *[other] { $elterngeld_backpay_months } شهر
    } فقط.
money-eg-reason-bg = يُحسب كدخل في Bürgergeld – يبقى حتى { $elterngeld_free } بدون خصم إذا كنتم تعملون قبل الولادة. قدّموا الطلب بسرعة.

money-tax-reason-yes = ضريبة أقل على الراتب: مبلغ معفى { $total } في السنة ({ $entlastung } بالإضافة إلى { $entlastung_more } لكل طفل إضافي).
money-tax-reason-small = مع راتب صغير غالبًا لا تدفعون ضريبة على الراتب. هذا مهم عندما تكسبون أكثر.

money-asyl-reason-yes = من Sozialamt بدل Jobcenter. لشخص بالغ وحده: { $asylblg_single } (القيمة من { $asylblg_single_from }، قيمة 2026 غير مؤكدة بعد).
money-asyl-reason-ukraine = وصلتم بعد 31.03.2025؟ المخطط: من تموز 2026 يصبح Sozialamt مسؤولًا بدل Jobcenter (غير مؤكد بعد).

money-beistand-reason = يحصّل Jugendamt النفقة لطفلكم – مجانًا.
money-bh-reason = نصيحة من محامية أو محامٍ إذا كان دخلكم قليلًا. تدفعون فقط { $beratungshilfe_fee }.

## Next steps (summary)

money-todo-kindergeld = لدى Familienkasse (صندوق الأسرة): قدّموا طلب Kindergeld – عبر الإنترنت أو بالبريد. جهّزوا شهادة الميلاد والأرقام الضريبية (Steuer-ID).
money-todo-kg-asylum = لدى Familienkasse أو استشارة المهاجرين: اسألوا هل يحق لكم مع وضعكم Kindergeld و Kinderzuschlag.
money-todo-kiz = لدى Familienkasse: قدّموا طلب Kinderzuschlag عبر الإنترنت – كشوف الراتب، عقد الإيجار، إثباتات النفقة.
money-todo-kiz-lotse = لدى Familienkasse: افحصوا بأداة KiZ-Lotse هل يناسبكم Kinderzuschlag و Wohngeld بدل Bürgergeld.
money-todo-uvg = لدى Jugendamt (Unterhaltsvorschussstelle): قدّموا طلب Unterhaltsvorschuss – شهادة الميلاد، معلومات عن الوالد الآخر.
money-todo-elterngeld = لدى Elterngeldstelle (مكتب إعانة الوالدين): قدّموا طلب Elterngeld بعد الولادة بوقت قصير (يُدفع بأثر رجعي عن { $elterngeld_backpay_months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $elterngeld_backpay_months } أشهر
        [many] { $elterngeld_backpay_months } شهرًا
       *[other] { $elterngeld_backpay_months } شهر
    } فقط) – شهادة الميلاد، كشوف الراتب.
money-todo-buergergeld = لدى Jobcenter: اطلبوا فحص Bürgergeld (مع الإيجار والتدفئة) واسألوا عن القواعد الجديدة – الهوية، عقد الإيجار، كشوف الحساب البنكي.
money-todo-mehrbedarf = لدى Jobcenter: افحصوا هل يوجد «Mehrbedarf für Alleinerziehende» في الـ Bescheid. إذا لا: اسألوا.
money-todo-wohngeld = لدى Wohngeldstelle في البلدية: قدّموا طلب Wohngeld – عقد الإيجار، إثباتات الدخل، كشوف الحساب البنكي.
money-todo-asylblg = لدى Sozialamt (مكتب الشؤون الاجتماعية): Asylbewerberleistungen – خذوا معكم أوراق الإقامة. للمساعدة: استشارة المهاجرين.
money-todo-ukraine = اسألوا Jobcenter: هل ما زال هو المسؤول عنكم، أم الآن Sozialamt؟ (لمن وصل بعد 31.03.2025)
money-todo-but = قدّموا طلب Bildung und Teilhabe: لدى Jobcenter (مع Bürgergeld)، أو البلدية (مع Wohngeld أو Kinderzuschlag)، أو Sozialamt (مع AsylbLG).
money-todo-but-jobcenter = لدى Jobcenter: قدّموا طلب Bildung und Teilhabe (مستلزمات المدرسة، الرحلات، الغداء، النوادي).
money-todo-but-sozialamt = لدى Sozialamt: قدّموا طلب Bildung und Teilhabe للأطفال.
money-todo-but-city = لدى البلدية: قدّموا طلب Bildung und Teilhabe بعد الموافقة على Kinderzuschlag أو Wohngeld.
money-todo-kita-fees = لدى Jugendamt (مكتب رعاية الأطفال والشباب): قدّموا طلب الإعفاء من رسوم Kita و Hort – خذوا معكم الـ Bescheid الحالي.
money-todo-tax = لدى Finanzamt (مكتب الضرائب): قدّموا طلب Steuerklasse II (عبر الإنترنت من خلال ELSTER أو بنموذج) – جهّزوا الرقم الضريبي.
money-todo-beistand = لدى Jugendamt: قدّموا طلب Beistandschaft (مجانًا) – شهادة الميلاد، أوراق النفقة.
money-todo-beratungshilfe = لدى Amtsgericht (المحكمة المحلية): احصلوا على Beratungsschein (قسيمة استشارة) – خذوا معكم إثباتات الدخل. حصتكم من الدفع { $beratungshilfe_fee }.
