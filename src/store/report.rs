//! The needs report: the daily counts of a period, summed, for social planners.
//!
//! Every output — the terminal, CSV and the admin page — shows a count below [`MIN_SHOWN`] as "< 5",
//! so that no single person's question can be picked out of a small number, and every other count
//! rounded to a multiple of [`ROUNDING`], so that no hidden count can be worked out from a total.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::counts::{ALL_QUESTIONS, NO_CATEGORY};
use super::{Store, StoreError};
use crate::search::Outcome;

/// Counts below this are shown as "< 5".
pub const MIN_SHOWN: u64 = 5;

/// Counts from [`MIN_SHOWN`] on are shown rounded to a multiple of this: otherwise a total minus its
/// shown parts would give back a count hidden as "< 5" (a language's total minus its categories).
pub const ROUNDING: u64 = 5;

/// A count rounded as every output shows it (0 for the counts shown as "< 5").
pub fn rounded(n: u64) -> u64 {
    if n < MIN_SHOWN {
        0
    } else {
        (n + ROUNDING / 2) / ROUNDING * ROUNDING
    }
}

/// A count as every output shows it: "< 5", or rounded to a multiple of 5.
pub fn shown(n: u64) -> String {
    if n < MIN_SHOWN {
        format!("< {MIN_SHOWN}")
    } else {
        rounded(n).to_string()
    }
}

/// One summed row: how many questions of a channel and language meant a category, by outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub channel: String,
    pub lang: String,
    /// A category id, [`NO_CATEGORY`], or [`ALL_QUESTIONS`] (every question once).
    pub category: String,
    pub outcome: String,
    pub count: u64,
}

/// Counts per outcome, in the order of [`Outcome::ALL`].
pub type ByOutcome = [u64; 4];

/// The counts of the days `from` to `to` (both included).
#[derive(Debug, Clone)]
pub struct Report {
    pub from: Date,
    pub to: Date,
    pub rows: Vec<Row>,
}

impl Store {
    /// The report of the days `from` to `to`.
    pub fn report(&self, from: Date, to: Date) -> Result<Report, StoreError> {
        self.with_conn(|conn| {
            let mut stmt = conn.prepare(
                "SELECT channel, lang, category, outcome, SUM(count) FROM counts \
                 WHERE day >= ?1 AND day <= ?2 \
                 GROUP BY channel, lang, category, outcome \
                 ORDER BY channel, lang, category, outcome",
            )?;
            let rows = stmt.query_map([from.to_string(), to.to_string()], |r| {
                Ok(Row {
                    channel: r.get(0)?,
                    lang: r.get(1)?,
                    category: r.get(2)?,
                    outcome: r.get(3)?,
                    count: u64::try_from(r.get::<_, i64>(4)?).unwrap_or(0),
                })
            })?;
            Ok(Report {
                from,
                to,
                rows: rows.collect::<Result<Vec<_>, _>>()?,
            })
        })
    }
}

impl Report {
    /// How many questions there were.
    pub fn total(&self) -> u64 {
        self.questions().map(|r| r.count).sum()
    }

    /// How many questions meant `category`.
    pub fn category_total(&self, category: &str) -> u64 {
        self.rows
            .iter()
            .filter(|r| r.category == category)
            .map(|r| r.count)
            .sum()
    }

