//! The pipeline: decoded text → document → findings → edits → clean text.

use std::sync::Arc;

use crate::corpus::CorpusModel;
use crate::edit::{self, Edit};
use crate::error::Error;
use crate::rules::{self, BlockRemoval, Context, Findings, Rule, RuleKind, RULES};
use crate::segment::{self, Block, BlockKind, Document};

/// How many times cleaning may run over its own output before it stops.
/// Cleaning stops as soon as a pass changes nothing, which real text
/// reaches in two or three passes; the bound only guards against rules
/// that would undo each other.
pub const MAX_PASSES: usize = 16;

/// Cleans texts with a chosen set of rules.
///
/// ```
/// let cleaner = rinse::Cleaner::new();
/// let cleaned = cleaner.clean("Storm Hits the Coast\n\nStorm Hits the Coast\n\nThe story starts here.\n");
/// assert_eq!(cleaned.text, "Storm Hits the Coast\n\nThe story starts here.\n");
/// assert_eq!(cleaned.edits[0].rule, "duplicate-headline");
/// ```
#[derive(Clone)]
pub struct Cleaner {
    rules: Vec<&'static dyn Rule>,
    model: Option<Arc<CorpusModel>>,
}

impl std::fmt::Debug for Cleaner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cleaner")
            .field("rules", &self.rule_ids())
            .field("model", &self.model.as_ref().map(|m| (m.docs(), m.len())))
            .finish()
    }
}

impl Default for Cleaner {
    fn default() -> Self {
        Cleaner::new()
    }
}

/// The result of cleaning one text: the text itself and every edit made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    /// The cleaned text.
    pub text: String,
    /// The edits that turned the input into [`Cleaned::text`], sorted by
    /// position, never overlapping, with spans into the input.
    pub edits: Vec<Edit>,
}

impl Cleaned {
    /// Whether cleaning changed anything.
    pub fn changed(&self) -> bool {
        !self.edits.is_empty()
    }
}

impl Cleaner {
    /// A cleaner with every rule on.
    pub fn new() -> Self {
        Cleaner::with_rules(RULES.to_vec())
    }

    /// A cleaner with exactly these rules (run in registry order).
    pub fn with_rules(mut rules: Vec<&'static dyn Rule>) -> Self {
        rules.sort_by_key(|rule| registry_position(rule.id()));
        rules.dedup_by_key(|rule| rule.id());
        Cleaner { rules, model: None }
    }

    /// This cleaner with a corpus model for `corpus-boilerplate`.
    pub fn with_model(mut self, model: Arc<CorpusModel>) -> Self {
        self.model = Some(model);
        self
    }

    /// The corpus model, if the cleaner has one.
    pub fn model(&self) -> Option<&CorpusModel> {
        self.model.as_deref()
    }

