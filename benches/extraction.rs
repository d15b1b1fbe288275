//! Scores rinse on an article-extraction benchmark folder (quality and
//! pages per second; not a criterion bench).
//!
//! ```text
//! cargo bench --bench extraction -- ../shared/bench/aeb-dev
//! ```
//!
//! The folder holds `html/<id>.html` (pages), `plain/<id>.txt` (the same
//! pages flattened to text) and `gold/<id>.txt` (the article a person
//! marked). For each kind of input this prints precision, recall and F1 of
//! the benchmark's metric ([`rinse::eval`]) and pages per second on one
//! core (extraction and cleaning only, files read beforehand), next to the
//! baseline of doing nothing. `--verbose` adds one line per page. Without
//! the folder (it is not part of the repository) it says so and does
//! nothing, so that `cargo bench` runs on any machine.

use std::fs;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use rinse::eval::Tally;
use rinse::extract::ExtractOptions;
use rinse::Cleaner;

struct Page {
    id: String,
    html: String,
    plain: String,
    gold: String,
}

fn load(dir: &Path) -> Result<Vec<Page>> {
    let mut pages = Vec::new();
    let gold_dir = dir.join("gold");
    let mut ids: Vec<String> = fs::read_dir(&gold_dir)
        .with_context(|| format!("reading {}", gold_dir.display()))?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".txt").map(str::to_owned)
        })
        .collect();
    ids.sort();
    for id in ids {
        let read = |sub: &str, ext: &str| -> Result<String> {
            let path = dir.join(sub).join(format!("{id}.{ext}"));
            let bytes = fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
            Ok(rinse::decode::decode(&bytes).text.into_owned())
        };
        pages.push(Page {
            html: read("html", "html")?,
            plain: read("plain", "txt")?,
            gold: read("gold", "txt")?,
            id,
        });
    }
    Ok(pages)
}

fn run(
    name: &str,
    pages: &[Page],
    verbose: bool,
    input: impl Fn(&Page) -> &str,
    f: impl Fn(&str) -> String,
) {
    // Warm up, then time one pass over every page.
    for page in pages.iter().take(3) {
        std::hint::black_box(f(input(page)));
    }
    let start = Instant::now();
    let outputs: Vec<String> = pages.iter().map(|p| f(input(p))).collect();
    let secs = start.elapsed().as_secs_f64();
    let mut tally = Tally::default();
    for (page, out) in pages.iter().zip(&outputs) {
        tally.add(out, &page.gold);
        if verbose {
            let (tp, o, g) = rinse::eval::overlap(out, &page.gold);
            let p = if o == 0 { 0.0 } else { tp as f64 / o as f64 };
            let r = if g == 0 { 0.0 } else { tp as f64 / g as f64 };
            println!("  {name:<14} {} P {p:.3} R {r:.3}", &page.id[..12]);
        }
    }
    let s = tally.scores();
    let bytes: usize = pages.iter().map(|p| input(p).len()).sum();
    println!(
        "{name:<14} P {:.3}  R {:.3}  F1 {:.3}  {:>8.0} pages/s  {:>6.1} MB/s",
        s.precision,
        s.recall,
        s.f1,
        pages.len() as f64 / secs,
        bytes as f64 / secs / 1e6,
    );
}

fn main() -> Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose" || a == "-v");
    args.retain(|a| !a.starts_with('-'));
    let dir = args
        .first()
        .map_or("../shared/bench/aeb-dev", String::as_str);
    if !Path::new(dir).join("gold").is_dir() {
        println!("extraction: no benchmark folder at {dir} (give one: cargo bench --bench extraction -- DIR)");
        return Ok(());
    }
    let pages = load(Path::new(dir))?;
    println!("{} pages from {dir}", pages.len());
    let cleaner = Cleaner::new();
    let options = ExtractOptions::default();
    run(
        "html",
        &pages,
        verbose,
        |p| &p.html,
        |t| cleaner.clean_html(t, &options).text,
    );
    run(
        "html extract",
        &pages,
        verbose,
        |p| &p.html,
        |t| rinse::extract::extract_html(t, &options).text,
    );
    run(
        "html parse",
        &pages,
        false,
        |p| &p.html,
        |t| {
            let page = scraper::Html::parse_document(t);
            std::hint::black_box(page.tree.nodes().count());
            String::new()
        },
    );
    run(
        "plain",
        &pages,
        verbose,
        |p| &p.plain,
        |t| cleaner.clean(t).text,
    );
    // Clean text must pass `page-chrome` unchanged.
    let chrome = Cleaner::from_selection(&["page-chrome"], &[])?;
    let changed: Vec<&str> = pages
        .iter()
        .filter(|p| chrome.clean(&p.gold).changed())
        .map(|p| &p.id[..12])
        .collect();
    println!(
        "gold through page-chrome: {} of {} changed {:?}",
        changed.len(),
        pages.len(),
        changed
    );
    run(
        "gold chrome",
        &pages,
        false,
        |p| &p.gold,
        |t| chrome.clean(t).text,
    );
    run("plain as is", &pages, false, |p| &p.plain, str::to_owned);
    Ok(())
}
