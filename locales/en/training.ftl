# Training and work. Numbers come from dialogs/figures.toml.
# Office and programme names come from terms.ftl (long form at the first mention on a screen).

train-title = Training and work

train-start =
    🎓 Training and work

    Your first contact: the { -bca(form: "long") } at the { -jobcenter(form: "long") }. She is there especially for single parents.
    If you do not get { -buergergeld(form: "long") }: the { -agentur-fuer-arbeit(form: "long") }.

    What are you interested in?

train-opt-german = 🗣️ Learn German first
train-opt-parttime = 🧰 Part-time apprenticeship
train-opt-retraining = 🔄 { -umschulung(form: "long") }
train-opt-avgs = 🤝 Job coaching
train-opt-recognition = 📜 Qualification from abroad
train-opt-bsk = 🗣️ German for work
train-opt-licence = 🚗 Driving licence

train-bsk =
    🗣️ { -berufssprachkurs(form: "long") }

    For everyone who already speaks German at B1 or higher. Levels: B1 → B2, B2 → C1, C1 → C2, each { $bsk_hours_min } to { $bsk_hours_max } lessons.
    Free if your taxable income is under { $bsk_income_limit } a year. Otherwise: { $bsk_fee_lesson } per lesson.

    📍 You get admission from the { -jobcenter(form: "long") } or the { -agentur-fuer-arbeit(form: "long") }. If you work: directly from the { -bamf(form: "long") }.
    📄 Your latest language certificate (for example B1).

train-parttime =
    🧰 { -teilzeitausbildung(form: "long") } – § 7a BBiG

    A normal vocational training, but with fewer hours:
    • up to { $tza_max_cut }% less working time
    • it takes longer instead: at most 1.5 times as long
    • the company must agree
    • your training pay may be lower, in line with the hours

    📍 The { -bca(form: "long") } at the { -jobcenter(form: "long") } or the careers advice service of the { -agentur-fuer-arbeit(form: "long") } helps you find a company.
    🧸 Sort out childcare early: { -kita(form: "long") } or { -ganztag(form: "long") }.

train-retraining =
    🔄 { -umschulung(form: "long") } with a { -bildungsgutschein(form: "long") }

    You learn a new profession with a qualification. This is also possible part-time.
    You get the { -bildungsgutschein } from the { -jobcenter(form: "long") } or the { -agentur-fuer-arbeit(form: "long") }. You have no fixed right to it: the office decides. Good reasons help.

    💶 On top:
    • Weiterbildungsgeld (training allowance): { $wb_geld } a month
    • Bonus: { $wb_bonus_mid } for the intermediate exam, { $wb_bonus_final } for the final exam
    • Childcare: { $care_cost_training } per child per month

    📍 { -bca(form: "long") } at the { -jobcenter } or { -agentur-fuer-arbeit }.
    📄 CV, certificates, your idea for a job.

train-avgs =
    🤝 Coaching with an { -avgs(form: "long") }

    A coach helps you find work: with applications, with looking for a job, and with a plan for family and work.
    • Free for you.
    • Travel and childcare costs can be paid.

    📍 Ask at the { -jobcenter(form: "long") } for an { -avgs } – best ask the { -bca(form: "long") }. Or ask at the { -agentur-fuer-arbeit(form: "long") }. Then you choose a provider.

## Next steps

train-todo-bca = { -jobcenter(form: "long") }: ask the { -bca(form: "long") } for an appointment. If you do not get { -buergergeld }: { -agentur-fuer-arbeit(form: "long") }.
train-todo-bsk = { -berufssprachkurs(form: "long") }: get admission from the { -jobcenter }, the { -agentur-fuer-arbeit } or (if you work) the { -bamf(form: "long") }.
train-todo-parttime = { -bca(form: "long") } or careers advice: talk about a { -teilzeitausbildung(form: "long") } – bring your CV and certificates.
train-todo-retraining = { -bca(form: "long") } at the { -jobcenter } or { -agentur-fuer-arbeit }: apply for a { -bildungsgutschein(form: "long") } for an { -umschulung(form: "long") } (part-time is possible too).
train-todo-avgs = { -jobcenter(form: "long") } or { -agentur-fuer-arbeit }: ask for an { -avgs(form: "long") } for coaching – apply for travel and childcare costs at the same time.
train-todo-recognition = { -iq-netzwerk(form: "long") }: free advice on recognition, whatever your residence status. Bring your certificates.

train-opt-need-care = 🧸 Need childcare after all?
train-todo-agentur = { -agentur-fuer-arbeit }: make an appointment with the careers advice service – free, also if you work.

## Learning German: reading and writing, the course, a place during the admission stop

train-german-read =
    🗣️ Learning German

    Which course suits you depends on this: can you read and write?

train-read-latin = ✍️ Yes, in Latin letters
train-read-other = 🔤 Yes, but in another script
train-read-none = 🤔 No, or only a little
train-opt-change-read = ✏️ Change my reading answer

