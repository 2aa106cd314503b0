# Гроші та допомога: окремі виплати та перевірка «Що мені належить?».
# Суми беруться з dialogs/figures.toml – ніколи не вписуйте суми тут.
# Назви відомств і виплат залишаються німецькою (їх батьки бачать на бланках); пояснення – у дужках.

money-title = Гроші та допомога

money-start =
    💶 Гроші для вас і ваших дітей.

    Найшвидше: перевірка «Що мені належить?» – 5 коротких запитань.
    Або перегляньте окремі виплати.

money-opt-check = ✅ Що мені належить?
money-opt-group-children = 👶 Гроші на дітей
money-opt-group-living = 🏠 Bürgergeld, Wohngeld
money-opt-group-school = 🎒 Школа, Kita, гуртки
money-opt-group-law = ⚖️ Податки, аліменти, право
money-opt-details = 💶 Окремі виплати
money-opt-yes = Так
money-opt-no = Ні

## Групи

money-group-children = 👶 Яка допомога для ваших дітей?
money-opt-kindergeld = Kindergeld (на дитину)
money-opt-kiz = Kinderzuschlag (доплата)
money-opt-uvg = Unterhaltsvorschuss (аліменти)
money-opt-elterngeld = 🍼 Elterngeld (малюк)

money-group-living = 🏠 Гроші на життя та оренду житла:
money-opt-buergergeld = Bürgergeld (базова допомога)
money-opt-mehrbedarf = ➕ Mehrbedarf (надбавка)
money-opt-wohngeld = 🏠 Wohngeld (житло)
money-opt-asylblg = Asylbewerberleistungen

money-group-school = 🎒 Гроші на школу, Kita і дозвілля:
money-opt-but = 🎒 Bildung und Teilhabe
money-opt-kita-fees = 🧸 Без оплати за Kita
money-opt-kita-place = 🧸 Знайти місце в Kita
money-opt-school-ticket = 🚸 Дорога до школи, квиток

money-group-law = ⚖️ Податки, аліменти та юридична порада:
money-opt-tax = 🧾 Steuerklasse II (податки)
money-opt-beistand = 🤝 Beistandschaft (аліменти)
money-opt-beratungshilfe = ⚖️ Beratungshilfe (юрист)

## Окремі виплати

money-kindergeld =
    👶 Kindergeld (допомога на дитину)

    Скільки? { $kindergeld } на кожну дитину щомісяця (з { $kindergeld_from }).
    Для кого? Для кожної дитини до 18 років. Від 18 до { $kindergeld_age_max }-річчя – лише під час професійного навчання (Ausbildung) або в університеті.
    Не з ЄС? Потрібен дозвіл на проживання (Aufenthaltstitel), що дозволяє працювати або жити тут постійно. Українці із захистом за § 24 теж отримують Kindergeld.

    📍 Familienkasse (сімейна каса) – онлайн або поштою.
    📄 Свідоцтво про народження, Steuer-ID (податковий номер) ваш і дитини, паспорт або дозвіл на проживання.

money-kiz =
    💶 Kinderzuschlag (KiZ, доплата на дитину)

    Для батьків, які працюють, але заробляють мало.
    Скільки? До { $kiz_max } на дитину щомісяця, разом із Sofortzuschlag – додатковою виплатою (станом на { $kiz_max_from }; сума на 2026 рік ще не підтверджена).
    Для кого? Ви заробляєте щонайменше { $kiz_min_income } брутто на місяць і не отримуєте Bürgergeld. Дитині менше { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] року
       *[other] років
    }.
    Аліменти та Unterhaltsvorschuss враховуються на { $kiz_child_income_share } %.
    ➕ З KiZ: часто також Wohngeld (допомога на житло), Bildung und Teilhabe і без оплати за Kita.

    📍 Familienkasse (сімейна каса), онлайн. Надається на { $kiz_months } { $kiz_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    }, потім заяву треба подати знову.
    📄 Довідки про зарплату, договір оренди, підтвердження аліментів.

