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
money-opt-group-living = 🏠 Bürgergeld, Wohngeld
money-opt-group-school = 🎒 Școală, Kita, cluburi
money-opt-group-law = ⚖️ Impozit, întreținere, drept
money-opt-details = 💶 Fiecare ajutor în parte
money-opt-yes = Da
money-opt-no = Nu

## Grupe

money-group-children = 👶 Ce ajutor pentru copiii dumneavoastră?
money-opt-kindergeld = Kindergeld (alocație)
money-opt-kiz = Kinderzuschlag (supliment)
money-opt-uvg = Unterhaltsvorschuss (avans)
money-opt-elterngeld = 🍼 Elterngeld (bebeluș)

money-group-living = 🏠 Bani de trai și pentru chirie:
money-opt-buergergeld = Bürgergeld (ajutor de bază)
money-opt-mehrbedarf = ➕ Mehrbedarf (bani în plus)
money-opt-wohngeld = 🏠 Wohngeld (chirie)
money-opt-asylblg = Asylbewerberleistungen

money-group-school = 🎒 Bani pentru școală, Kita și timp liber:
money-opt-but = 🎒 Bildung und Teilhabe
money-opt-kita-fees = 🧸 Fără taxe la Kita
money-opt-kita-place = 🧸 Un loc la Kita
money-opt-school-ticket = 🚸 Drumul la școală, bilet

money-group-law = ⚖️ Impozite, pensie alimentară și sfat juridic:
money-opt-tax = 🧾 Steuerklasse II (impozit)
money-opt-beistand = 🤝 Beistandschaft (întreținere)
money-opt-beratungshilfe = ⚖️ Beratungshilfe (avocat)

## Fiecare ajutor în parte

money-kindergeld =
    👶 Kindergeld (alocația pentru copii)

    Cât? { $kindergeld } pe copil și lună (din { $kindergeld_from }).
    Pentru cine? Pentru fiecare copil sub 18 ani. De la 18 ani până la împlinirea vârstei de { $kindergeld_age_max ->
        [one] { $kindergeld_age_max } an
        [few] { $kindergeld_age_max } ani
       *[other] { $kindergeld_age_max } de ani
    } doar în timpul formării profesionale sau al studiilor.
    Nu sunteți din UE? Aveți nevoie de un permis de ședere care permite munca sau stabilirea. Ucrainenii cu § 24 o primesc și ei.

    📍 Familienkasse (casa de alocații familiale) – online sau prin poștă.
    📄 Certificatul de naștere, codul fiscal (Steuer-ID) al dumneavoastră și al copilului, actul de identitate sau permisul de ședere.

money-kiz =
    💶 Kinderzuschlag (KiZ, supliment pentru copii)

    Pentru părinții care lucrează, dar câștigă puțin.
    Cât? Până la { $kiz_max } pe copil și lună, cu tot cu Sofortzuschlag (supliment imediat) (situația la { $kiz_max_from }; suma pentru 2026 nu este încă confirmată).
    Pentru cine? Câștigați cel puțin { $kiz_min_income } brut pe lună și nu primiți Bürgergeld. Copilul are sub { $kindergeld_age_max ->
        [one] { $kindergeld_age_max } an
        [few] { $kindergeld_age_max } ani
       *[other] { $kindergeld_age_max } de ani
    }.
    Pensia alimentară și Unterhaltsvorschuss (avans pentru pensia alimentară) se socotesc în proporție de { $kiz_child_income_share }%.
    ➕ Cu KiZ: adesea și Wohngeld (ajutor pentru chirie), Bildung und Teilhabe și fără taxe la Kita.

    📍 Familienkasse (casa de alocații familiale), online. Se acordă pentru { $kiz_months ->
        [one] { $kiz_months } lună
        [few] { $kiz_months } luni
       *[other] { $kiz_months } de luni
    }, apoi trebuie cerut din nou.
    📄 Fluturașii de salariu, contractul de închiriere, dovezi despre pensia alimentară.

