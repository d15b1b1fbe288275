//! The command line, one file per command: [`args`] (the flags),
//! [`settings`] (the flags resolved into one mode, bad combinations
//! refused), then [`one`], [`batch`], [`jsonl`] and [`learn`], each a thin
//! driver over the library, and [`rules`] for `--list-rules` and
//! `--explain`. What they share (how a run is reported on standard error,
//! the exit codes) is here.

pub mod args;
pub mod batch;
pub mod jsonl;
pub mod learn;
pub mod one;
pub mod rules;
pub mod settings;

use std::io::{self, IsTerminal};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{anyhow, bail, Result};
use rinse::corpus::CorpusModel;
use rinse::run::{Problem, Progress, Summary};
use rinse::sources::{SourceCleaners, SourceModels};
use rinse::Cleaner;

use settings::{Common, Mode};

/// Exit status 1: `--check` found something to change.
pub const EXIT_CHANGES: u8 = 1;
/// Exit status 2: an error.
pub const EXIT_ERROR: u8 = 2;

/// Runs the mode.
pub fn run(mode: Mode) -> Result<ExitCode> {
    match mode {
        Mode::ListRules => rules::list_rules(&mut io::stdout().lock()),
        Mode::Explain(id) => rules::explain(&mut io::stdout().lock(), &id),
        Mode::One(one) => one::run(&one),
        Mode::Batch(batch) => batch::run(&batch),
        Mode::Jsonl(jsonl) => jsonl::run(&jsonl),
        Mode::Learn(learn) => learn::run(&learn),
        Mode::Merge {
            inputs,
            output,
            quiet,
        } => learn::merge(&inputs, &output, quiet),
    }
}

/// Whether `path` stands for standard input or output.
pub fn is_stdio(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The cleaner `--select`, `--ignore`, `--model` and `--min-docs` ask for.
pub fn cleaner(common: &Common) -> Result<Cleaner> {
    let cleaner = Cleaner::from_selection(&common.select, &common.ignore)?;
    let Some(path) = &common.model else {
        return Ok(cleaner);
    };
    let mut model = load_model(path)?;
    model.set_min_docs(common.min_docs);
    // Only applied from here on: the rare blocks can go.
    model.retain_frequent();
    Ok(cleaner.with_model(Arc::new(model)))
}

/// The cleaners of `--jsonl`: with `--source-field`, one per source from
/// the folder `--model` names; otherwise [`cleaner`]'s for every line.
pub fn source_cleaners(common: &Common, source_field: Option<&str>) -> Result<SourceCleaners> {
    let (Some(path), Some(_)) = (&common.model, source_field) else {
        return Ok(SourceCleaners::single(cleaner(common)?));
    };
    if !SourceModels::is_folder(path) {
        bail!(
            "{}: --source-field needs a folder of source models (from `rinse learn --jsonl --source-field NAME -o DIR`), not a model file",
            path.display()
        );
    }
    let models = load_sources(path)?;
    let base = Cleaner::from_selection(&common.select, &common.ignore)?;
    Ok(SourceCleaners::new(base, models, common.min_docs))
}

/// Reads a model file; the error names it once.
pub fn load_model(path: &Path) -> Result<CorpusModel> {
    if SourceModels::is_folder(path) {
        bail!(
            "{}: is a folder of source models: give --jsonl --source-field NAME (the field of each document's URL)",
            path.display()
        );
    }
    CorpusModel::load(path).map_err(|err| named_error(path, &err))
}

/// Reads a folder of source models; the error names it once.
pub fn load_sources(path: &Path) -> Result<SourceModels> {
    SourceModels::load(path).map_err(|err| named_error(path, &err))
}

/// `err` after `path`, named once.
fn named_error(path: &Path, err: &rinse::Error) -> anyhow::Error {
    let reason = err_reason(err);
    let named = format!("{}: ", path.display());
    anyhow!("{named}{}", reason.replacen(&named, "", 1))
}

/// A library error as a reason after a path: I/O errors without the OS
/// error number.
pub fn err_reason(err: &rinse::Error) -> String {
    match err {
        rinse::Error::Io(io) => rinse::fsio::io_reason(io),
        other => other.to_string(),
    }
}

/// Says on standard error that `--jobs` was capped (unless quiet).
pub fn note_jobs(jobs: Option<usize>, quiet: bool) {
    if let (Some(asked), (_, Some(cap))) = (jobs, rinse::run::effective_jobs(jobs)) {
        if !quiet {
            eprintln!(
                "rinse: --jobs {asked} is more than {} per core; using {cap} threads",
                rinse::run::MAX_JOBS_PER_CORE
            );
        }
    }
}

/// A progress bar on standard error when it is a terminal, and the
/// problems printed as they are reported.
pub struct Reporter {
    bar: Option<indicatif::ProgressBar>,
}

impl Reporter {
    /// A reporter; a bar labelled `what` unless `quiet` or not a terminal.
    pub fn new(quiet: bool, what: &str) -> Self {
        let bar = (!quiet && io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new(0);
            let style = indicatif::ProgressStyle::with_template(&format!(
                "{what} {{bar:40}} {{pos}}/{{len}} {{per_sec}} eta {{eta}}"
            ))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
            bar.set_style(style);
            bar
        });
        Reporter { bar }
    }
}

impl Progress for Reporter {
    fn start(&self, total: u64) {
        if let Some(bar) = &self.bar {
            bar.set_position(0);
            bar.set_length(total);
        }
    }
    fn advance(&self, _path: &Path) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }
    fn problem(&self, problem: &Problem) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("rinse: {problem}")),
            None => eprintln!("rinse: {problem}"),
        }
    }
    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Exit status 2 when anything was reported, 0 otherwise; the summary line
/// on standard error unless `quiet`.
pub fn finish(summary: &Summary, quiet: bool) -> ExitCode {
    if !quiet {
        eprintln!("rinse: {summary}");
    }
    if summary.has_problems() {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

/// What to add to an error's message on the command line: the library's
/// errors name no flags, the command line points to the one that helps.
pub fn hint(err: &anyhow::Error) -> &'static str {
    let unknown_rule = err.chain().any(|cause| {
        matches!(
            cause.downcast_ref::<rinse::Error>(),
            Some(rinse::Error::UnknownRule(_))
        )
    });
    if unknown_rule {
        " (see --list-rules)"
    } else {
        ""
    }
}

/// Whether the error is a write to a closed pipe (`rinse big.txt | head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}
