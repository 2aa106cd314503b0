# Pieniądze i świadczenia: poszczególne świadczenia i sprawdzenie „Co mi przysługuje?”.
# Kwoty pochodzą z dialogs/figures.toml – nigdy nie wpisywać tu kwot.
# Nazwy urzędów i świadczeń zostają po niemiecku (tak są na formularzach); wyjaśnienie w nawiasie.

money-title = Pieniądze i świadczenia

money-start =
    💶 Pieniądze dla rodzica i dzieci.

    Najszybciej: sprawdzenie „Co mi przysługuje?” – 5 krótkich pytań.
    Można też przejrzeć poszczególne świadczenia.

money-opt-check = ✅ Co mi przysługuje?
money-opt-group-children = 👶 Pieniądze na dzieci
money-opt-group-living = 🏠 Bürgergeld, Wohngeld
money-opt-group-school = 🎒 Szkoła, Kita, zajęcia
money-opt-group-law = ⚖️ Podatki, alimenty, prawo
money-opt-details = 💶 Poszczególne świadczenia
money-opt-yes = Tak
money-opt-no = Nie

## Grupy

money-group-children = 👶 Które świadczenie na dzieci?
money-opt-kindergeld = Kindergeld (na dziecko)
money-opt-kiz = Kinderzuschlag (dodatek)
money-opt-uvg = Unterhaltsvorschuss (zaliczka)
money-opt-elterngeld = 🍼 Elterngeld (niemowlę)

money-group-living = 🏠 Pieniądze na życie i czynsz:
money-opt-buergergeld = Bürgergeld (zasiłek)
money-opt-mehrbedarf = ➕ Mehrbedarf (dodatek)
money-opt-wohngeld = 🏠 Wohngeld (mieszkanie)
money-opt-asylblg = Asylbewerberleistungen

money-group-school = 🎒 Pieniądze na szkołę, Kita i czas wolny:
money-opt-but = 🎒 Bildung und Teilhabe
money-opt-kita-fees = 🧸 Kita bez opłat
money-opt-kita-place = 🧸 Miejsce w Kita
money-opt-school-ticket = 🚸 Droga do szkoły, bilet

money-group-law = ⚖️ Podatki, alimenty i porada prawna:
money-opt-tax = 🧾 Steuerklasse II (podatek)
money-opt-beistand = 🤝 Beistandschaft (alimenty)
money-opt-beratungshilfe = ⚖️ Beratungshilfe (adwokat)

## Poszczególne świadczenia

money-kindergeld =
    👶 Kindergeld (zasiłek na dziecko)

    Ile? { $kindergeld } na dziecko miesięcznie (od { $kindergeld_from }).
    Dla kogo? Na każde dziecko poniżej 18 lat. Od 18 lat do { $kindergeld_age_max }. urodzin tylko w czasie nauki zawodu lub studiów.
    Obywatelstwo spoza UE? Potrzebny jest dokument pobytowy, który pozwala na pracę lub osiedlenie się. Osoby z Ukrainy z § 24 też go dostają.

    📍 Familienkasse (kasa rodzinna) – online lub pocztą.
    📄 Akt urodzenia, numer podatkowy (Steuer-ID) rodzica i dziecka, dowód osobisty lub dokument pobytowy.

money-kiz =
    💶 Kinderzuschlag (KiZ, dodatek na dziecko)

    Dla rodziców, którzy pracują, ale mało zarabiają.
    Ile? Do { $kiz_max } na dziecko miesięcznie, razem z Sofortzuschlag (dodatek natychmiastowy) (stan na { $kiz_max_from }; kwota na 2026 jeszcze niepotwierdzona).
    Dla kogo? Zarobki co najmniej { $kiz_min_income } brutto miesięcznie i brak Bürgergeld. Dziecko ma mniej niż { $kindergeld_age_max } lat.
    Alimenty i Unterhaltsvorschuss (zaliczka alimentacyjna) liczą się w { $kiz_child_income_share }%.
    ➕ Z KiZ często także: Wohngeld (dodatek mieszkaniowy), Bildung und Teilhabe i brak opłat za Kita.

    📍 Familienkasse (kasa rodzinna), online. Przyznawany na { $kiz_months ->
        [one] { $kiz_months } miesiąc
        [few] { $kiz_months } miesiące
       *[other] { $kiz_months } miesięcy
    }, potem trzeba złożyć nowy wniosek.
    📄 Paski wypłat, umowa najmu, dowody alimentów.

