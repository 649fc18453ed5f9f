"""Fixtures shared by the test modules: the real build of the project's source texts."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCE_TEXTS = ROOT / "source_texts"
GOLD = Path(__file__).resolve().parent / "data" / "gold"
GENRE = Path(__file__).resolve().parent / "data" / "genre"  # six more texts of the genre with their gold


@pytest.fixture(scope="session")
def real_build(tmp_path_factory) -> Path:
    """``kg build source_texts`` once per session, through the library entry point (read-only for tests)."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("real") / "build"
    build(SOURCE_TEXTS, out, progress=None)
    return out


@pytest.fixture(scope="session")
def corpus():
    """The five source texts as documents."""
    from kg.ingest import read_corpus

    docs, problems = read_corpus(SOURCE_TEXTS)
    assert not problems
    return {d.id[:3]: d for d in docs}
