//! Decoding: bytes in any encoding to UTF-8 text.
//!
//! The evidence is weighed in the order browsers use:
//!
//! 1. a byte order mark, or, without one, the pattern of NUL bytes that
//!    UTF-16 text of mostly Latin letters has (every other byte NUL);
//! 2. for HTML, a `<meta charset=…>` or `<meta http-equiv="Content-Type"
//!    content="…; charset=…">` in the first 1024 bytes;
//! 3. bytes that are valid UTF-8 are UTF-8, and so are bytes that are
//!    valid but for CESU-8 surrogate pairs (emoji as Java and MySQL write
//!    them), which are decoded to the characters they pair up to;
//! 4. otherwise the legacy encoding [`chardetng`] detects (the detector
//!    Firefox uses), windows-1252 being the last resort.
//!
//! A caller that knows better forces an encoding with [`decode_with`] and a
//! label from [`encoding_for_label`] (`--encoding LABEL` on the command line).
//! Binary input (NUL bytes beyond a stray one, or mostly control bytes) is
//! refused with
//! [`Error::Binary`] by [`check_binary`], or by [`decode_checked`], which
//! is what a front end wants: check, pick the encoding, decode.
//!
//! ```
//! use rinse::decode::{decode, decode_checked, encoding_for_label};
//!
//! let decoded = decode(b"caf\xe9 cr\xe8me");
//! assert_eq!(decoded.text, "café crème");
//! assert_eq!(decoded.encoding.name(), "windows-1252");
//!
//! let forced = encoding_for_label("koi8-r").unwrap();
//! let decoded = decode_checked(b"\xd0\xd2\xc9\xd7\xc5\xd4", Some(forced)).unwrap();
//! assert_eq!(decoded.text, "привет");
//! assert_eq!(decoded.reason, "forced by the caller");
//!
//! assert!(decode_checked(b"PK\x03\x04\0\0\x08\0", None).is_err());
//! ```

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

use crate::error::Error;
use crate::swar::{splat, TOPS};

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

/// How far into the input the HTML `<meta>` prescan looks, as browsers do.
const META_PRESCAN: usize = 1024;
/// How much of the input the binary check samples.
const BINARY_SAMPLE: usize = 64 * 1024;

/// The encoding named by `label` (`utf-8`, `latin1`, `cp1251`, `shift_jis`…,
/// any WHATWG label, case and surrounding spaces ignored).
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding, Error> {
    Encoding::for_label(label.trim().as_bytes())
        .ok_or_else(|| Error::UnknownEncoding(label.trim().to_owned()))
}

/// Decodes `bytes`, choosing the encoding from the evidence (see the module
/// docs). Never fails and never panics: bytes that do not decode become
/// U+FFFD. Does not judge whether the bytes are text; see [`check_binary`]
/// and [`decode_checked`].
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    decode_with(bytes, None)
}

/// Refuses binary input ([`check_binary`]), then decodes as [`decode_with`]
/// does: the one call a front end needs for `--encoding LABEL` (pass
/// `Some(encoding_for_label(label)?)`) or for detection (pass `None`).
pub fn decode_checked<'a>(
    bytes: &'a [u8],
    forced: Option<&'static Encoding>,
) -> Result<Decoded<'a>, Error> {
    let wide = |e: &'static Encoding| e == UTF_16LE || e == UTF_16BE;
    // UTF-16 is full of NUL bytes and is still text.
    if !forced.is_some_and(wide) {
        check_binary(bytes)?;
    }
    Ok(decode_with(bytes, forced))
}