money-uvg =
    🧾 Unterhaltsvorschuss (аліменти від держави)

    Якщо другий з батьків не платить аліменти, платить замало або нерегулярно.
    Скільки на місяць (з { $uvg_0_5_from })?
    • 0–5 років: { $uvg_0_5 }
    • 6–11 років: { $uvg_6_11 }
    • 12–17 років: { $uvg_12_17 }
    Без обмеження в часі, до { $uvg_age_max }-річчя.
    З Bürgergeld: для дітей від 12 років – лише якщо ви заробляєте щонайменше { $uvg_sgb2_min_income } брутто або тоді вже не потребуєте Bürgergeld.
    Ви маєте допомогти знайти другого з батьків.

    📍 Jugendamt (служба у справах дітей), Unterhaltsvorschussstelle.
    📄 Свідоцтво про народження, паспорт, дані про другого з батьків, підтвердження платежів.

money-elterngeld =
    🍼 Elterngeld (батьківська допомога)

    На перший час із вашим малюком. Якщо ви виховуєте дитину самі, можете взяти всі { $elterngeld_months } { $elterngeld_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    } собі.
    Скільки? Від { $elterngeld_rate_min } % до { $elterngeld_rate_max } % вашої чистої зарплати до народження дитини, за малої зарплати – більше. Щонайменше { $elterngeld_min }, щонайбільше { $elterngeld_max } на місяць. ElterngeldPlus: від { $elterngeld_plus_min } до { $elterngeld_plus_max }, зате вдвічі довше.
    З Bürgergeld він рахується як дохід – до { $elterngeld_free } залишаються вам, якщо ви працювали до народження дитини.

    ⏰ Подайте заяву швидко: заднім числом виплачують лише за { $elterngeld_backpay_months } { $elterngeld_backpay_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    }!
    📍 Elterngeldstelle (відділ Elterngeld) вашого міста.
    📄 Свідоцтво про народження, довідки про зарплату до народження дитини.

money-buergergeld =
    🏠 Bürgergeld (базова допомога)

    Гроші на життя, якщо вашого доходу не вистачає, – плюс оренда й опалення.
    Regelsatz (базова ставка) на місяць (з { $regelsatz_adult_from }): ви { $regelsatz_adult }; діти 0–5 { $regelsatz_0_5 }, 6–13 { $regelsatz_6_13 }, 14–17 { $regelsatz_14_17 }.
    Kindergeld і Unterhaltsvorschuss рахуються як дохід дітей. Додатково є Mehrbedarf (надбавка) для самотніх батьків.
    Дитині менше { $bg_no_work_age } { $bg_no_work_age ->
        [one] року
       *[other] років
    }: ви не зобов’язані йти на роботу (чинне досі право; реформа планує нижчу межу – ще не підтверджено).

    ⚠️ Реформа «Neue Grundsicherung» (запланована з липня 2026) могла змінити правила. Актуальну інформацію скаже Jobcenter.
    📍 Jobcenter. 📄 Паспорт, договір оренди, виписки з рахунку, довідки про зарплату.

money-mehrbedarf =
    ➕ Mehrbedarf für Alleinerziehende (надбавка для самотніх батьків)

    Додаткові гроші в межах Bürgergeld. Окрема заява не потрібна – Jobcenter виплачує її автоматично.
    Скільки? Частка від Regelsatz, базової ставки ({ $regelsatz_adult }):
    • { $mb_high } %, якщо одній дитині менше { $mb_age_small } { $mb_age_small ->
        [one] року
       *[other] років
    } або 2–3 дітям менше { $mb_age_school } { $mb_age_school ->
        [one] року
       *[other] років
    }
    • інакше { $mb_per_child } % на кожну дитину до 18 років
    • щонайбільше { $mb_max } %
    Діє більше значення.

    📍 Jobcenter. 👉 Перевірте свій Bescheid (офіційне рішення): чи є там «Mehrbedarf für Alleinerziehende»? Якщо ні – запитайте.

money-wohngeld =
    🏠 Wohngeld (допомога на житло)

    Доплата до оренди, якщо у вас є власний дохід, але його мало.
    Скільки? Залежить від оренди, доходу і кількості людей у домогосподарстві.
    Не разом із Bürgergeld. Часто разом із Kinderzuschlag (доплата на дитину) – це може бути вигідніше за Bürgergeld.
    ➕ З Wohngeld: Bildung und Teilhabe, без оплати за Kita, соціальний квиток.

    📍 Wohngeldstelle (відділ житлової допомоги) вашого міста.
    📄 Договір оренди, підтвердження доходу, виписки з рахунку, паспорт.

