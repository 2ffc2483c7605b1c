# Lotse – UI strings (Turkish). Translated from de/main.ftl; keep the same keys.

site-tagline = { $area } bölgesinde danışmanlık ve yardım bulun
skip-to-content = İçeriğe geç
nav-home = Ana sayfa
nav-emergency = Acil durum
nav-categories = Tüm konular
lang-switcher = Dil

search-label = Hangi konuda yardıma ihtiyacınız var?
search-placeholder = örneğin borçlar, Tafel (gıda yardımı), gençlik merkezi
search-button = Ara
search-hint = Kendi kelimelerinizle, kendi dilinizde yazın.

home-intro = Burada { $area } ve çevresindeki danışma merkezlerini, buluşma yerlerini ve yardım hizmetlerini bulabilirsiniz. Tüm hizmetler tek bir yerde: telefon, adres ve çalışma saatleriyle.
home-topics = Konular

results-title = “{ $query }” için sonuçlar
results-count = { $count ->
    [one] { $count } hizmet
   *[other] { $count } hizmet
}
results-none = Maalesef buna uygun bir şey bulamadık.
results-weak = Tam olarak uyan bir şey bulamadık.
results-fallback = Yine de burada yardım alabilirsiniz: Genel sosyal danışmanlık her konuda yardımcı olur ve kimin sorumlu olduğunu bilir.
results-browse = Ya da bir konu seçin:
results-empty-query = Lütfen hangi konuda yardıma ihtiyacınız olduğunu yazın.
results-more = Daha fazla sonuç

crisis-title = Yalnız değilsiniz. Burada hemen yardım alabilirsiniz.
crisis-text = Tehlikedeyseniz ya da ne yapacağınızı bilmiyorsanız: Hemen arayın.
crisis-call = { $name }: { $number }

emergency-title = Acil durum ve kriz hatları
emergency-intro = Ciddi tehlike varsa: Acil çağrı 112 (ambulans, itfaiye) veya 110 (polis).

category-offers = { $count ->
    [one] { $count } hizmet
   *[other] { $count } hizmet
}

status-active = Aktif
status-planned = Planlanıyor: Bu hizmet duyurulmuştu. Başlayıp başlamadığı bilinmiyor.
status-temporarily-closed = Geçici olarak kapalı
status-ended = Sona erdi: Kaynaklarımıza göre bu hizmet artık yok.

offer-caveat = Lütfen dikkat
offer-contact = İletişim
offer-phone = Telefon
offer-call = Ara
offer-email = E-posta
offer-website = İnternet sitesi
offer-address = Adres
offer-map = Haritada göster (OpenStreetMap)
offer-hours = Çalışma saatleri
offer-cost = Ücret
offer-languages = Danışmanlık dilleri
offer-accessibility = Engelsiz erişim
offer-appointment = Randevu
offer-anonymous = İsminizi vermeden danışmanlık alabilirsiniz.
offer-wheelchair-yes = Tekerlekli sandalyeyle girilebilir (kaynağa göre).
offer-wheelchair-partly = Tekerlekli sandalyeyle kısmen girilebilir (kaynağa göre).
offer-wheelchair-no = Kaynağa göre tekerlekli sandalyeyle yardımsız girilemez.
offer-audience = Kimler için
offer-provider = Hizmeti veren kurum
offer-categories = Konular
offer-about = Hizmet hakkında
offer-verification = Bilgilerin kaynağı
offer-checked = Kaynaklarla en son { $date } tarihinde karşılaştırıldı.
offer-not-confirmed = Hizmeti veren kurum henüz onaylamadı.
offer-confirmed = Hizmeti veren kurum tarafından onaylandı.
offer-sources = Kaynaklar
offer-print = Yazdır
offer-details = Daha fazla bilgi

appointment-required = Sadece randevuyla
appointment-recommended = Randevu almanız önerilir
appointment-not-needed = Randevusuz

source-undated = tarihsiz
source-dated = { $date } itibarıyla

