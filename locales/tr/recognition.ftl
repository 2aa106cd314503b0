# Yurt dışı diplomanın tanınması (dialogs/training.toml). Rakamlar dialogs/figures.toml'dan.
# $p: 1 öğretmen, 2 mühendis, 3 hemşire, 4 doktor, 5 Erzieher/in. Kurum adları Almanca kalır.

train-rec-profession =
    📜 Yurt dışı diplomanızı tanıtmak

    Diplomanızın incelenmesini isteme hakkınız var (Anerkennungsverfahren, tanınma süreci) – oturum durumunuz ne olursa olsun.

    Mesleğiniz ya da diplomanız ne?

train-prof-teacher = 👩‍🏫 Öğretmen
train-prof-engineer = 🛠️ Mühendis
train-prof-nurse = 🩺 Hemşire
train-prof-doctor = ⚕️ Doktor
train-prof-erzieher = 🧸 Okul öncesi eğitimci (Erzieher/in)
train-prof-academic = 🎓 Başka bir üniversite diploması
train-prof-vocational = 🧰 Bir meslek eğitimi
train-opt-change-prof = ✏️ Başka bir meslek

train-rec-ask-postcode =
    📮 Her eyalette başka bir kurum karar verir. Posta kodunuz nedir? 5 rakamı yazın, ör. 42103.

train-rec-nw =
    📜 Kuzey Ren-Vestfalya'da tanınma (Nordrhein-Westfalen)

    { $p ->
        [1] Öğretmen: AB dışından bir diplomada Bezirksregierung Detmold, AB'den bir diplomada Bezirksregierung Arnsberg karar verir. C1 düzeyinde Almanca gerekir. Harç yok.
        [2] Mühendis: Oturduğunuz bölgenin Bezirksregierung'u karar verir (inşaat: Ingenieurkammer-Bau NRW). "Ingenieur" korunan bir unvandır. Diplomanızla bu unvan olmadan da çalışabilirsiniz.
        [3] Hemşire: Bezirksregierung Münster (ZAG-PuG) karar verir.
        [4] Doktor: Bezirksregierung Münster (ZAG) karar verir.
        [5] Okul öncesi eğitimci: Diplomayı aldığınız ülkeye göre Bezirksregierung Münster ya da Düsseldorf karar verir. Hangisi olduğunu { -anerkennungs-finder(form: "long") } söyler.
       *[other] Hangi kurumun karar verdiğini { -anerkennungs-finder(form: "long") } gösterir: www.anerkennung-in-deutschland.de
    }

    📄 Çevirili diploma ve belgeler, iş deneyimi belgeleri, Almanca sertifikanız.
    ⚠️ Henüz hiçbir şey ödemeyin: önce desteğe başvurun (sonraki adım).

train-rec-be =
    📜 Berlin'de tanınma

    { $p ->
        [1] Öğretmen: Senatsverwaltung für Bildung, Jugend und Familie karar verir.
        [2] Mühendis: Baukammer Berlin karar verir (henüz kesin değil). "Ingenieur" korunan bir unvandır. Diplomanızla bu unvan olmadan da çalışabilirsiniz.
        [3] Hemşire: LAGeSo (Landesamt für Gesundheit und Soziales) karar verir. B2 düzeyinde Almanca gerekir.
        [4] Doktor: LAGeSo (Landesamt für Gesundheit und Soziales) karar verir.
        [5] Okul öncesi eğitimci: Senatsverwaltung für Bildung, Jugend und Familie karar verir.
       *[other] Hangi kurumun karar verdiğini { -anerkennungs-finder(form: "long") } gösterir: www.anerkennung-in-deutschland.de
    }

    📄 Çevirili diploma ve belgeler, iş deneyimi belgeleri, Almanca sertifikanız.
    ⚠️ Henüz hiçbir şey ödemeyin: önce desteğe başvurun (sonraki adım).

train-rec-ni =
    📜 Aşağı Saksonya'da tanınma (Niedersachsen)

    { $p ->
        [1] Öğretmen: RLSB Lüneburg (Regionales Landesamt für Schule und Bildung) ya da Kultusministerium karar verir (henüz kesin değil). Harç: { $ni_teacher_fee_min } – { $ni_teacher_fee_max }.
        [2] Mühendis: Ingenieurkammer Niedersachsen karar verir. Harç: { $ni_engineer_fee_min } – { $ni_engineer_fee_max }. "Ingenieur" korunan bir unvandır. Diplomanızla bu unvan olmadan da çalışabilirsiniz.
        [3] Hemşire: Landesamt für Soziales, Jugend und Familie karar verir.
        [4] Doktor: NiZzA (Niedersächsischer Zweckverband zur Approbationserteilung) karar verir.
        [5] Okul öncesi eğitimci: RLSB Lüneburg (Regionales Landesamt für Schule und Bildung) karar verir. Harç: { $ni_erzieher_fee }.
       *[other] Hangi kurumun karar verdiğini { -anerkennungs-finder(form: "long") } gösterir: www.anerkennung-in-deutschland.de
    }

    📄 Çevirili diploma ve belgeler, iş deneyimi belgeleri, Almanca sertifikanız.
    ⚠️ Henüz hiçbir şey ödemeyin: önce desteğe başvurun (sonraki adım).

