"""Validation: the real build conforms to ontology/shapes.ttl, and a graph broken on purpose does not."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.cli import main
from kg.errors import UserError
from kg.extract import extract
from kg.graph import KG, NIF, NO_DATE, NO_PUBLICATION_DATE, SCHEMA, add_document, new_dataset
from kg.ingest import read_text
from kg.validate import ValidationReport, validate


def test_the_real_build_conforms(real_build):
    report = validate(real_build)
    assert isinstance(report, ValidationReport)
    assert report.conforms, report.summary()
    assert report.violations == []
    assert report.summary() == "conforms"
    assert report.seconds < 10


def test_undated_events_say_why(real_build):
    ds = Dataset(default_union=True)
    ds.parse(real_build / "kg.trig", format="trig")
    assert set(ds.subjects(RDF.type, SCHEMA.Event))
    for event in set(ds.subjects(RDF.type, SCHEMA.Event)):
        dated = ds.value(event, SCHEMA.startDate) is not None
        assert dated or ds.value(event, KG.dateUnknownReason) is not None, event


@pytest.mark.parametrize("date, reason", [("2023-12-01", NO_DATE), (None, NO_PUBLICATION_DATE)])
def test_the_reason_tells_no_date_from_no_publication_date(date, reason):
    doc = read_text("长三角一体化发展座谈会在上海召开。陈吉宁主持会议并讲话。", "demo", date=date)
    ds = new_dataset()
    add_document(ds, doc, extract(doc))
    ds.default_union = True
    events = set(ds.subjects(RDF.type, SCHEMA.Event))
    assert events
    for event in events:
        assert ds.value(event, SCHEMA.startDate) is None
        assert str(ds.value(event, KG.dateUnknownReason)) == reason


# ---------------------------------------------------------------- graphs broken on purpose

def _first(ds: Dataset, cls: URIRef, *, having: URIRef | None = None) -> URIRef:
    nodes = sorted(set(ds.subjects(RDF.type, cls)))
    if having is not None:
        nodes = [n for n in nodes if ds.value(n, having) is not None]
    assert nodes, f"no {cls} in the real build"
    return nodes[0]


def _drop(ds: Dataset, s, p, o=None) -> None:
    for g in list(ds.graphs()):
        g.remove((s, p, o))


def _retype(ds: Dataset, s, p, datatype) -> None:
    for g in list(ds.graphs()):
        for o in list(g.objects(s, p)):
            g.remove((s, p, o))
            g.add((s, p, Literal(str(o), datatype=datatype)))


def no_person_name(ds):
    person = _first(ds, SCHEMA.Person)
    _drop(ds, person, SCHEMA.name)
    return person, "schema:name"


def no_holding_source(ds):
    holding = _first(ds, KG.PostHolding)
    _drop(ds, holding, PROV.wasDerivedFrom)
    return holding, "prov:wasDerivedFrom"


def no_holding_holder(ds):
    holding = _first(ds, KG.PostHolding)
    _drop(ds, holding, KG.holder)
    return holding, "kg:holder"


def no_event_date_nor_reason(ds):
    event = _first(ds, SCHEMA.Event, having=SCHEMA.startDate)
    _drop(ds, event, SCHEMA.startDate)
    _drop(ds, event, KG.dateUnknownReason)
    return event, ""


def no_event_label(ds):
    event = _first(ds, SCHEMA.Event)
    _drop(ds, event, RDFS.label)
    return event, "rdfs:label"


def date_as_string(ds):
    event = _first(ds, SCHEMA.Event, having=SCHEMA.startDate)
    _retype(ds, event, SCHEMA.startDate, XSD.string)
    return event, "schema:startDate"


def day_typed_as_year(ds):  # "2023-11-30"^^xsd:gYear: ill-formed for its datatype
    event = next(e for e in sorted(set(ds.subjects(RDF.type, SCHEMA.Event)))
                 if (d := ds.value(e, SCHEMA.startDate)) is not None and d.datatype == XSD.date)
    _retype(ds, event, SCHEMA.startDate, XSD.gYear)
    return event, "schema:startDate"


def role_outside_the_scheme(ds):
    part = _first(ds, KG.Participation)
    _drop(ds, part, KG.role)
    ds.graph(_graph_of(ds, part)).add((part, KG.role, KG.guest))
    return part, "kg:role"


def no_participation_agent(ds):
    part = _first(ds, KG.Participation)
    _drop(ds, part, KG.agent)
    return part, "kg:agent"


def no_goal_indicator(ds):
    goal = _first(ds, KG.Goal)
    _drop(ds, goal, KG.indicator)
    return goal, "kg:indicator"


def no_source_file_name(ds):
    src = _first(ds, KG.SourceText)
    _drop(ds, src, KG.fileName)
    return src, "kg:fileName"


def sentence_without_source_text(ds):
    sentence = _first(ds, NIF.Sentence)
    _drop(ds, sentence, DCTERMS.isPartOf)
    return sentence, "dcterms:isPartOf"


def org_without_provenance(ds):
    org = _first(ds, URIRef("http://www.w3.org/ns/org#Organization"))
    _drop(ds, org, PROV.wasDerivedFrom)
    return org, "prov:wasDerivedFrom"


def place_without_any_source(ds):
    place = _first(ds, SCHEMA.Place, having=PROV.wasDerivedFrom)
    for p in (PROV.wasDerivedFrom, DCTERMS.source, SCHEMA.subjectOf):
        _drop(ds, place, p)
    return place, ""


def _graph_of(ds: Dataset, node) -> URIRef:
    return next(c for _, _, _, c in ds.quads((node, None, None, None)))


BREAKERS = [no_person_name, no_holding_source, no_holding_holder, no_event_date_nor_reason, no_event_label,
            date_as_string, day_typed_as_year, role_outside_the_scheme, no_participation_agent,
            no_goal_indicator, no_source_file_name, sentence_without_source_text, org_without_provenance,
            place_without_any_source]


@pytest.fixture(scope="module")
def real_trig(real_build) -> str:
    return (real_build / "kg.trig").read_text(encoding="utf-8")


def _broken_build(real_trig: str, tmp_path: Path, breaker) -> tuple[Path, str, str]:
    ds = Dataset(default_union=True)
    ds.parse(data=real_trig, format="trig")
    focus, path = breaker(ds)
    out = tmp_path / "build"
    out.mkdir()
    ds.serialize(destination=out / "kg.trig", format="trig")
    return out, str(focus), path


@pytest.mark.parametrize("breaker", BREAKERS, ids=lambda b: b.__name__)
def test_a_broken_graph_is_seen(real_trig, tmp_path, breaker):
    out, focus, path = _broken_build(real_trig, tmp_path, breaker)
    report = validate(out)
    assert not report.conforms
    hits = [v for v in report.violations if v.focus == focus and v.path == path]
    assert hits, report.summary()
    assert all(v.severity == "Violation" and v.message for v in hits)
    # only the broken node is at fault
    assert {v.focus for v in report.violations} == {focus}, report.summary()


def test_no_build_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="kg build SOURCE_DIR --out"):
        validate(tmp_path / "nothing")


# ---------------------------------------------------------------- the command line

def test_cli_conforms(real_build, capsys):
    assert main(["validate", "--out", str(real_build)]) == 0
    assert capsys.readouterr().out.strip() == "conforms"


def test_cli_reports_violations(real_trig, tmp_path, capsys):
    out, focus, path = _broken_build(real_trig, tmp_path, no_person_name)
    assert main(["validate", "--out", str(out)]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines and all(line.split("  ")[0] == focus for line in lines)
    assert any(f"{focus}  {path}  " in line for line in lines)


def test_cli_without_a_build(tmp_path, capsys):
    assert main(["validate", "--out", str(tmp_path / "nothing")]) == 2
    assert "kg build SOURCE_DIR --out" in capsys.readouterr().err


def test_validate_copes_with_a_copied_build(real_build, tmp_path):
    """Only kg.trig is needed: a build folder copied elsewhere validates the same."""
    out = tmp_path / "copy"
    out.mkdir()
    shutil.copy(real_build / "kg.trig", out / "kg.trig")
    assert validate(out).conforms
