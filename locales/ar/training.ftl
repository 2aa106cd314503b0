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

## الخطوات التالية

train-todo-bca = { -jobcenter }: احجزوا موعدًا مع { -bca(form: "long") }. إذا لم تحصلوا على { -buergergeld }: { -agentur-fuer-arbeit }.
train-todo-bsk = { -berufssprachkurs }: احصلوا على الموافقة من { -jobcenter } أو { -agentur-fuer-arbeit }، أو من { -bamf } إذا كنتم تعملون.
train-todo-parttime = { -bca } أو الإرشاد المهني: تحدّثوا عن { -teilzeitausbildung } – خذوا معكم السيرة الذاتية والشهادات.
train-todo-retraining = { -bca } في { -jobcenter } أو { -agentur-fuer-arbeit }: قدّموا طلب { -bildungsgutschein } من أجل { -umschulung } – ممكن أيضًا بدوام جزئي.
train-todo-avgs = { -jobcenter } أو { -agentur-fuer-arbeit }: اسألوا عن { -avgs } للتوجيه المهني – واطلبوا معه تكاليف المواصلات والرعاية.
train-opt-need-care = 🧸 تحتاجون رعاية للأطفال رغم ذلك؟
train-todo-agentur = { -agentur-fuer-arbeit }: احجزوا موعدًا في الإرشاد المهني – مجانًا، حتى إذا كنتم تعملون.

train-bsk =
    🗣️ { -berufssprachkurs(form: "long") }

    لكل من يعرف الألمانية بمستوى B1 أو أعلى. المستويات: من B1 إلى B2، من B2 إلى C1، من C1 إلى C2، كل مستوى من { $bsk_hours_min } إلى { $bsk_hours_max } حصة.
    مجانًا إذا كان دخلكم الخاضع للضريبة أقل من { $bsk_income_limit } في السنة. وإلا { $bsk_fee_lesson } للحصة.

    📍 الموافقة على المشاركة: من { -jobcenter } أو { -agentur-fuer-arbeit(form: "long") }. إذا كنتم تعملون: مباشرةً من { -bamf(form: "long") }.
    📄 آخر شهادة لغة لديكم (مثلًا B1).

train-todo-recognition = { -iq-netzwerk }: استشارة مجانية حول الاعتراف – مهما كانت صفة إقامتكم. خذوا شهاداتكم معكم.

## تعلّم الألمانية: القراءة والكتابة، الدورة، الحصول على مكان أثناء وقف القبول

train-german-read =
    🗣️ تعلّم الألمانية

    الدورة المناسبة تتوقف على هذا: هل تستطيعون القراءة والكتابة؟

train-read-latin = ✍️ نعم، بالحروف اللاتينية
train-read-other = 🔤 نعم، لكن بخط آخر
train-read-none = 🤔 لا، أو قليلًا فقط
train-opt-change-read = ✏️ تغيير جوابي عن القراءة

train-german-level = 🗣️ ما مستوى لغتكم الألمانية الآن؟
train-level-below = قليل أو لا شيء بعد
train-level-b1 = B1 أو أفضل
train-opt-change-level = ✏️ تغيير جوابي عن الألمانية

train-alpha =
    ✍️ { -integrationskurs } مع محو الأمية (Alphabetisierungskurs)

    تتعلمون القراءة والكتابة بالحروف اللاتينية – واللغة الألمانية. الدورة أيضًا لمن يكتب بخط آخر، مثل العربية أو السيريلية.
    • { $ik_hours_parents } حصة، وحتى { $ik_alpha_repeat } حصة إضافية للإعادة (المجموع { $ik_alpha_max }).
    • توجد دورات للأهل أو للنساء، غالبًا بدوام جزئي يناسب أوقات الروضة والمدرسة.{ $small ->
        [0] {""}
       *[other] {" "}إذا لم يكن لطفلكم مكان في الروضة، قد يدفع { -bamf } رعاية الطفل أثناء الدورة (غير مؤكد بعد لهذا العام).
    }
    • التكلفة: { $ik_fee_lesson } للحصة. مع { -buergergeld } مجانًا إذا قدّمتم الطلب قبل الدورة. إذا نجحتم في الامتحان يُعاد إليكم { $ik_refund_percent } بالمئة من التكلفة.

    ➡️ التالي: من يحصل الآن على مكان؟

