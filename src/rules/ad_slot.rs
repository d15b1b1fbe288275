//! `ad-slot`: the label an ad left where it stood (`Advertisement`,
//! `Anzeige`) and the line that says the story goes on after it (`Story
//! continues below advertisement`).

use std::sync::LazyLock;

use super::signals::beside_a_sentence;
use super::{Context, Findings, Rule, RuleKind};
use crate::segment::{ends_sentence, word_count, Document};

/// Removes the markers of ad slots beside the article's sentences.
pub struct AdSlot;

/// The label of an ad slot, alone on its line, in several languages,
/// in lower case (`Advertisement`, `Anzeige`, `Publicidad`, `Реклама`,
/// `광고`).
pub(super) const AD_LABELS: &[&str] = &[
    "ad",
    "ads",
    "advertisement",
    "advertisements",
    "advertising",
    "sponsored",
    "sponsored content",
    "anzeige",
    "werbung",
    "publicidad",
    "publicité",
    "pubblicità",
    "publicidade",
    "advertentie",
    "iklan",
    "reklama",
    "reklame",
    "reklam",
    "hirdetés",
    "annons",
    "annonse",
    "annonce",
    "mainos",
    "publicitate",
    "διαφήμιση",
    "paid content",
    "paid post",
    "реклама",
    "광고",
    "広告",
    "广告",
    "廣告",
    "reklaam",
    "reklāma",
    "reclamă",
    "oglas",
    "anuncio",
    "anúncio",
    "quảng cáo",
    "โฆษณา",
    "إعلان",
    "פרסומת",
    "विज्ञापन",
    "advertorial",
    "gesponsert",
    "gesponsord",
    "sponsorisé",
    "sponsorizzato",
    "patrocinado",
    "sponsrad",
    "sponsoreret",
    "sponsorowane",
    "sponzorováno",
    "szponzorált",
    "sponsorlu",
    "report this ad",
    "hide ad",
    "close ad",
];

/// The labels of [`AD_LABELS`] that name something else too when printed
/// once (`Ad` and `Ads` in a list of abbreviations, a French `annonce`,
/// a Spanish `anuncio` is an announcement, a Croatian `oglas` a notice):
/// only their copies down a page mark ad slots.
const LABELS_ONLY_REPEATED: &[&str] = &["ad", "ads", "annonce", "oglas", "anuncio", "anúncio"];

/// The most bytes of an [ad label](is_ad_label): the longest,
/// `विज्ञापन`, takes 24.
const AD_LABEL_MAX_BYTES: usize = 24;

/// The stems of the words for an ad in the languages of [`AD_LABELS`], in
/// lower case, as a line that says the story goes on after one inflects
/// them (`annonsen`, `reklamou`, `reklamos`, `Anzeige`).
const AD_STEMS: &[&str] = &[
    "advert",
    "sponsor",
    "anzeige",
    "werbung",
    "publicid",
    "publicit",
    "pubblicit",
    "anuncio",
    "annons",
    "reklam",
    "mainos",
    "hirdet",
    "iklan",
    "διαφήμ",
    "реклам",
];

/// The stems of `continue` and `after` in those languages, in lower case
/// (`continues`, `fortsetter`, `suite`, `weiterlesen`, `pokračovanie`,
/// `tęsiamas`, `sigue`, `jatkuu`); in Cyrillic and Greek without their
/// first letter, which a line may write as a capital.
const GOES_ON_STEMS: &[&str] = &[
    "continu",
    "continú",
    "fortsett",
    "fortsæt",
    "fortsätt",
    "fortgesetzt",
    "weiter",
    "suite",
    "sigue",
    "prosegu",
    "pokračov",
    "tęsiam",
    "jatku",
    "folytat",
    "devam",
    "родовж",
    "родолж",
    "υνεχ",
];

/// English lines that say the story goes on below an ad without naming
/// it, whole (`Story continues below gallery` points to a gallery).
const GOES_ON_BELOW: &[&str] = &[
    "story continues below",
    "article continues below",
    "continue reading below",
    "story continues after",
    "article continues after",
    "scroll to continue with content",
];

/// The most bytes of a line of [`GOES_ON_BELOW`] with a stop after it.
const GOES_ON_BELOW_MAX_BYTES: usize = 36;

/// The most words of a line that says the story goes on after an ad.
const GOES_ON_MAX_WORDS: usize = 10;

