//! Times a byline tells in other languages than English: how long ago a
//! story was published (`2 uur geleden`, `3 órája`, `hace 2 horas`,
//! `Vandaag, 09:14`) and how long it takes to read (`7 min leestijd`,
//! `Czas czytania: 11 min`, `Tempo de leitura: 8 minutos`).

use std::sync::LazyLock;

use regex_automata::meta::Regex;

use super::signals;

/// The longest such line, in bytes and in spaces: a label, a count and
/// its unit (`Zaktualizowano: 35 minut temu`, `Olvasási idő: 8 perc`).
const MAX_BYTES: usize = 64;
const MAX_SPACES: usize = 6;

/// Labels of publishing or updating before a time, in several languages
/// (`Opublikowano:`, `Bijgewerkt:`, `Megjelent:`), a colon after them or not.
const LABELS: &str = r"(?:opublikowano|zaktualizowano|aktualizacja|gepubliceerd(?:\s+op)?|bijgewerkt(?:\s+op)?|laatste\s+update|publicado(?:\s+(?:em|el))?|atualizado(?:\s+em)?|actualizado(?:\s+el)?|megjelent|módosítva|frissítve|frissítés|veröffentlicht(?:\s+am)?|aktualisiert(?:\s+am)?|publié(?:\s+le)?|mis\s+à\s+jour(?:\s+le)?|pubblicato(?:\s+il)?|aggiornato(?:\s+il)?|diterbitkan|diperbarui|опубликовано|обновлено|yayınlanma|güncellenme|publicerad|uppdaterad|publisert|oppdatert|udgivet|opdateret|julkaistu|päivitetty|ενημέρωση|δημοσίευση|оновлено|опубліковано|cập\s+nhật(?:\s+lúc)?|ngày\s+đăng|atnaujinta|paskelbta|aktualizované|publikované|zverejnené|objavljeno|ažurirano|posodobljeno|avaldatud|uuendatud|publicēts|atjaunināts|публикувано|обновено)\s*:?\s*";

/// A time ago: a count and its unit with the language's word for `ago`
/// (`35 minuten geleden`, `2 godz. temu`, `há 3 horas`, `vor 2 Stunden`,
/// `il y a 4 h`, `5 ore fa`, `45 perce`, `3 jam lalu`, `2 saat önce`,
/// `3 часа назад`, `πριν από 6 ώρες`, `2 giờ trước`), or today or
/// yesterday and a clock time (`Vandaag, 09:14`, `Hoy a las 9:14`,
/// `Gestern, 18:30 Uhr`, `I går kl. 08.26`).
static RELATIVE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    signals::rare_line_regex(&format!(
        r"(?i)^(?:{LABELS})?(?:\d+\s*(?:min\.?|minut[aey]?|godz\.?|godzin[ay]?|dni|dzień)\s+temu|\d+\s*(?:min\.?|minuut|minuten|uur|dag|dagen|week|weken)\s+geleden|(?:há|hace)\s+\d+\s*(?:min\.?|minutos?|h|horas?|dias?|días?)|vor\s+\d+\s*(?:min\.?|minuten|std\.?|stunden?|tag|tagen)|il\s+y\s+a\s+\d+\s*(?:min\.?|minutes?|h|heures?|jours?)|\d+\s*(?:min\.?|minuti|or[ae]|giorn[oi])\s+fa|\d+\s*(?:perce|órája|napja)|\d+\s*(?:menit|jam|hari)\s+(?:yang\s+)?lalu|\d+\s*(?:dk\.?|dakika|saat|gün)\s+önce|\d+\s*(?:мин\.?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день)\s+назад|för\s+\d+\s*(?:min\.?|minuter|timmar|dagar)\s+sedan|(?:for\s+)?\d+\s*(?:min\.?|minutter|timer|time|dage|dager|døgn)\s+siden|prieš\s+\d+\s*(?:min\.?|minutes?|minučių|val\.?|valandas?|valandų|d\.|dienas?|dienų)|pred\s+\d+\s*(?:min\.?|minútami|minútou|hod\.?|hodinami|hodinou|dňami|dňom)|acum\s+\d+\s*(?:min\.?|minute|minut|ore|oră|ora|zile|zi)|před\s+\d+\s*(?:min\.?|minutami|minutou|hodinami|hodinou|dny|dnem)|\d+\s*(?:min\.?|minuuttia|tuntia|tunti|päivää|päivä)\s+sitten|πριν\s+(?:από\s+)?\d+\s*(?:λεπτά|λεπτό|ώρες|ώρα|ημέρες|ημέρα|μέρες)|\d+\s*(?:хв\.?|хвилин[иу]?|годин[иу]?|день|дні|днів)\s+тому|\d+\s*(?:phút|giờ|ngày|tuần)\s+trước|prije\s+\d+\s*(?:min\.?|minut[ae]?|sat[ai]?|h|dana|dan)|\d+\s*(?:min\.?|minutit?|tundi|tund|päeva|päev)\s+tagasi|pred\s+\d+\s*(?:minutami|urami|uro|dnevi|dnem)|pirms\s+\d+\s*(?:min\.?|minūtēm|minūtes|stundām|stundas|dienām|dienas)|преди\s+\d+\s*(?:мин\.?|минути|минута|часа|час|дни|ден)|(?:vandaag|gisteren|dzisiaj|dziś|wczoraj|hoje|ontem|hoy|ayer|heute|gestern|aujourd'hui|aujourd’hui|hier|oggi|ieri|ma|tegnap|сегодня|вчера|hari\s+ini|kemarin|bugün|dün|idag|i\s+dag|igår|i\s+går|tänään|eilen|σήμερα|χθες|сьогодні|вчора|hôm\s+nay|hôm\s+qua),?\s*(?:(?:à|om|o|às|a\s+las|um|alle|в|pukul|kl\.?|klo)\s+)?\d{{1,2}}[:.h]\d{{2}}(?:\s*uhr)?)$"
    ))
    .expect("valid relative-time regex")
});

