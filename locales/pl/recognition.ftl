# Uznanie dyplomu z zagranicy (dialogs/training.toml). Liczby z dialogs/figures.toml.
# $p: 1 nauczyciel, 2 inżynier, 3 pielęgniarka, 4 lekarz, 5 Erzieher/in. Nazwy urzędów po niemiecku.

train-rec-profession =
    📜 Uznanie dyplomu z zagranicy

    Ma Pan/Pani prawo do sprawdzenia dyplomu (Anerkennungsverfahren, procedura uznania) – przy każdym statusie pobytu.

    Jaki ma Pan/Pani zawód lub wykształcenie?

train-prof-teacher = 👩‍🏫 Nauczycielka / nauczyciel
train-prof-engineer = 🛠️ Inżynier
train-prof-nurse = 🩺 Pielęgniarka / pielęgniarz
train-prof-doctor = ⚕️ Lekarka / lekarz
train-prof-erzieher = 🧸 Wychowawczyni / wychowawca
train-prof-academic = 🎓 Inne studia
train-prof-vocational = 🧰 Wykształcenie zawodowe
train-opt-change-prof = ✏️ Inny zawód

train-rec-ask-postcode =
    📮 W każdym kraju związkowym decyduje inny urząd. Jaki jest Pana/Pani kod pocztowy? Proszę wpisać 5 cyfr, np. 42103.

train-rec-nw =
    📜 Uznanie w Nadrenii Północnej-Westfalii (Nordrhein-Westfalen)

    { $p ->
        [1] Nauczyciel: przy dyplomie spoza UE decyduje Bezirksregierung Detmold, przy dyplomie z UE – Bezirksregierung Arnsberg. Potrzebny niemiecki na poziomie C1. Bez opłaty.
        [2] Inżynier: decyduje Bezirksregierung okręgu zamieszkania (budownictwo: Ingenieurkammer-Bau NRW). „Ingenieur” to tytuł chroniony. Pracować z dyplomem można też bez niego.
        [3] Pielęgniarka: decyduje Bezirksregierung Münster (ZAG-PuG).
        [4] Lekarz: decyduje Bezirksregierung Münster (ZAG).
        [5] Wychowawca: decyduje Bezirksregierung Münster lub Düsseldorf – zależnie od kraju dyplomu. Który, pokaże { -anerkennungs-finder(form: "long") }.
       *[other] Który urząd decyduje, pokaże { -anerkennungs-finder(form: "long") }: www.anerkennung-in-deutschland.de
    }

    📄 Dyplomy i świadectwa z tłumaczeniem, dowody doświadczenia zawodowego, certyfikat z niemieckiego.
    ⚠️ Jeszcze nic nie płacić: najpierw wniosek o dopłatę (następny krok).

train-rec-be =
    📜 Uznanie w Berlinie

    { $p ->
        [1] Nauczyciel: decyduje Senatsverwaltung für Bildung, Jugend und Familie.
        [2] Inżynier: decyduje Baukammer Berlin (jeszcze niepotwierdzone). „Ingenieur” to tytuł chroniony. Pracować z dyplomem można też bez niego.
        [3] Pielęgniarka: decyduje LAGeSo (Landesamt für Gesundheit und Soziales). Potrzebny niemiecki na poziomie B2.
        [4] Lekarz: decyduje LAGeSo (Landesamt für Gesundheit und Soziales).
        [5] Wychowawca: decyduje Senatsverwaltung für Bildung, Jugend und Familie.
       *[other] Który urząd decyduje, pokaże { -anerkennungs-finder(form: "long") }: www.anerkennung-in-deutschland.de
    }

    📄 Dyplomy i świadectwa z tłumaczeniem, dowody doświadczenia zawodowego, certyfikat z niemieckiego.
    ⚠️ Jeszcze nic nie płacić: najpierw wniosek o dopłatę (następny krok).

train-rec-ni =
    📜 Uznanie w Dolnej Saksonii (Niedersachsen)

    { $p ->
        [1] Nauczyciel: decyduje RLSB Lüneburg (Regionales Landesamt für Schule und Bildung) lub Kultusministerium (jeszcze niepotwierdzone). Opłata: { $ni_teacher_fee_min }–{ $ni_teacher_fee_max }.
        [2] Inżynier: decyduje Ingenieurkammer Niedersachsen. Opłata: { $ni_engineer_fee_min }–{ $ni_engineer_fee_max }. „Ingenieur” to tytuł chroniony. Pracować z dyplomem można też bez niego.
        [3] Pielęgniarka: decyduje Landesamt für Soziales, Jugend und Familie.
        [4] Lekarz: decyduje NiZzA (Niedersächsischer Zweckverband zur Approbationserteilung).
        [5] Wychowawca: decyduje RLSB Lüneburg (Regionales Landesamt für Schule und Bildung). Opłata: { $ni_erzieher_fee }.
       *[other] Który urząd decyduje, pokaże { -anerkennungs-finder(form: "long") }: www.anerkennung-in-deutschland.de
    }

    📄 Dyplomy i świadectwa z tłumaczeniem, dowody doświadczenia zawodowego, certyfikat z niemieckiego.
    ⚠️ Jeszcze nic nie płacić: najpierw wniosek o dopłatę (następny krok).