    /// Every question once (the [`ALL_QUESTIONS`] rows).
    fn questions(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.category == ALL_QUESTIONS)
    }

    /// Questions per category (a question meaning two counts in both), by outcome, most asked first.
    pub fn by_category(&self) -> Vec<(String, ByOutcome)> {
        sorted(group(
            self.rows.iter().filter(|r| r.category != ALL_QUESTIONS),
            |r| r.category.clone(),
        ))
    }

    /// Questions per language, by outcome, most first.
    pub fn by_lang(&self) -> Vec<(String, ByOutcome)> {
        sorted(group(self.questions(), |r| r.lang.clone()))
    }

    /// Questions per channel, by outcome, most first.
    pub fn by_channel(&self) -> Vec<(String, ByOutcome)> {
        sorted(group(self.questions(), |r| r.channel.clone()))
    }

    /// Where the directory has gaps: fallback answers per language and category meant, most first.
    pub fn gaps(&self) -> Vec<(String, String, u64)> {
        let mut gaps: BTreeMap<(String, String), u64> = BTreeMap::new();
        for r in self
            .rows
            .iter()
            .filter(|r| r.outcome == Outcome::Fallback.id() && r.category != ALL_QUESTIONS)
        {
            *gaps
                .entry((r.lang.clone(), r.category.clone()))
                .or_default() += r.count;
        }
        let mut gaps: Vec<_> = gaps.into_iter().map(|((l, c), n)| (l, c, n)).collect();
        gaps.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| (&a.0, &a.1).cmp(&(&b.0, &b.1))));
        gaps
    }

    /// The report as text for a terminal, in German or English.
    pub fn render(&self, lang: crate::content::Language) -> String {
        let w = Words::of(lang);
        let mut out = format!(
            "{} {} – {}: {} {}\n",
            w.title,
            self.from,
            self.to,
            shown(self.total()),
            w.questions
        );
        out.push_str(&format!("{}\n", w.note));
        let header = |first: &str| {
            let mut line = format!("{first:<28}");
            for o in Outcome::ALL {
                line.push_str(&format!(" {:>9}", o.id()));
            }
            line.push_str(&format!(" {:>9}\n", w.sum));
            line
        };
        let table = |rows: &[(String, ByOutcome)], out: &mut String| {
            for (name, counts) in rows {
                let label = if name == NO_CATEGORY {
                    w.no_category
                } else {
                    name
                };
                out.push_str(&format!("{label:<28}"));
                for n in counts {
                    out.push_str(&format!(
                        " {:>9}",
                        if *n == 0 { "0".into() } else { shown(*n) }
                    ));
                }
                out.push_str(&format!(" {:>9}\n", shown(counts.iter().sum())));
            }
        };
        for (heading, first, rows) in [
            (w.by_category, w.category, self.by_category()),
            (w.by_lang, w.lang, self.by_lang()),
            (w.by_channel, w.channel, self.by_channel()),
        ] {
            out.push_str(&format!("\n{heading}\n"));
            out.push_str(&header(first));
            table(&rows, &mut out);
        }
        out.push_str(&format!("\n{}\n", w.gaps));
        for (l, c, n) in self.gaps() {
            let c = if c == NO_CATEGORY {
                w.no_category.to_owned()
            } else {
                c
            };
            out.push_str(&format!("{l:<10} {c:<28} {:>9}\n", shown(n)));
        }
        out
    }

    /// The summed rows as CSV (`channel,lang,category,outcome,count`; counts below 5 as "< 5").
    pub fn to_csv(&self) -> Result<String, csv::Error> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record([
            "from", "to", "channel", "lang", "category", "outcome", "count",
        ])?;
        let (from, to) = (self.from.to_string(), self.to.to_string());
        for r in &self.rows {
            w.write_record([
                from.as_str(),
                to.as_str(),
                &r.channel,
                &r.lang,
                &r.category,
                &r.outcome,
                &shown(r.count),
            ])?;
        }
        let bytes = w.into_inner().map_err(|e| e.into_error())?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }
}

fn group<'a>(
    rows: impl Iterator<Item = &'a Row>,
    key: impl Fn(&Row) -> String,
) -> BTreeMap<String, ByOutcome> {
    let mut groups: BTreeMap<String, ByOutcome> = BTreeMap::new();
    for r in rows {
        if let Some(i) = Outcome::ALL.iter().position(|o| o.id() == r.outcome) {
            groups.entry(key(r)).or_default()[i] += r.count;
        }
    }
    groups
}

