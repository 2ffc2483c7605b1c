# Lotse – UI strings (Leichte Sprache, easy German). Based on de/main.ftl; keep the same keys.

site-tagline = Hier finden Sie Hilfe in { $area }.
skip-to-content = Direkt zum Inhalt
nav-home = Start-Seite
nav-emergency = Notfall
nav-categories = Alle Themen
lang-switcher = Sprache

search-label = Wobei brauchen Sie Hilfe?
search-placeholder = zum Beispiel: Schulden, Tafel, Jugend-Zentrum
search-button = Suchen
search-hint = Schreiben Sie mit Ihren eigenen Worten. Sie können auch in Ihrer Sprache schreiben.

home-intro = Hier finden Sie Hilfe in { $area } und in der Nähe. Zum Beispiel: Beratung und Treff-Punkte. Beratung heißt: Eine Fach-Person hört Ihnen zu und hilft Ihnen. Bei jedem Angebot stehen die Telefon-Nummer, die Adresse und die Öffnungs-Zeiten.
home-topics = Themen

results-title = Das haben wir gefunden zu: „{ $query }“
results-count = { $count ->
    [one] 1 Angebot
   *[other] { $count } Angebote
}
results-none = Wir haben leider nichts gefunden.
results-weak = Wir haben nichts gefunden, das genau passt.
results-fallback = Sie bekommen trotzdem Hilfe. Gehen Sie zur Allgemeinen Sozial-Beratung. Die Sozial-Beratung hilft bei allen Fragen. Und sie weiß, wer Ihnen weiter-helfen kann.
results-browse = Oder Sie wählen ein Thema:
results-empty-query = Bitte schreiben Sie: Wobei brauchen Sie Hilfe?
results-more = Mehr Ergebnisse

crisis-title = Sie sind nicht allein. Hier bekommen Sie sofort Hilfe.
crisis-text = Sind Sie in Gefahr? Oder wissen Sie nicht mehr weiter? Dann rufen Sie jetzt an.
crisis-call = { $name }: { $number }

emergency-title = Notfall und Krisen-Telefone
emergency-intro = Sind Sie in großer Gefahr? Dann rufen Sie sofort an. Die 112 ist die Nummer für Kranken-Wagen und Feuer-Wehr. Die 110 ist die Nummer für die Polizei.

category-offers = { $count ->
    [one] 1 Angebot
   *[other] { $count } Angebote
}

status-active = Aktiv
status-planned = Geplant: Das Angebot soll es bald geben. Wir wissen nicht: Gibt es das Angebot schon?
status-temporarily-closed = Im Moment geschlossen
status-ended = Beendet: Dieses Angebot gibt es nicht mehr. Das steht in unseren Quellen.

offer-caveat = Wichtig
offer-contact = Kontakt
offer-phone = Telefon
offer-call = Anrufen
offer-email = E-Mail
offer-website = Internet-Seite
offer-address = Adresse
offer-map = Auf der Karte zeigen (OpenStreetMap)
offer-hours = Öffnungs-Zeiten
offer-cost = Was kostet das?
offer-languages = In diesen Sprachen gibt es Beratung
offer-accessibility = Barriere-Freiheit (zum Beispiel für Roll-Stühle)
offer-appointment = Termin
offer-anonymous = Sie müssen Ihren Namen nicht sagen.
offer-wheelchair-yes = Sie kommen mit dem Roll-Stuhl hinein. Das steht in einer Quelle.
offer-wheelchair-partly = Sie kommen mit dem Roll-Stuhl nur in einen Teil hinein. Das steht in einer Quelle.
offer-wheelchair-no = Mit dem Roll-Stuhl brauchen Sie dort Hilfe. Das steht in einer Quelle.
offer-audience = Für wen ist das Angebot?
offer-provider = Wer macht das Angebot?
offer-categories = Themen
offer-about = Über das Angebot
offer-verification = Woher kommen die Infos?
offer-checked = Wir haben die Infos zuletzt am { $date } geprüft.
offer-not-confirmed = Der Anbieter hat die Infos noch nicht geprüft.
offer-confirmed = Der Anbieter hat gesagt: Die Infos sind richtig.
offer-sources = Quellen: Hier haben wir die Infos her.
offer-print = Drucken
offer-details = Mehr lesen

