### Тексти для координаторів мережі: команди, що працюють лише в чатах адміністраторів
### (/reload, /status, /stats, /needs). Батьки ніколи не бачать цих текстів.

admin-reload-loaded = ✅ Нова версія файлів активна (версія { $version }). Розмови, що тривають, продовжуються.
admin-reload-unchanged = ✅ Файли не змінилися. Активною залишається версія { $version }.
admin-reload-refused = ⛔ У змінених файлах { $count ->
    [one] { $count } помилка
    [few] { $count } помилки
   *[other] { $count } помилок
}. Активною залишається остання версія без помилок. Будь ласка, виправте:
admin-reload-unavailable = Цей бот працює з незмінними файлами й не може перезавантажити їх.
admin-more-lines = … і ще { $count }. Щоб побачити всі: wegweiser check
admin-status = Активна версія: { $version } (тексти: { $texts }), завантажено { $loaded }.
admin-status-last-none = Від запуску перезавантаження не було.
admin-status-reloading = ⏳ Файли саме зараз перезавантажуються (з { $when }).
admin-reload-lines = Повідомлення перевірки (технічні, англійською):
admin-status-last-loaded = Останнє перезавантаження ({ $when }): успішне, версія { $version }.
admin-status-last-refused = Останнє перезавантаження ({ $when }): відхилено, { $count ->
    [one] { $count } помилка
    [few] { $count } помилки
   *[other] { $count } помилок
}:
admin-stats-heading = 📊 Використання (анонімний підрахунок; місяці: { $months }). Кроків загалом: { $total }
admin-stats-visits = Найчастіше відвідувані кроки:
admin-stats-resting = Де закінчуються розмови (останній крок):
admin-stats-restarts = Почали заново з кроку:
admin-stats-forgets = Видалено (/forget) на кроці:
admin-stats-none = (поки нічого)
admin-stats-off = Цей бот нічого не рахує.
admin-needs-heading = 🔎 Шукали, але не знайшли пропозицій (кількість × теми · район · мова):
admin-needs-line = { $count } × { $topics } · { $district } · { $language } ({ $month })
admin-needs-none = Досі кожен пошук знаходив щонайменше одну пропозицію.
admin-district-unknown = район невідомий
admin-needs-outside = поза мережами (індекс { $area }…)
admin-scope = Мережа: { $networks }