    /// A cleaner with the rules named in `select` (all rules when empty),
    /// less those named in `ignore`. An unknown id is an error.
    pub fn from_selection<S: AsRef<str>>(select: &[S], ignore: &[S]) -> Result<Self, Error> {
        let lookup = |id: &S| {
            let id = id.as_ref().trim();
            rules::find(id).ok_or_else(|| Error::UnknownRule(id.to_owned()))
        };
        let mut chosen: Vec<&'static dyn Rule> = if select.is_empty() {
            RULES.to_vec()
        } else {
            select.iter().map(lookup).collect::<Result<_, _>>()?
        };
        let ignored: Vec<&'static dyn Rule> =
            ignore.iter().map(lookup).collect::<Result<_, _>>()?;
        chosen.retain(|rule| !ignored.iter().any(|i| i.id() == rule.id()));
        Ok(Cleaner::with_rules(chosen))
    }

    /// Ids of the rules this cleaner runs, in order.
    pub fn rule_ids(&self) -> Vec<&'static str> {
        self.rules.iter().map(|rule| rule.id()).collect()
    }

    /// Cleans plain text.
    pub fn clean(&self, text: &str) -> Cleaned {
        let doc = Document::plain(text);
        self.clean_document(&doc)
    }

    /// Extracts the article from an HTML page ([`crate::extract::extract_html`])
    /// and cleans it. The edits' spans point into the extracted text; call
    /// `extract_html` and [`Cleaner::clean_document`] yourself to keep it.
    /// Bytes of any format and encoding go through [`crate::intake::Intake`],
    /// as every mode of the command line does.
    pub fn clean_html(&self, html: &str, options: &crate::extract::ExtractOptions) -> Cleaned {
        let extracted = crate::extract::extract_html(html, options);
        self.clean_document(&extracted.document())
    }

    /// Cleans a document already segmented (by the HTML extractor, say).
    ///
    /// Cleaning runs again on its own output until nothing changes (a
    /// paragraph split around a removed promo can only be joined once the
    /// promo is gone), at most [`MAX_PASSES`] times; the edits of every
    /// pass are composed into one list with spans into `doc.text`. So
    /// cleaning is idempotent: cleaning the output again finds nothing.
    pub fn clean_document(&self, doc: &Document<'_>) -> Cleaned {
        self.clean_document_if_edited(doc)
            .unwrap_or_else(|| Cleaned {
                text: doc.text.to_owned(),
                edits: Vec::new(),
            })
    }

    /// [`Cleaner::clean_document`], or `None` when no rule edits `doc`
    /// (most texts), without a copy of its text.
    pub(crate) fn clean_document_if_edited(&self, doc: &Document<'_>) -> Option<Cleaned> {
        let (edits, repaired) = self.first_pass(doc)?;
        let text = edit::apply(doc.text, &edits).expect("resolved edits are disjoint");
        let blocks = next_blocks(&doc.blocks, &edits, &text, repaired);
        Some(self.fixpoint(edits, text, blocks))
    }

    /// Cleans plain text as [`Cleaner::clean`] does, taking the text
    /// over: every pass edits it in its own buffer, and the cleaned text is
    /// that buffer, so a long text is never held twice.
    ///
    /// ```
    /// let text = String::from("Storm Hits the Coast\n\nStorm Hits the Coast\n\nThe story starts here.\n");
    /// let cleaner = rinse::Cleaner::new();
    /// assert_eq!(cleaner.clean_owned(text.clone()), cleaner.clean(&text));
    /// ```
    pub fn clean_owned(&self, mut text: String) -> Cleaned {
        let doc = Document::plain(&text);
        let first = self.first_pass(&doc);
        let Document { blocks, .. } = doc;
        match first {
            None => Cleaned {
                text,
                edits: Vec::new(),
            },
            Some((edits, repaired)) => {
                edit::apply_in_place(&mut text, &edits).expect("resolved edits are disjoint");
                let next = next_blocks(&blocks, &edits, &text, repaired);
                drop(blocks);
                self.fixpoint(edits, text, next)
            }
        }
    }

    /// The first pass over a source document: characters are repaired
    /// first, so that block rules judge the text as it will read (a `©`
    /// that mojibake made is no photo credit, and a repaired word counts as
    /// a word); with nothing to repair, the block rules judge `doc` itself.
    /// The edits, and whether they are repairs; `None` when the text is
    /// clean (most are), which costs no copy of its text or blocks.
    fn first_pass(&self, doc: &Document<'_>) -> Option<(Vec<Edit>, bool)> {
        let repairs = self.edits_of(doc, Some(RuleKind::Character));
        if !repairs.is_empty() {
            return Some((repairs, true));
        }
        let found = self.edits_of(doc, Some(RuleKind::Block));
        (!found.is_empty()).then_some((found, false))
    }

    /// Runs every rule again on `text` (with its `blocks`), the output of
    /// the source's `edits`, until nothing changes, and composes the edits
    /// of every pass into one list with spans into the source.
    fn fixpoint(&self, mut edits: Vec<Edit>, mut text: String, mut blocks: Vec<Block>) -> Cleaned {
        // Every pass runs on the previous one's output until nothing
        // changes (a paragraph split around a removed promo can only be
        // joined once the promo is gone; one repair, such as a control
        // character removed, can uncover another), each with every rule.
        // Each pass re-segments the previous output, taking the features
        // of the blocks the edits left alone from the previous pass. A
        // pass edits the text in its own buffer and drops the previous
        // pass's blocks once the new ones are made: one text alive.
        //
        // Every pass runs every rule on the whole text, the character
        // rules too. Running those only on the lines an edit touched would
        // be exact only if none of them let one line's text change what it
        // finds on another. They read across line breaks (`mojibake` takes
        // the two characters before a run as context, `would_form_mojibake`,
        // used by `html-entity` and `broken-apostrophe`, four characters
        // either side of a repair), and no proof yet shows that this never
        // changes a result, so the passes stay whole.
        for _ in 0..MAX_PASSES {
            let current = Document::from_blocks(&text, blocks);
            let again = self.edits(&current);
            let Document { blocks: old, .. } = current;
            if again.is_empty() {
                break;
            }
            edit::apply_in_place(&mut text, &again).expect("resolved edits are disjoint");
            blocks = carried_blocks(&old, &again, &text);
            drop(old);
            edits = edit::compose(edits, again);
        }
        Cleaned { text, edits }
    }

    /// The edits the rules of `kind` (all rules for `None`) want in `doc`,
    /// resolved as [`Cleaner::edits`] resolves them.
    fn edits_of(&self, doc: &Document<'_>, kind: Option<RuleKind>) -> Vec<Edit> {
        let cx = Context {
            doc,
            corpus: self.model.as_deref(),
        };
        let mut findings = Findings::default();
        for rule in &self.rules {
            if kind.map_or(true, |kind| rule.kind() == kind) {
                findings.credit(rule.id());
                rule.check(&cx, &mut findings);
            }
        }
        let mut edits = findings.edits;
        edits.extend(hole_edits(doc, findings.removals));
        edit::resolve(edits)
    }

    /// The edits the rules want in `doc`, resolved: sorted, disjoint, with
    /// block removals widened to take the blank lines they leave over.
    pub fn edits(&self, doc: &Document<'_>) -> Vec<Edit> {
        self.edits_of(doc, None)
    }
}

