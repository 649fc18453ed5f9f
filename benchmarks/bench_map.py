"""How long the relationship map takes to settle in headless Chromium.

    .venv/bin/python benchmarks/bench_map.py [--sizes 200,2000,10000] [--keep DIR]

For each size, a random entity graph with the attribute contract of
``kg.network.entity_graph`` is written with :func:`kg.viz.write_map` (once with
the default ``max_nodes=2000`` and, for larger graphs, once with everything
shown) and opened from a file:// URL; the table shows the file size and the time
from navigation start until the layout settled (``kgMap.ready``).
Needs Debian's chromium at /usr/bin/chromium.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.viz import write_map  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "吉宁国强海峰建华立新志明文军永红丽伟敏静秀英春晓东平刚勇毅"
PLACES = ["上海", "江苏", "浙江", "安徽", "南京", "杭州", "合肥", "苏州", "宁波", "无锡", "北京", "广东", "深圳"]
ORGS = ["市委", "市政府", "发展改革委", "生态环境厅", "交通运输局", "人大常委会", "政协", "科技局"]
POSTS = ["书记", "副书记", "市长", "副市长", "主任", "厅长", "局长", "部长"]
EVENTS = ["座谈会", "常务会议", "推进会", "调研", "工作会议", "论坛", "签约仪式"]
RELS = [("chair", "主持"), ("speaker", "讲话"), ("attendee", "出席"), ("other", "参与")]


def random_entity_graph(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """``n`` entities (40% persons, 25% organisations, 10% places, 20% events, goals, documents)."""
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    kinds = (["person"] * 8 + ["organization"] * 5 + ["place"] * 2 + ["event"] * 4 + ["goal"] + ["document"])
    by_type: dict[str, list[str]] = {}
    for i in range(n):
        t = kinds[i % len(kinds)] if i >= 6 else ["person", "organization", "place", "event", "goal", "document"][i]
        iri = f"http://example.org/kg/{t}/{i}"
        src = [{"doc": f"{rnd.randrange(300):03d}_{rnd.getrandbits(64):016x}", "title": "习近平主持召开深入推进长三角一体化发展座谈会强调",
                "sentence": f"第{i}句：会议强调要推动长三角一体化发展取得新的重大突破。"} for _ in range(rnd.randint(1, 3))]
        attrs = {"type": t, "sources": src}
        if t == "person":
            name = rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN)
            post = rnd.choice(PLACES) + rnd.choice(ORGS) + rnd.choice(POSTS)
            attrs.update(label=name, labels=[name], posts=[f"{post} (2023-{rnd.randint(1, 12):02d}-01)"])
        elif t == "organization":
            name = rnd.choice(PLACES) + rnd.choice(ORGS)
            attrs.update(label=f"{name}{i}", labels=[f"{name}{i}"])
        elif t == "place":
            name = rnd.choice(PLACES) + f"{i}区"
            attrs.update(label=name, labels=[name], info={"parent": rnd.choice(PLACES)})
        elif t == "event":
            name = rnd.choice(PLACES) + rnd.choice(EVENTS) + str(i)
            y, m, d = rnd.choice([2022, 2023, 2024]), rnd.randint(1, 12), rnd.randint(1, 28)
            date = rnd.choice([f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}", f"{y}-{m:02d}-{d:02d}"])
            attrs.update(label=name, labels=[name], date=date)
        elif t == "goal":
            attrs.update(label=f"目标{i}：清洁能源占比达到70%", labels=[f"目标{i}"],
                         info={"indicator": "清洁能源占比", "target": "70%", "deadline": "2025"})
        else:
            attrs.update(label=f"《长三角一体化发展规划纲要{i}》", labels=[f"规划纲要{i}"], date="2019-12")
        G.add_node(iri, **attrs)
        by_type.setdefault(t, []).append(iri)
    nodes = list(G.nodes)
    for iri in nodes:
        t = G.nodes[iri]["type"]
        if t == "person" and by_type.get("organization"):
            org = rnd.choice(by_type["organization"])
            post = G.nodes[iri]["posts"][0].split(" ")[0]
            G.add_edge(iri, org, relation="holds_post", label=post)
            for _ in range(rnd.randint(1, 3)):
                rel, lab = rnd.choice(RELS)
                G.add_edge(iri, rnd.choice(by_type["event"]), relation=rel, label=lab)
        elif t == "organization" and by_type.get("place"):
            G.add_edge(iri, rnd.choice(by_type["place"]), relation="located_in", label="位于")
        elif t == "event" and by_type.get("place"):
            G.add_edge(iri, rnd.choice(by_type["place"]), relation="located_in", label="位于")
        elif t == "goal":
            G.add_edge(iri, rnd.choice(by_type["document"] + by_type["event"]), relation="stated_in", label="提出于")
        elif t == "document":
            G.add_edge(iri, rnd.choice(by_type["event"]), relation="adopted_at", label="通过于")
    return G


def settle_time(page, path: Path, timeout_s: float = 180) -> tuple[float, int, int]:
    t0 = time.perf_counter()
    page.goto(path.resolve().as_uri())
    page.wait_for_function("() => window.kgMap && window.kgMap.settled", timeout=timeout_s * 1000, polling=50)
    wall = time.perf_counter() - t0
    settle_ms = page.evaluate("() => window.kgMap.settleMs")
    rendered = page.evaluate("() => window.kgMap.renderedNodeCount()")
    return wall, settle_ms, rendered


def run(sizes: list[int], out: Path) -> list[dict]:
    """Write and open the map for each size; one dict per (size, max_nodes) with the timings."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    rows = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        for n in sizes:
            G = random_entity_graph(n)
            limits = [2000] if n <= 2000 else [2000, n]
            for limit in limits:
                path = out / f"map_{n}_{limit}.html"
                t = time.perf_counter()
                info = write_map(G, path, max_nodes=limit, title=f"bench {n}")
                write_s = time.perf_counter() - t
                wall, settle_ms, rendered = settle_time(page, path)
                rows.append({"nodes": n, "max_nodes": limit, "shown": info.nodes_shown, "edges": info.edges_shown,
                             "file_mb": path.stat().st_size / 1e6, "write_s": write_s, "settled_s": settle_ms / 1000,
                             "wall_s": wall, "rendered": rendered})
                print(f"  done {n} (max_nodes={limit})", file=sys.stderr)
        browser.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="200,2000,10000")
    ap.add_argument("--keep", metavar="DIR", help="keep the HTML files in DIR")
    args = ap.parse_args(argv)
    out = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kg-bench-"))
    rows = run([int(s) for s in args.sizes.split(",")], out)
    head = ("graph nodes", "max_nodes", "shown", "edges", "file MB", "write s", "settled s", "wall s", "rendered")
    print(" | ".join(head))
    print(" | ".join("-" * len(h) for h in head))
    for r in rows:
        print(f"{r['nodes']:>11} | {r['max_nodes']:>9} | {r['shown']:>5} | {r['edges']:>5} | {r['file_mb']:7.2f} | "
              f"{r['write_s']:7.2f} | {r['settled_s']:9.2f} | {r['wall_s']:6.2f} | {r['rendered']:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
