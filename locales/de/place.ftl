### Wo Sie wohnen: Netzwerk, Ort, und die ehrliche Antwort außerhalb der Netzwerke.
### Die IDs place-pick-* bis place-nationwide benutzt der Programmcode. Text ändern: ja. ID umbenennen: nein.

place-pick-town = 📍 Die Postleitzahl { $postcode } gibt es in mehreren Orten. Wo wohnen Sie?
place-town-option = 📍 { $town }
place-pick-network = 📍 Wo wohnen Sie? Dann zeige ich Ihnen Angebote in Ihrer Nähe.
place-network-option = 📍 { $place }
place-elsewhere = 🗺️ Woanders
place-outside =
    📍 Für Ihren Wohnort kenne ich leider keine Angebote vor Ort.
    Angebote aus anderen Städten zeige ich Ihnen nicht – dort könnten Sie nicht hin.
    Was überall in Deutschland gilt, finden Sie trotzdem hier: Leistungen, Rechte, Anträge.
place-nationwide =
    📞 Überall in Deutschland, kostenlos:
    • { -familienkasse }: 0800 4 5555 30 (Mo–Fr 8–18 Uhr)
    • { -hilfetelefon }: 116 016 – Tag und Nacht
    • { -elterntelefon }: 0800 111 0 550

    🔎 Ihr { -jobcenter }: Auf arbeitsagentur.de finden Sie es mit Ihrer Postleitzahl.
    🔎 Ihr { -jugendamt }: Jede Stadt und jeder Landkreis hat eins. Fragen Sie im Rathaus.

main-opt-here = 📍 Hilfe an meinem Ort

place-here-wuppertal =
    📍 { $network_name }
    👉 { $network_contact }

    In Wuppertal:
    • { -elterngeld }: die Elterngeldkasse der Stadt.
    • { -wohngeld }: die { -wohngeldstelle } der Stadt.
    • { -kita }-Platz: im Kinderbetreuungsportal der Stadt.

place-here-hagen =
    📍 { $network_name }
    👉 { $network_contact }

    In Hagen:
    • { -elterngeld }: das Versorgungsamt in Dortmund. Es ist auch für Hagen zuständig.
    • { -wohngeld }: die { -wohngeldstelle } im Rathaus Hagen.
    • { -kita }-Platz: im Kitaportal der Stadt.

place-here-lichtenberg =
    📍 { $network_name }
    👉 { $network_contact }

    In Lichtenberg:
    • { -elterngeld }: das { -jugendamt } Lichtenberg.
    • { -wohngeld }: das Wohnungsamt des Bezirks. Termin über die Nummer 115.
    • { -kita-gutschein }: beim { -jugendamt }, den Antrag geben Sie im { -buergeramt } ab.
    • Das Familienbüro hilft bei den Anträgen.

place-here-cloppenburg =
    📍 { $network_name }
    👉 { $network_contact }

    Im Landkreis Cloppenburg:
    • { -elterngeld }: die { -elterngeldstelle } im Kreishaus Cloppenburg.
    • { -wohngeld }: das Rathaus Ihrer Stadt oder Gemeinde.
    • { -kita }-Platz: bei Ihrer Gemeinde, online über „Little Bird“.
