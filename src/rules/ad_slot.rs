//! `ad-slot`: the label an ad left where it stood (`Advertisement`,
//! `Anzeige`) and the line that says the story goes on after it (`Story
//! continues below advertisement`).

use std::sync::LazyLock;

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
    "anuncio",
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
];

/// The labels of [`AD_LABELS`] that name something else too when printed
/// once (`Ad` and `Ads` in a list of abbreviations, a French `annonce`
/// is an announcement): only their copies down a page mark ad slots.
const LABELS_ONLY_REPEATED: &[&str] = &["ad", "ads", "annonce"];

/// The longest [ad label](is_ad_label) in bytes.
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
];

/// The most words of a line that says the story goes on after an ad.
const GOES_ON_MAX_WORDS: usize = 10;

/// The `--explain` text, written from the constants the rule uses.
static EXPLAIN: LazyLock<String> = LazyLock::new(|| {
    format!(
        "Removes what an ad left in the text where it stood: its label, or \
         a line saying the story goes on after it.\n\n\
         Signals (all needed): a line alone that is one of {labels} labels \
         of an ad in many languages (`Advertisement`, `Sponsored`, `Anzeige`, \
         `Publicité`, `Annonse`, `Reklama`, `Реклама`, `광고`; `Ad`, `Ads` and \
         `annonce` only when printed again, see `repeated-block`), or of at \
         most {GOES_ON_MAX_WORDS} words naming an ad and that the text \
         continues (`Story continues below advertisement`, `La suite après \
         cette publicité`, `Artikkelen fortsetter under annonsen`, `Article \
         continues below`), without a sentence's end; right above or below a \
         line that ends like a sentence (an ad stands among paragraphs, a \
         label in a list of sections stands among names).\n\n\
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
            };
            let goes_on = || may_say_it_goes_on(text) && says_the_story_goes_on(text);
            if beside_a_sentence(doc, i) && (label() || goes_on()) {
                out.remove_block(i, "marks where an ad stood among the paragraphs");
            }
        }
    }
}

/// Whether `text` may say the story goes on, told on its bytes without a
/// copy on the heap: a word opens with one of [`GOES_ON_STEMS`] in any
/// ASCII case, or, outside ASCII, a stem stands anywhere.
fn may_say_it_goes_on(text: &str) -> bool {
    // The first bytes of the stems, in either ASCII case.
    static FIRST: LazyLock<[bool; 256]> = LazyLock::new(|| {
        let mut first = [false; 256];
        for stem in GOES_ON_STEMS {
            let byte = stem.as_bytes()[0];
            first[usize::from(byte)] = true;
            first[usize::from(byte.to_ascii_uppercase())] = true;
        }
        first
    });
    let bytes = text.as_bytes();
    let opens_a_stem = |i: usize| {
        let first = bytes[i].to_ascii_lowercase();
        GOES_ON_STEMS.iter().any(|stem| {
            stem.as_bytes()[0] == first
                && bytes
                    .get(i..i + stem.len())
                    .is_some_and(|word| word.eq_ignore_ascii_case(stem.as_bytes()))
        })
    };
    (0..bytes.len()).any(|i| {
        FIRST[usize::from(bytes[i])]
            && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
            && opens_a_stem(i)
    }) || (!text.is_ascii() && GOES_ON_STEMS.iter().any(|stem| text.contains(stem)))
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

/// Whether `text` says the story goes on after an ad (see [`EXPLAIN`]).
fn says_the_story_goes_on(text: &str) -> bool {
    if (ends_sentence(text) && !text.ends_with('…')) || word_count(text) > GOES_ON_MAX_WORDS {
        return false;
    }
    let lower = text.to_lowercase();
    let first = |stems: &[&str]| stems.iter().filter_map(|stem| lower.find(stem)).min();
    // `ad` and `ads` as words (`Article continues after this ad`).
    let ad_word = || {
        lower
            .split(|c: char| !c.is_alphanumeric())
            .find(|word| matches!(*word, "ad" | "ads"))
            .map(|word| word.as_ptr() as usize - lower.as_ptr() as usize)
    };
    let last_word = lower.split_whitespace().next_back().unwrap_or_default();
    GOES_ON_BELOW
        .iter()
        .any(|line| lower.trim_end_matches(['…', '.', ' ']) == *line)
        || match (first(GOES_ON_STEMS), first(AD_STEMS).or_else(ad_word)) {
            // The text goes on, then the ad is named (`continues below
            // advertisement`), or the verb ends the line (`Artikel wird nach
            // der Anzeige fortgesetzt`): a heading names the ad first and
            // goes on (`Sponsored content continues to grow`).
            (Some(goes_on), Some(ad)) => {
                goes_on < ad || GOES_ON_STEMS.iter().any(|stem| last_word.starts_with(stem))
            }
            _ => false,
        }
}

/// Whether block `i` stands right above or below a block that ends like a
/// sentence.
fn beside_a_sentence(doc: &Document<'_>, i: usize) -> bool {
    let is_sentence = |j: usize| {
        doc.blocks
            .get(j)
            .is_some_and(|b| b.words > 0 && ends_sentence(b.text(doc.text)))
    };
    i.checked_sub(1).is_some_and(is_sentence) || is_sentence(i + 1)
}

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
            // Sentences about ads, and lines of more words.
            "Advertisement continues to fund most local newspapers.",
            "The advertising market will continue to shrink",
            "Why sponsored content continues to grow even as readers say they distrust it most",
            // An ad word without going on, going on without an ad.
            "Advertising standards",
            "Continue reading",
            "Story continues below gallery",
            "Continue adding the stock",
        ] {
            assert_kept(&AdSlot, &format!("{BODY}\n\n{kept}\n\n{MORE}\n"));
        }
        // A label among the names of a page's sections, not beside a
        // sentence.
        assert_kept(
            &AdSlot,
            &format!("{BODY}\n\nComments\n\nSponsored\n\nPartner Content\n\n{MORE}\n"),
        );
    }

    #[test]
    fn the_explanation_names_its_bounds() {
        assert!(AdSlot.explain().contains(&GOES_ON_MAX_WORDS.to_string()));
        assert!(AdSlot.explain().contains(&AD_LABELS.len().to_string()));
    }
}
