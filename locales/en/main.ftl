# Lotse – UI strings (English). Translated from de/main.ftl; keep the same keys.

site-tagline = Find counselling and support in { $area }
skip-to-content = Skip to content
nav-home = Home
nav-emergency = Emergency
nav-categories = All topics
lang-switcher = Language

search-label = What do you need help with?
search-placeholder = e.g. debts, food bank (Tafel), youth centre
search-button = Search
search-hint = Write in your own words, in your own language.

home-intro = Here you can find counselling services, meeting places and help in { $area } and the surrounding area. All services in one place, with phone number, address and opening hours.
home-topics = Topics

results-title = Results for “{ $query }”
results-count = { $count ->
    [one] { $count } service
   *[other] { $count } services
}
results-none = Sorry, we did not find anything that fits.
results-weak = We did not find anything that fits exactly.
results-fallback = You can still get help here: general social counselling helps with any question and knows who can help you further.
results-browse = Or choose a topic:
results-empty-query = Please write what you need help with.
results-more = More results

crisis-title = You are not alone. You can get help right now.
crisis-text = If you are in danger or do not know what to do: call now.
crisis-call = { $name }: { $number }

emergency-title = Emergency and crisis lines
emergency-intro = If you are in acute danger: call 112 (ambulance, fire brigade) or 110 (police).

category-offers = { $count ->
    [one] { $count } service
   *[other] { $count } services
}

status-active = Active
status-planned = Planned: this service was announced. We do not know if it has started yet.
status-temporarily-closed = Temporarily closed
status-ended = Ended: according to our sources, this service no longer exists.

offer-caveat = Please note
offer-contact = Contact
offer-phone = Phone
offer-call = Call
offer-email = Email
offer-website = Website
offer-address = Address
offer-map = Show on map (OpenStreetMap)
offer-hours = Opening hours
offer-cost = Cost
offer-languages = Languages spoken
offer-accessibility = Accessibility
offer-appointment = Appointment
offer-anonymous = You can get advice anonymously.
offer-wheelchair-yes = Wheelchair accessible (according to the source).
offer-wheelchair-partly = Partly wheelchair accessible (according to the source).
offer-wheelchair-no = According to the source, not wheelchair accessible without help.
offer-audience = For whom
offer-provider = Provider
offer-categories = Topics
offer-about = About this service
offer-verification = Where this information comes from
offer-checked = Last checked against the sources on { $date }.
offer-not-confirmed = Not yet confirmed by the provider.
offer-confirmed = Confirmed by the provider.
offer-sources = Sources
offer-print = Print
offer-details = Learn more

appointment-required = By appointment only
appointment-recommended = Appointment recommended
appointment-not-needed = No appointment needed

source-undated = undated
source-dated = as of { $date }

hours-by-appointment = By appointment.
hours-as-of = Opening hours as of { $date }
hours-unknown = Opening hours unknown. Please ask before you go.
hours-open-now = Open now
hours-open-now-until = Open now, until { $time }
hours-next = Next opening: { $when }
hours-range = { $from }–{ $to }
hours-from = from { $from }
hours-every-week = { $days }
hours-odd-weeks = { $days } (odd-numbered calendar weeks)
hours-even-weeks = { $days } (even-numbered calendar weeks)
hours-second-week = { $days } (every two weeks)
hours-month = { $weeks } { $days } of the month
hours-today = today, { $time }
hours-tomorrow = tomorrow, { $time }
hours-on-date = { $weekday }, { $date }, { $time }
hours-all-day = around the clock
# Every day of the week (instead of naming all seven).
hours-daily = daily
# A line that is open at every hour (instead of "open until 24:00").
hours-always = Open around the clock
hours-stale = Hours from { $date } – please call first
hours-undated = Hours without a date – please call first

nth-1 = first
nth-2 = second
nth-3 = third
nth-4 = fourth
nth-5 = fifth
nth-last = last

