# Деньги и пособия: отдельные пособия и проверка «Что мне положено?».
# Суммы берутся из dialogs/figures.toml – никогда не вписывайте суммы сюда.
# Названия ведомств и пособий остаются на немецком (их родитель видит в бланках); объяснение – в скобках.

money-title = Деньги и пособия

money-start =
    💶 Деньги для вас и ваших детей.

    Быстрее всего: проверка «Что мне положено?» – 5 коротких вопросов.
    Или посмотрите отдельные пособия.

money-opt-check = ✅ Что мне положено?
money-opt-group-children = 👶 Деньги на детей
money-opt-group-living = 🏠 Bürgergeld, Wohngeld
money-opt-group-school = 🎒 Школа, Kita, кружки
money-opt-group-law = ⚖️ Налоги, алименты, право
money-opt-details = 💶 Отдельные пособия
money-opt-yes = Да
money-opt-no = Нет

## Группы

money-group-children = 👶 Какое пособие для ваших детей?
money-opt-kindergeld = Kindergeld (детское пособие)
money-opt-kiz = Kinderzuschlag (доплата)
money-opt-uvg = Unterhaltsvorschuss (аванс)
money-opt-elterngeld = 🍼 Elterngeld (для малыша)

money-group-living = 🏠 Деньги на жизнь и на аренду жилья:
money-opt-buergergeld = Bürgergeld (базовое пособие)
money-opt-mehrbedarf = ➕ Mehrbedarf (надбавка)
money-opt-wohngeld = 🏠 Wohngeld (на жильё)
money-opt-asylblg = Asylbewerberleistungen

money-group-school = 🎒 Деньги на школу, Kita и досуг:
money-opt-but = 🎒 Bildung und Teilhabe
money-opt-kita-fees = 🧸 Без платы за Kita
money-opt-kita-place = 🧸 Найти место в Kita
money-opt-school-ticket = 🚸 Дорога в школу, билет

money-group-law = ⚖️ Налоги, алименты и юридическая помощь:
money-opt-tax = 🧾 Steuerklasse II (налоги)
money-opt-beistand = 🤝 Beistandschaft (алименты)
money-opt-beratungshilfe = ⚖️ Beratungshilfe (адвокат)

## Отдельные пособия

money-kindergeld =
    👶 Kindergeld (детское пособие)

    Сколько? { $kindergeld } на ребёнка в месяц (с { $kindergeld_from }).
    Для кого? Для каждого ребёнка до 18 лет. С 18 лет до { $kindergeld_age_max }-летия – только во время профессионального обучения или учёбы в вузе.
    Вы не из ЕС? Нужен вид на жительство (Aufenthaltstitel), который разрешает работу или постоянное проживание. Украинцы с защитой по § 24 тоже его получают.

    📍 Familienkasse (семейная касса) – онлайн или по почте.
    📄 Свидетельство о рождении, налоговый номер (Steuer-ID) ваш и ребёнка, паспорт или вид на жительство.

money-kiz =
    💶 Kinderzuschlag (KiZ, доплата на ребёнка)

    Для родителей, которые работают, но мало зарабатывают.
    Сколько? До { $kiz_max } на ребёнка в месяц, включая Sofortzuschlag (срочную надбавку). Данные на { $kiz_max_from }; сумма на 2026 год ещё не подтверждена.
    Для кого? Вы зарабатываете не меньше { $kiz_min_income } брутто в месяц и не получаете Bürgergeld (базовое пособие). Ребёнок младше { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] года
       *[other] лет
    }.
    Алименты и Unterhaltsvorschuss (аванс алиментов) учитываются на { $kiz_child_income_share } %.
    ➕ С KiZ часто также: Wohngeld (пособие на жильё), Bildung und Teilhabe (деньги на школу и досуг) и без платы за Kita (детский сад).

    📍 Familienkasse (семейная касса), онлайн. Назначается на { $kiz_months } { $kiz_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }, потом нужно подать заявление снова.
    📄 Расчётные листки (Lohnabrechnungen), договор аренды, подтверждения алиментов.

