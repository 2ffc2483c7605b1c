//! Distances from where the reader is (`near=LAT,LON`): the one rule for the API, the web and the bot.
//!
//! A distance is only as precise as the offer's location: a town's centre says "about 3 km", never
//! "2.7 km". So each distance is rounded to a step its location's precision allows and carries that
//! precision, and offers without a sourced location follow those with one, in their ranked order:
//! listed, never hidden.

use crate::content::{Offer, Precision};

/// Where the reader is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Origin {
    pub lat: f64,
    pub lon: f64,
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
        Ok(Origin { lat, lon })
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

/// The distance from `origin` to the offer's sourced location, if it has one.
pub fn distance(origin: Origin, offer: &Offer) -> Option<Distance> {
    let loc = offer.location.as_ref()?;
    let km = super::distance_km(origin.lat, origin.lon, loc.lat, loc.lon);
    let step = f64::from(step_metres(loc.precision));
    let metres = ((km * 1000.0 / step).round() * step).max(step);
    Some(Distance {
        metres: metres.min(f64::from(u32::MAX)) as u32,
        precision: loc.precision,
    })
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
                lon: 7.21
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
        };
        let d = distance(here, town).unwrap();
        assert_eq!((d.metres, d.precision), (1000, Precision::Town));
        // About 2.7 km north: a town's centre says "3 km", not "2.7".
        let north = Origin {
            lat: loc.lat + 0.0243,
            lon: loc.lon,
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
}
