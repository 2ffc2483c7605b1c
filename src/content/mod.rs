//! Content: the files in `content/`, read, validated and turned into a typed [`Catalogue`].
//!
//! Loading never stops at the first problem: every file is read and every problem is collected, each with
//! the file, line and field, so that `lotse check` can list them all at once. Errors here are data
//! ([`Problem`]s), not panics: a broken file must never take the service down.
//!
//! Files are read defensively (see [`files`] and [`limits`]): only regular files, each within the size
//! limit of its kind and all together within a total, so that a runaway or odd file is reported instead of
//! wedging or bloating the server.

pub mod examples;
pub mod files;
pub mod gazetteer;
pub mod limits;
pub mod model;
pub mod problem;
pub mod raw;
pub mod shape;
pub mod site;
pub mod taxonomy;
pub mod thesaurus;
pub mod validate;

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::lang::Lang;

pub use examples::{Example, Label};
pub use gazetteer::{Centre, Gazetteer, Place, PlaceKind};
pub use model::*;
pub use problem::{Language, Message, Problem};
pub use site::{Editors, Site};
pub use taxonomy::{Category, Group, Taxonomy};
pub use thesaurus::Thesaurus;

use problem::msg;

/// The file holding the categories.
pub const TAXONOMY_FILE: &str = "taxonomy.toml";
/// The file holding the site's configuration (name, town, languages, crisis lines).
pub const SITE_FILE: &str = "site.toml";
/// The file holding the thesaurus of needs.
pub const THESAURUS_FILE: &str = "thesaurus.toml";
/// The labelled example messages for the semantic crisis signal (optional: without it, only the
/// thesaurus decides).
pub const EXAMPLES_FILE: &str = "crisis-examples.tsv";
/// The gazetteer: the places readers name, their spellings, postcodes and sourced centres
/// (optional: without it, the places are those of the offers' addresses, unchecked).
pub const PLACES_FILE: &str = "places.toml";
/// The folder holding one file per offer.
pub const OFFERS_DIR: &str = "offers";

/// Everything the directory knows, validated.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Catalogue {
    /// The site: its name, town, languages and the crisis lines it leads with.
    #[serde(default)]
    pub site: Site,
    pub taxonomy: Taxonomy,
    /// Offers sorted by id.
    pub offers: Vec<Offer>,
    pub thesaurus: Thesaurus,
    /// Example messages the crisis classifier learns from (empty when the site has none).
    #[serde(default)]
    pub examples: Vec<Example>,
    /// The places readers name (empty when the content has no `places.toml`).
    #[serde(default)]
    pub gazetteer: Gazetteer,
    /// What the front ends compute from the content on first use and keep with it.
    #[serde(skip)]
    pub derived: Derived,
}

/// Facts computed from a catalogue's content on first use, then kept: pages ask for them on every
/// request, and they change only with the content. Not serialised; a clone starts empty, as it may be
/// changed before it is used, and two catalogues compare equal whatever either has computed.
#[derive(Debug, Default)]
pub struct Derived {
    places: std::sync::OnceLock<Vec<String>>,
    open_phrases: std::sync::OnceLock<OpenPhrases>,
}

/// The thesaurus' `open_now` and `open_today` phrases, each as its folded words.
#[derive(Debug, Default)]
pub struct OpenPhrases {
    /// "jetzt offen", "open now", …
    pub now: Vec<Vec<String>>,
    /// "heute offen", "open today", …
    pub today: Vec<Vec<String>>,
}

impl Derived {
    /// The towns and districts of the offers' addresses, computed by `compute` the first time.
    pub fn places(&self, compute: impl FnOnce() -> Vec<String>) -> &[String] {
        self.places.get_or_init(compute)
    }

    /// The thesaurus' "open now" and "open today" phrases as folded words, computed by `compute` the
    /// first time (every search page asks).
    pub fn open_phrases(&self, compute: impl FnOnce() -> OpenPhrases) -> &OpenPhrases {
        self.open_phrases.get_or_init(compute)
    }
}

impl Clone for Derived {
    fn clone(&self) -> Derived {
        Derived::default()
    }
}

impl PartialEq for Derived {
    fn eq(&self, _: &Derived) -> bool {
        true
    }
}

