# Eğitim ve iş. Sayılar dialogs/figures.toml dosyasından gelir.

train-title = Eğitim ve iş

train-start =
    🎓 Eğitim ve iş

    İlk adresiniz: Jobcenter'daki BCA (Beauftragte für Chancengleichheit am Arbeitsmarkt – fırsat eşitliği görevlisi). Özellikle tek ebeveynler için oradadır.
    Bürgergeld almıyorsanız: Agentur für Arbeit (iş ajansı).

    Neyle ilgileniyorsunuz?

train-opt-german = 🗣️ Önce Almanca öğrenin
train-opt-parttime = 🧰 Yarı zamanlı meslek eğitimi
train-opt-retraining = 🔄 Umschulung (yeni meslek)
train-opt-avgs = 🤝 İş için koçluk
train-opt-recognition = 📜 Yurt dışından diploma
train-opt-bsk = 🗣️ Meslek için Almanca
train-opt-licence = 🚗 Ehliyet

train-german =
    🗣️ Integrationskurs (uyum kursu, BAMF)

    • { $ik_hours } ders saati Almanca ve oryantasyon. Ebeveynler veya kadınlar için kurslar: { $ik_hours_parents } ders saati, bazıları çocuk bakımlı ({ $ik_care_age_min }–{ $ik_care_age_max } yaş).
    • Ücret: ders saati başına { $ik_fee_lesson }. Bürgergeld ile ücretsiz.
    • Şubat 2026'dan beri BAMF gönüllü katılımcıları belki artık kabul etmiyor (henüz kesin değil).

    📍 Kayıt: Jobcenter üzerinden (Bürgergeld ile) veya BAMF (Federal Göç ve Mülteci Dairesi) üzerinden. Yardım: Migrationsberatung (göçmen danışmanlığı, MBE, { $mbe_age_min } yaştan itibaren) veya Jugendmigrationsdienst (gençler için göç danışmanlığı, JMD, { $jmd_age_min }–{ $jmd_age_max } yaş).

train-bsk =
    🗣️ Berufssprachkurs – meslek için Almanca

    Almancası B1 ve üstü olan herkes için. Seviyeler: B1 → B2, B2 → C1, C1 → C2.
    Vergiye tabi geliriniz yılda { $bsk_income_limit } altındaysa ücretsiz.

    📍 Kabul: Jobcenter veya Agentur für Arbeit (iş ajansı). Çalışıyorsanız: doğrudan BAMF.
    📄 Son dil sertifikanız (ör. B1).

train-parttime =
    🧰 Ausbildung in Teilzeit (yarı zamanlı meslek eğitimi, § 7a BBiG)

    Normal bir meslek eğitimi – daha az saatle:
    • çalışma süresi %{ $tza_max_cut } oranına kadar azalabilir
    • bu yüzden daha uzun sürer (en fazla 1,5 katı)
    • işyerinin onay vermesi gerekir
    • eğitim ücreti de buna göre daha düşük olabilir

    📍 Jobcenter'daki BCA veya Agentur für Arbeit'ın meslek danışmanlığı: Bir işyeri bulmanıza yardım ederler.
    🧸 Çocuk bakımını erkenden ayarlayın – Kita veya tam gün okul.

train-retraining =
    🔄 Bildungsgutschein (eğitim çeki) ile Umschulung (yeniden meslek eğitimi)

    Diplomalı yeni bir meslek – yarı zamanlı da mümkün.
    Bildungsgutschein'ı Jobcenter veya Agentur für Arbeit verir. Kesin bir hak yoktur (takdir yetkisi) – iyi gerekçeler yardımcı olur.

    💶 Ayrıca:
    • Weiterbildungsgeld (eğitim ödeneği): aylık { $wb_geld }
    • Prim: ara sınav için { $wb_bonus_mid }, bitirme sınavı için { $wb_bonus_final }
    • Çocuk bakımı: çocuk başına aylık { $care_cost_training }

    📍 Jobcenter'daki BCA veya Agentur für Arbeit.
    📄 Özgeçmiş, diploma ve belgeler, meslek fikriniz.

train-avgs =
    🤝 AVGS ile koçluk (Aktivierungs- und Vermittlungsgutschein – iş bulma çeki)

    Bir danışman işe giden yolda size yardım eder: başvuru, iş arama, aile ve iş için bir plan.
    • Sizin için ücretsiz.
    • Yol masrafları ve çocuk bakımı ödenebilir.

    📍 Jobcenter (BCA) veya Agentur für Arbeit: AVGS isteyin. Sonra bir kurum seçersiniz.

train-recognition =
    📜 Yurt dışı diplomanızın tanınması (denklik)

    Denklik başvurusu yapma hakkınız var – oturum durumunuz ne olursa olsun.
    1. Anerkennungs-Finder (denklik bulucu): Hangi kurumun yetkili olduğunu gösterir – www.anerkennung-in-deutschland.de
    2. IQ-Beratung (Netzwerk IQ): Denklik konusunda ücretsiz danışmanlık.
    3. Masraflar: Anerkennungszuschuss (denklik desteği) yardımcı olabilir. Jobcenter'a veya Agentur'a da sorun.

    📄 Diplomalar, belgeler, iş deneyimi belgeleri.

## Sonraki adımlar

train-todo-bca = Jobcenter: BCA'dan (fırsat eşitliği görevlisi) randevu alın. Bürgergeld almıyorsanız: Agentur für Arbeit.
train-todo-ik = Integrationskurs: Jobcenter veya BAMF üzerinden kaydolun ve çocuk bakımlı bir kurs sorun. Yardım: MBE veya JMD.
train-todo-bsk = Berufssprachkurs: Kabulü Jobcenter'dan, Agentur'dan veya (çalışıyorsanız) BAMF'tan alın.
train-todo-parttime = BCA veya meslek danışmanlığı: Yarı zamanlı meslek eğitimini konuşun – özgeçmiş ve belgelerinizi götürün.
train-todo-retraining = Jobcenter'daki BCA veya Agentur: Umschulung (yarı zamanlı da olur) için Bildungsgutschein başvurusu yapın.
train-todo-avgs = Jobcenter veya Agentur: Koçluk için AVGS isteyin – yol ve çocuk bakımı masraflarına da başvurun.
train-todo-recognition = Anerkennungs-Finder'ı kullanın ve IQ-Beratung ile iletişime geçin – belgelerinizi hazır tutun.
