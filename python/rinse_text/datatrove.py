"""rinse as datatrove pipeline steps: learn → merge → clean.

The three stages follow datatrove's sentence-dedup pattern: a first pipeline
writes one corpus model per rank (``RinseLearn``), one task adds them up
(``RinseMerge``), and the cleaning pipeline applies the merged model
(``RinseFormatter``)::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from rinse_text.datatrove import RinseFormatter, RinseLearn, RinseMerge

    learn = LocalPipelineExecutor([JsonlReader("in/"), RinseLearn("models/")], tasks=4)
    merge = LocalPipelineExecutor([RinseMerge("models/", "merged/")], tasks=1, depends=learn)
    clean = LocalPipelineExecutor(
        [JsonlReader("in/"), RinseFormatter(model_folder="merged/"), JsonlWriter("out/")],
        tasks=4,
        depends=merge,
    )
    clean.run()

``RinseFormatter`` counts per rule, in datatrove's stats, the edits it made
(``edits_<rule>``), the documents it changed (``changed``) and the
characters it removed (``chars_removed``); with ``edits_in_metadata`` it puts
every edit (rule, start, end, action, text, replacement, reason; offsets in
code points of the text before cleaning, or of the article extracted
from an HTML page) in ``doc.metadata``.
"""

from __future__ import annotations

from collections import Counter
from typing import Optional

from datatrove.data import DocumentsPipeline
from datatrove.io import DataFolderLike, get_datafolder
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.formatters.base import BaseFormatter
from datatrove.utils.typeshelper import StatHints

from ._rinse import Cleaner, Model

__all__ = ["RinseFormatter", "RinseLearn", "RinseMerge", "MODEL_NAME"]

#: The file name of the merged model ``RinseMerge`` writes and
#: ``RinseFormatter`` reads.
MODEL_NAME = "corpus.model"
#: The suffix of the per-rank models of ``RinseLearn``.
MODEL_SUFFIX = ".model"


def _read_model(folder, name: str) -> Model:
    with folder.open(name, "rb") as f:
        return Model.from_bytes(f.read())


class RinseLearn(PipelineStep):
    """Counts every document into a corpus model and writes it, one file
    per rank (``00003.model``), into ``output_folder``. Documents pass
    through unchanged. A document rinse cannot take in (binary text) is
    skipped and counted as ``skipped``, as ``rinse learn`` skips it."""

    name = "🧽 rinse learn"
    type = "🔢 - STATS"

    def __init__(
        self,
        output_folder: DataFolderLike,
        *,
        format: str = "auto",
        title: bool = False,
        batch_size: int = 1024,
        threads: Optional[int] = None,
    ):
        super().__init__()
        self.output_folder = get_datafolder(output_folder)
        self.format = format
        self.title = title
        self.batch_size = batch_size
        self.threads = threads

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        model = Model()
        batch = []

        def flush():
            with self.track_time(unit="batch"):
                counted = model.add_texts(
                    batch, format=self.format, title=self.title, threads=self.threads, on_error="skip"
                )
            self.stat_update("learned", value=counted)
            if counted < len(batch):
                self.stat_update("skipped", value=len(batch) - counted)
            batch.clear()

        for doc in data or ():
            self.stat_update(StatHints.total)
            batch.append(doc.text)
            if len(batch) >= self.batch_size:
                flush()
            yield doc
        if batch:
            flush()
        with self.output_folder.open(f"{rank:05d}{MODEL_SUFFIX}", "wb") as f:
            f.write(model.to_bytes())


class RinseMerge(PipelineStep):
    """Adds up the models of ``RinseLearn`` in ``input_folder`` and writes
    the sum as ``output_folder/corpus.model`` (the file ``rinse learn
    --merge`` writes). Runs as one task."""

    name = "🧽 rinse merge"
    type = "🔢 - STATS"

    def __init__(self, input_folder: DataFolderLike, output_folder: DataFolderLike, *, output_name: str = MODEL_NAME):
        super().__init__()
        self.input_folder = get_datafolder(input_folder)
        self.output_folder = get_datafolder(output_folder)
        self.output_name = output_name

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if world_size != 1:
            raise ValueError("RinseMerge runs as one task (tasks=1)")
        model = Model()
        for name in self.input_folder.list_files(glob_pattern="*" + MODEL_SUFFIX):
            with self.track_time(unit="model"):
                model.merge(_read_model(self.input_folder, name))
            self.stat_update("models")
        with self.output_folder.open(self.output_name, "wb") as f:
            f.write(model.to_bytes())
        self.stat_update("documents", value=model.docs)
        if data:
            yield from data


class RinseFormatter(BaseFormatter):
    """Cleans each document's text with rinse: the rules (``select``,
    ``ignore``), the intake (``format``, ``title``) and, for
    ``corpus-boilerplate``, a corpus model: ``model`` (a ``Model``), or
    ``model_folder``/``model_name`` (the file ``RinseMerge`` wrote, read
    once per worker), with ``min_docs`` as ``rinse --min-docs``.

    A document rinse cannot take in (binary text) is kept unchanged and
    counted as ``errors``."""

    name = "🧽 rinse"

    def __init__(
        self,
        *,
        model: Optional[Model] = None,
        model_folder: Optional[DataFolderLike] = None,
        model_name: str = MODEL_NAME,
        min_docs: Optional[int] = None,
        select=None,
        ignore=None,
        format: str = "auto",
        title: bool = False,
        edits_in_metadata: bool = False,
        metadata_key: str = "rinse_edits",
    ):
        super().__init__()
        if model is not None and model_folder is not None:
            raise ValueError("give a model or a model_folder, not both")
        self.model = model
        self.model_folder = get_datafolder(model_folder) if model_folder is not None else None
        self.model_name = model_name
        self.options = dict(select=select, ignore=ignore, format=format, title=title, min_docs=min_docs)
        self.edits_in_metadata = edits_in_metadata
        self.metadata_key = metadata_key
        self._cleaner: Optional[Cleaner] = None
        # Fail early on bad options (unknown rules, format), not in a worker.
        Cleaner(**{k: v for k, v in self.options.items() if k != "min_docs"})

    @property
    def cleaner(self) -> Cleaner:
        if self._cleaner is None:
            model = self.model
            if self.model_folder is not None:
                model = _read_model(self.model_folder, self.model_name)
            options = dict(self.options)
            if model is None:
                options.pop("min_docs")
            self._cleaner = Cleaner(model=model, **options)
        return self._cleaner

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_cleaner"] = None
        return state

    def format(self, text: str) -> str:
        return self.cleaner.clean(text)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        cleaner = self.cleaner
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                try:
                    cleaned = cleaner.clean_with_edits(doc.text)
                except ValueError:
                    self.stat_update("errors")
                    yield doc
                    continue
            if cleaned.changed:
                self.stat_update("changed")
                rules = Counter(edit.rule for edit in cleaned.edits)
                for rule, n in sorted(rules.items()):
                    self.stat_update(f"edits_{rule}", value=n)
                removed = len(doc.text) - len(cleaned.text)
                if removed > 0:
                    self.stat_update("chars_removed", value=removed)
            if self.edits_in_metadata:
                doc.metadata[self.metadata_key] = [edit.to_dict() for edit in cleaned.edits]
            doc.text = cleaned.text
            yield doc
