//! The command line's contract: exit code, standard output and standard
//! error of each mode, pinned.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::{contains, is_empty};

mod common;
use common::{PROMO, PROMO_CLEANED};

const PROMO_LINE: &str = "Subscribe to our newsletter for daily updates";

/// A headline printed twice at the top: `duplicate-headline` removes the
/// second one.
const HEADLINE: &str = "\
Council Approves New Budget

Council Approves New Budget

The council met on Tuesday to discuss the budget.

Members argued about road repairs for two hours.
";

const HEADLINE_CLEANED: &str = "\
Council Approves New Budget

The council met on Tuesday to discuss the budget.

Members argued about road repairs for two hours.
";

/// Prose with nothing to remove.
const CLEAN: &str = "\
The council met on Tuesday to discuss the budget.
Members argued about road repairs for two hours.
The mayor promised a decision by the end of the month.
";

fn rinse() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rinse"));
    cmd.env_remove("NO_COLOR");
    cmd
}

/// A temporary directory holding `name` with `contents`.
fn file_with(name: &str, contents: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    fs::write(&path, contents).unwrap();
    (dir, path)
}

fn stdout_of(cmd: &mut Command) -> String {
    let output = cmd.output().unwrap();
    String::from_utf8(output.stdout).unwrap()
}

// ---------------------------------------------------------------------------
// Input and output

#[test]
fn standard_input_to_standard_output() {
    rinse()
        .write_stdin(PROMO)
        .assert()
        .success()
        .stdout(PROMO_CLEANED)
        .stderr(is_empty());
}

#[test]
fn dash_reads_standard_input() {
    rinse()
        .arg("-")
        .write_stdin(HEADLINE)
        .assert()
        .success()
        .stdout(HEADLINE_CLEANED)
        .stderr(is_empty());
}

#[test]
fn a_file_path_to_standard_output() {
    let (_dir, path) = file_with("article.txt", PROMO.as_bytes());
    rinse()
        .arg(&path)
        .assert()
        .success()
        .stdout(PROMO_CLEANED)
        .stderr(is_empty());
    assert_eq!(fs::read_to_string(&path).unwrap(), PROMO);
}

/// Plain text the command line cleans in its input's own buffer (a file,
/// standard input, with or without a byte order mark) comes out as the
/// library cleans it.
#[test]
fn text_cleaned_in_the_input_buffer_matches_the_library() {
    let text = format!(
        "{HEADLINE}\nThe caf\u{c3}\u{a9} &amp; the bakery open at nine.\n\n\n\n{PROMO_LINE}\n\n\
         Prices rose \u{e2}\u{80}\u{94} again \u{2014} in March.\n"
    );
    let expected = rinse::Cleaner::new().clean(&text).text;
    assert_ne!(expected, text);
    for bom in [&b""[..], b"\xEF\xBB\xBF"] {
        let bytes = [bom, text.as_bytes()].concat();
        let (dir, path) = file_with("article.txt", &bytes);
        assert_eq!(stdout_of(rinse().arg(&path)), expected);
        assert_eq!(stdout_of(rinse().write_stdin(bytes.clone())), expected);
        let out = dir.path().join("clean.txt");
        rinse().arg(&path).arg("-o").arg(&out).assert().success();
        assert_eq!(fs::read_to_string(&out).unwrap(), expected);
        assert_eq!(fs::read(&path).unwrap(), bytes);
    }
}

#[test]
fn clean_text_passes_through_unchanged() {
    rinse()
        .write_stdin(CLEAN)
        .assert()
        .success()
        .stdout(CLEAN)
        .stderr(is_empty());
}

