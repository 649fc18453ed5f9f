"""The embedded SPARQL store of a build, canned queries and result formats.

A build keeps its graph in ``DIR/store``, an on-disk `Oxigraph <https://github.com/oxigraph/oxigraph>`_
store (Python package ``pyoxigraph``). It is written once by :func:`write_store` (bulk load of
``kg.trig``) and then only read: :func:`open_store` opens it read-only, so that ``kg serve`` and
any number of ``kg query`` can use it at once.

All queries run on the *union default graph*: a query without ``GRAPH`` sees the facts of every
source text at once (``GRAPH ?g { … }`` still reaches one source text's named graph). A triple
stated by two texts then matches twice, hence ``SELECT DISTINCT`` in the canned queries.

The Python API is :func:`open_build` (also ``kg.open_build``)::

    >>> import kg
    >>> b = kg.open_build("build")                               # doctest: +SKIP
    >>> b.query("persons")[:1]                                   # doctest: +SKIP
    [{'person': 'https://w3id.org/cnpkg/id/person/%E9%99%88%E5%90%89%E5%AE%81', 'name': '陈吉宁', ...}]
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Sequence
from xml.sax.saxutils import escape as xml_escape, quoteattr

import pyoxigraph as ox

from kg.errors import UserError

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
ID = "https://w3id.org/cnpkg/id/"

#: The prefixes of our vocabularies: used by Turtle/JSON-LD exports and to shorten IRIs in tables.
PREFIXES: dict[str, str] = {
    "kg": "https://w3id.org/cnpkg/ontology#",
    "schema": "http://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": XSD,
    "owl": "http://www.w3.org/2002/07/owl#",
}
#: Prefixes of our resource IRIs (``https://w3id.org/cnpkg/id/KIND/…``).
ID_PREFIXES: dict[str, str] = {
    kind: f"{ID}{kind}/"
    for kind in ("source", "sentence", "person", "post", "holding", "org", "place", "event",
                 "participation", "goal", "document")
}

RESULT_FORMATS = ("table", "csv", "tsv", "json")


# ---------------------------------------------------------------- canned queries

def queries_dir() -> Path:
    """The folder of the canned queries (``ontology/queries`` beside the ``kg`` package)."""
    from kg.resources import ontology_dir

    return ontology_dir() / "queries"


def list_queries() -> dict[str, str]:
    """Canned query names mapped to their description (the leading ``#`` comment lines)."""
    out = {}
    for path in sorted(queries_dir().glob("*.rq")):
        lines = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                break
            lines.append(line.lstrip("#").strip())
        out[path.stem] = " ".join(x for x in lines if x)
    return out


def _looks_like_sparql(text: str) -> bool:
    return "{" in text or "\n" in text


def query_text(name_or_file: str) -> str:
    """The SPARQL text of a canned query name, a ``.rq`` file path or literal SPARQL text."""
    if _looks_like_sparql(name_or_file):
        return name_or_file
    path = Path(name_or_file)
    if path.suffix == ".rq" or path.is_file():
        if not path.is_file():
            raise UserError(f"no such query file: {path}")
        return path.read_text(encoding="utf-8")
    canned = queries_dir() / f"{name_or_file}.rq"
    if canned.is_file():
        return canned.read_text(encoding="utf-8")
    names = ", ".join(list_queries())
    raise UserError(f"no canned query named {name_or_file!r} (and no such file); canned queries: {names}")


def _sparql_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def bind_query(text: str, bindings: dict[str, str] | None) -> str:
    """Fill a query's placeholders: the line ``VALUES ?var { UNDEF }`` becomes ``VALUES ?var { "value" }``.

    Values are given as plain strings; a value written ``<…>`` is taken as an IRI.
    This is plain text editing, so a bound query runs the same on any SPARQL endpoint.

    >>> bind_query('SELECT * { VALUES ?where { UNDEF } }', {"where": "上海"})
    'SELECT * { VALUES ?where { "上海" } }'
    """
    for var, value in (bindings or {}).items():
        var = var.lstrip("?$")
        term = value if re.fullmatch(r"<[^<>\s]*>", value) else _sparql_string(value)
        pattern = re.compile(r"VALUES\s+[?$]" + re.escape(var) + r"\s*\{\s*UNDEF\s*\}", re.IGNORECASE)
        text, n = pattern.subn(lambda m: f"VALUES ?{var} {{ {term} }}", text)
        if not n:
            raise UserError(f"the query has no placeholder for ?{var} (a line VALUES ?{var} {{ UNDEF }})")
    return text


# ---------------------------------------------------------------- the store

def write_store(trig_path: Path, store_dir: Path) -> None:
    """Bulk-load a TriG file into a new on-disk store at ``store_dir``.

    Parameters
    ----------
    trig_path : Path
        The graph, one named graph per source text (``kg.trig``).
    store_dir : Path
        A folder that does not exist yet or is empty.

    Examples
    --------
    >>> write_store(Path("build/kg.trig"), Path("/tmp/new-build/store"))   # doctest: +SKIP
    """
    store_dir = Path(store_dir)
    if store_dir.exists() and any(store_dir.iterdir()):
        raise FileExistsError(f"{store_dir} is not empty: write_store makes a new store")
    store_dir.mkdir(parents=True, exist_ok=True)
    store = ox.Store(str(store_dir))
    try:
        store.bulk_load(path=str(trig_path), format=ox.RdfFormat.TRIG)
        store.flush()
        store.optimize()
    finally:
        del store  # closes the RocksDB instance: readers may open it read-only afterwards


def open_store(out_dir: Path) -> ox.Store:
    """Open the store of the build in ``out_dir`` read-only.

    Raises
    ------
    kg.cli.UserError
        When ``out_dir`` holds no build.
    """
    out_dir = Path(out_dir)
    path = out_dir / "store"
    if not path.is_dir() or not any(path.iterdir()):
        raise UserError(f"no build in {out_dir}/ (no {path}); build one with: kg build SOURCE_DIR --out {out_dir}")
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise UserError(f"cannot open the store {path}: {exc}; rebuild with: kg build SOURCE_DIR --out {out_dir}") from exc


def run_query(store: ox.Store, name_or_file: str, bindings: dict[str, str] | None = None):
    """Run a canned query (by name), a ``.rq`` file or SPARQL text on the union default graph.

    Returns the pyoxigraph result: ``QuerySolutions`` (SELECT), ``QueryBoolean`` (ASK) or
    ``QueryTriples`` (CONSTRUCT, DESCRIBE). A malformed query raises :class:`UserError`
    with the parser's message and position.
    """
    text = bind_query(query_text(name_or_file), bindings)
    try:
        return store.query(text, use_default_graph_as_union=True)
    except SyntaxError as exc:
        what = "" if _looks_like_sparql(name_or_file) else f" {name_or_file}"
        raise UserError(f"malformed SPARQL query{what}: {exc}") from exc


def query_endpoint(url: str, name_or_file: str, bindings: dict[str, str] | None = None, timeout: float = 60):
    """Run a query on a remote SPARQL 1.1 endpoint (SPARQL 1.1 Protocol, POST).

    Returns the same kind of result as :func:`run_query`, so :func:`write_results` prints both alike.
    The canned queries expect the endpoint's default graph to be the union of its named graphs
    (``oxigraph serve --union-default-graph``, Fuseki ``unionDefaultGraph``; GraphDB and Virtuoso do so by default).
    """
    text = bind_query(query_text(name_or_file), bindings)
    req = urllib.request.Request(
        url, data=urllib.parse.urlencode({"query": text}).encode(), method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded",
                 "Accept": "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            body = resp.read()
            ctype = resp.headers.get_content_type()
    except urllib.error.HTTPError as exc:
        msg = exc.read().decode("utf-8", "replace").strip()[:1000]
        raise UserError(f"{url} answered HTTP {exc.code} {exc.reason}: {msg}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise UserError(f"cannot reach {url}: {getattr(exc, 'reason', exc)}") from exc
    if ctype in ("application/sparql-results+json", "application/json"):
        return ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
    if ctype == "application/sparql-results+xml":
        return ox.parse_query_results(body, ox.QueryResultsFormat.XML)
    rdf_format = ox.RdfFormat.from_media_type(ctype)
    if rdf_format is None:
        raise UserError(f"{url} answered with an unexpected content type {ctype}")
    return [q.triple for q in ox.parse(body, rdf_format)]


# ---------------------------------------------------------------- terms

def term_to_python(term) -> Any:
    """A result term as a plain Python value: IRIs and strings as ``str``, numbers as numbers, unbound as ``None``."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        try:
            if dt in (XSD + "integer", XSD + "int", XSD + "long", XSD + "nonNegativeInteger"):
                return int(term.value)
            if dt in (XSD + "decimal", XSD + "double", XSD + "float"):
                return float(term.value)
            if dt == XSD + "boolean":
                return term.value in ("true", "1")
        except ValueError:
            pass
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def _compact(iri: str) -> str:
    for prefix, ns in (*ID_PREFIXES.items(), *PREFIXES.items()):
        if iri.startswith(ns):
            return f"{prefix}:{urllib.parse.unquote(iri[len(ns):])}"
    return f"<{urllib.parse.unquote(iri)}>"


def term_display(term) -> str:
    """A short human form: prefixed, percent-decoded IRIs; literals without quotes or datatype."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _compact(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _term_plain(term) -> str:
    """W3C SPARQL CSV form of a term."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def _term_tsv(term) -> str:
    """W3C SPARQL TSV form of a term (Turtle/N-Triples syntax; tabs and newlines escaped)."""
    if term is None:
        return ""
    text = str(term)
    return text.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (XSD + "string", RDF_LANGSTRING):
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _term_json(term.subject),
                                            "predicate": _term_json(term.predicate),
                                            "object": _term_json(term.object)}}
    return {"type": "literal", "value": str(term)}


def _term_xml(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{xml_escape(term.value)}</literal>"
        if term.datatype.value not in (XSD + "string", RDF_LANGSTRING):
            return f"<literal datatype={quoteattr(term.datatype.value)}>{xml_escape(term.value)}</literal>"
        return f"<literal>{xml_escape(term.value)}</literal>"
    return f"<literal>{xml_escape(str(term))}</literal>"


# ---------------------------------------------------------------- result serializers

def solution_rows(solutions) -> tuple[list[str], Iterator[list]]:
    """Variables (names without ``?``) and an iterator of rows (terms or ``None``) of a SELECT result."""
    variables = [v.value for v in solutions.variables]

    def rows():
        # a solution iterates over its values in the order of ``variables`` (None when unbound):
        # about 3x cheaper than looking each value up by name, which shows at 10,000s of rows
        for sol in solutions:
            yield list(sol)

    return variables, rows()


def write_json(variables: Sequence[str], rows: Iterable[Sequence], out: IO[str]) -> int:
    """SPARQL 1.1 Query Results JSON; returns the number of rows written."""
    out.write('{"head":{"vars":' + json.dumps(list(variables)) + '},"results":{"bindings":[')
    n = 0
    for row in rows:
        binding = {v: _term_json(t) for v, t in zip(variables, row) if t is not None}
        out.write(("," if n else "") + "\n" + json.dumps(binding, ensure_ascii=False))
        n += 1
    out.write("\n]}}\n")
    return n


def write_xml(variables: Sequence[str], rows: Iterable[Sequence], out: IO[str]) -> int:
    """SPARQL Query Results XML Format; returns the number of rows written."""
    out.write('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>')
    for v in variables:
        out.write(f"<variable name={quoteattr(v)}/>")
    out.write("</head>\n<results>\n")
    n = 0
    for row in rows:
        out.write("<result>")
        for v, t in zip(variables, row):
            if t is not None:
                out.write(f"<binding name={quoteattr(v)}>{_term_xml(t)}</binding>")
        out.write("</result>\n")
        n += 1
    out.write("</results>\n</sparql>\n")
    return n


def write_csv(variables: Sequence[str], rows: Iterable[Sequence], out: IO[str]) -> int:
    """W3C SPARQL 1.1 Query Results CSV (RFC 4180, CRLF line ends); returns the number of rows."""
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(variables)
    n = 0
    for row in rows:
        w.writerow([_term_plain(t) for t in row])
        n += 1
    return n


def write_tsv(variables: Sequence[str], rows: Iterable[Sequence], out: IO[str]) -> int:
    """W3C SPARQL 1.1 Query Results TSV (terms in SPARQL/Turtle syntax); returns the number of rows."""
    out.write("\t".join(f"?{v}" for v in variables) + "\n")
    n = 0
    for row in rows:
        out.write("\t".join(_term_tsv(t) for t in row) + "\n")
        n += 1
    return n


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: East Asian wide and full-width characters count two."""
    if text.isascii():  # (no wide or combining character: one column each)
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text)


def _fit_width(text: str, width: int) -> tuple[str, int]:
    """``text`` cut to at most ``width`` columns (with "…" when cut), and the columns it takes."""
    full = display_width(text)
    if full <= width:
        return text, full
    out, used = [], 0
    for c in text:
        w = display_width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…", used + 1


def _fit(text: str, width: int) -> str:
    return _fit_width(text, width)[0]


def write_table(variables: Sequence[str], rows: Iterable[Sequence], out: IO[str], max_cell: int = 60) -> int:
    """An aligned text table (wide-character aware); long cells are cut at ``max_cell`` columns."""
    # each cell's width is measured once (measuring is most of the time on a large result)
    cells = [[_fit_width(term_display(t).replace("\n", " "), max_cell) for t in row] for row in rows]
    widths = [max([display_width(v)] + [r[i][1] for r in cells]) for i, v in enumerate(variables)]

    def line(values):
        return "  ".join(v + " " * (w - vw) for (v, vw), w in zip(values, widths)).rstrip() + "\n"

    out.write(line([(v, display_width(v)) for v in variables]))
    out.write(line([("-" * w, w) for w in widths]))
    for r in cells:
        out.write(line(r))
    out.write(f"({len(cells)} row{'s' if len(cells) != 1 else ''})\n")
    return len(cells)


ROW_WRITERS = {"json": write_json, "xml": write_xml, "csv": write_csv, "tsv": write_tsv, "table": write_table}


def write_results(result, stream: IO[str], fmt: str = "table") -> None:
    """Write a query result to a text stream.

    Parameters
    ----------
    result
        What :func:`run_query` or :func:`query_endpoint` returns.
    stream : text stream
    fmt : {"table", "csv", "tsv", "json"}
        ``json`` is SPARQL 1.1 Query Results JSON, ``csv``/``tsv`` the W3C SPARQL CSV/TSV
        formats, ``table`` an aligned text table for people. CONSTRUCT/DESCRIBE results are
        written as N-Triples (``table``: Turtle with our prefixes).
    """
    if fmt not in ROW_WRITERS:
        raise UserError(f"unknown result format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}")
    if isinstance(result, ox.QueryBoolean) or isinstance(result, bool):
        value = bool(result)
        if fmt == "json":
            stream.write(json.dumps({"head": {}, "boolean": value}) + "\n")
        elif fmt == "xml":
            stream.write('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                         f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n")
        else:
            stream.write(("true" if value else "false") + "\n")
        return
    if isinstance(result, ox.QuerySolutions):
        variables, rows = solution_rows(result)
        ROW_WRITERS[fmt](variables, rows, stream)
        return
    # CONSTRUCT / DESCRIBE: an iterable of triples
    triples = list(result)
    if fmt == "table":
        data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes={**PREFIXES, **ID_PREFIXES})
    else:
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    stream.write(data.decode("utf-8"))


# ---------------------------------------------------------------- Python API

class Build:
    """A built knowledge graph, opened read-only (see :func:`open_build`).

    Attributes
    ----------
    out_dir : Path
        The build folder.
    store : pyoxigraph.Store
        The read-only embedded store, for direct pyoxigraph use.
    """

    def __init__(self, out_dir: Path | str = "build"):
        self.out_dir = Path(out_dir)
        self.store = open_store(self.out_dir)

    def __repr__(self) -> str:
        return f"<kg build {self.out_dir}>"

    def raw(self, sparql_or_name: str, **bindings: str):
        """The pyoxigraph result of a query (canned name, ``.rq`` path or SPARQL text)."""
        return run_query(self.store, sparql_or_name, bindings or None)

    def query(self, sparql_or_name: str, **bindings: str) -> list[dict]:
        """Run a SELECT query; one dict per row, variable name to Python value (unbound: ``None``).

        IRIs and strings come back as ``str``, numbers as ``int``/``float``, dates in their
        ISO lexical form. Keyword arguments fill the query's ``VALUES ?var { UNDEF }`` placeholders.

        Examples
        --------
        >>> b = open_build("build")                                          # doctest: +SKIP
        >>> [r["name"] for r in b.query("persons")][:3]                     # doctest: +SKIP
        ['习近平', '李强', '蔡奇']
        >>> b.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")           # doctest: +SKIP
        [{'n': 2345}]
        >>> b.query("posts_in_place", where="上海")                          # doctest: +SKIP
        """
        result = self.raw(sparql_or_name, **bindings)
        if not isinstance(result, ox.QuerySolutions):
            raise UserError("query() wants a SELECT query; use raw() for ASK, CONSTRUCT and DESCRIBE")
        variables, rows = solution_rows(result)
        return [dict(zip(variables, map(term_to_python, row))) for row in rows]

    def dataframe(self, sparql_or_name: str, **bindings: str):
        """Run a SELECT query into a :class:`pandas.DataFrame` (needs pandas).

        Examples
        --------
        >>> open_build("build").dataframe("events").head()                 # doctest: +SKIP
        """
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover
            raise UserError("dataframe() needs pandas: pip install pandas") from exc
        result = self.raw(sparql_or_name, **bindings)
        if not isinstance(result, ox.QuerySolutions):
            raise UserError("dataframe() wants a SELECT query")
        variables, rows = solution_rows(result)
        return pd.DataFrame([list(map(term_to_python, row)) for row in rows], columns=variables)

    def rdflib_graph(self):
        """The whole graph as an :class:`rdflib.Dataset` (one named graph per source text), in memory.

        Examples
        --------
        >>> ds = open_build("build").rdflib_graph()                        # doctest: +SKIP
        >>> len(list(ds.graphs()))                                          # doctest: +SKIP
        """
        import rdflib

        data = io.BytesIO()
        self.store.dump(data, format=ox.RdfFormat.N_QUADS)
        ds = rdflib.Dataset()
        ds.parse(data=data.getvalue().decode("utf-8"), format="nquads")
        return ds

    def networkx(self):
        """The entity graph (persons, organisations, places, events, goals, documents) as a
        :class:`networkx.MultiDiGraph`; see :mod:`kg.network`.

        Examples
        --------
        >>> g = open_build("build").networkx()                             # doctest: +SKIP
        >>> g.nodes["https://w3id.org/cnpkg/id/person/…"]["posts"]         # doctest: +SKIP
        """
        from kg.network import entity_graph

        return entity_graph(self.store)


def open_build(out_dir: Path | str = "build") -> Build:
    """Open the build in ``out_dir`` (made by ``kg build SOURCE_DIR --out DIR``) for querying.

    Parameters
    ----------
    out_dir : path, default "build"

    Returns
    -------
    Build
        With ``.query()`` (list of dicts), ``.dataframe()`` (pandas), ``.rdflib_graph()``
        (rdflib Dataset) and ``.networkx()`` (entity graph).

    Examples
    --------
    >>> import kg
    >>> b = kg.open_build("build")                                          # doctest: +SKIP
    >>> b.dataframe("organizations")                                        # doctest: +SKIP
    """
    return Build(out_dir)
