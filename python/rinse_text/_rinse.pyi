"""Type stubs of the compiled module (re-exported by ``rinse_text``)."""

from os import PathLike
from typing import Iterable, Literal, Optional, Sequence, TypedDict, Union, overload

__version__: str

Format = Literal["auto", "text", "html"]
RuleIds = Union[str, Sequence[str]]
Text = Union[str, bytes]

class RuleInfo(TypedDict):
    id: str
    kind: Literal["character", "block"]
    summary: str

class Edit:
    """One change: ``source[start:end]`` (code points) became ``replacement``."""

    rule: str
    start: int
    end: int
    action: Literal["remove", "replace"]
    text: str
    replacement: str
    reason: str
    def to_dict(self) -> dict: ...

class Cleaned:
    """The cleaned text, its edits and the text their offsets point into."""

    text: str
    edits: list[Edit]
    source: str
    format: Literal["text", "html"]
    @property
    def changed(self) -> bool: ...

class Model:
    """A corpus model: document and context counts of blocks, mergeable."""

    def __init__(self) -> None: ...
    @staticmethod
    def load(path: Union[str, PathLike[str]]) -> Model: ...
    def save(self, path: Union[str, PathLike[str]]) -> None: ...
    def to_bytes(self) -> bytes: ...
    @staticmethod
    def from_bytes(data: bytes) -> Model: ...
    def add_text(self, text: Text, *, format: Format = "auto", title: bool = False) -> None: ...
    def add_texts(
        self,
        texts: Iterable[Optional[Text]],
        *,
        format: Format = "auto",
        title: bool = False,
        threads: Optional[int] = None,
        on_error: Literal["raise", "skip"] = "raise",
    ) -> int: ...
    def merge(self, other: Model) -> Model: ...
    def prune(self, min_docs: Optional[int] = None) -> None: ...
    @property
    def docs(self) -> int: ...
    @property
    def min_docs(self) -> int: ...
    def doc_count(self, block: str) -> int: ...
    def contexts(self, block: str) -> int: ...
    def __len__(self) -> int: ...

class Cleaner:
    """Rules, intake options and an optional model; cleans texts."""

    def __init__(
        self,
        *,
        select: Optional[RuleIds] = None,
        ignore: Optional[RuleIds] = None,
        format: Format = "auto",
        title: bool = False,
        encoding: Optional[str] = None,
        model: Optional[Model] = None,
        min_docs: Optional[int] = None,
        threads: Optional[int] = None,
    ) -> None: ...
    def clean(self, text: Text) -> str: ...
    def clean_with_edits(self, text: Text) -> Cleaned: ...
    def check(self, text: Text) -> bool: ...
    def diff(self, text: Text, name: str = "text", color: bool = False) -> str: ...
    @overload
    def clean_batch(
        self,
        texts: Iterable[Text],
        *,
        threads: Optional[int] = None,
        on_error: Literal["raise", "keep"] = "raise",
    ) -> list[str]: ...
    @overload
    def clean_batch(
        self,
        texts: Iterable[Optional[Text]],
        *,
        threads: Optional[int] = None,
        on_error: Literal["raise", "keep", "none"] = "raise",
    ) -> list[Optional[str]]: ...
    @property
    def rules(self) -> list[str]: ...
    @property
    def threads(self) -> int: ...
    @property
    def model(self) -> Optional[Model]: ...

def clean(
    text: str,
    *,
    select: Optional[RuleIds] = None,
    ignore: Optional[RuleIds] = None,
    format: Format = "auto",
    title: bool = False,
) -> str: ...
def clean_bytes(
    data: bytes,
    encoding: Optional[str] = None,
    *,
    select: Optional[RuleIds] = None,
    ignore: Optional[RuleIds] = None,
    format: Format = "auto",
    title: bool = False,
) -> str: ...
def rules() -> list[RuleInfo]: ...
def explain(rule: str) -> str: ...
def default_batch_threads() -> int: ...
def source_key(url: str) -> str:
    """The source key of a URL, as ``rinse learn --source-field`` takes it."""
    ...
