# Обучение и работа. Числа берутся из dialogs/figures.toml.
# Названия ведомств и программ – только через термины из terms.ftl, см. docs/translation/ru.md.

train-title = Обучение и работа

train-start =
    🎓 Обучение и работа

    С чего начать: { -bca(form: "long") } в { -jobcenter(case: "loc") }. Она работает именно для родителей, которые одни растят детей.
    Если вы не получаете { -buergergeld(form: "long") }: { -agentur-fuer-arbeit(form: "long") }.

    Что вас интересует?

train-opt-german = 🗣️ Сначала выучить немецкий
train-opt-parttime = 🧰 Профобучение на неполный день
train-opt-retraining = 🔄 { -umschulung }
train-opt-avgs = 🤝 Коучинг для поиска работы
train-opt-recognition = 📜 Признание иностранного диплома
train-opt-bsk = 🗣️ Немецкий для работы
train-opt-licence = 🚗 Водительские права

train-german =
    🗣️ { -integrationskurs(form: "long") }

    • { $ik_hours } { $ik_hours ->
        [one] урок
        [few] урока
        [many] уроков
       *[other] урока
    }: немецкий язык и ориентационный курс (жизнь в Германии). Курсы для родителей или для женщин: { $ik_hours_parents } { $ik_hours_parents ->
        [one] урок
        [few] урока
        [many] уроков
       *[other] урока
    }. На некоторых есть присмотр за детьми (для детей от { $ik_care_age_min } до { $ik_care_age_max } { $ik_care_age_max ->
        [one] года
       *[other] лет
    }).
    • Стоимость: { $ik_fee_lesson } за урок. При { -buergergeld(case: "loc") } курс бесплатный.
    • Возможно, с февраля 2026 года { -bamf(form: "long") } больше не принимает тех, кто хочет пойти на курс добровольно (ещё не подтверждено).

    📍 Запись: через { -jobcenter }, если вы получаете { -buergergeld }, или в { -bamf }.
    Помощь: { -mbe(form: "long") } – с { $mbe_age_min } { $mbe_age_min ->
        [one] года
       *[other] лет
    }, или { -jmd(form: "long") } – от { $jmd_age_min } до { $jmd_age_max } { $jmd_age_max ->
        [one] года
       *[other] лет
    }.

train-bsk =
    🗣️ { -berufssprachkurs(form: "long") }

    Для всех, кто уже знает немецкий хотя бы на уровне B1. Уровни: B1 → B2, B2 → C1, C1 → C2.
    Курс бесплатный, если ваш облагаемый налогом доход за год меньше { $bsk_income_limit }.

    📍 Направление на курс дают в { -jobcenter(case: "loc") } или в { -agentur-fuer-arbeit(form: "long") }. Если вы работаете – напрямую в { -bamf(form: "long") }.
    📄 Ваш последний языковой сертификат (например, B1).

train-parttime =
    🧰 { -teilzeitausbildung(form: "long") }, § 7a BBiG

    Обычное обучение профессии, но с меньшим числом часов:
    • рабочее время меньше – максимум на { $tza_max_cut } %
    • зато обучение длится дольше: не больше чем в 1,5 раза
    • предприятие должно быть согласно
    • ваша оплата во время обучения может быть меньше – по числу часов

    📍 { -bca(form: "long") } в { -jobcenter(case: "loc") } или профориентация в { -agentur-fuer-arbeit(form: "long") } помогут вам найти предприятие.
    🧸 Заранее решите, кто присмотрит за ребёнком: { -kita } или { -ganztag(form: "long") }.

train-retraining =
    🔄 { -umschulung(form: "long") } с { -bildungsgutschein(case: "ins", form: "long") }

    Вы учитесь новой профессии и получаете диплом. Учиться можно и на неполный день.
    { -bildungsgutschein } выдаёт { -jobcenter } или { -agentur-fuer-arbeit(form: "long") }. Твёрдого права на него нет: ведомство решает само. Хорошо объясните, зачем вам это нужно.

    💶 Дополнительно:
    • Weiterbildungsgeld (деньги на время учёбы): { $wb_geld } в месяц
    • Премия: { $wb_bonus_mid } за промежуточный экзамен, { $wb_bonus_final } за выпускной экзамен
    • Присмотр за ребёнком: { $care_cost_training } на ребёнка в месяц

    📍 { -bca(form: "long") } в { -jobcenter(case: "loc") } или { -agentur-fuer-arbeit }.
    📄 Резюме, документы об образовании, ваша идея, какую профессию вы хотите получить.

train-avgs =
    🤝 Коучинг с { -avgs(form: "long") }

    Консультант поможет вам найти работу: с откликами на вакансии, с поиском места и с планом, как совместить семью и работу.
    • Для вас бесплатно.
    • Могут оплатить проезд и присмотр за ребёнком.

    📍 Спросите в { -jobcenter(case: "loc") } про { -avgs } – лучше всего у { -bca(form: "long") }. Или спросите в { -agentur-fuer-arbeit(form: "long") }. Потом вы сами выбираете организацию для коучинга.

train-recognition =
    📜 Признание иностранного диплома

    У вас есть право на то, чтобы ваш диплом проверили (процедура признания, Anerkennungsverfahren). Ваш статус пребывания при этом не важен.
    1. { -anerkennungs-finder(form: "long") } показывает, какое ведомство отвечает за ваш случай: www.anerkennung-in-deutschland.de
    2. { -iq-netzwerk(form: "long") } бесплатно консультирует по признанию.
    3. Расходы: может помочь Anerkennungszuschuss – доплата на признание. Спросите также в { -jobcenter(case: "loc") } или в { -agentur-fuer-arbeit }.

    📄 Аттестаты, дипломы, подтверждения опыта работы.

## Следующие шаги

train-todo-bca = { -jobcenter }: записаться на приём к { -bca(form: "long") }. Если вы не получаете { -buergergeld }: { -agentur-fuer-arbeit }.
train-todo-ik = { -integrationskurs }: записаться через { -jobcenter } или в { -bamf } и спросить о курсе с присмотром за детьми. Помощь: { -mbe(form: "long") } или { -jmd(form: "long") }.
train-todo-bsk = { -berufssprachkurs }: получить направление в { -jobcenter(case: "loc") }, в { -agentur-fuer-arbeit } или (если вы работаете) в { -bamf }.
train-todo-parttime = { -bca } или профориентация: обсудить { -teilzeitausbildung } – взять резюме и документы об образовании.
train-todo-retraining = { -bca } в { -jobcenter(case: "loc") } или { -agentur-fuer-arbeit }: подать заявление на { -bildungsgutschein } для переобучения – { -umschulung }, можно и на неполный день.
train-todo-avgs = { -jobcenter } или { -agentur-fuer-arbeit }: спросить про { -avgs } для коучинга – и сразу попросить оплатить проезд и присмотр за ребёнком.
train-todo-recognition = Воспользоваться { -anerkennungs-finder } и получить консультацию в { -iq-netzwerk } – подготовить документы об образовании.

train-opt-need-care = 🧸 Всё-таки нужен присмотр за ребёнком?
train-todo-agentur = { -agentur-fuer-arbeit }: записаться на профконсультацию – бесплатно, даже если вы работаете.
