//! Batch mode: clean a tree of files on every core.
//!
//! [`discover`] walks the inputs and lists the files to clean, sorted;
//! [`learn`] counts them into a [`CorpusModel`]; [`clean_files`] cleans them
//! in parallel and writes a mirrored tree (or rewrites them in place). The
//! output is the same whatever the thread count or the order the files are
//! found in, and one bad file (unreadable, binary, a broken link) is a
//! [`Problem`] in the [`Summary`], never the end of the batch.
//!
//! ```no_run
//! use std::path::PathBuf;
//! use rinse::batch::{self, FileFilter, Output, NoProgress};
//!
//! let inputs = [PathBuf::from("scraped")];
//! let found = batch::discover(&inputs, &FileFilter::default());
//! let cleaner = rinse::Cleaner::new();
//! let output = Output::Mirror(PathBuf::from("clean"));
//! let intake = rinse::IntakeOptions::default();
//! let summary = batch::clean_files(&found, &cleaner, &intake, &output, None, &NoProgress)?;
//! println!("{summary}");
//! # Ok::<(), rinse::Error>(())
//! ```
//!
//! # Where outputs go
//!
//! With [`Output::Mirror`], a single input directory is mirrored directly
//! under the output directory (`scraped/a/b.txt` → `clean/a/b.txt`). With
//! several inputs, each directory is mirrored under its own name
//! (`clean/scraped/a/b.txt`) and each file named on its own goes to the top
//! (`clean/b.txt`). Two inputs that would write the same output are a
//! problem for the later one. Outputs are UTF-8 and are written through a
//! temporary file in the target directory renamed into place, so no output
//! is ever half-written.
//!
//! With [`Output::InPlace`] a file is rewritten (temporary file, then an
//! atomic rename over it, keeping its permissions) only when its cleaned
//! bytes differ from what it holds; a file in a legacy encoding is thereby
//! rewritten as UTF-8.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use rayon::prelude::*;

use crate::corpus::CorpusModel;
use crate::error::Error;
use crate::extract::{Format, Kept};
use crate::fsio;
use crate::intake::{Intake, IntakeOptions};
use crate::pipeline::Cleaner;
use crate::run::problem;
pub use crate::run::{thread_pool, NoProgress, Problem, Progress, Summary};
use crate::segment::Document;

/// Extensions cleaned when no glob is given.
pub const DEFAULT_EXTENSIONS: &[&str] = &["txt", "html", "htm"];

/// Which files of a directory walk are cleaned.
#[derive(Debug, Clone, Default)]
pub struct FileFilter {
    globs: Option<GlobSet>,
}

impl FileFilter {
    /// Files matching any of `globs` (matched against the path relative to
    /// the walked directory; `*` also crosses `/`, so `*.md` matches at any
    /// depth). No globs means the default extensions.
    pub fn from_globs<S: AsRef<str>>(globs: &[S]) -> Result<Self, Error> {
        if globs.is_empty() {
            return Ok(FileFilter::default());
        }
        let mut builder = GlobSetBuilder::new();
        for glob in globs {
            let glob = glob.as_ref();
            let compiled = GlobBuilder::new(glob)
                .literal_separator(false)
                .build()
                .map_err(|e| Error::Batch(format!("invalid glob `{glob}`: {e}")))?;
            builder.add(compiled);
        }
        let set = builder
            .build()
            .map_err(|e| Error::Batch(format!("invalid globs: {e}")))?;
        Ok(FileFilter { globs: Some(set) })
    }

    /// Whether a file found at `relative` under a walked directory is
    /// cleaned.
    pub fn matches(&self, relative: &Path) -> bool {
        match &self.globs {
            Some(set) => set.is_match(relative),
            None => relative
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| DEFAULT_EXTENSIONS.iter().any(|d| e.eq_ignore_ascii_case(d))),
        }
    }
}

/// One file to clean.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct InputFile {
    /// Where it is read from.
    pub path: PathBuf,
    /// Where it goes under an output directory.
    pub relative: PathBuf,
}

