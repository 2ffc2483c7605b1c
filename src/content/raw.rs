//! The serde shapes of the content files, exactly as editors write them.
//!
//! Unknown fields are rejected (`deny_unknown_fields`). Values that need checks serde cannot express
//! (category ids, phone numbers, times, dates, URLs) are kept as [`Spanned`] strings so that the validation
//! step in [`super::validate`] can point at the line of every problem, not just the first one.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

/// One `offers/<id>.toml` file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOffer {
    pub name: Spanned<String>,
    pub provider: Spanned<String>,
    pub categories: Spanned<Vec<Spanned<String>>>,
    pub audience: Spanned<Vec<Spanned<String>>>,
    pub status: Spanned<String>,
    pub summary: Spanned<String>,
    pub description: Spanned<String>,
    pub caveat: Option<Spanned<String>>,
    pub cost: Option<Spanned<String>>,
    /// What to bring (papers, proof of need), where a source says so.
    pub bring: Option<Spanned<String>>,
    #[serde(default)]
    pub languages: Vec<Spanned<String>>,
    pub accessibility: Option<String>,
    /// Whether a wheelchair user gets in: `yes`, `partly` or `no`, where a source says so.
    pub wheelchair: Option<Spanned<String>>,
    pub appointment: Option<Spanned<String>>,
    pub anonymous: Option<bool>,
    #[serde(default)]
    pub crisis_line: bool,
    pub address: Option<RawAddress>,
    pub location: Option<RawLocation>,
    pub contact: Option<RawContact>,
    pub hours: Option<RawHours>,
    pub verification: Spanned<RawVerification>,
    #[serde(default)]
    pub i18n: BTreeMap<Spanned<String>, Spanned<RawTranslation>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAddress {
    pub street: Option<String>,
    pub postcode: Option<Spanned<String>>,
    pub city: String,
    pub district: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLocation {
    pub lat: Spanned<f64>,
    pub lon: Spanned<f64>,
    pub precision: Spanned<String>,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContact {
    pub email: Option<Spanned<String>>,
    pub website: Option<Spanned<String>>,
    #[serde(default)]
    pub phones: Vec<RawPhone>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPhone {
    pub number: Spanned<String>,
    pub label: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHours {
    #[serde(default)]
    pub by_appointment: bool,
    pub as_of: Option<Spanned<String>>,
    pub note: Option<String>,
    #[serde(default)]
    pub slots: Vec<RawSlot>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSlot {
    pub days: Spanned<Vec<Spanned<String>>>,
    pub opens: Spanned<String>,
    pub closes: Option<Spanned<String>>,
    pub every: Option<Spanned<String>>,
    pub weeks_of_month: Option<Spanned<Vec<Spanned<i64>>>>,
    pub label: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVerification {
    pub checked: Spanned<String>,
    #[serde(default)]
    pub confirmed_by_provider: bool,
    /// When the provider confirmed the entry (`YYYY-MM-DD`); needs `confirmed_by_provider = true`.
    pub confirmed_on: Option<Spanned<String>>,
    /// Who confirmed it (editors only; never published).
    pub confirmed_by: Option<Spanned<String>>,
    #[serde(default)]
    pub sources: Vec<Spanned<RawSource>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub url: Option<Spanned<String>>,
    pub title: Option<String>,
    pub date: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTranslation {
    pub review: Spanned<String>,
    pub name: String,
    pub summary: String,
    pub description: String,
    pub caveat: Option<String>,
    pub cost: Option<String>,
    /// `bring` in this language.
    pub bring: Option<String>,
    /// `[hours] note` in this language.
    pub hours_note: Option<String>,
    /// `[address] note` in this language.
    pub address_note: Option<String>,
    /// `accessibility` in this language.
    pub accessibility: Option<String>,
    /// Slot and phone labels in this language, keyed by the German label they translate.
    pub labels: Option<Spanned<BTreeMap<String, String>>>,
}
