"""kg export: RDF exports are isomorphic to the build (checked by rdflib, pyoxigraph and rapper);
GraphML/GEXF readable by networkx; Neo4j CSVs well-formed."""
from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from kgbuild import shared_build  # noqa: E402

from kg.cli import UserError, main  # noqa: E402
from kg.export import export, resolve_format  # noqa: E402
from kg.network import entity_graph_from_build  # noqa: E402

RAPPER_SYNTAX = {"ttl": "turtle", "nt": "ntriples", "xml": "rdfxml", "nq": "nquads", "trig": "trig"}


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    return shared_build(tmp_path_factory)


@pytest.fixture(scope="module")
def built(build):
    """The build's own graph, from kg.trig: {graph IRI: rdflib.Graph} and the merged graph."""
    ds = rdflib.Dataset()
    ds.parse(build / "kg.trig", format="trig")
    graphs = {str(g.identifier): g for g in ds.graphs() if len(g)}
    merged = rdflib.Graph()
    for g in graphs.values():
        for t in g:
            merged.add(t)
    return graphs, merged


def _graphs(ds: rdflib.Dataset) -> dict[str, rdflib.Graph]:
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


@pytest.mark.parametrize("fmt,rdflib_fmt", [("ttl", "turtle"), ("nt", "nt"), ("xml", "xml")])
def test_triple_exports_are_the_merged_graph(build, built, tmp_path, fmt, rdflib_fmt):
    path = export(build, fmt, tmp_path / f"kg.{fmt}")
    g = rdflib.Graph().parse(path, format=rdflib_fmt)
    assert len(g) == len(built[1]) > 0
    assert isomorphic(g, built[1])


@pytest.mark.parametrize("fmt,rdflib_fmt", [("nq", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_quad_exports_keep_each_named_graph(build, built, tmp_path, fmt, rdflib_fmt):
    path = export(build, fmt, tmp_path / f"kg.{fmt}")
    ds = rdflib.Dataset()
    ds.parse(path, format=rdflib_fmt)
    got = _graphs(ds)
    assert set(got) == set(built[0])
    for iri, g in built[0].items():
        assert isomorphic(got[iri], g), iri
    # an independent parser agrees on the number of quads
    assert len(ox.Dataset(ox.parse(path=str(path), format=ox.RdfFormat.from_extension(fmt)))) == sum(
        len(g) for g in built[0].values())


def test_jsonld_has_a_context_with_our_prefixes(build, tmp_path):
    data = json.loads(export(build, "json-ld", tmp_path / "x.jsonld").read_text(encoding="utf-8"))
    ctx = data["@context"]
    assert ctx["kg"] == "https://w3id.org/cnpkg/ontology#" and ctx["schema"] == "http://schema.org/"
    assert "schema:name" in json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "xml", "nq", "trig"])
def test_rapper_parses_the_exports(build, built, tmp_path, fmt):
    if not shutil.which("rapper"):
        pytest.skip("rapper not installed (apt-get install raptor2-utils): independent parser check skipped")
    path = export(build, fmt, tmp_path / f"kg.{fmt}")
    proc = subprocess.run(["rapper", "-i", RAPPER_SYNTAX[fmt], "-c", str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    n = int(re.search(r"returned (\d+) (?:triples|statements)", proc.stderr).group(1))
    expected = len(built[1]) if fmt in ("ttl", "nt", "xml") else sum(len(g) for g in built[0].values())
    assert n == expected


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_exports_read_back(build, tmp_path, fmt, reader):
    g = entity_graph_from_build(build)
    path = export(build, fmt, tmp_path / f"kg.{fmt}")
    back = reader(path)
    assert back.number_of_nodes() == g.number_of_nodes() > 0
    assert back.number_of_edges() == g.number_of_edges()
    node, data = next((n, d) for n, d in g.nodes(data=True) if d["type"] == "person")
    assert back.nodes[node]["label"] == data["label"]
    assert back.nodes[node]["type"] == "person"
    assert isinstance(back.nodes[node]["labels"], str)


def test_neo4j_csvs_are_well_formed(build, tmp_path):
    g = entity_graph_from_build(build)
    folder = export(build, "neo4j", tmp_path / "neo")
    with open(folder / "nodes.csv", newline="", encoding="utf-8") as f:
        nodes = list(csv.reader(f))
    with open(folder / "relationships.csv", newline="", encoding="utf-8") as f:
        rels = list(csv.reader(f))
    assert nodes[0][:2] == ["id:ID", ":LABEL"] and rels[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    ids = [r[0] for r in nodes[1:]]
    assert len(ids) == len(set(ids)) == g.number_of_nodes()
    assert all(len(r) == len(nodes[0]) for r in nodes) and all(len(r) == len(rels[0]) for r in rels)
    idset = set(ids)
    assert len(rels) - 1 == g.number_of_edges()
    for start, end, typ, *_ in rels[1:]:
        assert start in idset and end in idset and re.fullmatch(r"[A-Z_]+", typ)
    assert "neo4j-admin database import" in (folder / "import.sh").read_text()


def test_format_names_and_defaults(build, tmp_path):
    assert resolve_format("turtle", None) == "ttl"
    assert resolve_format("nquads", None) == "nq"
    assert resolve_format(None, Path("x.graphml")) == "graphml"
    assert resolve_format(None, Path("x.rdf")) == "xml"
    with pytest.raises(UserError):
        resolve_format("docx", None)
    with pytest.raises(UserError):
        resolve_format(None, None)
    copy = tmp_path / "b"
    shutil.copytree(build, copy)
    assert main(["export", "--format", "nt", "--out", str(copy)]) == 0
    assert (copy / "kg.nt").stat().st_size > 0
    assert main(["export", "--out", str(copy), "-o", str(tmp_path / "g.gexf")]) == 0
    assert (tmp_path / "g.gexf").is_file()
    assert main(["export", "--format", "nope", "--out", str(copy)]) == 2
