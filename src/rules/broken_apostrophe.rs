//! `broken-apostrophe`: `¿`, U+FFFD or `?` standing for an apostrophe that
//! a lossy conversion destroyed (`didn¿t`, `Trump¿s`, `it�s`, `don?t`).

use std::ops::Range;

use super::chars::{find_byte3, is_removable_invisible};
use super::mojibake::would_form_mojibake;
use super::{Context, Findings, Rule, RuleKind};

/// The `broken-apostrophe` rule.
pub struct BrokenApostrophe;

impl Rule for BrokenApostrophe {
    fn id(&self) -> &'static str {
        "broken-apostrophe"
    }
    fn summary(&self) -> &'static str {
        "`¿`, `�` or `?` standing for a lost apostrophe (`didn¿t` → `didn’t`)"
    }
    fn explain(&self) -> &'static str {
        "What it does: when a curly apostrophe goes through a conversion that cannot \
represent it, it comes out as `¿` (IBM and Oracle code pages), U+FFFD or `?`. This \
rule puts back an apostrophe where the damaged character sits inside an English \
contraction or possessive: `didn¿t`, `I¿m`, `you¿re`, `we¿ve`, `she¿ll`, `they¿d`, \
`it�s`, `don?t`, `Trump¿s`; after a plural (`reporters� notes`), a year \
(`2019¿s`), in a sentence whose space was lost (`task.It¿s`), and in French elision \
(`lorsqu¿il`, `l¿homme`, on a line that reads as French). The apostrophe is the document's own: a straight `'` when \
the document writes more straight apostrophes between two letters (`can't`) than curly \
ones (`can’t`), the curly `’` otherwise, and when it writes neither. A pair of `¿` or `�` around a word \
or phrase in English text (`he said ¿yes¿`, `she said �this is fine�`) \
becomes double quotes, again the document's own: straight `\"` when it writes more of \
them than curly `“` `”`, curly otherwise.\n\
Signals: the letters on both sides must form a known contraction (`n’t` only after \
don, can, won…; `’m` only after I; `’re`, `’ve`, `’ll`, `’d` only after pronouns and \
the like); `’s` after a lower-case word needs English around it; a line that reads as \
Spanish is never touched.\n\
What stays: Spanish `¿Qué pasa?`, also glued to the word before (`gracias¿Qué`); a \
`¿` or `�` standing for a lost letter (`despu¿s`, `pa¿s`, `Andr�s`, `caf�s`, `Jos�`, \
`d�a`), which has no safe repair: a stem no English word ends like (a consonant and \
`r` or `l`) or a known loanword stem before `s` is a lost letter, not a possessive; a `?` \
in a URL (`page?s=1`).\n\
Example: `The company¿s CEO didn¿t comment.` → `The company’s CEO didn’t comment.`"
    }
    fn kind(&self) -> RuleKind {
        RuleKind::Character
    }
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        broken_apostrophes(cx.doc.text, out);
    }
}

/// Words that give a line away as English or Spanish (each list sorted,
/// for binary search).
const ENGLISH: &[&str] = &[
    "about", "an", "and", "are", "at", "be", "been", "but", "by", "for", "from", "had", "has",
    "have", "he", "her", "his", "i", "in", "is", "it", "not", "of", "on", "or", "said", "she",
    "that", "the", "their", "they", "this", "to", "was", "we", "were", "what", "when", "which",
    "who", "will", "with", "would", "you",
];
/// Words that give a line away as French (sorted, for binary search); the
/// elided `qu`, `lorsqu`… count too.
const FRENCH: &[&str] = &[
    "au", "aux", "avec", "ce", "cette", "dans", "des", "du", "elle", "est", "et", "il", "ils",
    "je", "leur", "lorsqu", "mais", "nous", "ont", "ou", "par", "pas", "plus", "pour", "puisqu",
    "qu", "qui", "sont", "sur", "une", "vous", "à", "été", "être",
];
/// Words that lose their vowel before a vowel in French (`lorsqu’il`,
/// `l’homme`, `d’accord`, `aujourd’hui`), sorted.
const ELIDED: &[&str] = &[
    "aujourd", "c", "d", "j", "jusqu", "l", "lorsqu", "m", "n", "presqu", "puisqu", "qu", "quelqu",
    "quoiqu", "s", "t",
];
/// Stems that, with a letter lost before a final `s`, are a word of
/// French or Spanish origin and not a possessive: `caf�s` is `cafés`,
/// `clich�s` is `clichés`. (Stems ending in a consonant and `r` or `l`,
/// `Andr�s`, are caught by their ending.)
const LOST_LETTER_STEMS: &[&str] = &[
    "attach",
    "blas",
    "caf",
    "clich",
    "communiqu",
    "entr",
    "expos",
    "fianc",
    "habitu",
    "jes",
    "jos",
    "m",
    "matin",
    "pa",
    "pass",
    "prot",
    "pur",
    "resum",
    "ros",
    "soir",
    "touch",
];
const SPANISH: &[&str] = &[
    "al", "como", "con", "de", "del", "el", "en", "es", "esta", "este", "está", "fue", "gracias",
    "hay", "hola", "la", "las", "le", "les", "lo", "los", "mi", "muy", "más", "no", "para", "pero",
    "por", "pues", "que", "qué", "se", "su", "sus", "sí", "también", "tu", "un", "una", "y", "ya",
];

