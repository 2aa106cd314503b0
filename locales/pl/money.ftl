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
money-opt-group-living = 🏠 Pieniądze na życie i czynsz
money-opt-group-school = 🎒 Szkoła, { -kita }, zajęcia
money-opt-group-law = ⚖️ Podatki, alimenty, prawo
money-opt-details = 💶 Poszczególne świadczenia
money-opt-yes = Tak
money-opt-no = Nie

## Grupy

money-group-children = 👶 Które świadczenie na dzieci?
money-opt-kindergeld = { -kindergeld(form: "long") }
money-opt-kiz = { -kinderzuschlag } (dodatek na dziecko)
money-opt-uvg = { -unterhaltsvorschuss } (zaliczka)
money-opt-elterngeld = 🍼 { -elterngeld(form: "long") }

money-group-living = 🏠 Pieniądze na życie i czynsz:
money-opt-buergergeld = { -buergergeld(form: "long") }
money-opt-mehrbedarf = ➕ Dodatek dla samotnych rodziców
money-opt-wohngeld = 🏠 { -wohngeld(form: "long") }
money-opt-asylblg = 🛂 Azyl: świadczenia dla azylantów

money-group-school = 🎒 Pieniądze na szkołę, { -kita(form: "long") } i czas wolny:
money-opt-but = 🎒 { -bildung-und-teilhabe }
money-opt-kita-fees = 🧸 { -kita } bez opłat
money-opt-kita-place = 🧸 Miejsce w { -kita }
money-opt-school-ticket = 🚸 Droga do szkoły, bilet

money-group-law = ⚖️ Podatki, alimenty i porada prawna:
money-opt-tax = 🧾 { -steuerklasse-2(form: "long") }
money-opt-beistand = 🤝 { -beistandschaft } (alimenty)
money-opt-beratungshilfe = ⚖️ { -beratungshilfe } (adwokat)

## Poszczególne świadczenia

money-kindergeld =
    👶 { -kindergeld(form: "long") }

    Ile? { $kindergeld } na dziecko miesięcznie (od { $kindergeld_from }).
    Dla kogo? Na każde dziecko poniżej 18 lat. Od 18 lat do { $kindergeld_age_max }. urodzin tylko w czasie nauki zawodu lub studiów.
    Obywatelstwo spoza UE? Potrzebny jest { -aufenthaltstitel(form: "long") }, który pozwala na pracę, albo Niederlassungserlaubnis (zezwolenie na osiedlenie się). Osoby z Ukrainy z ochroną na podstawie § 24 też go dostają.

    📍 { -familienkasse(form: "long") } – online lub pocztą.
    📄 Akt urodzenia, { -steuer-id(form: "long") } rodzica i dziecka, dowód osobisty lub dokument pobytowy.

money-kiz =
    💶 { -kinderzuschlag(form: "long") }

    Dla rodziców, którzy pracują, ale mało zarabiają.
    Ile? Do { $kiz_max } na dziecko miesięcznie, razem z Sofortzuschlag (dodatek natychmiastowy). Stan na { $kiz_max_from }; kwota na 2026 jeszcze niepotwierdzona.
    Dla kogo? Zarobki co najmniej { $kiz_min_income } brutto miesięcznie i brak { -buergergeld(form: "long") }. Dziecko ma poniżej { $kindergeld_age_max } lat.
    Alimenty i { -unterhaltsvorschuss(form: "long") } liczą się jako dochód w { $kiz_child_income_share }%.
    ➕ Z { -kinderzuschlag } często także: { -wohngeld(form: "long") }, { -bildung-und-teilhabe(form: "long") } i brak opłat za { -kita(form: "long") }.

    📍 { -familienkasse(form: "long") }, online. Przyznawany na { $kiz_months ->
        [one] { $kiz_months } miesiąc
        [few] { $kiz_months } miesiące
       *[other] { $kiz_months } miesięcy
    }, potem trzeba złożyć nowy wniosek.
    📄 Paski wypłat, umowa najmu, dowody alimentów.

money-uvg =
    🧾 { -unterhaltsvorschuss(form: "long") }

    Gdy drugi rodzic nie płaci alimentów, płaci za mało lub nieregularnie.
    Ile miesięcznie (od { $uvg_0_5_from })?
    • 0–5 lat: { $uvg_0_5 }
    • 6–11 lat: { $uvg_6_11 }
    • 12–17 lat: { $uvg_12_17 }
    Bez limitu czasu, do { $uvg_age_max }. urodzin.
    Przy { -buergergeld(form: "long") }: dla dzieci od 12 lat tylko przy zarobkach co najmniej { $uvg_sgb2_min_income } brutto albo gdy dzięki temu { -buergergeld } nie jest już potrzebny.
    Trzeba pomóc w odnalezieniu drugiego rodzica.

    📍 { -jugendamt(form: "long") }, { -unterhaltsvorschussstelle(form: "long") }.
    📄 Akt urodzenia, dowód osobisty, dane drugiego rodzica, dowody wpłat.

