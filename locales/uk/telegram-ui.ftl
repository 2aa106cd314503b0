### Texts only Telegram needs: short button labels, the language prompt, shared locations. (Ukrainian)
### The code uses these ids. Change the text: yes. Rename an id: no.

## Navigation, three buttons in one row: at most 12 characters (an emoji counts as 2).
tg-nav-back = ⬅️ Назад
tg-nav-menu = 🏠 Меню
tg-nav-urgent = 🆘 Терміново

## The language prompt on first contact when we do not have the phone's language: one line per language.
tg-lang-prompt = Будь ласка, виберіть мову.

## A location shared while the postcode is asked. { $place }: postcode and district.
tg-postcode-from-location = 📍 За вашим місцезнаходженням я беру поштовий індекс { $place }. Якщо він неправильний: ⬅️ Назад і введіть правильний.
tg-location-no-postcode = 📍 Дякую! Для цього місця я не знаю поштового індексу з нашої місцевості. Будь ласка, введіть свій поштовий індекс або продовжте без нього.
