//! What the parser need not read, cut from a page before parsing.
//!
//! The HTML tokenizer reads a page one character at a time, and on a page
//! of today most characters are not text: scripts and styles are half the
//! bytes of a news page, and of what is left two thirds sit inside start
//! tags (class lists, `data-*` attributes, `srcset`, inline SVG icons).
//! [`slim`] cuts, in one scan of the bytes:
//!
//! - comments and the raw-text elements the extractor drops (`<script>`,
//!   `<style>`, `<noscript>` left in place, `<iframe>`, `<textarea>`);
//!   JSON-LD scripts stay: they may carry `articleBody` or say the page
//!   is a product;
//! - `<svg>` elements (icons and drawings, never the article);
//! - every attribute the extractor does not read ([`KEPT_ATTRIBUTES`]).
//!
//! The content of other raw-text elements (`title`, …) is copied as it
//! is. The scan follows the tokenizer's
//! rules for where a tag, a quoted value and a raw-text element end; what
//! it cannot read to its end (an unclosed comment, tag or script) is left
//! to the parser as it was.

use std::borrow::Cow;

use super::html::PANEL_ROLES;

/// Attributes the extractor reads; every other one is cut before parsing.
pub(super) const KEPT_ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "role",
    "style",
    "hidden",
    "aria-hidden",
    "itemprop",
    "property",
    "name",
    "content",
    "type",
];

/// Raw-text elements (no tags inside) that the extractor drops with
/// everything in them: cut whole (a JSON-LD script stays).
const RAW_CUT: &[&str] = &["script", "style", "noscript", "iframe", "textarea"];

/// Raw-text elements whose content is kept as it is.
const RAW_KEPT: &[&str] = &["title", "xmp", "noembed", "noframes"];

