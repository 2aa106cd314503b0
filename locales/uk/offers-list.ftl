### Місцеві пропозиції: списки, установи, переклади

offers-first = ⏮️ На початок списку
offers-card-name-de = 🏷️ Німецькою: { $name }
offers-card-info = ℹ️ { $text }
offers-card-in-german = 🇩🇪 (лише німецькою) { $text }
offers-by-appointment = за попереднім записом
offers-office-open = 📍 Адреса: { $office }
# Назва установи на кнопці — як на вивісці, німецькою: кнопка вміщує лише ~40 знаків, а пояснення є в картці.
offers-office-name-jobcenter = Jobcenter
offers-office-name-bca = BCA
offers-office-name-agentur = Agentur für Arbeit
offers-office-name-jugendamt = Jugendamt
offers-office-name-uvg = Unterhaltsvorschussstelle
offers-office-name-beistandschaft = Beistandschaft
offers-office-name-kita-placement = Jugendamt
offers-office-name-familienkasse = Familienkasse
offers-office-name-wohngeld = Wohngeldstelle
offers-office-name-elterngeld = Elterngeldstelle
offers-office-name-standesamt = Standesamt
offers-office-name-amtsgericht = Amtsgericht
offers-office-name-vhs = VHS
offers-office-name-migration-advice = MBE
offers-office-name-finanzamt = Finanzamt
offers-office-name-sozialamt = Sozialamt
offers-office-name-but = Bildung und Teilhabe
offers-office-none = 📋 Для цієї установи ще не внесено адресу. Будь ласка, запитайте в { -jobcenter } або { -jugendamt }.
