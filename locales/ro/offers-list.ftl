### Oferte locale: liste, instituții, traduceri

offers-first = ⏮️ Înapoi la începutul listei
offers-card-name-de = 🏷️ În germană: { $name }
offers-card-info = ℹ️ { $text }
offers-card-in-german = 🇩🇪 (doar în germană) { $text }
offers-by-appointment = cu programare
offers-office-open = 📍 { $office }: adresă și program
offers-office-none = 📋 Pentru această instituție nu este încă trecută o adresă. Vă rugăm să întrebați la { -jobcenter } sau la { -jugendamt }.