/// [`decode_checked`] of bytes the caller gives up: text that lies in them
/// as it is (valid UTF-8, less a byte order mark) becomes a `String` in
/// their own buffer, never copied; text that had to be decoded is a new
/// buffer, and the bytes are dropped before it is returned.
///
/// ```
/// use rinse::decode::decode_checked_owned;
///
/// let decoded = decode_checked_owned(b"\xEF\xBB\xBFcaf\xC3\xA9".to_vec(), None).unwrap();
/// assert_eq!(decoded.text, "café");
/// let decoded = decode_checked_owned(b"caf\xe9".to_vec(), None).unwrap();
/// assert_eq!((decoded.text.as_ref(), decoded.encoding.name()), ("café", "windows-1252"));
/// ```
pub fn decode_checked_owned(
    bytes: Vec<u8>,
    forced: Option<&'static Encoding>,
) -> Result<Decoded<'static>, Error> {
    let decoded = decode_checked(&bytes, forced)?;
    let (encoding, reason) = (decoded.encoding, decoded.reason);
    let within = match &decoded.text {
        Cow::Borrowed(text) => within(&bytes, text),
        Cow::Owned(_) => None,
    };
    let text = match within {
        Some(range) => {
            drop(decoded);
            let mut bytes = bytes;
            bytes.truncate(range.end);
            bytes.drain(..range.start);
            String::from_utf8(bytes).expect("decoded as UTF-8 where it lies")
        }
        None => decoded.text.into_owned(),
    };
    Ok(Decoded {
        text: Cow::Owned(text),
        encoding,
        reason,
    })
}

/// Where `text` lies in `bytes`, when it is a stretch of them.
fn within(bytes: &[u8], text: &str) -> Option<std::ops::Range<usize>> {
    let start = (text.as_ptr() as usize).checked_sub(bytes.as_ptr() as usize)?;
    let end = start + text.len();
    (end <= bytes.len()).then_some(start..end)
}

/// Decodes `bytes` as `forced` when given (a byte order mark of that
/// encoding is still stripped), else from the evidence as [`decode`] does.
pub fn decode_with<'a>(bytes: &'a [u8], forced: Option<&'static Encoding>) -> Decoded<'a> {
    let bom = Encoding::for_bom(bytes);
    if let Some(encoding) = forced {
        let body = match bom {
            Some((e, len)) if e == encoding => &bytes[len..],
            _ => bytes,
        };
        return Decoded {
            text: decode_as(encoding, body),
            encoding,
            reason: "forced by the caller",
        };
    }
    if let Some((encoding, len)) = bom {
        return Decoded {
            text: decode_as(encoding, &bytes[len..]),
            encoding,
            reason: "byte order mark",
        };
    }
    if let Some(encoding) = sniff_utf16(bytes) {
        return Decoded {
            text: decode_as(encoding, bytes),
            encoding,
            reason: "UTF-16 without a byte order mark (every other byte NUL)",
        };
    }
    if let Some(encoding) = meta_charset(bytes) {
        return Decoded {
            text: decode_as(encoding, bytes),
            encoding,
            reason: "HTML <meta> charset",
        };
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: Cow::Borrowed(text),
            encoding: UTF_8,
            reason: "valid UTF-8",
        };
    }
    if let Some(text) = decode_cesu8(bytes) {
        return Decoded {
            text: Cow::Owned(text),
            encoding: UTF_8,
            reason: "UTF-8 with CESU-8 surrogate pairs (as Java and MySQL's utf8 write emoji)",
        };
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let (guess, confident) = detector.guess_assess(None, false);
    let (encoding, reason) = if confident && guess != WINDOWS_1252 {
        (guess, "not UTF-8; detected by chardetng")
    } else if confident {
        (
            WINDOWS_1252,
            "not UTF-8; windows-1252 detected by chardetng",
        )
    } else {
        (WINDOWS_1252, "not UTF-8; windows-1252 as the last resort")
    };
    Decoded {
        text: decode_as(encoding, bytes),
        encoding,
        reason,
    }
}

