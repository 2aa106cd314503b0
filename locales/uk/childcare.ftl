# Догляд за дітьми. Числа і вікові межі беруться з dialogs/figures.toml.
# Назви відомств і виплат – лише через терміни з terms.ftl, див. docs/translation/uk.md.

cc-title = Догляд за дітьми

cc-start = 🧸 Догляд за дітьми. Що вам потрібно?

cc-opt-place = 🧸 { -kita } або денна няня
cc-opt-ganztag = 🏫 { -ganztag } у початковій школі
cc-opt-offhours = ⏰ Рання чи пізня зміна
cc-opt-sick = 🤒 Хвороба або екстрений випадок
cc-opt-fees = 💶 { -kita } без оплати
cc-opt-training = 🎓 Догляд за дитиною під час навчання
cc-opt-how = 📝 Як записати дитину
cc-opt-to-training = 🎓 Навчання і робота
cc-opt-elterngeld = 🍼 { -elterngeld }
cc-opt-school-ticket = 🚸 Дорога до школи
cc-opt-sick-child = 🤒 Моя дитина хвора
cc-opt-sick-parent = 🤕 Я хворію / я в лікарні

## Місце в Kita або Kindertagespflege

cc-place-age = Скільки років дитині, якій потрібне місце?
cc-age-under1 = Менше { $kita_right_age } { $kita_right_age ->
        [one] року
       *[other] років
    }
cc-age-1-2 = 1 або 2 роки
cc-age-3-school = Від 3 років до школи
cc-age-school = Дитина вже ходить до школи

cc-place-under1 =
    👶 Вашій дитині ще немає { $kita_right_age } { $kita_right_age ->
        [one] року
       *[other] років
    }.

    Право на місце в { -kita(case: "loc", form: "long") } або в денної няні – { -kindertagespflege } – зараз є, лише якщо ви
    • працюєте,
    • шукаєте роботу,
    • навчаєтеся професії або
    • берете участь у програмі { -jobcenter(case: "gen", form: "long") }, наприклад у курсі.
    Коли дитині виповниться { $kita_right_age } { $kita_right_age ->
        [one] рік
        [few] роки
        [many] років
       *[other] року
    }, вона має право на місце в будь-якому разі.

    📍 { -jugendamt(form: "long") } вашого міста. Запишіть дитину заздалегідь.
    📄 Підтвердження роботи, пошуку роботи або навчання.

cc-place-right =
    ✅ Ваша дитина має право на місце в дитячому закладі – навіть якщо ви не працюєте.
    Це право діє з { $kita_right_age } { $kita_right_age ->
        [one] року
       *[other] років
    }. Місце може бути в { -kita(case: "loc", form: "long") }. Або в денної няні – { -tagesmutter } чи Tagesvater. Це називається { -kindertagespflege }.

    📍 { -jugendamt(form: "long") } вашого міста. Запишіть дитину заздалегідь.

    💡 Запишіть дитину в кілька дитсадків. Запитайте в { -jugendamt(case: "loc") } також про денну няню – { -kindertagespflege }.

cc-place-how =
    📝 Як отримати місце:

    1. Запишіть дитину: на онлайн-порталі вашого міста (часто він називається «Kita-Navigator») або в { -jugendamt(case: "loc", form: "long") }. Найкраще – одразу в кілька дитсадків.
    2. { -jugendamt } допоможе вам знайти денну няню – { -tagesmutter } або Tagesvater.
    3. Зробіть це заздалегідь: у землі { -nrw(form: "long") } щонайменше за { $kita_notice_months } { $kita_notice_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    }.
    4. Якщо ви не отримали місця, напишіть до { -jugendamt(case: "gen") } німецькою: «Ich beantrage einen Betreuungsplatz für mein Kind ab (Datum).» Це означає: «Прошу надати місце для моєї дитини з (дата)». Збережіть копію листа.

    📄 Свідоцтво про народження, паспорт. Для дитини до { $kita_right_age } { $kita_right_age ->
        [one] року
       *[other] років
    }: підтвердження роботи, навчання або пошуку роботи.

## Ganztag у початковій школі

cc-ganztag =
    🏫 { -ganztag(form: "long") } у початковій школі

    З { $ganztag_grade_from } діти мають право на місце в { -ganztag(case: "loc") } { $ganztag_grade ->
        [1] у 1 класі
       *[other] у 1–{ $ganztag_grade } класах
    }. Щороку додається ще один клас, аж до 4 класу.
    Це означає: { $ganztag_hours } { $ganztag_hours ->
        [one] година
        [few] години
        [many] годин
       *[other] години
    } на день, з понеділка до п’ятниці. І на канікулах теж. Закрито щонайбільше { $ganztag_closing_days } { $ganztag_closing_days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    } на рік.

    📍 Запишіть дитину на { -ganztag } у початковій школі. Найкраще – одразу разом із записом до школи. У землі { -nrw(form: "long") } це називається { -ogs(form: "long") }.
    На запитання відповідають у школі або в { -jugendamt(case: "loc", form: "long") }.
    💶 Якщо ви отримуєте { -buergergeld(form: "long") }, { -wohngeld(form: "long") } або { -kinderzuschlag(form: "long") }, часто платити не треба.