money-asylblg =
    🛂 Asylbewerberleistungen (AsylbLG, допомога шукачам притулку)

    Для людей у процедурі надання притулку або з Duldung (відстрочка депортації). Відповідає Sozialamt (соціальна служба), а не Jobcenter.
    Скільки? Одна доросла особа: { $asylblg_single } на місяць (станом на { $asylblg_single_from }; сума на 2026 рік ще не підтверджена).
    І тут: Bildung und Teilhabe для дітей і без оплати за Kita.

    🇺🇦 З України і приїхали після 31.03.2025? Заплановано: з липня 2026 – Sozialamt замість Jobcenter (ще не підтверджено). Запитайте у своєму Jobcenter.

    📍 Sozialamt вашого міста. Допомога: Migrationsberatung (MBE, консультація для мігрантів, від { $mbe_age_min } { $mbe_age_min ->
        [one] року
       *[other] років
    }) або Jugendmigrationsdienst (JMD, від { $jmd_age_min } до { $jmd_age_max } { $jmd_age_max ->
        [one] року
       *[other] років
    }).

money-but =
    🎒 Bildung und Teilhabe (BuT, освіта та участь)

    Для дітей до { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] року
       *[other] років
    } у школі або Kita (дитсадку):
    • Шкільне приладдя: { $but_school } на навчальний рік ({ $but_school_aug } у серпні, { $but_school_feb } у лютому; станом на { $but_school_from }, нова сума ще не підтверджена)
    • Гурток, музика, спорт: { $but_clubs } на місяць (до { $but_clubs_age } { $but_clubs_age ->
        [one] року
       *[other] років
    })
    • Екскурсії, шкільні поїздки, обід, репетитор, дорога до школи
    Для сімей із Bürgergeld, Sozialhilfe, Wohngeld, Kinderzuschlag або AsylbLG.

    📍 З Bürgergeld: Jobcenter. З Wohngeld або Kinderzuschlag: міська адміністрація. З AsylbLG: Sozialamt.
    📄 Bescheid (рішення) про вашу виплату, довідка зі школи.

money-kita-fees =
    🧸 Без оплати за Kita

    Ви не платите за Kita (дитсадок), Kindertagespflege (няня) або Hort (група продовженого дня), якщо отримуєте одну з цих виплат:
    Bürgergeld, Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag або Wohngeld.
    Само собою це не станеться: треба подати заяву.
    Ganztag (OGS, школа повного дня): запитайте в міській адміністрації, там це часто теж діє.
    Обід у Kita та школі: через Bildung und Teilhabe.

    📍 Jugendamt (служба у справах дітей) вашого міста.
    📄 Ваш чинний Bescheid (рішення), напр. про Bürgergeld, Wohngeld, Kinderzuschlag.

money-tax =
    🧾 Steuerklasse II (податковий клас II)

    Для самотніх батьків, які працюють: менше податку із зарплати, щомісяця більше грошей на руки.
    Entlastungsbetrag (податкова пільга): { $entlastung } на рік, плюс { $entlastung_more } за кожну наступну дитину.
    Умова: ваша дитина живе з вами.

    📍 Finanzamt (податкова) – онлайн через ELSTER або на паперовому бланку.
    📄 Steuer-ID (податковий номер), свідоцтво про народження або Bescheid про Kindergeld.

money-beistand =
    🤝 Beistandschaft – допомога з аліментами

    Другий з батьків не платить або платить замало? Jugendamt (служба у справах дітей) як Beistand (представник дитини) може розрахувати аліменти і стягнути їх.
    Безкоштовно. Досить заяви до Jugendamt. Для дітей до 18 років.

    Додатково: Unterhaltsvorschuss (аліменти від держави) – щоб дитина отримувала гроші вже зараз.

    📍 Jugendamt вашого міста.
    📄 Свідоцтво про народження, дані про другого з батьків, документи про аліменти (Urkunde, листи, платежі).

money-beratungshilfe =
    ⚖️ Beratungshilfe (допомога з оплатою юриста)

    Порада адвоката – наприклад, у суперечці про аліменти або з відомством, без суду.
    Для людей із низьким доходом. Самі ви платите лише { $beratungshilfe_fee }.

    📍 Amtsgericht (місцевий суд) за місцем проживання: там ви отримаєте Beratungsschein (направлення до юриста). З ним ідете до адвоката.
    📄 Паспорт, підтвердження доходу (напр. Bescheid про Bürgergeld), виписки з рахунку, документи щодо проблеми.

