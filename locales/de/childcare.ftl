# Kinderbetreuung. Zahlen und Altersgrenzen kommen aus dialogs/figures.toml.
# Namen von Ämtern und Leistungen kommen aus terms.ftl: { -jugendamt }.

cc-title = Kinderbetreuung

cc-start = 🧸 Kinderbetreuung. Was brauchen Sie?

cc-opt-place = 🧸 { -kita } oder { -tagesmutter }
cc-opt-ganztag = 🏫 { -ganztag } in der Grundschule
cc-opt-offhours = ⏰ Früh- oder Spätschicht
cc-opt-sick = 🤒 Krankheit oder Notfall
cc-opt-fees = 💶 Keine { -kita }-Gebühren
cc-opt-training = 🎓 Betreuung in Ausbildung
cc-opt-how = 📝 So melden Sie Ihr Kind an
cc-opt-to-training = 🎓 Ausbildung und Job
cc-opt-elterngeld = 🍼 { -elterngeld }
cc-opt-change-age =
    ✏️ Ihr Kind ist nicht { $child_age ->
        [0] unter 1
       *[other] { $child_age }
    }? Ändern
cc-opt-school-ticket = 🚸 Schulweg
cc-opt-sick-child = 🤒 Mein Kind ist krank
cc-opt-sick-parent = 🤕 Ich bin krank / im Krankenhaus

## Ein Platz in Kita oder Kindertagespflege

cc-place-age = Wie alt ist das Kind, das einen Platz braucht?
cc-age-under1 = Unter { $kita_right_age } Jahr
cc-age-1-2 = 1 oder 2 Jahre
cc-age-3-school = 3 Jahre bis Schulbeginn
cc-age-school = Schulkind

cc-place-under1 =
    👶 Ihr Kind ist unter { $kita_right_age } Jahr.

    Ein Recht auf einen Platz ({ -kita } oder { -kindertagespflege }) gibt es jetzt nur, wenn Sie
    • arbeiten,
    • Arbeit suchen,
    • eine Ausbildung machen oder
    • an einer Maßnahme vom { -jobcenter } teilnehmen (zum Beispiel an einem Kurs).
    Ab dem { $kita_right_age }. Geburtstag hat jedes Kind ein Recht auf einen Platz.

    📍 { -jugendamt } Ihrer Stadt. Melden Sie Ihr Kind früh an.
    📄 Nachweis über Arbeit, Jobsuche oder Ausbildung.

cc-place-right =
    ✅ Ihr Kind hat ein Recht auf einen Betreuungsplatz – auch wenn Sie nicht arbeiten.
    Das gilt ab { $kita_right_age } Jahr. Der Platz kann in einer { -kita } sein. Oder bei einer { -tagesmutter } oder einem Tagesvater ({ -kindertagespflege }).

    📍 { -jugendamt } Ihrer Stadt. Melden Sie Ihr Kind früh an.

    💡 Melden Sie Ihr Kind bei mehreren { -kita }s an. Fragen Sie das { -jugendamt } auch nach { -kindertagespflege }.

cc-place-how =
    📝 So bekommen Sie einen Platz:

    1. Melden Sie Ihr Kind an: im Online-Portal Ihrer Stadt (oft „Kita-Navigator“) oder beim { -jugendamt }. Am besten bei mehreren { -kita }s.
    2. Das { -jugendamt } hilft Ihnen, eine { -tagesmutter } oder einen Tagesvater zu finden.
    3. Seien Sie früh dran: in { -nrw(form: "long") } mindestens { $kita_notice_months } Monate vorher.
    4. Wenn Sie keinen Platz bekommen: Schreiben Sie dem { -jugendamt }: „Ich beantrage einen Betreuungsplatz für mein Kind ab (Datum).“ Behalten Sie eine Kopie.

    📄 Geburtsurkunde, Ausweis. Für ein Kind unter { $kita_right_age } Jahr: Nachweis über Arbeit, Ausbildung oder Jobsuche.

## Ganztag in der Grundschule

cc-ganztag =
    🏫 { -ganztag } in der Grundschule

    Seit { $ganztag_grade_from } gibt es ein Recht auf einen Platz im { -ganztag } { $ganztag_grade ->
        [1] für Klasse 1
       *[other] für Klasse 1 bis { $ganztag_grade }
    }. Jedes Jahr kommt eine Klasse dazu, bis Klasse 4.
    Das heißt: { $ganztag_hours } Stunden am Tag, von Montag bis Freitag. Auch in den Ferien. Geschlossen ist an höchstens { $ganztag_closing_days } Tagen im Jahr.

    📍 Melden Sie Ihr Kind bei der Grundschule für den { -ganztag } an. Am besten gleich mit der Schulanmeldung. In { -nrw(form: "long") } heißt das Angebot { -ogs(form: "long") }.
    Fragen beantworten die Schule oder das { -jugendamt }.
    💶 Mit { -buergergeld }, { -wohngeld } oder { -kinderzuschlag } zahlen Sie oft keine Gebühren.

