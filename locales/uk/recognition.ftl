# Визнання іноземного диплома (dialogs/training.toml). Числа – з dialogs/figures.toml.
# $p: 1 учитель, 2 інженер, 3 медсестра/медбрат, 4 лікар, 5 Erzieher/in. Назви установ – німецькою.

train-rec-profession =
    📜 Визнання диплома з-за кордону

    Ви маєте право на перевірку вашого диплома (Anerkennungsverfahren, процедура визнання) – за будь-якого статусу перебування.

    Яка у вас професія чи освіта?

train-prof-teacher = 👩‍🏫 Учителька / учитель
train-prof-engineer = 🛠️ Інженерка / інженер
train-prof-nurse = 🩺 Медсестра / медбрат
train-prof-doctor = ⚕️ Лікарка / лікар
train-prof-erzieher = 🧸 Вихователька / вихователь
train-prof-academic = 🎓 Інша вища освіта
train-prof-vocational = 🧰 Професійна освіта
train-opt-change-prof = ✏️ Інша професія

train-rec-ask-postcode =
    📮 У кожній федеральній землі вирішує інша установа. Який ваш поштовий індекс? Напишіть 5 цифр, напр. 42103.

train-rec-nw =
    📜 Визнання в Північному Рейні-Вестфалії (Nordrhein-Westfalen)

    { $p ->
        [1] Учитель: для диплома з-поза ЄС вирішує Bezirksregierung Detmold, для диплома з ЄС – Bezirksregierung Arnsberg. Потрібна німецька на рівні C1. Збору немає.
        [2] Інженер: вирішує Bezirksregierung округу, де ви живете (будівництво: Ingenieurkammer-Bau NRW). «Ingenieur» – захищене звання. Працювати з вашим дипломом можна й без нього.
        [3] Медсестра / медбрат: вирішує Bezirksregierung Münster (ZAG-PuG).
        [4] Лікар: вирішує Bezirksregierung Münster (ZAG).
        [5] Вихователь: вирішує Bezirksregierung Münster або Düsseldorf – залежно від країни, де ви здобули освіту. Яка саме, покаже { -anerkennungs-finder(form: "long") }.
       *[other] Яка установа вирішує, покаже { -anerkennungs-finder(form: "long") }: www.anerkennung-in-deutschland.de
    }

    📄 Дипломи й атестати з перекладом, підтвердження досвіду роботи, ваш сертифікат з німецької.
    ⚠️ Поки нічого не платіть: спершу подайте заяву на дотацію (наступний крок).

train-rec-be =
    📜 Визнання в Берліні

    { $p ->
        [1] Учитель: вирішує Senatsverwaltung für Bildung, Jugend und Familie.
        [2] Інженер: вирішує Baukammer Berlin (ще не підтверджено). «Ingenieur» – захищене звання. Працювати з вашим дипломом можна й без нього.
        [3] Медсестра / медбрат: вирішує LAGeSo (Landesamt für Gesundheit und Soziales). Потрібна німецька на рівні B2.
        [4] Лікар: вирішує LAGeSo (Landesamt für Gesundheit und Soziales).
        [5] Вихователь: вирішує Senatsverwaltung für Bildung, Jugend und Familie.
       *[other] Яка установа вирішує, покаже { -anerkennungs-finder(form: "long") }: www.anerkennung-in-deutschland.de
    }

    📄 Дипломи й атестати з перекладом, підтвердження досвіду роботи, ваш сертифікат з німецької.
    ⚠️ Поки нічого не платіть: спершу подайте заяву на дотацію (наступний крок).

train-rec-ni =
    📜 Визнання в Нижній Саксонії (Niedersachsen)

    { $p ->
        [1] Учитель: вирішує RLSB Lüneburg (Regionales Landesamt für Schule und Bildung) або Kultusministerium (ще не підтверджено). Збір: { $ni_teacher_fee_min }–{ $ni_teacher_fee_max }.
        [2] Інженер: вирішує Ingenieurkammer Niedersachsen. Збір: { $ni_engineer_fee_min }–{ $ni_engineer_fee_max }. «Ingenieur» – захищене звання. Працювати з вашим дипломом можна й без нього.
        [3] Медсестра / медбрат: вирішує Landesamt für Soziales, Jugend und Familie.
        [4] Лікар: вирішує NiZzA (Niedersächsischer Zweckverband zur Approbationserteilung).
        [5] Вихователь: вирішує RLSB Lüneburg (Regionales Landesamt für Schule und Bildung). Збір: { $ni_erzieher_fee }.
       *[other] Яка установа вирішує, покаже { -anerkennungs-finder(form: "long") }: www.anerkennung-in-deutschland.de
    }

    📄 Дипломи й атестати з перекладом, підтвердження досвіду роботи, ваш сертифікат з німецької.
    ⚠️ Поки нічого не платіть: спершу подайте заяву на дотацію (наступний крок).

