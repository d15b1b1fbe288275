//! Views of an edit list: the JSON Lines report and the unified diff.

use std::io::{self, Write};

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

use crate::edit::{Action, Edit};

/// One line of `--report`: an edit, with the text it covers.
///
/// Fields, in order: `file` (only in batch work), `rule`, `start` and `end`
/// (byte offsets into the decoded input), `action` (`remove` or
/// `replace`), `text` (what the span held), `replacement` (what takes its
/// place, empty for a removal) and `reason`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportRecord<'a> {
    /// The input the edit belongs to, in batch work.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<&'a str>,
    /// Id of the rule.
    pub rule: &'static str,
    /// Byte offset where the span starts.
    pub start: usize,
    /// Byte offset just past the span.
    pub end: usize,
    /// `remove` or `replace`.
    pub action: Action,
    /// The text the span held.
    pub text: &'a str,
    /// What takes its place.
    pub replacement: &'a str,
    /// Why.
    pub reason: &'a str,
}

impl<'a> ReportRecord<'a> {
    /// The record for `edit`, whose span points into `source`.
    pub fn new(edit: &'a Edit, source: &'a str, file: Option<&'a str>) -> Self {
        ReportRecord {
            file,
            rule: edit.rule,
            start: edit.start,
            end: edit.end,
            action: edit.action(),
            text: &source[edit.span()],
            replacement: &edit.replacement,
            reason: &edit.reason,
        }
    }
}

/// Writes one JSON object per edit, one per line.
pub fn write_report<W: Write>(
    out: &mut W,
    source: &str,
    edits: &[Edit],
    file: Option<&str>,
) -> io::Result<()> {
    for edit in edits {
        serde_json::to_writer(&mut *out, &ReportRecord::new(edit, source, file))?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// How long the line diff may search for the smallest diff, at least; a
/// millisecond more per 20 KB of input. Past it the remaining lines are
/// shown as removed and added: still a correct diff, only not the
/// smallest, and it keeps `--diff` within a few times the cleaning time
/// on inputs of tens of megabytes with changes everywhere (the search is
/// quadratic in the number of changed lines).
const DIFF_DEADLINE_MS: u64 = 500;

/// A unified diff of `before` against `after` with three lines of
/// context, headed `--- old` / `+++ new`; ANSI colours when `color`.
/// Empty when the two are equal. Lines are compared (never characters),
/// under a deadline proportional to the input's size (see
/// [`DIFF_DEADLINE_MS`]).
pub fn unified_diff(before: &str, after: &str, old: &str, new: &str, color: bool) -> String {
    if before == after {
        return String::new();
    }
    let budget = DIFF_DEADLINE_MS + (before.len() + after.len()) as u64 / 20_000;
    let diff = TextDiff::configure()
        .algorithm(similar::Algorithm::Myers)
        .deadline(std::time::Instant::now() + std::time::Duration::from_millis(budget))
        .diff_lines(before, after);
    let mut unified = diff.unified_diff();
    unified.context_radius(3).header(old, new);
    if !color {
        let mut text = unified.to_string();
        if !text.ends_with('\n') {
            text.push('\n');
        }
        return text;
    }
    let mut text = format!("\x1b[1m--- {old}\n+++ {new}\x1b[0m\n");
    for hunk in unified.iter_hunks() {
        text.push_str(&format!("\x1b[36m{}\x1b[0m\n", hunk.header()));
        for change in hunk.iter_changes() {
            let (sign, style) = match change.tag() {
                ChangeTag::Delete => ('-', "\x1b[31m"),
                ChangeTag::Insert => ('+', "\x1b[32m"),
                ChangeTag::Equal => (' ', ""),
            };
            let line = change.value();
            let line = line.strip_suffix('\n').unwrap_or(line);
            if style.is_empty() {
                text.push_str(&format!("{sign}{line}\n"));
            } else {
                text.push_str(&format!("{style}{sign}{line}\x1b[0m\n"));
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_lines_carry_the_removed_text() {
        let source = "keep DROP keep";
        let edits = [Edit::remove("test", 4..9, "because")];
        let mut out = Vec::new();
        write_report(&mut out, source, &edits, None).unwrap();
        let line = String::from_utf8(out).unwrap();
        assert_eq!(
            line,
            "{\"rule\":\"test\",\"start\":4,\"end\":9,\"action\":\"remove\",\"text\":\" DROP\",\"replacement\":\"\",\"reason\":\"because\"}\n"
        );
    }

    #[test]
    fn diff_is_empty_for_equal_texts_and_marks_removals() {
        assert_eq!(unified_diff("a\n", "a\n", "a", "b", false), "");
        let diff = unified_diff("a\nb\nc\n", "a\nc\n", "in", "out", false);
        assert!(diff.starts_with("--- in\n+++ out\n"));
        assert!(diff.contains("\n-b\n"));
        let colored = unified_diff("a\nb\n", "a\n", "in", "out", true);
        assert!(colored.contains("\x1b[31m-b"));
    }
}
