# Meniul principal, ajutor urgent, rezumat.

main-title = Meniu principal

main-welcome =
    🏠 La ce aveți nevoie de ajutor?
    Îngrijirea copiilor, bani, formare profesională sau transport – apăsați pe un buton.
    Repede, pe scurt: ✅ Ce mi se cuvine?

main-opt-childcare = 🧸 Îngrijirea copiilor
main-opt-money = 💶 Bani și ajutoare
main-opt-training = 🎓 Formare și loc de muncă
main-opt-mobility = 🚌 Autobuz, tren, mașină
main-opt-family = 👶 Bebeluș · boală
main-opt-check = ✅ Ce mi se cuvine?
main-opt-summary = 📝 Ce fac acum?
main-opt-childcare-training = 🧸 Îngrijire în timpul formării

main-urgent =
    🆘 Ajutor urgent – toate numerele sunt gratuite:

    📞 Urgențe: 110 (poliția) sau 112 (pompierii, ambulanța)
    📞 { -hilfetelefon(form: "long") }: 116 016 – zi și noapte, anonim, în multe limbi
    📞 { -elterntelefon(form: "long") }: 0800 111 0 550 – când totul devine prea mult

    Copilul dumneavoastră este în pericol? { -jugendamt(form: "long") } din orașul dumneavoastră ajută imediat (protecția copilului). Noaptea și în weekend: 110.

main-summary =
    📝 Pașii dumneavoastră următori:
    La fiecare oficiu luați actul de identitate sau permisul de ședere și ultimele decizii ale oficiilor ({ -bescheid }).
