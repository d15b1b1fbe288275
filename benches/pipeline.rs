//! Throughput of the whole pipeline (decode → segment → detect → apply) on
//! the bundled samples, against two baselines measured in the same run on
//! the same bytes: counting newlines with `memchr` (what `wc -l` does) and
//! a plain copy of the bytes (what `cat` does).
//!
//! Run with `cargo bench`; each group reports bytes per second for
//! `rinse`, `wc-l` and `copy`, so the ratio is read off one table.

#![allow(missing_docs)] // `criterion_group!` generates an undocumented `pub fn`.

use std::fs;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rinse::Cleaner;

/// Every sample file, by name, sorted.
fn samples() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut samples: Vec<(String, Vec<u8>)> = fs::read_dir(dir)
        .expect("samples/ exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.is_file()
                && matches!(
                    path.extension().and_then(|e| e.to_str()),
                    Some("txt" | "html")
                )
        })
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read(&path).unwrap())
        })
        .collect();
    samples.sort();
    samples
}

/// How many times the concatenated samples are repeated for the large
/// input (about 1 MB with the bundled samples).
const REPEAT: usize = 20;

fn pipeline(c: &mut Criterion) {
    let samples = samples();
    let mut inputs = samples.clone();
    let all: Vec<u8> = samples
        .iter()
        .flat_map(|(_, bytes)| bytes.iter().copied().chain(*b"\n"))
        .collect::<Vec<u8>>()
        .repeat(REPEAT);
    inputs.push((format!("all-samples-x{REPEAT}"), all));

    let cleaner = Cleaner::new();
    for (name, bytes) in &inputs {
        let mut group = c.benchmark_group(format!("pipeline/{name}"));
        group
            .throughput(Throughput::Bytes(bytes.len() as u64))
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(3))
            .sample_size(20);
        group.bench_function("rinse", |b| {
            b.iter(|| {
                let decoded = rinse::decode::decode(black_box(bytes));
                cleaner.clean(&decoded.text).text
            })
        });
        group.bench_function("wc-l", |b| {
            b.iter(|| memchr::memchr_iter(b'\n', black_box(bytes)).count())
        });
        group.bench_function("copy", |b| b.iter(|| black_box(bytes).to_vec()));
        group.finish();
    }
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
