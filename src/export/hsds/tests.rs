use std::collections::BTreeMap;

use jiff::civil::{Time, Weekday};

use super::*;
use crate::content::{
    Address, Contact, Hours, Location, Offer, Phone as ContentPhone, Review, Translation,
    Verification,
};

fn offer(id: &str) -> Offer {
    Offer {
        id: id.to_owned(),
        name: "Beratung".to_owned(),
        provider: "Träger e.V.".to_owned(),
        categories: vec!["debt-counselling".to_owned()],
        audience: Vec::new(),
        status: Status::Active,
        summary: "Kurz.".to_owned(),
        description: "Beratung bei Schulden.\n".to_owned(),
        caveat: None,
        cost: None,
        bring: None,
        languages: Vec::new(),
        accessibility: None,
        wheelchair: None,
        appointment: None,
        anonymous: None,
        crisis_line: false,
        address: None,
        location: None,
        contact: Contact::default(),
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

fn slot(days: &[Weekday], opens: (i8, i8), closes: Option<Time>, every: Rhythm) -> Slot {
    Slot {
        days: days.to_vec(),
        opens: Time::constant(opens.0, opens.1, 0, 0),
        closes,
        every,
        label: None,
    }
}

fn hours(slots: Vec<Slot>) -> Option<Hours> {
    Some(Hours {
        by_appointment: false,
        as_of: None,
        note: None,
        slots,
    })
}

fn service(offer: &Offer, lang: Lang) -> Service {
    Hsds::new(std::slice::from_ref(offer), lang).service(offer)
}

#[test]
fn ids_are_stable_name_based_uuids_distinct_per_kind() {
    let id = service_id("wk-tafel");
    assert_eq!(id, service_id("wk-tafel"));
    let parsed = Uuid::parse_str(&id).expect("a UUID");
    assert_eq!(parsed.get_version_num(), 5);
    assert_ne!(id, service_id("wk-tafel-kleiderkammer"));
    assert_ne!(id, organization_id("wk-tafel"));
    assert_eq!(organization_id(" Stadt "), organization_id("Stadt"));
    // A change of namespace or key scheme would change every published id.
    assert_eq!(
        service_id("wk-tafel"),
        Uuid::new_v5(&NAMESPACE, b"service:wk-tafel").to_string()
    );
}

#[test]
fn weekly_and_24_hour_slots_read_as_ical_weekly_rules() {
    let mut o = offer("a");
    o.hours = hours(vec![
        slot(
            &[Weekday::Monday, Weekday::Wednesday],
            (9, 0),
            Some(Time::constant(12, 30, 0, 0)),
            Rhythm::Week,
        ),
        slot(&[Weekday::Sunday], (0, 0), Some(Time::MAX), Rhythm::Week),
        slot(&[Weekday::Friday], (18, 0), None, Rhythm::Week),
    ]);
    let s = service(&o, Lang::De).schedules;
    assert_eq!(s.len(), 3);
    assert_eq!(s[0].freq, Some("WEEKLY"));
    assert_eq!(s[0].byday.as_deref(), Some("MO,WE"));
    assert_eq!(s[0].opens_at.as_deref(), Some("09:00"));
    assert_eq!(s[0].closes_at.as_deref(), Some("12:30"));
    assert_eq!(s[1].closes_at.as_deref(), Some("23:59"));
    assert_eq!(s[2].closes_at, None);
    assert!(s.iter().all(|x| x.service_id == service_id("a")));
    assert_ne!(s[0].id, s[1].id);
}

#[test]
fn monthly_rhythms_carry_the_week_of_the_month_and_odd_weeks_their_week_numbers() {
    let mut o = offer("a");
    o.hours = hours(vec![
        slot(
            &[Weekday::Tuesday],
            (15, 0),
            None,
            Rhythm::Month(vec![1, 3]),
        ),
        slot(&[Weekday::Friday], (10, 0), None, Rhythm::Month(vec![-1])),
        slot(&[Weekday::Wednesday], (14, 30), None, Rhythm::OddWeeks),
        slot(&[Weekday::Thursday], (14, 30), None, Rhythm::SecondWeek),
    ]);
    let s = service(&o, Lang::De).schedules;
    assert_eq!(s[0].freq, Some("MONTHLY"));
    assert_eq!(s[0].byday.as_deref(), Some("1TU,3TU"));
    assert_eq!(s[1].byday.as_deref(), Some("-1FR"));
    assert_eq!(s[2].freq, Some("WEEKLY"));
    let weeks = s[2].byweekno.as_deref().expect("odd weeks");
    assert!(
        weeks.starts_with("1,3,5,") && weeks.ends_with(",51,53"),
        "{weeks}"
    );
    assert_eq!(s[3].interval, Some(2));
    assert_eq!(s[3].byweekno, None);
}

#[test]
fn a_month_as_of_goes_into_the_notes_and_a_full_date_into_valid_from() {
    let mut o = offer("a");
    o.hours = hours(vec![slot(&[Weekday::Monday], (9, 0), None, Rhythm::Week)]);
    o.hours.as_mut().unwrap().as_of = Some("2023-07".into());
    let s = &service(&o, Lang::De).schedules[0];
    assert_eq!(s.valid_from, None);
    assert!(s.notes.as_deref().unwrap_or("").contains("2023"), "{s:?}");
    o.hours.as_mut().unwrap().as_of = Some("2023-07-14".into());
    let s = &service(&o, Lang::De).schedules[0];
    assert_eq!(s.valid_from.as_deref(), Some("2023-07-14"));
}

#[test]
fn hours_without_slots_are_a_schedule_of_notes_only_and_no_hours_none() {
    let mut o = offer("a");
    assert!(service(&o, Lang::De).schedules.is_empty());
    o.hours = Some(Hours {
        by_appointment: false,
        as_of: None,
        note: Some("Ausgabe freitags; die Uhrzeit ist nicht bekannt.".into()),
        slots: Vec::new(),
    });
    let s = service(&o, Lang::De).schedules;
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].freq, None);
    assert_eq!(s[0].opens_at, None);
    assert!(s[0].notes.as_deref().unwrap().contains("freitags"));
}

