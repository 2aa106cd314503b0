# Geld und Leistungen: einzelne Leistungen und der Leistungs-Check.
# Beträge kommen aus dialogs/figures.toml – hier nie Beträge eintippen.
# Namen von Ämtern und Leistungen kommen aus terms.ftl: { -jobcenter }.

money-title = Geld und Leistungen

money-start =
    💶 Geld für Sie und Ihre Kinder.

    Am schnellsten geht der Check „Was steht mir zu?“. Er hat 5 kurze Fragen.
    Oder sehen Sie sich einzelne Leistungen an.

money-opt-check = ✅ Was steht mir zu?
money-opt-group-children = 👶 Geld für die Kinder
money-opt-group-living = 🏠 { -buergergeld }, { -wohngeld }
money-opt-group-school = 🎒 Schule, { -kita }, Vereine
money-opt-group-law = ⚖️ Steuer, Unterhalt, Recht
money-opt-details = 💶 Einzelne Leistungen
money-opt-outlook = 📅 Was ändert sich bald?
money-opt-births-change = ✏️ Geburtsmonate ändern
money-opt-work-change = ✏️ Antwort zur Arbeit ändern
money-opt-yes = Ja
money-opt-no = Nein

## Gruppen

money-group-children = 👶 Welche Leistung für Ihre Kinder?
money-opt-kindergeld = { -kindergeld }
money-opt-kiz = { -kinderzuschlag }
money-opt-uvg = { -unterhaltsvorschuss }
money-opt-elterngeld = 🍼 { -elterngeld } (Baby)

money-group-living = 🏠 Geld zum Leben und für die Miete:
money-opt-buergergeld = { -buergergeld }
money-opt-mehrbedarf = ➕ { -mehrbedarf }
money-opt-wohngeld = 🏠 { -wohngeld }
money-opt-asylblg = { -asylbewerberleistungen }

money-group-school = 🎒 Geld für Schule, { -kita } und Freizeit:
money-opt-but = 🎒 { -bildung-und-teilhabe }
money-opt-kita-fees = 🧸 Keine { -kita }-Gebühren
money-opt-kita-place = 🧸 { -kita }-Platz finden
money-opt-school-ticket = 🚸 Schulweg und Ticket

money-group-law = ⚖️ Steuern, Unterhalt und Rechtsberatung:
money-opt-tax = 🧾 { -steuerklasse-2 }
money-opt-beistand = 🤝 { -beistandschaft } (Unterhalt)
money-opt-beratungshilfe = ⚖️ { -beratungshilfe } (Anwalt)

## Einzelne Leistungen

money-kindergeld =
    👶 { -kindergeld }

    Wie viel? { $kindergeld } pro Kind und Monat (seit { $kindergeld_from }).
    Für wen? Für jedes Kind unter 18. Ab 18 nur in Ausbildung oder Studium, dann bis zum { $kindergeld_age_max }. Geburtstag.
    Wenn Sie nicht aus der EU kommen: Sie brauchen einen { -aufenthaltstitel }, der Ihnen Arbeit erlaubt, oder eine Niederlassungserlaubnis. Menschen aus der Ukraine mit Schutz nach § 24 bekommen es auch.

    📍 { -familienkasse } – online oder per Post.
    📄 Geburtsurkunde, { -steuer-id } von Ihnen und vom Kind, Ausweis oder { -aufenthaltstitel }.

money-kiz =
    💶 { -kinderzuschlag(form: "long") }

    Für Eltern, die arbeiten, aber wenig verdienen.
    Wie viel? Bis zu { $kiz_max } pro Kind und Monat. Der Sofortzuschlag ist dabei. (Stand { $kiz_max_from }; der Wert für 2026 ist noch nicht bestätigt.)
    Für wen? Sie verdienen mindestens { $kiz_min_income } brutto im Monat. Sie bekommen kein { -buergergeld }. Das Kind ist unter { $kindergeld_age_max }.
    Unterhalt und { -unterhaltsvorschuss } zählen zu { $kiz_child_income_share } % als Einkommen mit.
    ➕ Mit { -kinderzuschlag }: oft auch { -wohngeld }, { -bildung-und-teilhabe } und keine { -kita }-Gebühren.

    📍 { -familienkasse }, online. Der { -kinderzuschlag } gilt { $kiz_months } Monate. Dann stellen Sie einen neuen Antrag.
    📄 Lohnabrechnungen, Mietvertrag, Nachweise über Unterhalt.

