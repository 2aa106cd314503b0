# Rodzina: narodziny i pierwsze miesiące, choroba lub szpital, chore dziecko.

fam-title = Dziecko i choroba
fam-start =
    👶 Dziecko czy choroba: o co chodzi?
fam-opt-baby = 👶 Dziecko w drodze / urodzone
fam-opt-ill = 🏥 Choruję / idę do szpitala
fam-opt-child-ill = 🤒 Moje dziecko choruje
fam-ask-postcode =
    📮 Pani/Pana kod pocztowy? Wtedy podam urzędy w pobliżu.

## Narodziny

birth-when = 👶 Kiedy urodzi się lub urodziło się dziecko? Terminy liczy się od miesiąca urodzenia.
birth-opt-expected = 🤰 Niedługo
birth-opt-this-month = W tym miesiącu
birth-opt-last-month = W zeszłym miesiącu
birth-opt-2-3 = 2–3 miesiące temu
birth-opt-earlier = Ponad 3 miesiące temu
birth-job = 💼 Czy przed porodem miała Pani pracę (na etacie)?
birth-opt-job-yes = Tak, na etacie
birth-opt-job-no = Nie
birth-insured = 🩺 Jak jest Pani ubezpieczona?
birth-opt-member = Sama jestem członkiem Krankenkasse
birth-opt-other-insured = Prywatnie lub rodzinnie
birth-parents = 👨‍👩‍👧 Czy jest Pani żoną ojca dziecka?
birth-opt-unmarried = Nie jesteśmy małżeństwem
birth-opt-no-father = Ojciec nieznany / nie chce
birth-opt-married = Małżeństwo (też w separacji)
birth-opt-kita = 🧸 Miejsce w Kita: kiedy i jak

birth-result =
    👶 Co zrobić po narodzinach – i gdzie:
    ⏰ Zgłosić narodziny w ciągu { $birth_register_days } dni. Wniosek o { -unterhaltsvorschuss } w miesiącu urodzenia, o { -elterngeld } w pierwszych { $elterngeld_backpay_months } miesiącach.

birth-benefit-register = Zgłoszenie narodzin
birth-benefit-insurance = Ubezpieczenie zdrowotne dziecka
birth-benefit-mg = { -mutterschaftsgeld(form: "long") }
birth-benefit-elternzeit = { -mutterschutz } i { -elternzeit }
birth-benefit-paternity = Ojcostwo i władza rodzicielska
birth-benefit-kita = Miejsce w { -kita } po { -elterngeld }

fam-office-standesamt = { -standesamt } w miejscu urodzenia
fam-office-krankenkasse = { -krankenkasse }
fam-office-mg = { -krankenkasse } lub { -bas }
fam-office-employer = pracodawca
fam-office-elterngeld = { -elterngeldstelle }
fam-office-beistandschaft = { -jugendamt }
fam-office-kita = { -jugendamt } lub portal { -kita } miasta
fam-office-jugendamt = { -jugendamt }
fam-office-hospital = szpital
fam-office-employer-kk = pracodawca, potem { -krankenkasse }

