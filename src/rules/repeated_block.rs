//! `repeated-block`: a promo, or any block, repeated inside one document.

use std::sync::LazyLock;

use regex_automata::meta::Regex;

use std::ops::Range;

use super::ad_slot::is_ad_label;
use super::cookie_notice::mentions_cookies;
use super::signals::{self, beside_a_sentence, is_sentence, Phrases};
use super::{Context, Findings, Rule, RuleKind};
use crate::segment::{ends_sentence, Block, Document};

/// Removes blocks repeated inside a document: every copy of a promo, the
/// later copies of a duplicated paragraph.
pub struct RepeatedBlock;

/// Longer blocks are article text even when they advertise: only their
/// later copies go.
const PROMO_MAX_WORDS: usize = 40;
/// A repeated paragraph this long is duplicated article text.
const PARAGRAPH_MIN_WORDS: usize = 12;
/// A passage of several blocks printed again later goes only when it holds
/// at least this share, in percent, of the document's words: the document
/// is, in the main, printed twice (two copies, two thirds of it). Shorter passages repeated far apart
/// (a legal note under each offer, a quoted post in a forum thread) are
/// the text's own.
const PASSAGE_MIN_PERCENT: usize = 33;
/// Largest share of a document's words, in percent, that the copies of
/// promos may take: past it the "promo" is what the document is about (a
/// page of course listings, a shop), and it stays.
const MAX_REMOVED_PERCENT: usize = 50;

/// A block worded only with [`OFFER_WORDING`] is a promo only up to this
/// many words (a label: `Special offer`, `Webinar: AI for teams`); longer,
/// it is a sentence that talks about an offer (terms and conditions, a
/// course description) and stays.
const OFFER_LABEL_MAX_WORDS: usize = 12;

/// Calls to action: a block asking the reader to do something (subscribe,
/// sign up, download, donate, read more, learn to…), or marked as an ad;
/// whole words in any ASCII case (see [`signals::Phrases`]), an optional
/// ending listed first (`advertisements?`, `download(ing)?`).
static PROMO_WORDING: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "subscribe",
        "sign up",
        "signup",
        "sign-up",
        "log in to",
        "advertisements",
        "advertisement",
        "advertising",
        "sponsored",
        "promoted",
        "story continues",
        "continues below",
        "continue below",
        "continue reading",
        "read more",
        "read next",
        "also read",
        "see also",
        "related stories",
        "related articles",
        "related coverage",
        "most read",
        "most popular",
        "downloading the",
        "downloading our",
        "download the",
        "download our",
        "get the app",
        "get the latest",
        "app store",
        "google play",
        "donate",
        "support us",
        "support our",
        "support independent",
        "become a member",
        "become a subscriber",
        "become a supporter",
        "follow us",
        "join us",
        "join our",
        "join the",
        "click here",
        "learn more",
        "learn to",
        "learn how",
        "find out more",
        "register now",
        "register today",
        "register here",
        "delivered weekly",
        "delivered daily",
        "delivered to",
        "don't miss",
        "don’t miss",
        "share this",
        "watch now",
        "watch live",
        "listen now",
        "listen to the",
        "buy now",
        "shop now",
        // Other languages (German, French, Spanish, Italian, Portuguese,
        // Indonesian, Dutch); ASCII case folding leaves `í` and `Í` apart.
        "abonnieren",
        "jetzt anmelden",
        "jetzt kaufen",
        "jetzt registrieren",
        "weiterlesen",
        "mehr erfahren",
        "abonnez-vous",
        "s'abonner",
        "inscrivez-vous",
        "lire la suite",
        "en savoir plus",
        "suscribete",
        "suscríbete",
        "suscrÍbete",
        "suscribirse",
        "registrate",
        "regístrate",
        "regÍstrate",
        "leer mas",
        "leer más",
        "leer mÁs",
        "iscriviti",
        "abbonati",
        "leggi anche",
        "scopri di piu",
        "scopri di più",
        "scopri di piÙ",
        "assine",
        "inscreva-se",
        "leia mais",
        "saiba mais",
        "berlangganan",
        "daftar sekarang",
        "baca juga",
        "abonneer",
        "schrijf je in",
        "lees meer",
        // Dutch, Polish, Portuguese, Hungarian, Swedish, Turkish, Romanian,
        // Czech, more Spanish and French: to subscribe, follow, download
        // the app, support the paper, read on after an ad.
        "aanmelden",
        "meld je aan",
        "word abonnee",
        "word nu abonnee",
        "download de app",
        "volg ons",
        "gaat verder onder de advertentie",
        "zapisz się",
        "subskrybuj",
        "obserwuj nas",
        "pobierz aplikację",
        "dalsza część artykułu",
        "wesprzyj",
        "cadastre-se",
        "quero receber",
        "baixe o app",
        "baixe o aplicativo",
        "siga-nos",
        "continua após a publicidade",
        "continua depois da publicidade",
        "feliratkozom",
        "iratkozzon fel",
        "támogassa",
        "kövessen minket",
        "prenumerera",
        "ladda ner appen",
        "följ oss",
        "abone ol",
        "bizi takip edin",
        "abonează-te",
        "urmărește-ne",
        "odebírejte",
        "sledujte nás",
        "síguenos",
        "descarga la app",
        "suivez-nous",
        "soutenez",
        "takip edin",
        "abone olun",
        "hemen abone",
        "ayrıca okuyun",
        "ilginizi çekebilir",
        "pokračování článku",
        "přihlásit se",
        "nenechte si ujít",
        "continuă după reclamă",
        "citește și",
        "läs också",
        "läs mer",
        "les også",
        "læs også",
    ])
});

/// Calls to action in scripts whose words the ASCII boundary does not see
/// (Cyrillic, Greek, Korean, Japanese, Chinese), in any case. Compiled
/// only for a text with a letter of these scripts (see
/// [`has_other_script`]).
static PROMO_OTHER_SCRIPTS: LazyLock<Regex> = LazyLock::new(|| {
    signals::unfiltered_regex(
        r"(?x)(?i:подпи(сать|шите|ска|сывайтесь)|читать\ (далее|также)|читайте\ также|зарегистр|
          εγγραφ|διαβάστε\ επίσης|
          구독|뉴스레터\ 신청|더\ 보기|
          購読|登録|続きを読む|订阅|訂閱|阅读更多|閱讀更多)",
    )
    .expect("valid promo regex")
});

/// Whether `text` holds a character of Greek or Cyrillic (U+0340 to
/// U+04FF) or from U+3000 up (Korean, Japanese, Chinese): every match of
/// [`PROMO_OTHER_SCRIPTS`] starts with one (`п`, `П`, `ε`, `ϵ`, `구`, …).
fn has_other_script(text: &str) -> bool {
    text.bytes()
        .any(|b| (0xcd..=0xd3).contains(&b) || b >= 0xe3)
}

/// Where the calls to action stand in `text`, in order.
fn promo_wording(text: &str) -> Vec<Range<usize>> {
    let mut found = PROMO_WORDING.find_all(text);
    if has_other_script(text) {
        // The two lists share no match: one starts and ends with ASCII
        // letters, the other holds none.
        found.extend(PROMO_OTHER_SCRIPTS.find_iter(text).map(|m| m.range()));
        found.sort_unstable_by_key(|place| place.start);
    }
    found
}

/// Button labels (`Get started`, `Book a demo`, `Contact us`): a page
/// prints them on its own cards and price lists too, and a landing page
/// under a paragraph or two, so they make a promo only where the page
/// prints them [`OFFER_LABEL_MIN_COPIES`] times or more, every copy
/// beside a sentence of the text (see [`beside_a_sentence`]).
static BUTTON_WORDING: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "contact us",
        "get a demo",
        "get a quote",
        "get started",
        "get in touch",
        "book a demo",
        "book a call",
        "book a consultation",
        "request a demo",
        "request a quote",
        "schedule a demo",
        "schedule a call",
        "apply now",
        "order now",
        "try it for free",
        "try it free",
        "try for free",
        "try free",
        "start your free",
        "start free",
    ])
});

/// Whether block `i` stands between two blocks that end like sentences.
fn between_sentences(doc: &Document<'_>, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|j| is_sentence(doc, j)) && is_sentence(doc, i + 1)
}

/// Whether the copies `group` of a [button's label](is_button_label)
/// were dropped among the sentences of a text: [`OFFER_LABEL_MIN_COPIES`]
/// or more, every copy beside a sentence and most between two. A landing
/// page prints its own button under a pitch and over the next section's
/// heading; a how-to may print a step's heading twice.
fn is_button_among_sentences(doc: &Document<'_>, group: &[usize]) -> bool {
    let between = group.iter().filter(|&&i| between_sentences(doc, i)).count();
    group.len() >= OFFER_LABEL_MIN_COPIES
        && group.iter().all(|&i| beside_a_sentence(doc, i))
        && 2 * between > group.len()
}

/// Words of offers, that a promo uses but so does text about one: a
/// newsletter, a discount, a course.
static OFFER_WORDING: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "subscription",
        "subscriber",
        "newsletters",
        "newsletter",
        "recommended",
        "donation",
        "free trial",
        "enroll",
        "enrol",
        "inbox",
        "podcast",
        "limited time",
        "special offer",
        "discount",
        "coupon",
        "promo code",
        "unlock",
        "upgrade",
        "premium",
        "exclusive access",
        "webinar",
        "masterclass",
        // `of course` is an idiom, not an offer: matched whole, so that
        // its `course` is passed over (see `opens_with`).
        "of course",
        "course",
    ])
});

/// A call to action opens the block or one of its sentences: its wording
/// starts within this many words of the start (`Sign up`, `📩 Subscribe`,
/// `Don't miss…`) or right after a sentence ends (`Enjoyed this? Sign
/// up…`). The same words inside a sentence (`It's either buy Office, or
/// subscribe to 365 Personal.`) tell of an offer; they do not make one.
const OPENING_WORDS: usize = 3;
/// Why a later copy of a passage goes (a stutter, or a text printed twice).
const REPEATED_PASSAGE: &str = "repeats a passage printed before it word for word";

/// A call to action that opens a later sentence follows a lead-in of at
/// most this many words (`Enjoyed this story?`, `Don't want to miss a
/// thing?`). A block whose first sentence says more is text that ends with a
/// pointer (`… is available to drivers in most states. Find out more
/// here.`), not a promo.
const LEAD_IN_MAX_WORDS: usize = 10;

/// A label naming an offer is a promo when the page prints it at least this
/// many times, or drops each copy between two paragraphs. Offer words name
/// things a page may also be about (a plan, a course, an upgrade): printed
/// twice among a product page's short lines, such a label is as likely a
/// product box's name and its detail as a banner.
const OFFER_LABEL_MIN_COPIES: usize = 3;

/// Whether the copies `group` of a block are worded as a call to action,
/// or, when `lone` (no other block is printed [`DROPPED_MIN_COPIES`] times
/// or more), were [dropped among the paragraphs](is_dropped_among_paragraphs).
fn is_promo(doc: &Document<'_>, group: &[usize], lone: bool) -> bool {
    let text = doc.block_text(group[0]);
    let words = doc.blocks[group[0]].words;
    // A block that ends with a question asks one (a question of an FAQ put
    // twice); a call to action asks the reader to act.
    words <= PROMO_MAX_WORDS
        && !text.trim_end().ends_with('?')
        && (opens_with(&promo_wording(text), text)
            || ends_with_a_button(&promo_wording(text), text)
            || ends_with_a_button(&BUTTON_WORDING.find_all(text), text)
            || is_offer_label(doc, group)
            || is_ad_label(text)
            || mentions_cookies(text)
            || (names_a_platform(text, words) && group.iter().all(|&i| beside_a_sentence(doc, i)))
            || (is_pointer(text) && group.iter().all(|&i| beside_a_sentence(doc, i)))
            || (is_pointer_label_alone(text)
                && points_to_one_title(doc, group)
                && group.iter().all(|&i| beside_a_sentence(doc, i)))
            || (is_call_to_the_reader(text, words)
                && group.iter().all(|&i| beside_a_sentence(doc, i)))
            || (opens_with(&BUTTON_WORDING.find_all(text), text)
                && group.len() >= OFFER_LABEL_MIN_COPIES
                && group.iter().all(|&i| beside_a_sentence(doc, i)))
            || (is_button_label(text, words) && is_button_among_sentences(doc, group))
            || (lone && is_dropped_among_paragraphs(doc, group)))
}

