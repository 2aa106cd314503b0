# Money and benefits: single benefits and the benefit check.
# Amounts come from dialogs/figures.toml – never type amounts here.
# Office and benefit names stay German (parents see them on forms); explain them in brackets.

money-title = Money and benefits

money-start =
    💶 Money for you and your children.

    Quickest: the check "What can I get?" – 5 short questions.
    Or look at single benefits.

money-opt-check = ✅ What can I get?
money-opt-group-children = 👶 Money for the children
money-opt-group-living = 🏠 Bürgergeld, Wohngeld
money-opt-group-school = 🎒 School, Kita, clubs
money-opt-group-law = ⚖️ Tax, maintenance, law
money-opt-details = 💶 Single benefits
money-opt-yes = Yes
money-opt-no = No

## Groups

money-group-children = 👶 Which benefit for your children?
money-opt-kindergeld = Kindergeld (child benefit)
money-opt-kiz = Kinderzuschlag (supplement)
money-opt-uvg = Unterhaltsvorschuss (advance)
money-opt-elterngeld = 🍼 Elterngeld (baby)

money-group-living = 🏠 Money to live on and for the rent:
money-opt-buergergeld = Bürgergeld (basic income)
money-opt-mehrbedarf = ➕ Mehrbedarf (extra)
money-opt-wohngeld = 🏠 Wohngeld (housing)
money-opt-asylblg = Asylbewerberleistungen

money-group-school = 🎒 Money for school, Kita and free time:
money-opt-but = 🎒 Bildung und Teilhabe
money-opt-kita-fees = 🧸 No Kita fees
money-opt-kita-place = 🧸 Find a Kita place
money-opt-school-ticket = 🚸 Way to school, ticket

money-group-law = ⚖️ Tax, maintenance and legal advice:
money-opt-tax = 🧾 Steuerklasse II (tax)
money-opt-beistand = 🤝 Beistandschaft (support)
money-opt-beratungshilfe = ⚖️ Beratungshilfe (lawyer)

## Single benefits

money-kindergeld =
    👶 Kindergeld (child benefit)

    How much? { $kindergeld } per child and month (since { $kindergeld_from }).
    For whom? For every child under 18. From 18 until the { $kindergeld_age_max }th birthday only in training or studies.
    Not from the EU? You need a residence permit that allows work or settlement. Ukrainians with § 24 protection get it too.

    📍 Familienkasse (family benefits office) – online or by post.
    📄 Birth certificate, tax ID (Steuer-ID) of you and the child, ID or residence permit.

money-kiz =
    💶 Kinderzuschlag (KiZ, child supplement)

    For parents who work but earn little.
    How much? Up to { $kiz_max } per child and month, Sofortzuschlag included (as of { $kiz_max_from }; the 2026 amount is not yet confirmed).
    For whom? You earn at least { $kiz_min_income } gross a month and get no Bürgergeld. The child is under { $kindergeld_age_max }.
    Maintenance and Unterhaltsvorschuss count at { $kiz_child_income_share }%.
    ➕ With KiZ: often also Wohngeld (housing benefit), Bildung und Teilhabe and no Kita fees.

    📍 Familienkasse (family benefits office), online. Granted for { $kiz_months } months, then apply again.
    📄 Payslips, rental contract, proof of maintenance.

money-uvg =
    🧾 Unterhaltsvorschuss (maintenance advance)

    If the other parent pays no maintenance, too little or irregularly.
    How much a month (since { $uvg_0_5_from })?
    • 0–5 years: { $uvg_0_5 }
    • 6–11 years: { $uvg_6_11 }
    • 12–17 years: { $uvg_12_17 }
    No time limit, until the { $uvg_age_max }th birthday.
    On Bürgergeld: for children from 12 only if you earn at least { $uvg_sgb2_min_income } gross or then no longer need Bürgergeld.
    You must help to find the other parent.

    📍 Jugendamt (youth welfare office), Unterhaltsvorschussstelle.
    📄 Birth certificate, ID, details of the other parent, proof of payments.