/// Left words after which each contraction suffix is recognised; `s`
/// (possessive or `is`) is judged separately.
fn contraction_fits(left: &str, suffix: &str) -> bool {
    let list: &[&str] = match suffix {
        "t" => &[
            "don", "didn", "doesn", "can", "won", "isn", "aren", "wasn", "weren", "hasn", "haven",
            "hadn", "couldn", "wouldn", "shouldn", "mustn", "needn", "ain", "mightn", "shan",
        ],
        "m" => &["i"],
        "re" => &[
            "you", "we", "they", "who", "what", "there", "here", "where", "how", "why", "that",
        ],
        "ve" => &[
            "i", "you", "we", "they", "who", "could", "would", "should", "might", "must", "what",
            "there",
        ],
        "ll" => &[
            "i", "you", "he", "she", "we", "they", "it", "that", "there", "who", "what", "this",
        ],
        "d" => &[
            "i", "you", "he", "she", "we", "they", "it", "that", "there", "who", "what", "how",
            "where",
        ],
        _ => return false,
    };
    list.contains(&left)
}

/// Lower-case words whose `’s` needs no further evidence.
const S_WORDS: &[&str] = &[
    "it",
    "that",
    "he",
    "she",
    "what",
    "there",
    "here",
    "who",
    "let",
    "where",
    "how",
    "when",
    "why",
    "this",
    "one",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "nobody",
    "today",
    "nothing",
    "something",
    "everything",
    "anyone",
    "tonight",
    "world",
    "year",
    "week",
    "company",
    "country",
    "government",
    "people",
];

#[derive(Debug, Clone, Copy, Default)]
struct LineLang {
    start: usize,
    end: usize,
    english: usize,
    spanish: usize,
    french: usize,
}

impl LineLang {
    fn of(text: &str, at: usize) -> Self {
        let bytes = text.as_bytes();
        let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |p| p + 1);
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |p| at + p);
        let line = &text[start..end];
        let (mut english, mut spanish, mut french) = (0, 0, 0);
        let mut prev: Option<char> = None;
        for (i, c) in line.char_indices() {
            // An opening `¿` at the start of a word is Spanish punctuation.
            if c == '¿'
                && !prev.is_some_and(char::is_alphanumeric)
                && line[i + 2..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic)
            {
                spanish += 2;
            }
            if matches!(c, 'ñ' | 'Ñ' | '¡') {
                spanish += 1;
            }
            prev = Some(c);
        }
        for word in line.split(|c: char| !c.is_alphabetic()) {
            if word.is_empty() || word.len() > 8 {
                continue;
            }
            let lower = word.to_lowercase();
            english += usize::from(ENGLISH.binary_search(&lower.as_str()).is_ok());
            spanish += usize::from(SPANISH.binary_search(&lower.as_str()).is_ok());
            french += usize::from(FRENCH.binary_search(&lower.as_str()).is_ok());
        }
        LineLang {
            start,
            end,
            english,
            spanish,
            french,
        }
    }

    fn spanish(&self) -> bool {
        self.spanish > 0 && self.spanish >= self.english && self.spanish >= self.french
    }

    fn english(&self) -> bool {
        self.english > 0 && self.english > self.spanish && self.english >= self.french
    }

    fn french(&self) -> bool {
        self.french >= 2 && self.french > self.spanish && self.french > self.english
    }
}

