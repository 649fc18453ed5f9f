"""The examples in the modules' docstrings run and give what they say."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["kg.dates", "kg.ingest", "kg.graph", "kg.extract", "kg.extract.persons", "kg.network", "kg.store", "kg.evaluate"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
