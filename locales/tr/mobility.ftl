# Ulaşım. Fiyatlar dialogs/figures.toml dosyasından gelir.

mob-title = Otobüs, tren, araba

mob-start = 🚌 Otobüs, tren ve arabayla ulaşım. Neye ihtiyacınız var?

mob-opt-dticket = 🎫 Deutschlandticket
mob-opt-social = 💶 Ucuz sosyal bilet
mob-opt-school = 🚸 Çocukların okul yolu
mob-opt-licence = 🚗 İş için ehliyet
mob-opt-check = ✅ Hangi haklarım var?
mob-opt-wohngeld = 🏠 Wohngeld (kira yardımı)
mob-opt-but = 🎒 Bildung und Teilhabe
mob-opt-avgs = 🤝 Koçluk (AVGS)

mob-dticket =
    🎫 Deutschlandticket (Almanya bileti)

    Tüm Almanya'da yerel otobüs ve trenler için tek bilet.
    Fiyat: aylık { $deutschlandticket } ({ $deutschlandticket_from } tarihinden beri), abonelik olarak.
    👶 { $dt_free_age } yaşından küçük çocuklar ücretsiz yolculuk eder.

    📍 Şehrinizin ulaşım şirketinde (müşteri merkezi veya uygulama).
    💡 Bürgergeld, Wohngeld veya Asylbewerberleistungen ile çoğu zaman daha ucuz bir sosyal bilet vardır.

mob-social =
    💶 Deutschlandticket Sozial (sosyal bilet)

    VRR bölgesinde (Wuppertal dahil): aylık { $dt_sozial } ({ $dt_sozial_from } itibarıyla; 2026 fiyatı henüz kesin değil).
    Bürgergeld, Sozialhilfe (sosyal yardım), Wohngeld (kira yardımı), Asylbewerberleistungen alanlar ve bazı başka kişiler için.

    Nasıl yapılır:
    1. Belge alın: belediyeden veya yardımınızı ödeyen daireden.
    2. Bu belgeyle bileti ulaşım şirketinden sipariş edin (abonelik).

    Başka bölgeler: Belediyenize sosyal bilet olup olmadığını sorun.

mob-school =
    🚸 Çocukların okul yolu

    • Bildung und Teilhabe (eğitim ve katılım yardımı) gerekli okul yolculuklarını öder – Bürgergeld, Wohngeld, Kinderzuschlag veya AsylbLG ile.
    • NRW'de Deutschlandticket Schule (okul bileti) var: aylık { $dt_schule }.
    • { $dt_free_age } yaşından küçük çocuklar ücretsiz yolculuk eder.

    📍 Okul sekreterliğine öğrenci biletini sorun. Bildung und Teilhabe başvurusu: Jobcenter, belediye veya Sozialamt (sosyal yardım dairesi).

mob-licence =
    🚗 Bir iş için ehliyet

    Jobcenter ehliyet masrafını ödeyebilir (Vermittlungsbudget, iş bulma bütçesi). Kesin bir hak yoktur (takdir yetkisi).
    Ehliyet gerektiren somut bir iş teklifiniz olmalı.

    📄 Yanınıza alın:
    • İşverenden yazı: Ehliyetiniz olunca işe alınacaksınız
    • Bir sürücü kursundan fiyat teklifi

    📍 Jobcenter – sürücü kursuna kaydolmadan önce sorun. Bürgergeld almıyorsanız: Agentur für Arbeit'a (iş ajansı) sorun.

## Sonraki adımlar

mob-todo-social = Belediye: Sosyal bilet için belge alın, sonra ulaşım şirketinden Deutschlandticket Sozial sipariş edin.
mob-todo-school = Okul: Öğrenci biletini sorun; yol masrafları için Bildung und Teilhabe üzerinden başvurun.
mob-todo-licence = Jobcenter: Vermittlungsbudget ile ehliyet için başvurun – işveren yazısını ve sürücü kursunun fiyat teklifini götürün.
