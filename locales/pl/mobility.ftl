# Mobilność. Ceny pochodzą z dialogs/figures.toml.

mob-title = Autobus, pociąg, auto

mob-start = 🚌 W drodze autobusem, pociągiem i autem. Czego potrzeba?

mob-opt-dticket = 🎫 { -deutschlandticket }
mob-opt-social = 💶 Tańszy bilet socjalny
mob-opt-school = 🚸 Droga dzieci do szkoły
mob-opt-licence = 🚗 Prawo jazdy do pracy
mob-opt-check = ✅ Co mi przysługuje?
mob-opt-wohngeld = 🏠 { -wohngeld(form: "long") }
mob-opt-but = 🎒 { -bildung-und-teilhabe }
mob-opt-avgs = 🤝 Coaching ({ -avgs })

mob-dticket =
    🎫 { -deutschlandticket(form: "long") }

    Jeden bilet na autobusy i pociągi regionalne w całych Niemczech.
    Cena: { $deutschlandticket } miesięcznie (od { $deutschlandticket_from }), w abonamencie.
    👶 Dzieci poniżej { $dt_free_age } lat jeżdżą za darmo.

    📍 W miejskim przedsiębiorstwie komunikacyjnym (punkt obsługi klienta lub aplikacja).
    💡 Przy { -buergergeld(form: "long") }, { -wohngeld(form: "long") } lub { -asylbewerberleistungen(form: "long") } często jest tańszy bilet socjalny.

mob-social =
    💶 { -deutschlandticket-sozial(form: "long") }

    W regionie { -vrr(form: "long") }, także w Wuppertalu i Hagen: { $dt_sozial } miesięcznie (stan na { $dt_sozial_from }; cena na 2026 jeszcze niepotwierdzona).
    Dla osób z { -buergergeld(form: "long") }, { -sozialhilfe(form: "long") }, { -wohngeld(form: "long") }, { -asylbewerberleistungen(form: "long") } i kilku innych.

    Jak to działa:
    1. Uzyskać zaświadczenie: w urzędzie miasta lub w urzędzie, który wypłaca świadczenie.
    2. Z tym zaświadczeniem zamówić bilet w przedsiębiorstwie komunikacyjnym (abonament).

    Inne regiony: zapytać w urzędzie miasta o bilet socjalny.

mob-school =
    🚸 Droga dzieci do szkoły

    • { -bildung-und-teilhabe(form: "long") } płaci za potrzebne dojazdy do szkoły – przy { -buergergeld(form: "long") }, { -wohngeld(form: "long") }, { -kinderzuschlag(form: "long") } lub { -asylbewerberleistungen(form: "long") }.
    • W { -nrw(form: "long") } jest { -deutschlandticket } Schule (bilet szkolny): { $dt_schule } miesięcznie.
    • Dzieci poniżej { $dt_free_age } lat jeżdżą za darmo.

    📍 O bilet szkolny zapytać w sekretariacie szkoły. Wniosek o { -bildung-und-teilhabe }: { -jobcenter(form: "long") }, urząd miasta lub { -sozialamt(form: "long") }.

mob-licence =
    🚗 Prawo jazdy do pracy

    { -jobcenter(form: "long") } może zapłacić za prawo jazdy (Vermittlungsbudget, budżet na pośrednictwo pracy). Nie ma na to gwarancji – decyduje urząd.
    Potrzebna jest konkretna oferta pracy, do której prawo jazdy jest niezbędne.

    📄 Zabrać:
    • Pismo od pracodawcy: zatrudnienie nastąpi po zdobyciu prawa jazdy
    • Kosztorys ze szkoły jazdy

    📍 { -jobcenter } – zapytać przed zapisaniem się do szkoły jazdy. Osoby bez { -buergergeld(form: "long") }: zapytać w { -agentur-fuer-arbeit(form: "long") }.

## Kolejne kroki

mob-todo-social = Urząd miasta: uzyskać zaświadczenie na bilet socjalny, potem zamówić { -deutschlandticket-sozial(form: "long") } w przedsiębiorstwie komunikacyjnym.
mob-todo-school = Szkoła: zapytać o bilet szkolny; koszty dojazdu zgłosić we wniosku o { -bildung-und-teilhabe(form: "long") }.
mob-todo-licence = { -jobcenter(form: "long") }: złożyć wniosek o prawo jazdy z Vermittlungsbudget – zabrać pismo od pracodawcy i kosztorys ze szkoły jazdy.

## Zasady krajów związkowych i sieci

mob-opt-rural = 🚐 Autobus na żądanie na wsi

mob-social-be =
    💶 Berlin-Ticket S

    { $berlin_ticket_s } miesięcznie, na autobusy i pociągi w Berlinie (strefa AB).
    Dla osób z { -buergergeld }, { -sozialhilfe }, { -asylbewerberleistungen } lub { -wohngeld } – i kilku innych grup. Nie przy zasiłku dla bezrobotnych I (ALG I).

    Jak to działa:
    1. Kup bilet w BVG lub S-Bahn.
    2. Wpisz na bilecie swoje pełne imię i nazwisko.
    3. Zawsze miej przy sobie { -bescheid } i dokument ze zdjęciem.

mob-social-clp =
    💶 { -sozialticket } w powiecie Cloppenburg

    Nie znam { -sozialticket } w powiecie Cloppenburg. W Dolnej Saksonii decydują o tym same powiaty i miasta. Zapytaj w starostwie (Kreishaus).
    🚐 Tanio podróżujesz autobusem na żądanie moobil+.
    🎒 Potrzebne przejazdy do szkoły opłaca { -bildung-und-teilhabe }.

mob-rural =
    🚐 Autobus na żądanie moobil+ w powiecie Cloppenburg

    Małe autobusy jeżdżą w każdej gminie, zwykle od 7 do 19. Zatrzymują się na ponad 500 przystankach – także bez stopni.
    ⏰ Rezerwuj co najmniej { $moobil_book_hours ->
        [one] { $moobil_book_hours } godzinę
        [few] { $moobil_book_hours } godziny
       *[other] { $moobil_book_hours } godzin
    } wcześniej: w aplikacji, online lub pod numerem 0800 3030 20 1.
    💶 Przejazd w Twojej gminie: { $moobil_fare }. Za każdą kolejną gminę: { $moobil_fare_extra } więcej.
    Są też bilety dzienne, tygodniowe i miesięczne. Płacisz gotówką lub przez konto.

mob-todo-social-be = BVG lub S-Bahn: kupić Berlin-Ticket S – zawsze mieć przy sobie { -bescheid } i dokument ze zdjęciem.
mob-todo-rural = moobil+: zarezerwować przejazd z wyprzedzeniem – aplikacja, online lub 0800 3030 20 1.
