//! An offer's regular opening hours as an iCalendar file (RFC 5545), for "add to calendar".
//!
//! One `VEVENT` per slot whose days the content knows, as a recurring series in Europe/Berlin local
//! time (with the zone's `VTIMEZONE`, so that every client reads the same wall-clock times):
//!
//! | rhythm (`content`) | RRULE |
//! |---|---|
//! | every week | `FREQ=WEEKLY;BYDAY=TU,TH` |
//! | odd / even ISO weeks | `FREQ=YEARLY;BYWEEKNO=1,3,…,53;BYDAY=WE;WKST=MO` — *not* `INTERVAL=2`: a year with 53 ISO weeks (2026) is followed by week 1, two odd weeks in a row, and a fortnightly series would be a week off from then on |
//! | n-th weekday of the month | `FREQ=MONTHLY;BYDAY=1TH,3TH` (`-1` the last) |
//!
//! Left out, never guessed: slots "every other week" whose weeks no source names, lines open around
//! the clock (a calendar entry says nothing there), and offers that are not active. An offer with no
//! slot left has no calendar file. Hours older than [`crate::present::MAX_HOURS_AGE_MONTHS`] or
//! undated are still written — they are what the sources say — but every event's description starts
//! with the same warning the offer page shows ("Zeiten von Juli 2023 – bitte vorher anrufen"), the
//! rule of [`crate::present::hours_claim`].

use icalendar::{Calendar, Component, Event, EventLike, Property};
use jiff::ToSpan;
use jiff::civil::{Date, Time, Weekday};

use crate::content::{Offer, Rhythm, Slot};
use crate::i18n::t;
use crate::lang::Lang;
use crate::present::{self, HoursClaim};

/// Europe/Berlin since 1996: CET, and CEST from the last Sunday of March to the last of October.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\n\
TZID:Europe/Berlin\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\n\
TZNAME:CEST\r\n\
DTSTART:19700329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0200\r\n\
TZOFFSETTO:+0100\r\n\
TZNAME:CET\r\n\
DTSTART:19701025T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// The time zone id the events name.
pub const TZID: &str = "Europe/Berlin";

/// `true` if `offer` has a calendar file: active, with at least one slot a series can say.
pub fn has_calendar(offer: &Offer) -> bool {
    offer.is_active() && offer.hours.iter().flat_map(|h| &h.slots).any(writable)
}

fn writable(slot: &Slot) -> bool {
    !present::is_around_the_clock(slot) && !slot.days.is_empty() && rrule(slot).is_some()
}

/// The calendar of `offer`'s regular hours with texts in `lang`, each series starting at its first
/// opening on or after `now`'s day; `page_url` is the offer's page. `None` when the offer has no
/// calendar (see [`has_calendar`]).
pub fn offer_calendar(
    offer: &Offer,
    lang: Lang,
    page_url: &str,
    now: &jiff::Zoned,
) -> Option<String> {
    if !has_calendar(offer) {
        return None;
    }
    let hours = offer.hours.as_ref()?;
    let texts = offer.texts(lang);
    let warning = match present::hours_claim(offer, now) {
        HoursClaim::Stale { .. } | HoursClaim::Undated { .. } => {
            present::claim_text(lang, offer, now).map(|c| c.text)
        }
        _ => None,
    };
    let host = url::Url::parse(page_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "lotse".to_owned());
    let stamp = now.timestamp().strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//Lotse//Lotse//DE"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .append_property(Property::new("X-WR-CALNAME", texts.name))
        .append_property(Property::new("X-WR-TIMEZONE", TZID));
    for (n, slot) in hours.slots.iter().enumerate().filter(|(_, s)| writable(s)) {
        let Some(first) = first_day(slot, now.date()) else {
            continue;
        };
        let mut summary = texts.name.to_owned();
        if let Some(label) = &slot.label {
            summary.push_str(" – ");
            summary.push_str(offer.label(lang, label).text);
        }
        let mut description = Vec::new();
        description.extend(warning.clone());
        description.extend(texts.caveat.map(str::to_owned));
        description.push(texts.summary.to_owned());
        let phones: Vec<&str> = offer
            .contact
            .phones
            .iter()
            .map(|p| p.display.as_str())
            .collect();
        if !phones.is_empty() {
            description.push(format!("☎ {}", phones.join(", ")));
        }
        description.push(t(lang, "calendar-call-first"));
        description.push(page_url.to_owned());
        let mut event = Event::new();
        event
            .uid(&format!("{}-{n}@{host}", offer.id))
            .append_property(Property::new("DTSTAMP", &stamp))
            .summary(&summary)
            .description(&description.join("\n"))
            .url(page_url)
            .append_property(local("DTSTART", first, slot.opens));
        if let Some(closes) = slot.closes {
            // `24:00` is kept as the last instant of the day; the calendar's end is the next midnight.
            let end = if closes == Time::MAX {
                local(
                    "DTEND",
                    first.checked_add(1.day()).unwrap_or(first),
                    Time::midnight(),
                )
            } else {
                local("DTEND", first, closes)
            };
            event.append_property(end);
        }
        if let Some(address) = &offer.address {
            event.location(&address.one_line());
        }
        event.add_property("RRULE", rrule(slot)?);
        calendar.push(event.done());
    }
    let text = calendar.done().to_string();
    // icalendar writes components it knows; the zone goes before the first event, where RFC 5545
    // lets it be referenced from.
    let at = text.find("BEGIN:VEVENT")?;
    Some(format!("{}{VTIMEZONE}{}", &text[..at], &text[at..]))
}

