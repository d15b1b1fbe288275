//! Batch and corpus mode through the command line: folders, in place,
//! JSON Lines, corpus models, and the failure cases.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;

mod common;
use common::{PROMO, PROMO_CLEANED};

const CLEAN: &str = "\
The council met on Tuesday to discuss the budget.
Members argued about road repairs for two hours.
";

const DISCLOSURE: &str =
    "Disclosure: this site may earn a commission when you buy through links in our articles.";
const QUOTE: &str =
    "“We will rebuild the bridge before the winter comes,” the mayor told reporters.";

/// Article `i` of a site: prose of its own, the site's disclosure at the
/// foot, and, when `quote`, a quote shared by a few articles of one story.
fn article(i: usize, quote: bool) -> String {
    let mut text = format!("Story {i} about the harbour and district {i}\n\n");
    for p in 0..6 {
        text.push_str(&format!(
            "Paragraph {p} of story {i} reports on matter {} in some detail.\n\n",
            i * 13 + p
        ));
        if quote && p == 5 {
            text.push_str(QUOTE);
            text.push_str("\n\n");
        }
    }
    text.push_str(DISCLOSURE);
    text.push('\n');
    text
}

fn rinse() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rinse"))
}

/// Writes `files` (relative path, contents) under a new temporary directory.
fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let path = dir.path().join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

/// A folder of `n` articles of one site under `root/site`.
fn site(root: &Path, n: usize) -> PathBuf {
    let site = root.join("site");
    for i in 0..n {
        let path = site.join(format!("{}/{i:03}.txt", i % 3));
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, article(i, i < 3)).unwrap();
    }
    site
}

/// Every file under `dir`, by relative path.
fn contents(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, fs::read(e.path()).unwrap())
        })
        .collect()
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

// ---------------------------------------------------------------------------
// Folders

#[test]
fn a_folder_is_mirrored_and_left_alone() {
    let dir = tree(&[
        ("in/promo.txt", PROMO),
        ("in/deep/er/clean.htm", CLEAN),
        ("in/notes.md", PROMO),
    ]);
    let input = dir.path().join("in");
    let before = contents(&input);
    let out = dir.path().join("out");
    rinse()
        .arg(&input)
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .success()
        .stdout("")
        .stderr(contains("2 documents, 1 changed").and(contains("edits: repeated-block ")));
    assert_eq!(read(&out.join("promo.txt")), PROMO_CLEANED);
    assert_eq!(read(&out.join("deep/er/clean.htm")), CLEAN);
    assert!(!out.join("notes.md").exists());
    assert_eq!(contents(&input), before, "inputs must not change");
}

#[test]
fn glob_chooses_other_files_and_quiet_silences_the_summary() {
    let dir = tree(&[("in/a.md", PROMO), ("in/b.txt", PROMO)]);
    let out = dir.path().join("out");
    rinse()
        .arg(dir.path().join("in"))
        .args(["--glob", "*.md", "--quiet", "--out-dir"])
        .arg(&out)
        .assert()
        .success()
        .stderr("");
    assert_eq!(contents(&out).keys().collect::<Vec<_>>(), ["a.md"]);
    assert_eq!(read(&out.join("a.md")), PROMO_CLEANED);
}

#[test]
fn several_inputs_are_mirrored_under_their_names() {
    let dir = tree(&[("a/x.txt", PROMO), ("b/x.txt", CLEAN), ("c.txt", CLEAN)]);
    let out = dir.path().join("out");
    rinse()
        .arg(dir.path().join("a"))
        .arg(dir.path().join("b"))
        .arg(dir.path().join("c.txt"))
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .success();
    let keys: Vec<String> = contents(&out).into_keys().collect();
    assert_eq!(keys, ["a/x.txt", "b/x.txt", "c.txt"]);
    assert_eq!(read(&out.join("a/x.txt")), PROMO_CLEANED);
}

#[test]
fn in_place_rewrites_only_changed_files_and_keeps_permissions() {
    let dir = tree(&[("in/promo.txt", PROMO), ("in/clean.txt", CLEAN)]);
    let promo = dir.path().join("in/promo.txt");
    let clean = dir.path().join("in/clean.txt");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&promo, fs::Permissions::from_mode(0o640)).unwrap();
    }
    let old_time = filetime(&clean);
    std::thread::sleep(std::time::Duration::from_millis(20));
    rinse()
        .arg(dir.path().join("in"))
        .arg("--in-place")
        .assert()
        .success()
        .stderr(contains("2 documents, 1 changed"));
    assert_eq!(read(&promo), PROMO_CLEANED);
    assert_eq!(read(&clean), CLEAN);
    assert_eq!(
        filetime(&clean),
        old_time,
        "an unchanged file is not rewritten"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&promo).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
    }
    // Nothing but the two files: no temporary file left behind.
    assert_eq!(contents(&dir.path().join("in")).len(), 2);
}

/// A new output file gets the mode any new file gets here (0666 less the
/// umask, as a shell's `>` gives it), not a temporary file's owner-only
/// 0600: whoever may read the inputs may read what rinse wrote.
#[cfg(unix)]
#[test]
fn new_output_files_get_the_usual_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let dir = tree(&[("in/promo.txt", PROMO)]);
    let usual = dir.path().join("usual");
    fs::write(&usual, "").unwrap();
    let usual = mode(&usual);
    assert_ne!(usual, 0o600, "test needs a umask that lets others read");

    let out = dir.path().join("out");
    rinse()
        .arg(dir.path().join("in"))
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .success();
    assert_eq!(mode(&out.join("promo.txt")), usual, "--out-dir");

    let single = dir.path().join("single.txt");
    rinse()
        .arg(dir.path().join("in/promo.txt"))
        .arg("--output")
        .arg(&single)
        .assert()
        .success();
    assert_eq!(mode(&single), usual, "--output");

    let lines = dir.path().join("in.jsonl");
    fs::write(&lines, jsonl_line(1, PROMO)).unwrap();
    let cleaned = dir.path().join("out.jsonl");
    rinse()
        .arg("--jsonl")
        .arg(&lines)
        .arg("--output")
        .arg(&cleaned)
        .assert()
        .success();
    assert_eq!(mode(&cleaned), usual, "--jsonl --output");

    let model = dir.path().join("corpus.model");
    rinse()
        .arg("learn")
        .arg(dir.path().join("in"))
        .arg("-o")
        .arg(&model)
        .assert()
        .success();
    assert_eq!(mode(&model), usual, "learn -o");
}

fn filetime(path: &Path) -> std::time::SystemTime {
    fs::metadata(path).unwrap().modified().unwrap()
}

#[test]
fn a_bad_file_is_named_and_the_others_are_still_cleaned() {
    let dir = tree(&[("in/a.txt", PROMO), ("in/c.txt", PROMO)]);
    let input = dir.path().join("in");
    fs::write(input.join("b.txt"), b"\x7fELF\0\0\0\x01binary").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("nowhere.txt"), input.join("link.txt")).unwrap();
    let out = dir.path().join("out");
    let assert = rinse()
        .arg(&input)
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(
            contains(format!("{}: binary input", input.join("b.txt").display()))
                .and(contains("2 documents")),
        );
    #[cfg(unix)]
    assert.stderr(contains(format!(
        "{}: not found (or a broken link)",
        input.join("link.txt").display()
    )));
    assert_eq!(read(&out.join("a.txt")), PROMO_CLEANED);
    assert_eq!(read(&out.join("c.txt")), PROMO_CLEANED);
    assert!(!out.join("b.txt").exists());
}

#[test]
fn an_out_dir_inside_an_input_is_refused() {
    let dir = tree(&[("in/a.txt", PROMO)]);
    let input = dir.path().join("in");
    for out in [input.join("clean"), input.clone()] {
        rinse()
            .arg(&input)
            .arg("--out-dir")
            .arg(&out)
            .assert()
            .code(2)
            .stderr(contains("overlaps input directory"));
    }
    assert_eq!(contents(&input).len(), 1, "nothing written");
    assert_eq!(read(&input.join("a.txt")), PROMO);
}

