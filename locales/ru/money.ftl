# Деньги и пособия: отдельные пособия и проверка «Что мне положено?».
# Суммы берутся из dialogs/figures.toml – никогда не вписывайте суммы сюда.
# Названия ведомств и пособий – только через термины из terms.ftl ({ -jobcenter }), см. docs/translation/ru.md.

money-title = Деньги и пособия

money-start =
    💶 Деньги для вас и ваших детей.

    Быстрее всего – проверка «Что мне положено?». В ней 5 коротких вопросов.
    Или посмотрите отдельные пособия.

money-opt-check = ✅ Что мне положено?
money-opt-group-children = 👶 Деньги на детей
money-opt-group-living = 🏠 Деньги на жизнь, жильё
money-opt-group-school = 🎒 Школа, { -kita }, кружки
money-opt-group-law = ⚖️ Налоги, алименты, право
money-opt-details = 💶 Отдельные пособия
money-opt-yes = Да
money-opt-no = Нет

## Группы

money-group-children = 👶 Какое пособие нужно вашим детям?
money-opt-kindergeld = { -kindergeld }
money-opt-kiz = { -kinderzuschlag }
money-opt-uvg = { -unterhaltsvorschuss }
money-opt-elterngeld = 🍼 Малыш: { -elterngeld }

money-group-living = 🏠 Деньги на жизнь и на аренду жилья:
money-opt-buergergeld = { -buergergeld }
money-opt-mehrbedarf = ➕ Надбавка одиноким родителям
money-opt-wohngeld = 🏠 { -wohngeld }
money-opt-asylblg = Пособие для просителей убежища

money-group-school = 🎒 Деньги на школу, { -kita(case: "acc") } и досуг:
money-opt-but = 🎒 Деньги на школу и кружки
money-opt-kita-fees = 🧸 { -kita } без оплаты
money-opt-kita-place = 🧸 Найти место в { -kita(case: "loc") }
money-opt-school-ticket = 🚸 Дорога в школу, билет

money-group-law = ⚖️ Налоги, алименты и юридическая помощь:
money-opt-tax = 🧾 { -steuerklasse-2 }
money-opt-beistand = 🤝 { -beistandschaft }
money-opt-beratungshilfe = ⚖️ { -beratungshilfe }

## Отдельные пособия

money-kindergeld =
    👶 { -kindergeld(form: "long") }

    Сколько? { $kindergeld } на каждого ребёнка в месяц (с { $kindergeld_from }).
    Для кого? Для каждого ребёнка до 18 лет. С 18 лет – только если ребёнок учится (профобучение или вуз), тогда до { $kindergeld_age_max }-летия.
    Если вы не из ЕС: нужен { -aufenthaltstitel(form: "long") }, который разрешает вам работать, или разрешение на постоянное проживание (Niederlassungserlaubnis). Люди из Украины с защитой по § 24 тоже получают { -kindergeld }.

    📍 { -familienkasse(form: "long") } – онлайн или по почте.
    📄 Свидетельство о рождении, { -steuer-id(form: "long") } – ваш и ребёнка, паспорт или { -aufenthaltstitel }.

money-kiz =
    💶 { -kinderzuschlag(form: "long") }

    Для родителей, которые работают, но мало зарабатывают.
    Сколько? До { $kiz_max } на ребёнка в месяц. Срочная надбавка (Sofortzuschlag) уже включена. (Данные на { $kiz_max_from }; сумма на 2026 год ещё не подтверждена.)
    Для кого? Вы зарабатываете не меньше { $kiz_min_income } брутто в месяц. Вы не получаете { -buergergeld(form: "long") }. Ребёнку меньше { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] года
       *[other] лет
    }.
    Алименты и { -unterhaltsvorschuss(form: "long") } учитываются как доход – на { $kiz_child_income_share } %.
    ➕ С { -kinderzuschlag(case: "ins") } часто положены ещё { -wohngeld(form: "long") }, { -bildung-und-teilhabe(form: "long") } и { -kita } без оплаты.

    📍 { -familienkasse(form: "long") }, онлайн. { -kinderzuschlag } назначают на { $kiz_months } { $kiz_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }. Потом нужно подать новое заявление.
    📄 Расчётные листки с зарплатой, договор аренды, подтверждения алиментов.

