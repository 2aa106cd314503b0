# Recunoașterea unei diplome din străinătate (dialogs/training.toml). Cifrele din dialogs/figures.toml.
# $p: 1 profesor, 2 inginer, 3 asistent medical, 4 medic, 5 Erzieher/in. Numele instituțiilor rămân în germană.

train-rec-profession =
    📜 Recunoașterea unei diplome din străinătate

    Aveți dreptul ca diploma să vă fie verificată (Anerkennungsverfahren, procedura de recunoaștere) – indiferent de statutul de ședere.

    Ce profesie sau diplomă aveți?

train-prof-teacher = 👩‍🏫 Profesoară / profesor
train-prof-engineer = 🛠️ Inginer
train-prof-nurse = 🩺 Asistentă / asistent medical
train-prof-doctor = ⚕️ Medic
train-prof-erzieher = 🧸 Educatoare / educator
train-prof-academic = 🎓 Alte studii superioare
train-prof-vocational = 🧰 O calificare profesională
train-opt-change-prof = ✏️ Altă profesie

train-rec-ask-postcode =
    📮 În fiecare land decide altă instituție. Care este codul dvs. poștal? Scrieți cele 5 cifre, de ex. 42103.

train-rec-nw =
    📜 Recunoaștere în Renania de Nord-Westfalia (Nordrhein-Westfalen)

    { $p ->
        [1] Profesor: pentru o diplomă din afara UE decide Bezirksregierung Detmold, pentru una din UE Bezirksregierung Arnsberg. Aveți nevoie de germană la nivel C1. Nu se plătește taxă.
        [2] Inginer: decide Bezirksregierung din districtul în care locuiți (construcții: Ingenieurkammer-Bau NRW). „Ingenieur” este un titlu protejat. Puteți lucra cu diploma și fără el.
        [3] Asistent medical: decide Bezirksregierung Münster (ZAG-PuG).
        [4] Medic: decide Bezirksregierung Münster (ZAG).
        [5] Educator: decide Bezirksregierung Münster sau Düsseldorf – după țara în care ați obținut diploma. Care anume, arată { -anerkennungs-finder(form: "long") }.
       *[other] Ce instituție decide arată { -anerkennungs-finder(form: "long") }: www.anerkennung-in-deutschland.de
    }

    📄 Diplome și certificate cu traducere, dovezi de experiență, certificatul de germană.
    ⚠️ Nu plătiți încă nimic: mai întâi cereți subvenția (pasul următor).

train-rec-be =
    📜 Recunoaștere în Berlin

    { $p ->
        [1] Profesor: decide Senatsverwaltung für Bildung, Jugend und Familie.
        [2] Inginer: decide Baukammer Berlin (încă neconfirmat). „Ingenieur” este un titlu protejat. Puteți lucra cu diploma și fără el.
        [3] Asistent medical: decide LAGeSo (Landesamt für Gesundheit und Soziales). Aveți nevoie de germană la nivel B2.
        [4] Medic: decide LAGeSo (Landesamt für Gesundheit und Soziales).
        [5] Educator: decide Senatsverwaltung für Bildung, Jugend und Familie.
       *[other] Ce instituție decide arată { -anerkennungs-finder(form: "long") }: www.anerkennung-in-deutschland.de
    }

    📄 Diplome și certificate cu traducere, dovezi de experiență, certificatul de germană.
    ⚠️ Nu plătiți încă nimic: mai întâi cereți subvenția (pasul următor).

train-rec-ni =
    📜 Recunoaștere în Saxonia Inferioară (Niedersachsen)

    { $p ->
        [1] Profesor: decide RLSB Lüneburg (Regionales Landesamt für Schule und Bildung) sau Kultusministerium (încă neconfirmat). Taxă: { $ni_teacher_fee_min }–{ $ni_teacher_fee_max }.
        [2] Inginer: decide Ingenieurkammer Niedersachsen. Taxă: { $ni_engineer_fee_min }–{ $ni_engineer_fee_max }. „Ingenieur” este un titlu protejat. Puteți lucra cu diploma și fără el.
        [3] Asistent medical: decide Landesamt für Soziales, Jugend und Familie.
        [4] Medic: decide NiZzA (Niedersächsischer Zweckverband zur Approbationserteilung).
        [5] Educator: decide RLSB Lüneburg (Regionales Landesamt für Schule und Bildung). Taxă: { $ni_erzieher_fee }.
       *[other] Ce instituție decide arată { -anerkennungs-finder(form: "long") }: www.anerkennung-in-deutschland.de
    }

    📄 Diplome și certificate cu traducere, dovezi de experiență, certificatul de germană.
    ⚠️ Nu plătiți încă nimic: mai întâi cereți subvenția (pasul următor).

