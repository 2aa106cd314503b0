# Recognition of a qualification from abroad (dialogs/training.toml, train-recognition).
# Numbers come from dialogs/figures.toml. Who decides depends on the Land (fact `land`).
# $p (from the step): 1 teacher, 2 engineer, 3 nurse, 4 doctor, 5 Erzieher/in.
# Names of the offices stay German: that is how they appear on letters and signs.

train-rec-profession =
    📜 Get a qualification from abroad recognised

    You have a right to have your qualification checked (Anerkennungsverfahren, recognition procedure) – whatever your residence status.

    What is your profession or qualification?

train-prof-teacher = 👩‍🏫 Teacher
train-prof-engineer = 🛠️ Engineer
train-prof-nurse = 🩺 Nurse
train-prof-doctor = ⚕️ Doctor
train-prof-erzieher = 🧸 Early years educator (Erzieher/in)
train-prof-academic = 🎓 Another university degree
train-prof-vocational = 🧰 A vocational qualification
train-opt-change-prof = ✏️ Another profession

train-rec-ask-postcode =
    📮 A different office decides in each Land. What is your postcode? Type the 5 digits, e.g. 42103.

train-rec-nw =
    📜 Recognition in North Rhine-Westphalia (Nordrhein-Westfalen)

    { $p ->
        [1] Teacher: for a degree from outside the EU, the Bezirksregierung Detmold decides; for one from the EU, the Bezirksregierung Arnsberg. You need German at level C1. There is no fee.
        [2] Engineer: the Bezirksregierung of the district you live in decides (construction: the Ingenieurkammer-Bau NRW). "Ingenieur" is a protected title. You can work with your degree without it.
        [3] Nurse: the Bezirksregierung Münster (ZAG-PuG) decides.
        [4] Doctor: the Bezirksregierung Münster (ZAG) decides.
        [5] Early years educator: the Bezirksregierung Münster or Düsseldorf decides, depending on the country where you qualified. The { -anerkennungs-finder(form: "long") } tells you which.
       *[other] The { -anerkennungs-finder(form: "long") } shows which office decides: www.anerkennung-in-deutschland.de
    }

    📄 Certificates and diplomas with translations, proof of work experience, your German certificate.
    ⚠️ Do not pay anything yet: first apply for the grant (next step).

train-rec-be =
    📜 Recognition in Berlin

    { $p ->
        [1] Teacher: the Senatsverwaltung für Bildung, Jugend und Familie (Senate Department for Education) decides.
        [2] Engineer: the Baukammer Berlin decides (not confirmed yet). "Ingenieur" is a protected title. You can work with your degree without it.
        [3] Nurse: the LAGeSo (Landesamt für Gesundheit und Soziales) decides. You need German at level B2.
        [4] Doctor: the LAGeSo (Landesamt für Gesundheit und Soziales) decides.
        [5] Early years educator: the Senatsverwaltung für Bildung, Jugend und Familie (Senate Department for Education) decides.
       *[other] The { -anerkennungs-finder(form: "long") } shows which office decides: www.anerkennung-in-deutschland.de
    }

    📄 Certificates and diplomas with translations, proof of work experience, your German certificate.
    ⚠️ Do not pay anything yet: first apply for the grant (next step).

train-rec-ni =
    📜 Recognition in Lower Saxony (Niedersachsen)

    { $p ->
        [1] Teacher: the RLSB Lüneburg (Regionales Landesamt für Schule und Bildung) or the Kultusministerium decides (not confirmed yet). Fee: { $ni_teacher_fee_min } to { $ni_teacher_fee_max }.
        [2] Engineer: the Ingenieurkammer Niedersachsen decides. Fee: { $ni_engineer_fee_min } to { $ni_engineer_fee_max }. "Ingenieur" is a protected title. You can work with your degree without it.
        [3] Nurse: the Landesamt für Soziales, Jugend und Familie decides.
        [4] Doctor: NiZzA (Niedersächsischer Zweckverband zur Approbationserteilung) decides.
        [5] Early years educator: the RLSB Lüneburg (Regionales Landesamt für Schule und Bildung) decides. Fee: { $ni_erzieher_fee }.
       *[other] The { -anerkennungs-finder(form: "long") } shows which office decides: www.anerkennung-in-deutschland.de
    }

    📄 Certificates and diplomas with translations, proof of work experience, your German certificate.
    ⚠️ Do not pay anything yet: first apply for the grant (next step).

