#!/usr/bin/env python3
"""Batch mode with learning on a folder with syndicated copies.

Builds a scraped folder from the gold texts of ../shared/bench (300
distinct articles of 150 words or more; 25 of them printed by 3 to 8 of
eight sites), wraps every page in its site's chrome (a masthead, a footer
and a promo that sits in the middle half of the article in about 37% of
the pages, at the foot otherwise) plus a line of its own, then runs each
RINSE binary with learning and with --no-learn and prints the shingle
precision, recall and F1 against the gold (the metric of rinse::eval),
the F1 of the copies alone, how much chrome was removed, and how many
paragraphs of the copies were lost.

usage: benches/corpus_copies.py ../shared/bench /tmp/corpus-copies target/release/rinse [OTHER_RINSE...]
"""
import collections, os, random, re, shutil, subprocess, sys

bench, work, binaries = sys.argv[1], sys.argv[2], sys.argv[3:]
rng = random.Random(10)

golds = []
for sub in ("wcxb-dev/gold", "aeb-dev/gold"):
    d = os.path.join(bench, sub)
    for name in sorted(os.listdir(d)):
        text = open(os.path.join(d, name), encoding="utf-8").read().strip()
        paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
        if len(paras) >= 4 and len(text.split()) >= 150:
            golds.append(paras)
rng.shuffle(golds)
golds = golds[:300]

SITES = []
NAMES = ["Harbour Gazette", "Valley Courier", "Metro Daily Wire", "Northern Record",
         "Lakeside Observer", "Capital Ledger", "Plains Tribune", "Riverside Post"]
for n in NAMES:
    short = n.split()[0]
    SITES.append({
        "top": f"{n}: independent reporting for our readers since {rng.randint(1900, 1990)}.",
        "foot": f"© {n} Media Group. All rights reserved. Read our terms and privacy policy.",
        "promo": f"Enjoying this article? Become a {short} member today for unlimited access to every story.",
    })

def noise_line(site, k):
    """A per-document line of its own (never repeated)."""
    return rng.choice([
        f"Updated {rng.randint(1,12)}:{rng.randint(10,59)} {rng.choice(['am','pm'])}, {rng.randint(1,28)} March",
        f"Reporting by staff writer no. {rng.randint(100,999)} for {NAMES[site]}",
        f"Photo {rng.randint(1000,9999)} courtesy of the {NAMES[site]} picture desk",
    ])

docs = []  # (name, text, gold, info)
def make(idx, paras, site, copy):
    s = SITES[site]
    body = list(paras)
    chrome = []  # (text, position kind)
    mid = rng.random() < 0.37
    blocks = [s["top"], noise_line(site, idx)]
    if mid:
        at = rng.randint(max(1, len(body) // 4), max(1, (3 * len(body)) // 4))
        body = body[:at] + [s["promo"]] + body[at:]
        chrome.append("mid")
    blocks += body
    if not mid:
        blocks.append(s["promo"])
        chrome.append("edge")
    blocks.append(s["foot"])
    text = "\n\n".join(blocks) + "\n"
    docs.append((f"site{site}/{idx:04d}-{copy}.txt", text, "\n\n".join(paras), site, mid, copy))

n_copies = 0
copied = set(range(0, 300, 12))  # 25 articles printed 3-8 times
for i, paras in enumerate(golds):
    if i in copied:
        k = rng.randint(3, 8)
        for c, site in enumerate(rng.sample(range(8), k)):
            make(i, paras, site, c)
            n_copies += 1
    else:
        make(i, paras, rng.randrange(8), 0)

inp = os.path.join(work, "in")
shutil.rmtree(work, ignore_errors=True)
for name, text, gold, *_ in docs:
    p = os.path.join(inp, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, "w", encoding="utf-8").write(text)

WORD = re.compile(r"\w+")
def shingles(t):
    toks = WORD.findall(t)
    if not toks:
        return collections.Counter()
    if len(toks) < 4:
        return collections.Counter([tuple(toks)])
    return collections.Counter(tuple(toks[i:i+4]) for i in range(len(toks) - 3))

def score(out, subset=None):
    ps, rs = [], []
    for name, text, gold, site, mid, copy in docs:
        if subset and not subset(name, site, mid, copy):
            continue
        o = open(os.path.join(out, name), encoding="utf-8").read()
        so, sg = shingles(o), shingles(gold)
        tp = sum((so & sg).values())
        if so: ps.append(tp / sum(so.values()))
        if sg: rs.append(tp / sum(sg.values()))
    p, r = sum(ps) / len(ps), sum(rs) / len(rs)
    return p, r, 2 * p * r / (p + r)

def chrome_recall(out):
    found = collections.Counter(); total = collections.Counter()
    lost_paras = 0; copy_paras = 0
    for name, text, gold, site, mid, copy in docs:
        o = open(os.path.join(out, name), encoding="utf-8").read()
        lines = set(l.strip() for l in o.split("\n"))
        s = SITES[site]
        for kind, block in (("top", s["top"]), ("foot", s["foot"]), ("promo-mid" if mid else "promo-edge", s["promo"])):
            total[kind] += 1
            if block not in lines:
                found[kind] += 1
        if name.split("/")[1].split("-")[0] in copied_names:
            for p in gold.split("\n\n"):
                copy_paras += 1
                if p.strip() not in o:
                    lost_paras += 1
    return {k: f"{found[k]}/{total[k]}" for k in total}, f"{lost_paras}/{copy_paras}"

copied_names = {f"{i:04d}" for i in copied}
is_copy = lambda name, site, mid, copy: name.split("/")[1].split("-")[0] in copied_names
print(f"{len(docs)} documents: {300 - len(copied)} single articles, {len(copied)} articles in {n_copies} copies; "
      f"promo mid-article in {sum(d[4] for d in docs)} ({100*sum(d[4] for d in docs)/len(docs):.0f}%)")
for b in binaries:
    for label, flags in (("learn", []), ("no-learn", ["--no-learn"])):
        out = os.path.join(work, "out-" + os.path.basename(b) + "-" + label)
        shutil.rmtree(out, ignore_errors=True)
        subprocess.run([b, inp, "--quiet", "--out-dir", out] + flags, check=True)
        p, r, f = score(out)
        pc, rc, fc = score(out, is_copy)
        rec, lost = chrome_recall(out)
        print(f"{b} {label:9} P {p:.3f} R {r:.3f} F1 {f:.3f} | copies F1 {fc:.3f} | "
              f"chrome removed {rec} | copy paragraphs lost {lost}")
