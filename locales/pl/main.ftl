# Lotse – UI strings (Polish). Translated from de/main.ftl; keep the same keys.

site-tagline = Porady i pomoc w { $area }
skip-to-content = Przejdź do treści
nav-home = Strona główna
nav-emergency = Pilna pomoc
nav-categories = Wszystkie tematy
lang-switcher = Język

search-label = W jakiej sprawie potrzebna jest pomoc?
search-placeholder = na przykład: długi, Tafel (bank żywności), klub młodzieżowy
search-button = Szukaj
search-hint = Można pisać własnymi słowami, we własnym języku.

home-intro = Tu można znaleźć poradnie, miejsca spotkań i pomoc w { $area } i okolicy. Wszystkie oferty w jednym miejscu, z telefonem, adresem i godzinami otwarcia.
home-topics = Tematy

results-title = Wyniki dla „{ $query }”
results-count = { $count ->
    [one] { $count } oferta
    [few] { $count } oferty
    [many] { $count } ofert
   *[other] { $count } oferty
}
results-none = Niestety nie znaleźliśmy nic pasującego.
results-weak = Nie znaleźliśmy nic, co dokładnie pasuje.
results-fallback = Pomoc można jednak uzyskać tutaj: ogólne poradnictwo socjalne pomaga we wszystkich sprawach i wie, kto może pomóc dalej.
results-browse = Można też wybrać temat:
results-empty-query = Proszę napisać, w czym potrzebna jest pomoc.
results-more = Więcej wyników

crisis-title = Nie są Państwo sami. Tutaj można od razu uzyskać pomoc.
crisis-text = Jeśli grozi Państwu niebezpieczeństwo lub nie wiedzą Państwo, co dalej robić: proszę zadzwonić teraz.
crisis-call = { $name }: { $number }

emergency-title = Pilna pomoc i telefony kryzysowe
emergency-intro = W razie bezpośredniego zagrożenia: numer alarmowy 112 (pogotowie ratunkowe, straż pożarna) lub 110 (policja).

category-offers = { $count ->
    [one] { $count } oferta
    [few] { $count } oferty
    [many] { $count } ofert
   *[other] { $count } oferty
}

status-active = Działa
status-planned = Planowana: ta oferta została zapowiedziana. Nie wiadomo, czy już działa.
status-temporarily-closed = Tymczasowo zamknięte
status-ended = Zakończona: według naszych źródeł ta oferta już nie istnieje.

offer-caveat = Ważne
offer-contact = Kontakt
offer-phone = Telefon
offer-call = Zadzwoń
offer-email = E-mail
offer-website = Strona internetowa
offer-address = Adres
offer-map = Pokaż na mapie (OpenStreetMap)
offer-hours = Godziny otwarcia
offer-cost = Koszty
offer-languages = Języki porad
offer-accessibility = Dostępność dla osób z niepełnosprawnościami
offer-appointment = Umawianie wizyty
offer-anonymous = Można uzyskać poradę anonimowo.
offer-wheelchair-yes = Dostępne dla osób na wózku (według źródła).
offer-wheelchair-partly = Częściowo dostępne dla osób na wózku (według źródła).
offer-wheelchair-no = Według źródła bez pomocy niedostępne dla osób na wózku.
offer-audience = Dla kogo
offer-provider = Organizacja
offer-categories = Tematy
offer-about = O ofercie
offer-verification = Skąd pochodzą te informacje
offer-checked = Ostatnio porównano ze źródłami: { $date }.
offer-not-confirmed = Organizacja jeszcze nie potwierdziła tych informacji.
offer-confirmed = Informacje potwierdzone przez organizację.
offer-sources = Źródła
offer-print = Drukuj
offer-details = Więcej informacji

appointment-required = Tylko po umówieniu wizyty
appointment-recommended = Zalecane umówienie wizyty
appointment-not-needed = Bez umawiania wizyty