#[test]
fn output_writes_the_file_and_leaves_the_input_untouched() {
    let (dir, path) = file_with("article.txt", PROMO.as_bytes());
    let out = dir.path().join("clean.txt");
    rinse()
        .arg(&path)
        .arg("--output")
        .arg(&out)
        .assert()
        .success()
        .stdout(is_empty())
        .stderr(is_empty());
    assert_eq!(fs::read_to_string(&out).unwrap(), PROMO_CLEANED);
    assert_eq!(fs::read_to_string(&path).unwrap(), PROMO);
    // No temporary file is left behind.
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn output_replaces_an_existing_file() {
    let (dir, path) = file_with("article.txt", HEADLINE.as_bytes());
    let out = dir.path().join("clean.txt");
    fs::write(
        &out,
        "old contents that are much longer than the new ones\n".repeat(50),
    )
    .unwrap();
    rinse().arg(&path).arg("-o").arg(&out).assert().success();
    assert_eq!(fs::read_to_string(&out).unwrap(), HEADLINE_CLEANED);
}

#[test]
fn output_dash_is_standard_output() {
    rinse()
        .args(["--output", "-"])
        .write_stdin(PROMO)
        .assert()
        .success()
        .stdout(PROMO_CLEANED)
        .stderr(is_empty());
}

#[test]
fn output_onto_the_input_is_refused() {
    let (dir, path) = file_with("article.txt", PROMO.as_bytes());
    // The same file under another spelling is still the same file.
    let other_spelling = dir.path().join(".").join("article.txt");
    for target in [&path, &other_spelling] {
        rinse()
            .arg(&path)
            .arg("--output")
            .arg(target)
            .assert()
            .code(2)
            .stdout(is_empty())
            .stderr(contains("is the input file").and(contains("article.txt")));
        assert_eq!(fs::read_to_string(&path).unwrap(), PROMO);
    }
}

#[test]
fn report_onto_the_input_is_refused() {
    let (_dir, path) = file_with("article.txt", PROMO.as_bytes());
    rinse()
        .arg(&path)
        .arg("--report")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(contains("is the input file"));
    assert_eq!(fs::read_to_string(&path).unwrap(), PROMO);
}

#[test]
fn output_into_a_missing_directory_is_an_error() {
    let (dir, path) = file_with("article.txt", PROMO.as_bytes());
    let out = dir.path().join("no-such-dir").join("clean.txt");
    rinse()
        .arg(&path)
        .arg("--output")
        .arg(&out)
        .assert()
        .code(2)
        .stdout(is_empty())
        .stderr(contains("clean.txt"));
    assert!(!out.exists());
}

// ---------------------------------------------------------------------------
// Views of the edit list

#[test]
fn diff_shows_the_removed_lines_without_colour_off_a_terminal() {
    let (_dir, path) = file_with("article.txt", PROMO.as_bytes());
    let name = path.display().to_string();
    let out = stdout_of(rinse().arg(&path).arg("--diff"));
    assert!(
        out.starts_with(&format!("--- {name}\n+++ {name}\n@@ ")),
        "{out}"
    );
    assert_eq!(
        out.matches(&format!("\n-{PROMO_LINE}\n")).count(),
        3,
        "{out}"
    );
    assert!(
        out.lines().skip(2).all(|line| !line.starts_with('+')),
        "nothing is added: {out}"
    );
    assert!(!out.contains('\x1b'), "no colour when piped: {out}");
}

#[test]
fn diff_of_clean_text_is_empty() {
    rinse()
        .arg("--diff")
        .write_stdin(CLEAN)
        .assert()
        .success()
        .stdout(is_empty())
        .stderr(is_empty());
}

#[test]
fn diff_colour_is_forced_by_always_and_off_by_never() {
    rinse()
        .args(["--diff", "--color", "always"])
        .write_stdin(PROMO)
        .assert()
        .success()
        .stdout(contains(format!("\x1b[31m-{PROMO_LINE}")));
    rinse()
        .args(["--diff", "--color", "never"])
        .write_stdin(PROMO)
        .assert()
        .success()
        .stdout(contains(format!("\n-{PROMO_LINE}\n")).and(contains("\x1b").not()));
}

#[test]
fn diff_with_output_writes_both() {
    let (dir, path) = file_with("article.txt", PROMO.as_bytes());
    let out = dir.path().join("clean.txt");
    rinse()
        .arg(&path)
        .args(["--diff", "--output"])
        .arg(&out)
        .assert()
        .success()
        .stdout(contains(format!("-{PROMO_LINE}")));
    assert_eq!(fs::read_to_string(&out).unwrap(), PROMO_CLEANED);
}

#[test]
fn report_to_standard_output_is_one_json_edit_per_line() {
    let out = stdout_of(rinse().args(["--report", "-"]).write_stdin(PROMO));
    let records: Vec<serde_json::Value> = out
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(records.len(), 3, "{out}");
    for record in &records {
        let fields: Vec<&str> = record
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            fields,
            [
                "rule",
                "start",
                "end",
                "action",
                "text",
                "replacement",
                "reason"
            ]
        );
        assert_eq!(record["rule"], "repeated-block");
        assert_eq!(record["action"], "remove");
        assert_eq!(record["replacement"], "");
        let start = record["start"].as_u64().unwrap() as usize;
        let end = record["end"].as_u64().unwrap() as usize;
        assert_eq!(record["text"], PROMO[start..end]);
        assert!(record["text"].as_str().unwrap().contains(PROMO_LINE));
        assert!(!record["reason"].as_str().unwrap().is_empty());
    }
    // The spans are in order and removing them gives the cleaned text.
    let mut rebuilt = String::new();
    let mut cursor = 0;
    for record in &records {
        let start = record["start"].as_u64().unwrap() as usize;
        assert!(start >= cursor);
        rebuilt.push_str(&PROMO[cursor..start]);
        cursor = record["end"].as_u64().unwrap() as usize;
    }
    rebuilt.push_str(&PROMO[cursor..]);
    assert_eq!(rebuilt, PROMO_CLEANED);
}

#[test]
fn report_to_a_file_keeps_the_text_on_standard_output() {
    let (dir, path) = file_with("article.txt", HEADLINE.as_bytes());
    let report = dir.path().join("edits.jsonl");
    rinse()
        .arg(&path)
        .arg("--report")
        .arg(&report)
        .assert()
        .success()
        .stdout(HEADLINE_CLEANED);
    let report = fs::read_to_string(&report).unwrap();
    assert_eq!(report.lines().count(), 1, "{report}");
    let record: serde_json::Value = serde_json::from_str(report.trim_end()).unwrap();
    assert_eq!(record["rule"], "duplicate-headline");
}

#[test]
fn report_of_clean_text_is_empty() {
    rinse()
        .args(["--report", "-"])
        .write_stdin(CLEAN)
        .assert()
        .success()
        .stdout(is_empty());
}

#[test]
fn diff_and_report_cannot_share_standard_output() {
    rinse()
        .args(["--diff", "--report", "-"])
        .write_stdin(PROMO)
        .assert()
        .code(2)
        .stdout(is_empty())
        .stderr(contains("--report"));
}

#[test]
fn check_on_clean_text_exits_0() {
    rinse()
        .arg("--check")
        .write_stdin(CLEAN)
        .assert()
        .code(0)
        .stdout(is_empty())
        .stderr("rinse: <stdin>: clean\n");
}

#[test]
fn check_on_noisy_text_exits_1_and_names_the_rules() {
    let (_dir, path) = file_with("article.txt", PROMO.as_bytes());
    rinse()
        .arg("--check")
        .arg(&path)
        .assert()
        .code(1)
        .stdout(is_empty())
        .stderr(
            contains("article.txt")
                .and(contains("3 edits"))
                .and(contains("repeated-block")),
        );
    assert_eq!(fs::read_to_string(&path).unwrap(), PROMO);
}

#[test]
fn check_quiet_says_nothing() {
    rinse()
        .args(["--check", "--quiet"])
        .write_stdin(PROMO)
        .assert()
        .code(1)
        .stdout(is_empty())
        .stderr(is_empty());
}

