//! `lotse eval`: runs a query set (the format of `eval/queries.tsv`) through the engine and measures it.

use std::time::{Duration, Instant};

use crate::lang::Lang;
use crate::search::{Engine, SearchRequest};

/// One line of a query set.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub line: usize,
    pub lang: Lang,
    pub query: String,
    pub expect: Vec<String>,
    /// `Some(true)`: must be flagged as crisis; `Some(false)`: must not; `None`: either.
    pub crisis: Option<bool>,
}

/// Parses a query set: a header line, then `lang<TAB>query<TAB>expect<TAB>crisis` lines.
pub fn parse(tsv: &str) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for (i, line) in tsv.lines().enumerate().skip(1) {
        let n = i + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [lang, query, expect, crisis] = cols.as_slice() else {
            return Err(format!(
                "line {n}: expected 4 tab-separated columns, found {}",
                cols.len()
            ));
        };
        let lang = lang.parse::<Lang>().map_err(|e| format!("line {n}: {e}"))?;
        let crisis = match *crisis {
            "1" => Some(true),
            "0" => Some(false),
            "-" => None,
            other => return Err(format!("line {n}: crisis must be 1, 0 or -, not `{other}`")),
        };
        cases.push(Case {
            line: n,
            lang,
            query: (*query).to_owned(),
            expect: expect
                .split(',')
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect(),
            crisis,
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
    pub crisis: bool,
    /// The categories of the first three results.
    pub top: Vec<(String, Vec<String>)>,
    pub took: Duration,
}

impl Outcome {
    /// Good: an expected category among the first three results.
    pub fn success(&self) -> bool {
        self.rank.is_some_and(|r| r <= 3)
    }
    /// A crisis message that was not flagged.
    pub fn crisis_missed(&self) -> bool {
        self.case.crisis == Some(true) && !self.crisis
    }
    /// An ordinary message flagged as crisis.
    pub fn false_alarm(&self) -> bool {
        self.case.crisis == Some(false) && self.crisis
    }
}

/// The whole run.
#[derive(Debug, Clone)]
pub struct Report {
    pub outcomes: Vec<Outcome>,
}

impl Report {
    /// Share of cases with an expected category in the first three results.
    pub fn success_at_3(&self) -> f64 {
        ratio(
            self.outcomes.iter().filter(|o| o.success()).count(),
            self.outcomes.len(),
        )
    }
    /// Mean reciprocal rank of the first good result (0 when none in the first ten).
    pub fn mrr(&self) -> f64 {
        if self.outcomes.is_empty() {
            return 0.0;
        }
        self.outcomes
            .iter()
            .map(|o| o.rank.map_or(0.0, |r| 1.0 / r as f64))
            .sum::<f64>()
            / self.outcomes.len() as f64
    }
    /// Answers without any result.
    pub fn empty(&self) -> usize {
        self.outcomes.iter().filter(|o| o.empty).count()
    }
    /// Crisis messages not flagged.
    pub fn crisis_missed(&self) -> usize {
        self.outcomes.iter().filter(|o| o.crisis_missed()).count()
    }
    /// Ordinary messages flagged as crisis.
    pub fn false_alarms(&self) -> usize {
        self.outcomes.iter().filter(|o| o.false_alarm()).count()
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

    /// The human-readable report: figures, then every miss.
    pub fn render(&self) -> String {
        let (p50, p99) = self.latency();
        let mut out = format!(
            "queries        {}\nsuccess@3      {:.3}\nMRR            {:.3}\nempty answers  {}\ncrisis missed  {}\nfalse alarms   {}\nlatency        median {:?}, p99 {:?}\n",
            self.outcomes.len(),
            self.success_at_3(),
            self.mrr(),
            self.empty(),
            self.crisis_missed(),
            self.false_alarms(),
            p50,
            p99
        );
        let misses: Vec<&Outcome> = self
            .outcomes
            .iter()
            .filter(|o| !o.success() || o.crisis_missed() || o.false_alarm() || o.empty)
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
                why.push("false alarm".into());
            }
            if o.empty {
                why.push("empty answer".into());
            }
            out.push_str(&format!(
                "  line {} [{}] {:?}: {}\n",
                o.case.line,
                o.case.lang,
                o.case.query,
                why.join("; ")
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
                crisis: answer.crisis,
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
        let cases = parse("lang\tquery\texpect\tcrisis\nde\tTafel\tfood-bank\t0\nen\tI want to kill myself\tcrisis-hotline\t1\n").unwrap();
        assert_eq!(cases.len(), 2);
        assert_eq!(cases[1].crisis, Some(true));
        assert_eq!(cases[0].expect, vec!["food-bank"]);
        assert!(parse("h\nde\tTafel\n").unwrap_err().contains("line 2"));
        assert!(parse("h\nxx\tq\tfood-bank\t0\n").is_err());
    }
}
