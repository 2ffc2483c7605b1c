//! Opening hours in one spreadsheet cell: the short form editors read and write.
//!
//! Slots are separated by `;`. One slot is
//!
//! ```text
//! [rhythm] days opens[-closes] ["label"]
//! ```
//!
//! * days: `Mo Di Mi Do Fr Sa So`, joined by `,`; a range `Mo-Fr` is accepted too;
//! * times: `HH:MM` (24-hour clock; `9:00` is read as `09:00`), `24:00` as a closing time;
//! * rhythm (omitted: every week): `ungerade` (odd ISO weeks), `gerade` (even ISO weeks), `14-tägig`
//!   (every other week, which one unknown), or weeks of the month such as `1.` or `2.,4.` or `letzter`
//!   (the last in the month);
//! * a label in straight double quotes at the end.
//!
//! `Mo,Di 09:00-12:00; 1.,3. Mi 15:30-17:00 "Elterncafé"; ungerade Fr 15:00`

use crate::content::problem::{Message, msg};

/// One slot, in the terms both the file and the sheet use (ids as in the file: `mon`, `09:00`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotCell {
    /// Weekday ids (`mon` … `sun`) in the order written.
    pub days: Vec<String>,
    /// `HH:MM`.
    pub opens: String,
    /// `HH:MM`, if the source gives a closing time.
    pub closes: Option<String>,
    /// How often the slot recurs.
    pub every: Every,
    /// What happens in this slot.
    pub label: Option<String>,
}

/// How often a slot recurs (the file's `every` and `weeks_of_month`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Every {
    /// Every week (`every` omitted or `"week"`).
    Week,
    /// `odd-weeks`.
    OddWeeks,
    /// `even-weeks`.
    EvenWeeks,
    /// `second-week`.
    SecondWeek,
    /// `month` with these `weeks_of_month` (1..5, -1 = last).
    Month(Vec<i64>),
}

impl Every {
    /// The file's `every` value (`None` for every week, which the files leave out).
    pub fn id(&self) -> Option<&'static str> {
        match self {
            Every::Week => None,
            Every::OddWeeks => Some("odd-weeks"),
            Every::EvenWeeks => Some("even-weeks"),
            Every::SecondWeek => Some("second-week"),
            Every::Month(_) => Some("month"),
        }
    }
}

/// Weekday ids of the files and their short German names in the sheet.
const DAYS: [(&str, &str); 7] = [
    ("mon", "Mo"),
    ("tue", "Di"),
    ("wed", "Mi"),
    ("thu", "Do"),
    ("fri", "Fr"),
    ("sat", "Sa"),
    ("sun", "So"),
];

/// The cell for a list of slots.
pub fn render(slots: &[SlotCell]) -> String {
    slots.iter().map(render_slot).collect::<Vec<_>>().join("; ")
}

fn render_slot(s: &SlotCell) -> String {
    let mut out = String::new();
    match &s.every {
        Every::Week => {}
        Every::OddWeeks => out.push_str("ungerade "),
        Every::EvenWeeks => out.push_str("gerade "),
        Every::SecondWeek => out.push_str("14-tägig "),
        Every::Month(weeks) => {
            let weeks: Vec<String> = weeks
                .iter()
                .map(|w| {
                    if *w == -1 {
                        "letzter".to_owned()
                    } else {
                        format!("{w}.")
                    }
                })
                .collect();
            out.push_str(&weeks.join(","));
            out.push(' ');
        }
    }
    out.push_str(&render_days(&s.days));
    out.push(' ');
    out.push_str(&s.opens);
    if let Some(closes) = &s.closes {
        out.push('-');
        out.push_str(closes);
    }
    if let Some(label) = &s.label {
        out.push_str(" \"");
        out.push_str(label);
        out.push('"');
    }
    out
}

/// `Mo,Di`, and three or more days in a row as a range: `Mo-Fr`.
fn render_days(days: &[String]) -> String {
    let short = |d: &str| {
        DAYS.iter()
            .find(|(id, _)| *id == d)
            .map_or(d.to_owned(), |(_, s)| (*s).to_owned())
    };
    let index = |d: &str| DAYS.iter().position(|(id, _)| *id == d);
    let mut parts = Vec::new();
    let mut i = 0;
    while i < days.len() {
        // The run of days that follow each other in the week from here.
        let mut j = i;
        while j + 1 < days.len()
            && matches!((index(&days[j]), index(&days[j + 1])), (Some(a), Some(b)) if b == a + 1)
        {
            j += 1;
        }
        if j >= i + 2 {
            parts.push(format!("{}-{}", short(&days[i]), short(&days[j])));
            i = j + 1;
        } else {
            parts.push(short(&days[i]));
            i += 1;
        }
    }
    parts.join(",")
}

