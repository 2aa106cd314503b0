# Geld und Leistungen: einzelne Leistungen und der Leistungs-Check.
# Beträge kommen aus dialogs/figures.toml – hier nie Beträge eintippen.

money-title = Geld und Leistungen

money-start =
    💶 Geld für Sie und Ihre Kinder.

    Am schnellsten: der Check „Was steht mir zu?“ – 5 kurze Fragen.
    Oder sehen Sie sich einzelne Leistungen an.

money-opt-check = ✅ Was steht mir zu?
money-opt-group-children = 👶 Geld für die Kinder
money-opt-group-living = 🏠 Bürgergeld, Wohngeld
money-opt-group-school = 🎒 Schule, Kita, Vereine
money-opt-group-law = ⚖️ Steuer, Unterhalt, Recht
money-opt-details = 💶 Einzelne Leistungen
money-opt-yes = Ja
money-opt-no = Nein

## Gruppen

money-group-children = 👶 Welche Leistung für Ihre Kinder?
money-opt-kindergeld = Kindergeld
money-opt-kiz = Kinderzuschlag
money-opt-uvg = Unterhaltsvorschuss
money-opt-elterngeld = 🍼 Elterngeld (Baby)

money-group-living = 🏠 Geld zum Leben und für die Miete:
money-opt-buergergeld = Bürgergeld
money-opt-mehrbedarf = ➕ Mehrbedarf
money-opt-wohngeld = 🏠 Wohngeld
money-opt-asylblg = Asylbewerberleistungen

money-group-school = 🎒 Geld für Schule, Kita und Freizeit:
money-opt-but = 🎒 Bildung und Teilhabe
money-opt-kita-fees = 🧸 Keine Kita-Gebühren
money-opt-kita-place = 🧸 Kita-Platz finden
money-opt-school-ticket = 🚸 Schulweg und Ticket

money-group-law = ⚖️ Steuern, Unterhalt und Rechtsrat:
money-opt-tax = 🧾 Steuerklasse II
money-opt-beistand = 🤝 Beistandschaft (Unterhalt)
money-opt-beratungshilfe = ⚖️ Beratungshilfe (Anwalt)

## Einzelne Leistungen

money-kindergeld =
    👶 Kindergeld

    Wie viel? { $kindergeld } pro Kind und Monat (seit { $kindergeld_from }).
    Für wen? Für jedes Kind unter 18. Ab 18 bis zum { $kindergeld_age_max }. Geburtstag nur in Ausbildung oder Studium.
    Nicht aus der EU? Sie brauchen einen Aufenthaltstitel, der Arbeit oder Niederlassung erlaubt. Ukrainer:innen mit § 24 bekommen es auch.

    📍 Familienkasse – online oder per Post.
    📄 Geburtsurkunde, Steuer-ID von Ihnen und vom Kind, Ausweis oder Aufenthaltstitel.

money-kiz =
    💶 Kinderzuschlag (KiZ)

    Für Eltern, die arbeiten, aber wenig verdienen.
    Wie viel? Bis zu { $kiz_max } pro Kind und Monat, mit Sofortzuschlag (Stand { $kiz_max_from }; Wert für 2026 noch nicht bestätigt).
    Für wen? Sie verdienen mindestens { $kiz_min_income } brutto im Monat und bekommen kein Bürgergeld. Das Kind ist unter { $kindergeld_age_max }.
    Unterhalt und Unterhaltsvorschuss zählen zu { $kiz_child_income_share } % mit.
    ➕ Mit KiZ: oft auch Wohngeld, Bildung und Teilhabe und keine Kita-Gebühren.

    📍 Familienkasse, online. Gilt { $kiz_months } Monate, dann neu beantragen.
    📄 Lohnabrechnungen, Mietvertrag, Nachweise über Unterhalt.

