//! `broken-paragraph`: work in progress.

use super::{Context, Findings, Rule, RuleKind};

/// The `broken-paragraph` rule.
pub struct BrokenParagraph;

impl Rule for BrokenParagraph {
    fn id(&self) -> &'static str {
        "broken-paragraph"
    }
    fn summary(&self) -> &'static str {
        "work in progress"
    }
    fn explain(&self) -> &'static str {
        "work in progress work in progress work in progress work in progress work in progress work in progress"
    }
    fn kind(&self) -> RuleKind {
        RuleKind::Block
    }
    fn check(&self, _cx: &Context<'_>, _out: &mut Findings) {}
}
