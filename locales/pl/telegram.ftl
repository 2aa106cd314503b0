### Teksty samego bota w Telegramie: lista poleceń, wskazówki.
### Program używa tych identyfikatorów. Tekst można zmieniać, identyfikatorów – nie.

## Polecenia, tak jak Telegram pokazuje je w menu obok pola wpisywania (najwyżej 256 znaków).
tg-cmd-start = Zacząć od początku
tg-cmd-menu = Do menu głównego
tg-cmd-back = Jeden krok wstecz
tg-cmd-restart = Zacząć od nowa, usunąć odpowiedzi
tg-cmd-language = Wybrać język
tg-cmd-sos = Pilna pomoc: telefony w nagłych sytuacjach
tg-cmd-help = Jak działa Wegweiser
tg-cmd-forget = Usunąć wszystko, co zapisałem

## Wskazówki
tg-only-text = Umiem czytać tylko tekst i przyciski – nie zdjęcia, wiadomości głosowe ani pliki.
tg-text-shortened = ✂️ Ten tekst był za długi dla Telegrama i został skrócony.
# Pokazywane nad przyciskami, gdy krok nie ma własnego tekstu.
tg-choose = 👇

tg-map = 🗺 Mapa: { $offer }
tg-slow-down = To było bardzo dużo wiadomości naraz. Proszę chwilę poczekać, potem znowu odpowiem.