birth-reg-reason = W ciągu { $birth_register_days } dni w { -standesamt(form: "long") } w miejscu urodzenia. Zwykle szpital sam zgłasza narodziny. Dostaje Pani { $birth_certificates_free } bezpłatne odpisy: { -geburtsurkunde(form: "long") } do { -elterngeld }, { -kindergeld } i { -mutterschaftsgeld }.
birth-ins-reason = Dziecko jest bezpłatnie ubezpieczone przez Panią: { -familienversicherung(form: "long") }. Proszę zgłosić to w { -krankenkasse } zaraz po porodzie.
birth-ins-reason-other = Dziecko jest bezpłatnie ubezpieczone tylko przez rodzica w ustawowej { -krankenkasse }. Proszę zapytać przed porodem, jak ubezpieczyć dziecko.
birth-mg-reason-nojob = { -mutterschaftsgeld } jest dla matek, które pracują. Nie wie Pani? Proszę zapytać w { -krankenkasse }.
birth-mg-reason-member = Do { $mutterschaftsgeld_day } dziennie z { -krankenkasse }. Pracodawca dopłaca do Pani średniej pensji netto z ostatnich 3 miesięcy. { -mutterschutz(form: "long") }: { $mutterschutz_before_weeks } tygodni przed i { $mutterschutz_after_weeks } po porodzie. Jest w całości odliczany od { -elterngeld }.
birth-mg-reason-other = Jednorazowo do { $mutterschaftsgeld_bas } z { -bas(form: "long") }. Pracodawca i tak dopłaca. Nie odlicza się go od { -elterngeld }.
birth-ez-reason = { -mutterschutz(form: "long") }: { $mutterschutz_before_weeks } tygodni przed porodem (praca tylko, jeśli Pani chce), { $mutterschutz_after_weeks } tygodni po nim (po porodzie przedwczesnym lub mnogim { $mutterschutz_after_long_weeks }). { -elternzeit(form: "long") }: do { $elternzeit_years } lat. Wniosek na piśmie { $elternzeit_notice_weeks } tygodni przed początkiem. Jeśli ma się zacząć zaraz po { -mutterschutz }, termin mija wkrótce po porodzie. Od wniosku chroni Panią zakaz wypowiedzenia.
birth-eg-reason = Wniosek w pierwszych { $elterngeld_backpay_months } miesiącach: za czas przed wnioskiem płacą najwyżej { $elterngeld_backpay_months } miesiące. Co najmniej { $elterngeld_min } miesięcznie. Sama może Pani wziąć wszystkie { $elterngeld_months } miesięcy.
birth-eg-reason-hagen = Dla Hagen płaci { -versorgungsamt-dortmund }. Wniosek w pierwszych { $elterngeld_backpay_months } miesiącach: za czas przed wnioskiem płacą najwyżej { $elterngeld_backpay_months } miesiące. Sama może Pani wziąć wszystkie { $elterngeld_months } miesięcy.
birth-eg-reason-late = Proszę złożyć wniosek teraz! Za czas przed wnioskiem płacą najwyżej { $elterngeld_backpay_months } miesiące. Wcześniejsze miesiące przepadły.
birth-kg-reason = { $kindergeld } miesięcznie na dziecko. Wniosek z { -geburtsurkunde(form: "long") }.
birth-pat-reason-married = Tylko dla rodziców, którzy nie są małżeństwem.
birth-pat-reason = { -vaterschaftsanerkennung(form: "long") } i { -sorgeerklaerung(form: "long") }: bezpłatnie w { -jugendamt(form: "long") } (u notariusza płatnie). Można już przed porodem. Potrzebna jest Pani zgoda. Bez { -sorgeerklaerung } władza rodzicielska należy tylko do Pani.
birth-pat-reason-none = Bez { -vaterschaftsanerkennung } i { -sorgeerklaerung } władza rodzicielska należy tylko do Pani. Dowód wydaje { -jugendamt(form: "long") }: { -negativbescheinigung(form: "long") }.
birth-uvg-reason = { $uvg_0_5 } miesięcznie od miesiąca urodzenia. Wniosek w miesiącu urodzenia: wstecz płacą tylko za { $uvg_backpay_months } miesiąc przed wnioskiem. Musi Pani pomóc ustalić ojca, na ile to możliwe.
birth-uvg-reason-maybe = Jeśli ojciec nie płaci alimentów lub płaci za mało: { $uvg_0_5 } miesięcznie od miesiąca urodzenia. Wniosek w miesiącu urodzenia: wstecz tylko { $uvg_backpay_months } miesiąc.
birth-kita-reason = { -elterngeld } jest do { $elterngeld_months } miesięcy. Prawo do miejsca dziecko ma od { $kita_right_age } roku życia. Proszę zapisać je wcześnie, żeby { -kita } zaczęła się, gdy skończy się { -elterngeld }. Jak to działa u Pani: 🧸 poniżej.

