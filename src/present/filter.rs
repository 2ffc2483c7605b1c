//! Filters readers and API clients combine with a query or a category: open now or today, free,
//! a spoken language, wheelchair access, anonymous, without an appointment, an audience, a place.
//!
//! The names are the same as page and API parameters (`open=now`, `free=1`, `lang_spoken=ar`,
//! `wheelchair=1`, `anonymous=1`, `no_appointment=1`, `audience=seniors`, `place=Dabringhausen`).
//! `wheelchair=1` keeps only offers whose sources say a wheelchair user gets in (`wheelchair = "yes"`):
//! an offer nobody has checked is not presumed accessible. "Open" uses the same
//! rule as every other claim about an open door ([`super::hours_claim`]): an offer whose hours are old
//! never passes `open=now`.

use jiff::Zoned;

use super::{HoursClaim, NextOpening, hours_claim};
use crate::content::{Appointment, Audience, Catalogue, Offer, OpenPhrases, Wheelchair};
use crate::text::fold;

/// `open=now` or `open=today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Open {
    Now,
    Today,
}

impl Open {
    /// The parameter value.
    pub fn id(self) -> &'static str {
        match self {
            Open::Now => "now",
            Open::Today => "today",
        }
    }
}

/// The filters of one request; the default keeps every offer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub open: Option<Open>,
    pub free: bool,
    /// A language spoken there, as the content writes it (`ar`, `ku`).
    pub lang_spoken: Option<String>,
    /// Only offers a source calls step-free ([`Wheelchair::Yes`]).
    pub wheelchair: bool,
    pub anonymous: bool,
    pub no_appointment: bool,
    pub audience: Option<Audience>,
    /// A town or district: the gazetteer's name for it, else as the offers' addresses spell it.
    pub place: Option<String>,
    /// The folded spellings of `place` an address may use (its name and the gazetteer's variants).
    pub place_spellings: Vec<String>,
    /// Whether the request chose about `open` itself (the form always sends it, "any time" empty): then
    /// words in the query ("offen heute") are searched, not turned into the filter, so that a reader who
    /// dropped the filter does not get it back. Not a filter of its own.
    pub open_chosen: bool,
}

/// A filter parameter with a value Lotse does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown value for the filter {name}")]
pub struct BadFilter {
    /// The parameter's name.
    pub name: &'static str,
}

/// The parameter names, in the order links write them.
pub const NAMES: [&str; 8] = [
    "open",
    "free",
    "lang_spoken",
    "wheelchair",
    "anonymous",
    "no_appointment",
    "audience",
    "place",
];

