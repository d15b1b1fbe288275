//! The rule registry: every detector rinse has, each a value with a stable id.
//!
//! A rule looks at a [`Document`] and reports what it would change: block
//! rules name whole blocks to remove ([`Findings::remove_block`]), character
//! and inline rules push [`Edit`]s directly ([`Findings::push`]). Rules never
//! change text themselves and never see each other's findings; the pipeline
//! merges and applies them.

use std::borrow::Cow;
use std::ops::Range;

use crate::corpus::CorpusModel;
use crate::edit::Edit;
use crate::segment::Document;

mod ad_slot;
mod breadcrumb;
mod broken_apostrophe;
mod broken_paragraph;
mod byline;
mod caption;
mod chars;
mod chrome_lines;
mod control_char;
mod cookie_notice;
mod corpus_boilerplate;
mod duplicate_headline;
mod foreign_times;
mod html_entity;
mod link_artifact;
mod mojibake;
pub(crate) mod odd_space;
mod page_chrome;
mod repeated_block;
pub(crate) mod signals;
mod whitespace;

/// Whether a rule repairs characters or judges blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuleKind {
    /// Repairs characters inside the text (`replace` edits).
    Character,
    /// Removes or joins whole blocks, or debris inside them.
    Block,
}

/// What a rule sees: the document, and whatever else the run knows.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The document under inspection.
    pub doc: &'a Document<'a>,
    /// The corpus model, when the run has one (`corpus-boilerplate`).
    pub corpus: Option<&'a CorpusModel>,
}

impl<'a> Context<'a> {
    /// The context of `doc` alone, without a corpus model.
    pub fn new(doc: &'a Document<'a>) -> Self {
        Context { doc, corpus: None }
    }
}

/// One named detector.
pub trait Rule: Sync + Send {
    /// The stable id users select and ignore it by (`repeated-block`).
    fn id(&self) -> &'static str;
    /// One line saying what it catches, for `--list-rules`.
    fn summary(&self) -> &'static str;
    /// What it catches, the signals it uses and an example, for `--explain`.
    fn explain(&self) -> &'static str;
    /// Whether it repairs characters or judges blocks.
    fn kind(&self) -> RuleKind;
    /// Reports what the rule would change in `cx.doc`.
    fn check(&self, cx: &Context<'_>, out: &mut Findings);
}

/// Every rule rinse has, in the order they run. A block named by two rules
/// is credited to the earlier one.
pub static RULES: &[&dyn Rule] = &[
    &mojibake::Mojibake,
    &broken_apostrophe::BrokenApostrophe,
    &html_entity::HtmlEntity,
    &control_char::ControlChar,
    &whitespace::Whitespace,
    &repeated_block::RepeatedBlock,
    &ad_slot::AdSlot,
    &cookie_notice::CookieNotice,
    &duplicate_headline::DuplicateHeadline,
    &breadcrumb::Breadcrumb,
    &byline::Byline,
    &caption::Caption,
    &link_artifact::LinkArtifact,
    &broken_paragraph::BrokenParagraph,
    &corpus_boilerplate::CorpusBoilerplate,
    &page_chrome::PageChrome,
];

/// The character rules of the registry (kind [`RuleKind::Character`]), in
/// run order: the repair stage on its own.
///
/// ```
/// let repair = rinse::Cleaner::with_rules(rinse::rules::character_rules());
/// assert_eq!(repair.clean("cafÃ© didn¿t &amp; co\u{200b}op").text, "café didn’t & coop");
/// ```
pub fn character_rules() -> Vec<&'static dyn Rule> {
    RULES
        .iter()
        .copied()
        .filter(|rule| rule.kind() == RuleKind::Character)
        .collect()
}

/// The rule with id `id`, if there is one.
pub fn find(id: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|rule| rule.id() == id)
}

/// A block a rule wants removed, by index into [`Document::blocks`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockRemoval {
    /// Index of the block.
    pub block: usize,
    /// Id of the rule.
    pub rule: &'static str,
    /// Why, for a person.
    pub reason: Cow<'static, str>,
}

/// What rules report: edits inside the text, and whole blocks to remove.
///
/// Every finding is credited to the rule running ([`Findings::credit`],
/// which the pipeline calls before each rule): a rule never names itself,
/// so no finding can carry another rule's id.
#[derive(Debug, Default, Clone)]
pub struct Findings {
    /// Edits with exact spans (character repairs, inline debris, joins).
    pub edits: Vec<Edit>,
    /// Whole blocks to remove; the pipeline adds the gaps around them.
    pub removals: Vec<BlockRemoval>,
    /// One bit per block, set for the blocks of `removals` (as far as
    /// [`Findings::remove_block`] recorded them), for [`Findings::is_removed`].
    removed: Vec<u64>,
    /// The id of the rule whose findings come next.
    rule: &'static str,
}

