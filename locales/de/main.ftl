# Hauptmenü, dringende Hilfe, Zusammenfassung.

main-title = Hauptmenü

main-welcome =
    🏠 Wobei brauchen Sie Hilfe?
    Kinderbetreuung, Geld, Ausbildung oder Bus und Bahn: Tippen Sie auf einen Knopf.
    Schneller Überblick: ✅ Was steht mir zu?

main-opt-childcare = 🧸 Kinderbetreuung
main-opt-money = 💶 Geld und Leistungen
main-opt-training = 🎓 Ausbildung und Job
main-opt-mobility = 🚌 Bus, Bahn, Auto
main-opt-family = 👶 Baby · Krankheit
main-opt-check = ✅ Was steht mir zu?
main-opt-summary = 📝 Was mache ich jetzt?
main-opt-childcare-training = 🧸 Betreuung in Ausbildung

main-urgent =
    🆘 Dringende Hilfe – alle Nummern sind kostenlos:

    📞 Notruf: 110 (Polizei) oder 112 (Feuerwehr, Rettungsdienst)
    📞 { -hilfetelefon }: 116 016 – Tag und Nacht, anonym, in vielen Sprachen
    📞 { -elterntelefon }: 0800 111 0 550 – wenn Ihnen alles zu viel wird

    Ist Ihr Kind in Gefahr? Das { -jugendamt } Ihrer Stadt hilft sofort (Kinderschutz). Nachts und am Wochenende: 110.

main-summary =
    📝 Ihre nächsten Schritte:
    (Bringen Sie zu jedem Amt mit: Ausweis oder { -aufenthaltstitel } und Ihre letzten { -bescheid }e.)
