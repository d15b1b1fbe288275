//! `mojibake`: UTF-8 that was decoded as a legacy single-byte encoding
//! (`donâ€™t` → `don’t`, `cafÃ©` → `café`), once or twice over.
//!
//! Mojibake of a UTF-8 character is a run of non-ASCII characters, so only
//! runs of non-ASCII characters are looked at (ASCII text is skipped at
//! memory speed). Each run is mapped back to the bytes a legacy encoding
//! would give it; where those bytes hold a valid UTF-8 sequence whose
//! character is a plausible one (a letter of a living script, common
//! punctuation, a symbol or an emoji), that stretch is repaired.
//! windows-1252 (with latin-1's C1 controls) is tried sequence by sequence;
//! MacRoman, windows-1251 and windows-1250, which produce look-alikes of
//! real text more easily, only when the whole run decodes.

use std::ops::Range;
use std::sync::OnceLock;

use encoding_rs::{Encoding, ISO_8859_2, MACINTOSH, WINDOWS_1250, WINDOWS_1251, WINDOWS_1252};

use super::chars::{
    c1_as_windows_1252, escape_end, find_byte, is_removable_ascii, is_removable_invisible,
    normalize_repaired,
};
use super::{Context, Findings, Rule, RuleKind};
use crate::edit::Edit;
use crate::swar::TOPS;

/// The `mojibake` rule.
pub struct Mojibake;

/// How many layers of mojibake are peeled off at most.
const MAX_LAYERS: usize = 3;

impl Rule for Mojibake {
    fn id(&self) -> &'static str {
        "mojibake"
    }
    fn summary(&self) -> &'static str {
        "UTF-8 read as windows-1252, latin-1, MacRoman, windows-1251/1250 or DOS 437/850 (`donâ€™t` → `don’t`)"
    }
    fn explain(&self) -> &'static str {
        "What it does: repairs text that was UTF-8, was decoded as a legacy single-byte \
encoding (windows-1252, latin-1, MacRoman, windows-1251 or windows-1250) and saved again, so that \
every accented letter, curly quote or emoji became two to four odd characters: \
`donâ€™t` → `don’t`, `cafÃ©` → `café`, `caf√©` → `café`, `РїСЂРёРІРµС‚` → `привет`, \
`ðŸ˜€` → 😀. Text damaged twice over (`donÃ¢â‚¬â„¢t`) is repaired in one step. Only \
the damaged words change, so a document that is good but for a few lines keeps the \
rest byte for byte.\n\
Signals: the characters must map back to bytes that form valid UTF-8, and the \
character those bytes give must be a plausible one (a letter of a living script, \
common punctuation, a currency sign, a symbol, an emoji). Results in Greek, Cyrillic, \
Hebrew, Arabic or CJK need at least two repaired characters of one script in the run, \
or one between characters of its own script (`日本èªž` → `日本語`), and leave at most one \
character of the run undecoded (garble stays garble); MacRoman, \
windows-1251 and windows-1250 need the whole run to decode. ISO-8859-2, which \
differs from windows-1250 in 0xA1–0xBE (`Ĺź` is `ż` there, `ş` in windows-1250), is \
tried first when the line holds C1 controls that windows-1250 would have shown as \
characters (`ZaĹźĂłĹ\u{82}Ä\u{87}` → `Zażółć`). One isolated pair is not \
evidence: a pair that correct text also holds (a no-break space after a capital in a \
word of capitals, a dash or quotation mark ending a word, an apostrophe before `s`, \
`Ã¥` after a capital) is repaired only when the line holds other mojibake.\n\
Also: a byte lost as `�` inside a sequence leaves one `�` (`SlovenÄ�ina` → \
`Sloven�ina`), and so does a lone `Ã`, `Ä` or `Å` whose second byte became `?` \
inside a lower-case word (`SlovenÄ?ina`); a no-break-space byte made a space or dropped is put back when a second \
space, other repairs in the word or other mojibake on the line say so (`voilÃ  le` → \
`voilà le`); an extra latin-1 layer of C1 controls is peeled with the rest; CESU-8 \
emoji (`í\u{a0}½í¸€` → 😀); the DOS code pages 437 and 850 when the whole run \
decodes to Western European text and its line holds two such sequences \
(`caf├⌐ cr├¿me` → `café crème`).\n\
What stays: correctly encoded text in any script, and text that merely looks odd \
(`MISUTÂ AJIKKO`, `MISUTÂ` + no-break space + `AJIKKO`, `10 Å—`, `Ã’s`, `MÃ¥rten`, \
`âš´`, `groß“`, `CAFÉ”`).\n\
Example: `The cafÃ© didnâ€™t open` → `The café didn’t open`."
    }
    fn kind(&self) -> RuleKind {
        RuleKind::Character
    }
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        mojibake(cx.doc.text, out);
    }
}

/// Bytes that a legacy single-byte encoding gives each character.
struct Codepage {
    name: &'static str,
    /// Byte for U+0080..=U+00FF (0 when none).
    latin: [u8; 128],
    /// Byte for every other character the code page has, sorted.
    other: Vec<(char, u8)>,
}

impl Codepage {
    fn new(encoding: &'static Encoding, name: &'static str, latin1_c1: bool) -> Self {
        let mut latin = [0u8; 128];
        let mut other = Vec::new();
        for b in 0x80..=0xffu8 {
            let buf = [b];
            let (text, _) = encoding.decode_without_bom_handling(&buf);
            let Some(c) = text.chars().next() else {
                continue;
            };
            if c == '\u{fffd}' {
                continue;
            }
            match u32::from(c) {
                cp @ 0x80..=0xff => latin[cp as usize - 0x80] = b,
                _ => other.push((c, b)),
            }
        }
        if latin1_c1 {
            for b in 0x80..=0x9fu8 {
                if latin[usize::from(b) - 0x80] == 0 {
                    latin[usize::from(b) - 0x80] = b;
                }
            }
        }
        other.sort_unstable();
        Codepage { name, latin, other }
    }

    /// Every character of the code page above ASCII, with its byte.
    fn pairs(&self) -> impl Iterator<Item = (char, u8)> + '_ {
        let latin = (0x80..=0xffu32).filter_map(|cp| {
            let b = self.latin[cp as usize - 0x80];
            (b != 0).then(|| char::from_u32(cp).map(|c| (c, b)))?
        });
        latin.chain(self.other.iter().copied())
    }

    #[inline]
    fn byte(&self, c: char) -> Option<u8> {
        let cp = u32::from(c);
        if (0x80..=0xff).contains(&cp) {
            let b = self.latin[cp as usize - 0x80];
            return (b != 0).then_some(b);
        }
        self.other
            .binary_search_by_key(&c, |&(c, _)| c)
            .ok()
            .map(|i| self.other[i].1)
    }
}

impl Codepage {
    /// A code page from the characters of its bytes 0x80..=0xFF.
    fn from_table(name: &'static str, table: &str) -> Self {
        let mut latin = [0u8; 128];
        let mut other = Vec::new();
        for (b, c) in (0x80..=0xffu8).zip(table.chars()) {
            match u32::from(c) {
                cp @ 0x80..=0xff => latin[cp as usize - 0x80] = b,
                _ => other.push((c, b)),
            }
        }
        other.sort_unstable();
        Codepage { name, latin, other }
    }
}

/// The DOS code pages 437 and 850 (what a Windows console shows), bytes
/// 0x80..=0xFF; `encoding_rs` has neither.
const CP437: &str = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{a0}";
const CP850: &str = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u{ad}±‗¾¶§÷¸°¨·¹³²■\u{a0}";

fn dos_codepages() -> &'static [Codepage; 2] {
    static T: OnceLock<[Codepage; 2]> = OnceLock::new();
    T.get_or_init(|| {
        [
            Codepage::from_table("cp437", CP437),
            Codepage::from_table("cp850", CP850),
        ]
    })
}

fn cp1252() -> &'static Codepage {
    static T: OnceLock<Codepage> = OnceLock::new();
    T.get_or_init(|| Codepage::new(WINDOWS_1252, "windows-1252", true))
}

fn whole_run_codepages() -> &'static [Codepage; 3] {
    static T: OnceLock<[Codepage; 3]> = OnceLock::new();
    T.get_or_init(|| {
        [
            Codepage::new(MACINTOSH, "MacRoman", false),
            Codepage::new(WINDOWS_1251, "windows-1251", false),
            Codepage::new(WINDOWS_1250, "windows-1250", false),
        ]
    })
}

/// ISO-8859-2, tried before windows-1250 when the line holds C1 controls
/// (what an ISO decoder leaves of bytes 0x80–0x9F, which windows-1250
/// reads as punctuation and letters). The two agree on 0xC0–0xFF but not on
/// 0xA1–0xBE, so one run may decode in both to different letters: `Ĺź`
/// is `ż` (C5 BC) in ISO-8859-2 and `ş` (C5 9F) in windows-1250. Every
/// character it has is also in windows-1250, so it adds no roles.
fn iso_8859_2() -> &'static Codepage {
    static T: OnceLock<Codepage> = OnceLock::new();
    T.get_or_init(|| Codepage::new(ISO_8859_2, "ISO-8859-2", false))
}

/// Whether the line around `start..end` holds a C1 control (U+0080–U+009F)
/// for a byte that windows-1250 reads as a character: such a control was
/// left by an ISO decoder. (windows-1250 leaves 0x81, 0x83, 0x88, 0x90 and
/// 0x98 undefined, and decoders pass those through as C1 controls: ftfy's
/// `Ă®nceĹŁoĹźatÄ\u{83}` is windows-1250.)
fn c1_on_line(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let from = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |p| p + 1);
    let to = memchr::memchr(b'\n', &bytes[end..]).map_or(bytes.len(), |p| end + p);
    memchr::memchr_iter(0xc2, &bytes[from..to]).any(|p| {
        matches!(bytes.get(from + p + 1), Some(&b @ 0x80..=0x9f)
            if !matches!(b, 0x81 | 0x83 | 0x88 | 0x90 | 0x98))
    })
}