train-rec-other =
    📜 Яка установа вирішує?

    Це залежить від землі й від професії. { -anerkennungs-finder(form: "long") } покаже установу, відповідальну саме за вас: www.anerkennung-in-deutschland.de
    { $p ->
        [2] «Ingenieur» – захищене звання. Працювати з вашим дипломом можна й без нього.
       *[other] { -iq-netzwerk } безкоштовно допоможе знайти установу.
    }

    📄 Дипломи й атестати з перекладом, підтвердження досвіду роботи.
    ⚠️ Поки нічого не платіть: спершу подайте заяву на дотацію (наступний крок).

train-rec-zab =
    🎓 Інша вища освіта: оцінка ZAB (Zeugnisbewertung)

    Диплом, що не веде до захищеної професії, не визнають. Але ZAB (Zentralstelle für ausländisches Bildungswesen) напише, якому німецькому диплому відповідає ваш (Zeugnisbewertung). Це порівняння, а не визнання – корисне для пошуку роботи.
    • Збір: { $zab_fee }
    📄 Диплом, предмети й оцінки, переклад німецькою.
    ⚠️ Поки нічого не платіть: спершу подайте заяву на дотацію (наступний крок).

train-rec-grant =
    💶 Хто оплачує витрати: Anerkennungszuschuss (дотація на визнання)

    ⚠️ Подайте заяву ДО того, як щось оплатите. Витрати, зроблені раніше, не відшкодовують.
    • { $az_fee_min }–{ $az_fee_max } на збори, переклади, ZAB
    • до { $az_analysis_max } на аналіз кваліфікації, до { $az_bridge_max } на навчання для повного визнання
    • якщо ваш оподатковуваний дохід за рік не більший за { $az_income_single } (пари: { $az_income_couple })
    • якщо ви живете в Німеччині вже { $az_residence_months } місяці
    • заява до { $az_end_from }: www.anerkennung-in-deutschland.de
    З { -buergergeld(case: "ins") } запитайте також у { -jobcenter(case: "loc") }.

    🤝 Безкоштовна консультація за будь-якого статусу перебування: { -iq-netzwerk(form: "long") }.

## Наступні кроки

train-todo-rec-nw-teacher = Bezirksregierung Detmold (диплом з-поза ЄС) або Arnsberg (ЄС): подати заяву на визнання як учитель – із сертифікатом німецької C1.
train-todo-rec-nw-engineer = Bezirksregierung за місцем проживання (будівництво: Ingenieurkammer-Bau NRW): подати заяву на визнання як інженер.
train-todo-rec-nw-health = Bezirksregierung Münster (ZAG): подати заяву на визнання вашої медичної професії.
train-todo-rec-nw-erzieher = Bezirksregierung Münster або Düsseldorf (за країною диплома): подати заяву на визнання як вихователь (Erzieher/in).
train-todo-rec-be-senat = Senatsverwaltung für Bildung, Jugend und Familie: подати заяву на визнання вашого диплома.
train-todo-rec-be-engineer = Baukammer Berlin (ще не підтверджено): подати заяву на визнання як інженер.
train-todo-rec-be-health = LAGeSo: подати заяву на визнання вашої медичної професії.
train-todo-rec-ni-rlsb = RLSB Lüneburg: подати заяву на визнання вашого диплома.
train-todo-rec-ni-engineer = Ingenieurkammer Niedersachsen: подати заяву на визнання як інженер.
train-todo-rec-ni-nurse = Landesamt für Soziales, Jugend und Familie: подати заяву на визнання як медсестра / медбрат.
train-todo-rec-ni-doctor = NiZzA: подати заяву на визнання як лікар.
train-todo-rec-finder = { -anerkennungs-finder(form: "long") }: знайти відповідальну установу й подати там заяву на визнання.
train-todo-rec-zab = ZAB: подати заяву на Zeugnisbewertung вашого диплома ({ $zab_fee }).
train-todo-rec-grant = Anerkennungszuschuss (дотація на визнання): подати заяву до того, як платити збори чи переклади (до { $az_end_from }).
