"""Throughput of rinse from Python against ftfy.fix_text and against the
command line, on the same texts, in one run.

    python bench/bench.py [FOLDER...] [--rinse PATH] [--repeat N]

FOLDER: folders of .txt files (default: the gold texts of
``../shared/bench/*/gold``, 1,395 clean articles of every kind). Measures,
in MiB/s of UTF-8 input (best of ``--repeat`` runs):

- ``Cleaner().clean_batch(texts, threads=1)`` and ``threads=2``;
- ``Cleaner().clean(text)`` called once per text (the per-call cost);
- ``ftfy.fix_text(text)`` per text (ftfy repairs characters only, a
  subset of rinse's work);
- ``rinse --jsonl FILE --jobs 1`` and ``--jobs 2`` on the same texts as
  one JSON Lines file, output to /dev/null (process start and JSON parsing
  included).
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

import rinse_text

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def best(work, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*")
    parser.add_argument("--rinse", default=os.path.join(REPO, "target", "release", "rinse"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folders = args.folders or sorted(glob.glob(os.path.join(REPO, "..", "shared", "bench", "*", "gold")))
    paths = sorted(p for f in folders for p in glob.glob(os.path.join(f, "*.txt")))
    texts = [open(p, encoding="utf-8", errors="replace").read() for p in paths]
    mib = sum(len(t.encode()) for t in texts) / (1 << 20)
    print(f"{len(texts)} texts, {mib:.1f} MiB, from {', '.join(os.path.relpath(f) for f in folders)}")

    cleaner = rinse_text.Cleaner()
    results = {}
    results["rinse_text clean_batch, 1 thread"] = best(lambda: cleaner.clean_batch(texts, threads=1), args.repeat)
    results["rinse_text clean_batch, 2 threads"] = best(lambda: cleaner.clean_batch(texts, threads=2), args.repeat)
    results["rinse_text clean, one call per text"] = best(lambda: [cleaner.clean(t) for t in texts], args.repeat)
    try:
        import ftfy

        results[f"ftfy {ftfy.__version__} fix_text"] = best(lambda: [ftfy.fix_text(t) for t in texts], 1)
    except ImportError:
        print("(ftfy not installed: pip install ftfy)")
    if os.path.exists(args.rinse):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = os.path.join(tmp, "corpus.jsonl")
            with open(corpus, "w", encoding="utf-8") as f:
                for t in texts:
                    f.write(json.dumps({"text": t}) + "\n")
            for jobs in (1, 2):
                cmd = [args.rinse, "--jsonl", corpus, "--jobs", str(jobs), "--quiet"]
                run = lambda: subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
                results[f"rinse --jsonl --jobs {jobs} (command line)"] = best(run, args.repeat)
    else:
        print(f"(no command line at {args.rinse}: cargo build --release)")

    base = results["rinse_text clean_batch, 1 thread"]
    print(f"{'':44} {'MiB/s':>8} {'× batch, 1 thread':>18}")
    for name, seconds in results.items():
        print(f"{name:44} {mib / seconds:8.1f} {base / seconds:18.2f}")


if __name__ == "__main__":
    sys.exit(main())