/// The most bytes of a line that says the story goes on: its words are
/// short (ten words of a script without spaces between words are a
/// paragraph).
const GOES_ON_MAX_BYTES: usize = 160;

/// The `--explain` text, written from the constants the rule uses.
static EXPLAIN: LazyLock<String> = LazyLock::new(|| {
    format!(
        "Removes what an ad left in the text where it stood: its label, or \
         a line saying the story goes on after it.\n\n\
         Signals (all needed): a line alone that is one of {labels} labels \
         of an ad in many languages (`Advertisement`, `Sponsored`, `Anzeige`, \
         `Publicité`, `Annonse`, `Reklama`, `Реклама`, `광고`; `Ad`, `Ads` and \
         `annonce` only when printed again, see `repeated-block`) over a \
         paragraph that names no ad (a label over one is its heading), or a \
         line of at most {GOES_ON_MAX_WORDS} words that says the text goes on \
         (`continues`, `weiter`, `suite`, `fortsetter`…), then where \
         (`below`, `after`, `nach`, `après`, `under`…) and, within \
         {PLACE_TO_AD_WORDS} words, the ad (`Story continues below \
         advertisement`, `La suite après cette publicité`, `Artikkelen \
         fortsetter under annonsen`), or `Article continues below` alone; \
         right above or below a line that ends like a sentence (an ad stands \
         among paragraphs, a label in a list of sections among names). A \
         heading about ads names no place (`Netflix continues its push into \
         advertising`).\n\n\
         Example: `…said on Monday.\\n\\nAdvertisement\\n\\nThe council…` loses \
         `Advertisement`.",
        labels = AD_LABELS.len(),
    )
});

impl Rule for AdSlot {
    fn id(&self) -> &'static str {
        "ad-slot"
    }

    fn summary(&self) -> &'static str {
        "an ad's label or `Story continues below advertisement` among paragraphs"
    }

    fn explain(&self) -> &'static str {
        &EXPLAIN
    }

    fn kind(&self) -> RuleKind {
        RuleKind::Block
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        for i in 0..doc.blocks.len() {
            // Most lines are passed over on their count of words and their
            // bytes: longer than any marker, or naming no ad.
            let words = doc.blocks[i].words;
            if words == 0 || words > GOES_ON_MAX_WORDS {
                continue;
            }
            let text = doc.block_text(i);
            let label = || {
                is_ad_label(text)
                    && !LABELS_ONLY_REPEATED.contains(&text.trim().to_lowercase().as_str())
                    && !heads_its_paragraph(doc, i, text)
            };
            let goes_on = || words >= 2 && says_the_story_goes_on(text);
            if beside_a_sentence(doc, i) && (label() || goes_on()) {
                out.remove_block(i, "marks where an ad stood among the paragraphs");
            }
        }
    }
}

/// The bit of a stem's second byte in [`STEM_OPENINGS`]: one per ASCII
/// letter in either case, one for every other byte.
const fn second_byte_bit(byte: u8) -> u32 {
    let letter = byte.to_ascii_lowercase();
    if letter.is_ascii_lowercase() {
        1 << (letter - b'a')
    } else {
        1 << 31
    }
}

/// For each byte that opens one of [`GOES_ON_STEMS`] in either ASCII case,
/// the [bits](second_byte_bit) of the bytes that follow it in those stems:
/// most words are told from their first two bytes.
const STEM_OPENINGS: [u32; 256] = {
    let mut table = [0; 256];
    let mut s = 0;
    while s < GOES_ON_STEMS.len() {
        let stem = GOES_ON_STEMS[s].as_bytes();
        let bit = second_byte_bit(stem[1]);
        table[stem[0] as usize] |= bit;
        table[stem[0].to_ascii_uppercase() as usize] |= bit;
        s += 1;
    }
    table
};

