# Ausbildung und Job. Zahlen kommen aus dialogs/figures.toml.

train-title = Ausbildung und Job

train-start =
    🎓 Ausbildung und Job

    Ihr erster Kontakt: die BCA im Jobcenter (Beauftragte für Chancengleichheit am Arbeitsmarkt). Sie ist besonders für Alleinerziehende da.
    Ohne Bürgergeld: Agentur für Arbeit.

    Was interessiert Sie?

train-opt-german = 🗣️ Erst Deutsch lernen
train-opt-parttime = 🧰 Ausbildung in Teilzeit
train-opt-retraining = 🔄 Umschulung
train-opt-avgs = 🤝 Coaching für den Job
train-opt-recognition = 📜 Abschluss aus dem Ausland
train-opt-bsk = 🗣️ Deutsch für den Beruf
train-opt-licence = 🚗 Führerschein

train-german =
    🗣️ Integrationskurs (BAMF)

    • { $ik_hours } Unterrichtsstunden Deutsch und Orientierung. Kurse für Eltern oder Frauen: { $ik_hours_parents } Stunden, manche mit Kinderbetreuung ({ $ik_care_age_min } bis { $ik_care_age_max } Jahre).
    • Kosten: { $ik_fee_lesson } pro Stunde. Mit Bürgergeld kostenlos.
    • Seit Februar 2026 nimmt das BAMF freiwillige Teilnehmer vielleicht nicht mehr auf (noch nicht bestätigt).

    📍 Anmeldung über das Jobcenter (mit Bürgergeld) oder beim BAMF. Hilfe: Migrationsberatung (MBE, ab { $mbe_age_min }) oder Jugendmigrationsdienst (JMD, { $jmd_age_min } bis { $jmd_age_max }).

train-bsk =
    🗣️ Berufssprachkurs – Deutsch für den Beruf

    Für alle mit Deutsch ab B1. Stufen: B1 → B2, B2 → C1, C1 → C2.
    Kostenlos, wenn Ihr zu versteuerndes Einkommen unter { $bsk_income_limit } im Jahr liegt.

    📍 Zulassung: Jobcenter oder Agentur für Arbeit. Wenn Sie arbeiten: direkt beim BAMF.
    📄 Ihr letztes Sprachzertifikat (z. B. B1).

train-parttime =
    🧰 Ausbildung in Teilzeit (§ 7a BBiG)

    Eine normale Berufsausbildung – mit weniger Stunden:
    • bis zu { $tza_max_cut } % weniger Arbeitszeit
    • dafür dauert sie länger (höchstens das Eineinhalbfache)
    • der Betrieb muss zustimmen
    • die Ausbildungsvergütung kann entsprechend kleiner sein

    📍 BCA im Jobcenter oder Berufsberatung der Agentur für Arbeit: Sie helfen, einen Betrieb zu finden.
    🧸 Klären Sie früh die Betreuung – Kita oder Ganztag.

train-retraining =
    🔄 Umschulung mit Bildungsgutschein

    Ein neuer Beruf mit Abschluss – auch in Teilzeit möglich.
    Den Bildungsgutschein geben Jobcenter oder Agentur für Arbeit. Es gibt keinen festen Anspruch (Ermessen) – gute Gründe helfen.

    💶 Dazu:
    • Weiterbildungsgeld: { $wb_geld } im Monat
    • Prämie: { $wb_bonus_mid } für die Zwischenprüfung, { $wb_bonus_final } für die Abschlussprüfung
    • Kinderbetreuung: { $care_cost_training } pro Kind und Monat

    📍 BCA im Jobcenter oder Agentur für Arbeit.
    📄 Lebenslauf, Zeugnisse, Ihre Berufsidee.

train-avgs =
    🤝 Coaching mit AVGS (Aktivierungs- und Vermittlungsgutschein)

    Eine Beraterin oder ein Berater hilft Ihnen auf dem Weg in Arbeit: Bewerbung, Stellensuche, ein Plan für Familie und Job.
    • Für Sie kostenlos.
    • Fahrtkosten und Kinderbetreuung können bezahlt werden.

    📍 Jobcenter (BCA) oder Agentur für Arbeit: nach einem AVGS fragen. Dann wählen Sie einen Anbieter.

train-recognition =
    📜 Abschluss aus dem Ausland anerkennen lassen

    Sie haben ein Recht auf ein Anerkennungsverfahren – egal, welchen Aufenthaltsstatus Sie haben.
    1. Anerkennungs-Finder: zeigt, welche Stelle zuständig ist – www.anerkennung-in-deutschland.de
    2. IQ-Beratung (Netzwerk IQ): kostenlose Beratung zur Anerkennung.
    3. Kosten: Der Anerkennungszuschuss kann helfen. Fragen Sie auch Jobcenter oder Agentur.

    📄 Zeugnisse, Diplome, Nachweise über Berufserfahrung.

## Nächste Schritte

train-todo-bca = Jobcenter: Termin bei der BCA (Beauftragte für Chancengleichheit) machen. Ohne Bürgergeld: Agentur für Arbeit.
train-todo-ik = Integrationskurs: beim Jobcenter oder BAMF anmelden und nach einem Kurs mit Kinderbetreuung fragen. Hilfe: MBE oder JMD.
train-todo-bsk = Berufssprachkurs: Zulassung beim Jobcenter, bei der Agentur oder (wenn Sie arbeiten) beim BAMF holen.
train-todo-parttime = BCA oder Berufsberatung: Teilzeitausbildung besprechen – Lebenslauf und Zeugnisse mitnehmen.
train-todo-retraining = BCA im Jobcenter oder Agentur: Bildungsgutschein für eine Umschulung (auch in Teilzeit) beantragen.
train-todo-avgs = Jobcenter oder Agentur: nach einem AVGS für Coaching fragen – Fahrt- und Betreuungskosten mit beantragen.
train-todo-recognition = Anerkennungs-Finder nutzen und IQ-Beratung kontaktieren – Zeugnisse bereitlegen.
