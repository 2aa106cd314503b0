# Opieka nad dziećmi. Liczby i granice wieku pochodzą z dialogs/figures.toml.

cc-title = Opieka nad dziećmi

cc-start = 🧸 Opieka nad dziećmi. Czego potrzeba?

cc-opt-place = 🧸 { -kita } lub opiekunka dzienna
cc-opt-ganztag = 🏫 Szkoła całodzienna
cc-opt-offhours = ⏰ Zmiana ranna lub późna
cc-opt-sick = 🤒 Choroba lub nagła sytuacja
cc-opt-fees = 💶 { -kita } bez opłat
cc-opt-training = 🎓 Opieka w czasie nauki
cc-opt-how = 📝 Jak zapisać dziecko
cc-opt-to-training = 🎓 Nauka zawodu i praca
cc-opt-elterngeld = 🍼 { -elterngeld(form: "long") }
cc-opt-school-ticket = 🚸 Droga do szkoły
cc-opt-sick-child = 🤒 Dziecko jest chore
cc-opt-sick-parent = 🤕 Choroba rodzica / szpital

## Miejsce w Kita lub u opiekunki dziennej

cc-place-age = Ile lat ma dziecko, które potrzebuje miejsca?
cc-age-under1 =
    { $kita_right_age ->
        [one] Poniżej { $kita_right_age } roku
       *[other] Poniżej { $kita_right_age } lat
    }
cc-age-1-2 = 1 lub 2 lata
cc-age-3-school = Od 3 lat do szkoły
cc-age-school = Dziecko w wieku szkolnym

cc-place-under1 =
    👶 Dziecko jest w wieku poniżej { $kita_right_age ->
        [one] { $kita_right_age } roku
       *[other] { $kita_right_age } lat
    }.

    Prawo do miejsca w { -kita(form: "long") } lub u opiekunki dziennej ({ -kindertagespflege }) jest teraz tylko wtedy, gdy rodzic
    • pracuje,
    • szuka pracy,
    • uczy się zawodu albo
    • bierze udział w programie { -jobcenter(form: "long") } (na przykład w kursie).
    Od { $kita_right_age }. urodzin każde dziecko ma prawo do miejsca.

    📍 { -jugendamt(form: "long") } w mieście. Dziecko warto zapisać wcześnie – w { -nrw(form: "long") } co najmniej { $kita_notice_months ->
        [one] { $kita_notice_months } miesiąc
        [few] { $kita_notice_months } miesiące
       *[other] { $kita_notice_months } miesięcy
    } wcześniej.
    📄 Zaświadczenie o pracy, szukaniu pracy lub nauce zawodu.

cc-place-right =
    ✅ Dziecko ma prawo do miejsca opieki – nawet jeśli rodzic nie pracuje.
    Obowiązuje to od { $kita_right_age }. urodzin: w { -kita(form: "long") } lub w { -kindertagespflege(form: "long") }.

    📍 { -jugendamt(form: "long") } w mieście. W { -nrw(form: "long") }: zgłosić co najmniej { $kita_notice_months ->
        [one] { $kita_notice_months } miesiąc
        [few] { $kita_notice_months } miesiące
       *[other] { $kita_notice_months } miesięcy
    } wcześniej.

    💡 Warto zapisać dziecko do kilku { -kita } i zapytać { -jugendamt } także o opiekunkę dzienną.

cc-place-how =
    📝 Jak dostać miejsce:

    1. Zapisać dziecko: na portalu internetowym miasta (często „Kita-Navigator”) lub w { -jugendamt(form: "long") }. Najlepiej w kilku { -kita(form: "long") }.
    2. { -tagesmutter(form: "long") } lub Tagesvater: pośredniczy { -jugendamt }.
    3. Zgłosić się wcześnie: w { -nrw(form: "long") } co najmniej { $kita_notice_months ->
        [one] { $kita_notice_months } miesiąc
        [few] { $kita_notice_months } miesiące
       *[other] { $kita_notice_months } miesięcy
    } wcześniej.
    4. Nie ma oferty miejsca? Napisać do { -jugendamt }: „Ich beantrage einen Betreuungsplatz für mein Kind ab (Datum).” (Wnioskuję o miejsce opieki dla mojego dziecka od (data).) Zachować kopię.

    📄 Akt urodzenia, dowód osobisty. Dla dziecka poniżej { $kita_right_age ->
        [one] { $kita_right_age } roku
       *[other] { $kita_right_age } lat
    }: zaświadczenie o pracy, nauce zawodu lub szukaniu pracy.

## Szkoła podstawowa całodzienna

cc-ganztag =
    🏫 { -ganztag(form: "long") }

    Od { $ganztag_grade_from } istnieje prawo do miejsca całodziennego { $ganztag_grade ->
        [1] w klasie 1
       *[other] w klasach 1–{ $ganztag_grade }
    }. Co roku dochodzi jedna klasa, aż do klasy 4.
    To znaczy: { $ganztag_hours ->
        [one] { $ganztag_hours } godzina
        [few] { $ganztag_hours } godziny
       *[other] { $ganztag_hours } godzin
    } dziennie, od poniedziałku do piątku – także w ferie; zamknięte najwyżej { $ganztag_closing_days ->
        [one] { $ganztag_closing_days } dzień
       *[other] { $ganztag_closing_days } dni
    } w roku.

    📍 Na { -ganztag } zapisuje się dziecko w szkole podstawowej, najlepiej razem z zapisem do szkoły. W { -nrw(form: "long") } nazywa się to { -ogs(form: "long") }. Pytania: szkoła lub { -jugendamt(form: "long") }.
    💶 Opłaty: przy { -buergergeld(form: "long") }, { -wohngeld(form: "long") } lub { -kinderzuschlag(form: "long") } często zwolnienie.