money-uvg =
    🧾 Unterhaltsvorschuss

    Wenn der andere Elternteil keinen, zu wenig oder unregelmäßig Unterhalt zahlt.
    Wie viel im Monat (seit { $uvg_0_5_from })?
    • 0–5 Jahre: { $uvg_0_5 }
    • 6–11 Jahre: { $uvg_6_11 }
    • 12–17 Jahre: { $uvg_12_17 }
    Ohne Zeitgrenze, bis zum { $uvg_age_max }. Geburtstag.
    Mit Bürgergeld: für Kinder ab 12 nur, wenn Sie mindestens { $uvg_sgb2_min_income } brutto verdienen oder dann kein Bürgergeld mehr brauchen.
    Sie müssen helfen, den anderen Elternteil zu finden.

    📍 Jugendamt, Unterhaltsvorschussstelle.
    📄 Geburtsurkunde, Ausweis, Angaben zum anderen Elternteil, Nachweise über Zahlungen.

money-elterngeld =
    🍼 Elterngeld

    Für die erste Zeit mit Ihrem Baby. Als alleinerziehender Elternteil können Sie alle { $elterngeld_months } Monate allein nehmen.
    Wie viel? { $elterngeld_rate_min } % bis { $elterngeld_rate_max } % Ihres Nettolohns vor der Geburt, bei kleinem Lohn mehr. Im Monat mindestens { $elterngeld_min }, höchstens { $elterngeld_max }. ElterngeldPlus: { $elterngeld_plus_min } bis { $elterngeld_plus_max }, dafür doppelt so lange.
    Mit Bürgergeld zählt es als Einkommen – bis { $elterngeld_free } bleiben frei, wenn Sie vor der Geburt gearbeitet haben.

    ⏰ Schnell beantragen: nur { $elterngeld_backpay_months } Monate rückwirkend!
    📍 Elterngeldstelle Ihrer Stadt.
    📄 Geburtsurkunde, Lohnabrechnungen vor der Geburt.

money-buergergeld =
    🏠 Bürgergeld

    Geld zum Leben, wenn Ihr Einkommen nicht reicht – dazu Miete und Heizung.
    Regelsatz im Monat (seit { $regelsatz_adult_from }): Sie { $regelsatz_adult }; Kinder 0–5 { $regelsatz_0_5 }, 6–13 { $regelsatz_6_13 }, 14–17 { $regelsatz_14_17 }.
    Kindergeld und Unterhaltsvorschuss zählen als Einkommen der Kinder. Dazu kommt der Mehrbedarf für Alleinerziehende.
    Kind unter { $bg_no_work_age }: Sie müssen keine Arbeit annehmen (bisheriges Recht; die Reform plant eine niedrigere Grenze – noch nicht bestätigt).

    ⚠️ Die Reform „Neue Grundsicherung“ (geplant ab Juli 2026) kann Regeln geändert haben. Das Jobcenter sagt Ihnen den aktuellen Stand.
    📍 Jobcenter. 📄 Ausweis, Mietvertrag, Kontoauszüge, Lohnabrechnungen.

money-mehrbedarf =
    ➕ Mehrbedarf für Alleinerziehende

    Extra-Geld im Bürgergeld. Kein eigener Antrag – das Jobcenter zahlt es automatisch.
    Wie viel? Ein Teil vom Regelsatz ({ $regelsatz_adult }):
    • { $mb_high } %, wenn ein Kind unter { $mb_age_small } ist oder 2 bis 3 Kinder unter { $mb_age_school } sind
    • sonst { $mb_per_child } % pro Kind unter 18
    • höchstens { $mb_max } %
    Es gilt der höhere Wert.

    📍 Jobcenter. 👉 Prüfen Sie Ihren Bescheid: Steht dort „Mehrbedarf für Alleinerziehende“? Wenn nicht: fragen Sie nach.

money-wohngeld =
    🏠 Wohngeld

    Zuschuss zur Miete, wenn Sie eigenes Einkommen haben, es aber knapp ist.
    Wie viel? Das hängt von Miete, Einkommen und der Zahl der Personen im Haushalt ab.
    Nicht zusammen mit Bürgergeld. Oft zusammen mit Kinderzuschlag – das kann besser sein als Bürgergeld.
    ➕ Mit Wohngeld: Bildung und Teilhabe, keine Kita-Gebühren, Sozialticket.

    📍 Wohngeldstelle Ihrer Stadt.
    📄 Mietvertrag, Einkommensnachweise, Kontoauszüge, Ausweis.

