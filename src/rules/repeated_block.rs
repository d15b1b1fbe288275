//! `repeated-block`: work in progress.

use super::{Context, Findings, Rule, RuleKind};

/// The `repeated-block` rule.
pub struct RepeatedBlock;

impl Rule for RepeatedBlock {
    fn id(&self) -> &'static str {
        "repeated-block"
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
