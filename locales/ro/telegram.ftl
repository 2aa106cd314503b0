### Textele botului de Telegram: lista de comenzi, indicații.
### Programul folosește aceste ID-uri. Textul se poate schimba, ID-urile nu.

## Comenzile, așa cum le arată Telegram în meniul de lângă câmpul de scris (cel mult 256 de caractere).
tg-cmd-start = Începeți de la început
tg-cmd-menu = La meniul principal
tg-cmd-back = Un pas înapoi
tg-cmd-restart = De la capăt, cu ștergerea răspunsurilor
tg-cmd-language = Alegeți limba
tg-cmd-sos = Ajutor urgent: numere de telefon pentru urgențe
tg-cmd-help = Cum funcționează Wegweiser
tg-cmd-forget = Ștergeți tot ce am salvat despre dumneavoastră

## Indicații
tg-only-text = Pot citi doar text și butoane, nu imagini, mesaje vocale sau fișiere.
tg-text-shortened = ✂️ Acest text era prea lung pentru Telegram și a fost scurtat.
# Apare deasupra butoanelor când un pas nu are text propriu.
tg-choose = 👇

tg-map = 🗺 Hartă: { $offer }
tg-slow-down = Au fost foarte multe mesaje deodată. Vă rog să așteptați puțin, apoi vă răspund din nou.
