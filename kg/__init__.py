"""A knowledge graph of Chinese policy news: texts to RDF, SPARQL and an interactive map.

Python API: ``kg.open_build(out_dir)`` opens a build for queries (see :func:`kg.store.open_build`).
"""

__all__ = ["open_build"]


def open_build(out_dir="build"):
    """Open the build in ``out_dir`` read-only; see :func:`kg.store.open_build`.

    >>> import kg
    >>> kg.open_build("build").dataframe("persons")   # doctest: +SKIP
    """
    from kg.store import open_build as _open_build

    return _open_build(out_dir)