money-asylblg =
    🛂 Asylbewerberleistungen (AsylbLG)

    Für Menschen im Asylverfahren oder mit Duldung. Zuständig ist das Sozialamt, nicht das Jobcenter.
    Wie viel? Erwachsene allein: { $asylblg_single } im Monat (Stand { $asylblg_single_from }; Wert für 2026 noch nicht bestätigt).
    Auch hier: Bildung und Teilhabe für die Kinder und keine Kita-Gebühren.

    🇺🇦 Aus der Ukraine und nach dem 31.03.2025 gekommen? Geplant: ab Juli 2026 Sozialamt statt Jobcenter (noch nicht bestätigt). Fragen Sie Ihr Jobcenter.

    📍 Sozialamt Ihrer Stadt. Hilfe: Migrationsberatung (MBE, ab { $mbe_age_min }) oder Jugendmigrationsdienst (JMD, { $jmd_age_min } bis { $jmd_age_max }).

money-but =
    🎒 Bildung und Teilhabe (BuT)

    Für Kinder unter { $kindergeld_age_max } in Schule oder Kita:
    • Schulbedarf: { $but_school } pro Schuljahr ({ $but_school_aug } im August, { $but_school_feb } im Februar; Stand { $but_school_from }, neuer Wert noch nicht bestätigt)
    • Verein, Musik, Sport: { $but_clubs } im Monat (unter { $but_clubs_age })
    • Ausflüge, Klassenfahrten, Mittagessen, Nachhilfe, Schulweg
    Für Familien mit Bürgergeld, Sozialhilfe, Wohngeld, Kinderzuschlag oder AsylbLG.

    📍 Mit Bürgergeld: Jobcenter. Mit Wohngeld oder Kinderzuschlag: Stadt. Mit AsylbLG: Sozialamt.
    📄 Bescheid über Ihre Leistung, Schulbescheinigung.

money-kita-fees =
    🧸 Keine Kita-Gebühren

    Sie zahlen keine Gebühren für Kita, Kindertagespflege oder Hort, wenn Sie eine dieser Leistungen bekommen:
    Bürgergeld, Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag oder Wohngeld.
    Das kommt nicht von allein: Sie müssen es beantragen.
    Ganztag (OGS): fragen Sie bei der Stadt, dort gilt es oft auch.
    Mittagessen in Kita und Schule: über Bildung und Teilhabe.

    📍 Jugendamt Ihrer Stadt.
    📄 Ihr aktueller Bescheid (z. B. Bürgergeld, Wohngeld, Kinderzuschlag).

money-tax =
    🧾 Steuerklasse II

    Für Alleinerziehende, die arbeiten: weniger Lohnsteuer, jeden Monat mehr Netto.
    Entlastungsbetrag: { $entlastung } im Jahr, plus { $entlastung_more } für jedes weitere Kind.
    Voraussetzung: Ihr Kind lebt bei Ihnen.

    📍 Finanzamt – online über ELSTER oder mit Formular.
    📄 Steuer-ID, Geburtsurkunde oder Kindergeld-Bescheid.

money-beistand =
    🤝 Beistandschaft – Hilfe beim Unterhalt

    Der andere Elternteil zahlt nicht oder zu wenig? Das Jugendamt kann als Beistand den Unterhalt für Ihr Kind ausrechnen und einfordern.
    Kostenlos. Ein Antrag beim Jugendamt genügt. Für Kinder unter 18.

    Zusätzlich: Unterhaltsvorschuss – damit Ihr Kind schon jetzt Geld bekommt.

    📍 Jugendamt Ihrer Stadt.
    📄 Geburtsurkunde, Angaben zum anderen Elternteil, Unterlagen zum Unterhalt (Urkunde, Briefe, Zahlungen).

money-beratungshilfe =
    ⚖️ Beratungshilfe

    Rat von einer Anwältin oder einem Anwalt – zum Beispiel bei Streit um Unterhalt oder mit einem Amt, außerhalb vom Gericht.
    Für Menschen mit wenig Einkommen. Sie zahlen selbst nur { $beratungshilfe_fee }.

    📍 Amtsgericht an Ihrem Wohnort: Dort bekommen Sie einen Beratungsschein. Damit gehen Sie zur Anwältin oder zum Anwalt.
    📄 Ausweis, Einkommensnachweise (z. B. Bürgergeld-Bescheid), Kontoauszüge, Unterlagen zum Problem.