#[test]
fn several_paths_without_an_out_dir_are_refused() {
    let dir = tree(&[("a.txt", PROMO), ("b.txt", PROMO)]);
    rinse()
        .arg(dir.path().join("a.txt"))
        .arg(dir.path().join("b.txt"))
        .assert()
        .code(2)
        .stderr(contains("--out-dir"));
}

#[test]
fn output_is_the_same_whatever_the_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    let input = site(dir.path(), 40);
    let mut outputs = Vec::new();
    for jobs in ["1", "2"] {
        let out = dir.path().join(format!("out{jobs}"));
        let assert = rinse()
            .arg(&input)
            .args(["--jobs", jobs, "--out-dir"])
            .arg(&out)
            .assert()
            .success();
        let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
        outputs.push((contents(&out), stderr));
    }
    assert_eq!(outputs[0], outputs[1]);
    assert_eq!(outputs[0].0.len(), 40);
}

// ---------------------------------------------------------------------------
// Corpus model

#[test]
fn batch_learns_site_boilerplate_and_a_repeated_quote_survives() {
    let dir = tempfile::tempdir().unwrap();
    let input = site(dir.path(), 30);
    let out = dir.path().join("out");
    rinse()
        .arg(&input)
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .success()
        .stderr(contains("corpus-boilerplate 30"));
    for (path, text) in contents(&out) {
        let text = String::from_utf8(text).unwrap();
        assert!(!text.contains(DISCLOSURE), "{path}");
        assert!(text.contains("Paragraph 5 of story"), "{path}");
    }
    // The quote, in three articles of one story, survives in all three.
    let quoted = read(&out.join("0/000.txt"));
    assert!(quoted.contains(QUOTE));
    assert!(read(&out.join("1/001.txt")).contains(QUOTE));
    assert!(read(&out.join("2/002.txt")).contains(QUOTE));
    assert_eq!(
        quoted,
        article(0, true).replace(&format!("\n\n{DISCLOSURE}"), "")
    );
}

#[test]
fn no_learn_and_ignore_leave_the_boilerplate() {
    let dir = tempfile::tempdir().unwrap();
    let input = site(dir.path(), 10);
    for flags in [&["--no-learn"][..], &["--ignore", "corpus-boilerplate"][..]] {
        let out = dir.path().join("out");
        let _ = fs::remove_dir_all(&out);
        rinse()
            .arg(&input)
            .args(flags)
            .arg("--out-dir")
            .arg(&out)
            .assert()
            .success();
        assert!(read(&out.join("1/001.txt")).contains(DISCLOSURE));
    }
}

#[test]
fn learn_merge_apply_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let all = site(dir.path(), 12);
    let m = |name: &str| dir.path().join(name);
    // Shards: the three subfolders learned apart, then merged.
    for shard in ["0", "1", "2"] {
        rinse()
            .arg("learn")
            .arg(all.join(shard))
            .arg("-o")
            .arg(m(&format!("m{shard}")))
            .assert()
            .success()
            .stderr(contains("4 documents"));
    }
    rinse()
        .args(["learn", "--merge"])
        .args([m("m2"), m("m0"), m("m1")])
        .arg("-o")
        .arg(m("merged"))
        .assert()
        .success()
        .stderr(contains("12 documents"));
    rinse()
        .arg("learn")
        .arg(&all)
        .arg("-o")
        .arg(m("whole"))
        .assert()
        .success();
    assert_eq!(
        fs::read(m("merged")).unwrap(),
        fs::read(m("whole")).unwrap(),
        "merging shards gives the model of the whole"
    );
    let file = all.join("1/004.txt");
    rinse()
        .arg("--model")
        .arg(m("merged"))
        .arg(&file)
        .assert()
        .success()
        .stdout(article(4, false).replace(&format!("\n\n{DISCLOSURE}"), ""));
    // Above the count it stays.
    rinse()
        .arg("--model")
        .arg(m("merged"))
        .args(["--min-docs", "13"])
        .arg(&file)
        .assert()
        .success()
        .stdout(article(4, false));
}