/// The files found by [`discover`], and the inputs that could not be
/// walked.
#[derive(Debug, Clone, Default)]
pub struct Discovered {
    /// Files to clean, sorted by path.
    pub files: Vec<InputFile>,
    /// Inputs that could not be listed (missing, unreadable directories).
    pub problems: Vec<Problem>,
    /// The directories walked (for [`check_output`]).
    pub roots: Vec<PathBuf>,
}

/// Lists the files under `inputs`: every file given by name, and every file
/// under a given directory that `filter` accepts (symbolic links to
/// directories are not followed). Sorted, so that what follows does not
/// depend on the order the file system lists things in.
pub fn discover(inputs: &[PathBuf], filter: &FileFilter) -> Discovered {
    let mut found = Discovered::default();
    let several = inputs.len() > 1;
    for input in inputs {
        let meta = match fs::metadata(input) {
            Ok(meta) => meta,
            Err(e) => {
                found.problems.push(problem(input, &io_message(&e)));
                continue;
            }
        };
        if !meta.is_dir() && !meta.is_file() {
            found.problems.push(problem(input, NOT_REGULAR));
            continue;
        }
        if !meta.is_dir() {
            let name = input
                .file_name()
                .map_or_else(|| PathBuf::from("stdin"), PathBuf::from);
            found.files.push(InputFile {
                path: input.clone(),
                relative: name,
            });
            continue;
        }
        found.roots.push(input.clone());
        let prefix = match input.file_name() {
            Some(name) if several => PathBuf::from(name),
            _ => PathBuf::new(),
        };
        for entry in walkdir::WalkDir::new(input).follow_links(false) {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    let path = e.path().unwrap_or(input).to_path_buf();
                    let message = e.io_error().map_or_else(|| e.to_string(), io_message);
                    found.problems.push(Problem {
                        path,
                        line: None,
                        message,
                    });
                    continue;
                }
            };
            if entry.file_type().is_dir() {
                continue;
            }
            let relative = entry
                .path()
                .strip_prefix(input)
                .unwrap_or(entry.path())
                .to_path_buf();
            if !filter.matches(&relative) {
                continue;
            }
            // A named pipe would block the batch forever, a device or a
            // socket is not a document: only regular files (or links to
            // them) are read.
            let regular = entry.file_type().is_file()
                || (entry.file_type().is_symlink()
                    && fs::metadata(entry.path()).is_ok_and(|m| m.is_file()));
            if !regular {
                let message = if entry.file_type().is_symlink() {
                    "not found (or a broken link)"
                } else {
                    NOT_REGULAR
                };
                found.problems.push(problem(entry.path(), message));
                continue;
            }
            {
                found.files.push(InputFile {
                    path: entry.path().to_path_buf(),
                    relative: prefix.join(relative),
                });
            }
        }
    }
    found.files.sort();
    found.files.dedup_by(|a, b| a.path == b.path);
    found.problems.sort();
    found
}

/// The problem of an input that is not a regular file.
const NOT_REGULAR: &str = "not a regular file (a named pipe, a device or a socket), skipped";

/// Where cleaned files go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// A mirrored tree under this directory.
    Mirror(PathBuf),
    /// Over the inputs themselves, only where something changed.
    InPlace,
    /// Nowhere: only find out which inputs would change
    /// ([`Summary::changed_paths`]).
    Check,
}

/// Refuses an output directory that would read its own output or write
/// over an input: equal to, inside, or around an input directory, or a
/// mirror target that is an input file.
pub fn check_output(found: &Discovered, output: &Output) -> Result<(), Error> {
    let Output::Mirror(out) = output else {
        return Ok(());
    };
    let out_abs = absolute(out);
    for root in &found.roots {
        let root_abs = absolute(root);
        if out_abs.starts_with(&root_abs) || root_abs.starts_with(&out_abs) {
            return Err(Error::Batch(format!(
                "{}: output directory overlaps input directory {} (a later run would clean its own output)",
                out.display(),
                root.display()
            )));
        }
    }
    // Files under a root are covered above; a file named on its own goes
    // to `out/<name>`, which is itself exactly when `out` is its directory.
    let mut parents_seen = std::collections::HashSet::new();
    for file in &found.files {
        if file.relative.components().count() != 1 {
            continue;
        }
        let parent = match file.path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        if parents_seen.insert(parent) && absolute(parent) == out_abs {
            return Err(Error::Batch(format!(
                "{}: output would overwrite the input itself",
                file.path.display()
            )));
        }
    }
    Ok(())
}

