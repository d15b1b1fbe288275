//! `corpus-boilerplate`: blocks a corpus model says repeat across many
//! different documents, and that stand apart from the document they sit in.

use std::collections::HashSet;

use crate::corpus::{is_edge, Entry, COPY_FACTOR, MIN_WORDS};
use crate::segment::Document;

use super::signals::content_words;
use super::{Context, Findings, Rule, RuleKind};

/// The `corpus-boilerplate` rule.
pub struct CorpusBoilerplate;

/// Share of a block's documents, in percent, in which it must have sat at
/// an edge (see [`crate::corpus::is_edge`]) for its position to count as
/// the second signal.
pub const MIN_EDGE_PERCENT: u64 = 80;

/// Share of a block's documents, in percent, in which it must have sat at
/// an edge for its position to count as the second signal where it also
/// sits at an edge of the document being cleaned.
pub const MIN_EDGE_HERE_PERCENT: u64 = 50;

/// Share of a document's counted words, in percent, that the blocks about
/// as frequent as a candidate (within [`COPY_FACTOR`] of its document count,
/// itself included) may reach before the rule keeps the candidate: past it
/// the document is mostly text that repeats as often as the block does, a
/// copy of an article (a story printed by several sites whose site chrome
/// outweighs its short lines, so that every copy has its own anchor).
pub const MIN_COHORT_PERCENT: usize = 50;

/// Largest share of a block's content words, in percent, that may occur
/// elsewhere in the document for the block to count as foreign to it (the
/// second signal for a block that is not mostly at an edge).
pub const MAX_SHARED_PERCENT: usize = 33;

/// Fewest words of a block of the document for its words to count in the
/// comparison: paragraphs of the article, not bylines, credits or labels
/// (which may name the site as its chrome does).
pub const MIN_PARAGRAPH_WORDS: usize = 10;

/// Fewest content words a block needs before its share of shared words
/// means anything.
pub const MIN_CONTENT_WORDS: usize = 3;

/// Largest share of a document's words, in percent, the rule may remove.
/// Past it the document is most likely made of what other documents
/// repeat, not a page dressed in boilerplate, and the rule keeps it whole.
pub const MAX_REMOVED_PERCENT: usize = 50;