/// Role bits of a character in the code pages: it stands for a UTF-8 lead
/// byte (0xC2–0xF4), or for a continuation byte (0x80–0xBF), in at least one.
const LEAD: u8 = 1;
const CONT: u8 = 2;
/// A two-byte lead (0xC2–0xDF) in windows-1252 or a whole-run code page
/// (not the DOS ones), and a continuation byte there: what can end a
/// sequence that lost its last byte (see [`open_before_space`]).
const LEAD2: u8 = 4;
const CONT_MAIN: u8 = 8;

/// The roles of every character the code pages have, for a quick test of
/// whether a run can hold mojibake at all.
struct Roles {
    /// Roles of U+0000..U+07FF, by code point.
    low: Vec<u8>,
    /// Roles of the other characters, sorted.
    high: Vec<(char, u8)>,
    /// Roles page by page ([`PageRoles`]) of U+0000..U+07FF, by code point.
    low_pages: Vec<u32>,
    /// Roles page by page of the other characters, sorted.
    high_pages: Vec<(char, u32)>,
}

/// A character's roles in each code page, one bit per page and role: a
/// two-byte lead (0xC2–0xDF) at bit `page`, a longer lead (0xE0–0xF4) at
/// `8 + page`, a continuation byte (0x80–0xBF) at `16 + page`; pages in the
/// order windows-1252, MacRoman, windows-1251, windows-1250, DOS 437, DOS
/// 850. `U+FFFD` (a lost byte) continues in every page.
type PageRoles = u32;
const PAGE_LEAD2: u32 = 0;
const PAGE_LEADN: u32 = 8;
const PAGE_CONT: u32 = 16;
const PAGE_MASK: u32 = 0x3f;

fn roles() -> &'static Roles {
    static T: OnceLock<Roles> = OnceLock::new();
    T.get_or_init(|| {
        let mut low_pages = vec![0u32; 0x800];
        let mut high_pages: Vec<(char, u32)> = Vec::new();
        let all_pages = std::iter::once(cp1252())
            .chain(whole_run_codepages())
            .chain(dos_codepages());
        for (k, page) in (0u32..).zip(all_pages) {
            for (c, b) in page.pairs() {
                let bit = match b {
                    0x80..=0xbf => PAGE_CONT,
                    0xc2..=0xdf => PAGE_LEAD2,
                    0xe0..=0xf4 => PAGE_LEADN,
                    _ => continue,
                };
                mark_role(&mut low_pages, &mut high_pages, c, 1 << (bit + k));
            }
        }
        for k in 0..6 {
            mark_role(
                &mut low_pages,
                &mut high_pages,
                '\u{fffd}',
                1 << (PAGE_CONT + k),
            );
        }
        let mut low = vec![0u8; 0x800];
        let mut high: Vec<(char, u8)> = Vec::new();
        let main_pages = std::iter::once(cp1252()).chain(whole_run_codepages());
        for page in main_pages {
            for (c, b) in page.pairs() {
                let role = match b {
                    0x80..=0xbf => CONT | CONT_MAIN,
                    0xc2..=0xdf => LEAD | LEAD2,
                    0xe0..=0xf4 => LEAD,
                    _ => continue,
                };
                mark_role(&mut low, &mut high, c, role);
            }
        }
        for page in dos_codepages() {
            for (c, b) in page.pairs() {
                let role = match b {
                    0x80..=0xbf => CONT,
                    0xc2..=0xf4 => LEAD,
                    _ => continue,
                };
                mark_role(&mut low, &mut high, c, role);
            }
        }
        // A lost continuation byte (`â€\u{fffd}`).
        mark_role(&mut low, &mut high, '\u{fffd}', CONT);
        Roles {
            low,
            high: merged(high),
            low_pages,
            high_pages: merged(high_pages),
        }
    })
}

/// Adds the role bits `bits` of `c`: by code point below U+0800, else as a
/// pair (see [`merged`]).
fn mark_role<T: Copy + std::ops::BitOrAssign>(
    low: &mut [T],
    high: &mut Vec<(char, T)>,
    c: char,
    bits: T,
) {
    match low.get_mut(c as usize) {
        Some(slot) => *slot |= bits,
        None => high.push((c, bits)),
    }
}

/// Role pairs sorted by character, one per character (the bits of its
/// pairs together).
fn merged<T: Copy + std::ops::BitOrAssign>(mut pairs: Vec<(char, T)>) -> Vec<(char, T)> {
    pairs.sort_unstable_by_key(|&(c, _)| c);
    let mut out: Vec<(char, T)> = Vec::with_capacity(pairs.len());
    for (c, bits) in pairs {
        match out.last_mut() {
            Some(last) if last.0 == c => last.1 |= bits,
            _ => out.push((c, bits)),
        }
    }
    out
}

impl Roles {
    #[inline]
    fn of(&self, c: char) -> u8 {
        let cp = u32::from(c);
        if cp < 0x800 {
            return self.low[cp as usize];
        }
        // CJK, Hangul and most other scripts: no code page has them.
        if (0x2600..0xf8ff).contains(&cp) {
            return 0;
        }
        self.high
            .binary_search_by_key(&c, |&(h, _)| h)
            .map_or(0, |i| self.high[i].1)
    }

    /// The roles of `c` page by page (see [`PageRoles`]).
    #[inline]
    fn pages_of(&self, c: char) -> PageRoles {
        let cp = u32::from(c);
        if cp < 0x800 {
            return self.low_pages[cp as usize];
        }
        if (0x2600..0xf8ff).contains(&cp) {
            return 0;
        }
        self.high_pages
            .binary_search_by_key(&c, |&(h, _)| h)
            .map_or(0, |i| self.high_pages[i].1)
    }
}

/// Whether `run` holds, in one code page, a two-byte lead followed by a
/// continuation byte, or a longer lead followed by two (reading through
/// what `control-char` deletes), or windows-1252's `â€` (a quote that lost
/// its last byte): without one there is no mojibake. (`слово»` is a
/// windows-1251 three-byte lead and one continuation: no sequence.)
fn may_hold_mojibake(run: &str) -> bool {
    let roles = roles();
    // Pages in which the previous character is a two-byte lead, a longer
    // lead, a longer lead's first continuation.
    let (mut lead2, mut lead_n, mut lead_n_cont) = (0u32, 0u32, 0u32);
    let mut prev = '\0';
    for c in run.chars() {
        let pages = roles.pages_of(c);
        if pages == 0 {
            // ASCII inside a run is only what `control-char` deletes, as
            // are the invisible characters: read through them.
            if !(c.is_ascii() || is_removable_invisible(c)) {
                (lead2, lead_n, lead_n_cont, prev) = (0, 0, 0, '\0');
            }
            continue;
        }
        let cont = (pages >> PAGE_CONT) & PAGE_MASK;
        if (lead2 | lead_n_cont) & cont != 0 || (prev == 'â' && c == '€') {
            return true;
        }
        lead_n_cont = lead_n & cont;
        lead2 = (pages >> PAGE_LEAD2) & PAGE_MASK;
        lead_n = (pages >> PAGE_LEADN) & PAGE_MASK;
        prev = c;
    }
    false
}

/// What kind of character a repair produced, for judging plausibility.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A Latin letter or a Latin-1 symbol: fine on its own.
    Latin,
    /// Punctuation, currency, symbols, emoji: fine on its own.
    Symbol,
    /// A letter of another script: needs a second one in the run.
    Script,
    /// A C1 control: only a step towards a deeper layer of mojibake, kept
    /// only beside another repair (`Ã¢â‚¬Â\u{9d}` → `â€\u{9d}` → `”`).
    Control,
}

/// Whether `u`, decoded from a UTF-8 sequence, is a character that text
/// plausibly holds, and of what kind.
fn plausible(u: char) -> Option<Class> {
    let cp = u32::from(u);
    Some(match cp {
        // (And the two windows-1252 modifier letters, `ˆ` and `˜`, which
        // are only ever a layer of `‘` or `ˆ` read twice over.)
        // (And the spacing accents `˘ ˙ ˚ ˛ ˝`, which text holds about
        // as rarely: `Ë›` is `˛` only inside a chain, `(âŒ£Ë›âŒ£)`.)
        0x80..=0x9f | 0x2c6 | 0x2d8..=0x2dd => Class::Control,
        0xa0..=0xbf => Class::Symbol,
        0xc0..=0x17f | 0x1a0 | 0x1a1 | 0x1af | 0x1b0 | 0x218..=0x21b | 0x1e00..=0x1eff => {
            Class::Latin
        }
        // Single Greek letters are common in science (`IL2Rγ`).
        0x386..=0x3ce => Class::Latin,
        // The combining accents of Latin text (`cafe` + U+0301: grave,
        // acute, circumflex, tilde, macron, breve, dot, diaeresis, ring,
        // double acute, caron, cedilla, ogonek).
        0x300..=0x308 | 0x30a..=0x30c | 0x327 | 0x328 => Class::Latin,
        // The overlays of struck-through text (`$6̶3̶`: short and long
        // stroke, short solidus; not the tilde overlay, which is `Ã¥` read
        // as MacRoman, nor the long solidus, which is `Мё` as windows-1251).
        0x335..=0x337 => Class::Latin,
        0x400..=0x45f | 0x490 | 0x491 | 0x591..=0x5f4 | 0x600..=0x6ff | 0x750..=0x77f => {
            Class::Script
        }
        0x900..=0xeff => Class::Script,
        0x2000..=0x2027 | 0x2030..=0x205e => Class::Symbol,
        // Astronomical symbols of minor planets (`âš´` is Portuguese
        // mojibake of something else more often than `⚴`: ftfy #149).
        0x26b3..=0x26bc => return None,
        0x20a0..=0x20bf | 0x2100..=0x23ff | 0x2460..=0x27bf | 0x2b00..=0x2bff => Class::Symbol,
        // Mathematical brackets and long arrows (`⟨`, `⟩`, `⟶`, `⟦`), the
        // curved arrows of emoji (`⤴`, `⤵`) and further brackets (`⦅`,
        // `⦗`): their mojibake is `â` before `Ÿ`, `¤`, `¥`, `¦` or `§`
        // (E2 9F–A7) and a continuation byte, a lower-case letter before a
        // capital or a sign that no correct word writes.
        0x27c0..=0x27ff | 0x2900..=0x29ff => Class::Symbol,
        0x3000..=0x303f => Class::Symbol,
        0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7a3 => Class::Script,
        // Latin ligatures (`ﬁ`).
        0xfb00..=0xfb06 => Class::Latin,
        // Hebrew and Arabic presentation forms.
        0xfb1d..=0xfb4f | 0xfb50..=0xfdff | 0xfe70..=0xfefc => Class::Script,
        // (And `�` itself: `ï¿½` is its UTF-8 read as windows-1252.)
        0xfe0f | 0xfeff | 0xff01..=0xff5e | 0xfffd => Class::Symbol,
        0x1d400..=0x1d7ff | 0x1f000..=0x1faff => Class::Symbol,
        0x20000..=0x2ffff => Class::Script,
        _ => return None,
    })
}

