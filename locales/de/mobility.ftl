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

    Im { -vrr(form: "long") }, auch in Wuppertal und Hagen: { $dt_sozial } im Monat (Stand { $dt_sozial_from }; der Preis für 2026 ist noch nicht bestätigt).
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

## Regeln je Bundesland und Netzwerk

mob-opt-rural = 🚐 Rufbus auf dem Land

mob-social-be =
    💶 Berlin-Ticket S

    { $berlin_ticket_s } im Monat, für Bus und Bahn in Berlin (Tarifbereich AB).
    Für Menschen mit { -buergergeld }, { -sozialhilfe }, { -asylbewerberleistungen } oder { -wohngeld } – und einige andere. Nicht mit Arbeitslosengeld I.

    So geht es:
    1. Kaufen Sie das Ticket bei BVG oder S-Bahn.
    2. Schreiben Sie Ihren vollen Namen auf das Ticket.
    3. Haben Sie Ihren { -bescheid } und einen Ausweis mit Foto immer dabei.

mob-social-clp =
    💶 { -sozialticket } im Landkreis Cloppenburg

    Ein { -sozialticket } kenne ich im Landkreis Cloppenburg nicht. In Niedersachsen entscheiden das die Landkreise und Städte selbst. Fragen Sie im Kreishaus nach.
    🚐 Günstig unterwegs sind Sie mit dem Rufbus moobil+.
    🎒 Für den Schulweg zahlt { -bildung-und-teilhabe } die nötigen Fahrten.

mob-rural =
    🚐 Rufbus moobil+ im Landkreis Cloppenburg

    Kleine Busse fahren in jeder Gemeinde, meist von 7 bis 19 Uhr. Sie halten an über 500 Haltestellen – auch ohne Stufe.
    ⏰ Buchen Sie mindestens { $moobil_book_hours } Stunde vorher: in der App, online oder am Telefon 0800 3030 20 1.
    💶 Eine Fahrt in Ihrer Gemeinde: { $moobil_fare }. Für jede weitere Gemeinde: { $moobil_fare_extra } mehr.
    Es gibt auch Tages-, Wochen- und Monatskarten. Sie zahlen bar oder über ein Konto.

mob-todo-social-be = BVG oder S-Bahn: Berlin-Ticket S kaufen – { -bescheid } und Ausweis mit Foto immer dabei haben.
mob-todo-rural = moobil+: Fahrt mindestens { $moobil_book_hours } Stunde vorher buchen – App, online oder 0800 3030 20 1.
