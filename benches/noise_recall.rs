//! Noise recall: how much real noise, put into clean articles the way a
//! flattening scraper prints it, rinse removes (not a criterion bench).
//!
//! ```text
//! cargo bench --bench noise_recall -- ../shared/bench
//! cargo bench --bench noise_recall -- ../shared/bench --misses 10 --seed 7
//! ```
//!
//! The noise is the corpus of `tests/data/noise/snippets.jsonl`: bylines,
//! dates, captions, credits, headlines, share bars, promos and related-link
//! lists taken from the markup of the pages of the folder given (see the
//! README beside the corpus). The articles are the gold texts of that folder
//! (`aeb-dev/gold`, `wcxb-dev/gold`) that read as articles: pages of type
//! article, of 150 words or more in four paragraphs or more, most of them
//! ending like sentences.
//!
//! For each page and each kind of noise it holds, one text is built: the
//! page's headline once at the top (twice for the `headline` kind), then
//! the article (the page's own gold text, or when that is not an article an
//! article of the same split chosen by a hash of the page), with the page's
//! snippets of that kind put in where scrapers leave them: bylines and dates
//! under the headline (a second byline at the foot, as an author box);
//! captions between paragraphs, as a paragraph of their own or glued with
//! one line break to the paragraph before or after, sometimes right after
//! another caption; credits the same way, each after the one before when
//! a page has several; a promo printed 2 to 7 times down the page; a share
//! bar at the top or the foot; a related list at the foot or between
//! paragraphs. Every choice comes from a seeded hash, so the texts are the
//! same on every run.
//!
//! Recall is the share of snippets whose words (`\w+` tokens) were all
//! removed: every copy of a promo, one of the two headlines. "Article
//! words lost" counts the words of the article removed in the noisy text
//! and not when the article is cleaned with only its headline on top: what
//! the noise made rinse take with it. Both are given for the part of the
//! sites used for tuning and for the part held out. `--misses N` prints N
//! missed snippets of each kind (held-out part first) and N texts that
//! lost article words; `--dump DIR` writes every noisy text to
//! `DIR/<kind>/` (read one with `rinse --diff`).

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rand_core::{RngCore, SeedableRng};
use rand_xoshiro::SplitMix64;
use regex::Regex;
use rinse::rules::RuleKind;
use rinse::Cleaner;
use serde::Deserialize;
use xxhash_rust::xxh3::xxh3_64;

/// The kinds of noise, in the order of the table.
const KINDS: [&str; 8] = [
    "byline", "date", "caption", "credit", "headline", "share", "promo", "related",
];

/// One line of the corpus.
#[derive(Deserialize)]
struct Snippet {
    kind: String,
    #[allow(dead_code)]
    site: String,
    page: String,
    split: String,
    text: String,
}

/// A deterministic stream of choices (SplitMix64, seeded per text).
struct Rng(SplitMix64);

impl Rng {
    fn new(seed: u64, key: &str) -> Self {
        Rng(SplitMix64::seed_from_u64(
            xxh3_64(key.as_bytes()) ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15),
        ))
    }
    fn next(&mut self) -> u64 {
        self.0.next_u64()
    }
    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// What a piece of a built text is.
#[derive(Clone, Copy, PartialEq)]
enum Piece {
    /// Paragraph `n` of the article.
    Article(usize),
    /// The headline printed once on top, not measured.
    Title,
    /// Copy of snippet `n` of the text.
    Noise(usize),
}

/// A built text: pieces, each followed by its separator.
#[derive(Default)]
struct Built {
    pieces: Vec<(Piece, String, &'static str)>,
}

impl Built {
    fn push(&mut self, piece: Piece, text: &str, sep: &'static str) {
        self.pieces.push((piece, text.to_owned(), sep));
    }
    /// The text and the byte range of each piece.
    fn render(&self) -> (String, Vec<(Piece, std::ops::Range<usize>)>) {
        let mut text = String::new();
        let mut spans = Vec::new();
        for (i, (piece, body, sep)) in self.pieces.iter().enumerate() {
            let start = text.len();
            text.push_str(body);
            spans.push((*piece, start..text.len()));
            text.push_str(if i + 1 == self.pieces.len() {
                "\n"
            } else {
                sep
            });
        }
        (text, spans)
    }
}

/// The words of `text` (byte ranges) and whether cleaning removed each.
fn removed_words(
    cleaner: &Cleaner,
    word: &Regex,
    text: &str,
) -> (Vec<(usize, usize)>, Vec<bool>, Vec<&'static str>) {
    let words: Vec<(usize, usize)> = word.find_iter(text).map(|m| (m.start(), m.end())).collect();
    let mut gone = vec![false; words.len()];
    let mut by = vec![""; words.len()];
    for edit in cleaner.clean(text).edits {
        if rinse::rules::find(edit.rule).is_some_and(|r| r.kind() == RuleKind::Character) {
            continue;
        }
        let mut kept: HashMap<&str, usize> = HashMap::new();
        for m in word.find_iter(&edit.replacement) {
            *kept.entry(m.as_str()).or_default() += 1;
        }
        let first = words.partition_point(|&(_, end)| end <= edit.start);
        for i in first..words.len() {
            let (start, end) = words[i];
            if start >= edit.end {
                break;
            }
            match kept.get_mut(&text[start..end]) {
                Some(n) if *n > 0 => *n -= 1,
                _ => {
                    gone[i] = true;
                    by[i] = edit.rule;
                }
            }
        }
    }
    (words, gone, by)
}

/// Whether a gold text reads as an article: 150 words or more, four
/// paragraphs or more, most paragraphs ending like sentences.
fn reads_as_article(paragraphs: &[String], word: &Regex) -> bool {
    let words: usize = paragraphs.iter().map(|p| word.find_iter(p).count()).sum();
    let sentences = paragraphs
        .iter()
        .filter(|p| {
            p.trim_end()
                .ends_with(['.', '!', '?', '"', '”', '’', ')', '。'])
        })
        .count();
    words >= 150 && paragraphs.len() >= 4 && sentences * 2 > paragraphs.len()
}

fn paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(|p| p.trim_matches('\n').trim_end())
        .filter(|p| !p.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// Recall and damage of one kind on one split.
#[derive(Default)]
struct Tally {
    snippets: usize,
    removed: usize,
    partly: usize,
    texts: usize,
    article_words: usize,
    lost: usize,
    misses: Vec<(String, String, String)>,
    losses: Vec<(String, String, String)>,
}

/// Builds the text of one page and one kind.
fn build(
    kind: &str,
    article: &[String],
    title: Option<&str>,
    snippets: &[&Snippet],
    rng: &mut Rng,
) -> Built {
    let n = article.len();
    // Noise to put before paragraph i (0..=n; n is the foot), with the
    // separator after it; `top` goes between the headline and the article.
    let mut before: Vec<Vec<(Piece, &str, &'static str)>> = vec![Vec::new(); n + 1];
    let mut top: Vec<(Piece, &str, &'static str)> = Vec::new();
    let glue = |rng: &mut Rng, percent| if rng.chance(percent) { "\n" } else { "\n\n" };
    let mut title_copies = 1;
    let mut last_caption: Option<usize> = None;
    for (i, s) in snippets.iter().enumerate() {
        let text = s.text.as_str();
        match kind {
            "headline" => title_copies = 2,
            "byline" | "date" if i == 0 || kind == "date" => {
                top.push((Piece::Noise(i), text, glue(rng, 40)));
            }
            "byline" => before[n].push((Piece::Noise(i), text, "\n\n")),
            "caption" | "credit" => {
                let at = match last_caption {
                    Some(at) if rng.chance(30) || kind == "credit" => at,
                    _ => 1 + rng.below(n.max(2) - 1),
                };
                before[at].push((Piece::Noise(i), text, glue(rng, 35)));
                last_caption = Some(at);
            }
            "share" => {
                if rng.chance(50) {
                    top.push((Piece::Noise(i), text, "\n\n"));
                } else {
                    before[n].push((Piece::Noise(i), text, "\n\n"));
                }
            }
            "promo" => {
                let copies = 2 + rng.below(6);
                for _ in 0..copies {
                    before[1 + rng.below(n)].push((Piece::Noise(i), text, "\n\n"));
                }
            }
            _ => {
                let at = if rng.chance(70) {
                    n
                } else {
                    1 + rng.below(n.max(2) - 1)
                };
                before[at].push((Piece::Noise(i), text, "\n\n"));
            }
        }
    }
    let mut built = Built::default();
    if let Some(title) = title.or_else(|| {
        snippets
            .first()
            .map(|s| s.text.as_str())
            .filter(|_| kind == "headline")
    }) {
        for _ in 0..title_copies {
            let piece = if title_copies == 2 {
                Piece::Noise(0)
            } else {
                Piece::Title
            };
            built.push(piece, title, "\n\n");
        }
    }
    for (piece, text, sep) in top {
        built.push(piece, text, sep);
    }
    for (p, para) in article.iter().enumerate() {
        for &(piece, text, sep) in &before[p] {
            built.push(piece, text, sep);
        }
        // A caption glued to the paragraph after it is glued with one break;
        // glued to the paragraph before, this paragraph ends with one.
        let next_glued =
            matches!(kind, "caption" | "credit") && !before[p + 1].is_empty() && rng.chance(30);
        built.push(
            Piece::Article(p),
            para,
            if next_glued { "\n" } else { "\n\n" },
        );
    }
    for &(piece, text, sep) in &before[n] {
        built.push(piece, text, sep);
    }
    built
}

/// Words of the article by (paragraph, word), each with its index in a text.
type WordKeys = HashMap<(usize, usize), usize>;

/// Article words removed, as (paragraph, word) keys with the index of the
/// word in the text, and the number of article words.
fn article_removed(
    spans: &[(Piece, std::ops::Range<usize>)],
    words: &[(usize, usize)],
    gone: &[bool],
) -> (usize, WordKeys) {
    let mut total = 0;
    let mut out = HashMap::new();
    for (piece, range) in spans {
        if let Piece::Article(p) = piece {
            let first = words.partition_point(|&(s, _)| s < range.start);
            for (j, (w, &(s, e))) in words.iter().enumerate().skip(first).enumerate() {
                if e > range.end || s >= range.end {
                    break;
                }
                total += 1;
                if gone[w] {
                    out.insert((*p, j), w);
                }
            }
        }
    }
    (total, out)
}

fn main() -> Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut option = |name: &str, default: u64| -> u64 {
        let Some(i) = args.iter().position(|a| a == name) else {
            return default;
        };
        let value = args
            .get(i + 1)
            .and_then(|n| n.parse().ok())
            .unwrap_or(default);
        args.drain(i..(i + 2).min(args.len()));
        value
    };
    let misses = option("--misses", 0) as usize;
    let seed = option("--seed", 1);
    let dump = args.iter().position(|a| a == "--dump").map(|i| {
        PathBuf::from(
            args.drain(i..(i + 2).min(args.len()))
                .nth(1)
                .unwrap_or_default(),
        )
    });
    args.retain(|a| !a.starts_with('-'));
    let Some(bench) = args.first().map(PathBuf::from) else {
        println!("noise_recall: no benchmark folder given (../shared/bench); nothing to measure");
        return Ok(());
    };
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/noise/snippets.jsonl");
    let lines =
        fs::read_to_string(&corpus).with_context(|| format!("reading {}", corpus.display()))?;
    let snippets: Vec<Snippet> = lines
        .lines()
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()
        .context("parsing the noise corpus")?;
    let word = Regex::new(r"\w+").expect("valid regex");

    // Page types of wcxb-dev (aeb-dev holds news articles only).
    let mut types: HashMap<String, String> = HashMap::new();
    if let Ok(tsv) = fs::read_to_string(bench.join("wcxb-dev/pages.tsv")) {
        for row in tsv.lines() {
            let mut cols = row.split('\t');
            if let (Some(id), Some(kind)) = (cols.next(), cols.next()) {
                types.insert(format!("wcxb-dev/{id}"), kind.to_owned());
            }
        }
    }
    // Pages by split, with their snippets by kind.
    let mut pages: BTreeMap<&str, (&str, BTreeMap<&str, Vec<&Snippet>>)> = BTreeMap::new();
    for s in &snippets {
        let entry = pages.entry(&s.page).or_insert((&s.split, BTreeMap::new()));
        entry.1.entry(&s.kind).or_default().push(s);
    }
    let mut golds: HashMap<&str, Vec<String>> = HashMap::new();
    let mut hosts: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (page, (split, _)) in &pages {
        let path = bench.join(page.replacen('/', "/gold/", 1) + ".txt");
        let Ok(bytes) = fs::read(&path) else { continue };
        let text = rinse::decode::decode(&bytes).text.into_owned();
        let paras = paragraphs(&text);
        let article =
            page.starts_with("aeb-dev/") || types.get(*page).is_some_and(|t| t == "article");
        if article && reads_as_article(&paras, &word) {
            hosts.entry(split).or_default().push(page);
        }
        golds.insert(page, paras);
    }
    if golds.is_empty() {
        println!(
            "noise_recall: no gold texts under {}; nothing to measure",
            bench.display()
        );
        return Ok(());
    }

    let cleaner = Cleaner::new();
    let mut tallies: BTreeMap<(&str, &str), Tally> = BTreeMap::new();
    // Snippets put into their own page's article: (kind, split) → (n, removed).
    let mut own: BTreeMap<(&str, &str), (usize, usize)> = BTreeMap::new();
    let mut baseline: HashMap<(&str, Option<&str>), WordKeys> = HashMap::new();
    for (page, (split, kinds)) in &pages {
        let Some(split_hosts) = hosts.get(split) else {
            continue;
        };
        let host = if split_hosts.contains(page) {
            page
        } else {
            &split_hosts[xxh3_64(page.as_bytes()) as usize % split_hosts.len()]
        };
        let article = &golds[host];
        let title = kinds
            .get("headline")
            .and_then(|h| h.first())
            .map(|s| s.text.as_str());
        for (kind, list) in kinds {
            let groups: Vec<Vec<&Snippet>> = if *kind == "headline" {
                list.iter().map(|s| vec![*s]).collect()
            } else {
                vec![list.clone()]
            };
            for group in groups {
                let mut rng = Rng::new(seed, &format!("{page}/{kind}/{}", group[0].text));
                let own_title = if *kind == "headline" { None } else { title };
                let built = build(kind, article, own_title, &group, &mut rng);
                let (text, spans) = built.render();
                if let Some(dir) = &dump {
                    let dir = dir.join(kind);
                    fs::create_dir_all(&dir)?;
                    let name = format!(
                        "{split}-{}-{}.txt",
                        page.replace('/', "-"),
                        xxh3_64(group[0].text.as_bytes()) % 1000
                    );
                    fs::write(dir.join(name), &text)?;
                }
                let (words, gone, by) = removed_words(&cleaner, &word, &text);
                let base = baseline.entry((host, own_title)).or_insert_with(|| {
                    let mut plain = Built::default();
                    if let Some(t) = own_title {
                        plain.push(Piece::Title, t, "\n\n");
                    }
                    for (p, para) in article.iter().enumerate() {
                        plain.push(Piece::Article(p), para, "\n\n");
                    }
                    let (text, spans) = plain.render();
                    let (words, gone, _) = removed_words(&cleaner, &word, &text);
                    article_removed(&spans, &words, &gone).1
                });
                let (total, lost) = article_removed(&spans, &words, &gone);
                let tally = tallies.entry((kind, split)).or_default();
                tally.texts += 1;
                tally.article_words += total;
                let mut extra: Vec<usize> = lost
                    .iter()
                    .filter(|(key, _)| !base.contains_key(key))
                    .map(|(_, &w)| w)
                    .collect();
                extra.sort_unstable();
                tally.lost += extra.len();
                if !extra.is_empty() {
                    let mut rules: Vec<&str> = extra.iter().map(|&w| by[w]).collect();
                    rules.dedup();
                    let lost: Vec<&str> = extra
                        .iter()
                        .map(|&w| &text[words[w].0..words[w].1])
                        .collect();
                    tally
                        .losses
                        .push((page.to_string(), lost.join(" "), rules.join("+")));
                }
                // Per snippet: each copy all gone (headline: one copy).
                for (i, s) in group.iter().enumerate() {
                    let mut copies = 0;
                    let mut all = 0;
                    let mut some = false;
                    let mut rules: Vec<&str> = Vec::new();
                    for (piece, range) in &spans {
                        if *piece != Piece::Noise(i) {
                            continue;
                        }
                        copies += 1;
                        let inside: Vec<usize> = (0..words.len())
                            .filter(|&w| words[w].0 >= range.start && words[w].1 <= range.end)
                            .collect();
                        let n = inside.iter().filter(|&&w| gone[w]).count();
                        for &w in &inside {
                            if gone[w] && !rules.contains(&by[w]) {
                                rules.push(by[w]);
                            }
                        }
                        some |= n > 0;
                        all += usize::from(n == inside.len());
                    }
                    let removed = if *kind == "headline" {
                        all >= 1
                    } else {
                        all == copies
                    };
                    tally.snippets += 1;
                    tally.removed += usize::from(removed);
                    if host == page {
                        let own = own.entry((kind, split)).or_default();
                        own.0 += 1;
                        own.1 += usize::from(removed);
                    }
                    tally.partly += usize::from(!removed && some);
                    if !removed {
                        tally
                            .misses
                            .push((page.to_string(), s.text.clone(), rules.join("+")));
                    }
                }
            }
        }
    }

    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "noise recall: {} snippets of {} pages; {} + {} articles (tune + held); seed {seed}",
        snippets.len(),
        pages.len(),
        hosts.get("tune").map_or(0, Vec::len),
        hosts.get("held").map_or(0, Vec::len)
    );
    println!();
    println!("| kind | part | snippets | removed | recall | partly removed | texts | article words lost |");
    println!("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    let mut sums: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for kind in KINDS {
        for split in ["tune", "held"] {
            let Some(t) = tallies.get(&(kind, split)) else {
                continue;
            };
            let sum = sums.entry(split).or_default();
            sum.0 += t.snippets;
            sum.1 += t.removed;
            println!(
                "| {kind} | {split} | {} | {} | {:.1}% | {} | {} | {} of {} ({:.3}%) |",
                t.snippets,
                t.removed,
                pct(t.removed, t.snippets),
                t.partly,
                t.texts,
                t.lost,
                t.article_words,
                pct(t.lost, t.article_words)
            );
        }
    }
    for (split, (n, removed)) in &sums {
        println!(
            "| all | {split} | {n} | {removed} | {:.1}% | | | |",
            pct(*removed, *n)
        );
    }
    println!();
    println!("Snippets of article pages, put into their own article:");
    println!();
    println!("| kind | tune | recall | held | recall |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    for kind in KINDS {
        let (tn, tr) = own.get(&(kind, "tune")).copied().unwrap_or_default();
        let (hn, hr) = own.get(&(kind, "held")).copied().unwrap_or_default();
        println!(
            "| {kind} | {tn} | {:.1}% | {hn} | {:.1}% |",
            pct(tr, tn),
            pct(hr, hn)
        );
    }
    if misses > 0 {
        for kind in KINDS {
            println!("\n{kind}: missed");
            for split in ["held", "tune"] {
                let Some(t) = tallies.get(&(kind, split)) else {
                    continue;
                };
                let step = (t.misses.len() / misses.max(1)).max(1);
                for (page, text, rules) in t.misses.iter().step_by(step).take(misses) {
                    let text: String = text.replace('\n', " ⏎ ").chars().take(110).collect();
                    let rules = if rules.is_empty() {
                        "-"
                    } else {
                        rules.as_str()
                    };
                    println!("  {split} {page} [{rules}] {text}");
                }
            }
            for split in ["held", "tune"] {
                let Some(t) = tallies.get(&(kind, split)) else {
                    continue;
                };
                for (page, text, rules) in t.losses.iter().take(misses) {
                    let text: String = text.chars().take(110).collect();
                    println!("  article words lost: {split} {page} [{rules}] {text}");
                }
            }
        }
    }
    Ok(())
}
