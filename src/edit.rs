//! Edits: the one currency of rinse.
//!
//! Every rule reports what it would change as a list of [`Edit`]s with byte
//! spans into the decoded text. The cleaned text, `--diff`, `--report` and
//! `--check` are all views of that list, and [`apply`] is the only function
//! that turns edits into text.

use std::borrow::Cow;
use std::ops::Range;

use serde::Serialize;

/// What an edit does to its span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// The span is deleted.
    Remove,
    /// The span is replaced by [`Edit::replacement`].
    Replace,
}

/// One change to the decoded text, with the rule that asked for it and why.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Edit {
    /// Id of the rule that produced the edit (see [`crate::rules::RULES`]).
    pub rule: &'static str,
    /// Byte offset where the span starts (a char boundary).
    pub start: usize,
    /// Byte offset just past the span (a char boundary).
    pub end: usize,
    /// The text that takes the span's place; empty for a removal.
    pub replacement: Cow<'static, str>,
    /// A sentence a person can read saying why.
    pub reason: Cow<'static, str>,
}

/// The rule of an edit a rule builds before it reports it:
/// [`Findings::push`](crate::rules::Findings::push) credits the edit to the
/// rule running.
pub(crate) const UNCREDITED: &str = "";

impl Edit {
    /// An edit that deletes `span`.
    pub fn remove(
        rule: &'static str,
        span: Range<usize>,
        reason: impl Into<Cow<'static, str>>,
    ) -> Self {
        Edit {
            rule,
            start: span.start,
            end: span.end,
            replacement: Cow::Borrowed(""),
            reason: reason.into(),
        }
    }

    /// An edit that replaces `span` with `replacement`.
    pub fn replace(
        rule: &'static str,
        span: Range<usize>,
        replacement: impl Into<Cow<'static, str>>,
        reason: impl Into<Cow<'static, str>>,
    ) -> Self {
        Edit {
            rule,
            start: span.start,
            end: span.end,
            replacement: replacement.into(),
            reason: reason.into(),
        }
    }

    /// The byte span the edit covers.
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Whether the edit removes or replaces its span.
    pub fn action(&self) -> Action {
        if self.replacement.is_empty() {
            Action::Remove
        } else {
            Action::Replace
        }
    }
}

/// Two edits that touch the same bytes, refused by [`apply`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("edits overlap: `{first}` at {first_span:?} and `{second}` at {second_span:?}")]
pub struct OverlapError {
    /// Rule of the earlier edit.
    pub first: &'static str,
    /// Span of the earlier edit.
    pub first_span: Range<usize>,
    /// Rule of the later edit.
    pub second: &'static str,
    /// Span of the later edit.
    pub second_span: Range<usize>,
}

/// Sorts edits by position and settles overlaps, deterministically.
///
/// An edit that lies inside a larger one is dropped (a character repair
/// inside a removed block has nothing left to repair). Of two edits that
/// overlap only in part, the one that starts first is kept. Exact duplicates
/// collapse to one.
pub fn resolve(mut edits: Vec<Edit>) -> Vec<Edit> {
    edits.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(a.rule.cmp(b.rule))
            .then(a.replacement.cmp(&b.replacement))
    });
    let mut kept: Vec<Edit> = Vec::with_capacity(edits.len());
    for edit in edits {
        match kept.last() {
            // Inside or across the previous edit.
            Some(last) if edit.start < last.end => {}
            // Two insertions at one point cannot be ordered meaningfully.
            Some(last) if last.start == last.end && edit.start == last.start => {}
            _ => kept.push(edit),
        }
    }
    kept
}

/// Applies sorted, non-overlapping edits to `text`.
///
/// Edits must come as [`resolve`] leaves them: sorted by start, no two
/// touching the same byte. Anything else is an [`OverlapError`]; the text is
/// never half-edited.
pub fn apply(text: &str, edits: &[Edit]) -> Result<String, OverlapError> {
    check_order(edits)?;
    let mut out = String::with_capacity(text.len());
    let mut cursor = 0;
    for edit in edits {
        out.push_str(&text[cursor..edit.start]);
        out.push_str(&edit.replacement);
        cursor = edit.end;
    }
    out.push_str(&text[cursor..]);
    Ok(out)
}

