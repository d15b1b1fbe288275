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
         and not together with the line before it (a passage printed twice), \
         with a kicker right over the copy; \
         or a block within those stands again there with the site's name after \
         it (`Markets rally | The Ledger`; right over or under it when the \
         title is shorter than {HEADLINE_MIN_WORDS} words), that copy going \
         instead; \
         or a block within those stands again in other capitals or accents \
         (`ΝΕΑ ΜΕΤΡΑ` of `Νέα μέτρα`), after the site's name (`The Ledger: \
         Markets rally`) or at the end of a breadcrumb (`Home › Markets › \
         Markets rally`, the only place where a title of fewer than \
         {HEADLINE_MIN_WORDS} words counts), every such copy going with a \
         kicker right over it (or over the headline, when the text opens \
         with one held over it by a line break and a blank line under the two); \
         a kicker is one word, or up to {KICKER_MAX_WORDS} in capitals, \
         without figures, perhaps after a dash or before a separator \
         (`MARKETS`, `— Economia`, `Kotimaa |`); \
         or the text's first line, a headline, stands again as its last, \
         right under a paragraph of prose, with the site's name after it or \
         alone when of {FOOT_COPY_MIN_WORDS} words or more, without a \
         sentence's end (the page's title in its footer); \
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
        remove_copy_at_the_foot(doc, out);
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
                remove_kicker_over(doc, out, i, i + 1);
                remove_other_copies(doc, out, i, body);
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
                remove_other_copies(doc, out, if k == i { j } else { i }, body);
                return;
            }
            if !headline {
                if remove_other_copies(doc, out, i, body) {
                    return;
                }
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
                    remove_kicker_over(doc, out, i, j);
                    remove_other_copies(doc, out, i, body);
                    return;
                }
            }
            if remove_other_copies(doc, out, i, body) {
                return;
            }
        }
    }
}

/// The fewest words of a headline whose copy at the foot goes without
/// the site's name after it.
const FOOT_COPY_MIN_WORDS: usize = 6;
/// The most [kickers](is_kicker) a text may open with over its headline.
const KICKERS_OVER_HEADLINE_MAX: usize = 2;

/// Removes the headline printed again as the text's last line, right
/// under its last paragraph of prose, alone, with the site's name after
/// it, after a label printed the same (`Title: …`, `WATCH | …`) or at the
/// end of a breadcrumb, without a sentence's end (the page's title in its
/// footer or share bar; closing words that repeat the title end like a
/// sentence, `We will rebuild.`, and a bare copy needs a title of
/// [`FOOT_COPY_MIN_WORDS`] words), perhaps under a section's name or a
/// breadcrumb that goes with it (a card of the story): the headline is
/// the text's first line, of [`HEADLINE_MIN_WORDS`] to
/// [`HEADLINE_MAX_WORDS`] words without a full stop (or the first under
/// up to [`KICKERS_OVER_HEADLINE_MAX`] [kickers](is_kicker)).
fn remove_copy_at_the_foot(doc: &crate::segment::Document<'_>, out: &mut Findings) {
    let blocks = &doc.blocks;
    let n = blocks.len();
    if n < 3 {
        return;
    }
    // The headline: the first line, or the one under a kicker or two
    // (`ENVIRONMENT`, `Markets` / `Bonds`).
    let h = (0..KICKERS_OVER_HEADLINE_MAX.min(n.saturating_sub(4)))
        .take_while(|&i| is_kicker(doc.block_text(i), blocks[i].words))
        .count();
    let (headline, last) = (doc.block_text(h), n - 1);
    let same = |text: Option<&str>| {
        text.is_some_and(|text| crate::segment::fingerprint(text) == blocks[h].fingerprint)
    };
    // A section's name or a breadcrumb over the copy, under the prose.
    let label = (n >= h + 4).then_some(last - 1).filter(|&above| {
        blocks[above].words <= KICKER_MAX_WORDS + SITE_NAME_MAX_WORDS * 2
            && is_kicker_or_breadcrumb(doc.block_text(above), blocks[above].words)
    });
    // Bare, a copy of a short title is as likely the text's closing words
    // (`We were here`, `Together` / `We shall overcome`); after a label,
    // the title printed the same (`My answer: yes we can` answers).
    let copy = || {
        (blocks[last].fingerprint == blocks[h].fingerprint
            && blocks[h].words >= FOOT_COPY_MIN_WORDS)
            || (blocks[last].words <= blocks[h].words + SITE_NAME_MAX_WORDS * 2 + 1
                && (same(page_title_text(doc.block_text(last)))
                    || site_prefixed_title(doc.block_text(last)) == Some(headline.trim())
                    || same(breadcrumb_end(doc.block_text(last)))))
    };
    let prose_above = label.unwrap_or(last) - 1;
    if (HEADLINE_MIN_WORDS..=HEADLINE_MAX_WORDS).contains(&blocks[h].words)
        && !ends_with_full_stop(headline)
        && !ends_sentence(doc.block_text(last))
        && copy()
        && signals::is_prose(doc, prose_above)
    {
        out.remove_block(last, "repeats the headline at the foot of the text");
        if let Some(label) = label {
            out.remove_block(
                label,
                "the section's name or breadcrumb over the headline's copy at the foot",
            );
        }
    }
}

/// The most words of a section's name (a kicker) over a copy of the
/// headline (`REVIEWS` / `Home » Reviews » Aurel X2`).
const KICKER_MAX_WORDS: usize = 3;

/// The dashes a [kicker](is_kicker) may open with, a space after them
/// (`- ` opens a list's item).
const KICKER_DASHES: [char; 2] = ['—', '–'];

/// The separators a [kicker](is_kicker) may end with, a space before them.
const KICKER_SEPARATORS: [char; 4] = ['|', '/', '»', '›'];

/// Removes the copies of the headline `i` in the header zone (up to the
/// body block `body` and the one after it) that another rule's exact
/// comparison misses: in other capitals or accents (`ΝΕΑ ΜΕΤΡΑ` of `Νέα
/// μέτρα`, `İ` printed `I`), after the site's name (`The Ledger: Markets
/// rally`), at the end of a breadcrumb (`Home › Markets › Markets rally`),
/// each with a [kicker](is_kicker) right over it (`MARKETS`). A line
/// printed again with the line before it is a passage printed twice. A
/// headline of fewer than [`HEADLINE_MIN_WORDS`] words counts only at the
/// end of a breadcrumb. Whether it removed any.
fn remove_other_copies(
    doc: &crate::segment::Document<'_>,
    out: &mut Findings,
    i: usize,
    body: usize,
) -> bool {
    let blocks = &doc.blocks;
    let headline = doc.block_text(i);
    let long = blocks[i].words >= HEADLINE_MIN_WORDS && !ends_with_full_stop(headline);
    let limit = (i + 1 + REPEAT_WINDOW).min(blocks.len()).min(body + 2);
    let key = std::cell::LazyCell::new(|| loose_key(headline));
    let head_edges = edge_letters(headline);
    let mut removed = false;
    for j in i + 1..limit {
        let words = blocks[j].words;
        // A copy holds the headline's words (one less when a mark joins
        // two), the site's name's or a breadcrumb's more.
        if words + 1 < blocks[i].words
            || words > HEADLINE_MAX_WORDS + SITE_NAME_MAX_WORDS
            || out.is_removed(j)
        {
            continue;
        }
        let text = doc.block_text(j);
        let same =
            |part: Option<&str>| part.is_some_and(|part| key.is_some() && loose_key(part) == *key);
        // A copy opens or ends as the headline does, in ASCII: most lines
        // are passed over on their first and last letters.
        let (opens, ends) = match (head_edges, edge_letters(text)) {
            (Some((first, last)), Some((their_first, their_last))) => {
                (first == their_first, last == their_last)
            }
            _ => (true, true),
        };
        let copy = (long
            && words <= blocks[i].words + SITE_NAME_MAX_WORDS + 1
            && ((opens && ends && same(Some(text)))
                || (ends && same(site_prefixed_title(text)))
                || (ends && same(tag_prefixed_title(text)))
                || (opens && same(page_title_text(text)))))
            || (ends && same(breadcrumb_end(text)));
        // A line printed again together with the line before it is part of
        // a passage printed twice.
        let in_passage = i > 0 && blocks[j - 1].fingerprint == blocks[i - 1].fingerprint;
        if !copy || in_passage {
            continue;
        }
        out.remove_block(j, format!("repeats the headline of block {}", i + 1));
        removed = true;
        remove_kicker_over(doc, out, i, j);
    }
    removed
}

