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

train-bsk =
    🗣️ { -berufssprachkurs } – Deutsch für den Beruf

    Für alle, die schon mindestens B1 Deutsch können. Stufen: B1 → B2, B2 → C1, C1 → C2, je { $bsk_hours_min } bis { $bsk_hours_max } Unterrichtsstunden.
    Kostenlos, wenn Ihr zu versteuerndes Einkommen im Jahr unter { $bsk_income_limit } liegt. Sonst: { $bsk_fee_lesson } pro Stunde.

    📍 Die Zulassung bekommen Sie beim { -jobcenter } oder bei der { -agentur-fuer-arbeit }. Wenn Sie arbeiten: direkt beim { -bamf(form: "long") }.
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

## Nächste Schritte

train-todo-bca = { -jobcenter }: die { -bca(form: "long") } um einen Termin bitten. Ohne { -buergergeld }: { -agentur-fuer-arbeit }.
train-todo-agentur = { -agentur-fuer-arbeit }: einen Termin bei der Berufsberatung machen – kostenlos, auch wenn Sie arbeiten.
train-todo-bsk = { -berufssprachkurs }: Zulassung beim { -jobcenter }, bei der { -agentur-fuer-arbeit } oder (wenn Sie arbeiten) beim { -bamf } holen.
train-todo-parttime = { -bca } oder Berufsberatung: { -teilzeitausbildung } besprechen – Lebenslauf und Zeugnisse mitnehmen.
train-todo-retraining = { -bca } im { -jobcenter } oder { -agentur-fuer-arbeit }: { -bildungsgutschein } für eine { -umschulung } beantragen (auch in Teilzeit).
train-todo-avgs = { -jobcenter } oder { -agentur-fuer-arbeit }: nach einem { -avgs } für Coaching fragen – Fahrtkosten und Betreuungskosten gleich mit beantragen.
train-todo-recognition = { -iq-netzwerk }: kostenlose Beratung zur Anerkennung – egal mit welchem Aufenthaltsstatus. Zeugnisse mitnehmen.

## Deutsch lernen: Lesen und Schreiben, Kurs, Platz im Jahr des Aufnahmestopps

train-german-read =
    🗣️ Deutsch lernen

    Welcher Kurs passt, hängt davon ab: Können Sie lesen und schreiben?

train-read-latin = ✍️ Ja, mit lateinischen Buchstaben
train-read-other = 🔤 Ja, aber in einer anderen Schrift
train-read-none = 🤔 Nein, oder nur wenig
train-opt-change-read = ✏️ Antwort zum Lesen ändern

train-german-level = 🗣️ Wie gut ist Ihr Deutsch schon?
train-level-below = Wenig oder noch gar nicht
train-level-b1 = B1 oder besser
train-opt-change-level = ✏️ Antwort zum Deutsch ändern

train-alpha =
    ✍️ { -integrationskurs } mit Alphabetisierung (Alphabetisierungskurs)

    Sie lernen lesen und schreiben in lateinischer Schrift – und Deutsch. Der Kurs ist auch für alle, die schon in einer anderen Schrift schreiben, zum Beispiel Arabisch oder Kyrillisch.
    • { $ik_hours_parents } Unterrichtsstunden, dazu bis zu { $ik_alpha_repeat } Stunden zum Wiederholen (zusammen { $ik_alpha_max }).
    • Es gibt Kurse für Eltern oder Frauen, oft in Teilzeit passend zu Kita- und Schulzeiten.{ $small ->
        [0] {""}
       *[other] {" "}Ohne Kita-Platz kann das { -bamf } die Kinderbetreuung im Kurs bezahlen (für dieses Jahr noch nicht sicher).
    }
    • Kosten: { $ik_fee_lesson } pro Stunde. Mit { -buergergeld } kostenlos, wenn Sie das vor dem Kurs beantragen. Bestehen Sie die Prüfung, bekommen Sie { $ik_refund_percent } % der Kosten zurück.

    ➡️ Weiter: Wer bekommt gerade einen Platz?

