# Lotse – UI strings (Arabic, Modern Standard, simple). Translated from de/main.ftl; keep the same keys.

site-tagline = البحث عن استشارة ومساعدة في { $area }
skip-to-content = الانتقال إلى المحتوى
nav-home = الصفحة الرئيسية
nav-emergency = الطوارئ
nav-categories = كل المواضيع
lang-switcher = اللغة

search-label = بماذا يمكن أن نساعدك؟
search-placeholder = مثلًا: الديون، Tafel (بنك الطعام)، مركز الشباب
search-button = بحث
search-hint = يمكنك الكتابة بكلماتك الخاصة وبلغتك.

home-intro = هنا يمكنك العثور على مراكز الاستشارة وأماكن اللقاء والمساعدة في { $area } وما حولها. كل الخدمات في مكان واحد، مع رقم الهاتف والعنوان ومواعيد العمل.
home-topics = المواضيع

results-title = نتائج البحث عن «{ $query }»
results-count = { $count ->
    [zero] لا توجد خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
    [many] { $count } خدمة
   *[other] { $count } خدمة
}
results-none = للأسف لم نجد شيئًا مناسبًا.
results-weak = لم نجد شيئًا يناسب طلبك تمامًا.
results-fallback = لكن يمكنك الحصول على المساعدة هنا: الاستشارة الاجتماعية العامة تساعد في كل الأسئلة وتعرف الجهة المسؤولة.
results-browse = أو يمكنك اختيار موضوع:
results-empty-query = يُرجى كتابة نوع المساعدة المطلوبة.
results-more = نتائج أخرى

crisis-title = لست وحدك. هنا يمكنك الحصول على مساعدة فورًا.
crisis-text = إذا كنت في خطر أو لا تعرف ماذا تفعل: اتصل الآن.
crisis-call = { $name }: { $number }

emergency-title = الطوارئ وخطوط المساعدة في الأزمات
emergency-intro = في حالة الخطر الشديد: اتصل بالطوارئ على 112 (الإسعاف، الإطفاء) أو 110 (الشرطة).

category-offers = { $count ->
    [zero] لا توجد خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
    [many] { $count } خدمة
   *[other] { $count } خدمة
}

status-active = متاح
status-planned = مُخطَّط له: تم الإعلان عن هذه الخدمة. لا نعرف إن كانت قد بدأت بالفعل.
status-temporarily-closed = مغلق مؤقتًا
status-ended = انتهى: حسب مصادرنا، هذه الخدمة لم تعد موجودة.

offer-caveat = يُرجى الانتباه
offer-contact = التواصل
offer-phone = الهاتف
offer-call = اتصال
offer-email = البريد الإلكتروني
offer-website = الموقع الإلكتروني
offer-address = العنوان
offer-map = عرض على الخريطة (OpenStreetMap)
offer-hours = مواعيد العمل
offer-cost = التكلفة
offer-languages = لغات الاستشارة
offer-accessibility = سهولة الوصول لذوي الإعاقة
offer-appointment = الموعد
offer-anonymous = يمكن الحصول على الاستشارة دون ذكر الاسم.
offer-wheelchair-yes = يمكن الدخول بالكرسي المتحرك (بحسب المصدر).
offer-wheelchair-partly = يمكن الدخول بالكرسي المتحرك جزئيًا (بحسب المصدر).
offer-wheelchair-no = بحسب المصدر، لا يمكن الدخول بالكرسي المتحرك دون مساعدة.
offer-audience = لمن هذه الخدمة
offer-provider = الجهة المقدِّمة
offer-categories = المواضيع
offer-about = عن هذه الخدمة
offer-verification = مصدر هذه المعلومات
offer-checked = آخر مقارنة مع المصادر بتاريخ { $date }.
offer-not-confirmed = لم تؤكد الجهة المقدِّمة هذه المعلومات بعد.
offer-confirmed = أكدت الجهة المقدِّمة هذه المعلومات.
offer-sources = المصادر
offer-print = طباعة
offer-details = المزيد من المعلومات

