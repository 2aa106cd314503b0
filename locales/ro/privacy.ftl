# Confidențialitate: ce spune botul despre contactele trimise.

tg-contact-not-kept = 🔒 Mulțumesc. Nu am nevoie de numere de telefon și nu am păstrat acest contact. Vă rog să apăsați un buton.
