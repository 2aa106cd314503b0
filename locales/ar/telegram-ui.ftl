### Texts only Telegram needs: short button labels, the language prompt, shared locations. (Arabic)
### The code uses these ids. Change the text: yes. Rename an id: no.

## Navigation, three buttons in one row: at most 12 characters (an emoji counts as 2).
tg-nav-back = ➡️ رجوع
tg-nav-menu = 🏠 القائمة
tg-nav-urgent = 🆘 عاجل

## The language prompt on first contact when we do not have the phone's language: one line per language.
tg-lang-prompt = من فضلكم اختاروا لغتكم.

## A location shared while the postcode is asked. { $place }: postcode and district.
tg-postcode-from-location = 📍 حسب موقعكم أعتمد الرمز البريدي { $place }. إذا لم يكن صحيحًا: اضغطوا «رجوع» واكتبوا الرمز الصحيح.
tg-location-no-postcode = 📍 شكرًا! لا أعرف رمزًا بريديًا من منطقتنا لهذا المكان. من فضلكم اكتبوا رمزكم البريدي أو تابعوا بدونه.