money-uvg =
    🧾 { -unterhaltsvorschuss(form: "long") }

    Для вашего ребёнка, если другой родитель не платит алименты. Или платит слишком мало. Или платит нерегулярно.
    Сколько в месяц (с { $uvg_0_5_from })?
    • 0–5 лет: { $uvg_0_5 }
    • 6–11 лет: { $uvg_6_11 }
    • 12–17 лет: { $uvg_12_17 }
    Ограничения по времени нет: ребёнок получает его до { $uvg_age_max }-летия.
    Если вы получаете { -buergergeld }: на детей от 12 лет его дают, только если вы зарабатываете не меньше { $uvg_sgb2_min_income } брутто. Или если тогда вам больше не понадобится { -buergergeld }.
    Вы должны помочь найти другого родителя.

    📍 { -jugendamt(form: "long") }: { -unterhaltsvorschussstelle }.
    📄 Свидетельство о рождении, паспорт, данные о другом родителе, подтверждения платежей.

money-elterngeld =
    🍼 { -elterngeld(form: "long") }

    На первое время с малышом. Если вы растите ребёнка одна или один, все { $elterngeld_months } { $elterngeld_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    } можете взять вы.
    Сколько? От { $elterngeld_rate_min } % до { $elterngeld_rate_max } % вашей чистой зарплаты до родов. При маленькой зарплате доля выше. В месяц не меньше { $elterngeld_min } и не больше { $elterngeld_max }.
    { -elterngeld-plus }: от { $elterngeld_plus_min } до { $elterngeld_plus_max } в месяц. Зато вы получаете его вдвое дольше.
    Если вы получаете { -buergergeld(form: "long") }, { -elterngeld } считается доходом. Вы работали до родов? Тогда до { $elterngeld_free } остаются у вас.

    ⏰ Подайте заявление быстро! За время до заявления платят не больше чем за { $elterngeld_backpay_months } { $elterngeld_backpay_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }.
    📍 { -elterngeldstelle(form: "long") } вашего города.
    📄 Свидетельство о рождении, расчётные листки с зарплатой за время до родов.

money-buergergeld =
    🏠 { -buergergeld(form: "long") }

    Деньги на жизнь, если вашего дохода не хватает. К ним добавляется оплата аренды и отопления.
    Базовая ставка в месяц (с { $regelsatz_adult_from }): для вас { $regelsatz_adult }; для детей 0–5 лет { $regelsatz_0_5 }, 6–13 лет { $regelsatz_6_13 }, 14–17 лет { $regelsatz_14_17 }.
    { -kindergeld } и { -unterhaltsvorschuss } считаются доходом детей. К этому добавляется { -mehrbedarf(form: "long") }.
    Одному из детей меньше { $bg_no_work_age } { $bg_no_work_age ->
        [one] года
       *[other] лет
    }? Тогда вы не обязаны соглашаться на работу. Так по действующим правилам. Реформа планирует более низкую границу возраста (ещё не подтверждено).

    ⚠️ Реформа «{ -neue-grundsicherung(form: "long") }» планируется с июля 2026 года. Возможно, правила уже изменились. В { -jobcenter(case: "loc") } вам скажут, что действует сейчас.
    📍 { -jobcenter(form: "long") }.
    📄 Паспорт, договор аренды, выписки с банковского счёта, расчётные листки с зарплатой.

money-mehrbedarf =
    ➕ { -mehrbedarf(form: "long") }

    Дополнительные деньги к { -buergergeld(case: "dat") }. Отдельное заявление не нужно: { -jobcenter(form: "long") } платит их автоматически.
    Сколько? Часть базовой ставки ({ $regelsatz_adult }):
    • { $mb_high } %, если одному ребёнку меньше { $mb_age_small } { $mb_age_small ->
        [one] года
       *[other] лет
    } или двум-трём детям меньше { $mb_age_school } { $mb_age_school ->
        [one] года
       *[other] лет
    }
    • иначе { $mb_per_child } % на каждого ребёнка до 18 лет
    • всего не больше { $mb_max } %
    Вам начисляют бо́льшую из этих сумм.

    📍 { -jobcenter }. 👉 Проверьте свой { -bescheid(form: "long") }: есть ли там «{ -mehrbedarf }»? Если нет – спросите.

