"""Spark: mapPartitions(learn) → treeReduce(merge) → broadcast → clean.

    python examples/spark_learn_clean.py corpus.jsonl out.jsonl model.out [master]

The merged model is the file ``rinse learn --jsonl corpus.jsonl`` writes,
byte for byte, whatever the partitioning; the cleaned texts are those of
``rinse --jsonl corpus.jsonl --model model.out``. Models and the cleaner
travel between the driver and the workers by pickling (``__reduce__``:
the model file's bytes). Each worker cleans on one thread.
"""

import json
import os
import sys

from pyspark.sql import SparkSession

import rinse_text


def learn_partition(lines):
    model = rinse_text.Model()
    model.add_texts(json.loads(line)["text"] for line in lines if line.strip())
    yield model


def merge(a, b):
    return a.merge(b)


def clean_partition(cleaner):
    def clean(lines):
        records = [json.loads(line) for line in lines if line.strip()]
        texts = cleaner.value.clean_batch([r["text"] for r in records])
        for record, text in zip(records, texts):
            record["text"] = text
            yield json.dumps(record, ensure_ascii=False)

    return clean


def session(master="local[2]"):
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return (
        SparkSession.builder.master(master)
        .appName("rinse")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )


def run(spark, source, target, model_path, partitions=4):
    sc = spark.sparkContext
    # The workers unpickle this module's functions by name.
    sc.addPyFile(os.path.abspath(__file__))
    lines = sc.textFile(source, minPartitions=partitions)
    model = lines.mapPartitions(learn_partition).treeReduce(merge, depth=2)
    model.save(model_path)
    cleaner = sc.broadcast(rinse_text.Cleaner(model=model))
    cleaned = lines.mapPartitions(clean_partition(cleaner)).collect()
    with open(target, "w", encoding="utf-8") as out:
        for line in cleaned:
            out.write(line + "\n")
    return model


def main(source, target, model_path, master="local[2]"):
    spark = session(master)
    try:
        return run(spark, source, target, model_path)
    finally:
        spark.stop()


if __name__ == "__main__":
    main(*sys.argv[1:])
