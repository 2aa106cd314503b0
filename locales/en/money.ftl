# Money and benefits: single benefits and the benefit check.
# Amounts come from dialogs/figures.toml – never type amounts here.
# Office and benefit names come from terms.ftl: the long form (with the English gloss) at the
# first mention on a screen, the short form after that.

money-title = Money and benefits

money-start =
    💶 Money for you and your children.

    The quickest way is the check "What can I get?". It has 5 short questions.
    Or look at single benefits.

money-opt-check = ✅ What can I get?
money-opt-group-children = 👶 Money for the children
money-opt-group-living = 🏠 { -buergergeld }, { -wohngeld }
money-opt-group-school = 🎒 School, { -kita }, clubs
money-opt-group-law = ⚖️ Tax, maintenance, law
money-opt-details = 💶 Single benefits
money-opt-yes = Yes
money-opt-no = No

## Groups

money-group-children = 👶 Which benefit for your children?
money-opt-kindergeld = { -kindergeld(form: "long") }
money-opt-kiz = { -kinderzuschlag } (child supplement)
money-opt-uvg = { -unterhaltsvorschuss }
money-opt-elterngeld = 🍼 { -elterngeld } (baby)

money-group-living = 🏠 Money to live on and for the rent:
money-opt-buergergeld = { -buergergeld(form: "long") }
money-opt-mehrbedarf = ➕ { -mehrbedarf }
money-opt-wohngeld = 🏠 { -wohngeld(form: "long") }
money-opt-asylblg = { -asylbewerberleistungen } (asylum)

money-group-school = 🎒 Money for school, { -kita } and free time:
money-opt-but = 🎒 { -bildung-und-teilhabe }
money-opt-kita-fees = 🧸 No { -kita } fees
money-opt-kita-place = 🧸 Find a { -kita } place
money-opt-school-ticket = 🚸 Way to school, ticket

money-group-law = ⚖️ Tax, maintenance and legal advice:
money-opt-tax = 🧾 { -steuerklasse-2(form: "long") }
money-opt-beistand = 🤝 { -beistandschaft } (maintenance)
money-opt-beratungshilfe = ⚖️ { -beratungshilfe } (lawyer)

## Single benefits

money-kindergeld =
    👶 { -kindergeld(form: "long") }

    How much? { $kindergeld } per child per month (since { $kindergeld_from }).
    Who gets it? Every child under 18. From 18 only during training or studies, then up to the { $kindergeld_age_max }th birthday.
    If you are not from the EU: you need an { -aufenthaltstitel(form: "long") } that allows you to work, or a settlement permit (Niederlassungserlaubnis). People from Ukraine with protection under § 24 get it too.

    📍 { -familienkasse(form: "long") } – online or by post.
    📄 Birth certificate, { -steuer-id(form: "long") } for you and for the child, ID or { -aufenthaltstitel }.

money-kiz =
    💶 { -kinderzuschlag(form: "long") }

    For parents who work but earn little.
    How much? Up to { $kiz_max } per child per month. The Sofortzuschlag (extra child payment) is included. (As of { $kiz_max_from }; the 2026 amount is not confirmed yet.)
    Who gets it? You earn at least { $kiz_min_income } gross a month. You do not get { -buergergeld(form: "long") }. The child is under { $kindergeld_age_max }.
    Maintenance and { -unterhaltsvorschuss(form: "long") } count as income at { $kiz_child_income_share }%.
    ➕ With { -kinderzuschlag }, you often also get { -wohngeld(form: "long") }, { -bildung-und-teilhabe(form: "long") } and no { -kita } fees.

    📍 { -familienkasse(form: "long") }, online. { -kinderzuschlag } is granted for { $kiz_months } months. Then you apply again.
    📄 Payslips, tenancy agreement, proof of maintenance.