# The grammatical gender of each weekday (m, f or n), for ordinals that agree with it ("the second Wednesday").
weekday-gender-mon = m
weekday-gender-tue = m
weekday-gender-wed = m
weekday-gender-thu = m
weekday-gender-fri = m
weekday-gender-sat = m
weekday-gender-sun = m
weekdays-mon = Mondays
weekdays-tue = Tuesdays
weekdays-wed = Wednesdays
weekdays-thu = Thursdays
weekdays-fri = Fridays
weekdays-sat = Saturdays
weekdays-sun = Sundays

audience-everyone = everyone
audience-children = children
audience-youth = teenagers
audience-young-adults = young adults
audience-parents = parents
audience-families = families
audience-adults = adults
audience-women = women
audience-girls = girls
audience-men = men
audience-50plus = people aged 50 and over
audience-seniors = older people
audience-caregivers = family carers
audience-migrants = immigrants
audience-refugees = refugees
audience-disabilities = people with disabilities
audience-low-income = people with little money
audience-homeless = people without a home
audience-relatives = family and friends
audience-professionals = professionals

group-counselling = Counselling and support
group-youth = Children and young people
group-fifty-plus = Activities for 50+
group-food = Food, clothing, everyday life
group-emergency = Emergency and crisis lines

category-social-counselling = General social counselling
category-debt-counselling = Debt and insolvency counselling
category-addiction-counselling = Addiction counselling
category-family-counselling = Parenting, family and life counselling
category-pregnancy-counselling = Pregnancy counselling
category-migration-counselling = Advice for migrants and refugees
category-senior-counselling = Advice for older people
category-care-counselling = Advice on long-term care
category-housing-help = Help if you lose your home
category-violence-protection = Protection from violence and counselling for women
category-disability-counselling = Advice for people with disabilities
category-mental-health = Mental health and psychosocial support
category-benefits-office = Public offices and benefits
category-youth-centre = Youth centres and youth work
category-learning-support = Help with learning and homework
category-senior-meeting = Meeting places 50+
category-exercise-50plus = Exercise 50+
category-digital-help = Digital helpers: help with smartphones and tablets
category-lunch-table = Community lunches and cooking groups
category-food-bank = Food bank (Tafel) and food aid
category-clothing-household = Low-cost clothing and household goods
category-self-help = Self-help groups
category-crisis-hotline = Emergency numbers and crisis lines

translation-note = Translated from German. The German text is the binding version.
translation-draft = This translation has not yet been checked by a person.
translation-missing = This text is not yet available in your language. Here is the German text.
translation-read-german = Read the German text

footer-about = Lotse is a directory of counselling and support services for { $area }. All information without guarantee: please call before you visit.
footer-privacy = Privacy: Lotse does not store searches and does not use cookies.
footer-editors = Editors
search-town = Town
search-town-any = All towns

error-not-found-title = Page not found
error-not-found-text = This page does not exist. The search may help.
error-bad-request-title = That did not work
error-bad-request-text = The request was not valid: { $reason }
error-internal-title = Something went wrong
error-internal-text = Please try again in a moment. In an emergency, call 112.
error-busy-title = Very many searches right now
error-busy-text = The search is busy at the moment. Please try again in a few seconds. In an emergency, call 112; TelefonSeelsorge (crisis line) is free on 0800 111 0 111.
error-unavailable-title = Not available right now
error-unavailable-text = The directory is being reloaded. Please try again in a moment.
error-back-home = Back to the home page
error-query-too-long = Your search is too long (maximum { $max } characters).
error-bad-parameter = The value for “{ $name }” is not valid.
error-unknown-language = This language is not available here.

bot-greeting = Hello! I am Lotse. Tell me in your own words what you need help with, for example “debts” or “free food”. I will show you suitable services in { $area }.
bot-help = How it works: write what you need help with. You can also share your location, then I will show you services nearby.
    /categories – all topics
    /emergency – emergency and crisis lines
    /language – choose language
