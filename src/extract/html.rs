//! HTML pages to article blocks.
//!
//! Big `<noscript>` elements (a page served without scripts) are unwrapped
//! and what the extractor never reads (scripts, styles, comments, SVG
//! drawings, unread attributes) cut before parsing ([`super::slim`]).
//! Parts React streams to the end of the body are put back in place of
//! their placeholders ([`place_streamed`]). Then passes over
//! the parsed tree, all iterative (a page nested a million elements deep
//! cannot overflow the stack):
//!
//! 1. **score**: every element gets the text and link-text lengths of its
//!    subtree, and every paragraph-like element (`p`, `pre`, `li`,
//!    `blockquote`, `td`, a `div` with text of its own) of 25 characters or
//!    more and mostly not links adds `1 + commas + min(chars / 100, 3)` to
//!    its parent and half of that to its grandparent, as Readability does.
//!    Elements that are never the article (scripts, navigation, footers,
//!    asides, forms of input) are skipped with everything in them; widgets
//!    (share, comment and related boxes by their class and id, `header`,
//!    `form`, `hidden`) are left out unless they frame most of the prose.
//! 2. **choose**: the page's own marker (`itemprop="articleBody"`) wins when
//!    it holds prose; otherwise the element with the best score, scaled by
//!    `1 - link density` and by its class and id hints, together with those
//!    of its siblings that score nearly as well or hold text rather than
//!    links (after it, text joins only when built as it is: the same tag
//!    and class). When that is a small share of the text of the page's main area
//!    (`<main>`, else the body), the area is the content: a page of many
//!    short sections has no one container. So it is when the choice is a
//!    paragraph or two in an area of ten times its text, links counted:
//!    the introduction of a listing.
//! 3. **emit**: the chosen subtrees become blocks: headings, paragraphs, list
//!    items, quotes and captions, white space collapsed; in a container of
//!    prose, what follows its last paragraph is left out, and so are the
//!    poster's boxes of a thread (short definition lists with figures,
//!    repeated alike); blocks that are
//!    mostly links (unless the page is a listing of links) and the headline
//!    itself are left out. A choice that gives nothing falls back to JSON-LD
//!    `articleBody`, the main area, then the body, and a body with no text
//!    at all (a page rendered by its scripts) to the page's own summary
//!    (`<meta name="description">`).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef, Tree};
use markup5ever::tendril::StrTendril;
use scraper::node::Element;
use scraper::{Html, Node};

use super::parse::{next_step, parse_document, Step};
use super::slim::slim;
use super::{ExtractOptions, Extracted};
use crate::segment::{fingerprint, BlockKind};

/// A paragraph shorter than this (in characters) does not vote.
const MIN_PARAGRAPH_CHARS: usize = 25;
/// Link density above which a paragraph does not vote and a block is dropped.
const MAX_LINK_DENSITY: f64 = 0.5;
/// A sibling of the best candidate joins it when it scores this share of it.
const SIBLING_SHARE: f64 = 0.2;
/// How many levels above the best candidate to look for more prose.
const CLIMB_LEVELS: usize = 5;
/// An ancestor replaces the best candidate when it holds this many times
/// its prose…
const CLIMB_PROSE: f64 = 1.5;
/// …and is less than this share links.
const CLIMB_LINK_DENSITY: f64 = 0.35;
/// The page's main area replaces the chosen content when the chosen
/// content holds less than this share of the area's text outside links
/// and widgets.
const AREA_SHARE: f64 = 0.45;
/// Link blocks of the chosen content are kept (the page is a listing, or
/// its content is in good part titles and names that link somewhere)
/// when they hold more than this share of the text of the other blocks.
const LISTING_LINK_SHARE: f64 = 0.25;
/// The page's main area also replaces the chosen content when that holds
/// fewer characters than this (a paragraph or two, links counted)…
const SMALL_CHOICE_CHARS: usize = 450;
/// …and the area holds this many times its characters: the page is a
/// listing of links and summaries, its one paragraph the introduction.
const SMALL_CHOICE_RATIO: usize = 10;
/// A sibling of the chosen content joins it when it holds this many
/// characters of text outside links…
const SIBLING_MIN_TEXT: usize = 140;
/// …and is less than this share links.
const SIBLING_LINK_DENSITY: f64 = 0.25;
/// A product's JSON-LD description of this many words or more…
const DESCRIPTION_MIN_WORDS: usize = 8;
/// …goes first when less than this share of its words is in the blocks.
const DESCRIPTION_FOUND: f64 = 0.5;
/// The page's article marker is taken when it holds this much text.
const MARKER_MIN_CHARS: usize = 200;

/// A hasher for node ids (an index in the tree): a multiply, where the
/// default hasher runs SipHash over every id of every map and set.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0 ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type IdMap<V> = HashMap<NodeId, V, BuildHasherDefault<IdHasher>>;
type IdSet = HashSet<NodeId, BuildHasherDefault<IdHasher>>;

/// Extracts the article from an HTML page.
///
/// Never panics and always returns: a page without an article gives an
/// empty [`Extracted::text`].
pub fn extract_html(html: &str, options: &ExtractOptions) -> Extracted {
    extract_page(Cow::Borrowed(html), options)
}

/// [`extract_html`] of a page the caller gives up: each copy of it
/// (unwrapped, slimmed, parsed) replaces the one before, so that a big
/// page is held about once.
pub(super) fn extract_page(html: Cow<'_, str>, options: &ExtractOptions) -> Extracted {
    let html = step(html, unwrap_noscript);
    let html = step(html, slim);
    let html = step(html, flatten_deep);
    let streamed = memchr::memmem::find(html.as_bytes(), b"<template").is_some();
    let mut page = parse_document(html);
    if streamed {
        place_streamed(&mut page);
    }
    let root = page.tree.root();
    let mut scored = score(root);
    let chosen = choose(&page, &scored);
    let furniture = trailing_furniture(&page, &scored, &chosen);
    scored.widgets.extend(furniture);
    let profiles = profile_boxes(&page, &scored, &chosen);
    scored.widgets.extend(profiles);
    // The chosen subtrees are disjoint, and their text is taken out of
    // the tree as it is read ([`Emitter::walk_taking`]): after this, only
    // the fallback reads the tree's text, and it runs only when fewer
    // than two worded blocks came out, when nothing was taken.
    let mut emitter = Emitter::new(&scored.widgets);
    for id in &chosen {
        emitter.walk_taking(&mut page.tree, *id);
    }
    let mut parts = emitter.finish();

    let mut title = parts
        .iter()
        .find(|p| p.level1)
        .map(|p| p.text.clone())
        .or_else(|| scored.og_title.clone())
        .or_else(|| scored.title.clone());
    if let Some(t) = &title {
        let print = fingerprint(t);
        if let Some(i) = parts
            .iter()
            .position(|p| p.kind == BlockKind::Heading && fingerprint(&p.text) == print)
        {
            parts.remove(i);
        }
    }
    // A listing (search results, a link aggregator, a news index), a
    // collection, a documentation page: much of the content is links,
    // titles of what it lists and names it refers to. When the link blocks
    // of what was chosen hold more than a small share of the text of the
    // rest ([`LISTING_LINK_SHARE`]), they are content.
    let (kept, linked): (usize, usize) = parts.iter().fold((0, 0), |(k, l), p| {
        if p.keep() {
            (k + p.chars, l)
        } else {
            (k, l + p.chars)
        }
    });
    let listing = linked as f64 > LISTING_LINK_SHARE * kept.max(1) as f64;
    parts.retain(|p| p.keep() || listing && p.text.chars().any(char::is_alphanumeric));
    let mut blocks: Vec<(String, BlockKind)> =
        parts.into_iter().map(|p| (p.text, p.kind)).collect();

    let chars: usize = blocks.iter().map(|(t, _)| t.len()).sum();
    if chars < MARKER_MIN_CHARS {
        if let Some(body) = scored.json_ld.iter().find_map(|s| json_ld_body(s)) {
            if body.len() > chars {
                blocks = body
                    .lines()
                    .map(collapse)
                    .filter(|l| !l.is_empty())
                    .map(|l| (l, BlockKind::Paragraph))
                    .collect();
            }
        }
    }
    if blocks.is_empty() {
        // Nothing chosen held text: the page's `<main>`, else its whole
        // body, page chrome (navigation, widgets, link lists) left out.
        blocks = fallback(&page, &scored);
    }
    // The tree is read no more: its nodes and text go before the article
    // is joined into one text.
    drop(page);
    if let Some(description) = scored.product_description.as_deref() {
        add_product_description(&mut blocks, description);
    }
    if blocks.is_empty() {
        // No text in the body at all: the page's own summary.
        if let Some(d) = scored.description.take() {
            blocks.push((d, BlockKind::Paragraph));
        }
    }
    if let Some(t) = &mut title {
        *t = collapse(t);
        if t.is_empty() {
            title = None;
        }
    }
    if options.title {
        if let Some(t) = &title {
            blocks.insert(0, (t.clone(), BlockKind::Heading));
        }
    }
    Extracted::from_parts(blocks, title)
}

/// `html` through `change`: its result when it changed something (`html`
/// is dropped), else `html` itself.
fn step<'a>(html: Cow<'a, str>, change: impl FnOnce(&str) -> Cow<'_, str>) -> Cow<'a, str> {
    let changed = match change(&html) {
        Cow::Owned(changed) => changed,
        Cow::Borrowed(_) => return html,
    };
    Cow::Owned(changed)
}

/// A product's description (its JSON-LD `description`, text or HTML) goes
/// first when the blocks do not hold most of its words: shops render it
/// from scripts, in a tab or a drawer the page leaves out, while the
/// DOM around it holds delivery terms and offers.
fn add_product_description(blocks: &mut Vec<(String, BlockKind)>, description: &str) {
    let described: Vec<(String, BlockKind)> = if description.contains('<') {
        let fragment = Html::parse_fragment(description);
        let none = IdSet::default();
        let mut emitter = Emitter::new(&none);
        emitter.walk(fragment.tree.root());
        emitter
            .finish()
            .into_iter()
            .filter(|p| p.text.chars().any(char::is_alphanumeric))
            .map(|p| (p.text, p.kind))
            .collect()
    } else {
        description
            .lines()
            .map(collapse)
            .filter(|l| l.chars().any(char::is_alphanumeric))
            .map(|l| (l, BlockKind::Paragraph))
            .collect()
    };
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let present: HashSet<String> = blocks.iter().flat_map(|(t, _)| words(t)).collect();
    let wanted: Vec<String> = described.iter().flat_map(|(t, _)| words(t)).collect();
    let found = wanted.iter().filter(|w| present.contains(*w)).count();
    if wanted.len() >= DESCRIPTION_MIN_WORDS
        && (found as f64) < DESCRIPTION_FOUND * wanted.len() as f64
    {
        blocks.splice(0..0, described);
    }
}

/// Puts the parts of a page that React streams (`<div hidden id="S:1">`,
/// at the end of the body) where they belong: in place of their
/// placeholder (`<template id="B:1">` or `"P:1"`), as the page's script
/// does in the browser. Left at the end and hidden, they would be dropped.
fn place_streamed(page: &mut Html) {
    let mut segments: HashMap<&str, NodeId> = HashMap::new();
    let mut holes: Vec<(String, NodeId)> = Vec::new();
    for node in page.tree.nodes() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        match (el.name(), el.attr("id")) {
            ("template", Some(id)) if id.starts_with("B:") || id.starts_with("P:") => {
                holes.push((format!("S:{}", &id[2..]), node.id()));
            }
            (_, Some(id)) if id.starts_with("S:") && el.attr("hidden").is_some() => {
                segments.insert(id, node.id());
            }
            _ => {}
        }
    }
    let moves: Vec<(NodeId, Vec<NodeId>)> = holes
        .iter()
        .filter_map(|(segment, hole)| {
            let segment = page.tree.get(*segments.get(segment.as_str())?)?;
            Some((*hole, segment.children().map(|c| c.id()).collect()))
        })
        .collect();
    for (hole, children) in moves {
        for child in children {
            if let Some(mut hole) = page.tree.get_mut(hole) {
                hole.insert_id_before(child);
            }
        }
    }
}

/// The page's `<main>` (or `role="main"`) element, when it holds text
/// outside links and is not inside a widget.
fn main_area(page: &Html, scored: &Scored) -> Option<NodeId> {
    page.tree
        .nodes()
        .find(|n| {
            matches!(n.value(), Node::Element(el) if el.name() == "main" || el.attr("role") == Some("main"))
                && scored.stats.get(&n.id()).is_some_and(|s| s.chars > s.link)
                && !n.ancestors().any(|a| scored.widgets.contains(&a.id()))
        })
        .map(|n| n.id())
}

/// Characters and link characters inside widgets, per element that holds
/// them (outermost widgets only).
fn widget_text(page: &Html, scored: &Scored) -> IdMap<(usize, usize)> {
    let mut out: IdMap<(usize, usize)> = IdMap::default();
    for id in &scored.widgets {
        let Some(node) = page.tree.get(*id) else {
            continue;
        };
        if node.ancestors().any(|a| scored.widgets.contains(&a.id())) {
            continue;
        }
        let Some(stats) = scored.stats.get(id) else {
            continue;
        };
        for a in node.ancestors() {
            let e = out.entry(a.id()).or_default();
            e.0 += stats.chars;
            e.1 += stats.link;
        }
    }
    out
}

