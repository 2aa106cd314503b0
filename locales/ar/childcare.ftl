# Childcare. Numbers and age limits come from dialogs/figures.toml. (Arabic)

cc-title = رعاية الأطفال

cc-start = 🧸 رعاية الأطفال. ماذا تحتاجون؟

cc-opt-place = 🧸 Kita أو مربية نهارية
cc-opt-ganztag = 🏫 الابتدائية طوال اليوم
cc-opt-offhours = ⏰ دوام مبكر أو متأخر
cc-opt-sick = 🤒 مرض أو حالة طارئة
cc-opt-fees = 💶 بدون رسوم Kita
cc-opt-training = 🎓 رعاية أثناء التدريب
cc-opt-how = 📝 طريقة التسجيل
cc-opt-to-training = 🎓 التدريب المهني والعمل
cc-opt-elterngeld = 🍼 Elterngeld (إعانة الوالدين)
cc-opt-school-ticket = 🚸 طريق المدرسة
cc-opt-sick-child = 🤒 طفلي مريض
cc-opt-sick-parent = 🤕 أنا مريض/ة أو بالمستشفى

## A place in Kita or Kindertagespflege

cc-place-age = كم عمر الطفل الذي يحتاج مكانًا؟
cc-age-under1 =
    { $kita_right_age ->
        [one] أقل من سنة
       *[other] تحت سن { $kita_right_age }
    }
cc-age-1-2 = سنة أو سنتان
cc-age-3-school = من 3 سنوات حتى المدرسة
cc-age-school = طفل في المدرسة

cc-place-under1 =
    👶 { $kita_right_age ->
        [one] عمر طفلكم أقل من سنة
       *[other] طفلكم تحت سن { $kita_right_age }
    }.

    يوجد حق في مكان (في Kita أو عند مربية نهارية) الآن فقط إذا كنتم
    • تعملون،
    • تبحثون عن عمل،
    • تقومون بتدريب مهني، أو
    • تشاركون في برنامج من Jobcenter.
    { $kita_right_age ->
        [one] ابتداءً من عيد الميلاد الأول
       *[other] ابتداءً من سن { $kita_right_age }
    } يحق لكل طفل الحصول على مكان.

    📍 لدى Jugendamt (مكتب رعاية الأطفال والشباب) في مدينتكم. سجّلوا طفلكم مبكرًا – في NRW قبل { $kita_notice_months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $kita_notice_months } أشهر
        [many] { $kita_notice_months } شهرًا
       *[other] { $kita_notice_months } شهر
    } على الأقل.
    📄 إثبات العمل أو البحث عن عمل أو التدريب المهني.

cc-place-right =
    ✅ لطفلكم حق في مكان رعاية – حتى لو كنتم لا تعملون.
    هذا يبدأ { $kita_right_age ->
        [one] من عمر سنة
       *[other] من سن { $kita_right_age }
    }: في Kita (حضانة أو روضة) أو عند مربية أو مربٍّ نهاري (Kindertagespflege).

    📍 لدى Jugendamt (مكتب رعاية الأطفال والشباب) في مدينتكم. في NRW: أخبروهم قبل { $kita_notice_months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $kita_notice_months } أشهر
        [many] { $kita_notice_months } شهرًا
       *[other] { $kita_notice_months } شهر
    } على الأقل.

    💡 سجّلوا في أكثر من Kita، واسألوا Jugendamt أيضًا عن مربية نهارية.

cc-place-how =
    📝 هكذا تحصلون على مكان:

    1. التسجيل: في البوابة الإلكترونية لمدينتكم (غالبًا «Kita-Navigator») أو لدى Jugendamt (مكتب رعاية الأطفال والشباب). الأفضل في أكثر من Kita.
    2. مربية أو مربٍّ نهاري (Tagesmutter / Tagesvater): يؤمّنها Jugendamt.
    3. سجّلوا مبكرًا: في NRW قبل { $kita_notice_months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $kita_notice_months } أشهر
        [many] { $kita_notice_months } شهرًا
       *[other] { $kita_notice_months } شهر
    } على الأقل.
    4. لم يُعرض عليكم مكان؟ اكتبوا إلى Jugendamt: „Ich beantrage einen Betreuungsplatz für mein Kind ab (Datum).“ (أطلب مكان رعاية لطفلي ابتداءً من (التاريخ).) احتفظوا بنسخة.

    📄 شهادة الميلاد، الهوية. لطفل { $kita_right_age ->
        [one] عمره أقل من سنة
       *[other] تحت سن { $kita_right_age }
    }: إثبات العمل أو التدريب المهني أو البحث عن عمل.

## All-day primary school

cc-ganztag =
    🏫 Ganztag (المدرسة الابتدائية طوال اليوم)

    منذ { $ganztag_grade_from } يوجد حق في مكان طوال اليوم { $ganztag_grade ->
        [1] للصف الأول
       *[other] للصفوف من 1 إلى { $ganztag_grade }
    }. كل سنة يُضاف صف، حتى الصف الرابع.
    يعني ذلك: { $ganztag_hours ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $ganztag_hours } ساعات
       *[other] { $ganztag_hours } ساعة
    } في اليوم، من الاثنين إلى الجمعة – وأيضًا في العطل. أيام الإغلاق في السنة: { $ganztag_closing_days } على الأكثر.

    📍 سجّلوا في Ganztag (في NRW اسمه OGS) لدى المدرسة الابتدائية – الأفضل مع تسجيل المدرسة. للأسئلة: المدرسة أو Jugendamt (مكتب رعاية الأطفال والشباب).
    💶 الرسوم: مع Bürgergeld أو Wohngeld أو Kinderzuschlag يوجد غالبًا إعفاء.