money-elterngeld =
    🍼 { -elterngeld(form: "long") }

    Na pierwsze miesiące z niemowlęciem. Samotny rodzic może sam wykorzystać wszystkie { $elterngeld_months ->
        [one] { $elterngeld_months } miesiąc
        [few] { $elterngeld_months } miesiące
       *[other] { $elterngeld_months } miesięcy
    }.
    Ile? Od { $elterngeld_rate_min }% do { $elterngeld_rate_max }% wynagrodzenia netto sprzed porodu. Przy niskich zarobkach odsetek jest wyższy. Miesięcznie co najmniej { $elterngeld_min }, najwyżej { $elterngeld_max }. { -elterngeld-plus(form: "long") }: od { $elterngeld_plus_min } do { $elterngeld_plus_max }, za to dwa razy dłużej.
    Przy { -buergergeld(form: "long") } { -elterngeld } liczy się jako dochód. Jeśli przed porodem była praca zarobkowa, pierwsze { $elterngeld_free } się nie liczy.

    ⏰ Wniosek trzeba złożyć szybko: za czas przed złożeniem wniosku najwyżej za { $elterngeld_backpay_months ->
        [one] { $elterngeld_backpay_months } miesiąc
        [few] { $elterngeld_backpay_months } miesiące
       *[other] { $elterngeld_backpay_months } miesięcy
    }!
    📍 { -elterngeldstelle(form: "long") } w mieście.
    📄 Akt urodzenia, paski wypłat sprzed porodu.

money-buergergeld =
    🏠 { -buergergeld(form: "long") }

    Pieniądze na życie, gdy dochód nie wystarcza – do tego czynsz i ogrzewanie.
    Stawka miesięczna (od { $regelsatz_adult_from }): rodzic { $regelsatz_adult }; dzieci 0–5 { $regelsatz_0_5 }, 6–13 { $regelsatz_6_13 }, 14–17 { $regelsatz_14_17 }.
    { -kindergeld(form: "long") } i { -unterhaltsvorschuss(form: "long") } liczą się jako dochód dzieci. Do tego dochodzi { -mehrbedarf(form: "long") }.
    Dziecko poniżej { $bg_no_work_age } lat: nie trzeba podejmować pracy (dotychczasowe prawo; reforma planuje niższą granicę – jeszcze niepotwierdzone).

    ⚠️ { -neue-grundsicherung(form: "long") }, planowana od lipca 2026, mogła zmienić zasady. Aktualny stan podaje { -jobcenter(form: "long") }.
    📍 { -jobcenter }. 📄 Dowód osobisty, umowa najmu, wyciągi z konta, paski wypłat.

money-mehrbedarf =
    ➕ { -mehrbedarf(form: "long") }

    Dodatkowe pieniądze w ramach { -buergergeld(form: "long") }. Bez osobnego wniosku – { -jobcenter(form: "long") } wypłaca go automatycznie.
    Ile? Część stawki podstawowej ({ $regelsatz_adult }):
    • { $mb_high }%, jeśli jedno dziecko ma poniżej { $mb_age_small } lat albo 2 lub 3 dzieci ma poniżej { $mb_age_school } lat
    • w innym przypadku { $mb_per_child }% na każde dziecko poniżej 18 lat
    • najwyżej { $mb_max }%
    Obowiązuje wyższa wartość.

    📍 { -jobcenter }. 👉 Warto sprawdzić { -bescheid(form: "long") }: czy jest w nim „{ -mehrbedarf }”? Jeśli nie – zapytać.

money-wohngeld =
    🏠 { -wohngeld(form: "long") }

    Dopłata do czynszu przy własnym, ale niskim dochodzie.
    Ile? To zależy od czynszu, dochodu i liczby osób w gospodarstwie domowym.
    Nie razem z { -buergergeld(form: "long") }. Często razem z { -kinderzuschlag(form: "long") } – to może być korzystniejsze niż { -buergergeld }.
    ➕ Z { -wohngeld }: { -bildung-und-teilhabe(form: "long") }, brak opłat za { -kita(form: "long") }, { -sozialticket(form: "long") }.

    📍 { -wohngeldstelle(form: "long") } w mieście.
    📄 Umowa najmu, zaświadczenia o dochodach, wyciągi z konta, dowód osobisty.

