# Lotse – UI strings (Ukrainian). Translated from de/main.ftl; keep the same keys.

site-tagline = Консультації та допомога у { $area }
skip-to-content = Перейти до змісту
nav-home = Головна
nav-emergency = Екстрена допомога
nav-categories = Усі теми
lang-switcher = Мова

search-label = З чим вам потрібна допомога?
search-placeholder = наприклад: борги, Tafel (продуктовий банк), молодіжний центр
search-button = Шукати
search-hint = Пишіть своїми словами, своєю мовою.

home-intro = Тут ви знайдете консультаційні служби, місця зустрічей і допомогу у { $area } та околицях. Усі послуги в одному місці — з телефоном, адресою та годинами роботи.
home-topics = Теми

results-title = Результати пошуку: «{ $query }»
results-count = { $count ->
    [one] { $count } послуга
    [few] { $count } послуги
    [many] { $count } послуг
   *[other] { $count } послуги
}
results-none = На жаль, ми не знайшли нічого відповідного.
results-weak = Ми не знайшли нічого, що точно підходить.
results-fallback = Але допомогу можна отримати тут: загальна соціальна консультація допомагає з будь-яким питанням і знає, хто за що відповідає.
results-browse = Або виберіть тему:
results-empty-query = Будь ласка, напишіть, з чим вам потрібна допомога.
results-more = Більше результатів

crisis-title = Ви не самі. Тут вам одразу допоможуть.
crisis-text = Якщо ви в небезпеці або не знаєте, що робити далі, зателефонуйте зараз.
crisis-call = { $name }: { $number }

emergency-title = Екстрена допомога і телефони довіри
emergency-intro = Якщо вам загрожує небезпека: екстрений виклик 112 (швидка допомога, пожежна служба) або 110 (поліція).

category-offers = { $count ->
    [one] { $count } послуга
    [few] { $count } послуги
    [many] { $count } послуг
   *[other] { $count } послуги
}

status-active = Працює
status-planned = Заплановано: про цю послугу оголошували. Чи вона вже працює, невідомо.
status-temporarily-closed = Тимчасово зачинено
status-ended = Припинено: за нашими джерелами, цієї послуги більше немає.

offer-caveat = Зверніть увагу
offer-contact = Контакти
offer-phone = Телефон
offer-call = Зателефонувати
offer-email = Електронна пошта
offer-website = Вебсайт
offer-address = Адреса
offer-map = Показати на карті (OpenStreetMap)
offer-hours = Години роботи
offer-cost = Вартість
offer-languages = Мови консультацій
offer-accessibility = Доступність для людей з інвалідністю
offer-appointment = Запис
offer-anonymous = Можна отримати консультацію анонімно.
offer-wheelchair-yes = Доступно для людей на візку (за джерелом).
offer-wheelchair-partly = Частково доступно для людей на візку (за джерелом).
offer-wheelchair-no = За джерелом, на візку без допомоги не потрапити.
offer-audience = Для кого
offer-provider = Організація
offer-categories = Теми
offer-about = Про послугу
offer-verification = Звідки ці дані
offer-checked = Востаннє звірено з джерелами: { $date }.
offer-not-confirmed = Організація ще не підтвердила ці дані.
offer-confirmed = Дані підтверджено організацією.
offer-sources = Джерела
offer-print = Друкувати
offer-details = Детальніше

appointment-required = Лише за записом
appointment-recommended = Краще записатися заздалегідь
appointment-not-needed = Без запису

source-undated = без дати
source-dated = станом на { $date }

hours-by-appointment = Прийом за домовленістю.
hours-as-of = Години роботи станом на { $date }
hours-unknown = Години роботи невідомі. Будь ласка, уточніть заздалегідь.
hours-open-now = Зараз відчинено
hours-open-now-until = Зараз відчинено, до { $time }
hours-next = Найближчий час роботи: { $when }
hours-range = { $from }–{ $to }
hours-from = з { $from }
hours-every-week = { $days }
hours-odd-weeks = { $days } (непарні календарні тижні)
hours-even-weeks = { $days } (парні календарні тижні)
hours-second-week = { $days } (раз на два тижні)
hours-month = { $weeks } { $days } місяця
hours-today = сьогодні, { $time }
hours-tomorrow = завтра, { $time }
hours-on-date = { $weekday }, { $date }, { $time }
hours-all-day = цілодобово
# Every day of the week (instead of naming all seven).
hours-daily = щодня
# A line that is open at every hour (instead of "open until 24:00").
hours-always = Працює цілодобово
hours-stale = Години станом на { $date } – будь ласка, спершу зателефонуйте
hours-undated = Години без дати – будь ласка, спершу зателефонуйте

