"""RDF exports: merged graph (Turtle, N-Triples, RDF/XML) or per-source-text graphs (N-Quads, TriG, JSON-LD).

pyoxigraph writes every format but JSON-LD, which rdflib writes compacted with a ``@context``
giving our prefixes short names.
"""
from __future__ import annotations

import io
import json
from pathlib import Path

import pyoxigraph as ox

from kg.store import ID_PREFIXES, PREFIXES

TRIPLE_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML}
QUAD_FORMATS = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}


def merged_triples(store) -> list:
    """The triples of all graphs, each once (a triple stated by several source texts is one triple)."""
    seen = set()
    out = []
    for quad in store:
        t = quad.triple
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def jsonld_context() -> dict:
    """The JSON-LD @context of the export: our vocabulary and resource prefixes."""
    return {**PREFIXES, **{f"id_{k}": v for k, v in ID_PREFIXES.items()}}


def write_rdf(store, fmt: str, path: Path) -> None:
    """Write the store in ``fmt`` (ttl, nt, xml, nq, trig, jsonld) to ``path``."""
    if fmt in TRIPLE_FORMATS:
        prefixes = None if fmt == "nt" else PREFIXES
        with open(path, "wb") as f:
            if prefixes:
                ox.serialize(merged_triples(store), f, TRIPLE_FORMATS[fmt], prefixes=prefixes)
            else:
                ox.serialize(merged_triples(store), f, TRIPLE_FORMATS[fmt])
    elif fmt in QUAD_FORMATS:
        with open(path, "wb") as f:
            if fmt == "trig":
                store.dump(f, QUAD_FORMATS[fmt], prefixes=PREFIXES)
            else:
                store.dump(f, QUAD_FORMATS[fmt])
    elif fmt == "jsonld":
        import rdflib

        data = io.BytesIO()
        store.dump(data, ox.RdfFormat.N_QUADS)
        ds = rdflib.Dataset()
        ds.parse(data=data.getvalue().decode("utf-8"), format="nquads")
        text = ds.serialize(format="json-ld", context=jsonld_context(), indent=1, ensure_ascii=False)
        json.loads(text)  # well-formed before writing
        path.write_text(text, encoding="utf-8")
    else:  # pragma: no cover - resolve_format guards this
        raise ValueError(fmt)