fn utf8_len(lead: u8) -> usize {
    match lead {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => 0,
    }
}

/// One repair inside a run: a range of char indices and what replaces it.
struct Fix {
    chars: Range<usize>,
    with: char,
    class: Class,
}

/// Repairs in `run` (non-ASCII characters only) read as windows-1252 or
/// latin-1, sequence by sequence. `run_ends_word` says whether what follows
/// the run is not a letter (for the lost-byte `â€` case); `before` holds the
/// two characters before the run, oldest first. `deeper` says whether
/// `chars` is what a repair already made of a run: a deeper layer, in which
/// one letter of another script is enough (`(Ã\u{a0}Â¸â€¡'` → `(à¸‡'` →
/// `(ง'`).
fn scan_1252(
    chars: &[char],
    before: &[char],
    after: Option<char>,
    run_ends_word: bool,
    deeper: bool,
) -> Vec<Fix> {
    let page = cp1252();
    let bytes: Vec<Option<u8>> = chars.iter().map(|&c| page.byte(c)).collect();
    let mut fixes = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let Some(lead) = bytes[k] else {
            k += 1;
            continue;
        };
        let need = utf8_len(lead);
        if need > 0 && k + need <= chars.len() {
            let mut buf = [lead, 0, 0, 0];
            let mut ok = true;
            for j in 1..need {
                match bytes[k + j] {
                    Some(b @ 0x80..=0xbf) => buf[j] = b,
                    _ => ok = false,
                }
            }
            if ok {
                if let Ok(s) = std::str::from_utf8(&buf[..need]) {
                    let u = s.chars().next().unwrap_or('\u{fffd}');
                    // Leads other than â and ï give letters of other
                    // scripts, which need a second one in the run.
                    let class = plausible(u).map(|class| match class {
                        Class::Symbol if need == 3 && lead != 0xe2 && lead != 0xef => Class::Script,
                        _ => class,
                    });
                    if let Some(class) = class {
                        fixes.push(Fix {
                            chars: k..k + need,
                            with: u,
                            class,
                        });
                        k += need;
                        continue;
                    }
                }
            }
        }
        // CESU-8: a UTF-16 surrogate pair encoded as two three-byte
        // sequences (`í½í¸€`, ED A0 BD ED B8 80), as Java and MySQL's
        // `utf8` write emoji.
        if lead == 0xed {
            if let Some(u) = cesu8_pair(&bytes[k..]) {
                fixes.push(Fix {
                    chars: k..k + 6,
                    with: u,
                    class: Class::Symbol,
                });
                k += 6;
                continue;
            }
        }
        // A sequence whose next byte was lost as `�` (`SlovenÄ�ina`):
        // the rest decodes to that one `�`. A two-byte lead must read as a
        // capital inside a lower-case word; longer leads need a valid
        // continuation byte before the `�` (`ðŸ�`).
        if need > 0 {
            let good = (1..need)
                .take_while(|&j| matches!(bytes.get(k + j), Some(Some(0x80..=0xbf))))
                .count();
            let lost_at = k + 1 + good;
            if good + 1 < need && chars.get(lost_at) == Some(&'\u{fffd}') {
                let prev = if k > 0 {
                    chars.get(k - 1)
                } else {
                    before.last()
                };
                let next = chars.get(lost_at + 1).copied().or(after);
                let plausible_loss = if need == 2 {
                    matches!(chars[k], 'Ã' | 'Ä' | 'Å')
                        || chars[k].is_uppercase()
                            && prev.is_some_and(|c| c.is_lowercase())
                            && next.is_some_and(char::is_lowercase)
                } else {
                    good >= 1 && !(lead == 0xe2 && bytes.get(k + 1) == Some(&Some(0x80)))
                };
                if plausible_loss {
                    fixes.push(Fix {
                        chars: k..lost_at + 1,
                        with: '\u{fffd}',
                        class: Class::Symbol,
                    });
                    k = lost_at + 1;
                    continue;
                }
            }
        }
        // `â€` whose third byte was lost or replaced: a closing quote.
        if lead == 0xe2 && bytes.get(k + 1) == Some(&Some(0x80)) {
            let lost = chars.get(k + 2);
            if lost == Some(&'\u{fffd}') {
                fixes.push(Fix {
                    chars: k..k + 3,
                    with: '”',
                    class: Class::Symbol,
                });
                k += 3;
                continue;
            }
            if lost.is_none() && run_ends_word {
                fixes.push(Fix {
                    chars: k..k + 2,
                    with: '”',
                    class: Class::Symbol,
                });
                k += 2;
                continue;
            }
        }
        k += 1;
    }
    // Judge case on the decoded view, where neighbours are repaired too.
    if fixes.iter().any(|f| f.with.is_lowercase()) {
        let mut view: Vec<char> = before.to_vec();
        let mut at = Vec::with_capacity(fixes.len());
        let mut k = 0;
        for f in &fixes {
            view.extend(&chars[k..f.chars.start]);
            at.push(view.len());
            view.push(f.with);
            k = f.chars.end;
        }
        view.extend(&chars[k..]);
        view.extend(after);
        // A fix touching another fix is a layer of deeper mojibake
        // (`NIUÃ¢â‚¬â„¢s`), not a letter in a word of capitals.
        let chained = |i: usize| {
            let f: &Fix = &fixes[i];
            (i > 0 && fixes[i - 1].chars.end == f.chars.start)
                || fixes
                    .get(i + 1)
                    .is_some_and(|g| g.chars.start == f.chars.end)
        };
        let bad: Vec<bool> = fixes
            .iter()
            .zip(&at)
            .enumerate()
            .map(|(i, (f, &p))| {
                !chained(i) && lower_in_capitals(f.with, &view[..p], view.get(p + 1).copied())
            })
            .collect();
        let mut bad = bad.into_iter();
        fixes.retain(|_| !bad.next().unwrap_or(false));
    }
    let scripts = fixes.iter().filter(|f| f.class == Class::Script).count();
    let enough = scripts >= 2 || scripts == 1 && (deeper || between_own_script(chars, &fixes));
    if !enough || !script_fixes_agree(chars, &fixes) {
        fixes.retain(|f| f.class != Class::Script);
    }
    // A C1 control is kept when the chain of adjacent fixes it belongs to
    // holds a repair that is not a control (`Ã¢Â\u{80}Â\u{99}`: an extra
    // latin-1 layer, `â` + two controls, then `’`).
    let mut keep = vec![false; fixes.len()];
    let mut a = 0;
    while a < fixes.len() {
        let mut b = a + 1;
        while b < fixes.len() && fixes[b].chars.start == fixes[b - 1].chars.end {
            b += 1;
        }
        let anchored = fixes[a..b].iter().any(|f| f.class != Class::Control);
        for (i, f) in fixes[a..b].iter().enumerate() {
            keep[a + i] = f.class != Class::Control || anchored;
        }
        a = b;
    }
    let mut keep = keep.into_iter();
    fixes.retain(|_| keep.next().unwrap_or(false));
    fixes
}

/// Whether the letters of other scripts that `fixes` make of `chars` look
/// like text rather than part of hopeless garble decoded by chance
/// (`Ï¦ï°£æ¼‰†ä` → `Ï¦ﰣ漉†ä`): the letters are of one script (digits may
/// mix: `4Ù¤à¯ª` → `4٤௪`), and at most one non-ASCII character of the run
/// is left undecoded beside them.
fn script_fixes_agree(chars: &[char], fixes: &[Fix]) -> bool {
    let mut script = None;
    for f in fixes.iter().filter(|f| f.class == Class::Script) {
        if f.with.is_numeric() {
            continue;
        }
        let s = script_of(f.with);
        if script.is_some_and(|t| t != s) {
            return false;
        }
        script = Some(s);
    }
    // Characters of the run that no fix covers and that a code page has
    // (what garble is made of; `日本` around `èªž` is not).
    let page = cp1252();
    let mut left = 0;
    let mut k = 0;
    for f in fixes {
        left += chars[k..f.chars.start]
            .iter()
            .filter(|&&c| page.byte(c).is_some())
            .count();
        k = f.chars.end;
    }
    left += chars[k..]
        .iter()
        .filter(|&&c| page.byte(c).is_some())
        .count();
    left <= 1
}

/// Whether the one letter of another script that `fixes` make stands
/// between or beside characters of its own script in the run (`日本èªž`
/// → `日本語`: one broken character inside CJK text).
fn between_own_script(chars: &[char], fixes: &[Fix]) -> bool {
    let Some(f) = fixes.iter().find(|f| f.class == Class::Script) else {
        return false;
    };
    let own = script_of(f.with);
    let before = f.chars.start.checked_sub(1).map(|i| chars[i]);
    let after = chars.get(f.chars.end).copied();
    own != 0
        && [before, after]
            .iter()
            .flatten()
            .any(|&c| cp1252().byte(c).is_none() && script_of(c) == own)
}

/// A coarse script of a letter, for [`script_fixes_agree`]: Unicode blocks
/// that one language's text shares.
fn script_of(u: char) -> u32 {
    match u32::from(u) {
        0x370..=0x3ff => 1,
        0x400..=0x52f => 2,
        0x590..=0x5ff | 0xfb1d..=0xfb4f => 3,
        0x600..=0x6ff | 0x750..=0x77f | 0xfb50..=0xfdff | 0xfe70..=0xfeff => 4,
        cp @ 0x900..=0xeff => 0x100 + cp / 0x80,
        0x3000..=0x9fff | 0xf900..=0xfaff | 0x20000..=0x2ffff => 5,
        0xac00..=0xd7a3 => 6,
        _ => 0,
    }
}

/// The supplementary character a CESU-8 surrogate pair at the start of
/// `bytes` (six code-page bytes) encodes.
fn cesu8_pair(bytes: &[Option<u8>]) -> Option<char> {
    let b: Vec<u8> = bytes.get(..6)?.iter().copied().collect::<Option<_>>()?;
    let cont = |x: u8| (0x80..=0xbf).contains(&x);
    if b[0] != 0xed || !(0xa0..=0xaf).contains(&b[1]) || !cont(b[2]) {
        return None;
    }
    if b[3] != 0xed || !(0xb0..=0xbf).contains(&b[4]) || !cont(b[5]) {
        return None;
    }
    let hi = 0xd000 | (u32::from(b[1] & 0x3f) << 6) | u32::from(b[2] & 0x3f);
    let lo = 0xd000 | (u32::from(b[4] & 0x3f) << 6) | u32::from(b[5] & 0x3f);
    let u = char::from_u32(0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00))?;
    plausible(u).map(|_| u)
}

/// Whether one pair of characters decoded to `u` (`first` `second`, with
/// `prev` and `next` the characters around the pair) is too weak to be
/// evidence on its own: a pair that correct text also holds. One isolated
/// pair in otherwise clean text needs support before it is rewritten
/// (another repair in the run or on the line).
///
/// - a no-break space after a capital inside a word of capitals
///   (`MISUTÂ\u{a0}AJIKKO`, `TRĂ\u{a0}N`), not before a lower-case letter;
/// - a dash, a quotation mark (guillemets too) or an ellipsis that ends a
///   word, or an apostrophe before `s`, `t`, `ll`… (`10 Å—`, `Ã’s`,
///   `«Ä»`, `IRMÃ…`): windows-1252 punctuation after a letter;
/// - `Ã¥` after a capital or alone (`MÃ¥rten` may be a styled name; ftfy
///   leaves it too), but not at the start of a lower-case word;
/// - a lower-case letter between capitals.
fn weak_alone(first: char, second: char, u: char, prev: Option<char>, next: Option<char>) -> bool {
    let upper = |c: Option<char>| c.is_some_and(char::is_uppercase);
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    if !u.is_alphabetic() && second != '\u{a0}' {
        return false;
    }
    match second {
        // (Before a lower-case letter the no-break space is inside a word,
        // `GÃ\u{a0}idhlig`: no correct word holds one.)
        '\u{a0}' => upper(prev) && first.is_uppercase() && !next.is_some_and(char::is_lowercase),
        '–' | '—' | '“' | '”' | '«' | '»' | '‹' | '›' | '…' => !letter(next),
        '’' | '‘' => !letter(next) || next.is_some_and(|c| "stdlmrv".contains(c)),
        // (`Ã¥` that starts a lower-case word, `Ã¥klagare`, is not alone.)
        '¥' => {
            first == 'Ã' && (upper(prev) || !letter(prev) && !next.is_some_and(char::is_lowercase))
        }
        _ => u.is_lowercase() && upper(prev) && upper(next),
    }
}

/// Whether `u` is a lower-case letter that a repair would put into a word
/// written in capitals (`MÄ£ÄM` is leetspeak, not `MģÄM`). `ß` has no
/// capital in common use and is exempt.
fn lower_in_capitals(u: char, previous: &[char], next: Option<char>) -> bool {
    if !u.is_lowercase() || u == 'ß' {
        return false;
    }
    let two: Vec<char> = previous.iter().rev().take(2).copied().collect();
    let upper_before = two.first().is_some_and(|c| c.is_uppercase());
    upper_before
        && (next.is_some_and(char::is_uppercase)
            || two.iter().all(|c| c.is_uppercase()) && two.len() == 2)
}

/// The whole run read back through `page`, when it decodes entirely to
/// plausible text. `beside_letter` says whether an ASCII letter touches the
/// run, which a lone repaired Latin letter needs (`caf√©`).
fn whole_run(chars: &[char], page: &Codepage, near: Near<'_>) -> Option<String> {
    let decoded = whole_run_decode(chars, page, near.beside_word)?;
    if let ([a, b], Some(u)) = (chars, single(&decoded)) {
        // A letter and a trademark sign that ends a word is a brand name in
        // the code pages read whole (`NICIODATĂ™`: windows-1250 `Ă` is a
        // Romanian letter, not the lead of `Ù`).
        let brand = matches!(b, '™' | '®')
            && a.is_alphabetic()
            && !near.next.is_some_and(char::is_alphanumeric);
        if (brand || weak_alone(*a, *b, u, near.prev, near.next)) && !(near.support)() {
            return None;
        }
    }
    Some(decoded)
}

/// The one character of `s`, if it has exactly one.
fn single(s: &str) -> Option<char> {
    let mut it = s.chars();
    it.next().filter(|_| it.next().is_none())
}

/// The neighbourhood of a run, for [`whole_run`].
#[derive(Clone, Copy)]
struct Near<'a> {
    beside_word: bool,
    prev: Option<char>,
    next: Option<char>,
    support: &'a dyn Fn() -> bool,
}

fn whole_run_decode(chars: &[char], page: &Codepage, beside_word: bool) -> Option<String> {
    let bytes: Vec<u8> = chars.iter().map(|&c| page.byte(c)).collect::<Option<_>>()?;
    let s = std::str::from_utf8(&bytes).ok()?;
    let mut decoded = 0;
    let mut scripts = 0;
    let mut punct = false;
    for u in s.chars() {
        decoded += 1;
        match plausible(u)? {
            Class::Script => scripts += 1,
            Class::Symbol if u.len_utf8() >= 3 => punct = true,
            Class::Latin | Class::Symbol => {}
            Class::Control => return None,
        }
    }
    let enough = match (scripts, decoded) {
        (1, _) => false,
        (s, _) if s >= 2 => true,
        (_, d) => d >= 2 || punct || beside_word,
    };
    (enough && s.chars().count() < chars.len()).then(|| s.to_owned())
}

/// Peels up to [`MAX_LAYERS`] layers of windows-1252 mojibake off `s`, a
/// string that is already the result of one repair.
fn peel(mut s: String) -> (String, usize) {
    let mut layers = 1;
    while layers < MAX_LAYERS {
        let chars: Vec<char> = s.chars().collect();
        let fixes = scan_1252(&chars, &[], None, true, true);
        if fixes.is_empty() {
            break;
        }
        s = splice(&chars, &fixes);
        layers += 1;
    }
    (s, layers)
}

fn splice(chars: &[char], fixes: &[Fix]) -> String {
    let mut out = String::new();
    let mut k = 0;
    for fix in fixes {
        out.extend(&chars[k..fix.chars.start]);
        out.push(fix.with);
        k = fix.chars.end;
    }
    out.extend(&chars[k..]);
    out
}

/// Position of the first ASCII byte at or after `from`, or the length:
/// eight bytes at a time through the non-ASCII text of a run.
fn next_ascii(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if word & TOPS != TOPS {
            break;
        }
        at += 8;
    }
    bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(u8::is_ascii))
        .map_or(bytes.len(), |p| at + p)
}

#[inline]
fn non_ascii(b: u8) -> bool {
    b >= 0x80
}

/// The start of the first run of non-ASCII characters at or after `from`
/// that the checks of [`mojibake`] have to look at: one that holds a whole
/// sequence in one code page (what [`may_hold_mojibake`] finds), or `Ã`,
/// `Ä` or `Å` (a lost byte), or ends before a space with a character that
/// may start or continue a sequence (a lost 0xA0, [`open_before_space`]), or
/// runs into a control character. One pass over the text that decodes each
/// character once and looks its roles up in a table: Cyrillic, Greek or
/// CJK text, a run per word, goes by without the work of a run.
fn next_suspect_run(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    // ASCII text has no run: the tables are not even built.
    let mut k = find_byte(bytes, from, non_ascii)?;
    let roles = roles();
    loop {
        let plain_end = skip_plain(bytes, k);
        if plain_end > k {
            // Back to the start of the run the plain stretch ends in.
            let mut q = plain_end;
            while q > k && bytes[q - 1] >= 0x80 {
                q -= 1;
            }
            k = if bytes[q] >= 0x80 {
                q
            } else {
                find_byte(bytes, q, non_ascii)?
            };
        }
        let run_start = k;
        let (mut lead2, mut lead_n, mut lead_n_cont) = (0u32, 0u32, 0u32);
        // Code points of the previous character with roles and of the last.
        let (mut prev, mut last) = (0u32, 0u32);
        while k < n && bytes[k] >= 0x80 {
            // Three-byte characters led by E3–EE (U+3000–U+EFFF: CJK,
            // kana, Hangul, Yi, private use) and the full-width forms (EF
            // BC–BD) are in no code page that mojibake is read through,
            // nor deleted by `control-char`: a
            // stretch of them ends any sequence and is stepped over
            // without decoding (CJK text is made of nothing else).
            let wide = |k: usize| {
                (0xe3..=0xee).contains(&bytes[k])
                    || bytes[k] == 0xef && matches!(bytes.get(k + 1), Some(0xbc | 0xbd))
            };
            if wide(k) {
                while k < n && wide(k) {
                    k += 3;
                }
                (lead2, lead_n, lead_n_cont, prev) = (0, 0, 0, 0);
                last = 0x3000;
                continue;
            }
            // Two-byte characters (Latin, Greek, Cyrillic, Hebrew, Arabic)
            // are decoded by hand, the rest through `chars`.
            let (cp, len) = if bytes[k] < 0xe0 {
                let cp = (u32::from(bytes[k] & 0x1f) << 6) | u32::from(bytes[k + 1] & 0x3f);
                (cp, 2)
            } else {
                let c = text[k..].chars().next()?;
                (u32::from(c), c.len_utf8())
            };
            // `Ã`, `Ä`, `Å`: a lead that may have lost its second byte.
            if (0xc3..=0xc5).contains(&cp) {
                return Some(run_start);
            }
            let pages = match char::from_u32(cp) {
                Some(_) if cp < 0x800 => roles.low_pages[cp as usize],
                Some(c) => roles.pages_of(c),
                None => 0,
            };
            if pages == 0 {
                if !char::from_u32(cp).is_some_and(is_removable_invisible) {
                    (lead2, lead_n, lead_n_cont, prev) = (0, 0, 0, 0);
                }
            } else {
                let cont = (pages >> PAGE_CONT) & PAGE_MASK;
                // `â€`, a quote that lost its last byte.
                if (lead2 | lead_n_cont) & cont != 0 || (prev == 0xe2 && cp == 0x20ac) {
                    return Some(run_start);
                }
                lead_n_cont = lead_n & cont;
                lead2 = (pages >> PAGE_LEAD2) & PAGE_MASK;
                lead_n = (pages >> PAGE_LEADN) & PAGE_MASK;
                prev = cp;
            }
            last = cp;
            k += len;
        }
        let last_roles = char::from_u32(last).map_or(0, |c| roles.of(c));
        match bytes.get(k) {
            None => return None,
            Some(&b) if is_removable_ascii(b) => return Some(run_start),
            Some(b' ')
                if last_roles & (LEAD2 | CONT_MAIN) != 0
                    && open_before_space(text, run_start, k) =>
            {
                return Some(run_start)
            }
            // Most runs are words with one space between them.
            Some(_) if bytes.get(k + 1).is_some_and(|&b| b >= 0x80) => k += 1,
            Some(_) => k = find_byte(bytes, k, non_ascii)?,
        }
    }
}

