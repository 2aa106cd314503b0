### Texte des Telegram-Bots selbst: Befehlsliste im Menü, Hinweise.
### Der Code benutzt diese IDs. Text ändern: ja. ID umbenennen: nein.

## Befehle, wie Telegram sie im Menü neben dem Eingabefeld zeigt (höchstens 256 Zeichen).
tg-cmd-start = Von vorne beginnen
tg-cmd-menu = Zum Hauptmenü
tg-cmd-back = Einen Schritt zurück
tg-cmd-restart = Neu anfangen, Antworten löschen
tg-cmd-language = Sprache wählen
tg-cmd-sos = Soforthilfe: Telefonnummern im Notfall
tg-cmd-help = So funktioniert Wegweiser
tg-cmd-forget = Alles löschen, was ich über Sie gespeichert habe

## Hinweise
tg-only-text = Ich kann nur Text und Knöpfe lesen, keine Bilder, Sprachnachrichten oder Dateien.
tg-text-shortened = ✂️ Dieser Text war zu lang für Telegram und wurde gekürzt.
# Steht über den Knöpfen, wenn ein Schritt keinen eigenen Text hat.
tg-choose = 👇

## Angebote: Knopf, der die Adresse eines Angebots als Ort mit Karte schickt.
tg-map = 🗺 Karte: { $offer }

## Wenn jemand sehr viele Nachrichten auf einmal schickt (Schutz vor Überlastung).
tg-slow-down = Das waren sehr viele Nachrichten auf einmal. Bitte warten Sie einen Moment, dann antworte ich wieder.
