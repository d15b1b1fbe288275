//! `page-chrome`: menus, link lists, footers and notices around the article
//! in a whole page flattened to text.

use std::sync::LazyLock;

use super::chrome_lines::*;
use super::{Context, Findings, Rule, RuleKind};

/// Removes the page around the article in whole-page text.
pub struct PageChrome;

/// The `--explain` text, written from the constants the rule uses.
static EXPLAIN: LazyLock<String> = LazyLock::new(|| {
    format!(
        "Removes the page around the article when a whole web page was \
         flattened to text: navigation menus, link lists, \"most read\" and \
         \"related\" boxes, cookie notices, share prompts, comment sections and \
         footers.\n\n\
         Signals: every line is scored (a sentence of {SENTENCE_MIN_WORDS} words \
         or more, or a line of {LONG_LINE_WORDS}, earns its word count; a short \
         line without sentence punctuation or a short list item costs \
         {CHROME_COST}); the run of lines with the best total is the article \
         (it must hold {MIN_ARTICLE_WORDS} words of prose). Lines outside that \
         run go only when the text is a page: at least {MIN_CHROME_LINES} short \
         unpunctuated lines or list items outside the run, \
         {MIN_CHROME_EACH_SIDE} on each side and {MIN_CHROME_RUN} of them in a \
         row; the text opens with a menu (before its first line of prose, of \
         its first {OPENING_BLOCKS} lines, {MIN_MENU_OPENING} are menu entries, \
         {MIN_MENU_RUN} of them in a row: at most {MENU_ENTRY_MAX_WORDS} words, \
         no figure, no label colon, no code); and the prose outside the run \
         is at most {MAX_OUTSIDE_PROSE_PERCENT}% of the prose inside it (an \
         article broken up by its own lists, tables or code has prose on both \
         sides). Nothing inside the article run is touched, and an article \
         without a page around it loses nothing, not even its headline.\n\n\
         Example: `* Home`, `* News`, `* Sport` above the story and \
         `Most read`, `Privacy policy`, `© 2024 The Paper` below it are \
         removed."
    )
});

impl Rule for PageChrome {
    fn id(&self) -> &'static str {
        "page-chrome"
    }

    fn summary(&self) -> &'static str {
        "menus, link lists, footers and notices around the article in whole-page text"
    }

    fn explain(&self) -> &'static str {
        &EXPLAIN
    }

    fn kind(&self) -> RuleKind {
        RuleKind::Block
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for (block, class) in page_chrome(cx.doc) {
            let reason = match class {
                LineClass::Chrome => {
                    "short line or list item outside the article (menu, links, footer)"
                }
                LineClass::Neutral => "headline-length line outside the article (teaser, label)",
                LineClass::Prose => "text outside the article (related story, notice, comment)",
            };
            out.remove_block(block, reason);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_cleaned, assert_kept};

    #[test]
    fn removes_menus_and_footer() {
        let article = "The council voted on Monday to close the old bridge to traffic, citing safety reports.\n\
            Engineers had warned for years that the structure was failing, and repairs were too costly.\n\
            Residents said they were worried about longer trips, but most agreed the bridge was unsafe.\n\
            A new crossing is planned for 2027, the mayor said, and buses will run a detour until then.\n";
        let page = format!(
            "* Home\n* News\n* Sport\n* Weather\n* Culture\n* Opinion\n* Travel\n* Money\nSearch\n{article}Most read\n\
             * Storm hits coast\n* Team wins cup\n* Rates held\n* Film review\nPrivacy policy\nCookie settings\n"
        );
        assert_cleaned(&PageChrome, &page, article);
    }

    #[test]
    fn keeps_an_article_alone() {
        assert_kept(
            &PageChrome,
            "Bridge to close\n\nIntroduction\n\nThe council voted on Monday to close the old bridge, \
             citing safety reports from engineers who had warned for years that it was failing.\n\n\
             Conclusion\n\nA new crossing is planned for 2027, the mayor said, with buses on a detour.\n",
        );
    }

    #[test]
    fn keeps_the_samples() {
        for sample in ["clean-article", "captions-and-headline", "repeated-promo"] {
            let path = format!("{}/samples/{sample}.txt", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).expect("sample exists");
            assert_kept(&PageChrome, &text);
        }
    }
}
