### Oferty lokalne: listy, urzędy, tłumaczenia

offers-first = ⏮️ Wróć na początek listy
offers-card-name-de = 🏷️ Po niemiecku: { $name }
offers-card-info = ℹ️ { $text }
offers-card-in-german = 🇩🇪 (tylko po niemiecku) { $text }
offers-by-appointment = po umówieniu wizyty
offers-office-open = 📍 { $office }: adres i godziny
offers-office-none = 📋 Dla tego urzędu nie wpisano jeszcze adresu. Prosimy zapytać w { -jobcenter } lub { -jugendamt }.
