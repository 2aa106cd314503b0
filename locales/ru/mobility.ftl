# Транспорт. Цены берутся из dialogs/figures.toml.
# Названия ведомств, билетов и пособий – только через термины из terms.ftl, см. docs/translation/ru.md.

mob-title = Автобус, поезд, машина

mob-start = 🚌 На автобусе, поезде или машине. Что вам нужно?

mob-opt-dticket = 🎫 { -deutschlandticket }
mob-opt-social = 💶 Дешёвый { -sozialticket }
mob-opt-school = 🚸 Дорога детей в школу
mob-opt-licence = 🚗 Водительские права для работы
mob-opt-check = ✅ Что мне положено?
mob-opt-wohngeld = 🏠 { -wohngeld }
mob-opt-but = 🎒 Деньги на школу и кружки
mob-opt-avgs = 🤝 Коучинг: { -avgs }

mob-dticket =
    🎫 { -deutschlandticket(form: "long") }

    Один билет на автобусы и поезда местного транспорта по всей Германии.
    Цена: { $deutschlandticket } в месяц (с { $deutschlandticket_from }). Это абонемент.
    👶 Дети до { $dt_free_age } { $dt_free_age ->
        [one] года
       *[other] лет
    } ездят бесплатно.

    📍 В транспортной компании вашего города: в центре обслуживания клиентов или в приложении.
    💡 Если вы получаете { -buergergeld }, { -wohngeld } или { -asylbewerberleistungen(form: "long") }, часто есть более дешёвый { -sozialticket(form: "long") }.

mob-social =
    💶 { -deutschlandticket-sozial(form: "long") }

    В зоне { -vrr(form: "long") }, в том числе в Вуппертале и Хагене: { $dt_sozial } в месяц (данные на { $dt_sozial_from }; цена на 2026 год ещё не подтверждена).
    Для людей, которые получают { -buergergeld(form: "long") }, { -sozialhilfe(form: "long") }, { -wohngeld(form: "long") } или { -asylbewerberleistungen(form: "long") }, – и для некоторых других.

    Что делать:
    1. Получите подтверждение: в городской администрации или в ведомстве, которое платит вам пособие.
    2. С этим подтверждением закажите билет в транспортной компании. Это абонемент.

    Вы живёте в другом регионе? Тогда спросите в своём городе про { -sozialticket(form: "long") }.

mob-school =
    🚸 Дорога детей в школу

    • Вы получаете { -buergergeld }, { -wohngeld }, { -kinderzuschlag } или { -asylbewerberleistungen }? Тогда { -bildung-und-teilhabe(form: "long") } оплачивает нужные поездки в школу.
    • В земле { -nrw(form: "long") } есть школьный { -deutschlandticket } (Deutschlandticket Schule): { $dt_schule } в месяц.
    • Дети до { $dt_free_age } { $dt_free_age ->
        [one] года
       *[other] лет
    } ездят бесплатно.

    📍 Спросите про школьный билет (Schülerticket) в секретариате школы. Заявление на { -bildung-und-teilhabe } подают в { -jobcenter }, в городскую администрацию или в { -sozialamt(form: "long") }.

mob-licence =
    🚗 Водительские права для работы

    { -jobcenter(form: "long") } может оплатить водительские права из бюджета на трудоустройство (Vermittlungsbudget). Твёрдого права на это у вас нет: решает { -jobcenter }.
    Нужно конкретное предложение работы. И для этой работы должны требоваться права.

    📄 Возьмите с собой:
    • письмо от работодателя: он возьмёт вас на работу, когда у вас будут права
    • предложение автошколы с ценой (Kostenvoranschlag – смета)

    📍 { -jobcenter }: спросите там ещё до того, как запишетесь в автошколу. Если вы не получаете { -buergergeld(form: "long") }, спросите в { -agentur-fuer-arbeit(form: "long") }.

## Следующие шаги

mob-todo-social = Городская администрация: получить подтверждение для { -sozialticket(case: "gen") }. Потом заказать { -deutschlandticket-sozial } в транспортной компании.
mob-todo-school = Школа: спросить про школьный билет (Schülerticket). Подать заявление на оплату проезда через { -bildung-und-teilhabe }.
mob-todo-licence = { -jobcenter }: подать заявление на оплату водительских прав из бюджета на трудоустройство (Vermittlungsbudget) – взять письмо от работодателя и смету автошколы.

## Правила земель и сетей

mob-opt-rural = 🚐 Автобус по вызову в сельской местности

mob-social-be =
    💶 Berlin-Ticket S

    { $berlin_ticket_s } в месяц, для автобусов и поездов в Берлине (тарифная зона AB).
    Для получателей { -buergergeld }, { -sozialhilfe }, { -asylbewerberleistungen } или { -wohngeld } – и некоторых других. Не с пособием по безработице I (ALG I).

    Как это работает:
    1. Купите билет в BVG или S-Bahn.
    2. Напишите на билете своё полное имя.
    3. Всегда носите с собой { -bescheid } и документ с фото.

mob-social-clp =
    💶 { -sozialticket } в районе Клоппенбург

    { -sozialticket } в районе Клоппенбург я не знаю. В Нижней Саксонии это решают сами районы и города. Спросите в здании района (Kreishaus).
    🚐 Дёшево ездить можно на автобусе по вызову moobil+.
    🎒 Нужные поездки в школу оплачивает { -bildung-und-teilhabe }.

mob-rural =
    🚐 Автобус по вызову moobil+ в районе Клоппенбург

    Небольшие автобусы ходят в каждой общине, обычно с 7 до 19 часов. Они останавливаются на более чем 500 остановках – и без ступенек.
    ⏰ Бронируйте не позднее чем за { $moobil_book_hours ->
        [one] { $moobil_book_hours } час
        [few] { $moobil_book_hours } часа
       *[other] { $moobil_book_hours } часов
    }: в приложении, онлайн или по телефону 0800 3030 20 1.
    💶 Поездка внутри вашей общины: { $moobil_fare }. За каждую следующую общину: на { $moobil_fare_extra } больше.
    Есть также билеты на день, неделю и месяц. Оплата наличными или через счёт.

mob-todo-social-be = BVG или S-Bahn: купить Berlin-Ticket S – всегда иметь при себе { -bescheid } и документ с фото.
mob-todo-rural = moobil+: бронировать поездку заранее – в приложении, онлайн или 0800 3030 20 1.
