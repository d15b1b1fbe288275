//! `link-artifact`: debris of links that a scraper flattened.

use std::ops::Range;

use super::{Context, Findings, Rule, RuleKind};
use crate::edit::{Edit, UNCREDITED};

/// Removes citation links, `[source]` markers and empty `()`, and reduces
/// other markdown links to their text; in a text that holds such debris,
/// also bare `[3]` markers without a note list and spaces before a stop.
pub struct LinkArtifact;

/// The longest link text, in characters.
const MAX_LABEL_CHARS: usize = 300;

/// How the address of a markdown link starts.
const LINK_STARTS: [&str; 6] = ["https://", "http://", "www.", "/", "#", "mailto:"];

/// The markdown links of `line`, leftmost first, whose text holds at most
/// [`MAX_LABEL_CHARS`] characters: what the regular expression
/// `\[([^\[\]\n]{0,300})\]\(\s*((?:https?://|www\.|/|#|mailto:)[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\s*\)`
/// finds, read in code (compiling it cost more than cleaning a short
/// text). A link's text runs to the first `]`, so each `[` starts one link
/// at most; the search goes on after the link found.
fn markdown_links(line: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let bytes = line.as_bytes();
        while let Some(open) = memchr::memchr(b'[', &bytes[at..]).map(|i| at + i) {
            at = open + 1;
            if let Some(end) = markdown_link_at(line, open) {
                at = end;
                return Some(open..end);
            }
        }
        at = line.len();
        None
    })
}

/// The end of the markdown link that starts at the `[` at byte `open` of
/// `line`, if one does: its text (no `[`, `]` or line break, at most
/// [`MAX_LABEL_CHARS`] characters), `]`, `(`, white space or not, an
/// address that starts as one of [`LINK_STARTS`] and holds no white space
/// and no parentheses but pairs of them around such a run, white space or
/// not, `)`.
fn markdown_link_at(line: &str, open: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    let close = open + 1 + memchr::memchr3(b'[', b']', b'\n', &bytes[open + 1..])?;
    if bytes[close] != b']' || bytes.get(close + 1) != Some(&b'(') {
        return None;
    }
    if line[open + 1..close].chars().count() > MAX_LABEL_CHARS {
        return None;
    }
    let address = line[close + 2..].trim_start_matches(char::is_whitespace);
    if !LINK_STARTS.iter().any(|start| address.starts_with(start)) {
        return None;
    }
    // The end of the run from `from` of characters that are no
    // parenthesis and no white space.
    let run_end = |from: usize| {
        line[from..]
            .find(|c: char| c == '(' || c == ')' || c.is_whitespace())
            .map_or(line.len(), |i| from + i)
    };
    let mut end = run_end(line.len() - address.len());
    while bytes.get(end) == Some(&b'(') {
        let inner_end = run_end(end + 1);
        if bytes.get(inner_end) != Some(&b')') {
            break;
        }
        end = run_end(inner_end + 1);
    }
    let rest = line[end..].trim_start_matches(char::is_whitespace);
    rest.starts_with(')').then(|| line.len() - rest.len() + 1)
}

/// The words a citation marker or a citation link's text may be, in any
/// ASCII case (`[source]`, `[Citation needed]`, `[here](…)`).
const CITATION_WORDS: [&str; 7] = [
    "source",
    "sources",
    "citation",
    "citation needed",
    "ref",
    "link",
    "cite",
];

/// Whether `inner` is one to three digits (of any script).
fn is_short_number(inner: &str) -> bool {
    (1..=3).contains(&inner.chars().count()) && inner.chars().all(char::is_numeric)
}

/// The citation markers of `line` (`[source]`, `[3]`, `[citation
/// needed]`), each with the spaces and tabs right before it that no
/// earlier marker took: the spans, in order.
///
/// Scanners rather than regular expressions, here and below: compiling
/// them cost a one-page run more than all of its cleaning.
fn citations(line: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut taken = 0;
    memchr::memchr_iter(b'[', line.as_bytes()).filter_map(move |open| {
        let close = open + 1 + memchr::memchr(b']', &line.as_bytes()[open + 1..])?;
        let inner = &line[open + 1..close];
        let is_marker =
            is_short_number(inner) || CITATION_WORDS.iter().any(|w| inner.eq_ignore_ascii_case(w));
        if !is_marker || open < taken {
            return None;
        }
        let start = line[taken..open].trim_end_matches([' ', '\t']).len() + taken;
        taken = close + 1;
        Some(start..close + 1)
    })
}

