# Деньги и пособия: отдельные пособия и проверка «Что мне положено?».
# Суммы берутся из dialogs/figures.toml – никогда не вписывайте суммы сюда.
# Названия ведомств и пособий – только через термины из terms.ftl ({ -jobcenter }), см. docs/translation/ru.md.

money-title = Деньги и пособия

money-start =
    💶 Деньги для вас и ваших детей.

    Быстрее всего – проверка «Что мне положено?»: 5 коротких вопросов.
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
    Для кого? Для каждого ребёнка до 18 лет. С 18 лет до { $kindergeld_age_max }-летия – только если ребёнок учится (профобучение или вуз).
    Вы не из ЕС? Нужен { -aufenthaltstitel(form: "long") }, который разрешает работать или жить здесь постоянно. Украинцы с временной защитой (§ 24) тоже получают { -kindergeld }.

    📍 { -familienkasse(form: "long") } – онлайн или по почте.
    📄 Свидетельство о рождении, { -steuer-id(form: "long") } – ваш и ребёнка, паспорт или { -aufenthaltstitel }.

money-kiz =
    💶 { -kinderzuschlag(form: "long") }

    Для родителей, которые работают, но мало зарабатывают.
    Сколько? До { $kiz_max } на ребёнка в месяц, вместе со срочной надбавкой (Sofortzuschlag). Данные на { $kiz_max_from }; сумма на 2026 год ещё не подтверждена.
    Для кого? Вы зарабатываете не меньше { $kiz_min_income } брутто в месяц и не получаете { -buergergeld(form: "long") }. Ребёнку меньше { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] года
       *[other] лет
    }.
    Алименты и { -unterhaltsvorschuss(form: "long") } учитываются на { $kiz_child_income_share } %.
    ➕ С { -kinderzuschlag(case: "ins") } часто положены ещё { -wohngeld(form: "long") }, { -bildung-und-teilhabe(form: "long") } и { -kita } без оплаты.

    📍 { -familienkasse(form: "long") }, онлайн. Назначают на { $kiz_months } { $kiz_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }, потом нужно снова подать заявление.
    📄 Расчётные листки с зарплатой, договор аренды, подтверждения алиментов.

money-uvg =
    🧾 { -unterhaltsvorschuss(form: "long") }

    Если другой родитель не платит алименты, платит слишком мало или нерегулярно.
    Сколько в месяц (с { $uvg_0_5_from })?
    • 0–5 лет: { $uvg_0_5 }
    • 6–11 лет: { $uvg_6_11 }
    • 12–17 лет: { $uvg_12_17 }
    Без ограничения по времени, до { $uvg_age_max }-летия.
    Если вы получаете { -buergergeld }: на детей от 12 лет – только если вы зарабатываете не меньше { $uvg_sgb2_min_income } брутто или тогда вам больше не понадобится { -buergergeld }.
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
    Сколько? От { $elterngeld_rate_min } % до { $elterngeld_rate_max } % вашей чистой зарплаты до родов, при маленькой зарплате – больше. В месяц не меньше { $elterngeld_min }, не больше { $elterngeld_max }. { -elterngeld-plus }: от { $elterngeld_plus_min } до { $elterngeld_plus_max }, зато вдвое дольше.
    Если вы получаете { -buergergeld(form: "long") }, { -elterngeld } считается доходом. Но до { $elterngeld_free } остаются у вас, если вы работали до родов.

    ⏰ Подайте заявление быстро: задним числом платят только за { $elterngeld_backpay_months } { $elterngeld_backpay_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }!
    📍 { -elterngeldstelle(form: "long") } вашего города.
    📄 Свидетельство о рождении, расчётные листки с зарплатой до родов.

money-buergergeld =
    🏠 { -buergergeld(form: "long") }

    Деньги на жизнь, если вашего дохода не хватает. Отдельно оплачивают аренду и отопление.
    Базовая ставка в месяц (с { $regelsatz_adult_from }): для вас { $regelsatz_adult }; для детей 0–5 лет { $regelsatz_0_5 }, 6–13 лет { $regelsatz_6_13 }, 14–17 лет { $regelsatz_14_17 }.
    { -kindergeld } и { -unterhaltsvorschuss } считаются доходом детей. К этому добавляется { -mehrbedarf(form: "long") }.
    Ребёнку меньше { $bg_no_work_age } { $bg_no_work_age ->
        [one] года
       *[other] лет
    }: вы не обязаны выходить на работу (так по действующим правилам; реформа планирует более низкую границу – ещё не подтверждено).

    ⚠️ Реформа { -neue-grundsicherung(form: "long") } планируется с июля 2026 года. Она могла изменить правила. Какие правила действуют сейчас, скажут в { -jobcenter(case: "loc") }.
    📍 { -jobcenter(form: "long") }. 📄 Паспорт, договор аренды, выписки с банковского счёта, расчётные листки с зарплатой.