appointment-required = Nur mit Termin
appointment-recommended = Besser mit Termin
appointment-not-needed = Ohne Termin

source-undated = ohne Datum
source-dated = vom { $date }

hours-by-appointment = Sie machen vorher einen Termin aus.
hours-as-of = Diese Zeiten sind vom { $date }.
hours-unknown = Wir kennen die Öffnungs-Zeiten nicht. Bitte fragen Sie vorher.
hours-open-now = Jetzt offen
hours-open-now-until = Jetzt offen bis { $time }
hours-next = Wieder offen: { $when }
hours-range = { $from } bis { $to }
hours-from = ab { $from }
hours-every-week = { $days }
hours-odd-weeks = { $days } (nur in den Kalender-Wochen 1, 3, 5 und so weiter)
hours-even-weeks = { $days } (nur in den Kalender-Wochen 2, 4, 6 und so weiter)
hours-second-week = { $days } (alle 2 Wochen)
hours-month = { $weeks } { $days } im Monat
hours-today = heute, { $time }
hours-tomorrow = morgen, { $time }
hours-on-date = { $weekday }, { $date }, { $time }
hours-all-day = Tag und Nacht
# Every day of the week (instead of naming all seven).
hours-daily = Jeden Tag
# A line that is open at every hour (instead of "open until 24:00").
hours-always = Immer da: Tag und Nacht
hours-stale = Die Zeiten sind von { $date }. Vielleicht stimmen sie nicht mehr. Bitte rufen Sie vorher an.
hours-undated = Wir wissen nicht, wie alt die Zeiten sind. Bitte rufen Sie vorher an.

nth-1 = am 1.
nth-2 = am 2.
nth-3 = am 3.
nth-4 = am 4.
nth-5 = am 5.
nth-last = am letzten

# The grammatical gender of each weekday (m, f or n), for ordinals that agree with it ("the second Wednesday").
weekday-gender-mon = m
weekday-gender-tue = m
weekday-gender-wed = m
weekday-gender-thu = m
weekday-gender-fri = m
weekday-gender-sat = m
weekday-gender-sun = m
weekdays-mon = jeden Montag
weekdays-tue = jeden Dienstag
weekdays-wed = jeden Mittwoch
weekdays-thu = jeden Donnerstag
weekdays-fri = jeden Freitag
weekdays-sat = jeden Samstag
weekdays-sun = jeden Sonntag

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
audience-50plus = Menschen ab 50 Jahren
audience-seniors = ältere Menschen
audience-caregivers = Menschen, die ein Familien-Mitglied pflegen
audience-migrants = Menschen aus anderen Ländern
audience-refugees = Geflüchtete
audience-disabilities = Menschen mit Behinderung
audience-low-income = Menschen mit wenig Geld
audience-homeless = Menschen ohne Wohnung
audience-relatives = Familie und Freunde
audience-professionals = Fach-Leute

group-counselling = Beratung und Hilfe
group-youth = Kinder und Jugendliche
group-fifty-plus = Angebote für Menschen ab 50
group-food = Essen, Kleidung, Alltag
group-emergency = Notfall und Krisen-Telefone

