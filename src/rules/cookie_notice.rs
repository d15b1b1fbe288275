//! `cookie-notice`: a site's notice about its cookies, printed once among
//! the article's paragraphs, with its buttons (`We use cookies to improve
//! your experience…` / `Accept all cookies`).

use std::sync::LazyLock;

use super::{signals, Context, Findings, Rule, RuleKind};
use crate::segment::{ends_sentence, Document};

/// Removes a cookie notice beside the article's prose.
pub struct CookieNotice;

/// The most words of a cookie notice (a banner's sentence or two).
const NOTICE_MAX_WORDS: usize = 45;

/// The most words of a button of the notice (`Accept all cookies`,
/// `Manage preferences`, `Continuer sans accepter`).
const BUTTON_MAX_WORDS: usize = 4;

/// The words for cookies in languages that do not borrow `cookie`, in
/// lower case (Finnish, Norwegian, Lithuanian, Russian).
const COOKIE_WORDS: &[&str] = &["eväste", "informasjonskaps", "slapuk", "куки"];

/// The `--explain` text, written from the constants the rule uses.
static EXPLAIN: LazyLock<String> = LazyLock::new(|| {
    format!(
        "Removes a site's notice about its cookies left among the article's \
         paragraphs, with the buttons under it.\n\n\
         Signals (all needed): a line of at most {NOTICE_MAX_WORDS} words \
         ending like a sentence, not a list item, that names cookies (`cookie` at a word's start, or \
         `eväste`, `informasjonskapsler`, `slapukai`, `куки`) and says what \
         the site does with them or asks the reader's consent (`we use`, \
         `accept`, `agree`, `preferences`, `utilizamos`, `verwenden`…); right \
         under a paragraph of prose ({PROSE} words or more ending like a \
         sentence), or over one, set apart with its buttons by blank lines; its \
         buttons, which go with it, are the lines held under it by a single \
         line break, each of at most {BUTTON_MAX_WORDS} words without a \
         sentence's end, up to a blank line or the text's end. \
         A notice among a page's other short lines (a privacy page's \
         settings) stays, and so does every line of a text that names \
         cookies elsewhere (a story about cookie rules, a recipe).\n\n\
         Example: `…said on Monday.\\n\\nWe use cookies to improve your \
         experience. By continuing you agree to our use of cookies.\\nAccept \
         all cookies\\n\\nThe council…` loses the notice and its button.",
        PROSE = signals::PROSE_MIN_WORDS,
    )
});

impl Rule for CookieNotice {
    fn id(&self) -> &'static str {
        "cookie-notice"
    }

    fn summary(&self) -> &'static str {
        "a site's cookie notice and its buttons among the paragraphs"
    }

    fn explain(&self) -> &'static str {
        &EXPLAIN
    }

    fn kind(&self) -> RuleKind {
        RuleKind::Block
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        // Most texts name no cookies: told in one pass over the whole text.
        if !names_cookies(doc.text) {
            return;
        }
        // The blocks that name cookies, read at the first notice.
        let about_cookies = std::cell::OnceCell::new();
        let mut i = 0;
        while i < doc.blocks.len() {
            let text = doc.block_text(i);
            if doc.blocks[i].words > NOTICE_MAX_WORDS
                || !ends_sentence(text)
                || signals::is_list_item(text)
                || !mentions_cookies(text)
            {
                i += 1;
                continue;
            }
            let buttons = buttons_under(doc, i);
            let after = i + buttons + 1;
            // A text about cookies names them outside the notice too.
            if about_cookies
                .get_or_init(|| {
                    (0..doc.blocks.len())
                        .filter(|&j| names_cookies(doc.block_text(j)))
                        .collect::<Vec<usize>>()
                })
                .iter()
                .any(|&j| j < i || j >= after)
            {
                i = after;
                continue;
            }
            let under_prose = i > 0 && signals::is_prose(doc, i - 1);
            // Over prose, the notice and its buttons stand apart as a box.
            let over_prose = after < doc.blocks.len()
                && (i == 0 || doc.breaks_after(i - 1) > 1)
                && doc.breaks_after(after - 1) > 1
                && signals::is_prose(doc, after);
            if under_prose || over_prose {
                out.remove_block(i, "a notice about the site's cookies");
                for j in i + 1..after {
                    out.remove_block(j, "a button of the cookie notice over it");
                }
            }
            i = after;
        }
    }
}

