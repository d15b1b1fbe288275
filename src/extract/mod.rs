//! Main-content extraction: the article out of an HTML page, and the page
//! chrome out of whole-page text.
//!
//! [`extract_html`] parses a page with `scraper`, drops what is never the
//! article (scripts, navigation, forms, hidden elements, share and comment
//! widgets), chooses the main content (the page's own markers, else a score
//! of text density, link density and paragraph structure) and returns the
//! article as blocks separated by a blank line, ready for the pipeline:
//!
//! ```
//! use rinse::extract::{extract_html, ExtractOptions};
//! let page = "<html><head><title>Site</title></head><body>\
//!             <nav><a href='/'>Home</a></nav>\
//!             <article><h1>Rain at last</h1>\
//!             <p>It rained on Monday, the first time in months, and farmers cheered.</p>\
//!             <figure><img src='x.jpg'><figcaption>A wet field</figcaption></figure>\
//!             <p>More rain is expected this week, forecasters said on Tuesday.</p>\
//!             </article></body></html>";
//! let extracted = extract_html(page, &ExtractOptions::default());
//! assert_eq!(
//!     extracted.text,
//!     "It rained on Monday, the first time in months, and farmers cheered.\n\n\
//!      A wet field\n\n\
//!      More rain is expected this week, forecasters said on Tuesday.\n"
//! );
//! assert_eq!(extracted.title.as_deref(), Some("Rain at last"));
//! // The caption is a block of kind `Caption`, which the `caption` rule removes.
//! let cleaned = rinse::Cleaner::new().clean_document(&extracted.document());
//! assert!(!cleaned.text.contains("A wet field"));
//! ```
//!
//! Whole-page text (menus, footers and all, flattened to lines) goes through
//! the `page-chrome` rule of the pipeline instead; see [`text`].

use crate::segment::{Block, BlockKind, Document};

mod html;
pub mod text;

pub use html::extract_html;

/// What kind of input a text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Format {
    /// Decide from the content ([`sniff_html`]).
    #[default]
    Auto,
    /// Plain text: articles or whole pages flattened to text.
    Text,
    /// An HTML page.
    Html,
}

impl Format {
    /// `Text` or `Html` for `text`: `Auto` is resolved by [`sniff_html`].
    pub fn resolve(self, text: &str) -> Format {
        match self {
            Format::Auto if sniff_html(text) => Format::Html,
            Format::Auto => Format::Text,
            other => other,
        }
    }
}

/// Options of [`extract_html`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExtractOptions {
    /// Put the headline first, as a heading block.
    pub title: bool,
}

/// The article found in a page: its text, its blocks and its headline.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extracted {
    /// The article: one block per paragraph, heading, list item or caption,
    /// blocks separated by a blank line, ending with a line break (empty
    /// when no article was found).
    pub text: String,
    /// The blocks, with spans into [`Extracted::text`].
    pub blocks: Vec<Block>,
    /// The headline (the article's `<h1>`, `og:title` or `<title>`).
    pub title: Option<String>,
}

impl Extracted {
    /// The extracted article as a [`Document`] for the pipeline.
    pub fn document(&self) -> Document<'_> {
        Document::from_blocks(&self.text, self.blocks.clone())
    }

    /// Builds the text and spans from block texts (each one line, trimmed,
    /// non-empty).
    pub(crate) fn from_parts(parts: Vec<(String, BlockKind)>, title: Option<String>) -> Self {
        let mut text = String::new();
        let mut blocks = Vec::with_capacity(parts.len());
        for (part, kind) in parts {
            if part.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push('\n');
            }
            let start = text.len();
            text.push_str(&part);
            blocks.push(Block::new(&text, start..text.len(), kind));
            text.push('\n');
        }
        Extracted {
            text,
            blocks,
            title,
        }
    }
}

/// Whether `text` looks like an HTML page or fragment rather than plain
/// text: it starts (after a byte order mark and white space) with a
/// doctype, an `<html>`, `<head>` or `<body>` tag, a comment, or another
/// block-level tag, and contains a closing tag.
///
/// ```
/// assert!(rinse::extract::sniff_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>"));
/// assert!(rinse::extract::sniff_html("\n  <div class=\"story\"><p>Hi</p></div>"));
/// assert!(!rinse::extract::sniff_html("The <b> tag is bold. Use it well.\n"));
/// assert!(!rinse::extract::sniff_html("Plain text article.\n\nSecond paragraph."));
/// ```
pub fn sniff_html(text: &str) -> bool {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    // Every sign below starts with `<`: most texts are answered here,
    // without reading further.
    if !start.starts_with('<') {
        return false;
    }
    let head: String = start
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<?xml") && head.contains("<html") {
        return true;
    }
    const OPENERS: &[&str] = &[
        "<html", "<head", "<body", "<!--", "<meta", "<title", "<div", "<p>", "<p ", "<article",
        "<section", "<main", "<h1", "<h2", "<table", "<ul", "<link", "<script", "<style",
    ];
    let opens = OPENERS.iter().any(|tag| {
        head.starts_with(tag)
            && head[tag.len()..].chars().next().map_or(true, |c| {
                !c.is_ascii_alphanumeric() || tag.ends_with(['>', ' '])
            })
    });
    opens && head.contains("</")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing() {
        assert!(sniff_html("\u{feff}<!doctype html>\n<title>x</title>"));
        assert!(sniff_html("<html lang=en><body>x</body></html>"));
        assert!(sniff_html("<p>One</p><p>Two</p>"));
        assert!(sniff_html("<!-- saved page --><html></html>"));
        assert!(!sniff_html(""));
        assert!(!sniff_html("<3 this story </3"));
        assert!(!sniff_html("<pre is not a tag"));
        assert!(!sniff_html("Title\n\nUse <div> and </div> in HTML."));
        assert!(!sniff_html("<divider> is not a tag</divider>"));
        assert!(!sniff_html("Text before <html><body>x</body></html>"));
        assert!(sniff_html(" \r\n\t<BODY>x</BODY>"));
        assert_eq!(Format::Auto.resolve("<html></html>"), Format::Html);
        assert_eq!(Format::Auto.resolve("text"), Format::Text);
        assert_eq!(Format::Text.resolve("<html></html>"), Format::Text);
    }

    #[test]
    fn parts_become_blocks_separated_by_blank_lines() {
        let ex = Extracted::from_parts(
            vec![
                ("Head".into(), BlockKind::Heading),
                (String::new(), BlockKind::Paragraph),
                ("Body text.".into(), BlockKind::Paragraph),
            ],
            None,
        );
        assert_eq!(ex.text, "Head\n\nBody text.\n");
        assert_eq!(ex.blocks.len(), 2);
        assert_eq!(&ex.text[ex.blocks[1].span.clone()], "Body text.");
        assert_eq!(ex.blocks[0].kind, BlockKind::Heading);
        assert_eq!(ex.document().separator, 2);
        assert_eq!(Extracted::from_parts(vec![], None).text, "");
    }
}
