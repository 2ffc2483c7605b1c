# Lotse – UI strings (Farsi/Persian). Translated from de/main.ftl; keep the same keys.

site-tagline = یافتن مشاوره و کمک در { $area }
skip-to-content = رفتن به محتوای اصلی
nav-home = صفحه اصلی
nav-emergency = اضطراری
nav-categories = همه موضوع‌ها
lang-switcher = زبان

search-label = در چه زمینه‌ای به کمک نیاز دارید؟
search-placeholder = مثلاً: بدهی، Tafel (بانک غذا)، مرکز جوانان
search-button = جستجو
search-hint = با کلمات خودتان و به زبان خودتان بنویسید.

home-intro = اینجا مراکز مشاوره، محل‌های دیدار و کمک در { $area } و اطراف آن را پیدا می‌کنید. همه خدمات یک‌جا، با شماره تلفن، نشانی و ساعات کاری.
home-topics = موضوع‌ها

results-title = نتایج برای «{ $query }»
results-count = { $count ->
    [one] { $count } خدمت
   *[other] { $count } خدمت
}
results-none = متأسفانه چیز مناسبی پیدا نکردیم.
results-weak = چیزی که دقیقاً مناسب باشد پیدا نکردیم.
results-fallback = با این حال اینجا می‌توانید کمک بگیرید: مشاوره اجتماعی عمومی در همه موارد کمک می‌کند و می‌داند چه کسی مسئول است.
results-browse = یا یک موضوع انتخاب کنید:
results-empty-query = لطفاً بنویسید در چه زمینه‌ای به کمک نیاز دارید.
results-more = نتایج بیشتر

crisis-title = شما تنها نیستید. اینجا فوراً کمک می‌گیرید.
crisis-text = اگر در خطر هستید یا نمی‌دانید چه کار کنید: همین حالا تماس بگیرید.
crisis-call = { $name }: { $number }

emergency-title = اضطراری و تلفن‌های کمک در بحران
emergency-intro = در خطر فوری: با شماره اضطراری 112 (اورژانس، آتش‌نشانی) یا 110 (پلیس) تماس بگیرید.

category-offers = { $count ->
    [one] { $count } خدمت
   *[other] { $count } خدمت
}

status-active = فعال
status-planned = برنامه‌ریزی‌شده: این خدمت اعلام شده بود. معلوم نیست که آیا شروع شده است یا نه.
status-temporarily-closed = موقتاً تعطیل
status-ended = پایان‌یافته: طبق منابع ما، این خدمت دیگر وجود ندارد.

offer-caveat = لطفاً توجه کنید
offer-contact = تماس
offer-phone = تلفن
offer-call = تماس تلفنی
offer-email = ایمیل
offer-website = وب‌سایت
offer-address = نشانی
offer-map = نمایش روی نقشه (OpenStreetMap)
offer-hours = ساعات کاری
offer-cost = هزینه
offer-languages = زبان‌های مشاوره
offer-accessibility = دسترسی برای افراد دارای معلولیت
offer-appointment = وقت قبلی
offer-anonymous = مشاوره بدون گفتن نام هم ممکن است.
offer-wheelchair-yes = با ویلچر قابل دسترسی است (طبق منبع).
offer-wheelchair-partly = با ویلچر تا حدی قابل دسترسی است (طبق منبع).
offer-wheelchair-no = طبق منبع، با ویلچر بدون کمک قابل دسترسی نیست.
offer-audience = برای چه کسانی
offer-provider = ارائه‌دهنده
offer-categories = موضوع‌ها
offer-about = درباره این خدمت
offer-verification = منبع این اطلاعات
offer-checked = آخرین بار در تاریخ { $date } با منابع مقایسه شد.
offer-not-confirmed = هنوز توسط ارائه‌دهنده تأیید نشده است.
offer-confirmed = توسط ارائه‌دهنده تأیید شده است.
offer-sources = منابع
offer-print = چاپ
offer-details = اطلاعات بیشتر

appointment-required = فقط با وقت قبلی
appointment-recommended = گرفتن وقت قبلی توصیه می‌شود
appointment-not-needed = بدون وقت قبلی

