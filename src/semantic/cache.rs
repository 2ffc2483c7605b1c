//! A cache of content embeddings (examples and offers, never queries), kept beside the index
//! generations: embedding the examples takes seconds, and most content changes touch one offer.

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::embedder::{DIM, Embedder, Kind, MODEL_SHA256};

const MAGIC: &[u8; 8] = b"LOTSEEM1";
type Key = [u8; 16];

/// Embeddings by text, for one model.
pub struct Cache {
    file: Option<PathBuf>,
    entries: HashMap<Key, Vec<f32>>,
    dirty: bool,
    /// The classifier trained last, beside the embeddings.
    pub trained: TrainedCache,
}

/// A text's key: its kind, the version of the semantic code (the engine's arithmetic is part of it) and
/// the token bound for that kind, and the text.
fn key(text: &str, kind: Kind) -> Key {
    let mut h = Sha256::new();
    h.update([kind as u8]);
    h.update(super::VERSION.as_bytes());
    h.update((super::embedder::token_bound(kind) as u32).to_le_bytes());
    h.update(text.as_bytes());
    let digest = h.finalize();
    let mut k = [0u8; 16];
    k.copy_from_slice(&digest[..16]);
    k
}

impl Cache {
    /// A cache that lives only in memory.
    pub fn in_memory() -> Cache {
        Cache {
            file: None,
            entries: HashMap::new(),
            dirty: false,
            trained: TrainedCache::in_memory(),
        }
    }

    /// Opens (or starts) the cache in `dir`. A damaged or foreign file is ignored: it is only a cache.
    pub fn open(dir: &Path) -> Cache {
        let file = dir.join(format!(".embeddings-{}", &MODEL_SHA256[..12]));
        let mut entries = HashMap::new();
        if let Ok(bytes) = fs::read(&file)
            && bytes.len() >= MAGIC.len()
            && &bytes[..MAGIC.len()] == MAGIC
        {
            let record = 16 + DIM * 4;
            for chunk in bytes[MAGIC.len()..].chunks_exact(record) {
                let mut k = [0u8; 16];
                k.copy_from_slice(&chunk[..16]);
                let v = chunk[16..]
                    .chunks_exact(4)
                    .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                    .collect();
                entries.insert(k, v);
            }
        }
        Cache {
            file: Some(file),
            entries,
            dirty: false,
            trained: TrainedCache::open(dir),
        }
    }

    /// Embeds every text (of one kind), from the cache where possible, the rest on all cores.
    pub fn embed_all(&mut self, model: &Embedder, texts: &[String], kind: Kind) -> Vec<Vec<f32>> {
        let missing: Vec<&String> = {
            let mut seen = std::collections::HashSet::new();
            texts
                .iter()
                .filter(|t| !self.entries.contains_key(&key(t, kind)) && seen.insert(key(t, kind)))
                .collect()
        };
        if !missing.is_empty() {
            let threads = std::thread::available_parallelism()
                .map_or(1, |n| n.get())
                .min(4);
            let per = missing.len().div_ceil(threads);
            let done: Vec<(Key, Vec<f32>)> = std::thread::scope(|s| {
                let handles: Vec<_> = missing
                    .chunks(per.max(1))
                    .map(|chunk| {
                        s.spawn(move || {
                            chunk
                                .iter()
                                .map(|t| {
                                    let v = model.embed(t, kind).unwrap_or_else(|_| vec![0.0; DIM]);
                                    (key(t, kind), v)
                                })
                                .collect::<Vec<_>>()
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .flat_map(|h| h.join().unwrap_or_default())
                    .collect()
            });
            self.entries.extend(done);
            self.dirty = true;
        }
        texts
            .iter()
            .map(|t| {
                self.entries
                    .get(&key(t, kind))
                    .cloned()
                    .unwrap_or_else(|| vec![0.0; DIM])
            })
            .collect()
    }

    /// Writes the cache back (atomically), keeping only what `used` names, so it never grows without bound.
    pub fn save(&mut self, used: &[(String, Kind)]) {
        let Some(file) = &self.file else {
            return;
        };
        let keep: std::collections::HashSet<Key> = used.iter().map(|(t, k)| key(t, *k)).collect();
        if !self.dirty && self.entries.len() == keep.len() {
            return;
        }
        self.entries.retain(|k, _| keep.contains(k));
        let mut bytes = Vec::with_capacity(MAGIC.len() + self.entries.len() * (16 + DIM * 4));
        bytes.extend_from_slice(MAGIC);
        for (k, v) in &self.entries {
            bytes.extend_from_slice(k);
            for x in v {
                bytes.extend_from_slice(&x.to_le_bytes());
            }
        }
        let tmp = file.with_extension(format!("tmp-{}", std::process::id()));
        let written = fs::File::create(&tmp)
            .and_then(|mut f| f.write_all(&bytes))
            .and_then(|_| fs::rename(&tmp, file));
        if let Err(err) = written {
            let _ = fs::remove_file(&tmp);
            tracing::warn!(%err, "the embedding cache could not be saved (the next build recomputes it)");
        }
        self.dirty = false;
    }
}

/// The trained crisis classifier of the last build, kept beside the embeddings: training takes seconds
/// (minutes in an unoptimised test build), and almost every content change leaves the examples alone.
/// Training is deterministic, so weights trained from the same examples and settings are reused as they
/// are; anything else (another key, a damaged file) trains again.
pub struct TrainedCache {
    file: Option<PathBuf>,
}

/// What a classifier was trained from: the examples (texts and classes), the settings and the version.
pub type TrainingKey = [u8; 32];

/// The key of training `settings` on `examples` (each text with its class index in `classes`).
pub fn training_key(
    examples: &[(&str, usize)],
    classes: &[super::Class],
    settings: super::Training,
) -> TrainingKey {
    let mut h = Sha256::new();
    h.update(super::VERSION.as_bytes());
    h.update(MODEL_SHA256.as_bytes());
    h.update((super::embedder::token_bound(Kind::Query) as u32).to_le_bytes());
    h.update(format!("{settings:?}").as_bytes());
    for class in classes {
        h.update(class.name.as_bytes());
        h.update([0, u8::from(class.crisis)]);
    }
    for (text, class) in examples {
        h.update((text.len() as u64).to_le_bytes());
        h.update(text.as_bytes());
        h.update((*class as u64).to_le_bytes());
    }
    h.finalize().into()
}

#[derive(serde::Serialize, serde::Deserialize)]
struct StoredClassifier {
    key: String,
    classifier: Option<super::Classifier>,
}

fn hex(key: &TrainingKey) -> String {
    key.iter().map(|b| format!("{b:02x}")).collect()
}

impl TrainedCache {
    /// No file: every build trains.
    pub fn in_memory() -> TrainedCache {
        TrainedCache { file: None }
    }

    /// The classifier cache in `dir` (the index root).
    pub fn open(dir: &Path) -> TrainedCache {
        TrainedCache {
            file: Some(dir.join(format!(".classifier-{}", &MODEL_SHA256[..12]))),
        }
    }

    /// The classifier trained under `key`, from the file if it holds that one, else from `train`
    /// (then stored for the next build).
    pub fn get_or_train(
        &self,
        key: &TrainingKey,
        train: impl FnOnce() -> Option<super::Classifier>,
    ) -> Option<super::Classifier> {
        let wanted = hex(key);
        if let Some(file) = &self.file
            && let Ok(bytes) = fs::read(file)
            && let Ok(stored) = serde_json::from_slice::<StoredClassifier>(&bytes)
            && stored.key == wanted
        {
            return stored.classifier;
        }
        let classifier = train();
        if let Some(file) = &self.file {
            let stored = StoredClassifier {
                key: wanted,
                classifier: classifier.clone(),
            };
            let tmp = file.with_extension(format!("tmp-{}", std::process::id()));
            let written = serde_json::to_vec(&stored)
                .map_err(std::io::Error::other)
                .and_then(|bytes| fs::write(&tmp, bytes))
                .and_then(|_| fs::rename(&tmp, file));
            if let Err(err) = written {
                let _ = fs::remove_file(&tmp);
                tracing::warn!(%err, "the trained classifier could not be kept (the next build trains again)");
            }
        }
        classifier
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::semantic::{Class, Classifier, Training};

    fn classifier(bias: f32) -> Classifier {
        Classifier {
            mean: vec![0.0],
            inv_std: vec![1.0],
            classes: vec![Class {
                name: "c".into(),
                crisis: true,
            }],
            weights: vec![vec![1.0]],
            bias: vec![bias],
        }
    }

    #[test]
    fn a_classifier_is_reused_only_for_the_same_training() {
        let dir = tempfile::tempdir().unwrap();
        let classes = [Class {
            name: "c".into(),
            crisis: true,
        }];
        let key_a = training_key(&[("ich mag nicht mehr", 0)], &classes, Training::default());
        let key_b = training_key(&[("ich mag nicht mehr!", 0)], &classes, Training::default());
        assert_ne!(key_a, key_b);
        let other = Training {
            epochs: 1,
            ..Training::default()
        };
        assert_ne!(
            key_a,
            training_key(&[("ich mag nicht mehr", 0)], &classes, other)
        );

        let cache = TrainedCache::open(dir.path());
        assert_eq!(
            cache.get_or_train(&key_a, || Some(classifier(1.0))),
            Some(classifier(1.0))
        );
        // The same key: the stored weights, without training.
        let reopened = TrainedCache::open(dir.path());
        assert_eq!(
            reopened.get_or_train(&key_a, || panic!("trained again")),
            Some(classifier(1.0))
        );
        // Another key trains, and replaces what is stored.
        assert_eq!(
            reopened.get_or_train(&key_b, || Some(classifier(2.0))),
            Some(classifier(2.0))
        );
        let mut trained = false;
        reopened.get_or_train(&key_a, || {
            trained = true;
            None
        });
        assert!(trained);
        // A damaged file is only a cache: training again.
        fs::write(
            dir.path()
                .join(format!(".classifier-{}", &MODEL_SHA256[..12])),
            b"{",
        )
        .unwrap();
        assert_eq!(
            TrainedCache::open(dir.path()).get_or_train(&key_b, || Some(classifier(3.0))),
            Some(classifier(3.0))
        );
    }
}