/// Empty parentheses left where a link was stripped, after a space and
/// before a full stop or comma that ends the line or has white space after
/// it (`in China ().`); code (`f ():`, `function () {`) has other
/// characters there. The spans run from the spaces before to the `)`; a
/// match takes the white space after its stop, which the spaces of the
/// next one cannot then be.
fn empty_parens(line: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let bytes = line.as_bytes();
    let mut taken = 0;
    memchr::memchr_iter(b'(', bytes).filter_map(move |open| {
        if open < taken {
            return None;
        }
        let start = line[taken..open].trim_end_matches([' ', '\t']).len() + taken;
        let inside = line[open + 1..].trim_start_matches([' ', '\t']);
        let close = line.len() - inside.len();
        if start == open || !inside.starts_with(')') {
            return None;
        }
        let stop = close + 1;
        if !matches!(bytes.get(stop), Some(b'.' | b',')) {
            return None;
        }
        let after = line[stop + 1..].chars().next();
        if !after.map_or(true, char::is_whitespace) {
            return None;
        }
        taken = stop + 1 + after.map_or(0, char::len_utf8);
        Some(start..close + 1)
    })
}

/// Whether a link's text only points somewhere: a number, `source`,
/// `here`, an arrow.
fn is_citation_text(label: &str) -> bool {
    let label = label.trim();
    is_short_number(label)
        || matches!(label, "^" | "↑" | "*")
        || [
            "here", "source", "sources", "link", "ref", "cite", "citation",
        ]
        .iter()
        .any(|w| label.eq_ignore_ascii_case(w))
}

impl Rule for LinkArtifact {
    fn id(&self) -> &'static str {
        "link-artifact"
    }

    fn summary(&self) -> &'static str {
        "markdown links, citation links, [source] markers and empty () left by scraping"
    }

    fn explain(&self) -> &'static str {
        "Cleans the debris that flattened links leave in text.\n\n\
         What it catches:\n\
         - citation links `[3](https://…)` and `[source](https://…)`: removed \
           with their URL and the space before them;\n\
         - a link that stands alone after a sentence has ended \
           (`… concerns. [Daily Mail](https://…).`): removed with its own \
           stray full stop;\n\
         - any other markdown link `[text](url)`: reduced to its text;\n\
         - citation markers `[source]`, `[citation needed]` after a word: \
           removed with the space before them;\n\
         - in a text that holds any of the debris above (its links were \
           flattened), also bare numbered markers `[3]` after a word, with \
           the space before them; empty `()` after a space and before a \
           full stop or comma (`in China ().`), where a link was stripped; \
           and a space left before a full stop (`war plans .`), or before a \
           comma where a removal of this rule left it.\n\n\
         Signals: the exact bracket shapes above, inside a line; a `[1]` that \
         starts a line (a footnote), `foo()` written without a space and \
         `f ()` in code (no stop after it) stay. \
         A text with none of that debris had no links flattened: its `[3]` \
         are its own footnotes and a space before a comma (`North , Ahmad`) \
         is how it is written, so both stay; so do numbered markers whose \
         notes the text lists, a line starting `[3] ` or `3. `.\n\n\
         Example: `… struggled to mediate [0](https://example.com/a).` becomes \
         `… struggled to mediate.`"
    }

    fn kind(&self) -> RuleKind {
        RuleKind::Block
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        let bytes = doc.text.as_bytes();
        // Every shape needs a `[`, a `(`, or a space or tab before a full
        // stop or comma (see `may_start`): one scan of the whole text finds
        // the blocks that hold one, and only those are checked, in order.
        let mut candidates = Candidates::new(bytes);
        let mut found = Found::default();
        let mut from = 0;
        let mut k = 0;
        while let Some(at) = candidates.next(from) {
            // The blocks are in order and do not overlap: the first one
            // that ends after `at` holds it, or `at` lies in a gap before it.
            k += doc.blocks[k..].partition_point(|b| b.span.end <= at);
            let Some(block) = doc.blocks.get(k) else {
                break;
            };
            if at < block.span.start {
                from = block.span.start;
                continue;
            }
            check_line(&doc.text[block.span.clone()], block.span.start, &mut found);
            from = block.span.end;
            k += 1;
        }
        found.finish(doc, out);
    }
}

