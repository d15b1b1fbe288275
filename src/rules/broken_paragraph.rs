//! `broken-paragraph`: paragraphs split after `Dr.` or inside a quotation.

use std::cell::OnceCell;

use super::{Context, Findings, Rule, RuleKind};
use crate::segment::Document;

/// Joins paragraphs that a scraper split in two.
pub struct BrokenParagraph;

/// How many line breaks a quotation may be split across.
const MAX_QUOTE_SPLITS: usize = 3;

/// Titles written before a name, with their full stop.
const TITLES: &[&str] = &[
    "Adm.", "Capt.", "Cmdr.", "Col.", "Dr.", "Fr.", "Gen.", "Gov.", "Hon.", "Lt.", "Maj.",
    "Messrs.", "Mr.", "Mrs.", "Ms.", "Mx.", "Pres.", "Prof.", "Rep.", "Rev.", "Sen.", "Sgt.",
    "Sr.", "St.",
];

impl Rule for BrokenParagraph {
    fn id(&self) -> &'static str {
        "broken-paragraph"
    }

    fn summary(&self) -> &'static str {
        "paragraphs split after `Dr.` or inside an open quotation, joined again"
    }

    fn explain(&self) -> &'static str {
        "Joins a paragraph that a scraper broke in two, replacing the break \
         with one space.\n\n\
         What it catches, with the signals each needs:\n\
         - a split after a title: the paragraph ends with `Dr.`, `Mr.`, \
           `Prof.`, `Sen.` and the like, not after a capitalised word or a \
           number (`Roosevelt St.`, `3rd St.` end an address), and the next \
           one starts with a capital letter (the name);\n\
         - a split inside a quotation: the paragraph ends with a quotation \
           still open (`‘Where is the fraud?`), the next one or two \
           paragraphs hold no quotation marks and do not open a new quote \
           (which is how a quotation over several real paragraphs is \
           written), and the last one closes it (`…referrals?’ Bannon \
           demanded`). A `\"` after a digit (`34\"`) is a measure: it opens \
           no quotation and closes none in the paragraphs after (inside \
           an open straight quotation of its own paragraph it may be the \
           close, and is taken as one: no join). Curly and \
           straight double quotes are not mixed: a paragraph where a \
           straight `\"` meets an open `“` (`“…,\" he said`), or a `”` an \
           open `\"`, has no quotation that can be told to be open, and a \
           following paragraph holding such a mark closes nothing. A \
           straight `\"` opens only before a word and not after one \
           (`focus.\"` with nothing open opens nothing), and closes only \
           after something other than a space.\n\n\
         What stays: a quotation that opens its paragraph and ends it at a \
         sentence's end (a testimonial or letter quoted over several \
         paragraphs, each not opened again), or one in which, in the \
         paragraphs after, a sentence ends and another starts (`. The`) \
         before it closes (a letter quoted over whole paragraphs); indented \
         lines and a line \
         ending in `\\` (code); a single line break inside a quotation in a \
         hard-wrapped text (one that breaks three or more lines in \
         mid-sentence, a lower-case letter or comma before a lower-case \
         start): that break is the text's wrapping.\n\n\
         Example: `Dr.` alone on a line, then `Lila Chen, a professor…` \
         becomes `Dr. Lila Chen, a professor…`."
    }

    fn kind(&self) -> RuleKind {
        RuleKind::Block
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        let n = doc.blocks.len();
        let bytes = doc.text.as_bytes();
        // The first byte at or after some earlier block's start that may
        // start a quotation mark (see `may_open_quote`): searched for once
        // across the whole text rather than in every block.
        let mut mark = memchr::memchr3(b'"', 0xE2, 0xC2, bytes);
        let wrapped = OnceCell::new();
        let mut i = 0;
        while i + 1 < n {
            let text = doc.block_text(i);
            if title_split(doc, i) {
                join(doc, i, out, "split after a title before a name");
                i += 1;
                continue;
            }
            // `text` ends where its block does, and blocks only move on.
            let end = doc.blocks[i].span.end;
            let start = end - text.len();
            if mark.is_some_and(|m| m < start) {
                mark = memchr::memchr3(b'"', 0xE2, 0xC2, &bytes[start..]).map(|m| m + start);
            }
            let has_mark = mark.is_some_and(|m| m < end);
            if let Some(last) = (has_mark && may_open_quote(text))
                .then(|| quote_split(doc, i, &wrapped))
                .flatten()
            {
                for k in i..last {
                    join(doc, k, out, "split inside an open quotation");
                }
                i = last;
                continue;
            }
            i += 1;
        }
    }
}

