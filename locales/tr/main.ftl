# Ana menü, acil yardım, özet.

main-title = Ana menü

main-welcome =
    🏠 Hangi konuda yardıma ihtiyacınız var?
    Çocuk bakımı, para, eğitim veya ulaşım – bir düğmeye dokunun.
    Hızlı genel bakış: ✅ Hangi haklarım var?

main-opt-childcare = 🧸 Çocuk bakımı
main-opt-money = 💶 Para ve yardımlar
main-opt-training = 🎓 Eğitim ve iş
main-opt-mobility = 🚌 Otobüs, tren, araba
main-opt-family = 👶 Bebek · hastalık
main-opt-check = ✅ Hangi haklarım var?
main-opt-summary = 📝 Şimdi ne yapmalıyım?
main-opt-childcare-training = 🧸 Eğitimde çocuk bakımı

main-urgent =
    🆘 Acil yardım – tüm numaralar ücretsiz:

    📞 Acil çağrı: 110 (polis) veya 112 (itfaiye, ambulans)
    📞 { -hilfetelefon(form: "long") }: 116 016 – gece gündüz, isimsiz, birçok dilde
    📞 { -elterntelefon(form: "long") }: 0800 111 0 550 – her şey size fazla geldiğinde

    Çocuğunuz tehlikede mi? Şehrinizdeki { -jugendamt(form: "long") } hemen yardım eder (çocuk koruma). Gece ve hafta sonu: 110.

main-summary =
    📝 Sonraki adımlarınız:
    Her daireye kimliğinizi veya oturum izninizi ve son resmî karar yazılarınızı ({ -bescheid }) götürün.
