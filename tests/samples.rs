//! Every file in `samples/` through the whole pipeline.
//!
//! - Two insta snapshots per sample under the top-level `snapshots/`
//!   folder: the cleaned text (`cleaned@NAME.snap`) and the edit list
//!   (`edits@NAME.snap`). Adding a sample adds its snapshots; review them
//!   with `cargo insta review`.
//! - Invariants on every sample: cleaning is idempotent, edit spans lie on
//!   char boundaries, sorted and disjoint, and applying the edits gives the
//!   cleaned text.
//! - Exact expectations: where `tests/expected/NAME` exists, the cleaned
//!   `samples/NAME` must equal it byte for byte (the checks of the samples'
//!   `EXPECTED.md`).

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use rinse::extract::Format;
use rinse::{Action, Cleaned, Cleaner, Intake, IntakeOptions};

/// The sample files the harness covers: `samples/*.txt` and
/// `samples/*.html`, not recursive.
const SAMPLE_GLOB: &str = "*.{txt,html}";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every sample file, sorted by name.
fn samples() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = fs::read_dir(root().join("samples"))
        .expect("samples/ exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.is_file()
                && matches!(
                    path.extension().and_then(|e| e.to_str()),
                    Some("txt" | "html")
                )
        })
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no samples in samples/");
    paths
}

/// The decoded text of a sample.
fn read_sample(path: &Path) -> String {
    let bytes = fs::read(path).unwrap();
    rinse::decode::decode(&bytes).text.into_owned()
}

/// Cleans a sample's text the way every mode of the command line does,
/// through the one intake (the content decides the format; a sample named
/// `.html` must be sniffed as HTML, any other as text). Returns the text
/// the edits point into (the sample itself, or the article extracted from
/// an HTML sample) and the result.
fn clean_sample(path: &Path, text: &str) -> (String, Cleaned) {
    let taken = Intake::from_text(text, &IntakeOptions::default()).unwrap();
    let expected = if path.extension().is_some_and(|e| e == "html") {
        Format::Html
    } else {
        Format::Text
    };
    assert_eq!(
        taken.format(),
        expected,
        "{} sniffed wrongly",
        path.display()
    );
    (taken.text().to_owned(), taken.clean(&Cleaner::new()))
}

fn name_of(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// The edit list, one line per edit: rule, span, action, the text the span
/// held and (for a replacement) what replaces it.
fn edit_list(text: &str, cleaned: &Cleaned) -> String {
    let mut out = String::new();
    for edit in &cleaned.edits {
        let span = text
            .get(edit.span())
            .unwrap_or("<span off char boundaries>");
        let _ = write!(
            out,
            "{} {}..{} {} {:?}",
            edit.rule,
            edit.start,
            edit.end,
            match edit.action() {
                Action::Remove => "remove",
                Action::Replace => "replace",
            },
            span
        );
        if edit.action() == Action::Replace {
            let _ = write!(out, " -> {:?}", edit.replacement);
        }
        out.push('\n');
    }
    if out.is_empty() {
        out.push_str("(no edits)\n");
    }
    out
}

#[test]
fn snapshots_of_every_sample() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        insta::glob!("../samples", SAMPLE_GLOB, |path| {
            let (text, cleaned) = clean_sample(path, &read_sample(path));
            insta::assert_snapshot!("cleaned", cleaned.text);
            insta::assert_snapshot!("edits", edit_list(&text, &cleaned));
        });
    });
}

/// Every broken invariant of cleaning `text`, as sentences.
fn invariant_failures(path: &Path, text: &str) -> Vec<String> {
    let (text, cleaned) = clean_sample(path, text);
    let text = text.as_str();
    let mut failures = edit_list_failures(text, &cleaned);
    // The output is plain text whatever the input was.
    let again = Cleaner::new().clean(&cleaned.text);
    if again.text != cleaned.text {
        failures.push(format!(
            "not idempotent: a second pass still makes {} edit(s):\n{}",
            again.edits.len(),
            edit_list(&cleaned.text, &again)
        ));
    }
    failures
}

/// Whether the edits of `cleaned` are well-formed for `text`: on char
/// boundaries, sorted, disjoint, and applying them gives the cleaned text.
fn edit_list_failures(text: &str, cleaned: &Cleaned) -> Vec<String> {
    let mut failures = Vec::new();
    for (i, edit) in cleaned.edits.iter().enumerate() {
        if edit.start > edit.end || edit.end > text.len() {
            failures.push(format!(
                "edit {i} has span {:?} outside the text",
                edit.span()
            ));
        } else if !text.is_char_boundary(edit.start) || !text.is_char_boundary(edit.end) {
            failures.push(format!(
                "edit {i} span {:?} is off char boundaries",
                edit.span()
            ));
        }
    }
    for (i, pair) in cleaned.edits.windows(2).enumerate() {
        if pair[0].end > pair[1].start || pair[0].start > pair[1].start {
            failures.push(format!(
                "edits {i} {:?} and {} {:?} are unsorted or overlap",
                pair[0].span(),
                i + 1,
                pair[1].span()
            ));
        }
    }
    if failures.is_empty() {
        match rinse::edit::apply(text, &cleaned.edits) {
            Ok(applied) if applied == cleaned.text => {}
            Ok(_) => failures.push("applying the edits does not give the cleaned text".into()),
            Err(err) => failures.push(format!("the edits do not apply: {err}")),
        }
    }
    failures
}