/// The fewest copies and the fewest and most words of a line that a page
/// [drops among its paragraphs](is_dropped_among_paragraphs).
const DROPPED_MIN_COPIES: usize = 3;
const DROPPED_WORDS: std::ops::RangeInclusive<usize> = 3..=25;

/// Whether the copies `group` of a line, in any language and any wording,
/// were dropped among the paragraphs of a text: [`DROPPED_MIN_COPIES`] or
/// more, each but one (a copy under the headline, over a short quote), or
/// more than half of them and three or more, standing between two
/// [paragraphs of prose](signals::is_prose) (or after the last), glued to
/// the one under it only when it ends like a sentence or points on (a line
/// glued over a paragraph with no end mark heads it), half of them or more
/// set apart by a blank line on one side. A text's own line printed again
/// (a refrain, a heading, a label) stands beside its list, its verse or its
/// section, or with other lines printed as often (see [`is_promo`]).
fn is_dropped_among_paragraphs(doc: &Document<'_>, group: &[usize]) -> bool {
    let paragraph = |j: usize| j < doc.blocks.len() && signals::is_prose(doc, j);
    let text = doc.block_text(group[0]);
    // A line glued to the paragraph under it heads it, unless it ends like
    // a sentence or points on (`… our Sunday newsletter →`).
    let may_head = !(ends_sentence(text) || text.trim_end().ends_with(['→', '»', '›']));
    // Beside paragraphs only (the text's end may be one of its sides, a copy
    // may be glued to a paragraph by one break).
    let between_paragraphs = |i: usize| {
        i > 0
            && paragraph(i - 1)
            && (i + 1 == doc.blocks.len()
                || paragraph(i + 1) && !(may_head && doc.breaks_after(i) < 2))
    };
    // Set apart by a blank line on one side at least (or ending the text).
    let set_apart = |i: usize| {
        i + 1 == doc.blocks.len()
            || doc.breaks_after(i) >= 2
            || i.checked_sub(1).is_some_and(|p| doc.breaks_after(p) >= 2)
    };
    group.len() >= DROPPED_MIN_COPIES
        && DROPPED_WORDS.contains(&doc.blocks[group[0]].words)
        && !signals::is_list_item(text)
        // A heading in title case, or a label over what follows.
        && !signals::is_title_case(text)
        && !text.trim_end().ends_with([':', '：'])
        // Each copy but one between paragraphs, or more than half of them
        // and three or more (a note under each item of a list, `This
        // program is also available in Spanish.` over the next item's
        // heading, is the list's; so is a story's refrain).
        && {
            let apart = group.iter().filter(|&&i| between_paragraphs(i)).count();
            apart + 1 >= group.len()
                || (apart >= DROPPED_MIN_COPIES && 2 * apart > group.len())

        }
        // Half the copies or more set apart on one side at least: a line
        // glued on both is a line of its paragraph.
        && 2 * group.iter().filter(|&&i| set_apart(i)).count() >= group.len()
}

/// The networks and app stores a page sends its readers to, as they write
/// their names in every language (a word may go on after one: `iOS-`,
/// `Facebookissa`).
const PLATFORMS: &[&str] = &[
    "Android",
    "App Store",
    "Apple Podcasts",
    "Bluesky",
    "Facebook",
    "Flipboard",
    "Google News",
    "Google Play",
    "Instagram",
    "LinkedIn",
    "Mastodon",
    "Pinterest",
    "Snapchat",
    "Spotify",
    "Telegram",
    "TikTok",
    "Twitter",
    "Viber",
    "WhatsApp",
    "YouTube",
    "Zalo",
    "iOS",
];

/// The most words of a line that sends the reader to a network or an app
/// store (see [`names_a_platform`]).
const PLATFORM_LINE_MAX_WORDS: usize = 14;

/// Whether `text`, of `words` words, sends the reader to one of
/// [`PLATFORMS`] in any language: a line of at most
/// [`PLATFORM_LINE_MAX_WORDS`] words without final punctuation that names
/// one at a word's start after its first word, the call's verb (`Følg os
/// på Facebook og Instagram`, `Lataa sovellus iOS- ja Android-laitteille`,
/// `Chia sẻ lên Facebook`). A line that opens with the name is a link's
/// label, as beside a quoted expert's name (`LinkedIn Ann Lee, VP, Acme`,
/// which a gold text keeps).
fn names_a_platform(text: &str, words: usize) -> bool {
    static NAMES: LazyLock<aho_corasick::AhoCorasick> =
        LazyLock::new(|| aho_corasick::AhoCorasick::new(PLATFORMS).expect("valid platform names"));
    words <= PLATFORM_LINE_MAX_WORDS
        && !ends_sentence(text)
        && text
            .find(char::is_whitespace)
            .is_some_and(|first_word_end| {
                NAMES.find_overlapping_iter(text).any(|found| {
                    let at = found.start();
                    at > first_word_end && !text[..at].ends_with(|c: char| c.is_alphanumeric())
                })
            })
}

/// Nudges among [`CALL_VERBS`] that need no word to the reader to be
/// calls (`Never miss a story`, `Turn on notifications`).
const NUDGES: &[&str] = &["never miss", "turn on"];

/// Verbs that open a call to action (`Get 50% off…`, `Claim your…`, `Tap
/// here to…`), in English and a few other languages, and the openings of
/// a nudge (`Never miss…`, `Turn on notifications`).
static CALL_VERBS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "get",
        "try",
        "join",
        "start",
        "claim",
        "grab",
        "unlock",
        "discover",
        "explore",
        "download",
        "subscribe",
        "sign",
        "register",
        "book",
        "order",
        "shop",
        "buy",
        "save",
        "tap",
        "click",
        "listen",
        "watch",
        "follow",
        "share",
        "upgrade",
        "activate",
        "enroll",
        "enrol",
        "never miss",
        "turn on",
        "dapatkan",
        "hol dir",
        "sichere dir",
        "take",
        "make",
        "catch",
        "create",
        "gift",
        "contact",
        "enjoy",
        "scarica",
        "descarga",
        "téléchargez",
        "baixe",
        "unduh",
        "enter",
        "scroll",
        "keep reading",
        "continue reading",
        "log in",
        "email",
        "ikuti",
    ])
});

/// Words of a call to action that speak to the reader, in any ASCII case
/// (`your`, `our`, `dir`, `Anda`; not `us`, which is also `US`).
static READER_WORDS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "you",
        "your",
        "you're",
        "yours",
        "our",
        "this story",
        "this article",
        "keep reading",
        "continue reading",
        // German, Indonesian, Italian, Spanish, French, Portuguese.
        "dir",
        "dich",
        "unser",
        "unsere",
        "unseren",
        "anda",
        "kamu",
        "kami",
        "nostra",
        "nostro",
        "nuestra",
        "nuestro",
        "notre",
        "nos",
        "votre",
        "nossa",
        "nosso",
    ])
});

/// The fewest and most words of a [call to the
/// reader](is_call_to_the_reader): a button's label is shorter (`Try it
/// free`, which a page prints on its own cards too), a line of
/// instructions longer.
const CALL_MIN_WORDS: usize = 4;
const CALL_MAX_WORDS: usize = 14;

/// Whether `text` calls the reader to act: [`CALL_MIN_WORDS`] to
/// [`CALL_MAX_WORDS`] words, opening with one of [`CALL_VERBS`] (its first
/// word, marks and emoji aside, or the first of a sentence after a lead-in
/// of at most [`LEAD_IN_MAX_WORDS`] words), and speaking to the reader,
/// naming an offer or a price (`Get 50% off your first box`, `Claim your
/// free consultation now!`, `Want more? Get our daily briefing.`, `Tap
/// here to unlock the full story`). An instruction of the text (`Book
/// train tickets online`, `Register Now`) names neither, and a sentence
/// with the verb further in (`To get this back to…`) asks nothing.
fn is_call_to_the_reader(text: &str, words: usize) -> bool {
    if !(CALL_MIN_WORDS..=CALL_MAX_WORDS).contains(&words) {
        return false;
    }
    let calls: Vec<Range<usize>> = CALL_VERBS
        .find_all(text)
        .into_iter()
        .filter(|found| {
            let before = text[..found.start].trim_end();
            !before.contains(char::is_alphanumeric)
                || (before.ends_with(['.', '!', '?'])
                    && before.split_whitespace().count() <= LEAD_IN_MAX_WORDS)
        })
        .collect();
    let nudges = calls.iter().any(|found| {
        NUDGES
            .iter()
            .any(|nudge| text[found.clone()].eq_ignore_ascii_case(nudge))
    });
    !calls.is_empty()
        && (nudges
            || READER_WORDS.is_match(text)
            // `us` in lower case (`US` is a country).
            || text.split_whitespace().any(|word| word == "us")
            || NETWORKS.is_match(text)
            || has_email_address(text)
            || OFFER_WORDING.is_match(text)
            || names_a_price(text))
}

/// Verbs that open a button's label besides the [`CALL_VERBS`] (`Apply
/// now`, `Request info`, `View all services`, `Talk to an expert`).
static BUTTON_VERBS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "apply", "request", "schedule", "contact", "learn", "view", "see", "read", "visit", "talk",
        "log in", "submit", "find", "call", "chat", "send", "continue",
    ])
});

/// The most words of a [button's label](is_button_label).
const BUTTON_MAX_WORDS: usize = 4;

/// Whether `text` is worded as a button: at most [`BUTTON_MAX_WORDS`]
/// words opening with the verb of a call (`Get Started`, `Apply Now`,
/// `Watch demo`, `Read full article`), of letters, spaces, `&`, `'`, `-`
/// and `!` only (a sentence's stop, a label's colon and a line of code
/// are no button's).
fn is_button_label(text: &str, words: usize) -> bool {
    let text = text.trim();
    let opening = |found: &Range<usize>| !text[..found.start].contains(char::is_alphanumeric);
    (1..=BUTTON_MAX_WORDS).contains(&words)
        && text
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '&' | '\'' | '’' | '-' | '!'))
        && (CALL_VERBS.find_all(text).iter().any(opening)
            || BUTTON_VERBS.find_all(text).iter().any(opening))
}

/// Whether `text` holds an email address a call sends the reader to
/// (`Email tips@ledger.com`): letters, an `@`, and a dot in what follows.
fn has_email_address(text: &str) -> bool {
    text.split_whitespace().any(signals::is_email_address)
}

/// Networks and apps a call sends the reader to (`Follow The Ledger on
/// X`, `Listen on Spotify`), after `on`.
static NETWORKS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "on x",
        "on twitter",
        "on facebook",
        "on instagram",
        "on tiktok",
        "on youtube",
        "on linkedin",
        "on whatsapp",
        "on telegram",
        "on threads",
        "on bluesky",
        "on spotify",
        "on google",
        "on apple podcasts",
    ])
});

/// Labels of a pointer to another story (`Related: …`, `Watch: …`), before
/// a colon at the block's start: printed again and again down a page,
/// they are its chrome.
const POINTER_LABELS: &[&str] = &[
    "related",
    "watch",
    "listen",
    "video",
    "podcast",
    "trending",
    "trending now",
    "popular",
    "popular now",
    "most read",
    "top stories",
    "recommended",
    "more",
    "up next",
    "next",
    "you might also like",
    "you may also like",
    "also read",
    "read also",
    "see also",
    "from our partners",
    "partner content",
    // German, Spanish, French, Portuguese, Italian, Dutch, Russian.
    "lesen sie auch",
    "auch interessant",
    "mehr zum thema",
    "lee también",
    "lea también",
    "te puede interesar",
    "à lire aussi",
    "lire aussi",
    "leia também",
    "veja também",
    "leggi anche",
    "lees ook",
    "читайте также",
    "смотрите также",
    // Swedish, Danish, Norwegian, Finnish, Polish, Czech, Slovak,
    // Hungarian, Romanian, Croatian and Serbian, Slovenian, Estonian,
    // Lithuanian, Latvian, Turkish, Indonesian, Vietnamese, Greek,
    // Ukrainian.
    "läs också",
    "läs även",
    "læs også",
    "les også",
    "lue myös",
    "czytaj także",
    "czytaj też",
    "przeczytaj również",
    "przeczytaj też",
    "zobacz także",
    "zobacz też",
    "přečtěte si také",
    "čítajte tiež",
    "olvassa el ezt is",
    "ezt is ajánljuk",
    "ez is érdekelheti",
    "citește și",
    "pročitajte i",
    "pročitajte još",
    "preberite tudi",
    "loe ka",
    "skaitykite taip pat",
    "lasiet arī",
    "ayrıca okuyun",
    "baca juga",
    "tin liên quan",
    "xem thêm",
    "đọc thêm",
    "διαβάστε επίσης",
    "читайте також",
];

