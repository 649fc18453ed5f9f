"""Train the shipped NER model: ``python -m kg.ner_train --train TRAIN.jsonl --model kg/data/ner.crfsuite``.

Training is deterministic (L-BFGS with fixed parameters, :data:`kg.ner.DEFAULT_PARAMS`),
so the same data and package versions reproduce the shipped model exactly.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg import ner


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.ner_train", description=__doc__.splitlines()[0])
    ap.add_argument("--train", required=True, metavar="JSONL", help="training data: {text, entities} per line")
    ap.add_argument("--model", default=str(ner.DEFAULT_MODEL), metavar="PATH", help="where to write the model")
    ap.add_argument("--dev", metavar="JSONL", help="also score the new model on this gold file")
    ap.add_argument("--c1", type=float, default=ner.DEFAULT_PARAMS["c1"], help="L1 penalty")
    ap.add_argument("--c2", type=float, default=ner.DEFAULT_PARAMS["c2"], help="L2 penalty")
    ap.add_argument("--max-iterations", type=int, default=ner.DEFAULT_PARAMS["max_iterations"])
    args = ap.parse_args(argv)

    t0 = time.time()
    print(f"training on {args.train} ...", flush=True)
    path = ner.train(
        args.train,
        args.model,
        progress=True,
        c1=args.c1,
        c2=args.c2,
        max_iterations=args.max_iterations,
    )
    print(f"wrote {path} ({Path(path).stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f} s", flush=True)
    if args.dev:
        print(ner.format_scores(ner.evaluate(args.dev, path)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
