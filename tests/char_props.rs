//! Property tests of the decode and character-repair stages.

use proptest::prelude::*;
use rinse::rules::character_rules;
use rinse::Cleaner;

fn repair(text: &str) -> String {
    Cleaner::with_rules(character_rules()).clean(text).text
}

/// Pieces that damaged text is made of, mixed with ordinary ones, so that
/// random strings hit the rules' interesting paths often.
fn damaged_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Z ]{1,6}",
        2 => prop::sample::select(vec![
            "Ã", "Â", "â", "€", "™", "©", "œ", "ž", "Ð", "Ñ", "Ÿ", "ð", "Å", "Ä", "‚", "Ä", "ô",
            "√", "вЂ", "Р", "С", "¿", "?", "\u{fffd}", "&", "amp;", "&#", "x2019;", "8217;", "rsquo;",
            ";", "#", "\u{9d}", "\u{81}", "\u{93}", "\u{1b}", "[", "m", "\u{200b}", "\u{ad}", "\u{feff}",
            "\u{a0}", "\r", "\n", "\t", "\u{7}", "’", "“", "”", "é", "ß", "t", "s", "re", "don", "I",
        ])
        .prop_map(str::to_owned),
        1 => any::<String>(),
    ]
}

fn damaged_text() -> impl Strategy<Value = String> {
    prop::collection::vec(damaged_piece(), 0..40).prop_map(|v| v.concat())
}

/// Real words in many scripts, none of them damaged.
const WORDS: &[&str] = &[
    "the",
    "news",
    "Łódź",
    "Ærøskøbing",
    "Đặng",
    "Müller",
    "Çağlar",
    "Ñuñoa",
    "café",
    "naïve",
    "Zürich",
    "São",
    "Paulo",
    "Kraków",
    "Dvořák",
    "Ørsted",
    "İstanbul",
    "Ştefan",
    "Škoda",
    "Þórsmörk",
    "привет",
    "Москва",
    "Київ",
    "Ελλάδα",
    "Αθήνα",
    "日本語",
    "中文",
    "한국어",
    "مرحبا",
    "العربية",
    "שלום",
    "हिन्दी",
    "தமிழ்",
    "ภาษาไทย",
    "Հայերեն",
    "ქართული",
    "MISUTÂ",
    "AJIKKO",
    "¿Qué",
    "pasa?",
    "¡Hola!",
    "gracias",
    "“quoted”",
    "‘single’",
    "it’s",
    "don’t",
    "—",
    "–",
    "…",
    "≤",
    "±",
    "°",
    "£5",
    "€5",
    "₩1000",
    "½",
    "×",
    "™",
    "©",
    "👨\u{200d}👩\u{200d}👧",
    "❤\u{fe0f}",
    "🇫🇷",
    "می\u{200c}خواهم",
    "AT&T",
    "R&D",
    "2024",
    "(ok)",
    "«déjà»",
    "„Öl“",
    "Straße",
    "ÉTÉ",
    "NÃO",
    "Ôôô",
];

fn clean_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(WORDS),
            prop::sample::select(vec![" ", " ", " ", ", ", ". ", "\n", "\n\n"]),
        ),
        0..60,
    )
    .prop_map(|v| v.into_iter().flat_map(|(w, s)| [w, s]).collect())
}

/// 512 cases, or `PROPTEST_CASES` when set (for longer hunts).
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(512)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn no_panic_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = rinse::decode::check_binary(&bytes);
        let decoded = rinse::decode::decode(&bytes);
        let _ = repair(&decoded.text);
        if let Ok(checked) = rinse::decode::decode_checked(&bytes, None) {
            prop_assert_eq!(checked.text, decoded.text);
        }
    }

    #[test]
    fn no_panic_and_idempotent_on_damaged_text(text in damaged_text()) {
        let once = repair(&text);
        let twice = repair(&once);
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn idempotent_on_arbitrary_strings(text in any::<String>()) {
        let once = repair(&text);
        prop_assert_eq!(repair(&once), once);
    }

    #[test]
    fn undamaged_text_in_any_script_is_unchanged(text in clean_text()) {
        let cleaned = Cleaner::with_rules(character_rules()).clean(&text);
        prop_assert!(cleaned.edits.is_empty(), "edits {:?} on {:?}", cleaned.edits, text);
    }
}
