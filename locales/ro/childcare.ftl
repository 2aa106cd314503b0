# Îngrijirea copiilor. Numerele și limitele de vârstă vin din dialogs/figures.toml.

cc-title = Îngrijirea copiilor

cc-start = 🧸 Îngrijirea copiilor. De ce aveți nevoie?

cc-opt-place = 🧸 { -kita } sau bonă de zi
cc-opt-ganztag = 🏫 Program prelungit (școală)
cc-opt-offhours = ⏰ Tura de dimineață sau seară
cc-opt-sick = 🤒 Boală sau urgență
cc-opt-fees = 💶 Fără taxe la { -kita }
cc-opt-training = 🎓 Îngrijire în timpul formării
cc-opt-how = 📝 Cum faceți înscrierea
cc-opt-to-training = 🎓 Formare și loc de muncă
cc-opt-elterngeld = 🍼 { -elterngeld }
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

    Dreptul la un loc într-o { -kita(form: "long") } sau la o bonă de zi ({ -kindertagespflege }) există acum doar dacă
    • lucrați,
    • căutați de lucru,
    • faceți o formare profesională sau
    • participați la un program al { -jobcenter(form: "long") } (de exemplu la un curs).
    De la împlinirea vârstei de { $kita_right_age ->
        [one] { $kita_right_age } an
        [few] { $kita_right_age } ani
       *[other] { $kita_right_age } de ani
    }, fiecare copil are dreptul la un loc.

    📍 { -jugendamt(form: "long") } din orașul dumneavoastră. Înscrieți copilul din timp.
    📄 Dovadă de muncă, de căutare a unui loc de muncă sau de formare.

cc-place-right =
    ✅ Copilul dumneavoastră are dreptul la un loc de îngrijire – chiar dacă nu lucrați.
    Dreptul începe de la vârsta de { $kita_right_age ->
        [one] { $kita_right_age } an
        [few] { $kita_right_age } ani
       *[other] { $kita_right_age } de ani
    }: la o { -kita(form: "long") } sau în { -kindertagespflege(form: "long") }, la o { -tagesmutter } sau un Tagesvater.

    📍 { -jugendamt(form: "long") } din orașul dumneavoastră. Înscrieți copilul din timp.

    💡 Înscrieți copilul la mai multe { -kita } și întrebați la { -jugendamt } și de o bonă de zi.

cc-place-how =
    📝 Cum obțineți un loc:

    1. Înscrierea: pe portalul online al orașului (adesea „Kita-Navigator”) sau la { -jugendamt(form: "long") }. Cel mai bine la mai multe { -kita(form: "long") }.
    2. { -tagesmutter(form: "long") } sau Tagesvater: o găsește { -jugendamt }.
    3. Din timp: în { -nrw(form: "long") } cu cel puțin { $kita_notice_months ->
        [one] { $kita_notice_months } lună
        [few] { $kita_notice_months } luni
       *[other] { $kita_notice_months } de luni
    } înainte.
    4. Nu vi s-a oferit niciun loc? Scrieți la { -jugendamt }: „Ich beantrage einen Betreuungsplatz für mein Kind ab (Datum).” (Solicit un loc de îngrijire pentru copilul meu începând cu (data).) Păstrați o copie.

    📄 Certificatul de naștere, actul de identitate. Pentru un copil sub { $kita_right_age ->
        [one] { $kita_right_age } an
        [few] { $kita_right_age } ani
       *[other] { $kita_right_age } de ani
    }: dovadă de muncă, de formare sau de căutare a unui loc de muncă.

## Program prelungit la școala primară

cc-ganztag =
    🏫 { -ganztag(form: "long") }

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

    📍 Înscrieți copilul la { -ganztag } la școala primară, cel mai bine odată cu înscrierea la școală. În { -nrw(form: "long") } se numește { -ogs(form: "long") }. Întrebări: școala sau { -jugendamt(form: "long") }.
    💶 Taxe: cu { -buergergeld(form: "long") }, { -wohngeld(form: "long") } sau { -kinderzuschlag(form: "long") } adesea scutire.

## Tura de dimineață și de seară

cc-offhours =
    ⏰ Tura de dimineață sau de seară

    Lucrați când { -kita(form: "long") } este închisă? Pentru orele de dimineață devreme și de seară ajută adesea, în plus, { -kindertagespflege(form: "long") }.
    { -jugendamt(form: "long") } vă face legătura. Nu orice oraș plătește – întrebați totuși.

    📍 { -jugendamt } din orașul dumneavoastră.
    📄 Adeverință de la angajator cu programul de lucru sau planul de ture.

    💡 Și { -bca(form: "long") } de la { -jobcenter(form: "long") } îi ajută pe părinții singuri să planifice munca și îngrijirea copiilor.