source-undated = bez daty
source-dated = stan na { $date }

hours-by-appointment = Wizyty po wcześniejszym umówieniu.
hours-as-of = Godziny otwarcia – stan na { $date }
hours-unknown = Godziny otwarcia nie są znane. Proszę zapytać przed wizytą.
hours-open-now = Teraz otwarte
hours-open-now-until = Teraz otwarte, do { $time }
hours-next = Najbliższe otwarcie: { $when }
hours-range = { $from }–{ $to }
hours-from = od { $from }
hours-every-week = { $days }
hours-odd-weeks = { $days } (nieparzyste tygodnie kalendarzowe)
hours-even-weeks = { $days } (parzyste tygodnie kalendarzowe)
hours-second-week = { $days } (co dwa tygodnie)
hours-month = { $weeks } { $days } miesiąca
hours-today = dziś, { $time }
hours-tomorrow = jutro, { $time }
hours-on-date = { $weekday }, { $date }, { $time }
hours-all-day = całą dobę
# Every day of the week (instead of naming all seven).
hours-daily = codziennie
# A line that is open at every hour (instead of "open until 24:00").
hours-always = Czynne całą dobę
hours-stale = Godziny (stan: { $date }) – prosimy najpierw zadzwonić
hours-undated = Godziny bez daty – prosimy najpierw zadzwonić

nth-1 = { $gender ->
    [f] pierwsza
    [n] pierwsze
   *[m] pierwszy
  }
nth-2 = { $gender ->
    [f] druga
    [n] drugie
   *[m] drugi
  }
nth-3 = { $gender ->
    [f] trzecia
    [n] trzecie
   *[m] trzeci
  }
nth-4 = { $gender ->
    [f] czwarta
    [n] czwarte
   *[m] czwarty
  }
nth-5 = { $gender ->
    [f] piąta
    [n] piąte
   *[m] piąty
  }
nth-last = { $gender ->
    [f] ostatnia
    [n] ostatnie
   *[m] ostatni
  }

# The grammatical gender of each weekday (m, f or n), for ordinals that agree with it ("the second Wednesday").
weekday-gender-mon = m
weekday-gender-tue = m
weekday-gender-wed = f
weekday-gender-thu = m
weekday-gender-fri = m
weekday-gender-sat = f
weekday-gender-sun = f
weekdays-mon = w poniedziałki
weekdays-tue = we wtorki
weekdays-wed = w środy
weekdays-thu = w czwartki
weekdays-fri = w piątki
weekdays-sat = w soboty
weekdays-sun = w niedziele

audience-everyone = wszyscy
audience-children = dzieci
audience-youth = młodzież
audience-young-adults = młodzi dorośli
audience-parents = rodzice
audience-families = rodziny
audience-adults = dorośli
audience-women = kobiety
audience-girls = dziewczęta
audience-men = mężczyźni
audience-50plus = osoby po 50. roku życia
audience-seniors = seniorki i seniorzy
audience-caregivers = osoby opiekujące się bliskimi
audience-migrants = imigranci
audience-refugees = uchodźcy
audience-disabilities = osoby z niepełnosprawnościami
audience-low-income = osoby o niskich dochodach
audience-homeless = osoby bez mieszkania
audience-relatives = rodzina i przyjaciele
audience-professionals = specjaliści

group-counselling = Poradnictwo i wsparcie
group-youth = Dzieci i młodzież
group-fifty-plus = Oferty 50+
group-food = Jedzenie, ubrania, codzienność
group-emergency = Pilna pomoc i telefony kryzysowe

