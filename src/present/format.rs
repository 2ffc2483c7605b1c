//! Dates, times, weekday names and lists as readers of each language write them, from ICU4X and the
//! CLDR data compiled into it. Fluent keeps the sentences; these are the values inside them.
//!
//! Two choices hold for every language: dates are Gregorian (the offers' sources and letters from German
//! offices are), digits are Latin (phone numbers, house numbers and the signs at the door are), and the
//! clock has 24 hours (as on those signs; it also keeps "10:00–12:00" free of day-period words that
//! would reorder inside right-to-left text). Farsi and Arabic readers get their own month names, list
//! punctuation and word order.

use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{E, MD, T, Y, YM, YMD};
use icu_datetime::{
    DateTimeFormatterPreferences, FixedCalendarDateTimeFormatter, NoCalendarFormatter,
};
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale_core::Locale;
use jiff::civil::{Time, Weekday};

use crate::lang::Lang;

/// The formatters of one language, made once.
struct Formatters {
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    day_month: FixedCalendarDateTimeFormatter<Gregorian, MD>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    year: FixedCalendarDateTimeFormatter<Gregorian, Y>,
    weekday: FixedCalendarDateTimeFormatter<Gregorian, E>,
    time: NoCalendarFormatter<T>,
    and: ListFormatter,
}

/// The CLDR locale whose conventions a language's readers follow.
fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::De | Lang::DeLeicht => "de",
        // English readers here live in Germany: day-month-year and the 24-hour clock, as in Britain.
        Lang::En => "en-GB",
        Lang::Tr => "tr",
        Lang::Ar => "ar-u-hc-h23-nu-latn",
        Lang::Fa => "fa-u-nu-latn",
        Lang::Uk => "uk",
        Lang::Ru => "ru",
        Lang::Pl => "pl",
    }
}

impl Formatters {
    fn new(lang: Lang) -> Formatters {
        // The locales above are fixed and the data for them is compiled in (tested for every language),
        // so a failure here is a build defect, not something a reader can cause.
        let locale: Locale = locale(lang).parse().expect("a valid locale");
        let prefs = DateTimeFormatterPreferences::from(&locale);
        Formatters {
            date: FixedCalendarDateTimeFormatter::try_new(prefs, YMD::long()).expect("date data"),
            day_month: FixedCalendarDateTimeFormatter::try_new(prefs, MD::long())
                .expect("date data"),
            month: FixedCalendarDateTimeFormatter::try_new(prefs, YM::long()).expect("date data"),
            year: FixedCalendarDateTimeFormatter::try_new(prefs, Y::long()).expect("date data"),
            weekday: FixedCalendarDateTimeFormatter::try_new(prefs, E::long()).expect("date data"),
            time: NoCalendarFormatter::try_new(prefs, T::hm()).expect("time data"),
            and: ListFormatter::try_new_and(
                (&locale).into(),
                ListFormatterOptions::default().with_length(ListLength::Wide),
            )
            .expect("list data"),
        }
    }
}

thread_local! {
    // ICU4X formatters are not `Sync` (their data may be reference-counted), so each thread that
    // formats (a handful of workers) makes its own set once, on first use.
    static FORMATTERS: Vec<Formatters> = Lang::ALL.iter().map(|l| Formatters::new(*l)).collect();
}

fn with<R>(lang: Lang, f: impl FnOnce(&Formatters) -> R) -> R {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    FORMATTERS.with(|all| f(&all[i]))
}

fn gregorian(d: jiff::civil::Date) -> Option<Date<Gregorian>> {
    let month = u8::try_from(d.month()).ok()?;
    let day = u8::try_from(d.day()).ok()?;
    Date::try_new_gregorian(i32::from(d.year()), month, day).ok()
}

/// A full date: `8. Dezember 2026`, `8 December 2026`, `8 грудня 2026 р.`.
pub fn long_date(lang: Lang, d: jiff::civil::Date) -> String {
    match gregorian(d) {
        Some(g) => with(lang, |f| f.date.format(&g).to_string()),
        None => d.to_string(),
    }
}

/// A day of a month without the year (for the next opening): `8. Dezember`.
pub fn day_and_month(lang: Lang, d: jiff::civil::Date) -> String {
    match gregorian(d) {
        Some(g) => with(lang, |f| f.day_month.format(&g).to_string()),
        None => d.to_string(),
    }
}

/// A month of a year: `Juli 2023`.
pub fn month_and_year(lang: Lang, year: i16, month: i8) -> String {
    match jiff::civil::Date::new(year, month, 1)
        .ok()
        .and_then(gregorian)
    {
        Some(g) => with(lang, |f| f.month.format(&g).to_string()),
        None => format!("{month:02}/{year}"),
    }
}

/// A year as the language writes it alone (`2023`, `2023 г.`).
pub fn year(lang: Lang, year: i16) -> String {
    match jiff::civil::Date::new(year, 1, 1).ok().and_then(gregorian) {
        Some(g) => with(lang, |f| f.year.format(&g).to_string()),
        None => year.to_string(),
    }
}

