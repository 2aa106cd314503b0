# Bani și ajutoare: fiecare ajutor în parte și verificarea „Ce mi se cuvine?”.
# Sumele vin din dialogs/figures.toml – nu scrieți niciodată sume aici.
# Numele oficiilor și ale ajutoarelor rămân în germană (așa apar pe formulare); explicați-le în paranteză.

money-title = Bani și ajutoare

money-start =
    💶 Bani pentru dumneavoastră și copii.

    Cel mai repede: verificarea „Ce mi se cuvine?” – 5 întrebări scurte.
    Sau priviți fiecare ajutor în parte.

money-opt-check = ✅ Ce mi se cuvine?
money-opt-group-children = 👶 Bani pentru copii
money-opt-group-living = 🏠 Bani de trai și pentru chirie
money-opt-group-school = 🎒 Școală, { -kita }, cluburi
money-opt-group-law = ⚖️ Impozit, pensie alimentară, drept
money-opt-details = 💶 Fiecare ajutor în parte
money-opt-yes = Da
money-opt-no = Nu

## Grupe

money-group-children = 👶 Ce ajutor pentru copiii dumneavoastră?
money-opt-kindergeld = { -kindergeld(form: "long") }
money-opt-kiz = { -kinderzuschlag } (supliment pentru copii)
money-opt-uvg = { -unterhaltsvorschuss } (avans)
money-opt-elterngeld = 🍼 { -elterngeld } (bebeluș)

money-group-living = 🏠 Bani de trai și pentru chirie:
money-opt-buergergeld = { -buergergeld(form: "long") }
money-opt-mehrbedarf = ➕ Bani în plus: părinți singuri
money-opt-wohngeld = 🏠 { -wohngeld(form: "long") }
money-opt-asylblg = 🛂 Azil: prestații pentru solicitanți

money-group-school = 🎒 Bani pentru școală, { -kita(form: "long") } și timp liber:
money-opt-but = 🎒 { -bildung-und-teilhabe }
money-opt-kita-fees = 🧸 Fără taxe la { -kita }
money-opt-kita-place = 🧸 Un loc la { -kita }
money-opt-school-ticket = 🚸 Drumul la școală, bilet

money-group-law = ⚖️ Impozite, pensie alimentară și sfat juridic:
money-opt-tax = 🧾 { -steuerklasse-2 } (impozit)
money-opt-beistand = 🤝 { -beistandschaft } (pensie alim.)
money-opt-beratungshilfe = ⚖️ { -beratungshilfe } (avocat)

## Fiecare ajutor în parte

money-kindergeld =
    👶 { -kindergeld(form: "long") }

    Cât? { $kindergeld } pe copil și lună (din { $kindergeld_from }).
    Pentru cine? Pentru fiecare copil sub 18 ani. De la 18 ani până la împlinirea vârstei de { $kindergeld_age_max ->
        [one] { $kindergeld_age_max } an
        [few] { $kindergeld_age_max } ani
       *[other] { $kindergeld_age_max } de ani
    } doar în timpul formării profesionale sau al studiilor.
    Nu sunteți din UE? Aveți nevoie de un { -aufenthaltstitel(form: "long") } care vă permite să lucrați sau de o Niederlassungserlaubnis (permis de stabilire). Persoanele din Ucraina cu protecție conform § 24 o primesc și ele.

    📍 { -familienkasse(form: "long") } – online sau prin poștă.
    📄 Certificatul de naștere, { -steuer-id(form: "long") } al dumneavoastră și al copilului, actul de identitate sau permisul de ședere.

money-kiz =
    💶 { -kinderzuschlag(form: "long") }

    Pentru părinții care lucrează, dar câștigă puțin.
    Cât? Până la { $kiz_max } pe copil și lună, cu tot cu Sofortzuschlag (supliment imediat). Situația la { $kiz_max_from }; suma pentru 2026 nu este încă confirmată.
    Pentru cine? Câștigați cel puțin { $kiz_min_income } brut pe lună și nu primiți { -buergergeld(form: "long") }. Copilul are sub { $kindergeld_age_max ->
        [one] { $kindergeld_age_max } an
        [few] { $kindergeld_age_max } ani
       *[other] { $kindergeld_age_max } de ani
    }.
    Pensia alimentară și { -unterhaltsvorschuss(form: "long") } se socotesc ca venit în proporție de { $kiz_child_income_share }%.
    ➕ Cu { -kinderzuschlag }: adesea și { -wohngeld(form: "long") }, { -bildung-und-teilhabe(form: "long") } și fără taxe la { -kita(form: "long") }.

    📍 { -familienkasse(form: "long") }, online. Se acordă pentru { $kiz_months ->
        [one] { $kiz_months } lună
        [few] { $kiz_months } luni
       *[other] { $kiz_months } de luni
    }, apoi trebuie cerut din nou.
    📄 Fluturașii de salariu, contractul de închiriere, dovezi despre pensia alimentară.