/// The blocks of the page's `<main>` (or `role="main"`), else of its body,
/// chrome left out: the last resort of a page whose chosen content gave
/// nothing. Navigation, footers and the like stay out at every step.
fn fallback(page: &Html, scored: &Scored) -> Vec<(String, BlockKind)> {
    let none = IdSet::default();
    // Then the body with its link blocks (a page that is all links), then
    // with its widgets (a page that is all comments).
    let steps = main_area(page, scored)
        .map(|id| (id, &scored.widgets, true))
        .into_iter()
        .chain(scored.body.map(|id| (id, &scored.widgets, true)))
        .chain(scored.body.map(|id| (id, &scored.widgets, false)))
        .chain(scored.body.map(|id| (id, &none, false)));
    for (id, widgets, links_out) in steps {
        let Some(node) = page.tree.get(id) else {
            continue;
        };
        let mut emitter = Emitter::new(widgets);
        emitter.walk(node);
        let blocks: Vec<(String, BlockKind)> = emitter
            .finish()
            .into_iter()
            .filter(|p| {
                if links_out {
                    p.keep()
                } else {
                    p.text.chars().any(char::is_alphanumeric)
                }
            })
            .map(|p| (p.text, p.kind))
            .collect();
        if !blocks.is_empty() {
            return blocks;
        }
    }
    Vec::new()
}

/// Per-element figures from the scoring pass.
#[derive(Debug, Clone, Copy, Default)]
struct Stats {
    /// Characters of text (white space runs not counted).
    chars: usize,
    /// Characters of text inside links.
    link: usize,
    /// Readability score from the paragraphs below.
    score: f64,
    /// Characters in paragraphs that vote.
    prose: usize,
    /// Whether this is a `p` element.
    is_p: bool,
    /// Whether class or id name a widget (share, comments, related…).
    widget: bool,
    /// Whether the widget name comes with a content name on the same
    /// element (`elementor-widget-text-editor`, `content-sidebar-wrap`):
    /// then it is a widget only when mostly links.
    weak_widget: bool,
    /// Whether class or id name reviews or ratings.
    review: bool,
    /// Whether class or id name a cookie or consent notice: a widget
    /// whatever its share of the page's prose.
    consent: bool,
    /// Whether class or id name comments.
    comment: bool,
}

impl Stats {
    fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link as f64 / self.chars as f64
        }
    }
}

#[derive(Debug, Default)]
struct Scored {
    stats: IdMap<Stats>,
    /// Elements marked `itemprop="articleBody"`, in document order.
    markers: Vec<NodeId>,
    /// Candidate scores, class hints applied.
    candidates: Vec<(NodeId, f64)>,
    og_title: Option<String>,
    /// The page's own summary (`<meta name="description">`, else
    /// `og:description`): the last resort of a page whose text is all in
    /// scripts (a forum that renders its posts in the browser).
    description: Option<String>,
    title: Option<String>,
    json_ld: Vec<String>,
    /// Whether the page says it is a product (`og:type` or a JSON-LD
    /// `Product`): its reviews are not its content.
    product: bool,
    /// The JSON-LD `Product`'s `description` (text or HTML).
    product_description: Option<String>,
    /// Whether the page says it is a discussion (a JSON-LD
    /// `DiscussionForumPosting` or `QAPage`): its comments are its content.
    discussion: bool,
    body: Option<NodeId>,
    /// Widgets that hold too little of the page's prose to be its frame.
    widgets: IdSet,
}

struct Frame {
    id: NodeId,
    chars: usize,
    link: usize,
    own: usize,
    commas: usize,
    own_commas: usize,
    prose: usize,
    score: f64,
    widget: Hint,
    review: bool,
    consent: bool,
    comment: bool,
    paragraph: bool,
    is_p: bool,
    is_link: bool,
    is_code: bool,
    weight: f64,
}

fn score(root: NodeRef<'_, Node>) -> Scored {
    let mut out = Scored::default();
    let mut stack: Vec<Frame> = Vec::new();
    let mut skip = 0usize;
    let mut links = 0usize;
    // Open `pre` and `code` elements.
    let mut code = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    collect_head(node, el, &mut out);
                    if skip > 0 {
                        skip += 1;
                        continue;
                    }
                    let attrs = Attrs::of(el);
                    if dropped(node, el, &attrs) {
                        skip = 1;
                        continue;
                    }
                    let name = el.name();
                    if name == "body" {
                        out.body = Some(node.id());
                    }
                    if attrs.itemprop == Some("articleBody") {
                        out.markers.push(node.id());
                    }
                    let is_link = name == "a";
                    if is_link {
                        links += 1;
                    }
                    let is_code = matches!(name, "pre" | "code");
                    // Inside code, class names are a highlighter's
                    // (`hljs-comment`, `token comment`): they say nothing
                    // of the page.
                    let hints = if code > 0 {
                        Hints::NONE
                    } else {
                        Hints::of(&attrs)
                    };
                    if is_code {
                        code += 1;
                    }
                    stack.push(Frame {
                        id: node.id(),
                        chars: 0,
                        link: 0,
                        own: 0,
                        commas: 0,
                        own_commas: 0,
                        prose: 0,
                        score: 0.0,
                        widget: widget(el, &attrs, &hints),
                        review: hints.review,
                        consent: hints.consent,
                        comment: hints.comment || name == "form",
                        paragraph: matches!(name, "p" | "pre" | "li" | "blockquote" | "td" | "dd"),
                        is_p: name == "p",
                        is_link,
                        is_code,
                        weight: class_weight(el, &attrs, &hints),
                    });
                }
                Node::Text(text) if skip == 0 => {
                    let (chars, commas) = text_figures(text);
                    if let Some(top) = stack.last_mut() {
                        top.chars += chars;
                        top.own += chars;
                        top.commas += commas;
                        top.own_commas += commas;
                        if links > 0 {
                            top.link += chars;
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if !matches!(node.value(), Node::Element(_)) {
                    continue;
                }
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let Some(frame) = stack.pop() else { continue };
                if frame.is_link {
                    links = links.saturating_sub(1);
                }
                if frame.is_code {
                    code = code.saturating_sub(1);
                }
                let density = if frame.chars == 0 {
                    0.0
                } else {
                    frame.link as f64 / frame.chars as f64
                };
                let mut frame = frame;
                if !frame.paragraph && frame.own >= MIN_PARAGRAPH_CHARS * 4 {
                    // Text of its own (paragraphs cut by `<br>`): the element
                    // is a container of prose itself.
                    let own = 1.0 + frame.own_commas as f64 + (frame.own as f64 / 100.0).min(3.0);
                    frame.score += own;
                    if let Some(parent) = stack.last_mut() {
                        parent.score += own / 2.0;
                    }
                    frame.prose += frame.own;
                }
                let contribution = if frame.paragraph
                    && frame.chars >= MIN_PARAGRAPH_CHARS
                    && density <= MAX_LINK_DENSITY
                {
                    1.0 + frame.commas as f64 + (frame.chars as f64 / 100.0).min(3.0)
                } else {
                    0.0
                };
                let prose = if contribution > 0.0 {
                    frame.chars
                } else {
                    frame.prose
                };
                let n = stack.len();
                if let Some(parent) = stack.last_mut() {
                    parent.prose += prose;
                    parent.chars += frame.chars;
                    parent.link += frame.link;
                    parent.commas += frame.commas;
                    parent.score += contribution;
                }
                if n >= 2 {
                    stack[n - 2].score += contribution / 2.0;
                }
                let stats = Stats {
                    chars: frame.chars,
                    link: frame.link,
                    score: frame.score,
                    prose,
                    is_p: frame.is_p,
                    widget: frame.widget != Hint::None,
                    weak_widget: frame.widget == Hint::Weak,
                    review: frame.review,
                    consent: frame.consent,
                    comment: frame.comment,
                };
                if frame.score > 0.0 {
                    let value = frame.score * (1.0 - stats.link_density()) * frame.weight;
                    out.candidates.push((frame.id, value));
                }
                out.stats.insert(frame.id, stats);
            }
        }
    }
    // A widget class on an element that frames most of the page's prose
    // (`Page-ad-margins` around everything) is layout, not a widget.
    let page_prose = out
        .body
        .and_then(|b| out.stats.get(&b))
        .map_or(0, |s| s.prose);
    out.widgets = out
        .stats
        .iter()
        .filter(|(_, s)| {
            s.widget
                && !(out.discussion && s.comment && !s.weak_widget)
                && (s.prose * 2 < page_prose.max(1) || s.consent)
                && (!s.weak_widget || s.link_density() > WEAK_WIDGET_LINK_DENSITY)
                || out.product && s.review
        })
        .map(|(id, _)| *id)
        .collect();
    out
}

/// Characters (not counting white space) and commas of a text node.
fn text_figures(text: &str) -> (usize, usize) {
    let mut chars = 0;
    let mut commas = 0;
    for c in text.chars() {
        if !c.is_whitespace() {
            chars += 1;
            if c == ',' || c == '，' || c == '、' {
                commas += 1;
            }
        }
    }
    (chars, commas)
}

/// Reads the headline candidates and JSON-LD out of the page head.
fn collect_head(node: NodeRef<'_, Node>, el: &Element, out: &mut Scored) {
    match el.name() {
        "meta" => match el.attr("property").or(el.attr("name")) {
            Some("og:title") if out.og_title.is_none() => {
                out.og_title = el.attr("content").map(collapse).filter(|t| !t.is_empty());
            }
            Some(name @ ("description" | "og:description" | "twitter:description")) => {
                let text = el.attr("content").map(collapse).filter(|t| !t.is_empty());
                if name == "description" && text.is_some() || out.description.is_none() {
                    out.description = text.or(out.description.take());
                }
            }
            Some("og:type") => {
                out.product |= el
                    .attr("content")
                    .is_some_and(|t| t.trim().to_ascii_lowercase().starts_with("product"));
            }
            _ => {}
        },
        "title" if out.title.is_none() => {
            out.title = Some(collapse(&node_text(node))).filter(|t| !t.is_empty());
        }
        "script"
            if el
                .attr("type")
                .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) =>
        {
            let text = node_text(node);
            if let Some(description) = json_ld_product(&text) {
                out.product = true;
                out.product_description = out.product_description.take().or(description);
            }
            out.discussion |= is_discussion(&text);
            if text.contains("articleBody") {
                out.json_ld.push(text);
            }
        }
        _ => {}
    }
}

fn node_text(node: NodeRef<'_, Node>) -> String {
    let mut s = String::new();
    for d in node.descendants() {
        if let Node::Text(t) = d.value() {
            s.push_str(t);
        }
    }
    s
}

/// Whether a JSON-LD script describes the page as a `Product` (its
/// top-level item or an item of its `@graph`, not a product it mentions),
/// and the product's `description` when it has one.
fn json_ld_product(script: &str) -> Option<Option<String>> {
    fn is_product(v: &serde_json::Value) -> bool {
        match v.get("@type") {
            Some(serde_json::Value::String(t)) => t == "Product" || t == "ProductGroup",
            Some(serde_json::Value::Array(ts)) => ts
                .iter()
                .any(|t| matches!(t.as_str(), Some("Product" | "ProductGroup"))),
            _ => false,
        }
    }
    if !script.contains("Product") {
        return None;
    }
    let value = serde_json::from_str::<serde_json::Value>(script.trim()).ok()?;
    let items: Vec<&serde_json::Value> = match &value {
        serde_json::Value::Array(items) => items.iter().collect(),
        v => std::iter::once(v)
            .chain(
                v.get("@graph")
                    .and_then(|g| g.as_array())
                    .into_iter()
                    .flatten(),
            )
            .collect(),
    };
    let product = items.into_iter().find(|v| is_product(v))?;
    Some(
        product
            .get("description")
            .and_then(|d| d.as_str())
            .map(str::to_owned),
    )
}

/// Whether a JSON-LD script gives the page a discussion's type (a forum
/// thread, questions and answers).
fn is_discussion(script: &str) -> bool {
    script.contains("\"DiscussionForumPosting\"") || script.contains("\"QAPage\"")
}

/// The first `articleBody` string in a JSON-LD script.
fn json_ld_body(script: &str) -> Option<String> {
    fn find(v: &serde_json::Value) -> Option<String> {
        match v {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(s)) = map.get("articleBody") {
                    return Some(s.clone());
                }
                map.values().find_map(find)
            }
            serde_json::Value::Array(items) => items.iter().find_map(find),
            _ => None,
        }
    }
    let value: serde_json::Value = serde_json::from_str(script.trim()).ok()?;
    find(&value)
}

