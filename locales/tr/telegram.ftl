### Telegram botunun kendi metinleri: menüdeki komut listesi, ipuçları.
### Bu kimlikleri (ID) kod kullanır. Metni değiştirmek: evet. ID'yi değiştirmek: hayır.

## Komutlar, Telegram'ın bunları giriş alanının yanındaki menüde gösterdiği şekliyle (en fazla 256 karakter).
tg-cmd-start = Baştan başla
tg-cmd-menu = Ana menüye git
tg-cmd-back = Bir adım geri
tg-cmd-restart = Yeniden başla, cevapları sil
tg-cmd-language = Dil seç
tg-cmd-sos = Acil yardım: acil durum telefon numaraları
tg-cmd-help = Wegweiser nasıl çalışır
tg-cmd-forget = Sizinle ilgili kaydettiğim her şeyi sil

## İpuçları
tg-only-text = Sadece metin ve düğmeleri okuyabilirim; resim, sesli mesaj veya dosya okuyamam.
tg-text-shortened = ✂️ Bu metin Telegram için çok uzundu ve kısaltıldı.
# Bir adımın kendi metni yoksa düğmelerin üstünde görünür.
tg-choose = 👇

tg-map = 🗺 Harita: { $offer }
tg-slow-down = Bir seferde çok fazla mesaj geldi. Lütfen biraz bekleyin, sonra tekrar cevap vereceğim.
