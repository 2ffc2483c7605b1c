//! Offers put into words a person reads, in their language: opening hours, the next opening, dates,
//! map links. Shared by the web pages and the bot so that both say the same thing the same way.

mod claim;
pub mod filter;
mod format;
mod freshness;
pub mod near;
pub mod qr;
pub mod schema_org;

pub use claim::{ClaimText, HoursClaim, MAX_HOURS_AGE_MONTHS, claim_text, hours_claim};
pub use format::{and_list, day_and_month, list_separator, long_date, month_and_year, year};
pub use freshness::{Freshness, freshness, is_old};

use jiff::civil::{Date, Time, Weekday};
use jiff::tz::TimeZone;
use jiff::{ToSpan, Zoned};

use crate::content::{Address, Hours, Location, Offer, Rhythm, Slot, Status};
use crate::i18n::{arg, t, t_args};
use crate::lang::Lang;

/// The time zone all opening hours are written in.
pub fn berlin() -> TimeZone {
    // The tz database is bundled into the binary (jiff `tzdb-bundle-always`), so this cannot fail on a
    // machine without /usr/share/zoneinfo; UTC would only be a last resort.
    TimeZone::get("Europe/Berlin").unwrap_or(TimeZone::UTC)
}

/// The current time in Berlin.
pub fn now() -> Zoned {
    Zoned::now().with_time_zone(berlin())
}

/// `10:00` as the reader's language writes a clock time; the end of the day reads `24:00`.
pub fn time(lang: Lang, t: Time) -> String {
    format::time(lang, t)
}

fn weekday_key(d: Weekday) -> &'static str {
    crate::content::weekday_id(d)
}

/// The weekday's name (`Montag`), from CLDR.
pub fn weekday_name(lang: Lang, d: Weekday) -> String {
    format::weekday(lang, d)
}

/// A date from the content (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) as readers of the language write it:
/// `8. Dezember 2026`, `Juli 2023`. Partial dates stay partial; anything else is shown as written.
pub fn date(lang: Lang, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let number = |s: &str| s.parse::<i16>().ok();
    match parts.as_slice() {
        [_, _, _] => match iso.parse::<Date>() {
            Ok(d) => format::long_date(lang, d),
            Err(_) => iso.to_owned(),
        },
        [y, m] => match (number(y), number(m).and_then(|m| i8::try_from(m).ok())) {
            (Some(y), Some(m)) => format::month_and_year(lang, y, m),
            _ => iso.to_owned(),
        },
        [y] => number(y).map_or_else(|| iso.to_owned(), |y| format::year(lang, y)),
        _ => iso.to_owned(),
    }
}

/// `true` for a slot that covers every hour of every day (a 24-hour line).
pub fn is_around_the_clock(slot: &Slot) -> bool {
    slot.days.len() == 7
        && slot.every == Rhythm::Week
        && slot.opens == Time::midnight()
        && slot.closes == Some(Time::MAX)
}

/// One slot of opening hours in words, in parts a page can lay out: when ("dienstags"), the times
/// ("10:00–12:00", kept on one line), and the slot's label in the language the content has it in.
#[derive(Debug, Clone)]
pub struct SlotText {
    pub when: String,
    pub span: String,
    pub label: Option<LangText>,
}

/// A text with the language and direction it is written in, for `lang` and `dir` attributes: German
/// notes on an Arabic page are marked German and left-to-right (WCAG 3.1.2, language of parts).
#[derive(Debug, Clone)]
pub struct LangText {
    pub text: String,
    /// A BCP 47 tag (one of ours, or a spoken language's tag from the content).
    pub lang: String,
    pub dir: &'static str,
}

impl LangText {
    /// `text`, written in `lang`.
    pub fn new(text: impl Into<String>, lang: Lang) -> LangText {
        LangText {
            text: text.into(),
            lang: lang.code().to_owned(),
            dir: lang.dir(),
        }
    }
}

impl From<crate::content::InLang<'_>> for LangText {
    fn from(t: crate::content::InLang<'_>) -> LangText {
        LangText::new(t.text, t.lang)
    }
}

/// The parts of one slot of `offer` for readers of `lang`.
pub fn slot_text(lang: Lang, offer: &Offer, slot: &Slot) -> SlotText {
    let (when, span) = slot_parts(lang, slot);
    let label = slot
        .label
        .as_deref()
        .map(|l| LangText::from(offer.label(lang, l)));
    SlotText { when, span, label }
}