source-undated = بدون تاریخ
source-dated = تاریخ: { $date }

hours-by-appointment = با هماهنگی قبلی.
hours-as-of = ساعات کاری طبق اطلاعات تاریخ { $date }
hours-unknown = ساعات کاری معلوم نیست. لطفاً قبل از رفتن بپرسید.
hours-open-now = الان باز است
hours-open-now-until = الان باز است، تا { $time }
hours-next = زمان باز شدن بعدی: { $when }
hours-range = { $from }–{ $to }
hours-from = از { $from }
hours-every-week = { $days }
hours-odd-weeks = { $days } (هفته‌های فرد تقویم)
hours-even-weeks = { $days } (هفته‌های زوج تقویم)
hours-second-week = { $days } (هر دو هفته یک بار)
hours-month = { $weeks } { $days } هر ماه
hours-today = امروز، { $time }
hours-tomorrow = فردا، { $time }
hours-on-date = { $weekday }، { $date }، { $time }
hours-all-day = شبانه‌روزی
# Every day of the week (instead of naming all seven).
hours-daily = هر روز
# A line that is open at every hour (instead of "open until 24:00").
hours-always = شبانه‌روزی در دسترس
hours-stale = ساعات مربوط به { $date } – لطفاً اول تماس بگیرید
hours-undated = ساعات بدون تاریخ – لطفاً اول تماس بگیرید

nth-1 = اولین
nth-2 = دومین
nth-3 = سومین
nth-4 = چهارمین
nth-5 = پنجمین
nth-last = آخرین

# The grammatical gender of each weekday (m, f or n), for ordinals that agree with it ("the second Wednesday").
weekday-gender-mon = m
weekday-gender-tue = m
weekday-gender-wed = m
weekday-gender-thu = m
weekday-gender-fri = m
weekday-gender-sat = m
weekday-gender-sun = m
weekdays-mon = دوشنبه‌ها
weekdays-tue = سه‌شنبه‌ها
weekdays-wed = چهارشنبه‌ها
weekdays-thu = پنجشنبه‌ها
weekdays-fri = جمعه‌ها
weekdays-sat = شنبه‌ها
weekdays-sun = یکشنبه‌ها

audience-everyone = همه
audience-children = کودکان
audience-youth = نوجوانان
audience-young-adults = جوانان
audience-parents = والدین
audience-families = خانواده‌ها
audience-adults = بزرگسالان
audience-women = زنان
audience-girls = دختران
audience-men = مردان
audience-50plus = افراد 50 سال به بالا
audience-seniors = سالمندان
audience-caregivers = کسانی که از یکی از نزدیکان خود مراقبت می‌کنند
audience-migrants = مهاجران
audience-refugees = پناهجویان و پناهندگان
audience-disabilities = افراد دارای معلولیت
audience-low-income = افراد کم‌درآمد
audience-homeless = افراد بی‌خانمان
audience-relatives = خانواده و دوستان
audience-professionals = متخصصان

group-counselling = مشاوره و حمایت
group-youth = کودکان و نوجوانان
group-fifty-plus = برنامه‌های 50 سال به بالا
group-food = غذا، پوشاک، زندگی روزمره
group-emergency = اضطراری و تلفن‌های کمک در بحران

category-social-counselling = مشاوره اجتماعی عمومی
category-debt-counselling = مشاوره بدهی و ورشکستگی
category-addiction-counselling = مشاوره اعتیاد
category-family-counselling = مشاوره تربیتی، خانوادگی و زندگی
category-pregnancy-counselling = مشاوره بارداری
category-migration-counselling = مشاوره مهاجرت و پناهندگی
category-senior-counselling = مشاوره سالمندان
category-care-counselling = مشاوره درباره پرستاری و مراقبت
category-housing-help = کمک در صورت از دست دادن مسکن
category-violence-protection = محافظت در برابر خشونت و مشاوره زنان
category-disability-counselling = مشاوره برای افراد دارای معلولیت
category-mental-health = کمک روانی و اجتماعی
category-benefits-office = ادارات و کمک‌هزینه‌ها
category-youth-centre = مراکز جوانان و فعالیت‌های جوانان
category-learning-support = کمک درسی و کمک در انجام تکالیف
category-senior-meeting = دیدار و معاشرت برای 50 سال به بالا
category-exercise-50plus = ورزش و تحرک برای 50 سال به بالا
category-digital-help = راهنمایان دیجیتال: کمک در کار با گوشی هوشمند و تبلت
category-lunch-table = ناهار و آشپزی گروهی
category-food-bank = Tafel و کمک غذایی
category-clothing-household = لباس و وسایل خانه با قیمت کم
category-self-help = گروه‌های خودیاری
category-crisis-hotline = شماره‌های اضطراری و تلفن‌های کمک در بحران