impl Filters {
    /// Reads the filters from request parameters. An absent or empty parameter is no filter; a flag is
    /// on for `1`/`true`/`on` (what a checkbox sends) and off for `0`/`false`; anything else, and a
    /// language, audience or place the catalogue does not have, is a [`BadFilter`].
    pub fn parse<'a>(
        get: impl Fn(&str) -> Option<&'a str>,
        catalogue: &Catalogue,
    ) -> Result<Filters, BadFilter> {
        let value = |name: &str| get(name).map(str::trim).filter(|v| !v.is_empty());
        let flag = |name: &'static str| match value(name) {
            None | Some("0" | "false") => Ok(false),
            Some("1" | "true" | "on") => Ok(true),
            Some(_) => Err(BadFilter { name }),
        };
        let open = match value("open") {
            None => None,
            Some("now") => Some(Open::Now),
            Some("today") => Some(Open::Today),
            Some(_) => return Err(BadFilter { name: "open" }),
        };
        let lang_spoken = match value("lang_spoken") {
            None => None,
            Some(tag) => Some(
                spoken_languages(catalogue)
                    .into_iter()
                    .find(|l| l.eq_ignore_ascii_case(tag))
                    .ok_or(BadFilter {
                        name: "lang_spoken",
                    })?,
            ),
        };
        let audience = match value("audience") {
            None => None,
            Some(id) => Some(Audience::from_id(id).ok_or(BadFilter { name: "audience" })?),
        };
        let place = match value("place") {
            None => None,
            Some(name) => Some(
                catalogue
                    .gazetteer
                    .find(name)
                    .map(|p| p.name.clone())
                    .or_else(|| {
                        let wanted = fold(name);
                        places(catalogue)
                            .iter()
                            .find(|p| fold(p) == wanted)
                            .cloned()
                    })
                    .ok_or(BadFilter { name: "place" })?,
            ),
        };
        let place_spellings = place
            .as_deref()
            .map(|p| spellings(catalogue, p))
            .unwrap_or_default();
        Ok(Filters {
            open,
            free: flag("free")?,
            lang_spoken,
            wheelchair: flag("wheelchair")?,
            anonymous: flag("anonymous")?,
            no_appointment: flag("no_appointment")?,
            audience,
            place,
            place_spellings,
            open_chosen: get("open").is_some(),
        })
    }

    /// `true` if no filter is set.
    pub fn is_empty(&self) -> bool {
        Filters {
            open_chosen: false,
            ..self.clone()
        } == Filters::default()
    }

    /// `true` if `offer` passes every filter at `now`.
    pub fn keeps(&self, offer: &Offer, now: &Zoned) -> bool {
        self.open.is_none_or(|open| is_open(offer, open, now))
            && (!self.free || offer.is_free())
            && self
                .lang_spoken
                .as_ref()
                .is_none_or(|l| offer.languages.iter().any(|o| o.eq_ignore_ascii_case(l)))
            && (!self.wheelchair || offer.wheelchair == Some(Wheelchair::Yes))
            && (!self.anonymous || offer.anonymous == Some(true))
            && (!self.no_appointment || offer.appointment == Some(Appointment::NotNeeded))
            && self.audience.is_none_or(|a| {
                offer.audience.contains(&a) || offer.audience.contains(&Audience::Everyone)
            })
            && self
                .place
                .as_ref()
                .is_none_or(|_| is_in(offer, &self.place_spellings))
    }

    /// Sets the place filter to `place` (a name [`place_query`] or [`places`] gave).
    pub fn set_place(&mut self, catalogue: &Catalogue, place: String) {
        self.place_spellings = spellings(catalogue, &place);
        self.place = Some(place);
    }

    /// The filters as query pairs, in [`NAMES`] order (for links that keep them).
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(open) = self.open {
            pairs.push(("open", open.id().to_owned()));
        }
        if self.free {
            pairs.push(("free", "1".to_owned()));
        }
        if let Some(l) = &self.lang_spoken {
            pairs.push(("lang_spoken", l.clone()));
        }
        if self.wheelchair {
            pairs.push(("wheelchair", "1".to_owned()));
        }
        if self.anonymous {
            pairs.push(("anonymous", "1".to_owned()));
        }
        if self.no_appointment {
            pairs.push(("no_appointment", "1".to_owned()));
        }
        if let Some(a) = self.audience {
            pairs.push(("audience", a.id().to_owned()));
        }
        if let Some(p) = &self.place {
            pairs.push(("place", p.clone()));
        }
        pairs
    }
}

/// What a filtered answer shows: the offers in order, each with what the search found for it.
#[derive(Debug)]
pub struct Selection<'a, T> {
    pub offers: Vec<(&'a Offer, Option<T>)>,
    /// How many of the search's results the filters left out.
    pub filtered_out: usize,
}

/// Whether a request browses the whole catalogue: it has no words but still asks for something,
/// filters or a place to measure from (`measured`). The rule of [`select`], for the web and the API.
pub fn browses(words_empty: bool, filters: &Filters, measured: bool) -> bool {
    words_empty && (!filters.is_empty() || measured)
}

/// Applies `filters` to a search's ranked `hits`. A request without words that still asks for
/// something (`browse`, see [`browses`]) browses the whole catalogue instead, as a
/// category does: active offers first, then by name. The web and the API both answer through this,
/// so a filter means the same everywhere.
pub fn select<'a, T>(
    filters: &Filters,
    catalogue: &'a Catalogue,
    browse: bool,
    hits: impl IntoIterator<Item = (&'a Offer, T)>,
    now: &Zoned,
) -> Selection<'a, T> {
    if browse {
        let mut offers: Vec<&Offer> = catalogue
            .offers
            .iter()
            .filter(|o| filters.keeps(o, now))
            .collect();
        offers.sort_by_key(|o| (!o.is_active(), o.name.to_lowercase()));
        return Selection {
            offers: offers.into_iter().map(|o| (o, None)).collect(),
            filtered_out: 0,
        };
    }
    let mut filtered_out = 0;
    let offers = hits
        .into_iter()
        .filter_map(|(offer, found)| {
            let keep = filters.keeps(offer, now);
            filtered_out += usize::from(!keep);
            keep.then_some((offer, Some(found)))
        })
        .collect();
    Selection {
        offers,
        filtered_out,
    }
}