## Der Check

money-check-ages =
    ✅ Der Check: 5 kurze Fragen.

    Wie alt sind Ihre Kinder, die bei Ihnen leben?
    Schreiben Sie die Alter als Zahlen, z. B.: 2 8
    Baby unter 1 Jahr: 0

money-check-ages-error = Das habe ich nicht verstanden. Bitte nur Zahlen von 0 bis 26 schreiben, z. B.: 2 8

money-check-bg = Bekommen Sie Bürgergeld vom Jobcenter?

money-check-earnings = Wie viel verdienen Sie selbst im Monat – brutto (vor Abzügen)?
money-earn-none = Nichts
money-earn-under = Unter { $kiz_min_income }
money-earn-from = { $kiz_min_income } bis { $earnings_band_high }
money-earn-over = Über { $earnings_band_high }

money-check-maintenance = Zahlt der andere Elternteil Unterhalt für die Kinder?
money-maint-pays = Ja, genug und pünktlich
money-maint-partly = Zu wenig oder unregelmäßig
money-maint-none = Nein / weiß nicht

money-check-residence = Letzte Frage: Was passt zu Ihrem Aufenthalt?
money-res-de-eu = Deutsch oder EU
money-res-permit = Aufenthaltstitel mit Arbeit
money-res-ukraine = Ukraine (Schutz § 24)
money-res-asylum = Asylverfahren oder Duldung

money-check-result = ✅ Ihr Ergebnis – eine erste Einschätzung, kein Bescheid. Das Amt entscheidet.

## Zeilen im Ergebnis: Leistung und Amt

money-benefit-kindergeld = Kindergeld
money-benefit-kiz = Kinderzuschlag
money-benefit-uvg = Unterhaltsvorschuss
money-benefit-buergergeld = Bürgergeld
money-benefit-mehrbedarf = Mehrbedarf für Alleinerziehende
money-benefit-wohngeld = Wohngeld
money-benefit-but = Bildung und Teilhabe
money-benefit-kita-fees = Befreiung von Kita-Gebühren
money-benefit-elterngeld = Elterngeld
money-benefit-tax = Steuerklasse II
money-benefit-asylblg = Asylbewerberleistungen
money-benefit-beistand = Beistandschaft
money-benefit-beratungshilfe = Beratungshilfe

money-office-familienkasse = Familienkasse
money-office-uvg = Jugendamt (Unterhaltsvorschussstelle)
money-office-jobcenter = Jobcenter
money-office-wohngeld = Wohngeldstelle der Stadt
money-office-but =
    { $buergergeld ->
        [true] Jobcenter
       *[other]
            { $residence ->
                [asylum] Sozialamt
               *[other] Stadt (Bildung und Teilhabe)
            }
    }
money-office-jugendamt = Jugendamt
money-office-elterngeld = Elterngeldstelle
money-office-finanzamt = Finanzamt
money-office-sozialamt = Sozialamt
money-office-amtsgericht = Amtsgericht

## Gründe (eine Zeile)

money-kg-reason-age = Nur für Kinder unter { $kindergeld_age_max }.
money-kg-reason-asylum = Hängt von Ihrem Status ab. Fragen Sie die Familienkasse oder die Migrationsberatung.
money-kg-reason-adult = Bis zu { $total } im Monat ({ $kindergeld } pro Kind). Kinder ab 18 nur in Ausbildung oder Studium.
money-kg-reason-yes = { $total } im Monat ({ $kindergeld } pro Kind).

money-kiz-reason-age = Nur für Kinder unter { $kindergeld_age_max }.
money-kiz-reason-switch = Mit Ihrem Lohn können Kinderzuschlag und Wohngeld statt Bürgergeld passen. Prüfen Sie es mit dem „KiZ-Lotsen“ der Familienkasse.
money-kiz-reason-bg = Nicht zusammen mit Bürgergeld.
money-kiz-reason-income = Sie müssen mindestens { $kiz_min_income } brutto im Monat verdienen.
money-kiz-reason-asylum = Nur wenn Sie Kindergeld bekommen. Fragen Sie die Familienkasse.
money-kiz-reason-yes = Bis zu { $kiz_max } pro Kind im Monat (Stand { $kiz_max_from }, 2026 noch nicht bestätigt), gut mit Wohngeld. Dazu: Bildung und Teilhabe, keine Kita-Gebühren. Für { $kiz_months } Monate.
money-kiz-reason-high = Hängt von Miete und Einkommen ab. Bis zu { $kiz_max } pro Kind (Stand { $kiz_max_from }, 2026 noch nicht bestätigt).

