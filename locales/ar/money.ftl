# المال والمساعدات: كل مساعدة وحدها، وفحص «ما الذي يحق لي؟».
# المبالغ تأتي من dialogs/figures.toml – لا تكتبوا هنا أي مبلغ.
# أسماء الدوائر والمساعدات تأتي فقط من terms.ftl: { -jobcenter }، وأول مرة في الشاشة { -jobcenter(form: "long") }.

money-title = المال والمساعدات

money-start =
    💶 مال لكم ولأطفالكم.

    الأسرع: فحص «ما الذي يحق لي؟» – 5 أسئلة قصيرة.
    أو اطّلعوا على كل مساعدة وحدها.

money-opt-check = ✅ ما الذي يحق لي؟
money-opt-group-children = 👶 مال للأطفال
money-opt-group-living = 🏠 { -buergergeld }، إعانة السكن
money-opt-group-school = 🎒 المدرسة، { -kita }، النوادي
money-opt-group-law = ⚖️ الضرائب، النفقة، القانون
money-opt-details = 💶 كل مساعدة وحدها
money-opt-yes = نعم
money-opt-no = لا

## المجموعات

money-group-children = 👶 أي مساعدة لأطفالكم؟
money-opt-kindergeld = { -kindergeld }
money-opt-kiz = { -kinderzuschlag }
money-opt-uvg = { -unterhaltsvorschuss }
money-opt-elterngeld = 🍼 { -elterngeld }، للرضيع

money-group-living = 🏠 مال للمعيشة وللإيجار:
money-opt-buergergeld = { -buergergeld }
money-opt-mehrbedarf = ➕ مبلغ إضافي لمن يربّي وحده
money-opt-wohngeld = 🏠 { -wohngeld }
money-opt-asylblg = مساعدات طالبي اللجوء

money-group-school = 🎒 مال للمدرسة و{ -kita(form: "long") } ووقت الفراغ:
money-opt-but = 🎒 دعم تكاليف المدرسة والنشاطات
money-opt-kita-fees = 🧸 بدون رسوم { -kita }
money-opt-kita-place = 🧸 إيجاد مكان في { -kita }
money-opt-school-ticket = 🚸 طريق المدرسة والتذكرة

money-group-law = ⚖️ الضرائب والنفقة والاستشارة القانونية:
money-opt-tax = 🧾 { -steuerklasse-2 }
money-opt-beistand = 🤝 نفقة: { -beistandschaft }
money-opt-beratungshilfe = ⚖️ { -beratungshilfe }

## كل مساعدة وحدها

money-kindergeld =
    👶 { -kindergeld(form: "long") }

    كم؟ { $kindergeld } لكل طفل في الشهر (منذ { $kindergeld_from }).
    لمن؟ لكل طفل عمره أقل من 18 سنة. من 18 سنة حتى يبلغ الطفل { $kindergeld_age_max } سنة: فقط إذا كان في تدريب مهني أو في الدراسة.
    لستم من الاتحاد الأوروبي؟ تحتاجون { -aufenthaltstitel(form: "long") } يسمح لكم بالعمل، أو تصريح الإقامة الدائمة (Niederlassungserlaubnis). الأشخاص القادمون من أوكرانيا الذين لديهم حماية حسب § 24 يحصلون عليه أيضًا.

    📍 { -familienkasse(form: "long") } – عبر الإنترنت أو بالبريد.
    📄 شهادة الميلاد، { -steuer-id(form: "long") } لكم وللطفل، الهوية أو { -aufenthaltstitel }.

money-kiz =
    💶 { -kinderzuschlag(form: "long") }

    للأهل الذين يعملون لكن دخلهم قليل.
    كم؟ حتى { $kiz_max } لكل طفل في الشهر، مع المبلغ الفوري للأطفال (زوفورت تسوشلاغ، Sofortzuschlag). القيمة من { $kiz_max_from }؛ قيمة 2026 غير مؤكدة بعد.
    لمن؟ تكسبون على الأقل { $kiz_min_income } إجماليًا (قبل الخصومات) في الشهر، ولا تحصلون على { -buergergeld(form: "long") }. عمر الطفل أقل من { $kindergeld_age_max } سنة.
    تُحسب النفقة و{ -unterhaltsvorschuss } دخلًا بنسبة { $kiz_child_income_share } بالمئة.
    ➕ مع { -kinderzuschlag }: يحق لكم غالبًا أيضًا { -wohngeld(form: "long") } و{ -bildung-und-teilhabe }، وبدون رسوم { -kita }.

    📍 { -familienkasse(form: "long") }، عبر الإنترنت. يُمنح لمدة { $kiz_months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $kiz_months } أشهر
        [many] { $kiz_months } شهرًا
       *[other] { $kiz_months } شهر
    }، ثم قدّموا طلبًا جديدًا.
    📄 كشوف الراتب، عقد الإيجار، إثباتات النفقة.

