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

train-german =
    🗣️ { -integrationskurs(form: "long") }

    • { $ik_hours } lessons: German and orientation (life in Germany). Courses for parents or for women: { $ik_hours_parents } lessons. Some offer childcare (for children aged { $ik_care_age_min } to { $ik_care_age_max }).
    • Cost: { $ik_fee_lesson } per lesson. With { -buergergeld(form: "long") } the course is free.
    • Since February 2026, the { -bamf(form: "long") } may no longer accept people who want to take part voluntarily (not confirmed yet).

    📍 Register through the { -jobcenter(form: "long") } if you get { -buergergeld }, or with the { -bamf }.
    Help: { -mbe(form: "long") } from age { $mbe_age_min }, or { -jmd(form: "long") } for ages { $jmd_age_min } to { $jmd_age_max }.

train-bsk =
    🗣️ { -berufssprachkurs(form: "long") }

    For everyone who already speaks German at B1 or higher. Levels: B1 → B2, B2 → C1, C1 → C2.
    The course is free if your taxable income is under { $bsk_income_limit } a year.

    📍 You get admission to the course from the { -jobcenter(form: "long") } or the { -agentur-fuer-arbeit(form: "long") }. If you work: directly from the { -bamf(form: "long") }.
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

train-recognition =
    📜 Get a qualification from abroad recognised

    You have a right to have your qualification checked (recognition procedure). Your residence status does not matter.
    1. The { -anerkennungs-finder(form: "long") } shows which office is responsible for you: www.anerkennung-in-deutschland.de
    2. The { -iq-netzwerk(form: "long") } gives free advice on recognition.
    3. Costs: the Anerkennungszuschuss (recognition grant) can help. Also ask at the { -jobcenter(form: "long") } or the { -agentur-fuer-arbeit(form: "long") }.

    📄 Certificates, diplomas, proof of work experience.

## Next steps

train-todo-bca = { -jobcenter(form: "long") }: ask the { -bca(form: "long") } for an appointment. If you do not get { -buergergeld }: { -agentur-fuer-arbeit(form: "long") }.
train-todo-ik = { -integrationskurs(form: "long") }: register at the { -jobcenter } or the { -bamf(form: "long") } and ask for a course with childcare. Help: { -mbe(form: "long") } or { -jmd(form: "long") }.
train-todo-bsk = { -berufssprachkurs(form: "long") }: get admission from the { -jobcenter }, the { -agentur-fuer-arbeit } or (if you work) the { -bamf(form: "long") }.
train-todo-parttime = { -bca(form: "long") } or careers advice: talk about a { -teilzeitausbildung(form: "long") } – bring your CV and certificates.
train-todo-retraining = { -bca(form: "long") } at the { -jobcenter } or { -agentur-fuer-arbeit }: apply for a { -bildungsgutschein(form: "long") } for an { -umschulung(form: "long") } (part-time is possible too).
train-todo-avgs = { -jobcenter(form: "long") } or { -agentur-fuer-arbeit }: ask for an { -avgs(form: "long") } for coaching – apply for travel and childcare costs at the same time.
train-todo-recognition = Use the { -anerkennungs-finder(form: "long") } and get advice from the { -iq-netzwerk(form: "long") } – have your certificates ready.

train-opt-need-care = 🧸 Need childcare after all?
train-todo-agentur = { -agentur-fuer-arbeit }: make an appointment with the careers advice service – free, also if you work.
