# Îngrijirea copiilor. Numerele și limitele de vârstă vin din dialogs/figures.toml.

cc-title = Îngrijirea copiilor

cc-start = 🧸 Îngrijirea copiilor. De ce aveți nevoie?

cc-opt-place = 🧸 Kita sau bonă de zi
cc-opt-ganztag = 🏫 Program prelungit (școală)
cc-opt-offhours = ⏰ Tura de dimineață sau seară
cc-opt-sick = 🤒 Boală sau urgență
cc-opt-fees = 💶 Fără taxe la Kita
cc-opt-training = 🎓 Îngrijire în timpul formării
cc-opt-how = 📝 Cum faceți înscrierea
cc-opt-to-training = 🎓 Formare și loc de muncă
cc-opt-elterngeld = 🍼 Elterngeld
cc-opt-school-ticket = 🚸 Drumul la școală
cc-opt-sick-child = 🤒 Copilul meu e bolnav
cc-opt-sick-parent = 🤕 Boala mea / spital

## Un loc la Kita sau la o bonă de zi

cc-place-age = Ce vârstă are copilul care are nevoie de un loc?
cc-age-under1 =
    Sub { $kita_right_age ->
        [one] { $kita_right_age } an
        [few] { $kita_right_age } ani
       *[other] { $kita_right_age } de ani
    }
cc-age-1-2 = 1 sau 2 ani
cc-age-3-school = De la 3 ani până la școală
cc-age-school = Copil de școală

cc-place-under1 =
    👶 Copilul dumneavoastră are sub { $kita_right_age ->
        [one] { $kita_right_age } an
        [few] { $kita_right_age } ani
       *[other] { $kita_right_age } de ani
    }.

    Dreptul la un loc (Kita sau bonă de zi) există acum doar dacă
    • lucrați,
    • căutați de lucru,
    • faceți o formare profesională sau
    • participați la un program al Jobcenter.
    De la împlinirea vârstei de { $kita_right_age ->
        [one] { $kita_right_age } an
        [few] { $kita_right_age } ani
       *[other] { $kita_right_age } de ani
    }, fiecare copil are dreptul la un loc.

    📍 Jugendamt (oficiul pentru copii și tineret) din orașul dumneavoastră. Înscrieți copilul din timp – în NRW cu cel puțin { $kita_notice_months ->
        [one] { $kita_notice_months } lună
        [few] { $kita_notice_months } luni
       *[other] { $kita_notice_months } de luni
    } înainte.
    📄 Dovadă de muncă, de căutare a unui loc de muncă sau de formare.

cc-place-right =
    ✅ Copilul dumneavoastră are dreptul la un loc de îngrijire – chiar dacă nu lucrați.
    Dreptul începe de la vârsta de { $kita_right_age ->
        [one] { $kita_right_age } an
        [few] { $kita_right_age } ani
       *[other] { $kita_right_age } de ani
    }: la o Kita (creșă/grădiniță) sau la o bonă de zi (Tagesmutter / Tagesvater, Kindertagespflege).

    📍 Jugendamt (oficiul pentru copii și tineret) din orașul dumneavoastră. În NRW: anunțați cu cel puțin { $kita_notice_months ->
        [one] { $kita_notice_months } lună
        [few] { $kita_notice_months } luni
       *[other] { $kita_notice_months } de luni
    } înainte.

    💡 Înscrieți copilul la mai multe Kita și întrebați la Jugendamt și de o bonă de zi.

cc-place-how =
    📝 Cum obțineți un loc:

    1. Înscrierea: pe portalul online al orașului (adesea „Kita-Navigator”) sau la Jugendamt (oficiul pentru copii și tineret). Cel mai bine la mai multe Kita.
    2. Bonă de zi (Tagesmutter sau Tagesvater): o găsește Jugendamt.
    3. Din timp: în NRW cu cel puțin { $kita_notice_months ->
        [one] { $kita_notice_months } lună
        [few] { $kita_notice_months } luni
       *[other] { $kita_notice_months } de luni
    } înainte.
    4. Nu vi s-a oferit niciun loc? Scrieți la Jugendamt: „Ich beantrage einen Betreuungsplatz für mein Kind ab (Datum).” (Solicit un loc de îngrijire pentru copilul meu începând cu (data).) Păstrați o copie.

    📄 Certificatul de naștere, actul de identitate. Pentru un copil sub { $kita_right_age ->
        [one] { $kita_right_age } an
        [few] { $kita_right_age } ani
       *[other] { $kita_right_age } de ani
    }: dovadă de muncă, de formare sau de căutare a unui loc de muncă.

## Program prelungit la școala primară

cc-ganztag =
    🏫 Ganztag (program prelungit la școala primară)

    Din { $ganztag_grade_from } există dreptul la un loc cu program prelungit { $ganztag_grade ->
        [1] pentru clasa 1
       *[other] pentru clasele 1–{ $ganztag_grade }
    }. În fiecare an se adaugă o clasă, până la clasa a 4-a.
    Adică: { $ganztag_hours ->
        [one] { $ganztag_hours } oră
        [few] { $ganztag_hours } ore
       *[other] { $ganztag_hours } de ore
    } pe zi, de luni până vineri – și în vacanțe, cu cel mult { $ganztag_closing_days ->
        [one] { $ganztag_closing_days } zi
        [few] { $ganztag_closing_days } zile
       *[other] { $ganztag_closing_days } de zile
    } de închidere pe an.

    📍 Înscrieți copilul la Ganztag (în NRW: OGS) la școala primară – cel mai bine odată cu înscrierea la școală. Întrebări: școala sau Jugendamt (oficiul pentru copii și tineret).
    💶 Taxe: cu Bürgergeld, Wohngeld sau Kinderzuschlag adesea scutire.