money-uvg =
    🧾 { -unterhaltsvorschuss(form: "long") }

    Când celălalt părinte nu plătește pensie alimentară, plătește prea puțin sau neregulat.
    Cât pe lună (din { $uvg_0_5_from })?
    • 0–5 ani: { $uvg_0_5 }
    • 6–11 ani: { $uvg_6_11 }
    • 12–17 ani: { $uvg_12_17 }
    Fără limită de timp, până la împlinirea vârstei de { $uvg_age_max ->
        [one] { $uvg_age_max } an
        [few] { $uvg_age_max } ani
       *[other] { $uvg_age_max } de ani
    }.
    Cu { -buergergeld(form: "long") }: pentru copiii de la 12 ani doar dacă câștigați cel puțin { $uvg_sgb2_min_income } brut sau dacă astfel nu mai aveți nevoie de { -buergergeld }.
    Trebuie să ajutați la găsirea celuilalt părinte.

    📍 { -jugendamt(form: "long") }, { -unterhaltsvorschussstelle(form: "long") }.
    📄 Certificatul de naștere, actul de identitate, date despre celălalt părinte, dovezi ale plăților.

money-elterngeld =
    🍼 { -elterngeld(form: "long") }

    Pentru prima perioadă cu bebelușul. Ca părinte singur, puteți lua toate cele { $elterngeld_months ->
        [one] { $elterngeld_months } lună
        [few] { $elterngeld_months } luni
       *[other] { $elterngeld_months } de luni
    } doar pentru dumneavoastră.
    Cât? Între { $elterngeld_rate_min }% și { $elterngeld_rate_max }% din venitul net dinainte de naștere. La un salariu mic, procentul este mai mare. Pe lună cel puțin { $elterngeld_min }, cel mult { $elterngeld_max }. { -elterngeld-plus(form: "long") }: { $elterngeld_plus_min } până la { $elterngeld_plus_max }, dar de două ori mai mult timp.
    Dacă primiți { -buergergeld(form: "long") }, { -elterngeld } se socotește ca venit. Dacă ați lucrat înainte de naștere, primii { $elterngeld_free } nu se socotesc.

    ⏰ Cereți-l repede: pentru perioada dinaintea cererii primiți cel mult pentru { $elterngeld_backpay_months ->
        [one] { $elterngeld_backpay_months } lună
        [few] { $elterngeld_backpay_months } luni
       *[other] { $elterngeld_backpay_months } de luni
    }!
    📍 { -elterngeldstelle(form: "long") } din orașul dumneavoastră.
    📄 Certificatul de naștere, fluturașii de salariu dinainte de naștere.

money-buergergeld =
    🏠 { -buergergeld(form: "long") }

    Bani de trai când venitul nu ajunge – plus chiria și încălzirea.
    Suma de bază pe lună (din { $regelsatz_adult_from }): dumneavoastră { $regelsatz_adult }; copii 0–5 ani { $regelsatz_0_5 }, 6–13 { $regelsatz_6_13 }, 14–17 { $regelsatz_14_17 }.
    { -kindergeld(form: "long") } și { -unterhaltsvorschuss(form: "long") } se socotesc ca venit al copiilor. În plus primiți { -mehrbedarf(form: "long") }.
    Copil sub { $bg_no_work_age ->
        [one] { $bg_no_work_age } an
        [few] { $bg_no_work_age } ani
       *[other] { $bg_no_work_age } de ani
    }: nu trebuie să acceptați un loc de muncă (legea de până acum; reforma plănuiește o limită mai mică – încă neconfirmat).

    ⚠️ { -neue-grundsicherung(form: "long") }, planificată din iulie 2026, poate să fi schimbat regulile. { -jobcenter(form: "long") } vă spune situația actuală.
    📍 { -jobcenter }. 📄 Actul de identitate, contractul de închiriere, extrase de cont, fluturași de salariu.