/// `bytes` decoded as UTF-8 whose characters beyond U+FFFF were written as
/// CESU-8, a surrogate pair as two three-byte sequences (`ED A0–AF xx`
/// then `ED B0–BF xx`), when those pairs are all that keeps the bytes from
/// being valid UTF-8 (and there is at least one). Anything else invalid:
/// `None`, and the detector decides.
fn decode_cesu8(bytes: &[u8]) -> Option<String> {
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    let mut pairs = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(text) => {
                out.push_str(text);
                return (pairs > 0).then_some(out);
            }
            Err(e) => {
                let valid = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..valid]).ok()?);
                let pair = rest.get(valid..valid + 6)?;
                let (high, low) = match *pair {
                    [0xed, h1 @ 0xa0..=0xaf, h2 @ 0x80..=0xbf, 0xed, l1 @ 0xb0..=0xbf, l2 @ 0x80..=0xbf] => {
                        (
                            0xd800 | (u32::from(h1 & 0x0f) << 6) | u32::from(h2 & 0x3f),
                            0xdc00 | (u32::from(l1 & 0x0f) << 6) | u32::from(l2 & 0x3f),
                        )
                    }
                    _ => return None,
                };
                let c = char::from_u32(0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00))?;
                out.push(c);
                pairs += 1;
                rest = &rest[valid + 6..];
            }
        }
    }
}

/// Refuses input that is not text: NUL bytes (unless a UTF-16 byte order
/// mark or pattern explains them; see [`stray_nuls_allowed`] for the one
/// stray NUL a text file may carry), or a sample in which more than one
/// byte in ten is a control byte other than tab, newline, carriage return,
/// form feed and escape. The error names the reason.
pub fn check_binary(bytes: &[u8]) -> Result<(), Error> {
    if matches!(Encoding::for_bom(bytes), Some((e, _)) if e == UTF_16LE || e == UTF_16BE) {
        return Ok(());
    }
    if sniff_utf16(bytes).is_some() {
        return Ok(());
    }
    if let Some(at) = memchr::memchr(0, bytes) {
        let nuls = memchr::memchr_iter(0, bytes).count();
        if nuls > stray_nuls_allowed(bytes.len()) {
            return Err(Error::Binary(format!(
                "NUL byte at offset {at}; UTF-16 text without a byte order mark needs its encoding named (utf-16le or utf-16be)"
            )));
        }
    }
    let sample = &bytes[..bytes.len().min(BINARY_SAMPLE)];
    let controls = count_controls(sample);
    if sample.len() >= 16 && controls * 10 > sample.len() {
        return Err(Error::Binary(format!(
            "{controls} of the first {} bytes are control bytes",
            sample.len()
        )));
    }
    Ok(())
}

/// The control bytes [`check_binary`] counts (below 0x20), as a bit set:
/// all but tab, newline, form feed, carriage return and escape.
const COUNTED_CONTROLS: u32 = !(1 << b'\t' | 1 << b'\n' | 1 << 0x0c | 1 << b'\r' | 1 << 0x1b);

/// Whether `b` is one of the control bytes [`check_binary`] counts.
#[inline(always)]
fn is_counted_control(b: u8) -> bool {
    b < 0x20 && COUNTED_CONTROLS >> b & 1 != 0
}

/// How many bytes of `sample` are control bytes [`check_binary`] counts.
/// Text has a line break now and then and hardly any other control byte:
/// 32 bytes at a time are tested for any byte below 0x20 at all, and only
/// the eight-byte words that hold one are looked at byte by byte.
fn count_controls(sample: &[u8]) -> usize {
    let word = |chunk: &[u8]| u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
    let below = |x: u64| x.wrapping_sub(splat(0x20)) & !x & TOPS;
    let count = |bytes: &[u8]| bytes.iter().filter(|&&b| is_counted_control(b)).count();
    let mut controls = 0;
    let mut blocks = sample.chunks_exact(32);
    for block in &mut blocks {
        let (a, b, c, d) = (
            word(&block[..8]),
            word(&block[8..16]),
            word(&block[16..24]),
            word(&block[24..]),
        );
        if below(a) | below(b) | below(c) | below(d) == 0 {
            continue;
        }
        for (part, x) in block.chunks_exact(8).zip([a, b, c, d]) {
            if below(x) != 0 {
                controls += count(part);
            }
        }
    }
    controls + count(blocks.remainder())
}

