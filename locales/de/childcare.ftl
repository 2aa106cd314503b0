# Kinderbetreuung. Zahlen und Altersgrenzen kommen aus dialogs/figures.toml.

cc-title = Kinderbetreuung

cc-start = 🧸 Kinderbetreuung. Was brauchen Sie?

cc-opt-place = 🧸 Kita oder Tagesmutter
cc-opt-ganztag = 🏫 Ganztag in der Grundschule
cc-opt-offhours = ⏰ Früh- oder Spätschicht
cc-opt-sick = 🤒 Krankheit oder Notfall
cc-opt-fees = 💶 Keine Kita-Gebühren
cc-opt-training = 🎓 Betreuung in Ausbildung
cc-opt-how = 📝 So melden Sie an
cc-opt-to-training = 🎓 Ausbildung und Job
cc-opt-elterngeld = 🍼 Elterngeld
cc-opt-school-ticket = 🚸 Schulweg
cc-opt-sick-child = 🤒 Mein Kind ist krank
cc-opt-sick-parent = 🤕 Ich bin krank / Klinik

## Ein Platz in Kita oder Kindertagespflege

cc-place-age = Wie alt ist das Kind, das einen Platz braucht?
cc-age-under1 = Unter { $kita_right_age } Jahr
cc-age-1-2 = 1 oder 2 Jahre
cc-age-3-school = 3 Jahre bis Schulbeginn
cc-age-school = Schulkind

cc-place-under1 =
    👶 Ihr Kind ist unter { $kita_right_age } Jahr.

    Ein Recht auf einen Platz (Kita oder Tagespflege) gibt es jetzt nur, wenn Sie
    • arbeiten,
    • Arbeit suchen,
    • eine Ausbildung machen oder
    • an einer Maßnahme vom Jobcenter teilnehmen.
    Ab dem { $kita_right_age }. Geburtstag hat jedes Kind ein Recht auf einen Platz.

    📍 Jugendamt Ihrer Stadt. Melden Sie Ihr Kind früh an – in NRW mindestens { $kita_notice_months } Monate vorher.
    📄 Nachweis über Arbeit, Jobsuche oder Ausbildung.

cc-place-right =
    ✅ Ihr Kind hat ein Recht auf einen Betreuungsplatz – auch wenn Sie nicht arbeiten.
    Das gilt ab { $kita_right_age } Jahr: in einer Kita oder bei einer Tagesmutter / einem Tagesvater (Kindertagespflege).

    📍 Jugendamt Ihrer Stadt. In NRW: mindestens { $kita_notice_months } Monate vorher Bescheid geben.

    💡 Melden Sie sich bei mehreren Kitas an und fragen Sie das Jugendamt auch nach Tagespflege.

cc-place-how =
    📝 So bekommen Sie einen Platz:

    1. Anmelden: im Online-Portal Ihrer Stadt (oft „Kita-Navigator“) oder beim Jugendamt. Am besten bei mehreren Kitas.
    2. Tagesmutter oder Tagesvater: vermittelt das Jugendamt.
    3. Früh sein: in NRW mindestens { $kita_notice_months } Monate vorher.
    4. Kein Platz angeboten? Schreiben Sie dem Jugendamt: „Ich beantrage einen Betreuungsplatz für mein Kind ab (Datum).“ Behalten Sie eine Kopie.

    📄 Geburtsurkunde, Ausweis. Für ein Kind unter { $kita_right_age } Jahr: Nachweis über Arbeit, Ausbildung oder Jobsuche.

## Ganztag in der Grundschule

cc-ganztag =
    🏫 Ganztag in der Grundschule

    Seit { $ganztag_grade_from } gibt es ein Recht auf einen Ganztagsplatz { $ganztag_grade ->
        [1] für Klasse 1
       *[other] für Klasse 1 bis { $ganztag_grade }
    }. Jedes Jahr kommt eine Klasse dazu, bis Klasse 4.
    Das heißt: { $ganztag_hours } Stunden am Tag, Montag bis Freitag – auch in den Ferien, mit höchstens { $ganztag_closing_days } Schließtagen im Jahr.

    📍 Melden Sie den Ganztag (in NRW: OGS) bei der Grundschule an – am besten mit der Schulanmeldung. Fragen: Schule oder Jugendamt.
    💶 Gebühren: Mit Bürgergeld, Wohngeld oder Kinderzuschlag oft befreit.

