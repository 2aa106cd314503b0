# Para ve yardımlar: tek tek yardımlar ve hak kontrolü.
# Tutarlar dialogs/figures.toml dosyasından gelir – buraya asla tutar yazmayın.
# Daire ve yardım adları Almanca kalır (ebeveynler bunları formlarda görür); parantez içinde açıklayın.

money-title = Para ve yardımlar

money-start =
    💶 Sizin ve çocuklarınız için para.

    En hızlısı: “Hangi haklarım var?” kontrolü – 5 kısa soru.
    Ya da yardımlara tek tek bakın.

money-opt-check = ✅ Hangi haklarım var?
money-opt-group-children = 👶 Çocuklar için para
money-opt-group-living = 🏠 Bürgergeld, Wohngeld
money-opt-group-school = 🎒 Okul, Kita, kulüpler
money-opt-group-law = ⚖️ Vergi, nafaka, hukuk
money-opt-details = 💶 Tek tek yardımlar
money-opt-yes = Evet
money-opt-no = Hayır

## Gruplar

money-group-children = 👶 Çocuklarınız için hangi yardım?
money-opt-kindergeld = Kindergeld (çocuk parası)
money-opt-kiz = Kinderzuschlag (ek ödenek)
money-opt-uvg = Unterhaltsvorschuss (avans)
money-opt-elterngeld = 🍼 Elterngeld (bebek)

money-group-living = 🏠 Geçim ve kira için para:
money-opt-buergergeld = Bürgergeld (temel gelir)
money-opt-mehrbedarf = ➕ Mehrbedarf (ek ödeme)
money-opt-wohngeld = 🏠 Wohngeld (kira yardımı)
money-opt-asylblg = Asylbewerberleistungen

money-group-school = 🎒 Okul, Kita ve boş zaman için para:
money-opt-but = 🎒 Bildung und Teilhabe
money-opt-kita-fees = 🧸 Ücretsiz Kita
money-opt-kita-place = 🧸 Kita yeri bulun
money-opt-school-ticket = 🚸 Okul yolu ve bilet

money-group-law = ⚖️ Vergi, nafaka ve hukuki danışma:
money-opt-tax = 🧾 Steuerklasse II (vergi)
money-opt-beistand = 🤝 Beistandschaft (nafaka)
money-opt-beratungshilfe = ⚖️ Beratungshilfe (avukat)

## Tek tek yardımlar

money-kindergeld =
    👶 Kindergeld (çocuk parası)

    Ne kadar? Çocuk başına aylık { $kindergeld } ({ $kindergeld_from } tarihinden beri).
    Kimler için? 18 yaşından küçük her çocuk için. 18 yaşından sonra { $kindergeld_age_max } yaşını doldurana kadar, yalnızca meslek eğitimi alıyor veya üniversite okuyorsa.
    AB'den değil misiniz? Çalışmaya veya yerleşmeye izin veren bir oturum izni gerekir. § 24 korumasındaki Ukraynalılar da alır.

    📍 Familienkasse (aile yardımları kurumu) – internetten veya posta ile.
    📄 Doğum belgesi, sizin ve çocuğun vergi numarası (Steuer-ID), kimlik veya oturum izni.

money-kiz =
    💶 Kinderzuschlag (KiZ, çocuk ek ödeneği)

    Çalışan ama az kazanan ebeveynler için.
    Ne kadar? Çocuk başına aylık en fazla { $kiz_max }, Sofortzuschlag (acil ek ödeme) dahil ({ $kiz_max_from } itibarıyla; 2026 tutarı henüz kesin değil).
    Kimler için? Ayda en az brüt { $kiz_min_income } kazanıyorsunuz ve Bürgergeld almıyorsunuz. Çocuk { $kindergeld_age_max } yaşından küçük.
    Nafaka ve Unterhaltsvorschuss %{ $kiz_child_income_share } oranında hesaba katılır.
    ➕ KiZ ile: çoğu zaman Wohngeld (kira yardımı), Bildung und Teilhabe ve ücretsiz Kita da.

    📍 Familienkasse (aile yardımları kurumu), internetten. { $kiz_months } ay geçerli, sonra yeniden başvurun.
    📄 Maaş bordroları, kira sözleşmesi, nafaka belgeleri.