money-uvg =
    🧾 Unterhaltsvorschuss (аванс алиментов от государства)

    Если другой родитель не платит алименты, платит слишком мало или нерегулярно.
    Сколько в месяц (с { $uvg_0_5_from })?
    • 0–5 лет: { $uvg_0_5 }
    • 6–11 лет: { $uvg_6_11 }
    • 12–17 лет: { $uvg_12_17 }
    Без ограничения по времени, до { $uvg_age_max }-летия.
    С Bürgergeld (базовым пособием): для детей от 12 лет – только если вы зарабатываете не меньше { $uvg_sgb2_min_income } брутто или тогда вам больше не нужен Bürgergeld.
    Вы должны помочь найти другого родителя.

    📍 Jugendamt (ведомство по делам молодёжи), Unterhaltsvorschussstelle (отдел аванса алиментов).
    📄 Свидетельство о рождении, паспорт, данные о другом родителе, подтверждения платежей.

money-elterngeld =
    🍼 Elterngeld (родительское пособие)

    На первое время с малышом. Как одинокий родитель вы можете взять все { $elterngeld_months } { $elterngeld_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    } сами.
    Сколько? От { $elterngeld_rate_min } % до { $elterngeld_rate_max } % вашего чистого заработка до рождения ребёнка, при маленькой зарплате больше. В месяц не меньше { $elterngeld_min }, не больше { $elterngeld_max }. ElterngeldPlus: от { $elterngeld_plus_min } до { $elterngeld_plus_max }, зато вдвое дольше.
    При Bürgergeld (базовом пособии) оно считается доходом – до { $elterngeld_free } не засчитываются, если вы работали до рождения ребёнка.

    ⏰ Подайте заявление быстро: задним числом – только за { $elterngeld_backpay_months } { $elterngeld_backpay_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }!
    📍 Elterngeldstelle (отдел Elterngeld) вашего города.
    📄 Свидетельство о рождении, расчётные листки до рождения ребёнка.

money-buergergeld =
    🏠 Bürgergeld (базовое пособие)

    Деньги на жизнь, если вашего дохода не хватает, – плюс аренда и отопление.
    Regelsatz (базовая ставка) в месяц (с { $regelsatz_adult_from }): вам { $regelsatz_adult }; детям 0–5 лет { $regelsatz_0_5 }, 6–13 лет { $regelsatz_6_13 }, 14–17 лет { $regelsatz_14_17 }.
    Kindergeld и Unterhaltsvorschuss считаются доходом детей. Плюс Mehrbedarf (надбавка) для одиноких родителей.
    Ребёнок младше { $bg_no_work_age } { $bg_no_work_age ->
        [one] года
       *[other] лет
    }: вы не обязаны соглашаться на работу (прежние правила; реформа планирует более низкую границу – ещё не подтверждено).

    ⚠️ Реформа «Neue Grundsicherung» (новое базовое обеспечение, планируется с июля 2026) могла изменить правила. Актуальные правила вам скажут в Jobcenter.
    📍 Jobcenter (центр занятости). 📄 Паспорт, договор аренды, выписки со счёта, расчётные листки.

money-mehrbedarf =
    ➕ Mehrbedarf für Alleinerziehende (надбавка для одиноких родителей)

    Дополнительные деньги в Bürgergeld. Отдельное заявление не нужно – Jobcenter платит автоматически.
    Сколько? Часть базовой ставки ({ $regelsatz_adult }):
    • { $mb_high } %, если один ребёнок младше { $mb_age_small } { $mb_age_small ->
        [one] года
       *[other] лет
    } или 2–3 ребёнка младше { $mb_age_school } { $mb_age_school ->
        [one] года
       *[other] лет
    }
    • иначе { $mb_per_child } % на каждого ребёнка до 18 лет
    • не больше { $mb_max } %
    Считается бо́льшая сумма.

    📍 Jobcenter. 👉 Проверьте свой Bescheid (письменное решение): есть ли там «Mehrbedarf für Alleinerziehende»? Если нет – спросите.

money-wohngeld =
    🏠 Wohngeld (пособие на жильё)

    Доплата к аренде, если у вас есть свой доход, но его мало.
    Сколько? Зависит от аренды, дохода и числа людей в семье.
    Не вместе с Bürgergeld. Часто вместе с Kinderzuschlag (доплатой на ребёнка) – это может быть выгоднее, чем Bürgergeld.
    ➕ С Wohngeld: Bildung und Teilhabe, без платы за Kita, социальный билет.

    📍 Wohngeldstelle (отдел Wohngeld) вашего города.
    📄 Договор аренды, подтверждения дохода, выписки со счёта, паспорт.