/// `html` without comments, scripts, styles, SVG drawings and the
/// attributes the extractor does not read; borrowed when nothing is cut.
pub(super) fn slim(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut pos = 0;
    let mut subtrees = true;
    let mut kept_whole = 0;
    // Cuts `start..end` (and writes `keep` in its place).
    let cut = |out: &mut Option<String>, copied: &mut usize, start, end, keep: &[&[u8]]| {
        let out = out.get_or_insert_with(|| String::with_capacity(html.len() / 2));
        out.push_str(&html[*copied..start]);
        for part in keep {
            // Every part is a slice of `html` on character boundaries.
            out.push_str(std::str::from_utf8(part).unwrap_or_default());
        }
        *copied = end;
    };
    while let Some(found) = memchr::memchr(b'<', &bytes[pos..]) {
        let start = pos + found;
        let rest = &bytes[start + 1..];
        if rest.starts_with(b"!--") {
            match memchr::memmem::find(&rest[3..], b"-->") {
                Some(i) => {
                    let end = start + 4 + i + 3;
                    cut(&mut out, &mut copied, start, end, &[]);
                    pos = end;
                }
                None => break,
            }
            continue;
        }
        let Some(&first) = rest.first() else { break };
        if !first.is_ascii_alphabetic() {
            pos = start + 1;
            continue;
        }
        let name_len = rest
            .iter()
            .take_while(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'))
            .count();
        let name = &rest[..name_len];
        let Some(tag) = scan_tag(bytes, start + 1 + name_len) else {
            break;
        };
        let is = |n: &str| name.eq_ignore_ascii_case(n.as_bytes());
        if RAW_CUT.iter().any(|n| is(n)) {
            let ld_json = memchr::memmem::find(&bytes[start..tag.end], b"ld+json").is_some();
            let Some(end) = raw_text_end(bytes, tag.end, name) else {
                break;
            };
            if ld_json {
                pos = end;
            } else {
                cut(&mut out, &mut copied, start, end, &[]);
                pos = end;
            }
            continue;
        }
        if is("svg") {
            if let Some(end) = svg_end(bytes, tag.end) {
                cut(&mut out, &mut copied, start, end, &[]);
                pos = end;
                continue;
            }
        }
        if subtrees && !tag.self_closing && never_read(bytes, name, &tag) {
            let by_class = !NEVER_READ
                .iter()
                .any(|n| name.eq_ignore_ascii_case(n.as_bytes()));
            match subtree_end(bytes, tag.end, name, by_class) {
                Ok((end, inside)) => {
                    let keep: Vec<&[u8]> = inside.into_iter().map(|r| &bytes[r]).collect();
                    cut(&mut out, &mut copied, start, end, &keep);
                    pos = end;
                    continue;
                }
                // Where one does not end as it should, the parser decides
                // (and, so that a page of many cannot take quadratic time,
                // for all the others after it too).
                Err(Keep::Page) => subtrees = false,
                Err(Keep::This) => {
                    kept_whole += 1;
                    subtrees = kept_whole < MAX_KEPT_WHOLE;
                }
            }
        }
        let mut end = tag.end;
        if tag.cut {
            let mut keep: Vec<&[u8]> = Vec::with_capacity(2 + 2 * tag.kept.len());
            keep.push(&bytes[start..start + 1 + name_len]);
            for range in &tag.kept {
                keep.push(b" ");
                keep.push(&bytes[range.clone()]);
            }
            keep.push(if tag.self_closing { b"/>" } else { b">" });
            cut(&mut out, &mut copied, start, tag.end, &keep);
        }
        if RAW_KEPT.iter().any(|n| is(n)) {
            match raw_text_end(bytes, tag.end, name) {
                Some(e) => end = e,
                None => break,
            }
        }
        pos = end;
    }
    match out {
        Some(mut out) => {
            out.push_str(&html[copied..]);
            Cow::Owned(out)
        }
        None => Cow::Borrowed(html),
    }
}

/// Elements the extractor drops with everything in them whatever their
/// attributes, and whose end tag the parser finds as it is written (they
/// nest, and no start tag closes them): cut whole before parsing.
const NEVER_READ: &[&str] = &["nav", "footer", "aside", "dialog", "video", "audio"];

/// Elements that nest as written and are cut whole when their attributes
/// say they are dropped: hidden from assistive technology
/// (`aria-hidden="true"`), a navigation, banner, footer, sidebar, dialog
/// or menu by their `role`, or hidden by a class name; never the panel of
/// an accordion or of tabs (`role="region"` or `"tabpanel"`, or a class
/// or id naming a panel: `accordion`, `collapse`), content hidden until a
/// reader opens it.
const CUT_BY_ATTRIBUTE: &[&str] = &[
    "div", "section", "span", "ul", "ol", "header", "article", "figure",
];

/// `role` values the extractor drops (as `html::dropped`).
const DROPPED_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "dialog",
    "alertdialog",
    "menu",
];

/// End tags that may stand alone inside a cut element without closing it
/// or anything around it (phrasing elements: the parser ignores a stray
/// one, or makes an empty element of a stray `</p>`).
const STRAY_END_TAGS: &[&str] = &[
    "p", "br", "span", "a", "b", "i", "u", "s", "em", "strong", "small", "font", "label", "sub",
    "sup", "abbr", "code", "time", "mark", "cite", "q",
];

/// Why [`subtree_end`] leaves an element to the parser.
#[derive(Debug, PartialEq, Eq)]
enum Keep {
    /// It does not end as written: cut no other subtree of the page.
    Page,
    /// It holds the page's main content, or a placeholder for a part
    /// streamed later: only this one is left.
    This,
}

/// How many elements left whole for [`Keep::This`] a page may have before
/// no more subtrees are cut (each is read to its first marker twice).
const MAX_KEPT_WHOLE: usize = 16;

/// Elements that mark the page's main content: an element hidden by a
/// class around one of them is not cut.
const PAGE_MARKERS: &[&str] = &["main"];

