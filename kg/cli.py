"""The ``kg`` command line: one sub-command per user task.

Each sub-command is a small function ``cmd_NAME(args) -> int`` registered in
:func:`make_parser`; the work itself lives in the library modules.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_OUT = "build"


from kg.errors import UserError  # noqa: E402  (re-exported: kg.cli.UserError)


def _add_out(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", default=DEFAULT_OUT, metavar="DIR", help="build folder (default: build)")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="A knowledge graph of Chinese policy news.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("build", help="build the graph, the store and the map from a folder of texts")
    p.add_argument("source_dir", nargs="?", default="source_texts", metavar="SOURCE_DIR")
    _add_out(p)
    p.add_argument("--date", metavar="YYYY-MM-DD", help="publication date for texts with no manifest row or dateline")
    p.add_argument("--strict", action="store_true", help="stop at the first problem with the input instead of skipping")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="extract in N worker processes (default 1)")
    p.add_argument("--add", nargs="+", type=Path, metavar="FILE",
                   help="add (or replace) these texts in the existing build instead of rebuilding everything")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("evaluate", help="score a build against gold annotations (precision, recall, F1)")
    p.add_argument("gold_dir", metavar="GOLD_DIR")
    _add_out(p)
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--per-doc", action="store_true", help="also print the scores of each document")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("query", help="run a canned query (by name) or a .rq file on a build")
    p.add_argument("query", metavar="NAME_OR_FILE")
    _add_out(p)
    p.add_argument("--format", choices=["table", "csv", "tsv", "json"], default="table")
    p.add_argument("--endpoint", metavar="URL",
                   help="run the query on a remote SPARQL 1.1 endpoint instead of the build's store")
    p.add_argument("--bind", action="append", default=[], metavar="VAR=VALUE",
                   help="fill the query's placeholder VALUES ?VAR { UNDEF } (repeatable), e.g. --bind where=上海")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("serve", help="serve the build over HTTP: SPARQL 1.1 endpoint at /sparql, query page at /")
    _add_out(p)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=7878, help="port (default: 7878)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help="query time limit (default: 30)")
    p.add_argument("--max-rows", type=int, default=100_000, metavar="N",
                   help="result row (or triple) limit; longer results are cut off (default: 100000)")
    p.add_argument("--workers", type=int, default=2, metavar="N", help="query worker processes (default: 2)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("export", help="export the graph (ttl, nt, nq, trig, jsonld, xml) or entity network (graphml, gexf, neo4j)")
    p.add_argument("--format", metavar="FORMAT",
                   help="ttl, nt, nq, trig, jsonld, xml, graphml, gexf or neo4j (default: from -o's extension)")
    _add_out(p)
    p.add_argument("-o", "--output", metavar="FILE", help="output file (a folder for neo4j; default: DIR/kg.EXT)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("push", help="upload the graph to a SPARQL 1.1 Graph Store endpoint (Fuseki, GraphDB, Oxigraph …)")
    p.add_argument("url", metavar="URL", help="the graph store endpoint, e.g. http://127.0.0.1:7878/store")
    _add_out(p)
    p.add_argument("--graph", metavar="IRI", help="put everything into this one named graph (default: one graph per source text)")
    p.add_argument("--replace", action="store_true", help="replace the graphs (HTTP PUT) instead of adding to them (POST)")
    p.add_argument("--chunk", type=int, default=50_000, metavar="N", help="triples per request (default: 50000)")
    p.set_defaults(func=cmd_push)

    p = sub.add_parser("ner", help="tag PER/LOC/ORG entities in JSON lines {\"text\": ...} read on standard input")
    p.add_argument("--evaluate", metavar="FILE", help="score the recogniser on a gold JSONL file instead (P/R/F1)")
    p.add_argument("--model", metavar="PATH", help="CRF model file (default: the shipped kg/data/ner.crfsuite)")
    p.add_argument("--fast", action="store_true", help="CRF only, without the fine-tuned encoder (about 3x faster, less accurate)")
    p.set_defaults(func=cmd_ner)

    p = sub.add_parser("viz", help="write the interactive relationship map (one self-contained HTML file)")
    _add_out(p)
    p.add_argument("-o", "--output", metavar="FILE", help="HTML file to write (default: DIR/kg.html)")
    p.add_argument("--focus", metavar="NAME", help="only the entities around this one (a name, alias or IRI)")
    p.add_argument("--depth", type=int, default=1, metavar="N", help="steps around --focus (default: 1)")
    p.add_argument("--types", metavar="T1,T2", help="only these types: person,organization,place,event,goal,document")
    p.add_argument("--since", metavar="DATE", help="drop events and dated documents before DATE (YYYY[-MM[-DD]])")
    p.add_argument("--until", metavar="DATE", help="drop events and dated documents after DATE (YYYY[-MM[-DD]])")
    p.add_argument("--max-nodes", type=int, default=2000, metavar="N", help="open on the N most connected entities if there are more (default: 2000)")
    p.set_defaults(func=cmd_viz)

    p = sub.add_parser("validate", help="check a build against the SHACL shapes of ontology/shapes.ttl")
    _add_out(p)
    p.set_defaults(func=cmd_validate)

    return parser


def cmd_build(args: argparse.Namespace) -> int:
    from kg.pipeline import build

    if args.jobs < 1:
        raise UserError("--jobs must be at least 1")
    report = build(Path(args.source_dir), Path(args.out), default_date=args.date, progress=sys.stderr,
                   strict=args.strict, jobs=args.jobs, add=args.add)
    print(report.summary())
    return report.exit_status()


def cmd_evaluate(args: argparse.Namespace) -> int:
    import json

    from kg.evaluate import evaluate

    report = evaluate(Path(args.gold_dir), Path(args.out))
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
        return 0
    print(report.table())
    if args.per_doc:
        for doc, scores in report.per_doc.items():
            cells = "  ".join(f"{m} {s.f1:.2f}" for m, s in scores.items())
            print(f"{doc}: {cells}")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from kg.store import open_store, query_endpoint, run_query, write_results

    bindings = {}
    for item in args.bind:
        var, sep, value = item.partition("=")
        if not sep or not var:
            raise UserError(f"--bind wants VAR=VALUE, got {item!r}")
        bindings[var] = value
    if args.endpoint:
        result = query_endpoint(args.endpoint, args.query, bindings)
    else:
        result = run_query(open_store(Path(args.out)), args.query, bindings)
    write_results(result, sys.stdout, args.format)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.serve import serve

    serve(Path(args.out), host=args.host, port=args.port, timeout=args.timeout,
          max_rows=args.max_rows, workers=args.workers)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kg.export import export

    path = export(Path(args.out), args.format, Path(args.output) if args.output else None)
    print(f"wrote {path}", file=sys.stderr)
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    from kg.push import push

    n = push(Path(args.out), args.url, graph=args.graph, replace=args.replace, chunk=args.chunk, progress=sys.stderr)
    print(f"pushed {n} triples to {args.url}", file=sys.stderr)
    return 0


def cmd_ner(args: argparse.Namespace) -> int:
    """``kg ner``: add "entities" to each JSON line of standard input; ``--evaluate FILE`` scores a gold file."""
    import json

    from kg import ner

    if args.evaluate:
        if not Path(args.evaluate).is_file():
            raise UserError(f"no such file: {args.evaluate}")
        print(ner.format_scores(ner.evaluate(args.evaluate, args.model, fast=args.fast)))
        return 0
    status = 0
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8")
    source = getattr(sys.stdin, "buffer", sys.stdin)
    for lineno, raw in enumerate(source, 1):
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as exc:
            print(f"kg ner: line {lineno}: not valid UTF-8 ({exc.reason} at byte {exc.start})", file=sys.stderr)
            status = 1
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            print(f"kg ner: line {lineno}: not valid JSON: {exc}", file=sys.stderr)
            status = 1
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            print(f'kg ner: line {lineno}: expected a JSON object with a "text" string', file=sys.stderr)
            status = 1
            continue
        obj["entities"] = [[s, e, lab] for s, e, lab in ner.recognize(obj["text"], args.model, fast=args.fast)]
        try:
            text = json.dumps(obj, ensure_ascii=False)
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates (from \ud800 escapes): keep them escaped
            text = json.dumps(obj, ensure_ascii=True)
        out.write(text + "\n")
        out.flush()
    return status


def cmd_viz(args: argparse.Namespace) -> int:
    """``kg viz``: write the relationship map of a build (see kg.viz)."""
    from kg.network import entity_graph_from_build
    from kg.viz import write_map

    out_dir = Path(args.out)
    target = Path(args.output) if args.output else out_dir / "kg.html"
    types = [t.strip() for t in args.types.split(",") if t.strip()] if args.types else None
    graph = entity_graph_from_build(out_dir)
    try:
        info = write_map(graph, target, focus=args.focus, depth=args.depth, types=types,
                         since=args.since, until=args.until, max_nodes=args.max_nodes)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")  # the reason may quote a Chinese name
    print(f"wrote {target} ({info.nodes_shown} of {info.nodes_total} entities shown, {info.edges_shown} links)")
    if info.subset_reason:
        print(info.subset_reason)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    """``kg validate``: "conforms" (exit 0), or one line per violation (exit 1)."""
    from kg.validate import validate

    report = validate(Path(args.out))
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    print(report.summary())
    if not report.conforms:
        print(f"{len(report.violations)} violation(s) of ontology/shapes.ttl", file=sys.stderr)
    return 0 if report.conforms else 1


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UserError as exc:
        print(f"kg {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
