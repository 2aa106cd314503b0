# Anerkennung eines Abschlusses aus dem Ausland (dialogs/training.toml, train-recognition).
# Zahlen kommen aus dialogs/figures.toml. Wer entscheidet, hängt vom Land ab (Fakt `land`).
# $p (vom Schritt): 1 Lehrkraft, 2 Ingenieur/in, 3 Pflege, 4 Ärztin/Arzt, 5 Erzieher/in.
# Namen der Stellen bleiben deutsch: So stehen sie auf Briefen und Schildern.

train-rec-profession =
    📜 Abschluss aus dem Ausland anerkennen lassen

    Sie haben ein Recht darauf, dass Ihr Abschluss geprüft wird (Anerkennungsverfahren) – egal mit welchem Aufenthaltsstatus.

    Welchen Beruf oder Abschluss haben Sie?

train-prof-teacher = 👩‍🏫 Lehrerin / Lehrer
train-prof-engineer = 🛠️ Ingenieurin / Ingenieur
train-prof-nurse = 🩺 Pflegefachkraft
train-prof-doctor = ⚕️ Ärztin / Arzt
train-prof-erzieher = 🧸 Erzieherin / Erzieher
train-prof-academic = 🎓 Anderes Studium
train-prof-vocational = 🧰 Eine Berufsausbildung
train-opt-change-prof = ✏️ Anderer Beruf

train-rec-ask-postcode =
    📮 In jedem Bundesland entscheidet eine andere Stelle. Wie ist Ihre Postleitzahl? Schreiben Sie die 5 Ziffern, z. B. 42103.

train-rec-nw =
    📜 Anerkennung in Nordrhein-Westfalen

    { $p ->
        [1] Lehrerin / Lehrer: Es entscheidet bei einem Abschluss von außerhalb der EU die Bezirksregierung Detmold, aus der EU die Bezirksregierung Arnsberg. Sie brauchen Deutsch auf Stufe C1. Das Verfahren kostet keine Gebühr.
        [2] Ingenieurin / Ingenieur: Es entscheidet die Bezirksregierung, in deren Bezirk Sie wohnen (im Bauwesen: die Ingenieurkammer-Bau NRW). „Ingenieur“ ist ein geschützter Titel. Arbeiten können Sie mit Ihrem Studienabschluss auch ohne ihn.
        [3] Pflegefachkraft: Es entscheidet die Bezirksregierung Münster (ZAG-PuG).
        [4] Ärztin / Arzt: Es entscheidet die Bezirksregierung Münster (ZAG).
        [5] Erzieherin / Erzieher: Es entscheidet die Bezirksregierung Münster oder Düsseldorf – je nach dem Land, in dem Sie den Abschluss gemacht haben. Der { -anerkennungs-finder } sagt Ihnen, welche.
       *[other] Der { -anerkennungs-finder } zeigt, welche Stelle entscheidet: www.anerkennung-in-deutschland.de
    }

    📄 Zeugnisse und Diplome mit Übersetzung, Nachweise über Berufserfahrung, Ihr Deutsch-Zertifikat.
    ⚠️ Noch nichts bezahlen: erst den Zuschuss beantragen (nächster Schritt).

train-rec-be =
    📜 Anerkennung in Berlin

    { $p ->
        [1] Lehrerin / Lehrer: Es entscheidet die Senatsverwaltung für Bildung, Jugend und Familie.
        [2] Ingenieurin / Ingenieur: Es entscheidet die Baukammer Berlin (noch nicht sicher). „Ingenieur“ ist ein geschützter Titel. Arbeiten können Sie mit Ihrem Studienabschluss auch ohne ihn.
        [3] Pflegefachkraft: Es entscheidet das LAGeSo (Landesamt für Gesundheit und Soziales). Sie brauchen Deutsch auf Stufe B2.
        [4] Ärztin / Arzt: Es entscheidet das LAGeSo (Landesamt für Gesundheit und Soziales).
        [5] Erzieherin / Erzieher: Es entscheidet die Senatsverwaltung für Bildung, Jugend und Familie.
       *[other] Der { -anerkennungs-finder } zeigt, welche Stelle entscheidet: www.anerkennung-in-deutschland.de
    }

    📄 Zeugnisse und Diplome mit Übersetzung, Nachweise über Berufserfahrung, Ihr Deutsch-Zertifikat.
    ⚠️ Noch nichts bezahlen: erst den Zuschuss beantragen (nächster Schritt).

train-rec-ni =
    📜 Anerkennung in Niedersachsen

    { $p ->
        [1] Lehrerin / Lehrer: Es entscheidet das RLSB Lüneburg (Regionales Landesamt für Schule und Bildung) oder das Kultusministerium (noch nicht sicher). Gebühr: { $ni_teacher_fee_min } bis { $ni_teacher_fee_max }.
        [2] Ingenieurin / Ingenieur: Es entscheidet die Ingenieurkammer Niedersachsen. Gebühr: { $ni_engineer_fee_min } bis { $ni_engineer_fee_max }. „Ingenieur“ ist ein geschützter Titel. Arbeiten können Sie mit Ihrem Studienabschluss auch ohne ihn.
        [3] Pflegefachkraft: Es entscheidet das Landesamt für Soziales, Jugend und Familie.
        [4] Ärztin / Arzt: Es entscheidet NiZzA (Niedersächsischer Zweckverband zur Approbationserteilung).
        [5] Erzieherin / Erzieher: Es entscheidet das RLSB Lüneburg (Regionales Landesamt für Schule und Bildung). Gebühr: { $ni_erzieher_fee }.
       *[other] Der { -anerkennungs-finder } zeigt, welche Stelle entscheidet: www.anerkennung-in-deutschland.de
    }

    📄 Zeugnisse und Diplome mit Übersetzung, Nachweise über Berufserfahrung, Ihr Deutsch-Zertifikat.
    ⚠️ Noch nichts bezahlen: erst den Zuschuss beantragen (nächster Schritt).

