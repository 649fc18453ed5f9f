"""The main job on the real source texts: outputs, facts a user asks for, determinism, atomicity."""
from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import time

import pytest
from rdflib import Dataset, Graph

from kg.cli import main
from kg.pipeline import build

from conftest import SOURCE_TEXTS

QUERY = """
PREFIX schema: <http://schema.org/> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX kg: <https://w3id.org/cnpkg/ontology#>
SELECT ?who WHERE {
  ?e a schema:Event ; schema:startDate ?d ; schema:location/schema:name "上海"@zh ;
     kg:participation [ kg:agent/schema:name ?who ; kg:role kg:chair ] .
  FILTER(STR(?d) = "2023-11-30")
}"""


def test_build_writes_every_output(real_build):
    for name in ("kg.ttl", "kg.trig", "kg.html"):
        assert (real_build / name).stat().st_size > 1000
    assert (real_build / "store").is_dir()
    union = Graph().parse(real_build / "kg.ttl")
    ds = Dataset().parse(real_build / "kg.trig", format="trig")
    assert len(union) == len({(s, p, o) for s, p, o, _ in ds.quads()})
    assert len([g for g in ds.graphs() if len(g)]) == 5


def test_the_facts_users_ask_for(real_build, capsys):
    assert main(["query", "persons", "--out", str(real_build), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {"person", "name", "post"} <= set(rows[0])
    assert {"name": "陈吉宁", "post": "上海市委书记"}.items() <= next(
        r for r in rows if r["name"] == "陈吉宁" and r["post"] == "上海市委书记").items()
    from kg.store import open_store

    store = open_store(real_build)
    chairs = {s["who"].value for s in store.query(QUERY, use_default_graph_as_union=True)}
    assert chairs == {"习近平"}


@pytest.mark.parametrize("name", ["persons", "organizations", "places", "events", "goals", "documents"])
def test_every_canned_query_runs_and_returns_rows(real_build, capsys, name):
    assert main(["query", name, "--out", str(real_build), "--format", "tsv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) > 1


def test_same_texts_give_byte_identical_graphs(tmp_path, real_build):
    again = tmp_path / "again"  # another process, another hash seed, two workers
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SOURCE_TEXTS), "--out", str(again), "--jobs", "2"],
                   check=True, env=env, capture_output=True)
    for name in ("kg.ttl", "kg.trig"):
        assert (again / name).read_bytes() == (real_build / name).read_bytes()


def test_adding_texts_to_a_build_gives_the_graph_of_building_all_at_once(tmp_path, real_build):
    part = tmp_path / "part"
    part.mkdir()
    texts = sorted(SOURCE_TEXTS.glob("*.txt"))
    for p in texts[:2] + [SOURCE_TEXTS / "manifest.tsv"]:
        (part / p.name).write_bytes(p.read_bytes())
    out = tmp_path / "out"
    build(part, out, progress=None, write_map=False)
    report = build(SOURCE_TEXTS, out, progress=None, write_map=False, add=texts[1:])  # 001 again: replaced, not doubled
    assert report.texts == 5
    for name in ("kg.ttl", "kg.trig"):
        assert (out / name).read_bytes() == (real_build / name).read_bytes()


def test_file_order_does_not_matter(corpus, tmp_path):
    from kg.pipeline import build_graphs, union_triples, write_trig

    docs = list(corpus.values())
    forward, backward = build_graphs(docs), build_graphs(docs[::-1])
    assert union_triples(forward) == union_triples(backward) != []
    write_trig(forward, tmp_path / "forward.trig")
    write_trig(backward, tmp_path / "backward.trig")
    assert (tmp_path / "forward.trig").read_bytes() == (tmp_path / "backward.trig").read_bytes()


def test_summary_and_exit_status(tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("上海市委书记陈吉宁出席会议。", encoding="utf-8")
    (src / "b.txt").write_bytes(b"")
    assert main(["build", str(src), "--out", str(tmp_path / "out"), "--date", "2024-01-02"]) == 1
    out = capsys.readouterr().out
    assert "skipped 1 file(s)" in out and "b.txt: empty file" in out and "persons 1" in out
    assert main(["build", str(src), "--out", str(tmp_path / "out"), "--strict"]) == 2


def test_no_texts_is_a_clear_error(tmp_path, capsys):
    assert main(["build", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    assert "no usable *.txt files" in capsys.readouterr().err


@pytest.mark.slow
def test_a_killed_build_leaves_the_previous_one_intact(tmp_path):
    out = tmp_path / "build"
    build(SOURCE_TEXTS, out, progress=None, write_map=False)
    before = (out / "kg.ttl").read_bytes()
    src = tmp_path / "big"
    src.mkdir()
    for i in range(4):  # a corpus whose outputs take a moment to write
        for p in SOURCE_TEXTS.glob("*.txt"):
            (src / f"{i:02d}_{p.name}").write_bytes(p.read_bytes())
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(src), "--out", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path)
    deadline = time.time() + 120
    while not list(tmp_path.glob(".build.tmp-*")) and proc.poll() is None and time.time() < deadline:
        time.sleep(0.01)  # kill it once it has started writing its outputs
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert list(tmp_path.glob(".build.tmp-*")), "the build was not caught while writing"
    assert (out / "kg.ttl").read_bytes() == before
    from kg.store import open_store

    assert len(open_store(out)) > 0
    build(SOURCE_TEXTS, out, progress=None, write_map=False)  # the next build clears what the killed one left
    assert not list(tmp_path.glob(".build.tmp-*"))


def test_a_failing_writer_fails_the_build_and_keeps_the_previous_one(tmp_path, monkeypatch):
    out = tmp_path / "build"
    build(SOURCE_TEXTS, out, progress=None, write_map=False)
    before = (out / "kg.ttl").read_bytes()

    def full_disk(triples, path):
        raise OSError("No space left on device")

    monkeypatch.setattr("kg.pipeline.write_turtle", full_disk)
    with pytest.raises(OSError, match="No space left on device"):
        build(SOURCE_TEXTS, out, progress=None, write_map=False, jobs=2)
    assert (out / "kg.ttl").read_bytes() == before
    assert not list(tmp_path.glob(".build.tmp-*"))


def test_a_text_the_extractor_fails_on_is_reported_and_the_others_are_built(tmp_path, monkeypatch):
    import kg.pipeline

    real = kg.pipeline.extract
    first = sorted(p.stem for p in SOURCE_TEXTS.glob("*.txt"))[0]

    def failing(doc, recognised=None):
        if doc.id == first:
            raise ValueError("a rule met what it did not expect")
        return real(doc, recognised)

    monkeypatch.setattr(kg.pipeline, "extract", failing)
    report = build(SOURCE_TEXTS, tmp_path / "build", progress=None, write_map=False)
    assert [p.file for p in report.skipped] == [first] and "ValueError" in report.skipped[0].reason
    assert report.texts == 5 and report.exit_status() == 1
    from kg.graph import source_iri

    graphs = {str(g.identifier) for g in Dataset().parse(tmp_path / "build" / "kg.trig", format="trig").graphs() if len(g)}
    others = {str(source_iri(p.stem)) for p in SOURCE_TEXTS.glob("*.txt") if p.stem != first}
    assert others <= graphs and str(source_iri(first)) not in graphs


def test_when_the_recogniser_fails_on_a_group_of_texts_each_text_is_recognised_alone(tmp_path, monkeypatch):
    import kg.extract
    import kg.pipeline

    real = kg.extract.recognise

    def fails_on_groups(docs):
        if len(docs) > 1:
            raise MemoryError("a group too large for the recogniser")
        return real(docs)

    monkeypatch.setattr(kg.pipeline, "recognise", fails_on_groups)
    monkeypatch.setattr(kg.extract, "recognise", fails_on_groups)
    report = build(SOURCE_TEXTS, tmp_path / "build", progress=None, write_map=False)
    assert report.skipped == [] and report.texts == 5
    graphs = {str(g.identifier) for g in Dataset().parse(tmp_path / "build" / "kg.trig", format="trig").graphs() if len(g)}
    from kg.graph import source_iri

    assert {str(source_iri(p.stem)) for p in SOURCE_TEXTS.glob("*.txt")} <= graphs
