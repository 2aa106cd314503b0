# Присмотр за детьми. Числа и возрастные границы берутся из dialogs/figures.toml.
# Названия ведомств и пособий – только через термины из terms.ftl, см. docs/translation/ru.md.

cc-title = Присмотр за детьми

cc-start = 🧸 Присмотр за детьми. Что вам нужно?

cc-opt-place = 🧸 { -kita } или дневная няня
cc-opt-ganztag = 🏫 { -ganztag } в начальной школе
cc-opt-offhours = ⏰ Ранняя или поздняя смена
cc-opt-sick = 🤒 Болезнь или экстренный случай
cc-opt-fees = 💶 { -kita } без оплаты
cc-opt-training = 🎓 Присмотр за ребёнком во время учёбы
cc-opt-how = 📝 Как записать ребёнка
cc-opt-to-training = 🎓 Обучение и работа
cc-opt-elterngeld = 🍼 { -elterngeld }
cc-opt-school-ticket = 🚸 Дорога в школу
cc-opt-sick-child = 🤒 Мой ребёнок болен
cc-opt-sick-parent = 🤕 Я болею / в больнице

## Место в Kita или Kindertagespflege

cc-place-age = Сколько лет ребёнку, которому нужно место?
cc-age-under1 = Меньше { $kita_right_age } { $kita_right_age ->
        [one] года
       *[other] лет
    }
cc-age-1-2 = 1 или 2 года
cc-age-3-school = От 3 лет до школы
cc-age-school = Ребёнок уже ходит в школу

cc-place-under1 =
    👶 Вашему ребёнку ещё нет { $kita_right_age } { $kita_right_age ->
        [one] года
       *[other] лет
    }.

    Право на место в { -kita(case: "loc", form: "long") } или у дневной няни – { -kindertagespflege } – сейчас есть, только если вы
    • работаете,
    • ищете работу,
    • учитесь профессии или
    • участвуете в программе { -jobcenter(case: "gen") }, например в курсе.
    Когда ребёнку исполнится { $kita_right_age } { $kita_right_age ->
        [one] год
        [few] года
        [many] лет
       *[other] года
    }, у него в любом случае будет право на место.

    📍 { -jugendamt(form: "long") } вашего города. Записывайте ребёнка заранее.
    📄 Подтверждение работы, поиска работы или учёбы.

cc-place-right =
    ✅ У вашего ребёнка есть право на место в детском учреждении – даже если вы не работаете.
    Это право действует с { $kita_right_age } { $kita_right_age ->
        [one] года
       *[other] лет
    }. Место может быть в { -kita(case: "loc", form: "long") }. Или у дневной няни: { -tagesmutter } или Tagesvater. Это называется { -kindertagespflege }.

    📍 { -jugendamt(form: "long") } вашего города. Записывайте ребёнка заранее.

    💡 Запишите ребёнка сразу в несколько детских садов. Спросите в { -jugendamt(case: "loc") } и про дневную няню – { -kindertagespflege }.

cc-place-how =
    📝 Как получить место:

    1. Запишите ребёнка: на онлайн-портале вашего города (он часто называется «Kita-Navigator») или в { -jugendamt(case: "loc", form: "long") }. Лучше всего – сразу в несколько детских садов.
    2. { -jugendamt } поможет вам найти дневную няню – { -tagesmutter } или Tagesvater.
    3. Сделайте это заранее: в земле { -nrw(form: "long") } не позже чем за { $kita_notice_months } { $kita_notice_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }.
    4. Если вы не получили место, напишите в { -jugendamt } по-немецки: «Ich beantrage einen Betreuungsplatz für mein Kind ab (Datum).» Это значит: «Прошу предоставить место для моего ребёнка с (дата)». Сохраните копию письма.

    📄 Свидетельство о рождении, паспорт. Для ребёнка младше { $kita_right_age } { $kita_right_age ->
        [one] года
       *[other] лет
    }: подтверждение работы, учёбы или поиска работы.

## Ganztag в начальной школе

cc-ganztag =
    🏫 { -ganztag(form: "long") } в начальной школе

    С { $ganztag_grade_from } у детей есть право на место в { -ganztag(case: "loc") } { $ganztag_grade ->
        [1] в 1 классе
       *[other] в 1–{ $ganztag_grade } классах
    }. Каждый год добавляется ещё один класс, до 4 класса.
    Это значит: { $ganztag_hours } { $ganztag_hours ->
        [one] час
        [few] часа
        [many] часов
       *[other] часа
    } в день, с понедельника по пятницу. И в каникулы тоже. Закрыто не больше { $ganztag_closing_days } { $ganztag_closing_days ->
        [one] дня
       *[other] дней
    } в году.

    📍 Запишите ребёнка на { -ganztag } в начальной школе. Лучше всего – сразу вместе с записью в школу. В земле { -nrw(form: "long") } это называется { -ogs(form: "long") }.
    На вопросы ответят в школе или в { -jugendamt(case: "loc", form: "long") }.
    💶 При { -buergergeld(case: "loc") }, { -wohngeld(case: "loc") } или { -kinderzuschlag(case: "loc") } часто платить не нужно.