money-mehrbedarf =
    ➕ { -mehrbedarf(form: "long") }

    Bani în plus în cadrul { -buergergeld(form: "long") }. Fără cerere separată – { -jobcenter(form: "long") } îi plătește automat.
    Cât? O parte din suma de bază ({ $regelsatz_adult }):
    • { $mb_high }%, dacă un copil are sub { $mb_age_small ->
        [one] { $mb_age_small } an
        [few] { $mb_age_small } ani
       *[other] { $mb_age_small } de ani
    } sau 2–3 copii au sub { $mb_age_school ->
        [one] { $mb_age_school } an
        [few] { $mb_age_school } ani
       *[other] { $mb_age_school } de ani
    }
    • altfel { $mb_per_child }% pentru fiecare copil sub 18 ani
    • cel mult { $mb_max }%
    Se aplică valoarea mai mare.

    📍 { -jobcenter }. 👉 Verificați decizia oficiului ({ -bescheid }): scrie acolo „{ -mehrbedarf }”? Dacă nu: întrebați.

money-wohngeld =
    🏠 { -wohngeld(form: "long") }

    Ajutor la chirie, dacă aveți venit propriu, dar e puțin.
    Cât? Depinde de chirie, de venit și de numărul persoanelor din gospodărie.
    Nu împreună cu { -buergergeld(form: "long") }. Adesea împreună cu { -kinderzuschlag(form: "long") } – poate fi mai avantajos decât { -buergergeld }.
    ➕ Cu { -wohngeld }: { -bildung-und-teilhabe(form: "long") }, fără taxe la { -kita(form: "long") }, bilet social.

    📍 { -wohngeldstelle(form: "long") } din orașul dumneavoastră.
    📄 Contractul de închiriere, dovezi de venit, extrase de cont, actul de identitate.

money-asylblg =
    🛂 { -asylbewerberleistungen(form: "long") }

    Pentru persoane aflate în procedura de azil sau cu { -duldung(form: "long") }. Responsabil este { -sozialamt(form: "long") }, nu { -jobcenter(form: "long") }.
    Cât? Adult fără partener: { $asylblg_single } pe lună (situația la { $asylblg_single_from }; suma pentru 2026 nu este încă confirmată).
    Și aici: { -bildung-und-teilhabe(form: "long") } pentru copii și fără taxe la { -kita(form: "long") }.

    🇺🇦 Veniți din Ucraina după 31.03.2025? Planificat: din iulie 2026 { -sozialamt } în loc de { -jobcenter } (încă neconfirmat). Întrebați la { -jobcenter }.

    📍 { -sozialamt } din orașul dumneavoastră. Ajutor: { -mbe(form: "long") }, de la { $mbe_age_min ->
        [one] { $mbe_age_min } an
        [few] { $mbe_age_min } ani
       *[other] { $mbe_age_min } de ani
    }, sau { -jmd(form: "long") }, { $jmd_age_min }–{ $jmd_age_max ->
        [one] { $jmd_age_max } an
        [few] { $jmd_age_max } ani
       *[other] { $jmd_age_max } de ani
    }.

money-but =
    🎒 { -bildung-und-teilhabe(form: "long") }

    Pentru copii sub { $kindergeld_age_max ->
        [one] { $kindergeld_age_max } an
        [few] { $kindergeld_age_max } ani
       *[other] { $kindergeld_age_max } de ani
    } la școală sau la { -kita(form: "long") }:
    • Rechizite: { $but_school } pe an școlar ({ $but_school_aug } în august, { $but_school_feb } în februarie; situația la { $but_school_from }, noua sumă nu este încă confirmată)
    • Club, muzică, sport: { $but_clubs } pe lună (sub { $but_clubs_age ->
        [one] { $but_clubs_age } an
        [few] { $but_clubs_age } ani
       *[other] { $but_clubs_age } de ani
    })
    • Excursii, tabere cu clasa, prânz, meditații, drumul la școală
    Pentru familii cu { -buergergeld(form: "long") }, { -sozialhilfe(form: "long") }, { -wohngeld(form: "long") }, { -kinderzuschlag(form: "long") } sau { -asylbewerberleistungen(form: "long") }.

    📍 Cu { -buergergeld }: { -jobcenter(form: "long") }. Cu { -wohngeld } sau { -kinderzuschlag }: primăria. Cu { -asylbewerberleistungen }: { -sozialamt(form: "long") }.
    📄 Decizia oficiului ({ -bescheid }) pentru ajutorul primit, adeverință de la școală.