fn slot_parts(lang: Lang, slot: &Slot) -> (String, String) {
    if is_around_the_clock(slot) {
        return (t(lang, "hours-daily"), t(lang, "hours-all-day"));
    }
    let span = match slot.closes {
        Some(closes) => t_args(
            lang,
            "hours-range",
            &[
                ("from", arg(time(lang, slot.opens))),
                ("to", arg(time(lang, closes))),
            ],
        ),
        None => t_args(lang, "hours-from", &[("from", arg(time(lang, slot.opens)))]),
    };
    if slot.days.len() == 7 && slot.every == Rhythm::Week {
        return (t(lang, "hours-daily"), span);
    }
    let plural_days: Vec<String> = slot
        .days
        .iter()
        .map(|d| t(lang, &format!("weekdays-{}", weekday_key(*d))))
        .collect();
    let days = and_list(lang, &plural_days);
    let when = match &slot.every {
        Rhythm::Week => t_args(lang, "hours-every-week", &[("days", arg(days))]),
        Rhythm::OddWeeks => t_args(lang, "hours-odd-weeks", &[("days", arg(days))]),
        Rhythm::EvenWeeks => t_args(lang, "hours-even-weeks", &[("days", arg(days))]),
        Rhythm::SecondWeek => t_args(lang, "hours-second-week", &[("days", arg(days))]),
        Rhythm::Month(weeks) => {
            let names: Vec<String> = slot.days.iter().map(|d| weekday_name(lang, *d)).collect();
            // "the second Wednesday": the ordinal agrees with the weekday's gender where the
            // language has one (Ukrainian, Russian, Polish).
            let gender = slot
                .days
                .first()
                .map(|d| t(lang, &format!("weekday-gender-{}", weekday_key(*d))))
                .unwrap_or_default();
            let nth: Vec<String> = weeks
                .iter()
                .map(|w| {
                    let key = if *w < 0 {
                        "nth-last".to_owned()
                    } else {
                        format!("nth-{w}")
                    };
                    t_args(lang, &key, &[("gender", arg(gender.clone()))])
                })
                .collect();
            t_args(
                lang,
                "hours-month",
                &[
                    ("weeks", arg(and_list(lang, &nth))),
                    ("days", arg(and_list(lang, &names))),
                ],
            )
        }
    };
    (when, span)
}

/// One line per slot as plain text (the bot), e.g. "dienstags: 10:00–12:00 · Neuanmeldung (Stand 2020)".
pub fn slot_line(lang: Lang, offer: &Offer, slot: &Slot) -> String {
    let parts = slot_text(lang, offer, slot);
    // Times read left to right in every script: isolate the span so that "10:00–12:00" is not shown
    // as "12:00–10:00" inside an Arabic or Farsi sentence.
    let mut line = format!("{}: \u{2066}{}\u{2069}", parts.when, parts.span);
    if let Some(label) = parts.label {
        line.push_str(" · ");
        line.push_str(&label.text);
    }
    line
}

/// What a reader can count on when calling: free of charge, anonymous, around the clock, each only
/// where the content states it (`free`: a cost text that says so; `anonymous = true`; a 24-hour slot).
pub fn reachability(lang: Lang, offer: &Offer) -> Vec<String> {
    let mut facts = Vec::new();
    if offer.is_free() {
        facts.push(t(lang, "fact-free"));
    }
    if offer.anonymous == Some(true) {
        facts.push(t(lang, "fact-anonymous"));
    }
    if offer
        .hours
        .as_ref()
        .is_some_and(|h| h.slots.iter().any(is_around_the_clock))
    {
        facts.push(t(lang, "fact-around-the-clock"));
    }
    facts
}

/// A phone number as people here dial it: the national form the content writes (`0800 111 0 111`,
/// `02196 …`), the form on letters and signs, in every language; links use the E.164 `tel:` form.
pub fn phone_display(phone: &crate::content::Phone) -> String {
    phone.display.trim().to_owned()
}

/// When an offer next opens, as far as its structured hours tell.
#[derive(Debug, Clone, PartialEq)]
pub enum NextOpening {
    /// Open right now, until the given time (if known).
    OpenNow { until: Option<Time> },
    /// Opens at this moment (Berlin time).
    At(jiff::civil::DateTime),
}

/// Looks up to two months ahead for the next opening. `None` for offers that are not active, have no
/// slots, or only slots whose rhythm is unknown. Whether the result may be shown is decided by
/// [`hours_claim`], which also asks how old the hours are.
pub fn next_opening(offer: &Offer, now: &Zoned) -> Option<NextOpening> {
    if offer.status != Status::Active {
        return None;
    }
    next_in(offer.hours.as_ref()?, now)
}