appointment-required = بموعد فقط
appointment-recommended = يُنصح بحجز موعد
appointment-not-needed = بدون موعد

source-undated = بدون تاريخ
source-dated = بتاريخ { $date }

hours-by-appointment = المواعيد بالاتفاق.
hours-as-of = مواعيد العمل بتاريخ { $date }
hours-unknown = مواعيد العمل غير معروفة. يُرجى السؤال قبل الزيارة.
hours-open-now = مفتوح الآن
hours-open-now-until = مفتوح الآن حتى { $time }
hours-next = موعد الفتح القادم: { $when }
hours-range = { $from }–{ $to }
hours-from = ابتداءً من { $from }
hours-every-week = { $days }
hours-odd-weeks = { $days } (الأسابيع الفردية في التقويم)
hours-even-weeks = { $days } (الأسابيع الزوجية في التقويم)
hours-second-week = { $days } (كل أسبوعين)
hours-month = يوم { $days } { $weeks } من كل شهر
hours-today = اليوم، { $time }
hours-tomorrow = غدًا، { $time }
hours-on-date = { $weekday }، { $date }، { $time }
hours-all-day = على مدار الساعة
# Every day of the week (instead of naming all seven).
hours-daily = يومياً
# A line that is open at every hour (instead of "open until 24:00").
hours-always = متاح على مدار الساعة
hours-stale = مواعيد من { $date } – يُرجى الاتصال أولًا
hours-undated = مواعيد بدون تاريخ – يُرجى الاتصال أولًا

nth-1 = الأول
nth-2 = الثاني
nth-3 = الثالث
nth-4 = الرابع
nth-5 = الخامس
nth-last = الأخير

# The grammatical gender of each weekday (m, f or n), for ordinals that agree with it ("the second Wednesday").
weekday-gender-mon = m
weekday-gender-tue = m
weekday-gender-wed = m
weekday-gender-thu = m
weekday-gender-fri = m
weekday-gender-sat = m
weekday-gender-sun = m
weekdays-mon = كل يوم اثنين
weekdays-tue = كل يوم ثلاثاء
weekdays-wed = كل يوم أربعاء
weekdays-thu = كل يوم خميس
weekdays-fri = كل يوم جمعة
weekdays-sat = كل يوم سبت
weekdays-sun = كل يوم أحد

audience-everyone = الجميع
audience-children = الأطفال
audience-youth = المراهقون
audience-young-adults = الشباب
audience-parents = الآباء والأمهات
audience-families = العائلات
audience-adults = البالغون
audience-women = النساء
audience-girls = الفتيات
audience-men = الرجال
audience-50plus = الأشخاص من عمر 50 سنة فما فوق
audience-seniors = كبار السن
audience-caregivers = من يعتنون بأحد أفراد العائلة
audience-migrants = المهاجرون
audience-refugees = اللاجئون
audience-disabilities = الأشخاص ذوو الإعاقة
audience-low-income = أصحاب الدخل المحدود
audience-homeless = الأشخاص بلا مأوى
audience-relatives = الأقارب والأصدقاء
audience-professionals = المختصون

group-counselling = الاستشارة والدعم
group-youth = الأطفال والشباب
group-fifty-plus = أنشطة لعمر 50+
group-food = الطعام والملابس والحياة اليومية
group-emergency = الطوارئ وخطوط المساعدة في الأزمات