money-uvg =
    🧾 Unterhaltsvorschuss (avans pentru pensia alimentară)

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
    Cu Bürgergeld: pentru copiii de la 12 ani doar dacă câștigați cel puțin { $uvg_sgb2_min_income } brut sau dacă astfel nu mai aveți nevoie de Bürgergeld.
    Trebuie să ajutați la găsirea celuilalt părinte.

    📍 Jugendamt (oficiul pentru copii și tineret), Unterhaltsvorschussstelle.
    📄 Certificatul de naștere, actul de identitate, date despre celălalt părinte, dovezi ale plăților.

money-elterngeld =
    🍼 Elterngeld (indemnizație pentru creșterea copilului)

    Pentru prima perioadă cu bebelușul. Ca părinte singur, puteți lua toate cele { $elterngeld_months ->
        [one] { $elterngeld_months } lună
        [few] { $elterngeld_months } luni
       *[other] { $elterngeld_months } de luni
    } doar pentru dumneavoastră.
    Cât? Între { $elterngeld_rate_min }% și { $elterngeld_rate_max }% din venitul net dinainte de naștere, mai mult la un salariu mic. Pe lună cel puțin { $elterngeld_min }, cel mult { $elterngeld_max }. ElterngeldPlus: { $elterngeld_plus_min } până la { $elterngeld_plus_max }, dar de două ori mai mult timp.
    Cu Bürgergeld se socotește ca venit – până la { $elterngeld_free } rămân liberi dacă ați lucrat înainte de naștere.

    ⏰ Cereți-l repede: retroactiv doar pentru { $elterngeld_backpay_months ->
        [one] { $elterngeld_backpay_months } lună
        [few] { $elterngeld_backpay_months } luni
       *[other] { $elterngeld_backpay_months } de luni
    }!
    📍 Elterngeldstelle (oficiul pentru Elterngeld) din orașul dumneavoastră.
    📄 Certificatul de naștere, fluturașii de salariu dinainte de naștere.

money-buergergeld =
    🏠 Bürgergeld (ajutor social de bază)

    Bani de trai când venitul nu ajunge – plus chiria și încălzirea.
    Suma de bază pe lună (din { $regelsatz_adult_from }): dumneavoastră { $regelsatz_adult }; copii 0–5 ani { $regelsatz_0_5 }, 6–13 { $regelsatz_6_13 }, 14–17 { $regelsatz_14_17 }.
    Kindergeld și Unterhaltsvorschuss se socotesc ca venit al copiilor. În plus primiți Mehrbedarf (bani în plus) pentru părinți singuri.
    Copil sub { $bg_no_work_age ->
        [one] { $bg_no_work_age } an
        [few] { $bg_no_work_age } ani
       *[other] { $bg_no_work_age } de ani
    }: nu trebuie să acceptați un loc de muncă (legea de până acum; reforma plănuiește o limită mai mică – încă neconfirmat).

    ⚠️ Reforma „Neue Grundsicherung” (planificată din iulie 2026) poate să fi schimbat regulile. Jobcenter vă spune situația actuală.
    📍 Jobcenter. 📄 Actul de identitate, contractul de închiriere, extrase de cont, fluturași de salariu.

money-mehrbedarf =
    ➕ Mehrbedarf für Alleinerziehende (bani în plus pentru părinți singuri)

    Bani în plus în cadrul Bürgergeld. Fără cerere separată – Jobcenter îi plătește automat.
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

    📍 Jobcenter. 👉 Verificați Bescheid-ul (decizia oficiului): scrie acolo „Mehrbedarf für Alleinerziehende”? Dacă nu: întrebați.