money-asylblg =
    🛂 Asylbewerberleistungen (AsylbLG, пособие для просителей убежища)

    Для людей в процедуре убежища или с Duldung (отсрочкой депортации). Отвечает Sozialamt (социальное ведомство), а не Jobcenter.
    Сколько? Одинокий взрослый: { $asylblg_single } в месяц (данные на { $asylblg_single_from }; сумма на 2026 год ещё не подтверждена).
    И здесь тоже: Bildung und Teilhabe для детей и без платы за Kita.

    🇺🇦 Вы из Украины и приехали после 31.03.2025? Планируется: с июля 2026 Sozialamt вместо Jobcenter (ещё не подтверждено). Спросите в своём Jobcenter.

    📍 Sozialamt вашего города. Помощь: Migrationsberatung (MBE, консультация для мигрантов, с { $mbe_age_min } { $mbe_age_min ->
        [one] года
       *[other] лет
    }) или Jugendmigrationsdienst (JMD, служба для молодых мигрантов, от { $jmd_age_min } до { $jmd_age_max } { $jmd_age_max ->
        [one] года
       *[other] лет
    }).

money-but =
    🎒 Bildung und Teilhabe (BuT, деньги на школу и досуг детей)

    Для детей младше { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] года
       *[other] лет
    } в школе или Kita:
    • Школьные принадлежности: { $but_school } на учебный год ({ $but_school_aug } в августе, { $but_school_feb } в феврале; данные на { $but_school_from }, новая сумма ещё не подтверждена)
    • Кружок, музыка, спорт: { $but_clubs } в месяц (детям младше { $but_clubs_age } { $but_clubs_age ->
        [one] года
       *[other] лет
    })
    • Экскурсии, классные поездки, обед, репетитор, дорога в школу
    Для семей с Bürgergeld, Sozialhilfe, Wohngeld, Kinderzuschlag или AsylbLG.

    📍 С Bürgergeld: Jobcenter. С Wohngeld или Kinderzuschlag: город. С AsylbLG: Sozialamt.
    📄 Bescheid (письменное решение) о вашем пособии, справка из школы.

money-kita-fees =
    🧸 Без платы за Kita

    Вы не платите за Kita (детский сад), Kindertagespflege (дневную няню) или Hort (группу продлённого дня), если получаете одно из этих пособий:
    Bürgergeld, Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag или Wohngeld.
    Само это не происходит: нужно подать заявление.
    Ganztag (OGS, продлёнка в школе): спросите в городе, там это тоже часто действует.
    Обед в Kita и школе: через Bildung und Teilhabe.

    📍 Jugendamt (ведомство по делам молодёжи) вашего города.
    📄 Ваш актуальный Bescheid (письменное решение), например о Bürgergeld, Wohngeld, Kinderzuschlag.

money-tax =
    🧾 Steuerklasse II (налоговый класс II)

    Для работающих одиноких родителей: меньше налога с зарплаты, каждый месяц больше денег на руки.
    Entlastungsbetrag (налоговый вычет): { $entlastung } в год, плюс { $entlastung_more } за каждого следующего ребёнка.
    Условие: ваш ребёнок живёт с вами.

    📍 Finanzamt (налоговая) – онлайн через ELSTER или по бланку.
    📄 Налоговый номер (Steuer-ID), свидетельство о рождении или Bescheid о Kindergeld.

money-beistand =
    🤝 Beistandschaft – помощь с алиментами

    Другой родитель не платит или платит слишком мало? Jugendamt (ведомство по делам молодёжи) может стать помощником (Beistand): рассчитать алименты для вашего ребёнка и взыскать их.
    Бесплатно. Достаточно заявления в Jugendamt. Для детей до 18 лет.

    Дополнительно: Unterhaltsvorschuss (аванс алиментов) – чтобы ваш ребёнок получал деньги уже сейчас.

    📍 Jugendamt вашего города.
    📄 Свидетельство о рождении, данные о другом родителе, документы об алиментах (Urkunde, письма, платежи).

