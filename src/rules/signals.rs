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

/// Hashes of the stopwords, as [`content_words`] hashes words.
static STOPWORD_HASHES: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| {
    let mut hashes: Vec<u64> = STOPWORDS.iter().map(|w| word_hash(w.bytes())).collect();
    hashes.sort_unstable();
    hashes
});

/// A quick hash of a word's lower-case bytes (only compared within one
/// document, never stored).
fn word_hash(bytes: impl Iterator<Item = u8>) -> u64 {
    bytes.fold(0xcbf2_9ce4_8422_2325, |h: u64, b| {
        (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95)
    })
}

/// The content words of `text`, hashed: words of three or more characters
/// that are not stopwords, compared without case; sorted and deduplicated.
pub fn content_words(text: &str) -> Vec<u64> {
    let stop = &*STOPWORD_HASHES;
    let mut words: Vec<u64> = Vec::new();
    let mut lower: Vec<u8> = Vec::with_capacity(32);
    let mut chars = 0;
    let mut flush = |lower: &mut Vec<u8>, chars: &mut usize| {
        if *chars >= 3 {
            let hash = word_hash(lower.iter().copied());
            if stop.binary_search(&hash).is_err() {
                words.push(hash);
            }
        }
        lower.clear();
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
    words.sort_unstable();
    words.dedup();
    words
}

/// Share of `words` (sorted, deduplicated) also found in `other` (sorted,
/// deduplicated); 0 when `words` is empty.
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

/// Whether `text` starts like an item of a list: a bullet, a dash, or a
/// number or letter followed by `.` or `)`.
pub fn is_list_item(text: &str) -> bool {
    let text = text.trim_start();
    if text.starts_with(['-', '*', '•', '–', '—', '·', '▪', '►', '>']) {
        return true;
    }
    let marker: String = text
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let rest = &text[marker.len()..];
    !marker.is_empty()
        && marker.len() <= 3
        && (marker.bytes().all(|b| b.is_ascii_digit()) || marker.len() == 1)
        && (rest.starts_with(". ") || rest.starts_with(") "))
}

/// Whether most words of `text` start with a capital letter, as in a
/// headline or a section heading (small function words aside).
pub fn is_title_case(text: &str) -> bool {
    let mut words = 0;
    let mut capitalised = 0;
    for word in text.split_whitespace() {
        let Some(first) = word.chars().find(|c| c.is_alphanumeric()) else {
            continue;
        };
        if is_stopword(&word.to_lowercase()) && words > 0 {
            continue;
        }
        words += 1;
        if first.is_uppercase() || first.is_numeric() {
            capitalised += 1;
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

    #[test]
    fn content_word_overlap() {
        let a = content_words("Musk shoved Bessent in the West Wing");
        let b = content_words("In the West Wing, Musk reportedly shoved Bessent.");
        assert_eq!(overlap(&a, &b), 1.0);
        assert_eq!(overlap(&[], &b), 0.0);
        assert!(overlap(&content_words("Completely different words here"), &b) < 0.1);
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
    }

    #[test]
    fn verse_and_prose() {
        let poem = "Title Line\n\nRoses are red\nViolets are blue\nSugar is sweet\nAnd so are you\n\nRoses are red\nViolets are blue\n";
        assert!(is_verse(&Document::plain(poem)));
        let prose = "Headline\n\nA long paragraph of prose that goes on and on for well over twenty five words, as the body of any news article will, with clauses and more clauses.\n\nShort line\nAnother\nMore\nAnd more\n";
        assert!(!is_verse(&Document::plain(prose)));
        assert!(!is_verse(&Document::plain("a\nb\nc\n")));
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