/// The most bytes of a [pointer's label](is_pointer) (`διαβάστε επίσης`
/// has 29).
const POINTER_LABEL_MAX_BYTES: usize = 32;

/// Whether `text` opens with one of [`POINTER_LABELS`] and a colon, in
/// any case.
fn is_pointer(text: &str) -> bool {
    text.split_once(':').is_some_and(|(label, rest)| {
        let label = label.trim();
        !rest.trim().is_empty()
            && label.len() <= POINTER_LABEL_MAX_BYTES
            && POINTER_LABELS.contains(&label.to_lowercase().as_str())
    })
}

/// Whether `text` is one of [`POINTER_LABELS`] of two words or more alone
/// with its colon, over the title it points to on the next line
/// (`Pročitajte još:`, `Read also:`), or one of [`CJK_POINTER_LABELS`]
/// (`関連記事`). Without a colon (`Top Stories`), or of one word (`Video:`,
/// `More:`), a label alone is as often a heading of the text's own.
fn is_pointer_label_alone(text: &str) -> bool {
    let text = text.trim();
    let label = text.trim_end_matches([':', '：']).trim_end();
    label.len() <= POINTER_LABEL_MAX_BYTES
        && ((label.len() < text.len()
            && label.contains(' ')
            && POINTER_LABELS.contains(&label.to_lowercase().as_str()))
            || CJK_POINTER_LABELS.contains(&label))
}

/// Whether every copy of a [pointer's label alone](is_pointer_label_alone)
/// stands over the same line, without a sentence's end (the same story's
/// title each time): a label over other lines each time heads the text's
/// own entries (`Read also:` over each book of a reading list, `Up next:`
/// over each fixture).
fn points_to_one_title(doc: &Document<'_>, group: &[usize]) -> bool {
    let under = |i: usize| (i + 1 < doc.blocks.len()).then(|| &doc.blocks[i + 1]);
    let Some(first) = under(group[0]) else {
        return false;
    };
    first.words > 0
        && !ends_sentence(first.text(doc.text))
        && group
            .iter()
            .all(|&i| under(i).is_some_and(|b| b.fingerprint == first.fingerprint))
}

/// The labels over a pointer to another story in Japanese, Korean and
/// Chinese.
const CJK_POINTER_LABELS: &[&str] = &[
    "関連記事",
    "あわせて読みたい",
    "관련기사",
    "관련 기사",
    "相关阅读",
    "相关新闻",
    "相關新聞",
    "延伸阅读",
    "延伸閱讀",
];

/// Whether `text` holds a price or a discount: a figure after a currency
/// sign or before a percent sign (`$1`, `€ 4,99`, `50%`).
fn names_a_price(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.char_indices().any(|(i, c)| {
        let after = text[i + c.len_utf8()..].trim_start();
        (matches!(c, '$' | '€' | '£' | '¥') && after.starts_with(|d: char| d.is_ascii_digit()))
            || (c == '%' && i > 0 && bytes[i - 1].is_ascii_digit())
    })
}

/// Whether the copies `group` of a block are a label naming an offer
/// (`Special offer`, `Webinar: AI for teams`): short, without final
/// punctuation (`Discount will recalculate if the booking changes.` is a
/// sentence about one), and printed [`OFFER_LABEL_MIN_COPIES`] times or
/// more, or each copy dropped between two paragraphs.
fn is_offer_label(doc: &Document<'_>, group: &[usize]) -> bool {
    let text = doc.block_text(group[0]);
    let between_paragraphs = |i: usize| {
        i > 0
            && i + 1 < doc.blocks.len()
            && ends_sentence(doc.block_text(i - 1))
            && ends_sentence(doc.block_text(i + 1))
    };
    doc.blocks[group[0]].words <= OFFER_LABEL_MAX_WORDS
        && !ends_sentence(text)
        && (group.len() >= OFFER_LABEL_MIN_COPIES || group.iter().all(|&i| between_paragraphs(i)))
        && opens_with(&OFFER_WORDING.find_all(text), text)
}

/// Whether one of the matches `found` of a wording is a button glued to
/// the end of `text`: it starts right after a sentence ends and runs to
/// the end in at most [`OPENING_WORDS`] words, without final punctuation
/// (`… to your whole team. Learn more`). A pointer worded as a sentence
/// (`… in most states. Find out more here.`) is the text's.
fn ends_with_a_button(found: &[Range<usize>], text: &str) -> bool {
    let text = text.trim_end();
    found.iter().any(|found| {
        let tail = &text[found.start..];
        text[..found.start].trim_end().ends_with(['.', '!', '?'])
            && tail.split_whitespace().count() <= OPENING_WORDS
            && !ends_sentence(tail)
    })
}

/// Whether one of the matches `found` of a wording opens `text` or one of
/// its sentences (see [`OPENING_WORDS`]).
fn opens_with(found: &[Range<usize>], text: &str) -> bool {
    found.iter().any(|found| {
        if text[found.clone()].eq_ignore_ascii_case("of course") {
            return false;
        }
        let before = text[..found.start].trim_end();
        let lead_in = before.split_whitespace().count();
        lead_in < OPENING_WORDS
            || (lead_in <= LEAD_IN_MAX_WORDS && before.ends_with(['.', '!', '?', ':', '—', '|']))
    })
}

/// The `--explain` text, written from the constants the rule uses.
static EXPLAIN: LazyLock<String> = LazyLock::new(|| {
    format!(
        "Removes blocks that a page repeats as noise: promos, ads and calls \
         to action dropped between paragraphs, and passages printed twice.\n\n\
         Signals: the block's text (ignoring case, punctuation and spacing) \
         occurs two or more times in the document, and\n\
         - it is at most {PROMO_MAX_WORDS} words, is not a question, and opens \
           with the wording of a call to action within its first \
           {OPENING_WORDS} words (subscribe, advertisement, story continues \
           below, download the app, donate, learn to…, get the latest…), or \
           after a lead-in of at most {LEAD_IN_MAX_WORDS} words (`Enjoyed this \
           story? Sign up…`), or ends with one, or with a button label, glued \
           after a sentence in at most {OPENING_WORDS} words without final \
           punctuation (`… for your whole team. Learn more`), or calls the \
           reader to act, every copy beside a sentence: {CALL_MIN_WORDS} to \
           {CALL_MAX_WORDS} words opening with the verb of a call (get, claim, \
           join, tap, unlock…) that speak to the reader (your, our) or name \
           an offer or a price (`Get 50% off your first box`, `Claim your free \
           consultation`), send the reader to a network (`Follow us on X`) \
           or nudge (`Never miss a story`), or is an ad slot's label alone \
           (`Ad`, `Anzeige`, `Реклама`, `광고`), or is a notice about the \
           site's cookies (the word `cookie` with a word of consent: `We use \
           cookies…`, `Accept all cookies`), or sends the reader to a network \
           or an app store by name after its first word, in at most \
           {PLATFORM_LINE_MAX_WORDS} words without final punctuation, every copy \
           beside a sentence (`Følg os på Facebook`, `Lataa sovellus iOS- ja \
           Android-laitteille`), or points to another story \
           beside a sentence (`Related: …`, `Watch: …`), or is a button's \
           label of at most {BUTTON_MAX_WORDS} words opening with such a verb \
           (`Apply now`, `Watch demo`, `Talk to an expert`) printed \
           {OFFER_LABEL_MIN_COPIES} times or more, every copy beside a \
           sentence and most between two, or is a label of at most {OFFER_LABEL_MAX_WORDS} \
           words without final punctuation naming an offer (newsletter, \
           discount, webinar, course) printed {OFFER_LABEL_MIN_COPIES} times or \
           more or each time between two paragraphs, or is a line of any \
           wording and language ({} to {} words, not a heading in \
           title case nor a label over a colon) printed {DROPPED_MIN_COPIES} \
           times or more, each copy but one, or more than half of them and \
           {DROPPED_MIN_COPIES} or more, between two paragraphs, when no \
           other line is printed that often (a template's questions): every \
           copy goes, unless the copies would take {MAX_REMOVED_PERCENT}% of \
           the document's words, or the copies are a sentence printed again \
           right under itself (a stutter: the first copy stays). The box \
           around a call to action goes with it (lines of at most \
           {BOX_LINE_MAX_WORDS} words that the text holds closer together \
           than its paragraphs, up to {BOX_MAX_LINES}): the lines that stand \
           the same beside every copy of the call to action, or the whole \
           box when it is printed the same, line for line, two times or \
           more, half its copies or more beside a sentence; a box so printed \
           goes whole too when one of its lines words a call to action, a \
           button or an offer anywhere (`Book a demo`, `… Learn more`, \
           `Our weekly newsletter`, `Schedule online`), though that line \
           alone would stay, unless a line of it is code; or\n\
         - it is a paragraph of {PARAGRAPH_MIN_WORDS} words or more printed \
           twice in a row, or one of a passage of several blocks, one of them \
           such a paragraph, printed again later and holding \
           {PASSAGE_MIN_PERCENT}% of the document's words or more (an article \
           printed twice): the first copy stays, the later copies go.\n\
         Anything else repeated is the text's own structure and stays: list \
         items, a product box or a per-day label used again and again, a \
         table header, a refrain, a short reply, a heading used twice.\n\n\
         Example: `Learn to use AI like a Pro` between every section of an \
         article is removed seven times over.",
        DROPPED_WORDS.start(),
        DROPPED_WORDS.end(),
    )
});

impl Rule for RepeatedBlock {
    fn id(&self) -> &'static str {
        "repeated-block"
    }

    fn summary(&self) -> &'static str {
        "a promo or any block repeated inside one document"
    }

    fn explain(&self) -> &'static str {
        &EXPLAIN
    }

    fn kind(&self) -> RuleKind {
        RuleKind::Block
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        let groups = groups_of_copies(&doc.blocks);
        if groups.is_empty() {
            return;
        }
        let words: usize = doc.blocks.iter().map(|block| block.words).sum();
        remove_promos(doc, &groups, words, out);
        remove_repeated_passages(doc, &groups, words, out);
    }
}

/// The blocks with words that share a fingerprint, in groups of two copies
/// or more, each group in document order and the groups ordered by their
/// first copy (for a stable output). Sorting (fingerprint, index) pairs
/// groups equal blocks without a hash map: the fingerprints are hashes
/// already.
fn groups_of_copies(blocks: &[Block]) -> Vec<Vec<usize>> {
    let Some(twice) = bits_seen_twice(blocks) else {
        return Vec::new();
    };
    // Only blocks whose bit was seen twice can have a copy.
    let mut keyed: Vec<(u64, usize)> = blocks
        .iter()
        .enumerate()
        .filter(|(_, block)| block.words > 0 && twice.holds(block.fingerprint))
        .map(|(i, block)| (block.fingerprint, i))
        .collect();
    keyed.sort_unstable();
    let mut groups: Vec<Vec<usize>> = keyed
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|run| run.len() >= 2)
        .map(|run| run.iter().map(|&(_, i)| i).collect())
        .collect();
    groups.sort_unstable_by_key(|group| group[0]);
    groups
}

/// A set of 4096 bits, one for each value of a fingerprint's low twelve
/// bits.
struct Bits([u64; 64]);

impl Bits {
    fn new() -> Self {
        Bits([0; 64])
    }

    fn at(fingerprint: u64) -> (usize, u64) {
        let bit = (fingerprint % 4096) as usize;
        (bit / 64, 1 << (bit % 64))
    }

    fn holds(&self, fingerprint: u64) -> bool {
        let (word, mask) = Bits::at(fingerprint);
        self.0[word] & mask != 0
    }