/// How many lines under the notice `i` are its buttons: held under it by a
/// single line break each, of at most [`BUTTON_MAX_WORDS`] words, without
/// a sentence's end, the last before a blank line or the text's end (short
/// lines that run on into text are its headings).
fn buttons_under(doc: &Document<'_>, i: usize) -> usize {
    let n = doc.blocks.len();
    let buttons = (i + 1..n)
        .take_while(|&j| {
            doc.breaks_after(j - 1) == 1
                && (1..=BUTTON_MAX_WORDS).contains(&doc.blocks[j].words)
                && !ends_sentence(doc.block_text(j))
        })
        .count();
    let last = i + buttons;
    if last + 1 == n || doc.breaks_after(last) > 1 {
        buttons
    } else {
        0
    }
}

/// What a consent notice asks or says of the site's cookies, in lower
/// case, in several languages: to accept, agree, consent, manage
/// preferences; that the site uses them.
const CONSENT_WORDS: &[&str] = &[
    "accept",
    "agree",
    "consent",
    "preferences",
    "setting",
    "policy",
    "manage",
    "we use",
    "this site",
    "this website",
    "accett",
    "utilizz",
    "consens",
    "bruger",
    "samtyk",
    "hyväksy",
    "käytä",
    "αποδοχ",
    "χρησιμοποι",
    "chấp nhận",
    "sử dụng",
    "прийня",
    "использ",
    "використ",
    "akzept",
    "verwend",
    "zustimm",
    "utilis",
    "acept",
    "utiliz",
    "aceit",
    "gebruik",
    "använd",
    "używa",
    "akceptuj",
    "bruker",
    "použív",
    "používa",
    "naudoj",
    "sutik",
];

/// Whether `text` holds a word for cookies, told on its bytes without a
/// copy: the ends of the words of [`mentions_cookies`] in lower case and
/// in capitals, after a first letter in either case.
fn names_cookies(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Every word of theirs holds a `k` but the Finnish and the Russian one,
    // whose `ä` opens with the byte C3, and whose letters with D0 or D1:
    // the bytes around each `k` are read.
    let around = |at: usize, before: &[u8], after: &[u8]| {
        bytes[..at].ends_with(before) && bytes[at + 1..].starts_with(after)
    };
    memchr::memchr2_iter(b'k', b'K', bytes).any(|at| {
        if bytes[at] == b'k' {
            around(at, b"oo", b"ie")
                || around(at, b"lapu", b"")
                || around(at, b"nformasjons", b"ap")
        } else {
            around(at, b"OO", b"IE")
                || around(at, b"LAPU", b"")
                || around(at, b"NFORMASJONS", b"AP")
        }
    }) || (memchr::memchr(0xC3, bytes).is_some()
        && (text.contains("väste") || text.contains("VÄSTE")))
        || (memchr::memchr2(0xD0, 0xD1, bytes).is_some()
            && (text.contains("уки") || text.contains("УКИ")))
}

