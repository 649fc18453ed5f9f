"""The relationship map (kg.viz): cutting the graph, escaping, and the page in a real browser."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import networkx as nx
import pytest

from kg.viz import MapInfo, subgraph_for, write_map

CHROMIUM = "/usr/bin/chromium"
OUTPUT = Path(__file__).parent / "output"
KG = "http://example.org/kg/"
XSS_SCRIPT = "</script><script>window.__pwned = 1</script>"
XSS_IMG = "<img src=x onerror=\"window.__pwned = 2\">"


def _src(sentence: str, doc: str = "000_397e290829723680", title: str = "习近平主持召开深入推进长三角一体化发展座谈会强调") -> dict:
    return {"doc": doc, "title": title, "sentence": sentence}


def sample_graph() -> nx.MultiDiGraph:
    """A small entity graph with the attribute contract of kg.network.entity_graph."""
    G = nx.MultiDiGraph()
    add = G.add_node
    add(KG + "person/chen_jining", type="person", label="陈吉宁", labels=["陈吉宁"],
        posts=["上海市委书记 (2023-12-01)", "上海市市长 (2022-06)"],
        sources=[_src("上海市委书记陈吉宁出席座谈会并发言。")])
    add(KG + "person/gong_zheng", type="person", label="龚正", labels=["龚正"], posts=["上海市市长 (2023-12-01)"],
        sources=[_src("上海市市长龚正主持会议。", doc="001_aaaa")])
    add(KG + "person/xi", type="person", label="习近平", labels=["习近平"], posts=["中共中央总书记"],
        sources=[_src("中共中央总书记习近平主持召开深入推进长三角一体化发展座谈会并发表重要讲话。")])
    add(KG + "org/sh_party", type="organization", label="上海市委", labels=["上海市委", "中共上海市委"],
        sources=[_src("上海市委常委会召开会议。")])
    add(KG + "org/ndrc", type="organization", label="国家发展改革委", labels=["国家发展改革委", "国家发展和改革委员会"],
        sources=[_src("国家发展改革委负责同志参加座谈会。")])
    add(KG + "org/sh_gov", type="organization", label="上海市政府", labels=["上海市人民政府"], sources=[])
    add(KG + "place/shanghai", type="place", label="上海", labels=["上海", "上海市"], info={"parent": "中国"},
        sources=[_src("座谈会在上海召开。")])
    add(KG + "event/symposium", type="event", label="深入推进长三角一体化发展座谈会",
        labels=["深入推进长三角一体化发展座谈会", "长三角座谈会"], date="2023-11-30",
        sources=[_src("11月30日，习近平在上海主持召开深入推进长三角一体化发展座谈会。")])
    add(KG + "event/plenary", type="event", label="上海市委全会", labels=["上海市委十二届四次全会"], date="2024-01",
        sources=[_src("上海市委十二届四次全会召开。", doc="002_bbbb")])
    add(KG + "event/old_meeting", type="event", label="长三角主要领导座谈会", labels=[], date="2022", end_date="2022",
        sources=[_src("长三角地区主要领导座谈会在合肥举行。", doc="003_cccc")])
    add(KG + "event/undated", type="event", label="专题调研", labels=["专题调研"], sources=[])
    add(KG + "goal/clean_energy", type="goal", label="清洁能源占比达到70%", labels=[],
        info={"indicator": "清洁能源占比", "target": "70%", "deadline": "2025"},
        sources=[_src("到2025年，清洁能源占比达到70%。")])
    add(KG + "doc/outline", type="document", label="《长江三角洲区域一体化发展规划纲要》", labels=["规划纲要"], date="2019-12",
        sources=[_src("认真落实《长江三角洲区域一体化发展规划纲要》。")])
    add(KG + "doc/notice", type="document", label="《关于加快建设的通知》", labels=[], sources=[])
    # A hostile entity: markup in its label, alias, posts and source sentence must show as text and never run.
    add(KG + "person/evil", type="person", label="坏人" + XSS_IMG, labels=["坏人", XSS_SCRIPT],
        posts=[XSS_IMG], info={"note": XSS_SCRIPT},
        sources=[_src("他说" + XSS_SCRIPT + "然后" + XSS_IMG, title=XSS_SCRIPT, doc="<b>doc</b>")])

    def edge(u, v, relation, label):
        G.add_edge(KG + u, KG + v, relation=relation, label=label)

    G.add_edge(KG + "person/chen_jining", KG + "org/sh_party", relation="holds_post", label="上海市委书记", date="2023-12-01")
    edge("person/gong_zheng", "org/sh_gov", "holds_post", "上海市市长")
    edge("person/xi", "event/symposium", "chair", "主持")
    edge("person/chen_jining", "event/symposium", "speaker", "发言")
    edge("person/gong_zheng", "event/symposium", "attendee", "出席")
    edge("person/chen_jining", "event/plenary", "chair", "主持")
    edge("person/chen_jining", "event/old_meeting", "attendee", "出席")
    edge("person/gong_zheng", "event/undated", "other", "参与")
    edge("event/symposium", "place/shanghai", "located_in", "位于")
    edge("org/sh_party", "place/shanghai", "located_in", "位于")
    edge("org/sh_gov", "place/shanghai", "located_in", "位于")
    edge("org/ndrc", "event/symposium", "attendee", "出席")
    edge("goal/clean_energy", "doc/outline", "stated_in", "提出于")
    edge("doc/outline", "event/symposium", "mentions", "提及")
    edge("doc/notice", "org/sh_gov", "other", "")  # empty label: the page falls back to the relation's name
    edge("person/evil", "event/symposium", "attendee", XSS_SCRIPT)
    return G


def labels_of(G: nx.MultiDiGraph) -> set[str]:
    return {d["label"] for _, d in G.nodes(data=True)}


# ---------------------------------------------------------------- subgraph_for

def test_no_cut_returns_everything():
    G = sample_graph()
    sub = subgraph_for(G)
    assert set(sub.nodes) == set(G.nodes)
    assert sub.number_of_edges() == G.number_of_edges()


def test_focus_exact_label_depth_1():
    sub = subgraph_for(sample_graph(), focus="陈吉宁")
    assert labels_of(sub) == {"陈吉宁", "上海市委", "深入推进长三角一体化发展座谈会", "上海市委全会", "长三角主要领导座谈会"}


def test_focus_by_alias_and_depth_2():
    G = sample_graph()
    one = subgraph_for(G, focus="国家发展和改革委员会")  # an alias, not the display label
    assert labels_of(one) == {"国家发展改革委", "深入推进长三角一体化发展座谈会"}
    two = subgraph_for(G, focus="国家发展和改革委员会", depth=2)
    assert {"习近平", "陈吉宁", "龚正", "上海"} <= labels_of(two)
    assert "上海市委全会" not in labels_of(two)


def test_focus_exact_beats_substring():
    # "上海市委" is a label; "上海市委全会" and "上海市委书记" only contain it.
    sub = subgraph_for(sample_graph(), focus="上海市委", depth=0)
    assert labels_of(sub) == {"上海市委"}


def test_focus_substring_when_no_exact_match():
    sub = subgraph_for(sample_graph(), focus="规划纲", depth=0)
    assert labels_of(sub) == {"《长江三角洲区域一体化发展规划纲要》"}


def test_focus_without_match_lists_close_matches():
    with pytest.raises(ValueError) as err:
        subgraph_for(sample_graph(), focus="陈吉明")
    assert "陈吉明" in str(err.value) and "陈吉宁" in str(err.value)


def test_types_keep_only_those_types():
    sub = subgraph_for(sample_graph(), types=["person", "event"])
    assert {d["type"] for _, d in sub.nodes(data=True)} == {"person", "event"}
    assert sub.number_of_nodes() == 8


def test_unknown_type_is_an_error():
    with pytest.raises(ValueError, match="known types"):
        subgraph_for(sample_graph(), types=["people"])


def test_focus_node_survives_its_own_type_filter():
    sub = subgraph_for(sample_graph(), focus="陈吉宁", types=["event"])
    assert labels_of(sub) == {"陈吉宁", "深入推进长三角一体化发展座谈会", "上海市委全会", "长三角主要领导座谈会"}


def test_date_range_any_precision():
    G = sample_graph()
    sub = subgraph_for(G, since="2023-11", until="2023")
    events = {d["label"] for _, d in sub.nodes(data=True) if d["type"] == "event"}
    assert events == {"深入推进长三角一体化发展座谈会"}  # 2024-01, 2022 and the undated event are out
    docs = {d["label"] for _, d in sub.nodes(data=True) if d["type"] == "document"}
    assert docs == {"《关于加快建设的通知》"}  # the undated document stays, the 2019-12 one goes
    assert {"陈吉宁", "上海", "清洁能源占比达到70%"} <= labels_of(sub)  # undated non-events stay
    # A month-precision event overlaps a day range inside that month.
    assert "上海市委全会" in labels_of(subgraph_for(G, since="2024-01-15", until="2024-01-15"))
    assert "上海市委全会" in labels_of(subgraph_for(G, since="2024"))


def test_bad_dates_are_errors():
    with pytest.raises(ValueError, match="ISO date"):
        subgraph_for(sample_graph(), since="30/11/2023")
    with pytest.raises(ValueError, match="after"):
        subgraph_for(sample_graph(), since="2024", until="2023")


# ---------------------------------------------------------------- write_map / escaping

def _data_blob(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "data blob missing"
    return json.loads(m.group(1))


def test_write_map_is_utf8_self_contained_and_escaped(tmp_path, monkeypatch):
    import locale

    monkeypatch.setattr(locale, "getpreferredencoding", lambda *a, **k: "latin-1")  # a hostile platform default
    out = tmp_path / "sub" / "kg.html"
    info = write_map(sample_graph(), out, title="图谱 <b>title</b>")
    assert isinstance(info, MapInfo)
    assert (info.nodes_total, info.nodes_shown, info.subset_reason) == (15, 15, None)
    raw = out.read_bytes()
    page = raw.decode("utf-8")  # written as UTF-8 whatever the platform
    assert '<meta charset="utf-8">' in page[:200]
    assert "陈吉宁" in page
    # No markup from the data reaches the HTML parser.
    assert "window.__pwned" in page  # the text is there ...
    assert "<script>window.__pwned" not in page and "<img src=x" not in page  # ... but never as markup
    assert page.count("</script>") == 3  # only our own three script elements close (data, vis-network, map)
    assert "<title>图谱 &lt;b&gt;title&lt;/b&gt;</title>" in page
    # Nothing is loaded from elsewhere.
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "cdn" not in page.lower().replace("cdnjs", "")
    assert "sourceMappingURL" not in page
    data = _data_blob(page)
    evil = next(n for n in data["nodes"] if n["iri"].endswith("evil"))
    assert evil["label"] == "坏人" + XSS_IMG  # the JSON round-trips to the exact text
    assert any(e["label"] == "参与 took part in" for e in data["edges"])  # empty edge label -> relation name


def test_write_map_caps_at_max_nodes_with_a_reason(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("hub", type="person", label="中心人物", labels=[], sources=[])
    for i in range(50):
        G.add_node(f"e{i}", type="event", label=f"会议{i}", labels=[], date="2023-01-01", sources=[])
        G.add_edge("hub", f"e{i}", relation="attendee", label="出席")
        if i % 5 == 0:
            G.add_edge(f"e{i}", f"e{i + 1}" if i < 49 else "e0", relation="other", label="相关")
    info = write_map(G, tmp_path / "m.html", max_nodes=10)
    assert (info.nodes_total, info.nodes_shown) == (51, 10)
    assert "10 most connected of 51" in info.subset_reason
    data = _data_blob((tmp_path / "m.html").read_text(encoding="utf-8"))
    assert "hub" in {n["iri"] for n in data["nodes"]}
    assert data["subset_reason"] == info.subset_reason


_CUT_MAP = """
import sys
import networkx as nx
from kg.viz import write_map
G = nx.MultiDiGraph()
for i in range(60):
    G.add_node(f"p{i}", type="person", label=f"人物{i}", labels=[], sources=[])
