//! The validated catalogue: what the rest of Lotse works with.
//!
//! These types can only be produced by [`super::load`] (or read back from an index generation's snapshot,
//! which was written from them), so every value here has passed validation: category ids exist, phone
//! numbers are dialable, times are real times.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// An offer's id: its file name without `.toml` (lower-case ASCII letters, digits and hyphens).
pub type OfferId = String;

/// One offer of the directory.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Offer {
    pub id: OfferId,
    pub name: String,
    pub provider: String,
    /// Category ids from the taxonomy, most important first.
    pub categories: Vec<String>,
    pub audience: Vec<Audience>,
    pub status: Status,
    pub summary: String,
    pub description: String,
    pub caveat: Option<String>,
    pub cost: Option<String>,
    /// What to bring (papers, proof of need), only where a source says so.
    pub bring: Option<String>,
    /// Languages spoken in counselling (BCP 47 tags as written).
    pub languages: Vec<String>,
    pub accessibility: Option<String>,
    /// Whether a wheelchair user gets in, where a source says so (`accessibility` says how).
    #[serde(default)]
    pub wheelchair: Option<Wheelchair>,
    pub appointment: Option<Appointment>,
    pub anonymous: Option<bool>,
    /// Shown in the crisis banner.
    pub crisis_line: bool,
    pub address: Option<Address>,
    pub location: Option<Location>,
    pub contact: Contact,
    pub hours: Option<Hours>,
    pub verification: Verification,
    /// Translations of the texts, keyed by language (never German, the source).
    pub translations: BTreeMap<Lang, Translation>,
}

/// The localized texts of an offer in one language, with where they came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Texts<'a> {
    pub name: &'a str,
    pub summary: &'a str,
    pub description: &'a str,
    pub caveat: Option<&'a str>,
    pub cost: Option<&'a str>,
    /// The language the texts are really in (German when no translation exists).
    pub lang: Lang,
    /// The review status of a translation; `None` for the German source.
    pub review: Option<Review>,
}

impl Offer {
    /// The texts to show a reader of `lang`: the translation if there is one, else the German source.
    pub fn texts(&self, lang: Lang) -> Texts<'_> {
        match self.translations.get(&lang) {
            Some(t) if lang != Lang::De => Texts {
                name: &t.name,
                summary: &t.summary,
                description: &t.description,
                caveat: t.caveat.as_deref().or(self.caveat.as_deref()),
                cost: t.cost.as_deref().or(self.cost.as_deref()),
                lang,
                review: Some(t.review),
            },
            _ => Texts {
                name: &self.name,
                summary: &self.summary,
                description: &self.description,
                caveat: self.caveat.as_deref(),
                cost: self.cost.as_deref(),
                lang: Lang::De,
                review: None,
            },
        }
    }

    /// The translation for `lang`, if there is one (German is the source, never a translation).
    fn translation(&self, lang: Lang) -> Option<&Translation> {
        if lang == Lang::De {
            None
        } else {
            self.translations.get(&lang)
        }
    }

    /// Picks the translated text if `pick` finds one for `lang`, else the German `source`.
    fn localized<'a>(
        &'a self,
        lang: Lang,
        source: Option<&'a str>,
        pick: impl Fn(&'a Translation) -> Option<&'a str>,
    ) -> Option<InLang<'a>> {
        let source = source?;
        Some(match self.translation(lang).and_then(pick) {
            Some(text) => InLang { text, lang },
            None => InLang {
                text: source,
                lang: Lang::De,
            },
        })
    }

    /// The note on the opening hours for a reader of `lang`.
    pub fn hours_note(&self, lang: Lang) -> Option<InLang<'_>> {
        let source = self.hours.as_ref().and_then(|h| h.note.as_deref());
        self.localized(lang, source, |t| t.hours_note.as_deref())
    }

    /// The note on the address for a reader of `lang`.
    pub fn address_note(&self, lang: Lang) -> Option<InLang<'_>> {
        let source = self.address.as_ref().and_then(|a| a.note.as_deref());
        self.localized(lang, source, |t| t.address_note.as_deref())
    }

    /// What to bring, for a reader of `lang`.
    pub fn bring_text(&self, lang: Lang) -> Option<InLang<'_>> {
        self.localized(lang, self.bring.as_deref(), |t| t.bring.as_deref())
    }

    /// What the offer says about accessibility, for a reader of `lang`.
    pub fn accessibility_text(&self, lang: Lang) -> Option<InLang<'_>> {
        self.localized(lang, self.accessibility.as_deref(), |t| {
            t.accessibility.as_deref()
        })
    }

    /// A slot's or phone number's German `label`, translated for `lang` where the content has it.
    pub fn label<'a>(&'a self, lang: Lang, label: &'a str) -> InLang<'a> {
        self.localized(lang, Some(label), |t| {
            t.labels.get(label).map(String::as_str)
        })
        .unwrap_or(InLang {
            text: label,
            lang: Lang::De,
        })
    }

    /// Every slot and phone label the offer has (the keys `[i18n.xx] labels` may translate).
    pub fn labels(&self) -> impl Iterator<Item = &str> {
        let slots = self.hours.iter().flat_map(|h| &h.slots);
        slots.filter_map(|s| s.label.as_deref()).chain(
            self.contact
                .phones
                .iter()
                .filter_map(|p| p.label.as_deref()),
        )
    }

    /// `true` if the German cost text says the offer costs nothing ("kostenlos", "kostenfrei", "Der
    /// Anruf kostet nichts.") and names no price. Read from the editors' words, so an offer without a
    /// cost text is never claimed to be free.
    pub fn is_free(&self) -> bool {
        let Some(cost) = self.cost.as_deref() else {
            return false;
        };
        let cost = cost.to_lowercase();
        let says_free = [
            "kostenlos",
            "kostenfrei",
            "gratis",
            "kostet nichts",
            "gebührenfrei",
        ]
        .iter()
        .any(|w| cost.contains(w));
        let names_a_price = cost.contains('€') || cost.contains("cent") || cost.contains("euro");
        says_free && !names_a_price
    }

    /// `true` if the offer is open to everyone (not only to a group such as women or children).
    pub fn is_for_everyone(&self) -> bool {
        self.audience
            .iter()
            .any(|a| matches!(a, Audience::Everyone | Audience::Adults))
    }

    /// `true` if people can use the offer now (not planned, closed or ended).
    pub fn is_active(&self) -> bool {
        self.status == Status::Active
    }

    /// The newest date any of the offer's sources shows, as `YYYY[-MM[-DD]]`.
    pub fn newest_source_date(&self) -> Option<&str> {
        self.verification
            .sources
            .iter()
            .filter_map(|s| s.date.as_deref())
            .max()
    }
}

