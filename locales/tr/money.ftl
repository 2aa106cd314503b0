# Para ve yardımlar: tek tek yardımlar ve hak kontrolü.
# Tutarlar dialogs/figures.toml dosyasından gelir – buraya asla tutar yazmayın.
# Daire ve yardım adları terms.ftl dosyasındaki terimlerden gelir: { -wohngeld }.
# Bir ekranda ilk geçtiği yerde uzun biçim (ad + açıklama), sonra kısa biçim.

money-title = Para ve yardımlar

money-start =
    💶 Sizin ve çocuklarınız için para.

    En hızlısı: “Hangi haklarım var?” kontrolü – 5 kısa soru.
    Ya da yardımlara tek tek bakın.

money-opt-check = ✅ Hangi haklarım var?
money-opt-group-children = 👶 Çocuklar için para
money-opt-group-living = 🏠 Geçim ve kira için para
money-opt-group-school = 🎒 Okul, { -kita }, kulüpler
money-opt-group-law = ⚖️ Vergi, nafaka, hukuk
money-opt-details = 💶 Tek tek yardımlar
money-opt-yes = Evet
money-opt-no = Hayır

## Gruplar

money-group-children = 👶 Çocuklarınız için hangi yardım?
money-opt-kindergeld = { -kindergeld(form: "long") }
money-opt-kiz = { -kinderzuschlag(form: "long") }
money-opt-uvg = { -unterhaltsvorschuss(form: "long") }
money-opt-elterngeld = 🍼 { -elterngeld(form: "long") }

money-group-living = 🏠 Geçim ve kira için para:
money-opt-buergergeld = { -buergergeld(form: "long") }
money-opt-mehrbedarf = ➕ Tek ebeveyn ek ödemesi
money-opt-wohngeld = 🏠 { -wohngeld(form: "long") }
money-opt-asylblg = 🛂 İltica: sığınmacı yardımları

money-group-school = 🎒 Okul, { -kita(form: "long") } ve boş zaman için para:
money-opt-but = 🎒 { -bildung-und-teilhabe }
money-opt-kita-fees = 🧸 Ücretsiz { -kita }
money-opt-kita-place = 🧸 { -kita }'da yer bulun
money-opt-school-ticket = 🚸 Okul yolu ve bilet

money-group-law = ⚖️ Vergi, nafaka ve hukuki danışma:
money-opt-tax = 🧾 { -steuerklasse-2(form: "long") }
money-opt-beistand = 🤝 { -beistandschaft } (nafaka)
money-opt-beratungshilfe = ⚖️ { -beratungshilfe } (avukat)

## Tek tek yardımlar

money-kindergeld =
    👶 { -kindergeld(form: "long") }

    Ne kadar? Çocuk başına ayda { $kindergeld } ({ $kindergeld_from } tarihinden beri).
    Kimler için? 18 yaşından küçük her çocuk için. 18 yaşından sonra yalnızca meslek eğitimi alıyor veya üniversitede okuyorsa, { $kindergeld_age_max } yaşını doldurana kadar.
    AB'den gelmiyorsanız: Çalışmanıza izin veren bir { -aufenthaltstitel(form: "long") } veya bir Niederlassungserlaubnis (süresiz oturma izni) gerekir. Ukrayna'dan gelip § 24 kapsamında koruma alan kişiler de alır.

    📍 { -familienkasse(form: "long") } – internetten veya posta ile.
    📄 Doğum belgesi, sizin ve çocuğun { -steuer-id(form: "long") }, kimlik veya oturum izni.

money-kiz =
    💶 { -kinderzuschlag(form: "long") }

    Çalışan ama az kazanan ebeveynler için.
    Ne kadar? Çocuk başına ayda en fazla { $kiz_max }; buna Sofortzuschlag (çocuklara ek acil ödeme) dahil ({ $kiz_max_from } itibarıyla; 2026 tutarı henüz kesin değil).
    Kimler için? Ayda en az brüt { $kiz_min_income } kazanıyorsunuz ve { -buergergeld(form: "long") } almıyorsunuz. Çocuk { $kindergeld_age_max } yaşından küçük.
    Nafaka ve { -unterhaltsvorschuss(form: "long") } yüzde { $kiz_child_income_share } oranında gelir sayılır.
    ➕ { -kinderzuschlag } ile çoğu zaman şunlar da olur: { -wohngeld(form: "long") }, { -bildung-und-teilhabe(form: "long") } ve ücretsiz { -kita(form: "long") }.

    📍 { -familienkasse(form: "long") }, internetten. { $kiz_months } ay geçerli, sonra yeniden başvurun.
    📄 Maaş bordroları, kira sözleşmesi, nafaka belgeleri.

