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

## Sonraki adımlar

train-todo-bca = { -jobcenter(form: "long") }: { -bca(form: "long") } ile randevu alın. { -buergergeld } almıyorsanız: { -agentur-fuer-arbeit(form: "long") }.
train-todo-bsk = { -berufssprachkurs(form: "long") }: Kabul belgesini { -jobcenter }'dan, { -agentur-fuer-arbeit }'tan veya (çalışıyorsanız) { -bamf }'tan alın.
train-todo-parttime = { -bca(form: "long") } veya meslek danışmanlığı: { -teilzeitausbildung(form: "long") } hakkında konuşun – özgeçmiş ve belgelerinizi götürün.
train-todo-retraining = { -jobcenter } içindeki { -bca(form: "long") } veya { -agentur-fuer-arbeit }: yarı zamanlı da olabilen { -umschulung(form: "long") } için { -bildungsgutschein(form: "long") } başvurusu yapın.
train-todo-avgs = { -jobcenter } veya { -agentur-fuer-arbeit }: Koçluk için { -avgs(form: "long") } isteyin – yol ve çocuk bakımı masraflarına da başvurun.
train-opt-need-care = 🧸 Yine de çocuk bakımı gerekli mi?
train-todo-agentur = { -agentur-fuer-arbeit }: meslek danışmanlığından randevu alın – ücretsiz, çalışıyor olsanız da.

train-bsk =
    🗣️ { -berufssprachkurs(form: "long") }

    Almancası B1 ve üstü olan herkes için. Seviyeler: B1 → B2, B2 → C1, C1 → C2; her biri { $bsk_hours_min }–{ $bsk_hours_max } ders saati.
    Vergiye tabi geliriniz yılda { $bsk_income_limit } altındaysa ücretsiz. Değilse ders saati başına { $bsk_fee_lesson }.

    📍 Kabul belgesi: { -jobcenter(form: "long") } veya { -agentur-fuer-arbeit(form: "long") } verir. Çalışıyorsanız: doğrudan { -bamf(form: "long") }.
    📄 Son dil sertifikanız (ör. B1).

train-todo-recognition = { -iq-netzwerk(form: "long") }: tanınma konusunda ücretsiz danışmanlık – oturum durumunuz ne olursa olsun. Belgelerinizi götürün.

## Almanca öğrenmek: okuma yazma, kurs, kabul durdurulmuşken yer

train-german-read =
    🗣️ Almanca öğrenmek

    Hangi kursun uygun olduğu şuna bağlı: Okuyup yazabiliyor musunuz?

train-read-latin = ✍️ Evet, Latin harfleriyle
train-read-other = 🔤 Evet, ama başka bir yazıyla
train-read-none = 🤔 Hayır ya da çok az
train-opt-change-read = ✏️ Okuma cevabımı değiştir

train-german-level = 🗣️ Almancanız ne düzeyde?
train-level-below = Biraz ya da hiç
train-level-b1 = B1 ya da daha iyi
train-opt-change-level = ✏️ Almanca cevabımı değiştir

train-alpha =
    ✍️ Okuma yazmalı { -integrationskurs(form: "long") } (Alphabetisierungskurs)

    Latin harfleriyle okuyup yazmayı ve Almancayı öğrenirsiniz. Kurs, başka bir yazıyla (ör. Arapça, Kiril) zaten yazabilenler için de var.
    • { $ik_hours_parents } ders saati, üstüne tekrar için { $ik_alpha_repeat } saate kadar (toplam { $ik_alpha_max }).
    • Anneler/babalar ya da kadınlar için kurslar var, çoğu zaman kreş ve okul saatlerine uygun yarı zamanlı.{ $small ->
        [0] {""}
       *[other] {" "}Çocuğunuzun kreş yeri yoksa { -bamf } kurs sırasında çocuk bakımını ödeyebilir (bu yıl için henüz kesin değil).
    }
    • Ücret: ders saati başına { $ik_fee_lesson }. { -buergergeld } alıyorsanız, kurstan önce başvurursanız ücretsiz. Sınavı geçerseniz ücretin %{ $ik_refund_percent } kadarı geri ödenir.

    ➡️ Devam: Şu anda kim yer alabiliyor?