money-asylblg =
    🛂 { -asylbewerberleistungen(form: "long") }

    Dla osób w procedurze azylowej lub z { -duldung(form: "long") }. Właściwy jest { -sozialamt(form: "long") }, nie { -jobcenter(form: "long") }.
    Ile? Osoba dorosła bez partnera: { $asylblg_single } miesięcznie (stan na { $asylblg_single_from }; kwota na 2026 jeszcze niepotwierdzona).
    Tu także: { -bildung-und-teilhabe(form: "long") } dla dzieci i brak opłat za { -kita(form: "long") }.

    🇺🇦 Przyjazd z Ukrainy po 31.03.2025? Planowane: od lipca 2026 { -sozialamt } zamiast { -jobcenter } (jeszcze niepotwierdzone). Warto zapytać w { -jobcenter }.

    📍 { -sozialamt } w mieście. Pomoc: { -mbe(form: "long") }, od { $mbe_age_min } lat, lub { -jmd(form: "long") }, od { $jmd_age_min } do { $jmd_age_max } lat.

money-but =
    🎒 { -bildung-und-teilhabe(form: "long") }

    Dla dzieci poniżej { $kindergeld_age_max } lat w szkole lub w { -kita(form: "long") }:
    • Wyprawka szkolna: { $but_school } na rok szkolny ({ $but_school_aug } w sierpniu, { $but_school_feb } w lutym; stan na { $but_school_from }, nowa kwota jeszcze niepotwierdzona)
    • Klub, muzyka, sport: { $but_clubs } miesięcznie (poniżej { $but_clubs_age } lat)
    • Wycieczki, wyjazdy klasowe, obiady, korepetycje, dojazd do szkoły
    Dla rodzin z { -buergergeld(form: "long") }, { -sozialhilfe(form: "long") }, { -wohngeld(form: "long") }, { -kinderzuschlag(form: "long") } lub { -asylbewerberleistungen(form: "long") }.

    📍 Z { -buergergeld }: { -jobcenter(form: "long") }. Z { -wohngeld } lub { -kinderzuschlag }: urząd miasta. Z { -asylbewerberleistungen }: { -sozialamt(form: "long") }.
    📄 { -bescheid(form: "long") } o pobieranym świadczeniu, zaświadczenie ze szkoły.

money-kita-fees =
    🧸 Bez opłat za { -kita(form: "long") }

    Opłaty za { -kita }, { -kindertagespflege(form: "long") } lub { -hort(form: "long") } odpadają przy jednym z tych świadczeń:
    { -buergergeld(form: "long") }, { -sozialhilfe(form: "long") }, { -asylbewerberleistungen(form: "long") }, { -kinderzuschlag(form: "long") } lub { -wohngeld(form: "long") }.
    To nie dzieje się samo: trzeba złożyć wniosek.
    { -ogs(form: "long") }: warto zapytać w urzędzie miasta, tam też często nie ma opłat.
    Obiady w { -kita } i szkole: przez { -bildung-und-teilhabe(form: "long") }.

    📍 { -jugendamt(form: "long") } w mieście.
    📄 Aktualny { -bescheid(form: "long") }, np. o { -buergergeld }, { -wohngeld } lub { -kinderzuschlag }.

money-tax =
    🧾 { -steuerklasse-2(form: "long") }

    Dla pracujących samotnych rodziców: niższy podatek od wynagrodzenia, co miesiąc więcej netto.
    { -entlastungsbetrag(form: "long") }: { $entlastung } rocznie, plus { $entlastung_more } na każde kolejne dziecko. Od tej części dochodu nie płaci się podatku.
    Warunek: dziecko mieszka z rodzicem.

    📍 { -finanzamt(form: "long") } – online przez ELSTER lub na formularzu.
    📄 { -steuer-id(form: "long") }, akt urodzenia lub { -bescheid(form: "long") } o { -kindergeld(form: "long") }.