/// What [`check_line`] finds, kept by kind until the whole document is
/// seen: whether bare numbers and spaced stops are debris depends on the
/// rest of the document.
#[derive(Debug, Default)]
struct Found {
    /// Link debris: markdown links, `[source]`-like markers.
    debris: Vec<Edit>,
    /// Empty `()` after a space, before a stop.
    parens: Vec<Edit>,
    /// Bare numbered markers (`[3]`) after a word, with their number.
    numbers: Vec<(Edit, u32)>,
    /// Spaces before a full stop or comma, and whether it is a comma.
    spaces: Vec<(Edit, bool)>,
}

impl Found {
    /// Pushes what is debris in `doc`: the link debris always; a bare
    /// numbered marker, empty `()` and a space before a stop only in a
    /// document whose links were flattened (it holds link debris), and a
    /// numbered marker only when the document has no note list of its own
    /// that starts a line with one of the markers' numbers (`[3] Smith…`,
    /// `3. Smith…`). A space before a comma goes only where an edit of
    /// this rule ends (the link it removed left it); elsewhere it may be
    /// how the text sets a list (`North , Ahmad`).
    /// A text that holds no link debris had no links flattened: its `[3]`
    /// are its own footnotes and its `war plans .` is how it is written.
    fn finish(self, doc: &crate::segment::Document<'_>, out: &mut Findings) {
        if self.debris.is_empty() {
            return;
        }
        let mut edits = self.debris;
        if !self.numbers.is_empty() {
            let numbers: Vec<u32> = self.numbers.iter().map(|&(_, n)| n).collect();
            if !has_note_list(doc, &numbers) && !indexes_from_zero(doc.text) {
                edits.extend(self.numbers.into_iter().map(|(edit, _)| edit));
            }
        }
        edits.extend(self.parens);
        let ends: Vec<usize> = edits.iter().map(|e| e.end).collect();
        edits.extend(
            self.spaces
                .into_iter()
                .filter(|(edit, comma)| !comma || ends.contains(&edit.start))
                .map(|(edit, _)| edit),
        );
        edits.sort_by_key(|e| e.start);
        for edit in edits {
            out.push(edit);
        }
    }
}

/// Whether `text` indexes with brackets: `seq[0]`, `row[0]`. Notes are
/// numbered from one; a text that writes `[0]` after a name (code, a
/// formula) uses its `seq[1]` as an index too.
fn indexes_from_zero(text: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), b"[0]").any(|at| {
        text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | ')' | ']'))
    })
}

/// Whether a line of `doc` starts with a note for one of `numbers`:
/// `[3]`, `3.` or `3)` and then a space.
fn has_note_list(doc: &crate::segment::Document<'_>, numbers: &[u32]) -> bool {
    (0..doc.blocks.len()).any(|i| {
        let line = doc.block_text(i);
        let (digits, rest) = match line.strip_prefix('[') {
            Some(inner) => {
                let end = inner.find(|c: char| !c.is_ascii_digit()).unwrap_or(0);
                match inner[end..].strip_prefix(']') {
                    Some(rest) => (&inner[..end], rest),
                    None => return false,
                }
            }
            None => {
                let end = line
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(line.len());
                match line[end..].strip_prefix(['.', ')']) {
                    Some(rest) => (&line[..end], rest),
                    None => return false,
                }
            }
        };
        rest.starts_with([' ', '\t'])
            && digits.len() <= 3
            && digits.parse().is_ok_and(|n: u32| numbers.contains(&n))
    })
}

/// Whether the byte `b`, after the byte `a`, may be where debris shows:
/// `b` is `[` (links, citation markers) or `(` (empty parentheses), or the
/// pair [`may_stop`]. Every edit [`check_line`] makes needs such a pair in
/// its line.
#[cfg(test)]
fn may_start(a: u8, b: u8) -> bool {
    (b == b'[') | (b == b'(') | may_stop(a, b)
}