money-uvg =
    🧾 Unterhaltsvorschuss (zaliczka alimentacyjna)

    Gdy drugi rodzic nie płaci alimentów, płaci za mało lub nieregularnie.
    Ile miesięcznie (od { $uvg_0_5_from })?
    • 0–5 lat: { $uvg_0_5 }
    • 6–11 lat: { $uvg_6_11 }
    • 12–17 lat: { $uvg_12_17 }
    Bez limitu czasu, do { $uvg_age_max }. urodzin.
    Przy Bürgergeld: dla dzieci od 12 lat tylko przy zarobkach co najmniej { $uvg_sgb2_min_income } brutto albo gdy dzięki temu Bürgergeld nie jest już potrzebny.
    Trzeba pomóc w odnalezieniu drugiego rodzica.

    📍 Jugendamt (urząd ds. dzieci i młodzieży), Unterhaltsvorschussstelle.
    📄 Akt urodzenia, dowód osobisty, dane drugiego rodzica, dowody wpłat.

money-elterngeld =
    🍼 Elterngeld (zasiłek rodzicielski)

    Na pierwsze miesiące z niemowlęciem. Samotny rodzic może sam wykorzystać wszystkie { $elterngeld_months ->
        [one] { $elterngeld_months } miesiąc
        [few] { $elterngeld_months } miesiące
       *[other] { $elterngeld_months } miesięcy
    }.
    Ile? Od { $elterngeld_rate_min }% do { $elterngeld_rate_max }% wynagrodzenia netto sprzed porodu, przy niskich zarobkach więcej. Miesięcznie co najmniej { $elterngeld_min }, najwyżej { $elterngeld_max }. ElterngeldPlus: od { $elterngeld_plus_min } do { $elterngeld_plus_max }, za to dwa razy dłużej.
    Przy Bürgergeld liczy się jako dochód – do { $elterngeld_free } pozostaje wolne, jeśli przed porodem była praca zarobkowa.

    ⏰ Wniosek złożyć szybko: wstecz tylko za { $elterngeld_backpay_months ->
        [one] { $elterngeld_backpay_months } miesiąc
        [few] { $elterngeld_backpay_months } miesiące
       *[other] { $elterngeld_backpay_months } miesięcy
    }!
    📍 Elterngeldstelle (urząd ds. Elterngeld) w mieście.
    📄 Akt urodzenia, paski wypłat sprzed porodu.

money-buergergeld =
    🏠 Bürgergeld (zasiłek podstawowy)

    Pieniądze na życie, gdy dochód nie wystarcza – do tego czynsz i ogrzewanie.
    Stawka miesięczna (od { $regelsatz_adult_from }): rodzic { $regelsatz_adult }; dzieci 0–5 { $regelsatz_0_5 }, 6–13 { $regelsatz_6_13 }, 14–17 { $regelsatz_14_17 }.
    Kindergeld i Unterhaltsvorschuss liczą się jako dochód dzieci. Do tego dochodzi Mehrbedarf (dodatek) dla samotnych rodziców.
    Dziecko poniżej { $bg_no_work_age } lat: nie trzeba podejmować pracy (dotychczasowe prawo; reforma planuje niższą granicę – jeszcze niepotwierdzone).

    ⚠️ Reforma „Neue Grundsicherung” (planowana od lipca 2026) mogła zmienić zasady. Aktualny stan podaje Jobcenter.
    📍 Jobcenter. 📄 Dowód osobisty, umowa najmu, wyciągi z konta, paski wypłat.

