//! `breadcrumb`: the trail of sections a page prints over its article
//! (`Home › News › Local News`).

use std::sync::LazyLock;

use super::{signals, Context, Findings, Rule, RuleKind};
use crate::segment::{ends_sentence, word_count};

/// Removes a breadcrumb trail from the header zone.
pub struct Breadcrumb;

/// The marks that part the steps of a trail, a space on each side. `›`
/// and `»` part little else; `→`, `>` and `/` also part the steps of a
/// menu path, a journey or a pair (`Settings → Privacy`, `London → Paris`,
/// `Home / Away`) and count only after the site's home page.
const MARKS: [&str; 5] = [" › ", " » ", " → ", " > ", " / "];

/// The marks of [`MARKS`] that need the home page first.
const MARKS_AFTER_HOME: [&str; 3] = [" → ", " > ", " / "];

/// The mark of [`MARKS`] that parts a pair too (`Home / Away`): it needs
/// the home page and two steps after it.
const PAIR_MARK: &str = " / ";

/// The most words of a step of a trail but the last (a section's name:
/// `Pays de la Loire`).
const STEP_MAX_WORDS: usize = 4;

/// The most words of the last step (the article's own title may end it).
const LAST_STEP_MAX_WORDS: usize = 30;

/// The name of a site's home page as the first step of a trail, in the
/// languages of the pages rinse meets (compared without case).
const HOME_STEPS: &[&str] = &[
    "home",
    "homepage",
    "home page",
    "startseite",
    "accueil",
    "inicio",
    "início",
    "portada",
    "forside",
    "hjem",
    "hem",
    "startsida",
    "etusivu",
    "αρχική",
    "trang chủ",
    "головна",
    "главная",
    "úvod",
    "domov",
    "domů",
    "pradžia",
    "strona główna",
    "főoldal",
    "kezdőlap",
    "ana sayfa",
    "anasayfa",
    "beranda",
    "startpagina",
    "pagina iniziale",
    "inici",
    "acasă",
    "početna",
    "naslovna",
    "начало",
    "avaleht",
    "sākums",
];

/// The `--explain` text, written from the constants the rule uses.
static EXPLAIN: LazyLock<String> = LazyLock::new(|| {
    format!(
        "Removes the trail of sections a page prints over its article \
         (a breadcrumb).\n\n\
         Signals (all needed): a line under the first and before the \
         article body (its first sentence of fifteen words or more), not a \
         list item and without `«`, of two steps or \
         more parted by one mark with a space on each side (`›`, `»`; \
         `→`, `>` and `/` only after the home page's name, `Home`, `Accueil`, \
         `Startseite`, `Forside`…, since they part a menu path or a pair too, \
         and `/` only before two steps more); \
         each step starts with a capital or a figure and ends no sentence, of \
         at most {STEP_MAX_WORDS} words (the last, which may be the article's \
         own title, of at most {LAST_STEP_MAX_WORDS}).\n\n\
         Example: `Home › News › Local News` and `Nyheter » Sunnhordland` \
         over the first paragraph are removed; `Settings > Privacy`, \
         `London → Paris → Berlin` and `Home / Away` stay."
    )
});

impl Rule for Breadcrumb {
    fn id(&self) -> &'static str {
        "breadcrumb"
    }

    fn summary(&self) -> &'static str {
        "the trail of sections over the article (`Home › News › Local`)"
    }

    fn explain(&self) -> &'static str {
        &EXPLAIN
    }

    fn kind(&self) -> RuleKind {
        RuleKind::Block
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        // The text's first line is its headline, whatever its marks.
        let body = signals::first_body_block(doc).unwrap_or(0);
        for i in 1..body {
            if is_breadcrumb(doc.block_text(i)) {
                out.remove_block(i, "a trail of the site's sections over the article");
            }
        }
    }
}

