# Formare și loc de muncă. Numerele vin din dialogs/figures.toml.

train-title = Formare și loc de muncă

train-start =
    🎓 Formare și loc de muncă

    Primul contact: { -bca(form: "long") } de la { -jobcenter(form: "long") }. Ea se ocupă în special de părinții singuri.
    Dacă nu primiți { -buergergeld(form: "long") }: { -agentur-fuer-arbeit(form: "long") }.

    Ce vă interesează?

train-opt-german = 🗣️ Întâi limba germană
train-opt-parttime = 🧰 Formare cu timp parțial
train-opt-retraining = 🔄 Recalificare ({ -umschulung })
train-opt-avgs = 🤝 Coaching pentru job
train-opt-recognition = 📜 Diplomă din străinătate
train-opt-bsk = 🗣️ Germană pentru meserie
train-opt-licence = 🚗 Permis de conducere

train-parttime =
    🧰 { -teilzeitausbildung(form: "long") }, § 7a BBiG

    O formare profesională obișnuită – cu mai puține ore:
    • cu până la { $tza_max_cut }% mai puțin timp de lucru
    • în schimb durează mai mult (cel mult de o dată și jumătate)
    • firma trebuie să fie de acord
    • indemnizația de formare poate fi mai mică, pe măsura orelor

    📍 { -bca(form: "long") } de la { -jobcenter(form: "long") } sau consilierea profesională de la { -agentur-fuer-arbeit(form: "long") }: vă ajută să găsiți o firmă.
    🧸 Lămuriți din timp îngrijirea copilului – { -kita(form: "long") } sau { -ganztag(form: "long") }.

train-retraining =
    🔄 { -umschulung(form: "long") } cu { -bildungsgutschein(form: "long") }

    O meserie nouă, cu diplomă – se poate și cu timp parțial.
    { -bildungsgutschein } îl dau { -jobcenter(form: "long") } sau { -agentur-fuer-arbeit(form: "long") }. Nu există un drept fix (oficiul decide de la caz la caz) – motivele bune ajută.

    💶 În plus:
    • Weiterbildungsgeld (bani pentru formare): { $wb_geld } pe lună
    • Primă: { $wb_bonus_mid } pentru examenul intermediar, { $wb_bonus_final } pentru examenul final
    • Îngrijirea copiilor: { $care_cost_training } pe copil și lună

    📍 { -bca(form: "long") } de la { -jobcenter } sau { -agentur-fuer-arbeit }.
    📄 CV, diplome și certificate, ideea dumneavoastră de meserie.

train-avgs =
    🤝 Coaching cu { -avgs(form: "long") }

    O consilieră sau un consilier vă ajută pe drumul spre un loc de muncă: candidaturi, căutarea unui post, un plan pentru familie și job.
    • Gratuit pentru dumneavoastră.
    • Se pot plăti costurile de transport și îngrijirea copiilor.

    📍 { -bca(form: "long") } de la { -jobcenter(form: "long") } sau { -agentur-fuer-arbeit(form: "long") }: întrebați de un { -avgs }. Apoi alegeți un furnizor.

## Pașii următori

train-todo-bca = { -jobcenter(form: "long") }: faceți o programare la { -bca(form: "long") }. Dacă nu primiți { -buergergeld(form: "long") }: { -agentur-fuer-arbeit(form: "long") }.
train-todo-bsk = { -berufssprachkurs(form: "long") }: obțineți aprobarea de la { -jobcenter(form: "long") }, de la { -agentur-fuer-arbeit(form: "long") } sau (dacă lucrați) de la { -bamf(form: "long") }.
train-todo-parttime = { -bca(form: "long") } sau consilierea profesională: discutați despre { -teilzeitausbildung(form: "long") } – luați CV-ul și certificatele.
train-todo-retraining = { -bca(form: "long") } de la { -jobcenter(form: "long") } sau { -agentur-fuer-arbeit(form: "long") }: solicitați un { -bildungsgutschein(form: "long") } pentru recalificare (se poate și cu timp parțial).
train-todo-avgs = { -jobcenter(form: "long") } sau { -agentur-fuer-arbeit(form: "long") }: întrebați de un { -avgs(form: "long") } pentru coaching – solicitați și costurile de transport și de îngrijire.
train-opt-need-care = 🧸 Aveți totuși nevoie de îngrijire pentru copil?
train-todo-agentur = { -agentur-fuer-arbeit }: faceți o programare la consilierea profesională – gratuit, și dacă lucrați.

train-bsk =
    🗣️ { -berufssprachkurs(form: "long") }

    Pentru toți cei cu germană de la nivelul B1. Niveluri: B1 → B2, B2 → C1, C1 → C2, fiecare { $bsk_hours_min }–{ $bsk_hours_max } de lecții.
    Gratuit, dacă venitul impozabil este sub { $bsk_income_limit } pe an. Altfel { $bsk_fee_lesson } pe lecție.

    📍 Aprobarea: { -jobcenter(form: "long") } sau { -agentur-fuer-arbeit(form: "long") }. Dacă lucrați: direct la { -bamf(form: "long") }.
    📄 Ultimul certificat de limbă (de ex. B1).

train-todo-recognition = { -iq-netzwerk(form: "long") }: consiliere gratuită despre recunoaștere – indiferent de statutul de ședere. Luați certificatele cu dvs.

## Învățarea germanei: citit și scris, cursul, un loc în timpul opririi admiterilor

train-german-read =
    🗣️ Învățarea limbii germane

    Ce curs vi se potrivește depinde de asta: știți să citiți și să scrieți?

train-read-latin = ✍️ Da, cu litere latine
train-read-other = 🔤 Da, dar în alt alfabet
train-read-none = 🤔 Nu sau doar puțin
train-opt-change-read = ✏️ Schimb răspunsul despre citit

