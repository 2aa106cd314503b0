# الاعتراف بشهادة من الخارج (dialogs/training.toml). الأرقام من dialogs/figures.toml.
# $p: 1 معلم، 2 مهندس، 3 تمريض، 4 طبيب، 5 Erzieher/in. أسماء الجهات تبقى بالألمانية.

train-rec-profession =
    📜 الاعتراف بشهادة من الخارج

    لكم الحق في أن تُفحص شهادتكم (Anerkennungsverfahren، إجراء الاعتراف) – مهما كانت صفة إقامتكم.

    ما مهنتكم أو شهادتكم؟

train-prof-teacher = 👩‍🏫 معلمة / معلم
train-prof-engineer = 🛠️ مهندسة / مهندس
train-prof-nurse = 🩺 ممرضة / ممرض
train-prof-doctor = ⚕️ طبيبة / طبيب
train-prof-erzieher = 🧸 مربية / مربٍّ أطفال
train-prof-academic = 🎓 شهادة جامعية أخرى
train-prof-vocational = 🧰 تأهيل مهني
train-opt-change-prof = ✏️ مهنة أخرى

train-rec-ask-postcode =
    📮 في كل ولاية تقرر جهة مختلفة. ما رمزكم البريدي؟ اكتبوا الأرقام الخمسة، مثلًا 42103.

train-rec-nw =
    📜 الاعتراف في شمال الراين-وستفاليا (Nordrhein-Westfalen)

    { $p ->
        [1] معلم: لشهادة من خارج الاتحاد الأوروبي تقرر Bezirksregierung Detmold، ولشهادة من الاتحاد الأوروبي Bezirksregierung Arnsberg. تحتاجون إلى الألمانية بمستوى C1. لا توجد رسوم.
        [2] مهندس: تقرر Bezirksregierung المنطقة التي تسكنون فيها (البناء: Ingenieurkammer-Bau NRW). «Ingenieur» لقب محمي. يمكنكم العمل بشهادتكم حتى بدونه.
        [3] تمريض: تقرر Bezirksregierung Münster (ZAG-PuG).
        [4] طبيب: تقرر Bezirksregierung Münster (ZAG).
        [5] مربٍّ أطفال: تقرر Bezirksregierung Münster أو Düsseldorf – حسب البلد الذي حصلتم فيه على الشهادة. يدلّكم { -anerkennungs-finder } على الجهة.
       *[other] يدلّكم { -anerkennungs-finder(form: "long") } على الجهة التي تقرر: www.anerkennung-in-deutschland.de
    }

    📄 الشهادات مع الترجمة، إثبات الخبرة المهنية، شهادة اللغة الألمانية.
    ⚠️ لا تدفعوا شيئًا بعد: قدّموا أولًا طلب الدعم (الخطوة التالية).

train-rec-be =
    📜 الاعتراف في برلين

    { $p ->
        [1] معلم: تقرر Senatsverwaltung für Bildung, Jugend und Familie.
        [2] مهندس: تقرر Baukammer Berlin (غير مؤكد بعد). «Ingenieur» لقب محمي. يمكنكم العمل بشهادتكم حتى بدونه.
        [3] تمريض: يقرر LAGeSo (Landesamt für Gesundheit und Soziales). تحتاجون إلى الألمانية بمستوى B2.
        [4] طبيب: يقرر LAGeSo (Landesamt für Gesundheit und Soziales).
        [5] مربٍّ أطفال: تقرر Senatsverwaltung für Bildung, Jugend und Familie.
       *[other] يدلّكم { -anerkennungs-finder(form: "long") } على الجهة التي تقرر: www.anerkennung-in-deutschland.de
    }

    📄 الشهادات مع الترجمة، إثبات الخبرة المهنية، شهادة اللغة الألمانية.
    ⚠️ لا تدفعوا شيئًا بعد: قدّموا أولًا طلب الدعم (الخطوة التالية).

train-rec-ni =
    📜 الاعتراف في ساكسونيا السفلى (Niedersachsen)

    { $p ->
        [1] معلم: يقرر RLSB Lüneburg (Regionales Landesamt für Schule und Bildung) أو Kultusministerium (غير مؤكد بعد). الرسوم: من { $ni_teacher_fee_min } إلى { $ni_teacher_fee_max }.
        [2] مهندس: تقرر Ingenieurkammer Niedersachsen. الرسوم: من { $ni_engineer_fee_min } إلى { $ni_engineer_fee_max }. «Ingenieur» لقب محمي. يمكنكم العمل بشهادتكم حتى بدونه.
        [3] تمريض: يقرر Landesamt für Soziales, Jugend und Familie.
        [4] طبيب: يقرر NiZzA (Niedersächsischer Zweckverband zur Approbationserteilung).
        [5] مربٍّ أطفال: يقرر RLSB Lüneburg (Regionales Landesamt für Schule und Bildung). الرسوم: { $ni_erzieher_fee }.
       *[other] يدلّكم { -anerkennungs-finder(form: "long") } على الجهة التي تقرر: www.anerkennung-in-deutschland.de
    }

    📄 الشهادات مع الترجمة، إثبات الخبرة المهنية، شهادة اللغة الألمانية.
    ⚠️ لا تدفعوا شيئًا بعد: قدّموا أولًا طلب الدعم (الخطوة التالية).

