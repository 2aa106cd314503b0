### Місцеві пропозиції: що показує крок із пропозиціями (картки, «Більше», «нічого не знайдено»).
### Ці id використовує програмний код. Змінювати текст: так. Перейменовувати id: ні.

offers-found = { $total ->
    [1] 📋 Я знаю одну відповідну пропозицію:
   *[other] 📋 Я знаю { $total } { $total ->
        [one] відповідну пропозицію
        [few] відповідні пропозиції
        [many] відповідних пропозицій
       *[other] відповідної пропозиції
    }. Ось { $shown ->
        [one] № { $from }:
       *[other] { $from }–{ $to }:
    }
}
offers-none = 📋 На жаль, я ще не знаю такої пропозиції поблизу від вас. Запитайте в { -jobcenter(case: "loc", form: "long") } або в { -jugendamt(case: "loc", form: "long") }. Там знають місцеві пропозиції.
offers-relaxed = ℹ️ Жодна пропозиція не підходить під усі ваші відповіді. Ці – найближчі:
offers-unavailable = ⚠️ Список пропозицій зараз недоступний. Будь ласка, спробуйте ще раз пізніше.
offers-more = ➕ Більше пропозицій
offers-near-saved = 📍 Дякую! Тепер я сортую пропозиції за відстанню від вас.

offers-card-title = 📍 { $name } ({ $kind })
offers-card-provider = 🏢 { $provider }
offers-card-place = 🏠 { $place }
offers-card-distance = 📏 приблизно { $km } км звідси
offers-card-hours = 🕐 { $hours }
offers-card-offhours = 🌙 Також { $times }
offers-card-childcare = 🧸 Догляд за дітьми, поки ви на занятті чи консультації
offers-card-languages = 🗣️ { $languages }
offers-card-cost = 💶 { $cost }
offers-card-phone = ☎️ { $phone }
offers-card-email = ✉️ { $email }
offers-card-web = 🌐 { $web }
offers-card-description = { $text }
offers-card-ask-first = ❔ { $what } – { $action }
offers-unconfirmed-both = Адресу й години роботи ще не підтверджено
offers-unconfirmed-place = Адресу ще не підтверджено
offers-unconfirmed-hours = Години роботи ще не підтверджено
offers-ask-phone = будь ласка, зателефонуйте перед візитом.
offers-ask-web = будь ласка, перевірте онлайн перед візитом.
offers-ask-other = будь ласка, уточніть перед візитом.
offers-card-checked = ✔️ Востаннє перевірено { $date }

offers-offhours-early = рано-вранці
offers-offhours-late = увечері
offers-offhours-weekend = у вихідні

offers-cost-free = безкоштовно
offers-cost-reduced = дешевше, якщо дохід низький
offers-cost-fee = платно

offers-kind-office = відомство
offers-kind-counselling = консультація
offers-kind-course = курс
offers-kind-childcare = догляд за дітьми
offers-kind-family_centre = сімейний центр
offers-kind-transport = транспорт
offers-kind-health_insurer = { -krankenkasse }
offers-kind-legal = юридична допомога
offers-kind-hotline = телефонна лінія
offers-kind-group = зустрічі
offers-kind-other = пропозиція

offers-day-mo = Пн
offers-day-tu = Вт
offers-day-we = Ср
offers-day-th = Чт
offers-day-fr = Пт
offers-day-sa = Сб
offers-day-su = Нд

## Тексти кроків із пропозиціями в діалогах (dialogs/*.toml).

offers-opt-near = 📍 Пропозиції поблизу
offers-opt-near-courses = 📍 Курси й консультації поблизу
offers-opt-topic = ↩️ Назад до теми
offers-ask-postcode = 📮 Який ваш поштовий індекс? Тоді я спершу покажу пропозиції поблизу. Напишіть 5 цифр, напр. 42103.
offers-postcode-error = Це не поштовий індекс. Будь ласка, напишіть 5 цифр, напр. 42103.
offers-opt-skip-postcode = Далі без індексу
offers-ask-offhours = 🕐 Вам потрібен догляд за дитиною поза звичайним часом?
offers-offhours-opt-no = Ні, вдень достатньо
offers-offhours-opt-early = Так, рано-вранці (до 8:00)
offers-offhours-opt-late = Так, увечері (після 18:00)
offers-offhours-opt-weekend = Так, у вихідні
offers-ask-childcare = 🧸 Вам потрібен догляд за дитиною, поки ви на курсі чи консультації?
offers-opt-childcare-yes = Так, з доглядом за дитиною
offers-opt-childcare-no = Ні, не потрібно
offers-money = 💬 Консультації та відомства поблизу щодо грошей, аліментів і заяв:
offers-childcare = 🧸 Догляд за дітьми, сімейні центри та консультації поблизу:
offers-training = 📚 Курси й консультації поблизу щодо мови, навчання і роботи:
offers-mobility = 🚌 Квитки й транспорт поблизу:
