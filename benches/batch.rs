//! Throughput of batch mode on a folder of 2,000 synthetic articles, on one
//! and on two threads, against baselines measured in the same run on the
//! same files: reading every file (what `cat … > /dev/null` does) and
//! copying every file into a mirrored tree (what `cp -r` does), plus the
//! cleaning alone on texts already in memory. The same articles as one JSON
//! Lines stream are cleaned on one and two threads against counting its
//! lines.
//!
//! The folder lives under `TMPDIR`: on a slow disk, creating 2,000 files
//! costs more than cleaning them (compare with the copy baseline); run with
//! `TMPDIR=/dev/shm` to measure the work rather than the disk.
//!
//! Each article is varied prose (a seeded generator over a few hundred
//! words) with a site's affiliate disclosure at its foot and a newsletter
//! promo dropped into it twice, so that `corpus-boilerplate` and
//! `repeated-block` both have work. Cleaning writes a mirrored tree, as
//! `rinse DIR --out-dir OUT` does: measured whole (learning the corpus
//! model in a first pass, then cleaning with it), and each pass on its own.
//!
//! Real articles: with `RINSE_BENCH_CORPUS=DIR` the same benches run on the
//! corpus `benches/speed_corpus.py` builds into DIR (gold texts of
//! ../shared/bench with real noise, ~100 MB): the folder `DIR/files` and the
//! stream `DIR/corpus.jsonl` as it is, in place of the synthetic articles.
//!
//! ```text
//! benches/speed_corpus.py ../shared/bench target/speed-corpus 100
//! RINSE_BENCH_CORPUS=target/speed-corpus cargo bench --bench batch
//! ```
#![allow(missing_docs)] // `criterion_group!` generates an undocumented `pub fn`.

use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rinse::batch::{self, Discovered, FileFilter, NoProgress, Output};
use rinse::jsonl::{self, JsonlOptions};
use rinse::Cleaner;
use rinse::IntakeOptions;

const ARTICLES: usize = 2000;

const WORDS: &[&str] = &[
    "the",
    "council",
    "budget",
    "river",
    "harbour",
    "market",
    "school",
    "minister",
    "report",
    "said",
    "would",
    "increase",
    "residents",
    "city",
    "plan",
    "data",
    "years",
    "since",
    "new",
    "road",
    "bridge",
    "winter",
    "summer",
    "price",
    "energy",
    "water",
    "company",
    "shares",
    "rose",
    "fell",
    "percent",
    "analysts",
    "expected",
    "court",
    "ruling",
    "appeal",
    "police",
    "officers",
    "hospital",
    "patients",
    "doctors",
    "study",
    "found",
    "higher",
    "lower",
    "several",
    "families",
    "village",
    "county",
    "state",
    "federal",
    "election",
    "voters",
    "campaign",
    "policy",
    "tax",
    "housing",
    "rent",
    "workers",
    "union",
    "strike",
    "talks",
    "agreement",
    "deal",
    "trade",
    "exports",
    "imports",
    "farmers",
    "crops",
    "weather",
    "storm",
    "flood",
    "damage",
    "repairs",
    "officials",
    "announced",
    "Tuesday",
    "Monday",
    "Friday",
    "morning",
    "evening",
    "during",
    "after",
    "before",
    "about",
    "against",
    "between",
    "while",
    "because",
    "although",
    "however",
    "many",
    "few",
    "most",
    "some",
    "each",
    "every",
    "local",
    "national",
    "public",
    "private",
    "research",
    "university",
    "students",
    "teachers",
    "museum",
    "festival",
    "music",
    "film",
    "team",
    "season",
    "coach",
    "players",
    "match",
    "league",
];

const DISCLOSURE: &str =
    "Disclosure: this site may earn a commission when you buy through links in our articles.";
const PROMO: &str = "Subscribe to our newsletter for the day's top stories";

