//! Views of an edit list: the JSON Lines report and the unified diff.

use std::io::{self, Write};

use std::time::{Duration, Instant};

use serde::Serialize;
use similar::{Algorithm, DiffOp, DiffTag, TextDiff};

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

/// How long the line diff of two texts that are not related by an edit
/// list may search for the smallest diff, at least; a millisecond more per
/// 20 KB of input. Past it the remaining lines are shown as removed and
/// added: still a correct diff, only not the smallest.
const DIFF_DEADLINE_MS: u64 = 500;

/// Lines of context around each change.
const CONTEXT: usize = 3;

/// A unified diff of `before` against `after` with three lines of
/// context, headed `--- old` / `+++ new`; ANSI colours when `color`.
/// Empty when the two are equal. Lines are compared (never characters),
/// under a deadline proportional to the input's size (half a second plus
/// a millisecond per 20 KB); when `after` is `before` with a known list of
/// edits applied, [`unified_diff_of_edits`] is exact and linear.
pub fn unified_diff(before: &str, after: &str, old: &str, new: &str, color: bool) -> String {
    if before == after {
        return String::new();
    }
    let budget = DIFF_DEADLINE_MS + (before.len() + after.len()) as u64 / 20_000;
    let diff = TextDiff::configure()
        .algorithm(Algorithm::Myers)
        .deadline(Instant::now() + Duration::from_millis(budget))
        .diff_lines(before, after);
    let hunks = similar::group_diff_ops(diff.ops().to_vec(), CONTEXT);
    format_unified(
        diff.old_slices(),
        diff.new_slices(),
        &hunks,
        old,
        new,
        color,
    )
}

/// The unified diff of `before` against `after = apply(before, edits)`
/// (as [`unified_diff`] formats it), computed from the edits: lines no edit
/// touches are equal, so only the lines around each edit are compared. Its
/// time is linear in the size of the texts however many lines change (the
/// search of [`unified_diff`] is quadratic in the number of changed lines:
/// 41 s for 10 MB with changes everywhere). Falls back to [`unified_diff`]
/// when `after` is not what the edits make of `before`.
pub fn unified_diff_of_edits(
    before: &str,
    edits: &[Edit],
    after: &str,
    old: &str,
    new: &str,
    color: bool,
) -> String {
    if before == after {
        return String::new();
    }
    match edit_ops(before, edits, after) {
        Some((old_lines, new_lines, ops)) => {
            let hunks = similar::group_diff_ops(ops, CONTEXT);
            format_unified(&old_lines, &new_lines, &hunks, old, new, color)
        }
        None => unified_diff(before, after, old, new, color),
    }
}

/// The lines of `before` and `after` and the diff operations between them,
/// from the edits; `None` when the edits do not make `after` of `before`.
#[allow(clippy::type_complexity)]
fn edit_ops<'a>(
    before: &'a str,
    edits: &[Edit],
    after: &'a str,
) -> Option<(Vec<&'a str>, Vec<&'a str>, Vec<DiffOp>)> {
    if crate::edit::apply(before, edits).ok()? != after {
        return None;
    }
    let old_lines: Vec<&str> = before.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = after.split_inclusive('\n').collect();
    if old_lines.is_empty() {
        return None;
    }
    let mut starts = Vec::with_capacity(old_lines.len());
    let mut at = 0;
    for line in &old_lines {
        starts.push(at);
        at += line.len();
    }
    let line_of = |pos: usize| starts.partition_point(|&s| s <= pos).saturating_sub(1);
    let line_end = |line: usize| starts.get(line).copied().unwrap_or(before.len());
    let delta = |e: &Edit| e.replacement.len() as isize - (e.end - e.start) as isize;
    let budget = DIFF_DEADLINE_MS + (before.len() + after.len()) as u64 / 20_000;
    let deadline = Instant::now() + Duration::from_millis(budget);

    let mut ops = Vec::new();
    let (mut old_pos, mut new_pos) = (0usize, 0usize);
    // Shift of the edits wholly before the current region.
    let mut shift: isize = 0;
    let mut i = 0;
    while i < edits.len() {
        let first = line_of(edits[i].start);
        let mut end_line = first; // exclusive, grown below
        let mut inside: isize = 0;
        loop {
            // Take in every edit that starts inside the region (an
            // insertion at the very end of the text too).
            while let Some(e) = edits.get(i) {
                let region_end = line_end(end_line);
                let starts_inside = e.start < region_end
                    || (e.start == before.len() && region_end == before.len())
                    || end_line == first;
                if !starts_inside {
                    break;
                }
                end_line = end_line.max(line_of(e.end.max(e.start + 1) - 1) + 1);
                inside += delta(e);
                i += 1;
            }
            // The region must end on a line boundary of `after` too: an
            // edit that removed a line's break joins it to the next.
            let after_start = (starts[first] as isize + shift) as usize;
            let after_end = (line_end(end_line) as isize + shift + inside) as usize;
            let aligned = after_end <= after_start
                || after_end >= after.len()
                || after.as_bytes().get(after_end - 1) == Some(&b'\n');
            if aligned || end_line >= old_lines.len() {
                break;
            }
            end_line += 1;
        }
        let after_start = (starts[first] as isize + shift) as usize;
        let after_end = (line_end(end_line) as isize + shift + inside) as usize;
        shift += inside;
        if first > old_pos {
            ops.push(DiffOp::Equal {
                old_index: old_pos,
                new_index: new_pos,
                len: first - old_pos,
            });
            new_pos += first - old_pos;
        }
        let region_new = after
            .get(after_start..after_end)?
            .split_inclusive('\n')
            .count();
        let old_region = &old_lines[first..end_line];
        let new_region = new_lines.get(new_pos..new_pos + region_new)?;
        let inner = similar::capture_diff_slices_deadline(
            Algorithm::Myers,
            old_region,
            new_region,
            Some(deadline),
        );
        ops.extend(inner.into_iter().map(|op| shifted(op, first, new_pos)));
        old_pos = end_line;
        new_pos += region_new;
    }
    if old_pos < old_lines.len() {
        ops.push(DiffOp::Equal {
            old_index: old_pos,
            new_index: new_pos,
            len: old_lines.len() - old_pos,
        });
        new_pos += old_lines.len() - old_pos;
    }
    (new_pos == new_lines.len()).then_some((old_lines, new_lines, merge_changes(ops)))
}