money-mehrbedarf =
    ➕ Mehrbedarf für Alleinerziehende (dodatek dla samotnych rodziców)

    Dodatkowe pieniądze w ramach Bürgergeld. Bez osobnego wniosku – Jobcenter wypłaca go automatycznie.
    Ile? Część stawki podstawowej ({ $regelsatz_adult }):
    • { $mb_high }%, jeśli jedno dziecko ma mniej niż { $mb_age_small } lat albo 2 lub 3 dzieci mniej niż { $mb_age_school } lat
    • w innym przypadku { $mb_per_child }% na każde dziecko poniżej 18 lat
    • najwyżej { $mb_max }%
    Obowiązuje wyższa wartość.

    📍 Jobcenter. 👉 Warto sprawdzić Bescheid (decyzję z urzędu): czy jest w nim „Mehrbedarf für Alleinerziehende”? Jeśli nie – zapytać.

money-wohngeld =
    🏠 Wohngeld (dodatek mieszkaniowy)

    Dopłata do czynszu przy własnym, ale niskim dochodzie.
    Ile? To zależy od czynszu, dochodu i liczby osób w gospodarstwie domowym.
    Nie razem z Bürgergeld. Często razem z Kinderzuschlag (dodatek na dziecko) – to może być korzystniejsze niż Bürgergeld.
    ➕ Z Wohngeld: Bildung und Teilhabe, brak opłat za Kita, Sozialticket (tańszy bilet).

    📍 Wohngeldstelle (urząd ds. Wohngeld) w mieście.
    📄 Umowa najmu, zaświadczenia o dochodach, wyciągi z konta, dowód osobisty.

money-asylblg =
    🛂 Asylbewerberleistungen (AsylbLG, świadczenia dla osób ubiegających się o azyl)

    Dla osób w procedurze azylowej lub z Duldung (pobyt tolerowany). Właściwy jest Sozialamt (urząd opieki społecznej), nie Jobcenter.
    Ile? Osoba dorosła samotna: { $asylblg_single } miesięcznie (stan na { $asylblg_single_from }; kwota na 2026 jeszcze niepotwierdzona).
    Tu także: Bildung und Teilhabe dla dzieci i brak opłat za Kita.

    🇺🇦 Przyjazd z Ukrainy po 31.03.2025? Planowane: od lipca 2026 Sozialamt zamiast Jobcenter (jeszcze niepotwierdzone). Warto zapytać w Jobcenter.

    📍 Sozialamt w mieście. Pomoc: Migrationsberatung (poradnia dla migrantów, MBE, od { $mbe_age_min } lat) lub Jugendmigrationsdienst (poradnia dla młodych migrantów, JMD, od { $jmd_age_min } do { $jmd_age_max } lat).

money-but =
    🎒 Bildung und Teilhabe (BuT, pomoc na szkołę i zajęcia)

    Dla dzieci poniżej { $kindergeld_age_max } lat w szkole lub w Kita (żłobek/przedszkole):
    • Wyprawka szkolna: { $but_school } na rok szkolny ({ $but_school_aug } w sierpniu, { $but_school_feb } w lutym; stan na { $but_school_from }, nowa kwota jeszcze niepotwierdzona)
    • Klub, muzyka, sport: { $but_clubs } miesięcznie (poniżej { $but_clubs_age } lat)
    • Wycieczki, wyjazdy klasowe, obiady, korepetycje, dojazd do szkoły
    Dla rodzin z Bürgergeld, Sozialhilfe (pomoc społeczna), Wohngeld, Kinderzuschlag lub AsylbLG.

    📍 Z Bürgergeld: Jobcenter. Z Wohngeld lub Kinderzuschlag: urząd miasta. Z AsylbLG: Sozialamt (urząd opieki społecznej).
    📄 Bescheid (decyzja z urzędu) o pobieranym świadczeniu, zaświadczenie ze szkoły.

money-kita-fees =
    🧸 Kita bez opłat

    Opłaty za Kita (żłobek/przedszkole), Kindertagespflege (opiekunka dzienna) lub Hort (świetlica po szkole) odpadają przy jednym z tych świadczeń:
    Bürgergeld, Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag lub Wohngeld.
    To nie dzieje się samo: trzeba złożyć wniosek.
    Ganztag (OGS, szkoła całodzienna): warto zapytać w urzędzie miasta, często też obowiązuje.
    Obiady w Kita i szkole: przez Bildung und Teilhabe.

    📍 Jugendamt (urząd ds. dzieci i młodzieży) w mieście.
    📄 Aktualny Bescheid (decyzja z urzędu), np. Bürgergeld, Wohngeld, Kinderzuschlag.