## Перевірка

money-check-ages =
    ✅ Перевірка: 5 коротких запитань.

    Скільки років вашим дітям, які живуть з вами?
    Напишіть вік цифрами, напр.: 2 8
    Малюк до 1 року: 0

money-check-ages-error = Не вдалося зрозуміти. Будь ласка, пишіть лише числа від 0 до 26, напр.: 2 8

money-check-bg = Ви отримуєте Bürgergeld (базову допомогу) від Jobcenter?

money-check-earnings = Скільки ви самі заробляєте на місяць – брутто (до вирахувань)?
money-earn-none = Нічого
money-earn-under = Менше { $kiz_min_income }
money-earn-from = Від { $kiz_min_income } до { $earnings_band_high }
money-earn-over = Понад { $earnings_band_high }

money-check-maintenance = Чи платить другий з батьків аліменти на дітей?
money-maint-pays = Так, достатньо і вчасно
money-maint-partly = Замало або нерегулярно
money-maint-none = Ні / не знаю

money-check-residence = Останнє запитання: що відповідає вашому статусу перебування?
money-res-de-eu = Громадянство Німеччини/ЄС
money-res-permit = Дозвіл із правом на роботу
money-res-ukraine = Україна (захист § 24)
money-res-asylum = Процедура притулку, Duldung

money-check-result = ✅ Ваш результат – перша оцінка, а не Bescheid (рішення). Вирішує відомство.

## Рядки результату: виплата і відомство

money-benefit-kindergeld = Kindergeld (допомога на дитину)
money-benefit-kiz = Kinderzuschlag (доплата на дитину)
money-benefit-uvg = Unterhaltsvorschuss (аліменти від держави)
money-benefit-buergergeld = Bürgergeld (базова допомога)
money-benefit-mehrbedarf = Mehrbedarf für Alleinerziehende (надбавка для самотніх батьків)
money-benefit-wohngeld = Wohngeld (допомога на житло)
money-benefit-but = Bildung und Teilhabe (школа, гуртки)
money-benefit-kita-fees = Звільнення від оплати за Kita
money-benefit-elterngeld = Elterngeld (батьківська допомога)
money-benefit-tax = Steuerklasse II (податковий клас II)
money-benefit-asylblg = Asylbewerberleistungen (допомога шукачам притулку)
money-benefit-beistand = Beistandschaft (допомога з аліментами)
money-benefit-beratungshilfe = Beratungshilfe (допомога з оплатою юриста)

money-office-familienkasse = Familienkasse (сімейна каса)
money-office-uvg = Jugendamt (Unterhaltsvorschussstelle)
money-office-jobcenter = Jobcenter
money-office-wohngeld = Wohngeldstelle (відділ житлової допомоги міста)
money-office-but =
    { $buergergeld ->
        [true] Jobcenter
       *[other]
            { $residence ->
                [asylum] Sozialamt (соціальна служба)
               *[other] Stadt (відділ BuT вашого міста)
            }
    }
money-office-jugendamt = Jugendamt (служба у справах дітей)
money-office-elterngeld = Elterngeldstelle (відділ Elterngeld)
money-office-finanzamt = Finanzamt (податкова)
money-office-sozialamt = Sozialamt (соціальна служба)
money-office-amtsgericht = Amtsgericht (місцевий суд)

## Причини (один рядок)

money-kg-reason-age = Лише для дітей до { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] року
       *[other] років
    }.
money-kg-reason-asylum = Залежить від вашого статусу. Запитайте у Familienkasse або в Migrationsberatung (консультація для мігрантів).
money-kg-reason-adult = До { $total } на місяць ({ $kindergeld } на дитину). Діти від 18 років – лише під час навчання.
money-kg-reason-yes = { $total } на місяць ({ $kindergeld } на дитину).

money-kiz-reason-age = Лише для дітей до { $kindergeld_age_max } { $kindergeld_age_max ->
        [one] року
       *[other] років
    }.
