# Nauka zawodu i praca. Liczby pochodzą z dialogs/figures.toml.

train-title = Nauka zawodu i praca

train-start =
    🎓 Nauka zawodu i praca

    Pierwszy kontakt: { -bca(form: "long") } w { -jobcenter(form: "long") }. Zajmuje się szczególnie samotnymi rodzicami.
    Osoby bez { -buergergeld(form: "long") }: { -agentur-fuer-arbeit(form: "long") }.

    Który temat wybrać?

train-opt-german = 🗣️ Najpierw niemiecki
train-opt-parttime = 🧰 Nauka zawodu na część etatu
train-opt-retraining = 🔄 Przekwalifikowanie
train-opt-avgs = 🤝 Coaching do pracy
train-opt-recognition = 📜 Dyplom z zagranicy
train-opt-bsk = 🗣️ Niemiecki do pracy
train-opt-licence = 🚗 Prawo jazdy

train-german =
    🗣️ { -integrationskurs(form: "long") }

    • { $ik_hours ->
        [one] { $ik_hours } godzina lekcyjna
        [few] { $ik_hours } godziny lekcyjne
       *[other] { $ik_hours } godzin lekcyjnych
    } niemieckiego i orientacji (życie w Niemczech). Kursy dla rodziców lub kobiet: { $ik_hours_parents ->
        [one] { $ik_hours_parents } godzina
        [few] { $ik_hours_parents } godziny
       *[other] { $ik_hours_parents } godzin
    }, niektóre z opieką nad dziećmi (od { $ik_care_age_min } do { $ik_care_age_max } lat).
    • Koszt: { $ik_fee_lesson } za godzinę lekcyjną. Przy { -buergergeld(form: "long") } bezpłatnie.
    • Od lutego 2026 { -bamf(form: "long") } może już nie przyjmować osób, które zgłaszają się z własnej woli (jeszcze niepotwierdzone).

    📍 Zapis: przy { -buergergeld } przez { -jobcenter(form: "long") }, poza tym w { -bamf }. Pomoc: { -mbe(form: "long") }, od { $mbe_age_min } lat, lub { -jmd(form: "long") }, od { $jmd_age_min } do { $jmd_age_max } lat.

train-bsk =
    🗣️ { -berufssprachkurs(form: "long") }

    Dla wszystkich z niemieckim od poziomu B1. Poziomy: B1 → B2, B2 → C1, C1 → C2.
    Bezpłatnie, jeśli dochód do opodatkowania jest niższy niż { $bsk_income_limit } rocznie.

    📍 Skierowanie: { -jobcenter(form: "long") } lub { -agentur-fuer-arbeit(form: "long") }. Przy pracy: bezpośrednio w { -bamf(form: "long") }.
    📄 Ostatni certyfikat językowy (np. B1).

train-parttime =
    🧰 { -teilzeitausbildung(form: "long") }, § 7a BBiG

    Zwykła nauka zawodu – w mniejszej liczbie godzin:
    • do { $tza_max_cut }% mniej czasu pracy
    • za to trwa dłużej (najwyżej półtora raza dłużej)
    • zakład pracy musi się zgodzić
    • wynagrodzenie za naukę może być niższe, stosownie do liczby godzin

    📍 { -bca(form: "long") } w { -jobcenter(form: "long") } lub doradztwo zawodowe w { -agentur-fuer-arbeit(form: "long") }: pomagają znaleźć zakład pracy.
    🧸 Opiekę nad dzieckiem warto zaplanować wcześnie – { -kita(form: "long") } lub { -ganztag(form: "long") }.

train-retraining =
    🔄 { -umschulung(form: "long") } z { -bildungsgutschein(form: "long") }

    Nowy zawód z dyplomem – możliwy także w niepełnym wymiarze.
    { -bildungsgutschein } wydaje { -jobcenter(form: "long") } lub { -agentur-fuer-arbeit(form: "long") }. Nie ma na to gwarancji – decyduje urząd; pomagają dobre argumenty.

    💶 Do tego:
    • Weiterbildungsgeld (dodatek szkoleniowy): { $wb_geld } miesięcznie
    • Premia: { $wb_bonus_mid } za egzamin pośredni, { $wb_bonus_final } za egzamin końcowy
    • Opieka nad dziećmi: { $care_cost_training } na dziecko miesięcznie

    📍 { -bca(form: "long") } w { -jobcenter } lub { -agentur-fuer-arbeit }.
    📄 CV, świadectwa, pomysł na zawód.

train-avgs =
    🤝 Coaching z { -avgs(form: "long") }

    Doradczyni lub doradca pomaga znaleźć pracę: CV i list motywacyjny, szukanie ofert, plan na rodzinę i pracę.
    • Bezpłatnie.
    • Mogą zostać pokryte koszty dojazdu i opieki nad dziećmi.

    📍 { -bca(form: "long") } w { -jobcenter(form: "long") } lub { -agentur-fuer-arbeit(form: "long") }: zapytać o { -avgs }. Potem wybiera się firmę, która prowadzi coaching.

train-recognition =
    📜 Uznanie dyplomu z zagranicy

    Każdy ma prawo do procedury uznania – niezależnie od statusu pobytu.
    1. { -anerkennungs-finder(form: "long") }: pokazuje, który urząd jest właściwy – www.anerkennung-in-deutschland.de
    2. { -iq-netzwerk(form: "long") }: bezpłatne porady w sprawie uznania.
    3. Koszty: może pomóc Anerkennungszuschuss (dopłata do uznania). Warto też zapytać w { -jobcenter(form: "long") } lub { -agentur-fuer-arbeit(form: "long") }.

    📄 Świadectwa, dyplomy, dowody doświadczenia zawodowego.

## Kolejne kroki

train-todo-bca = { -jobcenter(form: "long") }: umówić termin u { -bca(form: "long") }. Osoby bez { -buergergeld(form: "long") }: { -agentur-fuer-arbeit(form: "long") }.
train-todo-ik = { -integrationskurs(form: "long") }: zapisać się przez { -jobcenter(form: "long") } lub { -bamf(form: "long") } i zapytać o kurs z opieką nad dziećmi. Pomoc: { -mbe(form: "long") } lub { -jmd(form: "long") }.
train-todo-bsk = { -berufssprachkurs(form: "long") }: uzyskać skierowanie w { -jobcenter(form: "long") }, w { -agentur-fuer-arbeit(form: "long") } lub (przy pracy) w { -bamf(form: "long") }.
train-todo-parttime = { -bca(form: "long") } lub doradztwo zawodowe: omówić naukę zawodu w niepełnym wymiarze – zabrać CV i świadectwa.
train-todo-retraining = { -bca(form: "long") } w { -jobcenter(form: "long") } lub { -agentur-fuer-arbeit(form: "long") }: złożyć wniosek o { -bildungsgutschein(form: "long") } na przekwalifikowanie (także w niepełnym wymiarze).
train-todo-avgs = { -jobcenter(form: "long") } lub { -agentur-fuer-arbeit(form: "long") }: zapytać o { -avgs(form: "long") } na coaching – od razu złożyć wniosek o koszty dojazdu i opieki.
train-todo-recognition = Skorzystać z { -anerkennungs-finder(form: "long") } i skontaktować się z { -iq-netzwerk(form: "long") } – przygotować świadectwa.

train-opt-need-care = 🧸 Jednak potrzebna opieka nad dzieckiem?
train-todo-agentur = { -agentur-fuer-arbeit }: umówić się na doradztwo zawodowe – bezpłatnie, także przy pracy.