money-uvg =
    🧾 { -unterhaltsvorschuss }

    Für Ihr Kind, wenn der andere Elternteil keinen Unterhalt zahlt. Oder zu wenig. Oder nicht regelmäßig.
    Wie viel im Monat (seit { $uvg_0_5_from })?
    • 0–5 Jahre: { $uvg_0_5 }
    • 6–11 Jahre: { $uvg_6_11 }
    • 12–17 Jahre: { $uvg_12_17 }
    Es gibt keine Zeitgrenze: Ihr Kind bekommt ihn bis zum { $uvg_age_max }. Geburtstag.
    Wenn Sie { -buergergeld } bekommen: Für Kinder ab 12 gibt es ihn nur, wenn Sie mindestens { $uvg_sgb2_min_income } brutto verdienen. Oder wenn Sie dann kein { -buergergeld } mehr brauchen.
    Sie müssen helfen, den anderen Elternteil zu finden.

    📍 { -jugendamt } ({ -unterhaltsvorschussstelle }).
    📄 Geburtsurkunde, Ausweis, Angaben zum anderen Elternteil, Nachweise über Zahlungen.

money-elterngeld =
    🍼 { -elterngeld }

    Für die erste Zeit mit Ihrem Baby. Als alleinerziehender Elternteil können Sie alle { $elterngeld_months } Monate allein nehmen.
    Wie viel? { $elterngeld_rate_min } % bis { $elterngeld_rate_max } % von Ihrem Netto-Lohn vor der Geburt. Bei kleinem Lohn ist der Anteil höher. Im Monat mindestens { $elterngeld_min }, höchstens { $elterngeld_max }.
    { -elterngeld-plus }: { $elterngeld_plus_min } bis { $elterngeld_plus_max } im Monat. Dafür bekommen Sie es doppelt so lange.
    Wenn Sie { -buergergeld } bekommen, zählt { -elterngeld } als Einkommen. Haben Sie vor der Geburt gearbeitet? Dann bleiben bis zu { $elterngeld_free } frei.

    ⏰ Stellen Sie den Antrag schnell! Für die Zeit vor dem Antrag gibt es höchstens { $elterngeld_backpay_months } Monate.
    📍 { -elterngeldstelle } Ihrer Stadt.
    📄 Geburtsurkunde, Lohnabrechnungen aus der Zeit vor der Geburt.

money-buergergeld =
    🏠 { -buergergeld }

    Geld zum Leben, wenn Ihr Einkommen nicht reicht. Dazu kommen Miete und Heizung.
    Regelsatz im Monat (seit { $regelsatz_adult_from }): für Sie { $regelsatz_adult }; für Kinder 0–5 Jahre { $regelsatz_0_5 }, 6–13 Jahre { $regelsatz_6_13 }, 14–17 Jahre { $regelsatz_14_17 }.
    { -kindergeld } und { -unterhaltsvorschuss } zählen als Einkommen der Kinder. Dazu kommt der { -mehrbedarf }.
    Ist ein Kind unter { $bg_no_work_age }? Dann müssen Sie keine Arbeit annehmen. So ist das bisherige Recht. Die Reform plant eine niedrigere Altersgrenze (noch nicht bestätigt).

    ⚠️ Die Reform „{ -neue-grundsicherung }“ ist ab Juli 2026 geplant. Vielleicht haben sich Regeln schon geändert. Das { -jobcenter } sagt Ihnen, was jetzt gilt.
    📍 { -jobcenter }.
    📄 Ausweis, Mietvertrag, Kontoauszüge, Lohnabrechnungen.

money-mehrbedarf =
    ➕ { -mehrbedarf }

    Extra-Geld im { -buergergeld }. Sie brauchen keinen eigenen Antrag: Das { -jobcenter } zahlt es automatisch.
    Wie viel? Ein Teil vom Regelsatz ({ $regelsatz_adult }):
    • { $mb_high } %, wenn ein Kind unter { $mb_age_small } ist oder 2 bis 3 Kinder unter { $mb_age_school } sind
    • sonst { $mb_per_child } % pro Kind unter 18
    • höchstens { $mb_max } %
    Sie bekommen den höheren Wert.

    📍 { -jobcenter }. 👉 Prüfen Sie Ihren { -bescheid }: Steht dort „{ -mehrbedarf }“? Wenn nicht: Fragen Sie nach.

