//! Issue #10: rinse never deletes what the text says. Short texts, written
//! for these tests, in the shapes real held-out articles showed; each must
//! come through the whole pipeline as stated.

use rinse::Cleaner;

/// Asserts that all rules leave `text` byte-identical, with no edit.
#[track_caller]
fn assert_untouched(text: &str) {
    let cleaned = Cleaner::new().clean(text);
    assert!(
        cleaned.edits.is_empty(),
        "{text:?} was edited: {:#?}",
        cleaned.edits
    );
    assert_eq!(cleaned.text, text);
}

#[track_caller]
fn assert_cleans_to(text: &str, expected: &str) {
    assert_eq!(Cleaner::new().clean(text).text, expected, "on {text:?}");
}

#[test]
fn zero_width_space_lines_between_paragraphs_stay() {
    assert_untouched(
        "The council met on Monday to discuss the new budget for the river park.\n\n\
         \u{200b}\n\n\
         Members argued for an hour before they voted, and the motion passed.\n\n\
         \u{200b}\n\n\
         The work on the park is to start in the spring, the mayor said.\n",
    );
    assert_untouched(
        "The council met on Monday to discuss the new budget for the river park.\n\
         \u{200b}\n\
         Members argued for an hour before they voted, and the motion passed.\n\
         \u{200b}\n\
         The work on the park is to start in the spring, the mayor said.\n",
    );
}

#[test]
fn repairs_use_the_documents_straight_apostrophes() {
    assert_cleans_to(
        "It's late, and the market won't open today.\n\nThe vendors didn¿t come.\n",
        "It's late, and the market won't open today.\n\nThe vendors didn't come.\n",
    );
}

#[test]
fn inch_marks_and_mixed_quotes_keep_paragraphs_apart() {
    assert_untouched(
        "The new monitor has a 34\" curved screen and costs less than the old one.\n\n\
         Reviewers called it \"a bargain\" and praised its colours.\n",
    );
    assert_untouched(
        "“We are not done yet,\" the coach said after the game on Sunday.\n\n\
         The team plays again next week, and \"every game counts\" now.\n",
    );
}

#[test]
fn texts_without_link_debris_keep_their_spacing_and_footnotes() {
    assert_untouched("The letter was signed by North , Ahmad and Lee , among many others.\n");
    assert_untouched(
        "Alarm fatigue is common, with nurses exposed to up to 1,000 alarms per shift [1].\n\n\
         Most of them need no action at all [2].\n",
    );
}