money-wohngeld =
    🏠 { -wohngeld(form: "long") }

    Доплата к аренде – если у вас есть свой доход, но небольшой.
    Сколько? Это зависит от аренды, от дохода и от того, сколько человек живёт с вами.
    Вместе с { -buergergeld(case: "ins") } его не дают. Часто { -wohngeld } получают вместе с { -kinderzuschlag(case: "ins") }. Это может быть выгоднее, чем { -buergergeld }.
    ➕ С { -wohngeld(case: "ins") } положены ещё { -bildung-und-teilhabe(form: "long") }, { -kita } без оплаты и { -sozialticket(form: "long") }.

    📍 { -wohngeldstelle(form: "long") } вашего города.
    📄 Договор аренды, подтверждения вашего дохода, выписки с банковского счёта, паспорт.

money-asylblg =
    🛂 { -asylbewerberleistungen(form: "long") }

    Для людей, которые ждут решения по убежищу или имеют { -duldung(form: "long") }. Этим занимается { -sozialamt(form: "long") }, а не { -jobcenter(form: "long") }.
    Сколько? Для взрослого без партнёра: { $asylblg_single } в месяц (данные на { $asylblg_single_from }; сумма на 2026 год ещё не подтверждена).
    Здесь тоже есть { -bildung-und-teilhabe(form: "long") } для детей. И за { -kita(case: "acc") } вы не платите.

    🇺🇦 Вы приехали из Украины после 31.03.2025? Планируется, что с июля 2026 года вами будет заниматься { -sozialamt }, а уже не { -jobcenter } (ещё не подтверждено). Спросите в своём { -jobcenter(case: "loc") }.

    📍 { -sozialamt } вашего города.
    Помощь: { -mbe(form: "long") } – с { $mbe_age_min } { $mbe_age_min ->
        [one] года
       *[other] лет
    }, или { -jmd(form: "long") } – от { $jmd_age_min } до { $jmd_age_max } { $jmd_age_max ->
        [one] года
       *[other] лет
    }.

money-but =
    🎒 { -bildung-und-teilhabe(form: "long") }

    Для детей до { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] года
       *[other] лет
    }, которые ходят в школу или в { -kita(case: "acc", form: "long") }:
    • Деньги на школьные принадлежности: { $but_school } на учебный год – { $but_school_aug } в августе и { $but_school_feb } в феврале (данные на { $but_school_from }; новая сумма ещё не подтверждена)
    • Кружок, музыка, спорт: { $but_clubs } в месяц (для детей до { $but_clubs_age } { $but_clubs_age ->
        [one] года
       *[other] лет
    })
    • Экскурсии, школьные поездки, обед, репетитор, дорога в школу
    Для семей, которые получают { -buergergeld }, { -sozialhilfe(form: "long") }, { -wohngeld }, { -kinderzuschlag } или { -asylbewerberleistungen }.

    📍 С { -buergergeld(case: "ins") }: { -jobcenter }. С { -wohngeld(case: "ins") } или { -kinderzuschlag(case: "ins") }: городская администрация. С { -asylbewerberleistungen }: { -sozialamt }.
    📄 { -bescheid(form: "long") } о вашем пособии, справка из школы.

money-kita-fees =
    🧸 { -kita(form: "long") } без оплаты

    Вы получаете одно из этих пособий? { -buergergeld }, { -sozialhilfe(form: "long") }, { -asylbewerberleistungen }, { -kinderzuschlag } или { -wohngeld }.
    Тогда вы не платите за { -kita(case: "acc") }, { -kindertagespflege(form: "long") } или { -hort(form: "long") }.
    Автоматически это не происходит: нужно подать заявление.
    Для школы полного дня – { -ogs(form: "long") } – это часто тоже действует. Спросите в городской администрации.
    Деньги на обед в { -kita(case: "loc") } и в школе дают через { -bildung-und-teilhabe }.

    📍 { -jugendamt(form: "long") } вашего города.
    📄 Ваш действующий { -bescheid(form: "long") }, например о { -buergergeld(case: "loc") }, { -wohngeld(case: "loc") } или { -kinderzuschlag(case: "loc") }.

