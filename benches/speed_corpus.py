#!/usr/bin/env python3
"""Build the speed bench corpus: real articles with real noise, ~SIZE MB.

The articles are the gold texts of ../shared/bench (aeb-dev, wcxb-dev)
with the noise snippets of tests/data/noise/snippets.jsonl put in the way
a flattening scraper prints them: `benches/noise_recall.rs --seed N --dump
DIR` writes one noisy text per page and kind of noise (~56 MB a seed).
This script runs it for seeds 1, 2, ... until the corpus holds SIZE MB,
skips any text byte-identical to one already taken, and writes

    OUT/files/s<seed>/<kind>/<page>.txt   one file per document
    OUT/corpus.jsonl                       the same documents, one
                                           {"id": ..., "text": ...} a line

The documents are taken in a fixed order (seed, kind, file name), so the
same SIZE gives the same corpus byte for byte. The corpus is generated:
build it under target/ or TMPDIR, never commit it.

usage: benches/speed_corpus.py ../shared/bench OUT [SIZE_MB=100]
then:  RINSE_BENCH_CORPUS=OUT cargo bench --bench batch
"""
import hashlib, json, os, shutil, subprocess, sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    bench, out = sys.argv[1], sys.argv[2]
    size = int(float(sys.argv[3] if len(sys.argv) > 3 else 100) * 1e6)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    raw = os.path.join(out, "raw")
    files = os.path.join(out, "files")
    for d in (raw, files):
        shutil.rmtree(d, ignore_errors=True)
    os.makedirs(files)
    seen, total, count, seed = set(), 0, 0, 0
    with open(os.path.join(out, "corpus.jsonl"), "w", encoding="utf-8") as jsonl:
        while total < size:
            seed += 1
            dump = os.path.join(raw, f"s{seed}")
            subprocess.run(
                ["cargo", "bench", "-q", "--bench", "noise_recall", "--",
                 os.path.abspath(bench), "--seed", str(seed), "--dump", dump],
                cwd=root, check=True, stdout=subprocess.DEVNULL)
            added = 0
            for kind in sorted(os.listdir(dump)):
                for name in sorted(os.listdir(os.path.join(dump, kind))):
                    if total >= size:
                        break
                    with open(os.path.join(dump, kind, name), "rb") as f:
                        data = f.read()
                    digest = hashlib.sha256(data).digest()
                    if digest in seen:
                        continue
                    seen.add(digest)
                    rel = os.path.join(f"s{seed}", kind, name)
                    target = os.path.join(files, rel)
                    os.makedirs(os.path.dirname(target), exist_ok=True)
                    with open(target, "wb") as f:
                        f.write(data)
                    text = data.decode("utf-8")
                    jsonl.write(json.dumps({"id": rel, "text": text}, ensure_ascii=False))
                    jsonl.write("\n")
                    total += len(data)
                    count += 1
                    added += 1
            shutil.rmtree(dump)
            if added == 0:
                sys.exit(f"seed {seed} added no new document; corpus stops at {total} bytes")
    shutil.rmtree(raw, ignore_errors=True)
    print(f"{count} documents, {total / 1e6:.1f} MB of text, seeds 1..{seed}, in {out}")


if __name__ == "__main__":
    main()