/// Whether an offer can be used.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Active,
    Planned,
    TemporarilyClosed,
    Ended,
    /// Not confirmed whether the offer still exists: shown with a note, ranked below active offers,
    /// never hidden.
    Unknown,
}

impl Status {
    /// Every status, in the order files document them.
    pub const ALL: [Status; 5] = [
        Status::Active,
        Status::Planned,
        Status::TemporarilyClosed,
        Status::Ended,
        Status::Unknown,
    ];

    /// The id used in files and the API.
    pub fn id(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Planned => "planned",
            Status::TemporarilyClosed => "temporarily-closed",
            Status::Ended => "ended",
            Status::Unknown => "unknown",
        }
    }

    /// Parses a status id.
    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Who an offer is for. The ids are what editors write.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    Everyone,
    Children,
    Youth,
    YoungAdults,
    Parents,
    Families,
    Adults,
    Women,
    Girls,
    Men,
    #[serde(rename = "50plus")]
    FiftyPlus,
    Seniors,
    Caregivers,
    Migrants,
    Refugees,
    Disabilities,
    LowIncome,
    Homeless,
    Relatives,
    Professionals,
}

impl Audience {
    /// Every audience, in the order the README lists them.
    pub const ALL: [Audience; 20] = [
        Audience::Everyone,
        Audience::Children,
        Audience::Youth,
        Audience::YoungAdults,
        Audience::Parents,
        Audience::Families,
        Audience::Adults,
        Audience::Women,
        Audience::Girls,
        Audience::Men,
        Audience::FiftyPlus,
        Audience::Seniors,
        Audience::Caregivers,
        Audience::Migrants,
        Audience::Refugees,
        Audience::Disabilities,
        Audience::LowIncome,
        Audience::Homeless,
        Audience::Relatives,
        Audience::Professionals,
    ];

