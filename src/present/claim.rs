//! Whether an offer may claim to be open: the one rule for web, bot and API.
//!
//! A card that says "Jetzt geöffnet" or "Nächste Öffnung: Dienstag, 10:00" sends a person to a door.
//! It may say so only when the hours are current — dated within [`MAX_HOURS_AGE_MONTHS`] — and the offer
//! is active. Otherwise the hours are still shown with their date, and the reader is asked to call
//! first, but nothing claims that the door is open.

use jiff::civil::Date;
use jiff::{ToSpan, Zoned};

use super::{NextOpening, date, is_around_the_clock, next_opening, time, weekday_name};
use crate::content::{Offer, Status};
use crate::i18n::{arg, t, t_args};
use crate::lang::Lang;

/// Hours dated longer ago than this are too old for a live claim.
pub const MAX_HOURS_AGE_MONTHS: i32 = 12;

/// What an offer's hours allow Lotse to say now.
#[derive(Debug, Clone, PartialEq)]
pub enum HoursClaim {
    /// The hours are current and the offer is active: open now, or when it next opens.
    Live(NextOpening),
    /// Current hours, active offer, but no opening in the next two months the hours can name (a
    /// rhythm whose weeks are unknown, or slots that never occur).
    LiveUnknown,
    /// The hours are older than [`MAX_HOURS_AGE_MONTHS`]; `as_of` as the content writes it.
    Stale {
        as_of: String,
        around_the_clock: bool,
    },
    /// The hours carry no date, so nobody can say how current they are.
    Undated { around_the_clock: bool },
    /// The offer is ended, planned or paused: no claim about its door.
    NotActive,
    /// No weekly hours (by appointment, or none known).
    NoHours,
}

impl HoursClaim {
    /// The API's `open_now`: `Some` only for a live claim.
    pub fn open_now(&self) -> Option<bool> {
        match self {
            HoursClaim::Live(NextOpening::OpenNow { .. }) => Some(true),
            HoursClaim::Live(NextOpening::At(_)) => Some(false),
            _ => None,
        }
    }

    /// Why `open_now` is what it is (a stable id for API clients).
    pub fn reason(&self) -> &'static str {
        match self {
            HoursClaim::Live(_) | HoursClaim::LiveUnknown => "current_hours",
            HoursClaim::Stale { .. } => "hours_older_than_12_months",
            HoursClaim::Undated { .. } => "hours_undated",
            HoursClaim::NotActive => "not_active",
            HoursClaim::NoHours => "no_hours",
        }
    }
}

/// Decides what `offer` may claim at `now`.
pub fn hours_claim(offer: &Offer, now: &Zoned) -> HoursClaim {
    if offer.status != Status::Active {
        return HoursClaim::NotActive;
    }
    let Some(hours) = offer.hours.as_ref().filter(|h| !h.slots.is_empty()) else {
        return HoursClaim::NoHours;
    };
    let around_the_clock = hours.slots.iter().any(is_around_the_clock);
    let Some(as_of) = hours.as_of.as_deref() else {
        return HoursClaim::Undated { around_the_clock };
    };
    if !is_current(as_of, now.date()) {
        return HoursClaim::Stale {
            as_of: as_of.to_owned(),
            around_the_clock,
        };
    }
    match next_opening(offer, now) {
        Some(next) => HoursClaim::Live(next),
        None => HoursClaim::LiveUnknown,
    }
}

/// `true` if hours dated `as_of` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) are current on `today`. A partial
/// date counts from its first day: "2025" may mean January 2025, and the rule must not assume better.
pub(super) fn is_current(as_of: &str, today: Date) -> bool {
    let Some(start) = first_day(as_of) else {
        return false;
    };
    today
        .checked_sub(MAX_HOURS_AGE_MONTHS.months())
        .is_ok_and(|limit| start >= limit)
}

fn first_day(as_of: &str) -> Option<Date> {
    let mut parts = as_of.split('-');
    let year: i16 = parts.next()?.parse().ok()?;
    let month: i8 = parts.next().map_or(Some(1), |m| m.parse().ok())?;
    let day: i8 = parts.next().map_or(Some(1), |d| d.parse().ok())?;
    Date::new(year, month, day).ok()
}

