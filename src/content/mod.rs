//! Content: the files in `content/`, read, validated and turned into a typed [`Catalogue`].
//!
//! Loading never stops at the first problem: every file is read and every problem is collected, each with
//! the file, line and field, so that `lotse check` can list them all at once. Errors here are data
//! ([`Problem`]s), not panics: a broken file must never take the service down.

pub mod examples;
pub mod model;
pub mod problem;
pub mod raw;
pub mod taxonomy;
pub mod thesaurus;
pub mod validate;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use examples::{Example, Label};
pub use model::*;
pub use problem::Problem;
pub use taxonomy::{Category, Group, Taxonomy};
pub use thesaurus::Thesaurus;

/// The file holding the categories.
pub const TAXONOMY_FILE: &str = "taxonomy.toml";
/// The file holding the thesaurus of needs.
pub const THESAURUS_FILE: &str = "thesaurus.toml";
/// The labelled example messages for the semantic crisis signal (optional: without it, only the
/// thesaurus decides).
pub const EXAMPLES_FILE: &str = "crisis-examples.tsv";
/// The folder holding one file per offer.
pub const OFFERS_DIR: &str = "offers";

/// Everything the directory knows, validated.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Catalogue {
    pub taxonomy: Taxonomy,
    /// Offers sorted by id.
    pub offers: Vec<Offer>,
    pub thesaurus: Thesaurus,
    /// Example messages the crisis classifier learns from (empty when the site has none).
    #[serde(default)]
    pub examples: Vec<Example>,
}

impl Catalogue {
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

    /// The crisis lines for the emergency banner: the emergency services (112, 110) first, then lines
    /// for everyone (TelefonSeelsorge), then lines for particular groups (women, children).
    pub fn crisis_lines(&self) -> Vec<&Offer> {
        let mut lines: Vec<&Offer> = self
            .offers
            .iter()
            .filter(|o| o.crisis_line && o.is_active())
            .collect();
        lines.sort_by_key(|o| {
            let emergency = o.contact.phones.first().is_some_and(|p| p.tel.len() <= 3);
            (
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

    let taxonomy = read(dir, Path::new(TAXONOMY_FILE), &mut problems)
        .and_then(|src| Taxonomy::parse(Path::new(TAXONOMY_FILE), &src, &mut problems));
    let Some(taxonomy) = taxonomy else {
        // Without categories no offer can be checked; report what we have.
        return Err(problems);
    };

    let thesaurus = read(dir, Path::new(THESAURUS_FILE), &mut problems).and_then(|src| {
        Thesaurus::parse(Path::new(THESAURUS_FILE), &src, &taxonomy, &mut problems)
    });

    let examples = if dir.join(EXAMPLES_FILE).exists() {
        read(dir, Path::new(EXAMPLES_FILE), &mut problems)
            .map(|src| examples::parse(Path::new(EXAMPLES_FILE), &src, &mut problems))
            .unwrap_or_default()
    } else {
        Vec::new()
    };

    let mut offers: BTreeMap<String, (PathBuf, Offer)> = BTreeMap::new();
    let files = match offer_files(dir) {
        Ok(files) => files,
        Err(err) => {
            problems.push(Problem {
                file: PathBuf::from(OFFERS_DIR),
                line: None,
                field: "-".into(),
                message: format!("cannot read the folder: {err}"),
            });
            Vec::new()
        }
    };
    if files.is_empty() && problems.is_empty() {
        problems.push(Problem {
            file: PathBuf::from(OFFERS_DIR),
            line: None,
            field: "-".into(),
            message: "no offers found (expected offers/<id>.toml files)".into(),
        });
    }
    for rel in files {
        let Some(src) = read(dir, &rel, &mut problems) else {
            continue;
        };
        let id = rel
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let mut p = problem::FileProblems::new(&rel, &src, &mut problems);
        if !taxonomy::is_valid_id(&id) {
            p.whole(
                "id",
                format!("the file name `{id}` is the offer's id: use lower-case letters, digits and hyphens"),
            );
            continue;
        }
        let raw: raw::RawOffer = match toml::from_str(&src) {
            Ok(raw) => raw,
            Err(err) => {
                p.toml_error(&err);
                continue;
            }
        };
        let Some(offer) = validate::validate_offer(&id, raw, &taxonomy, &mut p) else {
            continue;
        };
        if let Some((first, _)) = offers.get(&id) {
            p.whole(
                "id",
                format!(
                    "duplicate id `{id}`: {} has the same file name",
                    first.display()
                ),
            );
            continue;
        }
        offers.insert(id, (rel, offer));
    }

    // Every category should lead somewhere; an empty one is a dead end for readers.
    if problems.is_empty() {
        for cat in &taxonomy.categories {
            if !offers.values().any(|(_, o)| o.categories.contains(&cat.id)) {
                problems.push(Problem {
                    file: PathBuf::from(TAXONOMY_FILE),
                    line: None,
                    field: format!("categories.{}", cat.id),
                    message: "no offer has this category".into(),
                });
            }
        }
    }

    match (problems.is_empty(), thesaurus) {
        (true, Some(thesaurus)) => Ok(Catalogue {
            taxonomy,
            offers: offers.into_values().map(|(_, o)| o).collect(),
            thesaurus,
            examples,
        }),
        _ => Err(problems),
    }
}

/// A digest of every `.toml` file under `dir` (names and bytes): the index is rebuilt when it changes.
pub fn fingerprint(dir: &Path) -> std::io::Result<String> {
    let mut files = vec![
        PathBuf::from(TAXONOMY_FILE),
        PathBuf::from(THESAURUS_FILE),
        PathBuf::from(EXAMPLES_FILE),
    ];
    files.extend(offer_files(dir)?);
    let mut hash = Sha256::new();
    for rel in files {
        hash.update(rel.to_string_lossy().as_bytes());
        hash.update([0]);
        match fs::read(dir.join(&rel)) {
            Ok(bytes) => hash.update(&bytes),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => hash.update(b"\0missing"),
            Err(err) => return Err(err),
        }
        hash.update([0]);
    }
    let digest = hash.finalize();
    Ok(digest.iter().take(12).map(|b| format!("{b:02x}")).collect())
}

/// The offer files, relative to `dir`, sorted; sub-folders of `offers/` are allowed for editors' order.
fn offer_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let root = dir.join(OFFERS_DIR);
    if !root.exists() {
        return Ok(out);
    }
    let mut stack = vec![root];
    while let Some(folder) = stack.pop() {
        for entry in fs::read_dir(&folder)? {
            let entry = entry?;
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') {
                continue; // editor swap files, .gitkeep
            }
            if entry.file_type()?.is_dir() {
                stack.push(path);
            } else if name.ends_with(".toml") {
                out.push(path.strip_prefix(dir).unwrap_or(&path).to_path_buf());
            }
        }
    }
    out.sort();
    Ok(out)
}

fn read(dir: &Path, rel: &Path, problems: &mut Vec<Problem>) -> Option<String> {
    match fs::read(dir.join(rel)) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Some(text),
            Err(_) => {
                problems.push(Problem {
                    file: rel.to_path_buf(),
                    line: None,
                    field: "-".into(),
                    message: "the file is not UTF-8 text (save it as UTF-8)".into(),
                });
                None
            }
        },
        Err(err) => {
            problems.push(Problem {
                file: rel.to_path_buf(),
                line: None,
                field: "-".into(),
                message: format!("cannot read: {err}"),
            });
            None
        }
    }
}
