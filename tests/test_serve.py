"""kg serve: SPARQL 1.1 Protocol over a build, read-only, with time and row limits."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from kgbuild import free_port, shared_build  # noqa: E402

from kg.store import open_build  # noqa: E402

pytestmark = pytest.mark.slow
MAX_ROWS = 40
TIMEOUT = 3


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    return shared_build(tmp_path_factory)


@pytest.fixture(scope="module")
def server(build):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--out", str(build), "--port", str(port),
                             "--timeout", str(TIMEOUT), "--max-rows", str(MAX_ROWS)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail("kg serve exited: " + proc.stderr.read())
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(10)


def http(url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def get(base, query, accept=None, **params):
    qs = urllib.parse.urlencode({"query": query, **params})
    return http(f"{base}/sparql?{qs}", headers={"Accept": accept} if accept else {})


PERSONS = "PREFIX schema: <http://schema.org/> SELECT DISTINCT ?p ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?p LIMIT 30"


def test_binds_loopback_by_default():
    from kg.cli import make_parser

    args = make_parser().parse_args(["serve"])
    assert (args.host, args.port, args.out) == ("127.0.0.1", 7878, "build")


def test_select_in_each_format(server, build):
    expected = [(r["p"], r["name"]) for r in open_build(build).query(PERSONS)]
    assert expected
    status, h, body = get(server, PERSONS, "application/sparql-results+json")
    assert status == 200 and h["Content-Type"].startswith("application/sparql-results+json")
    assert h["Access-Control-Allow-Origin"] == "*"
    rows = json.loads(body)["results"]["bindings"]
    assert [(r["p"]["value"], r["name"]["value"]) for r in rows] == expected

    status, h, body = get(server, PERSONS, "application/sparql-results+xml")
    assert status == 200 and "xml" in h["Content-Type"]
    parsed = ox.parse_query_results(body, ox.QueryResultsFormat.XML)
    assert [(s["p"].value, s["name"].value) for s in parsed] == expected

    status, h, body = get(server, PERSONS, "text/csv")
    assert status == 200 and h["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.decode(), newline="")))
    assert rows[0] == ["p", "name"] and [tuple(r) for r in rows[1:]] == expected

    status, h, body = get(server, PERSONS, "text/tab-separated-values")
    parsed = ox.parse_query_results(body, ox.QueryResultsFormat.TSV)
    assert [(s["p"].value, s["name"].value) for s in parsed] == expected

    status, h, body = get(server, PERSONS, format="csv")  # format parameter instead of Accept
    assert h["Content-Type"].startswith("text/csv")


def test_post_forms_and_ask(server):
    status, _, body = http(server + "/sparql", urllib.parse.urlencode({"query": PERSONS}).encode(),
                           {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"})
    assert status == 200 and json.loads(body)["head"]["vars"] == ["p", "name"]
    status, _, body = http(server + "/sparql", "ASK { ?s ?p ?o }".encode(),
                           {"Content-Type": "application/sparql-query"})
    assert status == 200 and json.loads(body)["boolean"] is True


def test_sparqlwrapper_select_construct(server, build):
    from SPARQLWrapper import CSV, JSON, JSONLD, TURTLE, XML, SPARQLWrapper

    sw = SPARQLWrapper(server + "/sparql")
    sw.setQuery(PERSONS)
    sw.setReturnFormat(JSON)
    names = [b["name"]["value"] for b in sw.query().convert()["results"]["bindings"]]
    assert names == [r["name"] for r in open_build(build).query(PERSONS)]
    sw.setReturnFormat(XML)
    assert len(sw.query().convert().getElementsByTagName("result")) == len(names)
    sw.setReturnFormat(CSV)
    assert sw.query().convert().decode().startswith("p,name")
    sw.setMethod("POST")
    sw.setQuery("PREFIX schema: <http://schema.org/> CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }")
    sw.setReturnFormat(TURTLE)
    import rdflib

    g = rdflib.Graph().parse(data=sw.query().convert(), format="turtle")
    assert len(g) == len(set(names)) or len(g) >= len(set(names))
    sw.setReturnFormat(JSONLD)
    assert len(sw.query().convert()) == len(g)


def test_construct_formats(server):
    q = "PREFIX schema: <http://schema.org/> CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }"
    counts = {}
    for accept, fmt in (("text/turtle", "turtle"), ("application/n-triples", "nt"),
                        ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")):
        status, h, body = get(server, q, accept)
        assert status == 200 and h["Content-Type"].startswith(accept), accept
        import rdflib

        counts[accept] = len(rdflib.Graph().parse(data=body.decode(), format=fmt))
    assert len(set(counts.values())) == 1 and next(iter(counts.values())) > 0


def test_update_refused(server):
    for status, _, body in (
        http(server + "/sparql", urllib.parse.urlencode({"update": "INSERT DATA { <x:a> <x:b> <x:c> }"}).encode(),
             {"Content-Type": "application/x-www-form-urlencoded"}),
        http(server + "/sparql", b"CLEAR ALL", {"Content-Type": "application/sparql-update"}),
        http(server + "/sparql", b"PREFIX x: <x:>\nDELETE WHERE { ?s ?p ?o }", {"Content-Type": "application/sparql-query"}),
        get(server, "LOAD <http://example.org/x.ttl>"),
    ):
        assert status == 403 and b"read-only" in body
    status, _, body = get(server, "SELECT * WHERE { ?s ?p }")
    assert status == 400 and b"malformed" in body
    status, _, _ = get(server, "ASK { ?s ?p ?o }")
    assert status == 200


def test_huge_results_cut_off(server):
    q = "CONSTRUCT { ?a <http://example.org/with> ?b } WHERE { ?a ?p ?x . ?b ?q ?y }"
    status, h, body = get(server, q, "application/n-triples")
    assert status == 200 and h["X-KG-Truncated"] == "true"
    assert len([line for line in body.decode().splitlines() if line.strip()]) <= MAX_ROWS
    status, h, body = get(server, "SELECT * WHERE { ?a ?p ?x . ?b ?q ?y }", "application/json")
    assert h["X-KG-Truncated"] == "true" and len(json.loads(body)["results"]["bindings"]) == MAX_ROWS


def test_runaway_query_stopped_and_server_still_answers(server):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n0 ?o }"
    t0 = time.monotonic()
    status, _, body = get(server, q)
    took = time.monotonic() - t0
    assert status == 503 and b"time limit" in body
    assert took < TIMEOUT + 5
    for _ in range(3):  # the killed worker is replaced: later queries still work
        status, _, body = get(server, "ASK { ?s ?p ?o }", "application/json")
        assert status == 200 and json.loads(body)["boolean"] is True


def test_page_map_and_cors(server, build):
    status, h, body = http(server + "/")
    assert status == 200 and b"/sparql" in body and b"persons" in body and b'href="/map"' in body
    status, h, body = http(server + "/map")
    if (build / "kg.html").is_file():
        assert status == 200 and h["Content-Type"].startswith("text/html")
    else:
        assert status == 404 and b"kg build" in body
    status, h, _ = http(server + "/sparql", method="OPTIONS",
                        headers={"Origin": "http://yasgui.example", "Access-Control-Request-Method": "POST"})
    assert status == 204 and h["Access-Control-Allow-Origin"] == "*" and "POST" in h["Access-Control-Allow-Methods"]
    status, _, _ = http(server + "/store/CURRENT")
    assert status == 404
