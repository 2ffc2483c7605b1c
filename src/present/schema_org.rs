//! An offer as schema.org JSON-LD (`Service`), so that search engines and assistants show the right
//! phone number and hours. Built from the same offer and the same rules as the page: only what the
//! content states, in the reader's language where a translation exists.

use serde_json::{Map, Value, json};

use crate::content::{Offer, Precision, Rhythm, Site, Slot};
use crate::lang::Lang;

/// The JSON-LD object of `offer` as shown at `page_url` in `lang`.
///
/// The type is `Service`: the content does not say which providers are public bodies, and
/// `GovernmentService` would claim that. Hours are only given for weekly slots: schema.org's
/// `OpeningHoursSpecification` has no "first Tuesday of the month" or "every other week", and an
/// engine that read such a slot as weekly would send people to a closed door.
pub fn offer(offer: &Offer, lang: Lang, page_url: &str, site: &Site) -> Value {
    let texts = offer.texts(lang);
    let mut service = Map::new();
    service.insert("@context".into(), json!("https://schema.org"));
    service.insert("@type".into(), json!("Service"));
    service.insert("@id".into(), json!(page_url));
    service.insert("url".into(), json!(page_url));
    service.insert("name".into(), json!(texts.name));
    service.insert("description".into(), json!(texts.summary));
    service.insert("inLanguage".into(), json!(texts.lang.code()));
    service.insert("provider".into(), provider(offer));
    service.insert("areaServed".into(), area_served(offer, site));
    if !offer.languages.is_empty() {
        service.insert("availableLanguage".into(), json!(offer.languages));
    }
    if let Some(phone) = offer.contact.phones.first() {
        service.insert("telephone".into(), json!(phone.tel));
    }
    if let Some(email) = &offer.contact.email {
        service.insert("email".into(), json!(email));
    }
    let hours = opening_hours(offer);
    if !hours.is_empty() {
        service.insert("hoursAvailable".into(), Value::Array(hours));
    }
    if offer.is_free() {
        service.insert("isAccessibleForFree".into(), json!(true));
    }
    if let Some(channel) = channel(offer) {
        service.insert("availableChannel".into(), channel);
    }
    Value::Object(service)
}

/// The text of a `<script type="application/ld+json">` element: the JSON with `<`, `>` and `&` escaped,
/// so that no text of the content can end the element or be read as markup.
pub fn script_text(value: &Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

fn provider(offer: &Offer) -> Value {
    let mut org = Map::new();
    org.insert("@type".into(), json!("Organization"));
    org.insert("name".into(), json!(offer.provider));
    if let Some(website) = &offer.contact.website {
        org.insert("url".into(), json!(website));
    }
    Value::Object(org)
}

/// Where the offer serves: the town of its address, else (a telephone line, an online service) the
/// site's whole area.
fn area_served(offer: &Offer, site: &Site) -> Value {
    let name = offer
        .address
        .as_ref()
        .map(|a| a.city.as_str())
        .unwrap_or(site.area.as_str());
    json!({ "@type": "AdministrativeArea", "name": name })
}

/// The weekly slots, each with `validFrom` set to the date of the hours where the content has one, so
/// that a reader of the data can see how old they are (the page says "Zeiten von Juli 2023").
fn opening_hours(offer: &Offer) -> Vec<Value> {
    let Some(hours) = &offer.hours else {
        return Vec::new();
    };
    hours
        .slots
        .iter()
        .filter(|s| s.every == Rhythm::Week)
        .map(|slot| opening_hours_of(slot, hours.as_of.as_deref()))
        .collect()
}

fn opening_hours_of(slot: &Slot, as_of: Option<&str>) -> Value {
    let days: Vec<String> = slot
        .days
        .iter()
        .map(|d| format!("https://schema.org/{}", day_name(*d)))
        .collect();
    let mut spec = Map::new();
    spec.insert("@type".into(), json!("OpeningHoursSpecification"));
    spec.insert("dayOfWeek".into(), json!(days));
    spec.insert("opens".into(), json!(hhmm(slot.opens)));
    if let Some(closes) = slot.closes {
        spec.insert("closes".into(), json!(hhmm(closes)));
    }
    if let Some(as_of) = as_of {
        // ISO 8601 with the precision the source gives ("2023-07"), never more.
        spec.insert("validFrom".into(), json!(as_of));
    }
    Value::Object(spec)
}

fn day_name(day: jiff::civil::Weekday) -> &'static str {
    use jiff::civil::Weekday::*;
    match day {
        Monday => "Monday",
        Tuesday => "Tuesday",
        Wednesday => "Wednesday",
        Thursday => "Thursday",
        Friday => "Friday",
        Saturday => "Saturday",
        Sunday => "Sunday",
    }
}

fn hhmm(t: jiff::civil::Time) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// How to reach the offer: its phone and, where it has one, its address.
fn channel(offer: &Offer) -> Option<Value> {
    let mut channel = Map::new();
    channel.insert("@type".into(), json!("ServiceChannel"));
    if let Some(phone) = offer.contact.phones.first() {
        channel.insert(
            "servicePhone".into(),
            json!({ "@type": "ContactPoint", "telephone": phone.tel }),
        );
    }
    if let Some(a) = &offer.address {
        let mut address = Map::new();
        address.insert("@type".into(), json!("PostalAddress"));
        if let Some(street) = &a.street {
            address.insert("streetAddress".into(), json!(street));
        }
        if let Some(postcode) = &a.postcode {
            address.insert("postalCode".into(), json!(postcode));
        }
        address.insert("addressLocality".into(), json!(a.city));
        address.insert("addressCountry".into(), json!("DE"));
        let mut place = Map::new();
        place.insert("@type".into(), json!("Place"));
        place.insert("address".into(), Value::Object(address));
        // Only a point on the building or its street: a district's or town's centre is no place to go.
        if let Some(loc) = offer
            .location
            .as_ref()
            .filter(|l| matches!(l.precision, Precision::Building | Precision::Street))
        {
            place.insert(
                "geo".into(),
                json!({ "@type": "GeoCoordinates", "latitude": loc.lat, "longitude": loc.lon }),
            );
        }
        channel.insert("serviceLocation".into(), Value::Object(place));
    }
    (channel.len() > 1).then_some(Value::Object(channel))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_text_cannot_end_its_element() {
        let v = json!({ "name": "</script><b>&" });
        let text = script_text(&v);
        assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
        let back: Value = serde_json::from_str(&text).expect("still JSON");
        assert_eq!(back, v);
    }
}
