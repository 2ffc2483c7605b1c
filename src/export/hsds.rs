//! The catalogue as Open Referral HSDS 3.0 (Human Services Data Specification): the objects of its
//! JSON API and the tables of its Tabular Data Package.
//!
//! The mapping is pure: a catalogue and a language in, serde structs out. Only what the content
//! states is emitted. Where HSDS requires a field that no source states (an organization's
//! description, an address's state), the key is present with an empty string, never a guess; the
//! README section "Open data: HSDS 3.0" lists every such field and every other mapping decision.
//!
//! Ids are UUID v5 (name-based, SHA-1) in one namespace of Lotse's, from the kind of object and a
//! key: the offer id for a service, the provider's name for an organization, the offer id and the
//! position in its file for a phone or a schedule. The same content always gives the same ids.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::content::{Appointment, Offer, Precision, Rhythm, Slot, Status, weekday_id};
use crate::i18n::{arg, category_label, t, t_args};
use crate::lang::Lang;
use crate::present;

/// The HSDS version the objects follow.
pub const HSDS_VERSION: &str = "3.0";

/// The namespace of every Lotse HSDS id (a fixed random UUID: ids stay the same across releases).
const NAMESPACE: Uuid = Uuid::from_u128(0x3d8f_2b1e_6a4c_4f0e_9b7d_5c1a_2e8f_6b30);

/// The country of every address: Lotse's model is German (phone numbers are validated as dialled in
/// Germany, opening hours are Europe/Berlin time), so this is a fact of the program, not a guess.
const COUNTRY: &str = "DE";

/// The stable id of an object of `kind` (`service`, `phone`, …) named by `key`.
fn uuid(kind: &str, key: &str) -> String {
    Uuid::new_v5(&NAMESPACE, format!("{kind}:{key}").as_bytes()).to_string()
}

/// The HSDS id of the service made from the offer `offer_id`.
pub fn service_id(offer_id: &str) -> String {
    uuid("service", offer_id)
}

/// The HSDS id of the organization named `provider`.
pub fn organization_id(provider: &str) -> String {
    uuid("organization", provider.trim())
}

// ---------------------------------------------------------------------------------------------------
// The objects (field names and order as in HSDS 3.0; absent values are left out, never null)
// ---------------------------------------------------------------------------------------------------

/// An organization: one per distinct `provider` of the offers.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Organization {
    pub id: String,
    /// The provider as the offers name it.
    pub name: String,
    /// Required by HSDS; the content describes offers, not providers, so it is always empty.
    pub description: String,
}

/// An organization with its services (`/organizations/{id}`): each service with its one-to-one
/// fields only, as HSDS's API reference describes.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OrganizationWithServices {
    #[serde(flatten)]
    pub organization: Organization,
    pub services: Vec<ServiceFields>,
}

/// The one-to-one fields of a service (its row in `services.csv`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ServiceFields {
    pub id: String,
    pub organization_id: String,
    /// The offer's name in the requested language (German when not translated).
    pub name: String,
    pub description: String,
    /// The offer's own website.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `active`, `inactive` (planned), `temporarily closed` or `defunct` (ended).
    pub status: &'static str,
    /// Whether an appointment is needed, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_process: Option<String>,
    /// The offer's cost text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fees_description: Option<String>,
    /// Who the offer is for (the audience labels).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    /// The date of the last check, only when the provider confirmed the entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assured_date: Option<String>,
    /// The offer's caveat (old or doubtful facts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alert: Option<String>,
}

/// A service in a list (`/services`): its one-to-one fields and its organization.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ServiceSummary {
    #[serde(flatten)]
    pub fields: ServiceFields,
    pub organization: Organization,
}

/// A fully nested service (`/services/{id}`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Service {
    #[serde(flatten)]
    pub fields: ServiceFields,
    pub organization: Organization,
    pub phones: Vec<Phone>,
    pub schedules: Vec<Schedule>,
    pub service_at_locations: Vec<ServiceAtLocation>,
    pub languages: Vec<Language>,
    pub cost_options: Vec<CostOption>,
    /// What HSDS has no field for: the Lotse offer id, the date of the last check, the categories.
    pub attributes: Vec<Attribute>,
}

