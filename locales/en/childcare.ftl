# Childcare. Numbers and age limits come from dialogs/figures.toml.
# Office and benefit names come from terms.ftl (long form at the first mention on a screen).

cc-title = Childcare

cc-start = 🧸 Childcare. What do you need?

cc-opt-place = 🧸 { -kita } or childminder
cc-opt-ganztag = 🏫 All-day care at primary school
cc-opt-offhours = ⏰ Early or late shifts
cc-opt-sick = 🤒 Illness or emergency
cc-opt-fees = 💶 No { -kita } fees
cc-opt-training = 🎓 Childcare during training
cc-opt-how = 📝 How to register your child
cc-opt-to-training = 🎓 Training and work
cc-opt-elterngeld = 🍼 { -elterngeld(form: "long") }
cc-opt-school-ticket = 🚸 Way to school
cc-opt-sick-child = 🤒 My child is ill
cc-opt-sick-parent = 🤕 I am ill / in hospital

## A place in Kita or Kindertagespflege

cc-place-age = How old is the child who needs a place?
cc-age-under1 = Under { $kita_right_age } year
cc-age-1-2 = 1 or 2 years
cc-age-3-school = 3 years until school starts
cc-age-school = School child

cc-place-under1 =
    👶 Your child is under { $kita_right_age } year.

    At this age, your child has a right to a place in a { -kita(form: "long") } or with a childminder ({ -kindertagespflege }) only if you
    • work,
    • are looking for work,
    • are doing vocational training, or
    • take part in a programme of the { -jobcenter(form: "long") } (for example a course).
    From age { $kita_right_age }, every child has a right to a place.

    📍 { -jugendamt(form: "long") } of your city. Register your child early.
    📄 Proof of work, job search or training.

cc-place-right =
    ✅ Your child has a right to a childcare place – even if you do not work.
    This applies from { $kita_right_age } year. The place can be in a { -kita(form: "long") }. Or with a childminder ({ -kindertagespflege }).

    📍 { -jugendamt(form: "long") } of your city. Register your child early.

    💡 Register your child with several { -kita }s. Also ask the { -jugendamt } about a childminder ({ -kindertagespflege }).

cc-place-how =
    📝 How to get a place:

    1. Register your child: on your city's online portal (often called "Kita-Navigator") or at the { -jugendamt(form: "long") }. Best with several { -kita }s.
    2. The { -jugendamt } helps you find a childminder ({ -tagesmutter } or Tagesvater).
    3. Be early: in { -nrw(form: "long") } at least { $kita_notice_months } months ahead.
    4. If you do not get a place, write to the { -jugendamt }: "Ich beantrage einen Betreuungsplatz für mein Kind ab (Datum)." (I apply for a childcare place for my child from (date).) Keep a copy.

    📄 Birth certificate, ID. For a child under { $kita_right_age } year: proof of work, training or job search.

## All-day care at primary school

cc-ganztag =
    🏫 { -ganztag(form: "long") } at primary school

    Since { $ganztag_grade_from } there is a right to an all-day place { $ganztag_grade ->
        [1] in year 1
       *[other] in years 1 to { $ganztag_grade }
    }. Each year, one more school year is added, up to year 4.
    This means { $ganztag_hours } hours a day, Monday to Friday. Also in the school holidays. It is closed on at most { $ganztag_closing_days } days a year.

    📍 Register your child for the { -ganztag } at the primary school. Best together with the school registration. In { -nrw(form: "long") } it is called { -ogs(form: "long") }.
    The school or the { -jugendamt(form: "long") } can answer your questions.
    💶 With { -buergergeld(form: "long") }, { -wohngeld(form: "long") } or { -kinderzuschlag(form: "long") } you often pay no fees.

## Early and late shifts

cc-offhours =
    ⏰ Early or late shifts

    Do you work when the { -kita(form: "long") } is closed? Then a childminder ({ -kindertagespflege }) can often help as well – early in the morning or late in the day.
    The { -jugendamt(form: "long") } helps you find one. Not every city pays for this. Ask anyway.

    📍 { -jugendamt } of your city.
    📄 A letter from your employer with your working hours. Or your shift plan.

    💡 The { -bca(form: "long") } at the { -jobcenter(form: "long") } also helps single parents plan work and childcare.

## Illness and emergency

cc-sick = Who is ill?

cc-sick-child =
    🤒 If your child is ill and you have to stay at home:

    You get { -kinderkrankengeld(form: "long") } from your { -krankenkasse(form: "long") }. Single parents have { $kkg_days_single } working days per child per year. For all children together, it is at most { $kkg_days_single_max } days (as of { $kkg_days_single_from }).

    How it works:
    1. Get a "Kind krank" (sick child) certificate from the paediatrician.
    2. Tell your employer at once.
    3. Give the certificate to your { -krankenkasse }.

    📍 Your { -krankenkasse }.

cc-sick-parent =
    🤕 If you are ill or have to go to hospital:

    1. { -haushaltshilfe(form: "long") }: someone comes to your home and looks after the household and the children. You can get this if a child under { $haushaltshilfe_age } lives with you. Your doctor must prescribe it.
    📍 { -krankenkasse(form: "long") } – with the prescription.

    2. Is that not enough? Then the { -jugendamt(form: "long") } helps in an emergency with care for children under { $emergency_care_age }.
    📍 { -jugendamt } of your city.

    🆘 In acute danger: 110 or 112.

## Childcare during training