/// Whether `text` is a consent notice about the site's cookies or its
/// button (`We use cookies to …`, `Questo sito utilizza cookie …`, `Accept
/// all cookies`): the word `cookie`
/// at a word's start in any ASCII case (most languages borrow it), or one
/// of [`COOKIE_WORDS`], with one of [`CONSENT_WORDS`] (`1 cup crushed
/// cookies` is a recipe's).
pub(super) fn mentions_cookies(text: &str) -> bool {
    // Most lines hold no word for cookies in any case: told without a
    // copy.
    if !names_cookies(text) {
        return false;
    }
    let lower = text.to_lowercase();
    let cookie = lower
        .match_indices("cookie")
        .any(|(at, _)| !lower[..at].ends_with(char::is_alphanumeric))
        || COOKIE_WORDS.iter().any(|word| lower.contains(word));
    cookie && CONSENT_WORDS.iter().any(|word| lower.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_cleaned, assert_kept};

    const BODY: &str = "The morning ferry lost power halfway across the fjord on Thursday, leaving more than two hundred passengers waiting for a tug.";
    const MORE: &str =
        "A spokesman for the operator said the ship would be back in service by the weekend.";

    #[test]
    fn notices_beside_prose_go_with_their_buttons() {
        for notice in [
            "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.",
            "This site uses cookies. By continuing, you agree to our Privacy Policy.",
            "Utilizamos cookies propias y de terceros para mejorar tu experiencia. Al continuar navegando, aceptas su uso.",
            "Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten.",
            "Vi bruker informasjonskapsler for å gi deg en bedre brukeropplevelse.",
            "Šioje svetainėje naudojami slapukai, kad galėtume pagerinti jūsų naršymo patirtį.",
        ] {
            let input = format!("{BODY}\n\n{notice}\n\n{MORE}\n");
            assert_cleaned(&CookieNotice, &input, &format!("{BODY}\n\n{MORE}\n"));
            // Over the first paragraph, with its buttons.
            let input = format!("Ferry breaks down\n\n{notice}\nAccept all cookies\nManage preferences\n\n{BODY}\n\n{MORE}\n");
            assert_cleaned(&CookieNotice, &input, &format!("Ferry breaks down\n\n{BODY}\n\n{MORE}\n"));
        }
    }

    #[test]
    fn notices_among_short_lines_and_text_about_cookies_stay() {
        // A privacy page's settings: no prose beside the notice; short
        // lines that run on into text are its headings, not buttons.
        assert_kept(
            &CookieNotice,
            &format!("{BODY}\n\nPrivacy Overview\nThis website uses cookies to improve your experience.\nStrictly necessary\n\n{MORE}\n"),
        );
        assert_kept(
            &CookieNotice,
            &format!("{BODY}\nPrivacy Overview\nThis website uses cookies to improve your experience.\nStrictly necessary\nAlways Enabled\n{MORE}\n"),
        );
        // A text about cookies: its sentences name them with a consent or
        // a use.
        let law = "Under French law, websites must obtain consent before placing advertising cookies on a visitor's device.";
        let fine = "The regulator said Google offered a single button to accept all cookies, while refusing them took several clicks.";
        assert_kept(
            &CookieNotice,
            &format!("{BODY}\n\n{law}\n\n{MORE}\n\n{fine}\n\n{BODY}\n"),
        );
        let recipe = "We use brown butter in these cookies for a deep, nutty flavour.";
        assert_kept(
            &CookieNotice,
            &format!("Brown butter cookies\n\n{BODY}\n\n{recipe}\n\n{MORE}\n"),
        );
        for kept in [
            // Cookies without the site's use or a consent.
            "Add 1 cup of crushed cookies to the batter and stir.",
            "Additional compliance involves PECR in the UK for apps that use cookies.",
            // A heading, a list item, a notice of more words than a
            // banner's.
            "No need for cookie banners or GDPR consent",
            "- Behavioral tracking: we use cookies and session data to track what users do.",
            "We use cookies on this site, and this is the long story of why: every page you open sends a small file back to our servers, which lets us count readers, remember your settings and show fewer ads to the readers who pay for the paper every month.",
        ] {
            assert_kept(&CookieNotice, &format!("{BODY}\n\n{kept}\n\n{MORE}\n"));
        }
    }

    #[test]
    fn the_explanation_names_its_bounds() {
        assert!(CookieNotice
            .explain()
            .contains(&NOTICE_MAX_WORDS.to_string()));
        assert!(CookieNotice
            .explain()
            .contains(&BUTTON_MAX_WORDS.to_string()));
    }
}
