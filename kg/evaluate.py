"""Evaluate: score a build against gold annotations (the format of ``gold/SCHEMA.md``).

For each gold file ``NAME.json`` the facts of the build's named graph for source text ``NAME``
are compared with the annotations; counts are summed over the files (micro average).
Names are compared after NFKC normalisation with white space and quotation marks removed; an
organisation or place matches when any of its labels is one of the gold entity's names.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Dataset, URIRef
from rdflib.namespace import DCTERMS, PROV, RDFS, SKOS

from kg.graph import KG, ORG, SCHEMA, source_iri

MEASURES = (
    ("persons", "person names"),
    ("posts", "(person, post) pairs"),
    ("organizations", "organisation names"),
    ("places", "place names"),
    ("events", "events (date, place)"),
    ("participants", "event participants"),
    ("roles", "participant roles"),
    ("goals", "quantified goals"),
    ("all_goals", "all goals"),
    ("documents", "document titles"),
)
_DROP = re.compile(r"[\s“”\"'‘’「」『』]")


def key(text: str | None) -> str | None:
    if text is None:
        return None
    return _DROP.sub("", unicodedata.normalize("NFKC", str(text)))


#: a change written at the end of an indicator (地区生产总值增长 | 5%左右) or a 新增 at its start (新增城镇就业 | 12万人)
_CHANGE_AT_END = re.compile(r"(?:年均|同比)?(?:增长|下降|提高|提升|降低|减少)$")
#: the words that bound a target's figure (约3.8万亿元, 4700亿元以上, 5%左右), which some annotators keep and some drop
_BOUND = re.compile(r"^约|(?:以上|以内|以下|左右|上下)$")


def goal_key(indicator: str | None, target: str | None, deadline: str | None) -> tuple:
    """A goal as it is matched: (indicator, target, deadline) under :func:`key`, with a verb of change on
    the target's side and without the words that bound its figure. Annotators write 地区生产总值增长 | 5%左右
    or 地区生产总值 | 增长5%左右, and 新增城镇就业 | 12万人 or 城镇就业 | 新增12万人, for one goal; both are
    matched as the second. They keep or drop 以上, 左右, 以内 and 约 around a figure: 4700亿元以上 and 4700亿元
    are one target.

    >>> goal_key("地区生产总值增长", "5%左右", "2025") == goal_key("地区生产总值", "增长5%", "2025")
    True
    >>> goal_key("新增城镇就业", "12万人以上", "2025")
    ('城镇就业', '新增12万人', '2025')
    """
    indicator, target = key(indicator), key(target)
    if target:
        target = _BOUND.sub("", target) or target
    if indicator and target and (change := _CHANGE_AT_END.search(indicator)) and not target.startswith(change.group()):
        indicator, target = indicator[:change.start()], change.group() + target
    if indicator and target and indicator.startswith("新增") and len(indicator) > 3 and not target.startswith("新增"):
        indicator, target = indicator[2:], "新增" + target
    return indicator, target, deadline


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: Counter, pred: Counter) -> None:
        tp = sum((gold & pred).values())
        self.tp += tp
        self.fp += sum(pred.values()) - tp
        self.fn += sum(gold.values()) - tp


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {m: Score() for m, _ in MEASURES})
    per_doc: dict[str, dict[str, Score]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    def table(self) -> str:
        lines = [f"{'measure':<24} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for m, label in MEASURES:
            s = self.scores[m]
            lines.append(f"{label:<24} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
        if self.missing:
            lines.append(f"(no graph in the build for: {', '.join(self.missing)})")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {m: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn}
                for m, s in self.scores.items()}


def _labels(g, node) -> set[str]:
    out = set()
    for p in (SCHEMA.name, RDFS.label, SKOS.altLabel, SKOS.prefLabel, DCTERMS.title):
        out |= {key(o) for o in g.objects(node, p)}
    return out


def _name(g, node) -> str | None:
    for p in (SCHEMA.name, RDFS.label, DCTERMS.title, SKOS.prefLabel):
        for o in g.objects(node, p):
            return key(o)
    return None


def predicted(g) -> dict:
    """The facts of one named graph, in the gold file's terms."""
    def of_type(t):
        return sorted(set(g.subjects(RDF.type, t)))

    persons = {n: _name(g, n) for n in of_type(SCHEMA.Person)}
    posts = set()
    for person, name in persons.items():
        for post in g.objects(person, ORG.holds):
            posts.add((name, _name(g, post)))
    events = []
    for ev in of_type(SCHEMA.Event):
        date = next((str(d) for d in g.objects(ev, SCHEMA.startDate)), None)
        place = next(iter(g.objects(ev, SCHEMA.location)), None)
        parts = []
        for pn in g.objects(ev, KG.participation):
            agent = next(iter(g.objects(pn, KG.agent)), None)
            role = next(iter(g.objects(pn, KG.role)), None)
            if agent is not None:
                parts.append((_name(g, agent) or key(str(agent).rsplit("/", 1)[-1]), str(role).rsplit("#", 1)[-1]))
        events.append({"date": date, "place": _labels(g, place) if place is not None else set(), "participants": parts})
    goals = []
    for gl in of_type(KG.Goal):
        goals.append(goal_key(next(iter(g.objects(gl, KG.indicator)), None), next(iter(g.objects(gl, KG.targetValue)), None),
                              next((str(d) for d in g.objects(gl, KG.deadline)), None)))
    return {
        "persons": set(persons.values()),
        "posts": posts,
        "organizations": [_labels(g, n) for n in of_type(ORG.Organization)],
        "places": [_labels(g, n) for n in of_type(SCHEMA.Place) if (n, PROV.wasDerivedFrom, None) in g],
        "events": events,
        "goals": goals,
        "documents": {_name(g, n) for n in of_type(KG.NamedDocument)},
    }


