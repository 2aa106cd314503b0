# Family: birth and the first months, illness or hospital, a sick child.

fam-title = Baby and illness
fam-start =
    👶 Baby or illness: what is it about?
fam-opt-baby = 👶 Baby on the way / born
fam-opt-ill = 🏥 I am ill / going to hospital
fam-opt-child-ill = 🤒 My child is ill
fam-ask-postcode =
    📮 Your postcode? Then I can name the offices near you.

## Birth

birth-when = 👶 When is or was your baby born? The deadlines count from the month of birth.
birth-opt-expected = 🤰 Coming soon
birth-opt-this-month = Born this month
birth-opt-last-month = Born last month
birth-opt-2-3 = 2 to 3 months ago
birth-opt-earlier = More than 3 months ago
birth-job = 💼 Did you have a job (employed) before the birth?
birth-opt-job-yes = Yes, employed
birth-opt-job-no = No
birth-insured = 🩺 How are you health insured?
birth-opt-member = Member of a Krankenkasse myself
birth-opt-other-insured = Private or family insured
birth-parents = 👨‍👩‍👧 Are you married to the baby's father?
birth-opt-unmarried = Not married
birth-opt-no-father = Father unknown / unwilling
birth-opt-married = Married (also separated)
birth-opt-kita = 🧸 Kita place: when and how

birth-result =
    👶 What to do around the birth – and where:
    ⏰ Register the birth within { $birth_register_days } days. Apply for { -unterhaltsvorschuss } in the month of birth, for { -elterngeld } in the first { $elterngeld_backpay_months } months.

birth-benefit-register = Register the birth
birth-benefit-insurance = Health insurance for the baby
birth-benefit-mg = { -mutterschaftsgeld(form: "long") }
birth-benefit-elternzeit = { -mutterschutz } and { -elternzeit }
birth-benefit-paternity = Paternity and custody
birth-benefit-kita = { -kita } place after { -elterngeld }

fam-office-standesamt = { -standesamt } of the birthplace
fam-office-krankenkasse = { -krankenkasse }
fam-office-mg = { -krankenkasse } or { -bas }
fam-office-employer = your employer
fam-office-elterngeld = { -elterngeldstelle }
fam-office-beistandschaft = { -jugendamt }
fam-office-kita = { -jugendamt } or the town's { -kita } portal
fam-office-jugendamt = { -jugendamt }
fam-office-hospital = the hospital
fam-office-employer-kk = your employer, then the { -krankenkasse }

