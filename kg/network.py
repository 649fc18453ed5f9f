"""The entity graph: persons, organisations, places, events, goals and documents as a networkx graph.

Built with SPARQL over the store (union of the named graphs). It feeds the map, the GraphML/GEXF
and Neo4j exports and ``Build.networkx()``.

Nodes are keyed by entity IRI (``str``) and carry:

``type``
    ``"person"``, ``"organization"``, ``"place"``, ``"event"``, ``"goal"`` or ``"document"``
    (documents are named documents, ``kg:NamedDocument``, and the source texts, ``kg:SourceText``).
``label`` / ``labels``
    The display name, and all names (names, alternative names, titles), display name first.
``date`` / ``end_date``
    ISO dates at their precision (events: start and end; documents: date; goals: the deadline).
``posts``
    Persons: their posts as ``"上海市委书记 (2023-12-01)"`` (the source date), sorted.
``sources``
    A list of ``{"doc": file stem, "title": source text title, "sentence": sentence}``.
``info``
    Optional ``dict[str, str]`` of other facts (indicator, target, trigger, publisher, division level …).

Edges carry ``relation`` and a human ``label``:

=============  ==========================================  ==============================
relation       from → to                                    label
=============  ==========================================  ==============================
holds_post     person → organisation/place of the post      the post (上海市委书记)
chair …        person → event (chair/speaker/attendee/      主持 chair, 讲话 speaker, …
               other)
located_in     event → place                                位于 located in
part_of        place → parent place                         属于 part of
stated_in      goal or named document → source text         出自 stated in
mentions       source text → person/organisation/place/     提及 mentions
               event
=============  ==========================================  ==============================

Example
-------
>>> from kg.network import entity_graph_from_build
>>> g = entity_graph_from_build(Path("build"))                      # doctest: +SKIP
>>> [d["label"] for _, _, d in g.out_edges(person_iri, data=True)]  # doctest: +SKIP
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx

PREFIX = """
PREFIX kg:      <https://w3id.org/cnpkg/ontology#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema:  <http://schema.org/>
PREFIX org:     <http://www.w3.org/ns/org#>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX nif:     <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
"""

KG = "https://w3id.org/cnpkg/ontology#"
SCHEMA = "http://schema.org/"
# class IRI -> node type, in order of precedence when a resource has several classes
TYPES = {
    SCHEMA + "Person": "person",
    SCHEMA + "Event": "event",
    KG + "Goal": "goal",
    KG + "NamedDocument": "document",
    KG + "SourceText": "document",
    "http://www.w3.org/ns/org#Organization": "organization",
    SCHEMA + "Organization": "organization",
    SCHEMA + "Place": "place",
    KG + "Region": "place",
}
LABEL_PROPS = {  # property -> precedence for the display label
    SCHEMA + "name": 0,
    "http://www.w3.org/2000/01/rdf-schema#label": 1,
    "http://purl.org/dc/terms/title": 2,
    "http://www.w3.org/2004/02/skos/core#prefLabel": 3,
    SCHEMA + "text": 4,
    "http://www.w3.org/2004/02/skos/core#altLabel": 5,
}
ROLE_LABELS = {"chair": "主持 chair", "speaker": "讲话 speaker", "attendee": "出席 attendee", "other": "其他 other"}
EDGE_LABELS = {"located_in": "位于 located in", "part_of": "属于 part of",
               "stated_in": "出自 stated in", "mentions": "提及 mentions"}
INFO_PROPS = {
    KG + "indicator": "indicator",
    KG + "targetValue": "target",
    KG + "trigger": "trigger",
    KG + "divisionLevel": "division_level",
    KG + "fileName": "file",
    "http://purl.org/dc/terms/publisher": "publisher",
}


def _rows(store, query: str):
    for sol in store.query(PREFIX + query, use_default_graph_as_union=True):
        yield [None if t is None else t.value for t in sol]


def entity_graph(store) -> nx.MultiDiGraph:
    """Build the entity graph from a pyoxigraph store (see the module docstring for the contract)."""
    g = nx.MultiDiGraph(name="cnpkg entity graph")

    # ---- nodes and types
    types: dict[str, str] = {}
    rank = {iri: i for i, iri in enumerate(TYPES)}
    best: dict[str, int] = {}
    values = " ".join(f"<{t}>" for t in TYPES)
    for s, t in _rows(store, f"SELECT DISTINCT ?s ?t WHERE {{ VALUES ?t {{ {values} }} ?s a ?t . FILTER(isIRI(?s)) }}"):
        if s not in best or rank[t] < best[s]:
            best[s], types[s] = rank[t], TYPES[t]

    # ---- labels
    names: dict[str, list[tuple[int, str]]] = defaultdict(list)
    props = " ".join(f"<{p}>" for p in LABEL_PROPS)
    for s, p, lit in _rows(store, f"SELECT DISTINCT ?s ?p ?l WHERE {{ VALUES ?p {{ {props} }} ?s ?p ?l . }}"):
        if s in types:
            names[s].append((LABEL_PROPS[p], lit))

    # ---- dates
    dates: dict[str, dict[str, str]] = defaultdict(dict)
    for s, p, d in _rows(store, """SELECT DISTINCT ?s ?p ?d WHERE {
            VALUES ?p { schema:startDate schema:endDate dcterms:date kg:deadline } ?s ?p ?d . }"""):
        if s in types:
            key = "end_date" if p.endswith("endDate") else "date"
            # several values (two sources disagree): keep the earliest, deterministic
            if key not in dates[s] or d < dates[s][key]:
                dates[s][key] = d

    # ---- posts
    posts: dict[str, set[str]] = defaultdict(set)
    # each side deduplicated before the join: the union of the texts' graphs repeats facts
    for person, label, date in _rows(store, """SELECT DISTINCT ?person ?label ?date WHERE {
            { SELECT DISTINCT ?person ?post ?date WHERE {
                { ?h kg:holder ?person ; kg:post ?post . OPTIONAL { ?h dcterms:date ?date . } }
                UNION { ?person org:holds ?post . } } }
            { SELECT DISTINCT ?post ?label WHERE { ?post skos:prefLabel ?label . } } }"""):
        posts[person].add(f"{label} ({date})" if date else label)
    for person, ps in posts.items():  # drop a bare "label" when a dated "label (date)" exists
        dated = {p.rsplit(" (", 1)[0] for p in ps if p.endswith(")")}
        posts[person] = {p for p in ps if p.endswith(")") or p not in dated}

    # ---- sources
    sources: dict[str, list[dict]] = defaultdict(list)
    seen = set()
    for s, file, title, text, _begin in _rows(store, """SELECT DISTINCT ?s ?file ?title ?text ?begin WHERE {
            ?s prov:wasDerivedFrom ?sent .
            ?sent nif:anchorOf ?text ; dcterms:isPartOf ?src .
            ?src kg:fileName ?file .
            OPTIONAL { ?sent nif:beginIndex ?begin . }
            OPTIONAL { ?src dcterms:title ?title . } }
            ORDER BY ?file ?begin"""):
        if s in types and (s, file, text) not in seen:
            seen.add((s, file, text))
            sources[s].append({"doc": Path(file).stem, "title": title or "", "sentence": text})

    # ---- other facts
    info: dict[str, dict[str, str]] = defaultdict(dict)
    props = " ".join(f"<{p}>" for p in INFO_PROPS)
    for s, p, v in _rows(store, f"SELECT DISTINCT ?s ?p ?v WHERE {{ VALUES ?p {{ {props} }} ?s ?p ?v . }} ORDER BY ?v"):
        if s in types:
            info[s].setdefault(INFO_PROPS[p], v)

    for s in sorted(types):
        labels = [lit for _, lit in sorted(names.get(s, []))]
        labels = list(dict.fromkeys(labels))
        attrs = {"type": types[s], "label": labels[0] if labels else s.rsplit("/", 1)[-1], "labels": labels,
                 "sources": sources.get(s, [])}
        attrs.update(dates.get(s, {}))
        if types[s] == "person":
            attrs["posts"] = sorted(posts.get(s, ()))
        if s in info:
            attrs["info"] = info[s]
        g.add_node(s, **attrs)

    def edge(u, v, relation, label, **extra):
        if u in g and v in g and u != v:
            key = relation if "key" not in extra else f"{relation}:{extra.pop('key')}"
            g.add_edge(u, v, key=key, relation=relation, label=label, **extra)

    # ---- edges
    held: dict[tuple[str, str], dict] = {}
    for person, post, label, target, date in _rows(store, """SELECT DISTINCT ?person ?post ?label ?in ?date WHERE {
            { SELECT DISTINCT ?person ?post ?date WHERE {
                { ?person org:holds ?post . } UNION { ?h kg:holder ?person ; kg:post ?post .
                                                      OPTIONAL { ?h dcterms:date ?date . } } } }
            { SELECT DISTINCT ?post ?label ?in WHERE { ?post skos:prefLabel ?label ; org:postIn ?in . } } }"""):
        rec = held.setdefault((person, post), {"label": label, "target": target, "date": None})
        if date and (rec["date"] is None or date > rec["date"]):
            rec["date"] = date
    for (person, post), rec in sorted(held.items()):
        extra = {"date": rec["date"]} if rec["date"] else {}
        edge(person, rec["target"], "holds_post", rec["label"], key=post, **extra)

    for agent, event, role in _rows(store, """SELECT DISTINCT ?agent ?event ?role WHERE {
            ?event kg:participation ?p . ?p kg:agent ?agent ; kg:role ?role . } ORDER BY ?event ?agent"""):
        name = role.rsplit("#", 1)[-1]
        edge(agent, event, name, ROLE_LABELS.get(name, name))

    for u, v in _rows(store, "SELECT DISTINCT ?e ?p WHERE { ?e a schema:Event ; schema:location ?p . } ORDER BY ?e ?p"):
        edge(u, v, "located_in", EDGE_LABELS["located_in"])
    for u, v in _rows(store, "SELECT DISTINCT ?a ?b WHERE { ?a schema:containedInPlace ?b . } ORDER BY ?a ?b"):
        edge(u, v, "part_of", EDGE_LABELS["part_of"])
    for u, t, src in _rows(store, """SELECT DISTINCT ?x ?t ?g WHERE {
            VALUES ?t { kg:Goal kg:NamedDocument schema:Person org:Organization schema:Place schema:Event }
            GRAPH ?g { ?x a ?t . } ?g a kg:SourceText . } ORDER BY ?g ?x"""):
        if t in (KG + "Goal", KG + "NamedDocument"):
            edge(u, src, "stated_in", EDGE_LABELS["stated_in"])
        else:
            edge(src, u, "mentions", EDGE_LABELS["mentions"])
    return g


def entity_graph_from_build(out_dir: Path) -> nx.MultiDiGraph:
    """The entity graph of the build in ``out_dir`` (see :func:`entity_graph`)."""
    from kg.store import open_store

    return entity_graph(open_store(Path(out_dir)))