/// The subtrees that hold the article, in document order.
fn choose(page: &Html, scored: &Scored) -> Vec<NodeId> {
    // The page's own marker, when it holds prose.
    let marker = scored
        .markers
        .iter()
        .filter_map(|id| scored.stats.get(id).map(|s| (*id, *s)))
        .filter(|(_, s)| s.chars >= MARKER_MIN_CHARS && s.link_density() <= MAX_LINK_DENSITY)
        .max_by(|a, b| a.1.score.total_cmp(&b.1.score));
    if let Some((id, _)) = marker {
        return vec![id];
    }

    let in_widget = |id: NodeId| {
        page.tree.get(id).is_some_and(|n| {
            std::iter::once(n)
                .chain(n.ancestors())
                .any(|a| scored.widgets.contains(&a.id()))
        })
    };
    let best = scored
        .candidates
        .iter()
        .copied()
        .filter(|(id, _)| !in_widget(*id))
        .max_by(|a, b| a.1.total_cmp(&b.1));
    let Some((top, top_score)) = best else {
        return scored.body.into_iter().collect();
    };
    let Some(mut node) = page.tree.get(top) else {
        return vec![top];
    };
    // Paragraphs wrapped one by one (`<div class="card"><p>…</p></div>` × n)
    // make a small top candidate: climb to the ancestor that holds clearly
    // more of the prose, as long as it is not mostly links.
    let mut top = top;
    let mut prose = scored.stats.get(&top).map_or(0, |s| s.prose);
    let mut up = node;
    for _ in 0..CLIMB_LEVELS {
        let Some(parent) = up.parent() else { break };
        let Node::Element(el) = parent.value() else {
            break;
        };
        if matches!(el.name(), "body" | "html") || scored.widgets.contains(&parent.id()) {
            break;
        }
        up = parent;
        let Some(stats) = scored.stats.get(&parent.id()) else {
            break;
        };
        if stats.prose as f64 >= CLIMB_PROSE * prose as f64
            && stats.link_density() < CLIMB_LINK_DENSITY
        {
            node = parent;
            top = parent.id();
            prose = stats.prose;
        }
    }
    if scored.discussion {
        // A thread: the post that scores best and the others beside it.
        if let Some(thread) = thread_of(scored, node) {
            node = thread;
            top = thread.id();
        }
    }
    let Some(parent) = node.parent() else {
        return vec![top];
    };
    let values: IdMap<f64> = scored.candidates.iter().copied().collect();
    let threshold = (top_score * SIBLING_SHARE).max(10.0);
    let top_signature = match node.value() {
        Node::Element(el) => Some(signature(el)),
        _ => None,
    };
    let mut chosen = Vec::new();
    let mut past_top = false;
    for sibling in parent.children() {
        let id = sibling.id();
        if id == top {
            chosen.push(id);
            past_top = true;
            continue;
        }
        let Some(stats) = scored.stats.get(&id) else {
            continue;
        };
        if scored.widgets.contains(&id) {
            continue;
        }
        let value = values.get(&id).copied().unwrap_or(0.0);
        let prose_p = stats.is_p && stats.chars >= 80 && stats.link_density() < 0.25;
        // A neighbour of text, not links: the next section of the same
        // content (service pages, a product's description and its
        // specifications, an article in several sections).
        let text = stats.chars - stats.link.min(stats.chars);
        // After the content, such a block is another part of it only
        // when it is built as it is (same tag and class): else it is what
        // pages put under an article (the author's box, a call to act, a
        // disclosure, further reading).
        let like_top =
            matches!(sibling.value(), Node::Element(el) if Some(signature(el)) == top_signature);
        let section = text >= SIBLING_MIN_TEXT
            && stats.link_density() < SIBLING_LINK_DENSITY
            && (!past_top || like_top);
        if value >= threshold || prose_p || section {
            chosen.push(id);
        }
    }
    // A page of many short sections (a service or landing page, a
    // product, a listing) has no one container of prose: when what was
    // chosen holds a small share of the text of the page's main area
    // (`<main>`, else the body) outside links and widgets, the area is
    // the content.
    let chrome = widget_text(page, scored);
    let clean = |id: NodeId| -> usize {
        let (wc, wl) = chrome.get(&id).copied().unwrap_or((0, 0));
        scored.stats.get(&id).map_or(0, |s| {
            s.chars
                .saturating_sub(wc)
                .saturating_sub(s.link.saturating_sub(wl))
        })
    };
    let chosen_text: usize = chosen.iter().map(|id| clean(*id)).sum();
    // A listing (links with a line or two under each, a row of short
    // cards) holds little text outside links, and its introduction may
    // then win: a choice of a few hundred characters in an area of ten
    // times as many, links counted, is that introduction.
    let chars = |id: &NodeId| scored.stats.get(id).map_or(0, |s| s.chars);
    let chosen_chars: usize = chosen.iter().map(chars).sum();
    if let Some(area) = main_area(page, scored).or(scored.body) {
        let area_text = clean(area);
        let small =
            chosen_chars < SMALL_CHOICE_CHARS && chars(&area) >= SMALL_CHOICE_RATIO * chosen_chars;
        if ((chosen_text as f64) < AREA_SHARE * area_text as f64 || small)
            && !chosen.contains(&area)
        {
            return vec![area];
        }
    }
    // A heading just before a section that joined belongs to it.
    let mut with_headings = Vec::with_capacity(chosen.len());
    for (i, sibling) in parent.children().enumerate() {
        let id = sibling.id();
        if chosen.contains(&id) {
            with_headings.push(id);
            continue;
        }
        let heading = matches!(sibling.value(), Node::Element(el) if matches!(el.name(), "h2" | "h3" | "h4" | "h5" | "h6"));
        let next = parent
            .children()
            .skip(i + 1)
            .find(|n| matches!(n.value(), Node::Element(_)));
        if heading
            && !scored.widgets.contains(&id)
            && next.is_some_and(|n| chosen.contains(&n.id()))
        {
            with_headings.push(id);
        }
    }
    with_headings
}

/// The children of a chosen container of prose (at least half its text
/// in paragraphs that vote) after the last of them that holds prose:
/// what a page puts under its article inside the article's own element
/// (tags, a row of share links, the author's line, links to more, a
/// heading over them). Left out as widgets are.
fn trailing_furniture(page: &Html, scored: &Scored, chosen: &[NodeId]) -> Vec<NodeId> {
    let mut out = Vec::new();
    for id in chosen {
        let Some(node) = page.tree.get(*id) else {
            continue;
        };
        if !scored
            .stats
            .get(id)
            .is_some_and(|s| s.prose * 2 >= s.chars && s.prose > 0)
        {
            continue;
        }
        let children: Vec<NodeRef<'_, Node>> = node
            .children()
            .filter(|c| matches!(c.value(), Node::Element(_)))
            .collect();
        let last = children
            .iter()
            .rposition(|c| scored.stats.get(&c.id()).is_some_and(|s| s.prose > 0));
        if let Some(last) = last {
            out.extend(children[last + 1..].iter().map(|c| c.id()));
        }
    }
    out
}

/// A definition list repeated this many times (same tag and class)…
const PROFILE_REPEATS: usize = 3;
/// …with no more than this many characters in each, and a digit in
/// most.
const PROFILE_MAX_CHARS: usize = 120;

/// The definition lists of the chosen content that repeat, alike, short
/// and with a figure in each, down the page: the poster's box of each
/// post of a thread (`Joined: Feb 8, 2023`, `Posts: 138`), which forum
/// software of every kind writes as `<dl>`. Lists of terms (the
/// signatures of a reference, glossaries) have no figure in most.
fn profile_boxes(page: &Html, scored: &Scored, chosen: &[NodeId]) -> Vec<NodeId> {
    // Per signature: lists, lists with a figure, whether one is long.
    let mut groups: HashMap<u64, (usize, usize, bool, Vec<NodeId>)> = HashMap::new();
    for id in chosen {
        let Some(node) = page.tree.get(*id) else {
            continue;
        };
        for d in node.descendants() {
            let Node::Element(el) = d.value() else {
                continue;
            };
            if el.name() != "dl" {
                continue;
            }
            let chars = scored.stats.get(&d.id()).map_or(0, |s| s.chars);
            let g = groups.entry(signature(el)).or_default();
            g.0 += 1;
            let figure = d.descendants().any(
                |t| matches!(t.value(), Node::Text(t) if t.bytes().any(|b| b.is_ascii_digit())),
            );
            if figure {
                g.1 += 1;
            }
            g.2 |= chars > PROFILE_MAX_CHARS;
            g.3.push(d.id());
        }
    }
    groups
        .into_values()
        .filter(|(n, figures, long, _)| *n >= PROFILE_REPEATS && *figures * 2 > *n && !long)
        .flat_map(|(_, _, _, ids)| ids)
        .collect()
}

/// How many levels above the best candidate a discussion's posts are
/// looked for.
const THREAD_LEVELS: usize = 6;

/// The element that holds the posts of a discussion, from the best
/// candidate (a post, or the text of one): the parent of the first of
/// its ancestors (or itself) that has a sibling of the same tag and class
/// (digits aside) with text, another post. `None` when there is none
/// within [`THREAD_LEVELS`] levels.
fn thread_of<'a>(scored: &Scored, node: NodeRef<'a, Node>) -> Option<NodeRef<'a, Node>> {
    let has_text = |n: NodeRef<'_, Node>| {
        scored
            .stats
            .get(&n.id())
            .is_some_and(|s| s.chars >= MIN_PARAGRAPH_CHARS)
            && !scored.widgets.contains(&n.id())
    };
    for post in std::iter::once(node)
        .chain(node.ancestors())
        .take(THREAD_LEVELS)
    {
        let Node::Element(el) = post.value() else {
            return None;
        };
        if matches!(el.name(), "body" | "html" | "main") {
            return None;
        }
        let parent = post.parent()?;
        let sig = signature(el);
        let another = parent.children().any(|s| {
            s.id() != post.id()
                && matches!(s.value(), Node::Element(e) if signature(e) == sig)
                && has_text(s)
        });
        if another {
            return Some(parent);
        }
    }
    None
}

/// An element's tag and class names, digits left out (`post-4184` and
/// `post-4190` are alike).
fn signature(el: &Element) -> u64 {
    let mut hasher = IdHasher::default();
    for b in el.name().bytes() {
        hasher.write_u8(b);
    }
    hasher.write_u8(b' ');
    for b in el.attr("class").unwrap_or_default().bytes() {
        if !b.is_ascii_digit() {
            hasher.write_u8(b);
        }
    }
    hasher.finish()
}

/// One block on its way out.
#[derive(Debug)]
struct Part {
    text: String,
    kind: BlockKind,
    chars: usize,
    link: usize,
    /// Whether this came from an `h1`.
    level1: bool,
}

impl Part {
    fn keep(&self) -> bool {
        self.text.chars().any(char::is_alphanumeric)
            && (self.link as f64) <= MAX_LINK_DENSITY * self.chars as f64
    }
}

struct Emitter<'s> {
    widgets: &'s IdSet,
    parts: Vec<Part>,
    buf: String,
    pending_space: bool,
    chars: usize,
    link: usize,
    kind: Option<BlockKind>,
    level1: bool,
    kinds: Vec<(BlockKind, bool)>,
    /// Open captions and credits (`figcaption`, `class="credit"`).
    captions: usize,
    /// Open figures whose text outside a caption is read as one: the
    /// image's label. A table, quote, code or list inside a figure is
    /// content (`<figure class="wp-block-table"><table>`), so it shadows
    /// the figures around it, kept on `shadowed` until it closes.
    figures: usize,
    shadowed: Vec<usize>,
    links: usize,
    /// Blocks out so far with a letter or digit, counted up to two.
    worded: usize,
}

impl<'s> Emitter<'s> {
    fn new(widgets: &'s IdSet) -> Self {
        Emitter {
            widgets,
            parts: Vec::new(),
            buf: String::new(),
            pending_space: false,
            chars: 0,
            link: 0,
            kind: None,
            level1: false,
            kinds: Vec::new(),
            captions: 0,
            figures: 0,
            shadowed: Vec::new(),
            links: 0,
            worded: 0,
        }
    }

    fn walk(&mut self, node: NodeRef<'_, Node>) {
        let mut skip = 0usize;
        for edge in node.traverse() {
            match edge {
                Edge::Open(n) => {
                    self.enter(n, &mut skip);
                }
                Edge::Close(n) => self.leave(n, &mut skip),
            }
        }
        self.flush();
    }

    /// [`Emitter::walk`] of the subtree at `root`, taking the text of each
    /// text node out of the tree once read, from the moment two blocks
    /// with a letter or digit are out: the article can then not come out
    /// empty (the headline takes one block away at most), so no fallback
    /// reads the tree again, and the page's text is freed as the
    /// article's grows.
    fn walk_taking(&mut self, tree: &mut Tree<Node>, root: NodeId) {
        let mut skip = 0usize;
        let mut step = Some(Step::Open(root));
        while let Some(at) = step {
            let Some(node) = tree.get(at.id()) else { break };
            match at {
                Step::Open(id) => {
                    if self.enter(node, &mut skip) && self.worded >= 2 {
                        if let Some(mut node) = tree.get_mut(id) {
                            if let Node::Text(text) = node.value() {
                                text.text = StrTendril::new();
                            }
                        }
                    }
                }
                Step::Close(_) => self.leave(node, &mut skip),
            }
            step = next_step(tree, root, at);
        }
        self.flush();
    }

    /// Enters `n` on a walk, `skip` deep inside a dropped element; whether
    /// it read the text of a text node.
    fn enter(&mut self, n: NodeRef<'_, Node>, skip: &mut usize) -> bool {
        match n.value() {
            Node::Element(el) => {
                if *skip > 0 {
                    *skip += 1;
                } else if dropped(n, el, &Attrs::of(el))
                    || self.widgets.contains(&n.id())
                    || el.name() == "label" && is_control_label(n)
                {
                    *skip = 1;
                } else {
                    self.open(el);
                }
                false
            }
            Node::Text(t) if *skip == 0 => {
                self.text(t);
                true
            }
            _ => false,
        }
    }

    /// Leaves `n` on a walk.
    fn leave(&mut self, n: NodeRef<'_, Node>, skip: &mut usize) {
        if let Node::Element(el) = n.value() {
            if *skip > 0 {
                *skip -= 1;
            } else {
                self.close(el);
            }
        }
    }

    fn open(&mut self, el: &Element) {
        let name = el.name();
        if name == "br" || name == "hr" {
            self.flush();
            return;
        }
        if name == "a" {
            self.links += 1;
        }
        if is_caption(el) {
            self.flush();
            self.captions += 1;
        } else if name == "figure" {
            self.flush();
            self.figures += 1;
        } else if is_figure_content(name) {
            self.shadowed.push(self.figures);
            self.figures = 0;
        }
        if let Some(kind) = block_kind(name) {
            self.flush();
            self.kinds.push((kind, name == "h1"));
        }
    }

    fn close(&mut self, el: &Element) {
        let name = el.name();
        if name == "a" {
            self.links = self.links.saturating_sub(1);
        }
        if block_kind(name).is_some() {
            self.flush();
            self.kinds.pop();
        }
        if is_caption(el) {
            self.flush();
            self.captions = self.captions.saturating_sub(1);
        } else if name == "figure" {
            self.flush();
            self.figures = self.figures.saturating_sub(1);
        } else if is_figure_content(name) {
            self.figures = self.shadowed.pop().unwrap_or(0);
        }
    }

    fn text(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_whitespace() {
                if !self.buf.is_empty() {
                    self.pending_space = true;
                }
                continue;
            }
            if self.buf.is_empty() {
                let (kind, level1) = self
                    .kinds
                    .last()
                    .copied()
                    .unwrap_or((BlockKind::Line, false));
                self.kind = Some(if self.captions > 0 || self.figures > 0 {
                    BlockKind::Caption
                } else {
                    kind
                });
                self.level1 = level1;
            }
            if self.pending_space {
                self.buf.push(' ');
                self.pending_space = false;
            }
            self.buf.push(c);
            self.chars += 1;
            if self.links > 0 {
                self.link += 1;
            }
        }
    }

    fn flush(&mut self) {
        self.pending_space = false;
        if self.buf.is_empty() {
            return;
        }
        if self.worded < 2 && self.buf.chars().any(char::is_alphanumeric) {
            self.worded += 1;
        }
        // An exact copy, the buffer kept for the next block: a block's
        // text carries no spare capacity.
        self.parts.push(Part {
            text: self.buf.as_str().into(),
            kind: self.kind.take().unwrap_or(BlockKind::Line),
            chars: self.chars,
            link: self.link,
            level1: self.level1,
        });
        self.buf.clear();
        self.chars = 0;
        self.link = 0;
        self.level1 = false;
    }

    fn finish(mut self) -> Vec<Part> {
        self.flush();
        self.parts
    }
}

/// The block kind an element starts, if it starts a block.
fn block_kind(name: &str) -> Option<BlockKind> {
    Some(match name {
        "p" | "pre" => BlockKind::Paragraph,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "li" | "dt" | "dd" => BlockKind::ListItem,
        "blockquote" => BlockKind::Quote,
        "figcaption" => BlockKind::Caption,
        "div" | "section" | "article" | "main" | "ul" | "ol" | "dl" | "table" | "tr" | "td"
        | "th" | "figure" | "address" | "center" | "body" | "caption" | "details" | "summary"
        | "tbody" | "thead" => BlockKind::Line,
        _ => return None,
    })
}

/// Whether an element holds a caption or a credit.
fn is_caption(el: &Element) -> bool {
    el.name() == "figcaption"
        || hint_parts(&Attrs::of(el)).any(|part| {
            matches!(
                part.as_ref(),
                "caption" | "credit" | "credits" | "copyright"
            )
        })
}

/// Whether an element inside a figure holds content rather than the
/// figure's label: a table, a quote, code or a list.
fn is_figure_content(name: &str) -> bool {
    matches!(name, "table" | "blockquote" | "pre" | "ul" | "ol" | "dl")
}

/// Tags that never hold the article.
fn dropped_tag(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "button"
            | "input"
            | "select"
            | "textarea"
            | "head"
            | "object"
            | "embed"
            | "canvas"
            | "video"
            | "audio"
            | "map"
            | "dialog"
            | "menu"
            | "nav"
            | "footer"
            | "aside"
    )
}

/// Class and id parts (split on `-`, `_`, white space and case changes are
/// not split), lower case, that mark a widget which is never the article.
///
/// `widget` is not one: page builders (Elementor) call every text block a
/// widget, and sidebars of widgets are caught by `sidebar`, `aside` and
/// their links.
const WIDGET_PARTS: &[&str] = &[
    "ad",
    "ads",
    "adsense",
    "advert",
    "advertisement",
    "advertising",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "byline",
    "comment",
    "comments",
    "consent",
    "cookie",
    "cookies",
    "disclaimer",
    "disclaimers",
    "disqus",
    "footer",
    "gdpr",
    "lightbox",
    "masthead",
    "menu",
    "modal",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "offcanvas",
    "outbrain",
    "pagination",
    "popover",
    "popular",
    "popup",
    "promo",
    "recommended",
    "related",
    "share",
    "sharing",
    "sidebar",
    "signature",
    "signatures",
    "signup",
    "snackbar",
    "social",
    "sponsor",
    "sponsored",
    "subscribe",
    "subscription",
    "taboola",
    "tags",
    "toast",
    "toolbar",
    "trending",
];

/// Whole class names that hide text from sight.
const HIDDEN_CLASSES: &[&str] = &[
    "hidden",
    "sr-only",
    "screen-reader-text",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-only",
    "hide",
];

/// Screen widths of responsive class prefixes (Tailwind's `lg:block`).
const SCREEN_PREFIXES: &[&str] = &["sm:", "md:", "lg:", "xl:", "2xl:"];

/// Display values that show an element (`lg:block`, `md:flex`).
const SHOWN_DISPLAYS: &[&str] = &[
    "block",
    "flex",
    "grid",
    "inline",
    "inline-block",
    "inline-flex",
    "inline-grid",
    "table",
    "contents",
    "flow-root",
];

/// Whether class names hide an element from a reader on a wide screen: a
/// hiding class ([`HIDDEN_CLASSES`]), unless a responsive class shows it
/// again from some screen width on (`hidden lg:block`: the desktop layout
/// of a page whose mobile twin is shown on small screens).
pub(super) fn hidden_by_classes<'a>(classes: impl Iterator<Item = &'a [u8]> + Clone) -> bool {
    let hiding = classes.clone().any(|c| {
        HIDDEN_CLASSES
            .iter()
            .any(|h| c.eq_ignore_ascii_case(h.as_bytes()))
            || screen_reader_only(c)
    });
    hiding && !classes.into_iter().any(shown_on_wide_screens)
}

/// Whether a class shows its element from some screen width on
/// (`lg:block`, `md:flex`).
fn shown_on_wide_screens(class: &[u8]) -> bool {
    SCREEN_PREFIXES.iter().any(|p| {
        class.starts_with(p.as_bytes())
            && SHOWN_DISPLAYS
                .iter()
                .any(|d| class[p.len()..] == *d.as_bytes())
    })
}

/// Class-name prefixes that describe a state of the page, not a widget
/// (`has-sidebar`, `with-comments`, `no-ads`).
const STATE_PREFIXES: &[&str] = &[
    "has-",
    "with-",
    "no-",
    "is-",
    "show-",
    "js-",
    "comments-open",
];

/// Whether a class name is a prefixed screen-reader-only class
/// (`u-srOnly`, `usa-sr-only`, `is-sr-only`): text for assistive
/// technology, hidden on the page.
fn screen_reader_only(class: &[u8]) -> bool {
    SCREEN_READER_ONLY.iter().any(|suffix| {
        class.len() > suffix.len()
            && class[class.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
            && matches!(class[class.len() - suffix.len() - 1], b'-' | b'_')
    })
}

/// How screen-reader-only class names end, after a prefix and `-` or `_`.
const SCREEN_READER_ONLY: &[&str] = &[
    "sr-only",
    "sronly",
    "sr_only",
    "visually-hidden",
    "screen-reader-text",
];

/// Whether a `label` names a control of a form (a colour or a size to
/// pick, a filter, a field: `Royal Black`, `Size M`, `Email*`): left out,
/// unless it asks a question, the title of a panel its control opens (an
/// accordion built of a checkbox and its label).
fn is_control_label(n: NodeRef<'_, Node>) -> bool {
    !node_text(n).trim_end().ends_with('?')
}

/// Tags of page chrome that broken markup may leave open around the page.
fn framing_tag(name: &str) -> bool {
    matches!(name, "nav" | "footer" | "aside" | "menu" | "dialog")
}

/// Whether an element is skipped with everything in it.
fn dropped(node: NodeRef<'_, Node>, el: &Element, attrs: &Attrs<'_>) -> bool {
    let name = el.name();
    if dropped_tag(name) {
        // Page chrome left open by broken markup (an `<aside>` never
        // closed) frames the page's `<main>`: it is no chrome then.
        return !(framing_tag(name) && holds_the_page(node));
    }
    // Whether it is a panel, asked only of what hides (most elements
    // do not).
    if attrs.aria_hidden == Some("true") && !is_panel(attrs) {
        return true;
    }
    if matches!(
        attrs.role,
        Some(
            "navigation"
                | "banner"
                | "contentinfo"
                | "complementary"
                | "dialog"
                | "alertdialog"
                | "menu"
        )
    ) {
        return !holds_the_page(node);
    }
    if matches!(name, "html" | "body") {
        return false;
    }
    hidden_by_classes(attrs.classes().map(str::as_bytes))
        && !is_panel(attrs)
        && !holds_the_page(node)
}

/// `role` values of the panels of accordions and tabs: content a reader
/// opens with a click (the answers of a page of questions, a product's
/// details tab), hidden in the markup until then, and no less content
/// for that.
pub(super) const PANEL_ROLES: &[&str] = &["region", "tabpanel"];

/// Whether an element is an accordion's or a tab's panel ([`PANEL_ROLES`],
/// [`PANEL_PARTS`]): hidden (`aria-hidden`, `hidden`, a hiding class or
/// style), it is still read.
fn is_panel(attrs: &Attrs<'_>) -> bool {
    attrs.role.is_some_and(|r| PANEL_ROLES.contains(&r))
        || names_a_panel(attrs.classes().chain(attrs.id).map(str::as_bytes))
}

/// Class and id parts that name a panel that opens and closes.
const PANEL_PARTS: &[&str] = &["accordion", "collapse", "collapsible", "expander"];

/// Whether one of `names` (class names, an id) has a part, split on `-`
/// and `_`, that names a panel ([`PANEL_PARTS`]), in any case.
pub(super) fn names_a_panel<'a>(names: impl Iterator<Item = &'a [u8]>) -> bool {
    names
        .flat_map(|name| name.split(|b| matches!(b, b'-' | b'_')))
        .any(|part| {
            PANEL_PARTS
                .iter()
                .any(|p| part.eq_ignore_ascii_case(p.as_bytes()))
        })
}

/// Whether an element holds what its page's markup calls the main
/// content: a `<main>` (or `role="main"`).
/// A class that hides such an element is a state the page's scripts take
/// off once it is ready (a page kept out of sight until its fonts or data
/// load), not a part of the page left out.
fn holds_the_page(node: NodeRef<'_, Node>) -> bool {
    node.descendants().any(|d| {
        matches!(d.value(), Node::Element(e)
            if e.name() == "main" || e.attr("role") == Some("main"))
    })
}

/// The attributes the passes read, gathered in one look at an element
/// (`Element::attr` hashes the name it is asked for; `classes` interns
/// every class name).
#[derive(Debug, Clone, Copy, Default)]
struct Attrs<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    role: Option<&'a str>,
    style: Option<&'a str>,
    hidden: bool,
    aria_hidden: Option<&'a str>,
    itemprop: Option<&'a str>,
}

