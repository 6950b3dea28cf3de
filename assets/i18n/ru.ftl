# Zhanaozen Atlas: интерфейс на русском. Каждый id из en.ftl должен быть и здесь (это проверяет тест).
# Тексты набора данных (названия событий, описания, источники) не переводятся.

## Даты

date-months = январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
# После числа («27 мая 2011») и отдельно («май 2011» на шкале).
date-months-short = янв фев мар апр мая июн июл авг сен окт ноя дек
date-months-short-standalone = янв фев мар апр май июн июл авг сен окт ноя дек
date-weekdays-short = пн вт ср чт пт сб вс
date-about = около
precision-year = дата известна с точностью до года
precision-month = дата известна с точностью до месяца
precision-week = дата известна с точностью до недели
precision-day = дата известна с точностью до дня
precision-hour = время известно с точностью до часа
precision-minute = время известно с точностью до минуты
distance-km = { $km } км
distance-m = { $m } м

## Количества

count-events = { $count ->
    [one] { $count } событие
    [few] { $count } события
   *[many] { $count } событий
}
count-places = { $count ->
    [one] { $count } место
    [few] { $count } места
   *[many] { $count } мест
}
count-sources = { $count ->
    [one] { $count } источник
    [few] { $count } источника
   *[many] { $count } источников
}

## Заголовок и меню

app-title = Атлас Жанаозена
menu-file = Файл
menu-open = Открыть набор данных…
claims-cursor = курсор шкалы времени
title-card-tour = Начать обзор
title-card-explore = Смотреть самому
builtin-record = Встроенный набор
menu-open-builtin = Открыть встроенный набор
menu-recent = Недавние файлы
menu-recent-none = Файлы ещё не открывались
menu-recent-clear = Очистить список недавних файлов
menu-keep-history = Помнить открытые файлы
menu-keep-history-tip = Выключено: приложение не ведёт список недавних файлов и не открывает последний файл при следующем запуске
menu-export-geojson = Экспорт событий в GeoJSON…
menu-export-csv = Экспорт событий в CSV…
menu-save-as-json = Сохранить набор данных в JSON Zhanaozen Atlas…
menu-save-png = Сохранить вид как PNG…
menu-save-png-shortcut = Ctrl+S
menu-copy-link = Скопировать ссылку на этот вид
menu-copy-link-tip = Копирует командную строку, которая открывает приложение на этом виде
menu-quit = Выход
menu-view = Вид
menu-theme-system = Как в системе
menu-theme-light = Светлая тема
menu-theme-dark = Тёмная тема
menu-map = Карта
menu-language = Язык
layer-offline = Только офлайн-подложка
layer-osm = OpenStreetMap (онлайн)
layer-topo = OpenTopoMap (онлайн)
layer-custom = Сервер тайлов { $host } (онлайн)
layer-online-note = Онлайн-слои загружают тайлы карты со своих серверов, только когда выбраны; офлайн-подложка остаётся под ними.
offline-note = На этом масштабе в офлайн-карте нет больших подробностей. В онлайн-слое есть улицы и здания; он загружает фрагменты карты со своего сервера.
offline-note-keep = Оставить офлайн-карту
file-filter-datasets = Наборы данных
file-filter-all = Все файлы
file-filter-png = Изображения PNG
rows-skipped = { $count ->
    [one] пропущена { $count } строка
    [few] пропущено { $count } строки
   *[many] пропущено { $count } строк
}
import-notes = { $count ->
    [one] { $count } замечание о прочитанном
    [few] { $count } замечания о прочитанном
   *[many] { $count } замечаний о прочитанном
}
dates-read-as = Даты прочитаны как { $form }
and-more = … и ещё { $count }
status-opened = Открыт { $name }
status-opened-report = Открыт { $name }: { $report }
status-wrote = Записано событий: { $count }, файл { $path }
status-write-failed = Не удалось записать { $path }: { $error }
status-saved-png = Вид сохранён в { $path } ({ $width } × { $height } пикселей)
status-link-copied = Скопировано: { $command }

## Карта

