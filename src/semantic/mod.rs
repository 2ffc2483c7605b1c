//! The semantic signal beside the thesaurus: what a message *means*, from a multilingual sentence
//! embedding (multilingual-e5-small), not from the words it happens to use.
//!
//! Built with each index generation ([`Semantic::build`]) and stored in it:
//! * a crisis [`classifier`] trained on the town's labelled examples (`content/crisis-examples.tsv`);
//! * an embedding of every offer (name, summary and categories) in each search language, for dense
//!   retrieval when the thesaurus is unsure what kind of help a message asks for.
//!
//! The search engine decides what the signals mean (crisis level, ranking); this module only provides
//! them. Queries are embedded in memory and forgotten; only content is ever cached.

pub mod cache;
pub mod classifier;
pub mod embedder;
mod ffi;

use serde::{Deserialize, Serialize};

pub use cache::Cache;
pub use classifier::{Class, Classifier, Training};
pub use embedder::{DIM, EmbedError, Embedder, Kind, cosine};

use crate::content::{Catalogue, Label, Offer};
use crate::i18n;
use crate::lang::Lang;
use crate::text::reading::ModelReading;

/// Bumped whenever training or the stored format changes, so that generations are rebuilt.
pub const VERSION: &str = "s6";

/// The trained semantic part of a generation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Semantic {
    /// The crisis classifier; `None` when the content has no examples of both kinds.
    pub crisis: Option<Classifier>,
    /// One embedding per offer, in catalogue order.
    pub offers: Vec<OfferVector>,
}

/// An offer's embeddings: its text in German and in each language it is translated into.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfferVector {
    pub id: String,
    pub vectors: Vec<(Lang, Vec<f32>)>,
}

impl Semantic {
    /// Embeds the examples and offers (through `cache`) and trains the classifier.
    pub fn build(catalogue: &Catalogue, model: &Embedder, cache: &mut Cache) -> Semantic {
        // The examples are read as a search reads a message (see `text::reading`), so that an example
        // typed one way and a message typed the other are heard alike.
        let reading = ModelReading::learn(catalogue.texts());
        let examples: Vec<String> = catalogue
            .examples
            .iter()
            .map(|e| {
                reading
                    .read(&e.text, e.lang)
                    .unwrap_or_else(|| e.text.clone())
            })
            .collect();
        let keyed: Vec<(usize, Lang, String)> = catalogue
            .offers
            .iter()
            .enumerate()
            .flat_map(|(i, o)| {
                Lang::SEARCH
                    .iter()
                    .filter(|&&l| l == Lang::De || o.translations.contains_key(&l))
                    .map(move |&l| (i, l, passage(o, l)))
            })
            .collect();
        let passages: Vec<String> = keyed.iter().map(|(_, _, t)| t.clone()).collect();
        let example_vectors = cache.embed_all(model, &examples, Kind::Query);
        let offer_vectors = cache.embed_all(model, &passages, Kind::Passage);
        let used: Vec<(String, Kind)> = examples
            .iter()
            .map(|t| (t.clone(), Kind::Query))
            .chain(passages.iter().map(|t| (t.clone(), Kind::Passage)))
            .collect();
        cache.save(&used);

        // The classes as the examples name them, in order of first appearance (reproducible).
        let mut classes: Vec<Class> = Vec::new();
        let data: Vec<(&[f32], usize)> = example_vectors
            .iter()
            .zip(&catalogue.examples)
            .map(|(v, e)| {
                let crisis = e.label == Label::Crisis;
                let index = classes
                    .iter()
                    .position(|c| c.name == e.class && c.crisis == crisis)
                    .unwrap_or_else(|| {
                        classes.push(Class {
                            name: e.class.clone(),
                            crisis,
                        });
                        classes.len() - 1
                    });
                (v.as_slice(), index)
            })
            .collect();
        let settings = Training::default();
        let key = cache::training_key(
            &examples
                .iter()
                .zip(&data)
                .map(|(text, (_, class))| (text.as_str(), *class))
                .collect::<Vec<_>>(),
            &classes,
            settings,
        );
        let crisis = cache
            .trained
            .get_or_train(&key, || Classifier::train(&data, classes, settings));
        Semantic {
            crisis,
            offers: catalogue
                .offers
                .iter()
                .enumerate()
                .map(|(i, o)| OfferVector {
                    id: o.id.clone(),
                    vectors: keyed
                        .iter()
                        .zip(&offer_vectors)
                        .filter(|((j, _, _), _)| *j == i)
                        .map(|((_, l, _), v)| (*l, v.clone()))
                        .collect(),
                })
                .collect(),
        }
    }

    /// The probability that a message (its embedding) comes from a person in crisis.
    pub fn crisis_probability(&self, query: &[f32]) -> Option<f32> {
        self.crisis.as_ref().map(|c| c.probability(query))
    }

    /// Cosine similarity of the message to every offer, in catalogue order: the closer of the offer's
    /// German text and its text in the reader's language.
    pub fn offer_similarities(&self, query: &[f32], lang: Lang) -> Vec<(&str, f32)> {
        let lang = lang.search_lang();
        self.offers
            .iter()
            .map(|o| {
                let best = o
                    .vectors
                    .iter()
                    .filter(|(l, _)| *l == Lang::De || *l == lang)
                    .map(|(_, v)| cosine(v, query))
                    .fold(f32::MIN, f32::max);
                (o.id.as_str(), best)
            })
            .collect()
    }
}

/// What an offer is, in a few lines: e5 passages are best short and to the point.
fn passage(offer: &Offer, lang: Lang) -> String {
    let texts = offer.texts(lang);
    let labels: Vec<String> = offer
        .categories
        .iter()
        .map(|c| i18n::category_label(lang, c))
        .collect();
    format!("{}. {}. {}", texts.name, texts.summary, labels.join(", "))
}
