# Familie: nașterea și primele luni, boală sau spital, copil bolnav.

fam-title = Bebeluș și boală
fam-start =
    👶 Bebeluș sau boală: despre ce e vorba?
fam-opt-baby = 👶 Vine / s-a născut bebelușul
fam-opt-ill = 🏥 Sunt bolnav / merg la spital
fam-opt-child-ill = 🤒 Copilul meu e bolnav
fam-ask-postcode =
    📮 Codul dumneavoastră poștal? Atunci vă spun oficiile din apropiere.

## Nașterea

birth-when = 👶 Când se naște sau s-a născut bebelușul? Termenele se socotesc din luna nașterii.
birth-opt-expected = 🤰 În curând
birth-opt-this-month = Luna aceasta
birth-opt-last-month = Luna trecută
birth-opt-2-3 = Acum 2–3 luni
birth-opt-earlier = Acum peste 3 luni
birth-job = 💼 Ați avut un loc de muncă (angajată) înainte de naștere?
birth-opt-job-yes = Da, angajată
birth-opt-job-no = Nu
birth-insured = 🩺 Cum sunteți asigurată?
birth-opt-member = Membră a unei Krankenkasse
birth-opt-other-insured = Privat sau prin familie
birth-parents = 👨‍👩‍👧 Sunteți căsătorită cu tatăl copilului?
birth-opt-unmarried = Nu suntem căsătoriți
birth-opt-no-father = Tată necunoscut / nu vrea
birth-opt-married = Căsătoriți (și separați)
birth-opt-kita = 🧸 Loc la Kita: când și cum

birth-result =
    👶 Ce faceți în jurul nașterii – și unde:
    ⏰ Declarați nașterea în { $birth_register_days } zile. Cereți { -unterhaltsvorschuss } în luna nașterii, { -elterngeld } în primele { $elterngeld_backpay_months } luni.

birth-benefit-register = Declararea nașterii
birth-benefit-insurance = Asigurarea de sănătate a bebelușului
birth-benefit-mg = { -mutterschaftsgeld(form: "long") }
birth-benefit-elternzeit = { -mutterschutz } și { -elternzeit }
birth-benefit-paternity = Paternitate și autoritate părintească
birth-benefit-kita = Loc la { -kita } după { -elterngeld }

fam-office-standesamt = { -standesamt } din locul nașterii
fam-office-krankenkasse = { -krankenkasse }
fam-office-mg = { -krankenkasse } sau { -bas }
fam-office-employer = angajatorul
fam-office-elterngeld = { -elterngeldstelle }
fam-office-beistandschaft = { -jugendamt }
fam-office-kita = { -jugendamt } sau portalul { -kita } al orașului
fam-office-jugendamt = { -jugendamt }
fam-office-hospital = spitalul
fam-office-employer-kk = angajatorul, apoi { -krankenkasse }