money-wohngeld =
    🏠 { -wohngeld }

    Ein Zuschuss zur Miete – wenn Sie eigenes Einkommen haben, aber wenig.
    Wie viel? Das hängt von der Miete, vom Einkommen und von der Zahl der Personen im Haushalt ab.
    Sie bekommen es nicht zusammen mit { -buergergeld }. Oft gibt es { -wohngeld } zusammen mit { -kinderzuschlag }. Das kann besser sein als { -buergergeld }.
    ➕ Mit { -wohngeld }: { -bildung-und-teilhabe }, keine { -kita }-Gebühren, { -sozialticket }.

    📍 { -wohngeldstelle } Ihrer Stadt.
    📄 Mietvertrag, Nachweise über Ihr Einkommen, Kontoauszüge, Ausweis.

money-asylblg =
    🛂 { -asylbewerberleistungen(form: "long") }

    Für Menschen im Asylverfahren oder mit { -duldung }. Dafür ist das { -sozialamt } zuständig, nicht das { -jobcenter }.
    Wie viel? Erwachsene ohne Partner: { $asylblg_single } im Monat (Stand { $asylblg_single_from }; der Wert für 2026 ist noch nicht bestätigt).
    Auch hier gibt es { -bildung-und-teilhabe } für die Kinder. Und Sie zahlen keine { -kita }-Gebühren.

    🇺🇦 Sind Sie nach dem 31.03.2025 aus der Ukraine gekommen? Geplant ist: Ab Juli 2026 ist für Sie das { -sozialamt } zuständig, nicht mehr das { -jobcenter } (noch nicht bestätigt). Fragen Sie Ihr { -jobcenter }.

    📍 { -sozialamt } Ihrer Stadt.
    Hilfe: { -mbe(form: "long") } (ab { $mbe_age_min } Jahren) oder { -jmd(form: "long") } ({ $jmd_age_min } bis { $jmd_age_max } Jahre).

money-but =
    🎒 { -bildung-und-teilhabe(form: "long") }

    Für Kinder unter { $kindergeld_age_max } in Schule oder { -kita }:
    • Geld für Schulsachen: { $but_school } pro Schuljahr, { $but_school_aug } im August und { $but_school_feb } im Februar (Stand { $but_school_from }; der neue Wert ist noch nicht bestätigt)
    • Verein, Musik, Sport: { $but_clubs } im Monat (für Kinder unter { $but_clubs_age })
    • Ausflüge, Klassenfahrten, Mittagessen, Nachhilfe, Schulweg
    Für Familien mit { -buergergeld }, { -sozialhilfe }, { -wohngeld }, { -kinderzuschlag } oder { -asylbewerberleistungen }.

    📍 Mit { -buergergeld }: { -jobcenter }. Mit { -wohngeld } oder { -kinderzuschlag }: die Stadt. Mit { -asylbewerberleistungen }: { -sozialamt }.
    📄 { -bescheid } über Ihre Leistung, Schulbescheinigung.

money-kita-fees =
    🧸 Keine { -kita }-Gebühren

    Bekommen Sie eine dieser Leistungen? { -buergergeld }, { -sozialhilfe }, { -asylbewerberleistungen }, { -kinderzuschlag } oder { -wohngeld }.
    Dann zahlen Sie keine Gebühren für { -kita }, { -kindertagespflege } oder { -hort }.
    Das geht nicht automatisch: Sie müssen es beantragen.
    Für die { -ogs(form: "long") } gilt das oft auch. Fragen Sie bei der Stadt.
    Geld für das Mittagessen in { -kita } und Schule gibt es über { -bildung-und-teilhabe }.

    📍 { -jugendamt } Ihrer Stadt.
    📄 Ihr aktueller { -bescheid }, zum Beispiel über { -buergergeld }, { -wohngeld } oder { -kinderzuschlag }.

money-tax =
    🧾 { -steuerklasse-2 }

    Für Alleinerziehende mit Arbeit. Sie zahlen weniger Lohnsteuer und haben jeden Monat mehr Geld (netto).
    { -entlastungsbetrag }: { $entlastung } im Jahr bleiben steuerfrei. Für jedes weitere Kind kommen { $entlastung_more } dazu.
    Ihr Kind muss bei Ihnen wohnen.

    📍 { -finanzamt } – online über ELSTER oder mit einem Formular auf Papier.
    📄 { -steuer-id }, Geburtsurkunde oder { -bescheid } über { -kindergeld }.