money-kita-fees =
    🧸 Fără taxe la { -kita(form: "long") }

    Nu plătiți taxe pentru { -kita }, { -kindertagespflege(form: "long") } sau { -hort(form: "long") } dacă primiți unul dintre aceste ajutoare:
    { -buergergeld(form: "long") }, { -sozialhilfe(form: "long") }, { -asylbewerberleistungen(form: "long") }, { -kinderzuschlag(form: "long") } sau { -wohngeld(form: "long") }.
    Nu se întâmplă de la sine: trebuie să depuneți o cerere.
    { -ogs(form: "long") }: întrebați la primărie, adesea se aplică și acolo.
    Prânzul la { -kita } și la școală: prin { -bildung-und-teilhabe(form: "long") }.

    📍 { -jugendamt(form: "long") } din orașul dumneavoastră.
    📄 Ultimul { -bescheid(form: "long") }, de ex. pentru { -buergergeld }, { -wohngeld }, { -kinderzuschlag }.

money-tax =
    🧾 { -steuerklasse-2(form: "long") }

    Pentru părinții singuri care lucrează: impozit pe salariu mai mic, în fiecare lună mai mulți bani net.
    { -entlastungsbetrag(form: "long") }: { $entlastung } din venit pe an nu se impozitează, plus { $entlastung_more } pentru fiecare copil în plus.
    Condiție: copilul locuiește cu dumneavoastră.

    📍 { -finanzamt(form: "long") } – online prin ELSTER sau cu formular.
    📄 { -steuer-id(form: "long") }, certificatul de naștere sau decizia oficiului ({ -bescheid }) pentru { -kindergeld(form: "long") }.

money-beistand =
    🤝 { -beistandschaft(form: "long") }

    Celălalt părinte nu plătește sau plătește prea puțin? { -jugendamt(form: "long") } poate, ca reprezentant legal (Beistand), să calculeze pensia alimentară a copilului și să o ceară de la celălalt părinte. Banii îi primește copilul.
    Gratuit. Este suficientă o cerere la { -jugendamt }. Pentru copii sub 18 ani.

    În plus: { -unterhaltsvorschuss(form: "long") } – ca să primească copilul bani chiar de acum.

    📍 { -jugendamt } din orașul dumneavoastră.
    📄 Certificatul de naștere, date despre celălalt părinte, acte despre pensia alimentară (titlu, scrisori, plăți).

money-beratungshilfe =
    ⚖️ { -beratungshilfe(form: "long") }

    Sfatul unei avocate sau al unui avocat – de exemplu într-o dispută despre pensia alimentară sau într-o dispută cu un oficiu. Nu se aplică pentru un proces în instanță.
    Pentru persoane cu venit mic. Dumneavoastră plătiți doar { $beratungshilfe_fee }.

    📍 { -amtsgericht(form: "long") } de la domiciliu: acolo primiți un Beratungsschein (bon pentru consultanță). Cu el mergeți la avocat.
    📄 Actul de identitate, dovezi de venit (de ex. decizia pentru { -buergergeld }), extrase de cont, acte despre problemă.

## Verificarea

money-check-ages =
    ✅ Verificarea: 5 întrebări scurte.

    Ce vârstă au copiii care locuiesc cu dumneavoastră?
    Scrieți vârstele în cifre, de ex.: 2 8
    Bebeluș sub 1 an: 0

money-check-ages-error = Nu am înțeles. Vă rog să scrieți doar numere de la 0 la 26, de ex.: 2 8

money-check-bg = Primiți { -buergergeld(form: "long") } de la { -jobcenter(form: "long") }?

money-check-earnings = Cât câștigați dumneavoastră pe lună – brut (înainte de rețineri)?
money-earn-none = Nimic
money-earn-under = Sub { $kiz_min_income }
money-earn-from = { $kiz_min_income } până la { $earnings_band_high }
money-earn-over = Peste { $earnings_band_high }

money-check-maintenance = Plătește celălalt părinte pensie alimentară pentru copii?
money-maint-pays = Da, suficient și la timp
money-maint-partly = Prea puțin sau neregulat
money-maint-none = Nu / nu știu

money-check-residence = Ultima întrebare: ce statut de ședere aveți?
money-res-de-eu = Cetățenie germană sau din UE
money-res-permit = { -aufenthaltstitel } cu permis de muncă
money-res-ukraine = Ucraina (protecție § 24)
money-res-asylum = Azil în curs sau { -duldung }

money-check-result = ✅ Rezultatul dumneavoastră – o primă estimare, nu un { -bescheid(form: "long") }. Decide oficiul.

## Rândurile rezultatului: ajutor și oficiu

