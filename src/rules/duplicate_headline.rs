//! `duplicate-headline`: the headline printed twice at the top.

use std::sync::LazyLock;

use super::{signals, Context, Findings, Rule, RuleKind};
use crate::segment::ends_sentence;

/// Removes the second copy of a headline repeated near the top.
pub struct DuplicateHeadline;

/// Where a headline may stand: among the first blocks.
const HEADLINE_SLOTS: usize = 3;
/// A headline whose repeat is not right below it has at least this many
/// words…
const HEADLINE_MIN_WORDS: usize = 3;
/// …and, like any headline, at most this many.
const HEADLINE_MAX_WORDS: usize = 30;
/// How far below the headline its repeat may stand.
const REPEAT_WINDOW: usize = 8;

/// The `--explain` text, written from the constants the rule uses.
static EXPLAIN: LazyLock<String> = LazyLock::new(|| {
    format!(
        "Removes the repeat of a headline that scrapers often print twice, once \
         as the page title and once above the article.\n\n\
         Signals (all needed): a block among the first {HEADLINE_SLOTS}, of at \
         most {HEADLINE_MAX_WORDS} words, before the article body and not a list \
         item, stands again (ignoring case, punctuation and spacing) right \
         below it, or, when it reads as a headline (at least \
         {HEADLINE_MIN_WORDS} words, no full stop at the end), within the next \
         {REPEAT_WINDOW} blocks, before the article body has gone on for long, \
         and not together with the line before it (a passage printed twice); \
         or a block within those stands again there with the site's name after \
         it (`Markets rally | The Ledger`; right over or under it when the \
         title is shorter than {HEADLINE_MIN_WORDS} words), that copy going \
         instead; \
         the text is prose, not verse (a poem may repeat its title). The first \
         copy stays; the later one goes.\n\n\
         Example: `Markets Rally\\n\\nMarkets Rally\\n\\nStocks rose on Monday…` \
         keeps one `Markets Rally`."
    )
});

impl Rule for DuplicateHeadline {
    fn id(&self) -> &'static str {
        "duplicate-headline"
    }

    fn summary(&self) -> &'static str {
        "the headline printed twice at the top"
    }

    fn explain(&self) -> &'static str {
        &EXPLAIN
    }

    fn kind(&self) -> RuleKind {
        RuleKind::Block
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        let blocks = &doc.blocks;
        if signals::is_verse(doc) {
            // Songs and poems repeat their title as a refrain.
            return;
        }
        let body = signals::first_body_block(doc).unwrap_or(blocks.len());
        for i in 0..blocks.len().min(HEADLINE_SLOTS) {
            let words = blocks[i].words;
            if words == 0 || words > HEADLINE_MAX_WORDS {
                continue;
            }
            // A line of the header zone printed twice in a row is a stutter
            // whatever it reads like (`Markets Rally`, `Markets rally.`);
            // a repeat further down must be of a headline: a few words, no
            // full stop.
            let headline = words >= HEADLINE_MIN_WORDS && !ends_with_full_stop(doc.block_text(i));
            let stutter = i < body
                && !signals::is_list_item(doc.block_text(i))
                && blocks
                    .get(i + 1)
                    .is_some_and(|b| b.fingerprint == blocks[i].fingerprint);
            if stutter {
                out.remove_block(
                    i + 1,
                    format!("repeats the headline of block {} right after it", i + 1),
                );
                return;
            }
            // The page's title, the site's name after it, over the
            // headline, or under it (`Markets rally | The Ledger`).
            let near = i + 1..(i + 1 + REPEAT_WINDOW).min(body + 2).min(blocks.len());
            let short = |j: usize| {
                (1..=HEADLINE_MAX_WORDS + SITE_NAME_MAX_WORDS).contains(&blocks[j].words)
            };
            // A title of one or two words (`Markets Rally | The Ledger`)
            // counts right over or under its copy only: further apart it
            // is as likely a section's name in a menu.
            let title_of = |k: usize, j: usize| {
                page_title(doc.block_text(k))
                    .filter(|&(_, words)| words >= HEADLINE_MIN_WORDS || j == i + 1)
                    .map(|(fingerprint, _)| fingerprint)
            };
            for j in near.filter(|&j| short(j)) {
                let k = if title_of(i, j) == Some(blocks[j].fingerprint) {
                    i
                } else if title_of(j, j) == Some(blocks[i].fingerprint) {
                    j
                } else {
                    continue;
                };
                out.remove_block(k, "repeats the headline with the site's name after it");
                return;
            }
            if !headline {
                continue;
            }
            // The repeat stands in the header zone or just after the first
            // body paragraph, never deep in the article.
            let limit = (i + 1 + REPEAT_WINDOW).min(blocks.len()).min(body + 2);
            for j in i + 2..limit {
                // A line repeated together with the line before it is part of
                // a passage printed twice, not a headline printed again.
                let in_passage = i > 0 && blocks[j - 1].fingerprint == blocks[i - 1].fingerprint;
                if blocks[j].fingerprint == blocks[i].fingerprint && !in_passage {
                    out.remove_block(j, format!("repeats the headline of block {}", i + 1));
                    return;
                }
            }
        }
    }
}

