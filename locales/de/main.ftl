# Lotse – UI strings (German, the source). Every key here must exist in every other locale (a test checks).
# Keep strings short: most readers are on phones. Placeables: { $name }.

site-tagline = Beratung und Hilfe in { $area } finden
skip-to-content = Zum Inhalt springen
nav-home = Startseite
nav-emergency = Notfall
nav-categories = Alle Themen
lang-switcher = Sprache

search-label = Wobei brauchen Sie Hilfe?
search-placeholder = z. B. Schulden, Tafel, Jugendzentrum
search-button = Suchen
search-hint = Schreiben Sie in eigenen Worten, in Ihrer Sprache.

home-intro = Hier finden Sie Beratungsstellen, Treffpunkte und Hilfe in { $area } und Umgebung. Alle Angebote auf einen Blick, mit Telefon, Adresse und Öffnungszeiten.
home-topics = Themen

results-title = Ergebnisse für „{ $query }“
results-count = { $count ->
    [one] 1 Angebot
   *[other] { $count } Angebote
}
results-none = Dazu haben wir leider nichts Passendes gefunden.
results-weak = Wir haben nichts gefunden, das genau passt.
results-fallback = Hier bekommen Sie trotzdem Hilfe: Die allgemeine Sozialberatung hilft bei allen Fragen und weiß, wer zuständig ist.
results-browse = Oder wählen Sie ein Thema:
results-empty-query = Bitte schreiben Sie, wobei Sie Hilfe brauchen.
results-more = Weitere Ergebnisse

crisis-title = Sie sind nicht allein. Hier bekommen Sie sofort Hilfe.
crisis-text = Wenn Sie in Gefahr sind oder nicht mehr weiterwissen: Rufen Sie jetzt an.
crisis-call = { $name }: { $number }

emergency-title = Notfall und Krisentelefone
emergency-intro = In akuter Gefahr: Notruf 112 (Rettungsdienst, Feuerwehr) oder 110 (Polizei).

category-offers = { $count ->
    [one] 1 Angebot
   *[other] { $count } Angebote
}

status-active = Aktiv
status-planned = Geplant: Dieses Angebot war angekündigt. Ob es schon läuft, ist nicht bekannt.
status-temporarily-closed = Vorübergehend geschlossen
status-ended = Beendet: Dieses Angebot gibt es nach unseren Quellen nicht mehr.

offer-caveat = Bitte beachten
offer-contact = Kontakt
offer-phone = Telefon
offer-call = Anrufen
offer-email = E-Mail
offer-website = Webseite
offer-address = Adresse
offer-map = Auf der Karte zeigen (OpenStreetMap)
offer-hours = Öffnungszeiten
offer-cost = Kosten
offer-languages = Sprachen in der Beratung
offer-accessibility = Barrierefreiheit
offer-appointment = Termin
offer-anonymous = Anonyme Beratung ist möglich.
offer-wheelchair-yes = Mit dem Rollstuhl zugänglich (laut Quelle).
offer-wheelchair-partly = Mit dem Rollstuhl teilweise zugänglich (laut Quelle).
offer-wheelchair-no = Laut Quelle mit dem Rollstuhl nicht ohne Hilfe zugänglich.
offer-audience = Für wen
offer-provider = Anbieter
offer-categories = Themen
offer-about = Über das Angebot
offer-verification = Woher die Angaben stammen
offer-checked = Zuletzt mit den Quellen abgeglichen am { $date }.
offer-not-confirmed = Vom Anbieter noch nicht bestätigt.
offer-confirmed = Vom Anbieter bestätigt.
offer-sources = Quellen
offer-print = Drucken
offer-details = Mehr erfahren

appointment-required = Nur mit Termin
appointment-recommended = Termin empfohlen
appointment-not-needed = Ohne Termin

source-undated = ohne Datum
source-dated = Stand { $date }

hours-by-appointment = Termine nach Vereinbarung.
hours-as-of = Stand der Zeiten: { $date }
hours-unknown = Keine Öffnungszeiten bekannt. Bitte vorher nachfragen.
hours-open-now = Jetzt geöffnet
hours-open-now-until = Jetzt geöffnet, bis { $time }
hours-next = Nächste Öffnung: { $when }
hours-range = { $from }–{ $to }
hours-from = ab { $from }
hours-every-week = { $days }
hours-odd-weeks = { $days } (ungerade Kalenderwochen)
hours-even-weeks = { $days } (gerade Kalenderwochen)
hours-second-week = { $days } (alle zwei Wochen)
hours-month = { $weeks } { $days } im Monat
hours-today = heute, { $time }
hours-tomorrow = morgen, { $time }
hours-on-date = { $weekday }, { $date }, { $time }
hours-all-day = rund um die Uhr
# Every day of the week (instead of naming all seven).
hours-daily = täglich
# A line that is open at every hour (instead of "open until 24:00").
hours-always = Rund um die Uhr erreichbar
hours-stale = Zeiten von { $date } – bitte vorher anrufen
hours-undated = Zeiten ohne Datum – bitte vorher anrufen