money-uvg =
    🧾 Unterhaltsvorschuss (nafaka avansı)

    Diğer ebeveyn hiç, çok az veya düzensiz nafaka ödüyorsa.
    Aylık ne kadar ({ $uvg_0_5_from } tarihinden beri)?
    • 0–5 yaş: { $uvg_0_5 }
    • 6–11 yaş: { $uvg_6_11 }
    • 12–17 yaş: { $uvg_12_17 }
    Süre sınırı yok, { $uvg_age_max } yaşını doldurana kadar.
    Bürgergeld alıyorsanız: 12 yaş ve üstü çocuklar için yalnızca brüt en az { $uvg_sgb2_min_income } kazanıyorsanız ya da bununla artık Bürgergeld'e ihtiyacınız kalmıyorsa.
    Diğer ebeveynin bulunmasına yardım etmeniz gerekir.

    📍 Jugendamt (Gençlik Dairesi), Unterhaltsvorschussstelle (nafaka avansı birimi).
    📄 Doğum belgesi, kimlik, diğer ebeveynle ilgili bilgiler, ödeme belgeleri.

money-elterngeld =
    🍼 Elterngeld (ebeveyn parası)

    Bebeğinizle ilk dönem için. Tek ebeveyn olarak { $elterngeld_months } ayın tamamını tek başınıza alabilirsiniz.
    Ne kadar? Doğumdan önceki net maaşınızın %{ $elterngeld_rate_min } ile %{ $elterngeld_rate_max } arası, maaşınız düşükse daha fazla. Aylık en az { $elterngeld_min }, en fazla { $elterngeld_max }. ElterngeldPlus: { $elterngeld_plus_min } ile { $elterngeld_plus_max } arası, ama iki kat uzun süre.
    Bürgergeld alıyorsanız gelir sayılır – doğumdan önce çalıştıysanız { $elterngeld_free } tutarına kadarı size kalır.

    ⏰ Hızlı başvurun: geriye dönük sadece { $elterngeld_backpay_months } ay ödenir!
    📍 Şehrinizin Elterngeldstelle'si (ebeveyn parası dairesi).
    📄 Doğum belgesi, doğumdan önceki maaş bordroları.