## Рання і пізня зміна

cc-offhours =
    ⏰ Рання чи пізня зміна

    Ви працюєте, коли { -kita(form: "long") } зачинена? Тоді часто допомагає ще й денна няня – { -tagesmutter } чи Tagesvater: рано вранці або пізно ввечері. Це називається { -kindertagespflege }.
    { -jugendamt(form: "long") } допоможе вам когось знайти. Не кожне місто це оплачує. Але все одно запитайте.

    📍 { -jugendamt } вашого міста.
    📄 Довідка від роботодавця з вашим робочим часом. Або ваш графік змін.

    💡 { -bca(form: "long") } у { -jobcenter(case: "loc", form: "long") } теж допомагає батькам, які самі виховують дітей, поєднати роботу і догляд за дитиною.

## Хвороба та екстрений випадок

cc-sick = Хто хворіє?

cc-sick-child =
    🤒 Якщо ваша дитина хворіє і вам треба залишитися вдома:

    Ви отримуєте { -kinderkrankengeld(form: "long") } від своєї { -krankenkasse(form: "long") }. Якщо ви самі виховуєте дитину, маєте { $kkg_days_single } { $kkg_days_single ->
        [one] робочий день
        [few] робочі дні
        [many] робочих днів
       *[other] робочого дня
    } на кожну дитину на рік. На всіх дітей разом – щонайбільше { $kkg_days_single_max } { $kkg_days_single_max ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    } (станом на { $kkg_days_single_from }).

    Що робити:
    1. Візьміть у педіатра довідку «Kind krank» (дитина хвора).
    2. Одразу повідомте роботодавця.
    3. Віддайте довідку у свою { -krankenkasse }.

    📍 Ваша { -krankenkasse }.

cc-sick-parent =
    🤕 Якщо ви хворієте або маєте лягти в лікарню:

    1. { -haushaltshilfe(form: "long") }: хтось приходить до вас додому і дбає про господарство й дітей. Таку допомогу дають, якщо з вами живе дитина до { $haushaltshilfe_age } { $haushaltshilfe_age ->
        [one] року
       *[other] років
    }. Її має призначити ваш лікар.
    📍 { -krankenkasse(form: "long") } – з призначенням лікаря.

    2. Цього не досить? Тоді в екстреному випадку { -jugendamt(form: "long") } допомагає з доглядом за дітьми до { $emergency_care_age } { $emergency_care_age ->
        [one] року
       *[other] років
    }.
    📍 { -jugendamt } вашого міста.

    🆘 Якщо є пряма небезпека: 110 або 112.

## Догляд під час навчання

cc-training =
    🎓 Догляд за дитиною під час навчання або { -umschulung(form: "long") }

    • Витрати: { -jobcenter(form: "long") } або { -agentur-fuer-arbeit(form: "long") } платить { $care_cost_training } на дитину на місяць за догляд.
    • Коучинг – { -avgs(form: "long") }: можуть оплатити проїзд і догляд за дитиною.
    • Курс німецької: { -integrationskurs(form: "long") } є і для батьків. На деяких курсах є догляд за дітьми (для дітей від { $ik_care_age_min } до { $ik_care_age_max } { $ik_care_age_max ->
        [one] року
       *[other] років
    }).
    • Місце: якщо ви навчаєтеся професії, навіть дитина до { $kita_right_age } { $kita_right_age ->
        [one] року
       *[other] років
    } має право на місце.

    📍 { -bca(form: "long") } у { -jobcenter(case: "loc") } або в { -agentur-fuer-arbeit }. Запитайте ще до початку навчання.

## Наступні кроки

cc-todo-register = { -jugendamt } або онлайн-портал міста: записати дитину в { -kita(case: "acc") } чи до денної няні – { -kindertagespflege }; у землі { -nrw } – за { $kita_notice_months } { $kita_notice_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    }.
cc-todo-register-under1 = Для дитини до { $kita_right_age } { $kita_right_age ->
        [one] року
       *[other] років
    }: взяти підтвердження роботи, навчання або пошуку роботи.
cc-todo-ganztag = Початкова школа: записати дитину на { -ganztag }, у землі { -nrw } – { -ogs }; найкраще разом із записом до школи.
cc-todo-offhours = { -jugendamt }: запитати про денну няню на ранню чи пізню зміну – { -kindertagespflege }; взяти графік змін або довідку від роботодавця.
cc-todo-kkg = Дитина хвора: взяти довідку в педіатра, повідомити роботодавця, віддати довідку в { -krankenkasse }.
cc-todo-haushaltshilfe = { -krankenkasse }: подати заяву на { -haushaltshilfe } – взяти призначення лікаря.
cc-todo-emergency-care = Якщо { -haushaltshilfe } не вистачає: попросити { -jugendamt } допомогти з доглядом за дітьми.
cc-todo-training-care = { -jobcenter } або { -agentur-fuer-arbeit }: подати заяву на оплату догляду за дитиною під час навчання чи { -umschulung } – ще до початку.