/// The apostrophe a document writes inside its words: `'` when straight
/// ones between two letters (`don't`) outnumber curly ones (`don’t`), `’`
/// otherwise, and when the document has none of either.
fn house_apostrophe(text: &str) -> &'static str {
    let (mut straight, mut curly) = (0usize, 0usize);
    let bytes = text.as_bytes();
    // `'`, and the lead byte of `’` (E2 80 99).
    for at in memchr::memchr2_iter(b'\'', 0xe2, bytes) {
        let len = match bytes[at] {
            b'\'' => 1,
            _ if bytes.get(at + 1..at + 3) == Some(&[0x80, 0x99]) => 3,
            _ => continue,
        };
        let before = text[..at].chars().next_back();
        let after = text[at + len..].chars().next();
        if before.is_some_and(char::is_alphabetic) && after.is_some_and(char::is_alphabetic) {
            if len == 1 {
                straight += 1;
            } else {
                curly += 1;
            }
        }
    }
    if straight > curly {
        "'"
    } else {
        "’"
    }
}

/// The double quotation marks a document writes: straight `"` when it has
/// more of them than curly `“` and `”`, the curly pair otherwise, and when
/// it has none of either.
fn house_quotes(text: &str) -> (&'static str, &'static str) {
    let bytes = text.as_bytes();
    let straight = memchr::memchr_iter(b'"', bytes).count();
    let curly = memchr::memchr_iter(0xe2, bytes)
        .filter(|&at| matches!(bytes.get(at + 1..at + 3), Some([0x80, 0x9c | 0x9d])))
        .count();
    if straight > curly {
        ("\"", "\"")
    } else {
        ("“", "”")
    }
}

fn broken_apostrophes(text: &str, out: &mut Findings) {
    let bytes = text.as_bytes();
    // Counted at the first repair: most documents need none.
    let mut style: Option<&'static str> = None;
    let mut quotes: Option<(&'static str, &'static str)> = None;
    let mut lang: Option<LineLang> = None;
    let mut consumed_closing: Option<usize> = None;
    let mut i = 0;
    // `?`, and the lead bytes of `¿` (C2 BF) and U+FFFD (EF BF BD).
    while let Some(at) = find_byte3(bytes, i, b'?', 0xc2, 0xef) {
        let Some(c) = text[at..].chars().next() else {
            i = at + 1;
            continue;
        };
        let len = c.len_utf8();
        i = at + len;
        if !matches!(c, '?' | '¿' | '\u{fffd}') || consumed_closing == Some(at) {
            continue;
        }
        // Both an apostrophe and an opening quote come right before a
        // letter or digit; a question mark before a space is just that,
        // and needs no look at the line's language.
        let next = text[at + len..].chars().find(|&c| !invisible(c));
        let before_word = next.is_some_and(char::is_alphanumeric);
        if !(before_word || c != '?' && after_plural(text, at)) {
            continue;
        }
        let line = match lang {
            Some(l) if l.start <= at && at < l.end => l,
            _ => {
                let l = LineLang::of(text, at);
                lang = Some(l);
                l
            }
        };
        if line.spanish() {
            continue;
        }
        let repair = apostrophe(text, at, len, &line).and_then(|(span, word)| {
            let mark = *style.get_or_insert_with(|| house_apostrophe(text));
            (!would_form_mojibake(text, span.clone(), mark)).then_some((span, word, mark))
        });
        if let Some((span, (left, suffix), mark)) = repair {
            let reason = format!(
                "`{}` stands for the apostrophe in `{left}{mark}{suffix}`",
                &text[at..at + len]
            );
            i = span.end;
            out.replace(span, mark, reason);
        } else if c != '?' {
            if let Some(close) = quote_pair(text, at, c, &line) {
                let (open_mark, close_mark) = *quotes.get_or_insert_with(|| house_quotes(text));
                out.replace(
                    at..at + len,
                    open_mark,
                    format!("`{c}` standing for an opening double quote"),
                );
                out.replace(
                    close..close + len,
                    close_mark,
                    format!("`{c}` standing for a closing double quote"),
                );
                consumed_closing = Some(close);
            }
        }
    }
}

