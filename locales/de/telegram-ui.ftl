### Texte des Telegram-Bots, die nur Telegram braucht: kurze Knopf-Beschriftungen, Sprachwahl, Standort.
### Der Code benutzt diese IDs. Text ändern: ja. ID umbenennen: nein.

## Navigation in einer Reihe mit drei Knöpfen: höchstens 12 Zeichen (ein Emoji zählt wie 2).
tg-nav-back = ⬅️ Zurück
tg-nav-menu = 🏠 Menü
tg-nav-urgent = 🆘 Notfall

## Sprachwahl beim ersten Kontakt, wenn wir die Sprache des Telefons nicht kennen: eine Zeile je Sprache.
tg-lang-prompt = Bitte wählen Sie Ihre Sprache.

## Standort geteilt, während nach der Postleitzahl gefragt wird. { $place }: Postleitzahl und Stadtteil.
tg-postcode-from-location = 📍 Für Ihren Standort nehme ich die Postleitzahl { $place }. Wenn sie nicht stimmt: ⬅️ Zurück und die richtige eintippen.
tg-location-no-postcode = 📍 Danke! Für diesen Ort kenne ich keine Postleitzahl aus unserer Gegend. Bitte tippen Sie Ihre Postleitzahl ein oder gehen Sie ohne weiter.