/// How many bytes [`skip_plain`] tests at a time.
const PLAIN_CHUNK: usize = 32;

/// The end of the stretch of whole [`PLAIN_CHUNK`]-byte chunks from `from`
/// (a character boundary) that hold nothing but printable ASCII, tab, line
/// breaks and the Cyrillic letters А–я but `Г`, `Д` and `Е`: text in which
/// no run can hold mojibake (those letters are windows-1251 leads and never
/// continuation bytes in any code page, so no sequence forms) and no run
/// can end in an open sequence (`Г`, `Д`, `Е` alone before a space would be
/// `à`, `Ġ`, `Š` that lost their 0xA0). A branch-free fold over each chunk,
/// which the compiler turns into vector code: Russian text goes by at a
/// few bytes a cycle.
fn skip_plain(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    if i < 2 {
        return from;
    }
    while let Some(w) = bytes.get(i - 2..i + PLAIN_CHUNK + 1) {
        // (The test of letters and Cyrillic alone first: it is cheaper,
        // and settles most chunks of European text.)
        let ok = w[1..]
            .windows(3)
            .fold(true, |acc, t| acc & plain_byte(t[0], t[1], t[2]))
            || w.windows(4).fold(true, |acc, t| {
                acc & plain_or_wide_byte(t[0], t[1], t[2], t[3])
            });
        if !ok {
            break;
        }
        i += PLAIN_CHUNK;
    }
    i
}

/// Whether byte `b`, with `prev` before it and `next` after it, belongs to
/// plain text for [`skip_plain`].
#[inline]
fn plain_byte(prev: u8, b: u8, next: u8) -> bool {
    let ascii = (0x20..0x7f).contains(&b) | (b == b'\n') | (b == b'\t') | (b == b'\r');
    // А–п (D0 90–BF) but Г Д Е (D0 93–95), р–я (D1 80–8F).
    let d0 = (b == 0xd0) & (0x90..=0xbf).contains(&next) & !(0x93..=0x95).contains(&next);
    let d1 = (b == 0xd1) & (0x80..=0x8f).contains(&next);
    let second = (0x80..=0xbf).contains(&b) & ((prev == 0xd0) | (prev == 0xd1));
    ascii | d0 | d1 | second
}

/// [`plain_byte`], or a byte of a three-byte character in no code page,
/// with `prev2` the byte before `prev`.
#[inline]
fn plain_or_wide_byte(prev2: u8, prev: u8, b: u8, next: u8) -> bool {
    let cont = |x: u8| (0x80..=0xbf).contains(&x);
    // Three-byte characters in no code page: those led by E3–EE (CJK,
    // kana, Hangul) and the full-width forms EF BC–BD (`，`, `１`).
    let wide_lead = |x: u8| (0xe3..=0xee).contains(&x);
    let full = |x: u8, y: u8| (x == 0xef) & ((y == 0xbc) | (y == 0xbd));
    let wide = wide_lead(b) | full(b, next);
    let wide_second = cont(b) & (wide_lead(prev) | full(prev, b));
    let wide_third = cont(b) & cont(prev) & (wide_lead(prev2) | full(prev2, prev));
    plain_byte(prev, b, next) | wide | wide_second | wide_third
}

fn mojibake(text: &str, out: &mut Findings) {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut chars = Vec::new();
    let mut offsets = Vec::new();
    let mut raw = Vec::new();
    'runs: while let Some(start) = next_suspect_run(text, i) {
        // The run of non-ASCII characters, read through anything the
        // `control-char` rule deletes, so that deleting it cannot leave
        // mojibake behind for a second run to find.
        let mut end = start;
        loop {
            end = next_ascii(bytes, end);
            let mut j = end;
            while j < bytes.len() && is_removable_ascii(bytes[j]) {
                j = if bytes[j] == 0x1b {
                    escape_end(bytes, j)
                } else {
                    j + 1
                };
            }
            if j > end && j < bytes.len() && !bytes[j].is_ascii() {
                end = j;
            } else {
                break;
            }
        }
        i = end;
        if &text[start..end] == "Ã" && lost_nbsp_a_grave(text, start, end) {
            // The space is the lost 0xA0 itself when `à` joins the word
            // after it: Portuguese `às`, `àquele`, `àquilo` (crase).
            let joins = {
                let rest = &text.as_bytes()[end + 1..];
                let word_end = rest
                    .iter()
                    .position(|b| !b.is_ascii_alphabetic())
                    .unwrap_or(rest.len());
                let word = &rest[..word_end];
                let stop = rest.get(word_end).copied();
                word == b"s"
                    && !matches!(stop, Some(b'\''))
                    && !text[end + 1 + word_end..].starts_with('’')
                    || word.starts_with(b"quel")
                    || word.starts_with(b"quil")
            };
            out.replace(
                start..if joins { end + 1 } else { end },
                "à",
                "`Ã` before a space is `à` (UTF-8 C3 A0) read as windows-1252, its \
                 no-break space lost, in a line with other mojibake",
            );
            continue;
        }
        if let Some(lost) = lost_as_question_mark(text, start, end) {
            out.replace(
                start..lost,
                "\u{fffd}",
                format!(
                    "`{}` is a UTF-8 sequence read as windows-1252 whose last byte was \
                     lost as `?`; the lost character is marked `\u{fffd}`",
                    &text[start..lost]
                ),
            );
            i = lost;
            continue;
        }
        if !may_hold_mojibake(&text[start..end]) && !open_before_space(text, start, end) {
            continue;
        }
        chars.clear();
        raw.clear();
        offsets.clear();
        let mut skip_to = start;
        for (off, c) in text[start..end].char_indices() {
            let at = start + off;
            if at < skip_to {
                continue;
            }
            if c.is_ascii() {
                skip_to = if c == '\u{1b}' {
                    escape_end(bytes, at)
                } else {
                    at + 1
                };
                continue;
            }
            // (Soft hyphens and C1 controls are mojibake's own bytes.)
            if is_removable_invisible(c) && !('\u{80}'..='\u{ad}').contains(&c) {
                continue;
            }
            // A C1 control reads as the windows-1252 character the
            // `control-char` rule would make of it (same byte in 1252).
            chars.push(c1_as_windows_1252(c).unwrap_or(c));
            raw.push(c);
            offsets.push(at);
        }
        offsets.push(end);
        if chars.is_empty() {
            continue;
        }
        let before_letter = text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric());
        let after = text[end..].chars().next();
        let after_letter = after.is_some_and(|c| c.is_ascii_alphanumeric());
        let run_ends_word = !after.is_some_and(char::is_alphanumeric);

        let mut before: Vec<char> = text[..start].chars().rev().take(2).collect();
        before.reverse();
        let support = || line_has_other_mojibake(text, start, end);
        let context = Context1252 {
            before: &before,
            after,
            run_ends_word,
            support: &support,
        };
        if bytes.get(end) == Some(&b' ') && ends_open(&chars) {
            if let Some((span, fixed, page, layers)) =
                repair_lost_a0(text, start, end, &chars, &offsets, &context)
            {
                i = i.max(span.end);
                push(out, text, span, &fixed, page, layers);
                continue;
            }
        }
        let mut repaired = repair_1252(&chars, &offsets, &context);
        if repaired.is_none() && chars.contains(&'\u{ad}') {
            // Soft hyphens are mojibake's own bytes, or invisible noise
            // that `control-char` deletes: try the run without them too.
            let (c2, mut o2): (Vec<char>, Vec<usize>) = chars
                .iter()
                .zip(&offsets)
                .filter(|(c, _)| **c != '\u{ad}')
                .map(|(c, o)| (*c, *o))
                .unzip();
            o2.push(end);
            repaired = repair_1252(&c2, &o2, &context);
        }
        // A repair of the whole run is final; a partial one may be a
        // windows-1252 reading of part of a run that another code page
        // decodes entirely (`ZaĹĽĂłĹ‚Ä‡`, windows-1250), which wins.
        let partial = match repaired {
            Some((span, fixed, layers)) if span.start == start && span.end == end => {
                push(out, text, span, &fixed, cp1252().name, layers);
                continue;
            }
            other => other,
        };
        // What `control-char` deletes is not part of the run; a C1 control
        // is tried as itself, then as what `control-char` makes of it.
        // (The raw run keeps its C1 controls: they are bytes of the code
        // page, `Ĺ\u{81}` is `Ł` read as windows-1250.)
        let deleted = |c: &char| is_removable_invisible(*c) && *c != '\u{ad}';
        raw.retain(|c| !deleted(c) || ('\u{80}'..='\u{9f}').contains(c));
        chars.retain(|c| !deleted(c));
        let near = Near {
            beside_word: before_letter || after_letter,
            prev: before.last().copied(),
            next: after,
            support: &support,
        };
        for page in whole_run_codepages() {
            if page.name == "windows-1250" && c1_on_line(text, start, end) {
                if let Some(fixed) = whole_run(&raw, iso_8859_2(), near) {
                    let (fixed, layers) = peel(fixed);
                    push(out, text, start..end, &fixed, iso_8859_2().name, layers);
                    continue 'runs;
                }
            }
            let fixed = whole_run(&raw, page, near)
                .or_else(|| whole_run(&chars, page, near))
                .or_else(|| {
                    let without: Vec<char> =
                        chars.iter().copied().filter(|&c| c != '\u{ad}').collect();
                    (without.len() < chars.len())
                        .then(|| whole_run(&without, page, near))
                        .flatten()
                });
            if let Some(fixed) = fixed {
                let (fixed, layers) = peel(fixed);
                push(out, text, start..end, &fixed, page.name, layers);
                continue 'runs;
            }
        }
        if let Some((span, fixed, layers)) = partial {
            push(out, text, span, &fixed, cp1252().name, layers);
            continue;
        }
        for page in dos_codepages() {
            if let Some(fixed) = dos_run(text, start, end, &chars, page) {
                push(out, text, start..end, &fixed, page.name, 1);
                continue 'runs;
            }
        }
    }
}

