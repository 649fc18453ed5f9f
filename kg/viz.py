"""The interactive relationship map: one self-contained HTML file per entity graph.

Input is the *entity graph* (a :class:`networkx.MultiDiGraph` built by
``kg.network.entity_graph``): node key = entity IRI, node attributes ``type``,
``label``, ``labels``, ``date``/``end_date``, ``posts``, ``sources``, ``info``;
edge attributes ``relation`` and ``label``.

Why not ``pyvis.Network.write_html``: its template loads vis-network, Bootstrap
and tom-select from CDNs (even with ``cdn_resources="in_line"`` Bootstrap stays
remote), it writes in the platform encoding, sets node ``title`` tooltips as HTML
strings, lets physics run forever and has no legend, search or filter.  We only
reuse the vis-network build that pyvis ships (``pyvis/lib/vis-9.1.2``), inlined,
with our own small page (``kg/data/viz/map.css`` and ``map.js``) and no template
engine: the data goes in as one JSON blob whose ``<``, ``>`` and ``&`` are
``\\u``-escaped, and the page builds every text node with ``textContent``, so no
string from the news texts is ever parsed as HTML.
"""
from __future__ import annotations

import difflib
import html
import json
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import networkx as nx

__all__ = ["MapInfo", "NODE_TYPES", "RELATION_LABELS", "subgraph_for", "write_map", "render_html"]

#: The node types of the entity graph, in legend order.
NODE_TYPES: tuple[str, ...] = ("person", "organization", "place", "event", "goal", "document")

#: Fallback hover labels for edges whose ``label`` attribute is empty.
RELATION_LABELS: dict[str, str] = {
    "holds_post": "任职 holds post",
    "chair": "主持 chaired",
    "speaker": "讲话 spoke at",
    "attendee": "出席 attended",
    "other": "参与 took part in",
    "located_in": "位于 located in",
    "part_of": "隶属 part of",
    "stated_in": "提出于 stated in",
    "adopted_at": "通过于 adopted at",
    "mentions": "提及 mentions",
}

#: Node types a date range applies to (other nodes are kept whatever their date).
DATED_TYPES = frozenset({"event", "document"})

#: Sources kept per node in the page (the rest are counted, not embedded).
MAX_SOURCES_PER_NODE = 12

_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_VIS_DIR = "lib/vis-9.1.2"


@dataclass
class MapInfo:
    """What :func:`write_map` wrote."""

    nodes_total: int
    nodes_shown: int
    edges_shown: int
    subset_reason: str | None = None
    path: Path | None = None


# ---------------------------------------------------------------- dates

def _date_span(value: object) -> tuple[str, str] | None:
    """``"2023-11"`` -> ``("2023-11-01", "2023-11-31")``: comparable ISO bounds, or None if not a date."""
    if not isinstance(value, str):
        return None
    m = _DATE_RE.match(value.strip())
    if not m:
        return None
    y, mo, d = m.groups()
    if d:
        return f"{y}-{mo}-{d}", f"{y}-{mo}-{d}"
    if mo:
        return f"{y}-{mo}-01", f"{y}-{mo}-31"
    return f"{y}-01-01", f"{y}-12-31"


def _check_bound(name: str, value: str | None) -> tuple[str, str] | None:
    if value is None or value == "":
        return None
    span = _date_span(value)
    if span is None or not _DATE_RE.fullmatch(value.strip()):
        raise ValueError(f"{name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not {value!r}")
    return span


def _node_span(data: dict) -> tuple[str, str] | None:
    start = _date_span(data.get("date"))
    end = _date_span(data.get("end_date"))
    if start is None:
        return end
    if end is None:
        return start
    return start[0], max(start[1], end[1])


