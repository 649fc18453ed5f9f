"""Speed and scale of `kg`: build throughput, query latency at 1M triples, the map.

    .venv/bin/python benchmarks/run.py [--quick] [--out benchmarks/results.json] [--only build,query,map]

1. build  — ``kg build`` as a user runs it (a whole process: ingest, extraction, graph, store, map)
   on ≥ 5 MB of real news text (see ``benchmarks/corpus.py``), in characters per second, beside
   jieba's own ``jieba.posseg.cut`` over the same text (the cost floor); ``--jobs 2`` and its
   speed-up; the peak memory of the build (its process tree).
2. query  — the canned queries of ``ontology/queries`` on ≥ 1M triples (the graph of
   ``source_texts`` copied with renamed IRIs) on the embedded store (pyoxigraph, as ``kg query``
   runs them) and on rdflib's in-memory ``Dataset``: median latency, ratio, load time.
3. map    — ``benchmarks/bench_map.py`` (writing kg.html, and the layout settling in headless
   Chromium) for 200, 2,000 and 10,000 nodes; skipped when /usr/bin/chromium is missing.

Prints a table (each number beside its bar, PASS/FAIL) and writes the numbers as JSON.
``--quick`` uses a small corpus and graph (the harness, not the bars: its FAILs mean nothing).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import corpus as corpus_mod  # noqa: E402

BIN = Path(sys.executable).parent
KG = str(BIN / "kg") if (BIN / "kg").exists() else None
CHROMIUM = "/usr/bin/chromium"
MB = 1_000_000


@dataclass
class Check:
    section: str
    name: str
    value: float | None
    unit: str
    bar: str = ""  # e.g. ">= 0.5"; empty: for information
    passed: bool | None = None
    note: str = ""


@dataclass
class Results:
    machine: dict = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)
    details: dict = field(default_factory=dict)

    def add(self, section, name, value, unit, bar="", note=""):
        passed = None
        if bar and value is not None:
            op, limit = bar.split()
            limit = float(limit)
            passed = {">=": value >= limit, "<": value < limit, "<=": value <= limit, ">": value > limit}[op]
        self.checks.append(Check(section, name, value, unit, bar, passed, note))


# ---------------------------------------------------------------- the machine

def machine_info() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        import psutil

        mem = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "memory_gib": mem, "python": platform.python_version(),
            "platform": platform.platform(), "load_before": os.getloadavg(),
            "date": time.strftime("%Y-%m-%d %H:%M:%S %z")}


# ---------------------------------------------------------------- processes

def run_measured(cmd: list[str], log: Path, poll: float = 0.05) -> dict:
    """Run ``cmd``; its wall time and the peak memory of its process tree.

    ``peak_tree_rss`` sums the RSS of the process and all its children at each poll (forked
    workers share pages, so this overcounts a little); ``maxrss_children`` is the largest single
    process (``getrusage(RUSAGE_CHILDREN).ru_maxrss`` of this run's children).
    """
    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    with log.open("wb") as fh:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, cwd=ROOT)
        ps = psutil.Process(proc.pid)
        peak = 0
        while proc.poll() is None:
            try:
                rss = ps.memory_info().rss
                for child in ps.children(recursive=True):
                    try:
                        rss += child.memory_info().rss
                    except psutil.Error:
                        pass
                peak = max(peak, rss)
            except psutil.Error:
                pass
            time.sleep(poll)
        wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{log.read_text(errors='replace')[-2000:]}")
    return {"seconds": wall, "peak_tree_rss": peak, "maxrss_children": max(after, before) * 1024 if after > before else None,
            "load": os.getloadavg()[0]}


POSSEG = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    t0 = time.perf_counter()
    import jieba, jieba.posseg as pseg
    jieba.setLogLevel(60)
    jieba.initialize()
    list(pseg.cut("上海市委书记陈吉宁出席会议。"))  # everything loaded before the clock starts
    load = time.perf_counter() - t0
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
    t0 = time.perf_counter()
    words = 0
    for text in texts:
        for _ in pseg.cut(text):
            words += 1
    cut = time.perf_counter() - t0
    print(json.dumps({"seconds": cut, "load_seconds": load, "words": words, "chars": sum(map(len, texts))}))
""")