    fn insert(&mut self, fingerprint: u64) {
        let (word, mask) = Bits::at(fingerprint);
        self.0[word] |= mask;
    }
}

/// The bits that two or more blocks with words fall on, or `None` when no
/// two do: equal fingerprints fall on the same bit, so a document without
/// copies (most, and every second cleaning pass) is told without sorting
/// or allocating, and only the blocks on a shared bit need sorting.
fn bits_seen_twice(blocks: &[Block]) -> Option<Bits> {
    let mut once = Bits::new();
    let mut twice = Bits::new();
    let mut any = false;
    for block in blocks.iter().filter(|block| block.words > 0) {
        if once.holds(block.fingerprint) {
            twice.insert(block.fingerprint);
            any = true;
        }
        once.insert(block.fingerprint);
    }
    any.then_some(twice)
}

/// A promo box printed again and again is several lines (a title, a
/// pitch, an address field, a button): the lines right before and after a
/// call to action that stand, the same, beside every one of its copies
/// belong to the box and go with it, when the text sets its paragraphs
/// apart with blank lines and the box holds its lines closer together (a
/// text of single lines shows no box). Each is at most [`BOX_LINE_MAX_WORDS`]
/// words (a paragraph of the article is no line of a box), and a box runs
/// to at most this many lines.
const BOX_MAX_LINES: usize = 12;
/// The longest line of a promo box, in words: a title, a pitch of a
/// sentence or two, a field, a button.
const BOX_LINE_MAX_WORDS: usize = 30;

/// The lines of the box around each copy of `group` (see
/// [`BOX_MAX_LINES`]): for each copy, the range of blocks it spans. A line
/// joins the box only when it is, at the same offset, the same beside every
/// copy, and the boxes of two copies never meet.
fn boxes_of(
    doc: &Document<'_>,
    group: &[usize],
    paragraph_gap: usize,
) -> Vec<std::ops::Range<usize>> {
    let blocks = &doc.blocks;
    let line = |i: usize| blocks[i].words > 0 && blocks[i].words <= BOX_LINE_MAX_WORDS;
    // `at(n)`: the block beside copy `n` of the group, if any.
    let same_beside_every_copy = |at: &dyn Fn(usize) -> Option<usize>| -> bool {
        let Some(first) = at(0) else {
            return false;
        };
        line(first)
            && (1..group.len()).all(|n| {
                at(n).is_some_and(|i| line(i) && blocks[i].fingerprint == blocks[first].fingerprint)
            })
    };
    let (mut before, mut after) = (0, 0);
    while before + after + 1 < BOX_MAX_LINES {
        let k = before + 1;
        // Before copy n, never reaching the line after copy n - 1 (nor
        // that copy's box).
        let up = |n: usize| -> Option<usize> {
            let floor = if n == 0 { 0 } else { group[n - 1] + after + 1 };
            group[n]
                .checked_sub(k)
                .filter(|&i| i >= floor && doc.breaks_after(i) < paragraph_gap)
        };
        if same_beside_every_copy(&up) {
            before = k;
            continue;
        }
        break;
    }
    while before + after + 1 < BOX_MAX_LINES {
        let k = after + 1;
        let down = |n: usize| -> Option<usize> {
            let ceiling = group.get(n + 1).map_or(blocks.len(), |&next| next - before);
            Some(group[n] + k).filter(|&i| i < ceiling && doc.breaks_after(i - 1) < paragraph_gap)
        };
        if same_beside_every_copy(&down) {
            after = k;
            continue;
        }
        break;
    }
    let boxes: Vec<std::ops::Range<usize>> = group
        .iter()
        .map(|&copy| copy - before..copy + after + 1)
        .collect();
    // A box is dropped among the paragraphs of the text: beside each copy,
    // above or below it, stands a sentence (or another copy). Boxes among
    // short lines (`$1,595`, `April Start`) are cards of a price list or a
    // timetable, whose lines are the page's own: there the call to action
    // goes alone.
    let sentence = |i: usize| {
        blocks
            .get(i)
            .is_some_and(|b| b.words > 0 && ends_sentence(b.text(doc.text)))
            || boxes
                .get(boxes.partition_point(|lines| lines.end <= i))
                .is_some_and(|lines| lines.contains(&i))
    };
    let among_paragraphs = boxes
        .iter()
        .all(|lines| lines.start.checked_sub(1).is_some_and(sentence) || sentence(lines.end));
    if (before > 0 || after > 0) && !among_paragraphs {
        return group.iter().map(|&copy| copy..copy + 1).collect();
    }
    boxes
}

/// Removes every copy of the groups worded as a call to action, with the
/// rest of its box (see [`boxes_of`]), unless together they hold
/// [`MAX_REMOVED_PERCENT`] of the document's `total` words.
fn remove_promos(doc: &Document<'_>, groups: &[Vec<usize>], total: usize, out: &mut Findings) {
    let (promos, others): (Vec<&Vec<usize>>, Vec<&Vec<usize>>) = {
        // Several lines printed again and again are a template's (the
        // same questions put to every guest of an interview series).
        let lone = groups
            .iter()
            .filter(|group| group.len() >= DROPPED_MIN_COPIES)
            .count()
            == 1;
        groups.iter().partition(|group| is_promo(doc, group, lone))
    };
    // Lines that are no promo alone but word an offer, a call to action or
    // a button somewhere: one in a box printed alike takes the box with it
    // (see [`remove_repeated_boxes`]).
    let offers: Vec<usize> = others
        .iter()
        .filter(|group| words_an_offer(doc, group))
        .flat_map(|group| group.iter().copied())
        .collect();
    if promos.is_empty() && offers.is_empty() {
        return;
    }
    // The words of the boxes' lines, each line once: the boxes of two
    // calls of one box (`Newsletter` over `Sign up`) are the same lines.
    let words_of = |boxes: &[Vec<std::ops::Range<usize>>]| -> usize {
        let mut lines: Vec<usize> = boxes.iter().flatten().flat_map(Clone::clone).collect();
        lines.sort_unstable();
        lines.dedup();
        lines.iter().map(|&i| doc.blocks[i].words).sum()
    };
    let too_much = |words: usize| words * 100 > total * MAX_REMOVED_PERCENT;
    // A text whose paragraphs stand apart with blank lines sets its boxes
    // apart so, even where the boxes' single breaks, glued to the
    // paragraphs, outnumber the blank lines.
    let paragraph_gap = if signals::paragraphs_set_apart(doc) {
        doc.separator.max(2)
    } else {
        doc.separator
    };
    let mut boxes: Vec<Vec<std::ops::Range<usize>>> = promos
        .iter()
        .map(|group| boxes_of(doc, group, paragraph_gap))
        .collect();
    // Boxes that would take too much of the text shrink to their calls to
    // action alone.
    if too_much(words_of(&boxes)) {
        boxes = promos
            .iter()
            .map(|group| group.iter().map(|&copy| copy..copy + 1).collect())
            .collect();
        if too_much(words_of(&boxes)) {
            return;
        }
    }
    // Blocks this function removed: a box may hold the copies of another
    // call to action (`Newsletter` over `Subscribe`).
    let mut mine = std::collections::HashSet::new();
    // The copies of calls to action removed as such (not as stutters).
    let mut calls = Vec::new();
    for (group, boxes) in promos.into_iter().zip(boxes) {
        // A sentence printed again right under itself is a stutter, even
        // worded as a call to action (a chapter's "Learn how to…" blurb
        // scraped twice): the first copy stays. A promo is dropped between
        // the paragraphs, away from its other copies, or is a bare label.
        let in_a_row = group.windows(2).all(|pair| pair[1] == pair[0] + 1);
        if in_a_row && ends_sentence(doc.block_text(group[0])) {
            for &copy in &group[1..] {
                if mine.insert(copy) {
                    out.remove_block(copy, REPEATED_PASSAGE);
                }
            }
            continue;
        }
        let reason = format!("repeated {} times; call-to-action wording", group.len());
        calls.extend_from_slice(group);
        for (&copy, lines) in group.iter().zip(boxes) {
            for i in lines {
                if !mine.insert(i) {
                    continue;
                }
                if i == copy {
                    out.remove_block(i, reason.clone());
                } else if !out.is_removed(i) {
                    out.remove_block(
                        i,
                        format!(
                            "a line of the box of a call to action repeated {} times",
                            group.len()
                        ),
                    );
                }
            }
        }
    }
    remove_repeated_boxes(doc, &calls, &offers, &mut mine, total, out);
}

/// Whether the copies `group` of a block, at most [`PROMO_MAX_WORDS`]
/// words and not a question, hold the wording of a call to action, a
/// button or an offer anywhere ([`PROMO_WORDING`], [`BUTTON_WORDING`],
/// [`OFFER_WORDING`]) or is worded as a button ([`is_button_label`]): `Book
/// a demo`, `… Learn more`, `Premium plans`, `Join today`.
/// Alone such a line may be the page's own (a button of its cards, a
/// sentence about a course); in a box printed alike it is a promo's.
fn words_an_offer(doc: &Document<'_>, group: &[usize]) -> bool {
    let text = doc.block_text(group[0]);
    doc.blocks[group[0]].words <= PROMO_MAX_WORDS
        && !text.trim_end().ends_with('?')
        && (BUTTON_WORDING.is_match(text)
            || is_button_label(text, doc.blocks[group[0]].words)
            || !promo_wording(text).is_empty()
            || OFFER_WORDING
                .find_all(text)
                .iter()
                .any(|found| !text[found.clone()].eq_ignore_ascii_case("of course")))
}

/// The box a block stands in: the run of lines around it that the text
/// holds closer together than its paragraphs (see [`BOX_MAX_LINES`]), or
/// `None` in a text of single lines or when the run is longer than a box.
fn box_around(doc: &Document<'_>, i: usize) -> Option<Range<usize>> {
    // A text whose paragraphs stand on single lines, with a blank line
    // here and there, still sets a box apart with those blank lines.
    let paragraph_gap = doc.separator.max(2);
    let tight = |j: usize| doc.breaks_after(j) < paragraph_gap;
    let (mut start, mut end) = (i, i + 1);
    while start > 0 && tight(start - 1) && end - start <= BOX_MAX_LINES {
        start -= 1;
    }
    while end < doc.blocks.len() && tight(end - 1) && end - start <= BOX_MAX_LINES {
        end += 1;
    }
    (end - start <= BOX_MAX_LINES).then_some(start..end)
}

/// Whether a line reads as code rather than words (`} catch (e) {`,
/// `</div>`, `count += 1;`): a code sample printed twice may hold a
/// button's label (`Click me`).
fn is_code(text: &str) -> bool {
    let text = text.trim();
    text.contains(['{', '}']) || text.contains("</") || text.contains("=>") || text.ends_with(';')
}

