#!/usr/bin/env python3
"""Extract real noise from the HTML of the dev pages into a JSON Lines corpus.

Reads the pages of ../shared/bench/aeb-dev (html/<id>.html, urls.json) and
../shared/bench/wcxb-dev (html/<id>.html.gz, pages.tsv), finds the elements
that carry noise (bylines, dates, captions, credits, the headline, share
bars, newsletter and promo boxes, related-link lists) by their markup, and
writes one snippet per line to tests/data/noise/snippets.jsonl:

    {"kind": "byline", "site": "example.com", "page": "wcxb-dev/0001",
     "split": "tune", "from": "class=byline", "text": "By Jane Doe\\nMarch 3, 2025"}

`text` is the element as a flattening scraper renders it: one line per block
element (and per <br>), whitespace collapsed inside each line. `split` is
"tune" for about 70% of the sites and "held" for the rest, from a hash of the
site, so that every snippet of a site is on the same side.

Only the Python standard library is used (html.parser); the corpus is
committed, so CI never runs this.

usage: python3 benches/noise_corpus.py [BENCH_DIR [OUT_DIR]]
       (defaults: ../shared/bench and tests/data/noise)
"""
import gzip
import hashlib
import html.parser
import json
import os
import re
import sys
from urllib.parse import urlparse

BENCH = sys.argv[1] if len(sys.argv) > 1 else "../shared/bench"
OUT = sys.argv[2] if len(sys.argv) > 2 else "tests/data/noise"

VOID = set("area base br col embed hr img input link meta param source track wbr".split())
SKIP = set("script style noscript template svg iframe canvas select option head math".split())
BLOCK = set(
    """address article aside blockquote details dialog dd div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p
    pre section table tr td th ul caption summary""".split()
)

# Most snippets of one kind kept per page, and the size limits of each kind
# (characters, lines): a larger element is a container, not the noise itself.
PER_PAGE = {"caption": 6, "credit": 4, "related": 2}
LIMITS = {
    "byline": (300, 6),
    "date": (100, 2),
    "caption": (600, 4),
    "credit": (200, 2),
    "headline": (300, 2),
    "share": (300, 12),
    "promo": (600, 10),
    "related": (2000, 25),
}
DIGIT = re.compile(r"\d")
WORD = re.compile(r"\w", re.UNICODE)
CTA = re.compile(r"(?:^|[^a-z])cta(?:[^a-z]|$)")


class Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.children, self.parent = tag, attrs, [], parent


class Tree(html.parser.HTMLParser):
    """A forgiving DOM: unknown end tags are ignored, an end tag closes every
    element opened after its start tag, a block start closes an open <p>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.stack = [self.root]
        self.meta = {}
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        attrs = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key and key.lower() in ("og:title", "twitter:title"):
                self.meta.setdefault(key.lower(), attrs.get("content", ""))
            return
        if self.skip:
            if tag in SKIP and tag not in VOID:
                self.skip += 1
            return
        if tag in SKIP:
            self.skip = 1
            return
        if tag in BLOCK and self.stack[-1].tag == "p":
            self.stack.pop()
        node = Node(tag, attrs, self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and not self.skip and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if self.skip:
            if tag in SKIP:
                self.skip -= 1
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        if not self.skip:
            self.stack[-1].children.append(data)


def hidden(node):
    style = node.attrs.get("style", "").replace(" ", "").lower()
    return "hidden" in node.attrs or "display:none" in style


def render(node):
    """The element's text as lines, the way a flattening scraper prints it."""
    lines, cur = [], []

    def flush():
        line = " ".join("".join(cur).split())
        if line:
            lines.append(line)
        cur.clear()

    def walk(n):
        for c in n.children:
            if isinstance(c, str):
                cur.append(c)
            elif hidden(c):
                continue
            elif c.tag == "br":
                flush()
            elif c.tag in BLOCK:
                flush()
                walk(c)
                flush()
            else:
                cur.append(" " if c.tag in ("td", "th", "button") else "")
                walk(c)

    walk(node)
    flush()
    return lines


def classes(node):
    return " ".join(node.attrs.get("class", "").lower().split())


def kinds(node):
    """The kinds of noise an element's markup says it holds, with the marker."""
    cls = classes(node)
    rel = node.attrs.get("rel", "").lower()
    prop = node.attrs.get("itemprop", "").lower()
    found = []
    if "comment" in cls or "reply" in cls:
        return found
    if "author" in rel.split():
        found.append(("byline", "rel=author"))
    elif prop == "author" or "author" in prop.split():
        found.append(("byline", "itemprop=author"))
    elif "byline" in cls or "author" in cls:
        found.append(("byline", "class=" + ("byline" if "byline" in cls else "author")))
    if node.tag == "time":
        found.append(("date", "time"))
    elif m := re.search(r"date|time|published|updated", cls):
        found.append(("date", "class=" + m.group(0)))
    if node.tag == "figcaption":
        found.append(("caption", "figcaption"))
    elif any(UI_CAPTION.search(t) is None for t in cls.split() if "caption" in t) and captions_media(
        node
    ):
        found.append(("caption", "class=caption"))
    if "credit" in cls:
        found.append(("credit", "class=credit"))
    if m := re.search(r"share|social", cls):
        found.append(("share", "class=" + m.group(0)))
    if m := re.search(r"newsletter|promo|subscribe", cls):
        found.append(("promo", "class=" + m.group(0)))
    elif CTA.search(cls):
        found.append(("promo", "class=cta"))
    if m := re.search(r"related|recommend|read-next|more-stories|you-may-like", cls):
        found.append(("related", "class=" + m.group(0)))
    return found


# Class names with `caption` in them that name no image caption: type
# scales and sizes (`typography-caption`, `wt-text-caption`, `caption-s`),
# and parts of cards, ratings, buttons and menus (`rating__caption`,
# `figcaption-button`, `nav-col-caption`, `adcaption`: `Advertisement`).
UI_CAPTION = re.compile(
    r"rating|typograph|text-caption|button|action|badge|stat-|nav|adcaption|product|toggle|tile"
    r"|bar-caption|caption[-_](?:s|m|l|xs|sm|md|lg|large|small|medium|mobile|desktop)$"
)
MEDIA = set("img picture video figure iframe".split())
# How far up from a `class=caption` element its image may sit: the
# caption's parent (`<div><img><p class=caption>`), or the figure box
# around both (`<div class=media><div><img></div><div class=caption>`).
MEDIA_LEVELS = 3


def has_media(node):
    stack = [node]
    while stack:
        for c in stack.pop().children:
            if isinstance(c, str):
                continue
            if c.tag in MEDIA:
                return True
            stack.append(c)
    return False


def captions_media(node):
    """Whether a `class=caption` element captions an image or a video: one
    sits in an element around it, at most MEDIA_LEVELS up. `caption` is
    also a typography class of many design systems (`text-caption`,
    `caption-sm`: small print on price tags, cookie switches, filter
    labels, footer links), and such an element is no image caption: seen
    as `Sorted by:`, `Always Enabled`, `Privacy Policy`, `5 reviews with an
    average rating of 4.5 out of 5 stars`."""
    up = node.parent
    for _ in range(MEDIA_LEVELS):
        if up is None:
            return False
        if up.tag in MEDIA or has_media(up):
            return True
        up = up.parent
    return False


def fits(kind, lines):
    chars, most = LIMITS[kind]
    text = "\n".join(lines)
    if not lines or len(text) > chars or len(lines) > most or not WORD.search(text):
        return False
    if kind == "date" and not DIGIT.search(text):
        return False
    if kind in ("share", "related", "promo") and len(text) < 4:
        return False
    return True


def snippets(root):
    """(kind, marker, lines) for each outermost element of a kind that fits
    its limits; an element too large for its kind is searched inside."""
    out = []

    def walk(node, claimed):
        for c in node.children:
            if isinstance(c, str) or hidden(c):
                continue
            mine = claimed
            found = [k for k in kinds(c) if k[0] not in claimed]
            if found:
                lines = render(c)
                for kind, marker in found:
                    if fits(kind, lines):
                        out.append((kind, marker, lines))
                        mine = mine | {kind}
            walk(c, mine)

    walk(root, frozenset())
    return out