## Früh- und Spätschicht

cc-offhours =
    ⏰ Früh- oder Spätschicht

    Arbeiten Sie, wenn die { -kita } geschlossen ist? Dann hilft oft zusätzlich eine { -tagesmutter } oder ein Tagesvater ({ -kindertagespflege }) – früh am Morgen oder spät am Tag.
    Das { -jugendamt } hilft Ihnen, jemanden zu finden. Nicht jede Stadt bezahlt das. Fragen Sie trotzdem.

    📍 { -jugendamt } Ihrer Stadt.
    📄 Eine Bescheinigung vom Arbeitgeber mit Ihren Arbeitszeiten. Oder Ihr Schichtplan.

    💡 Auch die { -bca(form: "long") } im { -jobcenter } hilft Alleinerziehenden, Arbeit und Betreuung zu planen.

## Krankheit und Notfall

cc-sick = Wer ist krank?

cc-sick-child =
    🤒 Wenn Ihr Kind krank ist und Sie zu Hause bleiben müssen:

    Sie bekommen { -kinderkrankengeld } von der { -krankenkasse }. Alleinerziehende haben { $kkg_days_single } Arbeitstage pro Kind und Jahr. Für alle Kinder zusammen sind es höchstens { $kkg_days_single_max } Tage (Stand { $kkg_days_single_from }).

    So geht es:
    1. Holen Sie beim Kinderarzt eine Bescheinigung „Kind krank“.
    2. Informieren Sie sofort Ihren Arbeitgeber.
    3. Geben Sie die Bescheinigung Ihrer { -krankenkasse }.

    📍 Ihre { -krankenkasse }.

cc-sick-parent =
    🤕 Wenn Sie krank sind oder ins Krankenhaus müssen:

    1. { -haushaltshilfe }: Jemand kommt zu Ihnen und kümmert sich um Haushalt und Kinder. Das gibt es, wenn ein Kind unter { $haushaltshilfe_age } bei Ihnen lebt. Ihre Ärztin oder Ihr Arzt muss die Hilfe verordnen.
    📍 { -krankenkasse } – mit der Verordnung.

    2. Reicht das nicht? Dann hilft das { -jugendamt } im Notfall bei der Betreuung von Kindern unter { $emergency_care_age }.
    📍 { -jugendamt } Ihrer Stadt.

    🆘 Bei akuter Gefahr: 110 oder 112.

## Betreuung während Ausbildung

cc-training =
    🎓 Betreuung während Ausbildung oder { -umschulung }

    • Kosten: Das { -jobcenter } oder die { -agentur-fuer-arbeit } zahlt { $care_cost_training } pro Kind und Monat für die Betreuung.
    • Coaching mit { -avgs(form: "long") }: Fahrtkosten und Kosten für die Betreuung können bezahlt werden.
    • Deutschkurs: Es gibt den { -integrationskurs } auch für Eltern. Manche Kurse haben Kinderbetreuung (für Kinder von { $ik_care_age_min } bis { $ik_care_age_max } Jahren).
    • Platz: Wenn Sie eine Ausbildung machen, hat auch ein Kind unter { $kita_right_age } Jahr ein Recht auf einen Platz.

    📍 { -bca(form: "long") } im { -jobcenter } oder in der { -agentur-fuer-arbeit }. Fragen Sie vor dem Start.

## Nächste Schritte

cc-todo-register = { -jugendamt } oder { -kita }-Portal der Stadt: Kind für { -kita } oder { -kindertagespflege } anmelden – in { -nrw } { $kita_notice_months } Monate vorher.
cc-todo-register-under1 = Für ein Kind unter { $kita_right_age } Jahr: Nachweis über Arbeit, Ausbildung oder Jobsuche mitnehmen.
cc-todo-ganztag = Grundschule: Platz im { -ganztag } ({ -ogs }) anmelden – am besten mit der Schulanmeldung.
cc-todo-offhours = { -jugendamt }: nach { -kindertagespflege } für Früh- oder Spätschicht fragen – Schichtplan oder Bescheinigung vom Arbeitgeber mitnehmen.
cc-todo-kkg = Kind krank: Bescheinigung vom Kinderarzt holen, Arbeitgeber informieren, Bescheinigung an die { -krankenkasse } geben.
cc-todo-haushaltshilfe = { -krankenkasse }: { -haushaltshilfe } beantragen – Verordnung vom Arzt mitnehmen.
cc-todo-emergency-care = Wenn die { -haushaltshilfe } nicht reicht: das { -jugendamt } um Hilfe bei der Betreuung bitten.
cc-todo-training-care = { -jobcenter } oder { -agentur-fuer-arbeit }: Kosten für die Kinderbetreuung in Ausbildung oder { -umschulung } beantragen – vor dem Start.

## Regeln je Bundesland (Fakt land: NW, BE, NI)

