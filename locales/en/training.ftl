# Training and work. Numbers come from dialogs/figures.toml.

train-title = Training and work

train-start =
    🎓 Training and work

    Your first contact: the BCA at the Jobcenter (Beauftragte für Chancengleichheit am Arbeitsmarkt – equal opportunities officer). Single parents are her main focus.
    Not on Bürgergeld: Agentur für Arbeit (employment agency).

    What interests you?

train-opt-german = 🗣️ Learn German first
train-opt-parttime = 🧰 Part-time apprenticeship
train-opt-retraining = 🔄 Retraining (Umschulung)
train-opt-avgs = 🤝 Job coaching
train-opt-recognition = 📜 Qualification from abroad
train-opt-bsk = 🗣️ German for work
train-opt-licence = 🚗 Driving licence

train-german =
    🗣️ Integrationskurs (integration course, BAMF)

    • { $ik_hours } lessons of German and orientation. Courses for parents or women: { $ik_hours_parents } lessons, some with childcare ({ $ik_care_age_min } to { $ik_care_age_max } years).
    • Cost: { $ik_fee_lesson } per lesson. Free on Bürgergeld.
    • Since February 2026 the BAMF may no longer admit voluntary participants (not yet confirmed).

    📍 Register through the Jobcenter (on Bürgergeld) or with the BAMF (federal migration office). Help: Migrationsberatung (MBE, from { $mbe_age_min }) or Jugendmigrationsdienst (JMD, { $jmd_age_min } to { $jmd_age_max }).

train-bsk =
    🗣️ Berufssprachkurs (German for work)

    For everyone with German from B1. Levels: B1 → B2, B2 → C1, C1 → C2.
    Free if your taxable income is under { $bsk_income_limit } a year.

    📍 Admission: Jobcenter or Agentur für Arbeit (employment agency). If you work: directly at the BAMF.
    📄 Your latest language certificate (e.g. B1).

train-parttime =
    🧰 Teilzeitausbildung (part-time apprenticeship, § 7a BBiG)

    A normal vocational training – with fewer hours:
    • up to { $tza_max_cut }% less working time
    • it takes longer instead (at most one and a half times as long)
    • the company must agree
    • the training pay may be lower accordingly

    📍 BCA at the Jobcenter or careers advice at the Agentur für Arbeit (employment agency): they help you find a company.
    🧸 Sort out childcare early – Kita or all-day school.

train-retraining =
    🔄 Umschulung (retraining) with a Bildungsgutschein (training voucher)

    A new profession with a qualification – part-time is possible.
    The Jobcenter or the Agentur für Arbeit gives the voucher. There is no fixed right (discretion) – good reasons help.

    💶 On top:
    • Weiterbildungsgeld (training allowance): { $wb_geld } a month
    • Bonus: { $wb_bonus_mid } for the intermediate exam, { $wb_bonus_final } for the final exam
    • Childcare: { $care_cost_training } per child and month

    📍 BCA at the Jobcenter or Agentur für Arbeit.
    📄 CV, certificates, your job idea.

train-avgs =
    🤝 Coaching with an AVGS (activation and placement voucher)

    A coach helps you on your way into work: applications, job search, a plan for family and job.
    • Free for you.
    • Travel and childcare costs can be paid.

    📍 Jobcenter (BCA) or Agentur für Arbeit (employment agency): ask for an AVGS. Then you choose a provider.

train-recognition =
    📜 Get a qualification from abroad recognised

    You have a right to a recognition procedure – whatever your residence status.
    1. Anerkennungs-Finder (recognition finder): shows which office is responsible – www.anerkennung-in-deutschland.de
    2. IQ-Beratung (IQ network advice): free advice on recognition.
    3. Costs: the Anerkennungszuschuss (recognition grant) can help. Also ask the Jobcenter or Agentur.

    📄 Certificates, diplomas, proof of work experience.

## Next steps

train-todo-bca = Jobcenter: make an appointment with the BCA (equal opportunities officer). Not on Bürgergeld: Agentur für Arbeit.
train-todo-ik = Integrationskurs: register through the Jobcenter or BAMF and ask for a course with childcare. Help: MBE or JMD.
train-todo-bsk = Berufssprachkurs: get admission from the Jobcenter, the Agentur or (if you work) the BAMF.
train-todo-parttime = BCA or careers advice: talk about a part-time apprenticeship – bring CV and certificates.
train-todo-retraining = BCA at the Jobcenter or Agentur: apply for a Bildungsgutschein for retraining (part-time possible).
train-todo-avgs = Jobcenter or Agentur: ask for an AVGS for coaching – apply for travel and childcare costs too.
train-todo-recognition = Use the Anerkennungs-Finder and contact IQ-Beratung – have your certificates ready.