money-wohngeld =
    🏠 Wohngeld (ajutor pentru chirie)

    Ajutor la chirie, dacă aveți venit propriu, dar e puțin.
    Cât? Depinde de chirie, de venit și de numărul persoanelor din gospodărie.
    Nu împreună cu Bürgergeld. Adesea împreună cu Kinderzuschlag (supliment pentru copii) – poate fi mai avantajos decât Bürgergeld.
    ➕ Cu Wohngeld: Bildung und Teilhabe, fără taxe la Kita, bilet social.

    📍 Wohngeldstelle (oficiul pentru Wohngeld) din orașul dumneavoastră.
    📄 Contractul de închiriere, dovezi de venit, extrase de cont, actul de identitate.

money-asylblg =
    🛂 Asylbewerberleistungen (AsylbLG, prestații pentru solicitanții de azil)

    Pentru persoane aflate în procedura de azil sau cu Duldung (tolerare temporară). Responsabil este Sozialamt (oficiul de asistență socială), nu Jobcenter.
    Cât? Adult singur: { $asylblg_single } pe lună (situația la { $asylblg_single_from }; suma pentru 2026 nu este încă confirmată).
    Și aici: Bildung und Teilhabe pentru copii și fără taxe la Kita.

    🇺🇦 Veniți din Ucraina după 31.03.2025? Planificat: din iulie 2026 Sozialamt în loc de Jobcenter (încă neconfirmat). Întrebați la Jobcenter.

    📍 Sozialamt din orașul dumneavoastră. Ajutor: Migrationsberatung (consiliere pentru migranți, MBE, de la { $mbe_age_min ->
        [one] { $mbe_age_min } an
        [few] { $mbe_age_min } ani
       *[other] { $mbe_age_min } de ani
    }) sau Jugendmigrationsdienst (serviciul pentru tineri migranți, JMD, { $jmd_age_min }–{ $jmd_age_max ->
        [one] { $jmd_age_max } an
        [few] { $jmd_age_max } ani
       *[other] { $jmd_age_max } de ani
    }).

money-but =
    🎒 Bildung und Teilhabe (BuT, bani pentru școală și activități)

    Pentru copii sub { $kindergeld_age_max ->
        [one] { $kindergeld_age_max } an
        [few] { $kindergeld_age_max } ani
       *[other] { $kindergeld_age_max } de ani
    } la școală sau la Kita (creșă/grădiniță):
    • Rechizite: { $but_school } pe an școlar ({ $but_school_aug } în august, { $but_school_feb } în februarie; situația la { $but_school_from }, noua sumă nu este încă confirmată)
    • Club, muzică, sport: { $but_clubs } pe lună (sub { $but_clubs_age ->
        [one] { $but_clubs_age } an
        [few] { $but_clubs_age } ani
       *[other] { $but_clubs_age } de ani
    })
    • Excursii, tabere cu clasa, prânz, meditații, drumul la școală
    Pentru familii cu Bürgergeld, Sozialhilfe (ajutor social), Wohngeld, Kinderzuschlag sau AsylbLG.

    📍 Cu Bürgergeld: Jobcenter. Cu Wohngeld sau Kinderzuschlag: primăria. Cu AsylbLG: Sozialamt (oficiul de asistență socială).
    📄 Bescheid-ul (decizia oficiului) pentru ajutorul primit, adeverință de la școală.

money-kita-fees =
    🧸 Fără taxe la Kita

    Nu plătiți taxe pentru Kita (creșă/grădiniță), Kindertagespflege (bonă de zi) sau Hort (program după școală) dacă primiți unul dintre aceste ajutoare:
    Bürgergeld, Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag sau Wohngeld.
    Nu se întâmplă de la sine: trebuie să depuneți o cerere.
    Ganztag (OGS, program prelungit la școală): întrebați la primărie, adesea se aplică și acolo.
    Prânzul la Kita și la școală: prin Bildung und Teilhabe.

    📍 Jugendamt (oficiul pentru copii și tineret) din orașul dumneavoastră.
    📄 Ultimul Bescheid (decizia oficiului), de ex. pentru Bürgergeld, Wohngeld, Kinderzuschlag.

