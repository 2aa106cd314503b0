# Признание иностранного диплома (dialogs/training.toml). Числа – из dialogs/figures.toml.
# $p: 1 учитель, 2 инженер, 3 медсестра/медбрат, 4 врач, 5 Erzieher/in. Названия учреждений – по-немецки.

train-rec-profession =
    📜 Признание диплома из-за рубежа

    Вы имеете право на проверку вашего диплома (Anerkennungsverfahren, процедура признания) – при любом статусе пребывания.

    Какая у вас профессия или образование?

train-prof-teacher = 👩‍🏫 Учительница / учитель
train-prof-engineer = 🛠️ Инженер
train-prof-nurse = 🩺 Медсестра / медбрат
train-prof-doctor = ⚕️ Врач
train-prof-erzieher = 🧸 Воспитательница / воспитатель
train-prof-academic = 🎓 Другое высшее образование
train-prof-vocational = 🧰 Профессиональное образование
train-opt-change-prof = ✏️ Другая профессия

train-rec-ask-postcode =
    📮 В каждой федеральной земле решает другое учреждение. Какой у вас почтовый индекс? Напишите 5 цифр, напр. 42103.

train-rec-nw =
    📜 Признание в Северном Рейне-Вестфалии (Nordrhein-Westfalen)

    { $p ->
        [1] Учитель: для диплома не из ЕС решает Bezirksregierung Detmold, для диплома из ЕС – Bezirksregierung Arnsberg. Нужен немецкий на уровне C1. Пошлины нет.
        [2] Инженер: решает Bezirksregierung округа, где вы живёте (строительство: Ingenieurkammer-Bau NRW). «Ingenieur» – защищённое звание. Работать с вашим дипломом можно и без него.
        [3] Медсестра / медбрат: решает Bezirksregierung Münster (ZAG-PuG).
        [4] Врач: решает Bezirksregierung Münster (ZAG).
        [5] Воспитатель: решает Bezirksregierung Münster или Düsseldorf – в зависимости от страны, где вы получили образование. Какая именно, покажет { -anerkennungs-finder(form: "long") }.
       *[other] Какое учреждение решает, покажет { -anerkennungs-finder(form: "long") }: www.anerkennung-in-deutschland.de
    }

    📄 Дипломы и аттестаты с переводом, подтверждение опыта работы, ваш сертификат по немецкому.
    ⚠️ Пока ничего не платите: сначала подайте заявление на дотацию (следующий шаг).

train-rec-be =
    📜 Признание в Берлине

    { $p ->
        [1] Учитель: решает Senatsverwaltung für Bildung, Jugend und Familie.
        [2] Инженер: решает Baukammer Berlin (ещё не подтверждено). «Ingenieur» – защищённое звание. Работать с вашим дипломом можно и без него.
        [3] Медсестра / медбрат: решает LAGeSo (Landesamt für Gesundheit und Soziales). Нужен немецкий на уровне B2.
        [4] Врач: решает LAGeSo (Landesamt für Gesundheit und Soziales).
        [5] Воспитатель: решает Senatsverwaltung für Bildung, Jugend und Familie.
       *[other] Какое учреждение решает, покажет { -anerkennungs-finder(form: "long") }: www.anerkennung-in-deutschland.de
    }

    📄 Дипломы и аттестаты с переводом, подтверждение опыта работы, ваш сертификат по немецкому.
    ⚠️ Пока ничего не платите: сначала подайте заявление на дотацию (следующий шаг).

train-rec-ni =
    📜 Признание в Нижней Саксонии (Niedersachsen)

    { $p ->
        [1] Учитель: решает RLSB Lüneburg (Regionales Landesamt für Schule und Bildung) или Kultusministerium (ещё не подтверждено). Пошлина: { $ni_teacher_fee_min }–{ $ni_teacher_fee_max }.
        [2] Инженер: решает Ingenieurkammer Niedersachsen. Пошлина: { $ni_engineer_fee_min }–{ $ni_engineer_fee_max }. «Ingenieur» – защищённое звание. Работать с вашим дипломом можно и без него.
        [3] Медсестра / медбрат: решает Landesamt für Soziales, Jugend und Familie.
        [4] Врач: решает NiZzA (Niedersächsischer Zweckverband zur Approbationserteilung).
        [5] Воспитатель: решает RLSB Lüneburg (Regionales Landesamt für Schule und Bildung). Пошлина: { $ni_erzieher_fee }.
       *[other] Какое учреждение решает, покажет { -anerkennungs-finder(form: "long") }: www.anerkennung-in-deutschland.de
    }

    📄 Дипломы и аттестаты с переводом, подтверждение опыта работы, ваш сертификат по немецкому.
    ⚠️ Пока ничего не платите: сначала подайте заявление на дотацию (следующий шаг).