/// Checks that `edits` are sorted and disjoint, as [`apply`] needs them,
/// and returns how far the text after an edit ever moves right of where
/// it was (the largest sum of growth over a run of edits from the first).
fn check_order(edits: &[Edit]) -> Result<usize, OverlapError> {
    let mut cursor = 0;
    let mut growth: isize = 0;
    let mut most: isize = 0;
    let mut previous: Option<&Edit> = None;
    for edit in edits {
        if edit.start < cursor || edit.end < edit.start {
            let first = previous.unwrap_or(edit);
            return Err(OverlapError {
                first: first.rule,
                first_span: first.span(),
                second: edit.rule,
                second_span: edit.span(),
            });
        }
        growth += edit.replacement.len() as isize - (edit.end - edit.start) as isize;
        most = most.max(growth);
        cursor = edit.end;
        previous = Some(edit);
    }
    Ok(most as usize)
}

/// Applies edits to `text` as [`apply`] does, in the text's own buffer:
/// what [`apply`] returns, without a second copy of the text alive.
///
/// The text is rewritten from the front, each kept stretch moved left over
/// the bytes the edits before it took out. Where edits before a point add
/// more than they take, the whole text first moves right by the most they
/// add, so that no write ever lands on bytes not yet read. Edits that
/// overlap are an [`OverlapError`] and leave `text` as it was.
pub fn apply_in_place(text: &mut String, edits: &[Edit]) -> Result<(), OverlapError> {
    let lead = check_order(edits)?;
    if edits.is_empty() {
        return Ok(());
    }
    let len = text.len();
    let mut bytes = std::mem::take(text).into_bytes();
    if lead > 0 {
        bytes.resize(len + lead, 0);
        bytes.copy_within(..len, lead);
    }
    // Bytes before `write` are final; the source text starts at `lead`.
    let mut write = 0;
    let mut cursor = 0;
    for edit in edits {
        let kept = edit.start - cursor;
        bytes.copy_within(lead + cursor..lead + edit.start, write);
        write += kept;
        let replacement = edit.replacement.as_bytes();
        debug_assert!(write + replacement.len() <= lead + edit.end);
        bytes[write..write + replacement.len()].copy_from_slice(replacement);
        write += replacement.len();
        cursor = edit.end;
    }
    bytes.copy_within(lead + cursor..lead + len, write);
    bytes.truncate(write + len - cursor);
    // Every byte is a whole kept stretch or replacement, each cut at char
    // boundaries of valid text: the check cannot fail.
    *text = String::from_utf8(bytes).expect("edits cut at char boundaries");
    Ok(())
}

