//! The `rinse` command line: parses arguments and moves bytes.
//!
//! Everything that cleans lives in the library; this file reads the input,
//! hands it to a [`rinse::Cleaner`], and writes one of the views of the edit
//! list (cleaned text, diff, report, check) where the user asked.
//!
//! Layout, so that more modes can slot in: [`Cli`] holds the flags, [`run`]
//! dispatches to one function per mode ([`list_rules`], [`explain`],
//! [`clean_one`]), and the steps a mode is made of ([`Input::read`],
//! [`prepare`], [`write_atomically`], …) are small functions of their own.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{anyhow, bail, Result};
use clap::{Parser, ValueEnum};
use rinse::batch::{self, Output, Problem, Progress, Summary};
use rinse::corpus::CorpusModel;
use rinse::jsonl::{self, JsonlOptions, OnError};
use rinse::rules::{RuleKind, RULES};
use rinse::{Cleaned, Cleaner};

const EXAMPLES: &str = "\
EXAMPLES:
    Clean a file to standard output:
        rinse article.txt

    Use it as a filter in a pipeline:
        curl -s https://example.com/article.txt | rinse | wc -w

    Write the result to another file (never over the input):
        rinse article.txt --output clean.txt

    See what would be removed, and why:
        rinse article.txt --diff
        rinse article.txt --report -
        rinse --explain repeated-block

    Fail a CI job when a file still has noise in it:
        rinse --check article.txt

    Run only some rules, or all but some:
        rinse --select repeated-block,byline article.txt
        rinse --ignore caption article.txt

    Clean a folder into a mirrored tree, or rewrite its files in place:
        rinse scraped/ --out-dir clean/
        rinse scraped/ --in-place --jobs 4

    Clean a JSON Lines corpus with a model learned over all its shards:
        rinse learn --jsonl shard-1.jsonl.gz -o m1 && rinse learn --jsonl shard-2.jsonl.gz -o m2
        rinse learn --merge m1 m2 -o corpus.model
        rinse --jsonl shard-1.jsonl.gz --model corpus.model > clean-1.jsonl

EXIT STATUS:
    0 success, 1 --check found something to change, 2 an error (in batch
    and JSON Lines work: at least one bad file or line, reported on stderr).";

/// Strip boilerplate and noise from scraped articles, leaving every word of
/// the article as it was.
#[derive(Debug, Parser)]
#[command(name = "rinse", version, about, after_help = EXAMPLES)]
pub struct Cli {
    /// Batch work: `rinse learn` builds a corpus model.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// The file to clean; `-` or nothing reads standard input. Directories
    /// or several paths with --out-dir or --in-place: batch mode.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Write the cleaned text to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE", conflicts_with = "check")]
    pub output: Option<PathBuf>,

    /// Print a unified diff of the input against the cleaned text instead of
    /// the cleaned text.
    #[arg(long)]
    pub diff: bool,

    /// When to colour the diff: `auto` colours only a terminal, and only
    /// when NO_COLOR is unset.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Write every edit as JSON Lines (rule, start, end, action, text,
    /// replacement, reason) to FILE, or with `-` to standard output instead
    /// of the cleaned text.
    #[arg(long, value_name = "FILE|-")]
    pub report: Option<PathBuf>,

    /// Change nothing: exit 1 if cleaning would change the input, 0 if not.
    /// Prints nothing on standard output (except with --diff or --report -).
    #[arg(long)]
    pub check: bool,

    /// Run only these rules (comma-separated ids, see --list-rules).
    #[arg(long, value_delimiter = ',', value_name = "RULE,...")]
    pub select: Vec<String>,

    /// Do not run these rules (comma-separated ids).
    #[arg(long, value_delimiter = ',', value_name = "RULE,...")]
    pub ignore: Vec<String>,

    /// List every rule: id, kind and what it catches.
    #[arg(long, conflicts_with_all = ["paths", "output", "diff", "report", "check", "explain"])]
    pub list_rules: bool,

    /// Explain what RULE catches, the signals it uses, with an example.
    #[arg(long, value_name = "RULE", conflicts_with_all = ["paths", "output", "diff", "report", "check"])]
    pub explain: Option<String>,

    /// Print no commentary on standard error (errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,

    /// What the input is: `auto` sniffs the content.
    #[arg(long, value_enum, default_value_t = Format::Auto, value_name = "FORMAT")]
    pub format: Format,

