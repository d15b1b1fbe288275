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
//! let summary = batch::clean_files(&found, &cleaner, &output, None, &NoProgress)?;
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

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use rayon::prelude::*;

use crate::corpus::CorpusModel;
use crate::decode::decode;
use crate::error::Error;
use crate::extract::{extract_html, ExtractOptions, Format};
use crate::pipeline::{Cleaned, Cleaner};
use crate::segment::Document;

/// Extensions cleaned when no glob is given.
pub const DEFAULT_EXTENSIONS: &[&str] = &["txt", "html", "htm"];

/// How many leading bytes are checked for a NUL byte to tell binary files.
const BINARY_PROBE: usize = 8192;

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

/// Something wrong with one input, reported without stopping the batch.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// The input it concerns.
    pub path: PathBuf,
    /// The line, for JSON Lines input (from 1).
    pub line: Option<u64>,
    /// What went wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.path.display(), self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
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
            if filter.matches(&relative) {
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

/// Where cleaned files go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// A mirrored tree under this directory.
    Mirror(PathBuf),
    /// Over the inputs themselves, only where something changed.
    InPlace,
}

/// Hears about a batch as it goes; the library never prints.
pub trait Progress: Sync {
    /// The number of items about to be processed.
    fn start(&self, _total: u64) {}
    /// One item is done (called from worker threads, in any order).
    fn advance(&self, _path: &Path) {}
    /// A problem with one input (called in a deterministic order: sorted by
    /// path in batch mode, by line in JSON Lines).
    fn problem(&self, _problem: &Problem) {}
    /// All items are done.
    fn finish(&self) {}
}

/// A [`Progress`] that ignores everything.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoProgress;

impl Progress for NoProgress {}

/// What a batch did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Documents cleaned (files, or lines of JSON Lines).
    pub documents: u64,
    /// Documents whose output differs from their input.
    pub changed: u64,
    /// Bytes read.
    pub bytes_in: u64,
    /// Bytes of cleaned output.
    pub bytes_out: u64,
    /// Edits made, by rule id.
    pub edits: BTreeMap<&'static str, u64>,
    /// Number of problems.
    pub problem_count: u64,
    /// The problems, sorted (at most [`Summary::MAX_PROBLEMS`] of them are
    /// kept; [`Progress::problem`] hears of every one).
    pub problems: Vec<Problem>,
}

impl Summary {
    /// How many problems a summary keeps, so that memory stays bounded.
    pub const MAX_PROBLEMS: usize = 1000;

    /// Records a problem.
    pub fn add_problem(&mut self, problem: Problem) {
        self.problem_count += 1;
        if self.problems.len() < Self::MAX_PROBLEMS {
            self.problems.push(problem);
        }
    }

    /// Counts the edits of one cleaned document.
    pub fn add_edits(&mut self, cleaned: &Cleaned) {
        for edit in &cleaned.edits {
            *self.edits.entry(edit.rule).or_default() += 1;
        }
    }

    /// Whether anything went wrong (the exit code is then 2).
    pub fn has_problems(&self) -> bool {
        self.problem_count > 0
    }
}

impl fmt::Display for Summary {
    /// One line: `12 files, 3 changed, 48213 → 45120 bytes, edits:
    /// repeated-block 4, byline 2; 1 error`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} documents, {} changed, {} → {} bytes",
            self.documents, self.changed, self.bytes_in, self.bytes_out
        )?;
        if self.edits.is_empty() {
            write!(f, ", no edits")?;
        } else {
            let edits: Vec<String> = self.edits.iter().map(|(r, n)| format!("{r} {n}")).collect();
            write!(f, ", edits: {}", edits.join(", "))?;
        }
        match self.problem_count {
            0 => Ok(()),
            1 => write!(f, "; 1 error"),
            n => write!(f, "; {n} errors"),
        }
    }
}

