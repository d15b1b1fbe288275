//! `duplicate-headline`: work in progress.

use super::{Context, Findings, Rule, RuleKind};

/// The `duplicate-headline` rule.
pub struct DuplicateHeadline;

impl Rule for DuplicateHeadline {
    fn id(&self) -> &'static str {
        "duplicate-headline"
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