/// A phone number of a service.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Phone {
    pub id: String,
    pub service_id: String,
    /// In international form (`+4921968824557`; short numbers such as `112` as they are).
    pub number: String,
    /// The number's label (what or when it is for).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// One recurring opening, as iCal RRULE parts; or, for hours without slots, only their description.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Schedule {
    pub id: String,
    pub service_id: String,
    /// The hours' `as_of` date, when it is a full date (a month or a year goes into `notes`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<String>,
    /// `WEEKLY` or `MONTHLY`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freq: Option<&'static str>,
    /// 2 for "every other week" when the sources do not say which weeks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<u8>,
    /// `MO,TU`; for `MONTHLY`, with the week of the month: `1TU,3TU`, `-1FR`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byday: Option<String>,
    /// The ISO weeks of slots in odd or even weeks (`1,3,…,53`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byweekno: Option<String>,
    /// The slot in words, in the requested language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `HH:MM`, local time in Europe/Berlin (HSDS's fixed UTC offsets cannot express summer time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<String>,
    /// `HH:MM`; the end of the day is `23:59`, as HSDS advises for 24-hour services.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<String>,
    /// The hours' note, "by appointment", and the `as_of` date in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// The link of a service to its location.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ServiceAtLocation {
    pub id: String,
    pub service_id: String,
    pub location_id: String,
    pub location: Location,
}

/// Where an offer is: its address and, when precise, its coordinates.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Location {
    pub id: String,
    pub location_type: &'static str,
    /// The address's note ("Adresse geheim", how to find the door).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Only for coordinates of a building or street: a town's or district's centre is not where
    /// the offer is (and a women's shelter must not appear to have a position).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    pub addresses: Vec<Address>,
    pub accessibility: Vec<Accessibility>,
}

/// A postal address. `address_1`, `state_province` and `postal_code` are required by HSDS; what
/// the content does not state is an empty string.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Address {
    pub id: String,
    pub location_id: String,
    /// The street and number, or empty.
    pub address_1: String,
    /// The district of the town (`Dabringhausen`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_2: Option<String>,
    pub city: String,
    /// Always empty: no source states it.
    pub state_province: String,
    pub postal_code: String,
    pub country: &'static str,
    pub address_type: &'static str,
}

/// What the offer says about access for disabled people.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Accessibility {
    pub id: String,
    pub location_id: String,
    pub description: String,
}

/// A language spoken in counselling.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Language {
    pub id: String,
    pub service_id: String,
    /// The language's own name, for the nine languages Lotse knows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The tag as the content writes it (`de`, `ar`, `ku`).
    pub code: String,
}

/// The cost of a service: the cost text, with amount 0 when it says the offer is free.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CostOption {
    pub id: String,
    pub service_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<u32>,
    pub amount_description: String,
}

/// A fact HSDS has no field for, as a value of a term of a Lotse taxonomy.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Attribute {
    pub id: String,
    pub link_id: String,
    pub link_entity: &'static str,
    pub taxonomy_term_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    pub taxonomy_term: TaxonomyTerm,
}

/// A term of one of Lotse's two taxonomies (facts, categories).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TaxonomyTerm {
    pub id: String,
    pub code: String,
    pub name: String,
    /// Required by HSDS; empty for categories, whose taxonomy has names only.
    pub description: String,
    /// The language of `name` (ISO 639-1; easy German is `de`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<&'static str>,
    /// The taxonomy's name.
    pub taxonomy: String,
    pub taxonomy_id: String,
}

/// A taxonomy (a row of `taxonomies.csv`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Taxonomy {
    pub id: String,
    pub name: String,
    pub description: String,
}

/// One page of a list, as HSDS's API reference defines it (`Page` in its `openapi.json`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Page<T> {
    pub total_items: usize,
    pub total_pages: usize,
    /// From 1.
    pub page_number: usize,
    /// The number of items on this page.
    pub size: usize,
    pub first_page: bool,
    pub last_page: bool,
    /// `true` when this page has no items.
    pub empty: bool,
    pub contents: Vec<T>,
}