/// Removes each box of two lines or more that holds a removed call to
/// action (`calls`) or a line that words an offer (`offers`, see
/// [`words_an_offer`]) when the box is printed the same, line for line,
/// two times or more: a title and a pitch over a `Subscribe` the page
/// also prints elsewhere, alone or in another box, go with it, and so does
/// a pitch over a `Book a demo` that alone would be no promo. [`boxes_of`]
/// takes the lines that stand beside every copy of one call to action;
/// this takes those that stand beside every copy of one box. Every line of
/// the box is at most [`BOX_LINE_MAX_WORDS`] words, and half its copies or
/// more stand beside a sentence (or another copy): a box among short lines
/// is a card of a price list or a timetable, the page's own.
fn remove_repeated_boxes(
    doc: &Document<'_>,
    calls: &[usize],
    offers: &[usize],
    mine: &mut std::collections::HashSet<usize>,
    total: usize,
    out: &mut Findings,
) {
    let blocks = &doc.blocks;
    let mut units: Vec<Range<usize>> = calls
        .iter()
        .chain(offers)
        .filter_map(|&i| box_around(doc, i))
        .filter(|lines| lines.len() > 1)
        .collect();
    units.sort_unstable_by_key(|lines| (lines.start, lines.end));
    units.dedup();
    // Boxes printed alike, by the fingerprints of their lines.
    let mut alike: std::collections::BTreeMap<Vec<u64>, Vec<Range<usize>>> =
        std::collections::BTreeMap::new();
    for lines in &units {
        let key = lines.clone().map(|i| blocks[i].fingerprint).collect();
        alike.entry(key).or_default().push(lines.clone());
    }
    // A copy glued to a paragraph by one break stands in a longer run:
    // the lines of a box printed alike twice or more, found inside it.
    for (key, copies) in alike.iter_mut().filter(|(_, copies)| copies.len() >= 2) {
        for lines in units.iter().filter(|lines| lines.len() > key.len()) {
            let found = (lines.start..=lines.end - key.len())
                .find(|&at| (0..key.len()).all(|k| blocks[at + k].fingerprint == key[k]));
            if let Some(at) = found {
                copies.push(at..at + key.len());
            }
        }
    }
    let in_a_box = |j: usize, copies: &[Range<usize>]| copies.iter().any(|l| l.contains(&j));
    let mut removed: usize = mine.iter().map(|&i| blocks[i].words).sum();
    for copies in alike.values().filter(|copies| copies.len() >= 2) {
        let lines_fit = copies[0]
            .clone()
            .all(|i| blocks[i].words <= BOX_LINE_MAX_WORDS);
        let beside = |j: usize| {
            blocks
                .get(j)
                .is_some_and(|b| b.words > 0 && ends_sentence(b.text(doc.text)))
                || in_a_box(j, copies)
        };
        // Half the copies or more stand among paragraphs: the page drops
        // the box into its text, and a copy may land among list items.
        let among_paragraphs = copies
            .iter()
            .filter(|lines| lines.start.checked_sub(1).is_some_and(&beside) || beside(lines.end))
            .count()
            * 2
            >= copies.len();
        let code = copies[0].clone().any(|i| is_code(doc.block_text(i)));
        if !lines_fit || !among_paragraphs || code {
            continue;
        }
        let new: Vec<usize> = copies
            .iter()
            .flat_map(Clone::clone)
            .filter(|i| !mine.contains(i) && !out.is_removed(*i))
            .collect();
        let words: usize = new.iter().map(|&i| blocks[i].words).sum();
        if (removed + words) * 100 > total * MAX_REMOVED_PERCENT {
            continue;
        }
        removed += words;
        for i in new {
            mine.insert(i);
            out.remove_block(
                i,
                format!(
                    "a line of a box printed {} times around a call to action",
                    copies.len()
                ),
            );
        }
    }
}

