# Çocuk bakımı. Sayılar ve yaş sınırları dialogs/figures.toml dosyasından gelir.

cc-title = Çocuk bakımı

cc-start = 🧸 Çocuk bakımı. Neye ihtiyacınız var?

cc-opt-place = 🧸 Kita veya bakıcı anne
cc-opt-ganztag = 🏫 İlkokulda tam gün
cc-opt-offhours = ⏰ Erken veya geç vardiya
cc-opt-sick = 🤒 Hastalık veya acil durum
cc-opt-fees = 💶 Ücretsiz Kita
cc-opt-training = 🎓 Eğitimde çocuk bakımı
cc-opt-how = 📝 Nasıl kayıt olunur
cc-opt-to-training = 🎓 Eğitim ve iş
cc-opt-elterngeld = 🍼 Elterngeld (ebeveyn parası)
cc-opt-school-ticket = 🚸 Okul yolu
cc-opt-sick-child = 🤒 Çocuğum hasta
cc-opt-sick-parent = 🤕 Ben hastayım / hastane

## Kita'da veya gündüz bakıcısında yer

cc-place-age = Yer ihtiyacı olan çocuk kaç yaşında?
cc-age-under1 = { $kita_right_age } yaşından küçük
cc-age-1-2 = 1 veya 2 yaş
cc-age-3-school = 3 yaştan okula kadar
cc-age-school = Okul çocuğu

cc-place-under1 =
    👶 Çocuğunuz { $kita_right_age } yaşından küçük.

    Şu anda yer hakkı (Kita veya gündüz bakıcısı) yalnızca şu durumlarda var:
    • çalışıyorsanız,
    • iş arıyorsanız,
    • meslek eğitimi alıyorsanız veya
    • Jobcenter'ın bir programına katılıyorsanız.
    { $kita_right_age } yaşını doldurduktan sonra her çocuğun yer hakkı vardır.

    📍 Şehrinizin Jugendamt'ı (Gençlik Dairesi). Çocuğunuzu erken kaydettirin – NRW'de en az { $kita_notice_months } ay önceden.
    📄 Çalıştığınızı, iş aradığınızı veya eğitim aldığınızı gösteren belge.

cc-place-right =
    ✅ Çocuğunuzun bir bakım yeri hakkı var – siz çalışmasanız bile.
    Bu { $kita_right_age } yaşından itibaren geçerlidir: bir Kita'da (kreş) veya bir bakıcı anne ya da babada (Kindertagespflege).

    📍 Şehrinizin Jugendamt'ı (Gençlik Dairesi). NRW'de: en az { $kita_notice_months } ay önceden haber verin.

    💡 Birkaç Kita'ya kaydolun ve Jugendamt'a gündüz bakıcısını da sorun.

cc-place-how =
    📝 Nasıl yer bulursunuz:

    1. Kayıt: Şehrinizin internet portalında (çoğu zaman “Kita-Navigator”) veya Jugendamt'ta (Gençlik Dairesi). En iyisi birkaç Kita'ya birden.
    2. Bakıcı anne veya baba (Tagesmutter/Tagesvater): Jugendamt ayarlar.
    3. Erken davranın: NRW'de en az { $kita_notice_months } ay önceden.
    4. Yer önerilmedi mi? Jugendamt'a yazın: “Ich beantrage einen Betreuungsplatz für mein Kind ab (Datum).” (Çocuğum için … tarihinden itibaren bakım yeri için başvuruyorum.) Bir kopyasını saklayın.

    📄 Doğum belgesi, kimlik. { $kita_right_age } yaşından küçük çocuk için: iş, eğitim veya iş arama belgesi.

## İlkokulda tam gün

cc-ganztag =
    🏫 Ganztag (ilkokulda tam gün bakım)

    { $ganztag_grade_from } tarihinden beri { $ganztag_grade ->
        [1] 1. sınıf için
       *[other] 1. sınıftan { $ganztag_grade }. sınıfa kadar
    } tam gün yer hakkı var. Her yıl bir sınıf eklenir, 4. sınıfa kadar.
    Yani: günde { $ganztag_hours } saat, pazartesiden cumaya – tatillerde de; yılda en fazla { $ganztag_closing_days } gün kapalı.

    📍 Ganztag'a (NRW'de: OGS) ilkokulda kaydolun – en iyisi okul kaydıyla birlikte. Sorular için: okul veya Jugendamt (Gençlik Dairesi).
    💶 Ücretler: Bürgergeld, Wohngeld veya Kinderzuschlag ile çoğu zaman muaf.

