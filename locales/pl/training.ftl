# Nauka zawodu i praca. Liczby pochodzą z dialogs/figures.toml.

train-title = Nauka zawodu i praca

train-start =
    🎓 Nauka zawodu i praca

    Pierwszy kontakt: BCA w Jobcenter (Beauftragte für Chancengleichheit am Arbeitsmarkt – pełnomocniczka ds. równych szans na rynku pracy). Zajmuje się szczególnie samotnymi rodzicami.
    Bez Bürgergeld: Agentur für Arbeit (agencja pracy).

    Który temat wybrać?

train-opt-german = 🗣️ Najpierw niemiecki
train-opt-parttime = 🧰 Nauka zawodu na część etatu
train-opt-retraining = 🔄 Przekwalifikowanie
train-opt-avgs = 🤝 Coaching do pracy
train-opt-recognition = 📜 Dyplom z zagranicy
train-opt-bsk = 🗣️ Niemiecki do pracy
train-opt-licence = 🚗 Prawo jazdy

train-german =
    🗣️ Integrationskurs (kurs integracyjny, BAMF)

    • { $ik_hours ->
        [one] { $ik_hours } godzina lekcyjna
        [few] { $ik_hours } godziny lekcyjne
       *[other] { $ik_hours } godzin lekcyjnych
    } niemieckiego i wiedzy o życiu w Niemczech. Kursy dla rodziców lub kobiet: { $ik_hours_parents ->
        [one] { $ik_hours_parents } godzina
        [few] { $ik_hours_parents } godziny
       *[other] { $ik_hours_parents } godzin
    }, niektóre z opieką nad dziećmi (od { $ik_care_age_min } do { $ik_care_age_max } lat).
    • Koszt: { $ik_fee_lesson } za godzinę lekcyjną. Przy Bürgergeld bezpłatnie.
    • Od lutego 2026 BAMF może już nie przyjmować uczestników dobrowolnych (jeszcze niepotwierdzone).

    📍 Zapis przez Jobcenter (przy Bürgergeld) lub w BAMF (federalny urząd ds. migracji). Pomoc: Migrationsberatung (poradnia dla migrantów, MBE, od { $mbe_age_min } lat) lub Jugendmigrationsdienst (poradnia dla młodych migrantów, JMD, od { $jmd_age_min } do { $jmd_age_max } lat).

train-bsk =
    🗣️ Berufssprachkurs (niemiecki zawodowy)

    Dla wszystkich z niemieckim od poziomu B1. Poziomy: B1 → B2, B2 → C1, C1 → C2.
    Bezpłatnie, jeśli dochód do opodatkowania jest niższy niż { $bsk_income_limit } rocznie.

    📍 Skierowanie: Jobcenter lub Agentur für Arbeit (agencja pracy). Przy pracy: bezpośrednio w BAMF.
    📄 Ostatni certyfikat językowy (np. B1).

train-parttime =
    🧰 Ausbildung in Teilzeit (nauka zawodu w niepełnym wymiarze, § 7a BBiG)

    Zwykła nauka zawodu – w mniejszej liczbie godzin:
    • do { $tza_max_cut }% mniej czasu pracy
    • za to trwa dłużej (najwyżej półtora raza dłużej)
    • zakład pracy musi się zgodzić
    • wynagrodzenie za naukę może być odpowiednio niższe

    📍 BCA w Jobcenter lub doradztwo zawodowe w Agentur für Arbeit (agencja pracy): pomagają znaleźć zakład pracy.
    🧸 Opiekę nad dzieckiem warto zaplanować wcześnie – Kita lub Ganztag (szkoła całodzienna).

train-retraining =
    🔄 Umschulung (przekwalifikowanie) z Bildungsgutschein (bon szkoleniowy)

    Nowy zawód z dyplomem – możliwy także w niepełnym wymiarze.
    Bildungsgutschein wydaje Jobcenter lub Agentur für Arbeit. Nie ma stałego prawa (decyzja uznaniowa) – pomagają dobre argumenty.

    💶 Do tego:
    • Weiterbildungsgeld (dodatek szkoleniowy): { $wb_geld } miesięcznie
    • Premia: { $wb_bonus_mid } za egzamin pośredni, { $wb_bonus_final } za egzamin końcowy
    • Opieka nad dziećmi: { $care_cost_training } na dziecko miesięcznie

    📍 BCA w Jobcenter lub Agentur für Arbeit.
    📄 CV, świadectwa, pomysł na zawód.

train-avgs =
    🤝 Coaching z AVGS (Aktivierungs- und Vermittlungsgutschein – bon na aktywizację i pośrednictwo)

    Doradczyni lub doradca pomaga w drodze do pracy: aplikacje, szukanie ofert, plan na rodzinę i pracę.
    • Bezpłatnie.
    • Mogą zostać pokryte koszty dojazdu i opieki nad dziećmi.

    📍 Jobcenter (BCA) lub Agentur für Arbeit (agencja pracy): zapytać o AVGS. Potem wybiera się firmę, która prowadzi coaching.

train-recognition =
    📜 Uznanie dyplomu z zagranicy

    Każdy ma prawo do procedury uznania – niezależnie od statusu pobytu.
    1. Anerkennungs-Finder (wyszukiwarka urzędu od uznania): pokazuje, który urząd jest właściwy – www.anerkennung-in-deutschland.de
    2. IQ-Beratung (porady sieci IQ): bezpłatne porady w sprawie uznania.
    3. Koszty: może pomóc Anerkennungszuschuss (dopłata do uznania). Warto też zapytać w Jobcenter lub Agentur.

    📄 Świadectwa, dyplomy, dowody doświadczenia zawodowego.

## Kolejne kroki

train-todo-bca = Jobcenter: umówić termin u BCA (pełnomocniczka ds. równych szans). Bez Bürgergeld: Agentur für Arbeit.
train-todo-ik = Integrationskurs: zapisać się przez Jobcenter lub BAMF i zapytać o kurs z opieką nad dziećmi. Pomoc: MBE lub JMD.
train-todo-bsk = Berufssprachkurs: uzyskać skierowanie w Jobcenter, w Agentur lub (przy pracy) w BAMF.
train-todo-parttime = BCA lub doradztwo zawodowe: omówić naukę zawodu w niepełnym wymiarze – zabrać CV i świadectwa.
train-todo-retraining = BCA w Jobcenter lub Agentur: złożyć wniosek o Bildungsgutschein na przekwalifikowanie (także w niepełnym wymiarze).
train-todo-avgs = Jobcenter lub Agentur: zapytać o AVGS na coaching – od razu złożyć wniosek o koszty dojazdu i opieki.
train-todo-recognition = Skorzystać z Anerkennungs-Finder i skontaktować się z IQ-Beratung – przygotować świadectwa.
