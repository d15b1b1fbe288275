//! `control-char`: control characters, invisible characters and terminal
//! escape sequences that have no business in article text.

use super::chars::{c1_as_windows_1252, escape_end, find_byte, find_byte3};
use super::{Context, Findings, Rule, RuleKind};

/// The `control-char` rule.
pub struct ControlChar;

impl Rule for ControlChar {
    fn id(&self) -> &'static str {
        "control-char"
    }
    fn summary(&self) -> &'static str {
        "C0/C1 controls, zero-width spaces, stray BOMs, soft hyphens and ANSI escapes"
    }
    fn explain(&self) -> &'static str {
        "What it does: deletes control characters (C0 controls other than tab, newline and \
carriage return; DEL), zero-width spaces (U+200B), word joiners (U+2060), byte order \
marks (U+FEFF) and object replacement characters (U+FFFC, the placeholder of an \
image or other object the text no longer has) anywhere in the decoded text, word joiners inside a token, soft hyphens (U+00AD) that are not a \
hyphenation hint between two letters, and ANSI terminal escape sequences (`ESC [ 1 m`). A word joiner that glues nothing (at a line end, beside a space) \
stays. C1 controls (U+0080–U+009F) are what is left when \
windows-1252 text was read as latin-1, so they become the windows-1252 character they \
stand for (U+0092 → ’); the five bytes windows-1252 leaves undefined are deleted. \
Vertical tab, form feed, the line separator U+2028 and the paragraph separator U+2029 \
become a newline, as ftfy's `fix_line_breaks` does.\n\
Why: these characters are invisible, break searching and tokenising, and carry no \
meaning in an article.\n\
What stays: tab, newline, zero-width joiner and non-joiner, bidi marks and variation \
selectors, which carry meaning in Persian, Indic scripts and emoji; a zero-width space \
alone on its line (with at most whitespace beside it), which is how some editors write \
an empty paragraph between paragraphs: it breaks no word, and deleting it would leave a \
blank line that `whitespace` collapses into the blank lines around it, deleting line \
structure the text had; soft hyphens inside \
a word (`Not\u{ad}fall\u{ad}daten`), which publishers put there on purpose.\n\
Example: `in\u{200b}vest\u{ad} ment` → `invest ment`."
    }
    fn kind(&self) -> RuleKind {
        RuleKind::Character
    }
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        control_chars(cx.doc.text, out);
    }
}

