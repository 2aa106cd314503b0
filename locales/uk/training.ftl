# Навчання і робота. Числа беруться з dialogs/figures.toml.
# Назви відомств і програм – лише через терміни з terms.ftl, див. docs/translation/uk.md.

train-title = Навчання і робота

train-start =
    🎓 Навчання і робота

    З чого почати: { -bca(form: "long") } у { -jobcenter(case: "loc") }. Вона працює саме для батьків, які самі виховують дітей.
    Якщо ви не отримуєте { -buergergeld(form: "long") }: { -agentur-fuer-arbeit(form: "long") }.

    Що вас цікавить?

train-opt-german = 🗣️ Спершу вивчити німецьку
train-opt-parttime = 🧰 Навчання професії неповний день
train-opt-retraining = 🔄 Перекваліфікація
train-opt-avgs = 🤝 Коучинг для пошуку роботи
train-opt-recognition = 📜 Визнання іноземного диплома
train-opt-bsk = 🗣️ Німецька для роботи
train-opt-licence = 🚗 Водійські права

train-german =
    🗣️ { -integrationskurs(form: "long") } від BAMF

    • { $ik_hours } { $ik_hours ->
        [one] урок
        [few] уроки
        [many] уроків
       *[other] уроку
    } німецької мови та знань про життя в Німеччині. Курси для батьків або для жінок: { $ik_hours_parents } { $ik_hours_parents ->
        [one] урок
        [few] уроки
        [many] уроків
       *[other] уроку
    }, деякі – з доглядом за дітьми (від { $ik_care_age_min } до { $ik_care_age_max } { $ik_care_age_max ->
        [one] року
       *[other] років
    }).
    • Вартість: { $ik_fee_lesson } за урок. З { -buergergeld(case: "ins") } – безкоштовно.
    • З лютого 2026 року BAMF, можливо, більше не приймає тих, хто хоче піти на курс добровільно (ще не підтверджено).

    📍 Запис: через { -jobcenter }, якщо ви отримуєте { -buergergeld }, або в BAMF (федеральне відомство з питань міграції). Допомога: { -mbe(form: "long") } – від { $mbe_age_min } { $mbe_age_min ->
        [one] року
       *[other] років
    }, або { -jmd(form: "long") } – від { $jmd_age_min } до { $jmd_age_max } { $jmd_age_max ->
        [one] року
       *[other] років
    }.

train-bsk =
    🗣️ { -berufssprachkurs(form: "long") }

    Для всіх, хто вже знає німецьку на рівні B1 або вище. Рівні: B1 → B2, B2 → C1, C1 → C2.
    Безкоштовно, якщо ваш оподатковуваний дохід менший за { $bsk_income_limit } на рік.

    📍 Направлення на курс: { -jobcenter } або { -agentur-fuer-arbeit(form: "long") }. Якщо ви працюєте – напряму в BAMF.
    📄 Ваш останній мовний сертифікат (наприклад, B1).

train-parttime =
    🧰 { -teilzeitausbildung(form: "long") }, § 7a BBiG

    Звичайне навчання професії – але з меншою кількістю годин:
    • робочий час менший на { $tza_max_cut } %
    • зате навчання триває довше (щонайбільше в півтора раза)
    • підприємство має погодитися
    • оплата під час навчання може бути відповідно меншою

    📍 { -bca(form: "long") } у { -jobcenter(case: "loc") } або профорієнтація в { -agentur-fuer-arbeit(form: "long") }: там допоможуть знайти підприємство.
    🧸 Заздалегідь подбайте про догляд за дитиною – { -kita } або { -ganztag(form: "long") }.

train-retraining =
    🔄 { -umschulung(form: "long") } з { -bildungsgutschein(case: "ins", form: "long") }

    Нова професія з дипломом – можна навчатися й неповний день.
    { -bildungsgutschein } видає { -jobcenter } або { -agentur-fuer-arbeit(form: "long") }. Гарантованого права на нього немає – відомство вирішує саме. Добре поясніть, навіщо вам це.

    💶 Додатково:
    • Weiterbildungsgeld (гроші на час навчання): { $wb_geld } на місяць
    • Премія: { $wb_bonus_mid } за проміжний іспит, { $wb_bonus_final } за випускний іспит
    • Догляд за дитиною: { $care_cost_training } на дитину на місяць

    📍 { -bca } у { -jobcenter(case: "loc") } або { -agentur-fuer-arbeit }.
    📄 Резюме, документи про освіту, ваша ідея щодо професії.

train-avgs =
    🤝 Коучинг з { -avgs(case: "ins", form: "long") }

    Консультантка або консультант допоможе вам знайти роботу: резюме й відгуки на вакансії, пошук роботи, план, як поєднати сім’ю і роботу.
    • Для вас безкоштовно.
    • Можуть оплатити проїзд і догляд за дитиною.

    📍 { -bca(form: "long") } у { -jobcenter(case: "loc") } або { -agentur-fuer-arbeit(form: "long") }: запитайте про { -avgs }. Потім ви самі обираєте організацію для коучингу.

train-recognition =
    📜 Визнання іноземного диплома

    Ви маєте право на процедуру визнання – незалежно від вашого статусу перебування.
    1. { -anerkennungs-finder(form: "long") }: показує, яке відомство визнає ваш диплом – www.anerkennung-in-deutschland.de
    2. { -iq-netzwerk(form: "long") }: безкоштовна консультація щодо визнання.
    3. Витрати: може допомогти Anerkennungszuschuss – доплата на визнання. Запитайте також у { -jobcenter(case: "loc") } або в { -agentur-fuer-arbeit }.

    📄 Атестати, дипломи, підтвердження досвіду роботи.

## Наступні кроки

train-todo-bca = { -jobcenter }: записатися на прийом до { -bca(form: "long") }. Якщо ви не отримуєте { -buergergeld }: { -agentur-fuer-arbeit }.
train-todo-ik = { -integrationskurs }: записатися через { -jobcenter } або BAMF і запитати про курс із доглядом за дітьми. Допомога: { -mbe(form: "long") } або { -jmd(form: "long") }.
train-todo-bsk = { -berufssprachkurs }: отримати направлення в { -jobcenter(case: "loc") }, в { -agentur-fuer-arbeit } або (якщо ви працюєте) у BAMF.
train-todo-parttime = { -bca } або профорієнтація: обговорити { -teilzeitausbildung } – взяти резюме і документи про освіту.
train-todo-retraining = { -bca } у { -jobcenter(case: "loc") } або { -agentur-fuer-arbeit }: подати заяву на { -bildungsgutschein } для перекваліфікації (можна й неповний день).
train-todo-avgs = { -jobcenter } або { -agentur-fuer-arbeit }: запитати про { -avgs } для коучингу – і одразу попросити оплатити проїзд і догляд за дитиною.
train-todo-recognition = Скористатися { -anerkennungs-finder(case: "ins") } і звернутися до { -iq-netzwerk } – підготувати документи про освіту.
