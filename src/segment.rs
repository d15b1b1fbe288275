//! Segmentation: text into blocks with spans and features.
//!
//! A block is one non-blank line of the text (scraped articles put one
//! paragraph on a line as often as they separate paragraphs by blank lines).
//! What lies between two blocks is their *gap*: trailing spaces, the line
//! break and any blank lines. Block rules judge blocks; the pipeline turns
//! block removals into edits that also take the right share of the gaps, so
//! that the text around a hole keeps the document's own paragraph separator.

use std::ops::Range;

use xxhash_rust::xxh3::xxh3_64;

/// What kind of block a segment is, as far as the input tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// A line of plain text: paragraph, heading or list item, undecided.
    Line,
    /// A heading marked as such by the source (HTML `h1`–`h6`).
    Heading,
    /// A paragraph marked as such by the source.
    Paragraph,
    /// A list item marked as such by the source.
    ListItem,
    /// A block quotation marked as such by the source.
    Quote,
    /// An image caption or credit marked as such by the source.
    Caption,
}

/// One block of a [`Document`]: a non-blank line and its features.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Byte span of the line, from its first byte to its last
    /// non-whitespace byte (leading indentation belongs to the block,
    /// trailing whitespace to the gap after it).
    pub span: Range<usize>,
    /// What the source says the block is.
    pub kind: BlockKind,
    /// Number of words (runs of alphanumeric characters).
    pub words: usize,
    /// Hash of the normalised text (see [`fingerprint`]): equal for blocks
    /// that differ only in case, punctuation or spacing.
    pub fingerprint: u64,
}

impl Block {
    /// The block's text, without its leading indentation.
    pub fn text<'t>(&self, doc: &'t str) -> &'t str {
        doc[self.span.clone()].trim_start()
    }
}

/// A decoded text cut into blocks.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    /// The decoded text every span points into.
    pub text: &'a str,
    /// The blocks, in order.
    pub blocks: Vec<Block>,
    /// The document's own paragraph separator, as a number of line breaks:
    /// 1 when paragraphs sit on consecutive lines, 2 when a blank line
    /// separates them, and so on (the most common gap wins, ties go to the
    /// smaller).
    pub separator: usize,
}

impl<'a> Document<'a> {
    /// Cuts plain text into blocks, one per non-blank line.
    pub fn plain(text: &'a str) -> Self {
        let mut blocks = Vec::new();
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let content = line.trim_end();
            if !content.trim_start().is_empty() {
                blocks.push(Block::new(
                    text,
                    line_start..line_start + content.len(),
                    BlockKind::Line,
                ));
            }
            line_start += line.len();
        }
        Document::from_blocks(text, blocks)
    }

    /// Builds a document from blocks already found (by the HTML extractor,
    /// say); the blocks must be in order and must not overlap.
    pub fn from_blocks(text: &'a str, blocks: Vec<Block>) -> Self {
        let separator = most_common_gap(text, &blocks);
        Document {
            text,
            blocks,
            separator,
        }
    }

    /// The text of block `i`, without leading indentation.
    pub fn block_text(&self, i: usize) -> &'a str {
        self.blocks[i].text(self.text)
    }

    /// The gap after block `i`: from its end to the start of the next
    /// block, or to the end of the text.
    pub fn gap_after(&self, i: usize) -> Range<usize> {
        let start = self.blocks[i].span.end;
        let end = self
            .blocks
            .get(i + 1)
            .map_or(self.text.len(), |b| b.span.start);
        start..end
    }

    /// Number of line breaks in the gap after block `i`.
    pub fn breaks_after(&self, i: usize) -> usize {
        count_breaks(&self.text[self.gap_after(i)])
    }
}

impl Block {
    /// A block over `span` of `text`, with its features computed.
    pub fn new(text: &str, span: Range<usize>, kind: BlockKind) -> Self {
        let (words, fingerprint) = features(&text[span.clone()]);
        Block {
            words,
            fingerprint,
            span,
            kind,
        }
    }
}

fn count_breaks(gap: &str) -> usize {
    memchr::memchr_iter(b'\n', gap.as_bytes()).count()
}

fn most_common_gap(text: &str, blocks: &[Block]) -> usize {
    // Gaps of four or more line breaks are holes, never a separator.
    let mut counts = [0usize; 3];
    let mut any = false;
    for pair in blocks.windows(2) {
        any = true;
        let breaks = count_breaks(&text[pair[0].span.end..pair[1].span.start]);
        if let Some(count) = counts.get_mut(breaks.max(1) - 1) {
            *count += 1;
        }
    }
    let mut best = 0;
    for (i, &count) in counts.iter().enumerate() {
        if count > counts[best] {
            best = i;
        }
    }
    if any && counts[best] == 0 {
        2
    } else {
        best + 1
    }
}

/// For each ASCII byte: its lower-case form when it is a letter or digit,
/// 0 otherwise.
const ASCII_WORD: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// Word count and fingerprint of `text` in one pass (see [`word_count`]
/// and [`fingerprint`]).
pub fn features(text: &str) -> (usize, u64) {
    let bytes = text.as_bytes();
    let mut normal: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut words = 0;
    // Whether the last character was part of a word, and whether the
    // last non-word character was a joiner right after a word.
    let mut in_word = false;
    let mut joiner = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            let lower = ASCII_WORD[b as usize];
            if lower != 0 {
                if !in_word {
                    if !joiner {
                        words += 1;
                    }
                    if !normal.is_empty() {
                        normal.push(b' ');
                    }
                }
                normal.push(lower);
                in_word = true;
                joiner = false;
            } else {
                joiner = in_word && (b == b'\'' || b == b'-');
                in_word = false;
            }
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
        i += c.len_utf8();
        if c.is_alphanumeric() {
            if !in_word {
                if !joiner {
                    words += 1;
                }
                if !normal.is_empty() {
                    normal.push(b' ');
                }
            }
            let mut buf = [0u8; 4];
            for lower in c.to_lowercase() {
                normal.extend_from_slice(lower.encode_utf8(&mut buf).as_bytes());
            }
            in_word = true;
            joiner = false;
        } else {
            joiner = in_word && matches!(c, '’' | '¿' | '\u{FFFD}');
            in_word = false;
        }
    }
    (words, xxh3_64(&normal))
}

/// Number of words in `text`: maximal runs of alphanumeric characters
/// (an apostrophe or hyphen between two letters does not split a word).
pub fn word_count(text: &str) -> usize {
    features(text).0
}

/// A hash of `text` normalised for comparison: lower case, words only, every
/// run of other characters counted as one separator. Blocks that differ only
/// in case, punctuation, quote style or spacing get the same fingerprint.
/// The hash is xxh3, stable across runs, machines and versions of rinse
/// that keep this normalisation.
pub fn fingerprint(text: &str) -> u64 {
    features(text).1
}

/// Appends `word` in lower case to `out`.
pub(crate) fn push_lowercase(out: &mut Vec<u8>, word: &str) {
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| b.to_ascii_lowercase()));
    } else {
        let mut buf = [0u8; 4];
        for c in word.chars().flat_map(char::to_lowercase) {
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }
}

/// Whether `text` ends like a sentence: `.`, `!`, `?`, `…`, `:` or `;`,
/// possibly followed by closing quotes or brackets.
pub fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '’' | '”' | '»' | ')' | ']' | '*' | '_')
    });
    trimmed.ends_with(['.', '!', '?', '…', ':', ';'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_blocks_are_non_blank_lines() {
        let text = "Title\n\n  Para one.  \nPara two.\n\n\n";
        let doc = Document::plain(text);
        let texts: Vec<_> = (0..doc.blocks.len()).map(|i| doc.block_text(i)).collect();
        assert_eq!(texts, ["Title", "Para one.", "Para two."]);
        assert_eq!(&text[doc.gap_after(1)], "  \n");
        assert_eq!(doc.breaks_after(0), 2);
        assert_eq!(doc.breaks_after(2), 3);
    }

    #[test]
    fn separator_is_most_common_gap() {
        assert_eq!(Document::plain("a\nb\nc\n\nd").separator, 1);
        assert_eq!(Document::plain("a\n\nb\n\nc\nd").separator, 2);
        assert_eq!(Document::plain("a\n\nb\nc").separator, 1);
        assert_eq!(Document::plain("a\n\n\n\n\nb").separator, 2);
        assert_eq!(Document::plain("a\n\n\nb\n\n\nc").separator, 3);
    }

    #[test]
    fn words_are_counted_with_apostrophes_and_hyphens() {
        assert_eq!(word_count("Don’t re-enter, it's 5 p.m."), 6);
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("didn¿t"), 1);
    }

    #[test]
    fn fingerprint_ignores_case_punctuation_and_quotes() {
        assert_eq!(fingerprint("He didn’t go."), fingerprint("he didn't go"));
        assert_eq!(fingerprint("Élan  vital"), fingerprint("élan vital!"));
        assert_ne!(fingerprint("one two"), fingerprint("onetwo"));
    }

    #[test]
    fn sentence_endings() {
        assert!(ends_sentence("He left."));
        assert!(ends_sentence("‘Where is it?’"));
        assert!(ends_sentence("Last updated:"));
        assert!(!ends_sentence("A caption without a stop"));
        assert!(!ends_sentence("Dr"));
    }
}