train-rec-other =
    📜 أي جهة تقرر؟

    يختلف ذلك من ولاية إلى أخرى ومن مهنة إلى أخرى. يدلّكم { -anerkennungs-finder(form: "long") } على الجهة المسؤولة عنكم: www.anerkennung-in-deutschland.de
    { $p ->
        [2] «Ingenieur» لقب محمي. يمكنكم العمل بشهادتكم حتى بدونه.
       *[other] يساعدكم { -iq-netzwerk } مجانًا في إيجاد الجهة.
    }

    📄 الشهادات مع الترجمة، إثبات الخبرة المهنية.
    ⚠️ لا تدفعوا شيئًا بعد: قدّموا أولًا طلب الدعم (الخطوة التالية).

train-rec-zab =
    🎓 شهادة جامعية أخرى: تقييم ZAB (Zeugnisbewertung)

    الشهادة التي لا تؤدي إلى مهنة محمية لا يُعترف بها. لكن ZAB (Zentralstelle für ausländisches Bildungswesen) تكتب لكم أي شهادة ألمانية تعادل شهادتكم (Zeugnisbewertung). هذه مقارنة وليست اعترافًا – مفيدة عند التقدّم للعمل.
    • الرسوم: { $zab_fee }
    📄 الشهادة، المواد والدرجات، ترجمة ألمانية.
    ⚠️ لا تدفعوا شيئًا بعد: قدّموا أولًا طلب الدعم (الخطوة التالية).

train-rec-grant =
    💶 من يدفع التكاليف: Anerkennungszuschuss (دعم الاعتراف)

    ⚠️ قدّموا الطلب قبل أن تدفعوا أي شيء. التكاليف السابقة لا تُعاد.
    • من { $az_fee_min } إلى { $az_fee_max } للرسوم والترجمات وZAB
    • حتى { $az_analysis_max } لتحليل المؤهلات، وحتى { $az_bridge_max } لتدريب يؤدي إلى الاعتراف الكامل
    • إذا كان دخلكم السنوي الخاضع للضريبة لا يزيد على { $az_income_single } (للزوجين: { $az_income_couple })
    • إذا كنتم تسكنون في ألمانيا منذ { $az_residence_months } أشهر
    • الطلب حتى { $az_end_from }: www.anerkennung-in-deutschland.de
    مع { -buergergeld } اسألوا أيضًا { -jobcenter }.

    🤝 استشارة مجانية مهما كانت صفة إقامتكم: { -iq-netzwerk(form: "long") }.

## الخطوات التالية

train-todo-rec-nw-teacher = Bezirksregierung Detmold (شهادة من خارج الاتحاد الأوروبي) أو Arnsberg (الاتحاد الأوروبي): قدّموا طلب الاعتراف كمعلم – مع شهادة ألمانية C1.
train-todo-rec-nw-engineer = Bezirksregierung مكان سكنكم (البناء: Ingenieurkammer-Bau NRW): قدّموا طلب الاعتراف كمهندس.
train-todo-rec-nw-health = Bezirksregierung Münster (ZAG): قدّموا طلب الاعتراف بمهنتكم الصحية.
train-todo-rec-nw-erzieher = Bezirksregierung Münster أو Düsseldorf (حسب بلد الشهادة): قدّموا طلب الاعتراف كمربٍّ أطفال (Erzieher/in).
train-todo-rec-be-senat = Senatsverwaltung für Bildung, Jugend und Familie: قدّموا طلب الاعتراف بشهادتكم.
train-todo-rec-be-engineer = Baukammer Berlin (غير مؤكد بعد): قدّموا طلب الاعتراف كمهندس.
train-todo-rec-be-health = LAGeSo: قدّموا طلب الاعتراف بمهنتكم الصحية.
train-todo-rec-ni-rlsb = RLSB Lüneburg: قدّموا طلب الاعتراف بشهادتكم.
train-todo-rec-ni-engineer = Ingenieurkammer Niedersachsen: قدّموا طلب الاعتراف كمهندس.
train-todo-rec-ni-nurse = Landesamt für Soziales, Jugend und Familie: قدّموا طلب الاعتراف في التمريض.
train-todo-rec-ni-doctor = NiZzA: قدّموا طلب الاعتراف كطبيب.
train-todo-rec-finder = { -anerkennungs-finder }: ابحثوا عن الجهة المسؤولة وقدّموا طلب الاعتراف لديها.
train-todo-rec-zab = ZAB: قدّموا طلب Zeugnisbewertung لشهادتكم ({ $zab_fee }).
train-todo-rec-grant = Anerkennungszuschuss (دعم الاعتراف): قدّموا الطلب قبل دفع أي رسوم أو ترجمات (حتى { $az_end_from }).
