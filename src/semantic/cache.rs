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
}

fn key(text: &str, kind: Kind) -> Key {
    let mut h = Sha256::new();
    h.update([kind as u8]);
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