money-uvg =
    🧾 { -unterhaltsvorschuss(form: "long") }

    إذا كان الوالد الآخر لا يدفع النفقة، أو يدفع قليلًا، أو لا يدفع بانتظام.
    كم في الشهر (منذ { $uvg_0_5_from })؟
    • من 0 إلى 5 سنوات: { $uvg_0_5 }
    • من 6 إلى 11 سنة: { $uvg_6_11 }
    • من 12 إلى 17 سنة: { $uvg_12_17 }
    بدون حد زمني، حتى يبلغ الطفل { $uvg_age_max } سنة.
    إذا كنتم تحصلون على { -buergergeld(form: "long") }: للأطفال من 12 سنة فقط إذا كنتم تكسبون { $uvg_sgb2_min_income } إجماليًا على الأقل، أو إذا لم تعودوا بعدها بحاجة إلى { -buergergeld }.
    يجب أن تساعدوا في الوصول إلى الوالد الآخر.

    📍 { -jugendamt(form: "long") }، قسم { -unterhaltsvorschussstelle }.
    📄 شهادة الميلاد، الهوية، معلومات عن الوالد الآخر، إثباتات الدفعات.

money-elterngeld =
    🍼 { -elterngeld(form: "long") }

    للأشهر الأولى مع طفلكم الرضيع. لأنكم تربّون الطفل وحدكم، يمكنكم أخذ المدة كلها لكم: { $elterngeld_months ->
        [one] شهر واحد
        [two] شهران
        [few] { $elterngeld_months } أشهر
        [many] { $elterngeld_months } شهرًا
       *[other] { $elterngeld_months } شهر
    }.
    كم؟ من { $elterngeld_rate_min } إلى { $elterngeld_rate_max } بالمئة من صافي راتبكم قبل الولادة. إذا كان الراتب صغيرًا تكون النسبة أعلى. في الشهر { $elterngeld_min } على الأقل، و{ $elterngeld_max } على الأكثر. { -elterngeld-plus(form: "long") }: من { $elterngeld_plus_min } إلى { $elterngeld_plus_max } في الشهر، لمدة أطول بمرتين.
    إذا كنتم تحصلون على { -buergergeld }، يُحسب هذا المال دخلًا – لكن يبقى منه حتى { $elterngeld_free } بدون خصم إذا كنتم تعملون قبل الولادة.

    ⏰ قدّموا الطلب بسرعة! عن الفترة التي قبل الطلب تحصلون على { $elterngeld_backpay_months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $elterngeld_backpay_months } أشهر
        [many] { $elterngeld_backpay_months } شهرًا
       *[other] { $elterngeld_backpay_months } شهر
    } على الأكثر.
    📍 { -elterngeldstelle(form: "long") } في مدينتكم.
    📄 شهادة الميلاد، كشوف الراتب من قبل الولادة.

money-buergergeld =
    🏠 { -buergergeld(form: "long") }

    مال للمعيشة إذا كان دخلكم لا يكفي – بالإضافة إلى الإيجار والتدفئة.
    المبلغ الأساسي (Regelsatz) في الشهر (منذ { $regelsatz_adult_from }): لكم { $regelsatz_adult }؛ للأطفال من 0 إلى 5 سنوات { $regelsatz_0_5 }، من 6 إلى 13 سنة { $regelsatz_6_13 }، من 14 إلى 17 سنة { $regelsatz_14_17 }.
    يُحسب { -kindergeld } و{ -unterhaltsvorschuss } دخلًا للأطفال. ويُضاف إلى ذلك { -mehrbedarf(form: "long") }.
    عندكم طفل عمره أقل من { $bg_no_work_age } سنوات؟ لا يجب عليكم قبول عمل. هذا حسب القانون الحالي؛ الإصلاح يخطط لعمر أقل – غير مؤكد بعد.

    ⚠️ إصلاح { -neue-grundsicherung(form: "long") } مخطط له من تموز 2026، وقد يكون غيّر القواعد. يخبركم { -jobcenter(form: "long") } بالوضع الحالي.
    📍 { -jobcenter }. 📄 الهوية، عقد الإيجار، كشوف الحساب البنكي، كشوف الراتب.

money-mehrbedarf =
    ➕ { -mehrbedarf(form: "long") }

    مال إضافي ضمن { -buergergeld(form: "long") }. لا حاجة إلى طلب خاص – يدفعه { -jobcenter } تلقائيًا.
    كم؟ جزء من المبلغ الأساسي ({ $regelsatz_adult }):
    • { $mb_high } بالمئة، إذا كان عندكم طفل عمره أقل من { $mb_age_small } سنوات، أو طفلان أو 3 أطفال أعمارهم أقل من { $mb_age_school } سنة
    • وإلا { $mb_per_child } بالمئة لكل طفل عمره أقل من 18 سنة
    • على الأكثر { $mb_max } بالمئة
    تُحسب القيمة الأعلى.

    📍 { -jobcenter }. 👉 انظروا في { -bescheid(form: "long") }: هل فيه اسم { -mehrbedarf }؟ إذا لم يكن فيه: اسألوا.

