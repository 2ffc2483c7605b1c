# Lotse – UI strings (Russian). Translated from de/main.ftl; keep the same keys.

site-tagline = Консультации и помощь в { $area }
skip-to-content = Перейти к содержанию
nav-home = Главная
nav-emergency = Экстренная помощь
nav-categories = Все темы
lang-switcher = Язык

search-label = С чем вам нужна помощь?
search-placeholder = например: долги, Tafel (продуктовый банк), молодёжный центр
search-button = Искать
search-hint = Пишите своими словами, на своём языке.

home-intro = Здесь вы найдёте консультационные службы, места встреч и помощь в { $area } и окрестностях. Все услуги в одном месте — с телефоном, адресом и часами работы.
home-topics = Темы

results-title = Результаты поиска: «{ $query }»
results-count = { $count ->
    [one] { $count } услуга
    [few] { $count } услуги
    [many] { $count } услуг
   *[other] { $count } услуги
}
results-none = К сожалению, мы не нашли ничего подходящего.
results-weak = Мы не нашли ничего, что подходит точно.
results-fallback = Но помощь можно получить здесь: общая социальная консультация помогает с любым вопросом и знает, кто за что отвечает.
results-browse = Или выберите тему:
results-empty-query = Пожалуйста, напишите, с чем вам нужна помощь.
results-more = Ещё результаты

crisis-title = Вы не одни. Здесь вам сразу помогут.
crisis-text = Если вы в опасности или не знаете, что делать дальше, позвоните прямо сейчас.
crisis-call = { $name }: { $number }

emergency-title = Экстренная помощь и телефоны доверия
emergency-intro = Если вам угрожает опасность: экстренный вызов 112 (скорая помощь, пожарные) или 110 (полиция).

category-offers = { $count ->
    [one] { $count } услуга
    [few] { $count } услуги
    [many] { $count } услуг
   *[other] { $count } услуги
}

status-active = Работает
status-planned = Запланировано: об этой услуге объявляли. Работает ли она уже, неизвестно.
status-temporarily-closed = Временно закрыто
status-ended = Прекращено: по нашим источникам, этой услуги больше нет.

offer-caveat = Обратите внимание
offer-contact = Контакты
offer-phone = Телефон
offer-call = Позвонить
offer-email = Электронная почта
offer-website = Сайт
offer-address = Адрес
offer-map = Показать на карте (OpenStreetMap)
offer-hours = Часы работы
offer-cost = Стоимость
offer-languages = Языки консультаций
offer-accessibility = Доступность для людей с инвалидностью
offer-appointment = Запись
offer-anonymous = Можно получить консультацию анонимно.
offer-wheelchair-yes = Доступно для людей на инвалидной коляске (по данным источника).
offer-wheelchair-partly = Частично доступно для людей на инвалидной коляске (по данным источника).
offer-wheelchair-no = По данным источника, на инвалидной коляске без помощи не попасть.
offer-audience = Для кого
offer-provider = Организация
offer-categories = Темы
offer-about = Об услуге
offer-verification = Откуда эти данные
offer-checked = Последняя сверка с источниками: { $date }.
offer-not-confirmed = Организация ещё не подтвердила эти данные.
offer-confirmed = Данные подтверждены организацией.
offer-sources = Источники
offer-print = Распечатать
offer-details = Подробнее

appointment-required = Только по записи
appointment-recommended = Лучше записаться заранее
appointment-not-needed = Без записи

source-undated = без даты
source-dated = по состоянию на { $date }

hours-by-appointment = Приём по договорённости.
hours-as-of = Часы работы по состоянию на { $date }
hours-unknown = Часы работы неизвестны. Пожалуйста, уточните заранее.
hours-open-now = Сейчас открыто
hours-open-now-until = Сейчас открыто, до { $time }
hours-next = Ближайшее время работы: { $when }
hours-range = { $from }–{ $to }
hours-from = с { $from }
hours-every-week = { $days }
hours-odd-weeks = { $days } (нечётные календарные недели)
hours-even-weeks = { $days } (чётные календарные недели)
hours-second-week = { $days } (раз в две недели)
hours-month = { $weeks } { $days } месяца
hours-today = сегодня, { $time }
hours-tomorrow = завтра, { $time }
hours-on-date = { $weekday }, { $date }, { $time }
hours-all-day = круглосуточно
# Every day of the week (instead of naming all seven).
hours-daily = ежедневно
# A line that is open at every hour (instead of "open until 24:00").
hours-always = Работает круглосуточно
hours-stale = Часы работы на { $date } – пожалуйста, сначала позвоните
hours-undated = Часы работы без даты – пожалуйста, сначала позвоните

