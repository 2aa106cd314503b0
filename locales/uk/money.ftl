# Гроші та допомога: окремі виплати та перевірка «Що мені належить?».
# Суми беруться з dialogs/figures.toml – ніколи не вписуйте суми тут.
# Назви відомств і виплат – лише через терміни з terms.ftl ({ -jobcenter }), див. docs/translation/uk.md.

money-title = Гроші та допомога

money-start =
    💶 Гроші для вас і ваших дітей.

    Найшвидше – перевірка «Що мені належить?». У ній 5 коротких запитань.
    Або перегляньте окремі виплати.

money-opt-check = ✅ Що мені належить?
money-opt-group-children = 👶 Гроші на дітей
money-opt-group-living = 🏠 Гроші на життя, житло
money-opt-group-school = 🎒 Школа, { -kita }, гуртки
money-opt-group-law = ⚖️ Податки, аліменти, право
money-opt-details = 💶 Окремі виплати
money-opt-yes = Так
money-opt-no = Ні

## Групи

money-group-children = 👶 Яка допомога потрібна вашим дітям?
money-opt-kindergeld = { -kindergeld }
money-opt-kiz = { -kinderzuschlag }
money-opt-uvg = { -unterhaltsvorschuss }
money-opt-elterngeld = 🍼 Малюк: { -elterngeld }

money-group-living = 🏠 Гроші на життя та оренду житла:
money-opt-buergergeld = { -buergergeld }
money-opt-mehrbedarf = ➕ Надбавка одиноким батькам
money-opt-wohngeld = 🏠 { -wohngeld }
money-opt-asylblg = Допомога шукачам притулку

money-group-school = 🎒 Гроші на школу, { -kita(case: "acc") } і дозвілля:
money-opt-but = 🎒 Гроші на школу й гуртки
money-opt-kita-fees = 🧸 { -kita } без оплати
money-opt-kita-place = 🧸 Знайти місце в { -kita(case: "loc") }
money-opt-school-ticket = 🚸 Дорога до школи, квиток

money-group-law = ⚖️ Податки, аліменти та юридична консультація:
money-opt-tax = 🧾 { -steuerklasse-2 }
money-opt-beistand = 🤝 { -beistandschaft }
money-opt-beratungshilfe = ⚖️ { -beratungshilfe }

## Окремі виплати

money-kindergeld =
    👶 { -kindergeld(form: "long") }

    Скільки? { $kindergeld } на кожну дитину щомісяця (з { $kindergeld_from }).
    Для кого? Для кожної дитини до 18 років. Від 18 років – лише якщо дитина навчається (професійне навчання або університет), тоді до { $kindergeld_age_max }-річчя.
    Якщо ви не з ЄС: вам потрібен { -aufenthaltstitel(form: "long") }, який дозволяє працювати, або дозвіл на постійне проживання (Niederlassungserlaubnis). Люди з України із захистом за § 24 теж отримують { -kindergeld }.

    📍 { -familienkasse(form: "long") } – онлайн або поштою.
    📄 Свідоцтво про народження, { -steuer-id(form: "long") } – ваш і дитини, паспорт або { -aufenthaltstitel }.

money-kiz =
    💶 { -kinderzuschlag(form: "long") }

    Для батьків, які працюють, але заробляють мало.
    Скільки? До { $kiz_max } на дитину щомісяця. Термінова доплата (Sofortzuschlag) уже входить у цю суму. (Станом на { $kiz_max_from }; сума на 2026 рік ще не підтверджена.)
    Для кого? Ви заробляєте щонайменше { $kiz_min_income } брутто на місяць. Ви не отримуєте { -buergergeld(form: "long") }. Дитині менше { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] року
       *[other] років
    }.
    Аліменти та { -unterhaltsvorschuss(form: "long") } рахують як дохід на { $kiz_child_income_share } %.
    ➕ З { -kinderzuschlag(case: "ins") } часто є ще { -wohngeld(form: "long") }, { -bildung-und-teilhabe(form: "long") } і { -kita } без оплати.

    📍 { -familienkasse(form: "long") }, онлайн. { -kinderzuschlag } призначають на { $kiz_months } { $kiz_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    }. Потім ви подаєте нову заяву.
    📄 Розрахункові листки із зарплатою, договір оренди, підтвердження аліментів.