train-rec-other =
    📜 Hangi kurum karar verir?

    Bu her eyalette ve her meslekte farklıdır. Size hangi kurumun baktığını { -anerkennungs-finder(form: "long") } gösterir: www.anerkennung-in-deutschland.de
    { $p ->
        [2] "Ingenieur" korunan bir unvandır. Diplomanızla bu unvan olmadan da çalışabilirsiniz.
       *[other] { -iq-netzwerk } kurumu bulmanıza ücretsiz yardım eder.
    }

    📄 Çevirili diploma ve belgeler, iş deneyimi belgeleri.
    ⚠️ Henüz hiçbir şey ödemeyin: önce desteğe başvurun (sonraki adım).

train-rec-zab =
    🎓 Başka bir diploma: ZAB değerlendirmesi (Zeugnisbewertung)

    Korunan bir mesleğe götürmeyen bir diploma tanınmaz. Ama ZAB (Zentralstelle für ausländisches Bildungswesen) diplomanızın hangi Alman diplomasıyla karşılaştırılabileceğini yazar (Zeugnisbewertung). Bu bir karşılaştırmadır, tanınma değil – iş başvurularında işe yarar.
    • Harç: { $zab_fee }
    📄 Diploma, dersler ve notlar, Almanca çeviri.
    ⚠️ Henüz hiçbir şey ödemeyin: önce desteğe başvurun (sonraki adım).

train-rec-grant =
    💶 Masrafları kim öder: Anerkennungszuschuss (tanınma desteği)

    ⚠️ Herhangi bir şey ÖDEMEDEN ÖNCE başvurun. Önceki masraflar geri ödenmez.
    • harç, çeviri ve ZAB için { $az_fee_min } – { $az_fee_max }
    • bir yeterlilik analizi için { $az_analysis_max } kadar, tam tanınmaya götüren bir eğitim için { $az_bridge_max } kadar
    • vergiye tabi yıllık geliriniz en çok { $az_income_single } ise (çiftler: { $az_income_couple })
    • { $az_residence_months } aydır Almanya'da yaşıyorsanız
    • başvuru { $az_end_from } tarihine kadar: www.anerkennung-in-deutschland.de
    { -buergergeld } alıyorsanız { -jobcenter }'a da sorun.

    🤝 Oturum durumunuz ne olursa olsun ücretsiz danışmanlık: { -iq-netzwerk(form: "long") }.

## Sonraki adımlar

train-todo-rec-nw-teacher = Bezirksregierung Detmold (AB dışı diploma) ya da Arnsberg (AB): öğretmen olarak tanınmaya başvurun – C1 Almanca sertifikasıyla.
train-todo-rec-nw-engineer = Oturduğunuz yerin Bezirksregierung'u (inşaat: Ingenieurkammer-Bau NRW): mühendis olarak tanınmaya başvurun.
train-todo-rec-nw-health = Bezirksregierung Münster (ZAG): sağlık mesleğinizin tanınmasına başvurun.
train-todo-rec-nw-erzieher = Bezirksregierung Münster ya da Düsseldorf (diplomanın ülkesine göre): Erzieher/in olarak tanınmaya başvurun.
train-todo-rec-be-senat = Senatsverwaltung für Bildung, Jugend und Familie: diplomanızın tanınmasına başvurun.
train-todo-rec-be-engineer = Baukammer Berlin (henüz kesin değil): mühendis olarak tanınmaya başvurun.
train-todo-rec-be-health = LAGeSo: sağlık mesleğinizin tanınmasına başvurun.
train-todo-rec-ni-rlsb = RLSB Lüneburg: diplomanızın tanınmasına başvurun.
train-todo-rec-ni-engineer = Ingenieurkammer Niedersachsen: mühendis olarak tanınmaya başvurun.
train-todo-rec-ni-nurse = Landesamt für Soziales, Jugend und Familie: hemşire olarak tanınmaya başvurun.
train-todo-rec-ni-doctor = NiZzA: doktor olarak tanınmaya başvurun.
train-todo-rec-finder = { -anerkennungs-finder(form: "long") }: yetkili kurumu bulun ve orada tanınmaya başvurun.
train-todo-rec-zab = ZAB: diplomanız için Zeugnisbewertung'a başvurun ({ $zab_fee }).
train-todo-rec-grant = Anerkennungszuschuss (tanınma desteği): harç ya da çeviri ödemeden önce başvurun ({ $az_end_from } tarihine kadar).
