//! Scores rinse on article-extraction benchmark folders (quality and pages
//! per second; not a criterion bench).
//!
//! ```text
//! cargo bench --bench extraction -- ../shared/bench/aeb-dev ../shared/bench/wcxb-dev
//! ```
//!
//! A folder holds `gold/<id>.txt` (the main content a person marked) and
//! `html/<id>.html` or `html/<id>.html.gz` (the page); it may hold
//! `plain/<id>.txt` (the same page flattened to text) and `pages.tsv` (id,
//! page type, URL). For each kind of input this prints precision, recall
//! and F1 of the benchmark's metric ([`rinse::eval`]), the pages that came
//! out empty and pages per second on one core (extraction and cleaning
//! only, files read beforehand; time on the core where Linux tells it, so
//! that other work on the machine does not count); with `pages.tsv`, the same per page type.
//! `--verbose` adds one line per page; `--dump FILE` writes one line per
//! page (id, type, P, R, output and gold shingles) for reading failures;
//! `--quick` scores the cleaned HTML only; `--repeat N` times N passes
//! and keeps the fastest; `--show ID,ID` prints those
//! pages' output and gold; `--worst N` lists the N pages of lowest
//! precision and the N of lowest recall (id, type, P, R, output and gold
//! shingles); `--out DIR` writes each page's cleaned output to
//! `DIR/<folder name>/<id>.txt`.
//! Without a folder (they are not part of the repository) it says so and
//! does nothing, so that `cargo bench` runs on any machine.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use rinse::eval::Tally;
use rinse::extract::ExtractOptions;
use rinse::Cleaner;

struct Page {
    id: String,
    kind: String,
    html: String,
    plain: Option<String>,
    gold: String,
}

fn read_text(path: &Path) -> Result<String> {
    let mut bytes = fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_end(&mut raw)
            .with_context(|| format!("gunzipping {}", path.display()))?;
        bytes = raw;
    }
    Ok(rinse::decode::decode(&bytes).text.into_owned())
}

fn load(dir: &Path) -> Result<Vec<Page>> {
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
    let kinds: BTreeMap<String, String> = fs::read_to_string(dir.join("pages.tsv"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some((f.next()?.to_owned(), f.next()?.to_owned()))
        })
        .collect();
    let mut pages = Vec::new();
    for id in ids {
        let html = dir.join("html").join(format!("{id}.html"));
        let html = if html.is_file() {
            html
        } else {
            dir.join("html").join(format!("{id}.html.gz"))
        };
        let plain = dir.join("plain").join(format!("{id}.txt"));
        pages.push(Page {
            html: read_text(&html)?,
            plain: if plain.is_file() {
                Some(read_text(&plain)?)
            } else {
                None
            },
            gold: read_text(&dir.join("gold").join(format!("{id}.txt")))?,
            kind: kinds.get(&id).cloned().unwrap_or_default(),
            id,
        });
    }
    Ok(pages)
}

/// Seconds this thread has run on a core (Linux), if the system says.
fn cpu_seconds() -> Option<f64> {
    let stat = fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

struct Run<'a> {
    name: &'a str,
    verbose: bool,
    repeat: usize,
    dump: Option<&'a str>,
    /// List this many pages of lowest precision and of lowest recall.
    worst: usize,
    /// Write each page's output into this folder.
    out: Option<&'a Path>,
}

