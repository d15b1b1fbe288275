//! `caption`: image captions and photo credits left inline.

use std::cell::LazyCell;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use regex_automata::meta::Regex;

use super::signals::{self, Phrases};
use super::{Context, Findings, Rule, RuleKind};
use crate::segment::{ends_sentence, BlockKind, Document};

/// Removes image captions left between paragraphs.
pub struct Caption;

/// A caption that restates the text is a full descriptive sentence, not a
/// label, a heading or a callout: a line of fewer words that restates the
/// story is as likely a heading (`How to start an LLC in New York in 7
/// simple steps`, `Ring Stickup Cam Pro – Best indoor/outdoor home security
/// camera for smart homes`) or a key figure (`The national average hourly
/// rate for agencies is $82.66`) as a caption. Headings of the modern web
/// run to a dozen words and more; the captions that restate a story run to
/// twenty and more (shorter ones carry a credit, which is signal enough).
const RESTATE_MIN_WORDS: usize = 18;
/// A caption in another language than English says as much in fewer
/// words (Russian, Indonesian) or far fewer (Korean, Japanese, Chinese,
/// whose letters are syllables or words): there it needs as many letters
/// as an English caption of [`RESTATE_MIN_WORDS`] words holds, a letter of
/// those scripts counting for three.
const RESTATE_MIN_LETTERS: usize = 70;
/// A text with fewer English function words than this share of its
/// words is in another language.
const ENGLISH_MIN_SHARE: f64 = 0.1;
const MAX_WORDS: usize = 60;
/// Share of a caption's content words found in one other block.
const RESTATE_OVERLAP: f64 = 0.6;
/// A line that opens with a label of at most this many words and a colon
/// (`Step 4: …`, `Cost: …`, `Fuel type: …`) is a heading or a field.
const LABEL_MAX_WORDS: usize = 3;
/// A caption restates the story near it: the paragraph it restates stands
/// at most this many blocks away. (It also keeps the search linear in the
/// length of a document: a text of a million lines is not searched whole
/// for each candidate.)
const RESTATE_WINDOW: usize = 100;
/// A text of at least this many headed sections (a line without final
/// punctuation right above a paragraph: a listing of teasers, an FAQ, a
/// guide) has headings, not captions, above its paragraphs: there a line
/// that restates the paragraph right under it is that paragraph's heading.
const MIN_HEADED_SECTIONS: usize = 8;
/// A heading of a headed section has at least this many words (shorter
/// lines are labels, and no restating caption is that short anyway).
const SECTION_HEADING_MIN_WORDS: usize = 8;
/// Credits are short.
const CREDIT_MAX_WORDS: usize = 40;

/// Photo credits: `(Photo: Reuters)`, `| AP`, `Credit: …`, `Getty Images`;
/// compiled only for the few texts [`has_credit_mark`] cannot read without
/// it.
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    signals::unfiltered_regex(
        r"(?ix)
        \((?:photo|image|picture|pictured|photograph|file\ photo|credit|illustration|video)s?(?-u:\b)[^)]*\)\W*$
        | (?-u:\b)(?:photo|image|picture|photograph|illustration|graphic)s?\ (?:by|credit|courtesy\ of)(?-u:\b)
        | (?:\||/|©|(?-u:\b)credit:)\s*(?-i:AP|AFP|Reuters|Getty(?:\ Images)?|EPA|Shutterstock|Alamy|PA|Bloomberg|Xinhua|Anadolu|NurPhoto|SOPA|Sipa|Rex|iStock|Unsplash|Pexels|Wikimedia(?:\ Commons)?)(?-u:\b)
        | (?-u:\b)(?:getty\ images|shutterstock|alamy|istock(?:photo)?|afp\ via\ getty|ap\ photo|reuters/|epa-efe)(?-u:\b)
        | [©ⓒ]
        ",
    )
    .expect("valid credit regex")
});

/// The agencies [`CREDIT`] finds after a bar, a slash or `credit:`, in
/// their own case.
pub(super) const AGENCIES: &[&str] = &[
    "AP",
    "AFP",
    "Reuters",
    "Getty Images",
    "Getty",
    "EPA",
    "Shutterstock",
    "Alamy",
    "PA",
    "Bloomberg",
    "Xinhua",
    "Anadolu",
    "NurPhoto",
    "SOPA",
    "Sipa",
    "Rex",
    "iStock",
    "Unsplash",
    "Pexels",
    "Wikimedia Commons",
    "Wikimedia",
];

/// The words [`CREDIT`] finds in parentheses: `(Photo: …)`, `(File
/// photos …)`.
const PARENTHESIZED_CREDIT_WORDS: &[&str] = &[
    "photo",
    "image",
    "picture",
    "pictured",
    "photograph",
    "file photo",
    "credit",
    "illustration",
    "video",
];

/// Stock agencies and wire photo desks that a credit names alone.
const CREDIT_SOURCES: &[&str] = &[
    "getty images",
    "shutterstock",
    "alamy",
    "istockphoto",
    "istock",
    "afp via getty",
    "ap photo",
    "epa-efe",
];

/// The whole phrases of [`CREDIT`], in any ASCII case: `photo by`,
/// `images courtesy of`, `Getty Images`, `iStockphoto`, `AP Photo`.
static CREDIT_PHRASES: LazyLock<Phrases> = LazyLock::new(|| {
    let mut phrases: Vec<String> = Vec::new();
    for word in [
        "photo",
        "image",
        "picture",
        "photograph",
        "illustration",
        "graphic",
    ] {
        for plural in ["s", ""] {
            for what in ["by", "credit", "courtesy of"] {
                phrases.push(format!("{word}{plural} {what}"));
            }
        }
    }
    phrases.extend(CREDIT_SOURCES.iter().map(|&source| source.to_owned()));
    Phrases::new(&phrases.iter().map(String::as_str).collect::<Vec<_>>())
});

/// Whether [`CREDIT`] matches `text`, read in code for a text without `ſ`
/// or Kelvin sign `K` (which its case folding matches as `s` and `k`): a
/// `©`, one of [`CREDIT_PHRASES`], `reuters/`, an agency after a mark
/// ([`has_agency_after_mark`]), or a credit in parentheses that ends the
/// text ([`parenthesized_credit`]).
fn has_credit_mark(text: &str) -> bool {
    // The characters outside ASCII are looked for only in a text that has
    // some.
    let ascii = text.is_ascii();
    if !ascii && text.contains(['ſ', '\u{212A}']) {
        return CREDIT.is_match(text);
    }
    (!ascii && text.contains(['©', 'ⓒ']))
        || CREDIT_PHRASES.is_match(text)
        || signals::ascii_case_positions(text, "reuters/").any(|i| {
            signals::is_ascii_word_boundary(text, i) && signals::is_ascii_word_boundary(text, i + 8)
        })
        || has_agency_after_mark(text)
        || parenthesized_credit(text).unwrap_or_else(|| CREDIT.is_match(text))
}

/// Whether one of [`AGENCIES`] follows a `|`, a `/` or a whole-word
/// `credit:` (in any ASCII case) in `text`, after white space, and ends at
/// a word boundary: `… | AP`, `Credit: Reuters`.
fn has_agency_after_mark(text: &str) -> bool {
    let bars = memchr::memchr2_iter(b'|', b'/', text.as_bytes()).map(|i| i + 1);
    let credits = signals::ascii_case_positions(text, "credit:")
        .filter(|&i| signals::is_ascii_word_boundary(text, i))
        .map(|i| i + 7);
    bars.chain(credits).any(|end| {
        let rest = text[end..].trim_start_matches(char::is_whitespace);
        let at = text.len() - rest.len();
        AGENCIES.iter().any(|agency| {
            rest.starts_with(agency) && signals::is_ascii_word_boundary(text, at + agency.len())
        })
    })
}

/// Whether a credit in parentheses ends `text`: `(` and one of
/// [`PARENTHESIZED_CREDIT_WORDS`] (in any ASCII case, an `s` after it or
/// not, then a word boundary), then up to the next `)` with nothing after
/// it but characters that are no word characters. `None` when what
/// follows that `)` is not ASCII (Unicode word characters are left to the
/// regex).
fn parenthesized_credit(text: &str) -> Option<bool> {
    let bytes = text.as_bytes();
    for open in memchr::memchr_iter(b'(', bytes) {
        let after = open + 1;
        let opens_credit = PARENTHESIZED_CREDIT_WORDS.iter().any(|word| {
            let end = after + word.len();
            bytes
                .get(after..end)
                .is_some_and(|head| head.eq_ignore_ascii_case(word.as_bytes()))
                && (signals::is_ascii_word_boundary(text, end)
                    || (matches!(bytes.get(end), Some(b's' | b'S'))
                        && signals::is_ascii_word_boundary(text, end + 1)))
        });
        if !opens_credit {
            continue;
        }
        let Some(close) = memchr::memchr(b')', &bytes[after..]).map(|i| after + i) else {
            continue;
        };
        let rest = &bytes[close + 1..];
        if !rest.is_ascii() {
            return None;
        }
        if !rest.iter().any(|&b| b.is_ascii_alphanumeric() || b == b'_') {
            return Some(true);
        }
    }
    Some(false)
}

/// A credit label opening the line: `Photo: Reuters`, `Pictured: …`,
/// `Main image: …`, `Foto: …`, `Фото: …`, `사진: …`. Only on a line that
/// does not start in lower case: a caption starts with a capital (or in a
/// script without case), where `image: postgres:18` is a line of a
/// configuration file.
static CREDIT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    signals::unfiltered_regex(
        r"(?i)^(?:photo|image|picture|photograph|credit|illustration|pictured|above|top|main\ image|ph\.|foto|foto\ ter\ illustratie|beeld|illustratie|crédito|fotó|fotografia|fotografía|bild|imagen|imagem|immagine|gambar|ilustrasi|ilustración|ilustração|illustrazione|zdjęcie|kuva|fotoğraf|ảnh|φωτ\.|φωτογραφία|фото|фотография|иллюстрация|снимка|кадр|скриншот|світлина|사진|写真|画像|图片|圖片|图|圖)s?\s*[:：]",
    )
    .expect("valid credit label regex")
});

/// The words of [`CREDIT_LABEL`] written in ASCII, in lower case.
const ASCII_CREDIT_LABELS: &[&str] = &[
    "photo",
    "image",
    "picture",
    "photograph",
    "credit",
    "illustration",
    "pictured",
    "above",
    "top",
    "main image",
    "ph.",
    "foto",
    "foto ter illustratie",
    "beeld",
    "illustratie",
    "fotografia",
    "bild",
    "imagen",
    "imagem",
    "immagine",
    "gambar",
    "ilustrasi",
    "illustrazione",
    "kuva",
];

/// Whether [`CREDIT_LABEL`] matches `text`, read in code when the text
/// before its first colon is ASCII: the label, an `s` or not, white space,
/// then that colon (a label holds none). A label outside ASCII counts only
/// with one of [`CREDIT_KEYS`].
fn opens_with_credit_label(text: &str) -> bool {
    let window = signals::floor_char_boundary(text, LABEL_WINDOW);
    let Some(colon) = first_colon(&text[..window]) else {
        return false;
    };
    let head = &text[..colon];
    if !head.is_ascii() {
        return CREDIT_KEYS.is_match(text) && CREDIT_LABEL.is_match(text);
    }
    let label = head.trim_end_matches(char::is_whitespace);
    let singular = label.strip_suffix(['s', 'S']);
    ASCII_CREDIT_LABELS.iter().any(|word| {
        label.eq_ignore_ascii_case(word) || singular.is_some_and(|l| l.eq_ignore_ascii_case(word))
    })
}

/// Where the first `:` or `：` of `text` starts, found by their bytes (a
/// search for either character reads the text a character at a time).
fn first_colon(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    // `：` is the bytes EF BC 9A.
    memchr::memchr2_iter(b':', 0xef, bytes)
        .find(|&i| bytes[i] == b':' || bytes[i..].starts_with("：".as_bytes()))
}

/// A credit that ends a caption, after its sentence or a bar or dash:
/// `… on a ridgeline. Photo: Jane Doe`, `… Credit: Alamy.`, `… — via
/// Wikimedia Commons`, or a whole line that is one (`Photo credit:
/// example.com.`, `Courtesy of the artist`, `(Ana Ruiz / Associated
/// Press)`). The credit is short and holds no sentence of its own; in a
/// credit of a name and an agency, every word starts with a capital and
/// parentheses hold it (without them, `Family Law / Divorce` or `Storm
/// Blue / Stealth Blue` is a label, a menu item or a product option).
///
/// The lengths are counted in code ([`credit_fits`]) and the name and
/// agency in parentheses is read by [`is_name_and_agency`]: as counted
/// repetitions of classes of every script, the expression cost 40 M
/// instructions to compile, more than cleaning a page.
static TAIL_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    let pictures = PICTURE_WORDS.join("|");
    signals::unfiltered_regex(&format!(
        r"(?x)
        (?: ^ | [.!?)”]\s+ | \s[|/–—-]\s* )
        (?:
            (?: (?i: (?:{pictures})s?(?:\ credits?)?
               | photography | fotograf[íi]a | (?:illustrasjons|illustrations)foto
               | credits? | foto(?:\ credit)?s? | bild | crédit(?:\ photo)?s? | gambar | foto\ oleh
               | fotó | beeld | zdjęcie | crédito | créditos | fotoğraf | sursa\ foto
               | ph\. | kuva | ảnh | φωτ\. | φωτογραφία | фото | снимок | 사진 | 写真 | 摄影
               | 圖片(?:來源)? | 图片(?:来源)? | 图源 )
            \s*[:：=]
            | [图圖]\s*/ )
            \s*((?:[^.!?:：]|\.\S)+)
          | (?i:(?:photos?\ )?courtesy(?:\ of)?|(?:{pictures})s?\ by)\ ((?:[^.!?:]|\.\S)+)
        )
        [.)]?$
        | (?:[.!?]\s+|\s[|–—-]\s*)(?i:via\ (?:wikimedia(?:\ commons)?|getty(?:\ images)?|ap|afp|reuters|unsplash|flickr|shutterstock|canva|pexels|alamy))\.?$
        ",
    ))
    .expect("valid tail credit regex")
});

/// Words for a picture that a credit follows (`Photograph by X`,
/// `Image credit: X`), each also with an `s`.
const PICTURE_WORDS: &[&str] = &[
    "photo",
    "photograph",
    "image",
    "picture",
    "pic",
    "illustration",
];

/// The most pieces (characters, or a `.` and the character after it) the
/// credit after a label (`Photo: …`) and after `courtesy of` may hold.
const LABELED_CREDIT_MAX: usize = 80;
const COURTESY_CREDIT_MAX: usize = 60;

/// Whether `text`, of `words` words, is long enough to be a caption that
/// restates the story: [`RESTATE_MIN_WORDS`] words, or in a text in
/// another language than English ([`is_english`], asked last: it reads
/// the text), [`RESTATE_MIN_LETTERS`] letters.
fn long_enough_to_restate(text: &str, words: usize, english: impl FnOnce() -> bool) -> bool {
    (RESTATE_MIN_WORDS..=MAX_WORDS).contains(&words)
        || (words <= MAX_WORDS
            // A letter takes a byte or more, a dense one three.
            && text.len() >= RESTATE_MIN_LETTERS
            && signals::weighted_letters(text) >= RESTATE_MIN_LETTERS
            && !english())
}

/// How much of a text is read to tell its language.
const LANGUAGE_SAMPLE_BYTES: usize = 1024;

/// Whether `text` is in English, as its first [`LANGUAGE_SAMPLE_BYTES`]
/// tell: a list of product names in English has few function words, an
/// English text many.
fn is_english(text: &str) -> bool {
    let end = signals::floor_char_boundary(text, LANGUAGE_SAMPLE_BYTES);
    signals::english_share(&text[..end]) >= ENGLISH_MIN_SHARE
}

/// Whether a credit ends `text` (see [`TAIL_CREDIT`]), when its last
/// clause holds one of the key pieces of a credit, or in brackets or
/// after a slash in any language ([`ends_with_bracketed_credit`],
/// [`ends_with_slash_credit`]).
fn ends_with_credit(text: &str) -> bool {
    let text = text.trim_end();
    may_end_with_credit(text) && ends_with_credit_unfiltered(text)
}

/// [`ends_with_credit`] without its byte test.
fn ends_with_credit_unfiltered(text: &str) -> bool {
    if is_name_and_agency(text) || ends_with_bracketed_credit(text) {
        return true;
    }
    let clause = last_clause_start(text);
    // `… in Den Haag. Beeld ANP`: a label and a source after the sentence
    // (`clause`, when not 0, is the ASCII mark that ends it).
    (clause > 0 && {
        let tail = without_leading_dash(text[clause + 1..].trim());
        is_label_and_source(tail.trim_end_matches('.')) || is_source_and_label(tail)
    }) || ends_with_slash_credit(text, clause)
        || ends_with_capital_label_credit(text)
        || ends_with_glued_credit_phrase(text)
        || (may_hold_tail_credit(text, clause) && credit_fits(text, clause))
}

/// Words that name a picture in a credit without a colon, in lower case
/// (`(foto Ansa)`, `Beeld ANP`, `Photo AP`).
const BARE_CREDIT_LABELS: &[&str] = &[
    "foto",
    "photo",
    "beeld",
    "bild",
    "image",
    "kuva",
    "fotografía",
];