    /// The id editors write (and the suffix of its localized label, `audience-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Audience::Everyone => "everyone",
            Audience::Children => "children",
            Audience::Youth => "youth",
            Audience::YoungAdults => "young-adults",
            Audience::Parents => "parents",
            Audience::Families => "families",
            Audience::Adults => "adults",
            Audience::Women => "women",
            Audience::Girls => "girls",
            Audience::Men => "men",
            Audience::FiftyPlus => "50plus",
            Audience::Seniors => "seniors",
            Audience::Caregivers => "caregivers",
            Audience::Migrants => "migrants",
            Audience::Refugees => "refugees",
            Audience::Disabilities => "disabilities",
            Audience::LowIncome => "low-income",
            Audience::Homeless => "homeless",
            Audience::Relatives => "relatives",
            Audience::Professionals => "professionals",
        }
    }

    /// Parses an audience id.
    pub fn from_id(id: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|a| a.id() == id)
    }
}

/// Whether a wheelchair user gets in: what a source states about the entrance and the rooms used.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Wheelchair {
    /// Step-free entrance and rooms (a ramp or a lift counts).
    Yes,
    /// Some of it: a step at the door, only one floor.
    Partly,
    /// Not without help.
    No,
}

impl Wheelchair {
    /// Every value, in the order editors read them.
    pub const ALL: [Wheelchair; 3] = [Wheelchair::Yes, Wheelchair::Partly, Wheelchair::No];

    /// The id editors write.
    pub fn id(self) -> &'static str {
        match self {
            Wheelchair::Yes => "yes",
            Wheelchair::Partly => "partly",
            Wheelchair::No => "no",
        }
    }

    /// Parses an id.
    pub fn from_id(id: &str) -> Option<Wheelchair> {
        Wheelchair::ALL.into_iter().find(|w| w.id() == id)
    }
}

/// Whether an appointment is needed.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Appointment {
    Required,
    Recommended,
    NotNeeded,
}

impl Appointment {
    /// Every value, in the order editors read them.
    pub const ALL: [Appointment; 3] = [
        Appointment::Required,
        Appointment::Recommended,
        Appointment::NotNeeded,
    ];

    /// Parses an id.
    pub fn from_id(id: &str) -> Option<Appointment> {
        Appointment::ALL.into_iter().find(|a| a.id() == id)
    }

    /// The id editors write.
    pub fn id(self) -> &'static str {
        match self {
            Appointment::Required => "required",
            Appointment::Recommended => "recommended",
            Appointment::NotNeeded => "not-needed",
        }
    }
}

/// A postal address; only what a source states.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Address {
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: String,
    pub district: Option<String>,
    pub note: Option<String>,
}

impl Address {
    /// The address on one line, as it is written on a letter.
    pub fn one_line(&self) -> String {
        let mut parts = Vec::new();
        if let Some(street) = &self.street {
            parts.push(street.clone());
        }
        let place = match (&self.postcode, &self.district) {
            (Some(pc), Some(d)) => format!("{pc} {} ({d})", self.city),
            (Some(pc), None) => format!("{pc} {}", self.city),
            (None, Some(d)) => format!("{} ({d})", self.city),
            (None, None) => self.city.clone(),
        };
        parts.push(place);
        parts.join(", ")
    }

    /// `true` if a street is known (only then is a map search meaningful).
    pub fn has_street(&self) -> bool {
        self.street.is_some()
    }
}

/// Coordinates with how precise they are and where they come from.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Location {
    pub lat: f64,
    pub lon: f64,
    pub precision: Precision,
    pub source: String,
}

/// How precise a location is.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Precision {
    Building,
    Street,
    District,
    Town,
}

impl Precision {
    /// The id editors write.
    pub fn id(self) -> &'static str {
        match self {
            Precision::Building => "building",
            Precision::Street => "street",
            Precision::District => "district",
            Precision::Town => "town",
        }
    }

    /// Parses a precision id.
    pub fn from_id(id: &str) -> Option<Precision> {
        [
            Precision::Building,
            Precision::Street,
            Precision::District,
            Precision::Town,
        ]
        .into_iter()
        .find(|p| p.id() == id)
    }
}

/// How to reach an offer.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Contact {
    pub email: Option<String>,
    pub website: Option<String>,
    pub phones: Vec<Phone>,
}

/// A phone number as people dial it, with the `tel:` form for links.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Phone {
    /// As written in the content (`02196 8824557`).
    pub display: String,
    /// For `tel:` links (`+4921968824557`, or `112` for short numbers).
    pub tel: String,
    pub label: Option<String>,
}

/// Opening hours, in Europe/Berlin local time.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Hours {
    pub by_appointment: bool,
    pub as_of: Option<String>,
    pub note: Option<String>,
    pub slots: Vec<Slot>,
}

/// One recurring opening: days, a time span and a rhythm.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Slot {
    #[serde(with = "weekday_names")]
    pub days: Vec<jiff::civil::Weekday>,
    pub opens: jiff::civil::Time,
    pub closes: Option<jiff::civil::Time>,
    pub every: Rhythm,
    pub label: Option<String>,
}

/// How often a slot recurs.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "weeks")]
pub enum Rhythm {
    /// Every week.
    Week,
    /// In weeks with an odd ISO week number.
    OddWeeks,
    /// In weeks with an even ISO week number.
    EvenWeeks,
    /// Every other week, but the sources do not say which.
    SecondWeek,
    /// The n-th such weekday of the month (1..=5, -1 = last).
    Month(Vec<i8>),
}

/// When and against what the entry was last checked.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Verification {
    /// `YYYY-MM-DD`: when an editor last compared the file with its sources.
    pub checked: String,
    pub confirmed_by_provider: bool,
    /// `YYYY-MM-DD`: when the provider confirmed the entry (`confirmed_on`). Files written before the
    /// field existed say only `confirmed_by_provider = true`; their confirmation date is `checked`.
    #[serde(default)]
    pub confirmed_on: Option<String>,
    /// Who confirmed it (`confirmed_by`: a person at the provider, or the editor who spoke to them).
    /// For the editors only: never shown to readers or published.
    #[serde(default)]
    pub confirmed_by: Option<String>,
    pub sources: Vec<Source>,
}

impl Verification {
    /// The day the provider confirmed the entry, `YYYY-MM-DD`; `None` if it never did.
    pub fn confirmation_date(&self) -> Option<&str> {
        if !self.confirmed_by_provider {
            return None;
        }
        Some(self.confirmed_on.as_deref().unwrap_or(&self.checked))
    }
}

/// One source of the facts in an offer.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Source {
    pub url: Option<String>,
    pub title: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` if the source shows no date.
    pub date: Option<String>,
}

/// A translation of an offer's texts.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Translation {
    pub review: Review,
    pub name: String,
    pub summary: String,
    pub description: String,
    pub caveat: Option<String>,
    pub cost: Option<String>,
    /// `bring` in this language.
    #[serde(default)]
    pub bring: Option<String>,
    /// `[hours] note` in this language.
    #[serde(default)]
    pub hours_note: Option<String>,
    /// `[address] note` in this language.
    #[serde(default)]
    pub address_note: Option<String>,
    /// `accessibility` in this language.
    #[serde(default)]
    pub accessibility: Option<String>,
    /// Slot and phone labels in this language, keyed by the German label.
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
}

/// A text together with the language it is really written in, so that a page can mark German text
/// shown on (say) an Arabic page with its own language and direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InLang<'a> {
    pub text: &'a str,
    pub lang: Lang,
}

/// Whether a person has checked a translation.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Review {
    Draft,
    Reviewed,
}

/// The id editors write for a weekday (`mon` … `sun`), also the suffix of its UI keys.
pub fn weekday_id(day: jiff::civil::Weekday) -> &'static str {
    weekday_names::id(day)
}

/// Weekdays as the ids editors write (`mon` … `sun`); jiff's `Weekday` has no serde support.
mod weekday_names {
    use jiff::civil::Weekday;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// The id of a weekday.
    pub fn id(day: Weekday) -> &'static str {
        match day {
            Weekday::Monday => "mon",
            Weekday::Tuesday => "tue",
            Weekday::Wednesday => "wed",
            Weekday::Thursday => "thu",
            Weekday::Friday => "fri",
            Weekday::Saturday => "sat",
            Weekday::Sunday => "sun",
        }
    }

    pub fn serialize<S: Serializer>(days: &[Weekday], s: S) -> Result<S::Ok, S::Error> {
        days.iter().map(|d| id(*d)).collect::<Vec<_>>().serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Weekday>, D::Error> {
        let names = Vec::<String>::deserialize(d)?;
        names
            .iter()
            .map(|n| {
                crate::content::validate::weekday(n)
                    .ok_or_else(|| serde::de::Error::custom(format!("unknown weekday `{n}`")))
            })
            .collect()
    }
}
