//! `byline`: work in progress.

use super::{Context, Findings, Rule, RuleKind};

/// The `byline` rule.
pub struct Byline;

impl Rule for Byline {
    fn id(&self) -> &'static str {
        "byline"
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