money-wohngeld =
    🏠 { -wohngeld(form: "long") }

    مساعدة في دفع الإيجار، إذا كان لكم دخل خاص لكنه قليل.
    كم؟ يعتمد ذلك على الإيجار والدخل وعدد الأشخاص في البيت.
    لا يُجمع مع { -buergergeld(form: "long") }. يُجمع غالبًا مع { -kinderzuschlag(form: "long") } – وهذا قد يكون أفضل لكم من { -buergergeld }.
    ➕ مع { -wohngeld }: { -bildung-und-teilhabe }، بدون رسوم { -kita }، و{ -sozialticket(form: "long") }.

    📍 { -wohngeldstelle } في مدينتكم.
    📄 عقد الإيجار، إثباتات الدخل، كشوف الحساب البنكي، الهوية.

money-asylblg =
    🛂 { -asylbewerberleistungen(form: "long") }

    للأشخاص الذين هم في إجراءات اللجوء أو لديهم { -duldung(form: "long") }. المسؤول هو { -sozialamt(form: "long") }، وليس { -jobcenter }.
    كم؟ لشخص بالغ بدون شريك: { $asylblg_single } في الشهر (القيمة من { $asylblg_single_from }؛ قيمة 2026 غير مؤكدة بعد).
    هنا أيضًا: { -bildung-und-teilhabe } للأطفال، وبدون رسوم { -kita }.

    🇺🇦 جئتم من أوكرانيا بعد 31.03.2025؟ المخطط: من تموز 2026 يصبح { -sozialamt } مسؤولًا بدل { -jobcenter }، لكن هذا غير مؤكد بعد. اسألوا { -jobcenter } الخاص بكم.

    📍 { -sozialamt } في مدينتكم. للمساعدة: { -mbe(form: "long") } من عمر { $mbe_age_min } سنة، أو { -jmd(form: "long") } من عمر { $jmd_age_min } إلى { $jmd_age_max } سنة.

money-but =
    🎒 { -bildung-und-teilhabe(form: "long") }

    للأطفال الذين أعمارهم أقل من { $kindergeld_age_max } سنة، في المدرسة أو في { -kita(form: "long") }:
    • مستلزمات المدرسة: { $but_school } لكل سنة دراسية ({ $but_school_aug } في آب، و{ $but_school_feb } في شباط؛ القيمة من { $but_school_from }، والقيمة الجديدة غير مؤكدة بعد)
    • النادي، الموسيقى، الرياضة: { $but_clubs } في الشهر (لمن عمره أقل من { $but_clubs_age } سنة)
    • الرحلات، رحلات الصف، وجبة الغداء، دروس التقوية، طريق المدرسة
    للعائلات التي تحصل على { -buergergeld } أو { -sozialhilfe(form: "long") } أو { -wohngeld } أو { -kinderzuschlag } أو { -asylbewerberleistungen }.

    📍 مع { -buergergeld }: { -jobcenter }. مع { -wohngeld } أو { -kinderzuschlag }: البلدية. مع { -asylbewerberleistungen }: { -sozialamt(form: "long") }.
    📄 { -bescheid(form: "long") } عن المساعدة التي تحصلون عليها، شهادة من المدرسة.

money-kita-fees =
    🧸 بدون رسوم { -kita }

    لا تدفعون رسوم { -kita(form: "long") } أو { -kindertagespflege(form: "long") } أو { -hort(form: "long") }، إذا كنتم تحصلون على إحدى هذه المساعدات:
    { -buergergeld } أو { -sozialhilfe(form: "long") } أو { -asylbewerberleistungen } أو { -kinderzuschlag } أو { -wohngeld }.
    هذا لا يحدث تلقائيًا: يجب أن تقدّموا طلبًا.
    بالنسبة إلى { -ogs(form: "long") }: اسألوا البلدية، فغالبًا يوجد إعفاء هناك أيضًا.
    وجبة الغداء في { -kita } والمدرسة: عن طريق { -bildung-und-teilhabe }.

    📍 { -jugendamt(form: "long") } في مدينتكم.
    📄 { -bescheid(form: "long") } الحالي، مثلًا عن { -buergergeld } أو { -wohngeld } أو { -kinderzuschlag }.

