"""The entity network as CSV files for ``neo4j-admin database import``.

Writes into a folder:

* ``nodes.csv``: ``id:ID,:LABEL,name,type,labels:string[],date,end_date,posts:string[],sources:string[],info``
* ``relationships.csv``: ``:START_ID,:END_ID,:TYPE,label,date``
* ``import.sh``: the import command.

Arrays use Neo4j's default ``;`` delimiter (a ``;`` inside a value becomes ``；``).
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx

NODE_HEADER = ["id:ID", ":LABEL", "name", "type", "labels:string[]", "date", "end_date", "posts:string[]",
               "sources:string[]", "info"]
REL_HEADER = [":START_ID", ":END_ID", ":TYPE", "label", "date"]


def _array(values) -> str:
    return ";".join(str(v).replace(";", "；") for v in values)


def write_neo4j(graph: nx.MultiDiGraph, folder: Path) -> None:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "nodes.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(NODE_HEADER)
        for n, d in graph.nodes(data=True):
            kind = d.get("type", "entity")
            w.writerow([n, f"Entity;{kind.capitalize()}", d.get("label", ""), kind, _array(d.get("labels", [])),
                        d.get("date", ""), d.get("end_date", ""), _array(d.get("posts", [])),
                        _array(f"[{s.get('doc', '')}] {s.get('sentence', '')}" for s in d.get("sources", [])),
                        json.dumps(d["info"], ensure_ascii=False) if d.get("info") else ""])
    with open(folder / "relationships.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(REL_HEADER)
        for u, v, d in graph.edges(data=True):
            w.writerow([u, v, d.get("relation", "related").upper(), d.get("label", ""), d.get("date", "")])
    (folder / "import.sh").write_text(
        "#!/bin/sh\n# Import into a new, stopped Neo4j database named neo4j (Neo4j 5):\n"
        'cd "$(dirname "$0")" && neo4j-admin database import full --overwrite-destination '
        "--nodes=nodes.csv --relationships=relationships.csv neo4j\n", encoding="utf-8")