train-german-level = 🗣️ Cât de bine știți deja germana?
train-level-below = Puțin sau deloc
train-level-b1 = B1 sau mai bine
train-opt-change-level = ✏️ Schimb răspunsul despre germană

train-alpha =
    ✍️ { -integrationskurs(form: "long") } cu alfabetizare (Alphabetisierungskurs)

    Învățați să citiți și să scrieți cu litere latine – și limba germană. Cursul este și pentru cei care scriu deja în alt alfabet, de exemplu chirilic sau arab.
    • { $ik_hours_parents } de lecții, plus până la { $ik_alpha_repeat } de lecții de repetare (în total { $ik_alpha_max }).
    • Există cursuri pentru părinți sau pentru femei, adesea cu jumătate de normă, potrivite cu orele de grădiniță și școală.{ $small ->
        [0] {""}
       *[other] {" "}Dacă copilul nu are loc la grădiniță, { -bamf } poate plăti îngrijirea lui în timpul cursului (pentru anul acesta încă nesigur).
    }
    • Cost: { $ik_fee_lesson } pe lecție. Cu { -buergergeld } gratuit, dacă cereți asta înainte de curs. Dacă treceți examenul, primiți înapoi { $ik_refund_percent } % din cost.

    ➡️ Mai departe: cine primește acum un loc?

train-ik =
    🗣️ { -integrationskurs(form: "long") }

    Germană și orientare (viața în Germania): { $ik_hours } de lecții.
    • Cursuri pentru părinți sau pentru femei: { $ik_hours_parents } de lecții, adesea cu jumătate de normă, potrivite cu orele de grădiniță și școală.{ $small ->
        [0] {""}
       *[other] {" "}Dacă copilul nu are loc la grădiniță, { -bamf } poate plăti îngrijirea lui în timpul cursului (pentru anul acesta încă nesigur).
    }
    • Cost: { $ik_fee_lesson } pe lecție. Cu { -buergergeld } gratuit, dacă cereți asta înainte de curs. Dacă treceți examenul, primiți înapoi { $ik_refund_percent } % din cost.

    ➡️ Mai departe: cine primește acum un loc?

train-ik-ask-bg =
    Primiți { -buergergeld(form: "long") } de la { -jobcenter }?
    De asta depinde cum puteți primi acum un loc la curs.

train-ik-ask-res =
    Care este statutul dvs. de ședere?
    De asta depinde dacă puteți primi acum un loc la curs.

train-opt-change-bg = ✏️ Totuși primesc { -buergergeld }

train-ik-place =
    { $w ->
        [1]
        ✅ Cu { -buergergeld }: întrebați la { -jobcenter }

        Până la { $ik_stop_end_from }, { -bamf(form: "long") } nu primește pe nimeni care vrea să participe voluntar (§ 44 Abs. 4 AufenthG). Primește însă loc cine este obligat de { -jobcenter } să facă cursul (§ 44a AufenthG).

        • Cereți la { -jobcenter } obligarea la curs (Verpflichtung zum Integrationskurs) – cu alfabetizare, dacă aveți nevoie.
        • Cu { -buergergeld } cursul nu costă nimic, dacă cereți asta înainte de curs.
        • Întrebați de un curs pentru părinți cu jumătate de normă.

        Ajutor: { -mbe(form: "long") } sau { -jmd(form: "long") }.
        [2]
        🪪 Cu { -aufenthaltstitel(form: "long") }: aveți drept la curs?

        Până la { $ik_stop_end_from }, { -bamf(form: "long") } nu primește pe nimeni voluntar (§ 44 Abs. 4 AufenthG). Primește însă loc cine are drept la curs (§ 44 Abs. 1 AufenthG) sau este obligat (§ 44a AufenthG).

        • Întrebați la { -auslaenderbehoerde(form: "long") }: am drept la { -integrationskurs }? Sau mă puteți obliga?
        • Cu scrisoarea aceasta vă înscrieți la un organizator de curs (Kursträger), de exemplu la { -vhs(form: "long") }.

        Ajutor: { -mbe(form: "long") } sau { -jmd(form: "long") }.
       *[other]
        ⛔ Până la { $ik_stop_end_from }: fără locuri voluntare

        De la circulara din { $ik_stop_circular_from }, { -bamf(form: "long") } nu mai primește pe nimeni voluntar la { -integrationskurs } (§ 44 Abs. 4 AufenthG). Asta îi privește pe solicitanții de azil, pe cei cu { -duldung }, pe cei din Ucraina cu protecție după § 24 și pe cetățenii UE.

        Primește în continuare loc cine are drept la curs (§ 44 Abs. 1 AufenthG) sau este obligat (§ 44a AufenthG).

        Ce puteți face:
        1. { -auslaenderbehoerde(form: "long") }: întrebați dacă vă poate obliga la curs (Verpflichtung zum Integrationskurs).
        2. Dacă primiți { -buergergeld }: cereți obligarea la { -jobcenter }.
        3. Consiliere: { -mbe(form: "long") } sau { -jmd(form: "long") }.
    }

train-todo-ik-bg = { -jobcenter }: cereți obligarea la { -integrationskurs } (cu alfabetizare, dacă e nevoie; cel mai bine un curs pentru părinți cu jumătate de normă) – cererea de scutire de cost înainte de curs.
train-todo-ik-stop = { -auslaenderbehoerde }: întrebați dacă vă poate obliga la { -integrationskurs } – locuri voluntare nu există până la { $ik_stop_end_from }.
train-todo-ik-permit = { -auslaenderbehoerde }: întrebați dacă aveți drept la { -integrationskurs }, apoi înscrieți-vă la un organizator de curs (Kursträger).
