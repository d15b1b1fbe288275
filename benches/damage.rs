//! The damage budget: what every rule removes from text that is all
//! article (not a criterion bench).
//!
//! ```text
//! cargo bench --bench damage -- ../shared/bench/wcxb-dev/gold ../shared/bench/aeb-dev/gold
//! cargo bench --bench damage -- --worst 40 DIR…
//! ```
//!
//! Each folder holds gold main-content texts (`*.txt`): text a person
//! marked as the content of a page, with no noise left in it, or very
//! little. Every file is cleaned as plain text with every rule on, and
//! for each rule this prints the documents it touched and the words
//! (`\w+` tokens, [`rinse::eval::tokens`]) its edits removed (character
//! repairs remove none: `&amp;` → `&` or `donâ€™t` → `don’t` repairs a
//! word, it does not delete one), then the
//! documents that lost more than 2% of their words, then the `--worst N`
//! (default 25) removals of each rule, largest first, with their reasons.
//! Every removal listed is either noise the gold text really holds or a
//! rule that is wrong. Without a folder it says so and does nothing, so
//! that `cargo bench` runs on any machine.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rinse::Cleaner;

/// One removal: words, document, what went and why.
struct Removal {
    words: usize,
    doc: String,
    text: String,
    reason: String,
}

#[derive(Default)]
struct RuleDamage {
    docs: usize,
    words: usize,
    removals: Vec<Removal>,
}

fn words(text: &str) -> usize {
    rinse::eval::tokens(text).len()
}

fn texts(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    Ok(paths)
}

fn main() -> Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut worst = 25;
    if let Some(i) = args.iter().position(|a| a == "--worst") {
        worst = args
            .get(i + 1)
            .and_then(|n| n.parse().ok())
            .unwrap_or(worst);
        args.drain(i..(i + 2).min(args.len()));
    }
    args.retain(|a| !a.starts_with('-'));
    if args.is_empty() {
        println!("damage: no folder of gold texts given; nothing to measure");
        return Ok(());
    }
    let cleaner = Cleaner::new();
    let mut rules: BTreeMap<&'static str, RuleDamage> = BTreeMap::new();
    let (mut docs, mut changed, mut total, mut removed) = (0, 0, 0, 0);
    let mut over: Vec<(f64, String, String)> = Vec::new();
    for dir in &args {
        let dir = Path::new(dir);
        if !dir.is_dir() {
            println!("damage: {} is not a folder; skipped", dir.display());
            continue;
        }
        for path in texts(dir)? {
            let bytes = fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
            let text = rinse::decode::decode(&bytes).text.into_owned();
            let name = format!(
                "{}/{}",
                dir.parent()
                    .and_then(|p| p.file_name())
                    .unwrap_or_default()
                    .to_string_lossy(),
                path.file_name().unwrap_or_default().to_string_lossy()
            );
            let cleaned = cleaner.clean(&text);
            let doc_words = words(&text);
            docs += 1;
            total += doc_words;
            changed += usize::from(cleaned.changed());
            let mut here: BTreeMap<&'static str, usize> = BTreeMap::new();
            for edit in &cleaned.edits {
                let repair = rinse::rules::find(edit.rule)
                    .is_some_and(|rule| rule.kind() == rinse::rules::RuleKind::Character);
                let gone = if repair {
                    0
                } else {
                    words(&text[edit.start..edit.end]).saturating_sub(words(&edit.replacement))
                };
                *here.entry(edit.rule).or_default() += gone;
                if gone > 0 {
                    rules.entry(edit.rule).or_default().removals.push(Removal {
                        words: gone,
                        doc: name.clone(),
                        text: text[edit.start..edit.end]
                            .trim()
                            .chars()
                            .take(100)
                            .collect(),
                        reason: edit.reason.to_string(),
                    });
                }
            }
            let doc_removed: usize = here.values().sum();
            removed += doc_removed;
            for (rule, gone) in &here {
                let damage = rules.entry(rule).or_default();
                damage.docs += 1;
                damage.words += gone;
            }
            if doc_words > 0 && doc_removed * 50 > doc_words {
                let by_rule: Vec<String> = here
                    .iter()
                    .filter(|(_, w)| **w > 0)
                    .map(|(r, w)| format!("{r} {w}"))
                    .collect();
                over.push((
                    doc_removed as f64 / doc_words as f64,
                    name,
                    by_rule.join(", "),
                ));
            }
        }
    }
    println!(
        "{docs} texts, {changed} changed; {removed} of {total} words removed ({:.3}%); {} texts lost more than 2%",
        100.0 * removed as f64 / total.max(1) as f64,
        over.len()
    );
    let mut order: Vec<_> = rules.iter_mut().collect();
    order.sort_by_key(|(_, d)| std::cmp::Reverse(d.words));
    for (rule, damage) in &order {
        println!(
            "{rule:20} {:5} texts touched {:7} words removed",
            damage.docs, damage.words
        );
    }
    over.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("\ntexts that lost more than 2% of their words:");
    for (share, name, by_rule) in &over {
        println!("{:5.1}%  {name}  ({by_rule})", 100.0 * share);
    }
    for (rule, damage) in order {
        if damage.removals.is_empty() {
            continue;
        }
        println!("\n{rule}: the {worst} largest removals");
        damage.removals.sort_by_key(|r| std::cmp::Reverse(r.words));
        for r in damage.removals.iter().take(worst) {
            println!("{:5}  {}  {:?}  ({})", r.words, r.doc, r.text, r.reason);
        }
    }
    Ok(())
}