/// The most words of a site's name after a page's title.
const SITE_NAME_MAX_WORDS: usize = 5;

/// The fingerprint (see [`crate::segment::fingerprint`]) of the title in
/// `text` when `text` is a page's title with the site's name after it
/// (`Markets rally | The Ledger`): a bar, a dash, a dot or `::` between
/// spaces, the last in the text, then one to [`SITE_NAME_MAX_WORDS`] words
/// without final punctuation; with the title's number of words.
fn page_title(text: &str) -> Option<(u64, usize)> {
    let (at, mark) = text.char_indices().rev().find(|&(at, c)| {
        let before = if c == ':' { " :" } else { " " };
        matches!(c, '|' | '-' | '–' | '—' | '·' | ':')
            && text[..at].ends_with(before)
            && text[at + c.len_utf8()..].starts_with(' ')
    })?;
    let start = if mark == ':' { at - 2 } else { at - 1 };
    let (head, site) = (&text[..start], &text[at + mark.len_utf8() + 1..]);
    let (site_words, head_words) = (
        crate::segment::word_count(site),
        crate::segment::word_count(head),
    );
    ((1..=SITE_NAME_MAX_WORDS).contains(&site_words) && !ends_sentence(site) && head_words > 0)
        .then(|| (crate::segment::fingerprint(head), head_words))
}

