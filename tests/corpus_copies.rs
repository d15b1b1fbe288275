//! Batch mode with learning on a folder where one wire story is printed by
//! several sites: the copies must not vote each other's paragraphs away,
//! while each site's chrome (at the edges or in the middle of its
//! articles) is still found. The corpus is built here, in code.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use rand_core::{RngCore, SeedableRng};
use rand_xoshiro::SplitMix64;
use rinse::eval::Tally;

/// A small deterministic generator (SplitMix64), so the corpus is varied
/// but the same on every run.
struct Rng(SplitMix64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(SplitMix64::seed_from_u64(seed))
    }
    fn next(&mut self) -> u64 {
        self.0.next_u64()
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const SUBJECTS: &[&str] = &[
    "The regional water authority",
    "A coalition of tenant groups",
    "The county's chief medical officer",
    "Volunteers at the food bank",
    "The largest employer in town",
    "Two former ministers",
    "A panel of independent auditors",
    "The university's rowing coach",
    "Shipping firms along the estuary",
    "The fire brigade",
];
const VERBS: &[&str] = &[
    "warned that",
    "argued on Thursday that",
    "told a packed hearing that",
    "conceded in a written statement that",
    "insisted, despite the criticism, that",
    "confirmed late last night that",
];
const CLAIMS: &[&str] = &[
    "the pipes under the old quarter would need replacing within a decade",
    "rents had climbed faster than wages for the fifth year running",
    "waiting lists for hip operations were finally getting shorter",
    "donations had dropped sharply since the spring",
    "a third of its warehouse staff could be moved to the new depot",
    "the budget gap was larger than anyone had admitted in public",
    "the accounts for the harbour project did not add up",
    "the crew had trained through the floods without a single missed session",
    "freight volumes were recovering after the strike",
    "response times in the northern villages had doubled",
];
const DETAILS: &[&str] = &[
    "Figures published by the statistics office back that up.",
    "Opposition councillors called the estimate far too optimistic.",
    "Residents who spoke to reporters were divided.",
    "A spokesperson declined to say how much the work would cost.",
    "The last comparable review took nearly three years.",
    "Local businesses have asked for a meeting before any decision.",
    "Similar plans were shelved twice during the last decade.",
    "Union representatives said they had not been consulted.",
];

/// One article: a headline and paragraphs of two or three sentences, all
/// tagged with the article's number so no two articles share a paragraph.
fn article(n: u64) -> String {
    let mut rng = Rng::new(n * 7919 + 17);
    let mut paras = vec![format!(
        "{} faces questions over plan {n}",
        rng.pick(SUBJECTS)
    )];
    for p in 0..(5 + rng.below(4)) {
        let mut para = format!(
            "{} {} {}, in case {n}-{p}.",
            rng.pick(SUBJECTS),
            rng.pick(VERBS),
            rng.pick(CLAIMS)
        );
        for _ in 0..(1 + rng.below(2)) {
            para.push(' ');
            para.push_str(rng.pick(DETAILS));
        }
        paras.push(para);
    }
    paras.join("\n\n")
}

/// The sites: a masthead line, a footer line, and a promo that sits in the
/// middle of many of their articles.
const SITES: &[(&str, &str, &str)] = &[
    (
        "Harbour Gazette: news from the coast since 1921, delivered every morning.",
        "Copyright Harbour Gazette Media. All rights reserved. Terms and privacy apply.",
        "Enjoying this story? Become a Gazette supporter for unlimited reading.",
    ),
    (
        "The Valley Courier brings you independent reporting from the hills.",
        "The Valley Courier is published by Courier Press Limited in Westbridge.",
        "Get breaking alerts on your phone with the free Courier app now.",
    ),
    (
        "Metro Daily Wire: stories that matter to the city, updated hourly.",
        "Metro Daily Wire welcomes corrections sent to our standards desk.",
        "Sign up for the Metro morning briefing and never miss a headline again.",
    ),
    (
        "Northern Record online edition, reporting without fear or favour.",
        "Northern Record is printed in Hexham and sold in every shop in the county.",
        "Listen to the Record podcast every Friday wherever you get your podcasts.",
    ),
];

/// A page of site `s` around `body`: masthead, the promo after paragraph
/// `promo_at` (or at the foot when `None`), footer.
fn page(s: usize, body: &str, promo_at: Option<usize>) -> String {
    let (masthead, footer, promo) = SITES[s];
    let mut paras: Vec<&str> = vec![masthead];
    let body: Vec<&str> = body.split("\n\n").collect();
    for (i, para) in body.iter().enumerate() {
        paras.push(para);
        if promo_at == Some(i) {
            paras.push(promo);
        }
    }
    if promo_at.is_none() {
        paras.push(promo);
    }
    paras.push(footer);
    paras.join("\n\n") + "\n"
}

/// A story told through one case, quoted the same way by three articles.
const QUOTE: &str =
    "“Nobody will lose their home because of this scheme,” the housing minister said in parliament.";

struct Corpus {
    dir: tempfile::TempDir,
    /// Relative path and gold (the article without its site's chrome).
    gold: Vec<(String, String)>,
    /// The copies of the wire story.
    copies: Vec<String>,
    /// The articles quoting the minister.
    quoted: Vec<String>,
}

/// 60 distinct articles over four sites, with the site promo mid-article
/// in most of them; one wire story printed by `copies` sites; three
/// articles sharing a quote.
fn corpus(copies: usize) -> Corpus {
    let dir = tempfile::tempdir().unwrap();
    let mut gold = Vec::new();
    let mut write = |name: String, text: String, truth: String| {
        let path = dir.path().join("in").join(&name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
        gold.push((name, truth));
    };
    let mut rng = Rng::new(99);
    for n in 0..60u64 {
        let s = (n % 4) as usize;
        let body = article(n);
        // Mid-article in two pages of three, at the foot of the third.
        let promo_at = (n % 3 != 0).then(|| 2 + rng.below(3) as usize);
        write(
            format!("site{s}/{n:03}.txt"),
            page(s, &body, promo_at),
            body,
        );
    }
    // The wire story, printed by several sites (two copies may share a
    // site: the same story under two URLs), each with its own chrome.
    let wire = article(1000);
    let mut copy_names = Vec::new();
    for c in 0..copies {
        let name = format!("site{}/wire-{c}.txt", c % 4);
        let promo_at = (c % 2 == 0).then_some(3);
        write(name.clone(), page(c % 4, &wire, promo_at), wire.clone());
        copy_names.push(name);
    }
    // Three articles of one story share the minister's words.
    let mut quoted = Vec::new();
    for q in 0..3u64 {
        let mut paras: Vec<String> = article(2000 + q).split("\n\n").map(String::from).collect();
        paras.insert(3, QUOTE.to_owned());
        let body = paras.join("\n\n");
        let name = format!("site{q}/housing-{q}.txt");
        write(name.clone(), page(q as usize, &body, None), body);
        quoted.push(name);
    }
    Corpus {
        dir,
        gold,
        copies: copy_names,
        quoted,
    }
}

/// Cleans the corpus's folder into `out` with `flags`.
fn clean(corpus: &Corpus, out: &str, flags: &[&str]) -> std::path::PathBuf {
    let out = corpus.dir.path().join(out);
    Command::new(env!("CARGO_BIN_EXE_rinse"))
        .arg(corpus.dir.path().join("in"))
        .args(flags)
        .args(["--quiet", "--out-dir"])
        .arg(&out)
        .assert()
        .success();
    out
}

fn read(dir: &Path, name: &str) -> String {
    fs::read_to_string(dir.join(name)).unwrap()
}

fn f1(corpus: &Corpus, out: &Path) -> f64 {
    let mut tally = Tally::default();
    for (name, gold) in &corpus.gold {
        tally.add(&read(out, name), gold);
    }
    tally.scores().f1
}

#[test]
fn copies_come_out_as_cleaned_alone_and_learning_only_helps() {
    for copies in [3, 5, 8] {
        let corpus = corpus(copies);
        let learned = clean(&corpus, "learned", &[]);
        let alone = clean(&corpus, "alone", &["--no-learn"]);
        let wire = article(1000);
        for name in &corpus.copies {
            let (l, a) = (read(&learned, name), read(&alone, name));
            // Every paragraph of the story survives learning, as it
            // survives without it.
            for para in wire.split("\n\n") {
                assert!(a.contains(para), "{copies} copies, {name}: {para}");
                assert!(l.contains(para), "{copies} copies, {name}: {para}");
            }
            // Learning takes the site's chrome away and nothing else.
            let (masthead, footer, promo) =
                SITES[corpus.copies.iter().position(|c| c == name).unwrap() % 4];
            assert_eq!(l, wire.clone() + "\n", "{copies} copies, {name}");
            assert!(a.contains(masthead) && a.contains(footer) && a.contains(promo));
        }
        // No document comes out worse for learning.
        for (name, gold) in &corpus.gold {
            let score = |dir: &Path| {
                let mut tally = Tally::default();
                tally.add(&read(dir, name), gold);
                tally.scores().f1
            };
            assert!(score(&learned) >= score(&alone), "{copies} copies: {name}");
        }
        let (with, without) = (f1(&corpus, &learned), f1(&corpus, &alone));
        assert!(
            with > without + 0.05,
            "{copies} copies: F1 {with:.3} learned, {without:.3} without"
        );
    }
}

#[test]
fn a_promo_in_the_middle_of_many_articles_goes_and_a_shared_quote_stays() {
    let corpus = corpus(4);
    let learned = clean(&corpus, "learned", &[]);
    let alone = clean(&corpus, "alone", &["--no-learn"]);
    for (name, gold) in &corpus.gold {
        let site: usize = name[4..5].parse().unwrap();
        let promo = SITES[site].2;
        assert!(read(&alone, name).contains(promo), "{name}");
        assert_eq!(read(&learned, name), gold.clone() + "\n", "{name}");
    }
    for name in &corpus.quoted {
        assert!(read(&learned, name).contains(QUOTE), "{name}");
    }
}

#[test]
fn a_version_1_model_is_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("old.model");
    // A version 1 header with no entries: magic, version, documents, entries.
    let mut bytes = b"RINSEMDL".to_vec();
    bytes.extend(1u32.to_le_bytes());
    bytes.extend(10u64.to_le_bytes());
    bytes.extend(0u64.to_le_bytes());
    fs::write(&model, &bytes).unwrap();
    let article = dir.path().join("a.txt");
    fs::write(&article, article_text()).unwrap();
    let assert = Command::new(env!("CARGO_BIN_EXE_rinse"))
        .arg("--model")
        .arg(&model)
        .arg(&article)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("old.model"), "{stderr}");
    assert!(
        stderr.contains("model format version 1, this rinse reads version 2"),
        "{stderr}"
    );
    assert!(stderr.contains("learn the model again"), "{stderr}");
    // The same header at version 2 is a valid, empty model.
    bytes[8..12].copy_from_slice(&2u32.to_le_bytes());
    fs::write(&model, &bytes).unwrap();
    Command::new(env!("CARGO_BIN_EXE_rinse"))
        .arg("--model")
        .arg(&model)
        .arg(&article)
        .assert()
        .success()
        .stdout(article_text());
}

fn article_text() -> String {
    article(7) + "\n"
}