/// Whether `a` may be a space or tab and `b` a full stop or comma: `a` is
/// any byte up to space (fewer tests, and the others are rare before a
/// stop), `b` one of the two bytes that `| 2` takes to `.`.
#[inline]
fn may_stop(a: u8, b: u8) -> bool {
    (a <= b' ') & ((b | 2) == b'.')
}

/// The positions where [`may_start`] holds with the byte before (a first
/// byte has none, so only `[` and `(` count there), in order, found as two
/// kinds kept apart: `[` and `(` by `memchr2`, the pairs by [`next_stop`].
/// Each kind's next position is searched for again only once the scan has
/// passed it.
struct Candidates<'t> {
    bytes: &'t [u8],
    /// The first `[` or `(` at or after the position it was searched from.
    bracket: Option<usize>,
    /// The first stop pair at or after the position it was searched from.
    stop: Option<usize>,
}

impl<'t> Candidates<'t> {
    fn new(bytes: &'t [u8]) -> Self {
        Candidates {
            bytes,
            bracket: memchr::memchr2(b'[', b'(', bytes),
            stop: next_stop(bytes, 0),
        }
    }

    /// The first position at or after `from`; `from` never goes back from
    /// one call to the next. A cached position at or after `from` is still
    /// the first of its kind; one before `from` is searched for again.
    fn next(&mut self, from: usize) -> Option<usize> {
        let bytes = self.bytes;
        if self.bracket.is_some_and(|p| p < from) {
            let rest = bytes.get(from..).unwrap_or_default();
            self.bracket = memchr::memchr2(b'[', b'(', rest).map(|p| p + from);
        }
        if self.stop.is_some_and(|p| p < from) {
            self.stop = next_stop(bytes, from);
        }
        match (self.bracket, self.stop) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// Position `k` of the first byte at or after `from` (and after the first
/// byte) for which [`may_stop`] holds with the byte before it. Scans 64
/// pairs at a time with a branch-free fold over fixed-size arrays, which
/// the compiler turns into vector code.
fn next_stop(bytes: &[u8], from: usize) -> Option<usize> {
    const CHUNK: usize = 64;
    let n = bytes.len();
    let mut j = from.max(1);
    while let (Some(before), Some(here)) = (
        bytes.get(j - 1..).and_then(<[u8]>::first_chunk::<CHUNK>),
        bytes.get(j..).and_then(<[u8]>::first_chunk::<CHUNK>),
    ) {
        let hit = before
            .iter()
            .zip(here)
            .fold(false, |acc, (&a, &b)| acc | may_stop(a, b));
        if hit {
            break;
        }
        j += CHUNK;
    }
    (j..n).find(|&k| may_stop(bytes[k - 1], bytes[k]))
}

fn check_line(line: &str, base: usize, out: &mut Found) {
    let at = |start: usize, end: usize| base + start..base + end;
    // Most lines hold none of the shapes: look for their key bytes first.
    let bytes = line.as_bytes();
    if memchr::memchr(b'[', bytes).is_some() {
        check_brackets(line, base, &mut out.debris, &mut out.numbers);
    }
    if memchr::memchr(b'(', bytes).is_some() && memchr::memchr(b')', bytes).is_some() {
        for span in empty_parens(line) {
            out.parens.push(Edit::remove(
                UNCREDITED,
                at(span.start, span.end),
                "empty parentheses left by a stripped link",
            ));
        }
    }
    let spaced_stop = memchr::memchr2_iter(b'.', b',', bytes)
        .any(|i| i > 0 && matches!(bytes[i - 1], b' ' | b'\t'));
    if spaced_stop {
        for (spaces, comma) in spaces_before_stops(line) {
            let edit = Edit::remove(
                UNCREDITED,
                at(spaces.start, spaces.end),
                "space before punctuation",
            );
            out.spaces.push((edit, comma));
        }
    }
}

/// The runs of spaces and tabs in `line` between a word (its last
/// character a letter or digit, or a closing `’ ” ) ]`) and a full stop or
/// comma that ends the line or has white space after it (`war plans .`),
/// with whether the stop is a comma. A scan rather than a regular
/// expression: the classes of letters and digits of every script cost a
/// short run more to compile than all of its cleaning.
fn spaces_before_stops(line: &str) -> impl Iterator<Item = (std::ops::Range<usize>, bool)> + '_ {
    let bytes = line.as_bytes();
    memchr::memchr2_iter(b'.', b',', bytes).filter_map(move |stop| {
        let start = line[..stop].trim_end_matches([' ', '\t']).len();
        if start == stop {
            return None;
        }
        let word_end = line[..start].chars().next_back()?;
        if !(word_end.is_alphanumeric() || matches!(word_end, '’' | '”' | ')' | ']')) {
            return None;
        }
        let after = line[stop + 1..].chars().next();
        if !after.map_or(true, char::is_whitespace) {
            return None;
        }
        Some((start..stop, bytes[stop] == b','))
    })
}

/// Markdown links and bracketed citation markers.
fn check_brackets(line: &str, base: usize, out: &mut Vec<Edit>, numbers: &mut Vec<(Edit, u32)>) {
    let at = |start: usize, end: usize| base + start..base + end;
    for whole in markdown_links(line) {
        // The label is what the brackets hold.
        let label = line[whole.start + 1..].split(']').next().unwrap_or("");
        let before = &line[..whole.start];
        let spaced_start = before.trim_end_matches([' ', '\t']).len();
        let after = &line[whole.end..];
        if is_citation_text(label) {
            if spaced_start == 0 && whole.start == 0 {
                continue;
            }
            out.push(Edit::remove(
                UNCREDITED,
                at(spaced_start, whole.end),
                "a citation link",
            ));
        } else if crate::segment::ends_sentence(before) && link_ends_line(after) {
            let end = whole.end + after.len() - after.trim_start_matches('.').len();
            out.push(Edit::remove(
                UNCREDITED,
                at(spaced_start, end),
                "a source link standing alone after the sentence",
            ));
        } else {
            out.push(Edit::replace(
                UNCREDITED,
                at(whole.start, whole.end),
                label.trim().to_owned(),
                "a markdown link reduced to its text",
            ));
        }
    }
    for span in citations(line) {
        let marker = &line[span.clone()];
        if line[..span.start].trim().is_empty() {
            continue; // A footnote marker that starts the line.
        }
        if !is_citation_number(&line[..span.start], marker) {
            continue;
        }
        let edit = Edit::remove(UNCREDITED, at(span.start, span.end), "a citation marker");
        let inner = marker.trim_start().trim_start_matches('[');
        match inner.trim_end_matches(']').parse() {
            Ok(number) => numbers.push((edit, number)),
            Err(_) => out.push(edit),
        }
    }
}

/// Whether a bracketed number reads as a citation rather than an index:
/// no leading zero, and after a space, punctuation or a word of three or
/// more letters (`degrees[1]`, not `a[0]`). Word markers always pass.
fn is_citation_number(before: &str, marker: &str) -> bool {
    let inner = marker
        .trim_start()
        .trim_start_matches('[')
        .trim_end_matches(']');
    if !inner.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    if inner.starts_with('0') {
        return false;
    }
    if marker.starts_with([' ', '\t']) {
        return true;
    }
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    word.is_empty() || word.chars().count() >= 3
}

/// Whether what follows a link is at most a full stop, then the line's end
/// or the next link.
fn link_ends_line(after: &str) -> bool {
    let rest = after.trim_start_matches('.').trim_start();
    rest.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_cleaned, assert_kept};