money-tax =
    🧾 { -steuerklasse-2(form: "long") }

    Для тех, кто один растит ребёнка и работает. Вы платите меньше налога с зарплаты, и каждый месяц у вас больше денег на руки (нетто).
    { -entlastungsbetrag(form: "long") }: { $entlastung } в год не облагаются налогом. За каждого следующего ребёнка добавляется ещё { $entlastung_more }.
    Ребёнок должен жить с вами.

    📍 { -finanzamt(form: "long") } – онлайн через ELSTER или на бумажном бланке.
    📄 { -steuer-id(form: "long") }, свидетельство о рождении или { -bescheid } о { -kindergeld(case: "loc") }.

money-beistand =
    🤝 { -beistandschaft(form: "long") }

    Если другой родитель ничего не платит или платит слишком мало, { -jugendamt(form: "long") } может помочь вам как представитель ребёнка (Beistand). Он рассчитает, сколько алиментов должен платить другой родитель. И потребует с него эти деньги – для вашего ребёнка.
    Это бесплатно. Достаточно подать заявление в { -jugendamt }. Для детей до 18 лет.

    Подайте также заявление на { -unterhaltsvorschuss(form: "long") }. Тогда ребёнок будет получать деньги уже сейчас.

    📍 { -jugendamt } вашего города.
    📄 Свидетельство о рождении, данные о другом родителе, документы об алиментах (решение или соглашение, письма, платежи).

money-beratungshilfe =
    ⚖️ { -beratungshilfe(form: "long") }

    Вы получаете совет адвоката. Например, при споре об алиментах или при споре с ведомством. На судебный процесс это не распространяется.
    Для людей с небольшим доходом. Сами вы платите только { $beratungshilfe_fee }.

    📍 { -amtsgericht(form: "long") } по месту жительства: там вы получите Beratungsschein – направление к адвокату. С ним идите к адвокату.
    📄 Паспорт; подтверждения вашего дохода, например { -bescheid } о { -buergergeld(case: "loc") }; выписки с банковского счёта; документы по вашей проблеме.

## Проверка

money-check-ages =
    ✅ Проверка: 5 коротких вопросов.

    Сколько лет детям, которые живут с вами?
    Напишите возраст каждого ребёнка числом, например: 2 8
    Если малышу меньше 1 года, напишите: 0

money-check-ages-error = Не удалось понять ответ. Пожалуйста, напишите только числа от 0 до 26, например: 2 8

money-check-bg = Вы получаете { -buergergeld(form: "long") } от { -jobcenter(case: "gen") }?

money-check-earnings = Сколько вы сами зарабатываете в месяц? Имеется в виду брутто, то есть до вычетов.
money-earn-none = Ничего
money-earn-under = Меньше { $kiz_min_income }
money-earn-from = От { $kiz_min_income } до { $earnings_band_high }
money-earn-over = Больше { $earnings_band_high }

money-check-maintenance = Платит ли другой родитель алименты на детей?
money-maint-pays = Да, достаточно и вовремя
money-maint-partly = Мало или нерегулярно
money-maint-none = Нет / не знаю

money-check-residence = Последний вопрос: какой у вас статус пребывания?
money-res-de-eu = Гражданство Германии или ЕС
money-res-permit = Вид на жительство с правом на работу
money-res-ukraine = Украина (защита по § 24)
money-res-asylum = Процедура убежища или { -duldung }

money-check-result = ✅ Ваш результат. Это первая оценка, а не { -bescheid(form: "long") }. Решение принимает ведомство.

## Строки результата: пособие и ведомство

money-benefit-kindergeld = { -kindergeld(form: "long") }
money-benefit-kiz = { -kinderzuschlag(form: "long") }
money-benefit-uvg = { -unterhaltsvorschuss(form: "long") }
money-benefit-buergergeld = { -buergergeld(form: "long") }
money-benefit-mehrbedarf = { -mehrbedarf(form: "long") }
money-benefit-wohngeld = { -wohngeld(form: "long") }
money-benefit-but = { -bildung-und-teilhabe(form: "long") }
money-benefit-kita-fees = { -kita(form: "long") } без оплаты
money-benefit-elterngeld = { -elterngeld(form: "long") }
money-benefit-tax = { -steuerklasse-2(form: "long") }
money-benefit-asylblg = { -asylbewerberleistungen(form: "long") }
money-benefit-beistand = { -beistandschaft(form: "long") }
money-benefit-beratungshilfe = { -beratungshilfe(form: "long") }