/// Removes the later copy of a passage printed twice: a paragraph of
/// [`PARAGRAPH_MIN_WORDS`] or more repeated right after itself (a scraping
/// stutter), or a run of blocks, one of them such a paragraph, holding
/// [`PASSAGE_MIN_PERCENT`] of the document's words repeated anywhere later (an article printed twice).
/// The first copy always stays. A single paragraph repeated far away stays
/// too: an interview may put the same question to each guest.
fn remove_repeated_passages(
    doc: &Document<'_>,
    groups: &[Vec<usize>],
    total: usize,
    out: &mut Findings,
) {
    let blocks = &doc.blocks;
    let same = |a: usize, b: usize| {
        blocks[a].words > 0 && blocks[b].words > 0 && blocks[a].fingerprint == blocks[b].fingerprint
    };
    for group in groups {
        for pair in group.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            // Start only where a passage starts, not inside a longer one
            // (copies right after each other are each their own stutter).
            if b > a + 1 && a > 0 && same(a - 1, b - 1) {
                continue;
            }
            let mut len = 1;
            while a + len < b && b + len < blocks.len() && same(a + len, b + len) {
                len += 1;
            }
            let words: usize = (b..b + len).map(|i| blocks[i].words).sum();
            let stutter = len == 1 && b == a + 1 && words >= PARAGRAPH_MIN_WORDS;
            let has_paragraph = (b..b + len).any(|i| blocks[i].words >= PARAGRAPH_MIN_WORDS);
            let passage = len >= 2 && has_paragraph && words * 100 >= total * PASSAGE_MIN_PERCENT;
            if stutter || passage {
                for copy in b..b + len {
                    out.remove_block(copy, REPEATED_PASSAGE);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_cleaned, assert_kept, clean_with};

    const P1: &str =
        "Stocks rose on Monday as investors weighed the latest figures on inflation and jobs.";
    const P2: &str =
        "Analysts said the rally could continue if the central bank holds rates steady next month.";
    const P3: &str = "The index closed at a record high, led by technology and energy shares.";

    fn removes_every_copy(promo: &str) {
        let input = format!("{P1}\n{promo}\n{P2}\n{promo}\n{P3}\n");
        let expected = format!("{P1}\n{P2}\n{P3}\n");
        assert_cleaned(&RepeatedBlock, &input, &expected);
    }

    #[test]
    fn cookie_notices_and_lines_that_send_to_a_network_go_when_printed_again() {
        for promo in [
            "We use cookies to improve your experience. By continuing, you agree.",
            "Questo sito utilizza cookie per migliorare la tua esperienza.",
            "Accept all cookies",
            "Følg os på Facebook og Instagram",
            "Lataa sovellus iOS- ja Android-laitteille",
            "Chia sẻ lên Facebook",
        ] {
            removes_every_copy(promo);
        }
        // Printed once, or a word that only holds the letters, or a
        // sentence about a network.
        for (line, copies) in [
            ("Accept all cookies", 1),
            ("The bakery sold fortune cookies", 2),
            (
                "Bake the cookies for twelve minutes, then let them cool.",
                1,
            ),
            ("Facebook shares fell after the report", 1),
            ("Facebook shares fell after the report.", 2),
            ("1 cup crushed cookies", 2),
            ("I prefer homemade cookies", 2),
            ("“Facebook is a utility”", 2),
        ] {
            let mut input = format!("{P1}\n{line}\n{P2}\n");
            if copies == 2 {
                input.push_str(&format!("{line}\n{P3}\n"));
            }
            assert_kept(&RepeatedBlock, &input);
        }
        // A link's label before a quoted expert's name and title.
        assert_kept(
            &RepeatedBlock,
            &format!("{P1}\nLinkedIn Ann Lee, VP of Marketing, Acme\n{P2}\nLinkedIn Ann Lee, VP of Marketing, Acme\n{P3}\n"),
        );
        // A network's name among the short lines of a table or a list.
        assert_kept(
            &RepeatedBlock,
            "Reach by network\nFacebook and Instagram\n41%\n\nGrowth by network\nFacebook and Instagram\n12%\n",
        );
    }

    #[test]
    fn a_line_dropped_among_paragraphs_three_times_is_a_promo_in_any_wording() {
        let p4 =
            "Bond yields slipped as traders priced in a slower pace of rate increases this year.";
        for line in [
            "Lesen Sie mehr zum Thema in unserem Dossier",
            "Cet article vous a plu ? Partagez-le",
            "Baca berita lainnya di Google News",
        ] {
            let input = format!("{P1}\n\n{line}\n\n{P2}\n\n{line}\n\n{P3}\n\n{line}\n\n{p4}\n");
            assert_cleaned(
                &RepeatedBlock,
                &input,
                &format!("{P1}\n\n{P2}\n\n{P3}\n\n{p4}\n"),
            );
        }
        // Glued by one break to a paragraph, the last copy ending the text;
        // a sentence of up to 25 words.
        for line in [
            "Like this? You'll love our Sunday newsletter →",
            "Listen to our daily podcast on Spotify, Apple Podcasts or wherever you get your podcasts, every weekday from six.",
        ] {
            let input = format!("{P1}\n{line}\n\n{P2}\n\n{line}\n{P3}\n\n{p4}\n{line}\n");
            let cleaned = clean_with(&RepeatedBlock, &input);
            assert!(!cleaned.contains(line), "{cleaned}");
            for paragraph in [P1, P2, P3, p4] {
                assert!(cleaned.contains(paragraph), "{cleaned}");
            }
        }
        // One copy out of place (under the headline), or fewer than half
        // when three or more stand between paragraphs; two of four out of
        // place is a line of the text's own.
        let line = "Lue lisää aiheesta verkkolehdestämme";
        let input = format!("Bond Yields Slip\n\n{line}\n\n{P1}\n\n{line}\n\n{P2}\n\n{line}\n\n{P3}\n\n{line}\n\n{p4}\n");
        let cleaned = clean_with(&RepeatedBlock, &input);
        assert!(!cleaned.contains(line), "{cleaned}");
        let quote = "“Nobody saw it coming.”";
        let input = format!("Bond Yields Slip\n\n{line}\n\n{P1}\n\n{line}\n\n{P2}\n\n{line}\n\n{P3}\n\n{line}\n\n{p4}\n\n{line}\n{quote}\n");
        let cleaned = clean_with(&RepeatedBlock, &input);
        assert!(
            !cleaned.contains(line) && cleaned.contains(quote),
            "{cleaned}"
        );
        let input = format!("Bond Yields Slip\n\n{line}\n\n{P1}\n\n{line}\n\n{P2}\n\n{line}\n\n{P3}\n\n{line}\n- one\n- two\n\n{p4}\n");
        assert_kept(&RepeatedBlock, &input);
        // A sentence beside paragraphs but mostly between other lines: a
        // fact under each item of a list, a story's refrain.
        let line = "The museum is closed on Mondays.";
        let lead_in = "Here is what changed:";
        let input = format!("Bond Yields Slip\n\n{line}\n\n{P1}\n\n{line}\n\n{lead_in}\n\n{P2}\n\n{line}\n\n{P3}\n\n{p4}\n\n{line}\n");
        assert_kept(&RepeatedBlock, &input);
        // A note under each item of a list, over the next item's heading.
        let note = "This certificate course is also taught in Spanish.";
        let mut input = String::new();
        for (heading, paragraph) in [
            ("Course: Chief Data Officer", P1),
            ("Course: Chief Risk Officer", P2),
            ("Course: Chief People Officer", P3),
        ] {
            input.push_str(&format!("{heading}\n\n{paragraph}\n\n{note}\n\n"));
        }
        input.push_str("Course: Negotiation\n\nA short course.\n");
        assert_kept(&RepeatedBlock, &input);
        // A recipe's refrain between its steps stays.
        let refrain = "Let the dough rest for ten minutes.";
        let input = format!("{P1}\n\n- Mix the flour and salt\n{refrain}\n- Fold in the butter\n{refrain}\n- Roll it out thin\n{refrain}\n- Bake until golden\n\n{P2}\n");
        assert_kept(&RepeatedBlock, &input);
        // A heading of a guide's sections, glued to the paragraph under it.
        let head = "What managers can do next";
        assert_kept(
            &RepeatedBlock,
            &format!("{P1}\n\n{head}\n{P2}\n\n{head}\n{P3}\n\n{head}\n{p4}\n"),
        );
        // Twice; a heading in title case or over a colon.
        for (line, copies) in [
            ("A note from the markets desk", 2),
            ("History and Evolution of Markets", 3),
            ("The bottom line for investors:", 3),
        ] {
            let mut input = format!("{P1}\n\n{line}\n\n{P2}\n\n{line}\n\n{P3}\n");
            if copies == 3 {
                input.push_str(&format!("\n{line}\n\n{p4}\n"));
            }
            assert_kept(&RepeatedBlock, &input);
        }
        // The questions an interview series puts to every guest, each
        // between two answers.
        let answers = [
            "The first guest said she learned to cook from her grandmother in a small village.",
            "She added that a good sauce matters more than any rare ingredient in the pantry.",
            "The second guest grew up by the sea and still cooks fish three times a week.",
            "He said that his children now choose the dishes for every family dinner at home.",
            "The third guest lived in Vietnam for three years and loves the food of Asia.",
            "She said the markets of Hanoi taught her more than any cookery school ever did.",
        ];
        let (q1, q2) = (
            "Exclusive recipe for a quick dinner.",
            "What inspired your cooking page, in a few words",
        );
        let mut input = String::new();
        for (k, pair) in answers.chunks(2).enumerate() {
            input.push_str(&format!("{q1}\n\n{}\n\n{q2}\n\n{}\n\n", pair[0], pair[1]));
            if k == 0 {
                input = format!("{P1}\n\n{input}");
            }
        }
        assert_kept(&RepeatedBlock, &input);
    }

    #[test]
    fn calls_to_write_scroll_log_in_or_keep_reading_are_promos() {
        for promo in [
            "Got a tip? Email news@harborgazette.org",
            "Scroll to keep reading",
            "PAID POST",
            "Trending now: The harbor reopens",
            "Already a subscriber? Log in to read on",
            "Enter your email for the morning digest",
            "Continue reading with a free trial",
            "Ikuti kami di Instagram",
            "Подписывайтесь на наш канал",
        ] {
            removes_every_copy(promo);
        }
        // The same verbs in the text's own sentences and lines.
        for line in [
            "Enter the building through the side door",
            "Email was the only way to reach the harbor office",
            "Log in times rose during the outage",
        ] {
            let input = format!("{P1}\n{line}\n{P2}\n{line}\n{P3}\n");
            assert_kept(&RepeatedBlock, &input);
        }
    }

    #[test]
    fn removes_promos_with_call_to_action_wording() {
        for promo in [
            "Sign up for our daily newsletter",
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "Download the app for breaking news alerts",
            "Support independent journalism: donate today",
            "Enrol in our data science course — 50% off",
            "Continue reading the main story",
            "Follow us on Instagram",
            "Read more: Five things to know about the budget",
            "Get the latest headlines delivered to your inbox every morning.",
            "Learn how to invest like a pro",
            "Scopri di più sulla nostra offerta",
            "Abbonati ora. Scopri di più",
        ] {
            removes_every_copy(promo);
        }
    }

    #[test]
    fn calls_and_ad_labels_of_more_languages_printed_twice_go() {
        for promo in [
            "Volg ons ook op WhatsApp",
            "Het artikel gaat verder onder de advertentie",
            "Zapisz się na nasz newsletter",
            "Dalsza część artykułu pod materiałem wideo",
            "Continua após a publicidade",
            "Támogassa a független helyi újságírást!",
            "Prenumerera på vårt nyhetsbrev",
            "Reklama",
            "HIRDETÉS",
            "Annons",
            "Bizi takip edin, abone olun",
            "Pokračování článku pod reklamou",
            "Articolul continuă după reclamă",
        ] {
            removes_every_copy(promo);
        }
    }

    #[test]
    fn a_pointers_label_alone_goes_with_the_title_under_it() {
        for label in ["Pročitajte još:", "Read also:", "関連記事"] {
            let pointer = format!("{label}\nCouncil backs the new riverside walking track");
            let input = format!("{P1}\n\n{pointer}\n\n{P2}\n\n{pointer}\n\n{P3}\n");
            assert_cleaned(&RepeatedBlock, &input, &format!("{P1}\n\n{P2}\n\n{P3}\n"));
        }
        // A label of one word or without its colon, or a pointer printed
        // once, is the text's.
        let video = "Video:\nCouncil backs the new riverside walking track";
        assert_kept(
            &RepeatedBlock,
            &format!("{P1}\n\n{video}\n\n{P2}\n\n{video}\n\n{P3}\n"),
        );
        let once = "Read also:\nCouncil backs the new riverside walking track";
        assert_kept(&RepeatedBlock, &format!("{P1}\n\n{once}\n\n{P2}\n\n{P3}\n"));
        // Over other lines each time: the text's own entries (a reading
        // list, fixtures, a book column's companions).
        for (label, first, second) in [
            (
                "Read also:",
                "Anton Chekhov, The Student",
                "Katherine Mansfield, The Garden Party",
            ),
            (
                "Up next:",
                "Tuesday, away at Millwall, kick-off 7.45pm",
                "Saturday, home to Luton, kick-off 3pm",
            ),
            (
                "あわせて読みたい",
                "向田邦子の「夜中の薔薇」",
                "幸田文の「木」",
            ),
        ] {
            let input = format!("{P1}\n\n{label}\n{first}\n\n{P2}\n\n{label}\n{second}\n\n{P3}\n");
            assert_kept(&RepeatedBlock, &input);
        }
    }

    #[test]
    fn a_call_to_the_reader_printed_twice_goes() {
        for promo in [
            "Get 50% off your first box",
            "Claim your free consultation now!",
            "Start your 7-day free trial",
            "Want more stories like this? Get our free daily briefing.",
            "📩 Get our weekly digest in your inbox",
            "Tap here to unlock the full story",
            "Join 50,000 readers who get our weekly digest",
            "Hol dir jetzt das Abo für 1 €",
            "Save €5 on every order this month",
            "Never miss a story — turn on notifications",
            "RELATED: Oil prices hit a three-month high",
            "Watch: Markets explained in 60 seconds",
            "Take our 2-minute reader survey",
            "Make us a preferred source on Google",
            "Follow The Ledger on X",
            "Scarica la nostra app",
            "You might also like: Ten cheap funds",
            "À lire aussi : la Bourse en direct",
            "Читайте также: рынки сегодня",
            "Läs också: Isbanan öppnar i helgen",
            "Tin liên quan: Giá xăng giảm nhẹ chiều nay",
            "Have a news tip? Contact our reporters securely",
            "Gift this article to a friend",
            "Create a free account to keep reading",
            "Ad",
            "ANZEIGE",
            "Реклама",
            "광고",
        ] {
            removes_every_copy(promo);
        }
        for kept in [
            // A speakers' line the gold keeps, a button's label, an
            // instruction, a verb further in.
            "Hear from our esteemed speakers while gaining up to 10 credits.",
            "Try it free",
            "Book train tickets online: buy a pass through the site for easy pick-up at the station once you are in Japan.",
            "To get this back on track, thank you all for the years",
            // A label that points nowhere, the US.
            "Related:",
            "Make the US economy great",
            // An ad label inside a line is the text's.
            "Ad hoc",
            // `US` is no `us`.
            "Buy: check price at Amazon UK, check price at Amazon US",
            // Too long for a call: a paragraph of the text.
            "Get to know your neighbours: the council runs street parties every summer, and this year there are more than forty of them.",
        ] {
            assert_kept(&RepeatedBlock, &format!("{P1}\n{kept}\n{P2}\n{kept}\n{P3}\n"));
        }
        // Printed once, a call is the text's.
        assert_kept(
            &RepeatedBlock,
            &format!("{P1}\nGet 50% off your first box\n{P2}\n{P3}\n"),
        );
    }

    #[test]
    fn a_promo_box_goes_whole_with_its_call_to_action() {
        // A box of several lines dropped between paragraphs three times:
        // its title and pitch go with the button, in any language.
        for lines in [
            "Morning Briefing\nThe five stories you need before coffee, each weekday\nYour e-mail address\nSubscribe",
            "Утренний выпуск\nГлавное за день — коротко\nПодписаться на рассылку",
            "Kabar Pagi\nBerita utama setiap hari langsung ke kotak masuk\nDaftar sekarang",
            "Get the app\nNews on the go, wherever you are",
        ] {
            // An article of paragraphs set apart by blank lines.
            let article = format!("{P1}\n\n{P2}\n\n{P3}\n\n{P1}\n\n{P2}");
            let input = format!("{article}\n\n{lines}\n\n{article}\n\n{lines}\n\n{article}\n\n{lines}\n\n{P3}\n");
            let cleaned = clean_with(&RepeatedBlock, &input);
            assert_eq!(
                cleaned.split_whitespace().collect::<Vec<_>>(),
                format!("{article} {article} {article} {P3}").split_whitespace().collect::<Vec<_>>(),
                "{input}"
            );
            // In a text of single lines, or with each line set apart like
            // a paragraph, nothing shows a box: the call to action goes
            // alone.
            for (inner, outer) in [("\n", "\n"), ("\n\n", "\n\n")] {
                let spaced = lines.replace('\n', inner);
                let input = format!("{P1}{outer}{spaced}{outer}{P2}{outer}{spaced}{outer}{P3}\n");
                let cleaned = clean_with(&RepeatedBlock, &input);
                assert!(lines.lines().any(|l| cleaned.contains(l)), "{cleaned}");
                assert_ne!(cleaned, input);
            }
        }
        // A line beside only some copies is not the box's: it stays.
        let input = format!(
            "{P1}\n\nRead more about the markets\nStocks\n\n{P2}\n\n{P3}\n\nRead more about the markets\nBonds\n\n{P1}\n\n{P3}\n"
        );
        let cleaned = clean_with(&RepeatedBlock, &input);
        assert!(
            !cleaned.contains("Read more")
                && cleaned.contains("Stocks")
                && cleaned.contains("Bonds")
        );
        // A paragraph of the article is no line of a box, even repeated.
        let long = "Stocks rose on Monday as investors weighed the latest figures on inflation and jobs, and analysts said the rally could go on for weeks if the central bank holds rates steady.";
        let input = format!("{P1}\n\n{long}\nSign up for alerts\n\n{P2}\n\n{P3}\n\n{long}\nSign up for alerts\n\n{P1}\n\n{P3}\n");
        let cleaned = clean_with(&RepeatedBlock, &input);
        assert!(!cleaned.contains("Sign up") && cleaned.matches(long).count() == 2);
    }

    #[test]
    fn a_box_printed_alike_goes_whole_though_its_button_also_stands_alone() {
        // The button is printed alone once too, so no line stands beside
        // every copy of it; the box around it, printed the same three
        // times (once among the items of a list), goes whole.
        for (title, pitch, button) in [
            (
                "Weekend Planner",
                "Three ideas for Saturday, in your inbox on Fridays",
                "Subscribe",
            ),
            (
                "Wochenend-Tipps",
                "Drei Ideen für den Samstag, jeden Freitag per E-Mail",
                "Jetzt anmelden",
            ),
            (
                "Agenda del finde",
                "Tres planes para el sábado, cada viernes en tu correo",
                "Suscríbete",
            ),
        ] {
            let boxed = format!("{title}\n{pitch}\n{button}");
            let (p4, p5) = (
                "Bond yields fell slightly as traders priced in a pause.",
                "Oil prices were little changed after a volatile week.",
            );
            let input = format!(
                "{P1}\n\n{boxed}\n\n{P2}\n\n{button}\n\n{P3}\n\nApples\n\n{boxed}\n\nPears\n\n{p4}\n\n{boxed}\n\n{p5}\n"
            );
            let expected = format!("{P1}\n\n{P2}\n\n{P3}\n\nApples\n\nPears\n\n{p4}\n\n{p5}\n");
            assert_cleaned(&RepeatedBlock, &input, &expected);
            // A text whose paragraphs stand on single lines sets the box
            // apart with blank lines all the same.
            let input =
                format!("{P1}\n{P2}\n\n{boxed}\n\n{P3}\n{button}\n{p4}\n\n{boxed}\n\n{p5}\n");
            let cleaned = clean_with(&RepeatedBlock, &input);
            assert!(
                !cleaned.contains(title) && !cleaned.contains(pitch),
                "{cleaned}"
            );
        }
    }

    #[test]
    fn a_box_printed_alike_goes_when_a_line_of_it_words_an_offer() {
        // Printed twice, the button or the offer word alone would be the
        // page's own; the pitch printed alike around it makes the box a
        // promo, whatever the language of the pitch.
        let (p4, p5) = (
            "Bond yields fell slightly as traders priced in a pause.",
            "Oil prices were little changed after a volatile week.",
        );
        for boxed in [
            "Plan rosters in minutes, not hours\nBook a demo",
            "Tausende Teams planen damit ihre Schichten\nUnser Podcast jeden Dienstag",
            "Lo que pasó esta semana, en cinco minutos\nNuestra newsletter de los lunes",
            "Keep reading with a Premium plan\nCancel anytime",
        ] {
            let input = format!("{P1}\n\n{boxed}\n\n{P2}\n\n{P3}\n\n{boxed}\n\n{p4}\n\n{p5}\n");
            let expected = format!("{P1}\n\n{P2}\n\n{P3}\n\n{p4}\n\n{p5}\n");
            assert_cleaned(&RepeatedBlock, &input, &expected);
        }
        // Without such wording a box printed alike is the text's own (a
        // signature under each post); so is one printed once.
        for input in [
            format!("{P1}\n\nKind regards\nMarta, moderator\n\n{P2}\n\n{P3}\n\nKind regards\nMarta, moderator\n\n{p4}\n"),
            format!("{P1}\n\nPlan rosters in minutes, not hours\nBook a demo\n\n{P2}\n\nBook a demo\n\n{p4}\n"),
        ] {
            assert_kept(&RepeatedBlock, &input);
        }
    }

    #[test]
    fn a_box_printed_alike_goes_also_where_a_copy_is_glued_to_a_paragraph() {
        let p4 = "Bond yields fell slightly as traders priced in a pause, and the dollar eased against the euro and the yen in late trading.";
        let more = "Oil prices were little changed after a volatile week in which supply worries and weaker demand from factories pulled them both ways.";
        let boxed =
            "THE WEEKEND EDIT\nOur editors pick the best long reads, every Saturday.\nSign me up";
        let input = format!(
            "{P1}\n\n{boxed}\n\n{P2}\n{boxed}\n\n{P3}\n\n{more}\n\n{boxed}\n{p4}\n\n{more}\n\n{boxed}\n"
        );
        let cleaned = clean_with(&RepeatedBlock, &input);
        for line in boxed.lines() {
            assert!(!cleaned.contains(line), "{cleaned}");
        }
        for paragraph in [P1, P2, P3, p4] {
            assert!(cleaned.contains(paragraph), "{cleaned}");
        }
        // Every copy glued to the paragraphs around it, in a text that sets
        // its paragraphs apart with blank lines: the box's single breaks
        // outnumber them.
        let boxed = "Get our free weekly newsletter\nThe best of our journalism, every Saturday morning.\nSign up";
        let input = format!(
            "{P1}\n{boxed}\n{P2}\n\n{boxed}\n\n{P3}\n\n{more}\n\n{boxed}\n{p4}\n\n{more}\n"
        );
        let cleaned = clean_with(&RepeatedBlock, &input);
        for line in boxed.lines() {
            assert!(!cleaned.contains(line), "{cleaned}");
        }
        // A signature printed alike, once glued to a post: no call, no
        // offer, the text's own.
        let signed = "Kind regards\nMarta, moderator";
        let input = format!("{P1}\n\n{signed}\n\n{P2}\n{signed}\n\n{P3}\n\n{signed}\n");
        assert_kept(&RepeatedBlock, &input);
    }

    #[test]
    fn a_box_printed_alike_among_short_lines_or_holding_a_paragraph_stays() {
        // The cards of a timetable: each box among headings and other
        // cards, never beside a sentence. The buttons go, the cards stay.
        let card = "Spring Term\n02.03 — 29.05\nSign up";
        let input = format!(
            "Choose a start date\n\nAutumn Term\n07.09 — 27.11\nSign up\n\n{card}\n\nFees and dates\n\n{card}\n\nQuestions\n\n{P1}\n"
        );
        let cleaned = clean_with(&RepeatedBlock, &input);
        assert!(!cleaned.contains("Sign up"), "{cleaned}");
        assert_eq!(
            cleaned.matches("Spring Term\n02.03 — 29.05").count(),
            2,
            "{cleaned}"
        );
        // A line of a paragraph's length is the text's, boxed or not.
        let long = "Readers who joined last spring told us the weekly letter changed how they plan their trips, and many of them now share it with friends and family before every holiday.";
        let boxed = format!("{long}\nVisitor guide\nSubscribe");
        let input = format!("{P1}\n\n{boxed}\n\n{P2}\n\nSubscribe\n\n{P3}\n\n{boxed}\n\n{P1}\n");
        let cleaned = clean_with(&RepeatedBlock, &input);
        assert_eq!(cleaned.matches(long).count(), 2, "{cleaned}");
        assert_eq!(cleaned.matches("Visitor guide").count(), 2, "{cleaned}");
    }

    #[test]
    fn a_pitch_with_a_button_glued_to_its_end_is_a_promo() {
        for promo in [
            "Rosters for every shift, built in one place and shared with the whole crew. Book a demo",
            "Alle Tarife für Teams, Vereine und kleine Betriebe in der ganzen Region auf einen Blick. Mehr erfahren",
            "Toda la actualidad del sector financiero y de la banca, resumida para ti cada semana. Suscríbete",
        ] {
            removes_every_copy(promo);
        }
        // A pointer worded as a sentence, a longer tail, or the words inside
        // a sentence are the text's.
        for line in [
            "The permit is now available to drivers in most states and in every territory. Find out more here.",
            "Fares on every line of the city network rise in May after a vote of the council. Learn more about the new fares on its site",
            "Residents who want the weekly flood bulletin were told to sign up",
        ] {
            assert_kept(&RepeatedBlock, &format!("{P1}\n{line}\n{P2}\n{line}\n{P3}\n"));
        }
    }

    #[test]
    fn a_button_label_is_a_promo_only_among_sentences() {
        // Dropped between the paragraphs of a story, three times.
        for label in ["Book a demo", "Try it for free"] {
            let input = format!("{P1}\n{label}\n{P2}\n{label}\n{P3}\n{label}\n{P1}\n");
            assert_cleaned(&RepeatedBlock, &input, &format!("{P1}\n{P2}\n{P3}\n{P1}\n"));
            // Twice, under a pitch, it may be the page's own button.
            let input = format!("{P1}\n{label}\n{P2}\n{label}\n{P3}\n");
            assert_kept(&RepeatedBlock, &input);
        }
        // On the cards of a price list, among short lines, it stays.
        let cards = "Starter\n$9 a month\nTry it free\nTeam\n$29 a month\nTry it free\nCompany\n$99 a month\nTry it free\n";
        assert_kept(&RepeatedBlock, cards);
    }

    #[test]
    fn a_label_worded_as_a_button_is_a_promo_among_sentences() {
        // Labels no list names, opening with the verb of a call, dropped
        // three times or more between the paragraphs of a story.
        for label in [
            "Watch the demo",
            "REQUEST INFO",
            "Talk to a Specialist",
            "Apply today!",
        ] {
            let input = format!("{P1}\n{label}\n{P2}\n{label}\n{P3}\n{label}\n{P1}\n");
            assert_cleaned(&RepeatedBlock, &input, &format!("{P1}\n{P2}\n{P3}\n{P1}\n"));
            // Twice, it may be a step's heading of a how-to.
            let input = format!("{P1}\n{label}\n{P2}\n{label}\n{P3}\n");
            assert_kept(&RepeatedBlock, &input);
        }
        // A landing page's own button: under each pitch, over the next
        // section's heading.
        let landing = format!(
            "Secure every cloud\n{P1}\nRead the report\nIdentity first\n{P2}\nRead the report\nQuantum safe\n{P3}\nRead the report\nCase studies\n"
        );
        assert_kept(&RepeatedBlock, &landing);
        // Lines of code and of documentation that open with such a verb.
        let code = format!("{P1}\ntry {{\n{P2}\ntry {{\n{P3}\ntry {{\n{P1}\n");
        assert_kept(&RepeatedBlock, &code);
        // A label of four words is the longest: five is a heading.
        let heading = "Get the look for less";
        let input = format!("{P1}\n{heading}\n{P2}\n{heading}\n{P3}\n{heading}\n{P1}\n");
        assert_kept(&RepeatedBlock, &input);
    }

    #[test]
    fn a_box_printed_alike_goes_whole_when_a_line_is_worded_as_a_button() {
        // A pitch over a button no list names, printed twice among
        // paragraphs: the button alone (twice) would stay, the box goes.
        let boxed = "Care that keeps pace with your life.\nSchedule Online";
        let input = format!("{P1}\n\n{boxed}\n\n{P2}\n\n{P3}\n\n{boxed}\n\n{P1}\n");
        assert_cleaned(
            &RepeatedBlock,
            &input,
            &format!("{P1}\n\n{P2}\n\n{P3}\n\n{P1}\n"),
        );
        // A code sample printed twice keeps its `Click me`.
        let code = "<button onClick={increment}>\nClick me\n</button>";
        let input = format!("{P1}\n\n{code}\n\n{P2}\n\n{P3}\n\n{code}\n\n{P1}\n");
        assert_kept(&RepeatedBlock, &input);
        // So does a box of two plain lines whose last is no button.
        let boxed = "Care that keeps pace with your life.\nOpen late on Fridays";
        let input = format!("{P1}\n\n{boxed}\n\n{P2}\n\n{P3}\n\n{boxed}\n\n{P1}\n");
        assert_kept(&RepeatedBlock, &input);
    }

    #[test]
    fn keeps_one_copy_of_a_paragraph_printed_many_times_in_a_row() {
        let input = format!("{P1}\n{P2}\n{P2}\n{P2}\n{P2}\n{P2}\n{P2}\n{P3}\n");
        let doc = Document::plain(&input);
        let mut findings = Findings::default();
        RepeatedBlock.check(&crate::rules::Context::new(&doc), &mut findings);
        let removed: Vec<usize> = findings.removals.iter().map(|r| r.block).collect();
        assert_eq!(removed, [2, 3, 4, 5, 6], "all in one pass");
        assert_cleaned(&RepeatedBlock, &input, &format!("{P1}\n{P2}\n{P3}\n"));
    }

    #[test]
    fn a_call_to_action_sentence_printed_twice_in_a_row_is_a_stutter() {
        let blurb = "Learn how to create content that ranks in search engines.";
        let input = format!("{P1}\nContent\n{blurb}\n{blurb}\nLinks\n{P2}\n");
        assert_cleaned(
            &RepeatedBlock,
            &input,
            &format!("{P1}\nContent\n{blurb}\nLinks\n{P2}\n"),
        );
        // A bare button label in a row is a promo still, and so is the
        // sentence printed apart.
        let input = format!("{P1}\nBuy now\nBuy now\n{P2}\n");
        assert_cleaned(&RepeatedBlock, &input, &format!("{P1}\n{P2}\n"));
        removes_every_copy(blurb);
    }

    #[test]
    fn keeps_one_whole_copy_of_a_text_printed_twice() {
        let article = format!("Markets in brief\n\n{P1}\n\n{P2}\n\n{P3}\n");
        let twice = format!("{article}\n{article}");
        assert_cleaned(&RepeatedBlock, &twice, &article);
        let thrice = format!("{article}\n{article}\n{article}");
        assert_cleaned(&RepeatedBlock, &thrice, &article);
    }

    #[test]
    fn keeps_the_structure_a_text_repeats() {
        // Labels and units used again and again are the text's own structure.
        let cases = [
            format!("{P1}\nWeekend Edition\nOur best reads, hand picked for you.\n\n\n{P2}\nWeekend Edition\nOur best reads, hand picked for you.\n{P3}\n"),
            format!("{P1}\n\nTop Stories\n\n{P2}\n\nTop Stories\n\n{P3}\n\nTop Stories\n"),
            "Monday\nBreakfast\nPorridge with apples\nLunch\nLentil soup\nTuesday\nBreakfast\nEggs on toast\nLunch\nBean salad\nWednesday\nBreakfast\nYoghurt and oats\nLunch\nLentil soup\n".to_owned(),
            "Model\tPrice\tRating\nAlpha\t$20\t4.5\nModel\tPrice\tRating\nBeta\t$30\t4.1\nModel\tPrice\tRating\nGamma\t$25\t3.9\n".to_owned(),
            "Hello there\nGood to see you\nHello there\nGood to see you\n".to_owned(),
        ];
        for input in &cases {
            assert_kept(&RepeatedBlock, input);
        }
    }

    #[test]
    fn keeps_sentences_that_talk_about_an_offer() {
        for sentence in [
            "The discount applies to qualified passengers only and cannot be combined with other offers.",
            "It's either buy Office, or subscribe to the yearly plan.",
            "For example, with this newsletter, I might say something like:",
            "Do I unlock the premium lessons when I finish the course?",
        ] {
            let input = format!("{P1}\n{sentence}\n{P2}\n{sentence}\n{P3}\n");
            assert_kept(&RepeatedBlock, &input);
        }
        // A sentence of its own, then a pointer to more.
        let pointer = "Injury cover is available to rideshare and delivery drivers in most states. Find out more here.";
        let input = format!("{P1}\n{pointer}\n{P2}\n{pointer}\n{P3}\n");
        assert_kept(&RepeatedBlock, &input);
        // `of course` is not a course on offer.
        let line = "\"of course, as you probably already know\",";
        let input = format!("{P1}\n{line}\n{P2}\n{line}\n{P3}\n");
        assert_kept(&RepeatedBlock, &input);
        removes_every_copy("Enjoyed this story? Sign up for the morning briefing");
        removes_every_copy(
            "Want the day's news in one place each morning? Sign up for the briefing",
        );
        removes_every_copy("📩 Subscribe to the weekly digest");
        removes_every_copy("Special offer: half price this week");
    }

    #[test]
    fn keeps_promo_wording_that_is_the_document() {
        // A page of course listings is made of "course" lines.
        let input = "Enrol in the course today\nPython basics\nEnrol in the course today\nData science\nEnrol in the course today\n";
        assert_kept(&RepeatedBlock, input);
    }

    #[test]
    fn an_offer_named_twice_among_short_lines_is_a_product() {
        let page = "Plans\nBasic Plan\n$4/month\nPremium Plan: $8/month\nBilled annually\nCompare\nPremium Plan: $8/month\nCancel any time\n";
        assert_kept(&RepeatedBlock, page);
        let booking = format!("{P1}\nDiscount will recalculate if the booking changes.\n{P2}\nDiscount will recalculate if the booking changes.\n{P3}\nDiscount will recalculate if the booking changes.\n");
        assert_kept(&RepeatedBlock, &booking);
        // Three times, it is a banner.
        let banner = format!("{P1}\nPremium Plan: $8/month\nBasic Plan\n{P2}\nPremium Plan: $8/month\nCompare\n{P3}\nPremium Plan: $8/month\nCancel any time\n");
        assert_eq!(
            clean_with(&RepeatedBlock, &banner),
            format!("{P1}\nBasic Plan\n{P2}\nCompare\n{P3}\nCancel any time\n")
        );
    }

    /// The grouping as first written, with a map from fingerprint to
    /// copies: `groups_of_copies` must give exactly these groups.
    fn reference_groups(blocks: &[Block]) -> Vec<Vec<usize>> {
        use std::collections::HashMap;
        let mut copies: HashMap<u64, Vec<usize>> = HashMap::new();
        for (i, block) in blocks.iter().enumerate() {
            if block.words > 0 {
                copies.entry(block.fingerprint).or_default().push(i);
            }
        }
        let mut groups = Vec::new();
        for (i, block) in blocks.iter().enumerate() {
            if let Some(group) = copies.get(&block.fingerprint) {
                if group.len() >= 2 && group[0] == i {
                    groups.push(group.clone());
                }
            }
        }
        groups
    }

    #[test]
    fn groups_equal_the_reference_grouping() {
        let pool = [
            P1,
            P2,
            P3,
            "Sign up for our daily newsletter",
            "Top Stories",
            "TOP stories!",
            "Weekend Edition",
            "Our best reads, hand picked for you.",
            "***",
            "Why?",
            "",
            "  ",
        ];
        // A fixed pseudo-random walk over the pool: many documents with
        // groups of every size, interleaved and adjacent.
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut several_groups = 0;
        for _ in 0..400 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let len = (seed >> 59) as usize + 1;
            let mut text = String::new();
            for _ in 0..len * 2 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(pool[(seed >> 33) as usize % pool.len()]);
                text.push('\n');
            }
            let doc = crate::segment::Document::plain(&text);
            let groups = groups_of_copies(&doc.blocks);
            assert_eq!(groups, reference_groups(&doc.blocks), "{text:?}");
            several_groups += usize::from(groups.len() >= 2);
        }
        assert!(several_groups > 100, "{several_groups}");
    }

    /// Equal fingerprints always meet on a bit; different ones that meet
    /// only send the grouping the long way, which finds no group.
    #[test]
    fn copies_are_never_missed() {
        let block = |fingerprint: u64, words: usize| Block {
            span: 0..1,
            kind: crate::segment::BlockKind::Line,
            words,
            fingerprint,
        };
        let twice = [block(7, 3), block(9, 2), block(7, 5)];
        assert!(bits_seen_twice(&twice).is_some_and(|bits| bits.holds(7) && !bits.holds(9)));
        assert_eq!(groups_of_copies(&twice), vec![vec![0, 2]]);
        let meeting = [block(5, 1), block(5 + 4096, 1), block(5, 2)];
        assert!(bits_seen_twice(&meeting).is_some());
        assert_eq!(groups_of_copies(&meeting), vec![vec![0, 2]]);
        let wordless = [block(7, 0), block(7, 0), block(8, 1)];
        assert!(bits_seen_twice(&wordless).is_none());
        assert!(groups_of_copies(&wordless).is_empty());
    }

    #[test]
    fn keeps() {
        let cases = [
            // Nothing repeated.
            format!("{P1}\n{P2}\n{P3}\n"),
            // A short reply repeated in dialogue.
            format!("{P1}\n“No.”\n{P2}\n“No.”\n{P3}\n"),
            // The same question put to each guest of an interview.
            format!("What do you cook at home, and which dishes do you never make yourself?\n{P1}\nWhat do you cook at home, and which dishes do you never make yourself?\n{P2}\n"),
            // A heading used twice.
            format!("Results\n{P1}\nResults\n{P2}\n"),
            // A refrain in a song.
            "Verse one line\nAnother line here\nLet it be, let it be\nWhisper words of wisdom\nLet it be, let it be\nAnd in my hour of darkness\nLet it be, let it be\n".to_owned(),
            // A two-line chorus, repeated, in a poem.
            "We shall overcome\nWe shall overcome\nSome day\nDeep in my heart\nI do believe\nWe shall overcome\nSome day\n".to_owned(),
            // Short quoted line repeated twice in prose.
            format!("{P1}\n‘Where is the fraud?’\n{P2}\n‘Where is the fraud?’\n{P3}\n"),
            // List items that happen to match.
            format!("{P1}\n- eggs\n- milk\n{P2}\n- eggs\n"),
            // Separators without words.
            format!("{P1}\n***\n{P2}\n***\n{P3}\n"),
            // A one-word paragraph twice.
            format!("{P1}\n\nWhy?\n\n{P2}\n\nWhy?\n\n{P3}\n"),
            // Similar but not identical lines.
            format!("{P1}\nPart one of three\n{P2}\nPart two of three\n{P3}\n"),
            String::new(),
        ];
        for input in &cases {
            assert_kept(&RepeatedBlock, input);
        }
    }

    /// The wordings as regular expressions, before they became lists.
    const PROMO_REGEX: &str = r"(?x)(?-u:\b)(?i-u:
            subscribe|sign\ up|signup|sign-up|log\ in\ to|
            advertisements?|advertising|sponsored|promoted|
            story\ continues|continues?\ below|continue\ reading|read\ more|read\ next|also\ read|
            see\ also|related\ (stories|articles|coverage)|most\ (read|popular)|
            download(ing)?\ (the|our)|get\ the\ (app|latest)|app\ store|google\ play|
            donate|support\ (us|our|independent)|become\ a\ (member|subscriber|supporter)|
            follow\ us|join\ (us|our|the)|click\ here|learn\ (more|to|how)|find\ out\ more|
            register\ (now|today|here)|delivered\ (weekly|daily|to)|don't\ miss|don’t\ miss|
            share\ this|watch\ (now|live)|listen\ (now|to\ the)|buy\ now|shop\ now|
            abonnieren|jetzt\ (anmelden|kaufen|registrieren)|weiterlesen|mehr\ erfahren|
            abonnez-vous|s'abonner|inscrivez-vous|lire\ la\ suite|en\ savoir\ plus|
            suscr(?:i|í|Í)bete|suscribirse|reg(?:i|í|Í)strate|leer\ m(?:a|á|Á)s|
            iscriviti|abbonati|leggi\ anche|scopri\ di\ piu|
            assine|inscreva-se|leia\ mais|saiba\ mais|
            berlangganan|daftar\ sekarang|baca\ juga|
            abonneer|schrijf\ je\ in|lees\ meer
        )(?-u:\b)
        | (?-u:\b)(?i-u:scopri\ di\ pi(?:ù|Ù))(?-u:\B)
        | (?i:подпи(сать|шите|ска)|читать\ (далее|также)|читайте\ также|зарегистр|
          εγγραφ|διαβάστε\ επίσης|
          구독|뉴스레터\ 신청|더\ 보기|
          購読|登録|続きを読む|订阅|訂閱|阅读更多|閱讀更多)";
    const BUTTON_REGEX: &str = r"(?x)(?-u:\b)(?i-u:
            contact\ us|get\ (a\ (demo|quote)|started|in\ touch)|book\ a\ (demo|call|consultation)|
            request\ a\ (demo|quote)|schedule\ a\ (demo|call)|apply\ now|order\ now|
            try\ (it\ )?(for\ )?free|start\ (your\ )?free
        )(?-u:\b)";
    const OFFER_REGEX: &str = r"(?x)(?-u:\b)(?i-u:
            subscription|subscriber|newsletters?|recommended|donation|free\ trial|enrol(l)?|inbox|
            podcast|limited\ time|special\ offer|discount|coupon|promo\ code|
            unlock|upgrade|premium|exclusive\ access|webinar|masterclass|
            of\ course|course
        )(?-u:\b)";

    /// The calls to action in other scripts, and the words of the
    /// regular expressions.
    fn phrases() -> Vec<&'static str> {
        let mut all = vec![
            "подписаться",
            "Подпишите",
            "подписка",
            "ЧИТАТЬ ДАЛЕЕ",
            "читать также",
            "Читайте также",
            "зарегистрироваться",
            "Εγγραφή",
            "ϵγγραφ",
            "διαβάστε επίσης",
            "구독",
            "뉴스레터 신청",
            "더 보기",
            "購読",
            "登録",
            "続きを読む",
            "订阅",
            "訂閱",
            "阅读更多",
            "閱讀更多",
            "пᲂдписка",
        ];
        all.extend(
            [PROMO_REGEX, BUTTON_REGEX, OFFER_REGEX]
                .iter()
                .flat_map(|regex| {
                    regex.split(|c: char| !(c.is_alphanumeric() || "'’-".contains(c)))
                })
                .filter(|word| word.len() > 1),
        );
        all
    }

    /// The lists find what the regular expressions they replace found.
    #[test]
    fn wordings_match_their_regexes() {
        let mut probes = signals::probe_lines(&phrases());
        // Phrases of two words and more, in every spelling the regexes
        // allow.
        let many = [
            "sign up",
            "log in to",
            "story continues",
            "continues below",
            "continue below",
            "related coverage",
            "downloading our",
            "download the",
            "get the latest",
            "don’t miss",
            "don't miss",
            "listen to the",
            "jetzt registrieren",
            "lire la suite",
            "suscríbete",
            "SUSCRÍBETE",
            "SUSCRÍbete",
            "regÍstrate",
            "leer mÁs",
            "scopri di piÙ",
            "schrijf je in",
            "get a quote",
            "book a consultation",
            "try it for free",
            "try for free",
            "start your free",
            "free trial",
            "of course",
            "promo code",
            "exclusive access",
            "enroll",
            "enrolled",
            "newsletters",
            "course of course",
        ];
        probes.extend(signals::probe_lines(&many));
        for (regex, ours) in [
            (PROMO_REGEX, promo_wording as fn(&str) -> Vec<Range<usize>>),
            (BUTTON_REGEX, |text: &str| BUTTON_WORDING.find_all(text)),
            (OFFER_REGEX, |text: &str| OFFER_WORDING.find_all(text)),
        ] {
            let regex = regex::Regex::new(regex).expect("valid regex");
            let mut matched = 0;
            for line in &probes {
                let theirs: Vec<Range<usize>> = regex.find_iter(line).map(|m| m.range()).collect();
                matched += usize::from(!theirs.is_empty());
                assert_eq!(ours(line), theirs, "{line:?}");
            }
            assert!(matched > 50, "{matched}");
        }
    }

    /// Every match of the calls to action in other scripts starts with a
    /// character that [`has_other_script`] sees.
    #[test]
    fn other_scripts_are_seen() {
        let first = regex::Regex::new(r"(?i)^(?:п|ч|з|ε|δ|구|뉴|더|購|登|続|订|訂|阅|閱)$")
            .expect("valid regex");
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let c = c.to_string();
            if first.is_match(&c) {
                assert!(has_other_script(&c), "{c}");
            }
        }
        assert!(!has_other_script("Zoë Ångström — “quoted” ’ …"));
    }
}