money-uvg =
    🧾 { -unterhaltsvorschuss(form: "long") }

    Для вашої дитини, якщо другий із батьків не платить аліменти. Або платить замало. Або нерегулярно.
    Скільки на місяць (з { $uvg_0_5_from })?
    • 0–5 років: { $uvg_0_5 }
    • 6–11 років: { $uvg_6_11 }
    • 12–17 років: { $uvg_12_17 }
    Обмеження в часі немає: дитина отримує його до { $uvg_age_max }-річчя.
    Якщо ви отримуєте { -buergergeld }: на дітей від 12 років його дають, лише якщо ви заробляєте щонайменше { $uvg_sgb2_min_income } брутто. Або якщо тоді вам уже не потрібен { -buergergeld }.
    Ви маєте допомогти знайти другого з батьків.

    📍 { -jugendamt(form: "long") }: { -unterhaltsvorschussstelle }.
    📄 Свідоцтво про народження, паспорт, дані про другого з батьків, підтвердження платежів.

money-elterngeld =
    🍼 { -elterngeld(form: "long") }

    На перший час із малюком. Якщо ви виховуєте дитину самі, усі { $elterngeld_months } { $elterngeld_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    } можете взяти ви.
    Скільки? Від { $elterngeld_rate_min } % до { $elterngeld_rate_max } % вашої чистої зарплати до пологів. Якщо зарплата невелика, частка більша. На місяць щонайменше { $elterngeld_min }, щонайбільше { $elterngeld_max }.
    { -elterngeld-plus }: від { $elterngeld_plus_min } до { $elterngeld_plus_max } на місяць. Зате ви отримуєте його вдвічі довше.
    Якщо ви отримуєте { -buergergeld(form: "long") }, { -elterngeld } рахують як дохід. Ви працювали до пологів? Тоді до { $elterngeld_free } залишаються вам.

    ⏰ Подайте заяву швидко! За час до подання заяви виплачують щонайбільше за { $elterngeld_backpay_months } { $elterngeld_backpay_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    }.
    📍 { -elterngeldstelle(form: "long") } вашого міста.
    📄 Свідоцтво про народження, розрахункові листки із зарплатою за час до пологів.

money-buergergeld =
    🏠 { -buergergeld(form: "long") }

    Гроші на життя, якщо вашого доходу не вистачає. До цього додається оплата оренди й опалення.
    Базова ставка на місяць (з { $regelsatz_adult_from }): для вас { $regelsatz_adult }; для дітей 0–5 років { $regelsatz_0_5 }, 6–13 років { $regelsatz_6_13 }, 14–17 років { $regelsatz_14_17 }.
    { -kindergeld } і { -unterhaltsvorschuss } рахують як дохід дітей. До цього додається { -mehrbedarf(form: "long") }.
    Комусь із дітей менше { $bg_no_work_age } { $bg_no_work_age ->
        [one] року
       *[other] років
    }? Тоді ви не зобов’язані йти на роботу. Так за чинними правилами. Реформа планує нижчу вікову межу (ще не підтверджено).

    ⚠️ Реформу { -neue-grundsicherung(form: "long") } планують з липня 2026 року. Можливо, правила вже змінилися. Що діє зараз, скажуть у { -jobcenter(case: "loc") }.
    📍 { -jobcenter(form: "long") }.
    📄 Паспорт, договір оренди, виписки з банківського рахунку, розрахункові листки із зарплатою.

money-mehrbedarf =
    ➕ { -mehrbedarf(form: "long") }

    Додаткові гроші в межах { -buergergeld(case: "gen") }. Окрема заява не потрібна: { -jobcenter(form: "long") } виплачує їх автоматично.
    Скільки? Частина базової ставки ({ $regelsatz_adult }):
    • { $mb_high } %, якщо одній дитині менше { $mb_age_small } { $mb_age_small ->
        [one] року
       *[other] років
    } або двом-трьом дітям менше { $mb_age_school } { $mb_age_school ->
        [one] року
       *[other] років
    }
    • інакше { $mb_per_child } % на кожну дитину до 18 років
    • разом щонайбільше { $mb_max } %
    Вам нараховують більшу з цих сум.

    📍 { -jobcenter }. 👉 Перевірте свій { -bescheid(form: "long") }: чи є там «{ -mehrbedarf }»? Якщо ні – запитайте.