#[test]
fn check_with_diff_prints_the_diff() {
    rinse()
        .args(["--check", "--diff", "-q"])
        .write_stdin(PROMO)
        .assert()
        .code(1)
        .stdout(contains(format!("-{PROMO_LINE}")))
        .stderr(is_empty());
}

#[test]
fn check_with_a_report_file_writes_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("edits.jsonl");
    rinse()
        .args(["--check", "-q", "--report"])
        .arg(&report)
        .write_stdin(PROMO)
        .assert()
        .code(1)
        .stdout(is_empty());
    let report = fs::read_to_string(&report).unwrap();
    assert_eq!(report.lines().count(), 3, "{report}");
}

#[test]
fn check_with_output_is_a_usage_error() {
    rinse()
        .args(["--check", "--output", "x.txt"])
        .write_stdin(PROMO)
        .assert()
        .code(2)
        .stdout(is_empty())
        .stderr(contains("--output"));
    assert!(!Path::new("x.txt").exists());
}

// ---------------------------------------------------------------------------
// Rules

#[test]
fn select_runs_only_the_named_rules() {
    rinse()
        .args(["--select", "duplicate-headline"])
        .write_stdin(PROMO)
        .assert()
        .success()
        .stdout(PROMO);
    rinse()
        .args(["--select", "duplicate-headline,repeated-block"])
        .write_stdin(PROMO)
        .assert()
        .success()
        .stdout(PROMO_CLEANED);
}

#[test]
fn ignore_turns_rules_off() {
    rinse()
        .args(["--ignore", "repeated-block"])
        .write_stdin(PROMO)
        .assert()
        .success()
        .stdout(PROMO);
    rinse()
        .args(["--ignore", "repeated-block", "--check"])
        .write_stdin(PROMO)
        .assert()
        .code(0);
    rinse()
        .args(["--ignore", "caption,byline"])
        .write_stdin(HEADLINE)
        .assert()
        .success()
        .stdout(HEADLINE_CLEANED);
}

#[test]
fn unknown_rule_ids_are_an_error() {
    for flag in ["--select", "--ignore"] {
        rinse()
            .args([flag, "repeated-block,no-such-rule"])
            .write_stdin(PROMO)
            .assert()
            .code(2)
            .stdout(is_empty())
            .stderr("rinse: unknown rule `no-such-rule` (see --list-rules)\n");
    }
}

#[test]
fn list_rules_names_every_rule_with_its_summary() {
    let out = stdout_of(rinse().arg("--list-rules"));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), rinse::rules::RULES.len(), "{out}");
    for (rule, line) in rinse::rules::RULES.iter().zip(&lines) {
        let id = line.split_whitespace().next().unwrap();
        assert_eq!(id, rule.id());
        assert!(line.ends_with(rule.summary()), "{line}");
    }
    for id in [
        "whitespace",
        "duplicate-headline",
        "repeated-block",
        "byline",
        "caption",
        "link-artifact",
        "broken-paragraph",
    ] {
        assert!(
            lines.iter().any(|l| l.starts_with(&format!("{id} "))),
            "{id} missing"
        );
    }
    rinse()
        .arg("--list-rules")
        .assert()
        .success()
        .stderr(is_empty());
}

#[test]
fn explain_prints_the_rules_explanation() {
    let rule = rinse::rules::find("repeated-block").unwrap();
    rinse()
        .args(["--explain", "repeated-block"])
        .assert()
        .success()
        .stdout(
            predicate::str::starts_with("repeated-block (block rule): ")
                .and(contains(rule.summary()))
                .and(contains(rule.explain().trim_end())),
        )
        .stderr(is_empty());
}

#[test]
fn explain_of_an_unknown_rule_is_an_error() {
    rinse()
        .args(["--explain", "no-such-rule"])
        .assert()
        .code(2)
        .stdout(is_empty())
        .stderr("rinse: unknown rule `no-such-rule` (see --list-rules)\n");
}

// ---------------------------------------------------------------------------
// Errors and odd input