bot-choose-topic = Choose a topic:
bot-results = Here is what I found:
bot-more = More results
bot-details = Details
bot-web = Website
bot-no-more = No more results.
bot-non-text = I can only read text. Please write in a few words what you need help with, or share your location.
bot-too-long = Your message is very long. I have read the first { $max } characters.
bot-choose-language = Choose your language:
bot-language-set = From now on I will write to you in English.
bot-nearby = Services near you (straight-line distance, approximate):
bot-nearby-none = I do not know any services near you with a known location.
bot-nearby-skipped = { $count ->
    [one] { $count } service without a known location is not included.
   *[other] { $count } services without a known location are not included.
}
bot-distance = { $km } km
bot-distance-town = about { $km } km (to the town centre)
bot-send-location = Send location
bot-slow-down = Please wait a moment, I will answer shortly.
bot-cmd-start = Welcome and topics
bot-cmd-help = How Lotse works
bot-cmd-categories = All topics
bot-cmd-emergency = Emergency and crisis lines
bot-cmd-language = Choose language
bot-chat-intro = Lotse chat. Write a message. A number chooses a button, /location 51.14 7.21 shares a location, /quit exits.

# Crisis level "concern" and the never-a-dead-end note
concern-title = If you are not doing well right now: someone here will listen.
concern-text = These lines are there day and night, free and anonymous. Your search results follow below.
bot-concern-question = Are you safe right now?
bot-concern-help-now = I need help now
bot-concern-offers = I'm looking for an offer
results-unreachable = The offers that fit best cannot be reached right now (ended, planned, or without phone, e-mail and address). That is why a place you can call or visit, and that can help further, is listed too.

## Safety and print: quick exit, hiding a visit, the language hint, print block, crisis-line facts
quick-exit = Leave this page quickly
breadcrumbs = Breadcrumbs
offer-topics = Topics
print-page-address = Address of this page
print-qr-label = QR code with the address of this page
print-date = Printed on { $date }. Details may change: please call before you go.
fact-free = free of charge
fact-anonymous = anonymous
fact-around-the-clock = around the clock
crisis-line-more = More about this service
results-in-this-language = This page in English
hide-visit-title = Hide your visit
hide-visit-intro = If someone must not see that you are looking for help here, these steps help.
hide-visit-exit-title = Leave quickly
hide-visit-exit = The “Leave this page quickly” button at the top of every page opens the weather service’s page at once. You can also press the Shift key three times quickly. “Back” then does not return to this page.
hide-visit-private-title = Private window
hide-visit-private = Open Lotse in a private window (incognito mode). When you close the window, the browser forgets the pages and your search words.
hide-visit-history-title = Delete the history
hide-visit-history = Your search words are in the address of the results page, and so in your browser’s history. In the history (browser menu, “History”), delete the entries of this site, or the last hour.
hide-visit-lotse-title = What Lotse keeps
hide-visit-lotse = Lotse stores no search words, sets no cookies and loads nothing from other sites. The only trace on your device is your browser’s history.

filter-title = Filters
filter-when = When
filter-what = What matters
filter-open-any = Any time
filter-open-now = Open now
filter-open-today = Open today
filter-free = Free of charge
filter-anonymous = Anonymous
filter-wheelchair = Wheelchair accessible
filter-no-appointment = No appointment needed
filter-lang-spoken = Language spoken there
filter-audience = For whom
filter-place = Place
filter-any = All
filter-apply = Apply filters
filter-nothing = No service matches these filters.
filter-drop = Remove filters