nth-1 = am ersten
nth-2 = am zweiten
nth-3 = am dritten
nth-4 = am vierten
nth-5 = am fünften
nth-last = am letzten

# The grammatical gender of each weekday (m, f or n), for ordinals that agree with it ("the second Wednesday").
weekday-gender-mon = m
weekday-gender-tue = m
weekday-gender-wed = m
weekday-gender-thu = m
weekday-gender-fri = m
weekday-gender-sat = m
weekday-gender-sun = m
weekdays-mon = montags
weekdays-tue = dienstags
weekdays-wed = mittwochs
weekdays-thu = donnerstags
weekdays-fri = freitags
weekdays-sat = samstags
weekdays-sun = sonntags

audience-everyone = alle
audience-children = Kinder
audience-youth = Jugendliche
audience-young-adults = junge Erwachsene
audience-parents = Eltern
audience-families = Familien
audience-adults = Erwachsene
audience-women = Frauen
audience-girls = Mädchen
audience-men = Männer
audience-50plus = Menschen ab 50
audience-seniors = Seniorinnen und Senioren
audience-caregivers = pflegende Angehörige
audience-migrants = Zugewanderte
audience-refugees = Geflüchtete
audience-disabilities = Menschen mit Behinderung
audience-low-income = Menschen mit wenig Geld
audience-homeless = Menschen ohne Wohnung
audience-relatives = Angehörige und Freunde
audience-professionals = Fachkräfte

group-counselling = Beratung und Unterstützung
group-youth = Kinder und Jugend
group-fifty-plus = Angebote 50+
group-food = Essen, Kleidung, Alltag
group-emergency = Notfall und Krisentelefone

category-social-counselling = Allgemeine Sozialberatung
category-debt-counselling = Schuldner- und Insolvenzberatung
category-addiction-counselling = Suchtberatung
category-family-counselling = Erziehungs-, Familien- und Lebensberatung
category-pregnancy-counselling = Schwangerschaftsberatung
category-migration-counselling = Migrations- und Flüchtlingsberatung
category-senior-counselling = Seniorenberatung
category-care-counselling = Pflegeberatung
category-housing-help = Wohnungsnotfallhilfe
category-violence-protection = Gewaltschutz und Frauenberatung
category-disability-counselling = Teilhabeberatung für Menschen mit Behinderung
category-mental-health = Psychosoziale Hilfe
category-benefits-office = Ämter und Leistungen
category-youth-centre = Offene Jugendarbeit und Jugendzentren
category-learning-support = Lern- und Hausaufgabenhilfe
category-senior-meeting = Treffpunkte und Begegnung 50+
category-exercise-50plus = Bewegung 50+
category-digital-help = Digitalpaten: Hilfe mit Smartphone und Tablet
category-lunch-table = Mittagstisch und Kochtreff
category-food-bank = Tafel und Lebensmittelhilfe
category-clothing-household = Kleiderkammer und Sozialkaufhaus
category-self-help = Selbsthilfegruppen
category-crisis-hotline = Notruf und Krisentelefone

translation-note = Übersetzt aus dem Deutschen. Verbindlich ist der deutsche Text.
translation-draft = Diese Übersetzung wurde noch nicht von einem Menschen geprüft.
translation-missing = Diesen Text gibt es noch nicht in Ihrer Sprache. Hier steht der deutsche Text.
translation-read-german = Deutschen Text lesen

footer-about = Lotse ist ein Verzeichnis der Beratungs- und Hilfsangebote für { $area }. Alle Angaben ohne Gewähr: Bitte rufen Sie vor einem Besuch an.
footer-privacy = Datenschutz: Lotse speichert keine Suchanfragen und setzt keine Cookies.
footer-editors = Redaktion
search-town = Ort
search-town-any = Alle Orte

