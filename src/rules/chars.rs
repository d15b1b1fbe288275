//! Helpers shared by the character rules: a fast byte scan, and the
//! normalisation every repaired character goes through so that one rule's
//! output is never something another character rule would change again
//! (which keeps `clean(clean(x)) == clean(x)`).

use std::borrow::Cow;

/// Position of the first byte at or after `from` for which `hit` holds.
///
/// Scans 32-byte chunks with a branch-free fold that the compiler turns into
/// vector code, so text without any candidate byte goes by at memory speed.
#[inline]
pub(crate) fn find_byte(
    bytes: &[u8],
    from: usize,
    hit: impl Fn(u8) -> bool + Copy,
) -> Option<usize> {
    let mut i = from.min(bytes.len());
    while i + 32 <= bytes.len() {
        let chunk = &bytes[i..i + 32];
        if chunk.iter().fold(false, |acc, &b| acc | hit(b)) {
            break;
        }
        i += 32;
    }
    bytes[i..].iter().position(|&b| hit(b)).map(|p| p + i)
}

/// Position of the first byte at or after `from` that is `a`, `b` or `c`:
/// what [`find_byte`] finds for a test of three values, by `memchr3`
/// (vector code chosen at run time, several times faster than the fold).
#[inline]
pub(crate) fn find_byte3(bytes: &[u8], from: usize, a: u8, b: u8, c: u8) -> Option<usize> {
    let from = from.min(bytes.len());
    memchr::memchr3(a, b, c, &bytes[from..]).map(|p| p + from)
}

/// Whether `c` is one of the odd spaces the `whitespace` rule turns into a
/// plain space (NBSP, U+2000–U+200A, U+202F, U+205F).
pub(crate) fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}'
    )
}

/// Whether `c` is an invisible character the `control-char` rule deletes:
/// C0 controls but tab, newline and carriage return, DEL, C1 controls with no
/// windows-1252 meaning, ZWSP, word joiner, BOM, and the object
/// replacement character U+FFFC (a placeholder for an embedded object that
/// the text no longer has). (Soft hyphens go only where they are not a
/// hyphenation hint inside a word; see `control-char`.)
pub(crate) fn is_removable_invisible(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{e}'..='\u{1a}' | '\u{1c}'..='\u{1f}' | '\u{7f}'
        | '\u{81}' | '\u{8d}' | '\u{8f}' | '\u{90}' | '\u{9d}'
        | '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{fffc}')
}

/// Whether `c` is a Unicode line or paragraph separator (U+2028, U+2029),
/// which the `control-char` rule turns into a newline.
pub(crate) fn is_unicode_line_break(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// The windows-1252 character a C1 control stands for (`U+0092` → `’`), if
/// that byte has one.
pub(crate) fn c1_as_windows_1252(c: char) -> Option<char> {
    let byte = u8::try_from(u32::from(c))
        .ok()
        .filter(|b| (0x80..=0x9f).contains(b))?;
    let buf = [byte];
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&buf);
    text.chars().next().filter(|&d| d != c)
}

/// Normalises a repaired string the way the other character rules would:
/// odd spaces become a space, CR, U+2028 and U+2029 become LF, C1 controls
/// become their windows-1252 characters, invisible characters and other
/// controls go.
pub(crate) fn normalize_repaired(s: &str) -> Cow<'_, str> {
    let needs = s.chars().any(|c| {
        is_odd_space(c)
            || is_removable_invisible(c)
            || c == '\r'
            || c == '\u{b}'
            || c == '\u{c}'
            || c == '\u{1b}'
            || is_unicode_line_break(c)
            || ('\u{80}'..='\u{9f}').contains(&c)
    });
    if !needs {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_odd_space(c) {
            out.push(' ');
        } else if matches!(c, '\r' | '\u{b}' | '\u{c}') || is_unicode_line_break(c) {
            out.push('\n');
        } else if is_removable_invisible(c) || c == '\u{1b}' {
        } else if let Some(d) = c1_as_windows_1252(c) {
            out.push(d);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The end of the escape sequence starting with ESC at `at`: a CSI
/// (`ESC [ params final`), an OSC (`ESC ] … BEL` or `ESC ] … ESC \`), a
/// two-byte escape, or the ESC alone.
pub(crate) fn escape_end(bytes: &[u8], at: usize) -> usize {
    let n = bytes.len();
    match bytes.get(at + 1) {
        Some(b'[') => {
            let mut j = at + 2;
            while j < n && (0x30..=0x3f).contains(&bytes[j]) {
                j += 1;
            }
            while j < n && (0x20..=0x2f).contains(&bytes[j]) {
                j += 1;
            }
            if j < n && (0x40..=0x7e).contains(&bytes[j]) {
                j + 1
            } else {
                at + 1
            }
        }
        Some(b']') => {
            let mut j = at + 2;
            while j < n && bytes[j] != b'\n' {
                if bytes[j] == 0x07 {
                    return j + 1;
                }
                if bytes[j] == 0x1b && bytes.get(j + 1) == Some(&b'\\') {
                    return j + 2;
                }
                j += 1;
            }
            at + 1
        }
        Some(&b) if (0x40..=0x5f).contains(&b) => at + 2,
        _ => at + 1,
    }
}

/// Whether the ASCII byte `b` starts something the `control-char` rule
/// deletes (a C0 control other than tab, newline and CR, or DEL).
#[inline]
pub(crate) fn is_removable_ascii(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)) || b == 0x7f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_byte_finds_in_every_chunk_position() {
        for at in [0, 5, 31, 32, 33, 63, 64, 100] {
            let mut bytes = vec![b'a'; 130];
            bytes[at] = b'&';
            assert_eq!(find_byte(&bytes, 0, |b| b == b'&'), Some(at));
            assert_eq!(find_byte(&bytes, at + 1, |b| b == b'&'), None);
        }
        assert_eq!(find_byte(b"", 3, |b| b == 0), None);
    }

    #[test]
    fn find_byte3_finds_what_find_byte_finds() {
        let mut bytes = vec![b'a'; 200];
        for at in [0, 7, 31, 32, 33, 64, 150, 199] {
            bytes[at] = if at % 2 == 0 { b'?' } else { 0xc2 };
        }
        let hit = |b: u8| (b == b'?') | (b == 0xc2) | (b == 0xef);
        for from in 0..=210 {
            assert_eq!(
                find_byte3(&bytes, from, b'?', 0xc2, 0xef),
                find_byte(&bytes, from, hit),
                "{from}"
            );
        }
    }

    #[test]
    fn c1_maps_through_windows_1252() {
        assert_eq!(c1_as_windows_1252('\u{92}'), Some('’'));
        assert_eq!(c1_as_windows_1252('\u{80}'), Some('€'));
        assert_eq!(c1_as_windows_1252('\u{81}'), None);
        assert_eq!(c1_as_windows_1252('a'), None);
    }

    #[test]
    fn normalize_matches_the_other_rules() {
        assert_eq!(
            normalize_repaired("a\u{a0}b\u{200b}c\u{93}\u{ad}"),
            "a bc“\u{ad}"
        );
        assert!(matches!(normalize_repaired("café ’"), Cow::Borrowed(_)));
        assert_eq!(normalize_repaired("a\u{2028}b\u{2029}c\u{fffc}"), "a\nb\nc");
    }
}