money-tax =
    🧾 Steuerklasse II (clasa de impozitare II)

    Pentru părinții singuri care lucrează: impozit pe salariu mai mic, în fiecare lună mai mulți bani net.
    Entlastungsbetrag (sumă scutită de impozit): { $entlastung } pe an, plus { $entlastung_more } pentru fiecare copil în plus.
    Condiție: copilul locuiește cu dumneavoastră.

    📍 Finanzamt (administrația financiară) – online prin ELSTER sau cu formular.
    📄 Codul fiscal (Steuer-ID), certificatul de naștere sau Bescheid-ul pentru Kindergeld.

money-beistand =
    🤝 Beistandschaft (ajutor pentru pensia alimentară)

    Celălalt părinte nu plătește sau plătește prea puțin? Jugendamt (oficiul pentru copii și tineret) poate, ca Beistand (reprezentant), să calculeze și să ceară pensia alimentară pentru copil.
    Gratuit. Ajunge o cerere la Jugendamt. Pentru copii sub 18 ani.

    În plus: Unterhaltsvorschuss (avans pentru pensia alimentară) – ca să primească copilul bani chiar de acum.

    📍 Jugendamt din orașul dumneavoastră.
    📄 Certificatul de naștere, date despre celălalt părinte, acte despre pensia alimentară (titlu, scrisori, plăți).

money-beratungshilfe =
    ⚖️ Beratungshilfe (ajutor pentru consultanță juridică)

    Sfatul unei avocate sau al unui avocat – de exemplu într-o dispută despre pensia alimentară sau cu un oficiu, în afara instanței.
    Pentru persoane cu venit mic. Dumneavoastră plătiți doar { $beratungshilfe_fee }.

    📍 Amtsgericht (judecătoria) de la domiciliu: acolo primiți un Beratungsschein (bon pentru consultanță). Cu el mergeți la avocat.
    📄 Actul de identitate, dovezi de venit (de ex. Bescheid pentru Bürgergeld), extrase de cont, acte despre problemă.

## Verificarea

money-check-ages =
    ✅ Verificarea: 5 întrebări scurte.

    Ce vârstă au copiii care locuiesc cu dumneavoastră?
    Scrieți vârstele în cifre, de ex.: 2 8
    Bebeluș sub 1 an: 0

money-check-ages-error = Nu am înțeles. Vă rog să scrieți doar numere de la 0 la 26, de ex.: 2 8

money-check-bg = Primiți Bürgergeld (ajutor social de bază) de la Jobcenter?

money-check-earnings = Cât câștigați dumneavoastră pe lună – brut (înainte de rețineri)?
money-earn-none = Nimic
money-earn-under = Sub { $kiz_min_income }
money-earn-from = { $kiz_min_income } până la { $earnings_band_high }
money-earn-over = Peste { $earnings_band_high }

money-check-maintenance = Celălalt părinte plătește pensie alimentară pentru copii?
money-maint-pays = Da, suficient și la timp
money-maint-partly = Prea puțin sau neregulat
money-maint-none = Nu / nu știu

money-check-residence = Ultima întrebare: ce se potrivește cu șederea dumneavoastră?
money-res-de-eu = Cetățean german sau UE
money-res-permit = Permis care permite munca
money-res-ukraine = Ucraina (protecție § 24)
money-res-asylum = Azil în curs sau Duldung

money-check-result = ✅ Rezultatul dumneavoastră – o primă estimare, nu un Bescheid (decizie). Decide oficiul.

## Rândurile rezultatului: ajutor și oficiu

