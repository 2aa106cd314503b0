### Texts only Telegram needs: short button labels, the language prompt, shared locations. (Polish)
### The code uses these ids. Change the text: yes. Rename an id: no.

## Navigation, three buttons in one row: at most 12 characters (an emoji counts as 2).
tg-nav-back = ⬅️ Wstecz
tg-nav-menu = 🏠 Menu
tg-nav-urgent = 🆘 Pilne

## The language prompt on first contact when we do not have the phone's language: one line per language.
tg-lang-prompt = Proszę wybrać język.

## A location shared while the postcode is asked. { $place }: postcode and district.
tg-postcode-from-location = 📍 Na podstawie lokalizacji przyjmuję kod pocztowy { $place }. Jeśli jest błędny: ⬅️ Wstecz i proszę wpisać właściwy.
tg-location-no-postcode = 📍 Dziękuję! Dla tego miejsca nie znam kodu pocztowego z naszej okolicy. Proszę wpisać swój kod pocztowy albo przejść dalej bez niego.
