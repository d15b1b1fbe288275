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

use encoding_rs::{Encoding, MACINTOSH, WINDOWS_1250, WINDOWS_1251, WINDOWS_1252};

use super::chars::{
    c1_as_windows_1252, escape_end, find_byte, is_removable_ascii, is_removable_invisible,
    normalize_repaired,
};
use super::{Context, Findings, Rule, RuleKind};
use crate::edit::Edit;
use crate::swar::TOPS;

/// The `mojibake` rule.
pub struct Mojibake;

const ID: &str = "mojibake";
/// How many layers of mojibake are peeled off at most.
const MAX_LAYERS: usize = 3;

impl Rule for Mojibake {
    fn id(&self) -> &'static str {
        ID
    }
    fn summary(&self) -> &'static str {
        "UTF-8 read as windows-1252, latin-1, MacRoman or windows-1251 (`donâ€™t` → `don’t`)"
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
Hebrew, Arabic or CJK need at least two repaired characters in the run; MacRoman, \
windows-1251 and windows-1250 need the whole run to decode.\n\
What stays: correctly encoded text in any script, and text that merely looks odd \
(`MISUTÂ AJIKKO`, `groß“`, `CAFÉ”`).\n\
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

    /// Every character that reads as byte `b` in this code page.
    fn chars_for(&self, b: u8) -> Vec<char> {
        let latin = (0x80..=0xffu32)
            .filter(|&cp| self.latin[cp as usize - 0x80] == b)
            .filter_map(char::from_u32);
        let other = self.other.iter().filter(|&&(_, o)| o == b).map(|&(c, _)| c);
        latin.chain(other).collect()
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

/// Role bits of a character in the code pages: it stands for a UTF-8 lead
/// byte (0xC2–0xF4), or for a continuation byte (0x80–0xBF), in at least one.
const LEAD: u8 = 1;
const CONT: u8 = 2;

/// The roles of every character the code pages have, for a quick test of
/// whether a run can hold mojibake at all.
struct Roles {
    /// Roles of U+0000..U+07FF, by code point.
    low: Vec<u8>,
    /// Roles of the other characters, sorted.
    high: Vec<(char, u8)>,
}

fn roles() -> &'static Roles {
    static T: OnceLock<Roles> = OnceLock::new();
    T.get_or_init(|| {
        let mut low = vec![0u8; 0x800];
        let mut high: Vec<(char, u8)> = Vec::new();
        let mut mark = |c: char, role: u8| {
            let cp = u32::from(c) as usize;
            if cp < 0x800 {
                low[cp] |= role;
            } else if let Some(entry) = high.iter_mut().find(|(h, _)| *h == c) {
                entry.1 |= role;
            } else {
                high.push((c, role));
            }
        };
        let pages = std::iter::once(cp1252()).chain(whole_run_codepages());
        for page in pages {
            for b in 0x80..=0xffu8 {
                let role = match b {
                    0x80..=0xbf => CONT,
                    0xc2..=0xf4 => LEAD,
                    _ => continue,
                };
                for c in page.chars_for(b) {
                    mark(c, role);
                }
            }
        }
        // A lost continuation byte (`â€\u{fffd}`).
        mark('\u{fffd}', CONT);
        high.sort_unstable();
        Roles { low, high }
    })
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
}