## Ранняя и поздняя смена

cc-offhours =
    ⏰ Ранняя или поздняя смена

    Вы работаете, когда { -kita(form: "long") } закрыта? Тогда часто помогает ещё и дневная няня: { -tagesmutter } или Tagesvater. Это называется { -kindertagespflege }. Няня присмотрит за ребёнком рано утром или поздно вечером.
    { -jugendamt(form: "long") } поможет вам её найти. Не каждый город это оплачивает. Всё равно спросите.

    📍 { -jugendamt } вашего города.
    📄 Справка от работодателя с вашим рабочим временем. Или ваш график смен.

    💡 { -bca(form: "long") } в { -jobcenter(case: "loc") } тоже помогает родителям, которые одни растят детей, совместить работу и присмотр за ребёнком.

## Болезнь и экстренный случай

cc-sick = Кто болеет?

cc-sick-child =
    🤒 Если ваш ребёнок болеет и вам нужно остаться дома:

    Вы получаете { -kinderkrankengeld(form: "long") } от { -krankenkasse(form: "long") }. Если вы одни растите ребёнка, у вас { $kkg_days_single } { $kkg_days_single ->
        [one] рабочий день
        [few] рабочих дня
        [many] рабочих дней
       *[other] рабочего дня
    } на каждого ребёнка в год. На всех детей вместе – не больше { $kkg_days_single_max } { $kkg_days_single_max ->
        [one] дня
       *[other] дней
    } (данные на { $kkg_days_single_from }).

    Что делать:
    1. Возьмите у педиатра справку «Kind krank» (ребёнок болен).
    2. Сразу сообщите работодателю.
    3. Отдайте справку в свою { -krankenkasse }.

    📍 Ваша { -krankenkasse }.

cc-sick-parent =
    🤕 Если вы болеете или вам нужно лечь в больницу:

    1. { -haushaltshilfe(form: "long") }: к вам приходит помощник и заботится о доме и детях. Это положено, если с вами живёт ребёнок младше { $haushaltshilfe_age } { $haushaltshilfe_age ->
        [one] года
       *[other] лет
    }. Эту помощь должен назначить ваш врач.
    📍 { -krankenkasse(form: "long") } – с назначением врача.

    2. Этого мало? Тогда в экстренном случае { -jugendamt(form: "long") } поможет с присмотром за детьми младше { $emergency_care_age } { $emergency_care_age ->
        [one] года
       *[other] лет
    }.
    📍 { -jugendamt } вашего города.

    🆘 При прямой опасности: 110 или 112.

## Присмотр во время учёбы

cc-training =
    🎓 Присмотр за ребёнком во время профобучения или переобучения – { -umschulung }

    • Расходы: { -jobcenter(form: "long") } или { -agentur-fuer-arbeit(form: "long") } платит { $care_cost_training } на ребёнка в месяц за присмотр.
    • Коучинг через { -avgs(form: "long") }: могут оплатить проезд и присмотр за ребёнком.
    • Курс немецкого: { -integrationskurs(form: "long") } есть и для родителей. На некоторых курсах есть присмотр за детьми (для детей от { $ik_care_age_min } до { $ik_care_age_max } { $ik_care_age_max ->
        [one] года
       *[other] лет
    }).
    • Место: если вы учитесь профессии, право на место есть даже у ребёнка младше { $kita_right_age } { $kita_right_age ->
        [one] года
       *[other] лет
    }.

    📍 { -bca(form: "long") } в { -jobcenter(case: "loc") } или в { -agentur-fuer-arbeit }. Спросите ещё до начала учёбы.

## Следующие шаги

cc-todo-register = { -jugendamt } или онлайн-портал города: записать ребёнка в { -kita(case: "acc") } или к дневной няне – в земле { -nrw } за { $kita_notice_months } { $kita_notice_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }.
cc-todo-register-under1 = Для ребёнка младше { $kita_right_age } { $kita_right_age ->
        [one] года
       *[other] лет
    }: взять подтверждение работы, учёбы или поиска работы.
cc-todo-ganztag = Начальная школа: записать ребёнка на { -ganztag }, в земле { -nrw } – { -ogs }; лучше всего вместе с записью в школу.
cc-todo-offhours = { -jugendamt }: спросить о дневной няне ({ -kindertagespflege }) на раннюю или позднюю смену – взять график смен или справку от работодателя.
cc-todo-kkg = Ребёнок болен: взять справку у педиатра, сообщить работодателю, отдать справку в { -krankenkasse }.
cc-todo-haushaltshilfe = { -krankenkasse }: подать заявление на { -haushaltshilfe } – взять назначение врача.
cc-todo-emergency-care = Если { -haushaltshilfe } не хватает: попросить { -jugendamt } помочь с присмотром за детьми.
cc-todo-training-care = { -jobcenter } или { -agentur-fuer-arbeit }: подать заявление на оплату присмотра за ребёнком во время учёбы или переобучения – ещё до начала.

