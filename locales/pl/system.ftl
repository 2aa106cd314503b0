### Teksty samego bota: nawigacja, wskazówki, pomoc, język, usuwanie.
### Program używa tych identyfikatorów. Tekst można zmieniać, identyfikatorów – nie.

lang-name = Polski

sys-welcome = 👋 Witamy w Wegweiser – przewodniku dla samotnych rodziców! Pokażę, jaka pomoc istnieje i gdzie ją dostać. Wystarczy naciskać przyciski.
sys-restarted = 🔄 Zaczynamy od nowa. Wcześniejsze odpowiedzi zostały usunięte.
sys-updated = ℹ️ Wegweiser został właśnie zaktualizowany. Proszę wybrać jeszcze raz w menu.
sys-unknown-link = ℹ️ Nie znam tego linku. Oto menu.

help-text =
    ❓ Jak działa Wegweiser:
    • Naciśnięcie przycisku prowadzi dalej.
    • ⬅️ Wstecz: jeden krok do tyłu.
    • 🏠 Menu: powrót do początku.
    • 🆘 Pilna pomoc: numery telefonów na nagłe sytuacje.
    Polecenia: /restart (zacząć od nowa), /language (język), /forget (usunąć wszystko, co zapisałem).
    Zapisuję tylko odpowiedzi, żeby można było później kontynuować.

lang-choose = 🌐 Proszę wybrać język:
lang-changed = ✅ Od teraz rozmawiam po polsku.
lang-unsupported = Niestety nie mam języka „{ $code }”. Proszę wybrać:

forget-confirm = 🗑️ Czy usunąć wszystko, co zapisałem (odpowiedzi i miejsce w rozmowie)?
forget-yes = Tak, usuń wszystko
forget-no = Nie, dalej
forget-done = ✅ Wszystko zostało usunięte. Poleceniem /start można w każdej chwili zacząć od nowa.

hint-use-buttons = Proszę nacisnąć jeden z przycisków (albo wpisać jego numer).
hint-empty = Wiadomość jest pusta. Proszę nacisnąć przycisk.
hint-unknown-command = Nie znam polecenia { $command }. Pomoc: /help.
hint-stale-button = Ten przycisk należy do starszej wiadomości. Tu jesteśmy teraz:
hint-at-start = To już jest początek.

nav-next = Dalej ➡️
nav-back = ⬅️ Wstecz
nav-menu = 🏠 Menu
nav-urgent = 🆘 Pilna pomoc

verdict-likely = ✅ Prawdopodobnie
verdict-maybe = ❔ Może
verdict-unlikely = ❌ Raczej nie
check-line =
    { $verdict }: { $name }
    { $reason }
    👉 { $office }
check-line-short = { $verdict }: { $name } – { $reason }
check-group = { $verdict }:
check-item = • { $name } 👉 { $office }
check-item-monthly = • { $name }: { $monthly } miesięcznie 👉 { $office }
check-total = 💶 Razem około { $total } miesięcznie.
check-details = 🔎 Wszystkie szczegóły
read-more = 📖 Czytaj dalej ({ $page }/{ $pages })
read-first = ⬆️ Od początku
input-weeks = tydzień, tygodnie, tygodni, tyg
input-months = miesiąc, miesiące, miesięcy, mies
input-newborn = niemowlę, noworodek, niemowlak

summary-empty = Nie ma jeszcze zebranych kolejnych kroków. Proszę wybrać temat w menu.
summary-item = ☐ { $item }
summary-for-office = 🇩🇪 Dla urzędu: po niemiecku
summary-office-heading = 🇩🇪 Dla urzędu – moje kolejne kroki:

outlook-none = W najbliższych { $months } miesiącach nie widzę zmian, które przyjdą same.
