# Ausbildung und Job. Zahlen kommen aus dialogs/figures.toml.
# Namen von Ämtern und Programmen kommen aus terms.ftl: { -bca(form: "long") }.

train-title = Ausbildung und Job

train-start =
    🎓 Ausbildung und Job

    Ihr erster Kontakt: die { -bca(form: "long") } im { -jobcenter }. Sie ist besonders für Alleinerziehende da.
    Wenn Sie kein { -buergergeld } bekommen: die { -agentur-fuer-arbeit }.

    Was interessiert Sie?

train-opt-german = 🗣️ Erst Deutsch lernen
train-opt-parttime = 🧰 Ausbildung in Teilzeit
train-opt-retraining = 🔄 { -umschulung }
train-opt-avgs = 🤝 Coaching für den Job
train-opt-recognition = 📜 Abschluss aus dem Ausland
train-opt-need-care = 🧸 Doch Kinderbetreuung nötig?
train-opt-bsk = 🗣️ Deutsch für den Beruf
train-opt-licence = 🚗 Führerschein

train-german =
    🗣️ { -integrationskurs }

    • { $ik_hours } Unterrichtsstunden: Deutsch und Orientierung (Leben in Deutschland). Kurse für Eltern oder Frauen: { $ik_hours_parents } Stunden. Manche haben Kinderbetreuung (für Kinder von { $ik_care_age_min } bis { $ik_care_age_max } Jahren).
    • Kosten: { $ik_fee_lesson } pro Stunde. Mit { -buergergeld } ist der Kurs kostenlos.
    • Vielleicht nimmt das { -bamf(form: "long") } seit Februar 2026 niemanden mehr auf, der freiwillig teilnehmen will (noch nicht bestätigt).

    📍 Anmelden: über das { -jobcenter } (wenn Sie { -buergergeld } bekommen) oder beim { -bamf }.
    Hilfe: { -mbe(form: "long") } (ab { $mbe_age_min } Jahren) oder { -jmd(form: "long") } ({ $jmd_age_min } bis { $jmd_age_max } Jahre).

train-bsk =
    🗣️ { -berufssprachkurs } – Deutsch für den Beruf

    Für alle, die schon mindestens B1 Deutsch können. Stufen: B1 → B2, B2 → C1, C1 → C2.
    Der Kurs ist kostenlos, wenn Ihr zu versteuerndes Einkommen im Jahr unter { $bsk_income_limit } liegt.

    📍 Die Zulassung für den Kurs bekommen Sie beim { -jobcenter } oder bei der { -agentur-fuer-arbeit }. Wenn Sie arbeiten: direkt beim { -bamf(form: "long") }.
    📄 Ihr letztes Sprachzertifikat (zum Beispiel B1).

train-parttime =
    🧰 { -teilzeitausbildung } (§ 7a BBiG)

    Eine normale Berufsausbildung, aber mit weniger Stunden:
    • bis zu { $tza_max_cut } % weniger Arbeitszeit
    • dafür dauert sie länger: höchstens 1,5-mal so lang
    • der Betrieb muss einverstanden sein
    • Ihr Lohn in der Ausbildung kann dann passend zu den Stunden kleiner sein

    📍 Die { -bca(form: "long") } im { -jobcenter } oder die Berufsberatung der { -agentur-fuer-arbeit } hilft Ihnen, einen Betrieb zu finden.
    🧸 Klären Sie früh die Kinderbetreuung: { -kita } oder { -ganztag }.

train-retraining =
    🔄 { -umschulung } mit { -bildungsgutschein }

    Sie lernen einen neuen Beruf mit Abschluss. Das geht auch in Teilzeit.
    Den { -bildungsgutschein } bekommen Sie vom { -jobcenter } oder von der { -agentur-fuer-arbeit }. Sie haben kein festes Recht darauf: Das Amt entscheidet. Gute Gründe helfen.

    💶 Dazu:
    • Weiterbildungsgeld: { $wb_geld } im Monat
    • Prämie: { $wb_bonus_mid } für die Zwischenprüfung, { $wb_bonus_final } für die Abschlussprüfung
    • Kinderbetreuung: { $care_cost_training } pro Kind und Monat

    📍 { -bca(form: "long") } im { -jobcenter } oder { -agentur-fuer-arbeit }.
    📄 Lebenslauf, Zeugnisse, Ihre Idee für einen Beruf.

train-avgs =
    🤝 Coaching mit { -avgs(form: "long") }

    Eine Beraterin oder ein Berater hilft Ihnen, Arbeit zu finden: bei Bewerbungen, bei der Suche nach einer Stelle und mit einem Plan für Familie und Job.
    • Für Sie kostenlos.
    • Fahrtkosten und Kinderbetreuung können bezahlt werden.

    📍 Fragen Sie im { -jobcenter } nach einem { -avgs } – am besten die { -bca(form: "long") }. Oder fragen Sie bei der { -agentur-fuer-arbeit }. Dann wählen Sie einen Anbieter.

train-recognition =
    📜 Abschluss aus dem Ausland anerkennen lassen

    Sie haben ein Recht darauf, dass Ihr Abschluss geprüft wird (Anerkennungsverfahren). Ihr Aufenthaltsstatus ist dabei egal.
    1. Der { -anerkennungs-finder } zeigt, welche Stelle für Sie zuständig ist: www.anerkennung-in-deutschland.de
    2. Das { -iq-netzwerk } berät Sie kostenlos zur Anerkennung.
    3. Kosten: Der Anerkennungszuschuss kann helfen. Fragen Sie auch beim { -jobcenter } oder bei der { -agentur-fuer-arbeit }.

    📄 Zeugnisse, Diplome, Nachweise über Berufserfahrung.

## Nächste Schritte

train-todo-bca = { -jobcenter }: die { -bca(form: "long") } um einen Termin bitten. Ohne { -buergergeld }: { -agentur-fuer-arbeit }.
train-todo-agentur = { -agentur-fuer-arbeit }: einen Termin bei der Berufsberatung machen – kostenlos, auch wenn Sie arbeiten.
train-todo-ik = { -integrationskurs }: beim { -jobcenter } oder beim { -bamf } anmelden und nach einem Kurs mit Kinderbetreuung fragen. Hilfe: { -mbe(form: "long") } oder { -jmd(form: "long") }.
train-todo-bsk = { -berufssprachkurs }: Zulassung beim { -jobcenter }, bei der { -agentur-fuer-arbeit } oder (wenn Sie arbeiten) beim { -bamf } holen.
train-todo-parttime = { -bca } oder Berufsberatung: { -teilzeitausbildung } besprechen – Lebenslauf und Zeugnisse mitnehmen.
train-todo-retraining = { -bca } im { -jobcenter } oder { -agentur-fuer-arbeit }: { -bildungsgutschein } für eine { -umschulung } beantragen (auch in Teilzeit).
train-todo-avgs = { -jobcenter } oder { -agentur-fuer-arbeit }: nach einem { -avgs } für Coaching fragen – Fahrtkosten und Betreuungskosten gleich mit beantragen.
train-todo-recognition = { -anerkennungs-finder } nutzen und Beratung beim { -iq-netzwerk } suchen – Zeugnisse bereitlegen.