hours-by-appointment = Randevuyla.
hours-as-of = Saat bilgisi { $date } tarihli
hours-unknown = Çalışma saatleri bilinmiyor. Lütfen önceden sorun.
hours-open-now = Şu anda açık
hours-open-now-until = Şu anda açık, kapanış: { $time }
hours-next = Bir sonraki açılış: { $when }
hours-range = { $from }–{ $to }
hours-from = { $from } itibarıyla
hours-every-week = { $days }
hours-odd-weeks = { $days } (tek numaralı takvim haftaları)
hours-even-weeks = { $days } (çift numaralı takvim haftaları)
hours-second-week = { $days } (iki haftada bir)
hours-month = her ayın { $weeks } { $days } günü
hours-today = bugün, { $time }
hours-tomorrow = yarın, { $time }
hours-on-date = { $weekday }, { $date }, { $time }
hours-all-day = 24 saat açık
# Every day of the week (instead of naming all seven).
hours-daily = her gün
# A line that is open at every hour (instead of "open until 24:00").
hours-always = Günün her saati ulaşılabilir
hours-stale = { $date } tarihli saatler – lütfen önce arayın
hours-undated = Tarihsiz saatler – lütfen önce arayın

nth-1 = ilk
nth-2 = ikinci
nth-3 = üçüncü
nth-4 = dördüncü
nth-5 = beşinci
nth-last = son

# The grammatical gender of each weekday (m, f or n), for ordinals that agree with it ("the second Wednesday").
weekday-gender-mon = m
weekday-gender-tue = m
weekday-gender-wed = m
weekday-gender-thu = m
weekday-gender-fri = m
weekday-gender-sat = m
weekday-gender-sun = m
weekdays-mon = Pazartesileri
weekdays-tue = Salıları
weekdays-wed = Çarşambaları
weekdays-thu = Perşembeleri
weekdays-fri = Cumaları
weekdays-sat = Cumartesileri
weekdays-sun = Pazarları

audience-everyone = herkes
audience-children = çocuklar
audience-youth = gençler
audience-young-adults = genç yetişkinler
audience-parents = anne babalar
audience-families = aileler
audience-adults = yetişkinler
audience-women = kadınlar
audience-girls = kız çocukları
audience-men = erkekler
audience-50plus = 50 yaş üstü kişiler
audience-seniors = yaşlılar
audience-caregivers = hasta yakınına bakan kişiler
audience-migrants = göçmenler
audience-refugees = mülteciler
audience-disabilities = engelli kişiler
audience-low-income = geliri az olan kişiler
audience-homeless = evi olmayan kişiler
audience-relatives = yakınlar ve arkadaşlar
audience-professionals = uzmanlar

group-counselling = Danışmanlık ve destek
group-youth = Çocuklar ve gençler
group-fifty-plus = 50 yaş üstü için
group-food = Yiyecek, giyim, günlük yaşam
group-emergency = Acil durum ve kriz hatları

category-social-counselling = Genel sosyal danışmanlık
category-debt-counselling = Borç ve iflas danışmanlığı
category-addiction-counselling = Bağımlılık danışmanlığı
category-family-counselling = Çocuk eğitimi, aile ve yaşam danışmanlığı
category-pregnancy-counselling = Hamilelik danışmanlığı
category-migration-counselling = Göçmen ve mülteci danışmanlığı
category-senior-counselling = Yaşlılar için danışmanlık
category-care-counselling = Bakım danışmanlığı
category-housing-help = Evini kaybedenlere yardım
category-violence-protection = Şiddetten korunma ve kadın danışmanlığı
category-disability-counselling = Engelli kişiler için danışmanlık
category-mental-health = Psikososyal yardım
category-benefits-office = Resmî daireler ve sosyal yardımlar
category-youth-centre = Gençlik merkezleri ve gençlik çalışmaları
category-learning-support = Ders ve ödev yardımı
category-senior-meeting = 50 yaş üstü için buluşma yerleri
category-exercise-50plus = 50 yaş üstü için spor ve hareket
category-digital-help = Dijital rehberler: akıllı telefon ve tablet yardımı
category-lunch-table = Öğle yemeği ve birlikte yemek pişirme
category-food-bank = Tafel ve gıda yardımı
category-clothing-household = Ucuz giysi ve ev eşyası
category-self-help = Kendi kendine yardım grupları
category-crisis-hotline = Acil çağrı ve kriz hatları

translation-note = Almancadan çevrilmiştir. Geçerli olan Almanca metindir.
translation-draft = Bu çeviri henüz bir insan tarafından kontrol edilmedi.
translation-missing = Bu metin henüz sizin dilinizde yok. Burada Almanca metni görüyorsunuz.
translation-read-german = Almanca metni okuyun

footer-about = Lotse, { $area } bölgesindeki danışmanlık ve yardım hizmetlerinin bir rehberidir. Bilgilerin doğruluğu garanti edilmez: Lütfen gitmeden önce arayın.
footer-privacy = Gizlilik: Lotse aramalarınızı kaydetmez ve çerez kullanmaz.
footer-editors = Editörler
search-town = Yer
search-town-any = Tüm yerler

