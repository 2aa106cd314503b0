### Oferte locale: ce arată un pas cu oferte (carduri, „Mai multe”, „nu am găsit nimic”).
### Programul folosește aceste ID-uri. Textul se poate schimba, ID-urile nu.

offers-found = { $total ->
    [one] 📋 Cunosc o ofertă potrivită:
    [few] 📋 Cunosc { $total } oferte potrivite. { $shown ->
        [one] Iată nr. { $from }:
       *[other] Iată { $from }–{ $to }:
    }
   *[other] 📋 Cunosc { $total } de oferte potrivite. { $shown ->
        [one] Iată nr. { $from }:
       *[other] Iată { $from }–{ $to }:
    }
}
offers-none = 📋 Din păcate, nu cunosc încă nicio ofertă pentru asta în apropierea dumneavoastră. Întrebați la { -jobcenter(form: "long") } sau la { -jugendamt(form: "long") } – acolo se cunosc ofertele locale.
offers-relaxed = ℹ️ Nicio ofertă nu se potrivește cu toate răspunsurile dumneavoastră. Acestea sunt cele mai apropiate:
offers-unavailable = ⚠️ Lista de oferte nu este disponibilă acum. Vă rog să încercați din nou mai târziu.
offers-more = ➕ Mai multe oferte
offers-near-saved = 📍 Mulțumesc! Acum sortez ofertele după distanța față de locul dumneavoastră.

offers-card-title = 📍 { $name } ({ $kind })
offers-card-provider = 🏢 { $provider }
offers-card-place = 🏠 { $place }
offers-card-distance = 📏 la cca. { $km } km
offers-card-hours = 🕐 { $hours }
offers-card-offhours = 🌙 Și { $times }
offers-card-childcare = 🧸 Îngrijirea copiilor în timpul activității
offers-card-languages = 🗣️ { $languages }
offers-card-cost = 💶 { $cost }
offers-card-phone = ☎️ { $phone }
offers-card-email = ✉️ { $email }
offers-card-web = 🌐 { $web }
offers-card-description = { $text }
offers-card-ask-first = ❔ { $what } – { $action }
offers-unconfirmed-both = Adresa și programul nu sunt încă confirmate
offers-unconfirmed-place = Adresa nu este încă confirmată
offers-unconfirmed-hours = Programul nu este încă confirmat
offers-ask-phone = vă rugăm să sunați înainte să mergeți.
offers-ask-web = vă rugăm să verificați online înainte să mergeți.
offers-ask-other = vă rugăm să întrebați înainte să mergeți.
offers-card-checked = ✔️ Verificat ultima dată la { $date }

offers-offhours-early = dimineața devreme
offers-offhours-late = seara
offers-offhours-weekend = în weekend

offers-cost-free = gratuit
offers-cost-reduced = redus pentru venituri mici
offers-cost-fee = cu plată

offers-kind-office = oficiu
offers-kind-counselling = consiliere
offers-kind-course = curs
offers-kind-childcare = îngrijirea copiilor
offers-kind-family_centre = centru pentru familii
offers-kind-transport = transport
offers-kind-health_insurer = casă de asigurări de sănătate
offers-kind-legal = ajutor juridic
offers-kind-hotline = telefon
offers-kind-group = loc de întâlnire
offers-kind-other = ofertă

offers-day-mo = Lu
offers-day-tu = Ma
offers-day-we = Mi
offers-day-th = Jo
offers-day-fr = Vi
offers-day-sa = Sâ
offers-day-su = Du

## Textele pașilor cu oferte din dialoguri (dialogs/*.toml).

offers-opt-near = 📍 Oferte în apropiere
offers-opt-near-courses = 📍 Cursuri, consiliere aproape
offers-opt-topic = ↩️ Înapoi la temă
offers-ask-postcode = 📮 Care este codul dumneavoastră poștal? Atunci vă arăt întâi ofertele din apropiere. Scrieți cele 5 cifre, de ex. 42103.
offers-postcode-error = Acesta nu este un cod poștal. Vă rog să scrieți 5 cifre, de ex. 42103.
offers-opt-skip-postcode = Mai departe fără cod poștal
offers-ask-offhours = 🕐 Aveți nevoie de îngrijire în afara orelor obișnuite?
offers-offhours-opt-no = Nu, ziua ajunge
offers-offhours-opt-early = Da, dimineața (înainte de 8)
offers-offhours-opt-late = Da, seara (după ora 18)
offers-offhours-opt-weekend = Da, în weekend
offers-ask-childcare = 🧸 Aveți nevoie de îngrijire pentru copii cât timp participați la curs sau la consiliere?
offers-opt-childcare-yes = Da, cu îngrijirea copiilor
offers-opt-childcare-no = Nu, nu e nevoie
offers-money = 💬 Consiliere și oficii în apropiere despre bani, pensie alimentară și cereri:
offers-childcare = 🧸 Îngrijirea copiilor, centre pentru familii și consiliere în apropiere:
offers-training = 📚 Cursuri și consiliere în apropiere despre limbă, formare și loc de muncă:
offers-mobility = 🚌 Bilete și transport în apropiere:
