### Where you live: network, town, and the honest answer outside the networks.

place-pick-town = 📍 The postcode { $postcode } is used in several places. Where do you live?
place-town-option = 📍 { $town }
place-pick-network = 📍 Where do you live? Then I can show you offers near you.
place-network-option = 📍 { $place }
place-elsewhere = 🗺️ Somewhere else
place-outside =
    📍 Sorry, I don't know any local offers where you live.
    I won't show you offers from other cities – you couldn't use them.
    What applies everywhere in Germany is still here: benefits, rights, applications.
place-nationwide =
    📞 Anywhere in Germany, free of charge:
    • { -familienkasse }: 0800 4 5555 30 (Mon–Fri 8 am–6 pm)
    • { -hilfetelefon }: 116 016 – day and night
    • { -elterntelefon }: 0800 111 0 550

    🔎 Your { -jobcenter }: find it on arbeitsagentur.de with your postcode.
    🔎 Your { -jugendamt }: every town and district (Landkreis) has one. Ask at the town hall.

main-opt-here = 📍 Help where I live

place-here-wuppertal =
    📍 { $network_name }
    👉 { $network_contact }

    In Wuppertal:
    • { -elterngeld }: the city's Elterngeld office (Elterngeldkasse).
    • { -wohngeld }: the city's { -wohngeldstelle }.
    • A { -kita } place: in the city's childcare portal (Kinderbetreuungsportal).

place-here-hagen =
    📍 { $network_name }
    👉 { $network_contact }

    In Hagen:
    • { -elterngeld }: the Versorgungsamt in Dortmund. It also handles Hagen.
    • { -wohngeld }: the { -wohngeldstelle } in Hagen town hall.
    • A { -kita } place: in the city's Kita portal (Kitaportal).

place-here-lichtenberg =
    📍 { $network_name }
    👉 { $network_contact }

    In Lichtenberg:
    • { -elterngeld }: the { -jugendamt } Lichtenberg.
    • { -wohngeld }: the district's housing office (Wohnungsamt). Appointments via 115.
    • { -kita-gutschein }: from the { -jugendamt }; you hand in the application at a { -buergeramt }.
    • The Familienbüro helps with the applications.

place-here-cloppenburg =
    📍 { $network_name }
    👉 { $network_contact }

    In the Landkreis Cloppenburg:
    • { -elterngeld }: the { -elterngeldstelle } at the Kreishaus in Cloppenburg.
    • { -wohngeld }: the town hall of your town or municipality (Gemeinde).
    • A { -kita } place: from your municipality, online via “Little Bird”.