cc-place-how-be =
    📝 So bekommen Sie in Berlin einen Platz:

    1. Beantragen Sie den { -kita-gutschein } beim { -jugendamt }: { $be_kita_apply_months_max } bis { $be_kita_apply_months_min } Monate vor dem Start. Das geht auch online.
    2. Mit dem Gutschein melden Sie Ihr Kind bei einer { -kita } an. Fragen Sie bei mehreren.
    3. Ab { $kita_right_age } Jahr: bis { $be_kita_hours } Stunden am Tag ohne Nachweis. Für mehr Stunden brauchen Sie einen Nachweis, zum Beispiel vom Arbeitgeber.

    📄 Geburtsurkunde, Ausweis, Meldebescheinigung.

cc-place-how-ni =
    📝 So bekommen Sie im Landkreis Cloppenburg einen Platz:

    1. Die { -kita }s gehören zu Ihrer Gemeinde. Melden Sie Ihr Kind online an: im Portal „Little Bird“.
    2. ⏰ Bis zum 31. Januar – für einen Platz ab 1. August. Sie können bis zu 3 Wünsche angeben.
    3. Bekommen Sie keinen Platz? Das Recht auf einen Platz gilt gegenüber dem Landkreis. Schreiben Sie dem { -jugendamt } im Kreishaus.

    📄 Geburtsurkunde, Ausweis.

cc-ganztag-be =
    🏫 { -ganztag } in der Grundschule in Berlin

    Alle Grundschulen sind Ganztagsschulen. Die Betreuung vor und nach dem Unterricht heißt eFöB ({ -hort }).
    • Klasse 1 bis { $be_efoeb_free_grade }: kostenlos, ohne Nachweis, von 7:30 bis 16 Uhr.
    • Ab Klasse 4 stellen Sie den Antrag neu.
    • Mittagessen: kostenlos bis Klasse { $be_lunch_free_grade }.

    📍 { -jugendamt }: mindestens { $be_efoeb_notice_months } Monate vorher beantragen – am besten mit der Schulanmeldung.

cc-ganztag-ni =
    🏫 { -ganztag } in der Grundschule in Niedersachsen

    Ab { $ni_ganztag_grade_from } gibt es ein Recht auf einen Platz in der Ganztagsschule – zuerst für Klasse 1, jedes Jahr eine Klasse mehr.
    Das heißt: { $ganztag_hours } Stunden am Tag, Montag bis Freitag. In den Ferien höchstens { $ni_ganztag_closed_weeks } Wochen geschlossen.
    Die Verlässliche Grundschule betreut mindestens { $ni_vgs_hours } Stunden am Tag.
    💶 Die Ganztagsschule ist meist kostenlos. Das Mittagessen kostet extra. Ein { -hort } kann Gebühren nehmen.

    📍 Fragen Sie bei der Schulanmeldung nach dem { -ganztag }.

cc-todo-register-be = { -jugendamt }: { -kita-gutschein } beantragen – { $be_kita_apply_months_max } bis { $be_kita_apply_months_min } Monate vor dem Start.
cc-todo-register-ni = Gemeinde: Kind online über „Little Bird“ für { -kita } oder Krippe anmelden – bis 31. Januar.
cc-todo-ganztag-be = { -jugendamt }: eFöB ({ -hort }) beantragen – mindestens { $be_efoeb_notice_months } Monate vorher, mit der Schulanmeldung.
cc-todo-ganztag-ni = Grundschule: nach dem Platz in der Ganztagsschule fragen – bei der Schulanmeldung.

cc-opt-fee-waiver = 💶 Keine Gebühren mit Leistungen

cc-fees-nw =
    🧸 { -kita }-Gebühren in { -nrw(form: "long") }

    Die letzten { $nw_kita_free_years } { -kita }-Jahre vor der Schule sind kostenlos. Wird Ihr Kind bis zum 30. September 4 Jahre alt? Dann zahlen Sie ab August nichts mehr, bis zur Schule.
    Für jüngere Kinder hängen die Gebühren vom Einkommen ab. Die Stadt legt sie fest.
    Mit { -buergergeld }, { -sozialhilfe }, { -kinderzuschlag } oder { -wohngeld } zahlen Sie keine Gebühren.

cc-fees-be =
    🧸 { -kita }-Gebühren in Berlin

    Die { -kita } ist in Berlin für alle Kinder kostenlos.
    Sie zahlen nur einen Anteil für das Mittagessen. Mit { -bildung-und-teilhabe } kann auch der wegfallen.

cc-fees-ni =
    🧸 { -kita }-Gebühren in Niedersachsen

    Der Kindergarten ist kostenlos: ab dem Monat, in dem Ihr Kind { $ni_kita_free_age } wird, bis zur Schule. Das gilt für bis zu { $ni_kita_free_hours } Stunden am Tag, 5 Tage die Woche.
    Krippe (unter { $ni_kita_free_age } Jahren) und { -hort } kosten Gebühren. Sie hängen vom Einkommen ab. Das { -jugendamt } kann sie übernehmen.
    Das Essen kostet extra.