birth-reg-reason = În { $birth_register_days } zile la { -standesamt(form: "long") } din locul nașterii. De obicei spitalul anunță nașterea. Primiți gratuit { $birth_certificates_free } exemplare din { -geburtsurkunde(form: "long") }: pentru { -elterngeld }, { -kindergeld } și { -mutterschaftsgeld }.
birth-ins-reason = Bebelușul e asigurat gratuit prin dumneavoastră: { -familienversicherung(form: "long") }. Anunțați { -krankenkasse } imediat după naștere.
birth-ins-reason-other = Un copil e asigurat gratuit doar prin un părinte dintr-o { -krankenkasse } publică. Întrebați înainte de naștere cum va fi asigurat bebelușul.
birth-mg-reason-nojob = { -mutterschaftsgeld } este pentru mamele care lucrează. Nu sunteți sigură? Întrebați { -krankenkasse }.
birth-mg-reason-member = Până la { $mutterschaftsgeld_day } pe zi de la { -krankenkasse }. Angajatorul completează până la venitul net din ultimele 3 luni. { -mutterschutz(form: "long") }: { $mutterschutz_before_weeks } săptămâni înainte și { $mutterschutz_after_weeks } după naștere. Se scade integral din { -elterngeld }.
birth-mg-reason-other = O singură dată până la { $mutterschaftsgeld_bas } de la { -bas(form: "long") }. Angajatorul completează oricum. Nu se scade din { -elterngeld }.
birth-ez-reason = { -mutterschutz(form: "long") }: { $mutterschutz_before_weeks } săptămâni înainte de naștere (lucrați doar dacă vreți), { $mutterschutz_after_weeks } după (după naștere prematură sau multiplă { $mutterschutz_after_long_weeks }). { -elternzeit(form: "long") }: până la { $elternzeit_years } ani. Cereți-o în scris cu { $elternzeit_notice_weeks } săptămâni înainte de început. Dacă începe imediat după { -mutterschutz }, termenul vine la scurt timp după naștere. De la cerere sunteți protejată de concediere.
birth-eg-reason = Cereți în primele { $elterngeld_backpay_months } luni: pentru perioada dinaintea cererii se plătesc cel mult { $elterngeld_backpay_months } luni. Cel puțin { $elterngeld_min } pe lună. Singură puteți lua toate cele { $elterngeld_months } luni.
birth-eg-reason-hagen = Pentru Hagen plătește { -versorgungsamt-dortmund }. Cereți în primele { $elterngeld_backpay_months } luni: pentru perioada dinaintea cererii se plătesc cel mult { $elterngeld_backpay_months } luni. Singură puteți lua toate cele { $elterngeld_months } luni.
birth-eg-reason-late = Cereți acum! Pentru perioada dinaintea cererii se plătesc cel mult { $elterngeld_backpay_months } luni. Lunile mai vechi s-au pierdut.
birth-kg-reason = { $kindergeld } pe lună pentru bebeluș. Cereți cu { -geburtsurkunde(form: "long") }.
birth-pat-reason-married = Doar pentru părinții care nu sunt căsătoriți.
birth-pat-reason = { -vaterschaftsanerkennung(form: "long") } și { -sorgeerklaerung(form: "long") }: gratuit la { -jugendamt(form: "long") } (la notar costă). Se poate și înainte de naștere. Trebuie să fiți de acord. Fără { -sorgeerklaerung } aveți singură autoritatea părintească.
birth-pat-reason-none = Fără { -vaterschaftsanerkennung } și { -sorgeerklaerung } aveți singură autoritatea părintească. Dovada o dă { -jugendamt(form: "long") }: { -negativbescheinigung(form: "long") }.
birth-uvg-reason = { $uvg_0_5 } pe lună din luna nașterii. Cereți în luna nașterii: retroactiv se plătește doar { $uvg_backpay_months } lună înainte de cerere. Trebuie să ajutați, cât puteți, la găsirea tatălui.
birth-uvg-reason-maybe = Dacă tatăl nu plătește pensie de întreținere sau plătește prea puțin: { $uvg_0_5 } pe lună din luna nașterii. Cereți în luna nașterii: retroactiv doar { $uvg_backpay_months } lună.
birth-kita-reason = { -elterngeld } se plătește până la { $elterngeld_months } luni. Copilul are drept la un loc de la { $kita_right_age } an. Înscrieți-l devreme, ca { -kita } să înceapă când se termină { -elterngeld }. Cum se face la dumneavoastră: 🧸 mai jos.

birth-todo-register = { -standesamt }: declarați nașterea în { $birth_register_days } zile (adesea o face spitalul) – luați exemplarele gratuite din { -geburtsurkunde(form: "long") }.
birth-todo-insurance = { -krankenkasse }: imediat după naștere, includeți bebelușul în { -familienversicherung(form: "long") } – luați { -geburtsurkunde }.
birth-todo-insurance-other = Dacă nu sunteți membră a unei { -krankenkasse } publice: întrebați înainte de naștere cum va fi asigurat bebelușul.
birth-todo-mg-member = { -krankenkasse }: cereți { -mutterschaftsgeld } – angajatorul plătește completarea.
birth-todo-mg-other = { -bas }: cereți { -mutterschaftsgeld } (o dată, până la { $mutterschaftsgeld_bas }) – angajatorul plătește completarea.
birth-todo-elternzeit = Angajator: cereți { -elternzeit(form: "long") } în scris – cu { $elternzeit_notice_weeks } săptămâni înainte de început.
birth-todo-elterngeld-hagen = { -versorgungsamt-dortmund } (pentru Hagen): cereți { -elterngeld } în primele { $elterngeld_backpay_months } luni – { -geburtsurkunde }, fluturași de salariu.
birth-todo-kindergeld = { -familienkasse }: cereți { -kindergeld } pentru bebeluș – luați { -geburtsurkunde }.
birth-todo-paternity = { -jugendamt }: faceți o programare pentru { -vaterschaftsanerkennung } și { -sorgeerklaerung } – gratuit, și înainte de naștere.
birth-todo-sole-custody = { -jugendamt }: luați { -negativbescheinigung(form: "long") }.
birth-todo-uvg = { -jugendamt } ({ -unterhaltsvorschussstelle }): cereți { -unterhaltsvorschuss } în luna nașterii – { -geburtsurkunde }, date despre tată.
birth-todo-uvg-maybe = Dacă tatăl nu plătește pensie de întreținere sau plătește prea puțin: cereți { -unterhaltsvorschuss } la { -jugendamt } în luna nașterii.

## Boală sau spital