impl Catalogue {
    /// Every text of the directory with the language it is written in: the offers' texts in German and
    /// in each translation, the thesaurus entries and the example messages.
    pub fn texts(&self) -> impl Iterator<Item = (Lang, &str)> {
        let offers = self.offers.iter().flat_map(|o| {
            let german = [&o.name, &o.summary, &o.description]
                .into_iter()
                .chain(o.caveat.iter())
                .map(|t| (Lang::De, t.as_str()));
            let translated = o.translations.iter().flat_map(|(&lang, t)| {
                [&t.name, &t.summary, &t.description]
                    .into_iter()
                    .chain(t.caveat.iter())
                    .chain(t.hours_note.iter())
                    .chain(t.address_note.iter())
                    .map(move |text| (lang, text.as_str()))
            });
            german.chain(translated)
        });
        let thesaurus = self.thesaurus.entries().map(|e| (e.lang, e.text.as_str()));
        let examples = self.examples.iter().map(|e| (e.lang, e.text.as_str()));
        offers.chain(thesaurus).chain(examples)
    }

    /// Looks an offer up by id.
    pub fn offer(&self, id: &str) -> Option<&Offer> {
        self.offers
            .binary_search_by(|o| o.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.offers[i])
    }

    /// The offers filed under a category, active ones first, then by name.
    pub fn offers_in(&self, category: &str) -> Vec<&Offer> {
        let mut list: Vec<&Offer> = self
            .offers
            .iter()
            .filter(|o| o.categories.iter().any(|c| c == category))
            .collect();
        list.sort_by_key(|o| {
            (
                !o.is_active(),
                o.categories.first().map(|c| c != category),
                o.name.to_lowercase(),
            )
        });
        list
    }

    /// The crisis lines for the emergency banner: those the site leads with, in its order; then any
    /// other active crisis line of the content, the emergency services (112, 110) first, then lines for
    /// everyone (TelefonSeelsorge), then lines for particular groups (women, children).
    pub fn crisis_lines(&self) -> Vec<&Offer> {
        let mut lines: Vec<&Offer> = self
            .offers
            .iter()
            .filter(|o| o.crisis_line && o.is_active())
            .collect();
        lines.sort_by_key(|o| {
            let emergency = o.contact.phones.first().is_some_and(|p| p.tel.len() <= 3);
            (
                self.site
                    .crisis_lines
                    .iter()
                    .position(|id| *id == o.id)
                    .unwrap_or(usize::MAX),
                !emergency,
                !o.is_for_everyone(),
                o.contact.phones.first().map(|p| p.tel.clone()),
            )
        });
        lines
    }
}

