# Privacy: what the bot says about shared contacts.

tg-contact-not-kept = 🔒 Thank you. I don't need phone numbers and have not kept this contact. Please tap a button.