fn next_in(hours: &Hours, now: &Zoned) -> Option<NextOpening> {
    let today = now.date();
    let clock = now.time();
    let mut best: Option<jiff::civil::DateTime> = None;
    for offset in 0..=62 {
        let day = today.checked_add(offset.days()).ok()?;
        for slot in hours
            .slots
            .iter()
            .filter(|s| s.days.contains(&day.weekday()) && occurs(s, day))
        {
            if offset == 0 && slot.opens <= clock {
                match slot.closes {
                    Some(closes) if clock < closes => {
                        return Some(NextOpening::OpenNow {
                            until: Some(closes),
                        });
                    }
                    _ => continue,
                }
            }
            let start = day.to_datetime(slot.opens);
            if best.is_none_or(|b| start < b) {
                best = Some(start);
            }
        }
        if best.is_some() {
            break; // slots of a later day cannot be earlier
        }
    }
    best.map(NextOpening::At)
}

/// `true` if `slot` opens on `day`: its weekday, in a week its rhythm names. Never for a rhythm whose
/// weeks are unknown (`second-week`). The calendar files (`export::ical`) start their series here.
pub fn slot_opens_on(slot: &Slot, day: Date) -> bool {
    slot.days.contains(&day.weekday()) && occurs(slot, day)
}

fn occurs(slot: &Slot, day: Date) -> bool {
    match &slot.every {
        Rhythm::Week => true,
        Rhythm::OddWeeks => day.iso_week_date().week() % 2 == 1,
        Rhythm::EvenWeeks => day.iso_week_date().week() % 2 == 0,
        // Which week is not known: never claim a date.
        Rhythm::SecondWeek => false,
        Rhythm::Month(weeks) => {
            let nth = (day.day() - 1) / 7 + 1;
            let last = day.day() + 7 > day.days_in_month();
            weeks
                .iter()
                .any(|w| i16::from(*w) == i16::from(nth) || (*w == -1 && last))
        }
    }
}

/// An OpenStreetMap link: the exact spot when coordinates are known, else a search for the street
/// address. `None` when only a town is known (a map of the town helps nobody find the door).
pub fn map_link(address: Option<&Address>, location: Option<&Location>) -> Option<String> {
    if let Some(loc) = location.filter(|l| l.precision != crate::content::Precision::Town) {
        return Some(format!(
            "https://www.openstreetmap.org/?mlat={:.5}&mlon={:.5}#map=17/{:.5}/{:.5}",
            loc.lat, loc.lon, loc.lat, loc.lon
        ));
    }
    let address = address.filter(|a| a.has_street())?;
    let mut url = url::Url::parse("https://www.openstreetmap.org/search").ok()?;
    url.query_pairs_mut()
        .append_pair("query", &address.one_line());
    Some(url.to_string())
}