money-wohngeld =
    🏠 { -wohngeld(form: "long") }

    Доплата до оренди – якщо у вас є власний дохід, але невеликий.
    Скільки? Це залежить від оренди, доходу і кількості людей у вашому домогосподарстві.
    Його не дають разом із { -buergergeld(case: "ins") }. Часто { -wohngeld } отримують разом із { -kinderzuschlag(case: "ins") }. Це може бути вигідніше, ніж { -buergergeld }.
    ➕ З { -wohngeld(case: "ins") } є ще { -bildung-und-teilhabe(form: "long") }, { -kita } без оплати і { -sozialticket(form: "long") }.

    📍 { -wohngeldstelle(form: "long") } вашого міста.
    📄 Договір оренди, підтвердження доходу, виписки з банківського рахунку, паспорт.

money-asylblg =
    🛂 { -asylbewerberleistungen(form: "long") }

    Для людей, які перебувають у процедурі надання притулку або мають { -duldung(form: "long") }. За це відповідає { -sozialamt(form: "long") }, а не { -jobcenter }.
    Скільки? Для дорослого без партнера: { $asylblg_single } на місяць (станом на { $asylblg_single_from }; сума на 2026 рік ще не підтверджена).
    Тут теж є { -bildung-und-teilhabe(form: "long") } для дітей. І ви не платите за { -kita(case: "acc") }.

    🇺🇦 Ви приїхали з України після 31.03.2025? Планують, що з липня 2026 року за вас відповідатиме { -sozialamt }, а не { -jobcenter } (ще не підтверджено). Запитайте у своєму { -jobcenter(case: "loc") }.

    📍 { -sozialamt } вашого міста.
    Допомога: { -mbe(form: "long") } – від { $mbe_age_min } { $mbe_age_min ->
        [one] року
       *[other] років
    }, або { -jmd(form: "long") } – від { $jmd_age_min } до { $jmd_age_max } { $jmd_age_max ->
        [one] року
       *[other] років
    }.

money-but =
    🎒 { -bildung-und-teilhabe(form: "long") }

    Для дітей до { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] року
       *[other] років
    }, які ходять до школи або в { -kita(case: "acc", form: "long") }:
    • Гроші на шкільне приладдя: { $but_school } на навчальний рік, { $but_school_aug } у серпні і { $but_school_feb } у лютому (станом на { $but_school_from }; нова сума ще не підтверджена)
    • Гурток, музика, спорт: { $but_clubs } на місяць (для дітей до { $but_clubs_age } { $but_clubs_age ->
        [one] року
       *[other] років
    })
    • Екскурсії, шкільні поїздки, обід, репетитор, дорога до школи
    Для сімей, які отримують { -buergergeld }, { -sozialhilfe(form: "long") }, { -wohngeld }, { -kinderzuschlag } або { -asylbewerberleistungen }.

    📍 З { -buergergeld(case: "ins") }: { -jobcenter }. З { -wohngeld(case: "ins") } або { -kinderzuschlag(case: "ins") }: міська адміністрація. З { -asylbewerberleistungen }: { -sozialamt }.
    📄 { -bescheid(form: "long") } про вашу виплату, довідка зі школи.

money-kita-fees =
    🧸 { -kita(form: "long") } без оплати

    Ви отримуєте одну з цих виплат? { -buergergeld }, { -sozialhilfe(form: "long") }, { -asylbewerberleistungen }, { -kinderzuschlag } або { -wohngeld }.
    Тоді ви не платите за { -kita(case: "acc") }, { -kindertagespflege(form: "long") } або { -hort(case: "acc", form: "long") }.
    Автоматично цього не буде: треба подати заяву.
    Для { -ogs(form: "long") } це часто теж діє. Запитайте в міській адміністрації.
    Гроші на обід у { -kita(case: "loc") } та школі дають через { -bildung-und-teilhabe }.

    📍 { -jugendamt(form: "long") } вашого міста.
    📄 Ваш чинний { -bescheid(form: "long") }, наприклад про { -buergergeld }, { -wohngeld } або { -kinderzuschlag }.

