### Local offers: what an offers step shows (cards, "more", "nothing found").
### The program uses these ids. Change the text: yes. Rename an id: no.

offers-found = { $total ->
    [one] 📋 I know one matching offer:
   *[other] 📋 I know { $total } matching offers. Here { $shown ->
        [one] is no. { $from }:
       *[other] are { $from }–{ $to }:
    }
}
offers-none = 📋 Sorry, I don't know an offer for this near you yet. Feel free to ask the { -jobcenter(form: "long") } or the { -jugendamt(form: "long") }. They know the local offers.
offers-relaxed = ℹ️ No offer fits everything you told me. These come closest:
offers-unavailable = ⚠️ The list of offers cannot be reached right now. Please try again later.
offers-more = ➕ More offers
offers-near-saved = 📍 Thank you! I now sort offers by distance from your location.

offers-card-title = 📍 { $name } ({ $kind })
offers-card-provider = 🏢 { $provider }
offers-card-place = 🏠 { $place }
offers-card-distance = 📏 about { $km } km away
offers-card-hours = 🕐 { $hours }
offers-card-offhours = 🌙 Also { $times }
offers-card-childcare = 🧸 Childcare while you take part
offers-card-languages = 🗣️ { $languages }
offers-card-cost = 💶 { $cost }
offers-card-phone = ☎️ { $phone }
offers-card-email = ✉️ { $email }
offers-card-web = 🌐 { $web }
offers-card-description = { $text }
offers-card-ask-first = ❔ { $what } – { $action }
offers-unconfirmed-both = Address and opening hours not confirmed yet
offers-unconfirmed-place = Address not confirmed yet
offers-unconfirmed-hours = Opening hours not confirmed yet
offers-ask-phone = please call before you go.
offers-ask-web = please check online before you go.
offers-ask-other = please ask before you go.
offers-card-checked = ✔️ Last checked on { $date }

offers-offhours-early = early in the morning
offers-offhours-late = in the evening
offers-offhours-weekend = at weekends

offers-cost-free = free of charge
offers-cost-reduced = cheaper if you have a low income
offers-cost-fee = costs money

offers-kind-office = public office
offers-kind-counselling = counselling
offers-kind-course = course
offers-kind-childcare = childcare
offers-kind-family_centre = family centre
offers-kind-transport = transport
offers-kind-health_insurer = health insurer
offers-kind-legal = legal help
offers-kind-hotline = phone line
offers-kind-group = meeting place
offers-kind-other = offer

offers-day-mo = Mon
offers-day-tu = Tue
offers-day-we = Wed
offers-day-th = Thu
offers-day-fr = Fri
offers-day-sa = Sat
offers-day-su = Sun

## Texts of the offers steps in the dialogs (dialogs/*.toml).

offers-opt-near = 📍 Offers near me
offers-opt-near-courses = 📍 Courses and advice near me
offers-opt-topic = ↩️ Back to the topic
offers-ask-postcode = 📮 What is your postcode? Then I will show you offers near you first. Type the 5 digits, for example 42103.
offers-postcode-error = That is not a postcode. Please type 5 digits, e.g. 42103.
offers-opt-skip-postcode = Continue without a postcode
offers-ask-offhours = 🕐 Do you need childcare outside the usual hours?
offers-offhours-opt-no = No, daytime is enough
offers-offhours-opt-early = Yes, early in the morning (before 8 am)
offers-offhours-opt-late = Yes, in the evening (after 6 pm)
offers-offhours-opt-weekend = Yes, at weekends
offers-ask-childcare = 🧸 Do you need childcare while you take part in a course or counselling?
offers-opt-childcare-yes = Yes, with childcare
offers-opt-childcare-no = No, not needed
offers-money = 💬 Counselling and offices near you for money, maintenance and applications:
offers-childcare = 🧸 Childcare, family centres and counselling near you:
offers-training = 📚 Courses and advice near you on language, training and work:
offers-mobility = 🚌 Tickets and transport near you:
