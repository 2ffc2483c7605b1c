//! The search index: a tantivy index plus a snapshot of the validated catalogue, built atomically.
//!
//! Layout of the index folder:
//!
//! ```text
//! index/
//!   current -> gen-<fingerprint>      symlink, swapped atomically (rename over it)
//!   gen-<fingerprint>/                one generation: tantivy files + catalogue.json
//!   .tmp-…/                           a build in progress; never read
//! ```
//!
//! A generation is self-contained: the server answers pages and searches from it alone, so a broken
//! content change (which fails validation before any build starts) never replaces a working index, and an
//! interrupted build leaves only a `.tmp-…` folder that the next build removes.

pub mod analyzer;

use std::fs;
use std::path::{Path, PathBuf};

use tantivy::schema::{
    Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyDocument};

use crate::content::{self, Catalogue, Problem};
use crate::i18n;
use crate::lang::Lang;
use crate::semantic::{self, Embedder, Semantic};

/// The languages that have their own search fields (easy German is searched through German).
pub const SEARCH_LANGS: [Lang; 8] = Lang::SEARCH;

/// Bumped whenever the schema, the analysis or the training of the semantic part changes, so old
/// generations are rebuilt (v6: examples read as the model reads
/// messages, see `text::reading`).
const SCHEMA_VERSION: &str = "v6";
const CATALOGUE_FILE: &str = "catalogue.json";
/// The semantic part of a generation (crisis classifier, offer embeddings); absent without a model.
const SEMANTIC_FILE: &str = "semantic.json";
const CURRENT: &str = "current";

/// The fields of the schema, declared once.
#[derive(Clone, Debug)]
pub struct Fields {
    /// The offer id: exact, stored (to map hits back to the catalogue).
    pub id: Field,
    /// Per search language: the offer's name (boosted at query time).
    pub name: Vec<(Lang, Field)>,
    /// Per search language: summary, description, provider and category labels.
    pub body: Vec<(Lang, Field)>,
    /// Character n-grams of the German name and category labels, for compound words.
    pub ngram: Field,
}

impl Fields {
    /// The name field of a language.
    pub fn name_of(&self, lang: Lang) -> Field {
        lookup(&self.name, lang)
    }

    /// The body field of a language.
    pub fn body_of(&self, lang: Lang) -> Field {
        lookup(&self.body, lang)
    }
}

fn lookup(fields: &[(Lang, Field)], lang: Lang) -> Field {
    let lang = lang.search_lang();
    fields
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, f)| *f)
        .unwrap_or(fields[0].1)
}

/// Builds the schema. Names and bodies are full-text fields (positions kept for phrase queries) with each
/// language's own tokenizer; the id is a raw STRING so it is never analysed.
pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let id = b.add_text_field("id", STRING | STORED);
    let text = |lang: Lang| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(&analyzer::tokenizer_name(lang))
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let name = SEARCH_LANGS
        .iter()
        .map(|&l| (l, b.add_text_field(&format!("name_{}", l.code()), text(l))))
        .collect();
    let body = SEARCH_LANGS
        .iter()
        .map(|&l| (l, b.add_text_field(&format!("body_{}", l.code()), text(l))))
        .collect();
    // N-grams carry no positions: they are queried term by term, never as phrases.
    let ngram = b.add_text_field(
        "ngram",
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyzer::NGRAM_TOKENIZER)
                .set_index_option(IndexRecordOption::WithFreqs),
        ),
    );
    (
        b.build(),
        Fields {
            id,
            name,
            body,
            ngram,
        },
    )
}

/// An opened generation: the catalogue it was built from and a reader over its index.
pub struct Generation {
    pub fingerprint: String,
    pub catalogue: Catalogue,
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
    /// The semantic signal, when the generation was built with the model.
    pub semantic: Option<Semantic>,
}

/// Why an index could not be built or opened.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// The content is invalid; nothing was built.
    #[error("the content has {} problem(s)", .0.len())]
    Content(Vec<Problem>),
    /// A content file could not be read to compute the fingerprint; names the file.
    #[error(transparent)]
    Fingerprint(#[from] content::FingerprintError),
    #[error("index folder {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("catalogue snapshot {path}: {source}")]
    Snapshot {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("no index has been built yet in {0} (run `lotse index`)")]
    Missing(PathBuf),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> IndexError + '_ {
    move |source| IndexError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// What [`ensure`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The current generation already matches the content.
    UpToDate(String),
    /// A new generation was built and made current.
    Built(String),
}

impl Outcome {
    /// The fingerprint of the generation that is now current.
    pub fn fingerprint(&self) -> &str {
        match self {
            Outcome::UpToDate(fp) | Outcome::Built(fp) => fp,
        }
    }
}

