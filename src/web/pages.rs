//! One askama struct per page, the view models they show, and the one function that renders them.

use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

use crate::content::{Catalogue, Offer, Site, Status};
use crate::i18n::{Tr, category_label, group_label, t};
use crate::lang::Lang;
use crate::present;
use crate::search::Snippet;

/// Renders any page; a template error (a bug) becomes a plain 500 without details.
pub fn render<T: Template>(page: &T) -> Response {
    match render_html(page) {
        Some(html) => {
            let mut res = Html(html).into_response();
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            res
        }
        None => internal_error(),
    }
}

/// A page's HTML; a template error (a bug) is logged and gives `None`.
pub fn render_html<T: Template>(page: &T) -> Option<String> {
    page.render()
        .map_err(|err| tracing::error!(%err, "template rendering failed"))
        .ok()
}

/// The plain 500 for a page that could not be rendered.
pub fn internal_error() -> Response {
    (StatusCode::INTERNAL_SERVER_ERROR, "Internal error").into_response()
}

/// A link of the language switcher.
#[derive(Debug, Clone)]
pub struct LangLink {
    pub code: &'static str,
    pub dir: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

/// What every page's frame needs: language, direction, title, switcher.
#[derive(Debug, Clone)]
pub struct Chrome {
    pub lang: Lang,
    pub code: &'static str,
    pub dir: &'static str,
    pub tr: Tr,
    pub title: String,
    pub switcher: Vec<LangLink>,
    /// The page language's name in itself (the language choice's label).
    pub lang_name: &'static str,
    pub css: &'static str,
    /// The quick-exit script.
    pub exit_js: &'static str,
    /// Where the quick exit leads (the site's choice: a neutral page on another site).
    pub exit_url: String,
    /// The site's name, as its configuration writes it.
    pub site_name: String,
    /// The town or district the site serves (for sentences such as the tagline).
    pub area: String,
    /// The editors' contact for the footer.
    pub editors: EditorsView,
    /// The towns a reader can choose in the search form (empty for a single town).
    pub towns: Vec<TownOption>,
    /// This page in mentor mode (`view=large`, issue 10).
    pub mentor_href: String,
}

/// A town of the search form's choice.
#[derive(Debug, Clone)]
pub struct TownOption {
    pub name: String,
    pub selected: bool,
}

/// The editors' contact as the footer shows it.
#[derive(Debug, Clone)]
pub struct EditorsView {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<PhoneLink>,
    pub website: Option<String>,
}

impl Chrome {
    /// `rest` is the page's path after the language segment plus its query (e.g. `/search?q=Tafel`), so
    /// the switcher keeps the reader on the same page; `None` links to each language's home page.
    pub fn new(site: &Site, lang: Lang, title: &str, rest: Option<&str>) -> Chrome {
        let rest = rest.unwrap_or("/");
        let editors = &site.editors;
        Chrome {
            lang,
            code: lang.code(),
            dir: lang.dir(),
            tr: Tr(lang),
            title: format!("{title} – {}", site.name),
            switcher: site
                .languages
                .iter()
                .map(|l| LangLink {
                    code: l.code(),
                    dir: l.dir(),
                    name: l.native_name(),
                    href: format!("/{}{rest}", l.code()),
                    current: *l == lang,
                })
                .collect(),
            lang_name: lang.native_name(),
            css: super::assets::style_path(),
            exit_js: super::assets::exit_script_path(),
            exit_url: site.quick_exit_url.clone(),
            site_name: site.name.clone(),
            area: site.area.clone(),
            editors: EditorsView {
                name: editors.name.clone(),
                email: editors.email.clone(),
                phone: editors.phone.as_ref().map(|p| PhoneLink {
                    display: present::phone_display(p),
                    tel: p.tel.clone(),
                    label: None,
                }),
                website: editors.website.clone(),
            },
            towns: site
                .towns
                .iter()
                .map(|name| TownOption {
                    name: name.clone(),
                    selected: false,
                })
                .collect(),
            mentor_href: format!(
                "/{}{rest}{}view=large",
                lang.code(),
                if rest.contains('?') { "&" } else { "?" }
            ),
        }
    }

    /// The same frame with `town` chosen in the search form.
    pub fn in_town(mut self, town: Option<&str>) -> Chrome {
        for option in &mut self.towns {
            option.selected = Some(option.name.as_str()) == town;
        }
        self
    }