money-uvg =
    🧾 { -unterhaltsvorschuss(form: "long") }

    For your child if the other parent pays no maintenance. Or too little. Or not regularly.
    How much a month (since { $uvg_0_5_from })?
    • 0–5 years: { $uvg_0_5 }
    • 6–11 years: { $uvg_6_11 }
    • 12–17 years: { $uvg_12_17 }
    There is no time limit: your child gets it until the { $uvg_age_max }th birthday.
    If you get { -buergergeld(form: "long") }: children from 12 only get it if you earn at least { $uvg_sgb2_min_income } gross. Or if you then no longer need { -buergergeld }.
    You must help to find the other parent.

    📍 { -jugendamt(form: "long") }, { -unterhaltsvorschussstelle }.
    📄 Birth certificate, ID, details of the other parent, proof of payments.

money-elterngeld =
    🍼 { -elterngeld(form: "long") }

    For the first months with your baby. As a single parent, you can take all { $elterngeld_months } months yourself.
    How much? { $elterngeld_rate_min }% to { $elterngeld_rate_max }% of your net pay before the birth. If your pay was low, the share is higher. At least { $elterngeld_min } and at most { $elterngeld_max } a month.
    { -elterngeld-plus(form: "long") }: { $elterngeld_plus_min } to { $elterngeld_plus_max } a month, for twice as long.
    If you get { -buergergeld(form: "long") }, { -elterngeld } counts as income. Did you work before the birth? Then up to { $elterngeld_free } is not counted.

    ⏰ Apply quickly! For the time before you apply, you get at most { $elterngeld_backpay_months } months.
    📍 { -elterngeldstelle(form: "long") } of your city.
    📄 Birth certificate, payslips from before the birth.

money-buergergeld =
    🏠 { -buergergeld(form: "long") }

    Money to live on if your income is not enough. Rent and heating are paid on top.
    Standard rate (Regelsatz) a month, since { $regelsatz_adult_from }: for you { $regelsatz_adult }; for children aged 0–5 { $regelsatz_0_5 }, 6–13 { $regelsatz_6_13 }, 14–17 { $regelsatz_14_17 }.
    { -kindergeld(form: "long") } and { -unterhaltsvorschuss(form: "long") } count as the children's income. You also get the { -mehrbedarf(form: "long") }.
    Is one of your children under { $bg_no_work_age }? Then you do not have to take a job. That is the law so far. The reform plans a lower age limit (not confirmed yet).

    ⚠️ The reform { -neue-grundsicherung(form: "long") } is planned from July 2026. Some rules may have changed already. The { -jobcenter(form: "long") } can tell you what applies now.
    📍 { -jobcenter }.
    📄 ID, tenancy agreement, bank statements, payslips.

money-mehrbedarf =
    ➕ { -mehrbedarf(form: "long") }

    Extra money on top of { -buergergeld(form: "long") }. You do not need to apply for it: the { -jobcenter(form: "long") } pays it automatically.
    How much? A share of the standard rate ({ $regelsatz_adult }):
    • { $mb_high }% if one child is under { $mb_age_small }, or 2 or 3 children are under { $mb_age_school }
    • otherwise { $mb_per_child }% for each child under 18
    • at most { $mb_max }%
    You get the higher amount.

    📍 { -jobcenter }. 👉 Check your { -bescheid(form: "long") }: does it say "{ -mehrbedarf }"? If not, ask about it.

money-wohngeld =
    🏠 { -wohngeld(form: "long") }

    Help with the rent – if you have your own income, but not much.
    How much? That depends on the rent, your income and the number of people in your household.
    You cannot get it together with { -buergergeld(form: "long") }. { -wohngeld } often comes together with { -kinderzuschlag(form: "long") }. That can be better than { -buergergeld }.
    ➕ With { -wohngeld }: { -bildung-und-teilhabe(form: "long") }, no { -kita } fees, { -sozialticket(form: "long") }.

    📍 { -wohngeldstelle(form: "long") } of your city.
    📄 Tenancy agreement, proof of income, bank statements, ID.

