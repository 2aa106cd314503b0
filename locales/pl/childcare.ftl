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

    📍 { -jugendamt(form: "long") } w mieście. Dziecko warto zapisać wcześnie.
    📄 Zaświadczenie o pracy, szukaniu pracy lub nauce zawodu.

cc-place-right =
    ✅ Dziecko ma prawo do miejsca opieki – nawet jeśli rodzic nie pracuje.
    Obowiązuje to od { $kita_right_age }. urodzin: w { -kita(form: "long") } lub w { -kindertagespflege(form: "long") }.

    📍 { -jugendamt(form: "long") } w mieście. Dziecko warto zapisać wcześnie.

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
## Zasady krajów związkowych (land: NW, BE, NI)

cc-place-how-be =
    📝 Jak dostać miejsce w Berlinie:

    1. Złóż wniosek o { -kita-gutschein } w { -jugendamt }: { $be_kita_apply_months_max } do { $be_kita_apply_months_min } miesięcy przed startem. Można też online.
    2. Z bonem zapisz dziecko do { -kita }. Pytaj w kilku.
    3. Od { $kita_right_age }. roku życia: do { $be_kita_hours } godzin dziennie bez zaświadczenia. Na więcej godzin potrzebne jest zaświadczenie, np. od pracodawcy.

    📄 Akt urodzenia, dokument tożsamości, zaświadczenie o meldunku (Meldebescheinigung).

cc-place-how-ni =
    📝 Jak dostać miejsce w powiecie Cloppenburg:

    1. { -kita } należą do Twojej gminy (Gemeinde). Zapisz dziecko online na portalu „Little Bird”.
    2. ⏰ Do 31 stycznia – na miejsce od 1 sierpnia. Możesz podać do 3 wyborów.
    3. Brak miejsca? Prawo do miejsca przysługuje wobec powiatu (Landkreis). Napisz do { -jugendamt } w starostwie.

    📄 Akt urodzenia, dokument tożsamości.

cc-ganztag-be =
    🏫 Opieka całodzienna w szkole podstawowej w Berlinie

    Wszystkie szkoły podstawowe są całodzienne. Opieka przed lekcjami i po nich to eFöB ({ -hort }).
    • Klasy 1–{ $be_efoeb_free_grade }: bezpłatnie, bez zaświadczeń, od 7:30 do 16:00.
    • Od klasy 4 wniosek składa się ponownie.
    • Obiad: bezpłatny do klasy { $be_lunch_free_grade }.

    📍 { -jugendamt }: wniosek co najmniej { $be_efoeb_notice_months } miesiące wcześniej – najlepiej razem z zapisem do szkoły.

cc-ganztag-ni =
    🏫 Opieka całodzienna w szkole podstawowej w Dolnej Saksonii

    Od { $ni_ganztag_grade_from } istnieje prawo do miejsca w szkole całodziennej (Ganztagsschule) – najpierw dla klasy 1, co roku o jedną klasę więcej.
    To { $ganztag_hours } godzin dziennie, od poniedziałku do piątku. W ferie zamknięte najwyżej { $ni_ganztag_closed_weeks } tygodnie.
    „Niezawodna szkoła podstawowa” (Verlässliche Grundschule) opiekuje się dziećmi co najmniej { $ni_vgs_hours } godzin dziennie.
    💶 Szkoła całodzienna jest zwykle bezpłatna. Obiad kosztuje dodatkowo. { -hort } może pobierać opłaty.

    📍 Zapytaj o opiekę całodzienną przy zapisie do szkoły.

cc-todo-register-be = { -jugendamt }: złożyć wniosek o { -kita-gutschein } – { $be_kita_apply_months_max } do { $be_kita_apply_months_min } miesięcy przed startem.
cc-todo-register-ni = Gmina: zapisać dziecko przez „Little Bird” do { -kita } lub żłobka (Krippe) – do 31 stycznia.
cc-todo-ganztag-be = { -jugendamt }: złożyć wniosek o eFöB ({ -hort }) – co najmniej { $be_efoeb_notice_months } miesiące wcześniej, z zapisem do szkoły.
cc-todo-ganztag-ni = Szkoła podstawowa: przy zapisie zapytać o miejsce w szkole całodziennej.

cc-opt-fee-waiver = 💶 Bez opłat przy świadczeniach

cc-fees-nw =
    🧸 Opłaty za { -kita } w { -nrw(form: "long") }

    Ostatnie { $nw_kita_free_years } lata w { -kita } przed szkołą są bezpłatne. Dziecko skończy 4 lata do 30 września? Wtedy od sierpnia do szkoły nic nie płacisz.
    Za młodsze dzieci opłaty zależą od dochodu. Ustala je miasto.
    Przy { -buergergeld }, { -sozialhilfe }, { -kinderzuschlag } lub { -wohngeld } nie płacisz.

cc-fees-be =
    🧸 Opłaty za { -kita } w Berlinie

    W Berlinie { -kita } jest bezpłatna dla wszystkich dzieci.
    Płacisz tylko część za obiad. Może ją też pokryć { -bildung-und-teilhabe }.

cc-fees-ni =
    🧸 Opłaty za { -kita } w Dolnej Saksonii

    Przedszkole jest bezpłatne: od miesiąca, w którym dziecko kończy { $ni_kita_free_age } lata, do szkoły – do { $ni_kita_free_hours } godzin dziennie, 5 dni w tygodniu.
    Żłobek (Krippe, poniżej { $ni_kita_free_age } lat) i { -hort } są płatne. Opłaty zależą od dochodu. { -jugendamt } może je przejąć.
    Posiłki są płatne osobno.