birth-reg-reason = Within { $birth_register_days } days at the { -standesamt(form: "long") } of the birthplace. The hospital usually reports the birth. You get { $birth_certificates_free } free copies of the { -geburtsurkunde(form: "long") }: for { -elterngeld }, { -kindergeld } and { -mutterschaftsgeld }.
birth-ins-reason = Your baby is insured free through you ({ -familienversicherung(form: "long") }). Tell your { -krankenkasse } right after the birth.
birth-ins-reason-other = A child is insured free only through a parent in a statutory { -krankenkasse }. Ask before the birth how your baby will be insured.
birth-mg-reason-nojob = { -mutterschaftsgeld } is for mothers with a job. Not sure? Ask your { -krankenkasse }.
birth-mg-reason-member = Up to { $mutterschaftsgeld_day } a day from the { -krankenkasse }. Your employer tops it up to your net pay of the last 3 months. { -mutterschutz(form: "long") }: { $mutterschutz_before_weeks } weeks before and { $mutterschutz_after_weeks } after the birth. It is deducted in full from { -elterngeld }.
birth-mg-reason-other = A one-off payment of up to { $mutterschaftsgeld_bas } from the { -bas(form: "long") }. Your employer still tops it up. It is not deducted from { -elterngeld }.
birth-ez-reason = { -mutterschutz(form: "long") }: { $mutterschutz_before_weeks } weeks before the birth (work only if you want), { $mutterschutz_after_weeks } weeks after (after an early or multiple birth { $mutterschutz_after_long_weeks }). { -elternzeit(form: "long") }: up to { $elternzeit_years } years. Ask in writing { $elternzeit_notice_weeks } weeks before it starts. If it is to start right after { -mutterschutz }, the deadline comes soon after the birth. From your request you are protected against dismissal.
birth-eg-reason = Apply in the first { $elterngeld_backpay_months } months: for the time before you apply, you get at most { $elterngeld_backpay_months } months. At least { $elterngeld_min } a month. On your own you can take all { $elterngeld_months } months.
birth-eg-reason-hagen = For Hagen, the { -versorgungsamt-dortmund } pays it. Apply in the first { $elterngeld_backpay_months } months: for the time before you apply, you get at most { $elterngeld_backpay_months } months. On your own you can take all { $elterngeld_months } months.
birth-eg-reason-late = Apply now! For the time before you apply, you get at most { $elterngeld_backpay_months } months. Earlier months are lost.
birth-kg-reason = { $kindergeld } a month for your baby. Apply with the { -geburtsurkunde(form: "long") }.
birth-pat-reason-married = Only for parents who are not married.
birth-pat-reason = { -vaterschaftsanerkennung(form: "long") } and { -sorgeerklaerung(form: "long") }: free at the { -jugendamt(form: "long") } (a notary charges). Possible before the birth. You must agree. Without a { -sorgeerklaerung } you have sole custody.
birth-pat-reason-none = Without { -vaterschaftsanerkennung(form: "long") } and { -sorgeerklaerung(form: "long") } you have sole custody. The { -jugendamt(form: "long") } gives the proof: the { -negativbescheinigung(form: "long") }.
birth-uvg-reason = { $uvg_0_5 } a month from the month of birth. Apply in the month of birth: back pay covers only { $uvg_backpay_months } month before the application. You must help find the father as well as you can.
birth-uvg-reason-maybe = If the father pays no or too little maintenance: { $uvg_0_5 } a month from the month of birth. Apply in the month of birth: back pay covers only { $uvg_backpay_months } month.
birth-kita-reason = { -elterngeld } runs for up to { $elterngeld_months } months. Your child has a right to a place from age { $kita_right_age }. Register early, so the { -kita } starts when { -elterngeld } ends. How it works where you live: 🧸 below.

birth-todo-register = { -standesamt }: register the birth within { $birth_register_days } days (the hospital often does it) – collect the free { -geburtsurkunde(form: "long") } copies.
birth-todo-insurance = { -krankenkasse }: have the baby added to your { -familienversicherung(form: "long") } right after the birth – bring the { -geburtsurkunde }.
birth-todo-insurance-other = If you are not a member of a statutory { -krankenkasse } yourself: ask before the birth how your baby will be insured.
birth-todo-mg-member = { -krankenkasse }: apply for { -mutterschaftsgeld(form: "long") } – your employer pays the top-up.
birth-todo-mg-other = { -bas }: apply for { -mutterschaftsgeld(form: "long") } (one-off, up to { $mutterschaftsgeld_bas }) – your employer pays the top-up.
birth-todo-elternzeit = Employer: ask for { -elternzeit(form: "long") } in writing – { $elternzeit_notice_weeks } weeks before it starts.
birth-todo-elterngeld-hagen = { -versorgungsamt-dortmund } (for Hagen): apply for { -elterngeld } in the first { $elterngeld_backpay_months } months – birth certificate, payslips.
birth-todo-kindergeld = { -familienkasse(form: "long") }: apply for { -kindergeld } for your baby – bring the { -geburtsurkunde }.
birth-todo-paternity = { -jugendamt(form: "long") }: make an appointment for { -vaterschaftsanerkennung } and { -sorgeerklaerung } – free, even before the birth.
birth-todo-sole-custody = { -jugendamt(form: "long") }: get the { -negativbescheinigung(form: "long") }.
birth-todo-uvg = { -jugendamt } ({ -unterhaltsvorschussstelle }): apply for { -unterhaltsvorschuss } in the month of birth – { -geburtsurkunde }, details of the father.
birth-todo-uvg-maybe = If the father pays no or too little maintenance: apply for { -unterhaltsvorschuss } at the { -jugendamt } in the month of birth.

## Illness or hospital

