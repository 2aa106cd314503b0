# Mobilität. Preise kommen aus dialogs/figures.toml.
# Namen von Ämtern, Leistungen und Tickets kommen aus terms.ftl: { -deutschlandticket }.

mob-title = Bus, Bahn, Auto

mob-start = 🚌 Unterwegs mit Bus, Bahn und Auto. Was brauchen Sie?

mob-opt-dticket = 🎫 { -deutschlandticket }
mob-opt-social = 💶 Günstiges { -sozialticket }
mob-opt-school = 🚸 Schulweg der Kinder
mob-opt-licence = 🚗 Führerschein für den Job
mob-opt-check = ✅ Was steht mir zu?
mob-opt-wohngeld = 🏠 { -wohngeld }
mob-opt-but = 🎒 { -bildung-und-teilhabe }
mob-opt-avgs = 🤝 Coaching ({ -avgs })

mob-dticket =
    🎫 { -deutschlandticket }

    Ein Ticket für Bus und Bahn im Nahverkehr in ganz Deutschland.
    Preis: { $deutschlandticket } im Monat (seit { $deutschlandticket_from }). Es ist ein Abo.
    👶 Kinder unter { $dt_free_age } fahren kostenlos.

    📍 Beim Verkehrsunternehmen Ihrer Stadt: im Kundencenter oder in der App.
    💡 Mit { -buergergeld }, { -wohngeld } oder { -asylbewerberleistungen } gibt es oft ein günstigeres { -sozialticket }.

mob-social =
    💶 { -deutschlandticket-sozial }

    Im { -vrr(form: "long") }, auch in Wuppertal: { $dt_sozial } im Monat (Stand { $dt_sozial_from }; der Preis für 2026 ist noch nicht bestätigt).
    Für Menschen mit { -buergergeld }, { -sozialhilfe }, { -wohngeld } oder { -asylbewerberleistungen } – und für einige andere.

    So geht es:
    1. Holen Sie einen Nachweis: bei der Stadt oder bei dem Amt, das Ihre Leistung zahlt.
    2. Bestellen Sie mit dem Nachweis das Ticket beim Verkehrsunternehmen. Es ist ein Abo.

    Wohnen Sie in einer anderen Region? Dann fragen Sie Ihre Stadt nach einem { -sozialticket }.

mob-school =
    🚸 Schulweg der Kinder

    • Bekommen Sie { -buergergeld }, { -wohngeld }, { -kinderzuschlag } oder { -asylbewerberleistungen }? Dann bezahlt { -bildung-und-teilhabe } die nötigen Fahrten zur Schule.
    • In { -nrw(form: "long") } gibt es das { -deutschlandticket } Schule: { $dt_schule } im Monat.
    • Kinder unter { $dt_free_age } fahren kostenlos.

    📍 Fragen Sie im Sekretariat der Schule nach dem Schülerticket. Den Antrag für { -bildung-und-teilhabe } stellen Sie beim { -jobcenter }, bei der Stadt oder beim { -sozialamt }.

mob-licence =
    🚗 Führerschein für einen Job

    Das { -jobcenter } kann den Führerschein bezahlen (Vermittlungsbudget). Sie haben kein festes Recht darauf: Das { -jobcenter } entscheidet.
    Sie brauchen ein konkretes Jobangebot. Für diesen Job muss der Führerschein nötig sein.

    📄 Mitbringen:
    • ein Schreiben vom Arbeitgeber: Er stellt Sie ein, wenn Sie den Führerschein haben
    • ein Angebot einer Fahrschule mit den Kosten (Kostenvoranschlag)

    📍 { -jobcenter }: Fragen Sie dort, bevor Sie sich bei der Fahrschule anmelden. Wenn Sie kein { -buergergeld } bekommen: Fragen Sie die { -agentur-fuer-arbeit }.

## Nächste Schritte

mob-todo-social = Stadt: Nachweis für das { -sozialticket } holen. Dann beim Verkehrsunternehmen das { -deutschlandticket-sozial } bestellen.
mob-todo-school = Schule: nach dem Schülerticket fragen. Fahrkosten über { -bildung-und-teilhabe } beantragen.
mob-todo-licence = { -jobcenter }: Führerschein über das Vermittlungsbudget beantragen – Schreiben vom Arbeitgeber und Kostenvoranschlag der Fahrschule mitnehmen.
