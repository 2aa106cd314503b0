### Місцеві пропозиції: списки, установи, переклади

offers-first = ⏮️ На початок списку
offers-card-name-de = 🏷️ Німецькою: { $name }
offers-card-info = ℹ️ { $text }
offers-card-in-german = 🇩🇪 (лише німецькою) { $text }
offers-by-appointment = за попереднім записом
offers-office-open = 📍 { $office }: адреса та години роботи
offers-office-none = 📋 Для цієї установи ще не внесено адресу. Будь ласка, запитайте в { -jobcenter } або { -jugendamt }.