error-not-found-title = Sayfa bulunamadı
error-not-found-text = Bu sayfa yok. Arama size yardımcı olabilir.
error-bad-request-title = İşlem yapılamadı
error-bad-request-text = İstek geçersiz: { $reason }
error-internal-title = Bir hata oluştu
error-internal-text = Lütfen biraz sonra tekrar deneyin. Acil durumda 112'yi arayın.
error-busy-title = Şu anda çok fazla arama yapılıyor
error-busy-text = Arama şu anda çok yoğun. Lütfen birkaç saniye sonra tekrar deneyin. Acil durumda 112'yi arayın; TelefonSeelsorge yardım hattı ücretsizdir: 0800 111 0 111.
error-unavailable-title = Şu anda kullanılamıyor
error-unavailable-text = Rehber şu anda yeniden yükleniyor. Lütfen biraz sonra tekrar deneyin.
error-back-home = Ana sayfaya dön
error-query-too-long = Arama metni çok uzun (en fazla { $max } karakter).
error-bad-parameter = “{ $name }” için girilen değer geçersiz.
error-unknown-language = Bu dil burada yok.

bot-greeting = Merhaba! Ben Lotse. Hangi konuda yardıma ihtiyacınız olduğunu bana kendi kelimelerinizle yazın, örneğin “borçlar” veya “ücretsiz yemek”. Size { $area } bölgesindeki uygun hizmetleri göstereyim.
bot-help = Nasıl çalışır: Hangi konuda yardıma ihtiyacınız olduğunu yazın. Konumunuzu da paylaşabilirsiniz, o zaman size yakındaki hizmetleri gösteririm.
    /categories – tüm konular
    /emergency – acil durum ve kriz hatları
    /language – dil seçin
bot-choose-topic = Bir konu seçin:
bot-results = Bulduklarım:
bot-more = Daha fazla sonuç
bot-details = Ayrıntılar
bot-web = İnternet sitesi
bot-no-more = Başka sonuç yok.
bot-non-text = Sadece yazı okuyabiliyorum. Lütfen hangi konuda yardıma ihtiyacınız olduğunu birkaç kelimeyle yazın ya da konumunuzu paylaşın.
bot-too-long = Mesajınız çok uzun. İlk { $max } karakteri okudum.
bot-choose-language = Dilinizi seçin:
bot-language-set = Bundan sonra size Türkçe yazacağım.
bot-nearby = Size yakın hizmetler (kuş uçuşu, yaklaşık):
bot-nearby-none = Yakınınızda konumu bilinen bir hizmet bilmiyorum.
bot-nearby-skipped = Konumu bilinmeyen { $count } hizmet bu listede yok.
bot-distance = { $km } km
bot-distance-town = yaklaşık { $km } km (şehir merkezine)
bot-send-location = Konum gönder
bot-slow-down = Lütfen biraz bekleyin, birazdan cevap vereceğim.
bot-cmd-start = Karşılama ve konular
bot-cmd-help = Lotse nasıl çalışır
bot-cmd-categories = Tüm konular
bot-cmd-emergency = Acil durum ve kriz hatları
bot-cmd-language = Dil seçin
bot-chat-intro = Lotse sohbeti. Bir mesaj yazın. Bir sayı bir düğmeyi seçer, /location 51.14 7.21 bir konum paylaşır, /quit çıkış yapar.

# Crisis level "concern" and the never-a-dead-end note
concern-title = Şu anda iyi değilseniz: burada sizi dinleyen biri var.
concern-text = Bu hatlar gece gündüz ulaşılabilir, ücretsiz ve isimsizdir. Arama sonuçlarınız aşağıda.
bot-concern-question = Şu anda güvende misiniz?
bot-concern-help-now = Şimdi yardıma ihtiyacım var
bot-concern-offers = Bir hizmet arıyorum
results-unreachable = En uygun hizmetlere şu anda ulaşılamıyor (sona ermiş, planlanmış ya da telefonu, e-postası ve adresi yok). Bu yüzden arayabileceğiniz ya da gidebileceğiniz ve size yardımcı olabilecek bir yer de listede.

