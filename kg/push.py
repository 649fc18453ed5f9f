"""``kg push``: upload the graph to a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

Works with any server speaking the protocol (Apache Jena Fuseki ``/DATASET/data``, GraphDB
``/repositories/REPO/rdf-graphs/service``, Virtuoso ``/sparql-graph-crud``, Amazon Neptune
``/sparql/gsp/``, Oxigraph server ``/store``). By default every source text goes into its own named
graph (``?graph=<source text IRI>``), as in the build; ``--graph IRI`` puts the merged graph into
one named graph instead. Requests carry N-Triples in chunks of about 50,000 triples; with
``--replace`` the first chunk of each graph is sent with PUT (replacing what the graph held, so
pushing again gives the same graph) and the rest with POST (adding).

Credentials, when the server wants them, go in the URL (``https://user:password@host/…``) and are
sent as HTTP Basic authentication.
"""
from __future__ import annotations

import base64
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.errors import UserError


def _split_credentials(url: str) -> tuple[str, dict]:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UserError(f"not an http(s) URL: {url}")
    headers = {}
    if parts.username is not None:
        user = urllib.parse.unquote(parts.username)
        password = urllib.parse.unquote(parts.password or "")
        headers["Authorization"] = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        url = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return url, headers


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of a named graph (``?graph=…``) or of the default graph (``?default``)."""
    sep = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    if graph is None:
        return f"{endpoint}{sep}default"
    return f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}"


class _Progress:
    def __init__(self, total: int, stream: IO[str] | None):
        self.total, self.done, self.stream, self.t0 = max(total, 1), 0, stream, time.monotonic()
        self.tty = bool(stream) and getattr(stream, "isatty", lambda: False)()

    def add(self, n: int, what: str) -> None:
        self.done += n
        if not self.stream:
            return
        frac = self.done / self.total
        bar = "#" * int(frac * 30) + "-" * (30 - int(frac * 30))
        line = f"[{bar}] {frac:4.0%} {self.done}/{self.total} triples  {what[-50:]}"
        self.stream.write(("\r" + line + "\x1b[K") if self.tty else line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.stream and self.tty:
            self.stream.write("\n")
            self.stream.flush()


def _send(url: str, method: str, body: bytes, headers: dict, timeout: float) -> None:
    req = urllib.request.Request(url, data=body, method=method,
                                 headers={"Content-Type": "application/n-triples", **headers})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
    except urllib.error.HTTPError as exc:
        message = exc.read().decode("utf-8", "replace").strip()[:1000] or exc.reason
        raise UserError(f"{method} {url} failed: HTTP {exc.code} {exc.reason}: {message}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise UserError(f"{method} {url} failed: cannot reach the server: {getattr(exc, 'reason', exc)}") from exc


def push(out_dir: Path, url: str, graph: str | None = None, replace: bool = False, chunk: int = 50_000,
         progress: IO[str] | None = None, timeout: float = 300) -> int:
    """Upload the build in ``out_dir`` to the Graph Store endpoint ``url``; returns the number of triples sent.

    Parameters
    ----------
    out_dir : Path
        The build folder.
    url : str
        The graph store endpoint, e.g. ``http://127.0.0.1:7878/store`` (Oxigraph server)
        or ``http://localhost:3030/kg/data`` (Fuseki).
    graph : str, optional
        Put all triples (merged) into this one named graph instead of one graph per source text.
    replace : bool
        Replace the target graphs (PUT) instead of adding to them (POST).
    chunk : int
        Triples per request.
    progress : text stream, optional
        Where to draw a progress bar (``sys.stderr`` for ``kg push``).

    Examples
    --------
    >>> push(Path("build"), "http://127.0.0.1:7878/store", replace=True)   # doctest: +SKIP
    3841
    """
    from kg.export.rdf import merged_triples
    from kg.store import open_store

    if chunk < 1:
        raise UserError("--chunk must be at least 1")
    store = open_store(Path(out_dir))
    endpoint, headers = _split_credentials(url)
    plan: list[tuple[str | None, list]] = []
    if graph:
        if not urllib.parse.urlsplit(graph).scheme:
            raise UserError(f"--graph wants an absolute IRI, got {graph!r}")
        plan.append((graph, merged_triples(store)))
    else:
        default = [q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
        if default:
            plan.append((None, default))
        for g in sorted(store.named_graphs(), key=lambda n: n.value):
            plan.append((g.value, [q.triple for q in store.quads_for_pattern(None, None, None, g)]))
    bar = _Progress(sum(len(t) for _, t in plan), progress)
    sent = 0
    try:
        for target, triples in plan:
            target_url = graph_url(endpoint, target)
            for i, start in enumerate(range(0, max(len(triples), 1), chunk)):
                part = triples[start:start + chunk]
                body = ox.serialize(part, format=ox.RdfFormat.N_TRIPLES)
                _send(target_url, "PUT" if replace and i == 0 else "POST", body, headers, timeout)
                sent += len(part)
                bar.add(len(part), target or "default graph")
    finally:
        bar.close()
    return sent


if __name__ == "__main__":  # pragma: no cover
    print(push(Path(sys.argv[1]), sys.argv[2], progress=sys.stderr))