impl Rule for CorpusBoilerplate {
    fn id(&self) -> &'static str {
        "corpus-boilerplate"
    }

    fn summary(&self) -> &'static str {
        "blocks a corpus model says repeat across many different documents"
    }

    fn explain(&self) -> &'static str {
        "A site's affiliate disclosure, newsletter box or legal notice appears once \
in each of its articles and reads like an ordinary paragraph: only its frequency \
across documents gives it away. This rule needs a corpus model (`rinse learn`, \
`--model`, or the first pass of batch mode over a folder). For every block of four \
words or more the model counts the documents it appears in and its distinct \
contexts: the context of a block in a document is the document's longest other \
block. Copies of one article (a wire story printed by several sites, a page \
scraped under two URLs) share their longest paragraph, so a block they repeat \
has one context however many copies there are; a disclosure under a hundred \
different articles has a hundred. Contexts are counted exactly up to 8 and \
estimated above (the 8 smallest context hashes are kept per block).\n\n\
A block is removed on two independent signals. First, it appears in at least \
`--min-docs` distinct contexts (default: 5, or one in a thousand documents of \
the corpus if that is more): it recurs across documents that otherwise differ. \
Second, it does not belong where it sits: either it sat at an edge of the \
document (its first or last quarter) in at least 80% of its documents, or in \
at least 50% of them and here too, or, wherever it sits (top, middle or \
bottom), at most 33% of its content words \
(three or more needed) occur in the other paragraphs of this document (blocks \
of 10 words or more that are not candidates themselves; with none, the rule \
keeps the block). A quote repeated \
in a few articles of one story fails the first test, and in many it shares \
the story's words and fails the second; a paragraph of a syndicated copy has \
one context. Two guards follow. If the blocks whose document counts are within \
a factor of 2 of the block's own (itself included) hold 50% or more of the \
document's counted words, the document is mostly text that repeats as often as \
the block, a copy of something, and the block is kept: a story printed eight \
times keeps its lines even where its copies' anchors differ. And the rule never \
removes more than half of a document's words: such a document is made of what \
others repeat and is left whole.\n\n\
Example: `Disclosure: we may earn a commission when you buy through links on this \
page.` at the foot of 1,000 of a site's 1,000 articles is removed from each, and \
`Support our journalism: subscribe for unlimited access today.` between two \
paragraphs of 300 different articles is removed from each."
    }

    fn kind(&self) -> RuleKind {
        RuleKind::Block
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(model) = cx.corpus else { return };
        let doc = cx.doc;
        let min_docs = model.min_docs();
        // Blocks frequent across different documents: the first signal.
        let mut candidates: Vec<(usize, Entry)> = Vec::new();
        // Document count and words of every counted block, for the copy guard.
        let mut counted: Vec<(u64, usize)> = Vec::new();
        let mut total_words = 0;
        for (i, block) in doc.blocks.iter().enumerate() {
            total_words += block.words;
            if block.words < MIN_WORDS {
                continue;
            }
            let entry = model.entry(block.fingerprint);
            counted.push((u64::from(entry.docs), block.words));
            if entry.context_count() >= min_docs {
                candidates.push((i, entry));
            }
        }
        if candidates.is_empty() {
            return;
        }
        let counted_words: usize = counted.iter().map(|c| c.1).sum();
        let mut rest: Option<Option<HashSet<u64>>> = None;
        let mut found = Vec::new();
        let mut removed_words = 0;
        for &(i, entry) in &candidates {
            let docs = u64::from(entry.docs);
            let contexts = entry.context_count();
            let edge = u64::from(entry.edge);
            let seen = format!(
                "seen in {docs} of {} documents of the corpus, in {contexts} different \
                 contexts (threshold {min_docs})",
                model.docs()
            );
            // The copy guard: blocks about as frequent as this one (within
            // `COPY_FACTOR`) make up the bulk of the document, so it is a
            // copy of something and they are its text, whatever their
            // anchors say. (A model cut by `retain_frequent` forgets only
            // blocks too rare to be in any candidate's cohort.)
            let cohort: usize = counted
                .iter()
                .filter(|&&(n, _)| n * COPY_FACTOR >= docs && n <= docs * COPY_FACTOR)
                .map(|c| c.1)
                .sum();
            if cohort * 100 >= counted_words * MIN_COHORT_PERCENT {
                continue;
            }
            let here = is_edge(i, doc.blocks.len());
            let reason = if edge * 100 >= docs * MIN_EDGE_PERCENT
                || (here && edge * 100 >= docs * MIN_EDGE_HERE_PERCENT)
            {
                format!(
                    "{seen}, at the top or bottom in {}% of them{}",
                    edge * 100 / docs,
                    if here { " and here" } else { "" }
                )
            } else {
                let rest = rest.get_or_insert_with(|| paragraph_words(doc, &candidates));
                // No paragraph to compare with: unsure, so keep.
                let Some(rest) = rest else { continue };
                let words = content_words(doc.blocks[i].text(doc.text));
                let shared = words.iter().filter(|w| rest.contains(w)).count();
                if words.len() < MIN_CONTENT_WORDS
                    || shared * 100 > words.len() * MAX_SHARED_PERCENT
                {
                    continue;
                }
                format!(
                    "{seen}, and {shared} of its {} content words occur in the \
                     paragraphs of this document",
                    words.len()
                )
            };
            removed_words += doc.blocks[i].words;
            found.push((i, reason));
        }
        if found.is_empty() || removed_words * 100 > total_words * MAX_REMOVED_PERCENT {
            return;
        }
        for (i, reason) in found {
            out.remove_block(i, reason);
        }
    }
}