money-benefit-kindergeld = { -kindergeld(form: "long") }
money-benefit-kiz = { -kinderzuschlag(form: "long") }
money-benefit-uvg = { -unterhaltsvorschuss(form: "long") }
money-benefit-buergergeld = { -buergergeld(form: "long") }
money-benefit-mehrbedarf = { -mehrbedarf(form: "long") }
money-benefit-wohngeld = { -wohngeld(form: "long") }
money-benefit-but = { -bildung-und-teilhabe(form: "long") }
money-benefit-kita-fees = Fără taxe la { -kita }
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
               *[other] Primăria ({ -bildung-und-teilhabe })
            }
    }
money-office-jugendamt = { -jugendamt(form: "long") }
money-office-elterngeld = { -elterngeldstelle(form: "long") }
money-office-finanzamt = { -finanzamt(form: "long") }
money-office-sozialamt = { -sozialamt(form: "long") }
money-office-amtsgericht = { -amtsgericht(form: "long") }

## Motive (un rând)

money-kg-reason-age =
    Doar pentru copii sub { $kindergeld_age_max ->
        [one] { $kindergeld_age_max } an
        [few] { $kindergeld_age_max } ani
       *[other] { $kindergeld_age_max } de ani
    }.
money-kg-reason-asylum = Depinde de statutul dumneavoastră. Întrebați la { -familienkasse } sau la consilierea pentru migranți.
money-kg-reason-adult = Până la { $total } pe lună ({ $kindergeld } pe copil). Copiii de la 18 ani doar în timpul formării profesionale sau al studiilor.
money-kg-reason-yes = { $total } pe lună ({ $kindergeld } pe copil).

money-kiz-reason-age =
    Doar pentru copii sub { $kindergeld_age_max ->
        [one] { $kindergeld_age_max } an
        [few] { $kindergeld_age_max } ani
       *[other] { $kindergeld_age_max } de ani
    }.
money-kiz-reason-switch = Cu salariul dumneavoastră, { -kinderzuschlag } și { -wohngeld } s-ar putea potrivi în locul { -buergergeld }. Verificați cu „KiZ-Lotse” (verificare online) de la { -familienkasse }.
money-kiz-reason-bg = Nu împreună cu { -buergergeld }.
money-kiz-reason-income = Trebuie să câștigați cel puțin { $kiz_min_income } brut pe lună.
money-kiz-reason-asylum = Doar dacă primiți { -kindergeld }. Întrebați la { -familienkasse }.
money-kiz-reason-yes =
    Până la { $kiz_max } pe copil pe lună (situația la { $kiz_max_from }, 2026 încă neconfirmat), merge bine cu { -wohngeld }. În plus: { -bildung-und-teilhabe }, fără taxe la { -kita }. Pentru { $kiz_months ->
        [one] { $kiz_months } lună
        [few] { $kiz_months } luni
       *[other] { $kiz_months } de luni
    }.
money-kiz-reason-high = Depinde de chirie și de venit. Până la { $kiz_max } pe copil (situația la { $kiz_max_from }, 2026 încă neconfirmat).

money-uvg-reason-pays = Doar dacă celălalt părinte nu plătește nimic, plătește prea puțin sau neregulat.
money-uvg-reason-age =
    Doar pentru copii sub { $uvg_age_max ->
        [one] { $uvg_age_max } an
        [few] { $uvg_age_max } ani
       *[other] { $uvg_age_max } de ani
    }.
money-uvg-reason-bg-mixed = Pentru copiii sub 12 ani: { $total } pe lună. Pentru copiii între 12 și 17 ani doar dacă câștigați cel puțin { $uvg_sgb2_min_income } brut sau dacă astfel nu mai aveți nevoie de { -buergergeld }.
money-uvg-reason-bg-teen = Cu { -buergergeld }, pentru copiii între 12 și 17 ani doar dacă câștigați cel puțin { $uvg_sgb2_min_income } brut sau dacă astfel nu mai aveți nevoie de { -buergergeld }. Pe copil { $uvg_12_17 }.
money-uvg-reason-yes = Pe lună: { $total }, până la împlinirea vârstei de 18 ani (pe copil: 0–5 ani { $uvg_0_5 }, 6–11 { $uvg_6_11 }, 12–17 { $uvg_12_17 }).

money-bg-reason-yes = Îl primiți. Reforma „{ -neue-grundsicherung }” poate să fi schimbat regulile – întrebați la { -jobcenter }.
money-bg-reason-asylum = În loc de { -buergergeld }: { -asylbewerberleistungen } de la { -sozialamt }.
money-bg-reason-maybe = Poate aveți dreptul – plus chiria și încălzirea. Reforma poate să fi schimbat regulile: întrebați la { -jobcenter }.

money-mb-reason = { $percent }% din suma de bază: cam { $amount } pe lună. Vine automat – verificați decizia ({ -bescheid }).