/// Elements with no content and no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Whether the element `name` with the start tag `tag` is one the
/// extractor never reads inside ([`NEVER_READ`], [`CUT_BY_ATTRIBUTE`]).
fn never_read(bytes: &[u8], name: &[u8], tag: &Tag) -> bool {
    let is = |list: &[&str]| list.iter().any(|n| name.eq_ignore_ascii_case(n.as_bytes()));
    if is(NEVER_READ) {
        return true;
    }
    if !is(CUT_BY_ATTRIBUTE) {
        return false;
    }
    let value = |attr: &str| attribute(bytes, tag, attr);
    // An accordion's or a tab's panel is read however it is hidden.
    let names = |attr: &str| {
        value(attr)
            .unwrap_or_default()
            .split(u8::is_ascii_whitespace)
            .filter(|c| !c.is_empty())
    };
    if value("role").is_some_and(|r| PANEL_ROLES.iter().any(|p| r == p.as_bytes()))
        || super::html::names_a_panel(names("class").chain(names("id")))
    {
        return false;
    }
    if value("aria-hidden") == Some(b"true") {
        return true;
    }
    if value("role").is_some_and(|r| DROPPED_ROLES.iter().any(|d| r == d.as_bytes())) {
        return true;
    }
    value("class").is_some_and(|class| {
        super::html::hidden_by_classes(
            class
                .split(u8::is_ascii_whitespace)
                .filter(|c| !c.is_empty()),
        )
    })
}