#[test]
fn a_model_with_a_bad_header_is_refused() {
    let dir = tree(&[("a.txt", CLEAN)]);
    let model = dir.path().join("model");
    fs::write(&model, b"NOTAMODEL and some more bytes here").unwrap();
    rinse()
        .arg("--model")
        .arg(&model)
        .arg(dir.path().join("a.txt"))
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains(model.display().to_string()).and(contains("RINSEMDL")));
    rinse()
        .args(["learn", "--merge"])
        .arg(&model)
        .arg("-o")
        .arg(dir.path().join("out"))
        .assert()
        .code(2)
        .stderr(contains("not a rinse corpus model"));
    assert!(!dir.path().join("out").exists());
}

// ---------------------------------------------------------------------------
// JSON Lines

fn jsonl_line(id: usize, text: &str) -> String {
    let text = serde_json::to_string(text).unwrap();
    format!("{{\"url\":\"https://example.com/{id}\",\"text\":{text},\"meta\":{{\"z\":1,\"a\":[true,null]}},\"big\":123456789012345678901234567890}}\n")
}

#[test]
fn jsonl_cleans_the_field_and_passes_everything_else_through() {
    let input = format!("{}{}", jsonl_line(1, PROMO), jsonl_line(2, CLEAN));
    let assert = rinse()
        .arg("--jsonl")
        .write_stdin(input.clone())
        .assert()
        .success()
        .stderr(contains("2 documents, 1 changed"));
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    let lines: Vec<&str> = out.split_inclusive('\n').collect();
    assert_eq!(lines[0], jsonl_line(1, PROMO_CLEANED));
    assert_eq!(lines[1], jsonl_line(2, CLEAN));
    assert_eq!(lines.len(), 2);
}

#[test]
fn jsonl_field_can_be_chosen() {
    let input = format!(
        "{{\"body\":{},\"text\":{}}}\n",
        serde_json::to_string(PROMO).unwrap(),
        serde_json::to_string(PROMO).unwrap()
    );
    let expected = format!(
        "{{\"body\":{},\"text\":{}}}\n",
        serde_json::to_string(PROMO_CLEANED).unwrap(),
        serde_json::to_string(PROMO).unwrap()
    );
    rinse()
        .args(["--jsonl", "--field", "body", "-q"])
        .write_stdin(input)
        .assert()
        .success()
        .stdout(expected);
}

#[test]
fn bad_jsonl_lines_with_each_on_error_mode() {
    let good = jsonl_line(1, PROMO);
    let cleaned = jsonl_line(1, PROMO_CLEANED);
    let input = format!("{good}{{broken\n{{\"text\":3}}\n{good}");
    rinse()
        .arg("--jsonl")
        .write_stdin(input.clone())
        .assert()
        .code(2)
        .stdout(format!("{cleaned}{{broken\n{{\"text\":3}}\n{cleaned}"))
        .stderr(
            contains("rinse: <stdin>:2: invalid JSON")
                .and(contains("rinse: <stdin>:3: field `text` is not a string"))
                .and(contains("2 errors")),
        );
    rinse()
        .args(["--jsonl", "--on-error", "skip"])
        .write_stdin(input.clone())
        .assert()
        .code(2)
        .stdout(format!("{cleaned}{cleaned}"));
    rinse()
        .args(["--jsonl", "--on-error", "fail"])
        .write_stdin(input)
        .assert()
        .code(2)
        .stdout(cleaned)
        .stderr(
            predicate::str::starts_with("rinse: <stdin>:2: invalid JSON")
                .and(predicate::function(|s: &str| s.lines().count() == 1)),
        );
}

