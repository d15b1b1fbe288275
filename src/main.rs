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

EXIT STATUS:
    0 success, 1 --check found something to change, 2 an error.";

/// Strip boilerplate and noise from scraped articles, leaving every word of
/// the article as it was.
#[derive(Debug, Parser)]
#[command(name = "rinse", version, about, after_help = EXAMPLES)]
pub struct Cli {
    /// The file to clean; `-` or nothing reads standard input.
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,

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
    #[arg(long, conflicts_with_all = ["path", "output", "diff", "report", "check", "explain"])]
    pub list_rules: bool,

    /// Explain what RULE catches, the signals it uses, with an example.
    #[arg(long, value_name = "RULE", conflicts_with_all = ["path", "output", "diff", "report", "check"])]
    pub explain: Option<String>,

    /// Print no commentary on standard error (errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,

    /// What the input is: `auto` sniffs the content.
    #[arg(long, value_enum, default_value_t = Format::Auto, value_name = "FORMAT")]
    pub format: Format,
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
    /// Sniff the content: HTML when it starts like an HTML page.
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
    let cleaner = cleaner(cli)?;
    // Batch work (several paths, `--out-dir`, `--in-place`, `--jsonl`) gets
    // its own mode function here, next to `clean_one`.
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
    let input = Input::read(cli.path.as_deref())?;
    for target in [cli.output.as_deref(), cli.report.as_deref()]
        .into_iter()
        .flatten()
    {
        refuse_overwriting_input(&input, target)?;
    }

    let text = prepare(&input, cli.format, cli.quiet)?;
    let cleaned = cleaner.clean(&text);

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
            bail!("{name}: is a directory; give one file, or `-` to read standard input");
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

/// Decodes the input and checks that its format is one rinse can clean.
fn prepare(input: &Input, format: Format, quiet: bool) -> Result<String> {
    let decoded = rinse::decode::decode(&input.bytes);
    if !quiet && decoded.encoding != encoding_rs::UTF_8 {
        eprintln!(
            "rinse: {}: read as {} ({})",
            input.name,
            decoded.encoding.name(),
            decoded.reason
        );
    }
    let format = match format {
        Format::Auto if looks_like_html(&decoded.text) => Format::Html,
        Format::Auto => Format::Text,
        chosen => chosen,
    };
    if format == Format::Html {
        bail!(
            "{}: HTML input is not supported yet; use --format text to clean it as text",
            input.name
        );
    }
    Ok(decoded.text.into_owned())
}

/// Whether `text` starts like an HTML page (`<!doctype html` or `<html`).
fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let head = head.get(..14).unwrap_or(head).to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
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
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(dir)
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn html_is_sniffed_from_the_start_only() {
        assert!(looks_like_html("<!DOCTYPE html>\n<html>"));
        assert!(looks_like_html("  \n<html lang=\"en\">"));
        assert!(looks_like_html("\u{feff}<!doctype html>"));
        assert!(!looks_like_html("An article about <html> tags."));
        assert!(!looks_like_html("<p>fragment</p>"));
        assert!(!looks_like_html(""));
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
