//! `lotse eval`: runs a query set (the format of `eval/queries.tsv`) through the engine and measures it:
//! success@3, MRR, empty answers, crisis messages missed, acute false alarms and concern on ordinary
//! queries, each overall, per class and per language, plus latency.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::lang::Lang;
use crate::search::{CrisisLevel, Engine, SearchRequest};

/// One line of a query set.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub line: usize,
    pub lang: Lang,
    pub query: String,
    pub expect: Vec<String>,
    /// `Some(true)`: a person in crisis (the level must not be `none`); `Some(false)`: an ordinary query
    /// (the level must not be `acute`, and should not be `concern`); `None`: either.
    pub crisis: Option<bool>,
    /// The kind of message (optional fifth column), for the per-class report.
    pub class: String,
}

/// Parses a query set: a header line, then `lang<TAB>query<TAB>expect<TAB>crisis[<TAB>class]` lines.
pub fn parse(tsv: &str) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for (i, line) in tsv.lines().enumerate().skip(1) {
        let n = i + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let (lang, query, expect, crisis, class) = match cols.as_slice() {
            [l, q, e, c] => (*l, *q, *e, *c, "-"),
            [l, q, e, c, k] => (*l, *q, *e, *c, *k),
            _ => {
                return Err(format!(
                    "line {n}: expected 4 or 5 tab-separated columns, found {}",
                    cols.len()
                ));
            }
        };
        let lang = lang.parse::<Lang>().map_err(|e| format!("line {n}: {e}"))?;
        let crisis = match crisis {
            "1" => Some(true),
            "0" => Some(false),
            "-" => None,
            other => return Err(format!("line {n}: crisis must be 1, 0 or -, not `{other}`")),
        };
        cases.push(Case {
            line: n,
            lang,
            query: query.to_owned(),
            expect: expect
                .split(',')
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect(),
            crisis,
            class: class.trim().to_owned(),
        });
    }
    Ok(cases)
}

/// The outcome of one case.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub case: Case,
    /// 1-based rank of the first result carrying an expected category.
    pub rank: Option<usize>,
    pub empty: bool,
    pub level: CrisisLevel,
    /// The model's crisis probability, when it ran.
    pub model: Option<f32>,
    /// The categories of the first three results.
    pub top: Vec<(String, Vec<String>)>,
    pub took: Duration,
}

impl Outcome {
    /// Good: an expected category among the first three results.
    pub fn success(&self) -> bool {
        self.rank.is_some_and(|r| r <= 3)
    }
    /// A crisis message answered as an ordinary one.
    pub fn crisis_missed(&self) -> bool {
        self.case.crisis == Some(true) && self.level == CrisisLevel::None
    }
    /// An ordinary message answered as an acute crisis.
    pub fn false_alarm(&self) -> bool {
        self.case.crisis == Some(false) && self.level == CrisisLevel::Acute
    }
    /// An ordinary message answered with the concern box.
    pub fn concern_on_normal(&self) -> bool {
        self.case.crisis == Some(false) && self.level == CrisisLevel::Concern
    }
}

/// The figures of a group of outcomes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    pub queries: usize,
    pub success_at_3: f64,
    pub mrr: f64,
    pub empty: usize,
    /// Crisis messages in the group, and how many got `none`.
    pub crisis: usize,
    pub crisis_missed: usize,
    /// Crisis messages answered as acute (the rest of the recognised ones got concern).
    pub crisis_acute: usize,
    /// Ordinary messages in the group, and how many got `acute` or `concern`.
    pub normal: usize,
    pub false_alarms: usize,
    pub concern_on_normal: usize,
}

impl Figures {
    fn of<'a>(outcomes: impl Iterator<Item = &'a Outcome>) -> Figures {
        let mut f = Figures::default();
        let mut rr = 0.0;
        let mut good = 0;
        for o in outcomes {
            f.queries += 1;
            good += o.success() as usize;
            rr += o.rank.map_or(0.0, |r| 1.0 / r as f64);
            f.empty += o.empty as usize;
            if o.case.crisis == Some(true) {
                f.crisis += 1;
                f.crisis_missed += o.crisis_missed() as usize;
                f.crisis_acute += (o.level == CrisisLevel::Acute) as usize;
            }
            if o.case.crisis == Some(false) {
                f.normal += 1;
                f.false_alarms += o.false_alarm() as usize;
                f.concern_on_normal += o.concern_on_normal() as usize;
            }
        }
        f.success_at_3 = ratio(good, f.queries);
        f.mrr = if f.queries == 0 {
            0.0
        } else {
            rr / f.queries as f64
        };
        f
    }

    /// The share of ordinary queries that got the concern box.
    pub fn concern_rate(&self) -> f64 {
        ratio(self.concern_on_normal, self.normal)
    }
}