train-german-level = 🗣️ How good is your German already?
train-level-below = A little or none yet
train-level-b1 = B1 or better
train-opt-change-level = ✏️ Change my German answer

train-alpha =
    ✍️ { -integrationskurs(form: "long") } with literacy (Alphabetisierungskurs)

    You learn to read and write in Latin script – and German. The course is also for people who already write in another script, for example Arabic or Cyrillic.
    • { $ik_hours_parents } lessons, plus up to { $ik_alpha_repeat } lessons to repeat (together { $ik_alpha_max }).
    • There are courses for parents or for women, often part-time around Kita and school hours.{ $small ->
        [0] {""}
       *[other] {" "}If your child has no Kita place, the { -bamf } may pay for childcare during the course (not certain for this year yet).
    }
    • Cost: { $ik_fee_lesson } per lesson. Free with { -buergergeld } if you apply for this before the course. If you pass the exam, you get { $ik_refund_percent }% of the cost back.

    ➡️ Next: who gets a place at the moment?

train-ik =
    🗣️ { -integrationskurs(form: "long") }

    German and orientation (life in Germany): { $ik_hours } lessons.
    • Courses for parents or for women: { $ik_hours_parents } lessons, often part-time around Kita and school hours.{ $small ->
        [0] {""}
       *[other] {" "}If your child has no Kita place, the { -bamf } may pay for childcare during the course (not certain for this year yet).
    }
    • Cost: { $ik_fee_lesson } per lesson. Free with { -buergergeld } if you apply for this before the course. If you pass the exam, you get { $ik_refund_percent }% of the cost back.

    ➡️ Next: who gets a place at the moment?

train-ik-ask-bg =
    Do you get { -buergergeld(form: "long") } from the { -jobcenter }?
    This decides how you can get a place in a course at the moment.

train-ik-ask-res =
    What is your residence status?
    This decides whether you can get a place in a course at the moment.

train-opt-change-bg = ✏️ I do get { -buergergeld }

train-ik-place =
    { $w ->
        [1]
        ✅ With { -buergergeld }: ask the { -jobcenter }

        Until { $ik_stop_end_from }, the { -bamf(form: "long") } accepts nobody who wants to take part voluntarily (§ 44 Abs. 4 AufenthG). But anyone the { -jobcenter(form: "long") } obliges to take the course gets a place (§ 44a AufenthG).

        • Ask the { -jobcenter } to oblige you to take the course (Verpflichtung zum Integrationskurs) – with literacy if you need it.
        • With { -buergergeld } the course costs nothing if you apply for this before the course.
        • Ask for a part-time course for parents.

        Help: { -mbe(form: "long") } or { -jmd(form: "long") }.
        [2]
        🪪 With a { -aufenthaltstitel(form: "long") }: do you have a right to the course?

        Until { $ik_stop_end_from }, the { -bamf(form: "long") } accepts nobody voluntarily (§ 44 Abs. 4 AufenthG). But people who have a right to a course (§ 44 Abs. 1 AufenthG) or are obliged to take one (§ 44a AufenthG) get a place.

        • Ask the { -auslaenderbehoerde(form: "long") }: do I have a right to the { -integrationskurs }? Or can you oblige me to take it?
        • With their letter, register with a course provider (Kursträger), for example the { -vhs(form: "long") }.

        Help: { -mbe(form: "long") } or { -jmd(form: "long") }.
       *[other]
        ⛔ Until { $ik_stop_end_from }: no voluntary places

        Since its circular of { $ik_stop_circular_from }, the { -bamf(form: "long") } no longer accepts anyone into an { -integrationskurs } voluntarily (§ 44 Abs. 4 AufenthG). This affects asylum seekers, people with a { -duldung(form: "long") }, people from Ukraine with protection under § 24, and EU citizens.

        People who have a right to a course (§ 44 Abs. 1 AufenthG) or are obliged to take one (§ 44a AufenthG) still get a place.

        What you can do:
        1. { -auslaenderbehoerde(form: "long") }: ask whether it can oblige you to take the course (Verpflichtung zum Integrationskurs).
        2. If you get { -buergergeld }: ask the { -jobcenter } to oblige you.
        3. Advice: { -mbe(form: "long") } or { -jmd(form: "long") }.
    }

train-todo-ik-bg = { -jobcenter(form: "long") }: ask to be obliged to take an { -integrationskurs } (with literacy if needed; ideally a part-time course for parents) – apply for the fee waiver before the course.
train-todo-ik-stop = { -auslaenderbehoerde(form: "long") }: ask whether it can oblige you to take an { -integrationskurs } – there are no voluntary places until { $ik_stop_end_from }.
train-todo-ik-permit = { -auslaenderbehoerde(form: "long") }: ask whether you have a right to an { -integrationskurs }, then register with a course provider (Kursträger).