fn is_open(offer: &Offer, open: Open, now: &Zoned) -> bool {
    match (hours_claim(offer, now), open) {
        (HoursClaim::Live(NextOpening::OpenNow { .. }), _) => true,
        (HoursClaim::Live(NextOpening::At(at)), Open::Today) => at.date() == now.date(),
        _ => false,
    }
}

/// `true` if the offer's address is in the place spelled one of `spellings` (folded): its town or
/// its district.
fn is_in(offer: &Offer, spellings: &[String]) -> bool {
    let named = |text: &str| spellings.contains(&fold(text));
    offer
        .address
        .as_ref()
        .is_some_and(|a| named(&a.city) || a.district.as_deref().is_some_and(named))
}

/// The folded spellings of the place named `place`: the gazetteer's name and variants, or the
/// name alone when the gazetteer does not list it.
fn spellings(catalogue: &Catalogue, place: &str) -> Vec<String> {
    match catalogue.gazetteer.spelled(place) {
        Some(p) => std::iter::once(&p.name)
            .chain(&p.variants)
            .map(|s| fold(s))
            .collect(),
        None => vec![fold(place)],
    }
}

/// The gazetteer's name for an address's city or district, else the text as written.
fn canonical(catalogue: &Catalogue, text: &str) -> String {
    catalogue
        .gazetteer
        .spelled(text)
        .map_or_else(|| text.to_owned(), |p| p.name.clone())
}

/// The place a whole query names, if it is nothing else: a town or district of the offers'
/// addresses ("Dabringhausen", "dabringhausen"), a spelling or postcode the gazetteer gives for
/// one ("Dabringhsn", "Dhuenn", "42929"), or a postcode of their addresses. Such a query means
/// "what is there", which words in the offers' texts cannot answer. A place where no offer is
/// ("Remscheid") stays a search: a filter would answer with nothing.
pub fn place_query(catalogue: &Catalogue, text: &str) -> Option<String> {
    let wanted = fold(text.trim());
    if wanted.is_empty() {
        return None;
    }
    let with_offers = places(catalogue);
    if let Some(place) = catalogue.gazetteer.find(text)
        && with_offers.contains(&place.name)
    {
        return Some(place.name.clone());
    }
    if let Some(place) = with_offers.iter().find(|p| fold(p) == wanted) {
        return Some(place.clone());
    }
    // A postcode stands for the town it belongs to in the offers' addresses.
    catalogue
        .offers
        .iter()
        .filter_map(|o| o.address.as_ref())
        .find(|a| a.postcode.as_deref() == Some(text.trim()))
        .map(|a| canonical(catalogue, &a.city))
}

/// What a query asks of the hours in words ("Tafel offen heute"): the filter those words mean, and the
/// query without them. The phrases are the thesaurus' `open_now` and `open_today` lists, matched as
/// whole folded words in their order, in any language (a reader may mix them). `None` when the query
/// has no such phrase, or nothing else: "offen heute" alone stays a search.
pub fn open_words(catalogue: &Catalogue, text: &str) -> Option<(Open, String)> {
    let words = crate::text::fold_words(text);
    // Every phrase needs something else beside it.
    if words.len() < 2 {
        return None;
    }
    let phrases = catalogue.derived.open_phrases(|| {
        let fold_all = |entries: &[crate::content::thesaurus::Entry]| {
            entries
                .iter()
                .map(|e| crate::text::fold_words(&e.text))
                .filter(|p| !p.is_empty())
                .collect()
        };
        OpenPhrases {
            now: fold_all(&catalogue.thesaurus.open_now),
            today: fold_all(&catalogue.thesaurus.open_today),
        }
    });
    for (open, list) in [(Open::Now, &phrases.now), (Open::Today, &phrases.today)] {
        for phrase in list {
            if phrase.len() >= words.len() {
                continue;
            }
            if let Some(at) = words
                .windows(phrase.len())
                .position(|w| w == phrase.as_slice())
            {
                let rest: Vec<&str> = words[..at]
                    .iter()
                    .chain(&words[at + phrase.len()..])
                    .map(String::as_str)
                    .collect();
                return Some((open, rest.join(" ")));
            }
        }
    }
    None
}