/// The value of the kept attribute `name` of `tag` as written (quotes
/// taken off), when it is there and needs no decoding (no `&`). The first
/// of the same name counts, as for the parser.
fn attribute<'b>(bytes: &'b [u8], tag: &Tag, name: &str) -> Option<&'b [u8]> {
    let range = tag.kept.iter().find(|r| {
        let written = &bytes[(*r).clone()];
        let len = written
            .iter()
            .take_while(|b| !matches!(b, b'=' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
            .count();
        written[..len].eq_ignore_ascii_case(name.as_bytes())
    })?;
    let written = &bytes[range.clone()];
    let at = memchr::memchr(b'=', written)?;
    let value = written[at + 1..].trim_ascii();
    let value = match value.first() {
        Some(&q @ (b'"' | b'\'')) => value[1..].strip_suffix(&[q])?,
        _ => value,
    };
    (!value.contains(&b'&')).then_some(value)
}

/// Just past the end tag that closes the element `name` whose start tag
/// ends at `from`, and what inside it the extractor reads all the same
/// (`<meta>` tags and JSON-LD scripts, which give the headline, the
/// summary and the page type wherever they are); `None` when it does not
/// end as written (the page ends first, or an end tag inside it closes an
/// element it is in: the parser would end it there) or holds a
/// `<template>`.
fn subtree_end(
    bytes: &[u8],
    from: usize,
    name: &[u8],
    by_class: bool,
) -> Result<(usize, Vec<std::ops::Range<usize>>), Keep> {
    let mut open: Vec<&[u8]> = vec![name];
    let mut inside = Vec::new();
    let mut pos = from;
    while let Some(found) = memchr::memchr(b'<', &bytes[pos..]) {
        let start = pos + found;
        let rest = &bytes[start + 1..];
        if rest.starts_with(b"!--") {
            pos = start + 4 + memchr::memmem::find(&rest[3..], b"-->").ok_or(Keep::Page)? + 3;
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_at = start + 1 + usize::from(closing);
        if !bytes.get(name_at).ok_or(Keep::Page)?.is_ascii_alphabetic() {
            pos = start + 1;
            continue;
        }
        let name_len = bytes[name_at..]
            .iter()
            .take_while(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'))
            .count();
        let tag_name = &bytes[name_at..name_at + name_len];
        let tag = scan_tag(bytes, name_at + name_len).ok_or(Keep::Page)?;
        let is = |list: &[&str]| {
            list.iter()
                .any(|n| tag_name.eq_ignore_ascii_case(n.as_bytes()))
        };
        if closing {
            match open.iter().rposition(|o| o.eq_ignore_ascii_case(tag_name)) {
                Some(0) => return Ok((tag.end, inside)),
                Some(at) => open.truncate(at),
                None if is(STRAY_END_TAGS) => {}
                None => return Err(Keep::Page),
            }
            pos = tag.end;
            continue;
        }
        if is(RAW_CUT) || is(RAW_KEPT) {
            let end = raw_text_end(bytes, tag.end, tag_name).ok_or(Keep::Page)?;
            if memchr::memmem::find(&bytes[start..tag.end], b"ld+json").is_some() {
                inside.push(start..end);
            }
            pos = end;
            continue;
        }
        if tag_name.eq_ignore_ascii_case(b"svg") {
            pos = svg_end(bytes, tag.end).ok_or(Keep::Page)?;
            continue;
        }
        if tag_name.eq_ignore_ascii_case(b"template") {
            // A placeholder that a part streamed later replaces
            // (`html::place_streamed`): the part goes where it is.
            return Err(Keep::This);
        }
        if by_class && (is(PAGE_MARKERS) || attribute(bytes, &tag, "role") == Some(b"main")) {
            // A class hides the page's main content: a state the page's
            // scripts take off (as `html::holds_the_page`).
            return Err(Keep::This);
        }
        if tag_name.eq_ignore_ascii_case(b"meta") {
            inside.push(start..tag.end);
        } else if !tag.self_closing && !is(VOID) {
            open.push(tag_name);
        }
        pos = tag.end;
    }
    Err(Keep::Page)
}

/// A start tag as read by [`scan_tag`].
struct Tag {
    /// Just past its `>`.
    end: usize,
    /// The attributes kept, name and value as written.
    kept: Vec<std::ops::Range<usize>>,
    /// Whether an attribute was cut.
    cut: bool,
    /// Whether it ends with `/>`.
    self_closing: bool,
}

/// Reads the attributes of a start tag whose name ends at `from`, by the
/// tokenizer's rules (a `>` inside a quoted value does not end the tag);
/// `None` when the page ends inside the tag.
fn scan_tag(bytes: &[u8], from: usize) -> Option<Tag> {
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
    let mut tag = Tag {
        end: 0,
        kept: Vec::new(),
        cut: false,
        self_closing: false,
    };
    let mut i = from;
    loop {
        // Before an attribute name.
        while i < bytes.len() && (space(bytes[i]) || bytes[i] == b'/') {
            tag.self_closing = bytes[i] == b'/';
            i += 1;
        }
        let &b = bytes.get(i)?;
        if b == b'>' {
            tag.end = i + 1;
            return Some(tag);
        }
        tag.self_closing = false;
        let start = i;
        // The name: its first character may be `=`.
        i += 1;
        while i < bytes.len() && !matches!(bytes[i], b'=' | b'>' | b'/') && !space(bytes[i]) {
            i += 1;
        }
        let name = &bytes[start..i];
        let mut j = i;
        while j < bytes.len() && space(bytes[j]) {
            j += 1;
        }
        if bytes.get(j) == Some(&b'=') {
            j += 1;
            while j < bytes.len() && space(bytes[j]) {
                j += 1;
            }
            match *bytes.get(j)? {
                q @ (b'"' | b'\'') => {
                    let close = memchr::memchr(q, &bytes[j + 1..])?;
                    i = j + 1 + close + 1;
                }
                b'>' => i = j,
                _ => {
                    while j < bytes.len() && bytes[j] != b'>' && !space(bytes[j]) {
                        j += 1;
                    }
                    i = j;
                }
            }
        }
        if KEPT_ATTRIBUTES
            .iter()
            .any(|k| name.eq_ignore_ascii_case(k.as_bytes()))
        {
            tag.kept.push(start..i);
        } else {
            tag.cut = true;
        }
    }
}

/// Just past the end tag of the raw-text element `name` whose content
/// starts at `from`; `None` when it is not closed.
fn raw_text_end(bytes: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut at = from;
    while let Some(i) = memchr::memmem::find(&bytes[at..], b"</") {
        let close = at + i;
        let after = &bytes[close + 2..];
        if after.len() >= name.len()
            && after[..name.len()].eq_ignore_ascii_case(name)
            && after.get(name.len()).map_or(true, |b| {
                matches!(b, b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/')
            })
        {
            return Some(close + memchr::memchr(b'>', &bytes[close..])? + 1);
        }
        at = close + 2;
    }
    None
}

/// Just past the `</svg>` that closes an `<svg>` whose start tag ends at
/// `from` (nested drawings counted); `None` when it is not closed.
fn svg_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut depth = 1usize;
    let mut at = from;
    while let Some(i) = memchr::memchr(b'<', &bytes[at..]) {
        let lt = at + i;
        let rest = &bytes[lt + 1..];
        let (closing, name) = match rest.first() {
            Some(b'/') => (true, &rest[1..]),
            _ => (false, rest),
        };
        let is_svg = name.len() > 3
            && name[..3].eq_ignore_ascii_case(b"svg")
            && matches!(
                name[3],
                b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/'
            );
        at = lt + 1;
        if !is_svg {
            continue;
        }
        let end = lt + memchr::memchr(b'>', &bytes[lt..])? + 1;
        if closing {
            depth -= 1;
            if depth == 0 {
                return Some(end);
            }
        } else if bytes[end - 2] != b'/' {
            depth += 1;
        }
        at = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_styles_and_comments_are_cut() {
        assert_eq!(slim("a<script>x<y</script>b"), "ab");
        assert_eq!(slim("a<SCRIPT type=x>if (a</b) {}</Script >b"), "ab");
        assert_eq!(slim("a<style>p{}</style>b<!-- c -->d"), "abd");
        assert_eq!(slim("<scripts>x</scripts>"), "<scripts>x</scripts>");
        assert!(matches!(slim("no tags at all"), Cow::Borrowed(_)));
        assert!(matches!(
            slim("<p class=x id='y'>kept as is</p>"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn json_ld_and_raw_text_stay_as_they_are() {
        let ld = "<script type=\"application/ld+json\">{\"a\": \"<b data-x=1>\"}</script>";
        assert_eq!(slim(ld), ld);
        let title = "<title>Tags <b data-x=1> in titles</title><p data-x=1>x</p>";
        assert_eq!(
            slim(title),
            "<title>Tags <b data-x=1> in titles</title><p>x</p>"
        );
        assert_eq!(slim("a<textarea><a href=x></textarea>b"), "ab");
        assert_eq!(slim("a<noscript><img src=x></noscript>b"), "ab");
    }

    #[test]
    fn unread_attributes_are_cut() {
        assert_eq!(
            slim("<div class=\"a b\" data-x='1>2' id=main onclick=go()>x</div>"),
            "<div class=\"a b\" id=main>x</div>"
        );
        assert_eq!(slim("<img src=a.jpg />"), "<img/>");
        assert_eq!(slim("<p hidden data-y>x</p>"), "<p hidden>x</p>");
        assert_eq!(
            slim("<meta property=og:type content=\"product\" data-n=1>"),
            "<meta property=og:type content=\"product\">"
        );
        assert_eq!(
            slim("<a href = \"x\" ROLE = 'nav'>y</a>"),
            "<a ROLE = 'nav'>y</a>"
        );
    }

    #[test]
    fn drawings_are_cut_nested_or_not() {
        assert_eq!(slim("a<svg><path d='M0'/></svg>b"), "ab");
        assert_eq!(slim("a<svg><svg></svg><g/></svg>b"), "ab");
        assert_eq!(slim("a<SVG viewBox='0 0 1 1'>t</SVG>b"), "ab");
        assert_eq!(slim("<svgx>t</svgx>"), "<svgx>t</svgx>");
    }

    #[test]
    fn subtrees_never_read_are_cut_whole() {
        assert_eq!(
            slim("<p>a</p><nav><ul><li>Home<li>Shop</ul></nav><p>b</p>"),
            "<p>a</p><p>b</p>"
        );
        assert_eq!(
            slim("x<aside><aside>in</aside>still in</aside>y<footer>f</footer>z"),
            "xyz"
        );
        // Stray phrasing end tags inside do not end the cut early.
        assert_eq!(slim("a<nav>one</span></p>two</nav>b"), "ab");
        // Scripts inside may hold `</nav>`; comments too.
        assert_eq!(
            slim("a<nav><script>s = '</nav>';</script><!-- </nav> --></nav>b"),
            "ab"
        );
        // Hidden by a class, by `aria-hidden` or by a role.
        assert_eq!(slim("a<div class=\"box hidden\"><p>x</p></div>b"), "ab");
        assert_eq!(slim("a<span aria-hidden=\"true\">icon</span>b"), "ab");
        assert_eq!(slim("a<div role=navigation><a>x</a></div>b"), "ab");
        assert_eq!(
            slim("a<div role=alertdialog><p>We use cookies</p></div>b"),
            "ab"
        );
        // Hidden on small screens only (`hidden lg:block`): the desktop
        // layout, kept; `lg:hidden` alone hides nothing on a wide screen.
        let shown = "<div class=\"hidden lg:block\"><p>x</p></div><div class=\"lg:hidden\">y</div>";
        assert_eq!(slim(shown), shown);
        assert_eq!(
            slim("a<div class=\"hidden lg:hidden\"><p>x</p></div>b"),
            "ab"
        );
        // Attributes that do not drop, or an element not cut by them.
        let kept = "<div class=\"hidden-text\"><p>x</p></div><p aria-hidden=true>y</p>";
        assert_eq!(slim(kept), kept);
        assert_eq!(
            slim("<span aria-hidden=false>z</span>"),
            "<span aria-hidden=false>z</span>"
        );
        // The closed panel of an accordion or of tabs is read.
        for panel in [
            "<div role=\"region\" aria-hidden=\"true\"><p>x</p></div>",
            "<section class=\"tab hidden\" role=tabpanel><p>x</p></section>",
            "<div class=\"accordion-body hidden\"><p>x</p></div>",
            "<div id=\"Collapse_3\" aria-hidden=\"true\"><p>x</p></div>",
        ] {
            assert_eq!(slim(panel), panel);
        }
    }

    #[test]
    fn what_a_cut_subtree_holds_for_the_head_stays() {
        let ld = "<script type=\"application/ld+json\">{\"@type\": \"Product\"}</script>";
        let page = format!(
            "<footer><meta property=og:type content=product><a>About</a>{ld}</footer><p>b</p>"
        );
        assert_eq!(
            slim(&page),
            format!("<meta property=og:type content=product>{ld}<p>b</p>")
        );
    }

    #[test]
    fn subtrees_that_do_not_end_as_written_are_left_to_the_parser() {
        // Never closed.
        assert_eq!(slim("<nav><a>x</a>"), "<nav><a>x</a>");
        // Closed by the end tag of an element around it: the parser ends
        // it there, so what follows is not inside it.
        let misnested = "<div><nav>menu</div><p>text</p></nav>";
        assert_eq!(slim(misnested), misnested);
        // After one such, no other subtree of the page is cut.
        let after = "<div><nav>m</div></nav><footer>f</footer>";
        assert_eq!(slim(after), after);
        // A placeholder for a part streamed later.
        let streamed = "<nav><template id=\"B:0\"></template></nav><footer>f</footer>";
        assert_eq!(
            slim(streamed),
            "<nav><template id=\"B:0\"></template></nav>"
        );
        // `<nav/>` opens a `nav` in HTML: not cut here.
        assert_eq!(slim("<nav/>x"), "<nav/>x");
        // A class hiding the page's `<main>` is a state, not a hidden part.
        let wrapper = "<div class=\"page hide\"><main><p>Body</p></main></div>";
        assert_eq!(slim(wrapper), wrapper);
        assert_eq!(
            slim(&format!("{wrapper}<div class=hidden>x</div>")),
            wrapper
        );
    }

    #[test]
    fn what_does_not_end_is_left_to_the_parser() {
        assert_eq!(slim("a<script>never closed"), "a<script>never closed");
        assert_eq!(slim("a<!-- never closed"), "a<!-- never closed");
        assert_eq!(
            slim("<p data-x=1>x</p><div data-y=\"open"),
            "<p>x</p><div data-y=\"open"
        );
        assert_eq!(slim("<svg><path>open"), "<svg><path>open");
        assert_eq!(slim("a < b and c<3"), "a < b and c<3");
    }
}