money-tax =
    🧾 { -steuerklasse-2(form: "long") }

    لمن يربّي أطفاله وحده ويعمل: ضريبة أقل على الراتب، ومال صافٍ أكثر كل شهر.
    { -entlastungsbetrag(form: "long") }: { $entlastung } في السنة تبقى معفاة من الضريبة. ويُضاف { $entlastung_more } لكل طفل آخر.
    الشرط: طفلكم يعيش معكم.

    📍 { -finanzamt(form: "long") } – عبر الإنترنت على موقع إلستر (ELSTER)، أو بنموذج ورقي.
    📄 { -steuer-id(form: "long") }، شهادة الميلاد أو { -bescheid } عن { -kindergeld }.

money-beistand =
    🤝 { -beistandschaft(form: "long") }

    الوالد الآخر لا يدفع النفقة أو يدفع قليلًا؟ يستطيع { -jugendamt(form: "long") } أن يصبح ممثلًا لطفلكم: يحسب نفقة طفلكم ويطالب بها الوالد الآخر.
    مجانًا. يكفي طلب واحد لدى { -jugendamt }. للأطفال الذين أعمارهم أقل من 18 سنة.

    وأيضًا: { -unterhaltsvorschuss(form: "long") } – ليحصل طفلكم على المال من الآن.

    📍 { -jugendamt } في مدينتكم.
    📄 شهادة الميلاد، معلومات عن الوالد الآخر، أوراق النفقة (وثيقة، رسائل، دفعات).

money-beratungshilfe =
    ⚖️ { -beratungshilfe(form: "long") }

    تحصلون على نصيحة من محامية أو محامٍ. مثلًا عند خلاف على النفقة أو خلاف مع دائرة رسمية. هذا لا يشمل قضية أمام المحكمة.
    للأشخاص الذين دخلهم قليل. تدفعون أنتم فقط { $beratungshilfe_fee }.

    📍 { -amtsgericht(form: "long") } في مكان سكنكم: هناك تحصلون على ورقة الاستشارة (بيراتونغس شاين، Beratungsschein). ثم تذهبون بها إلى المحامية أو المحامي.
    📄 الهوية، إثباتات الدخل (مثلًا { -bescheid } عن { -buergergeld })، كشوف الحساب البنكي، أوراق عن المشكلة.

## الفحص

money-check-ages =
    ✅ الفحص: 5 أسئلة قصيرة.

    كم عمر أطفالكم الذين يعيشون معكم؟
    اكتبوا الأعمار بالأرقام، مثلًا: 2 8
    طفل رضيع عمره أقل من سنة: 0

money-check-ages-error = لم أفهم ذلك. من فضلكم اكتبوا أرقامًا فقط من 0 إلى 26، مثلًا: 2 8

money-check-bg = هل تحصلون على { -buergergeld(form: "long") } من { -jobcenter }؟

money-check-earnings = كم تكسبون أنتم في الشهر – المبلغ الإجمالي (قبل الخصومات)؟
money-earn-none = لا شيء
money-earn-under = أقل من { $kiz_min_income }
money-earn-from = من { $kiz_min_income } إلى { $earnings_band_high }
money-earn-over = أكثر من { $earnings_band_high }

money-check-maintenance = هل يدفع الوالد الآخر نفقة للأطفال؟
money-maint-pays = نعم، بما يكفي وفي الوقت المحدد
money-maint-partly = قليلًا أو بشكل غير منتظم
money-maint-none = لا / لا أعرف

money-check-residence = السؤال الأخير: ما هو وضع إقامتكم؟
money-res-de-eu = جنسية ألمانية أو من الاتحاد الأوروبي
money-res-permit = { -aufenthaltstitel(form: "bare") } مع تصريح عمل
money-res-ukraine = أوكرانيا (حماية حسب § 24)
money-res-asylum = إجراء لجوء أو { -duldung }

money-check-result = ✅ نتيجتكم – تقدير أولي، وليست { -bescheid(form: "long") }. الدائرة المختصة هي التي تقرر.

## أسطر النتيجة: المساعدة والدائرة

money-benefit-kindergeld = { -kindergeld }
money-benefit-kiz = { -kinderzuschlag }
money-benefit-uvg = { -unterhaltsvorschuss }
money-benefit-buergergeld = { -buergergeld }
money-benefit-mehrbedarf = { -mehrbedarf }
money-benefit-wohngeld = { -wohngeld }
money-benefit-but = { -bildung-und-teilhabe }
money-benefit-kita-fees = بدون رسوم { -kita }
money-benefit-elterngeld = { -elterngeld }
money-benefit-tax = { -steuerklasse-2 }
money-benefit-asylblg = { -asylbewerberleistungen }
money-benefit-beistand = { -beistandschaft }
money-benefit-beratungshilfe = { -beratungshilfe }

