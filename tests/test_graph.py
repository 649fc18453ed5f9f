"""Graph: stable, valid IRIs; typed dates; provenance on every fact; one node per name across texts."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, XSD, Literal, URIRef
from rdflib.namespace import PROV

from kg.dates import PartialDate
from kg.extract import extract
from kg.graph import KG, ORG, SCHEMA, add_document, date_literal, iri, new_dataset, source_iri
from kg.ingest import read_text

_IRI_OK = re.compile(r"^https://w3id\.org/cnpkg/id/[A-Za-z0-9%._~/-]+$")


def graph_of(*texts: tuple[str, str]):
    ds = new_dataset()
    for doc_id, text in texts:
        doc = read_text(text, doc_id, date="2023-12-01")
        add_document(ds, doc, extract(doc))
    return ds


def test_iris_are_derived_from_content():
    assert iri("person", "陈吉宁") == iri("person", " 陈 吉宁 ")
    assert iri("person", "陈吉宁") != iri("org", "陈吉宁")
    assert iri("event", "座谈会", "2023-11-30") != iri("event", "座谈会", "2020-08")


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=0, max_size=80))
def test_iris_are_valid_whatever_the_text(text):
    for parts in ((text,), (text, text)):
        assert _IRI_OK.match(str(iri("person", *parts)))
    assert _IRI_OK.match(str(source_iri(text or "x")))


def test_dates_are_typed_by_precision():
    assert date_literal(PartialDate(2023, 11, 30)) == Literal("2023-11-30", datatype=XSD.date)
    assert date_literal(PartialDate(2023, 11)) == Literal("2023-11", datatype=XSD.gYearMonth)
    assert date_literal(PartialDate(2025)) == Literal("2025", datatype=XSD.gYear)


def test_one_named_graph_per_text_and_one_node_per_person():
    ds = graph_of(("a", "上海市委书记陈吉宁出席会议。"), ("b", "陈吉宁说，要加快发展。"))
    person = iri("person", "陈吉宁")
    graphs = {g.identifier for g in ds.graphs() if (person, RDF.type, SCHEMA.Person) in g}
    assert graphs == {source_iri("a"), source_iri("b")}
    assert (person, ORG.holds, iri("post", "上海市委书记")) in ds.graph(source_iri("a"))


def test_every_fact_and_entity_has_its_sentence():
    ds = graph_of(("a", "新华社上海11月30日电 中共中央总书记习近平30日上午在上海主持召开深入推进长三角一体化发展座谈会。"
                        "到2025年，常住人口城镇化率达到70%。2021年6月，《关于支持浦东新区高水平改革开放的意见》发布。"))
    g = ds.graph(source_iri("a"))
    kinds = (SCHEMA.Person, ORG.Organization, KG.PostHolding, SCHEMA.Event, KG.Participation, KG.Goal, KG.NamedDocument)
    nodes = [s for t in kinds for s in g.subjects(RDF.type, t)]
    assert {t for t in kinds if any(True for _ in g.subjects(RDF.type, t))} == set(kinds)
    for node in nodes:
        sentences = list(g.objects(node, PROV.wasDerivedFrom))
        assert sentences, node
        for s in sentences:
            text = str(g.value(s, URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf")))
            assert text and int(g.value(s, URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex"))) >= 0


def test_traditional_text_keeps_its_words_in_the_provenance(tmp_path):
    from kg.ingest import read_corpus

    (tmp_path / "t.txt").write_text("上海市委書記陳吉寧出席會議。", encoding="utf-8")
    [doc], _ = read_corpus(tmp_path, default_date=PartialDate(2024, 1, 1))
    ds = new_dataset()
    add_document(ds, doc, extract(doc))
    g = ds.graph(source_iri("t"))
    person = iri("person", "陈吉宁")
    assert (person, SCHEMA.name, Literal("陈吉宁", lang="zh")) in g
    [sentence] = g.objects(person, PROV.wasDerivedFrom)
    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    assert str(g.value(sentence, URIRef(nif + "anchorOf"))) == "上海市委書記陳吉寧出席會議。"
