### Yerel hizmetler: bir hizmet adımının gösterdikleri (kartlar, “Daha fazla”, “bulunamadı”).
### Bu kimlikleri (ID) program kodu kullanır. Metni değiştirmek: evet. ID'yi değiştirmek: hayır.

offers-found = { $total ->
    [one] 📋 Size uygun bir hizmet biliyorum:
   *[other] 📋 Size uygun { $total } hizmet biliyorum. İşte { $shown ->
        [one] { $from }. hizmet:
       *[other] { $from }–{ $to }:
    }
}
offers-none = 📋 Maalesef yakınınızda bunun için henüz bir hizmet bilmiyorum. Şuralara sorabilirsiniz: { -jobcenter(form: "long") } veya { -jugendamt(form: "long") } – orada yerel hizmetleri bilirler.
offers-relaxed = ℹ️ Hiçbir hizmet tüm bilgilerinize uymuyor. En yakın olanlar şunlar:
offers-unavailable = ⚠️ Hizmet listesine şu anda ulaşılamıyor. Lütfen daha sonra tekrar deneyin.
offers-more = ➕ Daha fazla hizmet
offers-near-saved = 📍 Teşekkürler! Hizmetleri artık konumunuza olan uzaklığa göre sıralıyorum.

offers-card-title = 📍 { $name } ({ $kind })
offers-card-provider = 🏢 { $provider }
offers-card-place = 🏠 { $place }
offers-card-distance = 📏 yaklaşık { $km } km uzakta
offers-card-hours = 🕐 { $hours }
offers-card-offhours = 🌙 Ayrıca { $times }
offers-card-childcare = 🧸 Hizmet sırasında çocuk bakımı var
offers-card-languages = 🗣️ { $languages }
offers-card-cost = 💶 { $cost }
offers-card-phone = ☎️ { $phone }
offers-card-email = ✉️ { $email }
offers-card-web = 🌐 { $web }
offers-card-description = { $text }
offers-card-ask-first = ❔ { $what } – { $action }
offers-unconfirmed-both = Adres ve çalışma saatleri henüz doğrulanmadı
offers-unconfirmed-place = Adres henüz doğrulanmadı
offers-unconfirmed-hours = Çalışma saatleri henüz doğrulanmadı
offers-ask-phone = lütfen gitmeden önce arayın.
offers-ask-web = lütfen gitmeden önce internetten bakın.
offers-ask-other = lütfen gitmeden önce sorun.
offers-card-checked = ✔️ Son kontrol: { $date }

offers-offhours-early = sabah erken
offers-offhours-late = akşamları
offers-offhours-weekend = hafta sonu

offers-cost-free = ücretsiz
offers-cost-reduced = düşük gelirde indirimli
offers-cost-fee = ücretli

offers-kind-office = Resmî daire
offers-kind-counselling = Danışmanlık
offers-kind-course = Kurs
offers-kind-childcare = Çocuk bakımı
offers-kind-family_centre = Aile merkezi
offers-kind-transport = Ulaşım
offers-kind-health_insurer = Sağlık sigortası
offers-kind-legal = Hukuk
offers-kind-hotline = Telefon hattı
offers-kind-group = Buluşma yeri
offers-kind-other = Hizmet

offers-day-mo = Pzt
offers-day-tu = Sal
offers-day-we = Çar
offers-day-th = Per
offers-day-fr = Cum
offers-day-sa = Cmt
offers-day-su = Paz

## Diyaloglardaki hizmet adımlarının metinleri (dialogs/*.toml).

offers-opt-near = 📍 Yakınımdaki hizmetler
offers-opt-near-courses = 📍 Yakınımda kurs ve danışma
offers-opt-topic = ↩️ Konuya geri dön
offers-ask-postcode = 📮 Posta kodunuz nedir? O zaman size önce yakınınızdaki hizmetleri gösteririm. 5 haneli kodu yazın, ör. 42103.
offers-postcode-error = Bu bir posta kodu değil. Lütfen 5 rakam yazın, ör. 42103.
offers-opt-skip-postcode = Posta kodu olmadan devam
offers-ask-offhours = 🕐 Normal saatlerin dışında çocuk bakımına ihtiyacınız var mı?
offers-offhours-opt-no = Hayır, gündüz yeterli
offers-offhours-opt-early = Evet, sabah 8'den önce
offers-offhours-opt-late = Evet, akşam 18'den sonra
offers-offhours-opt-weekend = Evet, hafta sonu
offers-ask-childcare = 🧸 Kursa veya danışmaya katılırken çocuk bakımına ihtiyacınız var mı?
offers-opt-childcare-yes = Evet, çocuk bakımıyla
offers-opt-childcare-no = Hayır, gerek yok
offers-money = 💬 Yakınınızda para, nafaka ve başvurular konusunda danışma ve daireler:
offers-childcare = 🧸 Yakınınızda çocuk bakımı, aile merkezleri ve danışma:
offers-training = 📚 Yakınınızda dil, meslek eğitimi ve iş konusunda kurslar ve danışma:
offers-mobility = 🚌 Yakınınızda biletler ve ulaşım:
