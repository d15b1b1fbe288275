//! The views and the inputs that used to be quadratic (#11): `--diff` of a
//! large text with changes on every few lines, against cleaning the same
//! text; and a page of deeply nested elements, against a flat page of the
//! same size. Each pair is measured in one run, so the ratio holds on a
//! noisy machine.
//!
//! `cargo bench --bench views`; `RINSE_VIEWS_MB=30` for the 30 MB case of
//! the issue (default 4 MB, so that a full `cargo bench` stays short).

#![allow(missing_docs)] // `criterion_group!` generates an undocumented `pub fn`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rinse::{Cleaner, Intake, IntakeOptions};

/// Text of about `mb` megabytes in which every third line has trailing
/// spaces and every seventh an entity, so that cleaning edits lines all
/// through it.
fn damaged_text(mb: usize) -> String {
    let mut text = String::with_capacity(mb << 20);
    let mut i = 0usize;
    while text.len() < mb << 20 {
        text.push_str(&format!(
            "Paragraph {i} of the report says the council met on day {} to discuss item {}.",
            i % 31,
            i * 7
        ));
        if i % 3 == 0 {
            text.push_str("   ");
        }
        if i % 7 == 0 {
            text.push_str(" Fish &amp; chips.");
        }
        text.push('\n');
        i += 1;
    }
    text
}

/// `depth` nested `div`s around a paragraph, and a flat page of the same
/// size.
fn nested_and_flat(depth: usize) -> (String, String) {
    let para = "<p>The council met on Tuesday to discuss the budget for the coming year.</p>";
    let nested = format!(
        "<html><body>{}{para}{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let flat = format!(
        "<html><body>{}{para}</body></html>",
        "<div></div>".repeat(depth)
    );
    (nested, flat)
}

fn diff(c: &mut Criterion) {
    let mb = std::env::var("RINSE_VIEWS_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4);
    let text = damaged_text(mb);
    let cleaner = Cleaner::new();
    let cleaned = cleaner.clean(&text);
    let mut group = c.benchmark_group(format!("views/{mb}MB"));
    group
        .throughput(Throughput::Bytes(text.len() as u64))
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5));
    group.bench_function("clean", |b| {
        b.iter(|| black_box(cleaner.clean(black_box(&text))))
    });
    group.bench_function("diff", |b| {
        b.iter(|| {
            black_box(rinse::report::unified_diff_of_edits(
                black_box(&text),
                &cleaned.edits,
                &cleaned.text,
                "a",
                "b",
                false,
            ))
        })
    });
    group.finish();
}

fn nesting(c: &mut Criterion) {
    let depth = 100_000;
    let (nested, flat) = nested_and_flat(depth);
    let mut group = c.benchmark_group(format!("views/html-{depth}-divs"));
    group
        .throughput(Throughput::Bytes(nested.len() as u64))
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5));
    let options = IntakeOptions::default();
    group.bench_function("flat", |b| {
        b.iter(|| {
            black_box(
                Intake::read(black_box(flat.as_bytes()), &options)
                    .unwrap()
                    .text()
                    .len(),
            )
        })
    });
    group.bench_function("nested", |b| {
        b.iter(|| {
            black_box(
                Intake::read(black_box(nested.as_bytes()), &options)
                    .unwrap()
                    .text()
                    .len(),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, diff, nesting);
criterion_main!(benches);