impl<T> Page<T> {
    /// Page `page_number` (from 1) of `per_page` (at least 1) items out of `items`; a page past
    /// the end is empty.
    pub fn of<I: ExactSizeIterator>(
        items: I,
        page_number: usize,
        per_page: usize,
        map: impl FnMut(I::Item) -> T,
    ) -> Page<T> {
        let per_page = per_page.max(1);
        let page_number = page_number.max(1);
        let total_items = items.len();
        let total_pages = total_items.div_ceil(per_page);
        let skip = (page_number - 1).saturating_mul(per_page);
        let contents: Vec<T> = items.skip(skip).take(per_page).map(map).collect();
        Page {
            total_items,
            total_pages,
            page_number,
            size: contents.len(),
            first_page: page_number == 1,
            last_page: page_number >= total_pages,
            empty: contents.is_empty(),
            contents,
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// The mapping
// ---------------------------------------------------------------------------------------------------

/// The two taxonomies of the attributes.
const FACTS: &str = "Lotse";
const CATEGORIES: &str = "Lotse categories";

/// The catalogue as HSDS, with texts in one language.
#[derive(Debug, Clone, Copy)]
pub struct Hsds<'a> {
    offers: &'a [Offer],
    lang: Lang,
}

impl<'a> Hsds<'a> {
    /// The mapping of `offers` (a catalogue's, in its order), with names, descriptions and notes
    /// in `lang` where the content has a translation (German otherwise).
    pub fn new(offers: &'a [Offer], lang: Lang) -> Hsds<'a> {
        Hsds { offers, lang }
    }

    /// Every offer, in the catalogue's order (by id).
    pub fn offers(&self) -> &'a [Offer] {
        self.offers
    }

    /// The offer whose service has the HSDS id `id` (any case).
    pub fn offer_by_service_id(&self, id: &str) -> Option<&'a Offer> {
        let id = id.to_ascii_lowercase();
        self.offers().iter().find(|o| service_id(&o.id) == id)
    }

    /// The organizations, by name, each with its offers.
    pub fn organizations(&self) -> Vec<(Organization, Vec<&'a Offer>)> {
        let mut by_provider: BTreeMap<&str, Vec<&Offer>> = BTreeMap::new();
        for offer in self.offers() {
            by_provider
                .entry(offer.provider.trim())
                .or_default()
                .push(offer);
        }
        by_provider
            .into_iter()
            .map(|(provider, offers)| (organization(provider), offers))
            .collect()
    }

    /// The organization with the HSDS id `id` (any case), with its services.
    pub fn organization(&self, id: &str) -> Option<OrganizationWithServices> {
        let id = id.to_ascii_lowercase();
        let (organization, offers) = self.organizations().into_iter().find(|(o, _)| o.id == id)?;
        Some(OrganizationWithServices {
            organization,
            services: offers.into_iter().map(|o| self.fields(o)).collect(),
        })
    }

    /// The service in a list.
    pub fn summary(&self, offer: &Offer) -> ServiceSummary {
        ServiceSummary {
            fields: self.fields(offer),
            organization: organization(&offer.provider),
        }
    }

    /// The fully nested service.
    pub fn service(&self, offer: &Offer) -> Service {
        Service {
            fields: self.fields(offer),
            organization: organization(&offer.provider),
            phones: self.phones(offer),
            schedules: self.schedules(offer),
            service_at_locations: self.location(offer).into_iter().collect(),
            languages: languages(offer),
            cost_options: self.cost_options(offer),
            attributes: self.attributes(offer),
        }
    }

    /// The one-to-one fields of the offer's service.
    pub fn fields(&self, offer: &Offer) -> ServiceFields {
        let lang = self.lang;
        let texts = offer.texts(lang);
        ServiceFields {
            id: service_id(&offer.id),
            organization_id: organization_id(&offer.provider),
            name: texts.name.to_owned(),
            description: texts.description.trim().to_owned(),
            url: offer.contact.website.clone(),
            email: offer.contact.email.clone(),
            status: status(offer.status),
            application_process: offer.appointment.map(|a| t(lang, appointment_key(a))),
            fees_description: texts.cost.map(str::to_owned),
            eligibility_description: (!offer.audience.is_empty()).then(|| {
                offer
                    .audience
                    .iter()
                    .map(|a| t(lang, &format!("audience-{}", a.id())))
                    .collect::<Vec<_>>()
                    .join(", ")
            }),
            // The provider's confirmation, never the editors' own check. No `assurer_email`: the
            // content records who confirmed, not an address a source states.
            assured_date: offer.verification.confirmation_date().map(str::to_owned),
            alert: texts.caveat.map(str::to_owned),
        }
    }

    fn phones(&self, offer: &Offer) -> Vec<Phone> {
        let service = service_id(&offer.id);
        offer
            .contact
            .phones
            .iter()
            .enumerate()
            .map(|(i, p)| Phone {
                id: uuid("phone", &format!("{}/{i}", offer.id)),
                service_id: service.clone(),
                number: p.tel.clone(),
                description: p
                    .label
                    .as_deref()
                    .map(|l| offer.label(self.lang, l).text.to_owned()),
            })
            .collect()
    }

    fn schedules(&self, offer: &Offer) -> Vec<Schedule> {
        let lang = self.lang;
        let Some(hours) = &offer.hours else {
            return Vec::new();
        };
        let full_date = |d: &&String| d.parse::<jiff::civil::Date>().is_ok();
        let valid_from = hours.as_of.as_ref().filter(full_date).cloned();
        let mut notes: Vec<String> = Vec::new();
        if let Some(note) = offer.hours_note(lang) {
            notes.push(note.text.to_owned());
        }
        if hours.by_appointment {
            notes.push(t(lang, "hours-by-appointment"));
        }
        if let Some(as_of) = hours.as_of.as_ref().filter(|d| !full_date(d)) {
            notes.push(t_args(
                lang,
                "hours-as-of",
                &[("date", arg(present::date(lang, as_of)))],
            ));
        }
        let notes = (!notes.is_empty()).then(|| plain(&notes.join(" ")));
        let service = service_id(&offer.id);
        if hours.slots.is_empty() {
            if notes.is_none() {
                return Vec::new();
            }
            return vec![Schedule {
                id: uuid("schedule", &format!("{}/hours", offer.id)),
                service_id: service,
                valid_from,
                notes,
                ..Schedule::default()
            }];
        }
        hours
            .slots
            .iter()
            .enumerate()
            .map(|(i, slot)| Schedule {
                id: uuid("schedule", &format!("{}/{i}", offer.id)),
                service_id: service.clone(),
                valid_from: valid_from.clone(),
                description: Some(self.slot_description(offer, slot)),
                notes: notes.clone(),
                ..recurrence(slot)
            })
            .collect()
    }

    fn slot_description(&self, offer: &Offer, slot: &Slot) -> String {
        let text = present::slot_text(self.lang, offer, slot);
        let mut out = format!("{} {}", text.when, text.span);
        if let Some(label) = text.label {
            out.push_str(&format!(" ({})", label.text));
        }
        plain(&out)
    }

    fn location(&self, offer: &Offer) -> Option<ServiceAtLocation> {
        let precise = offer
            .location
            .as_ref()
            .filter(|l| matches!(l.precision, Precision::Building | Precision::Street));
        if offer.address.is_none() && precise.is_none() {
            return None;
        }
        let location_id = uuid("location", &offer.id);
        let addresses = offer.address.iter().map(|a| Address {
            id: uuid("address", &offer.id),
            location_id: location_id.clone(),
            address_1: a.street.clone().unwrap_or_default(),
            address_2: a.district.clone(),
            city: a.city.clone(),
            state_province: String::new(),
            postal_code: a.postcode.clone().unwrap_or_default(),
            country: COUNTRY,
            address_type: "physical",
        });
        let accessibility = offer.accessibility_text(self.lang).map(|a| Accessibility {
            id: uuid("accessibility", &offer.id),
            location_id: location_id.clone(),
            description: a.text.to_owned(),
        });
        Some(ServiceAtLocation {
            id: uuid("service_at_location", &offer.id),
            service_id: service_id(&offer.id),
            location_id: location_id.clone(),
            location: Location {
                id: location_id.clone(),
                location_type: "physical",
                description: offer.address_note(self.lang).map(|n| n.text.to_owned()),
                latitude: precise.map(|l| l.lat),
                longitude: precise.map(|l| l.lon),
                addresses: addresses.collect(),
                accessibility: accessibility.into_iter().collect(),
            },
        })
    }

    fn cost_options(&self, offer: &Offer) -> Vec<CostOption> {
        let Some(cost) = offer.texts(self.lang).cost else {
            return Vec::new();
        };
        vec![CostOption {
            id: uuid("cost_option", &offer.id),
            service_id: service_id(&offer.id),
            // `is_free` reads the German source: only a text that says "free" and names no price.
            amount: offer.is_free().then_some(0),
            amount_description: cost.to_owned(),
        }]
    }

    fn attributes(&self, offer: &Offer) -> Vec<Attribute> {
        let link = service_id(&offer.id);
        let attribute = |term: TaxonomyTerm, value: Option<String>| Attribute {
            id: uuid("attribute", &format!("{}/{}", offer.id, term.code)),
            link_id: link.clone(),
            link_entity: "service",
            taxonomy_term_id: term.id.clone(),
            value,
            taxonomy_term: term,
        };
        let mut out = vec![
            attribute(fact_term(OFFER_ID), Some(offer.id.clone())),
            attribute(fact_term(CHECKED), Some(offer.verification.checked.clone())),
        ];
        for category in &offer.categories {
            out.push(attribute(self.category_term(category), None));
        }
        out
    }

    fn category_term(&self, category: &str) -> TaxonomyTerm {
        TaxonomyTerm {
            id: uuid("taxonomy_term", &format!("category/{category}")),
            code: category.to_owned(),
            name: category_label(self.lang, category),
            description: String::new(),
            language: Some(self.lang.search_lang().code()),
            taxonomy: CATEGORIES.to_owned(),
            taxonomy_id: uuid("taxonomy", CATEGORIES),
        }
    }
}

/// A UI text without the bidi isolation marks Fluent puts around each argument: they help a page
/// show an Arabic sentence with a Latin date, but are noise in data.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn organization(provider: &str) -> Organization {
    Organization {
        id: organization_id(provider),
        name: provider.trim().to_owned(),
        description: String::new(),
    }
}

