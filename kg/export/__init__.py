"""``kg export``: the graph in RDF formats, the entity network for graph tools and Neo4j.

=========  =====================================================  ==================
format     what                                                   default file
=========  =====================================================  ==================
ttl        Turtle: the merged graph (all source texts)            DIR/kg.ttl
nt         N-Triples: the merged graph                            DIR/kg.nt
xml        RDF/XML: the merged graph                              DIR/kg.rdf
nq         N-Quads: one named graph per source text               DIR/kg.nq
trig       TriG: one named graph per source text                  DIR/kg.trig
jsonld     JSON-LD with a @context, one @graph per source text    DIR/kg.jsonld
graphml    GraphML: the entity network (networkx, Gephi, yEd)     DIR/kg.graphml
gexf       GEXF: the entity network (Gephi)                       DIR/kg.gexf
neo4j      CSV for ``neo4j-admin database import`` (a folder)     DIR/kg-neo4j/
=========  =====================================================  ==================

Format names may also be spelled as rdflib spells them (turtle, ntriples, nquads, json-ld,
pretty-xml …); without ``--format`` the format follows ``-o``'s extension.
"""
from __future__ import annotations

from pathlib import Path

from kg.errors import UserError

FORMATS = ("ttl", "nt", "nq", "trig", "jsonld", "xml", "graphml", "gexf", "neo4j")
ALIASES = {
    "turtle": "ttl", "ttl": "ttl", "n3": "ttl",
    "nt": "nt", "ntriples": "nt", "n-triples": "nt", "nt11": "nt",
    "nq": "nq", "nquads": "nq", "n-quads": "nq",
    "trig": "trig",
    "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld",
    "xml": "xml", "rdf": "xml", "rdfxml": "xml", "rdf/xml": "xml", "pretty-xml": "xml", "application/rdf+xml": "xml",
    "owl": "xml",
    "graphml": "graphml", "gexf": "gexf", "neo4j": "neo4j", "csv": "neo4j",
}
DEFAULT_NAME = {"ttl": "kg.ttl", "nt": "kg.nt", "nq": "kg.nq", "trig": "kg.trig", "jsonld": "kg.jsonld",
                "xml": "kg.rdf", "graphml": "kg.graphml", "gexf": "kg.gexf", "neo4j": "kg-neo4j"}


def resolve_format(fmt: str | None, output: Path | None) -> str:
    """The canonical format name from ``--format`` or, failing that, the output file's extension."""
    if fmt:
        name = ALIASES.get(fmt.lower())
        if not name:
            raise UserError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return name
    if output is not None:
        ext = output.suffix.lower().lstrip(".")
        if ext in ALIASES:
            return ALIASES[ext]
        if not ext:  # a folder: Neo4j CSVs
            return "neo4j"
        raise UserError(f"cannot tell the format from {output.name!r}: give --format ({', '.join(FORMATS)})")
    raise UserError(f"give --format FORMAT ({', '.join(FORMATS)}) or -o FILE with a known extension")


def export(out_dir: Path, fmt: str | None = None, output: Path | None = None) -> Path:
    """Export the build in ``out_dir``; returns the path written.

    Examples
    --------
    >>> export(Path("build"), "ttl")                             # doctest: +SKIP
    PosixPath('build/kg.ttl')
    >>> export(Path("build"), None, Path("/tmp/kg.graphml"))     # doctest: +SKIP
    """
    from kg.store import open_store

    name = resolve_format(fmt, output)
    store = open_store(Path(out_dir))
    output = Path(output) if output is not None else Path(out_dir) / DEFAULT_NAME[name]
    if name != "neo4j":
        output.parent.mkdir(parents=True, exist_ok=True)
    if name in ("ttl", "nt", "nq", "trig", "jsonld", "xml"):
        from kg.export.rdf import write_rdf

        write_rdf(store, name, output)
        return output
    from kg.network import entity_graph

    graph = entity_graph(store)
    if name == "neo4j":
        from kg.export.neo4j import write_neo4j

        write_neo4j(graph, output)
    else:
        from kg.export.graphml import write_gexf, write_graphml

        (write_graphml if name == "graphml" else write_gexf)(graph, output)
    return output