money-beratungshilfe =
    ⚖️ Beratungshilfe (помощь в оплате адвоката)

    Совет адвоката – например, при споре об алиментах или с ведомством, без суда.
    Для людей с небольшим доходом. Сами вы платите только { $beratungshilfe_fee }.

    📍 Amtsgericht (участковый суд) по месту жительства: там вы получите Beratungsschein (направление на консультацию). С ним идёте к адвокату.
    📄 Паспорт, подтверждения дохода (например, Bescheid о Bürgergeld), выписки со счёта, документы по вашей проблеме.

## Проверка

money-check-ages =
    ✅ Проверка: 5 коротких вопросов.

    Сколько лет вашим детям, которые живут с вами?
    Напишите возраст цифрами, например: 2 8
    Малыш младше 1 года: 0

money-check-ages-error = Не получилось понять ответ. Пожалуйста, пишите только числа от 0 до 26, например: 2 8

money-check-bg = Вы получаете Bürgergeld (базовое пособие) от Jobcenter?

money-check-earnings = Сколько вы сами зарабатываете в месяц – брутто (до вычетов)?
money-earn-none = Ничего
money-earn-under = Меньше { $kiz_min_income }
money-earn-from = От { $kiz_min_income } до { $earnings_band_high }
money-earn-over = Больше { $earnings_band_high }

money-check-maintenance = Платит ли другой родитель алименты на детей?
money-maint-pays = Да, достаточно и вовремя
money-maint-partly = Мало или нерегулярно
money-maint-none = Нет / не знаю

money-check-residence = Последний вопрос: что подходит к вашему статусу пребывания?
money-res-de-eu = Гражданство Германии или ЕС
money-res-permit = ВНЖ с правом на работу
money-res-ukraine = Украина (защита § 24)
money-res-asylum = Процедура убежища / Duldung

money-check-result = ✅ Ваш результат – первая оценка, а не Bescheid (решение ведомства). Решает ведомство.

## Строки результата: пособие и ведомство

money-benefit-kindergeld = Kindergeld (детское пособие)
money-benefit-kiz = Kinderzuschlag (доплата на ребёнка)
money-benefit-uvg = Unterhaltsvorschuss (аванс алиментов)
money-benefit-buergergeld = Bürgergeld (базовое пособие)
money-benefit-mehrbedarf = Mehrbedarf für Alleinerziehende (надбавка для одиноких родителей)
money-benefit-wohngeld = Wohngeld (пособие на жильё)
money-benefit-but = Bildung und Teilhabe (деньги на школу и кружки)
money-benefit-kita-fees = Освобождение от платы за Kita
money-benefit-elterngeld = Elterngeld (родительское пособие)
money-benefit-tax = Steuerklasse II (налоговый класс II)
money-benefit-asylblg = Asylbewerberleistungen (пособие для просителей убежища)
money-benefit-beistand = Beistandschaft (помощь с алиментами)
money-benefit-beratungshilfe = Beratungshilfe (помощь в оплате адвоката)

money-office-familienkasse = Familienkasse (семейная касса)
money-office-uvg = Jugendamt (Unterhaltsvorschussstelle)
money-office-jobcenter = Jobcenter
money-office-wohngeld = Wohngeldstelle (отдел Wohngeld в городе)
money-office-but =
    { $buergergeld ->
        [true] Jobcenter
       *[other]
            { $residence ->
                [asylum] Sozialamt (социальное ведомство)
               *[other] Город (отдел Bildung und Teilhabe)
            }
    }
money-office-jugendamt = Jugendamt (ведомство по делам молодёжи)
money-office-elterngeld = Elterngeldstelle (отдел Elterngeld)
money-office-finanzamt = Finanzamt (налоговая)
money-office-sozialamt = Sozialamt (социальное ведомство)
money-office-amtsgericht = Amtsgericht (участковый суд)

## Причины (одна строка)

money-kg-reason-age = Только для детей младше { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] года
       *[other] лет
    }.
money-kg-reason-asylum = Зависит от вашего статуса. Спросите в Familienkasse или в Migrationsberatung (консультации для мигрантов).
money-kg-reason-adult = До { $total } в месяц ({ $kindergeld } на ребёнка). Дети от 18 лет – только во время обучения или учёбы в вузе.
money-kg-reason-yes = { $total } в месяц ({ $kindergeld } на ребёнка).

money-kiz-reason-age = Только для детей младше { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] года
       *[other] лет
    }.