money-beistand =
    🤝 { -beistandschaft } – Hilfe beim Unterhalt

    Wenn der andere Elternteil nichts oder zu wenig zahlt: Das { -jugendamt } kann Ihnen als Beistand helfen. Es rechnet aus, wie viel Unterhalt der andere Elternteil zahlen muss. Und es fordert das Geld von ihm – für Ihr Kind.
    Das kostet nichts. Ein Antrag beim { -jugendamt } reicht. Für Kinder unter 18.

    Beantragen Sie auch { -unterhaltsvorschuss }. Dann bekommt Ihr Kind schon jetzt Geld.

    📍 { -jugendamt } Ihrer Stadt.
    📄 Geburtsurkunde, Angaben zum anderen Elternteil, Unterlagen zum Unterhalt (Urkunde, Briefe, Zahlungen).

money-beratungshilfe =
    ⚖️ { -beratungshilfe }

    Sie bekommen Rat von einer Anwältin oder einem Anwalt. Zum Beispiel bei Streit um Unterhalt oder bei Streit mit einem Amt. Das gilt nicht für einen Prozess vor Gericht.
    Für Menschen mit wenig Einkommen. Sie zahlen selbst nur { $beratungshilfe_fee }.

    📍 { -amtsgericht } an Ihrem Wohnort: Dort bekommen Sie einen Beratungsschein. Damit gehen Sie zur Anwältin oder zum Anwalt.
    📄 Ausweis, Nachweise über Ihr Einkommen (zum Beispiel { -buergergeld }-{ -bescheid }), Kontoauszüge, Unterlagen zum Problem.

## Der Check

money-check-ages =
    ✅ Der Check: 5 kurze Fragen.

    Wie alt sind die Kinder, die bei Ihnen leben?
    Schreiben Sie das Alter jedes Kindes als Zahl, zum Beispiel: 2 8
    Für ein Baby unter 1 Jahr schreiben Sie: 0

money-check-ages-error = Das habe ich nicht verstanden. Bitte schreiben Sie nur Zahlen von 0 bis 26, zum Beispiel: 2 8

money-check-bg = Bekommen Sie { -buergergeld } vom { -jobcenter }?

money-check-earnings = Wie viel verdienen Sie selbst im Monat? Gemeint ist brutto, also vor den Abzügen.
money-earn-none = Nichts
money-earn-under = Unter { $kiz_min_income }
money-earn-from = { $kiz_min_income } bis { $earnings_band_high }
money-earn-over = Über { $earnings_band_high }

money-check-maintenance = Zahlt der andere Elternteil Unterhalt für die Kinder?
money-maint-pays = Ja, genug und pünktlich
money-maint-partly = Zu wenig oder nicht regelmäßig
money-maint-none = Nein / weiß nicht

money-check-residence = Letzte Frage: Was ist Ihr Aufenthaltsstatus?
money-res-de-eu = Deutsch oder EU
money-res-permit = { -aufenthaltstitel } mit Arbeitserlaubnis
money-res-ukraine = Ukraine (Schutz nach § 24)
money-res-asylum = Asylverfahren oder { -duldung }

money-check-arrival = Wann sind Sie aus der Ukraine nach Deutschland gekommen?
money-arr-before = Bis zum 31.03.2025
money-arr-after = Ab dem 01.04.2025

money-check-result = ✅ Ihr Ergebnis. Das ist eine erste Einschätzung, kein { -bescheid }. Das Amt entscheidet.

## Zeilen im Ergebnis: Leistung und Amt

money-benefit-kindergeld = { -kindergeld }
money-benefit-kiz = { -kinderzuschlag }
money-benefit-uvg = { -unterhaltsvorschuss }
money-benefit-buergergeld = { -buergergeld }
money-benefit-mehrbedarf = { -mehrbedarf }
money-benefit-wohngeld = { -wohngeld }
money-benefit-but = { -bildung-und-teilhabe }
money-benefit-kita-fees = Keine { -kita }-Gebühren
money-benefit-elterngeld = { -elterngeld }
money-benefit-tax = { -steuerklasse-2 }
money-benefit-asylblg = { -asylbewerberleistungen }
money-benefit-beistand = { -beistandschaft }
money-benefit-beratungshilfe = { -beratungshilfe }