money-uvg =
    🧾 { -unterhaltsvorschuss(form: "long") }

    Diğer ebeveyn nafaka ödemiyorsa, çok az ödüyorsa veya düzensiz ödüyorsa.
    Ayda ne kadar ({ $uvg_0_5_from } tarihinden beri)?
    • 0–5 yaş: { $uvg_0_5 }
    • 6–11 yaş: { $uvg_6_11 }
    • 12–17 yaş: { $uvg_12_17 }
    Süre sınırı yok; çocuk { $uvg_age_max } yaşını doldurana kadar.
    { -buergergeld(form: "long") } alıyorsanız: 12 yaş ve üstü çocuklar için yalnızca ayda en az brüt { $uvg_sgb2_min_income } kazanıyorsanız ya da bu yardımla artık { -buergergeld }'e ihtiyacınız kalmıyorsa.
    Diğer ebeveynin bulunmasına yardım etmeniz gerekir.

    📍 { -jugendamt(form: "long") }, orada: { -unterhaltsvorschussstelle(form: "long") }.
    📄 Doğum belgesi, kimlik, diğer ebeveynle ilgili bilgiler, ödeme belgeleri.

money-elterngeld =
    🍼 { -elterngeld(form: "long") }

    Bebeğinizle ilk aylar için. Tek ebeveyn olarak { $elterngeld_months } ayın tamamını tek başınıza alabilirsiniz.
    Ne kadar? Doğumdan önceki net maaşınızın yüzde { $elterngeld_rate_min } ile yüzde { $elterngeld_rate_max } arası; maaşınız düşükse oran daha yüksektir. Ayda en az { $elterngeld_min }, en fazla { $elterngeld_max }. { -elterngeld-plus(form: "long") }: { $elterngeld_plus_min } ile { $elterngeld_plus_max } arası, ama iki kat uzun.
    { -buergergeld(form: "long") } alıyorsanız { -elterngeld } gelir sayılır. Doğumdan önce çalıştıysanız { $elterngeld_free } tutarına kadarı size kalır.

    ⏰ Hemen başvurun! Başvurudan önceki dönem için en fazla { $elterngeld_backpay_months } ay ödenir.
    📍 Şehrinizdeki { -elterngeldstelle(form: "long") }.
    📄 Doğum belgesi, doğumdan önceki maaş bordroları.

money-buergergeld =
    🏠 { -buergergeld(form: "long") }

    Geliriniz yetmiyorsa geçim için para – ayrıca kira ve ısınma.
    Aylık temel ödeme (Regelsatz, { $regelsatz_adult_from } tarihinden beri): siz { $regelsatz_adult }; çocuklar 0–5 yaş { $regelsatz_0_5 }, 6–13 yaş { $regelsatz_6_13 }, 14–17 yaş { $regelsatz_14_17 }.
    { -kindergeld(form: "long") } ve { -unterhaltsvorschuss(form: "long") } çocukların geliri sayılır. Tek ebeveynlere ayrıca { -mehrbedarf(form: "long") } ödenir.
    Çocuğunuz { $bg_no_work_age } yaşından küçükse iş kabul etmek zorunda değilsiniz (bugüne kadarki kural; reformla bu yaş sınırı düşebilir – henüz kesin değil).

    ⚠️ Temmuz 2026'dan itibaren planlanan { -neue-grundsicherung(form: "long") } reformu kuralları değiştirmiş olabilir. Güncel durumu { -jobcenter(form: "long") } size söyler.
    📍 { -jobcenter }. 📄 Kimlik, kira sözleşmesi, banka hesap dökümleri, maaş bordroları.

money-mehrbedarf =
    ➕ { -mehrbedarf(form: "long") }

    { -buergergeld(form: "long") } içinde ek para. Ayrıca başvurmanız gerekmez – { -jobcenter(form: "long") } bunu kendiliğinden öder.
    Ne kadar? Temel ödemenin ({ $regelsatz_adult }) bir kısmı:
    • bir çocuk { $mb_age_small } yaşından küçükse veya { $mb_age_school } yaşından küçük 2–3 çocuk varsa yüzde { $mb_high }
    • yoksa 18 yaşından küçük her çocuk için yüzde { $mb_per_child }
    • en fazla yüzde { $mb_max }
    Hangisi daha yüksekse o geçerlidir.

    📍 { -jobcenter }. 👉 { -bescheid(form: "long") } içinde bakın: “{ -mehrbedarf }” yazıyor mu? Yazmıyorsa sorun.

