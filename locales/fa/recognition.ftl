# به‌رسمیت‌شناختن مدرک خارجی (dialogs/training.toml). عددها از dialogs/figures.toml.
# $p: 1 معلم، 2 مهندس، 3 پرستار، 4 پزشک، 5 Erzieher/in. نام اداره‌ها آلمانی می‌ماند.

train-rec-profession =
    📜 به‌رسمیت‌شناختن مدرک خارجی

    حق دارید که مدرکتان بررسی شود (Anerkennungsverfahren، روند به‌رسمیت‌شناختن) – با هر وضعیت اقامتی.

    حرفه یا مدرک شما چیست؟

train-prof-teacher = 👩‍🏫 معلم
train-prof-engineer = 🛠️ مهندس
train-prof-nurse = 🩺 پرستار
train-prof-doctor = ⚕️ پزشک
train-prof-erzieher = 🧸 مربی کودک (Erzieher/in)
train-prof-academic = 🎓 مدرک دانشگاهی دیگر
train-prof-vocational = 🧰 یک مدرک حرفه‌ای
train-opt-change-prof = ✏️ حرفهٔ دیگر

train-rec-ask-postcode =
    📮 در هر ایالت ادارهٔ دیگری تصمیم می‌گیرد. کد پستی شما چیست؟ ۵ رقم را بنویسید، مثلاً 42103.

train-rec-nw =
    📜 به‌رسمیت‌شناختن در نوردراین-وستفالن (Nordrhein-Westfalen)

    { $p ->
        [1] معلم: برای مدرکی از بیرون اتحادیهٔ اروپا Bezirksregierung Detmold تصمیم می‌گیرد، برای مدرکی از اتحادیهٔ اروپا Bezirksregierung Arnsberg. آلمانی در سطح C1 لازم است. هزینه‌ای ندارد.
        [2] مهندس: Bezirksregierung منطقه‌ای که در آن زندگی می‌کنید تصمیم می‌گیرد (ساختمان: Ingenieurkammer-Bau NRW). «Ingenieur» عنوانی حمایت‌شده است. با مدرکتان بدون آن هم می‌توانید کار کنید.
        [3] پرستار: Bezirksregierung Münster (ZAG-PuG) تصمیم می‌گیرد.
        [4] پزشک: Bezirksregierung Münster (ZAG) تصمیم می‌گیرد.
        [5] مربی کودک: بسته به کشوری که مدرک را گرفته‌اید، Bezirksregierung Münster یا Düsseldorf تصمیم می‌گیرد. { -anerkennungs-finder } می‌گوید کدام.
       *[other] { -anerkennungs-finder(form: "long") } نشان می‌دهد کدام اداره تصمیم می‌گیرد: www.anerkennung-in-deutschland.de
    }

    📄 مدرک‌ها با ترجمه، گواهی سابقهٔ کار، گواهی زبان آلمانی.
    ⚠️ هنوز چیزی نپردازید: اول کمک‌هزینه را درخواست کنید (گام بعدی).

train-rec-be =
    📜 به‌رسمیت‌شناختن در برلین

    { $p ->
        [1] معلم: Senatsverwaltung für Bildung, Jugend und Familie تصمیم می‌گیرد.
        [2] مهندس: Baukammer Berlin تصمیم می‌گیرد (هنوز قطعی نیست). «Ingenieur» عنوانی حمایت‌شده است. با مدرکتان بدون آن هم می‌توانید کار کنید.
        [3] پرستار: LAGeSo (Landesamt für Gesundheit und Soziales) تصمیم می‌گیرد. آلمانی در سطح B2 لازم است.
        [4] پزشک: LAGeSo (Landesamt für Gesundheit und Soziales) تصمیم می‌گیرد.
        [5] مربی کودک: Senatsverwaltung für Bildung, Jugend und Familie تصمیم می‌گیرد.
       *[other] { -anerkennungs-finder(form: "long") } نشان می‌دهد کدام اداره تصمیم می‌گیرد: www.anerkennung-in-deutschland.de
    }

    📄 مدرک‌ها با ترجمه، گواهی سابقهٔ کار، گواهی زبان آلمانی.
    ⚠️ هنوز چیزی نپردازید: اول کمک‌هزینه را درخواست کنید (گام بعدی).

train-rec-ni =
    📜 به‌رسمیت‌شناختن در نیدرزاکسن (Niedersachsen)

    { $p ->
        [1] معلم: RLSB Lüneburg (Regionales Landesamt für Schule und Bildung) یا Kultusministerium تصمیم می‌گیرد (هنوز قطعی نیست). هزینه: { $ni_teacher_fee_min } تا { $ni_teacher_fee_max }.
        [2] مهندس: Ingenieurkammer Niedersachsen تصمیم می‌گیرد. هزینه: { $ni_engineer_fee_min } تا { $ni_engineer_fee_max }. «Ingenieur» عنوانی حمایت‌شده است. با مدرکتان بدون آن هم می‌توانید کار کنید.
        [3] پرستار: Landesamt für Soziales, Jugend und Familie تصمیم می‌گیرد.
        [4] پزشک: NiZzA (Niedersächsischer Zweckverband zur Approbationserteilung) تصمیم می‌گیرد.
        [5] مربی کودک: RLSB Lüneburg (Regionales Landesamt für Schule und Bildung) تصمیم می‌گیرد. هزینه: { $ni_erzieher_fee }.
       *[other] { -anerkennungs-finder(form: "long") } نشان می‌دهد کدام اداره تصمیم می‌گیرد: www.anerkennung-in-deutschland.de
    }

    📄 مدرک‌ها با ترجمه، گواهی سابقهٔ کار، گواهی زبان آلمانی.
    ⚠️ هنوز چیزی نپردازید: اول کمک‌هزینه را درخواست کنید (گام بعدی).