error-not-found-title = Seite nicht gefunden
error-not-found-text = Diese Seite gibt es nicht. Vielleicht hilft die Suche.
error-bad-request-title = Das hat nicht geklappt
error-bad-request-text = Die Anfrage war ungültig: { $reason }
error-internal-title = Es ist ein Fehler aufgetreten
error-internal-text = Bitte versuchen Sie es gleich noch einmal. Im Notfall rufen Sie 112.
error-busy-title = Gerade sind sehr viele Anfragen da
error-busy-text = Die Suche ist im Moment ausgelastet. Bitte versuchen Sie es in ein paar Sekunden noch einmal. Im Notfall rufen Sie 112, die TelefonSeelsorge erreichen Sie kostenlos unter 0800 111 0 111.
error-unavailable-title = Gerade nicht verfügbar
error-unavailable-text = Das Verzeichnis wird gerade neu geladen. Bitte versuchen Sie es gleich noch einmal.
error-back-home = Zur Startseite
error-query-too-long = Die Suche ist zu lang (höchstens { $max } Zeichen).
error-bad-parameter = Der Wert für „{ $name }“ ist ungültig.
error-unknown-language = Diese Sprache gibt es hier nicht.

bot-greeting = Hallo! Ich bin Lotse. Schreiben Sie mir in eigenen Worten, wobei Sie Hilfe brauchen, zum Beispiel „Schulden“ oder „kostenloses Essen“. Ich nenne Ihnen passende Angebote in { $area }.
bot-help = So geht es: Schreiben Sie, wobei Sie Hilfe brauchen. Sie können auch Ihren Standort teilen, dann zeige ich Angebote in der Nähe.
    /categories – alle Themen
    /emergency – Notfall- und Krisentelefone
    /language – Sprache wählen
bot-choose-topic = Wählen Sie ein Thema:
bot-results = Das habe ich gefunden:
bot-more = Mehr Ergebnisse
bot-details = Details
bot-web = Webseite
bot-no-more = Keine weiteren Ergebnisse.
bot-non-text = Ich kann nur Text lesen. Schreiben Sie mir bitte in ein paar Worten, wobei Sie Hilfe brauchen, oder teilen Sie Ihren Standort.
bot-too-long = Ihre Nachricht ist sehr lang. Ich habe die ersten { $max } Zeichen gelesen.
bot-choose-language = Wählen Sie Ihre Sprache:
bot-language-set = Ab jetzt schreibe ich Ihnen auf Deutsch.
bot-nearby = Angebote in Ihrer Nähe (Luftlinie, ungefähr):
bot-nearby-none = In Ihrer Nähe kenne ich keine Angebote mit bekanntem Standort.
bot-nearby-skipped = { $count ->
    [one] { $count } Angebot ohne bekannten Standort ist nicht dabei.
   *[other] { $count } Angebote ohne bekannten Standort sind nicht dabei.
}
bot-distance = { $km } km
bot-distance-town = ca. { $km } km (bis zur Ortsmitte)
bot-send-location = Standort senden
bot-slow-down = Bitte einen Moment Geduld, ich antworte gleich wieder.
bot-cmd-start = Begrüßung und Themen
bot-cmd-help = So funktioniert Lotse
bot-cmd-categories = Alle Themen
bot-cmd-emergency = Notfall- und Krisentelefone
bot-cmd-language = Sprache wählen
bot-chat-intro = Lotse-Chat. Schreiben Sie eine Nachricht. Eine Zahl wählt einen Knopf, /location 51.14 7.21 teilt einen Standort, /quit beendet.

# Crisis level "concern" and the never-a-dead-end note
concern-title = Wenn es Ihnen gerade nicht gut geht: Hier hört Ihnen jemand zu.
concern-text = Diese Telefone sind rund um die Uhr da, kostenlos und anonym. Ihre Suchergebnisse stehen darunter.
bot-concern-question = Sind Sie gerade in Sicherheit?
bot-concern-help-now = Ich brauche jetzt Hilfe
bot-concern-offers = Ich suche ein Angebot
results-unreachable = Die passendsten Angebote sind gerade nicht erreichbar (beendet, geplant oder ohne Telefon, E-Mail und Adresse). Darum steht hier auch eine Stelle, die Sie anrufen oder besuchen können und die weiterhilft.