money-buergergeld =
    🏠 Bürgergeld (temel gelir desteği)

    Geliriniz yetmiyorsa geçim parası – ayrıca kira ve ısınma.
    Aylık temel ödeme (Regelsatz, { $regelsatz_adult_from } tarihinden beri): siz { $regelsatz_adult }; çocuklar 0–5 yaş { $regelsatz_0_5 }, 6–13 yaş { $regelsatz_6_13 }, 14–17 yaş { $regelsatz_14_17 }.
    Kindergeld ve Unterhaltsvorschuss çocukların geliri sayılır. Buna tek ebeveynler için Mehrbedarf (ek ödeme) eklenir.
    Çocuğunuz { $bg_no_work_age } yaşından küçükse: iş kabul etmek zorunda değilsiniz (şimdiye kadarki kural; reform daha düşük bir sınır planlıyor – henüz kesin değil).

    ⚠️ “Neue Grundsicherung” reformu (Temmuz 2026'dan itibaren planlanıyor) kuralları değiştirmiş olabilir. Güncel durumu Jobcenter size söyler.
    📍 Jobcenter. 📄 Kimlik, kira sözleşmesi, banka hesap dökümleri, maaş bordroları.

money-mehrbedarf =
    ➕ Mehrbedarf für Alleinerziehende (tek ebeveynlere ek ödeme)

    Bürgergeld içinde ek para. Ayrı başvuru gerekmez – Jobcenter otomatik öder.
    Ne kadar? Temel ödemenin ({ $regelsatz_adult }) bir kısmı:
    • bir çocuk { $mb_age_small } yaşından küçükse veya { $mb_age_school } yaşından küçük 2–3 çocuk varsa %{ $mb_high }
    • yoksa 18 yaşından küçük her çocuk için %{ $mb_per_child }
    • en fazla %{ $mb_max }
    Hangisi yüksekse o geçerlidir.

    📍 Jobcenter. 👉 Bescheid'inize (resmî karar yazısı) bakın: “Mehrbedarf für Alleinerziehende” yazıyor mu? Yazmıyorsa sorun.

money-wohngeld =
    🏠 Wohngeld (kira yardımı)

    Kendi geliriniz var ama kıt kanaat geçiniyorsanız kiraya destek.
    Ne kadar? Kiraya, gelire ve evdeki kişi sayısına bağlı.
    Bürgergeld ile birlikte olmaz. Çoğu zaman Kinderzuschlag (çocuk ek ödeneği) ile birlikte – bu Bürgergeld'den daha iyi olabilir.
    ➕ Wohngeld ile: Bildung und Teilhabe, ücretsiz Kita, sosyal bilet.

    📍 Şehrinizin Wohngeldstelle'si (kira yardımı dairesi).
    📄 Kira sözleşmesi, gelir belgeleri, banka hesap dökümleri, kimlik.

money-asylblg =
    🛂 Asylbewerberleistungen (AsylbLG, sığınmacı yardımları)

    İltica sürecindeki veya Duldung (geçici ertelenme) belgesiyle kalan kişiler için. Yetkili daire Jobcenter değil, Sozialamt (sosyal yardım dairesi).
    Ne kadar? Yalnız yaşayan yetişkin: aylık { $asylblg_single } ({ $asylblg_single_from } itibarıyla; 2026 tutarı henüz kesin değil).
    Burada da: çocuklar için Bildung und Teilhabe ve ücretsiz Kita.

    🇺🇦 Ukrayna'dan 31.03.2025'ten sonra mı geldiniz? Plan: Temmuz 2026'dan itibaren Jobcenter yerine Sozialamt (henüz kesin değil). Jobcenter'a sorun.

    📍 Şehrinizin Sozialamt'ı. Yardım: Migrationsberatung (göçmen danışmanlığı, MBE, { $mbe_age_min } yaştan itibaren) veya Jugendmigrationsdienst (gençler için göç danışmanlığı, JMD, { $jmd_age_min }–{ $jmd_age_max } yaş).

money-but =
    🎒 Bildung und Teilhabe (BuT, eğitim ve katılım yardımı)

    Okula veya Kita'ya giden, { $kindergeld_age_max } yaşından küçük çocuklar için:
    • Okul ihtiyaçları: öğretim yılı başına { $but_school } (ağustosta { $but_school_aug }, şubatta { $but_school_feb }; { $but_school_from } itibarıyla, yeni tutar henüz kesin değil)
    • Kulüp, müzik, spor: aylık { $but_clubs } ({ $but_clubs_age } yaşından küçüklere)
    • Geziler, sınıf gezileri, öğle yemeği, özel ders, okul yolu
    Bürgergeld, Sozialhilfe (sosyal yardım), Wohngeld, Kinderzuschlag veya AsylbLG alan aileler için.

    📍 Bürgergeld ile: Jobcenter. Wohngeld veya Kinderzuschlag ile: belediye. AsylbLG ile: Sozialamt.
    📄 Aldığınız yardımın Bescheid'i (resmî karar yazısı), okul belgesi.

money-kita-fees =
    🧸 Ücretsiz Kita

    Şu yardımlardan birini alıyorsanız Kita (kreş), Kindertagespflege (gündüz bakıcısı) veya Hort (okul sonrası bakım) için ücret ödemezsiniz:
    Bürgergeld, Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag veya Wohngeld.
    Bu kendiliğinden olmaz: başvurmanız gerekir.
    Ganztag (OGS, tam gün okul): belediyeye sorun, orada da çoğu zaman geçerlidir.
    Kita ve okulda öğle yemeği: Bildung und Teilhabe üzerinden.

    📍 Şehrinizin Jugendamt'ı (Gençlik Dairesi).
    📄 Güncel Bescheid'iniz (resmî karar yazısı; ör. Bürgergeld, Wohngeld, Kinderzuschlag).

money-tax =
    🧾 Steuerklasse II (vergi sınıfı 2)

    Çalışan tek ebeveynler için: daha az gelir vergisi, her ay daha fazla net maaş.
    Entlastungsbetrag (vergi indirimi): yılda { $entlastung }, her ek çocuk için ayrıca { $entlastung_more }.
    Şart: çocuğunuz sizinle yaşıyor.

    📍 Finanzamt (vergi dairesi) – ELSTER ile internetten veya formla.
    📄 Vergi numarası (Steuer-ID), doğum belgesi veya Kindergeld Bescheid'i.

money-beistand =
    🤝 Beistandschaft – nafakada yardım

    Diğer ebeveyn hiç ya da çok az mı ödüyor? Jugendamt (Gençlik Dairesi) Beistand (yasal destekçi) olarak çocuğunuzun nafakasını hesaplayıp talep edebilir.
    Ücretsiz. Jugendamt'a bir başvuru yeterli. 18 yaşından küçük çocuklar için.

    Ayrıca: Unterhaltsvorschuss (nafaka avansı) – böylece çocuğunuz şimdiden para alır.

    📍 Şehrinizin Jugendamt'ı.
    📄 Doğum belgesi, diğer ebeveynle ilgili bilgiler, nafaka belgeleri (resmî senet, mektuplar, ödemeler).

money-beratungshilfe =
    ⚖️ Beratungshilfe (hukuki danışma yardımı)

    Bir avukattan danışmanlık – örneğin nafaka konusunda veya bir daireyle anlaşmazlıkta, mahkeme dışında.
    Geliri düşük kişiler için. Kendiniz yalnızca { $beratungshilfe_fee } ödersiniz.

    📍 Oturduğunuz yerdeki Amtsgericht (sulh mahkemesi): Orada bir Beratungsschein (danışma belgesi) alırsınız. Bununla avukata gidersiniz.
    📄 Kimlik, gelir belgeleri (ör. Bürgergeld Bescheid'i), banka hesap dökümleri, sorunla ilgili belgeler.

## Kontrol

money-check-ages =
    ✅ Kontrol: 5 kısa soru.

    Sizinle yaşayan çocuklarınız kaç yaşında?
    Yaşları rakamla yazın, ör.: 2 8
    1 yaşından küçük bebek: 0

money-check-ages-error = Bunu anlayamadım. Lütfen sadece 0 ile 26 arası rakamlar yazın, ör.: 2 8

money-check-bg = Jobcenter'dan Bürgergeld (temel gelir desteği) alıyor musunuz?

money-check-earnings = Kendiniz ayda ne kadar kazanıyorsunuz – brüt (kesintilerden önce)?
money-earn-none = Hiç
money-earn-under = { $kiz_min_income } altında
money-earn-from = { $kiz_min_income } – { $earnings_band_high } arası
money-earn-over = { $earnings_band_high } üstü

money-check-maintenance = Diğer ebeveyn çocuklar için nafaka ödüyor mu?
money-maint-pays = Evet, yeterli ve zamanında
money-maint-partly = Çok az veya düzensiz
money-maint-none = Hayır / bilmiyorum

money-check-residence = Son soru: Oturum durumunuza hangisi uyuyor?
money-res-de-eu = Alman veya AB vatandaşı
money-res-permit = Çalışma izinli oturum
money-res-ukraine = Ukrayna (§ 24 koruması)
money-res-asylum = İltica süreci veya Duldung

money-check-result = ✅ Sonucunuz – ilk bir tahmin, Bescheid (resmî karar) değil. Kararı daire verir.

## Sonuç satırları: yardım ve daire

money-benefit-kindergeld = Kindergeld (çocuk parası)
money-benefit-kiz = Kinderzuschlag (çocuk ek ödeneği)
money-benefit-uvg = Unterhaltsvorschuss (nafaka avansı)
money-benefit-buergergeld = Bürgergeld (temel gelir desteği)
money-benefit-mehrbedarf = Mehrbedarf für Alleinerziehende (tek ebeveyn ek ödemesi)
money-benefit-wohngeld = Wohngeld (kira yardımı)
money-benefit-but = Bildung und Teilhabe (okul ve kulüp masrafları)
money-benefit-kita-fees = Kita ücretinden muafiyet
money-benefit-elterngeld = Elterngeld (ebeveyn parası)
money-benefit-tax = Steuerklasse II (vergi sınıfı 2)
money-benefit-asylblg = Asylbewerberleistungen (sığınmacı yardımları)
money-benefit-beistand = Beistandschaft (nafakada yardım)
money-benefit-beratungshilfe = Beratungshilfe (hukuki danışma yardımı)

money-office-familienkasse = Familienkasse (aile yardımları kurumu)
money-office-uvg = Jugendamt (Unterhaltsvorschussstelle)
money-office-jobcenter = Jobcenter
money-office-wohngeld = Wohngeldstelle (belediyenin kira yardımı dairesi)
money-office-but =
    { $buergergeld ->
        [true] Jobcenter
       *[other]
            { $residence ->
                [asylum] Sozialamt (sosyal yardım dairesi)
               *[other] Stadt (belediyenin BuT birimi)
            }
    }
money-office-jugendamt = Jugendamt (Gençlik Dairesi)
money-office-elterngeld = Elterngeldstelle (ebeveyn parası dairesi)
money-office-finanzamt = Finanzamt (vergi dairesi)
money-office-sozialamt = Sozialamt (sosyal yardım dairesi)
money-office-amtsgericht = Amtsgericht (sulh mahkemesi)

## Gerekçeler (tek satır)

money-kg-reason-age = Yalnızca { $kindergeld_age_max } yaşından küçük çocuklar için.
money-kg-reason-asylum = Statünüze bağlı. Familienkasse'ye veya göçmen danışmanlığına sorun.
money-kg-reason-adult = Ayda en fazla { $total } (çocuk başına { $kindergeld }). 18 yaş ve üstü çocuklar yalnızca meslek eğitimi veya üniversitede.
money-kg-reason-yes = Ayda { $total } (çocuk başına { $kindergeld }).

money-kiz-reason-age = Yalnızca { $kindergeld_age_max } yaşından küçük çocuklar için.
money-kiz-reason-switch = Maaşınızla Bürgergeld yerine Kinderzuschlag ve Wohngeld uygun olabilir. Familienkasse'nin “KiZ-Lotse” aracıyla (internette kontrol) bakın.
money-kiz-reason-bg = Bürgergeld ile birlikte olmaz.
money-kiz-reason-income = Ayda en az brüt { $kiz_min_income } kazanmanız gerekir.
money-kiz-reason-asylum = Yalnızca Kindergeld alıyorsanız. Familienkasse'ye sorun.
money-kiz-reason-yes = Çocuk başına ayda en fazla { $kiz_max } ({ $kiz_max_from } itibarıyla, 2026 henüz kesin değil), Wohngeld ile iyi gider. Ayrıca: Bildung und Teilhabe, ücretsiz Kita. { $kiz_months } ay geçerli.
money-kiz-reason-high = Kiraya ve gelire bağlı. Çocuk başına en fazla { $kiz_max } ({ $kiz_max_from } itibarıyla, 2026 henüz kesin değil).

money-uvg-reason-pays = Yalnızca diğer ebeveyn hiç, çok az veya düzensiz ödüyorsa.
money-uvg-reason-age = Yalnızca { $uvg_age_max } yaşından küçük çocuklar için.
money-uvg-reason-bg-mixed = 12 yaşından küçük çocuklar için: toplam ayda { $total }. 12–17 yaş çocuklar için yalnızca brüt en az { $uvg_sgb2_min_income } kazanıyorsanız ya da bununla artık Bürgergeld'e ihtiyacınız kalmıyorsa.
money-uvg-reason-bg-teen = Bürgergeld ile 12–17 yaş çocuklar için yalnızca brüt en az { $uvg_sgb2_min_income } kazanıyorsanız ya da bununla artık Bürgergeld'e ihtiyacınız kalmıyorsa. Çocuk başına { $uvg_12_17 }.
money-uvg-reason-yes = Toplam ayda { $total }, 18 yaşını doldurana kadar (çocuk başına: 0–5 yaş { $uvg_0_5 }, 6–11 yaş { $uvg_6_11 }, 12–17 yaş { $uvg_12_17 }).

money-bg-reason-yes = Alıyorsunuz. “Neue Grundsicherung” reformu kuralları değiştirmiş olabilir – Jobcenter'a sorun.
money-bg-reason-asylum = Bürgergeld yerine: Sozialamt'tan Asylbewerberleistungen.
money-bg-reason-maybe = Hakkınız olabilir – ayrıca kira ve ısınma. Kurallar reformla değişmiş olabilir: Jobcenter'a sorun.

money-mb-reason = Temel ödemeden %{ $percent }: ayda yaklaşık { $amount }. Otomatik ödenir – Bescheid'inizi kontrol edin.

money-wg-reason-bg = Bürgergeld ile birlikte olmaz.
money-wg-reason-asylum = Statünüze bağlı. Sozialamt'a veya göçmen danışmanlığına sorun.
money-wg-reason-none = Geçiminize yeten kendi geliriniz olmalı.
money-wg-reason-yes = Kiraya destek. Tutar kiraya, gelire ve hane büyüklüğüne bağlı. Kinderzuschlag ile iyi gider.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] Gelir düşükse çoğu zaman yetmez. Hangisi daha uygun, kontrol ettirin: Wohngeld mi, Bürgergeld mi?
       *[other] Kiraya, gelire ve hane büyüklüğüne bağlı. Kontrol ettirin.
    }