fn status(status: Status) -> &'static str {
    match status {
        Status::Active => "active",
        Status::Planned => "inactive",
        Status::TemporarilyClosed => "temporarily closed",
        Status::Ended => "defunct",
        // HSDS has no "unknown"; "active" would claim what no source confirms.
        Status::Unknown => "inactive",
    }
}

fn appointment_key(appointment: Appointment) -> &'static str {
    match appointment {
        Appointment::Required => "appointment-required",
        Appointment::Recommended => "appointment-recommended",
        Appointment::NotNeeded => "appointment-not-needed",
    }
}

fn languages(offer: &Offer) -> Vec<Language> {
    let service = service_id(&offer.id);
    offer
        .languages
        .iter()
        .map(|code| Language {
            id: uuid("language", &format!("{}/{code}", offer.id)),
            service_id: service.clone(),
            name: code
                .parse::<Lang>()
                .ok()
                .filter(|l| l.code() == code)
                .map(|l| l.native_name().to_owned()),
            code: code.clone(),
        })
        .collect()
}

/// The iCal parts of a slot's rhythm, days and times.
fn recurrence(slot: &Slot) -> Schedule {
    let days: Vec<&str> = slot.days.iter().map(|d| ical_day(*d)).collect();
    let weekly = |byweekno: Option<String>, interval: Option<u8>| Schedule {
        freq: Some("WEEKLY"),
        byday: Some(days.join(",")),
        byweekno,
        interval,
        ..Schedule::default()
    };
    let weeks = |first: u8| {
        (first..=53)
            .step_by(2)
            .map(|w| w.to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    let rule = match &slot.every {
        Rhythm::Week => weekly(None, None),
        Rhythm::OddWeeks => weekly(Some(weeks(1)), None),
        Rhythm::EvenWeeks => weekly(Some(weeks(2)), None),
        // Which weeks is not known, so there is no `dtstart` to count from.
        Rhythm::SecondWeek => weekly(None, Some(2)),
        Rhythm::Month(nths) => Schedule {
            freq: Some("MONTHLY"),
            byday: Some(
                nths.iter()
                    .flat_map(|n| days.iter().map(move |d| format!("{n}{d}")))
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            ..Schedule::default()
        },
    };
    Schedule {
        opens_at: Some(clock(slot.opens)),
        closes_at: slot.closes.map(clock),
        ..rule
    }
}

/// `HH:MM`; the content's `24:00` (the last instant of the day) reads `23:59`.
fn clock(time: jiff::civil::Time) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// The iCal code of a weekday (`MO` … `SU`).
fn ical_day(day: jiff::civil::Weekday) -> &'static str {
    match weekday_id(day) {
        "mon" => "MO",
        "tue" => "TU",
        "wed" => "WE",
        "thu" => "TH",
        "fri" => "FR",
        "sat" => "SA",
        _ => "SU",
    }
}

/// A term of the facts taxonomy: code, name, description.
type Fact = (&'static str, &'static str, &'static str);

const OFFER_ID: Fact = (
    "lotse-offer-id",
    "Lotse offer id",
    "The offer's id in Lotse: the name of its content file and the last part of its page's address \
     (/{lang}/offer/{id}).",
);

const CHECKED: Fact = (
    "lotse-checked",
    "Checked",
    "The date (YYYY-MM-DD) on which the directory's editors last checked the entry against its \
     sources. Not a confirmation by the provider: that date, where there is one, is the service's \
     assured_date.",
);

fn fact_term((code, name, description): Fact) -> TaxonomyTerm {
    TaxonomyTerm {
        id: uuid("taxonomy_term", code),
        code: code.to_owned(),
        name: name.to_owned(),
        description: description.to_owned(),
        language: Some("en"),
        taxonomy: FACTS.to_owned(),
        taxonomy_id: uuid("taxonomy", FACTS),
    }
}

fn taxonomies() -> Vec<Taxonomy> {
    vec![
        Taxonomy {
            id: uuid("taxonomy", FACTS),
            name: FACTS.to_owned(),
            description: "Facts Lotse records about an offer that HSDS has no field for.".into(),
        },
        Taxonomy {
            id: uuid("taxonomy", CATEGORIES),
            name: CATEGORIES.to_owned(),
            description: "The categories of the Lotse directory (its content/taxonomy.toml)."
                .into(),
        },
    ]
}

// ---------------------------------------------------------------------------------------------------
// The Tabular Data Package
// ---------------------------------------------------------------------------------------------------

/// A column of an HSDS table: name, Table Schema type, format, and whether HSDS requires a value.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub kind: &'static str,
    pub format: &'static str,
    pub required: bool,
}

const fn col(
    name: &'static str,
    kind: &'static str,
    format: &'static str,
    required: bool,
) -> Column {
    Column {
        name,
        kind,
        format,
        required,
    }
}

/// One table of the package: HSDS's resource name, file and columns (all of HSDS 3.0's, in its
/// order, so the files fit HSDS's own `datapackage.json`), and its foreign keys.
#[derive(Debug, Clone, Copy)]
pub struct Table {
    pub name: &'static str,
    pub path: &'static str,
    pub columns: &'static [Column],
    /// (column, the resource whose `id` it names)
    pub foreign_keys: &'static [(&'static str, &'static str)],
}

/// The tables Lotse writes, parents before children.
pub const TABLES: [Table; 13] = [
    Table {
        name: "organization",
        path: "organizations.csv",
        columns: &[
            col("id", "string", "uuid", true),
            col("name", "string", "", true),
            col("alternate_name", "string", "", false),
            col("description", "string", "", true),
            col("email", "string", "email", false),
            col("website", "string", "uri", false),
            col("tax_status", "string", "", false),
            col("tax_id", "string", "", false),
            col("year_incorporated", "number", "", false),
            col("legal_status", "string", "", false),
            col("logo", "string", "", false),
            col("uri", "string", "uri", false),
            col("parent_organization_id", "string", "uuid", false),
        ],
        foreign_keys: &[],
    },
    Table {
        name: "service",
        path: "services.csv",
        columns: &[
            col("id", "string", "uuid", true),
            col("organization_id", "string", "uuid", true),
            col("program_id", "string", "uuid", false),
            col("name", "string", "", true),
            col("alternate_name", "string", "", false),
            col("description", "string", "", false),
            col("url", "string", "uri", false),
            col("email", "string", "email", false),
            col("status", "string", "", true),
            col("interpretation_services", "string", "", false),
            col("application_process", "string", "", false),
            col("fees_description", "string", "", false),
            col("wait_time", "string", "", false),
            col("fees", "string", "", false),
            col("accreditations", "string", "", false),
            col("eligibility_description", "string", "", false),
            col("minimum_age", "number", "", false),
            col("maximum_age", "number", "", false),
            col("assured_date", "date", "", false),
            col("assurer_email", "string", "email", false),
            col("licenses", "string", "", false),
            col("alert", "string", "", false),
            col("last_modified", "datetime", "", false),
        ],
        foreign_keys: &[("organization_id", "organization")],
    },
    Table {
        name: "location",
        path: "locations.csv",
        columns: &[
            col("id", "string", "uuid", true),
            col("location_type", "string", "", true),
            col("url", "string", "uri", false),
            col("organization_id", "string", "uuid", false),
            col("name", "string", "", false),
            col("alternate_name", "string", "", false),
            col("description", "string", "", false),
            col("transportation", "string", "", false),
            col("latitude", "number", "", false),
            col("longitude", "number", "", false),
            col("external_identifier", "string", "", false),
            col("external_identifier_type", "string", "", false),
        ],
        foreign_keys: &[],
    },
    Table {
        name: "service_at_location",
        path: "service_at_location.csv",
        columns: &[
            col("id", "string", "uuid", true),
            col("service_id", "string", "uuid", true),
            col("location_id", "string", "uuid", true),
            col("description", "string", "", false),
        ],
        foreign_keys: &[("service_id", "service"), ("location_id", "location")],
    },
    Table {
        name: "address",
        path: "addresses.csv",
        columns: &[
            col("id", "string", "uuid", true),
            col("location_id", "string", "uuid", false),
            col("attention", "string", "", false),
            col("address_1", "string", "", true),
            col("address_2", "string", "", false),
            col("city", "string", "", true),
            col("region", "string", "", false),
            col("state_province", "string", "", true),
            col("postal_code", "string", "", true),
            col("country", "string", "", true),
            col("address_type", "string", "", true),
        ],
        foreign_keys: &[("location_id", "location")],
    },
    Table {
        name: "accessibility",
        path: "accessibility.csv",
        columns: &[
            col("id", "string", "uuid", true),
            col("location_id", "string", "uuid", false),
            col("description", "string", "", false),
            col("details", "string", "", false),
            col("url", "string", "uri", false),
        ],
        foreign_keys: &[("location_id", "location")],
    },
    Table {
        name: "phone",
        path: "phones.csv",
        columns: &[
            col("id", "string", "uuid", true),
            col("location_id", "string", "uuid", false),
            col("service_id", "string", "uuid", false),
            col("organization_id", "string", "uuid", false),
            col("contact_id", "string", "uuid", false),
            col("service_at_location_id", "string", "uuid", false),
            col("number", "string", "", true),
            col("extension", "number", "", false),
            col("type", "string", "", false),
            col("description", "string", "", false),
        ],
        foreign_keys: &[("service_id", "service")],
    },
    Table {
        name: "schedule",
        path: "schedules.csv",
        columns: &[
            col("id", "string", "uuid", true),
            col("service_id", "string", "uuid", false),
            col("location_id", "string", "uuid", false),
            col("service_at_location_id", "string", "uuid", false),
            col("valid_from", "date", "", false),
            col("valid_to", "date", "", false),
            col("dtstart", "date", "", false),
            col("timezone", "number", "", false),
            col("until", "date", "", false),
            col("count", "number", "", false),
            col("wkst", "string", "", false),
            col("freq", "string", "", false),
            col("interval", "number", "", false),
            col("byday", "string", "", false),
            col("byweekno", "string", "", false),
            col("bymonthday", "string", "", false),
            col("byyearday", "string", "", false),
            col("description", "string", "", false),
            col("opens_at", "time", "", false),
            col("closes_at", "time", "", false),
            col("schedule_link", "string", "uri", false),
            col("attending_type", "string", "", false),
            col("notes", "string", "", false),
        ],
        foreign_keys: &[("service_id", "service")],
    },
    Table {
        name: "language",
        path: "languages.csv",
        columns: &[
            col("id", "string", "uuid", true),
            col("service_id", "string", "uuid", false),
            col("location_id", "string", "uuid", false),
            col("phone_id", "string", "uuid", false),
            col("name", "string", "", false),
            col("code", "string", "", false),
            col("note", "string", "", false),
        ],
        foreign_keys: &[("service_id", "service")],
    },
    Table {
        name: "cost_option",
        path: "cost_options.csv",
        columns: &[
            col("id", "string", "uuid", true),
            col("service_id", "string", "uuid", true),
            col("valid_from", "date", "", false),
            col("valid_to", "date", "", false),
            col("option", "string", "", false),
            col("currency", "string", "", false),
            col("amount", "number", "", false),
            col("amount_description", "string", "", false),
        ],
        foreign_keys: &[("service_id", "service")],
    },
    Table {
        name: "taxonomy",
        path: "taxonomies.csv",
        columns: &[
            col("id", "string", "uuid", true),
            col("name", "string", "", true),
            col("description", "string", "", true),
            col("uri", "string", "uri", false),
            col("version", "string", "", false),
        ],
        foreign_keys: &[],
    },
    Table {
        name: "taxonomy_term",
        path: "taxonomy_terms.csv",
        columns: &[
            col("id", "string", "uuid", true),
            col("code", "string", "", false),
            col("name", "string", "", true),
            col("description", "string", "", true),
            col("parent_id", "string", "uuid", false),
            col("taxonomy", "string", "", false),
            col("language", "string", "", false),
            col("taxonomy_id", "string", "uuid", false),
            col("term_uri", "string", "uri", false),
        ],
        foreign_keys: &[("taxonomy_id", "taxonomy")],
    },
    Table {
        name: "attribute",
        path: "attributes.csv",
        columns: &[
            col("id", "string", "uuid", true),
            col("link_id", "string", "uuid", true),
            col("taxonomy_term_id", "string", "uuid", true),
            col("link_type", "string", "", false),
            col("link_entity", "string", "", true),
            col("value", "string", "", false),
        ],
        foreign_keys: &[("taxonomy_term_id", "taxonomy_term")],
    },
];

/// Every table's rows (objects whose scalar fields are the columns), keyed by resource name.
pub fn rows(offers: &[Offer], lang: Lang) -> BTreeMap<&'static str, Vec<Map<String, Value>>> {
    let hsds = Hsds::new(offers, lang);
    let mut rows: BTreeMap<&'static str, Vec<Map<String, Value>>> =
        TABLES.iter().map(|t| (t.name, Vec::new())).collect();
    let mut push = |table: &'static str, item: &dyn erased::Row| {
        rows.entry(table).or_default().push(item.scalars());
    };
    for (organization, _) in hsds.organizations() {
        push("organization", &organization);
    }
    let mut terms: BTreeMap<String, TaxonomyTerm> = BTreeMap::new();
    for offer in hsds.offers() {
        let service = hsds.service(offer);
        push("service", &service.fields);
        for sal in &service.service_at_locations {
            push("location", &sal.location);
            push("service_at_location", sal);
            for address in &sal.location.addresses {
                push("address", address);
            }
            for a in &sal.location.accessibility {
                push("accessibility", a);
            }
        }
        service.phones.iter().for_each(|p| push("phone", p));
        service.schedules.iter().for_each(|s| push("schedule", s));
        service.languages.iter().for_each(|l| push("language", l));
        service
            .cost_options
            .iter()
            .for_each(|c| push("cost_option", c));
        for attribute in &service.attributes {
            push("attribute", attribute);
            terms.insert(
                attribute.taxonomy_term.id.clone(),
                attribute.taxonomy_term.clone(),
            );
        }
    }
    for taxonomy in taxonomies() {
        push("taxonomy", &taxonomy);
    }
    for term in terms.values() {
        push("taxonomy_term", term);
    }
    rows
}

