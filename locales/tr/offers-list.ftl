### Yerel hizmetler: listeler, daireler, çeviriler

offers-first = ⏮️ Listenin başına dön
offers-card-name-de = 🏷️ Almanca adı: { $name }
offers-card-info = ℹ️ { $text }
offers-card-in-german = 🇩🇪 (sadece Almanca) { $text }
offers-by-appointment = randevu ile
offers-office-open = 📍 { $office }: adres ve saatler
offers-office-none = 📋 Bu daire için henüz adres kayıtlı değil. Lütfen { -jobcenter } veya { -jugendamt } kurumuna sorunuz.