# issue 12
status-unknown = Unknown: it is not confirmed whether this offer still exists.
freshness-confirmed = Confirmed by the provider on { $date }.
freshness-sources = Compared with the sources on { $date } – not yet confirmed by the provider.
freshness-old = This information is more than a year old – please call first.
report-link = Wrong or outdated? Report it
report-title = Report a problem
report-intro = Tell us what is wrong. We check it and correct the entry. You need no account.
report-kind = What is wrong?
report-kind-phone = Phone number
report-kind-hours = Opening hours
report-kind-address = Address
report-kind-closed = The offer no longer exists
report-kind-other = Something else
report-text = What is wrong, what is right? (optional)
report-text-hint = At most 1000 characters. Please do not write about your health or situation.
report-email = Your e-mail address, if you would like a reply (optional)
report-honeypot = Please leave this field empty
report-privacy = We store no IP address and set no cookie. We delete the text and e-mail address once the report is dealt with, after 90 days at the latest.
report-send = Send report
report-back = Back to the offer
report-thanks-title = Thank you for your report
report-thanks-text = We will check the information on “{ $name }” and correct the entry.
report-failed-title = Report not saved
report-failed-call = Your report could not be saved just now. Please call the offer:
report-failed-later = Your report could not be saved just now. Please try again later.
report-error-form = The form did not arrive correctly. Please send it again.
report-error-too-large = The form is too large (at most { $kb } KB).
report-error-kind = Please choose what is wrong.
report-error-text-long = The text is too long (at most { $max } characters).
report-error-email = The e-mail address does not look right. You can also leave the field empty.
report-error-too-many = Many reports came from here just now. Please try again in a few minutes.
bot-report-how = Is something wrong with “{ $name }”? Report it with this short form – no sign-up. Nothing from this chat is stored.
# issue 10: referral sheet, mentor mode, share, contact card and calendar, booklet
sheet-title = Referral sheet
sheet-intro = Several offers on one printable page, with a second language if you like. The sheet lives only in its address: nothing is stored.
sheet-add = + Add to sheet
sheet-on-it = ✓ On the sheet
sheet-add-more = Find more offers
sheet-remove = Remove from sheet
sheet-empty = The sheet has no offers yet. Find an offer and choose “Add to sheet”.
sheet-unknown = These offers do not exist (any more) and are missing from the sheet:
sheet-too-many = A sheet holds at most { $max } offers.
sheet-also = Second language on the sheet
sheet-also-none = None
sheet-also-apply = Apply
sheet-print-hint = Use the browser’s print menu. The QR codes lead to the offers’ pages.
sheet-offer-qr-label = QR code with the address of this offer
sheet-qr-label = QR code with the address of this sheet
sheet-bar = Offers on your sheet: { $count }
sheet-show = View and print the sheet
mentor-enter = Large view (for digital mentors)
mentor-title = Large view
mentor-help = How it works
mentor-step-find = Find an offer together.
mentor-step-read = Read out the name, times and phone number calmly.
mentor-step-handover = “Hand over” opens the page on the person’s own phone.
mentor-handover = Hand over: show QR code
mentor-handover-scan = The person opens their phone’s camera and points it at this code.
mentor-handover-in = The page opens in
mentor-handover-choose = Choose another language
mentor-qr-label = QR code with the address of the page
mentor-back = Back to the page
mentor-leave = Leave large view
tools-title = Pass on and save
tools-vcard = Save as contact (vCard)
tools-ics = Add times to calendar (iCal)
share-title = Share
share-email = Email
share-sms = SMS
share-device = Share …
share-privacy = The link contains only this page’s address, nothing about you.
calendar-call-first = Details may change: please call first.
booklet-title = Help and counselling in { $area }
booklet-date = As of { $date }
booklet-live = Current details online:
booklet-no-url = The site’s web address is not set, so there is no QR code here.
booklet-qr-label = QR code with the address of the website
booklet-crisis-hint = Emergency and crisis lines: on the last page.
booklet-contents = Contents
booklet-index = Topics from A to Z
booklet-crisis = Emergency and crisis lines
booklet-call-first = Details may change: please call first.
offer-bring = What to bring

## "Near me": sorting the results by distance from a place of the gazetteer (no JavaScript needed)
near-title = Sort by distance
near-from = Distance from
near-none = do not sort
near-apply = Sort
near-distance = about { $distance } in a straight line from the centre of { $place }
near-distance-here = about { $distance } in a straight line
near-unknown = distance unknown
near-home-title = Offers near you
near-home-from = Your town or district
near-home-choose = please choose
near-show = Show
near-me = Use my location
near-me-failed = Your location is not available. Please choose a place from the list.
near-here-active = Sorted by distance from your location (rounded to about 100 m and not stored).