fn sorted(groups: BTreeMap<String, ByOutcome>) -> Vec<(String, ByOutcome)> {
    let mut rows: Vec<_> = groups.into_iter().collect();
    rows.sort_by(|a, b| {
        b.1.iter()
            .sum::<u64>()
            .cmp(&a.1.iter().sum::<u64>())
            .then_with(|| a.0.cmp(&b.0))
    });
    rows
}

/// The report's words for planners (German or English).
pub struct Words {
    pub title: &'static str,
    pub questions: &'static str,
    pub note: &'static str,
    pub sum: &'static str,
    pub by_category: &'static str,
    pub by_lang: &'static str,
    pub by_channel: &'static str,
    pub gaps: &'static str,
    pub category: &'static str,
    pub lang: &'static str,
    pub channel: &'static str,
    pub no_category: &'static str,
}

impl Words {
    /// The words in `lang`.
    pub fn of(lang: crate::content::Language) -> Words {
        match lang {
            crate::content::Language::De => Words {
                title: "Bedarfsbericht",
                questions: "Fragen",
                note: "Gezählt werden nur Tag, Kanal, Sprache, gemeinte Kategorien und Ergebnis – nie der Text einer Frage. Zahlen unter 5 stehen als „< 5“, alle anderen sind auf 5 gerundet.",
                sum: "Summe",
                by_category: "Gefragte Kategorien (eine Frage kann mehrere meinen)",
                by_lang: "Nach Sprache",
                by_channel: "Nach Kanal",
                gaps: "Lücken: ohne passendes Angebot (fallback), nach Sprache und Kategorie",
                category: "Kategorie",
                lang: "Sprache",
                channel: "Kanal",
                no_category: "(keine erkannt)",
            },
            crate::content::Language::En => Words {
                title: "Needs report",
                questions: "questions",
                note: "Only the day, channel, language, categories meant and outcome are counted – never a question's text. Counts below 5 are shown as \"< 5\", all others rounded to 5.",
                sum: "total",
                by_category: "Categories asked for (a question may mean several)",
                by_lang: "By language",
                by_channel: "By channel",
                gaps: "Gaps: no fitting offer (fallback), by language and category",
                category: "category",
                lang: "language",
                channel: "channel",
                no_category: "(none recognised)",
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_below_five_are_never_shown_as_numbers() {
        assert_eq!(shown(0), "< 5");
        assert_eq!(shown(4), "< 5");
        assert_eq!(shown(5), "5");
        assert_eq!(shown(7), "5");
        assert_eq!(shown(8), "10");
        assert_eq!(shown(1234), "1235");
    }

    fn row(lang: &str, category: &str, outcome: Outcome, count: u64) -> Row {
        Row {
            channel: "web".into(),
            lang: lang.into(),
            category: category.into(),
            outcome: outcome.id().into(),
            count,
        }
    }

    #[test]
    fn the_report_groups_by_category_and_language_and_lists_the_gaps() {
        let report = Report {
            from: Date::constant(2026, 12, 1),
            to: Date::constant(2026, 12, 3),
            rows: vec![
                row("de", ALL_QUESTIONS, Outcome::Matched, 40),
                row("de", "food-bank", Outcome::Matched, 40),
                row("ar", ALL_QUESTIONS, Outcome::Fallback, 3),
                row("ar", "housing", Outcome::Fallback, 3),
            ],
        };
        assert_eq!(report.total(), 43);
        assert_eq!(report.by_category()[0].0, "food-bank");
        assert_eq!(report.by_lang()[1], ("ar".into(), [0, 3, 0, 0]));
        assert_eq!(report.gaps(), vec![("ar".into(), "housing".into(), 3)]);
        let text = report.render(crate::content::Language::En);
        assert!(text.contains("housing"));
        assert!(!text.contains(" 3\n") && text.contains("< 5"), "{text}");
        let csv = report.to_csv().expect("csv");
        assert!(csv.contains("web,ar,housing,fallback,< 5"), "{csv}");
        assert!(!csv.contains(",3\n"));
    }
}
