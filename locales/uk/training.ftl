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

## Наступні кроки

train-todo-bca = { -jobcenter }: записатися на прийом до { -bca(form: "long") }. Якщо ви не отримуєте { -buergergeld }: { -agentur-fuer-arbeit }.
train-todo-bsk = { -berufssprachkurs }: отримати направлення в { -jobcenter(case: "loc") }, в { -agentur-fuer-arbeit } або (якщо ви працюєте) у { -bamf }.
train-todo-parttime = { -bca } або профорієнтація: обговорити { -teilzeitausbildung } – взяти резюме і документи про освіту.
train-todo-retraining = { -bca } у { -jobcenter(case: "loc") } або в { -agentur-fuer-arbeit }: подати заяву на { -bildungsgutschein }, щоб пройти { -umschulung }; можна й на неповний день.
train-todo-avgs = { -jobcenter } або { -agentur-fuer-arbeit }: запитати про { -avgs } для коучингу – і одразу попросити оплатити проїзд і догляд за дитиною.
train-opt-need-care = 🧸 Усе ж потрібен догляд за дитиною?
train-todo-agentur = { -agentur-fuer-arbeit }: записатися на профорієнтаційну консультацію – безкоштовно, навіть якщо ви працюєте.

train-bsk =
    🗣️ { -berufssprachkurs(form: "long") }

    Для всіх, хто вже знає німецьку щонайменше на рівні B1. Рівні: B1 → B2, B2 → C1, C1 → C2, кожен { $bsk_hours_min }–{ $bsk_hours_max } уроків.
    Курс безкоштовний, якщо ваш оподатковуваний дохід за рік менший за { $bsk_income_limit }. Інакше – { $bsk_fee_lesson } за урок.

    📍 Направлення на курс ви отримаєте в { -jobcenter(case: "loc", form: "long") } або в { -agentur-fuer-arbeit(form: "long") }. Якщо ви працюєте – напряму в { -bamf(form: "long") }.
    📄 Ваш останній мовний сертифікат (наприклад, B1).

train-todo-recognition = { -iq-netzwerk(form: "long") }: безкоштовна консультація щодо визнання – за будь-якого статусу перебування. Візьміть із собою документи про освіту.

## Вивчення німецької: читання й письмо, курс, місце під час зупинки прийому

train-german-read =
    🗣️ Вивчення німецької

    Який курс вам підходить, залежить від цього: чи вмієте ви читати й писати?

train-read-latin = ✍️ Так, латинськими літерами
train-read-other = 🔤 Так, але іншим письмом
train-read-none = 🤔 Ні, або зовсім трохи
train-opt-change-read = ✏️ Змінити відповідь про читання

train-german-level = 🗣️ Наскільки добре ви вже знаєте німецьку?
train-level-below = Трохи або ще зовсім ні
train-level-b1 = B1 або краще
train-opt-change-level = ✏️ Змінити відповідь про німецьку

train-alpha =
    ✍️ { -integrationskurs } з алфавітизацією (Alphabetisierungskurs)

    Ви вчитеся читати й писати латиницею – і німецької мови. Курс також для тих, хто вже пише іншим письмом, наприклад кирилицею чи арабською.
    • { $ik_hours_parents } уроків і ще до { $ik_alpha_repeat } уроків для повторення (разом { $ik_alpha_max }).
    • Є курси для батьків або для жінок, часто неповний день, під години садочка й школи.{ $small ->
        [0] {""}
       *[other] {" "}Якщо у дитини немає місця в садочку, { -bamf } може оплатити догляд за дитиною під час курсу (на цей рік ще не точно).
    }
    • Вартість: { $ik_fee_lesson } за урок. З { -buergergeld(case: "ins") } – безкоштовно, якщо подати заяву до початку курсу. Якщо складете іспит, вам повернуть { $ik_refund_percent } % вартості.

    ➡️ Далі: хто зараз отримує місце?