## Tura de dimineață și de seară

cc-offhours =
    ⏰ Tura de dimineață sau de seară

    Kita este închisă când lucrați? Adesea ajută în plus o bonă de zi (Tagesmutter / Tagesvater, Kindertagespflege) pentru orele de dimineață devreme și de seară.
    Jugendamt (oficiul pentru copii și tineret) vă face legătura. Nu orice oraș plătește – întrebați totuși.

    📍 Jugendamt din orașul dumneavoastră.
    📄 Adeverință de la angajator cu programul de lucru sau planul de ture.

    💡 Și BCA (responsabila pentru egalitatea de șanse) de la Jobcenter îi ajută pe părinții singuri să planifice munca și îngrijirea copiilor.

## Boală și urgență

cc-sick = Cine este bolnav?

cc-sick-child =
    🤒 Copilul este bolnav și trebuie să rămâneți acasă?

    Kinderkrankengeld (indemnizație pentru copil bolnav) de la Krankenkasse (casa de asigurări de sănătate): părinții singuri au { $kkg_days_single ->
        [one] { $kkg_days_single } zi lucrătoare
        [few] { $kkg_days_single } zile lucrătoare
       *[other] { $kkg_days_single } de zile lucrătoare
    } pe copil și an, în total cel mult { $kkg_days_single_max ->
        [one] { $kkg_days_single_max } zi
        [few] { $kkg_days_single_max } zile
       *[other] { $kkg_days_single_max } de zile
    } (situația la { $kkg_days_single_from }).

    Cum se procedează:
    1. Medicul pediatru: cereți adeverința „Kind krank” (copil bolnav).
    2. Anunțați imediat angajatorul.
    3. Dați adeverința la Krankenkasse.

    📍 Krankenkasse dumneavoastră.

cc-sick-parent =
    🤕 V-ați îmbolnăvit sau trebuie să mergeți la spital?

    1. Haushaltshilfe (ajutor în gospodărie): vine cineva și se ocupă de casă și de copii – dacă locuiește cu dumneavoastră un copil sub { $haushaltshilfe_age ->
        [one] { $haushaltshilfe_age } an
        [few] { $haushaltshilfe_age } ani
       *[other] { $haushaltshilfe_age } de ani
    }. Medicul trebuie să o prescrie.
    📍 Krankenkasse (casa de asigurări de sănătate) – cu prescripția.

    2. Nu ajunge? Jugendamt (oficiul pentru copii și tineret) ajută în caz de urgență la îngrijirea copiilor sub { $emergency_care_age ->
        [one] { $emergency_care_age } an
        [few] { $emergency_care_age } ani
       *[other] { $emergency_care_age } de ani
    }.
    📍 Jugendamt din orașul dumneavoastră.

    🆘 Pericol imediat: 110 sau 112.

## Îngrijirea copiilor în timpul formării

cc-training =
    🎓 Îngrijirea copiilor în timpul formării sau al recalificării

    • Costuri: Jobcenter sau Agentur für Arbeit (agenția de muncă) plătesc { $care_cost_training } pe copil și lună pentru îngrijire.
    • Coaching (AVGS): se pot plăti costurile de transport și de îngrijire a copiilor.
    • Curs de germană: Integrationskurs (curs de integrare) pentru părinți, unele cu îngrijirea copiilor ({ $ik_care_age_min }–{ $ik_care_age_max ->
        [one] { $ik_care_age_max } an
        [few] { $ik_care_age_max } ani
       *[other] { $ik_care_age_max } de ani
    }).
    • Loc: cine face o formare profesională are dreptul la un loc și pentru un copil sub { $kita_right_age ->
        [one] { $kita_right_age } an
        [few] { $kita_right_age } ani
       *[other] { $kita_right_age } de ani
    }.

    📍 BCA (responsabila pentru egalitatea de șanse) de la Jobcenter sau Agentur für Arbeit – întrebați înainte de început.

## Pașii următori

cc-todo-register =
    Jugendamt (oficiul pentru copii și tineret) sau portalul Kita al orașului: înscrieți copilul la Kita sau la o bonă de zi – în NRW cu { $kita_notice_months ->
        [one] { $kita_notice_months } lună
        [few] { $kita_notice_months } luni
       *[other] { $kita_notice_months } de luni
    } înainte.
cc-todo-register-under1 =
    Pentru un copil sub { $kita_right_age ->
        [one] { $kita_right_age } an
        [few] { $kita_right_age } ani
       *[other] { $kita_right_age } de ani
    }: luați dovada de muncă, de formare sau de căutare a unui loc de muncă.
cc-todo-ganztag = Școala primară: înscrieți copilul la Ganztag (OGS) – cel mai bine odată cu înscrierea la școală.
cc-todo-offhours = Jugendamt (oficiul pentru copii și tineret): întrebați de o bonă de zi pentru tura de dimineață sau de seară – luați planul de ture sau adeverința de la angajator.
cc-todo-kkg = Copil bolnav: luați adeverință de la pediatru, anunțați angajatorul, dați adeverința la Krankenkasse.
cc-todo-haushaltshilfe = Krankenkasse (casa de asigurări de sănătate): solicitați Haushaltshilfe (ajutor în gospodărie) – luați prescripția medicului.
cc-todo-emergency-care = Dacă Haushaltshilfe nu ajunge: cereți ajutor la Jugendamt pentru îngrijirea copiilor.
cc-todo-training-care = Jobcenter sau Agentur: solicitați costurile de îngrijire a copiilor pentru formare sau recalificare – înainte de început.