money-benefit-kindergeld = Kindergeld (alocația pentru copii)
money-benefit-kiz = Kinderzuschlag (supliment pentru copii)
money-benefit-uvg = Unterhaltsvorschuss (avans pentru pensia alimentară)
money-benefit-buergergeld = Bürgergeld (ajutor social de bază)
money-benefit-mehrbedarf = Mehrbedarf für Alleinerziehende (bani în plus pentru părinți singuri)
money-benefit-wohngeld = Wohngeld (ajutor pentru chirie)
money-benefit-but = Bildung und Teilhabe (școală și activități)
money-benefit-kita-fees = Scutire de taxe la Kita
money-benefit-elterngeld = Elterngeld (indemnizație pentru creșterea copilului)
money-benefit-tax = Steuerklasse II (clasa de impozitare II)
money-benefit-asylblg = Asylbewerberleistungen (prestații pentru solicitanții de azil)
money-benefit-beistand = Beistandschaft (ajutor pentru pensia alimentară)
money-benefit-beratungshilfe = Beratungshilfe (ajutor pentru consultanță juridică)

money-office-familienkasse = Familienkasse (casa de alocații familiale)
money-office-uvg = Jugendamt (Unterhaltsvorschussstelle)
money-office-jobcenter = Jobcenter
money-office-wohngeld = Wohngeldstelle (oficiul orașului pentru Wohngeld)
money-office-but =
    { $buergergeld ->
        [true] Jobcenter
       *[other]
            { $residence ->
                [asylum] Sozialamt (oficiul de asistență socială)
               *[other] Primăria (Bildung und Teilhabe)
            }
    }
money-office-jugendamt = Jugendamt (oficiul pentru copii și tineret)
money-office-elterngeld = Elterngeldstelle (oficiul pentru Elterngeld)
money-office-finanzamt = Finanzamt (administrația financiară)
money-office-sozialamt = Sozialamt (oficiul de asistență socială)
money-office-amtsgericht = Amtsgericht (judecătoria)

## Motive (un rând)

money-kg-reason-age =
    Doar pentru copii sub { $kindergeld_age_max ->
        [one] { $kindergeld_age_max } an
        [few] { $kindergeld_age_max } ani
       *[other] { $kindergeld_age_max } de ani
    }.
money-kg-reason-asylum = Depinde de statutul dumneavoastră. Întrebați la Familienkasse sau la consilierea pentru migranți.
money-kg-reason-adult = Până la { $total } pe lună ({ $kindergeld } pe copil). Copiii de la 18 ani doar în timpul formării profesionale sau al studiilor.
money-kg-reason-yes = { $total } pe lună ({ $kindergeld } pe copil).

money-kiz-reason-age =
    Doar pentru copii sub { $kindergeld_age_max ->
        [one] { $kindergeld_age_max } an
        [few] { $kindergeld_age_max } ani
       *[other] { $kindergeld_age_max } de ani
    }.