nth-1 = { $gender ->
    [f] перша
    [n] перше
   *[m] перший
  }
nth-2 = { $gender ->
    [f] друга
    [n] друге
   *[m] другий
  }
nth-3 = { $gender ->
    [f] третя
    [n] третє
   *[m] третій
  }
nth-4 = { $gender ->
    [f] четверта
    [n] четверте
   *[m] четвертий
  }
nth-5 = { $gender ->
    [f] п'ята
    [n] п'яте
   *[m] п'ятий
  }
nth-last = { $gender ->
    [f] остання
    [n] останнє
   *[m] останній
  }

# The grammatical gender of each weekday (m, f or n), for ordinals that agree with it ("the second Wednesday").
weekday-gender-mon = m
weekday-gender-tue = m
weekday-gender-wed = f
weekday-gender-thu = m
weekday-gender-fri = f
weekday-gender-sat = f
weekday-gender-sun = f
weekdays-mon = щопонеділка
weekdays-tue = щовівторка
weekdays-wed = щосереди
weekdays-thu = щочетверга
weekdays-fri = щоп’ятниці
weekdays-sat = щосуботи
weekdays-sun = щонеділі

audience-everyone = усі
audience-children = діти
audience-youth = підлітки
audience-young-adults = молоді люди
audience-parents = батьки
audience-families = сім’ї
audience-adults = дорослі
audience-women = жінки
audience-girls = дівчата
audience-men = чоловіки
audience-50plus = люди від 50 років
audience-seniors = літні люди
audience-caregivers = ті, хто доглядає за близькими
audience-migrants = мігранти
audience-refugees = біженці
audience-disabilities = люди з інвалідністю
audience-low-income = люди з низьким доходом
audience-homeless = люди без житла
audience-relatives = родичі та друзі
audience-professionals = фахівці

group-counselling = Консультації та підтримка
group-youth = Діти та молодь
group-fifty-plus = Для людей 50+
group-food = Їжа, одяг, побут
group-emergency = Екстрена допомога і телефони довіри

category-social-counselling = Загальна соціальна консультація
category-debt-counselling = Консультації щодо боргів і банкрутства
category-addiction-counselling = Консультації щодо залежностей
category-family-counselling = Консультації з виховання, сімейних і життєвих питань
category-pregnancy-counselling = Консультації для вагітних
category-migration-counselling = Консультації для мігрантів і біженців
category-senior-counselling = Консультації для літніх людей
category-care-counselling = Консультації з питань догляду
category-housing-help = Допомога при втраті житла
category-violence-protection = Захист від насильства та консультації для жінок
category-disability-counselling = Консультації для людей з інвалідністю
category-mental-health = Психосоціальна допомога
category-benefits-office = Установи та соціальні виплати
category-youth-centre = Молодіжні центри та робота з молоддю
category-learning-support = Допомога з навчанням і домашніми завданнями
category-senior-meeting = Зустрічі та спілкування 50+
category-exercise-50plus = Рух і спорт 50+
category-digital-help = Цифрові помічники: допомога зі смартфоном і планшетом
category-lunch-table = Обіди та спільне приготування їжі
category-food-bank = Tafel і продуктова допомога
category-clothing-household = Одяг і речі для дому за низькими цінами
category-self-help = Групи самодопомоги
category-crisis-hotline = Екстрені номери та телефони довіри

translation-note = Перекладено з німецької. Чинним є німецький текст.
translation-draft = Цей переклад ще не перевірила людина.
translation-missing = Цього тексту ще немає вашою мовою. Тут наведено німецький текст.
translation-read-german = Читати німецький текст

footer-about = Lotse — це довідник консультаційних служб і допомоги у { $area }. Усі дані без гарантії: будь ласка, зателефонуйте перед візитом.
footer-privacy = Захист даних: Lotse не зберігає пошукові запити і не використовує файли cookie.
footer-editors = Редакція
search-town = Місто
search-town-any = Усі міста

