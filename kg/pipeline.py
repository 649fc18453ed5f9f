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

from rdflib import RDF, Dataset, Graph

from kg.dates import PartialDate
from kg.doc import Document
from kg.extract import extract
from kg.facts import Extraction
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


def _extract_or_report(doc: Document) -> Extraction | str:
    """The document's facts or, when the extractor fails on it, why: a bug met on one text costs
    that text, not the build."""
    try:
        return extract(doc)
    except Exception as exc:  # noqa: BLE001 - reported as a skipped file
        return f"extraction failed ({type(exc).__name__}: {exc}); the text is left out of the graph"


def _extract_all(docs: list[Document], jobs: int) -> Iterator[Extraction | str]:
    """Extractions (or why one failed) in document order; with ``jobs`` > 1 from that many worker processes."""
    if jobs <= 1 or len(docs) < 2:
        yield from map(_extract_or_report, docs)
        return
    import multiprocessing

    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ctx.Pool(jobs) as pool:
        yield from pool.imap(_extract_or_report, docs, chunksize=max(1, min(16, len(docs) // (jobs * 8))))


def build_dataset(docs: list[Document], progress: IO[str] | None = None, *, jobs: int = 1,
                  ds: Dataset | None = None, problems: list[Problem] | None = None) -> tuple[Dataset, list[Extraction]]:
    """Extract every document and add its facts to ``ds`` (one named graph per document,
    replacing the graph a document had before); a document the extractor fails on is left out
    and reported in ``problems``."""
    ds = ds if ds is not None else new_dataset()
    extractions = []
    for n, (doc, ex) in enumerate(zip(docs, _extract_all(docs, jobs)), 1):
        if isinstance(ex, str):
            if problems is not None:
                problems.append(Problem(doc.id, ex))
            continue
        ds.remove_graph(source_iri(doc.id))
        add_document(ds, doc, ex)
        extractions.append(ex)
        if progress is not None:
            print(f"\r[{n}/{len(docs)}] {doc.id}", end="", file=progress, flush=True)
    if progress is not None and docs:
        print(file=progress)
    return ds, extractions


def union_graph(ds: Dataset) -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


class _MemoPname:
    """rdflib's Turtle/TriG serializers work out the prefixed name of an IRI each time they meet
    it; the answer never changes within one file, so it is kept: same bytes, ~40% less time."""

    def get_pname(self, uri, gen_prefix=True):
        memo = self.__dict__.setdefault("_pname_memo", {})
        key = (uri, gen_prefix)
        if key not in memo:
            memo[key] = super().get_pname(uri, gen_prefix)
        return memo[key]


def write_turtle(graph: Graph, path: Path) -> None:
    """``graph.serialize(path, format="turtle", encoding="utf-8")``, faster (:class:`_MemoPname`)."""
    from rdflib.plugins.serializers.turtle import TurtleSerializer

    serializer = type("FastTurtleSerializer", (_MemoPname, TurtleSerializer), {})(graph)
    with path.open("wb") as fh:
        serializer.serialize(fh, encoding="utf-8")


def write_trig(ds: Dataset, path: Path) -> None:
    """TriG with the named graphs in IRI order, so that the file does not depend on the order the
    texts were read in (rdflib writes graphs in the order its store yields them)."""
    from rdflib.plugins.serializers.trig import TrigSerializer

    serializer = type("FastTrigSerializer", (_MemoPname, TrigSerializer), {})(ds)
    serializer.contexts = sorted((g for g in serializer.contexts if len(g)), key=lambda g: str(g.identifier))
    with path.open("wb") as fh:
        serializer.serialize(fh, encoding="utf-8")


def _write_union(ds: Dataset, path: Path) -> tuple[int, dict[str, int]]:
    """Write the union of the named graphs of ``ds`` as Turtle to ``path``; return its number of
    triples and of entities of each kind counted in the build report."""
    union = union_graph(ds)
    write_turtle(union, path)
    return len(union), {kind: len(set(union.subjects(RDF.type, cls))) for kind, cls in _COUNTED.items()}


_CAN_FORK = sys.platform.startswith("linux")


class _Forked:
    """``fn(*args)`` run in a forked copy of this process (which shares the parent's data without
    pickling it); :meth:`result` waits for it and returns its value or raises its error."""

    def __init__(self, fn, *args) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        self._recv, send = ctx.Pipe(duplex=False)

        def run() -> None:
            try:
                send.send((True, fn(*args)))
            except BaseException:  # noqa: BLE001 - the parent re-raises it
                import traceback

                send.send((False, traceback.format_exc()))

        self._proc = ctx.Process(target=run, daemon=True)
        self._proc.start()
        send.close()

    def result(self):
        try:
            ok, value = self._recv.recv()
        except EOFError:
            ok, value = False, "the process ended without an answer"
        finally:
            self._proc.join()
        if not ok:
            raise RuntimeError(f"a forked writer failed (exit status {self._proc.exitcode}):\n{value}")
        return value

    def kill(self) -> None:
        if self._proc.is_alive():
            self._proc.kill()
        self._proc.join()


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
        base = new_dataset()
        base.parse(out_dir / "kg.trig", format="trig")
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
    ds, _ = build_dataset(docs, progress, jobs=jobs, ds=base, problems=report.problems)
    if add:
        report.texts = len({g for g in ds.graphs() if len(g)})

    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _clear_stale(out_dir)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-{os.getpid()}-", dir=out_dir.parent))
    tmp.chmod(0o755)
    turtle = None
    try:
        # With more than one job, kg.ttl (the union graph) is written by a forked copy of this
        # process while this one writes the TriG, the store and the map: on two CPUs that is the
        # largest part of the serial tail of a build.
        if jobs > 1 and _CAN_FORK:
            turtle = _Forked(_write_union, ds, tmp / "kg.ttl")
        else:
            report.triples, report.counts = _write_union(ds, tmp / "kg.ttl")
        write_trig(ds, tmp / "kg.trig")
        from kg.store import write_store

        write_store(tmp / "kg.trig", tmp / "store")
        if write_map:
            from kg.network import entity_graph_from_build
            from kg.viz import write_map as write_html

            info = write_html(entity_graph_from_build(tmp), tmp / "kg.html", title="政策新闻知识图谱 · Policy news knowledge graph")
            if info.subset_reason:
                report.map_note = info.subset_reason
        if turtle is not None:
            report.triples, report.counts = turtle.result()
        _swap(tmp, out_dir)
    except BaseException:
        if turtle is not None:
            turtle.kill()
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
