# Datenschutz: was der Bot zu geteilten Kontakten sagt.

tg-contact-not-kept = 🔒 Danke. Ich brauche keine Telefonnummern und speichere diesen Kontakt nicht. Bitte tippen Sie auf einen Knopf.
