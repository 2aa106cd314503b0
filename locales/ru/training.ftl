# Обучение и работа. Числа берутся из dialogs/figures.toml.

train-title = Обучение и работа

train-start =
    🎓 Обучение и работа

    Ваш первый контакт: BCA в Jobcenter (Beauftragte für Chancengleichheit am Arbeitsmarkt – уполномоченная по равным возможностям). Она особенно помогает одиноким родителям.
    Без Bürgergeld: Agentur für Arbeit (агентство по труду).

    Что вас интересует?

train-opt-german = 🗣️ Сначала выучить немецкий
train-opt-parttime = 🧰 Обучение на неполный день
train-opt-retraining = 🔄 Переобучение (Umschulung)
train-opt-avgs = 🤝 Коучинг для работы
train-opt-recognition = 📜 Диплом из-за границы
train-opt-bsk = 🗣️ Немецкий для работы
train-opt-licence = 🚗 Водительские права

train-german =
    🗣️ Integrationskurs (интеграционный курс, BAMF)

    • { $ik_hours } { $ik_hours ->
        [one] учебный час
        [few] учебных часа
        [many] учебных часов
       *[other] учебного часа
    } немецкого языка и ориентации. Курсы для родителей или женщин: { $ik_hours_parents } { $ik_hours_parents ->
        [one] час
        [few] часа
        [many] часов
       *[other] часа
    }, некоторые с присмотром за детьми (от { $ik_care_age_min } до { $ik_care_age_max } { $ik_care_age_max ->
        [one] года
       *[other] лет
    }).
    • Стоимость: { $ik_fee_lesson } за час. С Bürgergeld бесплатно.
    • С февраля 2026 BAMF, возможно, больше не принимает добровольных участников (ещё не подтверждено).

    📍 Запись через Jobcenter (с Bürgergeld) или в BAMF (федеральное ведомство по миграции). Помощь: Migrationsberatung (MBE, консультация для мигрантов, с { $mbe_age_min } { $mbe_age_min ->
        [one] года
       *[other] лет
    }) или Jugendmigrationsdienst (JMD, служба для молодых мигрантов, от { $jmd_age_min } до { $jmd_age_max } { $jmd_age_max ->
        [one] года
       *[other] лет
    }).

train-bsk =
    🗣️ Berufssprachkurs – немецкий для работы

    Для всех, у кого немецкий от уровня B1. Уровни: B1 → B2, B2 → C1, C1 → C2.
    Бесплатно, если ваш налогооблагаемый доход меньше { $bsk_income_limit } в год.

    📍 Допуск: Jobcenter или Agentur für Arbeit (агентство по труду). Если вы работаете: напрямую в BAMF.
    📄 Ваш последний языковой сертификат (например, B1).

train-parttime =
    🧰 Ausbildung in Teilzeit (обучение профессии на неполный день, § 7a BBiG)

    Обычное профессиональное обучение – но меньше часов:
    • рабочее время меньше, до { $tza_max_cut } %
    • зато обучение длится дольше (не больше чем в полтора раза)
    • предприятие должно согласиться
    • оплата за обучение может быть соответственно меньше

    📍 BCA в Jobcenter или Berufsberatung (профконсультация) в Agentur für Arbeit: там помогут найти предприятие.
    🧸 Заранее решите вопрос с присмотром за ребёнком – Kita или Ganztag (продлёнка).

train-retraining =
    🔄 Umschulung (переобучение) с Bildungsgutschein (ваучером на обучение)

    Новая профессия с дипломом – можно и на неполный день.
    Bildungsgutschein выдают Jobcenter или Agentur für Arbeit. Гарантированного права на него нет (решают по усмотрению) – помогают веские причины.

    💶 Дополнительно:
    • Weiterbildungsgeld (пособие на время обучения): { $wb_geld } в месяц
    • Премия: { $wb_bonus_mid } за промежуточный экзамен, { $wb_bonus_final } за выпускной экзамен
    • Присмотр за детьми: { $care_cost_training } на ребёнка в месяц

    📍 BCA в Jobcenter или Agentur für Arbeit.
    📄 Резюме, аттестаты и свидетельства, ваша идея профессии.

train-avgs =
    🤝 Коучинг с AVGS (Aktivierungs- und Vermittlungsgutschein – ваучер на коучинг и трудоустройство)

    Консультант помогает вам на пути к работе: заявления и резюме, поиск вакансий, план для семьи и работы.
    • Для вас бесплатно.
    • Могут оплатить проезд и присмотр за детьми.

    📍 Jobcenter (BCA) или Agentur für Arbeit: спросите об AVGS. Потом вы сами выбираете организацию.

train-recognition =
    📜 Признание диплома из-за границы

    У вас есть право на процедуру признания – при любом статусе пребывания.
    1. Anerkennungs-Finder (поиск по признанию): показывает, какое ведомство отвечает – www.anerkennung-in-deutschland.de
    2. IQ-Beratung (сеть IQ): бесплатная консультация по признанию.
    3. Расходы: может помочь Anerkennungszuschuss (субсидия на признание). Спросите также в Jobcenter или Agentur.

    📄 Аттестаты, дипломы, подтверждения опыта работы.

## Следующие шаги

train-todo-bca = Jobcenter: записаться на приём к BCA (уполномоченной по равным возможностям). Без Bürgergeld: Agentur für Arbeit.
train-todo-ik = Integrationskurs: записаться через Jobcenter или BAMF и спросить о курсе с присмотром за детьми. Помощь: MBE или JMD.
train-todo-bsk = Berufssprachkurs: получить допуск в Jobcenter, в Agentur или (если вы работаете) в BAMF.
train-todo-parttime = BCA или Berufsberatung (профконсультация): обсудить обучение на неполный день – взять резюме и аттестаты.
train-todo-retraining = BCA в Jobcenter или Agentur: подать заявление на Bildungsgutschein для переобучения (можно и на неполный день).
train-todo-avgs = Jobcenter или Agentur: спросить об AVGS для коучинга – сразу попросить оплату проезда и присмотра за детьми.
train-todo-recognition = Воспользоваться Anerkennungs-Finder и связаться с IQ-Beratung – приготовить аттестаты и дипломы.