money-asylblg =
    🛂 { -asylbewerberleistungen(form: "long") }

    For people in the asylum procedure or with a { -duldung(form: "long") }. The { -sozialamt(form: "long") } is responsible, not the { -jobcenter(form: "long") }.
    How much? An adult without a partner: { $asylblg_single } a month (as of { $asylblg_single_from }; the 2026 amount is not confirmed yet).
    Here too, the children get { -bildung-und-teilhabe(form: "long") }. And you pay no { -kita } fees.

    🇺🇦 Did you come from Ukraine after 31.03.2025? The plan is: from July 2026 the { -sozialamt } will be responsible for you, no longer the { -jobcenter } (not confirmed yet). Ask your { -jobcenter }.

    📍 { -sozialamt } of your city.
    Help: { -mbe(form: "long") } from age { $mbe_age_min }, or { -jmd(form: "long") } for ages { $jmd_age_min } to { $jmd_age_max }.

money-but =
    🎒 { -bildung-und-teilhabe(form: "long") }

    For children under { $kindergeld_age_max } at school or in a { -kita }:
    • School supplies: { $but_school } per school year, { $but_school_aug } in August and { $but_school_feb } in February (as of { $but_school_from }; the new amount is not confirmed yet)
    • Clubs, music, sport: { $but_clubs } a month (for children under { $but_clubs_age })
    • Day trips, class trips, lunch, tutoring, travel to school
    For families with { -buergergeld(form: "long") }, { -sozialhilfe(form: "long") }, { -wohngeld(form: "long") }, { -kinderzuschlag(form: "long") } or { -asylbewerberleistungen(form: "long") }.

    📍 With { -buergergeld }: { -jobcenter(form: "long") }. With { -wohngeld } or { -kinderzuschlag }: the city. With { -asylbewerberleistungen }: { -sozialamt(form: "long") }.
    📄 { -bescheid(form: "long") } about your benefit, school certificate.

money-kita-fees =
    🧸 No { -kita } fees

    Do you get one of these benefits? { -buergergeld(form: "long") }, { -sozialhilfe(form: "long") }, { -asylbewerberleistungen(form: "long") }, { -kinderzuschlag(form: "long") } or { -wohngeld(form: "long") }.
    Then you pay no fees for a { -kita(form: "long") }, { -kindertagespflege(form: "long") } or { -hort(form: "long") }.
    This is not automatic: you must apply.
    It often applies to the { -ogs(form: "long") } too. Ask the city.
    Money for lunch at { -kita } and school comes through { -bildung-und-teilhabe(form: "long") }.

    📍 { -jugendamt(form: "long") } of your city.
    📄 Your current { -bescheid(form: "long") }, for example for { -buergergeld }, { -wohngeld } or { -kinderzuschlag }.

money-tax =
    🧾 { -steuerklasse-2(form: "long") }

    For single parents who work. You pay less wage tax and have more money (net) every month.
    { -entlastungsbetrag(form: "long") }: { $entlastung } a year of your income is tax-free. For each further child, another { $entlastung_more } is added.
    Your child must live with you.

    📍 { -finanzamt(form: "long") } – online through ELSTER or with a paper form.
    📄 { -steuer-id(form: "long") }, birth certificate or { -bescheid(form: "long") } for { -kindergeld }.

money-beistand =
    🤝 { -beistandschaft(form: "long") }

    If the other parent pays nothing or too little, the { -jugendamt(form: "long") } can help you as a Beistand (official helper). It works out how much maintenance the other parent must pay. And it claims the money from them – for your child.
    This is free. An application to the { -jugendamt } is enough. For children under 18.

    Apply for { -unterhaltsvorschuss(form: "long") } as well. Then your child gets money right away.

    📍 { -jugendamt } of your city.
    📄 Birth certificate, details of the other parent, papers on maintenance (deed, letters, payments).

money-beratungshilfe =
    ⚖️ { -beratungshilfe(form: "long") }

    You get advice from a lawyer. For example in a dispute about maintenance or a dispute with an office. It does not cover a court case.
    For people with a low income. You pay only { $beratungshilfe_fee } yourself.

    📍 { -amtsgericht(form: "long") } where you live: there you get a Beratungsschein (advice voucher). Take it to a lawyer.
    📄 ID, proof of income (for example your { -buergergeld } { -bescheid(form: "long") }), bank statements, papers about the problem.

## The check

money-check-ages =
    ✅ The check: 5 short questions.

    How old are the children who live with you?
    Type the age of each child as a number, for example: 2 8
    For a baby under 1 year, type: 0