## Zmiana ranna i późna

cc-offhours =
    ⏰ Zmiana ranna lub późna

    { -kita(form: "long") } jest zamknięta w godzinach pracy? Na wczesne i późne godziny często pomaga dodatkowo { -kindertagespflege(form: "long") }.
    Pośredniczy w tym { -jugendamt(form: "long") }. Nie każde miasto za to płaci – mimo to warto zapytać.

    📍 { -jugendamt } w mieście.
    📄 Zaświadczenie od pracodawcy z godzinami pracy albo grafik zmian.

    💡 Także { -bca(form: "long") } w { -jobcenter(form: "long") } pomaga samotnym rodzicom zaplanować pracę i opiekę.

## Choroba i nagła sytuacja

cc-sick = Kto jest chory?

cc-sick-child =
    🤒 Dziecko jest chore i trzeba zostać w domu?

    { -kinderkrankengeld(form: "long") } z { -krankenkasse(form: "long") }: samotni rodzice mają { $kkg_days_single ->
        [one] { $kkg_days_single } dzień roboczy
        [few] { $kkg_days_single } dni robocze
       *[other] { $kkg_days_single } dni roboczych
    } na dziecko w roku. Na wszystkie dzieci razem najwyżej { $kkg_days_single_max ->
        [one] { $kkg_days_single_max } dzień
       *[other] { $kkg_days_single_max } dni
    } (stan na { $kkg_days_single_from }).

    Jak to działa:
    1. Poprosić pediatrę o zaświadczenie „Kind krank” (dziecko chore).
    2. Od razu poinformować pracodawcę.
    3. Oddać zaświadczenie do { -krankenkasse }.

    📍 Własna { -krankenkasse }.

cc-sick-parent =
    🤕 Choroba rodzica albo pobyt w szpitalu?

    1. { -haushaltshilfe(form: "long") }: ktoś przychodzi i zajmuje się domem i dziećmi – jeśli w domu mieszka dziecko poniżej { $haushaltshilfe_age } lat. Musi ją zlecić lekarka lub lekarz.
    📍 { -krankenkasse(form: "long") } – ze zleceniem lekarskim.

    2. To nie wystarcza? { -jugendamt(form: "long") } w nagłej sytuacji pomaga w opiece nad dziećmi poniżej { $emergency_care_age } lat.
    📍 { -jugendamt } w mieście.

    🆘 Bezpośrednie zagrożenie: 110 lub 112.

## Opieka w czasie nauki zawodu

cc-training =
    🎓 Opieka w czasie nauki zawodu lub przekwalifikowania

    • Koszty: { -jobcenter(form: "long") } lub { -agentur-fuer-arbeit(form: "long") } płaci { $care_cost_training } na dziecko miesięcznie za opiekę.
    • Coaching z { -avgs(form: "long") }: mogą zostać pokryte koszty dojazdu i opieki.
    • Kurs niemieckiego: { -integrationskurs(form: "long") } dla rodziców, niektóre z opieką nad dziećmi (od { $ik_care_age_min } do { $ik_care_age_max } lat).
    • Miejsce: kto uczy się zawodu, ma prawo do miejsca także dla dziecka poniżej { $kita_right_age ->
        [one] { $kita_right_age } roku
       *[other] { $kita_right_age } lat
    }.

    📍 { -bca(form: "long") } w { -jobcenter } lub { -agentur-fuer-arbeit } – zapytać przed rozpoczęciem.

## Kolejne kroki

cc-todo-register =
    { -jugendamt(form: "long") } lub portal { -kita(form: "long") } miasta: zapisać dziecko do { -kita } lub opiekunki dziennej – w { -nrw(form: "long") } { $kita_notice_months ->
        [one] { $kita_notice_months } miesiąc
        [few] { $kita_notice_months } miesiące
       *[other] { $kita_notice_months } miesięcy
    } wcześniej.
cc-todo-register-under1 =
    Dla dziecka poniżej { $kita_right_age ->
        [one] { $kita_right_age } roku
       *[other] { $kita_right_age } lat
    }: zabrać zaświadczenie o pracy, nauce zawodu lub szukaniu pracy.
cc-todo-ganztag = Szkoła podstawowa: zgłosić dziecko do { -ogs(form: "long") } – najlepiej razem z zapisem do szkoły.
cc-todo-offhours = { -jugendamt(form: "long") }: zapytać o opiekunkę dzienną na zmianę ranną lub późną – zabrać grafik zmian lub zaświadczenie od pracodawcy.
cc-todo-kkg = Chore dziecko: poprosić pediatrę o zaświadczenie, poinformować pracodawcę, oddać zaświadczenie do { -krankenkasse(form: "long") }.
cc-todo-haushaltshilfe = { -krankenkasse(form: "long") }: złożyć wniosek o { -haushaltshilfe(form: "long") } – zabrać zlecenie od lekarza.
cc-todo-emergency-care = Gdy { -haushaltshilfe(form: "long") } nie wystarcza: poprosić { -jugendamt(form: "long") } o pomoc w opiece nad dziećmi.
cc-todo-training-care = { -jobcenter(form: "long") } lub { -agentur-fuer-arbeit(form: "long") }: złożyć wniosek o koszty opieki nad dziećmi w czasie nauki zawodu lub przekwalifikowania – przed rozpoczęciem.

cc-opt-change-age = ✏️ Wiek dziecka: { $child_age ->
        [0] poniżej 1 roku
       *[other] { $child_age }
    } – zmień