money-kiz-reason-switch = С вашей зарплатой Kinderzuschlag и Wohngeld могут подойти вместо Bürgergeld. Проверьте через «KiZ-Lotse» (онлайн-проверка) на сайте Familienkasse.
money-kiz-reason-bg = Не вместе с Bürgergeld.
money-kiz-reason-income = Нужно зарабатывать не меньше { $kiz_min_income } брутто в месяц.
money-kiz-reason-asylum = Только если вы получаете Kindergeld. Спросите в Familienkasse.
money-kiz-reason-yes = До { $kiz_max } на ребёнка в месяц (данные на { $kiz_max_from }, на 2026 год ещё не подтверждено), хорошо сочетается с Wohngeld. Плюс: Bildung und Teilhabe, без платы за Kita. На { $kiz_months } { $kiz_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }.
money-kiz-reason-high = Зависит от аренды и дохода. До { $kiz_max } на ребёнка (данные на { $kiz_max_from }, на 2026 год ещё не подтверждено).

money-uvg-reason-pays = Только если другой родитель не платит, платит мало или нерегулярно.
money-uvg-reason-age = Только для детей младше { $uvg_age_max } { $uvg_age_max ->
        [one] года
       *[other] лет
    }.
money-uvg-reason-bg-mixed = Для детей до 12 лет: вместе { $total } в месяц. Для детей от 12 до 17 лет – только если вы зарабатываете не меньше { $uvg_sgb2_min_income } брутто или тогда вам больше не нужен Bürgergeld.
money-uvg-reason-bg-teen = С Bürgergeld для детей от 12 до 17 лет – только если вы зарабатываете не меньше { $uvg_sgb2_min_income } брутто или тогда вам больше не нужен Bürgergeld. На ребёнка { $uvg_12_17 }.
money-uvg-reason-yes = Вместе { $total } в месяц, до 18-летия (на ребёнка: 0–5 лет { $uvg_0_5 }, 6–11 лет { $uvg_6_11 }, 12–17 лет { $uvg_12_17 }).

money-bg-reason-yes = Вы его получаете. Реформа «Neue Grundsicherung» могла изменить правила – спросите в Jobcenter.
money-bg-reason-asylum = Вместо Bürgergeld: Asylbewerberleistungen от Sozialamt.
money-bg-reason-maybe = Возможно, у вас есть право на него – плюс аренда и отопление. Из-за реформы правила могли измениться: спросите в Jobcenter.

money-mb-reason = { $percent } % от базовой ставки: примерно { $amount } в месяц. Начисляется автоматически – проверьте свой Bescheid (решение).

money-wg-reason-bg = Не вместе с Bürgergeld.
money-wg-reason-asylum = Зависит от вашего статуса. Спросите в Sozialamt или в Migrationsberatung.
money-wg-reason-none = Нужен собственный доход, которого хватает на жизнь.
money-wg-reason-yes = Доплата к аренде. Сумма зависит от аренды, дохода и размера семьи. Хорошо сочетается с Kinderzuschlag.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] При маленьком доходе его часто не хватает. Попросите проверить, что вам лучше подходит: Wohngeld или Bürgergeld.
       *[other] Зависит от аренды, дохода и размера семьи. Попросите это проверить.
    }

money-but-reason-jobcenter = Школьные принадлежности { $but_school } на учебный год (данные на { $but_school_from }, новая сумма ещё не подтверждена), кружки { $but_clubs } в месяц, экскурсии, обед.
money-but-reason-sozialamt = Школьные принадлежности { $but_school } на учебный год (данные на { $but_school_from }, новая сумма ещё не подтверждена), кружки { $but_clubs } в месяц, экскурсии, обед.
money-but-reason-city = Если вы получаете Kinderzuschlag или Wohngeld: школьные принадлежности, экскурсии, обед, кружки. Заявление – в городе.

money-fee-reason-yes = Без платы за Kita, дневную няню или Hort (продлёнку). Нужно подать заявление.
money-fee-reason-maybe = Если вы получаете Kinderzuschlag или Wohngeld: без платы за Kita, дневную няню или Hort.

