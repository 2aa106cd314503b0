### Gdzie mieszkasz: sieć, miejscowość i szczera odpowiedź poza sieciami.

place-pick-town = 📍 Kod pocztowy { $postcode } jest w kilku miejscowościach. Gdzie mieszkasz?
place-town-option = 📍 { $town }
place-pick-network = 📍 Gdzie mieszkasz? Wtedy pokażę Ci oferty w pobliżu.
place-network-option = 📍 { $place }
place-elsewhere = 🗺️ Gdzie indziej
place-outside =
    📍 Niestety nie znam lokalnych ofert w Twojej miejscowości.
    Nie pokazuję ofert z innych miast – nie mógłbyś/mogłabyś z nich skorzystać.
    To, co obowiązuje w całych Niemczech, i tak znajdziesz tutaj: świadczenia, prawa, wnioski.
place-nationwide =
    📞 W całych Niemczech, bezpłatnie:
    • { -familienkasse }: 0800 4 5555 30 (pon.–pt. 8–18)
    • { -hilfetelefon }: 116 016 – całą dobę
    • { -elterntelefon }: 0800 111 0 550

    🔎 Twój { -jobcenter }: znajdziesz na arbeitsagentur.de po kodzie pocztowym.
    🔎 Twój { -jugendamt }: ma go każde miasto i każdy powiat (Landkreis). Zapytaj w urzędzie miasta.

main-opt-here = 📍 Pomoc w mojej okolicy

place-here-wuppertal =
    📍 { $network_name }
    👉 { $network_contact }

    W Wuppertalu:
    • { -elterngeld }: miejska kasa zasiłku rodzicielskiego (Elterngeldkasse).
    • { -wohngeld }: miejski { -wohngeldstelle }.
    • Miejsce w { -kita }: na miejskim portalu opieki nad dziećmi (Kinderbetreuungsportal).

place-here-hagen =
    📍 { $network_name }
    👉 { $network_contact }

    W Hagen:
    • { -elterngeld }: Versorgungsamt w Dortmundzie. Obsługuje też Hagen.
    • { -wohngeld }: { -wohngeldstelle } w ratuszu w Hagen.
    • Miejsce w { -kita }: na miejskim portalu (Kitaportal).

place-here-lichtenberg =
    📍 { $network_name }
    👉 { $network_contact }

    W Lichtenbergu:
    • { -elterngeld }: { -jugendamt } Lichtenberg.
    • { -wohngeld }: urząd mieszkaniowy dzielnicy (Wohnungsamt). Termin pod numerem 115.
    • { -kita-gutschein }: wydaje { -jugendamt }, wniosek składasz w { -buergeramt }.
    • Biuro rodzinne (Familienbüro) pomaga przy wnioskach.

place-here-cloppenburg =
    📍 { $network_name }
    👉 { $network_contact }

    W powiecie Cloppenburg (Landkreis Cloppenburg):
    • { -elterngeld }: { -elterngeldstelle } w starostwie (Kreishaus) w Cloppenburgu.
    • { -wohngeld }: urząd Twojego miasta lub gminy (Gemeinde).
    • Miejsce w { -kita }: w Twojej gminie, online przez „Little Bird”.