money-office-familienkasse = { -familienkasse(form: "long") }
money-office-uvg = { -jugendamt(form: "long") }: { -unterhaltsvorschussstelle }
money-office-jobcenter = { -jobcenter(form: "long") }
money-office-wohngeld = { -wohngeldstelle(form: "long") } вашего города
money-office-but =
    { $buergergeld ->
        [true] { -jobcenter(form: "long") }
       *[other]
            { $residence ->
                [asylum] { -sozialamt(form: "long") }
               *[other] Городская администрация: { -bildung-und-teilhabe }
            }
    }
money-office-jugendamt = { -jugendamt(form: "long") }
money-office-elterngeld = { -elterngeldstelle(form: "long") }
money-office-finanzamt = { -finanzamt(form: "long") }
money-office-sozialamt = { -sozialamt(form: "long") }
money-office-amtsgericht = { -amtsgericht(form: "long") }

## Причины (одна строка)

money-kg-reason-age = Только для детей до { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] года
       *[other] лет
    }.
money-kg-reason-asylum = Это зависит от вашего статуса пребывания. Спросите в { -familienkasse } или в консультации для мигрантов (Migrationsberatung).
money-kg-reason-adult = До { $total } в месяц ({ $kindergeld } на ребёнка). На детей от 18 лет – только если они учатся.
money-kg-reason-yes = { $total } в месяц ({ $kindergeld } на ребёнка).

money-kiz-reason-age = Только для детей до { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] года
       *[other] лет
    }.
money-kiz-reason-switch = Возможно, с вашей зарплатой вам подойдут { -kinderzuschlag } и { -wohngeld } вместо { -buergergeld(case: "gen") }. Проверьте это онлайн через «KiZ-Lotse» на сайте { -familienkasse }.
money-kiz-reason-bg = Его не дают вместе с { -buergergeld(case: "ins") }.
money-kiz-reason-income = Вы должны зарабатывать не меньше { $kiz_min_income } брутто в месяц.
money-kiz-reason-asylum = Только если вы получаете { -kindergeld }. Спросите в { -familienkasse }.
money-kiz-reason-yes = До { $kiz_max } на ребёнка в месяц (данные на { $kiz_max_from }; сумма на 2026 год ещё не подтверждена). Хорошо сочетается с { -wohngeld(case: "ins") }. Кроме того, положены { -bildung-und-teilhabe } и { -kita } без оплаты. Назначают на { $kiz_months } { $kiz_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }.
money-kiz-reason-high = Это зависит от аренды и дохода. До { $kiz_max } на ребёнка (данные на { $kiz_max_from }; сумма на 2026 год ещё не подтверждена).

money-uvg-reason-pays = Только если другой родитель не платит ничего, платит слишком мало или нерегулярно.
money-uvg-reason-age = Только для детей до { $uvg_age_max } { $uvg_age_max ->
        [one] года
       *[other] лет
    }.
money-uvg-reason-bg-mixed = На детей до 12 лет: всего { $total } в месяц. На детей от 12 до 17 лет его дают, только если вы зарабатываете не меньше { $uvg_sgb2_min_income } брутто. Или если тогда вам больше не понадобится { -buergergeld }.
money-uvg-reason-bg-teen = Если вы получаете { -buergergeld }, на детей от 12 до 17 лет его дают, только если вы зарабатываете не меньше { $uvg_sgb2_min_income } брутто. Или если тогда вам больше не понадобится { -buergergeld }. На ребёнка: { $uvg_12_17 }.
money-uvg-reason-yes = Всего { $total } в месяц, до 18-летия. На ребёнка: 0–5 лет { $uvg_0_5 }, 6–11 лет { $uvg_6_11 }, 12–17 лет { $uvg_12_17 }.

money-bg-reason-yes = Вы его уже получаете. Из-за реформы «{ -neue-grundsicherung }» правила могли измениться. Спросите в { -jobcenter(case: "loc") }.
money-bg-reason-asylum = Вместо { -buergergeld(case: "gen") }: { -asylbewerberleistungen } от { -sozialamt(case: "gen") }.
money-bg-reason-maybe = Возможно, у вас есть на него право – в том числе на оплату аренды и отопления. Из-за реформы правила могли измениться. Спросите в { -jobcenter(case: "loc") }.

