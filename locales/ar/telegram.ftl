### Texts of the Telegram bot itself: the command list, hints. (Arabic)
### The code uses these ids. Change the text: yes. Rename an id: no.

## Commands, as Telegram shows them in the menu next to the input field (at most 256 characters).
tg-cmd-start = البدء من البداية
tg-cmd-menu = إلى القائمة الرئيسية
tg-cmd-back = خطوة واحدة إلى الوراء
tg-cmd-restart = البدء من جديد وحذف الإجابات
tg-cmd-language = اختيار اللغة
tg-cmd-sos = مساعدة فورية: أرقام هواتف للطوارئ
tg-cmd-help = كيف يعمل Wegweiser
tg-cmd-forget = حذف كل ما حفظته عنكم

## Hints
tg-only-text = أستطيع قراءة النصوص والأزرار فقط، ولا أستطيع قراءة الصور أو الرسائل الصوتية أو الملفات.
tg-text-shortened = ✂️ كان هذا النص طويلًا جدًا على Telegram، لذلك تم اختصاره.
# Shown above the buttons when a step has no text of its own.
tg-choose = 👇

tg-map = 🗺 خريطة: { $offer }
tg-slow-down = وصلتني رسائل كثيرة جدًا دفعة واحدة. يرجى الانتظار قليلًا، ثم سأرد من جديد.
