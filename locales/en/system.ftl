### Texts of the bot itself: navigation, hints, help, language, deleting.
### The code uses these ids. Change the text: yes. Rename an id: no.

lang-name = English

sys-welcome = 👋 Welcome to Wegweiser, the guide for single parents! I show you which help exists and where to get it. Just tap the buttons.
sys-restarted = 🔄 Let's start again. Your earlier answers are deleted.
sys-updated = ℹ️ Wegweiser was just updated. Please choose again from the menu.
sys-unknown-link = ℹ️ I don't know this link. Here is the menu.

help-text =
    ❓ How Wegweiser works:
    • Tap a button to go on.
    • ⬅️ Back: one step back.
    • 🏠 Menu: back to the start.
    • 🆘 Urgent help: phone numbers for emergencies.
    Commands: /restart (start again), /language (language), /forget (delete everything I stored about you).
    I only store your answers so that you can continue later.

lang-choose = 🌐 Please choose your language:
lang-changed = ✅ I will now talk to you in English.
lang-unsupported = Sorry, I don't have the language "{ $code }". Please choose:

forget-confirm = 🗑️ Shall I delete everything I stored about you (your answers and your place in the conversation)?
forget-yes = Yes, delete everything
forget-no = No, continue
forget-done = ✅ Everything is deleted. Send /start to begin again at any time.

hint-use-buttons = Please tap one of the buttons (or type its number).
hint-empty = Your message is empty. Please tap a button.
hint-unknown-command = I don't know the command { $command }. Send /help for help.
hint-stale-button = This button belongs to an older message. This is where you are now:
hint-at-start = You are already at the start.

nav-next = Continue ➡️
nav-back = ⬅️ Back
nav-menu = 🏠 Menu
nav-urgent = 🆘 Urgent help

verdict-likely = ✅ Likely
verdict-maybe = ❔ Maybe
verdict-unlikely = ❌ Unlikely
check-line =
    { $verdict }: { $name }
    { $reason }
    👉 { $office }
check-line-short = { $verdict }: { $name } – { $reason }
check-group = { $verdict }:
check-item = • { $name } 👉 { $office }
check-item-monthly = • { $name }: { $monthly } a month 👉 { $office }
check-total = 💶 Together about { $total } a month.
check-details = 🔎 All the details
read-more = 📖 Read on ({ $page }/{ $pages })
read-first = ⬆️ From the start
input-weeks = week, weeks, wk, wks
input-months = month, months, mo, mos
input-newborn = baby, newborn, infant

summary-empty = You have not collected any next steps yet. Choose a topic in the menu.
summary-item = ☐ { $item }
summary-for-office = 🇩🇪 For the office: in German
summary-office-heading = 🇩🇪 For the office – my next steps:

outlook-none = For the next { $months } months I see no change that comes by itself.