nth-1 = { $gender ->
    [f] первая
    [n] первое
   *[m] первый
  }
nth-2 = { $gender ->
    [f] вторая
    [n] второе
   *[m] второй
  }
nth-3 = { $gender ->
    [f] третья
    [n] третье
   *[m] третий
  }
nth-4 = { $gender ->
    [f] четвёртая
    [n] четвёртое
   *[m] четвёртый
  }
nth-5 = { $gender ->
    [f] пятая
    [n] пятое
   *[m] пятый
  }
nth-last = { $gender ->
    [f] последняя
    [n] последнее
   *[m] последний
  }

# The grammatical gender of each weekday (m, f or n), for ordinals that agree with it ("the second Wednesday").
weekday-gender-mon = m
weekday-gender-tue = m
weekday-gender-wed = f
weekday-gender-thu = m
weekday-gender-fri = f
weekday-gender-sat = f
weekday-gender-sun = n
weekdays-mon = по понедельникам
weekdays-tue = по вторникам
weekdays-wed = по средам
weekdays-thu = по четвергам
weekdays-fri = по пятницам
weekdays-sat = по субботам
weekdays-sun = по воскресеньям

audience-everyone = все
audience-children = дети
audience-youth = подростки
audience-young-adults = молодые люди
audience-parents = родители
audience-families = семьи
audience-adults = взрослые
audience-women = женщины
audience-girls = девочки и девушки
audience-men = мужчины
audience-50plus = люди старше 50 лет
audience-seniors = пожилые люди
audience-caregivers = те, кто ухаживает за близкими
audience-migrants = мигранты
audience-refugees = беженцы
audience-disabilities = люди с инвалидностью
audience-low-income = люди с низким доходом
audience-homeless = люди без жилья
audience-relatives = родственники и друзья
audience-professionals = специалисты

group-counselling = Консультации и поддержка
group-youth = Дети и молодёжь
group-fifty-plus = Для людей 50+
group-food = Еда, одежда, быт
group-emergency = Экстренная помощь и телефоны доверия

category-social-counselling = Общая социальная консультация
category-debt-counselling = Консультации по долгам и банкротству
category-addiction-counselling = Консультации по зависимостям
category-family-counselling = Консультации по воспитанию, семейным и жизненным вопросам
category-pregnancy-counselling = Консультации для беременных
category-migration-counselling = Консультации для мигрантов и беженцев
category-senior-counselling = Консультации для пожилых людей
category-care-counselling = Консультации по уходу за больными и пожилыми
category-housing-help = Помощь при потере жилья
category-violence-protection = Защита от насилия и консультации для женщин
category-disability-counselling = Консультации для людей с инвалидностью
category-mental-health = Психосоциальная помощь
category-benefits-office = Ведомства и социальные выплаты
category-youth-centre = Молодёжные центры и работа с молодёжью
category-learning-support = Помощь с учёбой и домашними заданиями
category-senior-meeting = Встречи и общение 50+
category-exercise-50plus = Движение и спорт 50+
category-digital-help = Цифровые помощники: помощь со смартфоном и планшетом
category-lunch-table = Обеды и совместная готовка
category-food-bank = Tafel и продуктовая помощь
category-clothing-household = Одежда и вещи для дома по низким ценам
category-self-help = Группы самопомощи
category-crisis-hotline = Экстренные номера и телефоны доверия

translation-note = Переведено с немецкого. Юридическую силу имеет немецкий текст.
translation-draft = Этот перевод ещё не проверен человеком.
translation-missing = Этого текста пока нет на вашем языке. Здесь приведён немецкий текст.
translation-read-german = Читать немецкий текст

