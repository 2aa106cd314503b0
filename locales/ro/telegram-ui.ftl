### Texts only Telegram needs: short button labels, the language prompt, shared locations. (Romanian)
### The code uses these ids. Change the text: yes. Rename an id: no.

## Navigation, three buttons in one row: at most 12 characters (an emoji counts as 2).
tg-nav-back = ⬅️ Înapoi
tg-nav-menu = 🏠 Meniu
tg-nav-urgent = 🆘 Urgent

## The language prompt on first contact when we do not have the phone's language: one line per language.
tg-lang-prompt = Vă rog să alegeți limba.

## A location shared while the postcode is asked. { $place }: postcode and district.
tg-postcode-from-location = 📍 După locația dumneavoastră iau codul poștal { $place }. Dacă nu este corect: ⬅️ Înapoi și scrieți codul corect.
tg-location-no-postcode = 📍 Mulțumesc! Pentru acest loc nu cunosc un cod poștal din zona noastră. Vă rog să scrieți codul poștal sau să continuați fără el.