/// Reads and validates the whole content folder.
pub fn load(dir: &Path) -> Result<Catalogue, Vec<Problem>> {
    let mut problems = Vec::new();

    let files = match offer_files(dir) {
        Ok(files) => files,
        Err((folder, err)) => {
            problems.push(Problem::whole(
                folder,
                "-",
                msg!(
                    "der Ordner kann nicht gelesen werden: {err}",
                    "cannot read the folder: {err}"
                ),
            ));
            Vec::new()
        }
    };
    if !within_total_size(dir, &files, &mut problems) {
        return Err(problems);
    }

    let site_source = if files::regular_metadata(&dir.join(SITE_FILE)).is_err_and(
        |e| matches!(&e, files::ReadError::Io(io) if io.kind() == io::ErrorKind::NotFound),
    ) {
        problems.push(Problem::whole(
            SITE_FILE,
            "-",
            msg!(
                "die Datei fehlt: sie nennt Name, Ort, Sprachen und Krisentelefone der Website (siehe content/README.md)",
                "the file is missing: it names the site, its town, languages and crisis lines (see content/README.md)"
            ),
        ));
        None
    } else {
        read(dir, Path::new(SITE_FILE), &mut problems)
    };
    let site = site_source
        .as_ref()
        .and_then(|src| Site::parse(Path::new(SITE_FILE), &src.text, &mut problems));

    let taxonomy = read(dir, Path::new(TAXONOMY_FILE), &mut problems)
        .and_then(|src| Taxonomy::parse(Path::new(TAXONOMY_FILE), &src.text, &mut problems));
    let Some(taxonomy) = taxonomy else {
        // Without categories no offer can be checked; report what we have.
        return Err(problems);
    };

    let thesaurus = read(dir, Path::new(THESAURUS_FILE), &mut problems).and_then(|src| {
        Thesaurus::parse(
            Path::new(THESAURUS_FILE),
            &src.text,
            &taxonomy,
            &mut problems,
        )
    });

    let examples = if dir.join(EXAMPLES_FILE).exists() {
        read(dir, Path::new(EXAMPLES_FILE), &mut problems)
            .map(|src| examples::parse(Path::new(EXAMPLES_FILE), &src.text, &mut problems))
            .unwrap_or_default()
    } else {
        Vec::new()
    };

    let gazetteer = if dir.join(PLACES_FILE).exists() {
        read(dir, Path::new(PLACES_FILE), &mut problems)
            .and_then(|src| Gazetteer::parse(Path::new(PLACES_FILE), &src.text, &mut problems))
    } else {
        Some(Gazetteer::default())
    };

    if files.is_empty() && problems.is_empty() {
        problems.push(Problem::whole(
            OFFERS_DIR,
            "-",
            msg!(
                "keine Angebote gefunden (erwartet: Dateien offers/<id>.toml)",
                "no offers found (expected offers/<id>.toml files)"
            ),
        ));
    }
    let mut offers = Offers::new();
    for rel in files {
        let Some(src) = read(dir, &rel, &mut problems) else {
            continue;
        };
        if let Some((id, offer)) = load_offer(&rel, &src.text, &taxonomy, &mut problems) {
            // An address must name a place readers can choose (only when the content has places).
            if let (Some(g), Some(address)) = (&gazetteer, &offer.address)
                && !g.is_empty()
            {
                g.check_address(&rel, &src.text, address, &mut problems);
            }
            offers.add(id, rel, src.modified, offer, &mut problems);
        }
    }
    let offers = offers.into_offers();

    // Every category should lead somewhere; an empty one is a dead end for readers.
    if problems.is_empty() {
        for cat in &taxonomy.categories {
            if !offers.iter().any(|o| o.categories.contains(&cat.id)) {
                problems.push(Problem::whole(
                    TAXONOMY_FILE,
                    format!("categories.{}", cat.id),
                    msg!(
                        "kein Angebot hat diese Kategorie",
                        "no offer has this category"
                    ),
                ));
            }
        }
    }

    if let (Some(site), Some(src)) = (&site, &site_source) {
        site.check_crisis_lines(Path::new(SITE_FILE), &src.text, &offers, &mut problems);
    }

    match (problems.is_empty(), thesaurus, site, gazetteer) {
        (true, Some(thesaurus), Some(site), Some(gazetteer)) => Ok(Catalogue {
            site,
            taxonomy,
            offers,
            thesaurus,
            examples,
            gazetteer,
            derived: Derived::default(),
        }),
        _ => Err(problems),
    }
}

/// Reads one offer file; `None` (with the problems recorded) if it has any problem.
fn load_offer(
    rel: &Path,
    src: &str,
    taxonomy: &Taxonomy,
    problems: &mut Vec<Problem>,
) -> Option<(String, Offer)> {
    let before = problems.len();
    let id = rel
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_owned();
    let mut p = problem::FileProblems::new(rel, src, problems);
    if !taxonomy::is_valid_id(&id) {
        p.whole(
            "id",
            msg!(
                "der Dateiname `{id}` ist die Kennung des Angebots: bitte nur Kleinbuchstaben, Ziffern und Bindestriche verwenden",
                "the file name `{id}` is the offer's id: use lower-case letters, digits and hyphens"
            ),
        );
        return None;
    }
    let raw: raw::RawOffer = shape::parse(limits::Kind::Offer, &mut p)?;
    let offer = validate::validate_offer(&id, raw, taxonomy, &mut p);
    // Shape problems leave placeholders in `raw` that the validation may accept: any problem counts.
    if problems.len() > before {
        return None;
    }
    offer.map(|offer| (id, offer))
}