#[test]
fn a_missing_path_is_named_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.txt");
    rinse()
        .arg(&missing)
        .assert()
        .code(2)
        .stdout(is_empty())
        .stderr(format!(
            "rinse: {}: no such file or directory\n",
            missing.display()
        ));
}

#[test]
fn a_directory_without_batch_flags_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    rinse()
        .arg(dir.path())
        .assert()
        .code(2)
        .stdout(is_empty())
        .stderr(
            predicate::str::starts_with(format!("rinse: {}: is a directory", dir.path().display()))
                .and(predicate::str::ends_with("\n"))
                .and(predicate::function(|s: &str| s.lines().count() == 1)),
        );
}

#[test]
fn empty_input_gives_empty_output() {
    rinse()
        .write_stdin("")
        .assert()
        .success()
        .stdout(is_empty())
        .stderr(is_empty());
    let (_dir, path) = file_with("empty.txt", b"");
    rinse().arg(&path).assert().success().stdout(is_empty());
    rinse().arg("--check").arg(&path).assert().code(0);
}

#[test]
fn invalid_utf8_is_read_as_windows_1252() {
    let mut bytes = b"Caf\xe9 owners met on Tuesday.\n".to_vec();
    bytes.extend_from_slice(b"\xff\xfe stray bytes \x81\x8d\x90.\n");
    let output = rinse().write_stdin(bytes.clone()).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).expect("output is UTF-8");
    assert!(text.starts_with("Café owners met on Tuesday.\n"), "{text}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr.lines().count(),
        1,
        "one line of commentary: {stderr}"
    );
    assert!(stderr.contains("windows-1252"), "{stderr}");

    rinse()
        .arg("--quiet")
        .write_stdin(bytes)
        .assert()
        .success()
        .stderr(is_empty());
}

