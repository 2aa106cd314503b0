### Местные предложения: списки, ведомства, переводы

offers-first = ⏮️ В начало списка
offers-card-name-de = 🏷️ По-немецки: { $name }
offers-card-info = ℹ️ { $text }
offers-card-in-german = 🇩🇪 (только по-немецки) { $text }
offers-by-appointment = по предварительной записи
offers-office-open = 📍 Адрес: { $office }
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
offers-office-none = 📋 Для этого ведомства адрес пока не внесён. Пожалуйста, спросите в { -jobcenter(case: "loc") } или в { -jugendamt(case: "loc") }.