/// Joins changes that follow each other with no equal line between (two
/// regions on neighbouring lines) into one, so that their removed lines
/// are shown before their added lines, as a single search would show them.
fn merge_changes(ops: Vec<DiffOp>) -> Vec<DiffOp> {
    let mut merged: Vec<DiffOp> = Vec::with_capacity(ops.len());
    for op in ops {
        match (merged.last(), op) {
            (Some(last), op)
                if last.tag() != DiffTag::Equal
                    && op.tag() != DiffTag::Equal
                    && last.old_range().end == op.old_range().start
                    && last.new_range().end == op.new_range().start =>
            {
                let (old, new) = (last.old_range(), last.new_range());
                let (old_len, new_len) = (
                    op.old_range().end - old.start,
                    op.new_range().end - new.start,
                );
                let joined = match (old_len, new_len) {
                    (_, 0) => DiffOp::Delete {
                        old_index: old.start,
                        old_len,
                        new_index: new.start,
                    },
                    (0, _) => DiffOp::Insert {
                        old_index: old.start,
                        new_index: new.start,
                        new_len,
                    },
                    _ => DiffOp::Replace {
                        old_index: old.start,
                        old_len,
                        new_index: new.start,
                        new_len,
                    },
                };
                *merged.last_mut().expect("matched") = joined;
            }
            (_, op) => merged.push(op),
        }
    }
    merged
}

/// `op` with its indices moved by `old` and `new` lines.
fn shifted(op: DiffOp, old: usize, new: usize) -> DiffOp {
    match op {
        DiffOp::Equal {
            old_index,
            new_index,
            len,
        } => DiffOp::Equal {
            old_index: old_index + old,
            new_index: new_index + new,
            len,
        },
        DiffOp::Delete {
            old_index,
            old_len,
            new_index,
        } => DiffOp::Delete {
            old_index: old_index + old,
            old_len,
            new_index: new_index + new,
        },
        DiffOp::Insert {
            old_index,
            new_index,
            new_len,
        } => DiffOp::Insert {
            old_index: old_index + old,
            new_index: new_index + new,
            new_len,
        },
        DiffOp::Replace {
            old_index,
            old_len,
            new_index,
            new_len,
        } => DiffOp::Replace {
            old_index: old_index + old,
            old_len,
            new_index: new_index + new,
            new_len,
        },
    }
}

/// A hunk range as unified diffs write it: `start,len` from 1, or `start`
/// alone for one line (an empty range starts at the line before).
fn range(start: usize, end: usize) -> String {
    match end - start {
        1 => format!("{}", start + 1),
        0 => format!("{start},0"),
        len => format!("{},{len}", start + 1),
    }
}

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";