money-mehrbedarf =
    ➕ { -mehrbedarf(form: "long") }

    Дополнительные деньги к { -buergergeld(case: "dat") }. Отдельное заявление не нужно – { -jobcenter } платит их автоматически.
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

    📍 { -jobcenter }. 👉 Проверьте свой { -bescheid(form: "long") }: есть ли там строка { -mehrbedarf }? Если нет – спросите.

money-wohngeld =
    🏠 { -wohngeld(form: "long") }

    Доплата к аренде, если у вас есть свой доход, но его мало.
    Сколько? Это зависит от аренды, дохода и числа людей, которые живут с вами.
    Не вместе с { -buergergeld(case: "ins") }. Часто вместе с { -kinderzuschlag(case: "ins") } – и это может быть выгоднее, чем { -buergergeld }.
    ➕ С { -wohngeld(case: "ins") } положены ещё { -bildung-und-teilhabe(form: "long") }, { -kita } без оплаты и { -sozialticket(form: "long") }.

    📍 { -wohngeldstelle(form: "long") } вашего города.
    📄 Договор аренды, подтверждения дохода, выписки с банковского счёта, паспорт.

money-asylblg =
    🛂 { -asylbewerberleistungen(form: "long") }

    Для людей, которые ждут решения по убежищу или имеют { -duldung(form: "long") }. Платит { -sozialamt(form: "long") }, а не { -jobcenter }.
    Сколько? Для взрослого, который живёт один: { $asylblg_single } в месяц (данные на { $asylblg_single_from }; сумма на 2026 год ещё не подтверждена).
    Здесь тоже есть { -bildung-und-teilhabe(form: "long") } для детей и { -kita } без оплаты.

    🇺🇦 Вы из Украины и приехали после 31.03.2025? Планируется, что с июля 2026 года вами будет заниматься { -sozialamt }, а не { -jobcenter }. Это ещё не подтверждено. Спросите в своём { -jobcenter(case: "loc") }.

    📍 { -sozialamt } вашего города. Помощь: { -mbe(form: "long") } – с { $mbe_age_min } { $mbe_age_min ->
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
    • Школьные принадлежности: { $but_school } на учебный год ({ $but_school_aug } в августе, { $but_school_feb } в феврале; данные на { $but_school_from }, новая сумма ещё не подтверждена)
    • Кружок, музыка, спорт: { $but_clubs } в месяц (для детей до { $but_clubs_age } { $but_clubs_age ->
        [one] года
       *[other] лет
    })
    • Экскурсии, школьные поездки, обед, репетитор, дорога в школу
    Для семей, которые получают { -buergergeld }, социальную помощь, { -wohngeld }, { -kinderzuschlag } или { -asylbewerberleistungen }.

    📍 С { -buergergeld(case: "ins") }: { -jobcenter }. С { -wohngeld(case: "ins") } или { -kinderzuschlag(case: "ins") }: городская администрация. С { -asylbewerberleistungen }: { -sozialamt }.
    📄 { -bescheid(form: "long") } о вашем пособии, справка из школы.

money-kita-fees =
    🧸 { -kita(form: "long") } без оплаты

    Вы не платите за { -kita(case: "acc") }, { -kindertagespflege(form: "long") } или { -hort(form: "long") }, если получаете одно из этих пособий:
    { -buergergeld }, социальную помощь, { -asylbewerberleistungen }, { -kinderzuschlag } или { -wohngeld }.
    Автоматически это не происходит: нужно подать заявление.
    { -ganztag(form: "long") }, в земле { -nrw } – { -ogs(form: "long") }: спросите в городской администрации, там оплату тоже часто отменяют.
    Обед в { -kita(case: "loc") } и в школе: через { -bildung-und-teilhabe }.

    📍 { -jugendamt(form: "long") } вашего города.
    📄 Ваш действующий { -bescheid(form: "long") }, например о { -buergergeld(case: "loc") }, { -wohngeld(case: "loc") }, { -kinderzuschlag(case: "loc") }.

money-tax =
    🧾 { -steuerklasse-2(form: "long") }

    Для тех, кто один растит ребёнка и работает: меньше налога с зарплаты, каждый месяц больше денег на руки.
    { -entlastungsbetrag(form: "long") }: { $entlastung } в год, плюс { $entlastung_more } за каждого следующего ребёнка.
    Условие: ребёнок живёт с вами.

    📍 { -finanzamt(form: "long") } – онлайн через ELSTER или на бумажном бланке.
    📄 { -steuer-id(form: "long") }, свидетельство о рождении или { -bescheid } о { -kindergeld(case: "loc") }.

money-beistand =
    🤝 { -beistandschaft(form: "long") }

    Другой родитель не платит алименты или платит слишком мало? { -jugendamt(form: "long") } может стать представителем вашего ребёнка (Beistand): рассчитать алименты и взыскать их.
    Бесплатно. Достаточно подать заявление в { -jugendamt }. Для детей до 18 лет.

    Одновременно подайте заявление на { -unterhaltsvorschuss(form: "long") } – тогда ребёнок будет получать деньги уже сейчас.

    📍 { -jugendamt } вашего города.
    📄 Свидетельство о рождении, данные о другом родителе, документы об алиментах (решение или соглашение, письма, платежи).

money-beratungshilfe =
    ⚖️ { -beratungshilfe(form: "long") }

    Совет адвоката – например, при споре об алиментах или с ведомством, ещё до суда.
    Для людей с небольшим доходом. Сами вы платите только { $beratungshilfe_fee }.

    📍 { -amtsgericht(form: "long") } по месту жительства: там вы получите Beratungsschein – направление к адвокату. С ним идите к адвокату.
    📄 Паспорт; подтверждения дохода, например { -bescheid } о { -buergergeld(case: "loc") }; выписки с банковского счёта; документы по вашей проблеме.

## Проверка

money-check-ages =
    ✅ Проверка: 5 коротких вопросов.

    Сколько лет вашим детям, которые живут с вами?
    Напишите возраст цифрами, например: 2 8
    Малыш младше 1 года: 0

money-check-ages-error = Не удалось понять ответ. Пожалуйста, напишите только числа от 0 до 26, например: 2 8

money-check-bg = Вы получаете { -buergergeld(form: "long") } от { -jobcenter(case: "gen") }?

money-check-earnings = Сколько вы сами зарабатываете в месяц – брутто (до вычетов)?
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

money-check-result = ✅ Ваш результат – это первая оценка, а не { -bescheid(form: "long") }. Решение принимает ведомство.

## Строки результата: пособие и ведомство

money-benefit-kindergeld = { -kindergeld(form: "long") }
money-benefit-kiz = { -kinderzuschlag(form: "long") }
money-benefit-uvg = { -unterhaltsvorschuss(form: "long") }
money-benefit-buergergeld = { -buergergeld(form: "long") }
money-benefit-mehrbedarf = { -mehrbedarf(form: "long") }
money-benefit-wohngeld = { -wohngeld(form: "long") }
money-benefit-but = { -bildung-und-teilhabe(form: "long") }
money-benefit-kita-fees = Освобождение от платы за { -kita(case: "acc") }
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
money-kg-reason-asylum = Зависит от вашего статуса. Спросите в { -familienkasse } или в { -mbe(form: "long") }.
money-kg-reason-adult = До { $total } в месяц ({ $kindergeld } на ребёнка). На детей от 18 лет – только если они учатся.
money-kg-reason-yes = { $total } в месяц ({ $kindergeld } на ребёнка).

money-kiz-reason-age = Только для детей до { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] года
       *[other] лет
    }.
