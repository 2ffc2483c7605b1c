//! The gazetteer (`content/places.toml`): the places readers name — the town, its districts, the
//! neighbouring towns and the county — with their spellings, postcodes and sourced centres.
//!
//! It answers two questions for everything above it: which place a text names ([`Gazetteer::find`]:
//! a name, a variant or a postcode, folded as search folds) and where a place's centre is (only when
//! a source states it; a place without one can be searched, never measured from). The file is
//! optional: a content folder without it keeps the places of its offers' addresses, unchecked.

use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::limits::Kind;
use super::problem::{FileProblems, Problem, msg};
use super::{Address, shape, taxonomy};
use crate::text::fold;

/// What a place is.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceKind {
    /// A town or municipality (Stadt, Gemeinde).
    Town,
    /// A part of a town (Ortsteil, Stadtteil).
    District,
    /// A county (Kreis).
    County,
}

impl PlaceKind {
    /// The id editors write.
    pub fn id(self) -> &'static str {
        match self {
            PlaceKind::Town => "town",
            PlaceKind::District => "district",
            PlaceKind::County => "county",
        }
    }

    fn from_id(id: &str) -> Option<PlaceKind> {
        [PlaceKind::Town, PlaceKind::District, PlaceKind::County]
            .into_iter()
            .find(|k| k.id() == id)
    }
}

/// A place's centre, as a source states it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Centre {
    pub lat: f64,
    pub lon: f64,
    /// Where the coordinates are stated (a URL, with what it says).
    pub source: String,
    /// When the source was read (YYYY-MM-DD).
    pub retrieved: String,
}

/// One place of the gazetteer.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Place {
    /// Lower-case letters, digits and hyphens (`near_place=<id>`).
    pub id: String,
    /// As it is written on a letter.
    pub name: String,
    pub kind: PlaceKind,
    /// For a district: the id of its town.
    pub within: Option<String>,
    /// Other spellings readers type.
    pub variants: Vec<String>,
    /// Five-digit postcodes a source states.
    pub postcodes: Vec<String>,
    /// The sourced centre, if a source gives one.
    pub centre: Option<Centre>,
}

impl Place {
    /// `true` if `text` is this place's name or one of its variants (folded).
    pub fn is_spelled(&self, text: &str) -> bool {
        self.is_spelled_folded(&fold(text.trim()))
    }

    /// [`Place::is_spelled`] for text already trimmed and folded.
    fn is_spelled_folded(&self, wanted: &str) -> bool {
        !wanted.is_empty()
            && std::iter::once(&self.name)
                .chain(&self.variants)
                .any(|s| fold(s) == wanted)
    }
}

/// Every place of `places.toml`, in file order.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Gazetteer {
    pub places: Vec<Place>,
}

impl Gazetteer {
    /// `true` if the content has no gazetteer.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// The place with this id.
    pub fn get(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }

    /// The place `text` spells: its name or a variant (case, accents and ä/ae do not matter).
    pub fn spelled(&self, text: &str) -> Option<&Place> {
        let wanted = fold(text.trim());
        self.places.iter().find(|p| p.is_spelled_folded(&wanted))
    }

    /// The place `text` names: a spelling, or a postcode. A postcode several places share (a town
    /// and its districts) stands for the town, the widest of them.
    pub fn find(&self, text: &str) -> Option<&Place> {
        if let Some(place) = self.spelled(text) {
            return Some(place);
        }
        let code = text.trim();
        let mut with = self
            .places
            .iter()
            .filter(|p| p.postcodes.iter().any(|c| c == code));
        let first = with.next()?;
        Some(
            std::iter::once(first)
                .chain(with)
                .find(|p| p.kind == PlaceKind::Town)
                .unwrap_or(first),
        )
    }

    /// Parses `places.toml`; `file` is the name used in problems.
    pub fn parse(file: &Path, source: &str, problems: &mut Vec<Problem>) -> Option<Gazetteer> {
        let mut p = FileProblems::new(file, source, problems);
        let before = p.count();
        let raw: RawGazetteer = shape::parse(Kind::Places, &mut p)?;
        let gazetteer = validate(raw, &mut p);
        (p.count() == before).then_some(gazetteer)
    }