/// A reading time: the language's words for it and a count of minutes, in
/// either order (`Leestijd 6 minuten`, `3 min czytania`, `Olvasási idő: 8
/// perc`, `5 Min. Lesezeit`, `Время чтения: 5 минут`), or a stopwatch and
/// minutes (`⏱ 10 min`).
static READING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    const WORDS: &str = r"(?:čtení\s+na|doba\s+čtení|čas\s+čítania|čítania|skaitymo\s+laikas|skaitymo|timp\s+de\s+citire|leestijd|czas\s+czytania|czytania|tempo\s+de\s+leitura|de\s+leitura|tiempo\s+de\s+lectura|de\s+lectura|temps\s+de\s+lecture|de\s+lecture|tempo\s+di\s+lettura|di\s+lettura|lesezeit|olvasási\s+idő|olvasás|время\s+чтения|чтения|waktu\s+baca|baca|lästid|lesetid|læsetid|lukuaika|okuma\s+süresi|okuma|час\s+читання|читати|χρόνος\s+ανάγνωσης|ανάγνωσης|thời\s+gian\s+đọc|đọc|vrijeme\s+čitanja|vreme\s+čitanja|време\s+читања|читања|čitanja|temps\s+de\s+lectura|lugemisaeg|lugemise\s+aeg|čas\s+branja|branja|lasīšanas\s+laiks|lasīšanas|време\s+за\s+четене|четене)";
    const MINUTES: &str = r"(?:min\.?|minút[ay]?|minuten|minutos?|minuti|minut[ay]?|minutes?|perc|мин\.?|минут[ыа]?|menit|dk\.?|dakika|minutter|minuter|minuuttia|хв\.?|хвилин[иу]?|λεπτά|λεπτό|phút|minuta|minute|minutit|minūtes|minūtēm|минути|минута)";
    signals::rare_line_regex(&format!(
        r"(?i)^(?:⏱\s*)?(?:{WORDS}\s*:?\s*(?:noin\s+|~\s*)?\d+\s*{MINUTES}|\d+\s*{MINUTES}\s+{WORDS}|⏱\s*\d+\s*{MINUTES})$"
    ))
    .expect("valid reading-time regex")
});