/// Removes a [kicker](is_kicker) or a [breadcrumb](breadcrumb_end) right
/// over the copy `j` of the headline `i`, under the headline: the
/// section's name printed again with the copy; or the kicker the text
/// opens with, held over the headline.
fn remove_kicker_over(doc: &crate::segment::Document<'_>, out: &mut Findings, i: usize, j: usize) {
    let above = j - 1;
    if above > i
        && !out.is_removed(above)
        && is_kicker_or_breadcrumb(doc.block_text(above), doc.blocks[above].words)
    {
        out.remove_block(
            above,
            "the section's name or a breadcrumb over a copy of the headline",
        );
    }
    // The text opens with a kicker held over the headline by one line
    // break, a blank line under the two (`Zdravotníctvo` / `Nemocnica v
    // Trebišove …`); in a text of lines without blank ones, the kicker may
    // be the headline's own line.
    if i == 1
        && doc.breaks_after(0) == 1
        && doc.breaks_after(1) >= 2
        && !out.is_removed(0)
        && is_kicker(doc.block_text(0), doc.blocks[0].words)
    {
        out.remove_block(
            0,
            "the section's name over the headline, which the page prints again",
        );
    }
}

/// Whether `text`, of `words` words, names the section a copy of the
/// headline stands in: a [kicker](is_kicker) or a
/// [breadcrumb](breadcrumb_end).
fn is_kicker_or_breadcrumb(text: &str, words: usize) -> bool {
    is_kicker(text, words) || breadcrumb_end(text).is_some()
}

/// Whether `text`, of `words` words, reads as a section's name over a
/// headline (a kicker): one word, or up to [`KICKER_MAX_WORDS`] in
/// capitals (`REVIEWS`, `Κοινωνία`, `LOCAL NEWS`), without figures or
/// final punctuation, perhaps after a dash or before a separator (`—
/// Economia`, `Kotimaa |`). Words in title case there are a headline of
/// their own or a byline (`Aurel Review`, `By Ann Lee`), and stay.
fn is_kicker(text: &str, words: usize) -> bool {
    let marked = text
        .strip_prefix(KICKER_DASHES)
        .and_then(|rest| rest.strip_prefix(' '))
        .or_else(|| {
            text.strip_suffix(KICKER_SEPARATORS)
                .and_then(|rest| rest.strip_suffix(' '))
        });
    if let Some(name) = marked {
        let words = name.split_whitespace().count();
        return words > 0 && is_kicker(name, words);
    }
    (words == 1
        || (words <= KICKER_MAX_WORDS
            && text
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)))
        && !ends_sentence(text)
        && !text.contains(|c: char| c.is_numeric())
        && !signals::is_list_item(text)
}

/// The first and the last letter or figure of `text` in lower case, when
/// `text` is ASCII (elsewhere [`loose_key`] folds more than case).
fn edge_letters(text: &str) -> Option<(u8, u8)> {
    if !text.is_ascii() {
        return None;
    }
    let mut letters = text.bytes().filter(u8::is_ascii_alphanumeric);
    let first = letters.next()?.to_ascii_lowercase();
    let last = text
        .bytes()
        .rfind(u8::is_ascii_alphanumeric)
        .map_or(first, |b| b.to_ascii_lowercase());
    Some((first, last))
}

/// A key of `text` that ignores case, accents and marks: its letters and
/// figures after canonical decomposition, without combining marks, in lower
/// case (`ı` read as `i`, a final `ς` as `σ`), one space between words. `None` when it holds
/// no letter or figure.
fn loose_key(text: &str) -> Option<u64> {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    let mut key = String::with_capacity(text.len());
    let mut gap = false;
    // ASCII has nothing to decompose.
    let chars: Box<dyn Iterator<Item = char>> = if text.is_ascii() {
        Box::new(text.chars())
    } else {
        Box::new(text.nfd().filter(|&c| !is_combining_mark(c)))
    };
    for c in chars {
        if c.is_alphanumeric() {
            if gap && !key.is_empty() {
                key.push(' ');
            }
            gap = false;
            match c {
                'ı' => key.push('i'),
                'ς' => key.push('σ'),
                _ => key.extend(c.to_lowercase()),
            }
        } else if !matches!(c, '\'' | '’') {
            gap = true;
        }
    }
    (!key.is_empty()).then(|| xxhash_rust::xxh3::xxh3_64(key.as_bytes()))
}

/// The marks that part a site's name from a title (see also
/// [`page_title_text`]), or the steps of a breadcrumb.
const TITLE_MARKS: &[&str] = &[" | ", " - ", " – ", " — ", " · ", " » ", " :: "];
const BREADCRUMB_MARKS: &[&str] = &[" > ", " » ", " › ", " / ", " → "];