    #[test]
    fn removes() {
        let cases = [
            (
                "The talks stalled [0](https://example.com/a).",
                "The talks stalled.",
            ),
            (
                "A pivotal point in their alliance [source].",
                "A pivotal point in their alliance.",
            ),
            (
                "Security concerns. [Daily Mail](https://www.dailymail.co.uk/news/a.html).",
                "Security concerns.",
            ),
            (
                "He said so [3](https://x.org/p?id=3), then left.",
                "He said so, then left.",
            ),
            (
                "Read the [full report](https://example.org/report) today.",
                "Read the full report today.",
            ),
            (
                "Operations abroad, such as in China (). See [source].",
                "Operations abroad, such as in China. See.",
            ),
            (
                "Among his supporters (). The shift [source]",
                "Among his supporters. The shift",
            ),
            // In a text whose links were flattened (it holds link debris),
            // a space before a stop and bare numbered markers go too.
            (
                "Access to sensitive war plans . See [source].",
                "Access to sensitive war plans. See.",
            ),
            (
                "Water boils at 100 degrees[1]. See [the table](https://x.org/t).",
                "Water boils at 100 degrees. See the table.",
            ),
            (
                "Cited twice [2] here [3](https://x.org/3).\n\nThe notes were lost.\n",
                "Cited twice here.\n\nThe notes were lost.\n",
            ),
            (
                "The claim is disputed [citation needed].",
                "The claim is disputed.",
            ),
            (
                "See [this page](https://en.wikipedia.org/wiki/Foo_(bar)) for more.",
                "See this page for more.",
            ),
            (
                "Prices rose [source] and fell [source].",
                "Prices rose and fell.",
            ),
            (
                "Over budget [1](https://x.org/1) , officials said.",
                "Over budget, officials said.",
            ),
            // The space a removed citation link leaves before a stop.
            (
                "He said so [3](https://x.org/p) , then left.",
                "He said so, then left.",
            ),
        ];
        for (input, expected) in cases {
            assert_cleaned(&LinkArtifact, input, expected);
        }
    }

