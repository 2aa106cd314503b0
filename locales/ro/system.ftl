### Textele botului: navigare, indicații, ajutor, limbă, ștergere.
### Programul folosește aceste ID-uri. Textul se poate schimba, ID-urile nu.

lang-name = Română

sys-welcome = 👋 Bun venit la Wegweiser, ghidul pentru părinții singuri! Vă arăt ce ajutoare există și unde le puteți obține. Apăsați pur și simplu pe butoane.
sys-restarted = 🔄 O luăm de la capăt. Răspunsurile de până acum au fost șterse.
sys-updated = ℹ️ Wegweiser tocmai a fost actualizat. Vă rog să alegeți din nou din meniu.
sys-unknown-link = ℹ️ Nu cunosc acest link. Iată meniul.

help-text =
    ❓ Cum funcționează Wegweiser:
    • Apăsați pe un buton ca să mergeți mai departe.
    • ⬅️ Înapoi: un pas înapoi.
    • 🏠 Meniu: înapoi la început.
    • 🆘 Ajutor urgent: numere de telefon pentru urgențe.
    Comenzi: /restart (de la capăt), /language (limba), /forget (șterge tot ce am salvat despre dumneavoastră).
    Salvez doar răspunsurile dumneavoastră, ca să puteți continua mai târziu.

lang-choose = 🌐 Vă rog să alegeți limba:
lang-changed = ✅ De acum vorbesc cu dumneavoastră în limba română.
lang-unsupported = Din păcate, nu am limba „{ $code }”. Vă rog să alegeți:

forget-confirm = 🗑️ Să șterg tot ce am salvat despre dumneavoastră (răspunsurile și locul din conversație)?
forget-yes = Da, șterge tot
forget-no = Nu, continuă
forget-done = ✅ Totul a fost șters. Cu /start puteți începe din nou oricând.

hint-use-buttons = Vă rog să apăsați pe unul dintre butoane (sau să scrieți numărul lui).
hint-empty = Mesajul dumneavoastră este gol. Vă rog să apăsați pe un buton.
hint-unknown-command = Nu cunosc comanda { $command }. Pentru ajutor: /help.
hint-stale-button = Acest buton ține de un mesaj mai vechi. Iată unde sunteți acum:
hint-at-start = Sunteți deja la început.

nav-next = Mai departe ➡️
nav-back = ⬅️ Înapoi
nav-menu = 🏠 Meniu
nav-urgent = 🆘 Ajutor urgent

verdict-likely = ✅ Probabil
verdict-maybe = ❔ Poate
verdict-unlikely = ❌ Mai degrabă nu
check-line =
    { $verdict }: { $name }
    { $reason }
    👉 { $office }
check-line-short = { $verdict }: { $name } – { $reason }
check-group = { $verdict }:
check-item = • { $name } 👉 { $office }
check-item-monthly = • { $name }: { $monthly } pe lună 👉 { $office }
check-total = 💶 În total, aproximativ { $total } pe lună.
check-details = 🔎 Toate detaliile
read-more = 📖 Citiți mai departe ({ $page }/{ $pages })
read-first = ⬆️ De la început
input-weeks = săptămână, săptămâni, săpt
input-months = lună, luni
input-newborn = bebeluș, nou-născut, bebe, sugar

summary-empty = Încă nu ați adunat pași următori. Alegeți o temă din meniu.
summary-item = ☐ { $item }
summary-for-office = 🇩🇪 Pentru oficiu: în germană
summary-office-heading = 🇩🇪 Pentru oficiu – pașii mei următori:

outlook-none = În următoarele { $months } luni nu văd nicio schimbare care să vină de la sine.