/// Whether block `i` ends with a title that the scraper cut from the name
/// in block `i + 1`. A title after a capitalised word or a number ends a
/// name or an address (`Roosevelt St.`, `3rd St.`), not a title before one.
fn title_split(doc: &Document<'_>, i: usize) -> bool {
    let text = doc.block_text(i);
    if !(ends_with_title(text) && starts_with_capital(doc.block_text(i + 1))) {
        return false;
    }
    let head = &text[..text.len() - last_word(text).len()];
    let before = last_word(head.trim_end());
    let ends_name = before
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && TITLES.binary_search(&before).is_err();
    !ends_name
}

/// The last block of a quotation that a scraper split from block `i` on,
/// when block `i` ends inside one (see [`closing_block`]); `None` also when
/// the blocks read as something other than a split paragraph: a quotation
/// that opens the block and ends it at a sentence's end (a quoted
/// paragraph, the first of several that a letter or testimonial quotes
/// without opening each again), or an indented block or one ending in `\`
/// (code, where quotation marks and lines follow other rules).
/// `wrapped` holds [`wraps_lines`] once it was needed.
fn quote_split(doc: &Document<'_>, i: usize, wrapped: &OnceCell<bool>) -> Option<usize> {
    let text = doc.block_text(i);
    let (open, at) = open_quote(text)?;
    let quoted_paragraph = at == 0 && text.ends_with(['.', '!', '?', '…']);
    if quoted_paragraph || text.ends_with('\\') {
        return None;
    }
    let last = closing_block(doc, i, open)?;
    let indented = (i..=last).any(|k| doc.blocks[k].span.len() != doc.block_text(k).len());
    let wrapped_break = (i..last).any(|k| doc.breaks_after(k) == 1);
    let wrapping = wrapped_break && *wrapped.get_or_init(|| wraps_lines(doc));
    (!indented && !wrapping).then_some(last)
}

/// How many lines, at least, a text breaks in mid-sentence (a line that
/// ends in a lower-case letter or a comma, before one that starts with a
/// lower-case letter) to be read as hard-wrapped.
const MIN_WRAPPED_LINES: usize = 3;

/// Whether `doc` is hard-wrapped: it breaks lines in mid-sentence here
/// and there (see [`MIN_WRAPPED_LINES`]), so a single line break inside a
/// quotation is its wrapping, like the others, and not a scraper's split.
fn wraps_lines(doc: &Document<'_>) -> bool {
    let mut wrapped = 0;
    for k in 0..doc.blocks.len().saturating_sub(1) {
        let ends_open = doc
            .block_text(k)
            .chars()
            .next_back()
            .is_some_and(|c| c.is_lowercase() || c == ',');
        if ends_open
            && doc.breaks_after(k) == 1
            && doc
                .block_text(k + 1)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        {
            wrapped += 1;
            if wrapped >= MIN_WRAPPED_LINES {
                return true;
            }
        }
    }
    false
}

fn join(doc: &Document<'_>, i: usize, out: &mut Findings, why: &'static str) {
    out.replace(doc.gap_after(i), " ", why);
}