def first(root, tag):
    stack = [root]
    while stack:
        node = stack.pop(0)
        for c in node.children:
            if isinstance(c, str):
                continue
            if c.tag == tag and not hidden(c):
                return c
            stack.append(c)
    return None


def norm(text):
    return " ".join(text.split()).lower()


def in_gold(lines, gold_text, gold_lines):
    """Whether the snippet is content: the gold holds it as one of its lines,
    or (from four words) within its text, or holds most of its longer lines."""
    joined = norm(" ".join(lines))
    if joined in gold_lines:
        return True
    if len(joined.split()) >= 4 and joined in gold_text:
        return True
    long = [norm(l) for l in lines if len(l.split()) >= 4]
    held = sum(1 for l in long if l in gold_text)
    return bool(long) and held * 2 > len(long)


def split_of(site):
    return "tune" if hashlib.sha1(site.encode()).digest()[0] % 10 < 7 else "held"


def site_of(url):
    host = urlparse(url).netloc.lower().split(":")[0]
    return host[4:] if host.startswith("www.") else host


def pages():
    aeb = os.path.join(BENCH, "aeb-dev")
    with open(os.path.join(aeb, "urls.json"), encoding="utf-8") as f:
        for pid, info in sorted(json.load(f).items()):
            yield "aeb-dev", pid, info["url"], os.path.join(aeb, "html", pid + ".html")
    wcxb = os.path.join(BENCH, "wcxb-dev")
    with open(os.path.join(wcxb, "pages.tsv"), encoding="utf-8") as f:
        for row in f:
            pid, _, url = row.rstrip("\n").split("\t")[:3]
            yield "wcxb-dev", pid, url, os.path.join(wcxb, "html", pid + ".html.gz")


def main():
    os.makedirs(OUT, exist_ok=True)
    counts, dropped, total = {}, {"gold": 0}, 0
    out_path = os.path.join(OUT, "snippets.jsonl")
    with open(out_path, "w", encoding="utf-8") as out:
        for bench, pid, url, path in pages():
            if not os.path.exists(path):
                continue
            opener = gzip.open if path.endswith(".gz") else open
            with opener(path, "rb") as f:
                page = f.read().decode("utf-8", "replace")
            gold_path = os.path.join(BENCH, bench, "gold", pid + ".txt")
            with open(gold_path, encoding="utf-8", errors="replace") as f:
                gold = f.read()
            gold_text = norm(gold)
            gold_lines = {norm(l) for l in gold.splitlines() if l.strip()}
            tree = Tree()
            tree.feed(page)
            tree.close()
            found = snippets(tree.root)
            h1 = first(tree.root, "h1")
            if h1 is not None:
                found.append(("headline", "h1", render(h1)))
            for key in ("og:title", "twitter:title"):
                title = " ".join(tree.meta.get(key, "").split())
                if title:
                    found.append(("headline", key, [title]))
                    break
            # A page without a URL is a site of its own.
            site = site_of(url) or f"{bench}/{pid}"
            seen, per = set(), {}
            for kind, marker, lines in found:
                if kind == "headline":
                    lines = [" ".join(lines)]
                if not fits(kind, lines):
                    continue
                text = "\n".join(lines)
                if (kind, text) in seen or per.get(kind, 0) >= PER_PAGE.get(kind, 3):
                    continue
                seen.add((kind, text))
                if in_gold(lines, gold_text, gold_lines):
                    dropped["gold"] += 1
                    continue
                per[kind] = per.get(kind, 0) + 1
                record = {
                    "kind": kind,
                    "site": site,
                    "page": f"{bench}/{pid}",
                    "split": split_of(site),
                    "from": marker,
                    "text": text,
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                key = (kind, record["split"])
                counts[key] = counts.get(key, 0) + 1
                total += 1
    print(f"{total} snippets written to {out_path}; {dropped['gold']} dropped as gold content")
    for kind in LIMITS:
        print(f"  {kind:9} tune {counts.get((kind, 'tune'), 0):5}  held {counts.get((kind, 'held'), 0):5}")


if __name__ == "__main__":
    main()