error-not-found-title = Сторінку не знайдено
error-not-found-text = Такої сторінки немає. Можливо, допоможе пошук.
error-bad-request-title = Не вдалося
error-bad-request-text = Недійсний запит: { $reason }
error-internal-title = Сталася помилка
error-internal-text = Будь ласка, спробуйте ще раз трохи згодом. У разі екстреної ситуації телефонуйте 112.
error-busy-title = Зараз дуже багато запитів
error-busy-text = Пошук зараз перевантажений. Будь ласка, спробуйте ще раз за кілька секунд. У разі екстреної ситуації телефонуйте 112; телефон довіри TelefonSeelsorge безкоштовний: 0800 111 0 111.
error-unavailable-title = Тимчасово недоступно
error-unavailable-text = Довідник зараз оновлюється. Будь ласка, спробуйте ще раз трохи згодом.
error-back-home = На головну
error-query-too-long = Запит задовгий (максимальна кількість символів: { $max }).
error-bad-parameter = Недійсне значення для «{ $name }».
error-unknown-language = Такої мови тут немає.

bot-greeting = Вітаю! Я Lotse. Напишіть своїми словами, з чим вам потрібна допомога, наприклад «борги» або «безкоштовна їжа». Я підкажу відповідні послуги у { $area }.
bot-help = Як це працює: напишіть, з чим вам потрібна допомога. Також можна поділитися своїм місцезнаходженням — тоді я покажу послуги поблизу.
    /categories – усі теми
    /emergency – екстрені номери та телефони довіри
    /language – вибрати мову
bot-choose-topic = Виберіть тему:
bot-results = Ось що вдалося знайти:
bot-more = Більше результатів
bot-details = Детальніше
bot-web = Вебсайт
bot-no-more = Більше результатів немає.
bot-non-text = Я розумію лише текст. Будь ласка, напишіть кількома словами, з чим вам потрібна допомога, або поділіться своїм місцезнаходженням.
bot-too-long = Ваше повідомлення дуже довге. { $max ->
    [one] Прочитано лише перші { $max } символ.
    [few] Прочитано лише перші { $max } символи.
   *[other] Прочитано лише перші { $max } символів.
}
bot-choose-language = Виберіть мову:
bot-language-set = Відтепер я писатиму вам українською.
bot-nearby = Послуги поблизу (відстань по прямій, приблизно):
bot-nearby-none = Поблизу вас я не знаю послуг із відомою адресою.
bot-nearby-skipped = { $count ->
    [one] { $count } послугу без відомої адреси не показано.
    [few] { $count } послуги без відомої адреси не показано.
    [many] { $count } послуг без відомої адреси не показано.
   *[other] { $count } послуги без відомої адреси не показано.
}
bot-distance = { $km } км
bot-distance-town = близько { $km } км (до центру міста)
bot-send-location = Надіслати місцезнаходження
bot-slow-down = Будь ласка, зачекайте хвилинку, я скоро відповім.
bot-cmd-start = Привітання і теми
bot-cmd-help = Як працює Lotse
bot-cmd-categories = Усі теми
bot-cmd-emergency = Екстрені номери та телефони довіри
bot-cmd-language = Вибрати мову
bot-chat-intro = Чат Lotse. Напишіть повідомлення. Число вибирає кнопку, /location 51.14 7.21 надсилає місцезнаходження, /quit завершує чат.

# Crisis level "concern" and the never-a-dead-end note
concern-title = Якщо вам зараз погано: тут вас вислухають.
concern-text = Ці лінії працюють цілодобово, безкоштовно й анонімно. Результати пошуку — нижче.
bot-concern-question = Ви зараз у безпеці?
bot-concern-help-now = Мені потрібна допомога зараз
bot-concern-offers = Я шукаю послугу
results-unreachable = Найкращі варіанти зараз недоступні (закриті, лише заплановані або без телефону, e-mail і адреси). Тому тут є й місце, куди можна зателефонувати або прийти і де вам допоможуть далі.

