# Транспорт. Ціни беруться з dialogs/figures.toml.

mob-title = Автобус, поїзд, авто

mob-start = 🚌 Пересування автобусом, поїздом і авто. Що вам потрібно?

mob-opt-dticket = 🎫 Deutschlandticket
mob-opt-social = 💶 Дешевий соціальний квиток
mob-opt-school = 🚸 Дорога дітей до школи
mob-opt-licence = 🚗 Водійські права для роботи
mob-opt-check = ✅ Що мені належить?
mob-opt-wohngeld = 🏠 Wohngeld (житло)
mob-opt-but = 🎒 Bildung und Teilhabe
mob-opt-avgs = 🤝 Коучинг (AVGS)

mob-dticket =
    🎫 Deutschlandticket (квиток на всю Німеччину)

    Один квиток на автобуси та поїзди місцевого транспорту по всій Німеччині.
    Ціна: { $deutschlandticket } на місяць (з { $deutschlandticket_from }), як абонемент.
    👶 Діти до { $dt_free_age } { $dt_free_age ->
        [one] року
       *[other] років
    } їздять безкоштовно.

    📍 У транспортній компанії вашого міста (центр обслуговування або застосунок).
    💡 З Bürgergeld, Wohngeld або Asylbewerberleistungen часто є дешевший соціальний квиток.

mob-social =
    💶 Deutschlandticket Sozial (соціальний квиток)

    У VRR (зокрема Вупперталь): { $dt_sozial } на місяць (станом на { $dt_sozial_from }; ціна на 2026 рік ще не підтверджена).
    Для людей із Bürgergeld, Sozialhilfe (соціальна допомога), Wohngeld (допомога на житло), Asylbewerberleistungen та деяких інших.

    Як це працює:
    1. Отримати підтвердження права: у міській адміністрації або у відомстві, яке виплачує вашу допомогу.
    2. З цим підтвердженням замовити квиток у транспортній компанії (абонемент).

    Інші регіони: запитайте у своєму місті про соціальний квиток.

mob-school =
    🚸 Дорога дітей до школи

    • Bildung und Teilhabe (освіта та участь) оплачує потрібні поїздки до школи – з Bürgergeld, Wohngeld, Kinderzuschlag або AsylbLG.
    • У NRW є Deutschlandticket Schule (шкільний квиток): { $dt_schule } на місяць.
    • Діти до { $dt_free_age } { $dt_free_age ->
        [one] року
       *[other] років
    } їздять безкоштовно.

    📍 Запитайте про Schülerticket (квиток для школярів) у секретаріаті школи. Заява на Bildung und Teilhabe: Jobcenter, міська адміністрація або Sozialamt (соціальна служба).

mob-licence =
    🚗 Водійські права для роботи

    Jobcenter може оплатити водійські права (Vermittlungsbudget – бюджет на працевлаштування). Твердого права на це немає (на розсуд відомства).
    Потрібна конкретна пропозиція роботи, для якої потрібні права.

    📄 Візьміть із собою:
    • Лист від роботодавця: вас візьмуть на роботу, коли матимете права
    • Кошторис від автошколи

    📍 Jobcenter – запитайте, перш ніж записатися в автошколу. Без Bürgergeld: запитайте в Agentur für Arbeit (агенція з праці).

## Наступні кроки

mob-todo-social = Місто: отримати підтвердження для соціального квитка, потім замовити Deutschlandticket Sozial у транспортній компанії.
mob-todo-school = Школа: запитати про Schülerticket; подати заяву на оплату проїзду через Bildung und Teilhabe.
mob-todo-licence = Jobcenter: подати заяву на водійські права через Vermittlungsbudget – взяти лист від роботодавця і кошторис автошколи.