money-kiz-reason-switch = Cu salariul dumneavoastră, Kinderzuschlag și Wohngeld s-ar putea potrivi în locul Bürgergeld. Verificați cu „KiZ-Lotse” (verificare online) de la Familienkasse.
money-kiz-reason-bg = Nu împreună cu Bürgergeld.
money-kiz-reason-income = Trebuie să câștigați cel puțin { $kiz_min_income } brut pe lună.
money-kiz-reason-asylum = Doar dacă primiți Kindergeld. Întrebați la Familienkasse.
money-kiz-reason-yes =
    Până la { $kiz_max } pe copil pe lună (situația la { $kiz_max_from }, 2026 încă neconfirmat), merge bine cu Wohngeld. În plus: Bildung und Teilhabe, fără taxe la Kita. Pentru { $kiz_months ->
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
money-uvg-reason-bg-mixed = Pentru copiii sub 12 ani: împreună { $total } pe lună. Pentru copiii între 12 și 17 ani doar dacă câștigați cel puțin { $uvg_sgb2_min_income } brut sau dacă astfel nu mai aveți nevoie de Bürgergeld.
money-uvg-reason-bg-teen = Cu Bürgergeld, pentru copiii între 12 și 17 ani doar dacă câștigați cel puțin { $uvg_sgb2_min_income } brut sau dacă astfel nu mai aveți nevoie de Bürgergeld. Pe copil { $uvg_12_17 }.
money-uvg-reason-yes = Împreună { $total } pe lună, până la împlinirea vârstei de 18 ani (pe copil: 0–5 ani { $uvg_0_5 }, 6–11 { $uvg_6_11 }, 12–17 { $uvg_12_17 }).

money-bg-reason-yes = Îl primiți. Reforma „Neue Grundsicherung” poate să fi schimbat regulile – întrebați la Jobcenter.
money-bg-reason-asylum = În loc de Bürgergeld: Asylbewerberleistungen de la Sozialamt.
money-bg-reason-maybe = Poate aveți dreptul – plus chiria și încălzirea. Reforma poate să fi schimbat regulile: întrebați la Jobcenter.

money-mb-reason = { $percent }% din suma de bază: cam { $amount } pe lună. Vine automat – verificați Bescheid-ul.

money-wg-reason-bg = Nu împreună cu Bürgergeld.
money-wg-reason-asylum = Depinde de statutul dumneavoastră. Întrebați la Sozialamt sau la consilierea pentru migranți.
money-wg-reason-none = Aveți nevoie de un venit propriu care să ajungă pentru trai.
money-wg-reason-yes = Ajutor la chirie. Suma depinde de chirie, de venit și de mărimea gospodăriei. Merge bine cu Kinderzuschlag.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] Cu un venit mic, adesea nu ajunge. Cereți să se verifice ce se potrivește mai bine: Wohngeld sau Bürgergeld.
       *[other] Depinde de chirie, de venit și de mărimea gospodăriei. Cereți o verificare.
    }

money-but-reason-jobcenter = Rechizite { $but_school } pe an școlar (situația la { $but_school_from }, noua sumă încă neconfirmată), cluburi { $but_clubs } pe lună, excursii, prânz.
money-but-reason-sozialamt = Rechizite { $but_school } pe an școlar (situația la { $but_school_from }, noua sumă încă neconfirmată), cluburi { $but_clubs } pe lună, excursii, prânz.
money-but-reason-city = Dacă primiți Kinderzuschlag sau Wohngeld: rechizite, excursii, prânz, cluburi. Cererea se face la primărie.

money-fee-reason-yes = Fără taxe pentru Kita, bonă de zi sau Hort (program după școală). Trebuie să depuneți o cerere.
money-fee-reason-maybe = Dacă primiți Kinderzuschlag sau Wohngeld: fără taxe pentru Kita, bonă de zi sau Hort.

money-eg-reason-yes =
    Pentru bebeluș: toate cele { $elterngeld_months ->
        [one] { $elterngeld_months } lună
        [few] { $elterngeld_months } luni
       *[other] { $elterngeld_months } de luni
    } doar pentru dumneavoastră. Cereți-l repede – retroactiv doar pentru { $elterngeld_backpay_months ->
        [one] { $elterngeld_backpay_months } lună
        [few] { $elterngeld_backpay_months } luni
       *[other] { $elterngeld_backpay_months } de luni
    }.
money-eg-reason-bg = La Bürgergeld se socotește ca venit – până la { $elterngeld_free } rămân liberi dacă ați lucrat înainte de naștere. Cereți-l repede.

money-tax-reason-yes = Impozit pe salariu mai mic: sumă scutită de { $total } pe an ({ $entlastung } plus { $entlastung_more } pentru fiecare copil în plus).
money-tax-reason-small = Cu un salariu mic, de obicei nu plătiți impozit pe salariu. Devine important când câștigați mai mult.

money-asyl-reason-yes = De la Sozialamt în loc de Jobcenter. Adult singur: { $asylblg_single } (situația la { $asylblg_single_from }, 2026 încă neconfirmat).
money-asyl-reason-ukraine = Ați venit după 31.03.2025? Planificat: din iulie 2026 Sozialamt în loc de Jobcenter (încă neconfirmat).

