### Lokalne oferty: co pokazuje krok z ofertami (karty, „Więcej”, „nic nie znaleziono”).
### Program używa tych identyfikatorów. Tekst można zmieniać, identyfikatorów – nie.

offers-found = { $total ->
    [one] 📋 Znam jedną pasującą ofertę:
    [few] 📋 Znam { $total } pasujące oferty. { $shown ->
        [one] Oto nr { $from }:
       *[other] Oto { $from }–{ $to }:
    }
   *[other] 📋 Znam { $total } pasujących ofert. { $shown ->
        [one] Oto nr { $from }:
       *[other] Oto { $from }–{ $to }:
    }
}
offers-none = 📋 Niestety nie znam jeszcze takiej oferty w okolicy. Warto zapytać w { -jobcenter(form: "long") } lub w { -jugendamt(form: "long") } – tam znają oferty na miejscu.
offers-relaxed = ℹ️ Żadna oferta nie pasuje do wszystkich odpowiedzi. Te są najbliżej:
offers-unavailable = ⚠️ Lista ofert jest teraz niedostępna. Proszę spróbować ponownie później.
offers-more = ➕ Więcej ofert
offers-near-saved = 📍 Dziękuję! Teraz sortuję oferty według odległości od podanej lokalizacji.

offers-card-title = 📍 { $name } ({ $kind })
offers-card-provider = 🏢 { $provider }
offers-card-place = 🏠 { $place }
offers-card-distance = 📏 odległość ok. { $km } km
offers-card-hours = 🕐 { $hours }
offers-card-offhours = 🌙 Także { $times }
offers-card-childcare = 🧸 Opieka nad dziećmi w czasie zajęć
offers-card-languages = 🗣️ { $languages }
offers-card-cost = 💶 { $cost }
offers-card-phone = ☎️ { $phone }
offers-card-email = ✉️ { $email }
offers-card-web = 🌐 { $web }
offers-card-description = { $text }
offers-card-ask-first = ❔ { $what } – { $action }
offers-unconfirmed-both = Adres i godziny otwarcia nie są jeszcze potwierdzone
offers-unconfirmed-place = Adres nie jest jeszcze potwierdzony
offers-unconfirmed-hours = Godziny otwarcia nie są jeszcze potwierdzone
offers-ask-phone = przed wizytą proszę zadzwonić.
offers-ask-web = przed wizytą proszę sprawdzić w internecie.
offers-ask-other = przed wizytą proszę zapytać.
offers-card-checked = ✔️ Ostatnio sprawdzone: { $date }

offers-offhours-early = wcześnie rano
offers-offhours-late = wieczorem
offers-offhours-weekend = w weekend

offers-cost-free = bezpłatnie
offers-cost-reduced = zniżka przy niskim dochodzie
offers-cost-fee = płatne

offers-kind-office = urząd
offers-kind-counselling = poradnia
offers-kind-course = kurs
offers-kind-childcare = opieka nad dziećmi
offers-kind-family_centre = centrum rodzinne
offers-kind-transport = mobilność
offers-kind-health_insurer = kasa chorych
offers-kind-legal = pomoc prawna
offers-kind-hotline = telefon
offers-kind-group = miejsce spotkań
offers-kind-other = oferta

offers-day-mo = pon
offers-day-tu = wt
offers-day-we = śr
offers-day-th = czw
offers-day-fr = pt
offers-day-sa = sob
offers-day-su = niedz

## Teksty kroków z ofertami w dialogach (dialogs/*.toml).

offers-opt-near = 📍 Oferty w pobliżu
offers-opt-near-courses = 📍 Kursy i porady w pobliżu
offers-opt-topic = ↩️ Powrót do tematu
offers-ask-postcode = 📮 Jaki jest kod pocztowy? Wtedy najpierw pokażę oferty w pobliżu. Proszę wpisać 5 cyfr, np. 42103.
offers-postcode-error = To nie jest kod pocztowy. Proszę wpisać 5 cyfr, np. 42103.
offers-opt-skip-postcode = Dalej bez kodu pocztowego
offers-ask-offhours = 🕐 Czy potrzebna jest opieka poza zwykłymi godzinami?
offers-offhours-opt-no = Nie, w dzień wystarczy
offers-offhours-opt-early = Tak, rano (przed 8:00)
offers-offhours-opt-late = Tak, wieczorem (po 18:00)
offers-offhours-opt-weekend = Tak, w weekend
offers-ask-childcare = 🧸 Czy potrzebna jest opieka nad dziećmi w czasie kursu lub porady?
offers-opt-childcare-yes = Tak, z opieką nad dziećmi
offers-opt-childcare-no = Nie, niepotrzebna
offers-money = 💬 Porady i urzędy w pobliżu w sprawie pieniędzy, alimentów i wniosków:
offers-childcare = 🧸 Opieka nad dziećmi, centra rodzinne i porady w pobliżu:
offers-training = 📚 Kursy i porady w pobliżu: język, nauka zawodu i praca:
offers-mobility = 🚌 Bilety i mobilność w pobliżu:
