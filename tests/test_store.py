"""The embedded store: loading, read-only opening, canned queries, result formats, Python API."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from kgbuild import FIXTURE, ROOT, shared_build  # noqa: E402

from kg.cli import UserError, main  # noqa: E402
from kg.store import (  # noqa: E402
    bind_query, display_width, list_queries, open_build, open_store, queries_dir, run_query, write_results,
    write_store,
)

FIXED = {
    "persons": ["person", "name", "post"],
    "organizations": ["org", "name"],
    "places": ["place", "name", "parentName"],
    "events": ["event", "label", "date", "endDate", "placeName", "participantName", "role"],
    "goals": ["goal", "text", "indicator", "target", "deadline"],
    "documents": ["doc", "title", "date"],
}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    return shared_build(tmp_path_factory)


@pytest.fixture(scope="module")
def fixture_build(tmp_path_factory):
    return shared_build(tmp_path_factory, real=False)


def test_write_store_holds_every_quad(tmp_path):
    write_store(FIXTURE, tmp_path / "store")
    store = open_store(tmp_path)
    expected = ox.Dataset(ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG))
    assert len(store) == len(expected) > 100
    assert {g.value for g in store.named_graphs()} == {
        "https://w3id.org/cnpkg/id/source/000_aaaa", "https://w3id.org/cnpkg/id/source/001_bbbb"}


def test_write_store_refuses_a_non_empty_folder(tmp_path):
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "x").write_text("x")
    with pytest.raises(FileExistsError):
        write_store(FIXTURE, tmp_path / "store")


def test_open_store_without_build_says_how_to_build(tmp_path):
    with pytest.raises(UserError, match=r"kg build SOURCE_DIR --out"):
        open_store(tmp_path)


def test_store_opens_read_only_many_times_at_once(build):
    a, b = open_store(build), open_store(build)
    assert len(a) == len(b) > 0
    with pytest.raises((OSError, RuntimeError)):
        a.add(ox.Quad(ox.NamedNode("http://x"), ox.NamedNode("http://x"), ox.NamedNode("http://x")))
    # and other processes can query it while this one holds it open
    procs = [subprocess.Popen([sys.executable, "-m", "kg.cli", "query", "persons", "--out", str(build), "--format", "csv"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        assert out.startswith("person,name,post")


def test_every_canned_query_is_documented_and_runs(build):
    names = list_queries()
    assert set(FIXED) | {"who_met_whom", "posts_in_place", "timeline", "sources", "person_events"} <= set(names)
    store = open_store(build)
    for name, description in names.items():
        first = (queries_dir() / f"{name}.rq").read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ") and description, name
        result = run_query(store, name)
        assert isinstance(result, ox.QuerySolutions), name
        variables = [v.value for v in result.variables]
        for var in FIXED.get(name, []):
            assert var in variables, (name, var)
        list(result)


def test_fixed_queries_give_rows(build):
    b = open_build(build)
    for name in ("persons", "organizations", "places", "events"):
        assert b.query(name), name


def test_events_roles_and_dates(build):
    rows = open_build(build).query("events")
    assert {r["role"] for r in rows} - {None} <= {"chair", "speaker", "attendee", "other"}
    for r in rows:
        for key in ("date", "endDate"):
            assert r[key] is None or ISO.match(r[key]), r


def test_query_contents_on_fixture(fixture_build):
    b = open_build(fixture_build)
    persons = b.query("persons")
    assert {"name": "李四", "post": None} == {k: v for k, v in next(r for r in persons if r["name"] == "李四").items()
                                              if k in ("name", "post")}
    chen = [r for r in persons if r["name"] == "陈吉宁"]
    assert [r["post"] for r in chen] == ["上海市委书记"] and chen[0]["lastDate"] == "2024-06-07"
    events = b.query("events")
    assert len(events) == 6
    assert {(r["participantName"], r["role"]) for r in events if r["date"] == "2023-11-30"} == {
        ("习近平", "chair"), ("陈吉宁", "speaker"), ("信长星", "speaker")}
    assert [r["date"] for r in b.query("timeline")] == ["2020-08", "2023-11-30", "2024-06-05"]
    assert b.query("goals")[0]["deadline"] == "2025"
    assert {r["date"] for r in b.query("documents")} == {None, "2024-06"}
    assert {r["parentName"] for r in b.query("places") if r["name"] == "温州"} == {"浙江"}
    assert len(b.query("who_met_whom")) == 4
    assert {r["name"] for r in b.query("posts_in_place", where="上海")} == {"陈吉宁"}
    assert {r["name"] for r in b.query("posts_in_place", where="江苏")} == {"信长星"}
    assert {r["label"] for r in b.query("person_events", who="陈吉宁")} == {
        "深入推进长三角一体化发展座谈会", "2024年度长三角地区主要领导座谈会"}
    src = b.query("sources", who="陈吉宁")
    assert {r["file"] for r in src} == {"000_aaaa.txt", "001_bbbb.txt"}
    assert all(r["sentence"] for r in src)


def test_malformed_query_names_the_position(build):
    with pytest.raises(UserError, match=r"malformed SPARQL query.*1:\d+"):
        run_query(open_store(build), "SELECT * WHERE { ?s ?p }")
    with pytest.raises(UserError, match="no canned query named"):
        run_query(open_store(build), "nosuchquery")


def test_query_from_file(build, tmp_path):
    f = tmp_path / "n.rq"
    f.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert open_build(build).query(str(f))[0]["n"] > 0


def test_bind_placeholder():
    assert bind_query('VALUES ?who { UNDEF }', {"who": 'a"b'}) == 'VALUES ?who { "a\\"b" }'
    with pytest.raises(UserError, match="no placeholder"):
        bind_query("SELECT * {}", {"who": "x"})


def _fmt(build, name, fmt):
    out = io.StringIO()
    write_results(run_query(open_store(build), name), out, fmt)
    return out.getvalue()


def test_json_and_tsv_results_parse_back_identically(build):
    store = open_store(build)
    for name in ("events", "persons"):
        expected = [[s[v] for v in s.keys()] if hasattr(s, "keys") else list(s) for s in run_query(store, name)]
        js = ox.parse_query_results(_fmt(build, name, "json").encode(), ox.QueryResultsFormat.JSON)
        ts = ox.parse_query_results(_fmt(build, name, "tsv").encode(), ox.QueryResultsFormat.TSV)
        variables = [v.value for v in run_query(store, name).variables]
        for parsed in (js, ts):
            assert [v.value for v in parsed.variables] == variables
            assert [[s[v] for v in variables] for s in parsed] == [
                [s[v] for v in variables] for s in run_query(store, name)]
        assert expected is not None
    data = json.loads(_fmt(build, "persons", "json"))
    assert data["head"]["vars"][:3] == ["person", "name", "post"]
    assert data["results"]["bindings"][0]["name"]["xml:lang"] == "zh"


def test_csv_results_are_w3c_csv(build):
    text = _fmt(build, "events", "csv")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0][:7] == FIXED["events"]
    assert all(len(r) == len(rows[0]) for r in rows)
    assert any(r[0].startswith("https://w3id.org/cnpkg/id/event/") for r in rows[1:])


def test_table_aligns_chinese(build):
    lines = _fmt(build, "persons", "table").splitlines()
    header, rule = lines[0], lines[1]
    starts = [m.start() for m in re.finditer(r"-+", rule)]
    assert len(starts) == len(header.split())
    for line in lines[2:-1]:
        # every column starts at the same display column as the header's
        cols = [display_width(line[: i]) for i in range(len(line) + 1)]
        for s in starts[1:]:
            assert s in cols or display_width(line) < s
    assert lines[-1].startswith("(") and "row" in lines[-1]
    assert display_width("陈吉宁a") == 7


def test_cli_query_formats(build, capsys):
    assert main(["query", "events", "--out", str(build), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["head"]["vars"][0] == "event"
    assert main(["query", "nosuch", "--out", str(build)]) == 2
    assert "no canned query" in capsys.readouterr().err
    assert main(["query", "persons", "--out", str(build.parent / "nobuild")]) == 2
    assert "kg build SOURCE_DIR --out" in capsys.readouterr().err


def test_python_api(build):
    import kg

    b = kg.open_build(build)
    df = b.dataframe("events")
    assert list(df.columns)[:7] == FIXED["events"] and len(df) == len(b.query("events"))
    ds = b.rdflib_graph()
    assert sum(len(g) for g in ds.graphs()) == len(b.store)
    g = b.networkx()
    assert g.number_of_nodes() > 0
    assert {d["type"] for _, d in g.nodes(data=True)} <= {"person", "organization", "place", "event", "goal", "document"}


def test_ontology_queries_live_beside_the_package():
    assert queries_dir() == ROOT / "ontology" / "queries"