train-rec-other =
    📜 کدام اداره تصمیم می‌گیرد؟

    این در هر ایالت و برای هر حرفه فرق می‌کند. { -anerkennungs-finder(form: "long") } ادارهٔ مسئول شما را نشان می‌دهد: www.anerkennung-in-deutschland.de
    { $p ->
        [2] «Ingenieur» عنوانی حمایت‌شده است. با مدرکتان بدون آن هم می‌توانید کار کنید.
       *[other] { -iq-netzwerk } رایگان کمک می‌کند اداره را پیدا کنید.
    }

    📄 مدرک‌ها با ترجمه، گواهی سابقهٔ کار.
    ⚠️ هنوز چیزی نپردازید: اول کمک‌هزینه را درخواست کنید (گام بعدی).

train-rec-zab =
    🎓 مدرک دانشگاهی دیگر: ارزیابی ZAB (Zeugnisbewertung)

    مدرکی که به حرفه‌ای حمایت‌شده نمی‌رسد به رسمیت شناخته نمی‌شود. ولی ZAB (Zentralstelle für ausländisches Bildungswesen) می‌نویسد مدرک شما با کدام مدرک آلمانی برابر است (Zeugnisbewertung). این یک مقایسه است، نه به‌رسمیت‌شناختن – برای درخواست کار مفید است.
    • هزینه: { $zab_fee }
    📄 مدرک، درس‌ها و نمره‌ها، ترجمهٔ آلمانی.
    ⚠️ هنوز چیزی نپردازید: اول کمک‌هزینه را درخواست کنید (گام بعدی).

train-rec-grant =
    💶 چه کسی هزینه‌ها را می‌دهد: Anerkennungszuschuss (کمک‌هزینهٔ به‌رسمیت‌شناختن)

    ⚠️ پیش از آنکه چیزی بپردازید درخواست کنید. هزینه‌های قبلی پس داده نمی‌شود.
    • { $az_fee_min } تا { $az_fee_max } برای هزینه‌ها، ترجمه‌ها، ZAB
    • تا { $az_analysis_max } برای تحلیل مهارت، تا { $az_bridge_max } برای آموزش تا به‌رسمیت‌شناختن کامل
    • اگر درآمد سالانهٔ مشمول مالیات شما حداکثر { $az_income_single } باشد (زوج‌ها: { $az_income_couple })
    • اگر { $az_residence_months } ماه است در آلمان زندگی می‌کنید
    • درخواست تا { $az_end_from }: www.anerkennung-in-deutschland.de
    با { -buergergeld } از { -jobcenter } هم بپرسید.

    🤝 مشاورهٔ رایگان با هر وضعیت اقامتی: { -iq-netzwerk(form: "long") }.

## گام‌های بعدی

train-todo-rec-nw-teacher = Bezirksregierung Detmold (مدرک از بیرون اتحادیهٔ اروپا) یا Arnsberg (اتحادیهٔ اروپا): درخواست به‌رسمیت‌شناختن به‌عنوان معلم – با گواهی آلمانی C1.
train-todo-rec-nw-engineer = Bezirksregierung محل زندگی (ساختمان: Ingenieurkammer-Bau NRW): درخواست به‌رسمیت‌شناختن به‌عنوان مهندس.
train-todo-rec-nw-health = Bezirksregierung Münster (ZAG): درخواست به‌رسمیت‌شناختن حرفهٔ درمانی شما.
train-todo-rec-nw-erzieher = Bezirksregierung Münster یا Düsseldorf (بسته به کشور مدرک): درخواست به‌رسمیت‌شناختن به‌عنوان مربی کودک (Erzieher/in).
train-todo-rec-be-senat = Senatsverwaltung für Bildung, Jugend und Familie: درخواست به‌رسمیت‌شناختن مدرک شما.
train-todo-rec-be-engineer = Baukammer Berlin (هنوز قطعی نیست): درخواست به‌رسمیت‌شناختن به‌عنوان مهندس.
train-todo-rec-be-health = LAGeSo: درخواست به‌رسمیت‌شناختن حرفهٔ درمانی شما.
train-todo-rec-ni-rlsb = RLSB Lüneburg: درخواست به‌رسمیت‌شناختن مدرک شما.
train-todo-rec-ni-engineer = Ingenieurkammer Niedersachsen: درخواست به‌رسمیت‌شناختن به‌عنوان مهندس.
train-todo-rec-ni-nurse = Landesamt für Soziales, Jugend und Familie: درخواست به‌رسمیت‌شناختن به‌عنوان پرستار.
train-todo-rec-ni-doctor = NiZzA: درخواست به‌رسمیت‌شناختن به‌عنوان پزشک.
train-todo-rec-finder = { -anerkennungs-finder }: ادارهٔ مسئول را پیدا کنید و همان‌جا درخواست به‌رسمیت‌شناختن بدهید.
train-todo-rec-zab = ZAB: درخواست Zeugnisbewertung برای مدرک دانشگاهی ({ $zab_fee }).
train-todo-rec-grant = Anerkennungszuschuss (کمک‌هزینهٔ به‌رسمیت‌شناختن): پیش از پرداخت هزینه یا ترجمه درخواست کنید (تا { $az_end_from }).