money-wohngeld =
    🏠 { -wohngeld(form: "long") }

    Kendi geliriniz var ama zor geçiniyorsanız kiraya destek.
    Ne kadar? Kiraya, gelire ve evde yaşayan kişi sayısına bağlı.
    { -buergergeld(form: "long") } ile birlikte alınmaz. Çoğu zaman { -kinderzuschlag(form: "long") } ile birlikte alınır – bu, { -buergergeld }'den daha iyi olabilir.
    ➕ { -wohngeld } ile: { -bildung-und-teilhabe(form: "long") }, ücretsiz { -kita(form: "long") }, { -sozialticket(form: "long") }.

    📍 Şehrinizdeki { -wohngeldstelle(form: "long") }.
    📄 Kira sözleşmesi, gelir belgeleri, banka hesap dökümleri, kimlik.

money-asylblg =
    🛂 { -asylbewerberleistungen(form: "long") }

    İltica sürecindeki kişiler veya { -duldung(form: "long") } ile kalanlar için. Yetkili daire { -jobcenter } değil, { -sozialamt(form: "long") }.
    Ne kadar? Partneri olmayan yetişkin: ayda { $asylblg_single } ({ $asylblg_single_from } itibarıyla; 2026 tutarı henüz kesin değil).
    Burada da çocuklar için: { -bildung-und-teilhabe(form: "long") } ve ücretsiz { -kita(form: "long") }.

    🇺🇦 Ukrayna'dan 31.03.2025'ten sonra mı geldiniz? Plan: Temmuz 2026'dan itibaren { -jobcenter } yerine { -sozialamt } (henüz kesin değil). { -jobcenter }'a sorun.

    📍 Şehrinizdeki { -sozialamt }. Yardım: { -mbe(form: "long") }, { $mbe_age_min } yaşından itibaren, veya { -jmd(form: "long") }, { $jmd_age_min }–{ $jmd_age_max } yaş.

money-but =
    🎒 { -bildung-und-teilhabe(form: "long") }

    Okula veya { -kita }'ya giden, { $kindergeld_age_max } yaşından küçük çocuklar için:
    • Okul malzemeleri: öğretim yılı başına { $but_school } (ağustosta { $but_school_aug }, şubatta { $but_school_feb }; { $but_school_from } itibarıyla, yeni tutar henüz kesin değil)
    • Kulüp, müzik, spor: ayda { $but_clubs } ({ $but_clubs_age } yaşından küçüklere)
    • Geziler, sınıf gezileri, öğle yemeği, özel ders, okul yolu
    Şu yardımları alan aileler için: { -buergergeld(form: "long") }, { -sozialhilfe(form: "long") }, { -wohngeld(form: "long") }, { -kinderzuschlag(form: "long") } veya { -asylbewerberleistungen(form: "long") }.

    📍 { -buergergeld } ile: { -jobcenter(form: "long") }. { -wohngeld } veya { -kinderzuschlag } ile: belediye. { -asylbewerberleistungen } ile: { -sozialamt(form: "long") }.
    📄 Aldığınız yardımın { -bescheid(form: "long") }, okul belgesi.

money-kita-fees =
    🧸 { -kita } ücreti yok

    Şu yardımlardan birini alıyorsanız { -kita(form: "long") }, { -kindertagespflege(form: "long") } veya { -hort(form: "long") } için ücret ödemezsiniz:
    { -buergergeld(form: "long") }, { -sozialhilfe(form: "long") }, { -asylbewerberleistungen(form: "long") }, { -kinderzuschlag(form: "long") } veya { -wohngeld(form: "long") }.
    Bu kendiliğinden olmaz: başvurmanız gerekir.
    { -ogs(form: "long") }: belediyeye sorun, orada da çoğu zaman geçerlidir.
    { -kita }'da ve okulda öğle yemeği: { -bildung-und-teilhabe(form: "long") } üzerinden.

    📍 Şehrinizdeki { -jugendamt(form: "long") }.
    📄 Güncel { -bescheid(form: "long") }: ör. { -buergergeld }, { -wohngeld } veya { -kinderzuschlag } için.

money-tax =
    🧾 { -steuerklasse-2(form: "long") }

    Çalışan tek ebeveynler için: daha az gelir vergisi, her ay daha fazla net maaş.
    { -entlastungsbetrag(form: "long") }: gelirinizin yılda { $entlastung } kadarı vergisiz kalır; her ek çocuk için { $entlastung_more } daha.
    Şart: çocuğunuz sizinle yaşıyor.

    📍 { -finanzamt(form: "long") } – ELSTER ile internetten veya formla.
    📄 { -steuer-id(form: "long") }, doğum belgesi veya { -kindergeld } için aldığınız { -bescheid(form: "long") }.