/// Great-circle distance in kilometres.
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date as d;

    fn slot(days: &[Weekday], opens: (i8, i8), closes: Option<(i8, i8)>, every: Rhythm) -> Slot {
        Slot {
            days: days.to_vec(),
            opens: Time::new(opens.0, opens.1, 0, 0).unwrap(),
            closes: closes.map(|(h, m)| Time::new(h, m, 0, 0).unwrap()),
            every,
            label: None,
        }
    }

    fn at(y: i16, m: i8, day: i8, h: i8, min: i8) -> Zoned {
        d(y, m, day).at(h, min, 0, 0).to_zoned(berlin()).unwrap()
    }

    fn hours(slots: Vec<Slot>) -> Hours {
        Hours {
            slots,
            ..Hours::default()
        }
    }

    #[test]
    fn open_now_and_next_opening_follow_the_weekly_slots() {
        // 2026-11-24 is a Tuesday.
        let h = hours(vec![slot(
            &[Weekday::Tuesday],
            (10, 0),
            Some((12, 0)),
            Rhythm::Week,
        )]);
        assert_eq!(
            next_in(&h, &at(2026, 11, 24, 11, 0)),
            Some(NextOpening::OpenNow {
                until: Some(Time::constant(12, 0, 0, 0))
            })
        );
        assert_eq!(
            next_in(&h, &at(2026, 11, 24, 9, 0)),
            Some(NextOpening::At(d(2026, 11, 24).at(10, 0, 0, 0)))
        );
        assert_eq!(
            next_in(&h, &at(2026, 11, 24, 12, 0)),
            Some(NextOpening::At(d(2026, 12, 1).at(10, 0, 0, 0)))
        );
    }

    #[test]
    fn monthly_and_odd_week_rhythms_pick_the_right_days() {
        // The third Wednesday of December 2026 is the 16th.
        let h = hours(vec![slot(
            &[Weekday::Wednesday],
            (15, 30),
            Some((17, 0)),
            Rhythm::Month(vec![3]),
        )]);
        assert_eq!(
            next_in(&h, &at(2026, 11, 21, 9, 0)),
            Some(NextOpening::At(d(2026, 12, 16).at(15, 30, 0, 0)))
        );
        // The last Friday of November 2026 is the 27th.
        let h = hours(vec![slot(
            &[Weekday::Friday],
            (9, 0),
            None,
            Rhythm::Month(vec![-1]),
        )]);
        assert_eq!(
            next_in(&h, &at(2026, 11, 21, 9, 0)),
            Some(NextOpening::At(d(2026, 11, 27).at(9, 0, 0, 0)))
        );
        // ISO week 48 of 2026 (23–29 Nov) is even; week 49 is odd.
        let h = hours(vec![slot(
            &[Weekday::Wednesday],
            (14, 30),
            None,
            Rhythm::OddWeeks,
        )]);
        assert_eq!(
            next_in(&h, &at(2026, 11, 23, 9, 0)),
            Some(NextOpening::At(d(2026, 12, 2).at(14, 30, 0, 0)))
        );
    }

    #[test]
    fn an_unknown_fortnightly_rhythm_never_claims_a_date() {
        let h = hours(vec![slot(
            &[Weekday::Friday],
            (10, 0),
            None,
            Rhythm::SecondWeek,
        )]);
        assert_eq!(next_in(&h, &at(2026, 11, 21, 9, 0)), None);
    }

    #[test]
    fn hours_read_as_words_in_german() {
        let s = slot(
            &[Weekday::Tuesday, Weekday::Wednesday],
            (10, 0),
            Some((12, 0)),
            Rhythm::Week,
        );
        let (when, span) = slot_parts(Lang::De, &s);
        let line = format!("{when}: {span}");
        assert!(line.contains("dienstags"), "{line}");
        assert!(line.contains("mittwochs"), "{line}");
        assert!(line.contains("10:00"), "{line}");
        let all = slot(
            &[
                Weekday::Monday,
                Weekday::Tuesday,
                Weekday::Wednesday,
                Weekday::Thursday,
                Weekday::Friday,
                Weekday::Saturday,
                Weekday::Sunday,
            ],
            (0, 0),
            None,
            Rhythm::Week,
        );
        let all = Slot {
            closes: Some(Time::MAX),
            ..all
        };
        // A 24-hour line is "täglich, rund um die Uhr", never seven weekdays until 24:00.
        let (when, span) = slot_parts(Lang::De, &all);
        assert_eq!(
            (when.as_str(), span.as_str()),
            ("täglich", "rund um die Uhr")
        );
        for lang in Lang::ALL {
            let (when, span) = slot_parts(lang, &all);
            assert!(!span.contains("24:00"), "{lang:?}: {when} {span}");
        }
    }

    #[test]
    fn the_second_wednesday_is_named_as_such_in_every_language() {
        let s = slot(&[Weekday::Wednesday], (15, 0), None, Rhythm::Month(vec![2]));
        let expect = [
            (Lang::De, "zweiten Mittwoch"),
            (Lang::En, "second Wednesday"),
            (Lang::Uk, "друга середа"),
            (Lang::Ru, "вторая среда"),
            (Lang::Pl, "druga środa"),
        ];
        // Fluent isolates each placeable (U+2068 … U+2069); the words are what a reader sees.
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        for (lang, words) in expect {
            let when = plain(slot_parts(lang, &s).0);
            assert!(when.contains(words), "{lang:?}: {when}");
        }
        // A masculine weekday takes the masculine ordinal.
        let s = slot(&[Weekday::Tuesday], (15, 0), None, Rhythm::Month(vec![1]));
        assert!(plain(slot_parts(Lang::Ru, &s).0).contains("первый вторник"));
        assert!(plain(slot_parts(Lang::Pl, &s).0).contains("pierwszy wtorek"));
        assert!(plain(slot_parts(Lang::Uk, &s).0).contains("перший вівторок"));
    }

    #[test]
    fn content_dates_read_as_words_never_iso() {
        assert_eq!(date(Lang::De, "2026-11-21"), "21. November 2026");
        assert_eq!(date(Lang::De, "2023-07"), "Juli 2023");
        assert_eq!(date(Lang::En, "2023-07"), "July 2023");
        assert_eq!(date(Lang::De, "2023"), "2023");
        for lang in Lang::ALL {
            let text = date(lang, "2026-12-08");
            assert!(!text.contains("2026-12"), "{lang:?}: {text}");
            let text = date(lang, "2023-07");
            assert!(!text.contains("2023-07"), "{lang:?}: {text}");
        }
    }

    #[test]
    fn distances_are_in_kilometres() {
        // Two town centres of the Rheinisch-Bergischer Kreis, roughly 16 km apart.
        let km = distance_km(51.1411, 7.2156, 50.9917, 7.1367);
        assert!((15.0..19.0).contains(&km), "{km}");
    }
}