/// `DTSTART;TZID=Europe/Berlin:20261208T100000`.
fn local(key: &str, day: Date, time: Time) -> Property {
    Property::new(
        key,
        format!(
            "{:04}{:02}{:02}T{:02}{:02}{:02}",
            day.year(),
            day.month(),
            day.day(),
            time.hour(),
            time.minute(),
            time.second()
        ),
    )
    .add_parameter("TZID", TZID)
    .done()
}

/// The first day on or after `today` the slot opens (at most a year ahead).
fn first_day(slot: &Slot, today: Date) -> Option<Date> {
    (0..=400)
        .filter_map(|d| today.checked_add(d.days()).ok())
        .find(|day| present::slot_opens_on(slot, *day))
}

fn byday(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "MO",
        Weekday::Tuesday => "TU",
        Weekday::Wednesday => "WE",
        Weekday::Thursday => "TH",
        Weekday::Friday => "FR",
        Weekday::Saturday => "SA",
        Weekday::Sunday => "SU",
    }
}

/// The slot's RRULE; `None` for a rhythm whose weeks are unknown.
pub fn rrule(slot: &Slot) -> Option<String> {
    let days: Vec<&str> = slot.days.iter().map(|d| byday(*d)).collect();
    let weeks = |odd: bool| {
        (1..=53)
            .filter(|w| (w % 2 == 1) == odd)
            .map(|w: i32| w.to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    Some(match &slot.every {
        Rhythm::Week => format!("FREQ=WEEKLY;BYDAY={}", days.join(",")),
        Rhythm::OddWeeks => format!(
            "FREQ=YEARLY;BYWEEKNO={};BYDAY={};WKST=MO",
            weeks(true),
            days.join(",")
        ),
        Rhythm::EvenWeeks => format!(
            "FREQ=YEARLY;BYWEEKNO={};BYDAY={};WKST=MO",
            weeks(false),
            days.join(",")
        ),
        Rhythm::SecondWeek => return None,
        Rhythm::Month(nths) => {
            let by: Vec<String> = nths
                .iter()
                .flat_map(|n| days.iter().map(move |d| format!("{n}{d}")))
                .collect();
            format!("FREQ=MONTHLY;BYDAY={}", by.join(","))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::time;

    fn slot(days: &[Weekday], every: Rhythm) -> Slot {
        Slot {
            days: days.to_vec(),
            opens: time(10, 0, 0, 0),
            closes: Some(time(12, 0, 0, 0)),
            every,
            label: None,
        }
    }

    #[test]
    fn each_rhythm_becomes_its_rrule_and_unknown_weeks_none() {
        assert_eq!(
            rrule(&slot(&[Weekday::Tuesday, Weekday::Thursday], Rhythm::Week)).unwrap(),
            "FREQ=WEEKLY;BYDAY=TU,TH"
        );
        let odd = rrule(&slot(&[Weekday::Wednesday], Rhythm::OddWeeks)).unwrap();
        assert!(odd.starts_with("FREQ=YEARLY;BYWEEKNO=1,3,5,"), "{odd}");
        assert!(odd.contains(",51,53;BYDAY=WE"), "{odd}");
        let even = rrule(&slot(&[Weekday::Wednesday], Rhythm::EvenWeeks)).unwrap();
        assert!(
            even.contains("BYWEEKNO=2,4,") && even.contains(",52;"),
            "{even}"
        );
        assert_eq!(
            rrule(&slot(&[Weekday::Thursday], Rhythm::Month(vec![1, 3]))).unwrap(),
            "FREQ=MONTHLY;BYDAY=1TH,3TH"
        );
        assert_eq!(
            rrule(&slot(&[Weekday::Sunday], Rhythm::Month(vec![-1]))).unwrap(),
            "FREQ=MONTHLY;BYDAY=-1SU"
        );
        assert_eq!(rrule(&slot(&[Weekday::Monday], Rhythm::SecondWeek)), None);
    }

    #[test]
    fn a_series_starts_on_the_first_day_its_rhythm_names() {
        // 2026-12-31 is a Thursday in ISO week 53 (odd); the next odd-week Wednesday after it is
        // 2027-01-06 (week 1), not 2027-01-13 as a fortnight from week 53 would say.
        let today = jiff::civil::date(2026, 12, 31);
        let first = first_day(&slot(&[Weekday::Wednesday], Rhythm::OddWeeks), today).unwrap();
        assert_eq!(first, jiff::civil::date(2027, 1, 6));
        let third = first_day(&slot(&[Weekday::Thursday], Rhythm::Month(vec![3])), today).unwrap();
        assert_eq!(third, jiff::civil::date(2027, 1, 21));
    }
}