category-social-counselling = Ogólne poradnictwo socjalne
category-debt-counselling = Porady w sprawie długów i upadłości
category-addiction-counselling = Porady w sprawie uzależnień
category-family-counselling = Poradnictwo wychowawcze, rodzinne i życiowe
category-pregnancy-counselling = Poradnictwo dla kobiet w ciąży
category-migration-counselling = Poradnictwo dla migrantów i uchodźców
category-senior-counselling = Poradnictwo dla seniorów
category-care-counselling = Porady w sprawie opieki nad chorymi i starszymi
category-housing-help = Pomoc w razie utraty mieszkania
category-violence-protection = Ochrona przed przemocą i poradnictwo dla kobiet
category-disability-counselling = Poradnictwo dla osób z niepełnosprawnościami
category-mental-health = Pomoc psychospołeczna
category-benefits-office = Urzędy i świadczenia
category-youth-centre = Kluby młodzieżowe i praca z młodzieżą
category-learning-support = Pomoc w nauce i odrabianiu lekcji
category-senior-meeting = Spotkania i miejsca spotkań 50+
category-exercise-50plus = Ruch i sport 50+
category-digital-help = Cyfrowi pomocnicy: pomoc ze smartfonem i tabletem
category-lunch-table = Obiady i wspólne gotowanie
category-food-bank = Tafel i pomoc żywnościowa
category-clothing-household = Tanie ubrania i rzeczy do domu
category-self-help = Grupy samopomocy
category-crisis-hotline = Numery alarmowe i telefony kryzysowe

translation-note = Przetłumaczono z języka niemieckiego. Wiążący jest tekst niemiecki.
translation-draft = To tłumaczenie nie zostało jeszcze sprawdzone przez człowieka.
translation-missing = Tego tekstu nie ma jeszcze w Państwa języku. Tutaj jest tekst niemiecki.
translation-read-german = Czytaj tekst niemiecki

footer-about = Lotse to katalog ofert poradnictwa i pomocy w { $area }. Wszystkie informacje bez gwarancji: przed wizytą prosimy zadzwonić.
footer-privacy = Ochrona danych: Lotse nie zapisuje wyszukiwań i nie używa plików cookie.
footer-editors = Redakcja
search-town = Miejscowość
search-town-any = Wszystkie miejscowości

error-not-found-title = Nie znaleziono strony
error-not-found-text = Ta strona nie istnieje. Może pomoże wyszukiwanie.
error-bad-request-title = Nie udało się
error-bad-request-text = Nieprawidłowe zapytanie: { $reason }
error-internal-title = Wystąpił błąd
error-internal-text = Prosimy spróbować ponownie za chwilę. W nagłym wypadku proszę dzwonić pod numer 112.
error-busy-title = W tej chwili jest bardzo dużo wyszukiwań
error-busy-text = Wyszukiwarka jest teraz przeciążona. Prosimy spróbować ponownie za kilka sekund. W nagłym wypadku proszę dzwonić pod numer 112; telefon zaufania TelefonSeelsorge jest bezpłatny: 0800 111 0 111.
error-unavailable-title = Chwilowo niedostępne
error-unavailable-text = Katalog jest właśnie ponownie wczytywany. Prosimy spróbować ponownie za chwilę.
error-back-home = Do strony głównej
error-query-too-long = Wyszukiwany tekst jest za długi (maksymalna liczba znaków: { $max }).
error-bad-parameter = Wartość dla „{ $name }” jest nieprawidłowa.
error-unknown-language = Ten język nie jest tu dostępny.

bot-greeting = Dzień dobry! Jestem Lotse. Proszę napisać własnymi słowami, w czym potrzebna jest pomoc, na przykład „długi” albo „darmowe jedzenie”. Wskażę pasujące oferty w { $area }.
bot-help = Jak to działa: proszę napisać, w czym potrzebna jest pomoc. Można też udostępnić swoją lokalizację – wtedy pokażę oferty w pobliżu.
    /categories – wszystkie tematy
    /emergency – numery alarmowe i telefony kryzysowe
    /language – wybór języka
