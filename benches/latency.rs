//! `cargo bench --bench latency`: search time on the bundled catalogue, with the thesaurus alone and
//! with the model, and the model's cost by message length. Figures for the project notes; nothing here
//! asserts a time (speed is measured, not tested).

use std::path::Path;
use std::time::{Duration, Instant};

use lotse::eval;
use lotse::search::{Engine, SearchRequest, Signals};
use lotse::semantic::{Embedder, Kind};

fn percentile(times: &mut [Duration], q: f64) -> Duration {
    times.sort();
    times[((times.len() - 1) as f64 * q).round() as usize]
}

fn report(label: &str, mut times: Vec<Duration>) {
    let p50 = percentile(&mut times, 0.5);
    let p99 = percentile(&mut times, 0.99);
    println!(
        "{label:<58} n={:<5} median {p50:>10.3?}  p99 {p99:>10.3?}",
        times.len()
    );
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = root.join("content");
    // The served index folder: built here only if the content changed since the last build.
    let index_dir = root.join("index");
    lotse::index::ensure(&content, &index_dir).expect("the bundled content indexes");
    let mut engine = Engine::open(&index_dir).expect("the index opens");
    let sets = ["queries.tsv", "realistic-tune.tsv"];
    let mut cases = Vec::new();
    // Where each set's cases are in `cases`: short queries and long messages cost differently.
    let mut ranges = Vec::new();
    for set in sets {
        let tsv = std::fs::read_to_string(root.join("eval").join(set)).expect("eval set");
        let from = cases.len();
        cases.extend(eval::parse(&tsv).expect("eval set parses"));
        ranges.push((set, from..cases.len()));
    }
    // Warm up caches and the model.
    for c in cases.iter().take(20) {
        engine.search(&SearchRequest::new(&c.query, c.lang, 10).unwrap());
    }
    if let Ok(n) = std::env::var("LOTSE_BENCH_PROFILE_LEXICON") {
        // For a profiler: only the thesaurus-only search, many times over.
        engine.set_signals(Signals::Lexicon);
        for _ in 0..n.parse::<usize>().unwrap_or(50) {
            for c in &cases {
                let req = SearchRequest::new(&c.query, c.lang, 10).unwrap();
                std::hint::black_box(engine.search(&req));
            }
        }
        return;
    }
    for (signals, label) in [
        (Signals::Lexicon, "search, thesaurus only"),
        (Signals::Both, "search, thesaurus + model (as served)"),
    ] {
        engine.set_signals(signals);
        let mut times = vec![Vec::new(); cases.len()];
        for _ in 0..3 {
            for (c, t_case) in cases.iter().zip(&mut times) {
                let req = SearchRequest::new(&c.query, c.lang, 10).unwrap();
                let t = Instant::now();
                std::hint::black_box(engine.search(&req));
                t_case.push(t.elapsed());
            }
        }
        for (set, range) in &ranges {
            let of_set = times[range.clone()].iter().flatten().copied().collect();
            report(&format!("{label}: {set}"), of_set);
        }
        report(label, times.into_iter().flatten().collect());
    }
    let mut times = Vec::new();
    for c in &cases {
        let t = Instant::now();
        std::hint::black_box(engine.understand(&c.query));
        times.push(t.elapsed());
    }
    report("thesaurus reading alone (matcher)", times);
    let Ok(model) = Embedder::shared() else {
        println!("no model: the model figures are left out");
        return;
    };
    let mut buckets: Vec<(usize, Vec<Duration>)> =
        [8, 16, 32, 64, 128, 512].map(|b| (b, Vec::new())).to_vec();
    // Beside the eval sets' messages, a few longer than any of them: their cost must stay bounded.
    let long: Vec<String> = cases
        .iter()
        .filter(|c| c.query.len() > 80)
        .take(8)
        .map(|c| format!("{} {} {}", c.query, c.query, c.query))
        .collect();
    for query in cases.iter().map(|c| &c.query).chain(&long) {
        let tokens = model.token_count(query, Kind::Query);
        let t = Instant::now();
        std::hint::black_box(model.embed(query, Kind::Query).unwrap());
        let took = t.elapsed();
        if let Some((_, v)) = buckets.iter_mut().find(|(b, _)| tokens <= *b) {
            v.push(took);
        }
    }
    let mut low = 0;
    for (b, v) in buckets {
        if !v.is_empty() {
            report(&format!("embed a message of {}..={b} tokens", low + 1), v);
        }
        low = b;
    }
}
