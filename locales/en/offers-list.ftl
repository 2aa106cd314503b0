### Local offers: lists, offices, translations

offers-first = ⏮️ Back to the start of the list
offers-card-name-de = 🏷️ In German: { $name }
offers-card-info = ℹ️ { $text }
offers-card-in-german = 🇩🇪 (only in German) { $text }
offers-by-appointment = by appointment
offers-office-open = 📍 Address: { $office }
offers-office-name-jobcenter = { -jobcenter(form: "bare") }
offers-office-name-bca = { -bca(form: "bare") }
offers-office-name-agentur = { -agentur-fuer-arbeit(form: "bare") }
offers-office-name-jugendamt = { -jugendamt(form: "bare") }
offers-office-name-uvg = { -unterhaltsvorschussstelle(form: "bare") }
offers-office-name-beistandschaft = { -beistandschaft(form: "bare") }
offers-office-name-kita-placement = { -jugendamt(form: "bare") }
offers-office-name-familienkasse = { -familienkasse(form: "bare") }
offers-office-name-wohngeld = { -wohngeldstelle(form: "bare") }
offers-office-name-elterngeld = { -elterngeldstelle(form: "bare") }
offers-office-name-standesamt = { -standesamt(form: "bare") }
offers-office-name-amtsgericht = { -amtsgericht(form: "bare") }
offers-office-name-vhs = { -vhs(form: "bare") }
offers-office-name-migration-advice = { -mbe(form: "bare") }
offers-office-name-finanzamt = { -finanzamt(form: "bare") }
offers-office-name-sozialamt = { -sozialamt(form: "bare") }
offers-office-name-but = { -bildung-und-teilhabe(form: "bare") }
offers-office-none = 📋 No address is listed for this office yet. Please ask at the { -jobcenter } or { -jugendamt }.