/// A byte that may start a character this rule edits.
#[cfg(test)]
fn trigger(b: u8) -> bool {
    (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r')
        | (b == 0x7f)
        | (b == 0xc2)
        | (b == 0xe2)
        | (b == 0xef)
}

/// The ASCII half of [`trigger`]: a C0 control but tab, line feed and
/// carriage return, or DEL.
#[inline]
fn control_trigger(b: u8) -> bool {
    (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') | (b == 0x7f)
}

/// Positions of [`trigger`] bytes in order, found as two kinds kept apart:
/// the lead bytes C2, E2 and EF by `memchr3`, the controls by the chunked
/// fold of [`control_trigger`]. Each kind's next position is searched for
/// again only once the scan has passed it, so that text with neither goes
/// by at the speed of the two searches.
struct Triggers<'t> {
    bytes: &'t [u8],
    /// The first lead byte at or after the position it was searched from.
    lead: Option<usize>,
    /// The first control at or after the position it was searched from.
    control: Option<usize>,
}

impl<'t> Triggers<'t> {
    /// The triggers of `bytes` from `from` on.
    fn new(bytes: &'t [u8], from: usize) -> Self {
        Triggers {
            bytes,
            lead: find_byte3(bytes, from, 0xc2, 0xe2, 0xef),
            control: find_byte(bytes, from, control_trigger),
        }
    }

    /// What `find_byte(bytes, from, trigger)` gives; `from` never goes
    /// back from one call to the next. A cached position at or after
    /// `from` is still the first one (there was none between the old
    /// `from` and it); one before `from` is searched for again.
    fn next(&mut self, from: usize) -> Option<usize> {
        if self.lead.is_some_and(|p| p < from) {
            self.lead = find_byte3(self.bytes, from, 0xc2, 0xe2, 0xef);
        }
        if self.control.is_some_and(|p| p < from) {
            self.control = find_byte(self.bytes, from, control_trigger);
        }
        match (self.lead, self.control) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// A byte that may be a [`trigger`]: a C0 control but line feed, or a byte
/// from DEL up (every lead byte is one). Adding 0x81 takes DEL..=0xFF to
/// 0x00..=0x80 and the C0 controls to 0x81..=0xA0, above which only the
/// printable bytes land: one range test, so that text of printable ASCII
/// and line breaks goes by in one quick scan.
#[inline]
fn may_trigger(b: u8) -> bool {
    (b.wrapping_add(0x81) <= 0xa0) & (b != b'\n')
}

/// `find_byte(bytes, 0, may_trigger)`, 64 bytes at a time: a fold over a
/// fixed-size array, which the compiler turns into vector code with fewer
/// instructions per byte than the 32-byte fold of `find_byte`.
fn first_may_trigger(bytes: &[u8]) -> Option<usize> {
    let mut j = 0;
    while let Some(chunk) = bytes.get(j..).and_then(<[u8]>::first_chunk::<64>) {
        if chunk.iter().fold(false, |acc, &b| acc | may_trigger(b)) {
            break;
        }
        j += 64;
    }
    bytes[j..]
        .iter()
        .position(|&b| may_trigger(b))
        .map(|p| p + j)
}

fn control_chars(text: &str, out: &mut Findings) {
    let bytes = text.as_bytes();
    // No trigger comes before the first byte that may be one.
    let Some(start) = first_may_trigger(bytes) else {
        return;
    };
    let mut triggers = Triggers::new(bytes, start);
    let mut i = start;
    while let Some(at) = triggers.next(i) {
        i = at + 1;
        let b = bytes[at];
        if b == 0x1b {
            let end = escape_end(bytes, at);
            out.remove(at..end, "terminal escape sequence");
            i = end;
            continue;
        }
        if b < 0x80 {
            if b == 0x0b || b == 0x0c {
                out.replace(
                    at..at + 1,
                    "\n",
                    format!("{} becomes a line break", name(b as char)),
                );
            } else {
                out.remove(at..at + 1, format!("{} deleted", name(b as char)));
            }
            continue;
        }
        // A multi-byte character: only whole characters are judged.
        let Some(c) = text[at..].chars().next() else {
            continue;
        };
        let len = c.len_utf8();
        i = at + len;
        let span = at..at + len;
        match c {
            '\u{80}'..='\u{9f}' => match c1_as_windows_1252(c) {
                Some(d) => out.replace(
                    span,
                    d.to_string(),
                    format!(
                        "C1 control U+{:04X} is windows-1252 `{d}` read as latin-1",
                        u32::from(c)
                    ),
                ),
                None => out.remove(span, format!("C1 control U+{:04X} deleted", u32::from(c))),
            },
            '\u{ad}' if between_letters(text, at, at + len) => {}
            '\u{2060}' if !inside_token(text, at, at + len) => {}
            '\u{200b}' if alone_on_line(text, at) => {}
            '\u{fffc}' => {
                // Between two spaces, or a space and the line's start, the
                // object took a word's place: one space goes with it; so
                // does the space before it when punctuation or the line's
                // end follows (`I love it \u{fffc}.`).
                let before = bytes.get(at.wrapping_sub(1)).copied();
                let after = bytes.get(span.end).copied();
                let spaced_before = matches!(before, None | Some(b' ' | b'\n'));
                let closing = matches!(
                    after,
                    None | Some(b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b'\n')
                );
                let (start, end) = if spaced_before && after == Some(b' ') {
                    (at, span.end + 1)
                } else if before == Some(b' ') && closing {
                    (at - 1, span.end)
                } else {
                    (at, span.end)
                };
                i = end;
                out.remove(start..end, format!("{} deleted", name(c)));
            }
            '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}' => {
                out.remove(span, format!("{} deleted", name(c)));
            }
            // Before the text's first visible character a line break would
            // be a blank line before the text, which `whitespace` removes.
            '\u{2028}' | '\u{2029}' if text[..at].chars().all(char::is_whitespace) => {
                out.remove(span, format!("{} before the text deleted", name(c)));
            }
            '\u{2028}' | '\u{2029}' => {
                out.replace(span, "\n", format!("{} becomes a line break", name(c)));
            }
            _ => {}
        }
    }
}

/// Whether the span `at..end` sits between two letters (a soft hyphen there
/// is a hyphenation hint).
fn between_letters(text: &str, at: usize, end: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[end..].chars().next();
    before.is_some_and(char::is_alphabetic) && after.is_some_and(char::is_alphabetic)
}

/// Whether the zero-width space at `at` stands on a line that holds
/// nothing else but whitespace and other zero-width spaces: how some
/// editors write an empty paragraph. It breaks no word there, and deleting
/// it would turn the line into a blank one that `whitespace` then counts
/// into a run of blank lines and collapses.
fn alone_on_line(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |p| p + 1);
    let end = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |p| at + p);
    text[start..end]
        .chars()
        .all(|c| c == '\u{200b}' || c.is_whitespace())
}

/// Whether the span `at..end` sits between two visible characters, reading
/// through other word joiners (a word joiner at a line end or beside a
/// space glues nothing and harms nothing, so it stays).
fn inside_token(text: &str, at: usize, end: usize) -> bool {
    let visible = |c: &char| !c.is_whitespace();
    let before = text[..at].chars().rev().find(|&c| c != '\u{2060}');
    let after = text[end..].chars().find(|&c| c != '\u{2060}');
    before.as_ref().is_some_and(visible) && after.as_ref().is_some_and(visible)
}

fn name(c: char) -> String {
    match c {
        '\u{ad}' => "soft hyphen".into(),
        '\u{200b}' => "zero-width space".into(),
        '\u{2060}' => "word joiner".into(),
        '\u{feff}' => "stray byte order mark".into(),
        '\u{fffc}' => "object replacement character".into(),
        '\u{2028}' => "line separator U+2028".into(),
        '\u{2029}' => "paragraph separator U+2029".into(),
        '\u{7f}' => "DEL".into(),
        _ => format!("control character U+{:04X}", u32::from(c)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two-kind scan stops at exactly the bytes the one-test scan
    /// stops at, from every starting point.
    #[test]
    fn triggers_agree_with_the_one_test_scan() {
        let text = "a\tb\u{1}c\u{7f}\r\n d\u{a0}e’f\u{feff}\u{ad}x\u{1b}[1m y\u{85}".repeat(3)
            + &"plain ".repeat(20)
            + "\u{b}\u{200b}";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let mut triggers = Triggers::new(bytes, 0);
            let mut expected = Vec::new();
            let mut got = Vec::new();
            let mut i = from;
            while let Some(at) = find_byte(bytes, i, trigger) {
                expected.push(at);
                i = at + 1;
            }
            let mut i = from;
            while let Some(at) = triggers.next(i) {
                got.push(at);
                i = at + 1;
            }
            assert_eq!(got, expected, "{from}");
        }
    }
    use crate::rules::testing::{assert_cleaned, assert_kept};

    /// Every trigger may be one, so the scan for the first possible one
    /// never passes a trigger; and the range test is what it says.
    #[test]
    fn every_trigger_may_trigger() {
        for b in 0..=255u8 {
            assert!(!trigger(b) || may_trigger(b), "{b:#x}");
            assert_eq!(
                may_trigger(b),
                (b < 0x20) & (b != b'\n') | (b >= 0x7f),
                "{b:#x}"
            );
        }
    }

    #[test]
    fn first_may_trigger_finds_what_find_byte_finds() {
        for len in [0usize, 1, 63, 64, 65, 130, 200] {
            for at in (0..len).step_by(7).chain([len.saturating_sub(1)]) {
                for b in [0x01, b'\t', 0x7f, 0xc3, b'\n'] {
                    let mut bytes = vec![b'a'; len];
                    if at < len {
                        bytes[at] = b;
                    }
                    assert_eq!(
                        first_may_trigger(&bytes),
                        find_byte(&bytes, 0, may_trigger),
                        "{len} {at} {b}"
                    );
                }
            }
        }
    }

    #[test]
    fn removes_invisibles_and_controls() {
        assert_cleaned(
            &ControlChar,
            "in\u{200b}vest\u{ad} \u{ad}ment\u{ad}\n",
            "invest ment\n",
        );
        assert_kept(&ControlChar, "Not\u{ad}fall\u{ad}daten\u{ad}satz\n");
        assert_kept(
            &ControlChar,
            "1 mata.\u{2060}\u{2060}\n\nNext \u{2060}word\n",
        );
        assert_cleaned(&ControlChar, "\u{feff}Title\u{2060}s\n", "Titles\n");
        assert_cleaned(
            &ControlChar,
            "bell\u{7} del\u{7f} nul\u{1}\n",
            "bell del nul\n",
        );
        assert_cleaned(&ControlChar, "a\u{c}b\n", "a\nb\n");
    }

    #[test]
    fn unicode_line_breaks_and_object_replacement() {
        assert_cleaned(
            &ControlChar,
            "one\u{2028}two\u{2029}three\n",
            "one\ntwo\nthree\n",
        );
        // Before the text, no blank line: it goes.
        assert_cleaned(&ControlChar, "\u{2028}0\n", "0\n");
        assert_cleaned(&ControlChar, " \u{2029}\u{2028}one\n", " one\n");
        assert_cleaned(&ControlChar, "photo \u{fffc} here\n", "photo here\n");
        assert_cleaned(&ControlChar, "\u{fffc} here\n", "here\n");
        assert_cleaned(
            &ControlChar,
            "I love it \u{fffc}. Yes \u{fffc}\n",
            "I love it. Yes\n",
        );
        assert_cleaned(&ControlChar, "photo\u{fffc}here\n", "photohere\n");
        assert_kept(&ControlChar, "a \u{fffd} stays, so does \u{2027}\n");
    }

    #[test]
    fn zero_width_space_lines_stay() {
        // The document's own empty paragraphs between paragraphs.
        assert_kept(
            &ControlChar,
            "One.\n\n\u{200b}\n\nTwo.\n\n\u{200b}\n\nThree.\n",
        );
        assert_kept(
            &ControlChar,
            "One.\n\u{200b}\nTwo.\n \u{200b}\u{200b}\t\nThree.",
        );
        assert_kept(&ControlChar, "\u{200b}");
        // Beside text, or beside another invisible, it goes.
        assert_cleaned(
            &ControlChar,
            "\u{200b}One.\n\u{200b}\u{feff}\nTwo\u{200b}\n",
            "One.\n\nTwo\n",
        );
    }

    #[test]
    fn c1_controls_become_windows_1252() {
        assert_cleaned(
            &ControlChar,
            "\u{93}quoted\u{94} it\u{92}s\n",
            "“quoted” it’s\n",
        );
        assert_cleaned(&ControlChar, "a\u{81}b\n", "ab\n");
    }

    #[test]
    fn ansi_escapes_go() {
        assert_cleaned(
            &ControlChar,
            "\u{1b}[1;31mred\u{1b}[0m text\n",
            "red text\n",
        );
        assert_cleaned(&ControlChar, "\u{1b}]0;title\u{7}x\n", "x\n");
        assert_cleaned(&ControlChar, "lone \u{1b} esc\n", "lone  esc\n");
    }

    #[test]
    fn meaningful_invisibles_stay() {
        assert_kept(&ControlChar, "tab\there\r\n");
        assert_kept(
            &ControlChar,
            "👨\u{200d}👩\u{200d}👧 می\u{200c}خواهم \u{200f}x\u{200e} ❤\u{fe0f}\n",
        );
        assert_kept(&ControlChar, "“curly” — dashes… ’ café ½ ü\n");
    }
}