money-office-familienkasse = { -familienkasse }
money-office-uvg = { -unterhaltsvorschussstelle } في { -jugendamt }
money-office-jobcenter = { -jobcenter }
money-office-wohngeld = { -wohngeldstelle } في البلدية
money-office-but =
    { $buergergeld ->
        [true] { -jobcenter }
       *[other]
            { $residence ->
                [asylum] { -sozialamt }
               *[other] البلدية، قسم { -bildung-und-teilhabe }
            }
    }
money-office-jugendamt = { -jugendamt }
money-office-elterngeld = { -elterngeldstelle }
money-office-finanzamt = { -finanzamt }
money-office-sozialamt = { -sozialamt }
money-office-amtsgericht = { -amtsgericht }

## الأسباب (سطر واحد)

money-kg-reason-age = فقط للأطفال الذين أعمارهم أقل من { $kindergeld_age_max } سنة.
money-kg-reason-asylum = يعتمد على وضع إقامتكم. اسألوا { -familienkasse } أو { -mbe }.
money-kg-reason-adult = حتى { $total } في الشهر ({ $kindergeld } لكل طفل). الأطفال من 18 سنة فقط إذا كانوا في تدريب مهني أو في الدراسة.
money-kg-reason-yes = { $total } في الشهر ({ $kindergeld } لكل طفل).

money-kiz-reason-age = فقط للأطفال الذين أعمارهم أقل من { $kindergeld_age_max } سنة.
money-kiz-reason-switch = مع راتبكم قد يكون { -kinderzuschlag } مع { -wohngeld } أفضل لكم من { -buergergeld }. افحصوا ذلك بأداة «كيتس لوتسه» (KiZ-Lotse) على موقع { -familienkasse }.
money-kiz-reason-bg = لا يُجمع مع { -buergergeld }.
money-kiz-reason-income = يجب أن تكسبوا { $kiz_min_income } إجماليًا على الأقل في الشهر.
money-kiz-reason-asylum = فقط إذا كنتم تحصلون على { -kindergeld }. اسألوا { -familienkasse }.
money-kiz-reason-yes = حتى { $kiz_max } لكل طفل في الشهر (القيمة من { $kiz_max_from }؛ قيمة 2026 غير مؤكدة بعد)، ويُجمع جيدًا مع { -wohngeld }. وأيضًا: { -bildung-und-teilhabe }، وبدون رسوم { -kita }. لمدة { $kiz_months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $kiz_months } أشهر
        [many] { $kiz_months } شهرًا
       *[other] { $kiz_months } شهر
    }.
money-kiz-reason-high = يعتمد على الإيجار والدخل. حتى { $kiz_max } لكل طفل (القيمة من { $kiz_max_from }؛ قيمة 2026 غير مؤكدة بعد).

money-uvg-reason-pays = فقط إذا كان الوالد الآخر لا يدفع شيئًا، أو يدفع قليلًا، أو لا يدفع بانتظام.
money-uvg-reason-age = فقط للأطفال الذين أعمارهم أقل من { $uvg_age_max } سنة.
money-uvg-reason-bg-mixed = للأطفال الذين أعمارهم أقل من 12 سنة: { $total } في الشهر معًا. للأطفال من 12 إلى 17 سنة فقط إذا كنتم تكسبون { $uvg_sgb2_min_income } إجماليًا على الأقل، أو إذا لم تعودوا بعدها بحاجة إلى { -buergergeld }.
money-uvg-reason-bg-teen = مع { -buergergeld }: للأطفال من 12 إلى 17 سنة فقط إذا كنتم تكسبون { $uvg_sgb2_min_income } إجماليًا على الأقل، أو إذا لم تعودوا بعدها بحاجة إلى { -buergergeld }. لكل طفل { $uvg_12_17 }.
money-uvg-reason-yes = { $total } في الشهر معًا، حتى يبلغ الطفل 18 سنة (لكل طفل: من 0 إلى 5 سنوات { $uvg_0_5 }، من 6 إلى 11 سنة { $uvg_6_11 }، من 12 إلى 17 سنة { $uvg_12_17 }).

money-bg-reason-yes = تحصلون عليه. إصلاح { -neue-grundsicherung } قد يكون غيّر القواعد – اسألوا { -jobcenter }.
money-bg-reason-asylum = بدل { -buergergeld }: { -asylbewerberleistungen } من { -sozialamt }.
money-bg-reason-maybe = ربما يحق لكم – مع الإيجار والتدفئة. قد تكون القواعد تغيّرت بسبب الإصلاح: اسألوا { -jobcenter }.

money-mb-reason = { $percent } بالمئة من المبلغ الأساسي: حوالي { $amount } في الشهر. يأتي تلقائيًا – انظروا في { -bescheid }.

