//! `link-artifact`: work in progress.

use super::{Context, Findings, Rule, RuleKind};

/// The `link-artifact` rule.
pub struct LinkArtifact;

impl Rule for LinkArtifact {
    fn id(&self) -> &'static str {
        "link-artifact"
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