impl Findings {
    /// Credits the findings recorded from now on to the rule `rule`.
    pub fn credit(&mut self, rule: &'static str) {
        self.rule = rule;
    }

    /// Records an edit with an exact span, credited to the rule running
    /// (whatever rule the edit names).
    pub fn push(&mut self, mut edit: Edit) {
        edit.rule = self.rule;
        self.edits.push(edit);
    }

    /// Records that `span` is deleted.
    pub fn remove(&mut self, span: Range<usize>, reason: impl Into<Cow<'static, str>>) {
        self.push(Edit::remove(self.rule, span, reason));
    }

    /// Records that `span` is replaced with `replacement`.
    pub fn replace(
        &mut self,
        span: Range<usize>,
        replacement: impl Into<Cow<'static, str>>,
        reason: impl Into<Cow<'static, str>>,
    ) {
        self.push(Edit::replace(self.rule, span, replacement, reason));
    }

    /// Whether a rule that ran before has removed block `block`. Rules run
    /// in registry order and, of two removals of a block, the pipeline
    /// keeps the one of the rule that comes first in the registry; so a
    /// rule may skip its costly signals for such a block: its own removal
    /// would be dropped.
    pub fn is_removed(&self, block: usize) -> bool {
        self.removed
            .get(block / 64)
            .is_some_and(|bits| bits & 1 << (block % 64) != 0)
    }

    /// Records that block `block` is noise and goes, with the blank lines
    /// that its removal leaves over.
    pub fn remove_block(&mut self, block: usize, reason: impl Into<Cow<'static, str>>) {
        if self.removed.len() <= block / 64 {
            self.removed.resize(block / 64 + 1, 0);
        }
        self.removed[block / 64] |= 1 << (block % 64);
        self.removals.push(BlockRemoval {
            block,
            rule: self.rule,
            reason: reason.into(),
        });
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for the unit tests of each rule.

    use super::*;

    /// Runs one rule alone on `text` through the whole pipeline and returns
    /// the cleaned text.
    pub fn clean_with(rule: &'static dyn Rule, text: &str) -> String {
        crate::Cleaner::with_rules(vec![rule]).clean(text).text
    }

    /// Asserts that `rule` alone leaves `text` byte-identical.
    #[track_caller]
    pub fn assert_kept(rule: &'static dyn Rule, text: &str) {
        let cleaned = clean_with(rule, text);
        assert_eq!(cleaned, text, "`{}` changed a text it must keep", rule.id());
    }

    /// Asserts that `rule` alone turns `text` into `expected`.
    #[track_caller]
    pub fn assert_cleaned(rule: &'static dyn Rule, text: &str, expected: &str) {
        let cleaned = clean_with(rule, text);
        assert_eq!(cleaned, expected, "`{}` on {text:?}", rule.id());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_kebab_case_and_explained() {
        let mut seen = HashSet::new();
        for rule in RULES {
            let id = rule.id();
            assert!(seen.insert(id), "duplicate rule id {id}");
            assert!(
                id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "rule id {id} is not kebab-case"
            );
            assert!(!rule.summary().is_empty() && !rule.summary().contains('\n'));
            assert!(rule.explain().len() > 80, "rule {id} explains too little");
            assert!(find(id).is_some());
        }
    }

    /// A finding is the running rule's, whatever rule an edit names.
    #[test]
    fn findings_are_credited_to_the_rule_running() {
        let mut findings = Findings::default();
        findings.credit("caption");
        findings.push(Edit::remove("byline", 0..1, "named another rule"));
        findings.remove(2..3, "a span");
        findings.replace(4..5, "x", "a repair");
        findings.remove_block(7, "a block");
        assert!(findings.edits.iter().all(|e| e.rule == "caption"));
        assert_eq!(findings.removals[0].rule, "caption");
        // The pipeline credits each rule before it runs.
        let cleaned = crate::Cleaner::new().clean(
            "Salt &amp; pepper go in first, before the onions soften.\n\nSubscribe now\n\nThen the tomatoes, chopped small, and a splash of water.\n\nSubscribe now\n",
        );
        let rules: Vec<&str> = cleaned.edits.iter().map(|e| e.rule).collect();
        assert_eq!(rules, ["html-entity", "repeated-block", "repeated-block"]);
    }

    #[test]
    fn removed_blocks_are_known_to_later_rules() {
        let mut findings = Findings::default();
        assert!(!findings.is_removed(2));
        findings.credit("repeated-block");
        findings.remove_block(2, "a promo");
        findings.remove_block(200, "a promo");
        for block in 0..300 {
            assert_eq!(findings.is_removed(block), block == 2 || block == 200);
        }
    }
}