category-social-counselling = Sozial-Beratung für alle Fragen
category-debt-counselling = Hilfe bei Schulden
category-addiction-counselling = Hilfe bei Sucht
category-family-counselling = Beratung für Familien und Eltern
category-pregnancy-counselling = Beratung für Schwangere
category-migration-counselling = Beratung für Menschen aus anderen Ländern
category-senior-counselling = Beratung für ältere Menschen
category-care-counselling = Beratung zur Pflege
category-housing-help = Hilfe, wenn Sie keine Wohnung haben
category-violence-protection = Schutz vor Gewalt und Beratung für Frauen
category-disability-counselling = Beratung für Menschen mit Behinderung
category-mental-health = Hilfe bei seelischen Problemen
category-benefits-office = Ämter und Geld vom Staat
category-youth-centre = Jugend-Zentren und Treffs für Jugendliche
category-learning-support = Hilfe beim Lernen und bei den Haus-Aufgaben
category-senior-meeting = Treff-Punkte für Menschen ab 50
category-exercise-50plus = Sport und Bewegung ab 50
category-digital-help = Hilfe mit Handy und Tablet
category-lunch-table = Mittag-Essen und zusammen kochen
category-food-bank = Tafel und Hilfe mit Lebens-Mitteln
category-clothing-household = Kleidung und Sachen für den Haushalt für wenig Geld
category-self-help = Selbst-Hilfe-Gruppen
category-crisis-hotline = Not-Ruf und Krisen-Telefone

translation-note = Dieser Text ist in Leichter Sprache. Wichtig: Es gilt immer der normale deutsche Text.
translation-draft = Diesen Text hat noch kein Mensch geprüft.
translation-missing = Diesen Text gibt es noch nicht in Leichter Sprache. Hier steht der normale deutsche Text.
translation-read-german = Text in normaler Sprache lesen

footer-about = Lotse ist eine Liste mit Hilfe-Angeboten in { $area }. Die Infos können falsch sein. Bitte rufen Sie vorher an.
footer-privacy = Daten-Schutz: Lotse speichert nicht, wonach Sie suchen. Lotse benutzt keine Cookies. Cookies sind kleine Dateien auf Ihrem Handy oder Computer.
footer-editors = Wer macht Lotse
search-town = Ort
search-town-any = Alle Orte

error-not-found-title = Seite nicht gefunden
error-not-found-text = Diese Seite gibt es nicht. Vielleicht hilft die Suche.
error-bad-request-title = Das hat nicht geklappt
error-bad-request-text = Etwas war falsch: { $reason }
error-internal-title = Es gibt einen Fehler
error-internal-text = Bitte versuchen Sie es gleich noch einmal. Im Notfall rufen Sie die 112 an.
error-busy-title = Gerade suchen sehr viele Menschen
error-busy-text = Die Suche ist gerade voll. Bitte warten Sie kurz. Dann versuchen Sie es noch einmal. Im Notfall rufen Sie die 112 an. Reden hilft: Telefon-Seelsorge 0800 111 0 111. Das kostet nichts.
error-unavailable-title = Gerade nicht erreichbar
error-unavailable-text = Wir laden die Liste gerade neu. Bitte versuchen Sie es gleich noch einmal.
error-back-home = Zur Start-Seite
error-query-too-long = Ihr Such-Text ist zu lang. Sie dürfen höchstens { $max } Zeichen schreiben. Zeichen sind zum Beispiel Buchstaben und Zahlen.
error-bad-parameter = Die Angabe für „{ $name }“ ist falsch.
error-unknown-language = Diese Sprache gibt es hier nicht.

bot-greeting = Hallo! Ich bin Lotse. Schreiben Sie mir: Wobei brauchen Sie Hilfe? Schreiben Sie mit Ihren eigenen Worten. Zum Beispiel: „Schulden“ oder „kostenloses Essen“. Dann zeige ich Ihnen Hilfe in { $area }.
bot-help = So geht es: Schreiben Sie mir, wobei Sie Hilfe brauchen. Sie können mir auch Ihren Standort schicken. Standort heißt: Dort sind Sie gerade. Dann zeige ich Ihnen Hilfe in Ihrer Nähe.
    /categories – alle Themen
    /emergency – Notfall und Krisen-Telefone
    /language – Sprache wählen