money-wg-reason-bg = Nu împreună cu { -buergergeld }.
money-wg-reason-asylum = Depinde de statutul dumneavoastră. Întrebați la { -sozialamt } sau la consilierea pentru migranți.
money-wg-reason-none = Aveți nevoie de un venit propriu care să ajungă pentru trai.
money-wg-reason-yes = Ajutor la chirie. Suma depinde de chirie, de venit și de mărimea gospodăriei. Merge bine cu { -kinderzuschlag }.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] Cu un venit mic, { -wohngeld } adesea nu ajunge. Cereți să se verifice ce se potrivește mai bine: { -wohngeld } sau { -buergergeld }.
       *[other] Depinde de chirie, de venit și de mărimea gospodăriei. Cereți o verificare.
    }

money-but-reason-jobcenter =
    { $school ->
        [0] Prânz și excursii la { -kita }, cluburi { $but_clubs } pe lună. Bani pentru rechizite de la începutul școlii.
       *[other] Rechizite { $but_school } pe an școlar (situația la { $but_school_from }, noua sumă încă neconfirmată), cluburi { $but_clubs } pe lună, excursii, prânz.
    }
money-but-reason-sozialamt =
    { $school ->
        [0] Prânz și excursii la { -kita }, cluburi { $but_clubs } pe lună. Bani pentru rechizite de la începutul școlii.
       *[other] Rechizite { $but_school } pe an școlar (situația la { $but_school_from }, noua sumă încă neconfirmată), cluburi { $but_clubs } pe lună, excursii, prânz.
    }
money-but-reason-city =
    { $school ->
        [0] Dacă primiți { -kinderzuschlag } sau { -wohngeld }: bani pentru prânz și excursii la { -kita } și pentru cluburi. Cererea se face la primărie.
       *[other] Dacă primiți { -kinderzuschlag } sau { -wohngeld }: rechizite, excursii, prânz, cluburi. Cererea se face la primărie.
    }
money-fee-reason-yes = Fără taxe pentru { -kita }, bonă de zi sau { -hort }. Trebuie să depuneți o cerere.
money-fee-reason-maybe = Dacă primiți { -kinderzuschlag } sau { -wohngeld }: fără taxe pentru { -kita }, bonă de zi sau { -hort }.

money-eg-reason-yes =
    Pentru bebeluș: toate cele { $elterngeld_months ->
        [one] { $elterngeld_months } lună
        [few] { $elterngeld_months } luni
       *[other] { $elterngeld_months } de luni
    } doar pentru dumneavoastră. Cereți-l repede – pentru perioada dinaintea cererii primiți cel mult pentru { $elterngeld_backpay_months ->
        [one] { $elterngeld_backpay_months } lună
        [few] { $elterngeld_backpay_months } luni
       *[other] { $elterngeld_backpay_months } de luni
    }.
money-eg-reason-bg = La { -buergergeld } se socotește ca venit. Dacă ați lucrat înainte de naștere, primii { $elterngeld_free } nu se socotesc. Cereți-l repede.

money-tax-reason-yes = Impozit pe salariu mai mic: { $total } din venit pe an nu se impozitează ({ $entlastung } plus { $entlastung_more } pentru fiecare copil în plus).
money-tax-reason-small = Cu un salariu mic, de obicei nu plătiți impozit pe salariu. Devine important când câștigați mai mult.

money-asyl-reason-yes = De la { -sozialamt } în loc de { -jobcenter }. Adult fără partener: { $asylblg_single } pe lună (situația la { $asylblg_single_from }; suma pentru 2026 nu este încă confirmată).
money-asyl-reason-ukraine = Ați venit după 31.03.2025. Planificat: din iulie 2026 { -sozialamt } în loc de { -jobcenter } (încă neconfirmat).
money-beistand-reason = { -jugendamt } cere în locul dumneavoastră pensia alimentară de la celălalt părinte – gratuit. Banii îi primește copilul.
money-bh-reason = Sfatul unui avocat, dacă aveți venit mic. Plătiți doar { $beratungshilfe_fee }.

## Pașii următori (rezumat)