## Safety and print: quick exit, hiding a visit, the language hint, print block, crisis-line facts
quick-exit = Sayfadan hızla çık
breadcrumbs = Konum
offer-topics = Konular
print-page-address = Bu sayfanın adresi
print-qr-label = Bu sayfanın adresini içeren QR kod
print-date = Yazdırma tarihi: { $date }. Bilgiler değişebilir: lütfen gitmeden önce arayın.
fact-free = ücretsiz
fact-anonymous = isim vermeden
fact-around-the-clock = günün her saati
crisis-line-more = Bu hizmet hakkında daha fazla
results-in-this-language = Bu sayfa Türkçe
hide-visit-title = Ziyaretinizi gizleyin
hide-visit-intro = Burada yardım aradığınızı kimsenin görmemesi gerekiyorsa bu adımlar yardımcı olur.
hide-visit-exit-title = Hızla çıkın
hide-visit-exit = Her sayfanın üstündeki “Sayfadan hızla çık” düğmesi hemen hava durumu sayfasını açar. Shift tuşuna hızlıca üç kez de basabilirsiniz. “Geri” ile bu sayfaya dönülmez.
hide-visit-private-title = Gizli pencere
hide-visit-private = Lotse’yi gizli bir pencerede (gizli mod) açın. Pencereyi kapattığınızda tarayıcı sayfaları ve arama kelimelerinizi unutur.
hide-visit-history-title = Geçmişi silin
hide-visit-history = Arama kelimeleriniz sonuç sayfasının adresinde ve böylece tarayıcı geçmişinde durur. Geçmişte (tarayıcı menüsü, “Geçmiş”) bu sitenin kayıtlarını veya son bir saati silin.
hide-visit-lotse-title = Lotse neyi saklar
hide-visit-lotse = Lotse arama kelimelerini saklamaz, çerez kullanmaz ve başka sitelerden bir şey yüklemez. Cihazınızda kalan tek iz tarayıcı geçmişidir.

filter-title = Filtreler
filter-when = Ne zaman
filter-what = Önemli olan
filter-open-any = Fark etmez
filter-open-now = Şu anda açık
filter-open-today = Bugün açık
filter-free = Ücretsiz
filter-anonymous = Anonim
filter-wheelchair = Tekerlekli sandalyeye uygun
filter-no-appointment = Randevusuz
filter-lang-spoken = Orada konuşulan dil
filter-audience = Kimin için
filter-place = Yer
filter-any = Tümü
filter-apply = Filtreleri uygula
filter-nothing = Bu filtrelere uyan hizmet yok.
filter-drop = Filtreleri kaldır