impl<'a> Attrs<'a> {
    fn of(el: &'a Element) -> Self {
        let mut attrs = Attrs::default();
        for (name, value) in el.attrs() {
            match name {
                "class" => attrs.class = Some(value),
                "id" => attrs.id = Some(value),
                "role" => attrs.role = Some(value),
                "style" => attrs.style = Some(value),
                "hidden" => attrs.hidden = true,
                "aria-hidden" => attrs.aria_hidden = Some(value),
                "itemprop" => attrs.itemprop = Some(value),
                _ => {}
            }
        }
        attrs
    }

    /// The class names, split on white space.
    fn classes(&self) -> impl Iterator<Item = &'a str> + Clone {
        self.class.unwrap_or_default().split_ascii_whitespace()
    }
}

/// What an element's tag, class and id say about it being a widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hint {
    /// Not a widget.
    None,
    /// A widget name beside a content name: a widget only when mostly links.
    Weak,
    /// A widget (still kept when it frames most of the page's prose).
    Widget,
}

/// Whether tag, class or id name a widget that is never the article.
///
/// `form`, `header`, `footer`, `aside`, `nav` and elements marked `hidden`
/// or styled out of sight (`display: none`, `visibility: hidden`; not the
/// panels of accordions and tabs, [`is_panel`]) are widgets by their markup: dropped unless they frame most of the page's
/// prose (ASP.NET wraps whole pages in a form, Webflow puts post bodies in
/// a `header`, an `<aside>` left unclosed swallows the page, Next.js
/// streams the page into a `hidden` element, and pages hide themselves
/// until their scripts have run). Class and id names are split into
/// parts; a widget part on an element whose names also hold a content part
/// ([`CONTENT_PARTS`]) makes a weak widget, judged by its links.
fn widget(el: &Element, attrs: &Attrs<'_>, hints: &Hints) -> Hint {
    if matches!(el.name(), "form" | "header")
        || (attrs.hidden || attrs.style.is_some_and(hidden_style)) && !is_panel(attrs)
    {
        return Hint::Widget;
    }
    if matches!(el.name(), "html" | "body" | "article" | "main") {
        return Hint::None;
    }
    if hints.tooltip && matches!(el.name(), "div" | "section" | "aside" | "ul" | "dialog") {
        // A tooltip's box; a tooltip wrapping a term of the text
        // (`<span class="glossary-tooltip">`) is the text.
        return Hint::Widget;
    }
    match (hints.widget, hints.content) {
        (false, _) => Hint::None,
        (true, true) => Hint::Weak,
        (true, false) => Hint::Widget,
    }
}

/// Class and id parts that name the content itself; beside a widget part
/// on the same element they make it a weak widget.
const CONTENT_PARTS: &[&str] = &["content", "text", "body", "entry", "prose"];

/// Class and id parts that name customer reviews and ratings: on a page
/// that says it is a product they are not its content, whatever their
/// share of the prose.
const REVIEW_PARTS: &[&str] = &[
    "review",
    "reviews",
    "rating",
    "ratings",
    "testimonial",
    "testimonials",
];

/// Class and id parts that name a cookie or consent notice: a widget even
/// when it holds most of the page's prose (a page of product links and
/// pictures, whose only sentences are its cookie notice).
const CONSENT_PARTS: &[&str] = &["cookie", "cookies", "consent", "gdpr"];

/// Link density above which a weak widget ([`Hint::Weak`]) is a widget.
const WEAK_WIDGET_LINK_DENSITY: f64 = 0.3;

fn hidden_style(style: &str) -> bool {
    let compact: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

/// The lower-case parts of an element's class names and id, split on `-`
/// and `_`; class names that describe a page state are left out.
fn hint_parts<'a>(attrs: &Attrs<'a>) -> impl Iterator<Item = Cow<'a, str>> + 'a {
    attrs
        .classes()
        .chain(attrs.id)
        .filter(|name| {
            !STATE_PREFIXES.iter().any(|p| {
                name.len() >= p.len()
                    && name.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
            })
        })
        .flat_map(|name| name.split(['-', '_']))
        .filter(|part| !part.is_empty())
        .map(|part| {
            if part.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(part.to_ascii_lowercase())
            } else {
                Cow::Borrowed(part)
            }
        })
}

/// What the parts of an element's class names and id ([`hint_parts`])
/// say, read in one pass.
#[derive(Debug, Clone, Copy)]
struct Hints {
    /// A part names a widget ([`WIDGET_PARTS`]).
    widget: bool,
    /// A part names the content ([`CONTENT_PARTS`]).
    content: bool,
    /// A part names reviews or ratings ([`REVIEW_PARTS`]).
    review: bool,
    /// A part names a cookie or consent notice ([`CONSENT_PARTS`]).
    consent: bool,
    /// A part names comments (`comment`, `comments`).
    comment: bool,
    /// A part names a tooltip.
    tooltip: bool,
    /// The score multiplier the parts give: that of the last part that
    /// says something (content-like 1.25, teaser-like 0.75), else 1.
    weight: f64,
}

impl Hints {
    /// Hints of an element whose names say nothing.
    const NONE: Hints = Hints {
        widget: false,
        content: false,
        review: false,
        consent: false,
        comment: false,
        tooltip: false,
        weight: 1.0,
    };

    fn of(attrs: &Attrs<'_>) -> Self {
        let mut hints = Hints::NONE;
        for part in hint_parts(attrs) {
            let part = part.as_ref();
            hints.widget |= WIDGET_PARTS.binary_search(&part).is_ok();
            hints.content |= CONTENT_PARTS.contains(&part);
            hints.review |= REVIEW_PARTS.contains(&part);
            hints.consent |= CONSENT_PARTS.contains(&part);
            hints.comment |= matches!(part, "comment" | "comments");
            hints.tooltip |= matches!(part, "tooltip" | "tooltips");
            match part {
                "article" | "body" | "content" | "entry" | "main" | "post" | "story" | "text"
                | "blog" | "prose" => hints.weight = 1.25,
                "meta" | "author" | "info" | "teaser" | "card" | "list" | "feed" | "more" => {
                    hints.weight = 0.75
                }
                _ => {}
            }
        }
        hints
    }
}

/// Multiplier for an element's score from its class and id.
fn class_weight(el: &Element, attrs: &Attrs<'_>, hints: &Hints) -> f64 {
    let mut weight = hints.weight;
    if el.name() == "article" || attrs.itemprop == Some("articleBody") {
        weight *= 1.25;
    }
    weight
}

/// Collapses white space runs to single spaces and trims.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A `<noscript>` holding at least this many bytes is the page served to
/// readers without scripts (Discourse serves its posts so), not a notice
/// to turn scripts on or a tracking pixel.
const NOSCRIPT_MIN_BYTES: usize = 2_000;

/// Unwraps `<noscript>` elements that hold a page ([`NOSCRIPT_MIN_BYTES`]):
/// their start and end tags are cut, so that the parser (which reads a
/// `noscript` as raw text) builds what is inside. Smaller ones stay, and
/// are dropped with everything in them. Lower-case tags only.
fn unwrap_noscript(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut pos = 0;
    while let Some(found) = memchr::memmem::find(&bytes[pos..], b"<noscript") {
        let start = pos + found;
        let Some(open_end) = tag_end(bytes, start + "<noscript".len()) else {
            break;
        };
        let Some(close) = memchr::memmem::find(&bytes[open_end..], b"</noscript") else {
            break;
        };
        let close = open_end + close;
        let close_end = tag_end(bytes, close + "</noscript".len()).unwrap_or(bytes.len());
        pos = close_end;
        if close - open_end < NOSCRIPT_MIN_BYTES {
            continue;
        }
        let out = out.get_or_insert_with(|| String::with_capacity(html.len()));
        out.push_str(&html[copied..start]);
        out.push_str(&html[open_end..close]);
        copied = close_end;
    }
    match out {
        Some(mut out) => {
            out.push_str(&html[copied..]);
            Cow::Owned(out)
        }
        None => Cow::Borrowed(html),
    }
}

/// How deep elements may nest before the deeper ones are flattened (as
/// browsers cap the depth of the tree they build; Blink's is 512). No real
/// article nests this deep; the parser's scope checks walk the stack of
/// open elements at every tag, so 100,000 nested `div`s would otherwise
/// take time quadratic in the depth.
const MAX_DEPTH: usize = 512;

/// Elements the depth count leaves out: void elements (no end tag), and
/// those whose end tag the parser implies (an unclosed `<p>` or `<li>`
/// does not nest).
const UNCOUNTED: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody",
    "thead", "tfoot", "rb", "rt", "rtc", "rp", "colgroup", "caption", "html", "head", "body",
];

/// Elements whose content is raw text, skipped to their end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// `html` with the start and end tags of elements nested deeper than
/// [`MAX_DEPTH`] cut out, their content kept in the element at the limit;
/// borrowed (unchanged) when nothing nests that deep, as on every real
/// page. Linear in the length of the page.
fn flatten_deep(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    // Names as written (compared ignoring ASCII case): no copy per tag.
    let mut stack: Vec<&str> = Vec::new();
    let mut dropped: HashMap<String, usize> = HashMap::new();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0;
    while let Some(found) = memchr::memchr(b'<', &bytes[pos..]) {
        let start = pos + found;
        let rest = &bytes[start + 1..];
        let Some(&first) = rest.first() else { break };
        if rest.starts_with(b"!--") {
            pos = memchr::memmem::find(&rest[3..], b"-->").map_or(bytes.len(), |i| start + 7 + i);
            continue;
        }
        let closing = first == b'/';
        let name_at = start + 1 + usize::from(closing);
        let name_len = bytes[name_at..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
            .count();
        if name_len == 0 || !bytes[name_at].is_ascii_alphabetic() {
            // `<!doctype>`, `<?xml?>`, a stray `<`: not an element.
            pos = start + 1;
            continue;
        }
        let name = &html[name_at..name_at + name_len];
        let Some(end) = tag_end(bytes, name_at + name_len) else {
            break;
        };
        pos = end;
        if closing {
            let cut = if dropped.is_empty() {
                None
            } else {
                dropped.get_mut(&name.to_ascii_lowercase())
            };
            match cut {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    cuts.push((start, end));
                }
                _ => {
                    if let Some(at) = stack
                        .iter()
                        .rposition(|open| open.eq_ignore_ascii_case(name))
                    {
                        stack.truncate(at);
                    }
                }
            }
            continue;
        }
        if RAW_TEXT.iter().any(|r| r.eq_ignore_ascii_case(name)) {
            pos = raw_text_end(bytes, end, name);
            continue;
        }
        let self_closing = bytes[..end - 1].ends_with(b"/");
        if self_closing || UNCOUNTED.iter().any(|u| u.eq_ignore_ascii_case(name)) {
            continue;
        }
        if stack.len() >= MAX_DEPTH {
            *dropped.entry(name.to_ascii_lowercase()).or_default() += 1;
            cuts.push((start, end));
        } else {
            stack.push(name);
        }
    }
    if cuts.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    for (start, end) in cuts {
        out.push_str(&html[copied..start]);
        copied = end;
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// Just past the `>` that ends a tag whose name ends at `from` (a `>`
/// inside a quoted attribute value does not), or `None` when the page ends
/// first.
fn tag_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut quote: Option<u8> = None;
    let mut after_equals = false;
    for (i, &b) in bytes.iter().enumerate().skip(from) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => match b {
                b'>' => return Some(i + 1),
                b'"' | b'\'' if after_equals => quote = Some(b),
                b'=' => after_equals = true,
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' => {}
                _ => after_equals = false,
            },
        }
    }
    None
}