/// Object safety for [`rows`]: any serializable object, reduced to its scalar fields.
mod erased {
    use serde::Serialize;
    use serde_json::{Map, Value};

    pub trait Row {
        fn scalars(&self) -> Map<String, Value>;
    }

    impl<T: Serialize> Row for T {
        fn scalars(&self) -> Map<String, Value> {
            match serde_json::to_value(self) {
                Ok(Value::Object(map)) => map
                    .into_iter()
                    .filter(|(_, v)| !v.is_array() && !v.is_object())
                    .collect(),
                _ => Map::new(),
            }
        }
    }
}

/// The `datapackage.json` descriptor of the tables (a Frictionless Tabular Data Package, as HSDS
/// 3.0 publishes its own). A column is `required` where HSDS requires it and Lotse always has a
/// value; the columns that HSDS requires but the content never or not always states (see the
/// module documentation) are not, since their cells may be empty.
pub fn datapackage() -> Value {
    let resources: Vec<Value> = TABLES
        .iter()
        .map(|table| {
            let fields: Vec<Value> = table
                .columns
                .iter()
                .map(|c| {
                    let mut field = json!({
                        "name": c.name,
                        "type": c.kind,
                        "constraints": {
                            "required": c.required && !may_be_empty(table.name, c.name),
                            "unique": c.name == "id",
                        },
                    });
                    if !c.format.is_empty() {
                        field["format"] = json!(c.format);
                    }
                    field
                })
                .collect();
            let foreign_keys: Vec<Value> = table
                .foreign_keys
                .iter()
                .map(|(field, resource)| {
                    json!({"fields": field, "reference": {"resource": resource, "fields": "id"}})
                })
                .collect();
            json!({
                "name": table.name,
                "path": table.path,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "profile": "tabular-data-resource",
                "schema": {"fields": fields, "primaryKey": "id", "foreignKeys": foreign_keys},
            })
        })
        .collect();
    json!({
        "name": "lotse-hsds",
        "title": "Lotse: counselling and support offers (Open Referral HSDS 3.0)",
        "profile": "tabular-data-package",
        "version": HSDS_VERSION,
        "resources": resources,
    })
}