    /// `markdown_links` finds what the pattern with a bounded repeat found.
    #[test]
    fn markdown_links_match_the_bounded_pattern() {
        let bounded = regex::Regex::new(r"\[([^\[\]\n]{0,300})\]\(\s*((?:https?://|www\.|/|#|mailto:)[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\s*\)").unwrap();
        let long = "x".repeat(300);
        let longer = "x".repeat(301);
        let accented = "é".repeat(300);
        let more_accented = "é".repeat(301);
        let lines = [
            "Read the [full report](https://example.org/report) today.".to_owned(),
            "Two [a](https://a.org) and [b](/b) and [c](#c) links.".to_owned(),
            format!("[{long}](https://x.org) and [ok](https://y.org)"),
            format!("[{longer}](https://x.org) and [ok](https://y.org)"),
            format!("[{longer}](https://x.org/[in](https://z.org)) end"),
            format!("[{long}](https://x.org/[in](https://z.org)) end"),
            format!("[{accented}](https://x.org) [{more_accented}](https://x.org)"),
            format!("[[{longer}](https://x.org)[b](/b)"),
            "[no url] (https://x.org) [x](mailto:a@b.c) [](www.e.org)".to_owned(),
            "[a\nb](https://x.org) [see [inner](https://x.org)](https://y.org)".to_owned(),
            "[a]( https://x.org ) [b](\u{a0}/p\u{2003}) [c](http://x.org/a(b)c(d)e) [d](/a(b c)) [e](/a(b)".to_owned(),
            "[f](/a(b)(c)) [g](/a((b))) [h](# ) [i](mailto:) [j](ftp://x) [k](HTTPS://x) [l] (/x) [m](/x)y".to_owned(),
            "[Zoë Ångström](https://x.org/zoë) [Жанна Иванова](/ж) [n](/x\n) [o](/x)) [[p](/q)".to_owned(),
            "[q](/x]) [r](www.x.org\t) [s](/x)(/y) [t](https://x.org/(a)) [u](/a)b) [v](/(a)(b)c)".to_owned(),
            String::new(),
        ];
        for line in &lines {
            let want: Vec<_> = bounded.find_iter(line).map(|m| m.range()).collect();
            let got: Vec<_> = markdown_links(line).collect();
            assert_eq!(got, want, "{line}");
        }
    }

    /// What `check` found when it ran `check_line` on every block.
    fn every_block(doc: &crate::segment::Document<'_>) -> Vec<Edit> {
        let mut found = Found::default();
        for block in &doc.blocks {
            check_line(&doc.text[block.span.clone()], block.span.start, &mut found);
        }
        let mut out = Findings::default();
        found.finish(doc, &mut out);
        out.edits
    }

    fn scanned(doc: &crate::segment::Document<'_>) -> Vec<Edit> {
        let mut out = Findings::default();
        LinkArtifact.check(&super::super::Context::new(doc), &mut out);
        out.edits
    }

