//! Whole-page text, for `page-chrome`: which lines are page chrome rather than article.
//!
//! A page flattened to text keeps its menus, link lists, cookie notices,
//! "most read" boxes, share prompts, comment sections and footers as lines
//! around the article. The article is the densest run of prose; the chrome
//! is runs of short lines without sentence punctuation. [`page_chrome`]
//! scores every line (prose lines earn their word count, short unpunctuated
//! lines and list items cost a fixed amount), takes the run of lines with
//! the best total as the article (the maximum-sum run, as in Finn's Body
//! Text Extraction), and calls everything outside it chrome — but only when
//! the outside looks like a page: several chrome-like lines, some of them in
//! a run. An article without a page around it (the common case) loses
//! nothing: its headline or a closing line outside the run are too few to
//! make a page.

use std::ops::Range;

use super::signals::is_list_item;
use crate::segment::{ends_sentence, Document};

/// What a chrome-like line costs the run that includes it, in words.
pub(super) const CHROME_COST: i64 = 4;
/// A sentence line of at least this many words is prose.
pub(super) const SENTENCE_MIN_WORDS: usize = 6;
/// A line of at least this many words is prose even without punctuation.
pub(super) const LONG_LINE_WORDS: usize = 20;
/// A line without sentence punctuation and at most this many words (or a
/// list item of at most [`LIST_ITEM_MAX_WORDS`]) is chrome-like.
const SHORT_LINE_WORDS: usize = 12;
/// A list item up to this many words is chrome-like (a link in a list).
const LIST_ITEM_MAX_WORDS: usize = 20;
/// The article run must hold this many words of prose.
pub(super) const MIN_ARTICLE_WORDS: i64 = 60;
/// A page has at least this many chrome-like lines outside the article…
pub(super) const MIN_CHROME_LINES: usize = 16;
/// …at least this many on each side of it…
pub(super) const MIN_CHROME_EACH_SIDE: usize = 3;
/// …and at least one run of this many in a row.
pub(super) const MIN_CHROME_RUN: usize = 3;
/// A page opens with its navigation: of its first [`OPENING_BLOCKS`]
/// blocks, those before its first line of prose, at least
/// [`MIN_MENU_OPENING`] are menu entries ([`is_menu_entry`]), with a run of
/// [`MIN_MENU_RUN`]. An article opens with its headline and prose, and a
/// structured one (specifications, tables, code, lists of steps) with lines
/// that hold figures, labels or code rather than bare link words.
pub(super) const OPENING_BLOCKS: usize = 10;
/// See [`OPENING_BLOCKS`].
pub(super) const MIN_MENU_OPENING: usize = 7;
/// …and at least this many of them in a row: a menu is a run of entries,
/// where a landing page's short taglines and figures alternate.
pub(super) const MIN_MENU_RUN: usize = 6;
/// A menu entry has at most this many words.
pub(super) const MENU_ENTRY_MAX_WORDS: usize = 5;
/// The prose outside the article run may be at most this share, in
/// percent, of the prose inside it. A page's article holds most of its
/// prose (what else there is: teasers, a comment or two, notices); a text
/// whose best run holds only part of its prose is an article broken up by
/// its own lists, tables or code, not a page.
pub(super) const MAX_OUTSIDE_PROSE_PERCENT: usize = 50;

/// What a line looks like, for [`page_chrome`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineClass {
    /// A sentence or a long line: article material.
    Prose,
    /// A short line without sentence punctuation, or a short list item:
    /// menu entries, links, labels, buttons.
    Chrome,
    /// Neither: a medium line without punctuation (a headline, a teaser).
    Neutral,
}

/// Classifies one line of text with `words` words.
pub fn classify(text: &str, words: usize) -> LineClass {
    if words == 0 {
        return LineClass::Chrome;
    }
    let text = text.trim();
    let sentence = ends_sentence(text);
    if is_bullet(text) {
        return if words > LIST_ITEM_MAX_WORDS && sentence {
            LineClass::Prose
        } else {
            LineClass::Chrome
        };
    }
    // A sentence line is prose; tested first, it spares most article lines
    // the search below.
    if sentence && words >= SENTENCE_MIN_WORDS {
        return LineClass::Prose;
    }
    // A long line is prose when it holds a sentence break; a long line of
    // words without one is a tag cloud or a menu flattened to one line.
    let long_prose = words >= LONG_LINE_WORDS
        && (text.contains(". ") || text.contains("? "))
        && is_spaced(text, words);
    if long_prose {
        LineClass::Prose
    } else if words <= SHORT_LINE_WORDS && !sentence {
        LineClass::Chrome
    } else {
        LineClass::Neutral
    }
}

