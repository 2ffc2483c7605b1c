//! The tools for the people who help (issue 10): the referral sheet, mentor mode and its hand-over,
//! share links, the contact card and calendar files, and the booklet. Pages are read with CSS
//! selectors, the files with an independent parser (`ical`) and the calendars' series expanded with
//! `rrule`; expectations come from the catalogue.

use std::path::Path;

use axum::http::{StatusCode, header};
use lotse::content::{Catalogue, Rhythm, Status};
use lotse::lang::Lang;
use scraper::Html;

use crate::web::{Site, attrs, sel};

fn query_of(href: &str) -> Vec<(String, String)> {
    let url = url::Url::parse(&format!("http://x{href}")).expect("a link");
    url.query_pairs().into_owned().collect()
}

/// Three active offers with phones, as a social worker might choose them.
fn three_offers(catalogue: &Catalogue) -> Vec<String> {
    catalogue
        .offers
        .iter()
        .filter(|o| o.status == Status::Active && !o.contact.phones.is_empty() && !o.crisis_line)
        .take(3)
        .map(|o| o.id.to_string())
        .collect()
}

// ---------------------------------------------------------------------------------------------------
// The referral sheet
// ---------------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_sheet_of_three_offers_in_ukrainian_has_each_in_ukrainian_and_german_with_qr_codes() {
    let site = Site::new();
    let catalogue = site.catalogue();
    let ids = three_offers(&catalogue);
    let query: Vec<String> = ids.iter().map(|i| format!("o={i}")).collect();
    let reply = site
        .get(&format!("/uk/sheet?{}&also=de", query.join("&")))
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply
            .header(header::CACHE_CONTROL.as_str())
            .unwrap_or_default(),
        "no-store"
    );
    let doc = reply.html();
    let entries: Vec<_> = doc.select(&sel(".sheet-entry")).collect();
    assert_eq!(entries.len(), 3);
    for (entry, id) in entries.iter().zip(&ids) {
        let offer = catalogue.offer(id).unwrap();
        let blocks: Vec<_> = entry.select(&sel(".block")).collect();
        let langs: Vec<_> = blocks.iter().map(|b| b.value().attr("lang")).collect();
        assert_eq!(langs, [Some("uk"), Some("de")], "{id}");
        // The German block is German throughout: its name and its labels.
        let german = blocks[1];
        let name: String = german.select(&sel("h3")).flat_map(|e| e.text()).collect();
        assert_eq!(name, offer.name);
        let labels: Vec<String> = german
            .select(&sel("dt"))
            .map(|e| e.text().collect())
            .collect();
        assert!(labels.contains(&"Telefon".to_owned()), "{labels:?}");
        let tels = attrs(
            &Html::parse_fragment(&german.html()),
            "a[href^='tel:']",
            "href",
        );
        let expected: Vec<String> = offer
            .contact
            .phones
            .iter()
            .map(|p| format!("tel:{}", p.tel))
            .collect();
        assert_eq!(tels, expected);
        assert_eq!(entry.select(&sel(".sheet-qr svg.qr")).count(), 1);
        let url: String = entry
            .select(&sel(".sheet-qr .print-url"))
            .flat_map(|e| e.text())
            .collect();
        assert_eq!(url, site.state.absolute(&format!("/uk/offer/{id}")));
        let remove = attrs(
            &Html::parse_fragment(&entry.html()),
            ".sheet-remove a",
            "href",
        );
        let left: Vec<String> = query_of(&remove[0])
            .into_iter()
            .filter(|(k, _)| k == "o")
            .map(|(_, v)| v)
            .collect();
        assert_eq!(left.len(), 2);
        assert!(!left.contains(id));
    }
    assert_eq!(doc.select(&sel(".sheet-foot svg.qr")).count(), 1);
    let notes = attrs(&doc, ".sheet-foot p[lang]", "lang");
    assert_eq!(notes, ["uk", "de"]);
}

