"""``kg serve``: a read-only SPARQL 1.1 endpoint and a small query page over a build.

* ``/sparql``: the SPARQL 1.1 Protocol (query operation): ``GET ?query=…``, ``POST`` as
  ``application/x-www-form-urlencoded`` or ``application/sparql-query``. SELECT/ASK results as
  JSON, XML, CSV or TSV, CONSTRUCT/DESCRIBE as Turtle, N-Triples, JSON-LD or RDF/XML, chosen by
  the ``Accept`` header or a ``format`` parameter. Queries see the union of the named graphs
  unless ``default-graph-uri`` / ``named-graph-uri`` say otherwise.
* ``/``: a page to type a query and see a table, the canned queries one click away; ``/map``:
  the build's map (``DIR/kg.html``); other files of the build folder are served as they are.

Read-only: SPARQL Update (``update=``, ``application/sparql-update``, INSERT/DELETE/LOAD/CLEAR …)
is refused with 403. Queries run in worker processes (each holding the store open read-only):
pyoxigraph cannot interrupt a query, so a query still running at the time limit has its worker
killed and replaced, and the client gets 503; results longer than the row limit are cut off
(header ``X-KG-Truncated: true``).
"""
from __future__ import annotations

import html
import io
import json
import multiprocessing
import queue
import re
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import islice
from pathlib import Path

SELECT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
SELECT_CTYPE = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values"}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/turtle": "turtle", "application/x-turtle": "turtle",
    "application/n-triples": "nt", "text/plain": "nt",
    "application/ld+json": "jsonld", "application/x-json+ld": "jsonld", "application/json": "jsonld",
    "application/rdf+xml": "xml", "application/xml": "xml", "text/xml": "xml",
}
GRAPH_CTYPE = {"turtle": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json",
               "xml": "application/rdf+xml"}
FORMAT_PARAM = {  # the "format" parameter: (select format, graph format)
    "json": ("json", "jsonld"), "srj": ("json", "jsonld"), "xml": ("xml", "xml"), "srx": ("xml", "xml"),
    "csv": ("csv", None), "tsv": ("tsv", None),
    "turtle": (None, "turtle"), "ttl": (None, "turtle"), "n3": (None, "turtle"),
    "nt": (None, "nt"), "ntriples": (None, "nt"), "n-triples": (None, "nt"),
    "jsonld": ("json", "jsonld"), "json-ld": ("json", "jsonld"), "rdfxml": ("xml", "xml"), "rdf+xml": ("xml", "xml"),
}
UPDATE_RE = re.compile(
    r"^\s*(?:(?:#[^\n]*\n|\s)*(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>))*(?:#[^\n]*\n|\s)*"
    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE)
CHARSET = "; charset=utf-8"


def _accept(header: str | None) -> list[str]:
    """Media types of an Accept header, best first."""
    items = []
    for i, part in enumerate((header or "").split(",")):
        fields = part.strip().split(";")
        media = fields[0].strip().lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            k, _, v = f.strip().partition("=")
            if k.strip() == "q":
                try:
                    q = float(v)
                except ValueError:
                    q = 0.0
        if q > 0:
            items.append((-q, i, media))
    return [m for _, _, m in sorted(items)]


def negotiate(accept: str | None, fmt: str | None, kind: str) -> str:
    """The result format for a ``kind`` ("select" or "graph") result from a format parameter and Accept header."""
    table, default = (SELECT_TYPES, "json") if kind == "select" else (GRAPH_TYPES, "turtle")
    if fmt:
        pair = FORMAT_PARAM.get(fmt.lower()) or (
            (SELECT_TYPES.get(fmt.lower()), GRAPH_TYPES.get(fmt.lower())))
        chosen = pair[0] if kind == "select" else pair[1]
        if chosen:
            return chosen
    for media in _accept(accept):
        if media in table:
            return table[media]
    return default


# ---------------------------------------------------------------- worker processes