def _in_range(data: dict, since: tuple[str, str] | None, until: tuple[str, str] | None) -> bool:
    """Keep a node unless it is an event/document whose dates fall outside [since, until]."""
    if since is None and until is None:
        return True
    if data.get("type") not in DATED_TYPES:
        return True
    span = _node_span(data)
    if span is None:
        # Undated documents are kept (like any undated non-event); an undated event cannot be placed.
        return data.get("type") != "event"
    if since is not None and span[1] < since[0]:
        return False
    if until is not None and span[0] > until[1]:
        return False
    return True


# ---------------------------------------------------------------- cutting

def _names(node: str, data: dict) -> list[str]:
    names = [str(data.get("label") or "")]
    names += [str(x) for x in (data.get("labels") or [])]
    return [n for n in names if n] + [node]


def find_nodes(graph: nx.MultiDiGraph, text: str) -> list[str]:
    """Nodes whose label, alias or IRI equals ``text``; failing that, those containing it.

    Raises ``ValueError`` listing close matches when nothing matches.
    """
    needle = text.strip()
    if not needle:
        raise ValueError("focus must not be empty")
    exact = [n for n, d in graph.nodes(data=True) if needle in _names(n, d)]
    if exact:
        return exact
    low = needle.lower()
    partial = [n for n, d in graph.nodes(data=True) if any(low in name.lower() for name in _names(n, d)[:-1])]
    if partial:
        return partial
    vocabulary = sorted({name for n, d in graph.nodes(data=True) for name in _names(n, d)[:-1]})
    close = difflib.get_close_matches(needle, vocabulary, n=8, cutoff=0.4)
    if not close:  # Chinese names: also try sharing characters
        chars = set(needle)
        scored = sorted(vocabulary, key=lambda s: (-len(chars & set(s)), len(s)))
        close = [s for s in scored[:8] if chars & set(s)]
    hint = ("; close matches: " + ", ".join(close)) if close else ""
    raise ValueError(f"no entity matches {needle!r}{hint}")


def subgraph_for(
    graph: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 1,
    types: Collection[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> nx.MultiDiGraph:
    """The part of ``graph`` to draw.

    * ``types``: keep only nodes of those types (the focus node itself is always kept);
    * ``since``/``until`` (ISO at any precision): drop events and dated documents whose
      date span lies outside the range (undated events too, once a range is given);
      undated non-event nodes and other types are kept;
    * ``focus``: a label, alias or IRI (exact match first, then substring); the result
      is the ego network, up to ``depth`` hops ignoring edge direction, of every match,
      taken *after* the type/date filters.
    """
    if depth < 0:
        raise ValueError("depth must be >= 0")
    type_set: set[str] | None = None
    if types is not None:
        type_set = {t.strip() for t in types if t and t.strip()}
        unknown = type_set - set(NODE_TYPES)
        if unknown:
            raise ValueError(f"unknown type(s) {sorted(unknown)}; known types: {', '.join(NODE_TYPES)}")
    lo = _check_bound("since", since)
    hi = _check_bound("until", until)
    if lo and hi and lo[0] > hi[1]:
        raise ValueError(f"since ({since}) is after until ({until})")
    centres = find_nodes(graph, focus) if focus is not None else []
    keep_always = set(centres)

    kept = [
        n
        for n, d in graph.nodes(data=True)
        if n in keep_always
        or ((type_set is None or d.get("type") in type_set) and _in_range(d, lo, hi))
    ]
    sub = _induced(graph, kept)
    if centres:
        undirected = sub.to_undirected(as_view=True)
        reach: set[str] = set()
        for c in centres:
            reach.update(nx.single_source_shortest_path_length(undirected, c, cutoff=depth))
        sub = _induced(sub, reach)
    return sub


def _induced(graph: nx.MultiDiGraph, nodes: Iterable[str]) -> nx.MultiDiGraph:
    """The subgraph of ``graph`` on ``nodes``, with its nodes and edges in ``graph``'s order: networkx's
    ``subgraph`` lists a node set under half the graph in the set's order, which changes from one run
    to the next (string hashing), and the map with it."""
    keep = set(nodes)
    sub = nx.MultiDiGraph()
    sub.graph.update(graph.graph)
    sub.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if n in keep)
    sub.add_edges_from((u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True) if u in keep and v in keep)
    return sub


def _most_connected(graph: nx.MultiDiGraph, limit: int, pinned: Iterable[str] = ()) -> nx.MultiDiGraph:
    """The ``limit`` most connected nodes, grown greedily so that the picture stays connected.

    Score = degree + 2 x links into the nodes already chosen: hubs come first, and a
    hub's neighbours are preferred over an equally connected node elsewhere, so the
    subset is not a scatter of unlinked hubs.  ``pinned`` nodes (the focus) go in first.
    """
    import heapq

    degree = dict(graph.degree())
    undirected = graph.to_undirected(as_view=True)
    links_in: dict[str, int] = {}
    chosen: list[str] = []
    seen: set[str] = set()
    order = {n: i for i, n in enumerate(sorted(graph.nodes, key=lambda n: (str(graph.nodes[n].get("label", "")), n)))}
    heap = [(-degree[n], order[n], n) for n in graph.nodes]
    heapq.heapify(heap)

    def take(n: str) -> None:
        chosen.append(n)
        seen.add(n)
        for m in undirected.adj[n]:
            if m not in seen:
                links_in[m] = links_in.get(m, 0) + 1
                heapq.heappush(heap, (-(degree[m] + 2 * links_in[m]), order[m], m))

    for n in dict.fromkeys(pinned):
        if n in graph and n not in seen and len(chosen) < limit:
            take(n)
    while heap and len(chosen) < limit:
        score, _, n = heapq.heappop(heap)
        if n in seen or -score != degree[n] + 2 * links_in.get(n, 0):
            continue  # already taken, or a stale entry
        take(n)
    return _induced(graph, chosen)


# ---------------------------------------------------------------- payload

def _str_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value if v is not None and str(v) != ""]


