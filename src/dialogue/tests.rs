use std::collections::BTreeMap;

use super::*;
use crate::content::{
    Address, Contact, Hours, Location, Review, Rhythm, Slot, Status, Taxonomy, Translation,
    Verification,
};

fn offer(id: &str, name: &str) -> Offer {
    Offer {
        id: id.to_owned(),
        name: name.to_owned(),
        provider: "Träger <e.V.>".to_owned(),
        categories: vec!["debt-counselling".to_owned()],
        audience: Vec::new(),
        status: Status::Active,
        summary: "Hilfe bei Schulden & Mahnungen.".to_owned(),
        description: "Beratung.".to_owned(),
        caveat: None,
        cost: None,
        bring: None,
        languages: Vec::new(),
        accessibility: None,
        wheelchair: None,
        appointment: None,
        anonymous: None,
        crisis_line: false,
        address: Some(Address {
            street: Some("Telegrafenstraße 29".to_owned()),
            postcode: Some("42929".to_owned()),
            city: "Musterstadt".to_owned(),
            district: None,
            note: None,
        }),
        location: None,
        contact: Contact {
            email: None,
            website: None,
            phones: vec![Phone {
                display: "02196 8824557".to_owned(),
                tel: "+4921968824557".to_owned(),
                label: None,
            }],
        },
        hours: None,
        verification: Verification {
            checked: "2026-11-21".to_owned(),
            confirmed_by_provider: false,
            confirmed_on: None,
            confirmed_by: None,
            sources: Vec::new(),
        },
        translations: BTreeMap::new(),
    }
}

fn hotline(id: &str, name: &str, number: &str) -> Offer {
    Offer {
        crisis_line: true,
        categories: vec!["crisis-hotline".to_owned()],
        address: None,
        contact: Contact {
            email: None,
            website: None,
            phones: vec![Phone {
                display: number.to_owned(),
                tel: number.replace(' ', ""),
                label: None,
            }],
        },
        ..offer(id, name)
    }
}

fn catalogue(mut offers: Vec<Offer>) -> Catalogue {
    offers.sort_by(|a, b| a.id.cmp(&b.id));
    Catalogue {
        taxonomy: Taxonomy::default(),
        offers,
        thesaurus: Default::default(),
        examples: Vec::new(),
        site: Default::default(),
        gazetteer: Default::default(),
        derived: Default::default(),
    }
}

fn view<'a>(catalogue: &'a Catalogue, now: &'a Zoned, lang: Lang) -> View<'a> {
    View {
        catalogue,
        base: "https://lotse.example".to_owned(),
        now,
        lang,
    }
}

#[test]
fn commands_are_read_with_bot_names_case_and_payloads() {
    assert_eq!(Command::parse("/start"), Some(Command::Start));
    assert_eq!(Command::parse("/Start@lotse_bot"), Some(Command::Start));
    assert_eq!(Command::parse("/start deep-link"), Some(Command::Start));
    assert_eq!(Command::parse("  /emergency"), Some(Command::Emergency));
    assert_eq!(Command::parse("/unknown"), None);
    assert_eq!(Command::parse("start"), None);
    assert_eq!(Command::parse("/"), None);
}

#[test]
fn callback_data_round_trips_and_fits_in_64_bytes() {
    for press in [
        Press::Topics,
        Press::Languages,
        Press::Group("food".into()),
        Press::Category {
            id: "debt-counselling".into(),
            offset: 5,
        },
        Press::Offer("de-hilfetelefon-sexueller-missbrauch".into()),
        Press::Lang(Lang::DeLeicht),
        Press::HelpNow,
        Press::More {
            offset: 3,
            query: "Schulden".into(),
        },
        Press::Filtered {
            filter: QuickFilter::Free,
            query: "kostenloses Essen".into(),
        },
        Press::Filtered {
            filter: QuickFilter::OpenNow,
            query: "Tafel".into(),
        },
        Press::Report("de-hilfetelefon-sexueller-missbrauch".into()),
    ] {
        let data = press.encode().expect("fits");
        assert!(data.len() <= CALLBACK_MAX_BYTES, "{data}");
        assert_eq!(Press::decode(&data), Some(press));
    }
}

#[test]
fn a_long_query_is_cut_on_a_character_boundary_to_fit_a_button() {
    let query = "безкоштовна їжа для родини з дітьми у Вермельскірхені будь ласка";
    let data = Press::More {
        offset: 3,
        query: query.into(),
    }
    .encode()
    .unwrap();
    assert!(data.len() <= CALLBACK_MAX_BYTES);
    let Some(Press::More {
        offset: 3,
        query: cut,
    }) = Press::decode(&data)
    else {
        panic!("{data}")
    };
    assert!(query.starts_with(&cut) && !cut.is_empty());
}

#[test]
fn malformed_callback_data_is_refused() {
    for data in [
        "",
        "x",
        "m:abc:q",
        "m:999:q",
        "c:food",
        "l:xx",
        "z:1",
        &"o:".repeat(40),
    ] {
        assert_eq!(Press::decode(data), None, "{data}");
    }
}