money-beistand =
    🤝 { -beistandschaft(form: "long") }

    Diğer ebeveyn nafaka ödemiyor mu veya çok az mı ödüyor? { -jugendamt(form: "long") } yasal destekçi (Beistand) olarak çocuğunuzun nafakasını hesaplar ve diğer ebeveynden ister. Para çocuğunuza gelir.
    Ücretsiz. { -jugendamt }'a bir başvuru yeterli. 18 yaşından küçük çocuklar için.

    Ayrıca: { -unterhaltsvorschuss(form: "long") } – böylece çocuğunuz parayı hemen alır.

    📍 Şehrinizdeki { -jugendamt }.
    📄 Doğum belgesi, diğer ebeveynle ilgili bilgiler, nafaka belgeleri (resmî senet, mektuplar, ödemeler).

money-beratungshilfe =
    ⚖️ { -beratungshilfe(form: "long") }

    Bir avukattan danışmanlık alırsınız. Örneğin nafaka konusunda veya bir daireyle anlaşmazlıkta. Mahkemedeki bir dava için geçerli değildir.
    Geliri düşük kişiler için. Kendiniz yalnızca { $beratungshilfe_fee } ödersiniz.

    📍 Oturduğunuz yerdeki { -amtsgericht(form: "long") }: Orada bir Beratungsschein (danışma belgesi) alırsınız. Bu belgeyle avukata gidersiniz.
    📄 Kimlik, gelir belgeleri (ör. { -buergergeld } için resmî karar yazısı – { -bescheid }), banka hesap dökümleri, sorunla ilgili belgeler.

## Kontrol

money-check-ages =
    ✅ Kontrol: 5 kısa soru.

    Sizinle yaşayan çocuklarınız kaç yaşında?
    Yaşları rakamla yazın, ör.: 2 8
    1 yaşından küçük bebek için: 0

money-check-ages-error = Bunu anlayamadım. Lütfen yalnızca 0 ile 26 arasında sayılar yazın, ör.: 2 8

money-check-bg = { -jobcenter }'dan { -buergergeld(form: "long") } alıyor musunuz?

money-check-earnings = Kendiniz ayda ne kadar kazanıyorsunuz – brüt (kesintilerden önce)?
money-earn-none = Hiç
money-earn-under = { $kiz_min_income } altında
money-earn-from = { $kiz_min_income } – { $earnings_band_high } arası
money-earn-over = { $earnings_band_high } üstünde

money-check-maintenance = Diğer ebeveyn çocuklar için nafaka ödüyor mu?
money-maint-pays = Evet, yeterli ve zamanında
money-maint-partly = Çok az veya düzensiz
money-maint-none = Hayır / bilmiyorum

money-check-residence = Son soru: Oturum durumunuz nedir?
money-res-de-eu = Alman veya AB vatandaşı
money-res-permit = Çalışma izinli { -aufenthaltstitel }
money-res-ukraine = Ukrayna (§ 24 koruması)
money-res-asylum = İltica süreci veya { -duldung }

money-check-result = ✅ Sonucunuz – ilk bir tahmin, resmî karar ({ -bescheid }) değil. Kararı daire verir.

## Sonuç satırları: yardım ve daire

money-benefit-kindergeld = { -kindergeld(form: "long") }
money-benefit-kiz = { -kinderzuschlag(form: "long") }
money-benefit-uvg = { -unterhaltsvorschuss(form: "long") }
money-benefit-buergergeld = { -buergergeld(form: "long") }
money-benefit-mehrbedarf = { -mehrbedarf(form: "long") }
money-benefit-wohngeld = { -wohngeld(form: "long") }
money-benefit-but = { -bildung-und-teilhabe(form: "long") }
money-benefit-kita-fees = { -kita } ücreti yok
money-benefit-elterngeld = { -elterngeld(form: "long") }
money-benefit-tax = { -steuerklasse-2(form: "long") }
money-benefit-asylblg = { -asylbewerberleistungen(form: "long") }
money-benefit-beistand = { -beistandschaft(form: "long") }
money-benefit-beratungshilfe = { -beratungshilfe(form: "long") }

