//! The site itself (`content/site.toml`): its name, the town or district it serves, the places that
//! count as "here", its languages, its public address, its editors and the crisis lines it leads with.
//!
//! Everything that ties Lotse to one town lives in this file, so that another town or a whole district
//! runs the same binary on its own content folder without touching code.

use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::limits::Kind;
use super::problem::{FileProblems, Problem, msg};
use super::shape;
use super::validate::{check_web_url, is_plausible_email, tel_uri};
use super::{Offer, Phone};
use crate::lang::Lang;
use crate::text::fold;

/// Where "leave this page quickly" leads unless the site names another page: the national weather
/// service, a neutral page a person can plausibly have open, on another site.
pub const DEFAULT_QUICK_EXIT_URL: &str = "https://www.dwd.de/";

/// The site's configuration, validated.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Site {
    /// The site's name as readers see it in every page's header and title ("Lotse Musterstadt").
    pub name: String,
    /// The town or district the directory serves, as it appears in sentences ("… in Musterstadt").
    pub area: String,
    /// The places whose offers rank first when the reader has chosen no town (an offer's place is the
    /// city of its address; offers without an address reach everyone).
    pub home_places: Vec<String>,
    /// The towns a reader can choose between in a district-wide directory (empty for a single town).
    pub towns: Vec<String>,
    /// The language of `/` for a browser that asks for none of the offered ones.
    pub default_language: Lang,
    /// The languages the site offers, in the order of the language choice.
    pub languages: Vec<Lang>,
    /// The public address of the pages (printouts, QR codes, bot links); `LOTSE_PUBLIC_URL` overrides.
    pub public_url: Option<String>,
    /// Where "leave this page quickly" leads.
    pub quick_exit_url: String,
    /// Who keeps the directory, for readers and for providers.
    pub editors: Editors,
    /// The ids of the crisis lines every crisis answer leads with, in this order; other crisis lines of
    /// the content follow them.
    pub crisis_lines: Vec<String>,
}

/// The editors' contact.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Editors {
    /// Who they are ("Stadt Musterstadt, Sozialplanung").
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<Phone>,
    pub website: Option<String>,
}

impl Default for Site {
    /// A neutral site for tests and tools that build a catalogue by hand: every language, no town.
    fn default() -> Site {
        Site {
            name: "Lotse".to_owned(),
            area: String::new(),
            home_places: Vec::new(),
            towns: Vec::new(),
            default_language: Lang::De,
            languages: Lang::ALL.to_vec(),
            public_url: None,
            quick_exit_url: DEFAULT_QUICK_EXIT_URL.to_owned(),
            editors: Editors::default(),
            crisis_lines: Vec::new(),
        }
    }
}

impl Site {
    /// `true` if the site offers `lang`.
    pub fn offers(&self, lang: Lang) -> bool {
        self.languages.contains(&lang)
    }

    /// `lang` if the site offers it, else the default language.
    pub fn language_or_default(&self, lang: Lang) -> Lang {
        if self.offers(lang) {
            lang
        } else {
            self.default_language
        }
    }

    /// The town of [`Site::towns`] that `name` spells (case and accents do not matter).
    pub fn town(&self, name: &str) -> Option<&str> {
        let wanted = fold(name.trim());
        self.towns
            .iter()
            .find(|t| fold(t) == wanted)
            .map(String::as_str)
    }

    /// `true` if `offer` is "here" for a reader who chose `town` (or none): it has no address (a phone
    /// line, an online service) or its address is in the chosen town, or in one of the home places.
    pub fn is_home(&self, offer: &Offer, town: Option<&str>) -> bool {
        let Some(address) = &offer.address else {
            return true;
        };
        let city = fold(&address.city);
        match town {
            Some(town) => fold(town) == city,
            None => self.home_places.iter().any(|p| fold(p) == city),
        }
    }

