"""Shared fixtures: the rinse command line to compare with, the samples, and
a small synthetic corpus with site boilerplate for the model tests."""

import json
import os
import random
import shutil
import subprocess
from pathlib import Path

import pytest

PYTHON_DIR = Path(__file__).resolve().parents[1]
REPO = PYTHON_DIR.parent
SAMPLES = sorted(p for p in (REPO / "samples").iterdir() if p.is_file())


def _find_cli():
    """The rinse binary: ``RINSE_BIN``, else the newest of the target
    folder's builds, else one on the PATH."""
    given = os.environ.get("RINSE_BIN")
    if given:
        return given
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    built = [p for p in (target / "release" / "rinse", target / "debug" / "rinse") if p.is_file()]
    if built:
        return str(max(built, key=lambda p: p.stat().st_mtime))
    return shutil.which("rinse")


CLI = _find_cli()


def run_cli(*args, input=None, check=True):
    """Runs the command line; returns the CompletedProcess (bytes)."""
    if CLI is None:
        pytest.skip("no rinse binary (build it with cargo build, or set RINSE_BIN)")
    done = subprocess.run([CLI, *map(str, args)], input=input, capture_output=True, timeout=600)
    if check and done.returncode not in (0, 1):
        raise AssertionError(f"rinse {' '.join(map(str, args))} exited {done.returncode}: {done.stderr.decode()}")
    return done


@pytest.fixture(scope="session")
def cli():
    return run_cli


WORDS = (
    "the council budget river harbour market school minister report said would increase residents city plan "
    "data years since new road bridge winter summer price energy water company shares rose fell percent analysts "
    "expected court ruling appeal police officers hospital patients doctors study found higher lower several "
    "weeks months local national team season match players coach museum exhibition artists festival visitors"
).split()

SITES = {
    "dailyharbour.example": (
        "Daily Harbour | News from the coast and the hills every day",
        "We may earn a commission when you buy through links on our site.",
        "Sign up for the Harbour Briefing, our free newsletter, every weekday morning.",
    ),
    "cityledger.example": (
        "The City Ledger: independent local journalism since the old days",
        "This article was produced with support from the Ledger Members Fund.",
        "Get the Ledger app for breaking news alerts on your phone tonight.",
    ),
    "valleypost.example": (
        "Valley Post - your trusted source for valley news and weather",
        "Copyright Valley Post Media Group, all rights reserved, no reuse.",
        "Support local news: become a Valley Post subscriber for a dollar.",
    ),
}


def _sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    return " ".join(words).capitalize() + "."


def make_corpus(n, seed=7):
    """``n`` records {id, url, text}: articles of three sites, each with its
    site's masthead, disclosure and (in half of them) a promo
    mid-article; a few are printed twice (copies are not boilerplate), a
    few hold damaged characters."""
    rng = random.Random(seed)
    records = []
    hosts = sorted(SITES)
    for i in range(n):
        host = hosts[i % len(hosts)]
        masthead, disclosure, promo = SITES[host]
        paragraphs = [" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(3, 7))]
        if i % 2:
            paragraphs.insert(len(paragraphs) // 2, promo)
        if i % 11 == 0:
            paragraphs[0] = paragraphs[0].replace("the", "donâ€™t", 1)
        text = "\n\n".join([masthead, f"Headline number {i} about the {rng.choice(WORDS)}", *paragraphs, disclosure])
        records.append({"id": i, "url": f"https://www.{host}/story/{i}", "text": text + "\n"})
    for i in range(0, n, 97):
        copy = dict(records[i])
        copy["id"] = n + i
        records.append(copy)
    return records


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="session")
def corpus():
    return make_corpus(600)


@pytest.fixture(scope="session")
def corpus_jsonl(tmp_path_factory, corpus):
    return write_jsonl(tmp_path_factory.mktemp("corpus") / "corpus.jsonl", corpus)