## Safety and print: quick exit, hiding a visit, the language hint, print block, crisis-line facts
quick-exit = Seite schnell verlassen
breadcrumbs = Brotkrumen-Navigation
offer-topics = Themen
print-page-address = Adresse dieser Seite
print-qr-label = QR-Code mit der Adresse dieser Seite
print-date = Gedruckt am { $date }. Die Angaben können sich ändern: bitte vorher anrufen.
fact-free = kostenlos
fact-anonymous = anonym
fact-around-the-clock = rund um die Uhr
crisis-line-more = Mehr über dieses Angebot
results-in-this-language = Diese Seite auf Deutsch
hide-visit-title = Besuch verbergen
hide-visit-intro = Wenn jemand nicht sehen soll, dass Sie hier nach Hilfe suchen, helfen diese Schritte.
hide-visit-exit-title = Schnell verlassen
hide-visit-exit = Der Knopf „Seite schnell verlassen“ oben auf jeder Seite öffnet sofort die Seite des Wetterdienstes. Sie können auch dreimal schnell die Umschalttaste (Shift) drücken. Mit „Zurück“ kommt man dann nicht auf diese Seite.
hide-visit-private-title = Privates Fenster
hide-visit-private = Öffnen Sie Lotse in einem privaten Fenster (Inkognito-Modus). Dann merkt sich der Browser weder die Seiten noch Ihre Suchwörter, sobald Sie das Fenster schließen.
hide-visit-history-title = Verlauf löschen
hide-visit-history = Ihre Suchwörter stehen in der Adresse der Ergebnisseite und damit im Verlauf des Browsers. Löschen Sie im Verlauf (Menü des Browsers, „Verlauf“) die Einträge dieser Seite, oder den Verlauf der letzten Stunde.
hide-visit-lotse-title = Was Lotse speichert
hide-visit-lotse = Lotse speichert keine Suchwörter, setzt keine Cookies und lädt nichts von anderen Seiten. Was auf Ihrem Gerät bleibt, ist nur der Verlauf Ihres Browsers.

filter-title = Filter
filter-when = Wann
filter-what = Was soll gelten
filter-open-any = Egal wann
filter-open-now = Jetzt geöffnet
filter-open-today = Heute geöffnet
filter-free = Kostenlos
filter-anonymous = Anonym
filter-wheelchair = Rollstuhlgerecht
filter-no-appointment = Ohne Termin
filter-lang-spoken = Dort wird gesprochen
filter-audience = Für wen
filter-place = Ort
filter-any = Alle
filter-apply = Filter anwenden
filter-nothing = Mit diesen Filtern passt kein Angebot.
filter-drop = Filter entfernen