## Safety and print: quick exit, hiding a visit, the language hint, print block, crisis-line facts
quick-exit = Швидко покинути сторінку
breadcrumbs = Навігаційний ланцюжок
offer-topics = Теми
print-page-address = Адреса цієї сторінки
print-qr-label = QR-код з адресою цієї сторінки
print-date = Надруковано { $date }. Дані можуть змінитися: будь ласка, зателефонуйте заздалегідь.
fact-free = безкоштовно
fact-anonymous = анонімно
fact-around-the-clock = цілодобово
crisis-line-more = Більше про цю послугу
results-in-this-language = Ця сторінка українською
hide-visit-title = Приховати відвідування
hide-visit-intro = Якщо ніхто не повинен бачити, що ви шукаєте тут допомогу, допоможуть ці кроки.
hide-visit-exit-title = Швидко вийти
hide-visit-exit = Кнопка «Швидко покинути сторінку» вгорі кожної сторінки одразу відкриває сторінку метеослужби. Також можна тричі швидко натиснути клавішу Shift. Кнопка «Назад» тоді не поверне на цю сторінку.
hide-visit-private-title = Приватне вікно
hide-visit-private = Відкрийте Lotse у приватному вікні (режим інкогніто). Коли ви закриєте вікно, браузер забуде сторінки й ваші пошукові слова.
hide-visit-history-title = Видалити історію
hide-visit-history = Ваші пошукові слова є в адресі сторінки результатів, а отже в історії браузера. В історії (меню браузера, «Історія») видаліть записи цього сайту або за останню годину.
hide-visit-lotse-title = Що зберігає Lotse
hide-visit-lotse = Lotse не зберігає пошукових слів, не встановлює cookie і нічого не завантажує з інших сайтів. Єдиний слід на вашому пристрої — історія браузера.

filter-title = Фільтри
filter-when = Коли
filter-what = Що важливо
filter-open-any = Будь-коли
filter-open-now = Відчинено зараз
filter-open-today = Відчинено сьогодні
filter-free = Безкоштовно
filter-anonymous = Анонімно
filter-wheelchair = Доступно для візка
filter-no-appointment = Без запису
filter-lang-spoken = Мова, якою там говорять
filter-audience = Для кого
filter-place = Місце
filter-any = Усі
filter-apply = Застосувати фільтри
filter-nothing = Жодна послуга не відповідає цим фільтрам.
filter-drop = Скинути фільтри