money-kiz-reason-switch = С вашей зарплатой { -kinderzuschlag } и { -wohngeld } могут подойти лучше, чем { -buergergeld }. Проверьте это онлайн через «KiZ-Lotse» на сайте { -familienkasse }.
money-kiz-reason-bg = Не вместе с { -buergergeld(case: "ins") }.
money-kiz-reason-income = Вы должны зарабатывать не меньше { $kiz_min_income } брутто в месяц.
money-kiz-reason-asylum = Только если вы получаете { -kindergeld }. Спросите в { -familienkasse }.
money-kiz-reason-yes = До { $kiz_max } на ребёнка в месяц (данные на { $kiz_max_from }, на 2026 год ещё не подтверждено), хорошо сочетается с { -wohngeld(case: "ins") }. Также: { -bildung-und-teilhabe } и { -kita } без оплаты. Назначают на { $kiz_months } { $kiz_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }.
money-kiz-reason-high = Зависит от аренды и дохода. До { $kiz_max } на ребёнка (данные на { $kiz_max_from }, на 2026 год ещё не подтверждено).

money-uvg-reason-pays = Только если другой родитель не платит ничего, платит слишком мало или нерегулярно.
money-uvg-reason-age = Только для детей до { $uvg_age_max } { $uvg_age_max ->
        [one] года
       *[other] лет
    }.
