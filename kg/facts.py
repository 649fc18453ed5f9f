"""The facts the extractor reads from a document, each with the sentence it came from.

These plain records are what :mod:`kg.graph` turns into RDF. Names are stored in the
normalised form used for identity (white space removed, simplified characters); the
``evidence`` sentence keeps the words as the text gives them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.dates import PartialDate
from kg.doc import Sentence

@dataclass(frozen=True)
class Person:
    name: str
    evidence: Sentence


@dataclass(frozen=True)
class PostHolding:
    """``person`` holds the post worded ``post`` (in ``org``, when the post names a body or place)."""

    person: str
    post: str
    org: str | None
    evidence: Sentence


@dataclass(frozen=True)
class Organization:
    name: str
    evidence: Sentence
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Place:
    name: str
    evidence: Sentence
    parent: str | None = None
    kind: str | None = None  # province, prefecture, county, zone, region, place
    aliases: tuple[str, ...] = ()  # other forms the text uses (上海市, 沪)


@dataclass(frozen=True)
class Participation:
    name: str
    role: str  # chair, speaker, attendee or other (kg:Roles)
    evidence: Sentence


@dataclass
class Event:
    label: str
    evidence: Sentence
    date: PartialDate | None = None
    end_date: PartialDate | None = None
    place: str | None = None
    trigger: str | None = None
    participations: list[Participation] = field(default_factory=list)


@dataclass(frozen=True)
class Goal:
    text: str
    indicator: str
    evidence: Sentence
    target: str | None = None
    deadline: PartialDate | None = None


@dataclass(frozen=True)
class NamedDocument:
    """A plan, decision or report named by its title (《…》)."""

    title: str
    evidence: Sentence
    date: PartialDate | None = None


@dataclass
class Extraction:
    """Everything read from one :class:`kg.doc.Document`."""

    doc_id: str
    persons: list[Person] = field(default_factory=list)
    posts: list[PostHolding] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    documents: list[NamedDocument] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