/// The languages spoken at any offer, as the content writes them, sorted.
pub fn spoken_languages(catalogue: &Catalogue) -> Vec<String> {
    let mut langs: Vec<String> = catalogue
        .offers
        .iter()
        .flat_map(|o| o.languages.iter().map(|l| l.to_lowercase()))
        .collect();
    langs.sort();
    langs.dedup();
    langs
}

/// The towns and districts of the offers' addresses (by the gazetteer's names), sorted; computed once
/// per catalogue (every results page asks, and each spelling is folded to be compared).
pub fn places(catalogue: &Catalogue) -> &[String] {
    catalogue.derived.places(|| {
        let mut places: Vec<String> = catalogue
            .offers
            .iter()
            .filter_map(|o| o.address.as_ref())
            .flat_map(|a| std::iter::once(&a.city).chain(&a.district))
            .map(|p| canonical(catalogue, p))
            .collect();
        places.sort();
        places.dedup();
        places
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn catalogue() -> Catalogue {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        crate::content::load(&dir).expect("the bundled content loads")
    }

    fn parse(pairs: &[(&str, &str)], c: &Catalogue) -> Result<Filters, BadFilter> {
        let map: HashMap<&str, &str> = pairs.iter().copied().collect();
        Filters::parse(|n| map.get(n).copied(), c)
    }

    #[test]
    fn words_that_ask_for_open_hours_become_the_open_filter_and_leave_the_need() {
        let c = catalogue();
        assert_eq!(
            open_words(&c, "Tafel offen heute"),
            Some((Open::Today, "tafel".to_owned()))
        );
        assert_eq!(
            open_words(&c, "food bank open now"),
            Some((Open::Now, "food bank".to_owned()))
        );
        assert_eq!(
            open_words(&c, "Сегодня открыто Тафель"),
            Some((Open::Today, "тафель".to_owned()))
        );
        assert_eq!(
            open_words(&c, "offen heute"),
            None,
            "nothing else to search"
        );
        assert_eq!(open_words(&c, "Tafel heute"), None);
        assert_eq!(open_words(&c, "offene Jugendarbeit heute"), None);
    }

    #[test]
    fn parameters_become_filters_and_unknown_values_are_refused() {
        let c = catalogue();
        assert!(parse(&[], &c).unwrap().is_empty());
        assert!(
            parse(&[("free", ""), ("open", " ")], &c)
                .unwrap()
                .is_empty()
        );
        let f = parse(
            &[
                ("free", "on"),
                ("lang_spoken", "AR"),
                ("place", "dabringhausen"),
            ],
            &c,
        )
        .unwrap();
        assert!(f.free);
        assert_eq!(f.lang_spoken.as_deref(), Some("ar"));
        assert_eq!(f.place.as_deref(), Some("Dabringhausen"));
        for (name, value) in [
            ("open", "tomorrow"),
            ("free", "yes please"),
            ("wheelchair", "ja"),
            ("lang_spoken", "xx"),
            ("audience", "aliens"),
            ("place", "Atlantis"),
        ] {
            let err = parse(&[(name, value)], &c).expect_err(value);
            assert_eq!(err.name, name);
        }
    }

    #[test]
    fn a_request_without_words_browses_only_when_it_asks_for_something() {
        let c = catalogue();
        let none = Filters::default();
        let free = parse(&[("free", "1")], &c).unwrap();
        assert!(!browses(true, &none, false));
        assert!(browses(true, &none, true));
        assert!(browses(true, &free, false));
        assert!(!browses(false, &free, true));
    }

    #[test]
    fn filters_keep_only_offers_that_state_the_fact() {
        let c = catalogue();
        let now = super::super::now();
        let kept = |pairs: &[(&str, &str)]| -> Vec<&Offer> {
            let f = parse(pairs, &c).unwrap();
            c.offers.iter().filter(|o| f.keeps(o, &now)).collect()
        };
        let free = kept(&[("free", "1")]);
        assert!(!free.is_empty() && free.iter().all(|o| o.is_free()));
        let arabic = kept(&[("lang_spoken", "ar")]);
        assert!(!arabic.is_empty());
        assert!(arabic.iter().all(|o| o.languages.iter().any(|l| l == "ar")));
        let anonymous = kept(&[("anonymous", "1")]);
        assert!(anonymous.iter().all(|o| o.anonymous == Some(true)));
        // Step-free only where a source says so; "partly" is not enough to promise a way in.
        let wheelchair = kept(&[("wheelchair", "1")]);
        assert!(!wheelchair.is_empty());
        assert!(
            wheelchair
                .iter()
                .all(|o| o.wheelchair == Some(Wheelchair::Yes) && o.accessibility.is_some())
        );
        assert!(wheelchair.len() < c.offers.len() / 4);
        let dab = kept(&[("place", "Dabringhausen")]);
        assert!(!dab.is_empty());
        assert!(
            dab.iter()
                .all(|o| o.address.as_ref().unwrap().district.as_deref() == Some("Dabringhausen"))
        );
        // Every offer's hours are older than a year, or undated: nothing may claim to be open now.
        for o in kept(&[("open", "now")]) {
            assert_eq!(hours_claim(o, &now).open_now(), Some(true), "{}", o.id);
        }
        assert_eq!(
            place_query(&c, " dabringhausen ").as_deref(),
            Some("Dabringhausen")
        );
        let postcode = c
            .offers
            .iter()
            .find_map(|o| o.address.as_ref()?.postcode.clone())
            .unwrap();
        assert!(place_query(&c, &postcode).is_some());
        assert_eq!(place_query(&c, "Tafel"), None);
        let f = parse(&[("free", "1"), ("anonymous", "1")], &c).unwrap();
        assert_eq!(
            f.pairs(),
            vec![("free", "1".to_owned()), ("anonymous", "1".to_owned())]
        );
    }

    #[test]
    fn variants_and_postcodes_of_the_gazetteer_find_the_offers_there() {
        let c = catalogue();
        for typed in ["Dabringhsn", "DABRINGHAUSEN", "dabringhausn"] {
            assert_eq!(
                place_query(&c, typed).as_deref(),
                Some("Dabringhausen"),
                "{typed}"
            );
            let f = parse(&[("place", typed)], &c).unwrap();
            assert_eq!(f.place.as_deref(), Some("Dabringhausen"));
        }
        // The town itself (named by site.toml: no code names the town).
        let town = Some(c.site.area.as_str());
        assert_eq!(place_query(&c, "W'kirchen").as_deref(), town);
        assert_eq!(place_query(&c, "42929").as_deref(), town);
        // A place of the gazetteer where no offer is stays a search, and a need stays a need.
        assert_eq!(place_query(&c, "Remscheid"), None);
        assert_eq!(place_query(&c, "Hunger"), None);
        // The filter of a place keeps the offers whose address spells it in any listed way.
        let now = super::super::now();
        let mut f = Filters::default();
        f.set_place(&c, "Bergisch Gladbach".to_owned());
        let mut offer = c
            .offers
            .iter()
            .find(|o| {
                o.address
                    .as_ref()
                    .is_some_and(|a| a.city == "Bergisch Gladbach")
            })
            .unwrap()
            .clone();
        assert!(f.keeps(&offer, &now));
        offer.address.as_mut().unwrap().city = "Berg. Gladbach".to_owned();
        assert!(f.keeps(&offer, &now), "a variant in the address");
        offer.address.as_mut().unwrap().city = "Burscheid".to_owned();
        assert!(!f.keeps(&offer, &now));
        // A place of the gazetteer is a known filter even where no offer is (an honest empty list).
        assert_eq!(
            parse(&[("place", "remscheid")], &c)
                .unwrap()
                .place
                .as_deref(),
            Some("Remscheid")
        );
    }
}
