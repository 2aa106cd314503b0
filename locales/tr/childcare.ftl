# Çocuk bakımı. Sayılar ve yaş sınırları dialogs/figures.toml dosyasından gelir.

cc-title = Çocuk bakımı

cc-start = 🧸 Çocuk bakımı. Neye ihtiyacınız var?

cc-opt-place = 🧸 { -kita } veya gündüz bakıcısı
cc-opt-ganztag = 🏫 İlkokulda tam gün
cc-opt-offhours = ⏰ Erken veya geç vardiya
cc-opt-sick = 🤒 Hastalık veya acil durum
cc-opt-fees = 💶 Ücretsiz { -kita }
cc-opt-training = 🎓 Eğitimde çocuk bakımı
cc-opt-how = 📝 Nasıl kayıt olunur
cc-opt-to-training = 🎓 Eğitim ve iş
cc-opt-elterngeld = 🍼 { -elterngeld(form: "long") }
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

    Şimdilik { -kita(form: "long") } veya { -kindertagespflege(form: "long") } hakkı yalnızca şu durumlarda var:
    • çalışıyorsanız,
    • iş arıyorsanız,
    • meslek eğitimi alıyorsanız veya
    • bir { -jobcenter(form: "long") } programına (örneğin bir kursa) katılıyorsanız.
    { $kita_right_age } yaşını doldurduktan sonra her çocuğun yer hakkı vardır.

    📍 Şehrinizdeki { -jugendamt(form: "long") }. Çocuğunuzu erken kaydettirin.
    📄 Çalıştığınızı, iş aradığınızı veya eğitim aldığınızı gösteren belge.

cc-place-right =
    ✅ Çocuğunuzun bir bakım yeri hakkı var – siz çalışmasanız bile.
    Bu hak { $kita_right_age } yaşından itibaren geçerlidir. Yer: { -kita(form: "long") } veya { -kindertagespflege(form: "long") }.

    📍 Şehrinizdeki { -jugendamt(form: "long") }. Çocuğunuzu erken kaydettirin.

    💡 Birkaç { -kita }'ya kaydolun ve { -jugendamt }'a gündüz bakıcısını da sorun.

cc-place-how =
    📝 Nasıl yer bulursunuz:

    1. Kayıt: Şehrinizin internet sitesinde (çoğu zaman “Kita-Navigator”) veya { -jugendamt(form: "long") } üzerinden. En iyisi birkaç { -kita(form: "long") } için birden.
    2. { -tagesmutter(form: "long") } veya Tagesvater: { -jugendamt } sizin için bulur.
    3. Erken davranın: { -nrw(form: "long") } eyaletinde en az { $kita_notice_months } ay önceden.
    4. Size yer önerilmedi mi? { -jugendamt }'a yazın: “Ich beantrage einen Betreuungsplatz für mein Kind ab (Datum).” (Çocuğum için … tarihinden itibaren bakım yeri için başvuruyorum.) Bir kopyasını saklayın.

    📄 Doğum belgesi, kimlik. { $kita_right_age } yaşından küçük çocuk için: iş, eğitim veya iş arama belgesi.

## İlkokulda tam gün

cc-ganztag =
    🏫 { -ganztag(form: "long") }

    { $ganztag_grade_from } tarihinden beri { $ganztag_grade ->
        [1] 1. sınıf için
       *[other] 1. sınıftan { $ganztag_grade }. sınıfa kadar
    } tam gün yer hakkı var. Her yıl bir sınıf eklenir, 4. sınıfa kadar.
    Yani: günde { $ganztag_hours } saat, pazartesiden cumaya – tatillerde de; yılda en fazla { $ganztag_closing_days } gün kapalı.

    📍 { -ganztag } için ilkokulda kaydolun – en iyisi okul kaydıyla birlikte. { -nrw(form: "long") } eyaletinde bunun adı { -ogs(form: "long") }. Sorular için: okul veya { -jugendamt(form: "long") }.
    💶 Ücret: { -buergergeld(form: "long") }, { -wohngeld(form: "long") } veya { -kinderzuschlag(form: "long") } ile çoğu zaman ücretsiz.

## Erken ve geç vardiya

cc-offhours =
    ⏰ Erken veya geç vardiya

    Siz çalışırken { -kita(form: "long") } kapalı mı oluyor? Erken ve geç saatlerde çoğu zaman ek olarak bir { -kindertagespflege(form: "long") } yardımcı olur.
    Bunu { -jugendamt(form: "long") } ayarlar. Her şehir bunun parasını ödemiyor – yine de sorun.

    📍 Şehrinizdeki { -jugendamt }.
    📄 İşvereninizden çalışma saatlerinizi gösteren belge veya vardiya planınız.

    💡 { -jobcenter(form: "long") } içindeki { -bca(form: "long") } de tek ebeveynlere iş ve çocuk bakımını birlikte planlamada yardım eder.