translation-note = ترجمه از آلمانی. متن آلمانی معتبر است.
translation-draft = این ترجمه هنوز توسط یک انسان بررسی نشده است.
translation-missing = این متن هنوز به زبان شما موجود نیست. اینجا متن آلمانی آمده است.
translation-read-german = خواندن متن آلمانی

footer-about = Lotse فهرستی از خدمات مشاوره و کمک در { $area } است. همه اطلاعات بدون ضمانت است: لطفاً پیش از مراجعه تماس بگیرید.
footer-privacy = حریم خصوصی: Lotse جستجوها را ذخیره نمی‌کند و از کوکی استفاده نمی‌کند.
footer-editors = ویراستاران
search-town = شهر
search-town-any = همه شهرها

error-not-found-title = صفحه پیدا نشد
error-not-found-text = این صفحه وجود ندارد. شاید جستجو کمک کند.
error-bad-request-title = انجام نشد
error-bad-request-text = درخواست نامعتبر بود: { $reason }
error-internal-title = خطایی رخ داد
error-internal-text = لطفاً کمی بعد دوباره امتحان کنید. در شرایط اضطراری با 112 تماس بگیرید.
error-busy-title = در حال حاضر جستجوهای بسیار زیادی انجام می‌شود
error-busy-text = جستجو در این لحظه پرمشغله است. لطفاً چند ثانیه دیگر دوباره امتحان کنید. در شرایط اضطراری با 112 تماس بگیرید؛ خط کمک TelefonSeelsorge با شمارهٔ 0800 111 0 111 رایگان است.
error-unavailable-title = فعلاً در دسترس نیست
error-unavailable-text = فهرست در حال بارگذاری دوباره است. لطفاً کمی بعد دوباره امتحان کنید.
error-back-home = بازگشت به صفحه اصلی
error-query-too-long = متن جستجو خیلی طولانی است (حداکثر { $max } حرف).
error-bad-parameter = مقدار «{ $name }» نامعتبر است.
error-unknown-language = این زبان اینجا موجود نیست.

bot-greeting = سلام! من Lotse هستم. با کلمات خودتان برایم بنویسید که در چه زمینه‌ای به کمک نیاز دارید، مثلاً «بدهی» یا «غذای رایگان». من خدمات مناسب در { $area } را به شما معرفی می‌کنم.
bot-help = روش کار: بنویسید در چه زمینه‌ای به کمک نیاز دارید. می‌توانید موقعیت مکانی خود را هم بفرستید تا خدمات نزدیک شما را نشان دهم.
    /categories – همه موضوع‌ها
    /emergency – تلفن‌های اضطراری و کمک در بحران
    /language – انتخاب زبان