train-rec-other =
    📜 Który urząd decyduje?

    To zależy od kraju związkowego i zawodu. { -anerkennungs-finder(form: "long") } pokaże urząd właściwy dla Pana/Pani: www.anerkennung-in-deutschland.de
    { $p ->
        [2] „Ingenieur” to tytuł chroniony. Pracować z dyplomem można też bez niego.
       *[other] { -iq-netzwerk } bezpłatnie pomoże znaleźć urząd.
    }

    📄 Dyplomy i świadectwa z tłumaczeniem, dowody doświadczenia zawodowego.
    ⚠️ Jeszcze nic nie płacić: najpierw wniosek o dopłatę (następny krok).

train-rec-zab =
    🎓 Inne studia: ocena ZAB (Zeugnisbewertung)

    Dyplom, który nie prowadzi do zawodu chronionego, nie jest uznawany. ZAB (Zentralstelle für ausländisches Bildungswesen) pisze jednak, któremu niemieckiemu dyplomowi odpowiada Pana/Pani dyplom (Zeugnisbewertung). To porównanie, nie uznanie – przydatne przy szukaniu pracy.
    • Opłata: { $zab_fee }
    📄 Dyplom, przedmioty i oceny, tłumaczenie na niemiecki.
    ⚠️ Jeszcze nic nie płacić: najpierw wniosek o dopłatę (następny krok).

train-rec-grant =
    💶 Kto płaci koszty: Anerkennungszuschuss (dopłata do uznania)

    ⚠️ Wniosek złożyć ZANIM cokolwiek się zapłaci. Wcześniejsze koszty nie są zwracane.
    • { $az_fee_min }–{ $az_fee_max } na opłaty, tłumaczenia, ZAB
    • do { $az_analysis_max } na analizę kwalifikacji, do { $az_bridge_max } na szkolenie do pełnego uznania
    • gdy dochód do opodatkowania wynosi najwyżej { $az_income_single } rocznie (pary: { $az_income_couple })
    • gdy mieszka się w Niemczech od { $az_residence_months } miesięcy
    • wniosek do { $az_end_from }: www.anerkennung-in-deutschland.de
    Przy { -buergergeld } zapytać też w { -jobcenter }.

    🤝 Bezpłatne doradztwo przy każdym statusie pobytu: { -iq-netzwerk(form: "long") }.

## Następne kroki

train-todo-rec-nw-teacher = Bezirksregierung Detmold (dyplom spoza UE) lub Arnsberg (UE): złożyć wniosek o uznanie jako nauczyciel – z certyfikatem niemieckiego C1.
train-todo-rec-nw-engineer = Bezirksregierung miejsca zamieszkania (budownictwo: Ingenieurkammer-Bau NRW): złożyć wniosek o uznanie jako inżynier.
train-todo-rec-nw-health = Bezirksregierung Münster (ZAG): złożyć wniosek o uznanie zawodu medycznego.
train-todo-rec-nw-erzieher = Bezirksregierung Münster lub Düsseldorf (zależnie od kraju dyplomu): złożyć wniosek o uznanie jako wychowawca (Erzieher/in).
train-todo-rec-be-senat = Senatsverwaltung für Bildung, Jugend und Familie: złożyć wniosek o uznanie dyplomu.
train-todo-rec-be-engineer = Baukammer Berlin (jeszcze niepotwierdzone): złożyć wniosek o uznanie jako inżynier.
train-todo-rec-be-health = LAGeSo: złożyć wniosek o uznanie zawodu medycznego.
train-todo-rec-ni-rlsb = RLSB Lüneburg: złożyć wniosek o uznanie dyplomu.
train-todo-rec-ni-engineer = Ingenieurkammer Niedersachsen: złożyć wniosek o uznanie jako inżynier.
train-todo-rec-ni-nurse = Landesamt für Soziales, Jugend und Familie: złożyć wniosek o uznanie jako pielęgniarka.
train-todo-rec-ni-doctor = NiZzA: złożyć wniosek o uznanie jako lekarz.
train-todo-rec-finder = { -anerkennungs-finder(form: "long") }: znaleźć właściwy urząd i tam złożyć wniosek o uznanie.
train-todo-rec-zab = ZAB: złożyć wniosek o Zeugnisbewertung dyplomu ({ $zab_fee }).
train-todo-rec-grant = Anerkennungszuschuss (dopłata do uznania): złożyć wniosek, zanim zapłaci się opłaty lub tłumaczenia (do { $az_end_from }).
