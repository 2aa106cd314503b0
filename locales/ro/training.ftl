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

train-german =
    🗣️ { -integrationskurs(form: "long") }

    • { $ik_hours ->
        [one] { $ik_hours } oră de curs
        [few] { $ik_hours } ore de curs
       *[other] { $ik_hours } de ore de curs
    } de germană și orientare (viața în Germania). Cursuri pentru părinți sau femei: { $ik_hours_parents ->
        [one] { $ik_hours_parents } oră de curs
        [few] { $ik_hours_parents } ore de curs
       *[other] { $ik_hours_parents } de ore de curs
    }, unele cu îngrijirea copiilor ({ $ik_care_age_min }–{ $ik_care_age_max ->
        [one] { $ik_care_age_max } an
        [few] { $ik_care_age_max } ani
       *[other] { $ik_care_age_max } de ani
    }).
    • Cost: { $ik_fee_lesson } pe oră de curs. Gratuit, dacă primiți { -buergergeld(form: "long") }.
    • Din februarie 2026 se poate ca { -bamf(form: "long") } să nu mai primească persoane care vin din proprie inițiativă (încă neconfirmat).

    📍 Înscrierea: cu { -buergergeld } prin { -jobcenter(form: "long") }, altfel la { -bamf }. Ajutor: { -mbe(form: "long") }, de la { $mbe_age_min ->
        [one] { $mbe_age_min } an
        [few] { $mbe_age_min } ani
       *[other] { $mbe_age_min } de ani
    }, sau { -jmd(form: "long") }, { $jmd_age_min }–{ $jmd_age_max ->
        [one] { $jmd_age_max } an
        [few] { $jmd_age_max } ani
       *[other] { $jmd_age_max } de ani
    }.

train-bsk =
    🗣️ { -berufssprachkurs(form: "long") }

    Pentru toți cei cu germană de la nivelul B1. Niveluri: B1 → B2, B2 → C1, C1 → C2.
    Gratuit, dacă venitul impozabil este sub { $bsk_income_limit } pe an.

    📍 Aprobarea: { -jobcenter(form: "long") } sau { -agentur-fuer-arbeit(form: "long") }. Dacă lucrați: direct la { -bamf(form: "long") }.
    📄 Ultimul certificat de limbă (de ex. B1).

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

train-recognition =
    📜 Recunoașterea unei diplome din străinătate

    Aveți dreptul la o procedură de recunoaștere – indiferent de statutul de ședere.
    1. { -anerkennungs-finder(form: "long") }: arată ce oficiu este responsabil – www.anerkennung-in-deutschland.de
    2. { -iq-netzwerk(form: "long") }: consiliere gratuită despre recunoaștere.
    3. Costuri: Anerkennungszuschuss (subvenție pentru recunoaștere) poate ajuta. Întrebați și la { -jobcenter(form: "long") } sau { -agentur-fuer-arbeit(form: "long") }.

    📄 Certificate, diplome, dovezi ale experienței profesionale.

## Pașii următori

train-todo-bca = { -jobcenter(form: "long") }: faceți o programare la { -bca(form: "long") }. Dacă nu primiți { -buergergeld(form: "long") }: { -agentur-fuer-arbeit(form: "long") }.
train-todo-ik = { -integrationskurs(form: "long") }: înscrieți-vă prin { -jobcenter(form: "long") } sau { -bamf(form: "long") } și întrebați de un curs cu îngrijirea copiilor. Ajutor: { -mbe(form: "long") } sau { -jmd(form: "long") }.
train-todo-bsk = { -berufssprachkurs(form: "long") }: obțineți aprobarea de la { -jobcenter(form: "long") }, de la { -agentur-fuer-arbeit(form: "long") } sau (dacă lucrați) de la { -bamf(form: "long") }.
train-todo-parttime = { -bca(form: "long") } sau consilierea profesională: discutați despre { -teilzeitausbildung(form: "long") } – luați CV-ul și certificatele.
train-todo-retraining = { -bca(form: "long") } de la { -jobcenter(form: "long") } sau { -agentur-fuer-arbeit(form: "long") }: solicitați un { -bildungsgutschein(form: "long") } pentru recalificare (se poate și cu timp parțial).
train-todo-avgs = { -jobcenter(form: "long") } sau { -agentur-fuer-arbeit(form: "long") }: întrebați de un { -avgs(form: "long") } pentru coaching – solicitați și costurile de transport și de îngrijire.
train-todo-recognition = Folosiți { -anerkennungs-finder(form: "long") } și contactați { -iq-netzwerk(form: "long") } – pregătiți certificatele.

train-opt-need-care = 🧸 Aveți totuși nevoie de îngrijire pentru copil?
train-todo-agentur = { -agentur-fuer-arbeit }: faceți o programare la consilierea profesională – gratuit, și dacă lucrați.