/// The valid offers by id, each with the file it came from.
struct Offers(BTreeMap<String, (PathBuf, Option<SystemTime>, Offer)>);

impl Offers {
    fn new() -> Offers {
        Offers(BTreeMap::new())
    }

    /// Adds an offer; of two files with the same id, the one added later (the newer file, or on a tie
    /// the later one in sort order, which is this one) is the copy and gets the problem.
    fn add(
        &mut self,
        id: String,
        rel: PathBuf,
        modified: Option<SystemTime>,
        offer: Offer,
        problems: &mut Vec<Problem>,
    ) {
        let Some((first, first_modified, _)) = self.0.get(&id) else {
            self.0.insert(id, (rel, modified, offer));
            return;
        };
        let (copy, original) = if modified >= *first_modified {
            (rel.clone(), first.clone())
        } else {
            (first.clone(), rel.clone())
        };
        let other = original.display();
        problems.push(Problem::whole(
            &copy,
            "id",
            msg!(
                "doppelte Kennung `{id}`: {other} hat denselben Dateinamen; bitte eine der beiden Dateien umbenennen oder entfernen",
                "duplicate id `{id}`: {other} has the same file name; rename or remove one of them"
            ),
        ));
        if copy != rel {
            self.0.insert(id, (rel, modified, offer));
        }
    }

    fn into_offers(self) -> Vec<Offer> {
        self.0.into_values().map(|(_, _, o)| o).collect()
    }
}

/// Checks the size of all content files together before any is read; `false` (with a problem) if they
/// exceed [`limits::MAX_TOTAL_BYTES`]. A file over its own limit does not count: it is reported by itself
/// and never read.
fn within_total_size(dir: &Path, offers: &[PathBuf], problems: &mut Vec<Problem>) -> bool {
    let total: u64 = [
        SITE_FILE,
        TAXONOMY_FILE,
        THESAURUS_FILE,
        EXAMPLES_FILE,
        PLACES_FILE,
    ]
    .iter()
    .map(PathBuf::from)
    .chain(offers.iter().cloned())
    .filter_map(|rel| {
        let size = files::regular_metadata(&dir.join(&rel)).ok()?.len();
        (size <= limits::Kind::of(&rel).max_bytes()).then_some(size)
    })
    .sum();
    let max = limits::MAX_TOTAL_BYTES;
    if total <= max {
        return true;
    }
    problems.push(Problem::whole(
        ".",
        "-",
        msg!(
            "die Inhaltsdateien sind zusammen {total} Bytes groß, höchstens {max} Bytes sind erlaubt: bitte große Dateien kürzen",
            "the content files have {total} bytes together, more than the {max} allowed: shorten the large files"
        ),
    ));
    false
}

/// A content file that could not be read while computing the [`fingerprint`].
#[derive(Debug, thiserror::Error)]
#[error("cannot read content file {}: {source}", file.display())]
pub struct FingerprintError {
    /// The file or folder, relative to the content folder.
    pub file: PathBuf,
    /// Why it could not be read.
    #[source]
    pub source: io::Error,
}

/// A digest of every content file under `dir` (names and bytes): the index is rebuilt when it changes.
///
/// Files that `load` refuses to read (not regular, over a size limit) are never opened here either:
/// they are digested by their size and modification time, so the fingerprint still changes with them
/// and `load` then reports them. The watcher calls this every few seconds, so it reads no more than the
/// total limit and holds no file whole.
pub fn fingerprint(dir: &Path) -> Result<String, FingerprintError> {
    let mut files = vec![
        PathBuf::from(SITE_FILE),
        PathBuf::from(TAXONOMY_FILE),
        PathBuf::from(THESAURUS_FILE),
        PathBuf::from(EXAMPLES_FILE),
        PathBuf::from(PLACES_FILE),
    ];
    files.extend(offer_files(dir).map_err(|(file, source)| FingerprintError { file, source })?);
    let mut hash = Sha256::new();
    let mut budget = limits::MAX_TOTAL_BYTES;
    for rel in files {
        hash.update(rel.to_string_lossy().as_bytes());
        hash.update([0]);
        let limit = limits::Kind::of(&rel).max_bytes();
        digest_file(&dir.join(&rel), limit, &mut budget, &mut hash)
            .map_err(|source| FingerprintError { file: rel, source })?;
        hash.update([0]);
    }
    let digest = hash.finalize();
    Ok(digest.iter().take(12).map(|b| format!("{b:02x}")).collect())
}

