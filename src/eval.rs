//! The extraction metric of the article-extraction benchmark: 4-token
//! shingle precision and recall, averaged over documents.
//!
//! Each text is split into `\w+` tokens (Unicode word characters, case
//! kept); each document becomes a multiset of 4-token shingles (a text of one
//! to three tokens is a single shorter shingle). Per document, `tp` counts the
//! shingles shared by output and gold (multiset intersection). Precision is
//! the mean of `tp / |output|` over documents with a non-empty output,
//! recall the mean of `tp / |gold|` over documents with a non-empty gold,
//! and F1 the harmonic mean of the two means.
//!
//! ```
//! use rinse::eval::{Scores, Tally};
//! let mut tally = Tally::default();
//! tally.add("the cat sat on the mat", "the cat sat on the mat");
//! let Scores { precision, recall, f1 } = tally.scores();
//! assert_eq!((precision, recall, f1), (1.0, 1.0, 1.0));
//! ```

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("valid regex"));

/// The `\w+` tokens of `text`.
pub fn tokens(text: &str) -> Vec<&str> {
    WORD.find_iter(text).map(|m| m.as_str()).collect()
}

/// The multiset of 4-token shingles of `text`, as counts.
pub fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let tokens = tokens(text);
    let mut counts = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    if tokens.len() < 4 {
        *counts.entry(tokens).or_insert(0) += 1;
        return counts;
    }
    for window in tokens.windows(4) {
        *counts.entry(window.to_vec()).or_insert(0) += 1;
    }
    counts
}

/// Shingle counts of one document: `(tp, output size, gold size)`.
pub fn overlap(output: &str, gold: &str) -> (usize, usize, usize) {
    let out = shingles(output);
    let gold = shingles(gold);
    let tp = out
        .iter()
        .map(|(k, &n)| n.min(gold.get(k).copied().unwrap_or(0)))
        .sum();
    (tp, out.values().sum(), gold.values().sum())
}

/// Precision, recall and F1 over a set of documents.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    /// Mean precision over documents with a non-empty output.
    pub precision: f64,
    /// Mean recall over documents with a non-empty gold.
    pub recall: f64,
    /// Harmonic mean of the two means.
    pub f1: f64,
}

/// Running sums for [`Scores`].
#[derive(Debug, Clone, Default)]
pub struct Tally {
    precision_sum: f64,
    precision_docs: usize,
    recall_sum: f64,
    recall_docs: usize,
}

impl Tally {
    /// Adds one document: what the extractor produced and what a person marked.
    pub fn add(&mut self, output: &str, gold: &str) {
        let (tp, out, gold) = overlap(output, gold);
        if out > 0 {
            self.precision_sum += tp as f64 / out as f64;
            self.precision_docs += 1;
        }
        if gold > 0 {
            self.recall_sum += tp as f64 / gold as f64;
            self.recall_docs += 1;
        }
    }

    /// The scores so far (zeros when nothing was added).
    pub fn scores(&self) -> Scores {
        let mean = |sum: f64, n: usize| if n == 0 { 0.0 } else { sum / n as f64 };
        let precision = mean(self.precision_sum, self.precision_docs);
        let recall = mean(self.recall_sum, self.recall_docs);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Scores {
            precision,
            recall,
            f1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unicode_words() {
        assert_eq!(
            tokens("Don’t stop — naïve café_bar!"),
            ["Don", "t", "stop", "naïve", "café_bar"]
        );
    }

    #[test]
    fn short_texts_are_one_shingle() {
        assert_eq!(shingles("a b").len(), 1);
        assert!(shingles("  ,. ").is_empty());
        assert_eq!(shingles("a b c d e").values().sum::<usize>(), 2);
    }

    #[test]
    fn hand_computed_example() {
        // gold: a b c d e f → shingles abcd, bcde, cdef (3)
        // output: a b c d e x a b c d → abcd, bcde, cdex, dexa, exab, xabc, abcd (7)
        // tp: abcd (min(2,1)=1) + bcde (1) = 2
        assert_eq!(overlap("a b c d e x a b c d", "a b c d e f"), (2, 7, 3));
        let mut tally = Tally::default();
        tally.add("a b c d e x a b c d", "a b c d e f"); // P 2/7, R 2/3
        tally.add("", "p q r s"); // no output: recall 0, precision not counted
        let s = tally.scores();
        assert!((s.precision - 2.0 / 7.0).abs() < 1e-12);
        assert!((s.recall - (2.0 / 3.0) / 2.0).abs() < 1e-12);
        let f1 = 2.0 * s.precision * s.recall / (s.precision + s.recall);
        assert!((s.f1 - f1).abs() < 1e-12);
        assert!(s.f1 > 0.28 && s.f1 < 0.31);
    }
}
