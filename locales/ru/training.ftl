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

## Следующие шаги

train-todo-bca = { -jobcenter }: записаться на приём к { -bca(form: "long") }. Если вы не получаете { -buergergeld }: { -agentur-fuer-arbeit }.
train-todo-bsk = { -berufssprachkurs }: получить направление в { -jobcenter(case: "loc") }, в { -agentur-fuer-arbeit } или (если вы работаете) в { -bamf }.
train-todo-parttime = { -bca } или профориентация: обсудить { -teilzeitausbildung } – взять резюме и документы об образовании.
train-todo-retraining = { -bca } в { -jobcenter(case: "loc") } или { -agentur-fuer-arbeit }: подать заявление на { -bildungsgutschein } для переобучения – { -umschulung }, можно и на неполный день.
train-todo-avgs = { -jobcenter } или { -agentur-fuer-arbeit }: спросить про { -avgs } для коучинга – и сразу попросить оплатить проезд и присмотр за ребёнком.
train-opt-need-care = 🧸 Всё-таки нужен присмотр за ребёнком?
train-todo-agentur = { -agentur-fuer-arbeit }: записаться на профконсультацию – бесплатно, даже если вы работаете.

train-bsk =
    🗣️ { -berufssprachkurs(form: "long") }

    Для всех, кто уже знает немецкий хотя бы на уровне B1. Уровни: B1 → B2, B2 → C1, C1 → C2, каждый { $bsk_hours_min }–{ $bsk_hours_max } уроков.
    Курс бесплатный, если ваш облагаемый налогом доход за год меньше { $bsk_income_limit }. Иначе – { $bsk_fee_lesson } за урок.

    📍 Направление на курс дают в { -jobcenter(case: "loc") } или в { -agentur-fuer-arbeit(form: "long") }. Если вы работаете – напрямую в { -bamf(form: "long") }.
    📄 Ваш последний языковой сертификат (например, B1).

train-todo-recognition = { -iq-netzwerk(form: "long") }: бесплатная консультация по признанию – при любом статусе пребывания. Возьмите документы об образовании.

## Немецкий язык: чтение и письмо, курс, место во время остановки приёма

train-german-read =
    🗣️ Учить немецкий

    Какой курс вам подходит, зависит от этого: вы умеете читать и писать?

train-read-latin = ✍️ Да, латинскими буквами
train-read-other = 🔤 Да, но другим письмом
train-read-none = 🤔 Нет или совсем немного
train-opt-change-read = ✏️ Изменить ответ о чтении

train-german-level = 🗣️ Насколько хорошо вы уже знаете немецкий?
train-level-below = Немного или совсем нет
train-level-b1 = B1 или лучше
train-opt-change-level = ✏️ Изменить ответ о немецком

train-alpha =
    ✍️ { -integrationskurs } с алфавитизацией (Alphabetisierungskurs)

    Вы учитесь читать и писать латиницей – и немецкому языку. Курс и для тех, кто уже пишет другим письмом, например кириллицей или по-арабски.
    • { $ik_hours_parents } уроков и ещё до { $ik_alpha_repeat } уроков для повторения (всего { $ik_alpha_max }).
    • Есть курсы для родителей или для женщин, часто неполный день, под часы детского сада и школы.{ $small ->
        [0] {""}
       *[other] {" "}Если у ребёнка нет места в детском саду, { -bamf } может оплатить присмотр за ребёнком во время курса (на этот год ещё не точно).
    }
    • Стоимость: { $ik_fee_lesson } за урок. С { -buergergeld(case: "ins") } – бесплатно, если подать заявление до начала курса. Если сдадите экзамен, вам вернут { $ik_refund_percent } % стоимости.

    ➡️ Дальше: кто сейчас получает место?