    /// HTML input: put the headline first in the output.
    #[arg(long)]
    pub title: bool,

    /// Read the input in this encoding (any WHATWG label: utf-8, latin1,
    /// windows-1251, shift_jis…) instead of detecting it.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,

    /// Batch and corpus flags.
    #[command(flatten)]
    pub batch: BatchArgs,
}

/// Flags of batch and corpus work.
#[derive(Debug, clap::Args)]
#[command(next_help_heading = "Batch and corpus")]
pub struct BatchArgs {
    /// Batch mode: write each cleaned file to a mirrored tree under DIR.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["output", "diff", "report", "check"])]
    pub out_dir: Option<PathBuf>,

    /// Batch mode: rewrite each file that changes, atomically.
    #[arg(long, conflicts_with_all = ["out_dir", "output", "diff", "report", "check"])]
    pub in_place: bool,

    /// Clean the files under directories matching GLOB (repeatable) instead
    /// of *.txt, *.html and *.htm.
    #[arg(long, value_name = "GLOB")]
    pub glob: Vec<String>,

    /// Worker threads (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Read and write JSON Lines: clean the --field of every line, pass the
    /// rest through untouched (`.gz` inputs are decompressed).
    #[arg(long, conflicts_with_all = ["in_place", "diff", "report", "check"])]
    pub jsonl: bool,

    /// The JSON Lines field holding the text.
    #[arg(long, value_name = "NAME", default_value = "text", requires = "jsonl")]
    pub field: String,

    /// What to do with a JSON Lines line that is not JSON or lacks the field.
    #[arg(long, value_enum, default_value_t = OnErrorArg::Keep, value_name = "MODE", requires = "jsonl")]
    pub on_error: OnErrorArg,

    /// Apply the corpus model MODEL (from `rinse learn`) for
    /// corpus-boilerplate.
    #[arg(long, value_name = "MODEL")]
    pub model: Option<PathBuf>,

    /// Documents a block must appear in to be corpus boilerplate (default:
    /// 5, or 0.1% of the corpus if more).
    #[arg(long, value_name = "N")]
    pub min_docs: Option<u64>,

    /// Batch mode: do not learn a corpus model from the files first.
    #[arg(long, conflicts_with = "model")]
    pub no_learn: bool,
}

/// Subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Count the blocks of a corpus into a model file (`rinse learn PATHS… -o
    /// MODEL`), or add models up (`rinse learn --merge M1 M2 … -o MODEL`).
    Learn(LearnArgs),
}

/// `rinse learn`.
#[derive(Debug, clap::Args)]
pub struct LearnArgs {
    /// Files or directories to learn from (`-` reads standard input with
    /// --jsonl); with --merge, the models to add up.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Where to write the model.
    #[arg(short, long, value_name = "MODEL")]
    pub output: PathBuf,

    /// Add up the models given as PATHs instead of learning.
    #[arg(long, conflicts_with_all = ["jsonl", "glob"])]
    pub merge: bool,

    /// The inputs are JSON Lines (one document per line).
    #[arg(long)]
    pub jsonl: bool,

    /// The JSON Lines field holding the text.
    #[arg(long, value_name = "NAME", default_value = "text")]
    pub field: String,

    /// Learn from files under directories matching GLOB (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub glob: Vec<String>,

    /// Worker threads (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Print no commentary on standard error.
    #[arg(short, long)]
    pub quiet: bool,
}

/// `--on-error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnErrorArg {
    /// Leave the line out (reported; exit 2).
    Skip,
    /// Write the line unchanged (reported; exit 2).
    Keep,
    /// Stop at the line (exit 2).
    Fail,
}

impl From<OnErrorArg> for OnError {
    fn from(arg: OnErrorArg) -> OnError {
        match arg {
            OnErrorArg::Skip => OnError::Skip,
            OnErrorArg::Keep => OnError::Keep,
            OnErrorArg::Fail => OnError::Fail,
        }
    }
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal and NO_COLOR is unset.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    /// Whether to colour what goes to standard output.
    fn enabled(self) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
                !no_color && io::stdout().is_terminal()
            }
        }
    }
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Sniff the content: HTML when it looks like an HTML page or fragment.
    Auto,
    /// Plain text.
    Text,
    /// An HTML page.
    Html,
}

