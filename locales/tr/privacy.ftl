# Gizlilik: paylaşılan kişiler hakkında.

tg-contact-not-kept = 🔒 Teşekkürler. Telefon numarasına ihtiyacım yok, bu kişiyi kaydetmedim. Lütfen bir düğmeye dokunun.
