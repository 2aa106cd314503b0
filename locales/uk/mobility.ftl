# Транспорт. Ціни беруться з dialogs/figures.toml.
# Назви відомств, квитків і виплат – лише через терміни з terms.ftl, див. docs/translation/uk.md.

mob-title = Автобус, поїзд, авто

mob-start = 🚌 Автобусом, поїздом чи автомобілем. Що вам потрібно?

mob-opt-dticket = 🎫 { -deutschlandticket }
mob-opt-social = 💶 Дешевий { -sozialticket }
mob-opt-school = 🚸 Дорога дітей до школи
mob-opt-licence = 🚗 Водійські права для роботи
mob-opt-check = ✅ Що мені належить?
mob-opt-wohngeld = 🏠 { -wohngeld }
mob-opt-but = 🎒 Гроші на школу й гуртки
mob-opt-avgs = 🤝 Коучинг: { -avgs }

mob-dticket =
    🎫 { -deutschlandticket(form: "long") }

    Один квиток на автобуси й поїзди місцевого транспорту по всій Німеччині.
    Ціна: { $deutschlandticket } на місяць (з { $deutschlandticket_from }). Це абонемент.
    👶 Діти до { $dt_free_age } { $dt_free_age ->
        [one] року
       *[other] років
    } їздять безкоштовно.

    📍 У транспортній компанії вашого міста: у центрі обслуговування клієнтів або в застосунку.
    💡 Якщо ви отримуєте { -buergergeld(form: "long") }, { -wohngeld(form: "long") } або { -asylbewerberleistungen(form: "long") }, часто є дешевший { -sozialticket(form: "long") }.

mob-social =
    💶 { -deutschlandticket-sozial(form: "long") }

    У зоні { -vrr(form: "long") }, зокрема у Вупперталі та Хагені: { $dt_sozial } на місяць (станом на { $dt_sozial_from }; ціна на 2026 рік ще не підтверджена).
    Для людей, які отримують { -buergergeld(form: "long") }, { -sozialhilfe(form: "long") }, { -wohngeld(form: "long") } або { -asylbewerberleistungen(form: "long") }, – і для деяких інших.

    Що робити:
    1. Візьміть підтвердження: у міській адміністрації або у відомстві, яке виплачує вам допомогу.
    2. З цим підтвердженням замовте квиток у транспортній компанії. Це абонемент.

    Ви живете в іншому регіоні? Тоді запитайте у своєму місті про { -sozialticket }.

mob-school =
    🚸 Дорога дітей до школи

    • Ви отримуєте { -buergergeld(form: "long") }, { -wohngeld(form: "long") }, { -kinderzuschlag(form: "long") } або { -asylbewerberleistungen(form: "long") }? Тоді { -bildung-und-teilhabe(form: "long") } оплачує потрібні поїздки до школи.
    • У землі { -nrw(form: "long") } є { -deutschlandticket } Schule – квиток для школярів: { $dt_schule } на місяць.
    • Діти до { $dt_free_age } { $dt_free_age ->
        [one] року
       *[other] років
    } їздять безкоштовно.

    📍 Запитайте про шкільний квиток (Schülerticket) у секретаріаті школи. Заяву на { -bildung-und-teilhabe } подайте в { -jobcenter(case: "loc", form: "long") }, у міській адміністрації або в { -sozialamt(case: "loc", form: "long") }.

mob-licence =
    🚗 Водійські права для роботи

    { -jobcenter(form: "long") } може оплатити водійські права з бюджету на працевлаштування (Vermittlungsbudget). Гарантованого права на це немає: рішення ухвалює { -jobcenter }.
    Вам потрібна конкретна пропозиція роботи. І для цієї роботи мають бути потрібні права.

    📄 Візьміть із собою:
    • лист від роботодавця: він візьме вас на роботу, коли ви матимете права
    • пропозицію від автошколи з вартістю навчання (Kostenvoranschlag)

    📍 { -jobcenter }: запитайте там ще до того, як запишетеся в автошколу. Якщо ви не отримуєте { -buergergeld(form: "long") }: запитайте в { -agentur-fuer-arbeit(form: "long") }.

## Наступні кроки

mob-todo-social = Міська адміністрація: отримати підтвердження для { -sozialticket(case: "gen") }. Потім замовити { -deutschlandticket-sozial } у транспортній компанії.
mob-todo-school = Школа: запитати про шкільний квиток (Schülerticket). Подати заяву на оплату проїзду через { -bildung-und-teilhabe }.
mob-todo-licence = { -jobcenter }: подати заяву на оплату водійських прав із бюджету на працевлаштування (Vermittlungsbudget) – взяти лист від роботодавця і кошторис автошколи.

## Правила земель і мереж

mob-opt-rural = 🚐 Автобус на замовлення в селі

mob-social-be =
    💶 Berlin-Ticket S

    { $berlin_ticket_s } на місяць, для автобусів і поїздів у Берліні (тарифна зона AB).
    Для тих, хто отримує { -buergergeld }, { -sozialhilfe }, { -asylbewerberleistungen } або { -wohngeld } – і деяких інших. Не з допомогою з безробіття I (ALG I).

    Як це працює:
    1. Купіть квиток у BVG або S-Bahn.
    2. Напишіть на квитку своє повне ім’я.
    3. Завжди майте при собі { -bescheid } і документ із фото.

mob-social-clp =
    💶 { -sozialticket } у районі Клоппенбург

    { -sozialticket } у районі Клоппенбург я не знаю. У Нижній Саксонії це вирішують самі райони й міста. Запитайте в будинку району (Kreishaus).
    🚐 Дешево їздити можна автобусом на замовлення moobil+.
    🎒 Потрібні поїздки до школи оплачує { -bildung-und-teilhabe }.

mob-rural =
    🚐 Автобус на замовлення moobil+ у районі Клоппенбург

    Невеликі автобуси їздять у кожній громаді, здебільшого з 7 до 19 години. Вони зупиняються на понад 500 зупинках – і без сходинок.
    ⏰ Бронюйте щонайменше за { $moobil_book_hours ->
        [one] { $moobil_book_hours } годину
        [few] { $moobil_book_hours } години
       *[other] { $moobil_book_hours } годин
    }: у застосунку, онлайн або за телефоном 0800 3030 20 1.
    💶 Поїздка у вашій громаді: { $moobil_fare }. За кожну наступну громаду: на { $moobil_fare_extra } більше.
    Є також денні, тижневі й місячні квитки. Оплата готівкою або через рахунок.

mob-todo-social-be = BVG або S-Bahn: купити Berlin-Ticket S – завжди мати при собі { -bescheid } і документ із фото.
mob-todo-rural = moobil+: бронювати поїздку заздалегідь – у застосунку, онлайн або 0800 3030 20 1.