category-social-counselling = الاستشارة الاجتماعية العامة
category-debt-counselling = استشارات الديون والإفلاس
category-addiction-counselling = استشارات الإدمان
category-family-counselling = استشارات التربية والأسرة والحياة
category-pregnancy-counselling = استشارات الحمل
category-migration-counselling = استشارات الهجرة واللجوء
category-senior-counselling = استشارات كبار السن
category-care-counselling = استشارات الرعاية والتمريض
category-housing-help = المساعدة عند فقدان السكن
category-violence-protection = الحماية من العنف واستشارات النساء
category-disability-counselling = استشارات للأشخاص ذوي الإعاقة
category-mental-health = المساعدة النفسية والاجتماعية
category-benefits-office = الدوائر الحكومية والمساعدات المالية
category-youth-centre = مراكز الشباب والأنشطة الشبابية
category-learning-support = المساعدة في التعلّم والواجبات المدرسية
category-senior-meeting = أماكن اللقاء والتعارف لعمر 50+
category-exercise-50plus = الرياضة والحركة لعمر 50+
category-digital-help = مساعدون رقميون: مساعدة في استخدام الهاتف الذكي والجهاز اللوحي
category-lunch-table = وجبات الغداء والطبخ الجماعي
category-food-bank = Tafel (بنك الطعام) والمساعدات الغذائية
category-clothing-household = ملابس وأغراض منزلية بأسعار منخفضة
category-self-help = مجموعات المساعدة الذاتية
category-crisis-hotline = أرقام الطوارئ وخطوط المساعدة في الأزمات

translation-note = مترجم من الألمانية. النص الألماني هو النص المعتمد.
translation-draft = لم يراجع أي شخص هذه الترجمة بعد.
translation-missing = هذا النص غير متوفر بلغتك بعد. هنا النص الألماني.
translation-read-german = قراءة النص الألماني

footer-about = Lotse دليل لخدمات الاستشارة والمساعدة في { $area }. المعلومات بدون ضمان: يُرجى الاتصال قبل الزيارة.
footer-privacy = حماية البيانات: لا يحفظ Lotse عمليات البحث ولا يستخدم ملفات تعريف الارتباط (Cookies).
footer-editors = فريق التحرير
search-town = المدينة
search-town-any = كل المدن

error-not-found-title = الصفحة غير موجودة
error-not-found-text = هذه الصفحة غير موجودة. ربما يساعدك البحث.
error-bad-request-title = لم تنجح العملية
error-bad-request-text = الطلب غير صالح: { $reason }
error-internal-title = حدث خطأ
error-internal-text = يُرجى المحاولة مرة أخرى بعد قليل. في حالة الطوارئ اتصل بالرقم 112.
error-busy-title = يوجد الآن عدد كبير جدًا من عمليات البحث
error-busy-text = البحث مشغول في هذه اللحظة. يُرجى المحاولة مرة أخرى بعد بضع ثوانٍ. في حالة الطوارئ اتصل بالرقم 112، وخط المساعدة النفسية TelefonSeelsorge مجاني على الرقم 0800 111 0 111.
error-unavailable-title = غير متاح حاليًا
error-unavailable-text = يتم الآن تحميل الدليل من جديد. يُرجى المحاولة مرة أخرى بعد قليل.
error-back-home = العودة إلى الصفحة الرئيسية
error-query-too-long = نص البحث طويل جدًا (الحد الأقصى لعدد الأحرف: { $max }).
error-bad-parameter = القيمة المُدخلة في «{ $name }» غير صالحة.
error-unknown-language = هذه اللغة غير متوفرة هنا.

bot-greeting = مرحبًا! أنا Lotse. اكتب لي بكلماتك الخاصة ما تحتاج المساعدة فيه، مثلًا «ديون» أو «طعام مجاني». سأعرض لك الخدمات المناسبة في { $area }.
bot-help = طريقة الاستخدام: اكتب ما تحتاج المساعدة فيه. يمكنك أيضًا مشاركة موقعك، وعندها أعرض لك الخدمات القريبة منك.
    /categories – كل المواضيع
    /emergency – أرقام الطوارئ وخطوط المساعدة في الأزمات
    /language – اختيار اللغة