bot-choose-topic = Proszę wybrać temat:
bot-results = Oto, co udało się znaleźć:
bot-more = Więcej wyników
bot-details = Szczegóły
bot-web = Strona internetowa
bot-no-more = Nie ma więcej wyników.
bot-non-text = Rozumiem tylko tekst. Proszę napisać w kilku słowach, w czym potrzebna jest pomoc, albo udostępnić swoją lokalizację.
bot-too-long = Wiadomość jest bardzo długa. { $max ->
    [one] Uwzględniono tylko pierwszy { $max } znak.
    [few] Uwzględniono tylko pierwsze { $max } znaki.
   *[other] Uwzględniono tylko pierwsze { $max } znaków.
}
bot-choose-language = Proszę wybrać język:
bot-language-set = Od teraz piszę do Państwa po polsku.
bot-nearby = Oferty w pobliżu (w linii prostej, w przybliżeniu):
bot-nearby-none = Nie znam w pobliżu ofert ze znanym adresem.
bot-nearby-skipped = { $count ->
    [one] Pominięto { $count } ofertę bez znanego adresu.
    [few] Pominięto { $count } oferty bez znanego adresu.
    [many] Pominięto { $count } ofert bez znanego adresu.
   *[other] Pominięto { $count } oferty bez znanego adresu.
}
bot-distance = { $km } km
bot-distance-town = ok. { $km } km (do centrum miejscowości)
bot-send-location = Wyślij lokalizację
bot-slow-down = Proszę o chwilę cierpliwości, zaraz odpowiem.
bot-cmd-start = Powitanie i tematy
bot-cmd-help = Jak działa Lotse
bot-cmd-categories = Wszystkie tematy
bot-cmd-emergency = Numery alarmowe i telefony kryzysowe
bot-cmd-language = Wybór języka
bot-chat-intro = Czat Lotse. Proszę napisać wiadomość. Liczba wybiera przycisk, /location 51.14 7.21 udostępnia lokalizację, /quit kończy czat.

# Crisis level "concern" and the never-a-dead-end note
concern-title = Jeśli teraz nie czują się Państwo dobrze: tutaj ktoś wysłucha.
concern-text = Te telefony działają całą dobę, bezpłatnie i anonimowo. Wyniki wyszukiwania są poniżej.
bot-concern-question = Czy jest Pan/Pani teraz bezpieczny/bezpieczna?
bot-concern-help-now = Potrzebuję pomocy teraz
bot-concern-offers = Szukam oferty
results-unreachable = Najlepiej pasujące oferty są teraz niedostępne (zakończone, planowane lub bez telefonu, e-maila i adresu). Dlatego podajemy też miejsce, do którego można zadzwonić lub przyjść i które pomoże dalej.

## Safety and print: quick exit, hiding a visit, the language hint, print block, crisis-line facts
quick-exit = Szybko opuść stronę
breadcrumbs = Ścieżka nawigacji
offer-topics = Tematy
print-page-address = Adres tej strony
print-qr-label = Kod QR z adresem tej strony
print-date = Wydrukowano { $date }. Dane mogą się zmienić: prosimy zadzwonić przed wizytą.
fact-free = bezpłatnie
fact-anonymous = anonimowo
fact-around-the-clock = całą dobę
crisis-line-more = Więcej o tej usłudze
results-in-this-language = Ta strona po polsku
hide-visit-title = Ukryj wizytę
hide-visit-intro = Jeśli nikt nie może zobaczyć, że szukasz tu pomocy, pomogą te kroki.
hide-visit-exit-title = Szybkie wyjście
hide-visit-exit = Przycisk „Szybko opuść stronę” na górze każdej strony od razu otwiera stronę serwisu pogodowego. Można też trzy razy szybko nacisnąć klawisz Shift. Przycisk „Wstecz” nie wróci wtedy na tę stronę.
hide-visit-private-title = Okno prywatne
hide-visit-private = Otwórz Lotse w oknie prywatnym (tryb incognito). Po zamknięciu okna przeglądarka zapomni strony i wyszukiwane słowa.
hide-visit-history-title = Usuń historię
hide-visit-history = Wyszukiwane słowa są w adresie strony wyników, a więc w historii przeglądarki. W historii (menu przeglądarki, „Historia”) usuń wpisy tej strony albo z ostatniej godziny.
hide-visit-lotse-title = Co zapisuje Lotse
hide-visit-lotse = Lotse nie zapisuje wyszukiwanych słów, nie ustawia plików cookie i niczego nie pobiera z innych stron. Jedyny ślad na urządzeniu to historia przeglądarki.