#[test]
fn binary_input_is_refused_with_a_clear_message() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    rinse()
        .write_stdin(bytes.clone())
        .assert()
        .code(2)
        .stdout(is_empty())
        .stderr(contains("rinse: <stdin>: binary input"));
    let (_dir, path) = file_with("photo.jpg.txt", &bytes);
    rinse()
        .args(["--report", "-", "-q"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(contains(path.display().to_string()).and(contains("binary input")));
}

#[test]
fn a_forced_encoding_is_used_and_an_unknown_one_refused() {
    // "привет" in windows-1251.
    let bytes = b"\xef\xf0\xe8\xe2\xe5\xf2, world.\n".to_vec();
    rinse()
        .args(["--encoding", "windows-1251", "-q"])
        .write_stdin(bytes.clone())
        .assert()
        .success()
        .stdout("привет, world.\n");
    rinse()
        .args(["--encoding", "no-such-thing"])
        .write_stdin(bytes)
        .assert()
        .code(2)
        .stderr(contains("unknown encoding `no-such-thing`"));
}

#[test]
fn a_closed_standard_output_exits_0_quietly() {
    let big = PROMO.repeat(20_000); // ~6 MB, far more than a pipe holds
    let (_dir, path) = file_with("big.txt", big.as_bytes());
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_rinse"))
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read a little, like `head -c`, then close the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn html_pages_are_reduced_to_their_article() {
    let page = "<!DOCTYPE html>\n<html><head><title>Storm Hits the Coast</title></head><body>\
        <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
        <article><h1>Storm Hits the Coast</h1>\
        <p>Heavy rain and strong winds battered the coast on Monday, cutting power to thousands of homes.</p>\
        <figure><img src=\"a.jpg\"><figcaption>Waves hit the harbour wall (Photo: Reuters)</figcaption></figure>\
        <p>Officials said repairs could take several days as crews worked through the night.</p>\
        </article><footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>\n";
    let body = "Heavy rain and strong winds battered the coast on Monday, cutting power to thousands of homes.\n\n\
        Officials said repairs could take several days as crews worked through the night.\n";
    let (_dir, path) = file_with("page.html", page.as_bytes());
    rinse().arg(&path).assert().success().stdout(body);
    rinse()
        .args(["--format", "html"])
        .write_stdin(page)
        .assert()
        .success()
        .stdout(body);
    rinse()
        .arg("--title")
        .arg(&path)
        .assert()
        .success()
        .stdout(format!("Storm Hits the Coast\n\n{body}"));
    rinse()
        .args(["--report", "-"])
        .arg(&path)
        .assert()
        .success()
        .stdout(contains("\"rule\":\"caption\""));
    // Read as text, the page is left as it is.
    rinse()
        .args(["--format", "text"])
        .arg(&path)
        .assert()
        .success()
        .stdout(page);
}

// ---------------------------------------------------------------------------
// Help and version

#[test]
fn help_has_examples_and_exit_codes() {
    rinse().arg("--help").assert().success().stdout(
        contains("Usage: rinse [OPTIONS] [PATH]")
            .and(contains("EXAMPLES:"))
            .and(contains("--list-rules"))
            .and(contains("EXIT STATUS:")),
    );
}

#[test]
fn version_names_the_crate_version() {
    rinse()
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("rinse {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn a_bad_flag_is_a_usage_error() {
    rinse()
        .arg("--no-such-flag")
        .write_stdin(PROMO)
        .assert()
        .code(2)
        .stdout(is_empty())
        .stderr(contains("--no-such-flag"));
    rinse()
        .args(["--format", "pdf"])
        .write_stdin(PROMO)
        .assert()
        .code(2);
}

/// What `rinse` with `args` (where `{out}` stands for a named pipe) writes
/// into that pipe, which must still be a pipe afterwards: output to a
/// device or a pipe is written into it, never replaced by a renamed file
/// (which once turned `/dev/null` into a regular file).
#[cfg(unix)]
fn written_into_a_pipe(args: &[&str]) -> Vec<u8> {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;

    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("out");
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .unwrap();
    assert!(made.success(), "mkfifo failed");
    let reader = {
        let pipe = pipe.clone();
        // Opening a pipe to read waits for a writer.
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            fs::File::open(pipe)
                .unwrap()
                .read_to_end(&mut bytes)
                .unwrap();
            bytes
        })
    };
    let pipe_arg = pipe.to_str().unwrap();
    let args: Vec<&str> = args
        .iter()
        .map(|a| if *a == "{out}" { pipe_arg } else { a })
        .collect();
    rinse()
        .args(&args)
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .success();
    // Checked before waiting for the reader: had the pipe been replaced,
    // nothing would ever write into it.
    assert!(fs::metadata(&pipe).unwrap().file_type().is_fifo());
    reader.join().unwrap()
}

#[cfg(unix)]
#[test]
fn output_into_a_device_or_pipe_is_written_into_it() {
    let (dir, input) = file_with("a.txt", PROMO.as_bytes());
    let input = input.to_str().unwrap();
    assert_eq!(
        written_into_a_pipe(&["--quiet", input, "--output", "{out}"]),
        PROMO_CLEANED.as_bytes()
    );
    let report = written_into_a_pipe(&["--quiet", input, "--report", "{out}"]);
    assert!(String::from_utf8(report)
        .unwrap()
        .contains("\"rule\":\"repeated-block\""));
    let jsonl = dir.path().join("a.jsonl");
    fs::write(
        &jsonl,
        format!("{{\"text\":{}}}\n", serde_json::to_string(PROMO).unwrap()),
    )
    .unwrap();
    let jsonl = jsonl.to_str().unwrap();
    let cleaned = written_into_a_pipe(&["--quiet", "--jsonl", jsonl, "--output", "{out}"]);
    assert_eq!(
        cleaned,
        format!(
            "{{\"text\":{}}}\n",
            serde_json::to_string(PROMO_CLEANED).unwrap()
        )
        .as_bytes()
    );
    let model = written_into_a_pipe(&["learn", "--quiet", input, "-o", "{out}"]);
    assert!(model.starts_with(b"RINSEMDL"));
}
