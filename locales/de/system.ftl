### Texte der Bot-Technik: Navigation, Hinweise, Hilfe, Sprache, Löschen.
### Die IDs hier benutzt der Programmcode. Text ändern: ja. ID umbenennen: nein.

lang-name = Deutsch

sys-welcome = 👋 Willkommen beim Wegweiser für Alleinerziehende! Ich zeige Ihnen, welche Hilfe es gibt und wo Sie sie bekommen. Tippen Sie einfach auf die Knöpfe.
sys-restarted = 🔄 Wir fangen neu an. Ihre bisherigen Antworten sind gelöscht.
sys-updated = ℹ️ Der Wegweiser wurde gerade aktualisiert. Bitte wählen Sie noch einmal im Menü.
sys-unknown-link = ℹ️ Diesen Link kenne ich nicht. Hier ist das Menü.

help-text =
    ❓ So funktioniert der Wegweiser:
    • Tippen Sie auf einen Knopf, um weiterzugehen.
    • ⬅️ Zurück: einen Schritt zurück.
    • 🏠 Menü: zurück zum Anfang.
    • 🆘 Soforthilfe: Telefonnummern für Notfälle.
    Befehle: /restart (neu anfangen), /language (Sprache), /forget (alles löschen, was ich über Sie gespeichert habe).
    Ich speichere nur Ihre Antworten, damit Sie später weitermachen können.

lang-choose = 🌐 Bitte wählen Sie Ihre Sprache:
lang-changed = ✅ Ich spreche jetzt Deutsch mit Ihnen.
lang-unsupported = Die Sprache „{ $code }“ habe ich leider nicht. Bitte wählen Sie:

forget-confirm = 🗑️ Soll ich alles löschen, was ich über Sie gespeichert habe (Ihre Antworten und Ihren Platz im Gespräch)?
forget-yes = Ja, alles löschen
forget-no = Nein, weiter
forget-done = ✅ Alles ist gelöscht. Mit /start können Sie jederzeit neu beginnen.

hint-use-buttons = Bitte tippen Sie auf einen der Knöpfe (oder schreiben Sie die Nummer).
hint-empty = Ihre Nachricht ist leer. Bitte tippen Sie auf einen Knopf.
hint-unknown-command = Den Befehl { $command } kenne ich nicht. Hilfe gibt es mit /help.
hint-stale-button = Dieser Knopf gehört zu einer älteren Nachricht. Hier sind Sie gerade:
hint-at-start = Sie sind schon am Anfang.

nav-next = Weiter ➡️
nav-back = ⬅️ Zurück
nav-menu = 🏠 Menü
nav-urgent = 🆘 Soforthilfe

verdict-likely = ✅ Wahrscheinlich
verdict-maybe = ❔ Vielleicht
verdict-unlikely = ❌ Eher nicht
check-line =
    { $verdict }: { $name }
    { $reason }
    👉 { $office }
check-line-short = { $verdict }: { $name } – { $reason }
check-group = { $verdict }:
check-item = • { $name } 👉 { $office }
check-item-monthly = • { $name }: { $monthly } im Monat 👉 { $office }
check-total = 💶 Zusammen etwa { $total } im Monat.
check-details = 🔎 Alle Einzelheiten
read-more = 📖 Weiterlesen ({ $page }/{ $pages })
read-first = ⬆️ Von vorn lesen
# Wörter für Alter in Wochen und Monaten und für ein Baby, durch Kommas getrennt: so schreiben Eltern das Alter ihres Kindes. Keine Sätze, nur Wörter (klein oder groß egal).
input-weeks = Woche, Wochen, Wo
input-months = Monat, Monate, Monaten, Mon
input-newborn = Baby, Neugeborenes, neugeboren, Säugling

summary-empty = Sie haben noch keine nächsten Schritte gesammelt. Wählen Sie im Menü ein Thema.
summary-item = ☐ { $item }
summary-for-office = 🇩🇪 Für das Amt: auf Deutsch
summary-office-heading = 🇩🇪 Für das Amt – meine nächsten Schritte:
outlook-none = Für die nächsten { $months } Monate sehe ich keine Änderung, die von selbst kommt.