money-todo-kindergeld = { -familienkasse(form: "long") }: dacă nu primiți încă { -kindergeld(form: "long") }: solicitați – online sau prin poștă. Pregătiți certificatul de naștere și codurile fiscale ({ -steuer-id }).
money-todo-kg-asylum = { -familienkasse(form: "long") } sau consilierea pentru migranți: întrebați dacă, cu statutul dumneavoastră, primiți { -kindergeld(form: "long") } și { -kinderzuschlag(form: "long") }.
money-todo-kiz = { -familienkasse(form: "long") }: solicitați { -kinderzuschlag(form: "long") } online – fluturași de salariu, contractul de închiriere, dovezi despre pensia alimentară.
money-todo-kiz-lotse = { -familienkasse(form: "long") }: verificați cu KiZ-Lotse dacă { -kinderzuschlag(form: "long") } și { -wohngeld(form: "long") } se potrivesc în locul { -buergergeld(form: "long") }.
money-todo-uvg = { -jugendamt(form: "long") }, { -unterhaltsvorschussstelle }: solicitați { -unterhaltsvorschuss(form: "long") } – certificatul de naștere, date despre celălalt părinte.
money-todo-elterngeld =
    { -elterngeldstelle(form: "long") }: solicitați { -elterngeld(form: "long") } curând după naștere (pentru perioada dinaintea cererii, cel mult pentru { $elterngeld_backpay_months ->
        [one] { $elterngeld_backpay_months } lună
        [few] { $elterngeld_backpay_months } luni
       *[other] { $elterngeld_backpay_months } de luni
    }) – certificatul de naștere, fluturași de salariu.
money-todo-buergergeld = { -jobcenter(form: "long") }: cereți să vi se verifice { -buergergeld(form: "long") }, cu chirie și încălzire, și întrebați de noile reguli – actul de identitate, contractul de închiriere, extrase de cont.
money-todo-mehrbedarf = { -jobcenter(form: "long") }: verificați în decizia oficiului ({ -bescheid }) dacă apare „{ -mehrbedarf(form: "long") }”. Dacă nu: întrebați.
money-todo-wohngeld = { -wohngeldstelle(form: "long") } al orașului: solicitați { -wohngeld(form: "long") } – contractul de închiriere, dovezi de venit, extrase de cont.
money-todo-asylblg = { -sozialamt(form: "long") }: { -asylbewerberleistungen(form: "long") } – luați actele de ședere. Ajutor: consilierea pentru migranți.
money-todo-ukraine = Întrebați la { -jobcenter(form: "long") } dacă mai este responsabil sau dacă acum răspunde { -sozialamt(form: "long") }. (Dacă ați venit după 31.03.2025.)
money-todo-but = Solicitați { -bildung-und-teilhabe(form: "long") }: la { -jobcenter } (cu { -buergergeld }), la primărie (cu { -wohngeld } sau { -kinderzuschlag }) sau la { -sozialamt } (cu { -asylbewerberleistungen }).
money-todo-but-jobcenter = { -jobcenter(form: "long") }: solicitați { -bildung-und-teilhabe(form: "long") }: rechizite, excursii, prânz, cluburi.
money-todo-but-sozialamt = { -sozialamt(form: "long") }: solicitați { -bildung-und-teilhabe(form: "long") } pentru copii.
money-todo-but-city = Primăria: solicitați { -bildung-und-teilhabe(form: "long") } imediat ce { -kinderzuschlag(form: "long") } sau { -wohngeld(form: "long") } este aprobat.
money-todo-kita-fees = { -jugendamt(form: "long") }: solicitați scutirea de taxe la { -kita(form: "long") } și { -hort(form: "long") } – luați ultima decizie ({ -bescheid }).
money-todo-tax = { -finanzamt(form: "long") }: solicitați { -steuerklasse-2(form: "long") } online prin ELSTER sau cu formular – pregătiți codul fiscal.
money-todo-beistand = { -jugendamt(form: "long") }: solicitați { -beistandschaft(form: "long") }, gratuit – certificatul de naștere, acte despre pensia alimentară.
money-todo-beratungshilfe = { -amtsgericht(form: "long") }: luați un Beratungsschein (bon pentru consultanță) – cu dovezi de venit. Contribuție proprie { $beratungshilfe_fee }.