money-check-ages-error = Sorry, I did not understand that. Please type only numbers from 0 to 26, for example: 2 8

money-check-bg = Do you get { -buergergeld(form: "long") } from the { -jobcenter(form: "long") }?

money-check-earnings = How much do you earn yourself each month? We mean gross pay, before deductions.
money-earn-none = Nothing
money-earn-under = Under { $kiz_min_income }
money-earn-from = { $kiz_min_income } to { $earnings_band_high }
money-earn-over = Over { $earnings_band_high }

money-check-maintenance = Does the other parent pay maintenance for the children?
money-maint-pays = Yes, enough and on time
money-maint-partly = Too little or not regularly
money-maint-none = No / I don't know

money-check-residence = Last question: what is your residence status?
money-res-de-eu = German or EU citizen
money-res-permit = Permit that allows work
money-res-ukraine = Ukraine (protection under § 24)
money-res-asylum = Asylum procedure or { -duldung }

money-check-result = ✅ Your result. This is a first estimate, not a { -bescheid(form: "long") }. The office decides.

## Lines of the result: benefit and office

money-benefit-kindergeld = { -kindergeld(form: "long") }
money-benefit-kiz = { -kinderzuschlag } (child supplement)
money-benefit-uvg = { -unterhaltsvorschuss(form: "long") }
money-benefit-buergergeld = { -buergergeld(form: "long") }
money-benefit-mehrbedarf = { -mehrbedarf(form: "long") }
money-benefit-wohngeld = { -wohngeld(form: "long") }
money-benefit-but = { -bildung-und-teilhabe(form: "long") }
money-benefit-kita-fees = No { -kita } fees
money-benefit-elterngeld = { -elterngeld(form: "long") }
money-benefit-tax = { -steuerklasse-2(form: "long") }
money-benefit-asylblg = { -asylbewerberleistungen(form: "long") }
money-benefit-beistand = { -beistandschaft(form: "long") }
money-benefit-beratungshilfe = { -beratungshilfe(form: "long") }

money-office-familienkasse = { -familienkasse(form: "long") }
money-office-uvg = { -jugendamt(form: "long") }, { -unterhaltsvorschussstelle }
money-office-jobcenter = { -jobcenter(form: "long") }
money-office-wohngeld = { -wohngeldstelle(form: "long") } of the city
money-office-but =
    { $buergergeld ->
        [true] { -jobcenter(form: "long") }
       *[other]
            { $residence ->
                [asylum] { -sozialamt(form: "long") }
               *[other] the city ({ -bildung-und-teilhabe })
            }
    }
money-office-jugendamt = { -jugendamt(form: "long") }
money-office-elterngeld = { -elterngeldstelle(form: "long") }
money-office-finanzamt = { -finanzamt(form: "long") }
money-office-sozialamt = { -sozialamt(form: "long") }
money-office-amtsgericht = { -amtsgericht(form: "long") }

## Reasons (one line)

money-kg-reason-age = Only for children under { $kindergeld_age_max }.
money-kg-reason-asylum = This depends on your residence status. Ask the { -familienkasse } or a migration advice service.
money-kg-reason-adult = Up to { $total } a month ({ $kindergeld } per child). Children from 18 only during training or studies.
money-kg-reason-yes = { $total } a month ({ $kindergeld } per child).

money-kiz-reason-age = Only for children under { $kindergeld_age_max }.
money-kiz-reason-switch = With your pay, { -kinderzuschlag } and { -wohngeld } may suit you instead of { -buergergeld }. Check this with the { -familienkasse }'s "KiZ-Lotse" (online check).
money-kiz-reason-bg = Not together with { -buergergeld }.
money-kiz-reason-income = You must earn at least { $kiz_min_income } gross a month.
money-kiz-reason-asylum = Only if you get { -kindergeld }. Ask the { -familienkasse }.
money-kiz-reason-yes = Up to { $kiz_max } per child a month (as of { $kiz_max_from }; the 2026 amount is not confirmed yet). Goes well with { -wohngeld }. You also get { -bildung-und-teilhabe } and no { -kita } fees. Granted for { $kiz_months } months.
money-kiz-reason-high = This depends on rent and income. Up to { $kiz_max } per child (as of { $kiz_max_from }; the 2026 amount is not confirmed yet).