money-tax =
    🧾 Steuerklasse II (II klasa podatkowa)

    Dla pracujących samotnych rodziców: niższy podatek od wynagrodzenia, co miesiąc więcej netto.
    Entlastungsbetrag (ulga podatkowa): { $entlastung } rocznie, plus { $entlastung_more } na każde kolejne dziecko.
    Warunek: dziecko mieszka z rodzicem.

    📍 Finanzamt (urząd skarbowy) – online przez ELSTER lub na formularzu.
    📄 Numer podatkowy (Steuer-ID), akt urodzenia lub Bescheid o Kindergeld.

money-beistand =
    🤝 Beistandschaft (pomoc w sprawie alimentów)

    Drugi rodzic nie płaci albo płaci za mało? Jugendamt (urząd ds. dzieci i młodzieży) może jako Beistand (opiekun) obliczyć alimenty na dziecko i ich dochodzić.
    Bezpłatnie. Wystarczy wniosek w Jugendamt. Dla dzieci poniżej 18 lat.

    Dodatkowo: Unterhaltsvorschuss (zaliczka alimentacyjna) – żeby dziecko dostawało pieniądze już teraz.

    📍 Jugendamt w mieście.
    📄 Akt urodzenia, dane drugiego rodzica, dokumenty o alimentach (akt, listy, wpłaty).

money-beratungshilfe =
    ⚖️ Beratungshilfe (pomoc w kosztach porady prawnej)

    Porada adwokata – na przykład w sporze o alimenty albo z urzędem, poza sądem.
    Dla osób z niskim dochodem. Własny koszt to tylko { $beratungshilfe_fee }.

    📍 Amtsgericht (sąd rejonowy) w miejscu zamieszkania: tam wydają Beratungsschein (bon na poradę). Z nim idzie się do adwokata.
    📄 Dowód osobisty, zaświadczenia o dochodach (np. Bescheid o Bürgergeld), wyciągi z konta, dokumenty w sprawie.

## Sprawdzenie

money-check-ages =
    ✅ Sprawdzenie: 5 krótkich pytań.

    Ile lat mają dzieci mieszkające w domu?
    Proszę wpisać wiek cyframi, np.: 2 8
    Niemowlę poniżej 1 roku: 0

money-check-ages-error = Nie zrozumiałem. Proszę wpisać tylko liczby od 0 do 26, np.: 2 8

money-check-bg = Czy dostajecie Bürgergeld (zasiłek podstawowy) z Jobcenter?

money-check-earnings = Ile wynoszą własne zarobki miesięcznie – brutto (przed potrąceniami)?
money-earn-none = Nic
money-earn-under = Poniżej { $kiz_min_income }
money-earn-from = { $kiz_min_income } do { $earnings_band_high }
money-earn-over = Powyżej { $earnings_band_high }

money-check-maintenance = Czy drugi rodzic płaci alimenty na dzieci?
money-maint-pays = Tak, wystarczająco i na czas
money-maint-partly = Za mało lub nieregularnie
money-maint-none = Nie / nie wiem

money-check-residence = Ostatnie pytanie: co pasuje do statusu pobytu?
money-res-de-eu = Obywatelstwo: Niemcy lub UE
money-res-permit = Pobyt z prawem do pracy
money-res-ukraine = Ukraina (ochrona § 24)
money-res-asylum = Procedura azylowa lub Duldung

money-check-result = ✅ Wynik – pierwsza ocena, nie Bescheid (decyzja). Decyduje urząd.

## Wiersze wyniku: świadczenie i urząd

