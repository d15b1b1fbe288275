//! Flags resolved once into a [`Mode`]: every combination that cannot
//! work, or where a flag would do nothing, is refused here, before any
//! input is read.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Result};
use rinse::extract::Format;
use rinse::jsonl::OnError;
use rinse::IntakeOptions;

use super::args::{Cli, Command, IntakeArgs, LearnArgs};
use super::is_stdio;

/// What one run of rinse does.
#[derive(Debug)]
pub enum Mode {
    /// `--list-rules`.
    ListRules,
    /// `--explain RULE`.
    Explain(String),
    /// One input (a file or standard input) to one output or view.
    One(One),
    /// Files and folders: mirrored, in place, or checked.
    Batch(Batch),
    /// JSON Lines inputs.
    Jsonl(Jsonl),
    /// `rinse learn`.
    Learn(Learn),
    /// `rinse learn --merge`.
    Merge {
        /// Models to add up.
        inputs: Vec<PathBuf>,
        /// The model to write.
        output: PathBuf,
        /// No commentary.
        quiet: bool,
    },
}

impl Mode {
    /// Whether the run writes any file (an output, a mirrored tree, files
    /// in place, a model, a report): only then can an interruption leave a
    /// temporary file behind, and only then is a signal handler worth its
    /// thread.
    pub fn writes_files(&self) -> bool {
        match self {
            Mode::ListRules | Mode::Explain(_) => false,
            Mode::One(one) => {
                one.output.is_some() || one.report.as_deref().is_some_and(|r| r != Path::new("-"))
            }
            Mode::Batch(batch) => batch.output != BatchOutput::Check,
            Mode::Jsonl(jsonl) => jsonl.output.is_some() || jsonl.out_dir.is_some(),
            Mode::Learn(_) | Mode::Merge { .. } => true,
        }
    }
}

/// Settings every cleaning mode shares.
#[derive(Debug)]
pub struct Common {
    /// `--select`, trimmed.
    pub select: Vec<String>,
    /// `--ignore`, trimmed.
    pub ignore: Vec<String>,
    /// `--model`.
    pub model: Option<PathBuf>,
    /// `--min-docs`.
    pub min_docs: Option<u64>,
    /// How inputs are taken in.
    pub intake: IntakeOptions,
    /// `--quiet`.
    pub quiet: bool,
}

/// One input.
#[derive(Debug)]
pub struct One {
    /// The shared settings.
    pub common: Common,
    /// The file, or `None` for standard input.
    pub input: Option<PathBuf>,
    /// `--output FILE` (not `-`).
    pub output: Option<PathBuf>,
    /// `--diff`.
    pub diff: bool,
    /// Colour the diff.
    pub color: bool,
    /// `--report FILE`; `Some("-")` is standard output.
    pub report: Option<PathBuf>,
    /// `--check`.
    pub check: bool,
}

/// Where batch mode writes.
#[derive(Debug, PartialEq, Eq)]
pub enum BatchOutput {
    /// `--out-dir DIR`.
    Mirror(PathBuf),
    /// `--in-place`.
    InPlace,
    /// `--check`: nowhere.
    Check,
}

/// Batch mode.
#[derive(Debug)]
pub struct Batch {
    /// The shared settings.
    pub common: Common,
    /// Files and directories.
    pub inputs: Vec<PathBuf>,
    /// Where.
    pub output: BatchOutput,
    /// `--glob`.
    pub globs: Vec<String>,
    /// Threads.
    pub jobs: Option<usize>,
    /// Learn a model from the files first.
    pub learn: bool,
}

/// JSON Lines.
#[derive(Debug)]
pub struct Jsonl {
    /// The shared settings.
    pub common: Common,
    /// Inputs; `-` is standard input.
    pub inputs: Vec<PathBuf>,
    /// `--output FILE` (not `-`).
    pub output: Option<PathBuf>,
    /// `--out-dir DIR`.
    pub out_dir: Option<PathBuf>,
    /// `--field`.
    pub field: String,
    /// `--on-error`.
    pub on_error: OnError,
    /// `--source-field`: `--model` is a folder of source models.
    pub source_field: Option<String>,
    /// Threads.
    pub jobs: Option<usize>,
}

/// `rinse learn`.
#[derive(Debug)]
pub struct Learn {
    /// Files, directories or JSON Lines inputs.
    pub inputs: Vec<PathBuf>,
    /// The model to write.
    pub output: PathBuf,
    /// JSON Lines inputs, with this field.
    pub jsonl: Option<String>,
    /// `--source-field`: a model per source, into a folder.
    pub source_field: Option<String>,
    /// How inputs are taken in.
    pub intake: IntakeOptions,
    /// `--glob`.
    pub globs: Vec<String>,
    /// Threads.
    pub jobs: Option<usize>,
    /// `--quiet`.
    pub quiet: bool,
}

