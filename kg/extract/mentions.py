"""Mentions: the typed spans of one sentence that the fact extractors build on.

The statistical recogniser (:mod:`kg.ner`) proposes PER/LOC/ORG spans; the gazetteer of
administrative divisions, the region list and the post titles confirm, complete and correct
them. Every span is in sentence-local character offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.doc import Sentence, Span
from kg.extract.gazetteer import Division, gazetteer
from kg.extract.lexicon import COMPOUND_SURNAMES, NAME_FOLLOWERS, PROVINCE_ABBR, REGIONS, SURNAMES, ZONE_SUFFIXES

_CJK = re.compile(r"[\u4e00-\u9fff]")
_REGION_FORMS = sorted(((form, name) for name, forms in REGIONS.items() for form in forms), key=lambda x: -len(x[0]))
_REGION_RE = re.compile("|".join(re.escape(f) for f, _ in _REGION_FORMS))
_REGION_OF = dict(_REGION_FORMS)
_NOT_PLACES = {"中国", "全国", "我国", "国内", "国外", "海外", "全球", "世界", "国际", "中华", "中华民族", "各地", "当地", "本地", "地方"}
_ZONE_STOP = set("的和与及在是为从向把将对由、，。；：“”《》（）() \n")
_FOLLOW_RE = re.compile("|".join(sorted(map(re.escape, NAME_FOLLOWERS), key=len, reverse=True)))


@dataclass
class PlaceMention:
    start: int
    end: int
    surface: str
    name: str  # canonical name of the node
    parent: str | None
    kind: str  # province, prefecture, county, region, zone, place


@dataclass
class SentenceMentions:
    sentence: Sentence
    persons: list[Span] = field(default_factory=list)
    orgs: list[Span] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    ner: list[Span] = field(default_factory=list)

    def person_at(self, start: int) -> Span | None:
        for p in self.persons:
            if p.start == start:
                return p
        return None


def is_person_name(name: str) -> bool:
    """A plausible Chinese personal name: 2–4 Han characters starting with a surname."""
    if "·" in name and 3 <= len(name) <= 15:
        return True
    if not 2 <= len(name) <= 4 or not all(_CJK.match(c) for c in name):
        return False
    if name[:2] in COMPOUND_SURNAMES:
        return len(name) >= 3
    return name[0] in SURNAMES and len(name) <= 3


def guess_name(text: str, start: int) -> tuple[int, int] | None:
    """A name starting at ``start`` when no recogniser span is there: a surname, one or two more
    characters, then a boundary (punctuation, the end, or a word that follows names)."""
    if start >= len(text):
        return None
    for length in (3, 2):
        end = start + length
        cand = text[start:end]
        if len(cand) < length or not is_person_name(cand):
            continue
        rest = text[end:]
        if not rest or not _CJK.match(rest[0]) or _FOLLOW_RE.match(rest):
            return start, end
    return None


def place_mentions(text: str, ner_locs: list[Span]) -> list[PlaceMention]:
    """Places in a sentence: divisions, regions, zones and recogniser LOC spans, non-overlapping."""
    gaz = gazetteer()
    found: list[PlaceMention] = []
    for s, e, div in gaz.find(text):
        found.append(_from_division(s, e, text[s:e], div))
    for m in _REGION_RE.finditer(text):
        name = _REGION_OF[m.group()]
        found.append(PlaceMention(m.start(), m.end(), m.group(), name, _region_parent(name), "region"))
    for span in ner_locs:
        surface = span.text
        if surface in _NOT_PLACES or not _CJK.search(surface):
            continue
        div = gaz.lookup(surface, trusted=True)
        if div is not None:
            found.append(_from_division(span.start, span.end, surface, div))
        elif all(c in PROVINCE_ABBR for c in surface):
            continue  # 沪苏浙皖: a list of provinces, not a place of its own
        else:
            found.append(PlaceMention(span.start, span.end, surface, surface, None, "place"))
    found = _extend_zones(text, found)
    found = [p for p in found if p.surface not in _NOT_PLACES]
    return _non_overlapping(found)


def _from_division(s: int, e: int, surface: str, div: Division) -> PlaceMention:
    return PlaceMention(s, e, surface, div.name, div.parent, div.level)


def _region_parent(name: str) -> str | None:
    from kg.extract.lexicon import REGION_PARENT

    return REGION_PARENT.get(name)


def _extend_zones(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """A place followed by a zone name (上海自由贸易试验区临港新片区) is a zone inside that place."""
    out = list(found)
    for p in found:
        best = None
        pos = p.end
        while pos < len(text) and pos - p.end < 24 and text[pos] not in _ZONE_STOP:
            pos += 1
            if any(text.endswith(suf, p.end, pos) for suf in ZONE_SUFFIXES):
                best = pos
        if best:
            surface = text[p.start:best]
            parent = p.name if p.kind != "place" else p.parent
            out.append(PlaceMention(p.start, best, surface, surface, parent, "zone"))
    return out


def _non_overlapping(found: list[PlaceMention]) -> list[PlaceMention]:
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    out: list[PlaceMention] = []
    last_end = -1
    for p in found:
        if p.start >= last_end:
            out.append(p)
            last_end = p.end
    return out