#[test]
fn jsonl_gz_input_and_output() {
    let dir = tempfile::tempdir().unwrap();
    let gz = dir.path().join("shard.jsonl.gz");
    let mut enc =
        flate2::write::GzEncoder::new(fs::File::create(&gz).unwrap(), flate2::Compression::fast());
    for i in 0..50 {
        enc.write_all(jsonl_line(i, PROMO).as_bytes()).unwrap();
    }
    enc.finish().unwrap();
    let expected: String = (0..50).map(|i| jsonl_line(i, PROMO_CLEANED)).collect();
    rinse()
        .arg("--jsonl")
        .arg(&gz)
        .assert()
        .success()
        .stdout(expected.clone());
    // To a directory: the output keeps the name and is compressed again.
    let out = dir.path().join("out");
    rinse()
        .arg("--jsonl")
        .arg(&gz)
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .success();
    let mut text = String::new();
    std::io::Read::read_to_string(
        &mut flate2::read::GzDecoder::new(fs::File::open(out.join("shard.jsonl.gz")).unwrap()),
        &mut text,
    )
    .unwrap();
    assert_eq!(text, expected);
}

#[test]
fn learn_from_jsonl_and_apply_to_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    let shard = dir.path().join("shard.jsonl");
    let input: String = (0..20).map(|i| jsonl_line(i, &article(i, i < 2))).collect();
    fs::write(&shard, &input).unwrap();
    let model = dir.path().join("model");
    rinse()
        .args(["learn", "--jsonl"])
        .arg(&shard)
        .arg("-o")
        .arg(&model)
        .assert()
        .success()
        .stderr(contains("20 documents"));
    let expected: String = (0..20)
        .map(|i| {
            jsonl_line(
                i,
                &article(i, i < 2).replace(&format!("\n\n{DISCLOSURE}"), ""),
            )
        })
        .collect();
    rinse()
        .arg("--jsonl")
        .arg(&shard)
        .arg("--model")
        .arg(&model)
        .assert()
        .success()
        .stdout(expected);
}

#[test]
fn learn_names_a_bad_file_and_still_writes_the_model() {
    let dir = tempfile::tempdir().unwrap();
    let input = site(dir.path(), 6);
    let bad = input.join("0/bad.txt");
    fs::write(&bad, b"\0\0\0binary").unwrap();
    let model = dir.path().join("model");
    rinse()
        .arg("learn")
        .arg(&input)
        .arg("-o")
        .arg(&model)
        .assert()
        .code(2)
        .stderr(
            contains(format!("rinse: {}: binary input", bad.display()))
                .and(contains("6 documents"))
                .and(contains("; 1 error")),
        );
    assert!(fs::read(&model).unwrap().starts_with(b"RINSEMDL"));
}

/// `rinse learn --jsonl -q FLAGS SHARD -o OUT`, which must succeed.
fn learn_jsonl(shard: &Path, out: &Path, flags: &[&str]) {
    rinse()
        .args(["learn", "--jsonl", "-q"])
        .args(flags)
        .arg(shard)
        .arg("-o")
        .arg(out)
        .assert()
        .success();
}

/// A line of a web corpus: the document's URL and its text.
fn web_line(url: &str, text: &str) -> String {
    let text = serde_json::to_string(text).unwrap();
    format!("{{\"url\":\"{url}\",\"text\":{text}}}\n")
}