money-elterngeld =
    🍼 Elterngeld (parental allowance)

    For the first time with your baby. As a single parent you can take all { $elterngeld_months } months yourself.
    How much? { $elterngeld_rate_min }% to { $elterngeld_rate_max }% of your net pay before the birth, more if your pay was low. At least { $elterngeld_min }, at most { $elterngeld_max } a month. ElterngeldPlus: { $elterngeld_plus_min } to { $elterngeld_plus_max }, for twice as long.
    On Bürgergeld it counts as income – up to { $elterngeld_free } stays free if you worked before the birth.

    ⏰ Apply quickly: back pay for only { $elterngeld_backpay_months } months!
    📍 Elterngeldstelle (parental allowance office) of your city.
    📄 Birth certificate, payslips from before the birth.

money-buergergeld =
    🏠 Bürgergeld (basic income support)

    Money to live on if your income is not enough – plus rent and heating.
    Standard rate a month (since { $regelsatz_adult_from }): you { $regelsatz_adult }; children 0–5 { $regelsatz_0_5 }, 6–13 { $regelsatz_6_13 }, 14–17 { $regelsatz_14_17 }.
    Kindergeld and Unterhaltsvorschuss count as the children's income. You also get the Mehrbedarf (extra) for single parents.
    Child under { $bg_no_work_age }: you need not take up work (previous law; the reform plans a lower limit – not yet confirmed).

    ⚠️ The "Neue Grundsicherung" reform (planned from July 2026) may have changed the rules. The Jobcenter tells you the current state.
    📍 Jobcenter. 📄 ID, rental contract, bank statements, payslips.

money-mehrbedarf =
    ➕ Mehrbedarf für Alleinerziehende (extra for single parents)

    Extra money within Bürgergeld. No separate application – the Jobcenter pays it automatically.
    How much? A share of the standard rate ({ $regelsatz_adult }):
    • { $mb_high }% if one child is under { $mb_age_small } or 2 to 3 children are under { $mb_age_school }
    • otherwise { $mb_per_child }% per child under 18
    • at most { $mb_max }%
    The higher value applies.

    📍 Jobcenter. 👉 Check your Bescheid (decision letter): does it say "Mehrbedarf für Alleinerziehende"? If not: ask.

money-wohngeld =
    🏠 Wohngeld (housing benefit)

    Help with the rent if you have your own income but it is tight.
    How much? That depends on rent, income and the number of people in the household.
    Not together with Bürgergeld. Often together with Kinderzuschlag (child supplement) – that can be better than Bürgergeld.
    ➕ With Wohngeld: Bildung und Teilhabe, no Kita fees, social ticket.

    📍 Wohngeldstelle (housing benefit office) of your city.
    📄 Rental contract, proof of income, bank statements, ID.

money-asylblg =
    🛂 Asylbewerberleistungen (AsylbLG, asylum seeker benefits)

    For people in the asylum procedure or with a Duldung (tolerated stay). The Sozialamt (social welfare office) is responsible, not the Jobcenter.
    How much? Single adult: { $asylblg_single } a month (as of { $asylblg_single_from }; the 2026 amount is not yet confirmed).
    Here too: Bildung und Teilhabe for the children and no Kita fees.

    🇺🇦 From Ukraine and arrived after 31.03.2025? Planned: from July 2026 Sozialamt instead of Jobcenter (not yet confirmed). Ask your Jobcenter.

    📍 Sozialamt of your city. Help: Migrationsberatung (MBE, from { $mbe_age_min }) or Jugendmigrationsdienst (JMD, { $jmd_age_min } to { $jmd_age_max }).

money-but =
    🎒 Bildung und Teilhabe (BuT, education and participation)

    For children under { $kindergeld_age_max } in school or Kita:
    • School supplies: { $but_school } per school year ({ $but_school_aug } in August, { $but_school_feb } in February; as of { $but_school_from }, new amount not yet confirmed)
    • Club, music, sport: { $but_clubs } a month (under { $but_clubs_age })
    • Trips, class trips, lunch, tutoring, way to school
    For families with Bürgergeld, Sozialhilfe, Wohngeld, Kinderzuschlag or AsylbLG.

    📍 With Bürgergeld: Jobcenter. With Wohngeld or Kinderzuschlag: the city. With AsylbLG: Sozialamt.
    📄 Bescheid (decision letter) on your benefit, school certificate.