## Früh- und Spätschicht

cc-offhours =
    ⏰ Früh- oder Spätschicht

    Die Kita ist zu, wenn Sie arbeiten? Oft hilft zusätzlich eine Tagesmutter oder ein Tagesvater (Kindertagespflege) für die Randzeiten.
    Das vermittelt das Jugendamt. Nicht jede Stadt bezahlt das – fragen Sie trotzdem.

    📍 Jugendamt Ihrer Stadt.
    📄 Bescheinigung vom Arbeitgeber mit Ihren Arbeitszeiten oder Ihr Schichtplan.

    💡 Auch die BCA im Jobcenter hilft Alleinerziehenden, Arbeit und Betreuung zu planen.

## Krankheit und Notfall

cc-sick = Wer ist krank?

cc-sick-child =
    🤒 Ihr Kind ist krank und Sie müssen zu Hause bleiben?

    Kinderkrankengeld von der Krankenkasse: Alleinerziehende haben { $kkg_days_single } Arbeitstage pro Kind und Jahr, höchstens { $kkg_days_single_max } Tage insgesamt (Stand { $kkg_days_single_from }).

    So geht es:
    1. Kinderarzt: Bescheinigung „Kind krank“ holen.
    2. Arbeitgeber sofort informieren.
    3. Bescheinigung an Ihre Krankenkasse geben.

    📍 Ihre Krankenkasse.

cc-sick-parent =
    🤕 Sie sind krank oder müssen ins Krankenhaus?

    1. Haushaltshilfe: Jemand kommt und versorgt Haushalt und Kinder – wenn ein Kind unter { $haushaltshilfe_age } bei Ihnen lebt. Die Ärztin oder der Arzt muss sie verordnen.
    📍 Krankenkasse – mit der Verordnung.

    2. Reicht das nicht? Das Jugendamt hilft im Notfall bei der Betreuung von Kindern unter { $emergency_care_age }.
    📍 Jugendamt Ihrer Stadt.

    🆘 Akute Gefahr: 110 oder 112.

## Betreuung während Ausbildung

cc-training =
    🎓 Betreuung während Ausbildung oder Umschulung

    • Kosten: Jobcenter oder Agentur für Arbeit zahlen { $care_cost_training } pro Kind und Monat für die Betreuung.
    • Coaching (AVGS): Fahrt- und Betreuungskosten können bezahlt werden.
    • Deutschkurs: Integrationskurse für Eltern, manche mit Kinderbetreuung ({ $ik_care_age_min } bis { $ik_care_age_max } Jahre).
    • Platz: Wer eine Ausbildung macht, hat auch für ein Kind unter { $kita_right_age } Jahr ein Recht auf einen Platz.

    📍 BCA im Jobcenter oder Agentur für Arbeit – vor dem Start fragen.

## Nächste Schritte

cc-todo-register = Jugendamt oder Kita-Portal der Stadt: Kind für Kita oder Tagespflege anmelden – in NRW { $kita_notice_months } Monate vorher.
cc-todo-register-under1 = Für ein Kind unter { $kita_right_age } Jahr: Nachweis über Arbeit, Ausbildung oder Jobsuche mitnehmen.
cc-todo-ganztag = Grundschule: Ganztagsplatz (OGS) anmelden – am besten mit der Schulanmeldung.
cc-todo-offhours = Jugendamt: Tagespflege für Früh- oder Spätschicht anfragen – Schichtplan oder Arbeitgeber-Bescheinigung mitnehmen.
cc-todo-kkg = Kind krank: Bescheinigung vom Kinderarzt holen, Arbeitgeber informieren, Bescheinigung an die Krankenkasse.
cc-todo-haushaltshilfe = Krankenkasse: Haushaltshilfe beantragen – Verordnung vom Arzt mitnehmen.
cc-todo-emergency-care = Wenn Haushaltshilfe nicht reicht: Jugendamt um Hilfe bei der Betreuung bitten.
cc-todo-training-care = Jobcenter oder Agentur: Kinderbetreuungskosten für Ausbildung oder Umschulung beantragen – vor dem Start.