fn run(
    cfg: &Run<'_>,
    pages: &[Page],
    input: impl for<'p> Fn(&'p Page) -> Option<&'p str>,
    f: impl Fn(&str) -> String,
) -> Result<()> {
    let pages: Vec<&Page> = pages.iter().filter(|p| input(p).is_some()).collect();
    if pages.is_empty() {
        return Ok(());
    }
    let name = cfg.name;
    fn text<'p>(input: &impl Fn(&'p Page) -> Option<&'p str>, p: &'p Page) -> &'p str {
        input(p).unwrap_or_default()
    }
    // Warm up, then time one pass over every page.
    for page in pages.iter().take(3) {
        std::hint::black_box(f(text(&input, page)));
    }
    // The fastest of `repeat` passes.
    let mut secs = f64::INFINITY;
    let mut outputs: Vec<String> = Vec::new();
    for _ in 0..cfg.repeat.max(1) {
        let start = Instant::now();
        let cpu_start = cpu_seconds();
        outputs = pages.iter().map(|p| f(text(&input, p))).collect();
        let wall = start.elapsed().as_secs_f64();
        // On a busy machine the clock on the wall runs while other
        // processes hold the core: time on this thread's core is fairer.
        let pass = match (cpu_start, cpu_seconds()) {
            (Some(a), Some(b)) if b > a => b - a,
            _ => wall,
        };
        secs = secs.min(pass);
    }
    let mut tally = Tally::default();
    let mut by_kind: BTreeMap<&str, (Tally, usize, usize)> = BTreeMap::new();
    let mut dump = String::new();
    let mut rows: Vec<(&str, &str, f64, f64, usize, usize)> = Vec::new();
    if let Some(dir) = cfg.out {
        fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let mut empty = 0;
    for (page, out) in pages.iter().zip(&outputs) {
        tally.add(out, &page.gold);
        let is_empty = rinse::eval::tokens(out).is_empty();
        empty += usize::from(is_empty);
        let entry = by_kind.entry(&page.kind).or_default();
        entry.0.add(out, &page.gold);
        entry.1 += 1;
        entry.2 += usize::from(is_empty);
        let (tp, o, g) = rinse::eval::overlap(out, &page.gold);
        let p = if o == 0 { 0.0 } else { tp as f64 / o as f64 };
        let r = if g == 0 { 0.0 } else { tp as f64 / g as f64 };
        if cfg.verbose {
            println!("  {name:<14} {} P {p:.3} R {r:.3}", page.id);
        }
        writeln!(dump, "{}\t{}\t{p:.3}\t{r:.3}\t{o}\t{g}", page.id, page.kind)?;
        rows.push((&page.id, &page.kind, p, r, o, g));
        if let Some(dir) = cfg.out {
            let path = dir.join(format!("{}.txt", page.id));
            fs::write(&path, out).with_context(|| format!("writing {}", path.display()))?;
        }
    }
    if let Some(path) = cfg.dump {
        fs::write(path, dump).with_context(|| format!("writing {path}"))?;
    }
    let s = tally.scores();
    let bytes: usize = pages.iter().map(|p| text(&input, p).len()).sum();
    println!(
        "{name:<14} P {:.3}  R {:.3}  F1 {:.3}  empty {:>3} of {:<5} {:>8.0} pages/s  {:>6.1} MB/s",
        s.precision,
        s.recall,
        s.f1,
        empty,
        pages.len(),
        pages.len() as f64 / secs,
        bytes as f64 / secs / 1e6,
    );
    if cfg.worst > 0 {
        for (label, by) in [("precision", 2), ("recall", 3)] {
            let mut sorted: Vec<_> = rows.iter().filter(|r| r.5 > 0).collect();
            let key = |r: &&(&str, &str, f64, f64, usize, usize)| if by == 2 { r.2 } else { r.3 };
            sorted.sort_by(|a, b| key(a).total_cmp(&key(b)).then(a.0.cmp(b.0)));
            println!("  lowest {label}:");
            for (id, kind, p, r, o, g) in sorted.into_iter().take(cfg.worst) {
                println!("    {id} {kind:<14} P {p:.3} R {r:.3} out {o} gold {g}");
            }
        }
    }
    // Per page type, when there are types and outputs to score.
    if by_kind.len() > 1 && empty < pages.len() {
        for (kind, (tally, n, empty)) in &by_kind {
            let s = tally.scores();
            println!(
                "  {kind:<14} P {:.3}  R {:.3}  F1 {:.3}  empty {empty:>3} of {n}",
                s.precision, s.recall, s.f1
            );
        }
    }
    Ok(())
}

/// What to run besides the scores of the cleaned HTML.
struct Mode<'a> {
    verbose: bool,
    /// Only the cleaned HTML (no extraction-only, parse or plain runs).
    quick: bool,
    /// Print these pages' output and gold instead of scoring.
    show: &'a [String],
    /// Timed passes over the pages (the fastest counts).
    repeat: usize,
    /// List this many pages of lowest precision and of lowest recall.
    worst: usize,
    /// Write each page's output under this folder.
    out: Option<&'a Path>,
}