money-wg-reason-bg = لا يُجمع مع { -buergergeld }.
money-wg-reason-asylum = يعتمد على وضع إقامتكم. اسألوا { -sozialamt } أو { -mbe }.
money-wg-reason-none = تحتاجون دخلًا خاصًا بكم يكفي للمعيشة.
money-wg-reason-yes = مساعدة في الإيجار. المبلغ يعتمد على الإيجار والدخل وعدد الأشخاص في البيت. يُجمع جيدًا مع { -kinderzuschlag }.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] مع دخل قليل غالبًا لا يكفي { -wohngeld }. اطلبوا أن يُفحص ما هو الأفضل لكم: { -wohngeld } أو { -buergergeld }.
       *[other] يعتمد على الإيجار والدخل وعدد الأشخاص في البيت. اطلبوا أن يُفحص ذلك.
    }

money-but-reason-jobcenter =
    { $school ->
        [0] الغداء والرحلات في { -kita }. النوادي: { $but_clubs } في الشهر. مال مستلزمات المدرسة يأتي مع بداية المدرسة.
       *[other] مستلزمات المدرسة: { $but_school } في السنة الدراسية (القيمة من { $but_school_from }؛ القيمة الجديدة غير مؤكدة بعد)، النوادي: { $but_clubs } في الشهر، الرحلات، وجبة الغداء.
    }
money-but-reason-sozialamt =
    { $school ->
        [0] الغداء والرحلات في { -kita }. النوادي: { $but_clubs } في الشهر. مال مستلزمات المدرسة يأتي مع بداية المدرسة.
       *[other] مستلزمات المدرسة: { $but_school } في السنة الدراسية (القيمة من { $but_school_from }؛ القيمة الجديدة غير مؤكدة بعد)، النوادي: { $but_clubs } في الشهر، الرحلات، وجبة الغداء.
    }
money-but-reason-city =
    { $school ->
        [0] إذا كنتم تحصلون على { -kinderzuschlag } أو { -wohngeld }: مال للغداء والرحلات في { -kita } وللنوادي. الطلب لدى البلدية.
       *[other] إذا كنتم تحصلون على { -kinderzuschlag } أو { -wohngeld }: مستلزمات المدرسة، الرحلات، وجبة الغداء، النوادي. الطلب لدى البلدية.
    }
money-fee-reason-yes = بدون رسوم { -kita } أو { -kindertagespflege } أو { -hort }. يجب أن تقدّموا طلبًا.
money-fee-reason-maybe = إذا كنتم تحصلون على { -kinderzuschlag } أو { -wohngeld }: بدون رسوم { -kita } أو { -kindertagespflege } أو { -hort }.

money-eg-reason-yes = لطفلكم الرضيع: يمكنكم أخذ المدة كلها وحدكم ({ $elterngeld_months ->
        [one] شهر واحد
        [two] شهران
        [few] { $elterngeld_months } أشهر
        [many] { $elterngeld_months } شهرًا
       *[other] { $elterngeld_months } شهر
    }). قدّموا الطلب بسرعة: عن الفترة التي قبل الطلب تحصلون على { $elterngeld_backpay_months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $elterngeld_backpay_months } أشهر
        [many] { $elterngeld_backpay_months } شهرًا
       *[other] { $elterngeld_backpay_months } شهر
    } على الأكثر.
money-eg-reason-bg = مع { -buergergeld } يُحسب دخلًا – لكن يبقى منه حتى { $elterngeld_free } بدون خصم إذا كنتم تعملون قبل الولادة. قدّموا الطلب بسرعة.

money-tax-reason-yes = ضريبة أقل على الراتب: { $total } في السنة تبقى معفاة من الضريبة ({ $entlastung } بالإضافة إلى { $entlastung_more } لكل طفل آخر).
money-tax-reason-small = مع راتب صغير غالبًا لا تدفعون ضريبة على الراتب. يصبح هذا مهمًا عندما تكسبون أكثر.

money-asyl-reason-yes = من { -sozialamt } بدل { -jobcenter }. لشخص بالغ بدون شريك: { $asylblg_single } في الشهر (القيمة من { $asylblg_single_from }؛ قيمة 2026 غير مؤكدة بعد).
money-asyl-reason-ukraine = جئتم بعد 31.03.2025. المخطط: من تموز 2026 يصبح { -sozialamt } مسؤولًا بدل { -jobcenter }، لكن هذا غير مؤكد بعد.
money-beistand-reason = يطالب { -jugendamt } الوالد الآخر بالنفقة – لطفلكم، ومجانًا.
money-bh-reason = نصيحة من محامية أو محامٍ إذا كان دخلكم قليلًا. تدفعون فقط { $beratungshilfe_fee }.

## الخطوات التالية (الملخص)