money-benefit-kindergeld = Kindergeld (zasiłek na dziecko)
money-benefit-kiz = Kinderzuschlag (dodatek na dziecko)
money-benefit-uvg = Unterhaltsvorschuss (zaliczka alimentacyjna)
money-benefit-buergergeld = Bürgergeld (zasiłek podstawowy)
money-benefit-mehrbedarf = Mehrbedarf für Alleinerziehende (dodatek dla samotnych rodziców)
money-benefit-wohngeld = Wohngeld (dodatek mieszkaniowy)
money-benefit-but = Bildung und Teilhabe (szkoła i zajęcia)
money-benefit-kita-fees = Zwolnienie z opłat za Kita
money-benefit-elterngeld = Elterngeld (zasiłek rodzicielski)
money-benefit-tax = Steuerklasse II (II klasa podatkowa)
money-benefit-asylblg = Asylbewerberleistungen (świadczenia dla azylantów)
money-benefit-beistand = Beistandschaft (pomoc w alimentach)
money-benefit-beratungshilfe = Beratungshilfe (pomoc w poradzie prawnej)

money-office-familienkasse = Familienkasse (kasa rodzinna)
money-office-uvg = Jugendamt (Unterhaltsvorschussstelle)
money-office-jobcenter = Jobcenter
money-office-wohngeld = Wohngeldstelle (urząd miasta ds. Wohngeld)
money-office-but =
    { $buergergeld ->
        [true] Jobcenter
       *[other]
            { $residence ->
                [asylum] Sozialamt (urząd opieki społecznej)
               *[other] Urząd miasta (Bildung und Teilhabe)
            }
    }
money-office-jugendamt = Jugendamt (urząd ds. dzieci i młodzieży)
money-office-elterngeld = Elterngeldstelle (urząd ds. Elterngeld)
money-office-finanzamt = Finanzamt (urząd skarbowy)
money-office-sozialamt = Sozialamt (urząd opieki społecznej)
money-office-amtsgericht = Amtsgericht (sąd rejonowy)

## Uzasadnienia (jeden wiersz)

money-kg-reason-age = Tylko na dzieci poniżej { $kindergeld_age_max } lat.
money-kg-reason-asylum = Zależy od statusu pobytu. Warto zapytać w Familienkasse lub w poradni dla migrantów.
money-kg-reason-adult = Do { $total } miesięcznie ({ $kindergeld } na dziecko). Dzieci od 18 lat tylko w czasie nauki zawodu lub studiów.
money-kg-reason-yes = { $total } miesięcznie ({ $kindergeld } na dziecko).

money-kiz-reason-age = Tylko na dzieci poniżej { $kindergeld_age_max } lat.
money-kiz-reason-switch = Przy tych zarobkach Kinderzuschlag i Wohngeld mogą zastąpić Bürgergeld. Można to sprawdzić w „KiZ-Lotse” (test online) Familienkasse.
money-kiz-reason-bg = Nie razem z Bürgergeld.
money-kiz-reason-income = Zarobki muszą wynosić co najmniej { $kiz_min_income } brutto miesięcznie.
money-kiz-reason-asylum = Tylko przy pobieraniu Kindergeld. Warto zapytać w Familienkasse.
money-kiz-reason-yes =
    Do { $kiz_max } na dziecko miesięcznie (stan na { $kiz_max_from }, 2026 jeszcze niepotwierdzone), dobrze łączy się z Wohngeld. Do tego: Bildung und Teilhabe, brak opłat za Kita. Na { $kiz_months ->
        [one] { $kiz_months } miesiąc
        [few] { $kiz_months } miesiące
       *[other] { $kiz_months } miesięcy
    }.
money-kiz-reason-high = Zależy od czynszu i dochodu. Do { $kiz_max } na dziecko (stan na { $kiz_max_from }, 2026 jeszcze niepotwierdzone).

money-uvg-reason-pays = Tylko gdy drugi rodzic nie płaci nic, płaci za mało lub nieregularnie.
money-uvg-reason-age = Tylko na dzieci poniżej { $uvg_age_max } lat.
money-uvg-reason-bg-mixed = Na dzieci poniżej 12 lat: razem { $total } miesięcznie. Na dzieci od 12 do 17 lat tylko przy zarobkach co najmniej { $uvg_sgb2_min_income } brutto albo gdy dzięki temu Bürgergeld nie jest już potrzebny.
money-uvg-reason-bg-teen = Przy Bürgergeld na dzieci od 12 do 17 lat tylko przy zarobkach co najmniej { $uvg_sgb2_min_income } brutto albo gdy dzięki temu Bürgergeld nie jest już potrzebny. Na dziecko { $uvg_12_17 }.
money-uvg-reason-yes = Razem { $total } miesięcznie, do 18. urodzin (na dziecko: 0–5 lat { $uvg_0_5 }, 6–11 { $uvg_6_11 }, 12–17 { $uvg_12_17 }).