/// The whole run.
#[derive(Debug, Clone)]
pub struct Report {
    pub outcomes: Vec<Outcome>,
}

impl Report {
    /// The figures over all queries.
    pub fn overall(&self) -> Figures {
        Figures::of(self.outcomes.iter())
    }
    /// The figures per class (the fifth column; `-` where a set has none).
    pub fn by_class(&self) -> BTreeMap<String, Figures> {
        self.group(|o| o.case.class.clone())
    }
    /// The figures per language.
    pub fn by_lang(&self) -> BTreeMap<String, Figures> {
        self.group(|o| o.case.lang.code().to_owned())
    }
    fn group(&self, key: impl Fn(&Outcome) -> String) -> BTreeMap<String, Figures> {
        let mut keys: Vec<String> = self.outcomes.iter().map(&key).collect();
        keys.sort();
        keys.dedup();
        keys.into_iter()
            .map(|k| {
                let f = Figures::of(self.outcomes.iter().filter(|o| key(o) == k));
                (k, f)
            })
            .collect()
    }
    /// Share of cases with an expected category in the first three results.
    pub fn success_at_3(&self) -> f64 {
        self.overall().success_at_3
    }
    /// Mean reciprocal rank of the first good result (0 when none in the first ten).
    pub fn mrr(&self) -> f64 {
        self.overall().mrr
    }
    /// Answers without any result.
    pub fn empty(&self) -> usize {
        self.overall().empty
    }
    /// Crisis messages answered as ordinary ones.
    pub fn crisis_missed(&self) -> usize {
        self.overall().crisis_missed
    }
    /// Ordinary messages answered as acute crises.
    pub fn false_alarms(&self) -> usize {
        self.overall().false_alarms
    }
    /// Ordinary messages answered with the concern box.
    pub fn concern_on_normal(&self) -> usize {
        self.overall().concern_on_normal
    }
    /// Median and 99th percentile search time.
    pub fn latency(&self) -> (Duration, Duration) {
        let mut t: Vec<Duration> = self.outcomes.iter().map(|o| o.took).collect();
        t.sort();
        if t.is_empty() {
            return (Duration::ZERO, Duration::ZERO);
        }
        let p = |q: f64| t[((t.len() - 1) as f64 * q).round() as usize];
        (p(0.5), p(0.99))
    }

    /// The human-readable report: figures, tables per class and language, then every miss.
    pub fn render(&self) -> String {
        let (p50, p99) = self.latency();
        let f = self.overall();
        let mut out = format!(
            "queries            {}\nsuccess@3          {:.3}\nMRR                {:.3}\nempty answers      {}\ncrisis missed      {} of {} (acute {}, concern {})\nacute false alarms {} of {} ordinary\nconcern on normal  {} ({:.1} %)\nlatency            median {:?}, p99 {:?}\n",
            f.queries,
            f.success_at_3,
            f.mrr,
            f.empty,
            f.crisis_missed,
            f.crisis,
            f.crisis_acute,
            f.crisis - f.crisis_missed - f.crisis_acute,
            f.false_alarms,
            f.normal,
            f.concern_on_normal,
            100.0 * f.concern_rate(),
            p50,
            p99
        );
        for (title, groups) in [("class", self.by_class()), ("language", self.by_lang())] {
            if groups.len() < 2 {
                continue;
            }
            out.push_str(&format!(
                "\n{title:<18} {:>5} {:>9} {:>6} {:>7} {:>7} {:>6} {:>8}\n",
                "n", "success@3", "MRR", "missed", "acute", "false", "concern"
            ));
            for (k, g) in groups {
                out.push_str(&format!(
                    "{k:<18} {:>5} {:>9.3} {:>6.3} {:>7} {:>7} {:>6} {:>8}\n",
                    g.queries,
                    g.success_at_3,
                    g.mrr,
                    format!("{}/{}", g.crisis_missed, g.crisis),
                    g.crisis_acute,
                    g.false_alarms,
                    format!("{}/{}", g.concern_on_normal, g.normal),
                ));
            }
        }
        let misses: Vec<&Outcome> = self
            .outcomes
            .iter()
            .filter(|o| {
                !o.success()
                    || o.crisis_missed()
                    || o.false_alarm()
                    || o.concern_on_normal()
                    || o.empty
            })
            .collect();
        if !misses.is_empty() {
            out.push_str("\nmisses:\n");
        }
        for o in misses {
            let mut why = Vec::new();
            if !o.success() {
                why.push(format!(
                    "expected {} in top 3 (rank {})",
                    o.case.expect.join("|"),
                    o.rank.map_or("-".into(), |r| r.to_string())
                ));
            }
            if o.crisis_missed() {
                why.push("crisis missed".into());
            }
            if o.false_alarm() {
                why.push("acute false alarm".into());
            }
            if o.concern_on_normal() {
                why.push("concern on an ordinary query".into());
            }
            if o.empty {
                why.push("empty answer".into());
            }
            let model = o.model.map_or("-".into(), |p| format!("{p:.2}"));
            out.push_str(&format!(
                "  line {} [{} {}] {:?}: {} (level {}, model {model})\n",
                o.case.line,
                o.case.lang,
                o.case.class,
                o.case.query,
                why.join("; "),
                o.level.as_str(),
            ));
            for (id, cats) in &o.top {
                out.push_str(&format!("      {id} ({})\n", cats.join(", ")));
            }
        }
        out
    }
}