money-office-familienkasse = { -familienkasse(form: "long") }
money-office-uvg = { -jugendamt(form: "long") } – { -unterhaltsvorschussstelle }
money-office-jobcenter = { -jobcenter(form: "long") }
money-office-wohngeld = Belediyedeki { -wohngeldstelle(form: "long") }
money-office-but =
    { $buergergeld ->
        [true] { -jobcenter(form: "long") }
       *[other]
            { $residence ->
                [asylum] { -sozialamt(form: "long") }
               *[other] Belediye ({ -bildung-und-teilhabe } birimi)
            }
    }
money-office-jugendamt = { -jugendamt(form: "long") }
money-office-elterngeld = { -elterngeldstelle(form: "long") }
money-office-finanzamt = { -finanzamt(form: "long") }
money-office-sozialamt = { -sozialamt(form: "long") }
money-office-amtsgericht = { -amtsgericht(form: "long") }

## Gerekçeler (tek satır)

money-kg-reason-age = Yalnızca { $kindergeld_age_max } yaşından küçük çocuklar için.
money-kg-reason-asylum = Oturum durumunuza bağlı. { -familienkasse }'ye veya göçmen danışmanlığına sorun.
money-kg-reason-adult = Ayda en fazla { $total } (çocuk başına { $kindergeld }). 18 yaş ve üstü çocuklar için yalnızca meslek eğitimi veya üniversite sırasında.
money-kg-reason-yes = Ayda { $total } (çocuk başına { $kindergeld }).

money-kiz-reason-age = Yalnızca { $kindergeld_age_max } yaşından küçük çocuklar için.
money-kiz-reason-switch = Maaşınızla { -buergergeld } yerine { -kinderzuschlag } ve { -wohngeld } daha uygun olabilir. { -familienkasse }'nin “KiZ-Lotse” aracıyla internetten kontrol edin.
money-kiz-reason-bg = { -buergergeld } ile birlikte alınmaz.
money-kiz-reason-income = Ayda en az brüt { $kiz_min_income } kazanmanız gerekir.
money-kiz-reason-asylum = Yalnızca { -kindergeld } alıyorsanız. { -familienkasse }'ye sorun.
money-kiz-reason-yes = Çocuk başına ayda en fazla { $kiz_max } ({ $kiz_max_from } itibarıyla, 2026 tutarı henüz kesin değil); { -wohngeld } ile birlikte alınabilir. Ayrıca: { -bildung-und-teilhabe }, ücretsiz { -kita }. { $kiz_months } ay geçerli.
money-kiz-reason-high = Kiraya ve gelire bağlı. Çocuk başına en fazla { $kiz_max } ({ $kiz_max_from } itibarıyla, 2026 tutarı henüz kesin değil).

money-uvg-reason-pays = Yalnızca diğer ebeveyn hiç ödemiyorsa, çok az veya düzensiz ödüyorsa.
money-uvg-reason-age = Yalnızca { $uvg_age_max } yaşından küçük çocuklar için.
money-uvg-reason-bg-mixed = 12 yaşından küçük çocuklar için ayda { $total }. 12–17 yaş arası çocuklar için yalnızca ayda en az brüt { $uvg_sgb2_min_income } kazanıyorsanız ya da bu yardımla artık { -buergergeld }'e ihtiyacınız kalmıyorsa.
money-uvg-reason-bg-teen = { -buergergeld } alıyorsanız 12–17 yaş arası çocuklar için yalnızca ayda en az brüt { $uvg_sgb2_min_income } kazanıyorsanız ya da bu yardımla artık { -buergergeld }'e ihtiyacınız kalmıyorsa. Çocuk başına { $uvg_12_17 }.
money-uvg-reason-yes = Ayda { $total }, çocuk 18 yaşını doldurana kadar (çocuk başına: 0–5 yaş { $uvg_0_5 }, 6–11 yaş { $uvg_6_11 }, 12–17 yaş { $uvg_12_17 }).

money-bg-reason-yes = Alıyorsunuz. { -neue-grundsicherung } reformu kuralları değiştirmiş olabilir – { -jobcenter }'a sorun.
money-bg-reason-asylum = { -buergergeld } yerine: { -sozialamt }'tan { -asylbewerberleistungen }.
money-bg-reason-maybe = Hakkınız olabilir – ayrıca kira ve ısınma için. Kurallar reformla değişmiş olabilir: { -jobcenter }'a sorun.

money-mb-reason = Temel ödemenin yüzde { $percent } kadarı: ayda yaklaşık { $amount }. Kendiliğinden ödenir – { -bescheid }'inizi kontrol edin.