money-bg-reason-yes = Jest już pobierany. Reforma „Neue Grundsicherung” mogła zmienić zasady – warto zapytać w Jobcenter.
money-bg-reason-asylum = Zamiast Bürgergeld: Asylbewerberleistungen z Sozialamt.
money-bg-reason-maybe = Możliwe, że przysługuje – do tego czynsz i ogrzewanie. Reforma mogła zmienić zasady: warto zapytać w Jobcenter.

money-mb-reason = { $percent }% stawki podstawowej: ok. { $amount } miesięcznie. Wypłacany automatycznie – warto sprawdzić Bescheid.

money-wg-reason-bg = Nie razem z Bürgergeld.
money-wg-reason-asylum = Zależy od statusu pobytu. Warto zapytać w Sozialamt lub w poradni dla migrantów.
money-wg-reason-none = Potrzebny jest własny dochód, który wystarcza na życie.
money-wg-reason-yes = Dopłata do czynszu. Wysokość zależy od czynszu, dochodu i wielkości gospodarstwa domowego. Dobrze łączy się z Kinderzuschlag.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] Przy niskim dochodzie często nie wystarcza. Warto sprawdzić, co pasuje lepiej: Wohngeld czy Bürgergeld.
       *[other] Zależy od czynszu, dochodu i wielkości gospodarstwa domowego. Warto to sprawdzić.
    }

money-but-reason-jobcenter = Wyprawka szkolna { $but_school } na rok szkolny (stan na { $but_school_from }, nowa kwota jeszcze niepotwierdzona), kluby { $but_clubs } miesięcznie, wycieczki, obiady.
money-but-reason-sozialamt = Wyprawka szkolna { $but_school } na rok szkolny (stan na { $but_school_from }, nowa kwota jeszcze niepotwierdzona), kluby { $but_clubs } miesięcznie, wycieczki, obiady.
money-but-reason-city = Przy Kinderzuschlag lub Wohngeld: wyprawka szkolna, wycieczki, obiady, kluby. Wniosek w urzędzie miasta.

money-fee-reason-yes = Bez opłat za Kita, opiekunkę dzienną lub Hort (świetlicę). Trzeba złożyć wniosek.
money-fee-reason-maybe = Przy Kinderzuschlag lub Wohngeld: bez opłat za Kita, opiekunkę dzienną lub Hort.

money-eg-reason-yes =
    Na niemowlę: wszystkie { $elterngeld_months ->
        [one] { $elterngeld_months } miesiąc
        [few] { $elterngeld_months } miesiące
       *[other] { $elterngeld_months } miesięcy
    } tylko dla samotnego rodzica. Wniosek złożyć szybko – wstecz tylko za { $elterngeld_backpay_months ->
        [one] { $elterngeld_backpay_months } miesiąc
        [few] { $elterngeld_backpay_months } miesiące
       *[other] { $elterngeld_backpay_months } miesięcy
    }.
money-eg-reason-bg = Przy Bürgergeld liczy się jako dochód – do { $elterngeld_free } pozostaje wolne, jeśli przed porodem była praca zarobkowa. Wniosek złożyć szybko.

money-tax-reason-yes = Niższy podatek od wynagrodzenia: ulga { $total } rocznie ({ $entlastung } plus { $entlastung_more } na każde kolejne dziecko).
money-tax-reason-small = Przy niskich zarobkach zwykle nie płaci się podatku od wynagrodzenia. Ważne, gdy zarobki wzrosną.

money-asyl-reason-yes = Z Sozialamt zamiast z Jobcenter. Osoba dorosła samotna: { $asylblg_single } (stan na { $asylblg_single_from }, 2026 jeszcze niepotwierdzone).
money-asyl-reason-ukraine = Przyjazd po 31.03.2025? Planowane: od lipca 2026 Sozialamt zamiast Jobcenter (jeszcze niepotwierdzone).