train-ik =
    🗣️ { -integrationskurs }

    Німецька та орієнтаційний курс (життя в Німеччині): { $ik_hours } уроків.
    • Курси для батьків або для жінок: { $ik_hours_parents } уроків, часто неповний день, під години садочка й школи.{ $small ->
        [0] {""}
       *[other] {" "}Якщо у дитини немає місця в садочку, { -bamf } може оплатити догляд за дитиною під час курсу (на цей рік ще не точно).
    }
    • Вартість: { $ik_fee_lesson } за урок. З { -buergergeld(case: "ins") } – безкоштовно, якщо подати заяву до початку курсу. Якщо складете іспит, вам повернуть { $ik_refund_percent } % вартості.

    ➡️ Далі: хто зараз отримує місце?

train-ik-ask-bg =
    Ви отримуєте { -buergergeld } від { -jobcenter(case: "gen") }?
    Від цього залежить, як ви зараз можете отримати місце на курсі.

train-ik-ask-res =
    Який у вас статус перебування?
    Від цього залежить, чи можете ви зараз отримати місце на курсі.

train-opt-change-bg = ✏️ Отримую { -buergergeld }

train-ik-place =
    { $w ->
        [1]
        ✅ З { -buergergeld(case: "ins") }: зверніться до { -jobcenter(case: "gen") }

        До { $ik_stop_end_from } { -bamf(form: "long") } не приймає нікого, хто хоче навчатися добровільно (§ 44 Abs. 4 AufenthG). Але місце отримує той, кого { -jobcenter } зобов'язує пройти курс (§ 44a AufenthG).

        • Попросіть { -jobcenter } зобов'язати вас пройти курс (Verpflichtung zum Integrationskurs) – з алфавітизацією, якщо вона вам потрібна.
        • З { -buergergeld(case: "ins") } курс безкоштовний, якщо подати заяву до його початку.
        • Запитайте про курс для батьків неповного дня.

        Допомога: { -mbe(form: "long") } або { -jmd(form: "long") }.
        [2]
        🪪 З { -aufenthaltstitel(case: "ins") }: чи маєте ви право на курс?

        До { $ik_stop_end_from } { -bamf(form: "long") } нікого не приймає добровільно (§ 44 Abs. 4 AufenthG). Але місце отримує той, хто має право на курс (§ 44 Abs. 1 AufenthG) або кого зобов'язали (§ 44a AufenthG).

        • Запитайте в { -auslaenderbehoerde(form: "long") }: чи маю я право на { -integrationskurs }? Чи можете ви мене зобов'язати?
        • З цим листом запишіться до організатора курсу (Kursträger), наприклад у { -vhs(form: "long") }.

        Допомога: { -mbe(form: "long") } або { -jmd(form: "long") }.
       *[other]
        ⛔ До { $ik_stop_end_from }: добровільних місць немає

        Від циркуляра від { $ik_stop_circular_from } { -bamf(form: "long") } більше нікого не приймає на { -integrationskurs } добровільно (§ 44 Abs. 4 AufenthG). Це стосується шукачів притулку, людей із { -duldung }, людей з України із захистом за § 24 і громадян ЄС.

        Місце й далі отримує той, хто має на нього право (§ 44 Abs. 1 AufenthG) або кого зобов'язали (§ 44a AufenthG).

        Що ви можете зробити:
        1. { -auslaenderbehoerde(form: "long") }: запитати, чи може вона зобов'язати вас пройти курс (Verpflichtung zum Integrationskurs).
        2. Якщо ви отримуєте { -buergergeld }: попросити { -jobcenter } про зобов'язання.
        3. Консультація: { -mbe(form: "long") } або { -jmd(form: "long") }.
    }

train-todo-ik-bg = { -jobcenter }: попросити зобов'язання пройти { -integrationskurs } (з алфавітизацією, якщо треба; найкраще – курс для батьків неповного дня) – заяву про звільнення від оплати подати до курсу.
train-todo-ik-stop = { -auslaenderbehoerde }: запитати, чи може вона зобов'язати вас пройти { -integrationskurs } – добровільних місць до { $ik_stop_end_from } немає.
train-todo-ik-permit = { -auslaenderbehoerde }: запитати, чи маєте ви право на { -integrationskurs }, потім записатися до організатора курсу (Kursträger).