# issue 12
status-unknown = Unbekannt: Ob es dieses Angebot noch gibt, ist nicht bestätigt.
freshness-confirmed = Vom Anbieter bestätigt am { $date }.
freshness-sources = Mit den Quellen abgeglichen am { $date } – vom Anbieter noch nicht bestätigt.
freshness-old = Diese Angaben sind älter als ein Jahr – bitte vorher anrufen.
report-link = Angabe falsch oder veraltet? Melden
report-title = Angabe melden
report-intro = Sagen Sie uns, was nicht stimmt. Wir prüfen es und korrigieren den Eintrag. Sie brauchen kein Konto.
report-kind = Was ist falsch?
report-kind-phone = Telefonnummer
report-kind-hours = Öffnungszeiten
report-kind-address = Adresse
report-kind-closed = Das Angebot gibt es nicht mehr
report-kind-other = Etwas anderes
report-text = Was stimmt nicht, was ist richtig? (freiwillig)
report-text-hint = Höchstens 1000 Zeichen. Bitte keine Angaben zu Ihrer Gesundheit oder Lage.
report-email = Ihre E-Mail-Adresse, wenn Sie eine Antwort möchten (freiwillig)
report-honeypot = Dieses Feld bitte leer lassen
report-privacy = Wir speichern keine IP-Adresse und setzen kein Cookie. Text und E-Mail-Adresse löschen wir, wenn die Meldung erledigt ist, spätestens nach 90 Tagen.
report-send = Meldung senden
report-back = Zurück zum Angebot
report-thanks-title = Danke für Ihre Meldung
report-thanks-text = Wir prüfen die Angaben zu „{ $name }“ und korrigieren den Eintrag.
report-failed-title = Meldung nicht gespeichert
report-failed-call = Ihre Meldung konnte gerade nicht gespeichert werden. Bitte rufen Sie beim Angebot an:
report-failed-later = Ihre Meldung konnte gerade nicht gespeichert werden. Bitte versuchen Sie es später noch einmal.
report-error-form = Das Formular kam nicht richtig an. Bitte senden Sie es noch einmal.
report-error-too-large = Das Formular ist zu groß (höchstens { $kb } KB).
report-error-kind = Bitte wählen Sie aus, was falsch ist.
report-error-text-long = Der Text ist zu lang (höchstens { $max } Zeichen).
report-error-email = Die E-Mail-Adresse scheint nicht zu stimmen. Sie können das Feld auch leer lassen.
report-error-too-many = Von hier kamen gerade viele Meldungen. Bitte versuchen Sie es in einigen Minuten noch einmal.
bot-report-how = Stimmt bei „{ $name }“ etwas nicht? Melden Sie es über dieses kurze Formular – ohne Anmeldung. Wir speichern nichts aus diesem Chat.
# issue 10: referral sheet, mentor mode, share, contact card and calendar, booklet
sheet-title = Blatt für die Beratung
sheet-intro = Mehrere Angebote auf einer Seite zum Ausdrucken, auf Wunsch mit einer zweiten Sprache. Das Blatt steht nur in der Adresse: nichts wird gespeichert.
sheet-add = + Zum Blatt hinzufügen
sheet-on-it = ✓ Auf dem Blatt
sheet-add-more = Weitere Angebote suchen
sheet-remove = Vom Blatt entfernen
sheet-empty = Auf dem Blatt steht noch kein Angebot. Suchen Sie ein Angebot und wählen Sie „Zum Blatt hinzufügen“.
sheet-unknown = Diese Angebote gibt es nicht (mehr) und sie fehlen auf dem Blatt:
sheet-too-many = Auf ein Blatt passen höchstens { $max } Angebote.
sheet-also = Zweite Sprache auf dem Blatt
sheet-also-none = Keine
sheet-also-apply = Übernehmen
sheet-print-hint = Zum Drucken das Druckmenü des Browsers nutzen. Die QR-Codes führen zu den Seiten der Angebote.
sheet-offer-qr-label = QR-Code mit der Adresse dieses Angebots
sheet-qr-label = QR-Code mit der Adresse dieses Blatts
sheet-bar = Angebote auf Ihrem Blatt: { $count }
sheet-show = Blatt ansehen und drucken
mentor-enter = Große Ansicht (für Digitalpaten)
mentor-title = Große Ansicht
mentor-help = So geht es
mentor-step-find = Suchen Sie gemeinsam ein Angebot.
mentor-step-read = Lesen Sie Name, Zeiten und Telefon in Ruhe vor.
mentor-step-handover = Mit „Übergeben“ öffnet die Person die Seite auf dem eigenen Handy.
mentor-handover = Übergeben: QR-Code zeigen
mentor-handover-scan = Die Person öffnet die Kamera ihres Handys und hält sie auf diesen Code.
mentor-handover-in = Die Seite öffnet sich auf
mentor-handover-choose = Andere Sprache wählen
mentor-qr-label = QR-Code mit der Adresse der Seite
mentor-back = Zurück zur Seite
mentor-leave = Große Ansicht beenden
tools-title = Weitergeben und speichern
tools-vcard = Als Kontakt speichern (vCard)
tools-ics = Zeiten in den Kalender (iCal)
share-title = Teilen
share-email = E-Mail
share-sms = SMS
share-device = Teilen …
share-privacy = Der Link enthält nur die Adresse dieser Seite, keine Angaben über Sie.
calendar-call-first = Die Angaben können sich ändern: bitte vorher anrufen.
booklet-title = Hilfe und Beratung in { $area }
booklet-date = Stand: { $date }
booklet-live = Aktuelle Angaben im Internet:
booklet-no-url = Die Internet-Adresse dieser Seite ist nicht eingestellt, darum fehlt hier der QR-Code.
booklet-qr-label = QR-Code mit der Adresse der Internetseite
booklet-crisis-hint = Notruf und Krisentelefone: auf der letzten Seite.
booklet-contents = Inhalt
booklet-index = Themen von A bis Z
booklet-crisis = Notruf und Krisentelefone
booklet-call-first = Die Angaben können sich ändern: bitte vorher anrufen.
offer-bring = Mitbringen

## "Near me": sorting the results by distance from a place of the gazetteer (no JavaScript needed)
near-title = Nach Entfernung sortieren
near-from = Entfernung ab
near-none = nicht sortieren
near-apply = Sortieren
near-distance = ca. { $distance } Luftlinie vom Ortsmittelpunkt { $place }
near-distance-here = ca. { $distance } Luftlinie
near-unknown = Entfernung unbekannt
near-home-title = Angebote in Ihrer Nähe
near-home-from = Ihr Ort oder Ortsteil
near-home-choose = bitte wählen
near-show = Anzeigen
near-me = Meinen Standort verwenden
near-me-failed = Ihr Standort ist nicht verfügbar. Bitte wählen Sie einen Ort aus der Liste.
near-here-active = Sortiert nach der Entfernung von Ihrem Standort (auf etwa 100 m gerundet und nicht gespeichert).
