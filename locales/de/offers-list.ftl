### Lokale Angebote: Listen, Ämter, Übersetzungen

offers-first = ⏮️ Zurück zum Anfang der Liste
offers-card-name-de = 🏷️ Auf Deutsch: { $name }
offers-card-info = ℹ️ { $text }
offers-card-in-german = 🇩🇪 (nur auf Deutsch) { $text }
offers-by-appointment = nach Vereinbarung
offers-office-open = 📍 { $office }: Adresse und Zeiten
offers-office-none = 📋 Für dieses Amt ist noch keine Adresse eingetragen. Fragen Sie beim Jobcenter oder Jugendamt nach.