fn ends_with_title(text: &str) -> bool {
    // Every title ends with its full stop.
    if !text.ends_with('.') {
        return false;
    }
    // A title is at most seven bytes and starts with a capital, and the
    // text ends with it: one of its last seven bytes is a capital.
    let tail = &text.as_bytes()[text.len().saturating_sub(7)..];
    if !tail.iter().any(u8::is_ascii_uppercase) {
        return false;
    }
    let last = last_word(text).trim_start_matches(['(', '“', '‘', '"']);
    // Every title is at most seven bytes and starts with a capital: most
    // last words fail that before the search.
    last.len() <= 7
        && last.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && TITLES.binary_search(&last).is_ok()
}

/// What follows the last whitespace in `text`: `text.rsplit(char::is_whitespace).next()`,
/// read byte by byte while the bytes are ASCII (where the whitespace is
/// these six bytes), and by characters from the first byte that is not.
fn last_word(text: &str) -> &str {
    for (i, &b) in text.as_bytes().iter().enumerate().rev() {
        if !b.is_ascii() {
            return text.rsplit(char::is_whitespace).next().unwrap_or(text);
        }
        if matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
            return &text[i + 1..];
        }
    }
    text
}

fn starts_with_capital(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the character `c` at `at` in `text` ends a sentence that
/// another follows in the same paragraph (`. T`).
fn ends_sentence_inside(text: &str, at: usize, c: char) -> bool {
    matches!(c, '.' | '!' | '?')
        && text[at + 1..].starts_with(' ')
        && text[at + 2..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// The block that closes the quotation left open at the end of block `i`,
/// if it follows within a few blocks that hold no quotation marks, and no
/// sentence ends and another starts inside the quotation in those blocks:
/// a quotation that runs over whole paragraphs of several sentences is one
/// quoted over several paragraphs (a letter), not a paragraph split.
fn closing_block(doc: &Document<'_>, i: usize, open: char) -> Option<usize> {
    let close = closing_mark(open);
    for j in i + 1..doc.blocks.len().min(i + 1 + MAX_QUOTE_SPLITS) {
        let text = doc.block_text(j);
        if text.starts_with(is_quote_mark) {
            return None;
        }
        let mut prev = None;
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            if ends_sentence_inside(text, at, c) {
                return None;
            }
            let closes = match close {
                '"' => !is_measure(prev) && can_close(prev),
                _ => !is_apostrophe(prev, next),
            };
            if c == close && closes {
                return Some(j);
            }
            let opens = match c {
                '"' => can_open(prev, next),
                '»' => open == '»',
                _ => is_opening(c, prev),
            };
            if opens || crosses_styles(open, c) {
                return None;
            }
            prev = Some(c);
        }
    }
    None
}

fn closing_mark(open: char) -> char {
    match open {
        '“' => '”',
        '‘' => '’',
        '«' => '»',
        // Danish, German and Swedish write `»Det er …«`.
        '»' => '«',
        '„' => '“',
        _ => '"',
    }
}

/// Whether a straight `"` between `prev` and `next` may open a quotation:
/// a word (or what may start one: `(`, `…`, `$`) follows it, and it does
/// not follow a word or a stop.
fn can_open(prev: Option<char>, next: Option<char>) -> bool {
    next.is_some_and(|n| n.is_alphanumeric() || "'‘([¿¡…$#@*-".contains(n))
        && !prev.is_some_and(|p| p.is_alphanumeric() || ".,;:!?".contains(p))
}

/// Whether a straight `"` after `prev` may close a quotation: it follows
/// something other than a space.
fn can_close(prev: Option<char>) -> bool {
    prev.is_some_and(|p| !p.is_whitespace())
}

/// Whether a `"` after `prev` is a measure (`34"`, inches or seconds)
/// rather than a quotation mark: it follows a digit.
fn is_measure(prev: Option<char>) -> bool {
    prev.is_some_and(|p| p.is_ascii_digit())
}

/// Whether the double quotation mark `c` meets an open quotation `open` of
/// the other style: a straight `"` while a curly `“` or `„` one is open,
/// or a curly `”` while a straight one is. A text that mixes the styles
/// (`“…," he said`) may mean either to close the other, so whether its
/// quotation is still open cannot be told.
fn crosses_styles(open: char, c: char) -> bool {
    match open {
        '“' | '„' => c == '"',
        '"' => c == '”',
        _ => false,
    }
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '"')
}

/// `’` between two letters is an apostrophe, not a closing quote.
fn is_apostrophe(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)
}

