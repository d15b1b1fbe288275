"""Per-source models: the web-scale recipe. A site's boilerplate is judged
against its own documents, not the whole corpus's 0.1%."""

import json
import pickle

import rinse_text
from conftest import make_corpus, run_cli, write_jsonl
from rinse_text import SourceModels, host_of


def test_host_of():
    assert host_of("https://WWW.Example.com:8080/a?b") == "example.com"
    assert host_of("example.org/path") == "example.org"
    assert host_of("") == host_of(None) == ""


def test_one_model_per_source_is_that_source_alone(tmp_path, corpus):
    keys = [host_of(r["url"]) for r in corpus]
    models = SourceModels()
    assert models.add_texts(keys, [r["text"] for r in corpus]) == len(corpus)
    assert sorted(models.keys()) == sorted(set(keys))
    host = keys[0]
    alone = [r for r, k in zip(corpus, keys) if k == host]
    path = write_jsonl(tmp_path / "alone.jsonl", alone)
    run_cli("learn", "--jsonl", path, "-o", tmp_path / "alone.model", "--quiet")
    assert models[host].to_bytes() == (tmp_path / "alone.model").read_bytes()
    # Saved as one model file per source, in the command line's format.
    models.save(tmp_path / "models")
    back = SourceModels.load(tmp_path / "models")
    assert back == models
    assert pickle.loads(pickle.dumps(models)) == models
    # Merging halves gives the whole.
    a, b = SourceModels(), SourceModels()
    a.add_texts(keys[::2], [r["text"] for r in corpus[::2]])
    b.add_texts(keys[1::2], [r["text"] for r in corpus[1::2]])
    assert a.merge(b) == models
    # Cleaning: each text with its own source's model.
    texts = [r["text"] for r in corpus]
    cleaned = models.clean_batch(keys, texts, threads=2)
    assert cleaned == [models.cleaner(k).clean(t) for k, t in zip(keys, texts)]
    # An unknown source is cleaned without a model.
    assert models.cleaner("unknown.example").model is None


def test_a_small_site_in_a_large_corpus():
    # 12,000 documents of other sites: the whole corpus's threshold is 12
    # contexts, more than the small site's 8 articles can give.
    others = make_corpus(12000, seed=3)
    disclosure = "Small Site Weekly is funded by readers like you; thank you for your support."
    small = [
        {"url": f"https://small.example/{i}", "text": f"{r['text']}\n{disclosure}\n"}
        for i, r in enumerate(make_corpus(8, seed=99))
    ]
    records = others + small
    texts = [r["text"] for r in records]
    keys = [host_of(r["url"]) for r in records]
    whole = rinse_text.Model()
    whole.add_texts(texts)
    assert whole.min_docs > 8
    kept = rinse_text.Cleaner(model=whole).clean_batch([r["text"] for r in small])
    assert all(disclosure in text for text in kept)
    per_source = SourceModels()
    per_source.add_texts(keys, texts)
    assert per_source["small.example"].min_docs == 5
    gone = per_source.clean_batch(["small.example"] * len(small), [r["text"] for r in small])
    assert not any(disclosure in text for text in gone)


def test_the_command_line_learns_and_cleans_the_same_folder(tmp_path, corpus):
    # `rinse learn --jsonl --source-field url` writes the folder
    # SourceModels.save writes, byte for byte, and cleans as clean_batch.
    path = write_jsonl(tmp_path / "corpus.jsonl", corpus)
    run_cli("learn", "--jsonl", path, "--source-field", "url", "-o", tmp_path / "cli", "--quiet")
    models = SourceModels()
    models.add_texts([host_of(r["url"]) for r in corpus], [r["text"] for r in corpus])
    models.save(tmp_path / "py")
    names = sorted(p.name for p in (tmp_path / "cli").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "py").iterdir())
    assert len(names) == len(models) + 1
    for name in names:
        assert (tmp_path / "cli" / name).read_bytes() == (tmp_path / "py" / name).read_bytes(), name
    out = run_cli("--jsonl", path, "--source-field", "url", "--model", tmp_path / "cli", "--quiet").stdout.decode()
    cleaned = [json.loads(line)["text"] for line in out.splitlines()]
    keys = [host_of(r["url"]) for r in corpus]
    assert cleaned == models.clean_batch(keys, [r["text"] for r in corpus])