tiles-loading = Загрузка тайлов карты с { $host }…
tiles-unavailable = Тайлы карты с { $host } недоступны (нет сети или сбой сервера). Показана офлайн-подложка.
zoom-in = Приблизить
zoom-out = Отдалить
measure = Измерить
measure-tip = Измерить расстояние между двумя точками или местами (Esc — выход)
fit-region = Вся область
fit-region-tip = Показать целиком регион набора данных: { $region }
fit-data = Все данные
fit-data-tip = Показать все места событий этого набора данных (F)
map-legend-recent = события за { $window }
map-legend-earlier = только более ранние события
event-mark = На карте: { $title }
map-legend-event-dot = по точке на событие, цветом его категории: крупная, пока недавнее, затем мелкая и бледная
recent-day = последние сутки
recent-week = последнюю неделю
recent-month = последние 30 дней
recent-everything = всё время до курсора
recent-label = Недавнее
recent-tip = Насколько далеко назад от курсора карта выделяет события как новости: внутри окна места и точки событий яркие, более ранние — бледные
map-legend-future = ещё впереди
place-marker = { $name }: { $count ->
    [one] { $count } событие
    [few] { $count } события
   *[many] { $count } событий
}
cluster-label = { $count ->
    [one] { $count } место
    [few] { $count } места
   *[many] { $count } мест
}
cluster-tip = Здесь мест: { $count }; нажмите, чтобы приблизить
measure-reading = { $km } км · азимут { $bearing }°
measure-help = Измерение: нажмите на две точки или два места. Esc — выход.
measure-again = Нажмите ещё раз, чтобы измерить заново. Esc — выход.
route-lengths = { $path } км по маршруту · { $straight } км по прямой (геодезически, WGS84)
route-sources = Источники: «{ $reported }»
route-no-distance = Источники не называют расстояния
route-click = Нажмите, чтобы открыть событие.
route-under-way = В пути { $when } (только даты, без времени)
route-progress = Здесь: { $km } км по маршруту от пункта { $from }
toll-heading = Погибшие: версии сторон на эту дату
toll-none = Цифр пока никто не называл.
chart = График
chart-tip = Все заявления во времени, с источниками
claim-source = Источник: { $source }

## Заявления

claims-window-title = Заявления: { $subject }
claims-no-dated = Нет датированных цифр для графика; заявления перечислены ниже.
claims-range-note = Диапазон («не менее 15») показан по его границе. Наведите на точку, чтобы увидеть дату и цифру; источник каждого заявления — в списке ниже.
claims-header = { $subject }: { $count ->
    [one] { $count } заявление
    [few] { $count } заявления
   *[many] { $count } заявлений
}
claim-as-of = на { $date }
date-not-known = дата неизвестна
claim-at-least = не менее { $n }
claim-at-most = не более { $n }
claimant-government = правительство
claimant-prosecutor = прокуратура
claimant-court = суд
claimant-opposition = оппозиция
claimant-rights-group = правозащитники
claimant-witness = очевидцы
claimant-media = СМИ
claimant-international = международный орган

## Шкала времени

timeline-label = Шкала времени
timeline-cursor-tip = Курсор шкалы времени
timeline-too-many = В видимой части событий: { $count }. Приблизьте, чтобы увидеть их по одному
timeline-shown-cumulative = Произошло к этой дате: { $shown } из { $total }
timeline-shown-window = В окне: { $shown } из { $total }
timeline-filtered-total = { $count } по фильтру
mark-place-unknown = место неизвестно
click-to-open = Нажмите, чтобы открыть
density-bucket = { $count ->
    [one] { $count } событие
    [few] { $count } события
   *[many] { $count } событий
} · { $from } – { $to } ({ $resolution })
resolution-hour = час
resolution-day = день
resolution-week = неделя
resolution-month = месяц
utc = UTC
utc-tip = Показывать время в UTC, а не в местном времени области ({ $offset })
next-event = Следующее событие
next-event-tip = Следующее событие (стрелка вправо)
previous-event = Предыдущее событие
previous-event-tip = Предыдущее событие (стрелка влево)
play = Воспроизвести
pause = Пауза
play-tip = Воспроизведение и пауза (пробел)
speed-tip = Скорость воспроизведения: сколько исторического времени за секунду
speed-hour = 1 час/с
speed-six-hours = 6 часов/с
speed-day = 1 день/с
speed-week = 1 неделя/с
speed-month = 1 месяц/с
timeline-options = Параметры
timeline-options-tip = Повтор и затишья при воспроизведении; что считает гистограмма
loop = По кругу
skip-quiet = Пропускать затишья
skip-quiet-tip = Перескакивать промежутки без событий
show-all-time = Всё
show-all-time-tip = Показать весь набор данных (двойной щелчок по шкале)
mode-cumulative = До курсора
mode-cumulative-tip = Карта показывает всё, что произошло к положению курсора
mode-window = Только окно
mode-window-tip = Карта показывает только события во временном окне (выберите его, перетаскивая по шкале с Shift)
clear-window = Сбросить окно
histogram-map-only = Гистограмма: только видимая часть карты
histogram-map-only-tip = Считать только события в видимой части карты

## Боковая панель