filter-title = Filtry
filter-when = Kiedy
filter-what = Co jest ważne
filter-open-any = Obojętnie kiedy
filter-open-now = Otwarte teraz
filter-open-today = Otwarte dzisiaj
filter-free = Bezpłatnie
filter-anonymous = Anonimowo
filter-wheelchair = Dostępne dla wózków
filter-no-appointment = Bez umawiania wizyty
filter-lang-spoken = Język, w którym się tam mówi
filter-audience = Dla kogo
filter-place = Miejsce
filter-any = Wszystkie
filter-apply = Zastosuj filtry
filter-nothing = Żadna oferta nie pasuje do tych filtrów.
filter-drop = Usuń filtry

# issue 12
status-unknown = Nieznany: nie potwierdzono, czy ta oferta nadal istnieje.
freshness-confirmed = Potwierdzone przez usługodawcę { $date }.
freshness-sources = Porównane ze źródłami { $date } – usługodawca jeszcze nie potwierdził.
freshness-old = Te informacje mają ponad rok – prosimy najpierw zadzwonić.
report-link = Błędna lub nieaktualna informacja? Zgłoś
report-title = Zgłoś błąd
report-intro = Napisz nam, co się nie zgadza. Sprawdzimy to i poprawimy wpis. Konto nie jest potrzebne.
report-kind = Co jest błędne?
report-kind-phone = Numer telefonu
report-kind-hours = Godziny otwarcia
report-kind-address = Adres
report-kind-closed = Tej oferty już nie ma
report-kind-other = Coś innego
report-text = Co jest błędne, a co prawidłowe? (opcjonalnie)
report-text-hint = Najwyżej 1000 znaków. Prosimy nie pisać o swoim zdrowiu ani sytuacji.
report-email = Twój adres e-mail, jeśli chcesz odpowiedzi (opcjonalnie)
report-honeypot = Prosimy zostawić to pole puste
report-privacy = Nie zapisujemy adresu IP i nie ustawiamy plików cookie. Tekst i adres e-mail usuwamy po załatwieniu zgłoszenia, najpóźniej po 90 dniach.
report-send = Wyślij zgłoszenie
report-back = Powrót do oferty
report-thanks-title = Dziękujemy za zgłoszenie
report-thanks-text = Sprawdzimy informacje o „{ $name }” i poprawimy wpis.
report-failed-title = Zgłoszenie nie zostało zapisane
report-failed-call = Nie udało się teraz zapisać zgłoszenia. Prosimy zadzwonić:
report-failed-later = Nie udało się teraz zapisać zgłoszenia. Prosimy spróbować później.
report-error-form = Formularz nie dotarł poprawnie. Prosimy wysłać go ponownie.
report-error-too-large = Formularz jest za duży (najwyżej { $kb } KB).
report-error-kind = Prosimy wybrać, co jest błędne.
report-error-text-long = Tekst jest za długi (najwyżej { $max } znaków).
report-error-email = Adres e-mail wygląda na błędny. Pole można też zostawić puste.
report-error-too-many = Stąd przyszło właśnie wiele zgłoszeń. Prosimy spróbować za kilka minut.
bot-report-how = Coś się nie zgadza w „{ $name }”? Zgłoś to w tym krótkim formularzu – bez rejestracji. Nic z tego czatu nie jest zapisywane.
# issue 10: referral sheet, mentor mode, share, contact card and calendar, booklet
sheet-title = Arkusz do poradnictwa
sheet-intro = Kilka ofert na jednej stronie do druku, w razie potrzeby w drugim języku. Arkusz istnieje tylko w adresie: nic nie jest zapisywane.
sheet-add = + Dodaj do arkusza
sheet-on-it = ✓ Na arkuszu
sheet-add-more = Szukaj innych ofert
sheet-remove = Usuń z arkusza
sheet-empty = Na arkuszu nie ma jeszcze ofert. Znajdź ofertę i wybierz „Dodaj do arkusza”.
sheet-unknown = Tych ofert (już) nie ma i brakuje ich na arkuszu:
sheet-too-many = Na arkuszu mieści się najwyżej { $max }.
sheet-also = Drugi język na arkuszu
sheet-also-none = Brak
sheet-also-apply = Zastosuj
sheet-print-hint = Do druku użyj menu drukowania przeglądarki. Kody QR prowadzą do stron ofert.
sheet-offer-qr-label = Kod QR z adresem tej oferty
sheet-qr-label = Kod QR z adresem tego arkusza
sheet-bar = Oferty na twoim arkuszu: { $count }
sheet-show = Zobacz i wydrukuj arkusz
mentor-enter = Duży widok (dla cyfrowych opiekunów)
mentor-title = Duży widok
mentor-help = Jak to działa
mentor-step-find = Znajdźcie razem ofertę.
mentor-step-read = Spokojnie przeczytaj nazwę, godziny i telefon.
mentor-step-handover = „Przekaż” otwiera stronę na własnym telefonie tej osoby.
mentor-handover = Przekaż: pokaż kod QR
mentor-handover-scan = Osoba otwiera aparat w telefonie i kieruje go na ten kod.
mentor-handover-in = Strona otworzy się w języku
mentor-handover-choose = Wybierz inny język
mentor-qr-label = Kod QR z adresem strony
mentor-back = Wróć do strony
mentor-leave = Zakończ duży widok
tools-title = Przekaż i zapisz
tools-vcard = Zapisz jako kontakt (vCard)
tools-ics = Dodaj godziny do kalendarza (iCal)
share-title = Udostępnij
share-email = E-mail
share-sms = SMS
share-device = Udostępnij …
share-privacy = Link zawiera tylko adres tej strony, nic o tobie.
calendar-call-first = Dane mogą się zmienić: prosimy najpierw zadzwonić.
booklet-title = Pomoc i poradnictwo: { $area }
booklet-date = Stan na { $date }
booklet-live = Aktualne dane w internecie:
booklet-no-url = Adres strony internetowej nie jest ustawiony, dlatego nie ma tu kodu QR.
booklet-qr-label = Kod QR z adresem strony internetowej
booklet-crisis-hint = Numery alarmowe i telefony kryzysowe: na ostatniej stronie.
booklet-contents = Spis treści
booklet-index = Tematy od A do Z
booklet-crisis = Numery alarmowe i telefony kryzysowe
booklet-call-first = Dane mogą się zmienić: prosimy najpierw zadzwonić.
offer-bring = Co zabrać

## "Near me": sorting the results by distance from a place of the gazetteer (no JavaScript needed)
near-title = Sortuj według odległości
near-from = Odległość od
near-none = nie sortuj
near-apply = Sortuj
near-distance = ok. { $distance } w linii prostej od centrum { $place }
near-distance-here = ok. { $distance } w linii prostej
near-unknown = odległość nieznana
near-home-title = Oferty w pobliżu
near-home-from = Twoje miasto lub dzielnica
near-home-choose = proszę wybrać
near-show = Pokaż
near-me = Użyj mojej lokalizacji
near-me-failed = Twoja lokalizacja jest niedostępna. Wybierz miejsce z listy.
near-here-active = Posortowano według odległości od Twojej lokalizacji (zaokrąglonej do ok. 100 m i niezapisywanej).