money-beistand =
    🤝 { -beistandschaft(form: "long") }

    Drugi rodzic nie płaci albo płaci za mało? { -jugendamt(form: "long") } może jako opiekun prawny (Beistand) obliczyć alimenty na dziecko i zażądać ich od drugiego rodzica. Pieniądze trafiają do dziecka.
    Bezpłatnie. Wystarczy wniosek w { -jugendamt }. Dla dzieci poniżej 18 lat.

    Dodatkowo: { -unterhaltsvorschuss(form: "long") } – żeby dziecko dostawało pieniądze już teraz.

    📍 { -jugendamt } w mieście.
    📄 Akt urodzenia, dane drugiego rodzica, dokumenty o alimentach (akt, listy, wpłaty).

money-beratungshilfe =
    ⚖️ { -beratungshilfe(form: "long") }

    Porada adwokata – na przykład w sporze o alimenty albo w sporze z urzędem. Nie dotyczy to sprawy przed sądem.
    Dla osób z niskim dochodem. Własny koszt to tylko { $beratungshilfe_fee }.

    📍 { -amtsgericht(form: "long") } w miejscu zamieszkania: tam wydają Beratungsschein (bon na poradę). Z nim idzie się do adwokata.
    📄 Dowód osobisty, zaświadczenia o dochodach (np. decyzja o { -buergergeld } – { -bescheid }), wyciągi z konta, dokumenty w sprawie.

## Sprawdzenie

money-check-ages =
    ✅ Sprawdzenie: 5 krótkich pytań.

    Ile lat mają dzieci mieszkające w domu?
    Proszę wpisać wiek cyframi, np.: 2 8
    Niemowlę poniżej 1 roku: 0

money-check-ages-error = Nie zrozumiałem. Proszę wpisać tylko liczby od 0 do 26, np.: 2 8

money-check-bg = Czy pobierają Państwo { -buergergeld(form: "long") } z { -jobcenter }?

money-check-earnings = Ile Państwo zarabiają miesięcznie – brutto (przed potrąceniami)?
money-earn-none = Nic
money-earn-under = Poniżej { $kiz_min_income }
money-earn-from = { $kiz_min_income } do { $earnings_band_high }
money-earn-over = Powyżej { $earnings_band_high }

money-check-maintenance = Czy drugi rodzic płaci alimenty na dzieci?
money-maint-pays = Tak, wystarczająco i na czas
money-maint-partly = Za mało lub nieregularnie
money-maint-none = Nie / nie wiem

money-check-residence = Ostatnie pytanie: jaki jest Państwa status pobytu?
money-res-de-eu = Obywatelstwo: Niemcy lub UE
money-res-permit = { -aufenthaltstitel } z prawem do pracy
money-res-ukraine = Ukraina (ochrona § 24)
money-res-asylum = Procedura azylowa lub { -duldung }

money-check-result = ✅ Wynik – pierwsza ocena, nie { -bescheid(form: "long") }. Decyduje urząd.

## Wiersze wyniku: świadczenie i urząd

money-benefit-kindergeld = { -kindergeld(form: "long") }
money-benefit-kiz = { -kinderzuschlag(form: "long") }
money-benefit-uvg = { -unterhaltsvorschuss(form: "long") }
money-benefit-buergergeld = { -buergergeld(form: "long") }
money-benefit-mehrbedarf = { -mehrbedarf(form: "long") }
money-benefit-wohngeld = { -wohngeld(form: "long") }
money-benefit-but = { -bildung-und-teilhabe(form: "long") }
money-benefit-kita-fees = Bez opłat za { -kita }
money-benefit-elterngeld = { -elterngeld(form: "long") }
money-benefit-tax = { -steuerklasse-2(form: "long") }
money-benefit-asylblg = { -asylbewerberleistungen(form: "long") }
money-benefit-beistand = { -beistandschaft(form: "long") }
money-benefit-beratungshilfe = { -beratungshilfe(form: "long") }

money-office-familienkasse = { -familienkasse(form: "long") }
money-office-uvg = { -jugendamt(form: "long") }, { -unterhaltsvorschussstelle }
money-office-jobcenter = { -jobcenter(form: "long") }
money-office-wohngeld = { -wohngeldstelle(form: "long") }
money-office-but =
    { $buergergeld ->
        [true] { -jobcenter(form: "long") }
       *[other]
            { $residence ->
                [asylum] { -sozialamt(form: "long") }
               *[other] Urząd miasta ({ -bildung-und-teilhabe })
            }
    }
money-office-jugendamt = { -jugendamt(form: "long") }
money-office-elterngeld = { -elterngeldstelle(form: "long") }
money-office-finanzamt = { -finanzamt(form: "long") }
money-office-sozialamt = { -sozialamt(form: "long") }
money-office-amtsgericht = { -amtsgericht(form: "long") }

## Uzasadnienia (jeden wiersz)