close = Закрыть
close-tip = Закрыть (Esc)
not-in-sources = нет в источниках
name-english = Английский
name-russian = Русский
name-kazakh = Казахский
coordinates = Координаты
uncertainty = Погрешность
uncertainty-within = места событий — в пределах около { $km } км от точки
copy-coordinates = Скопировать координаты
copy-coordinates-tip = Скопировать «{ $coords }» (широта, долгота)
distance-to = До пункта { $place }: { $km } км (геодезически)
place-events = { $count ->
    [0] В этом наборе данных здесь нет событий
    [one] Здесь { $count } событие
    [few] Здесь { $count } события, по времени
   *[many] Здесь { $count } событий, по времени
}
event-at = место: { $place }
show-place-tip = Показать место
region-no-exact = { $region } (точное место неизвестно)
place-not-known = Место неизвестно
disputed = Оспаривается
event-route = Маршрут: { $path } км по пути, { $straight } км по прямой (геодезически); источники называют { $reported }.
event-route-nothing-reported = ничего о расстоянии
event-claims = Заявления: { $subject }
chart-all-claims = График всех заявлений
chart-all-claims-tip = Все заявления на эту тему во времени
sources-heading = { $count ->
    [one] Источник
   *[other] Источники
}
search-hint = Поиск событий (Ctrl+F)
search-no-match = Ни одно событие не содержит «{ $query }»: карта и шкала показывают все события
search-result-tip = Открыть это событие (вверх/вниз — выбор, Enter — открыть)
search-more = …и ещё { $count } на карте и шкале
search-label = Поиск событий
category-hide-tip = Нажмите, чтобы скрыть эти события
category-show-tip = Нажмите, чтобы показать эти события
filter-shown = Показано событий: { $shown } из { $total }
show-all = Показать все
overview-help = Нажмите на место на карте или на отметку на шкале времени. Перетаскивайте шкалу, чтобы двигаться во времени; стрелки влево и вправо переходят от события к событию.
tour-start = Начать экскурсию ({ $count ->
    [one] { $count } шаг
    [few] { $count } шага
   *[many] { $count } шагов
})
tour-start-tip = Пройти по ключевым событиям с короткой подписью к каждому (Page Up/Page Down)
places-heading = Места событий
contested-heading = Спорные цифры
contested-help = Где источники расходятся, каждое заявление приведено с указанием, кто его сделал и где оно опубликовано.
link-not-opened = { $text } (не открывается: «{ $url }» — не адрес http(s))
link-none = { $text } (ссылка не записана)

## Экскурсия

tour-step = Экскурсия · шаг { $step } из { $count }
tour-exit = Выйти из экскурсии
next-step = Следующий шаг
next-step-tip = Следующий шаг (Page Down)
previous-step = Предыдущий шаг
previous-step-tip = Предыдущий шаг (Page Up)

## Ошибки

load-error-title = Не удалось открыть файл
load-error-summary = { $count ->
    [one] { $count } проблема. Набор данных на экране не изменился.
    [few] { $count } проблемы. Набор данных на экране не изменился.
   *[many] { $count } проблем. Набор данных на экране не изменился.
}
dismiss = Закрыть

## Loading a file
loading-title = Открывается { $name }
loading-reading = Чтение файла: { $done } из { $total }
loading-reading-unknown = Чтение файла: { $done }
loading-parsing = { $rows ->
    [one] Прочитана { $rows } строка, около { $percent } % файла
    [few] Прочитаны { $rows } строки, около { $percent } % файла
   *[many] Прочитано { $rows } строк, около { $percent } % файла
}
loading-keeps = Набор данных на экране остаётся, пока новый не готов.
loading-cancel = Отмена
# Поле пути там, где не открывается системное окно выбора файла.
path-prompt-title-open = Открыть набор данных
path-prompt-title-save = Сохранить в файл
path-prompt-no-dialog = Окно выбора файла здесь открыть нельзя: нет портала рабочего стола (нет сеансовой шины), и не установлен zenity. Введите путь к файлу.
path-prompt-portal-silent = Окно выбора файла не открылось (портал рабочего стола не ответил, а zenity не установлен). Введите путь к файлу.
path-prompt-path = Путь
path-prompt-open = Открыть
path-prompt-save = Сохранить
timeline-hidden-marks = +{ $count }
timeline-hidden-marks-tip = { $count ->
    [one] Ещё { $count } событию здесь не хватило места: щёлкните, чтобы приблизить
   *[other] Ещё { $count } событиям здесь не хватило места: щёлкните, чтобы приблизить
}

## Sources and claims of format 2
claim-passage = «{ $passage }»
single-source = Один источник: об этом сообщает только один источник.
source-translation = { $title } (перевод)
source-mirror = { $title } (копия на другом сайте)
source-relay = { $title } (пересказ другого издания)
map-legend-route = маршрут, когда его событие произошло (широкий, пока идёт)
caption-under-way = Идёт на эту дату
caption-latest = Последнее событие к этой дате
caption-next = Впереди: первое событие
map-legend = Легенда
map-legend-badge = событий там к этой дате
map-legend-categories = метки шкалы времени по категориям
