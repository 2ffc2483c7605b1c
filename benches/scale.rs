//! `cargo bench --bench scale`: how search, index build, start-up and memory grow with the catalogue.
//!
//! The town's catalogue is measured as it is, then a synthetic one of `LOTSE_BENCH_OFFERS` offers
//! (default 100,000), made deterministically from the real offers: each copy gets its own id, a name
//! with a place and a number, a place from a list of NRW towns and districts, and a sentence of words
//! drawn from the other offers' texts, so that the index's vocabulary and postings grow as a real
//! region's would. Both are indexed with the thesaurus only (embedding 100,000 offers would measure
//! the model, not the index). `LOTSE_BENCH_ROUNDS` (default 5) sets how often each query is run.
//! Nothing here asserts a time: the figures go into the project notes.

use std::path::Path;
use std::time::{Duration, Instant};

use lotse::content::{self, Catalogue};
use lotse::eval;
use lotse::index::{self, Signals as Built};
use lotse::search::{Engine, SearchRequest, Signals};

const PLACES: [&str; 16] = [
    "Wermelskirchen",
    "Dabringhausen",
    "Dhünn",
    "Burscheid",
    "Leichlingen",
    "Bergisch Gladbach",
    "Overath",
    "Rösrath",
    "Haltern am See",
    "Düren",
    "Mettmann",
    "Ratingen",
    "Velbert",
    "Hilden",
    "Erkrath",
    "Monheim am Rhein",
];

/// A small deterministic generator (64-bit LCG): the same catalogue on every run and machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

fn synthetic(real: &Catalogue, n: usize) -> Catalogue {
    let words: Vec<&str> = real
        .offers
        .iter()
        .flat_map(|o| o.description.split_whitespace())
        .filter(|w| w.chars().count() > 3)
        .collect();
    let mut rng = Lcg(0x5eed);
    let mut offers = Vec::with_capacity(n);
    for i in 0..n {
        let mut offer = real.offers[i % real.offers.len()].clone();
        let place = PLACES[rng.next() % PLACES.len()];
        offer.id = format!("{}-{i:06}", offer.id);
        offer.name = format!("{} {place} {i}", offer.name);
        if let Some(address) = offer.address.as_mut() {
            address.city = place.to_owned();
        }
        let sentence: Vec<&str> = (0..12).map(|_| words[rng.next() % words.len()]).collect();
        offer.description = format!("{} {}", offer.description, sentence.join(" "));
        offers.push(offer);
    }
    offers.sort_by(|a, b| a.id.cmp(&b.id));
    Catalogue {
        offers,
        ..real.clone()
    }
}

fn percentile(times: &mut [Duration], q: f64) -> Duration {
    times.sort();
    times[((times.len() - 1) as f64 * q).round() as usize]
}

/// Resident and peak memory of this process, from /proc (Linux), in MB.
fn memory() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn measure(label: &str, catalogue: &Catalogue, cases: &[eval::Case]) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (rss_before, _) = memory();
    let started = Instant::now();
    index::build_with(catalogue, "bench", dir.path(), Built::Lexical).expect("the index builds");
    let build = started.elapsed();
    let (_, peak) = memory();
    let started = Instant::now();
    let mut engine = Engine::open(dir.path()).expect("the index opens");
    let open = started.elapsed();
    let (rss_open, _) = memory();
    engine.set_signals(Signals::Lexicon);
    for c in cases.iter().take(20) {
        engine.search(&SearchRequest::new(&c.query, c.lang, 10).unwrap());
    }
    let rounds = std::env::var("LOTSE_BENCH_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5);
    let mut times = Vec::new();
    for _ in 0..rounds {
        for c in cases {
            let req = SearchRequest::new(&c.query, c.lang, 10).unwrap();
            let t = Instant::now();
            std::hint::black_box(engine.search(&req));
            times.push(t.elapsed());
        }
    }
    let mut reading = Vec::new();
    for c in cases {
        let t = Instant::now();
        std::hint::black_box(engine.understand(&c.query));
        reading.push(t.elapsed());
    }
    let reading = percentile(&mut reading, 0.5);
    let p50 = percentile(&mut times, 0.5);
    let p99 = percentile(&mut times, 0.99);
    println!("{label:<28} thesaurus reading alone: median {reading:>9.3?}");
    println!(
        "{label:<28} offers {:>7}  build {build:>9.2?}  open {open:>9.2?}  RSS before {rss_before:>6.0} MB, \
         peak {peak:>6.0} MB, after open {rss_open:>6.0} MB  search median {p50:>9.3?}  p99 {p99:>9.3?}",
        catalogue.offers.len()
    );
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let real = content::load(&root.join("content")).expect("the bundled content loads");
    let tsv = std::fs::read_to_string(root.join("eval/queries.tsv")).expect("the shared queries");
    let cases = eval::parse(&tsv).expect("the shared queries parse");
    let n = std::env::var("LOTSE_BENCH_OFFERS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    measure("town (thesaurus only)", &real, &cases);
    let started = Instant::now();
    let big = synthetic(&real, n);
    println!("generated {n} offers in {:.2?}", started.elapsed());
    measure("synthetic (thesaurus only)", &big, &cases);
}