cc-opt-change-age = ✏️ Вік дитини: { $child_age ->
        [0] до 1 року
       *[other] { $child_age }
    } – змінити
## Правила федеральних земель (land: NW, BE, NI)

cc-place-how-be =
    📝 Як отримати місце в Берліні:

    1. Подайте заяву на { -kita-gutschein } в { -jugendamt }: за { $be_kita_apply_months_max }–{ $be_kita_apply_months_min } місяців до початку. Можна й онлайн.
    2. З ваучером запишіть дитину до { -kita }. Запитуйте в кількох.
    3. З { $kita_right_age } року: до { $be_kita_hours } годин на день без підтвердження. Для більшої кількості годин потрібне підтвердження, наприклад від роботодавця.

    📄 Свідоцтво про народження, документ, довідка про реєстрацію (Meldebescheinigung).

cc-place-how-ni =
    📝 Як отримати місце в районі Клоппенбург:

    1. { -kita } належать вашій громаді (Gemeinde). Запишіть дитину онлайн на порталі «Little Bird».
    2. ⏰ До 31 січня – на місце з 1 серпня. Можна вказати до 3 бажаних закладів.
    3. Немає місця? Право на місце – перед районом (Landkreis). Напишіть у { -jugendamt } у будинку району.

    📄 Свідоцтво про народження, документ.

cc-ganztag-be =
    🏫 Цілоденний догляд у початковій школі в Берліні

    Усі початкові школи – школи повного дня. Догляд до і після уроків називається eFöB ({ -hort }).
    • 1–{ $be_efoeb_free_grade } клас: безкоштовно, без підтвердження, з 7:30 до 16:00.
    • З 4 класу заяву подають знову.
    • Обід: безкоштовно до { $be_lunch_free_grade } класу.

    📍 { -jugendamt }: подайте заяву щонайменше за { $be_efoeb_notice_months ->
        [one] { $be_efoeb_notice_months } місяць
        [few] { $be_efoeb_notice_months } місяці
       *[other] { $be_efoeb_notice_months } місяців
    } – найкраще разом із записом до школи.

cc-ganztag-ni =
    🏫 Цілоденний догляд у початковій школі в Нижній Саксонії

    З { $ni_ganztag_grade_from } є право на місце в школі повного дня (Ganztagsschule) – спершу для 1 класу, щороку на один клас більше.
    Це { $ganztag_hours } годин на день, з понеділка до п’ятниці. На канікулах закрито не більше ніж { $ni_ganztag_closed_weeks } тижні.
    «Надійна початкова школа» (Verlässliche Grundschule) доглядає дітей щонайменше { $ni_vgs_hours } годин на день.
    💶 Школа повного дня здебільшого безкоштовна. Обід оплачується окремо. { -hort } може брати плату.

    📍 Запитайте про цілоденний догляд під час запису до школи.

cc-todo-register-be = { -jugendamt }: подати заяву на { -kita-gutschein } – за { $be_kita_apply_months_max }–{ $be_kita_apply_months_min } місяців до початку.
cc-todo-register-ni = Громада: записати дитину через «Little Bird» до { -kita } чи ясел (Krippe) – до 31 січня.
cc-todo-ganztag-be = { -jugendamt }: подати заяву на eFöB ({ -hort }) – заздалегідь, разом із записом до школи.
cc-todo-ganztag-ni = Початкова школа: під час запису запитати про місце в школі повного дня.

cc-opt-fee-waiver = 💶 Без плати з виплатами

cc-fees-nw =
    🧸 Плата за { -kita } у { -nrw(form: "long") }

    Останні { $nw_kita_free_years } роки в { -kita } перед школою безкоштовні. Дитині виповнюється 4 роки до 30 вересня? Тоді з серпня і до школи ви нічого не платите.
    Для молодших дітей плата залежить від доходу. Її встановлює місто.
    З { -buergergeld }, { -sozialhilfe }, { -kinderzuschlag } або { -wohngeld } ви не платите.

cc-fees-be =
    🧸 Плата за { -kita } у Берліні

    У Берліні { -kita } безкоштовна для всіх дітей.
    Ви платите лише частку за обід. Її теж може покрити { -bildung-und-teilhabe }.

cc-fees-ni =
    🧸 Плата за { -kita } у Нижній Саксонії

    Дитячий садок безкоштовний: з місяця, коли дитині виповнюється { $ni_kita_free_age }, і до школи – до { $ni_kita_free_hours } годин на день, 5 днів на тиждень.
    Ясла (Krippe, до { $ni_kita_free_age } років) і { -hort } платні. Плата залежить від доходу. { -jugendamt } може її взяти на себе.
    Харчування оплачується окремо.
