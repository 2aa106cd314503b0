# Догляд за дітьми. Числа і вікові межі беруться з dialogs/figures.toml.

cc-title = Догляд за дітьми

cc-start = 🧸 Догляд за дітьми. Що вам потрібно?

cc-opt-place = 🧸 Kita або няня
cc-opt-ganztag = 🏫 Ganztag у початковій школі
cc-opt-offhours = ⏰ Рання чи пізня зміна
cc-opt-sick = 🤒 Хвороба, екстрений випадок
cc-opt-fees = 💶 Без оплати за Kita
cc-opt-training = 🎓 Догляд під час навчання
cc-opt-how = 📝 Як записатися
cc-opt-to-training = 🎓 Навчання і робота
cc-opt-elterngeld = 🍼 Elterngeld (допомога)
cc-opt-school-ticket = 🚸 Дорога до школи
cc-opt-sick-child = 🤒 Моя дитина хвора
cc-opt-sick-parent = 🤕 Я хворію / у лікарні

## Місце в Kita або в Kindertagespflege

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

    Право на місце (Kita або няня) зараз є, лише якщо ви
    • працюєте,
    • шукаєте роботу,
    • навчаєтеся (Ausbildung) або
    • берете участь у програмі від Jobcenter.
    Коли дитині виповниться { $kita_right_age } { $kita_right_age ->
        [one] рік
        [few] роки
        [many] років
       *[other] року
    }, вона має право на місце.

    📍 Jugendamt (служба у справах дітей) вашого міста. Записуйте дитину заздалегідь – у NRW щонайменше за { $kita_notice_months } { $kita_notice_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    }.
    📄 Підтвердження роботи, пошуку роботи або навчання.

cc-place-right =
    ✅ Ваша дитина має право на місце для догляду – навіть якщо ви не працюєте.
    Це діє з { $kita_right_age } { $kita_right_age ->
        [one] року
       *[other] років
    }: у Kita (дитсадку) або в няні (Kindertagespflege, Tagesmutter / Tagesvater).

    📍 Jugendamt (служба у справах дітей) вашого міста. У NRW: повідомте щонайменше за { $kita_notice_months } { $kita_notice_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    }.

    💡 Запишіться в кілька Kita і запитайте в Jugendamt також про няню.

cc-place-how =
    📝 Як отримати місце:

    1. Записатися: на онлайн-порталі вашого міста (часто «Kita-Navigator») або в Jugendamt (служба у справах дітей). Найкраще – у кілька Kita.
    2. Няня (Tagesmutter або Tagesvater): її знаходить Jugendamt.
    3. Заздалегідь: у NRW щонайменше за { $kita_notice_months } { $kita_notice_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    }.
    4. Місця не запропонували? Напишіть у Jugendamt: «Ich beantrage einen Betreuungsplatz für mein Kind ab (Datum).» (Я подаю заяву на місце для догляду за моєю дитиною з (дата).) Збережіть копію.

    📄 Свідоцтво про народження, паспорт. Для дитини до { $kita_right_age } { $kita_right_age ->
        [one] року
       *[other] років
    }: підтвердження роботи, навчання або пошуку роботи.

## Початкова школа на весь день

cc-ganztag =
    🏫 Ganztag (початкова школа на весь день)

    З { $ganztag_grade_from } діє право на місце на весь день { $ganztag_grade ->
        [1] у 1 класі
       *[other] у 1–{ $ganztag_grade } класах
    }. Щороку додається один клас, аж до 4 класу.
    Це означає: { $ganztag_hours } { $ganztag_hours ->
        [one] година
        [few] години
        [many] годин
       *[other] години
    } на день, з понеділка до п’ятниці – також на канікулах; закрито щонайбільше { $ganztag_closing_days } { $ganztag_closing_days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    } на рік.

    📍 Запишіть дитину на Ganztag (у NRW: OGS) у початковій школі – найкраще разом із записом до школи. Запитання: школа або Jugendamt (служба у справах дітей).
    💶 Оплата: з Bürgergeld, Wohngeld або Kinderzuschlag часто не потрібна.

## Рання і пізня зміна

