//! `html-entity`: HTML character references left in text.

use std::borrow::Cow;

use markup5ever::data::NAMED_ENTITIES;

use super::chars::{c1_as_windows_1252, normalize_repaired};
use super::mojibake::{mojibake_completed_by, would_form_mojibake};
use super::{Context, Findings, Rule, RuleKind};

/// The `html-entity` rule.
pub struct HtmlEntity;

/// The longest name in the HTML5 table is 31 characters plus `;`.
const MAX_NAME: usize = 32;

impl Rule for HtmlEntity {
    fn id(&self) -> &'static str {
        "html-entity"
    }
    fn summary(&self) -> &'static str {
        "HTML entities left in text (`&amp;`, `&#8217;`, `&rsquo;`, `&amp;rsquo;`)"
    }
    fn explain(&self) -> &'static str {
        "What it does: replaces HTML character references left in plain text by the \
character they name: named ones from the full HTML5 table (`&rsquo;`, `&eacute;`), \
decimal and hexadecimal ones (`&#8217;`, `&#x2019;`), and references escaped twice \
or more (`&amp;rsquo;`, `&amp;amp;`) in one step. Numeric references to C1 codes mean \
their windows-1252 character, as in browsers (`&#146;` → ’). A reference to a space \
or an invisible character becomes what the other rules would make of it (`&nbsp;` → \
a plain space, `&#8203;` → nothing). A name in capitals that HTML does not know \
as such is the capital of its lower-case name (`P&EACUTE;REZ` → `PÉREZ`); a \
reference inside mojibake is decoded together with it (`Î&frac14;s` → `μs`), never \
alone.\n\
Why: text extracted from HTML by a careless scraper keeps the markup's escapes, which \
readers and tokenisers then see literally.\n\
What stays: a bare `&` (`AT&T`, `R&D`), a reference without its closing `;`, and any \
name the HTML5 table does not know (`&foo;`).\n\
Example: `Tom &amp; Jerry&#8217;s` → `Tom & Jerry’s`."
    }
    fn kind(&self) -> RuleKind {
        RuleKind::Character
    }
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        html_entities(cx.doc.text, out);
    }
}

fn html_entities(text: &str, out: &mut Findings) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(at) = memchr::memchr(b'&', &bytes[i..]).map(|p| p + i) {
        i = at + 1;
        let Some((end, decoded)) = decode_chain(text, at) else {
            continue;
        };
        let replacement = normalize_repaired(&decoded).into_owned();
        if would_form_mojibake(text, at..end, &replacement) {
            // An entity inside mojibake (`Î&frac14;s`): decode both in one
            // edit, or neither.
            if let Some((wide, fixed)) = mojibake_completed_by(text, at..end, &replacement) {
                let reason = format!(
                    "HTML entity `{}` decoded inside mojibake: `{}` is UTF-8 read as \
                     windows-1252, decoded back to `{fixed}`",
                    &text[at..end],
                    &text[wide.clone()]
                );
                i = wide.end;
                out.replace(wide, fixed, reason);
            }
            continue;
        }
        let reason = format!("HTML entity `{}` decoded", &text[at..end]);
        out.replace(at..end, replacement, reason);
        i = end;
    }
}

/// Decodes the reference at `at` (an `&`) and any reference its result
/// starts anew (`&amp;rsquo;` → `’`, `&amp;amp;` → `&`). Returns the end of
/// what was consumed and the text it stands for; `None` when no known
/// reference starts at `at`.
fn decode_chain(text: &str, at: usize) -> Option<(usize, String)> {
    let (mut end, mut decoded) = reference(text, at + 1)?;
    // While the result is a lone `&`, the text after it may itself be a
    // reference that was escaped once more.
    while decoded == "&" {
        match reference(text, end) {
            Some((next_end, next)) => {
                end = next_end;
                decoded = next;
            }
            None => break,
        }
    }
    Some((end, decoded.into_owned()))
}

