# Formare și loc de muncă. Numerele vin din dialogs/figures.toml.

train-title = Formare și loc de muncă

train-start =
    🎓 Formare și loc de muncă

    Primul contact: BCA de la Jobcenter (Beauftragte für Chancengleichheit am Arbeitsmarkt – responsabila pentru egalitatea de șanse pe piața muncii). Ea se ocupă în special de părinții singuri.
    Fără Bürgergeld: Agentur für Arbeit (agenția de muncă).

    Ce vă interesează?

train-opt-german = 🗣️ Întâi limba germană
train-opt-parttime = 🧰 Formare cu timp parțial
train-opt-retraining = 🔄 Recalificare (Umschulung)
train-opt-avgs = 🤝 Coaching pentru job
train-opt-recognition = 📜 Diplomă din străinătate
train-opt-bsk = 🗣️ Germană pentru meserie
train-opt-licence = 🚗 Permis de conducere

train-german =
    🗣️ Integrationskurs (curs de integrare, BAMF)

    • { $ik_hours ->
        [one] { $ik_hours } oră de curs
        [few] { $ik_hours } ore de curs
       *[other] { $ik_hours } de ore de curs
    } de germană și orientare. Cursuri pentru părinți sau femei: { $ik_hours_parents ->
        [one] { $ik_hours_parents } oră de curs
        [few] { $ik_hours_parents } ore de curs
       *[other] { $ik_hours_parents } de ore de curs
    }, unele cu îngrijirea copiilor ({ $ik_care_age_min }–{ $ik_care_age_max ->
        [one] { $ik_care_age_max } an
        [few] { $ik_care_age_max } ani
       *[other] { $ik_care_age_max } de ani
    }).
    • Cost: { $ik_fee_lesson } pe oră de curs. Cu Bürgergeld gratuit.
    • Din februarie 2026 se poate ca BAMF să nu mai primească participanți voluntari (încă neconfirmat).

    📍 Înscrierea prin Jobcenter (cu Bürgergeld) sau la BAMF (oficiul federal pentru migrație). Ajutor: Migrationsberatung (consiliere pentru migranți, MBE, de la { $mbe_age_min ->
        [one] { $mbe_age_min } an
        [few] { $mbe_age_min } ani
       *[other] { $mbe_age_min } de ani
    }) sau Jugendmigrationsdienst (serviciul pentru tineri migranți, JMD, { $jmd_age_min }–{ $jmd_age_max ->
        [one] { $jmd_age_max } an
        [few] { $jmd_age_max } ani
       *[other] { $jmd_age_max } de ani
    }).

train-bsk =
    🗣️ Berufssprachkurs (germană pentru meserie)

    Pentru toți cei cu germană de la nivelul B1. Niveluri: B1 → B2, B2 → C1, C1 → C2.
    Gratuit, dacă venitul impozabil este sub { $bsk_income_limit } pe an.

    📍 Aprobarea: Jobcenter sau Agentur für Arbeit (agenția de muncă). Dacă lucrați: direct la BAMF.
    📄 Ultimul certificat de limbă (de ex. B1).

train-parttime =
    🧰 Ausbildung in Teilzeit (formare profesională cu timp parțial, § 7a BBiG)

    O formare profesională obișnuită – cu mai puține ore:
    • cu până la { $tza_max_cut }% mai puțin timp de lucru
    • în schimb durează mai mult (cel mult de o dată și jumătate)
    • firma trebuie să fie de acord
    • indemnizația de formare poate fi mai mică în mod corespunzător

    📍 BCA de la Jobcenter sau consilierea profesională de la Agentur für Arbeit (agenția de muncă): vă ajută să găsiți o firmă.
    🧸 Lămuriți din timp îngrijirea copilului – Kita sau Ganztag (program prelungit la școală).

train-retraining =
    🔄 Umschulung (recalificare) cu Bildungsgutschein (voucher de formare)

    O meserie nouă, cu diplomă – se poate și cu timp parțial.
    Bildungsgutschein îl dau Jobcenter sau Agentur für Arbeit. Nu există un drept fix (oficiul decide de la caz la caz) – motivele bune ajută.

    💶 În plus:
    • Weiterbildungsgeld (bani pentru formare): { $wb_geld } pe lună
    • Primă: { $wb_bonus_mid } pentru examenul intermediar, { $wb_bonus_final } pentru examenul final
    • Îngrijirea copiilor: { $care_cost_training } pe copil și lună

    📍 BCA de la Jobcenter sau Agentur für Arbeit.
    📄 CV, diplome și certificate, ideea dumneavoastră de meserie.

train-avgs =
    🤝 Coaching cu AVGS (Aktivierungs- und Vermittlungsgutschein – voucher de activare și plasare)

    O consilieră sau un consilier vă ajută pe drumul spre un loc de muncă: candidaturi, căutarea unui post, un plan pentru familie și job.
    • Gratuit pentru dumneavoastră.
    • Se pot plăti costurile de transport și îngrijirea copiilor.

    📍 Jobcenter (BCA) sau Agentur für Arbeit (agenția de muncă): întrebați de un AVGS. Apoi alegeți un furnizor.

train-recognition =
    📜 Recunoașterea unei diplome din străinătate

    Aveți dreptul la o procedură de recunoaștere – indiferent de statutul de ședere.
    1. Anerkennungs-Finder (căutare online): arată ce oficiu este responsabil – www.anerkennung-in-deutschland.de
    2. IQ-Beratung (consiliere din rețeaua IQ): consiliere gratuită despre recunoaștere.
    3. Costuri: Anerkennungszuschuss (subvenție pentru recunoaștere) poate ajuta. Întrebați și la Jobcenter sau Agentur.

    📄 Certificate, diplome, dovezi ale experienței profesionale.

## Pașii următori

train-todo-bca = Jobcenter: faceți o programare la BCA (responsabila pentru egalitatea de șanse). Fără Bürgergeld: Agentur für Arbeit.
train-todo-ik = Integrationskurs: înscrieți-vă prin Jobcenter sau BAMF și întrebați de un curs cu îngrijirea copiilor. Ajutor: MBE sau JMD.
train-todo-bsk = Berufssprachkurs: obțineți aprobarea de la Jobcenter, de la Agentur sau (dacă lucrați) de la BAMF.
train-todo-parttime = BCA sau consilierea profesională: discutați despre formarea cu timp parțial – luați CV-ul și certificatele.
train-todo-retraining = BCA de la Jobcenter sau Agentur: solicitați un Bildungsgutschein pentru recalificare (se poate și cu timp parțial).
train-todo-avgs = Jobcenter sau Agentur: întrebați de un AVGS pentru coaching – solicitați și costurile de transport și de îngrijire.
train-todo-recognition = Folosiți Anerkennungs-Finder și contactați IQ-Beratung – pregătiți certificatele.
