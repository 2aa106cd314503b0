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

## Kolejne kroki

train-todo-bca = { -jobcenter(form: "long") }: umówić termin u { -bca(form: "long") }. Osoby bez { -buergergeld(form: "long") }: { -agentur-fuer-arbeit(form: "long") }.
train-todo-bsk = { -berufssprachkurs(form: "long") }: uzyskać skierowanie w { -jobcenter(form: "long") }, w { -agentur-fuer-arbeit(form: "long") } lub (przy pracy) w { -bamf(form: "long") }.
train-todo-parttime = { -bca(form: "long") } lub doradztwo zawodowe: omówić naukę zawodu w niepełnym wymiarze – zabrać CV i świadectwa.
train-todo-retraining = { -bca(form: "long") } w { -jobcenter(form: "long") } lub { -agentur-fuer-arbeit(form: "long") }: złożyć wniosek o { -bildungsgutschein(form: "long") } na przekwalifikowanie (także w niepełnym wymiarze).
train-todo-avgs = { -jobcenter(form: "long") } lub { -agentur-fuer-arbeit(form: "long") }: zapytać o { -avgs(form: "long") } na coaching – od razu złożyć wniosek o koszty dojazdu i opieki.
train-opt-need-care = 🧸 Jednak potrzebna opieka nad dzieckiem?
train-todo-agentur = { -agentur-fuer-arbeit }: umówić się na doradztwo zawodowe – bezpłatnie, także przy pracy.

train-bsk =
    🗣️ { -berufssprachkurs(form: "long") }

    Dla wszystkich z niemieckim od poziomu B1. Poziomy: B1 → B2, B2 → C1, C1 → C2, każdy { $bsk_hours_min }–{ $bsk_hours_max } lekcji.
    Bezpłatnie, jeśli dochód do opodatkowania jest niższy niż { $bsk_income_limit } rocznie. W przeciwnym razie { $bsk_fee_lesson } za lekcję.

    📍 Skierowanie: { -jobcenter(form: "long") } lub { -agentur-fuer-arbeit(form: "long") }. Przy pracy: bezpośrednio w { -bamf(form: "long") }.
    📄 Ostatni certyfikat językowy (np. B1).

train-todo-recognition = { -iq-netzwerk(form: "long") }: bezpłatne doradztwo w sprawie uznania – przy każdym statusie pobytu. Zabrać świadectwa.

## Nauka niemieckiego: czytanie i pisanie, kurs, miejsce w czasie wstrzymania przyjęć

train-german-read =
    🗣️ Nauka niemieckiego

    To, który kurs pasuje, zależy od tego: czy umie Pan/Pani czytać i pisać?

train-read-latin = ✍️ Tak, alfabetem łacińskim
train-read-other = 🔤 Tak, ale innym pismem
train-read-none = 🤔 Nie albo tylko trochę
train-opt-change-read = ✏️ Zmienić odpowiedź o czytaniu

train-german-level = 🗣️ Jak dobrze zna Pan/Pani już niemiecki?
train-level-below = Trochę albo wcale
train-level-b1 = B1 lub lepiej
train-opt-change-level = ✏️ Zmienić odpowiedź o niemieckim

train-alpha =
    ✍️ { -integrationskurs(form: "long") } z alfabetyzacją (Alphabetisierungskurs)

    Nauka czytania i pisania alfabetem łacińskim – i niemieckiego. Kurs jest też dla osób, które piszą już innym pismem, np. cyrylicą lub po arabsku.
    • { $ik_hours_parents } lekcji, do tego do { $ik_alpha_repeat } lekcji powtórkowych (razem { $ik_alpha_max }).
    • Są kursy dla rodziców lub dla kobiet, często w niepełnym wymiarze, w godzinach przedszkola i szkoły.{ $small ->
        [0] {""}
       *[other] {" "}Jeśli dziecko nie ma miejsca w przedszkolu, { -bamf } może zapłacić za opiekę nad nim w czasie kursu (w tym roku jeszcze niepewne).
    }
    • Koszt: { $ik_fee_lesson } za lekcję. Z { -buergergeld } bezpłatnie, jeśli złoży się wniosek przed kursem. Po zdanym egzaminie zwrot { $ik_refund_percent } % kosztów.

    ➡️ Dalej: kto teraz dostaje miejsce?