cc-training =
    🎓 Childcare during training or { -umschulung(form: "long") }

    • Costs: the { -jobcenter(form: "long") } or the { -agentur-fuer-arbeit(form: "long") } pays { $care_cost_training } per child per month for childcare.
    • Coaching with an { -avgs(form: "long") }: travel and childcare costs can be paid.
    • German course: there is also an { -integrationskurs(form: "long") } for parents. Some courses offer childcare (for children aged { $ik_care_age_min } to { $ik_care_age_max }).
    • Place: if you are in training, even a child under { $kita_right_age } year has a right to a place.

    📍 { -bca(form: "long") } at the { -jobcenter } or at the { -agentur-fuer-arbeit }. Ask before you start.

## Next steps

cc-todo-register = { -jugendamt(form: "long") } or the city's { -kita } portal: register your child for a { -kita } or a childminder – in { -nrw } { $kita_notice_months } months ahead.
cc-todo-register-under1 = For a child under { $kita_right_age } year: bring proof of work, training or job search.
cc-todo-ganztag = Primary school: register for an all-day place ({ -ganztag }, { -ogs }) – best together with the school registration.
cc-todo-offhours = { -jugendamt(form: "long") }: ask for a childminder ({ -kindertagespflege }) for early or late shifts – bring your shift plan or a letter from your employer.
cc-todo-kkg = Child ill: get a certificate from the paediatrician, tell your employer, give the certificate to the { -krankenkasse(form: "long") }.
cc-todo-haushaltshilfe = { -krankenkasse(form: "long") }: apply for { -haushaltshilfe(form: "long") } – bring the doctor's prescription.
cc-todo-emergency-care = If { -haushaltshilfe(form: "long") } is not enough: ask the { -jugendamt(form: "long") } for help with childcare.
cc-todo-training-care = { -jobcenter(form: "long") } or { -agentur-fuer-arbeit }: apply for childcare costs during training or { -umschulung } – before you start.

cc-opt-change-age = ✏️ Your child's age: { $child_age ->
        [0] under 1
       *[other] { $child_age }
    } – change
## Rules per Land (fact land: NW, BE, NI)

cc-place-how-be =
    📝 How to get a place in Berlin:

    1. Apply for the { -kita-gutschein } at the { -jugendamt }: { $be_kita_apply_months_max } to { $be_kita_apply_months_min } months before the start. You can also do it online.
    2. With the voucher, register your child at a { -kita }. Ask at several.
    3. From age { $kita_right_age }: up to { $be_kita_hours } hours a day without proof. For more hours you need proof, for example from your employer.

    📄 Birth certificate, ID, registration certificate (Meldebescheinigung).

cc-place-how-ni =
    📝 How to get a place in the Landkreis Cloppenburg:

    1. The { -kita }s belong to your municipality (Gemeinde). Register your child online in the “Little Bird” portal.
    2. ⏰ By 31 January – for a place from 1 August. You can name up to 3 choices.
    3. No place? The right to a place is against the Landkreis. Write to the { -jugendamt } at the Kreishaus.

    📄 Birth certificate, ID.

cc-ganztag-be =
    🏫 All-day care at primary school in Berlin

    All primary schools are all-day schools. Care before and after lessons is called eFöB ({ -hort }).
    • Grades 1 to { $be_efoeb_free_grade }: free, no proof needed, 7:30 am to 4 pm.
    • From grade 4 you apply again.
    • Lunch: free up to grade { $be_lunch_free_grade }.

    📍 { -jugendamt }: apply at least { $be_efoeb_notice_months } months ahead – best together with the school registration.

cc-ganztag-ni =
    🏫 All-day care at primary school in Lower Saxony

    From { $ni_ganztag_grade_from } there is a right to a place at an all-day school (Ganztagsschule) – first for grade 1, one grade more each year.
    That means { $ganztag_hours } hours a day, Monday to Friday. Closed for at most { $ni_ganztag_closed_weeks } weeks of the school holidays.
    The “Verlässliche Grundschule” cares for children at least { $ni_vgs_hours } hours a day.
    💶 The all-day school is usually free. Lunch costs extra. A { -hort } may charge fees.

    📍 Ask about all-day care when you register your child at school.

cc-todo-register-be = { -jugendamt }: apply for the { -kita-gutschein } – { $be_kita_apply_months_max } to { $be_kita_apply_months_min } months before the start.
cc-todo-register-ni = Municipality: register your child online via “Little Bird” for a { -kita } or nursery (Krippe) – by 31 January.
cc-todo-ganztag-be = { -jugendamt }: apply for eFöB ({ -hort }) – at least { $be_efoeb_notice_months } months ahead, with the school registration.
cc-todo-ganztag-ni = Primary school: ask for a place in the all-day school – when you register your child.

cc-opt-fee-waiver = 💶 No fees with benefits

cc-fees-nw =
    🧸 { -kita } fees in { -nrw(form: "long") }

    The last { $nw_kita_free_years } { -kita } years before school are free. Does your child turn 4 by 30 September? Then you pay nothing from August until school.
    For younger children the fees depend on your income. The city sets them.
    With { -buergergeld }, { -sozialhilfe }, { -kinderzuschlag } or { -wohngeld } you pay no fees.

cc-fees-be =
    🧸 { -kita } fees in Berlin

    In Berlin the { -kita } is free for all children.
    You only pay a share for lunch. { -bildung-und-teilhabe } can cover that too.

cc-fees-ni =
    🧸 { -kita } fees in Lower Saxony

    Kindergarten is free: from the month your child turns { $ni_kita_free_age } until school, for up to { $ni_kita_free_hours } hours a day, 5 days a week.
    Nursery (Krippe, under { $ni_kita_free_age }) and { -hort } cost fees. They depend on your income. The { -jugendamt } can pay them.
    Meals cost extra.
