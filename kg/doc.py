"""Text containers that flow through the pipeline, in the spirit of spaCy's ``Doc``/``Span``.

A :class:`Document` holds the normalised text of one source file; its :class:`Article` and
:class:`Sentence` objects are character spans into that text (``start`` inclusive, ``end``
exclusive), so every extracted fact can point back to the exact words it was read from.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.dates import PartialDate


@dataclass(frozen=True)
class Span:
    """A labelled character span of a document's text (``text[start:end]``)."""

    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class Sentence:
    """One sentence: its position in the document and its text."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str
    article: int = 0


@dataclass
class Article:
    """One news item of a page; facts never cross from one article to another."""

    index: int
    start: int
    end: int
    title: str
    sentences: list[Sentence] = field(default_factory=list)
    date: PartialDate | None = None  # the article's own dateline date, when it has one


@dataclass
class Document:
    """A normalised source text with its metadata and its articles and sentences."""

    id: str
    text: str
    title: str | None = None
    publisher: str | None = None
    date: PartialDate | None = None
    date_basis: str | None = None
    source_path: str | None = None
    articles: list[Article] = field(default_factory=list)
    original: str | None = None  # the text in traditional characters, when it was written so (same offsets)

    @property
    def sentences(self) -> list[Sentence]:
        return [s for a in self.articles for s in a.sentences]