train-ik =
    🗣️ { -integrationskurs }

    Немецкий и ориентационный курс (жизнь в Германии): { $ik_hours } уроков.
    • Курсы для родителей или для женщин: { $ik_hours_parents } уроков, часто неполный день, под часы детского сада и школы.{ $small ->
        [0] {""}
       *[other] {" "}Если у ребёнка нет места в детском саду, { -bamf } может оплатить присмотр за ребёнком во время курса (на этот год ещё не точно).
    }
    • Стоимость: { $ik_fee_lesson } за урок. С { -buergergeld(case: "ins") } – бесплатно, если подать заявление до начала курса. Если сдадите экзамен, вам вернут { $ik_refund_percent } % стоимости.

    ➡️ Дальше: кто сейчас получает место?

train-ik-ask-bg =
    Вы получаете { -buergergeld } от { -jobcenter(case: "gen") }?
    От этого зависит, как вы сейчас можете получить место на курсе.

train-ik-ask-res =
    Какой у вас статус пребывания?
    От этого зависит, можете ли вы сейчас получить место на курсе.

train-opt-change-bg = ✏️ Получаю { -buergergeld }

train-ik-place =
    { $w ->
        [1]
        ✅ С { -buergergeld(case: "ins") }: обратитесь в { -jobcenter }

        До { $ik_stop_end_from } { -bamf(form: "long") } не принимает никого, кто хочет учиться добровольно (§ 44 Abs. 4 AufenthG). Но место получает тот, кого { -jobcenter } обязывает пройти курс (§ 44a AufenthG).

        • Попросите { -jobcenter } обязать вас пройти курс (Verpflichtung zum Integrationskurs) – с алфавитизацией, если она вам нужна.
        • С { -buergergeld(case: "ins") } курс бесплатный, если подать заявление до его начала.
        • Спросите о курсе для родителей неполного дня.

        Помощь: { -mbe(form: "long") } или { -jmd(form: "long") }.
        [2]
        🪪 С { -aufenthaltstitel(case: "ins") }: есть ли у вас право на курс?

        До { $ik_stop_end_from } { -bamf(form: "long") } никого не принимает добровольно (§ 44 Abs. 4 AufenthG). Но место получает тот, у кого есть право на курс (§ 44 Abs. 1 AufenthG) или кого обязали (§ 44a AufenthG).

        • Спросите в { -auslaenderbehoerde(form: "long") }: есть ли у меня право на { -integrationskurs }? Или вы можете меня обязать?
        • С этим письмом запишитесь к организатору курса (Kursträger), например в { -vhs(form: "long") }.

        Помощь: { -mbe(form: "long") } или { -jmd(form: "long") }.
       *[other]
        ⛔ До { $ik_stop_end_from }: добровольных мест нет

        После циркуляра от { $ik_stop_circular_from } { -bamf(form: "long") } больше никого не принимает на { -integrationskurs } добровольно (§ 44 Abs. 4 AufenthG). Это касается просителей убежища, людей с { -duldung }, людей из Украины с защитой по § 24 и граждан ЕС.

        Место по-прежнему получает тот, у кого есть на него право (§ 44 Abs. 1 AufenthG) или кого обязали (§ 44a AufenthG).

        Что вы можете сделать:
        1. { -auslaenderbehoerde(form: "long") }: спросить, может ли она обязать вас пройти курс (Verpflichtung zum Integrationskurs).
        2. Если вы получаете { -buergergeld }: попросить { -jobcenter } об обязательстве.
        3. Консультация: { -mbe(form: "long") } или { -jmd(form: "long") }.
    }

train-todo-ik-bg = { -jobcenter }: попросить обязать вас пройти { -integrationskurs } (с алфавитизацией, если нужно; лучше курс для родителей неполного дня) – заявление об освобождении от оплаты подать до курса.
train-todo-ik-stop = { -auslaenderbehoerde }: спросить, может ли она обязать вас пройти { -integrationskurs } – добровольных мест до { $ik_stop_end_from } нет.
train-todo-ik-permit = { -auslaenderbehoerde }: спросить, есть ли у вас право на { -integrationskurs }, затем записаться к организатору курса (Kursträger).
