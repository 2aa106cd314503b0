# Mobilität. Preise kommen aus dialogs/figures.toml.

mob-title = Bus, Bahn, Auto

mob-start = 🚌 Unterwegs mit Bus, Bahn und Auto. Was brauchen Sie?

mob-opt-dticket = 🎫 Deutschlandticket
mob-opt-social = 💶 Günstiges Sozialticket
mob-opt-school = 🚸 Schulweg der Kinder
mob-opt-licence = 🚗 Führerschein für den Job
mob-opt-check = ✅ Was steht mir zu?
mob-opt-wohngeld = 🏠 Wohngeld
mob-opt-but = 🎒 Bildung und Teilhabe
mob-opt-avgs = 🤝 Coaching (AVGS)

mob-dticket =
    🎫 Deutschlandticket

    Ein Ticket für Bus und Bahn im Nahverkehr in ganz Deutschland.
    Preis: { $deutschlandticket } im Monat (seit { $deutschlandticket_from }), als Abo.
    👶 Kinder unter { $dt_free_age } fahren kostenlos.

    📍 Beim Verkehrsunternehmen Ihrer Stadt (Kundencenter oder App).
    💡 Mit Bürgergeld, Wohngeld oder Asylbewerberleistungen gibt es oft ein günstigeres Sozialticket.

mob-social =
    💶 Deutschlandticket Sozial

    Im VRR (auch Wuppertal): { $dt_sozial } im Monat (Stand { $dt_sozial_from }; Preis für 2026 noch nicht bestätigt).
    Für Menschen mit Bürgergeld, Sozialhilfe, Wohngeld, Asylbewerberleistungen und einige andere.

    So geht es:
    1. Nachweis holen: bei der Stadt oder dem Amt, das Ihre Leistung zahlt.
    2. Mit dem Nachweis das Ticket beim Verkehrsunternehmen bestellen (Abo).

    Andere Regionen: Fragen Sie Ihre Stadt nach einem Sozialticket.

mob-school =
    🚸 Schulweg der Kinder

    • Bildung und Teilhabe bezahlt die nötigen Fahrten zur Schule – mit Bürgergeld, Wohngeld, Kinderzuschlag oder AsylbLG.
    • In NRW gibt es das Deutschlandticket Schule: { $dt_schule } im Monat.
    • Kinder unter { $dt_free_age } fahren kostenlos.

    📍 Fragen Sie im Sekretariat der Schule nach dem Schülerticket. Antrag für Bildung und Teilhabe: Jobcenter, Stadt oder Sozialamt.

mob-licence =
    🚗 Führerschein für einen Job

    Das Jobcenter kann den Führerschein bezahlen (Vermittlungsbudget). Es gibt keinen festen Anspruch (Ermessen).
    Sie brauchen ein konkretes Jobangebot, für das der Führerschein nötig ist.

    📄 Mitbringen:
    • Schreiben vom Arbeitgeber: Sie werden eingestellt, wenn Sie den Führerschein haben
    • Kostenvoranschlag einer Fahrschule

    📍 Jobcenter – fragen Sie, bevor Sie sich bei der Fahrschule anmelden. Ohne Bürgergeld: Agentur für Arbeit fragen.

## Nächste Schritte

mob-todo-social = Stadt: Nachweis für das Sozialticket holen, dann beim Verkehrsunternehmen das Deutschlandticket Sozial bestellen.
mob-todo-school = Schule: nach dem Schülerticket fragen; Fahrkosten über Bildung und Teilhabe beantragen.
mob-todo-licence = Jobcenter: Führerschein über das Vermittlungsbudget beantragen – Schreiben vom Arbeitgeber und Kostenvoranschlag der Fahrschule mitnehmen.