birth-todo-register = { -standesamt }: zgłosić narodziny w ciągu { $birth_register_days } dni (często robi to szpital) – odebrać bezpłatne odpisy: { -geburtsurkunde(form: "long") }.
birth-todo-insurance = { -krankenkasse }: zaraz po porodzie objąć dziecko { -familienversicherung(form: "long") } – zabrać { -geburtsurkunde }.
birth-todo-insurance-other = Jeśli sama nie jest Pani w ustawowej { -krankenkasse }: przed porodem zapytać, jak ubezpieczyć dziecko.
birth-todo-mg-member = { -krankenkasse }: złożyć wniosek o { -mutterschaftsgeld } – pracodawca dopłaca.
birth-todo-mg-other = { -bas }: złożyć wniosek o { -mutterschaftsgeld } (jednorazowo do { $mutterschaftsgeld_bas }) – pracodawca dopłaca.
birth-todo-elternzeit = Pracodawca: złożyć na piśmie wniosek o { -elternzeit(form: "long") } – { $elternzeit_notice_weeks } tygodni przed początkiem.
birth-todo-elterngeld-hagen = { -versorgungsamt-dortmund } (dla Hagen): wniosek o { -elterngeld } w pierwszych { $elterngeld_backpay_months } miesiącach – { -geburtsurkunde }, odcinki wypłat.
birth-todo-kindergeld = { -familienkasse }: złożyć wniosek o { -kindergeld } na dziecko – zabrać { -geburtsurkunde }.
birth-todo-paternity = { -jugendamt }: umówić termin na { -vaterschaftsanerkennung } i { -sorgeerklaerung } – bezpłatnie, także przed porodem.
birth-todo-sole-custody = { -jugendamt }: odebrać { -negativbescheinigung(form: "long") }.
birth-todo-uvg = { -jugendamt } ({ -unterhaltsvorschussstelle }): wniosek o { -unterhaltsvorschuss } w miesiącu urodzenia – { -geburtsurkunde }, dane ojca.
birth-todo-uvg-maybe = Jeśli ojciec nie płaci alimentów lub płaci za mało: w miesiącu urodzenia złożyć w { -jugendamt } wniosek o { -unterhaltsvorschuss }.

## Choroba lub szpital

ill-kind = 🏥 Jaka jest sytuacja?
ill-opt-planned = Planowany szpital lub rehabilitacja
ill-opt-sudden = Nagle ciężko choruję
ill-child = 🧒 Czy mieszka z Panią/Panem dziecko poniżej { $haushaltshilfe_age } lat lub dziecko z niepełnosprawnością?
ill-other = 👥 Czy ktoś w domu może zająć się dziećmi i domem?
ill-opt-nobody = Nie, nikt
ill-opt-somebody = Tak
ill-job = 💼 Czy pracuje Pani/Pan na etacie?

ill-result =
    🏥 Kto pomaga, gdy Pani/Pan choruje:
    ⏰ Wniosek o { -haushaltshilfe } przed przyjęciem do szpitala.

ill-benefit-haushaltshilfe = { -haushaltshilfe(form: "long") }
ill-benefit-care = Opieka nad dziećmi
ill-benefit-social = { -sozialdienst(form: "long") }
ill-benefit-pay = Pensja i { -krankengeld }

