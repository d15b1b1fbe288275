//! One input (a file or standard input) to standard output, `--output`,
//! or one of the views of its edits (`--diff`, `--report`, `--check`).
//!
//! Every view answers the same question, [`Intake::rewrites`]: `--check`
//! exits 1 exactly when `--output` (or `--in-place` in batch mode) would
//! write something other than the input's bytes, and `--diff` compares
//! the decoded input with that output.

use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{anyhow, bail, Result};
use rinse::extract::Format;
use rinse::fsio::{self, io_reason};
use rinse::{Cleaned, Intake};

use super::settings::{absolute, One};
use super::{err_reason, is_stdio, EXIT_CHANGES};

/// Cleans one input as `one` says.
pub fn run(one: &One) -> Result<ExitCode> {
    let cleaner = super::cleaner(&one.common)?;
    let (name, bytes) = read(one.input.as_deref())?;
    if let Some(input) = &one.input {
        for target in [one.output.as_deref(), one.report.as_deref()]
            .into_iter()
            .flatten()
            .filter(|t| !is_stdio(t))
        {
            refuse_overwriting(input, target)?;
        }
    }
    let report_to_stdout = one.report.as_deref().is_some_and(is_stdio);
    // Only the cleaned text wanted: the input's own buffer becomes the
    // decoded text (cleaned in place when it is plain text), and an HTML
    // page is dropped as its article is extracted, so that a big input is
    // held about once.
    let text_only = !one.diff && one.report.is_none() && !one.check;
    if text_only {
        let taken = Intake::read_owned(bytes, &one.common.intake)
            .map_err(|err| anyhow!("{name}: {}", err_reason(&err)))?;
        say_encoding(one, &name, &taken);
        let cleaned = match taken.format() {
            Format::Html => taken.clean(&cleaner),
            _ => cleaner.clean_owned(taken.into_text().into_owned()),
        };
        return write_text(one, &cleaned.text);
    }
    let taken = Intake::read(&bytes, &one.common.intake)
        .map_err(|err| anyhow!("{name}: {}", err_reason(&err)))?;
    say_encoding(one, &name, &taken);
    let cleaned = taken.clean(&cleaner);
    let rewrites = Intake::rewrites(&bytes, &cleaned.text);

    let mut stdout = io::stdout().lock();
    if one.diff {
        // Text: the edits say which lines changed. HTML: the page against
        // its article.
        let diff = match taken.format() {
            Format::Html => {
                rinse::report::unified_diff(taken.decoded(), &cleaned.text, &name, &name, one.color)
            }
            _ => rinse::report::unified_diff_of_edits(
                taken.text(),
                &cleaned.edits,
                &cleaned.text,
                &name,
                &name,
                one.color,
            ),
        };
        stdout.write_all(diff.as_bytes())?;
    }
    if let Some(report) = &one.report {
        let mut json = Vec::new();
        rinse::report::write_report(&mut json, taken.text(), &cleaned.edits, None)?;
        if report_to_stdout {
            stdout.write_all(&json)?;
        } else {
            fsio::write_file(report, &json, false)?;
        }
    }
    if one.check {
        stdout.flush()?;
        if !one.common.quiet {
            eprintln!(
                "rinse: {}",
                check_summary(&name, &taken, &bytes, &cleaned, rewrites)
            );
        }
        return Ok(if rewrites {
            ExitCode::from(EXIT_CHANGES)
        } else {
            ExitCode::SUCCESS
        });
    }
    if one.output.is_none() && (one.diff || report_to_stdout) {
        stdout.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    stdout.flush()?;
    drop(stdout);
    write_text(one, &cleaned.text)
}

/// Writes the cleaned text to `--output`, or to standard output.
fn write_text(one: &One, text: &str) -> Result<ExitCode> {
    match &one.output {
        Some(path) => fsio::write_file(path, text.as_bytes(), false)?,
        None => {
            let mut stdout = io::stdout().lock();
            stdout.write_all(text.as_bytes())?;
            stdout.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Says on standard error which encoding the input was read as, when it
/// was not UTF-8 (unless `--quiet`).
fn say_encoding(one: &One, name: &str, taken: &Intake<'_>) {
    if !one.common.quiet && taken.encoding() != encoding_rs::UTF_8 {
        eprintln!(
            "rinse: {name}: read as {} ({})",
            taken.encoding().name(),
            taken.encoding_reason()
        );
    }
}

/// The name messages call the input by, and its bytes.
fn read(path: Option<&Path>) -> Result<(String, Vec<u8>)> {
    let Some(path) = path else {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|err| anyhow!("<stdin>: {}", io_reason(&err)))?;
        return Ok(("<stdin>".to_owned(), bytes));
    };
    let name = path.display().to_string();
    let bytes = fsio::read_file(path).map_err(|err| anyhow!("{name}: {}", io_reason(&err)))?;
    Ok((name, bytes))
}

/// Refuses a `target` to write that is the input file itself.
fn refuse_overwriting(input: &Path, target: &Path) -> Result<()> {
    if target.exists() && absolute(input) == absolute(target) {
        bail!(
            "{}: is the input file; rinse never writes over its input (choose another path)",
            target.display()
        );
    }
    Ok(())
}

/// One line on what `--check` found: the edits, and what else makes the
/// output differ from the input's bytes.
fn check_summary(
    name: &str,
    taken: &Intake<'_>,
    bytes: &[u8],
    cleaned: &Cleaned,
    rewrites: bool,
) -> String {
    if !rewrites {
        return format!("{name}: clean");
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for edit in &cleaned.edits {
        match counts.iter_mut().find(|(rule, _)| *rule == edit.rule) {
            Some((_, n)) => *n += 1,
            None => counts.push((edit.rule, 1)),
        }
    }
    let mut why = Vec::new();
    if taken.format() == Format::Html {
        why.push("the article extracted from HTML".to_owned());
    }
    if taken.encoding() != encoding_rs::UTF_8 {
        why.push(format!(
            "rewritten from {} as UTF-8",
            taken.encoding().name()
        ));
    } else if bytes.starts_with(b"\xEF\xBB\xBF") {
        why.push("the byte order mark dropped".to_owned());
    }
    let n = cleaned.edits.len();
    if n > 0 {
        let rules = counts
            .iter()
            .map(|(rule, n)| format!("{rule} ×{n}"))
            .collect::<Vec<_>>()
            .join(", ");
        let plural = if n == 1 { "" } else { "s" };
        why.insert(0, format!("{n} edit{plural} ({rules})"));
    }
    if why.is_empty() {
        why.push("the output differs".to_owned());
    }
    format!("{name}: would change: {}", why.join("; "))
}