money-mb-reason = { $percent } % от базовой ставки: примерно { $amount } в месяц. Это начисляется автоматически. Проверьте свой { -bescheid }.

money-wg-reason-bg = Его не дают вместе с { -buergergeld(case: "ins") }.
money-wg-reason-asylum = Это зависит от вашего статуса пребывания. Спросите в { -sozialamt(case: "loc") } или в консультации для мигрантов (Migrationsberatung).
money-wg-reason-none = Нужен свой доход, которого хватает на жизнь.
money-wg-reason-yes = Доплата к аренде. Сумма зависит от аренды, дохода и от того, сколько человек живёт с вами. Хорошо сочетается с { -kinderzuschlag(case: "ins") }.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] При маленьком доходе { -wohngeld } часто не хватает. Попросите проверить, что вам подходит лучше: { -wohngeld } или { -buergergeld }.
       *[other] Это зависит от аренды, дохода и от того, сколько человек живёт с вами. Попросите это проверить.
    }

money-but-reason-jobcenter =
    { $school ->
        [0] Обед и экскурсии в { -kita(case: "loc") }. Кружки: { $but_clubs } в месяц. Деньги на школьные принадлежности – с началом школы.
       *[other] Школьные принадлежности: { $but_school } на учебный год (данные на { $but_school_from }; новая сумма ещё не подтверждена). Кружки: { $but_clubs } в месяц. А ещё экскурсии и обед.
    }
money-but-reason-sozialamt =
    { $school ->
        [0] Обед и экскурсии в { -kita(case: "loc") }. Кружки: { $but_clubs } в месяц. Деньги на школьные принадлежности – с началом школы.
       *[other] Школьные принадлежности: { $but_school } на учебный год (данные на { $but_school_from }; новая сумма ещё не подтверждена). Кружки: { $but_clubs } в месяц. А ещё экскурсии и обед.
    }
money-but-reason-city =
    { $school ->
        [0] Если вы получаете { -kinderzuschlag } или { -wohngeld }: деньги на обед и экскурсии в { -kita(case: "loc") } и на кружки. Заявление подают в городскую администрацию.
       *[other] Если вы получаете { -kinderzuschlag } или { -wohngeld }: деньги на школьные принадлежности, экскурсии, обед и кружки. Заявление подают в городскую администрацию.
    }
money-fee-reason-yes = Не нужно платить за { -kita(case: "acc") }, { -kindertagespflege } или { -hort }. Но для этого нужно подать заявление.
money-fee-reason-maybe = Если вы получаете { -kinderzuschlag } или { -wohngeld }: не нужно платить за { -kita(case: "acc") }, { -kindertagespflege } или { -hort }.

money-eg-reason-yes = Для вашего малыша: все { $elterngeld_months } { $elterngeld_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    } можете взять вы. Подайте заявление быстро: за время до заявления платят не больше чем за { $elterngeld_backpay_months } { $elterngeld_backpay_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }.
money-eg-reason-bg = При { -buergergeld(case: "loc") } оно считается доходом. Вы работали до родов? Тогда до { $elterngeld_free } остаются у вас. Подайте заявление быстро.

money-tax-reason-yes = Меньше налога с зарплаты: { $total } в год не облагаются налогом ({ $entlastung } плюс { $entlastung_more } за каждого следующего ребёнка).
money-tax-reason-small = С небольшой зарплаты налог обычно не удерживают. Это станет важно, когда вы будете зарабатывать больше.

money-asyl-reason-yes = От { -sozialamt(case: "gen") }, а не от { -jobcenter(case: "gen") }. Для взрослого без партнёра: { $asylblg_single } в месяц (данные на { $asylblg_single_from }; сумма на 2026 год ещё не подтверждена).
money-asyl-reason-ukraine = Вы приехали после 31.03.2025. Планируется: с июля 2026 года – { -sozialamt } вместо { -jobcenter(case: "gen") } (ещё не подтверждено).
money-beistand-reason = { -jugendamt } требует алименты с другого родителя – для вашего ребёнка и бесплатно.
money-bh-reason = Совет адвоката, если у вас небольшой доход. Сами вы платите только { $beratungshilfe_fee }.

## Следующие шаги (итог)

