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
mod keep;
mod parse;
mod slim;

pub use html::extract_html;

/// [`extract_html`] of a page the caller gives up: each copy the
/// extractor makes of it (unwrapped, slimmed, parsed) replaces the one
/// before, so that a big page is held about once. The same article as
/// [`extract_html`] gives.
///
/// ```
/// use rinse::extract::{extract_html, extract_html_owned, ExtractOptions};
/// let page = "<article><p>It rained on Monday, the first time in months.</p></article>";
/// let options = ExtractOptions::default();
/// assert_eq!(extract_html_owned(page.to_owned(), &options), extract_html(page, &options));
/// ```
pub fn extract_html_owned(html: String, options: &ExtractOptions) -> Extracted {
    html::extract_page(std::borrow::Cow::Owned(html), options)
}
pub use keep::{KeepLimits, Kept};

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
/// text.
///
/// After a byte order mark, zero-width characters and white space, it must
/// start with `<`, then: a doctype (`<!doctype html`), an XML declaration
/// followed by `<html`, a leading `<script>` or `<style>` element closed
/// further on, or a known HTML element's tag (`<html>`, `<div class=…>`,
/// `<header>`, `<h3>`, `<span>`, `<p>`, … — the name followed by `>`, `/`
/// or white space) with a closing tag (`</`) anywhere after it. Comments
/// before any of these are passed over. However long the head of the page
/// (inline scripts and styles of any length), the answer is the same.
///
/// ```
/// assert!(rinse::extract::sniff_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>"));
/// assert!(rinse::extract::sniff_html("\n  <div class=\"story\"><p>Hi</p></div>"));
/// assert!(rinse::extract::sniff_html("\u{200b}<header>Hi</header>"));
/// assert!(!rinse::extract::sniff_html("The <b> tag is bold. Use it well.\n"));
/// assert!(!rinse::extract::sniff_html("Plain text article.\n\nSecond paragraph."));
/// ```
pub fn sniff_html(text: &str) -> bool {
    let mut rest = trim_leading(text);
    // Every sign below starts with `<`: most texts are answered here,
    // without reading further.
    loop {
        if !rest.starts_with('<') {
            return false;
        }
        if starts_with_ci(rest, "<!--") {
            match memchr::memmem::find(rest.as_bytes(), b"-->") {
                Some(end) => {
                    rest = trim_leading(&rest[end + 3..]);
                    continue;
                }
                None => return false,
            }
        }
        if starts_with_ci(rest, "<!doctype html") {
            return true;
        }
        if starts_with_ci(rest, "<?xml") {
            return find_ci(rest, "<html").is_some();
        }
        let name_len = rest[1..]
            .bytes()
            .take_while(u8::is_ascii_alphanumeric)
            .count();
        let name = rest[1..1 + name_len].to_ascii_lowercase();
        let after = rest.as_bytes().get(1 + name_len).copied();
        let ends_tag = matches!(after, Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r'));
        if name.is_empty() || !ends_tag || !HTML_TAGS.contains(&name.as_str()) {
            return false;
        }
        if name == "script" || name == "style" {
            return find_ci(rest, &format!("</{name}")).is_some();
        }
        return memchr::memmem::find(&rest.as_bytes()[1..], b"</").is_some();
    }
}

/// Element names that open an HTML page or fragment.
const HTML_TAGS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "article",
    "aside",
    "b",
    "base",
    "blockquote",
    "body",
    "br",
    "button",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "label",
    "li",
    "link",
    "main",
    "meta",
    "nav",
    "noscript",
    "ol",
    "p",
    "picture",
    "script",
    "section",
    "small",
    "span",
    "strong",
    "style",
    "svg",
    "table",
    "tbody",
    "td",
    "template",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "u",
    "ul",
];

/// `text` without a leading byte order mark, zero-width characters and
/// white space.
fn trim_leading(text: &str) -> &str {
    text.trim_start_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}'
            )
    })
}