/// The run read back through a DOS code page, when it decodes entirely to
/// Western European text (Latin-1 letters and signs, common punctuation)
/// and its line holds at least two such sequences (`caf├⌐ cr├¿me`; box
/// drawing such as `├┤a┼┐a` decodes once at most and stays).
fn dos_run(
    text: &str,
    start: usize,
    end: usize,
    chars: &[char],
    page: &Codepage,
) -> Option<String> {
    let decoded = dos_decode(chars, page)?;
    let here = decoded.chars().count();
    if here >= 2 {
        return Some(decoded);
    }
    let bytes = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |p| p + 1);
    let line_end = memchr::memchr(b'\n', &bytes[end..]).map_or(bytes.len(), |p| end + p);
    let others = [&text[line_start..start], &text[end..line_end]]
        .iter()
        .flat_map(|part| part.split(|c: char| c.is_ascii()))
        .filter(|run| !run.is_empty())
        .filter_map(|run| dos_decode(&run.chars().collect::<Vec<_>>(), page))
        .map(|d| d.chars().count())
        .sum::<usize>();
    (here + others >= 2).then_some(decoded)
}

fn dos_decode(chars: &[char], page: &Codepage) -> Option<String> {
    let bytes: Vec<u8> = chars.iter().map(|&c| page.byte(c)).collect::<Option<_>>()?;
    let s = std::str::from_utf8(&bytes).ok()?;
    let western = |u: char| matches!(u32::from(u), 0xa1..=0xff | 0x152 | 0x153 | 0x2013 | 0x2014 | 0x2018..=0x201e | 0x2022 | 0x2026 | 0x20ac);
    (s.chars().all(western) && s.chars().count() < chars.len()).then(|| s.to_owned())
}

/// Whether the lone `Ã` at `start..end` is `à` whose second byte (0xA0, a
/// no-break space in windows-1252) became a plain space: it stands alone as
/// a word (`jusqu'Ã nos jours`, `relatifs Ã l’utilisation`) and its line
/// holds other windows-1252 mojibake, a second signal (`C O N C L U S Ã O`
/// alone stays).
fn lost_nbsp_a_grave(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes.get(end) != Some(&b' ') {
        return false;
    }
    let before = text[..start].chars().next_back();
    // A capital `Ã` that ends a lower-case word (`voilÃ le`) is `à` on its
    // own: no correct word is written so.
    // (Two spaces after it are the lost 0xA0 and the space: see
    // `repair_lost_a0`.)
    if before.is_some_and(char::is_lowercase) {
        return bytes.get(end + 1) != Some(&b' ');
    }
    if before.is_some_and(|c| c.is_alphanumeric()) {
        return false;
    }
    // (A pair that is weak alone, `«Ä»`, is no support.)
    line_has_other_mojibake(text, start, end)
}

/// The end of `Ä?` in `SlovenÄ?ina` when the run `start..end` is a lone
/// `Ã`, `Ä` or `Å` (the lead bytes of most accented letters) between a
/// lower-case letter and a `?` that a lower-case letter or another
/// non-ASCII character follows: a two-byte sequence whose second byte was
/// lost as `?`.
fn lost_as_question_mark(text: &str, start: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if bytes.get(end) != Some(&b'?') || !matches!(&text[start..end], "Ã" | "Ä" | "Å") {
        return None;
    }
    let prev = text[..start].chars().next_back()?;
    let next = text[end + 1..].chars().next()?;
    (prev.is_lowercase() && (next.is_lowercase() || !next.is_ascii() && next.is_alphabetic()))
        .then_some(end + 1)
}

/// Whether the run `start..end` is followed by a space and ends with a
/// UTF-8 sequence that lacks its last byte (the quick test first).
fn open_before_space(text: &str, start: usize, end: usize) -> bool {
    if text.as_bytes().get(end) != Some(&b' ') {
        return false;
    }
    let roles = roles();
    let mut back = text[start..end].chars().rev();
    let mut tail = ['\0'; 3];
    let Some(last) = back.next() else {
        return false;
    };
    tail[2] = last;
    let role = roles.of(last);
    if role & LEAD2 != 0 {
        // What comes before a sequence in mojibake ends another one (a
        // continuation byte): `СССР ` is a word, not `Р` + a lost 0xA0.
        let ends_sequence =
            |c: char| roles.of(c) & CONT != 0 || c.is_ascii() || is_removable_invisible(c);
        return back.next().map_or(true, ends_sequence) && ends_open(&tail[2..]);
    }
    if role & CONT_MAIN == 0 {
        return false;
    }
    let mut n = 1;
    for c in back.take(2) {
        if roles.of(c) & (LEAD | CONT_MAIN) == 0 {
            break;
        }
        n += 1;
        tail[3 - n] = c;
    }
    n > 1 && ends_open(&tail[3 - n..])
}

/// Whether `chars` ends with a UTF-8 sequence (read as windows-1252 or one
/// of the whole-run code pages) that lacks exactly its last byte.
fn ends_open(chars: &[char]) -> bool {
    let pages = std::iter::once(cp1252()).chain(whole_run_codepages());
    pages.into_iter().any(|page| {
        (1..=3.min(chars.len())).any(|back| {
            let seq = &chars[chars.len() - back..];
            let Some(lead) = page.byte(seq[0]) else {
                return false;
            };
            // A lone lead (all `chars` hold) before a space in a code page other than
            // windows-1252 is a word, an initial or a dash (`И `, `– `),
            // unless its lead and 0xA0 make a Latin letter (windows-1251
            // `Г` + 0xA0 is `à`: `rГ©gion Г l’ouest`); `В`, `И`, `Я`
            // would make a no-break space, `Ƞ`, `ߠ`, MacRoman `–` `Р`.
            if chars.len() == 1 && page.name != cp1252().name && lead >= 0xc2 {
                let latin = std::str::from_utf8(&[lead, 0xa0])
                    .ok()
                    .and_then(|s| s.chars().next())
                    .is_some_and(|u| ('\u{c0}'..='\u{17f}').contains(&u));
                if !latin {
                    return false;
                }
            }
            // (`â€` before a space is a closing quote that lost its last
            // byte, not `†`.)
            utf8_len(lead) == back + 1
                && !(lead == 0xe2 && back == 2)
                && seq[1..]
                    .iter()
                    .all(|&c| matches!(page.byte(c), Some(0x80..=0xbf)))
        })
    })
}