money-but-reason-jobcenter = Okul ihtiyaçları için öğretim yılında { $but_school } ({ $but_school_from } itibarıyla, yeni tutar henüz kesin değil), kulüpler için ayda { $but_clubs }, geziler, öğle yemeği.
money-but-reason-sozialamt = Okul ihtiyaçları için öğretim yılında { $but_school } ({ $but_school_from } itibarıyla, yeni tutar henüz kesin değil), kulüpler için ayda { $but_clubs }, geziler, öğle yemeği.
money-but-reason-city = Kinderzuschlag veya Wohngeld alıyorsanız: okul ihtiyaçları, geziler, öğle yemeği, kulüpler. Başvuru belediyeye.

money-fee-reason-yes = Kita, gündüz bakıcısı veya Hort için ücret yok. Başvurmanız gerekir.
money-fee-reason-maybe = Kinderzuschlag veya Wohngeld alıyorsanız: Kita, gündüz bakıcısı veya Hort için ücret yok.

money-eg-reason-yes = Bebeğiniz için: { $elterngeld_months } ayın tamamı yalnız size. Hızlı başvurun – geriye dönük sadece { $elterngeld_backpay_months } ay ödenir.
money-eg-reason-bg = Bürgergeld'de gelir sayılır – doğumdan önce çalıştıysanız { $elterngeld_free } tutarına kadarı size kalır. Hızlı başvurun.