money-uvg-reason-bg-mixed = На детей до 12 лет: всего { $total } в месяц. На детей от 12 до 17 лет – только если вы зарабатываете не меньше { $uvg_sgb2_min_income } брутто или тогда вам больше не понадобится { -buergergeld }.
money-uvg-reason-bg-teen = Если вы получаете { -buergergeld }, то на детей от 12 до 17 лет – только если вы зарабатываете не меньше { $uvg_sgb2_min_income } брутто или тогда вам больше не понадобится { -buergergeld }. На ребёнка { $uvg_12_17 }.
money-uvg-reason-yes = Всего { $total } в месяц, до 18-летия (на ребёнка: 0–5 лет { $uvg_0_5 }, 6–11 лет { $uvg_6_11 }, 12–17 лет { $uvg_12_17 }).

money-bg-reason-yes = Вы его уже получаете. Реформа { -neue-grundsicherung } могла изменить правила – спросите в { -jobcenter(case: "loc") }.
money-bg-reason-asylum = Вместо { -buergergeld(case: "gen") }: { -asylbewerberleistungen } от { -sozialamt(case: "gen") }.
money-bg-reason-maybe = Возможно, у вас есть на него право – плюс оплата аренды и отопления. Из-за реформы правила могли измениться: спросите в { -jobcenter(case: "loc") }.

money-mb-reason = { $percent } % от базовой ставки: примерно { $amount } в месяц. Начисляется автоматически – проверьте свой { -bescheid }.

money-wg-reason-bg = Не вместе с { -buergergeld(case: "ins") }.
money-wg-reason-asylum = Зависит от вашего статуса. Спросите в { -sozialamt(case: "loc") } или в { -mbe(form: "long") }.
money-wg-reason-none = Нужен свой доход, которого хватает на жизнь.
money-wg-reason-yes = Доплата к аренде. Сумма зависит от аренды, дохода и числа людей в семье. Хорошо сочетается с { -kinderzuschlag(case: "ins") }.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] С маленьким доходом этого часто не хватает. Попросите проверить, что вам подходит лучше: { -wohngeld } или { -buergergeld }.
       *[other] Зависит от аренды, дохода и числа людей в семье. Попросите это проверить.
    }

money-but-reason-jobcenter = Школьные принадлежности: { $but_school } на учебный год (данные на { $but_school_from }, новая сумма ещё не подтверждена); кружки: { $but_clubs } в месяц; экскурсии, обед.
money-but-reason-sozialamt = Школьные принадлежности: { $but_school } на учебный год (данные на { $but_school_from }, новая сумма ещё не подтверждена); кружки: { $but_clubs } в месяц; экскурсии, обед.
money-but-reason-city = Если вы получаете { -kinderzuschlag } или { -wohngeld }: школьные принадлежности, экскурсии, обед, кружки. Заявление подают в городскую администрацию.

money-fee-reason-yes = Не нужно платить за { -kita(case: "acc") }, { -kindertagespflege } или { -hort }. Но нужно подать заявление.
money-fee-reason-maybe = Если вы получаете { -kinderzuschlag } или { -wohngeld }: не нужно платить за { -kita(case: "acc") }, { -kindertagespflege } или { -hort }.

money-eg-reason-yes = Для вашего малыша: все { $elterngeld_months } { $elterngeld_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    } – для вас. Подайте заявление быстро: задним числом платят только за { $elterngeld_backpay_months } { $elterngeld_backpay_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }.
money-eg-reason-bg = При { -buergergeld(case: "loc") } оно считается доходом – но до { $elterngeld_free } остаются у вас, если вы работали до родов. Подайте заявление быстро.

money-tax-reason-yes = Меньше налога с зарплаты: вычет { $total } в год ({ $entlastung } плюс { $entlastung_more } за каждого следующего ребёнка).
money-tax-reason-small = С небольшой зарплаты налог обычно не удерживают. Это станет важно, когда вы будете зарабатывать больше.