train-ik =
    🗣️ { -integrationskurs(form: "long") }

    اللغة الألمانية والتوجيه (الحياة في ألمانيا): { $ik_hours } حصة.
    • دورات للأهل أو للنساء: { $ik_hours_parents } حصة، غالبًا بدوام جزئي يناسب أوقات الروضة والمدرسة.{ $small ->
        [0] {""}
       *[other] {" "}إذا لم يكن لطفلكم مكان في الروضة، قد يدفع { -bamf } رعاية الطفل أثناء الدورة (غير مؤكد بعد لهذا العام).
    }
    • التكلفة: { $ik_fee_lesson } للحصة. مع { -buergergeld } مجانًا إذا قدّمتم الطلب قبل الدورة. إذا نجحتم في الامتحان يُعاد إليكم { $ik_refund_percent } بالمئة من التكلفة.

    ➡️ التالي: من يحصل الآن على مكان؟

train-ik-ask-bg =
    هل تحصلون على { -buergergeld(form: "long") } من { -jobcenter }؟
    على هذا يتوقف كيف يمكنكم الآن الحصول على مكان في الدورة.

train-ik-ask-res =
    ما صفة إقامتكم؟
    على هذا يتوقف هل يمكنكم الآن الحصول على مكان في الدورة.

train-opt-change-bg = ✏️ أحصل على { -buergergeld }

train-ik-place =
    { $w ->
        [1]
        ✅ مع { -buergergeld }: اسألوا { -jobcenter }

        حتى { $ik_stop_end_from } لا يقبل { -bamf(form: "long") } أحدًا يريد المشاركة طوعًا (§ 44 Abs. 4 AufenthG). لكن من يُلزمه { -jobcenter } بالدورة يحصل على مكان (§ 44a AufenthG).

        • اطلبوا من { -jobcenter } إلزامكم بالدورة (Verpflichtung zum Integrationskurs) – مع محو الأمية إن احتجتم إليه.
        • مع { -buergergeld } الدورة مجانية إذا قدّمتم الطلب قبلها.
        • اسألوا عن دورة للأهل بدوام جزئي.

        للمساعدة: { -mbe(form: "long") } أو { -jmd(form: "long") }.
        [2]
        🪪 مع { -aufenthaltstitel(form: "long") }: هل لكم حق في الدورة؟

        حتى { $ik_stop_end_from } لا يقبل { -bamf(form: "long") } أحدًا طوعًا (§ 44 Abs. 4 AufenthG). لكن من له حق في الدورة (§ 44 Abs. 1 AufenthG) أو أُلزم بها (§ 44a AufenthG) يحصل على مكان.

        • اسألوا { -auslaenderbehoerde(form: "long") }: هل لي حق في { -integrationskurs }؟ أو هل يمكنكم إلزامي بها؟
        • بهذه الرسالة سجّلوا لدى جهة تقدّم الدورة (Kursträger)، مثل { -vhs(form: "long") }.

        للمساعدة: { -mbe(form: "long") } أو { -jmd(form: "long") }.
       *[other]
        ⛔ حتى { $ik_stop_end_from }: لا أماكن طوعية

        منذ التعميم الصادر في { $ik_stop_circular_from } لا يقبل { -bamf(form: "long") } أحدًا طوعًا في { -integrationskurs } (§ 44 Abs. 4 AufenthG). يشمل هذا طالبي اللجوء، وأصحاب { -duldung }، والقادمين من أوكرانيا بحماية § 24، ومواطني الاتحاد الأوروبي.

        يبقى المكان لمن له حق في الدورة (§ 44 Abs. 1 AufenthG) أو أُلزم بها (§ 44a AufenthG).

        ما يمكنكم فعله:
        1. { -auslaenderbehoerde(form: "long") }: اسألوا هل يمكنها إلزامكم بالدورة (Verpflichtung zum Integrationskurs).
        2. إذا كنتم تحصلون على { -buergergeld }: اطلبوا الإلزام من { -jobcenter }.
        3. الاستشارة: { -mbe(form: "long") } أو { -jmd(form: "long") }.
    }

train-todo-ik-bg = { -jobcenter }: اطلبوا الإلزام بـ{ -integrationskurs } (مع محو الأمية إن لزم؛ والأفضل دورة للأهل بدوام جزئي) – وقدّموا طلب الإعفاء من التكلفة قبل الدورة.
train-todo-ik-stop = { -auslaenderbehoerde }: اسألوا هل يمكنها إلزامكم بـ{ -integrationskurs } – لا أماكن طوعية حتى { $ik_stop_end_from }.
train-todo-ik-permit = { -auslaenderbehoerde }: اسألوا هل لكم حق في { -integrationskurs }، ثم سجّلوا لدى جهة تقدّم الدورة (Kursträger).