money-kg-reason-age = Tylko na dzieci poniżej { $kindergeld_age_max } lat.
money-kg-reason-asylum = Zależy od statusu pobytu. Warto zapytać w { -familienkasse } lub w poradni dla migrantów.
money-kg-reason-adult = Do { $total } miesięcznie ({ $kindergeld } na dziecko). Dzieci od 18 lat tylko w czasie nauki zawodu lub studiów.
money-kg-reason-yes = { $total } miesięcznie ({ $kindergeld } na dziecko).

money-kiz-reason-age = Tylko na dzieci poniżej { $kindergeld_age_max } lat.
money-kiz-reason-switch = Przy tych zarobkach { -kinderzuschlag } i { -wohngeld } mogą zastąpić { -buergergeld }. Można to sprawdzić w „KiZ-Lotse” (test online) { -familienkasse }.
money-kiz-reason-bg = Nie razem z { -buergergeld }.
money-kiz-reason-income = Zarobki muszą wynosić co najmniej { $kiz_min_income } brutto miesięcznie.
money-kiz-reason-asylum = Tylko przy pobieraniu { -kindergeld }. Warto zapytać w { -familienkasse }.
money-kiz-reason-yes =
    Do { $kiz_max } na dziecko miesięcznie (stan na { $kiz_max_from }, 2026 jeszcze niepotwierdzone), dobrze łączy się z { -wohngeld }. Do tego: { -bildung-und-teilhabe }, brak opłat za { -kita }. Na { $kiz_months ->
        [one] { $kiz_months } miesiąc
        [few] { $kiz_months } miesiące
       *[other] { $kiz_months } miesięcy
    }.
money-kiz-reason-high = Zależy od czynszu i dochodu. Do { $kiz_max } na dziecko (stan na { $kiz_max_from }, 2026 jeszcze niepotwierdzone).

money-uvg-reason-pays = Tylko gdy drugi rodzic nie płaci nic, płaci za mało lub nieregularnie.
money-uvg-reason-age = Tylko na dzieci poniżej { $uvg_age_max } lat.
money-uvg-reason-bg-mixed = Na dzieci poniżej 12 lat: { $total } miesięcznie. Na dzieci od 12 do 17 lat tylko przy zarobkach co najmniej { $uvg_sgb2_min_income } brutto albo gdy dzięki temu { -buergergeld } nie jest już potrzebny.
money-uvg-reason-bg-teen = Przy { -buergergeld } na dzieci od 12 do 17 lat tylko przy zarobkach co najmniej { $uvg_sgb2_min_income } brutto albo gdy dzięki temu { -buergergeld } nie jest już potrzebny. Na dziecko { $uvg_12_17 }.
money-uvg-reason-yes = Miesięcznie: { $total }, do 18. urodzin (na dziecko: 0–5 lat { $uvg_0_5 }, 6–11 { $uvg_6_11 }, 12–17 { $uvg_12_17 }).

money-bg-reason-yes = Jest już pobierany. Reforma „{ -neue-grundsicherung }” mogła zmienić zasady – warto zapytać w { -jobcenter }.
money-bg-reason-asylum = Zamiast { -buergergeld }: { -asylbewerberleistungen } z { -sozialamt }.
money-bg-reason-maybe = Możliwe, że przysługuje – do tego czynsz i ogrzewanie. Reforma mogła zmienić zasady: warto zapytać w { -jobcenter }.

money-mb-reason = { $percent }% stawki podstawowej: ok. { $amount } miesięcznie. Wypłacany automatycznie – warto sprawdzić { -bescheid }.

money-wg-reason-bg = Nie razem z { -buergergeld }.
money-wg-reason-asylum = Zależy od statusu pobytu. Warto zapytać w { -sozialamt } lub w poradni dla migrantów.
money-wg-reason-none = Potrzebny jest własny dochód, który wystarcza na życie.
money-wg-reason-yes = Dopłata do czynszu. Wysokość zależy od czynszu, dochodu i wielkości gospodarstwa domowego. Dobrze łączy się z { -kinderzuschlag }.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] Przy niskim dochodzie { -wohngeld } często nie wystarcza. Warto sprawdzić, co pasuje lepiej: { -wohngeld } czy { -buergergeld }.
       *[other] Zależy od czynszu, dochodu i wielkości gospodarstwa domowego. Warto to sprawdzić.
    }