# issue 12
status-unknown = Невідомо: не підтверджено, чи ця послуга ще існує.
freshness-confirmed = Підтверджено надавачем { $date }.
freshness-sources = Звірено з джерелами { $date } – надавач ще не підтвердив.
freshness-old = Цим даним понад рік – будь ласка, спершу зателефонуйте.
report-link = Дані неправильні чи застарілі? Повідомте
report-title = Повідомити про помилку
report-intro = Напишіть нам, що не так. Ми перевіримо й виправимо запис. Обліковий запис не потрібен.
report-kind = Що неправильно?
report-kind-phone = Номер телефону
report-kind-hours = Години роботи
report-kind-address = Адреса
report-kind-closed = Цієї послуги більше немає
report-kind-other = Щось інше
report-text = Що не так і як правильно? (необов’язково)
report-text-hint = Не більше 1000 символів. Будь ласка, не пишіть про своє здоров’я чи ситуацію.
report-email = Ваша електронна адреса, якщо хочете отримати відповідь (необов’язково)
report-honeypot = Будь ласка, залиште це поле порожнім
report-privacy = Ми не зберігаємо IP-адресу і не встановлюємо cookie. Текст і електронну адресу ми видаляємо після опрацювання повідомлення, найпізніше через 90 днів.
report-send = Надіслати
report-back = Назад до послуги
report-thanks-title = Дякуємо за повідомлення
report-thanks-text = Ми перевіримо дані про «{ $name }» і виправимо запис.
report-failed-title = Повідомлення не збережено
report-failed-call = Зараз не вдалося зберегти ваше повідомлення. Будь ласка, зателефонуйте:
report-failed-later = Зараз не вдалося зберегти ваше повідомлення. Будь ласка, спробуйте пізніше.
report-error-form = Форма надійшла неправильно. Будь ласка, надішліть її ще раз.
report-error-too-large = Форма завелика (не більше { $kb } КБ).
report-error-kind = Будь ласка, виберіть, що неправильно.
report-error-text-long = Текст задовгий (не більше { $max } символів).
report-error-email = Електронна адреса виглядає неправильно. Поле можна залишити порожнім.
report-error-too-many = Звідси щойно надійшло багато повідомлень. Будь ласка, спробуйте за кілька хвилин.
bot-report-how = Щось не так із «{ $name }»? Повідомте через цю коротку форму – без реєстрації. З цього чату нічого не зберігається.
# issue 10: referral sheet, mentor mode, share, contact card and calendar, booklet
sheet-title = Аркуш для консультації
sheet-intro = Кілька пропозицій на одній сторінці для друку, за бажанням другою мовою. Аркуш існує лише в адресі: нічого не зберігається.
sheet-add = + Додати до аркуша
sheet-on-it = ✓ На аркуші
sheet-add-more = Шукати інші пропозиції
sheet-remove = Прибрати з аркуша
sheet-empty = На аркуші ще немає пропозицій. Знайдіть пропозицію й виберіть «Додати до аркуша».
sheet-unknown = Цих пропозицій (вже) немає, їх бракує на аркуші:
sheet-too-many = На аркуш вміщується не більше { $max }.
sheet-also = Друга мова на аркуші
sheet-also-none = Немає
sheet-also-apply = Застосувати
sheet-print-hint = Для друку скористайтеся меню друку браузера. QR-коди ведуть на сторінки пропозицій.
sheet-offer-qr-label = QR-код з адресою цієї пропозиції
sheet-qr-label = QR-код з адресою цього аркуша
sheet-bar = Пропозицій на вашому аркуші: { $count }
sheet-show = Переглянути й надрукувати аркуш
mentor-enter = Великий вигляд (для цифрових помічників)
mentor-title = Великий вигляд
mentor-help = Як це працює
mentor-step-find = Знайдіть пропозицію разом.
mentor-step-read = Спокійно прочитайте назву, години й телефон.
mentor-step-handover = «Передати» відкриває сторінку на власному телефоні людини.
mentor-handover = Передати: показати QR-код
mentor-handover-scan = Людина відкриває камеру свого телефона й наводить її на цей код.
mentor-handover-in = Сторінка відкриється мовою
mentor-handover-choose = Вибрати іншу мову
mentor-qr-label = QR-код з адресою сторінки
mentor-back = Назад до сторінки
mentor-leave = Вийти з великого вигляду
tools-title = Передати й зберегти
tools-vcard = Зберегти як контакт (vCard)
tools-ics = Додати години до календаря (iCal)
share-title = Поділитися
share-email = Е-пошта
share-sms = СМС
share-device = Поділитися …
share-privacy = Посилання містить лише адресу цієї сторінки, нічого про вас.
calendar-call-first = Дані можуть змінитися: будь ласка, спершу зателефонуйте.
booklet-title = Допомога й консультації: { $area }
booklet-date = Станом на { $date }
booklet-live = Актуальні дані в інтернеті:
booklet-no-url = Інтернет-адресу сайту не налаштовано, тому QR-коду тут немає.
booklet-qr-label = QR-код з адресою сайту
booklet-crisis-hint = Екстрені й кризові лінії: на останній сторінці.
booklet-contents = Зміст
booklet-index = Теми від А до Я
booklet-crisis = Екстрені й кризові лінії
booklet-call-first = Дані можуть змінитися: будь ласка, спершу зателефонуйте.
offer-bring = Що взяти з собою

## "Near me": sorting the results by distance from a place of the gazetteer (no JavaScript needed)
near-title = Сортувати за відстанню
near-from = Відстань від
near-none = не сортувати
near-apply = Сортувати
near-distance = приблизно { $distance } по прямій від центру { $place }
near-distance-here = приблизно { $distance } по прямій
near-unknown = відстань невідома
near-home-title = Послуги поруч із вами
near-home-from = Ваше місто або район
near-home-choose = будь ласка, оберіть
near-show = Показати
near-me = Використати моє місцезнаходження
near-me-failed = Ваше місцезнаходження недоступне. Будь ласка, оберіть місце зі списку.
near-here-active = Відсортовано за відстанню від вашого місцезнаходження (округлено приблизно до 100 м і не збережено).