train-rec-other =
    📜 Какое учреждение решает?

    Это зависит от земли и от профессии. { -anerkennungs-finder(form: "long") } покажет учреждение, которое отвечает именно за вас: www.anerkennung-in-deutschland.de
    { $p ->
        [2] «Ingenieur» – защищённое звание. Работать с вашим дипломом можно и без него.
       *[other] { -iq-netzwerk } бесплатно поможет найти учреждение.
    }

    📄 Дипломы и аттестаты с переводом, подтверждение опыта работы.
    ⚠️ Пока ничего не платите: сначала подайте заявление на дотацию (следующий шаг).

train-rec-zab =
    🎓 Другое высшее образование: оценка ZAB (Zeugnisbewertung)

    Диплом, который не ведёт к защищённой профессии, не признают. Но ZAB (Zentralstelle für ausländisches Bildungswesen) напишет, какому немецкому диплому соответствует ваш (Zeugnisbewertung). Это сравнение, а не признание – полезно при поиске работы.
    • Пошлина: { $zab_fee }
    📄 Диплом, предметы и оценки, перевод на немецкий.
    ⚠️ Пока ничего не платите: сначала подайте заявление на дотацию (следующий шаг).

train-rec-grant =
    💶 Кто оплачивает расходы: Anerkennungszuschuss (дотация на признание)

    ⚠️ Подайте заявление ДО того, как что-то оплатите. Расходы, сделанные раньше, не возмещают.
    • { $az_fee_min }–{ $az_fee_max } на пошлины, переводы, ZAB
    • до { $az_analysis_max } на анализ квалификации, до { $az_bridge_max } на обучение для полного признания
    • если ваш облагаемый налогом доход за год не больше { $az_income_single } (пары: { $az_income_couple })
    • если вы живёте в Германии уже { $az_residence_months } месяца
    • заявление до { $az_end_from }: www.anerkennung-in-deutschland.de
    С { -buergergeld(case: "ins") } спросите также в { -jobcenter(case: "loc") }.

    🤝 Бесплатная консультация при любом статусе пребывания: { -iq-netzwerk(form: "long") }.

## Следующие шаги

train-todo-rec-nw-teacher = Bezirksregierung Detmold (диплом не из ЕС) или Arnsberg (ЕС): подать заявление на признание как учитель – с сертификатом немецкого C1.
train-todo-rec-nw-engineer = Bezirksregierung по месту жительства (строительство: Ingenieurkammer-Bau NRW): подать заявление на признание как инженер.
train-todo-rec-nw-health = Bezirksregierung Münster (ZAG): подать заявление на признание вашей медицинской профессии.
train-todo-rec-nw-erzieher = Bezirksregierung Münster или Düsseldorf (по стране диплома): подать заявление на признание как воспитатель (Erzieher/in).
train-todo-rec-be-senat = Senatsverwaltung für Bildung, Jugend und Familie: подать заявление на признание вашего диплома.
train-todo-rec-be-engineer = Baukammer Berlin (ещё не подтверждено): подать заявление на признание как инженер.
train-todo-rec-be-health = LAGeSo: подать заявление на признание вашей медицинской профессии.
train-todo-rec-ni-rlsb = RLSB Lüneburg: подать заявление на признание вашего диплома.
train-todo-rec-ni-engineer = Ingenieurkammer Niedersachsen: подать заявление на признание как инженер.
train-todo-rec-ni-nurse = Landesamt für Soziales, Jugend und Familie: подать заявление на признание как медсестра / медбрат.
train-todo-rec-ni-doctor = NiZzA: подать заявление на признание как врач.
train-todo-rec-finder = { -anerkennungs-finder(form: "long") }: найти ответственное учреждение и подать там заявление на признание.
train-todo-rec-zab = ZAB: подать заявление на Zeugnisbewertung вашего диплома ({ $zab_fee }).
train-todo-rec-grant = Anerkennungszuschuss (дотация на признание): подать заявление до того, как платить пошлины или переводы (до { $az_end_from }).