/// Whether `text` is a breadcrumb trail (see [`EXPLAIN`]).
fn is_breadcrumb(text: &str) -> bool {
    // Most lines hold none of the marks: told on their bytes. A line with
    // guillemets quotes (`Le « Grand Paris » Express`).
    if !text.contains(['›', '»', '→', '>', '/'])
        || text.contains('«')
        || signals::is_list_item(text)
    {
        return false;
    }
    let Some(mark) = MARKS.iter().find(|mark| text.contains(**mark)) else {
        return false;
    };
    let steps: Vec<&str> = text.split(mark).map(str::trim).collect();
    let Some((last, before)) = steps.split_last() else {
        return false;
    };
    let home = is_home(steps[0]);
    (home || !MARKS_AFTER_HOME.contains(mark))
        && (steps.len() > 2 || *mark != PAIR_MARK)
        && before
            .iter()
            .all(|step| is_step(step, STEP_MAX_WORDS) || is_home(step))
        && is_step(last, LAST_STEP_MAX_WORDS)
}

/// Whether `step` names a page's home page (see [`HOME_STEPS`]).
fn is_home(step: &str) -> bool {
    HOME_STEPS
        .iter()
        .any(|home| step.len() == home.len() && step.to_lowercase() == *home)
}

/// Whether `step` reads as a step of a trail: a capital or a figure first,
/// one to `max_words` words, no sentence ended.
fn is_step(step: &str, max_words: usize) -> bool {
    step.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
        && (1..=max_words).contains(&word_count(step))
        && !ends_sentence(step)
        && !step.contains([':', '?', '!'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_cleaned, assert_kept};

    const HEADLINE: &str = "Ferry breaks down in the middle of the fjord";
    const BODY: &str = "The morning ferry between Halhjem and Sandvikvåg lost power halfway across the fjord on Thursday, leaving more than two hundred passengers waiting for a tug.";

    #[test]
    fn trails_over_the_article_go() {
        for trail in [
            "Home › News › Local News",
            "Home / Guides / Cookware",
            "Home > Inspiration > Buying guides",
            "HOME » India News",
            "Startseite > Lokales > Wohnen",
            "Accueil › Pays de la Loire › Nantes",
            "Nyheter » Sunnhordland",
            "Pradžia / Naujienos / Lietuvoje",
            "Home → Blog → Databases",
            "Home › Guides › Cookware › How to choose a cast iron pan – and keep it seasoned for life",
        ] {
            for input in [
                format!("{HEADLINE}\n\n{trail}\n\n{BODY}\n"),
                format!("{HEADLINE}\n{trail}\n\n{BODY}\n"),
            ] {
                let expected = input.replace(&format!("{trail}\n\n"), "").replace(&format!("{trail}\n"), "");
                assert_cleaned(&Breadcrumb, &input, &expected);
            }
        }
    }

    #[test]
    fn paths_pairs_and_lines_of_the_article_stay() {
        for kept in [
            // `>` and `/` without the home page first: a menu path, a pair,
            // a credit.
            "Settings > Privacy > Location",
            "Start > Settings > Privacy & security > Location",
            "Settings → Privacy & Security → Location Services",
            "London → Paris → Berlin by Night Train",
            "Le « Grand Paris » Express prend du retard",
            "All Games > Action Games > Rust",
            "Home / Away",
            "News / Education",
            "Ann Lee / Reuters",
            // Steps that are sentences, labels or lower case.
            "Home › Why we moved: a note",
            "Home » read the guide first",
            "Prices rose 4% in May » analysts expect more.",
            // A list item.
            "- Home › News › Local News",
            // One step.
            "Home",
        ] {
            assert_kept(&Breadcrumb, &format!("{HEADLINE}\n\n{kept}\n\n{BODY}\n"));
        }
        // The first line is the headline.
        assert_kept(&Breadcrumb, &format!("Nyheter » Sunnhordland\n\n{BODY}\n"));
        // In the body, a trail is the article's (a menu path it explains).
        assert_kept(
            &Breadcrumb,
            &format!("{HEADLINE}\n\n{BODY}\n\nHome › Settings › Privacy\n\n{BODY}\n"),
        );
    }

    #[test]
    fn the_explanation_names_its_bounds() {
        assert!(Breadcrumb.explain().contains(&STEP_MAX_WORDS.to_string()));
        assert!(Breadcrumb
            .explain()
            .contains(&LAST_STEP_MAX_WORDS.to_string()));
    }
}