footer-about = Lotse — это справочник консультационных служб и помощи в { $area }. Все данные без гарантии: пожалуйста, позвоните перед визитом.
footer-privacy = Защита данных: Lotse не сохраняет поисковые запросы и не использует файлы cookie.
footer-editors = Редакция
search-town = Город
search-town-any = Все города

error-not-found-title = Страница не найдена
error-not-found-text = Такой страницы нет. Возможно, поможет поиск.
error-bad-request-title = Не получилось
error-bad-request-text = Неверный запрос: { $reason }
error-internal-title = Произошла ошибка
error-internal-text = Пожалуйста, попробуйте ещё раз чуть позже. В экстренной ситуации звоните 112.
error-busy-title = Сейчас очень много запросов
error-busy-text = Поиск сейчас перегружен. Пожалуйста, попробуйте ещё раз через несколько секунд. В экстренной ситуации звоните 112; телефон доверия TelefonSeelsorge бесплатный: 0800 111 0 111.
error-unavailable-title = Временно недоступно
error-unavailable-text = Справочник сейчас обновляется. Пожалуйста, попробуйте ещё раз чуть позже.
error-back-home = На главную
error-query-too-long = Запрос слишком длинный (максимальное число символов: { $max }).
error-bad-parameter = Недопустимое значение для «{ $name }».
error-unknown-language = Такого языка здесь нет.

bot-greeting = Здравствуйте! Я Lotse. Напишите своими словами, с чем вам нужна помощь, например «долги» или «бесплатная еда». Я подскажу подходящие услуги в { $area }.
bot-help = Как это работает: напишите, с чем вам нужна помощь. Можно также отправить своё местоположение — тогда я покажу услуги поблизости.
    /categories – все темы
    /emergency – экстренные номера и телефоны доверия
    /language – выбрать язык
bot-choose-topic = Выберите тему:
bot-results = Вот что удалось найти:
bot-more = Ещё результаты
bot-details = Подробнее
bot-web = Сайт
bot-no-more = Больше результатов нет.
bot-non-text = Я понимаю только текст. Пожалуйста, напишите в нескольких словах, с чем вам нужна помощь, или отправьте своё местоположение.
bot-too-long = Ваше сообщение очень длинное. { $max ->
    [one] Прочитаны только первые { $max } символ.
    [few] Прочитаны только первые { $max } символа.
   *[other] Прочитаны только первые { $max } символов.
}
bot-choose-language = Выберите язык:
bot-language-set = Теперь я буду писать вам по-русски.
bot-nearby = Услуги рядом с вами (по прямой, примерно):
bot-nearby-none = Рядом с вами я не знаю услуг с известным адресом.
bot-nearby-skipped = { $count ->
    [one] { $count } услуга без известного адреса не показана.
    [few] { $count } услуги без известного адреса не показаны.
    [many] { $count } услуг без известного адреса не показаны.
   *[other] { $count } услуги без известного адреса не показаны.
}
bot-distance = { $km } км
bot-distance-town = около { $km } км (до центра города)
bot-send-location = Отправить местоположение
bot-slow-down = Пожалуйста, подождите немного, я скоро отвечу.
bot-cmd-start = Приветствие и темы
bot-cmd-help = Как работает Lotse
bot-cmd-categories = Все темы
bot-cmd-emergency = Экстренные номера и телефоны доверия
bot-cmd-language = Выбрать язык
bot-chat-intro = Чат Lotse. Напишите сообщение. Число выбирает кнопку, /location 51.14 7.21 отправляет местоположение, /quit завершает чат.

# Crisis level "concern" and the never-a-dead-end note
concern-title = Если вам сейчас плохо: здесь вас выслушают.
concern-text = Эти линии работают круглосуточно, бесплатно и анонимно. Результаты поиска — ниже.
bot-concern-question = Вы сейчас в безопасности?
bot-concern-help-now = Мне нужна помощь сейчас
bot-concern-offers = Я ищу услугу
results-unreachable = Самые подходящие предложения сейчас недоступны (закрыты, только запланированы или без телефона, e-mail и адреса). Поэтому здесь есть и место, куда можно позвонить или прийти и где вам помогут дальше.