money-arr-before = Până la 31.03.2025
money-arr-after = De la 01.04.2025
money-check-arrival = Când ați venit din Ucraina în Germania?
money-opt-outlook = 📅 Ce se schimbă în curând?
money-opt-births-change = ✏️ Schimbați lunile nașterii
money-opt-work-change = ✏️ Schimbați răspunsul despre muncă
money-todo-kiz-maybe = { -familienkasse(form: "long") }: verificați cu KiZ-Lotse dacă primiți { -kinderzuschlag(form: "long") }. Dacă da: solicitați online.
money-todo-uvg-from-600 = { -jugendamt } ({ -unterhaltsvorschussstelle }): de îndată ce câștigați cel puțin { $uvg_sgb2_min_income } brut: solicitați { -unterhaltsvorschuss } pentru copilul de la 12 ani.
money-todo-wohngeld-maybe = { -wohngeldstelle } orașului: cereți să se verifice dacă { -wohngeld } vi se potrivește. Dacă da: solicitați – contractul de închiriere, dovezi de venit.
money-todo-kita-fees-maybe = { -jugendamt }: de îndată ce { -kinderzuschlag } sau { -wohngeld } este aprobat: cereți scutirea de taxele pentru { -kita } și { -hort } – luați { -bescheid } cu dumneavoastră.
money-todo-beratungshilfe-maybe = { -amtsgericht }: dacă aveți nevoie de sfaturi despre pensia alimentară: luați un bon de consiliere (Beratungsschein) – cu dovezile de venit. Plătiți singur doar { $beratungshilfe_fee }.
money-todo-but-jobcenter-kita = { -jobcenter }: solicitați { -bildung-und-teilhabe } (prânz și excursii la { -kita }, cluburi).
money-todo-einstiegsgeld = { -jobcenter }: solicitați { -einstiegsgeld } – înainte de prima zi de lucru. Luați contractul de muncă sau oferta de angajare.
money-todo-payslip = { -familienkasse(form: "long") }: după primul fluturaș de salariu, verificați cu KiZ-Lotse dacă { -kinderzuschlag } și { -wohngeld } se potrivesc în locul { -buergergeld }.
money-outlook-births =
    📅 Ce se schimbă în curând pentru dumneavoastră?
    Pentru asta am nevoie de luna și anul nașterii fiecărui copil.
    De exemplu: 03/2020 08/2016
money-outlook-births-error = Nu am înțeles. Vă rog să scrieți luna/anul pentru fiecare copil, de exemplu: 03/2020 08/2016
money-outlook-work = Începeți în curând un loc de muncă – sau veți lucra mai multe ore?
money-outlook = 📅 Ce se schimbă în curând pentru dumneavoastră:
money-out-work-einstieg = 💼 Înainte de prima zi de lucru: solicitați { -einstiegsgeld } la { -jobcenter } (până la { $einstiegsgeld_months } de luni). După ce ați început lucrul, nu se mai poate.
money-out-work-free = 💼 O parte din salariu vă rămâne: { $bg_free_base } pe lună integral, din rest între { $bg_free_rate_1 } și { $bg_free_rate_2 }%. Cu un copil, asta înseamnă până la { $bg_free_max_child } în plus pe lună.
money-out-work-payslip = 💼 După primul fluturaș de salariu: cereți să se verifice dacă { -kinderzuschlag } și { -wohngeld } vi se potrivesc mai bine decât { -buergergeld }.
money-out-work-uvg = 💼 Veți câștiga atunci cel puțin { $uvg_sgb2_min_income } brut? Atunci există { -unterhaltsvorschuss } și pentru copilul de la 12 ani: { $uvg_12_17 } pe lună.
money-out-kita = 📅 De la { $date }: copilul are dreptul la un loc la { -kita } sau la o bonă de zi ({ -kindertagespflege }). Înscrieți-l din timp la { -jugendamt }.
money-out-work-age = 📅 De la { $date }: cel mai mic copil are { $bg_no_work_age } ani. Atunci { -jobcenter } vă poate cere să lucrați sau să urmați un curs, dacă îngrijirea copilului este asigurată.
money-out-school = 📅 De la { $date }: un copil are { $school_age } ani. Nu mai călătorește gratuit cu autobuzul și trenul. Pentru începutul școlii: înscrieți-l pentru un loc la { -ganztag }.
money-out-mb = 📅 De la { $date }: { -mehrbedarf } { $percent }% în loc de { $percent_before }% – { $amount } în loc de { $amount_before } pe lună.
money-out-uvg = 📅 De la { $date }: { -unterhaltsvorschuss } { $amount } în loc de { $amount_before } pe lună.
money-out-uvg-12 = 📅 De la { $date }: copilul are 12 ani. Cu { -buergergeld }, { -unterhaltsvorschuss } există atunci doar dacă câștigați cel puțin { $uvg_sgb2_min_income } brut.
money-out-18 = 📅 De la { $date }: un copil are 18 ani. Pentru el nu mai există { -unterhaltsvorschuss }. { -kindergeld } doar în timpul formării profesionale sau al studiilor (până la { $kindergeld_age_max } de ani).
money-out-kiz = 📅 { $date }: e timpul pentru o nouă cerere de { -kinderzuschlag }. Este valabil { $kiz_months } luni – socotit de la o cerere făcută luna aceasta.
