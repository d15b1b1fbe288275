//! `whitespace`: work in progress.

use super::{Context, Findings, Rule, RuleKind};

/// The `whitespace` rule.
pub struct Whitespace;

impl Rule for Whitespace {
    fn id(&self) -> &'static str {
        "whitespace"
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
