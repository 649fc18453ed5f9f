"""The main job: source texts → documents → facts → RDF → store and map, written atomically.

Everything is written into a temporary folder beside the build folder and moved into place
only when complete, so a build that is interrupted leaves the previous build intact.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator

import pyoxigraph as ox
from rdflib import RDF

from kg.dates import PartialDate
from kg.doc import Document
from kg.extract import extract, recognise
from kg.graph import KG, ORG, PREFIXES, SCHEMA, add_document, new_dataset, source_iri
from kg.ingest import Problem, read_corpus


@dataclass
class BuildReport:
    """What a build read, made and skipped."""

    out_dir: Path
    texts: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    triples: int = 0
    problems: list[Problem] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)
    seconds: float = 0.0
    files: dict[str, Path] = field(default_factory=dict)
    map_note: str | None = None
    strict: bool = False

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.fatal]

    def summary(self) -> str:
        c = self.counts
        lines = [
            f"Built the knowledge graph from {self.texts} text(s) in {self.seconds:.1f} s:",
            f"  persons {c.get('persons', 0)}, posts {c.get('posts', 0)}, organisations {c.get('organizations', 0)}, "
            f"places {c.get('places', 0)}, events {c.get('events', 0)}, goals {c.get('goals', 0)}, "
            f"documents {c.get('documents', 0)}; {self.triples} triples",
        ]
        if self.undated:
            lines.append(f"  publication date unknown (relative dates unresolved): {', '.join(self.undated)}")
        if self.skipped:
            lines.append(f"  skipped {len(self.skipped)} file(s):")
            lines += [f"    {p}" for p in self.skipped]
        warnings = [p for p in self.problems if not p.fatal]
        if warnings:
            lines.append(f"  {len(warnings)} warning(s):")
            lines += [f"    {p}" for p in warnings]
        lines.append("Wrote:")
        lines += [f"  {name:<6} {path}" for name, path in self.files.items()]
        if self.map_note:
            lines.append(f"  ({self.map_note})")
        return "\n".join(lines)

    def exit_status(self) -> int:
        """0: everything built; 1: some files were skipped (or, with --strict, any problem)."""
        if self.skipped or (self.strict and self.problems):
            return 1
        return 0


def _graphs_or_reports(docs: list[Document]) -> list[str | tuple[str]]:
    """Each document's named graph as N-Quads text or, when the extractor fails on it, why (a
    one-element tuple): a bug met on one text costs that text, not the build. The recogniser runs
    once over all of ``docs`` (see :func:`kg.extract.recognise`). Runs in the worker processes, so
    that the main process only parses the text it gets back."""
    try:
        recognised = recognise(docs)
    except Exception:  # noqa: BLE001 - each document is tried alone, and reported alone if it fails
        recognised = None
    out: list[str | tuple[str]] = []
    for doc in docs:
        try:
            ex = extract(doc, recognised)
        except Exception as exc:  # noqa: BLE001 - reported as a skipped file
            out.append((f"extraction failed ({type(exc).__name__}: {exc}); the text is left out of the graph",))
            continue
        ds = new_dataset()
        add_document(ds, doc, ex)
        out.append(ds.serialize(format="nquads"))
    return out


#: the documents extracted together (their sentences recognised in one call) hold about this many characters
GROUP_CHARS = 64_000


def _groups(docs: list[Document], jobs: int) -> list[list[Document]]:
    """``docs`` in order, cut into groups of about :data:`GROUP_CHARS` characters; with ``jobs`` > 1
    into at least four groups per worker when there are enough documents, so that no worker is left
    with a long last group while the others wait."""
    size = GROUP_CHARS
    if jobs > 1:
        size = max(1, min(size, sum(len(d.text) for d in docs) // (jobs * 4)))
    groups: list[list[Document]] = [[]]
    chars = 0
    for doc in docs:
        if groups[-1] and chars >= size:
            groups.append([])
            chars = 0
        groups[-1].append(doc)
        chars += len(doc.text)
    return groups if docs else []


def _graphs_of(docs: list[Document], jobs: int) -> Iterator[str | tuple[str]]:
    """:func:`_graphs_or_reports` of every document in document order, group by group; with ``jobs``
    > 1 from that many worker processes."""
    groups = _groups(docs, jobs)
    if jobs <= 1 or len(groups) < 2:
        for group in groups:
            yield from _graphs_or_reports(group)
        return
    import multiprocessing

    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ctx.Pool(jobs) as pool:
        for graphs in pool.imap(_graphs_or_reports, groups):
            yield from graphs


Graphs = dict[str, list[ox.Quad]]
"""The graph of a build: each source text's IRI and the quads of its named graph."""