def _match_entities(gold: list[set[str]], pred: list[set[str]]) -> Score:
    """Greedy one-to-one matching of entities that share a name."""
    s = Score()
    used: set[int] = set()
    for names in gold:
        hit = next((i for i, labels in enumerate(pred) if i not in used and names & labels), None)
        if hit is None:
            s.fn += 1
        else:
            used.add(hit)
            s.tp += 1
    s.fp += len(pred) - len(used)
    return s


def score_document(gold: dict, pred: dict) -> dict[str, Score]:
    out = {m: Score() for m, _ in MEASURES}
    out["persons"].add(Counter({key(p["name"]) for p in gold.get("persons", [])}), Counter(pred["persons"]))
    out["posts"].add(Counter({(key(p["name"]), key(x)) for p in gold.get("persons", []) for x in p.get("posts", [])}),
                     Counter(pred["posts"]))
    for kind in ("organizations", "places"):
        gold_sets = [{key(e["name"])} | {key(a) for a in e.get("aliases", [])} for e in gold.get(kind, [])]
        out[kind] = _match_entities(gold_sets, pred[kind])
    # events: matched one to one on (date, place); of several candidates on the same day and place, the
    # pairs with most people in common are matched first (over the whole document, not in gold order);
    # participants and roles are scored within matches
    gold_events = gold.get("events", [])
    gold_parts = [{(key(p["name"]), p["role"]) for p in ev.get("participants", [])} for ev in gold_events]
    pairs = []
    for g, ev in enumerate(gold_events):
        for i, pe in enumerate(pred["events"]):
            place_ok = (ev.get("place") is None and not pe["place"]) or key(ev.get("place")) in pe["place"]
            if pe["date"] == ev.get("date") and place_ok:
                overlap = len({n for n, _ in gold_parts[g]} & {n for n, _ in pe["participants"]})
                pairs.append((-overlap, g, i))
    match: dict[int, int] = {}
    used: set[int] = set()
    for _, g, i in sorted(pairs):
        if g not in match and i not in used:
            match[g] = i
            used.add(i)
    for g, gparts in enumerate(gold_parts):
        hit = match.get(g)
        pparts = set(pred["events"][hit]["participants"]) if hit is not None else set()
        if hit is None:
            out["events"].fn += 1
        else:
            out["events"].tp += 1
        out["participants"].add(Counter({n for n, _ in gparts}), Counter({n for n, _ in pparts}))
        out["roles"].add(Counter(gparts), Counter(pparts))
    for i, pe in enumerate(pred["events"]):
        if i not in used:
            out["events"].fp += 1
            out["participants"].fp += len({n for n, _ in pe["participants"]})
            out["roles"].fp += len(set(pe["participants"]))
    gold_goals = [goal_key(g["indicator"], g.get("target"), g.get("deadline")) for g in gold.get("goals", [])]
    out["all_goals"].add(Counter(gold_goals), Counter(pred["goals"]))
    out["goals"].add(Counter(g for g in gold_goals if g[1]), Counter(g for g in pred["goals"] if g[1]))
    out["documents"].add(Counter({key(d["title"]) for d in gold.get("documents", [])}), Counter(pred["documents"]))
    return out


def evaluate(gold_dir: Path, out_dir: Path) -> Report:
    """Score the build in ``out_dir`` against every ``*.json`` gold file of ``gold_dir``."""
    from kg.errors import UserError

    trig = out_dir / "kg.trig"
    if not trig.exists():
        raise UserError(f"no build in {out_dir}: run `kg build SOURCE_DIR --out {out_dir}` first")
    files = sorted(p for p in gold_dir.glob("*.json"))
    if not files:
        raise UserError(f"no gold files (*.json) in {gold_dir}")
    ds = Dataset()
    ds.parse(trig, format="trig")
    report = Report()
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = gold.get("doc") or path.stem
        g = ds.graph(URIRef(source_iri(doc_id)))
        if len(g) == 0:
            report.missing.append(doc_id)
        doc_scores = score_document(gold, predicted(g))
        report.per_doc[doc_id] = doc_scores
        for m, s in doc_scores.items():
            total = report.scores[m]
            total.tp += s.tp
            total.fp += s.fp
            total.fn += s.fn
    return report