/// The words one of which every [`RELATIVE_TIME`] holds, in lower case:
/// the words for `ago` and for today and yesterday (`il y a` by its `y`,
/// `i dag` by its `dag`, `hari ini` by its `hari`).
const RELATIVE_WORDS: &[&str] = &[
    "acum",
    "aujourd",
    "ayer",
    "bugün",
    "dag",
    "dzisiaj",
    "dziś",
    "dün",
    "eilen",
    "fa",
    "geleden",
    "gestern",
    "gisteren",
    "går",
    "hace",
    "hari",
    "heute",
    "hier",
    "hoje",
    "hoy",
    "há",
    "idag",
    "ieri",
    "igår",
    "kemarin",
    "lalu",
    "ma",
    "napja",
    "nay",
    "oggi",
    "ontem",
    "perce",
    "pirms",
    "pred",
    "prieš",
    "prije",
    "před",
    "qua",
    "sedan",
    "siden",
    "sitten",
    "tagasi",
    "tegnap",
    "temu",
    "trước",
    "tänään",
    "vandaag",
    "vor",
    "wczoraj",
    "y",
    "órája",
    "önce",
    "πριν",
    "σήμερα",
    "χθες",
    "вчера",
    "вчора",
    "назад",
    "преди",
    "сегодня",
    "сьогодні",
    "тому",
];

/// The words one of which every [`READING_TIME`] holds but the stopwatch,
/// in lower case.
const READING_WORDS: &[&str] = &[
    "baca",
    "branja",
    "citire",
    "czytania",
    "lasīšanas",
    "lectura",
    "lecture",
    "leestijd",
    "leitura",
    "lesetid",
    "lesezeit",
    "lettura",
    "lugemisaeg",
    "lugemise",
    "lukuaika",
    "lästid",
    "læsetid",
    "okuma",
    "olvasás",
    "olvasási",
    "skaitymo",
    "čitanja",
    "čtení",
    "čítania",
    "đọc",
    "ανάγνωσης",
    "четене",
    "читання",
    "читати",
    "читања",
    "чтения",
];

/// Whether a word of `text` (a run of letters) is one of `words` (sorted),
/// in any case: the test that spares most lines the pattern (and a
/// process that never meets such a line the cost of compiling it). A word
/// in ASCII is put in lower case in place, without a copy on the heap.
fn has_word_of(text: &str, words: &[&str]) -> bool {
    // The longest word, `ανάγνωσης`, takes 18 bytes.
    const MAX_WORD_BYTES: usize = 24;
    let mut buf = [0u8; MAX_WORD_BYTES];
    text.split(|c: char| !c.is_alphabetic())
        .filter(|word| !word.is_empty() && word.len() <= MAX_WORD_BYTES)
        .any(|word| {
            if word.is_ascii() {
                let lower = &mut buf[..word.len()];
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                words.binary_search_by(|w| w.as_bytes().cmp(lower)).is_ok()
            } else {
                words.binary_search(&word.to_lowercase().as_str()).is_ok()
            }
        })
}

/// Whether `text` is a line of a byline that tells how long ago, in
/// another language than English, the story was published or updated.
#[inline]
pub(crate) fn is_relative_time(text: &str) -> bool {
    // Most lines a byline's checks read are longer: they leave here,
    // without a call.
    text.len() <= MAX_BYTES + 8 && is_short_relative_time(text)
}

/// [`is_relative_time`] of a short line.
fn is_short_relative_time(text: &str) -> bool {
    let text = text.trim();
    text.len() <= MAX_BYTES
        && text.bytes().filter(|&b| b == b' ').count() <= MAX_SPACES
        && text.bytes().any(|b| b.is_ascii_digit())
        && has_word_of(text, RELATIVE_WORDS)
        && RELATIVE_TIME.is_match(text)
}