    /// A UI string that names the site's town or district (`{ $area }`).
    pub fn with_area(&self, key: &str) -> String {
        crate::i18n::t_args(self.lang, key, &[("area", crate::i18n::arg(&self.area))])
    }

    /// A URL inside this language.
    pub fn href(&self, rest: &str) -> String {
        format!("/{}{rest}", self.code)
    }
}

pub use crate::present::LangText;

/// A phone number as a tap-to-call link.
#[derive(Debug, Clone)]
pub struct PhoneLink {
    pub display: String,
    pub tel: String,
    pub label: Option<LangText>,
}

/// A category with its label and link.
#[derive(Debug, Clone)]
pub struct CategoryLink {
    pub id: String,
    pub label: String,
    pub href: String,
    pub count: usize,
}

/// A booklet group of categories (home page).
#[derive(Debug, Clone)]
pub struct GroupView {
    pub id: String,
    pub label: String,
    pub categories: Vec<CategoryLink>,
}

/// An offer in a list.
#[derive(Debug, Clone)]
pub struct Card {
    pub href: String,
    pub name: String,
    /// The language the texts are in (German when no translation exists), and its direction.
    pub text_lang: &'static str,
    pub text_dir: &'static str,
    pub snippet: Snippet,
    pub status: Option<String>,
    pub caveat: Option<String>,
    pub address: Option<String>,
    pub phones: Vec<PhoneLink>,
    /// What the hours allow to say now: a live claim, or a note that they are old (see
    /// [`present::hours_claim`]).
    pub hours_claim: Option<present::ClaimText>,
    pub categories: Vec<String>,
    /// "Add to the referral sheet" (issue 10).
    pub add_href: String,
    /// With "near me": how far it is, in words ("ca. 2 km Luftlinie vom Ortsmittelpunkt Dhünn"),
    /// or that its distance is unknown.
    pub distance: Option<String>,
}

pub(crate) fn phones(lang: Lang, offer: &Offer) -> Vec<PhoneLink> {
    offer
        .contact
        .phones
        .iter()
        .map(|p| PhoneLink {
            display: present::phone_display(p),
            tel: p.tel.clone(),
            label: p.label.as_deref().map(|l| offer.label(lang, l).into()),
        })
        .collect()
}

/// "Geplant", "Beendet" … for an offer that is not active.
pub(crate) fn status_note(lang: Lang, status: Status) -> Option<String> {
    (status != Status::Active).then(|| t(lang, &format!("status-{}", status.id())))
}

impl Card {
    /// A card for an offer; `snippet` is the search excerpt (or the summary).
    pub fn new(lang: Lang, offer: &Offer, snippet: Option<Snippet>, now: &jiff::Zoned) -> Card {
        let texts = offer.texts(lang);
        Card {
            href: format!("/{}/offer/{}", lang.code(), offer.id),
            name: texts.name.to_owned(),
            text_lang: texts.lang.code(),
            text_dir: texts.lang.dir(),
            snippet: snippet.unwrap_or_else(|| crate::search::snippet::make(texts.summary, &[])),
            status: status_note(lang, offer.status),
            caveat: texts.caveat.map(str::to_owned),
            address: offer.address.as_ref().map(|a| a.one_line()),
            phones: phones(lang, offer),
            hours_claim: present::claim_text(lang, offer, now),
            categories: offer
                .categories
                .iter()
                .map(|c| category_label(lang, c))
                .collect(),
            add_href: format!("/{}/sheet?add={}", lang.code(), offer.id),
            distance: None,
        }
    }
}

/// The booklet's groups with their categories and offer counts.
pub fn groups(lang: Lang, catalogue: &Catalogue) -> Vec<GroupView> {
    catalogue
        .taxonomy
        .groups
        .iter()
        .map(|g| GroupView {
            id: g.id.clone(),
            label: group_label(lang, &g.id),
            categories: catalogue
                .taxonomy
                .categories_in(&g.id)
                .map(|c| CategoryLink {
                    id: c.id.clone(),
                    label: category_label(lang, &c.id),
                    href: format!("/{}/category/{}", lang.code(), c.id),
                    count: catalogue.offers_in(&c.id).len(),
                })
                .collect(),
        })
        .collect()
}

/// The home page.
#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub chrome: Chrome,
    pub groups: Vec<GroupView>,
    pub query: String,
    /// "Offers near you": the places to measure from (and the browser's position, with its script).
    pub near: Option<NearView>,
}