/// A headline may end with `?` or `!`, but not with a full stop.
fn ends_with_full_stop(text: &str) -> bool {
    ends_sentence(text) && text.trim_end().ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_cleaned, assert_kept};

    const BODY: &str =
        "The story begins here, with a paragraph long enough to be the body of the article.";

    #[test]
    fn a_copy_with_the_sites_name_after_it_goes() {
        for (first, second, kept) in [
            (
                "Markets Rally As Inflation Cools | The Ledger",
                "Markets rally as inflation cools",
                1,
            ),
            (
                "Markets rally as inflation cools",
                "Markets rally as inflation cools - The Ledger",
                0,
            ),
            (
                "Рынки растут на фоне данных — Ведомости",
                "Рынки растут на фоне данных",
                1,
            ),
            (
                "Markets rally as inflation cools :: The Ledger",
                "Markets rally as inflation cools",
                1,
            ),
        ] {
            let input = format!("{first}\n\nElena Petrova\n\n{second}\n\n{BODY}\n");
            let expected = if kept == 0 {
                format!("{first}\n\nElena Petrova\n\n{BODY}\n")
            } else {
                format!("Elena Petrova\n\n{second}\n\n{BODY}\n")
            };
            assert_cleaned(&DuplicateHeadline, &input, &expected);
        }
        // A title and a subtitle, a part of a series.
        for (first, second) in [
            ("Markets rally as inflation cools", "Markets rally - Part 2"),
            (
                "Markets rally as inflation cools - Part 2",
                "Markets rally as inflation falls",
            ),
        ] {
            assert_kept(
                &DuplicateHeadline,
                &format!("{first}\n\n{second}\n\n{BODY}\n"),
            );
        }
        // A title of one or two words goes right over or under its copy;
        // a line apart, it may be a section's name in a menu.
        for (first, second) in [
            ("Why - The Ledger", "Why"),
            ("Markets Rally", "Markets Rally | The Ledger"),
        ] {
            let input = format!("{first}\n\n{second}\n\n{BODY}\n");
            let plain = if first.contains(" - ") { second } else { first };
            assert_cleaned(&DuplicateHeadline, &input, &format!("{plain}\n\n{BODY}\n"));
        }
        assert_kept(
            &DuplicateHeadline,
            &format!("Markets - The Ledger\n\nBonds slip as yields climb\n\nMarkets\n\n{BODY}\n"),
        );
    }

    #[test]
    fn removes() {
        let cases = [
            format!("Markets Rally on Rate Hopes\n\nMarkets Rally on Rate Hopes\n\n{BODY}\n"),
            format!("Markets Rally on Rate Hopes\nMarkets Rally on Rate Hopes\n{BODY}\n"),
            format!("Markets Rally on Rate Hopes\nA standfirst that sums it up without a stop\n\nMarkets Rally on Rate Hopes\n\n{BODY}"),
            format!("Is This the End of the Office?\n\nIs this the end of the office?\n\n{BODY}\n"),
            format!("BREAKING: Storm Hits Coast\n\nBreaking: storm hits coast\n\n{BODY}\n"),
            format!("Politics\nSenate Passes the Budget Bill\nSenate Passes the Budget Bill\n{BODY}\n"),
            format!("“We Will Win,” Says Coach\n\n\"We will win,\" says coach\n\n{BODY}\n"),
            format!("Storm Hits Coast\nBy Jane Doe\nStorm Hits Coast\n{BODY}\n"),
            format!("Le président parle aux élèves\n\nLe président parle aux élèves\n\n{BODY}\n"),
            format!("Scientists Find Water on Mars!\n\nScientists Find Water on Mars!\n\n{BODY}\n"),
            format!("A Fresh Headline\n\nA Fresh Headline\n\n{BODY}\n\n{BODY}\n"),
            // Printed twice in a row: one or two words, or a full stop.
            format!("Markets Rally\n\nMarkets Rally\n\n{BODY}\n"),
            format!("Breaking News\nBreaking News\n{BODY}\n"),
            format!("Markets rally on rate hopes.\nMarkets rally on rate hopes.\n{BODY}\n"),
        ];
        for input in &cases {
            let expected = remove_second_headline(input);
            assert_cleaned(&DuplicateHeadline, input, &expected);
        }
    }

    /// Reference answer: drop the second line whose fingerprint matches an
    /// earlier one, with the gap after it.
    fn remove_second_headline(input: &str) -> String {
        let doc = crate::segment::Document::plain(input);
        let j = (1..doc.blocks.len())
            .find(|&j| (0..j).any(|i| doc.blocks[i].fingerprint == doc.blocks[j].fingerprint))
            .unwrap();
        let start = doc.blocks[j - 1].span.end;
        let end = doc.blocks[j].span.end;
        format!("{}{}", &input[..start], &input[end..])
    }

    #[test]
    fn keeps() {
        let cases = [
            format!("Markets Rally on Rate Hopes\n\n{BODY}\n"),
            format!("Markets Rally\n\nMarkets Rally Again as Rates Fall\n\n{BODY}\n"),
            // A sentence repeated further down is not a headline.
            format!("He said no.\n\n{BODY}\n\nHe said no.\n\n{BODY}\n"),
            // One- and two-word lines further down are labels.
            format!("Politics\n\n{BODY}\n\nPolitics\n\n{BODY}\n"),
            format!("Breaking News\nSenate Passes the Budget Bill\nBreaking News\n{BODY}\n"),
            // Two lines printed twice are a passage, not a headline.
            "Hello there\nGood to see you again\nHello there\nGood to see you again\n".to_owned(),
            // The title repeated deep in the body is a quotation of it.
            format!("Markets Rally on Rate Hopes\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\nMarkets Rally on Rate Hopes\n"),
            // Poems repeat their title line as a refrain.
            "The Road Not Taken Again\n\nTwo roads diverged in a wood\nAnd I took the one less travelled\nThe road not taken again\nAnd that has made all the difference\nI shall be telling this with a sigh\nSomewhere ages and ages hence\n".to_owned(),
            "Section headings\n\nIntroduction\n\nText.\n\nIntroduction\n".to_owned(),
            "- milk\n- milk\n- eggs\n".to_owned(),
            String::new(),
            "Only a headline".to_owned(),
            format!("WASHINGTON (Reuters) — {BODY}\n\nWASHINGTON (Reuters) — {BODY}\n"),
        ];
        for input in &cases {
            assert_kept(&DuplicateHeadline, input);
        }
    }
}