money-todo-kindergeld = { -familienkasse }: если вы ещё не получаете { -kindergeld } – подать заявление онлайн или по почте. Подготовить свидетельство о рождении и { -steuer-id } – ваш и ребёнка.
money-todo-kg-asylum = { -familienkasse } или консультация для мигрантов (Migrationsberatung): спросить, можете ли вы с вашим статусом пребывания получать { -kindergeld } и { -kinderzuschlag }.
money-todo-kiz = { -familienkasse }: подать онлайн-заявление на { -kinderzuschlag } – расчётные листки, договор аренды, подтверждения алиментов.
money-todo-kiz-lotse = { -familienkasse }: проверить через «KiZ-Lotse», подходят ли вам { -kinderzuschlag } и { -wohngeld } вместо { -buergergeld(case: "gen") }.
money-todo-uvg = { -jugendamt }, { -unterhaltsvorschussstelle }: подать заявление на { -unterhaltsvorschuss } – свидетельство о рождении, данные о другом родителе.
money-todo-elterngeld = { -elterngeldstelle }: подать заявление на { -elterngeld } вскоре после родов (за время до заявления платят не больше чем за { $elterngeld_backpay_months } { $elterngeld_backpay_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }) – свидетельство о рождении, расчётные листки.
money-todo-buergergeld = { -jobcenter }: попросить проверить право на { -buergergeld } вместе с оплатой аренды и отопления и спросить о новых правилах – паспорт, договор аренды, выписки со счёта.
money-todo-mehrbedarf = { -jobcenter }: проверить, есть ли в { -bescheid(case: "loc") } строка «{ -mehrbedarf }». Если нет – спросить.
money-todo-wohngeld = { -wohngeldstelle } вашего города: подать заявление на { -wohngeld } – договор аренды, подтверждения вашего дохода, выписки со счёта.
money-todo-asylblg = { -sozialamt }: { -asylbewerberleistungen } – взять ваш документ о пребывании. Помощь: консультация для мигрантов (Migrationsberatung).
money-todo-ukraine = Спросить в { -jobcenter(case: "loc") }: кто теперь за вас отвечает – по-прежнему { -jobcenter } или уже { -sozialamt }? (Если вы приехали после 31.03.2025.)
money-todo-but = Подать заявление на { -bildung-und-teilhabe }. Если у вас { -buergergeld } – в { -jobcenter }; если { -wohngeld } или { -kinderzuschlag } – в городскую администрацию; если { -asylbewerberleistungen } – в { -sozialamt }.
money-todo-but-jobcenter = { -jobcenter }: подать заявление на { -bildung-und-teilhabe }: школьные принадлежности, экскурсии, обед, кружки.
money-todo-but-sozialamt = { -sozialamt }: подать заявление на { -bildung-und-teilhabe } для детей.
money-todo-but-city = Городская администрация: подать заявление на { -bildung-und-teilhabe }, как только вам назначат { -kinderzuschlag } или { -wohngeld }.
money-todo-kita-fees = { -jugendamt }: подать заявление на освобождение от платы за { -kita(case: "acc") } и { -hort } – взять действующий { -bescheid }.
money-todo-tax = { -finanzamt }: подать заявление на { -steuerklasse-2 } – онлайн через ELSTER или на бланке. Подготовить { -steuer-id }.
money-todo-beistand = { -jugendamt }: оформить { -beistandschaft }, это бесплатно. Взять свидетельство о рождении, документы об алиментах.
money-todo-beratungshilfe = { -amtsgericht }: получить Beratungsschein (направление к адвокату) – взять подтверждения вашего дохода. Сами вы платите { $beratungshilfe_fee }.