money-office-familienkasse = { -familienkasse }
money-office-uvg = { -jugendamt } ({ -unterhaltsvorschussstelle })
money-office-jobcenter = { -jobcenter }
money-office-wohngeld = { -wohngeldstelle } der Stadt
money-office-but =
    { $buergergeld ->
        [true] { -jobcenter }
       *[other]
            { $residence ->
                [asylum] { -sozialamt }
               *[other] Stadt ({ -bildung-und-teilhabe })
            }
    }
money-office-jugendamt = { -jugendamt }
money-office-elterngeld = { -elterngeldstelle }
money-office-finanzamt = { -finanzamt }
money-office-sozialamt = { -sozialamt }
money-office-amtsgericht = { -amtsgericht }

## Gründe (eine Zeile)

money-kg-reason-age = Nur für Kinder unter { $kindergeld_age_max }.
money-kg-reason-asylum = Das hängt von Ihrem Aufenthaltsstatus ab. Fragen Sie die { -familienkasse } oder eine Migrationsberatung.
money-kg-reason-adult = Bis zu { $total } im Monat ({ $kindergeld } pro Kind). Kinder ab 18 nur in Ausbildung oder Studium.
money-kg-reason-yes = { $total } im Monat ({ $kindergeld } pro Kind).

money-kiz-reason-age = Nur für Kinder unter { $kindergeld_age_max }.
money-kiz-reason-switch = Vielleicht passen mit Ihrem Lohn { -kinderzuschlag } und { -wohngeld } statt { -buergergeld }. Prüfen Sie das mit dem „KiZ-Lotsen“ der { -familienkasse }.
money-kiz-reason-bg = Das gibt es nicht zusammen mit { -buergergeld }.
money-kiz-reason-income = Sie müssen mindestens { $kiz_min_income } brutto im Monat verdienen.
money-kiz-reason-asylum = Nur wenn Sie { -kindergeld } bekommen. Fragen Sie die { -familienkasse }.
money-kiz-reason-yes = Bis zu { $kiz_max } pro Kind im Monat (Stand { $kiz_max_from }; der Wert für 2026 ist noch nicht bestätigt). Passt gut zu { -wohngeld }. Dazu gibt es { -bildung-und-teilhabe } und keine { -kita }-Gebühren. Sie bekommen es für { $kiz_months } Monate.
money-kiz-reason-high = Das hängt von Miete und Einkommen ab. Bis zu { $kiz_max } pro Kind (Stand { $kiz_max_from }; der Wert für 2026 ist noch nicht bestätigt).

money-uvg-reason-pays = Nur wenn der andere Elternteil nichts, zu wenig oder nicht regelmäßig zahlt.
money-uvg-reason-age = Nur für Kinder unter { $uvg_age_max }.
money-uvg-reason-bg-mixed = Für die Kinder unter 12: zusammen { $total } im Monat. Kinder von 12 bis 17 bekommen ihn nur, wenn Sie mindestens { $uvg_sgb2_min_income } brutto verdienen. Oder wenn Sie dann kein { -buergergeld } mehr brauchen.
money-uvg-reason-bg-teen = Mit { -buergergeld } gibt es ihn für Kinder von 12 bis 17 nur, wenn Sie mindestens { $uvg_sgb2_min_income } brutto verdienen. Oder wenn Sie dann kein { -buergergeld } mehr brauchen. Pro Kind: { $uvg_12_17 }.
money-uvg-reason-yes = Zusammen { $total } im Monat, bis zum 18. Geburtstag. Pro Kind: 0–5 Jahre { $uvg_0_5 }, 6–11 Jahre { $uvg_6_11 }, 12–17 Jahre { $uvg_12_17 }.

money-bg-reason-yes = Sie bekommen es schon. Durch die Reform „{ -neue-grundsicherung }“ können sich Regeln geändert haben. Fragen Sie das { -jobcenter }.
money-bg-reason-asylum = Statt { -buergergeld }: { -asylbewerberleistungen } vom { -sozialamt }.
money-bg-reason-maybe = Vielleicht haben Sie ein Recht darauf – auch für Miete und Heizung. Durch die Reform können sich die Regeln geändert haben. Fragen Sie das { -jobcenter }.

money-mb-reason = { $percent } % vom Regelsatz: etwa { $amount } im Monat. Das kommt automatisch. Prüfen Sie Ihren { -bescheid }.