/// Rule ids of a comma list, trimmed; a list given but empty is an error.
fn ids(flag: &str, given: &[String]) -> Result<Vec<String>> {
    let ids: Vec<String> = given
        .iter()
        .map(|id| id.trim().to_owned())
        .filter(|id| !id.is_empty())
        .collect();
    if !given.is_empty() && ids.is_empty() {
        bail!("{flag} needs at least one rule id (see --list-rules)");
    }
    Ok(ids)
}

/// `--format`, `--title` and `--encoding` as intake options.
fn intake(args: &IntakeArgs) -> Result<IntakeOptions> {
    let (format, title, encoding) = (args.format.into(), args.title, args.encoding.as_deref());
    if title && format == Format::Text {
        bail!("--title applies to HTML input, not to --format text");
    }
    let encoding = match encoding {
        Some(label) => Some(rinse::decode::encoding_for_label(label)?),
        None => None,
    };
    Ok(IntakeOptions {
        format,
        encoding,
        title,
    })
}

/// Refuses a flag that the chosen mode would ignore.
fn refuse(given: bool, flag: &str, why: &str) -> Result<()> {
    if given {
        bail!("{flag} {why}");
    }
    Ok(())
}

/// The flags as one mode.
pub fn resolve(cli: Cli) -> Result<Mode> {
    if cli.list_rules {
        return Ok(Mode::ListRules);
    }
    if let Some(id) = cli.explain {
        return Ok(Mode::Explain(id));
    }
    if let Some(Command::Learn(args)) = cli.command {
        return learn(args);
    }
    let b = &cli.batch;
    let has_model = b.model.is_some();
    let common = Common {
        select: ids("--select", &cli.select)?,
        ignore: ids("--ignore", &cli.ignore)?,
        model: b.model.clone(),
        min_docs: b.min_docs,
        intake: intake(&cli.intake)?,
        quiet: cli.quiet,
    };
    let dir_given = cli.paths.iter().any(|p| p.is_dir());
    if b.jsonl {
        refuse(
            cli.intake.encoding.is_some(),
            "--encoding",
            "does not apply to JSON Lines, which are UTF-8 text",
        )?;
        refuse(
            !b.glob.is_empty(),
            "--glob",
            "applies to folders, not to --jsonl",
        )?;
        refuse(
            b.no_learn,
            "--no-learn",
            "applies to folders, not to --jsonl",
        )?;
        refuse(
            b.min_docs.is_some() && !has_model,
            "--min-docs",
            "applies to a corpus model: give --model MODEL",
        )?;
        let inputs = if cli.paths.is_empty() {
            vec![PathBuf::from("-")]
        } else {
            cli.paths.clone()
        };
        if b.out_dir.is_some() && inputs.iter().any(|p| is_stdio(p)) {
            bail!("--out-dir names each output after its input: standard input has no name (write to standard output or --output FILE)");
        }
        if cli.output.as_deref().is_some_and(is_stdio) && b.out_dir.is_some() {
            bail!("--output and --out-dir both say where to write; give one");
        }
        return Ok(Mode::Jsonl(Jsonl {
            common,
            inputs,
            output: cli.output.filter(|p| !is_stdio(p)),
            out_dir: b.out_dir.clone(),
            field: b.field.clone(),
            on_error: b.on_error.into(),
            source_field: b.source_field.clone(),
            jobs: b.jobs,
        }));
    }
    let batch_output = if let Some(dir) = &b.out_dir {
        Some(BatchOutput::Mirror(dir.clone()))
    } else if b.in_place {
        Some(BatchOutput::InPlace)
    } else if cli.check && (dir_given || cli.paths.len() > 1) {
        Some(BatchOutput::Check)
    } else {
        None
    };
    if let Some(output) = batch_output {
        if cli.paths.is_empty() || cli.paths.iter().any(|p| is_stdio(p)) {
            bail!("batch mode reads files and directories, not standard input");
        }
        refuse(cli.diff, "--diff", "works on one input, not in batch mode")?;
        refuse(
            cli.report.is_some(),
            "--report",
            "works on one input, not in batch mode",
        )?;
        let corpus_rule = |id: &String| id == "corpus-boilerplate";
        let runs_corpus_rule = (common.select.is_empty() || common.select.iter().any(corpus_rule))
            && !common.ignore.iter().any(corpus_rule);
        let learn = runs_corpus_rule && !has_model && !b.no_learn;
        refuse(
            b.min_docs.is_some() && !has_model && !learn,
            "--min-docs",
            "applies to a corpus model: give --model MODEL, or let batch mode learn one",
        )?;
        return Ok(Mode::Batch(Batch {
            common,
            inputs: cli.paths.clone(),
            output,
            globs: b.glob.clone(),
            jobs: b.jobs,
            learn,
        }));
    }
    if cli.paths.len() > 1 {
        bail!("several paths need --out-dir DIR, --in-place or --check (batch mode)");
    }
    let input = cli.paths.first().filter(|p| !is_stdio(p)).cloned();
    if let Some(path) = &input {
        if path.is_dir() {
            bail!("{}: is a directory; give one file, `-` to read standard input, or --out-dir DIR / --in-place / --check for batch mode", path.display());
        }
    }
    let one_file = "applies to batch mode (--out-dir, --in-place, or --check over a folder)";
    refuse(b.no_learn, "--no-learn", one_file)?;
    refuse(!b.glob.is_empty(), "--glob", one_file)?;
    refuse(
        b.jobs.is_some(),
        "--jobs",
        "applies to batch and JSON Lines work, not to one input",
    )?;
    refuse(
        b.min_docs.is_some() && !has_model,
        "--min-docs",
        "applies to a corpus model: give --model MODEL",
    )?;
    let report_to_stdout = cli.report.as_deref().is_some_and(is_stdio);
    if report_to_stdout && cli.diff {
        bail!("--diff and --report - both write to standard output; give --report a file");
    }
    Ok(Mode::One(One {
        common,
        input,
        output: cli.output.filter(|p| !is_stdio(p)),
        diff: cli.diff,
        color: cli.color.enabled(),
        report: cli.report,
        check: cli.check,
    }))
}