/// Whether `c` is invisible noise that `control-char` deletes; words are
/// read through it, so that deleting it cannot make a second run find more.
fn invisible(c: char) -> bool {
    is_removable_invisible(c)
}

/// The span to replace and the word's two halves, when the character at
/// `at` (of `len` bytes) is a lost apostrophe. The span takes in invisible
/// characters right beside it.
fn apostrophe(
    text: &str,
    at: usize,
    len: usize,
    line: &LineLang,
) -> Option<(Range<usize>, (String, String))> {
    let before = &text[line.start..at];
    let after = &text[at + len..line.end];
    let lead: usize = before
        .chars()
        .rev()
        .take_while(|&c| invisible(c))
        .map(char::len_utf8)
        .sum();
    let trail: usize = after
        .chars()
        .take_while(|&c| invisible(c))
        .map(char::len_utf8)
        .sum();
    let span = at - lead..at + len + trail;

    let mut left_rev = String::new();
    let mut ahead = None;
    for c in before.chars().rev().filter(|&c| !invisible(c)) {
        if c.is_alphabetic() {
            left_rev.push(c);
        } else {
            ahead = Some(c);
            break;
        }
    }
    let left: String = left_rev.chars().rev().collect();
    let is_question_mark = text.as_bytes()[at] == b'?';
    if left.is_empty() {
        return (!is_question_mark)
            .then(|| after_digits(before, after))
            .flatten()
            .map(|(left, suffix)| (span, (left, suffix)));
    }
    // `task.It¿s`: a sentence run into the one before it, its space lost.
    let run_on = ahead == Some('.')
        && !is_question_mark
        && left.chars().next().is_some_and(char::is_uppercase)
        && before
            .trim_end_matches(|c: char| invisible(c))
            .strip_suffix(left.as_str())
            .and_then(|b| b.strip_suffix('.'))
            .and_then(|b| b.chars().next_back())
            .is_some_and(char::is_lowercase);
    if !run_on && ahead.is_some_and(|p| p.is_alphanumeric() || "/=&?_.@:#%+\\".contains(p)) {
        return None;
    }
    let mut suffix = String::new();
    let mut follower = None;
    for c in after.chars().filter(|&c| !invisible(c)) {
        if c.is_alphabetic() {
            suffix.push(c);
        } else {
            follower = Some(c);
            break;
        }
    }
    if suffix.is_empty() {
        // `reporters¿ notes`: the apostrophe of a plural possessive.
        return (!is_question_mark && !run_on && plural_possessive(&left, follower, after, line))
            .then(|| (span, (left, String::new())));
    }
    if !is_question_mark && !run_on && line.french() {
        return elision(&left, &suffix, follower, after).then_some((span, (left, suffix)));
    }
    if suffix.chars().count() > 2 {
        return None;
    }
    if follower.is_some_and(|f| f.is_alphanumeric() || "/=&_@#%+\\".contains(f) || f == '¿') {
        return None;
    }
    if is_question_mark
        && (!left.is_ascii()
            || follower.is_some_and(|f| !(f.is_whitespace() || ".,;:!?)\"'’”".contains(f))))
    {
        return None;
    }
    let upper = suffix.chars().all(|c| c.is_uppercase());
    if upper && !left.chars().all(|c| c.is_uppercase()) {
        return None;
    }
    if !upper && !suffix.chars().all(|c| c.is_lowercase()) {
        return None;
    }
    let left_lower = left.to_lowercase();
    let suffix_lower = suffix.to_lowercase();
    let fits = if suffix_lower == "s" {
        let capitalised = left.chars().next().is_some_and(char::is_uppercase);
        let known = S_WORDS.contains(&left_lower.as_str());
        if run_on {
            known
        } else {
            !lost_letter_stem(&left_lower) && (capitalised || known || line.english())
        }
    } else {
        contraction_fits(&left_lower, &suffix_lower)
    };
    fits.then_some((span, (left, suffix)))
}

