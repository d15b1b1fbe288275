//! The noise corpus of `tests/data/noise/` (made by
//! `benches/noise_corpus.py`, measured by `benches/noise_recall.rs`) parses,
//! and every kind of noise is on both sides of the split by site.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

#[derive(Deserialize)]
struct Snippet {
    kind: String,
    site: String,
    page: String,
    split: String,
    from: String,
    text: String,
}

const KINDS: [&str; 8] = [
    "byline", "date", "caption", "credit", "headline", "share", "promo", "related",
];

fn corpus() -> Vec<Snippet> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/noise/snippets.jsonl");
    let text = std::fs::read_to_string(&path).expect("the noise corpus is committed");
    assert!(
        text.len() < 4 << 20,
        "the corpus stays small enough to commit"
    );
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", i + 1))
        })
        .collect()
}

#[test]
fn every_snippet_is_whole_and_every_kind_is_on_both_sides() {
    let snippets = corpus();
    let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut sides: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for s in &snippets {
        assert!(KINDS.contains(&s.kind.as_str()), "unknown kind {}", s.kind);
        assert!(
            ["tune", "held"].contains(&s.split.as_str()),
            "unknown split {}",
            s.split
        );
        assert!(
            !s.site.is_empty() && !s.from.is_empty(),
            "{}: no site or marker",
            s.page
        );
        assert!(
            s.page.starts_with("aeb-dev/") || s.page.starts_with("wcxb-dev/"),
            "{}: not a page of the dev sets",
            s.page
        );
        assert!(
            s.text.chars().any(char::is_alphanumeric) && s.text.len() <= 2000,
            "{}: empty or huge snippet",
            s.page
        );
        assert!(
            s.text
                .lines()
                .all(|l| !l.trim().is_empty() && l.trim() == l && !l.contains("  ")),
            "{}: snippet not whitespace-normalised: {:?}",
            s.page,
            s.text
        );
        *counts.entry((&s.kind, &s.split)).or_default() += 1;
        sides.entry(&s.site).or_default().insert(&s.split);
    }
    for kind in KINDS {
        for split in ["tune", "held"] {
            assert!(
                counts.get(&(kind, split)).copied().unwrap_or(0) >= 20,
                "fewer than 20 {kind} snippets in the {split} part"
            );
        }
    }
    assert!(
        sides.values().all(|s| s.len() == 1),
        "a site is on both sides of the split"
    );
    let tune = snippets.iter().filter(|s| s.split == "tune").count();
    let share = tune as f64 / snippets.len() as f64;
    assert!(
        (0.55..0.85).contains(&share),
        "tuning part is {share:.2} of the corpus"
    );
}
