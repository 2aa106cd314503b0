### Местные предложения: списки, ведомства, переводы

offers-first = ⏮️ В начало списка
offers-card-name-de = 🏷️ По-немецки: { $name }
offers-card-info = ℹ️ { $text }
offers-card-in-german = 🇩🇪 (только по-немецки) { $text }
offers-by-appointment = по предварительной записи
offers-office-open = 📍 { $office }: адрес и часы работы
offers-office-none = 📋 Для этого ведомства адрес пока не внесён. Пожалуйста, спросите в { -jobcenter(case: "loc") } или в { -jugendamt(case: "loc") }.
