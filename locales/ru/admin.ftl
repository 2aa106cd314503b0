### Тексты для координаторов сети: команды, которые работают только в чатах администраторов
### (/reload, /status, /stats, /needs). Родители никогда не видят этих текстов.

admin-reload-loaded = ✅ Новая версия файлов активна (версия { $version }). Текущие разговоры продолжаются.
admin-reload-unchanged = ✅ Файлы не изменились. Активной остаётся версия { $version }.
admin-reload-refused = ⛔ В изменённых файлах { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[other] { $count } ошибок
}. Активной остаётся последняя версия без ошибок. Пожалуйста, исправьте:
admin-reload-unavailable = Этот бот работает с неизменными файлами и не может их перезагрузить.
admin-more-lines = … и ещё { $count }. Чтобы увидеть все: wegweiser check
admin-status = Активная версия: { $version } (тексты: { $texts }), загружена { $loaded }.
admin-status-last-none = С момента запуска перезагрузки не было.
admin-status-reloading = ⏳ Файлы сейчас перезагружаются (с { $when }).
admin-reload-lines = Сообщения проверки (технические, на английском):
admin-status-last-loaded = Последняя перезагрузка ({ $when }): успешно, версия { $version }.
admin-status-last-refused = Последняя перезагрузка ({ $when }): отклонена, { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[other] { $count } ошибок
}:
admin-stats-heading = 📊 Использование (анонимный подсчёт; месяцы: { $months }). Всего шагов: { $total }
admin-stats-visits = Чаще всего посещаемые шаги:
admin-stats-resting = Где заканчиваются разговоры (последний шаг):
admin-stats-restarts = Начали заново с шага:
admin-stats-forgets = Удалено (/forget) на шаге:
admin-stats-none = (пока ничего)
admin-stats-off = Этот бот ничего не считает.
admin-needs-heading = 🔎 Искали, но не нашли предложений (количество × темы · район · язык):
admin-needs-line = { $count } × { $topics } · { $district } · { $language } ({ $month })
admin-needs-none = Пока каждый поиск находил хотя бы одно предложение.
admin-district-unknown = район неизвестен
admin-needs-outside = вне сетей (индекс { $area }…)
admin-scope = Сеть: { $networks }
