//! Text signals shared by the block rules.

use crate::segment::{ends_sentence, Document};

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

/// Hashes of the stopwords, as [`content_words`] hashes words.
static STOPWORD_HASHES: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| {
    let mut hashes: Vec<u64> = STOPWORDS.iter().map(|w| word_hash(w.bytes())).collect();
    hashes.sort_unstable();
    hashes
});

/// A quick hash of a word's lower-case bytes (only compared within one
/// document, never stored).
fn word_hash(bytes: impl Iterator<Item = u8>) -> u64 {
    bytes.fold(WORD_HASH_SEED, word_hash_step)
}

/// The hash of the empty word.
const WORD_HASH_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// The hash of a word extended by one lower-case byte.
fn word_hash_step(hash: u64, byte: u8) -> u64 {
    (hash.rotate_left(5) ^ u64::from(byte)).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// Calls `f` with the hash and the length in characters of each word of
/// `text` (a run of alphanumeric characters), in order. A word is hashed as
/// `word_hash` hashes its lower-case bytes.
fn for_each_word(text: &str, mut f: impl FnMut(u64, usize)) {
    let mut hash = WORD_HASH_SEED;
    let mut chars = 0;
    // The lower case of a character outside the fast ranges.
    let mut other = Vec::new();
    for (i, &b) in text.as_bytes().iter().enumerate() {
        if b < 0x80 {
            let lower = ASCII_WORD_BYTE[usize::from(b)];
            if lower != 0 {
                hash = word_hash_step(hash, lower);
                chars += 1;
                continue;
            }
        } else if b >= 0xC0 {
            // The first byte of a multi-byte character.
            let c = text[i..].chars().next().unwrap_or(' ');
            if is_alphanumeric(c) {
                let mut buf = [0; 4];
                if let Some(lower) = lowercase(c) {
                    hash = lower
                        .encode_utf8(&mut buf)
                        .bytes()
                        .fold(hash, word_hash_step);
                } else {
                    other.clear();
                    crate::segment::push_lowercase(&mut other, c.encode_utf8(&mut buf));
                    hash = other.iter().copied().fold(hash, word_hash_step);
                }
                chars += 1;
                continue;
            }
        } else {
            // A continuation byte, read with its first byte.
            continue;
        }
        if chars > 0 {
            f(hash, chars);
        }
        hash = WORD_HASH_SEED;
        chars = 0;
    }
    if chars > 0 {
        f(hash, chars);
    }
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
fn is_content_word(hash: u64, chars: usize) -> bool {
    // No stopword is longer than five characters.
    chars >= 3
        && (chars > 5 || !may_be_stopword(hash) || STOPWORD_HASHES.binary_search(&hash).is_err())
}

/// One bit for each value of a stopword hash's top eight bits.
static STOPWORD_BITS: std::sync::LazyLock<[u64; 4]> = std::sync::LazyLock::new(|| {
    let mut bits = [0; 4];
    for hash in STOPWORD_HASHES.iter() {
        let top = hash >> 56;
        bits[(top / 64) as usize] |= 1 << (top % 64);
    }
    bits
});

/// Whether `hash` may be a stopword's: `false` for most other words, at
/// the cost of one bit test.
fn may_be_stopword(hash: u64) -> bool {
    let top = hash >> 56;
    STOPWORD_BITS[(top / 64) as usize] & 1 << (top % 64) != 0
}

/// Appends the hashed content words of `text` to `out`, in text order,
/// repeats included.
pub fn push_content_words(text: &str, out: &mut Vec<u64>) {
    for_each_word(text, |hash, chars| {
        if is_content_word(hash, chars) {
            out.push(hash);
        }
    });
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
}

impl ContentWords {
    /// The content words of `text`, as [`content_words`] lists them.
    pub fn new(text: &str) -> Self {
        let words = content_words(text);
        let bloom = words.iter().fold(0, |bloom, &w| bloom | 1 << (w >> 58));
        let seen = vec![0; words.len().div_ceil(64)];
        ContentWords { words, bloom, seen }
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
        // The fewest shared words that reach the share.
        let Some(need) = (0..=n).find(|&k| k as f64 / n as f64 >= share) else {
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
/// as they have been asked for.
#[derive(Default)]
pub struct BlockWords {
    /// The content words of blocks `0..ends.len()`, one block after another.
    hashes: Vec<u64>,
    /// Where each block's words end in `hashes`.
    ends: Vec<usize>,
}

impl BlockWords {
    /// The content words of block `j` of `doc`, as [`push_content_words`]
    /// gives them.
    pub fn of(&mut self, doc: &Document<'_>, j: usize) -> &[u64] {
        if self.ends.is_empty() {
            // A content word takes three bytes and a separator: room for
            // the whole document at once.
            self.hashes.reserve(doc.text.len() / 4 + 1);
        }
        while self.ends.len() <= j {
            push_content_words(doc.block_text(self.ends.len()), &mut self.hashes);
            self.ends.push(self.hashes.len());
        }
        let start = if j == 0 { 0 } else { self.ends[j - 1] };
        &self.hashes[start..self.ends[j]]
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
            if text.starts_with(['-', '*', '•', '–', '—', '·', '▪', '►', '>']) {
                return true;
            }
            text
        }
    };
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

/// Index of the first block that reads as article body: a sentence-ended
/// paragraph of at least 15 words. Blocks before it are the header zone
/// (headline, standfirst, byline).
pub fn first_body_block(doc: &Document<'_>) -> Option<usize> {
    (0..doc.blocks.len()).find(|&i| doc.blocks[i].words >= 15 && ends_sentence(doc.block_text(i)))
}

/// Whether the document reads as verse or lyrics rather than prose: most
/// blocks are short lines without sentence punctuation.
pub fn is_verse(doc: &Document<'_>) -> bool {
    let n = doc.blocks.len();
    if n < 6 {
        return false;
    }
    let short = doc.blocks.iter().filter(|b| b.words <= 10).count();
    let long = doc.blocks.iter().filter(|b| b.words >= 25).count();
    short * 10 >= n * 7 && long * 10 < n
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// `content_words` as it was before it streamed (one `push_lowercase`
    /// per non-ASCII character), kept to check the streaming one against.
    fn content_words_reference(text: &str) -> Vec<u64> {
        let stop = &*STOPWORD_HASHES;
        let mut words: Vec<u64> = Vec::new();
        let mut hash = WORD_HASH_SEED;
        let mut chars = 0;
        let mut flush = |hash: &mut u64, chars: &mut usize| {
            if *chars >= 3 && (*chars > 5 || stop.binary_search(hash).is_err()) {
                words.push(*hash);
            }
            *hash = WORD_HASH_SEED;
            *chars = 0;
        };
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    hash = word_hash_step(hash, b.to_ascii_lowercase());
                    chars += 1;
                } else {
                    flush(&mut hash, &mut chars);
                }
                i += 1;
                continue;
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if c.is_alphanumeric() {
                let mut lower = Vec::with_capacity(4);
                crate::segment::push_lowercase(&mut lower, c.encode_utf8(&mut [0; 4]));
                hash = lower.into_iter().fold(hash, word_hash_step);
                chars += 1;
            } else {
                flush(&mut hash, &mut chars);
            }
        }
        flush(&mut hash, &mut chars);
        words.sort_unstable();
        words.dedup();
        words
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

    #[test]
    fn block_words_are_each_blocks_content_words() {
        let text = TEXTS
            .iter()
            .filter(|t| !t.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("\n");
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

    #[test]
    fn every_stopword_may_be_a_stopword() {
        for word in STOPWORDS {
            assert!(may_be_stopword(word_hash(word.bytes())), "{word}");
        }
        // Most other words are told apart by the bits alone.
        let others = [
            "river", "flood", "valley", "shelter", "crews", "homes", "night",
        ];
        let passed = others
            .iter()
            .filter(|w| may_be_stopword(word_hash(w.bytes())))
            .count();
        assert!(passed < others.len(), "{passed}");
    }

    /// `is_list_item` as it was before its ASCII fast path.
    fn is_list_item_reference(text: &str) -> bool {
        let text = text.trim_start();
        if text.starts_with(['-', '*', '•', '–', '—', '·', '▪', '►', '>']) {
            return true;
        }
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
    }

    /// `is_title_case` as it was before its ASCII path.
    fn is_title_case_reference(text: &str) -> bool {
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

    proptest::proptest! {
        #[test]
        fn title_case_matches_the_reference(
            text in r"([A-Z][a-z]{0,6}|[a-z]{1,6}|[0-9]{1,3}|the|The|AND|of|[ \t\n\x0b\x0c\r]{1,2}|[.,:'\-]|É|é|\u{a0}|\u{3000}|\u{85}){0,40}"
        ) {
            proptest::prop_assert_eq!(is_title_case(&text), is_title_case_reference(&text));
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
                is_title_case_reference(text),
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