money-tax =
    🧾 { -steuerklasse-2(form: "long") }

    Для батьків, які самі виховують дітей і працюють. Ви платите менше податку із зарплати, і щомісяця у вас більше грошей на руки (нетто).
    { -entlastungsbetrag(form: "long") }: { $entlastung } на рік не оподатковуються. За кожну наступну дитину додається ще { $entlastung_more }.
    Дитина має жити з вами.

    📍 { -finanzamt(form: "long") } – онлайн через ELSTER або на паперовому бланку.
    📄 { -steuer-id(form: "long") }, свідоцтво про народження або { -bescheid } про { -kindergeld }.

money-beistand =
    🤝 { -beistandschaft } – допомога з аліментами

    Якщо другий із батьків не платить нічого або платить замало: { -jugendamt(form: "long") } може допомогти вам як представник (Beistand). Він розраховує, скільки аліментів має платити другий із батьків. І вимагає ці гроші від нього – для вашої дитини.
    Це безкоштовно. Досить подати заяву до { -jugendamt(case: "gen") }. Для дітей до 18 років.

    Подайте також заяву на { -unterhaltsvorschuss(form: "long") }. Тоді дитина отримуватиме гроші вже зараз.

    📍 { -jugendamt } вашого міста.
    📄 Свідоцтво про народження, дані про другого з батьків, документи про аліменти (рішення чи угода, листи, платежі).

money-beratungshilfe =
    ⚖️ { -beratungshilfe(form: "long") }

    Ви отримуєте пораду адвоката. Наприклад, коли є суперечка про аліменти або з відомством. Це не стосується судового процесу.
    Для людей із низьким доходом. Самі ви платите лише { $beratungshilfe_fee }.

    📍 { -amtsgericht(form: "long") } за місцем проживання: там ви отримаєте Beratungsschein – направлення до адвоката. З ним ідіть до адвоката.
    📄 Паспорт; підтвердження доходу, наприклад { -bescheid } про { -buergergeld }; виписки з банківського рахунку; документи щодо вашої проблеми.

## Перевірка

money-check-ages =
    ✅ Перевірка: 5 коротких запитань.

    Скільки років дітям, які живуть з вами?
    Напишіть вік кожної дитини числом, наприклад: 2 8
    Для малюка до 1 року напишіть: 0

money-check-ages-error = Не вдалося зрозуміти відповідь. Будь ласка, напишіть лише числа від 0 до 26, наприклад: 2 8

money-check-bg = Ви отримуєте { -buergergeld(form: "long") } від { -jobcenter(case: "gen") }?

money-check-earnings = Скільки ви самі заробляєте на місяць? Ідеться про брутто, тобто до відрахувань.
money-earn-none = Нічого
money-earn-under = Менше { $kiz_min_income }
money-earn-from = Від { $kiz_min_income } до { $earnings_band_high }
money-earn-over = Понад { $earnings_band_high }

money-check-maintenance = Чи платить другий із батьків аліменти на дітей?
money-maint-pays = Так, достатньо і вчасно
money-maint-partly = Замало або нерегулярно
money-maint-none = Ні / не знаю

money-check-residence = Останнє запитання: який у вас статус перебування?
money-res-de-eu = Громадянство Німеччини або ЄС
money-res-permit = Дозвіл на проживання з правом на роботу
money-res-ukraine = Україна (захист за § 24)
money-res-asylum = Притулок або { -duldung }

money-check-result = ✅ Ваш результат. Це перша оцінка, а не { -bescheid(form: "long") }. Рішення ухвалює відомство.

## Рядки результату: виплата і відомство

money-benefit-kindergeld = { -kindergeld(form: "long") }
money-benefit-kiz = { -kinderzuschlag(form: "long") }
money-benefit-uvg = { -unterhaltsvorschuss(form: "long") }
money-benefit-buergergeld = { -buergergeld(form: "long") }
money-benefit-mehrbedarf = { -mehrbedarf(form: "long") }
money-benefit-wohngeld = { -wohngeld(form: "long") }
money-benefit-but = { -bildung-und-teilhabe(form: "long") }
money-benefit-kita-fees = { -kita(form: "long") } без оплати
money-benefit-elterngeld = { -elterngeld(form: "long") }
money-benefit-tax = { -steuerklasse-2(form: "long") }
money-benefit-asylblg = { -asylbewerberleistungen(form: "long") }
money-benefit-beistand = { -beistandschaft(form: "long") }
money-benefit-beratungshilfe = { -beratungshilfe(form: "long") }