/// Whether `text` is a label of [`BARE_CREDIT_LABELS`], a space and a
/// source of one to three words, each capitalised (`foto Ansa`, `Beeld
/// ANP`, `Photo Jane Doe`).
fn is_label_and_source(text: &str) -> bool {
    // The longest label, `fotografía`, is 11 bytes: the label is read
    // before the rest.
    let Some(space) = text.as_bytes().iter().take(12).position(|&b| b == b' ') else {
        return false;
    };
    let (label, source) = (&text[..space], &text[space + 1..]);
    BARE_CREDIT_LABELS
        .iter()
        .any(|l| label.eq_ignore_ascii_case(l))
        && (1..=3).contains(&source.split_whitespace().count())
        && source.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '/'))
        })
}

/// Words that name a picture after its source, without a colon, in lower
/// case (`PTI Photo`, `ELTA nuotr.`); a plural or `image` after a name is
/// as often a product's (`Google Photos`, `Docker Image`).
const CREDIT_LABELS_AFTER_SOURCE: &[&str] = &["photo", "foto", "nuotr"];

/// Whether `text` is a source of one to three capitalised words, then a
/// word of [`CREDIT_LABELS_AFTER_SOURCE`] (`PTI Photo`, `ELTA nuotr.`,
/// `Gintarės Balčiūnienės nuotr.`).
fn is_source_and_label(text: &str) -> bool {
    let text = text.trim_end_matches('.');
    let Some((source, label)) = text.rsplit_once(' ') else {
        return false;
    };
    CREDIT_LABELS_AFTER_SOURCE
        .iter()
        .any(|l| label.eq_ignore_ascii_case(l))
        && (1..=3).contains(&source.split_whitespace().count())
        && source.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '/'))
        })
}

/// Whether `text` ends with a word of [`CREDIT_LABELS_AFTER_SOURCE`] (`…
/// ELTA nuotr.`), for [`may_end_with_credit`].
fn ends_with_label_after_source(text: &str) -> bool {
    let text = text.trim_end_matches('.');
    CREDIT_LABELS_AFTER_SOURCE.iter().any(|label| {
        text.len() > label.len()
            && text.is_char_boundary(text.len() - label.len())
            && text[text.len() - label.len()..].eq_ignore_ascii_case(label)
            && text[..text.len() - label.len()].ends_with(' ')
    })
}

/// Whether the words after the last stop of `text` open with one of
/// [`BARE_CREDIT_LABELS`] (`… Den Haag. Beeld ANP`), for
/// [`may_end_with_credit`].
fn ends_with_bare_label_credit(text: &str) -> bool {
    // After the last stop: a label over a source of at most three words.
    let text = text.trim_end_matches('.');
    let window = signals::floor_char_boundary(text, text.len().saturating_sub(48));
    memchr::memrchr(b'.', &text.as_bytes()[window..]).is_some_and(|dot| {
        text[window + dot + 1..]
            .split_whitespace()
            .next()
            .is_some_and(|label| {
                BARE_CREDIT_LABELS
                    .iter()
                    .any(|l| label.eq_ignore_ascii_case(l))
            })
    })
}

/// Whether `text` holds what every credit [`ends_with_credit`] finds
/// needs, read byte by byte before any of them: a closing bracket at the
/// end, a slash, a colon or an equals sign, a letter of a script without
/// case or a full-width mark (their first byte is E3 to EF), or the words
/// `courtesy`, `by`, `via`, a closing `photo` or `picture`, a label of
/// [`BARE_CREDIT_LABELS`] among the last words or one of
/// [`CREDIT_LABELS_AFTER_SOURCE`] at the end.
fn may_end_with_credit(text: &str) -> bool {
    let bytes = text.as_bytes();
    matches!(bytes.last(), Some(b')' | b']'))
        || memchr::memchr3(b'/', b':', b'=', bytes).is_some()
        || (!bytes.is_ascii() && bytes.iter().any(|&b| (0xE3..=0xEF).contains(&b)))
        || by_or_courtesy(text).next().is_some()
        || signals::ascii_case_positions(text, "via ").next().is_some()
        || ends_with_bare_label_credit(text)
        || ends_with_label_after_source(text)
        || {
            // As bytes: bytes equal to an ASCII word are whole characters.
            let bytes = text.trim_end_matches('.').as_bytes();
            PICTURE_WORDS.iter().any(|word| {
                bytes.len() >= word.len()
                    && bytes[bytes.len() - word.len()..].eq_ignore_ascii_case(word.as_bytes())
            })
        }
}

/// Where `by ` and `courtesy` start in `text`, in any ASCII case, each
/// with whether it is `by `: found by the `y` both end with, rarer than
/// their first letters.
fn by_or_courtesy(text: &str) -> impl Iterator<Item = (usize, bool)> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'y', b'Y', bytes).filter_map(|i| {
        let by = i >= 1
            && bytes[i - 1..]
                .get(..3)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"by "));
        let courtesy = i >= 7 && bytes[i - 7..=i].eq_ignore_ascii_case(b"courtesy");
        match (by, courtesy) {
            (true, _) => Some((i - 1, true)),
            (false, true) => Some((i - 7, false)),
            (false, false) => None,
        }
    })
}

/// The most words of a credit after `Courtesy of` glued to a caption.
const GLUED_COURTESY_MAX_WORDS: usize = 8;

/// Whether a credit phrase written with a capital ends `text`, glued to a
/// caption of three words or more with no mark between them: `File photo`
/// (`… at the port of Rotterdam File photo`), or `Courtesy of` and a
/// short credit with no sentence in it (`… in Frankfurt Courtesy of the
/// city`).
fn ends_with_glued_credit_phrase(text: &str) -> bool {
    let text = text.trim_end().trim_end_matches('.');
    let caption_before =
        |at: usize| text[..at].ends_with(' ') && text[..at].split_whitespace().count() >= 3;
    let file_photo = ["File photo", "File Photo", "FILE PHOTO", "File picture"]
        .iter()
        .any(|phrase| {
            text.strip_suffix(phrase)
                .is_some_and(|head| caption_before(head.len()))
        });
    let window = signals::floor_char_boundary(text, text.len().saturating_sub(SLASH_CREDIT_WINDOW));
    // `Courtesy of`, found by its capital (a search for the phrase costs
    // more to set up than the window holds).
    let courtesy = memchr::memrchr_iter(b'C', &text.as_bytes()[window..])
        .map(|i| window + i)
        .find(|&at| text[at..].starts_with("Courtesy of "))
        .is_some_and(|at| {
            let credit = &text[at + "Courtesy of ".len()..];
            caption_before(at)
                && (1..=GLUED_COURTESY_MAX_WORDS).contains(&credit.split_whitespace().count())
                && !credit.contains(['.', '!', '?', ':'])
        });
    file_photo || courtesy
}

/// Whether `text` is a wire or photo agency alone on its line: in
/// parentheses (`(Reuters)`, `(AP)`), or without them when its name has
/// four letters or more (`Reuters`; `AP` alone is as likely one of a list
/// of initials).
fn is_agency_alone(text: &str) -> bool {
    let text = text.trim();
    // The longest, `(Wikimedia Commons)`, has 19 bytes.
    if text.len() > 20 {
        return false;
    }
    let bare = text.strip_prefix('(').and_then(|t| t.strip_suffix(')'));
    match bare {
        Some(inner) => AGENCIES.contains(&inner.trim()),
        None => text.len() >= 4 && AGENCIES.contains(&text),
    }
}

/// Credit labels written with a capital, that open a credit glued to a
/// caption with no mark between them (`… in Frankfurt Photo: Jane Doe`).
const CAPITAL_CREDIT_LABELS: &[&str] = &[
    "Photo",
    "Photos",
    "Photograph",
    "Picture",
    "Image",
    "Credit",
    "Foto",
    "Fotos",
    "Bild",
    "Imagen",
    "Illustration",
];

/// The most words of a credit after a [capital
/// label](ends_with_capital_label_credit).
const CAPITAL_LABEL_CREDIT_MAX_WORDS: usize = 8;

/// Whether a credit glued to a caption ends `text`: after a word of the
/// caption and a space, one of [`CAPITAL_CREDIT_LABELS`] and a colon, then
/// up to [`CAPITAL_LABEL_CREDIT_MAX_WORDS`] words of names (each
/// capitalised, a figure or `©`, or `for`, `via`, `of`, `and`, `/`; one
/// word alone of any case, `dpa`), no sentence in them (`… in Frankfurt Photograph: Jane Doe for The
/// Ledger`, `… Foto: dpa`). A label in a list item (`Capture Stunning
/// Photos: High-quality image clarity.`) or a field (`Reference Image: A
/// flattened export of…`) is followed by words in lower case.
fn ends_with_capital_label_credit(text: &str) -> bool {
    let window = signals::floor_char_boundary(text, text.len().saturating_sub(SLASH_CREDIT_WINDOW));
    let Some(colon) = text[window..].rfind(':').map(|i| window + i) else {
        return false;
    };
    let before = &text[..colon];
    let label = &before[before.trim_end_matches(char::is_alphabetic).len()..];
    // The label first: most colons follow another word.
    if !CAPITAL_CREDIT_LABELS.contains(&label) {
        return false;
    }
    let caption = before[..before.len() - label.len()].trim_end();
    let credit = text[colon + 1..].trim().trim_end_matches('.');
    let words: Vec<&str> = credit.split_whitespace().collect();
    before.len() > label.len()
        && before[..before.len() - label.len()].ends_with(' ')
        && caption.ends_with(char::is_alphanumeric)
        && (1..=CAPITAL_LABEL_CREDIT_MAX_WORDS).contains(&words.len())
        && !credit.contains(['.', '!', '?', ':'])
        && (words.len() == 1
            || words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '©')
                    || matches!(*w, "for" | "via" | "of" | "and" | "/" | "de" | "von")
            }))
}

/// Where the last clause of `text` starts: at its last `!` or `?`, or
/// `.` before white space (0 if there is none). A match of
/// [`TAIL_CREDIT`] holds none of these but where it starts, so it starts
/// there or after: the search skips the rest of a long paragraph.
fn last_clause_start(text: &str) -> usize {
    let bytes = text.as_bytes();
    memchr::memrchr3_iter(b'.', b'!', b'?', bytes)
        .find(|&i| {
            bytes[i] != b'.'
                || text[i + 1..]
                    .chars()
                    .next()
                    .is_some_and(char::is_whitespace)
        })
        .unwrap_or(0)
}

/// Whether [`TAIL_CREDIT`] matches `text` with a credit no longer than
/// its limit: each match is tried, from every start a match can have at
/// `from` or after.
fn credit_fits(text: &str, mut from: usize) -> bool {
    use regex_automata::Input;
    let mut caps = TAIL_CREDIT.create_captures();
    while from <= text.len() {
        TAIL_CREDIT.search_captures(&Input::new(text).range(from..), &mut caps);
        let Some(whole) = caps.get_match() else {
            return false;
        };
        let fits = match (caps.get_group(1), caps.get_group(2)) {
            (Some(credit), _) => {
                credit_pieces(&text[credit]) <= LABELED_CREDIT_MAX && names_a_source(&text[credit])
            }
            (None, Some(credit)) => credit_pieces(&text[credit]) <= COURTESY_CREDIT_MAX,
            (None, None) => true,
        };
        if fits {
            return true;
        }
        from = whole.start()
            + text[whole.start()..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
    }
    false
}

/// The most words of a credit after a label without a capital (`Foto:
/// dpa`, `Bild: picture alliance/dpa`); more, it is a sentence after a
/// label (`Photography: the app files them by date`).
const LOWER_CASE_CREDIT_MAX_WORDS: usize = 2;

/// Whether the credit after a label names a source: a word of it opens
/// with a capital or a sign (`the Helgoland Bird Observatory`, `©
/// 2025`), it holds a slash (`picture alliance / dpa`), or it is of at
/// most [`LOWER_CASE_CREDIT_MAX_WORDS`] words. A year in a sentence (`Pic:
/// the favourite, taken by a schoolgirl in 1987, now hangs…`) names none.
fn names_a_source(credit: &str) -> bool {
    let mut words = credit.split_whitespace();
    words.clone().count() <= LOWER_CASE_CREDIT_MAX_WORDS
        || credit.contains('/')
        || words.any(|word| !word.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()))
}

/// How many pieces `credit` is made of: a `.` and the character after it
/// are one, every other character is one.
fn credit_pieces(credit: &str) -> usize {
    let mut chars = credit.chars();
    let mut pieces = 0;
    while let Some(c) = chars.next() {
        if c == '.' {
            chars.next();
        }
        pieces += 1;
    }
    pieces
}

/// Whether a credit in brackets ends `text`, in any language: a credit
/// label and a colon or `=` open it (`(Foto: Kompas.com/Garry Lotulung)`,
/// `(Фото: Reuters)`, `[사진=뉴스1]`, `(사진=독자 제공)`), or, after a
/// sentence or on a line a dash opens, it holds a
/// [name and an agency](is_slash_credit) (`… (4/3/2024). (ANTARA
/// FOTO/Muhammad Adimaja)`), or on a line a dash opens or after three
/// words or more that end no sentence a wire agency alone (`— Workers
/// walk past the exchange (Reuters)`, `Rescue boats at the pier
/// [Getty]`). A product's platforms after its name (`Zelda
/// (Nintendo Switch/PC)`) follow no sentence.
fn ends_with_bracketed_credit(text: &str) -> bool {
    let text = text.trim_end();
    let open = match text.as_bytes().last() {
        Some(b')') => '(',
        Some(b']') => '[',
        _ => return false,
    };
    let body = &text[..text.len() - 1];
    let Some(at) = body.rfind(open) else {
        return false;
    };
    let inner = body[at + 1..].trim();
    if opens_with_credit_label_any_mark(inner)
        || is_label_and_source(inner)
        || is_source_and_label(inner)
    {
        return true;
    }
    let before = text[..at].trim_end();
    let dashed = text.starts_with(['-', '–', '—']);
    let after_a_sentence = before.is_empty() || before.ends_with(['.', '!', '?', '。']) || dashed;
    // A wire agency alone closes a news paragraph too (`… the ministry
    // said. (AFP)`): a credit only on a caption that a dash opens, or on
    // words that end no sentence (`Firefighters near the harbor [Getty]`).
    let unfinished = before.split_whitespace().nth(2).is_some()
        && !ends_sentence(before)
        && !before.ends_with([',', ';', ':']);
    (after_a_sentence && is_slash_credit(inner))
        || ((dashed || unfinished) && AGENCIES.contains(&inner))
}

/// Whether `text` opens with a credit label (see [`CREDIT_LABEL`]) before
/// a colon or an `=` (`Foto: …`, `사진=…`), in any case.
fn opens_with_credit_label_any_mark(text: &str) -> bool {
    let window = signals::floor_char_boundary(text, LABEL_WINDOW);
    let Some(mark) = text[..window].find([':', '：', '=']) else {
        return false;
    };
    if text[mark..].starts_with([':', '：']) && opens_with_credit_label(text) {
        return true;
    }
    // `사진=…`, `사진 제공=…` (photo provided by): outside ASCII the
    // first word is the label's (`[Image description: …]` describes,
    // credits no one).
    let label = text[..mark].trim_end();
    let first = label.split_whitespace().next().unwrap_or("");
    !first.is_ascii()
        && label.split_whitespace().count() <= 2
        && CREDIT_LABEL.is_match(&format!("{first}:"))
}

/// The bytes at the end of a text in which a [credit after a
/// slash](ends_with_slash_credit) is looked for.
const SLASH_CREDIT_WINDOW: usize = 96;

/// Whether a credit after a slash ends `text`, after its sentence (which
/// ends at byte `clause`, see [`last_clause_start`], or at a `。`): a
/// [name and an agency](is_slash_credit), the agency in capitals or a wire
/// (`… in Jakarta. ANTARA/Aprillio Akbar`, `… on Tuesday. Reuters/Jane
/// Doe`), an agency after a slash
/// (`… 있다. /연합뉴스`), or in Korean, Japanese or Chinese one or two
/// words without punctuation, the agency (`… 보고 있다. 연합뉴스`): a
/// paragraph of those scripts ends with its sentence.
fn ends_with_slash_credit(text: &str, clause: usize) -> bool {
    // The credit is short: only the end of the text is read, from the
    // sentence's end when that is near.
    let window = signals::floor_char_boundary(
        text,
        text.len().saturating_sub(SLASH_CREDIT_WINDOW).max(clause),
    );
    let end = &text.as_bytes()[window..];
    // A slash, or a letter outside ASCII (of Korean, Japanese and Chinese,
    // or `。`).
    if memchr::memchr(b'/', end).is_none() && end.is_ascii() {
        return false;
    }
    // After the last `.`, `!` or `?` before white space, or `。`.
    // `。` ends a sentence; `＝` (`…（4日、首相官邸）＝共同`) leads to the
    // agency. Both are three bytes long.
    let tail = &text[window..];
    let stop = tail.rfind('。').max(tail.rfind('＝')).map(|i| window + i);
    let (before, tail) = match (clause, stop) {
        (0, None) => return false,
        (clause, Some(stop)) if stop > clause => (&text[..stop], &text[stop + '。'.len_utf8()..]),
        // `clause` is the `.`, `!` or `?` that ends a sentence, or 0 when
        // none does, and the text may open with any letter (`。a`).
        (clause, _) => {
            let after = clause + text[clause..].chars().next().map_or(0, char::len_utf8);
            (&text[..clause], &text[after..])
        }
    };
    let tail = without_leading_dash(tail.trim()).trim_end_matches('.');
    // A sentence before it: three words, or in a script without spaces
    // between words, six letters.
    let sentence = before.split_whitespace().nth(2).is_some()
        || before.chars().filter(|&c| is_caseless_letter(c)).count() >= 6;
    if tail.is_empty() || !sentence {
        return false;
    }
    if let Some(agency) = tail.strip_prefix('/') {
        return (1..=3).contains(&agency.split_whitespace().count())
            && agency.split_whitespace().all(is_credit_word);
    }
    // An agency's picture from its archive (`… in 2019. AP/File`, `—
    // Reuters/File`); a menu's path ends so too (`Open Export/File`).
    if let Some(source) = tail.strip_suffix("/File") {
        return (1..=3).contains(&source.split_whitespace().count()) && is_agency_name(source);
    }
    let caseless = |t: &str| t.chars().any(is_caseless_letter);
    // The tail's words before the sentence's letters: a credit is short,
    // a sentence long.
    (is_slash_credit(tail) && tail.split('/').any(is_agency_name))
        || ((1..=2).contains(&tail.split_whitespace().take(3).count())
            && tail
                .split_whitespace()
                .all(|w| w.chars().count() <= 8 && w.chars().all(is_caseless_letter_or_digit))
            && caseless(before))
}