train-ik =
    🗣️ { -integrationskurs(form: "long") }

    Almanca ve uyum (Almanya'da yaşam): { $ik_hours } ders saati.
    • Anneler/babalar ya da kadınlar için kurslar: { $ik_hours_parents } saat, çoğu zaman kreş ve okul saatlerine uygun yarı zamanlı.{ $small ->
        [0] {""}
       *[other] {" "}Çocuğunuzun kreş yeri yoksa { -bamf } kurs sırasında çocuk bakımını ödeyebilir (bu yıl için henüz kesin değil).
    }
    • Ücret: ders saati başına { $ik_fee_lesson }. { -buergergeld } alıyorsanız, kurstan önce başvurursanız ücretsiz. Sınavı geçerseniz ücretin %{ $ik_refund_percent } kadarı geri ödenir.

    ➡️ Devam: Şu anda kim yer alabiliyor?

train-ik-ask-bg =
    { -jobcenter }'dan { -buergergeld(form: "long") } alıyor musunuz?
    Kursta nasıl yer alabileceğiniz buna bağlı.

train-ik-ask-res =
    Oturum durumunuz nedir?
    Şu anda kursta yer alıp alamayacağınız buna bağlı.

train-opt-change-bg = ✏️ { -buergergeld } alıyorum

train-ik-place =
    { $w ->
        [1]
        ✅ { -buergergeld } ile: { -jobcenter }'a sorun

        { $ik_stop_end_from } tarihine kadar { -bamf(form: "long") } gönüllü katılmak isteyen kimseyi almıyor (§ 44 Abs. 4 AufenthG). Ama { -jobcenter }'ın kursa zorunlu tuttuğu kişi yer alır (§ 44a AufenthG).

        • { -jobcenter }'dan sizi kursa yükümlü kılmasını isteyin (Verpflichtung zum Integrationskurs) – gerekirse okuma yazmalı kurs.
        • { -buergergeld } ile kurstan önce başvurursanız kurs ücretsizdir.
        • Yarı zamanlı bir veli kursu sorun.

        Yardım: { -mbe(form: "long") } veya { -jmd(form: "long") }.
        [2]
        🪪 { -aufenthaltstitel(form: "long") } ile: Kursa hakkınız var mı?

        { $ik_stop_end_from } tarihine kadar { -bamf(form: "long") } gönüllü katılımcı almıyor (§ 44 Abs. 4 AufenthG). Ama kursa hakkı olan (§ 44 Abs. 1 AufenthG) ya da yükümlü tutulan (§ 44a AufenthG) kişi yer alır.

        • { -auslaenderbehoerde(form: "long") }'ne sorun: { -integrationskurs }'a hakkım var mı? Ya da beni yükümlü tutabilir misiniz?
        • Bu yazıyla bir kurs kurumuna (Kursträger) kaydolun, örneğin { -vhs(form: "long") }.

        Yardım: { -mbe(form: "long") } veya { -jmd(form: "long") }.
       *[other]
        ⛔ { $ik_stop_end_from } tarihine kadar gönüllü yer yok

        { -bamf(form: "long") }, { $ik_stop_circular_from } tarihli genelgeden beri kimseyi gönüllü olarak { -integrationskurs }'a almıyor (§ 44 Abs. 4 AufenthG). Bu; sığınmacıları, { -duldung } sahiplerini, § 24 korumasıyla Ukrayna'dan gelenleri ve AB vatandaşlarını etkiliyor.

        Kursa hakkı olan (§ 44 Abs. 1 AufenthG) ya da yükümlü tutulan (§ 44a AufenthG) kişi yine yer alır.

        Neler yapabilirsiniz:
        1. { -auslaenderbehoerde(form: "long") }: sizi kursa yükümlü tutup tutamayacağını sorun (Verpflichtung zum Integrationskurs).
        2. { -buergergeld } alıyorsanız: { -jobcenter }'dan yükümlülük isteyin.
        3. Danışmanlık: { -mbe(form: "long") } veya { -jmd(form: "long") }.
    }

train-todo-ik-bg = { -jobcenter }: { -integrationskurs }'a yükümlü tutulmayı isteyin (gerekirse okuma yazmalı; en iyisi yarı zamanlı veli kursu) – ücret muafiyetine kurstan önce başvurun.
train-todo-ik-stop = { -auslaenderbehoerde }: sizi { -integrationskurs }'a yükümlü tutup tutamayacağını sorun – { $ik_stop_end_from } tarihine kadar gönüllü yer yok.
train-todo-ik-permit = { -auslaenderbehoerde }: { -integrationskurs }'a hakkınız olup olmadığını sorun, sonra bir kurs kurumuna (Kursträger) kaydolun.
