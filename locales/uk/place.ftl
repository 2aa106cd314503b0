### Де ви живете: мережа, місце і чесна відповідь поза мережами.

place-pick-town = 📍 Поштовий індекс { $postcode } є в кількох місцях. Де ви живете?
place-town-option = 📍 { $town }
place-pick-network = 📍 Де ви живете? Тоді я покажу вам пропозиції поблизу.
place-network-option = 📍 { $place }
place-elsewhere = 🗺️ Деінде
place-outside =
    📍 На жаль, я не знаю місцевих пропозицій там, де ви живете.
    Пропозиції з інших міст я не показую – туди ви не змогли б звернутися.
    Те, що діє по всій Німеччині, ви все одно знайдете тут: виплати, права, заяви.
place-nationwide =
    📞 По всій Німеччині, безкоштовно:
    • { -familienkasse }: 0800 4 5555 30 (пн–пт 8–18)
    • { -hilfetelefon }: 116 016 – цілодобово
    • { -elterntelefon }: 0800 111 0 550

    🔎 Ваш { -jobcenter }: знайдете на arbeitsagentur.de за своїм поштовим індексом.
    🔎 Ваш { -jugendamt }: є в кожному місті й кожному районі (Landkreis). Запитайте в ратуші.

main-opt-here = 📍 Допомога там, де я живу

place-here-wuppertal =
    📍 { $network_name }
    👉 { $network_contact }

    У Вупперталі:
    • { -elterngeld }: міська каса батьківської допомоги (Elterngeldkasse).
    • { -wohngeld }: міська { -wohngeldstelle }.
    • Місце в { -kita }: на міському порталі догляду за дітьми (Kinderbetreuungsportal).

place-here-hagen =
    📍 { $network_name }
    👉 { $network_contact }

    У Хагені:
    • { -elterngeld }: Versorgungsamt у Дортмунді. Він відповідає і за Хаген.
    • { -wohngeld }: { -wohngeldstelle } у ратуші Хагена.
    • Місце в { -kita }: на міському порталі (Kitaportal).

place-here-lichtenberg =
    📍 { $network_name }
    👉 { $network_contact }

    У Ліхтенберзі:
    • { -elterngeld }: { -jugendamt } Ліхтенберга.
    • { -wohngeld }: житлове відомство району (Wohnungsamt). Запис через номер 115.
    • { -kita-gutschein }: видає { -jugendamt }, заяву подаєте в { -buergeramt }.
    • Сімейне бюро (Familienbüro) допомагає із заявами.

place-here-cloppenburg =
    📍 { $network_name }
    👉 { $network_contact }

    У районі Клоппенбург (Landkreis Cloppenburg):
    • { -elterngeld }: { -elterngeldstelle } у будинку району (Kreishaus) у Клоппенбурзі.
    • { -wohngeld }: ратуша вашого міста чи громади (Gemeinde).
    • Місце в { -kita }: у вашій громаді, онлайн через «Little Bird».