fn is_opening(c: char, prev: Option<char>) -> bool {
    match c {
        '“' | '«' | '„' => true,
        '‘' => !prev.is_some_and(char::is_alphanumeric),
        _ => false,
    }
}

/// Whether `text` holds a mark that opens a quotation (a cheap test before
/// the full scan).
fn may_open_quote(text: &str) -> bool {
    // `"`, and the lead bytes of “ ‘ „ (E2 80 ..), « (C2 AB) and » (C2 BB,
    // which opens where guillemets point inwards).
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'"', 0xE2, 0xC2, bytes).any(|i| match bytes[i] {
        b'"' => true,
        0xE2 => matches!(bytes.get(i + 1..i + 3), Some([0x80, 0x9C | 0x98 | 0x9E])),
        // `»` before a word: a letter, a figure or a character's lead byte.
        _ => match bytes.get(i + 1) {
            Some(0xAB) => true,
            Some(0xBB) => bytes
                .get(i + 2)
                .is_some_and(|&b| b.is_ascii_alphanumeric() || b >= 0xC3),
            _ => false,
        },
    })
}

/// Whether the guillemet `c` before `next`, the first of its text, shows
/// that the text writes them pointing inwards, as Danish, German and
/// Swedish do (`»Det er …«`): a `»` with a word right after it. French
/// opens with `«` (`« Nous »`, `«Nous»`).
fn points_inwards(c: char, next: Option<char>) -> bool {
    c == '»' && next.is_some_and(char::is_alphanumeric)
}

/// The quotation mark still open at the end of `text`, if any. A `"`
/// after a digit opens nothing (`34"` is a measure), and a text whose
/// double quotation marks cross styles (see [`crosses_styles`]) has none
/// that can be told to be open.
#[cfg(test)]
fn open_quote_at_end(text: &str) -> Option<char> {
    open_quote(text).map(|(c, _)| c)
}

