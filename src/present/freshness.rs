//! How current an offer's facts are, in words: the one rule for the offer page, the bot and the API.
//!
//! "Zuletzt geprüft am 21.11.2026" read as if the data were current, when the editors had only compared
//! the file with sources years old. So the page says exactly one of two things — the provider confirmed
//! the entry on a day, or the editors compared it with the sources on a day and the provider has not
//! confirmed it — and adds a calm warning when the facts themselves are older than
//! [`MAX_HOURS_AGE_MONTHS`](super::MAX_HOURS_AGE_MONTHS) (the same twelve months after which hours may no longer claim "open now").

use jiff::civil::Date;

use super::claim::is_current;
use super::date;
use crate::content::Offer;
use crate::i18n::{arg, t, t_args};
use crate::lang::Lang;

/// What a reader is told about how current an offer is.
#[derive(Debug, Clone, PartialEq)]
pub struct Freshness {
    /// "Vom Anbieter bestätigt am …" or "Mit den Quellen abgeglichen am … – vom Anbieter noch nicht
    /// bestätigt".
    pub text: String,
    /// The day of the provider's confirmation (`YYYY-MM-DD`), if there was one.
    pub confirmed_on: Option<String>,
    /// "Diese Angaben sind älter als ein Jahr – bitte vorher anrufen" when [`is_old`] says so.
    pub warning: Option<String>,
}

/// The freshness of `offer` on `today`, in `lang`.
pub fn freshness(lang: Lang, offer: &Offer, today: Date) -> Freshness {
    let v = &offer.verification;
    let confirmed_on = v.confirmation_date().map(str::to_owned);
    let text = match &confirmed_on {
        Some(d) => t_args(lang, "freshness-confirmed", &[("date", arg(date(lang, d)))]),
        None => t_args(
            lang,
            "freshness-sources",
            &[("date", arg(date(lang, &v.checked)))],
        ),
    };
    Freshness {
        text,
        confirmed_on,
        warning: is_old(offer, today).then(|| t(lang, "freshness-old")),
    }
}

/// `true` when the newest source or the hours are older than
/// [`MAX_HOURS_AGE_MONTHS`](super::MAX_HOURS_AGE_MONTHS) (an offer whose
/// sources are all undated counts as old: nobody can say they are current). A confirmation by the
/// provider within that time is as good as a current source for all of the entry.
pub fn is_old(offer: &Offer, today: Date) -> bool {
    if offer
        .verification
        .confirmation_date()
        .is_some_and(|d| is_current(d, today))
    {
        return false;
    }
    let sources_old = offer
        .newest_source_date()
        .is_none_or(|d| !is_current(d, today));
    let hours_old = offer
        .hours
        .as_ref()
        .and_then(|h| h.as_of.as_deref())
        .is_some_and(|d| !is_current(d, today));
    sources_old || hours_old
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Source;

    fn offer() -> Offer {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
        let catalogue = crate::content::load(&dir).expect("the valid fixture loads");
        let mut offer = catalogue.offer("fx-tafel").expect("fx-tafel").clone();
        offer.hours = None;
        offer.verification.checked = "2026-11-21".into();
        offer.verification.confirmed_by_provider = false;
        offer.verification.confirmed_on = None;
        offer.verification.sources = vec![Source {
            url: Some("https://example.org/".into()),
            title: None,
            date: Some("2026-06".into()),
        }];
        offer
    }

    /// The text without Fluent's isolation marks around placeables.
    fn plain(s: &str) -> String {
        s.replace(['\u{2068}', '\u{2069}'], "")
    }

    fn today() -> Date {
        Date::constant(2026, 12, 3)
    }

    #[test]
    fn an_unconfirmed_offer_says_it_was_compared_with_its_sources_and_not_confirmed() {
        let f = freshness(Lang::De, &offer(), today());
        assert_eq!(
            plain(&f.text),
            "Mit den Quellen abgeglichen am 21. November 2026 – vom Anbieter noch nicht bestätigt."
        );
        assert_eq!(f.confirmed_on, None);
        assert_eq!(f.warning, None, "a source of June 2026 is current");
    }

    #[test]
    fn a_confirmed_offer_names_the_day_of_the_confirmation_not_of_the_check() {
        let mut o = offer();
        o.verification.confirmed_by_provider = true;
        o.verification.confirmed_on = Some("2026-12-02".into());
        let f = freshness(Lang::De, &o, today());
        assert_eq!(
            plain(&f.text),
            "Vom Anbieter bestätigt am 2. Dezember 2026."
        );
        assert_eq!(f.confirmed_on.as_deref(), Some("2026-12-02"));
        let en = freshness(Lang::En, &o, today());
        assert_eq!(
            plain(&en.text),
            "Confirmed by the provider on 2 December 2026."
        );
    }

    #[test]
    fn an_old_file_confirmed_without_a_date_counts_its_check_as_the_confirmation() {
        let mut o = offer();
        o.verification.confirmed_by_provider = true;
        assert_eq!(
            freshness(Lang::De, &o, today()).confirmed_on.as_deref(),
            Some("2026-11-21")
        );
    }

    #[test]
    fn sources_or_hours_older_than_a_year_bring_the_warning() {
        let mut o = offer();
        o.verification.sources[0].date = Some("2025-11".into());
        assert!(
            is_old(&o, today()),
            "November 2025 is older than twelve months"
        );
        o.verification.sources[0].date = Some("2025-12-03".into());
        assert!(
            !is_old(&o, today()),
            "exactly twelve months is still current"
        );
        o.verification.sources[0].date = None;
        assert!(is_old(&o, today()), "undated sources cannot be current");
        o.verification.sources[0].date = Some("2026-06".into());
        o.hours = Some(crate::content::Hours {
            by_appointment: true,
            as_of: Some("2020".into()),
            note: None,
            slots: Vec::new(),
        });
        assert!(
            is_old(&o, today()),
            "hours of 2020 are old however new the sources"
        );
        let f = freshness(Lang::De, &o, today());
        assert_eq!(
            f.warning.as_deref(),
            Some("Diese Angaben sind älter als ein Jahr – bitte vorher anrufen.")
        );
    }

    #[test]
    fn a_recent_confirmation_by_the_provider_lifts_the_warning() {
        let mut o = offer();
        o.verification.sources[0].date = Some("2020".into());
        assert!(is_old(&o, today()));
        o.verification.confirmed_by_provider = true;
        o.verification.confirmed_on = Some("2026-12-01".into());
        assert!(!is_old(&o, today()));
        o.verification.confirmed_on = Some("2024-01-01".into());
        assert!(is_old(&o, today()), "an old confirmation is old too");
    }
}
