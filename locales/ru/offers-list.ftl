### Местные предложения: списки, ведомства, переводы

offers-first = ⏮️ В начало списка
offers-card-name-de = 🏷️ По-немецки: { $name }
offers-card-info = ℹ️ { $text }
offers-card-in-german = 🇩🇪 (только по-немецки) { $text }
offers-by-appointment = по предварительной записи
offers-office-open = 📍 Адрес: { $office }
# Название ведомства на кнопке — как на вывеске, по-немецки: кнопка вмещает только ~40 знаков, а пояснение есть в карточке.
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
offers-office-none = 📋 Для этого ведомства адрес пока не внесён. Пожалуйста, спросите в { -jobcenter(case: "loc") } или в { -jugendamt(case: "loc") }.
