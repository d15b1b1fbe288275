//! A page to its tree, holding the page's bytes once.
//!
//! The parser reads its input as tendrils (reference-counted buffers), and
//! the text of the tree it builds points into them: what it is fed stays
//! alive as long as the tree. [`parse_document`] feeds a page it owns in
//! pieces cut from its end, shrinking the page as each piece is made, so
//! that the page and the parser's copy of it are never both whole in
//! memory (a page of 300 MB is held once, not twice, while it is parsed).

use std::borrow::Cow;

use html5ever::driver::{self, ParseOpts};
use html5ever::tendril::{StrTendril, TendrilSink};
use scraper::Html;

/// Pages up to this many bytes are fed to the parser whole.
const PIECE: usize = 1 << 20;

/// Parses `html` as a document, as `scraper::Html::parse_document` does,
/// dropping an owned page as the parser takes it in.
pub(super) fn parse_document(html: Cow<'_, str>) -> Html {
    let parser = driver::parse_document(Html::new_document(), ParseOpts::default());
    match html {
        Cow::Owned(page) if page.len() > PIECE => parser.from_iter(pieces(page)),
        page => parser.one(&*page),
    }
}

/// `page` cut into tendrils of about [`PIECE`] bytes on character
/// boundaries, in order; each is cut from the end of the page, which is
/// shrunk to what is left before the next is made.
fn pieces(mut page: String) -> Vec<StrTendril> {
    let mut pieces = Vec::with_capacity(page.len() / PIECE + 1);
    while !page.is_empty() {
        let mut cut = page.len().saturating_sub(PIECE);
        while !page.is_char_boundary(cut) {
            cut -= 1;
        }
        pieces.push(StrTendril::from_slice(&page[cut..]));
        page.truncate(cut);
        page.shrink_to_fit();
    }
    pieces.reverse();
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serialized(page: &Html) -> String {
        page.root_element().html()
    }

    #[test]
    fn pieces_are_the_page_in_order_on_character_boundaries() {
        let page = "é<p>ab€</p>".repeat(PIECE / 5);
        let pieces = pieces(page.clone());
        assert!(pieces.len() > 2);
        assert!(pieces.iter().all(|p| p.len() <= PIECE));
        let joined: String = pieces.iter().map(|p| &**p).collect();
        assert_eq!(joined, page);
        assert!(super::pieces(String::new()).is_empty());
    }

    #[test]
    fn a_page_fed_in_pieces_gives_the_same_tree() {
        // Text, tags and character references cut across pieces.
        let body = "<p>Caf&eacute; one,\r\n two &amp; <b>three</b>.</p>\n<div class=\"x\">Four</div>"
            .repeat(PIECE / 40);
        let page = format!("<!doctype html><html><head><title>T</title></head><body>{body}</body></html>");
        let whole = Html::parse_document(&page);
        let fed = parse_document(Cow::Owned(page.clone()));
        assert_eq!(serialized(&fed), serialized(&whole));
        let borrowed = parse_document(Cow::Borrowed(&page));
        assert_eq!(serialized(&borrowed), serialized(&whole));
    }
}
