### Unde locuiți: rețeaua, localitatea și răspunsul sincer în afara rețelelor.

place-pick-town = 📍 Codul poștal { $postcode } există în mai multe localități. Unde locuiți?
place-town-option = 📍 { $town }
place-pick-network = 📍 Unde locuiți? Atunci vă arăt oferte din apropiere.
place-network-option = 📍 { $place }
place-elsewhere = 🗺️ În altă parte
place-outside =
    📍 Din păcate nu cunosc oferte locale acolo unde locuiți.
    Nu vă arăt oferte din alte orașe – nu ați putea ajunge la ele.
    Ce este valabil în toată Germania găsiți totuși aici: ajutoare, drepturi, cereri.
place-nationwide =
    📞 Oriunde în Germania, gratuit:
    • { -familienkasse }: 0800 4 5555 30 (lun.–vin. 8–18)
    • { -hilfetelefon }: 116 016 – zi și noapte
    • { -elterntelefon }: 0800 111 0 550

    🔎 { -jobcenter } dvs.: îl găsiți pe arbeitsagentur.de după codul poștal.
    🔎 { -jugendamt } dvs.: fiecare oraș și fiecare district (Landkreis) are unul. Întrebați la primărie.

main-opt-here = 📍 Ajutor unde locuiesc

place-here-wuppertal =
    📍 { $network_name }
    👉 { $network_contact }

    În Wuppertal:
    • { -elterngeld }: casa orașului pentru alocația parentală (Elterngeldkasse).
    • { -wohngeld }: { -wohngeldstelle } a orașului.
    • Loc la { -kita }: pe portalul orașului pentru îngrijirea copiilor (Kinderbetreuungsportal).

place-here-hagen =
    📍 { $network_name }
    👉 { $network_contact }

    În Hagen:
    • { -elterngeld }: Versorgungsamt din Dortmund. Se ocupă și de Hagen.
    • { -wohngeld }: { -wohngeldstelle } de la primăria din Hagen.
    • Loc la { -kita }: pe portalul orașului (Kitaportal).

place-here-lichtenberg =
    📍 { $network_name }
    👉 { $network_contact }

    În Lichtenberg:
    • { -elterngeld }: { -jugendamt } Lichtenberg.
    • { -wohngeld }: oficiul pentru locuințe al sectorului (Wohnungsamt). Programare la numărul 115.
    • { -kita-gutschein }: de la { -jugendamt }; cererea o depuneți la un { -buergeramt }.
    • Biroul pentru familii (Familienbüro) vă ajută cu cererile.

place-here-cloppenburg =
    📍 { $network_name }
    👉 { $network_contact }

    În districtul Cloppenburg (Landkreis Cloppenburg):
    • { -elterngeld }: { -elterngeldstelle } de la sediul districtului (Kreishaus) din Cloppenburg.
    • { -wohngeld }: primăria orașului sau comunei dvs. (Gemeinde).
    • Loc la { -kita }: de la comuna dvs., online prin „Little Bird”.