## Early and late shifts

cc-offhours =
    ⏰ دوام مبكر أو متأخر

    هل Kita مغلقة وقت عملكم؟ غالبًا تساعد مربية أو مربٍّ نهاري (Kindertagespflege) إضافةً إليها في الساعات المبكرة والمتأخرة.
    يؤمّن ذلك Jugendamt (مكتب رعاية الأطفال والشباب). ليست كل مدينة تدفع ذلك – اسألوا رغم ذلك.

    📍 لدى Jugendamt في مدينتكم.
    📄 ورقة من صاحب العمل فيها أوقات عملكم، أو جدول دوامكم.

    💡 تساعد أيضًا BCA (مسؤولة تكافؤ الفرص) في Jobcenter من يربّي أطفاله وحده على تنظيم العمل ورعاية الأطفال.

## Illness and emergency

cc-sick = من المريض؟

cc-sick-child =
    🤒 طفلكم مريض ويجب أن تبقوا في البيت؟

    مبلغ Kinderkrankengeld (تعويض عند مرض الطفل) من Krankenkasse (التأمين الصحي): لمن يربّي أطفاله وحده { $kkg_days_single ->
        [one] يوم عمل واحد
        [two] يوما عمل
        [few] { $kkg_days_single } أيام عمل
       *[other] { $kkg_days_single } يوم عمل
    } لكل طفل في السنة، وعلى الأكثر { $kkg_days_single_max ->
        [one] يوم واحد
        [two] يومان
        [few] { $kkg_days_single_max } أيام
        [many] { $kkg_days_single_max } يومًا
       *[other] { $kkg_days_single_max } يوم
    } بالمجموع (القيمة من { $kkg_days_single_from }).

    هكذا تتصرفون:
    1. طبيب الأطفال: احصلوا على شهادة «Kind krank» (الطفل مريض).
    2. أخبروا صاحب العمل فورًا.
    3. أعطوا الشهادة لـ Krankenkasse.

    📍 لدى Krankenkasse الخاصة بكم.

cc-sick-parent =
    🤕 أصابكم المرض أو يجب أن تدخلوا المستشفى؟

    1. Haushaltshilfe (مساعدة منزلية): يأتي شخص ويعتني بالبيت والأطفال – إذا كان يعيش معكم طفل تحت سن { $haushaltshilfe_age }. يجب أن يصفها الطبيب أو الطبيبة.
    📍 لدى Krankenkasse (التأمين الصحي) – مع الوصفة الطبية.

    2. لا يكفي ذلك؟ يساعد Jugendamt (مكتب رعاية الأطفال والشباب) في الحالات الطارئة في رعاية الأطفال تحت سن { $emergency_care_age }.
    📍 لدى Jugendamt في مدينتكم.

    🆘 خطر حاد: 110 أو 112.

## Childcare during training

cc-training =
    🎓 رعاية الأطفال أثناء التدريب المهني أو Umschulung (إعادة التأهيل المهني)

    • التكاليف: يدفع Jobcenter أو Agentur für Arbeit (وكالة العمل) { $care_cost_training } لكل طفل في الشهر للرعاية.
    • التوجيه المهني (Coaching) مع AVGS (قسيمة من Jobcenter): يمكن دفع تكاليف المواصلات والرعاية.
    • دورة الألمانية: Integrationskurs (دورة الاندماج) للأهل، بعضها مع رعاية أطفال (من { $ik_care_age_min } إلى { $ik_care_age_max } سنوات).
    • المكان: من يقوم بتدريب مهني، له أيضًا حق في مكان لطفل { $kita_right_age ->
        [one] عمره أقل من سنة
       *[other] تحت سن { $kita_right_age }
    }.

    📍 لدى BCA (مسؤولة تكافؤ الفرص) في Jobcenter أو لدى Agentur für Arbeit – اسألوا قبل البدء.

## Next steps

cc-todo-register = لدى Jugendamt أو بوابة Kita الإلكترونية في المدينة: سجّلوا طفلكم في Kita أو عند مربية نهارية – في NRW قبل { $kita_notice_months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $kita_notice_months } أشهر
        [many] { $kita_notice_months } شهرًا
       *[other] { $kita_notice_months } شهر
    }.
cc-todo-register-under1 = لطفل { $kita_right_age ->
        [one] عمره أقل من سنة
       *[other] تحت سن { $kita_right_age }
    }: خذوا معكم إثبات العمل أو التدريب المهني أو البحث عن عمل.
cc-todo-ganztag = لدى المدرسة الابتدائية: سجّلوا في مكان Ganztag (OGS، طوال اليوم) – الأفضل مع تسجيل المدرسة.
cc-todo-offhours = لدى Jugendamt: اطلبوا مربية نهارية للدوام المبكر أو المتأخر – خذوا معكم جدول الدوام أو ورقة من صاحب العمل.
cc-todo-kkg = طفل مريض: احصلوا على شهادة من طبيب الأطفال، أخبروا صاحب العمل، أعطوا الشهادة لـ Krankenkasse (التأمين الصحي).
cc-todo-haushaltshilfe = لدى Krankenkasse: قدّموا طلب Haushaltshilfe (مساعدة منزلية) – خذوا معكم وصفة الطبيب.
cc-todo-emergency-care = إذا لم تكفِ Haushaltshilfe: اطلبوا من Jugendamt المساعدة في رعاية الأطفال.
cc-todo-training-care = لدى Jobcenter أو Agentur für Arbeit: قدّموا طلب تكاليف رعاية الأطفال أثناء التدريب المهني أو Umschulung – قبل البدء.
