# Транспорт. Ціни беруться з dialogs/figures.toml.
# Назви відомств, квитків і виплат – лише через терміни з terms.ftl, див. docs/translation/uk.md.

mob-title = Автобус, поїзд, авто

mob-start = 🚌 Автобусом, поїздом чи автомобілем. Що вам потрібно?

mob-opt-dticket = 🎫 { -deutschlandticket }
mob-opt-social = 💶 Дешевий соціальний квиток
mob-opt-school = 🚸 Дорога дітей до школи
mob-opt-licence = 🚗 Водійські права для роботи
mob-opt-check = ✅ Що мені належить?
mob-opt-wohngeld = 🏠 { -wohngeld }
mob-opt-but = 🎒 Гроші на школу й гуртки
mob-opt-avgs = 🤝 Коучинг: { -avgs }

mob-dticket =
    🎫 { -deutschlandticket(form: "long") }

    Один квиток на автобуси й поїзди місцевого транспорту по всій Німеччині.
    Ціна: { $deutschlandticket } на місяць (з { $deutschlandticket_from }), як абонемент.
    👶 Діти до { $dt_free_age } { $dt_free_age ->
        [one] року
       *[other] років
    } їздять безкоштовно.

    📍 У транспортній компанії вашого міста (центр обслуговування клієнтів або застосунок).
    💡 Якщо ви отримуєте { -buergergeld }, { -wohngeld } або { -asylbewerberleistungen(form: "long") }, часто є дешевший { -sozialticket(form: "long") }.

mob-social =
    💶 { -deutschlandticket-sozial(form: "long") }

    У зоні { -vrr(form: "long") }, зокрема у Вупперталі: { $dt_sozial } на місяць (станом на { $dt_sozial_from }; ціна на 2026 рік ще не підтверджена).
    Для людей, які отримують { -buergergeld(form: "long") }, соціальну допомогу, { -wohngeld(form: "long") }, { -asylbewerberleistungen(form: "long") }, та для деяких інших.

    Що робити:
    1. Отримати підтвердження: у міській адміністрації або у відомстві, яке виплачує вам допомогу.
    2. З цим підтвердженням замовити квиток у транспортній компанії (абонемент).

    В інших регіонах: запитайте у своєму місті про соціальний квиток.

mob-school =
    🚸 Дорога дітей до школи

    • { -bildung-und-teilhabe(form: "long") } оплачує потрібні поїздки до школи – якщо ви отримуєте { -buergergeld }, { -wohngeld }, { -kinderzuschlag } або { -asylbewerberleistungen }.
    • У землі { -nrw(form: "long") } є шкільний { -deutschlandticket }: { $dt_schule } на місяць.
    • Діти до { $dt_free_age } { $dt_free_age ->
        [one] року
       *[other] років
    } їздять безкоштовно.

    📍 Запитайте про шкільний квиток (Schülerticket) у секретаріаті школи. Заява на { -bildung-und-teilhabe }: { -jobcenter }, міська адміністрація або { -sozialamt(form: "long") }.

mob-licence =
    🚗 Водійські права для роботи

    { -jobcenter(form: "long") } може оплатити водійські права з бюджету на працевлаштування (Vermittlungsbudget). Гарантованого права на це немає – відомство вирішує саме.
    Потрібна конкретна пропозиція роботи, для якої потрібні права.

    📄 Візьміть із собою:
    • Лист від роботодавця: вас візьмуть на роботу, коли ви матимете права
    • Кошторис від автошколи

    📍 { -jobcenter } – запитайте ще до того, як запишетеся в автошколу. Якщо ви не отримуєте { -buergergeld(form: "long") }: запитайте в { -agentur-fuer-arbeit(form: "long") }.

## Наступні кроки

mob-todo-social = Міська адміністрація: отримати підтвердження для соціального квитка, потім замовити { -deutschlandticket-sozial } у транспортній компанії.
mob-todo-school = Школа: запитати про шкільний квиток (Schülerticket); подати заяву на оплату проїзду через { -bildung-und-teilhabe }.
mob-todo-licence = { -jobcenter }: подати заяву на оплату водійських прав із бюджету на працевлаштування (Vermittlungsbudget) – взяти лист від роботодавця і кошторис автошколи.