money-wg-reason-bg = Das gibt es nicht zusammen mit { -buergergeld }.
money-wg-reason-asylum = Das hängt von Ihrem Aufenthaltsstatus ab. Fragen Sie das { -sozialamt } oder eine Migrationsberatung.
money-wg-reason-none = Sie brauchen eigenes Einkommen, das zum Leben reicht.
money-wg-reason-yes = Ein Zuschuss zur Miete. Wie viel, hängt von Miete, Einkommen und der Zahl der Personen im Haushalt ab. Passt gut zu { -kinderzuschlag }.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] Bei wenig Einkommen reicht { -wohngeld } oft nicht. Lassen Sie prüfen, was besser passt: { -wohngeld } oder { -buergergeld }.
       *[other] Das hängt von Miete, Einkommen und der Zahl der Personen im Haushalt ab. Lassen Sie es prüfen.
    }

money-but-reason-jobcenter =
    { $school ->
        [0] Mittagessen und Ausflüge in der { -kita }. Vereine: { $but_clubs } im Monat. Geld für Schulsachen gibt es ab dem Schulbeginn.
       *[other] Schulsachen: { $but_school } pro Schuljahr (Stand { $but_school_from }; der neue Wert ist noch nicht bestätigt). Vereine: { $but_clubs } im Monat. Dazu Ausflüge und Mittagessen.
    }
money-but-reason-sozialamt =
    { $school ->
        [0] Mittagessen und Ausflüge in der { -kita }. Vereine: { $but_clubs } im Monat. Geld für Schulsachen gibt es ab dem Schulbeginn.
       *[other] Schulsachen: { $but_school } pro Schuljahr (Stand { $but_school_from }; der neue Wert ist noch nicht bestätigt). Vereine: { $but_clubs } im Monat. Dazu Ausflüge und Mittagessen.
    }
money-but-reason-city =
    { $school ->
        [0] Wenn Sie { -kinderzuschlag } oder { -wohngeld } bekommen: Geld für Mittagessen und Ausflüge in der { -kita } und für Vereine. Den Antrag stellen Sie bei der Stadt.
       *[other] Wenn Sie { -kinderzuschlag } oder { -wohngeld } bekommen: Geld für Schulsachen, Ausflüge, Mittagessen und Vereine. Den Antrag stellen Sie bei der Stadt.
    }

money-fee-reason-yes = Keine Gebühren für { -kita }, { -kindertagespflege } oder { -hort }. Sie müssen das beantragen.
money-fee-reason-maybe = Wenn Sie { -kinderzuschlag } oder { -wohngeld } bekommen: keine Gebühren für { -kita }, { -kindertagespflege } oder { -hort }.

money-eg-reason-yes = Für Ihr Baby: Sie können alle { $elterngeld_months } Monate allein nehmen. Stellen Sie den Antrag schnell: Für die Zeit vor dem Antrag gibt es höchstens { $elterngeld_backpay_months } Monate.
money-eg-reason-bg = Beim { -buergergeld } zählt es als Einkommen. Haben Sie vor der Geburt gearbeitet? Dann bleiben bis zu { $elterngeld_free } frei. Stellen Sie den Antrag schnell.

money-tax-reason-yes = Weniger Lohnsteuer: { $total } im Jahr bleiben steuerfrei ({ $entlastung } plus { $entlastung_more } für jedes weitere Kind).
money-tax-reason-small = Mit kleinem Lohn zahlen Sie meist keine Lohnsteuer. Wichtig wird es, wenn Sie mehr verdienen.

money-asyl-reason-yes = Vom { -sozialamt }, nicht vom { -jobcenter }. Erwachsene ohne Partner: { $asylblg_single } im Monat (Stand { $asylblg_single_from }; der Wert für 2026 ist noch nicht bestätigt).
money-asyl-reason-ukraine = Sie sind nach dem 31.03.2025 gekommen. Geplant ist: ab Juli 2026 das { -sozialamt } statt das { -jobcenter } (noch nicht bestätigt).

money-beistand-reason = Das { -jugendamt } fordert den Unterhalt vom anderen Elternteil – für Ihr Kind und kostenlos.
money-bh-reason = Rat von einer Anwältin oder einem Anwalt, wenn Sie wenig Einkommen haben. Sie zahlen selbst nur { $beratungshilfe_fee }.

## Nächste Schritte (Zusammenfassung)

