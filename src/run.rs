//! Run bookkeeping shared by every mode that handles many documents:
//! the problems met on the way ([`Problem`]), what a run did
//! ([`Summary`]), who hears about it as it goes ([`Progress`]), and the
//! pool of worker threads ([`thread_pool`]). Batch mode ([`crate::batch`])
//! and JSON Lines ([`crate::jsonl`]) are drivers over these.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::pipeline::Cleaned;

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
    /// The inputs that would change, sorted (filled when checking only:
    /// [`crate::batch::Output::Check`]).
    pub changed_paths: Vec<PathBuf>,
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

    /// Adds `part` into this summary.
    pub fn merge(&mut self, part: Summary) {
        self.documents += part.documents;
        self.changed += part.changed;
        self.bytes_in += part.bytes_in;
        self.bytes_out += part.bytes_out;
        for (rule, n) in part.edits {
            *self.edits.entry(rule).or_default() += n;
        }
        self.problem_count += part
            .problem_count
            .saturating_sub(part.problems.len() as u64);
        for problem in part.problems {
            self.add_problem(problem);
        }
        self.changed_paths.extend(part.changed_paths);
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

/// The most worker threads a run starts: more than this many per core
/// only costs memory and start-up time (a thread per request of
/// `--jobs 100000` would never finish starting).
pub const MAX_JOBS_PER_CORE: usize = 4;

/// The cores this machine has (1 when unknown).
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The number of threads a run uses for `jobs` (all cores for `None` or
/// 0), capped at [`MAX_JOBS_PER_CORE`] per core; the second value is the
/// cap when it applied.
pub fn effective_jobs(jobs: Option<usize>) -> (usize, Option<usize>) {
    let cap = cores() * MAX_JOBS_PER_CORE;
    match jobs {
        None | Some(0) => (cores(), None),
        Some(n) if n > cap => (cap, Some(cap)),
        Some(n) => (n, None),
    }
}

/// A rayon pool of `jobs` threads (all cores when `None` or 0), at most
/// [`MAX_JOBS_PER_CORE`] per core.
pub fn thread_pool(jobs: Option<usize>) -> Result<rayon::ThreadPool, Error> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(effective_jobs(jobs).0)
        .build()
        .map_err(|e| Error::Batch(format!("cannot start worker threads: {e}")))
}

/// A problem with `path` (no line).
pub fn problem(path: &Path, message: &str) -> Problem {
    Problem {
        path: path.to_path_buf(),
        line: None,
        message: message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn jobs_are_capped() {
        let cap = cores() * MAX_JOBS_PER_CORE;
        assert_eq!(effective_jobs(Some(100_000)), (cap, Some(cap)));
        assert_eq!(effective_jobs(Some(1)), (1, None));
        assert_eq!(effective_jobs(None).0, cores());
        assert_eq!(
            thread_pool(Some(100_000)).unwrap().current_num_threads(),
            cap
        );
    }

    #[test]
    fn summaries_add_up() {
        let mut a = Summary {
            documents: 1,
            ..Summary::default()
        };
        a.add_problem(problem(Path::new("a"), "x"));
        let mut b = Summary {
            documents: 2,
            ..Summary::default()
        };
        b.edits.insert("byline", 1);
        b.changed_paths.push(PathBuf::from("b"));
        a.merge(b);
        assert_eq!(a.documents, 3);
        assert_eq!(a.problem_count, 1);
        assert_eq!(a.edits.get("byline"), Some(&1));
        assert_eq!(a.changed_paths, [PathBuf::from("b")]);
    }
}
