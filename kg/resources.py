"""Where the project's data files are: the ontology, the SHACL shapes and the canned queries.

In a checkout (and an editable install) they are in ``ontology/`` beside the ``kg`` package; a
regular install puts them in ``<prefix>/share/cn-policy-kg/ontology`` (``setup.cfg`` data_files).
"""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from kg.errors import UserError


@lru_cache(maxsize=1)
def ontology_dir() -> Path:
    """The folder holding ``kg.ttl``, ``shapes.ttl`` and ``queries/``."""
    here = Path(__file__).resolve().parent
    candidates = (here.parent / "ontology", Path(sys.prefix) / "share" / "cn-policy-kg" / "ontology")
    for candidate in candidates:
        if (candidate / "kg.ttl").is_file():
            return candidate
    raise UserError("cannot find the ontology folder (looked in " + ", ".join(map(str, candidates)) + ")")
