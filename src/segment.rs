//! Segmentation: text into blocks with spans and features.
//!
//! A block is one non-blank line of the text (scraped articles put one
//! paragraph on a line as often as they separate paragraphs by blank lines).
//! What lies between two blocks is their *gap*: trailing spaces, the line
//! break and any blank lines. Block rules judge blocks; the pipeline turns
//! block removals into edits that also take the right share of the gaps, so
//! that the text around a hole keeps the document's own paragraph separator.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::LazyLock;

use xxhash_rust::xxh3::xxh3_64;

use crate::swar::{ascii_bytes_in, is_ascii, splat, TOPS};

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
    #[inline]
    pub fn text<'t>(&self, doc: &'t str) -> &'t str {
        trim_start(&doc[self.span.clone()])
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
        Document::plain_with(text, |span| features(&text[span]))
    }

    /// Like [`Document::plain`], with the features of each block (word
    /// count and fingerprint of `text[span]`) supplied by `features`, so a
    /// caller that already knows them for some spans need not recompute
    /// them. `features` must return what [`features`] would.
    pub fn plain_with(
        text: &'a str,
        mut features: impl FnMut(Range<usize>) -> (usize, u64),
    ) -> Self {
        let bytes = text.as_bytes();
        let mut blocks = Vec::new();
        let mut line_start = 0;
        while line_start < bytes.len() {
            let line_end = memchr::memchr(b'\n', &bytes[line_start..])
                .map_or(bytes.len(), |p| line_start + p + 1);
            let end = trim_end(text, line_start, line_end);
            // A line of whitespace only trims to nothing.
            if end > line_start {
                let span = line_start..end;
                let (words, fingerprint) = features(span.clone());
                blocks.push(Block {
                    span,
                    kind: BlockKind::Line,
                    words,
                    fingerprint,
                });
            }
            line_start = line_end;
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
    #[inline]
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

/// `text.trim_start()`: leading ASCII whitespace is skipped here byte by
/// byte, and the first non-ASCII byte hands over to `str::trim_start`.
#[inline]
fn trim_start(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut start = 0;
    // Deep indentation (nested lists of a page turned into text) goes by
    // eight spaces at a time.
    while let Some(chunk) = bytes.get(start..start + 8) {
        if u64::from_le_bytes(chunk.try_into().expect("eight bytes")) != 0x2020_2020_2020_2020 {
            break;
        }
        start += 8;
    }
    while let Some(&b) = bytes.get(start) {
        match b {
            // What `char::is_whitespace` says of ASCII (see `trim_end`).
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' => start += 1,
            b if b < 0x80 => return &text[start..],
            _ => return text[start..].trim_start(),
        }
    }
    &text[start..]
}

/// The end of `text[start..end]` with trailing whitespace trimmed, as
/// `str::trim_end` has it: ASCII bytes are judged here, the first
/// non-ASCII byte from the end hands over to `trim_end` itself.
fn trim_end(text: &str, start: usize, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    while end > start {
        match bytes[end - 1] {
            // What `char::is_whitespace` says of ASCII: tab, line feed,
            // vertical tab, form feed, carriage return, space.
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' => end -= 1,
            b if b < 0x80 => break,
            _ => return start + text[start..end].trim_end().len(),
        }
    }
    end
}

fn count_breaks(gap: &str) -> usize {
    // Gaps are short (a line break or three): a plain count beats setting
    // up a `memchr` iterator, and is vector code for long ones.
    gap.bytes().filter(|&b| b == b'\n').count()
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

// How `features` reads text: a small state machine over character
// classes that writes each word's characters in lower case and one space
// after each word that something follows. The state is what came last: a
// word character, a joiner right after a word (`don't`, `re-enter`: the
// next letter continues the count of that word), or anything else.
// Writing the space after a word rather than before the next one spares a
// second store per byte; the one space too many at the end of a text
// that ends in a separator is dropped at the end.

/// After anything but a word character or a joiner (and at the start).
const NONE: usize = 0;
/// After a word character.
const IN_WORD: usize = 1;
/// After a joiner that followed a word character.
const AFTER_JOINER: usize = 2;

/// Character classes.
const OTHER: u8 = 0;
const JOINER: u8 = 1;
const WORD: u8 = 2;

/// Bits of a step: whether it writes a byte (the character, or the space
/// after a word), whether it starts a new word (counted); from
/// [`STEP_STATE_SHIFT`] up, the next state times 256.
const STEP_WRITES: u32 = 1 << 8;
const STEP_COUNTS: u32 = 1 << 9;
const STEP_STATE_SHIFT: u32 = 16;

/// The step from `state` over a character of `class`, without the byte
/// it writes.
const fn step(state: usize, class: u8) -> u32 {
    let (writes, counts, next) = match class {
        WORD => (true, state == NONE, IN_WORD),
        JOINER if state == IN_WORD => (true, false, AFTER_JOINER),
        _ => (state == IN_WORD, false, NONE),
    };
    (if writes { STEP_WRITES } else { 0 })
        | (if counts { STEP_COUNTS } else { 0 })
        | (((next * 256) as u32) << STEP_STATE_SHIFT)
}

/// [`step`] of each state over each class, by `state * 4 + class`.
const STEPS: [u32; 12] = {
    let mut table = [0u32; 12];
    let mut i = 0;
    while i < 12 {
        table[i] = step(i / 4, (i % 4) as u8);
        i += 1;
    }
    table
};

/// [`step`] of each state over each ASCII byte, with the byte it writes in
/// the low 8 bits (a letter or digit in lower case, or a space), by
/// `state * 256 + byte`: letters and digits are words, `'` and `-`
/// joiners. (Entries for bytes 0x80 and up are never read.)
const ASCII_STEPS: [u32; 1024] = {
    let mut table = [0u32; 1024];
    let mut i = 0;
    while i < 3 * 256 {
        let b = (i % 256) as u8;
        let (class, byte) = if b.is_ascii_alphanumeric() {
            (WORD, b.to_ascii_lowercase())
        } else if b == b'\'' || b == b'-' {
            (JOINER, b' ')
        } else {
            (OTHER, b' ')
        };
        table[i] = step(i / 256, class) | byte as u32;
        i += 1;
    }
    table
};

/// What [`features`] needs to know of a character of U+0080..=U+07FF (the
/// two-byte UTF-8 sequences: Latin, Greek, Cyrillic, Hebrew, Arabic, …).
#[derive(Clone, Copy)]
struct TwoByte {
    /// The UTF-8 bytes of its lower-case form, padded with zeros.
    lower: [u8; 3],
    /// How many bytes of `lower` count (1 to 3) for a letter or digit;
    /// 0 for any other character, [`TWO_BYTE_GENERAL`] for a letter whose
    /// lower-case form does not fit in three bytes (none does in Unicode
    /// today), which takes the general path.
    len: u8,
    /// Its class.
    class: u8,
}

const TWO_BYTE_GENERAL: u8 = 0x80;

/// [`TwoByte`] of every code point below U+0800, by code point, built
/// from `char::is_alphanumeric` and `char::to_lowercase`.
static TWO_BYTE: LazyLock<Box<[TwoByte]>> = LazyLock::new(|| {
    (0..0x800u32)
        .map(|cp| {
            let mut entry = TwoByte {
                lower: [0; 3],
                len: 0,
                class: OTHER,
            };
            let Some(c) = char::from_u32(cp) else {
                return entry;
            };
            entry.class = class_of(c);
            if entry.class == WORD {
                let mut lower = [0u8; 12];
                let mut len = 0;
                for l in c.to_lowercase() {
                    len += l.encode_utf8(&mut lower[len..]).len();
                }
                if len <= 3 {
                    entry.lower.copy_from_slice(&lower[..3]);
                    entry.len = len as u8;
                } else {
                    entry.len = TWO_BYTE_GENERAL;
                }
            }
            entry
        })
        .collect()
});

/// The class of `c`: letters and digits (`char::is_alphanumeric`) are
/// words; `'`, `-` and the stand-ins for a lost apostrophe (`’`, `¿`,
/// U+FFFD) are joiners, which do not split a word when they stand between
/// two letters (`don't`, `re-enter`, `didn¿t`).
fn class_of(c: char) -> u8 {
    if c.is_alphanumeric() {
        WORD
    } else if matches!(c, '\'' | '-' | '’' | '¿' | '\u{FFFD}') {
        JOINER
    } else {
        OTHER
    }
}

/// Texts longer than this (in bytes) are normalised in a buffer of their
/// own rather than the kept one.
const KEPT_BUFFER_MAX_TEXT: usize = 32 * 1024;

thread_local! {
    /// The buffer [`features`] writes the normal form into, kept from call
    /// to call so that no call allocates once it has grown.
    static NORMAL: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Word count and fingerprint of `text` in one pass (see [`word_count`]
/// and [`fingerprint`]).
///
/// The normal form is written by index into a reused buffer: every step
/// stores unconditionally and advances the length by what counts, driven
/// by a table of states and bytes, so runs of ASCII (most text, and the
/// spaces and punctuation of any script) go through without branches
/// that depend on the data. Characters of U+0080..=U+07FF come from a
/// table; only the rest asks the Unicode tables of `std`.
pub fn features(text: &str) -> (usize, u64) {
    // A long text gets a buffer of its own, freed after it, so that the
    // kept buffer stays small whatever the input.
    if text.len() > KEPT_BUFFER_MAX_TEXT {
        return normalise(text, &mut Vec::new());
    }
    NORMAL.with(|normal| match normal.try_borrow_mut() {
        Ok(mut buf) => normalise(text, &mut buf),
        // Unreachable (nothing here calls back into `features`), but a
        // fresh buffer is always right.
        Err(_) => normalise(text, &mut Vec::new()),
    })
}

/// Writes the normal form of `text` into `buf` (growing it as needed; its
/// old contents do not matter) and returns the word count and the hash of
/// the normal form.
fn normalise(text: &str, buf: &mut Vec<u8>) -> (usize, u64) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    // Budget: the buffer always holds `len`, two bytes for each byte still
    // to read and 8 bytes of slack for the unconditional stores. An ASCII
    // byte yields at most one byte, a two-byte character at most three,
    // so neither overdraws it; the general path checks for itself.
    let need = 2 * n + 8;
    if buf.len() < need {
        buf.resize(need, 0);
    }
    // A slice, not the vector: its pointer and length stay in registers.
    let out = &mut buf[..];
    let mut len = 0;
    let mut words = 0;
    let mut state = NONE;
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        if b < 0x80 {
            let run = ascii_prefix(&bytes[i..]);
            (len, words, state) = ascii_run(&bytes[i..i + run], out, len, words, state);
            i += run;
            continue;
        }
        if b < 0xe0 {
            // Two-byte characters (valid UTF-8: `b` is 0xc2..=0xdf).
            let run;
            (run, len, words, state) = two_byte_run(&bytes[i..], out, len, words, state);
            if run > 0 {
                i += run;
                continue;
            }
        }
        if b == 0xe2 && bytes.get(i + 1) == Some(&0x80) {
            // U+2000..=U+203F, General Punctuation (spaces, dashes,
            // quotes, bullets): no letter or digit among them, and `’`
            // (E2 80 99) the one joiner. Writes at most one byte for
            // three read, within the budget.
            let class = if bytes.get(i + 2) == Some(&0x99) {
                JOINER
            } else {
                OTHER
            };
            let step = STEPS[(state & 3) << 2 | usize::from(class)];
            out[len] = b' ';
            len += usize::from(step & STEP_WRITES != 0);
            state = (step >> STEP_STATE_SHIFT) as usize / 256;
            i += 3;
            continue;
        }
        // Any other character, by the Unicode tables of `std`.
        let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
        i += c.len_utf8();
        let class = class_of(c);
        let step = STEPS[(state & 3) << 2 | usize::from(class)];
        if class == WORD {
            let mut lower = [0u8; 12];
            let mut lower_len = 0;
            for l in c.to_lowercase() {
                lower_len += l.encode_utf8(&mut lower[lower_len..]).len();
            }
            // Within budget unless the lower-case form is more than twice
            // as long as the character, which no character is today.
            if len + lower_len + 8 + 2 * (n - i) > out.len() {
                return reference_features(text);
            }
            out[len..len + lower_len].copy_from_slice(&lower[..lower_len]);
            len += lower_len;
        } else {
            out[len] = b' ';
            len += usize::from(step & STEP_WRITES != 0);
        }
        words += usize::from(step & STEP_COUNTS != 0);
        state = (step >> STEP_STATE_SHIFT) as usize / 256;
    }
    // The space after the last word, when a separator ends the text.
    if state != IN_WORD && len > 0 {
        len -= 1;
    }
    (words, xxh3_64(&out[..len]))
}

/// Length of the run of ASCII bytes at the start of `bytes`, eight bytes
/// at a time.
fn ascii_prefix(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut run = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if !is_ascii(word) {
            break;
        }
        run += 8;
    }
    run + bytes[run..]
        .iter()
        .position(|&b| b >= 0x80)
        .unwrap_or(bytes.len() - run)
}

/// [`normalise`] over `ascii` (ASCII bytes only); returns the new length,
/// word count and state. Eight bytes at a time where [`ascii_chunk`] can
/// take them whole, else one table step a byte with no branch but the
/// loop's. A function of its own so that its few variables stay in
/// registers.
#[inline(never)]
fn ascii_run(
    ascii: &[u8],
    out: &mut [u8],
    mut len: usize,
    mut words: usize,
    state: usize,
) -> (usize, usize, usize) {
    let mut at = (state & 3) * 256;
    let mut chunks = ascii.chunks_exact(8);
    for chunk in &mut chunks {
        let chunk: [u8; 8] = chunk.try_into().expect("eight bytes");
        if let Some((normal, counted, next)) = ascii_chunk(u64::from_le_bytes(chunk), at / 256) {
            out[len..len + 8].copy_from_slice(&normal.to_le_bytes());
            len += 8;
            words += counted;
            at = next * 256;
        } else {
            for b in chunk {
                ascii_step(b, out, &mut len, &mut words, &mut at);
            }
        }
    }
    for &b in chunks.remainder() {
        ascii_step(b, out, &mut len, &mut words, &mut at);
    }
    (len, words, at / 256)
}

/// One table step of [`ascii_run`] over `b`, from `at` (the state times 256).
#[inline(always)]
fn ascii_step(b: u8, out: &mut [u8], len: &mut usize, words: &mut usize, at: &mut usize) {
    let step = ASCII_STEPS[(*at | usize::from(b)) & 1023];
    out[*len] = step as u8;
    *len += usize::from(step & STEP_WRITES != 0);
    *words += usize::from(step & STEP_COUNTS != 0);
    *at = (step >> STEP_STATE_SHIFT) as usize;
}

/// Eight ASCII bytes (`x`, little-endian) read from `state` at once, when
/// they are letters and single spaces after letters (`ver the bri`), as
/// most of a text's bytes are: then each letter writes its lower case and
/// each space, the first separator after a word, writes itself, so the
/// normal form of the chunk is the chunk in lower case. Returns it, how
/// many words start in the chunk and the state after it; `None` when some
/// byte needs the table (a digit, a joiner, punctuation, a second space).
fn ascii_chunk(x: u64, state: usize) -> Option<(u64, usize, usize)> {
    // `| 0x20` is the lower case of a letter, and leaves a space a space.
    let lower = x | splat(0x20);
    let letter = ascii_bytes_in(lower, b'a', b'z');
    let space = ascii_bytes_in(x, b' ', b' ');
    let after_letter = letter << 8 | u64::from(state == IN_WORD) << 7;
    if letter | space != TOPS || space & !after_letter != 0 {
        return None;
    }
    // A word starts at a letter after a space, or at the first byte after
    // nothing that continues a word. Counted by adding up the bytes' flags
    // (at most eight) in the top byte.
    let starts = letter & (space << 8 | u64::from(state == NONE) << 7);
    let counted = ((starts >> 7).wrapping_mul(splat(1)) >> 56) as usize;
    let next = if letter >> 63 != 0 { IN_WORD } else { NONE };
    Some((lower, counted, next))
}

/// [`normalise`] over the run of two-byte characters at the start of
/// `bytes`, from [`TWO_BYTE`], up to the first other character or the
/// first letter whose lower-case form takes the general path; returns the
/// run's length in bytes and the new length, word count and state.
#[inline(never)]
fn two_byte_run(
    bytes: &[u8],
    out: &mut [u8],
    mut len: usize,
    mut words: usize,
    mut state: usize,
) -> (usize, usize, usize, usize) {
    let table: &[TwoByte] = &TWO_BYTE;
    let mut i = 0;
    while let (Some(&b), Some(&next)) = (bytes.get(i), bytes.get(i + 1)) {
        if !(0xc0..0xe0).contains(&b) {
            break;
        }
        let cp = (usize::from(b & 0x1f) << 6) | usize::from(next & 0x3f);
        let entry = table[cp];
        if entry.len == TWO_BYTE_GENERAL {
            break;
        }
        let step = STEPS[(state & 3) << 2 | usize::from(entry.class)];
        words += usize::from(step & STEP_COUNTS != 0);
        // A word character writes its lower-case form, anything else the
        // space after a word, if it writes at all.
        out[len] = b' ';
        len += usize::from((step & STEP_WRITES != 0) & (entry.class != WORD));
        out[len..len + 3].copy_from_slice(&entry.lower);
        len += usize::from(entry.len);
        state = (step >> STEP_STATE_SHIFT) as usize / 256;
        i += 2;
    }
    (i, len, words, state)
}

/// [`features`] the plain way: one character at a time, pushing into a
/// fresh vector. The fallback of [`normalise`] for characters whose lower
/// case form outgrows its budget, and a reference for the tests.
fn reference_features(text: &str) -> (usize, u64) {
    let mut normal: Vec<u8> = Vec::new();
    let mut words = 0;
    let mut in_word = false;
    let mut joiner = false;
    for c in text.chars() {
        let class = class_of(c);
        if class == WORD {
            if !in_word {
                if !joiner {
                    words += 1;
                }
                if !normal.is_empty() {
                    normal.push(b' ');
                }
            }
            for lower in c.to_lowercase() {
                normal.extend_from_slice(lower.encode_utf8(&mut [0; 4]).as_bytes());
            }
            in_word = true;
            joiner = false;
        } else {
            joiner = in_word && class == JOINER;
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

/// Whether `text` ends like a sentence: `.`, `!`, `?`, `…`, `:` or `;`
/// (or the full-width stops of Chinese and Japanese, `。`, `！`, `？`),
/// possibly followed by closing quotes or brackets.
pub fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '\'' | '’' | '”' | '»' | ')' | ']' | '*' | '_' | '」' | '』' | '）'
            )
    });
    trimmed.ends_with(['.', '!', '?', '…', ':', ';', '。', '！', '？', '：'])
}

#[cfg(test)]
mod tests {
    use super::*;

    const PINNED: &[&str] = &[
        "",
        "Storm Hits the Coast",
        "  He didn’t go -- re-enter, it's 5 p.m.!  ",
        "Élan  VITAL: İstanbul, ΣΊΣΥΦΟΣ, straße",
        "didn¿t stop\u{FFFD}s 東京 ١٢٣ x",
        "Photo: AP / Getty Images (c) 2024",
    ];

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

    /// Corpus model files store these values: they must never change.
    #[test]
    fn fingerprints_are_pinned() {
        let expected: [(usize, u64); 6] = [
            (0, 0x2d06800538d394c2),
            (4, 0xeed3c57f29e1b0cb),
            (8, 0x2345921c20ead270),
            (5, 0xc5354deeca138714),
            (5, 0xc6bb62bd20008ac2),
            (6, 0xc8a7c45282fb9026),
        ];
        for (text, expected) in PINNED.iter().zip(expected) {
            assert_eq!(features(text), expected, "{text:?}");
        }
    }

    /// The features as first written: one character at a time, pushing
    /// into a fresh vector, with the joiners spelt out. [`features`] and
    /// [`reference_features`] must give exactly these values.
    fn original_features(text: &str) -> (usize, u64) {
        let mut normal: Vec<u8> = Vec::new();
        let mut words = 0;
        let mut in_word = false;
        let mut joiner = false;
        for c in text.chars() {
            if c.is_alphanumeric() {
                if !in_word {
                    if !joiner {
                        words += 1;
                    }
                    if !normal.is_empty() {
                        normal.push(b' ');
                    }
                }
                for lower in c.to_lowercase() {
                    normal.extend_from_slice(lower.encode_utf8(&mut [0; 4]).as_bytes());
                }
                in_word = true;
                joiner = false;
            } else {
                joiner = in_word && matches!(c, '\'' | '-' | '’' | '¿' | '\u{FFFD}');
                in_word = false;
            }
        }
        (words, xxh3_64(&normal))
    }

    /// The segmentation as first written, on `str` methods.
    fn reference_spans(text: &str) -> Vec<Range<usize>> {
        let mut spans = Vec::new();
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let content = line.trim_end();
            if !content.trim_start().is_empty() {
                spans.push(line_start..line_start + content.len());
            }
            line_start += line.len();
        }
        spans
    }

    #[test]
    fn features_agree_with_the_reference() {
        for text in PINNED.iter().copied().chain([
            "   ",
            "it's re-enter -- don't - 'quoted' x-",
            "A  B\tC!!d9 e_f 2024-11-23",
            "'lead ''double'' trail'",
            "Привет, мир! ЁЛКИ-палки don’t",
            "İİ İx xİ ΑΣ ǅ ẞ K Ω Ⱥ",
            "x¿y ¿Qué? a\u{FFFD}b ’a a’ a’’b a-’b",
            "東京タワー 한국어 ١٢٣ 𝐀𝐁 😀x x😀",
            "café\u{301} naïve e\u{301}x",
        ]) {
            assert_eq!(features(text), original_features(text), "{text:?}");
            assert_eq!(reference_features(text), original_features(text));
        }
    }

    /// Every character, alone and between letters, after a joiner and
    /// after a space, against the reference.
    #[test]
    fn features_agree_with_the_reference_on_every_character() {
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            let text = format!("{c}a{c}a{c}{c}a-{c} {c}");
            assert_eq!(features(&text), original_features(&text), "{c:?}");
        }
    }

    /// `ascii_chunk`'s answer for `chunk` from `state`, checked against
    /// eight table steps; whether it took the chunk.
    fn chunk_agrees_with_the_table(chunk: [u8; 8], state: usize) -> bool {
        let Some((normal, counted, next)) = ascii_chunk(u64::from_le_bytes(chunk), state) else {
            return false;
        };
        let mut out = [0u8; 16];
        let (mut len, mut words, mut at) = (0, 0, state * 256);
        for b in chunk {
            ascii_step(b, &mut out, &mut len, &mut words, &mut at);
        }
        let text = String::from_utf8_lossy(&chunk);
        assert_eq!(len, 8, "{text:?} from {state}");
        assert_eq!(&out[..8], &normal.to_le_bytes(), "{text:?} from {state}");
        assert_eq!((counted, next), (words, at / 256), "{text:?} from {state}");
        true
    }

    #[test]
    fn ascii_chunks_agree_with_the_table() {
        // Every chunk over letters of both cases, a space and two bytes
        // that must not be taken, from every state.
        let alphabet = *b"aZ .-";
        let mut taken = 0;
        for state in [NONE, IN_WORD, AFTER_JOINER] {
            for n in 0..alphabet.len().pow(8) {
                let mut chunk = [0u8; 8];
                let mut rest = n;
                for b in &mut chunk {
                    *b = alphabet[rest % alphabet.len()];
                    rest /= alphabet.len();
                }
                taken += usize::from(chunk_agrees_with_the_table(chunk, state));
            }
        }
        assert!(taken > 0);
        // Every ASCII byte at every place among letters and spaces.
        for state in [NONE, IN_WORD, AFTER_JOINER] {
            for b in 0..0x80u8 {
                for at in 0..8 {
                    for base in [*b"ab cd ef", *b"Abc Defg", *b" xY z Ww"] {
                        let mut chunk = base;
                        chunk[at] = b;
                        chunk_agrees_with_the_table(chunk, state);
                    }
                }
            }
        }
        // Prose goes eight bytes at a time.
        assert!(chunk_agrees_with_the_table(*b"ver The ", IN_WORD));
        assert!(chunk_agrees_with_the_table(*b"Bridge o", NONE));
    }

    #[test]
    fn features_grow_the_buffer_for_expanding_lower_case() {
        // `İ` (two bytes) lowers to three; `Ⱥ` (two) to `ⱥ` (three).
        for n in [1, 2, 7, 100, 1000, 20_000] {
            let text = "İȺ".repeat(n) + &"a".repeat(n) + &"İ".repeat(n);
            assert_eq!(features(&text), original_features(&text));
        }
    }

    #[test]
    fn block_text_trims_as_str_methods_do() {
        for text in [
            "",
            "x",
            "   x  ",
            " \t\x0b\x0c\r\n x",
            "\u{a0}\u{3000} x",
            "  \u{2003}\u{85}y",
            "  \u{1c}z",
            "  é",
            "   ",
            "        ",
            "                 \tx",
            "                \u{a0}x",
            "        +        y",
        ] {
            let block = Block {
                span: 0..text.len(),
                kind: BlockKind::Line,
                words: 0,
                fingerprint: 0,
            };
            assert_eq!(block.text(text), text.trim_start(), "{text:?}");
        }
    }

    #[test]
    fn plain_splits_as_str_methods_do() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            " \t\x0b\x0c\r\n x \r\n\u{a0}\n y\u{a0}\u{2003} \n\u{3000}z\u{85}",
            "\u{1c}\u{1f} keep\u{1c}\n\u{200b}\n",
            "one\n\n\ntwo  \nthree",
        ] {
            let spans: Vec<_> = Document::plain(text)
                .blocks
                .into_iter()
                .map(|b| b.span)
                .collect();
            assert_eq!(spans, reference_spans(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn features_and_spans_agree_with_the_reference(
            text in "([a-zA-Z0-9 '’¿\u{FFFD}\\-\t\n\r.,!?]|[\u{80}-\u{7ff}]|[İȺΣЁа-я]|[\u{2000}-\u{3000}]|\\PC)*"
        ) {
            proptest::prop_assert_eq!(features(&text), original_features(&text));
            let doc = Document::plain(&text);
            let spans: Vec<_> = doc.blocks.iter().map(|b| b.span.clone()).collect();
            proptest::prop_assert_eq!(spans, reference_spans(&text));
            for block in &doc.blocks {
                proptest::prop_assert_eq!(block.text(&text), text[block.span.clone()].trim_start());
            }
        }
    }

    #[test]
    fn sentence_endings() {
        assert!(ends_sentence("He left."));
        assert!(ends_sentence("‘Where is it?’"));
        assert!(ends_sentence("Last updated:"));
        assert!(!ends_sentence("A caption without a stop"));
        assert!(!ends_sentence("Dr"));
        // Chinese and Japanese stops, a closing corner bracket after one.
        assert!(ends_sentence("新茶の初取引が行われた。"));
        assert!(ends_sentence(
            "「価格が上がっても作り手がいなければ続かない。」"
        ));
        assert!(ends_sentence("这是为什么？"));
        assert!(!ends_sentence("静岡の新茶初取引、手もみ茶に過去最高の値"));
    }
}