ill-kind = 🏥 Ce situație aveți?
ill-opt-planned = Spital sau recuperare planificată
ill-opt-sudden = Brusc grav bolnav
ill-child = 🧒 Locuiește cu dumneavoastră un copil sub { $haushaltshilfe_age } ani sau un copil cu dizabilități?
ill-other = 👥 Poate cineva din gospodărie să preia copiii și casa?
ill-opt-nobody = Nu, nimeni
ill-opt-somebody = Da
ill-job = 💼 Sunteți angajat(ă)?

ill-result =
    🏥 Cine vă ajută când sunteți bolnav(ă):
    ⏰ Cereți { -haushaltshilfe } înainte de internare.

ill-benefit-haushaltshilfe = { -haushaltshilfe(form: "long") }
ill-benefit-care = Îngrijirea copiilor
ill-benefit-social = { -sozialdienst(form: "long") }
ill-benefit-pay = Salariu și { -krankengeld }

ill-hh-reason-age = Doar cu un copil sub { $haushaltshilfe_age } ani sau un copil cu dizabilități în gospodărie.
ill-hh-reason-other = Doar dacă nimeni din gospodărie nu poate prelua.
ill-hh-reason-planned = Cereți înainte de internare, cu adeverință de la medic. Contribuiți cu { $hh_copay } % pe zi ({ $hh_copay_min } până la { $hh_copay_max }). Poate ajuta și o vecină sau un prieten, plătit: { $hh_helper_hour } pe oră, cel mult { $hh_helper_day } pe zi (din { $hh_helper_hour_from }; suma pentru 2026 nu e încă confirmată). Bunicii și frații primesc doar cheltuieli, de exemplu de drum.
ill-hh-reason-sudden = Și fără spital, dacă sunteți grav bolnav(ă): până la { $hh_home_weeks } săptămâni, cu un copil sub { $haushaltshilfe_age } ani până la { $hh_home_weeks_child }. Cereți imediat, cu adeverință de la medic. O vecină sau un prieten poate fi plătit: { $hh_helper_hour } pe oră (din { $hh_helper_hour_from }; 2026 neconfirmat).
ill-care-reason = Dacă { -krankenkasse } nu plătește ajutor sau plătește prea puțin: { -jugendamt(form: "long") } poate organiza îngrijirea acasă.
ill-social-reason = Există în aproape orice spital. Organizează ajutor acasă și ajută la cereri. Sunați înainte de internare.
ill-social-reason-maybe = Dacă trebuie să mergeți la spital: întrebați imediat de { -sozialdienst }. Ajută cu sprijin acasă și cereri.
ill-pay-reason = { -entgeltfortzahlung(form: "long") }: angajatorul plătește { $sick_pay_weeks } săptămâni. Apoi { -krankenkasse } plătește { -krankengeld(form: "long") }: { $krankengeld_gross } % din brut, cel mult { $krankengeld_net } % din net, până la { $krankengeld_weeks } săptămâni în { $krankengeld_years } ani.

ill-todo-hh-planned = { -krankenkasse }: cereți { -haushaltshilfe } înainte de internare – adeverința medicului; numele persoanei care ajută, dacă e o vecină sau un prieten.
ill-todo-social = Spital: înainte de internare sunați la { -sozialdienst(form: "long") } – lămuriți ajutorul acasă și cererile.
ill-todo-social-maybe = Dacă trebuie să mergeți la spital: întrebați imediat de { -sozialdienst(form: "long") }.
ill-todo-pay = Angajator: predați concediul medical. După { $sick_pay_weeks } săptămâni { -krankenkasse } plătește { -krankengeld }.

## Copil bolnav

kid-age = 🤒 Câți ani are copilul bolnav?
kid-opt-under-12 = Sub { $kkg_age }
kid-opt-hospital = Sub { $kkg_hospital_age }, în spital
kid-opt-from-12 = { $kkg_age } sau mai mare

kid-result =
    🤒 Dacă nu puteți lucra pentru că copilul e bolnav:

kid-benefit-kkg = { -kinderkrankengeld(form: "long") }

kid-kkg-reason-age = Doar pentru copii sub { $kkg_age } ani.
kid-kkg-reason-job = Înlocuiește salariul: doar dacă sunteți angajat(ă).
kid-kkg-reason = Părinți singuri: { $kkg_days_single } zile lucrătoare pe copil pe an, pentru toți copiii cel mult { $kkg_days_single_max } (din { $kkg_days_single_from }). { $kkg_rate } % din venitul net pierdut. Dumneavoastră și copilul sunteți asigurați public; adeverință de la medicul pediatru.
kid-kkg-reason-hospital = Dacă stați cu copilul sub { $kkg_hospital_age } ani în spital: fără limită și nu se scade din cele { $kkg_days_single } zile. { $kkg_rate } % din venitul net pierdut.

kid-todo-kkg-hospital = { -krankenkasse }: cereți { -kinderkrankengeld } pentru timpul în spital – luați adeverința medicului.