money-asyl-reason-yes = От { -sozialamt(case: "gen") }, а не от { -jobcenter(case: "gen") }. Для взрослого, который живёт один: { $asylblg_single } (данные на { $asylblg_single_from }, на 2026 год ещё не подтверждено).
money-asyl-reason-ukraine = Приехали после 31.03.2025? Планируется: с июля 2026 года – { -sozialamt }, а не { -jobcenter }. Это ещё не подтверждено.

money-beistand-reason = { -jugendamt } взыскивает алименты для вашего ребёнка – бесплатно.
money-bh-reason = Совет адвоката, если у вас небольшой доход. Вы платите только { $beratungshilfe_fee }.

## Следующие шаги (итог)

money-todo-kindergeld = { -familienkasse }: подать заявление на { -kindergeld } – онлайн или по почте. Подготовить свидетельство о рождении и { -steuer-id } – ваш и ребёнка.
money-todo-kg-asylum = { -familienkasse } или { -mbe(form: "long") }: спросить, можете ли вы с вашим статусом получать { -kindergeld } и { -kinderzuschlag }.
money-todo-kiz = { -familienkasse }: подать онлайн-заявление на { -kinderzuschlag } – расчётные листки, договор аренды, подтверждения алиментов.
money-todo-kiz-lotse = { -familienkasse }: проверить через «KiZ-Lotse», подходят ли вам { -kinderzuschlag } и { -wohngeld } вместо { -buergergeld(case: "gen") }.
money-todo-uvg = { -jugendamt }, { -unterhaltsvorschussstelle }: подать заявление на { -unterhaltsvorschuss } – свидетельство о рождении, данные о другом родителе.
money-todo-elterngeld = { -elterngeldstelle }: подать заявление на { -elterngeld } вскоре после родов (задним числом только за { $elterngeld_backpay_months } { $elterngeld_backpay_months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }) – свидетельство о рождении, расчётные листки.
money-todo-buergergeld = { -jobcenter }: попросить проверить право на { -buergergeld } вместе с оплатой аренды и отопления и спросить о новых правилах – паспорт, договор аренды, выписки со счёта.
money-todo-mehrbedarf = { -jobcenter }: проверить, есть ли в { -bescheid(case: "loc") } строка { -mehrbedarf }. Если нет – спросить.
money-todo-wohngeld = { -wohngeldstelle } вашего города: подать заявление на { -wohngeld } – договор аренды, подтверждения дохода, выписки со счёта.
money-todo-asylblg = { -sozialamt }: { -asylbewerberleistungen } – взять документ о пребывании. Помощь: { -mbe(form: "long") }.
money-todo-ukraine = Спросить в { -jobcenter(case: "loc") }: вы по-прежнему занимаетесь мной или теперь { -sozialamt }? (Для тех, кто приехал после 31.03.2025.)
money-todo-but = Подать заявление на { -bildung-und-teilhabe }. Куда: при { -buergergeld(case: "loc") } – { -jobcenter }; при { -wohngeld(case: "loc") } или { -kinderzuschlag(case: "loc") } – городская администрация; при { -asylbewerberleistungen } – { -sozialamt }.
money-todo-but-jobcenter = { -jobcenter }: подать заявление на { -bildung-und-teilhabe }: школьные принадлежности, экскурсии, обед, кружки.
money-todo-but-sozialamt = { -sozialamt }: подать заявление на { -bildung-und-teilhabe } для детей.
money-todo-but-city = Городская администрация: подать заявление на { -bildung-und-teilhabe }, как только вам назначат { -kinderzuschlag } или { -wohngeld }.
money-todo-kita-fees = { -jugendamt }: подать заявление на освобождение от платы за { -kita(case: "acc") } и { -hort } – взять действующий { -bescheid }.
money-todo-tax = { -finanzamt }: подать заявление на { -steuerklasse-2 } – онлайн через ELSTER или на бланке. Подготовить { -steuer-id }.
money-todo-beistand = { -jugendamt }: оформить { -beistandschaft }, это бесплатно. Взять свидетельство о рождении, документы об алиментах.
money-todo-beratungshilfe = { -amtsgericht }: получить Beratungsschein (направление к адвокату) – взять подтверждения дохода. Ваш взнос: { $beratungshilfe_fee }.