/// Repairs a run whose last UTF-8 sequence lost its final byte 0xA0 (a
/// no-break space in windows-1252) to the space after the run, or had it
/// dropped before that space: `voilÃ  le` → `voilà le`, `Å veices` →
/// `Šveices`, Thai `à¸ à¸²` → `ภา`. The no-break space is put back and the
/// run (joined with the run after the space, when the space sat inside a
/// word) decoded. Evidence: a second space after the first (the no-break
/// space became a space), other repairs in the joined run, or other
/// mojibake on the line.
fn repair_lost_a0(
    text: &str,
    start: usize,
    end: usize,
    chars: &[char],
    offsets: &[usize],
    cx: &Context1252<'_>,
) -> Option<(Range<usize>, String, &'static str, usize)> {
    let bytes = text.as_bytes();
    if chars.ends_with(&['â', '€']) {
        // A closing quote that lost its last byte (see `scan_1252`).
        return None;
    }
    // A run that a code page read whole decodes as it stands lost no byte
    // (`ievƒìlƒìtƒÅs` is MacRoman: `ƒÅ` is `ā`, not `ƒ` and `Š`).
    if chars.len() >= 2
        && whole_run_codepages()
            .iter()
            .any(|page| whole_run_decode(chars, page, true).is_some())
    {
        return None;
    }
    let double = bytes.get(end + 1) == Some(&b' ');
    let n = chars.len();
    let mut ext: Vec<char> = chars.to_vec();
    let mut ext_offsets: Vec<usize> = offsets[..n].to_vec();
    ext.push('\u{a0}');
    ext_offsets.push(end);
    let mut ext_end = end + 1;
    if !double && bytes.get(end + 1).is_some_and(|&b| !b.is_ascii()) {
        let next_end = next_ascii(bytes, end + 1);
        for (off, c) in text[end + 1..next_end].char_indices() {
            ext.push(c);
            ext_offsets.push(end + 1 + off);
        }
        ext_end = next_end;
    }
    ext_offsets.push(ext_end);
    let joined = ext.len() > n + 1;
    let after = text[ext_end..].chars().next();
    let evidence = || double || (cx.support)();
    let restore_space = |fixed: String, span_end: usize| {
        // `à` is a word of its own: the space after it was there already.
        if span_end == end + 1 && !double && fixed.ends_with('à') {
            fixed + " "
        } else {
            fixed
        }
    };
    let context = Context1252 {
        before: cx.before,
        after,
        run_ends_word: !after.is_some_and(char::is_alphanumeric),
        support: &evidence,
    };
    if let Some((span, fixed, layers)) = repair_1252(&ext, &ext_offsets, &context) {
        let fixes = scan_1252(&ext, cx.before, after, context.run_ends_word, false);
        let weak = match fixes.as_slice() {
            [only] => lone_pair_is_weak(&ext, only, cx.before.last().copied(), after),
            _ => false,
        };
        let enough = fixes.len() >= 2 && joined || evidence() && (!weak || double);
        if span.start <= end && span.end > end && enough {
            let fixed = restore_space(fixed, span.end);
            return Some((span, fixed, cp1252().name, layers));
        }
    }
    for page in whole_run_codepages() {
        if let Some(fixed) = whole_run_decode(&ext, page, true) {
            // The restored byte must complete a letter (`В` + 0xA0 is a
            // no-break space: nothing to repair), and the line must back
            // it up, asked last (it reads the whole line).
            if !fixed.chars().any(char::is_alphabetic) || fixed.contains('\u{a0}') || !evidence() {
                return None;
            }
            let (fixed, layers) = peel(fixed);
            let fixed = restore_space(fixed, ext_end);
            return Some((start..ext_end, fixed, page.name, layers));
        }
    }
    None
}

/// What the windows-1252 scan of a run needs to know about its neighbours.
struct Context1252<'a> {
    before: &'a [char],
    after: Option<char>,
    run_ends_word: bool,
    /// Whether the run's line holds other mojibake, asked only for a lone
    /// weak pair.
    support: &'a dyn Fn() -> bool,
}

/// Whether `fix`, the only repair of a run, is a two-character pair that
/// [`weak_alone`] finds weak.
fn lone_pair_is_weak(chars: &[char], fix: &Fix, before: Option<char>, after: Option<char>) -> bool {
    if fix.chars.len() != 2 {
        return false;
    }
    let (a, b) = (fix.chars.start, fix.chars.end);
    let prev = if a > 0 { Some(chars[a - 1]) } else { before };
    let next = chars.get(b).copied().or(after);
    weak_alone(chars[a], chars[a + 1], fix.with, prev, next)
}

/// Whether the line around `start..end` holds mojibake outside that span
/// that is evidence on its own: support for a weak pair inside it.
fn line_has_other_mojibake(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |p| p + 1);
    let line_end = memchr::memchr(b'\n', &bytes[end..]).map_or(bytes.len(), |p| end + p);
    [line_start..start, end..line_end].into_iter().any(|part| {
        let mut at = part.start;
        while let Some(s) = find_byte(bytes, at, non_ascii).filter(|&s| s < part.end) {
            let e = next_ascii(bytes, s).min(part.end);
            at = e;
            let run = &text[s..e];
            if !may_hold_mojibake(run) {
                continue;
            }
            let chars: Vec<char> = run.chars().collect();
            let mut before: Vec<char> = text[..s].chars().rev().take(2).collect();
            before.reverse();
            let after = text[e..].chars().next();
            let fixes = scan_1252(&chars, &before, after, false, false);
            let strong = match fixes.as_slice() {
                [] => whole_run_codepages()
                    .iter()
                    .any(|page| whole_run_decode(&chars, page, true).is_some()),
                [only] => !lone_pair_is_weak(&chars, only, before.last().copied(), after),
                _ => true,
            };
            if strong {
                return true;
            }
        }
        false
    })
}