def _payload(sub: nx.MultiDiGraph, *, title: str, nodes_total: int, subset_reason: str | None, filters: dict) -> dict:
    index = {n: i for i, n in enumerate(sub.nodes)}
    nodes = []
    for n, d in sub.nodes(data=True):
        ntype = d.get("type") if d.get("type") in NODE_TYPES else "other"
        label = str(d.get("label") or n.rsplit("/", 1)[-1])
        item: dict = {"id": index[n], "iri": str(n), "type": ntype, "label": label, "deg": sub.degree(n)}
        aliases = [a for a in dict.fromkeys(_str_list(d.get("labels"))) if a != label]
        if aliases:
            item["labels"] = aliases
        for key in ("date", "end_date"):
            if d.get(key):
                item[key] = str(d[key])
        posts = _str_list(d.get("posts"))
        if posts:
            item["posts"] = posts
        info = d.get("info")
        if isinstance(info, dict) and info:
            item["info"] = {str(k): str(v) for k, v in info.items() if v is not None}
        sources = d.get("sources") or []
        if sources:
            srcs = []
            for s in sources[:MAX_SOURCES_PER_NODE]:
                if isinstance(s, dict):
                    srcs.append({k: str(s.get(k) or "") for k in ("doc", "title", "sentence")})
                else:
                    srcs.append({"doc": "", "title": "", "sentence": str(s)})
            item["sources"] = srcs
            if len(sources) > MAX_SOURCES_PER_NODE:
                item["more_sources"] = len(sources) - MAX_SOURCES_PER_NODE
        nodes.append(item)
    edges = []
    seen: set[tuple] = set()
    for u, v, d in sub.edges(data=True):
        relation = str(d.get("relation") or "other")
        label = str(d.get("label") or RELATION_LABELS.get(relation, relation))
        key = (index[u], index[v], relation, label)
        if key in seen:  # parallel duplicates add nothing to the picture
            continue
        seen.add(key)
        item = {"from": index[u], "to": index[v], "rel": relation, "label": label}
        if d.get("date"):
            item["date"] = str(d["date"])
        edges.append(item)
    return {
        "title": title,
        "nodes_total": nodes_total,
        "subset_reason": subset_reason,
        "filters": filters,
        "types": list(NODE_TYPES),
        "relations": RELATION_LABELS,
        "nodes": nodes,
        "edges": edges,
    }