/// Whether `text` may say the story goes on, told on its bytes without a
/// copy on the heap: a word (at the start or after a space) opens with one
/// of [`GOES_ON_STEMS`] in any ASCII case, or a stem that opens outside
/// ASCII (Cyrillic, Greek) stands anywhere.
fn may_say_it_goes_on(text: &str) -> bool {
    let bytes = text.as_bytes();
    let opens_a_stem = |i: usize| {
        GOES_ON_STEMS.iter().any(|stem| {
            bytes
                .get(i..i + stem.len())
                .is_some_and(|word| word.eq_ignore_ascii_case(stem.as_bytes()))
        })
    };
    // Words start at the line's start or after a space (found by memchr);
    // most are told from their first two bytes.
    let opens_a_word = |i: usize| {
        let seconds = STEM_OPENINGS[usize::from(bytes[i])];
        seconds != 0
            && bytes
                .get(i + 1)
                .is_some_and(|&next| seconds & second_byte_bit(next) != 0)
            && opens_a_stem(i)
    };
    std::iter::once(0)
        .chain(memchr::memchr_iter(b' ', bytes).map(|space| space + 1))
        .any(|i| i < bytes.len() && opens_a_word(i))
        || !text.is_ascii()
            && GOES_ON_STEMS.iter().any(|stem| {
                // Searched for only where the stem's first byte stands: a
                // searcher is costly to set up.
                let first = stem.as_bytes()[0];
                !first.is_ascii()
                    && memchr::memchr(first, bytes).is_some()
                    && memchr::memmem::find(bytes, stem.as_bytes()).is_some()
            })
}

/// Whether the label `text` of block `i` heads the paragraph under it: the
/// paragraph names ads too (`Advertising` over `Advertising revenue rose
/// 9% …`), where an ad's label stands among paragraphs about anything.
fn heads_its_paragraph(doc: &Document<'_>, i: usize, text: &str) -> bool {
    let label = text.trim().to_lowercase();
    let stem = AD_STEMS
        .iter()
        .find(|stem| label.starts_with(**stem))
        .copied()
        .unwrap_or(label.as_str());
    (i + 1 < doc.blocks.len()) && doc.block_text(i + 1).to_lowercase().contains(stem)
}

/// Whether `text` is one of [`AD_LABELS`] alone, in any case.
pub(super) fn is_ad_label(text: &str) -> bool {
    let text = text.trim();
    text.len() <= AD_LABEL_MAX_BYTES
        && if text.is_ascii() {
            AD_LABELS
                .iter()
                .any(|label| text.eq_ignore_ascii_case(label))
        } else {
            AD_LABELS.contains(&text.to_lowercase().as_str())
        }
}