/// Just past the end tag of the raw-text element `name` whose content
/// starts at `from` (the end of the page when it is not closed).
fn raw_text_end(bytes: &[u8], from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(i) = memchr::memmem::find(&bytes[at..], b"</") {
        let close = at + i;
        let after = &bytes[close + 2..];
        if after.len() >= name.len() && after[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            return tag_end(bytes, close + 2 + name.len()).unwrap_or(bytes.len());
        }
        at = close + 2;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn texts(html: &str) -> Vec<String> {
        let ex = extract_html(html, &ExtractOptions::default());
        ex.blocks
            .iter()
            .map(|b| b.text(&ex.text).to_owned())
            .collect()
    }

    fn kinds(html: &str) -> Vec<(String, BlockKind)> {
        let ex = extract_html(html, &ExtractOptions::default());
        ex.blocks
            .iter()
            .map(|b| (b.text(&ex.text).to_owned(), b.kind))
            .collect()
    }

    const P1: &str = "The council voted on Monday to close the old bridge to traffic, citing safety reports from engineers.";
    const P2: &str = "Engineers had warned for years that the structure was failing, and that repairs would cost too much.";
    const P3: &str = "A new crossing is planned for 2027, the mayor said, and buses will run a detour until it opens.";

    fn page(body: &str) -> String {
        format!("<!doctype html><html><head><title>Bridge to close | The Paper</title></head><body>{body}</body></html>")
    }

    #[test]
    fn the_article_comes_out_as_blocks_and_the_page_stays_behind() {
        let html = page(&format!(
            "<header><a href='/'>The Paper</a></header>\
             <nav><ul><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul></nav>\
             <div class='layout'>\
               <div class='story'><h1>Bridge to close</h1><p>{P1}</p><h2>Years of warnings</h2>\
                 <p>{P2}</p><ul><li>Detour via Main Street</li></ul><blockquote>We had no choice, the mayor said.</blockquote><p>{P3}</p></div>\
               <div class='rail'><p><a href='/a'>Another story about something else entirely, read it now</a></p></div>\
             </div>\
             <footer><p>© 2024 The Paper. All rights reserved, and then some more words here.</p></footer>\
             <script>var x = '<p>not text</p>';</script><style>p {{ color: red }}</style>"
        ));
        assert_eq!(
            kinds(&html),
            [
                (P1.to_owned(), BlockKind::Paragraph),
                ("Years of warnings".to_owned(), BlockKind::Heading),
                (P2.to_owned(), BlockKind::Paragraph),
                ("Detour via Main Street".to_owned(), BlockKind::ListItem),
                (
                    "We had no choice, the mayor said.".to_owned(),
                    BlockKind::Quote
                ),
                (P3.to_owned(), BlockKind::Paragraph),
            ]
        );
        let ex = extract_html(&html, &ExtractOptions::default());
        assert_eq!(ex.title.as_deref(), Some("Bridge to close"));
        assert!(ex.text.ends_with(".\n") && ex.text.contains(".\n\nYears of warnings\n\n"));
    }

    #[test]
    fn title_option_puts_the_headline_first() {
        let html = page(&format!(
            "<article><h1> Bridge  to close </h1><p>{P1}</p><p>{P2}</p></article>"
        ));
        let ex = extract_html(&html, &ExtractOptions { title: true });
        assert!(ex.text.starts_with("Bridge to close\n\nThe council"));
        assert_eq!(ex.blocks[0].kind, BlockKind::Heading);
        // Without an h1 the og:title, then the <title>.
        let html = format!(
            "<html><head><meta property='og:title' content='Bridge shut'><title>T</title></head>\
             <body><p>{P1}</p><p>{P2}</p></body></html>"
        );
        assert_eq!(
            extract_html(&html, &ExtractOptions::default())
                .title
                .as_deref(),
            Some("Bridge shut")
        );
        let html = page(&format!("<p>{P1}</p>"));
        assert_eq!(
            extract_html(&html, &ExtractOptions::default())
                .title
                .as_deref(),
            Some("Bridge to close | The Paper")
        );
    }

    #[test]
    fn hidden_elements_and_widgets_are_dropped() {
        let html = page(&format!(
            "<article><p>{P1}</p>\
             <p hidden>Hidden by attribute, a long sentence that should never show up.</p>\
             <p aria-hidden=\"true\">Hidden from readers, a long sentence that should never show.</p>\
             <p style=\"display: none\">Hidden by style, a long sentence that should never show up.</p>\
             <div class=\"share-buttons\">Share this article on Facebook, Twitter and by email now.</div>\
             <div id=\"comments\"><p>I disagree with this article entirely, said a reader.</p></div>\
             <div class=\"related-stories\"><p>Related: the bridge that fell down last year, and why.</p></div>\
             <div class=\"newsletter-signup\"><p>Sign up for our newsletter to get stories like this daily.</p></div>\
             <div class=\"c-popover\"><p>Found a lower price? Tell us where, and we will look into it.</p></div>\
             <div class=\"offcanvas-end\"><p>Your basket is empty, but it does not have to stay that way.</p></div>\
             <div class=\"tooltip-box\"><p>Members get free delivery on every order over a small amount.</p></div>\
             <p>{P2}</p></article>"
        ));
        assert_eq!(texts(&html), [P1, P2]);
    }

    #[test]
    fn text_for_screen_readers_only_is_hidden() {
        let html = page(&format!(
            "<article><p>{P1}</p><ul><li><span class='u-srOnly'>Thread starter</span> \
             <span class='usa-sr-only'>Start date</span></li></ul>\
             <p><span class='is-visually-hidden'>Posted on</span></p>\
             <p class='tw_lg:sr-only'>{S1}</p><p class='sronly-note'>{S2}</p><p>{P2}</p></article>"
        ));
        assert_eq!(texts(&html), [P1, S1, S2, P2]);
        for class in [
            "u-srOnly",
            "h-sr-only",
            "wt-cli-sr-only",
            "a11y_sr_only",
            "x-screen-reader-text",
        ] {
            assert!(screen_reader_only(class.as_bytes()), "{class}");
        }
        for class in [
            "sr-only-focusable",
            "srOnlyImg",
            "lg:sr-only",
            "sronly",
            "mirror-only",
        ] {
            assert!(!screen_reader_only(class.as_bytes()), "{class}");
        }
    }

    #[test]
    fn labels_of_controls_are_left_out_but_questions_that_open_panels_stay() {
        let html = page(&format!(
            "<main><p>{P1}</p><div class='swatches'><label><input type='radio'>Royal Black</label>\
             <label>Size M</label></div><label for='q1'>Can I return a worn pair?</label>\
             <input type='checkbox' id='q1'><div class='answer'><p>{S1}</p></div><p>{P2}</p></main>"
        ));
        assert_eq!(texts(&html), [P1, "Can I return a worn pair?", S1, P2]);
    }

    #[test]
    fn a_class_hiding_the_main_element_is_a_state_of_the_page() {
        // The whole page sits in a wrapper its scripts reveal once loaded.
        let html = page(&format!(
            "<div class='shell is-hidden hide'><nav><a href='/'>Start</a></nav>\
             <main><p>{P1}</p><p>{P2}</p></main></div>"
        ));
        assert_eq!(texts(&html), [P1, P2]);
        // A hidden box without the main element stays out.
        let html = page(&format!(
            "<main><p>{P1}</p><div class='hide'><p>{P3}</p></div><p>{P2}</p></main>"
        ));
        assert_eq!(texts(&html), [P1, P2]);
    }

    #[test]
    fn a_widget_class_on_the_page_frame_is_not_a_widget() {
        // `Page-ad-margins` and a form around everything are layout.
        let html = page(&format!(
            "<form id='aspnetForm'><div class='Page-ad-margins'><div class='body'>\
             <p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></form>"
        ));
        assert_eq!(texts(&html), [P1, P2, P3]);
    }

    #[test]
    fn captions_and_credits_are_caption_blocks() {
        let html = page(&format!(
            "<article><p>{P1}</p><figure><img src='a.jpg'><figcaption>The old bridge at dusk</figcaption>\
             <span class='credit'>Photo: Jane Doe</span></figure>\
             <div class='image-caption'>Engineers inspect the bridge</div><p>{P2}</p></article>"
        ));
        assert_eq!(
            kinds(&html),
            [
                (P1.to_owned(), BlockKind::Paragraph),
                ("The old bridge at dusk".to_owned(), BlockKind::Caption),
                ("Photo: Jane Doe".to_owned(), BlockKind::Caption),
                (
                    "Engineers inspect the bridge".to_owned(),
                    BlockKind::Caption
                ),
                (P2.to_owned(), BlockKind::Paragraph),
            ]
        );
        // The pipeline's `caption` rule removes them.
        let cleaned = crate::Cleaner::new().clean_html(&html, &ExtractOptions::default());
        assert_eq!(cleaned.text, format!("{P1}\n\n{P2}\n"));
        assert!(cleaned.edits.iter().all(|e| e.rule == "caption"));
    }

    #[test]
    fn a_figure_labels_its_image_but_holds_tables_quotes_and_code() {
        let html = page(&format!(
            "<article><p>{P1}</p><figure><img src='a.jpg'><span>Harbour cranes at dawn</span></figure>\
             <figure class='wp-block-table'><table><tr><td>Rotterdam</td><td>13.4</td></tr></table>\
             <figcaption>Containers handled, millions</figcaption></figure>\
             <figure class='wp-block-pullquote'><blockquote><p>We moved more than ever.</p></blockquote></figure>\
             <figure class='highlight'><pre>cargo run</pre></figure><p>{P2}</p></article>"
        ));
        assert_eq!(
            kinds(&html),
            [
                (P1.to_owned(), BlockKind::Paragraph),
                ("Harbour cranes at dawn".to_owned(), BlockKind::Caption),
                ("Rotterdam".to_owned(), BlockKind::Line),
                ("13.4".to_owned(), BlockKind::Line),
                (
                    "Containers handled, millions".to_owned(),
                    BlockKind::Caption
                ),
                ("We moved more than ever.".to_owned(), BlockKind::Paragraph),
                ("cargo run".to_owned(), BlockKind::Paragraph),
                (P2.to_owned(), BlockKind::Paragraph),
            ]
        );
    }

    #[test]
    fn the_best_scored_container_wins_without_markers() {
        let html = page(&format!(
            "<div id='a'><p><a href='/1'>Teaser one is a link to another story on this site</a></p>\
             <p><a href='/2'>Teaser two is a link to yet another story on this site</a></p></div>\
             <div id='b'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>\
             <div id='c'><p>Short bit.</p></div>"
        ));
        assert_eq!(texts(&html), [P1, P2, P3]);
    }

    #[test]
    fn paragraphs_wrapped_one_by_one_are_gathered() {
        let html = page(&format!(
            "<div class='cards'><div class='card'><div class='c'><p>{P1}</p></div></div>\
             <div class='card'><div class='c'><p>{P2}</p></div></div>\
             <div class='card'><div class='c'><p>{P3}</p></div></div></div>"
        ));
        assert_eq!(texts(&html), [P1, P2, P3]);
    }

    #[test]
    fn the_article_body_marker_wins() {
        let teaser =
            "A different story with a lot of words, commas, clauses, and more, to score well.";
        let html = page(&format!(
            "<div class='x'><p>{teaser}</p><p>{teaser}</p><p>{teaser}</p><p>{teaser}</p></div>\
             <div itemprop=\"articleBody\"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
        ));
        assert_eq!(texts(&html), [P1, P2, P3]);
    }

    #[test]
    fn json_ld_article_body_is_the_fallback() {
        let html = format!(
            "<html><head><script type=\"application/ld+json\">\
             {{\"@graph\": [{{\"@type\": \"NewsArticle\", \"articleBody\": \"{P1}\\n{P2}\"}}]}}\
             </script></head><body><div id='app'></div></body></html>"
        );
        assert_eq!(texts(&html), [P1, P2]);
    }

    #[test]
    fn white_space_collapses_and_br_splits() {
        let html = page(&format!(
            "<article><p>  Line   one\n of\tthe <b>poem</b>,<br>line two of it.</p><p>{P1}</p><p>{P2}</p></article>"
        ));
        let t = texts(&html);
        assert_eq!(t[..2], ["Line one of the poem,", "line two of it."]);
    }

    #[test]
    fn link_lists_inside_the_article_are_dropped() {
        let html = page(&format!(
            "<article><p>{P1}</p><p>Read more: <a href='/x'>How the bridge was built in the old days</a></p><p>{P2}</p></article>"
        ));
        assert_eq!(texts(&html), [P1, P2]);
    }

    #[test]
    fn bad_html_gives_a_clear_result() {
        let none = ExtractOptions::default();
        assert_eq!(extract_html("", &none).text, "");
        assert_eq!(
            extract_html("<html><head><title>x</title></head></html>", &none).text,
            ""
        );
        // No body, unclosed tags: still the text.
        let t = texts(&format!("<p>{P1}<p>{P2}<div><p>{P3}"));
        assert_eq!(t, [P1, P2, P3]);
        // Plain text handed over as HTML is one block per paragraph tag, so one block.
        assert_eq!(texts(P1), [P1]);
        // Binary junk and stray bytes of every kind.
        let junk: String = (0u32..20_000)
            .map(|i| char::from_u32((i * 7919) % 0x3000).unwrap_or('\u{fffd}'))
            .collect();
        let ex = extract_html(&junk, &none);
        assert!(ex
            .blocks
            .iter()
            .all(|b| !b.text(&ex.text).trim().is_empty()));
        // Deep nesting does not overflow the stack.
        let deep = format!("{}{P1}{}", "<div>".repeat(20_000), "</div>".repeat(20_000));
        assert_eq!(texts(&deep), [P1]);
    }

    #[test]
    fn deep_nesting_is_flattened_past_the_limit_and_kept_below_it() {
        let para = "<p>The council met on Tuesday to discuss the budget for the year.</p>";
        let shallow = format!("{}{para}{}", "<div>".repeat(300), "</div>".repeat(300));
        assert!(matches!(flatten_deep(&shallow), Cow::Borrowed(_)));
        // Unclosed paragraphs and list items do not count as depth.
        let unclosed = format!("<div>{}</div>", "<p>x<li>y".repeat(2000));
        assert!(matches!(flatten_deep(&unclosed), Cow::Borrowed(_)));
        let deep = format!(
            "<div class=\"a>b\">{}{para}{}</div><p>After the divs, a second paragraph of text.</p>",
            "<div>".repeat(20_000),
            "</div>".repeat(20_000)
        );
        let flat = flatten_deep(&deep);
        assert_eq!(flat.matches("<div").count(), MAX_DEPTH);
        assert_eq!(flat.matches("</div>").count(), MAX_DEPTH);
        let started = Instant::now();
        let texts = texts(&deep);
        assert!(
            texts.iter().any(|t| t.contains("discuss the budget")),
            "{texts:?}"
        );
        assert!(started.elapsed() < Duration::from_secs(20));
    }

    const S1: &str = "Our gardeners prune fruit trees in late winter, before the sap rises and buds begin to swell.";
    const S2: &str = "Hedges are trimmed twice a year, and clippings are taken away or composted on site if you wish.";
    const S3: &str = "Lawns are mown every fortnight from April to October, edges cut, and leaves cleared in autumn.";

    #[test]
    fn a_page_builder_widget_holding_text_is_content() {
        // Elementor calls every text block a widget.
        let block = |t: &str| {
            format!(
                "<div class='elementor-element elementor-widget elementor-widget-text-editor'>\
                 <div class='elementor-widget-container'><p>{t}</p></div></div>"
            )
        };
        let html = page(&format!(
            "<div class='elementor-section'>{}{}{}</div>",
            block(P1),
            block(P2),
            block(P3)
        ));
        assert_eq!(texts(&html), [P1, P2, P3]);
    }

    #[test]
    fn hidden_on_small_screens_only_is_shown() {
        // Tailwind's `hidden md:flex`: out of sight on a phone, the layout
        // of a wide screen.
        let html = page(&format!(
            "<div class='hidden md:flex'><article><p>{P1}</p><p>{P2}</p></article></div>"
        ));
        assert_eq!(texts(&html), [P1, P2]);
        // `hidden` with no width that shows it stays hidden.
        let html = page(&format!(
            "<article><p>{P1}</p><p>{P2}</p><div class='hidden md:text-lg'><p>{P3}</p></div></article>"
        ));
        assert_eq!(texts(&html), [P1, P2]);
    }

    #[test]
    fn a_cookie_notice_is_never_the_content() {
        // A page of product links whose only sentences are its cookie
        // notice: the notice is not the content, the links are.
        let products: String = (1..=8)
            .map(|i| format!("<li><a href='/p/{i}'>Studio headphones model {i}</a></li>"))
            .collect();
        let html = page(&format!(
            "<main><h1>Studio headphones</h1><ul>{products}</ul></main>\
             <div class='cookie-consent-bar'><p>{P1} {P2}</p></div>"
        ));
        let text = texts(&html).join("\n");
        assert!(text.contains("Studio headphones model 8"), "{text}");
        assert!(!text.contains("council"), "{text}");
        // A widget name of another kind framing the page's prose is layout.
        let html = page(&format!(
            "<main><ul>{products}</ul></main><div class='banner-top'><p>{P1} {P2}</p></div>"
        ));
        assert!(texts(&html).join("\n").contains("council"));
    }

    #[test]
    fn the_comments_of_a_discussion_are_its_content() {
        let posts = format!(
            "<div id='comments'><form><article><p>{P1}</p></article>\
             <article><p>{P2}</p></article></form></div>"
        );
        // A forum thread says so in its JSON-LD: the posts are the content.
        let ld =
            "<script type='application/ld+json'>{\"@type\": \"DiscussionForumPosting\"}</script>";
        let html = format!(
            "<html><head>{ld}</head><body><div class='thread'><p>{P3}</p></div>{posts}</body></html>"
        );
        let text = texts(&html).join("\n");
        assert!(text.contains(P1) && text.contains(P2), "{text}");
        // Under an article, comments are not its content.
        let html = page(&format!(
            "<div class='story'><p>{P3}</p><p>{P3}</p><p>{P3}</p></div>{posts}"
        ));
        assert_eq!(texts(&html), [P3, P3, P3]);
    }

    #[test]
    fn the_posts_of_a_thread_come_out_together() {
        let thread = format!(
            "<div class='posts'>\
             <div class='post' id='post_1'><div class='body'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div>\
             <div class='post' id='post_2'><div class='body'><p>Thanks, that answers my question.</p></div></div>\
             </div>"
        );
        let ld = "<script type='application/ld+json'>{\"@type\": \"QAPage\"}</script>";
        let html = format!("<html><head>{ld}</head><body>{thread}</body></html>");
        let text = texts(&html).join("\n");
        assert!(
            text.contains(P1) && text.contains("answers my question"),
            "{text}"
        );
        // A page that does not say it is a discussion: the best block only.
        let text = texts(&page(&thread)).join("\n");
        assert!(
            text.contains(P1) && !text.contains("answers my question"),
            "{text}"
        );
    }

    #[test]
    fn the_posters_boxes_of_a_thread_are_left_out_but_lists_of_terms_stay() {
        let post = |who: &str, posts: &str, joined: &str, text: &str| {
            format!(
                "<div class='post'><dl class='profile'><dt>{who}</dt><dd>Beiträge: {posts}</dd>\
                 <dd>Registriert: {joined}</dd></dl><div class='content'><p>{text}</p></div></div>"
            )
        };
        let thread = [
            post("kestrel", "1.204", "3. Mai 2019", P1),
            post("ole_m", "87", "12. Jan 2024", P2),
            post("wrenfield", "5.530", "30. Okt 2011", P3),
        ]
        .concat();
        let ld =
            "<script type='application/ld+json'>{\"@type\": \"DiscussionForumPosting\"}</script>";
        let html =
            format!("<html><head>{ld}</head><body><div class='posts'>{thread}</div></body></html>");
        let text = texts(&html).join("\n");
        assert!(text.contains(P1) && text.contains(P3), "{text}");
        assert!(
            !text.contains("Beiträge") && !text.contains("kestrel"),
            "{text}"
        );
        // Terms and their meanings, repeated down a reference page: kept.
        let terms = |term: &str, meaning: &str| {
            format!("<dl class='field'><dt>{term}</dt><dd>{meaning}</dd></dl>")
        };
        let html = page(&format!(
            "<article><p>{P1}</p>{}<p>{P2}</p>{}{}<p>{P3}</p></article>",
            terms("Returns", "the handle of the queue"),
            terms("Raises", "TimeoutError when the broker is gone"),
            terms("Returns", "the number of tasks, 0 when none"),
        ));
        let text = texts(&html).join("\n");
        assert!(text.contains("TimeoutError when the broker"), "{text}");
    }

    #[test]
    fn a_weak_widget_name_is_a_widget_when_mostly_links() {
        // `sidebar-content`: a widget part beside a content part.
        let html = page(&format!(
            "<div class='main'><p>{P1}</p><p>{P2}</p><p>{P3}</p>\
             <div class='sidebar-content'><a href='/1'>Archive of older stories from the city desk</a> \
             <a href='/2'>Letters to the editor about the harbour</a></div></div>"
        ));
        assert_eq!(texts(&html), [P1, P2, P3]);
        // The same name on a block of text is content.
        let html = page(&format!(
            "<div class='main'><p>{P1}</p><p>{P2}</p>\
             <div class='content-sidebar-wrap'><p>{P3}</p></div></div>"
        ));
        assert_eq!(texts(&html), [P1, P2, P3]);
    }

    #[test]
    fn a_big_noscript_is_the_page_and_a_small_one_is_not() {
        let posts: String = (0..12)
            .map(|i| format!("<div class='post'><p>Reply {i}: {S1} {S2}</p></div>"))
            .collect();
        let html = page(&format!(
            "<div id='app'></div><noscript><p>Please turn on JavaScript to see this forum.</p></noscript>\
             <noscript><div class='topic'>{posts}</div></noscript>"
        ));
        let t = texts(&html);
        assert_eq!(t.len(), 12, "{t:?}");
        assert!(t[0].starts_with("Reply 0: Our gardeners"));
        assert!(!t.iter().any(|b| b.contains("JavaScript")));
    }

    #[test]
    fn a_header_or_hidden_element_framing_the_page_is_kept() {
        // A post body inside a `header`, the page streamed into `hidden`.
        let html = page(&format!(
            "<header class='top'><a href='/'>Gardens</a> <span>Call us today</span></header>\
             <header class='section_blog-post-content'><p>{S1}</p><p>{S2}</p><p>{S3}</p></header>"
        ));
        assert_eq!(texts(&html), [S1, S2, S3]);
        let html = page(&format!(
            "<div hidden id='S:0'><div class='prose'><p>{S1}</p><p>{S2}</p><p>{S3}</p></div></div>\
             <div hidden><p>A dialog box nobody sees unless they click the button.</p></div>"
        ));
        assert_eq!(texts(&html), [S1, S2, S3]);
    }

    #[test]
    fn chrome_left_open_around_the_main_element_is_kept() {
        // An `<aside>` never closed: the parser puts the page inside it.
        let html = page(&format!(
            "<aside class='announcement'><a href='/sale'>Spring sale</a>\
             <main><article><p>{S1}</p><p>{S2}</p><p>{S3}</p></article></main>"
        ));
        assert_eq!(texts(&html), [S1, S2, S3]);
        // An aside or a navigation bar beside the main element still goes.
        let html = page(&format!(
            "<nav role='navigation'><p>A long line of the menu, with words enough to vote.</p></nav>\
             <main><p>{S1}</p><p>{S2}</p></main><aside><p>{S3}</p></aside>"
        ));
        assert_eq!(texts(&html), [S1, S2]);
    }

    #[test]
    fn a_tooltip_wrapping_a_term_is_the_text() {
        let html = page(&format!(
            "<article><p>{S1}</p><p>A Pod is a group of one or more \
             <span class='glossary-tooltip'>containers</span>, with shared storage and a network.</p>\
             <div class='glossary-tooltip-content'><p>A lightweight and portable executable image.</p></div>\
             <p>{S2}</p></article>"
        ));
        let text = texts(&html).join("\n");
        assert!(text.contains("one or more containers, with"), "{text}");
        assert!(!text.contains("portable executable image"), "{text}");
    }

    #[test]
    fn a_highlighters_class_names_inside_code_are_no_widgets() {
        let html = page(&format!(
            "<article><p>{S1}</p><pre><code class='language-bash'>\
             <span class='hljs-comment'># stage every file</span>\n\
             git add --all</code></pre><p>{S2}</p>\
             <div class='comments'><p>{S3}</p></div></article>"
        ));
        let text = texts(&html).join("\n");
        assert!(text.contains("# stage every file"), "{text}");
        // Outside code, a comments box is still a widget.
        assert!(!text.contains(S3), "{text}");
    }

    #[test]
    fn a_page_of_short_sections_comes_out_whole() {
        // A service page: an introduction of prose, then many short
        // sections that do not vote as prose.
        let services = [
            "Pruning", "Hedges", "Lawns", "Ponds", "Fences", "Patios", "Borders", "Compost",
            "Bulbs", "Leaves",
        ];
        let sections: String = services
            .iter()
            .map(|s| format!("<section><h3>{s}</h3><p>Booked by the hour.</p></section>"))
            .collect();
        let html = page(&format!(
            "<nav><a href='/'>Home</a><a href='/about'>About</a></nav><main>\
             <section class='intro'><p>{S1}</p><p>{S2}</p></section>{sections}\
             </main><footer><p>Gardens Ltd, registered in England, all rights reserved.</p></footer>"
        ));
        let t = texts(&html);
        assert_eq!(t[..2], [S1, S2]);
        for want in services {
            assert!(t.iter().any(|b| b == want), "{want} missing from {t:?}");
        }
        assert!(!t
            .iter()
            .any(|b| b.contains("registered in England") || b == "About"));
        // An article with a few short asides keeps to its prose.
        let html = page(&format!(
            "<main><div class='story'><p>{S1}</p><p>{S2}</p><p>{S3}</p></div>\
             <div class='aside'><h3>Opening hours</h3></div></main>"
        ));
        assert_eq!(texts(&html), [S1, S2, S3]);
    }

    #[test]
    fn a_page_with_text_never_comes_out_empty() {
        // Every line is short and none votes as prose: the main area's
        // text, chrome left out. (A guard: the old extractor passed it too.)
        let html = page(
            "<nav><a href='/'>Home</a></nav><main><div class='grid'>\
             <div><span>Spade</span> <span>£12</span></div>\
             <div><span>Rake</span> <span>£9</span></div>\
             <div><span>Hoe</span> <span>£7</span></div></div></main>",
        );
        let t = texts(&html);
        assert!(t.iter().any(|b| b.contains("Spade")), "{t:?}");
        assert!(!t.iter().any(|b| b == "Home"));
        // A page without text stays empty.
        assert_eq!(
            texts(&page("<nav><a href='/'>Home</a></nav><main></main>")),
            Vec::<String>::new()
        );
    }

    #[test]
    fn the_links_of_a_listing_are_its_content() {
        let items: String = [
            "Planting garlic before the first frost of the year",
            "A pond for frogs in a small city garden",
            "Why the old apple tree fruits every other year",
            "Building a cold frame from salvaged windows",
            "Saving tomato seed from this summer's crop",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| format!("<li><span>{}.</span> <a href='/p/{i}'>{t}</a></li>", i + 1))
        .collect();
        let html = page(&format!("<main><ol class='stories'>{items}</ol></main>"));
        let t = texts(&html);
        assert!(t.iter().any(|b| b.contains("A pond for frogs")), "{t:?}");
        // In an article, a link block among prose stays out.
        let html = page(&format!(
            "<article><p>{S1}</p><p><a href='/x'>More about pruning roses in spring</a></p><p>{S2}</p></article>"
        ));
        assert_eq!(texts(&html), [S1, S2]);
    }

    #[test]
    fn a_block_of_text_after_the_content_joins_only_when_built_like_it() {
        let note = "Maria Olsen has covered city planning for this paper since 2011, \
                    and before that wrote about rivers and canals for a weekly in the north. \
                    She lives by the harbour with two cats.";
        // Before the content, a block of text is its opening section.
        let html = page(&format!(
            "<main><div class='lede'><div>{note}</div></div>\
             <div class='story'><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{S1}</p></div></main>"
        ));
        assert_eq!(texts(&html), [note, P1, P2, P3, S1]);
        // After it, the same block is the author's note: left out. (The
        // story holds enough prose that the choice does not climb to
        // the area around both.)
        let html = page(&format!(
            "<main><div class='story'><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{S1}</p></div>\
             <div class='person'><div>{note}</div></div></main>"
        ));
        assert_eq!(texts(&html), [P1, P2, P3, S1]);
        // A next part built as the content is (same tag and class) joins.
        let html = page(&format!(
            "<main><div class='story'><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{S1}</p></div>\
             <div class='story'><div>{note}</div></div></main>"
        ));
        assert_eq!(texts(&html), [P1, P2, P3, S1, note]);
    }

    #[test]
    fn signatures_and_disclaimers_are_widgets() {
        // A forum post's signature and a disclaimer under an article.
        let html = page(&format!(
            "<main><div class='post'><p>{P1}</p><p>{P2}</p>\
             <div class='post-signature'>Sent from my allotment shed, where the kettle is always on.</div></div>\
             <div class='post'><p>{P3}</p></div>\
             <div class='legal-disclaimer'><p>The views here are the writer's and not those of the council.</p></div></main>"
        ));
        assert_eq!(texts(&html), [P1, P2, P3]);
        // The same names beside a content name, on a block of text, are
        // judged by their links: text stays.
        let html = page(&format!(
            "<main><div class='signature-text'><p>{P1}</p><p>{P2}</p></div></main>"
        ));
        assert_eq!(texts(&html), [P1, P2]);
    }

    #[test]
    fn closed_accordion_and_tab_panels_are_read() {
        let answer = "Bring the cuttings in a damp paper bag and we will pot them for you.";
        let panels = [
            "aria-hidden='true'",
            "hidden",
            "style='display: none'",
            "class='drawer hidden'",
        ];
        for (i, hiding) in panels.iter().enumerate() {
            let role = if i % 2 == 0 { "region" } else { "tabpanel" };
            let html = page(&format!(
                "<main><div class='faq'><p>{S1}</p><h3><button>Can I bring cuttings?</button></h3>\
                 <div role='{role}' {hiding}><p>{answer}</p></div><p>{S2}</p></div></main>"
            ));
            assert_eq!(texts(&html), [S1, answer, S2], "{hiding}");
            // Without the panel's role, the hidden element stays hidden.
            let html = html.replace(&format!("role='{role}' "), "");
            assert_eq!(texts(&html), [S1, S2], "{hiding}");
        }
        // A panel named so by its class or id, in any case.
        for panel in [
            "<div class='c-accordion__panel' style='display: none'>",
            "<div class='Collapse hidden'>",
            "<dd class='item-collapsible' hidden>",
            "<div id='expander-2' aria-hidden='true'>",
        ] {
            let close = if panel.starts_with("<dd") {
                "</dd>"
            } else {
                "</div>"
            };
            let html = page(&format!(
                "<main><div class='faq'><p>{S1}</p>{panel}<p>{answer}</p>{close}<p>{S2}</p></div></main>"
            ));
            assert_eq!(texts(&html), [S1, answer, S2], "{panel}");
        }
    }

    #[test]
    fn what_follows_the_last_paragraph_of_the_article_is_left_out() {
        let html = page(&format!(
            "<main><div class='story'><p>{P1}</p><p>{P2}</p><p>{P3}</p>\
             <h4>Filed under</h4><div class='labels'><span>Bridges</span> <span>Council</span></div>\
             <div>Written by the city desk on a rainy Tuesday</div></div></main>"
        ));
        assert_eq!(texts(&html), [P1, P2, P3]);
        // What comes between paragraphs stays, and so does the end of a
        // container that is not mostly prose (a listing's last entries).
        let html = page(&format!(
            "<main><div class='story'><p>{P1}</p><div>Written by the city desk on a rainy Tuesday</div>\
             <p>{P2}</p></div></main>"
        ));
        assert_eq!(
            texts(&html),
            [P1, "Written by the city desk on a rainy Tuesday", P2]
        );
        let entries: String = (1..=8)
            .map(|i| format!("<div class='entry'><h3>Allotment plot {i} free from April</h3><span>Plot {i}</span></div>"))
            .collect();
        let html = page(&format!(
            "<main><div class='plots'><p>{S1}</p>{entries}</div></main>"
        ));
        assert!(texts(&html).iter().any(|b| b == "Plot 8"));
    }

    #[test]
    fn a_listing_is_more_than_its_introduction() {
        // One paragraph of introduction, then twenty cards that are links (a
        // title and a short line each): the page's content is the cards
        // too.
        let intro = "Our favourite walks near the coast, chosen by readers this spring.";
        let cards: String = (1..=20)
            .map(|i| {
                format!(
                    "<div class='card'><a href='/w/{i}'><h3>Walk number {i} along the cliffs \
                     and back</h3><span>{i} km, easy</span></a></div>"
                )
            })
            .collect();
        let html = page(&format!(
            "<main><div class='intro'><p>{intro}</p></div><div class='grid'>{cards}</div></main>"
        ));
        let t = texts(&html);
        assert!(t.iter().any(|b| b == intro), "{t:?}");
        assert!(t.iter().any(|b| b.contains("Walk number 7")), "{t:?}");
        // A short article beside a few links keeps to its article.
        let html = page(&format!(
            "<main><article><p>{intro}</p></article><div class='more'>\
             <a href='/a'>Older walks</a> <a href='/b'>Maps</a></div></main>"
        ));
        assert_eq!(texts(&html), [intro]);
    }

    #[test]
    fn a_page_with_its_text_only_in_scripts_gives_its_summary() {
        let html = "<html><head><meta property='og:description' content='Second choice.'>\
                    <meta name='description' content='Hello all, which  hub should I buy?'>\
                    </head><body><div id='app'></div>\
                    <script>render({posts: []})</script></body></html>";
        assert_eq!(texts(html), ["Hello all, which hub should I buy?"]);
        // A page with text in its body keeps to its body.
        let html = page(&format!(
            "<meta name='description' content='A summary.'><article><p>{P1}</p></article>"
        ));
        assert_eq!(texts(&html), [P1]);
    }

    #[test]
    fn names_that_link_are_content_when_they_are_a_good_share_of_it() {
        // A documentation page: the entries are links, each with a line of
        // text; the links hold over a quarter of the text beside them.
        let entries: String = [
            (
                "open_file",
                "Opens a file for reading and returns a handle.",
            ),
            (
                "read_line",
                "Reads one line into the buffer, without its end.",
            ),
            ("close_all", "Closes every handle that is still open."),
        ]
        .iter()
        .map(|(name, what)| {
            format!("<dt><a href='#{name}'>{name}(path, mode)</a></dt><dd>{what}</dd>")
        })
        .collect();
        let html = page(&format!(
            "<main><h2>Functions</h2><dl>{entries}</dl></main>"
        ));
        let t = texts(&html);
        assert!(t.iter().any(|b| b == "read_line(path, mode)"), "{t:?}");
        // One short link among long paragraphs is under that share.
        let html = page(&format!(
            "<article><p>{P1} {P2}</p><p><a href='/x'>Earlier: the bridge</a></p><p>{P2} {P1}</p></article>"
        ));
        assert!(!texts(&html).iter().any(|b| b.contains("Earlier")));
    }

    #[test]
    fn a_product_page_leaves_its_reviews_out() {
        let reviews: String = (0..6)
            .map(|i| format!("<div class='review-item'><p>Buyer {i} wrote: {S2} {S3}</p></div>"))
            .collect();
        let body = format!(
            "<div class='product'><div class='description'><p>{S1}</p></div>\
             <section id='reviews'>{reviews}</section></div>"
        );
        let product = format!(
            "<html><head><meta property='og:type' content='product'></head><body>{body}</body></html>"
        );
        assert_eq!(texts(&product), [S1]);
        let ld = format!(
            "<html><head><script type='application/ld+json'>{{\"@type\": \"Product\", \"name\": \"Shears\"}}</script>\
             </head><body>{body}</body></html>"
        );
        assert_eq!(texts(&ld), [S1]);
        // Without the page saying it is a product, reviews are text like any other.
        assert!(texts(&page(&body)).iter().any(|b| b.starts_with("Buyer 0")));
    }

    #[test]
    fn a_page_of_links_or_of_comments_is_not_empty() {
        // The last steps of the fallback: link blocks, then widgets.
        let html = page(
            "<div class='tiles'><a href='/a'>Seed potatoes</a> <a href='/b'>Onion sets</a></div>",
        );
        assert_eq!(texts(&html), ["Seed potatoes Onion sets"]);
        let html = page(&format!(
            "<nav><a href='/'>Home</a></nav><ol class='comments'><li class='comment'><p>{S1}</p></li>\
             <li class='comment'><p>{S2}</p></li><li class='comment'><p>{S3}</p></li></ol>"
        ));
        assert_eq!(texts(&html), [S1, S2, S3]);
    }

    #[test]
    fn a_ten_megabyte_page_completes_quickly() {
        let mut html = String::from("<html><body><nav>");
        while html.len() < 3_000_000 {
            html.push_str("<li><a href='/x'>Menu entry</a></li>");
        }
        html.push_str("</nav><script>");
        while html.len() < 6_000_000 {
            html.push_str("var a = 1; if (a < 2) { a++; } ");
        }
        html.push_str("</script><article>");
        while html.len() < 10_000_000 {
            html.push_str("<p>");
            html.push_str(P1);
            html.push_str("</p>");
        }
        html.push_str("</article></body></html>");
        let start = Instant::now();
        let ex = extract_html(&html, &ExtractOptions::default());
        assert!(ex.blocks.len() > 10_000);
        // Generous for unoptimised test builds on a busy machine.
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "{:?}",
            start.elapsed()
        );
    }

    #[test]
    fn a_product_described_only_in_its_json_ld_gets_its_description() {
        let head = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\
                    \"@type\":\"Product\",\"name\":\"Pruning saw\",\"description\":\
                    \"<p>A folding saw with a curved blade that cuts green wood on the pull stroke.</p>\
                    <ul><li>Blade of hardened steel, 21 cm</li><li>Locks open and closed</li></ul>\"}</script>";
        let body = format!("<main><div class='shipping'><p>{S3}</p></div></main>");
        let html = format!("<html><head>{head}</head><body>{body}</body></html>");
        let t = texts(&html);
        assert_eq!(
            t,
            [
                "A folding saw with a curved blade that cuts green wood on the pull stroke.",
                "Blade of hardened steel, 21 cm",
                "Locks open and closed",
                S3
            ]
        );
        // When the page shows the description, it is not added twice.
        let body = "<main><div class='description'><p>A folding saw with a curved blade that cuts \
                    green wood on the pull stroke.</p><ul><li>Blade of hardened steel, 21 cm</li>\
                    <li>Locks open and closed</li></ul></div></main>";
        let html = format!("<html><head>{head}</head><body>{body}</body></html>");
        let t = texts(&html);
        assert_eq!(
            t.iter().filter(|b| b.contains("folding saw")).count(),
            1,
            "{t:?}"
        );
        // A product it merely mentions (an item of a list) says nothing.
        let head = head.replace(
            "\"@type\":\"Product\"",
            "\"@type\":\"ItemList\",\"item\":{\"@type\":\"Product\"}",
        );
        let html = format!("<html><head>{head}</head><body><main><p>{S3}</p></main></body></html>");
        assert_eq!(texts(&html), [S3]);
    }

    #[test]
    fn parts_of_a_page_streamed_by_react_are_put_in_their_place() {
        let html = page(&format!(
            "<main><p>{P1}</p><template id='B:0'></template><div class='spinner'></div><p>{P3}</p></main>\
             <footer><p>About us</p></footer>\
             <div hidden id='S:0'><p>{P2}</p></div>\
             <div hidden id='S:7'><p>A segment no placeholder asks for stays hidden away.</p></div>"
        ));
        assert_eq!(texts(&html), [P1, P2, P3]);
    }

    #[test]
    fn a_page_hidden_until_its_scripts_run_is_read() {
        let html = page(&format!(
            "<div style='visibility: hidden; min-height: 100vh'><nav><a href='/'>Home</a></nav>\
             <article><p>{P1}</p><p>{P2}</p><p style='display:none'>Loading the next story for you now, please wait.</p><p>{P3}</p></article></div>"
        ));
        assert_eq!(texts(&html), [P1, P2, P3]);
    }
}