def _json_for_script(data: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``</script>``, ``<!--`` or stray line separators."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _asset(name: str) -> str:
    try:
        return resources.files("kg").joinpath("data", "viz", name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuntimeError(
            f"kg/data/viz/{name} is missing from the installed package "
            "(setup.cfg [options.package_data] needs 'data/viz/*')"
        ) from None


def _vis_js() -> str:
    js = resources.files("pyvis").joinpath(_VIS_DIR, "vis-network.min.js").read_text(encoding="utf-8")
    js = re.sub(r"//# sourceMappingURL=\S*", "", js)  # devtools would try to fetch it
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def _inline_script(code: str) -> str:
    return code.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def render_html(payload: dict) -> str:
    """The whole page as a string (every script and style inline)."""
    title = html.escape(str(payload.get("title") or "Knowledge graph"), quote=True)
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        # Nothing may leave the file: forbid every network fetch, allow only inline code and data/blob images.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:\">\n"
        f"<title>{title}</title>\n<style>\n{_asset('map.css')}\n</style>\n</head>\n<body>\n"
        f"{_asset('map.html').replace('{{TITLE}}', title)}\n"
        f"<script type=\"application/json\" id=\"kg-data\">{_json_for_script(payload)}</script>\n"
        f"<script>\n{_vis_js()}\n</script>\n"
        f"<script>\n{_inline_script(_asset('map.js'))}\n</script>\n</body>\n</html>\n"
    )


def write_map(
    graph: nx.MultiDiGraph,
    path: str | Path,
    *,
    title: str = "政策新闻知识图谱 · Policy news knowledge graph",
    focus: str | None = None,
    depth: int = 1,
    types: Collection[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    max_nodes: int = 2000,
) -> MapInfo:
    """Write the interactive map of ``graph`` (cut by :func:`subgraph_for`) to ``path`` as UTF-8 HTML.

    If more than ``max_nodes`` remain, the page shows the ``max_nodes`` most connected
    (plus any focus match) and says so in a banner.
    """
    if max_nodes < 1:
        raise ValueError("max_nodes must be >= 1")
    nodes_total = graph.number_of_nodes()
    sub = subgraph_for(graph, focus=focus, depth=depth, types=types, since=since, until=until)
    reasons = []
    if focus is not None:
        reasons.append(f"entities within {depth} step(s) of “{focus}”")
    if types is not None:
        reasons.append("types: " + ", ".join(sorted({t.strip() for t in types if t.strip()})))
    if since or until:
        reasons.append(f"dates {since or '…'} to {until or '…'}")
    cut = sub.number_of_nodes()
    if cut > max_nodes:
        pinned = find_nodes(graph, focus) if focus is not None else []
        sub = _most_connected(sub, max_nodes, pinned)
        reasons.append(
            f"the {max_nodes:,} most connected of {cut:,} entities (limit max_nodes={max_nodes}); "
            "use focus, types or a date range to see the others"
        )
    subset_reason = None
    if reasons and sub.number_of_nodes() < nodes_total:
        subset_reason = f"Showing {sub.number_of_nodes():,} of {nodes_total:,} entities — " + "; ".join(reasons) + "."
    payload = _payload(
        sub,
        title=title,
        nodes_total=nodes_total,
        subset_reason=subset_reason,
        filters={"focus": focus, "depth": depth, "types": sorted(types) if types else None, "since": since, "until": until},
    )
    page = render_html(payload)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return MapInfo(
        nodes_total=nodes_total,
        nodes_shown=len(payload["nodes"]),
        edges_shown=len(payload["edges"]),
        subset_reason=subset_reason,
        path=out,
    )
