"""A query runner in its own process, so that the benchmark can stop a query that runs too long.

    python benchmarks/query_worker.py oxigraph BUILD_DIR     (the store BUILD_DIR/store, opened as `kg query` does)
    python benchmarks/query_worker.py rdflib GRAPH.nq        (rdflib's in-memory Dataset, default_union=True)

Prints ``{"loaded": seconds}``, then answers each request line ``{"query": PATH, "reps": N, "budget": S}``
with ``{"median": s, "times": [...], "rows": n}`` (fewer than N runs once one run took more than S seconds).
Placeholder queries keep their ``UNDEF`` default.
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    kind, target = sys.argv[1], sys.argv[2]
    t0 = time.perf_counter()
    if kind == "oxigraph":
        import pyoxigraph as ox

        from kg.store import open_store, run_query

        store = open_store(Path(target))

        def run(path: str) -> int:
            result = run_query(store, path)
            if isinstance(result, ox.QueryBoolean):
                return 1
            return sum(1 for row in result for _ in [list(row)])
    else:
        from rdflib import Dataset

        from kg.store import bind_query, query_text

        ds = Dataset(default_union=True)
        ds.parse(target, format="nquads")

        def run(path: str) -> int:
            result = ds.query(bind_query(query_text(path), None))
            return 1 if result.type == "ASK" else sum(1 for _ in result)
    print(json.dumps({"loaded": time.perf_counter() - t0}), flush=True)
    for line in sys.stdin:
        req = json.loads(line)
        if req.get("warmup"):
            run(req["query"])
        times, rows = [], 0
        for _ in range(req["reps"]):
            t = time.perf_counter()
            rows = run(req["query"])
            times.append(time.perf_counter() - t)
            if times[-1] > req.get("budget", float("inf")):
                break
        print(json.dumps({"median": statistics.median(times), "times": times, "rows": rows}), flush=True)


if __name__ == "__main__":
    main()