/// Digests one file: its bytes if it may be read, else what its metadata shows.
fn digest_file(path: &Path, limit: u64, budget: &mut u64, hash: &mut Sha256) -> io::Result<()> {
    let meta = match files::regular_metadata(path) {
        Ok(meta) => meta,
        Err(err) => return digest_unreadable(err, hash),
    };
    let limit = limit.min(*budget);
    if meta.len() > limit {
        hash.update(b"\0too-large");
        hash.update(meta.len().to_le_bytes());
        let modified = meta.modified().ok();
        let since = modified.and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok());
        hash.update(since.unwrap_or_default().as_nanos().to_le_bytes());
        return Ok(());
    }
    match files::stream_bounded(path, limit, |bytes| hash.update(bytes)) {
        Ok(read) => {
            *budget = budget.saturating_sub(read);
            Ok(())
        }
        Err(err) => digest_unreadable(err, hash),
    }
}

/// Digests a file that cannot be read; only real read errors (other than absence) are errors.
fn digest_unreadable(err: files::ReadError, hash: &mut Sha256) -> io::Result<()> {
    match err {
        files::ReadError::Io(err) if err.kind() == io::ErrorKind::NotFound => {
            hash.update(b"\0missing");
            Ok(())
        }
        files::ReadError::Io(err) => Err(err),
        files::ReadError::NotRegular(what) => {
            hash.update(b"\0not-regular:");
            hash.update(what.as_bytes());
            Ok(())
        }
        files::ReadError::TooLarge { size, .. } => {
            hash.update(b"\0too-large");
            hash.update(size.to_le_bytes());
            Ok(())
        }
    }
}

/// The offer files, relative to `dir`, sorted; sub-folders of `offers/` are allowed for editors' order.
/// On failure, the folder (relative to `dir`) that could not be listed.
fn offer_files(dir: &Path) -> Result<Vec<PathBuf>, (PathBuf, io::Error)> {
    let mut out = Vec::new();
    let root = dir.join(OFFERS_DIR);
    if !root.exists() {
        return Ok(out);
    }
    let relative = |path: &Path| path.strip_prefix(dir).unwrap_or(path).to_path_buf();
    let mut stack = vec![root];
    while let Some(folder) = stack.pop() {
        let failed = |err| (relative(&folder), err);
        for entry in fs::read_dir(&folder).map_err(failed)? {
            let entry = entry.map_err(failed)?;
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') {
                continue; // editor swap files, .gitkeep
            }
            // The entry's own type (symbolic links are not followed into folders, so no loops).
            if entry.file_type().map_err(failed)?.is_dir() {
                stack.push(path);
            } else if name.ends_with(".toml") {
                out.push(relative(&path));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// A file's text and when it was last changed.
struct Text {
    text: String,
    modified: Option<SystemTime>,
}

/// Reads a content file within the limits of its kind; `None` (with a problem) if it cannot be read or
/// is not UTF-8.
fn read(dir: &Path, rel: &Path, problems: &mut Vec<Problem>) -> Option<Text> {
    let limit = limits::Kind::of(rel).max_bytes();
    let (bytes, meta) = match files::read_bounded(&dir.join(rel), limit) {
        Ok(read) => read,
        Err(err) => {
            problems.push(Problem::whole(rel, "-", err.message()));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Some(Text {
            text,
            modified: meta.modified().ok(),
        }),
        Err(err) => {
            let at = err.utf8_error().valid_up_to();
            let (line, column) = problem::line_and_column_of_bytes(err.as_bytes(), at);
            problems.push(Problem {
                file: rel.to_path_buf(),
                line: Some(line),
                column: Some(column),
                field: "-".into(),
                message: msg!(
                    "hier steht ein Zeichen, das kein UTF-8 ist: bitte die Datei als UTF-8 speichern",
                    "a character here is not UTF-8: save the file as UTF-8"
                ),
            });
            None
        }
    }
}
