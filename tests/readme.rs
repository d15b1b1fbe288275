//! The README and CI say what the project does; these tests keep them
//! honest as rules and commands change.

use std::fs;
use std::path::Path;

fn read(name: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).unwrap()
}

/// The rows of the README's rule table: the ids in its first column.
fn documented_rule_ids(readme: &str) -> Vec<String> {
    let section = readme
        .split("\n## Rules\n")
        .nth(1)
        .expect("README has a Rules section");
    let section = section.split("\n## ").next().unwrap();
    section
        .lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .filter_map(|rest| rest.split('`').next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_rule_is_in_the_readme_rule_table() {
    let documented = documented_rule_ids(&read("README.md"));
    for rule in rinse::rules::RULES {
        assert!(
            documented.iter().any(|id| id == rule.id()),
            "rule `{}` is missing from the README's rule table",
            rule.id()
        );
    }
}

#[test]
fn the_rule_table_is_read_from_the_rules_section_only() {
    let readme = "# x\n| `not-a-rule` | x |\n## Rules\n| id | what |\n| --- | --- |\n\
                  | `alpha` | a |\n| `beta` | b |\n## Exit codes\n| `gamma` | c |\n";
    assert_eq!(documented_rule_ids(readme), ["alpha", "beta"]);
}

#[test]
fn the_quick_start_is_two_commands_and_ci_runs_the_same_tests() {
    let readme = read("README.md");
    let quick_start = readme
        .split("\n## Quick start\n")
        .nth(1)
        .expect("README has a Quick start section")
        .split("```sh\n")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let commands: Vec<&str> = quick_start.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(
        commands,
        [
            "cargo run --release -- samples/repeated-promo.txt",
            "cargo test"
        ]
    );
    let ci = read(".ci/run");
    let test_command = commands[1];
    assert!(
        ci.lines()
            .any(|line| line.trim() == format!("run {test_command}")),
        ".ci/run does not run `{test_command}`"
    );
    assert!(ci.contains("run cargo fmt --check"));
    assert!(ci.contains("run cargo clippy --all-targets -- -D warnings"));
}

/// Flags the README shows for other tools (cargo, sbatch).
const OTHER_TOOLS_FLAGS: &[&str] = &[
    "--release",
    "--path",
    "--all-targets",
    "--bench",
    "--parsable",
    "--dependency",
    "--array",
    "--cpus-per-task",
    "--mem",
];

/// Every `--flag` the README names is a flag of `rinse` or `rinse learn`
/// (so the README cannot document a flag that is gone or misspelt).
#[test]
fn every_flag_in_the_readme_exists() {
    let help = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_rinse"))
            .args(args)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let known = format!("{}{}", help(&["--help"]), help(&["learn", "--help"]));
    let readme = read("README.md");
    let mut missing: Vec<String> = readme
        .match_indices("--")
        .map(|(at, _)| {
            let name: String = readme[at + 2..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '-')
                .collect();
            format!("--{}", name.trim_end_matches('-'))
        })
        .filter(|flag| flag.len() > 3 && !OTHER_TOOLS_FLAGS.contains(&flag.as_str()))
        .filter(|flag| {
            ![" ", "\n", " <"]
                .iter()
                .any(|after| known.contains(&format!("{flag}{after}")))
        })
        .collect();
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "README names flags rinse does not have: {missing:?}"
    );
}
