### Texts of the Telegram bot itself: the command list, hints.
### The code uses these ids. Change the text: yes. Rename an id: no.

## Commands, as Telegram shows them in the menu next to the input field (at most 256 characters).
tg-cmd-start = Start from the beginning
tg-cmd-menu = Go to the main menu
tg-cmd-back = One step back
tg-cmd-restart = Start again, delete my answers
tg-cmd-language = Choose the language
tg-cmd-sos = Urgent help: phone numbers for emergencies
tg-cmd-help = How Wegweiser works
tg-cmd-forget = Delete everything you stored about me

## Hints
tg-only-text = I can only read text and buttons, no pictures, voice messages or files.
tg-text-shortened = ✂️ This text was too long for Telegram and has been shortened.
# Shown above the buttons when a step has no text of its own.
tg-choose = 👇

## Offers: a button that sends an offer's address as a place on a map.
tg-map = 🗺 Map: { $offer }
## When someone sends very many messages at once (protection against overload).
tg-slow-down = That was a lot of messages at once. Please wait a moment, then I will answer again.
