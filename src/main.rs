//! The `lotse` command line. Only argument parsing and wiring live here; the work is in the library.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use lotse::config::{Paths, ServeConfig};
use lotse::index::{self, IndexError, Outcome};
use lotse::lang::Lang;
use lotse::search::{Engine, SearchRequest};
use lotse::{chat, content, eval, serve};

/// Lotse: where can I get help? A town's directory of counselling and support offers.
#[derive(Parser)]
#[command(name = "lotse", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
#[allow(
    clippy::large_enum_variant,
    reason = "parsed once per process: the size of the biggest variant costs nothing"
)]
enum Command {
    /// Serve the web pages and the JSON API (and the Telegram bot when LOTSE_TELEGRAM_TOKEN is set).
    Serve(ServeConfig),
    /// Check every content file and list all problems (exit status 1 if there are any).
    Check {
        #[arg(long, env = "LOTSE_CONTENT", default_value = "content")]
        content: PathBuf,
        /// The language of the problem messages: de (the editors' language) or en.
        #[arg(long, default_value = "de")]
        lang: content::Language,
    },
    /// Build the search index (only if the content changed).
    Index(Paths),
    /// Write the content in other shapes: the editors' spreadsheet (`--csv FILE`) and the Open
    /// Referral HSDS 3.0 Tabular Data Package (`--hsds DIR`).
    #[command(after_long_help = lotse::export::sheet::FORMAT_HELP)]
    Export {
        /// The content folder.
        #[arg(long, env = "LOTSE_CONTENT", default_value = "content")]
        content: PathBuf,
        /// Write every offer as one row of a CSV sheet (UTF-8 with BOM, `;`-separated) to FILE.
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        /// Write an Open Referral HSDS 3.0 Tabular Data Package (datapackage.json and one CSV file
        /// per table) into this folder, created if needed.
        #[arg(long, value_name = "DIR")]
        hsds: Option<PathBuf>,
    },
    /// Apply an edited spreadsheet to the offer files (nothing is written unless all of it is valid).
    #[command(after_long_help = lotse::export::sheet::FORMAT_HELP)]
    Import {
        /// The content folder (only its offers/*.toml files are changed).
        #[arg(long, env = "LOTSE_CONTENT", default_value = "content")]
        content: PathBuf,
        /// The sheet, as `lotse export --csv` wrote it and an editor changed it.
        #[arg(long, value_name = "FILE")]
        csv: PathBuf,
        /// The language of the problem messages and the summary: de or en.
        #[arg(long, default_value = "de")]
        lang: content::Language,
    },
    /// Search from the command line.
    Search {
        #[command(flatten)]
        paths: Paths,
        /// The reader's language.
        #[arg(long, default_value = "de")]
        lang: Lang,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Show why each result ranks where it does.
        #[arg(long)]
        explain: bool,
        /// The number of results.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// What to search for.
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
    },
    /// Write the printable booklet in one language as a self-contained HTML file (the same bytes as
    /// the page /{lang}/booklet of a server with the same public address, on the same day).
    Booklet {
        #[command(flatten)]
        paths: Paths,
        /// The booklet's language.
        #[arg(long, default_value = "de")]
        lang: Lang,
        /// The HTML file to write.
        #[arg(long, value_name = "FILE.html")]
        out: PathBuf,
        /// The live site's address for the title page's QR code; default: the site's `public_url`.
        /// Without either the booklet has no QR code and says so.
        #[arg(long, env = "LOTSE_PUBLIC_URL")]
        public_url: Option<url::Url>,
    },
    /// Talk to the bot's conversation in the terminal (buttons are numbered: type a number to press one).
    Chat {
        #[command(flatten)]
        paths: Paths,
        /// The language to start in (/language changes it).
        #[arg(long, default_value = "de")]
        lang: Lang,
        /// The public base URL of the web pages (offer links); default: the site's `public_url`, else
        /// http://127.0.0.1:8080.
        #[arg(long, env = "LOTSE_PUBLIC_URL")]
        public_url: Option<url::Url>,
    },
    /// Measure answer quality on a query set (tab-separated: lang, query, expect, crisis).
    Eval {
        #[command(flatten)]
        paths: Paths,
        /// The query set.
        file: PathBuf,
        /// Exit with status 1 unless success@3 reaches this share and no crisis is missed.
        #[arg(long)]
        min_success: Option<f64>,
        /// Which signals decide the crisis level: both (as served), or one alone to measure it.
        #[arg(long, value_enum, default_value = "both")]
        signals: lotse::search::Signals,
        /// Also list every query with its level and model probability (tab-separated).
        #[arg(long)]
        all: bool,
    },
    // issue 12: the editors' work list, readers' corrections and the needs report.
    /// The editors' work list: offers due for a check, most urgent first, with the reason and whom to
    /// call (`confirm` records a provider's confirmation in the offer's file).
    Review {
        #[command(subcommand)]
        action: Option<ReviewAction>,
        #[arg(long, env = "LOTSE_CONTENT", default_value = "content", global = true)]
        content: PathBuf,
        /// The data file with readers' corrections.
        #[arg(long, env = "LOTSE_DATA", default_value = lotse::store::DEFAULT_PATH, global = true)]
        data: PathBuf,
        /// Print CSV instead of a table.
        #[arg(long)]
        csv: bool,
        /// de or en.
        #[arg(long, default_value = "de", global = true)]
        lang: content::Language,
    },
    /// Readers' corrections: list (open ones; --all for every one), show ID, resolve ID.
    Corrections {
        #[command(subcommand)]
        action: Option<CorrectionsAction>,
        #[arg(long, env = "LOTSE_DATA", default_value = lotse::store::DEFAULT_PATH, global = true)]
        data: PathBuf,
        /// List resolved corrections too.
        #[arg(long)]
        all: bool,
        /// de or en.
        #[arg(long, default_value = "de", global = true)]
        lang: content::Language,
    },
    /// The needs report: anonymous daily counts of what was asked for (counts below 5 as "< 5").
    Report {
        #[arg(long, env = "LOTSE_DATA", default_value = lotse::store::DEFAULT_PATH)]
        data: PathBuf,
        /// The first day (YYYY-MM-DD; default: 30 days before --to).
        #[arg(long)]
        from: Option<jiff::civil::Date>,
        /// The last day (YYYY-MM-DD; default: today).
        #[arg(long)]
        to: Option<jiff::civil::Date>,
        /// Print CSV instead of text.
        #[arg(long)]
        csv: bool,
        /// de or en.
        #[arg(long, default_value = "de")]
        lang: content::Language,
    },
}

