### Texts only Telegram needs: short button labels, the language prompt, shared locations. (Turkish)
### The code uses these ids. Change the text: yes. Rename an id: no.

## Navigation, three buttons in one row: at most 12 characters (an emoji counts as 2).
tg-nav-back = ⬅️ Geri
tg-nav-menu = 🏠 Menü
tg-nav-urgent = 🆘 Acil

## The language prompt on first contact when we do not have the phone's language: one line per language.
tg-lang-prompt = Lütfen dilinizi seçin.

## A location shared while the postcode is asked. { $place }: postcode and district.
tg-postcode-from-location = 📍 Konumunuza göre posta kodu olarak { $place } alıyorum. Doğru değilse: ⬅️ Geri'ye dokunun ve doğrusunu yazın.
tg-location-no-postcode = 📍 Teşekkürler! Bu yer için bölgemizden bir posta kodu bilmiyorum. Lütfen posta kodunuzu yazın ya da posta kodu olmadan devam edin.