#[test]
fn assured_date_only_when_the_provider_confirmed() {
    let mut o = offer("a");
    assert_eq!(service(&o, Lang::De).fields.assured_date, None);
    let checked = service(&o, Lang::De)
        .attributes
        .into_iter()
        .find(|a| a.taxonomy_term.code == "lotse-checked")
        .and_then(|a| a.value);
    assert_eq!(checked.as_deref(), Some("2026-11-21"));
    o.verification.confirmed_by_provider = true;
    assert_eq!(
        service(&o, Lang::De).fields.assured_date.as_deref(),
        Some("2026-11-21")
    );
    o.verification.confirmed_on = Some("2026-12-01".into());
    assert_eq!(
        service(&o, Lang::De).fields.assured_date.as_deref(),
        Some("2026-12-01"),
        "the confirmation's own date wins over the editors' check"
    );
}

#[test]
fn status_maps_onto_hsds_values() {
    let mut o = offer("a");
    for (status, hsds) in [
        (Status::Active, "active"),
        (Status::Planned, "inactive"),
        (Status::TemporarilyClosed, "temporarily closed"),
        (Status::Ended, "defunct"),
        (Status::Unknown, "inactive"),
    ] {
        o.status = status;
        assert_eq!(service(&o, Lang::De).fields.status, hsds);
    }
}

#[test]
fn coordinates_only_for_a_building_or_street_and_unknown_address_parts_empty() {
    let mut o = offer("a");
    assert!(service(&o, Lang::De).service_at_locations.is_empty());
    o.address = Some(Address {
        street: None,
        postcode: None,
        city: "Burscheid".into(),
        district: Some("Hilgen".into()),
        note: Some("Adresse geheim".into()),
    });
    o.location = Some(Location {
        lat: 51.08,
        lon: 7.11,
        precision: Precision::Town,
        source: "Wikipedia".into(),
    });
    let sal = &service(&o, Lang::De).service_at_locations[0];
    assert_eq!(sal.location.latitude, None);
    assert_eq!(sal.location.description.as_deref(), Some("Adresse geheim"));
    let a = &sal.location.addresses[0];
    assert_eq!((a.city.as_str(), a.address_1.as_str()), ("Burscheid", ""));
    assert_eq!(a.address_2.as_deref(), Some("Hilgen"));
    assert_eq!((a.state_province.as_str(), a.country), ("", "DE"));
    o.location.as_mut().unwrap().precision = Precision::Building;
    let sal = &service(&o, Lang::De).service_at_locations[0];
    assert_eq!(sal.location.latitude, Some(51.08));
    assert_eq!(sal.location.longitude, Some(7.11));
}