fn learn(args: LearnArgs) -> Result<Mode> {
    if args.merge {
        return Ok(Mode::Merge {
            inputs: args.paths,
            output: args.output,
            quiet: args.quiet,
        });
    }
    if args.jsonl {
        refuse(
            args.intake.encoding.is_some(),
            "--encoding",
            "does not apply to JSON Lines, which are UTF-8 text",
        )?;
        refuse(
            !args.glob.is_empty(),
            "--glob",
            "applies to folders, not to --jsonl",
        )?;
    } else if let Some(stdin) = args.paths.iter().find(|p| is_stdio(p)) {
        bail!(
            "{}: learning from standard input needs --jsonl (one document per line)",
            stdin.display()
        );
    }
    let target = absolute(&args.output);
    if let Some(input) = args.paths.iter().find(|p| absolute(p) == target) {
        bail!(
            "{}: is an input; rinse never writes the model over its input (choose another -o)",
            input.display()
        );
    }
    Ok(Mode::Learn(Learn {
        intake: intake(&args.intake).map_err(|e| anyhow!("{e}"))?,
        inputs: args.paths,
        output: args.output,
        jsonl: args.jsonl.then_some(args.field),
        source_field: args.source_field,
        globs: args.glob,
        jobs: args.jobs,
        quiet: args.quiet,
    }))
}

/// `path` made absolute with links resolved when it exists.
pub fn absolute(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| {
        std::env::current_dir()
            .map(|cwd| cwd.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn mode(args: &[&str]) -> Mode {
        let cli = Cli::try_parse_from(std::iter::once("rinse").chain(args.iter().copied()))
            .expect("arguments parse");
        resolve(cli).expect("arguments resolve")
    }

    #[test]
    fn runs_that_write_files_are_told_from_runs_that_only_print() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("a.txt");
        std::fs::write(&input, "text\n").unwrap();
        let input = input.to_str().unwrap();
        let out = dir.path().join("out");
        let out = out.to_str().unwrap();
        for args in [
            vec![input, "-o", out],
            vec![input, "--report", out],
            vec![input, "--out-dir", out],
            vec!["--jsonl", input, "-o", out],
            vec!["learn", input, "-o", out],
        ] {
            assert!(mode(&args).writes_files(), "{args:?}");
        }
        for args in [
            vec![input],
            vec![input, "-o", "-"],
            vec![input, "--report", "-"],
            vec![input, "--diff"],
            vec![input, "--check"],
            vec!["--jsonl", input],
            vec!["--list-rules"],
        ] {
            assert!(!mode(&args).writes_files(), "{args:?}");
        }
    }
}