    /// Parses `site.toml`; `file` is the name used in problems. The ids of the crisis lines are checked
    /// against the offers by [`Site::check_crisis_lines`], once those are loaded.
    pub fn parse(file: &Path, source: &str, problems: &mut Vec<Problem>) -> Option<Site> {
        let mut p = FileProblems::new(file, source, problems);
        let before = p.count();
        let raw: RawSite = shape::parse(Kind::Site, &mut p)?;
        let site = validate(raw, &mut p);
        (p.count() == before).then_some(site)
    }

    /// Reports every crisis line the site names that is no active crisis line of the content.
    pub fn check_crisis_lines(
        &self,
        file: &Path,
        source: &str,
        offers: &[Offer],
        problems: &mut Vec<Problem>,
    ) {
        let mut p = FileProblems::new(file, source, problems);
        for (i, id) in self.crisis_lines.iter().enumerate() {
            let field = format!("crisis_lines[{i}]");
            let at = position_of(source, id);
            match offers.iter().find(|o| o.id == *id) {
                None => p.at(
                    at,
                    field,
                    msg!(
                        "es gibt kein Angebot `{id}` (erwartet: eine Datei offers/{id}.toml)",
                        "there is no offer `{id}` (expected a file offers/{id}.toml)"
                    ),
                ),
                Some(o) if !o.crisis_line => p.at(
                    at,
                    field,
                    msg!(
                        "`{id}` ist kein Krisentelefon: dort fehlt `crisis_line = true`",
                        "`{id}` is no crisis line: it lacks `crisis_line = true`"
                    ),
                ),
                Some(o) if !o.is_active() => p.at(
                    at,
                    field,
                    msg!(
                        "`{id}` ist nicht aktiv: ein Krisentelefon, das nicht erreichbar ist, darf nicht vorne stehen",
                        "`{id}` is not active: a crisis line that cannot be reached must not lead"
                    ),
                ),
                Some(_) => {}
            }
        }
    }
}

/// The byte offset of the quoted `id` in the file (for the line of a problem), or 0.
fn position_of(source: &str, id: &str) -> usize {
    source.find(&format!("\"{id}\"")).unwrap_or(0)
}

/// `site.toml` as editors write it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    name: Spanned<String>,
    area: Spanned<String>,
    home_places: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    towns: Vec<Spanned<String>>,
    default_language: Spanned<String>,
    languages: Spanned<Vec<Spanned<String>>>,
    public_url: Option<Spanned<String>>,
    quick_exit_url: Option<Spanned<String>>,
    editors: Spanned<RawEditors>,
    crisis_lines: Spanned<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEditors {
    name: Spanned<String>,
    email: Option<Spanned<String>>,
    phone: Option<Spanned<String>>,
    website: Option<Spanned<String>>,
}

fn validate(raw: RawSite, p: &mut FileProblems<'_>) -> Site {
    let name = non_empty(raw.name, "name", p);
    let area = non_empty(raw.area, "area", p);
    let home_places = places(raw.home_places, "home_places", p);
    let towns = raw
        .towns
        .into_iter()
        .enumerate()
        .filter_map(|(i, t)| non_empty_opt(t, &format!("towns[{i}]"), p))
        .collect::<Vec<_>>();
    no_duplicates(&towns, "towns", p);
    let languages = languages(raw.languages, p);
    let default_language = default_language(raw.default_language, &languages, p);
    let public_url = raw.public_url.and_then(|u| web_url(u, "public_url", p));
    let quick_exit_url = raw
        .quick_exit_url
        .and_then(|u| web_url(u, "quick_exit_url", p))
        .unwrap_or_else(|| DEFAULT_QUICK_EXIT_URL.to_owned());
    let editors = editors(raw.editors, p);
    let crisis_lines = crisis_lines(raw.crisis_lines, p);
    Site {
        name,
        area,
        home_places,
        towns,
        default_language,
        languages,
        public_url,
        quick_exit_url,
        editors,
        crisis_lines,
    }
}

fn non_empty(value: Spanned<String>, field: &str, p: &mut FileProblems<'_>) -> String {
    non_empty_opt(value, field, p).unwrap_or_default()
}