/// Whether `part` of a credit names an agency: one of [`AGENCIES`], or
/// words in capitals (`ANTARA FOTO`, `EPA-EFE`). A name and a publication
/// after a caption's sentence (`Lauren Dragan/NYT Wirecutter`) is the
/// caption's own credit line, which a reviews site's text keeps.
fn is_agency_name(part: &str) -> bool {
    let part = part.trim();
    AGENCIES.contains(&part)
        || (part.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !part.chars().any(char::is_lowercase))
}

/// Whether `c` is a letter of Korean, Japanese or Chinese (scripts without
/// case).
fn is_caseless_letter(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ac00}'..='\u{d7a3}')
}

fn is_caseless_letter_or_digit(c: char) -> bool {
    is_caseless_letter(c) || c.is_ascii_digit()
}

/// Whether `word` may be a word of a credit's name: it starts with a
/// capital or a letter of a script without case, and holds letters,
/// figures and the marks of names and web addresses only.
fn is_credit_word(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase() || is_caseless_letter(c))
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’' | '&'))
}

/// Whether `text` is a name and an agency parted by a slash, in either
/// order (`ANTARA FOTO/Muhammad Adimaja`, `Reuters/Jane Doe`, `Kompas.com /
/// Garry Lotulung`), perhaps with an editor's initials after a second
/// slash (`…/aww`): one to four [credit words](is_credit_word) on each
/// side, two or more on one (`Yes/No`, `PDF/EPUB` are choices).
fn is_slash_credit(text: &str) -> bool {
    let mut parts: Vec<&str> = text.split('/').map(str::trim).collect();
    let initials = |part: &str| {
        part.bytes().all(|b| b.is_ascii_lowercase()) || part.bytes().all(|b| b.is_ascii_uppercase())
    };
    if parts.len() == 3 && parts[2].len() <= 4 && initials(parts[2]) {
        parts.pop();
    }
    let words = |part: &str| part.split_whitespace().count();
    parts.len() == 2
        && parts.iter().all(|part| {
            (1..=4).contains(&words(part)) && part.split_whitespace().all(is_credit_word)
        })
        && parts.iter().any(|part| words(part) >= 2)
        && !text.contains(|c: char| c.is_ascii_digit())
}

/// Whether `text` is a name and an agency in parentheses, every word
/// capitalised: `(Lena Park / Associated Press)`, two to four words of
/// the name and one to four of the agency.
fn is_name_and_agency(text: &str) -> bool {
    let Some(inner) = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) else {
        return false;
    };
    let Some((name, agency)) = inner.split_once('/') else {
        return false;
    };
    let name = name.strip_suffix(' ').unwrap_or(name);
    let agency = agency.strip_prefix(' ').unwrap_or(agency);
    let words =
        |part: &str, range: std::ops::RangeInclusive<usize>, min_rest: usize, other: &[char]| {
            let count = part.split(' ').count();
            range.contains(&count)
                && part.split(' ').all(|word| {
                    let mut chars = word.chars();
                    chars.next().is_some_and(char::is_uppercase)
                        && chars.clone().count() >= min_rest
                        && chars.all(|c| c.is_alphabetic() || other.contains(&c))
                })
        };
    words(name, 2..=4, 1, &['\'', '’', '.', '-']) && words(agency, 1..=4, 0, &['&', '.', '-'])
}

/// The last words of the labels of [`TAIL_CREDIT`] written in ASCII, in
/// lower case (`Photo credits`, `crédit photo`, `foto oleh`).
const TAIL_LABEL_ENDS: &[&str] = &[
    "beeld",
    "bild",
    "credit",
    "credits",
    "foto",
    "fotografia",
    "fotos",
    "gambar",
    "illustration",
    "illustrations",
    "image",
    "images",
    "kuva",
    "oleh",
    "ph",
    "photo",
    "photograph",
    "photographs",
    "photography",
    "photos",
    "pic",
    "pics",
    "picture",
    "pictures",
    "illustrasjonsfoto",
    "illustrationsfoto",
];

/// Whether the clause from byte `clause` of `text` may hold a match of
/// [`TAIL_CREDIT`]: `courtesy` or `via ` in any ASCII case, a `:`, `：`
/// or `=` after a label ([`ends_with_tail_label`]), or a `/` after `图`.
fn may_hold_tail_credit(text: &str, clause: usize) -> bool {
    let tail = &text.as_bytes()[clause..];
    let labelled = |i: usize| {
        // `：` is the bytes EF BC 9A; other characters end in 9A too.
        let colon = match tail[i] {
            0x9a if i >= 2 && tail[i - 2..i] == [0xef, 0xbc] => i - 2,
            0x9a => return false,
            _ => i,
        };
        ends_with_tail_label(&text[..clause + colon])
    };
    by_or_courtesy(&text[clause..]).any(|(at, by)| {
        !by || (at > 0 && tail[at - 1] == b' ' && names_a_picture(&text[..clause + at - 1]))
    }) || signals::ascii_case_positions(&text[clause..], "via ")
        .next()
        .is_some()
        || memchr::memchr3_iter(b':', b'=', 0x9a, tail).any(labelled)
        || memchr::memchr_iter(b'/', tail)
            .any(|i| text[..clause + i].trim_end().ends_with(['图', '圖']))
}

/// Whether `before` ends with a label of [`TAIL_CREDIT`] and white space:
/// its last word is one of [`TAIL_LABEL_ENDS`] or one outside ASCII
/// (`фото`, `사진`, `photoſ`). A label starts after white space, a dash or
/// a bar, so its last word is the run of letters before the colon.
fn ends_with_tail_label(before: &str) -> bool {
    // An abbreviated label ends with its stop (`Ph.:`, `Φωτ.:`).
    let before = before
        .trim_end_matches(char::is_whitespace)
        .trim_end_matches('.');
    let word = &before[before.trim_end_matches(char::is_alphanumeric).len()..];
    !word.is_empty()
        && (!word.is_ascii()
            || TAIL_LABEL_ENDS
                .iter()
                .any(|end| word.eq_ignore_ascii_case(end)))
}

/// What every match of [`CREDIT`] holds, in ASCII case: one of its marks
/// (`|`, `/`, `©`) or one of its words, or else an `ſ` or a Kelvin sign
/// `K` (which match `s` and `k` under Unicode case folding). A contiguous
/// NFA: built in a tenth of the time of the DFA the builder picks by
/// default (a process cleaning one short text pays for the build), and the
/// lines it scans are short.
static CREDIT_MARKS: LazyLock<AhoCorasick> = LazyLock::new(|| credit_automaton(CREDIT_MARK_WORDS));

/// The keys of [`CREDIT_MARKS`].
const CREDIT_MARK_WORDS: &[&str] = &[
    "|",
    "/",
    "©",
    "photo",
    "image",
    "picture",
    "graphic",
    "illustration",
    "credit",
    "video",
    "getty",
    "alamy",
    "shutterstock",
    "istock",
    "epa-efe",
    "ⓒ",
    "ſ",
    "\u{212A}",
];

/// A contiguous NFA of `keys` in any ASCII case (see [`CREDIT_MARKS`]).
fn credit_automaton(keys: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(keys)
        .expect("valid credit keys")
}

/// [`CREDIT_MARKS`] and the words of [`CREDIT_LABEL`] in ASCII case, the
/// labels in other scripts in a few of their cases: what a text with a
/// credit label must hold for the label to count. Every label of ASCII
/// letters holds one of them, so the keys are built only to read a label
/// outside ASCII (`Фото:`, `ZDJĘCIE:`), whose other cases do not count.
static CREDIT_KEYS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let labels = [
        "above",
        "top",
        // Credit labels in other languages, where the words above are
        // not in them (`Foto:`, `Bild:`, `Фото:`, `사진:`).
        "foto",
        "fotó",
        "crédit",
        "bild",
        "imag",
        "immagine",
        "gambar",
        "ilustra",
        "illustrazione",
        "zdjęcie",
        "kuva",
        "fotoğraf",
        "ảnh",
        "Ảnh",
        "φωτ",
        "Φωτ",
        "ΦΩΤ",
        "фото",
        "Фото",
        "ФОТО",
        "иллюстрация",
        "Иллюстрация",
        "снимка",
        "Снимка",
        "кадр",
        "Кадр",
        "скриншот",
        "Скриншот",
        "світлина",
        "Світлина",
        "사진",
        "写真",
        "画像",
        "图",
        "圖",
    ];
    credit_automaton(&[CREDIT_MARK_WORDS, &labels].concat())
});

/// `text` without a dash and white space that open it, as a credit set
/// after a caption's sentence opens (`… Bay. – Kavon Reid
/// photo`, `— Photo: Online`).
fn without_leading_dash(text: &str) -> &str {
    match text.trim_start().strip_prefix(['–', '—', '-']) {
        Some(rest) if rest.starts_with(' ') => rest.trim_start(),
        _ => text,
    }
}

/// Whether `text` carries a photo credit, as [`CREDIT`] finds them; lines
/// without any of its key pieces are passed over without running it. A
/// dash may open it (`— Photo: Online`).
fn is_credit(text: &str) -> bool {
    let text = without_leading_dash(text);
    !is_table_row(text)
        && ((CREDIT_MARKS.is_match(text) && has_credit_mark(text))
            || is_agency_alone(text)
            || opens_with_capital_credit_label(text)
            || ends_with_credit(text))
}

/// Whether `text` ends with a word for a picture ([`PICTURE_WORDS`]),
/// before a `by` credit
/// (`Photograph by …`, `images by …`), in any ASCII case.
fn names_a_picture(text: &str) -> bool {
    let word = text
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let word = word.strip_suffix(['s', 'S']).unwrap_or(word);
    PICTURE_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// The bytes at the start of a text in which a credit label's colon is
/// looked for (`Photo illustration:`, `Фотография:`).
const LABEL_WINDOW: usize = 48;

/// Whether `text` opens with a credit label (see [`CREDIT_LABEL`]) that
/// starts with a capital or a letter of a script without case: `Photo:
/// …`, `Above: …`, `사진: …`, not `image: postgres:18`. A line that a
/// caption's position or credit label opens is a caption, a sentence or
/// not: `Above: The old mill before the flood.`
fn opens_with_capital_credit_label(text: &str) -> bool {
    text.starts_with(|c: char| c.is_alphabetic() && !c.is_lowercase())
        && opens_with_credit_label(text)
}

/// Words that say a picture is an archive's or only illustrates the
/// story, in lower case: a caption of their own, or its end (`(Arkivbild)`,
/// `Fotografie ilustrativă`, `… fjällen. Arkivbild`).
const ARCHIVE_PICTURE_LABELS: &[&str] = &[
    "archive photo",
    "archive image",
    "illustrative photo",
    "illustrative image",
    "stock photo",
    "stock image",
    "arkivbild",
    "arkivfoto",
    "archivbild",
    "archivfoto",
    "symbolbild",
    "symbolfoto",
    "archieffoto",
    "archiefbeeld",
    "foto ilustrativ",
    "fotografie ilustrativă",
    "imagine ilustrativă",
    "ilustrační foto",
    "ilustrační snímek",
    "zdjęcie ilustracyjne",
    "foto ilustrasi",
    "photo d'illustration",
    "image d'illustration",
    "foto de archivo",
    "imagen de archivo",
    "foto de arquivo",
    "fotografia de arquivo",
    "imagem de arquivo",
    "foto d'archivio",
    "foto di archivio",
    "photo d'archives",
    "image d'archives",
    "immagine d'archivio",
    "arşiv fotoğrafı",
    "temsili fotoğraf",
    "temsili görsel",
    "foto ilustrativa",
    "imagem ilustrativa",
    "imagen ilustrativa",
    "slika je ilustrativna",
    "ilustrativna fotografija",
    "kuvituskuva",
    "arkivbilde",
    "file photo",
    "file picture",
    "image used for illustration",
    "иллюстративное фото",
    "фото из архива",
    "фото из открытых источников",
    "фото з відкритих джерел",
    "ілюстративне фото",
    "imatge d'arxiu",
    "foto d'arxiu",
    "資料写真",
    "写真はイメージです",
    "자료사진",
    "资料图",
    "资料图片",
];

/// The most bytes of one of [`ARCHIVE_PICTURE_LABELS`].
const ARCHIVE_LABEL_MAX_BYTES: usize = signals::longest(ARCHIVE_PICTURE_LABELS);

/// The last letters of [`ARCHIVE_PICTURE_LABELS`] in ASCII, in either
/// case.
static ARCHIVE_LABEL_LAST_LETTERS: LazyLock<[bool; 256]> = LazyLock::new(|| {
    signals::bytes_in_either_case(
        ARCHIVE_PICTURE_LABELS
            .iter()
            .filter_map(|label| label.as_bytes().last().copied()),
    )
});

/// The first letters of [`ARCHIVE_PICTURE_LABELS`] in ASCII, in either
/// case.
static ARCHIVE_LABEL_FIRST_LETTERS: LazyLock<[bool; 256]> = LazyLock::new(|| {
    signals::bytes_in_either_case(
        ARCHIVE_PICTURE_LABELS
            .iter()
            .filter_map(|label| label.as_bytes().first().copied()),
    )
});

/// The most words of a caption that an archive's label ends.
const ARCHIVE_CAPTION_MAX_WORDS: usize = 24;

/// The last words of [`ARCHIVE_PICTURE_LABELS`], once each.
static ARCHIVE_LABEL_ENDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut ends: Vec<&str> = ARCHIVE_PICTURE_LABELS
        .iter()
        .filter_map(|label| label.rsplit(' ').next())
        .collect();
    ends.sort_unstable();
    ends.dedup();
    ends
});

/// The lengths in bytes of [`ARCHIVE_LABEL_ENDS`]: a last word of another
/// length ends no label.
static ARCHIVE_LABEL_END_LENGTHS: LazyLock<[bool; ARCHIVE_LABEL_MAX_BYTES + 1]> =
    LazyLock::new(|| {
        let mut lengths = [false; ARCHIVE_LABEL_MAX_BYTES + 1];
        for end in ARCHIVE_LABEL_ENDS.iter() {
            lengths[end.len()] = true;
        }
        lengths
    });

/// Whether `text` is one of [`ARCHIVE_PICTURE_LABELS`], alone or in
/// brackets, or ends with one after a sentence or a bar or dash, in any
/// case.
fn ends_with_archive_label(text: &str) -> bool {
    let core = text
        .trim_end()
        .trim_end_matches('.')
        .trim_start_matches('※');
    let (core, bracketed) = match core.strip_suffix([')', '）']) {
        Some(inner) => (inner, true),
        None => (core, false),
    };
    // The last word first, without a copy when it is ASCII: most lines
    // end with a word no label ends with.
    // Every label ends with one of their last letters, or one outside
    // ASCII.
    if !core
        .bytes()
        .last()
        .is_some_and(|b| !b.is_ascii() || ARCHIVE_LABEL_LAST_LETTERS[usize::from(b)])
    {
        return false;
    }
    let last = memchr::memrchr2(b' ', b'(', core.as_bytes()).map_or(core, |at| &core[at + 1..]);
    let last_lower = (!last.is_ascii()).then(|| {
        // A full-width bracket opens it (`（資料写真）`).
        let last = last.rsplit('（').next().unwrap_or(last);
        last.to_lowercase()
    });
    let len = last_lower.as_ref().map_or(last.len(), String::len);
    // The ends are sorted: looked up, in lower case.
    let ends_like_a_label = ARCHIVE_LABEL_END_LENGTHS.get(len).copied().unwrap_or(false)
        && match last_lower.as_deref() {
            Some(lower) => ARCHIVE_LABEL_ENDS.binary_search(&lower).is_ok(),
            None => ARCHIVE_LABEL_ENDS
                .binary_search_by(|end| {
                    end.bytes()
                        .cmp(last.bytes().map(|b| b.to_ascii_lowercase()))
                })
                .is_ok(),
        };
    if !ends_like_a_label {
        return false;
    }
    let window =
        signals::floor_char_boundary(core, core.len().saturating_sub(ARCHIVE_LABEL_MAX_BYTES + 1));
    let tail = &core[window..];
    let lower = tail.to_lowercase();
    if lower.len() != tail.len() {
        return false;
    }
    ARCHIVE_PICTURE_LABELS.iter().any(|label| {
        if !lower.ends_with(label) {
            return false;
        }
        let before = &core[..core.len() - label.len()];
        let before = match (bracketed, before.strip_suffix(['(', '（'])) {
            (true, Some(before)) => before,
            (true, None) => return false,
            (false, _) => before,
        };
        // A note mark before the label (`※写真はイメージです`).
        let before = before.trim_end().trim_end_matches('※');
        before.is_empty() || bracketed || before.ends_with(['.', '!', '?', '|', '–', '—', '-'])
    })
}

