# Main menu, urgent help, summary.

main-title = Main menu

main-welcome =
    🏠 What do you need help with?
    Childcare, money, training or getting around – tap a button.
    Quick overview: ✅ What can I get?

main-opt-childcare = 🧸 Childcare
main-opt-money = 💶 Money and benefits
main-opt-training = 🎓 Training and work
main-opt-mobility = 🚌 Bus, train, car
main-opt-check = ✅ What can I get?
main-opt-summary = 📝 What do I do next?
main-opt-childcare-training = 🧸 Childcare in training

main-urgent =
    🆘 Urgent help – all numbers are free:

    📞 Emergency: 110 (police) or 112 (fire, ambulance)
    📞 Hilfetelefon Gewalt gegen Frauen (helpline violence against women): 116 016 – day and night, anonymous, in many languages
    📞 Elterntelefon (parents' helpline): 0800 111 0 550 – when everything gets too much

    Your child is in danger? The Jugendamt (youth welfare office) of your city helps at once (child protection). At night and at weekends: 110.

main-summary =
    📝 Your next steps:
    (Take your ID or residence permit and your latest Bescheide (decision letters) to every office.)