/// The content words of the paragraphs of `doc` (blocks of
/// [`MIN_PARAGRAPH_WORDS`] words or more) that are not `candidates`; `None`
/// when it has no such paragraph.
fn paragraph_words(doc: &Document<'_>, candidates: &[(usize, Entry)]) -> Option<HashSet<u64>> {
    let mut words = HashSet::new();
    let mut paragraphs = 0;
    let mut next = candidates.iter().map(|c| c.0).peekable();
    for (i, block) in doc.blocks.iter().enumerate() {
        if next.next_if_eq(&i).is_some() || block.words < MIN_PARAGRAPH_WORDS {
            continue;
        }
        paragraphs += 1;
        words.extend(content_words(block.text(doc.text)));
    }
    (paragraphs > 0).then_some(words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::CorpusModel;
    use crate::Cleaner;
    use std::sync::Arc;

    const DISCLOSURE: &str =
        "This article contains affiliate links. We may earn a commission if you buy through them.";
    const NEWSLETTER: &str =
        "Sign up for our newsletter to get the best deals in your inbox every week.";
    const PROMO: &str =
        "Support independent journalism: become a member for unlimited access today.";
    const QUOTE: &str =
        "“We will rebuild the bridge before winter,” the mayor told reporters on Tuesday.";

    const PLACES: &[&str] = &[
        "harbour",
        "orchard",
        "railway",
        "library",
        "hospital",
        "vineyard",
        "stadium",
        "reservoir",
        "museum",
        "brewery",
        "airport",
        "quarry",
        "market",
        "school",
    ];
    const PEOPLE: &[&str] = &[
        "farmers",
        "nurses",
        "students",
        "engineers",
        "fishermen",
        "teachers",
        "drivers",
        "bakers",
        "miners",
        "gardeners",
        "pilots",
    ];

    /// Paragraph `p` of distinct article `i`: its own numbers and nouns.
    fn paragraph(i: usize, p: usize) -> String {
        let place = PLACES[(i + p) % PLACES.len()];
        let people = PEOPLE[(i * 3 + p) % PEOPLE.len()];
        if p == 0 {
            // Every article leads with a long paragraph, longer than any
            // block of chrome.
            format!(
                "Officials in district {i} said on Monday that the {place} would close \
                 for {} weeks while {people} and contractors inspect its foundations, \
                 a decision that surprised residents who had campaigned for years.",
                i + 2
            )
        } else {
            format!(
                "About {} {people} gathered near the {place} in district {i}, \
                 according to figure {} of the survey.",
                i * 7 + p,
                i * 31 + p
            )
        }
    }

    /// A distinct article, with `middle` after its fourth paragraph.
    fn article(i: usize, middle: &str) -> String {
        let mut paras = vec![format!("District {i} weighs the future of plan {i}")];
        for p in 0..8 {
            paras.push(paragraph(i, p));
            if p == 3 && !middle.is_empty() {
                paras.push(middle.to_owned());
            }
        }
        paras.join("\n\n")
    }

    fn with_chrome(i: usize, middle: &str) -> String {
        format!("{DISCLOSURE}\n\n{}\n\n{NEWSLETTER}\n", article(i, middle))
    }

    fn model_of(texts: &[String]) -> CorpusModel {
        let mut model = CorpusModel::new();
        texts.iter().for_each(|t| model.add_text(t));
        model
    }

    fn cleaner(model: CorpusModel) -> Cleaner {
        Cleaner::with_rules(vec![&CorpusBoilerplate]).with_model(Arc::new(model))
    }

    #[test]
    fn site_chrome_in_every_article_is_removed() {
        let texts: Vec<String> = (0..100).map(|i| with_chrome(i, "")).collect();
        let cleaner = cleaner(model_of(&texts));
        for (i, text) in texts.iter().enumerate() {
            let cleaned = cleaner.clean(text);
            assert_eq!(cleaned.text, format!("{}\n", article(i, "")));
            assert_eq!(cleaned.edits.len(), 2);
            assert!(cleaned.edits[0]
                .reason
                .contains("seen in 100 of 100 documents of the corpus"));
            assert!(cleaned.edits[0]
                .reason
                .contains("at the top or bottom in 100%"));
            // Idempotent.
            assert_eq!(cleaner.clean(&cleaned.text).text, cleaned.text);
        }
    }

    #[test]
    fn a_promo_in_the_middle_of_many_articles_is_removed() {
        // Mid-article in two articles of three, at the foot of the others:
        // not mostly at an edge, but foreign to every article.
        let texts: Vec<String> = (0..60)
            .map(|i| {
                if i % 3 == 0 {
                    format!("{}\n\n{PROMO}\n", article(i, ""))
                } else {
                    article(i, PROMO)
                }
            })
            .collect();
        let model = model_of(&texts);
        assert!(model.entry(crate::segment::fingerprint(PROMO)).edge < 30);
        let cleaner = cleaner(model);
        for (i, text) in texts.iter().enumerate() {
            let cleaned = cleaner.clean(text);
            assert!(!cleaned.text.contains(PROMO), "article {i}");
            assert_eq!(cleaned.text.trim_end(), article(i, ""), "article {i}");
        }
        let reason = &cleaner.clean(&texts[1]).edits[0].reason;
        assert!(
            reason.contains("0 of its 8 content words occur in the paragraphs"),
            "{reason}"
        );
    }

    #[test]
    fn a_sign_off_mostly_at_the_foot_goes_from_the_foot_only() {
        // At the foot of two articles of three, in the middle of the third;
        // its words are the articles' own, so it is foreign to none.
        const SIGN_OFF: &str = "Read every district survey figure here.";
        let texts: Vec<String> = (0..60)
            .map(|i| {
                if i % 3 == 0 {
                    article(i, SIGN_OFF)
                } else {
                    format!("{}\n\n{SIGN_OFF}\n", article(i, ""))
                }
            })
            .collect();
        let model = model_of(&texts);
        assert_eq!(model.entry(crate::segment::fingerprint(SIGN_OFF)).edge, 40);
        let cleaner = cleaner(model);
        for (i, text) in texts.iter().enumerate() {
            let cleaned = cleaner.clean(text);
            if i % 3 == 0 {
                assert_eq!(&cleaned.text, text, "article {i}");
            } else {
                assert_eq!(cleaned.text, format!("{}\n", article(i, "")), "article {i}");
                assert!(cleaned.edits[0]
                    .reason
                    .ends_with("at the top or bottom in 66% of them and here"));
            }
        }
    }

    #[test]
    fn a_quote_repeated_in_a_few_articles_of_a_story_survives() {
        let mut texts: Vec<String> = (0..100).map(|i| with_chrome(i, "")).collect();
        // The quote closes three articles: at an edge, but in too few.
        for text in texts.iter_mut().take(3) {
            *text = format!("{}\n\n{QUOTE}\n", text.trim_end());
        }
        let cleaned = cleaner(model_of(&texts)).clean(&texts[0]);
        assert!(cleaned.text.contains(QUOTE));
        assert!(!cleaned.text.contains(DISCLOSURE));
    }

    /// Article `i` of one long-running story about the bridge.
    fn bridge_story(i: usize) -> String {
        format!(
            "Bridge repairs, week {i}\n\n\
             Crews returned to the collapsed river bridge for week {i} of the repairs, \
             and the mayor again promised that traffic would cross it before winter, \
             though engineers have warned about {} damaged piers.\n\n\
             Divers inspected {} of the river piers on day {i} and found cracks in most.\n\n\
             {QUOTE}\n\n\
             Ferry crossings, which replaced the bridge, carried {} passengers on day {i}.\n\n\
             Shop owners near the river said trade had fallen by {} percent since the collapse.\n\n\
             The council will vote on the repair budget on day {} of the month.\n",
            i + 3,
            i % 5 + 2,
            i * 120 + 40,
            i + 10,
            i + 1
        )
    }

    #[test]
    fn a_quote_repeated_through_one_story_survives() {
        // Twenty articles of one story, among others, repeat the mayor's
        // words in their middle: frequent, but it shares the story's words.
        let mut texts: Vec<String> = (0..20).map(bridge_story).collect();
        texts.extend((0..80).map(|i| with_chrome(100 + i, "")));
        let model = model_of(&texts);
        let quote = model.entry(crate::segment::fingerprint(QUOTE));
        assert_eq!((quote.context_count(), quote.edge), (20, 0));
        let cleaner = cleaner(model);
        for text in &texts[..20] {
            assert_eq!(&cleaner.clean(text).text, text);
        }
    }

    #[test]
    fn syndicated_copies_do_not_vote_for_each_other() {
        // One wire story printed by six sites, each with its own chrome,
        // among 84 other articles of those sites.
        let sites = [
            "Valley Courier",
            "Coast Ledger",
            "Metro Tribune",
            "Hill Gazette",
        ];
        let sites = sites.iter().chain(&["Lake Observer", "Plains Record"]);
        let wire = article(999, "");
        let chrome = |site: &str| format!("Read more stories like this one from the {site} team.");
        let mut texts = Vec::new();
        for (s, site) in sites.enumerate() {
            texts.push(format!("{wire}\n\n{}\n", chrome(site)));
            for i in 0..14 {
                texts.push(format!("{}\n\n{}\n", article(s * 20 + i, ""), chrome(site)));
            }
        }
        let model = model_of(&texts);
        let opening = crate::segment::fingerprint(&paragraph(999, 1));
        assert_eq!(model.doc_count(opening), 6);
        assert_eq!(model.contexts(opening), 1);
        let cleaner = cleaner(model);
        for (n, text) in texts.iter().enumerate() {
            let cleaned = cleaner.clean(text);
            // The site's line goes (fifteen different articles carry it,
            // more than twice the story's six copies), the story stays whole.
            assert!(!cleaned.text.contains("Read more stories"), "{n}");
            assert!(text.starts_with(cleaned.text.trim_end()), "{n}");
        }
    }

    #[test]
    fn copies_whose_anchors_differ_are_still_copies() {
        // Six sites print one story, each after a long profile of its own
        // that outweighs the story's paragraphs: six anchors, six contexts
        // for every paragraph. Three sites cut the story after its fourth
        // paragraph, so its last four are in three documents only.
        let story = article(500, "");
        let cut: Vec<&str> = story.split("\n\n").take(5).collect();
        let cut = cut.join("\n\n");
        let mut texts: Vec<String> = (0..6)
            .map(|s| {
                let profile: Vec<String> = (0..40).map(|w| format!("site{s}word{w}")).collect();
                let body = if s < 3 { &story } else { &cut };
                format!("{}\n\n{body}\n", profile.join(" "))
            })
            .collect();
        texts.extend((0..30).map(|i| with_chrome(i, "")));
        let mut model = model_of(&texts);
        let lead = crate::segment::fingerprint(&paragraph(500, 0));
        assert_eq!((model.doc_count(lead), model.contexts(lead)), (6, 6));
        let tail = crate::segment::fingerprint(&paragraph(500, 7));
        assert_eq!((model.doc_count(tail), model.contexts(tail)), (3, 3));
        model.retain_frequent();
        let cleaner = cleaner(model);
        for text in &texts[..6] {
            assert_eq!(&cleaner.clean(text).text, text);
        }
        // The guard does not spare the chrome of articles seen once.
        assert!(!cleaner.clean(&texts[6]).text.contains(DISCLOSURE));
    }

    #[test]
    fn copies_of_a_page_of_short_lines_keep_their_lines() {
        // A product page of short lines, printed by five sites whose
        // chrome is longer than any of its lines: every copy's anchor is
        // its site's chrome, so each line has five contexts.
        let lines = [
            "Cedar garden bench, oiled finish",
            "Seats three adults comfortably",
            "Ships flat in two boxes",
            "Assembly takes about forty minutes",
            "Ten year warranty on the frame",
            "Reviews from verified buyers only",
            "Free returns within thirty days",
            "Compare with the oak version",
            "Ask a question about this bench",
            "Frequently bought with cushions",
        ];
        let page = lines.join("\n\n");
        let chrome = |s: usize| {
            format!("Everything on the site number {s} catalogue is picked by our editors and tested at home.")
        };
        let mut texts = Vec::new();
        for s in 0..5 {
            texts.push(format!("{}\n\n{page}\n", chrome(s)));
            texts
                .extend((0..15).map(|i| format!("{}\n\n{}\n", chrome(s), article(s * 20 + i, ""))));
        }
        let model = model_of(&texts);
        let line = crate::segment::fingerprint(lines[0]);
        assert_eq!((model.doc_count(line), model.contexts(line)), (5, 5));
        let cleaner = cleaner(model);
        for s in 0..5 {
            let copy = &texts[s * 16];
            assert_eq!(cleaner.clean(copy).text, format!("{page}\n"), "site {s}");
            let other = &texts[s * 16 + 1];
            assert!(!cleaner.clean(other).text.contains(&chrome(s)));
        }
    }

    #[test]
    fn a_syndicated_copy_is_not_emptied() {
        // The same story carried by 10 sites: every paragraph is frequent,
        // in one context.
        let story = article(7, "");
        let mut model = CorpusModel::new();
        for _ in 0..10 {
            model.add_text(&story);
        }
        assert_eq!(cleaner(model).clean(&story).text, story);
    }

    #[test]
    fn no_more_than_half_a_document_is_removed() {
        // A short note whose chrome outweighs it keeps its chrome.
        let mut texts: Vec<String> = (0..20).map(|i| with_chrome(i, "")).collect();
        let note = format!("{DISCLOSURE}\n\nA note of a few words.\n\n{NEWSLETTER}\n");
        texts.push(note.clone());
        assert_eq!(cleaner(model_of(&texts)).clean(&note).text, note);
    }

    #[test]
    fn explain_cites_the_constants() {
        let text = CorpusBoilerplate.explain();
        let cited = [
            format!("exactly up to {}", crate::corpus::SKETCH_LEN),
            format!("the {} smallest context hashes", crate::corpus::SKETCH_LEN),
            format!("(default: {},", crate::corpus::DEFAULT_MIN_DOCS),
            format!("at least {}% of its documents", MIN_EDGE_PERCENT),
            format!("at least {}% of them and here too", MIN_EDGE_HERE_PERCENT),
            format!("at most {}% of its content words", MAX_SHARED_PERCENT),
            "(three or more needed)".to_owned(),
            format!("blocks of {} words or more", MIN_PARAGRAPH_WORDS),
            "more than half of a".to_owned(),
            format!("within\na factor of {}", crate::corpus::COPY_FACTOR).replace('\n', " "),
            format!("hold {}% or more", MIN_COHORT_PERCENT),
            "of four\nwords or more".replace("\n", " "),
        ];
        for phrase in cited {
            assert!(text.contains(&phrase), "explain() lacks {phrase:?}");
        }
        assert_eq!(
            (MIN_CONTENT_WORDS, MAX_REMOVED_PERCENT, MIN_WORDS),
            (3, 50, 4)
        );
        assert_eq!(crate::corpus::DEFAULT_SHARE, 0.001, "one in a thousand");
    }

    #[test]
    fn without_a_model_nothing_happens() {
        crate::rules::testing::assert_kept(&CorpusBoilerplate, &with_chrome(1, ""));
    }

    #[test]
    fn threshold_can_be_set() {
        let texts: Vec<String> = (0..4).map(|i| with_chrome(i, "")).collect();
        let mut model = model_of(&texts);
        // Four documents are below the default floor of five.
        assert_eq!(cleaner(model.clone()).clean(&texts[0]).text, texts[0]);
        model.set_min_docs(Some(4));
        assert!(!cleaner(model).clean(&texts[0]).text.contains(DISCLOSURE));
    }
}
