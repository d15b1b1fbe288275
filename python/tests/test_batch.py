"""Batches: the same output on any number of threads, and no hang after
fork (a pool inherited from the parent has no threads in the child)."""

import multiprocessing
import os
import subprocess
import sys

import pytest

import rinse_text
from conftest import SAMPLES


def texts(corpus):
    return [r["text"] for r in corpus] + [p.read_bytes() for p in SAMPLES]


def test_two_threads_equal_one(corpus):
    cleaner = rinse_text.Cleaner()
    batch = texts(corpus)
    one = cleaner.clean_batch(batch, threads=1)
    assert cleaner.clean_batch(batch, threads=2) == one
    assert cleaner.clean_batch(batch, threads=3) == one
    assert one == [cleaner.clean(t) for t in batch]


def test_two_threads_equal_one_with_a_model(corpus):
    model = rinse_text.Model()
    assert model.add_texts((r["text"] for r in corpus), threads=1) == len(corpus)
    two = rinse_text.Model()
    two.add_texts((r["text"] for r in corpus), threads=2)
    assert two.to_bytes() == model.to_bytes()
    cleaner = rinse_text.Cleaner(model=model)
    batch = texts(corpus)
    assert cleaner.clean_batch(batch, threads=2) == cleaner.clean_batch(batch, threads=1)


def _child(queue):
    cleaner = rinse_text.Cleaner()
    queue.put((rinse_text.default_batch_threads(), cleaner.clean_batch(["a  \n"] * 64, threads=2)[0]))


def test_a_forked_child_does_not_hang():
    # The parent's pool is up and has worked.
    cleaner = rinse_text.Cleaner()
    assert cleaner.clean_batch(["a  \n"] * 64, threads=2)[0] == "a\n"
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_child, args=(queue,))
    child.start()
    child.join(60)
    assert not child.is_alive(), "the forked child hung"
    threads, first = queue.get(timeout=5)
    assert first == "a\n"
    # Forked after the import: one thread unless told otherwise.
    if "RINSE_THREADS" not in os.environ:
        assert threads == 1


def test_threads_from_the_environment():
    code = "import rinse_text; print(rinse_text.default_batch_threads(), rinse_text.Cleaner().threads, rinse_text.Cleaner(threads=5).threads)"
    env = dict(os.environ, RINSE_THREADS="3")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["3", "3", "5"]
    env.pop("RINSE_THREADS")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert int(out.split()[0]) == (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count())


def test_the_gil_is_released(corpus):
    # Two Python threads cleaning at once finish with the same results.
    import threading

    cleaner = rinse_text.Cleaner()
    batch = texts(corpus)
    expected = cleaner.clean_batch(batch, threads=1)
    results = {}

    def work(i):
        results[i] = cleaner.clean_batch(batch, threads=1)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert results == {0: expected, 1: expected}


def test_bad_arguments():
    with pytest.raises(ValueError):
        rinse_text.Cleaner().clean_batch(["x"], on_error="ignore")
    with pytest.raises(ValueError):
        rinse_text.Model().add_texts(["x"], on_error="keep")
