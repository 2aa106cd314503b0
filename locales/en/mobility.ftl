# Getting around. Prices come from dialogs/figures.toml.

mob-title = Bus, train, car

mob-start = 🚌 Getting around by bus, train and car. What do you need?

mob-opt-dticket = 🎫 Deutschlandticket
mob-opt-social = 💶 Cheaper social ticket
mob-opt-school = 🚸 Children's way to school
mob-opt-licence = 🚗 Driving licence for a job
mob-opt-check = ✅ What can I get?
mob-opt-wohngeld = 🏠 Wohngeld (housing)
mob-opt-but = 🎒 Bildung und Teilhabe
mob-opt-avgs = 🤝 Coaching (AVGS)

mob-dticket =
    🎫 Deutschlandticket (Germany ticket)

    One ticket for local buses and trains all over Germany.
    Price: { $deutschlandticket } a month (since { $deutschlandticket_from }), as a subscription.
    👶 Children under { $dt_free_age } ride free.

    📍 At your city's transport company (customer centre or app).
    💡 With Bürgergeld, Wohngeld or Asylbewerberleistungen there is often a cheaper social ticket.

mob-social =
    💶 Deutschlandticket Sozial (social ticket)

    In the VRR (includes Wuppertal): { $dt_sozial } a month (as of { $dt_sozial_from }; the 2026 price is not yet confirmed).
    For people with Bürgergeld, Sozialhilfe (social assistance), Wohngeld (housing benefit), Asylbewerberleistungen and some others.

    How it works:
    1. Get proof of eligibility: from the city or from the office that pays your benefit.
    2. With this proof, order the ticket at the transport company (subscription).

    Other regions: ask your city about a social ticket.

mob-school =
    🚸 Children's way to school

    • Bildung und Teilhabe (education and participation) pays necessary trips to school – with Bürgergeld, Wohngeld, Kinderzuschlag or AsylbLG.
    • In NRW there is the Deutschlandticket Schule (school ticket): { $dt_schule } a month.
    • Children under { $dt_free_age } ride free.

    📍 Ask the school office about the pupil ticket. Apply for Bildung und Teilhabe: Jobcenter, city or Sozialamt (social welfare office).

mob-licence =
    🚗 Driving licence for a job

    The Jobcenter can pay for the driving licence (Vermittlungsbudget, placement budget). There is no fixed right (discretion).
    You need a concrete job offer that requires the licence.

    📄 Bring:
    • A letter from the employer: you will be hired once you have the licence
    • A quote from a driving school

    📍 Jobcenter – ask before you sign up with a driving school. Not on Bürgergeld: ask the Agentur für Arbeit (employment agency).

## Next steps

mob-todo-social = City: get proof of eligibility for the social ticket, then order the Deutschlandticket Sozial at the transport company.
mob-todo-school = School: ask about the pupil ticket; apply for travel costs through Bildung und Teilhabe.
mob-todo-licence = Jobcenter: apply for the driving licence through the Vermittlungsbudget – bring the employer letter and the driving school quote.