bot-choose-topic = Wählen Sie ein Thema:
bot-results = Das habe ich gefunden:
bot-more = Mehr Ergebnisse
bot-details = Mehr Infos
bot-web = Internet-Seite
bot-no-more = Es gibt keine weiteren Ergebnisse.
bot-non-text = Ich kann nur Text lesen. Bitte schreiben Sie mir ein paar Wörter: Wobei brauchen Sie Hilfe? Oder schicken Sie mir Ihren Standort.
bot-too-long = Ihre Nachricht ist sehr lang. Ich habe nur die ersten { $max } Zeichen gelesen.
bot-choose-language = Wählen Sie Ihre Sprache:
bot-language-set = Ab jetzt schreibe ich Ihnen in Leichter Sprache.
bot-nearby = Angebote in Ihrer Nähe. Die Entfernung ist ungefähr. Der echte Weg ist oft länger:
bot-nearby-none = Ich kenne keine Angebote in Ihrer Nähe. Bei manchen Angeboten kenne ich den Ort nicht.
bot-nearby-skipped = { $count ->
    [one] Bei 1 Angebot kenne ich den Ort nicht. Es fehlt in dieser Liste.
   *[other] Bei { $count } Angeboten kenne ich den Ort nicht. Sie fehlen in dieser Liste.
}
bot-distance = { $km } Kilometer
bot-distance-town = ungefähr { $km } Kilometer (bis zur Mitte vom Ort)
bot-send-location = Standort schicken
bot-slow-down = Bitte warten Sie kurz. Ich antworte gleich.
bot-cmd-start = Begrüßung und Themen
bot-cmd-help = So funktioniert Lotse
bot-cmd-categories = Alle Themen
bot-cmd-emergency = Notfall und Krisen-Telefone
bot-cmd-language = Sprache wählen
bot-chat-intro = Lotse-Chat. Schreiben Sie eine Nachricht. Eine Zahl wählt einen Knopf. /location 51.14 7.21 schickt einen Standort. /quit beendet den Chat.

# Crisis level "concern" and the never-a-dead-end note
concern-title = Geht es Ihnen gerade nicht gut? Hier hört Ihnen jemand zu.
concern-text = Sie können immer anrufen. Tag und Nacht. Es kostet nichts. Sie müssen Ihren Namen nicht sagen. Unten stehen Ihre Such-Ergebnisse.
bot-concern-question = Sind Sie gerade sicher?
bot-concern-help-now = Ich brauche jetzt Hilfe
bot-concern-offers = Ich suche ein Angebot
results-unreachable = Die passenden Angebote gibt es gerade nicht. Oder man kann sie nicht anrufen und nicht besuchen. Darum steht hier auch eine andere Stelle. Dort können Sie anrufen oder hingehen. Die Stelle hilft Ihnen weiter.

## Safety and print: quick exit, hiding a visit, the language hint, print block, crisis-line facts
quick-exit = Seite schnell schließen
breadcrumbs = Wo bin ich?
offer-topics = Themen
print-page-address = Adresse von dieser Seite
print-qr-label = QR-Code mit der Adresse von dieser Seite
print-date = Gedruckt am { $date }. Die Angaben können sich ändern. Bitte rufen Sie vorher an.
fact-free = kostenlos
fact-anonymous = Sie müssen Ihren Namen nicht sagen
fact-around-the-clock = Tag und Nacht
crisis-line-more = Mehr über dieses Angebot
results-in-this-language = Diese Seite in Leichter Sprache
hide-visit-title = Besuch verstecken
hide-visit-intro = Niemand soll sehen: Sie suchen hier Hilfe? Dann hilft das hier.
hide-visit-exit-title = Schnell weg
hide-visit-exit = Oben auf jeder Seite ist ein Knopf: Seite schnell schließen. Dann kommt sofort eine andere Seite mit dem Wetter. Sie können auch 3-mal schnell die Taste Shift drücken. Das ist die Taste für große Buchstaben.
hide-visit-private-title = Privates Fenster
hide-visit-private = Öffnen Sie Lotse in einem privaten Fenster. Das heißt auch: Inkognito. Dann merkt sich der Browser nichts. Schließen Sie danach das Fenster.
hide-visit-history-title = Verlauf löschen
hide-visit-history = Der Browser merkt sich Ihre Such-Wörter im Verlauf. Sie können den Verlauf löschen. Das geht im Menü vom Browser.
hide-visit-lotse-title = Was Lotse speichert
hide-visit-lotse = Lotse speichert Ihre Such-Wörter nicht. Lotse setzt keine Cookies.