def build_graphs(docs: list[Document], progress: IO[str] | None = None, *, jobs: int = 1,
                 graphs: Graphs | None = None, problems: list[Problem] | None = None) -> Graphs:
    """Extract every document and put its facts in ``graphs`` (one named graph per document,
    replacing the graph a document had before); a document the extractor fails on is left out
    and reported in ``problems``."""
    graphs = graphs if graphs is not None else {}
    for n, (doc, nquads) in enumerate(zip(docs, _graphs_of(docs, jobs)), 1):
        if isinstance(nquads, tuple):
            if problems is not None:
                problems.append(Problem(doc.id, nquads[0]))
            continue
        graphs[str(source_iri(doc.id))] = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
        if progress is not None:
            print(f"\r[{n}/{len(docs)}] {doc.id}", end="", file=progress, flush=True)
    if progress is not None and docs:
        print(file=progress)
    return graphs


def read_graphs(trig: Path) -> Graphs:
    """The named graphs of a build's ``kg.trig``."""
    graphs: Graphs = {}
    for q in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
        graphs.setdefault(q.graph_name.value, []).append(q)
    return graphs


def _order(t: ox.Triple | ox.Quad) -> tuple:
    """Subjects together, their type first: the order the files are written in, whatever order the
    texts were read in."""
    return (t.subject.value, t.predicate != _TYPE, t.predicate.value, str(t.object))


_TYPE = ox.NamedNode(str(RDF.type))
# The prefixes of the written files. Not id:, whose local names (place/%E4%B8…) would be written
# with escapes (id:place\/\%E4…) that many readers do not take: those IRIs are written in full.
_FILE_PREFIXES = {prefix: str(ns) for prefix, ns in PREFIXES.items() if prefix != "id"}


def union_triples(graphs: Graphs) -> list[ox.Triple]:
    """The union of the named graphs (each triple once), in the order :func:`write_turtle` writes."""
    return sorted({q.triple for quads in graphs.values() for q in quads}, key=_order)


def write_turtle(triples: list[ox.Triple], path: Path) -> None:
    """The triples as Turtle, with the ontology's prefixes."""
    ox.serialize(triples, output=str(path), format=ox.RdfFormat.TURTLE, prefixes=_FILE_PREFIXES)


def write_trig(graphs: Graphs, path: Path) -> None:
    """TriG with the named graphs in IRI order and each graph's triples in :func:`_order`, so that
    the file does not depend on the order the texts were read in."""
    quads = [q for name in sorted(graphs) for q in sorted(graphs[name], key=_order)]
    ox.serialize(quads, output=str(path), format=ox.RdfFormat.TRIG, prefixes=_FILE_PREFIXES)


def _counts(triples: list[ox.Triple]) -> dict[str, int]:
    """The number of entities of each kind counted in the build report."""
    kinds = {str(cls): kind for kind, cls in _COUNTED.items()}
    counts = dict.fromkeys(_COUNTED, 0)
    for t in triples:
        if t.predicate == _TYPE and t.object.value in kinds:
            counts[kinds[t.object.value]] += 1
    return counts


_COUNTED = {"persons": SCHEMA.Person, "posts": ORG.Post, "organizations": ORG.Organization, "places": SCHEMA.Place,
            "events": SCHEMA.Event, "goals": KG.Goal, "documents": KG.NamedDocument}