bot-choose-topic = اختر موضوعًا:
bot-results = هذا ما وجدته:
bot-more = نتائج أخرى
bot-details = التفاصيل
bot-web = الموقع الإلكتروني
bot-no-more = لا توجد نتائج أخرى.
bot-non-text = أستطيع قراءة النصوص فقط. يُرجى كتابة ما تحتاج المساعدة فيه ببضع كلمات، أو مشاركة موقعك.
bot-too-long = رسالتك طويلة جدًا. { $max ->
    [few] قرأت منها أول { $max } أحرف فقط.
    [many] قرأت منها أول { $max } حرفًا فقط.
   *[other] قرأت منها أول { $max } حرف فقط.
}
bot-choose-language = اختر لغتك:
bot-language-set = من الآن سأكتب لك باللغة العربية.
bot-nearby = الخدمات القريبة منك (المسافة المباشرة، تقريبًا):
bot-nearby-none = لا أعرف خدمات قريبة منك لها موقع معروف.
bot-nearby-skipped = عدد الخدمات غير المعروضة لأن موقعها غير معروف: { $count }
bot-distance = { $km } كم
bot-distance-town = حوالي { $km } كم (إلى وسط البلدة)
bot-send-location = إرسال الموقع
bot-slow-down = يُرجى الانتظار قليلًا، سأرد بعد لحظات.
bot-cmd-start = الترحيب والمواضيع
bot-cmd-help = كيف يعمل Lotse
bot-cmd-categories = كل المواضيع
bot-cmd-emergency = أرقام الطوارئ وخطوط المساعدة في الأزمات
bot-cmd-language = اختيار اللغة
bot-chat-intro = دردشة Lotse. اكتب رسالة. الرقم يختار زرًا، والأمر /location 51.14 7.21 يرسل موقعًا، والأمر /quit ينهي الدردشة.

# Crisis level "concern" and the never-a-dead-end note
concern-title = إذا لم تكن بخير الآن: هنا من يستمع إليك.
concern-text = هذه الخطوط متاحة ليلًا ونهارًا، مجانًا ودون ذكر الاسم. نتائج بحثك تجدها في الأسفل.
bot-concern-question = هل أنت في أمان الآن؟
bot-concern-help-now = أحتاج إلى مساعدة الآن
bot-concern-offers = أبحث عن خدمة
results-unreachable = لا يمكن الوصول إلى أنسب الخدمات حاليًا (انتهت أو مخطط لها أو بلا هاتف وبريد إلكتروني وعنوان). لذلك نعرض أيضًا جهة يمكنك الاتصال بها أو زيارتها وتساعدك في الخطوة التالية.

## Safety and print: quick exit, hiding a visit, the language hint, print block, crisis-line facts
quick-exit = مغادرة الصفحة بسرعة
breadcrumbs = مسار التنقل
offer-topics = المواضيع
print-page-address = عنوان هذه الصفحة
print-qr-label = رمز QR بعنوان هذه الصفحة
print-date = طُبعت في { $date }. قد تتغير المعلومات: يُرجى الاتصال قبل الذهاب.
fact-free = مجاني
fact-anonymous = دون ذكر الاسم
fact-around-the-clock = على مدار الساعة
crisis-line-more = المزيد عن هذه الخدمة
results-in-this-language = هذه الصفحة بالعربية
hide-visit-title = إخفاء زيارتك
hide-visit-intro = إذا كان يجب ألا يرى أحد أنك تبحث عن مساعدة هنا، فهذه الخطوات تساعدك.
hide-visit-exit-title = المغادرة بسرعة
hide-visit-exit = زر «مغادرة الصفحة بسرعة» في أعلى كل صفحة يفتح فوراً صفحة خدمة الأرصاد الجوية. يمكنك أيضاً الضغط على مفتاح Shift ثلاث مرات بسرعة. ولن يعيدك زر «رجوع» إلى هذه الصفحة.
hide-visit-private-title = نافذة خاصة
hide-visit-private = افتح Lotse في نافذة خاصة (وضع التصفح المتخفي). عند إغلاق النافذة ينسى المتصفح الصفحات وكلمات البحث.
hide-visit-history-title = حذف السجل
hide-visit-history = كلمات بحثك موجودة في عنوان صفحة النتائج، وبالتالي في سجل المتصفح. احذف من السجل (قائمة المتصفح، «السجل») إدخالات هذا الموقع أو سجل الساعة الأخيرة.
hide-visit-lotse-title = ما الذي يحفظه Lotse
hide-visit-lotse = لا يحفظ Lotse كلمات البحث، ولا يستخدم ملفات تعريف الارتباط، ولا يحمّل شيئاً من مواقع أخرى. الأثر الوحيد على جهازك هو سجل المتصفح.