train-rec-other =
    📜 Ce instituție decide?

    Asta diferă de la land la land și de la profesie la profesie. { -anerkennungs-finder(form: "long") } vă arată instituția competentă pentru dvs.: www.anerkennung-in-deutschland.de
    { $p ->
        [2] „Ingenieur” este un titlu protejat. Puteți lucra cu diploma și fără el.
       *[other] { -iq-netzwerk } vă ajută gratuit să găsiți instituția.
    }

    📄 Diplome și certificate cu traducere, dovezi de experiență.
    ⚠️ Nu plătiți încă nimic: mai întâi cereți subvenția (pasul următor).

train-rec-zab =
    🎓 Alte studii: evaluarea ZAB (Zeugnisbewertung)

    O diplomă care nu duce la o profesie protejată nu se recunoaște. Dar ZAB (Zentralstelle für ausländisches Bildungswesen) scrie cărei diplome germane îi corespunde a dvs. (Zeugnisbewertung). Este o comparație, nu o recunoaștere – utilă la angajare.
    • Taxă: { $zab_fee }
    📄 Diploma, materiile și notele, traducere în germană.
    ⚠️ Nu plătiți încă nimic: mai întâi cereți subvenția (pasul următor).

train-rec-grant =
    💶 Cine plătește costurile: Anerkennungszuschuss (subvenția pentru recunoaștere)

    ⚠️ Cereți-o ÎNAINTE să plătiți ceva. Costurile de dinainte nu se rambursează.
    • { $az_fee_min }–{ $az_fee_max } pentru taxe, traduceri, ZAB
    • până la { $az_analysis_max } pentru o analiză a calificării, până la { $az_bridge_max } pentru o formare spre recunoașterea deplină
    • dacă venitul impozabil pe an este cel mult { $az_income_single } (cupluri: { $az_income_couple })
    • dacă locuiți în Germania de { $az_residence_months } luni
    • cererea până la { $az_end_from }: www.anerkennung-in-deutschland.de
    Cu { -buergergeld } întrebați și la { -jobcenter }.

    🤝 Consiliere gratuită, indiferent de statutul de ședere: { -iq-netzwerk(form: "long") }.

## Pașii următori

train-todo-rec-nw-teacher = Bezirksregierung Detmold (diplomă din afara UE) sau Arnsberg (UE): cereți recunoașterea ca profesor – cu certificat de germană C1.
train-todo-rec-nw-engineer = Bezirksregierung de domiciliu (construcții: Ingenieurkammer-Bau NRW): cereți recunoașterea ca inginer.
train-todo-rec-nw-health = Bezirksregierung Münster (ZAG): cereți recunoașterea profesiei medicale.
train-todo-rec-nw-erzieher = Bezirksregierung Münster sau Düsseldorf (după țara diplomei): cereți recunoașterea ca educator (Erzieher/in).
train-todo-rec-be-senat = Senatsverwaltung für Bildung, Jugend und Familie: cereți recunoașterea diplomei.
train-todo-rec-be-engineer = Baukammer Berlin (încă neconfirmat): cereți recunoașterea ca inginer.
train-todo-rec-be-health = LAGeSo: cereți recunoașterea profesiei medicale.
train-todo-rec-ni-rlsb = RLSB Lüneburg: cereți recunoașterea diplomei.
train-todo-rec-ni-engineer = Ingenieurkammer Niedersachsen: cereți recunoașterea ca inginer.
train-todo-rec-ni-nurse = Landesamt für Soziales, Jugend und Familie: cereți recunoașterea ca asistent medical.
train-todo-rec-ni-doctor = NiZzA: cereți recunoașterea ca medic.
train-todo-rec-finder = { -anerkennungs-finder(form: "long") }: găsiți instituția competentă și cereți acolo recunoașterea.
train-todo-rec-zab = ZAB: cereți o Zeugnisbewertung pentru diplomă ({ $zab_fee }).
train-todo-rec-grant = Anerkennungszuschuss (subvenția pentru recunoaștere): cereți-o înainte să plătiți taxe sau traduceri (până la { $az_end_from }).
