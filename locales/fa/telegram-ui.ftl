### Texts only Telegram needs: short button labels, the language prompt, shared locations. (Persian)
### The code uses these ids. Change the text: yes. Rename an id: no.

## Navigation, three buttons in one row: at most 12 characters (an emoji counts as 2).
tg-nav-back = ➡️ بازگشت
tg-nav-menu = 🏠 منو
tg-nav-urgent = 🆘 فوری

## The language prompt on first contact when we do not have the phone's language: one line per language.
tg-lang-prompt = لطفاً زبان خود را انتخاب کنید.

## A location shared while the postcode is asked. { $place }: postcode and district.
tg-postcode-from-location = 📍 بر اساس موقعیت شما کد پستی { $place } را در نظر می‌گیرم. اگر درست نیست: «بازگشت» را بزنید و کد درست را بنویسید.
tg-location-no-postcode = 📍 سپاس! برای این مکان کد پستی‌ای از منطقهٔ ما نمی‌شناسم. لطفاً کد پستی خود را بنویسید یا بدون آن ادامه دهید.