cc-opt-change-age = ✏️ Возраст ребёнка: { $child_age ->
        [0] до 1 года
       *[other] { $child_age }
    } – изменить
## Правила федеральных земель (land: NW, BE, NI)

cc-place-how-be =
    📝 Как получить место в Берлине:

    1. Подайте заявление на { -kita-gutschein } в { -jugendamt }: за { $be_kita_apply_months_max }–{ $be_kita_apply_months_min } месяцев до начала. Можно и онлайн.
    2. С ваучером запишите ребёнка в { -kita }. Спрашивайте в нескольких.
    3. С { $kita_right_age } года: до { $be_kita_hours } часов в день без подтверждения. Для большего числа часов нужно подтверждение, например от работодателя.

    📄 Свидетельство о рождении, документ, справка о регистрации (Meldebescheinigung).

cc-place-how-ni =
    📝 Как получить место в районе Клоппенбург:

    1. { -kita } принадлежат вашей общине (Gemeinde). Запишите ребёнка онлайн на портале «Little Bird».
    2. ⏰ До 31 января – на место с 1 августа. Можно указать до 3 желаемых мест.
    3. Нет места? Право на место – перед районом (Landkreis). Напишите в { -jugendamt } в здании района.

    📄 Свидетельство о рождении, документ.

cc-ganztag-be =
    🏫 Присмотр на весь день в начальной школе в Берлине

    Все начальные школы – школы полного дня. Присмотр до и после уроков называется eFöB ({ -hort }).
    • 1–{ $be_efoeb_free_grade } класс: бесплатно, без подтверждения, с 7:30 до 16:00.
    • С 4 класса заявление подают заново.
    • Обед: бесплатно до { $be_lunch_free_grade } класса.

    📍 { -jugendamt }: подайте заявление не позднее чем за { $be_efoeb_notice_months ->
        [one] { $be_efoeb_notice_months } месяц
        [few] { $be_efoeb_notice_months } месяца
       *[other] { $be_efoeb_notice_months } месяцев
    } – лучше вместе с записью в школу.

cc-ganztag-ni =
    🏫 Присмотр на весь день в начальной школе в Нижней Саксонии

    С { $ni_ganztag_grade_from } есть право на место в школе полного дня (Ganztagsschule) – сначала для 1 класса, каждый год на один класс больше.
    Это { $ganztag_hours } часов в день, с понедельника по пятницу. На каникулах закрыто не больше { $ni_ganztag_closed_weeks } недель.
    «Надёжная начальная школа» (Verlässliche Grundschule) присматривает за детьми не меньше { $ni_vgs_hours } часов в день.
    💶 Школа полного дня обычно бесплатна. Обед оплачивается отдельно. { -hort } может брать плату.

    📍 Спросите о присмотре на весь день при записи в школу.

cc-todo-register-be = { -jugendamt }: подать заявление на { -kita-gutschein } – за { $be_kita_apply_months_max }–{ $be_kita_apply_months_min } месяцев до начала.
cc-todo-register-ni = Община: записать ребёнка через «Little Bird» в { -kita } или ясли (Krippe) – до 31 января.
cc-todo-ganztag-be = { -jugendamt }: подать заявление на eFöB ({ -hort }) – заранее, вместе с записью в школу.
cc-todo-ganztag-ni = Начальная школа: при записи спросить о месте в школе полного дня.

cc-opt-fee-waiver = 💶 Без платы при пособиях

cc-fees-nw =
    🧸 Плата за { -kita } в { -nrw(form: "long") }

    Последние { $nw_kita_free_years } года в { -kita } перед школой бесплатны. Ребёнку исполняется 4 года до 30 сентября? Тогда с августа и до школы вы ничего не платите.
    Для младших детей плата зависит от дохода. Её устанавливает город.
    С { -buergergeld }, { -sozialhilfe }, { -kinderzuschlag } или { -wohngeld } вы не платите.

cc-fees-be =
    🧸 Плата за { -kita } в Берлине

    В Берлине { -kita } бесплатна для всех детей.
    Вы платите только долю за обед. Её тоже может покрыть { -bildung-und-teilhabe }.

cc-fees-ni =
    🧸 Плата за { -kita } в Нижней Саксонии

    Детский сад бесплатный: с месяца, когда ребёнку исполняется { $ni_kita_free_age }, и до школы – до { $ni_kita_free_hours } часов в день, 5 дней в неделю.
    Ясли (Krippe, до { $ni_kita_free_age } лет) и { -hort } платные. Плата зависит от дохода. { -jugendamt } может её взять на себя.
    Питание оплачивается отдельно.
