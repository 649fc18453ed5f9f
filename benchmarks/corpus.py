"""The benchmark corpora: real news text for `kg build`, a big graph for the queries.

* :func:`make_corpus` — documents of 40 sentences from the shared NER sets (``../shared/ner``,
  People's Daily newswire) plus the texts of ``source_texts/``, with a ``manifest.tsv`` giving dates,
  repeated (under new file names) until the folder holds at least ``min_bytes`` of UTF-8 text.
* :func:`replicate_graph` — the graph of a build (``kg.trig``) copied ``n`` times into one N-Quads
  file, every ``https://w3id.org/cnpkg/id/`` IRI (named graphs included) renamed per copy.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_NER = ROOT.parent / "shared" / "ner"
ID = "https://w3id.org/cnpkg/id/"
SENTENCES_PER_DOC = 40
SENTENCES_PER_PARA = 5


def ner_sentences(shared: Path = SHARED_NER) -> list[str]:
    out = []
    for name in ("train.jsonl", "dev.jsonl"):
        path = shared / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as fh:
            out += [json.loads(line)["text"] for line in fh if line.strip()]
    return out


def _base_documents(shared: Path, source_dir: Path) -> list[tuple[str, str, str]]:
    """(file stem, date, text) of one copy of the corpus."""
    docs: list[tuple[str, str, str]] = []
    sents = ner_sentences(shared)
    for k in range(0, len(sents), SENTENCES_PER_DOC):
        chunk = sents[k:k + SENTENCES_PER_DOC]
        paras = ["".join(chunk[i:i + SENTENCES_PER_PARA]) for i in range(0, len(chunk), SENTENCES_PER_PARA)]
        month = 1 + (k // SENTENCES_PER_DOC) % 12
        docs.append((f"ner{k // SENTENCES_PER_DOC:04d}", f"1998-{month:02d}-15", "\n\n".join(paras) + "\n"))
    dates = {}
    manifest = source_dir / "manifest.tsv"
    if manifest.is_file():
        rows = [line.split("\t") for line in manifest.read_text(encoding="utf-8").splitlines()]
        head = rows[0]
        for row in rows[1:]:
            rec = dict(zip(head, row))
            dates[rec.get("file", "")] = rec.get("date", "")
    for path in sorted(source_dir.glob("*.txt")):
        docs.append((f"src_{path.stem}", dates.get(path.name, ""), path.read_text(encoding="utf-8")))
    return docs


def make_corpus(out_dir: Path, min_bytes: int, *, shared: Path = SHARED_NER, source_dir: Path = ROOT / "source_texts",
                max_docs: int | None = None) -> dict:
    """Write the corpus into ``out_dir`` (``*.txt`` + ``manifest.tsv``); return its size."""
    out_dir.mkdir(parents=True, exist_ok=True)
    base = _base_documents(shared, source_dir)
    if max_docs is not None:
        base = base[:max_docs]
    if not base:
        raise FileNotFoundError(f"no text: neither {shared}/*.jsonl nor {source_dir}/*.txt")
    rows = ["file\tdate"]
    nbytes = nchars = ndocs = 0
    rep = 0
    while nbytes < min_bytes:
        for stem, date, text in base:
            name = f"r{rep:02d}_{stem}.txt"
            data = text.encode("utf-8")
            (out_dir / name).write_bytes(data)
            rows.append(f"{name}\t{date}")
            nbytes += len(data)
            nchars += len(text)
            ndocs += 1
            if nbytes >= min_bytes:
                break
        rep += 1
    (out_dir / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return {"dir": str(out_dir), "bytes": nbytes, "chars": nchars, "documents": ndocs, "copies": rep}


_ID_IRI = re.compile(r"<" + re.escape(ID) + r"([^>]*)>")


def replicate_graph(trig: Path, out: Path, min_triples: int) -> dict:
    """Write ``out`` (N-Quads): the quads of ``trig`` ``n`` times, IRIs renamed per copy, with ``n``
    the least number of copies giving at least ``min_triples`` triples in the union graph."""
    import pyoxigraph as ox

    quads = list(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    # every triple has an id/ subject, so the copies share no triple
    assert all(isinstance(t[0], ox.NamedNode) and t[0].value.startswith(ID) for t in triples)
    n = max(1, -(-min_triples // len(triples)))
    mark = "\x00r\x00"  # where the copy's suffix goes: never in N-Quads text
    template = "".join(_ID_IRI.sub(lambda m: f"<{ID}{m.group(1)}{mark}>", f"{q.subject} {q.predicate} {q.object} {q.graph_name} .\n")
                       for q in quads)
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(template.replace(mark, f"-r{i}"))
    return {"path": str(out), "copies": n, "quads": n * len(quads), "triples": n * len(triples),
            "triples_per_copy": len(triples)}