/// How many NUL bytes an input of `len` bytes may hold and still be text:
/// one per 64 KiB begun, and none in an input of fewer than 16 bytes (too
/// little to tell). A stray NUL in a text file is a glitch of the program
/// that wrote it; the `control-char` rule deletes it with an edit like any
/// other control character. Binary files have NULs far more often (random
/// bytes one in 256, executables and images in runs), and the control-byte
/// test that follows catches those with few.
fn stray_nuls_allowed(len: usize) -> usize {
    if len < 16 {
        0
    } else {
        len.div_ceil(BINARY_SAMPLE)
    }
}

/// How much of the input the UTF-16 pattern is looked for in.
const UTF16_SAMPLE: usize = 4096;

/// UTF-16LE or UTF-16BE when `bytes` (no byte order mark) look like UTF-16
/// text of mostly Latin letters: an even length, at least four bytes, and
/// in the sample at least four pairs in ten with a NUL high byte on one
/// side and hardly any NUL on the other. Binary files have NULs on both
/// sides; single-byte text has none.
pub fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || bytes.len() % 2 != 0 {
        return None;
    }
    let sample = &bytes[..bytes.len().min(UTF16_SAMPLE)];
    memchr::memchr(0, sample)?;
    let pairs = sample.len() / 2;
    let (mut even, mut odd) = (0, 0);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let mostly = |n: usize| n * 10 >= pairs * 4;
    let hardly = |n: usize| n * 50 <= pairs;
    let encoding = if mostly(odd) && hardly(even) {
        UTF_16LE
    } else if mostly(even) && hardly(odd) {
        UTF_16BE
    } else {
        return None;
    };
    // Text decodes without a replacement character.
    let (_, malformed) = encoding.decode_without_bom_handling(sample);
    (!malformed).then_some(encoding)
}

fn decode_as<'a>(encoding: &'static Encoding, bytes: &'a [u8]) -> Cow<'a, str> {
    encoding.decode_without_bom_handling(bytes).0
}

/// The encoding an HTML `<meta>` tag in the first 1024 bytes declares, as the
/// WHATWG prescan reads it (UTF-16 declarations mean UTF-8, `x-user-defined`
/// means windows-1252).
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(META_PRESCAN)];
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&lower[from..], b"<meta") {
        let tag_start = from + at + 5;
        let tag_end =
            memchr::memchr(b'>', &lower[tag_start..]).map_or(lower.len(), |end| tag_start + end);
        let tag = &lower[tag_start..tag_end];
        let orig = &head[tag_start..tag_end];
        if let Some(label) = charset_in(tag, orig) {
            if let Some(encoding) = Encoding::for_label(label) {
                return Some(if encoding == UTF_16LE || encoding == UTF_16BE {
                    UTF_8
                } else if encoding.name() == "x-user-defined" {
                    WINDOWS_1252
                } else {
                    encoding
                });
            }
        }
        from = tag_end.max(tag_start);
    }
    None
}