money-uvg-reason-pays = Nur wenn der andere Elternteil nichts, zu wenig oder unregelmäßig zahlt.
money-uvg-reason-age = Nur für Kinder unter { $uvg_age_max }.
money-uvg-reason-bg-mixed = Für die Kinder unter 12: zusammen { $total } im Monat. Für Kinder von 12 bis 17 nur, wenn Sie mindestens { $uvg_sgb2_min_income } brutto verdienen oder dann kein Bürgergeld mehr brauchen.
money-uvg-reason-bg-teen = Mit Bürgergeld für Kinder von 12 bis 17 nur, wenn Sie mindestens { $uvg_sgb2_min_income } brutto verdienen oder dann kein Bürgergeld mehr brauchen. Pro Kind { $uvg_12_17 }.
money-uvg-reason-yes = Zusammen { $total } im Monat, bis zum 18. Geburtstag (pro Kind: 0–5 Jahre { $uvg_0_5 }, 6–11 { $uvg_6_11 }, 12–17 { $uvg_12_17 }).

money-bg-reason-yes = Sie bekommen es. Die Reform „Neue Grundsicherung“ kann Regeln geändert haben – fragen Sie das Jobcenter.
money-bg-reason-asylum = Statt Bürgergeld: Asylbewerberleistungen vom Sozialamt.
money-bg-reason-maybe = Vielleicht haben Sie Anspruch – dazu Miete und Heizung. Die Regeln können sich durch die Reform geändert haben: Fragen Sie das Jobcenter.

money-mb-reason = { $percent } % vom Regelsatz: etwa { $amount } im Monat. Kommt automatisch – prüfen Sie Ihren Bescheid.

money-wg-reason-bg = Nicht zusammen mit Bürgergeld.
money-wg-reason-asylum = Hängt von Ihrem Status ab. Fragen Sie das Sozialamt oder die Migrationsberatung.
money-wg-reason-none = Sie brauchen eigenes Einkommen, das zum Leben reicht.
money-wg-reason-yes = Zuschuss zur Miete. Die Höhe hängt von Miete, Einkommen und Haushaltsgröße ab. Gut zusammen mit Kinderzuschlag.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] Mit wenig Einkommen reicht es oft nicht. Lassen Sie prüfen, was besser passt: Wohngeld oder Bürgergeld.
       *[other] Hängt von Miete, Einkommen und Haushaltsgröße ab. Lassen Sie es prüfen.
    }

money-but-reason-jobcenter = Schulbedarf { $but_school } im Schuljahr (Stand { $but_school_from }, neuer Wert noch nicht bestätigt), Vereine { $but_clubs } im Monat, Ausflüge, Mittagessen.
money-but-reason-sozialamt = Schulbedarf { $but_school } im Schuljahr (Stand { $but_school_from }, neuer Wert noch nicht bestätigt), Vereine { $but_clubs } im Monat, Ausflüge, Mittagessen.
money-but-reason-city = Wenn Sie Kinderzuschlag oder Wohngeld bekommen: Schulbedarf, Ausflüge, Mittagessen, Vereine. Antrag bei der Stadt.

money-fee-reason-yes = Keine Gebühren für Kita, Tagespflege oder Hort. Sie müssen es beantragen.
money-fee-reason-maybe = Wenn Sie Kinderzuschlag oder Wohngeld bekommen: keine Gebühren für Kita, Tagespflege oder Hort.

money-eg-reason-yes = Für Ihr Baby: alle { $elterngeld_months } Monate für Sie allein. Schnell beantragen – nur { $elterngeld_backpay_months } Monate rückwirkend.
money-eg-reason-bg = Zählt im Bürgergeld als Einkommen – bis { $elterngeld_free } bleiben frei, wenn Sie vor der Geburt gearbeitet haben. Schnell beantragen.