#[test]
fn free_cost_texts_get_amount_zero_and_others_only_their_words() {
    let mut o = offer("a");
    assert!(service(&o, Lang::De).cost_options.is_empty());
    o.cost = Some("kostenlos".into());
    let c = &service(&o, Lang::De).cost_options[0];
    assert_eq!(
        (c.amount, c.amount_description.as_str()),
        (Some(0), "kostenlos")
    );
    o.cost = Some("20 Cent pro Anruf".into());
    let c = &service(&o, Lang::De).cost_options[0];
    assert_eq!(c.amount, None);
}

#[test]
fn translated_texts_in_the_requested_language_german_otherwise() {
    let mut o = offer("a");
    o.translations.insert(
        Lang::Ar,
        Translation {
            review: Review::Draft,
            name: "استشارة".into(),
            summary: "قصير".into(),
            description: "استشارة الديون".into(),
            caveat: None,
            cost: None,
            bring: None,
            hours_note: None,
            address_note: None,
            accessibility: None,
            labels: BTreeMap::new(),
        },
    );
    assert_eq!(service(&o, Lang::Ar).fields.name, "استشارة");
    assert_eq!(service(&o, Lang::Tr).fields.name, "Beratung");
    assert_eq!(
        service(&o, Lang::De).fields.description,
        "Beratung bei Schulden."
    );
}

#[test]
fn organizations_group_offers_by_provider() {
    let mut a = offer("a");
    let b = offer("b");
    let mut c = offer("c");
    a.provider = "Stadt".into();
    c.provider = "Stadt".into();
    let offers = [a, b, c];
    let orgs = Hsds::new(&offers, Lang::De).organizations();
    assert_eq!(orgs.len(), 2);
    let stadt = orgs.iter().find(|(o, _)| o.name == "Stadt").unwrap();
    assert_eq!(
        stadt.1.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(),
        ["a", "c"]
    );
    let found = Hsds::new(&offers, Lang::De)
        .organization(&organization_id("Stadt").to_uppercase())
        .expect("found in any case");
    assert_eq!(found.services.len(), 2);
}

#[test]
fn pages_count_from_one_and_a_page_past_the_end_is_empty() {
    let p = Page::of(0..5, 1, 2, |i| i);
    assert_eq!((p.total_items, p.total_pages, p.size), (5, 3, 2));
    assert!(p.first_page && !p.last_page && !p.empty);
    let p = Page::of(0..5, 3, 2, |i| i);
    assert_eq!(p.contents, [4]);
    assert!(p.last_page && !p.first_page);
    let p = Page::of(0..5, 9, 2, |i| i);
    assert!(p.empty && p.last_page && p.contents.is_empty());
    let p = Page::of(0..0, 1, 10, |i: i32| i);
    assert!(p.empty && p.first_page && p.last_page);
}

#[test]
fn every_field_of_every_row_is_a_column_of_its_table() {
    let mut o = offer("a");
    o.cost = Some("kostenlos".into());
    o.languages = vec!["de".into(), "ku".into()];
    o.contact.phones = vec![ContentPhone {
        display: "02196 1".into(),
        tel: "+4921961".into(),
        label: Some("Zentrale".into()),
    }];
    o.address = Some(Address {
        street: Some("Markt 1".into()),
        postcode: Some("42929".into()),
        city: "Musterstadt".into(),
        district: None,
        note: None,
    });
    o.accessibility = Some("Rampe".into());
    o.hours = hours(vec![slot(&[Weekday::Monday], (9, 0), None, Rhythm::Week)]);
    let rows = rows(&[o], Lang::De);
    for table in &TABLES {
        let rows = &rows[table.name];
        assert!(!rows.is_empty(), "{}: no row", table.name);
        for row in rows {
            for key in row.keys() {
                assert!(
                    table.columns.iter().any(|c| c.name == key),
                    "{}: `{key}` is no column",
                    table.name
                );
            }
            for c in table.columns.iter().filter(|c| c.required) {
                assert!(row.contains_key(c.name), "{}: no {}", table.name, c.name);
            }
        }
    }
}

#[test]
fn texts_from_the_ui_strings_carry_no_bidi_isolation_marks() {
    let mut o = offer("a");
    o.hours = hours(vec![slot(
        &[Weekday::Monday],
        (9, 0),
        Some(Time::constant(12, 0, 0, 0)),
        Rhythm::Week,
    )]);
    o.hours.as_mut().unwrap().as_of = Some("2023-07".into());
    for lang in Lang::ALL {
        let s = &service(&o, lang).schedules[0];
        let text = format!("{:?} {:?}", s.description, s.notes);
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{lang}: {text}");
        assert!(
            s.description.as_deref().unwrap().contains("12"),
            "{lang}: {text}"
        );
    }
}