train-rec-other =
    📜 Which office decides?

    This differs for each Land and each profession. The { -anerkennungs-finder(form: "long") } shows you the office responsible for you: www.anerkennung-in-deutschland.de
    { $p ->
        [2] "Ingenieur" is a protected title. You can work with your degree without it.
       *[other] The { -iq-netzwerk } helps you find the office, free of charge.
    }

    📄 Certificates and diplomas with translations, proof of work experience.
    ⚠️ Do not pay anything yet: first apply for the grant (next step).

train-rec-zab =
    🎓 Another degree: the ZAB's statement (Zeugnisbewertung)

    A degree that does not lead to a protected profession is not recognised. But the ZAB (Zentralstelle für ausländisches Bildungswesen) writes which German degree yours compares to (Zeugnisbewertung). It is a comparison, not a recognition – useful for job applications.
    • Fee: { $zab_fee }
    📄 Degree certificate, subjects and grades, German translation.
    ⚠️ Do not pay anything yet: first apply for the grant (next step).

train-rec-grant =
    💶 Who pays the costs: the Anerkennungszuschuss (recognition grant)

    ⚠️ Apply for it BEFORE you pay anything. Costs from before are not refunded.
    • { $az_fee_min } to { $az_fee_max } for fees, translations, the ZAB
    • up to { $az_analysis_max } for a qualification analysis, up to { $az_bridge_max } for training towards full recognition
    • if your taxable income is at most { $az_income_single } a year (couples: { $az_income_couple })
    • if you have lived in Germany for { $az_residence_months } months
    • apply by { $az_end_from }: www.anerkennung-in-deutschland.de
    With { -buergergeld } also ask the { -jobcenter }.

    🤝 Free advice, whatever your residence status: the { -iq-netzwerk(form: "long") }.

## Next steps

train-todo-rec-nw-teacher = Bezirksregierung Detmold (degree from outside the EU) or Arnsberg (EU): apply for recognition as a teacher – with a German C1 certificate.
train-todo-rec-nw-engineer = Bezirksregierung where you live (construction: Ingenieurkammer-Bau NRW): apply for recognition as an engineer.
train-todo-rec-nw-health = Bezirksregierung Münster (ZAG): apply for recognition of your health profession.
train-todo-rec-nw-erzieher = Bezirksregierung Münster or Düsseldorf (by the country of your qualification): apply for recognition as an early years educator (Erzieher/in).
train-todo-rec-be-senat = Senatsverwaltung für Bildung, Jugend und Familie: apply for recognition of your qualification.
train-todo-rec-be-engineer = Baukammer Berlin (not confirmed yet): apply for recognition as an engineer.
train-todo-rec-be-health = LAGeSo: apply for recognition of your health profession.
train-todo-rec-ni-rlsb = RLSB Lüneburg: apply for recognition of your qualification.
train-todo-rec-ni-engineer = Ingenieurkammer Niedersachsen: apply for recognition as an engineer.
train-todo-rec-ni-nurse = Landesamt für Soziales, Jugend und Familie: apply for recognition as a nurse.
train-todo-rec-ni-doctor = NiZzA: apply for recognition as a doctor.
train-todo-rec-finder = { -anerkennungs-finder(form: "long") }: find the responsible office and apply for recognition there.
train-todo-rec-zab = ZAB: apply for a Zeugnisbewertung of your degree ({ $zab_fee }).
train-todo-rec-grant = Anerkennungszuschuss (recognition grant): apply before you pay any fees or translations (by { $az_end_from }).
