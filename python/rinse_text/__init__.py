"""rinse for Python: strip boilerplate from scraped articles and repair
their broken characters, with the rules, the model format and the results
of the ``rinse`` command line.

>>> import rinse_text
>>> rinse_text.clean("Storm Hits the Coast\\n\\nStorm Hits the Coast\\n\\nThe story starts here.\\n")
'Storm Hits the Coast\\n\\nThe story starts here.\\n'

``Cleaner`` holds the options (rules, format, an optional corpus ``Model``)
and cleans one text, a text with its edits, or a batch on several threads
with the GIL released. ``Model`` learns which blocks repeat across a
corpus, shard by shard: models ``merge`` into the model of the whole
corpus and ``save`` the file ``rinse learn`` writes. Everything pickles, so
Spark, Ray and ``datasets.map`` can ship it to their workers.
"""

from ._rinse import (
    Cleaned,
    Cleaner,
    Edit,
    Model,
    __version__,
    clean,
    clean_bytes,
    default_batch_threads,
    explain,
    rules,
)
from .sources import SourceModels, host_of

__all__ = [
    "Cleaned",
    "Cleaner",
    "Edit",
    "Model",
    "SourceModels",
    "__version__",
    "clean",
    "clean_bytes",
    "default_batch_threads",
    "explain",
    "host_of",
    "rules",
]