train-ik =
    🗣️ { -integrationskurs }

    Deutsch und Orientierung (Leben in Deutschland): { $ik_hours } Unterrichtsstunden.
    • Kurse für Eltern oder Frauen: { $ik_hours_parents } Stunden, oft in Teilzeit passend zu Kita- und Schulzeiten.{ $small ->
        [0] {""}
       *[other] {" "}Ohne Kita-Platz kann das { -bamf } die Kinderbetreuung im Kurs bezahlen (für dieses Jahr noch nicht sicher).
    }
    • Kosten: { $ik_fee_lesson } pro Stunde. Mit { -buergergeld } kostenlos, wenn Sie das vor dem Kurs beantragen. Bestehen Sie die Prüfung, bekommen Sie { $ik_refund_percent } % der Kosten zurück.

    ➡️ Weiter: Wer bekommt gerade einen Platz?

train-ik-ask-bg =
    Bekommen Sie { -buergergeld } vom { -jobcenter }?
    Davon hängt ab, wie Sie gerade einen Platz im Kurs bekommen.

train-ik-ask-res =
    Was ist Ihr Aufenthaltsstatus?
    Davon hängt ab, ob Sie gerade einen Platz im Kurs bekommen.

train-opt-change-bg = ✏️ Doch { -buergergeld }?

train-ik-place =
    { $w ->
        [1]
        ✅ Mit { -buergergeld }: Fragen Sie das { -jobcenter }

        Bis { $ik_stop_end_from } nimmt das { -bamf(form: "long") } niemanden auf, der freiwillig teilnehmen will (§ 44 Abs. 4 AufenthG). Einen Platz bekommt aber, wen das { -jobcenter } zum Kurs verpflichtet (§ 44a AufenthG).

        • Bitten Sie das { -jobcenter } um die Verpflichtung zum Kurs (Verpflichtung zum Integrationskurs) – mit Alphabetisierung, wenn Sie sie brauchen.
        • Mit { -buergergeld } kostet der Kurs nichts, wenn Sie das vor dem Kurs beantragen.
        • Fragen Sie nach einem Kurs für Eltern in Teilzeit.

        Hilfe: { -mbe(form: "long") } oder { -jmd(form: "long") }.
        [2]
        🪪 Mit { -aufenthaltstitel }: Haben Sie ein Recht auf den Kurs?

        Bis { $ik_stop_end_from } nimmt das { -bamf(form: "long") } niemanden freiwillig auf (§ 44 Abs. 4 AufenthG). Einen Platz bekommt aber, wer ein Recht darauf hat (§ 44 Abs. 1 AufenthG) oder verpflichtet wird (§ 44a AufenthG).

        • Fragen Sie die { -auslaenderbehoerde }: Habe ich ein Recht auf den { -integrationskurs }? Oder können Sie mich verpflichten?
        • Mit dem Schreiben melden Sie sich bei einem Kursträger an, zum Beispiel bei der { -vhs }.

        Hilfe: { -mbe(form: "long") } oder { -jmd(form: "long") }.
       *[other]
        ⛔ Bis { $ik_stop_end_from }: keine freiwilligen Plätze

        Seit dem Rundschreiben vom { $ik_stop_circular_from } nimmt das { -bamf(form: "long") } niemanden mehr freiwillig in einen { -integrationskurs } auf (§ 44 Abs. 4 AufenthG). Das betrifft Asylsuchende, Menschen mit { -duldung }, Menschen aus der Ukraine mit Schutz nach § 24 und EU-Bürger.

        Einen Platz bekommt weiter, wer ein Recht darauf hat (§ 44 Abs. 1 AufenthG) oder verpflichtet wird (§ 44a AufenthG).

        Was Sie tun können:
        1. { -auslaenderbehoerde }: fragen, ob sie Sie zum Kurs verpflichten kann (Verpflichtung zum Integrationskurs).
        2. Wenn Sie { -buergergeld } bekommen: das { -jobcenter } um die Verpflichtung bitten.
        3. Beratung: { -mbe(form: "long") } oder { -jmd(form: "long") }.
    }

train-todo-ik-bg = { -jobcenter }: um die Verpflichtung zum { -integrationskurs } bitten (mit Alphabetisierung, wenn nötig; am besten ein Elternkurs in Teilzeit) – die Kostenbefreiung vor dem Kurs beantragen.
train-todo-ik-stop = { -auslaenderbehoerde }: fragen, ob sie Sie zum { -integrationskurs } verpflichten kann – freiwillige Plätze gibt es bis { $ik_stop_end_from } nicht.
train-todo-ik-permit = { -auslaenderbehoerde }: fragen, ob Sie ein Recht auf den { -integrationskurs } haben, dann bei einem Kursträger anmelden.