#[test]
fn a_card_escapes_content_and_links_to_the_offer_page_in_the_readers_language() {
    let cat = catalogue(vec![offer(
        "wk-schuldnerberatung-awo",
        "Schuldner<beratung> & Co",
    )]);
    let now = present::now();
    let card = view(&cat, &now, Lang::Uk).card(&cat.offers[0], Some(2), None);
    assert!(
        card.starts_with("<b>2. Schuldner&lt;beratung&gt; &amp; Co</b>"),
        "{card}"
    );
    assert!(card.contains("Schulden &amp; Mahnungen"), "{card}");
    assert!(
        card.contains("📍 Telegrafenstraße 29, 42929 Musterstadt"),
        "{card}"
    );
    assert!(card.contains("📞 +49 2196 8824557"), "{card}");
    assert!(
        card.contains("href=\"https://lotse.example/uk/offer/wk-schuldnerberatung-awo\""),
        "{card}"
    );
}

#[test]
fn german_readers_get_national_numbers_others_international_and_short_numbers_stay() {
    let p = |display: &str, tel: &str| Phone {
        display: display.into(),
        tel: tel.into(),
        label: None,
    };
    let free = p("0800 111 0 111", "+498001110111");
    assert_eq!(phone_text(Lang::En, &free), "+49 800 111 0 111");
    assert_eq!(phone_text(Lang::De, &free), "0800 111 0 111");
    assert_eq!(phone_text(Lang::DeLeicht, &free), "0800 111 0 111");
    assert_eq!(phone_text(Lang::Ar, &p("112", "112")), "112");
    assert_eq!(
        phone_text(Lang::Uk, &p("+49 30 123", "+4930123")),
        "+49 30 123"
    );
}

#[test]
fn the_crisis_reply_lists_every_line_with_its_number() {
    let cat = catalogue(vec![
        hotline("de-telefonseelsorge", "TelefonSeelsorge", "0800 111 0 111"),
        hotline("de-notruf-112", "Notruf", "112"),
        offer("wk-tafel", "Tafel"),
    ]);
    let now = present::now();
    let reply = view(&cat, &now, Lang::De).crisis("crisis-title", "crisis-text");
    assert!(
        reply
            .html
            .starts_with(&format!("<b>{}</b>", esc(&t(Lang::De, "crisis-title"))))
    );
    let notruf = reply.html.find("Notruf: 112").expect("112 listed");
    let seelsorge = reply
        .html
        .find("TelefonSeelsorge: 0800 111 0 111")
        .expect("Seelsorge listed");
    assert!(
        notruf < seelsorge,
        "the shortest numbers come first: {}",
        reply.html
    );
    assert!(!reply.html.contains("Tafel"));
}

#[test]
fn a_shared_location_lists_near_offers_by_distance_and_counts_places_without_coordinates() {
    let at = |id: &str, lat: f64, lon: f64| Offer {
        location: Some(Location {
            lat,
            lon,
            precision: Precision::Building,
            source: "test".into(),
        }),
        ..offer(id, id)
    };
    let cat = catalogue(vec![
        at("far", 51.20, 7.30),
        at("near", 51.145, 7.2156),
        at("cologne-is-too-far", 50.94, 6.96),
        Offer {
            location: Some(Location {
                lat: 51.16,
                lon: 7.2156,
                precision: Precision::Town,
                source: "test".into(),
            }),
            ..offer("town-wide", "town-wide")
        },
        offer("no-coordinates", "x"),
        hotline("hotline", "Hotline", "116 117"),
    ]);
    let now = present::now();
    let reply = view(&cat, &now, Lang::De).nearby(51.1411, 7.2156);
    let near = reply.html.find("<b>1. near</b>").expect("nearest first");
    let far = reply
        .html
        .find("<b>3. far</b>")
        .expect("third, after the town-wide one");
    assert!(near < far);
    assert!(!reply.html.contains("cologne"));
    // The rule of `present::near`: a building's distance to 100 m, as the web and the API say it.
    assert!(reply.html.contains("near</b> · 400 m"), "{}", reply.html);
    assert!(reply.html.contains("far</b> · 8,8 km"), "{}", reply.html);
    // A town-wide coordinate is listed too, to the kilometre and saying from what.
    let town = t_args(Lang::De, "bot-distance-town", &[("km", num(2.0))])
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        reply
            .html
            .contains(&format!("town-wide</b> · {}", esc(&town))),
        "{}",
        reply.html
    );
    let skipped = t_args(Lang::De, "bot-nearby-skipped", &[("count", num(1))])
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(reply.html.contains(&esc(&skipped)), "{}", reply.html);
    assert_eq!(reply.buttons.len(), 3);

    let nothing = view(&cat, &now, Lang::En).nearby(-33.9, 18.4);
    assert!(
        nothing
            .html
            .starts_with(&esc(&t(Lang::En, "bot-nearby-none"))),
        "{}",
        nothing.html
    );
}