money-wg-reason-bg = { -buergergeld } ile birlikte alınmaz.
money-wg-reason-asylum = Oturum durumunuza bağlı. { -sozialamt }'a veya göçmen danışmanlığına sorun.
money-wg-reason-none = Geçiminize yetecek kendi geliriniz olmalı.
money-wg-reason-yes = Kiraya destek. Tutar kiraya, gelire ve evdeki kişi sayısına bağlı. { -kinderzuschlag } ile birlikte alınabilir.
money-wg-reason-maybe =
    { $earnings ->
        [under_600] Gelir düşükse { -wohngeld } çoğu zaman yetmez. Hangisi daha uygun, kontrol ettirin: { -wohngeld } mi, { -buergergeld } mi?
       *[other] Kiraya, gelire ve evdeki kişi sayısına bağlı. Kontrol ettirin.
    }

money-but-reason-jobcenter =
    { $school ->
        [0] { -kita }'da öğle yemeği ve geziler. Kulüpler: ayda { $but_clubs }. Okul malzemeleri için para okul başlayınca.
       *[other] Okul malzemeleri için öğretim yılı başına { $but_school } ({ $but_school_from } itibarıyla, yeni tutar henüz kesin değil), kulüpler için ayda { $but_clubs }, geziler, öğle yemeği.
    }
money-but-reason-sozialamt =
    { $school ->
        [0] { -kita }'da öğle yemeği ve geziler. Kulüpler: ayda { $but_clubs }. Okul malzemeleri için para okul başlayınca.
       *[other] Okul malzemeleri için öğretim yılı başına { $but_school } ({ $but_school_from } itibarıyla, yeni tutar henüz kesin değil), kulüpler için ayda { $but_clubs }, geziler, öğle yemeği.
    }
money-but-reason-city =
    { $school ->
        [0] { -kinderzuschlag } veya { -wohngeld } alıyorsanız: { -kita }'da öğle yemeği, geziler ve kulüpler için para. Başvuru belediyeye yapılır.
       *[other] { -kinderzuschlag } veya { -wohngeld } alıyorsanız: okul malzemeleri, geziler, öğle yemeği, kulüpler. Başvuru belediyeye yapılır.
    }
money-fee-reason-yes = { -kita }, { -kindertagespflege } veya { -hort } için ücret yok. Başvurmanız gerekir.
money-fee-reason-maybe = { -kinderzuschlag } veya { -wohngeld } alıyorsanız: { -kita }, { -kindertagespflege } veya { -hort } için ücret yok.

money-eg-reason-yes = Bebeğiniz için: { $elterngeld_months } ayın tamamı size. Hemen başvurun: Başvurudan önceki dönem için en fazla { $elterngeld_backpay_months } ay ödenir.
money-eg-reason-bg = { -buergergeld } alıyorsanız gelir sayılır – doğumdan önce çalıştıysanız { $elterngeld_free } tutarına kadarı size kalır. Hemen başvurun.

money-tax-reason-yes = Daha az gelir vergisi: gelirinizin yılda { $total } kadarı vergisiz kalır ({ $entlastung }, artı her ek çocuk için { $entlastung_more }).
money-tax-reason-small = Maaşınız düşükse çoğu zaman gelir vergisi ödemezsiniz. Daha fazla kazandığınızda önemli olur.

money-asyl-reason-yes = { -jobcenter } yerine { -sozialamt }'tan. Partneri olmayan yetişkin: ayda { $asylblg_single } ({ $asylblg_single_from } itibarıyla; 2026 tutarı henüz kesin değil).
money-asyl-reason-ukraine = 31.03.2025'ten sonra geldiniz. Plan: Temmuz 2026'dan itibaren { -jobcenter } yerine { -sozialamt } (henüz kesin değil).
money-beistand-reason = { -jugendamt }, çocuğunuzun nafakasını diğer ebeveynden sizin yerinize ister – ücretsiz. Para çocuğunuza gelir.
money-bh-reason = Geliriniz düşükse bir avukattan danışmanlık. Yalnızca { $beratungshilfe_fee } ödersiniz.

## Sonraki adımlar (özet)