filter-title = Auswahl
filter-when = Wann
filter-what = Was ist Ihnen wichtig
filter-open-any = Egal wann
filter-open-now = Jetzt offen
filter-open-today = Heute offen
filter-free = Kostet nichts
filter-anonymous = Ohne Ihren Namen
filter-wheelchair = Gut mit dem Roll-Stuhl
filter-no-appointment = Ohne Termin
filter-lang-spoken = Diese Sprache wird dort gesprochen
filter-audience = Für wen
filter-place = Ort
filter-any = Alle
filter-apply = Auswahl benutzen
filter-nothing = Mit dieser Auswahl gibt es kein Angebot.
filter-drop = Auswahl löschen

# issue 12
status-unknown = Wir wissen nicht: Gibt es das Angebot noch?
freshness-confirmed = Das Angebot hat die Infos am { $date } bestätigt.
freshness-sources = Wir haben die Infos am { $date } geprüft. Das Angebot hat die Infos noch nicht bestätigt.
freshness-old = Die Infos sind älter als ein Jahr. Bitte rufen Sie vorher an.
report-link = Ist hier etwas falsch? Sagen Sie es uns.
report-title = Fehler melden
report-intro = Sagen Sie uns: Was ist falsch? Wir prüfen das. Dann ändern wir den Eintrag. Sie brauchen kein Konto.
report-kind = Was ist falsch?
report-kind-phone = Die Telefon-Nummer
report-kind-hours = Die Öffnungs-Zeiten
report-kind-address = Die Adresse
report-kind-closed = Das Angebot gibt es nicht mehr
report-kind-other = Etwas anderes
report-text = Was ist richtig? Sie müssen hier nichts schreiben.
report-text-hint = Höchstens 1000 Zeichen. Schreiben Sie bitte nichts über Ihre Gesundheit.
report-email = Ihre E-Mail-Adresse. Dann können wir Ihnen antworten. Sie müssen das nicht ausfüllen.
report-honeypot = Bitte nichts in dieses Feld schreiben
report-privacy = Wir speichern keine IP-Adresse. Wir setzen kein Cookie. Wir löschen Ihren Text und Ihre E-Mail-Adresse nach der Prüfung. Spätestens nach 90 Tagen.
report-send = Senden
report-back = Zurück zum Angebot
report-thanks-title = Danke!
report-thanks-text = Wir prüfen die Infos zu „{ $name }“. Dann ändern wir den Eintrag.
report-failed-title = Das hat nicht geklappt
report-failed-call = Wir konnten Ihre Nachricht nicht speichern. Bitte rufen Sie beim Angebot an:
report-failed-later = Wir konnten Ihre Nachricht nicht speichern. Bitte versuchen Sie es später noch einmal.
report-error-form = Das Formular ist nicht richtig angekommen. Bitte senden Sie es noch einmal.
report-error-too-large = Das Formular ist zu groß. Höchstens { $kb } KB.
report-error-kind = Bitte wählen Sie: Was ist falsch?
report-error-text-long = Der Text ist zu lang. Höchstens { $max } Zeichen.
report-error-email = Die E-Mail-Adresse stimmt nicht. Sie können das Feld auch leer lassen.
report-error-too-many = Es kamen viele Nachrichten. Bitte warten Sie ein paar Minuten.
bot-report-how = Ist bei „{ $name }“ etwas falsch? Sagen Sie es uns mit diesem Formular. Sie brauchen kein Konto. Wir speichern nichts aus diesem Chat.
# issue 10: referral sheet, mentor mode, share, contact card and calendar, booklet
sheet-title = Blatt für die Beratung
sheet-intro = Hier stehen mehrere Angebote auf einem Blatt. Sie können das Blatt drucken. Es wird nichts gespeichert.
sheet-add = + Auf das Blatt
sheet-on-it = ✓ Auf dem Blatt
sheet-add-more = Mehr Angebote suchen
sheet-remove = Vom Blatt nehmen
sheet-empty = Auf dem Blatt ist noch kein Angebot. Suchen Sie ein Angebot. Dann tippen Sie auf: Auf das Blatt.
sheet-unknown = Diese Angebote gibt es nicht. Sie sind nicht auf dem Blatt:
sheet-too-many = Auf ein Blatt passen nur { $max } Angebote.
sheet-also = Noch eine Sprache auf dem Blatt
sheet-also-none = Keine
sheet-also-apply = Übernehmen
sheet-print-hint = Drucken Sie das Blatt mit dem Browser. Die QR-Codes führen zu den Angeboten.
sheet-offer-qr-label = QR-Code für dieses Angebot
sheet-qr-label = QR-Code für dieses Blatt
sheet-bar = Angebote auf Ihrem Blatt: { $count }
sheet-show = Blatt ansehen und drucken
mentor-enter = Große Schrift (für Helfer)
mentor-title = Große Schrift
mentor-help = So geht es
mentor-step-find = Suchen Sie zusammen ein Angebot.
mentor-step-read = Lesen Sie langsam vor: Name, Zeiten, Telefon.
mentor-step-handover = Tippen Sie auf: Übergeben. Dann kommt die Seite auf das Handy der Person.
mentor-handover = Übergeben: QR-Code zeigen
mentor-handover-scan = Die Person macht die Kamera vom Handy an. Sie hält das Handy auf den Code.
mentor-handover-in = Die Seite kommt in dieser Sprache
mentor-handover-choose = Andere Sprache wählen
mentor-qr-label = QR-Code für diese Seite
mentor-back = Zurück
mentor-leave = Große Schrift beenden
tools-title = Weitergeben und speichern
tools-vcard = Als Kontakt speichern
tools-ics = Zeiten in den Kalender
share-title = Teilen
share-email = E-Mail
share-sms = SMS
share-device = Teilen …
share-privacy = Im Link steht nur die Adresse von dieser Seite. Nichts über Sie.
calendar-call-first = Die Infos können falsch sein. Bitte rufen Sie vorher an.
booklet-title = Hilfe in { $area }
booklet-date = Stand: { $date }
booklet-live = Neue Infos im Internet:
booklet-no-url = Die Internet-Adresse fehlt. Darum gibt es hier keinen QR-Code.
booklet-qr-label = QR-Code für die Internet-Seite
booklet-crisis-hint = Notruf-Nummern: auf der letzten Seite.
booklet-contents = Inhalt
booklet-index = Themen von A bis Z
booklet-crisis = Notruf und Hilfe-Telefone
booklet-call-first = Die Infos können falsch sein. Bitte rufen Sie vorher an.
offer-bring = Bitte mitbringen

## "Near me": sorting the results by distance from a place of the gazetteer (no JavaScript needed)
near-title = Nach Weg-Länge ordnen
near-from = Weg-Länge ab
near-none = nicht ordnen
near-apply = Ordnen
near-distance = etwa { $distance } von der Mitte von { $place }. Gerade Linie gemessen.
near-distance-here = etwa { $distance }. Gerade Linie gemessen.
near-unknown = Weg-Länge nicht bekannt
near-home-title = Angebote in Ihrer Nähe
near-home-from = Wo wohnen Sie?
near-home-choose = bitte aussuchen
near-show = Zeigen
near-me = Meinen Ort vom Handy nehmen
near-me-failed = Das Handy sagt nicht, wo Sie sind. Suchen Sie bitte einen Ort aus der Liste aus.
near-here-active = Die Liste ist sortiert: Was nah bei Ihnen ist, steht oben. Wir speichern Ihren Ort nicht.