/// Whether `text` is a reading time in another language than English (or
/// under a stopwatch).
pub(crate) fn is_reading_time(text: &str) -> bool {
    let text = text.trim();
    text.len() <= MAX_BYTES
        && text.bytes().filter(|&b| b == b' ').count() <= MAX_SPACES
        && text.bytes().any(|b| b.is_ascii_digit())
        && (text.contains('⏱') || has_word_of(text, READING_WORDS))
        && READING_TIME.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_ago_in_many_languages() {
        for line in [
            "2 uur geleden",
            "Bijgewerkt: 35 minuten geleden",
            "Opublikowano: 2 godz. temu",
            "45 perce",
            "Módosítva: 3 órája",
            "há 3 horas",
            "Actualizado hace 2 horas",
            "vor 2 Stunden",
            "il y a 4 h",
            "5 ore fa",
            "3 jam lalu",
            "2 saat önce",
            "3 часа назад",
            "Vandaag, 09:14",
            "Hoy a las 9:14",
            "Gestern, 18:30 Uhr",
            "Dzisiaj 07:05",
            "I går kl. 08.26",
            "10 tuntia sitten",
            "πριν από 6 ώρες",
            "Σήμερα, 17:41",
            "Вчора, 22:40",
            "Ενημέρωση: πριν από 1 ημέρα",
            "Cập nhật lúc 2 giờ trước",
            "for 12 minutter siden",
            "prieš 4 val.",
            "Atnaujinta prieš 2 valandas",
            "pred 3 hodinami",
            "prije 3 sata",
            "Objavljeno: prije 2 dana",
            "3 tundi tagasi",
            "pred 5 urami",
            "pirms 2 stundām",
            "преди 3 часа",
        ] {
            assert!(is_relative_time(line), "{line}");
        }
        for line in [
            "2 uur geleden kwam de brandweer ter plaatse.",
            "Vandaag",
            "vor 2 Jahren zog sie nach Berlin",
            "Hoy es un buen día",
            "45 perc",
            "3 órája várnak a mentőkre a helyszínen",
            "Dzisiaj",
            "10 tuntia sitten hän lähti kotiin",
            "πριν από 6 ώρες ξέσπασε η φωτιά στο χωριό",
            "prieš 4 metus čia stovėjo gamykla",
            "pred 3 rokmi",
            "prije 3 godine živio je u Zagrebu",
            "3 tundi tagasi sai linn uue bussi",
        ] {
            assert!(!is_relative_time(line), "{line}");
        }
    }

    #[test]
    fn the_word_lists_are_sorted_for_their_search() {
        for words in [RELATIVE_WORDS, READING_WORDS] {
            assert!(words.windows(2).all(|pair| pair[0] < pair[1]), "{words:?}");
        }
    }

    #[test]
    fn reading_times_in_many_languages() {
        for line in [
            "7 min leestijd",
            "Leestijd 6 minuten",
            "Czas czytania: 11 min",
            "3 min czytania",
            "Tempo de leitura: 8 minutos",
            "Olvasási idő: 8 perc",
            "5 Min. Lesezeit",
            "Время чтения: 5 минут",
            "Waktu baca 3 menit",
            "⏱ 10 min",
            "Temps de lecture : 4 min",
            "Χρόνος ανάγνωσης: 6 λεπτά",
            "Читати 8 хв",
            "Thời gian đọc: 12 phút",
            "Lukuaika: noin 10 minuuttia",
            "7 min čítania",
            "Čas čítania: 6 min",
            "7 min. skaitymo",
            "Vrijeme čitanja: 4 min",
            "Lugemisaeg 7 min",
            "Čas branja: 5 minut",
            "Време за четене: 3 минути",
            "Vreme čitanja: 2 min",
            "Време читања: 2 мин",
            "Temps de lectura: 3 min",
        ] {
            assert!(is_reading_time(line), "{line}");
        }
        for line in [
            "Leestijd",
            "7 min",
            "In 8 minuten leest u alles over de nieuwe wijk.",
            "Lesezeit ist Lebenszeit",
            "Temps de cocció: 25 min",
            "Vreme kuvanja: 40 min",
            "⏱",
        ] {
            assert!(!is_reading_time(line), "{line}");
        }
    }
}
