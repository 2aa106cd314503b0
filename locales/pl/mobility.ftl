# Mobilność. Ceny pochodzą z dialogs/figures.toml.

mob-title = Autobus, pociąg, auto

mob-start = 🚌 W drodze autobusem, pociągiem i autem. Czego potrzeba?

mob-opt-dticket = 🎫 Deutschlandticket
mob-opt-social = 💶 Tańszy bilet socjalny
mob-opt-school = 🚸 Droga dzieci do szkoły
mob-opt-licence = 🚗 Prawo jazdy do pracy
mob-opt-check = ✅ Co mi przysługuje?
mob-opt-wohngeld = 🏠 Wohngeld (mieszkanie)
mob-opt-but = 🎒 Bildung und Teilhabe
mob-opt-avgs = 🤝 Coaching (AVGS)

mob-dticket =
    🎫 Deutschlandticket (bilet na całe Niemcy)

    Jeden bilet na autobusy i pociągi regionalne w całych Niemczech.
    Cena: { $deutschlandticket } miesięcznie (od { $deutschlandticket_from }), w abonamencie.
    👶 Dzieci poniżej { $dt_free_age } lat jeżdżą za darmo.

    📍 W miejskim przedsiębiorstwie komunikacyjnym (punkt obsługi klienta lub aplikacja).
    💡 Przy Bürgergeld, Wohngeld lub Asylbewerberleistungen często jest tańszy bilet socjalny.

mob-social =
    💶 Deutschlandticket Sozial (bilet socjalny)

    W VRR (także Wuppertal): { $dt_sozial } miesięcznie (stan na { $dt_sozial_from }; cena na 2026 jeszcze niepotwierdzona).
    Dla osób z Bürgergeld, Sozialhilfe (pomoc społeczna), Wohngeld (dodatek mieszkaniowy), Asylbewerberleistungen i kilku innych.

    Jak to działa:
    1. Wziąć zaświadczenie: w urzędzie miasta lub w urzędzie, który wypłaca świadczenie.
    2. Z tym zaświadczeniem zamówić bilet w przedsiębiorstwie komunikacyjnym (abonament).

    Inne regiony: zapytać w urzędzie miasta o bilet socjalny.

mob-school =
    🚸 Droga dzieci do szkoły

    • Bildung und Teilhabe (pomoc na szkołę i zajęcia) płaci za potrzebne dojazdy do szkoły – przy Bürgergeld, Wohngeld, Kinderzuschlag lub AsylbLG.
    • W NRW jest Deutschlandticket Schule (bilet szkolny): { $dt_schule } miesięcznie.
    • Dzieci poniżej { $dt_free_age } lat jeżdżą za darmo.

    📍 O bilet szkolny zapytać w sekretariacie szkoły. Wniosek o Bildung und Teilhabe: Jobcenter, urząd miasta lub Sozialamt (urząd opieki społecznej).

mob-licence =
    🚗 Prawo jazdy do pracy

    Jobcenter może zapłacić za prawo jazdy (Vermittlungsbudget, budżet na pośrednictwo pracy). Nie ma stałego prawa (decyzja uznaniowa).
    Potrzebna jest konkretna oferta pracy, do której prawo jazdy jest niezbędne.

    📄 Zabrać:
    • Pismo od pracodawcy: zatrudnienie nastąpi po zdobyciu prawa jazdy
    • Kosztorys ze szkoły jazdy

    📍 Jobcenter – zapytać przed zapisaniem się do szkoły jazdy. Bez Bürgergeld: zapytać w Agentur für Arbeit (agencja pracy).

## Kolejne kroki

mob-todo-social = Urząd miasta: wziąć zaświadczenie na bilet socjalny, potem zamówić Deutschlandticket Sozial w przedsiębiorstwie komunikacyjnym.
mob-todo-school = Szkoła: zapytać o bilet szkolny; koszty dojazdu zgłosić we wniosku o Bildung und Teilhabe.
mob-todo-licence = Jobcenter: złożyć wniosek o prawo jazdy z Vermittlungsbudget – zabrać pismo od pracodawcy i kosztorys ze szkoły jazdy.
