# رعاية الأطفال. الأرقام وحدود الأعمار تأتي من dialogs/figures.toml.

cc-title = رعاية الأطفال

cc-start = 🧸 رعاية الأطفال. ماذا تحتاجون؟

cc-opt-place = 🧸 { -kita } أو مربية نهارية
cc-opt-ganztag = 🏫 المدرسة الابتدائية طوال اليوم
cc-opt-offhours = ⏰ دوام مبكر أو متأخر
cc-opt-sick = 🤒 مرض أو حالة طارئة
cc-opt-fees = 💶 بدون رسوم { -kita }
cc-opt-training = 🎓 رعاية الأطفال أثناء التدريب
cc-opt-how = 📝 كيف أسجّل طفلي؟
cc-opt-to-training = 🎓 التدريب المهني والعمل
cc-opt-elterngeld = 🍼 { -elterngeld }
cc-opt-school-ticket = 🚸 طريق المدرسة
cc-opt-sick-child = 🤒 طفلي مريض
cc-opt-sick-parent = 🤕 أنا مريض/ة أو في المستشفى

## مكان في الكيتا أو عند مربية نهارية

cc-place-age = كم عمر الطفل الذي يحتاج مكانًا؟
cc-age-under1 =
    { $kita_right_age ->
        [one] أقل من سنة
       *[other] أقل من { $kita_right_age } سنوات
    }
cc-age-1-2 = سنة أو سنتان
cc-age-3-school = من 3 سنوات حتى دخول المدرسة
cc-age-school = طفل في المدرسة

cc-place-under1 =
    👶 { $kita_right_age ->
        [one] عمر طفلكم أقل من سنة.
       *[other] عمر طفلكم أقل من { $kita_right_age } سنوات.
    }

    في هذا العمر يوجد حق في مكان (في { -kita(form: "long") } أو عند مربية نهارية، { -kindertagespflege }) فقط إذا كنتم
    • تعملون،
    • تبحثون عن عمل،
    • في تدريب مهني، أو
    • تشاركون في برنامج من { -jobcenter } (مثلًا دورة).
    { $kita_right_age ->
        [one] ابتداءً من عمر سنة
       *[other] ابتداءً من عمر { $kita_right_age } سنوات
    } يحق لكل طفل الحصول على مكان.

    📍 { -jugendamt(form: "long") } في مدينتكم. سجّلوا طفلكم مبكرًا.
    📄 إثبات العمل أو البحث عن عمل أو التدريب المهني.

cc-place-right =
    ✅ لطفلكم حق في مكان رعاية – حتى لو كنتم لا تعملون.
    هذا الحق يبدأ { $kita_right_age ->
        [one] من عمر سنة
       *[other] من عمر { $kita_right_age } سنوات
    }: في { -kita(form: "long") } أو عند { -tagesmutter(form: "long") } – واسمها الرسمي { -kindertagespflege }.

    📍 { -jugendamt(form: "long") } في مدينتكم. سجّلوا طفلكم مبكرًا.

    💡 سجّلوا طفلكم في عدة حضانات، لا في واحدة فقط، واسألوا { -jugendamt } أيضًا عن مربية نهارية.

cc-place-how =
    📝 هكذا تحصلون على مكان:

    1. التسجيل: في الموقع الإلكتروني لمدينتكم (غالبًا اسمه «كيتا نافيغاتور»، Kita-Navigator) أو لدى { -jugendamt(form: "long") }. الأفضل أن تسجّلوا في عدة حضانات.
    2. { -tagesmutter(form: "long") }: يبحث لكم { -jugendamt } عنها.
    3. سجّلوا مبكرًا: في { -nrw(form: "long") } قبل { $kita_notice_months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $kita_notice_months } أشهر
        [many] { $kita_notice_months } شهرًا
       *[other] { $kita_notice_months } شهر
    } على الأقل.
    4. لم يُعرض عليكم مكان؟ اكتبوا إلى { -jugendamt } هذه الجملة: «Ich beantrage einen Betreuungsplatz für mein Kind ab (Datum).» ومعناها: «أطلب مكان رعاية لطفلي ابتداءً من (التاريخ).» احتفظوا بنسخة من الرسالة.

    📄 شهادة الميلاد، الهوية. لطفل { $kita_right_age ->
        [one] عمره أقل من سنة
       *[other] عمره أقل من { $kita_right_age } سنوات
    }: إثبات العمل أو التدريب المهني أو البحث عن عمل.