#[test]
fn the_language_list_shows_each_language_in_its_own_name() {
    let cat = catalogue(Vec::new());
    let now = present::now();
    let reply = view(&cat, &now, Lang::De).languages();
    let labels: Vec<&str> = reply
        .buttons
        .iter()
        .flatten()
        .map(|b| b.label.as_str())
        .collect();
    assert_eq!(labels.len(), 9);
    assert!(labels.contains(&"Українська") && labels.contains(&"فارسی"));
}

#[test]
fn plain_text_keeps_links_and_numbers_the_buttons() {
    let reply = Reply {
        html:
            "<b>A &amp; B</b>\n🔗 <a href=\"https://x.example/de/offer/a?b=1&amp;c=2\">Webseite</a>"
                .into(),
        buttons: vec![
            vec![Button {
                label: "Details".into(),
                action: Action::Callback("o:a".into()),
            }],
            vec![Button {
                label: "Web".into(),
                action: Action::Url("https://x.example".into()),
            }],
        ],
        edit: false,
        ask_location: false,
    };
    assert_eq!(
        html_to_plain("<a href=\"https://x.example\">https://x.example</a>"),
        "https://x.example"
    );
    let plain = to_plain(&reply, 3);
    assert_eq!(
        plain,
        "A & B\n🔗 Webseite <https://x.example/de/offer/a?b=1&c=2>\n  [3] Details\n  [4] Web <https://x.example>"
    );
}

#[test]
fn url_buttons_only_point_to_public_web_sites() {
    assert!(is_public_web_url("https://www.telefonseelsorge.de"));
    assert!(is_public_web_url("http://musterstaedter-tafel.de/"));
    assert!(!is_public_web_url("http://127.0.0.1:8080/de/offer/x"));
    assert!(!is_public_web_url("http://localhost:8080/"));
    assert!(!is_public_web_url("mailto:a@b.de"));
}

#[test]
fn cutting_text_respects_characters_and_words() {
    assert_eq!(cut("kurz", 10), "kurz");
    assert_eq!(cut("eins zwei drei vier", 12), "eins zwei…");
    assert_eq!(cut_bytes("їжа", 3), "ї");
}

#[test]
fn left_to_right_offer_details_carry_no_stray_direction_marks_and_show_translated_labels() {
    let mut tafel = offer("tafel", "Tafel");
    tafel.hours = Some(Hours {
        slots: vec![Slot {
            days: vec![jiff::civil::Weekday::Tuesday],
            opens: jiff::civil::Time::constant(10, 0, 0, 0),
            closes: Some(jiff::civil::Time::constant(12, 0, 0, 0)),
            every: Rhythm::Week,
            label: Some("Neuanmeldung".into()),
        }],
        ..Hours::default()
    });
    tafel.translations.insert(
        Lang::Uk,
        Translation {
            review: Review::Draft,
            name: "Tafel".into(),
            summary: "s".into(),
            description: "d".into(),
            caveat: None,
            cost: None,
            bring: None,
            hours_note: None,
            address_note: None,
            accessibility: None,
            labels: [("Neuanmeldung".to_owned(), "Нова реєстрація".to_owned())].into(),
        },
    );
    let cat = catalogue(vec![tafel]);
    let now = present::now();
    let html = view(&cat, &now, Lang::Uk).details("tafel").html;
    assert!(html.contains("Нова реєстрація"), "{html}");
    assert!(html.contains("10:00–12:00"), "{html}");
    for mark in ['\u{2066}', '\u{2068}', '\u{2069}'] {
        assert!(!html.contains(mark), "{mark:?} in {html}");
    }
}

#[test]
fn offer_details_say_how_current_they_are_and_offer_a_way_to_report_a_mistake() {
    let catalogue = catalogue(vec![offer("wk-a", "Beratung A")]);
    let now: Zoned = "2026-12-03T10:00[Europe/Berlin]".parse().unwrap();
    let v = view(&catalogue, &now, Lang::De);
    let reply = v.details("wk-a");
    assert!(
        reply.html.contains("vom Anbieter noch nicht bestätigt"),
        "{}",
        reply.html
    );
    let report = reply
        .buttons
        .iter()
        .flatten()
        .find(|b| b.label.contains(&t(Lang::De, "report-link")))
        .expect("a report button");
    let Action::Callback(data) = &report.action else {
        panic!("a callback");
    };
    assert_eq!(Press::decode(data), Some(Press::Report("wk-a".into())));
    let how = v.report_how("wk-a");
    assert!(
        how.html
            .contains("https://lotse.example/de/offer/wk-a/report"),
        "{}",
        how.html
    );
    assert!(matches!(
        &how.buttons[0][0].action,
        Action::Url(u) if u == "https://lotse.example/de/offer/wk-a/report"
    ));
}
