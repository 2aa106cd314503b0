# Транспорт. Цены берутся из dialogs/figures.toml.

mob-title = Автобус, поезд, авто

mob-start = 🚌 В пути на автобусе, поезде и машине. Что вам нужно?

mob-opt-dticket = 🎫 Deutschlandticket
mob-opt-social = 💶 Дешёвый социальный билет
mob-opt-school = 🚸 Дорога детей в школу
mob-opt-licence = 🚗 Права для работы
mob-opt-check = ✅ Что мне положено?
mob-opt-wohngeld = 🏠 Wohngeld (на жильё)
mob-opt-but = 🎒 Bildung und Teilhabe
mob-opt-avgs = 🤝 Коучинг (AVGS)

mob-dticket =
    🎫 Deutschlandticket (билет на всю Германию)

    Один билет на автобусы и поезда местного транспорта по всей Германии.
    Цена: { $deutschlandticket } в месяц (с { $deutschlandticket_from }), по подписке (Abo).
    👶 Дети младше { $dt_free_age } { $dt_free_age ->
        [one] года
       *[other] лет
    } ездят бесплатно.

    📍 В транспортной компании вашего города (центр обслуживания или приложение).
    💡 С Bürgergeld, Wohngeld или Asylbewerberleistungen часто есть более дешёвый социальный билет.

mob-social =
    💶 Deutschlandticket Sozial (социальный билет)

    В VRR (транспортный союз, в том числе Вупперталь): { $dt_sozial } в месяц (данные на { $dt_sozial_from }; цена на 2026 год ещё не подтверждена).
    Для людей с Bürgergeld, Sozialhilfe (социальной помощью), Wohngeld (пособием на жильё), Asylbewerberleistungen и некоторых других.

    Как это сделать:
    1. Получить подтверждение: в городе или в ведомстве, которое платит ваше пособие.
    2. С этим подтверждением заказать билет в транспортной компании (подписка).

    Другие регионы: спросите в своём городе о социальном билете.

mob-school =
    🚸 Дорога детей в школу

    • Bildung und Teilhabe (деньги на школу и досуг) оплачивает нужные поездки в школу – с Bürgergeld, Wohngeld, Kinderzuschlag или AsylbLG.
    • В NRW есть Deutschlandticket Schule (школьный билет): { $dt_schule } в месяц.
    • Дети младше { $dt_free_age } { $dt_free_age ->
        [one] года
       *[other] лет
    } ездят бесплатно.

    📍 Спросите о школьном билете (Schülerticket) в секретариате школы. Заявление на Bildung und Teilhabe: Jobcenter, город или Sozialamt (социальное ведомство).

mob-licence =
    🚗 Водительские права для работы

    Jobcenter может оплатить права (Vermittlungsbudget, бюджет на трудоустройство). Гарантированного права на это нет (решают по усмотрению).
    Нужно конкретное предложение работы, для которой нужны права.

    📄 Принести:
    • Письмо от работодателя: вас возьмут на работу, когда у вас будут права
    • Смету автошколы (Kostenvoranschlag)

    📍 Jobcenter – спросите до того, как записаться в автошколу. Без Bürgergeld: спросите в Agentur für Arbeit (агентство по труду).

## Следующие шаги

mob-todo-social = Город: получить подтверждение для социального билета, потом заказать Deutschlandticket Sozial в транспортной компании.
mob-todo-school = Школа: спросить о школьном билете; подать заявление на оплату проезда через Bildung und Teilhabe.
mob-todo-licence = Jobcenter: подать заявление на оплату прав через Vermittlungsbudget – взять письмо от работодателя и смету автошколы.
