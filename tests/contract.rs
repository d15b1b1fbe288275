//! The command line keeps its contract in every mode (issue #11): no data
//! lost, no hang, one error format, no flag silently ignored. Each test
//! names the bug of the issue it pins.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::{contains, is_empty};

mod common;
use common::{PROMO, PROMO_CLEANED};

fn rinse() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rinse"));
    cmd.env_remove("NO_COLOR").timeout(Duration::from_secs(60));
    cmd
}

fn tree(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, bytes) in files {
        let path = dir.path().join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
    dir
}

fn gz(text: &str) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(text.as_bytes()).unwrap();
    enc.finish().unwrap()
}

fn record(text: &str) -> String {
    format!("{}\n", serde_json::json!({ "text": text }))
}

fn temporaries(dir: &Path) -> Vec<PathBuf> {
    walk(dir)
        .into_iter()
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(".rinse-")
        })
        .collect()
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

// Bug 1: batch and --jsonl honour --format, --encoding and --title.

#[test]
fn batch_honours_encoding_format_and_title() {
    // Detection reads these bytes as windows-1252 (crème); forced, they
    // are windows-1250 (crčme).
    let bytes = b"Cr\xe8me br\xfbl\xe9e is a dessert.\n";
    let page = "<html><head><title>Rain at last</title></head><body><article>\
                <p>It rained on Monday, the first time in months, and farmers cheered.</p>\
                </article></body></html>";
    let dir = tree(&[("in/a.txt", bytes), ("in/p.html", page.as_bytes())]);
    let out = dir.path().join("out");
    for flags in [
        &["--encoding", "windows-1250"][..],
        &["--title"][..],
        &["--format", "text"][..],
    ] {
        rinse()
            .arg(dir.path().join("in"))
            .arg("--out-dir")
            .arg(&out)
            .arg("-q")
            .args(flags)
            .assert()
            .success();
        for name in ["a.txt", "p.html"] {
            let alone = rinse()
                .arg(dir.path().join("in").join(name))
                .args(flags)
                .output()
                .unwrap();
            assert_eq!(
                fs::read(out.join(name)).unwrap(),
                alone.stdout,
                "{name} {flags:?}"
            );
        }
    }
    assert!(fs::read_to_string(out.join("p.html"))
        .unwrap()
        .contains("<article>"));
    rinse()
        .arg(dir.path().join("in/a.txt"))
        .args(["--encoding", "windows-1250"])
        .assert()
        .stdout(contains("Crčme"));

    // JSON Lines: --title and --format as for a file.
    let titled = rinse()
        .args(["--title"])
        .write_stdin(page)
        .output()
        .unwrap();
    let titled = String::from_utf8(titled.stdout).unwrap();
    assert!(titled.starts_with("Rain at last"));
    let line = rinse()
        .args(["--jsonl", "--title"])
        .write_stdin(record(page))
        .output()
        .unwrap();
    let value: serde_json::Value = serde_json::from_slice(&line.stdout).unwrap();
    assert_eq!(value["text"], titled.as_str());
    rinse()
        .args(["--jsonl", "--format", "text"])
        .write_stdin(record(page))
        .assert()
        .success()
        .stdout(record(page));
}

#[test]
fn jsonl_refuses_an_encoding_it_cannot_apply() {
    rinse()
        .args(["--jsonl", "--encoding", "latin1"])
        .write_stdin(record("x"))
        .assert()
        .code(2)
        .stderr(contains("--encoding").and(contains("JSON Lines")));
}

// Bug 3: one definition of binary.

#[test]
fn in_place_leaves_a_half_binary_file_alone_and_says_so() {
    let half: Vec<u8> = (0..4000u32)
        .map(|i| {
            if i % 3 == 0 {
                0x01
            } else {
                b'a' + (i % 26) as u8
            }
        })
        .collect();
    let dir = tree(&[("in/half.txt", &half), ("in/ok.txt", PROMO.as_bytes())]);
    rinse()
        .arg(dir.path().join("in"))
        .arg("--in-place")
        .assert()
        .code(2)
        .stderr(contains("half.txt: binary input"));
    assert_eq!(fs::read(dir.path().join("in/half.txt")).unwrap(), half);
    assert_eq!(
        fs::read_to_string(dir.path().join("in/ok.txt")).unwrap(),
        PROMO_CLEANED
    );
}

// Bug 4: --check, --diff and --in-place agree.