money-todo-kindergeld = { -familienkasse(form: "long") }: Henüz { -kindergeld } almıyorsanız: başvurun – internetten veya posta ile. Doğum belgesini ve vergi numaralarını ({ -steuer-id }) hazır tutun.
money-todo-kg-asylum = { -familienkasse(form: "long") } veya göçmen danışmanlığı: Oturum durumunuzla { -kindergeld } ve { -kinderzuschlag } alıp alamayacağınızı sorun.
money-todo-kiz = { -familienkasse(form: "long") }: { -kinderzuschlag } için internetten başvurun – maaş bordroları, kira sözleşmesi, nafaka belgeleri.
money-todo-kiz-lotse = { -familienkasse(form: "long") }: KiZ-Lotse ile { -buergergeld } yerine { -kinderzuschlag } ve { -wohngeld } daha uygun mu, kontrol edin.
money-todo-uvg = { -jugendamt(form: "long") }, { -unterhaltsvorschussstelle }: { -unterhaltsvorschuss } için başvurun – doğum belgesi, diğer ebeveynle ilgili bilgiler.
money-todo-elterngeld = { -elterngeldstelle(form: "long") }: Doğumdan hemen sonra { -elterngeld } için başvurun (başvurudan önceki dönem için en fazla { $elterngeld_backpay_months } ay) – doğum belgesi, maaş bordroları.
money-todo-buergergeld = { -jobcenter(form: "long") }: { -buergergeld } hakkınızı (kira ve ısınma dahil) kontrol ettirin ve yeni kuralları sorun – kimlik, kira sözleşmesi, banka hesap dökümleri.
money-todo-mehrbedarf = { -jobcenter(form: "long") }: { -bescheid }'de “{ -mehrbedarf }” yazıyor mu, kontrol edin. Yazmıyorsa sorun.
money-todo-wohngeld = Belediyedeki { -wohngeldstelle(form: "long") }: { -wohngeld } için başvurun – kira sözleşmesi, gelir belgeleri, banka hesap dökümleri.
money-todo-asylblg = { -sozialamt(form: "long") }: { -asylbewerberleistungen } – oturum belgenizi götürün. Yardım: göçmen danışmanlığı.
money-todo-ukraine = { -jobcenter }'a sorun: { -jobcenter } hâlâ yetkili mi, yoksa artık { -sozialamt } mı? (31.03.2025'ten sonra geldiyseniz.)
money-todo-but = { -bildung-und-teilhabe(form: "long") } için başvurun: { -jobcenter } ({ -buergergeld }), belediye ({ -wohngeld }, { -kinderzuschlag }) veya { -sozialamt } ({ -asylbewerberleistungen }).
money-todo-but-jobcenter = { -jobcenter(form: "long") }: { -bildung-und-teilhabe } için başvurun (okul malzemeleri, geziler, öğle yemeği, kulüpler).
money-todo-but-sozialamt = { -sozialamt(form: "long") }: Çocuklar için { -bildung-und-teilhabe } başvurusu yapın.
money-todo-but-city = Belediye: { -kinderzuschlag } veya { -wohngeld } onaylanır onaylanmaz { -bildung-und-teilhabe } için başvurun.
money-todo-kita-fees = { -jugendamt(form: "long") }: { -kita } ve { -hort } ücretinden muafiyet için başvurun – güncel { -bescheid }'inizi götürün.
money-todo-tax = { -finanzamt(form: "long") }: { -steuerklasse-2 } için başvurun (ELSTER ile internetten veya formla) – vergi numaranızı ({ -steuer-id }) hazır tutun.
money-todo-beistand = { -jugendamt(form: "long") }: { -beistandschaft } için başvurun (ücretsiz) – doğum belgesi, nafaka belgeleri.
money-todo-beratungshilfe = { -amtsgericht(form: "long") }: Beratungsschein (danışma belgesi) alın – gelir belgelerinizi götürün. Kendi payınız { $beratungshilfe_fee }.

