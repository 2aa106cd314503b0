### Texts only Telegram needs: short button labels, the language prompt, shared locations. (Russian)
### The code uses these ids. Change the text: yes. Rename an id: no.

## Navigation, three buttons in one row: at most 12 characters (an emoji counts as 2).
tg-nav-back = ⬅️ Назад
tg-nav-menu = 🏠 Меню
tg-nav-urgent = 🆘 Срочно

## The language prompt on first contact when we do not have the phone's language: one line per language.
tg-lang-prompt = Пожалуйста, выберите язык.

## A location shared while the postcode is asked. { $place }: postcode and district.
tg-postcode-from-location = 📍 По вашему местоположению я беру почтовый индекс { $place }. Если он неверный: ⬅️ Назад и введите правильный.
tg-location-no-postcode = 📍 Спасибо! Для этого места я не знаю почтового индекса из нашего района. Пожалуйста, введите свой почтовый индекс или продолжите без него.
