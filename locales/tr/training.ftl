# Eğitim ve iş. Sayılar dialogs/figures.toml dosyasından gelir.

train-title = Eğitim ve iş

train-start =
    🎓 Eğitim ve iş

    İlk adresiniz: { -jobcenter(form: "long") } içindeki { -bca(form: "long") }. Özellikle tek ebeveynlere yardım eder.
    { -buergergeld(form: "long") } almıyorsanız: { -agentur-fuer-arbeit(form: "long") }.

    Neyle ilgileniyorsunuz?

train-opt-german = 🗣️ Önce Almanca öğrenin
train-opt-parttime = 🧰 Yarı zamanlı meslek eğitimi
train-opt-retraining = 🔄 { -umschulung(form: "long") }
train-opt-avgs = 🤝 İş bulmak için koçluk
train-opt-recognition = 📜 Yurt dışı diplomanın tanınması
train-opt-bsk = 🗣️ Meslek için Almanca
train-opt-licence = 🚗 Ehliyet

train-german =
    🗣️ { -integrationskurs(form: "long") }

    • { $ik_hours } ders saati: Almanca ve oryantasyon (Almanya'da yaşam). Ebeveynler veya kadınlar için kurslar: { $ik_hours_parents } ders saati, bazıları çocuk bakımlı ({ $ik_care_age_min }–{ $ik_care_age_max } yaş).
    • Ücret: ders saati başına { $ik_fee_lesson }. { -buergergeld(form: "long") } alıyorsanız ücretsiz.
    • Şubat 2026'dan beri { -bamf(form: "long") } kendi isteğiyle katılmak isteyenleri belki artık kabul etmiyor (henüz kesin değil).

    📍 Kayıt: { -jobcenter(form: "long") } üzerinden ({ -buergergeld } alıyorsanız) veya { -bamf } üzerinden. Yardım: { -mbe(form: "long") }, { $mbe_age_min } yaşından itibaren, veya { -jmd(form: "long") }, { $jmd_age_min }–{ $jmd_age_max } yaş.

train-bsk =
    🗣️ { -berufssprachkurs(form: "long") }

    Almancası B1 ve üstü olan herkes için. Seviyeler: B1 → B2, B2 → C1, C1 → C2.
    Vergiye tabi geliriniz yılda { $bsk_income_limit } altındaysa ücretsiz.

    📍 Kabul belgesi: { -jobcenter(form: "long") } veya { -agentur-fuer-arbeit(form: "long") } verir. Çalışıyorsanız: doğrudan { -bamf(form: "long") }.
    📄 Son dil sertifikanız (ör. B1).

train-parttime =
    🧰 { -teilzeitausbildung(form: "long") }, § 7a BBiG

    Normal bir meslek eğitimi – daha az saatle:
    • çalışma süresi %{ $tza_max_cut } oranına kadar azalabilir
    • bu yüzden daha uzun sürer (en fazla 1,5 katı)
    • işyerinin onay vermesi gerekir
    • eğitim ücreti de çalışma saatlerine uygun olarak daha düşük olabilir

    📍 { -jobcenter(form: "long") } içindeki { -bca(form: "long") } veya { -agentur-fuer-arbeit(form: "long") } meslek danışmanlığı: Bir işyeri bulmanıza yardım ederler.
    🧸 Çocuk bakımını erkenden ayarlayın – { -kita(form: "long") } veya { -ganztag(form: "long") }.

train-retraining =
    🔄 { -bildungsgutschein(form: "long") } ile { -umschulung(form: "long") }

    Diplomalı yeni bir meslek – yarı zamanlı da olur.
    { -bildungsgutschein }'ı { -jobcenter(form: "long") } veya { -agentur-fuer-arbeit(form: "long") } verir. Bunun için kesin bir hak yoktur, daire karar verir – iyi gerekçeler yardımcı olur.

    💶 Ayrıca:
    • Weiterbildungsgeld (eğitim ödeneği): ayda { $wb_geld }
    • Prim: ara sınav için { $wb_bonus_mid }, bitirme sınavı için { $wb_bonus_final }
    • Çocuk bakımı: çocuk başına ayda { $care_cost_training }

    📍 { -jobcenter } içindeki { -bca(form: "long") } veya { -agentur-fuer-arbeit }.
    📄 Özgeçmiş, diploma ve belgeler, meslek fikriniz.

train-avgs =
    🤝 { -avgs(form: "long") } ile koçluk

    Bir danışman iş bulmanıza yardım eder: iş başvuruları, iş ilanları, aile ve iş için bir plan.
    • Sizin için ücretsiz.
    • Yol masrafları ve çocuk bakımı ödenebilir.

    📍 { -jobcenter(form: "long") } içindeki { -bca(form: "long") } veya { -agentur-fuer-arbeit(form: "long") }: { -avgs } isteyin. Sonra koçluk yapan bir kurum seçersiniz.

train-recognition =
    📜 Yurt dışı diplomanızın tanınması (denklik)

    Oturum durumunuz ne olursa olsun, denklik için başvurabilirsiniz.
    1. { -anerkennungs-finder(form: "long") }: Hangi kurumun yetkili olduğunu gösterir – www.anerkennung-in-deutschland.de
    2. { -iq-netzwerk(form: "long") }: Denklik konusunda ücretsiz danışmanlık.
    3. Masraflar: Anerkennungszuschuss (denklik masrafına destek) yardımcı olabilir. Şuralara da sorun: { -jobcenter(form: "long") } veya { -agentur-fuer-arbeit(form: "long") }.

    📄 Diplomalar, belgeler, iş deneyimi belgeleri.

## Sonraki adımlar

train-todo-bca = { -jobcenter(form: "long") }: { -bca(form: "long") } ile randevu alın. { -buergergeld } almıyorsanız: { -agentur-fuer-arbeit(form: "long") }.
train-todo-ik = { -integrationskurs(form: "long") }: { -jobcenter } veya { -bamf(form: "long") } üzerinden kaydolun ve çocuk bakımlı bir kurs sorun. Yardım: { -mbe(form: "long") } veya { -jmd(form: "long") }.
train-todo-bsk = { -berufssprachkurs(form: "long") }: Kabul belgesini { -jobcenter }'dan, { -agentur-fuer-arbeit }'tan veya (çalışıyorsanız) { -bamf }'tan alın.
train-todo-parttime = { -bca(form: "long") } veya meslek danışmanlığı: { -teilzeitausbildung(form: "long") } hakkında konuşun – özgeçmiş ve belgelerinizi götürün.
train-todo-retraining = { -jobcenter } içindeki { -bca(form: "long") } veya { -agentur-fuer-arbeit }: yarı zamanlı da olabilen { -umschulung(form: "long") } için { -bildungsgutschein(form: "long") } başvurusu yapın.
train-todo-avgs = { -jobcenter } veya { -agentur-fuer-arbeit }: Koçluk için { -avgs(form: "long") } isteyin – yol ve çocuk bakımı masraflarına da başvurun.
train-todo-recognition = { -anerkennungs-finder(form: "long") } sitesine bakın ve { -iq-netzwerk(form: "long") } ile görüşün – belgelerinizi hazır tutun.

train-opt-need-care = 🧸 Yine de çocuk bakımı gerekli mi?
train-todo-agentur = { -agentur-fuer-arbeit }: meslek danışmanlığından randevu alın – ücretsiz, çalışıyor olsanız da.