money-kiz-reason-switch = З вашою зарплатою Kinderzuschlag і Wohngeld можуть підійти замість Bürgergeld. Перевірте це через «KiZ-Lotse» (онлайн-перевірка) від Familienkasse.
money-kiz-reason-bg = Не разом із Bürgergeld.
money-kiz-reason-income = Ви маєте заробляти щонайменше { $kiz_min_income } брутто на місяць.
money-kiz-reason-asylum = Лише якщо ви отримуєте Kindergeld. Запитайте у Familienkasse.
money-kiz-reason-yes = До { $kiz_max } на дитину на місяць (станом на { $kiz_max_from }, 2026 ще не підтверджено), добре поєднується з Wohngeld. Також: Bildung und Teilhabe і без оплати за Kita. На { $kiz_months } { $kiz_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    }.
money-kiz-reason-high = Залежить від оренди і доходу. До { $kiz_max } на дитину (станом на { $kiz_max_from }, 2026 ще не підтверджено).

money-uvg-reason-pays = Лише якщо другий з батьків не платить нічого, платить замало або нерегулярно.
money-uvg-reason-age = Лише для дітей до { $uvg_age_max } { $uvg_age_max ->
        [one] року
       *[other] років
    }.
money-uvg-reason-bg-mixed = Для дітей до 12 років: разом { $total } на місяць. Для дітей від 12 до 17 років – лише якщо ви заробляєте щонайменше { $uvg_sgb2_min_income } брутто або тоді вже не потребуєте Bürgergeld.
money-uvg-reason-bg-teen = З Bürgergeld для дітей від 12 до 17 років – лише якщо ви заробляєте щонайменше { $uvg_sgb2_min_income } брутто або тоді вже не потребуєте Bürgergeld. На дитину { $uvg_12_17 }.
money-uvg-reason-yes = Разом { $total } на місяць, до 18-річчя (на дитину: 0–5 років { $uvg_0_5 }, 6–11 { $uvg_6_11 }, 12–17 { $uvg_12_17 }).

money-bg-reason-yes = Ви його отримуєте. Реформа «Neue Grundsicherung» могла змінити правила – запитайте в Jobcenter.
money-bg-reason-asylum = Замість Bürgergeld: Asylbewerberleistungen від Sozialamt.
money-bg-reason-maybe = Можливо, ви маєте право – плюс оренда й опалення. Через реформу правила могли змінитися: запитайте в Jobcenter.

money-mb-reason = { $percent } % від Regelsatz (базової ставки): приблизно { $amount } на місяць. Нараховується автоматично – перевірте свій Bescheid.

money-wg-reason-bg = Не разом із Bürgergeld.
money-wg-reason-asylum = Залежить від вашого статусу. Запитайте в Sozialamt або в Migrationsberatung.
money-wg-reason-none = Потрібен власний дохід, якого вистачає на життя.
money-wg-reason-yes = Доплата до оренди. Сума залежить від оренди, доходу та кількості людей у домогосподарстві. Добре поєднується з Kinderzuschlag.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] З малим доходом цього часто не вистачає. Попросіть перевірити, що краще підходить: Wohngeld чи Bürgergeld.
       *[other] Залежить від оренди, доходу та кількості людей у домогосподарстві. Попросіть це перевірити.
    }

money-but-reason-jobcenter = Шкільне приладдя { $but_school } на навчальний рік (станом на { $but_school_from }, нова сума ще не підтверджена), гуртки { $but_clubs } на місяць, екскурсії, обід.
money-but-reason-sozialamt = Шкільне приладдя { $but_school } на навчальний рік (станом на { $but_school_from }, нова сума ще не підтверджена), гуртки { $but_clubs } на місяць, екскурсії, обід.
money-but-reason-city = Якщо ви отримуєте Kinderzuschlag або Wohngeld: шкільне приладдя, екскурсії, обід, гуртки. Заява – до міської адміністрації.

money-fee-reason-yes = Без оплати за Kita, няню (Tagespflege) або Hort. Треба подати заяву.
money-fee-reason-maybe = Якщо ви отримуєте Kinderzuschlag або Wohngeld: без оплати за Kita, няню (Tagespflege) або Hort.

money-eg-reason-yes = Для вашого малюка: усі { $elterngeld_months } { $elterngeld_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    } тільки для вас. Подайте заяву швидко – заднім числом лише за { $elterngeld_backpay_months } { $elterngeld_backpay_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    }.
money-eg-reason-bg = У Bürgergeld рахується як дохід – до { $elterngeld_free } залишаються вам, якщо ви працювали до народження дитини. Подайте заяву швидко.