## المدرسة الابتدائية طوال اليوم

cc-ganztag =
    🏫 { -ganztag(form: "long") } في المدرسة الابتدائية

    منذ { $ganztag_grade_from } يوجد حق في مكان طوال اليوم { $ganztag_grade ->
        [1] للصف الأول
       *[other] للصفوف من 1 إلى { $ganztag_grade }
    }. كل سنة يُضاف صف، حتى الصف الرابع.
    يعني ذلك: { $ganztag_hours ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $ganztag_hours } ساعات
       *[other] { $ganztag_hours } ساعة
    } في اليوم، من الاثنين إلى الجمعة – وأيضًا في العطل المدرسية. أيام الإغلاق في السنة: { $ganztag_closing_days } على الأكثر.

    📍 سجّلوا طفلكم في { -ganztag } لدى المدرسة الابتدائية – الأفضل مع تسجيل المدرسة. في { -nrw(form: "long") } اسمه { -ogs(form: "long") }. للأسئلة: المدرسة أو { -jugendamt(form: "long") }.
    💶 الرسوم: مع { -buergergeld } أو { -wohngeld } أو { -kinderzuschlag } يوجد غالبًا إعفاء.

## الدوام المبكر والمتأخر

cc-offhours =
    ⏰ دوام مبكر أو متأخر

    هل { -kita(form: "long") } مغلقة وقت عملكم؟ غالبًا تساعد { -kindertagespflege(form: "long") } إضافةً إليها في الساعات المبكرة والمتأخرة.
    يبحث لكم { -jugendamt(form: "long") } عن مربية. ليست كل مدينة تدفع تكاليف ذلك – اسألوا رغم ذلك.

    📍 { -jugendamt } في مدينتكم.
    📄 ورقة من صاحب العمل فيها أوقات عملكم، أو جدول دوامكم.

    💡 تساعد أيضًا { -bca(form: "long") } في { -jobcenter } من يربّي أطفاله وحده على تنظيم العمل ورعاية الأطفال.

## المرض والحالات الطارئة

cc-sick = من المريض؟

cc-sick-child =
    🤒 طفلكم مريض ويجب أن تبقوا في البيت؟

    { -kinderkrankengeld(form: "long") } من { -krankenkasse(form: "long") }: لمن يربّي أطفاله وحده { $kkg_days_single ->
        [one] يوم عمل واحد
        [two] يوما عمل
        [few] { $kkg_days_single } أيام عمل
       *[other] { $kkg_days_single } يوم عمل
    } لكل طفل في السنة، و{ $kkg_days_single_max ->
        [one] يوم واحد
        [two] يومان
        [few] { $kkg_days_single_max } أيام
        [many] { $kkg_days_single_max } يومًا
       *[other] { $kkg_days_single_max } يوم
    } على الأكثر لكل الأطفال معًا (القيمة من { $kkg_days_single_from }).

    هكذا تتصرفون:
    1. طبيب الأطفال: احصلوا على شهادة مرض الطفل (بالألمانية: «Kind krank»).
    2. أخبروا صاحب العمل فورًا.
    3. أعطوا الشهادة إلى { -krankenkasse }.

    📍 { -krankenkasse } الخاصة بكم.

cc-sick-parent =
    🤕 أنتم مرضى أو يجب أن تدخلوا المستشفى؟

    1. { -haushaltshilfe(form: "long") }: يأتي شخص ويعتني بالبيت والأطفال – إذا كان يعيش معكم طفل عمره أقل من { $haushaltshilfe_age } سنة. يجب أن يصفها الطبيب أو الطبيبة.
    📍 { -krankenkasse(form: "long") } – مع الوصفة الطبية.

    2. لا يكفي ذلك؟ يساعد { -jugendamt(form: "long") } في الحالات الطارئة في رعاية الأطفال الذين أعمارهم أقل من { $emergency_care_age } سنة.
    📍 { -jugendamt } في مدينتكم.

    🆘 خطر مباشر: 110 أو 112.