for i in range(60):
    for j in (1, 7, 13):
        G.add_edge(f"p{i}", f"p{(i * j + 3) % 60}", relation="other", label="相关")
write_map(G, sys.argv[1], max_nodes=20)
write_map(G, sys.argv[2], focus="人物7", depth=1)
"""


def test_a_cut_map_is_the_same_in_every_run(tmp_path):
    # string hashing differs from one process to the next: a subset of the nodes must not be listed in
    # the order of a set of them
    import subprocess
    import sys

    pages = []
    for seed in ("1", "2", "3"):
        files = [tmp_path / f"cut{seed}.html", tmp_path / f"focus{seed}.html"]
        subprocess.run([sys.executable, "-c", _CUT_MAP, *map(str, files)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        pages.append([f.read_bytes() for f in files])
    assert pages[0] == pages[1] == pages[2]


def test_write_map_focus_reason(tmp_path):
    info = write_map(sample_graph(), tmp_path / "m.html", focus="陈吉宁")
    assert info.nodes_shown == 5 and "陈吉宁" in info.subset_reason


# ---------------------------------------------------------------- in a real browser

LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip("install Debian's chromium (apt-get install chromium fonts-noto-cjk) to run the browser tests")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def opened(browser, tmp_path):
    """Open a map in a fresh page, recording console errors and every request."""

    def _open(G, **kw):
        path = tmp_path / "kg.html"
        info = write_map(G, path, **kw)
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        log = {"errors": [], "requests": []}
        page.on("console", lambda m: log["errors"].append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: log["errors"].append(str(e)))
        page.on("request", lambda r: log["requests"].append(r.url))
        page.goto(path.as_uri())
        page.wait_for_function("() => window.kgMap && window.kgMap.settled", timeout=20_000)
        pages.append(page)
        return page, info, log

    pages = []
    yield _open
    for p in pages:
        p.close()


def _assert_offline(log):
    stray = [u for u in log["requests"] if not u.startswith(("file://", "data:", "blob:"))]
    assert not stray, f"requests outside the file: {stray}"


@pytest.mark.browser
def test_page_renders_all_nodes_offline_and_stops_physics(opened):
    G = sample_graph()
    page, info, log = opened(G)
    assert page.evaluate("kgMap.renderedNodeCount()") == G.number_of_nodes() == info.nodes_shown
    assert page.evaluate("kgMap.visibleNodeCount()") == G.number_of_nodes()
    assert page.evaluate("kgMap.physicsEnabled()") is False  # settled, then stopped
    assert page.evaluate("window.__pwned") is None
    _assert_offline(log)
    assert not log["errors"], log["errors"]
    OUTPUT.mkdir(exist_ok=True)
    page.evaluate("kgMap.search('陈吉宁')")
    page.wait_for_timeout(600)  # the focus animation
    page.screenshot(path=str(OUTPUT / "viz_map.png"))


@pytest.mark.browser
def test_search_type_and_date_filters_and_reset(opened):
    G = sample_graph()
    page, _, log = opened(G)
    iri = page.evaluate("kgMap.search('陈吉宁')")
    assert iri == KG + "person/chen_jining"
    highlighted = set(page.evaluate("kgMap.highlighted()"))
    assert highlighted == set(subgraph_for(G, focus="陈吉宁").nodes)
    assert "上海市委书记 (2023-12-01)" in page.evaluate("kgMap.panelText()")
    assert "上海市委书记陈吉宁出席座谈会并发言。" in page.evaluate("kgMap.panelText()")
    assert "上海市委书记 (2023-12-01) → 上海市委" in page.evaluate("kgMap.panelText()")
    # The search box and button do the same.
    page.fill("#kg-search", "国家发展和改革委员会")
    page.click("#kg-search-btn")
    assert page.evaluate("kgMap.highlighted()") and KG + "org/ndrc" in page.evaluate("kgMap.highlighted()")
    assert page.evaluate("kgMap.search('不存在的人')") is None
    assert page.is_visible("#kg-message")

    assert page.evaluate("kgMap.setTypeFilter(['person'])") == 4
    assert page.evaluate("kgMap.renderedNodeCount()") == 4
    assert page.evaluate("kgMap.visibleTypes()") == {"person": 4}
    page.uncheck("input[data-type=person]")
    assert page.evaluate("kgMap.visibleNodeCount()") == 0
    page.click("#kg-types-all")
    assert page.evaluate("kgMap.visibleNodeCount()") == G.number_of_nodes()

    expected = subgraph_for(G, since="2023-11", until="2023").number_of_nodes()
    assert page.evaluate("kgMap.setDateRange('2023-11', '2023')") == expected
    assert page.evaluate("kgMap.renderedNodeCount()") == expected
    page.click("#kg-reset")
    assert page.evaluate("kgMap.visibleNodeCount()") == G.number_of_nodes()
    assert page.evaluate("kgMap.highlighted()") == []
    # The timeline slider narrows to the first date only (the 2019-12 document) and hides every event.
    page.eval_on_selector("#kg-until", "el => { el.value = 0; el.dispatchEvent(new Event('input')); }")
    assert page.evaluate("kgMap.visibleTypes()").get("event") is None
    assert page.evaluate("window.__pwned") is None
    _assert_offline(log)
    assert not log["errors"], log["errors"]


@pytest.mark.browser
def test_injected_markup_shows_as_text_and_never_runs(opened):
    page, _, log = opened(sample_graph())
    assert page.evaluate("kgMap.select('坏人')") == KG + "person/evil"
    page.wait_for_timeout(500)
    panel = page.evaluate("kgMap.panelText()")
    assert XSS_IMG in panel and XSS_SCRIPT in panel  # shown literally
    assert page.evaluate("document.querySelectorAll('#kg-panel img, #kg-panel script, #kg-panel b').length") == 0
    # Hover the node (vis tooltip / hover panel) and the hostile edge, then click it.
    pos = page.evaluate("""() => { const n = kgMap.nodes.get().find(x => x.label.startsWith('坏人'));
        const p = kgMap.network.canvasToDOM(kgMap.network.getPositions([n.id])[n.id]);
        const r = document.getElementById('kg-graph').getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }""")
    page.mouse.move(*pos)
    page.wait_for_timeout(400)
    page.mouse.click(*pos)
    page.wait_for_timeout(300)
    # Hover the middle of the hostile edge: vis-network shows its title as a tooltip, as plain text.
    page.evaluate("kgMap.reset()")
    page.wait_for_timeout(500)  # the fit animation
    mid = page.evaluate("""() => { const e = kgMap.edges.get().find(x => x.title.startsWith('</script>'));
        const c = kgMap.network.canvasToDOM(kgMap.network.body.edges[e.id].edgeType.getPoint(0.5));
        const r = document.getElementById('kg-graph').getBoundingClientRect(); return [c.x + r.left, c.y + r.top]; }""")
    page.mouse.move(mid[0] + 1, mid[1] + 1)
    page.mouse.move(*mid)
    page.wait_for_function("() => { const t = document.querySelector('div.vis-tooltip'); return t && t.style.visibility !== 'hidden' && t.textContent; }", timeout=3000)
    assert XSS_SCRIPT in page.inner_text("div.vis-tooltip")
    assert page.evaluate("document.querySelectorAll('img, b').length") == 0
    assert page.evaluate("window.__pwned") is None
    _assert_offline(log)
    assert not log["errors"], log["errors"]


@pytest.mark.browser
def test_empty_graph_page_still_works(opened):
    page, info, log = opened(nx.MultiDiGraph())
    assert info.nodes_shown == 0 == page.evaluate("kgMap.renderedNodeCount()")
    assert page.is_visible("#kg-message")
    assert not log["errors"], log["errors"]


@pytest.mark.browser
def test_large_graph_opens_on_a_subset_and_says_so(opened):
    G = nx.MultiDiGraph()
    for i in range(300):
        G.add_node(f"p{i}", type="person" if i % 2 else "event", label=f"实体{i}", labels=[], sources=[],
                   **({"date": f"2023-{i % 12 + 1:02d}"} if i % 2 == 0 else {}))
        if i:
            G.add_edge(f"p{i}", f"p{(i * 7) % i}", relation="attendee", label="出席")
    page, info, log = opened(G, max_nodes=120)
    assert info.nodes_shown == 120 == page.evaluate("kgMap.renderedNodeCount()")
    assert page.is_visible("#kg-banner")
    assert "120 most connected of 300" in page.inner_text("#kg-banner")
    _assert_offline(log)
    assert not log["errors"], log["errors"]


# ---------------------------------------------------------------- kg viz

def test_cli_viz(tmp_path, monkeypatch, capsys):
    import kg.network
    from kg.cli import main

    seen = {}

    def fake_graph(out_dir):
        seen["out"] = Path(out_dir)
        return sample_graph()

    monkeypatch.setattr(kg.network, "entity_graph_from_build", fake_graph, raising=False)
    assert main(["viz", "--out", str(tmp_path)]) == 0
    assert seen["out"] == tmp_path
    assert (tmp_path / "kg.html").is_file()
    printed = capsys.readouterr().out
    assert str(tmp_path / "kg.html") in printed and "15 of 15 entities" in printed

    target = tmp_path / "maps" / "chen.html"
    assert main(["viz", "--out", str(tmp_path), "-o", str(target), "--focus", "陈吉宁", "--types", "person,event",
                 "--since", "2023", "--depth", "2"]) == 0
    printed = capsys.readouterr().out
    assert str(target) in printed and "of 15 entities" in printed and "陈吉宁" in printed
    html_text = target.read_text(encoding="utf-8")
    assert "上海市委全会" in html_text and "长三角主要领导座谈会" not in html_text  # 2022 is before --since

    assert main(["viz", "--out", str(tmp_path), "--focus", "陈吉明"]) == 2  # a user error, not a traceback
    assert "陈吉宁" in capsys.readouterr().err