money-kita-fees =
    🧸 No Kita fees

    You pay no fees for Kita, Kindertagespflege (childminder) or Hort (after-school care) if you get one of these benefits:
    Bürgergeld, Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag or Wohngeld.
    It does not happen by itself: you must apply.
    Ganztag (OGS, all-day school): ask the city, it often applies there too.
    Lunch in Kita and school: through Bildung und Teilhabe.

    📍 Jugendamt (youth welfare office) of your city.
    📄 Your current Bescheid (decision letter), e.g. Bürgergeld, Wohngeld, Kinderzuschlag.

money-tax =
    🧾 Steuerklasse II (tax class II)

    For single parents who work: less wage tax, more net pay every month.
    Entlastungsbetrag (tax allowance): { $entlastung } a year, plus { $entlastung_more } for each further child.
    Condition: your child lives with you.

    📍 Finanzamt (tax office) – online via ELSTER or with a paper form.
    📄 Tax ID, birth certificate or Kindergeld letter.

money-beistand =
    🤝 Beistandschaft (help with maintenance)

    The other parent pays nothing or too little? The Jugendamt (youth welfare office) can act as Beistand: it works out the maintenance for your child and claims it.
    Free. An application to the Jugendamt is enough. For children under 18.

    Also: Unterhaltsvorschuss (maintenance advance) – so your child gets money now.

    📍 Jugendamt of your city.
    📄 Birth certificate, details of the other parent, papers on maintenance (deed, letters, payments).

money-beratungshilfe =
    ⚖️ Beratungshilfe (legal advice aid)

    Advice from a lawyer – for example in a dispute about maintenance or with an office, outside court.
    For people with low income. You pay only { $beratungshilfe_fee } yourself.

    📍 Amtsgericht (local court) where you live: there you get a Beratungsschein (advice voucher). Take it to a lawyer.
    📄 ID, proof of income (e.g. Bürgergeld letter), bank statements, papers about the problem.

## The check

money-check-ages =
    ✅ The check: 5 short questions.

    How old are the children who live with you?
    Type the ages as numbers, e.g.: 2 8
    Baby under 1 year: 0

money-check-ages-error = Sorry, I did not understand. Please type only numbers from 0 to 26, e.g.: 2 8

money-check-bg = Do you get Bürgergeld (basic income support) from the Jobcenter?

money-check-earnings = How much do you earn yourself a month – gross (before deductions)?
money-earn-none = Nothing
money-earn-under = Under { $kiz_min_income }
money-earn-from = { $kiz_min_income } to { $earnings_band_high }
money-earn-over = Over { $earnings_band_high }

money-check-maintenance = Does the other parent pay maintenance for the children?
money-maint-pays = Yes, enough and on time
money-maint-partly = Too little or irregularly
money-maint-none = No / I don't know

money-check-residence = Last question: what fits your residence status?
money-res-de-eu = German or EU citizen
money-res-permit = Permit that allows work
money-res-ukraine = Ukraine (§ 24 protection)
money-res-asylum = Asylum procedure or Duldung

money-check-result = ✅ Your result – a first estimate, not a decision. The office decides.

## Lines of the result: benefit and office

money-benefit-kindergeld = Kindergeld (child benefit)
money-benefit-kiz = Kinderzuschlag (child supplement)
money-benefit-uvg = Unterhaltsvorschuss (maintenance advance)
money-benefit-buergergeld = Bürgergeld (basic income support)
money-benefit-mehrbedarf = Mehrbedarf für Alleinerziehende (extra for single parents)
money-benefit-wohngeld = Wohngeld (housing benefit)
money-benefit-but = Bildung und Teilhabe (school and club costs)
money-benefit-kita-fees = Kita fee waiver
money-benefit-elterngeld = Elterngeld (parental allowance)
money-benefit-tax = Steuerklasse II (tax class II)
money-benefit-asylblg = Asylbewerberleistungen (asylum seeker benefits)
money-benefit-beistand = Beistandschaft (help with maintenance)
money-benefit-beratungshilfe = Beratungshilfe (legal advice aid)

