"""kg push: upload to a real Oxigraph server over the Graph Store Protocol; kg query --endpoint."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from kgbuild import free_port, shared_build  # noqa: E402

from kg.cli import main  # noqa: E402
from kg.store import list_queries, open_store  # noqa: E402

pytestmark = pytest.mark.slow


def _oxigraph() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    return shared_build(tmp_path_factory)


@pytest.fixture()
def oxigraph_server(tmp_path):
    exe = _oxigraph()
    if not exe:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail("oxigraph serve exited: " + proc.stderr.read().decode())
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(10)


def server_quads(base: str) -> set:
    req = urllib.request.Request(base + "/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return set(ox.parse(r.read(), ox.RdfFormat.N_QUADS))


def test_push_per_source_text_then_replace(build, oxigraph_server, capsys):
    expected = set(open_store(build))
    url = oxigraph_server + "/store"
    assert main(["push", url, "--out", str(build), "--replace", "--chunk", "500"]) == 0
    assert "pushed" in capsys.readouterr().err
    got = server_quads(oxigraph_server)
    assert got == expected
    for g in open_store(build).named_graphs():
        assert {q for q in got if q.graph_name == g} == {q for q in expected if q.graph_name == g}
    assert main(["push", url, "--out", str(build), "--replace"]) == 0
    assert server_quads(oxigraph_server) == expected  # idempotent


def test_push_into_one_graph(build, oxigraph_server):
    iri = "https://example.org/graph/kg"
    assert main(["push", oxigraph_server + "/store", "--out", str(build), "--graph", iri, "--replace"]) == 0
    got = server_quads(oxigraph_server)
    assert {q.graph_name.value for q in got} == {iri}
    assert {q.triple for q in got} == {q.triple for q in open_store(build)}


def test_push_failure_names_status(build, oxigraph_server, capsys):
    assert main(["push", oxigraph_server + "/nosuch", "--out", str(build)]) == 2
    err = capsys.readouterr().err
    assert "HTTP 404" in err
    assert main(["push", "http://127.0.0.1:9/store", "--out", str(build)]) == 2
    assert "cannot reach" in capsys.readouterr().err


def _rows(text: str) -> list:
    """Rows of a SPARQL JSON result, order-free, with GROUP_CONCAT lists (、-separated) sorted."""
    data = json.loads(text)
    out = []
    for b in data["results"]["bindings"]:
        row = []
        for v in data["head"]["vars"]:
            t = b.get(v)
            if t and "、" in t["value"]:
                t = {**t, "value": "、".join(sorted(t["value"].split("、")))}
            row.append(json.dumps(t, sort_keys=True, ensure_ascii=False))
        out.append(tuple(row))
    return sorted(out)


def test_canned_queries_same_rows_on_endpoint(build, oxigraph_server, capsys):
    assert main(["push", oxigraph_server + "/store", "--out", str(build), "--replace"]) == 0
    capsys.readouterr()
    for name in list_queries():
        assert main(["query", name, "--out", str(build), "--format", "json"]) == 0
        local = capsys.readouterr().out
        assert main(["query", name, "--endpoint", oxigraph_server + "/query", "--format", "json"]) == 0
        remote = capsys.readouterr().out
        assert _rows(remote) == _rows(local), name
    assert main(["query", "persons", "--endpoint", oxigraph_server + "/query", "--format", "table"]) == 0
    assert "name" in capsys.readouterr().out
