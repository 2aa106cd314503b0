# Навчання і робота. Числа беруться з dialogs/figures.toml.

train-title = Навчання і робота

train-start =
    🎓 Навчання і робота

    Ваш перший контакт: BCA у Jobcenter (Beauftragte für Chancengleichheit am Arbeitsmarkt – уповноважена з рівних можливостей на ринку праці). Вона особливо допомагає самотнім батькам.
    Без Bürgergeld: Agentur für Arbeit (агенція з праці).

    Що вас цікавить?

train-opt-german = 🗣️ Спершу вивчити німецьку
train-opt-parttime = 🧰 Ausbildung: неповний день
train-opt-retraining = 🔄 Перекваліфікація
train-opt-avgs = 🤝 Коучинг для роботи
train-opt-recognition = 📜 Диплом з-за кордону
train-opt-bsk = 🗣️ Німецька для роботи
train-opt-licence = 🚗 Водійські права

train-german =
    🗣️ Integrationskurs (інтеграційний курс, BAMF)

    • { $ik_hours } { $ik_hours ->
        [one] урок
        [few] уроки
        [many] уроків
       *[other] уроку
    } німецької та орієнтаційного курсу. Курси для батьків або жінок: { $ik_hours_parents } { $ik_hours_parents ->
        [one] урок
        [few] уроки
        [many] уроків
       *[other] уроку
    }, деякі з доглядом за дітьми (від { $ik_care_age_min } до { $ik_care_age_max } { $ik_care_age_max ->
        [one] року
       *[other] років
    }).
    • Вартість: { $ik_fee_lesson } за урок. З Bürgergeld – безкоштовно.
    • З лютого 2026 BAMF, можливо, більше не приймає тих, хто йде на курс добровільно (ще не підтверджено).

    📍 Запис через Jobcenter (з Bürgergeld) або в BAMF (федеральне відомство з питань міграції). Допомога: Migrationsberatung (MBE, від { $mbe_age_min } { $mbe_age_min ->
        [one] року
       *[other] років
    }) або Jugendmigrationsdienst (JMD, від { $jmd_age_min } до { $jmd_age_max } { $jmd_age_max ->
        [one] року
       *[other] років
    }).

train-bsk =
    🗣️ Berufssprachkurs (німецька для роботи)

    Для всіх, хто знає німецьку від рівня B1. Рівні: B1 → B2, B2 → C1, C1 → C2.
    Безкоштовно, якщо ваш оподатковуваний дохід менше { $bsk_income_limit } на рік.

    📍 Допуск: Jobcenter або Agentur für Arbeit (агенція з праці). Якщо ви працюєте: напряму в BAMF.
    📄 Ваш останній мовний сертифікат (напр. B1).

train-parttime =
    🧰 Ausbildung in Teilzeit (професійне навчання на неповний день, § 7a BBiG)

    Звичайне професійне навчання – але з меншою кількістю годин:
    • до { $tza_max_cut } % менше робочого часу
    • зате воно триває довше (щонайбільше в півтора раза)
    • підприємство має погодитися
    • оплата під час навчання може бути відповідно меншою

    📍 BCA у Jobcenter або профорієнтація в Agentur für Arbeit (агенція з праці): там допоможуть знайти підприємство.
    🧸 Заздалегідь подбайте про догляд за дитиною – Kita або Ganztag (школа на весь день).

train-retraining =
    🔄 Umschulung (перекваліфікація) з Bildungsgutschein (ваучер на навчання)

    Нова професія з дипломом – можна й на неповний день.
    Bildungsgutschein видає Jobcenter або Agentur für Arbeit. Твердого права на нього немає (на розсуд відомства) – добрі аргументи допомагають.

    💶 Додатково:
    • Weiterbildungsgeld (допомога на навчання): { $wb_geld } на місяць
    • Премія: { $wb_bonus_mid } за проміжний іспит, { $wb_bonus_final } за випускний іспит
    • Догляд за дитиною: { $care_cost_training } на дитину на місяць

    📍 BCA у Jobcenter або Agentur für Arbeit.
    📄 Резюме, документи про освіту, ваша ідея професії.

train-avgs =
    🤝 Коучинг з AVGS (Aktivierungs- und Vermittlungsgutschein – ваучер на коучинг і пошук роботи)

    Консультант або консультантка допоможе вам на шляху до роботи: заявки на вакансії, пошук роботи, план для сім’ї та роботи.
    • Для вас безкоштовно.
    • Можуть оплатити проїзд і догляд за дитиною.

    📍 Jobcenter (BCA) або Agentur für Arbeit (агенція з праці): запитайте про AVGS. Потім ви обираєте організацію для коучингу.

train-recognition =
    📜 Визнання диплома з-за кордону

    Ви маєте право на процедуру визнання – незалежно від вашого статусу перебування.
    1. Anerkennungs-Finder (пошук відомства): показує, хто відповідає за ваш диплом – www.anerkennung-in-deutschland.de
    2. IQ-Beratung (мережа IQ): безкоштовна консультація щодо визнання.
    3. Витрати: може допомогти Anerkennungszuschuss (доплата на визнання). Запитайте також у Jobcenter або Agentur.

    📄 Атестати, дипломи, підтвердження досвіду роботи.

## Наступні кроки

train-todo-bca = Jobcenter: записатися на прийом до BCA (уповноважена з рівних можливостей). Без Bürgergeld: Agentur für Arbeit.
train-todo-ik = Integrationskurs: записатися через Jobcenter або BAMF і запитати про курс із доглядом за дітьми. Допомога: MBE або JMD.
train-todo-bsk = Berufssprachkurs: отримати допуск у Jobcenter, в Agentur або (якщо ви працюєте) у BAMF.
train-todo-parttime = BCA або профорієнтація: обговорити Ausbildung на неповний день – взяти резюме і документи про освіту.
train-todo-retraining = BCA у Jobcenter або Agentur: подати заяву на Bildungsgutschein для перекваліфікації (можна й на неповний день).
train-todo-avgs = Jobcenter або Agentur: запитати про AVGS для коучингу – і одразу попросити оплатити проїзд і догляд за дитиною.
train-todo-recognition = Скористатися Anerkennungs-Finder і звернутися до IQ-Beratung – підготувати документи про освіту.