#[tokio::test]
async fn an_arabic_sheet_puts_arabic_right_to_left_and_german_left_to_right() {
    let site = Site::new();
    let ids = three_offers(&site.catalogue());
    let reply = site
        .get(&format!("/ar/sheet?o={}&o={}&also=de", ids[0], ids[1]))
        .await;
    let doc = reply.html();
    let dirs: Vec<(String, String)> = doc
        .select(&sel(".block"))
        .map(|b| {
            (
                b.value().attr("lang").unwrap().to_owned(),
                b.value().attr("dir").unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        dirs,
        [
            ("ar".into(), "rtl".into()),
            ("de".into(), "ltr".into()),
            ("ar".into(), "rtl".into()),
            ("de".into(), "ltr".into())
        ]
    );
}

#[tokio::test]
async fn offers_are_added_from_results_and_category_pages_and_the_chosen_ids_travel_along() {
    let site = Site::new();
    let catalogue = site.catalogue();
    let first = site.get("/uk/search?q=Tafel").await;
    let doc = first.html();
    let adds = attrs(&doc, ".card a.add-sheet", "href");
    assert!(adds.len() >= 2, "{adds:?}");
    let chosen = adds[0].trim_start_matches("/uk/sheet?add=").to_owned();
    assert!(catalogue.offer(&chosen).is_some(), "{chosen}");
    // With one offer chosen, the next results page carries it in its links and says so.
    let second = site.get(&format!("/uk/search?q=Tafel&o={chosen}")).await;
    let doc = second.html();
    assert_eq!(
        second
            .header(header::CACHE_CONTROL.as_str())
            .unwrap_or_default(),
        "no-store"
    );
    assert_eq!(doc.select(&sel("main .sheet-bar")).count(), 1);
    let card_add = attrs(&doc, ".card a.add-sheet", "href");
    let pairs = query_of(&card_add[1]);
    assert!(pairs.contains(&("o".into(), chosen.clone())), "{pairs:?}");
    let added = pairs
        .iter()
        .find(|(k, _)| k == "add")
        .map(|(_, v)| v.clone())
        .unwrap();
    // The form keeps it too, so that a new search does not lose the sheet.
    let hidden = attrs(&doc, "form.search input[type=hidden][name=o]", "value");
    assert_eq!(hidden, std::slice::from_ref(&chosen));
    // The offer already on the sheet says so.
    let on_it: String = doc
        .select(&sel(".card a.add-sheet"))
        .filter(|a| {
            query_of(a.value().attr("href").unwrap()).contains(&("add".into(), chosen.clone()))
        })
        .flat_map(|e| e.text())
        .collect();
    assert_eq!(on_it, lotse::i18n::t(Lang::Uk, "sheet-on-it"));
    let sheet = site.get(&card_add[1]).await;
    let entries = sheet.html().select(&sel(".sheet-entry")).count();
    assert_eq!(entries, 2, "{chosen} and {added}");
    // A category page offers the same.
    let category = &catalogue.offer(&chosen).unwrap().categories[0];
    let page = site
        .get(&format!("/uk/category/{category}?o={chosen}"))
        .await;
    let links = attrs(&page.html(), "main a[href^='/uk/offer/']", "href");
    assert!(!links.is_empty());
    assert!(
        links.iter().all(|l| l.contains(&format!("o={chosen}"))),
        "{links:?}"
    );
}

#[tokio::test]
async fn too_many_ids_and_an_unknown_second_language_get_a_localized_400_and_unknown_ids_a_note() {
    let site = Site::new();
    let ids: Vec<String> = site
        .catalogue()
        .offers
        .iter()
        .take(13)
        .map(|o| format!("o={}", o.id))
        .collect();
    let many = site.get(&format!("/uk/sheet?{}", ids.join("&"))).await;
    assert_eq!(many.status, StatusCode::BAD_REQUEST);
    assert!(many.body.contains("12"), "{}", many.body);
    assert_eq!(attrs(&many.html(), "html", "lang"), ["uk"]);
    let also = site.get("/uk/sheet?o=wk-tafel&also=xx").await;
    assert_eq!(also.status, StatusCode::BAD_REQUEST);
    let unknown = site.get("/de/sheet?o=wk-tafel&o=no-such-offer").await;
    assert_eq!(unknown.status, StatusCode::OK);
    let doc = unknown.html();
    assert_eq!(doc.select(&sel(".sheet-entry")).count(), 1);
    let note: String = doc
        .select(&sel(".sheet-tools .message"))
        .flat_map(|e| e.text())
        .collect();
    assert!(note.contains("no-such-offer"), "{note}");
    let empty = site.get("/de/sheet").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert_eq!(empty.html().select(&sel(".sheet-entry")).count(), 0);
}

// ---------------------------------------------------------------------------------------------------
// Mentor mode
// ---------------------------------------------------------------------------------------------------

#[tokio::test]
async fn mentor_mode_is_kept_by_every_internal_link_and_form_and_can_be_left() {
    let site = Site::new();
    for uri in [
        "/de/?view=large",
        "/de/offer/wk-spazier-treff-innenstadt?view=large",
        "/uk/search?q=Tafel&view=large",
        "/ar/category/food-bank?view=large",
    ] {
        let reply = site.get(uri).await;
        assert_eq!(reply.status, StatusCode::OK, "{uri}");
        let doc = reply.html();
        assert_eq!(attrs(&doc, "html", "class"), ["large"], "{uri}");
        let leave = attrs(&doc, ".mentor-bar a.mentor-leave", "href");
        assert_eq!(leave.len(), 1, "{uri}");
        for href in attrs(&doc, "a[href^='/']", "href") {
            // Whole links: no reference left undecoded, no parameter without a name.
            assert!(
                !href.contains("&&") && !href.contains("#38;"),
                "{uri}: {href}"
            );
            let pairs = query_of(&href);
            assert!(pairs.iter().all(|(k, _)| !k.is_empty()), "{uri}: {href}");
            let view = pairs
                .iter()
                .find(|(k, _)| k == "view")
                .map(|(_, v)| v.as_str());
            if href == leave[0] {
                assert_eq!(view, Some("normal"));
            } else if !href.starts_with("/static/")
                && !href.contains(".vcf")
                && !href.contains(".ics")
            {
                assert_eq!(view, Some("large"), "{uri}: {href}");
            }
        }
        for form in doc.select(&sel("form[method=get]")) {
            let fields = attrs(
                &Html::parse_fragment(&form.html()),
                "input[name=view]",
                "value",
            );
            assert_eq!(fields, ["large"], "{uri}");
        }
    }
    // Left: the same page without the class and the bar.
    let normal = site.get("/de/?view=normal").await.html();
    assert!(attrs(&normal, "html", "class").is_empty());
    assert_eq!(normal.select(&sel(".mentor-bar")).count(), 0);
}

#[tokio::test]
async fn handing_over_shows_a_qr_code_of_the_page_in_the_chosen_language_without_large_view() {
    let site = Site::new();
    let page = site
        .get("/de/offer/wk-spazier-treff-innenstadt?view=large")
        .await
        .html();
    let handover = attrs(&page, "a.mentor-handover", "href");
    assert_eq!(handover.len(), 1);
    let first = site.get(&handover[0]).await;
    assert_eq!(first.status, StatusCode::OK);
    let doc = first.html();
    assert_eq!(doc.select(&sel(".handover-qr svg.qr")).count(), 1);
    let url: String = doc
        .select(&sel("main .print-url"))
        .flat_map(|e| e.text())
        .collect();
    assert_eq!(
        url,
        site.state.absolute("/de/offer/wk-spazier-treff-innenstadt")
    );
    // The senior reads Ukrainian: the language choice changes the code's page.
    let uk = attrs(&doc, ".handover-langs a[lang=uk]", "href");
    let in_uk = site.get(&uk[0]).await.html();
    let url: String = in_uk
        .select(&sel("main .print-url"))
        .flat_map(|e| e.text())
        .collect();
    assert_eq!(
        url,
        site.state.absolute("/uk/offer/wk-spazier-treff-innenstadt")
    );
    assert!(!url.contains("view"));
    for bad in ["//evil.example/", "https://evil.example/", "/x\\y"] {
        let reply = site
            .get(&format!(
                "/de/handover?path={}",
                url::form_urlencoded::byte_serialize(bad.as_bytes()).collect::<String>()
            ))
            .await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{bad}");
    }
    let reply = site.get("/de/handover?path=/&to=xx").await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
}

// ---------------------------------------------------------------------------------------------------
// Share
// ---------------------------------------------------------------------------------------------------

#[tokio::test]
async fn every_offer_page_has_encoded_share_links_a_privacy_note_and_no_third_party_resource() {
    let site = Site::new();
    let catalogue = site.catalogue();
    for offer in catalogue.offers.iter().take(8) {
        let path = format!("/de/offer/{}", offer.id);
        let doc = site.get(&path).await.html();
        let own = site.state.absolute(&path);
        let tg = attrs(&doc, "a.share-telegram", "href");
        let tg = url::Url::parse(&tg[0]).unwrap();
        assert_eq!(tg.host_str(), Some("t.me"));
        let pairs: Vec<(String, String)> = tg.query_pairs().into_owned().collect();
        assert_eq!(
            pairs,
            [
                ("url".into(), own.clone()),
                ("text".into(), offer.name.clone())
            ]
        );
        let wa = url::Url::parse(&attrs(&doc, "a.share-whatsapp", "href")[0]).unwrap();
        assert_eq!(wa.host_str(), Some("wa.me"));
        let text: String = wa
            .query_pairs()
            .find(|(k, _)| k == "text")
            .unwrap()
            .1
            .into_owned();
        assert!(text.contains(&own) && text.contains(&offer.name), "{text}");
        let mail = attrs(&doc, "a.share-email", "href");
        assert!(mail[0].starts_with("mailto:?subject="), "{}", mail[0]);
        assert!(!mail[0].contains(' ') && !mail[0].contains('+'));
        assert!(attrs(&doc, "a.share-sms", "href")[0].starts_with("sms:?body="));
        assert_eq!(doc.select(&sel("button.share-native[hidden]")).count(), 1);
        let note: String = doc
            .select(&sel(".tools .small"))
            .flat_map(|e| e.text())
            .collect();
        assert_eq!(note, lotse::i18n::t(Lang::De, "share-privacy"));
        // Nothing the page loads comes from elsewhere.
        for src in attrs(&doc, "[src]", "src")
            .into_iter()
            .chain(attrs(&doc, "link[href]", "href"))
        {
            assert!(src.starts_with('/') && !src.starts_with("//"), "{src}");
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// Contact cards and calendars
// ---------------------------------------------------------------------------------------------------

fn unescape(v: &str) -> String {
    v.replace("\\n", "\n")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\")
}

#[tokio::test]
async fn every_offer_has_a_vcard_4_that_a_parser_reads_back_with_its_name_phones_and_address() {
    let site = Site::new();
    for offer in site.catalogue().offers.iter() {
        let reply = site.get(&format!("/de/offer/{}.vcf", offer.id)).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", offer.id);
        assert_eq!(
            reply
                .header(header::CONTENT_TYPE.as_str())
                .unwrap_or_default(),
            "text/vcard; charset=utf-8"
        );
        for line in reply.body.split("\r\n") {
            assert!(line.len() <= 75, "{}: {line}", offer.id);
        }
        let mut cards = ical::VcardParser::new(std::io::BufReader::new(reply.body.as_bytes()));
        let card = cards.next().expect("one card").expect("a valid vCard");
        assert!(cards.next().is_none());
        let values = |name: &str| -> Vec<String> {
            card.properties
                .iter()
                .filter(|p| p.name == name)
                .filter_map(|p| p.value.clone())
                .collect()
        };
        assert_eq!(values("VERSION"), ["4.0"]);
        assert_eq!(
            values("FN").iter().map(|v| unescape(v)).collect::<Vec<_>>(),
            std::slice::from_ref(&offer.name)
        );
        assert_eq!(
            values("ORG")
                .iter()
                .map(|v| unescape(v))
                .collect::<Vec<_>>(),
            std::slice::from_ref(&offer.provider)
        );
        let tels: Vec<String> = offer
            .contact
            .phones
            .iter()
            .map(|p| format!("tel:{}", p.tel))
            .collect();
        assert_eq!(values("TEL"), tels, "{}", offer.id);
        assert_eq!(
            values("EMAIL"),
            offer.contact.email.iter().cloned().collect::<Vec<_>>()
        );
        if let Some(address) = &offer.address {
            let adr = values("ADR");
            assert!(adr[0].contains(&address.city), "{adr:?}");
            if let Some(street) = &address.street {
                assert!(unescape(&adr[0]).contains(street.as_str()), "{adr:?}");
            }
        }
    }
    let unknown = site.get("/de/offer/no-such-offer.vcf").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert!(
        unknown
            .header(header::CONTENT_TYPE.as_str())
            .unwrap_or_default()
            .starts_with("text/html")
    );
}

/// The occurrences of an event's series in Berlin local time, by the `rrule` crate.
fn occurrences(dtstart: &str, rrule: &str, n: u16) -> Vec<jiff::civil::DateTime> {
    let set: rrule::RRuleSet = format!("DTSTART;TZID=Europe/Berlin:{dtstart}\nRRULE:{rrule}")
        .parse()
        .unwrap_or_else(|e| panic!("{rrule}: {e}"));
    set.all(n)
        .dates
        .iter()
        .map(|d| {
            d.naive_local()
                .format("%Y-%m-%dT%H:%M:%S")
                .to_string()
                .parse()
                .unwrap()
        })
        .collect()
}

#[tokio::test]
async fn calendars_import_into_a_parser_and_their_series_fall_on_the_slots_days_and_times() {
    let site = Site::new();
    let catalogue = site.catalogue();
    let mut checked = 0;
    for offer in catalogue.offers.iter() {
        let reply = site.get(&format!("/uk/offer/{}.ics", offer.id)).await;
        if !lotse::export::ical::has_calendar(offer) {
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", offer.id);
            assert!(
                reply
                    .header(header::CONTENT_TYPE.as_str())
                    .unwrap_or_default()
                    .starts_with("text/html")
            );
            continue;
        }
        assert_eq!(reply.status, StatusCode::OK, "{}", offer.id);
        assert_eq!(
            reply
                .header(header::CONTENT_TYPE.as_str())
                .unwrap_or_default(),
            "text/calendar; charset=utf-8"
        );
        let mut parser = ical::IcalParser::new(std::io::BufReader::new(reply.body.as_bytes()));
        let calendar = parser
            .next()
            .expect("one calendar")
            .expect("a valid calendar");
        assert_eq!(calendar.timezones.len(), 1);
        let slots: Vec<_> = offer
            .hours
            .as_ref()
            .unwrap()
            .slots
            .iter()
            .filter(|s| {
                lotse::export::ical::rrule(s).is_some() && !lotse::present::is_around_the_clock(s)
            })
            .collect();
        assert_eq!(calendar.events.len(), slots.len(), "{}", offer.id);
        for (event, slot) in calendar.events.iter().zip(slots) {
            let prop = |name: &str| event.properties.iter().find(|p| p.name == name).unwrap();
            let start = prop("DTSTART");
            let tzid = start
                .params
                .as_ref()
                .unwrap()
                .iter()
                .find(|(k, _)| k == "TZID")
                .unwrap();
            assert_eq!(tzid.1, ["Europe/Berlin"]);
            let dates = occurrences(
                start.value.as_deref().unwrap(),
                prop("RRULE").value.as_deref().unwrap(),
                30,
            );
            assert_eq!(dates.len(), 30, "{}", offer.id);
            for d in dates {
                assert!(slot.days.contains(&d.date().weekday()), "{}: {d}", offer.id);
                assert_eq!(d.time(), slot.opens, "{}", offer.id);
                match &slot.every {
                    Rhythm::OddWeeks => assert_eq!(d.date().iso_week_date().week() % 2, 1, "{d}"),
                    Rhythm::EvenWeeks => assert_eq!(d.date().iso_week_date().week() % 2, 0, "{d}"),
                    Rhythm::Month(weeks) => {
                        let nth = (d.day() - 1) / 7 + 1;
                        let last = d.day() + 7 > d.date().days_in_month();
                        assert!(weeks.iter().any(|w| *w == nth || (*w == -1 && last)), "{d}");
                    }
                    _ => {}
                }
            }
            let description = unescape(prop("DESCRIPTION").value.as_deref().unwrap());
            assert!(description.contains(&site.state.absolute(&format!("/uk/offer/{}", offer.id))));
            checked += 1;
        }
    }
    assert!(checked >= 5, "only {checked} series");
    // The offer's page itself is unchanged beside its files.
    assert_eq!(
        site.get("/uk/offer/wk-spazier-treff-innenstadt")
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        site.get("/uk/offer/no-such-offer.ics").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn stale_hours_are_written_with_the_same_warning_as_the_offer_page() {
    let site = Site::new();
    let now = lotse::present::now();
    let stale = site.catalogue().offers.into_iter().find(|o| {
        lotse::export::ical::has_calendar(o)
            && matches!(
                lotse::present::hours_claim(o, &now),
                lotse::present::HoursClaim::Stale { .. }
            )
    });
    let Some(offer) = stale else {
        return; // no stale regular hours in the bundled content today
    };
    let body = site.get(&format!("/de/offer/{}.ics", offer.id)).await.body;
    let warning = lotse::present::claim_text(Lang::De, &offer, &now)
        .unwrap()
        .text;
    let unfolded = unescape(&body.replace("\r\n ", ""));
    assert!(
        unfolded.contains(&format!("DESCRIPTION:{warning}")),
        "{unfolded}"
    );
}

// ---------------------------------------------------------------------------------------------------
// The booklet
// ---------------------------------------------------------------------------------------------------

#[tokio::test]
async fn the_booklet_has_every_printed_offer_once_chapters_an_index_and_the_crisis_lines_last() {
    let site = Site::new();
    let catalogue = site.catalogue();
    for lang in [Lang::De, Lang::Ar, Lang::Uk] {
        let reply = site.get(&format!("/{}/booklet", lang.code())).await;
        assert_eq!(reply.status, StatusCode::OK);
        let csp = reply
            .header(header::CONTENT_SECURITY_POLICY.as_str())
            .unwrap_or_default();
        assert!(csp.contains("style-src 'sha256-"), "{csp}");
        let doc = reply.html();
        assert_eq!(attrs(&doc, "html", "dir"), [lang.dir()]);
        // Self-contained: no stylesheet, script or image from anywhere.
        assert_eq!(doc.select(&sel("link, script, img")).count(), 0);
        assert_eq!(doc.select(&sel("head style")).count(), 1);
        assert!(
            doc.select(&sel(".cover"))
                .next()
                .unwrap()
                .text()
                .any(|t| t.contains(&catalogue.site.name))
        );
        assert_eq!(doc.select(&sel(".cover svg.qr")).count(), 1);
        let printed = catalogue
            .offers
            .iter()
            .filter(|o| matches!(o.status, Status::Active | Status::TemporarilyClosed))
            .count();
        let names: Vec<String> = doc
            .select(&sel("article.entry h3"))
            .map(|e| e.text().collect())
            .collect();
        assert_eq!(names.len(), printed);
        let toc = attrs(&doc, ".toc a", "href");
        let chapters = attrs(&doc, "section.chapter", "id");
        for c in &chapters {
            assert!(toc.contains(&format!("#{c}")));
        }
        assert!(chapters.len() >= 4);
        // The index points at entries that exist.
        let entries = attrs(&doc, "article.entry", "id");
        for href in attrs(&doc, ".index a", "href") {
            assert!(
                entries.contains(&href.trim_start_matches('#').to_owned()),
                "{href}"
            );
        }
        let last = doc.select(&sel("body > section")).next_back().unwrap();
        assert_eq!(last.value().attr("id"), Some("crisis"));
        assert_eq!(
            last.select(&sel(".line")).count(),
            catalogue.crisis_lines().len()
        );
    }
}

#[tokio::test]
async fn the_booklet_command_writes_the_same_bytes_as_the_page() {
    let site = Site::new();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("booklet.html");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_lotse"))
        .args(["booklet", "--lang", "uk", "--out"])
        .arg(&out)
        .args(["--public-url", site.state.public_url.as_str()])
        .env(
            "LOTSE_CONTENT",
            Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
        )
        .env("LOTSE_INDEX", crate::bundled_index())
        .env("LOTSE_LOG", "warn")
        .status()
        .expect("lotse runs");
    assert!(status.success());
    let page = site.get("/uk/booklet").await.body;
    let file = std::fs::read_to_string(&out).unwrap();
    assert!(file == page, "the file and the page differ");
    // Without a public address the booklet has no QR code and says so.
    let bare =
        lotse::web::booklet::render(&site.catalogue(), Lang::De, None, &lotse::present::now())
            .unwrap();
    let doc = Html::parse_document(&bare);
    assert_eq!(doc.select(&sel(".cover svg.qr")).count(), 0);
    assert_eq!(doc.select(&sel(".cover-noqr")).count(), 1);
}