/// Reads a cell; every slot that does not follow the short form is a problem (all are named).
pub fn parse(cell: &str) -> Result<Vec<SlotCell>, Message> {
    let mut slots = Vec::new();
    let mut errors = Vec::new();
    for part in split_slots(cell) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        match parse_slot(part) {
            Ok(slot) => slots.push(slot),
            Err(m) => errors.push(m),
        }
    }
    if errors.is_empty() {
        return Ok(slots);
    }
    let de: Vec<String> = errors.iter().map(|m| m.de.clone()).collect();
    let en: Vec<String> = errors.iter().map(|m| m.en.clone()).collect();
    Err(Message::new(de.join("; "), en.join("; ")))
}

/// Splits at `;` outside quoted labels.
fn split_slots(cell: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut quoted = false;
    let mut start = 0;
    for (i, c) in cell.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => {
                parts.push(&cell[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&cell[start..]);
    parts
}

fn parse_slot(text: &str) -> Result<SlotCell, Message> {
    let expected = "[Rhythmus] Tage HH:MM[-HH:MM] [\"Bezeichnung\"], z. B. `Mo,Di 09:00-12:00` oder `1. Mi 15:00 \"Café\"`";
    let expected_en = "[rhythm] days HH:MM[-HH:MM] [\"label\"], e.g. `Mo,Di 09:00-12:00` or `1. Mi 15:00 \"Café\"`";
    let bad = |why_de: &str, why_en: &str| {
        msg!(
            "`{text}`: {why_de} (erwartet: {expected})",
            "`{text}`: {why_en} (expected: {expected_en})"
        )
    };
    let (rest, label) = match text.find('"') {
        None => (text, None),
        Some(start) => {
            let inner = &text[start + 1..];
            match inner.strip_suffix('"') {
                Some(label) if !label.contains('"') && !label.trim().is_empty() => {
                    (&text[..start], Some(label.trim().to_owned()))
                }
                _ => {
                    return Err(bad(
                        "die Bezeichnung steht am Ende in geraden Anführungszeichen \"…\"",
                        "the label goes at the end, in straight double quotes \"…\"",
                    ));
                }
            }
        }
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let (every, words) = match words.as_slice() {
        [rhythm, days, time] => (
            parse_rhythm(rhythm).ok_or_else(|| {
                bad(
                    &format!("`{rhythm}` ist kein Rhythmus (ungerade, gerade, 14-tägig, 1. … 5., letzter)"),
                    &format!("`{rhythm}` is not a rhythm (ungerade, gerade, 14-tägig, 1. … 5., letzter)"),
                )
            })?,
            [*days, *time],
        ),
        [days, time] => (Every::Week, [*days, *time]),
        _ => {
            return Err(bad(
                "Tage und Uhrzeit fehlen oder es steht zu viel da",
                "the days and time are missing, or there is more",
            ));
        }
    };
    let days = parse_days(words[0]).ok_or_else(|| {
        let d = words[0];
        bad(
            &format!("`{d}` sind keine Tage (Mo Di Mi Do Fr Sa So, mit Komma oder Mo-Fr)"),
            &format!("`{d}` are not days (Mo Di Mi Do Fr Sa So, with commas or Mo-Fr)"),
        )
    })?;
    let time = words[1].replace('–', "-");
    let (opens, closes) = match time.split_once('-') {
        Some((o, c)) => (o, Some(c)),
        None => (time.as_str(), None),
    };
    let opens = parse_time(opens, false).map_err(|m| bad(&m.de, &m.en))?;
    let closes = closes
        .map(|c| parse_time(c, true))
        .transpose()
        .map_err(|m| bad(&m.de, &m.en))?;
    Ok(SlotCell {
        days,
        opens,
        closes,
        every,
        label,
    })
}

fn parse_rhythm(word: &str) -> Option<Every> {
    match word.to_lowercase().as_str() {
        "ungerade" => return Some(Every::OddWeeks),
        "gerade" => return Some(Every::EvenWeeks),
        "14-tägig" | "14-taegig" => return Some(Every::SecondWeek),
        _ => {}
    }
    let weeks: Option<Vec<i64>> = word
        .split(',')
        .map(|w| match w.to_lowercase().as_str() {
            "letzter" | "letzte" | "-1." => Some(-1),
            w => w
                .strip_suffix('.')
                .and_then(|n| n.parse::<i64>().ok())
                .filter(|n| (1..=5).contains(n)),
        })
        .collect();
    weeks.filter(|w| !w.is_empty()).map(Every::Month)
}

/// `Mo,Di`, `Mo-Fr` or file ids (`mon,tue`) → ids.
fn parse_days(word: &str) -> Option<Vec<String>> {
    let index = |d: &str| {
        DAYS.iter()
            .position(|(id, short)| short.eq_ignore_ascii_case(d) || id.eq_ignore_ascii_case(d))
    };
    let mut days = Vec::new();
    for part in word.split(',') {
        match part.split_once('-') {
            Some((from, to)) => {
                let (from, to) = (index(from)?, index(to)?);
                if from > to {
                    return None;
                }
                days.extend((from..=to).map(|i| DAYS[i].0.to_owned()));
            }
            None => days.push(DAYS[index(part)?].0.to_owned()),
        }
    }
    (!days.is_empty()).then_some(days)
}

/// `HH:MM` as the files write it; `9:00` becomes `09:00`. The range is checked as `lotse check` does.
fn parse_time(text: &str, closing: bool) -> Result<String, Message> {
    let normal = match text.split_once(':') {
        Some((h, m)) if h.len() == 1 => format!("0{h}:{m}"),
        _ => text.to_owned(),
    };
    crate::content::validate::parse_time(&normal, closing)?;
    Ok(normal)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(days: &[&str], opens: &str, closes: Option<&str>, every: Every) -> SlotCell {
        SlotCell {
            days: days.iter().map(|d| (*d).to_owned()).collect(),
            opens: opens.into(),
            closes: closes.map(Into::into),
            every,
            label: None,
        }
    }

    #[test]
    fn every_rhythm_reads_back_as_written() {
        let mut labelled = slot(&["mon", "tue"], "09:00", Some("12:00"), Every::Week);
        labelled.label = Some("Beratung; mit Termin".into());
        let slots = vec![
            labelled,
            slot(&["wed"], "15:00", None, Every::OddWeeks),
            slot(&["wed"], "15:00", None, Every::EvenWeeks),
            slot(
                &["mon", "tue", "wed", "fri", "sat", "sun"],
                "08:00",
                None,
                Every::Week,
            ),
            slot(&["fri"], "10:00", Some("24:00"), Every::SecondWeek),
            slot(&["thu"], "15:30", Some("17:00"), Every::Month(vec![1, 3])),
            slot(&["sun"], "11:00", None, Every::Month(vec![-1])),
        ];
        let cell = render(&slots);
        assert_eq!(
            cell,
            "Mo,Di 09:00-12:00 \"Beratung; mit Termin\"; ungerade Mi 15:00; gerade Mi 15:00; Mo-Mi,Fr-So 08:00; \
             14-tägig Fr 10:00-24:00; 1.,3. Do 15:30-17:00; letzter So 11:00"
        );
        assert_eq!(parse(&cell).unwrap(), slots);
    }

    #[test]
    fn editors_may_write_ranges_short_hours_and_dashes() {
        let slots = parse("Mo-Mi 9:00–12:30;").unwrap();
        assert_eq!(
            slots,
            [slot(
                &["mon", "tue", "wed"],
                "09:00",
                Some("12:30"),
                Every::Week
            )]
        );
    }

    #[test]
    fn every_broken_slot_is_named() {
        let err = parse("Mo 25:00; Xy 10:00; Di 10:00 \"offen; 6. Mi 10:00").unwrap_err();
        assert!(err.de.contains("`Mo 25:00`"), "{}", err.de);
        assert!(err.en.contains("`Xy 10:00`"), "{}", err.en);
        assert!(err.en.contains("label"), "{}", err.en);
        assert!(parse("6. Mi 10:00").is_err());
        assert!(parse("Mi 10:00 12:00 13:00").is_err());
        assert!(parse("Fr-Mo 10:00").is_err());
    }
}