/// Whether the stem before a damaged character and a final `s` is a word
/// that lost an accented letter there rather than an apostrophe: one that
/// no English word ends like (a consonant and `r` or `l`, as `Andr�s` for
/// `Andrés`), or a known one (`caf�s`, `clich�s`).
fn lost_letter_stem(stem_lower: &str) -> bool {
    let mut rev = stem_lower.chars().rev();
    let (last, before) = (rev.next(), rev.next());
    let consonant = |c: char| c.is_ascii_alphabetic() && !"aeiouywhrl".contains(c);
    matches!(last, Some('r' | 'l')) && before.is_some_and(consonant)
        || matches!(last, Some('j' | 'q' | 'v'))
        || LOST_LETTER_STEMS.contains(&stem_lower)
}

/// `2019¿s`, `1990�s`: two or more digits and an `s` alone (the digits
/// read back from `before`, the `s` from `after`). A digit string inside
/// a longer token (`v1.2019¿s`, `id=2019¿s`) is left.
fn after_digits(before: &str, after: &str) -> Option<(String, String)> {
    let before = before.trim_end_matches(|c: char| invisible(c));
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits < 2 {
        return None;
    }
    let ahead = before[..before.len() - digits].chars().next_back();
    if ahead.is_some_and(|p| p.is_alphanumeric() || "/=&?_.,@:#%+\\-".contains(p)) {
        return None;
    }
    let mut rest = after.chars().filter(|&c| !invisible(c));
    if rest.next() != Some('s') {
        return None;
    }
    let follower = rest.next();
    if follower.is_some_and(|f| !(f.is_whitespace() || ".,;:!?)".contains(f))) {
        return None;
    }
    Some((before[before.len() - digits..].to_owned(), "s".to_owned()))
}

/// `reporters¿ notes`: a lower-case plural of four letters or more, the
/// damaged character right after it, then a space and a lower-case word,
/// on a line that reads as English. Stems that lost an accented letter
/// after their `s` (`expos�`, `Jos�`) stay.
fn plural_possessive(left: &str, follower: Option<char>, after: &str, line: &LineLang) -> bool {
    if follower != Some(' ') || !line.english() || line.english < 2 {
        return false;
    }
    if left.chars().count() < 4
        || !left.chars().all(char::is_lowercase)
        || !left.ends_with('s')
        || left.ends_with("ss")
        || left.ends_with("us")
        || lost_letter_stem(left)
    {
        return false;
    }
    let mut words = after.trim_start_matches(|c: char| invisible(c)).chars();
    words.next() == Some(' ') && words.next().is_some_and(char::is_lowercase)
}

/// Whether the character before a damaged one is a plural's `s` with a
/// space after the damaged one: the one case where an apostrophe comes
/// before something that is not a letter.
fn after_plural(text: &str, at: usize) -> bool {
    text.as_bytes().get(at.wrapping_sub(1)) == Some(&b's')
}

/// `lorsqu¿il`, `l¿homme`, `d¿accord`: a French elided word before a word
/// that starts with a vowel or `h` (the line was read as French by the
/// caller).
fn elision(left: &str, suffix: &str, follower: Option<char>, _after: &str) -> bool {
    let first = suffix.chars().next();
    ELIDED.binary_search(&left.to_lowercase().as_str()).is_ok()
        && first.is_some_and(|c| "aeiouyhàâéèêîôûAEIOUYHÀÂÉÈÊÎÔÛ".contains(c))
        && !follower.is_some_and(char::is_alphanumeric)
}