## Boală și urgență

cc-sick = Cine este bolnav?

cc-sick-child =
    🤒 Copilul este bolnav și trebuie să rămâneți acasă?

    { -kinderkrankengeld(form: "long") } de la { -krankenkasse(form: "long") }: părinții singuri au { $kkg_days_single ->
        [one] { $kkg_days_single } zi lucrătoare
        [few] { $kkg_days_single } zile lucrătoare
       *[other] { $kkg_days_single } de zile lucrătoare
    } pe copil și an. Pentru toți copiii împreună, cel mult { $kkg_days_single_max ->
        [one] { $kkg_days_single_max } zi
        [few] { $kkg_days_single_max } zile
       *[other] { $kkg_days_single_max } de zile
    } (situația la { $kkg_days_single_from }).

    Cum se procedează:
    1. Medicul pediatru: cereți adeverința „Kind krank” (copil bolnav).
    2. Anunțați imediat angajatorul.
    3. Dați adeverința la { -krankenkasse }.

    📍 { -krankenkasse } dumneavoastră.

cc-sick-parent =
    🤕 V-ați îmbolnăvit sau trebuie să mergeți la spital?

    1. { -haushaltshilfe(form: "long") }: vine cineva și se ocupă de casă și de copii – dacă locuiește cu dumneavoastră un copil sub { $haushaltshilfe_age ->
        [one] { $haushaltshilfe_age } an
        [few] { $haushaltshilfe_age } ani
       *[other] { $haushaltshilfe_age } de ani
    }. Medicul trebuie să o prescrie.
    📍 { -krankenkasse(form: "long") } – cu prescripția.

    2. Nu ajunge? { -jugendamt(form: "long") } ajută în caz de urgență la îngrijirea copiilor sub { $emergency_care_age ->
        [one] { $emergency_care_age } an
        [few] { $emergency_care_age } ani
       *[other] { $emergency_care_age } de ani
    }.
    📍 { -jugendamt } din orașul dumneavoastră.

    🆘 Pericol imediat: 110 sau 112.

## Îngrijirea copiilor în timpul formării

cc-training =
    🎓 Îngrijirea copiilor în timpul formării sau al recalificării

    • Costuri: { -jobcenter(form: "long") } sau { -agentur-fuer-arbeit(form: "long") } plătesc { $care_cost_training } pe copil și lună pentru îngrijire.
    • Coaching cu { -avgs(form: "long") }: se pot plăti costurile de transport și de îngrijire a copiilor.
    • Curs de germană: { -integrationskurs(form: "long") } pentru părinți, unele cu îngrijirea copiilor ({ $ik_care_age_min }–{ $ik_care_age_max ->
        [one] { $ik_care_age_max } an
        [few] { $ik_care_age_max } ani
       *[other] { $ik_care_age_max } de ani
    }).
    • Loc: cine face o formare profesională are dreptul la un loc și pentru un copil sub { $kita_right_age ->
        [one] { $kita_right_age } an
        [few] { $kita_right_age } ani
       *[other] { $kita_right_age } de ani
    }.

    📍 { -bca(form: "long") } de la { -jobcenter } sau { -agentur-fuer-arbeit } – întrebați înainte de început.

## Pașii următori