train-rec-other =
    📜 Welche Stelle entscheidet?

    Das ist in jedem Bundesland und für jeden Beruf anders. Der { -anerkennungs-finder } zeigt Ihnen die Stelle, die für Sie zuständig ist: www.anerkennung-in-deutschland.de
    { $p ->
        [2] „Ingenieur“ ist ein geschützter Titel. Arbeiten können Sie mit Ihrem Studienabschluss auch ohne ihn.
       *[other] Das { -iq-netzwerk } hilft Ihnen kostenlos, die Stelle zu finden.
    }

    📄 Zeugnisse und Diplome mit Übersetzung, Nachweise über Berufserfahrung.
    ⚠️ Noch nichts bezahlen: erst den Zuschuss beantragen (nächster Schritt).

train-rec-zab =
    🎓 Anderes Studium: Zeugnisbewertung der ZAB

    Für ein Studium ohne geschützten Beruf gibt es keine Anerkennung. Die ZAB (Zentralstelle für ausländisches Bildungswesen) schreibt Ihnen aber, welchem deutschen Abschluss Ihr Studium entspricht (Zeugnisbewertung). Das ist ein Vergleich, keine Anerkennung – hilfreich für Bewerbungen.
    • Gebühr: { $zab_fee }
    📄 Abschlussurkunde, Fächer und Noten, deutsche Übersetzung.
    ⚠️ Noch nichts bezahlen: erst den Zuschuss beantragen (nächster Schritt).

train-rec-grant =
    💶 Wer die Kosten zahlt: der Anerkennungszuschuss

    ⚠️ Beantragen Sie ihn, BEVOR Sie etwas bezahlen. Kosten von vorher werden nicht erstattet.
    • { $az_fee_min } bis { $az_fee_max } für Gebühren, Übersetzungen, die ZAB
    • bis { $az_analysis_max } für eine Qualifikationsanalyse, bis { $az_bridge_max } für eine Weiterbildung zur vollen Anerkennung
    • wenn Ihr zu versteuerndes Einkommen im Jahr höchstens { $az_income_single } ist (Paare: { $az_income_couple })
    • wenn Sie seit { $az_residence_months } Monaten in Deutschland wohnen
    • Antrag bis { $az_end_from }: www.anerkennung-in-deutschland.de
    Mit { -buergergeld } fragen Sie auch das { -jobcenter }.

    🤝 Kostenlose Beratung, egal mit welchem Aufenthaltsstatus: das { -iq-netzwerk(form: "long") }.

## Nächste Schritte

train-todo-rec-nw-teacher = Bezirksregierung Detmold (Abschluss außerhalb der EU) oder Arnsberg (EU): Anerkennung als Lehrkraft beantragen – mit Deutsch-Zertifikat C1.
train-todo-rec-nw-engineer = Bezirksregierung Ihres Wohnorts (Bauwesen: Ingenieurkammer-Bau NRW): Anerkennung als Ingenieur/in beantragen.
train-todo-rec-nw-health = Bezirksregierung Münster (ZAG): Anerkennung für Ihren Gesundheitsberuf beantragen.
train-todo-rec-nw-erzieher = Bezirksregierung Münster oder Düsseldorf (je nach Land des Abschlusses): Anerkennung als Erzieher/in beantragen.
train-todo-rec-be-senat = Senatsverwaltung für Bildung, Jugend und Familie: Anerkennung Ihres Abschlusses beantragen.
train-todo-rec-be-engineer = Baukammer Berlin (noch nicht sicher): Anerkennung als Ingenieur/in beantragen.
train-todo-rec-be-health = LAGeSo: Anerkennung für Ihren Gesundheitsberuf beantragen.
train-todo-rec-ni-rlsb = RLSB Lüneburg: Anerkennung Ihres Abschlusses beantragen.
train-todo-rec-ni-engineer = Ingenieurkammer Niedersachsen: Anerkennung als Ingenieur/in beantragen.
train-todo-rec-ni-nurse = Landesamt für Soziales, Jugend und Familie: Anerkennung als Pflegefachkraft beantragen.
train-todo-rec-ni-doctor = NiZzA: Anerkennung als Ärztin/Arzt beantragen.
train-todo-rec-finder = { -anerkennungs-finder }: die zuständige Stelle finden und dort die Anerkennung beantragen.
train-todo-rec-zab = ZAB: Zeugnisbewertung für Ihr Studium beantragen ({ $zab_fee }).
train-todo-rec-grant = Anerkennungszuschuss beantragen – bevor Sie Gebühren oder Übersetzungen bezahlen (bis { $az_end_from }).