/// The columns HSDS requires whose value the content may not state (written as empty cells).
pub fn may_be_empty(table: &str, column: &str) -> bool {
    matches!(
        (table, column),
        ("organization", "description")
            | ("address", "address_1" | "state_province" | "postal_code")
            | ("taxonomy_term", "description")
    )
}

/// Writes the Tabular Data Package of a catalogue's `offers` (German texts) into `dir` (created if
/// needed): `datapackage.json` and one CSV file per table. Returns the files written.
pub fn write_package(offers: &[Offer], dir: &Path) -> io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let rows = rows(offers, Lang::De);
    let mut written = Vec::new();
    for table in &TABLES {
        let path = dir.join(table.path);
        write_table(
            &path,
            table,
            rows.get(table.name).map_or(&[][..], Vec::as_slice),
        )?;
        written.push(path);
    }
    let path = dir.join("datapackage.json");
    let descriptor = serde_json::to_string_pretty(&datapackage()).map_err(io::Error::other)?;
    std::fs::write(&path, descriptor + "\n")?;
    written.push(path);
    Ok(written)
}

fn write_table(path: &Path, table: &Table, rows: &[Map<String, Value>]) -> io::Result<()> {
    let mut writer = csv::Writer::from_path(path)?;
    writer.write_record(table.columns.iter().map(|c| c.name))?;
    for row in rows {
        writer.write_record(table.columns.iter().map(|c| cell(row.get(c.name))))?;
    }
    writer.flush()
}

/// A value as a CSV cell: absent is empty.
fn cell(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests;