#[derive(Subcommand)]
enum ReviewAction {
    /// Record that the provider confirmed the offer ID (edits its file, keeping comments and layout).
    Confirm {
        id: String,
        /// Who confirmed (kept in the file for the editors; never published).
        #[arg(long)]
        by: String,
        /// The day of the confirmation (YYYY-MM-DD; default: today).
        #[arg(long)]
        date: Option<jiff::civil::Date>,
    },
}

#[derive(Subcommand)]
enum CorrectionsAction {
    /// Everything stored about one correction.
    Show { id: i64 },
    /// Mark it resolved (deletes its text and e-mail address).
    Resolve { id: i64 },
}

fn main() -> ExitCode {
    init_logging();
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging() {
    let filter =
        tracing_subscriber::EnvFilter::try_from_env("LOTSE_LOG").unwrap_or_else(|_| "info".into());
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // Colour codes only for a person at a terminal, never into a journal or a file.
        .with_ansi(std::io::stderr().is_terminal())
        .init();
}

fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Check { content, lang } => Ok(check(&content, lang)),
        Command::Export { content, csv, hsds } => {
            if csv.is_none() && hsds.is_none() {
                anyhow::bail!("nothing to export: give --csv FILE or --hsds DIR");
            }
            let mut status = ExitCode::SUCCESS;
            if let Some(csv) = csv {
                match lotse::export::sheet::export_to(&content, &csv) {
                    Ok(rows) => println!("wrote {rows} offers to {}", csv.display()),
                    Err(problems) => {
                        print_located(&problems, content::Language::default());
                        status = ExitCode::FAILURE;
                    }
                }
            }
            match hsds {
                Some(dir) if status == ExitCode::SUCCESS => export(&content, Some(&dir)),
                _ => Ok(status),
            }
        }
        Command::Import { content, csv, lang } => {
            match lotse::export::sheet::import(&content, &csv) {
                Ok(summary) => {
                    print!("{}", summary.describe(lang));
                    Ok(ExitCode::SUCCESS)
                }
                Err(problems) => {
                    print_located(&problems, lang);
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::Index(paths) => match index::ensure(&paths.content, &paths.index) {
            Ok(Outcome::Built(fp)) => {
                println!("built index {fp} in {}", paths.index.display());
                Ok(ExitCode::SUCCESS)
            }
            Ok(Outcome::UpToDate(fp)) => {
                println!("index {fp} is up to date");
                Ok(ExitCode::SUCCESS)
            }
            Err(IndexError::Content(problems)) => {
                print_problems(&paths.content, &problems, content::Language::default());
                Ok(ExitCode::FAILURE)
            }
            Err(err) => Err(err.into()),
        },
        Command::Search {
            paths,
            lang,
            json,
            explain,
            limit,
            query,
        } => {
            let engine = open_engine(&paths)?;
            let req = SearchRequest::new(&query.join(" "), lang, limit)?;
            let answer = engine.search(&req);
            if json {
                println!("{}", serde_json::to_string_pretty(&answer)?);
            } else {
                print_answer(&engine, &answer, explain);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval {
            paths,
            file,
            min_success,
            signals,
            all,
        } => {
            let mut engine = open_engine(&paths)?;
            engine.set_signals(signals);
            let tsv = std::fs::read_to_string(&file)
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            let cases =
                eval::parse(&tsv).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            let report = eval::run(&engine, &cases);
            print!("{}", report.render());
            if all {
                println!("\nline\tlang\tclass\tcrisis\tlevel\tmodel\trank\tquery");
                for o in &report.outcomes {
                    println!(
                        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                        o.case.line,
                        o.case.lang,
                        o.case.class,
                        o.case.crisis.map_or("-", |c| if c { "1" } else { "0" }),
                        o.level.as_str(),
                        o.model.map_or("-".into(), |p| format!("{p:.3}")),
                        o.rank.map_or("-".into(), |r| r.to_string()),
                        o.case.query
                    );
                }
            }
            let ok = min_success
                .is_none_or(|min| report.success_at_3() >= min && report.crisis_missed() == 0);
            Ok(if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Booklet {
            paths,
            lang,
            out,
            public_url,
        } => {
            let engine = open_engine(&paths)?;
            let catalogue = engine.catalogue();
            if !catalogue.site.offers(lang) {
                anyhow::bail!("the site does not offer the language {}", lang.code());
            }
            let public_url = public_url.or_else(|| {
                catalogue
                    .site
                    .public_url
                    .as_deref()
                    .and_then(|u| url::Url::parse(u).ok())
            });
            let html = lotse::web::booklet::render(
                catalogue,
                lang,
                public_url.as_ref(),
                &lotse::present::now(),
            )
            .ok_or_else(|| anyhow::anyhow!("the booklet could not be rendered"))?;
            std::fs::write(&out, html)?;
            if public_url.is_none() {
                eprintln!(
                    "no public address (LOTSE_PUBLIC_URL or public_url in site.toml): the booklet has no QR code"
                );
            }
            eprintln!("{}", out.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Chat {
            paths,
            lang,
            public_url,
        } => {
            let engine = open_engine(&paths)?;
            let interactive = std::io::stdin().is_terminal();
            let public_url = lotse::config::resolve_public_url(
                public_url.as_ref(),
                &engine.catalogue().site,
                ([127, 0, 0, 1], 8080).into(),
            );
            chat::run(
                &engine,
                &public_url,
                lang,
                std::io::stdin().lock(),
                std::io::stdout().lock(),
                interactive,
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Review {
            action,
            content,
            data,
            csv,
            lang,
        } => printed(match action {
            None => lotse::desk::review(&content, &data, csv, lang),
            Some(ReviewAction::Confirm { id, by, date }) => {
                lotse::desk::confirm(&content, &id, &by, date, lang)
            }
        }),
        Command::Corrections {
            action,
            data,
            all,
            lang,
        } => printed(match action {
            None => lotse::desk::list(&data, all, lang),
            Some(CorrectionsAction::Show { id }) => lotse::desk::show(&data, id, lang),
            Some(CorrectionsAction::Resolve { id }) => lotse::desk::resolve(&data, id, lang),
        }),
        Command::Report {
            data,
            from,
            to,
            csv,
            lang,
        } => printed(lotse::desk::report(&data, from, to, csv, lang)),
        Command::Serve(config) => {
            serve::run(config)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Prints a command's text; its error goes to the caller (printed as `error: …`, exit status 1).
fn printed(text: anyhow::Result<String>) -> anyhow::Result<ExitCode> {
    print!("{}", text?);
    Ok(ExitCode::SUCCESS)
}

fn check(content: &std::path::Path, lang: content::Language) -> ExitCode {
    match content::load(content) {
        Ok(catalogue) => {
            let t = &catalogue.thesaurus;
            let crisis_examples = catalogue
                .examples
                .iter()
                .filter(|e| e.label == content::Label::Crisis)
                .count();
            let site = &catalogue.site;
            println!(
                "ok: {} for {} in {} languages, {} crisis lines first",
                site.name,
                site.area,
                site.languages.len(),
                site.crisis_lines.len(),
            );
            println!(
                "ok: {} offers in {} categories, thesaurus of {} need entries ({} crisis, {} concern, {} not-crisis, {} past, {} now, {} safe), {} example messages ({} crisis, {} other)",
                catalogue.offers.len(),
                catalogue.taxonomy.categories.len(),
                t.categories.values().map(Vec::len).sum::<usize>(),
                t.crisis.len(),
                t.concern.len(),
                t.not_crisis.len(),
                t.past.len(),
                t.now.len(),
                t.safe.len(),
                catalogue.examples.len(),
                crisis_examples,
                catalogue.examples.len() - crisis_examples,
            );
            let statuses: Vec<String> = content::Status::ALL
                .into_iter()
                .map(|s| {
                    let n = catalogue.offers.iter().filter(|o| o.status == s).count();
                    format!("{n} {}", s.id())
                })
                .collect();
            println!("ok: status {}", statuses.join(", "));
            ExitCode::SUCCESS
        }
        Err(problems) => {
            print_problems(content, &problems, lang);
            ExitCode::FAILURE
        }
    }
}

fn export(content: &std::path::Path, hsds: Option<&std::path::Path>) -> anyhow::Result<ExitCode> {
    let Some(dir) = hsds else {
        anyhow::bail!("name what to write: --hsds DIR");
    };
    let catalogue = match content::load(content) {
        Ok(catalogue) => catalogue,
        Err(problems) => {
            print_problems(content, &problems, content::Language::default());
            return Ok(ExitCode::FAILURE);
        }
    };
    let files = lotse::export::hsds::write_package(&catalogue.offers, dir)
        .map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?;
    println!(
        "wrote {} files of the HSDS package of {} offers into {}",
        files.len(),
        catalogue.offers.len(),
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn print_problems(
    content: &std::path::Path,
    problems: &[content::Problem],
    lang: content::Language,
) {
    for p in problems {
        println!("{}/{}", content.display(), p.in_lang(lang));
    }
    let n = problems.len();
    match lang {
        content::Language::De => println!("{n} Problem(e) gefunden"),
        content::Language::En => println!("{n} problem(s) found"),
    }
}

/// Problems that name their file in full (the sheet's rows, or content files with their folder).
fn print_located(problems: &[content::Problem], lang: content::Language) {
    for p in problems {
        println!("{}", p.in_lang(lang));
    }
    let n = problems.len();
    match lang {
        content::Language::De => println!("{n} Problem(e) gefunden, nichts geschrieben"),
        content::Language::En => println!("{n} problem(s) found, nothing written"),
    }
}

/// Opens the index, building it first if the content changed (invalid content: the last good index).
fn open_engine(paths: &Paths) -> anyhow::Result<Engine> {
    if let Err(IndexError::Content(problems)) = index::ensure(&paths.content, &paths.index) {
        eprintln!(
            "warning: the content has {} problem(s) (see `lotse check`); using the last good index",
            problems.len()
        );
    }
    Ok(Engine::open(&paths.index)?)
}

fn print_answer(engine: &Engine, answer: &lotse::search::Answer, explain: bool) {
    match answer.crisis_level {
        lotse::search::CrisisLevel::Acute => {
            println!("!! acute crisis: lead with the crisis lines")
        }
        lotse::search::CrisisLevel::Concern => {
            println!("!  concern: the crisis lines above the results")
        }
        lotse::search::CrisisLevel::None => {}
    }
    if explain {
        println!(
            "crisis level {}: {}",
            answer.crisis_level.as_str(),
            answer.crisis_reading.reason
        );
        if !engine.has_model() {
            println!("(the semantic model is not loaded: only the thesaurus decides)");
        }
        if let Some(p) = answer.crisis_reading.model {
            println!("  model: crisis probability {p:.2}");
        }
        if let Some(reading) = &answer.model_reading {
            println!("  the model read it as: {reading:?}");
        }
        for w in &answer.word_matches {
            println!(
                "  word {:?} -> {:?} [{}] {:?} {:.2}",
                w.word, w.entry, w.target, w.how, w.quality
            );
        }
        if let Some(id) = &answer.reachable_fallback {
            println!("  added {id}: the best matches cannot be reached");
        }
    }
    println!(
        "kind: {:?}; categories meant: {}",
        answer.kind,
        answer.categories.join(", ")
    );
    if !answer.category_support.is_empty() {
        let support: Vec<String> = answer
            .category_support
            .iter()
            .map(|(c, s)| format!("{c} {s:.2}"))
            .collect();
        println!(
            "long message: categories weighed by meaning (support 0-1): {}",
            support.join(", ")
        );
    }
    for (i, hit) in answer.hits.iter().enumerate() {
        let Some(offer) = engine.catalogue().offer(&hit.offer_id) else {
            continue;
        };
        println!(
            "{:2}. {} [{}] ({})",
            i + 1,
            offer.texts(answer.lang).name,
            offer.id,
            offer.categories.join(", ")
        );
        println!("    {}", hit.snippet.plain());
        if explain {
            println!("    score {:.3}: {}", hit.score, hit.explanation.describe());
        }
    }
}