money-office-familienkasse = { -familienkasse(form: "long") }
money-office-uvg = { -jugendamt(form: "long") }: { -unterhaltsvorschussstelle }
money-office-jobcenter = { -jobcenter(form: "long") }
money-office-wohngeld = { -wohngeldstelle(form: "long") } вашого міста
money-office-but =
    { $buergergeld ->
        [true] { -jobcenter(form: "long") }
       *[other]
            { $residence ->
                [asylum] { -sozialamt(form: "long") }
               *[other] Міська адміністрація: { -bildung-und-teilhabe }
            }
    }
money-office-jugendamt = { -jugendamt(form: "long") }
money-office-elterngeld = { -elterngeldstelle(form: "long") }
money-office-finanzamt = { -finanzamt(form: "long") }
money-office-sozialamt = { -sozialamt(form: "long") }
money-office-amtsgericht = { -amtsgericht(form: "long") }

## Причини (один рядок)

money-kg-reason-age = Лише для дітей до { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] року
       *[other] років
    }.
money-kg-reason-asylum = Це залежить від вашого статусу перебування. Запитайте у { -familienkasse } або в { -mbe(form: "long") }.
money-kg-reason-adult = До { $total } на місяць ({ $kindergeld } на дитину). На дітей від 18 років – лише якщо вони навчаються.
money-kg-reason-yes = { $total } на місяць ({ $kindergeld } на дитину).

money-kiz-reason-age = Лише для дітей до { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] року
       *[other] років
    }.
money-kiz-reason-switch = Можливо, з вашою зарплатою вам більше підійдуть { -kinderzuschlag } і { -wohngeld }, ніж { -buergergeld }. Перевірте це через «KiZ-Lotse» на сайті { -familienkasse }.
money-kiz-reason-bg = Його не дають разом із { -buergergeld(case: "ins") }.
money-kiz-reason-income = Ви маєте заробляти щонайменше { $kiz_min_income } брутто на місяць.
money-kiz-reason-asylum = Лише якщо ви отримуєте { -kindergeld }. Запитайте у { -familienkasse }.
money-kiz-reason-yes = До { $kiz_max } на дитину на місяць (станом на { $kiz_max_from }; сума на 2026 рік ще не підтверджена). Добре поєднується з { -wohngeld(case: "ins") }. Також є { -bildung-und-teilhabe } і { -kita } без оплати. Ви отримуєте його на { $kiz_months } { $kiz_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    }.
money-kiz-reason-high = Це залежить від оренди й доходу. До { $kiz_max } на дитину (станом на { $kiz_max_from }; сума на 2026 рік ще не підтверджена).

money-uvg-reason-pays = Лише якщо другий із батьків не платить нічого, платить замало або нерегулярно.
money-uvg-reason-age = Лише для дітей до { $uvg_age_max } { $uvg_age_max ->
        [one] року
       *[other] років
    }.
money-uvg-reason-bg-mixed = На дітей до 12 років: разом { $total } на місяць. На дітей від 12 до 17 років його дають, лише якщо ви заробляєте щонайменше { $uvg_sgb2_min_income } брутто. Або якщо тоді вам уже не потрібен { -buergergeld }.
money-uvg-reason-bg-teen = Якщо ви отримуєте { -buergergeld }, на дітей від 12 до 17 років його дають, лише якщо ви заробляєте щонайменше { $uvg_sgb2_min_income } брутто. Або якщо тоді вам уже не потрібен { -buergergeld }. На дитину: { $uvg_12_17 }.
money-uvg-reason-yes = Разом { $total } на місяць, до 18-річчя. На дитину: 0–5 років { $uvg_0_5 }, 6–11 років { $uvg_6_11 }, 12–17 років { $uvg_12_17 }.

money-bg-reason-yes = Ви його вже отримуєте. Через реформу { -neue-grundsicherung } правила могли змінитися. Запитайте в { -jobcenter(case: "loc") }.
money-bg-reason-asylum = Замість { -buergergeld(case: "gen") }: { -asylbewerberleistungen } від { -sozialamt(case: "gen") }.
money-bg-reason-maybe = Можливо, ви маєте на нього право – і на оплату оренди й опалення теж. Через реформу правила могли змінитися. Запитайте в { -jobcenter(case: "loc") }.

money-mb-reason = { $percent } % від базової ставки: приблизно { $amount } на місяць. Це нараховують автоматично. Перевірте свій { -bescheid }.

