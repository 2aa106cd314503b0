# Навчання і робота. Числа беруться з dialogs/figures.toml.
# Назви відомств і програм – лише через терміни з terms.ftl, див. docs/translation/uk.md.

train-title = Навчання і робота

train-start =
    🎓 Навчання і робота

    Куди звернутися спершу: { -bca(form: "long") } у { -jobcenter(case: "loc", form: "long") }. Вона працює саме для батьків, які самі виховують дітей.
    Якщо ви не отримуєте { -buergergeld(form: "long") }: { -agentur-fuer-arbeit(form: "long") }.

    Що вас цікавить?

train-opt-german = 🗣️ Спершу вивчити німецьку
train-opt-parttime = 🧰 Навчання професії неповний день
train-opt-retraining = 🔄 { -umschulung }
train-opt-avgs = 🤝 Коучинг для пошуку роботи
train-opt-recognition = 📜 Визнання іноземного диплома
train-opt-bsk = 🗣️ Німецька для роботи
train-opt-licence = 🚗 Водійські права

train-german =
    🗣️ { -integrationskurs(form: "long") }

    • { $ik_hours } { $ik_hours ->
        [one] урок
        [few] уроки
        [many] уроків
       *[other] уроку
    }: німецька мова й орієнтаційний курс (життя в Німеччині). Курси для батьків або для жінок: { $ik_hours_parents } { $ik_hours_parents ->
        [one] урок
        [few] уроки
        [many] уроків
       *[other] уроку
    }. На деяких курсах є догляд за дітьми (для дітей від { $ik_care_age_min } до { $ik_care_age_max } { $ik_care_age_max ->
        [one] року
       *[other] років
    }).
    • Вартість: { $ik_fee_lesson } за урок. Якщо ви отримуєте { -buergergeld(form: "long") }, курс безкоштовний.
    • Можливо, з лютого 2026 року { -bamf(form: "long") } більше не приймає тих, хто хоче піти на курс добровільно (ще не підтверджено).

    📍 Запис: через { -jobcenter(form: "long") }, якщо ви отримуєте { -buergergeld }, або в { -bamf }.
    Допомога: { -mbe(form: "long") } – від { $mbe_age_min } { $mbe_age_min ->
        [one] року
       *[other] років
    }, або { -jmd(form: "long") } – від { $jmd_age_min } до { $jmd_age_max } { $jmd_age_max ->
        [one] року
       *[other] років
    }.

train-bsk =
    🗣️ { -berufssprachkurs(form: "long") }

    Для всіх, хто вже знає німецьку щонайменше на рівні B1. Рівні: B1 → B2, B2 → C1, C1 → C2.
    Курс безкоштовний, якщо ваш оподатковуваний дохід за рік менший за { $bsk_income_limit }.

    📍 Направлення на курс ви отримаєте в { -jobcenter(case: "loc", form: "long") } або в { -agentur-fuer-arbeit(form: "long") }. Якщо ви працюєте – напряму в { -bamf(form: "long") }.
    📄 Ваш останній мовний сертифікат (наприклад, B1).

train-parttime =
    🧰 { -teilzeitausbildung(form: "long") }, § 7a BBiG

    Звичайне навчання професії, але з меншою кількістю годин:
    • робочий час менший на { $tza_max_cut } %
    • зате навчання триває довше: щонайбільше в 1,5 раза
    • підприємство має погодитися
    • ваша оплата під час навчання тоді може бути меншою – відповідно до годин

    📍 { -bca(form: "long") } у { -jobcenter(case: "loc", form: "long") } або профорієнтація в { -agentur-fuer-arbeit(form: "long") } допоможуть вам знайти підприємство.
    🧸 Заздалегідь подбайте про догляд за дитиною: { -kita(form: "long") } або { -ganztag(form: "long") }.

train-retraining =
    🔄 { -umschulung(form: "long") } з { -bildungsgutschein(case: "ins", form: "long") }

    Ви здобуваєте нову професію з дипломом. Це можливо й на неповний день.
    { -bildungsgutschein } ви отримуєте в { -jobcenter(case: "loc", form: "long") } або в { -agentur-fuer-arbeit(form: "long") }. Гарантованого права на нього немає: відомство вирішує саме. Допомагають вагомі причини.

    💶 Додатково:
    • Weiterbildungsgeld (гроші на час навчання): { $wb_geld } на місяць
    • Премія: { $wb_bonus_mid } за проміжний іспит, { $wb_bonus_final } за випускний іспит
    • Догляд за дитиною: { $care_cost_training } на дитину на місяць

    📍 { -bca(form: "long") } у { -jobcenter(case: "loc") } або в { -agentur-fuer-arbeit }.
    📄 Резюме, документи про освіту, ваша ідея щодо професії.

train-avgs =
    🤝 Коучинг з { -avgs(form: "long") }

    Консультантка або консультант допоможе вам знайти роботу: з резюме й відгуками на вакансії, з пошуком роботи і з планом, як поєднати сім’ю і роботу.
    • Для вас безкоштовно.
    • Можуть оплатити проїзд і догляд за дитиною.

    📍 Запитайте в { -jobcenter(case: "loc", form: "long") } про { -avgs } – найкраще в { -bca(form: "long") }. Або запитайте в { -agentur-fuer-arbeit(form: "long") }. Потім ви самі обираєте організацію для коучингу.

train-recognition =
    📜 Визнання іноземного диплома

    Ви маєте право на перевірку вашого диплома (процедура визнання, Anerkennungsverfahren). Ваш статус перебування при цьому не важливий.
    1. { -anerkennungs-finder(form: "long") } показує, яке відомство відповідає саме за ваш диплом: www.anerkennung-in-deutschland.de
    2. { -iq-netzwerk(form: "long") } безкоштовно консультує щодо визнання.
    3. Витрати: може допомогти Anerkennungszuschuss – доплата на визнання. Запитайте також у { -jobcenter(case: "loc", form: "long") } або в { -agentur-fuer-arbeit(form: "long") }.

    📄 Атестати, дипломи, підтвердження досвіду роботи.

## Наступні кроки

train-todo-bca = { -jobcenter }: записатися на прийом до { -bca(form: "long") }. Якщо ви не отримуєте { -buergergeld }: { -agentur-fuer-arbeit }.
train-todo-ik = { -integrationskurs }: записатися через { -jobcenter } або в { -bamf } і запитати про курс із доглядом за дітьми. Допомога: { -mbe(form: "long") } або { -jmd(form: "long") }.
train-todo-bsk = { -berufssprachkurs }: отримати направлення в { -jobcenter(case: "loc") }, в { -agentur-fuer-arbeit } або (якщо ви працюєте) у { -bamf }.
train-todo-parttime = { -bca } або профорієнтація: обговорити { -teilzeitausbildung } – взяти резюме і документи про освіту.
train-todo-retraining = { -bca } у { -jobcenter(case: "loc") } або в { -agentur-fuer-arbeit }: подати заяву на { -bildungsgutschein }, щоб пройти { -umschulung }; можна й на неповний день.
train-todo-avgs = { -jobcenter } або { -agentur-fuer-arbeit }: запитати про { -avgs } для коучингу – і одразу попросити оплатити проїзд і догляд за дитиною.
train-todo-recognition = Скористатися { -anerkennungs-finder } і звернутися по консультацію до { -iq-netzwerk } – підготувати документи про освіту.

train-opt-need-care = 🧸 Усе ж потрібен догляд за дитиною?
train-todo-agentur = { -agentur-fuer-arbeit }: записатися на профорієнтаційну консультацію – безкоштовно, навіть якщо ви працюєте.
