//! `lotse review`: the editors' work list — the offers due for a check, most urgent first, each with
//! why and whom to call — and `lotse review confirm` ([`confirm`]), which records a provider's
//! confirmation in the offer's file.
//!
//! Urgency: a status other than active (ended, planned, paused, unknown) first, then readers' open
//! corrections, then facts older than twelve months (the rule of [`present::is_old`]), then entries the
//! provider never confirmed. Offers with none of these are not listed.

pub mod confirm;

use std::collections::HashMap;

use jiff::civil::Date;

use crate::content::{Catalogue, Language, Offer, Status};
use crate::present;
use crate::store::Correction;

/// Why an offer is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Its status is not active.
    Status(Status),
    /// Readers reported this many problems.
    Corrections(usize),
    /// Its newest source or its hours are older than twelve months.
    Old,
    /// The provider never confirmed it.
    NeverConfirmed,
}

impl Reason {
    fn weight(&self) -> u32 {
        match self {
            Reason::Status(_) => 8,
            Reason::Corrections(_) => 4,
            Reason::Old => 2,
            Reason::NeverConfirmed => 1,
        }
    }

    /// The reason in words.
    pub fn describe(&self, lang: Language) -> String {
        match (self, lang) {
            (Reason::Status(s), Language::De) => format!("Status {}", s.id()),
            (Reason::Status(s), Language::En) => format!("status {}", s.id()),
            (Reason::Corrections(n), Language::De) => format!("{n} offene Meldung(en)"),
            (Reason::Corrections(n), Language::En) => format!("{n} open correction(s)"),
            (Reason::Old, Language::De) => "Quellen oder Zeiten älter als 12 Monate".into(),
            (Reason::Old, Language::En) => "sources or hours older than 12 months".into(),
            (Reason::NeverConfirmed, Language::De) => "nie vom Anbieter bestätigt".into(),
            (Reason::NeverConfirmed, Language::En) => "never confirmed by the provider".into(),
        }
    }
}

/// One offer on the work list.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub offer: &'a Offer,
    pub reasons: Vec<Reason>,
    /// The open corrections' ids.
    pub corrections: Vec<i64>,
}

impl Entry<'_> {
    fn urgency(&self) -> u32 {
        self.reasons.iter().map(Reason::weight).sum()
    }

    /// Whom to call: the first phone, else the e-mail address, else the website.
    pub fn contact(&self) -> String {
        let c = &self.offer.contact;
        c.phones
            .first()
            .map(present::phone_display)
            .or_else(|| c.email.clone())
            .or_else(|| c.website.clone())
            .unwrap_or_else(|| "–".into())
    }

    /// The reasons in words, joined.
    pub fn reasons_text(&self, lang: Language) -> String {
        self.reasons
            .iter()
            .map(|r| r.describe(lang))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// The work list on `today`, most urgent first, given the open `corrections`.
pub fn due<'a>(
    catalogue: &'a Catalogue,
    corrections: &[Correction],
    today: Date,
) -> Vec<Entry<'a>> {
    let mut open: HashMap<&str, Vec<i64>> = HashMap::new();
    for c in corrections {
        open.entry(c.offer_id.as_str()).or_default().push(c.id);
    }
    let mut entries: Vec<Entry<'a>> = catalogue
        .offers
        .iter()
        .filter_map(|offer| {
            let mut reasons = Vec::new();
            if offer.status != Status::Active {
                reasons.push(Reason::Status(offer.status));
            }
            let ids = open.remove(offer.id.as_str()).unwrap_or_default();
            if !ids.is_empty() {
                reasons.push(Reason::Corrections(ids.len()));
            }
            if present::is_old(offer, today) {
                reasons.push(Reason::Old);
            }
            if !offer.verification.confirmed_by_provider {
                reasons.push(Reason::NeverConfirmed);
            }
            (!reasons.is_empty()).then_some(Entry {
                offer,
                reasons,
                corrections: ids,
            })
        })
        .collect();
    entries.sort_by(|a, b| {
        b.urgency()
            .cmp(&a.urgency())
            .then_with(|| a.offer.id.cmp(&b.offer.id))
    });
    entries
}

