//! `corpus-boilerplate`: blocks a corpus model says repeat across many
//! documents, at the top or bottom of them.

use crate::corpus::{CorpusModel, MIN_WORDS};

use super::{Context, Findings, Rule, RuleKind};

/// The `corpus-boilerplate` rule.
pub struct CorpusBoilerplate;

/// Share of a block's documents, in percent, in which it must have sat at
/// an edge (see [`crate::corpus::is_edge`]).
pub const MIN_EDGE_PERCENT: u64 = 80;

/// Largest share of a document's words, in percent, the rule may remove.
/// Past it the document is most likely a copy of another one (syndicated
/// news), not a page dressed in boilerplate, and the rule keeps it whole.
pub const MAX_REMOVED_PERCENT: usize = 50;

impl Rule for CorpusBoilerplate {
    fn id(&self) -> &'static str {
        "corpus-boilerplate"
    }

    fn summary(&self) -> &'static str {
        "blocks a corpus model says repeat at the top or bottom of many documents"
    }

    fn explain(&self) -> &'static str {
        "A site's affiliate disclosure, newsletter box or legal notice appears once \
in each of its articles and reads like an ordinary paragraph: only its frequency \
across documents gives it away. This rule needs a corpus model (`rinse learn`, \
`--model`, or the first pass of batch mode over a folder), which counts for every \
block of four words or more the number of documents it appears in.\n\n\
A block is removed on two independent signals: it appears in at least `--min-docs` \
documents (default: 5, or one in a thousand documents of the corpus if that is \
more), and in at least 80% of those it sat at an edge of the document (its first \
or last quarter). A quote or a fact repeated in a few articles of one story fails \
the first test, and a sentence repeated in the body of many articles fails the \
second. As a third guard, the rule never removes more than half of a document's \
words: a document made mostly of frequent blocks is a copy of another document, \
not boilerplate, and is left whole.\n\n\
Example: `Disclosure: we may earn a commission when you buy through links on this \
page.` at the foot of 1,000 of a site's 1,000 articles is removed from each."
    }

    fn kind(&self) -> RuleKind {
        RuleKind::Block
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(model) = cx.corpus else { return };
        let doc = cx.doc;
        let min_docs = model.min_docs();
        let mut found = Vec::new();
        let mut removed_words = 0;
        let mut total_words = 0;
        for (i, block) in doc.blocks.iter().enumerate() {
            total_words += block.words;
            if block.words < MIN_WORDS {
                continue;
            }
            if let Some(reason) = judge(model, block.fingerprint, min_docs) {
                removed_words += block.words;
                found.push((i, reason));
            }
        }
        if found.is_empty() || removed_words * 100 > total_words * MAX_REMOVED_PERCENT {
            return;
        }
        for (i, reason) in found {
            out.remove_block(i, self.id(), reason);
        }
    }
}

/// Why the block with `fingerprint` is boilerplate, if the model says so.
fn judge(model: &CorpusModel, fingerprint: u64, min_docs: u64) -> Option<String> {
    let entry = model.entry(fingerprint);
    let docs = u64::from(entry.docs);
    let edge = u64::from(entry.edge);
    if docs < min_docs || edge * 100 < docs * MIN_EDGE_PERCENT {
        return None;
    }
    Some(format!(
        "seen in {docs} of {} documents of the corpus (threshold {min_docs}), \
         at the top or bottom in {}% of them",
        model.docs(),
        edge * 100 / docs
    ))
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
    const QUOTE: &str =
        "“We will rebuild the bridge before winter,” the mayor told reporters on Tuesday.";

    /// A distinct article: every paragraph differs from every other article's.
    fn article(i: usize, middle: &str) -> String {
        let mut paras: Vec<String> = vec![format!("Story {i}: the county decides on plan {i}")];
        for p in 0..8 {
            paras.push(format!(
                "Paragraph {p} of story {i} says something new about topic {}.",
                i * 31 + p
            ));
            if p == 3 && !middle.is_empty() {
                paras.push(middle.to_owned());
            }
        }
        paras.join("\n\n")
    }

    fn with_chrome(i: usize, middle: &str) -> String {
        format!("{DISCLOSURE}\n\n{}\n\n{NEWSLETTER}\n", article(i, middle))
    }

    fn cleaner(model: CorpusModel) -> Cleaner {
        Cleaner::with_rules(vec![&CorpusBoilerplate]).with_model(Arc::new(model))
    }

    #[test]
    fn site_chrome_in_every_article_is_removed() {
        let texts: Vec<String> = (0..100).map(|i| with_chrome(i, "")).collect();
        let mut model = CorpusModel::new();
        texts.iter().for_each(|t| model.add_text(t));
        let cleaner = cleaner(model);
        for (i, text) in texts.iter().enumerate() {
            let cleaned = cleaner.clean(text);
            assert_eq!(cleaned.text, format!("{}\n", article(i, "")));
            assert_eq!(cleaned.edits.len(), 2);
            assert!(cleaned.edits[0]
                .reason
                .contains("seen in 100 of 100 documents"));
            // Idempotent.
            assert_eq!(cleaner.clean(&cleaned.text).text, cleaned.text);
        }
    }

    #[test]
    fn a_quote_repeated_in_a_few_articles_of_a_story_survives() {
        let mut texts: Vec<String> = (0..100).map(|i| with_chrome(i, "")).collect();
        // The quote closes three articles: at an edge, but in too few.
        for text in texts.iter_mut().take(3) {
            *text = format!("{}\n\n{QUOTE}\n", text.trim_end());
        }
        let mut model = CorpusModel::new();
        texts.iter().for_each(|t| model.add_text(t));
        let cleaned = cleaner(model).clean(&texts[0]);
        assert!(cleaned.text.contains(QUOTE));
        assert!(!cleaned.text.contains(DISCLOSURE));
    }

    #[test]
    fn a_sentence_repeated_in_the_body_of_many_articles_survives() {
        // In 20 of 100 articles, mid-text: frequent, but not at an edge.
        let texts: Vec<String> = (0..100)
            .map(|i| with_chrome(i, if i % 5 == 0 { QUOTE } else { "" }))
            .collect();
        let mut model = CorpusModel::new();
        texts.iter().for_each(|t| model.add_text(t));
        let cleaned = cleaner(model).clean(&texts[0]);
        assert!(cleaned.text.contains(QUOTE));
        assert!(!cleaned.text.contains(NEWSLETTER));
    }

    #[test]
    fn a_syndicated_copy_is_not_emptied() {
        // The same story carried by 10 sites: every paragraph is frequent.
        let story = article(7, "");
        let mut model = CorpusModel::new();
        for _ in 0..10 {
            model.add_text(&story);
        }
        assert_eq!(cleaner(model).clean(&story).text, story);
    }

    #[test]
    fn without_a_model_nothing_happens() {
        crate::rules::testing::assert_kept(&CorpusBoilerplate, &with_chrome(1, ""));
    }

    #[test]
    fn threshold_can_be_set() {
        let texts: Vec<String> = (0..4).map(|i| with_chrome(i, "")).collect();
        let mut model = CorpusModel::new();
        texts.iter().for_each(|t| model.add_text(t));
        // Four documents are below the default floor of five.
        assert_eq!(cleaner(model.clone()).clean(&texts[0]).text, texts[0]);
        model.set_min_docs(Some(4));
        assert!(!cleaner(model).clean(&texts[0]).text.contains(DISCLOSURE));
    }
}