## Safety and print: quick exit, hiding a visit, the language hint, print block, crisis-line facts
quick-exit = Быстро покинуть страницу
breadcrumbs = Навигационная цепочка
offer-topics = Темы
print-page-address = Адрес этой страницы
print-qr-label = QR-код с адресом этой страницы
print-date = Напечатано { $date }. Данные могут измениться: пожалуйста, позвоните заранее.
fact-free = бесплатно
fact-anonymous = анонимно
fact-around-the-clock = круглосуточно
crisis-line-more = Подробнее об этой услуге
results-in-this-language = Эта страница на русском
hide-visit-title = Скрыть посещение
hide-visit-intro = Если никто не должен видеть, что вы ищете здесь помощь, помогут эти шаги.
hide-visit-exit-title = Быстро уйти
hide-visit-exit = Кнопка «Быстро покинуть страницу» вверху каждой страницы сразу открывает страницу метеослужбы. Можно также трижды быстро нажать клавишу Shift. Кнопка «Назад» тогда не вернёт на эту страницу.
hide-visit-private-title = Приватное окно
hide-visit-private = Откройте Lotse в приватном окне (режим инкогнито). Когда вы закроете окно, браузер забудет страницы и ваши поисковые слова.
hide-visit-history-title = Удалить историю
hide-visit-history = Ваши поисковые слова есть в адресе страницы результатов, а значит и в истории браузера. В истории (меню браузера, «История») удалите записи этого сайта или за последний час.
hide-visit-lotse-title = Что хранит Lotse
hide-visit-lotse = Lotse не хранит поисковых слов, не ставит cookie и ничего не загружает с других сайтов. Единственный след на вашем устройстве — история браузера.

filter-title = Фильтры
filter-when = Когда
filter-what = Что важно
filter-open-any = В любое время
filter-open-now = Открыто сейчас
filter-open-today = Открыто сегодня
filter-free = Бесплатно
filter-anonymous = Анонимно
filter-wheelchair = Доступно для коляски
filter-no-appointment = Без записи
filter-lang-spoken = Язык, на котором там говорят
filter-audience = Для кого
filter-place = Место
filter-any = Все
filter-apply = Применить фильтры
filter-nothing = Ни одна услуга не подходит под эти фильтры.
filter-drop = Сбросить фильтры

