# التدريب المهني والعمل. الأرقام تأتي من dialogs/figures.toml.

train-title = التدريب المهني والعمل

train-start =
    🎓 التدريب المهني والعمل

    أول جهة تتواصلون معها: { -bca(form: "long") } في { -jobcenter(form: "long") }. هي موجودة خصوصًا لمن يربّي أطفاله وحده.
    إذا لم تحصلوا على { -buergergeld(form: "long") }: { -agentur-fuer-arbeit(form: "long") }.

    ماذا يهمكم؟

train-opt-german = 🗣️ تعلّم الألمانية أولًا
train-opt-parttime = 🧰 تدريب مهني بدوام جزئي
train-opt-retraining = 🔄 { -umschulung }
train-opt-avgs = 🤝 توجيه مهني للعمل
train-opt-recognition = 📜 شهادة من الخارج
train-opt-bsk = 🗣️ الألمانية للعمل
train-opt-licence = 🚗 رخصة القيادة

train-german =
    🗣️ { -integrationskurs(form: "long") }

    • { $ik_hours ->
        [few] { $ik_hours } حصص
       *[other] { $ik_hours } حصة
    } دراسية في اللغة الألمانية والتعرّف على الحياة في ألمانيا. دورات للأهل أو للنساء: { $ik_hours_parents ->
        [few] { $ik_hours_parents } حصص
       *[other] { $ik_hours_parents } حصة
    }، بعضها مع رعاية أطفال (من { $ik_care_age_min } إلى { $ik_care_age_max } سنوات).
    • التكلفة: { $ik_fee_lesson } للحصة الواحدة. مجانًا إذا كنتم تحصلون على { -buergergeld }.
    • منذ شباط 2026 ربما لم يعد { -bamf(form: "long") } يقبل من يريد المشاركة طوعًا (غير مؤكد بعد).

    📍 التسجيل: إذا كنتم تحصلون على { -buergergeld }، عن طريق { -jobcenter }؛ وإلا لدى { -bamf }. للمساعدة: { -mbe(form: "long") } من عمر { $mbe_age_min } سنة، أو { -jmd(form: "long") } من عمر { $jmd_age_min } إلى { $jmd_age_max } سنة.

train-bsk =
    🗣️ { -berufssprachkurs(form: "long") }

    لكل من يعرف الألمانية بمستوى B1 أو أعلى. المستويات: من B1 إلى B2، من B2 إلى C1، من C1 إلى C2.
    مجانًا إذا كان دخلكم الخاضع للضريبة أقل من { $bsk_income_limit } في السنة.

    📍 الموافقة على المشاركة: من { -jobcenter } أو { -agentur-fuer-arbeit(form: "long") }. إذا كنتم تعملون: مباشرةً من { -bamf(form: "long") }.
    📄 آخر شهادة لغة لديكم (مثلًا B1).

train-parttime =
    🧰 { -teilzeitausbildung(form: "long") }، حسب § 7a من قانون التدريب المهني (BBiG)

    تدريب مهني عادي – لكن بساعات أقل:
    • وقت عمل أقل حتى { $tza_max_cut } بالمئة
    • لذلك يستمر مدة أطول (مرة ونصف على الأكثر)
    • يجب أن توافق الشركة
    • قد يكون راتب التدريب أقل، بما يناسب عدد الساعات

    📍 تساعدكم { -bca(form: "long") } في { -jobcenter } أو الإرشاد المهني في { -agentur-fuer-arbeit(form: "long") } على إيجاد شركة.
    🧸 نظّموا رعاية الأطفال مبكرًا – { -kita(form: "long") } أو { -ganztag(form: "long") }.

train-retraining =
    🔄 { -umschulung(form: "long") } مع { -bildungsgutschein(form: "long") }

    مهنة جديدة مع شهادة – ممكنة أيضًا بدوام جزئي.
    يعطي { -jobcenter } أو { -agentur-fuer-arbeit(form: "long") } { -bildungsgutschein }. لا يوجد حق ثابت، فالدائرة هي التي تقرر – الأسباب الجيدة تساعد.

    💶 بالإضافة إلى ذلك:
    • مال التدريب (Weiterbildungsgeld): { $wb_geld } في الشهر
    • مكافأة: { $wb_bonus_mid } لامتحان منتصف التدريب، و{ $wb_bonus_final } للامتحان النهائي
    • رعاية الأطفال: { $care_cost_training } لكل طفل في الشهر

    📍 { -bca(form: "long") } في { -jobcenter } أو { -agentur-fuer-arbeit }.
    📄 السيرة الذاتية، الشهادات، فكرتكم عن المهنة.

train-avgs =
    🤝 توجيه مهني مع { -avgs(form: "long") }

    مستشارة أو مستشار يرافقكم في الطريق إلى العمل: طلبات التوظيف، البحث عن وظيفة، خطة للعائلة والعمل.
    • مجاني لكم.
    • يمكن دفع تكاليف المواصلات ورعاية الأطفال.

    📍 اسألوا { -bca(form: "long") } في { -jobcenter } أو { -agentur-fuer-arbeit(form: "long") } عن { -avgs }. بعدها تختارون أنتم جهة تقدّم التوجيه.

train-recognition =
    📜 الاعتراف بشهادة من الخارج

    يحق لكم طلب الاعتراف بشهادتكم – مهما كان وضع إقامتكم.
    1. { -anerkennungs-finder(form: "long") }: www.anerkennung-in-deutschland.de
    2. { -iq-netzwerk(form: "long") }.
    3. التكاليف: قد تساعد منحة الاعتراف (Anerkennungszuschuss). اسألوا أيضًا { -jobcenter } أو { -agentur-fuer-arbeit }.

    📄 الشهادات، الدبلومات، إثباتات الخبرة المهنية.

## الخطوات التالية

train-todo-bca = { -jobcenter }: احجزوا موعدًا مع { -bca(form: "long") }. إذا لم تحصلوا على { -buergergeld }: { -agentur-fuer-arbeit }.
train-todo-ik = { -integrationskurs }: سجّلوا عن طريق { -jobcenter } أو { -bamf }، واسألوا عن دورة مع رعاية أطفال. للمساعدة: { -mbe } أو { -jmd }.
train-todo-bsk = { -berufssprachkurs }: احصلوا على الموافقة من { -jobcenter } أو { -agentur-fuer-arbeit }، أو من { -bamf } إذا كنتم تعملون.
train-todo-parttime = { -bca } أو الإرشاد المهني: تحدّثوا عن { -teilzeitausbildung } – خذوا معكم السيرة الذاتية والشهادات.
train-todo-retraining = { -bca } في { -jobcenter } أو { -agentur-fuer-arbeit }: قدّموا طلب { -bildungsgutschein } من أجل { -umschulung } – ممكن أيضًا بدوام جزئي.
train-todo-avgs = { -jobcenter } أو { -agentur-fuer-arbeit }: اسألوا عن { -avgs } للتوجيه المهني – واطلبوا معه تكاليف المواصلات والرعاية.
train-todo-recognition = استعملوا { -anerkennungs-finder } وتواصلوا مع { -iq-netzwerk } – جهّزوا شهاداتكم.

train-opt-need-care = 🧸 تحتاجون رعاية للأطفال رغم ذلك؟
train-todo-agentur = { -agentur-fuer-arbeit }: احجزوا موعدًا في الإرشاد المهني – مجانًا، حتى إذا كنتم تعملون.
