# Prywatność: co bot mówi o udostępnionych kontaktach.

tg-contact-not-kept = 🔒 Dziękuję. Nie potrzebuję numerów telefonów i nie zapisałem tego kontaktu. Proszę nacisnąć przycisk.