cc-offhours =
    ⏰ Рання чи пізня зміна

    Kita вже зачинена, коли ви працюєте? Часто допомагає ще й няня (Kindertagespflege) на ранні та пізні години.
    Її знаходить Jugendamt (служба у справах дітей). Не кожне місто це оплачує – все одно запитайте.

    📍 Jugendamt вашого міста.
    📄 Довідка від роботодавця з вашим робочим часом або ваш графік змін.

    💡 BCA (уповноважена з рівних можливостей) у Jobcenter теж допомагає самотнім батькам поєднати роботу і догляд за дітьми.

## Хвороба та екстрений випадок

cc-sick = Хто хворіє?

cc-sick-child =
    🤒 Ваша дитина хворіє, і вам треба залишитися вдома?

    Kinderkrankengeld (лікарняні по догляду за дитиною) від Krankenkasse (лікарняна каса): самотні батьки мають { $kkg_days_single } { $kkg_days_single ->
        [one] робочий день
        [few] робочі дні
        [many] робочих днів
       *[other] робочого дня
    } на дитину на рік, загалом щонайбільше { $kkg_days_single_max } { $kkg_days_single_max ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    } (станом на { $kkg_days_single_from }).

    Як це працює:
    1. Педіатр: взяти довідку «Kind krank» (дитина хвора).
    2. Одразу повідомити роботодавця.
    3. Віддати довідку у свою Krankenkasse.

    📍 Ваша Krankenkasse.

cc-sick-parent =
    🤕 Ви хворієте або маєте лягти в лікарню?

    1. Haushaltshilfe (допомога по господарству): хтось приходить і дбає про дім і дітей – якщо з вами живе дитина до { $haushaltshilfe_age } { $haushaltshilfe_age ->
        [one] року
       *[other] років
    }. Її має призначити лікар.
    📍 Krankenkasse (лікарняна каса) – з призначенням лікаря.

    2. Цього не досить? Jugendamt (служба у справах дітей) допомагає в екстреному випадку з доглядом за дітьми до { $emergency_care_age } { $emergency_care_age ->
        [one] року
       *[other] років
    }.
    📍 Jugendamt вашого міста.

    🆘 Гостра небезпека: 110 або 112.

## Догляд під час навчання

cc-training =
    🎓 Догляд за дитиною під час навчання або перекваліфікації

    • Витрати: Jobcenter або Agentur für Arbeit (агенція з праці) платять { $care_cost_training } на дитину на місяць за догляд.
    • Коучинг (AVGS): можуть оплатити проїзд і догляд за дитиною.
    • Курс німецької: Integrationskurs (інтеграційний курс) для батьків, деякі з доглядом за дітьми (від { $ik_care_age_min } до { $ik_care_age_max } { $ik_care_age_max ->
        [one] року
       *[other] років
    }).
    • Місце: якщо ви навчаєтеся, маєте право на місце й для дитини до { $kita_right_age } { $kita_right_age ->
        [one] року
       *[other] років
    }.

    📍 BCA (уповноважена з рівних можливостей) у Jobcenter або Agentur für Arbeit – запитайте до початку навчання.

## Наступні кроки

cc-todo-register = Jugendamt або Kita-портал міста: записати дитину в Kita або до няні – у NRW за { $kita_notice_months } { $kita_notice_months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    }.
cc-todo-register-under1 = Для дитини до { $kita_right_age } { $kita_right_age ->
        [one] року
       *[other] років
    }: взяти підтвердження роботи, навчання або пошуку роботи.
cc-todo-ganztag = Початкова школа: записати на місце на весь день (OGS) – найкраще разом із записом до школи.
cc-todo-offhours = Jugendamt: запитати про няню на ранню чи пізню зміну – взяти графік змін або довідку від роботодавця.
cc-todo-kkg = Дитина хвора: взяти довідку в педіатра, повідомити роботодавця, віддати довідку в Krankenkasse.
cc-todo-haushaltshilfe = Krankenkasse: подати заяву на Haushaltshilfe (допомога по господарству) – взяти призначення лікаря.
cc-todo-emergency-care = Якщо Haushaltshilfe не вистачає: попросити Jugendamt допомогти з доглядом за дітьми.
cc-todo-training-care = Jobcenter або Agentur: подати заяву на оплату догляду за дитиною під час навчання чи перекваліфікації – до початку.