/// The label after `charset=` in a meta tag's attributes (covers both
/// `charset="x"` and `content="text/html; charset=x"`).
fn charset_in<'t>(lower: &[u8], orig: &'t [u8]) -> Option<&'t [u8]> {
    let at = memchr::memmem::find(lower, b"charset")? + 7;
    let mut i = at;
    while i < lower.len() && lower[i].is_ascii_whitespace() {
        i += 1;
    }
    if lower.get(i) != Some(&b'=') {
        return None;
    }
    i += 1;
    while i < lower.len()
        && (lower[i].is_ascii_whitespace() || lower[i] == b'"' || lower[i] == b'\'')
    {
        i += 1;
    }
    let start = i;
    while i < lower.len()
        && !matches!(
            lower[i],
            b'"' | b'\'' | b';' | b'/' | b' ' | b'\t' | b'\n' | b'\r'
        )
    {
        i += 1;
    }
    (i > start).then(|| &orig[start..i])
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{SHIFT_JIS, WINDOWS_1251};

    fn ok(bytes: &[u8]) -> Decoded<'_> {
        decode_checked(bytes, None).expect("text, not binary")
    }

    #[test]
    fn owned_bytes_decode_as_borrowed_ones() {
        let inputs: [(&[u8], Option<&'static Encoding>); 6] = [
            (b"caf\xc3\xa9", None),
            (b"\xef\xbb\xbfcaf\xc3\xa9", None),
            (b"caf\xe9", None),
            (b"\xff\xfec\0a\0f\0\xe9\0", None),
            (b"\xed\xa0\xbd\xed\xb8\x80 emoji", None),
            (b"\xd0\xd2\xc9\xd7\xc5\xd4", Some(encoding_rs::KOI8_R)),
        ];
        for (bytes, forced) in inputs {
            let borrowed = decode_checked(bytes, forced).unwrap();
            let owned = decode_checked_owned(bytes.to_vec(), forced).unwrap();
            assert_eq!(owned, borrowed);
        }
        assert!(decode_checked_owned(b"PK\x03\x04\0\0\x08\0".to_vec(), None).is_err());
    }

    #[test]
    fn utf8_is_borrowed() {
        let d = decode("café".as_bytes());
        assert_eq!(d.encoding, UTF_8);
        assert!(matches!(d.text, Cow::Borrowed("café")));
    }

    #[test]
    fn bom_wins_and_is_dropped() {
        let d = ok(b"\xEF\xBB\xBFhi");
        assert_eq!(d.text, "hi");
        let d = ok(b"\xFF\xFEh\0i\0");
        assert_eq!(d.text, "hi");
        assert_eq!(d.reason, "byte order mark");
    }

    #[test]
    fn invalid_utf8_falls_back_to_windows_1252() {
        let d = ok(b"caf\xe9 \x93quoted\x94");
        assert_eq!(d.text, "café “quoted”");
        assert_eq!(d.encoding, WINDOWS_1252);
    }

    #[test]
    fn meta_charset_beats_utf8_sniffing() {
        let html = b"<html><head><meta charset=\"windows-1251\"></head><body>\xcf\xf0\xe8\xe2\xe5\xf2</body>";
        let d = ok(html);
        assert_eq!(d.encoding, WINDOWS_1251);
        assert_eq!(d.reason, "HTML <meta> charset");
        assert!(d.text.contains("Привет"));
        let http_equiv =
            b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Shift_JIS'>\x82\xa0";
        assert_eq!(ok(http_equiv).encoding, SHIFT_JIS);
        // A UTF-16 declaration in a byte stream means UTF-8.
        assert_eq!(ok(b"<meta charset=utf-16>ok").encoding, UTF_8);
        // An unknown label is ignored.
        assert_eq!(ok(b"<meta charset=klingon>ok").encoding, UTF_8);
    }

    #[test]
    fn meta_past_1024_bytes_is_not_seen() {
        let mut html = vec![b' '; 1100];
        html.extend_from_slice(b"<meta charset=windows-1251>");
        assert_eq!(ok(&html).encoding, UTF_8);
    }

    #[test]
    fn chardetng_detects_cyrillic() {
        let bytes = WINDOWS_1251
            .encode("Съешь же ещё этих мягких французских булок, да выпей чаю. Привет, мир!")
            .0;
        let d = ok(&bytes);
        assert_eq!(d.encoding, WINDOWS_1251);
        assert!(d.reason.contains("chardetng"));
    }

    #[test]
    fn forced_encoding_wins() {
        let latin1 = encoding_for_label(" Latin1 ").unwrap();
        let d = decode_checked("café".as_bytes(), Some(latin1)).unwrap();
        assert_eq!(d.text, "cafÃ©");
        assert_eq!(d.reason, "forced by the caller");
        assert!(matches!(
            encoding_for_label("no-such-encoding"),
            Err(Error::UnknownEncoding(l)) if l == "no-such-encoding"
        ));
    }

    #[test]
    fn utf16_without_a_bom_is_detected() {
        let text = "Hello, world. A line of text.\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(ok(&le).text, text);
        assert_eq!(ok(&le).encoding, UTF_16LE);
        assert_eq!(ok(&be).text, text);
        assert_eq!(ok(&be).encoding, UTF_16BE);
        // NULs on both sides are binary, with a hint.
        let err = decode_checked(b"\0\0ab\0\0cd\0\0", None).unwrap_err();
        assert!(
            err.to_string().contains("named (utf-16le or utf-16be)"),
            "{err}"
        );
    }

    #[test]
    fn cesu8_surrogate_pairs_are_utf8() {
        // 😀 U+1F600 as CESU-8: ED A0 BD ED B8 80.
        let d = decode(b"smile \xed\xa0\xbd\xed\xb8\x80 caf\xc3\xa9");
        assert_eq!(d.text, "smile \u{1f600} café");
        assert_eq!(d.encoding, UTF_8);
        assert!(d.reason.contains("CESU-8"));
        // A lone surrogate, or other invalid bytes beside a pair: not CESU-8.
        assert_eq!(decode_cesu8(b"a \xed\xa0\xbd b"), None);
        assert_eq!(decode_cesu8(b"\xed\xa0\xbd\xed\xb8\x80 caf\xe9"), None);
        assert_eq!(decode_cesu8(b"valid"), None);
    }

    #[test]
    fn binary_is_refused() {
        assert!(
            matches!(check_binary(b"abc\0def"), Err(Error::Binary(r)) if r.contains("offset 3"))
        );
        let controls: Vec<u8> = (0..200)
            .map(|i| if i % 3 == 0 { 0x01 } else { b'a' })
            .collect();
        assert!(matches!(
            decode_checked(&controls, None),
            Err(Error::Binary(_))
        ));
        // Text with a few stray controls is still text.
        assert!(check_binary(b"a normal line\x07 with a bell and \x1b[1mbold\x1b[0m\n").is_ok());
        // One stray NUL in text is text (`control-char` deletes it); two in
        // a short input, or one in fewer than 16 bytes, is binary.
        assert!(check_binary(b"a normal line with\0 one stray NUL\n").is_ok());
        assert!(check_binary(b"a normal line with\0 two stray\0 NULs\n").is_err());
        let mut long = b"text ".repeat(20_000);
        long[100] = 0;
        long[90_000] = 0;
        assert!(check_binary(&long).is_ok());
        long[50_000] = 0;
        assert!(check_binary(&long).is_err());
        assert_eq!(stray_nuls_allowed(15), 0);
        assert_eq!(stray_nuls_allowed(16), 1);
        assert_eq!(stray_nuls_allowed(BINARY_SAMPLE + 1), 2);
        // UTF-16 has NUL bytes and is not binary.
        assert!(decode_checked(b"h\0i\0", Some(UTF_16LE)).is_ok());
        assert!(decode_checked(b"\xff\xfeh\0i\0", None).is_ok());
        assert!(decode_checked(b"", None).is_ok());
        // `decode` itself never refuses.
        assert_eq!(decode(b"a\0b").text, "a\0b");
    }

    /// The control count, 32 bytes at a time, against a byte filter:
    /// every byte value at every place of a block and of the tail.
    #[test]
    fn control_count_agrees_with_a_byte_filter() {
        let slow = |bytes: &[u8]| {
            bytes
                .iter()
                .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
                .count()
        };
        for base in [b'a', b' ', 0x7f, 0x80, 0xff, 0x01, b'\n'] {
            for len in [0, 7, 8, 31, 32, 33, 64, 71] {
                for at in 0..len {
                    for b in 0..=255u8 {
                        let mut bytes = vec![base; len];
                        bytes[at] = b;
                        if at + 9 < len {
                            bytes[at + 9] = b ^ 0x1f;
                        }
                        assert_eq!(count_controls(&bytes), slow(&bytes), "{bytes:?}");
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn control_count_matches_on_any_bytes(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300)) {
            let slow = bytes.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)).count();
            proptest::prop_assert_eq!(count_controls(&bytes), slow);
        }
    }
}