/// The crisis banner: the crisis lines, tap to call.
#[derive(Debug, Clone)]
pub struct CrisisLine {
    pub name: LangText,
    /// What the content says about reaching it: free, anonymous, around the clock.
    pub facts: Vec<String>,
    pub phones: Vec<PhoneLink>,
    pub href: String,
}

/// The crisis lines of a catalogue, in the reader's language.
pub fn crisis_lines(lang: Lang, catalogue: &Catalogue) -> Vec<CrisisLine> {
    lines(lang, catalogue.crisis_lines())
}

/// The crisis lines open to everyone (not only to a group), in the reader's language.
pub fn crisis_lines_for_everyone(lang: Lang, catalogue: &Catalogue) -> Vec<CrisisLine> {
    let all = catalogue.crisis_lines();
    lines(
        lang,
        all.into_iter().filter(|o| o.is_for_everyone()).collect(),
    )
}

fn lines(lang: Lang, offers: Vec<&Offer>) -> Vec<CrisisLine> {
    offers
        .into_iter()
        .map(|o| {
            let texts = o.texts(lang);
            CrisisLine {
                name: LangText::new(texts.name, texts.lang),
                facts: present::reachability(lang, o),
                phones: phones(lang, o),
                href: format!("/{}/offer/{}", lang.code(), o.id),
            }
        })
        .collect()
}

/// The results page.
#[derive(Template)]
#[template(path = "results.html")]
pub struct ResultsPage {
    pub chrome: Chrome,
    pub heading: String,
    pub query: String,
    pub count_text: String,
    pub crisis: Vec<CrisisLine>,
    /// The crisis lines are shown as the calm concern box, not as the urgent banner.
    pub concern: bool,
    pub message: Option<String>,
    pub cards: Vec<Card>,
    pub groups: Vec<GroupView>,
    pub show_groups: bool,
    pub more_href: Option<String>,
    /// The same results in the languages the query's script suggests.
    pub other_languages: Vec<LangHint>,
    /// The filter form under the results.
    pub filters: FilterView,
    /// "Near me": sort by distance from a place (absent when the gazetteer has no centre).
    pub near: Option<NearView>,
}

/// "These results in Arabic": a link written in the language it leads to.
#[derive(Debug, Clone)]
pub struct LangHint {
    pub href: String,
    pub lang: &'static str,
    pub dir: &'static str,
    pub text: String,
}

/// A category page.
#[derive(Template)]
#[template(path = "category.html")]
pub struct CategoryPage {
    pub chrome: Chrome,
    pub label: String,
    pub count_text: String,
    pub cards: Vec<Card>,
}

/// The emergency page.
#[derive(Template)]
#[template(path = "emergency.html")]
pub struct EmergencyPage {
    pub chrome: Chrome,
    pub crisis: Vec<CrisisLine>,
    /// Always the urgent banner here.
    pub concern: bool,
}

/// How to hide a visit: the quick exit, private windows, the browser history.
#[derive(Template)]
#[template(path = "hide_visit.html")]
pub struct HideVisitPage {
    pub chrome: Chrome,
}

/// A source in the offer page's verification section.
#[derive(Debug, Clone)]
pub struct SourceView {
    pub url: Option<String>,
    pub label: String,
    /// The label is the source's own title (German, as the content writes it), not its web address.
    pub titled: bool,
    pub date: String,
}

/// Everything an offer page shows.
#[derive(Debug, Clone)]
pub struct OfferView {
    pub name: String,
    pub text_lang: &'static str,
    pub text_dir: &'static str,
    pub summary: String,
    pub paragraphs: Vec<String>,
    pub provider: String,
    pub status: Option<String>,
    pub caveat: Option<String>,
    pub cost: Option<String>,
    /// What to bring, where a source says so (issue 10).
    pub bring: Option<LangText>,
    /// Spoken languages, each named in itself.
    pub languages: Vec<LangText>,
    /// What separates items of a list in the page's language (`, ` or `، `).
    pub list_separator: &'static str,
    pub accessibility: Option<LangText>,
    /// Whether a wheelchair user gets in, in words ("Mit dem Rollstuhl zugänglich (laut Quelle).").
    pub wheelchair: Option<String>,
    pub appointment: Option<String>,
    pub anonymous: bool,
    pub address: Option<String>,
    pub address_note: Option<LangText>,
    pub map: Option<String>,
    pub phones: Vec<PhoneLink>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub hours: Vec<present::SlotText>,
    pub hours_note: Option<LangText>,
    pub by_appointment: bool,
    pub hours_as_of: Option<String>,
    pub has_hours: bool,
    /// What the hours allow to say now: a live claim, or a note that they are old (see
    /// [`present::hours_claim`]).
    pub hours_claim: Option<present::ClaimText>,
    pub audience: String,
    pub categories: Vec<CategoryLink>,
    pub checked: String,
    pub confirmed: bool,
    /// Confirmed by the provider on a day, or only compared with the sources; the warning when the
    /// facts are older than a year (see [`present::freshness`]).
    pub freshness: present::Freshness,
    pub sources: Vec<SourceView>,
    /// Shown above translated text: draft / authoritative German / missing translation.
    pub translation_notes: Vec<String>,
    pub german_href: Option<String>,
}