/// The blocks of `new_text`, the output of the first pass's `edits` over
/// the text of the `old` blocks: [`repaired_blocks`] after repairs,
/// [`carried_blocks`] after block edits.
fn next_blocks(old: &[Block], edits: &[Edit], new_text: &str, repaired: bool) -> Vec<Block> {
    if repaired {
        repaired_blocks(old, edits, new_text)
    } else {
        carried_blocks(old, edits, new_text)
    }
}

/// The blocks `old` of a text carried over to `new_text`, which is that text
/// with the resolved character `repairs` applied: each block keeps its
/// kind, its span follows the text it held, and a block a repair touched
/// has its features computed again (without trailing whitespace a repair
/// may have left; a block a repair emptied is gone).
fn repaired_blocks(old: &[Block], repairs: &[Edit], new_text: &str) -> Vec<Block> {
    // Where an old offset lands: edits wholly before it shift it; inside
    // an edit, a block's start goes to the replacement's start and its
    // end to the replacement's end.
    let mut blocks = Vec::with_capacity(old.len());
    let mut passed = 0;
    let mut shift: isize = 0;
    for block in old {
        let (start, end) = (block.span.start, block.span.end);
        while let Some(e) = repairs.get(passed) {
            if e.end > start {
                break;
            }
            shift += e.replacement.len() as isize - (e.end - e.start) as isize;
            passed += 1;
        }
        let mut new_start = (start as isize + shift) as usize;
        if let Some(e) = repairs.get(passed).filter(|e| e.start < start) {
            new_start = (e.start as isize + shift) as usize;
        }
        let mut end_shift = shift;
        let mut touched = passed;
        let mut new_end = None;
        while let Some(e) = repairs.get(touched) {
            if e.start >= end {
                break;
            }
            if e.end > end {
                new_end = Some((e.start as isize + end_shift) as usize + e.replacement.len());
                break;
            }
            end_shift += e.replacement.len() as isize - (e.end - e.start) as isize;
            touched += 1;
        }
        if touched == passed && new_end.is_none() {
            let span = new_start..(end as isize + shift) as usize;
            blocks.push(Block {
                span,
                ..block.clone()
            });
            continue;
        }
        let new_end = new_end.unwrap_or((end as isize + end_shift) as usize);
        let kept = new_text[new_start..new_end].trim_end();
        if kept.trim_start().is_empty() {
            continue;
        }
        let span = new_start..new_start + kept.len();
        let (words, fingerprint) = segment::features(&new_text[span.clone()]);
        blocks.push(Block {
            span,
            kind: block.kind,
            words,
            fingerprint,
        });
    }
    blocks
}

