//! A logistic-regression classifier over sentence embeddings: "does this message sound like a crisis?".
//!
//! Small on purpose: a few hundred labelled examples and 384 dimensions. The features are standardised
//! first (e5 embeddings all point roughly the same way; what tells messages apart are small differences
//! in a few dimensions). Trained by full-batch gradient descent with L2 regularisation and balanced class
//! weights, from a fixed start, so the same examples always give the same weights (a generation is
//! reproducible).

use serde::{Deserialize, Serialize};

/// Trained weights.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Classifier {
    /// Per dimension: the training mean and 1 / standard deviation.
    pub mean: Vec<f32>,
    pub inv_std: Vec<f32>,
    pub weights: Vec<f32>,
    pub bias: f32,
}

/// Training settings (documented so that `--explain` and the note can say what was used).
#[derive(Debug, Clone, Copy)]
pub struct Training {
    pub epochs: usize,
    pub learning_rate: f32,
    /// L2 penalty on the weights (not on the bias).
    pub l2: f32,
}

impl Default for Training {
    fn default() -> Self {
        Training {
            epochs: 800,
            learning_rate: 0.5,
            l2: 0.1,
        }
    }
}

impl Classifier {
    /// Trains on `(embedding, is_positive)` pairs. Without examples of both kinds, the classifier says
    /// 0.5 for everything... which is never used: the caller trains only when both kinds exist.
    pub fn train(data: &[(&[f32], bool)], settings: Training) -> Classifier {
        let dim = data.first().map_or(0, |(x, _)| x.len());
        let count = data.len().max(1) as f32;
        let mut mean = vec![0.0_f32; dim];
        for (x, _) in data {
            mean.iter_mut()
                .zip(x.iter())
                .for_each(|(m, v)| *m += v / count);
        }
        let mut var = vec![0.0_f32; dim];
        for (x, _) in data {
            var.iter_mut()
                .zip(x.iter().zip(&mean))
                .for_each(|(s, (v, m))| *s += (v - m) * (v - m) / count);
        }
        let inv_std: Vec<f32> = var.iter().map(|v| 1.0 / v.sqrt().max(1e-6)).collect();
        let standard: Vec<(Vec<f32>, bool)> = data
            .iter()
            .map(|(x, y)| (standardise(x, &mean, &inv_std), *y))
            .collect();
        let data: Vec<(&[f32], bool)> = standard.iter().map(|(x, y)| (x.as_slice(), *y)).collect();
        let data = data.as_slice();
        let mut w = vec![0.0_f32; dim];
        let mut b = 0.0_f32;
        let positives = data.iter().filter(|(_, y)| *y).count().max(1) as f32;
        let negatives = data.iter().filter(|(_, y)| !*y).count().max(1) as f32;
        let n = data.len().max(1) as f32;
        // Balanced weights: each class counts as half of the data, however many examples it has.
        let weight_of = |y: bool| {
            if y {
                n / (2.0 * positives)
            } else {
                n / (2.0 * negatives)
            }
        };
        let mut grad = vec![0.0_f32; dim];
        for _ in 0..settings.epochs {
            grad.iter_mut().for_each(|g| *g = 0.0);
            let mut grad_b = 0.0_f32;
            for (x, y) in data {
                let p = sigmoid(dot(&w, x) + b);
                let err = (p - if *y { 1.0 } else { 0.0 }) * weight_of(*y);
                for (g, xi) in grad.iter_mut().zip(x.iter()) {
                    *g += err * xi;
                }
                grad_b += err;
            }
            for (wi, g) in w.iter_mut().zip(&grad) {
                *wi -= settings.learning_rate * (g / n + settings.l2 * *wi);
            }
            b -= settings.learning_rate * grad_b / n;
        }
        Classifier {
            mean,
            inv_std,
            weights: w,
            bias: b,
        }
    }

    /// The probability that an embedding belongs to the positive class.
    pub fn probability(&self, x: &[f32]) -> f32 {
        if self.weights.len() != x.len() {
            return 0.0;
        }
        let z = standardise(x, &self.mean, &self.inv_std);
        sigmoid(dot(&self.weights, &z) + self.bias)
    }
}

fn standardise(x: &[f32], mean: &[f32], inv_std: &[f32]) -> Vec<f32> {
    x.iter()
        .zip(mean.iter().zip(inv_std))
        .map(|(v, (m, s))| (v - m) * s)
        .collect()
}

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_separates_what_can_be_separated() {
        // Two clusters on the first axis, noise on the second.
        let points: Vec<(Vec<f32>, bool)> = (0..40)
            .map(|i| {
                let pos = i % 2 == 0;
                let x = if pos { 0.8 } else { -0.8 } + (i as f32 * 0.37).sin() * 0.3;
                (vec![x, (i as f32 * 1.3).cos()], pos)
            })
            .collect();
        let data: Vec<(&[f32], bool)> = points.iter().map(|(x, y)| (x.as_slice(), *y)).collect();
        let c = Classifier::train(&data, Training::default());
        assert!(c.probability(&[0.9, 0.0]) > 0.7);
        assert!(c.probability(&[-0.9, 0.0]) < 0.3);
        assert_eq!(
            c.probability(&[1.0]),
            0.0,
            "a wrong dimension is no evidence"
        );
    }

    #[test]
    fn training_is_reproducible() {
        let a = [1.0_f32, 0.0];
        let b = [0.0_f32, 1.0];
        let data = [(&a[..], true), (&b[..], false)];
        let c1 = Classifier::train(&data, Training::default());
        let c2 = Classifier::train(&data, Training::default());
        assert_eq!(c1, c2);
    }
}