money-wg-reason-bg = Його не дають разом із { -buergergeld(case: "ins") }.
money-wg-reason-asylum = Це залежить від вашого статусу перебування. Запитайте в { -sozialamt(case: "loc") } або в { -mbe(form: "long") }.
money-wg-reason-none = Потрібен власний дохід, якого вистачає на життя.
money-wg-reason-yes = Доплата до оренди. Скільки – залежить від оренди, доходу і кількості людей у домогосподарстві. Добре поєднується з { -kinderzuschlag(case: "ins") }.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] З малим доходом { -wohngeld(case: "gen") } часто не вистачає. Попросіть перевірити, що вам краще підходить: { -wohngeld } чи { -buergergeld }.
       *[other] Це залежить від оренди, доходу і кількості людей у домогосподарстві. Попросіть це перевірити.
    }

money-but-reason-jobcenter =
    { $school ->
        [0] Обід і екскурсії в { -kita(case: "loc") }. Гуртки: { $but_clubs } на місяць. Гроші на шкільне приладдя – з початком школи.
       *[other] Шкільне приладдя: { $but_school } на навчальний рік (станом на { $but_school_from }; нова сума ще не підтверджена). Гуртки: { $but_clubs } на місяць. А ще екскурсії та обід.
    }
money-but-reason-sozialamt =
    { $school ->
        [0] Обід і екскурсії в { -kita(case: "loc") }. Гуртки: { $but_clubs } на місяць. Гроші на шкільне приладдя – з початком школи.
       *[other] Шкільне приладдя: { $but_school } на навчальний рік (станом на { $but_school_from }; нова сума ще не підтверджена). Гуртки: { $but_clubs } на місяць. А ще екскурсії та обід.
    }
money-but-reason-city =
    { $school ->
        [0] Якщо ви отримуєте { -kinderzuschlag } або { -wohngeld }: гроші на обід і екскурсії в { -kita(case: "loc") } і на гуртки. Заяву ви подаєте до міської адміністрації.
       *[other] Якщо ви отримуєте { -kinderzuschlag } або { -wohngeld }: гроші на шкільне приладдя, екскурсії, обід і гуртки. Заяву ви подаєте до міської адміністрації.
    }
money-fee-reason-yes = Не треба платити за { -kita(case: "acc") }, { -kindertagespflege } або { -hort(case: "acc") }. Але на це треба подати заяву.
money-fee-reason-maybe = Якщо ви отримуєте { -kinderzuschlag } або { -wohngeld }: не треба платити за { -kita(case: "acc") }, { -kindertagespflege } або { -hort(case: "acc") }.

money-eg-reason-yes = Для вашого малюка: усі { $elterngeld_months } { $elterngeld_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    } можете взяти ви самі. Подайте заяву швидко: за час до подання заяви виплачують щонайбільше за { $elterngeld_backpay_months } { $elterngeld_backpay_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    }.
money-eg-reason-bg = Якщо ви отримуєте { -buergergeld }, його рахують як дохід. Ви працювали до пологів? Тоді до { $elterngeld_free } залишаються вам. Подайте заяву швидко.

money-tax-reason-yes = Менше податку із зарплати: { $total } на рік не оподатковуються ({ $entlastung } плюс { $entlastung_more } за кожну наступну дитину).
money-tax-reason-small = З невеликої зарплати податок зазвичай не стягують. Це стане важливим, коли ви заробите більше.

money-asyl-reason-yes = Від { -sozialamt(case: "gen") }, а не від { -jobcenter(case: "gen") }. Для дорослого без партнера: { $asylblg_single } на місяць (станом на { $asylblg_single_from }; сума на 2026 рік ще не підтверджена).
money-asyl-reason-ukraine = Ви приїхали після 31.03.2025. Планують, що з липня 2026 року за вас відповідатиме { -sozialamt }, а не { -jobcenter } (ще не підтверджено).
money-beistand-reason = { -jugendamt } вимагає аліменти від другого з батьків – для вашої дитини і безкоштовно.
money-bh-reason = Порада адвоката, якщо у вас низький дохід. Самі ви платите лише { $beratungshilfe_fee }.

## Наступні кроки (підсумок)