# issue 12
status-unknown = Неизвестно: не подтверждено, существует ли эта услуга до сих пор.
freshness-confirmed = Подтверждено поставщиком { $date }.
freshness-sources = Сверено с источниками { $date } – поставщик ещё не подтвердил.
freshness-old = Этим данным больше года – пожалуйста, сначала позвоните.
report-link = Данные неверны или устарели? Сообщите
report-title = Сообщить об ошибке
report-intro = Напишите нам, что не так. Мы проверим и исправим запись. Учётная запись не нужна.
report-kind = Что неверно?
report-kind-phone = Номер телефона
report-kind-hours = Часы работы
report-kind-address = Адрес
report-kind-closed = Этой услуги больше нет
report-kind-other = Что-то другое
report-text = Что не так и как правильно? (необязательно)
report-text-hint = Не больше 1000 символов. Пожалуйста, не пишите о своём здоровье или ситуации.
report-email = Ваш адрес электронной почты, если хотите получить ответ (необязательно)
report-honeypot = Пожалуйста, оставьте это поле пустым
report-privacy = Мы не храним IP-адрес и не устанавливаем cookie. Текст и адрес почты мы удаляем после обработки сообщения, не позднее чем через 90 дней.
report-send = Отправить
report-back = Назад к услуге
report-thanks-title = Спасибо за сообщение
report-thanks-text = Мы проверим данные о «{ $name }» и исправим запись.
report-failed-title = Сообщение не сохранено
report-failed-call = Сейчас не удалось сохранить ваше сообщение. Пожалуйста, позвоните:
report-failed-later = Сейчас не удалось сохранить ваше сообщение. Пожалуйста, попробуйте позже.
report-error-form = Форма пришла неправильно. Пожалуйста, отправьте её ещё раз.
report-error-too-large = Форма слишком большая (не больше { $kb } КБ).
report-error-kind = Пожалуйста, выберите, что неверно.
report-error-text-long = Текст слишком длинный (не больше { $max } символов).
report-error-email = Адрес почты выглядит неверно. Поле можно оставить пустым.
report-error-too-many = Отсюда только что пришло много сообщений. Пожалуйста, попробуйте через несколько минут.
bot-report-how = Что-то не так с «{ $name }»? Сообщите через эту короткую форму – без регистрации. Из этого чата ничего не сохраняется.
# issue 10: referral sheet, mentor mode, share, contact card and calendar, booklet
sheet-title = Лист для консультации
sheet-intro = Несколько предложений на одной странице для печати, по желанию на втором языке. Лист существует только в адресе: ничего не сохраняется.
sheet-add = + Добавить на лист
sheet-on-it = ✓ На листе
sheet-add-more = Искать другие предложения
sheet-remove = Убрать с листа
sheet-empty = На листе ещё нет предложений. Найдите предложение и выберите «Добавить на лист».
sheet-unknown = Этих предложений (уже) нет, их нет на листе:
sheet-too-many = На лист помещается не более { $max }.
sheet-also = Второй язык на листе
sheet-also-none = Нет
sheet-also-apply = Применить
sheet-print-hint = Для печати используйте меню печати браузера. QR-коды ведут на страницы предложений.
sheet-offer-qr-label = QR-код с адресом этого предложения
sheet-qr-label = QR-код с адресом этого листа
sheet-bar = Предложений на вашем листе: { $count }
sheet-show = Посмотреть и распечатать лист
mentor-enter = Крупный вид (для цифровых помощников)
mentor-title = Крупный вид
mentor-help = Как это работает
mentor-step-find = Найдите предложение вместе.
mentor-step-read = Спокойно прочитайте название, часы и телефон.
mentor-step-handover = «Передать» открывает страницу на собственном телефоне человека.
mentor-handover = Передать: показать QR-код
mentor-handover-scan = Человек открывает камеру своего телефона и наводит её на этот код.
mentor-handover-in = Страница откроется на языке
mentor-handover-choose = Выбрать другой язык
mentor-qr-label = QR-код с адресом страницы
mentor-back = Назад к странице
mentor-leave = Выйти из крупного вида
tools-title = Передать и сохранить
tools-vcard = Сохранить как контакт (vCard)
tools-ics = Добавить часы в календарь (iCal)
share-title = Поделиться
share-email = Эл. почта
share-sms = СМС
share-device = Поделиться …
share-privacy = Ссылка содержит только адрес этой страницы, ничего о вас.
calendar-call-first = Данные могут измениться: пожалуйста, сначала позвоните.
booklet-title = Помощь и консультации: { $area }
booklet-date = По состоянию на { $date }
booklet-live = Актуальные данные в интернете:
booklet-no-url = Интернет-адрес сайта не задан, поэтому QR-кода здесь нет.
booklet-qr-label = QR-код с адресом сайта
booklet-crisis-hint = Экстренные и кризисные линии: на последней странице.
booklet-contents = Содержание
booklet-index = Темы от А до Я
booklet-crisis = Экстренные и кризисные линии
booklet-call-first = Данные могут измениться: пожалуйста, сначала позвоните.
offer-bring = Что взять с собой

## "Near me": sorting the results by distance from a place of the gazetteer (no JavaScript needed)
near-title = Сортировать по расстоянию
near-from = Расстояние от
near-none = не сортировать
near-apply = Сортировать
near-distance = примерно { $distance } по прямой от центра { $place }
near-distance-here = примерно { $distance } по прямой
near-unknown = расстояние неизвестно
near-home-title = Услуги рядом с вами
near-home-from = Ваш город или район
near-home-choose = пожалуйста, выберите
near-show = Показать
near-me = Использовать моё местоположение
near-me-failed = Ваше местоположение недоступно. Пожалуйста, выберите место из списка.
near-here-active = Отсортировано по расстоянию от вашего местоположения (округлено примерно до 100 м и не сохраняется).