money-uvg-reason-pays = Only if the other parent pays nothing, too little or not regularly.
money-uvg-reason-age = Only for children under { $uvg_age_max }.
money-uvg-reason-bg-mixed = For the children under 12: { $total } a month in total. Children aged 12 to 17 only get it if you earn at least { $uvg_sgb2_min_income } gross. Or if you then no longer need { -buergergeld }.
money-uvg-reason-bg-teen = With { -buergergeld }, children aged 12 to 17 only get it if you earn at least { $uvg_sgb2_min_income } gross. Or if you then no longer need { -buergergeld }. Per child: { $uvg_12_17 }.
money-uvg-reason-yes = { $total } a month in total, until the 18th birthday. Per child: 0–5 years { $uvg_0_5 }, 6–11 years { $uvg_6_11 }, 12–17 years { $uvg_12_17 }.

money-bg-reason-yes = You already get it. The reform "{ -neue-grundsicherung }" may have changed some rules. Ask the { -jobcenter }.
money-bg-reason-asylum = Instead of { -buergergeld }: { -asylbewerberleistungen } from the { -sozialamt }.
money-bg-reason-maybe = You may be entitled to it – rent and heating included. The reform may have changed the rules. Ask the { -jobcenter }.

money-mb-reason = { $percent }% of the standard rate: about { $amount } a month. It is paid automatically. Check your { -bescheid(form: "long") }.

money-wg-reason-bg = Not together with { -buergergeld }.
money-wg-reason-asylum = This depends on your residence status. Ask the { -sozialamt } or a migration advice service.
money-wg-reason-none = You need your own income that covers your living costs.
money-wg-reason-yes = Help with the rent. The amount depends on rent, income and the number of people in your household. Goes well with { -kinderzuschlag }.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] With a low income, { -wohngeld } is often not enough. Have it checked which suits you better: { -wohngeld } or { -buergergeld }.
       *[other] This depends on rent, income and the number of people in your household. Have it checked.
    }

money-but-reason-jobcenter =
    { $school ->
        [0] Lunch and day trips in the { -kita }. Clubs: { $but_clubs } a month. Money for school supplies comes when school starts.
       *[other] School supplies: { $but_school } per school year (as of { $but_school_from }; the new amount is not confirmed yet). Clubs: { $but_clubs } a month. Also day trips and lunch.
    }
money-but-reason-sozialamt =
    { $school ->
        [0] Lunch and day trips in the { -kita }. Clubs: { $but_clubs } a month. Money for school supplies comes when school starts.
       *[other] School supplies: { $but_school } per school year (as of { $but_school_from }; the new amount is not confirmed yet). Clubs: { $but_clubs } a month. Also day trips and lunch.
    }
money-but-reason-city =
    { $school ->
        [0] If you get { -kinderzuschlag } or { -wohngeld }: money for lunch and day trips in the { -kita } and for clubs. You apply at the city.
       *[other] If you get { -kinderzuschlag } or { -wohngeld }: money for school supplies, day trips, lunch and clubs. You apply at the city.
    }
money-fee-reason-yes = No fees for { -kita }, { -kindertagespflege(form: "long") } or { -hort(form: "long") }. You must apply.
money-fee-reason-maybe = If you get { -kinderzuschlag } or { -wohngeld }: no fees for { -kita }, { -kindertagespflege(form: "long") } or { -hort(form: "long") }.

money-eg-reason-yes = For your baby: you can take all { $elterngeld_months } months yourself. Apply quickly: for the time before you apply, you get at most { $elterngeld_backpay_months } months.
money-eg-reason-bg = With { -buergergeld }, it counts as income. Did you work before the birth? Then up to { $elterngeld_free } is not counted. Apply quickly.

money-tax-reason-yes = Less wage tax: { $total } a year of your income is tax-free ({ $entlastung } plus { $entlastung_more } for each further child).
money-tax-reason-small = With low pay you usually pay no wage tax. It matters once you earn more.