fn non_empty_opt(value: Spanned<String>, field: &str, p: &mut FileProblems<'_>) -> Option<String> {
    let at = value.span().start;
    let text = value.into_inner().trim().to_owned();
    if text.is_empty() {
        p.at(at, field, msg!("darf nicht leer sein", "must not be empty"));
        return None;
    }
    Some(text)
}

fn places(
    list: Spanned<Vec<Spanned<String>>>,
    field: &str,
    p: &mut FileProblems<'_>,
) -> Vec<String> {
    let at = list.span().start;
    let places: Vec<String> = list
        .into_inner()
        .into_iter()
        .enumerate()
        .filter_map(|(i, v)| non_empty_opt(v, &format!("{field}[{i}]"), p))
        .collect();
    if places.is_empty() {
        p.at(
            at,
            field,
            msg!(
                "mindestens ein Ort ist nötig: die Angebote dort stehen bei der Suche vorne",
                "at least one place is needed: its offers rank first"
            ),
        );
    }
    no_duplicates(&places, field, p);
    places
}

fn no_duplicates(list: &[String], field: &str, p: &mut FileProblems<'_>) {
    for (i, a) in list.iter().enumerate() {
        if list[..i].iter().any(|b| fold(a) == fold(b)) {
            p.whole(
                format!("{field}[{i}]"),
                msg!("`{a}` steht doppelt in der Liste", "`{a}` is listed twice"),
            );
        }
    }
}

fn languages(list: Spanned<Vec<Spanned<String>>>, p: &mut FileProblems<'_>) -> Vec<Lang> {
    let at = list.span().start;
    let mut langs = Vec::new();
    for (i, tag) in list.into_inner().into_iter().enumerate() {
        let field = format!("languages[{i}]");
        match parse_lang(&tag, &field, p) {
            Some(lang) if langs.contains(&lang) => {
                let code = lang.code();
                p.at(
                    tag.span().start,
                    field,
                    msg!(
                        "`{code}` steht doppelt in der Liste",
                        "`{code}` is listed twice"
                    ),
                )
            }
            Some(lang) => langs.push(lang),
            None => {}
        }
    }
    if langs.is_empty() {
        p.at(
            at,
            "languages",
            msg!(
                "mindestens eine Sprache ist nötig",
                "at least one language is needed"
            ),
        );
    }
    langs
}

fn parse_lang(tag: &Spanned<String>, field: &str, p: &mut FileProblems<'_>) -> Option<Lang> {
    let text = tag.get_ref();
    match text.parse::<Lang>() {
        Ok(lang) if lang.code() == text => Some(lang),
        _ => {
            let known = Lang::ALL.map(Lang::code).join(", ");
            p.at(
                tag.span().start,
                field,
                msg!(
                    "unbekannte Sprache `{text}` (bekannt: {known})",
                    "unknown language `{text}` (known: {known})"
                ),
            );
            None
        }
    }
}

fn default_language(tag: Spanned<String>, offered: &[Lang], p: &mut FileProblems<'_>) -> Lang {
    let Some(lang) = parse_lang(&tag, "default_language", p) else {
        return Lang::De;
    };
    if !offered.is_empty() && !offered.contains(&lang) {
        let code = lang.code();
        p.at(
            tag.span().start,
            "default_language",
            msg!(
                "`{code}` fehlt in `languages`: die Standardsprache muss angeboten werden",
                "`{code}` is missing from `languages`: the default language must be offered"
            ),
        );
    }
    lang
}

fn web_url(value: Spanned<String>, field: &str, p: &mut FileProblems<'_>) -> Option<String> {
    match check_web_url(value.get_ref()) {
        Ok(()) => Some(value.into_inner()),
        Err(message) => {
            p.at(value.span().start, field, message);
            None
        }
    }
}