money-office-familienkasse = Familienkasse (family benefits office)
money-office-uvg = Jugendamt (Unterhaltsvorschussstelle)
money-office-jobcenter = Jobcenter
money-office-wohngeld = Wohngeldstelle (city housing benefit office)
money-office-but =
    { $buergergeld ->
        [true] Jobcenter
       *[other]
            { $residence ->
                [asylum] Sozialamt (social welfare office)
               *[other] Stadt (your city's BuT office)
            }
    }
money-office-jugendamt = Jugendamt (youth welfare office)
money-office-elterngeld = Elterngeldstelle (parental allowance office)
money-office-finanzamt = Finanzamt (tax office)
money-office-sozialamt = Sozialamt (social welfare office)
money-office-amtsgericht = Amtsgericht (local court)

## Reasons (one line)

money-kg-reason-age = Only for children under { $kindergeld_age_max }.
money-kg-reason-asylum = Depends on your status. Ask the Familienkasse or a migration advice service.
money-kg-reason-adult = Up to { $total } a month ({ $kindergeld } per child). Children from 18 only in training or studies.
money-kg-reason-yes = { $total } a month ({ $kindergeld } per child).

money-kiz-reason-age = Only for children under { $kindergeld_age_max }.
money-kiz-reason-switch = With your pay, Kinderzuschlag and Wohngeld may replace Bürgergeld. Check with the Familienkasse's "KiZ-Lotse" (online check).
money-kiz-reason-bg = Not together with Bürgergeld.
money-kiz-reason-income = You must earn at least { $kiz_min_income } gross a month.
money-kiz-reason-asylum = Only if you get Kindergeld. Ask the Familienkasse.
money-kiz-reason-yes = Up to { $kiz_max } per child a month (as of { $kiz_max_from }, 2026 not yet confirmed), goes well with Wohngeld. Also opens Bildung und Teilhabe and no Kita fees. For { $kiz_months } months.
money-kiz-reason-high = Depends on rent and income. Up to { $kiz_max } per child (as of { $kiz_max_from }, 2026 not yet confirmed).

money-uvg-reason-pays = Only if the other parent pays nothing, too little or irregularly.
money-uvg-reason-age = Only for children under { $uvg_age_max }.
money-uvg-reason-bg-mixed = For the children under 12: { $total } a month together. For children 12 to 17 only if you earn at least { $uvg_sgb2_min_income } gross or then no longer need Bürgergeld.
money-uvg-reason-bg-teen = On Bürgergeld, for children 12 to 17 only if you earn at least { $uvg_sgb2_min_income } gross or then no longer need Bürgergeld. Per child { $uvg_12_17 }.
money-uvg-reason-yes = { $total } a month together, until the 18th birthday (per child: 0–5 years { $uvg_0_5 }, 6–11 { $uvg_6_11 }, 12–17 { $uvg_12_17 }).

money-bg-reason-yes = You get it. The "Neue Grundsicherung" reform may have changed the rules – ask the Jobcenter.
money-bg-reason-asylum = Instead of Bürgergeld: Asylbewerberleistungen from the Sozialamt.
money-bg-reason-maybe = You may be entitled – plus rent and heating. The reform may have changed the rules: ask the Jobcenter.

money-mb-reason = { $percent }% of the standard rate: about { $amount } a month. Paid automatically – check your Bescheid (decision letter).

money-wg-reason-bg = Not together with Bürgergeld.
money-wg-reason-asylum = Depends on your status. Ask the Sozialamt or a migration advice service.
money-wg-reason-none = You need your own income that covers your living costs.
money-wg-reason-yes = Help with the rent. The amount depends on rent, income and household size. Goes well with Kinderzuschlag.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] With a low income it is often not enough. Have it checked what fits better: Wohngeld or Bürgergeld.
       *[other] Depends on rent, income and household size. Have it checked.
    }

money-but-reason-jobcenter = School supplies { $but_school } per school year (as of { $but_school_from }, new amount not yet confirmed), clubs { $but_clubs } a month, trips, lunch.
money-but-reason-sozialamt = School supplies { $but_school } per school year (as of { $but_school_from }, new amount not yet confirmed), clubs { $but_clubs } a month, trips, lunch.
money-but-reason-city = If you get Kinderzuschlag or Wohngeld: school supplies, trips, lunch, clubs. Apply at the city.