#[test]
fn check_diff_and_in_place_agree_on_an_html_page() {
    let page =
        fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/page-apnews.html")).unwrap();
    let dir = tree(&[("in/p.html", &page)]);
    let file = dir.path().join("in/p.html");
    rinse()
        .arg(&file)
        .arg("--check")
        .assert()
        .code(1)
        .stderr(contains("would change").and(contains("extracted from HTML")));
    let diff = rinse().arg(&file).arg("--diff").output().unwrap();
    assert!(!diff.stdout.is_empty());
    rinse()
        .arg(dir.path().join("in"))
        .arg("--check")
        .assert()
        .code(1)
        .stderr(contains("p.html: would change"));
    rinse()
        .arg(dir.path().join("in"))
        .arg("--in-place")
        .arg("--no-learn")
        .assert()
        .success();
    let written = fs::read_to_string(&file).unwrap();
    assert!(!written.contains("<html"));
    // Now clean: every view says so.
    rinse().arg(&file).arg("--check").assert().code(0);
    rinse()
        .arg(&file)
        .arg("--diff")
        .assert()
        .success()
        .stdout(is_empty());
}

#[test]
fn check_on_a_folder_names_the_files_that_would_change() {
    let dir = tree(&[
        ("in/dirty.txt", PROMO.as_bytes()),
        ("in/clean.txt", PROMO_CLEANED.as_bytes()),
    ]);
    rinse()
        .arg(dir.path().join("in"))
        .arg("--check")
        .arg("--no-learn")
        .assert()
        .code(1)
        .stderr(contains("dirty.txt: would change").and(contains("clean.txt: would").not()));
    rinse()
        .arg(dir.path().join("in/clean.txt"))
        .arg(dir.path().join("in/clean.txt"))
        .arg("--check")
        .assert()
        .code(0);
    assert_eq!(
        fs::read_to_string(dir.path().join("in/dirty.txt")).unwrap(),
        PROMO
    );
}

// Bug 5: learn never writes the model over an input.

#[test]
fn learn_refuses_to_write_the_model_over_an_input() {
    let dir = tree(&[("a.txt", PROMO.as_bytes())]);
    let a = dir.path().join("a.txt");
    rinse()
        .arg("learn")
        .arg(&a)
        .arg("-o")
        .arg(&a)
        .assert()
        .code(2)
        .stderr(contains("is an input"));
    rinse()
        .arg("learn")
        .arg(dir.path())
        .arg("-o")
        .arg(&a)
        .assert()
        .code(2);
    assert_eq!(fs::read_to_string(&a).unwrap(), PROMO);
}

// Bug 6: two JSON Lines inputs of one name.

#[test]
fn jsonl_inputs_of_one_name_are_refused_before_anything_is_written() {
    let dir = tree(&[
        ("d1/x.jsonl", record("one").as_bytes()),
        ("d2/x.jsonl", record("two").as_bytes()),
    ]);
    let out = dir.path().join("o");
    rinse()
        .arg("--jsonl")
        .arg(dir.path().join("d1/x.jsonl"))
        .arg(dir.path().join("d2/x.jsonl"))
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(contains("x.jsonl").and(contains("same file name")));
    assert!(!out.join("x.jsonl").exists());
}

// Bug 7: the report replays exactly.

