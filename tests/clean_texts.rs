//! Clean articles must come through byte-identical.

use std::fs;
use std::path::Path;

#[test]
fn clean_articles_pass_through_unchanged() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clean");
    let mut checked = 0;
    let mut entries: Vec<_> = fs::read_dir(&dir)
        .expect("tests/clean exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    entries.sort();
    let cleaner = rinse::Cleaner::new();
    for path in entries {
        let text = fs::read_to_string(&path).expect("UTF-8 text");
        let cleaned = cleaner.clean(&text);
        assert!(
            cleaned.edits.is_empty(),
            "{} was edited: {:#?}",
            path.display(),
            cleaned.edits
        );
        assert_eq!(cleaned.text, text);
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} clean articles found");
}
