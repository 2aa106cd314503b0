# Getting around. Prices come from dialogs/figures.toml.
# Office, benefit and ticket names come from terms.ftl (long form at the first mention on a screen).

mob-title = Bus, train, car

mob-start = 🚌 Getting around by bus, train and car. What do you need?

mob-opt-dticket = 🎫 { -deutschlandticket }
mob-opt-social = 💶 Cheaper { -sozialticket }
mob-opt-school = 🚸 Children's way to school
mob-opt-licence = 🚗 Driving licence for a job
mob-opt-check = ✅ What can I get?
mob-opt-wohngeld = 🏠 { -wohngeld(form: "long") }
mob-opt-but = 🎒 { -bildung-und-teilhabe }
mob-opt-avgs = 🤝 Coaching ({ -avgs })

mob-dticket =
    🎫 { -deutschlandticket }

    One ticket for local buses and trains all over Germany.
    Price: { $deutschlandticket } a month (since { $deutschlandticket_from }). It is a subscription.
    👶 Children under { $dt_free_age } travel free.

    📍 At your city's transport company: at the customer centre or in the app.
    💡 With { -buergergeld(form: "long") }, { -wohngeld(form: "long") } or { -asylbewerberleistungen(form: "long") } there is often a cheaper { -sozialticket(form: "long") }.

mob-social =
    💶 { -deutschlandticket-sozial(form: "long") }

    In the { -vrr(form: "long") }, including Wuppertal and Hagen: { $dt_sozial } a month (as of { $dt_sozial_from }; the 2026 price is not confirmed yet).
    For people with { -buergergeld(form: "long") }, { -sozialhilfe(form: "long") }, { -wohngeld(form: "long") } or { -asylbewerberleistungen(form: "long") } – and for some others.

    How it works:
    1. Get proof: from the city or from the office that pays your benefit.
    2. With this proof, order the ticket from the transport company. It is a subscription.

    Do you live in another region? Then ask your city about a { -sozialticket }.

mob-school =
    🚸 Children's way to school

    • Do you get { -buergergeld(form: "long") }, { -wohngeld(form: "long") }, { -kinderzuschlag(form: "long") } or { -asylbewerberleistungen(form: "long") }? Then { -bildung-und-teilhabe(form: "long") } pays for the necessary journeys to school.
    • In { -nrw(form: "long") } there is the { -deutschlandticket } Schule (school ticket): { $dt_schule } a month.
    • Children under { $dt_free_age } travel free.

    📍 Ask the school office about the pupil ticket. You apply for { -bildung-und-teilhabe } at the { -jobcenter(form: "long") }, at the city or at the { -sozialamt(form: "long") }.

mob-licence =
    🚗 Driving licence for a job

    The { -jobcenter(form: "long") } can pay for your driving licence (Vermittlungsbudget, placement budget). You have no fixed right to it: the { -jobcenter } decides.
    You need a concrete job offer. The job must require the driving licence.

    📄 Bring:
    • a letter from the employer: they will hire you once you have the licence
    • a quote from a driving school with the costs

    📍 { -jobcenter }: ask there before you sign up with a driving school. If you do not get { -buergergeld(form: "long") }: ask the { -agentur-fuer-arbeit(form: "long") }.

## Next steps

mob-todo-social = City: get proof for the { -sozialticket(form: "long") }. Then order the { -deutschlandticket-sozial } from the transport company.
mob-todo-school = School: ask about the pupil ticket. Apply for travel costs through { -bildung-und-teilhabe(form: "long") }.
mob-todo-licence = { -jobcenter(form: "long") }: apply for the driving licence through the Vermittlungsbudget (placement budget) – bring the employer's letter and the driving school's quote.

## Rules per Land and network

mob-opt-rural = 🚐 On-demand bus in the countryside

mob-social-be =
    💶 Berlin-Ticket S

    { $berlin_ticket_s } a month, for buses and trains in Berlin (fare zone AB).
    For people on { -buergergeld }, { -sozialhilfe }, { -asylbewerberleistungen } or { -wohngeld } – and some others. Not with unemployment benefit I (ALG I).

    How it works:
    1. Buy the ticket from BVG or S-Bahn.
    2. Write your full name on the ticket.
    3. Always carry your { -bescheid } and a photo ID.

mob-social-clp =
    💶 { -sozialticket } in the Landkreis Cloppenburg

    I don't know of a { -sozialticket } in the Landkreis Cloppenburg. In Lower Saxony, districts and towns decide this themselves. Ask at the Kreishaus.
    🚐 The on-demand bus moobil+ is a cheap way to get around.
    🎒 For the way to school, { -bildung-und-teilhabe } pays the necessary trips.

mob-rural =
    🚐 On-demand bus moobil+ in the Landkreis Cloppenburg

    Small buses run in every municipality, mostly from 7 am to 7 pm. They stop at over 500 stops – step-free too.
    ⏰ Book at least { $moobil_book_hours } hour ahead: in the app, online or by phone 0800 3030 20 1.
    💶 A trip within your municipality: { $moobil_fare }. For each further municipality: { $moobil_fare_extra } more.
    There are also day, week and month tickets. Pay in cash or through an account.

mob-todo-social-be = BVG or S-Bahn: buy the Berlin-Ticket S – always carry your { -bescheid } and a photo ID.
mob-todo-rural = moobil+: book a trip at least { $moobil_book_hours } hour ahead – app, online or 0800 3030 20 1.