bot-choose-topic = یک موضوع انتخاب کنید:
bot-results = این‌ها را پیدا کردم:
bot-more = نتایج بیشتر
bot-details = جزئیات
bot-web = وب‌سایت
bot-no-more = نتیجه دیگری نیست.
bot-non-text = من فقط می‌توانم متن بخوانم. لطفاً در چند کلمه بنویسید در چه زمینه‌ای به کمک نیاز دارید، یا موقعیت مکانی خود را بفرستید.
bot-too-long = پیام شما خیلی طولانی است. من فقط { $max } حرف اول آن را خواندم.
bot-choose-language = زبان خود را انتخاب کنید:
bot-language-set = از این به بعد به فارسی برایتان می‌نویسم.
bot-nearby = خدمات نزدیک شما (فاصله مستقیم، تقریبی):
bot-nearby-none = در نزدیکی شما خدمتی با مکان مشخص نمی‌شناسم.
bot-nearby-skipped = { $count } خدمت که مکانشان معلوم نیست، در این فهرست نیامده‌اند.
bot-distance = { $km } کیلومتر
bot-distance-town = حدود { $km } کیلومتر (تا مرکز شهر)
bot-send-location = ارسال موقعیت مکانی
bot-slow-down = لطفاً کمی صبر کنید، به‌زودی جواب می‌دهم.
bot-cmd-start = خوشامدگویی و موضوع‌ها
bot-cmd-help = Lotse چطور کار می‌کند
bot-cmd-categories = همه موضوع‌ها
bot-cmd-emergency = تلفن‌های اضطراری و کمک در بحران
bot-cmd-language = انتخاب زبان
bot-chat-intro = گفتگوی Lotse. یک پیام بنویسید. هر عدد یک دکمه را انتخاب می‌کند، /location 51.14 7.21 یک موقعیت مکانی می‌فرستد، /quit گفتگو را تمام می‌کند.

# Crisis level "concern" and the never-a-dead-end note
concern-title = اگر الان حال خوبی ندارید: اینجا کسی به حرف‌تان گوش می‌دهد.
concern-text = این خطوط شبانه‌روزی، رایگان و بدون نام در دسترس هستند. نتایج جستجوی شما در پایین آمده است.
bot-concern-question = آیا الان در امنیت هستید؟
bot-concern-help-now = الان به کمک نیاز دارم
bot-concern-offers = دنبال یک خدمت هستم
results-unreachable = مناسب‌ترین خدمات الان در دسترس نیستند (تمام‌شده، برنامه‌ریزی‌شده یا بدون تلفن، ایمیل و نشانی). به همین دلیل جایی هم آمده است که می‌توانید با آن تماس بگیرید یا به آنجا بروید و به شما کمک می‌کند.

## Safety and print: quick exit, hiding a visit, the language hint, print block, crisis-line facts
quick-exit = خروج سریع از صفحه
breadcrumbs = مسیر صفحه
offer-topics = موضوع‌ها
print-page-address = نشانی این صفحه
print-qr-label = کد QR با نشانی این صفحه
print-date = تاریخ چاپ: { $date }. اطلاعات ممکن است تغییر کند: لطفاً پیش از رفتن تماس بگیرید.
fact-free = رایگان
fact-anonymous = بدون نام
fact-around-the-clock = شبانه‌روزی
crisis-line-more = بیشتر درباره این خدمت
results-in-this-language = این صفحه به فارسی
hide-visit-title = پنهان کردن بازدید
hide-visit-intro = اگر کسی نباید ببیند که شما اینجا دنبال کمک هستید، این گام‌ها کمک می‌کنند.
hide-visit-exit-title = خروج سریع
hide-visit-exit = دکمه «خروج سریع از صفحه» در بالای هر صفحه فوراً صفحه سازمان هواشناسی را باز می‌کند. می‌توانید سه بار پشت سر هم کلید Shift را هم بزنید. با «بازگشت» به این صفحه برنمی‌گردید.
hide-visit-private-title = پنجره خصوصی
hide-visit-private = Lotse را در یک پنجره خصوصی (حالت ناشناس) باز کنید. وقتی پنجره را ببندید، مرورگر صفحه‌ها و کلمه‌های جستجوی شما را فراموش می‌کند.
hide-visit-history-title = پاک کردن تاریخچه
hide-visit-history = کلمه‌های جستجوی شما در نشانی صفحه نتایج و در نتیجه در تاریخچه مرورگر می‌ماند. در تاریخچه (منوی مرورگر، «تاریخچه») ورودی‌های این سایت یا یک ساعت گذشته را پاک کنید.
hide-visit-lotse-title = Lotse چه چیزی نگه می‌دارد
hide-visit-lotse = Lotse کلمه‌های جستجو را ذخیره نمی‌کند، کوکی نمی‌گذارد و چیزی از سایت‌های دیگر بارگذاری نمی‌کند. تنها ردّ روی دستگاه شما تاریخچه مرورگر است.