/// Whether `text` says the story goes on after an ad (see [`EXPLAIN`]):
/// one of [`GOES_ON_BELOW`] whole, or a stem of [`GOES_ON_STEMS`], then a
/// word of [`PLACE_WORDS`], then the ad (`continues below advertisement`,
/// `Artikel wird nach der Anzeige fortgesetzt`, `after this ad`). A
/// heading about ads names no place (`Netflix continues its push into
/// advertising`).
fn says_the_story_goes_on(text: &str) -> bool {
    // A sentence that ends with a stop says the story goes on only as one
    // of the short lines of `GOES_ON_BELOW`.
    let ends = ends_sentence(text) && !text.ends_with('…');
    if text.len() > GOES_ON_MAX_BYTES
        || (ends && text.len() > GOES_ON_BELOW_MAX_BYTES)
        || !may_say_it_goes_on(text)
        || word_count(text) > GOES_ON_MAX_WORDS
    {
        return false;
    }
    let lower = text.to_lowercase();
    if GOES_ON_BELOW
        .iter()
        .any(|line| lower.trim_end_matches(['…', '.', ' ']) == *line)
    {
        return true;
    }
    if ends {
        return false;
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    let goes_on = words
        .iter()
        .any(|word| GOES_ON_STEMS.iter().any(|stem| word.contains(stem)));
    let place = words.iter().position(|word| PLACE_WORDS.contains(word));
    let is_ad = |word: &&str| {
        matches!(*word, "ad" | "ads") || AD_STEMS.iter().any(|stem| word.starts_with(stem))
    };
    goes_on
        && place.is_some_and(|place| words[place + 1..].iter().take(PLACE_TO_AD_WORDS).any(is_ad))
}

/// Words that say where the text goes on, after or under the ad, in the
/// languages of [`GOES_ON_STEMS`], in lower case.
const PLACE_WORDS: &[&str] = &[
    "below",
    "after",
    "under",
    "après",
    "nach",
    "pod",
    "po",
    "después",
    "tras",
    "dopo",
    "efter",
    "etter",
    "alatt",
    "után",
    "sonra",
    "после",
    "після",
    "μετά",
    "onder",
    "abaixo",
    "após",
    "depois",
    "jälkeen",
    "alla",
];

/// The most words between the [place](PLACE_WORDS) and the ad (`after
/// this ad`, `nach der Anzeige`, `después de la publicidad`).
const PLACE_TO_AD_WORDS: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_cleaned, assert_kept, clean_with};

    const BODY: &str = "The morning ferry lost power halfway across the fjord on Thursday, leaving more than two hundred passengers waiting for a tug.";
    const MORE: &str =
        "A spokesman for the operator said the ship would be back in service by the weekend.";

    #[test]
    fn markers_among_paragraphs_go() {
        for marker in [
            "Advertisement",
            "ADVERTISEMENT",
            "Sponsored",
            "Anzeige",
            "Publicité",
            "Annonse",
            "Reklama",
            "Реклама",
            "Story continues below advertisement",
            "Article continues below",
            "Article continues below.",
            "Continue reading below",
            "Artikkelen fortsetter under annonsen",
            "La suite après cette publicité",
            "Weiterlesen nach der Anzeige",
            "Pokračovanie článku pod reklamou",
            "Artikel wird nach der Anzeige fortgesetzt",
            "Article continues after this ad",
            "Straipsnis tęsiamas po reklamos",
            "Continúa leyendo después de la publicidad",
            "Продолжение после рекламы",
            "REKLAAM",
            "Reclamă",
            "Quảng cáo",
            "Gesponsert",
            "Report this ad",
            "SCROLL TO CONTINUE WITH CONTENT",
        ] {
            // Set apart, or glued under a paragraph.
            let input = format!("{BODY}\n\n{marker}\n\n{MORE}\n");
            assert_cleaned(&AdSlot, &input, &format!("{BODY}\n\n{MORE}\n"));
            let cleaned = clean_with(&AdSlot, &format!("{BODY}\n{marker}\n\n{MORE}\n"));
            assert!(
                !cleaned.contains(marker) && cleaned.contains(BODY) && cleaned.contains(MORE),
                "{cleaned}"
            );
        }
    }

    #[test]
    fn labels_among_names_and_sentences_about_ads_stay() {
        for kept in [
            // Labels that name something else when printed once.
            "Ad",
            "Ads",
            "Annonce",
            "Oglas",
            "Anuncio",
            // Sentences about ads, and lines of more words.
            "Advertisement continues to fund most local newspapers.",
            "The advertising market will continue to shrink",
            "Why sponsored content continues to grow even as readers say they distrust it most",
            // Headings about ads: no place where the text goes on.
            "Netflix continues its push into advertising",
            "Why YouTube continues its war on ad blockers",
            "Continued growth in digital advertising",
            "Advertising slump set to continue",
            "Microsoft puts ads in its Office suite",
            "Anzeigenmarkt wächst weiter",
            // An ad word without going on, going on without an ad.
            "Advertising standards",
            "Continue reading",
            "Story continues below gallery",
            "Continue adding the stock",
            "Scroll to continue with content and comments below",
            "Report this ad campaign to the regulator",
        ] {
            assert_kept(&AdSlot, &format!("{BODY}\n\n{kept}\n\n{MORE}\n"));
        }
        // A label that heads a paragraph about ads.
        assert_kept(
            &AdSlot,
            &format!("{BODY}\n\nAdvertising\n\nAdvertising revenue rose nine percent in the quarter, the company said on Tuesday.\n"),
        );
        // A label among the names of a page's sections, not beside a
        // sentence.
        assert_kept(
            &AdSlot,
            &format!("{BODY}\n\nComments\n\nSponsored\n\nPartner Content\n\n{MORE}\n"),
        );
    }

    #[test]
    fn lines_that_go_on_below_fit_their_bound() {
        for line in GOES_ON_BELOW {
            assert!(line.len() + "….".len() <= GOES_ON_BELOW_MAX_BYTES, "{line}");
        }
    }

    #[test]
    fn labels_fit_their_bound() {
        for label in AD_LABELS {
            assert!(label.len() <= AD_LABEL_MAX_BYTES, "{label}");
            assert!(is_ad_label(&label.to_uppercase()), "{label}");
        }
    }

    #[test]
    fn the_explanation_names_its_bounds() {
        assert!(AdSlot.explain().contains(&GOES_ON_MAX_WORDS.to_string()));
        assert!(AdSlot.explain().contains(&AD_LABELS.len().to_string()));
    }
}