/// Whether `run` has a character that stands for a lead byte followed by
/// one that stands for a continuation byte (reading through what
/// `control-char` deletes): without such a pair there is no mojibake.
fn may_hold_mojibake(run: &str) -> bool {
    let roles = roles();
    let mut after_lead = false;
    for c in run.chars() {
        let role = roles.of(c);
        if role == 0 {
            // ASCII inside a run is only what `control-char` deletes, as
            // are the invisible characters: read through them.
            if !(c.is_ascii() || is_removable_invisible(c)) {
                after_lead = false;
            }
            continue;
        }
        if after_lead && role & CONT != 0 {
            return true;
        }
        after_lead = role & LEAD != 0;
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
        0x80..=0x9f => Class::Control,
        0xa0..=0xbf => Class::Symbol,
        0xc0..=0x17f | 0x1a0 | 0x1a1 | 0x1af | 0x1b0 | 0x218..=0x21b | 0x1e00..=0x1eff => {
            Class::Latin
        }
        // Single Greek letters are common in science (`IL2Rγ`).
        0x386..=0x3ce => Class::Latin,
        0x400..=0x45f | 0x490 | 0x491 | 0x5d0..=0x5ea | 0x621..=0x6ff => Class::Script,
        0x900..=0xe7f => Class::Script,
        0x2000..=0x2027 | 0x2030..=0x205e => Class::Symbol,
        0x20a0..=0x20bf | 0x2100..=0x23ff | 0x2460..=0x27bf | 0x2b00..=0x2bff => Class::Symbol,
        0x3000..=0x303f => Class::Symbol,
        0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7a3 => Class::Script,
        0xfe0f | 0xfeff | 0xff01..=0xff5e => Class::Symbol,
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
/// two characters before the run, oldest first.
fn scan_1252(
    chars: &[char],
    before: &[char],
    after: Option<char>,
    run_ends_word: bool,
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
        let bad: Vec<bool> = fixes
            .iter()
            .zip(&at)
            .map(|(f, &p)| lower_in_capitals(f.with, &view[..p], view.get(p + 1).copied()))
            .collect();
        let mut bad = bad.into_iter();
        fixes.retain(|_| !bad.next().unwrap_or(false));
    }
    let scripts = fixes.iter().filter(|f| f.class == Class::Script).count();
    if scripts < 2 {
        fixes.retain(|f| f.class != Class::Script);
    }
    let beside_another = |i: usize| {
        let f: &Fix = &fixes[i];
        (i > 0 && fixes[i - 1].chars.end == f.chars.start && fixes[i - 1].class != Class::Control)
            || fixes
                .get(i + 1)
                .is_some_and(|g| g.chars.start == f.chars.end && g.class != Class::Control)
    };
    let keep: Vec<bool> = (0..fixes.len())
        .map(|i| fixes[i].class != Class::Control || beside_another(i))
        .collect();
    let mut keep = keep.into_iter();
    fixes.retain(|_| keep.next().unwrap_or(false));
    fixes
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
fn whole_run(chars: &[char], page: &Codepage, beside_word: bool) -> Option<String> {
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
        let fixes = scan_1252(&chars, &[], None, true);
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

fn mojibake(text: &str, out: &mut Findings) {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut chars = Vec::new();
    let mut offsets = Vec::new();
    let mut raw = Vec::new();
    'runs: while let Some(start) = find_byte(bytes, i, non_ascii) {
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
            out.push(Edit::replace(
                ID,
                start..end,
                "à",
                "`Ã` before a space is `à` (UTF-8 C3 A0) read as windows-1252, its \
                 no-break space lost, in a line with other mojibake",
            ));
            continue;
        }
        if !may_hold_mojibake(&text[start..end]) {
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
        let context = Context1252 {
            before: &before,
            after,
            run_ends_word,
        };
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
        let beside_word = before_letter || after_letter;
        for page in whole_run_codepages() {
            let fixed = whole_run(&raw, page, beside_word)
                .or_else(|| whole_run(&chars, page, beside_word))
                .or_else(|| {
                    let without: Vec<char> =
                        chars.iter().copied().filter(|&c| c != '\u{ad}').collect();
                    (without.len() < chars.len())
                        .then(|| whole_run(&without, page, beside_word))
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
        }
    }
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
    if before.is_some_and(|c| c.is_alphanumeric()) {
        return false;
    }
    let line_start = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |p| p + 1);
    let line_end = memchr::memchr(b'\n', &bytes[end..]).map_or(bytes.len(), |p| end + p);
    text[line_start..line_end]
        .split(|c: char| c.is_ascii())
        .filter(|run| may_hold_mojibake(run))
        .any(|run| {
            let chars: Vec<char> = run.chars().collect();
            !scan_1252(&chars, &[], None, false).is_empty()
        })
}

/// What the windows-1252 scan of a run needs to know about its neighbours.
struct Context1252<'a> {
    before: &'a [char],
    after: Option<char>,
    run_ends_word: bool,
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
    let fixes = scan_1252(chars, cx.before, cx.after, cx.run_ends_word);
    if fixes.is_empty() {
        return None;
    }
    let mut current: Vec<char> = splice(chars, &fixes).chars().collect();
    let mut layers = 1;
    while layers < MAX_LAYERS {
        let more = scan_1252(&current, cx.before, cx.after, cx.run_ends_word);
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
    let (from, to) = (head_len, head_len + replacement.len());
    let mut found = Findings::default();
    mojibake(&window, &mut found);
    found
        .edits
        .iter()
        .any(|e| e.start < to.max(from + 1) && e.end > from.saturating_sub(1))
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
    out.push(Edit::replace(ID, span, fixed, reason));
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
}