money-tax-reason-yes = Менше податку із зарплати: пільга { $total } на рік ({ $entlastung } плюс { $entlastung_more } за кожну наступну дитину).
money-tax-reason-small = З невеликою зарплатою ви зазвичай не платите податку на неї. Це стане важливим, щойно ви заробите більше.

money-asyl-reason-yes = Від Sozialamt замість Jobcenter. Одна доросла особа: { $asylblg_single } (станом на { $asylblg_single_from }, 2026 ще не підтверджено).
money-asyl-reason-ukraine = Приїхали після 31.03.2025? Заплановано: з липня 2026 – Sozialamt замість Jobcenter (ще не підтверджено).

money-beistand-reason = Jugendamt стягує аліменти для вашої дитини – безкоштовно.
money-bh-reason = Порада адвоката, якщо у вас низький дохід. Ви платите лише { $beratungshilfe_fee }.

## Наступні кроки (підсумок)

money-todo-kindergeld = Familienkasse (сімейна каса): подати заяву на Kindergeld – онлайн або поштою. Підготувати свідоцтво про народження і податкові номери (Steuer-ID).
money-todo-kg-asylum = Familienkasse або Migrationsberatung: запитати, чи можете ви з вашим статусом отримувати Kindergeld і Kinderzuschlag.
money-todo-kiz = Familienkasse: подати онлайн-заяву на Kinderzuschlag – довідки про зарплату, договір оренди, підтвердження аліментів.
money-todo-kiz-lotse = Familienkasse: перевірити через KiZ-Lotse, чи підходять Kinderzuschlag і Wohngeld замість Bürgergeld.
money-todo-uvg = Jugendamt (Unterhaltsvorschussstelle): подати заяву на Unterhaltsvorschuss – свідоцтво про народження, дані про другого з батьків.
money-todo-elterngeld = Elterngeldstelle: подати заяву на Elterngeld невдовзі після народження дитини (заднім числом лише за { $elterngeld_backpay_months } { $elterngeld_backpay_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    }) – свідоцтво про народження, довідки про зарплату.
money-todo-buergergeld = Jobcenter: попросити перевірити Bürgergeld (з орендою й опаленням) і запитати про нові правила – паспорт, договір оренди, виписки з рахунку.
money-todo-mehrbedarf = Jobcenter: перевірити, чи є в Bescheid «Mehrbedarf für Alleinerziehende». Якщо ні – запитати.
money-todo-wohngeld = Wohngeldstelle міста: подати заяву на Wohngeld – договір оренди, підтвердження доходу, виписки з рахунку.
money-todo-asylblg = Sozialamt: Asylbewerberleistungen – взяти документ про перебування. Допомога: Migrationsberatung.
money-todo-ukraine = Запитати в Jobcenter: ви досі відповідаєте за мене чи тепер Sozialamt? (Для тих, хто приїхав після 31.03.2025)
money-todo-but = Подати заяву на Bildung und Teilhabe: Jobcenter (Bürgergeld), місто (Wohngeld, Kinderzuschlag) або Sozialamt (AsylbLG).
money-todo-but-jobcenter = Jobcenter: подати заяву на Bildung und Teilhabe (шкільне приладдя, екскурсії, обід, гуртки).
money-todo-but-sozialamt = Sozialamt: подати заяву на Bildung und Teilhabe для дітей.
money-todo-but-city = Місто: подати заяву на Bildung und Teilhabe, щойно призначать Kinderzuschlag або Wohngeld.
money-todo-kita-fees = Jugendamt: подати заяву на звільнення від оплати за Kita і Hort – взяти чинний Bescheid.
money-todo-tax = Finanzamt: подати заяву на Steuerklasse II (онлайн через ELSTER або на бланку) – підготувати Steuer-ID.
money-todo-beistand = Jugendamt: оформити Beistandschaft (безкоштовно) – свідоцтво про народження, документи про аліменти.
money-todo-beratungshilfe = Amtsgericht: отримати Beratungsschein (направлення до юриста) – взяти підтвердження доходу. Власний внесок { $beratungshilfe_fee }.
