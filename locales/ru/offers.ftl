### Местные адреса помощи: что показывает шаг с адресами (карточки, «Ещё», «ничего не найдено»).
### Эти ID использует программа. Менять текст: да. Переименовывать ID: нет.

offers-found = { $total ->
    [1] 📋 Я знаю один подходящий адрес:
   *[other] 📋 Я знаю { $total } { $total ->
        [one] подходящий адрес
        [few] подходящих адреса
        [many] подходящих адресов
       *[other] подходящих адресов
    }. Вот { $shown ->
        [1] № { $from }:
       *[other] { $from }–{ $to }:
    }
}
offers-none = 📋 К сожалению, я пока не знаю такой помощи рядом с вами. Спросите в { -jobcenter(case: "loc", form: "long") } или в { -jugendamt(case: "loc", form: "long") }. Там знают, какая помощь есть поблизости.
offers-relaxed = ℹ️ Ни один адрес не подходит под все ваши ответы. Ближе всего вот эти:
offers-unavailable = ⚠️ Список адресов сейчас недоступен. Пожалуйста, попробуйте ещё раз позже.
offers-more = ➕ Ещё адреса
offers-near-saved = 📍 Спасибо! Теперь я сортирую адреса по расстоянию от вас.

offers-card-title = 📍 { $name } ({ $kind })
offers-card-provider = 🏢 { $provider }
offers-card-place = 🏠 { $place }
offers-card-distance = 📏 примерно { $km } км от вас
offers-card-hours = 🕐 { $hours }
offers-card-offhours = 🌙 Также: { $times }
offers-card-childcare = 🧸 Есть присмотр за детьми на это время
offers-card-languages = 🗣️ { $languages }
offers-card-cost = 💶 { $cost }
offers-card-phone = ☎️ { $phone }
offers-card-email = ✉️ { $email }
offers-card-web = 🌐 { $web }
offers-card-description = { $text }
offers-card-ask-first = ❔ { $what } – { $action }
offers-unconfirmed-both = Адрес и часы работы ещё не подтверждены
offers-unconfirmed-place = Адрес ещё не подтверждён
offers-unconfirmed-hours = Часы работы ещё не подтверждены
offers-ask-phone = пожалуйста, позвоните перед визитом.
offers-ask-web = пожалуйста, проверьте онлайн перед визитом.
offers-ask-other = пожалуйста, уточните перед визитом.
offers-card-checked = ✔️ Последняя проверка: { $date }

offers-offhours-early = рано утром
offers-offhours-late = вечером
offers-offhours-weekend = в выходные

offers-cost-free = бесплатно
offers-cost-reduced = дешевле при небольшом доходе
offers-cost-fee = платно

offers-kind-office = ведомство
offers-kind-counselling = консультация
offers-kind-course = курс
offers-kind-childcare = присмотр за детьми
offers-kind-family_centre = семейный центр
offers-kind-transport = транспорт
offers-kind-health_insurer = { -krankenkasse }
offers-kind-legal = юридическая помощь
offers-kind-hotline = телефон помощи
offers-kind-group = встречи
offers-kind-other = помощь

offers-day-mo = Пн
offers-day-tu = Вт
offers-day-we = Ср
offers-day-th = Чт
offers-day-fr = Пт
offers-day-sa = Сб
offers-day-su = Вс

## Тексты шагов с адресами в диалогах (dialogs/*.toml).

offers-opt-near = 📍 Адреса рядом со мной
offers-opt-near-courses = 📍 Курсы и консультации рядом
offers-opt-topic = ↩️ Назад к теме
offers-ask-postcode = 📮 Какой у вас почтовый индекс (Postleitzahl)? Тогда я сначала покажу адреса рядом с вами. Напишите 5 цифр, например 42103.
offers-postcode-error = Это не почтовый индекс. Пожалуйста, напишите 5 цифр, например 42103.
offers-opt-skip-postcode = Дальше без индекса
offers-ask-offhours = 🕐 Вам нужен присмотр за детьми в нестандартное время?
offers-offhours-opt-no = Нет, днём достаточно
offers-offhours-opt-early = Да, рано утром (до 8 часов)
offers-offhours-opt-late = Да, вечером (после 18 часов)
offers-offhours-opt-weekend = Да, в выходные
offers-ask-childcare = 🧸 Нужен ли вам присмотр за детьми, пока вы на курсе или на консультации?
offers-opt-childcare-yes = Да, с присмотром за детьми
offers-opt-childcare-no = Нет, не нужно
offers-money = 💬 Консультации и ведомства поблизости: деньги, алименты и заявления:
offers-childcare = 🧸 Присмотр за детьми, семейные центры и консультации поблизости:
offers-training = 📚 Курсы и консультации поблизости: язык, обучение и работа:
offers-mobility = 🚌 Билеты и транспорт поблизости:
