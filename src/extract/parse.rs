//! A page to its tree, holding the page's bytes once.
//!
//! The parser reads its input as tendrils (reference-counted buffers), and
//! the text of the tree it builds points into them: what it is fed stays
//! alive as long as the tree. [`parse_document`] feeds a page it owns in
//! pieces cut from its end, shrinking the page as each piece is made, so
//! that the page and the parser's copy of it are never both whole in
//! memory (a page of 300 MB is held once, not twice, while it is parsed).

use std::borrow::Cow;

use ego_tree::{NodeId, Tree};
use html5ever::driver::{self, ParseOpts};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{local_name, Attribute, ExpandedName, LocalName, QualName};
use scraper::{Html, Node};

/// Pages up to this many bytes are fed to the parser whole.
const PIECE: usize = 1 << 20;

/// Parses `html` as a document, as `scraper::Html::parse_document` does,
/// dropping an owned page as the parser takes it in.
pub(super) fn parse_document(html: Cow<'_, str>) -> Html {
    let parser = driver::parse_document(Lean(Html::new_document()), ParseOpts::default());
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

/// One step of a walk through a subtree by node ids ([`next_step`]): as
/// `ego_tree`'s `Edge`, without holding the tree borrowed between steps,
/// so that the walker may change the node it stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Step {
    /// Entering a node (before its children).
    Open(NodeId),
    /// Leaving a node (after its children).
    Close(NodeId),
}

impl Step {
    /// The node of this step.
    pub(super) fn id(self) -> NodeId {
        match self {
            Step::Open(id) | Step::Close(id) => id,
        }
    }
}

/// The step after `step` in the walk through the subtree at `root` (its
/// first step is `Step::Open(root)`, its last `Step::Close(root)`): the
/// order of `NodeRef::traverse`.
pub(super) fn next_step(tree: &Tree<Node>, root: NodeId, step: Step) -> Option<Step> {
    let node = tree.get(step.id())?;
    match step {
        Step::Open(_) => Some(match node.first_child() {
            Some(child) => Step::Open(child.id()),
            None => Step::Close(node.id()),
        }),
        Step::Close(id) if id == root => None,
        Step::Close(_) => match node.next_sibling() {
            Some(next) => Some(Step::Open(next.id())),
            None => node.parent().map(|parent| Step::Close(parent.id())),
        },
    }
}

/// Elements the extractor ends a block at when it leaves them: white
/// space right after one (the line break between two paragraphs) is
/// nothing to it. The most frequent first.
fn is_block(name: &LocalName) -> bool {
    [
        local_name!("p"),
        local_name!("div"),
        local_name!("li"),
        local_name!("td"),
        local_name!("tr"),
        local_name!("h2"),
        local_name!("h3"),
        local_name!("section"),
        local_name!("article"),
        local_name!("ul"),
        local_name!("ol"),
        local_name!("h1"),
        local_name!("h4"),
        local_name!("h5"),
        local_name!("h6"),
        local_name!("blockquote"),
        local_name!("figure"),
        local_name!("figcaption"),
        local_name!("table"),
        local_name!("tbody"),
        local_name!("thead"),
        local_name!("th"),
        local_name!("dl"),
        local_name!("dt"),
        local_name!("dd"),
    ]
    .contains(name)
}

/// Builds the tree as `scraper::Html` does, less the white space text
/// that follows an element of [`is_block`] without attributes. The
/// extractor reads such text as nothing: it counts no white space, and
/// leaving any element of [`is_block`] ends the block (an element without
/// attributes is never dropped or taken for a widget), after which white
/// space adds nothing. One node fewer per paragraph of a page written one
/// paragraph a line: a third of the nodes of a long article, at over a
/// hundred bytes each.
struct Lean(Html);

impl Lean {
    /// Whether `text` after the last child of `parent` is nothing to the
    /// extractor.
    fn needless(&self, parent: NodeId, text: &str) -> bool {
        text.bytes()
            .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
            && self
                .0
                .tree
                .get(parent)
                .and_then(|p| p.last_child())
                .is_some_and(|last| match last.value() {
                    Node::Element(el) => el.attrs.is_empty() && is_block(&el.name.local),
                    _ => false,
                })
    }
}

impl TreeSink for Lean {
    type Output = Html;
    type Handle = NodeId;

    #[inline]
    fn finish(self) -> Html {
        self.0
    }