money-todo-kindergeld = { -familienkasse }: якщо ви ще не отримуєте { -kindergeld } – подати заяву онлайн або поштою. Підготувати свідоцтво про народження і { -steuer-id } – ваш і дитини.
money-todo-kg-asylum = { -familienkasse } або { -mbe(form: "long") }: запитати, чи можете ви з вашим статусом перебування отримувати { -kindergeld } і { -kinderzuschlag }.
money-todo-kiz = { -familienkasse }: подати онлайн-заяву на { -kinderzuschlag } – розрахункові листки, договір оренди, підтвердження аліментів.
money-todo-kiz-lotse = { -familienkasse }: перевірити через «KiZ-Lotse», чи підходять вам { -kinderzuschlag } і { -wohngeld } замість { -buergergeld(case: "gen") }.
money-todo-uvg = { -jugendamt }, { -unterhaltsvorschussstelle }: подати заяву на { -unterhaltsvorschuss } – свідоцтво про народження, дані про другого з батьків.
money-todo-elterngeld = { -elterngeldstelle }: подати заяву на { -elterngeld } невдовзі після пологів (за час до подання заяви – щонайбільше за { $elterngeld_backpay_months } { $elterngeld_backpay_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    }) – свідоцтво про народження, розрахункові листки.
money-todo-buergergeld = { -jobcenter }: попросити перевірити право на { -buergergeld } разом з оплатою оренди й опалення і запитати про нові правила – паспорт, договір оренди, виписки з рахунку.
money-todo-mehrbedarf = { -jobcenter }: перевірити, чи є у вашому { -bescheid(case: "loc") } «{ -mehrbedarf }». Якщо ні – запитати.
money-todo-wohngeld = { -wohngeldstelle } вашого міста: подати заяву на { -wohngeld } – договір оренди, підтвердження доходу, виписки з рахунку.
money-todo-asylblg = { -sozialamt }: { -asylbewerberleistungen } – взяти документ про перебування. Допомога: { -mbe(form: "long") }.
money-todo-ukraine = Запитати в { -jobcenter(case: "loc") }: чи { -jobcenter } і далі відповідає за вас, чи тепер { -sozialamt }? (Якщо ви приїхали після 31.03.2025.)
money-todo-but = Подати заяву на { -bildung-und-teilhabe }. Куди: з { -buergergeld(case: "ins") } – { -jobcenter }; з { -wohngeld(case: "ins") } чи { -kinderzuschlag(case: "ins") } – міська адміністрація; з { -asylbewerberleistungen } – { -sozialamt }.
money-todo-but-jobcenter = { -jobcenter }: подати заяву на { -bildung-und-teilhabe }: шкільне приладдя, екскурсії, обід, гуртки.
money-todo-but-sozialamt = { -sozialamt }: подати заяву на { -bildung-und-teilhabe } для дітей.
money-todo-but-city = Міська адміністрація: подати заяву на { -bildung-und-teilhabe }, щойно вам призначать { -kinderzuschlag } або { -wohngeld }.
money-todo-kita-fees = { -jugendamt }: подати заяву на звільнення від оплати за { -kita(case: "acc") } і { -hort(case: "acc") } – взяти чинний { -bescheid }.
money-todo-tax = { -finanzamt }: подати заяву на { -steuerklasse-2 } – онлайн через ELSTER або на бланку. Підготувати { -steuer-id }.
money-todo-beistand = { -jugendamt }: оформити { -beistandschaft }, це безкоштовно. Взяти свідоцтво про народження, документи про аліменти.
money-todo-beratungshilfe = { -amtsgericht }: отримати Beratungsschein (направлення до адвоката) – взяти підтвердження доходу. Самі ви платите { $beratungshilfe_fee }.

