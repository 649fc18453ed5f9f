"""Validate a build against the SHACL shapes of ``ontology/shapes.ttl`` (``kg validate``).

The shapes say what a valid graph is: every person has a name, every post holding names its
holder, its post and its source sentence, every event has a date or a reason why not, every
date has the datatype of its precision, every fact and entity is derived from a sentence of a
source text (see the head of ``ontology/shapes.ttl`` for the full list).

The graph validated is the union of the named graphs of the build's ``kg.trig`` — an entity
named in two texts is checked with everything the texts say about it — with the ontology
``ontology/kg.ttl`` added (the role check reads the scheme ``kg:Roles`` from it). No
inference: the graph states its types explicitly.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from rdflib import RDF, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from kg.errors import UserError
from kg.resources import ontology_dir

SH = Namespace("http://www.w3.org/ns/shacl#")


class Violation(NamedTuple):
    """One result of the validation: the node at fault, the property (``""`` for the node
    itself), the message of the shape and its severity (``Violation``, ``Warning``, ``Info``)."""

    focus: str
    path: str
    message: str
    severity: str

    def line(self) -> str:
        return f"{self.focus}  {self.path or '-'}  {self.message}"


@dataclass
class ValidationReport:
    """What :func:`validate` found: ``conforms`` when there are no results, else one
    :class:`Violation` per result (sorted), and pyshacl's own text of the report."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    text: str = ""
    triples: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        """``conforms``, or one line per violation (focus node, path, message)."""
        if self.conforms:
            return "conforms"
        return "\n".join(v.line() for v in self.violations)


def load_union(trig: Path) -> Graph:
    """The union of the named graphs (and the default graph) of a TriG file, as one graph."""
    ds = Dataset()
    try:
        ds.parse(trig, format="trig")
    except Exception as exc:  # rdflib raises assorted parser errors
        raise UserError(f"cannot read {trig}: {exc}; rebuild with: kg build SOURCE_DIR --out {trig.parent}") from exc
    union = Graph()
    for prefix, ns in ds.namespaces():
        union.bind(prefix, ns, override=True, replace=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def validate(out_dir: Path, shapes: Path | None = None) -> ValidationReport:
    """Validate the build in ``out_dir`` (its ``kg.trig``) against ``ontology/shapes.ttl``.

    Raises :class:`kg.errors.UserError` when ``out_dir`` holds no build.
    """
    from pyshacl import validate as shacl_validate

    out_dir = Path(out_dir)
    trig = out_dir / "kg.trig"
    if not trig.is_file():
        raise UserError(f"no build in {out_dir}/ (no {trig}); build one with: kg build SOURCE_DIR --out {out_dir}")
    start = time.perf_counter()
    data = load_union(trig)
    triples = len(data)
    onto = ontology_dir()
    shapes_graph = Graph().parse(shapes or onto / "shapes.ttl", format="turtle")
    # The ontology goes into the (fresh) union graph itself: pyshacl's ont_graph mixes in only
    # class and property definitions, not the concepts of kg:Roles the role check reads.
    data.parse(onto / "kg.ttl", format="turtle")
    conforms, results, text = shacl_validate(
        data, shacl_graph=shapes_graph, inference="none", advanced=False, inplace=True,
        abort_on_first=False, allow_infos=True, allow_warnings=False,
    )
    violations = sorted(_violations(results))
    return ValidationReport(conforms=bool(conforms), violations=violations, text=text, triples=triples,
                            seconds=time.perf_counter() - start)


def _violations(results: Graph) -> list[Violation]:
    from kg.graph import PREFIXES

    out = []
    nm = Graph(bind_namespaces="none").namespace_manager  # our prefixes only (rdflib's schema: is https)
    for prefix, ns in PREFIXES.items():
        nm.bind(prefix, ns)
    top = [r for report in results.subjects(RDF.type, SH.ValidationReport)
           for r in results.objects(report, SH.result)]  # not the sh:detail results nested in them
    for r in top:
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        severity = results.value(r, SH.resultSeverity)
        out.append(Violation(
            focus=str(focus) if focus is not None else "",
            path=_short(path, nm) if isinstance(path, URIRef) else (str(path) if path is not None else ""),
            message=_message(results, r),
            severity=severity.split("#")[-1] if severity is not None else "Violation",
        ))
    return out


def _message(results: Graph, r: Node) -> str:
    messages = list(results.objects(r, SH.resultMessage))
    english = [m for m in messages if isinstance(m, Literal) and m.language in (None, "en")]
    if english or messages:
        return str(sorted(english or messages)[0])
    component = results.value(r, SH.sourceConstraintComponent)
    return f"fails {str(component).split('#')[-1]}" if component is not None else "fails a shape"


def _short(term: URIRef, nm) -> str:
    try:
        return nm.normalizeUri(term)
    except Exception:  # pragma: no cover - a path outside every bound namespace
        return str(term)
