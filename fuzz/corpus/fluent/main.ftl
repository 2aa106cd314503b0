# Hauptmenü, dringende Hilfe, Zusammenfassung.

main-title = Hauptmenü

main-welcome =
    🏠 Wobei brauchen Sie Hilfe?
    Betreuung, Geld, Ausbildung oder Mobilität – tippen Sie auf einen Knopf.
    Schnell zum Überblick: ✅ Was steht mir zu?

main-opt-childcare = 🧸 Kinderbetreuung
main-opt-money = 💶 Geld und Leistungen
main-opt-training = 🎓 Ausbildung und Job
main-opt-mobility = 🚌 Bus, Bahn, Auto
main-opt-check = ✅ Was steht mir zu?
main-opt-summary = 📝 Was mache ich jetzt?
main-opt-childcare-training = 🧸 Betreuung in Ausbildung

main-urgent =
    🆘 Dringende Hilfe – alle Nummern kostenlos:

    📞 Notruf: 110 (Polizei) oder 112 (Feuerwehr, Rettung)
    📞 Hilfetelefon Gewalt gegen Frauen: 116 016 – Tag und Nacht, anonym, in vielen Sprachen
    📞 Elterntelefon: 0800 111 0 550 – wenn Ihnen alles zu viel wird

    Ihr Kind ist in Gefahr? Das Jugendamt Ihrer Stadt hilft sofort (Kinderschutz). Nachts und am Wochenende: 110.

main-summary =
    📝 Ihre nächsten Schritte:
    (Nehmen Sie zu jedem Amt Ausweis oder Aufenthaltstitel und Ihre letzten Bescheide mit.)
