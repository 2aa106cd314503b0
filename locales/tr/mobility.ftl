# Ulaşım. Fiyatlar dialogs/figures.toml dosyasından gelir.

mob-title = Otobüs, tren, araba

mob-start = 🚌 Otobüs, tren ve arabayla ulaşım. Neye ihtiyacınız var?

mob-opt-dticket = 🎫 { -deutschlandticket }
mob-opt-social = 💶 Ucuz sosyal bilet
mob-opt-school = 🚸 Çocukların okul yolu
mob-opt-licence = 🚗 İş için ehliyet
mob-opt-check = ✅ Hangi haklarım var?
mob-opt-wohngeld = 🏠 { -wohngeld(form: "long") }
mob-opt-but = 🎒 { -bildung-und-teilhabe }
mob-opt-avgs = 🤝 Koçluk ({ -avgs })

mob-dticket =
    🎫 { -deutschlandticket(form: "long") }

    Tüm Almanya'da yerel otobüs ve trenler için tek bilet.
    Fiyat: ayda { $deutschlandticket } ({ $deutschlandticket_from } tarihinden beri), abonelik olarak.
    👶 { $dt_free_age } yaşından küçük çocuklar ücretsiz yolculuk eder.

    📍 Şehrinizin ulaşım şirketinde (müşteri merkezi veya uygulama).
    💡 { -buergergeld(form: "long") }, { -wohngeld(form: "long") } veya { -asylbewerberleistungen(form: "long") } alıyorsanız çoğu zaman daha ucuz bir { -sozialticket(form: "long") } vardır.

mob-social =
    💶 { -deutschlandticket-sozial(form: "long") }

    Wuppertal ve Hagen dahil { -vrr(form: "long") } bölgesinde: ayda { $dt_sozial } ({ $dt_sozial_from } itibarıyla; 2026 fiyatı henüz kesin değil).
    { -buergergeld(form: "long") }, { -sozialhilfe(form: "long") }, { -wohngeld(form: "long") } veya { -asylbewerberleistungen(form: "long") } alanlar ve bazı başka kişiler için.

    Nasıl yapılır:
    1. Belge alın: belediyeden veya yardımınızı ödeyen daireden.
    2. Bu belgeyle bileti ulaşım şirketinden sipariş edin (abonelik).

    Başka bölgelerde: Belediyenize { -sozialticket } olup olmadığını sorun.

mob-school =
    🚸 Çocukların okul yolu

    • { -bildung-und-teilhabe(form: "long") } gerekli okul yolunun parasını öder – { -buergergeld(form: "long") }, { -wohngeld(form: "long") }, { -kinderzuschlag(form: "long") } veya { -asylbewerberleistungen(form: "long") } alıyorsanız.
    • { -nrw(form: "long") } eyaletinde öğrenciler için { -deutschlandticket } Schule (okul bileti) var: ayda { $dt_schule }.
    • { $dt_free_age } yaşından küçük çocuklar ücretsiz yolculuk eder.

    📍 Öğrenci biletini okul sekreterliğine sorun. { -bildung-und-teilhabe } başvurusu: { -jobcenter(form: "long") }, belediye veya { -sozialamt(form: "long") }.

mob-licence =
    🚗 Bir iş için ehliyet

    { -jobcenter(form: "long") } ehliyet masrafını ödeyebilir (Vermittlungsbudget, iş bulma bütçesi). Bunun için kesin bir hak yoktur, daire karar verir.
    Ehliyet gerektiren somut bir iş teklifiniz olmalı.

    📄 Yanınıza alın:
    • İşverenden yazı: Ehliyetiniz olunca işe alınacaksınız
    • Bir sürücü kursundan fiyat teklifi

    📍 { -jobcenter } – sürücü kursuna kaydolmadan önce sorun. { -buergergeld(form: "long") } almıyorsanız: { -agentur-fuer-arbeit(form: "long") }.

## Sonraki adımlar

mob-todo-social = Belediye: { -sozialticket(form: "long") } için belge alın, sonra ulaşım şirketinden { -deutschlandticket-sozial(form: "long") } sipariş edin.
mob-todo-school = Okul: Öğrenci biletini sorun; yol masrafları için { -bildung-und-teilhabe(form: "long") } başvurusu yapın.
mob-todo-licence = { -jobcenter(form: "long") }: Vermittlungsbudget (iş bulma bütçesi) ile ehliyet için başvurun – işveren yazısını ve sürücü kursunun fiyat teklifini götürün.

## Eyalete ve ağa göre kurallar

mob-opt-rural = 🚐 Kırsalda çağrılı otobüs

mob-social-be =
    💶 Berlin-Ticket S

    Ayda { $berlin_ticket_s }, Berlin'de otobüs ve tren için (AB bölgesi).
    { -buergergeld }, { -sozialhilfe }, { -asylbewerberleistungen } veya { -wohngeld } alanlar için – ve bazı başkaları. İşsizlik parası I (ALG I) ile olmaz.

    Nasıl yapılır:
    1. Bileti BVG'den veya S-Bahn'dan alın.
    2. Biletin üstüne adınızı ve soyadınızı yazın.
    3. { -bescheid } belgenizi ve fotoğraflı kimliğinizi her zaman yanınızda taşıyın.

mob-social-clp =
    💶 Cloppenburg ilçesinde { -sozialticket }

    Cloppenburg ilçesinde bir { -sozialticket } bilmiyorum. Aşağı Saksonya'da buna ilçeler ve şehirler kendileri karar verir. Kreishaus'a sorun.
    🚐 Çağrılı otobüs moobil+ ile ucuza yolculuk edersiniz.
    🎒 Okul yolu için gerekli yolculukları { -bildung-und-teilhabe } öder.

mob-rural =
    🚐 Cloppenburg ilçesinde çağrılı otobüs moobil+

    Küçük otobüsler her beldede çalışır, çoğunlukla 7:00–19:00 arası. 500'den fazla durakta durur – basamaksız da.
    ⏰ En az { $moobil_book_hours } saat önce rezervasyon yapın: uygulamada, internette veya 0800 3030 20 1 numaralı telefondan.
    💶 Beldeniz içinde bir yolculuk: { $moobil_fare }. Her ek belde için { $moobil_fare_extra } daha.
    Günlük, haftalık ve aylık biletler de var. Nakit veya bir hesap üzerinden ödersiniz.

mob-todo-social-be = BVG veya S-Bahn: Berlin-Ticket S alın – { -bescheid } ve fotoğraflı kimlik her zaman yanınızda olsun.
mob-todo-rural = moobil+: Yolculuğu en az { $moobil_book_hours } saat önce ayırtın – uygulama, internet veya 0800 3030 20 1.