money-asyl-reason-yes = From the { -sozialamt }, not from the { -jobcenter }. An adult without a partner: { $asylblg_single } a month (as of { $asylblg_single_from }; the 2026 amount is not confirmed yet).
money-asyl-reason-ukraine = You came after 31.03.2025. The plan is: from July 2026 the { -sozialamt } instead of the { -jobcenter } (not confirmed yet).
money-beistand-reason = The { -jugendamt } claims maintenance from the other parent – for your child, free of charge.
money-bh-reason = Advice from a lawyer if you have a low income. You pay only { $beratungshilfe_fee } yourself.

## Next steps (summary)

money-todo-kindergeld = { -familienkasse(form: "long") }: if you do not get { -kindergeld } yet: apply – online or by post. Have the birth certificate and the { -steuer-id(form: "long") } numbers ready.
money-todo-kg-asylum = { -familienkasse(form: "long") } or a migration advice service: ask whether your residence status allows { -kindergeld } and { -kinderzuschlag }.
money-todo-kiz = { -familienkasse(form: "long") }: apply for { -kinderzuschlag } online – payslips, tenancy agreement, proof of maintenance.
money-todo-kiz-lotse = { -familienkasse(form: "long") }: use the KiZ-Lotse (online check) to see whether { -kinderzuschlag } and { -wohngeld } suit you instead of { -buergergeld }.
money-todo-uvg = { -jugendamt(form: "long") }, { -unterhaltsvorschussstelle }: apply for { -unterhaltsvorschuss } – birth certificate, details of the other parent.
money-todo-elterngeld = { -elterngeldstelle(form: "long") }: apply for { -elterngeld } soon after the birth (for the time before you apply, at most { $elterngeld_backpay_months } months) – birth certificate, payslips.
money-todo-buergergeld = { -jobcenter(form: "long") }: have { -buergergeld } checked (with rent and heating) and ask about the new rules – ID, tenancy agreement, bank statements.
money-todo-mehrbedarf = { -jobcenter(form: "long") }: check that your { -bescheid } says "{ -mehrbedarf }". If not, ask about it.
money-todo-wohngeld = { -wohngeldstelle(form: "long") } of the city: apply for { -wohngeld } – tenancy agreement, proof of income, bank statements.
money-todo-asylblg = { -sozialamt(form: "long") }: { -asylbewerberleistungen } – bring your residence papers. Help: a migration advice service.
money-todo-ukraine = Ask the { -jobcenter(form: "long") }: is the { -jobcenter } still responsible, or is it now the { -sozialamt }? (If you came after 31.03.2025.)
money-todo-but = Apply for { -bildung-und-teilhabe(form: "long") }: at the { -jobcenter } (with { -buergergeld }), at the city (with { -wohngeld } or { -kinderzuschlag }) or at the { -sozialamt } (with { -asylbewerberleistungen }).
money-todo-but-jobcenter = { -jobcenter(form: "long") }: apply for { -bildung-und-teilhabe } (school supplies, day trips, lunch, clubs).
money-todo-but-sozialamt = { -sozialamt(form: "long") }: apply for { -bildung-und-teilhabe } for the children.
money-todo-but-city = City: apply for { -bildung-und-teilhabe } as soon as { -kinderzuschlag } or { -wohngeld } is granted.
money-todo-kita-fees = { -jugendamt(form: "long") }: apply to be freed from { -kita } and { -hort } fees – bring your current { -bescheid }.
money-todo-tax = { -finanzamt(form: "long") }: apply for { -steuerklasse-2 } (online through ELSTER or with a form) – have your { -steuer-id } ready.
money-todo-beistand = { -jugendamt(form: "long") }: apply for a { -beistandschaft } (free) – birth certificate, papers on maintenance.
money-todo-beratungshilfe = { -amtsgericht(form: "long") }: get a Beratungsschein (advice voucher) – bring proof of income. You pay { $beratungshilfe_fee } yourself.