money-todo-kindergeld = { -familienkasse }: Wenn Sie noch kein { -kindergeld } bekommen: beantragen – online oder per Post. Geburtsurkunde und { -steuer-id }s bereitlegen.
money-todo-kg-asylum = { -familienkasse } oder Migrationsberatung: fragen, ob Sie mit Ihrem Aufenthaltsstatus { -kindergeld } und { -kinderzuschlag } bekommen.
money-todo-kiz = { -familienkasse }: { -kinderzuschlag } online beantragen – Lohnabrechnungen, Mietvertrag, Nachweise über Unterhalt.
money-todo-kiz-lotse = { -familienkasse }: mit dem KiZ-Lotsen prüfen, ob { -kinderzuschlag } und { -wohngeld } statt { -buergergeld } passen.
money-todo-uvg = { -jugendamt } ({ -unterhaltsvorschussstelle }): { -unterhaltsvorschuss } beantragen – Geburtsurkunde, Angaben zum anderen Elternteil.
money-todo-elterngeld = { -elterngeldstelle }: { -elterngeld } bald nach der Geburt beantragen (für die Zeit vor dem Antrag höchstens { $elterngeld_backpay_months } Monate) – Geburtsurkunde, Lohnabrechnungen.
money-todo-buergergeld = { -jobcenter }: { -buergergeld } prüfen lassen (mit Miete und Heizung) und nach den neuen Regeln fragen – Ausweis, Mietvertrag, Kontoauszüge.
money-todo-mehrbedarf = { -jobcenter }: im { -bescheid } prüfen, ob dort der „{ -mehrbedarf }“ steht. Wenn nicht: nachfragen.
money-todo-wohngeld = { -wohngeldstelle } der Stadt: { -wohngeld } beantragen – Mietvertrag, Nachweise über Ihr Einkommen, Kontoauszüge.
money-todo-asylblg = { -sozialamt }: { -asylbewerberleistungen } – Ihr Papier zum Aufenthalt mitnehmen. Hilfe: Migrationsberatung.
money-todo-ukraine = { -jobcenter } fragen: Ist das { -jobcenter } noch zuständig oder jetzt das { -sozialamt }? (Wenn Sie nach dem 31.03.2025 gekommen sind.)
money-todo-but = { -bildung-und-teilhabe } beantragen: beim { -jobcenter } (mit { -buergergeld }), bei der Stadt (mit { -wohngeld } oder { -kinderzuschlag }) oder beim { -sozialamt } (mit { -asylbewerberleistungen }).
money-todo-but-jobcenter = { -jobcenter }: { -bildung-und-teilhabe } beantragen (Schulsachen, Ausflüge, Mittagessen, Vereine).
money-todo-but-sozialamt = { -sozialamt }: { -bildung-und-teilhabe } für die Kinder beantragen.
money-todo-but-city = Stadt: { -bildung-und-teilhabe } beantragen, sobald { -kinderzuschlag } oder { -wohngeld } bewilligt sind.
money-todo-kita-fees = { -jugendamt }: Befreiung von { -kita }- und { -hort }-Gebühren beantragen – aktuellen { -bescheid } mitnehmen.
money-todo-tax = { -finanzamt }: { -steuerklasse-2 } beantragen (online über ELSTER oder mit Formular) – { -steuer-id } bereitlegen.
money-todo-beistand = { -jugendamt }: { -beistandschaft } beantragen (kostenlos) – Geburtsurkunde, Unterlagen zum Unterhalt.
money-todo-beratungshilfe = { -amtsgericht }: Beratungsschein holen – Nachweise über Ihr Einkommen mitnehmen. Sie zahlen selbst { $beratungshilfe_fee }.
money-todo-kiz-maybe = { -familienkasse }: mit dem KiZ-Lotsen prüfen, ob Sie { -kinderzuschlag } bekommen. Wenn ja: online beantragen.
money-todo-uvg-from-600 = { -jugendamt } ({ -unterhaltsvorschussstelle }): Sobald Sie mindestens { $uvg_sgb2_min_income } brutto verdienen: { -unterhaltsvorschuss } für Ihr Kind ab 12 beantragen.
money-todo-wohngeld-maybe = { -wohngeldstelle } der Stadt: prüfen lassen, ob { -wohngeld } für Sie passt. Wenn ja: beantragen – Mietvertrag, Nachweise über Ihr Einkommen.
money-todo-kita-fees-maybe = { -jugendamt }: Sobald { -kinderzuschlag } oder { -wohngeld } bewilligt ist: Befreiung von { -kita }- und { -hort }-Gebühren beantragen – den { -bescheid } mitnehmen.
money-todo-beratungshilfe-maybe = { -amtsgericht }: Wenn Sie Rat zum Unterhalt brauchen: Beratungsschein holen – Nachweise über Ihr Einkommen mitnehmen. Sie zahlen selbst { $beratungshilfe_fee }.
money-todo-but-jobcenter-kita = { -jobcenter }: { -bildung-und-teilhabe } beantragen (Mittagessen und Ausflüge in der { -kita }, Vereine).
money-todo-einstiegsgeld = { -jobcenter }: { -einstiegsgeld } beantragen – vor dem ersten Arbeitstag. Arbeitsvertrag oder Zusage mitnehmen.
money-todo-payslip = { -familienkasse }: nach der ersten Lohnabrechnung mit dem KiZ-Lotsen prüfen, ob { -kinderzuschlag } und { -wohngeld } statt { -buergergeld } passen.