money-arr-before = До 31.03.2025
money-arr-after = З 01.04.2025
money-check-arrival = Коли ви приїхали з України до Німеччини?
money-opt-outlook = 📅 Що скоро зміниться?
money-opt-births-change = ✏️ Змінити місяці народження
money-opt-work-change = ✏️ Змінити відповідь про роботу
money-todo-kiz-maybe = { -familienkasse }: перевірити через «KiZ-Lotse», чи отримаєте ви { -kinderzuschlag }. Якщо так – подати заяву онлайн.
money-todo-uvg-from-600 = { -jugendamt } ({ -unterhaltsvorschussstelle }): щойно ви заробляєте щонайменше { $uvg_sgb2_min_income } брутто – подати заяву на { -unterhaltsvorschuss } для дитини від 12 років.
money-todo-wohngeld-maybe = { -wohngeldstelle } міста: перевірити, чи підходить вам { -wohngeld }. Якщо так – подати заяву: договір оренди, підтвердження доходу.
money-todo-kita-fees-maybe = { -jugendamt }: щойно вам призначать { -kinderzuschlag } або { -wohngeld } – подати заяву на звільнення від плати за { -kita(case: "acc") } і { -hort }; взяти з собою { -bescheid }.
money-todo-beratungshilfe-maybe = { -amtsgericht }: якщо вам потрібна порада щодо аліментів – отримати направлення на консультацію (Beratungsschein); взяти підтвердження доходу. Самі ви платите лише { $beratungshilfe_fee }.
money-todo-but-jobcenter-kita = { -jobcenter }: подати заяву на { -bildung-und-teilhabe } (обід і екскурсії в { -kita(case: "loc") }, гуртки).
money-todo-einstiegsgeld = { -jobcenter }: подати заяву на { -einstiegsgeld } – до першого робочого дня. Взяти трудовий договір або підтвердження від роботодавця.
money-todo-payslip = { -familienkasse }: після першого розрахункового листка перевірити через «KiZ-Lotse», чи підходять вам { -kinderzuschlag } і { -wohngeld } замість { -buergergeld(case: "gen") }.
money-outlook-births =
    📅 Що скоро зміниться для вас?
    Для цього мені потрібні місяць і рік народження кожної дитини.
    Наприклад: 03/2020 08/2016
money-outlook-births-error = Я не зрозумів. Напишіть, будь ласка, місяць/рік для кожної дитини, наприклад: 03/2020 08/2016
money-outlook-work = Ви скоро починаєте працювати – або працюватимете більше годин?
money-outlook = 📅 Що скоро зміниться для вас:
money-out-work-einstieg = 💼 До першого робочого дня: подайте заяву на { -einstiegsgeld } у { -jobcenter(case: "loc") } (до { $einstiegsgeld_months } місяців). Після початку роботи вже запізно.
money-out-work-free = 💼 Частина зарплати залишається вам: { $bg_free_base } на місяць повністю, з решти – від { $bg_free_rate_1 } до { $bg_free_rate_2 } %. З дитиною це до { $bg_free_max_child } на місяць більше.
money-out-work-payslip = 💼 Після першого розрахункового листка: перевірте, чи { -kinderzuschlag } і { -wohngeld } вигідніші для вас, ніж { -buergergeld }.
money-out-work-uvg = 💼 Ви заробляватимете щонайменше { $uvg_sgb2_min_income } брутто? Тоді { -unterhaltsvorschuss } буде й для дитини від 12 років: { $uvg_12_17 } на місяць.
money-out-kita = 📅 З { $date }: ваша дитина має право на місце в { -kita(case: "loc") } або в денної няні ({ -kindertagespflege }). Запишіть її заздалегідь у { -jugendamt(case: "loc") }.
money-out-work-age = 📅 З { $date }: вашій наймолодшій дитині { $bg_no_work_age } роки. Тоді { -jobcenter } може вимагати від вас роботи чи курсу, якщо догляд за дитиною забезпечено.
money-out-school = 📅 З { $date }: одній дитині { $school_age } років. Вона вже не їздить безкоштовно автобусом і поїздом. До початку школи: запишіть її на місце в { -ganztag(case: "loc") }.
money-out-mb = 📅 З { $date }: { -mehrbedarf } { $percent } % замість { $percent_before } % – { $amount } замість { $amount_before } на місяць.
money-out-uvg = 📅 З { $date }: { -unterhaltsvorschuss } { $amount } замість { $amount_before } на місяць.
money-out-uvg-12 = 📅 З { $date }: вашій дитині 12 років. Якщо ви отримуєте { -buergergeld }, { -unterhaltsvorschuss } тоді буде лише тоді, коли ви заробляєте щонайменше { $uvg_sgb2_min_income } брутто.
money-out-18 = 📅 З { $date }: одній дитині 18 років. { -unterhaltsvorschuss } для неї більше не платять. { -kindergeld } – лише під час професійного навчання чи навчання у виші (до { $kindergeld_age_max }).
money-out-kiz = 📅 { $date }: час подати нову заяву на { -kinderzuschlag }. Він діє { $kiz_months } місяців – якщо рахувати від заяви цього місяця.