/// The claim in words, with whether it is a live claim (shown prominently) or a note.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimText {
    pub text: String,
    pub live: bool,
    /// Whether the text warns that the hours may be out of date ("Zeiten von 2020 – bitte vorher
    /// anrufen"): front ends mark it as a caution. A line open day and night is no caution, even when
    /// its hours are undated.
    pub caution: bool,
}

/// The claim in words: "Jetzt geöffnet, bis 12:00", "Nächste Öffnung: morgen, 10:00", "Rund um die Uhr
/// erreichbar", "Zeiten von Juli 2023 – bitte vorher anrufen"; `None` when there is nothing to say.
pub fn claim_text(lang: Lang, offer: &Offer, now: &Zoned) -> Option<ClaimText> {
    let live = |text| {
        Some(ClaimText {
            text,
            live: true,
            caution: false,
        })
    };
    let note = |text| {
        Some(ClaimText {
            text,
            live: false,
            caution: false,
        })
    };
    let caution = |text| {
        Some(ClaimText {
            text,
            live: false,
            caution: true,
        })
    };
    match hours_claim(offer, now) {
        HoursClaim::Live(next) => {
            let always = offer
                .hours
                .as_ref()
                .is_some_and(|h| h.slots.iter().any(is_around_the_clock));
            if always && matches!(next, NextOpening::OpenNow { .. }) {
                return live(t(lang, "hours-always"));
            }
            live(live_text(lang, next, now))
        }
        // A line open day and night says so whatever the date of its hours: that is what its hours
        // are, not a claim about this minute.
        HoursClaim::Stale {
            around_the_clock: true,
            ..
        }
        | HoursClaim::Undated {
            around_the_clock: true,
        } => note(t(lang, "hours-always")),
        HoursClaim::Stale { as_of, .. } => caution(t_args(
            lang,
            "hours-stale",
            &[("date", arg(date(lang, &as_of)))],
        )),
        HoursClaim::Undated { .. } => caution(t(lang, "hours-undated")),
        HoursClaim::LiveUnknown | HoursClaim::NotActive | HoursClaim::NoHours => None,
    }
}