/// The blocks of `Document::plain(new_text)`, where `new_text` is the
/// text of the `old` blocks (plain lines or not) with the resolved `edits`
/// applied. A block whose bytes no
/// edit touched, and that was a plain line of `old` over the same bytes,
/// keeps its word count and fingerprint instead of hashing its text again.
fn carried_blocks(old: &[Block], edits: &[Edit], new_text: &str) -> Vec<Block> {
    // Edits wholly before the current line, and how far they shifted the
    // text after them (new offset minus old offset).
    let mut passed = 0;
    let mut shift: isize = 0;
    let mut old_block = 0;
    let doc = Document::plain_with(new_text, |span| {
        let start = span.start as isize;
        while let Some(e) = edits.get(passed) {
            let new_start = e.start as isize + shift;
            if new_start + e.replacement.len() as isize > start {
                break;
            }
            shift += e.replacement.len() as isize - (e.end - e.start) as isize;
            passed += 1;
        }
        let untouched = edits
            .get(passed)
            .map_or(true, |e| e.start as isize + shift >= span.end as isize);
        if untouched {
            let old_start = (start - shift) as usize;
            let old_span = old_start..old_start + span.len();
            while old.get(old_block).is_some_and(|b| b.span.start < old_start) {
                old_block += 1;
            }
            if let Some(b) = old.get(old_block) {
                if b.span == old_span && b.kind == BlockKind::Line {
                    return (b.words, b.fingerprint);
                }
            }
        }
        segment::features(&new_text[span])
    });
    doc.blocks
}

fn registry_position(id: &str) -> usize {
    RULES
        .iter()
        .position(|rule| rule.id() == id)
        .unwrap_or(usize::MAX)
}