## Hastalık ve acil durum

cc-sick = Kim hasta?

cc-sick-child =
    🤒 Çocuğunuz hasta ve evde kalmanız mı gerekiyor?

    { -krankenkasse(form: "long") } size { -kinderkrankengeld(form: "long") } öder: Tek ebeveynlerin çocuk başına yılda { $kkg_days_single } iş günü hakkı var, tüm çocuklar için toplam en fazla { $kkg_days_single_max } gün ({ $kkg_days_single_from } itibarıyla).

    Nasıl yapılır:
    1. Çocuk doktorundan “Kind krank” (çocuk hasta) belgesi alın.
    2. İşvereninize hemen haber verin.
    3. Belgeyi { -krankenkasse }'nize verin.

    📍 { -krankenkasse }'niz.

cc-sick-parent =
    🤕 Hasta mısınız veya hastaneye mi yatmanız gerekiyor?

    1. { -haushaltshilfe(form: "long") }: Biri gelip evle ve çocuklarla ilgilenir – { $haushaltshilfe_age } yaşından küçük bir çocuk sizinle yaşıyorsa. Doktorunuzun bunu reçeteyle yazması gerekir.
    📍 { -krankenkasse(form: "long") } – reçeteyle.

    2. Bu yetmiyor mu? { -jugendamt(form: "long") } acil durumda { $emergency_care_age } yaşından küçük çocukların bakımına yardım eder.
    📍 Şehrinizdeki { -jugendamt }.

    🆘 Acil tehlike: 110 veya 112.

## Eğitim sırasında çocuk bakımı

cc-training =
    🎓 Meslek eğitimi veya { -umschulung(form: "long") } sırasında çocuk bakımı

    • Masraflar: { -jobcenter(form: "long") } veya { -agentur-fuer-arbeit(form: "long") } çocuk bakımı için çocuk başına aylık { $care_cost_training } öder.
    • { -avgs(form: "long") } ile koçluk: Yol ve çocuk bakımı masrafları ödenebilir.
    • Almanca kursu: Ebeveynler için { -integrationskurs(form: "long") }, bazıları çocuk bakımlı ({ $ik_care_age_min }–{ $ik_care_age_max } yaş).
    • Yer: Meslek eğitimi alan kişinin { $kita_right_age } yaşından küçük çocuğu için de yer hakkı vardır.

    📍 { -jobcenter } içindeki { -bca(form: "long") } veya { -agentur-fuer-arbeit } – başlamadan önce sorun.

## Sonraki adımlar

cc-todo-register = { -jugendamt(form: "long") } veya şehrin { -kita } sitesi: Çocuğunuzu { -kita }'ya veya gündüz bakıcısına ({ -kindertagespflege }) kaydettirin – { -nrw }'de { $kita_notice_months } ay önceden.
cc-todo-register-under1 = { $kita_right_age } yaşından küçük çocuk için: iş, eğitim veya iş arama belgesini götürün.
cc-todo-ganztag = İlkokul: { -ganztag(form: "long") } için kaydolun ({ -ogs }) – en iyisi okul kaydıyla birlikte.
cc-todo-offhours = { -jugendamt(form: "long") }: Erken veya geç vardiya için { -kindertagespflege(form: "long") } isteyin – vardiya planınızı veya işveren belgesini götürün.
cc-todo-kkg = Çocuk hasta: Çocuk doktorundan belge alın, işvereninize haber verin, belgeyi sağlık sigortanıza ({ -krankenkasse }) verin.
cc-todo-haushaltshilfe = { -krankenkasse(form: "long") }: { -haushaltshilfe(form: "long") } için başvurun – doktor reçetesini götürün.
cc-todo-emergency-care = { -haushaltshilfe } yetmezse: Çocuk bakımı için yardım isteyin: { -jugendamt(form: "long") }.
cc-todo-training-care = { -jobcenter(form: "long") } veya { -agentur-fuer-arbeit }: Meslek eğitimi veya { -umschulung } için çocuk bakım masraflarına başvurun – başlamadan önce.

cc-opt-change-age = ✏️ Çocuğun yaşı: { $child_age ->
        [0] 1 yaşından küçük
       *[other] { $child_age }
    } – değiştir
## Eyalete göre kurallar (land: NW, BE, NI)

