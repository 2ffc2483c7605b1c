//! Places: the gazetteer's spellings and postcodes as queries and filters, and "near me" from a
//! place's sourced centre on the results page and in the API (the web tests' harness).

use axum::http::StatusCode;
use lotse::i18n::{arg, t, t_args};
use lotse::lang::Lang;
use scraper::Html;

use crate::web::{Site, attrs, card_offers, texts};

/// The ids of the API's results and their distances.
fn distances(body: &serde_json::Value) -> Vec<(String, Option<u64>, Option<String>)> {
    body["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_owned(),
                r["distance_m"].as_u64(),
                r["distance_precision"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_variant_or_a_postcode_of_the_gazetteer_finds_the_offers_there() {
    let site = Site::new();
    for q in ["Dabringhsn", "dabringhausn"] {
        let doc = site
            .get(&format!("/de/search?q={q}"))
            .await
            .expect(StatusCode::OK)
            .html();
        assert_eq!(
            card_offers(&doc),
            ["wk-jugendtreff-dabringhausen"],
            "{q}: the one offer in Dabringhausen"
        );
        assert_eq!(
            attrs(&doc, "select[name=place] option[selected]", "value"),
            ["Dabringhausen"],
            "{q}: shown as the place filter, by its name"
        );
    }
    let body = site
        .get("/api/v1/search?q=42929&lang=de&limit=50")
        .await
        .expect(StatusCode::OK)
        .json();
    let ids: Vec<String> = distances(&body).into_iter().map(|(id, _, _)| id).collect();
    assert!(ids.contains(&"wk-tafel".to_owned()), "{body}");
    assert!(
        !ids.contains(&"bur-tafel".to_owned()),
        "Burscheid is not 42929: {body}"
    );
    let filtered = site
        .get("/api/v1/search?q=Tafel&lang=de&place=W%27kirchen")
        .await
        .expect(StatusCode::OK)
        .json();
    let ids: Vec<String> = distances(&filtered)
        .into_iter()
        .map(|(id, _, _)| id)
        .collect();
    assert!(
        ids.contains(&"wk-tafel".to_owned()) && !ids.contains(&"bur-tafel".to_owned()),
        "{filtered}"
    );
}

#[tokio::test]
async fn the_api_sorts_by_distance_from_a_places_centre_never_finer_than_it() {
    let site = Site::new();
    let body = site
        .get("/api/v1/search?q=Tafel&lang=de&near_place=burscheid")
        .await
        .expect(StatusCode::OK)
        .json();
    let d = distances(&body);
    assert_eq!(d[0].0, "bur-tafel", "{body}");
    let located = d.iter().take_while(|(_, m, _)| m.is_some()).count();
    assert!(located >= 2, "{body}");
    assert!(d[..located].windows(2).all(|w| w[0].1 <= w[1].1), "{d:?}");
    assert!(d[located..].iter().all(|(_, m, _)| m.is_none()), "{d:?}");
    // A town's centre: every distance is to the kilometre and says so.
    assert!(
        d[..located]
            .iter()
            .all(|(_, m, p)| m.unwrap() % 1000 == 0 && p.as_deref() == Some("town")),
        "{d:?}"
    );
    // From Dhünn (a district), the order changes: Wermelskirchen's food bank before Burscheid's.
    let dhuenn = distances(
        &site
            .get("/api/v1/search?q=Tafel&lang=de&near_place=dhuenn")
            .await
            .expect(StatusCode::OK)
            .json(),
    );
    let at = |id: &str| dhuenn.iter().position(|(i, _, _)| i == id).unwrap();
    assert!(at("wk-tafel") < at("bur-tafel"), "{dhuenn:?}");
    for (uri, code) in [
        (
            "/api/v1/search?q=Tafel&near_place=atlantis",
            "unknown_near_place",
        ),
        (
            "/api/v1/search?q=Tafel&near_place=tente",
            "near_place_without_centre",
        ),
        (
            "/api/v1/search?q=Tafel&near_place=dhuenn&near=51.1,7.2",
            "bad_near_place",
        ),
    ] {
        let body = site.get(uri).await.expect(StatusCode::BAD_REQUEST).json();
        assert_eq!(body["error"]["code"], code, "{uri}: {body}");
    }
}

#[tokio::test]
async fn the_results_page_sorts_by_a_chosen_place_without_javascript_and_says_how_far() {
    let site = Site::new();
    let plain = site
        .get("/de/search?q=Tafel")
        .await
        .expect(StatusCode::OK)
        .html();
    // A GET form choosing a place with a sourced centre; a place without one is not offered.
    let options = attrs(&plain, "form.near select[name=near_place] option", "value");
    assert!(options.contains(&"dhuenn".to_owned()), "{options:?}");
    assert!(!options.contains(&"tente".to_owned()), "{options:?}");
    assert_eq!(attrs(&plain, "form.near input[name=q]", "value"), ["Tafel"]);
    assert!(
        texts(&plain, "li.distance").is_empty(),
        "no distance unasked"
    );

    let doc = site
        .get("/de/search?q=Tafel&near_place=burscheid")
        .await
        .expect(StatusCode::OK)
        .html();
    let cards = card_offers(&doc);
    assert_eq!(cards[0], "bur-tafel", "{cards:?}");
    assert_ne!(cards, card_offers(&plain), "the order follows the place");
    let first = texts(&doc, "ol.cards > li.card:first-child li.distance");
    assert_eq!(first.len(), 1, "{first:?}");
    assert!(
        first[0].contains("1 km") && first[0].contains("Burscheid"),
        "{first:?}"
    );
    assert_eq!(
        attrs(&doc, "form.near option[selected]", "value"),
        ["burscheid"]
    );
    // The filter form keeps the place measured from.
    assert_eq!(
        attrs(&doc, "details.filters input[name=near_place]", "value"),
        ["burscheid"]
    );
    site.get("/de/search?q=Tafel&near_place=atlantis")
        .await
        .expect(StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn near_me_is_labelled_in_every_language_and_right_to_left_where_it_belongs() {
    let site = Site::new();
    for lang in Lang::ALL {
        let doc: Html = site
            .get(&format!(
                "/{}/search?q=Tafel&near_place=burscheid",
                lang.code()
            ))
            .await
            .expect(StatusCode::OK)
            .html();
        let label = texts(&doc, "form.near label");
        assert_eq!(label, [t(lang, "near-from")], "{}", lang.code());
        let first = texts(&doc, "ol.cards > li.card:first-child li.distance");
        // Burscheid's food bank, measured from Burscheid's centre: the sentence of the page's
        // language, with the distance to the kilometre a town's centre allows.
        let wanted = t_args(
            lang,
            "near-distance",
            &[("distance", arg("1 km")), ("place", arg("Burscheid"))],
        );
        assert_eq!(first, [wanted], "{}", lang.code());
        if matches!(lang, Lang::Ar | Lang::Fa) {
            assert_eq!(attrs(&doc, "html", "dir"), ["rtl"]);
            // The German place names keep their own direction inside the right-to-left page.
            assert!(attrs(&doc, "form.near option[value=dhuenn]", "dir") == ["ltr"]);
        }
    }
}
