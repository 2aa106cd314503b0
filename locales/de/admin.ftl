### Texte für die Koordinatorinnen und Koordinatoren des Netzwerks: Befehle, die nur in den
### Admin-Chats wirken (/reload, /status, /stats, /needs). Eltern sehen diese Texte nie.
### Der Code benutzt diese IDs. Text ändern: ja. ID umbenennen: nein.

## /reload und die Nachricht nach einer Änderung der Dateien
admin-reload-loaded = ✅ Neue Fassung der Dateien ist aktiv (Version { $version }). Laufende Gespräche gehen weiter.
admin-reload-unchanged = ✅ Die Dateien sind unverändert. Aktiv bleibt Version { $version }.
admin-reload-refused = ⛔ Die geänderten Dateien haben { $count ->
    [one] einen Fehler
   *[other] { $count } Fehler
}. Die letzte fehlerfreie Fassung bleibt aktiv. Bitte korrigieren:
admin-reload-unavailable = Dieser Bot läuft mit festen Dateien und kann nicht neu laden.
admin-more-lines = … und { $count } weitere. Alle zeigt: wegweiser check
## /status
admin-status = Aktive Version: { $version } (Texte: { $texts }), geladen am { $loaded }.
admin-status-last-none = Seit dem Start wurde nicht neu geladen.
admin-status-reloading = ⏳ Die Dateien werden gerade neu geladen (seit { $when }).
admin-reload-lines = Meldungen der Prüfung (technisch, auf Englisch):
admin-status-last-loaded = Letztes Neuladen ({ $when }): erfolgreich, Version { $version }.
admin-status-last-refused = Letztes Neuladen ({ $when }): abgelehnt, { $count ->
    [one] ein Fehler
   *[other] { $count } Fehler
}:
## /stats: anonyme Zählungen, Zahlen unter 5 erscheinen als „<5“
admin-stats-heading = 📊 Nutzung (anonym gezählt; Monate: { $months }). Schritte insgesamt: { $total }
admin-stats-visits = Meistbesuchte Schritte:
admin-stats-resting = Hier hören Gespräche auf (letzter Schritt):
admin-stats-restarts = Neu angefangen ab Schritt:
admin-stats-forgets = Gelöscht (/forget) bei Schritt:
admin-stats-none = (noch nichts)
admin-stats-off = Dieser Bot zählt nichts.
## /needs: Suchen nach Angeboten ohne Treffer
admin-needs-heading = 🔎 Gesucht, aber kein Angebot gefunden (Anzahl × Themen · Stadtteil · Sprache):
admin-needs-line = { $count } × { $topics } · { $district } · { $language } ({ $month })
admin-needs-none = Bisher hat jede Suche mindestens ein Angebot gefunden.
admin-district-unknown = Stadtteil unbekannt
admin-needs-outside = außerhalb der Netzwerke (PLZ { $area }…)
admin-scope = Netzwerk: { $networks }