money-beistand-reason = Jugendamt cere pensia alimentară pentru copilul dumneavoastră – gratuit.
money-bh-reason = Sfatul unui avocat, dacă aveți venit mic. Plătiți doar { $beratungshilfe_fee }.

## Pașii următori (rezumat)

money-todo-kindergeld = Familienkasse (casa de alocații familiale): solicitați Kindergeld – online sau prin poștă. Pregătiți certificatul de naștere și codurile fiscale (Steuer-ID).
money-todo-kg-asylum = Familienkasse sau consilierea pentru migranți: întrebați dacă, cu statutul dumneavoastră, primiți Kindergeld și Kinderzuschlag.
money-todo-kiz = Familienkasse: solicitați Kinderzuschlag online – fluturași de salariu, contractul de închiriere, dovezi despre pensia alimentară.
money-todo-kiz-lotse = Familienkasse: verificați cu KiZ-Lotse dacă Kinderzuschlag și Wohngeld se potrivesc în locul Bürgergeld.
money-todo-uvg = Jugendamt (Unterhaltsvorschussstelle): solicitați Unterhaltsvorschuss – certificatul de naștere, date despre celălalt părinte.
money-todo-elterngeld =
    Elterngeldstelle (oficiul pentru Elterngeld): solicitați Elterngeld curând după naștere (retroactiv doar pentru { $elterngeld_backpay_months ->
        [one] { $elterngeld_backpay_months } lună
        [few] { $elterngeld_backpay_months } luni
       *[other] { $elterngeld_backpay_months } de luni
    }) – certificatul de naștere, fluturași de salariu.
money-todo-buergergeld = Jobcenter: cereți verificarea Bürgergeld (cu chirie și încălzire) și întrebați de noile reguli – actul de identitate, contractul de închiriere, extrase de cont.
money-todo-mehrbedarf = Jobcenter: verificați în Bescheid dacă apare „Mehrbedarf für Alleinerziehende”. Dacă nu: întrebați.
money-todo-wohngeld = Wohngeldstelle (oficiul pentru Wohngeld) al orașului: solicitați Wohngeld – contractul de închiriere, dovezi de venit, extrase de cont.
money-todo-asylblg = Sozialamt (oficiul de asistență socială): Asylbewerberleistungen – luați actele de ședere. Ajutor: consilierea pentru migranți.
money-todo-ukraine = Întrebați la Jobcenter: mai este responsabil sau acum Sozialamt? (Pentru sosire după 31.03.2025)
money-todo-but = Solicitați Bildung und Teilhabe: Jobcenter (Bürgergeld), primăria (Wohngeld, Kinderzuschlag) sau Sozialamt (AsylbLG).
money-todo-but-jobcenter = Jobcenter: solicitați Bildung und Teilhabe (rechizite, excursii, prânz, cluburi).
money-todo-but-sozialamt = Sozialamt (oficiul de asistență socială): solicitați Bildung und Teilhabe pentru copii.
money-todo-but-city = Primăria: solicitați Bildung und Teilhabe imediat ce Kinderzuschlag sau Wohngeld este aprobat.
money-todo-kita-fees = Jugendamt (oficiul pentru copii și tineret): solicitați scutirea de taxe la Kita și Hort – luați ultimul Bescheid.
money-todo-tax = Finanzamt (administrația financiară): solicitați Steuerklasse II (online prin ELSTER sau cu formular) – pregătiți codul fiscal.
money-todo-beistand = Jugendamt (oficiul pentru copii și tineret): solicitați Beistandschaft (gratuit) – certificatul de naștere, acte despre pensia alimentară.
money-todo-beratungshilfe = Amtsgericht (judecătoria): luați un Beratungsschein (bon pentru consultanță) – cu dovezi de venit. Contribuție proprie { $beratungshilfe_fee }.
