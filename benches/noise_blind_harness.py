"""The harness the blind noise sets share (`noise_blind_sixth.py`,
`noise_blind_seventh.py`, `noise_blind_eighth.py`, `noise_blind_ninth.py`,
`noise_blind_tenth.py`, `noise_blind_eleventh.py`,
`noise_blind_twelfth.py`, `noise_blind_thirteenth.py`): a document of a
headline and paragraphs with noise put where flattening scrapers leave it
(`Doc`, `place`), the 400 texts of a seed, the scoring of rinse's output
and the report. Each set module gives ARTICLES, LANGS, KINDS and GEN (a
generator per kind) and calls `main(module, title, seed)`.

Each run builds 400 texts (100 per kind) from random.Random(seed): a headline
line, noise of ONE kind placed where flattening scrapers leave it, and an
article of 4-7 one-line paragraphs separated by blank lines. Every text is fed
to rinse on stdin and scored:

  PASS    every noise line is gone (whole stripped lines, with multiplicity; an
          output line that is a fragment of a noise line counts as left) AND
          every article paragraph is an output line verbatim. For duphead,
          exactly one copy of the headline must remain.
  DAMAGED some article paragraph lost or altered.

--selftest scores the identity output (must pass nothing) and the ideal output
(headline + paragraphs; must pass everything) without running any binary.
"""
import argparse
import collections
import concurrent.futures
import difflib
import os
import random
import shutil
import subprocess
import sys


class Doc:
    """headline block + paragraph blocks; noise goes into slots (after block j) or is glued to a block."""

    def __init__(self, headline, paras):
        self.blocks = [[headline]] + [[p] for p in paras]
        n = len(self.blocks)
        self.after = [[] for _ in range(n)]   # list of noise blocks (list of lines) after block j
        self.head = [[] for _ in range(n)]    # lines glued above block j
        self.tail = [[] for _ in range(n)]    # lines glued below block j
        self.noise = []                        # (line, label)

    def add(self, where, j, items):
        """items: list of (line, label)."""
        lines = [x for x, _ in items]
        self.noise.extend(items)
        if where == "block":
            self.after[j].append(lines)
        elif where == "head":
            self.head[j] = lines + self.head[j]
        else:
            self.tail[j].extend(lines)

    def text(self):
        out = []
        for j, b in enumerate(self.blocks):
            out.append("\n".join(self.head[j] + b + self.tail[j]))
            for nb in self.after[j]:
                out.append("\n".join(nb))
        return "\n\n".join(out) + "\n"


def place(doc, rng, j, items, glue_p=0.25, stack_p=0.6):
    """Put noise items after block j: as one stacked block, as separate blocks, or glued."""
    if not items:
        return
    r = rng.random()
    nblocks = len(doc.blocks)
    if r < glue_p:
        if j + 1 < nblocks and (j == 0 or rng.random() < 0.5):
            doc.add("head", j + 1, [(x, l + "/glued") for x, l in items])
        else:
            doc.add("tail", j, [(x, l + "/glued") for x, l in items])
    elif r < glue_p + (1 - glue_p) * stack_p or len(items) == 1:
        doc.add("block", j, items)
    else:
        for it in items:
            doc.add("block", j, [it])


def build(m, seed):
    """The 400 texts of `seed` for the set module `m`."""
    rng = random.Random(seed)
    texts = []
    for kind in m.KINDS:
        for idx in range(100):
            art = rng.choice(m.ARTICLES)
            k = rng.randint(4, min(7, len(art["paras"])))
            paras = art["paras"][:k]
            headline = art["headline"]
            if kind == "duphead" and rng.random() < 0.2:
                headline = art["short"]          # 1-2-word headlines
            doc = m.GEN[kind](art, rng, paras, headline)
            for line, lab in doc.noise:
                assert line.strip() and line.strip() not in paras, (kind, idx, line)
            texts.append(dict(kind=kind, idx=idx, art=art["id"], lang=art["lang"], headline=headline,
                              paras=paras, noise=doc.noise, text=doc.text()))
    return texts


def score(t, out):
    out_lines = [x.strip() for x in out.splitlines() if x.strip()]
    avail = collections.Counter(out_lines)
    lost = [p for p in t["paras"] if avail[p] == 0]
    for p in t["paras"]:
        if avail[p] > 0:
            avail[p] -= 1
    head_count = avail[t["headline"]]
    head_ok = True
    if t["kind"] == "duphead":
        head_ok = head_count >= 1
    if avail[t["headline"]] > 0:
        avail[t["headline"]] -= 1          # the kept headline
    left = []                               # (noise line, label, output line)
    for line, lab in t["noise"]:
        s = line.strip()
        if avail[s] > 0:
            avail[s] -= 1
            left.append((s, lab, s))
    extra = []
    noise_lines = [(line.strip(), lab) for line, lab in t["noise"]]
    for o in out_lines:
        while avail[o] > 0:
            avail[o] -= 1
            # a fragment of a noise line counts as left
            cands = [(n, lab) for n, lab in noise_lines if len(o) >= 2 and o in n]
            if cands:
                n, lab = max(cands, key=lambda x: len(x[0]))
                left.append((n, lab, o))
            else:
                extra.append(o)
    ok = not left and not lost and head_ok
    if t["kind"] == "duphead" and head_count != 1:
        ok = False
    return dict(ok=ok, lost=lost, left=left, extra=extra, head_count=head_count, out_lines=out_lines)