/// A weekday's name: `Dienstag`, `вівторок`.
pub fn weekday(lang: Lang, day: Weekday) -> String {
    // 2024-01-01 was a Monday: the day of that week with the same name.
    let date = jiff::civil::date(2024, 1, 1)
        .checked_add(jiff::Span::new().days(i64::from(day.to_monday_zero_offset())))
        .unwrap_or(jiff::civil::date(2024, 1, 1));
    match gregorian(date) {
        Some(g) => with(lang, |f| f.weekday.format(&g).to_string()),
        None => String::new(),
    }
}

/// A clock time: `10:00`. The end of the day reads `24:00`, which no clock
/// format has but every reader understands.
pub fn time(lang: Lang, t: Time) -> String {
    if t == Time::MAX {
        return "24:00".to_owned();
    }
    let hour = u8::try_from(t.hour()).unwrap_or(0);
    let minute = u8::try_from(t.minute()).unwrap_or(0);
    match icu_time::Time::try_new(hour, minute, 0, 0) {
        Ok(v) => with(lang, |f| f.time.format(&v).to_string()),
        Err(_) => format!("{hour:02}:{minute:02}"),
    }
}

/// `A, B und C`; `A، B و C` in Arabic.
pub fn and_list(lang: Lang, items: &[String]) -> String {
    with(lang, |f| {
        f.and.format(items.iter().map(String::as_str)).to_string()
    })
}

/// What separates the items of a list in the middle (`, ` in German, `، ` in Arabic), taken from the
/// language's own list pattern, for lists whose items are marked up one by one.
pub fn list_separator(lang: Lang) -> &'static str {
    static SEPARATORS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        Lang::ALL
            .iter()
            .map(|l| {
                // A three-item list of placeholders: what stands between the first two.
                let items = [
                    "\u{E000}".to_owned(),
                    "\u{E001}".to_owned(),
                    "\u{E002}".to_owned(),
                ];
                and_list(*l, &items)
                    .split_once('\u{E000}')
                    .and_then(|(_, rest)| rest.split_once('\u{E001}'))
                    .map_or_else(|| ", ".to_owned(), |(sep, _)| sep.to_owned())
            })
            .collect()
    });
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &SEPARATORS[i]
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn every_language_formats_dates_in_its_own_words_never_iso() {
        for lang in Lang::ALL {
            let text = long_date(lang, date(2026, 12, 8));
            assert!(!text.contains("2026-12"), "{lang:?}: {text}");
            assert!(
                text.contains('8') && text.contains("2026"),
                "{lang:?}: {text}"
            );
        }
        assert_eq!(long_date(Lang::De, date(2026, 12, 8)), "8. Dezember 2026");
        assert_eq!(long_date(Lang::En, date(2026, 12, 8)), "8 December 2026");
        assert!(long_date(Lang::Uk, date(2026, 12, 8)).contains("грудня"));
        assert!(long_date(Lang::Pl, date(2026, 12, 8)).contains("grudnia"));
        assert!(long_date(Lang::Tr, date(2026, 12, 8)).contains("Aralık"));
    }

    #[test]
    fn farsi_and_arabic_dates_are_gregorian_with_latin_digits() {
        let fa = long_date(Lang::Fa, date(2026, 12, 8));
        assert!(fa.contains("2026") && fa.contains("دسامبر"), "{fa}");
        let ar = long_date(Lang::Ar, date(2026, 12, 8));
        assert!(ar.contains("2026") && ar.contains("ديسمبر"), "{ar}");
    }

    #[test]
    fn list_separators_come_from_each_languages_pattern() {
        assert_eq!(list_separator(Lang::De), ", ");
        // CLDR joins Arabic lists with "و" alone and Farsi ones with the Arabic comma.
        assert_eq!(list_separator(Lang::Ar).trim(), "و");
        assert!(list_separator(Lang::Fa).contains('،'));
    }

    #[test]
    fn lists_use_each_languages_conjunction_and_comma() {
        let items = ["A".to_owned(), "B".to_owned(), "C".to_owned()];
        assert_eq!(and_list(Lang::De, &items), "A, B und C");
        assert_eq!(and_list(Lang::En, &items), "A, B and C");
        let ar = and_list(Lang::Ar, &items);
        assert!(ar.contains('و') && !ar.contains(", "), "{ar}");
        let fa = and_list(Lang::Fa, &items);
        assert!(fa.contains('،') && !fa.contains(", "), "{fa}");
    }

    #[test]
    fn weekdays_and_times_are_named_per_language() {
        assert_eq!(weekday(Lang::De, Weekday::Tuesday), "Dienstag");
        assert_eq!(weekday(Lang::Ru, Weekday::Wednesday), "среда");
        assert_eq!(time(Lang::De, Time::new(9, 5, 0, 0).unwrap()), "09:05");
        assert_eq!(time(Lang::En, Time::new(14, 30, 0, 0).unwrap()), "14:30");
        assert_eq!(time(Lang::De, Time::MAX), "24:00");
    }
}