cc-todo-register =
    { -jugendamt(form: "long") } sau portalul { -kita(form: "long") } al orașului: înscrieți copilul la { -kita } sau la o bonă de zi – în { -nrw(form: "long") } cu { $kita_notice_months ->
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
cc-todo-ganztag = Școala primară: înscrieți copilul la { -ogs(form: "long") } – cel mai bine odată cu înscrierea la școală.
cc-todo-offhours = { -jugendamt(form: "long") }: întrebați de o bonă de zi pentru tura de dimineață sau de seară – luați planul de ture sau adeverința de la angajator.
cc-todo-kkg = Copil bolnav: luați adeverință de la pediatru, anunțați angajatorul, dați adeverința la { -krankenkasse(form: "long") }.
cc-todo-haushaltshilfe = { -krankenkasse(form: "long") }: solicitați { -haushaltshilfe(form: "long") } – luați prescripția medicului.
cc-todo-emergency-care = Dacă { -haushaltshilfe(form: "long") } nu ajunge: cereți ajutor la { -jugendamt(form: "long") } pentru îngrijirea copiilor.
cc-todo-training-care = { -jobcenter(form: "long") } sau { -agentur-fuer-arbeit(form: "long") }: solicitați costurile de îngrijire a copiilor pentru formare sau recalificare – înainte de început.

cc-opt-change-age = ✏️ Vârsta copilului: { $child_age ->
        [0] sub 1 an
       *[other] { $child_age }
    } – schimbați
## Reguli pe land (land: NW, BE, NI)

cc-place-how-be =
    📝 Cum obțineți un loc în Berlin:

    1. Cereți { -kita-gutschein } de la { -jugendamt }: cu { $be_kita_apply_months_max } până la { $be_kita_apply_months_min } luni înainte de început. Se poate și online.
    2. Cu voucherul înscrieți copilul la o { -kita }. Întrebați la mai multe.
    3. De la { $kita_right_age } an: până la { $be_kita_hours } ore pe zi fără dovadă. Pentru mai multe ore aveți nevoie de o dovadă, de exemplu de la angajator.

    📄 Certificat de naștere, act de identitate, dovada domiciliului (Meldebescheinigung).

cc-place-how-ni =
    📝 Cum obțineți un loc în districtul Cloppenburg:

    1. Grădinițele ({ -kita }) aparțin comunei dvs. (Gemeinde). Înscrieți copilul online pe portalul „Little Bird”.
    2. ⏰ Până la 31 ianuarie – pentru un loc de la 1 august. Puteți alege până la 3 opțiuni.
    3. Nu ați primit loc? Dreptul la un loc este față de district (Landkreis). Scrieți la { -jugendamt } de la sediul districtului.

    📄 Certificat de naștere, act de identitate.

cc-ganztag-be =
    🏫 Îngrijire toată ziua la școala primară în Berlin

    Toate școlile primare sunt școli cu program prelungit. Îngrijirea înainte și după ore se numește eFöB ({ -hort }).
    • Clasele 1–{ $be_efoeb_free_grade }: gratuit, fără dovezi, de la 7:30 la 16:00.
    • Din clasa a 4-a faceți din nou cerere.
    • Prânzul: gratuit până în clasa a { $be_lunch_free_grade }-a.

    📍 { -jugendamt }: faceți cererea cu cel puțin { $be_efoeb_notice_months } luni înainte – cel mai bine odată cu înscrierea la școală.

cc-ganztag-ni =
    🏫 Îngrijire toată ziua la școala primară în Saxonia Inferioară

    De la { $ni_ganztag_grade_from } există dreptul la un loc într-o școală cu program prelungit (Ganztagsschule) – întâi pentru clasa 1, în fiecare an încă o clasă.
    Adică { $ganztag_hours } ore pe zi, de luni până vineri. În vacanțe închis cel mult { $ni_ganztag_closed_weeks } săptămâni.
    „Școala primară de încredere” (Verlässliche Grundschule) îngrijește copiii cel puțin { $ni_vgs_hours } ore pe zi.
    💶 Școala cu program prelungit este de obicei gratuită. Prânzul costă separat. Un { -hort } poate cere taxe.

    📍 Întrebați de îngrijirea toată ziua la înscrierea la școală.

cc-todo-register-be = { -jugendamt }: cereți { -kita-gutschein } – cu { $be_kita_apply_months_max } până la { $be_kita_apply_months_min } luni înainte de început.
cc-todo-register-ni = Comuna: înscrieți copilul prin „Little Bird” la { -kita } sau creșă (Krippe) – până la 31 ianuarie.
cc-todo-ganztag-be = { -jugendamt }: cereți eFöB ({ -hort }) – cu cel puțin { $be_efoeb_notice_months } luni înainte, odată cu înscrierea la școală.
cc-todo-ganztag-ni = Școala primară: la înscriere întrebați de un loc în școala cu program prelungit.

cc-opt-fee-waiver = 💶 Fără taxe cu ajutoare sociale

cc-fees-nw =
    🧸 Taxe pentru { -kita } în { -nrw(form: "long") }

    Ultimii { $nw_kita_free_years } ani de { -kita } înainte de școală sunt gratuiți. Copilul împlinește 4 ani până la 30 septembrie? Atunci din august până la școală nu plătiți nimic.
    Pentru copiii mai mici, taxele depind de venit. Le stabilește orașul.
    Cu { -buergergeld }, { -sozialhilfe }, { -kinderzuschlag } sau { -wohngeld } nu plătiți taxe.

cc-fees-be =
    🧸 Taxe pentru { -kita } în Berlin

    În Berlin, { -kita } este gratuită pentru toți copiii.
    Plătiți doar o parte pentru prânz. Și aceasta poate fi acoperită de { -bildung-und-teilhabe }.

cc-fees-ni =
    🧸 Taxe pentru { -kita } în Saxonia Inferioară

    Grădinița este gratuită: din luna în care copilul împlinește { $ni_kita_free_age } ani până la școală, pentru cel mult { $ni_kita_free_hours } ore pe zi, 5 zile pe săptămână.
    Creșa (Krippe, sub { $ni_kita_free_age } ani) și { -hort } costă. Taxele depind de venit. { -jugendamt } le poate prelua.
    Masa costă separat.