money-beistand-reason = Jugendamt dochodzi alimentów na dziecko – bezpłatnie.
money-bh-reason = Porada adwokata przy niskim dochodzie. Własny koszt tylko { $beratungshilfe_fee }.

## Kolejne kroki (podsumowanie)

money-todo-kindergeld = Familienkasse (kasa rodzinna): złożyć wniosek o Kindergeld – online lub pocztą. Przygotować akt urodzenia i numery podatkowe (Steuer-ID).
money-todo-kg-asylum = Familienkasse lub poradnia dla migrantów: zapytać, czy przy tym statusie pobytu przysługuje Kindergeld i Kinderzuschlag.
money-todo-kiz = Familienkasse: złożyć online wniosek o Kinderzuschlag – paski wypłat, umowa najmu, dowody alimentów.
money-todo-kiz-lotse = Familienkasse: sprawdzić w KiZ-Lotse, czy Kinderzuschlag i Wohngeld mogą zastąpić Bürgergeld.
money-todo-uvg = Jugendamt (Unterhaltsvorschussstelle): złożyć wniosek o Unterhaltsvorschuss – akt urodzenia, dane drugiego rodzica.
money-todo-elterngeld =
    Elterngeldstelle (urząd ds. Elterngeld): złożyć wniosek o Elterngeld zaraz po porodzie (wstecz tylko za { $elterngeld_backpay_months ->
        [one] { $elterngeld_backpay_months } miesiąc
        [few] { $elterngeld_backpay_months } miesiące
       *[other] { $elterngeld_backpay_months } miesięcy
    }) – akt urodzenia, paski wypłat.
money-todo-buergergeld = Jobcenter: poprosić o sprawdzenie Bürgergeld (z czynszem i ogrzewaniem) i zapytać o nowe zasady – dowód osobisty, umowa najmu, wyciągi z konta.
money-todo-mehrbedarf = Jobcenter: sprawdzić, czy w Bescheid jest „Mehrbedarf für Alleinerziehende”. Jeśli nie – zapytać.
money-todo-wohngeld = Wohngeldstelle (urząd ds. Wohngeld) w mieście: złożyć wniosek o Wohngeld – umowa najmu, zaświadczenia o dochodach, wyciągi z konta.
money-todo-asylblg = Sozialamt (urząd opieki społecznej): Asylbewerberleistungen – zabrać dokument pobytowy. Pomoc: poradnia dla migrantów.
money-todo-ukraine = Zapytać w Jobcenter: czy nadal jest właściwy, czy teraz Sozialamt? (Przy przyjeździe po 31.03.2025)
money-todo-but = Wniosek o Bildung und Teilhabe: Jobcenter (Bürgergeld), urząd miasta (Wohngeld, Kinderzuschlag) lub Sozialamt (AsylbLG).
money-todo-but-jobcenter = Jobcenter: złożyć wniosek o Bildung und Teilhabe (wyprawka, wycieczki, obiady, kluby).
money-todo-but-sozialamt = Sozialamt (urząd opieki społecznej): złożyć wniosek o Bildung und Teilhabe dla dzieci.
money-todo-but-city = Urząd miasta: złożyć wniosek o Bildung und Teilhabe, gdy tylko Kinderzuschlag lub Wohngeld zostanie przyznany.
money-todo-kita-fees = Jugendamt (urząd ds. dzieci i młodzieży): złożyć wniosek o zwolnienie z opłat za Kita i Hort – zabrać aktualny Bescheid.
money-todo-tax = Finanzamt (urząd skarbowy): złożyć wniosek o Steuerklasse II (online przez ELSTER lub na formularzu) – przygotować numer podatkowy.
money-todo-beistand = Jugendamt (urząd ds. dzieci i młodzieży): złożyć wniosek o Beistandschaft (bezpłatnie) – akt urodzenia, dokumenty o alimentach.
money-todo-beratungshilfe = Amtsgericht (sąd rejonowy): odebrać Beratungsschein (bon na poradę) – zabrać zaświadczenia o dochodach. Udział własny { $beratungshilfe_fee }.