money-but-reason-jobcenter =
    { $school ->
        [0] Obiady i wycieczki w { -kita }, kluby { $but_clubs } miesięcznie. Pieniądze na wyprawkę szkolną od początku szkoły.
       *[other] Wyprawka szkolna { $but_school } na rok szkolny (stan na { $but_school_from }, nowa kwota jeszcze niepotwierdzona), kluby { $but_clubs } miesięcznie, wycieczki, obiady.
    }
money-but-reason-sozialamt =
    { $school ->
        [0] Obiady i wycieczki w { -kita }, kluby { $but_clubs } miesięcznie. Pieniądze na wyprawkę szkolną od początku szkoły.
       *[other] Wyprawka szkolna { $but_school } na rok szkolny (stan na { $but_school_from }, nowa kwota jeszcze niepotwierdzona), kluby { $but_clubs } miesięcznie, wycieczki, obiady.
    }
money-but-reason-city =
    { $school ->
        [0] Przy { -kinderzuschlag } lub { -wohngeld }: obiady i wycieczki w { -kita }, kluby. Wniosek w urzędzie miasta.
       *[other] Przy { -kinderzuschlag } lub { -wohngeld }: wyprawka szkolna, wycieczki, obiady, kluby. Wniosek w urzędzie miasta.
    }
money-fee-reason-yes = Bez opłat za { -kita }, opiekunkę dzienną lub { -hort }. Trzeba złożyć wniosek.
money-fee-reason-maybe = Przy { -kinderzuschlag } lub { -wohngeld }: bez opłat za { -kita }, opiekunkę dzienną lub { -hort }.

money-eg-reason-yes =
    Na niemowlę: wszystkie { $elterngeld_months ->
        [one] { $elterngeld_months } miesiąc
        [few] { $elterngeld_months } miesiące
       *[other] { $elterngeld_months } miesięcy
    } tylko dla samotnego rodzica. Wniosek trzeba złożyć szybko – za czas przed złożeniem wniosku najwyżej za { $elterngeld_backpay_months ->
        [one] { $elterngeld_backpay_months } miesiąc
        [few] { $elterngeld_backpay_months } miesiące
       *[other] { $elterngeld_backpay_months } miesięcy
    }.
money-eg-reason-bg = Przy { -buergergeld } liczy się jako dochód. Jeśli przed porodem była praca zarobkowa, pierwsze { $elterngeld_free } się nie liczy. Wniosek trzeba złożyć szybko.

money-tax-reason-yes = Niższy podatek od wynagrodzenia: { $total } dochodu rocznie jest wolne od podatku ({ $entlastung } plus { $entlastung_more } na każde kolejne dziecko).
money-tax-reason-small = Przy niskich zarobkach zwykle nie płaci się podatku od wynagrodzenia. Ważne, gdy zarobki wzrosną.

money-asyl-reason-yes = Z { -sozialamt } zamiast z { -jobcenter }. Osoba dorosła bez partnera: { $asylblg_single } miesięcznie (stan na { $asylblg_single_from }; kwota na 2026 jeszcze niepotwierdzona).
money-asyl-reason-ukraine = Przyjazd po 31.03.2025. Planowane: od lipca 2026 { -sozialamt } zamiast { -jobcenter } (jeszcze niepotwierdzone).
money-beistand-reason = { -jugendamt } w Państwa imieniu żąda alimentów od drugiego rodzica – bezpłatnie. Pieniądze trafiają do dziecka.
money-bh-reason = Porada adwokata przy niskim dochodzie. Własny koszt tylko { $beratungshilfe_fee }.

## Kolejne kroki (podsumowanie)

money-todo-kindergeld = { -familienkasse(form: "long") }: jeśli { -kindergeld } nie jest jeszcze wypłacany – złożyć wniosek o { -kindergeld(form: "long") } online lub pocztą. Przygotować akt urodzenia i numery podatkowe ({ -steuer-id }).
money-todo-kg-asylum = { -familienkasse(form: "long") } lub poradnia dla migrantów: zapytać, czy przy tym statusie pobytu przysługuje { -kindergeld(form: "long") } i { -kinderzuschlag(form: "long") }.
money-todo-kiz = { -familienkasse(form: "long") }: złożyć online wniosek o { -kinderzuschlag(form: "long") } – paski wypłat, umowa najmu, dowody alimentów.
money-todo-kiz-lotse = { -familienkasse(form: "long") }: sprawdzić w KiZ-Lotse, czy { -kinderzuschlag(form: "long") } i { -wohngeld(form: "long") } mogą zastąpić { -buergergeld(form: "long") }.
money-todo-uvg = { -jugendamt(form: "long") }, { -unterhaltsvorschussstelle }: złożyć wniosek o { -unterhaltsvorschuss(form: "long") } – akt urodzenia, dane drugiego rodzica.
money-todo-elterngeld =
    { -elterngeldstelle(form: "long") }: złożyć wniosek o { -elterngeld(form: "long") } zaraz po porodzie (za czas przed złożeniem wniosku najwyżej za { $elterngeld_backpay_months ->
        [one] { $elterngeld_backpay_months } miesiąc
        [few] { $elterngeld_backpay_months } miesiące
       *[other] { $elterngeld_backpay_months } miesięcy
    }) – akt urodzenia, paski wypłat.