ill-hh-reason-age = Tylko gdy w domu jest dziecko poniżej { $haushaltshilfe_age } lat lub dziecko z niepełnosprawnością.
ill-hh-reason-other = Tylko gdy nikt w domu nie może Pani/Pana zastąpić.
ill-hh-reason-planned = Wniosek przed przyjęciem, z zaświadczeniem od lekarza. Dopłata { $hh_copay } % dziennie (od { $hh_copay_min } do { $hh_copay_max }). Pomóc może też sąsiadka lub przyjaciel za wynagrodzeniem: { $hh_helper_hour } za godzinę, najwyżej { $hh_helper_day } dziennie (stan na { $hh_helper_hour_from }; kwota na 2026 nie jest jeszcze potwierdzona). Dziadkowie i rodzeństwo dostają tylko koszty, np. dojazdu.
ill-hh-reason-sudden = Także bez szpitala, przy ciężkiej chorobie: do { $hh_home_weeks } tygodni, z dzieckiem poniżej { $haushaltshilfe_age } lat do { $hh_home_weeks_child }. Wniosek od razu, z zaświadczeniem od lekarza. Sąsiadce lub przyjacielowi można płacić { $hh_helper_hour } za godzinę (stan na { $hh_helper_hour_from }; 2026 niepotwierdzone).
ill-care-reason = Jeśli { -krankenkasse } nie płaci za pomoc albo płaci za mało: { -jugendamt(form: "long") } może zorganizować opiekę w domu.
ill-social-reason = Jest prawie w każdym szpitalu. Organizuje pomoc w domu i pomaga we wnioskach. Proszę zadzwonić przed przyjęciem.
ill-social-reason-maybe = Jeśli musi Pani/Pan iść do szpitala: od razu zapytać o { -sozialdienst }. Pomaga z pomocą w domu i wnioskami.
ill-pay-reason = { -entgeltfortzahlung(form: "long") }: pracodawca płaci przez { $sick_pay_weeks } tygodni. Potem { -krankenkasse } płaci { -krankengeld(form: "long") }: { $krankengeld_gross } % brutto, najwyżej { $krankengeld_net } % netto, do { $krankengeld_weeks } tygodni w ciągu { $krankengeld_years } lat.

ill-todo-hh-planned = { -krankenkasse }: wniosek o { -haushaltshilfe } przed przyjęciem – zaświadczenie lekarza; imię i nazwisko osoby pomagającej, jeśli pomaga sąsiadka lub przyjaciel.
ill-todo-social = Szpital: przed przyjęciem zadzwonić do { -sozialdienst(form: "long") } – ustalić pomoc w domu i wnioski.
ill-todo-social-maybe = Jeśli musi Pani/Pan iść do szpitala: od razu zapytać o { -sozialdienst(form: "long") }.
ill-todo-pay = Pracodawca: oddać zwolnienie lekarskie. Po { $sick_pay_weeks } tygodniach { -krankenkasse } płaci { -krankengeld }.

## Chore dziecko

kid-age = 🤒 Ile lat ma chore dziecko?
kid-opt-under-12 = Poniżej { $kkg_age }
kid-opt-hospital = Poniżej { $kkg_hospital_age }, w szpitalu
kid-opt-from-12 = { $kkg_age } lub więcej

kid-result =
    🤒 Jeśli nie może Pani/Pan pracować, bo dziecko choruje:

kid-benefit-kkg = { -kinderkrankengeld(form: "long") }

kid-kkg-reason-age = Tylko dla dzieci poniżej { $kkg_age } lat.
kid-kkg-reason-job = Zastępuje pensję: tylko jeśli pracuje Pani/Pan na etacie.
kid-kkg-reason = Samotni rodzice: { $kkg_days_single } dni roboczych na dziecko rocznie, na wszystkie dzieci najwyżej { $kkg_days_single_max } (stan na { $kkg_days_single_from }). { $kkg_rate } % utraconego netto. Pani/Pan i dziecko w ustawowej kasie; zaświadczenie od pediatry.
kid-kkg-reason-hospital = Jeśli zostaje Pani/Pan z dzieckiem poniżej { $kkg_hospital_age } lat w szpitalu: bez limitu i nie liczy się do { $kkg_days_single } dni. { $kkg_rate } % utraconego netto.

kid-todo-kkg-hospital = { -krankenkasse }: wniosek o { -kinderkrankengeld } za czas w szpitalu – zabrać zaświadczenie lekarza.
