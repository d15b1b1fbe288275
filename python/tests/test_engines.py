"""The examples on the engines, at small scale: each must give what the
command line gives (`rinse learn --jsonl` + `rinse --jsonl --model`)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import rinse_text
from conftest import PYTHON_DIR, make_corpus, run_cli, write_jsonl

sys.path.insert(0, str(PYTHON_DIR / "examples"))

#: Documents of the engine tests: a few thousand, as the issue asks.
ENGINE_DOCS = 3000


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """A corpus of a few thousand documents, and what the command line
    makes of it: (records, jsonl path, model bytes, cleaned texts)."""
    folder = tmp_path_factory.mktemp("engine")
    records = make_corpus(ENGINE_DOCS, seed=11)
    path = write_jsonl(folder / "corpus.jsonl", records)
    run_cli("learn", "--jsonl", path, "-o", folder / "cli.model", "--quiet")
    out = run_cli("--jsonl", path, "--model", folder / "cli.model", "--quiet").stdout.decode()
    cleaned = [json.loads(line)["text"] for line in out.splitlines()]
    return records, path, (folder / "cli.model").read_bytes(), cleaned


def test_datasets_map_with_two_processes(big, tmp_path, monkeypatch):
    datasets = pytest.importorskip("datasets")
    import hf_datasets

    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    datasets.disable_progress_bars()
    records, path, model_bytes, expected = big
    # The parent has used a pool of two threads before the workers fork.
    assert rinse_text.Cleaner().clean_batch([r["text"] for r in records[:200]], threads=2)
    ds = datasets.load_dataset("json", data_files=str(path), split="train", cache_dir=str(tmp_path / "cache"))
    model = hf_datasets.learn(ds)
    assert model.to_bytes() == model_bytes
    cleaner = rinse_text.Cleaner(model=model, threads=2)
    # The mapped function can be hashed: datasets caches its result.
    from datasets.fingerprint import Hasher

    assert Hasher.hash(cleaner) == Hasher.hash(rinse_text.Cleaner(model=model, threads=2))
    done = subprocess_timeout(lambda: hf_datasets.clean(ds, cleaner, num_proc=2), 300)
    assert done["text"] == expected
    # The example's main, end to end.
    out = tmp_path / "out.jsonl"
    hf_datasets.main(str(path), str(out), num_proc=2)
    assert [json.loads(line)["text"] for line in out.read_text().splitlines()] == expected


def subprocess_timeout(work, seconds):
    """Runs ``work`` and fails (instead of hanging the suite) when it takes
    longer than ``seconds``."""
    import signal

    def alarm(*_):
        raise TimeoutError(f"no result after {seconds} s: a hang")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        return work()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_datatrove_learn_merge_clean(big, tmp_path):
    pytest.importorskip("datatrove")
    import datatrove_pipeline

    records, path, model_bytes, expected = big
    source = tmp_path / "in"
    source.mkdir()
    # Two files, so that the two tasks learn different shards.
    half = len(records) // 2
    write_jsonl(source / "a.jsonl", records[:half])
    write_jsonl(source / "b.jsonl", records[half:])
    work = tmp_path / "work"
    subprocess_timeout(lambda: datatrove_pipeline.main(str(source), str(work), tasks=2), 600)
    assert sorted(os.listdir(work / "models")) == ["00000.model", "00001.model"]
    assert (work / "merged" / "corpus.model").read_bytes() == model_bytes
    cleaned = []
    for name in sorted(os.listdir(work / "clean")):
        with open(work / "clean" / name, encoding="utf-8") as f:
            cleaned.extend(json.loads(line) for line in f)
    assert len(cleaned) == len(records)
    # The writer keeps the url (in metadata); a story printed twice has
    # one url and one text.
    by_url = {r["url"]: text for r, text in zip(records, expected)}
    originals = {r["url"]: r["text"] for r in records}
    for doc in cleaned:
        assert doc["text"] == by_url[doc["metadata"]["url"]]
    # Edits in metadata, offsets in code points of the text before cleaning.
    some = [d for d in cleaned if d["metadata"]["rinse_edits"]]
    assert some
    for doc in some[:300]:
        for edit in doc["metadata"]["rinse_edits"]:
            assert originals[doc["metadata"]["url"]][edit["start"] : edit["end"]] == edit["text"]
    # Stats per rule, through datatrove's counters.
    stats = json.loads((work / "logs" / "clean" / "stats.json").read_text())
    names = {k for step in stats for k in step.get("stats", {})}
    assert "edits_corpus-boilerplate" in names and "changed" in names


@pytest.mark.engine
def test_spark_local_learn_merge_clean(big, tmp_path):
    pytest.importorskip("pyspark")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java")
    import spark_learn_clean

    records, path, model_bytes, expected = big
    out = tmp_path / "out.jsonl"
    spark = spark_learn_clean.session("local[2]")
    try:
        model = spark_learn_clean.run(spark, str(path), str(out), str(tmp_path / "spark.model"), 4)
        # A Spark worker cleans on one thread unless told otherwise.
        workers = spark.sparkContext.parallelize(range(2), 2).map(lambda _: rinse_text.default_batch_threads())
        threads = workers.collect()
    finally:
        spark.stop()
    assert (tmp_path / "spark.model").read_bytes() == model_bytes
    assert model.to_bytes() == model_bytes
    assert [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()] == expected
    if "RINSE_THREADS" not in os.environ:
        assert threads == [1, 1]


@pytest.mark.engine
def test_ray_local_learn_merge_clean(big, tmp_path):
    ray = pytest.importorskip("ray")
    import ray_learn_clean

    records, path, model_bytes, expected = big
    out = tmp_path / "out.jsonl"
    ray_learn_clean.init(2)
    try:
        # Several blocks, so that several batches learn models to add up.
        ds = ray.data.read_json(str(path), lines=True).repartition(4)
        assert ray_learn_clean.learn(ds).to_bytes() == model_bytes
        model = ray_learn_clean.run(str(path), str(out), str(tmp_path / "ray.model"))

        @ray.remote
        def worker_threads():
            return rinse_text.default_batch_threads()

        threads = ray.get(worker_threads.remote())
    finally:
        ray.shutdown()
    assert (tmp_path / "ray.model").read_bytes() == model_bytes
    assert model.to_bytes() == model_bytes
    assert [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()] == expected
    if "RINSE_THREADS" not in os.environ:
        assert threads == 1