# issue 12
status-unknown = Bilinmiyor: Bu hizmetin hâlâ var olup olmadığı doğrulanmadı.
freshness-confirmed = Hizmet sağlayıcı tarafından { $date } tarihinde doğrulandı.
freshness-sources = { $date } tarihinde kaynaklarla karşılaştırıldı – hizmet sağlayıcı henüz doğrulamadı.
freshness-old = Bu bilgiler bir yıldan eski – lütfen önce telefon edin.
report-link = Bilgi yanlış veya eski mi? Bildirin
report-title = Hata bildir
report-intro = Neyin yanlış olduğunu bize yazın. Kontrol edip kaydı düzeltiriz. Hesap gerekmez.
report-kind = Ne yanlış?
report-kind-phone = Telefon numarası
report-kind-hours = Açılış saatleri
report-kind-address = Adres
report-kind-closed = Bu hizmet artık yok
report-kind-other = Başka bir şey
report-text = Ne yanlış, doğrusu ne? (isteğe bağlı)
report-text-hint = En fazla 1000 karakter. Lütfen sağlığınız veya durumunuz hakkında yazmayın.
report-email = Yanıt isterseniz e-posta adresiniz (isteğe bağlı)
report-honeypot = Lütfen bu alanı boş bırakın
report-privacy = IP adresi kaydetmiyoruz ve çerez kullanmıyoruz. Metni ve e-posta adresini bildirim işlendiğinde, en geç 90 gün sonra siliyoruz.
report-send = Bildirimi gönder
report-back = Hizmete geri dön
report-thanks-title = Bildiriminiz için teşekkürler
report-thanks-text = “{ $name }” ile ilgili bilgileri kontrol edip kaydı düzelteceğiz.
report-failed-title = Bildirim kaydedilemedi
report-failed-call = Bildiriminiz şu anda kaydedilemedi. Lütfen hizmeti arayın:
report-failed-later = Bildiriminiz şu anda kaydedilemedi. Lütfen daha sonra tekrar deneyin.
report-error-form = Form doğru ulaşmadı. Lütfen tekrar gönderin.
report-error-too-large = Form çok büyük (en fazla { $kb } KB).
report-error-kind = Lütfen neyin yanlış olduğunu seçin.
report-error-text-long = Metin çok uzun (en fazla { $max } karakter).
report-error-email = E-posta adresi doğru görünmüyor. Alanı boş da bırakabilirsiniz.
report-error-too-many = Buradan az önce çok sayıda bildirim geldi. Lütfen birkaç dakika sonra tekrar deneyin.
bot-report-how = “{ $name }” ile ilgili bir şey yanlış mı? Bu kısa formla bildirin – kayıt gerekmez. Bu sohbetten hiçbir şey kaydedilmez.
# issue 10: referral sheet, mentor mode, share, contact card and calendar, booklet
sheet-title = Danışmanlık için liste
sheet-intro = Birden fazla hizmet tek bir yazdırılabilir sayfada, isterseniz ikinci bir dilde. Liste yalnızca adreste durur: hiçbir şey kaydedilmez.
sheet-add = + Listeye ekle
sheet-on-it = ✓ Listede
sheet-add-more = Başka hizmet ara
sheet-remove = Listeden çıkar
sheet-empty = Listede henüz hizmet yok. Bir hizmet bulun ve „Listeye ekle“yi seçin.
sheet-unknown = Bu hizmetler (artık) yok ve listede eksik:
sheet-too-many = Bir listeye en fazla { $max } hizmet sığar.
sheet-also = Listede ikinci dil
sheet-also-none = Yok
sheet-also-apply = Uygula
sheet-print-hint = Yazdırmak için tarayıcının yazdırma menüsünü kullanın. QR kodları hizmetlerin sayfalarına götürür.
sheet-offer-qr-label = Bu hizmetin adresini içeren QR kodu
sheet-qr-label = Bu listenin adresini içeren QR kodu
sheet-bar = Listenizdeki hizmetler: { $count }
sheet-show = Listeyi gör ve yazdır
mentor-enter = Büyük görünüm (dijital rehberler için)
mentor-title = Büyük görünüm
mentor-help = Nasıl yapılır
mentor-step-find = Birlikte bir hizmet bulun.
mentor-step-read = Adı, saatleri ve telefonu sakince okuyun.
mentor-step-handover = „Teslim et“ sayfayı kişinin kendi telefonunda açar.
mentor-handover = Teslim et: QR kodunu göster
mentor-handover-scan = Kişi telefonunun kamerasını açar ve bu koda tutar.
mentor-handover-in = Sayfa şu dilde açılır
mentor-handover-choose = Başka dil seç
mentor-qr-label = Sayfanın adresini içeren QR kodu
mentor-back = Sayfaya geri dön
mentor-leave = Büyük görünümden çık
tools-title = İlet ve kaydet
tools-vcard = Kişi olarak kaydet (vCard)
tools-ics = Saatleri takvime ekle (iCal)
share-title = Paylaş
share-email = E-posta
share-sms = SMS
share-device = Paylaş …
share-privacy = Bağlantı yalnızca bu sayfanın adresini içerir, sizinle ilgili hiçbir bilgi içermez.
calendar-call-first = Bilgiler değişebilir: lütfen önce arayın.
booklet-title = { $area } için yardım ve danışmanlık
booklet-date = Tarih: { $date }
booklet-live = Güncel bilgiler internette:
booklet-no-url = Sitenin internet adresi ayarlı değil, bu yüzden burada QR kodu yok.
booklet-qr-label = İnternet sitesinin adresini içeren QR kodu
booklet-crisis-hint = Acil ve kriz hatları: son sayfada.
booklet-contents = İçindekiler
booklet-index = A’dan Z’ye konular
booklet-crisis = Acil ve kriz hatları
booklet-call-first = Bilgiler değişebilir: lütfen önce arayın.
offer-bring = Yanınızda getirin

## "Near me": sorting the results by distance from a place of the gazetteer (no JavaScript needed)
near-title = Uzaklığa göre sırala
near-from = Şuradan uzaklık
near-none = sıralama
near-apply = Sırala
near-distance = { $place } merkezine kuş uçuşu yaklaşık { $distance }
near-distance-here = kuş uçuşu yaklaşık { $distance }
near-unknown = uzaklık bilinmiyor
near-home-title = Yakınınızdaki hizmetler
near-home-from = Şehriniz veya semtiniz
near-home-choose = lütfen seçin
near-show = Göster
near-me = Konumumu kullan
near-me-failed = Konumunuz alınamadı. Lütfen listeden bir yer seçin.
near-here-active = Konumunuza olan uzaklığa göre sıralandı (yaklaşık 100 m'ye yuvarlanır ve kaydedilmez).
