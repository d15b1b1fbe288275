//! One answer whatever the mode (DESIGN.md, principle 8): a page gives
//! byte-identical text cleaned alone, from standard input, in a folder,
//! inside JSON Lines, and through the library's intake, with every
//! `--format` and `--title`.
//!
//! The pages are the bundled samples, a few awkward inputs made here, and,
//! when `../shared/bench` is present (it is not in a fresh clone), a
//! sample of the benchmark pages.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use rinse::extract::Format;
use rinse::{Cleaner, Intake, IntakeOptions};

fn rinse() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rinse"))
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Inputs that tripped the old per-mode intakes.
fn awkward_pages() -> Vec<(String, Vec<u8>)> {
    let article = "<p>The council met on Tuesday to discuss the budget for the coming year.</p>\
                   <p>Members argued about road repairs for two hours before they agreed.</p>";
    let style = format!(
        "<style>{}</style>\n<article><h1>Budget</h1>{article}</article>",
        ".a{color:red}".repeat(400)
    );
    let script = format!(
        "<html><head><script>{}</script></head><body><article>{article}</article></body></html>",
        "var x = 1;".repeat(400)
    );
    let utf16: Vec<u8> = "Plain text in UTF-16.\nA second line of it.\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    vec![
        ("style-first.html".into(), style.into_bytes()),
        ("script-first.html".into(), script.into_bytes()),
        (
            "header.html".into(),
            format!("<header><h3>Budget</h3></header>{article}").into_bytes(),
        ),
        (
            "span.html".into(),
            format!("<span>Budget</span>{article}").into_bytes(),
        ),
        (
            "zero-width.html".into(),
            format!("\u{200b}{article}").into_bytes(),
        ),
        (
            "latin1.txt".into(),
            b"Caf\xe9 cr\xe8me, \x93quoted\x94.\n".to_vec(),
        ),
        (
            "bom.txt".into(),
            b"\xEF\xBB\xBFA line after a BOM.\n".to_vec(),
        ),
        ("utf16.txt".into(), utf16),
    ]
}

/// The bundled samples, the awkward inputs, and every `step`-th page of
/// the benchmark sets when present.
fn pages() -> Vec<(String, Vec<u8>)> {
    let mut pages = Vec::new();
    let mut samples: Vec<PathBuf> = fs::read_dir(root().join("samples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    samples.sort();
    for path in samples {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        pages.push((name, fs::read(&path).unwrap()));
    }
    pages.extend(awkward_pages());
    let bench = root().join("../shared/bench");
    for (set, step) in [("aeb-dev/html", 7), ("wcxb-dev/html", 150)] {
        let Ok(entries) = fs::read_dir(bench.join(set)) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        for path in paths.iter().step_by(step) {
            let mut bytes = fs::read(path).unwrap();
            if path.extension().is_some_and(|e| e == "gz") {
                let mut plain = Vec::new();
                flate2::read::MultiGzDecoder::new(&bytes[..])
                    .read_to_end(&mut plain)
                    .unwrap();
                bytes = plain;
            }
            let name = path
                .file_name()
                .unwrap()
                .to_string_lossy()
                .replace(".gz", "");
            pages.push((format!("bench-{name}"), bytes));
        }
    }
    pages
}

/// Runs every mode over `pages` with `flags` and checks they agree with
/// the library.
fn every_mode_agrees(pages: &[(String, Vec<u8>)], flags: &[&str], options: &IntakeOptions) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    let mut jsonl = String::new();
    let mut expected = Vec::new();
    for (name, bytes) in pages {
        fs::write(input.join(name), bytes).unwrap();
        let taken = Intake::read(bytes, options).unwrap_or_else(|e| panic!("{name}: {e}"));
        expected.push(taken.clean(&Cleaner::new()).text);
        let text = rinse::decode::decode_with(bytes, options.encoding).text;
        jsonl.push_str(&serde_json::json!({ "id": name, "text": text }).to_string());
        jsonl.push('\n');
    }

    // A folder.
    let out = dir.path().join("out");
    rinse()
        .arg(&input)
        .arg("--out-dir")
        .arg(&out)
        .arg("--no-learn")
        .args(flags)
        .assert()
        .success();
    // JSON Lines.
    let lines = rinse()
        .arg("--jsonl")
        .args(flags)
        .write_stdin(jsonl)
        .output()
        .unwrap();
    assert!(
        lines.status.success(),
        "{}",
        String::from_utf8_lossy(&lines.stderr)
    );
    let records: Vec<serde_json::Value> = String::from_utf8(lines.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();

    for (i, (name, bytes)) in pages.iter().enumerate() {
        let want = &expected[i];
        let file = input.join(name);
        let alone = rinse().arg(&file).args(flags).output().unwrap();
        assert!(alone.status.success(), "{name}");
        assert_eq!(
            &String::from_utf8(alone.stdout).unwrap(),
            want,
            "{name}: one file"
        );
        let stdin = rinse()
            .args(flags)
            .write_stdin(bytes.clone())
            .output()
            .unwrap();
        assert_eq!(
            &String::from_utf8(stdin.stdout).unwrap(),
            want,
            "{name}: stdin"
        );
        let batch = fs::read_to_string(out.join(name)).unwrap();
        assert_eq!(&batch, want, "{name}: batch");
        let record = records[i]["text"].as_str().unwrap();
        assert_eq!(record, want.as_str(), "{name}: JSON Lines");
    }
}

#[test]
fn every_mode_gives_the_same_text() {
    let pages = pages();
    every_mode_agrees(&pages, &[], &IntakeOptions::default());
}

#[test]
fn every_mode_honours_format_and_title() {
    // --encoding is for bytes: JSON Lines hold text, so it is left out
    // here (and refused with --jsonl, see tests/cli.rs).
    let pages: Vec<_> = pages()
        .into_iter()
        .filter(|(name, _)| !name.starts_with("utf16") && !name.starts_with("latin1"))
        .take(16)
        .collect();
    every_mode_agrees(
        &pages,
        &["--format", "html", "--title"],
        &IntakeOptions {
            format: Format::Html,
            title: true,
            encoding: None,
        },
    );
    every_mode_agrees(
        &pages,
        &["--format", "text"],
        &IntakeOptions {
            format: Format::Text,
            ..IntakeOptions::default()
        },
    );
}

#[test]
fn pages_opening_with_long_styles_or_fragments_are_html() {
    for (name, bytes) in awkward_pages()
        .into_iter()
        .filter(|(n, _)| n.ends_with(".html"))
    {
        let taken = Intake::read(&bytes, &IntakeOptions::default()).unwrap();
        assert_eq!(taken.format(), Format::Html, "{name}");
        assert!(!taken.text().contains('<'), "{name}: {}", taken.text());
    }
    let apnews = fs::read(root().join("samples/page-apnews.html")).unwrap();
    let taken = Intake::read(&apnews, &IntakeOptions::default()).unwrap();
    assert_eq!(taken.format(), Format::Html);
}