/// Rewrites `later` — edits on the text that `earlier` made of `source` —
/// as edits on `source`, and merges them with `earlier`.
///
/// Both lists must be resolved (sorted, disjoint). Where a later edit
/// touches the output of an earlier one, the earlier edit is absorbed into
/// it: the composed edit covers both spans and yields exactly the text the
/// two passes yield one after the other. So
/// `apply(source, compose(earlier, later)) == apply(apply(source, earlier), later)`.
pub fn compose(earlier: Vec<Edit>, later: Vec<Edit>) -> Vec<Edit> {
    if later.is_empty() {
        return earlier;
    }
    // Where each earlier edit's output lies in the intermediate text.
    let mut outputs = Vec::with_capacity(earlier.len());
    let mut shift: isize = 0;
    for edit in &earlier {
        let start = (edit.start as isize + shift) as usize;
        outputs.push(start..start + edit.replacement.len());
        shift += edit.replacement.len() as isize - (edit.end - edit.start) as isize;
    }
    // Offset in the source of an intermediate position that lies outside
    // every output: the shift of the earlier edits that end before it,
    // summed up front (`shift_before[n]` is the shift of the first `n`).
    let mut shift_before: Vec<isize> = Vec::with_capacity(earlier.len() + 1);
    shift_before.push(0);
    for edit in &earlier {
        let last = *shift_before.last().expect("starts with 0");
        shift_before
            .push(last + edit.replacement.len() as isize - (edit.end - edit.start) as isize);
    }
    let to_source = |pos: usize, absorbed_before: usize| -> usize {
        debug_assert!(absorbed_before == 0 || outputs[absorbed_before - 1].end <= pos);
        (pos as isize - shift_before[absorbed_before]) as usize
    };
    let mut absorbed = vec![false; earlier.len()];
    // Outputs before this index end before the current later edit starts,
    // so neither it nor any later edit (they come in order) touches them.
    let mut first_candidate = 0;
    // When the last composed edit ends inside an earlier edit's output:
    // that earlier edit, and where in its replacement the later edit
    // ended.
    let mut carry: Option<(usize, usize)> = None;
    let mut composed: Vec<Edit> = Vec::with_capacity(later.len());
    for edit in later {
        while outputs
            .get(first_candidate)
            .is_some_and(|out| out.end < edit.start)
        {
            first_candidate += 1;
        }
        // Earlier edits whose output the later span reaches into: a removal
        // (empty output) only when strictly inside, others when overlapping.
        // Outputs are sorted, so the scan stops at the first one that
        // starts past the span.
        let reach = edit.end.max(edit.start + 1);
        let touched: Vec<usize> = (first_candidate..earlier.len())
            .take_while(|&k| outputs[k].start < reach)
            .filter(|&k| {
                let out = &outputs[k];
                if out.is_empty() {
                    edit.start < out.start && out.start < edit.end
                } else {
                    out.start < edit.end.max(edit.start + 1) && edit.start < out.end
                }
            })
            .collect();
        // Earlier edits wholly before an intermediate position; a removal
        // right at it counts for a start (the later edit goes after it) but
        // not for an end (it goes before). Output ends never decrease, and
        // at one end a non-empty output comes before removals, so both are
        // partition points.
        let before = |pos: usize| outputs.partition_point(|o| o.end <= pos);
        let before_end = |pos: usize| {
            outputs.partition_point(|o| o.end < pos || (o.end == pos && !o.is_empty()))
        };
        let (start, mut replacement, merged_into) = match touched.first() {
            // The previous later edit reached into this same earlier
            // output and ended inside it: the two become one edit (two
            // would both cover the earlier edit's whole span).
            Some(&k) if carry.is_some_and(|(ck, _)| ck == k) => {
                let (_, cut) = carry.expect("checked");
                let last: Edit = composed.pop().expect("the previous later edit");
                let tail = earlier[k].replacement.len() - cut;
                let mut kept = last.replacement[..last.replacement.len() - tail].to_owned();
                kept.push_str(&earlier[k].replacement[cut..edit.start - outputs[k].start]);
                (last.start, kept, Some((last.rule, last.reason)))
            }
            Some(&k) if outputs[k].start < edit.start => {
                let out = &outputs[k];
                let kept = &earlier[k].replacement[..edit.start - out.start];
                (earlier[k].start, kept.to_owned(), None)
            }
            _ => (
                to_source(edit.start, before(edit.start)),
                String::new(),
                None,
            ),
        };
        carry = None;
        replacement.push_str(&edit.replacement);
        let end = match touched.last() {
            _ if edit.start == edit.end && touched.is_empty() => start,
            Some(&k) if outputs[k].end > edit.end => {
                let out = &outputs[k];
                replacement.push_str(&earlier[k].replacement[edit.end - out.start..]);
                carry = Some((k, edit.end - out.start));
                earlier[k].end
            }
            Some(&k) if outputs[k].end == edit.end && !outputs[k].is_empty() => earlier[k].end,
            _ => to_source(edit.end, before_end(edit.end)),
        };
        for &k in &touched {
            absorbed[k] = true;
        }
        let (rule, reason) = merged_into.unwrap_or((edit.rule, edit.reason));
        composed.push(Edit {
            rule,
            start,
            end,
            replacement: Cow::Owned(replacement),
            reason,
        });
    }
    let mut merged: Vec<Edit> = earlier
        .into_iter()
        .zip(absorbed)
        .filter_map(|(edit, gone)| (!gone).then_some(edit))
        .chain(composed)
        .collect();
    merged.sort_by_key(|e| (e.start, e.end));
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apply_removes_and_replaces() {
        let text = "a bc d";
        let edits = vec![
            Edit::remove("x", 1..2, "space"),
            Edit::replace("y", 2..4, "BC", "upper"),
        ];
        assert_eq!(apply(text, &edits).unwrap(), "aBC d");
    }

    #[test]
    fn apply_refuses_overlap() {
        let edits = vec![Edit::remove("x", 0..3, "r"), Edit::remove("y", 2..4, "r")];
        let err = apply("abcdef", &edits).unwrap_err();
        assert_eq!(err.first, "x");
        assert_eq!(err.second, "y");
    }

    /// `apply_in_place` leaves exactly what `apply` returns.
    fn check_in_place(text: &str, edits: &[Edit]) -> String {
        let expected = apply(text, edits).unwrap();
        let mut owned = text.to_owned();
        apply_in_place(&mut owned, edits).unwrap();
        assert_eq!(owned, expected, "{edits:?}");
        owned
    }

    #[test]
    fn in_place_shrinks_and_keeps_equal_lengths() {
        let text = "caf\u{c3}\u{a9} &amp; bar\n\n\n\nnext";
        let edits = vec![
            Edit::replace("m", 3..7, "é", "mojibake"),
            Edit::replace("e", 8..13, "&", "entity"),
            Edit::replace("s", 17..21, "\n\n", "blank lines"),
            Edit::replace("u", 21..22, "N", "same length"),
        ];
        assert_eq!(check_in_place(text, &edits), "café & bar\n\nNext");
    }

    #[test]
    fn in_place_grows_before_it_shrinks() {
        // The first edits add bytes, the text behind them must move right
        // before it is overwritten.
        let text = "it's x a long span that goes";
        let edits = vec![
            Edit::replace("a", 2..3, "\u{2019}", "apostrophe"),
            Edit::replace("i", 5..5, "[inserted]", "insert"),
            Edit::remove("r", 9..24, "long"),
        ];
        assert_eq!(
            check_in_place(text, &edits),
            "it\u{2019}s [inserted]x a goes"
        );
        // Only growth, up to the end.
        let edits = vec![
            Edit::replace("a", 0..1, "IT", "g"),
            Edit::replace("b", 27..28, "ES!", "g"),
        ];
        assert_eq!(
            check_in_place(text, &edits),
            "ITt's x a long span that goeES!"
        );
    }

    #[test]
    fn in_place_at_the_ends_and_whole() {
        let text = "héllo wörld";
        check_in_place(text, &[Edit::remove("a", 0..3, "start")]);
        check_in_place(text, &[Edit::remove("a", 7..text.len(), "end")]);
        check_in_place(text, &[Edit::replace("a", 0..0, ">> ", "before")]);
        check_in_place(
            text,
            &[Edit::replace("a", text.len()..text.len(), "!", "after")],
        );
        assert_eq!(
            check_in_place(text, &[Edit::remove("a", 0..text.len(), "all")]),
            ""
        );
        assert_eq!(
            check_in_place("", &[Edit::replace("a", 0..0, "new", "r")]),
            "new"
        );
        assert_eq!(check_in_place(text, &[]), text);
    }

    #[test]
    fn in_place_refuses_overlap_and_leaves_the_text() {
        let mut text = "abcdef".to_owned();
        let edits = vec![Edit::remove("x", 0..3, "r"), Edit::remove("y", 2..4, "r")];
        let err = apply_in_place(&mut text, &edits).unwrap_err();
        assert_eq!((err.first, err.second), ("x", "y"));
        assert_eq!(text, "abcdef");
        let mut backwards = Edit::replace("z", 2..4, "Q", "r");
        backwards.start = 4;
        backwards.end = 2;
        let backwards = vec![backwards];
        assert!(apply_in_place(&mut text, &backwards).is_err());
        assert_eq!(text, "abcdef");
    }

    #[test]
    fn resolve_drops_edits_inside_removals() {
        let edits = vec![
            Edit::replace("inner", 3..4, "X", "r"),
            Edit::remove("outer", 0..10, "r"),
        ];
        let kept = resolve(edits);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].rule, "outer");
    }

    #[test]
    fn resolve_keeps_first_of_partial_overlap_and_sorts() {
        let edits = vec![
            Edit::remove("late", 8..9, "r"),
            Edit::remove("b", 2..6, "r"),
            Edit::remove("a", 0..4, "r"),
        ];
        let kept = resolve(edits);
        let rules: Vec<_> = kept.iter().map(|e| e.rule).collect();
        assert_eq!(rules, ["a", "late"]);
    }

    fn check_compose(source: &str, earlier: Vec<Edit>, later: Vec<Edit>) {
        let middle = apply(source, &earlier).unwrap();
        let expected = apply(&middle, &later).unwrap();
        let composed = compose(earlier, later);
        for pair in composed.windows(2) {
            assert!(pair[0].end <= pair[1].start, "overlap in {composed:?}");
        }
        assert_eq!(apply(source, &composed).unwrap(), expected, "{composed:?}");
    }

    #[test]
    fn compose_maps_later_edits_back_to_the_source() {
        // Disjoint: the later edit lands in untouched text.
        check_compose(
            "aa XX bb cc",
            vec![Edit::remove("r", 2..5, "x")],
            vec![Edit::replace("j", 5..6, "_", "y")],
        );
        // A join across the gap a removal left.
        check_compose(
            "Dr.\nPROMO\nDr.\n",
            vec![Edit::remove("r", 3..9, "x")],
            vec![Edit::replace("j", 3..4, " ", "y")],
        );
        // A later edit inside an earlier replacement's output.
        check_compose(
            "a\n\n\n\nb",
            vec![Edit::replace("w", 1..5, "\n\n", "x")],
            vec![Edit::replace("j", 1..3, " ", "y")],
        );
        // Straddling a replacement's output on both sides.
        check_compose(
            "one TWO three",
            vec![Edit::replace("r", 4..7, "2", "x")],
            vec![Edit::remove("j", 2..7, "y")],
        );
        // A removal strictly inside the later span is absorbed.
        check_compose(
            "abcXYdef",
            vec![Edit::remove("r", 3..5, "x")],
            vec![Edit::replace("j", 2..4, "-", "y")],
        );
        // Removals at the later span's edges stay separate.
        check_compose(
            "abXcdYef",
            vec![Edit::remove("r", 2..3, "x"), Edit::remove("r", 5..6, "x")],
            vec![Edit::replace("j", 2..4, "CD", "y")],
        );
        check_compose("abc", vec![], vec![Edit::remove("j", 0..1, "y")]);
        // Two later edits inside one earlier output become one edit, not
        // two copies of the earlier span (a soft hyphen inside mojibake).
        let source = "xÂ\u{ad}Â\u{ad}y";
        let earlier = vec![Edit::replace("m", 1..9, "\u{ad}\u{ad}", "mojibake")];
        let later = vec![
            Edit::remove("c", 1..3, "soft hyphen"),
            Edit::remove("c", 3..5, "soft hyphen"),
        ];
        check_compose(source, earlier.clone(), later.clone());
        let composed = compose(earlier, later);
        assert_eq!(composed.len(), 1, "{composed:?}");
        assert_eq!(composed[0].span(), 1..9);
        // And three, with text of the earlier output between them.
        check_compose(
            "<ABCDE>",
            vec![Edit::replace("m", 1..6, "abcde", "x")],
            vec![
                Edit::remove("c", 1..2, "y"),
                Edit::replace("c", 3..4, "C", "y"),
                Edit::remove("c", 5..6, "y"),
            ],
        );
    }

    #[test]
    fn resolve_collapses_duplicates_and_keeps_neighbours() {
        let edits = vec![
            Edit::remove("a", 0..2, "r"),
            Edit::remove("a", 0..2, "r"),
            Edit::remove("b", 2..3, "r"),
        ];
        assert_eq!(resolve(edits).len(), 2);
    }
}