## Erken ve geç vardiya

cc-offhours =
    ⏰ Erken veya geç vardiya

    Siz çalışırken Kita kapalı mı? Çoğu zaman erken ve geç saatler için ek olarak bir bakıcı anne veya baba (Kindertagespflege) yardımcı olur.
    Bunu Jugendamt (Gençlik Dairesi) ayarlar. Her şehir bunu ödemiyor – yine de sorun.

    📍 Şehrinizin Jugendamt'ı.
    📄 İşvereninizden çalışma saatlerinizi gösteren belge veya vardiya planınız.

    💡 Jobcenter'daki BCA (fırsat eşitliği görevlisi) de tek ebeveynlere iş ve çocuk bakımını planlamada yardım eder.

## Hastalık ve acil durum

cc-sick = Kim hasta?

cc-sick-child =
    🤒 Çocuğunuz hasta ve evde kalmanız mı gerekiyor?

    Krankenkasse'den (sağlık sigortası) Kinderkrankengeld (hasta çocuk parası): Tek ebeveynlerin çocuk başına yılda { $kkg_days_single } iş günü hakkı var, toplamda en fazla { $kkg_days_single_max } gün ({ $kkg_days_single_from } itibarıyla).

    Nasıl yapılır:
    1. Çocuk doktorundan “Kind krank” (çocuk hasta) belgesi alın.
    2. İşvereninize hemen haber verin.
    3. Belgeyi Krankenkasse'nize verin.

    📍 Krankenkasse'niz.

cc-sick-parent =
    🤕 Hasta mısınız veya hastaneye mi yatmanız gerekiyor?

    1. Haushaltshilfe (ev yardımı): Biri gelip evle ve çocuklarla ilgilenir – { $haushaltshilfe_age } yaşından küçük bir çocuk sizinle yaşıyorsa. Doktorunuzun bunu reçeteyle yazması gerekir.
    📍 Krankenkasse (sağlık sigortası) – reçeteyle.

    2. Yetmiyor mu? Jugendamt (Gençlik Dairesi) acil durumda { $emergency_care_age } yaşından küçük çocukların bakımına yardım eder.
    📍 Şehrinizin Jugendamt'ı.

    🆘 Acil tehlike: 110 veya 112.

## Eğitim sırasında çocuk bakımı

cc-training =
    🎓 Meslek eğitimi veya Umschulung (yeniden eğitim) sırasında çocuk bakımı

    • Masraflar: Jobcenter veya Agentur für Arbeit (iş ajansı) çocuk bakımı için çocuk başına aylık { $care_cost_training } öder.
    • Koçluk (AVGS): Yol ve çocuk bakımı masrafları ödenebilir.
    • Almanca kursu: Ebeveynler için Integrationskurs'lar (uyum kursları), bazıları çocuk bakımlı ({ $ik_care_age_min }–{ $ik_care_age_max } yaş).
    • Yer: Meslek eğitimi alan kişinin { $kita_right_age } yaşından küçük çocuğu için de yer hakkı vardır.

    📍 Jobcenter'daki BCA (fırsat eşitliği görevlisi) veya Agentur für Arbeit – başlamadan önce sorun.

## Sonraki adımlar

cc-todo-register = Jugendamt veya şehrin Kita portalı: Çocuğunuzu Kita'ya veya gündüz bakıcısına kaydettirin – NRW'de { $kita_notice_months } ay önceden.
cc-todo-register-under1 = { $kita_right_age } yaşından küçük çocuk için: iş, eğitim veya iş arama belgesini götürün.
cc-todo-ganztag = İlkokul: Tam gün yere (OGS) kaydolun – en iyisi okul kaydıyla birlikte.
cc-todo-offhours = Jugendamt: Erken veya geç vardiya için gündüz bakıcısı isteyin – vardiya planınızı veya işveren belgesini götürün.
cc-todo-kkg = Çocuk hasta: Çocuk doktorundan belge alın, işvereninize haber verin, belgeyi Krankenkasse'ye verin.
cc-todo-haushaltshilfe = Krankenkasse: Haushaltshilfe (ev yardımı) için başvurun – doktor reçetesini götürün.
cc-todo-emergency-care = Haushaltshilfe yetmezse: Jugendamt'tan çocuk bakımı için yardım isteyin.
cc-todo-training-care = Jobcenter veya Agentur: Meslek eğitimi veya Umschulung için çocuk bakım masraflarına başvurun – başlamadan önce.