fn bench(dir: &str, mode: &Mode<'_>, dump: Option<&str>) -> Result<()> {
    let verbose = mode.verbose;
    if !Path::new(dir).join("gold").is_dir() {
        println!("extraction: no benchmark folder at {dir} (give one: cargo bench --bench extraction -- DIR)");
        return Ok(());
    }
    let pages = load(Path::new(dir))?;
    println!("{} pages from {dir}", pages.len());
    let cleaner = Cleaner::new();
    let options = ExtractOptions::default();
    if !mode.show.is_empty() {
        for page in pages.iter().filter(|p| mode.show.contains(&p.id)) {
            let out = cleaner.clean_html(&page.html, &options).text;
            let (tp, o, g) = rinse::eval::overlap(&out, &page.gold);
            println!(
                "===== {} {} tp {tp} out {o} gold {g}\n{out}",
                page.id, page.kind
            );
            println!("----- gold\n{}", page.gold);
        }
        return Ok(());
    }
    let cfg = |name| Run {
        name,
        verbose,
        repeat: mode.repeat,
        dump: None,
        worst: 0,
        out: None,
    };
    let out = mode
        .out
        .map(|d| d.join(Path::new(dir).file_name().unwrap_or_default()));
    run(
        &Run {
            name: "html",
            verbose,
            repeat: mode.repeat,
            dump,
            worst: mode.worst,
            out: out.as_deref(),
        },
        &pages,
        |p| Some(&p.html),
        |t| cleaner.clean_html(t, &options).text,
    )?;
    if mode.quick {
        return Ok(());
    }
    run(
        &cfg("html extract"),
        &pages,
        |p| Some(&p.html),
        |t| rinse::extract::extract_html(t, &options).text,
    )?;
    run(
        &Run {
            name: "html parse",
            verbose: false,
            repeat: mode.repeat,
            dump: None,
            worst: 0,
            out: None,
        },
        &pages,
        |p| Some(&p.html),
        |t| {
            let page = scraper::Html::parse_document(t);
            std::hint::black_box(page.tree.nodes().count());
            String::new()
        },
    )?;
    run(
        &cfg("plain"),
        &pages,
        |p| p.plain.as_deref(),
        |t| cleaner.clean(t).text,
    )?;
    if pages.iter().any(|p| p.plain.is_some()) {
        // Clean text must pass `page-chrome` unchanged.
        let chrome = Cleaner::from_selection(&["page-chrome"], &[])?;
        let changed: Vec<&str> = pages
            .iter()
            .filter(|p| chrome.clean(&p.gold).changed())
            .map(|p| p.id.as_str())
            .collect();
        println!(
            "gold through page-chrome: {} of {} changed {:?}",
            changed.len(),
            pages.len(),
            changed
        );
        run(
            &cfg("plain as is"),
            &pages,
            |p| p.plain.as_deref(),
            str::to_owned,
        )?;
    }
    Ok(())
}

fn main() -> Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose" || a == "-v");
    let dump = args
        .iter()
        .position(|a| a == "--dump")
        .and_then(|i| args.get(i + 1).cloned());
    if let Some(d) = &dump {
        args.retain(|a| a != d);
    }
    let quick = args.iter().any(|a| a == "--quick");
    let show: Vec<String> = args
        .iter()
        .position(|a| a == "--show")
        .and_then(|i| args.get(i + 1).cloned())
        .map(|ids| ids.split(',').map(str::to_owned).collect())
        .unwrap_or_default();
    if let Some(ids) = args
        .iter()
        .position(|a| a == "--show")
        .and_then(|i| args.get(i + 1).cloned())
    {
        args.retain(|a| *a != ids);
    }
    let repeat = args
        .iter()
        .position(|a| a == "--repeat")
        .and_then(|i| args.get(i + 1).cloned());
    if let Some(n) = &repeat {
        args.retain(|a| a != n);
    }
    let mut value_of = |flag: &str| -> Option<String> {
        let v = args
            .iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1).cloned());
        if let Some(v) = &v {
            args.retain(|a| a != v);
        }
        v
    };
    let worst = value_of("--worst")
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let out = value_of("--out").map(std::path::PathBuf::from);
    let mode = Mode {
        worst,
        out: out.as_deref(),
        verbose,
        quick,
        repeat: repeat.and_then(|n| n.parse().ok()).unwrap_or(1),
        show: &show,
    };
    args.retain(|a| !a.starts_with('-'));
    if args.is_empty() {
        args = vec![
            "../shared/bench/aeb-dev".to_owned(),
            "../shared/bench/wcxb-dev".to_owned(),
        ];
    }
    for (i, dir) in args.iter().enumerate() {
        // With several folders, `--dump F` writes `F.0`, `F.1`, …
        let dump = dump.as_ref().map(|d| {
            if args.len() > 1 {
                format!("{d}.{i}")
            } else {
                d.clone()
            }
        });
        bench(dir, &mode, dump.as_deref())?;
    }
    Ok(())
}