money-todo-kindergeld = { -familienkasse }: إذا لم تحصلوا على { -kindergeld } بعد: قدّموا الطلب – عبر الإنترنت أو بالبريد. جهّزوا شهادة الميلاد و{ -steuer-id(form: "long") } لكم وللطفل.
money-todo-kg-asylum = { -familienkasse } أو { -mbe }: اسألوا هل يحق لكم مع وضع إقامتكم { -kindergeld } و{ -kinderzuschlag }.
money-todo-kiz = { -familienkasse }: قدّموا طلب { -kinderzuschlag } عبر الإنترنت – كشوف الراتب، عقد الإيجار، إثباتات النفقة.
money-todo-kiz-lotse = { -familienkasse }: افحصوا بأداة «كيتس لوتسه» (KiZ-Lotse) هل { -kinderzuschlag } مع { -wohngeld } أفضل لكم من { -buergergeld }.
money-todo-uvg = { -unterhaltsvorschussstelle } في { -jugendamt }: قدّموا طلب { -unterhaltsvorschuss } – شهادة الميلاد، معلومات عن الوالد الآخر.
money-todo-elterngeld = { -elterngeldstelle }: قدّموا طلب { -elterngeld } بعد الولادة بوقت قصير (عن الفترة التي قبل الطلب: { $elterngeld_backpay_months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $elterngeld_backpay_months } أشهر
        [many] { $elterngeld_backpay_months } شهرًا
       *[other] { $elterngeld_backpay_months } شهر
    } على الأكثر) – شهادة الميلاد، كشوف الراتب.
money-todo-buergergeld = { -jobcenter }: اطلبوا فحص حقكم في { -buergergeld } مع الإيجار والتدفئة، واسألوا عن القواعد الجديدة – الهوية، عقد الإيجار، كشوف الحساب البنكي.
money-todo-mehrbedarf = { -jobcenter }: انظروا هل يوجد اسم { -mehrbedarf } في { -bescheid }. إذا لم يكن موجودًا: اسألوا.
money-todo-wohngeld = { -wohngeldstelle } في البلدية: قدّموا طلب { -wohngeld } – عقد الإيجار، إثباتات الدخل، كشوف الحساب البنكي.
money-todo-asylblg = { -sozialamt }: قدّموا طلب { -asylbewerberleistungen } – خذوا معكم أوراق الإقامة. للمساعدة: { -mbe }.
money-todo-ukraine = اسألوا { -jobcenter }: هل ما زال { -jobcenter } هو المسؤول عنكم، أم أصبح المسؤول الآن { -sozialamt }؟ (إذا وصلتم بعد 31.03.2025.)
money-todo-but = قدّموا طلب { -bildung-und-teilhabe }: لدى { -jobcenter } إذا كنتم تحصلون على { -buergergeld }؛ لدى البلدية مع { -wohngeld } أو { -kinderzuschlag }؛ لدى { -sozialamt } مع { -asylbewerberleistungen }.
money-todo-but-jobcenter = { -jobcenter }: قدّموا طلب { -bildung-und-teilhabe } لمستلزمات المدرسة والرحلات والغداء والنوادي.
money-todo-but-sozialamt = { -sozialamt }: قدّموا طلب { -bildung-und-teilhabe } للأطفال.
money-todo-but-city = البلدية: قدّموا طلب { -bildung-und-teilhabe } بعد الموافقة على { -kinderzuschlag } أو { -wohngeld }.
money-todo-kita-fees = { -jugendamt }: قدّموا طلب الإعفاء من رسوم { -kita } و{ -hort } – خذوا معكم { -bescheid } الحالي.
money-todo-tax = { -finanzamt }: قدّموا طلب { -steuerklasse-2 }، عبر الإنترنت على موقع إلستر (ELSTER) أو بنموذج – جهّزوا { -steuer-id }.
money-todo-beistand = { -jugendamt }: قدّموا طلب { -beistandschaft }، وهو مجاني – شهادة الميلاد، أوراق النفقة.
money-todo-beratungshilfe = { -amtsgericht }: احصلوا على ورقة الاستشارة (Beratungsschein) – خذوا معكم إثباتات الدخل. تدفعون أنتم { $beratungshilfe_fee }.

