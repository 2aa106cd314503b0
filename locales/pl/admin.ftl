### Teksty dla koordynatorów sieci: polecenia działające tylko w czatach administratorów
### (/reload, /status, /stats, /needs). Rodzice nigdy nie widzą tych tekstów.

admin-reload-loaded = ✅ Nowa wersja plików jest aktywna (wersja { $version }). Trwające rozmowy są kontynuowane.
admin-reload-unchanged = ✅ Pliki się nie zmieniły. Aktywna pozostaje wersja { $version }.
admin-reload-refused = ⛔ Zmienione pliki mają { $count ->
    [one] jeden błąd
    [few] { $count } błędy
   *[other] { $count } błędów
}. Aktywna pozostaje ostatnia wersja bez błędów. Proszę poprawić:
admin-reload-unavailable = Ten bot działa na stałych plikach i nie może ich ponownie wczytać.
admin-more-lines = … i { $count } więcej. Wszystkie pokazuje: wegweiser check
admin-status = Aktywna wersja: { $version } (teksty: { $texts }), wczytana { $loaded }.
admin-status-last-none = Od startu nie było ponownego wczytania.
admin-status-reloading = ⏳ Pliki są właśnie wczytywane ponownie (od { $when }).
admin-reload-lines = Komunikaty kontroli (techniczne, po angielsku):
admin-status-last-loaded = Ostatnie wczytanie ({ $when }): udane, wersja { $version }.
admin-status-last-refused = Ostatnie wczytanie ({ $when }): odrzucone, { $count ->
    [one] jeden błąd
    [few] { $count } błędy
   *[other] { $count } błędów
}:
admin-stats-heading = 📊 Użycie (liczone anonimowo; miesiące: { $months }). Kroków łącznie: { $total }
admin-stats-visits = Najczęściej odwiedzane kroki:
admin-stats-resting = Gdzie kończą się rozmowy (ostatni krok):
admin-stats-restarts = Zaczęto od nowa od kroku:
admin-stats-forgets = Usunięto (/forget) na kroku:
admin-stats-none = (jeszcze nic)
admin-stats-off = Ten bot niczego nie liczy.
admin-needs-heading = 🔎 Szukano, ale nie znaleziono oferty (liczba × tematy · dzielnica · język):
admin-needs-line = { $count } × { $topics } · { $district } · { $language } ({ $month })
admin-needs-none = Jak dotąd każde wyszukiwanie znalazło co najmniej jedną ofertę.
admin-district-unknown = dzielnica nieznana
admin-needs-outside = poza sieciami (kod pocztowy { $area }…)
admin-scope = Sieć: { $networks }