/// Writes hunks of line operations as a unified diff.
fn format_unified(
    old_lines: &[&str],
    new_lines: &[&str],
    hunks: &[Vec<DiffOp>],
    old: &str,
    new: &str,
    color: bool,
) -> String {
    let mut text = if color {
        format!("\x1b[1m--- {old}\n+++ {new}\x1b[0m\n")
    } else {
        format!("--- {old}\n+++ {new}\n")
    };
    for hunk in hunks {
        let (Some(first), Some(last)) = (hunk.first(), hunk.last()) else {
            continue;
        };
        let header = format!(
            "@@ -{} +{} @@",
            range(first.old_range().start, last.old_range().end),
            range(first.new_range().start, last.new_range().end)
        );
        if color {
            text.push_str(&format!("\x1b[36m{header}\x1b[0m\n"));
        } else {
            text.push_str(&header);
            text.push('\n');
        }
        for op in hunk {
            let (tag, old_range, new_range) = op.as_tag_tuple();
            let runs: [(char, &[&str], &str); 2] = match tag {
                DiffTag::Equal => [(' ', &old_lines[old_range], ""), (' ', &[], "")],
                DiffTag::Delete => [('-', &old_lines[old_range], RED), (' ', &[], "")],
                DiffTag::Insert => [('+', &new_lines[new_range], GREEN), (' ', &[], "")],
                DiffTag::Replace => [
                    ('-', &old_lines[old_range], RED),
                    ('+', &new_lines[new_range], GREEN),
                ],
            };
            for (sign, lines, style) in runs {
                for line in lines {
                    let (body, ends) = match line.strip_suffix('\n') {
                        Some(body) => (body, true),
                        None => (*line, false),
                    };
                    if color && !style.is_empty() {
                        text.push_str(&format!("{style}{sign}{body}\x1b[0m\n"));
                    } else {
                        text.push(sign);
                        text.push_str(body);
                        text.push('\n');
                    }
                    if !ends && !color {
                        text.push_str("\\ No newline at end of file\n");
                    }
                }
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

    /// The diff from the edits is the diff of the texts: the same format,
    /// the same lines (here, where the smallest diff is unambiguous).
    #[test]
    fn diff_of_edits_matches_the_diff_of_texts() {
        let cases: Vec<(&str, Vec<Edit>)> = vec![
            ("a\nb\nc\n", vec![Edit::remove("r", 2..4, "x")]),
            (
                "a  \nb\nc  \n",
                vec![Edit::remove("w", 1..3, "x"), Edit::remove("w", 7..9, "x")],
            ),
            ("one\ntwo\nthree", vec![Edit::replace("j", 3..4, " ", "x")]),
            ("x\n", vec![Edit::replace("i", 2..2, "y\n", "x")]),
            (
                "keep\nDROP\nkeep2\nend",
                vec![
                    Edit::remove("r", 9..14, "x"),
                    Edit::replace("e", 15..18, "END", "x"),
                ],
            ),
            ("no newline", vec![Edit::replace("r", 0..2, "NO", "x")]),
            (
                "a\nb  \nc  \nd\n",
                vec![Edit::remove("w", 3..5, "x"), Edit::remove("w", 7..9, "x")],
            ),
        ];
        for (before, edits) in cases {
            let after = crate::edit::apply(before, &edits).unwrap();
            for color in [false, true] {
                assert_eq!(
                    unified_diff_of_edits(before, &edits, &after, "a", "b", color),
                    unified_diff(before, &after, "a", "b", color),
                    "{before:?}"
                );
            }
        }
        // On real texts cleaned by every rule: the operations cover both
        // texts, in order, and say which lines are equal truthfully.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        texts.push("a\n\n\n\nb  \n\u{ad}c&amp;\n\n".to_owned());
        texts.push("no break at the end  ".to_owned());
        for text in &texts {
            let cleaned = crate::Cleaner::new().clean(text);
            let (old_lines, new_lines, ops) =
                edit_ops(text, &cleaned.edits, &cleaned.text).expect("edits make the output");
            let (mut old_at, mut new_at) = (0, 0);
            for op in &ops {
                assert_eq!(op.old_range().start, old_at);
                assert_eq!(op.new_range().start, new_at);
                if op.tag() == DiffTag::Equal {
                    assert_eq!(&old_lines[op.old_range()], &new_lines[op.new_range()]);
                }
                old_at = op.old_range().end;
                new_at = op.new_range().end;
            }
            assert_eq!((old_at, new_at), (old_lines.len(), new_lines.len()));
        }

        // Edits that do not make `after`: the texts are compared.
        let bad = [Edit::remove("r", 0..1, "x")];
        assert_eq!(
            unified_diff_of_edits("ab\n", &bad, "zz\n", "a", "b", false),
            unified_diff("ab\n", "zz\n", "a", "b", false)
        );
    }
}