money-arr-before = Up to 31.03.2025
money-arr-after = From 01.04.2025
money-check-arrival = When did you come to Germany from Ukraine?
money-opt-outlook = 📅 What changes soon?
money-opt-births-change = ✏️ Change the birth months
money-opt-work-change = ✏️ Change my answer on work
money-todo-kiz-maybe = { -familienkasse(form: "long") }: use the KiZ-Lotse to check whether you get { -kinderzuschlag }. If so: apply online.
money-todo-uvg-from-600 = { -jugendamt } ({ -unterhaltsvorschussstelle }): as soon as you earn at least { $uvg_sgb2_min_income } gross: apply for { -unterhaltsvorschuss } for your child aged 12 or over.
money-todo-wohngeld-maybe = { -wohngeldstelle } of your city: have it checked whether { -wohngeld } suits you. If so: apply – tenancy agreement, proof of income.
money-todo-kita-fees-maybe = { -jugendamt }: as soon as { -kinderzuschlag } or { -wohngeld } is granted: apply for the waiver of { -kita } and { -hort } fees – take the { -bescheid } with you.
money-todo-beratungshilfe-maybe = { -amtsgericht }: if you need advice on maintenance: get a Beratungsschein (advice voucher) – take proof of your income. You pay only { $beratungshilfe_fee } yourself.
money-todo-but-jobcenter-kita = { -jobcenter }: apply for { -bildung-und-teilhabe } (lunch and day trips in the { -kita }, clubs).
money-todo-einstiegsgeld = { -jobcenter }: apply for { -einstiegsgeld } – before your first working day. Take the employment contract or the job offer.
money-todo-payslip = { -familienkasse }: after your first payslip, use the KiZ-Lotse to check whether { -kinderzuschlag } and { -wohngeld } suit you instead of { -buergergeld }.
money-outlook-births =
    📅 What changes for you soon?
    For this I need the month and year of birth of each child.
    For example: 03/2020 08/2016
money-outlook-births-error = I did not understand that. Please write month/year for each child, for example: 03/2020 08/2016
money-outlook-work = Are you starting a job soon – or working more hours soon?
money-outlook = 📅 What changes for you soon:
money-out-work-einstieg = 💼 Before your first working day: apply for { -einstiegsgeld } at the { -jobcenter } (for up to { $einstiegsgeld_months } months). Once you have started, it is too late.
money-out-work-free = 💼 You keep part of your pay: { $bg_free_base } a month in full, { $bg_free_rate_1 } to { $bg_free_rate_2 }% of the rest. With a child that is up to { $bg_free_max_child } more a month.
money-out-work-payslip = 💼 After your first payslip: have it checked whether { -kinderzuschlag } and { -wohngeld } suit you better than { -buergergeld }.
money-out-work-uvg = 💼 Will you then earn at least { $uvg_sgb2_min_income } gross? Then there is { -unterhaltsvorschuss } for your child aged 12 or over too: { $uvg_12_17 } a month.
money-out-kita = 📅 From { $date }: your child has a right to a place in a { -kita } or with a childminder ({ -kindertagespflege }). Register early at the { -jugendamt }.
money-out-work-age = 📅 From { $date }: your youngest child is { $bg_no_work_age }. The { -jobcenter } can then ask you to take up work or a course, if childcare is arranged.
money-out-school = 📅 From { $date }: a child is { $school_age }. It no longer rides buses and trains for free. For the start of school: register for a place in the { -ganztag }.
money-out-mb = 📅 From { $date }: { -mehrbedarf } { $percent }% instead of { $percent_before }% – { $amount } instead of { $amount_before } a month.
money-out-uvg = 📅 From { $date }: { -unterhaltsvorschuss } { $amount } instead of { $amount_before } a month.
money-out-uvg-12 = 📅 From { $date }: your child is 12. On { -buergergeld }, { -unterhaltsvorschuss } is then paid only if you earn at least { $uvg_sgb2_min_income } gross.
money-out-18 = 📅 From { $date }: a child is 18. No more { -unterhaltsvorschuss } for this child. { -kindergeld } only during training or studies (up to { $kindergeld_age_max }).
money-out-kiz = 📅 { $date }: time for the new application for { -kinderzuschlag }. It runs for { $kiz_months } months – counted from an application this month.