/// Turns block removals into edits that also take the gaps between the
/// removed blocks, so that where a run of blocks goes, the blocks on either
/// side end up separated by the gap of the run closest to the document's
/// own separator (the narrower of two as close) rather than by a pile of
/// blank lines, or by the line break a byline was glued to its paragraph
/// with.
fn hole_edits(doc: &Document<'_>, removals: Vec<BlockRemoval>) -> Vec<Edit> {
    let n = doc.blocks.len();
    // For each block, the removal of the rule that comes first in the
    // registry, and of its removals the first pushed: what a stable sort
    // by (block, registry position) would put first, found in one pass
    // with each rule's position looked up once per run of its removals.
    let mut removed: Vec<Option<BlockRemoval>> = vec![None; n];
    let mut positions: Vec<usize> = vec![usize::MAX; n];
    let mut last: Option<(&'static str, usize)> = None;
    for removal in removals {
        let position = match last {
            Some((rule, position)) if rule == removal.rule => position,
            _ => registry_position(removal.rule),
        };
        last = Some((removal.rule, position));
        let slot = &mut removed[removal.block];
        if slot.is_none() || position < positions[removal.block] {
            positions[removal.block] = position;
            *slot = Some(removal);
        }
    }

    let blocks = &doc.blocks;
    let mut edits = Vec::new();
    let mut i = 0;
    while i < n {
        if removed[i].is_none() {
            i += 1;
            continue;
        }
        let first = i;
        while i < n && removed[i].is_some() {
            i += 1;
        }
        let last = i - 1;
        // The gap to keep, by the index of the block it follows: the
        // gap of the run closest to the separator, but a paragraph break when the run
        // stood apart from both neighbours by one (a byline's name and
        // date lines between a headline and a paragraph leave the
        // paragraph break, not the line break between name and date).
        let keep_gap_after = match (first.checked_sub(1), last + 1 < n) {
            (Some(before), true) => {
                let apart = doc.breaks_after(before) >= 2 && doc.breaks_after(last) >= 2;
                // Of those, the one closest to the document's separator,
                // the narrower of two as close: a byline glued to the
                // paragraph under it leaves the paragraph break above it,
                // a pile of blank lines goes.
                let separator = doc.separator;
                Some(
                    (before..=last)
                        .filter(|&g| !apart || doc.breaks_after(g) >= 2)
                        .min_by_key(|&g| {
                            let breaks = doc.breaks_after(g);
                            (breaks.abs_diff(separator), breaks)
                        })
                        .unwrap_or(before),
                )
            }
            // At the end of the text: keep the text's own ending.
            (Some(_), false) => Some(last),
            // At the start: drop every gap up to the first kept block.
            (None, _) => None,
        };
        for (j, removal) in removed.iter_mut().enumerate().take(last + 1).skip(first) {
            let removal = removal.take().expect("inside a run of removed blocks");
            let takes_gap_before = keep_gap_after.is_some_and(|k| j <= k);
            let span = if takes_gap_before {
                blocks[j - 1].span.end..blocks[j].span.end
            } else {
                blocks[j].span.start..doc.gap_after(j).end
            };
            edits.push(Edit::remove(removal.rule, span, removal.reason));
        }
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Findings;
    use crate::segment::Document;

    fn remove_blocks(text: &str, blocks: &[usize]) -> String {
        let doc = Document::plain(text);
        let mut findings = Findings::default();
        findings.credit("test");
        for &b in blocks {
            findings.remove_block(b, "test");
        }
        let edits = edit::resolve(hole_edits(&doc, findings.removals));
        edit::apply(text, &edits).unwrap()
    }

    #[test]
    fn hole_keeps_the_narrowest_gap() {
        assert_eq!(remove_blocks("a\n\nX\n\nb\n", &[1]), "a\n\nb\n");
        assert_eq!(remove_blocks("a\nX\nY\nb", &[1, 2]), "a\nb");
        assert_eq!(remove_blocks("a\n\n\n\nX\n\nb", &[1]), "a\n\nb");
        assert_eq!(remove_blocks("a\n\n\nX\nb", &[1]), "a\nb");
    }

    #[test]
    fn hole_keeps_a_paragraph_break_the_run_stood_apart_by() {
        // A name and a date line between a headline and a paragraph: the
        // headline stays a paragraph of its own.
        assert_eq!(remove_blocks("T\n\nN\nD\n\nP\n", &[1, 2]), "T\n\nP\n");
        assert_eq!(remove_blocks("T\n\n\nN\nD\n\nP\n", &[1, 2]), "T\n\nP\n");
        // Glued to a neighbour on one side: the document's own separator
        // (a text of one paragraph a line, a promo and a pile of blank
        // lines after it).
        assert_eq!(remove_blocks("P\nC\n\nQ\n", &[1]), "P\nQ\n");
        assert_eq!(remove_blocks("a\nX\nY\n\n\n\nb", &[1, 2]), "a\nb");
    }

    #[test]
    fn hole_keeps_the_gap_closest_to_the_documents_separator() {
        // Paragraphs set apart by blank lines: a byline glued to the
        // paragraph under it, a credit glued under a paragraph, leave the
        // paragraph break, not the line break they were glued by.
        assert_eq!(
            remove_blocks("T\n\nN\nD\nP\n\nQ\n\nR\n", &[1, 2]),
            "T\n\nP\n\nQ\n\nR\n"
        );
        assert_eq!(
            remove_blocks("A\n\nB\n\nP\nC\n\nQ\n", &[3]),
            "A\n\nB\n\nP\n\nQ\n"
        );
        // Lines of a list stay lines.
        assert_eq!(
            remove_blocks("A\n\nB\n\na\nX\nb\n\nQ\n", &[3]),
            "A\n\nB\n\na\nb\n\nQ\n"
        );
    }

    #[test]
    fn hole_at_the_ends_keeps_the_texts_own_ending() {
        assert_eq!(remove_blocks("X\n\nY\na\nb\n", &[0, 1]), "a\nb\n");
        assert_eq!(remove_blocks("a\nb\n\nX\n", &[2]), "a\nb\n");
        assert_eq!(remove_blocks("a\nb\n\nX", &[2]), "a\nb");
        assert_eq!(remove_blocks("X\n", &[0]), "");
    }

    #[test]
    fn a_block_named_twice_is_removed_once() {
        assert_eq!(remove_blocks("a\nX\nb", &[1, 1]), "a\nb");
    }

    /// A block named by several rules goes under the rule that comes first
    /// in the registry, whatever order the removals came in; of one rule's
    /// removals of a block, the first pushed counts.
    #[test]
    fn a_block_named_by_two_rules_goes_under_the_earlier_rule() {
        let text = "a\nX\nb\nY\nc";
        let doc = Document::plain(text);
        let mut findings = Findings::default();
        findings.credit("unregistered");
        findings.remove_block(1, "u");
        findings.credit("caption");
        findings.remove_block(1, "c1");
        findings.credit("caption");
        findings.remove_block(3, "c2");
        findings.credit("caption");
        findings.remove_block(1, "c3");
        findings.credit("repeated-block");
        findings.remove_block(1, "r1");
        findings.credit("repeated-block");
        findings.remove_block(1, "r2");
        findings.credit("page-chrome");
        findings.remove_block(3, "p");
        findings.credit("unregistered");
        findings.remove_block(3, "u");
        let edits = edit::resolve(hole_edits(&doc, findings.removals));
        let got: Vec<_> = edits.iter().map(|e| (e.rule, &*e.reason)).collect();
        assert_eq!(got, [("repeated-block", "r1"), ("caption", "c2")]);
        let mut findings = Findings::default();
        findings.credit("unregistered");
        findings.remove_block(0, "u1");
        findings.credit("unregistered");
        findings.remove_block(0, "u2");
        let edits = hole_edits(&doc, findings.removals);
        assert_eq!((edits[0].rule, &*edits[0].reason), ("unregistered", "u1"));
    }

    /// Replacement edits from `(start, end, replacement)` triples.
    fn test_edits(edits: &[(usize, usize, &str)]) -> Vec<Edit> {
        edits
            .iter()
            .map(|&(start, end, repl)| Edit::replace("test", start..end, repl.to_owned(), "test"))
            .collect()
    }

    /// `carried_blocks` must give exactly the blocks `Document::plain`
    /// gives, whatever the edits did around, inside or across lines.
    #[test]
    fn carried_blocks_equal_fresh_segmentation() {
        let text = "Head line\n\n  Para one, it's here.\nPara two\n\n\nLast one.\n";
        let cases: &[&[(usize, usize, &str)]] = &[
            &[],
            &[(0, 11, "")],
            &[(11, 13, "X")],
            &[(13, 15, "")],
            &[(20, 20, "\nnew line\n")],
            &[(35, 36, " "), (45, 48, "\n")],
            &[(0, 4, "Top"), (36, 45, ""), (54, 55, "")],
            &[(46, 55, "tail\n")],
        ];
        for edits in cases {
            let old = Document::plain(text);
            let edits = test_edits(edits);
            let new_text = edit::apply(text, &edits).unwrap();
            assert_eq!(
                carried_blocks(&old.blocks, &edits, &new_text),
                Document::plain(&new_text).blocks,
                "{new_text:?}"
            );
        }
    }

    /// Block rules judge the repaired text: a `©` that mojibake made is no
    /// photo credit once the line is repaired.
    #[test]
    fn block_rules_judge_repaired_text() {
        let text = "The play opened on Friday night to a full house.\n\n\
                    \u{e3}\u{201a}\u{bd}\u{e3}\u{192}\u{2022}\u{e3}\u{201a}\u{a9}\n\n\
                    Critics praised the staging and the lead actors.\n";
        let cleaned = Cleaner::new().clean(text);
        assert_eq!(
            cleaned.text,
            "The play opened on Friday night to a full house.\n\nソフォ\n\n\
             Critics praised the staging and the lead actors.\n"
        );
        assert!(cleaned.edits.iter().all(|e| e.rule == "mojibake"));
    }

    /// `repaired_blocks` keeps every block's kind and gives the spans and
    /// features a fresh segmentation gives, whatever the repairs did inside
    /// or around lines (a character repair never removes a line break; if
    /// one did, the source's blocks would stay until the next pass).
    #[test]
    fn repaired_blocks_follow_the_text() {
        let text = "Head line\n\n  Para one, it's here.\nPara two\n\n\nLast one.\n";
        let cases: &[&[(usize, usize, &str)]] = &[
            &[(0, 4, "Top")],
            &[(13, 15, "")],
            &[(15, 19, "Paragraph")],
            &[(20, 20, "X"), (35, 36, "")],
            &[(30, 33, "re!!")],
            &[(46, 55, "")],
            &[(0, 1, "h"), (45, 49, "L")],
        ];
        for repairs in cases {
            let old = Document::plain(text);
            let repairs = test_edits(repairs);
            let new_text = edit::apply(text, &repairs).unwrap();
            let mut marked = old.clone();
            for block in &mut marked.blocks {
                block.kind = BlockKind::Paragraph;
            }
            let got = repaired_blocks(&marked.blocks, &repairs, &new_text);
            let fresh = Document::plain(&new_text).blocks;
            assert!(got.iter().all(|b| b.kind == BlockKind::Paragraph));
            let strip = |blocks: Vec<Block>| -> Vec<_> {
                blocks
                    .into_iter()
                    .map(|b| (b.span, b.words, b.fingerprint))
                    .collect()
            };
            assert_eq!(strip(got), strip(fresh), "{new_text:?}");
        }
    }

    /// Cleaning a text taken over gives what cleaning a borrowed one
    /// gives: repairs first or block edits first, one pass or several,
    /// edits that grow the text or shrink it.
    #[test]
    fn owned_text_cleans_as_borrowed_text() {
        let texts = [
            "",
            "Nothing to do here.\n",
            "Storm Hits the Coast\n\nStorm Hits the Coast\n\nThe story starts here.\n",
            "The caf\u{c3}\u{a9} opens &amp; closes.\n\n\n\nDr.\nSubscribe now\nDr. Who?\n",
            "it\u{e2}\u{80}\u{99}s \u{0}here\u{7} \u{ad}and &lt;there&gt;\n",
        ];
        let cleaner = Cleaner::new();
        for text in texts {
            assert_eq!(
                cleaner.clean_owned(text.to_owned()),
                cleaner.clean(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn selection_by_id() {
        let cleaner = Cleaner::from_selection(&["caption", "byline"], &["byline"]).unwrap();
        assert_eq!(cleaner.rule_ids(), ["caption"]);
        assert!(matches!(
            Cleaner::from_selection(&["nope"], &[]),
            Err(Error::UnknownRule(id)) if id == "nope"
        ));
    }
}
