"""One corpus model per source: per host, or per any key you give.

With 10⁹ documents the default threshold of a corpus model (0.1% of the
documents) is a million: no one site's boilerplate reaches it. Counting each
source apart makes the threshold that source's own (5 contexts, or 0.1% of
the source's documents), so a site's newsletter box under 40 of its
articles goes even when the corpus is huge.

>>> from rinse_text import SourceModels
>>> models = SourceModels()
>>> models.add_texts(["a.example", "b.example"], ["First text.", "Second text."])
2
>>> sorted(models.keys())
['a.example', 'b.example']
"""

from __future__ import annotations

import os
from typing import Dict, Iterable, Iterator, Optional, Tuple

from ._rinse import Cleaner, Model, source_key

__all__ = ["SourceModels", "host_of"]

#: The index file of a folder of source models: one ``key<TAB>file`` line
#: per source.
INDEX = "sources.tsv"


def host_of(url: Optional[str]) -> str:
    """The source key of a URL: its host, lower-cased, without port, user
    or ``www.`` (``""`` when there is none) — the key ``rinse learn --jsonl
    --source-field`` gives each document, so a folder saved here and one
    the command line writes are the same.

    >>> host_of("https://WWW.Example.com/news/1?x=2")
    'example.com'
    """
    return source_key(url) if url else ""


class SourceModels:
    """A ``Model`` per source key. Merges, prunes, saves and pickles like a
    ``Model``; ``cleaner(key)`` cleans a document with its source's model.
    """

    def __init__(self, models: Optional[Dict[str, Model]] = None) -> None:
        self.models: Dict[str, Model] = dict(models or {})
        self._cleaners: Dict[Tuple, Cleaner] = {}

    # -- learning -------------------------------------------------------

    def add_text(self, key: str, text, **options) -> None:
        """Counts one document into the model of ``key``."""
        self._model(key).add_text(text, **options)

    def add_texts(self, keys: Iterable[str], texts: Iterable, **options) -> int:
        """Counts each text into the model of its key (``keys`` and
        ``texts`` in step); ``options`` as ``Model.add_texts``. Returns the
        documents counted."""
        groups: Dict[str, list] = {}
        for key, text in zip(keys, texts):
            groups.setdefault(key, []).append(text)
        return sum(self._model(key).add_texts(group, **options) for key, group in groups.items())

    def merge(self, other: "SourceModels") -> "SourceModels":
        """Adds ``other``'s models, source by source; returns ``self``."""
        for key, model in other.models.items():
            mine = self.models.get(key)
            if mine is None:
                self.models[key] = Model.from_bytes(model.to_bytes())
            else:
                mine.merge(model)
        self._cleaners.clear()
        return self

    def prune(self, min_docs: Optional[int] = None) -> None:
        """Prunes every source's model (see ``Model.prune``)."""
        for model in self.models.values():
            model.prune(min_docs)
        self._cleaners.clear()

    # -- applying -------------------------------------------------------

    def cleaner(self, key: str, **options) -> Cleaner:
        """A ``Cleaner`` with the model of ``key`` (none for an unknown
        source); ``options`` as ``Cleaner``'s. Kept for the next call."""
        cache_key = (key, tuple(sorted((k, repr(v)) for k, v in options.items())))
        cleaner = self._cleaners.get(cache_key)
        if cleaner is None:
            cleaner = Cleaner(model=self.models.get(key), **options)
            self._cleaners[cache_key] = cleaner
        return cleaner

    def clean_batch(self, keys: Iterable[str], texts: Iterable, *, threads=None, on_error="raise", **options):
        """The cleaned texts, each with its source's model, in order."""
        keys, texts = list(keys), list(texts)
        groups: Dict[str, list] = {}
        for i, key in enumerate(keys):
            groups.setdefault(key, []).append(i)
        out = [None] * len(texts)
        for key, indices in groups.items():
            cleaned = self.cleaner(key, **options).clean_batch(
                [texts[i] for i in indices], threads=threads, on_error=on_error
            )
            for i, text in zip(indices, cleaned):
                out[i] = text
        return out

    # -- files ----------------------------------------------------------

    def save(self, folder) -> None:
        """Writes one model file per source into ``folder`` (created), and
        an index ``sources.tsv`` of ``key<TAB>file``. Each file is the
        format ``rinse learn`` writes."""
        os.makedirs(folder, exist_ok=True)
        lines = []
        for n, key in enumerate(sorted(self.models)):
            if "\t" in key or "\n" in key:
                raise ValueError(f"a source key cannot hold a tab or a line break: {key!r}")
            name = f"{n:06d}.model"
            self.models[key].save(os.path.join(folder, name))
            lines.append(f"{key}\t{name}\n")
        tmp = os.path.join(folder, INDEX + ".tmp")
        with open(tmp, "w", encoding="utf-8") as index:
            index.writelines(lines)
        os.replace(tmp, os.path.join(folder, INDEX))

    @classmethod
    def load(cls, folder) -> "SourceModels":
        """Reads a folder written by ``save``."""
        models = {}
        with open(os.path.join(folder, INDEX), encoding="utf-8") as index:
            for line in index:
                key, name = line.rstrip("\n").split("\t")
                models[key] = Model.load(os.path.join(folder, name))
        return cls(models)

    # -- the rest -------------------------------------------------------

    def _model(self, key: str) -> Model:
        model = self.models.get(key)
        if model is None:
            model = self.models[key] = Model()
            self._cleaners.clear()
        return model

    def keys(self):
        return self.models.keys()

    def items(self) -> Iterator[Tuple[str, Model]]:
        return iter(self.models.items())

    def __len__(self) -> int:
        return len(self.models)

    def __getitem__(self, key: str) -> Model:
        return self.models[key]

    def __contains__(self, key: object) -> bool:
        return key in self.models

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SourceModels) and self.models == other.models

    def __getstate__(self):
        return {"models": self.models}

    def __setstate__(self, state) -> None:
        self.models = state["models"]
        self._cleaners = {}

    def __repr__(self) -> str:
        docs = sum(m.docs for m in self.models.values())
        return f"SourceModels(sources={len(self.models)}, docs={docs})"
