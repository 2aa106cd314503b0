### Где вы живёте: сеть, место и честный ответ вне сетей.

place-pick-town = 📍 Почтовый индекс { $postcode } есть в нескольких местах. Где вы живёте?
place-town-option = 📍 { $town }
place-pick-network = 📍 Где вы живёте? Тогда я покажу вам предложения поблизости.
place-network-option = 📍 { $place }
place-elsewhere = 🗺️ В другом месте
place-outside =
    📍 К сожалению, я не знаю местных предложений там, где вы живёте.
    Предложения из других городов я не показываю – туда вы бы не смогли обратиться.
    То, что действует по всей Германии, вы всё равно найдёте здесь: выплаты, права, заявления.
place-nationwide =
    📞 По всей Германии, бесплатно:
    • { -familienkasse }: 0800 4 5555 30 (пн–пт 8–18)
    • { -hilfetelefon }: 116 016 – круглосуточно
    • { -elterntelefon }: 0800 111 0 550

    🔎 Ваш { -jobcenter }: найдёте на arbeitsagentur.de по своему почтовому индексу.
    🔎 Ваш { -jugendamt }: есть в каждом городе и каждом районе (Landkreis). Спросите в ратуше.

main-opt-here = 📍 Помощь там, где я живу

place-here-wuppertal =
    📍 { $network_name }
    👉 { $network_contact }

    В Вуппертале:
    • { -elterngeld }: городская касса родительского пособия (Elterngeldkasse).
    • { -wohngeld }: городская { -wohngeldstelle }.
    • Место в { -kita }: на городском портале присмотра за детьми (Kinderbetreuungsportal).

place-here-hagen =
    📍 { $network_name }
    👉 { $network_contact }

    В Хагене:
    • { -elterngeld }: Versorgungsamt в Дортмунде. Оно отвечает и за Хаген.
    • { -wohngeld }: { -wohngeldstelle } в ратуше Хагена.
    • Место в { -kita }: на городском портале (Kitaportal).

place-here-lichtenberg =
    📍 { $network_name }
    👉 { $network_contact }

    В Лихтенберге:
    • { -elterngeld }: { -jugendamt } Лихтенберга.
    • { -wohngeld }: жилищное ведомство района (Wohnungsamt). Запись по номеру 115.
    • { -kita-gutschein }: выдаёт { -jugendamt }, заявление подаёте в { -buergeramt }.
    • Семейное бюро (Familienbüro) помогает с заявлениями.

place-here-cloppenburg =
    📍 { $network_name }
    👉 { $network_contact }

    В районе Клоппенбург (Landkreis Cloppenburg):
    • { -elterngeld }: { -elterngeldstelle } в здании района (Kreishaus) в Клоппенбурге.
    • { -wohngeld }: ратуша вашего города или общины (Gemeinde).
    • Место в { -kita }: в вашей общине, онлайн через «Little Bird».
