### Texte pentru coordonatorii rețelei: comenzi care funcționează doar în chaturile de
### administrare (/reload, /status, /stats, /needs). Părinții nu văd niciodată aceste texte.

admin-reload-loaded = ✅ O nouă versiune a fișierelor este activă (versiunea { $version }). Conversațiile în curs continuă.
admin-reload-unchanged = ✅ Fișierele nu s-au schimbat. Rămâne activă versiunea { $version }.
admin-reload-refused = ⛔ Fișierele modificate au { $count ->
    [one] o eroare
    [few] { $count } erori
   *[other] { $count } de erori
}. Rămâne activă ultima versiune fără erori. Vă rugăm să corectați:
admin-reload-unavailable = Acest bot rulează cu fișiere fixe și nu poate reîncărca.
admin-more-lines = … și încă { $count }. Pentru toate: wegweiser check
admin-status = Versiunea activă: { $version } (texte: { $texts }), încărcată la { $loaded }.
admin-status-last-none = Nicio reîncărcare de la pornire.
admin-status-reloading = ⏳ Fișierele se reîncarcă chiar acum (din { $when }).
admin-reload-lines = Mesajele verificării (tehnice, în engleză):
admin-status-last-loaded = Ultima reîncărcare ({ $when }): reușită, versiunea { $version }.
admin-status-last-refused = Ultima reîncărcare ({ $when }): respinsă, { $count ->
    [one] o eroare
    [few] { $count } erori
   *[other] { $count } de erori
}:
admin-stats-heading = 📊 Utilizare (numărare anonimă; luni: { $months }). Pași în total: { $total }
admin-stats-visits = Pașii cei mai vizitați:
admin-stats-resting = Unde se opresc conversațiile (ultimul pas):
admin-stats-restarts = Reîncepute de la pasul:
admin-stats-forgets = Șterse (/forget) la pasul:
admin-stats-none = (încă nimic)
admin-stats-off = Acest bot nu numără nimic.
admin-needs-heading = 🔎 Căutat, dar nicio ofertă găsită (număr × teme · cartier · limbă):
admin-needs-line = { $count } × { $topics } · { $district } · { $language } ({ $month })
admin-needs-none = Până acum fiecare căutare a găsit cel puțin o ofertă.
admin-district-unknown = cartier necunoscut
admin-needs-outside = în afara rețelelor (cod poștal { $area }…)
admin-scope = Rețea: { $networks }