/// Parses a reference body (`amp;`, `#8217;`, `#x2019;`) at `from`; returns
/// its end and the text it stands for.
fn reference(text: &str, from: usize) -> Option<(usize, Cow<'static, str>)> {
    let rest = text.get(from..)?.as_bytes();
    if rest.first() == Some(&b'#') {
        let (digits, radix, skip) = match rest.get(1) {
            Some(b'x' | b'X') => (&rest[2..], 16, 2),
            _ => (&rest[1..], 10, 1),
        };
        let len = digits
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if len == 0 || len > 8 || digits.get(len) != Some(&b';') {
            return None;
        }
        let digits = std::str::from_utf8(&digits[..len]).ok()?;
        let code = u32::from_str_radix(digits, radix).ok()?;
        let c = char::from_u32(code).filter(|&c| c != '\0')?;
        let c = c1_as_windows_1252(c).unwrap_or(c);
        return Some((from + skip + len + 1, Cow::Owned(c.to_string())));
    }
    let len = rest
        .iter()
        .take(MAX_NAME)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if len == 0 || rest.get(len) != Some(&b';') {
        return None;
    }
    let key = std::str::from_utf8(&rest[..=len]).ok()?;
    let Some(&(first, second)) = NAMED_ENTITIES.get(key) else {
        return upper_case_reference(key).map(|s| (from + len + 1, Cow::Owned(s)));
    };
    let mut s = String::new();
    s.push(char::from_u32(first)?);
    if second != 0 {
        s.push(char::from_u32(second)?);
    }
    Some((from + len + 1, Cow::Owned(s)))
}

/// A named reference written in capitals that HTML does not know as such
/// (`&EACUTE;`, from text upper-cased after escaping): the capital of what
/// the lower-case name means (`É`), when that is one letter.
fn upper_case_reference(key: &str) -> Option<String> {
    let name = key.strip_suffix(';')?;
    if name.len() < 2 || !name.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let lower = key.to_ascii_lowercase();
    let &(first, second) = NAMED_ENTITIES.get(lower.as_str())?;
    let c = char::from_u32(first).filter(|c| c.is_alphabetic() && second == 0)?;
    let mut upper = c.to_uppercase();
    let u = upper.next()?;
    (upper.next().is_none() && u != c).then(|| u.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_cleaned, assert_kept};

    #[test]
    fn named_and_numeric_references() {
        assert_cleaned(
            &HtmlEntity,
            "Tom &amp; Jerry&#8217;s &rsquo;x&#x2019; &eacute;t&Eacute;\n",
            "Tom & Jerry’s ’x’ étÉ\n",
        );
        assert_cleaned(
            &HtmlEntity,
            "&lt;b&gt; &quot;hi&quot; &hellip;\n",
            "<b> \"hi\" …\n",
        );
    }

    #[test]
    fn upper_case_names_give_capitals() {
        assert_cleaned(&HtmlEntity, "P&EACUTE;REZ &NTILDE;\n", "PÉREZ Ñ\n");
        assert_kept(&HtmlEntity, "&FOO; &AMPX; &SZLIG;\n");
    }

    #[test]
    fn an_entity_inside_mojibake_decodes_with_it() {
        assert_cleaned(&HtmlEntity, "5 Î&frac14;s later\n", "5 μs later\n");
    }

    #[test]
    fn double_escapes_decode_in_one_step() {
        assert_cleaned(
            &HtmlEntity,
            "it&amp;rsquo;s &amp;amp; &amp;amp;amp;quot;\n",
            "it’s & \"\n",
        );
        assert_cleaned(&HtmlEntity, "&#38;rsquo;\n", "’\n");
    }

    #[test]
    fn references_to_spaces_and_controls_follow_the_other_rules() {
        assert_cleaned(
            &HtmlEntity,
            "10&nbsp;km co&shy;op &#146;\n",
            "10 km co\u{ad}op ’\n",
        );
    }

    #[test]
    fn bare_ampersands_and_unknown_names_stay() {
        assert_kept(
            &HtmlEntity,
            "AT&T and R&D & more &foo; &amp &#; &#xZZ; &#0; &#xD800;\n",
        );
        assert_kept(&HtmlEntity, "https://x.com/?a=1&b=2&lang=en\n");
    }
}