## Was sich bald ändert

money-outlook-births =
    📅 Was ändert sich bald für Sie?
    Dafür brauche ich Monat und Jahr der Geburt von jedem Kind.
    Zum Beispiel: 03/2020 08/2016

money-outlook-births-error = Das habe ich nicht verstanden. Bitte schreiben Sie Monat/Jahr für jedes Kind, zum Beispiel: 03/2020 08/2016

money-outlook-work = Fangen Sie bald eine Arbeit an – oder arbeiten Sie bald mehr Stunden?

money-outlook = 📅 Was sich für Sie bald ändert:

money-out-work-einstieg = 💼 Vor dem ersten Arbeitstag: { -einstiegsgeld } beim { -jobcenter } beantragen (bis zu { $einstiegsgeld_months } Monate). Nach dem Start geht das nicht mehr.
money-out-work-free = 💼 Vom Lohn behalten Sie einen Teil: { $bg_free_base } im Monat ganz, vom Rest { $bg_free_rate_1 } bis { $bg_free_rate_2 } %. Mit Kind sind das bis zu { $bg_free_max_child } im Monat mehr.
money-out-work-payslip = 💼 Nach der ersten Lohnabrechnung: prüfen lassen, ob { -kinderzuschlag } und { -wohngeld } statt { -buergergeld } besser passen.
money-out-work-uvg = 💼 Verdienen Sie dann mindestens { $uvg_sgb2_min_income } brutto? Dann gibt es { -unterhaltsvorschuss } auch für Ihr Kind ab 12: { $uvg_12_17 } im Monat.
money-out-kita = 📅 Ab { $date }: Ihr Kind hat ein Recht auf einen Platz in { -kita } oder { -kindertagespflege }. Melden Sie es früh beim { -jugendamt } an.
money-out-work-age = 📅 Ab { $date }: Ihr jüngstes Kind ist { $bg_no_work_age }. Dann kann das { -jobcenter } Arbeit oder einen Kurs von Ihnen verlangen, wenn die Betreuung gesichert ist.
money-out-school = 📅 Ab { $date }: Ein Kind ist { $school_age }. Es fährt nicht mehr kostenlos Bus und Bahn. Zum Schulstart: einen Platz im { -ganztag } anmelden.
money-out-mb = 📅 Ab { $date }: { -mehrbedarf } { $percent } % statt { $percent_before } % – { $amount } statt { $amount_before } im Monat.
money-out-uvg = 📅 Ab { $date }: { -unterhaltsvorschuss } { $amount } statt { $amount_before } im Monat.
money-out-uvg-12 = 📅 Ab { $date }: Ihr Kind ist 12. Mit { -buergergeld } gibt es { -unterhaltsvorschuss } dann nur, wenn Sie mindestens { $uvg_sgb2_min_income } brutto verdienen.
money-out-18 = 📅 Ab { $date }: Ein Kind ist 18. Kein { -unterhaltsvorschuss } mehr für dieses Kind. { -kindergeld } nur noch in Ausbildung oder Studium (bis { $kindergeld_age_max }).
money-out-kiz = 📅 { $date }: Zeit für den neuen Antrag auf { -kinderzuschlag }. Er gilt { $kiz_months } Monate – gerechnet ab einem Antrag in diesem Monat.
