//! The character-level half of the `whitespace` rule: odd spaces and
//! carriage returns. The rule itself lives in `whitespace.rs` and calls
//! [`odd_spaces`].

use super::chars::{find_byte3, is_odd_space};
use super::Findings;

/// Pushes `whitespace` edits that turn NBSP and the other odd spaces
/// (U+2000–U+200A, U+202F, U+205F) into a plain space, and CRLF or a lone CR
/// into LF.
pub(crate) fn odd_spaces(text: &str, out: &mut Findings) {
    let bytes = text.as_bytes();
    let mut i = 0;
    // CR, and the lead bytes of NBSP (C2 A0) and of U+2000–U+205F (E2).
    while let Some(at) = find_byte3(bytes, i, b'\r', 0xc2, 0xe2) {
        if bytes[at] == b'\r' {
            if bytes.get(at + 1) == Some(&b'\n') {
                out.remove(at..at + 1, "CRLF line ending becomes LF");
            } else {
                out.replace(at..at + 1, "\n", "CR line ending becomes LF");
            }
            i = at + 1;
            continue;
        }
        // Told by its bytes: NBSP (C2 A0), U+2000–U+200A (E2 80 80–8A),
        // U+202F (E2 80 AF), U+205F (E2 81 9F). The other characters these
        // lead bytes start (curly quotes, dashes, accented letters) are
        // passed over without being decoded.
        let len = match (bytes[at], bytes.get(at + 1), bytes.get(at + 2)) {
            (0xc2, Some(0xa0), _) => 2,
            (0xe2, Some(0x80), Some(0x80..=0x8a | 0xaf)) | (0xe2, Some(0x81), Some(0x9f)) => 3,
            _ => {
                // A continuation byte is never CR, C2 or E2.
                i = at + 1;
                continue;
            }
        };
        i = at + len;
        let c = text[at..i].chars().next().unwrap_or(' ');
        debug_assert!(is_odd_space(c));
        out.replace(
            at..i,
            " ",
            format!("odd space U+{:04X} becomes a plain space", u32::from(c)),
        );
    }
    ideographic_spaces(text, out);
}

/// The ideographic space U+3000 between characters that are not Chinese,
/// Japanese or Korean (`word\u{3000}word`, from an input method left in
/// full-width mode) becomes a plain space; beside CJK text, where it is the
/// script's own space and paragraph indent, it stays.
fn ideographic_spaces(text: &str, out: &mut Findings) {
    for at in memchr::memmem::find_iter(text.as_bytes(), "\u{3000}") {
        let end = at + '\u{3000}'.len_utf8();
        let prev = text[..at].chars().rev().find(|&c| c != '\u{3000}');
        let next = text[end..].chars().find(|&c| c != '\u{3000}');
        if prev.is_some_and(is_cjk) || next.is_some_and(is_cjk) {
            continue;
        }
        // Only between two characters of text on one line.
        if [prev, next]
            .iter()
            .any(|c| !c.is_some_and(|c| c != '\n' && c != '\r'))
        {
            continue;
        }
        out.replace(
            at..end,
            " ",
            "ideographic space U+3000 outside CJK text becomes a plain space",
        );
    }
}

/// Whether `c` belongs to Chinese, Japanese or Korean text (ideographs,
/// kana, Hangul, CJK punctuation and full-width forms).
fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x11ff | 0x2e80..=0x2fff | 0x3001..=0x9fff | 0xa960..=0xa97f
        | 0xac00..=0xd7ff | 0xf900..=0xfaff | 0xfe30..=0xfe4f | 0xff00..=0xffef
        | 0x20000..=0x3ffff)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(text: &str) -> String {
        let mut out = Findings::default();
        odd_spaces(text, &mut out);
        crate::edit::apply(text, &crate::edit::resolve(out.edits)).unwrap()
    }

    #[test]
    fn odd_spaces_become_spaces() {
        assert_eq!(
            fix("10\u{a0}km and\u{2009}so\u{202f}on\u{205f}x\u{2000}y"),
            "10 km and so on x y"
        );
    }

    /// The byte test finds exactly the characters `is_odd_space` names,
    /// among every character.
    #[test]
    fn odd_spaces_are_told_by_their_bytes_exactly() {
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            if c == '\r' || c == '\u{3000}' {
                continue;
            }
            let text = format!("a{c}b");
            let mut out = Findings::default();
            out.credit("odd-space");
            odd_spaces(&text, &mut out);
            assert_eq!(out.edits.len(), usize::from(is_odd_space(c)), "{c:?}");
        }
    }

    #[test]
    fn ideographic_spaces_outside_cjk_become_spaces() {
        assert_eq!(fix("word\u{3000}word, 10\u{3000}km"), "word word, 10 km");
    }

    #[test]
    fn line_endings_become_lf() {
        assert_eq!(fix("a\r\nb\rc\n\r\n"), "a\nb\nc\n\n");
    }

    #[test]
    fn other_spaces_and_text_stay() {
        let keep = "tab\tand 日本\u{3000}語 \u{3000}東京, 「\u{3000}」\u{3000}x, ZWJ 👨\u{200d}👩, — “quotes” ½\n\u{3000}indent\n";
        assert_eq!(fix(keep), keep);
        let mut out = Findings::default();
        odd_spaces(keep, &mut out);
        assert!(out.edits.is_empty());
    }
}