/// The work list as a table for the terminal.
pub fn table(entries: &[Entry<'_>], lang: Language) -> String {
    let (h_id, h_why, h_call, h_corr) = match lang {
        Language::De => ("Angebot", "Grund", "Kontakt", "Meldungen"),
        Language::En => ("offer", "reason", "contact", "corrections"),
    };
    let id_w = entries
        .iter()
        .map(|e| e.offer.id.chars().count())
        .max()
        .unwrap_or(0)
        .max(h_id.len());
    let call_w = entries
        .iter()
        .map(|e| e.contact().chars().count())
        .max()
        .unwrap_or(0)
        .max(h_call.len());
    let mut out = format!(
        "{:>3}  {h_id:<id_w$}  {h_call:<call_w$}  {h_why} · {h_corr}\n",
        "#"
    );
    for (i, e) in entries.iter().enumerate() {
        let ids: Vec<String> = e.corrections.iter().map(|id| format!("#{id}")).collect();
        out.push_str(&format!(
            "{:>3}  {:<id_w$}  {:<call_w$}  {}{}\n",
            i + 1,
            e.offer.id,
            e.contact(),
            e.reasons_text(lang),
            if ids.is_empty() {
                String::new()
            } else {
                format!(" · {}", ids.join(" "))
            }
        ));
    }
    out
}

/// The work list as CSV (`,`-separated, UTF-8).
pub fn csv(entries: &[Entry<'_>], lang: Language) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "rank",
        "id",
        "name",
        "provider",
        "status",
        "reasons",
        "contact",
        "open_corrections",
        "checked",
        "confirmed_on",
    ])?;
    for (i, e) in entries.iter().enumerate() {
        let v = &e.offer.verification;
        w.write_record([
            (i + 1).to_string(),
            e.offer.id.clone(),
            e.offer.name.clone(),
            e.offer.provider.clone(),
            e.offer.status.id().to_owned(),
            e.reasons_text(lang),
            e.contact(),
            e.corrections
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(" "),
            v.checked.clone(),
            v.confirmation_date().unwrap_or_default().to_owned(),
        ])?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> Catalogue {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        crate::content::load(&dir).expect("the bundled content loads")
    }

    #[test]
    fn offers_not_active_come_first_and_open_corrections_before_mere_age() {
        let catalogue = catalogue();
        let today = Date::constant(2026, 12, 3);
        let tafel = Correction {
            id: 7,
            offer_id: "wk-tafel".into(),
            kind: crate::store::Kind::Phone,
            text: None,
            email: None,
            lang: "ar".into(),
            created: "2026-12-03".into(),
            status: crate::store::CorrectionStatus::Open,
            resolved: None,
        };
        let list = due(&catalogue, &[tafel], today);
        let first = &list[0];
        assert!(
            matches!(first.reasons[0], Reason::Status(_)),
            "{:?}",
            first.reasons
        );
        let rank = |id: &str| list.iter().position(|e| e.offer.id == id);
        let tafel = rank("wk-tafel").expect("listed");
        assert_eq!(list[tafel].corrections, vec![7]);
        let unknown = rank("wk-jugendtreff-dabringhausen").expect("listed");
        assert!(unknown < tafel, "an unknown status before a correction");
        let aged_only = list
            .iter()
            .position(|e| e.reasons == [Reason::Old, Reason::NeverConfirmed])
            .expect("some offer is only old and unconfirmed");
        assert!(tafel < aged_only);
        let text = table(&list, Language::En);
        let line = text
            .lines()
            .find(|l| l.contains(" wk-tafel "))
            .expect("a line");
        assert!(
            line.contains("1 open correction(s)") && line.ends_with(" · #7"),
            "{line}"
        );
        assert!(line.contains("02196 8824557"), "whom to call: {line}");
        let csv = csv(&list, Language::De).expect("csv");
        assert!(csv.lines().count() == list.len() + 1);
    }
}