/// Exit status 1: `--check` found something to change.
const EXIT_CHANGES: u8 = 1;
/// Exit status 2: an error.
const EXIT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("rinse: {err:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Picks the mode the flags ask for and runs it.
fn run(cli: &Cli) -> Result<ExitCode> {
    if cli.list_rules {
        return list_rules(&mut io::stdout().lock());
    }
    if let Some(id) = &cli.explain {
        return explain(&mut io::stdout().lock(), id);
    }
    if let Some(Command::Learn(args)) = &cli.command {
        return learn(args);
    }
    let cleaner = with_model(cleaner(cli)?, cli)?;
    if cli.batch.jsonl {
        return clean_jsonl(cli, &cleaner);
    }
    let b = &cli.batch;
    if b.out_dir.is_some() || b.in_place {
        return clean_batch(cli, cleaner);
    }
    if cli.paths.len() > 1 {
        bail!("several paths need --out-dir DIR or --in-place (batch mode)");
    }
    clean_one(cli, &cleaner)
}

/// `--list-rules`: one aligned line per rule.
fn list_rules(out: &mut impl Write) -> Result<ExitCode> {
    let width = RULES.iter().map(|rule| rule.id().len()).max().unwrap_or(0);
    for rule in RULES {
        writeln!(
            out,
            "{:width$}  {:9}  {}",
            rule.id(),
            kind_name(rule.kind()),
            rule.summary()
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `--explain RULE`.
fn explain(out: &mut impl Write, id: &str) -> Result<ExitCode> {
    let rule = rinse::rules::find(id.trim())
        .ok_or_else(|| rinse::Error::UnknownRule(id.trim().to_owned()))?;
    writeln!(
        out,
        "{} ({} rule): {}\n\n{}",
        rule.id(),
        kind_name(rule.kind()),
        rule.summary(),
        rule.explain().trim_end()
    )?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn kind_name(kind: RuleKind) -> &'static str {
    match kind {
        RuleKind::Character => "character",
        RuleKind::Block => "block",
    }
}

/// The cleaner `--select` and `--ignore` ask for.
fn cleaner(cli: &Cli) -> Result<Cleaner> {
    let nonempty = |ids: &[String]| -> Vec<String> {
        ids.iter()
            .map(|id| id.trim().to_owned())
            .filter(|id| !id.is_empty())
            .collect()
    };
    Ok(Cleaner::from_selection(
        &nonempty(&cli.select),
        &nonempty(&cli.ignore),
    )?)
}

/// One document: standard input or one file, to standard output or
/// `--output`, or one of the views (`--diff`, `--report`, `--check`).
fn clean_one(cli: &Cli, cleaner: &Cleaner) -> Result<ExitCode> {
    let report_to_stdout = cli.report.as_deref().is_some_and(is_stdio);
    if report_to_stdout && cli.diff {
        bail!("--diff and --report - both write to standard output; give --report a file");
    }
    let input = Input::read(cli.paths.first().map(PathBuf::as_path))?;
    for target in [cli.output.as_deref(), cli.report.as_deref()]
        .into_iter()
        .flatten()
    {
        refuse_overwriting_input(&input, target)?;
    }

    let (text, format) = prepare(&input, cli)?;
    let options = rinse::extract::ExtractOptions { title: cli.title };
    let (text, cleaned) = cleaner.clean_input(&text, format, &options);

    let mut stdout = io::stdout().lock();
    if cli.diff {
        let diff = rinse::report::unified_diff(
            &text,
            &cleaned.text,
            &input.name,
            &input.name,
            cli.color.enabled(),
        );
        stdout.write_all(diff.as_bytes())?;
    }
    if let Some(report) = &cli.report {
        let mut json = Vec::new();
        rinse::report::write_report(&mut json, &text, &cleaned.edits, None)?;
        if report_to_stdout {
            stdout.write_all(&json)?;
        } else {
            write_atomically(report, &json)?;
        }
    }
    if cli.check {
        stdout.flush()?;
        if !cli.quiet {
            eprintln!("rinse: {}", check_summary(&input.name, &cleaned));
        }
        let code = if cleaned.changed() {
            ExitCode::from(EXIT_CHANGES)
        } else {
            ExitCode::SUCCESS
        };
        return Ok(code);
    }
    match cli.output.as_deref() {
        Some(path) if !is_stdio(path) => write_atomically(path, cleaned.text.as_bytes())?,
        _ if cli.diff || report_to_stdout => {}
        _ => stdout.write_all(cleaned.text.as_bytes())?,
    }
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Opens one JSON Lines input (`-` is standard input; `.gz` is
/// decompressed) with the name to report it by.
fn open_jsonl_input(input: &Path) -> Result<(Box<dyn io::BufRead + Send>, String)> {
    if is_stdio(input) {
        return Ok((
            Box::new(io::BufReader::new(io::stdin())),
            "<stdin>".to_owned(),
        ));
    }
    let name = input.display().to_string();
    let reader = jsonl::open(input).map_err(|err| anyhow!("{name}: {}", io_reason(&err)))?;
    Ok((reader, name))
}

/// Whether `path` stands for standard input or output.
fn is_stdio(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The bytes of one input and the name messages call it by.
#[derive(Debug)]
pub struct Input {
    /// The path as given, or `None` for standard input.
    pub path: Option<PathBuf>,
    /// The path as given, or `<stdin>`.
    pub name: String,
    /// The raw bytes.
    pub bytes: Vec<u8>,
}

impl Input {
    /// Reads `path`, or standard input when it is `None` or `-`.
    fn read(path: Option<&Path>) -> Result<Input> {
        let Some(path) = path.filter(|p| !is_stdio(p)) else {
            let mut bytes = Vec::new();
            io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|err| anyhow!("<stdin>: {}", io_reason(&err)))?;
            return Ok(Input {
                path: None,
                name: "<stdin>".to_owned(),
                bytes,
            });
        };
        let name = path.display().to_string();
        if path.is_dir() {
            bail!("{name}: is a directory; give one file, `-` to read standard input, or --out-dir DIR / --in-place for batch mode");
        }
        let bytes = std::fs::read(path).map_err(|err| anyhow!("{name}: {}", io_reason(&err)))?;
        Ok(Input {
            path: Some(path.to_owned()),
            name,
            bytes,
        })
    }
}

/// A short, lowercase reason for an I/O error, without the OS error number.
fn io_reason(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        io::ErrorKind::IsADirectory => "is a directory".to_owned(),
        _ => {
            let text = err.to_string();
            match text.find(" (os error") {
                Some(cut) => text[..cut].to_owned(),
                None => text,
            }
        }
    }
}

/// Refuses a `target` to write that is the input file itself.
fn refuse_overwriting_input(input: &Input, target: &Path) -> Result<()> {
    let Some(source) = &input.path else {
        return Ok(());
    };
    if is_stdio(target) {
        return Ok(());
    }
    let same = match (source.canonicalize(), target.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        bail!(
            "{}: is the input file; rinse never writes over its input (choose another path)",
            target.display()
        );
    }
    Ok(())
}

/// Decodes the input (refusing binary bytes) and resolves its format.
fn prepare(input: &Input, cli: &Cli) -> Result<(String, rinse::extract::Format)> {
    let forced = match &cli.encoding {
        Some(label) => Some(rinse::decode::encoding_for_label(label)?),
        None => None,
    };
    let decoded = rinse::decode::decode_checked(&input.bytes, forced)
        .map_err(|err| anyhow!("{}: {err}", input.name))?;
    if !cli.quiet && decoded.encoding != encoding_rs::UTF_8 {
        eprintln!(
            "rinse: {}: read as {} ({})",
            input.name,
            decoded.encoding.name(),
            decoded.reason
        );
    }
    let format = match cli.format {
        Format::Auto => rinse::extract::Format::Auto,
        Format::Text => rinse::extract::Format::Text,
        Format::Html => rinse::extract::Format::Html,
    };
    let format = format.resolve(&decoded.text);
    Ok((decoded.text.into_owned(), format))
}

/// One line on what `--check` found.
fn check_summary(name: &str, cleaned: &Cleaned) -> String {
    if !cleaned.changed() {
        return format!("{name}: clean");
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for edit in &cleaned.edits {
        match counts.iter_mut().find(|(rule, _)| *rule == edit.rule) {
            Some((_, n)) => *n += 1,
            None => counts.push((edit.rule, 1)),
        }
    }
    let rules = counts
        .iter()
        .map(|(rule, n)| format!("{rule} ×{n}"))
        .collect::<Vec<_>>()
        .join(", ");
    let n = cleaned.edits.len();
    let plural = if n == 1 { "" } else { "s" };
    format!("{name}: would make {n} edit{plural} ({rules})")
}

/// Writes `bytes` to `path` through a temporary file in the same directory,
/// renamed over `path` at the end: `path` is never left half-written.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path.display();
    if let Some(file) = rinse::batch::open_special_file(path) {
        return file
            .and_then(|mut file| file.write_all(bytes))
            .map_err(|err| anyhow!("{name}: {}", io_reason(&err)));
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut file = rinse::batch::output_tempfile(dir)
        .map_err(|err| anyhow!("{name}: cannot create a file here: {}", io_reason(&err)))?;
    file.write_all(bytes)
        .and_then(|()| file.as_file().sync_all())
        .map_err(|err| anyhow!("{name}: {}", io_reason(&err)))?;
    if let Ok(meta) = std::fs::metadata(path) {
        // Keep the permissions of the file being replaced.
        let _ = std::fs::set_permissions(file.path(), meta.permissions());
    }
    file.persist(path)
        .map_err(|err| anyhow!("{name}: {}", io_reason(&err.error)))?;
    Ok(())
}

/// Whether the error is a write to a closed pipe (`rinse big.txt | head`).
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// The cleaner with the `--model` file, if one is given (`--min-docs`
/// applies to it).
fn with_model(cleaner: Cleaner, cli: &Cli) -> Result<Cleaner> {
    let Some(path) = &cli.batch.model else {
        return Ok(cleaner);
    };
    let mut model = CorpusModel::load(path)
        .map_err(|err| anyhow!("{}: {}", path.display(), err_reason(&err)))?;
    model.set_min_docs(cli.batch.min_docs);
    // Only applied from here on: the rare blocks can go.
    model.retain_frequent();
    Ok(cleaner.with_model(std::sync::Arc::new(model)))
}

/// A library error as a reason after a path: I/O errors as [`io_reason`].
fn err_reason(err: &rinse::Error) -> String {
    match err {
        rinse::Error::Io(io) => io_reason(io),
        other => other.to_string(),
    }
}

/// A progress bar on standard error when it is a terminal, and the
/// problems printed as they are reported.
struct Reporter {
    bar: Option<indicatif::ProgressBar>,
}

impl Reporter {
    fn new(quiet: bool, what: &str) -> Self {
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
/// on standard error unless `--quiet`.
fn finish(summary: &Summary, quiet: bool) -> ExitCode {
    if !quiet {
        eprintln!("rinse: {summary}");
    }
    if summary.has_problems() {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

/// Batch mode: every file under the paths, to `--out-dir` or in place,
/// after learning a corpus model from them (unless `--model`/`--no-learn`).
fn clean_batch(cli: &Cli, cleaner: Cleaner) -> Result<ExitCode> {
    let b = &cli.batch;
    if cli.paths.is_empty() || cli.paths.iter().any(|p| is_stdio(p)) {
        bail!("batch mode reads files and directories, not standard input");
    }
    let filter = batch::FileFilter::from_globs(&b.glob)?;
    let found = batch::discover(&cli.paths, &filter);
    let output = match &b.out_dir {
        Some(dir) => Output::Mirror(dir.clone()),
        None => Output::InPlace,
    };
    batch::check_output(&found, &output)?;
    let wants_model = cleaner.rule_ids().contains(&"corpus-boilerplate");
    let cleaner = if wants_model && b.model.is_none() && !b.no_learn {
        // Unreadable files are reported by the cleaning pass.
        let (mut model, _) = batch::learn(&found, b.jobs, &Reporter::new(cli.quiet, "learning"))?;
        model.set_min_docs(b.min_docs);
        model.retain_frequent();
        cleaner.with_model(std::sync::Arc::new(model))
    } else {
        cleaner
    };
    let summary = batch::clean_files(
        &found,
        &cleaner,
        &output,
        b.jobs,
        &Reporter::new(cli.quiet, "cleaning"),
    )?;
    Ok(finish(&summary, cli.quiet))
}

/// `--jsonl`: each input (standard input when none) cleaned line by line to
/// standard output, `--output FILE`, or `--out-dir DIR/<name>`.
fn clean_jsonl(cli: &Cli, cleaner: &Cleaner) -> Result<ExitCode> {
    let b = &cli.batch;
    let options = JsonlOptions {
        field: b.field.clone(),
        on_error: b.on_error.into(),
        ..JsonlOptions::default()
    };
    let pool = batch::thread_pool(b.jobs)?;
    let reporter = Reporter::new(true, "");
    let stdin_only = [PathBuf::from("-")];
    let inputs: &[PathBuf] = if cli.paths.is_empty() {
        &stdin_only
    } else {
        &cli.paths
    };
    if let Some(out) = cli.output.as_deref().filter(|p| !is_stdio(p)) {
        for input in inputs.iter().filter(|p| !is_stdio(p)) {
            refuse_overwriting_input(
                &Input {
                    path: Some(input.clone()),
                    name: String::new(),
                    bytes: Vec::new(),
                },
                out,
            )?;
        }
    }
    let mut total = Summary::default();
    let mut to_file = match (&b.out_dir, cli.output.as_deref()) {
        (None, Some(path)) if !is_stdio(path) => Some(JsonlSink::create(path)?),
        _ => None,
    };
    let stdout = io::stdout();
    for input in inputs {
        let (reader, name) = open_jsonl_input(input)?;
        let result = match (&b.out_dir, &mut to_file) {
            (Some(dir), _) => {
                let file_name = input
                    .file_name()
                    .map_or_else(|| "stdin.jsonl".into(), PathBuf::from);
                let target = dir.join(file_name);
                if target.canonicalize().ok() == input.canonicalize().ok() && target.exists() {
                    bail!(
                        "{}: is the input file; rinse never writes over its input",
                        target.display()
                    );
                }
                std::fs::create_dir_all(dir)
                    .map_err(|err| anyhow!("{}: {}", dir.display(), io_reason(&err)))?;
                let mut sink = JsonlSink::create(&target)?;
                let result = jsonl::clean_jsonl(
                    reader,
                    sink.writer(),
                    &name,
                    cleaner,
                    &options,
                    &pool,
                    &reporter,
                );
                match result {
                    Ok(summary) => {
                        sink.commit()?;
                        Ok(summary)
                    }
                    Err(err) => Err(err),
                }
            }
            (None, Some(sink)) => jsonl::clean_jsonl(
                reader,
                sink.writer(),
                &name,
                cleaner,
                &options,
                &pool,
                &reporter,
            ),
            (None, None) => jsonl::clean_jsonl(
                reader,
                io::BufWriter::with_capacity(1 << 16, &stdout),
                &name,
                cleaner,
                &options,
                &pool,
                &reporter,
            ),
        };
        let summary = result.map_err(|err| match err {
            rinse::Error::Io(io) => anyhow::Error::new(io).context(name.clone()),
            other => anyhow::Error::new(other),
        })?;
        merge_summary(&mut total, summary);
    }
    if let Some(sink) = to_file {
        sink.commit()?;
    }
    Ok(finish(&total, cli.quiet))
}

/// Adds `part` into `total`.
fn merge_summary(total: &mut Summary, part: Summary) {
    total.documents += part.documents;
    total.changed += part.changed;
    total.bytes_in += part.bytes_in;
    total.bytes_out += part.bytes_out;
    for (rule, n) in part.edits {
        *total.edits.entry(rule).or_default() += n;
    }
    total.problem_count += part
        .problem_count
        .saturating_sub(part.problems.len() as u64);
    for problem in part.problems {
        total.add_problem(problem);
    }
}

/// A JSON Lines output file written through a temporary file (gzip when
/// its name ends in `.gz`) and renamed into place at the end; a device or
/// a named pipe is written straight into.
struct JsonlSink {
    path: PathBuf,
    writer: SinkWriter,
    /// The temporary file to rename, `None` when writing straight into
    /// `path`.
    tmp: Option<tempfile::TempPath>,
}

/// The writer of a [`JsonlSink`]: plain, or compressed.
enum SinkWriter {
    Plain(io::BufWriter<std::fs::File>),
    Gzip(flate2::write::GzEncoder<io::BufWriter<std::fs::File>>),
}

impl SinkWriter {
    /// Writes out what is buffered (and the gzip trailer): errors surface
    /// here rather than being lost when the writer is dropped.
    fn finish(self) -> io::Result<()> {
        let mut file = match self {
            SinkWriter::Plain(w) => w,
            SinkWriter::Gzip(gz) => gz.finish()?,
        };
        file.flush()
    }
}

impl JsonlSink {
    fn create(path: &Path) -> Result<Self> {
        let name = path.display();
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let (file, tmp) = if let Some(file) = rinse::batch::open_special_file(path) {
            let file = file.map_err(|err| anyhow!("{name}: {}", io_reason(&err)))?;
            (file, None)
        } else {
            let file = rinse::batch::output_tempfile(dir)
                .map_err(|err| anyhow!("{name}: cannot create a file here: {}", io_reason(&err)))?;
            let (file, tmp) = file.into_parts();
            (file, Some(tmp))
        };
        let buffered = io::BufWriter::with_capacity(1 << 16, file);
        let gz = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
        let writer = if gz {
            SinkWriter::Gzip(flate2::write::GzEncoder::new(
                buffered,
                flate2::Compression::default(),
            ))
        } else {
            SinkWriter::Plain(buffered)
        };
        Ok(JsonlSink {
            path: path.to_owned(),
            writer,
            tmp,
        })
    }

    fn writer(&mut self) -> &mut (dyn Write + Send) {
        match &mut self.writer {
            SinkWriter::Plain(w) => w,
            SinkWriter::Gzip(w) => w,
        }
    }

    /// Finishes the file and renames it into place.
    fn commit(self) -> Result<()> {
        let name = self.path.display().to_string();
        let JsonlSink { path, writer, tmp } = self;
        writer
            .finish()
            .map_err(|err| anyhow!("{name}: {}", io_reason(&err)))?;
        if let Some(tmp) = tmp {
            tmp.persist(&path)
                .map_err(|err| anyhow!("{name}: {}", io_reason(&err.error)))?;
        }
        Ok(())
    }
}

/// `rinse learn`: a model from files, directories or JSON Lines, or the sum
/// of models.
fn learn(args: &LearnArgs) -> Result<ExitCode> {
    let reporter = Reporter::new(args.quiet, "learning");
    let mut model = CorpusModel::new();
    let mut summary = Summary::default();
    if args.merge {
        for path in &args.paths {
            let part = CorpusModel::load(path)
                .map_err(|err| anyhow!("{}: {}", path.display(), err_reason(&err)))?;
            model.merge(&part);
        }
    } else if args.jsonl {
        let pool = batch::thread_pool(args.jobs)?;
        for input in &args.paths {
            let (reader, name) = open_jsonl_input(input)?;
            // No bar: the number of lines is not known ahead.
            let part = jsonl::learn_jsonl(
                reader,
                &name,
                &args.field,
                &mut model,
                &pool,
                &Reporter::new(true, ""),
            )
            .map_err(|err| anyhow!("{name}: {}", err_reason(&err)))?;
            merge_summary(&mut summary, part);
        }
    } else {
        let filter = batch::FileFilter::from_globs(&args.glob)?;
        let found = batch::discover(&args.paths, &filter);
        let (learned, learned_summary) = batch::learn(&found, args.jobs, &reporter)?;
        for problem in &learned_summary.problems {
            reporter.problem(problem);
        }
        model = learned;
        summary = learned_summary;
    }
    model
        .save(&args.output)
        .map_err(|err| anyhow!("{}: {}", args.output.display(), err_reason(&err)))?;
    if !args.quiet {
        let per_block = if model.is_empty() {
            0
        } else {
            model.heap_bytes() / model.len()
        };
        eprintln!(
            "rinse: {} documents, {} distinct blocks ({} bytes each in memory) → {}{}",
            model.docs(),
            model.len(),
            per_block,
            args.output.display(),
            match summary.problem_count {
                0 => String::new(),
                1 => "; 1 error".to_owned(),
                n => format!("; {n} errors"),
            }
        );
    }
    Ok(if summary.has_problems() {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn list_rules_aligns_every_rule() {
        let mut out = Vec::new();
        list_rules(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), RULES.len());
        let columns: Vec<usize> = RULES
            .iter()
            .zip(&lines)
            .map(|(rule, line)| {
                assert!(line.starts_with(rule.id()));
                line.rfind(rule.summary()).unwrap()
            })
            .collect();
        assert!(columns.windows(2).all(|w| w[0] == w[1]), "{text}");
    }

    #[test]
    fn io_reasons_drop_the_os_error_number() {
        let err = io::Error::from_raw_os_error(2);
        assert_eq!(io_reason(&err), "no such file or directory");
        let other = io::Error::other("disk on fire (os error 99)");
        assert_eq!(io_reason(&other), "disk on fire");
    }
}