/// The title in `text` after the site's name (`The Ledger: Markets
/// rally`, `The Ledger | Markets rally`): one to [`SITE_NAME_MAX_WORDS`]
/// words without final punctuation, then a colon or one of
/// [`TITLE_MARKS`].
fn site_prefixed_title(text: &str) -> Option<&str> {
    if !text.contains([':', '|', '-', '–', '—', '·', '»']) {
        return None;
    }
    let cut = |mark: &str| text.find(mark).map(|at| (at, mark.len()));
    let (at, len) = std::iter::once(": ")
        .chain(TITLE_MARKS.iter().copied())
        .filter_map(cut)
        .min()?;
    let site = &text[..at];
    ((1..=SITE_NAME_MAX_WORDS).contains(&crate::segment::word_count(site)) && !ends_sentence(site))
        .then(|| &text[at + len..])
}

/// The title in `text` after a tag of one word in capitals and a space
/// (`VIDEO Markets rally`, `LIVE Markets rally`): the tag of a story's
/// kind that a page prints before its title.
fn tag_prefixed_title(text: &str) -> Option<&str> {
    let (tag, title) = text.split_once(' ')?;
    (tag.chars().count() >= 3
        && tag.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
        && title.starts_with(|c: char| !c.is_lowercase()))
    .then_some(title)
}

/// The last step of `text` when it is a breadcrumb: two steps or more
/// before it, parted by one of [`BREADCRUMB_MARKS`] (`Home › Markets ›
/// Markets rally`), each step of at most [`SITE_NAME_MAX_WORDS`] words.
fn breadcrumb_end(text: &str) -> Option<&str> {
    if !text.contains(['>', '»', '›', '/', '→']) {
        return None;
    }
    let mark = BREADCRUMB_MARKS
        .iter()
        .find(|mark| text.matches(*mark).count() >= 2)?;
    let (steps, last) = text.rsplit_once(mark)?;
    steps
        .split(mark)
        .all(|step| (1..=SITE_NAME_MAX_WORDS).contains(&crate::segment::word_count(step)))
        .then_some(last)
}

/// The most words of a site's name after a page's title.
const SITE_NAME_MAX_WORDS: usize = 5;

/// The fingerprint (see [`crate::segment::fingerprint`]) of the title in
/// `text` when `text` is a page's title with the site's name after it
/// (`Markets rally | The Ledger`): a bar, a dash, a dot or `::` between
/// spaces, the last in the text, then one to [`SITE_NAME_MAX_WORDS`] words
/// without final punctuation; with the title's number of words.
fn page_title(text: &str) -> Option<(u64, usize)> {
    let head = page_title_text(text)?;
    Some((
        crate::segment::fingerprint(head),
        crate::segment::word_count(head),
    ))
}

/// The title in `text` when `text` is a page's title with the site's name
/// after it: see [`page_title`].
fn page_title_text(text: &str) -> Option<&str> {
    let (at, mark) = text.char_indices().rev().find(|&(at, c)| {
        let before = if c == ':' { " :" } else { " " };
        matches!(c, '|' | '-' | '–' | '—' | '·' | ':')
            && text[..at].ends_with(before)
            && text[at + c.len_utf8()..].starts_with(' ')
    })?;
    let start = if mark == ':' { at - 2 } else { at - 1 };
    let (head, site) = (&text[..start], &text[at + mark.len_utf8() + 1..]);
    ((1..=SITE_NAME_MAX_WORDS).contains(&crate::segment::word_count(site))
        && !ends_sentence(site)
        && crate::segment::word_count(head) > 0)
        .then_some(head)
}

