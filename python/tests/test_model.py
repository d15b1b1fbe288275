"""The model: the file `rinse learn` writes, byte for byte; merging is a
sum; cleaning with it is what `rinse --jsonl --model` does."""

import json

import pytest

import rinse_text
from conftest import SITES, run_cli, write_jsonl


def test_learned_model_equals_cli(tmp_path, corpus, corpus_jsonl):
    run_cli("learn", "--jsonl", corpus_jsonl, "-o", tmp_path / "cli.model", "--quiet")
    model = rinse_text.Model()
    assert model.add_texts(r["text"] for r in corpus) == len(corpus)
    assert model.to_bytes() == (tmp_path / "cli.model").read_bytes()
    assert model.docs == len(corpus)
    model.save(tmp_path / "py.model")
    assert (tmp_path / "py.model").read_bytes() == (tmp_path / "cli.model").read_bytes()
    assert rinse_text.Model.load(tmp_path / "cli.model") == model
    assert rinse_text.Model.load(str(tmp_path / "cli.model")) == model


def test_merge_is_a_sum(tmp_path, corpus):
    whole = rinse_text.Model()
    whole.add_texts(r["text"] for r in corpus)
    parts = [rinse_text.Model() for _ in range(3)]
    for i, r in enumerate(corpus):
        parts[i % 3].add_text(r["text"])
    merged = rinse_text.Model().merge(parts[2]).merge(parts[0]).merge(parts[1])
    assert merged == whole and merged.to_bytes() == whole.to_bytes()
    for i, part in enumerate(parts):
        part.save(tmp_path / f"{i}.model")
    run_cli("learn", "--merge", *(tmp_path / f"{i}.model" for i in range(3)), "-o", tmp_path / "all.model", "--quiet")
    assert (tmp_path / "all.model").read_bytes() == whole.to_bytes()
    # A model merged with itself counts everything twice.
    twice = rinse_text.Model.from_bytes(whole.to_bytes())
    twice.merge(twice)
    assert twice.docs == 2 * whole.docs


def test_cleaning_with_the_model_equals_cli(tmp_path, corpus, corpus_jsonl):
    run_cli("learn", "--jsonl", corpus_jsonl, "-o", tmp_path / "m.model", "--quiet")
    out = run_cli("--jsonl", corpus_jsonl, "--model", tmp_path / "m.model", "--quiet").stdout.decode()
    expected = [json.loads(line)["text"] for line in out.splitlines()]
    model = rinse_text.Model.load(tmp_path / "m.model")
    cleaner = rinse_text.Cleaner(model=model)
    got = cleaner.clean_batch([r["text"] for r in corpus])
    assert got == expected
    # The site boilerplate went: the model did its work.
    disclosure = SITES["dailyharbour.example"][1]
    assert model.contexts(disclosure) > 100
    assert not any(disclosure in text for text in got)
    # min_docs as --min-docs.
    out = run_cli("--jsonl", corpus_jsonl, "--model", tmp_path / "m.model", "--min-docs", "500", "--quiet").stdout
    high = rinse_text.Cleaner(model=model, min_docs=500)
    assert high.clean_batch([r["text"] for r in corpus]) == [json.loads(l)["text"] for l in out.decode().splitlines()]


def test_prune_keeps_what_cleaning_needs(corpus):
    model = rinse_text.Model()
    model.add_texts(r["text"] for r in corpus)
    full = len(model)
    texts = [r["text"] for r in corpus]
    before = rinse_text.Cleaner(model=model).clean_batch(texts)
    model.prune()
    assert 0 < len(model) < full
    assert rinse_text.Cleaner(model=model).clean_batch(texts) == before
    assert model.min_docs == 5
    model.prune(1000)
    assert model.min_docs == 1000


def test_bad_model_bytes():
    with pytest.raises(ValueError, match="RINSEMDL"):
        rinse_text.Model.from_bytes(b"NOTAMODELxxxxxxxxxxxxxxxxxxxxxxx")
    with pytest.raises(ValueError, match="too short"):
        rinse_text.Model.from_bytes(b"")
    with pytest.raises(FileNotFoundError):
        rinse_text.Model.load("/nonexistent/rinse.model")


def test_skipping_what_cannot_be_learned(tmp_path):
    texts = ["A paragraph of several words here.", "ab\0\0cd\0\0", None]
    with pytest.raises(ValueError):
        rinse_text.Model().add_texts(texts)
    model = rinse_text.Model()
    assert model.add_texts(texts, on_error="skip") == 1
    records = [{"text": "A paragraph of several words here."}, {"text": "ab\0\0cd\0\0"}]
    path = write_jsonl(tmp_path / "bad.jsonl", records)
    run_cli("learn", "--jsonl", path, "-o", tmp_path / "bad.model", "--quiet", check=False)
    assert (tmp_path / "bad.model").read_bytes() == model.to_bytes()