def _execute(store, req: dict, max_rows: int) -> tuple[int, str, bytes, dict]:
    import pyoxigraph as ox

    from kg.store import ID_PREFIXES, PREFIXES, ROW_WRITERS, solution_rows

    kwargs = {}
    if req.get("default_graph"):
        kwargs["default_graph"] = [ox.NamedNode(u) for u in req["default_graph"]]
    else:
        kwargs["use_default_graph_as_union"] = True
    if req.get("named_graph"):
        kwargs["named_graphs"] = [ox.NamedNode(u) for u in req["named_graph"]]
    try:
        result = store.query(req["query"], **kwargs)
    except SyntaxError as exc:
        return 400, "text/plain" + CHARSET, f"malformed SPARQL query: {exc}\n".encode(), {}
    except ValueError as exc:
        return 400, "text/plain" + CHARSET, f"bad request: {exc}\n".encode(), {}
    headers = {}
    if isinstance(result, ox.QueryBoolean):
        fmt = negotiate(req.get("accept"), req.get("format"), "select")
        value = "true" if bool(result) else "false"
        if fmt == "xml":
            body = ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                    f"<head/><boolean>{value}</boolean></sparql>\n")
        elif fmt == "json":
            body = json.dumps({"head": {}, "boolean": bool(result)}) + "\n"
        else:
            body = ("_askResult\n" if fmt == "csv" else "?_askResult\n") + value + "\n"
        return 200, SELECT_CTYPE[fmt] + CHARSET, body.encode(), headers
    if isinstance(result, ox.QuerySolutions):
        fmt = negotiate(req.get("accept"), req.get("format"), "select")
        variables, rows = solution_rows(result)
        rows = list(islice(rows, max_rows + 1))
        if len(rows) > max_rows:
            rows = rows[:max_rows]
            headers["X-KG-Truncated"] = "true"
        out = io.StringIO()
        ROW_WRITERS[fmt](variables, rows, out)
        headers["X-KG-Rows"] = str(len(rows))
        return 200, SELECT_CTYPE[fmt] + CHARSET, out.getvalue().encode("utf-8"), headers
    fmt = negotiate(req.get("accept"), req.get("format"), "graph")
    triples = list(islice(result, max_rows + 1))
    if len(triples) > max_rows:
        triples = triples[:max_rows]
        headers["X-KG-Truncated"] = "true"
    headers["X-KG-Rows"] = str(len(triples))
    rdf_format = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                  "jsonld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}[fmt]
    prefixes = {**PREFIXES, **ID_PREFIXES} if fmt in ("turtle", "xml") else None
    body = ox.serialize(triples, format=rdf_format, prefixes=prefixes) if prefixes else ox.serialize(
        triples, format=rdf_format)
    return 200, GRAPH_CTYPE[fmt] + CHARSET, body, headers


def _worker_main(conn, store_path: str, max_rows: int) -> None:  # pragma: no cover - runs in a child process
    import pyoxigraph as ox

    store = ox.Store.read_only(store_path)
    while True:
        try:
            req = conn.recv()
        except (EOFError, OSError):
            return
        try:
            resp = _execute(store, req, max_rows)
        except Exception as exc:  # noqa: BLE001 - report any failure to the client
            resp = (500, "text/plain" + CHARSET, f"query failed: {type(exc).__name__}: {exc}\n".encode(), {})
        try:
            conn.send(resp)
        except (EOFError, OSError):
            return


class WorkerPool:
    """Worker processes that run queries; a query over time has its worker killed and replaced."""

    def __init__(self, store_path: Path, size: int = 2, max_rows: int = 100_000):
        self.store_path, self.max_rows = str(store_path), max_rows
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: queue.Queue = queue.Queue()
        self._all: set = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(max(1, size)):
            self._idle.put(self._spawn())

    def _spawn(self):
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(child, self.store_path, self.max_rows),
                                 daemon=True, name="kg-serve-worker")
        proc.start()
        child.close()
        with self._lock:
            self._all.add(proc)
        return proc, parent

    def _replace(self, worker) -> None:
        proc, conn = worker
        proc.kill()
        proc.join(5)
        conn.close()
        with self._lock:
            self._all.discard(proc)
        if not self._closed:
            threading.Thread(target=lambda: self._idle.put(self._spawn()), daemon=True).start()

    def run(self, req: dict, timeout: float) -> tuple[int, str, bytes, dict]:
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return (503, "text/plain" + CHARSET,
                    f"server busy: no query worker became free within {timeout:g} s; try again later\n".encode(),
                    {"Retry-After": "5"})
        proc, conn = worker
        try:
            conn.send(req)
            if conn.poll(max(0.0, deadline - time.monotonic())):
                resp = conn.recv()
                self._idle.put(worker)
                return resp
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker)
            return 500, "text/plain" + CHARSET, b"query worker failed; it has been restarted\n", {}
        self._replace(worker)
        return (503, "text/plain" + CHARSET,
                f"query stopped: it ran longer than the time limit of {timeout:g} s "
                "(kg serve --timeout SECONDS)\n".encode(), {"Retry-After": "1"})

    def close(self) -> None:
        self._closed = True
        with self._lock:
            procs = list(self._all)
        for p in procs:
            p.kill()
        for p in procs:
            p.join(5)