/// Whether the words of a line are set apart by spaces, as a text's are:
/// at least one space for every two words. A line of data or code
/// (`{"asins":["B0CX…","B0CY…"],"limit":20}`) holds hundreds of words
/// joined by punctuation, and is not prose however long it is.
fn is_spaced(text: &str, words: usize) -> bool {
    memchr::memchr_iter(b' ', text.as_bytes()).count() * 2 >= words
}

/// Whether a chrome-like line reads as an entry of a navigation menu: a
/// few words, with no figure, no label colon and no code punctuation
/// (`Home`, `* World news`, `Contact us`; not `Duration: 8 Min`, `+13.1%`
/// or `Ok(T)`).
fn is_menu_entry(text: &str, words: usize, class: LineClass) -> bool {
    class == LineClass::Chrome
        && words <= MENU_ENTRY_MAX_WORDS
        && !text.bytes().any(|b| {
            b.is_ascii_digit()
                || matches!(
                    b,
                    b':' | b'('
                        | b')'
                        | b'{'
                        | b'}'
                        | b'<'
                        | b'>'
                        | b'='
                        | b';'
                        | b'%'
                        | b'$'
                        | b'\t'
                )
        })
}

/// Whether a trimmed line starts like an item of a list (`* Home`, `+ News`).
fn is_bullet(text: &str) -> bool {
    is_list_item(text) || text.starts_with("+ ") || text == "*" || text == "+"
}

/// Whether block `i` may be [`LineClass::Chrome`]: a chrome line is a list
/// item or has at most [`SHORT_LINE_WORDS`] words, which most article
/// paragraphs tell without a look at their text. (A block of more words
/// is longer than the few bytes `is_bullet` reads, so trimming its end, as
/// `classify` does, changes nothing; its start is trimmed already.)
fn may_be_chrome(doc: &Document<'_>, i: usize) -> bool {
    doc.blocks[i].words <= SHORT_LINE_WORDS || is_bullet(doc.block_text(i))
}

/// The page chrome of a document: indices of the blocks outside the
/// article, with the class of each. Empty when the document reads as an
/// article alone (no page around it) or when no article is found.
pub fn page_chrome(doc: &Document<'_>) -> Vec<(usize, LineClass)> {
    let n = doc.blocks.len();
    // A page needs `MIN_CHROME_LINES` chrome lines: a text with fewer lines
    // that may be chrome (an article alone, as most are) has none to lose.
    if (0..n).filter(|&i| may_be_chrome(doc, i)).count() < MIN_CHROME_LINES {
        return Vec::new();
    }
    let classes: Vec<LineClass> = (0..n)
        .map(|i| classify(doc.block_text(i), doc.blocks[i].words))
        .collect();
    let values: Vec<i64> = classes
        .iter()
        .zip(&doc.blocks)
        .map(|(class, block)| match class {
            LineClass::Prose => block.words as i64,
            LineClass::Chrome => -CHROME_COST,
            LineClass::Neutral => 0,
        })
        .collect();
    let Some((region, total)) = best_run(&values) else {
        return Vec::new();
    };
    if total < MIN_ARTICLE_WORDS {
        return Vec::new();
    }
    // A list introduced by a colon (`Tour dates:`) belongs to the line
    // that introduces it: take it in, up to the next blank line.
    let mut region = region;
    while region.end < n && ends_with_colon(doc.block_text(region.end - 1)) {
        let mut end = region.end + 1;
        while end < n && doc.breaks_after(end - 1) < 2 {
            end += 1;
        }
        region.end = end;
    }
    let chrome_before = count_chrome(&classes[..region.start]);
    let chrome_after = count_chrome(&classes[region.end..]);
    let longest_run = longest_chrome_run(&classes[..region.start])
        .max(longest_chrome_run(&classes[region.end..]));
    // A page has chrome on both sides of the article (a menu above, a
    // footer below) and plenty of it; an article with a list at its end or
    // a headline on top does not.
    if chrome_before < MIN_CHROME_EACH_SIDE
        || chrome_after < MIN_CHROME_EACH_SIDE
        || chrome_before + chrome_after < MIN_CHROME_LINES
        || longest_run < MIN_CHROME_RUN
    {
        return Vec::new();
    }
    // Chrome of a page, not an article's own structure: the text opens
    // with a menu, and the article run holds most of the prose.
    let opening = classes[..n.min(OPENING_BLOCKS)]
        .iter()
        .position(|class| *class == LineClass::Prose)
        .unwrap_or(n.min(OPENING_BLOCKS));
    let menu: Vec<bool> = (0..opening)
        .map(|i| is_menu_entry(doc.block_text(i), doc.blocks[i].words, classes[i]))
        .collect();
    let menu_opening = menu.iter().filter(|m| **m).count();
    let menu_run = menu.split(|m| !*m).map(<[bool]>::len).max().unwrap_or(0);
    let (mut prose_inside, mut prose_outside) = (0, 0);
    for i in (0..n).filter(|&i| classes[i] == LineClass::Prose) {
        if region.contains(&i) {
            prose_inside += doc.blocks[i].words;
        } else {
            prose_outside += doc.blocks[i].words;
        }
    }
    if menu_opening < MIN_MENU_OPENING
        || menu_run < MIN_MENU_RUN
        || prose_outside * 100 > prose_inside * MAX_OUTSIDE_PROSE_PERCENT
    {
        return Vec::new();
    }
    let outside = || (0..n).filter(|i| !region.contains(i));
    outside().map(|i| (i, classes[i])).collect()
}