money-todo-buergergeld = { -jobcenter(form: "long") }: poprosić o sprawdzenie prawa do { -buergergeld(form: "long") }, z czynszem i ogrzewaniem, i zapytać o nowe zasady – dowód osobisty, umowa najmu, wyciągi z konta.
money-todo-mehrbedarf = { -jobcenter(form: "long") }: sprawdzić, czy w decyzji ({ -bescheid }) jest „{ -mehrbedarf(form: "long") }”. Jeśli nie – zapytać.
money-todo-wohngeld = { -wohngeldstelle(form: "long") } w mieście: złożyć wniosek o { -wohngeld(form: "long") } – umowa najmu, zaświadczenia o dochodach, wyciągi z konta.
money-todo-asylblg = { -sozialamt(form: "long") }: { -asylbewerberleistungen(form: "long") } – zabrać dokument pobytowy. Pomoc: poradnia dla migrantów.
money-todo-ukraine = Zapytać w { -jobcenter(form: "long") }, czy nadal jest właściwy, czy teraz { -sozialamt(form: "long") }. (Dla osób, które przyjechały po 31.03.2025.)
money-todo-but = Wniosek o { -bildung-und-teilhabe(form: "long") }: w { -jobcenter } (przy { -buergergeld }), w urzędzie miasta (przy { -wohngeld } lub { -kinderzuschlag }) albo w { -sozialamt } (przy { -asylbewerberleistungen }).
money-todo-but-jobcenter = { -jobcenter(form: "long") }: złożyć wniosek o { -bildung-und-teilhabe(form: "long") } – wyprawka, wycieczki, obiady, kluby.
money-todo-but-sozialamt = { -sozialamt(form: "long") }: złożyć wniosek o { -bildung-und-teilhabe(form: "long") } dla dzieci.
money-todo-but-city = Urząd miasta: złożyć wniosek o { -bildung-und-teilhabe(form: "long") }, gdy tylko { -kinderzuschlag(form: "long") } lub { -wohngeld(form: "long") } zostanie przyznany.
money-todo-kita-fees = { -jugendamt(form: "long") }: złożyć wniosek o zwolnienie z opłat za { -kita(form: "long") } i { -hort(form: "long") } – zabrać aktualną decyzję ({ -bescheid }).
money-todo-tax = { -finanzamt(form: "long") }: złożyć wniosek o { -steuerklasse-2(form: "long") } online przez ELSTER lub na formularzu – przygotować numer podatkowy.
money-todo-beistand = { -jugendamt(form: "long") }: złożyć wniosek o { -beistandschaft(form: "long") }, bezpłatnie – akt urodzenia, dokumenty o alimentach.
money-todo-beratungshilfe = { -amtsgericht(form: "long") }: odebrać Beratungsschein (bon na poradę) – zabrać zaświadczenia o dochodach. Udział własny { $beratungshilfe_fee }.

