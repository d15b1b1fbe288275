//! `--list-rules` and `--explain RULE`.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use rinse::rules::{RuleKind, RULES};

/// `--list-rules`: one aligned line per rule.
pub fn list_rules(out: &mut impl Write) -> Result<ExitCode> {
    let width = RULES.iter().map(|rule| rule.id().len()).max().unwrap_or(0);
    for rule in RULES {
        writeln!(
            out,
            "{:width$}  {:9}  {}",
            rule.id(),
            kind_name(rule.kind()),
            rule.summary()
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `--explain RULE`.
pub fn explain(out: &mut impl Write, id: &str) -> Result<ExitCode> {
    let rule = rinse::rules::find(id.trim())
        .ok_or_else(|| rinse::Error::UnknownRule(id.trim().to_owned()))?;
    writeln!(
        out,
        "{} ({} rule): {}\n\n{}",
        rule.id(),
        kind_name(rule.kind()),
        rule.summary(),
        rule.explain().trim_end()
    )?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn kind_name(kind: RuleKind) -> &'static str {
    match kind {
        RuleKind::Character => "character",
        RuleKind::Block => "block",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_rules_aligns_every_rule() {
        let mut out = Vec::new();
        list_rules(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), RULES.len());
        let columns: Vec<usize> = RULES
            .iter()
            .zip(&lines)
            .map(|(rule, line)| {
                assert!(line.starts_with(rule.id()));
                line.rfind(rule.summary()).unwrap()
            })
            .collect();
        assert!(columns.windows(2).all(|w| w[0] == w[1]), "{text}");
    }
}