    /// Every pair the shapes need passes `may_start`.
    #[test]
    fn may_start_passes_every_needed_pair() {
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let needed = matches!(b, b'[' | b'(')
                    || (matches!(a, b' ' | b'\t') && matches!(b, b'.' | b','));
                assert!(!needed || may_start(a, b), "{a:#x} {b:#x}");
            }
        }
    }

    /// The whole-text scan skips only blocks where `check_line` finds
    /// nothing: the same edits, in the same order.
    #[test]
    fn scan_finds_what_every_block_finds() {
        let texts = [
            "[1] Footnote.\n\nSo it goes [3](https://a.org/x).\n  Plans .\nBudget , he said\n",
            "(\n) [\n]. Over , \t.\nno debris here at all\n\n\ttabbed ()\n[",
            "A long line of plain words without any of the shapes, long enough to fill chunks of thirty-two bytes, then at its very end [source].",
            "Edge at a chunk boundary xxxxxxxxxxxxxxxxxxxxxx (). And again xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ,x",
            "",
            "(",
            " .",
        ];
        for text in texts {
            let doc = crate::segment::Document::plain(text);
            assert_eq!(scanned(&doc), every_block(&doc), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn scan_agrees_with_every_block(
            text in r"([a-z0-9 \t\n.,\[\]()é’]|\[source\]|\[1\]\(/x\)|https://)*"
        ) {
            let doc = crate::segment::Document::plain(&text);
            proptest::prop_assert_eq!(scanned(&doc), every_block(&doc));
            let bytes = text.as_bytes();
            let first_from = |from: usize| {
                (from..bytes.len()).find(|&k| match k {
                    0 => matches!(bytes[0], b'[' | b'('),
                    _ => may_start(bytes[k - 1], bytes[k]),
                })
            };
            for from in 0..=text.len() {
                proptest::prop_assert_eq!(Candidates::new(bytes).next(from), first_from(from));
            }
            // One scan, `from` moving on as `check` moves it.
            let mut candidates = Candidates::new(bytes);
            let mut from = 0;
            loop {
                let at = candidates.next(from);
                proptest::prop_assert_eq!(at, first_from(from));
                let Some(at) = at else { break };
                from = at + 1 + at % 3;
            }
        }
    }

    /// Numbered markers whose notes the text lists stay even where other
    /// link debris goes.
    #[test]
    fn footnotes_with_a_note_list_stay() {
        assert_cleaned(
            &LinkArtifact,
            "Alarms ring [1] all day, as [the study](https://x.org/s) shows [2].\n\n[1] Smith, 2019.\n[2] Lee, 2020.\n",
            "Alarms ring [1] all day, as the study shows [2].\n\n[1] Smith, 2019.\n[2] Lee, 2020.\n",
        );
        assert_cleaned(
            &LinkArtifact,
            "Alarms ring [1] all day [source].\n\nNotes\n\n1. Smith, 2019.\n",
            "Alarms ring [1] all day.\n\nNotes\n\n1. Smith, 2019.\n",
        );
        assert!(!has_note_list(
            &crate::segment::Document::plain("1.5 million\n[1]x\n12 items\n"),
            &[1, 12]
        ));
    }

    /// A text that indexes from `[0]` writes `seq[1]` as an index.
    #[test]
    fn indexes_stay_in_a_text_that_counts_from_zero() {
        assert_cleaned(
            &LinkArtifact,
            "Calls func(seq[0]), func(seq[1]) in turn, see [chain()](https://docs.python.org/c).\n",
            "Calls func(seq[0]), func(seq[1]) in turn, see chain().\n",
        );
        // Without a `[0]`, the same marker after a word is a citation.
        assert_cleaned(
            &LinkArtifact,
            "Sea levels rose[1] in turn, see [the report](https://x.org/r).\n",
            "Sea levels rose in turn, see the report.\n",
        );
        assert!(!indexes_from_zero(
            "Footnote [0] is odd, and [0] starts a list"
        ));
    }

    #[test]
    fn spaced_commas_go_only_where_a_removal_left_them() {
        assert_cleaned(
            &LinkArtifact,
            "Signed by North , Ahmad [source] and Lee [2](https://x.org/2) , among others .\n",
            "Signed by North , Ahmad and Lee, among others.\n",
        );
    }

    #[test]
    fn spaces_before_stops_are_found_after_words_of_any_script() {
        let found = |line: &str| -> Vec<(String, bool)> {
            spaces_before_stops(line)
                .map(|(r, comma)| (format!("{}|{}", &line[..r.start], &line[r.end..]), comma))
                .collect()
        };
        assert_eq!(found("war plans ."), [("war plans|.".to_owned(), false)]);
        assert_eq!(
            found("Москва \t, then 東京 . end"),
            [
                ("Москва|, then 東京 . end".to_owned(), true),
                ("Москва \t, then 東京|. end".to_owned(), false)
            ]
        );
        assert_eq!(
            found("(quoted) .\u{a0}x"),
            [("(quoted)|.\u{a0}x".to_owned(), false)]
        );
        // Not after a word, not before white space or the end, no space.
        for line in [
            "a - .",
            "fell to .5 percent",
            "plans.",
            " .",
            "x ,y",
            "-- .",
        ] {
            assert_eq!(found(line), [], "{line}");
        }
    }

    #[test]
    fn citation_markers_take_the_spaces_before_them_once() {
        let spans =
            |line: &'static str| -> Vec<&str> { citations(line).map(|r| &line[r]).collect() };
        assert_eq!(
            spans("a [1][2] \t[Source] [citation NEEDED]"),
            [" [1]", "[2]", " \t[Source]", " [citation NEEDED]"]
        );
        assert_eq!(spans("[[12]] [٣] x"), ["[12]", " [٣]"]);
        for line in [
            "[1234]",
            "[sic]",
            "[]",
            "[ 1]",
            "[source",
            "[sources needed]",
        ] {
            assert_eq!(spans(line), Vec::<&str>::new(), "{line}");
        }
        assert!(is_citation_text(" 12 ") && is_citation_text("HERE") && is_citation_text("↑"));
        assert!(!is_citation_text("citation needed") && !is_citation_text("1234"));
    }

    #[test]
    fn empty_parens_need_a_space_before_and_a_stop_after() {
        let spans =
            |line: &'static str| -> Vec<&str> { empty_parens(line).map(|r| &line[r]).collect() };
        assert_eq!(spans("in China ( ). Then \t().\n"), [" ( )", " \t()"]);
        // The white space after a match's stop is not the next one's.
        assert_eq!(spans("a (). (). ()."), [" ()", " ()"]);
        for line in ["f ():", "function () {", "f().", "x ()x.", "x ().y"] {
            assert_eq!(spans(line), Vec::<&str>::new(), "{line}");
        }
    }

    /// Empty parentheses in code stay beside link debris: no stop follows.
    #[test]
    fn code_parentheses_stay() {
        assert_cleaned(
            &LinkArtifact,
            "Call init () first [source].\n\nfunction () {\n  f ();\n}\nget_url ()\n",
            "Call init () first.\n\nfunction () {\n  f ();\n}\nget_url ()\n",
        );
    }

    #[test]
    fn keeps() {
        let cases = [
            "A plain sentence with no links.",
            "[1] Smith, J. (2020). A footnote that starts the line.",
            "Call init() before anything else.",
            "The ratio (1:3) held.",
            "He wrote [sic] in the letter.",
            "Arrays start at a[0] in C.",
            "Versions 1.2 and .NET were named.",
            "The price fell to .5 percent.",
            "She said … and paused.",
            "Bonjour ! Ça va ?",
            "A list: [a, b, c] in brackets.",
            "(Parenthetical remark.)",
            "An email address in (brackets) stays.",
            // No link debris anywhere: no link was flattened, so a space
            // before a comma is how the text is written, and its numbered
            // markers are its own footnotes.
            "Signed by North , Ahmad and Lee , among others.",
            "Access to sensitive war plans .",
            "Water boils at 100 degrees[1].",
            "Rust is safe [1] and fast [2], surveys say [3].\n",
            "See git-add[1] and the <Response [200]> object.\n",
            // Empty parentheses alone are no sign of a flattened link
            // (spaced code), and code has no stop after them.
            "count = searcher . nextMatch (), 0\n",
        ];
        for input in cases {
            assert_kept(&LinkArtifact, input);
        }
    }
}