/// The fingerprint a generation for this content would have.
pub fn content_fingerprint(content_dir: &Path) -> Result<String, IndexError> {
    let fp = content::fingerprint(content_dir)?;
    // A generation built without the model must not pass for one built with it (and the other way).
    let model = match Embedder::shared() {
        // The token bound is part of it: the classifier is trained on examples read to that bound.
        Ok(_) => format!(
            "{}{}t{}",
            &semantic::embedder::MODEL_SHA256[..8],
            semantic::VERSION,
            semantic::embedder::QUERY_TOKENS
        ),
        Err(_) => "lexicon".to_owned(),
    };
    Ok(format!("{SCHEMA_VERSION}-{fp}-{model}"))
}

/// The fingerprint of the current generation, if there is one.
pub fn current_fingerprint(index_root: &Path) -> Option<String> {
    let target = fs::read_link(index_root.join(CURRENT)).ok()?;
    target
        .file_name()?
        .to_str()?
        .strip_prefix("gen-")
        .map(str::to_owned)
}

/// Makes sure the current generation reflects `content_dir`: builds a new one only if the content changed.
/// Invalid content returns [`IndexError::Content`] and leaves the current generation untouched.
pub fn ensure(content_dir: &Path, index_root: &Path) -> Result<Outcome, IndexError> {
    let fp = content_fingerprint(content_dir)?;
    if current_fingerprint(index_root).as_deref() == Some(fp.as_str()) && open(index_root).is_ok() {
        return Ok(Outcome::UpToDate(fp));
    }
    let catalogue = content::load(content_dir).map_err(IndexError::Content)?;
    build(&catalogue, &fp, index_root)?;
    Ok(Outcome::Built(fp))
}

/// Which signals a generation carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signals {
    /// The tantivy index and the semantic part (classifier and offer vectors): what is served.
    All,
    /// The tantivy index only: the thesaurus alone decides (benchmarks of large synthetic catalogues,
    /// whose embedding would take hours and measure the model, not the index).
    Lexical,
}

/// Builds a generation for `catalogue` and makes it current.
pub fn build(
    catalogue: &Catalogue,
    fingerprint: &str,
    index_root: &Path,
) -> Result<(), IndexError> {
    build_with(catalogue, fingerprint, index_root, Signals::All)
}

/// Builds a generation with the given signals and makes it current.
pub fn build_with(
    catalogue: &Catalogue,
    fingerprint: &str,
    index_root: &Path,
    signals: Signals,
) -> Result<(), IndexError> {
    fs::create_dir_all(index_root).map_err(io(index_root))?;
    let nonce = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let tmp = index_root.join(format!(".tmp-{}-{nonce}", std::process::id()));
    let result = build_into(catalogue, &tmp, index_root, signals);
    if let Err(err) = result {
        let _ = fs::remove_dir_all(&tmp);
        return Err(err);
    }
    let gen_name = format!("gen-{fingerprint}");
    let generation = index_root.join(&gen_name);
    if generation.exists() {
        // A generation of the same content exists but was not current (or failed to open): replace it.
        if current_fingerprint(index_root).as_deref() == Some(fingerprint) {
            // It is current: never delete what readers may be using; the new build is identical.
            let _ = fs::remove_dir_all(&tmp);
            return Ok(());
        }
        fs::remove_dir_all(&generation).map_err(io(&generation))?;
    }
    fs::rename(&tmp, &generation).map_err(io(&generation))?;
    swap_current(index_root, &gen_name)?;
    remove_stale(index_root, &gen_name);
    Ok(())
}