ill-kind = 🏥 What is your situation?
ill-opt-planned = Hospital or rehab planned
ill-opt-sudden = Suddenly seriously ill
ill-child = 🧒 Does a child under { $haushaltshilfe_age } or a child with a disability live with you?
ill-other = 👥 Can someone in your household take over the children and the household?
ill-opt-nobody = No, nobody
ill-opt-somebody = Yes
ill-job = 💼 Are you employed?

ill-result =
    🏥 Who helps you when you are ill:
    ⏰ Apply for { -haushaltshilfe } before you go into hospital.

ill-benefit-haushaltshilfe = { -haushaltshilfe(form: "long") }
ill-benefit-care = Care for the children
ill-benefit-social = { -sozialdienst(form: "long") }
ill-benefit-pay = Pay and { -krankengeld }

ill-hh-reason-age = Only with a child under { $haushaltshilfe_age } or a child with a disability in the household.
ill-hh-reason-other = Only if nobody in your household can take over.
ill-hh-reason-planned = Apply before admission, with a certificate from your doctor. You pay { $hh_copay } % a day ({ $hh_copay_min } to { $hh_copay_max }). A neighbour or friend can help and be paid: { $hh_helper_hour } an hour, at most { $hh_helper_day } a day (as of { $hh_helper_hour_from }; the 2026 rate is not confirmed yet). Grandparents and siblings get only costs such as travel.
ill-hh-reason-sudden = Also without hospital, if you are seriously ill: up to { $hh_home_weeks } weeks, with a child under { $haushaltshilfe_age } up to { $hh_home_weeks_child }. Apply at once, with a certificate from your doctor. A neighbour or friend can be paid: { $hh_helper_hour } an hour (as of { $hh_helper_hour_from }; 2026 not confirmed).
ill-care-reason = If the { -krankenkasse } pays no help or not enough: the { -jugendamt(form: "long") } can arrange care at home.
ill-social-reason = Almost every hospital has one. It arranges help at home and helps with applications. Call before admission.
ill-social-reason-maybe = If you have to go to hospital: ask for the { -sozialdienst } at once. It helps with help at home and applications.
ill-pay-reason = { -entgeltfortzahlung(form: "long") }: your employer keeps paying for { $sick_pay_weeks } weeks. Then the { -krankenkasse } pays { -krankengeld(form: "long") }: { $krankengeld_gross } % of gross, at most { $krankengeld_net } % of net, for up to { $krankengeld_weeks } weeks in { $krankengeld_years } years.

ill-todo-hh-planned = { -krankenkasse }: apply for { -haushaltshilfe(form: "long") } before admission – doctor's certificate; the helper's name if a neighbour or friend helps.
ill-todo-social = Hospital: call the { -sozialdienst(form: "long") } before admission – sort out help at home and applications.
ill-todo-social-maybe = If you have to go to hospital: ask for the { -sozialdienst(form: "long") } at once.
ill-todo-pay = Employer: hand in your sick note. After { $sick_pay_weeks } weeks, the { -krankenkasse } pays { -krankengeld(form: "long") }.

## A sick child

kid-age = 🤒 How old is your sick child?
kid-opt-under-12 = Under { $kkg_age }
kid-opt-hospital = Under { $kkg_hospital_age }, in hospital
kid-opt-from-12 = { $kkg_age } or older

kid-result =
    🤒 If you cannot work because your child is ill:

kid-benefit-kkg = { -kinderkrankengeld(form: "long") }

kid-kkg-reason-age = Only for children under { $kkg_age }.
kid-kkg-reason-job = It replaces pay: only if you are employed.
kid-kkg-reason = Single parents: { $kkg_days_single } working days per child and year, at most { $kkg_days_single_max } for all children (as of { $kkg_days_single_from }). { $kkg_rate } % of the lost net pay. You and your child are statutory insured; a note from the paediatrician.
kid-kkg-reason-hospital = If you stay in hospital with your child under { $kkg_hospital_age }: no limit, and it does not count against your { $kkg_days_single } days. { $kkg_rate } % of the lost net pay.

kid-todo-kkg-hospital = { -krankenkasse }: apply for { -kinderkrankengeld } for the time in hospital – bring the doctor's certificate.
