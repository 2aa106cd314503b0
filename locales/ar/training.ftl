# Training and work. Numbers come from dialogs/figures.toml. (Arabic)

train-title = التدريب المهني والعمل

train-start =
    🎓 التدريب المهني والعمل

    أول جهة تتواصلون معها: BCA في Jobcenter (Beauftragte für Chancengleichheit am Arbeitsmarkt – مسؤولة تكافؤ الفرص في سوق العمل). هي موجودة خصوصًا لمن يربّي أطفاله وحده.
    إذا لم تحصلوا على Bürgergeld: Agentur für Arbeit (وكالة العمل).

    ماذا يهمكم؟

train-opt-german = 🗣️ تعلّم الألمانية أولًا
train-opt-parttime = 🧰 تدريب مهني بدوام جزئي
train-opt-retraining = 🔄 إعادة التأهيل (Umschulung)
train-opt-avgs = 🤝 توجيه مهني (Coaching)
train-opt-recognition = 📜 شهادة من الخارج
train-opt-bsk = 🗣️ الألمانية للعمل
train-opt-licence = 🚗 رخصة القيادة

train-german =
    🗣️ Integrationskurs (دورة الاندماج، BAMF)

    • { $ik_hours ->
        [few] { $ik_hours } حصص
       *[other] { $ik_hours } حصة
    } دراسية في الألمانية والتوجيه. دورات للأهل أو للنساء: { $ik_hours_parents ->
        [few] { $ik_hours_parents } حصص
       *[other] { $ik_hours_parents } حصة
    }، بعضها مع رعاية أطفال (من { $ik_care_age_min } إلى { $ik_care_age_max } سنوات).
    • التكلفة: { $ik_fee_lesson } للحصة الواحدة. مجانًا مع Bürgergeld.
    • منذ شباط 2026 ربما لم يعد BAMF يقبل من يريد المشاركة طوعًا (غير مؤكد بعد).

    📍 التسجيل عن طريق Jobcenter (مع Bürgergeld) أو لدى BAMF (المكتب الاتحادي للهجرة). للمساعدة: Migrationsberatung (MBE، استشارة المهاجرين، من سن { $mbe_age_min }) أو Jugendmigrationsdienst (JMD، خدمة هجرة الشباب، من سن { $jmd_age_min } إلى { $jmd_age_max }).

train-bsk =
    🗣️ Berufssprachkurs (دورة الألمانية للعمل)

    لكل من لديه ألمانية بمستوى B1 أو أعلى. المستويات: B1 → B2، B2 → C1، C1 → C2.
    مجانًا إذا كان دخلكم الخاضع للضريبة أقل من { $bsk_income_limit } في السنة.

    📍 الموافقة (Zulassung): من Jobcenter أو Agentur für Arbeit (وكالة العمل). إذا كنتم تعملون: مباشرة من BAMF.
    📄 آخر شهادة لغة لديكم (مثلًا B1).

train-parttime =
    🧰 تدريب مهني (Ausbildung) بدوام جزئي (§ 7a BBiG)

    تدريب مهني عادي – لكن بساعات أقل:
    • وقت عمل أقل حتى { $tza_max_cut }%
    • لذلك يستمر مدة أطول (على الأكثر مرة ونصف)
    • يجب أن توافق الشركة
    • قد يكون راتب التدريب أقل بنفس النسبة

    📍 تساعدكم BCA في Jobcenter أو الإرشاد المهني (Berufsberatung) في Agentur für Arbeit (وكالة العمل) على إيجاد شركة.
    🧸 نظّموا رعاية الأطفال مبكرًا – Kita أو Ganztag (المدرسة طوال اليوم).

train-retraining =
    🔄 Umschulung (إعادة التأهيل المهني) مع Bildungsgutschein (قسيمة التدريب)

    مهنة جديدة مع شهادة – ممكنة أيضًا بدوام جزئي.
    يعطي Jobcenter أو Agentur für Arbeit قسيمة Bildungsgutschein. لا يوجد حق ثابت (القرار حسب التقدير) – الأسباب الجيدة تساعد.

    💶 بالإضافة إلى ذلك:
    • Weiterbildungsgeld (مبلغ التدريب): { $wb_geld } في الشهر
    • مكافأة: { $wb_bonus_mid } لامتحان منتصف التدريب، { $wb_bonus_final } للامتحان النهائي
    • رعاية الأطفال: { $care_cost_training } لكل طفل في الشهر

    📍 لدى BCA في Jobcenter أو لدى Agentur für Arbeit.
    📄 السيرة الذاتية، الشهادات، فكرتكم عن المهنة.

train-avgs =
    🤝 توجيه مهني (Coaching) مع AVGS (Aktivierungs- und Vermittlungsgutschein – قسيمة التنشيط والتوظيف)

    مستشارة أو مستشار يساعدكم في الطريق إلى العمل: طلبات التوظيف، البحث عن وظيفة، خطة للعائلة والعمل.
    • مجاني لكم.
    • يمكن دفع تكاليف المواصلات ورعاية الأطفال.

    📍 اسألوا Jobcenter (BCA) أو Agentur für Arbeit (وكالة العمل) عن AVGS. بعدها تختارون جهة تقدّم الخدمة.

train-recognition =
    📜 الاعتراف بشهادة من الخارج

    يحق لكم طلب الاعتراف بشهادتكم – مهما كان وضع إقامتكم.
    1. أداة Anerkennungs-Finder (البحث عن جهة الاعتراف): تُظهر الجهة المسؤولة – www.anerkennung-in-deutschland.de
    2. استشارة IQ-Beratung (شبكة IQ): نصائح مجانية حول الاعتراف.
    3. التكاليف: قد يساعد Anerkennungszuschuss (منحة الاعتراف). اسألوا أيضًا Jobcenter أو Agentur.

    📄 الشهادات، الدبلومات، إثباتات الخبرة المهنية.

## Next steps

train-todo-bca = لدى Jobcenter: احجزوا موعدًا مع BCA (مسؤولة تكافؤ الفرص). بدون Bürgergeld: Agentur für Arbeit.
train-todo-ik = دورة Integrationskurs: سجّلوا لدى Jobcenter أو BAMF واسألوا عن دورة مع رعاية أطفال. للمساعدة: MBE أو JMD.
train-todo-bsk = دورة Berufssprachkurs: احصلوا على الموافقة من Jobcenter أو Agentur أو (إذا كنتم تعملون) من BAMF.
train-todo-parttime = لدى BCA أو الإرشاد المهني: تحدّثوا عن التدريب المهني بدوام جزئي – خذوا معكم السيرة الذاتية والشهادات.
train-todo-retraining = لدى BCA في Jobcenter أو Agentur: قدّموا طلب Bildungsgutschein لإعادة التأهيل (ممكن أيضًا بدوام جزئي).
train-todo-avgs = لدى Jobcenter أو Agentur: اسألوا عن AVGS للتوجيه المهني – واطلبوا معه تكاليف المواصلات والرعاية.
train-todo-recognition = استخدموا Anerkennungs-Finder وتواصلوا مع IQ-Beratung – جهّزوا شهاداتكم.