/// A rayon pool of `jobs` threads (all cores when `None` or 0).
pub fn thread_pool(jobs: Option<usize>) -> Result<rayon::ThreadPool, Error> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .build()
        .map_err(|e| Error::Batch(format!("cannot start worker threads: {e}")))
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
                "output directory {} overlaps input directory {}: a later run would clean its own output",
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
                "output for {} would overwrite the input itself",
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

/// Counts every file into a corpus model, in parallel. Files that cannot be
/// read are left out of the model and listed in the summary (which
/// [`Progress::problem`] does not hear of: [`clean_files`] reports the same
/// files again when the model is learned for a batch).
pub fn learn(
    found: &Discovered,
    jobs: Option<usize>,
    progress: &dyn Progress,
) -> Result<(CorpusModel, Summary), Error> {
    let pool = thread_pool(jobs)?;
    progress.start(found.files.len() as u64);
    let (model, bytes, mut failed) = pool.install(|| {
        found
            .files
            .par_iter()
            .fold(
                || (CorpusModel::new(), 0u64, Vec::new()),
                |(mut model, mut bytes, mut failed), file| {
                    match read_text_file(&file.path) {
                        Ok(raw) => {
                            bytes += raw.len() as u64;
                            learn_file_contents(&mut model, &decode(&raw).text);
                        }
                        Err(e) => failed.push(problem(&file.path, &io_message(&e))),
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
    output: &Output,
    jobs: Option<usize>,
    progress: &dyn Progress,
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
            .map(|(file, target)| {
                let outcome = match target {
                    Err(message) => FileOutcome::Failed(problem(&file.path, message)),
                    Ok(target) => clean_one(file, target.as_deref(), cleaner),
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
            } => {
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

fn clean_one(file: &InputFile, target: Option<&Path>, cleaner: &Cleaner) -> FileOutcome {
    let result = (|| -> io::Result<FileOutcome> {
        let bytes = read_text_file(&file.path)?;
        let decoded = decode(&bytes);
        let cleaned = clean_file_contents(cleaner, &decoded.text);
        let out = cleaned.text.as_bytes();
        let changed = out != bytes.as_slice();
        match target {
            Some(target) => write_atomically(target, out, None)?,
            None if changed => {
                let permissions = fs::metadata(&file.path)?.permissions();
                write_atomically(&file.path, out, Some(permissions))?;
            }
            None => {}
        }
        Ok(FileOutcome::Done {
            bytes_in: bytes.len() as u64,
            bytes_out: out.len() as u64,
            changed,
            edits: cleaned.edits.iter().map(|e| e.rule).collect(),
        })
    })();
    result.unwrap_or_else(|e| FileOutcome::Failed(problem(&file.path, &io_message(&e))))
}

/// Cleans the decoded contents of a file. The content decides the format,
/// whatever the file's name says: an HTML page (sniffed) is reduced to its
/// article first, a `.htm` of plain text is text. ([`learn_file_contents`]
/// must segment the same way.)
pub fn clean_file_contents(cleaner: &Cleaner, text: &str) -> Cleaned {
    cleaner
        .clean_input(text, Format::Auto, &ExtractOptions::default())
        .1
}

/// Counts the decoded contents of a file into `model`, segmented as
/// [`clean_file_contents`] segments it.
pub fn learn_file_contents(model: &mut CorpusModel, text: &str) {
    if Format::Auto.resolve(text) == Format::Html {
        let extracted = extract_html(text, &ExtractOptions::default());
        model.add_document(&extracted.document());
    } else {
        model.add_document(&Document::plain(text));
    }
}

/// Reads a file that should hold text; a NUL byte among the first 8 KiB
/// marks it binary.
fn read_text_file(path: &Path) -> io::Result<Vec<u8>> {
    let bytes = fs::read(path)?;
    let probe = &bytes[..bytes.len().min(BINARY_PROBE)];
    // UTF-16 text has NULs too, but announces itself with a byte order mark.
    let has_bom = probe.starts_with(&[0xFF, 0xFE]) || probe.starts_with(&[0xFE, 0xFF]);
    if !has_bom && memchr::memchr(0, probe).is_some() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "binary file (NUL bytes), not text",
        ));
    }
    Ok(bytes)
}

/// `path` opened for writing when it names something other than a regular
/// file or a directory (a device such as `/dev/null`, a named pipe), `None`
/// otherwise. Output to such a path is written straight into it, since
/// renaming a file over it would replace it.
pub fn open_special_file(path: &Path) -> Option<io::Result<fs::File>> {
    let special = fs::metadata(path).is_ok_and(|meta| !meta.is_file() && !meta.is_dir());
    special.then(|| fs::OpenOptions::new().write(true).open(path))
}

/// A temporary file in `dir`, to be renamed over an output file once
/// written. It is created with the permissions a new file gets from a shell
/// redirection (0666 less the umask), not the owner-only 0600 of a
/// temporary file, since it becomes the output.
pub fn output_tempfile(dir: &Path) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".rinse-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(dir)
}

/// Writes `bytes` to `target` through a temporary file in the same
/// directory renamed into place, creating the directory if need be.
fn write_atomically(
    target: &Path,
    bytes: &[u8],
    permissions: Option<fs::Permissions>,
) -> io::Result<()> {
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let temporary = || output_tempfile(dir);
    // Most files go to a directory that exists already: try first, and
    // create the directory only when it is missing (two system calls fewer
    // per file).
    let mut tmp = match temporary() {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            fs::create_dir_all(dir)?;
            temporary()?
        }
        other => other?,
    };
    tmp.write_all(bytes)?;
    if let Some(permissions) = permissions {
        // Replacing an input: make sure its new bytes are on disk before
        // the rename makes them the file.
        tmp.as_file().sync_data()?;
        tmp.as_file().set_permissions(permissions)?;
    }
    tmp.persist(target).map_err(|e| e.error)?;
    Ok(())
}

fn problem(path: &Path, message: &str) -> Problem {
    Problem {
        path: path.to_path_buf(),
        line: None,
        message: message.to_owned(),
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
    fn summary_line() {
        let mut s = Summary {
            documents: 2,
            changed: 1,
            bytes_in: 10,
            bytes_out: 8,
            ..Summary::default()
        };
        s.edits.insert("byline", 3);
        assert_eq!(
            s.to_string(),
            "2 documents, 1 changed, 10 → 8 bytes, edits: byline 3"
        );
        s.add_problem(problem(Path::new("x"), "bad"));
        assert!(s.to_string().ends_with("; 1 error"));
    }

    #[test]
    fn special_files_are_told_apart() {
        let dir = tree(&[("a.txt", "text")]);
        assert!(open_special_file(&dir.path().join("a.txt")).is_none());
        assert!(open_special_file(dir.path()).is_none());
        assert!(open_special_file(&dir.path().join("missing.txt")).is_none());
        #[cfg(unix)]
        assert!(open_special_file(Path::new("/dev/null")).is_some_and(|f| f.is_ok()));
    }

    #[test]
    fn binary_files_are_refused() {
        let dir = tree(&[("a.txt", "ok\n")]);
        let bin = dir.path().join("b.txt");
        fs::write(&bin, b"PK\x03\x04\0\0junk").unwrap();
        assert!(read_text_file(&bin).is_err());
        fs::write(&bin, b"\xFF\xFEh\0i\0").unwrap();
        assert!(read_text_file(&bin).is_ok());
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
        let (one, summary) = learn(&found, Some(1), &NoProgress).unwrap();
        let (two, _) = learn(&found, Some(2), &NoProgress).unwrap();
        assert_eq!(one, two);
        assert_eq!(summary.documents, 6);
        assert_eq!(summary.problem_count, 1);
        assert!(summary.problems[0].path.ends_with("bad.txt"));
        assert_eq!(one.docs(), 6);
        assert_eq!(one.doc_count(crate::segment::fingerprint(line)), 6);
    }
}