train-ik =
    🗣️ { -integrationskurs(form: "long") }

    Niemiecki i orientacja (życie w Niemczech): { $ik_hours } lekcji.
    • Kursy dla rodziców lub dla kobiet: { $ik_hours_parents } lekcji, często w niepełnym wymiarze, w godzinach przedszkola i szkoły.{ $small ->
        [0] {""}
       *[other] {" "}Jeśli dziecko nie ma miejsca w przedszkolu, { -bamf } może zapłacić za opiekę nad nim w czasie kursu (w tym roku jeszcze niepewne).
    }
    • Koszt: { $ik_fee_lesson } za lekcję. Z { -buergergeld } bezpłatnie, jeśli złoży się wniosek przed kursem. Po zdanym egzaminie zwrot { $ik_refund_percent } % kosztów.

    ➡️ Dalej: kto teraz dostaje miejsce?

train-ik-ask-bg =
    Czy dostaje Pan/Pani { -buergergeld(form: "long") } z { -jobcenter }?
    Od tego zależy, jak można teraz dostać miejsce na kursie.

train-ik-ask-res =
    Jaki jest Pana/Pani status pobytu?
    Od tego zależy, czy można teraz dostać miejsce na kursie.

train-opt-change-bg = ✏️ Jednak dostaję { -buergergeld }

train-ik-place =
    { $w ->
        [1]
        ✅ Z { -buergergeld }: proszę zapytać w { -jobcenter }

        Do { $ik_stop_end_from } { -bamf(form: "long") } nie przyjmuje nikogo, kto chce uczestniczyć dobrowolnie (§ 44 Abs. 4 AufenthG). Miejsce dostaje jednak osoba, którą { -jobcenter } zobowiąże do kursu (§ 44a AufenthG).

        • Proszę poprosić { -jobcenter } o zobowiązanie do kursu (Verpflichtung zum Integrationskurs) – z alfabetyzacją, jeśli jest potrzebna.
        • Z { -buergergeld } kurs nic nie kosztuje, jeśli złoży się wniosek przed kursem.
        • Proszę zapytać o kurs dla rodziców w niepełnym wymiarze.

        Pomoc: { -mbe(form: "long") } lub { -jmd(form: "long") }.
        [2]
        🪪 Z { -aufenthaltstitel(form: "long") }: czy ma Pan/Pani prawo do kursu?

        Do { $ik_stop_end_from } { -bamf(form: "long") } nikogo nie przyjmuje dobrowolnie (§ 44 Abs. 4 AufenthG). Miejsce dostaje jednak osoba z prawem do kursu (§ 44 Abs. 1 AufenthG) lub zobowiązana do niego (§ 44a AufenthG).

        • Proszę zapytać w { -auslaenderbehoerde(form: "long") }: czy mam prawo do { -integrationskurs }? Czy mogą mnie Państwo zobowiązać?
        • Z tym pismem zapisać się u organizatora kursu (Kursträger), np. w { -vhs(form: "long") }.

        Pomoc: { -mbe(form: "long") } lub { -jmd(form: "long") }.
       *[other]
        ⛔ Do { $ik_stop_end_from }: brak dobrowolnych miejsc

        Od okólnika z { $ik_stop_circular_from } { -bamf(form: "long") } nikogo już nie przyjmuje dobrowolnie na { -integrationskurs } (§ 44 Abs. 4 AufenthG). Dotyczy to osób ubiegających się o azyl, osób z { -duldung }, osób z Ukrainy z ochroną z § 24 i obywateli UE.

        Miejsce nadal dostaje osoba z prawem do kursu (§ 44 Abs. 1 AufenthG) lub zobowiązana do niego (§ 44a AufenthG).

        Co można zrobić:
        1. { -auslaenderbehoerde(form: "long") }: zapytać, czy może zobowiązać do kursu (Verpflichtung zum Integrationskurs).
        2. Przy { -buergergeld }: poprosić { -jobcenter } o zobowiązanie.
        3. Doradztwo: { -mbe(form: "long") } lub { -jmd(form: "long") }.
    }

train-todo-ik-bg = { -jobcenter }: poprosić o zobowiązanie do { -integrationskurs } (z alfabetyzacją, jeśli trzeba; najlepiej kurs dla rodziców w niepełnym wymiarze) – wniosek o zwolnienie z opłat złożyć przed kursem.
train-todo-ik-stop = { -auslaenderbehoerde }: zapytać, czy może zobowiązać do { -integrationskurs } – dobrowolnych miejsc do { $ik_stop_end_from } nie ma.
train-todo-ik-permit = { -auslaenderbehoerde }: zapytać, czy ma się prawo do { -integrationskurs }, potem zapisać się u organizatora kursu (Kursträger).