/// [`open_quote_at_end`], with where the open mark stands in `text`. A
/// straight `"` opens only where it may (see [`can_open`]): one with a
/// space or the line's end after it, or closing a word with no quotation
/// open (`…to focus."`), opens nothing.
fn open_quote(text: &str) -> Option<(char, usize)> {
    let mut open: Vec<(char, usize)> = Vec::new();
    // Decided at the text's first guillemet (see [`points_inwards`]).
    let mut guillemets_inwards = None;
    // Only quotation marks change the state, so jump from one to the next:
    // `"`, or the lead byte E2 (“ ” ‘ ’ „) or C2 (« »). Lead bytes always
    // start a character, so slicing at them is safe.
    let bytes = text.as_bytes();
    for at in memchr::memchr3_iter(b'"', 0xE2, 0xC2, bytes) {
        let Some(c) = text[at..].chars().next() else {
            continue;
        };
        if !is_quote_mark(c) {
            continue;
        }
        let prev = text[..at].chars().next_back();
        let next = text[at + c.len_utf8()..].chars().next();
        let top = open.last().map(|&(o, _)| o);
        if matches!(c, '«' | '»') && guillemets_inwards.is_none() {
            guillemets_inwards = Some(points_inwards(c, next));
        }
        let inwards = guillemets_inwards == Some(true);
        if top.is_some_and(|o| crosses_styles(o, c)) && !(c == '"' && is_measure(prev)) {
            return None;
        }
        match c {
            '"' => {
                if top == Some('"') {
                    open.pop();
                } else if !is_measure(prev) && can_open(prev, next) {
                    open.push(('"', at));
                }
            }
            '»' if inwards => open.push(('»', at)),
            '«' if inwards && top == Some('»') => {
                open.pop();
            }
            // A `«` that closes nothing opens nothing there either.
            '«' if inwards => {}
            '”' | '’' | '»'
                if top.is_some_and(|o| closing_mark(o) == c)
                    && (c != '’' || !is_apostrophe(prev, next)) =>
            {
                open.pop();
            }
            '“' if top == Some('„') => {
                open.pop();
            }
            _ if is_opening(c, prev) => open.push((c, at)),
            _ => {}
        }
    }
    open.last().copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use crate::rules::testing::{assert_cleaned, assert_kept};

    #[test]
    fn titles_at_the_end() {
        for text in ["Dr.", "said (Dr.", "met “Prof.", "by Sen."] {
            assert!(ends_with_title(text), "{text}");
        }
        for text in ["Dr", "Dr. ", "the Dr.x", "Dr.\u{a0}", "", ".", "He left."] {
            assert!(!ends_with_title(text), "{text}");
        }
    }

    #[test]
    fn titles_pass_the_quick_test() {
        for title in TITLES {
            assert!(title.len() <= 7 && title.as_bytes()[0].is_ascii_uppercase());
        }
    }

    /// The check with the quotation marks searched for block by block, as
    /// it was before the one search across the text.
    fn block_by_block(doc: &Document<'_>) -> Vec<Edit> {
        let mut out = Findings::default();
        let n = doc.blocks.len();
        let mut i = 0;
        while i + 1 < n {
            let text = doc.block_text(i);
            if title_split(doc, i) {
                join(doc, i, &mut out, "split after a title before a name");
                i += 1;
                continue;
            }
            if let Some(last) = may_open_quote(text)
                .then(|| quote_split(doc, i, &OnceCell::new()))
                .flatten()
            {
                for k in i..last {
                    join(doc, k, &mut out, "split inside an open quotation");
                }
                i = last;
                continue;
            }
            i += 1;
        }
        out.edits
    }

    #[test]
    fn ascii_whitespace_is_six_bytes() {
        for b in 0..0x80u8 {
            let listed = matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ');
            assert_eq!(listed, char::from(b).is_whitespace(), "{b:#x}");
        }
    }

    /// `ends_with_title` without its quick tests.
    fn ends_with_title_reference(text: &str) -> bool {
        text.ends_with('.')
            && TITLES
                .binary_search(
                    &text
                        .rsplit(char::is_whitespace)
                        .next()
                        .unwrap_or(text)
                        .trim_start_matches(['(', '“', '‘', '"']),
                )
                .is_ok()
    }

    proptest::proptest! {
        #[test]
        fn titles_at_the_end_match_the_reference(
            text in r#"([a-z ]{0,3}|[(“‘"]|Dr\.|Messrs\.|Prof\.|St|é|\u{a0}| ){0,6}"#
        ) {
            proptest::prop_assert_eq!(ends_with_title(&text), ends_with_title_reference(&text));
        }

        #[test]
        fn last_word_is_what_rsplit_gives(text in r"([a-zA-Z(“‘\x22.]|[ \t\n\x0b\x0c\r\x1c]|\u{a0}|\u{3000}|\u{85}|é){0,12}") {
            proptest::prop_assert_eq!(
                last_word(&text),
                text.rsplit(char::is_whitespace).next().unwrap_or(&text)
            );
        }

        #[test]
        fn one_search_agrees_with_block_by_block(
            text in r#"([a-zA-Z ]{1,5}|Dr\.|[\n]{1,2}|  |["“”‘’«»„]|It’s|\u{a0}){0,30}"#
        ) {
            let doc = Document::plain(&text);
            let mut out = Findings::default();
            BrokenParagraph.check(&super::super::Context::new(&doc), &mut out);
            proptest::prop_assert_eq!(out.edits, block_by_block(&doc));
        }
    }

    #[test]
    fn titles_are_sorted() {
        let mut sorted = TITLES.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, TITLES);
    }

    #[test]
    fn joins() {
        let cases = [
            ("Experts warn.\n\nDr.\n\nLila Chen, a professor, noted it.\n", "Experts warn.\n\nDr. Lila Chen, a professor, noted it.\n"),
            ("The study was led by Prof.\nAnn Lee of Oxford.\n", "The study was led by Prof. Ann Lee of Oxford.\n"),
            ("A letter from Sen.\n\nMarco Diaz arrived.\n", "A letter from Sen. Marco Diaz arrived.\n"),
            ("According to Mrs.\nOkafor, the school closed.\n", "According to Mrs. Okafor, the school closed.\n"),
            ("It was unaddressed. ‘Where is the fraud?\n\nThe Pentagon is a cesspool of fraud, where is it?\n\nWhere are the criminal referrals?’ Bannon demanded.\n",
             "It was unaddressed. ‘Where is the fraud? The Pentagon is a cesspool of fraud, where is it? Where are the criminal referrals?’ Bannon demanded.\n"),
            ("She said: “We will not\n\nback down,” and left.\n", "She said: “We will not back down,” and left.\n"),
            ("He shouted \"Stop\nnow\" at the crowd.\n", "He shouted \"Stop now\" at the crowd.\n"),
            ("Il a dit « Nous\n\nrestons » hier.\n", "Il a dit « Nous restons » hier.\n"),
            ("Er sagte „Wir\nbleiben“ gestern.\n", "Er sagte „Wir bleiben“ gestern.\n"),
            // Guillemets that point inwards, as Danish and German write them.
            ("Hun sagde »Vi\n\nbliver« i går.\n", "Hun sagde »Vi bliver« i går.\n"),
            // Two lines broken mid-sentence are no hard wrapping yet.
            ("We see it in the\nfirst part, as in “the\nthird part” of it.\n", "We see it in the\nfirst part, as in “the third part” of it.\n"),
            ("The speaker, St.\nJohn Smith, left.\n", "The speaker, St. John Smith, left.\n"),
            ("‘It’s over,\n\nthe campaign’s done,\n\nwe’re finished’ he said.\n", "‘It’s over, the campaign’s done, we’re finished’ he said.\n"),
            // A title after another title is still one.
            ("The unit was led by Lt. Gen.\n\nJohn Smith, who retired.\n", "The unit was led by Lt. Gen. John Smith, who retired.\n"),
            // A measure before the quotation does not open one.
            ("A 34\" screen, he said \"we\n\nsold out\" in May.\n", "A 34\" screen, he said \"we sold out\" in May.\n"),
        ];
        for (input, expected) in cases {
            assert_cleaned(&BrokenParagraph, input, expected);
        }
    }

    #[test]
    fn keeps() {
        let cases = [
            "One paragraph.\n\nAnother paragraph.\n",
            // A quotation over several real paragraphs re-opens each one.
            "“The first paragraph of a long quote.\n\n“The second paragraph, closed.”\n",
            // Never closed: no join.
            "He said ‘this never ends\n\nAnd another paragraph.\n\nAnd more text here.\n\nAnd more.\n",
            // The closing comes too late.
            "‘Open\n\nOne.\n\nTwo.\n\nThree.\n\nClosed’ here.\n",
            // Apostrophes are not quotes.
            "Musk’s plan failed.\n\nTrump’s team won.\n",
            // A title followed by a lowercase word.
            "He met the Dr.\n\nthen left.\n",
            // Abbreviations that are not titles.
            "It was 5 p.m.\n\nThen the rally began.\n",
            "He lives on Elm St\n\nNext paragraph.\n",
            // A balanced quotation.
            "She said “yes” today.\n\nNext.\n",
            // The next paragraph opens a new quote.
            "He asked ‘why\n\n‘Because,’ she said.\n",
            // A `"` after a digit inside a straight quotation may close
            // it or be a measure: unsure, so no join.
            "He said \"the 34\" screen\n\nis gone\" today.\n",
            // `St.` after a name or a number is a street.
            "Details: 610 E. Roosevelt St.\n\nSaint Pasta\n\nOwner Racan opened a shop.\n",
            "Details: 801 N. 3rd St.\n\nMarlee's Lemonade\n",
            // A quoted paragraph that ends a sentence: a testimonial or a
            // letter quoted over several paragraphs without reopening.
            "\"Hi Olivia!\nJust a note to say how much I love your class.\nThanks for all!\"\n- Zoe C\n",
            // A `\"` that ends a word with nothing open opens nothing.
            "It allows us to focus.\"\n\nKevin Tsuei, SVP, CBC\n\nNow it's our reality.\"\n",
            // Measures with a space, and `\"` at a line's end.
            "Width: 30 1/8 \"\nDepth: 15 3/8 \"\nHeight: 57 5/8 \"\n",
            // A straight quotation nested in another.
            "It says \"...providing a \"low-ball\" estimate.\"\n\nThe site says \"no.\"\n",
            // Code: a string continued with `\\`, indented lines.
            "    content: String::from(\n        \"The Penguins are the best \\\n         hockey team.\",\n    ),\n",
            "x = f(\n    \"a long\n    string\",\n)\n",
            // A hard-wrapped text: a line break inside a quotation is its
            // wrapping, as elsewhere.
            "We see it in the\nfirst part and in the\nsecond, as in “the\nthird part” of the\nbook.\n",
            // Code: a `\"` before a bracket opens nothing.
            "x = f(a=\"\nb\n\")]\ny = g(\"z\")\n",
            // A reader's letter quoted over paragraphs of several sentences.
            "From the reader: \"I have a living room that I love.\n\nThe room is large. It feels tight.\n\nHelp me!\" she wrote.\n",
            "He wrote: “We came in May and left.\n\nIt was wonderful. Thank you,” and signed.\n",
            // An inch mark opens no quotation.
            "The monitor has a 34\" screen.\n\nIt costs $500, or \"a bargain\" they say.\n",
            "Shelves 12\" deep\n\nand 36\" wide.\n",
            // Mixed styles: a curly quotation closed by a straight mark,
            // or a straight one closed by a curly mark.
            "“We are done,\" he said.\n\nShe replied: \"not yet.\"\n",
            "\"We are done,” he said.\n\nShe replied: \"not yet.\"\n",
            "“We are done,\" he said.\n\nShe replied: not yet.”\n",
            // A following paragraph that crosses styles is no evidence.
            "He said “we are\n\ndone,\" and left.\n",
            // Guillemets that point inwards, closed (a Danish quotation,
            // then a line that names a podcast), and French ones that end
            // a paragraph that an earlier one opened.
            "»Det er ikke en god nyhed,« siger borgmesteren.\n\nLyt til podcasten »Fjordsnak« her.\n",
            "Il a dit : nous restons » hier.\n\nPuis « il est parti ».\n",
            "",
        ];
        for input in cases {
            assert_kept(&BrokenParagraph, input);
        }
    }

    #[test]
    fn open_quotes() {
        assert_eq!(open_quote_at_end("It was ‘Where is the fraud?"), Some('‘'));
        assert_eq!(
            open_quote_at_end("Pentagon’s alleged ‘cesspool of fraud’ here"),
            None
        );
        assert_eq!(open_quote_at_end("“Quoted” and done."), None);
        assert_eq!(open_quote_at_end("He said \"no"), Some('"'));
        assert_eq!(open_quote_at_end("A 34\" screen"), None);
        assert_eq!(open_quote_at_end("He said \"a 34\" screen"), None);
        assert_eq!(open_quote_at_end("“A 34\" screen"), Some('“'));
        assert_eq!(open_quote_at_end("“We are done,\" he said"), None);
        assert_eq!(open_quote_at_end("\"We are done,” he said"), None);
        assert_eq!(open_quote_at_end("‘He said \"no"), Some('"'));
    }
}