impl OfferView {
    /// Builds the view of `offer` for readers of `lang`.
    pub fn new(lang: Lang, offer: &Offer, now: &jiff::Zoned) -> OfferView {
        let texts = offer.texts(lang);
        let mut notes = Vec::new();
        let mut german_href = None;
        if lang != Lang::De {
            match texts.review {
                Some(review) => {
                    notes.push(t(lang, "translation-note"));
                    if review == crate::content::Review::Draft {
                        notes.push(t(lang, "translation-draft"));
                    }
                }
                None => notes.push(t(lang, "translation-missing")),
            }
            german_href = Some(format!("/de/offer/{}", offer.id));
        }
        let hours = offer.hours.as_ref();
        OfferView {
            name: texts.name.to_owned(),
            text_lang: texts.lang.code(),
            text_dir: texts.lang.dir(),
            summary: texts.summary.to_owned(),
            paragraphs: texts
                .description
                .split("\n\n")
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect(),
            provider: offer.provider.clone(),
            status: status_note(lang, offer.status),
            caveat: texts.caveat.map(str::to_owned),
            cost: texts.cost.map(str::to_owned),
            bring: offer.bring_text(lang).map(LangText::from),
            languages: offer.languages.iter().map(|l| language_name(l)).collect(),
            list_separator: present::list_separator(lang),
            accessibility: offer.accessibility_text(lang).map(LangText::from),
            wheelchair: offer
                .wheelchair
                .map(|w| t(lang, &format!("offer-wheelchair-{}", w.id()))),
            appointment: offer
                .appointment
                .map(|a| t(lang, &format!("appointment-{}", a.id()))),
            anonymous: offer.anonymous == Some(true),
            address: offer.address.as_ref().map(|a| a.one_line()),
            address_note: offer.address_note(lang).map(LangText::from),
            map: present::map_link(offer.address.as_ref(), offer.location.as_ref()),
            phones: phones(lang, offer),
            email: offer.contact.email.clone(),
            website: offer.contact.website.clone(),
            hours: hours
                .map(|h| {
                    h.slots
                        .iter()
                        .map(|s| present::slot_text(lang, offer, s))
                        .collect()
                })
                .unwrap_or_default(),
            hours_note: offer.hours_note(lang).map(LangText::from),
            by_appointment: hours.is_some_and(|h| h.by_appointment),
            hours_as_of: hours.and_then(|h| h.as_of.as_deref()).map(|d| {
                crate::i18n::t_args(
                    lang,
                    "hours-as-of",
                    &[("date", crate::i18n::arg(present::date(lang, d)))],
                )
            }),
            has_hours: hours.is_some(),
            hours_claim: present::claim_text(lang, offer, now),
            audience: present::and_list(
                lang,
                &offer
                    .audience
                    .iter()
                    .map(|a| t(lang, &format!("audience-{}", a.id())))
                    .collect::<Vec<_>>(),
            ),
            categories: offer
                .categories
                .iter()
                .map(|c| CategoryLink {
                    id: c.clone(),
                    label: category_label(lang, c),
                    href: format!("/{}/category/{c}", lang.code()),
                    count: 0,
                })
                .collect(),
            checked: crate::i18n::t_args(
                lang,
                "offer-checked",
                &[(
                    "date",
                    crate::i18n::arg(present::date(lang, &offer.verification.checked)),
                )],
            ),
            confirmed: offer.verification.confirmed_by_provider,
            freshness: present::freshness(lang, offer, now.date()),
            sources: offer
                .verification
                .sources
                .iter()
                .map(|s| SourceView {
                    url: s.url.clone(),
                    titled: s.title.is_some(),
                    label: s
                        .title
                        .clone()
                        .or_else(|| s.url.as_deref().map(source_label))
                        .unwrap_or_default(),
                    date: match &s.date {
                        Some(d) => crate::i18n::t_args(
                            lang,
                            "source-dated",
                            &[("date", crate::i18n::arg(present::date(lang, d)))],
                        ),
                        None => t(lang, "source-undated"),
                    },
                })
                .collect(),
            translation_notes: notes,
            german_href,
        }
    }
}