money-fee-reason-yes = No fees for Kita, childminder or Hort (after-school care). You must apply.
money-fee-reason-maybe = If you get Kinderzuschlag or Wohngeld: no fees for Kita, childminder or Hort.

money-eg-reason-yes = For your baby: all { $elterngeld_months } months for you alone. Apply quickly – back pay for only { $elterngeld_backpay_months } months.
money-eg-reason-bg = Counts as income on Bürgergeld – up to { $elterngeld_free } stays free if you worked before the birth. Apply quickly.

money-tax-reason-yes = Less wage tax: allowance of { $total } a year ({ $entlastung } plus { $entlastung_more } for each further child).
money-tax-reason-small = With low pay you usually pay no wage tax. Important as soon as you earn more.

money-asyl-reason-yes = From the Sozialamt instead of the Jobcenter. Single adult: { $asylblg_single } (as of { $asylblg_single_from }, 2026 not yet confirmed).
money-asyl-reason-ukraine = Arrived after 31.03.2025? Planned: from July 2026 Sozialamt instead of Jobcenter (not yet confirmed).

money-beistand-reason = The Jugendamt claims maintenance for your child – free of charge.
money-bh-reason = Advice from a lawyer if you have a low income. You pay only { $beratungshilfe_fee }.

## Next steps (summary)

money-todo-kindergeld = Familienkasse (family benefits office): apply for Kindergeld – online or by post. Have birth certificate and tax IDs ready.
money-todo-kg-asylum = Familienkasse or migration advice: ask whether your status allows Kindergeld and Kinderzuschlag.
money-todo-kiz = Familienkasse: apply for Kinderzuschlag online – payslips, rental contract, proof of maintenance.
money-todo-kiz-lotse = Familienkasse: use the KiZ-Lotse to check whether Kinderzuschlag and Wohngeld can replace Bürgergeld.
money-todo-uvg = Jugendamt (Unterhaltsvorschussstelle): apply for Unterhaltsvorschuss – birth certificate, details of the other parent.
money-todo-elterngeld = Elterngeldstelle: apply for Elterngeld soon after the birth (back pay for only { $elterngeld_backpay_months } months) – birth certificate, payslips.
money-todo-buergergeld = Jobcenter: have Bürgergeld checked (with rent and heating) and ask about the new rules – ID, rental contract, bank statements.
money-todo-mehrbedarf = Jobcenter: check that your Bescheid includes the "Mehrbedarf für Alleinerziehende". If not: ask.
money-todo-wohngeld = Wohngeldstelle of the city: apply for Wohngeld – rental contract, proof of income, bank statements.
money-todo-asylblg = Sozialamt: Asylbewerberleistungen – bring your residence papers. Help: migration advice.
money-todo-ukraine = Ask the Jobcenter: are you still responsible, or is it now the Sozialamt? (For arrival after 31.03.2025)
money-todo-but = Apply for Bildung und Teilhabe: Jobcenter (Bürgergeld), city (Wohngeld, Kinderzuschlag) or Sozialamt (AsylbLG).
money-todo-but-jobcenter = Jobcenter: apply for Bildung und Teilhabe (school supplies, trips, lunch, clubs).
money-todo-but-sozialamt = Sozialamt: apply for Bildung und Teilhabe for the children.
money-todo-but-city = City: apply for Bildung und Teilhabe as soon as Kinderzuschlag or Wohngeld is granted.
money-todo-kita-fees = Jugendamt: apply for the Kita and Hort fee waiver – bring your current Bescheid.
money-todo-tax = Finanzamt: apply for Steuerklasse II (online via ELSTER or with a form) – have your tax ID ready.
money-todo-beistand = Jugendamt: apply for a Beistandschaft (free) – birth certificate, papers on maintenance.
money-todo-beratungshilfe = Amtsgericht: get a Beratungsschein (advice voucher) – bring proof of income. Own share { $beratungshilfe_fee }.
