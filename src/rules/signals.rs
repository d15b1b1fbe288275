//! Text signals shared by the block rules.

use std::ops::Range;
use std::sync::LazyLock;

use crate::segment::{ends_sentence, Document};
use crate::swar::splat;

/// Common English function words, ignored when comparing what two blocks say.
const STOPWORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "but", "by", "can", "could", "did", "do", "for", "from", "had", "has", "have", "he", "her",
    "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "more", "not", "of", "on",
    "or", "our", "out", "over", "said", "says", "she", "so", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "to", "up", "was", "we", "were", "what",
    "when", "which", "while", "who", "will", "with", "would", "you", "your",
];

/// Whether `word` (lower case) is a common function word.
pub fn is_stopword(word: &str) -> bool {
    word.len() <= 5 && STOPWORDS.binary_search(&word).is_ok()
}

/// The share of the words of `text` that are English function words
/// ([`STOPWORDS`]): a third or more in English prose, next to none in
/// another language. 0 for a text without words.
pub fn english_share(text: &str) -> f64 {
    let (mut words, mut stopwords) = (0usize, 0usize);
    for word in text
        .split(|c: char| !is_alphanumeric(c))
        .filter(|w| !w.is_empty())
    {
        words += 1;
        stopwords += usize::from(is_stopword_token(word));
    }
    if words == 0 {
        0.0
    } else {
        stopwords as f64 / words as f64
    }
}

/// Whether `word` is a stopword in any case (`The`, `AND`): the same as
/// `is_stopword(&word.to_lowercase())`, without a copy for ASCII words.
fn is_stopword_token(word: &str) -> bool {
    if !word.is_ascii() {
        return is_stopword(&word.to_lowercase());
    }
    let mut lower = [0u8; 5];
    let Some(lower) = lower.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    // ASCII bytes are always valid UTF-8.
    std::str::from_utf8(lower).is_ok_and(is_stopword)
}

/// Hashes of the stopwords, as [`content_words`] hashes words, sorted.
const STOPWORD_HASHES: [u64; STOPWORDS.len()] = {
    let mut hashes = [0; STOPWORDS.len()];
    let mut i = 0;
    while i < hashes.len() {
        hashes[i] = word_hash(STOPWORDS[i].as_bytes());
        // Insertion sort: shift the larger hashes before it one place up.
        let mut j = i;
        while j > 0 && hashes[j - 1] > hashes[j] {
            let larger = hashes[j - 1];
            hashes[j - 1] = hashes[j];
            hashes[j] = larger;
            j -= 1;
        }
        i += 1;
    }
    hashes
};

/// A quick hash of a word's lower-case bytes (only compared within one
/// document, never stored), as [`for_each_word`] hashes words.
const fn word_hash(bytes: &[u8]) -> u64 {
    let mut hasher = WordHasher::NEW;
    let mut i = 0;
    while i < bytes.len() {
        hasher = hasher.push(bytes[i] as u64, 1);
        i += 1;
    }
    hasher.finish()
}

/// The hash of a word being read: its lower-case bytes are packed eight to
/// a chunk (the first byte lowest) and each full chunk is mixed into the
/// hash at once. A word's bytes are never 0, so the zeros that pad its last
/// chunk tell it apart from longer words.
#[derive(Clone, Copy)]
struct WordHasher {
    /// The hash of the full chunks so far.
    hash: u64,
    /// The bytes of the chunk being filled.
    chunk: u64,
    /// How many bytes `chunk` holds (0 to 7).
    filled: u32,
}

impl WordHasher {
    /// The hasher of the empty word.
    const NEW: WordHasher = WordHasher {
        hash: 0xcbf2_9ce4_8422_2325,
        chunk: 0,
        filled: 0,
    };

    /// The hasher extended by `len` bytes (1 to 8), held in `bytes` first
    /// byte lowest, with the bytes above them 0.
    #[inline(always)]
    const fn push(self, bytes: u64, len: u32) -> WordHasher {
        let shift = 8 * self.filled;
        let chunk = self.chunk | bytes << shift;
        let filled = self.filled + len;
        if filled < 8 {
            return WordHasher {
                hash: self.hash,
                chunk,
                filled,
            };
        }
        WordHasher {
            hash: mix_chunk(self.hash, chunk),
            // The bytes that did not fit in the chunk.
            chunk: if shift == 0 { 0 } else { bytes >> (64 - shift) },
            filled: filled - 8,
        }
    }

    /// The hash of the word. Its top bits, which the filters read (six
    /// and eight of them), come out of the last multiplication and depend
    /// on every byte of the last chunk and on the hash before it.
    #[inline(always)]
    const fn finish(self) -> u64 {
        if self.filled > 0 {
            mix_chunk(self.hash, self.chunk)
        } else {
            self.hash
        }
    }
}

/// The hash of a word extended by one chunk of eight bytes: one to one in
/// the chunk for a given hash, so no two words of up to eight bytes share
/// a hash.
#[inline(always)]
const fn mix_chunk(hash: u64, chunk: u64) -> u64 {
    (hash.rotate_left(23) ^ chunk).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// The classes of eight bytes of text (the first byte lowest), as the top
/// bit of each byte: ASCII letters and digits (word bytes), and the other
/// ASCII bytes (separators). Bytes of other characters are in neither.
#[inline(always)]
fn ascii_classes(bytes: u64) -> (u64, u64) {
    // Per byte, with no carry across bytes (`hasbetween` of the bit
    // twiddling hacks): the top bit is set where the low seven bits lie
    // strictly between two bounds.
    let low = bytes & splat(0x7f);
    let folded = low | splat(0x20);
    let letter = (splat(127 + b'z' + 1) - folded) & (folded + splat(127 - (b'a' - 1)));
    let digit = (splat(127 + b'9' + 1) - low) & (low + splat(127 - (b'0' - 1)));
    let ascii = !bytes & splat(0x80);
    let word = (letter | digit) & ascii;
    (word, ascii ^ word)
}

/// The eight bytes of `bytes` from `i` (the first lowest), padded with 0
/// past its end.
#[inline(always)]
fn load8(bytes: &[u8], i: usize) -> u64 {
    let rest = bytes.get(i..).unwrap_or_default();
    match rest.first_chunk::<8>() {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => {
            let mut chunk = [0; 8];
            chunk[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(chunk)
        }
    }
}

/// Calls `f` with the hash and the length in characters of each word of
/// `text` (a run of alphanumeric characters), in order. A word is hashed as
/// `word_hash` hashes its lower-case bytes.
#[inline(always)]
fn for_each_word(text: &str, mut f: impl FnMut(u64, usize)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time: the ASCII letters and digits from `i`, and
        // the ASCII separators after them (the zeros past the end of the
        // text count as separators).
        let window = load8(bytes, i);
        if window & 0x80 != 0 {
            // A character outside ASCII.
            let (hash, chars, end) = read_word(text, i);
            if chars > 0 {
                f(hash, chars);
            }
            i = end;
            continue;
        }
        let (word_bytes, separators) = ascii_classes(window);
        let stops = !word_bytes & splat(0x80);
        let run = stops.trailing_zeros() / 8;
        if run < 8 {
            let gap = (!(separators >> (8 * run)) & splat(0x80)).trailing_zeros() / 8;
            if gap > 0 {
                // The most common case: a whole ASCII word of up to seven
                // characters (or none) and the separators after it.
                if run > 0 {
                    let keep = (1 << (8 * run)) - 1;
                    // `| 0x20` lowers an ASCII letter and leaves a digit
                    // as it is.
                    let word = WordHasher::NEW.push((window | splat(0x20)) & keep, run);
                    f(word.finish(), run as usize);
                }
                i += (run + gap) as usize;
                continue;
            }
        }
        // A word of eight ASCII letters or more: whole chunks while they
        // last.
        if run == 8 {
            if let Some((hash, chars, end)) = long_ascii_word(bytes, i, window) {
                f(hash, chars);
                i = end;
                continue;
            }
        }
        // A word with characters outside ASCII.
        let (hash, chars, end) = read_word(text, i);
        if chars > 0 {
            f(hash, chars);
        }
        i = end;
    }
}

/// Reads the word of ASCII letters and digits that starts at byte `i` of
/// `bytes` with the eight in `window`: its hash, its length and where the
/// separators after it end; `None` if a character outside ASCII follows it
/// (the word may go on).
#[inline(always)]
fn long_ascii_word(bytes: &[u8], i: usize, window: u64) -> Option<(u64, usize, usize)> {
    let mut hash = mix_chunk(WordHasher::NEW.hash, window | splat(0x20));
    let mut j = i + 8;
    loop {
        let window = load8(bytes, j);
        let (word_bytes, separators) = ascii_classes(window);
        let stops = !word_bytes & splat(0x80);
        let run = stops.trailing_zeros() / 8;
        if run == 8 {
            hash = mix_chunk(hash, window | splat(0x20));
            j += 8;
            continue;
        }
        let gap = (!(separators >> (8 * run)) & splat(0x80)).trailing_zeros() / 8;
        if gap == 0 {
            return None;
        }
        if run > 0 {
            let keep = (1 << (8 * run)) - 1;
            hash = mix_chunk(hash, (window | splat(0x20)) & keep);
        }
        let end = j + run as usize;
        return Some((hash, end - i, end + gap as usize));
    }
}

/// Reads the word that starts at byte `i` of `text` (at a character):
/// its hash, its length in characters (0 if there is none) and where the
/// text after it starts. A character outside ASCII that ends the word is
/// read with it.
#[inline(never)]
fn read_word(text: &str, mut i: usize) -> (u64, usize, usize) {
    let bytes = text.as_bytes();
    let mut word = WordHasher::NEW;
    let mut chars = 0;
    // The lower case of a character outside the fast ranges.
    let mut other = Vec::new();
    loop {
        // ASCII letters and digits, eight at a time.
        let window = load8(bytes, i);
        let stops = !ascii_classes(window).0 & splat(0x80);
        let run = stops.trailing_zeros() / 8;
        if run > 0 {
            // All bits below the first stop's byte; all bits when none.
            let keep = ((stops & stops.wrapping_neg()) >> 7).wrapping_sub(1);
            word = word.push((window | splat(0x20)) & keep, run);
            chars += run as usize;
            i += run as usize;
            if run == 8 {
                continue;
            }
        }
        // Characters outside ASCII, one at a time.
        while let Some(&first) = bytes.get(i).filter(|&&b| b >= 0x80) {
            // The Russian alphabet and `Ѐ`–`џ` (U+0400 to U+045F), all
            // letters, lowered by arithmetic.
            if let (0xd0 | 0xd1, Some(&second)) = (first, bytes.get(i + 1)) {
                let code = u32::from(first & 0x1f) << 6 | u32::from(second & 0x3f);
                if code <= 0x45f {
                    let lower = match code {
                        0x400..=0x40f => code + 0x50,
                        0x410..=0x42f => code + 0x20,
                        _ => code,
                    };
                    let lead = 0xc0 | lower >> 6;
                    let trail = 0x80 | lower & 0x3f;
                    word = word.push(u64::from(lead | trail << 8), 2);
                    chars += 1;
                    i += 2;
                    continue;
                }
            }
            let c = match bytes.get(i + 1) {
                // Two bytes (Latin, Greek, Cyrillic): decoded here.
                Some(&second) if first < 0xe0 => {
                    let code = u32::from(first & 0x1f) << 6 | u32::from(second & 0x3f);
                    char::from_u32(code).unwrap_or(' ')
                }
                _ => text
                    .get(i..)
                    .and_then(|rest| rest.chars().next())
                    .unwrap_or(' '),
            };
            i += c.len_utf8();
            if !is_alphanumeric(c) {
                return (word.finish(), chars, i);
            }
            if let Some(lower) = lowercase(c) {
                let code = u32::from(lower);
                word = if code < 0x80 {
                    word.push(u64::from(code), 1)
                } else if code < 0x800 {
                    let lead = 0xc0 | code >> 6;
                    let trail = 0x80 | code & 0x3f;
                    word.push(u64::from(lead | trail << 8), 2)
                } else {
                    let mut buf = [0; 4];
                    let encoded = lower.encode_utf8(&mut buf).len();
                    word.push(u64::from(u32::from_le_bytes(buf)), encoded as u32)
                };
            } else {
                other.clear();
                crate::segment::push_lowercase(&mut other, c.encode_utf8(&mut [0; 4]));
                for &byte in &other {
                    word = word.push(u64::from(byte), 1);
                }
            }
            chars += 1;
        }
        if !bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            return (word.finish(), chars, i);
        }
    }
}

