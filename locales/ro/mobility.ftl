# Mobilitate. Prețurile vin din dialogs/figures.toml.

mob-title = Autobuz, tren, mașină

mob-start = 🚌 Pe drum cu autobuzul, trenul și mașina. De ce aveți nevoie?

mob-opt-dticket = 🎫 Deutschlandticket
mob-opt-social = 💶 Bilet social mai ieftin
mob-opt-school = 🚸 Drumul copiilor la școală
mob-opt-licence = 🚗 Permis auto pentru job
mob-opt-check = ✅ Ce mi se cuvine?
mob-opt-wohngeld = 🏠 Wohngeld (chirie)
mob-opt-but = 🎒 Bildung und Teilhabe
mob-opt-avgs = 🤝 Coaching (AVGS)

mob-dticket =
    🎫 Deutschlandticket (biletul pentru toată Germania)

    Un singur bilet pentru autobuzele și trenurile regionale din toată Germania.
    Preț: { $deutschlandticket } pe lună (din { $deutschlandticket_from }), ca abonament.
    👶 Copiii sub { $dt_free_age ->
        [one] { $dt_free_age } an
        [few] { $dt_free_age } ani
       *[other] { $dt_free_age } de ani
    } călătoresc gratuit.

    📍 La compania de transport din orașul dumneavoastră (centrul pentru clienți sau aplicația).
    💡 Cu Bürgergeld, Wohngeld sau Asylbewerberleistungen există adesea un bilet social mai ieftin.

mob-social =
    💶 Deutschlandticket Sozial (bilet social)

    În VRR (inclusiv Wuppertal): { $dt_sozial } pe lună (situația la { $dt_sozial_from }; prețul pentru 2026 nu este încă confirmat).
    Pentru persoane cu Bürgergeld, Sozialhilfe (ajutor social), Wohngeld (ajutor pentru chirie), Asylbewerberleistungen și alții.

    Cum se procedează:
    1. Obțineți o dovadă: de la primărie sau de la oficiul care vă plătește ajutorul.
    2. Cu dovada, comandați biletul la compania de transport (abonament).

    Alte regiuni: întrebați la primărie de un bilet social.

mob-school =
    🚸 Drumul copiilor la școală

    • Bildung und Teilhabe (bani pentru școală și activități) plătește drumurile necesare la școală – cu Bürgergeld, Wohngeld, Kinderzuschlag sau AsylbLG.
    • În NRW există Deutschlandticket Schule (bilet pentru elevi): { $dt_schule } pe lună.
    • Copiii sub { $dt_free_age ->
        [one] { $dt_free_age } an
        [few] { $dt_free_age } ani
       *[other] { $dt_free_age } de ani
    } călătoresc gratuit.

    📍 Întrebați la secretariatul școlii de biletul de elev. Cererea pentru Bildung und Teilhabe: Jobcenter, primăria sau Sozialamt (oficiul de asistență socială).

mob-licence =
    🚗 Permis de conducere pentru un loc de muncă

    Jobcenter poate plăti permisul de conducere (Vermittlungsbudget, buget de plasare). Nu există un drept fix (oficiul decide de la caz la caz).
    Aveți nevoie de o ofertă de muncă concretă, pentru care permisul este necesar.

    📄 Luați cu dumneavoastră:
    • O scrisoare de la angajator: angajarea are loc după obținerea permisului
    • O ofertă de preț de la o școală de șoferi

    📍 Jobcenter – întrebați înainte să vă înscrieți la școala de șoferi. Fără Bürgergeld: întrebați la Agentur für Arbeit (agenția de muncă).

## Pașii următori

mob-todo-social = Primăria: obțineți dovada pentru biletul social, apoi comandați Deutschlandticket Sozial la compania de transport.
mob-todo-school = Școala: întrebați de biletul de elev; solicitați costurile de transport prin Bildung und Teilhabe.
mob-todo-licence = Jobcenter: solicitați permisul de conducere prin Vermittlungsbudget – luați scrisoarea angajatorului și oferta de preț a școlii de șoferi.