#[test]
fn models_per_source_remove_one_sites_boilerplate_that_a_corpus_model_misses() {
    // 6 articles of one site carry its disclosure; 7,000 one-line
    // documents of other sites make one model's threshold 0.1% = 7.
    let dir = tempfile::tempdir().unwrap();
    let shard = dir.path().join("web.jsonl");
    let mut input: String = (0..6)
        .map(|i| web_line(&format!("https://www.Site.example/{i}"), &article(i, false)))
        .collect();
    for i in 0..7000 {
        input.push_str(&web_line(
            &format!("http://other{}.example/p", i % 50),
            &format!("Note {i}.\n"),
        ));
    }
    // A line without a URL is of the source "".
    input.push_str("{\"text\":\"No address at all.\\n\"}\n");
    fs::write(&shard, &input).unwrap();
    let cleaned = |model: &Path, by_source: bool| {
        let mut cmd = rinse();
        cmd.arg("--jsonl").arg(&shard).arg("--model").arg(model);
        if by_source {
            cmd.args(["--source-field", "url"]);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };

    let one = dir.path().join("one.model");
    learn_jsonl(&shard, &one, &[]);
    assert_eq!(
        cleaned(&one, false),
        input,
        "one model: below its threshold"
    );

    let folder = dir.path().join("models");
    rinse()
        .args(["learn", "--jsonl", "--source-field", "url"])
        .arg(&shard)
        .arg("-o")
        .arg(&folder)
        .assert()
        .success()
        .stderr(contains("7007 documents from 52 sources"));
    let index = fs::read_to_string(folder.join("sources.tsv")).unwrap();
    assert!(index.starts_with("\t000000.model\nother0.example\t000001.model\n"));
    assert!(index.contains("site.example\t"), "{index}");
    let out = cleaned(&folder, true);
    assert_eq!(out.matches(DISCLOSURE).count(), 0);
    assert_eq!(out.lines().count(), 7007);
    assert!(out.contains("Paragraph 5 of story 5"));

    // Halves learned apart and merged give the same folder.
    let lines: Vec<&str> = input.split_inclusive('\n').collect();
    let (a, b) = (dir.path().join("a.jsonl"), dir.path().join("b.jsonl"));
    fs::write(&a, lines[..3500].concat()).unwrap();
    fs::write(&b, lines[3500..].concat()).unwrap();
    for (shard, out) in [(&a, "ma"), (&b, "mb")] {
        learn_jsonl(shard, &dir.path().join(out), &["--source-field", "url"]);
    }
    let merged = dir.path().join("merged");
    rinse()
        .args(["learn", "--merge", "-q"])
        .args([dir.path().join("ma"), dir.path().join("mb")])
        .arg("-o")
        .arg(&merged)
        .assert()
        .success();
    for name in fs::read_dir(&folder).unwrap() {
        let name = name.unwrap().file_name();
        assert_eq!(
            fs::read(folder.join(&name)).unwrap(),
            fs::read(merged.join(&name)).unwrap(),
            "{name:?}"
        );
    }
}

#[test]
fn a_folder_of_source_models_is_refused_where_it_cannot_apply() {
    let dir = tempfile::tempdir().unwrap();
    let shard = dir.path().join("web.jsonl");
    fs::write(&shard, web_line("https://a.example/1", CLEAN)).unwrap();
    let folder = dir.path().join("models");
    learn_jsonl(&shard, &folder, &["--source-field", "url"]);
    let model = dir.path().join("one.model");
    learn_jsonl(&shard, &model, &[]);
    let model_bytes = fs::read(&model).unwrap();
    // Without --source-field, a folder is no model.
    rinse()
        .arg("--jsonl")
        .arg(&shard)
        .arg("--model")
        .arg(&folder)
        .assert()
        .code(2)
        .stderr(contains(
            "is a folder of source models: give --jsonl --source-field",
        ));
    // With it, one model file is not a folder.
    rinse()
        .args(["--jsonl", "--source-field", "url"])
        .arg(&shard)
        .arg("--model")
        .arg(&model)
        .assert()
        .code(2)
        .stderr(contains("needs a folder of source models"));
    // Files and folders do not add up.
    rinse()
        .args(["learn", "--merge"])
        .arg(&folder)
        .arg(&model)
        .arg("-o")
        .arg(dir.path().join("m"))
        .assert()
        .code(2)
        .stderr(contains("not both"));
    // A folder of models is not written over a file.
    rinse()
        .args(["learn", "--jsonl", "--source-field", "url"])
        .arg(&shard)
        .arg("-o")
        .arg(&model)
        .assert()
        .code(2)
        .stderr(contains(
            "is a file; models per source are written to a folder",
        ));
    assert_eq!(fs::read(&model).unwrap(), model_bytes);
}