money-arr-before = 31.03.2025'e kadar
money-arr-after = 01.04.2025'ten itibaren
money-check-arrival = Ukrayna'dan Almanya'ya ne zaman geldiniz?
money-opt-outlook = 📅 Yakında ne değişecek?
money-opt-births-change = ✏️ Doğum aylarını değiştir
money-opt-work-change = ✏️ İş cevabımı değiştir
money-todo-kiz-maybe = { -familienkasse(form: "long") }: KiZ-Lotse ile { -kinderzuschlag } alıp alamayacağınızı kontrol edin. Alabiliyorsanız: internetten başvurun.
money-todo-uvg-from-600 = { -jugendamt } ({ -unterhaltsvorschussstelle }): Brüt en az { $uvg_sgb2_min_income } kazanmaya başlar başlamaz: 12 yaş ve üstü çocuğunuz için { -unterhaltsvorschuss } başvurusu yapın.
money-todo-wohngeld-maybe = Belediyenin { -wohngeldstelle } birimi: { -wohngeld } size uygun mu, kontrol ettirin. Uygunsa: başvurun – kira sözleşmesi, gelir belgeleri.
money-todo-kita-fees-maybe = { -jugendamt }: { -kinderzuschlag } veya { -wohngeld } onaylanır onaylanmaz: { -kita } ve { -hort } ücretlerinden muafiyet için başvurun – { -bescheid } yanınızda olsun.
money-todo-beratungshilfe-maybe = { -amtsgericht }: Nafaka konusunda danışmanlığa ihtiyacınız varsa: danışmanlık belgesi (Beratungsschein) alın – gelir belgelerinizi götürün. Kendiniz sadece { $beratungshilfe_fee } ödersiniz.
money-todo-but-jobcenter-kita = { -jobcenter }: { -bildung-und-teilhabe } başvurusu yapın ({ -kita }'da öğle yemeği ve geziler, kulüpler).
money-todo-einstiegsgeld = { -jobcenter }: { -einstiegsgeld } için başvurun – ilk iş gününüzden önce. İş sözleşmesini veya iş teklifini götürün.
money-todo-payslip = { -familienkasse }: İlk maaş bordronuzdan sonra KiZ-Lotse ile { -buergergeld } yerine { -kinderzuschlag } ve { -wohngeld } uygun mu, kontrol edin.
money-outlook-births =
    📅 Yakında sizin için ne değişecek?
    Bunun için her çocuğun doğum ayı ve yılı gerekli.
    Örneğin: 03/2020 08/2016
money-outlook-births-error = Bunu anlayamadım. Lütfen her çocuk için ay/yıl yazın, örneğin: 03/2020 08/2016
money-outlook-work = Yakında bir işe mi başlıyorsunuz – ya da daha çok saat mi çalışacaksınız?
money-outlook = 📅 Yakında sizin için değişecekler:
money-out-work-einstieg = 💼 İlk iş gününüzden önce: { -jobcenter }'dan { -einstiegsgeld } isteyin (en fazla { $einstiegsgeld_months } ay). İşe başladıktan sonra artık olmaz.
money-out-work-free = 💼 Maaşınızın bir kısmı sizde kalır: ayda { $bg_free_base } tamamen, kalanın yüzde { $bg_free_rate_1 } ile { $bg_free_rate_2 } arası. Çocukla bu, ayda en fazla { $bg_free_max_child } fazla demek.
money-out-work-payslip = 💼 İlk maaş bordrosundan sonra: { -buergergeld } yerine { -kinderzuschlag } ve { -wohngeld } daha uygun mu, kontrol ettirin.
money-out-work-uvg = 💼 O zaman brüt en az { $uvg_sgb2_min_income } kazanacak mısınız? O zaman 12 yaş ve üstü çocuğunuz için de { -unterhaltsvorschuss } var: ayda { $uvg_12_17 }.
money-out-kita = 📅 { $date } itibarıyla: Çocuğunuzun { -kita } veya { -kindertagespflege } yeri hakkı var. Erkenden { -jugendamt }'a kaydettirin.
money-out-work-age = 📅 { $date } itibarıyla: En küçük çocuğunuz { $bg_no_work_age } yaşında. Bakım sağlanmışsa { -jobcenter } sizden iş ya da kurs isteyebilir.
money-out-school = 📅 { $date } itibarıyla: Bir çocuğunuz { $school_age } yaşında. Artık otobüs ve trene ücretsiz binemez. Okul başlangıcı için: { -ganztag }'da yer için kaydolun.
money-out-mb = 📅 { $date } itibarıyla: { -mehrbedarf } yüzde { $percent_before } yerine yüzde { $percent } – ayda { $amount_before } yerine { $amount }.
money-out-uvg = 📅 { $date } itibarıyla: { -unterhaltsvorschuss } ayda { $amount_before } yerine { $amount }.
money-out-uvg-12 = 📅 { $date } itibarıyla: Çocuğunuz 12 yaşında. { -buergergeld } alıyorsanız { -unterhaltsvorschuss } o zaman sadece brüt en az { $uvg_sgb2_min_income } kazanırsanız var.
money-out-18 = 📅 { $date } itibarıyla: Bir çocuğunuz 18 yaşında. Bu çocuk için artık { -unterhaltsvorschuss } yok. { -kindergeld } sadece meslek eğitimi veya üniversite sırasında ({ $kindergeld_age_max } yaşına kadar).
money-out-kiz = 📅 { $date }: { -kinderzuschlag } için yeni başvuru zamanı. { $kiz_months } ay geçerlidir – bu ay yapılan bir başvuruya göre.