    /// Reports an offer's address if its `city` or `district` is no place of the gazetteer, at the
    /// line of that field in the offer's file. `source` is the offer file's text.
    pub fn check_address(
        &self,
        file: &Path,
        source: &str,
        address: &Address,
        problems: &mut Vec<Problem>,
    ) {
        let mut p = FileProblems::new(file, source, problems);
        let fields = [
            ("address.city", Some(&address.city)),
            ("address.district", address.district.as_ref()),
        ];
        for (field, value) in fields {
            let Some(value) = value else { continue };
            if self.spelled(value).is_some() {
                continue;
            }
            let key = field.rsplit('.').next().unwrap_or(field);
            p.at(
                position_of_value(source, key, value),
                field,
                msg!(
                    "`{value}` steht nicht in places.toml: bitte den Ort dort eintragen oder die Schreibweise aus places.toml verwenden",
                    "`{value}` is not in places.toml: add the place there or use a spelling it lists"
                ),
            );
        }
    }
}

/// The byte offset of `key = "value"` in an offer file (for the line of a problem), else of the
/// quoted value, else 0.
fn position_of_value(source: &str, key: &str, value: &str) -> usize {
    let quoted = format!("\"{value}\"");
    source
        .match_indices(&quoted)
        .map(|(at, _)| at)
        .find(|&at| {
            let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
            source[line_start..at].trim_start().starts_with(key)
        })
        .or_else(|| source.find(&quoted))
        .unwrap_or(0)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGazetteer {
    place: Vec<Spanned<RawPlace>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    id: Spanned<String>,
    name: Spanned<String>,
    kind: Spanned<String>,
    within: Option<Spanned<String>>,
    #[serde(default)]
    variants: Vec<Spanned<String>>,
    #[serde(default)]
    postcodes: Vec<Spanned<String>>,
    postcodes_source: Option<Spanned<String>>,
    centre: Option<Spanned<RawCentre>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCentre {
    lat: Spanned<f64>,
    lon: Spanned<f64>,
    source: Option<Spanned<String>>,
    retrieved: Option<Spanned<String>>,
}

fn validate(raw: RawGazetteer, p: &mut FileProblems<'_>) -> Gazetteer {
    let mut places = Vec::new();
    // Every folded spelling with the place it belongs to, for duplicates across places.
    let mut spellings: Vec<(String, String)> = Vec::new();
    for (i, raw) in raw.place.into_iter().enumerate() {
        let raw = raw.into_inner();
        let field = |name: &str| format!("place[{i}].{name}");
        let id = raw.id.get_ref().trim().to_owned();
        if !taxonomy::is_valid_id(&id) {
            p.at(
                raw.id.span().start,
                field("id"),
                msg!(
                    "`{id}` ist keine Kennung: bitte nur Kleinbuchstaben, Ziffern und Bindestriche verwenden",
                    "`{id}` is no id: use lower-case letters, digits and hyphens"
                ),
            );
        } else if places.iter().any(|q: &Place| q.id == id) {
            p.at(
                raw.id.span().start,
                field("id"),
                msg!(
                    "die Kennung `{id}` gibt es schon",
                    "the id `{id}` is already used"
                ),
            );
        }
        let name = raw.name.get_ref().trim().to_owned();
        if name.is_empty() {
            p.at(
                raw.name.span().start,
                field("name"),
                msg!("darf nicht leer sein", "must not be empty"),
            );
        }
        let kind_text = raw.kind.get_ref().trim();
        let kind = PlaceKind::from_id(kind_text).unwrap_or_else(|| {
            p.at(
                raw.kind.span().start,
                field("kind"),
                msg!(
                    "unbekannte Art `{kind_text}` (bekannt: town, district, county)",
                    "unknown kind `{kind_text}` (known: town, district, county)"
                ),
            );
            PlaceKind::Town
        });
        let within = raw.within.map(|w| w.into_inner().trim().to_owned());

        let named = std::iter::once((raw.name.span().start, field("name"), name.clone()));
        let variants: Vec<(usize, String, String)> = raw
            .variants
            .into_iter()
            .enumerate()
            .map(|(j, v)| {
                (
                    v.span().start,
                    field(&format!("variants[{j}]")),
                    v.into_inner().trim().to_owned(),
                )
            })
            .collect();
        for (at, f, text) in named.chain(variants.iter().cloned()) {
            let folded = fold(&text);
            if folded.is_empty() {
                if !text.is_empty() || f.contains("variants") {
                    p.at(at, f, msg!("darf nicht leer sein", "must not be empty"));
                }
                continue;
            }
            match spellings.iter().find(|(s, _)| *s == folded) {
                Some((_, other)) if *other != id => p.at(
                    at,
                    f,
                    msg!(
                        "die Schreibweise `{text}` gehört schon zu `{other}`: eine Schreibweise darf nur einen Ort meinen",
                        "the spelling `{text}` already belongs to `{other}`: a spelling may name one place only"
                    ),
                ),
                Some(_) => {}
                None => spellings.push((folded, id.clone())),
            }
        }

        let mut postcodes = Vec::new();
        for (j, code) in raw.postcodes.iter().enumerate() {
            let text = code.get_ref().trim();
            if text.len() == 5 && text.bytes().all(|b| b.is_ascii_digit()) {
                postcodes.push(text.to_owned());
            } else {
                p.at(
                    code.span().start,
                    field(&format!("postcodes[{j}]")),
                    msg!(
                        "`{text}` ist keine Postleitzahl (erwartet: fünf Ziffern)",
                        "`{text}` is no postcode (expected five digits)"
                    ),
                );
            }
        }
        let postcodes_source = raw
            .postcodes_source
            .filter(|s| !s.get_ref().trim().is_empty());
        if !raw.postcodes.is_empty() && postcodes_source.is_none() {
            p.at(
                raw.postcodes[0].span().start,
                field("postcodes_source"),
                msg!(
                    "Postleitzahlen brauchen eine Quelle: bitte `postcodes_source` angeben (Adresse und Datum)",
                    "postcodes need a source: give `postcodes_source` (address and date)"
                ),
            );
        }

        let centre = raw.centre.and_then(|c| centre(c, &field("centre"), p));
        places.push(Place {
            id,
            name,
            kind,
            within,
            variants: variants
                .into_iter()
                .map(|(_, _, v)| v)
                .filter(|v| !v.is_empty())
                .collect(),
            postcodes,
            centre,
        });
    }
    // A district's town must be a town of the gazetteer.
    for (i, place) in places.iter().enumerate() {
        if let Some(within) = &place.within
            && !places
                .iter()
                .any(|t| t.id == *within && t.kind == PlaceKind::Town)
        {
            p.at(
                p.source()
                    .find(&format!("within = \"{within}\""))
                    .unwrap_or(0),
                format!("place[{i}].within"),
                msg!(
                    "`{within}` ist keine Stadt in places.toml",
                    "`{within}` is no town in places.toml"
                ),
            );
        }
    }
    Gazetteer { places }
}

fn centre(raw: Spanned<RawCentre>, field: &str, p: &mut FileProblems<'_>) -> Option<Centre> {
    let at = raw.span().start;
    let raw = raw.into_inner();
    let (lat, lon) = (*raw.lat.get_ref(), *raw.lon.get_ref());
    let mut ok = true;
    if !(-90.0..=90.0).contains(&lat) {
        p.at(
            raw.lat.span().start,
            format!("{field}.lat"),
            msg!(
                "{lat} ist keine geografische Breite (-90 bis 90)",
                "{lat} is not a latitude (-90 to 90)"
            ),
        );
        ok = false;
    }
    if !(-180.0..=180.0).contains(&lon) {
        p.at(
            raw.lon.span().start,
            format!("{field}.lon"),
            msg!(
                "{lon} ist keine geografische Länge (-180 bis 180)",
                "{lon} is not a longitude (-180 to 180)"
            ),
        );
        ok = false;
    }
    let source = raw
        .source
        .map(Spanned::into_inner)
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty());
    if source.is_none() {
        p.at(
            at,
            format!("{field}.source"),
            msg!(
                "ein Ortsmittelpunkt braucht eine Quelle: bitte `source` (Adresse) angeben oder den Mittelpunkt weglassen",
                "a centre needs a source: give `source` (its address) or leave the centre out"
            ),
        );
        ok = false;
    }
    let retrieved = match raw.retrieved {
        Some(r) if is_date(r.get_ref().trim()) => Some(r.into_inner().trim().to_owned()),
        Some(r) => {
            let text = r.get_ref().clone();
            p.at(
                r.span().start,
                format!("{field}.retrieved"),
                msg!(
                    "`{text}` ist kein Datum (erwartet: JJJJ-MM-TT)",
                    "`{text}` is no date (expected YYYY-MM-DD)"
                ),
            );
            None
        }
        None => {
            p.at(
                at,
                format!("{field}.retrieved"),
                msg!(
                    "bitte angeben, wann die Quelle gelesen wurde (`retrieved`, JJJJ-MM-TT)",
                    "say when the source was read (`retrieved`, YYYY-MM-DD)"
                ),
            );
            None
        }
    };
    match (ok, source, retrieved) {
        (true, Some(source), Some(retrieved)) => Some(Centre {
            lat,
            lon,
            source,
            retrieved,
        }),
        _ => None,
    }
}

fn is_date(text: &str) -> bool {
    text.parse::<jiff::civil::Date>().is_ok() && text.len() == 10
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[[place]]
id = "musterstadt"
name = "Musterstadt"
kind = "town"
variants = ["M'stadt", "MS"]
postcodes = ["12345"]
postcodes_source = "https://example.org/musterstadt"
[place.centre]
lat = 51.1
lon = 7.2
source = "https://example.org/musterstadt"
retrieved = "2026-12-03"

[[place]]
id = "adorf"
name = "Ädorf"
kind = "district"
within = "musterstadt"
postcodes = ["12345"]
postcodes_source = "https://example.org/adorf"
"#;

    fn parse(src: &str) -> (Option<Gazetteer>, Vec<Problem>) {
        let mut problems = Vec::new();
        let g = Gazetteer::parse(Path::new("places.toml"), src, &mut problems);
        (g, problems)
    }

    fn fields(problems: &[Problem]) -> Vec<(&str, &str, Option<usize>)> {
        problems
            .iter()
            .map(|p| (p.file.to_str().unwrap(), p.field.as_str(), p.line))
            .collect()
    }

    #[test]
    fn a_good_gazetteer_finds_names_variants_and_postcodes() {
        let (g, problems) = parse(GOOD);
        assert_eq!(problems, vec![]);
        let g = g.expect("valid");
        assert_eq!(
            g.find("musterstadt").map(|p| p.id.as_str()),
            Some("musterstadt")
        );
        assert_eq!(
            g.find(" m'stadt ").map(|p| p.id.as_str()),
            Some("musterstadt")
        );
        assert_eq!(g.find("Aedorf").map(|p| p.id.as_str()), Some("adorf"));
        // A postcode the town and its district share stands for the town.
        assert_eq!(g.find("12345").map(|p| p.id.as_str()), Some("musterstadt"));
        assert_eq!(g.find("54321"), None);
        assert_eq!(g.find(""), None);
        assert!(g.get("adorf").unwrap().centre.is_none());
        assert_eq!(
            g.get("musterstadt").unwrap().centre.as_ref().unwrap().lat,
            51.1
        );
    }

    #[test]
    fn a_centre_without_a_source_is_refused_at_its_line() {
        let src = GOOD.replace("\nsource = \"https://example.org/musterstadt\"\n", "\n");
        let (g, problems) = parse(&src);
        assert!(g.is_none());
        assert_eq!(
            fields(&problems),
            [("places.toml", "place[0].centre.source", Some(9))]
        );
    }

    #[test]
    fn coordinates_out_of_range_are_refused() {
        let src = GOOD
            .replace("lat = 51.1", "lat = 151.1")
            .replace("lon = 7.2", "lon = -190");
        let (g, problems) = parse(&src);
        assert!(g.is_none());
        assert_eq!(
            fields(&problems),
            [
                ("places.toml", "place[0].centre.lat", Some(10)),
                ("places.toml", "place[0].centre.lon", Some(11)),
            ]
        );
        assert!(problems[0].message.de.contains("Breite"), "{problems:?}");
    }

    #[test]
    fn a_spelling_of_two_places_is_refused() {
        let src = GOOD.replace("name = \"Ädorf\"", "name = \"Ädorf\"\nvariants = [\"ms\"]");
        let (g, problems) = parse(&src);
        assert!(g.is_none());
        assert_eq!(
            fields(&problems),
            [("places.toml", "place[1].variants[0]", Some(18))]
        );
        assert!(
            problems[0].message.en.contains("`musterstadt`"),
            "{problems:?}"
        );
    }

    #[test]
    fn an_unknown_kind_is_refused() {
        let src = GOOD.replace("kind = \"district\"", "kind = \"village\"");
        let (g, problems) = parse(&src);
        assert!(g.is_none());
        // The district's town check still passes; only the kind is wrong.
        assert_eq!(
            fields(&problems),
            [("places.toml", "place[1].kind", Some(18))]
        );
    }

    #[test]
    fn a_malformed_postcode_or_one_without_source_is_refused() {
        let src = GOOD.replace(
            "postcodes = [\"12345\"]\npostcodes_source = \"https://example.org/adorf\"\n",
            "postcodes = [\"1234X\"]\n",
        );
        let (g, problems) = parse(&src);
        assert!(g.is_none());
        assert_eq!(
            fields(&problems),
            [
                ("places.toml", "place[1].postcodes[0]", Some(20)),
                ("places.toml", "place[1].postcodes_source", Some(20)),
            ]
        );
    }

    #[test]
    fn an_offer_in_a_place_the_gazetteer_lacks_is_refused_at_its_field() {
        let (g, _) = parse(GOOD);
        let g = g.unwrap();
        let src = "name = \"x\"\n[address]\ncity = \"Musterstadt\"\ndistrict = \"Bedorf\"\n";
        let address = Address {
            street: None,
            postcode: None,
            city: "Musterstadt".into(),
            district: Some("Bedorf".into()),
            note: None,
        };
        let mut problems = Vec::new();
        g.check_address(Path::new("offers/x.toml"), src, &address, &mut problems);
        assert_eq!(
            fields(&problems),
            [("offers/x.toml", "address.district", Some(4))]
        );
        // A variant is a spelling of the place: accepted.
        let address = Address {
            city: "M'stadt".into(),
            district: None,
            ..address
        };
        let mut problems = Vec::new();
        g.check_address(Path::new("offers/x.toml"), src, &address, &mut problems);
        assert_eq!(problems, vec![]);
    }

    #[test]
    fn the_bundled_gazetteer_loads_and_every_centre_has_its_source() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let c = super::super::load(&dir).expect("the bundled content loads");
        let g = &c.gazetteer;
        assert!(g.places.len() >= 8);
        assert_eq!(
            g.find("Dabringhsn").map(|p| p.id.as_str()),
            Some("dabringhausen")
        );
        assert_eq!(g.find("dhuenn").map(|p| p.id.as_str()), Some("dhuenn"));
        // The town's postcode stands for the town (named by site.toml: no code names the town).
        assert_eq!(
            g.find("42929").map(|p| p.name.as_str()),
            Some(c.site.area.as_str())
        );
        assert_eq!(g.find("Hunger"), None, "a need, not a place");
        for p in &g.places {
            if let Some(c) = &p.centre {
                assert!(c.source.contains("http"), "{}", p.id);
            }
        }
    }
}