/// A source URL shown short: its host and the start of its path.
fn source_label(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(u) => {
            let host = u
                .host_str()
                .unwrap_or_default()
                .trim_start_matches("www.")
                .to_owned();
            let path: String = u.path().chars().take(48).collect();
            if path.len() > 1 {
                format!("{host}{path}…")
            } else {
                host
            }
        }
        Err(_) => url.to_owned(),
    }
}

impl FilterView {
    /// The same form, shown open when the filters left no result.
    pub fn opened_if(mut self, nothing_left: bool) -> FilterView {
        self.open_form = self.active && nothing_left;
        self
    }
}

/// One choice of a filter's list.
#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub label: LangText,
    pub selected: bool,
}

/// "Near me": a GET form choosing a place of the gazetteer (`near_place`) to sort by distance from
/// its sourced centre, and, where the browser can tell its position, a button (the page's script)
/// that sends `near=LAT,LON` instead. Only places with a centre are offered.
#[derive(Debug, Clone)]
pub struct NearView {
    /// The query, town and filters, carried as hidden fields.
    pub hidden: Vec<(&'static str, String)>,
    pub places: Vec<Choice>,
    /// The results are measured from the reader's own position (`near`).
    pub here: bool,
    /// The form on the home page: it lists offers near a place rather than sorting a list.
    pub on_home: bool,
}

impl NearView {
    /// The form for a results page; `chosen` is the `near_place` id in use, `here` whether the
    /// reader's own position is. `None` if no place has a sourced centre.
    pub fn for_results(
        catalogue: &Catalogue,
        hidden: Vec<(&'static str, String)>,
        chosen: Option<&str>,
        here: bool,
    ) -> Option<NearView> {
        let mut view = NearView::new(catalogue, hidden, chosen)?;
        view.here = here;
        Some(view)
    }

    /// The form of the home page: "offers near …", listing every offer by distance.
    pub fn for_home(catalogue: &Catalogue) -> Option<NearView> {
        let mut view = NearView::new(catalogue, Vec::new(), None)?;
        view.on_home = true;
        Some(view)
    }

    fn new(
        catalogue: &Catalogue,
        hidden: Vec<(&'static str, String)>,
        chosen: Option<&str>,
    ) -> Option<NearView> {
        let places = present::near::measurable_places(&catalogue.gazetteer)
            .map(|p| Choice {
                value: p.id.clone(),
                label: LangText::new(&p.name, Lang::De),
                selected: chosen == Some(p.id.as_str()),
            })
            .collect::<Vec<_>>();
        (!places.is_empty()).then_some(NearView {
            hidden,
            places,
            here: false,
            on_home: false,
        })
    }
}

/// The filter form of a results page: plain GET controls with the API's parameter names.
#[derive(Debug, Clone)]
pub struct FilterView {
    /// The query and the town, carried as hidden fields.
    pub hidden: Vec<(&'static str, String)>,
    pub open: Vec<Choice>,
    /// No `open` filter: "any time" is the chosen radio button.
    pub open_any: bool,
    pub free: bool,
    pub wheelchair: bool,
    pub anonymous: bool,
    pub no_appointment: bool,
    pub lang_spoken: Vec<Choice>,
    pub audience: Vec<Choice>,
    pub place: Vec<Choice>,
    /// `true` if any filter is set.
    pub active: bool,
    /// How many filters are set (shown on the closed form).
    pub count: usize,
    /// The form is shown open: filters are set and left nothing, so the way out must be in view.
    pub open_form: bool,
    /// The same search without filters, when filters are set.
    pub drop_href: Option<String>,
}

impl FilterView {
    /// The form for `filters` on a results page in `lang`.
    pub fn new(
        lang: Lang,
        catalogue: &Catalogue,
        filters: &present::filter::Filters,
        hidden: Vec<(&'static str, String)>,
    ) -> FilterView {
        use present::filter::{Open, places, spoken_languages};
        let german = |s: &str| LangText::new(s, Lang::De);
        let ui = |s: String| LangText::new(s, lang);
        let open = [Open::Now, Open::Today]
            .into_iter()
            .map(|o| Choice {
                value: o.id().to_owned(),
                label: ui(t(lang, &format!("filter-open-{}", o.id()))),
                selected: filters.open == Some(o),
            })
            .collect();
        let lang_spoken = spoken_languages(catalogue)
            .into_iter()
            .map(|l| Choice {
                selected: filters.lang_spoken.as_deref() == Some(l.as_str()),
                label: language_name(&l),
                value: l,
            })
            .collect();
        let mut audiences: Vec<_> = catalogue
            .offers
            .iter()
            .flat_map(|o| o.audience.iter().copied())
            .filter(|a| *a != crate::content::Audience::Everyone)
            .collect();
        audiences.sort_by_key(|a| a.id());
        audiences.dedup();
        let audience = audiences
            .into_iter()
            .map(|a| Choice {
                value: a.id().to_owned(),
                label: ui(t(lang, &format!("audience-{}", a.id()))),
                selected: filters.audience == Some(a),
            })
            .collect();
        let place = places(catalogue)
            .iter()
            .map(|p| Choice {
                selected: filters.place.as_deref() == Some(p.as_str()),
                label: german(p),
                value: p.clone(),
            })
            .collect();
        let drop_href = (!filters.is_empty()).then(|| {
            let mut url = url::form_urlencoded::Serializer::new(String::new());
            for (k, v) in &hidden {
                url.append_pair(k, v);
            }
            // Chosen "any time": the query's words ("offen heute") do not bring the filter back.
            url.append_pair("open", "");
            format!("/{}/search?{}", lang.code(), url.finish())
        });
        FilterView {
            hidden,
            open,
            open_any: filters.open.is_none(),
            free: filters.free,
            wheelchair: filters.wheelchair,
            anonymous: filters.anonymous,
            no_appointment: filters.no_appointment,
            lang_spoken,
            audience,
            place,
            active: !filters.is_empty(),
            count: filters.pairs().len(),
            open_form: false,
            drop_href,
        }
    }
}

/// A spoken language's name in its own language (marked with that language), where we know it;
/// else the tag.
fn language_name(tag: &str) -> LangText {
    let (lang, dir) = match tag {
        "sgn" | "gsg" | "dgs" => ("de", "ltr"),
        "ar" | "fa" | "he" | "ur" | "ps" | "ckb" => (tag, "rtl"),
        _ => (tag, "ltr"),
    };
    LangText {
        text: native_language_name(tag),
        lang: lang.to_owned(),
        dir,
    }
}

fn native_language_name(tag: &str) -> String {
    if let Ok(lang) = tag.parse::<Lang>()
        && lang.code() == tag
    {
        return lang.native_name().to_owned();
    }
    match tag {
        "fr" => "Français".into(),
        "ku" => "Kurdî".into(),
        "es" => "Español".into(),
        "it" => "Italiano".into(),
        "sq" => "Shqip".into(),
        "ro" => "Română".into(),
        "bg" => "Български".into(),
        "ti" => "ትግርኛ".into(),
        "sgn" | "gsg" | "dgs" => "Deutsche Gebärdensprache".into(),
        other => other.to_owned(),
    }
}

/// An offer page.
#[derive(Template)]
#[template(path = "offer.html")]
pub struct OfferPage {
    pub chrome: Chrome,
    pub offer: OfferView,
    /// The offer as schema.org JSON-LD, escaped for its `<script>` element.
    pub json_ld: String,
    /// What only a printout shows.
    pub print: Option<PrintView>,
    /// "Angabe falsch oder veraltet? Melden" (issue 12).
    pub report: super::report::ReportForm,
    /// Share, contact card, calendar, referral sheet (issue 10).
    pub tools: super::share::OfferTools,
}

/// The printout's own address, as text and as a QR code, and the day it was printed.
#[derive(Debug, Clone)]
pub struct PrintView {
    pub url: String,
    pub qr: String,
    pub printed: String,
}

impl PrintView {
    /// The print block of the page at `url`, dated `today`.
    pub fn new(lang: Lang, url: String, today: jiff::civil::Date) -> Option<PrintView> {
        let qr = present::qr::svg(&url, &t(lang, "print-qr-label"))?;
        let printed = crate::i18n::t_args(
            lang,
            "print-date",
            &[("date", crate::i18n::arg(present::long_date(lang, today)))],
        );
        Some(PrintView { url, qr, printed })
    }
}

/// An error page (404, 400, 500).
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub chrome: Chrome,
    pub title: String,
    pub text: String,
}