fn ends_with_colon(text: &str) -> bool {
    text.trim_end().ends_with([':', '：'])
}

fn count_chrome(classes: &[LineClass]) -> usize {
    classes.iter().filter(|c| **c == LineClass::Chrome).count()
}

fn longest_chrome_run(classes: &[LineClass]) -> usize {
    let mut best = 0;
    let mut run = 0;
    for class in classes {
        if *class == LineClass::Chrome {
            run += 1;
            best = best.max(run);
        } else {
            run = 0;
        }
    }
    best
}

/// The run of values with the greatest sum (the earliest and then shortest
/// among equals), with that sum; `None` for no values.
fn best_run(values: &[i64]) -> Option<(Range<usize>, i64)> {
    let mut best: Option<(Range<usize>, i64)> = None;
    let mut start = 0;
    let mut sum = 0i64;
    for (i, &v) in values.iter().enumerate() {
        if sum <= 0 {
            start = i;
            sum = 0;
        }
        sum += v;
        if best.as_ref().map_or(true, |(_, b)| sum > *b) {
            best = Some((start..i + 1, sum));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chrome(text: &str) -> Vec<String> {
        let doc = Document::plain(text);
        page_chrome(&doc)
            .into_iter()
            .map(|(i, _)| doc.block_text(i).to_owned())
            .collect()
    }

    const ARTICLE: &str = "The council voted on Monday to close the old bridge to traffic, citing safety reports.\n\n\
        Engineers had warned for years that the structure was failing, and repairs were too costly.\n\n\
        Residents said they were worried about longer trips, but most agreed the bridge was unsafe.\n\n\
        A new crossing is planned for 2027, the mayor said, and buses will run a detour until then.\n";

    #[test]
    fn lines_are_classified() {
        assert_eq!(classify("* Home", 1), LineClass::Chrome);
        assert_eq!(classify("Privacy policy", 2), LineClass::Chrome);
        assert_eq!(
            classify("The council voted on Monday to close it.", 8),
            LineClass::Prose
        );
        assert_eq!(
            classify(
                "Physicists Just Created the Most Detailed Simulation of the Universe in History",
                13
            ),
            LineClass::Neutral
        );
    }

    #[test]
    fn a_long_line_of_data_is_not_prose() {
        let data = r#"{"asins":["B0CXGXT6W8","B0CYNFWD2R"],"reftag":"ce-grid","rText":"Avg. Customer Review","label":"Price: Low to High","limit":20,"offset":0,"layout":"uniform","isPrime":false,"sort":"relevance","showAutomated":false}"#;
        let words = Document::plain(data).blocks[0].words;
        assert!(words >= LONG_LINE_WORDS);
        assert_eq!(classify(data, words), LineClass::Neutral);
        // A long line of words with a sentence break inside is prose.
        let prose = "The mayor spoke first. Then the engineers explained why the old bridge could not be saved and what the detour would cost the town each year";
        let words = Document::plain(prose).blocks[0].words;
        assert_eq!(classify(prose, words), LineClass::Prose);
    }

    #[test]
    fn a_page_whose_only_long_line_is_data_has_no_article_to_keep() {
        // A shop's grid: a menu, product tiles, a blob of page data, a
        // footer. No run of prose is an article, so nothing is chrome.
        let menu = "Home\nDeals\nBooks\nMusic\nGarden\nToys\nSports\nCart\nAccount\n";
        let tiles: String = (0..6)
            .map(|i| format!("Wireless Earbuds Model {i} with Noise Cancelling Mic and Long Battery Life for Travel Office and Sports Black\n4.3 out of 5 stars\nEUR 17.07\n"))
            .collect();
        let data = format!(
            "{{{}}}\n",
            (0..40)
                .map(|i| format!("\"asin{i}\":\"B0C{i}XGT\",\"sort\":\"Avg. Customer Review\""))
                .collect::<Vec<_>>()
                .join(",")
        );
        let footer = "Careers\nBlog\nAbout us\nInvestors\nDevices\nScience\nHelp\nReturns\n";
        let page = format!("{menu}{tiles}{data}{footer}");
        assert!(chrome(&page).is_empty());
    }

    #[test]
    fn menus_and_footers_around_an_article_are_chrome() {
        let page = format!(
            "* Home\n* News\n* Sport\n* Weather\n* Culture\n* Travel\n* Money\n* Video\nSearch\n\nBridge to close\n\n{ARTICLE}\n\
             Most read\n* Storm hits coast\n* Team wins cup\n* Rates held\nPrivacy policy\nTerms of use\n© 2024 The Paper\n"
        );
        let removed = chrome(&page);
        assert!(removed.contains(&"* Home".to_owned()));
        assert!(removed.contains(&"Bridge to close".to_owned()));
        assert!(removed.contains(&"Most read".to_owned()));
        assert!(removed.contains(&"© 2024 The Paper".to_owned()));
        assert!(!removed.iter().any(|l| l.contains("council")));
        assert!(!removed.iter().any(|l| l.contains("detour")));
    }

    #[test]
    fn an_article_alone_loses_nothing() {
        assert!(chrome(ARTICLE).is_empty());
        let with_heads = format!(
            "Bridge to close\n\nStandfirst: the end of an era\n\nIntroduction\n\n{ARTICLE}\nConclusion\n\n{ARTICLE}"
        );
        assert!(chrome(&with_heads).is_empty());
        // A closing list is part of the article, not a page.
        let with_list =
            format!("{ARTICLE}\nKey points\n\n* Bridge shut\n* Detour set\n* New crossing 2027\n");
        assert!(chrome(&with_list).is_empty());
    }

    #[test]
    fn an_article_made_of_lists_tables_and_specs_is_not_a_page() {
        // Specifications and a table around the prose: figures and labels,
        // not a menu.
        let specs: String = (1..=12)
            .map(|n| format!("Model {n}: {n}0 grams\nBattery: {n} hours\n"))
            .collect();
        let specs = format!("{specs}{ARTICLE}\n{specs}");
        assert!(chrome(&specs).is_empty());
        // Long lists of plain words between paragraphs, the first list
        // near the top: it opens with a headline and prose, not a menu.
        let list =
            "* Flour\n* Sugar\n* Butter\n* Eggs\n* Milk\n* Salt\n* Yeast\n* Water\n* Honey\n";
        let head = "Bread at home\n\nThe council's baker shares her recipe, tested over twenty years of mornings.\n";
        let recipe = format!("{head}{list}{list}{ARTICLE}\n{list}{list}{list}");
        assert!(chrome(&recipe).is_empty());
    }

    #[test]
    fn a_landing_page_of_taglines_and_figures_is_not_a_menu() {
        let offer = "Pro Plan\nFast answers for busy teams\n4,200+ reviews\nShared workspace\nPriority support\n\
                     $19 per month\nOne invoice\nCancel anytime\n24-hour help desk\nTeam analytics\n";
        let page = format!("{offer}{offer}{ARTICLE}\n{offer}{offer}");
        assert!(chrome(&page).is_empty());
    }

    #[test]
    fn a_little_chrome_is_not_a_page() {
        let page = format!("* Home\n* News\nSearch\n\n{ARTICLE}\nMost read\n* Storm hits coast\n");
        assert!(chrome(&page).is_empty());
    }

    #[test]
    fn short_texts_have_no_chrome() {
        assert!(chrome("").is_empty());
        assert!(chrome("* Home\n* News\n* Sport\n* Weather\n* About\n* Contact\n").is_empty());
    }

    proptest::proptest! {
        /// The early count never misses a chrome line.
        #[test]
        fn every_chrome_line_may_be_chrome(
            text in r"[ \t\u{a0}]{0,2}([-*+•>]|[0-9a-c]{1,4}[.)]|[A-Za-z]{1,8}|[ \u{a0}]|[.?!:,]){0,30}"
        ) {
            let doc = Document::plain(&text);
            for (i, block) in doc.blocks.iter().enumerate() {
                if block.words > SHORT_LINE_WORDS {
                    let line = doc.block_text(i);
                    proptest::prop_assert_eq!(is_bullet(line), is_bullet(line.trim()));
                }
                if classify(doc.block_text(i), block.words) == LineClass::Chrome {
                    proptest::prop_assert!(may_be_chrome(&doc, i), "{:?}", doc.block_text(i));
                }
            }
        }
    }

    #[test]
    fn best_run_is_the_maximum_sum() {
        assert_eq!(best_run(&[-4, 10, -4, 20, -4, -4]), Some((1..4, 26)));
        assert_eq!(best_run(&[]), None);
    }
}