filter-title = فیلترها
filter-when = چه زمانی
filter-what = چه چیزی مهم است
filter-open-any = هر زمان
filter-open-now = اکنون باز است
filter-open-today = امروز باز است
filter-free = رایگان
filter-anonymous = بدون ذکر نام
filter-wheelchair = مناسب ویلچر
filter-no-appointment = بدون وقت قبلی
filter-lang-spoken = زبانی که آنجا صحبت می‌شود
filter-audience = برای چه کسی
filter-place = مکان
filter-any = همه
filter-apply = اعمال فیلترها
filter-nothing = هیچ خدمتی با این فیلترها مطابقت ندارد.
filter-drop = حذف فیلترها

# issue 12
status-unknown = نامعلوم: تأیید نشده است که این خدمت هنوز وجود دارد یا نه.
freshness-confirmed = ارائه‌دهنده در تاریخ { $date } تأیید کرده است.
freshness-sources = در تاریخ { $date } با منابع مقایسه شد – ارائه‌دهنده هنوز تأیید نکرده است.
freshness-old = این اطلاعات بیش از یک سال قدمت دارد – لطفاً اول تلفن کنید.
report-link = اطلاعات نادرست یا قدیمی است؟ گزارش دهید
report-title = گزارش خطا
report-intro = به ما بگویید چه چیزی درست نیست. آن را بررسی و اصلاح می‌کنیم. به حساب کاربری نیاز ندارید.
report-kind = چه چیزی نادرست است؟
report-kind-phone = شماره تلفن
report-kind-hours = ساعات کار
report-kind-address = نشانی
report-kind-closed = این خدمت دیگر وجود ندارد
report-kind-other = چیز دیگر
report-text = چه چیزی نادرست است و درستش چیست؟ (اختیاری)
report-text-hint = حداکثر 1000 نویسه. لطفاً دربارهٔ سلامت یا وضعیت خود ننویسید.
report-email = نشانی ایمیل شما، اگر پاسخ می‌خواهید (اختیاری)
report-honeypot = لطفاً این فیلد را خالی بگذارید
report-privacy = ما نشانی IP را ذخیره نمی‌کنیم و کوکی نمی‌گذاریم. متن و نشانی ایمیل را پس از رسیدگی به گزارش، حداکثر پس از 90 روز، پاک می‌کنیم.
report-send = ارسال گزارش
report-back = بازگشت به خدمت
report-thanks-title = از گزارش شما سپاسگزاریم
report-thanks-text = اطلاعات «{ $name }» را بررسی و اصلاح می‌کنیم.
report-failed-title = گزارش ذخیره نشد
report-failed-call = گزارش شما الان ذخیره نشد. لطفاً با این خدمت تماس بگیرید:
report-failed-later = گزارش شما الان ذخیره نشد. لطفاً بعداً دوباره امتحان کنید.
report-error-form = فرم درست نرسید. لطفاً دوباره بفرستید.
report-error-too-large = فرم خیلی بزرگ است (حداکثر { $kb } کیلوبایت).
report-error-kind = لطفاً انتخاب کنید چه چیزی نادرست است.
report-error-text-long = متن خیلی طولانی است (حداکثر { $max } نویسه).
report-error-email = نشانی ایمیل درست به نظر نمی‌رسد. می‌توانید فیلد را خالی هم بگذارید.
report-error-too-many = همین الان گزارش‌های زیادی از اینجا رسید. لطفاً چند دقیقه دیگر دوباره امتحان کنید.
bot-report-how = در «{ $name }» چیزی نادرست است؟ با این فرم کوتاه گزارش دهید – بدون ثبت‌نام. چیزی از این گفتگو ذخیره نمی‌شود.
# issue 10: referral sheet, mentor mode, share, contact card and calendar, booklet
sheet-title = برگهٔ ارجاع
sheet-intro = چند خدمت روی یک صفحه برای چاپ، در صورت تمایل با زبان دوم. برگه فقط در نشانی آن است: چیزی ذخیره نمی‌شود.
sheet-add = + افزودن به برگه
sheet-on-it = ✓ روی برگه
sheet-add-more = جست‌وجوی خدمات دیگر
sheet-remove = حذف از برگه
sheet-empty = هنوز خدمتی روی برگه نیست. خدمتی پیدا کنید و «افزودن به برگه» را بزنید.
sheet-unknown = این خدمات وجود ندارند (دیگر) و روی برگه نیستند:
sheet-too-many = روی یک برگه حداکثر { $max } خدمت جا می‌شود.
sheet-also = زبان دوم روی برگه
sheet-also-none = هیچ
sheet-also-apply = اعمال
sheet-print-hint = برای چاپ از منوی چاپ مرورگر استفاده کنید. کدهای QR به صفحهٔ خدمات می‌روند.
sheet-offer-qr-label = کد QR با نشانی این خدمت
sheet-qr-label = کد QR با نشانی این برگه
sheet-bar = خدمات روی برگهٔ شما: { $count }
sheet-show = دیدن و چاپ برگه
mentor-enter = نمای بزرگ (برای راهنمایان دیجیتال)
mentor-title = نمای بزرگ
mentor-help = روش کار
mentor-step-find = با هم خدمتی پیدا کنید.
mentor-step-read = نام، ساعت‌ها و شمارهٔ تلفن را آرام بخوانید.
mentor-step-handover = «تحویل» صفحه را روی گوشی خود آن شخص باز می‌کند.
mentor-handover = تحویل: نشان دادن کد QR
mentor-handover-scan = شخص دوربین گوشی خود را باز می‌کند و آن را روی این کد می‌گیرد.
mentor-handover-in = صفحه به این زبان باز می‌شود
mentor-handover-choose = انتخاب زبان دیگر
mentor-qr-label = کد QR با نشانی صفحه
mentor-back = بازگشت به صفحه
mentor-leave = پایان نمای بزرگ
tools-title = ارسال و ذخیره
tools-vcard = ذخیره به‌عنوان مخاطب (vCard)
tools-ics = افزودن ساعت‌ها به تقویم (iCal)
share-title = هم‌رسانی
share-email = ایمیل
share-sms = پیامک
share-device = هم‌رسانی …
share-privacy = پیوند فقط نشانی این صفحه را دارد، هیچ اطلاعاتی دربارهٔ شما ندارد.
calendar-call-first = اطلاعات ممکن است تغییر کند: لطفاً پیش از رفتن تماس بگیرید.
booklet-title = کمک و مشاوره در { $area }
booklet-date = تا تاریخ { $date }
booklet-live = اطلاعات به‌روز در اینترنت:
booklet-no-url = نشانی اینترنتی سایت تنظیم نشده است، برای همین اینجا کد QR نیست.
booklet-qr-label = کد QR با نشانی وب‌سایت
booklet-crisis-hint = شماره‌های اضطراری و خطوط بحران: در صفحهٔ آخر.
booklet-contents = فهرست
booklet-index = موضوع‌ها
booklet-crisis = شماره‌های اضطراری و خطوط بحران
booklet-call-first = اطلاعات ممکن است تغییر کند: لطفاً پیش از رفتن تماس بگیرید.
offer-bring = چه چیزی همراه بیاورید

## "Near me": sorting the results by distance from a place of the gazetteer (no JavaScript needed)
near-title = مرتب‌سازی بر اساس فاصله
near-from = فاصله از
near-none = بدون مرتب‌سازی
near-apply = مرتب کن
near-distance = حدود { $distance } در خط مستقیم از مرکز { $place }
near-distance-here = حدود { $distance } در خط مستقیم
near-unknown = فاصله نامعلوم
near-home-title = خدمات نزدیک شما
near-home-from = شهر یا محلهٔ شما
near-home-choose = لطفاً انتخاب کنید
near-show = نمایش
near-me = استفاده از موقعیت من
near-me-failed = موقعیت شما در دسترس نیست. لطفاً یک مکان را از فهرست انتخاب کنید.
near-here-active = بر اساس فاصله از موقعیت شما مرتب شده است (حدود ۱۰۰ متر گرد شده و ذخیره نمی‌شود).
