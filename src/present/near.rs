//! Distances from where the reader is (`near=LAT,LON`): the one rule for the API, the web and the bot.
//!
//! A distance is only as precise as the offer's location: a town's centre says "about 3 km", never
//! "2.7 km". So each distance is rounded to a step its location's precision allows and carries that
//! precision, and offers without a sourced location follow those with one, in their ranked order:
//! listed, never hidden.

use crate::content::{Gazetteer, Offer, Place, PlaceKind, Precision};

/// Where the reader is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Origin {
    pub lat: f64,
    pub lon: f64,
    /// What the coordinates stand for: `None` for where the reader is (`near=`), a precision for a
    /// place's centre (`near_place=`), which bounds every distance measured from it: from "Dhünn" no
    /// offer is 300 m away, only "about 500 m".
    pub precision: Option<Precision>,
}

/// A `near_place` that is no place of the gazetteer with a sourced centre.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadPlace {
    #[error("near_place must be the id of a place in the gazetteer")]
    Unknown,
    #[error("no source states a centre for this place, so no distance can be measured from it")]
    NoCentre,
}

/// The centre of the gazetteer's place `id`, as an origin, with the place.
pub fn place_origin<'a>(
    gazetteer: &'a Gazetteer,
    id: &str,
) -> Result<(Origin, &'a Place), BadPlace> {
    let place = gazetteer.get(id.trim()).ok_or(BadPlace::Unknown)?;
    let centre = place.centre.as_ref().ok_or(BadPlace::NoCentre)?;
    let precision = match place.kind {
        PlaceKind::District => Precision::District,
        PlaceKind::Town | PlaceKind::County => Precision::Town,
    };
    Ok((
        Origin {
            lat: centre.lat,
            lon: centre.lon,
            precision: Some(precision),
        },
        place,
    ))
}

/// The places a reader may measure from: those with a sourced centre, in the gazetteer's order.
pub fn measurable_places(gazetteer: &Gazetteer) -> impl Iterator<Item = &Place> {
    gazetteer.places.iter().filter(|p| p.centre.is_some())
}

/// A `near` value that is not "latitude,longitude" in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("near must be latitude,longitude in decimal degrees, for example 51.14,7.21")]
pub struct BadOrigin;

impl Origin {
    /// Parses "51.14,7.21" (spaces allowed around the numbers).
    pub fn parse(text: &str) -> Result<Origin, BadOrigin> {
        let (lat, lon) = text.split_once(',').ok_or(BadOrigin)?;
        let number = |s: &str| {
            s.trim()
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or(BadOrigin)
        };
        let (lat, lon) = (number(lat)?, number(lon)?);
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            return Err(BadOrigin);
        }
        Ok(Origin {
            lat,
            lon,
            precision: None,
        })
    }
}

/// How far an offer is, as precisely as its location allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Distance {
    /// Straight-line metres, rounded to [`step_metres`] of the precision (at least one step: "0 m"
    /// would read as "here").
    pub metres: u32,
    /// What the offer's coordinates stand for.
    pub precision: Precision,
}

/// The rounding step for a location of this precision: a building or street to 100 m, a district's
/// centre to 500 m, a town's centre to a kilometre.
pub fn step_metres(precision: Precision) -> u32 {
    match precision {
        Precision::Building | Precision::Street => 100,
        Precision::District => 500,
        Precision::Town => 1000,
    }
}

/// The distance from `origin` to the offer's sourced location, if it has one; rounded to the
/// coarser of the two ends' precisions, which it then carries.
pub fn distance(origin: Origin, offer: &Offer) -> Option<Distance> {
    let loc = offer.location.as_ref()?;
    let km = super::distance_km(origin.lat, origin.lon, loc.lat, loc.lon);
    let precision = match origin.precision {
        Some(p) if step_metres(p) > step_metres(loc.precision) => p,
        _ => loc.precision,
    };
    let step = f64::from(step_metres(precision));
    let metres = ((km * 1000.0 / step).round() * step).max(step);
    Some(Distance {
        metres: metres.min(f64::from(u32::MAX)) as u32,
        precision,
    })
}

/// A distance in words' numbers: metres under a kilometre, whole kilometres where the rounding is
/// a kilometre, else kilometres to one decimal with the language's decimal sign ("2,5 km").
pub fn distance_text(d: Distance, lang: crate::lang::Lang) -> String {
    use crate::lang::Lang;
    if d.metres < 1000 {
        return format!("{} m", d.metres);
    }
    if d.metres.is_multiple_of(1000) {
        return format!("{} km", d.metres / 1000);
    }
    let text = format!("{:.1}", f64::from(d.metres) / 1000.0);
    if matches!(lang, Lang::En | Lang::Ar | Lang::Fa) {
        format!("{text} km")
    } else {
        format!("{} km", text.replace('.', ","))
    }
}