/// Whether `text` opens with one of [`ARCHIVE_PICTURE_LABELS`] and a colon,
/// and a picture's description after it, not in lower case (`File photo:
/// Traders at the market`; `Stock photo: the agencies that sell them`
/// heads a section), the label in any case.
fn opens_with_archive_label(text: &str) -> bool {
    // Most lines open with a letter no label opens with.
    if !text
        .bytes()
        .next()
        .is_some_and(|b| !b.is_ascii() || ARCHIVE_LABEL_FIRST_LETTERS[usize::from(b)])
    {
        return false;
    }
    // The label ends at the first colon: most lines have none so early,
    // or one after no label's length. After a full stop the label opens a
    // glossary's entry as often (`File photo. A picture taken earlier …`).
    let window = &text.as_bytes()[..text.len().min(ARCHIVE_LABEL_MAX_BYTES + 1)];
    let Some(end) = memchr::memchr(b':', window) else {
        return false;
    };
    let (label, rest) = (&text[..end], &text[end + 1..]);
    let is_label = |l: &&str| {
        l.len() == end
            && (label.eq_ignore_ascii_case(l) || (!label.is_ascii() && label.to_lowercase() == **l))
    };
    ARCHIVE_PICTURE_LABELS.iter().any(is_label)
        && rest
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(|c: char| !c.is_lowercase()))
}

/// Whether `text` is a row of a table drawn with bars (`| a | b | c |`),
/// whose `| PA |` is a cell, not a credit.
fn is_table_row(text: &str) -> bool {
    let text = text.trim();
    text.starts_with('|') && text.ends_with('|')
        || memchr::memchr_iter(b'|', text.as_bytes()).nth(2).is_some()
}

/// The `--explain` text, written from the constants the rule uses.
static EXPLAIN: LazyLock<String> = LazyLock::new(|| {
    format!(
        "Removes image captions that an extractor left between paragraphs.\n\n\
         What it catches, by one of six sets of signals (each set needs \
         all of its signals):\n\
         - a restating caption: a sentence-like line of {RESTATE_MIN_WORDS} to \
           {MAX_WORDS} words (in another language than English, as few words \
           as hold {RESTATE_MIN_LETTERS} letters, a Korean, Japanese or Chinese \
           letter counting for three) that does not end with sentence punctuation, is \
           not title case or a list item, does not open with a label of at \
           most {LABEL_MAX_WORDS} words and a colon (`Step 4:`) or hold two \
           labelled fields (`Weight: 4 kg, Price: $30`), is not quoted whole \
           (a pull quote) or a formula (` = `, braces), stands after the \
           header zone (headline, standfirst) between two blocks that end like \
           sentences or are headings (title case, a numbered heading, a \
           short line over a paragraph below it) or captions or blocks another \
           rule removes (a run of unpunctuated lines is a list), \
           no closer to the block below than to the one above (else it is a \
           heading, unless a credit or another caption is glued under it), holding one sentence only, and whose content words are \
           {overlap}% or more found in one paragraph that ends like a sentence, \
           at most {RESTATE_WINDOW} blocks away — captions restate the story, headings and list \
           items are shorter; not a line right under one ending with a colon \
           (a quote or an answer it introduces), and not a line over the \
           paragraph it restates in a text of {MIN_HEADED_SECTIONS} or more \
           headed sections (lines of {SECTION_HEADING_MIN_WORDS} words or more \
           without final punctuation over a paragraph: a listing of teasers, \
           where each is the heading of its summary);\n\
         - a photo credit: a line of at most {CREDIT_MAX_WORDS} words without \
           final punctuation that carries a credit (`(Photo: Reuters)` at its \
           end, `| AP`, `Credit: …`, `Foto: …`, `Фото: …`, `사진: …`, `Getty Images`, `©`) or has the \
           shape of one (names in capitals before `photo`: `Dana Whitfield \
           Submitted photo`; a given name and one or two more names, `for` \
           and an outlet in capitals, at most {PHOTOGRAPHER_CREDIT_MAX_WORDS} \
           words: `Dana Whitfield for The Tribune`; a wire or photo agency \
           alone, `(AP)`, `Reuters`; a credit glued to a caption with no mark \
           between them, its label capitalised or a phrase of credits, `… in \
           Frankfurt Photograph: Jane Doe`, `… Foto: dpa`, `… File photo`, \
           `… Courtesy of the county`), and is not a row of \
           a table drawn with bars; with final punctuation, a line of at most \
           {CREDIT_MAX_WORDS} words that a credit ends (`… at dawn. Photo: X.`, \
           `… Photograph by X.`, `… courtesy of X.`; in any language, a credit \
           in brackets, `(Foto: …)`, `[사진=뉴스1]`, a name and an agency after \
           a sentence, `… (4/3). (ANTARA FOTO/Name)`, a wire agency on a line a \
           dash opens or after words that end no sentence, `— … (Reuters)`, \
           `Boats at the pier [Getty]`; after the sentence, an agency in \
           capitals or a wire and a name parted by a slash, `… ANTARA/Name`, \
           `/연합뉴스`, or in Korean, Japanese or Chinese the agency's name \
           alone, `… 있다. 연합뉴스`, or after `＝`, `…＝共同`; a label without a \
           colon and a source, `(foto Ansa)`, `… Den Haag. Beeld ANP`) or a \
           credit label opens \
           (`Above: …`, `Pictured: …`, `Foto: …`);\n\
         - a picture's description held by one line break over its photo \
           credit, the two set apart by blank lines between prose (or another \
           caption; over them anything when a picture's label opens the \
           credit, `Photo: …`), in a text that sets most paragraphs apart: one clause of \
           {DESCRIPTION_MIN_WORDS} to {DESCRIPTION_MAX_WORDS} words and \
           {DESCRIPTION_MIN_LETTERS} letters or more without final \
           punctuation, in sentence case, no label and no list item, \
           whose content words the paragraph under the picture does not \
           repeat ({heading}% or more: then it is that paragraph's heading);\n\
         - a block the HTML marked as a caption (`figcaption`);\n\
         - a slideshow's counter or a gallery's control anywhere (a line of \
           at most {GALLERY_CONTROL_MAX_WORDS} words: `Image 2 of 9`, `Фото 2 з \
           14`, `Click to enlarge`, `Open gallery (11 photos)`), or a control or \
           counter of a figure right above or below a block removed as noise, \
           its caption or credit (at most {FIGURE_CONTROL_MAX_WORDS} words: \
           `toggle caption`, `Expand`, `9 / 14`; a bare count elsewhere is as \
           often a rating).\n\
         A body paragraph that quotes the same words as a caption ends with \
         punctuation and stays; so does a standfirst under the headline.\n\n\
         Example: `Musk physically ‘shoved’ Treasury Secretary Scott Bessent \
         in the West Wing` between two paragraphs that tell the same story is \
         removed.",
        overlap = (RESTATE_OVERLAP * 100.0).round(),
        heading = (HEADING_OVERLAP * 100.0).round()
    )
});

impl Rule for Caption {
    fn id(&self) -> &'static str {
        "caption"
    }

    fn summary(&self) -> &'static str {
        "image captions left inline: restating lines without final punctuation, photo credits"
    }

    fn explain(&self) -> &'static str {
        &EXPLAIN
    }

    fn kind(&self) -> RuleKind {
        RuleKind::Block
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        let blocks = &doc.blocks;
        let body_start = signals::first_body_block(doc);
        let english = LazyCell::new(|| is_english(doc.text));
        let mut block_words = signals::BlockWords::default();
        let mut headed_sections = None;
        let mut credits = Vec::new();
        for i in 0..blocks.len() {
            let text = doc.block_text(i);
            let words = blocks[i].words;
            if blocks[i].kind == BlockKind::Caption {
                out.remove_block(i, "marked as a caption in the page");
                continue;
            }
            if words == 0 || out.is_removed(i) {
                // A block an earlier rule removes keeps that rule's
                // removal: no need to weigh it again.
                continue;
            }
            let listed = signals::is_list_item(text);
            if ends_sentence(text) || listed {
                // A caption may end with a full stop, or start with a
                // dash, when a credit ends it: `… at dawn. Photo: Jane
                // Doe.`, `— The harbour at dawn (Photo: AFP)`. An item
                // among other items is a list's.
                let alone = |j: Option<usize>| {
                    j.and_then(|j| blocks.get(j)).map_or(true, |b| {
                        b.words == 0 || !signals::is_list_item(b.text(doc.text))
                    })
                };
                if words <= CREDIT_MAX_WORDS
                    && (!listed || (alone(i.checked_sub(1)) && alone(Some(i + 1))))
                    && (ends_with_credit(text)
                        || (words <= ARCHIVE_CAPTION_MAX_WORDS
                            && (ends_with_archive_label(text) || opens_with_archive_label(text)))
                        || (listed && text.starts_with(['-', '–', '—']) && is_credit(text))
                        // A label alone over what it introduces
                        // (`Фото:`) is the text's.
                        || (!listed
                            && !text.trim_end().ends_with([':', '：'])
                            && opens_with_capital_credit_label(text)))
                {
                    out.remove_block(i, "a caption that a photo credit ends");
                    // A credit line with a full stop (`Photo: Ana Ruiz.`) has
                    // a description over it as well as one without.
                    if is_credit(text.trim_end().trim_end_matches('.')) {
                        credits.push(i);
                    }
                }
                continue;
            }
            if words <= CREDIT_MAX_WORDS
                && (is_credit(text)
                    || is_photographer_credit(text)
                    || (words <= ARCHIVE_CAPTION_MAX_WORDS
                        && (ends_with_archive_label(text) || opens_with_archive_label(text))))
            {
                out.remove_block(i, "a photo credit");
                credits.push(i);
                continue;
            }
            // The cheap signals of a restating caption first.
            let after_header = body_start.is_some_and(|b| i > b);
            if !after_header
                || !long_enough_to_restate(text, words, || false)
                || i + 1 >= blocks.len()
                // A caption starts with a capital, or a letter of a
                // script without case (`사진`, `写真`), or a mark.
                || !text.starts_with(|c: char| {
                    (c.is_alphabetic() && !c.is_lowercase()) || !c.is_alphanumeric()
                })
                // A line held closer to the paragraph below than to the
                // one above is that paragraph's heading (held to a credit
                // below, it is the credit's caption).
                || (doc.breaks_after(i) < doc.breaks_after(i - 1)
                    && !is_credit_block(doc, i + 1)
                    && !is_caption_over(doc, out, i + 1))
                || signals::is_title_case(text)
            {
                continue;
            }
            // A caption stands alone between paragraphs, or beside a
            // credit, a block another rule removes (a promo), or one other
            // caption; a run of lines without punctuation is a list.
            let settled = |j: usize| is_settled(doc, out, j, i);
            let pairs = |k: usize, other: Option<usize>| {
                long_enough_to_restate(doc.block_text(k), blocks[k].words, || *english)
                    && !ends_sentence(doc.block_text(k))
                    && other.is_some_and(|o| o < blocks.len() && settled(o))
            };
            if !(settled(i - 1) || pairs(i - 1, i.checked_sub(2)))
                || !(settled(i + 1) || pairs(i + 1, Some(i + 2)))
            {
                continue;
            }
            // Short in words, long in letters: a caption only in a text
            // in another language.
            if words < RESTATE_MIN_WORDS && *english {
                continue;
            }
            // A line introduced by the one above (`Jon said in Topic:`,
            // `Example:`) is a quote or an answer, not a caption.
            if doc.block_text(i - 1).trim_end().ends_with(':') {
                continue;
            }
            // A caption is one sentence; a line with several is text.
            if has_inner_sentence_end(text) {
                continue;
            }
            // This block's own words, read again only if no earlier
            // candidate's search has read them. Words of blocks out of
            // this and every later candidate's reach go.
            block_words.forget_before(i.saturating_sub(RESTATE_WINDOW));
            let mut own = match block_words.read(i) {
                Some(hashes) => signals::ContentWords::from_hashes(hashes),
                None => signals::ContentWords::new(text),
            };
            // A line that opens with a label is a heading or a field; a
            // line quoted whole is a pull quote; one with an equals sign or
            // braces is a formula or code.
            if opens_with_label(text) || is_quoted_whole(text) || is_formula(text) {
                continue;
            }
            // Captions restate the story's prose: a line that restates only
            // other unpunctuated lines is one of a list.
            let near = i.saturating_sub(RESTATE_WINDOW)..(i + RESTATE_WINDOW + 1).min(blocks.len());
            let mut restates = |j: usize| {
                ends_sentence(doc.block_text(j))
                    && own.share_found_in(block_words.of(doc, j), RESTATE_OVERLAP)
            };
            // A line that restates the paragraph right under it is that
            // paragraph's heading when the text is a series of headed
            // sections.
            if restates(i + 1)
                && *headed_sections.get_or_insert_with(|| count_headed_sections(doc))
                    >= MIN_HEADED_SECTIONS
            {
                continue;
            }
            let restated = near.filter(|&j| j != i).find(|&j| restates(j));
            if let Some(j) = restated {
                out.remove_block(
                    i,
                    format!("no final punctuation and restates block {}", j + 1),
                );
            }
        }
        // A picture's description over its credit goes with it.
        if !credits.is_empty() && signals::paragraphs_set_apart(doc) {
            for &c in &credits {
                // Under its credit, a line is as often the next section's
                // heading, which rarely repeats its paragraph's words.
                let Some(d) = c.checked_sub(1) else { continue };
                if body_start.is_some_and(|b| d > b) && is_description_over_credit(doc, out, d, c) {
                    out.remove_block(d, "a picture's description over its credit");
                }
            }
        }
        // The controls and counters of a figure go with the caption or
        // credit beside them.
        for i in 0..blocks.len() {
            if blocks[i].words == 0
                || blocks[i].words > GALLERY_CONTROL_MAX_WORDS
                || out.is_removed(i)
            {
                continue;
            }
            let text = doc.block_text(i);
            // Longer than a figure's control only with a count of pictures
            // after it (`Haga clic para ampliar (12 fotos)`).
            let short = blocks[i].words <= FIGURE_CONTROL_MAX_WORDS;
            if (short || text.trim_end().ends_with(')')) && is_gallery_control(text) {
                out.remove_block(i, "a control or counter of a picture gallery");
                continue;
            }
            if !short {
                continue;
            }
            let removed_beside = i.checked_sub(1).is_some_and(|j| out.is_removed(j))
                || (i + 1 < blocks.len() && out.is_removed(i + 1));
            if removed_beside && is_figure_control(text) {
                out.remove_block(i, "a control or counter of a figure, beside its caption");
            }
        }
    }
}

/// The most words of a picture's description over its credit.
const DESCRIPTION_MAX_WORDS: usize = 30;
/// The fewest words, and letters (see [`signals::weighted_letters`]), of
/// a picture's description over its credit: shorter lines over a picture
/// are as often its section's headings (`Shooting tips`, `Why the rye
/// works`, `Les commerçants à bout de souffle`). Letters count alike in
/// languages of long words and short ones.
const DESCRIPTION_MIN_WORDS: usize = 4;
const DESCRIPTION_MIN_LETTERS: usize = 36;
/// The share of a line's content words that the paragraph after it holds
/// when the line is that paragraph's heading (`Oracle finds its moment in
/// the TikTok era` over `Oracle is quietly back …, and TikTok …`).
const HEADING_OVERLAP: f64 = 0.34;

/// Whether block `d` is a picture's description over the credit `c`
/// (`Sunbathers on a beach in mid-October` / `Photo: Jane Doe/AFP`), in a
/// text that [sets its paragraphs apart](signals::paragraphs_set_apart):
/// one line break between the two and a blank line around them, prose (or
/// another caption) under them and over them, or anything over them when
/// a picture's label opens the credit (`Photo: …`, `Foto: …`). The description is one clause without
/// final punctuation, of [`DESCRIPTION_MIN_WORDS`] to
/// [`DESCRIPTION_MAX_WORDS`] words, in sentence case, no label and no
/// item; and it does not restate the paragraph under the picture, as that
/// paragraph's heading does. A line that ends like a sentence over a
/// credit is as often a one-sentence paragraph over its picture, and stays.
fn is_description_over_credit(doc: &Document<'_>, out: &Findings, d: usize, c: usize) -> bool {
    let blocks = &doc.blocks;
    let text = doc.block_text(d);
    let words = blocks[d].words;
    let Some(before) = d.checked_sub(1) else {
        return false;
    };
    let after = (c + 1..blocks.len()).find(|&j| blocks[j].words > 0);
    (DESCRIPTION_MIN_WORDS..=DESCRIPTION_MAX_WORDS).contains(&words)
        && signals::weighted_letters(text) >= DESCRIPTION_MIN_LETTERS
        && !out.is_removed(d)
        && doc.breaks_after(d) == 1
        && doc.breaks_after(before) >= 2
        && doc.breaks_after(c) >= 2
        && (signals::is_prose(doc, before)
            || out.is_removed(before)
            || opens_with_capital_credit_label(doc.block_text(c)))
        && after.is_some_and(|a| {
            signals::is_prose(doc, a) || out.is_removed(a) || is_credited_line(doc, a)
        })
        && text.starts_with(|ch: char| ch.is_alphabetic() && !ch.is_lowercase())
        && !ends_sentence(text)
        && !text.trim_end().ends_with([':', '：'])
        && !has_inner_sentence_end(text)
        && !signals::is_list_item(text)
        && !signals::is_title_case(text)
        && !opens_with_label(text)
        && !after.is_some_and(|a| restates_share(text, doc.block_text(a), HEADING_OVERLAP))
}