filter-title = عوامل التصفية
filter-when = متى
filter-what = ما يهمك
filter-open-any = في أي وقت
filter-open-now = مفتوح الآن
filter-open-today = مفتوح اليوم
filter-free = مجاني
filter-anonymous = بدون ذكر الاسم
filter-wheelchair = مناسب للكراسي المتحركة
filter-no-appointment = بدون موعد
filter-lang-spoken = اللغة المستخدمة هناك
filter-audience = لمن
filter-place = المكان
filter-any = الكل
filter-apply = تطبيق التصفية
filter-nothing = لا توجد خدمة تطابق عوامل التصفية هذه.
filter-drop = إزالة عوامل التصفية

# issue 12
status-unknown = غير معروف: لم يتأكد بعد إن كانت هذه الخدمة لا تزال موجودة.
freshness-confirmed = أكّدها مقدّم الخدمة بتاريخ { $date }.
freshness-sources = قورنت بالمصادر بتاريخ { $date } – ولم يؤكدها مقدّم الخدمة بعد.
freshness-old = هذه المعلومات أقدم من سنة – يُرجى الاتصال أولًا.
report-link = معلومة خاطئة أو قديمة؟ أبلغنا
report-title = الإبلاغ عن خطأ
report-intro = أخبرنا بما هو غير صحيح. سنتحقق منه ونصحح المعلومات. لا تحتاج إلى حساب.
report-kind = ما الخطأ؟
report-kind-phone = رقم الهاتف
report-kind-hours = مواعيد العمل
report-kind-address = العنوان
report-kind-closed = الخدمة لم تعد موجودة
report-kind-other = شيء آخر
report-text = ما الخطأ وما الصحيح؟ (اختياري)
report-text-hint = 1000 حرف على الأكثر. يُرجى عدم كتابة معلومات عن صحتك أو وضعك.
report-email = بريدك الإلكتروني إن أردت ردًا (اختياري)
report-honeypot = يُرجى ترك هذا الحقل فارغًا
report-privacy = لا نحفظ عنوان IP ولا نستخدم ملفات تعريف الارتباط. نحذف النص والبريد الإلكتروني بعد معالجة البلاغ، وبعد 90 يومًا على الأكثر.
report-send = إرسال البلاغ
report-back = العودة إلى الخدمة
report-thanks-title = شكرًا على بلاغك
report-thanks-text = سنتحقق من معلومات «{ $name }» ونصححها.
report-failed-title = لم يُحفظ البلاغ
report-failed-call = تعذّر حفظ بلاغك الآن. يُرجى الاتصال بالخدمة:
report-failed-later = تعذّر حفظ بلاغك الآن. يُرجى المحاولة لاحقًا.
report-error-form = لم يصل النموذج بشكل صحيح. يُرجى إرساله مرة أخرى.
report-error-too-large = النموذج كبير جدًا (الحد الأقصى { $kb } كيلوبايت).
report-error-kind = يُرجى اختيار ما هو الخطأ.
report-error-text-long = النص طويل جدًا (الحد الأقصى لعدد الأحرف: { $max }).
report-error-email = يبدو أن البريد الإلكتروني غير صحيح. يمكنك أيضًا ترك الحقل فارغًا.
report-error-too-many = وصلت بلاغات كثيرة من هنا للتو. يُرجى المحاولة بعد بضع دقائق.
bot-report-how = هل هناك خطأ في «{ $name }»؟ أبلغنا عبر هذا النموذج القصير – دون تسجيل. لا نحفظ شيئًا من هذه المحادثة.
# issue 10: referral sheet, mentor mode, share, contact card and calendar, booklet
sheet-title = ورقة الإحالة
sheet-intro = عدة خدمات على صفحة واحدة للطباعة، مع لغة ثانية إن شئت. الورقة موجودة في عنوانها فقط: لا يُحفظ أي شيء.
sheet-add = + أضف إلى الورقة
sheet-on-it = ✓ على الورقة
sheet-add-more = ابحث عن خدمات أخرى
sheet-remove = احذف من الورقة
sheet-empty = لا توجد خدمات على الورقة بعد. ابحث عن خدمة واختر «أضف إلى الورقة».
sheet-unknown = هذه الخدمات غير موجودة (لم تعد موجودة) وهي غير مذكورة على الورقة:
sheet-too-many = تتسع الورقة لـ { $max } خدمة على الأكثر.
sheet-also = لغة ثانية على الورقة
sheet-also-none = لا شيء
sheet-also-apply = تطبيق
sheet-print-hint = للطباعة استخدم قائمة الطباعة في المتصفح. رموز QR تقود إلى صفحات الخدمات.
sheet-offer-qr-label = رمز QR بعنوان هذه الخدمة
sheet-qr-label = رمز QR بعنوان هذه الورقة
sheet-bar = الخدمات على ورقتك: { $count }
sheet-show = اعرض الورقة واطبعها
mentor-enter = عرض كبير (للمرشدين الرقميين)
mentor-title = عرض كبير
mentor-help = طريقة الاستخدام
mentor-step-find = ابحثوا معًا عن خدمة.
mentor-step-read = اقرأ الاسم والمواعيد ورقم الهاتف بهدوء.
mentor-step-handover = «التسليم» يفتح الصفحة على هاتف الشخص نفسه.
mentor-handover = التسليم: اعرض رمز QR
mentor-handover-scan = يفتح الشخص كاميرا هاتفه ويوجهها إلى هذا الرمز.
mentor-handover-in = تُفتح الصفحة باللغة
mentor-handover-choose = اختر لغة أخرى
mentor-qr-label = رمز QR بعنوان الصفحة
mentor-back = العودة إلى الصفحة
mentor-leave = إنهاء العرض الكبير
tools-title = المشاركة والحفظ
tools-vcard = احفظ كجهة اتصال (vCard)
tools-ics = أضف المواعيد إلى التقويم (iCal)
share-title = مشاركة
share-email = البريد الإلكتروني
share-sms = رسالة نصية
share-device = مشاركة …
share-privacy = الرابط يحتوي على عنوان هذه الصفحة فقط، ولا شيء عنك.
calendar-call-first = قد تتغير المعلومات: يُرجى الاتصال قبل الزيارة.
booklet-title = المساعدة والاستشارة في { $area }
booklet-date = حتى تاريخ { $date }
booklet-live = المعلومات الحالية على الإنترنت:
booklet-no-url = عنوان الموقع على الإنترنت غير مضبوط، لذلك لا يوجد رمز QR هنا.
booklet-qr-label = رمز QR بعنوان الموقع
booklet-crisis-hint = أرقام الطوارئ وخطوط الأزمات: في الصفحة الأخيرة.
booklet-contents = المحتويات
booklet-index = المواضيع
booklet-crisis = الطوارئ وخطوط الأزمات
booklet-call-first = قد تتغير المعلومات: يُرجى الاتصال قبل الزيارة.
offer-bring = ما يجب إحضاره

## "Near me": sorting the results by distance from a place of the gazetteer (no JavaScript needed)
near-title = الترتيب حسب المسافة
near-from = المسافة من
near-none = بدون ترتيب
near-apply = رتّب
near-distance = حوالي { $distance } في خط مستقيم من وسط { $place }
near-distance-here = حوالي { $distance } في خط مستقيم
near-unknown = المسافة غير معروفة
near-home-title = خدمات قريبة منك
near-home-from = مدينتك أو حيّك
near-home-choose = يرجى الاختيار
near-show = عرض
near-me = استخدم موقعي
near-me-failed = موقعك غير متاح. يرجى اختيار مكان من القائمة.
near-here-active = مرتبة حسب المسافة من موقعك (مقرّب إلى نحو 100 م ولا يُحفظ).