/// Sorts ranked items by distance: those with a location nearest first (equal distances keep their
/// rank), then those without one, in their ranked order.
pub fn by_distance<T>(
    items: Vec<T>,
    origin: Origin,
    offer_of: impl Fn(&T) -> &Offer,
) -> Vec<(T, Option<Distance>)> {
    let mut with: Vec<(T, Option<Distance>)> = items
        .into_iter()
        .map(|item| {
            let d = distance(origin, offer_of(&item));
            (item, d)
        })
        .collect();
    // A stable sort: `None` after every distance, ties in ranked order.
    with.sort_by_key(|(_, d)| d.map_or(u32::MAX as u64 + 1, |d| u64::from(d.metres)));
    with
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> crate::content::Catalogue {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        crate::content::load(&dir).expect("the bundled content loads")
    }

    #[test]
    fn only_latitude_and_longitude_in_range_are_an_origin() {
        assert_eq!(
            Origin::parse(" 51.14 , 7.21 "),
            Ok(Origin {
                lat: 51.14,
                lon: 7.21,
                precision: None,
            })
        );
        for bad in [
            "",
            "51.14",
            "51.14;7.21",
            "x,7",
            "91,7",
            "51,181",
            "NaN,7",
            "inf,7",
        ] {
            assert_eq!(Origin::parse(bad), Err(BadOrigin), "{bad:?}");
        }
    }

    #[test]
    fn a_distance_is_rounded_as_far_as_its_location_allows_and_never_zero() {
        let c = catalogue();
        let town = c
            .offers
            .iter()
            .find(|o| {
                o.location
                    .as_ref()
                    .is_some_and(|l| l.precision == Precision::Town)
            })
            .expect("an offer located by its town's centre");
        let loc = town.location.as_ref().unwrap();
        let here = Origin {
            lat: loc.lat,
            lon: loc.lon,
            precision: None,
        };
        let d = distance(here, town).unwrap();
        assert_eq!((d.metres, d.precision), (1000, Precision::Town));
        // About 2.7 km north: a town's centre says "3 km", not "2.7".
        let north = Origin {
            lat: loc.lat + 0.0243,
            lon: loc.lon,
            precision: None,
        };
        assert_eq!(distance(north, town).unwrap().metres, 3000);
    }

    #[test]
    fn offers_without_a_location_follow_in_their_ranked_order() {
        let c = catalogue();
        let located: Vec<&Offer> = c.offers.iter().filter(|o| o.location.is_some()).collect();
        let unlocated: Vec<&Offer> = c.offers.iter().filter(|o| o.location.is_none()).collect();
        assert!(located.len() >= 2 && unlocated.len() >= 2);
        let ranked = vec![unlocated[0], located[0], unlocated[1], located[1]];
        let origin = Origin {
            lat: 51.14,
            lon: 7.21,
            precision: None,
        };
        let sorted = by_distance(ranked, origin, |o| o);
        let ids: Vec<&str> = sorted.iter().map(|(o, _)| o.id.as_str()).collect();
        assert_eq!(
            &ids[2..],
            &[unlocated[0].id.as_str(), unlocated[1].id.as_str()]
        );
        assert!(sorted[0].1.unwrap().metres <= sorted[1].1.unwrap().metres);
        assert!(sorted[2].1.is_none() && sorted[3].1.is_none());
    }

    #[test]
    fn distances_read_as_precisely_as_they_are() {
        use crate::lang::Lang;
        let d = |metres, precision| Distance { metres, precision };
        assert_eq!(
            distance_text(d(300, Precision::Building), Lang::De),
            "300 m"
        );
        assert_eq!(
            distance_text(d(2500, Precision::District), Lang::De),
            "2,5 km"
        );
        assert_eq!(
            distance_text(d(2500, Precision::District), Lang::En),
            "2.5 km"
        );
        assert_eq!(distance_text(d(3000, Precision::Town), Lang::Tr), "3 km");
    }

    #[test]
    fn a_place_is_measured_from_its_sourced_centre_no_finer_than_it() {
        let c = catalogue();
        let (origin, place) = place_origin(&c.gazetteer, "dhuenn").expect("Dhünn has a centre");
        assert_eq!(place.name, "Dhünn");
        assert_eq!(origin.precision, Some(Precision::District));
        assert_eq!(
            place_origin(&c.gazetteer, "atlantis"),
            Err(BadPlace::Unknown)
        );
        assert_eq!(place_origin(&c.gazetteer, "tente"), Err(BadPlace::NoCentre));
        assert!(measurable_places(&c.gazetteer).all(|p| p.centre.is_some()));
        // An offer located to the building is still only "about" as near as the district's centre.
        let fine = c
            .offers
            .iter()
            .find(|o| {
                o.location
                    .as_ref()
                    .is_some_and(|l| step_metres(l.precision) < 500)
            })
            .expect("an offer located to its building or street");
        let d = distance(origin, fine).unwrap();
        assert_eq!(d.precision, Precision::District);
        assert_eq!(d.metres % 500, 0);
        // From the town's centre, Dabringhausen's offers come before Burscheid's.
        let (wk, _) = place_origin(&c.gazetteer, "dabringhausen").unwrap();
        let sorted = by_distance(c.offers.iter().collect(), wk, |o| *o);
        let at = |city: &str| {
            sorted
                .iter()
                .position(|(o, _)| o.address.as_ref().is_some_and(|a| a.city == city))
                .unwrap()
        };
        let dab = sorted
            .iter()
            .position(|(o, _)| {
                o.address
                    .as_ref()
                    .is_some_and(|a| a.district.as_deref() == Some("Dabringhausen"))
            })
            .unwrap();
        assert!(dab < at("Bergisch Gladbach"), "{dab}");
    }
}