def posseg_floor(corpus_dir: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", POSSEG, str(corpus_dir)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- 1. build

def bench_build(res: Results, work: Path, *, min_bytes: int, shared: Path, jobs: list[int], max_docs: int | None = None) -> None:
    if KG is None:
        raise SystemExit(f"no kg command beside {sys.executable}: run from the project's virtualenv (make bench)")
    corpus_dir = work / "corpus"
    shutil.rmtree(corpus_dir, ignore_errors=True)
    info = corpus_mod.make_corpus(corpus_dir, min_bytes, shared=shared, max_docs=max_docs)
    chars = info["chars"]
    print(f"corpus: {info['documents']} texts, {info['bytes'] / MB:.2f} MB, {chars:,} characters "
          f"({info['copies']} copies)", file=sys.stderr)
    res.details["corpus"] = info

    floor = posseg_floor(corpus_dir)
    floor_cps = chars / floor["seconds"]
    res.details["posseg"] = floor
    print(f"jieba.posseg.cut: {floor['seconds']:.1f} s, {floor_cps:,.0f} chars/s", file=sys.stderr)

    runs = {}
    for j in jobs:
        out = work / f"build-j{j}"
        shutil.rmtree(out, ignore_errors=True)
        print(f"kg build --jobs {j} …", file=sys.stderr, flush=True)
        r = run_measured([KG, "build", str(corpus_dir), "--out", str(out), "--jobs", str(j)], work / f"build-j{j}.log")
        r["chars_per_second"] = chars / r["seconds"]
        runs[j] = r
        print(f"kg build --jobs {j}: {r['seconds']:.1f} s, {r['chars_per_second']:,.0f} chars/s, "
              f"peak {r['peak_tree_rss'] / 2**20:,.0f} MiB (load {r['load']:.1f})", file=sys.stderr)
    res.details["build"] = {str(k): v for k, v in runs.items()}

    one = runs[jobs[0]]
    res.add("build", f"kg build --jobs {jobs[0]} throughput", one["chars_per_second"], "chars/s",
            note=f"{one['seconds']:.1f} s for {info['bytes'] / MB:.1f} MB")
    res.add("build", "jieba.posseg.cut throughput (floor)", floor_cps, "chars/s", note=f"{floor['seconds']:.1f} s")
    res.add("build", "kg build / posseg.cut speed", one["chars_per_second"] / floor_cps, "×", ">= 0.5")
    if len(jobs) > 1:
        two = runs[jobs[1]]
        res.add("build", f"kg build --jobs {jobs[1]} throughput", two["chars_per_second"], "chars/s",
                note=f"{two['seconds']:.1f} s")
        res.add("build", f"speed-up --jobs {jobs[1]} over --jobs {jobs[0]}", one["seconds"] / two["seconds"], "×", ">= 1.6",
                note=f"{os.cpu_count()} CPUs")
    for j, r in runs.items():
        res.add("build", f"peak memory --jobs {j} (process tree)", r["peak_tree_rss"] / 2**30, "GiB", "< 1.5")


# ---------------------------------------------------------------- 2. queries

class Worker:
    """``benchmarks/query_worker.py`` in a subprocess; a query past its time limit kills it."""

    def __init__(self, kind: str, target: Path, load_timeout: float):
        self.kind, self.target = kind, target
        self.proc = subprocess.Popen([sys.executable, str(HERE / "query_worker.py"), kind, str(target)], cwd=ROOT,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.loaded = self._read(load_timeout)["loaded"]

    def _read(self, timeout: float) -> dict:
        import selectors

        sel = selectors.DefaultSelector()
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        ready = sel.select(timeout)
        sel.close()
        if not ready:
            self.close()
            raise TimeoutError
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"query worker ({self.kind}) died: exit status {self.proc.wait()}")
        return json.loads(line)

    def run(self, query: Path, reps: int, budget: float, timeout: float, warmup: bool) -> dict:
        self.proc.stdin.write(json.dumps({"query": str(query), "reps": reps, "budget": budget, "warmup": warmup}) + "\n")
        self.proc.stdin.flush()
        return self._read(timeout)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()


def _query_pass(kind: str, target: Path, queries: list[Path], *, reps: int, timeout: float, skip=(),
                load_timeout: float = 3600) -> tuple[dict, float]:
    """Run every query in a worker of ``kind``; a query that takes more than ``timeout`` s is
    recorded as None and the worker restarted (and reloaded) for the next one."""
    out: dict[str, dict | None] = {}
    worker = Worker(kind, target, load_timeout)
    load = worker.loaded
    print(f"{kind}: loaded in {load:.1f} s", file=sys.stderr, flush=True)
    try:
        for q in queries:
            if q.stem in skip:
                out[q.stem] = None
                continue
            if worker is None:
                worker = Worker(kind, target, load_timeout)
            try:
                r = worker.run(q, reps, budget=timeout / max(reps, 1), timeout=timeout, warmup=kind == "oxigraph")
            except TimeoutError:
                print(f"  {kind:<8} {q.stem:<16} over {timeout:.0f} s: stopped", file=sys.stderr, flush=True)
                out[q.stem] = None
                worker = None
                continue
            out[q.stem] = r
            print(f"  {kind:<8} {q.stem:<16} {r['median'] * 1000:10.1f} ms  ({r['rows']} rows, {len(r['times'])} runs)",
                  file=sys.stderr, flush=True)
    finally:
        if worker is not None:
            worker.close()
    return out, load


def bench_queries(res: Results, work: Path, *, min_triples: int, ox_reps: int = 7, rdflib_reps: int = 3,
                  ox_timeout: float = 60, rdflib_timeout: float = 300,
                  source_dir: Path = ROOT / "source_texts", small_build: Path | None = None) -> None:
    import pyoxigraph as ox

    if small_build is None:
        small_build = work / "small-build"
        shutil.rmtree(small_build, ignore_errors=True)
        subprocess.run([KG, "build", str(source_dir), "--out", str(small_build)], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    nq = work / "graph.nq"
    info = corpus_mod.replicate_graph(small_build / "kg.trig", nq, min_triples)
    print(f"graph: {info['copies']} copies of {info['triples_per_copy']:,} triples = {info['triples']:,} triples "
          f"({info['quads']:,} quads, {nq.stat().st_size / MB:.0f} MB of N-Quads)", file=sys.stderr)
    res.details["graph"] = info

    big = work / "big-build"
    shutil.rmtree(big, ignore_errors=True)
    (big / "store").mkdir(parents=True)
    t0 = time.perf_counter()
    st = ox.Store(str(big / "store"))  # as kg.store.write_store does, from N-Quads
    st.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    st.flush()
    st.optimize()
    del st
    ox_load = time.perf_counter() - t0
    print(f"pyoxigraph bulk load: {ox_load:.1f} s", file=sys.stderr)

    queries = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
    oxr, _ = _query_pass("oxigraph", big, queries, reps=ox_reps, timeout=ox_timeout)
    slow = {k for k, v in oxr.items() if v is None}  # rdflib will not do better
    rlr, rdflib_load = _query_pass("rdflib", nq, queries, reps=rdflib_reps, timeout=rdflib_timeout, skip=slow)

    per_query = {}
    ratios = []
    for q in queries:
        o, r = oxr.get(q.stem), rlr.get(q.stem)
        ratio = r["median"] / o["median"] if o and r and o["median"] > 0 else None
        if ratio is not None:
            ratios.append(ratio)
        per_query[q.stem] = {"oxigraph": o, "rdflib": r, "ratio": ratio}
        if o is None:
            note = f"stopped after {ox_timeout:.0f} s"
        else:
            rl = f"rdflib {r['median'] * 1000:,.0f} ms, ×{ratio:.0f}" if r else (
                "rdflib: not run" if q.stem in slow else f"rdflib over {rdflib_timeout:.0f} s")
            note = f"{rl}; {o['rows']:,} rows"
        res.add("query", f"{q.stem} (median, oxigraph)", o["median"] * 1000 if o else None, "ms", "< 100", note=note)
        if o is None:
            res.checks[-1].passed = False
    res.details["queries"] = per_query
    bounded = [r for r in ratios] + [rdflib_timeout / oxr[q.stem]["median"] for q in queries
                                     if oxr.get(q.stem) and rlr.get(q.stem) is None and q.stem not in slow]
    if bounded and len(bounded) > len(ratios):
        res.add("query", "geometric-mean speed-up, rdflib stopped = its time limit",
                math.exp(sum(math.log(r) for r in bounded) / len(bounded)), "×", ">= 20",
                note=f"a lower bound over {len(bounded)} queries")
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        res.add("query", "geometric-mean speed-up over rdflib", geo, "×", ">= 20",
                note=f"{len(ratios)} of {len(queries)} queries (both finished)")
    res.add("query", "load time, pyoxigraph (bulk load + optimize)", ox_load, "s", note=f"{info['triples']:,} triples")
    res.add("query", "load time, rdflib Dataset (parse N-Quads)", rdflib_load, "s")


# ---------------------------------------------------------------- 3. the map

def bench_map_section(res: Results, work: Path, sizes: list[int]) -> None:
    if not Path(CHROMIUM).exists():
        print(f"map: skipped ({CHROMIUM} is missing: install Debian's chromium)", file=sys.stderr)
        res.details["map"] = "skipped: no chromium"
        return
    try:
        import playwright  # noqa: F401
    except ImportError:
        print("map: skipped (playwright is not installed: pip install -e '.[test]')", file=sys.stderr)
        res.details["map"] = "skipped: no playwright"
        return
    import bench_map

    rows = bench_map.run(sizes, work / "maps")
    res.details["map"] = rows
    for r in rows:
        label = f"map {r['nodes']:,} nodes (max_nodes={r['max_nodes']:,}, {r['shown']:,} shown)"
        res.add("map", f"{label}: write kg.html", r["write_s"], "s", note=f"{r['file_mb']:.1f} MB")
        res.add("map", f"{label}: layout settled", r["settled_s"], "s", note=f"page wall {r['wall_s']:.1f} s")


# ---------------------------------------------------------------- report

def _fmt(v: float | None) -> str:
    if v is None:
        return "—"
    if abs(v) >= 1000:
        return f"{v:,.0f}"
    if abs(v) >= 100:
        return f"{v:.0f}"
    if abs(v) >= 10:
        return f"{v:.1f}"
    return f"{v:.2f}"


def table(res: Results) -> str:
    rows = [("section", "measure", "value", "unit", "bar", "result", "note")]
    for c in res.checks:
        verdict = "" if c.passed is None else ("PASS" if c.passed else "FAIL")
        rows.append((c.section, c.name, _fmt(c.value), c.unit, c.bar, verdict, c.note))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        lines.append("| " + " | ".join(r[i].rjust(widths[i]) if i == 2 else r[i].ljust(widths[i]) for i in range(len(r))) + " |")
        if k == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small corpus and graph: checks the harness, not the bars")
    ap.add_argument("--out", type=Path, default=HERE / "results.json", help="JSON results (default benchmarks/results.json)")
    ap.add_argument("--only", default="build,query,map", help="comma-separated sections: build, query, map")
    ap.add_argument("--work", type=Path, help="working folder (default: a temporary folder, removed afterwards)")
    ap.add_argument("--shared", type=Path, default=corpus_mod.SHARED_NER, help="folder of the NER sets train/dev.jsonl")
    ap.add_argument("--corpus-mb", type=float, help="corpus size in MB (default 5, quick 0.3)")
    ap.add_argument("--triples", type=int, help="query graph size (default 1,000,000, quick 50,000)")
    ap.add_argument("--jobs", default="1,2", help="the --jobs values to build with (default 1,2)")
    ap.add_argument("--map-sizes", help="node counts of the map benchmark (default 200,2000,10000, quick 200)")
    args = ap.parse_args(argv)
    sections = {s.strip() for s in args.only.split(",") if s.strip()}
    corpus_mb = args.corpus_mb if args.corpus_mb is not None else (0.3 if args.quick else 5)
    triples = args.triples if args.triples is not None else (50_000 if args.quick else 1_000_000)
    map_sizes = [int(x) for x in (args.map_sizes or ("200" if args.quick else "200,2000,10000")).split(",")]

    res = Results(machine=machine_info())
    res.details["args"] = {"quick": args.quick, "corpus_mb": corpus_mb, "triples": triples, "sections": sorted(sections)}
    print(f"machine: {res.machine['nproc']} CPUs, {res.machine['cpu']}, load {res.machine['load_before'][0]:.2f}",
          file=sys.stderr)
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if "build" in sections:
            bench_build(res, work, min_bytes=int(corpus_mb * MB), shared=args.shared,
                        jobs=[int(j) for j in args.jobs.split(",")])
        if "query" in sections:
            bench_queries(res, work, min_triples=triples, ox_reps=5 if args.quick else 7, rdflib_reps=1 if args.quick else 3,
                          ox_timeout=20 if args.quick else 60, rdflib_timeout=60 if args.quick else 120)
        if "map" in sections:
            bench_map_section(res, work, map_sizes)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    res.machine["load_after"] = os.getloadavg()
    print(table(res))
    print(f"\nmachine: {res.machine['nproc']} CPUs ({res.machine['cpu']}), load average "
          f"{res.machine['load_before'][0]:.2f} before, {res.machine['load_after'][0]:.2f} after")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        payload = {"machine": res.machine, "checks": [asdict(c) for c in res.checks], "details": res.details}
        args.out.write_text(json.dumps(payload, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    failed = [c for c in res.checks if c.passed is False]
    return 1 if failed and not args.quick else 0


if __name__ == "__main__":
    sys.exit(main())