/// The position of the `mark` (`¿` or `�`) that closes a quotation opened
/// by the one at `at`, when the pair is unambiguous: the opening one starts
/// a word, the closing one ends one on the same line, nothing between them
/// is `?` or another free-standing mark, and the line reads as English.
/// A `�` also stands for lost letters, so a closing `�` must not end a
/// word that lost its last letter (`caf�`, `Andr�`, `migr�`).
fn quote_pair(text: &str, at: usize, mark: char, line: &LineLang) -> Option<usize> {
    if !line.english() || line.english < 2 {
        return None;
    }
    let before = text[line.start..at].chars().next_back();
    if before.is_some_and(|c| !(c.is_whitespace() || "([{—–-".contains(c))) {
        return None;
    }
    let inner_start = at + mark.len_utf8();
    if !text[inner_start..line.end]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    let mut prev = mark;
    let mut word_start = inner_start;
    for (off, c) in text[inner_start..line.end].char_indices() {
        let pos = inner_start + off;
        if c == '?' {
            return None;
        }
        if c == mark {
            let next = text[pos + mark.len_utf8()..line.end].chars().next();
            let closes = !prev.is_whitespace()
                && next.map_or(true, |n| n.is_whitespace() || ".,;:!)]}—–".contains(n));
            if closes {
                let word = text[word_start..pos].to_lowercase();
                let lost_letter =
                    mark == '\u{fffd}' && (word.chars().count() < 2 || lost_letter_stem(&word));
                return (!lost_letter).then_some(pos);
            }
            if !(prev.is_alphabetic() && next.is_some_and(char::is_alphabetic)) {
                return None;
            }
        }
        if !c.is_alphanumeric() {
            word_start = pos + c.len_utf8();
        }
        prev = c;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_word_lists_are_sorted() {
        for list in [ENGLISH, SPANISH] {
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            assert_eq!(sorted, list);
        }
    }
    use crate::rules::testing::{assert_cleaned, assert_kept};

    #[test]
    fn contractions_and_possessives() {
        assert_cleaned(&BrokenApostrophe, "He didn¿t say.\n", "He didn’t say.\n");
        assert_cleaned(&BrokenApostrophe, "Trump¿s plan\n", "Trump’s plan\n");
        assert_cleaned(&BrokenApostrophe, "it\u{fffd}s fine\n", "it’s fine\n");
        assert_cleaned(
            &BrokenApostrophe,
            "I don?t know, I?m sure you?re right.\n",
            "I don’t know, I’m sure you’re right.\n",
        );
        assert_cleaned(
            &BrokenApostrophe,
            "The company¿s CEO\n",
            "The company’s CEO\n",
        );
        assert_cleaned(&BrokenApostrophe, "WE DON¿T\n", "WE DON’T\n");
    }

    #[test]
    fn repairs_follow_the_documents_apostrophes() {
        // Straight apostrophes inside words: the repair is straight too.
        assert_cleaned(
            &BrokenApostrophe,
            "I can't say it's over.\n\nHe didn¿t say.\n",
            "I can't say it's over.\n\nHe didn't say.\n",
        );
        assert_cleaned(
            &BrokenApostrophe,
            "Trump's team won't wait. The company?s CEO, I?m told, left.\n",
            "Trump's team won't wait. The company's CEO, I'm told, left.\n",
        );
        // Curly ones, more curly than straight, or as many: curly.
        assert_cleaned(
            &BrokenApostrophe,
            "It’s here and it’s late, it's said.\nHe didn¿t say.\n",
            "It’s here and it’s late, it's said.\nHe didn’t say.\n",
        );
        assert_cleaned(
            &BrokenApostrophe,
            "It's here, it’s late.\nHe didn¿t say.\n",
            "It's here, it’s late.\nHe didn’t say.\n",
        );
        // Straight quotes and a plural possessive are no apostrophes
        // between letters: no evidence, so the default curly one.
        assert_cleaned(
            &BrokenApostrophe,
            "He said 'no' to the Jones' plan.\nHe didn¿t say.\n",
            "He said 'no' to the Jones' plan.\nHe didn’t say.\n",
        );
    }

    #[test]
    fn quote_pairs_follow_the_documents_quotes() {
        assert_cleaned(
            &BrokenApostrophe,
            "He said \"no\" twice.\nHe said ¿it was over¿ and that the deal is done.\n",
            "He said \"no\" twice.\nHe said \"it was over\" and that the deal is done.\n",
        );
        assert_cleaned(
            &BrokenApostrophe,
            "A 6\" pipe, “yes”.\nHe said ¿it was over¿ and that the deal is done.\n",
            "A 6\" pipe, “yes”.\nHe said “it was over” and that the deal is done.\n",
        );
    }

    #[test]
    fn house_apostrophe_counts_only_apostrophes_between_letters() {
        assert_eq!(house_apostrophe(""), "’");
        assert_eq!(house_apostrophe("don't"), "'");
        assert_eq!(house_apostrophe("don’t"), "’");
        assert_eq!(house_apostrophe("don't won’t"), "’");
        assert_eq!(house_apostrophe("'quoted' 90' rock'n'roll’"), "'");
        assert_eq!(house_apostrophe("'quoted' 'x' ’"), "’");
        assert_eq!(house_apostrophe("café’s “a” – don't"), "’");
        assert_eq!(house_apostrophe("café's “a” – don't"), "'");
    }

    #[test]
    fn quote_pairs() {
        assert_cleaned(
            &BrokenApostrophe,
            "He said ¿it was over¿ and that the deal is done.\n",
            "He said “it was over” and that the deal is done.\n",
        );
    }

    #[test]
    fn spanish_and_lost_letters_stay() {
        assert_kept(&BrokenApostrophe, "¿Qué pasa? Muchas gracias¿Qué tal?\n");
        assert_kept(&BrokenApostrophe, "despu¿s\n");
        assert_kept(&BrokenApostrophe, "El pa¿s es grande y despu¿s de todo\n");
        assert_kept(&BrokenApostrophe, "Espa¿a ni¿o coraz¿n\n");
    }

    #[test]
    fn plural_possessives_digits_run_on_sentences_and_elision() {
        assert_cleaned(
            &BrokenApostrophe,
            "The reporters\u{fffd} notes were lost in the fire.\n",
            "The reporters’ notes were lost in the fire.\n",
        );
        assert_cleaned(
            &BrokenApostrophe,
            "In 2019¿s report and the 1990\u{fffd}s, it fell.\n",
            "In 2019’s report and the 1990’s, it fell.\n",
        );
        assert_cleaned(
            &BrokenApostrophe,
            "He finished the task.It¿s done.\n",
            "He finished the task.It’s done.\n",
        );
        assert_cleaned(
            &BrokenApostrophe,
            "Il est parti lorsqu¿il pleuvait, et c¿est l¿homme qui a dit d¿accord.\n",
            "Il est parti lorsqu’il pleuvait, et c’est l’homme qui a dit d’accord.\n",
        );
    }

    #[test]
    fn lost_letters_before_s_and_elsewhere_stay() {
        assert_kept(
            &BrokenApostrophe,
            "Andr\u{fffd}s went to the caf\u{fffd}s in town.\n",
        );
        assert_kept(
            &BrokenApostrophe,
            "He read the expos\u{fffd} and the clich\u{fffd}s.\n",
        );
        assert_kept(
            &BrokenApostrophe,
            "Jos\u{fffd} and his friends said it was over.\n",
        );
        // A Spanish `día` is not a French `d’a`; `qu�en` not `qu’en`.
        assert_kept(&BrokenApostrophe, "El d\u{fffd}a que qu\u{fffd}en vino.\n");
        // Digits inside a token, a `?` after digits.
        assert_kept(
            &BrokenApostrophe,
            "See v1.2019¿s and id=2019¿s and 2019?s\n",
        );
        // `?` joining two sentences is a question mark.
        assert_kept(&BrokenApostrophe, "Is it over?It is.\n");
        // A possessive-looking plural with a capital or a short word.
        assert_kept(
            &BrokenApostrophe,
            "It was his\u{fffd} and the bus\u{fffd} door.\n",
        );
    }

    #[test]
    fn replacement_characters_as_quotes() {
        assert_cleaned(
            &BrokenApostrophe,
            "She said \u{fffd}this is fine\u{fffd} and left.\n",
            "She said “this is fine” and left.\n",
        );
        // A closing one that ends a word which lost its last letter.
        assert_kept(
            &BrokenApostrophe,
            "He said \u{fffd}migr\u{fffd} and that was the caf\u{fffd} for it.\n",
        );
    }

    #[test]
    fn question_marks_that_are_question_marks_stay() {
        assert_kept(
            &BrokenApostrophe,
            "See https://x.com/page?s=1 and what?s=2\n",
        );
        assert_kept(&BrokenApostrophe, "Really?Yes. Why?Because.\n");
        assert_kept(&BrokenApostrophe, "is it?\n");
    }
}
