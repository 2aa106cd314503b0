# Childcare. Numbers and age limits come from dialogs/figures.toml.

cc-title = Childcare

cc-start = 🧸 Childcare. What do you need?

cc-opt-place = 🧸 Kita or childminder
cc-opt-ganztag = 🏫 All-day primary school
cc-opt-offhours = ⏰ Early or late shifts
cc-opt-sick = 🤒 Illness or emergency
cc-opt-fees = 💶 No Kita fees
cc-opt-training = 🎓 Childcare in training
cc-opt-how = 📝 How to register
cc-opt-to-training = 🎓 Training and work
cc-opt-elterngeld = 🍼 Elterngeld (allowance)
cc-opt-school-ticket = 🚸 Way to school
cc-opt-sick-child = 🤒 My child is ill
cc-opt-sick-parent = 🤕 I am ill / in hospital

## A place in Kita or Kindertagespflege

cc-place-age = How old is the child who needs a place?
cc-age-under1 = Under { $kita_right_age } year
cc-age-1-2 = 1 or 2 years
cc-age-3-school = 3 years until school
cc-age-school = School child

cc-place-under1 =
    👶 Your child is under { $kita_right_age } year.

    There is a right to a place (Kita or childminder) now only if you
    • work,
    • look for work,
    • do a training or
    • take part in a Jobcenter programme.
    From the first birthday every child has a right to a place.

    📍 Jugendamt (youth welfare office) of your city. Register your child early – in NRW at least { $kita_notice_months } months ahead.
    📄 Proof of work, job search or training.

cc-place-right =
    ✅ Your child has a right to a childcare place – even if you do not work.
    This applies from { $kita_right_age } year: in a Kita (day care centre) or with a childminder (Kindertagespflege).

    📍 Jugendamt (youth welfare office) of your city. In NRW: tell them at least { $kita_notice_months } months ahead.

    💡 Register with several Kitas and also ask the Jugendamt about a childminder.

cc-place-how =
    📝 How to get a place:

    1. Register: on your city's online portal (often "Kita-Navigator") or at the Jugendamt (youth welfare office). Best with several Kitas.
    2. Childminder (Tagesmutter/Tagesvater): arranged by the Jugendamt.
    3. Be early: in NRW at least { $kita_notice_months } months ahead.
    4. No place offered? Write to the Jugendamt: "Ich beantrage einen Betreuungsplatz für mein Kind ab (date)." (I apply for a childcare place for my child from …) Keep a copy.

    📄 Birth certificate, ID. For a child under { $kita_right_age } year: proof of work, training or job search.

## All-day primary school

cc-ganztag =
    🏫 Ganztag (all-day primary school)

    Since { $ganztag_grade_from } there is a right to an all-day place { $ganztag_grade ->
        [1] in grade 1
       *[other] in grades 1 to { $ganztag_grade }
    }. One grade is added each year, up to grade 4.
    That means { $ganztag_hours } hours a day, Monday to Friday – also in the holidays, with at most { $ganztag_closing_days } closing days a year.

    📍 Register for the Ganztag (in NRW: OGS) at the primary school – best together with the school registration. Questions: school or Jugendamt (youth welfare office).
    💶 Fees: often waived with Bürgergeld, Wohngeld or Kinderzuschlag.

## Early and late shifts

cc-offhours =
    ⏰ Early or late shifts

    The Kita is closed when you work? Often an extra childminder (Kindertagespflege) helps for the early and late hours.
    The Jugendamt (youth welfare office) arranges this. Not every city pays for it – ask anyway.

    📍 Jugendamt of your city.
    📄 Letter from your employer with your working hours, or your shift plan.

    💡 The BCA (equal opportunities officer) at the Jobcenter also helps single parents plan work and childcare.

## Illness and emergency

cc-sick = Who is ill?

cc-sick-child =
    🤒 Your child is ill and you must stay at home?

    Kinderkrankengeld (sick child pay) from the Krankenkasse (health insurer): single parents have { $kkg_days_single } working days per child and year, at most { $kkg_days_single_max } days in total (as of { $kkg_days_single_from }).

    How it works:
    1. Paediatrician: get a "Kind krank" certificate.
    2. Tell your employer at once.
    3. Give the certificate to your Krankenkasse.

    📍 Your Krankenkasse.

cc-sick-parent =
    🤕 You are ill or must go to hospital?

    1. Haushaltshilfe (home help): someone comes and looks after home and children – if a child under { $haushaltshilfe_age } lives with you. Your doctor must prescribe it.
    📍 Krankenkasse (health insurer) – with the prescription.

    2. Not enough? The Jugendamt (youth welfare office) helps in an emergency with care for children under { $emergency_care_age }.
    📍 Jugendamt of your city.

    🆘 Acute danger: 110 or 112.

## Childcare during training

cc-training =
    🎓 Childcare during training or retraining

    • Costs: the Jobcenter or Agentur für Arbeit (employment agency) pays { $care_cost_training } per child and month for childcare.
    • Coaching (AVGS): travel and childcare costs can be paid.
    • German course: integration courses for parents, some with childcare ({ $ik_care_age_min } to { $ik_care_age_max } years).
    • Place: if you are in training, you also have a right to a place for a child under { $kita_right_age } year.

    📍 BCA (equal opportunities officer) at the Jobcenter or Agentur für Arbeit – ask before you start.

## Next steps

cc-todo-register = Jugendamt or the city's Kita portal: register your child for Kita or childminder – in NRW { $kita_notice_months } months ahead.
cc-todo-register-under1 = For a child under { $kita_right_age } year: bring proof of work, training or job search.
cc-todo-ganztag = Primary school: register for an all-day place (OGS) – best with the school registration.
cc-todo-offhours = Jugendamt: ask for a childminder for early or late shifts – bring your shift plan or an employer letter.
cc-todo-kkg = Child ill: get a certificate from the paediatrician, tell your employer, give the certificate to the Krankenkasse.
cc-todo-haushaltshilfe = Krankenkasse: apply for Haushaltshilfe (home help) – bring the doctor's prescription.
cc-todo-emergency-care = If home help is not enough: ask the Jugendamt for help with childcare.
cc-todo-training-care = Jobcenter or Agentur: apply for childcare costs for training or retraining – before you start.