money-arr-before = До 31.03.2025
money-arr-after = С 01.04.2025
money-check-arrival = Когда вы приехали из Украины в Германию?
money-opt-outlook = 📅 Что скоро изменится?
money-opt-births-change = ✏️ Изменить месяцы рождения
money-opt-work-change = ✏️ Изменить ответ о работе
money-todo-kiz-maybe = { -familienkasse }: проверить через «KiZ-Lotse», получите ли вы { -kinderzuschlag }. Если да – подать заявление онлайн.
money-todo-uvg-from-600 = { -jugendamt } ({ -unterhaltsvorschussstelle }): как только вы зарабатываете не менее { $uvg_sgb2_min_income } брутто – подать заявление на { -unterhaltsvorschuss } для ребёнка от 12 лет.
money-todo-wohngeld-maybe = { -wohngeldstelle } города: проверить, подходит ли вам { -wohngeld }. Если да – подать заявление: договор аренды, подтверждение дохода.
money-todo-kita-fees-maybe = { -jugendamt }: как только вам назначат { -kinderzuschlag } или { -wohngeld } – подать заявление об освобождении от платы за { -kita(case: "acc") } и { -hort }; взять с собой { -bescheid }.
money-todo-beratungshilfe-maybe = { -amtsgericht }: если вам нужен совет по алиментам – получить направление на консультацию (Beratungsschein); взять подтверждение дохода. Сами вы платите только { $beratungshilfe_fee }.
money-todo-but-jobcenter-kita = { -jobcenter }: подать заявление на { -bildung-und-teilhabe } (обед и экскурсии в { -kita(case: "loc") }, кружки).
money-todo-einstiegsgeld = { -jobcenter }: подать заявление на { -einstiegsgeld } – до первого рабочего дня. Взять трудовой договор или подтверждение работодателя.
money-todo-payslip = { -familienkasse }: после первого расчётного листка проверить через «KiZ-Lotse», подходят ли вам { -kinderzuschlag } и { -wohngeld } вместо { -buergergeld(case: "gen") }.
money-outlook-births =
    📅 Что скоро изменится для вас?
    Для этого мне нужны месяц и год рождения каждого ребёнка.
    Например: 03/2020 08/2016
money-outlook-births-error = Я не понял. Пожалуйста, напишите месяц/год для каждого ребёнка, например: 03/2020 08/2016
money-outlook-work = Вы скоро начинаете работать – или будете работать больше часов?
money-outlook = 📅 Что скоро изменится для вас:
money-out-work-einstieg = 💼 До первого рабочего дня: подайте заявление на { -einstiegsgeld } в { -jobcenter(case: "loc") } (до { $einstiegsgeld_months } месяцев). После начала работы уже поздно.
money-out-work-free = 💼 Часть зарплаты остаётся вам: { $bg_free_base } в месяц полностью, из остального – от { $bg_free_rate_1 } до { $bg_free_rate_2 } %. С ребёнком это до { $bg_free_max_child } в месяц больше.
money-out-work-payslip = 💼 После первого расчётного листка: проверьте, не выгоднее ли вам { -kinderzuschlag } и { -wohngeld }, чем { -buergergeld }.
money-out-work-uvg = 💼 Вы будете зарабатывать не менее { $uvg_sgb2_min_income } брутто? Тогда { -unterhaltsvorschuss } будет и для ребёнка от 12 лет: { $uvg_12_17 } в месяц.
money-out-kita = 📅 С { $date }: ваш ребёнок имеет право на место в { -kita(case: "loc") } или у дневной няни ({ -kindertagespflege }). Запишите его заранее в { -jugendamt(case: "loc") }.
money-out-work-age = 📅 С { $date }: вашему младшему ребёнку { $bg_no_work_age } года. Тогда { -jobcenter } может потребовать от вас работы или курса, если присмотр за ребёнком обеспечен.
money-out-school = 📅 С { $date }: одному ребёнку { $school_age } лет. Он больше не ездит бесплатно на автобусе и поезде. К началу школы: запишите его на место в { -ganztag(case: "loc") }.
money-out-mb = 📅 С { $date }: { -mehrbedarf } { $percent } % вместо { $percent_before } % – { $amount } вместо { $amount_before } в месяц.
money-out-uvg = 📅 С { $date }: { -unterhaltsvorschuss } { $amount } вместо { $amount_before } в месяц.
money-out-uvg-12 = 📅 С { $date }: вашему ребёнку 12 лет. Если вы получаете { -buergergeld }, { -unterhaltsvorschuss } тогда будет, только если вы зарабатываете не менее { $uvg_sgb2_min_income } брутто.
money-out-18 = 📅 С { $date }: одному ребёнку 18 лет. { -unterhaltsvorschuss } на него больше не платят. { -kindergeld } – только во время профобучения или учёбы (до { $kindergeld_age_max }).
money-out-kiz = 📅 { $date }: время подать новое заявление на { -kinderzuschlag }. Он действует { $kiz_months } месяцев – если считать от заявления в этом месяце.