money-arr-before = Do 31.03.2025
money-arr-after = Od 01.04.2025
money-check-arrival = Kiedy nastąpił przyjazd z Ukrainy do Niemiec?
money-opt-outlook = 📅 Co wkrótce się zmieni?
money-opt-births-change = ✏️ Zmień miesiące urodzenia
money-opt-work-change = ✏️ Zmień odpowiedź o pracy
money-todo-kiz-maybe = { -familienkasse(form: "long") }: sprawdzić w KiZ-Lotse, czy przysługuje { -kinderzuschlag(form: "long") }. Jeśli tak: złożyć wniosek online.
money-todo-uvg-from-600 = { -jugendamt } ({ -unterhaltsvorschussstelle }): gdy zarobki wyniosą co najmniej { $uvg_sgb2_min_income } brutto – złożyć wniosek o { -unterhaltsvorschuss } dla dziecka od 12 lat.
money-todo-wohngeld-maybe = { -wohngeldstelle } w mieście: sprawdzić, czy { -wohngeld } się opłaca. Jeśli tak: złożyć wniosek – umowa najmu, dowody dochodu.
money-todo-kita-fees-maybe = { -jugendamt }: gdy tylko zostanie przyznany { -kinderzuschlag } lub { -wohngeld } – złożyć wniosek o zwolnienie z opłat za { -kita } i { -hort }; zabrać { -bescheid }.
money-todo-beratungshilfe-maybe = { -amtsgericht }: jeśli potrzebna jest porada w sprawie alimentów – odebrać bon na poradę (Beratungsschein); zabrać dowody dochodu. Opłata własna to tylko { $beratungshilfe_fee }.
money-todo-but-jobcenter-kita = { -jobcenter }: złożyć wniosek o { -bildung-und-teilhabe } (obiady i wycieczki w { -kita }, kluby).
money-todo-einstiegsgeld = { -jobcenter }: złożyć wniosek o { -einstiegsgeld } – przed pierwszym dniem pracy. Zabrać umowę o pracę lub ofertę pracy.
money-todo-payslip = { -familienkasse(form: "long") }: po pierwszym pasku wypłaty sprawdzić w KiZ-Lotse, czy { -kinderzuschlag } i { -wohngeld } mogą zastąpić { -buergergeld }.
money-outlook-births =
    📅 Co wkrótce się zmieni?
    Potrzebuję do tego miesiąca i roku urodzenia każdego dziecka.
    Na przykład: 03/2020 08/2016
money-outlook-births-error = Nie zrozumiałem. Proszę wpisać miesiąc/rok dla każdego dziecka, na przykład: 03/2020 08/2016
money-outlook-work = Czy wkrótce zaczyna się praca – albo więcej godzin pracy?
money-outlook = 📅 Co wkrótce się zmieni:
money-out-work-einstieg = 💼 Przed pierwszym dniem pracy: złożyć w { -jobcenter } wniosek o { -einstiegsgeld } (do { $einstiegsgeld_months } miesięcy). Po rozpoczęciu pracy jest za późno.
money-out-work-free = 💼 Część pensji zostaje: { $bg_free_base } miesięcznie w całości, z reszty od { $bg_free_rate_1 } do { $bg_free_rate_2 }%. Z dzieckiem to do { $bg_free_max_child } więcej miesięcznie.
money-out-work-payslip = 💼 Po pierwszym pasku wypłaty: sprawdzić, czy { -kinderzuschlag } i { -wohngeld } nie są korzystniejsze niż { -buergergeld }.
money-out-work-uvg = 💼 Zarobki wyniosą co najmniej { $uvg_sgb2_min_income } brutto? Wtedy { -unterhaltsvorschuss } przysługuje też dla dziecka od 12 lat: { $uvg_12_17 } miesięcznie.
money-out-kita = 📅 Od { $date }: dziecko ma prawo do miejsca w { -kita } lub u opiekunki dziennej ({ -kindertagespflege }). Warto wcześnie zgłosić je w { -jugendamt }.
money-out-work-age = 📅 Od { $date }: najmłodsze dziecko ma { $bg_no_work_age } lata. Wtedy { -jobcenter } może wymagać pracy lub kursu, jeśli opieka nad dzieckiem jest zapewniona.
money-out-school = 📅 Od { $date }: jedno dziecko ma { $school_age } lat. Nie jeździ już za darmo autobusem i pociągiem. Na początek szkoły: zapisać je na miejsce w { -ganztag }.
money-out-mb = 📅 Od { $date }: { -mehrbedarf } { $percent }% zamiast { $percent_before }% – { $amount } zamiast { $amount_before } miesięcznie.
money-out-uvg = 📅 Od { $date }: { -unterhaltsvorschuss } { $amount } zamiast { $amount_before } miesięcznie.
money-out-uvg-12 = 📅 Od { $date }: dziecko ma 12 lat. Przy { -buergergeld } { -unterhaltsvorschuss } przysługuje wtedy tylko przy zarobkach co najmniej { $uvg_sgb2_min_income } brutto.
money-out-18 = 📅 Od { $date }: jedno dziecko ma 18 lat. Dla niego nie ma już { -unterhaltsvorschuss }. { -kindergeld } tylko w czasie nauki zawodu lub studiów (do { $kindergeld_age_max } lat).
money-out-kiz = 📅 { $date }: czas na nowy wniosek o { -kinderzuschlag }. Przysługuje na { $kiz_months } miesięcy – licząc od wniosku złożonego w tym miesiącu.