fn build_into(
    catalogue: &Catalogue,
    dir: &Path,
    index_root: &Path,
    signals: Signals,
) -> Result<(), IndexError> {
    fs::create_dir_all(dir).map_err(io(dir))?;
    let (schema, fields) = schema();
    let index = Index::create_in_dir(dir, schema)?;
    analyzer::register(&index);
    // One indexing thread with tantivy's minimum arena: the catalogue is small and the box has 2 cores.
    let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
    for offer in &catalogue.offers {
        writer.add_document(document(offer, &fields))?;
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    let snapshot = dir.join(CATALOGUE_FILE);
    let json = serde_json::to_vec(catalogue).map_err(|source| IndexError::Snapshot {
        path: snapshot.clone(),
        source,
    })?;
    fs::write(&snapshot, json).map_err(io(&snapshot))?;
    if signals == Signals::Lexical {
        return Ok(());
    }
    match Embedder::shared() {
        Ok(model) => {
            let mut cache = semantic::Cache::open(index_root);
            let semantic = Semantic::build(catalogue, model, &mut cache);
            let file = dir.join(SEMANTIC_FILE);
            let json = serde_json::to_vec(&semantic).map_err(|source| IndexError::Snapshot {
                path: file.clone(),
                source,
            })?;
            fs::write(&file, json).map_err(io(&file))?;
        }
        Err(err) => {
            tracing::warn!(%err, "building without the semantic signal: only the thesaurus will decide")
        }
    }
    Ok(())
}

/// The text of one offer in one search language: what the index holds for it.
fn document(offer: &content::Offer, f: &Fields) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(f.id, &offer.id);
    for lang in SEARCH_LANGS {
        let labels: Vec<String> = offer
            .categories
            .iter()
            .map(|c| i18n::category_label(lang, c))
            .collect();
        let audience: Vec<String> = offer
            .audience
            .iter()
            .map(|a| i18n::t(lang, &format!("audience-{}", a.id())))
            .collect();
        let mut name = String::new();
        let mut body = String::new();
        if lang == Lang::De {
            name.push_str(&offer.name);
            for t in [&offer.provider, &offer.summary, &offer.description] {
                body.push_str(t);
                body.push('\n');
            }
            // Easy German is searched through the German fields.
            if let Some(t) = offer.translations.get(&Lang::DeLeicht) {
                body.push_str(&t.summary);
                body.push('\n');
            }
        } else if let Some(t) = offer.translations.get(&lang) {
            name.push_str(&t.name);
            body.push_str(&t.summary);
            body.push('\n');
            body.push_str(&t.description);
            body.push('\n');
            body.push_str(&offer.provider);
            body.push('\n');
        }
        body.push_str(&labels.join("\n"));
        body.push('\n');
        body.push_str(&audience.join("\n"));
        doc.add_text(f.name_of(lang), &name);
        doc.add_text(f.body_of(lang), &body);
    }
    let de_labels: Vec<String> = offer
        .categories
        .iter()
        .map(|c| i18n::category_label(Lang::De, c))
        .collect();
    doc.add_text(f.ngram, format!("{} {}", offer.name, de_labels.join(" ")));
    doc
}

fn swap_current(index_root: &Path, gen_name: &str) -> Result<(), IndexError> {
    let link_tmp = index_root.join(format!(".current-{}", std::process::id()));
    let _ = fs::remove_file(&link_tmp);
    #[cfg(unix)]
    std::os::unix::fs::symlink(gen_name, &link_tmp).map_err(io(&link_tmp))?;
    #[cfg(not(unix))]
    compile_error!("the atomic index swap uses symlinks; Lotse runs on Unix");
    // rename(2) over an existing symlink is atomic: readers see the old or the new generation, never none.
    fs::rename(&link_tmp, index_root.join(CURRENT)).map_err(io(index_root))
}

/// Removes old generations and abandoned builds. Failures are harmless (a reader may still hold files).
fn remove_stale(index_root: &Path, keep: &str) {
    let Ok(entries) = fs::read_dir(index_root) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let stale_gen = name.starts_with("gen-") && name != keep;
        let stale_tmp = name.starts_with(".tmp-")
            && !name.starts_with(&format!(".tmp-{}-", std::process::id()));
        if stale_gen || stale_tmp {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// Opens the current generation.
pub fn open(index_root: &Path) -> Result<Generation, IndexError> {
    let current = index_root.join(CURRENT);
    let fingerprint = current_fingerprint(index_root)
        .ok_or_else(|| IndexError::Missing(index_root.to_path_buf()))?;
    // Resolve the link once, so the catalogue and the index come from the same generation even if the
    // link is swapped while we read.
    let dir = fs::canonicalize(&current).map_err(io(&current))?;
    let snapshot = dir.join(CATALOGUE_FILE);
    let bytes = fs::read(&snapshot).map_err(io(&snapshot))?;
    let catalogue: Catalogue =
        serde_json::from_slice(&bytes).map_err(|source| IndexError::Snapshot {
            path: snapshot.clone(),
            source,
        })?;
    let index = Index::open_in_dir(&dir)?;
    analyzer::register(&index);
    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()?;
    let (_, fields) = schema();
    let semantic_file = dir.join(SEMANTIC_FILE);
    let semantic = match fs::read(&semantic_file) {
        Ok(bytes) => {
            Some(
                serde_json::from_slice(&bytes).map_err(|source| IndexError::Snapshot {
                    path: semantic_file.clone(),
                    source,
                })?,
            )
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
        Err(err) => return Err(io(&semantic_file)(err)),
    };
    Ok(Generation {
        fingerprint,
        catalogue,
        index,
        reader,
        fields,
        semantic,
    })
}