/// A small seeded generator, so that the corpus is the same in every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn sentence(rng: &mut Rng) -> String {
    let n = 8 + rng.below(16);
    let mut s = String::new();
    for i in 0..n {
        let word = WORDS[rng.below(WORDS.len())];
        if i == 0 {
            let mut chars = word.chars();
            let first = chars.next().unwrap().to_ascii_uppercase();
            s.push(first);
            s.push_str(chars.as_str());
        } else {
            s.push(' ');
            s.push_str(word);
        }
    }
    s.push('.');
    s
}

fn article(i: usize) -> String {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (i as u64 + 1).wrapping_mul(0x2545_F491));
    let mut text = format!("{} {i}\n\n", sentence(&mut rng).trim_end_matches('.'));
    let paragraphs = 6 + rng.below(10);
    for p in 0..paragraphs {
        let sentences = 2 + rng.below(4);
        let para: Vec<String> = (0..sentences).map(|_| sentence(&mut rng)).collect();
        text.push_str(&para.join(" "));
        text.push_str("\n\n");
        if p == 1 || p == 4 {
            text.push_str(PROMO);
            text.push_str("\n\n");
        }
    }
    text.push_str(DISCLOSURE);
    text.push('\n');
    text
}

fn corpus(root: &Path) -> (PathBuf, u64) {
    let dir = root.join("articles");
    let mut bytes = 0;
    for i in 0..ARTICLES {
        let path = dir.join(format!("{:02}/{i:05}.txt", i % 50));
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        let text = article(i);
        bytes += text.len() as u64;
        fs::write(path, text).unwrap();
    }
    (dir, bytes)
}

/// The real corpus of `RINSE_BENCH_CORPUS`, if set: its folder of files,
/// their size, and its JSON Lines stream.
fn real_corpus() -> Option<(PathBuf, u64, String)> {
    let dir = PathBuf::from(std::env::var_os("RINSE_BENCH_CORPUS")?);
    let files = dir.join("files");
    let found = batch::discover(std::slice::from_ref(&files), &FileFilter::default());
    assert!(
        !found.files.is_empty(),
        "RINSE_BENCH_CORPUS: no files under {} (build it with benches/speed_corpus.py)",
        files.display()
    );
    let bytes = read_all(&found);
    let lines = fs::read_to_string(dir.join("corpus.jsonl")).expect("DIR/corpus.jsonl");
    Some((files, bytes, lines))
}

fn read_all(found: &Discovered) -> u64 {
    found
        .files
        .iter()
        .map(|f| fs::read(&f.path).unwrap().len() as u64)
        .sum()
}

fn copy_all(found: &Discovered, out: &Path) -> u64 {
    found
        .files
        .iter()
        .map(|f| {
            let target = out.join(&f.relative);
            fs::create_dir_all(target.parent().unwrap()).unwrap();
            let bytes = fs::read(&f.path).unwrap();
            fs::write(target, &bytes).unwrap();
            bytes.len() as u64
        })
        .sum()
}