## رعاية الأطفال أثناء التدريب

cc-training =
    🎓 رعاية الأطفال أثناء التدريب المهني أو { -umschulung(form: "long") }

    • التكاليف: يدفع { -jobcenter } أو { -agentur-fuer-arbeit(form: "long") } { $care_cost_training } لكل طفل في الشهر للرعاية.
    • التوجيه المهني مع { -avgs(form: "long") }: يمكن دفع تكاليف المواصلات والرعاية.
    • دورة الألمانية: { -integrationskurs(form: "long") } للأهل، بعضها مع رعاية أطفال (من { $ik_care_age_min } إلى { $ik_care_age_max } سنوات).
    • مكان في الكيتا: من يقوم بتدريب مهني له حق في مكان، حتى لطفل { $kita_right_age ->
        [one] عمره أقل من سنة
       *[other] عمره أقل من { $kita_right_age } سنوات
    }.

    📍 { -bca(form: "long") } في { -jobcenter } أو { -agentur-fuer-arbeit } – اسألوا قبل البدء.

## الخطوات التالية

cc-todo-register = { -jugendamt } أو موقع الكيتا الإلكتروني في المدينة: سجّلوا طفلكم في { -kita } أو عند مربية نهارية – في { -nrw } قبل { $kita_notice_months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $kita_notice_months } أشهر
        [many] { $kita_notice_months } شهرًا
       *[other] { $kita_notice_months } شهر
    }.
cc-todo-register-under1 = لطفل { $kita_right_age ->
        [one] عمره أقل من سنة
       *[other] عمره أقل من { $kita_right_age } سنوات
    }: خذوا معكم إثبات العمل أو التدريب المهني أو البحث عن عمل.
cc-todo-ganztag = المدرسة الابتدائية: سجّلوا طفلكم في مكان طوال اليوم، أي { -ogs } – الأفضل مع تسجيل المدرسة.
cc-todo-offhours = { -jugendamt }: اطلبوا { -kindertagespflege } للدوام المبكر أو المتأخر – خذوا معكم جدول الدوام أو ورقة من صاحب العمل.
cc-todo-kkg = طفل مريض: احصلوا على شهادة من طبيب الأطفال، أخبروا صاحب العمل، أعطوا الشهادة إلى { -krankenkasse }.
cc-todo-haushaltshilfe = { -krankenkasse }: قدّموا طلب { -haushaltshilfe } – خذوا معكم وصفة الطبيب.
cc-todo-emergency-care = إذا لم تكفِ { -haushaltshilfe }: اطلبوا من { -jugendamt } المساعدة في رعاية الأطفال.
cc-todo-training-care = { -jobcenter } أو { -agentur-fuer-arbeit }: قدّموا طلب تكاليف رعاية الأطفال أثناء التدريب المهني أو { -umschulung } – قبل البدء.

cc-opt-change-age = ✏️ عمر الطفل: { $child_age ->
        [0] أقل من سنة
       *[other] { $child_age }
    } – تغيير
## قواعد كل ولاية (land: NW، BE، NI)

cc-place-how-be =
    📝 كيف تحصل على مكان في برلين:

    1. اطلب { -kita-gutschein } من { -jugendamt }: قبل البداية بـ { $be_kita_apply_months_max } إلى { $be_kita_apply_months_min } أشهر. يمكن ذلك عبر الإنترنت أيضًا.
    2. بهذه القسيمة سجّل طفلك في { -kita }. اسأل في عدة أماكن.
    3. من عمر { $kita_right_age }: حتى { $be_kita_hours } ساعات يوميًا دون إثبات. لساعات أكثر تحتاج إلى إثبات، مثلًا من صاحب العمل.

    📄 شهادة الميلاد، الهوية، شهادة تسجيل السكن (Meldebescheinigung).

cc-place-how-ni =
    📝 كيف تحصل على مكان في مقاطعة كلوبنبورغ:

    1. دور { -kita } تابعة لبلدتك (Gemeinde). سجّل طفلك عبر الإنترنت في بوابة “Little Bird”.
    2. ⏰ حتى 31 يناير – لمكان يبدأ في 1 أغسطس. يمكنك اختيار حتى 3 رغبات.
    3. لم تحصل على مكان؟ الحق في المكان يكون تجاه المقاطعة (Landkreis). اكتب إلى { -jugendamt } في مبنى المقاطعة.

    📄 شهادة الميلاد، الهوية.

