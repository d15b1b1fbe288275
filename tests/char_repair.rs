//! Table-driven tests of the character stage: every case in
//! `tests/data/char_cases.tsv` runs through the character rules alone.

use rinse::rules::character_rules;
use rinse::Cleaner;

/// One row of the table.
struct Case {
    line: usize,
    category: String,
    input: String,
    expected: Option<String>,
    origin: String,
}

/// Undoes the table's escapes: `\t`, `\n`, `\r`, `\\` and `\u{HEX}`.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                assert_eq!(chars.next(), Some('{'), "bad escape in {s:?}");
                let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let cp = u32::from_str_radix(&hex, 16).expect("hex escape");
                out.push(char::from_u32(cp).expect("valid code point"));
            }
            other => panic!("bad escape \\{other:?} in {s:?}"),
        }
    }
    out
}

fn cases() -> Vec<Case> {
    let table = include_str!("data/char_cases.tsv");
    table
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 4, "line {} has {} columns", i + 1, cols.len());
            Case {
                line: i + 1,
                category: cols[0].to_owned(),
                input: unescape(cols[1]),
                expected: (cols[2] != "=").then(|| unescape(cols[2])),
                origin: cols[3].to_owned(),
            }
        })
        .collect()
}

#[test]
fn the_table_is_big_and_balanced() {
    let cases = cases();
    let keep = cases.iter().filter(|c| c.expected.is_none()).count();
    assert!(cases.len() >= 300, "only {} cases", cases.len());
    assert!(keep * 3 >= cases.len(), "only {keep} must-not-change cases");
    for category in [
        "mojibake",
        "broken-apostrophe",
        "html-entity",
        "control-char",
        "keep",
    ] {
        assert!(
            cases.iter().any(|c| c.category == category),
            "no {category} case"
        );
    }
    assert!(cases.iter().all(|c| !c.origin.is_empty()));
    // A case that expects a change must really be damaged.
    for c in &cases {
        if let Some(expected) = &c.expected {
            assert_ne!(&c.input, expected, "line {}: expected equals input", c.line);
        }
    }
}

#[test]
fn every_case_repairs_as_expected_and_idempotently() {
    let repair = Cleaner::with_rules(character_rules());
    let mut failures = Vec::new();
    for c in cases() {
        let input = format!("{}\n", c.input);
        let cleaned = repair.clean(&input);
        let want = format!("{}\n", c.expected.as_deref().unwrap_or(&c.input));
        if cleaned.text != want {
            failures.push(format!(
                "line {} [{}] ({}):\n  input:    {:?}\n  expected: {:?}\n  got:      {:?}",
                c.line, c.category, c.origin, input, want, cleaned.text
            ));
            continue;
        }
        let again = repair.clean(&cleaned.text);
        if again.changed() {
            failures.push(format!(
                "line {} [{}]: not idempotent: {:?} -> {:?}",
                c.line, c.category, cleaned.text, again.text
            ));
        }
        if c.expected.is_some() {
            let rules: Vec<_> = cleaned.edits.iter().map(|e| e.rule).collect();
            if c.category != "keep" && !rules.contains(&c.category.as_str()) {
                failures.push(format!(
                    "line {} [{}]: repaired by {rules:?}, not by its own rule",
                    c.line, c.category
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