fn editors(raw: Spanned<RawEditors>, p: &mut FileProblems<'_>) -> Editors {
    let raw = raw.into_inner();
    let email = raw.email.and_then(|e| {
        if is_plausible_email(e.get_ref()) {
            Some(e.into_inner())
        } else {
            let text = e.get_ref().clone();
            p.at(
                e.span().start,
                "editors.email",
                msg!(
                    "`{text}` ist keine E-Mail-Adresse",
                    "`{text}` is not an e-mail address"
                ),
            );
            None
        }
    });
    let phone = raw.phone.and_then(|ph| match tel_uri(ph.get_ref()) {
        Ok(tel) => Some(Phone {
            display: ph.get_ref().trim().to_owned(),
            tel,
            label: None,
        }),
        Err(message) => {
            p.at(ph.span().start, "editors.phone", message);
            None
        }
    });
    Editors {
        name: non_empty(raw.name, "editors.name", p),
        email,
        phone,
        website: raw.website.and_then(|u| web_url(u, "editors.website", p)),
    }
}

fn crisis_lines(list: Spanned<Vec<Spanned<String>>>, p: &mut FileProblems<'_>) -> Vec<String> {
    let at = list.span().start;
    let ids: Vec<String> = list
        .into_inner()
        .into_iter()
        .map(|id| id.into_inner().trim().to_owned())
        .collect();
    if ids.is_empty() {
        p.at(
            at,
            "crisis_lines",
            msg!(
                "mindestens ein Krisentelefon ist nötig: jede Antwort auf eine Krise beginnt damit",
                "at least one crisis line is needed: every answer to a crisis starts with it"
            ),
        );
    }
    no_duplicates(&ids, "crisis_lines", p);
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
name = "Lotse Musterstadt"
area = "Musterstadt"
home_places = ["Musterstadt"]
towns = ["Adorf", "Bedorf"]
default_language = "de"
languages = ["de", "en", "ar"]
public_url = "https://lotse.example.org/"
crisis_lines = ["notruf"]
[editors]
name = "Redaktion"
email = "redaktion@example.org"
phone = "02196 123"
"#;

    fn parse(src: &str) -> (Option<Site>, Vec<Problem>) {
        let mut problems = Vec::new();
        let site = Site::parse(Path::new("site.toml"), src, &mut problems);
        (site, problems)
    }

    #[test]
    fn a_good_site_is_read_whole() {
        let (site, problems) = parse(GOOD);
        assert_eq!(problems, vec![]);
        let site = site.expect("valid");
        assert_eq!(site.name, "Lotse Musterstadt");
        assert_eq!(site.languages, vec![Lang::De, Lang::En, Lang::Ar]);
        assert_eq!(site.town("bedorf"), Some("Bedorf"));
        assert_eq!(site.town("Cedorf"), None);
        assert_eq!(site.quick_exit_url, DEFAULT_QUICK_EXIT_URL);
        assert_eq!(
            site.editors.phone.as_ref().map(|p| p.tel.as_str()),
            Some("+492196123")
        );
        assert_eq!(site.language_or_default(Lang::Fa), Lang::De);
    }

    #[test]
    fn every_problem_names_its_line_and_field() {
        let src = GOOD
            .replace("\"ar\"]", "\"xx\", \"en\"]")
            .replace("default_language = \"de\"", "default_language = \"pl\"")
            .replace("redaktion@example.org", "no-at-sign")
            .replace("[\"Musterstadt\"]", "[]");
        let (site, problems) = parse(&src);
        assert!(site.is_none());
        let fields: Vec<(&str, Option<usize>)> = problems
            .iter()
            .map(|p| (p.field.as_str(), p.line))
            .collect();
        assert_eq!(
            fields,
            vec![
                ("home_places", Some(4)),
                ("languages[2]", Some(7)),
                ("languages[3]", Some(7)),
                ("default_language", Some(6)),
                ("editors.email", Some(12)),
            ]
        );
    }

    #[test]
    fn unknown_and_missing_fields_are_reported() {
        let src = GOOD.replace("area = \"Musterstadt\"\n", "stadt = \"Musterstadt\"\n");
        let (site, problems) = parse(&src);
        assert!(site.is_none());
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert!(fields.contains(&"stadt"), "{fields:?}");
        assert!(fields.contains(&"area"), "{fields:?}");
    }
}