/// The path made absolute and free of `.`/`..`, with symbolic links
/// resolved as far as the path exists.
fn absolute(path: &Path) -> PathBuf {
    let joined = std::env::current_dir()
        .map(|cwd| cwd.join(path))
        .unwrap_or_else(|_| path.to_path_buf());
    // Canonicalise the longest existing ancestor, keep the rest lexically.
    let mut existing = joined.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(canonical) = existing.canonicalize() {
            let mut out = canonical;
            for part in rest.iter().rev() {
                out.push(part);
            }
            return normalise(&out);
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return normalise(&joined),
        }
    }
}

fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Counts every file into a corpus model, in parallel, each taken in as
/// [`Intake::read`] takes it with `intake` (the same document cleaning
/// sees). Files that cannot be read are left out of the model and listed
/// in the summary (which [`Progress::problem`] does not hear of:
/// [`clean_files`] reports the same files again when the model is learned
/// for a batch).
pub fn learn(
    found: &Discovered,
    intake: &IntakeOptions,
    jobs: Option<usize>,
    progress: &dyn Progress,
) -> Result<(CorpusModel, Summary), Error> {
    learn_keeping(found, intake, jobs, progress, None)
}

/// [`learn`], keeping in `kept` (at each file's number in
/// [`Discovered::files`]) the article extracted from every HTML page, so
/// that [`clean_files_keeping`] cleans it without extracting it again.
pub fn learn_keeping(
    found: &Discovered,
    intake: &IntakeOptions,
    jobs: Option<usize>,
    progress: &dyn Progress,
    kept: Option<&Kept>,
) -> Result<(CorpusModel, Summary), Error> {
    let pool = thread_pool(jobs)?;
    progress.start(found.files.len() as u64);
    let (model, bytes, mut failed) = pool.install(|| {
        found
            .files
            .par_iter()
            .enumerate()
            .fold(
                || (CorpusModel::new(), 0u64, Vec::new()),
                |(mut model, mut bytes, mut failed), (number, file)| {
                    let read = fsio::read_file(&file.path).map_err(|e| io_message(&e));
                    let result = read.and_then(|raw| {
                        let taken = Intake::read(&raw, intake).map_err(|e| e.to_string())?;
                        let document = taken.document();
                        model.add_document(&document);
                        if let (Some(kept), Format::Html) = (kept, taken.format()) {
                            kept.keep(number, &raw, document.text, &document.blocks);
                        }
                        Ok(raw.len() as u64)
                    });
                    match result {
                        Ok(n) => bytes += n,
                        Err(message) => failed.push(problem(&file.path, &message)),
                    }
                    progress.advance(&file.path);
                    (model, bytes, failed)
                },
            )
            .reduce(
                || (CorpusModel::new(), 0, Vec::new()),
                |(mut a, bytes_a, mut failed_a), (b, bytes_b, failed_b)| {
                    a.merge(&b);
                    failed_a.extend(failed_b);
                    (a, bytes_a + bytes_b, failed_a)
                },
            )
    });
    progress.finish();
    let mut summary = Summary {
        documents: model.docs(),
        bytes_in: bytes,
        ..Summary::default()
    };
    failed.extend(found.problems.iter().cloned());
    failed.sort();
    for problem in failed {
        summary.add_problem(problem);
    }
    Ok((model, summary))
}

/// What cleaning one file came to.
enum FileOutcome {
    Done {
        bytes_in: u64,
        bytes_out: u64,
        changed: bool,
        edits: Vec<&'static str>,
        path: PathBuf,
    },
    Failed(Problem),
}