cc-place-how-be =
    📝 Berlin'de nasıl yer bulursunuz:

    1. { -jugendamt } biriminden { -kita-gutschein } isteyin: başlangıçtan { $be_kita_apply_months_max } ile { $be_kita_apply_months_min } ay önce. İnternetten de olur.
    2. Bu belgeyle çocuğunuzu bir { -kita } için kaydedin. Birkaç yere sorun.
    3. { $kita_right_age } yaşından itibaren: belge göstermeden günde { $be_kita_hours } saate kadar. Daha fazla saat için belge gerekir, örneğin işverenden.

    📄 Doğum belgesi, kimlik, ikamet belgesi (Meldebescheinigung).

cc-place-how-ni =
    📝 Cloppenburg ilçesinde nasıl yer bulursunuz:

    1. { -kita }'lar beldenize (Gemeinde) aittir. Çocuğunuzu internette “Little Bird” portalından kaydedin.
    2. ⏰ 31 Ocak'a kadar – 1 Ağustos'tan itibaren bir yer için. En fazla 3 tercih yapabilirsiniz.
    3. Yer çıkmadı mı? Yer hakkı ilçeye (Landkreis) karşıdır. Kreishaus'taki { -jugendamt } birimine yazın.

    📄 Doğum belgesi, kimlik.

cc-ganztag-be =
    🏫 Berlin'de ilkokulda tam gün bakım

    Bütün ilkokullar tam gün okuldur. Derslerden önce ve sonra bakımın adı eFöB'dir ({ -hort }).
    • 1 ile { $be_efoeb_free_grade }. sınıf arası: ücretsiz, belge gerekmez, 7:30–16:00.
    • 4. sınıftan itibaren yeniden başvurursunuz.
    • Öğle yemeği: { $be_lunch_free_grade }. sınıfa kadar ücretsiz.

    📍 { -jugendamt }: en az { $be_efoeb_notice_months } ay önce başvurun – en iyisi okul kaydıyla birlikte.

cc-ganztag-ni =
    🏫 Aşağı Saksonya'da ilkokulda tam gün bakım

    { $ni_ganztag_grade_from } tarihinden itibaren tam gün okulda (Ganztagsschule) yer hakkı var – önce 1. sınıf için, her yıl bir sınıf daha.
    Yani günde { $ganztag_hours } saat, pazartesiden cumaya. Tatillerde en fazla { $ni_ganztag_closed_weeks } hafta kapalı.
    “Verlässliche Grundschule” çocuklara günde en az { $ni_vgs_hours } saat bakar.
    💶 Tam gün okul çoğunlukla ücretsizdir. Öğle yemeği ayrıca ücretlidir. { -hort } ücret alabilir.

    📍 Okul kaydında tam gün bakımı sorun.

cc-todo-register-be = { -jugendamt }: { -kita-gutschein } için başvurun – başlangıçtan { $be_kita_apply_months_max } ile { $be_kita_apply_months_min } ay önce.
cc-todo-register-ni = Belde: Çocuğunuzu “Little Bird” üzerinden { -kita } veya kreş (Krippe) için kaydedin – 31 Ocak'a kadar.
cc-todo-ganztag-be = { -jugendamt }: eFöB ({ -hort }) için başvurun – en az { $be_efoeb_notice_months } ay önce, okul kaydıyla.
cc-todo-ganztag-ni = İlkokul: Okul kaydında tam gün okulda yer isteyin.

cc-opt-fee-waiver = 💶 Yardım alanlara ücretsiz

cc-fees-nw =
    🧸 { -nrw(form: "long") } eyaletinde { -kita } ücretleri

    Okuldan önceki son { $nw_kita_free_years } { -kita } yılı ücretsizdir. Çocuğunuz 30 Eylül'e kadar 4 yaşına giriyor mu? O zaman ağustostan okula kadar hiçbir şey ödemezsiniz.
    Daha küçük çocuklar için ücret gelirinize bağlıdır. Belediye belirler.
    { -buergergeld }, { -sozialhilfe }, { -kinderzuschlag } veya { -wohngeld } alıyorsanız ücret ödemezsiniz.

cc-fees-be =
    🧸 Berlin'de { -kita } ücretleri

    Berlin'de { -kita } bütün çocuklar için ücretsizdir.
    Sadece öğle yemeği için bir pay ödersiniz. { -bildung-und-teilhabe } bunu da karşılayabilir.

cc-fees-ni =
    🧸 Aşağı Saksonya'da { -kita } ücretleri

    Anaokulu ücretsizdir: çocuğunuzun { $ni_kita_free_age } yaşına girdiği aydan okula kadar, günde { $ni_kita_free_hours } saate kadar, haftada 5 gün.
    Kreş (Krippe, { $ni_kita_free_age } yaş altı) ve { -hort } ücretlidir. Ücret gelirinize bağlıdır. { -jugendamt } ücreti üstlenebilir.
    Yemek ayrıca ücretlidir.
