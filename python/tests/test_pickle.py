"""Everything pickles: Spark and Ray ship objects by pickling, and datasets
caches only what it can hash."""

import pickle

import rinse_text
from test_api import CLEAN, SCRAPED


def round_trip(obj):
    return pickle.loads(pickle.dumps(obj))


def test_cleaner(corpus):
    model = rinse_text.Model()
    model.add_texts(r["text"] for r in corpus)
    for cleaner in [
        rinse_text.Cleaner(),
        rinse_text.Cleaner(select="repeated-block", format="text", threads=2),
        rinse_text.Cleaner(ignore=["caption"], title=True, encoding="latin1"),
        rinse_text.Cleaner(model=model, min_docs=7),
    ]:
        back = round_trip(cleaner)
        assert back.rules == cleaner.rules
        assert repr(back) == repr(cleaner)
        assert back.threads == cleaner.threads
        texts = [r["text"] for r in corpus[:50]] + [SCRAPED]
        assert back.clean_batch(texts) == cleaner.clean_batch(texts)
    # Pickled the same way twice: what datasets' hashing relies on.
    assert pickle.dumps(rinse_text.Cleaner(model=model)) == pickle.dumps(rinse_text.Cleaner(model=model))


def test_model(corpus):
    model = rinse_text.Model()
    model.add_texts(r["text"] for r in corpus)
    back = round_trip(model)
    assert back == model
    assert back.to_bytes() == model.to_bytes()
    assert round_trip(rinse_text.Model()) == rinse_text.Model()


def test_results():
    cleaned = rinse_text.Cleaner().clean_with_edits(SCRAPED)
    back = round_trip(cleaned)
    assert back.text == CLEAN and back.edits == cleaned.edits and back.source == SCRAPED
    assert round_trip(cleaned.edits[0]) == cleaned.edits[0]


def test_source_models(corpus):
    models = rinse_text.SourceModels()
    models.add_texts([rinse_text.host_of(r["url"]) for r in corpus], [r["text"] for r in corpus])
    assert round_trip(models) == models
