# Menu główne, pilna pomoc, podsumowanie.

main-title = Menu główne

main-welcome =
    🏠 W czym potrzebna jest pomoc?
    Opieka nad dziećmi, pieniądze, nauka zawodu czy dojazdy – wystarczy nacisnąć przycisk.
    Szybki przegląd: ✅ Co mi przysługuje?

main-opt-childcare = 🧸 Opieka nad dziećmi
main-opt-money = 💶 Pieniądze i świadczenia
main-opt-training = 🎓 Nauka zawodu i praca
main-opt-mobility = 🚌 Autobus, pociąg, auto
main-opt-family = 👶 Dziecko · choroba
main-opt-check = ✅ Co mi przysługuje?
main-opt-summary = 📝 Co mam teraz zrobić?
main-opt-childcare-training = 🧸 Opieka w czasie nauki

main-urgent =
    🆘 Pilna pomoc – wszystkie numery są bezpłatne:

    📞 Numer alarmowy: 110 (policja) lub 112 (straż pożarna, pogotowie)
    📞 { -hilfetelefon(form: "long") }: 116 016 – dzień i noc, anonimowo, w wielu językach
    📞 { -elterntelefon(form: "long") }: 0800 111 0 550 – gdy wszystkiego jest za dużo

    Dziecko jest w niebezpieczeństwie? { -jugendamt(form: "long") } w miejscu zamieszkania pomaga od razu (ochrona dzieci). W nocy i w weekend: 110.

main-summary =
    📝 Kolejne kroki:
    Do każdego urzędu warto zabrać dowód osobisty lub dokument pobytowy i ostatnie decyzje urzędów ({ -bescheid }).
