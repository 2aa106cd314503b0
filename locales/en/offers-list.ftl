### Local offers: lists, offices, translations

offers-first = ⏮️ Back to the start of the list
offers-card-name-de = 🏷️ In German: { $name }
offers-card-info = ℹ️ { $text }
offers-card-in-german = 🇩🇪 (only in German) { $text }
offers-by-appointment = by appointment
offers-office-open = 📍 { $office }: address and hours
offers-office-none = 📋 No address is listed for this office yet. Please ask at the { -jobcenter } or { -jugendamt }.