fn bench(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let real = real_corpus();
    let is_real = real.is_some();
    let (dir, bytes) = match &real {
        Some((dir, bytes, _)) => (dir.clone(), *bytes),
        None => corpus(tmp.path()),
    };
    let found = batch::discover(&[dir], &FileFilter::default());
    let articles = found.files.len();
    if real.is_none() {
        assert_eq!(articles, ARTICLES);
    }
    let (model, _) = batch::learn(&found, &IntakeOptions::default(), Some(1), &NoProgress).unwrap();
    let cleaner = Cleaner::new().with_model(Arc::new(model));
    let out = Output::Mirror(tmp.path().join("out"));

    // Check once that the benchmark does the work it claims.
    let summary = batch::clean_files(
        &found,
        &cleaner,
        &IntakeOptions::default(),
        &out,
        Some(1),
        &NoProgress,
    )
    .unwrap();
    assert_eq!(summary.documents, articles as u64);
    if real.is_none() {
        assert_eq!(
            summary.edits.get("corpus-boilerplate"),
            Some(&(ARTICLES as u64))
        );
    }
    // On ~100 MB one run takes seconds: ten flat samples are plenty.
    let flat = |group: &mut criterion::BenchmarkGroup<_>| {
        if is_real {
            group.sampling_mode(criterion::SamplingMode::Flat);
            group.warm_up_time(std::time::Duration::from_millis(1));
        }
    };

    let mut group = c.benchmark_group(if is_real { "real/batch" } else { "batch" });
    flat(&mut group);
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.bench_function("read all files (cat baseline)", |b| {
        b.iter(|| black_box(read_all(&found)))
    });
    let copy_out = tmp.path().join("copy");
    group.bench_function("copy all files to a mirrored tree (cp baseline)", |b| {
        b.iter(|| black_box(copy_all(&found, &copy_out)))
    });
    let texts: Vec<String> = found
        .files
        .iter()
        .map(|f| fs::read_to_string(&f.path).unwrap())
        .collect();
    group.bench_function("clean in memory, no I/O, 1 thread", |b| {
        b.iter(|| {
            for text in &texts {
                black_box(cleaner.clean(text));
            }
        })
    });
    group.bench_function("learn, 1 thread", |b| {
        b.iter(|| {
            black_box(
                batch::learn(&found, &IntakeOptions::default(), Some(1), &NoProgress).unwrap(),
            )
        })
    });
    for jobs in [1, 2] {
        // What `rinse DIR --out-dir OUT` does: learn the model in a first
        // pass over the files, then clean them with it.
        group.bench_function(
            format!("learn, then clean to a mirrored tree, {jobs} thread(s)"),
            |b| {
                b.iter(|| {
                    let (model, _) =
                        batch::learn(&found, &IntakeOptions::default(), Some(jobs), &NoProgress)
                            .unwrap();
                    let cleaner = Cleaner::new().with_model(Arc::new(model));
                    black_box(
                        batch::clean_files(
                            &found,
                            &cleaner,
                            &IntakeOptions::default(),
                            &out,
                            Some(jobs),
                            &NoProgress,
                        )
                        .unwrap(),
                    )
                })
            },
        );
    }
    for jobs in [1, 2] {
        group.bench_function(format!("clean to a mirrored tree, {jobs} thread(s)"), |b| {
            b.iter(|| {
                black_box(
                    batch::clean_files(
                        &found,
                        &cleaner,
                        &IntakeOptions::default(),
                        &out,
                        Some(jobs),
                        &NoProgress,
                    )
                    .unwrap(),
                )
            })
        });
    }
    group.finish();

    // The same articles as one JSON Lines stream, cleaned to nowhere.
    let lines: String = match real {
        Some((_, _, lines)) => lines,
        None => texts
            .iter()
            .enumerate()
            .map(|(i, text)| {
                format!(
                    "{{\"id\":{i},\"text\":{},\"lang\":\"en\"}}\n",
                    serde_json::to_string(text).unwrap()
                )
            })
            .collect(),
    };
    let mut group = c.benchmark_group(if is_real { "real/jsonl" } else { "jsonl" });
    flat(&mut group);
    group.throughput(Throughput::Bytes(lines.len() as u64));
    group.sample_size(10);
    group.bench_function("count lines (wc -l baseline)", |b| {
        b.iter(|| black_box(lines.bytes().filter(|&b| b == b'\n').count()))
    });
    group.bench_function("count lines with memchr", |b| {
        b.iter(|| black_box(memchr::memchr_iter(b'\n', lines.as_bytes()).count()))
    });
    for jobs in [1, 2] {
        let pool = batch::thread_pool(Some(jobs)).unwrap();
        group.bench_function(format!("clean, {jobs} thread(s)"), |b| {
            b.iter(|| {
                jsonl::clean_jsonl(
                    lines.as_bytes(),
                    std::io::sink(),
                    "-",
                    &cleaner,
                    &JsonlOptions::default(),
                    &pool,
                    &NoProgress,
                )
                .unwrap()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
