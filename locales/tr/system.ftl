### Botun kendi metinleri: gezinme, ipuçları, yardım, dil, silme.
### Bu kimlikleri (ID) program kodu kullanır. Metni değiştirmek: evet. ID'yi değiştirmek: hayır.

lang-name = Türkçe

sys-welcome = 👋 Tek ebeveynler için rehber Wegweiser'a hoş geldiniz! Size hangi yardımların olduğunu ve bunları nereden alabileceğinizi gösteriyorum. Düğmelere dokunmanız yeterli.
sys-restarted = 🔄 Baştan başlıyoruz. Önceki cevaplarınız silindi.
sys-updated = ℹ️ Wegweiser az önce güncellendi. Lütfen menüden yeniden seçin.
sys-unknown-link = ℹ️ Bu bağlantıyı tanımıyorum. İşte menü.

help-text =
    ❓ Wegweiser nasıl çalışır:
    • Devam etmek için bir düğmeye dokunun.
    • ⬅️ Geri: bir adım geri.
    • 🏠 Menü: başa dön.
    • 🆘 Acil yardım: acil durumlar için telefon numaraları.
    Komutlar: /restart (baştan başla), /language (dil), /forget (sizinle ilgili kaydettiğim her şeyi sil).
    Sadece cevaplarınızı kaydediyorum, böylece daha sonra devam edebilirsiniz.

lang-choose = 🌐 Lütfen dilinizi seçin:
lang-changed = ✅ Artık sizinle Türkçe konuşuyorum.
lang-unsupported = Maalesef “{ $code }” dili bende yok. Lütfen seçin:

forget-confirm = 🗑️ Sizinle ilgili kaydettiğim her şeyi (cevaplarınızı ve sohbette kaldığınız yeri) sileyim mi?
forget-yes = Evet, her şeyi sil
forget-no = Hayır, devam et
forget-done = ✅ Her şey silindi. /start ile istediğiniz zaman yeniden başlayabilirsiniz.

hint-use-buttons = Lütfen düğmelerden birine dokunun (veya numarasını yazın).
hint-empty = Mesajınız boş. Lütfen bir düğmeye dokunun.
hint-unknown-command = { $command } komutunu tanımıyorum. Yardım için: /help
hint-stale-button = Bu düğme eski bir mesaja ait. Şu an buradasınız:
hint-at-start = Zaten baştasınız.

nav-next = Devam ➡️
nav-back = ⬅️ Geri
nav-menu = 🏠 Menü
nav-urgent = 🆘 Acil yardım

verdict-likely = ✅ Büyük ihtimalle
verdict-maybe = ❔ Belki
verdict-unlikely = ❌ Pek olası değil
check-line =
    { $verdict }: { $name }
    { $reason }
    👉 { $office }
check-line-short = { $verdict }: { $name } – { $reason }
check-group = { $verdict }:
check-item = • { $name } 👉 { $office }
check-item-monthly = • { $name }: ayda { $monthly } 👉 { $office }
check-total = 💶 Toplam ayda yaklaşık { $total }.
check-details = 🔎 Tüm ayrıntılar
read-more = 📖 Devamını oku ({ $page }/{ $pages })
read-first = ⬆️ Baştan oku
input-weeks = hafta, haftalık
input-months = ay, aylık
input-newborn = bebek, yenidoğan

summary-empty = Henüz bir sonraki adım toplamadınız. Menüden bir konu seçin.
summary-item = ☐ { $item }
summary-for-office = 🇩🇪 Daire için: Almancası
summary-office-heading = 🇩🇪 Daire için – sonraki adımlarım:

outlook-none = Önümüzdeki { $months } ay içinde kendiliğinden gelen bir değişiklik görmüyorum.