money-eg-reason-yes = Для вашего малыша: все { $elterngeld_months } { $elterngeld_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    } только для вас. Подайте заявление быстро – задним числом только за { $elterngeld_backpay_months } { $elterngeld_backpay_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }.
money-eg-reason-bg = При Bürgergeld считается доходом – до { $elterngeld_free } не засчитываются, если вы работали до рождения ребёнка. Подайте заявление быстро.

money-tax-reason-yes = Меньше налога с зарплаты: вычет { $total } в год ({ $entlastung } плюс { $entlastung_more } за каждого следующего ребёнка).
money-tax-reason-small = С маленькой зарплаты налог обычно не платят. Это важно, как только вы начнёте зарабатывать больше.

money-asyl-reason-yes = От Sozialamt вместо Jobcenter. Одинокий взрослый: { $asylblg_single } (данные на { $asylblg_single_from }, на 2026 год ещё не подтверждено).
money-asyl-reason-ukraine = Приехали после 31.03.2025? Планируется: с июля 2026 Sozialamt вместо Jobcenter (ещё не подтверждено).

money-beistand-reason = Jugendamt взыскивает алименты для вашего ребёнка – бесплатно.
money-bh-reason = Совет адвоката при небольшом доходе. Вы платите только { $beratungshilfe_fee }.

## Следующие шаги (итог)

money-todo-kindergeld = Familienkasse (семейная касса): подать заявление на Kindergeld – онлайн или по почте. Приготовьте свидетельство о рождении и налоговые номера (Steuer-ID).
money-todo-kg-asylum = Familienkasse или Migrationsberatung: спросить, можно ли с вашим статусом получать Kindergeld и Kinderzuschlag.
money-todo-kiz = Familienkasse: подать онлайн заявление на Kinderzuschlag – расчётные листки, договор аренды, подтверждения алиментов.
money-todo-kiz-lotse = Familienkasse: через KiZ-Lotse проверить, подходят ли Kinderzuschlag и Wohngeld вместо Bürgergeld.
money-todo-uvg = Jugendamt (Unterhaltsvorschussstelle): подать заявление на Unterhaltsvorschuss – свидетельство о рождении, данные о другом родителе.
money-todo-elterngeld = Elterngeldstelle: подать заявление на Elterngeld вскоре после рождения (задним числом только за { $elterngeld_backpay_months } { $elterngeld_backpay_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }) – свидетельство о рождении, расчётные листки.
money-todo-buergergeld = Jobcenter: попросить проверить право на Bürgergeld (с арендой и отоплением) и спросить о новых правилах – паспорт, договор аренды, выписки со счёта.
money-todo-mehrbedarf = Jobcenter: проверить в Bescheid, есть ли там «Mehrbedarf für Alleinerziehende». Если нет – спросить.
money-todo-wohngeld = Wohngeldstelle города: подать заявление на Wohngeld – договор аренды, подтверждения дохода, выписки со счёта.
money-todo-asylblg = Sozialamt: Asylbewerberleistungen – взять документ о пребывании. Помощь: Migrationsberatung.
money-todo-ukraine = Спросить в Jobcenter: отвечает ли он ещё за вас или теперь Sozialamt? (Если вы приехали после 31.03.2025)
money-todo-but = Подать заявление на Bildung und Teilhabe: Jobcenter (Bürgergeld), город (Wohngeld, Kinderzuschlag) или Sozialamt (AsylbLG).
money-todo-but-jobcenter = Jobcenter: подать заявление на Bildung und Teilhabe (школьные принадлежности, экскурсии, обед, кружки).
money-todo-but-sozialamt = Sozialamt: подать заявление на Bildung und Teilhabe для детей.
money-todo-but-city = Город: подать заявление на Bildung und Teilhabe, как только одобрят Kinderzuschlag или Wohngeld.
money-todo-kita-fees = Jugendamt: подать заявление на освобождение от платы за Kita и Hort – взять актуальный Bescheid.
money-todo-tax = Finanzamt: подать заявление на Steuerklasse II (онлайн через ELSTER или по бланку) – приготовить налоговый номер (Steuer-ID).
money-todo-beistand = Jugendamt: подать заявление на Beistandschaft (бесплатно) – свидетельство о рождении, документы об алиментах.
money-todo-beratungshilfe = Amtsgericht: получить Beratungsschein (направление к адвокату) – взять подтверждения дохода. Ваша доля { $beratungshilfe_fee }.
