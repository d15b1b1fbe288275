"""Ray Data: map_batches(learn) → merge → clean with map_batches.

    python examples/ray_learn_clean.py corpus.jsonl out.jsonl model.out

The merged model is the file ``rinse learn --jsonl corpus.jsonl`` writes,
byte for byte, however Ray splits the corpus into blocks; the cleaned texts
are those of ``rinse --jsonl corpus.jsonl --model model.out``. Each batch
learns a model of its own, shipped back as the model file's bytes; the
driver adds them up; the cleaner travels to the workers by pickling (the
model file's bytes again). Each worker cleans on one thread.
"""

import functools
import json
import os
import sys

import ray

import rinse_text


def learn_batch(batch):
    """The model of one batch, as one row holding its bytes."""
    model = rinse_text.Model()
    model.add_texts(list(batch["text"]))
    return {"model": [model.to_bytes()]}


def clean_batch(batch, cleaner):
    """The batch with its texts cleaned."""
    batch["text"] = cleaner.clean_batch(list(batch["text"]))
    return batch


def learn(ds):
    """The corpus model of the dataset ``ds`` (a column ``text``)."""
    parts = ds.map_batches(learn_batch, batch_format="pandas")
    models = (rinse_text.Model.from_bytes(row["model"]) for row in parts.iter_rows())
    return functools.reduce(lambda a, b: a.merge(b), models, rinse_text.Model())


def clean(ds, cleaner):
    """``ds`` with its column ``text`` cleaned by ``cleaner``, rows in order."""
    return ds.map_batches(clean_batch, batch_format="pandas", fn_kwargs={"cleaner": cleaner})


def run(source, target, model_path):
    ray.data.DataContext.get_current().execution_options.preserve_order = True
    ds = ray.data.read_json(source, lines=True)
    model = learn(ds)
    model.save(model_path)
    cleaned = clean(ds, rinse_text.Cleaner(model=model))
    with open(target, "w", encoding="utf-8") as out:
        for row in cleaned.iter_rows():
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return model


def init(num_cpus=2):
    """A local Ray whose workers can import this module: its folder is
    their working directory (on a cluster, give ``ray.init`` the address)."""
    here = os.path.dirname(os.path.abspath(__file__))
    ray.init(
        num_cpus=int(num_cpus),
        include_dashboard=False,
        ignore_reinit_error=True,
        log_to_driver=False,
        runtime_env={"working_dir": here},
    )


def main(source, target, model_path, num_cpus=2):
    init(num_cpus)
    try:
        return run(source, target, model_path)
    finally:
        ray.shutdown()


if __name__ == "__main__":
    main(*sys.argv[1:])
