"""The entity network as GraphML or GEXF (via networkx), for Gephi, yEd, Cytoscape.

GraphML and GEXF attributes are scalars, so lists are joined into strings: ``labels`` and
``posts`` with `` | ``, ``sources`` as one ``[doc] sentence`` per line; ``info`` becomes
``info_KEY`` attributes.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

SEP = " | "


def _flat(attrs: dict) -> dict:
    out = {}
    for k, v in attrs.items():
        if v is None:
            continue
        if k == "sources":
            out[k] = "\n".join(f"[{s.get('doc', '')}] {s.get('sentence', '')}" for s in v)
            out["source_docs"] = SEP.join(dict.fromkeys(s.get("doc", "") for s in v))
        elif k == "info" and isinstance(v, dict):
            out.update({f"info_{ik}": str(iv) for ik, iv in v.items() if iv is not None})
        elif isinstance(v, (list, tuple, set)):
            out[k] = SEP.join(map(str, v))
        elif isinstance(v, dict):
            out[k] = SEP.join(f"{ik}={iv}" for ik, iv in v.items())
        elif isinstance(v, (bool, int, float)):
            out[k] = v
        else:
            out[k] = str(v)
    return out


def flatten(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of the entity graph with scalar attributes only."""
    flat = nx.MultiDiGraph(**{k: str(v) for k, v in graph.graph.items()})
    for n, d in graph.nodes(data=True):
        flat.add_node(n, **_flat(d))
    for u, v, k, d in graph.edges(keys=True, data=True):
        flat.add_edge(u, v, key=k, **_flat(d))
    return flat


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    nx.write_graphml(flatten(graph), str(path), encoding="utf-8", named_key_ids=True)


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> None:
    nx.write_gexf(flatten(graph), str(path), encoding="utf-8")
