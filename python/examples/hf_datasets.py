"""Hugging Face datasets: learn a corpus model, then clean with a batched
``map`` on several processes.

    python examples/hf_datasets.py corpus.jsonl out.jsonl [num_proc]

The cleaner pickles (``__reduce__``), so ``datasets`` can hash the mapped
function and caches its result; each worker process cleans on one thread
(``RINSE_THREADS`` sets more), and the pool of a parent that cleaned
before forking is never reused in a child.
"""

import sys

import datasets

import rinse_text


def learn(ds, column="text"):
    """The corpus model of a dataset: one model per shard of 1,000 rows,
    added up (what a cluster does across machines)."""
    model = rinse_text.Model()
    for start in range(0, len(ds), 1000):
        shard = rinse_text.Model()
        shard.add_texts(ds[start : start + 1000][column])
        model.merge(shard)
    return model


def clean(ds, cleaner, column="text", num_proc=None):
    return ds.map(
        lambda batch: {column: cleaner.clean_batch(batch[column])},
        batched=True,
        batch_size=256,
        num_proc=num_proc,
        desc="rinse",
    )


def main(source, target, num_proc=2):
    ds = datasets.load_dataset("json", data_files=source, split="train")
    cleaner = rinse_text.Cleaner(model=learn(ds))
    cleaned = clean(ds, cleaner, num_proc=num_proc)
    cleaned.to_json(target, lines=True, force_ascii=False)
    return cleaned


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 2)