money-arr-before = حتى 31.03.2025
money-arr-after = من 01.04.2025
money-check-arrival = متى جئتم من أوكرانيا إلى ألمانيا؟
money-opt-outlook = 📅 ماذا سيتغيّر قريبًا؟
money-opt-births-change = ✏️ تغيير أشهر الولادة
money-opt-work-change = ✏️ تغيير جوابي عن العمل
money-todo-kiz-maybe = { -familienkasse }: افحصوا بأداة «كيتس لوتسه» (KiZ-Lotse) هل تحصلون على { -kinderzuschlag }. إذا نعم: قدّموا الطلب عبر الإنترنت.
money-todo-uvg-from-600 = { -jugendamt } ({ -unterhaltsvorschussstelle }): عندما تكسبون { $uvg_sgb2_min_income } إجمالًا على الأقل: قدّموا طلب { -unterhaltsvorschuss } لطفلكم من عمر 12 سنة.
money-todo-wohngeld-maybe = { -wohngeldstelle } في البلدية: اطلبوا فحص هل يناسبكم { -wohngeld }. إذا نعم: قدّموا الطلب – عقد الإيجار وإثباتات الدخل.
money-todo-kita-fees-maybe = { -jugendamt }: عندما تتم الموافقة على { -kinderzuschlag } أو { -wohngeld }: قدّموا طلب الإعفاء من رسوم { -kita } و{ -hort } – خذوا { -bescheid } معكم.
money-todo-beratungshilfe-maybe = { -amtsgericht }: إذا احتجتم إلى استشارة بشأن النفقة: خذوا قسيمة استشارة (Beratungsschein) مع إثباتات دخلكم. تدفعون أنتم { $beratungshilfe_fee } فقط.
money-todo-but-jobcenter-kita = { -jobcenter }: قدّموا طلب { -bildung-und-teilhabe } (الغداء والرحلات في { -kita }، النوادي).
money-todo-einstiegsgeld = { -jobcenter }: قدّموا طلب { -einstiegsgeld } – قبل أول يوم عمل. خذوا عقد العمل أو عرض العمل.
money-todo-payslip = { -familienkasse }: بعد أول كشف راتب افحصوا بأداة KiZ-Lotse هل { -kinderzuschlag } مع { -wohngeld } أفضل لكم من { -buergergeld }.
money-outlook-births =
    📅 ماذا سيتغيّر لكم قريبًا؟
    لذلك أحتاج شهر وسنة ولادة كل طفل.
    مثلًا: 03/2020 08/2016
money-outlook-births-error = لم أفهم ذلك. اكتبوا من فضلكم الشهر/السنة لكل طفل، مثلًا: 03/2020 08/2016
money-outlook-work = هل ستبدؤون عملًا قريبًا – أو ستعملون ساعات أكثر؟
money-outlook = 📅 ما سيتغيّر لكم قريبًا:
money-out-work-einstieg = 💼 قبل أول يوم عمل: قدّموا طلب { -einstiegsgeld } لدى { -jobcenter } (حتى { $einstiegsgeld_months } شهرًا). بعد بدء العمل لم يعد ذلك ممكنًا.
money-out-work-free = 💼 يبقى لكم جزء من الراتب: { $bg_free_base } في الشهر كاملًا، ومن الباقي { $bg_free_rate_1 } إلى { $bg_free_rate_2 } بالمئة. مع طفل يصل ذلك إلى { $bg_free_max_child } إضافية في الشهر.
money-out-work-payslip = 💼 بعد أول كشف راتب: اطلبوا فحص هل { -kinderzuschlag } مع { -wohngeld } أنسب لكم من { -buergergeld }.
money-out-work-uvg = 💼 هل ستكسبون عندها { $uvg_sgb2_min_income } إجمالًا على الأقل؟ عندها يوجد { -unterhaltsvorschuss } لطفلكم من عمر 12 أيضًا: { $uvg_12_17 } في الشهر.
money-out-kita = 📅 من { $date }: لطفلكم حق في مكان في { -kita } أو لدى { -kindertagespflege }. سجّلوه مبكرًا لدى { -jugendamt }.
money-out-work-age = 📅 من { $date }: عمر أصغر أطفالكم { $bg_no_work_age } سنوات. عندها يمكن أن يطلب { -jobcenter } منكم عملًا أو دورة، إذا كانت رعاية الطفل مؤمّنة.
money-out-school = 📅 من { $date }: عمر أحد أطفالكم { $school_age } سنوات. لم يعد يركب الحافلة والقطار مجانًا. لبداية المدرسة: سجّلوه لمكان في { -ganztag }.
money-out-mb = 📅 من { $date }: { -mehrbedarf } { $percent } بالمئة بدل { $percent_before } بالمئة – { $amount } بدل { $amount_before } في الشهر.
money-out-uvg = 📅 من { $date }: { -unterhaltsvorschuss } { $amount } بدل { $amount_before } في الشهر.
money-out-uvg-12 = 📅 من { $date }: عمر طفلكم 12 سنة. مع { -buergergeld } يوجد { -unterhaltsvorschuss } عندها فقط إذا كسبتم { $uvg_sgb2_min_income } إجمالًا على الأقل.
money-out-18 = 📅 من { $date }: عمر أحد أطفالكم 18 سنة. لا { -unterhaltsvorschuss } بعد الآن لهذا الطفل. { -kindergeld } فقط أثناء التدريب المهني أو الدراسة (حتى { $kindergeld_age_max }).
money-out-kiz = 📅 { $date }: حان وقت طلب جديد على { -kinderzuschlag }. يسري { $kiz_months } أشهر – محسوبة من طلب في هذا الشهر.