/// A headline may end with `?` or `!`, but not with a full stop.
fn ends_with_full_stop(text: &str) -> bool {
    ends_sentence(text) && text.trim_end().ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_cleaned, assert_kept, clean_with};

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
    fn a_copy_at_the_foot_goes_only_under_prose_as_the_last_line() {
        let body = format!("{BODY}\n\n{BODY}\n\n{BODY}");
        // Alone, or with the site's name after it.
        for (title, copy) in [
            (
                "Markets rally on hopes of a rate cut",
                "Markets rally on hopes of a rate cut",
            ),
            (
                "Markets rally on rate hopes",
                "Markets rally on rate hopes | The Ledger",
            ),
            // At the end of a breadcrumb, after a label, or under a
            // section's name or a breadcrumb.
            (
                "Markets rally on rate hopes",
                "Home › Business › Markets rally on rate hopes",
            ),
            (
                "Markets rally on hopes of a rate cut",
                "Manitoba\n\nMarkets rally on hopes of a rate cut",
            ),
            (
                "Markets rally on rate hopes",
                "Title: Markets rally on rate hopes",
            ),
            (
                "Markets rally on rate hopes",
                "WATCH | Markets rally on rate hopes",
            ),
            (
                "Markets rally on hopes of a rate cut",
                "BUSINESS\nMarkets rally on hopes of a rate cut",
            ),
            (
                "Markets rally on hopes of a rate cut",
                "Home > News > Business\nMarkets rally on hopes of a rate cut",
            ),
        ] {
            let input = format!("{title}\n\n{body}\n\n{copy}\n");
            assert_cleaned(&DuplicateHeadline, &input, &format!("{title}\n\n{body}\n"));
        }
        // The headline under a kicker or two the text opens with.
        let input = format!(
            "Markets\nBonds\nMarkets rally on hopes of a rate cut\n\n{body}\n\nMarkets rally on hopes of a rate cut\n"
        );
        let cleaned = clean_with(&DuplicateHeadline, &input);
        assert_eq!(cleaned.matches("rate cut").count(), 1, "{cleaned}");
        for input in [
            // A short title bare: the closing words; a title of one word
            // under a heading.
            format!("We were here at last\n\n{body}\n\nWe were here at last\n"),
            format!("Furniture\n\n{body}\n\nShop\n\nFurniture\n"),
            // A two-word title under a heading in title case, not a
            // section's name.
            format!("Ice roads\n\n{body}\n\nNorthern Routes\n\nIce roads\n"),
            // A speech's closing words under a word of their own; an
            // answer after a label.
            format!("We shall overcome\n\n{body}\n\nTogether\n\nWe shall overcome\n"),
            format!("Yes we can\n\n{body}\n\nMy answer: yes we can\n"),
            // Under a list item, before more text, a headline of a sentence.
            format!(
                "Markets rally on rate hopes\n\n{body}\n\n- one\n\nMarkets rally on rate hopes\n"
            ),
            format!(
                "Markets rally on rate hopes\n\n{body}\n\nMarkets rally on rate hopes\n\n{BODY}\n"
            ),
            format!("Markets rallied on rate hopes.\n\n{body}\n\nMarkets rallied on rate hopes.\n"),
            // Over more lines, even short ones (a story's `THE END`, a
            // speech's last words); printed again and again (a chant).
            format!(
                "Markets rally on hopes of a rate cut\n\n{body}\n\nMarkets rally on hopes of a rate cut\n\nTHE END\n"
            ),
            format!(
                "Markets rally on hopes of a rate cut\n\n{body}\n\nMarkets rally on hopes of a rate cut\nMarkets rally on hopes of a rate cut\n"
            ),
        ] {
            assert_kept(&DuplicateHeadline, &input);
        }
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

    #[test]
    fn copies_in_other_capitals_after_a_sites_name_or_a_breadcrumb_go() {
        let body = format!("{BODY}\n\n{BODY}\n");
        for (input, kept) in [
            // Accents dropped in capitals, a dotted capital I.
            (format!("Νέα μέτρα για τους ελαιώνες\n\nΝΕΑ ΜΕΤΡΑ ΓΙΑ ΤΟΥΣ ΕΛΑΙΩΝΕΣ\n\n{body}"), "Νέα μέτρα για τους ελαιώνες\n\n"),
            (format!("İzmir'de zeytin hasadı başladı\n\nIZMIR'DE ZEYTIN HASADI BAŞLADI\n\n{body}"), "İzmir'de zeytin hasadı başladı\n\n"),
            // The site's name before it, two copies, a kicker over one.
            (format!("Markets rally on rate hopes\n\nMARKETS\nThe Ledger: Markets rally on rate hopes\n\nMARKETS RALLY ON RATE HOPES\n\n{body}"), "Markets rally on rate hopes\n\n"),
            (format!("Markets rally on rate hopes\n\nThe Ledger | Markets rally on rate hopes\n\n{body}"), "Markets rally on rate hopes\n\n"),
            // The end of a breadcrumb, a headline of two words too.
            (format!("Aurel X2\n\nREVIEWS\nHome » Reviews » Aurel X2\n\n{body}"), "Aurel X2\n\n"),
            (format!("Markets rally on rate hopes\n\nHome > Markets > Markets rally on rate hopes\n\n{body}"), "Markets rally on rate hopes\n\n"),
            // A kicker over a copy printed the same, after a dash or
            // before a separator.
            (format!("Markets rally on rate hopes\n\nMarkets\n\nMarkets rally on rate hopes\n\n{body}"), "Markets rally on rate hopes\n\n"),
            (format!("Markets rally on rate hopes\n\n— Economia\nMarkets rally on rate hopes\n\n{body}"), "Markets rally on rate hopes\n\n"),
            (format!("Markets rally on rate hopes\n\nKotimaa |\nMarkets rally on rate hopes.\n\n{body}"), "Markets rally on rate hopes\n\n"),
            // A tag of the story's kind before a copy.
            (format!("Markets rally on rate hopes\n\nVIDEO Markets rally on rate hopes\n\n{body}"), "Markets rally on rate hopes\n\n"),
            // A breadcrumb over a copy.
            (format!("Markets rally on rate hopes\n\nNaslovnica > Vijesti > Split\nMarkets rally on rate hopes\n\n{body}"), "Markets rally on rate hopes\n\n"),
            // A kicker the text opens with, over a headline printed again.
            (format!("ZDRAVOTNÍCTVO\nMarkets rally on rate hopes\n\nMarkets rally on rate hopes\n\n{body}"), "Markets rally on rate hopes\n\n"),
            (format!("Markets\nMarkets rally on rate hopes\n\nHome > Markets > Markets rally on rate hopes\n\n{body}"), "Markets rally on rate hopes\n\n"),
        ] {
            assert_cleaned(&DuplicateHeadline, &input, &format!("{kept}{body}"));
        }
    }

    #[test]
    fn lines_that_only_start_or_end_like_the_headline_stay() {
        for input in [
            // A breadcrumb to another page; a label before other words.
            format!("Aurel X2\n\nHome » Reviews » Aurel X3\n\n{BODY}\n"),
            format!("Markets rally on rate hopes\n\nAnalysis: Markets rally on rate hopes, again\n\n{BODY}\n"),
            // A capitalised word before the headline's words: another title.
            format!("Markets rally on rate hopes\n\nWhy Markets rally on rate hopes\n\n{BODY}\n"),
            // A two-word headline after a label: as likely a menu's.
            format!("Aurel X2\n\nReviews: Aurel X2\n\n{BODY}\n"),
            // A line of a sentence's length before the colon.
            format!("Markets rally on rate hopes\n\nWhat the traders told us this morning about it: Markets rally on rate hopes\n\n{BODY}\n"),
        ] {
            assert_kept(&DuplicateHeadline, &input);
        }
        // A headline or a byline over a copy of a section's line is no
        // kicker.
        for (input, kept) in [
            ("REVIEWS\n\nAurel Review\n\nHome » Products » Reviews\n\n", "Aurel Review"),
            ("Markets rally on rate hopes\n\nBy Ann Lee\nThe Ledger: Markets rally on rate hopes\n\n", "By Ann Lee"),
            ("Markets rally on rate hopes\n\n— Ann Lee\nMarkets rally on rate hopes\n\n", "— Ann Lee"),
            ("Markets rally on rate hopes\n\nAnn Lee |\nMarkets rally on rate hopes\n\n", "Ann Lee |"),
            ("Markets rally on rate hopes\n\n— 2024\nMarkets rally on rate hopes\n\n", "— 2024"),
            ("Markets rally on rate hopes\n\n- Markets\nMarkets rally on rate hopes\n\n", "- Markets"),
            // A kicker over a headline printed once, or set apart from it.
            ("Markets\nMarkets rally on rate hopes\n\n", "Markets\n"),
            ("Markets\n\nMarkets rally on rate hopes\n\nMarkets rally on rate hopes\n\n", "Markets\n"),
        ] {
            let cleaned = crate::rules::testing::clean_with(&DuplicateHeadline, &format!("{input}{BODY}\n"));
            assert!(cleaned.contains(kept), "{cleaned}");
        }
        // A kicker with figures is a date's or a count's, and stays.
        let input = format!("Markets rally on rate hopes\n\nMay 2024\nHome > Markets > Markets rally on rate hopes\n\n{BODY}\n");
        let cleaned = crate::rules::testing::clean_with(&DuplicateHeadline, &input);
        assert!(
            cleaned.contains("May 2024") && !cleaned.contains("Home >"),
            "{cleaned}"
        );
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
            // The title repeated deep in the body is a quotation of it,
            // and a last line that ends like a sentence is the text's
            // closing words (a footer prints the title bare).
            format!("Markets Rally on Rate Hopes\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\nMarkets Rally on Rate Hopes\n\n{BODY}\n"),
            format!("Markets Rally on Rate Hopes\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\nMarkets rally on rate hopes!\n"),
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