#[test]
fn the_report_replays_to_the_output() {
    let input = "â€Â &amp;Â\u{ad}Â\u{ad}\nÃ©\n\nÂ Ã\n";
    let report = rinse()
        .args(["--report", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    let output = rinse().write_stdin(input).output().unwrap();
    let mut replayed = String::new();
    let mut cursor = 0;
    let mut spans = Vec::new();
    for line in String::from_utf8(report.stdout).unwrap().lines() {
        let edit: serde_json::Value = serde_json::from_str(line).unwrap();
        let (start, end) = (
            edit["start"].as_u64().unwrap() as usize,
            edit["end"].as_u64().unwrap() as usize,
        );
        assert!(start >= cursor, "overlapping or repeated edit: {line}");
        spans.push((start, end));
        replayed.push_str(&input[cursor..start]);
        replayed.push_str(edit["replacement"].as_str().unwrap());
        cursor = end;
    }
    replayed.push_str(&input[cursor..]);
    assert_eq!(replayed, String::from_utf8(output.stdout).unwrap());
}

// Bug 8: replacing a file keeps its links, or refuses.

#[cfg(unix)]
#[test]
fn in_place_keeps_symlinks_and_refuses_hard_links_and_read_only_files() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tree(&[
        ("real/a.txt", PROMO.as_bytes()),
        ("real/b.txt", PROMO.as_bytes()),
        ("real/c.txt", PROMO.as_bytes()),
    ]);
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    std::os::unix::fs::symlink(dir.path().join("real/a.txt"), input.join("a.txt")).unwrap();
    fs::hard_link(dir.path().join("real/b.txt"), input.join("b.txt")).unwrap();
    fs::copy(dir.path().join("real/c.txt"), input.join("c.txt")).unwrap();
    fs::set_permissions(input.join("c.txt"), fs::Permissions::from_mode(0o444)).unwrap();
    rinse()
        .arg(&input)
        .arg("--in-place")
        .arg("--no-learn")
        .assert()
        .code(2)
        .stderr(contains("b.txt: has 2 hard links").and(contains("c.txt: is read-only")));
    assert!(fs::symlink_metadata(input.join("a.txt"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(
        fs::read_to_string(dir.path().join("real/a.txt")).unwrap(),
        PROMO_CLEANED
    );
    assert_eq!(fs::read_to_string(input.join("b.txt")).unwrap(), PROMO);
    assert_eq!(fs::read_to_string(input.join("c.txt")).unwrap(), PROMO);
    assert!(temporaries(dir.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn output_through_a_symlink_keeps_it_and_a_read_only_output_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tree(&[("a.txt", PROMO.as_bytes()), ("real.txt", b"old\n")]);
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink(dir.path().join("real.txt"), &link).unwrap();
    rinse()
        .arg(dir.path().join("a.txt"))
        .arg("-o")
        .arg(&link)
        .assert()
        .success();
    assert!(fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(
        fs::read_to_string(dir.path().join("real.txt")).unwrap(),
        PROMO_CLEANED
    );
    let locked = dir.path().join("locked.txt");
    fs::write(&locked, "keep\n").unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o444)).unwrap();
    rinse()
        .arg(dir.path().join("a.txt"))
        .arg("-o")
        .arg(&locked)
        .assert()
        .code(2)
        .stderr(contains(format!(
            "rinse: {}: is read-only",
            locked.display()
        )));
    assert_eq!(fs::read_to_string(&locked).unwrap(), "keep\n");
}

// Bug 9: what was cleaned is written; one bad input does not stop a run.

#[test]
fn on_error_fail_keeps_the_lines_before_in_the_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.jsonl");
    let input = format!("{}not json\n{}", record("first"), record("third"));
    rinse()
        .args(["--jsonl", "--on-error", "fail", "-o"])
        .arg(&out)
        .write_stdin(input)
        .assert()
        .code(2)
        .stderr(contains(":2: invalid JSON"));
    assert_eq!(fs::read_to_string(&out).unwrap(), record("first"));
}

#[test]
fn a_truncated_gzip_keeps_what_it_held_and_trailing_bytes_are_ignored() {
    let body: String = (0..3000).map(|i| record(&format!("Line {i}."))).collect();
    let whole = gz(&body);
    let mut trailing = gz(&body);
    trailing.extend_from_slice(b"\0\0\0\0garbage");
    let dir = tree(&[
        ("in/cut.jsonl.gz", &whole[..whole.len() / 2]),
        ("in/tail.jsonl.gz", &trailing),
    ]);
    let out = dir.path().join("out");
    rinse()
        .arg("--jsonl")
        .arg(dir.path().join("in/missing.jsonl"))
        .arg(dir.path().join("in/cut.jsonl.gz"))
        .arg(dir.path().join("in/tail.jsonl.gz"))
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(
            contains("missing.jsonl: no such file or directory")
                .and(contains("cut.jsonl.gz: cannot read to the end")),
        );
    let mut text = String::new();
    use std::io::Read;
    flate2::read::MultiGzDecoder::new(&fs::read(out.join("tail.jsonl.gz")).unwrap()[..])
        .read_to_string(&mut text)
        .unwrap();
    assert_eq!(text, body);
    let cut = fs::read(out.join("cut.jsonl.gz")).unwrap();
    let mut partial = String::new();
    flate2::read::MultiGzDecoder::new(&cut[..])
        .read_to_string(&mut partial)
        .unwrap();
    assert!(!partial.is_empty() && body.starts_with(&partial));
}

// Bug 10: a named pipe in a folder is skipped, not waited on.

#[cfg(unix)]
#[test]
fn a_named_pipe_in_a_folder_is_skipped_and_reported() {
    let dir = tree(&[("in/a.txt", PROMO.as_bytes())]);
    let fifo = dir.path().join("in/pipe.txt");
    if !std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        return;
    }
    rinse()
        .arg(dir.path().join("in"))
        .arg("--out-dir")
        .arg(dir.path().join("out"))
        .timeout(Duration::from_secs(20))
        .assert()
        .code(2)
        .stderr(contains("pipe.txt: not a regular file"));
    assert_eq!(
        fs::read_to_string(dir.path().join("out/a.txt")).unwrap(),
        PROMO_CLEANED
    );
}

// Bug 11: --jobs is capped, and says so.

#[test]
fn absurd_jobs_are_capped_with_a_note() {
    let dir = tree(&[("in/a.txt", PROMO.as_bytes())]);
    rinse()
        .arg(dir.path().join("in"))
        .arg("--out-dir")
        .arg(dir.path().join("out"))
        .args(["--jobs", "100000"])
        .timeout(Duration::from_secs(20))
        .assert()
        .success()
        .stderr(contains("--jobs 100000 is more than"));
}

// Bug 14: interrupted, rinse leaves no temporary file behind.

#[cfg(unix)]
#[test]
fn sigterm_mid_run_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    // JSON Lines to a file keep their temporary output open all run long;
    // standard input held open keeps the run going until the signal,
    // however fast or loaded the machine.
    let out = dir.path().join("out");
    fs::create_dir(&out).unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_rinse"))
        .arg("--jsonl")
        .arg("-o")
        .arg(out.join("clean.jsonl"))
        .args(["--jobs", "1", "-q"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(record(&PROMO.repeat(20)).repeat(100).as_bytes())
        .unwrap();
    let started = std::time::Instant::now();
    while temporaries(dir.path()).is_empty() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no temporary output"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let status = child.wait().unwrap();
    drop(stdin);
    assert!(!status.success(), "the run should still have been going");
    assert!(
        temporaries(dir.path()).is_empty(),
        "{:?}",
        temporaries(dir.path())
    );
}

// Bug 15: one error format, the right path blamed.

#[test]
fn an_unwritable_out_dir_is_blamed_not_the_input() {
    // An --out-dir under a regular file cannot be created, even by root.
    let dir = tree(&[("in/a.txt", PROMO.as_bytes()), ("file", b"x")]);
    let out = dir.path().join("file/out");
    rinse()
        .arg(dir.path().join("in"))
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(
            contains(format!("rinse: {}", out.display()))
                .and(contains("in/a.txt:").not())
                .and(contains("os error").not())
                .and(contains(".rinse-").not()),
        );
}

#[test]
fn errors_are_one_line_without_os_error_numbers() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec![dir.path().to_path_buf()],
        vec![dir.path().join("missing.txt")],
    ] {
        let output = rinse().args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with("rinse: "), "{stderr}");
        assert!(!stderr.contains("os error"), "{stderr}");
    }
    let out = dir.path().join("out.txt");
    fs::create_dir(&out).unwrap();
    rinse()
        .arg("-o")
        .arg(&out)
        .write_stdin("x\n")
        .assert()
        .code(2)
        .stderr(contains(format!(
            "rinse: {}: is a directory",
            out.display()
        )));
}

// Bug 16: a flag that would do nothing is an error.

#[test]
fn flags_that_would_do_nothing_are_refused() {
    let dir = tree(&[("a.txt", PROMO.as_bytes())]);
    let a = dir.path().join("a.txt");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["--min-docs", "3"], "--min-docs"),
        (vec!["--no-learn"], "--no-learn"),
        (vec!["--glob", "*.md"], "--glob"),
        (vec!["--select", ""], "--select"),
        (vec!["--ignore", " "], "--ignore"),
        (vec!["--jobs", "2"], "--jobs"),
        (vec!["--format", "text", "--title"], "--title"),
    ];
    for (flags, named) in cases {
        rinse()
            .arg(&a)
            .args(&flags)
            .assert()
            .code(2)
            .stdout(is_empty())
            .stderr(contains(named));
    }
}