    #[inline]
    fn parse_error(&mut self, _: Cow<'static, str>) {}

    #[inline]
    fn get_document(&mut self) -> NodeId {
        self.0.get_document()
    }

    #[inline]
    fn elem_name<'a>(&'a self, target: &'a NodeId) -> ExpandedName<'a> {
        // Asked at every tag (scope checks): read here, not through a call.
        match self.0.tree.get(*target).map(|node| node.value()) {
            Some(Node::Element(el)) => el.name.expanded(),
            _ => panic!("the tree builder asks the name of elements only"),
        }
    }

    #[inline]
    fn create_element(
        &mut self,
        name: QualName,
        attrs: Vec<Attribute>,
        flags: ElementFlags,
    ) -> NodeId {
        self.0.create_element(name, attrs, flags)
    }

    #[inline]
    fn create_comment(&mut self, text: StrTendril) -> NodeId {
        self.0.create_comment(text)
    }

    #[inline]
    fn create_pi(&mut self, target: StrTendril, data: StrTendril) -> NodeId {
        self.0.create_pi(target, data)
    }

    #[inline]
    fn append(&mut self, parent: &NodeId, child: NodeOrText<NodeId>) {
        if let NodeOrText::AppendText(text) = &child {
            if self.needless(*parent, text) {
                return;
            }
        }
        self.0.append(parent, child);
    }

    #[inline]
    fn append_based_on_parent_node(
        &mut self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        self.0
            .append_based_on_parent_node(element, prev_element, child);
    }

    #[inline]
    fn append_doctype_to_document(
        &mut self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.0
            .append_doctype_to_document(name, public_id, system_id);
    }

    #[inline]
    fn get_template_contents(&mut self, target: &NodeId) -> NodeId {
        self.0.get_template_contents(target)
    }

    #[inline]
    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        self.0.same_node(x, y)
    }

    #[inline]
    fn set_quirks_mode(&mut self, mode: QuirksMode) {
        self.0.set_quirks_mode(mode);
    }

    #[inline]
    fn append_before_sibling(&mut self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        self.0.append_before_sibling(sibling, new_node);
    }

    #[inline]
    fn add_attrs_if_missing(&mut self, target: &NodeId, attrs: Vec<Attribute>) {
        self.0.add_attrs_if_missing(target, attrs);
    }

    #[inline]
    fn remove_from_parent(&mut self, target: &NodeId) {
        self.0.remove_from_parent(target);
    }

    #[inline]
    fn reparent_children(&mut self, node: &NodeId, new_parent: &NodeId) {
        self.0.reparent_children(node, new_parent);
    }
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
    fn steps_by_id_follow_the_traversal() {
        let page = Html::parse_document("<div><p>a<b>b</b></p><p></p>c</div><ul><li>d</li></ul>");
        for root in page.tree.nodes() {
            let expected: Vec<Step> = root
                .traverse()
                .map(|edge| match edge {
                    ego_tree::iter::Edge::Open(n) => Step::Open(n.id()),
                    ego_tree::iter::Edge::Close(n) => Step::Close(n.id()),
                })
                .collect();
            let mut steps = vec![Step::Open(root.id())];
            while let Some(next) = next_step(&page.tree, root.id(), *steps.last().unwrap()) {
                steps.push(next);
            }
            assert_eq!(steps, expected);
        }
    }

    #[test]
    fn blocks_are_known_by_name() {
        assert!(is_block(&LocalName::from("p")));
        assert!(is_block(&LocalName::from("figcaption")));
        assert!(!is_block(&LocalName::from("span")));
        assert!(!is_block(&LocalName::from("header")));
    }

    #[test]
    fn white_space_after_a_bare_block_is_left_out() {
        let page =
            "<body><div><p>One</p>\n<p>Two</p> <b>x</b>\n<p class=a>Three</p>\n</div></body>";
        let lean = parse_document(Cow::Borrowed(page));
        let texts = |html: &Html| -> Vec<String> {
            html.tree
                .nodes()
                .filter_map(|n| match n.value() {
                    Node::Text(t) => Some(t.text.to_string()),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(texts(&lean), ["One", "Two", "x", "\n", "Three", "\n"]);
        assert_eq!(
            texts(&Html::parse_document(page)),
            ["One", "\n", "Two", " ", "x", "\n", "Three", "\n"]
        );
    }

    #[test]
    fn a_page_fed_in_pieces_gives_the_same_tree() {
        // Text, tags and character references cut across pieces; no
        // block without attributes, so the tree is scraper's own.
        let body = "<p class=\"a\">Caf&eacute; one,\r\n two &amp; <b>three</b>.</p>\n<div class=\"x\">Four</div>"
            .repeat(PIECE / 40);
        let page =
            format!("<!doctype html><html><head><title>T</title></head><body>{body}</body></html>");
        let whole = serialized(&Html::parse_document(&page));
        let fed = parse_document(Cow::Owned(page.clone()));
        assert!(serialized(&fed) == whole, "fed in pieces");
        let borrowed = parse_document(Cow::Borrowed(&page));
        assert!(serialized(&borrowed) == whole, "fed whole");
    }
}