/// Whether block `j` is held by one line break over a credit: another
/// picture's description.
fn is_credited_line(doc: &Document<'_>, j: usize) -> bool {
    j + 1 < doc.blocks.len() && is_credit_block(doc, j + 1) && doc.breaks_after(j) == 1
}

/// Whether block `j` is a photo credit: at most [`CREDIT_MAX_WORDS`]
/// words, [`is_credit`].
fn is_credit_block(doc: &Document<'_>, j: usize) -> bool {
    doc.blocks[j].words <= CREDIT_MAX_WORDS && is_credit(doc.block_text(j))
}

/// Whether `other` holds `share` or more of the content words of `text`.
fn restates_share(text: &str, other: &str, share: f64) -> bool {
    let mut theirs = Vec::new();
    signals::push_content_words(other, &mut theirs);
    signals::ContentWords::new(text).share_found_in(&theirs, share)
}

/// The most words of a [photographer's credit](is_photographer_credit).
const PHOTOGRAPHER_CREDIT_MAX_WORDS: usize = 8;

/// Whether `text` credits a photographer by the shape of the line: names
/// in capitals before the word `photo` (`Dana Whitfield Submitted photo`,
/// `File photo`; `Take a photo` is an instruction), or a given name and
/// one or two more names, `for` and an outlet in capitals (`Dana
/// Whitfield for The Tribune`, `DANA WHITFIELD FOR TRAIL MAGAZINE`; `Tips
/// for Beginners` names no one). At most
/// [`PHOTOGRAPHER_CREDIT_MAX_WORDS`] words, without final punctuation.
fn is_photographer_credit(text: &str) -> bool {
    // Most lines hold neither `photo` nor `for`: they are passed over on
    // their bytes, before their words are split.
    if signals::ascii_case_positions(text, "photo")
        .next()
        .is_none()
        && signals::ascii_case_positions(text, "for").next().is_none()
    {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() < 2 || words.len() > PHOTOGRAPHER_CREDIT_MAX_WORDS {
        return false;
    }
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let (last, names) = words.split_last().expect("two words or more");
    let photo = ["photo", "photos", "photograph"]
        .iter()
        .any(|p| last.eq_ignore_ascii_case(p));
    if photo {
        return names.iter().all(capitalised);
    }
    let Some(at) = words.iter().position(|w| w.eq_ignore_ascii_case("for")) else {
        return false;
    };
    let (name, outlet) = (&words[..at], &words[at + 1..]);
    (2..=3).contains(&name.len())
        && signals::is_given_name(name[0])
        && name.iter().all(capitalised)
        && !outlet.is_empty()
        && outlet.iter().all(capitalised)
}

/// The most words of a [figure's control or counter](is_figure_control).
const FIGURE_CONTROL_MAX_WORDS: usize = 4;
/// The most words and bytes of a [gallery's control or
/// counter](is_gallery_control) (`Haga clic para ampliar (12 fotos)`).
const GALLERY_CONTROL_MAX_WORDS: usize = 8;
const GALLERY_CONTROL_MAX_BYTES: usize = 64;

/// The words of a slideshow's counter (`Image 2 of 9`, `Foto 3 von 12`,
/// `Фото 2 з 14`), in lower case: what is counted, then the word between
/// the numbers.
const COUNTED: &[&str] = &[
    "image",
    "photo",
    "picture",
    "slide",
    "foto",
    "bild",
    "billede",
    "bilde",
    "imagen",
    "immagine",
    "imagem",
    "afbeelding",
    "kuva",
    "kép",
    "zdjęcie",
    "obrázek",
    "resim",
    "görsel",
    "gambar",
    "ảnh",
    "hình",
    "εικόνα",
    "φωτογραφία",
    "фото",
    "изображение",
    "зображення",
];
const COUNTER_OF: &[&str] = &[
    "of", "/", "von", "de", "di", "van", "af", "av", "z", "ze", "из", "з", "από", "trên", "dari",
    "sur", "från",
];

/// Whether `text` is a slideshow's counter: one of [`COUNTED`] (or its
/// plural in `s`), a number, one of [`COUNTER_OF`] between spaces and a
/// number no smaller (`Image 2 of 9`, `Kuva 3 / 12`, `Εικόνα 3 από 12`).
/// A number over a number alone is as often a rating (`5 / 10`), and
/// counts only beside a caption (see [`is_figure_control`]).
fn is_slideshow_counter(text: &str) -> bool {
    let text = text.trim_start();
    let Some((what, count)) = text.split_once(char::is_whitespace) else {
        return false;
    };
    // The count first: most lines with a figure are no `n of m`. A count
    // glued around a slash (`Photo 4/5`) is as often a review's score, and
    // counts only beside a caption (see [`is_figure_control`]).
    if count.split_whitespace().count() != 3 || !is_count(count) {
        return false;
    }
    let lower = what.to_lowercase();
    let what = lower.strip_suffix('s').unwrap_or(&lower);
    COUNTED.contains(&lower.as_str()) || COUNTED.contains(&what)
}

/// Whether `text` is `n of m` (see [`COUNTER_OF`]) or `n/m`, with `n`
/// from 1 to `m`.
fn is_count(text: &str) -> bool {
    let number = |w: &str| {
        w.parse::<u32>()
            .ok()
            .filter(|_| w.bytes().all(|b| b.is_ascii_digit()))
    };
    // A count starts with a figure: most lines are passed over on it.
    if !text.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut words = text.split_whitespace();
    let (n, m) = match (words.next(), words.next(), words.next(), words.next()) {
        (Some(n), Some(of), Some(m), None)
            if COUNTER_OF.iter().any(|o| of.eq_ignore_ascii_case(o)) =>
        {
            (number(n), number(m))
        }
        (Some(glued), None, None, None) => glued
            .split_once('/')
            .map_or((None, None), |(n, m)| (number(n), number(m))),
        _ => (None, None),
    };
    matches!((n, m), (Some(n), Some(m)) if 1 <= n && n <= m)
}

/// Whole lines that open or enlarge a picture or a gallery, in lower case,
/// in several languages (`Click to enlarge`, `View gallery`, `Guarda la
/// gallery`, `Натисніть, щоб збільшити`).
const GALLERY_CONTROLS: &[&str] = &[
    "click to enlarge",
    "click to expand",
    "tap to enlarge",
    "tap to expand",
    "view gallery",
    "open gallery",
    "view full size",
    "view larger image",
    "see all photos",
    "klicken zum vergrößern",
    "bildergalerie öffnen",
    "cliquez pour agrandir",
    "voir la galerie",
    "haga clic para ampliar",
    "ver galería",
    "clicca per ingrandire",
    "guarda la gallery",
    "guarda la galleria",
    "klik om te vergroten",
    "klik for at forstørre",
    "se galleri",
    "klicka för att förstora",
    "napsauta suuremmaksi",
    "katso kuvagalleria",
    "kliknij, aby powiększyć",
    "натисніть, щоб збільшити",
    "нажмите, чтобы увеличить",
    "смотреть галерею",
    "κάντε κλικ για μεγέθυνση",
    "δείτε τη συλλογή",
    "bấm để phóng to",
    "xem thư viện ảnh",
    "enlarge this image",
    "enlarge image",
    "view image",
    "bild vergrößern",
    "galerie ansehen",
    "agrandir l'image",
    "agrandir la photo",
    "ampliar imagen",
    "ampliar foto",
    "forstørr bildet",
    "forstør billedet",
    "se bildet",
    "vis galleri",
    "zobraziť galériu",
    "zväčšiť obrázok",
    "zobrazit galerii",
    "zvětšit obrázek",
    "žiūrėti galeriją",
    "padidinti nuotrauką",
    "vaata galeriid",
    "veja a galeria de fotos",
    "veja a galeria",
    "ver mais fotos",
    "ver galería",
    "tüm fotoğrafları gör",
    "galeriye git",
    "lihat galeri",
    "lihat foto lainnya",
    "pogledajte galeriju",
    "pogledaj galeriju",
    "vezi galeria foto",
    "vezi galeria",
];

/// [`GALLERY_CONTROLS`] from the shortest in bytes to the longest: a line
/// is compared only with those of its length.
static GALLERY_CONTROLS_BY_LENGTH: LazyLock<Vec<&str>> = LazyLock::new(|| {
    let mut controls = GALLERY_CONTROLS.to_vec();
    controls.sort_by_key(|c| c.len());
    controls
});

/// The first bytes of [`GALLERY_CONTROLS`], in lower case.
static GALLERY_CONTROL_STARTS: LazyLock<[bool; 256]> = LazyLock::new(|| {
    signals::bytes_in_either_case(GALLERY_CONTROLS.iter().map(|control| control.as_bytes()[0]))
});

/// Whether `text` is a control or a counter of a picture gallery, alone on
/// its line anywhere: one of [`GALLERY_CONTROLS`] (perhaps with a count
/// of pictures after it: `Open gallery (11 photos)`) or a [slideshow's
/// counter](is_slideshow_counter).
fn is_gallery_control(text: &str) -> bool {
    let text = text.trim();
    // Most lines are passed over on their first byte: no control opens
    // with it, and no counter holds a figure.
    let Some(&first) = text.as_bytes().first() else {
        return false;
    };
    if text.len() > GALLERY_CONTROL_MAX_BYTES
        || !(GALLERY_CONTROL_STARTS[usize::from(first.to_ascii_lowercase())]
            || text.bytes().any(|b| b.is_ascii_digit()))
    {
        return false;
    }
    let control = text.trim_end_matches(|c: char| c.is_whitespace() || c == '.' || c == '…');
    // `Open gallery (11 photos)`, `View gallery (8)`.
    let control = match control
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once('('))
    {
        Some((head, count)) if count.starts_with(|c: char| c.is_ascii_digit()) => head.trim_end(),
        _ => control,
    };
    // A control's letters in lower case take as many bytes as its own,
    // but for a few letters outside ASCII: a length out of their range
    // is none of them.
    let by_length = &*GALLERY_CONTROLS_BY_LENGTH;
    let (shortest, longest) = (by_length[0].len(), by_length[by_length.len() - 1].len());
    let listed = (shortest..=longest + 8).contains(&control.len())
        && if control.is_ascii() {
            let from = by_length.partition_point(|c| c.len() < control.len());
            by_length[from..]
                .iter()
                .take_while(|c| c.len() == control.len())
                .any(|c| control.eq_ignore_ascii_case(c))
        } else {
            let lower = control.to_lowercase();
            GALLERY_CONTROLS.contains(&lower.as_str())
        };
    listed || (text.bytes().any(|b| b.is_ascii_digit()) && is_slideshow_counter(text))
}

/// Lone words that open or enlarge a picture or a gallery, in lower case,
/// in several languages (`Expand`, `Agrandir`, `Vergrößern`, `Padidinti`,
/// `Fotogaléria`).
const LONE_FIGURE_CONTROLS: &[&str] = &[
    "expand",
    "enlarge",
    "zoom",
    "fullscreen",
    "agrandir",
    "vergrößern",
    "ampliar",
    "ingrandisci",
    "forstørr",
    "forstør",
    "förstora",
    "suurenna",
    "powiększ",
    "zväčšiť",
    "zvětšit",
    "padidinti",
    "fotogaléria",
    "fotogalerie",
    "fotogalerija",
    "galería",
    "galerie",
];

/// Whether `text` is a control of a figure's caption, the word `caption`
/// ending a line of two words or more (`toggle caption`, `Hide caption
/// Show caption`: `Captions` alone is a heading), a lone word that opens
/// or enlarges the picture ([`LONE_FIGURE_CONTROLS`]), or a counter of numbers
/// (`9 / 14`, `3/12`): beside a caption, they are the figure's.
fn is_figure_control(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let control = words.len() >= 2
        && words.last().is_some_and(|w| {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .eq_ignore_ascii_case("caption")
        });
    let lone = matches!(words.as_slice(), [word] if LONE_FIGURE_CONTROLS
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w) || word.to_lowercase() == *w));
    control || lone || is_count(text)
}

/// Whether block `j` of `doc` settles a caption beside it (see
/// [`Caption`]): a block that ends like a sentence, a heading in title
/// case or [numbered](is_numbered_heading), a block an earlier rule
/// removes (a promo, a byline), or a photo credit.
fn is_settled(doc: &Document<'_>, out: &Findings, j: usize, caption: usize) -> bool {
    let t = doc.block_text(j);
    ends_sentence(t)
        || signals::is_title_case(t)
        || out.is_removed(j)
        || is_credit_block(doc, j)
        || is_numbered_heading(doc, j, caption)
        || (j == caption + 1 && is_heading_over_paragraph(doc, j))
}

/// The most words of a heading in sentence case that settles a caption
/// above it (see [`is_heading_over_paragraph`]).
const HEADING_MAX_WORDS: usize = 12;

/// Whether block `j` is a heading over a paragraph: at most
/// [`HEADING_MAX_WORDS`] words without final punctuation, not a list item,
/// right above a [paragraph of prose](signals::is_prose) (the last item of a list is followed by
/// a paragraph too, but a caption above it is then one of its items, and
/// the item above that one settles nothing).
fn is_heading_over_paragraph(doc: &Document<'_>, j: usize) -> bool {
    let t = doc.block_text(j);
    (1..=HEADING_MAX_WORDS).contains(&doc.blocks[j].words)
        && !ends_sentence(t)
        && !signals::is_list_item(t)
        && j + 1 < doc.blocks.len()
        && signals::is_prose(doc, j + 1)
}

/// Whether block `k` reads as a caption that another caption is glued
/// onto from above (two captions of one figure, or of two, printed line
/// under line): long enough to restate the story, no final punctuation,
/// not title case, and a settled block under it.
fn is_caption_over(doc: &Document<'_>, out: &Findings, k: usize) -> bool {
    let t = doc.block_text(k);
    long_enough_to_restate(t, doc.blocks[k].words, || is_english(t))
        && !ends_sentence(t)
        && !signals::is_title_case(t)
        && k + 1 < doc.blocks.len()
        && is_settled(doc, out, k + 1, k)
}

/// The most words of a [numbered heading](is_numbered_heading).
const NUMBERED_HEADING_MAX_WORDS: usize = 12;

/// Whether block `j` is the heading of a numbered section (`2. What the
/// county plans next`, `3) Pack light`): a number, a short line without
/// final punctuation, right above a [paragraph of
/// prose](signals::is_prose) (the items of a list
/// stand above one another), or above the block `caption` and that
/// paragraph (a picture under the section's heading).
fn is_numbered_heading(doc: &Document<'_>, j: usize, caption: usize) -> bool {
    let t = doc.block_text(j);
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let numbered = (1..=3).contains(&digits)
        && t[digits..]
            .strip_prefix(['.', ')'])
            .is_some_and(|rest| rest.starts_with(' '));
    let next = if caption == j + 1 { j + 2 } else { j + 1 };
    numbered
        && doc.blocks[j].words <= NUMBERED_HEADING_MAX_WORDS
        && !ends_sentence(t)
        && next < doc.blocks.len()
        && signals::is_prose(doc, next)
}

/// Whether `text` opens with a label of at most [`LABEL_MAX_WORDS`] words
/// and a colon (`Step 4: Identify…`, `Cost: $20…`), or holds two labelled
/// fields (`… Fuel type: canister, Weight: 10 lbs`).
fn opens_with_label(text: &str) -> bool {
    let opens = text.split_once(": ").is_some_and(|(label, _)| {
        !label.is_empty() && label.split_whitespace().count() <= LABEL_MAX_WORDS
    });
    opens || text.matches(": ").count() >= 2
}

/// Whether `text` is a quotation from end to end (`“…”`, `"…"`): a pull
/// quote repeats the story's words on purpose.
fn is_quoted_whole(text: &str) -> bool {
    let text = text.trim();
    text.starts_with(['“', '"', '«', '„', '‘', '\''])
        && text.ends_with(['”', '"', '»', '“', '’', '\''])
}

/// How many headed sections `doc` has: lines of
/// [`SECTION_HEADING_MIN_WORDS`] to [`MAX_WORDS`] words without final
/// punctuation right above a [paragraph of prose](signals::is_prose).
fn count_headed_sections(doc: &Document<'_>) -> usize {
    let blocks = &doc.blocks;
    (1..blocks.len())
        .filter(|&j| {
            let heading = j - 1;
            (SECTION_HEADING_MIN_WORDS..=MAX_WORDS).contains(&blocks[heading].words)
                && !ends_sentence(doc.block_text(heading))
                && signals::is_prose(doc, j)
        })
        .count()
}

/// Whether `text` reads as a formula or code: an equals sign between
/// spaces, or braces.
fn is_formula(text: &str) -> bool {
    text.contains(" = ") || text.contains(['{', '}'])
}

