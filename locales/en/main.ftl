# Main menu, urgent help, summary.

main-title = Main menu

main-welcome =
    🏠 What do you need help with?
    Childcare, money, training, bus and train: tap a button.
    Quick overview: ✅ What can I get?

main-opt-childcare = 🧸 Childcare
main-opt-money = 💶 Money and benefits
main-opt-training = 🎓 Training and work
main-opt-mobility = 🚌 Bus, train, car
main-opt-family = 👶 Baby · illness
main-opt-check = ✅ What can I get?
main-opt-summary = 📝 What do I do next?
main-opt-childcare-training = 🧸 Childcare in training

main-urgent =
    🆘 Urgent help – all numbers are free of charge:

    📞 Emergency: 110 (police) or 112 (fire, ambulance)
    📞 { -hilfetelefon(form: "long") }: 116 016 – day and night, anonymous, in many languages
    📞 { -elterntelefon(form: "long") }: 0800 111 0 550 – when everything gets too much

    Is your child in danger? The { -jugendamt(form: "long") } of your city helps at once (child protection). At night and at weekends: 110.

main-summary =
    📝 Your next steps:
    (Bring to every office: your ID or { -aufenthaltstitel(form: "long") } and your latest decision letters ({ -bescheid }).)