// Bug 17: UTF-16 without a byte order mark.

#[test]
fn utf16_without_a_bom_is_read() {
    let le: Vec<u8> = PROMO.encode_utf16().flat_map(u16::to_le_bytes).collect();
    rinse()
        .write_stdin(le)
        .assert()
        .success()
        .stdout(PROMO_CLEANED);
}

// Bug 18: standard input has no name, a failed learn writes no model, a
// file named `learn`.

#[test]
fn jsonl_from_standard_input_to_an_out_dir_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    rinse()
        .arg("--jsonl")
        .arg("--out-dir")
        .arg(dir.path())
        .write_stdin(record("x"))
        .assert()
        .code(2)
        .stderr(contains("standard input has no name"));
    assert!(!dir.path().join("-").exists());
}

#[test]
fn learn_writes_no_model_when_every_input_failed() {
    let dir = tree(&[("bad.txt", b"\0\0\0\0binary")]);
    let model = dir.path().join("m.model");
    rinse()
        .arg("learn")
        .arg(dir.path().join("bad.txt"))
        .arg(dir.path().join("missing.txt"))
        .arg("-o")
        .arg(&model)
        .assert()
        .code(2)
        .stderr(contains("not written"));
    assert!(!model.exists());
}

#[test]
fn a_file_named_learn_is_not_mistaken_for_the_subcommand() {
    let dir = tree(&[("learn", PROMO.as_bytes())]);
    rinse()
        .current_dir(dir.path())
        .arg("learn")
        .assert()
        .code(2)
        .stderr(contains("./learn"));
    rinse()
        .current_dir(dir.path())
        .arg("./learn")
        .assert()
        .success()
        .stdout(PROMO_CLEANED);
}