fn ratio(n: usize, of: usize) -> f64 {
    if of == 0 { 0.0 } else { n as f64 / of as f64 }
}

/// Runs every case through the engine.
pub fn run(engine: &Engine, cases: &[Case]) -> Report {
    let outcomes = cases
        .iter()
        .map(|case| {
            let req = SearchRequest::truncating(&case.query, case.lang, 10);
            let started = Instant::now();
            let answer = engine.search(&req);
            let took = started.elapsed();
            let cats = |id: &str| {
                engine
                    .catalogue()
                    .offer(id)
                    .map(|o| o.categories.clone())
                    .unwrap_or_default()
            };
            let rank = answer
                .hits
                .iter()
                .position(|h| cats(&h.offer_id).iter().any(|c| case.expect.contains(c)))
                .map(|i| i + 1);
            Outcome {
                case: case.clone(),
                rank,
                empty: answer.hits.is_empty(),
                level: answer.crisis_level,
                model: answer.crisis_reading.model,
                top: answer
                    .hits
                    .iter()
                    .take(3)
                    .map(|h| (h.offer_id.clone(), cats(&h.offer_id)))
                    .collect(),
                took,
            }
        })
        .collect();
    Report { outcomes }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_sets_parse_and_bad_lines_are_named() {
        let cases = parse("lang\tquery\texpect\tcrisis\nde\tTafel\tfood-bank\t0\nen\tI want to kill myself\tcrisis-hotline\t1\tsuicide-direct\n").unwrap();
        assert_eq!(cases.len(), 2);
        assert_eq!(cases[1].crisis, Some(true));
        assert_eq!(cases[1].class, "suicide-direct");
        assert_eq!(cases[0].class, "-");
        assert_eq!(cases[0].expect, vec!["food-bank"]);
        assert!(parse("h\nde\tTafel\n").unwrap_err().contains("line 2"));
        assert!(parse("h\nxx\tq\tfood-bank\t0\n").is_err());
    }

    fn outcome(crisis: Option<bool>, level: CrisisLevel, rank: Option<usize>) -> Outcome {
        Outcome {
            case: Case {
                line: 2,
                lang: Lang::De,
                query: "q".into(),
                expect: vec![],
                crisis,
                class: "c".into(),
            },
            rank,
            empty: false,
            level,
            model: None,
            top: vec![],
            took: Duration::ZERO,
        }
    }

    #[test]
    fn crisis_figures_count_levels_as_the_issue_defines_them() {
        let report = Report {
            outcomes: vec![
                outcome(Some(true), CrisisLevel::None, Some(1)),
                outcome(Some(true), CrisisLevel::Concern, Some(4)),
                outcome(Some(true), CrisisLevel::Acute, Some(1)),
                outcome(Some(false), CrisisLevel::Acute, Some(2)),
                outcome(Some(false), CrisisLevel::Concern, None),
                outcome(Some(false), CrisisLevel::None, Some(1)),
                outcome(None, CrisisLevel::Acute, Some(1)),
            ],
        };
        let f = report.overall();
        assert_eq!((f.crisis, f.crisis_missed, f.crisis_acute), (3, 1, 1));
        assert_eq!((f.normal, f.false_alarms, f.concern_on_normal), (3, 1, 1));
        assert!((f.success_at_3 - 5.0 / 7.0).abs() < 1e-9);
        assert!(report.render().contains("concern on an ordinary query"));
    }
}