money-tax-reason-yes = Weniger Lohnsteuer: Freibetrag { $total } im Jahr ({ $entlastung } plus { $entlastung_more } für jedes weitere Kind).
money-tax-reason-small = Mit kleinem Lohn zahlen Sie meist keine Lohnsteuer. Wichtig, sobald Sie mehr verdienen.

money-asyl-reason-yes = Vom Sozialamt statt vom Jobcenter. Erwachsene allein: { $asylblg_single } (Stand { $asylblg_single_from }, 2026 noch nicht bestätigt).
money-asyl-reason-ukraine = Nach dem 31.03.2025 gekommen? Geplant: ab Juli 2026 Sozialamt statt Jobcenter (noch nicht bestätigt).

money-beistand-reason = Das Jugendamt holt den Unterhalt für Ihr Kind – kostenlos.
money-bh-reason = Rat von einer Anwältin oder einem Anwalt bei wenig Einkommen. Sie zahlen nur { $beratungshilfe_fee }.

## Nächste Schritte (Zusammenfassung)

money-todo-kindergeld = Familienkasse: Kindergeld beantragen – online oder per Post. Geburtsurkunde und Steuer-IDs bereitlegen.
money-todo-kg-asylum = Familienkasse oder Migrationsberatung: fragen, ob Sie mit Ihrem Status Kindergeld und Kinderzuschlag bekommen.
money-todo-kiz = Familienkasse: Kinderzuschlag online beantragen – Lohnabrechnungen, Mietvertrag, Nachweise über Unterhalt.
money-todo-kiz-lotse = Familienkasse: mit dem KiZ-Lotsen prüfen, ob Kinderzuschlag und Wohngeld statt Bürgergeld passen.
money-todo-uvg = Jugendamt (Unterhaltsvorschussstelle): Unterhaltsvorschuss beantragen – Geburtsurkunde, Angaben zum anderen Elternteil.
money-todo-elterngeld = Elterngeldstelle: Elterngeld bald nach der Geburt beantragen (nur { $elterngeld_backpay_months } Monate rückwirkend) – Geburtsurkunde, Lohnabrechnungen.
money-todo-buergergeld = Jobcenter: Bürgergeld prüfen lassen (mit Miete und Heizung) und nach den neuen Regeln fragen – Ausweis, Mietvertrag, Kontoauszüge.
money-todo-mehrbedarf = Jobcenter: im Bescheid prüfen, ob der „Mehrbedarf für Alleinerziehende“ drin ist. Wenn nicht: nachfragen.
money-todo-wohngeld = Wohngeldstelle der Stadt: Wohngeld beantragen – Mietvertrag, Einkommensnachweise, Kontoauszüge.
money-todo-asylblg = Sozialamt: Asylbewerberleistungen – Aufenthaltspapier mitnehmen. Hilfe: Migrationsberatung.
money-todo-ukraine = Jobcenter fragen: Sind Sie noch zuständig, oder jetzt das Sozialamt? (Für Ankunft nach dem 31.03.2025)
money-todo-but = Bildung und Teilhabe beantragen: Jobcenter (Bürgergeld), Stadt (Wohngeld, Kinderzuschlag) oder Sozialamt (AsylbLG).
money-todo-but-jobcenter = Jobcenter: Bildung und Teilhabe beantragen (Schulbedarf, Ausflüge, Mittagessen, Vereine).
money-todo-but-sozialamt = Sozialamt: Bildung und Teilhabe für die Kinder beantragen.
money-todo-but-city = Stadt: Bildung und Teilhabe beantragen, sobald Kinderzuschlag oder Wohngeld bewilligt sind.
money-todo-kita-fees = Jugendamt: Befreiung von Kita- und Hort-Gebühren beantragen – aktuellen Bescheid mitnehmen.
money-todo-tax = Finanzamt: Steuerklasse II beantragen (online über ELSTER oder mit Formular) – Steuer-ID bereitlegen.
money-todo-beistand = Jugendamt: Beistandschaft beantragen (kostenlos) – Geburtsurkunde, Unterlagen zum Unterhalt.
money-todo-beratungshilfe = Amtsgericht: Beratungsschein holen – Einkommensnachweise mitnehmen. Eigenanteil { $beratungshilfe_fee }.
