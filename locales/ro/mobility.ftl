# Mobilitate. Prețurile vin din dialogs/figures.toml.

mob-title = Autobuz, tren, mașină

mob-start = 🚌 Pe drum cu autobuzul, trenul și mașina. De ce aveți nevoie?

mob-opt-dticket = 🎫 { -deutschlandticket }
mob-opt-social = 💶 Bilet social mai ieftin
mob-opt-school = 🚸 Drumul copiilor la școală
mob-opt-licence = 🚗 Permis auto pentru job
mob-opt-check = ✅ Ce mi se cuvine?
mob-opt-wohngeld = 🏠 { -wohngeld(form: "long") }
mob-opt-but = 🎒 { -bildung-und-teilhabe }
mob-opt-avgs = 🤝 Coaching ({ -avgs })

mob-dticket =
    🎫 { -deutschlandticket(form: "long") }

    Un singur bilet pentru autobuzele și trenurile regionale din toată Germania.
    Preț: { $deutschlandticket } pe lună (din { $deutschlandticket_from }), ca abonament.
    👶 Copiii sub { $dt_free_age ->
        [one] { $dt_free_age } an
        [few] { $dt_free_age } ani
       *[other] { $dt_free_age } de ani
    } călătoresc gratuit.

    📍 La compania de transport din orașul dumneavoastră (centrul pentru clienți sau aplicația).
    💡 Cu { -buergergeld(form: "long") }, { -wohngeld(form: "long") } sau { -asylbewerberleistungen(form: "long") } există adesea un bilet social mai ieftin.

mob-social =
    💶 { -deutschlandticket-sozial(form: "long") }

    În regiunea { -vrr(form: "long") }, inclusiv în Wuppertal și Hagen: { $dt_sozial } pe lună (situația la { $dt_sozial_from }; prețul pentru 2026 nu este încă confirmat).
    Pentru persoane cu { -buergergeld(form: "long") }, { -sozialhilfe(form: "long") }, { -wohngeld(form: "long") }, { -asylbewerberleistungen(form: "long") } și alții.

    Cum se procedează:
    1. Obțineți o dovadă: de la primărie sau de la oficiul care vă plătește ajutorul.
    2. Cu dovada, comandați biletul la compania de transport (abonament).

    Alte regiuni: întrebați la primărie de un bilet social.

mob-school =
    🚸 Drumul copiilor la școală

    • { -bildung-und-teilhabe(form: "long") } plătește drumurile necesare la școală – cu { -buergergeld(form: "long") }, { -wohngeld(form: "long") }, { -kinderzuschlag(form: "long") } sau { -asylbewerberleistungen(form: "long") }.
    • În { -nrw(form: "long") } există { -deutschlandticket } Schule (bilet pentru elevi): { $dt_schule } pe lună.
    • Copiii sub { $dt_free_age ->
        [one] { $dt_free_age } an
        [few] { $dt_free_age } ani
       *[other] { $dt_free_age } de ani
    } călătoresc gratuit.

    📍 Întrebați la secretariatul școlii de biletul de elev. Cererea pentru { -bildung-und-teilhabe }: { -jobcenter(form: "long") }, primăria sau { -sozialamt(form: "long") }.

mob-licence =
    🚗 Permis de conducere pentru un loc de muncă

    { -jobcenter(form: "long") } poate plăti permisul de conducere (Vermittlungsbudget, buget de plasare). Nu există un drept fix (oficiul decide de la caz la caz).
    Aveți nevoie de o ofertă de muncă concretă, pentru care permisul este necesar.

    📄 Luați cu dumneavoastră:
    • O scrisoare de la angajator: angajarea are loc după obținerea permisului
    • O ofertă de preț de la o școală de șoferi

    📍 { -jobcenter } – întrebați înainte să vă înscrieți la școala de șoferi. Dacă nu primiți { -buergergeld(form: "long") }: întrebați la { -agentur-fuer-arbeit(form: "long") }.

## Pașii următori

mob-todo-social = Primăria: obțineți dovada pentru biletul social, apoi comandați { -deutschlandticket-sozial(form: "long") } la compania de transport.
mob-todo-school = Școala: întrebați de biletul de elev; solicitați costurile de transport prin { -bildung-und-teilhabe(form: "long") }.
mob-todo-licence = { -jobcenter(form: "long") }: solicitați permisul de conducere prin Vermittlungsbudget – luați scrisoarea angajatorului și oferta de preț a școlii de șoferi.

## Reguli pe land și pe rețea

mob-opt-rural = 🚐 Autobuz la cerere la țară

mob-social-be =
    💶 Berlin-Ticket S

    { $berlin_ticket_s } pe lună, pentru autobuz și tren în Berlin (zona tarifară AB).
    Pentru cei care primesc { -buergergeld }, { -sozialhilfe }, { -asylbewerberleistungen } sau { -wohngeld } – și alte câteva categorii. Nu cu ajutorul de șomaj I (ALG I).

    Cum funcționează:
    1. Cumpărați biletul de la BVG sau S-Bahn.
    2. Scrieți pe bilet numele dvs. complet.
    3. Aveți mereu la dvs. { -bescheid } și un act de identitate cu fotografie.

mob-social-clp =
    💶 { -sozialticket } în districtul Cloppenburg

    Nu cunosc un { -sozialticket } în districtul Cloppenburg. În Saxonia Inferioară, districtele și orașele decid singure. Întrebați la sediul districtului (Kreishaus).
    🚐 Ieftin circulați cu autobuzul la cerere moobil+.
    🎒 Pentru drumul la școală, { -bildung-und-teilhabe } plătește călătoriile necesare.

mob-rural =
    🚐 Autobuzul la cerere moobil+ în districtul Cloppenburg

    Autobuze mici circulă în fiecare comună, de obicei între 7 și 19. Opresc în peste 500 de stații – și fără trepte.
    ⏰ Rezervați cu cel puțin { $moobil_book_hours ->
        [one] o oră
       *[other] { $moobil_book_hours } ore
    } înainte: în aplicație, online sau la telefon 0800 3030 20 1.
    💶 O călătorie în comuna dvs.: { $moobil_fare }. Pentru fiecare comună în plus: încă { $moobil_fare_extra }.
    Există și bilete de o zi, o săptămână și o lună. Plătiți cash sau printr-un cont.

mob-todo-social-be = BVG sau S-Bahn: cumpărați Berlin-Ticket S – aveți mereu la dvs. { -bescheid } și un act cu fotografie.
mob-todo-rural = moobil+: rezervați călătoria din timp – aplicație, online sau 0800 3030 20 1.