/// Whether `word` is an e-mail address: a user of letters, figures, dots,
/// underscores or dashes, an `@`, and a host with a dot in it (a dot that
/// ends the word ends a sentence, not the host): `tips@ledger.com`.
pub fn is_email_address(word: &str) -> bool {
    word.split_once('@').is_some_and(|(user, host)| {
        !user.is_empty()
            && user
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
            && host.trim_end_matches('.').contains('.')
    })
}

/// `c.is_alphanumeric()`, answered without the Unicode tables for Latin and
/// Cyrillic letters and general punctuation.
pub fn is_alphanumeric(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' => c.is_ascii_alphanumeric(),
        '\u{D7}' | '\u{F7}' => false,
        '\u{C0}'..='\u{24F}' | '\u{400}'..='\u{481}' | '\u{48A}'..='\u{52F}' => true,
        '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// The lower case of `c` when it is one character and known without the
/// Unicode tables (ASCII, Latin-1 and basic Cyrillic letters); `None` for
/// the rest.
fn lowercase(c: char) -> Option<char> {
    let shift = match c {
        'A'..='Z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{DE}' | '\u{410}'..='\u{42F}' => 0x20,
        '\u{400}'..='\u{40F}' => 0x50,
        '\0'..='\u{7F}' | '\u{DF}'..='\u{FF}' | '\u{430}'..='\u{45F}' => 0,
        _ => return None,
    };
    char::from_u32(u32::from(c) + shift)
}

/// Whether a word of `chars` characters hashed to `hash` is a content word:
/// three or more characters, not a stopword.
#[inline(always)]
fn is_content_word(hash: u64, chars: usize) -> bool {
    // No stopword is longer than five characters.
    chars >= 3 && (chars > 5 || !is_stopword_hash(hash))
}

/// Whether `hash` is a stopword's, as [`content_words`] hashes words.
#[inline(always)]
fn is_stopword_hash(hash: u64) -> bool {
    let [a, b] = STOPWORD_PLACES[(hash >> 56) as usize];
    hash == a || hash == b
}

/// The stopword hashes by their top eight bits, two places for each value
/// (the build fails if three stopwords ever share one). A place left empty
/// holds a stopword hash of other top bits, which no hash looked up there
/// can equal.
const STOPWORD_PLACES: [[u64; 2]; 256] = {
    let first = STOPWORD_HASHES[0];
    let last = STOPWORD_HASHES[STOPWORD_HASHES.len() - 1];
    assert!(first >> 56 != last >> 56, "stopword hashes spread");
    let mut places = [[0; 2]; 256];
    let mut top = 0;
    while top < 256 {
        let other = if first >> 56 == top as u64 {
            last
        } else {
            first
        };
        places[top] = [other, other];
        top += 1;
    }
    let mut filled = [0; 256];
    let mut i = 0;
    while i < STOPWORD_HASHES.len() {
        let top = (STOPWORD_HASHES[i] >> 56) as usize;
        assert!(
            filled[top] < 2,
            "three stopword hashes share their top eight bits"
        );
        places[top][filled[top]] = STOPWORD_HASHES[i];
        filled[top] += 1;
        i += 1;
    }
    places
};

/// Appends the hashed content words of `text` to `out`, in text order,
/// repeats included.
pub fn push_content_words(text: &str, out: &mut Vec<u64>) {
    let start = out.len();
    // Room for every content word: each takes three bytes or more, and
    // all but the last a separator after it.
    out.resize(start + (text.len() + 1) / 4, 0);
    let room = &mut out[start..];
    let mut found = 0;
    for_each_word(text, |hash, chars| {
        if is_content_word(hash, chars) {
            if let Some(slot) = room.get_mut(found) {
                *slot = hash;
                found += 1;
            }
        }
    });
    out.truncate(start + found);
}

/// The content words of `text`, hashed: words of three or more characters
/// that are not stopwords, compared without case; sorted and deduplicated.
pub fn content_words(text: &str) -> Vec<u64> {
    let mut words = Vec::new();
    push_content_words(text, &mut words);
    words.sort_unstable();
    words.dedup();
    words
}

/// Whether block `j` of `doc` holds words and ends like a sentence.
pub fn is_sentence(doc: &Document<'_>, j: usize) -> bool {
    doc.blocks
        .get(j)
        .is_some_and(|b| b.words > 0 && ends_sentence(b.text(doc.text)))
}

/// Whether block `i` stands right above or below a block that ends like
/// a sentence.
pub fn beside_a_sentence(doc: &Document<'_>, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|j| is_sentence(doc, j)) || is_sentence(doc, i + 1)
}

/// Share of `words` (sorted, deduplicated) also found in `other` (sorted,
/// deduplicated); 0 when `words` is empty.
#[cfg(test)]
pub fn overlap(words: &[u64], other: &[u64]) -> f64 {
    if words.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < words.len() && j < other.len() {
        match words[i].cmp(&other[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared as f64 / words.len() as f64
}

/// The content words of one text, for asking whether other texts hold a
/// given share of them without listing the other texts' words.
pub struct ContentWords {
    /// The words' hashes, sorted and deduplicated.
    words: Vec<u64>,
    /// One bit per hash's top six bits: a word whose bit is clear is not
    /// among `words`.
    bloom: u64,
    /// Which of `words` the text under inspection holds, one bit each.
    seen: Vec<u64>,
    /// The last share asked for (its bits) and the fewest words that reach
    /// it (`None`: no number of them does).
    need: Option<(u64, Option<usize>)>,
}

impl ContentWords {
    /// The content words of `text`, as [`content_words`] lists them.
    pub fn new(text: &str) -> Self {
        Self::from_words(content_words(text))
    }

    /// The content words of a text whose hashed content words, as
    /// [`push_content_words`] gives them, are `hashes`: the same as
    /// [`ContentWords::new`] on that text, without reading it again.
    pub fn from_hashes(hashes: &[u64]) -> Self {
        let mut words = hashes.to_vec();
        words.sort_unstable();
        words.dedup();
        Self::from_words(words)
    }

    /// The content words whose hashes, sorted and deduplicated, are `words`.
    fn from_words(words: Vec<u64>) -> Self {
        let bloom = words.iter().fold(0, |bloom, &w| bloom | 1 << (w >> 58));
        let seen = vec![0; words.len().div_ceil(64)];
        ContentWords {
            words,
            bloom,
            seen,
            need: None,
        }
    }

    /// Whether `other` (hashed content words in any order, repeats
    /// allowed, as [`push_content_words`] gives them) holds at least `share`
    /// of these words: the same answer as `overlap(&self.words,
    /// &sorted_deduplicated(other)) >= share`, stopping once it is known.
    pub fn share_found_in(&mut self, other: &[u64], share: f64) -> bool {
        let n = self.words.len();
        if n == 0 {
            return 0.0 >= share;
        }
        // The fewest shared words that reach the share (the same share is
        // asked for again and again).
        let need = match self.need {
            Some((bits, need)) if bits == share.to_bits() => need,
            _ => {
                let need = (0..=n).find(|&k| k as f64 / n as f64 >= share);
                self.need = Some((share.to_bits(), need));
                need
            }
        };
        let Some(need) = need else {
            return false;
        };
        if other.len() < need {
            return false;
        }
        self.seen.fill(0);
        let mut found = 0;
        for &hash in other {
            if found >= need {
                break;
            }
            if self.bloom & 1 << (hash >> 58) == 0 {
                continue;
            }
            if let Ok(k) = self.words.binary_search(&hash) {
                let bit = 1 << (k % 64);
                if self.seen[k / 64] & bit == 0 {
                    self.seen[k / 64] |= bit;
                    found += 1;
                }
            }
        }
        found >= need
    }
}

/// The hashed content words of a document's blocks, read once each, as far
/// as they have been asked for, less those forgotten.
#[derive(Default)]
pub struct BlockWords {
    /// The content words of blocks `first..first + ends.len()`, one block
    /// after another.
    hashes: Vec<u64>,
    /// Where each block's words end in `hashes`.
    ends: Vec<usize>,
    /// The first block whose words are kept: those before it are
    /// forgotten, or were never read.
    first: usize,
}

impl BlockWords {
    /// The content words of block `j`, if they have been read already.
    pub fn read(&self, j: usize) -> Option<&[u64]> {
        let k = j.checked_sub(self.first)?;
        let end = *self.ends.get(k)?;
        let start = if k == 0 { 0 } else { self.ends[k - 1] };
        self.hashes.get(start..end)
    }

    /// The content words of block `j` of `doc`, as [`push_content_words`]
    /// gives them.
    pub fn of(&mut self, doc: &Document<'_>, j: usize) -> &[u64] {
        if j < self.first {
            // Forgotten: start again from it.
            self.forget_before(usize::MAX);
            self.first = j;
        }
        if self.ends.is_empty() && self.first == 0 {
            // A content word takes three bytes and a separator: room for
            // the whole document at once.
            self.hashes.reserve(doc.text.len() / 4 + 1);
        }
        while self.first + self.ends.len() <= j {
            push_content_words(
                doc.block_text(self.first + self.ends.len()),
                &mut self.hashes,
            );
            self.ends.push(self.hashes.len());
        }
        let k = j - self.first;
        let start = if k == 0 { 0 } else { self.ends[k - 1] };
        &self.hashes[start..self.ends[k]]
    }

    /// Lets the words of blocks before `j` go: a caller that moves through
    /// a long document asking only for blocks near its position keeps the
    /// words of those blocks alone, not of every block passed, and blocks
    /// before `j` not read yet are never read. The words go once they
    /// outweigh the words kept, so that moving the kept ones costs no more
    /// than reading them did.
    pub fn forget_before(&mut self, j: usize) {
        let k = j.saturating_sub(self.first);
        if k == 0 {
            return;
        }
        if k >= self.ends.len() {
            self.hashes.clear();
            self.ends.clear();
            self.first = j;
            return;
        }
        let cut = self.ends[k - 1];
        if cut < self.hashes.len() - cut {
            return;
        }
        self.hashes.drain(..cut);
        self.ends.drain(..k);
        for end in &mut self.ends {
            *end -= cut;
        }
        self.first = j;
    }
}

/// A compiled pattern, or why it does not compile.
type Built = Result<regex_automata::meta::Regex, Box<regex_automata::meta::BuildError>>;

/// Compiles `pattern` as `regex::Regex::new` does (the same matches), with
/// or without the lazy DFA (`hybrid`) and the prefilter of literals drawn
/// from the pattern (`prefilter`).
fn build(pattern: &str, hybrid: bool, prefilter: bool) -> Built {
    regex_automata::meta::Regex::builder()
        .configure(
            regex_automata::meta::Config::new()
                .hybrid(hybrid)
                .auto_prefilter(prefilter),
        )
        .build(pattern)
        .map_err(Box::new)
}

/// Compiles `pattern` for short lines (bylines, credits): the same matches
/// as `regex::Regex::new(pattern)` finds, without the lazy DFA and the
/// reverse automaton it needs, which halves the cost of compiling; the
/// engines left are quick on a line.
pub fn line_regex(pattern: &str) -> Built {
    build(pattern, false, true)
}

/// Compiles `pattern` as [`line_regex`] does, without the prefilter of
/// literals it would draw from the pattern: the same matches, for patterns
/// run on few short lines (behind a cheaper check), where drawing the
/// literals out of a long list of words costs more than it ever saves.
pub fn rare_line_regex(pattern: &str) -> Built {
    build(pattern, false, false)
}

/// Compiles `pattern` with every engine of `regex::Regex` but without the
/// prefilter of literals it would draw from the pattern: the same matches,
/// for patterns of many alternative words run on short texts behind a
/// cheaper check, where drawing the literals out costs more than the lazy
/// DFA loses without them.
pub fn unfiltered_regex(pattern: &str) -> Built {
    build(pattern, true, false)
}

/// A list of whole phrases in any ASCII case, found as the regular
/// expression `(?-u:\b)(?i-u:p1|p2|…)(?-u:\b)` finds them, without
/// compiling one (nor an automaton: the lists are short, and so are the
/// texts searched): each phrase starts with an ASCII letter or digit, so
/// a match starts where a word does, and ends where one does. A phrase
/// that ends outside ASCII (`scopri di più`) ends where no ASCII letter,
/// digit or `_` follows (`(?-u:\B)` there, where the regex's `\b` would
/// want one to follow).
///
/// Where matches overlap, the leftmost wins and, of those that start
/// there, the phrase listed first: list an optional ending as the regex
/// would try it (`newsletters` before `newsletter` for `newsletters?`).
/// Bytes outside ASCII in a phrase match only themselves.
pub struct Phrases {
    /// The phrases by their first byte in lower case, then by their place
    /// in the list.
    by_first: Vec<(u8, usize, Box<str>)>,
}

impl Phrases {
    /// The finder of `phrases`, each starting with an ASCII letter or
    /// digit.
    pub fn new(phrases: &[&str]) -> Phrases {
        debug_assert!(phrases
            .iter()
            .all(|p| p.as_bytes().first().is_some_and(|&c| is_ascii_word_byte(c))));
        let mut by_first: Vec<(u8, usize, Box<str>)> = phrases
            .iter()
            .enumerate()
            .map(|(i, p)| (p.as_bytes()[0].to_ascii_lowercase(), i, Box::from(*p)))
            .collect();
        by_first.sort_unstable();
        Phrases { by_first }
    }

    /// The end of the first phrase in the list that stands whole at byte
    /// `start` of `text` (where a word starts).
    fn phrase_at(&self, text: &str, start: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let first = bytes[start].to_ascii_lowercase();
        let from = self.by_first.partition_point(|&(b, ..)| b < first);
        self.by_first[from..]
            .iter()
            .take_while(|&&(b, ..)| b == first)
            .find_map(|(.., phrase)| {
                let end = start + phrase.len();
                let whole = bytes
                    .get(start..end)
                    .is_some_and(|head| head.eq_ignore_ascii_case(phrase.as_bytes()))
                    && if is_ascii_word_byte(phrase.as_bytes()[phrase.len() - 1]) {
                        is_ascii_word_boundary(text, end)
                    } else {
                        !bytes.get(end).is_some_and(|&b| is_ascii_word_byte(b))
                    };
                whole.then_some(end)
            })
    }

    /// Where words start in `text` from byte `from`: an ASCII letter, digit
    /// or `_` after a byte that is none (or the start).
    fn word_starts(text: &str, from: usize) -> impl Iterator<Item = usize> + '_ {
        let bytes = text.as_bytes();
        (from..bytes.len()).filter(move |&i| {
            is_ascii_word_byte(bytes[i]) && (i == 0 || !is_ascii_word_byte(bytes[i - 1]))
        })
    }

    /// Whether a phrase stands whole in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        Self::word_starts(text, 0).any(|start| self.phrase_at(text, start).is_some())
    }

    /// Where the phrases stand in `text`, in order and not overlapping, as
    /// `find_iter` of the regular expression finds them.
    pub fn find_all(&self, text: &str) -> Vec<Range<usize>> {
        let mut found = Vec::new();
        let mut from = 0;
        while let Some((start, end)) = Self::word_starts(text, from)
            .find_map(|start| Some((start, self.phrase_at(text, start)?)))
        {
            found.push(start..end);
            from = end;
        }
        found
    }
}

/// Where `needle` (ASCII) starts in `text`, in any ASCII case, in order.
pub fn ascii_case_positions<'t>(
    text: &'t str,
    needle: &'t str,
) -> impl Iterator<Item = usize> + 't {
    let (bytes, needle) = (text.as_bytes(), needle.as_bytes());
    let first = needle.first().copied().unwrap_or(0);
    memchr::memchr2_iter(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        bytes,
    )
    .filter(move |&i| {
        bytes[i..]
            .get(..needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

/// Whether `byte` is an ASCII word character (`(?-u:\w)`).
fn is_ascii_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// Whether an ASCII word boundary (`(?-u:\b)`) stands at byte `i` of
/// `text`.
pub fn is_ascii_word_boundary(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let before = i > 0 && bytes.get(i - 1).is_some_and(|&b| is_ascii_word_byte(b));
    let after = bytes.get(i).is_some_and(|&b| is_ascii_word_byte(b));
    before != after
}

/// Lines to compare a scanner with the regular expression it stands for:
/// the lines of the sample texts, names in other scripts, and each of
/// `phrases` alone, in sentences, in upper and title case, glued to
/// letters, digits and `_` (no word boundary), between curly quotes,
/// spelled with `ſ` and the Kelvin sign `K`, spaced otherwise, and run
/// into the next phrase.
#[cfg(test)]
pub(crate) fn probe_lines(phrases: &[&str]) -> Vec<String> {
    let samples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut lines: Vec<String> = std::fs::read_dir(samples)
        .expect("samples")
        .filter_map(|entry| std::fs::read_to_string(entry.ok()?.path()).ok())
        .flat_map(|text| text.lines().map(str::to_owned).collect::<Vec<_>>())
        .collect();
    lines.extend(
        [
            "Zoë Ångström",
            "Жанна Иванова",
            "By Zoë Ångström",
            "Photo: Жанна Иванова",
            "Ελένη Παπαδοπούλου",
            "김민준",
            "",
            " ",
            "ſ",
            "\u{212A}",
        ]
        .map(str::to_owned),
    );
    for (i, phrase) in phrases.iter().enumerate() {
        let next = phrases[(i + 1) % phrases.len()];
        let mut chars = phrase.chars();
        let title: String = chars
            .next()
            .into_iter()
            .flat_map(char::to_uppercase)
            .chain(chars)
            .collect();
        let half = phrase
            .char_indices()
            .nth(phrase.chars().count() / 2)
            .map_or(0, |(i, _)| i);
        lines.extend([
            phrase.to_string(),
            phrase.to_uppercase(),
            title.clone(),
            format!("{phrase}."),
            format!("Please {phrase} today, Zoë."),
            format!("Жанна: {title}!"),
            format!("x{phrase}"),
            format!("{phrase}s"),
            format!("_{phrase}"),
            format!("{phrase}_"),
            format!("1{phrase} {phrase}2"),
            format!("’{phrase}’ “{title}”"),
            format!("Ж{phrase}é"),
            phrase.replace('s', "ſ"),
            phrase.replace('S', "ſ"),
            phrase.replace('k', "\u{212A}"),
            phrase.replace(' ', "  "),
            phrase.replace(' ', "\u{a0}"),
            phrase.replace(' ', "\n"),
            format!("{phrase} {phrase}"),
            format!("{phrase}{phrase}"),
            format!("{phrase} {next}"),
            format!("{phrase}{next}"),
            format!("{phrase}-{next}"),
            phrase[..half].to_owned(),
        ]);
    }
    lines
}

/// The characters that start an item of a list.
const BULLETS: [char; 9] = ['-', '*', '•', '–', '—', '·', '▪', '►', '>'];

/// Whether `text` starts like an item of a list: a bullet, a dash, or a
/// number or letter followed by `.` or `)`.
pub fn is_list_item(text: &str) -> bool {
    // A line that starts with a visible ASCII character (most do) has
    // nothing to trim and can start only with an ASCII bullet: no
    // character needs decoding.
    let text = match text.as_bytes().first() {
        Some(b'-' | b'*' | b'>') => return true,
        Some(b) if b.is_ascii_graphic() => text,
        _ => {
            let text = text.trim_start();
            if text.starts_with(BULLETS) {
                return true;
            }
            text
        }
    };
    starts_with_marker(text)
}

/// Whether `text` starts with the marker of a numbered or lettered item:
/// one to three digits, or one letter, then `. ` or `) `.
fn starts_with_marker(text: &str) -> bool {
    // A marker is at most three ASCII letters or digits: stop looking at four.
    let marker = text
        .bytes()
        .take(4)
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    let rest = &text.as_bytes()[marker..];
    (1..=3).contains(&marker)
        && (text.as_bytes()[..marker].iter().all(u8::is_ascii_digit) || marker == 1)
        && (rest.starts_with(b". ") || rest.starts_with(b") "))
}

/// Whether most words of `text` start with a capital letter, as in a
/// headline or a section heading (small function words aside).
pub fn is_title_case(text: &str) -> bool {
    if text.is_ascii() {
        return is_title_case_ascii(text.as_bytes());
    }
    is_title_case_of_any_text(text)
}

/// The last character boundary of `text` at or before byte `i` (`i` past
/// the end counts as the end): where a window of bytes read from a text
/// may be cut.
pub fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A list of words, one a line, sorted by their bytes after a header of
/// comment lines (`#` first), searched where it lies: a binary search
/// over the bytes of the text, no list built (collecting the 22,000 given
/// names cost more than cleaning a page).
struct SortedLines(&'static str);

impl SortedLines {
    /// The lines of `text` after its header of comment lines.
    fn new(text: &'static str) -> SortedLines {
        let mut body = text;
        while body.starts_with('#') {
            body = body.split_once('\n').map_or("", |(_, rest)| rest);
        }
        SortedLines(body.trim_end_matches('\n'))
    }

    /// Whether `word` is one of the lines.
    fn contains(&self, word: &str) -> bool {
        let (text, word) = (self.0.as_bytes(), word.as_bytes());
        // The lines between `lo` and `hi`, each end a line's start or end.
        let (mut lo, mut hi) = (0, text.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = memchr::memrchr(b'\n', &text[lo..mid]).map_or(lo, |i| lo + i + 1);
            let end = memchr::memchr(b'\n', &text[start..hi]).map_or(hi, |i| start + i);
            match text[start..end].cmp(word) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => lo = end + 1,
                std::cmp::Ordering::Greater => hi = start.saturating_sub(1).max(lo),
            }
        }
        false
    }

    /// The lines, in order.
    #[cfg(test)]
    fn lines(&self) -> Vec<&'static str> {
        self.0.lines().collect()
    }
}

/// The given names of `given_names.txt` (see its header), sorted by their
/// bytes.
static GIVEN_NAMES: LazyLock<SortedLines> =
    LazyLock::new(|| SortedLines::new(include_str!("given_names.txt")));

/// The given names that are also words, of `given_names_also_words.txt`
/// (see its header), sorted by their bytes.
static GIVEN_NAMES_ALSO_WORDS: LazyLock<SortedLines> =
    LazyLock::new(|| SortedLines::new(include_str!("given_names_also_words.txt")));

/// Whether `word` is a given name (`Marisa`, `Dušan`, `Олег`), written
/// capitalised or in capitals.
pub fn is_given_name(word: &str) -> bool {
    is_in_names(&GIVEN_NAMES, word)
}

/// Whether `word` is a given name that is also a word (`Grace`, `Will`,
/// `Grant`), written capitalised or in capitals: a name only where
/// the text never uses it as a word.
pub fn is_given_name_also_word(word: &str) -> bool {
    is_in_names(&GIVEN_NAMES_ALSO_WORDS, word)
}

/// Whether the capitalised `word` is one of `names`.
fn is_in_names(names: &SortedLines, word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let rest = chars.as_str();
    let found = |name: &str| names.contains(name);
    if rest.chars().all(|c| !c.is_uppercase()) {
        return found(word);
    }
    // `MARISA`: capitalised to look it up.
    let mut capitalised = String::with_capacity(word.len());
    capitalised.push(first);
    capitalised.extend(rest.chars().flat_map(char::to_lowercase));
    found(&capitalised)
}

/// [`is_title_case`] for any text, character by character.
fn is_title_case_of_any_text(text: &str) -> bool {
    let mut words = 0;
    let mut capitalised = 0;
    for word in text.split_whitespace() {
        let Some(first) = word.chars().find(|&c| is_alphanumeric(c)) else {
            continue;
        };
        if words > 0 && is_stopword_token(word) {
            continue;
        }
        words += 1;
        if first.is_uppercase() || first.is_numeric() {
            capitalised += 1;
        }
    }
    words > 0 && capitalised * 5 >= words * 4
}

/// [`is_title_case`] for ASCII text, read byte by byte: in ASCII the
/// whitespace `split_whitespace` splits at is these six bytes, and a
/// character is alphanumeric, upper case or numeric as its byte says. It
/// stops as soon as the words left cannot lift the share of capitalised
/// words to four in five.
fn is_title_case_ascii(text: &[u8]) -> bool {
    let mut words = 0;
    let mut capitalised = 0;
    let mut end = 0;
    for word in text.split(|b| matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')) {
        end += word.len() + 1;
        let Some(&first) = word.iter().find(|b| b.is_ascii_alphanumeric()) else {
            continue;
        };
        // No stopword is longer than five bytes; ASCII bytes are always UTF-8.
        if words > 0 && word.len() <= 5 && std::str::from_utf8(word).is_ok_and(is_stopword_token) {
            continue;
        }
        words += 1;
        if first.is_ascii_uppercase() || first.is_ascii_digit() {
            capitalised += 1;
        }
        // `k` more words take `2k - 1` bytes or more after the separator
        // that ends this one; even all capitalised, they must make up the gap.
        let more = text.len().saturating_sub(end).div_ceil(2);
        if 4 * words > 5 * capitalised + more {
            return false;
        }
    }
    words > 0 && capitalised * 5 >= words * 4
}

/// A paragraph of prose has at least this many words and ends like a
/// sentence.
pub const PROSE_MIN_WORDS: usize = 12;
/// What one English word says, in [`dense_letters`] (a syllable or an
/// ideograph counting three): Korean, Japanese and Chinese write a
/// sentence in few words or none (without spaces), so their paragraphs
/// are measured in letters.
const DENSE_LETTERS_PER_WORD: usize = 5;
/// A paragraph of prose in Korean, Japanese or Chinese has at least this
/// many [`dense_letters`] (twenty syllables or ideographs).
const PROSE_MIN_DENSE_LETTERS: usize = PROSE_MIN_WORDS * DENSE_LETTERS_PER_WORD;

/// Whether block `j` of `doc` is a paragraph of prose: [`PROSE_MIN_WORDS`]
/// words or more (or [`PROSE_MIN_DENSE_LETTERS`]), ending like a sentence.
pub fn is_prose(doc: &Document<'_>, j: usize) -> bool {
    let block = &doc.blocks[j];
    let text = block.text(doc.text);
    (block.words >= PROSE_MIN_WORDS || dense_letters(text) >= PROSE_MIN_DENSE_LETTERS)
        && ends_sentence(text)
}

/// Whether `doc` sets its paragraphs apart with blank lines: half of its
/// paragraphs of [prose](is_prose) or more have a blank line after them or
/// end the text, and there are three or more. In such a text, lines held
/// by a single line break belong together.
pub fn paragraphs_set_apart(doc: &Document<'_>) -> bool {
    let n = doc.blocks.len();
    let (mut paragraphs, mut apart) = (0, 0);
    for i in 0..n {
        if is_prose(doc, i) {
            paragraphs += 1;
            apart += usize::from(i + 1 == n || doc.breaks_after(i) >= 2);
        }
    }
    paragraphs >= 3 && 2 * apart >= paragraphs
}

/// Index of the first block that reads as article body: a sentence-ended
/// paragraph of at least 15 words. Blocks before it are the header zone
/// (headline, standfirst, byline).
pub fn first_body_block(doc: &Document<'_>) -> Option<usize> {
    (0..doc.blocks.len()).find(|&i| is_body_paragraph(doc, i))
}

/// Whether block `i` of `doc` is a paragraph of the body: a sentence of
/// [`BODY_MIN_WORDS`] words or more (or of [`BODY_MIN_DENSE_LETTERS`] in Korean,
/// Japanese or Chinese).
pub fn is_body_paragraph(doc: &Document<'_>, i: usize) -> bool {
    let text = doc.block_text(i);
    (doc.blocks[i].words >= BODY_MIN_WORDS || dense_letters(text) >= BODY_MIN_DENSE_LETTERS)
        && ends_sentence(text)
}

/// A paragraph of the body has at least this many words.
const BODY_MIN_WORDS: usize = 15;
/// A paragraph in Korean, Japanese or Chinese says in a few words (or
/// none, without spaces) what takes fifteen in English: it counts as a
/// body paragraph with this many [`dense_letters`].
const BODY_MIN_DENSE_LETTERS: usize = BODY_MIN_WORDS * DENSE_LETTERS_PER_WORD;

/// Whether `c` is a letter of Hangul, kana or the CJK ideographs: a
/// syllable or a word, where a Latin letter is a sound.
fn is_dense_letter(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}')
}

/// The [dense letters](is_dense_letter) of `text`, each counting for three
/// (0 for a text of other scripts).
pub fn dense_letters(text: &str) -> usize {
    if text.is_ascii() {
        return 0;
    }
    3 * text.chars().filter(|&c| is_dense_letter(c)).count()
}

/// The letters of `text`, a [dense letter](is_dense_letter) counting for
/// three.
pub fn weighted_letters(text: &str) -> usize {
    text.chars()
        .filter(|c| c.is_alphabetic())
        .map(|c| if is_dense_letter(c) { 3 } else { 1 })
        .sum()
}

/// A table of `bytes`, each marked in lower case and in capitals: what
/// one byte of a text is looked up in, to pass over most lines.
pub(crate) fn bytes_in_either_case(bytes: impl Iterator<Item = u8>) -> [bool; 256] {
    let mut table = [false; 256];
    for byte in bytes {
        table[usize::from(byte)] = true;
        table[usize::from(byte.to_ascii_uppercase())] = true;
    }
    table
}

/// The most bytes of the words of `words`: the window a search for any
/// of them needs.
pub(crate) const fn longest(words: &[&str]) -> usize {
    let (mut most, mut i) = (0, 0);
    while i < words.len() {
        if words[i].len() > most {
            most = words[i].len();
        }
        i += 1;
    }
    most
}

/// Whether the document reads as verse or lyrics rather than prose: most
/// blocks are short lines without sentence punctuation.
pub fn is_verse(doc: &Document<'_>) -> bool {
    let n = doc.blocks.len();
    if n < 6 {
        return false;
    }
    // Short by their words first: a text of long lines (most) is told
    // without reading its letters.
    let by_words = doc.blocks.iter().filter(|b| b.words <= 10).count();
    if by_words * 10 < n * 7 {
        return false;
    }
    // Korean, Japanese and Chinese write a line of many words with few
    // spaces or none: their letters count (see `dense_letters`).
    let dense = |b: &crate::segment::Block| dense_letters(b.text(doc.text));
    let short = doc
        .blocks
        .iter()
        .filter(|b| b.words <= 10 && dense(b) < VERSE_LINE_MAX_DENSE_LETTERS)
        .count();
    let long = doc
        .blocks
        .iter()
        .filter(|b| b.words >= 25 || dense(b) >= BODY_MIN_DENSE_LETTERS)
        .count();
    short * 10 >= n * 7 && long * 10 < n
}

/// The most [dense letters](dense_letters) of a line of verse in Korean,
/// Japanese or Chinese (twenty syllables or characters).
const VERSE_LINE_MAX_DENSE_LETTERS: usize = 60;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_share_tells_english_from_other_languages() {
        assert!(
            english_share("The council voted on Tuesday to approve the budget for the year.") > 0.3
        );
        assert!(
            english_share("Banjir besar melanda ibu kota pada hari Selasa setelah hujan deras.")
                < 0.1
        );
        assert!(english_share("Сильное наводнение обрушилось на столицу во вторник.") < 0.1);
        assert_eq!(english_share(""), 0.0);
    }

    #[test]
    fn korean_japanese_and_chinese_letters_count_for_three() {
        assert_eq!(dense_letters("집을 떠나야 했다"), 21);
        assert_eq!(dense_letters("東京都"), 9);
        assert_eq!(dense_letters("Plain ASCII text"), 0);
        assert_eq!(weighted_letters("ab 집을"), 8);
        let text = "수도에 홍수\n\n화요일 사흘간 폭우가 내린 뒤 수도에 큰 홍수가 발생해 강가에 사는 수백 가구가 집을 떠나야 했다고 당국이 밝혔다.\n";
        let doc = Document::plain(text);
        assert_eq!(first_body_block(&doc), Some(1));
    }

    #[test]
    fn given_names_in_many_languages_but_no_common_word() {
        for name in [
            "Marisa", "Jonathan", "Dušan", "Ahmet", "MICHELLE", "Олег", "Þorgeir",
        ] {
            assert!(is_given_name(name), "{name}");
        }
        for word in [
            "Key", "Memorial", "Summer", "Will", "Mark", "Price", "marisa", "", "M",
        ] {
            assert!(!is_given_name(word), "{word}");
        }
        let names = GIVEN_NAMES.lines();
        assert!(names.len() > 20_000);
        assert!(names.windows(2).all(|w| w[0] < w[1]));
        // Every line is found, and nothing between two lines.
        for pair in names.windows(2) {
            assert!(GIVEN_NAMES.contains(pair[0]), "{}", pair[0]);
            let between = format!("{}\u{0}", pair[0]);
            assert!(!GIVEN_NAMES.contains(&between), "{between}");
        }
        assert!(GIVEN_NAMES.contains(names[names.len() - 1]));
        assert!(!GIVEN_NAMES.contains(""));
        assert!(!GIVEN_NAMES.contains("\u{10FFFF}"));
    }

    #[test]
    fn given_names_that_are_also_words() {
        for name in ["Grace", "WINTER", "Will", "Grant", "Faith"] {
            assert!(is_given_name_also_word(name), "{name}");
            assert!(!is_given_name(name), "{name}");
        }
        // Kept as names for their use, though a word list holds them.
        for name in ["John", "David", "Tony", "Santiago"] {
            assert!(is_given_name(name), "{name}");
            assert!(!is_given_name_also_word(name), "{name}");
        }
        for word in ["Marisa", "Key", "Memorial", "Quick", "john", ""] {
            assert!(!is_given_name_also_word(word), "{word}");
        }
        let names = GIVEN_NAMES_ALSO_WORDS.lines();
        assert!(names.windows(2).all(|w| w[0] < w[1]));
        assert!(names
            .iter()
            .all(|name| GIVEN_NAMES_ALSO_WORDS.contains(name)));
    }

    #[test]
    fn stopwords_are_sorted() {
        let mut sorted = STOPWORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, STOPWORDS);
    }

    /// `is_stopword` and `content_words` skip the lookup for longer words.
    #[test]
    fn stopwords_are_at_most_five_ascii_characters() {
        assert!(STOPWORDS.iter().all(|w| w.len() <= 5 && w.is_ascii()));
    }

    #[test]
    fn content_word_overlap() {
        let a = content_words("Musk shoved Bessent in the West Wing");
        let b = content_words("In the West Wing, Musk reportedly shoved Bessent.");
        assert_eq!(overlap(&a, &b), 1.0);
        assert_eq!(overlap(&[], &b), 0.0);
        assert!(overlap(&content_words("Completely different words here"), &b) < 0.1);
    }

    /// The words the streaming helpers are checked on: ASCII, Latin,
    /// Cyrillic, Greek, CJK, digits, apostrophes, repeats and stopwords.
    const TEXTS: &[&str] = &[
        "",
        "a an the of",
        "Musk shoved Bessent in the West Wing",
        "In the West Wing, Musk reportedly shoved Bessent.",
        "the the THE The musk MUSK Musk musk-shoved shoved",
        "Élan VITAL: İstanbul, ΣΊΣΥΦΟΣ, straße Straße STRASSE",
        "Москва: Путин и Зеленский — встреча в ЁЛКАХ, ёлках; Ѐрос ѐрос",
        "didn’t stop\u{FFFD}s 東京 ١٢٣ x “quoted” words… ok",
        "Kelvin \u{212A}elvin kelvin ǅemal ǆemal Ǆemal ÀÉÎÕÜ àéîõü ×÷",
        "Flood waters rose across the valley on Tuesday, forcing hundreds of families to leave their homes.",
        "Hundreds of families were forced to leave their homes as flood waters rose across the valley",
        "valley valley valley valley valley valley",
        "x1 2024 abc ABC aBc 1234567 3rd",
    ];

    /// The words of `text` as the first, unoptimised reading found them
    /// (one `push_lowercase` per non-ASCII character): each word's
    /// lower-case bytes and its length in characters.
    fn words_reference(text: &str) -> Vec<(Vec<u8>, usize)> {
        let mut words = Vec::new();
        let mut lower = Vec::new();
        let mut chars = 0;
        let mut flush = |lower: &mut Vec<u8>, chars: &mut usize| {
            if *chars > 0 {
                words.push((std::mem::take(lower), *chars));
            }
            *chars = 0;
        };
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    lower.push(b.to_ascii_lowercase());
                    chars += 1;
                } else {
                    flush(&mut lower, &mut chars);
                }
                i += 1;
                continue;
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if c.is_alphanumeric() {
                crate::segment::push_lowercase(&mut lower, c.encode_utf8(&mut [0; 4]));
                chars += 1;
            } else {
                flush(&mut lower, &mut chars);
            }
        }
        flush(&mut lower, &mut chars);
        words
    }

    /// `push_content_words` by the reference reading, hashed by
    /// `word_hash` and told from stopwords by their text.
    fn pushed_content_words_reference(text: &str) -> Vec<u64> {
        words_reference(text)
            .into_iter()
            .filter(|(lower, chars)| {
                *chars >= 3 && !std::str::from_utf8(lower).is_ok_and(is_stopword)
            })
            .map(|(lower, _)| word_hash(&lower))
            .collect()
    }

    /// `content_words` by the reference reading.
    fn content_words_reference(text: &str) -> Vec<u64> {
        let mut words = pushed_content_words_reference(text);
        words.sort_unstable();
        words.dedup();
        words
    }

    /// For each ASCII byte: its lower case if it is a letter or a digit, else 0.
    const ASCII_WORD_BYTE: [u8; 128] = {
        let mut table = [0; 128];
        let mut b: u8 = 0;
        while b < 128 {
            if b.is_ascii_alphanumeric() {
                table[b as usize] = b.to_ascii_lowercase();
            }
            b += 1;
        }
        table
    };

    /// `for_each_word` as it was before it read eight bytes at a time,
    /// with the byte-at-a-time hash it had, kept as an oracle.
    fn for_each_word_before(text: &str, mut f: impl FnMut(u64, usize)) {
        const SEED: u64 = 0xcbf2_9ce4_8422_2325;
        fn step(hash: u64, byte: u8) -> u64 {
            (hash.rotate_left(5) ^ u64::from(byte)).wrapping_mul(0x517c_c1b7_2722_0a95)
        }
        let mut hash = SEED;
        let mut chars = 0;
        let mut other = Vec::new();
        for (i, &b) in text.as_bytes().iter().enumerate() {
            if b < 0x80 {
                let lower = ASCII_WORD_BYTE[usize::from(b)];
                if lower != 0 {
                    hash = step(hash, lower);
                    chars += 1;
                    continue;
                }
            } else if b >= 0xC0 {
                let c = text[i..].chars().next().unwrap_or(' ');
                if is_alphanumeric(c) {
                    let mut buf = [0; 4];
                    if let Some(lower) = lowercase(c) {
                        hash = lower.encode_utf8(&mut buf).bytes().fold(hash, step);
                    } else {
                        other.clear();
                        crate::segment::push_lowercase(&mut other, c.encode_utf8(&mut buf));
                        hash = other.iter().copied().fold(hash, step);
                    }
                    chars += 1;
                    continue;
                }
            } else {
                continue;
            }
            if chars > 0 {
                f(hash, chars);
            }
            hash = SEED;
            chars = 0;
        }
        if chars > 0 {
            f(hash, chars);
        }
    }

    /// Checks `for_each_word` on `text` against the reference reading and
    /// the code before it: the same words, of the same lengths, hashed as
    /// `word_hash` hashes their lower-case bytes, with the same
    /// content-word decisions.
    fn check_words(text: &str) {
        let reference = words_reference(text);
        let mut before = Vec::new();
        for_each_word_before(text, |hash, chars| before.push((hash, chars)));
        assert_eq!(before.len(), reference.len(), "{text:?}");
        let mut ours = Vec::new();
        for_each_word(text, |hash, chars| ours.push((hash, chars)));
        assert_eq!(ours.len(), reference.len(), "{text:?}");
        for (((hash, chars), (lower, ref_chars)), (_, before_chars)) in
            ours.iter().zip(&reference).zip(&before)
        {
            assert_eq!(chars, ref_chars, "{text:?}: {lower:?}");
            assert_eq!(before_chars, ref_chars, "{text:?}: {lower:?}");
            assert_eq!(*hash, word_hash(lower), "{text:?}: {lower:?}");
            let stopword = std::str::from_utf8(lower).is_ok_and(is_stopword);
            assert_eq!(
                is_content_word(*hash, *chars),
                *chars >= 3 && !stopword,
                "{text:?}: {lower:?}"
            );
        }
        // The words of the code before, by its own hash of the same bytes.
        let old_hash = |lower: &[u8]| {
            lower.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, &b| {
                (hash.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95)
            })
        };
        let before_hashes: Vec<u64> = before.iter().map(|&(hash, _)| hash).collect();
        let reference_hashes: Vec<u64> = reference.iter().map(|(l, _)| old_hash(l)).collect();
        assert_eq!(before_hashes, reference_hashes, "{text:?}");
    }

    /// The densest texts of content words keep every one of them.
    #[test]
    fn pushed_content_words_keep_every_word() {
        for (text, count) in [
            ("abc abc abc", 3),
            ("abc-def.ghi", 3),
            ("abc", 1),
            ("ééé ééé", 2),
            ("abc abc abc ", 3),
            (" abc", 1),
        ] {
            let mut pushed = Vec::new();
            push_content_words(text, &mut pushed);
            assert_eq!(pushed, pushed_content_words_reference(text), "{text}");
            assert_eq!(pushed.len(), count, "{text}");
        }
    }

    /// Every character of one or two bytes, alone, inside a word and
    /// next to another, is read as the code before read it.
    #[test]
    fn every_two_byte_character_reads_as_before() {
        for c in (0..0x800).filter_map(char::from_u32) {
            check_words(&format!("{c} a{c}b {c}{c}Я ё{c}xyz"));
        }
    }

    /// Words of every length near the eight-byte steps of the reading and
    /// past them, at every offset, ended by a separator, by a letter
    /// outside ASCII or by the end of the text.
    #[test]
    fn words_of_every_length_match_the_code_before() {
        for len in [1, 2, 3, 7, 8, 9, 15, 16, 17, 63, 64, 65, 127, 128, 130] {
            let word: String = "AbcdefghiJklmnopqrstuvwxyz0123456789"
                .chars()
                .cycle()
                .take(len)
                .collect();
            for offset in 0..70 {
                let pad = " ".repeat(offset);
                for end in ["", " ", ".", "é", "Жx", "—", " x"] {
                    check_words(&format!("{pad}{word}{end}"));
                }
                check_words(&format!("{}{word} {word}", "ab ".repeat(offset)));
            }
        }
    }

    #[test]
    fn words_match_the_code_before() {
        for text in TEXTS {
            check_words(text);
        }
        for text in [
            "abcdefgh abcdefghi abcdefghijklmnop abcdefghijklmnopq a",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz",
            "café cafés caféscaféscafés ÀÀÀÀÀÀÀÀÀ aaaaaaaé éaaaaaaa aaaaaaaaé",
            "straßestraße İİİİİİİİ ǅǅǅǅǅǅ 東京東京東京 ёЁёЁёЁёЁёЁ x\u{0}y @[`{/:",
            "end",
            "e",
            "12345678",
            "Москва1234567890Москва",
        ] {
            check_words(text);
        }
    }

    /// The hash of a word of the fast path (ASCII) and of the general one
    /// (Latin-1, Cyrillic, Greek, CJK) agree with `word_hash`, one word at
    /// a time and in any case.
    #[test]
    fn word_hash_agrees_with_reading() {
        for (word, lower) in [
            ("River", "river"),
            ("SHELTERS", "shelters"),
            ("Emergency", "emergency"),
            ("ÉLAN", "élan"),
            ("Straße", "straße"),
            ("МОСКВА", "москва"),
            ("Ёлках", "ёлках"),
            ("ΣΊΣΥΦΟΣ", "σίσυφοσ"),
            ("東京", "東京"),
            ("İx", "i\u{307}x"),
        ] {
            let mut hashes = Vec::new();
            for_each_word(word, |hash, _| hashes.push(hash));
            assert_eq!(hashes, [word_hash(lower.as_bytes())], "{word}");
        }
    }

    /// Distinct words get distinct hashes, and the top bits the filters
    /// read are spread.
    #[test]
    fn word_hashes_are_distinct_and_spread() {
        let mut hashes = std::collections::HashSet::new();
        let mut tops = [0usize; 64];
        let mut count = 0;
        for a in b'a'..=b'z' {
            for b in b'a'..=b'z' {
                for c in b'0'..=b'z' {
                    for len in [3, 8, 9, 17] {
                        let mut word = vec![a, b, c];
                        word.resize(len, b'x');
                        let hash = word_hash(&word);
                        assert!(hashes.insert(hash), "{word:?}");
                        tops[(hash >> 58) as usize] += 1;
                        count += 1;
                    }
                }
            }
        }
        // Each of the 64 values of the top six bits within a fifth of even.
        let even = count / 64;
        assert!(
            tops.iter().all(|&n| n * 5 > even * 4 && n * 5 < even * 6),
            "{tops:?}"
        );
        assert_ne!(word_hash(b"abcdefgh"), word_hash(b"abcdefgh\x01"));
    }

    proptest::proptest! {
        #[test]
        fn words_match_the_code_before_on_any_text(
            text in "([a-zA-Z0-9 '’.,\\-\t\n]|[\u{80}-\u{7ff}]|[İȺΣЁа-яǅ東]|[\u{2000}-\u{3000}]|\\PC)*"
        ) {
            check_words(&text);
            proptest::prop_assert_eq!(content_words(&text), content_words_reference(&text));
            let mut pushed = vec![7];
            push_content_words(&text, &mut pushed);
            proptest::prop_assert_eq!(pushed[0], 7);
            proptest::prop_assert_eq!(&pushed[1..], pushed_content_words_reference(&text));
        }

        /// Long runs of ASCII letters and digits, cut by separators and by
        /// letters outside ASCII at any place, near the end of the text too.
        #[test]
        fn long_words_match_the_code_before(
            text in "([a-zA-Z0-9]{0,30}([ ,.\\-\u{0}]{1,3}|[éЖя東’—]|\u{130}))*[a-zA-Z0-9]{0,20}"
        ) {
            check_words(&text);
            let mut pushed = Vec::new();
            push_content_words(&text, &mut pushed);
            proptest::prop_assert_eq!(pushed, pushed_content_words_reference(&text));
        }
    }

    /// A case the proptests once found (a long word with a digit in it,
    /// across an eight-byte step), kept here rather than in a seed file.
    #[test]
    fn long_mixed_word_matches_the_code_before() {
        let text = "AaaaAa0AaAAaaaaa ";
        check_words(text);
        let mut pushed = Vec::new();
        push_content_words(text, &mut pushed);
        assert_eq!(pushed, pushed_content_words_reference(text));
    }

    #[test]
    fn alphanumeric_and_lowercase_match_the_standard_library() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            if let Some(lower) = lowercase(c) {
                assert_eq!(
                    c.to_lowercase().collect::<String>(),
                    lower.to_string(),
                    "{c:?}"
                );
            }
        }
        assert_eq!(lowercase('Ж'), Some('ж'));
        assert_eq!(lowercase('Ё'), Some('ё'));
        assert_eq!(lowercase('İ'), None);
    }

    #[test]
    fn content_words_match_the_reference() {
        for text in TEXTS {
            assert_eq!(content_words(text), content_words_reference(text), "{text}");
        }
        assert_eq!(
            content_words("The valley, THE VALLEY and a valley").len(),
            1
        );
        assert!(content_words("a an the of to").is_empty());
    }

    #[test]
    fn share_found_in_matches_overlap() {
        for own in TEXTS {
            let mut words = ContentWords::new(own);
            for other in TEXTS {
                let share = overlap(&content_words(own), &content_words(other));
                let mut hashes = Vec::new();
                push_content_words(other, &mut hashes);
                for threshold in [0.0, 0.3, 0.5, 0.6, 0.75, 1.0, 1.1] {
                    assert_eq!(
                        words.share_found_in(&hashes, threshold),
                        share >= threshold,
                        "{own:?} in {other:?} at {threshold}"
                    );
                }
            }
        }
        let mut words = ContentWords::new("Musk shoved Bessent in the West Wing");
        let hashes = |text: &str| {
            let mut hashes = Vec::new();
            push_content_words(text, &mut hashes);
            hashes
        };
        assert!(words.share_found_in(&hashes("In the West Wing, Musk shoved Bessent."), 1.0));
        assert!(!words.share_found_in(&hashes("Musk Musk Musk Musk shoved"), 0.6));
        assert!(words.share_found_in(&hashes("musk SHOVED bessent"), 0.6));
    }

    /// More than 64 distinct words use more than one word of the bit set.
    #[test]
    fn share_found_in_counts_past_64_words() {
        let own: String = (0..150).map(|i| format!("word{i} ")).collect();
        // Every even word, each twice.
        let half: String = (0..75)
            .map(|i| format!("word{0} Word{0} ", i * 2))
            .collect();
        let mut words = ContentWords::new(&own);
        assert_eq!(overlap(&content_words(&own), &content_words(&half)), 0.5);
        let mut hashes = Vec::new();
        push_content_words(&half, &mut hashes);
        assert!(words.share_found_in(&hashes, 0.5));
        assert!(!words.share_found_in(&hashes, 0.51));
    }

    /// Content words built from a block's read hashes answer as those
    /// built from its text; a block not read yet has no hashes to give.
    #[test]
    fn content_words_from_read_hashes() {
        let text = TEXTS[1..].join("\n");
        let doc = Document::plain(&text);
        let mut words = BlockWords::default();
        assert!(words.read(0).is_none());
        words.of(&doc, 4);
        assert!(words.read(5).is_none());
        for j in 0..5 {
            let read = words.read(j).expect("read").to_vec();
            assert_eq!(read, words.of(&doc, j), "block {j}");
            let mut from_hashes = ContentWords::from_hashes(&read);
            let mut from_text = ContentWords::new(doc.block_text(j));
            assert_eq!(from_hashes.words, from_text.words, "block {j}");
            for other in 0..5 {
                let hashes = words.of(&doc, other).to_vec();
                for share in [0.3, 0.6, 1.0] {
                    assert_eq!(
                        from_hashes.share_found_in(&hashes, share),
                        from_text.share_found_in(&hashes, share),
                        "block {j} in {other} at {share}"
                    );
                }
            }
        }
    }

    /// The non-empty [`TEXTS`], one after another, a line each.
    fn nonempty_texts_joined() -> String {
        TEXTS
            .iter()
            .filter(|t| !t.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn block_words_are_each_blocks_content_words() {
        let text = nonempty_texts_joined();
        let doc = Document::plain(&text);
        let mut words = BlockWords::default();
        // Asked out of order: a later block first, then an earlier one.
        for j in [3, 0, 5, 1, 2, 4, 7, 6] {
            let mut hashes = words.of(&doc, j).to_vec();
            hashes.sort_unstable();
            hashes.dedup();
            assert_eq!(hashes, content_words(doc.block_text(j)), "block {j}");
        }
    }

    /// Forgotten blocks are not kept, blocks skipped are never read, and
    /// every block asked for still gets its own words, forgotten or not.
    #[test]
    fn block_words_forget_the_blocks_passed() {
        let text = nonempty_texts_joined();
        let doc = Document::plain(&text);
        let n = doc.blocks.len();
        assert!(n >= 8, "{n} blocks");
        let own = |j: usize| content_words(doc.block_text(j));
        let sorted = |hashes: &[u64]| {
            let mut hashes = hashes.to_vec();
            hashes.sort_unstable();
            hashes.dedup();
            hashes
        };
        let mut words = BlockWords::default();
        words.of(&doc, 5);
        words.forget_before(4);
        assert!(words.read(3).is_none());
        assert_eq!(sorted(words.read(5).expect("kept")), own(5));
        // Past every block read: nothing kept, the skipped blocks unread.
        words.forget_before(7);
        assert!(words.read(5).is_none());
        assert_eq!(sorted(words.of(&doc, 7)), own(7));
        assert!(words.read(6).is_none());
        // A forgotten block asked for again.
        for j in [2, 0, 6, 1, n - 1] {
            assert_eq!(sorted(words.of(&doc, j)), own(j), "block {j}");
        }
    }

    #[test]
    fn stopword_tokens() {
        for word in ["the", "The", "THE", "and", "Your", "i", "A"] {
            assert!(is_stopword_token(word), "{word}");
        }
        for word in ["theory", "The,", "", "Ĳ", "straße", "İn", "\u{212A}"] {
            assert_eq!(
                is_stopword_token(word),
                is_stopword(&word.to_lowercase()),
                "{word}"
            );
            assert!(!is_stopword_token(word), "{word}");
        }
    }

    /// A line pattern finds what `regex::Regex` finds.
    #[test]
    fn line_regex_matches_like_regex() {
        let patterns = [
            r"(?i)^(?:last\s+)?(?:updated|posted)(?-u:\b)[^.!?]*?(?:\d|(?-u:\b)ago(?-u:\b))",
            r"^(?:[Bb]y|BY)\s*:?\s+(?P<first>\p{Lu}[\p{L}'’.\-]*)(?:[\s,&]+(?:\p{Lu}[\p{L}'’.\-]*|and))*\s*$",
            r"(?i)(?-u:\b)(?:editor|staff|news\s+desk)(?-u:\b)",
            r"(?ix) \((?:photo|image)s?(?-u:\b)[^)]*\) | ©",
        ];
        let lines = [
            "Updated 3 hours ago",
            "POſTED yesterday, 12 May",
            "Posted. 3",
            "By Jane Doe and John O’Neil",
            "by jane",
            "BY Ørjan Ås",
            "Staff Writer, News  Desk",
            "editorial",
            "A view (Photos: Reuters) © 2024",
            "Москва (image) ١٢",
            "",
        ];
        for pattern in patterns {
            let ours = line_regex(pattern).expect("valid pattern");
            let rare = rare_line_regex(pattern).expect("valid pattern");
            let unfiltered = unfiltered_regex(pattern).expect("valid pattern");
            let theirs = regex::Regex::new(pattern).expect("valid pattern");
            for line in lines {
                assert_eq!(
                    unfiltered.find(line).map(|m| m.range()),
                    theirs.find(line).map(|m| m.range()),
                    "{pattern} on {line}"
                );
                assert_eq!(
                    rare.find(line).map(|m| m.range()),
                    theirs.find(line).map(|m| m.range()),
                    "{pattern} on {line}"
                );
                assert_eq!(
                    ours.is_match(line),
                    theirs.is_match(line),
                    "{pattern} on {line}"
                );
                let ours = ours.find(line).map(|m| m.range());
                let theirs = theirs.find(line).map(|m| m.range());
                assert_eq!(ours, theirs, "{pattern} on {line}");
            }
        }
    }

    /// The table of places finds every stopword hash and nothing else.
    #[test]
    fn stopword_places_hold_the_stopwords() {
        for word in STOPWORDS {
            assert!(is_stopword_hash(word_hash(word.as_bytes())), "{word}");
        }
        for word in [
            "river", "flood", "valley", "thee", "th", "ab", "ours", "whom",
        ] {
            assert!(!is_stopword_hash(word_hash(word.as_bytes())), "{word}");
        }
        let held: usize = STOPWORD_PLACES
            .iter()
            .enumerate()
            .map(|(top, place)| {
                let mut place = place.to_vec();
                place.dedup();
                place.iter().filter(|&&h| (h >> 56) as usize == top).count()
            })
            .sum();
        assert_eq!(held, STOPWORDS.len());
        // Every hash with the top bits of a stopword's or of an empty place.
        for &hash in &STOPWORD_HASHES {
            for low in [0, 1, hash & 0xff, u64::MAX >> 8] {
                let probe = hash & !(u64::MAX >> 8) | low;
                assert_eq!(
                    is_stopword_hash(probe),
                    STOPWORD_HASHES.binary_search(&probe).is_ok(),
                    "{probe:x}"
                );
            }
        }
        for top in 0..256u64 {
            let probe = top << 56 | 0x1234;
            assert_eq!(
                is_stopword_hash(probe),
                STOPWORD_HASHES.binary_search(&probe).is_ok(),
                "{probe:x}"
            );
        }
    }

    /// `is_list_item` as it was before its ASCII fast path.
    fn is_list_item_reference(text: &str) -> bool {
        let text = text.trim_start();
        text.starts_with(BULLETS) || starts_with_marker(text)
    }

    proptest::proptest! {
        #[test]
        fn list_items_match_the_reference(
            text in r"[ \t\u{a0}\u{3000}\n]{0,2}([-*>+•–—·▪►.)a-cA-C0-9 é]|\PC){0,6}"
        ) {
            proptest::prop_assert_eq!(is_list_item(&text), is_list_item_reference(&text));
        }
    }

    #[test]
    fn list_items() {
        assert!(is_list_item("- milk"));
        assert!(is_list_item("• eggs"));
        assert!(is_list_item("12. Stir well"));
        assert!(is_list_item("a) first"));
        assert!(!is_list_item("In 2024. the year"));
        assert!(!is_list_item("Dr. Chen said"));
        assert!(!is_list_item("Plain sentence."));
        assert!(is_list_item("  123) third"));
        assert!(!is_list_item("1234. too long"));
        assert!(!is_list_item("ab. two letters"));
        assert!(!is_list_item("12.no space"));
        assert!(!is_list_item(""));
        assert!(!is_list_item("é. accented"));
    }

    #[test]
    fn verse_and_prose() {
        let poem = "Title Line\n\nRoses are red\nViolets are blue\nSugar is sweet\nAnd so are you\n\nRoses are red\nViolets are blue\n";
        assert!(is_verse(&Document::plain(poem)));
        let prose = "Headline\n\nA long paragraph of prose that goes on and on for well over twenty five words, as the body of any news article will, with clauses and more clauses.\n\nShort line\nAnother\nMore\nAnd more\n";
        assert!(!is_verse(&Document::plain(prose)));
        assert!(!is_verse(&Document::plain("a\nb\nc\n")));
        // Japanese prose writes its paragraphs without spaces; its verse
        // in short lines.
        let paragraph = "静岡市葵区の静岡茶市場で十四日、今年の新茶の初取引が行われ、手もみ茶一キロに過去最高の値が付いた。";
        let prose = format!("静岡の新茶初取引\n\n{paragraph}\n\n{paragraph}\n\n{paragraph}\n\n{paragraph}\n\n{paragraph}\n\n{paragraph}\n");
        assert!(!is_verse(&Document::plain(&prose)));
        let haiku = "古池や\n蛙飛び込む\n水の音\n\n夏草や\n兵どもが\n夢の跡\n";
        assert!(is_verse(&Document::plain(haiku)));
    }

    #[test]
    fn a_paragraph_of_prose_in_any_script() {
        let doc = Document::plain(concat!(
            "Stocks rose on Monday as investors weighed the latest figures on inflation.\n",
            "港务局周二宣布，新码头将于明年春季动工，预计两年内完工，总投资约十二亿元。\n",
            "Stocks rose on Monday\n",
            "港务局周二宣布新码头动工。\n",
            "港务局周二宣布，新码头将于明年春季动工，预计两年内完工，总投资约十二亿元\n",
        ));
        let prose: Vec<bool> = (0..doc.blocks.len()).map(|j| is_prose(&doc, j)).collect();
        // Long enough and ending as a sentence; too short, or no end mark.
        assert_eq!(prose, [true, true, false, false, false]);
    }

    proptest::proptest! {
        #[test]
        fn title_case_matches_the_reference(
            text in r"([A-Z][a-z]{0,6}|[a-z]{1,6}|[0-9]{1,3}|the|The|AND|of|[ \t\n\x0b\x0c\r]{1,2}|[.,:'\-]|É|é|\u{a0}|\u{3000}|\u{85}){0,40}"
        ) {
            proptest::prop_assert_eq!(is_title_case(&text), is_title_case_of_any_text(&text));
        }
    }

    #[test]
    fn title_case_ascii_stops_early_only_when_settled() {
        for text in [
            "Background of Elon Musk and Steve Bannon",
            "the end Of The Year Comes With Many Capitalised Words After It",
            "a b c D E F G H I J K L M N O P Q R S T",
            "lower Upper Upper Upper Upper",
            "lower lower Upper Upper Upper Upper Upper Upper Upper Upper",
            "x",
            "",
            " \x0b ",
        ] {
            assert_eq!(
                is_title_case(text),
                is_title_case_of_any_text(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn title_case() {
        assert!(is_title_case("Background of Elon Musk and Steve Bannon"));
        assert!(is_title_case("Introduction"));
        assert!(!is_title_case(
            "The alleged altercation came as Bessent questioned cuts"
        ));
    }
}
