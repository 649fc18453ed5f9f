"""Words of a sentence from the dictionary (jieba's segmentation with part-of-speech tags), which
the name, place and organisation rules use to tell a name's edge from the middle of a word."""
from __future__ import annotations

from functools import lru_cache

Token = tuple[int, int, str, str]  # start, end, word, part-of-speech tag


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[Token, ...]:
    """The words of ``text`` with their offsets and tags (cached: each rule asks again)."""
    import jieba.posseg

    out, pos = [], 0
    for w in jieba.posseg.cut(text, HMM=False):
        out.append((pos, pos + len(w.word), w.word, w.flag))
        pos += len(w.word)
    return tuple(out)


def aligned(text: str, start: int, end: int) -> tuple[bool, Token | None]:
    """Whether no dictionary word crosses the span's edges; and the span's last word."""
    last = None
    for s, e, word, flag in tokens(text):
        if (s < start < e or s < end < e) and len(word) > 1:
            return False, None
        if e == end:
            last = (s, e, word, flag)
    return True, last
