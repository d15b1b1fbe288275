//! Decoding: bytes in any encoding to UTF-8 text.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Text decoded from bytes, with the encoding used and why it was chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text, borrowed when the bytes were already UTF-8.
    pub text: Cow<'a, str>,
    /// The encoding the bytes were read as.
    pub encoding: &'static Encoding,
    /// Why that encoding was chosen (`"byte order mark"`, `"valid UTF-8"`, …).
    pub reason: &'static str,
}

/// Decodes `bytes`: a byte order mark wins, valid UTF-8 is UTF-8, anything
/// else is read as windows-1252. Never fails and never panics: bytes that do
/// not decode become U+FFFD.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return Decoded {
            text,
            encoding,
            reason: "byte order mark",
        };
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: Cow::Borrowed(text),
            encoding: UTF_8,
            reason: "valid UTF-8",
        };
    }
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
    Decoded {
        text,
        encoding: WINDOWS_1252,
        reason: "not UTF-8; windows-1252 as the last resort",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_borrowed() {
        let d = decode("café".as_bytes());
        assert_eq!(d.encoding, UTF_8);
        assert!(matches!(d.text, Cow::Borrowed("café")));
    }

    #[test]
    fn bom_wins_and_is_dropped() {
        let d = decode(b"\xEF\xBB\xBFhi");
        assert_eq!(d.text, "hi");
        let d = decode(b"\xFF\xFEh\0i\0");
        assert_eq!(d.text, "hi");
        assert_eq!(d.reason, "byte order mark");
    }

    #[test]
    fn invalid_utf8_falls_back_to_windows_1252() {
        let d = decode(b"caf\xe9 \x93quoted\x94");
        assert_eq!(d.text, "café “quoted”");
        assert_eq!(d.encoding, WINDOWS_1252);
    }
}