fn live_text(lang: Lang, next: NextOpening, now: &Zoned) -> String {
    match next {
        NextOpening::OpenNow { until: Some(until) } => t_args(
            lang,
            "hours-open-now-until",
            &[("time", arg(time(lang, until)))],
        ),
        NextOpening::OpenNow { until: None } => t(lang, "hours-open-now"),
        NextOpening::At(at) => {
            let days = (at.date() - now.date()).get_days();
            let clock = time(lang, at.time());
            let when = match days {
                0 => t_args(lang, "hours-today", &[("time", arg(clock))]),
                1 => t_args(lang, "hours-tomorrow", &[("time", arg(clock))]),
                _ => t_args(
                    lang,
                    "hours-on-date",
                    &[
                        ("weekday", arg(weekday_name(lang, at.date().weekday()))),
                        ("date", arg(super::day_and_month(lang, at.date()))),
                        ("time", arg(clock)),
                    ],
                ),
            };
            t_args(lang, "hours-next", &[("when", arg(when))])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Hours, Rhythm, Slot};
    use jiff::civil::{Time, Weekday};

    fn at(s: &str) -> Zoned {
        format!("{s}[Europe/Berlin]").parse().expect("a zoned time")
    }

    /// The test fixture's food bank with the given status and hours.
    fn offer(as_of: Option<&str>, status: Status, slot: Slot) -> Offer {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
        let catalogue = crate::content::load(&dir).expect("the valid fixture loads");
        let mut offer = catalogue.offer("fx-tafel").expect("fx-tafel").clone();
        offer.status = status;
        offer.hours = Some(Hours {
            by_appointment: false,
            as_of: as_of.map(str::to_owned),
            note: None,
            slots: vec![slot],
        });
        offer
    }

    fn tuesday_morning() -> Slot {
        Slot {
            days: vec![Weekday::Tuesday],
            opens: Time::constant(10, 0, 0, 0),
            closes: Some(Time::constant(12, 0, 0, 0)),
            every: Rhythm::Week,
            label: None,
        }
    }

    fn always() -> Slot {
        Slot {
            days: vec![
                Weekday::Monday,
                Weekday::Tuesday,
                Weekday::Wednesday,
                Weekday::Thursday,
                Weekday::Friday,
                Weekday::Saturday,
                Weekday::Sunday,
            ],
            opens: Time::midnight(),
            closes: Some(Time::MAX),
            every: Rhythm::Week,
            label: None,
        }
    }

    // 2026-12-01 is a Tuesday.
    const TUESDAY_11: &str = "2026-12-01T11:00";

    #[test]
    fn current_hours_of_an_active_offer_make_a_live_claim() {
        let o = offer(Some("2026-03"), Status::Active, tuesday_morning());
        let claim = hours_claim(&o, &at(TUESDAY_11));
        assert_eq!(claim.open_now(), Some(true), "{claim:?}");
        let later = hours_claim(&o, &at("2026-12-01T13:00"));
        assert_eq!(later.open_now(), Some(false), "{later:?}");
        assert_eq!(later.reason(), "current_hours");
        let text = claim_text(Lang::De, &o, &at(TUESDAY_11)).expect("a claim");
        assert!(text.live && text.text.contains("12:00"), "{text:?}");
    }

    #[test]
    fn hours_older_than_a_year_never_claim_an_open_door() {
        // The Tafel's registration slot, dated 2020, on a Tuesday at 11:00.
        let o = offer(Some("2020"), Status::Active, tuesday_morning());
        let claim = hours_claim(&o, &at(TUESDAY_11));
        assert_eq!(claim.open_now(), None);
        assert_eq!(claim.reason(), "hours_older_than_12_months");
        let text = claim_text(Lang::De, &o, &at(TUESDAY_11)).expect("a note");
        assert!(!text.live && text.caution, "{text:?}");
        assert!(
            text.text.contains("2020") && text.text.contains("anrufen"),
            "{text:?}"
        );
        // "2025-11" may mean 1 November 2025: more than twelve months before 2 December 2026.
        let edge = offer(Some("2025-11"), Status::Active, tuesday_morning());
        assert_eq!(hours_claim(&edge, &at("2026-12-02T11:00")).open_now(), None);
        let edge = offer(Some("2025-12-02"), Status::Active, tuesday_morning());
        assert!(
            hours_claim(&edge, &at("2026-12-01T11:00"))
                .open_now()
                .is_some()
        );
    }

    #[test]
    fn undated_hours_and_inactive_offers_claim_nothing() {
        let undated = offer(None, Status::Active, tuesday_morning());
        assert_eq!(
            hours_claim(&undated, &at(TUESDAY_11)).reason(),
            "hours_undated"
        );
        assert_eq!(hours_claim(&undated, &at(TUESDAY_11)).open_now(), None);
        let ended = offer(Some("2026-11"), Status::Ended, tuesday_morning());
        assert_eq!(hours_claim(&ended, &at(TUESDAY_11)), HoursClaim::NotActive);
        assert_eq!(claim_text(Lang::De, &ended, &at(TUESDAY_11)), None);
        // Not confirmed to exist: no door may be promised open, however current its hours.
        let unknown = offer(Some("2026-11"), Status::Unknown, tuesday_morning());
        assert_eq!(
            hours_claim(&unknown, &at(TUESDAY_11)),
            HoursClaim::NotActive
        );
        assert_eq!(hours_claim(&unknown, &at(TUESDAY_11)).open_now(), None);
    }

    #[test]
    fn a_line_open_around_the_clock_says_so_in_every_language() {
        for as_of in [None, Some("2016"), Some("2026-10")] {
            let o = offer(as_of, Status::Active, always());
            for lang in Lang::ALL {
                let text = claim_text(lang, &o, &at(TUESDAY_11)).expect("a text");
                assert_eq!(text.text, t(lang, "hours-always"), "{lang:?} {as_of:?}");
                // Only current hours are a live claim; old or undated ones are still no caution.
                assert_eq!(text.live, as_of == Some("2026-10"), "{lang:?} {as_of:?}");
                assert!(!text.caution, "{lang:?} {as_of:?}");
            }
        }
    }
}