money-tax-reason-yes = Daha az gelir vergisi: yılda { $total } vergi indirimi ({ $entlastung }, artı her ek çocuk için { $entlastung_more }).
money-tax-reason-small = Düşük maaşla genelde gelir vergisi ödemezsiniz. Daha fazla kazandığınızda önemli olur.

money-asyl-reason-yes = Jobcenter yerine Sozialamt'tan. Yalnız yaşayan yetişkin: { $asylblg_single } ({ $asylblg_single_from } itibarıyla, 2026 henüz kesin değil).
money-asyl-reason-ukraine = 31.03.2025'ten sonra mı geldiniz? Plan: Temmuz 2026'dan itibaren Jobcenter yerine Sozialamt (henüz kesin değil).

money-beistand-reason = Jugendamt çocuğunuzun nafakasını sizin için alır – ücretsiz.
money-bh-reason = Geliriniz düşükse bir avukattan danışmanlık. Yalnızca { $beratungshilfe_fee } ödersiniz.

## Sonraki adımlar (özet)

money-todo-kindergeld = Familienkasse (aile yardımları kurumu): Kindergeld için başvurun – internetten veya posta ile. Doğum belgesi ve vergi numaralarını hazır tutun.
money-todo-kg-asylum = Familienkasse veya göçmen danışmanlığı: Statünüzle Kindergeld ve Kinderzuschlag alıp alamayacağınızı sorun.
money-todo-kiz = Familienkasse: Kinderzuschlag için internetten başvurun – maaş bordroları, kira sözleşmesi, nafaka belgeleri.
money-todo-kiz-lotse = Familienkasse: KiZ-Lotse ile Bürgergeld yerine Kinderzuschlag ve Wohngeld uygun mu, kontrol edin.
money-todo-uvg = Jugendamt (Unterhaltsvorschussstelle): Unterhaltsvorschuss için başvurun – doğum belgesi, diğer ebeveynle ilgili bilgiler.
money-todo-elterngeld = Elterngeldstelle: Doğumdan hemen sonra Elterngeld için başvurun (geriye dönük sadece { $elterngeld_backpay_months } ay) – doğum belgesi, maaş bordroları.
money-todo-buergergeld = Jobcenter: Bürgergeld'i (kira ve ısınma dahil) kontrol ettirin ve yeni kuralları sorun – kimlik, kira sözleşmesi, banka hesap dökümleri.
money-todo-mehrbedarf = Jobcenter: Bescheid'de “Mehrbedarf für Alleinerziehende” var mı, kontrol edin. Yoksa sorun.
money-todo-wohngeld = Belediyenin Wohngeldstelle'si: Wohngeld için başvurun – kira sözleşmesi, gelir belgeleri, banka hesap dökümleri.
money-todo-asylblg = Sozialamt: Asylbewerberleistungen – oturum belgenizi götürün. Yardım: göçmen danışmanlığı.
money-todo-ukraine = Jobcenter'a sorun: Hâlâ onlar mı yetkili, yoksa artık Sozialamt mı? (31.03.2025'ten sonra gelenler için)
money-todo-but = Bildung und Teilhabe için başvurun: Jobcenter (Bürgergeld), belediye (Wohngeld, Kinderzuschlag) veya Sozialamt (AsylbLG).
money-todo-but-jobcenter = Jobcenter: Bildung und Teilhabe için başvurun (okul ihtiyaçları, geziler, öğle yemeği, kulüpler).
money-todo-but-sozialamt = Sozialamt: Çocuklar için Bildung und Teilhabe başvurusu yapın.
money-todo-but-city = Belediye: Kinderzuschlag veya Wohngeld onaylanır onaylanmaz Bildung und Teilhabe için başvurun.
money-todo-kita-fees = Jugendamt: Kita ve Hort ücretinden muafiyet için başvurun – güncel Bescheid'inizi götürün.
money-todo-tax = Finanzamt: Steuerklasse II için başvurun (ELSTER ile internetten veya formla) – vergi numaranızı hazır tutun.
money-todo-beistand = Jugendamt: Beistandschaft için başvurun (ücretsiz) – doğum belgesi, nafaka belgeleri.
money-todo-beratungshilfe = Amtsgericht: Beratungsschein (danışma belgesi) alın – gelir belgelerinizi götürün. Kendi payınız { $beratungshilfe_fee }.