/// Repairs `chars` (a run, with the byte offset of each character and the
/// run's end last in `offsets`) as windows-1252 mojibake, layer after layer
/// (a repair can make mojibake with an untouched neighbour: `ÅÂ®` → `Å®` →
/// `Ů`). Returns the span that changed, its repair and the layer count.
fn repair_1252(
    chars: &[char],
    offsets: &[usize],
    cx: &Context1252<'_>,
) -> Option<(Range<usize>, String, usize)> {
    let fixes = scan_1252(chars, cx.before, cx.after, cx.run_ends_word, false);
    if fixes.is_empty() {
        return None;
    }
    if let [only] = fixes.as_slice() {
        if lone_pair_is_weak(chars, only, cx.before.last().copied(), cx.after) && !(cx.support)() {
            return None;
        }
    }
    let mut current: Vec<char> = splice(chars, &fixes).chars().collect();
    let mut layers = 1;
    while layers < MAX_LAYERS {
        let more = scan_1252(&current, cx.before, cx.after, cx.run_ends_word, true);
        if more.is_empty() {
            break;
        }
        current = splice(&current, &more).chars().collect();
        layers += 1;
    }
    let p = chars
        .iter()
        .zip(&current)
        .take_while(|(a, b)| a == b)
        .count();
    let room = chars.len().min(current.len()) - p;
    let q = chars
        .iter()
        .rev()
        .zip(current.iter().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    let fixed: String = current[p..current.len() - q].iter().collect();
    Some((offsets[p]..offsets[chars.len() - q], fixed, layers))
}

/// Whether putting `replacement` in place of `text[span]` would make
/// mojibake with the characters around it (`Ã&#169;` → `Ã©`), which this
/// rule would then repair on a second run. Rules that insert characters
/// ask this first and keep the text as it is when the answer is yes.
pub(super) fn would_form_mojibake(text: &str, span: Range<usize>, replacement: &str) -> bool {
    if replacement.is_ascii() && !replacement.is_empty() {
        return false;
    }
    let (found, from, to) = mojibake_around(text, span, replacement);
    found
        .iter()
        .any(|e| e.start < to.max(from + 1) && e.end > from.saturating_sub(1))
}

/// The mojibake repairs of a window of four characters either side of
/// `text[span]` with `replacement` in its place, and where the replacement
/// stands in the window.
fn mojibake_around(text: &str, span: Range<usize>, replacement: &str) -> (Vec<Edit>, usize, usize) {
    let head = &text[..span.start];
    let tail = &text[span.end..];
    let head_len: usize = head.chars().rev().take(4).map(char::len_utf8).sum();
    let tail_len: usize = tail.chars().take(4).map(char::len_utf8).sum();
    let window = format!(
        "{}{}{}",
        &head[head.len() - head_len..],
        replacement,
        &tail[..tail_len]
    );
    let mut found = Findings::default();
    mojibake(&window, &mut found);
    (found.edits, head_len, head_len + replacement.len())
}

/// The repair of mojibake that putting `replacement` in place of
/// `text[span]` completes (`Î&frac14;s` → `Î¼s` → `μs`): the wider span of
/// `text` it covers and what replaces it, when the whole of `replacement`
/// is inside that repair.
pub(super) fn mojibake_completed_by(
    text: &str,
    span: Range<usize>,
    replacement: &str,
) -> Option<(Range<usize>, String)> {
    let (found, from, to) = mojibake_around(text, span.clone(), replacement);
    let e = found.iter().find(|e| e.start <= from && e.end >= to)?;
    let wide = span.start - (from - e.start)..span.end + (e.end - to);
    Some((wide, e.replacement.to_string()))
}

fn push(
    out: &mut Findings,
    text: &str,
    span: Range<usize>,
    fixed: &str,
    page: &str,
    layers: usize,
) {
    let fixed = normalize_repaired(fixed).into_owned();
    let original = &text[span.clone()];
    if fixed == original {
        return;
    }
    let how = if layers > 1 {
        format!("UTF-8 read as {page} {layers} times over")
    } else {
        format!("UTF-8 read as {page}")
    };
    let reason = format!("`{original}` is {how}; decoded back to `{fixed}`");
    out.replace(span, fixed, reason);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_ascii_finds_the_first_ascii_byte() {
        let text = "Привет, мир!Ёлки".repeat(3) + "东京東京東京 x" + "ΣΊΣΥΦΟΣ";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() + 2 {
            let expected = bytes
                .get(from..)
                .and_then(|rest| rest.iter().position(|b| b.is_ascii()))
                .map_or(bytes.len(), |p| from + p);
            assert_eq!(next_ascii(bytes, from), expected, "{from}");
        }
    }
    use crate::rules::testing::{assert_cleaned, assert_kept};

    #[test]
    fn windows_1252_mojibake() {
        assert_cleaned(
            &Mojibake,
            "donâ€™t cafÃ© Â£5 â€œquotedâ€\u{9d}\n",
            "don’t café £5 “quoted”\n",
        );
        assert_cleaned(&Mojibake, "â€œHiâ€ he said\n", "“Hi” he said\n");
        assert_cleaned(&Mojibake, "ðŸ˜€ smile\n", "😀 smile\n");
        assert_cleaned(&Mojibake, "ÐŸÑ€Ð¸Ð²ÐµÑ‚\n", "Привет\n");
        assert_cleaned(&Mojibake, "ï»¿Title\n", "Title\n");
    }

    #[test]
    fn latin1_mojibake_with_c1_controls() {
        assert_cleaned(&Mojibake, "don\u{e2}\u{80}\u{99}t\n", "don’t\n");
    }

    #[test]
    fn twice_over() {
        assert_cleaned(&Mojibake, "donÃ¢â‚¬â„¢t cafÃƒÂ©\n", "don’t café\n");
    }

    #[test]
    fn macroman_and_windows_1251() {
        assert_cleaned(&Mojibake, "caf√© don‚Äôt\n", "café don’t\n");
        assert_cleaned(&Mojibake, "РїСЂРёРІРµС‚ donвЂ™t\n", "привет don’t\n");
    }

    #[test]
    fn good_text_stays() {
        assert_kept(
            &Mojibake,
            "MISUTÂ AJIKKO groß“ CAFÉ” journée…» Łódź Ærøskøbing Đặng Müller Çağlar Ñuñoa\n",
        );
        assert_kept(
            &Mojibake,
            "Привет, мир. Γειά σου. 你好世界. مرحبا. ≤ ± ° £5 €5 ₩1000 √π —écrit “é”\n",
        );
        assert_kept(&Mojibake, "👨\u{200d}👩\u{200d}👧 ❤\u{fe0f}\n");
    }

    #[test]
    fn one_isolated_pair_is_not_evidence() {
        for text in [
            "MISUTÂ\u{a0}AJIKKO\n",
            "TRĂ\u{a0}NG AN\n",
            "HÄ\u{a0}NDEL\n",
            "10 Å— 20\n",
            "Ã’s\n",
            "MÃ¥rten\n",
            "Ã¥\n",
            "âš´\n",
        ] {
            assert_kept(&Mojibake, text);
        }
        // With other mojibake on the line, the same pair is repaired.
        assert_kept(&Mojibake, "The letter «Ä» is Swedish, so is «Å».\n");
        assert_kept(&Mojibake, "NÃO SEI, IRMÃ…\n");
        assert_cleaned(&Mojibake, "MÃ¥rten cafÃ©\n", "Mårten café\n");
        assert_cleaned(&Mojibake, "Ã’s cafÃ©\n", "Òs café\n");
        // A pair that correct text does not hold needs no support.
        assert_cleaned(
            &Mojibake,
            "pÃ¥ DOS AÃ‘OS 1920Ã—1080\n",
            "på DOS AÑOS 1920×1080\n",
        );
    }

    #[test]
    fn a_lost_byte_leaves_one_replacement_character() {
        assert_cleaned(&Mojibake, "SlovenÄ\u{fffd}ina\n", "Sloven\u{fffd}ina\n");
        assert_cleaned(&Mojibake, "Ã\u{fffd}LVARO\n", "\u{fffd}LVARO\n");
        assert_kept(&Mojibake, "NÃO\u{fffd} ok É\u{fffd}\n");
        assert_cleaned(&Mojibake, "SlovenÄ?ina\n", "Sloven\u{fffd}ina\n");
        assert_kept(&Mojibake, "Ä? JÖRG? bÄ? ok\n");
    }

    #[test]
    fn a_lost_no_break_space_is_put_back() {
        assert_cleaned(&Mojibake, "voilÃ  le\n", "voilà le\n");
        assert_cleaned(&Mojibake, "Å veices un RÄ«ga\n", "Šveices un Rīga\n");
        assert_cleaned(&Mojibake, "rГ©gion Г l’ouest\n", "région à l’ouest\n");
        // `Ã` ending a lower-case word needs no other support; a lone `Ã`
        // word does, and a space-separated capital stays.
        assert_cleaned(
            &Mojibake,
            "ma foi, c’est dÃ vendre\n",
            "ma foi, c’est dà vendre\n",
        );
        assert_kept(&Mojibake, "le mot Ã seul\n");
        assert_kept(&Mojibake, "C O N C L U S Ã O\n");
        assert_kept(&Mojibake, "JOÃ le\n");
        // Portuguese `às` and `àquele`: the space was the lost byte.
        assert_cleaned(
            &Mojibake,
            "atenÃ§Ã£o Ã s crianÃ§as, Ã quele\n",
            "atenção às crianças, àquele\n",
        );
        assert_cleaned(&Mojibake, "signe Ã s'Ã©loigner\n", "signe à s'éloigner\n");
        assert_kept(&Mojibake, "Å veices\n");
        assert_kept(&Mojibake, "США и Г ок\n");
    }

    #[test]
    fn one_broken_character_inside_cjk_text() {
        assert_cleaned(&Mojibake, "日本èªžの本\n", "日本語の本\n");
        assert_kept(&Mojibake, "Ï¦ï°£æ¼‰†äks\n");
    }

    #[test]
    fn dos_code_pages() {
        assert_cleaned(&Mojibake, "caf├⌐ cr├¿me\n", "café crème\n");
        assert_cleaned(&Mojibake, "Gr├╢├ƒe\n", "Größe\n");
        assert_kept(&Mojibake, "├┤a┼┐a┼┐a┼┐a┼┐a ├── src\n");
    }

    #[test]
    fn may_hold_mojibake_needs_a_whole_sequence_in_one_code_page() {
        for run in [
            "Ã©",
            "â€™",
            "â€",
            "Ä\u{fffd}",
            "í\u{a0}½í¸€",
            "Ð¿Ñ€",
            "ÐŸ",
            "├⌐",
            "Ĺź",
        ] {
            assert!(may_hold_mojibake(run), "{run}");
        }
        // A windows-1251 three-byte lead and one continuation; Cyrillic
        // letters alone; CJK.
        for run in ["«слово»", "слово…", "Москва", "ещё", "東京", "Ωμέγα"]
        {
            assert!(!may_hold_mojibake(run), "{run}");
        }
        // A Cyrillic word ending in a capital before a space is a word,
        // not a sequence that lost its 0xA0.
        assert!(!open_before_space("СССР и", 0, "СССР".len()));
        assert!(open_before_space("Г l’ouest", 0, "Г".len()));
    }

    /// Every run the checks of `mojibake` would look at is one that
    /// `next_suspect_run` stops at.
    #[test]
    fn next_suspect_run_misses_no_run_the_checks_want() {
        let texts = [
            "Привет, «мир» — СССР и США. Ещё раз… Україна, Київ. Ђорђе",
            "cafÃ© donâ€™t voilÃ  le SlovenÄ?ina Å veices rГ©gion Г l’ouest",
            "Ωμέγα 東京 日本èªžの本 ├┤a caf├⌐ ZaĹźĂłĹ\u{82}Ä\u{87} Ð¿Ñ€Ð¸",
            "東京都は１日，計画を発表した。日本èªžの本，Ningboï¼ŒChina 한국어âŸ©“引用”",
            "a\u{1}Ã\u{7f}b x\u{200b}Ã©\u{1b}[1m y í\u{a0}½í¸€ ⚴ âš´ … ’s",
        ];
        let plain = "Привет мир, это простой русский текст без ошибок. ".repeat(3);
        let cjk = "東京都は１日、新しい計画を発表した，한국어 텍스트。".repeat(3);
        let long: Vec<String> = texts
            .iter()
            .flat_map(|t| {
                [
                    format!("{plain}{t}"),
                    format!("{plain}{t}{plain}{t}"),
                    format!("{cjk}{t}{cjk}{t}"),
                ]
            })
            .collect();
        for text in texts.iter().copied().chain(long.iter().map(String::as_str)) {
            let bytes = text.as_bytes();
            let mut i = 0;
            let mut suspects = Vec::new();
            while let Some(start) = next_suspect_run(text, i) {
                suspects.push(start);
                i = next_ascii(bytes, start);
            }
            let mut i = 0;
            while let Some(start) = find_byte(bytes, i, non_ascii) {
                let end = next_ascii(bytes, start);
                i = end;
                let run = &text[start..end];
                let wanted = matches!(run, "Ã" | "Ä" | "Å")
                    || may_hold_mojibake(run)
                    || open_before_space(text, start, end);
                if wanted {
                    assert!(suspects.contains(&start), "{run:?} in {text:?}");
                }
            }
        }
    }

    #[test]
    fn skip_plain_stops_at_what_may_matter() {
        let plain = "Привет мир, это простой русский текст без ошибок. ".repeat(4);
        let text = format!("xy{plain}Г l’ouest");
        let end = skip_plain(text.as_bytes(), 2);
        assert!(end > 2 && end <= 2 + plain.len(), "{end}");
        for stop in ["«", "ё", "Г", "é", "\u{1}", "â€", "’", "\u{feff}", "ﬁ"] {
            let text = format!("xy{}{stop}{}", &plain[..40], &plain[40..]);
            assert!(skip_plain(text.as_bytes(), 2) <= 42, "{stop}");
        }
        // CJK and full-width forms are plain; a mojibake run among them
        // is not.
        let cjk = "東京都は１日、新しい計画を発表した，한국어 텍스트。".repeat(4);
        let text = format!("xy{cjk}");
        assert!(skip_plain(text.as_bytes(), 2) > 2 + cjk.len() - 40);
        for stop in ["èªž", "“", "é", "\u{1}", "\u{200b}"] {
            let text = format!("xy{}{stop}{}", &cjk[..39], &cjk[39..]);
            assert!(skip_plain(text.as_bytes(), 2) <= 41, "{stop}");
        }
        assert_eq!(skip_plain(plain.as_bytes(), 0), 0);
    }

    #[test]
    fn iso_8859_2_when_the_line_holds_its_c1_controls() {
        // `Ĺź` is ż in ISO-8859-2, ş in windows-1250: the C1 controls say ISO.
        assert_cleaned(&Mojibake, "ZaĹźĂłĹ\u{82}Ä\u{87} moĹźe\n", "Zażółć może\n");
        // Without them, windows-1250 (its undefined bytes pass as C1).
        assert_cleaned(&Mojibake, "ZaĹĽĂłĹ‚Ä‡\n", "Zażółć\n");
        assert_cleaned(&Mojibake, "Ă®nceĹŁoĹźatÄ\u{83}\n", "înceţoşată\n");
        assert_kept(&Mojibake, "Zażółć gęślą jaźń, Şeker\n");
    }

    #[test]
    fn extra_layers_and_cesu8() {
        assert_cleaned(&Mojibake, "donÃ¢Â\u{80}Â\u{99}t\n", "don’t\n");
        assert_cleaned(&Mojibake, "NIUÃ¢â‚¬â„¢s\n", "NIU’s\n");
        assert_cleaned(&Mojibake, "í\u{a0}½í¸€ hi\n", "😀 hi\n");
    }
}