cc-ganztag-be =
    🏫 الرعاية طوال اليوم في المدرسة الابتدائية في برلين

    كل المدارس الابتدائية مدارس يوم كامل. الرعاية قبل الدروس وبعدها اسمها eFöB ({ -hort }).
    • من الصف 1 إلى الصف { $be_efoeb_free_grade }: مجانًا، دون إثبات، من 7:30 إلى 16:00.
    • من الصف 4 تقدّم الطلب من جديد.
    • الغداء: مجاني حتى الصف { $be_lunch_free_grade }.

    📍 { -jugendamt }: قدّم الطلب قبل { $be_efoeb_notice_months } أشهر على الأقل – والأفضل مع تسجيل المدرسة.

cc-ganztag-ni =
    🏫 الرعاية طوال اليوم في المدرسة الابتدائية في ولاية سكسونيا السفلى

    ابتداءً من { $ni_ganztag_grade_from } يوجد حق في مكان في مدرسة اليوم الكامل (Ganztagsschule) – أولًا للصف 1، ثم صف إضافي كل سنة.
    أي { $ganztag_hours } ساعات يوميًا من الاثنين إلى الجمعة. مغلقة في العطل { $ni_ganztag_closed_weeks } أسابيع على الأكثر.
    “المدرسة الابتدائية الموثوقة” (Verlässliche Grundschule) ترعى الأطفال { $ni_vgs_hours } ساعات يوميًا على الأقل.
    💶 مدرسة اليوم الكامل مجانية في الغالب. الغداء بتكلفة إضافية. قد يأخذ { -hort } رسومًا.

    📍 اسأل عن الرعاية طوال اليوم عند تسجيل طفلك في المدرسة.

cc-todo-register-be = { -jugendamt }: اطلب { -kita-gutschein } – قبل البداية بـ { $be_kita_apply_months_max } إلى { $be_kita_apply_months_min } أشهر.
cc-todo-register-ni = البلدة: سجّل طفلك عبر “Little Bird” في { -kita } أو الحضانة (Krippe) – حتى 31 يناير.
cc-todo-ganztag-be = { -jugendamt }: اطلب eFöB ({ -hort }) – قبل { $be_efoeb_notice_months } أشهر على الأقل، مع تسجيل المدرسة.
cc-todo-ganztag-ni = المدرسة الابتدائية: اسأل عن مكان في مدرسة اليوم الكامل عند التسجيل.

cc-opt-fee-waiver = 💶 بلا رسوم مع المساعدات

cc-fees-nw =
    🧸 رسوم { -kita } في { -nrw(form: "long") }

    آخر { $nw_kita_free_years ->
        [two] سنتين
       *[other] { $nw_kita_free_years } سنوات
    } في { -kita } قبل المدرسة مجانية. هل يبلغ طفلك 4 سنوات حتى 30 سبتمبر؟ عندها لا تدفع شيئًا من أغسطس حتى المدرسة.
    للأطفال الأصغر تتعلق الرسوم بدخلك. البلدية تحددها.
    مع { -buergergeld } أو { -sozialhilfe } أو { -kinderzuschlag } أو { -wohngeld } لا تدفع رسومًا.

cc-fees-be =
    🧸 رسوم { -kita } في برلين

    { -kita } في برلين مجانية لكل الأطفال.
    تدفع فقط حصة من ثمن الغداء. ويمكن أن يتحملها { -bildung-und-teilhabe } أيضًا.

cc-fees-ni =
    🧸 رسوم { -kita } في سكسونيا السفلى

    الروضة مجانية: من الشهر الذي يبلغ فيه طفلك { $ni_kita_free_age } سنوات حتى المدرسة، حتى { $ni_kita_free_hours } ساعات يوميًا، 5 أيام في الأسبوع.
    الحضانة (Krippe، تحت { $ni_kita_free_age } سنوات) و{ -hort } برسوم. تتعلق الرسوم بدخلك. ويمكن أن يتحملها { -jugendamt }.
    الطعام بتكلفة إضافية.