# ---------------------------------------------------------------- HTTP

def _page(queries: dict[str, dict]) -> bytes:
    data = json.dumps(queries, ensure_ascii=False).replace("</", "<\\/")
    first = html.escape(next(iter(queries.values()))["text"]) if queries else ""
    buttons = "\n".join(
        f'<button type="button" class="canned" data-name="{html.escape(n)}" title="{html.escape(q["description"])}">'
        f"{html.escape(n)}</button>" for n, q in queries.items())
    return f"""<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>kg · SPARQL</title>
<style>
body{{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:1.2em;color:#222}}
textarea{{width:100%;height:16em;font-family:ui-monospace,monospace;font-size:13px}}
table{{border-collapse:collapse;font-size:13px;margin-top:.8em}} td,th{{border:1px solid #ccc;padding:2px 6px;vertical-align:top}}
th{{background:#f2f2f2;position:sticky;top:0}} button{{margin:2px}} #status{{margin-left:1em;color:#555}}
.canned{{background:#eef4ff;border:1px solid #99b}} pre{{background:#f8f8f8;padding:.5em;overflow:auto}}
</style></head><body>
<h1>中国政策新闻知识图谱 · SPARQL</h1>
<p>Endpoint: <code>/sparql</code> (SPARQL 1.1 Protocol, read-only) · <a href="/map">map 地图</a> ·
queries see the union of all source texts' graphs.</p>
<div>Canned queries: {buttons}</div>
<form id="f"><textarea id="q" name="query" spellcheck="false">{first}</textarea><br>
<button type="submit">Run ▶</button> <span id="status"></span></form>
<div id="out"></div>
<script>
const QUERIES = {data};
const q = document.getElementById('q'), out = document.getElementById('out'), status = document.getElementById('status');
document.querySelectorAll('.canned').forEach(b => b.onclick = () => {{ q.value = QUERIES[b.dataset.name].text; run(); }});
function cell(t) {{
  if (!t) return '';
  if (t.type === 'uri') {{ let s = decodeURIComponent(t.value); return s.replace('https://w3id.org/cnpkg/id/', ''); }}
  return t.value;
}}
async function run() {{
  status.textContent = 'running…'; out.innerHTML = '';
  const t0 = performance.now();
  const r = await fetch('/sparql', {{method: 'POST', body: q.value,
    headers: {{'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json, text/turtle;q=0.9'}}}});
  const ms = Math.round(performance.now() - t0), ct = r.headers.get('Content-Type') || '';
  const cut = r.headers.get('X-KG-Truncated') ? ' (cut off at the row limit)' : '';
  if (!r.ok) {{ status.textContent = r.status + ' ' + r.statusText; const p = document.createElement('pre'); p.textContent = await r.text(); out.append(p); return; }}
  if (!ct.includes('json')) {{ const p = document.createElement('pre'); p.textContent = await r.text(); out.append(p); status.textContent = ms + ' ms' + cut; return; }}
  const j = await r.json();
  if ('boolean' in j) {{ status.textContent = String(j.boolean) + ' · ' + ms + ' ms'; return; }}
  const vars = j.head.vars, rows = j.results.bindings, table = document.createElement('table');
  const hr = table.insertRow(); vars.forEach(v => {{ const th = document.createElement('th'); th.textContent = v; hr.append(th); }});
  rows.forEach(b => {{ const tr = table.insertRow(); vars.forEach(v => {{ tr.insertCell().textContent = cell(b[v]); }}); }});
  out.append(table); status.textContent = rows.length + ' rows · ' + ms + ' ms' + cut;
}}
document.getElementById('f').onsubmit = e => {{ e.preventDefault(); run(); }};
</script></body></html>
""".encode("utf-8")


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, addr, out_dir: Path, pool: WorkerPool, timeout: float, max_body: int = 1 << 20):
        self.out_dir, self.pool, self.query_timeout, self.max_body = Path(out_dir), pool, timeout, max_body
        from kg.store import list_queries, query_text

        self.queries = {n: {"description": d, "text": query_text(n)} for n, d in list_queries().items()}
        self.page = _page(self.queries)
        super().__init__(addr, Handler)

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


class Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "kg-serve/0.1"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # one short line per request on stderr
        sys.stderr.write(f"{self.address_string()} {fmt % args}\n")

    def _send(self, status: int, ctype: str, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "X-KG-Truncated, X-KG-Rows")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, headers: dict | None = None) -> None:
        self._send(status, "text/plain" + CHARSET, (message.rstrip() + "\n").encode("utf-8"), headers)

    def do_OPTIONS(self):  # CORS preflight (YASGUI and other browser clients)
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if url.path == "/sparql":
            if "update" in params:
                return self._refuse_update()
            if "query" not in params:
                if "text/html" in (self.headers.get("Accept") or ""):
                    self.send_response(303)
                    self.send_header("Location", "/")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                return self._error(400, "missing the query parameter: GET /sparql?query=SELECT…")
            return self._query(params["query"][0], params)
        if url.path in ("/", "/index.html"):
            return self._send(200, "text/html" + CHARSET, self.server.page)
        if url.path == "/queries.json":
            return self._send(200, "application/json" + CHARSET,
                              json.dumps(self.server.queries, ensure_ascii=False).encode("utf-8"))
        if url.path in ("/map", "/map/"):
            return self._file(self.server.out_dir / "kg.html",
                              "no map in this build (DIR/kg.html): run kg build SOURCE_DIR --out DIR")
        return self._static(url.path)

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._error(404, f"no such endpoint: {url.path} (the SPARQL endpoint is /sparql)")
        length = int(self.headers.get("Content-Length") or 0)
        if length > self.server.max_body:
            return self._error(413, f"request body too large (limit {self.server.max_body} bytes)")
        body = self.rfile.read(length) if length else b""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            return self._refuse_update()
        if ctype == "application/sparql-query":
            return self._query(body.decode("utf-8", "replace"), params)
        if ctype in ("application/x-www-form-urlencoded", ""):
            form = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
            if "update" in params:
                return self._refuse_update()
            if "query" not in params:
                return self._error(400, "missing the query parameter")
            return self._query(params["query"][0], params)
        return self._error(415, f"unsupported content type {ctype}: use application/x-www-form-urlencoded "
                                "or application/sparql-query")

    def do_PUT(self):
        self._refuse_update()

    do_DELETE = do_PATCH = do_PUT

    def _refuse_update(self):
        self._error(403, "this endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP …) "
                         "is not allowed; rebuild the graph with kg build instead",
                    {"Allow": "GET, POST, OPTIONS"})

    def _query(self, text: str, params: dict):
        if UPDATE_RE.match(text):
            return self._refuse_update()
        req = {"query": text, "accept": self.headers.get("Accept"),
               "format": (params.get("format") or params.get("output") or [None])[0],
               "default_graph": params.get("default-graph-uri") or [],
               "named_graph": params.get("named-graph-uri") or []}
        status, ctype, body, headers = self.server.pool.run(req, self.server.query_timeout)
        self._send(status, ctype, body, headers)

    def _file(self, path: Path, missing: str):
        if not path.is_file():
            return self._error(404, missing)
        ctype = {".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json",
                 ".ttl": "text/turtle", ".trig": "application/trig", ".nt": "application/n-triples",
                 ".nq": "application/n-quads", ".svg": "image/svg+xml", ".png": "image/png"}.get(
            path.suffix.lower(), "application/octet-stream")
        if ctype.startswith("text/") or ctype.endswith(("json", "trig", "triples", "quads")):
            ctype += CHARSET
        self._send(200, ctype, path.read_bytes())

    def _static(self, path: str):
        root = self.server.out_dir.resolve()
        target = (root / urllib.parse.unquote(path).lstrip("/")).resolve()
        if not target.is_relative_to(root) or target.is_relative_to(root / "store") or target == root:
            return self._error(404, f"not found: {path}")
        return self._file(target, f"not found: {path}")


def make_server(out_dir: Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
                max_rows: int = 100_000, workers: int = 2) -> SparqlServer:
    """A ready (not yet serving) server over the build in ``out_dir``; call ``serve_forever()``."""
    from kg.store import open_store

    out_dir = Path(out_dir)
    open_store(out_dir)  # fails early, with the how-to-build message, when there is no build
    pool = WorkerPool(out_dir / "store", workers, max_rows)
    try:
        return SparqlServer((host, port), out_dir, pool, timeout)
    except OSError as exc:
        pool.close()
        from kg.errors import UserError

        raise UserError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


def serve(out_dir: Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
          max_rows: int = 100_000, workers: int = 2) -> None:
    """Serve the build in ``out_dir`` until interrupted (``kg serve``)."""
    server = make_server(out_dir, host, port, timeout, max_rows, workers)
    shown = f"[{host}]" if ":" in host else host
    print(f"kg serve: http://{shown}:{server.server_port}/  (SPARQL endpoint: /sparql, map: /map; "
          f"time limit {timeout:g} s, row limit {max_rows}); Ctrl-C stops", file=sys.stderr, flush=True)
    import signal

    def _stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)  # so that the workers (maybe in a long query) are killed too
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