def build(source_dir: Path, out_dir: Path, *, default_date: str | None = None, progress: IO[str] | None = sys.stderr,
          strict: bool = False, write_map: bool = True, jobs: int = 1, add: list[Path] | None = None) -> BuildReport:
    """Build ``out_dir`` (kg.ttl, kg.trig, the store, kg.html) from the texts of ``source_dir``.

    With ``add``, only those files are read and their graphs added to (or replaced in) the build
    already in ``out_dir``: the result is the graph a build of all the texts at once gives.
    """
    from kg.errors import UserError

    started = time.perf_counter()
    date = None
    if default_date:
        try:
            date = PartialDate.parse(default_date)
        except ValueError as exc:
            raise UserError(f"--date: {exc}") from None
    base = None
    if add:
        if not (out_dir / "kg.trig").is_file():
            raise UserError(f"--add needs a build in {out_dir}: run `kg build SOURCE_DIR --out {out_dir}` first")
        missing = [str(p) for p in add if not p.is_file()]
        if missing:
            raise UserError(f"no such file: {', '.join(missing)}")
        base = read_graphs(out_dir / "kg.trig")
    try:
        docs, problems = read_corpus(source_dir, files=add, default_date=date)
    except FileNotFoundError as exc:
        raise UserError(str(exc)) from None
    if not docs:
        detail = "; ".join(str(p) for p in problems[:5])
        raise UserError(f"no usable *.txt files in {source_dir}" + (f" ({detail})" if detail else ""))
    if strict and problems:
        raise UserError("problems with the input (--strict):\n  " + "\n  ".join(map(str, problems)))
    report = BuildReport(out_dir=out_dir, texts=len(docs), problems=problems, strict=strict)
    report.undated = [d.id for d in docs if d.date is None]
    graphs = build_graphs(docs, progress, jobs=jobs, graphs=base, problems=report.problems)
    if add:
        report.texts = len(graphs)

    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _clear_stale(out_dir)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-{os.getpid()}-", dir=out_dir.parent))
    tmp.chmod(0o755)
    try:
        union = union_triples(graphs)
        report.triples, report.counts = len(union), _counts(union)
        write_turtle(union, tmp / "kg.ttl")
        write_trig(graphs, tmp / "kg.trig")
        from kg.store import write_store

        write_store(tmp / "kg.trig", tmp / "store")
        if write_map:
            from kg.network import entity_graph
            from kg.viz import write_map as write_html

            # the map's queries run on a copy of the graph in memory: about 4x faster than on the
            # store just written to disk, for the cost of loading it (a quarter of that)
            memory = ox.Store()
            memory.bulk_extend(q for quads in graphs.values() for q in quads)
            info = write_html(entity_graph(memory), tmp / "kg.html", title="政策新闻知识图谱 · Policy news knowledge graph")
            if info.subset_reason:
                report.map_note = info.subset_reason
        _swap(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    report.files = {"graph": out_dir / "kg.ttl", "quads": out_dir / "kg.trig", "store": out_dir / "store"}
    if write_map:
        report.files["map"] = out_dir / "kg.html"
    report.seconds = time.perf_counter() - started
    return report


def _clear_stale(out_dir: Path) -> None:
    """Remove what builds that were killed half way left beside ``out_dir`` (their process is gone)."""
    for stale in out_dir.parent.glob(f".{out_dir.name}.tmp-*"):
        try:
            pid = int(stale.name.split("-")[1])
            os.kill(pid, 0)
        except (ValueError, IndexError, ProcessLookupError):
            shutil.rmtree(stale, ignore_errors=True)
        except PermissionError:
            pass  # another user's running build


def _swap(tmp: Path, out_dir: Path) -> None:
    """Move the finished build into place; the old one is removed only after the move."""
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
        os.replace(out_dir, old)
    os.replace(tmp, out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