/// Cleans every file found, in parallel on `jobs` threads (all cores when
/// `None`), writing where `output` says. Problems with single files are in
/// the summary; only settings that cannot work (an output directory that
/// overlaps an input, say) are an error.
pub fn clean_files(
    found: &Discovered,
    cleaner: &Cleaner,
    intake: &IntakeOptions,
    output: &Output,
    jobs: Option<usize>,
    progress: &dyn Progress,
) -> Result<Summary, Error> {
    clean_files_keeping(found, cleaner, intake, output, jobs, progress, None)
}

/// [`clean_files`], taking each HTML page's article from `kept` (filled
/// by [`learn_keeping`] with the same `found` and `intake`) where it is
/// there for the file's present bytes, and extracting it otherwise: the
/// same output as [`clean_files`].
pub fn clean_files_keeping(
    found: &Discovered,
    cleaner: &Cleaner,
    intake: &IntakeOptions,
    output: &Output,
    jobs: Option<usize>,
    progress: &dyn Progress,
    kept: Option<&Kept>,
) -> Result<Summary, Error> {
    check_output(found, output)?;
    let pool = thread_pool(jobs)?;
    let targets = targets(found, output);
    progress.start(found.files.len() as u64);
    let outcomes: Vec<FileOutcome> = pool.install(|| {
        found
            .files
            .par_iter()
            .zip(targets.par_iter())
            .enumerate()
            .map(|(number, (file, target))| {
                let outcome = match target {
                    Err(message) => FileOutcome::Failed(problem(&file.path, message)),
                    Ok(target) => {
                        let kept = kept.map(|kept| (kept, number));
                        clean_one(file, target.as_deref(), output, cleaner, intake, kept)
                    }
                };
                progress.advance(&file.path);
                outcome
            })
            .collect()
    });
    progress.finish();

    let mut summary = Summary::default();
    for problem in &found.problems {
        progress.problem(problem);
        summary.add_problem(problem.clone());
    }
    let mut failed = Vec::new();
    for outcome in outcomes {
        match outcome {
            FileOutcome::Done {
                bytes_in,
                bytes_out,
                changed,
                edits,
                path,
            } => {
                if changed && *output == Output::Check {
                    summary.changed_paths.push(path);
                }
                summary.documents += 1;
                summary.bytes_in += bytes_in;
                summary.bytes_out += bytes_out;
                summary.changed += u64::from(changed);
                for rule in edits {
                    *summary.edits.entry(rule).or_default() += 1;
                }
            }
            FileOutcome::Failed(problem) => failed.push(problem),
        }
    }
    failed.sort();
    for problem in failed {
        progress.problem(&problem);
        summary.add_problem(problem);
    }
    summary.changed_paths.sort();
    Ok(summary)
}

/// The output path of each file (`None` for in place), or why it has none.
fn targets(found: &Discovered, output: &Output) -> Vec<Result<Option<PathBuf>, String>> {
    let Output::Mirror(out) = output else {
        return found.files.iter().map(|_| Ok(None)).collect();
    };
    let mut taken: HashMap<PathBuf, &Path> = HashMap::with_capacity(found.files.len());
    found
        .files
        .iter()
        .map(|file| {
            let target = out.join(&file.relative);
            match taken.get(&target) {
                Some(first) => Err(format!(
                    "output {} is already written for {}",
                    target.display(),
                    first.display()
                )),
                None => {
                    taken.insert(target.clone(), &file.path);
                    Ok(Some(target))
                }
            }
        })
        .collect()
}

/// Cleans one file and writes it where `output` says: a problem names the
/// input when it cannot be read or taken in, the output when it cannot be
/// written.
fn clean_one(
    file: &InputFile,
    target: Option<&Path>,
    output: &Output,
    cleaner: &Cleaner,
    intake: &IntakeOptions,
    kept: Option<(&Kept, usize)>,
) -> FileOutcome {
    let bytes = match fsio::read_file(&file.path) {
        Ok(bytes) => bytes,
        Err(e) => return FileOutcome::Failed(problem(&file.path, &io_message(&e))),
    };
    let cleaned = match kept.and_then(|(kept, number)| kept.take(number, &bytes)) {
        Some(article) => {
            cleaner.clean_document(&Document::from_blocks(&article.text, article.blocks))
        }
        None => match Intake::read(&bytes, intake) {
            Ok(taken) => taken.clean(cleaner),
            Err(e) => return FileOutcome::Failed(problem(&file.path, &e.to_string())),
        },
    };
    let out = cleaned.text.as_bytes();
    let changed = Intake::rewrites(&bytes, &cleaned.text);
    let written = match (target, output) {
        (Some(target), _) => fsio::write_file(target, out, true),
        (None, Output::InPlace) if changed => fsio::write_file(&file.path, out, false),
        _ => Ok(()),
    };
    if let Err(e) = written {
        return FileOutcome::Failed(problem(&e.path, &e.reason));
    }
    FileOutcome::Done {
        bytes_in: bytes.len() as u64,
        bytes_out: out.len() as u64,
        changed,
        edits: cleaned.edits.iter().map(|e| e.rule).collect(),
        path: file.path.clone(),
    }
}

fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "not found (or a broken link)".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let path = dir.path().join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        dir
    }

    fn relatives(found: &Discovered) -> Vec<String> {
        found
            .files
            .iter()
            .map(|f| f.relative.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn default_filter_takes_text_and_html() {
        let f = FileFilter::default();
        assert!(f.matches(Path::new("a/b.txt")));
        assert!(f.matches(Path::new("B.HTML")));
        assert!(f.matches(Path::new("c.htm")));
        assert!(!f.matches(Path::new("d.md")));
        assert!(!f.matches(Path::new("txt")));
    }

    #[test]
    fn globs_replace_the_default() {
        let f = FileFilter::from_globs(&["*.md"]).unwrap();
        assert!(f.matches(Path::new("deep/down/x.md")));
        assert!(!f.matches(Path::new("x.txt")));
        assert!(matches!(
            FileFilter::from_globs(&["a[b"]),
            Err(Error::Batch(m)) if m.contains("a[b")
        ));
    }

    #[test]
    fn discover_sorts_and_mirrors() {
        let dir = tree(&[("b.txt", "x"), ("a/z.html", "y"), ("a/skip.bin", "z")]);
        let found = discover(&[dir.path().to_path_buf()], &FileFilter::default());
        assert_eq!(relatives(&found), ["a/z.html", "b.txt"]);
        assert!(found.problems.is_empty());

        let missing = dir.path().join("missing");
        let both = [dir.path().join("a"), dir.path().join("b.txt"), missing];
        let found = discover(&both, &FileFilter::default());
        assert_eq!(relatives(&found), ["a/z.html", "b.txt"]);
        assert_eq!(found.problems.len(), 1);
        assert!(found.problems[0].message.contains("not found"));
    }

    #[test]
    fn output_overlapping_an_input_is_refused() {
        let dir = tree(&[("in/a.txt", "x")]);
        let inputs = [dir.path().join("in")];
        let found = discover(&inputs, &FileFilter::default());
        for bad in [
            dir.path().join("in"),
            dir.path().join("in/out"),
            dir.path().to_path_buf(),
        ] {
            let err = check_output(&found, &Output::Mirror(bad)).unwrap_err();
            assert!(err.to_string().contains("overlaps"), "{err}");
        }
        assert!(check_output(&found, &Output::Mirror(dir.path().join("out"))).is_ok());
        // A file named on its own, mirrored into its own directory.
        let named = discover(&[dir.path().join("in/a.txt")], &FileFilter::default());
        let err = check_output(&named, &Output::Mirror(dir.path().join("in/.")))
            .unwrap_err()
            .to_string();
        assert!(err.contains("overwrite the input"), "{err}");
        assert!(check_output(&named, &Output::Mirror(dir.path().join("out"))).is_ok());
        assert!(check_output(&found, &Output::InPlace).is_ok());
    }

    #[test]
    fn binary_files_are_refused_by_the_one_binary_test() {
        // Half control bytes, no NUL: refused alone and in a batch alike.
        let half: String = (0..400)
            .map(|i| if i % 2 == 0 { '\u{1}' } else { 'a' })
            .collect();
        let dir = tree(&[("in/a.txt", "ok\n"), ("in/b.txt", &half)]);
        let found = discover(&[dir.path().join("in")], &FileFilter::default());
        let summary = clean_files(
            &found,
            &Cleaner::new(),
            &IntakeOptions::default(),
            &Output::InPlace,
            Some(1),
            &NoProgress,
        )
        .unwrap();
        assert_eq!(summary.problem_count, 1);
        assert!(summary.problems[0].message.contains("binary"));
        assert_eq!(
            fs::read_to_string(dir.path().join("in/b.txt")).unwrap(),
            half
        );
    }

    #[cfg(unix)]
    #[test]
    fn named_pipes_are_skipped_and_reported() {
        let dir = tree(&[("in/a.txt", "Fine.\n")]);
        let fifo = dir.path().join("in/pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            return;
        }
        let found = discover(&[dir.path().join("in")], &FileFilter::default());
        assert_eq!(found.files.len(), 1);
        assert_eq!(found.problems.len(), 1);
        assert!(found.problems[0].message.contains("not a regular file"));
    }

    #[test]
    fn one_bad_file_does_not_stop_the_batch() {
        let dir = tree(&[
            ("in/a.txt", "Same\n\nSame\n\nBody.\n"),
            ("in/c.txt", "Fine.\n"),
        ]);
        fs::write(dir.path().join("in/b.txt"), b"\0\0\0").unwrap();
        let found = discover(&[dir.path().join("in")], &FileFilter::default());
        let out = dir.path().join("out");
        let summary = clean_files(
            &found,
            &Cleaner::new(),
            &IntakeOptions::default(),
            &Output::Mirror(out.clone()),
            Some(2),
            &NoProgress,
        )
        .unwrap();
        assert_eq!(summary.documents, 2);
        assert_eq!(summary.problem_count, 1);
        assert!(summary.problems[0].path.ends_with("b.txt"));
        assert_eq!(fs::read_to_string(out.join("c.txt")).unwrap(), "Fine.\n");
        assert!(out.join("a.txt").exists());
        assert!(!out.join("b.txt").exists());
    }

    /// Pages of one site: an article each, and the same promotion line
    /// inside every article (which the corpus model learns and removes).
    fn html_pages(n: usize) -> Vec<(String, String)> {
        (0..n)
            .map(|i| {
                (
                    format!("p{i}.html"),
                    format!(
                        "<!doctype html><html><head><title>Garden {i}</title></head><body>\
                         <nav><a href='/'>Front</a><a href='/plants'>Plants</a></nav>\
                         <article><h1>Pruning note {i}</h1>\
                         <p>Cut the old canes of shrub number {i} back to a healthy bud in late winter.</p>\
                         <p>Members save on seed trays all month with the code GROW now.</p>\
                         <p>Water the cuttings every {i} days until new leaves unfold in spring.</p>\
                         </article><footer>Garden club</footer></body></html>"
                    ),
                )
            })
            .collect()
    }

    #[test]
    fn learning_then_cleaning_html_extracts_each_page_once_for_the_same_output() {
        let mut files = html_pages(6);
        files.push(("notes.txt".into(), "A plain note.\n".into()));
        let refs: Vec<(&str, &str)> = files
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let dir = tree(&refs);
        let input = dir.path().join("in");
        fs::create_dir_all(&input).unwrap();
        for (name, _) in &files {
            fs::rename(dir.path().join(name), input.join(name)).unwrap();
        }
        let found = discover(std::slice::from_ref(&input), &FileFilter::default());
        let intake = IntakeOptions::default();
        let model_cleaner = |model: CorpusModel| {
            let mut model = model;
            model.set_min_docs(Some(3));
            model.retain_frequent();
            Cleaner::new().with_model(std::sync::Arc::new(model))
        };
        // As before: learn, then clean extracting every page again.
        let (model, _) = learn(&found, &intake, Some(1), &NoProgress).unwrap();
        let before = dir.path().join("before");
        let out = Output::Mirror(before.clone());
        clean_files(
            &found,
            &model_cleaner(model),
            &intake,
            &out,
            Some(2),
            &NoProgress,
        )
        .unwrap();
        // Kept articles: the same model, the same output, no second
        // extraction of any page.
        for limits in [
            crate::extract::KeepLimits::default(),
            crate::extract::KeepLimits {
                memory: 1000,
                spill: 1 << 20,
            },
        ] {
            let kept = Kept::new(found.files.len(), limits);
            let (model, _) =
                learn_keeping(&found, &intake, Some(2), &NoProgress, Some(&kept)).unwrap();
            let (plain, _) = learn(&found, &intake, Some(1), &NoProgress).unwrap();
            assert_eq!(model, plain);
            assert_eq!(kept.len(), 6, "HTML pages only");
            if limits.memory == 1000 {
                // Some in memory, the others in the temporary file.
                assert!((1..6).contains(&kept.spilled()), "{}", kept.spilled());
            }
            let after = dir.path().join("after");
            let out = Output::Mirror(after.clone());
            let summary = clean_files_keeping(
                &found,
                &model_cleaner(model),
                &intake,
                &out,
                Some(2),
                &NoProgress,
                Some(&kept),
            )
            .unwrap();
            assert_eq!(summary.documents, 7);
            assert_eq!(
                kept.taken(),
                6,
                "every page taken back, none extracted again"
            );
            for (name, _) in &files {
                let a = fs::read_to_string(before.join(name)).unwrap();
                let b = fs::read_to_string(after.join(name)).unwrap();
                assert_eq!(a, b, "{name}");
            }
            let first = fs::read_to_string(after.join("p0.html")).unwrap();
            assert!(first.contains("healthy bud"), "{first}");
            assert!(
                !first.contains("code GROW"),
                "the model's line is removed: {first}"
            );
        }
    }

    #[test]
    fn a_page_changed_between_the_passes_is_extracted_again() {
        let files = html_pages(4);
        let refs: Vec<(&str, &str)> = files
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let dir = tree(&refs);
        let found = discover(&[dir.path().to_path_buf()], &FileFilter::default());
        let intake = IntakeOptions::default();
        let kept = Kept::new(found.files.len(), crate::extract::KeepLimits::default());
        learn_keeping(&found, &intake, Some(1), &NoProgress, Some(&kept)).unwrap();
        let changed = files[1].1.replace("late winter", "early autumn");
        fs::write(dir.path().join("p1.html"), &changed).unwrap();
        let summary = clean_files_keeping(
            &found,
            &Cleaner::new(),
            &intake,
            &Output::Check,
            Some(1),
            &NoProgress,
            Some(&kept),
        )
        .unwrap();
        assert_eq!(summary.documents, 4);
        assert_eq!(kept.taken(), 3);
        let out = tempfile::tempdir().unwrap();
        clean_files_keeping(
            &found,
            &Cleaner::new(),
            &intake,
            &Output::Mirror(out.path().to_path_buf()),
            Some(1),
            &NoProgress,
            Some(&kept),
        )
        .unwrap();
        let text = fs::read_to_string(out.path().join("p1.html")).unwrap();
        assert!(
            text.contains("early autumn") && !text.contains("late winter"),
            "{text}"
        );
    }

    #[test]
    fn learn_counts_every_file_once() {
        let line = "Read our policy on affiliate links before you buy.";
        let files: Vec<(String, String)> = (0..6)
            .map(|i| {
                (
                    format!("{i}.txt"),
                    format!("Body of story {i} here.\n{line}\n"),
                )
            })
            .collect();
        let refs: Vec<(&str, &str)> = files
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let dir = tree(&refs);
        fs::write(dir.path().join("bad.txt"), b"\0binary").unwrap();
        let found = discover(&[dir.path().to_path_buf()], &FileFilter::default());
        let (one, summary) =
            learn(&found, &IntakeOptions::default(), Some(1), &NoProgress).unwrap();
        let (two, _) = learn(&found, &IntakeOptions::default(), Some(2), &NoProgress).unwrap();
        assert_eq!(one, two);
        assert_eq!(summary.documents, 6);
        assert_eq!(summary.problem_count, 1);
        assert!(summary.problems[0].path.ends_with("bad.txt"));
        assert_eq!(one.docs(), 6);
        assert_eq!(one.doc_count(crate::segment::fingerprint(line)), 6);
    }
}