fn starts_with_ci(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Where the ASCII `needle` (lowercase) first occurs in `text`, ignoring
/// ASCII case.
fn find_ci(text: &str, needle: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let first = needle.as_bytes()[0];
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), bytes)
        .find(|&at| starts_with_ci(&text[at..], needle))
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
    fn sniffing_sees_past_long_heads_and_knows_fragments() {
        let style = format!("<style>{}</style>\n<p>Body</p>", "a{b:c}".repeat(1000));
        assert!(sniff_html(&style));
        let script = format!(
            "<html><head><script>{}</script></head><body><p>x</p></body></html>",
            "var a = 1;".repeat(1000)
        );
        assert!(sniff_html(&script));
        let comment = format!("<!-- {} --><div>x</div>", "saved ".repeat(1000));
        assert!(sniff_html(&comment));
        for fragment in [
            "<header><h1>T</h1></header>",
            "<h3>Heading</h3><p>x</p>",
            "<span class=x>one</span>",
            "\u{200b}<p>Zero width first</p>",
        ] {
            assert!(sniff_html(fragment), "{fragment}");
        }
        assert!(!sniff_html("<script> alone, no end"));
        assert!(!sniff_html("<span> with no closing tag at all"));
        assert!(!sniff_html("<!-- unclosed comment <p>x</p>"));
    }

    /// A page of `n` paragraphs as a long article is written: one `<p>` a
    /// line inside an `<article>`, navigation and a footer around, and
    /// the paragraphs' text.
    fn long_article(n: usize) -> (String, String) {
        let mut page = String::from(
            "<!doctype html><html><head><title>Long read</title></head><body>\n\
             <header><nav><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav></header>\n\
             <article><h1>Long read</h1>\n",
        );
        let mut text = String::new();
        for i in 0..n {
            let para = format!(
                "Paragraph {i} tells of caf\u{e9}s &amp; markets, of rain \u{2014} and of the \
                 farmers who waited {i} days for it, as they said on Monday."
            );
            page.push_str(&format!("<p>{para}</p>\n"));
            text.push_str(&para.replace("&amp;", "&"));
            text.push_str(if i + 1 < n { "\n\n" } else { "\n" });
        }
        page.push_str("</article>\n<footer><p>Copyright Example News</p></footer></body></html>\n");
        (page, text)
    }

    #[test]
    fn a_long_page_given_up_gives_the_same_article() {
        // Pieces of 1 MiB: the page is parsed in several, and its text is
        // taken out of the tree as the article is emitted.
        let (page, text) = long_article(25_000);
        assert!(page.len() > 3 << 20);
        let options = ExtractOptions::default();
        let owned = extract_html_owned(page.clone(), &options);
        assert_eq!(owned.text, text);
        assert_eq!(owned.blocks.len(), 25_000);
        assert_eq!(owned.title.as_deref(), Some("Long read"));
        assert_eq!(owned, extract_html(&page, &options));
        let titled = ExtractOptions { title: true };
        assert_eq!(
            extract_html_owned(page.clone(), &titled),
            extract_html(&page, &titled)
        );
    }

    #[test]
    fn a_page_of_one_worded_block_reads_its_body_whole() {
        // The best candidate holds the headline only, one worded block:
        // no text is taken out of the tree, and the body is read whole
        // (as the binary of the start of the session reads it).
        let page = r#"<html><head><title>Only a headline</title></head><body><div class="story"><h1>Only a headline here</h1></div>
<div><span>Loose text in the body, not in any paragraph, long enough to read.</span> <b>More</b></div>
<p>x</p>
</body></html>"#;
        let expected =
            "Loose text in the body, not in any paragraph, long enough to read. More\n\nx\n";
        let options = ExtractOptions::default();
        assert_eq!(extract_html(page, &options).text, expected);
        assert_eq!(extract_html_owned(page.to_owned(), &options).text, expected);
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
