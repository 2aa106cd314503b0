### Texts only Telegram needs: short button labels, the language prompt, shared locations.
### The code uses these ids. Change the text: yes. Rename an id: no.

## Navigation, three buttons in one row: at most 12 characters (an emoji counts as 2).
tg-nav-back = ⬅️ Back
tg-nav-menu = 🏠 Menu
tg-nav-urgent = 🆘 Urgent

## The language prompt on first contact when we do not have the phone's language: one line per language.
tg-lang-prompt = Please choose your language.

## A location shared while the postcode is asked. { $place }: postcode and district.
tg-postcode-from-location = 📍 For your location I take the postcode { $place }. If it is wrong: ⬅️ Back and type the right one.
tg-location-no-postcode = 📍 Thank you! I know no postcode of our area for this place. Please type your postcode or continue without one.
