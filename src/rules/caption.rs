//! `caption`: work in progress.

use super::{Context, Findings, Rule, RuleKind};

/// The `caption` rule.
pub struct Caption;

impl Rule for Caption {
    fn id(&self) -> &'static str {
        "caption"
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
