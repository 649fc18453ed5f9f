"""The benchmark harness (benchmarks/run.py) works end to end on tiny inputs; no timing is asserted
(the speed bars live in the benchmark itself: `make bench`)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402
import run  # noqa: E402

SENTENCES = ["上海市委书记陈吉宁出席会议并讲话。", "江苏省省长许昆林主持召开座谈会。", "长三角生态绿色一体化发展示范区建设取得新进展。",
             "国家发展改革委召开新闻发布会。"]


@pytest.fixture
def shared(tmp_path) -> Path:
    d = tmp_path / "shared"
    d.mkdir()
    lines = [json.dumps({"text": SENTENCES[i % len(SENTENCES)], "entities": []}, ensure_ascii=False) for i in range(120)]
    (d / "train.jsonl").write_text("\n".join(lines[:80]) + "\n", encoding="utf-8")
    (d / "dev.jsonl").write_text("\n".join(lines[80:]) + "\n", encoding="utf-8")
    return d


def test_corpus_reaches_its_size_with_dated_manifest(tmp_path, shared):
    info = corpus.make_corpus(tmp_path / "c", 30_000, shared=shared)
    files = sorted((tmp_path / "c").glob("*.txt"))
    assert info["bytes"] >= 30_000 and sum(f.stat().st_size for f in files) == info["bytes"]
    rows = (tmp_path / "c" / "manifest.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "file\tdate" and len(rows) == len(files) + 1
    assert any(f.name.startswith("r00_ner") for f in files) and any("_src_" in f.name for f in files)


def test_replicated_graph_renames_every_id_iri(tmp_path, real_build):
    import pyoxigraph as ox

    info = corpus.replicate_graph(real_build / "kg.trig", tmp_path / "g.nq", 5_000)
    assert info["copies"] >= 2 and info["triples"] >= 5_000
    store = ox.Store()
    store.bulk_load(path=str(tmp_path / "g.nq"), format=ox.RdfFormat.N_QUADS)
    n = next(iter(store.query("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }")))[0]
    assert int(n.value) == info["triples"]
    graphs = {g.value for g in store.named_graphs()}
    assert all(g.endswith(tuple(f"-r{i}" for i in range(info["copies"]))) for g in graphs)


@pytest.mark.slow
def test_harness_quick_pieces(tmp_path, shared, real_build):
    res = run.Results(machine=run.machine_info())
    run.bench_build(res, tmp_path / "w", min_bytes=15_000, shared=shared, jobs=[1, 2])
    run.bench_queries(res, tmp_path / "w", min_triples=4_000, ox_reps=1, rdflib_reps=1, ox_timeout=60,
                      rdflib_timeout=120, small_build=real_build)
    names = [c.name for c in res.checks]
    assert "kg build / posseg.cut speed" in names and "speed-up --jobs 2 over --jobs 1" in names
    assert any(n.startswith("persons (median") for n in names)
    assert all(c.value is not None and c.value > 0 for c in res.checks if c.section == "build")
    table = run.table(res)
    assert "PASS" in table or "FAIL" in table
    assert (tmp_path / "w" / "build-j1" / "kg.trig").is_file()


def test_main_writes_json(tmp_path, monkeypatch):
    def fake_build(res, work, **kw):
        res.add("build", "kg build / posseg.cut speed", 0.7, "×", ">= 0.5")

    monkeypatch.setattr(run, "bench_build", fake_build)
    out = tmp_path / "r.json"
    assert run.main(["--quick", "--only", "build", "--work", str(tmp_path / "w"), "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["checks"][0]["passed"] is True and data["machine"]["nproc"]