/// Whether a sentence ends inside `text` and another begins: `. A`.
fn has_inner_sentence_end(text: &str) -> bool {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '.' | '!' | '?') && chars.peek() == Some(&' ') {
            chars.next();
            if chars.peek().is_some_and(|n| n.is_uppercase()) {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_cleaned, assert_kept, clean_with};

    const HEADLINE: &str = "Flood Waters Rise Across the Valley";
    const LEAD: &str = "Flood waters rose across the valley on Tuesday, forcing hundreds of families to leave their homes as rivers burst their banks after three days of heavy rain.";
    const QUOTE: &str = "“We lost everything in a single night,” said Maria Lopez, who runs a bakery on Main Street and has lived in the valley for thirty years.";
    const MORE: &str =
        "Emergency crews opened three shelters in the valley's schools and the governor declared a state of emergency for the whole county on Tuesday night.";

    fn removed(caption: &str) {
        let input = format!("{HEADLINE}\n\n{LEAD}\n\n{caption}\n\n{QUOTE}\n\n{MORE}\n");
        let expected = format!("{HEADLINE}\n\n{LEAD}\n\n{QUOTE}\n\n{MORE}\n");
        assert_cleaned(&Caption, &input, &expected);
    }

    #[test]
    fn a_text_that_opens_with_a_letter_of_several_bytes_and_ends_no_sentence() {
        // No sentence ends before the tail: nothing to credit, no panic.
        for text in ["。a", "。연합뉴스", "가/나", "é/AFP"] {
            assert!(
                !ends_with_slash_credit(text, last_clause_start(text)),
                "{text}"
            );
        }
        assert!(ends_with_slash_credit(
            "경찰이 현장을 조사하고 있다。연합뉴스",
            0
        ));
    }

    #[test]
    fn an_agency_in_brackets_after_words_that_end_no_sentence() {
        for caption in [
            "Rescue boats wait at the flooded pier in Marlow [Getty]",
            "Volunteers stack sandbags along the river (Reuters)",
        ] {
            removed(caption);
        }
        // After a sentence, or after a clause a comma leaves open, it is
        // the text's own attribution.
        for line in [
            "The county opened three shelters on Tuesday, officials said. (AFP)",
            "Officials said the shelters would stay open, (Reuters)",
            "Shelters open (AP)",
        ] {
            let input = format!("{HEADLINE}\n\n{LEAD}\n\n{line}\n\n{QUOTE}\n\n{MORE}\n");
            assert_kept(&Caption, &input);
        }
    }

    #[test]
    fn credits_of_more_languages_without_a_colon() {
        for caption in [
            "首相官邸で記者会見する首相（4日）＝時事",
            "Manifestanti davanti al porto di Genova (foto Ansa)",
            "Demonstranten bij de haven van Rotterdam. Beeld ANP",
            "Rescue crews at the flooded pier in Marlow. Photo Lena Fischer",
            // Labels with a colon in Dutch, Hungarian, Polish, Portuguese.
            "Foto ter illustratie: ANP",
            "Beeld: Gemeente Zwolle",
            "Een impressie van de nieuwe woonwijk. Beeld: Koen Verhoef",
            "Látogatók a borfesztiválon a Dóm téren – Fotó: Bodnár Zsolt",
            "Bobry na brzegu Wisły. Zdjęcie: PAP/Jakub Orzeł",
            "O córrego do Bugre, que será canalizado. Crédito: Tiago Queiroz/Agência Brasil",
            "Crédito: Tiago Queiroz/Agência Brasil",
            "Zeytinler yağhanede sıkım için bekliyor | Fotoğraf: Arşiv",
            // A picture from an archive, or one that only illustrates.
            "(Arkivbild)",
            "Fotografie ilustrativă",
            "Det nya biblioteket har stora fönster mot fjällen. Arkivbild",
            "The old harbour at dawn (archive photo)",
            "Ilustrační foto",
            "Temsili fotoğraf",
            "Foto ilustrativa",
            "Иллюстративное фото",
            "※写真はイメージです",
            "（資料写真）",
            // The label first, the description after it.
            "File photo: Traders at the vegetable market in the early morning",
            "Arkivbild: Studenter utanför lärarhögskolan vid universitetet.",
            // Abbreviated labels (Italian, Greek); Finnish and Vietnamese
            // labels after a caption's sentence.
            "Ph.: Paolo Gatti/Corriere del Nord",
            "Raccoglitori al lavoro in un vigneto delle Langhe. Ph.: ANSA/Chiara Villa",
            "Συγκομιδή ελιάς σε χωριό του νομού Χανίων. Φωτ.: Intime News",
            "Φωτογραφία: Intime News",
            "Kallion kirjasto on yksi muutoksen kirjastoista. KUVA: Lehtikuva/Antti Lehtonen",
            "Xe buýt điện đón khách tại điểm dừng. Ảnh: Nguyễn Thu Hà",
            // Photography's, an illustration's, a source's label; a slash
            // before the label.
            "Wiping oil into a warm pan after washing. Photography: Oliver Penrose",
            "Vista aérea de la presa El Cuchillo. Fotografía: Alejandra Rosales",
            "Ferja ligger til kai på Halhjem torsdag morgen. Illustrasjonsfoto: NTB",
            "Vista aérea de la presa El Cuchillo / Foto: Cortesía",
            "Researchers release tagged birds on Helgoland. Photo: the Bird Observatory",
            "Baudezernentin Petra Lindner im Stadtrat. Bild: picture alliance/dpa",
            // The picture's word after its source.
            "Work in progress at the Dairy Circle underground station (PTI Photo)",
            "Užpustyti automobiliai daugiabučio kieme. ELTA nuotr.",
            "Sniego valymo technika Taikos prospekte (Gintarės Balčiūnienės nuotr.)",
        ] {
            removed(caption);
        }
        // A sentence that names a picture or a publisher after its stop.
        for line in [
            "Lena Fischer took the photo. Image Comics published it in May.",
            "He earned his Ph.D. in Padua. Ph.D. students: twelve this year",
            "The harbor reopened in May. Foto albums of the day sold out",
            "We bought a stock photo for the cover of the annual report",
            "The museum opened its archive. Photo",
            "Pick a folder / Photography: the app files them by date.",
            "We keep every picture of the trip in one album (Google Photos)",
            "Build it once and push it to the registry (Docker Image)",
            "The shop sold its last camera in May. Film and photo",
            "File photo editing takes a minute with the new tools",
            "File photo. A picture taken earlier than the events in the story, by us or by an agency.",
            "Stock photo: the agencies that sell them and what they charge for a licence to print",
        ] {
            let input = format!("{HEADLINE}\n\n{LEAD}\n\n{line}\n\n{QUOTE}\n\n{MORE}\n");
            assert_kept(&Caption, &input);
        }
        for (credit, is) in [
            ("PTI Photo", true),
            ("ELTA nuotr.", true),
            ("Google Photos", false),
            ("the photo", false),
            ("Photo", false),
        ] {
            assert_eq!(is_source_and_label(credit), is, "{credit}");
        }
        for (source, credit) in [
            ("foto Ansa", true),
            ("Beeld ANP", true),
            ("photo below", false),
            ("Foto", false),
        ] {
            assert_eq!(is_label_and_source(source), credit, "{source}");
        }
    }

    #[test]
    fn the_byte_test_lets_every_credit_through() {
        // Every line of the noise corpus (captions, credits and the rest)
        // and every line of the texts below that the credit checks take,
        // the byte test lets through.
        let corpus = include_str!("../../tests/data/noise/snippets.jsonl");
        let mut credits = 0;
        for line in corpus.lines().flat_map(|l| l.split("\\n")).chain([
            LEAD,
            QUOTE,
            MORE,
            "경찰이 현장을 조사하고 있다。연합뉴스",
            "The harbour (Reuters)",
        ]) {
            let line = line.trim_end();
            if ends_with_credit_unfiltered(line) {
                credits += 1;
                assert!(may_end_with_credit(line), "{line}");
            }
        }
        assert!(credits > 100, "{credits}");
    }

    #[test]
    fn tail_credit_gate_needs_a_labelled_colon_or_a_credit_word_in_any_ascii_case() {
        let gate = |clause: &str| may_hold_tail_credit(clause, 0);
        for clause in [
            "The harbour at dawn. Photo: AFP",
            "사진：연합뉴스",
            "Image = Getty",
            "PHOTOGRAPHS: Jane Doe",
            "Courtesy of the family",
            "The pier COURTESY Jane Doe",
            "Shared via Instagram",
            "VIA Reuters",
            "Photo by Ana Ruiz",
        ] {
            assert!(gate(clause), "{clause}");
        }
        for clause in [
            "",
            "Crews worked through the night.",
            "Courteous staff greeted every guest.",
            "The road runs via",
            "A viaduct crossed the river.",
            "The score at half time: 2-1",
            "Ｆｕｌｌ-width letters and a yen sign ￥ are no colon.",
            "Fotografía de la costa en invierno",
        ] {
            assert!(!gate(clause), "{clause}");
        }
    }

    #[test]
    fn a_caption_above_a_numbered_heading_goes() {
        let caption = "Hundreds of families were forced to leave their homes as flood waters rose across the valley after three days of heavy rain";
        for heading in ["2. What the county plans next", "3) Where the shelters are"] {
            let input =
                format!("{HEADLINE}\n\n{LEAD}\n\n{caption}\n\n{heading}\n\n{QUOTE}\n\n{MORE}\n");
            let expected = format!("{HEADLINE}\n\n{LEAD}\n\n{heading}\n\n{QUOTE}\n\n{MORE}\n");
            assert_cleaned(&Caption, &input, &expected);
        }
        // Numbered lines one above another are a list's items: the line
        // above them is the list's, and stays.
        let input = format!(
            "{HEADLINE}\n\n{LEAD}\n\n{caption}\n\n1. Pack a bag\n\n2. Leave early\n\n{QUOTE}\n\n{MORE}\n"
        );
        assert_kept(&Caption, &input);
    }

    /// A story in another language: its headline, two paragraphs, the
    /// caption, two more paragraphs.
    fn story_with(paragraphs: [&str; 5], caption: &str) -> (String, String) {
        let [headline, a, b, c, d] = paragraphs;
        (
            format!("{headline}\n\n{a}\n\n{b}\n\n{caption}\n\n{c}\n\n{d}\n"),
            format!("{headline}\n\n{a}\n\n{b}\n\n{c}\n\n{d}\n"),
        )
    }

    #[test]
    fn restating_captions_in_other_languages_need_fewer_words() {
        let stories = [
            (
                [
                    "Banjir Melanda Ibu Kota",
                    "Banjir besar melanda ibu kota pada hari Selasa setelah hujan deras selama tiga hari, memaksa ratusan keluarga meninggalkan rumah mereka di tepi sungai.",
                    "Petugas darurat membuka tiga tempat penampungan di sekolah dan gubernur menetapkan status darurat untuk seluruh wilayah pada Selasa malam.",
                    "Warga mengatakan air naik sangat cepat pada malam hari dan banyak yang tidak sempat menyelamatkan barang-barang mereka.",
                    "Pemerintah kota berjanji akan membantu para korban dengan bantuan makanan dan tempat tinggal sementara selama beberapa minggu.",
                ],
                "Ratusan keluarga terpaksa meninggalkan rumah mereka setelah hujan deras selama tiga hari di ibu kota",
            ),
            (
                [
                    "Наводнение в столице",
                    "Сильное наводнение обрушилось на столицу во вторник после трёх дней проливных дождей, и сотни семей были вынуждены покинуть свои дома у реки.",
                    "Спасатели открыли три временных приюта в школах, а губернатор объявил режим чрезвычайной ситуации во всём регионе во вторник вечером.",
                    "Жители рассказали, что вода поднималась очень быстро ночью, и многие не успели спасти свои вещи.",
                    "Городские власти пообещали помочь пострадавшим продуктами и временным жильём в ближайшие недели.",
                ],
                "Сотни семей были вынуждены покинуть свои дома после трёх дней проливных дождей в столице",
            ),
            (
                [
                    "수도에 홍수",
                    "화요일 사흘간 폭우가 내린 뒤 수도에 큰 홍수가 발생해 강가에 사는 수백 가구가 집을 떠나야 했다고 당국이 밝혔다.",
                    "구조대는 학교 세 곳에 임시 대피소를 열었고 주지사는 화요일 밤 지역 전체에 비상사태를 선포했다고 밝혔다.",
                    "주민들은 밤사이 물이 매우 빠르게 불어나 많은 사람들이 짐을 챙기지 못했다고 말했다.",
                    "시 당국은 앞으로 몇 주 동안 피해 주민들에게 식량과 임시 거처를 지원하겠다고 약속했다.",
                ],
                "사흘간 폭우가 내린 뒤 강가에 사는 수백 가구가 집을 떠나야 했다",
            ),
        ];
        for (paragraphs, caption) in stories {
            let (input, expected) = story_with(paragraphs, caption);
            assert_cleaned(&Caption, &input, &expected);
            // A line too short to say as much as a caption stays.
            let short: String = caption
                .split_whitespace()
                .take(4)
                .collect::<Vec<_>>()
                .join(" ");
            assert_kept(&Caption, &story_with(paragraphs, &short).0);
        }
        // In English, a line of fourteen words with few function words is
        // a product's heading, not a caption.
        let heading = "Ring Stickup Cam Pro – Best indoor/outdoor home security camera for Ring/Alexa smart homes";
        let input = format!(
            "{HEADLINE}\n\n{LEAD}\n\n{heading}\n\nThe Ring Stickup Cam Pro is the best indoor/outdoor home security camera for Ring and Alexa smart homes we tested.\n\n{QUOTE}\n\n{MORE}\n"
        );
        assert_kept(&Caption, &input);
    }

    #[test]
    fn removes_restating_captions() {
        for caption in [
            "Maria Lopez, who has run a bakery on Main Street for thirty years, said she lost everything in a single night",
            "Emergency crews opened three shelters in schools as the governor declared a state of emergency for the whole county",
            "Hundreds of families were forced to leave their homes as flood waters rose across the valley after three days of heavy rain",
            "The governor declared a state of emergency for the county on Tuesday night as crews opened shelters in the valley's schools",
            "Bakery owner Maria Lopez on Main Street, where she says she lost everything in a single night after thirty years in the valley",
        ] {
            removed(caption);
        }
    }

    #[test]
    fn removes_credits() {
        for caption in [
            "Residents wade through flood water in the valley (Photo: Reuters)",
            "A family carries belongings to a shelter | AP",
            "Credit: John Smith/AFP via Getty Images",
            "Flooded streets near Main Street. Photograph: Jane Doe/Reuters",
            "Rescue boats on the river (Image credit: Alamy)",
            "Photo by Ana Ruiz",
            "A volunteer hands out water © 2025 Valley Herald",
            "Image: Shutterstock",
        ] {
            removed(caption);
        }
    }

    /// The key pieces pass every line the credit pattern matches, in any
    /// case, with `ſ` and `K` for `s` and `k`.
    #[test]
    fn credit_keys_pass_every_credit() {
        let lines = [
            "Residents wade (Photo: Reuters)",
            "(pictures from the scene)",
            "A family carries belongings | AP",
            "Streets / Getty",
            "© 2025 Valley Herald",
            "Image credit to nobody",
            "Illustration by Ana Ruiz",
            "ILLUSTRATIONS BY ANA",
            "Graphic courtesy of the council",
            "Main image: the river",
            "Above: the river",
            "credit:Pexels",
            "via Getty Images",
            "Shutterſtock",
            "SHUTTERSTOCK",
            "iſtoc\u{212A}photo",
            "Alamy",
            "AFP via Getty",
            "AP Photo",
            "Reuters/Jane Doe",
            "EPA-EFE",
            "Photographs by Jane Doe",
            "Flooded streets (video shows the river)",
            "Top: the river",
            "TOPS : the river",
            "Credit: Jane Doe",
            "(File photo)",
        ];
        for line in lines {
            assert!(
                CREDIT.is_match(line) || CREDIT_LABEL.is_match(line),
                "{line}"
            );
            assert!(CREDIT_KEYS.is_match(line), "{line}");
            assert!(is_credit(line), "{line}");
        }
        for line in [
            "Foto: dpa",
            "Bild: Keystone",
            "Фото: РИА Новости",
            "Foto: Antara/Dhemas Reviyanto",
            "사진: 연합뉴스",
            "Imagen: EFE",
            "Gambar: Kompas",
        ] {
            assert!(is_credit(line), "{line}");
        }
        // Names of agencies are names, written with capitals; a label opens
        // a caption, which starts with one.
        for line in [
            "1:2345:respawn:/sbin/getty 38400 tty1",
            "mount /rex on boot",
            "image: postgres:18",
            "    image: nginx:stable",
        ] {
            assert!(!is_credit(line), "{line}");
        }
        for line in [
            "Emergency crews opened three shelters across the valley",
            "Москва встреча",
            "Stock markets rose",
            "Note: the river (rose)",
        ] {
            assert!(!CREDIT_KEYS.is_match(line), "{line}");
            assert!(!is_credit(line), "{line}");
        }
    }

    /// Credit wordings and their near misses, for the comparisons below.
    const CREDIT_PROBES: &[&str] = &[
        "photo",
        "photos",
        "image",
        "picture",
        "pictured",
        "photograph",
        "file photo",
        "credit",
        "credits",
        "illustration",
        "video",
        "graphic",
        "photo by",
        "images courtesy of",
        "graphic credit",
        "reuters/",
        "Reuters/Jane",
        "| AP",
        "/ AFP",
        "| Getty Images",
        "credit: Reuters",
        "Credit:Wikimedia Commons",
        "| iStock",
        "/ Rex",
        "| APx",
        "| ap",
        "©",
        "(Photo: Reuters)",
        "(Photos by Ana Ruiz).",
        "(photography)",
        "(File photo) —",
        "(Image: Zoë) ok",
        "(Credit: Жанна) ",
        "(Video)Ж",
        "(pictured)_",
        "Photo: Reuters",
        "Pictured : the river",
        "Main image: Zoë",
        "Foto: dpa",
        "Fotó: MTI",
        "Фото: РИА",
        "ФОТО: ТАСС",
        "사진: 연합",
        "Top: the river",
        "TOPS : the river",
        "kuva: Lehtikuva",
        "Above:",
        "image: postgres:18",
        "Photo credit: example.com.",
        "Courtesy of the artist",
        "(Ana Ruiz / Associated Press)",
        "via Wikimedia Commons",
        "The river rose. Photo: Jane Doe",
        "The river rose. Credit: Alamy.",
        "The river — via Getty Images",
        "The river rose. Фото: Жанна Иванова",
        "The river rose. 사진: 연합뉴스",
        "Note: the river (rose)",
        "Updated: 3 June",
        "https://example.com/a",
        "x=1",
        "The river. Picturesque: no",
        "crédit photo : AFP",
        "foto oleh: Antara",
        "Bild: Keystone",
        "Photoſ: Jane",
        "The river. imageS : Zoë Ångström",
    ];

    /// The code that reads credits finds what the regexes find.
    #[test]
    fn credit_checks_match_their_regexes() {
        let old_tail_keys = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([":", "：", "=", "/", "courtesy", "via ", " by "])
            .expect("valid keys");
        let (mut credits, mut labels, mut tails) = (0, 0, 0);
        let probes: Vec<&str> = CREDIT_SOURCES
            .iter()
            .chain(CREDIT_PROBES)
            .copied()
            .collect();
        for line in signals::probe_lines(&probes) {
            let credit = CREDIT.is_match(&line);
            assert_eq!(has_credit_mark(&line), credit, "{line:?}");
            let label = CREDIT_KEYS.is_match(&line) && CREDIT_LABEL.is_match(&line);
            assert_eq!(opens_with_credit_label(&line), label, "{line:?}");
            let tail_before = |line: &str| {
                let text = line.trim_end();
                let clause = last_clause_start(text);
                is_name_and_agency(text)
                    || ends_with_bracketed_credit(text)
                    || ends_with_slash_credit(text, clause)
                    || ends_with_capital_label_credit(text)
                    || ends_with_glued_credit_phrase(text)
                    || (old_tail_keys.is_match(&text[clause..]) && credit_fits(text, clause))
            };
            let text = line.trim_end();
            let clause = last_clause_start(text);
            let tail = old_tail_keys.is_match(&text[clause..]) && credit_fits(text, clause);
            assert_eq!(
                may_hold_tail_credit(text, clause) && credit_fits(text, clause),
                tail,
                "{line:?}"
            );
            let capital = line.starts_with(|c: char| c.is_alphabetic() && !c.is_lowercase());
            let before = !is_table_row(&line)
                && ((CREDIT_KEYS.is_match(&line) && (credit || (capital && label)))
                    || is_agency_alone(&line)
                    || tail_before(&line));
            assert_eq!(is_credit(&line), before, "{line:?}");
            credits += usize::from(credit);
            labels += usize::from(label);
            tails += usize::from(tail);
        }
        assert!(
            credits > 300 && labels > 50 && tails > 50,
            "{credits} {labels} {tails}"
        );
    }

    /// A flood story in Indonesian, Korean and Russian: its headline, two
    /// paragraphs, a caption to put between them, and a one-line paragraph
    /// of prose that must stay.
    const STORIES: [[&str; 5]; 3] = [
        [
            "Banjir Melanda Lembah Setelah Hujan Deras",
            "Banjir melanda lembah pada hari Selasa, memaksa ratusan keluarga meninggalkan rumah mereka setelah sungai meluap akibat hujan deras selama tiga hari berturut-turut.",
            "Petugas darurat membuka tiga tempat penampungan di sekolah dan gubernur menetapkan status darurat untuk seluruh kabupaten pada Selasa malam.",
            "Ratusan keluarga terpaksa meninggalkan rumah mereka setelah sungai meluap akibat hujan deras selama tiga hari berturut-turut di lembah",
            "Menurut petugas, air mulai surut pada Rabu pagi.",
        ],
        [
            "계곡 마을 덮친 홍수",
            "화요일 계곡 마을에 홍수가 발생해 사흘 동안 이어진 폭우로 강물이 넘치면서 수백 가구가 집을 떠나야 했다.",
            "구조대는 학교 세 곳에 대피소를 마련했고 도지사는 화요일 밤 군 전체에 비상사태를 선포했다.",
            "화요일 계곡 마을에 홍수가 발생해 사흘 동안 이어진 폭우로 강물이 넘치면서 수백 가구가 집을 떠나야 했던 마을 주민들이 물에 잠긴 거리를 걷고 있다",
            "주민들은 수요일 아침부터 물이 빠지기 시작했다고 말했다.",
        ],
        [
            "Наводнение в долине",
            "Во вторник наводнение накрыло долину: сотни семей были вынуждены покинуть свои дома после того, как реки вышли из берегов после трёх дней сильных дождей.",
            "Спасатели открыли три пункта временного размещения в школах, а губернатор во вторник вечером ввёл режим чрезвычайной ситуации во всём районе.",
            "Сотни семей были вынуждены покинуть свои дома после того, как реки вышли из берегов после трёх дней сильных дождей в долине",
            "По словам спасателей, вода начала спадать в среду утром.",
        ],
    ];

    #[test]
    fn a_caption_beside_an_unpunctuated_neighbour_goes() {
        let first = "Hundreds of families were forced to leave their homes as flood waters rose across the valley after three days of heavy rain";
        let second = "Emergency crews opened three shelters in schools as the governor declared a state of emergency for the whole county";
        // Two captions glued line under line, a caption under a numbered
        // heading, a caption over a heading in sentence case.
        for (above, below) in [
            (String::new(), format!("{first}\n{second}")),
            (
                "2. What the county plans next\n\n".to_owned(),
                first.to_owned(),
            ),
            (
                String::new(),
                format!("{first}\n\nWhat the county plans next"),
            ),
        ] {
            let input = format!("{HEADLINE}\n\n{LEAD}\n\n{above}{below}\n\n{QUOTE}\n\n{MORE}\n");
            let cleaned = clean_with(&Caption, &input);
            assert!(!cleaned.contains(first), "{input}");
            assert!(!cleaned.contains(second), "{input}");
            // The heading stays.
            assert_eq!(
                cleaned.contains("What the county plans next"),
                input.contains("What the county plans next"),
                "{cleaned}"
            );
        }
        // A run of unpunctuated lines is a list: the item above a caption
        // settles nothing.
        let input = format!("{HEADLINE}\n\n{LEAD}\n\nShelters and schools\n{first}\nRoads closed today\n\n{QUOTE}\n\n{MORE}\n");
        assert_kept(&Caption, &input);
    }

    #[test]
    fn credits_in_brackets_or_after_a_slash_in_any_language() {
        for caption in [
            "Warga mengungsi di Jakarta, Selasa (4/3/2025). (ANTARA FOTO/Muhammad Adimaja)",
            "Warga mengungsi di Jakarta, Senin (3/3/2025). ANTARA FOTO/Hafidz Mubarak A/foc.",
            "Petugas memeriksa kendaraan di Jakarta. ANTARA/Aprillio Akbar",
            "Warga antre di Jakarta. (Foto: Kompas.com/Garry Lotulung)",
            "Жители покидают дома в долине (Фото: Reuters)",
            "4일 계곡 마을 주민들이 물에 잠긴 거리를 걷고 있다. 연합뉴스",
            "4일 계곡 마을 주민들이 물에 잠긴 거리를 걷고 있다. /연합뉴스",
            "4일 계곡 마을 주민들이 물에 잠긴 거리를 걷고 있다. [사진=뉴스1]",
            "4일 계곡 마을 주민들이 물에 잠긴 거리를 걷고 있다. (사진=독자 제공)",
            "Families wade through the flooded street on Tuesday. Reuters/Jane Doe",
            "— Families wade through the flooded street on Tuesday (Reuters)",
            "Families wade through the flooded street in Frankfurt Photograph: Jane Doe for The Ledger",
            "- Families wade through the flooded street Picture: Jane Doe",
            "Familien waten durch die überflutete Straße Foto: dpa",
            "Families wade through the flooded street in the valley File photo",
            "Families wade through the flooded street Courtesy of the county sheriff",
            "(Reuters)",
            "Bloomberg",
            "- Families wade through the flooded street on Tuesday (AFP)",
            "Presiden meninjau lokasi banjir di Bekasi, Selasa (4/3/2025). ANTARA FOTO/Fakhri Hermansyah/YU",
            "Кадр: телеканал Россия-1",
            "4일 서울 광화문에서 시민들이 걷고 있다. [사진 제공=서울시]",
            "4일 서울 광화문에서 시민들이 걷고 있다. ⓒ 연합뉴스",
            "4日、東京都内で撮影。共同",
            "市民在北京街头行走。新华社",
        ] {
            removed(caption);
        }
        for kept in [
            // Platforms after a product's name, choices, a year.
            "The Legend of the Valley (Nintendo Switch/PC)",
            "Answer the survey (Yes/No)",
            "Families wade through the flooded street (4/3/2025)",
            // A wire agency closing a news paragraph.
            "The ministry said the rains would ease by Thursday. (AFP)",
            // A reviews site's caption with its own credit line.
            "We have tested more than 450 pairs of boots to date. Lauren Dragan/NYT Wirecutter",
            // Platforms after a sentence, not a credit.
            "The game is out now. Windows/Mac",
            // A label of a list item or a field, words in lower case after
            // it.
            "Capture stunning photos Photos: high-quality image clarity",
            "Reference Image: A flattened export of the design used to validate the build",
            // Initials in a list, a sentence about a courtesy.
            "AP",
            "The shelter stayed open. Courtesy of the county, hot meals were served all night long to everyone who came in from the flood.",
            // An image's description, not its credit.
            "[Image description: search results for tour packages in Dubai]",
            // A Japanese sentence alone.
            "4日、東京都内で撮影された市民の様子。",
            // A Korean paragraph of two sentences.
            "주민들은 수요일 아침부터 물이 빠지기 시작했다고 말했다. 구조대는 학교 세 곳에 대피소를 마련했다.",
        ] {
            let input = format!("{HEADLINE}\n\n{LEAD}\n\n{kept}\n\n{QUOTE}\n\n{MORE}\n");
            assert_kept(&Caption, &input);
        }
    }

    #[test]
    fn removes_captions_in_other_scripts_and_keeps_their_prose() {
        for [headline, lead, more, caption, prose] in STORIES {
            // A caption that restates the story.
            let input = format!("{headline}\n\n{lead}\n\n{caption}\n\n{more}\n");
            assert_cleaned(
                &Caption,
                &input,
                &format!("{headline}\n\n{lead}\n\n{more}\n"),
            );
            // A short caption that a credit ends, with a full stop.
            let short: String = prose.chars().take_while(|&c| c != ',').collect();
            for credit in [
                "Foto: Antara/Budi Santoso",
                "사진: 연합뉴스",
                "Фото: Иван Петров.",
                "사진=뉴시스",
            ] {
                let line = format!("{}. {credit}", short.trim_end_matches('.'));
                let input = format!("{headline}\n\n{lead}\n\n{line}\n\n{more}\n");
                assert_cleaned(
                    &Caption,
                    &input,
                    &format!("{headline}\n\n{lead}\n\n{more}\n"),
                );
            }
            // A one-line paragraph of prose stays.
            let input = format!("{headline}\n\n{lead}\n\n{prose}\n\n{more}\n");
            assert_kept(&Caption, &input);
        }
    }

    #[test]
    fn removes_captions_that_a_credit_ends() {
        for caption in [
            "A rescue boat crosses the flooded square at dawn. Photo: Ana Ruiz/Valley Herald",
            "Volunteers stack sandbags by the bridge. Credit: Alamy.",
            "The valley from the air, 1952 — via Wikimedia Commons",
            "(Lena Park / Associated Press)",
            "Photo credit: valleyherald.com.",
            "Courtesy of the Valley Historical Society",
            "The old mill before the flood. Photo courtesy Ana Ruiz",
            // A dash opens it, a credit ends it.
            "— Rescue crews at the river mouth (Photo: AFP)",
            "- The flooded square at dawn. Foto: Ana Ruiz",
            // `Pic:` as British papers label a picture, in any case.
            "Volunteers fill sandbags by the bridge on Sunday. Pic: Mairi Lennox",
            "Provost Ewan Baird. PIC: VALLEY COUNCIL",
            // A dash before the credit after the sentence: a source and
            // `photo`, a label, a source's archive.
            "The pumping station at Kellan Quay. – Ardo Mensah photo",
            "— Photo: Online",
            "Water rises over the weir at Dunmore. — VNA/File",
            // Chinese: the picture's source, a picture's credit after `图/`.
            "图片来源：河谷日报 资料图",
            "图/河谷日报 林海",
            // An archive's picture in more languages.
            "Fotografia de arquivo",
            "Фото з відкритих джерел",
        ] {
            removed(caption);
        }
        // Slashes, colons and capitals in prose are no credit.
        for line in [
            "The council said the levee would hold. Engineers disagreed.",
            "Read the full report at valleyherald.com/floods before Friday.",
            "She asked one question: when will the water go down?",
            "The relief fund is run jointly by the Red Cross and the Valley Trust.",
            "- Bring boots, a torch and a spare phone charger",
            "Family Court / Child Support Services",
            "Sign In / Create Account",
            "Photo via the council's archive",
            // `pic`, a dash, `/File` and `图` inside prose.
            "The epic: a flood that lasted three weeks and a town that rebuilt itself.",
            "— and then the river rose again, higher than anyone remembered.",
            "Open the settings and choose Save/File to keep a copy",
            "Tap the three dots in the corner. Then Export/File",
            "Readers sent us photographs of the tower. Pic: the favourite, taken in 1987, hangs in the foyer",
            "地图/导航应用显示，河谷大桥周边道路今天上午严重拥堵，请市民绕行。",
        ] {
            let input = format!("{HEADLINE}\n\n{LEAD}\n\n{line}\n\n{QUOTE}\n\n{MORE}\n");
            assert_kept(&Caption, &input);
        }
    }

    #[test]
    fn a_sentence_that_a_by_credit_ends_or_a_credit_label_opens_is_a_caption() {
        for caption in [
            "Lanterns drift over the harbour after the festival. Photograph by Ines Moreau.",
            "The weir in the first frost. Image by Kai Lindqvist, courtesy of the museum.",
            "Above: The mill race after the spring thaw.",
            "Pictured: Volunteers sort donated blankets in the school hall.",
            "Foto: Die Brücke kurz nach dem Hochwasser.",
            "Фото: Спасатели у моста на рассвете.",
        ] {
            removed(caption);
        }
        for line in [
            // A label over what it introduces, and labels in lower case.
            "Фото:",
            "Pictures:",
            "image: postgres:18.",
            // `by` without a credit word before it, or inside a sentence.
            "The levee was built by the county. Repairs by the state followed.",
            "Pictures of the flood were shared by hundreds of residents.",
            "Residents said the photo by the window was all they saved.",
        ] {
            let input = format!("{HEADLINE}\n\n{LEAD}\n\n{line}\n\n{QUOTE}\n\n{MORE}\n");
            assert_kept(&Caption, &input);
        }
    }

    #[test]
    fn a_photographers_credit_is_read_from_the_shape_of_the_line() {
        for credit in [
            "Dana Whitfield Submitted photo",
            "File photo",
            "Dana Whitfield for The Tribune",
            "DANA WHITFIELD FOR TRAIL MAGAZINE",
            "Marisa J. Vickers for Harbour Weekly",
        ] {
            removed(credit);
        }
        for line in [
            "Take a photo",
            "Best Cameras for Travel",
            "Grace for the Weary",
            "Amazing Grace for Choir",
            "Dana Whitfield for The Tribune.",
            "Dana Whitfield reports for the evening news",
        ] {
            let input = format!("{HEADLINE}\n\n{LEAD}\n\n{line}\n\n{QUOTE}\n\n{MORE}\n");
            assert_kept(&Caption, &input);
        }
    }

    #[test]
    fn the_controls_and_counters_of_a_figure_go_with_its_caption() {
        for figure in [
            "Rescue boats on the river at dawn (Photo: Reuters)\ntoggle caption\nAna Ruiz/Getty Images",
            "Hide caption Show caption\nPhoto: Ana Ruiz",
            "Image 2 of 9\nPhoto: Ana Ruiz/Valley Herald",
            "Foto 3 von 12\nFoto: Ana Ruiz",
            "Photo 4 / 10\nCourtesy of the Valley Historical Society",
            // A counter of numbers alone, a lone word that enlarges it.
            "Photo: Ana Ruiz\n9 / 14",
            "Photo: Ana Ruiz\nExpand",
            "Foto: Ana Ruiz\nVergrößern",
            "Photo: Ana Ruiz\nPadidinti",
            // Anywhere: a slideshow's counter, a gallery's control.
            "Image 2 of 9",
            "Фото 2 з 14",
            "Kuva 3 / 12",
            "Open gallery (11 photos)",
            "Haga clic para ampliar (12 fotos)",
            "Натисніть, щоб збільшити",
            "Click to enlarge",
            "Enlarge this image",
            "Forstørr bildet",
            "Zobraziť galériu",
            "Vaata galeriid",
            "Tüm fotoğrafları gör",
        ] {
            removed(figure);
        }
        // Away from a caption, or not ending with the word, they stay; a
        // number over a number is as often a rating; a counter of other
        // things is a heading.
        for line in [
            "toggle caption",
            "Captions",
            "Video Caption Audit",
            "9 / 14",
            "Expand",
            "Galerie",
            "Windproof 6/6",
            "Step 3 of 5",
            "Image 9 of 2",
            "Photo 4/5",
        ] {
            let input = format!("{HEADLINE}\n\n{LEAD}\n\n{line}\n\n{QUOTE}\n\n{MORE}\n");
            assert_kept(&Caption, &input);
        }
        let input =
            format!("{HEADLINE}\n\n{LEAD}\n\nPhoto: Ana Ruiz\nVideo Caption Audit\n\n{QUOTE}\n");
        assert!(clean_with(&Caption, &input).contains("Video Caption Audit"));
    }

    #[test]
    fn tail_credits_are_short_and_names_with_agencies_capitalised() {
        assert!(is_name_and_agency("(Lena Park / Associated Press)"));
        assert!(is_name_and_agency("(Ана Петрова/ТАСС)"));
        for line in [
            "(Lena / Associated Press)",
            "(lena park / Associated Press)",
            "(Lena Park / Associated Press",
            "(Lena Park / A / B)",
            "(One Two Three Four Five / AP)",
        ] {
            assert!(!is_name_and_agency(line), "{line}");
        }
        assert_eq!(last_clause_start("No stop here: Photo: X"), 0);
        assert_eq!(last_clause_start("One. Two! v1.2 Photo: X."), 8);
        assert_eq!(last_clause_start("Why? Photo: A.B"), 3);
        let long = "x".repeat(LABELED_CREDIT_MAX);
        assert!(credit_fits(&format!("The square. Photo: {long}"), 0));
        assert!(!credit_fits(&format!("The square. Photo: {long}y"), 0));
        // A `.` and the character after it are one piece.
        let dotted = "a.b".repeat(LABELED_CREDIT_MAX / 2);
        assert!(credit_pieces(&dotted) == LABELED_CREDIT_MAX);
        assert!(credit_fits(&format!("Photo: {dotted}"), 0));
        let courtesy = "y".repeat(COURTESY_CREDIT_MAX);
        assert!(credit_fits(&format!("Courtesy of {courtesy}"), 0));
        assert!(!credit_fits(&format!("Courtesy of {courtesy}z"), 0));
    }

    #[test]
    fn a_caption_beside_a_credit_or_another_caption_goes() {
        let first = "Hundreds of families were forced to leave their homes as flood waters rose across the valley after three days of heavy rain";
        let second = "Emergency crews opened three shelters in schools as the governor declared a state of emergency for the whole county";
        for pair in [
            format!("{first}\nPhoto: Ana Ruiz"),
            format!("{first}\n\n{second}"),
        ] {
            let input = format!("{HEADLINE}\n\n{LEAD}\n\n{pair}\n\n{QUOTE}\n\n{MORE}\n");
            let cleaned = clean_with(&Caption, &input);
            assert_eq!(
                cleaned.split_whitespace().collect::<Vec<_>>(),
                format!("{HEADLINE} {LEAD} {QUOTE} {MORE}")
                    .split_whitespace()
                    .collect::<Vec<_>>(),
                "{input}"
            );
        }
    }

    #[test]
    fn a_description_over_its_credit_goes_with_it() {
        for block in [
            "A rescue boat moving between flooded houses on the edge of town\nPhoto: Ana Ruiz/Reuters",
            "Volunteers stacking sandbags outside the old mill\n(Getty Images)",
            "Volunteers stacking sandbags outside the old mill\nPhoto: Ana Ruiz/Reuters.",
            "Wasserstand an der Brücke am Dienstagmorgen\nFoto: dpa",

            "Спасатели эвакуируют жителей затопленной улицы\nФото: ТАСС",
            // Two pictures in a row.
            "Volunteers stacking sandbags outside the old mill\nPhoto: Ana Ruiz\n\nA tractor pulling a car out of the water near the bridge\nCredit: Tom Field/AP",
        ] {
            removed(block);
        }
        // Under a list's lead-in when a picture's label opens the credit;
        // over a bare agency's credit there, as likely the list's first
        // item over its source.
        let lead_in = "Before you leave, check three things:";
        for (credit, gone) in [
            ("Image: Ana Ruiz", true),
            ("Foto: Ana Ruiz/Reuters", true),
            ("Reuters", false),
        ] {
            let over = format!("{HEADLINE}\n\n{LEAD}\n\n{lead_in}");
            let input = format!("{over}\n\nA rescue boat moving between flooded houses on the edge of town\n{credit}\n\n{QUOTE}\n\n{MORE}\n");
            let cleaned = clean_with(&Caption, &input);
            assert_eq!(!cleaned.contains("A rescue boat"), gone, "{cleaned}");
        }
    }

    #[test]
    fn a_line_over_a_credit_stays_when_it_is_a_heading_or_a_sentence() {
        for (block, line) in [
            // A sentence: as often a one-sentence paragraph over its
            // picture, even over a credit that names the picture.
            (
                "Rescue boats moved between the flooded houses all night.\nPhoto: Ana Ruiz/Reuters",
                "Rescue boats moved",
            ),
            (
                "Her neighbours spent the day carrying soaked carpets into the street.\n© Ana Ruiz",
                "Her neighbours",
            ),
            (
                "Rescue boats moved between the flooded houses all night.\nAna Ruiz/Reuters",
                "Rescue boats moved",
            ),
            (
                "Rescue boats moved between the flooded houses all night.\nPhoto: Ana Ruiz/Reuters. A boat at the bridge on Tuesday morning.",
                "Rescue boats moved",
            ),
            (
                "The water rose. Rescue boats moved between the houses all night.\nPhoto: Ana Ruiz/Reuters",
                "Rescue boats moved",
            ),
            // A sentence as long as a paragraph's.
            (
                "Rescue boats moved between the flooded houses all night, and by the morning most of the families on the riverbank had reached the shelters.\nPhoto: Ana Ruiz/Reuters",
                "Rescue boats moved",
            ),
            // A heading in title case, a short one, a label.
            (
                "What the County Plans Next\nPhoto: Ana Ruiz/Reuters",
                "What the County Plans Next",
            ),
            (
                "Photo: Ana Ruiz/Reuters\nWhat the County Plans Next",
                "What the County Plans Next",
            ),
            (
                "Photo: Ana Ruiz/Reuters\nValley families leave their homes",
                "Valley families leave",
            ),
            (
                "Shelter locations\nPhoto: Ana Ruiz/Reuters",
                "Shelter locations",
            ),
            // A section's heading in sentence case over the next picture.
            ("Why the rye works\nPhoto: Ana Ruiz/Reuters", "Why the rye works"),
            ("Les commerçants à bout de souffle\n© DR", "Les commerçants"),
            (
                "Where to go: the three open shelters\nPhoto: Ana Ruiz/Reuters",
                "Where to go",
            ),
            // A heading whose words open the paragraph under it.
            (
                "Valley families leave their homes\nPhoto: Ana Ruiz/Reuters",
                "Valley families leave",
            ),
        ] {
            let input = format!("{HEADLINE}\n\n{LEAD}\n\n{block}\n\nFamilies across the valley left their homes on Tuesday night as the water rose, and most of them slept in the shelters.\n\n{MORE}\n\n{QUOTE}\n");
            let cleaned = clean_with(&Caption, &input);
            assert!(cleaned.contains(line), "{input}\n=>\n{cleaned}");
        }
        // Held to the paragraph above by one break, or in a text whose
        // paragraphs are not set apart.
        let glued = format!("{HEADLINE}\n\n{LEAD}\nVolunteers stacking sandbags outside the old mill\nPhoto: Ana Ruiz\n\n{QUOTE}\n\n{MORE}\n");
        assert!(clean_with(&Caption, &glued).contains("Volunteers stacking"));
        let tight = format!("{HEADLINE}\n{LEAD}\n{MORE}\n\nVolunteers stacking sandbags outside the old mill\nPhoto: Ana Ruiz\n\n{QUOTE}\n{MORE}\n{LEAD}\n");
        assert!(clean_with(&Caption, &tight).contains("Volunteers stacking"));
    }

    #[test]
    fn removes_blocks_marked_as_captions() {
        let text = "Body text of the article.\n\nA marked caption\n\nMore body text.\n";
        let mut doc = crate::segment::Document::plain(text);
        doc.blocks[1].kind = BlockKind::Caption;
        let cleaned = crate::Cleaner::with_rules(vec![&Caption]).clean_document(&doc);
        assert_eq!(
            cleaned.text,
            "Body text of the article.\n\nMore body text.\n"
        );
    }

    #[test]
    fn keeps() {
        let cases = [
            // A standfirst under the headline.
            format!("{HEADLINE}\nHundreds of families were forced to leave their homes as waters rose\n\n{LEAD}\n\n{QUOTE}\n"),
            // A body paragraph quoting the same words ends with punctuation.
            format!("{HEADLINE}\n\n{LEAD}\n\nMaria Lopez said she lost everything in a single night.\n\n{QUOTE}\n"),
            // Section headings.
            format!("{HEADLINE}\n\n{LEAD}\n\nWhat Happens Next for the Valley\n\n{MORE}\n"),
            // A short line without punctuation.
            format!("{HEADLINE}\n\n{LEAD}\n\nFlood waters\n\n{MORE}\n"),
            // List items that restate the text.
            format!("{HEADLINE}\n\n{LEAD}\n\n- Emergency crews opened three shelters across the valley\n\n{MORE}\n"),
            // A line without punctuation that says something new.
            format!("{HEADLINE}\n\n{LEAD}\n\nSchools will reopen next week once the roads have been inspected by engineers\n\n{MORE}\n"),
            // A datelined first paragraph.
            format!("WASHINGTON (Reuters) — {LEAD}\n\n{QUOTE}\n"),
            // Lyrics without punctuation.
            "Song Title\n\nWe walked along the river in the rain\nWe walked along the river once again\nAnd the river took us home\n".to_owned(),
            // Credit-like words in a sentence.
            format!("{HEADLINE}\n\n{LEAD}\n\nThe photo was taken by a Reuters photographer on Tuesday.\n\n{MORE}\n"),
            // A one-word paragraph.
            format!("{HEADLINE}\n\n{LEAD}\n\nWhy\n\n{MORE}\n"),
            // A run of unpunctuated lines restating the text is a list.
            format!("{HEADLINE}\n\n{LEAD}\n\nEmergency crews opened three shelters across the valley\nThe governor declared a state of emergency on Tuesday night\nHundreds of families were forced to leave their homes\n\n{MORE}\n"),
            // The last line of a text has no paragraph after it.
            format!("{HEADLINE}\n\n{LEAD}\n\n{MORE}\n\nEmergency crews opened three shelters in schools as the governor declared a state of emergency for the whole county\n"),
            // A sentence-case heading sits on the paragraph it heads.
            format!("{HEADLINE}\n\n{LEAD}\n\nEmergency crews opened three shelters across the valley\n{MORE}\n"),
            // Several sentences, the last unfinished: a step of a recipe.
            format!("{HEADLINE}\n\n{LEAD}\n\nCrews opened three shelters. The governor declared a state of emergency on Tuesday\n\n{MORE}\n"),
            // A short line that previews the paragraph below is its heading.
            format!("{HEADLINE}\n\n{LEAD}\n\nWhy the governor declared a state of emergency\n\n{MORE}\n"),
            // A line that opens with a label is a step or a field; one with
            // two labelled fields is a line of specifications.
            format!("{HEADLINE}\n\n{LEAD}\n\nFlood waters rose across the valley and families leave homes, Weight: 4 kilos, Price: $30\n\n{MORE}\n"),
            // A pull quote repeats the story's words on purpose.
            format!("{HEADLINE}\n\n{LEAD}\n\n“Hundreds of families were forced to leave their homes as flood waters rose across the valley”\n\n{QUOTE}\n\n{MORE}\n"),
            // A formula is not a caption.
            format!("{HEADLINE}\n\n{LEAD}\n\nfamilies = flood waters rose across the valley on Tuesday forcing hundreds to leave homes\n\n{MORE}\n"),
            // A line that opens with a label is a step or a field.
            format!("{HEADLINE}\n\n{LEAD}\n\nStep 4: open three shelters as the governor declares a state of emergency\n\n{MORE}\n"),
            // A heading of ten words on the topic of a paragraph further down.
            format!("{HEADLINE}\n\n{LEAD}\n\nHow the governor came to declare a state of emergency\n\n{QUOTE}\n\n{MORE}\n"),
            // Lines that restate only each other are items of a list.
            format!("{HEADLINE}\n\n{LEAD}\n\nShop the shelter kit at redcross.org and the valley store today\n\n{QUOTE}\n\nShop the shelter kit at redcross.org and the valley store now\n\n{MORE}\n"),
            // A line of fewer words restating a paragraph is a heading or a
            // callout as likely as a caption.
            format!("{HEADLINE}\n\n{LEAD}\n\nThe governor declared a state of emergency for the county as crews opened shelters\n\n{QUOTE}\n\n{MORE}\n"),
            // A line ending with a colon introduces what follows.
            format!("{HEADLINE}\n\n{LEAD}\n\nEmergency crews opened three shelters and the governor said:\n\n{MORE}\n"),
        ];
        for input in &cases {
            assert_kept(&Caption, input);
        }
    }

    #[test]
    fn headings_of_a_listing_restate_their_paragraph_and_stay() {
        // A page of teasers: a headline of a dozen words over each summary.
        let topics = [
            ("council", "bridge", "steel"),
            ("school board", "library", "roof"),
            ("hospital", "ward", "heating"),
            ("museum", "gallery", "floor"),
            ("port authority", "pier", "pilings"),
            ("university", "stadium", "stands"),
            ("railway", "station", "platform"),
            ("county", "jail", "wiring"),
        ];
        assert_eq!(topics.len(), MIN_HEADED_SECTIONS);
        let teasers: String = topics
            .iter()
            .map(|(who, what, part)| {
                format!(
                    "The {who} votes to close the old {what} on Monday as engineers warn that its {part} is failing after years of neglect\n\n\
                     The {who} voted to close the old {what} on Monday after engineers warned that its {part} was failing after years of neglect and delay.\n\n"
                )
            })
            .collect();
        assert_kept(&Caption, &teasers);
        // The same heading in an article of a few sections is a caption.
        let article: String = teasers
            .split("\n\n")
            .take(6)
            .collect::<Vec<_>>()
            .join("\n\n");
        let input = format!("{HEADLINE}\n\n{LEAD}\n\n{article}\n");
        assert_ne!(clean_with(&Caption, &input), input);
    }

    #[test]
    fn a_quote_introduced_by_the_line_above_stays() {
        let input = format!(
            "{HEADLINE}\n\n{LEAD}\n\nJon said in Flood updates:\n\n\
             Maria Lopez, who has run a bakery on Main Street for thirty years, said she lost everything in a single night\n\n{QUOTE}\n\n{MORE}\n"
        );
        assert_kept(&Caption, &input);
    }

    #[test]
    fn a_paragraph_far_away_is_no_evidence() {
        let caption =
            "Emergency crews opened three shelters in schools as the governor declared a state of emergency for the whole county";
        let filler: String = (0..RESTATE_WINDOW + 5)
            .map(|n| {
                format!("Paragraph {n} of the long report, about something else entirely.\n\n")
            })
            .collect();
        let input = format!("{HEADLINE}\n\n{LEAD}\n\n{caption}\n\n{QUOTE}\n\n{filler}{MORE}\n");
        assert_kept(&Caption, &input);
        let near = format!("{HEADLINE}\n\n{LEAD}\n\n{caption}\n\n{QUOTE}\n\n{MORE}\n\n{filler}");
        assert_eq!(
            clean_with(&Caption, &near),
            near.replace(&format!("{caption}\n\n"), "")
        );
    }

    #[test]
    fn credit_words_inside_text_are_not_credits() {
        for line in [
            "| Highmark Inc. | Non-Profit | ~6.5M | PA, WV, DE | Yes |",
            "Region | Members | PA | Plans",
            "The camera looks much as its earlier versions did (pictured above), but the software changed a lot",
        ] {
            let input = format!("{HEADLINE}\n\n{LEAD}\n\n{line}\n\n{QUOTE}\n\n{MORE}\n");
            assert_kept(&Caption, &input);
        }
        removed("Rescue boats on the river at dawn (Photo: Reuters)");
    }

    #[test]
    fn a_block_an_earlier_rule_removes_stays_that_rules() {
        // A promo printed twice restates itself, but it is repeated-block's.
        let promo = "Subscribe for flood updates: waters rose across the valley on Tuesday and families had to leave their homes after heavy rain";
        let input = format!("{HEADLINE}\n\n{LEAD}\n\n{promo}\n\n{QUOTE}\n\n{promo}\n\n{MORE}\n");
        let alone = crate::Cleaner::with_rules(vec![&Caption]).clean(&input);
        assert_eq!(alone.edits.len(), 2);
        assert!(alone.edits.iter().all(|e| e.rule == "caption"));
        let cleaned = crate::Cleaner::new().clean(&input);
        assert_eq!(
            cleaned.text,
            format!("{HEADLINE}\n\n{LEAD}\n\n{QUOTE}\n\n{MORE}\n")
        );
        assert!(cleaned.edits.iter().all(|e| e.rule == "repeated-block"));
    }
}
