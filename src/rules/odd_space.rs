//! The character-level half of the `whitespace` rule: odd spaces and
//! carriage returns. The rule itself lives in `whitespace.rs` and calls
//! [`odd_spaces`].

use super::chars::{find_byte3, is_odd_space};
use super::Findings;
use crate::edit::Edit;

const ID: &str = "whitespace";

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
                out.push(Edit::remove(ID, at..at + 1, "CRLF line ending becomes LF"));
            } else {
                out.push(Edit::replace(
                    ID,
                    at..at + 1,
                    "\n",
                    "CR line ending becomes LF",
                ));
            }
            i = at + 1;
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            i = at + 1;
            continue;
        };
        i = at + c.len_utf8();
        if is_odd_space(c) {
            out.push(Edit::replace(
                ID,
                at..i,
                " ",
                format!("odd space U+{:04X} becomes a plain space", u32::from(c)),
            ));
        }
    }
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

    #[test]
    fn line_endings_become_lf() {
        assert_eq!(fix("a\r\nb\rc\n\r\n"), "a\nb\nc\n\n");
    }

    #[test]
    fn other_spaces_and_text_stay() {
        let keep = "tab\tand ideographic\u{3000}space, ZWJ 👨\u{200d}👩, — “quotes” ½\n";
        assert_eq!(fix(keep), keep);
        let mut out = Findings::default();
        odd_spaces(keep, &mut out);
        assert!(out.edits.is_empty());
    }
}