def run_rinse(binary, text):
    p = subprocess.run([binary], input=text.encode("utf-8"), capture_output=True, timeout=60)
    if p.returncode != 0:
        sys.stderr.write(f"rinse exited {p.returncode}: {p.stderr.decode('utf-8', 'replace')[:300]}\n")
    return p.stdout.decode("utf-8", "replace")


def report(m, title, texts, results, seed, binary, show):
    print(f"== rinse {title} seed={seed} texts={len(texts)} binary={binary} ==")
    tot_pass = tot_dmg = 0
    hdr = " ".join(f"{lg:>7}" for lg in m.LANGS)
    print(f"{'kind':<9} {'pass':>8} {'damaged':>8}  {hdr}   (per-language pass/n)")
    for kind in m.KINDS:
        rows = [(t, r) for t, r in zip(texts, results) if t["kind"] == kind]
        p = sum(r["ok"] for _, r in rows)
        d = sum(bool(r["lost"]) for _, r in rows)
        tot_pass += p
        tot_dmg += d
        per = []
        for lg in m.LANGS:
            n = sum(1 for t, _ in rows if t["lang"] == lg)
            pl = sum(1 for t, r in rows if t["lang"] == lg and r["ok"])
            per.append(f"{pl}/{n}")
        print(f"{kind:<9} {p:>4}/{len(rows):<3} {d:>8}  " + " ".join(f"{x:>7}" for x in per))
    print(f"{'TOTAL':<9} {tot_pass:>4}/{len(texts):<3} {tot_dmg:>8}")
    print()
    print("shapes left (texts that left it / texts that had it), example:")
    had = collections.Counter()
    leftc = collections.Counter()
    example = {}
    for t, r in zip(texts, results):
        labs = {lab for _, lab in t["noise"]}
        for lab in labs:
            had[lab] += 1
        ll = {}
        for n, lab, o in r["left"]:
            ll.setdefault(lab, o)
        for lab, o in ll.items():
            leftc[lab] += 1
            example.setdefault(lab, o)
    for lab in sorted(had, key=lambda x: (-leftc[x], x)):
        ex = example.get(lab, "")
        print(f"  {lab:<28} {leftc[lab]:>4}/{had[lab]:<4} {ex[:90]!r}" if ex else f"  {lab:<28} {leftc[lab]:>4}/{had[lab]:<4}")
    if show <= 0:
        return
    for kind in m.KINDS:
        fails = [(t, r) for t, r in zip(texts, results) if t["kind"] == kind and not r["ok"]]
        if not fails:
            continue
        print()
        print(f"--- failing {kind} texts (showing {min(show, len(fails))} of {len(fails)}) ---")
        for t, r in fails[:show]:
            print(f"[{kind}/{t['idx']}] {t['art']} ({t['lang']})")
            if t["kind"] == "duphead" and r["head_count"] != 1:
                print(f"    headline copies kept: {r['head_count']} (want 1)")
            for n, lab, o in r["left"]:
                tag = "" if n == o else f"  (fragment of {n[:60]!r})"
                print(f"    LEFT  {lab:<22} {o[:110]!r}{tag}")
            for p in r["lost"]:
                best = max(r["out_lines"] or [""], key=lambda o: difflib.SequenceMatcher(None, p, o).ratio())
                print(f"    LOST  {p[:110]!r}")
                print(f"          closest: {best[:110]!r}")
            for e in r["extra"]:
                print(f"    EXTRA {e[:110]!r}")


def main(m, title, default_seed):
    """Runs the set module `m` from the command line."""
    try:
        import signal
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    except (AttributeError, ValueError):
        pass
    ap = argparse.ArgumentParser(description=m.__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=default_seed)
    ap.add_argument("--rinse", default="target/release/rinse")
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--dump", metavar="DIR")
    ap.add_argument("--selftest", action="store_true",
                    help="score identity and ideal outputs instead of running rinse")
    a = ap.parse_args()
    texts = build(m, a.seed)
    if a.dump:
        for t in texts:
            d = os.path.join(a.dump, t["kind"])
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, f"{t['idx']}.txt"), "w", encoding="utf-8") as f:
                f.write(t["text"])
    if a.selftest:
        ident = [score(t, t["text"]) for t in texts]
        ideal = [score(t, "\n\n".join([t["headline"]] + t["paras"]) + "\n") for t in texts]
        print(f"selftest seed={a.seed}: identity passes {sum(r['ok'] for r in ident)}/{len(texts)} (want 0), "
              f"ideal passes {sum(r['ok'] for r in ideal)}/{len(texts)} (want {len(texts)}), "
              f"identity damaged {sum(bool(r['lost']) for r in ident)} (want 0)")
        bad = [t for t, r in zip(texts, ident) if r["ok"]] + [t for t, r in zip(texts, ideal) if not r["ok"]]
        for t in bad[:5]:
            print(t["kind"], t["idx"], t["noise"])
        return 1 if bad else 0
    binary = a.rinse
    if os.sep not in binary:
        binary = shutil.which(binary) or binary
    if not os.path.exists(binary):
        sys.exit(f"rinse binary not found: {a.rinse}")
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as ex:
        outs = list(ex.map(lambda t: run_rinse(binary, t["text"]), texts))
    results = [score(t, o) for t, o in zip(texts, outs)]
    report(m, title, texts, results, a.seed, a.rinse, a.show)
    return 0