#[test]
fn invariants_hold_on_every_sample() {
    let mut report = String::new();
    for path in samples() {
        let failures = invariant_failures(&path, &read_sample(&path));
        for failure in failures {
            let _ = writeln!(report, "{}: {failure}", name_of(&path));
        }
    }
    assert!(report.is_empty(), "{report}");
}

/// Where `actual` first differs from `expected`, for a readable failure.
fn first_difference(expected: &str, actual: &str) -> String {
    let mut expected_lines = expected.split_inclusive('\n');
    let mut actual_lines = actual.split_inclusive('\n');
    for line in 1.. {
        match (expected_lines.next(), actual_lines.next()) {
            (Some(e), Some(a)) if e == a => continue,
            (None, None) => break,
            (e, a) => {
                return format!(
                    "first difference at line {line}:\n  expected {e:?}\n  actual   {a:?}"
                )
            }
        }
    }
    "texts are equal".into()
}

#[test]
fn cleaned_samples_match_their_expected_output() {
    let expected_dir = root().join("tests").join("expected");
    let mut checked = 0;
    let mut report = String::new();
    let mut entries: Vec<PathBuf> = fs::read_dir(&expected_dir)
        .expect("tests/expected/ exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .collect();
    entries.sort();
    for expected_path in entries {
        let name = name_of(&expected_path);
        let sample = root().join("samples").join(&name);
        assert!(
            sample.is_file(),
            "tests/expected/{name} has no samples/{name} to check"
        );
        let expected = fs::read(&expected_path).unwrap();
        let (_, cleaned) = clean_sample(&sample, &read_sample(&sample));
        checked += 1;
        if cleaned.text.as_bytes() != expected {
            let expected = String::from_utf8_lossy(&expected);
            let _ = writeln!(
                report,
                "samples/{name} cleaned differs from tests/expected/{name}; {}",
                first_difference(&expected, &cleaned.text)
            );
        }
    }
    assert!(checked > 0, "tests/expected/ is empty");
    assert!(report.is_empty(), "{report}");
}

#[test]
fn the_harness_reports_differences_precisely() {
    assert_eq!(first_difference("a\nb\n", "a\nb\n"), "texts are equal");
    assert_eq!(
        first_difference("a\nb\nc\n", "a\nB\nc\n"),
        "first difference at line 2:\n  expected Some(\"b\\n\")\n  actual   Some(\"B\\n\")"
    );
    assert!(first_difference("a\n", "a").contains("line 1"));
    assert!(first_difference("a\n", "a\nb\n").contains("expected None"));
}

#[test]
fn the_edit_list_shows_rule_span_action_and_text() {
    let text = "Keep this.\nAd line\nKeep that.\n";
    let cleaned = Cleaned {
        text: "Keep this.\nKeep that.\n".into(),
        edits: vec![
            rinse::Edit::remove("repeated-block", 11..19, "r"),
            rinse::Edit::replace("mojibake", 0..4, "KEEP", "r"),
        ],
    };
    assert_eq!(
        edit_list(text, &cleaned),
        "repeated-block 11..19 remove \"Ad line\\n\"\nmojibake 0..4 replace \"Keep\" -> \"KEEP\"\n"
    );
    let none = Cleaned {
        text: text.into(),
        edits: vec![],
    };
    assert_eq!(edit_list(text, &none), "(no edits)\n");
}

#[test]
fn invariant_checks_catch_broken_edit_lists() {
    use rinse::Edit;
    let text = "café au lait\nAd\nEnd.\n";
    let cleaned = |edits: Vec<Edit>| {
        let text = rinse::edit::apply(text, &edits).unwrap_or_default();
        Cleaned { text, edits }
    };
    let good = cleaned(vec![Edit::remove("r", 13..16, "r")]);
    assert_eq!(edit_list_failures(text, &good), Vec::<String>::new());

    let off_boundary = Cleaned {
        text: String::new(),
        edits: vec![Edit::remove("r", 4..5, "r")],
    };
    assert!(edit_list_failures(text, &off_boundary)[0].contains("char boundaries"));
    let overlapping = Cleaned {
        text: String::new(),
        edits: vec![Edit::remove("r", 0..6, "r"), Edit::remove("r", 3..8, "r")],
    };
    assert!(edit_list_failures(text, &overlapping)[0].contains("overlap"));
    let unsorted = Cleaned {
        text: String::new(),
        edits: vec![Edit::remove("r", 13..16, "r"), Edit::remove("r", 0..1, "r")],
    };
    assert!(edit_list_failures(text, &unsorted)[0].contains("unsorted"));
    let wrong_text = Cleaned {
        text: "something else".into(),
        edits: good.edits.clone(),
    };
    assert!(edit_list_failures(text, &wrong_text)[0].contains("does not give"));
    let outside = Cleaned {
        text: String::new(),
        edits: vec![Edit::remove("r", 10..99, "r")],
    };
    assert!(edit_list_failures(text, &outside)[0].contains("outside"));

    // A text the pipeline leaves alone passes as a whole.
    let path = Path::new("x.txt");
    assert!(invariant_failures(path, "Plain prose.\nMore prose.\n").is_empty());
}
