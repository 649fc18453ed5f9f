"""Ingest: read a folder of texts (and its manifest) into :class:`kg.doc.Document` objects.

Newspaper text arrives with lines broken inside words, several unrelated items on one page,
headlines, bylines and datelines. This stage

1. decodes each file (UTF-8 first, then a charset detector for GBK, Big5, UTF-16 …),
2. normalises it (NFKC for full-width letters and digits, one kind of line break, no
   control characters, lines joined where the layout broke a sentence),
3. splits the page into articles and each article into sentences with character offsets.

Offsets are into ``Document.text``, the normalised text, which the graph stores with each
sentence so that a fact can always be traced back to its words.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.dates import PartialDate, infer_year_from_dateline
from kg.doc import Article, Document, Sentence
from kg.surnames import COMPOUND_SURNAMES

TERMINAL = "。！？!?…"
CLOSERS = "”’」』）)"
#: a semicolon before a clause told on another day ends a sentence too (24日，他来到…；25日，他来到…: two stops)
_SENT_END = re.compile(rf"[{TERMINAL}]+[{CLOSERS}]*|\n|[；;](?=(?:\d{{1,2}}日|次日|第二天|翌日)(?:上午|下午|晚上|晚|中午)?[，,])")
_BYLINE = re.compile(r"^[（(]?(?:新华社|本报|人民日报)?(?:记者|通讯员|制图|摄影|编辑)[：: \u3000]*[\u4e00-\u9fff]{2,4}(?:[、，, ][\u4e00-\u9fff]{2,4})*[摄]?[）)]?$|^新华社记者[ \u3000]*[\u4e00-\u9fff]{2,4}摄$|^新华社[\u4e00-\u9fff]{2,6}\d{1,2}月\d{1,2}日电$"
                     # a page's credit line: 责任编辑：谭　晓　　美术编辑：柯　然; （责任编辑　杭　帆）
                     r"|^[（(]?(?:本版)?(?:(?:责任|美术|图片)?编辑|责编|美编|校对|实习生)[：:]?[ \u3000]*[\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff]){1,3}"
                     r"(?:[ \u3000]+(?:(?:责任|美术|图片)?编辑|责编|美编|校对)[：:]?[ \u3000]*[\u4e00-\u9fff](?:[ \u3000]{0,3}[\u4e00-\u9fff]){1,3})*[）)]?$")
_LIST_ITEM = re.compile(r"^(?:[-*•◎✦■●▲◆]|#)")
#: a line that opens a box of the story's points (会议提出—— / 习近平强调——), not a headline
_LEAD_IN = re.compile(r"[\u4e00-\u9fff]——$")
_TURNED = re.compile(r"^[（(]下转第[一二三四五六七八九十\d]+版[）)]$")
_CONTINUED = re.compile(r"^[（(]上接第[一二三四五六七八九十\d]+版[）)]")
_DATELINE_START = re.compile(r"^(?:新华社|本报|人民日报|中新社|[\u4e00-\u9fff]{2,6}日报)[^，。]{0,12}?(?:\d{1,2}月\d{1,2}日)?(?:电|讯)"
                             r"|^本报讯|^\d{4}年\d{1,2}月\d{1,2}日[，,]")  # (本报兰州7月7日讯, 湖南日报11月29日讯)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff\ue000-\ue01f]")  # and our private-use marks
#: a story's first paragraph: a dateline or a date opening it (8月27日下午，…; 11月28日至12月2日，…; 昨天，…)
_LEAD_START = re.compile(_DATELINE_START.pattern + r"|^(?:\d{1,2}月\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?|昨天|前天|今天|近日|日前)"
                         r"(?:上午|下午|晚)?[，,]")


@dataclass(frozen=True)
class Problem:
    """A file or manifest row that could not be used as given: one line for the user."""

    file: str
    reason: str
    fatal: bool = True  # the file was skipped (False: read, with a warning)

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


# ---------------------------------------------------------------- decoding


def decode(data: bytes) -> str:
    """Decode the bytes of a text file, detecting the encoding when it is not UTF-8.

    Raises ``ValueError`` for empty, binary or undecodable content.
    """
    if not data.strip():
        raise ValueError("empty file")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec)
    if b"\x00" in data[:4096]:
        raise ValueError("binary file (NUL bytes), not a text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("cannot detect the text encoding")
    text = str(best)
    if best.encoding.lower() in {"gb2312", "gbk"}:  # GB18030 is the superset: decode with it
        text = data.decode("gb18030", errors="strict")
    return text


# ---------------------------------------------------------------- normalisation


# Chinese punctuation the extractor relies on, which NFKC would make ASCII, and Roman numerals
# (水质Ⅱ类: one symbol, not the letters II)
_KEEP = "，：；（）！？" + "".join(map(chr, range(0x2160, 0x216C)))
_PROTECT = {ord(c): 0xE000 + i for i, c in enumerate(_KEEP)}  # through private-use characters
_RESTORE = {0xE000 + i: ord(c) for i, c in enumerate(_KEEP)}


def normalise(text: str) -> str:
    """Normalise a page: NFKC (full-width digits and letters), one line break, no control characters,
    and lines re-joined where the newspaper layout broke a sentence.

    >>> normalise("上海市委书记陈吉宁，上海市委\\n副书记、市长龚正")
    '上海市委书记陈吉宁，上海市委副书记、市长龚正\\n'
    >>> normalise("本报讯 6 月 5 日至 6 日，会议举行。")
    '本报讯 6月5日至6日，会议举行。\\n'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    # NFKC folds full-width digits/letters/spaces but also turns Chinese punctuation into ASCII;
    # keep the Chinese punctuation the extractor relies on.
    text = unicodedata.normalize("NFKC", text.translate(_PROTECT)).translate(_RESTORE)
    text = text.replace("\t", " ")
    paragraphs = [p for p in re.split(r"\n[ \u3000]*\n+", text)]
    out: list[tuple[str, bool]] = []
    for para in paragraphs:
        raw = [ln for ln in para.split("\n") if ln.strip()]
        lines = [ln.strip() for ln in raw]
        spaced = [ln[:1] in " \u3000" or prev[-1:] in " \u3000" for prev, ln in zip([""] + raw, raw)]
        if not lines:
            continue
        # a block of two to four short lines without a sentence's punctuation is a headline with its
        # kicker, subhead or the names under it, however long they are once joined
        headline = len(lines) <= 4 and all(len(ln) <= 40 for ln in lines) and not re.search("[。！？；，]", para)
        joined = _join_lines(lines, spaced, headline)
        out.append((_SPACED_DATE.sub("", _BYLINE_NAMES.sub(_close_padded_names, joined)), headline))
    # a long paragraph cut mid-sentence by a column break continues in the next paragraph
    merged: list[str] = []
    after_headline = False
    for para, headline in out:
        if merged and not after_headline and _is_cut(merged[-1]) and not _is_heading(para) and not _LIST_ITEM.match(para):
            merged[-1] += para
        else:
            merged.append(para)
        after_headline = headline
    return "\n\n".join(merged) + "\n"


#: the names of a byline, where typesetting pads a two-character name to the width of three (苏　明)
_BYLINE_NAMES = re.compile(r"(?<=记者|讯员|摄影|编辑|责编|美编|校对|习生)[：:]?[ \u3000]*[^）)\n。，]{2,40}")
_PADDED_NAME = re.compile(r"(?<![\u4e00-\u9fff])(%s|[\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])(?![\u4e00-\u9fff])"
                          % "|".join(COMPOUND_SURNAMES))  # 苏  明, 欧阳  曦


#: the spaces some layouts set inside a date (6 月 5 日, 2025 年): closed, so a date reads as one word
_SPACED_DATE = re.compile(r"(?<=\d)[ \u3000]+(?=[年月日])|(?<=[年月至到])[ \u3000]+(?=\d{1,4}[ \u3000]*[年月日])")
_OPEN_BYLINE = re.compile(r"[（(][^（()）]{0,20}(?:记者|通讯员|摄影)[^（()）]*$")


def _close_padded_names(m: re.Match) -> str:
    return _PADDED_NAME.sub(r"\1\2", m.group())


#: a headline's line that is a whole headline of its own (省委常委会召开会议 / 传达学习…), not the first
#: part of a title the column cut (北部湾城市群建设省际联席会议 / 第四次会议在南宁召开)
_WHOLE_HEADLINE = re.compile(r"(?:召开|举行|举办|开幕|闭幕|强调|指出|讲话|主持|出席|调研|考察|会见|会谈|签约|揭牌|开工|通车|发布|印发)$"
                             r"|(?:召开|举行|举办)[^，。]{0,30}(?:会议?|座谈会|推进会|论坛|发布会|联席会议)$")


#: a web page's furniture (发布时间：…　来源：…, 【字体：大 中 小】, 首页 > 政务公开 > …): a line of its own, never
#: part of the headline above it or the lead below it
_WEB_FURNITURE = re.compile(r"^(?:发布时间|发布日期|信息来源|来源|浏览次数|访问量|【字体|字号|首页\s*>|\d{4}-\d{1,2}-\d{1,2}[ \u3000]+\d{1,2}:\d{2})"
                            r"|【(?:打印本页|关闭窗口)】")
#: a paper's or a site's name on a line of its own above a headline (长春日报), never its first words
_MASTHEAD = re.compile(r"[\u4e00-\u9fff]{2,8}(?:日报|晚报|晨报|新闻网|网)")


def _join_lines(lines: list[str], spaced: list[bool] | None = None, headline: bool = False) -> str:
    """Join the lines of one paragraph: no separator where a line ends inside a sentence.
    ``spaced[i]``: whether a space stood at the break before line ``i`` in the layout; ``headline``:
    the paragraph is a block of headlines, whose lines stay apart when each is whole."""
    joined = lines[0]
    for i, line in enumerate(lines[1:], 1):
        prev = joined[-1]
        if _LIST_ITEM.match(line) or _is_byline(line) or _WEB_FURNITURE.search(line) or (i == 1 and _MASTHEAD.fullmatch(joined)) \
                or _WEB_FURNITURE.search(joined.rsplit("\n", 1)[-1]) or prev in TERMINAL or (prev in CLOSERS and joined[-2:-1] in tuple(TERMINAL)) \
                or (headline and (_WHOLE_HEADLINE.search(joined.rsplit("\n", 1)[-1])
                                  or re.search(r"\S[ \u3000]+\S", lines[i - 1]))):  # 共商共建  共享共赢: a kicker
            joined += "\n" + line
        elif _OPEN_BYLINE.search(joined[-40:]) and (spaced is None or spaced[i]):
            joined += " " + line  # （记者 苏明 / 郑雅琴）: the names of a byline stay apart (not 祁 / 晓峰)
        elif prev.isascii() and prev.isalnum() and line[:1].isascii() and line[:1].isalnum() and not (prev.isdigit() and line[0].isdigit()):
            joined += " " + line  # English words stay apart; a number cut by the column (到2\n027年) is rejoined
        else:
            joined += line
    return joined


def _is_cut(para: str) -> bool:
    last = para.rsplit("\n", 1)[-1]
    return len(last) >= 40 and last[-1] not in TERMINAL + CLOSERS + "：:—-" and not _LIST_ITEM.match(last) \
        and not _WEB_FURNITURE.search(last)


def _is_heading(para: str) -> bool:
    """A headline, or a block of up to four (its lines that are whole headlines stay apart)."""
    lines = para.split("\n")
    return bool(para) and len(lines) <= 4 and all(
        line and len(line) <= 40 and line[-1] not in TERMINAL + "，,；;：:" for line in lines)


def _is_byline(line: str) -> bool:
    return bool(_BYLINE.match(line.strip()))


# ---------------------------------------------------------------- articles and sentences


def split_articles(doc_id: str, text: str) -> list[Article]:
    """Split a normalised page into articles: at top-level headings, after closing bylines, at
    '(上接第一版)' continuations, and at a headline followed by a dateline or a dated lead."""
    paras: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        paras.append((m.start(), m.end()))
    starts: list[int] = [0]
    prev_kind = "start"
    turned: int | None = None  # len(starts) at a (下转第二版) with only page furniture after it so far
    for i, (s, e) in enumerate(paras):
        para = text[s:e]
        nxt = text[paras[i + 1][0]:paras[i + 1][1]] if i + 1 < len(paras) else ""
        new = False
        if turned is not None and _CONTINUED.match(para):
            # (下转第二版) / 2024年6月14日 星期五 吉林日报 2 要闻 / (上接第一版)…: the article goes on
            del starts[turned:]
            turned = None
            prev_kind = "body"
            continue
        if _TURNED.match(para.strip()):
            turned = len(starts)
            continue  # the end of the story told, not a headline of the next
        if turned is not None and not _is_heading(para.lstrip("# ")):
            turned = None  # another story follows on this page: the continuation is elsewhere
        if prev_kind in ("body", "byline") and not _is_byline(para):
            if re.match(r"#{1,2} ", para) or _CONTINUED.match(para):
                new = True
            elif prev_kind == "byline":
                new = not _LEAD_START.match(para)  # unless the byline opens the story that follows
            elif _is_heading(para.lstrip("# ")) and not _LEAD_IN.search(para) \
                    and (_DATELINE_START.match(nxt) or _is_heading(nxt.lstrip("# "))):
                new = True  # (not 会议提出—— over a box of its points: the story goes on)
        if new and s not in starts:
            starts.append(s)
        last_line = para.rsplit("\n", 1)[-1]
        if _is_byline(last_line) and prev_kind == "heading" and _is_byline(para):
            pass  # an opening byline under the headline (本报记者 蒲晓岚 吴思远): the story follows
        elif _is_byline(last_line):
            prev_kind = "byline"
        elif _is_heading(para.lstrip("# ")) and not _LEAD_IN.search(para):
            prev_kind = "heading"
        else:
            prev_kind = "body"
    articles: list[Article] = []
    bounds = starts + [len(text)]
    for k in range(len(starts)):
        a_start, a_end = bounds[k], bounds[k + 1]
        body = text[a_start:a_end]
        lines = [ln.strip().lstrip("# ") for ln in body.split("\n") if ln.strip()]
        if len(lines) > 1 and _MASTHEAD.fullmatch(lines[0]):
            lines = lines[1:]  # 长春日报 / 国家发展改革委调研组来长调研…: the headline under the paper's name
        title = _short_title(lines[0]) if lines else ""
        art = Article(index=k, start=a_start, end=a_end, title=title)
        art.sentences = split_sentences(doc_id, text, a_start, a_end, article=k, first_index=sum(len(a.sentences) for a in articles))
        articles.append(art)
    return articles


MAX_TITLE = 60


def _short_title(line: str) -> str:
    """An article's title: its first line, or the start of its first sentence when the page has
    no headline (a text without line breaks would otherwise be its own title, on every sentence)."""
    if len(line) <= MAX_TITLE:
        return line
    first = _SENT_END.split(line, 1)[0]
    return first if len(first) <= MAX_TITLE else first[:MAX_TITLE - 1] + "…"


def split_sentences(doc_id: str, text: str, start: int = 0, end: int | None = None, *, article: int = 0, first_index: int = 0) -> list[Sentence]:
    """Sentences of ``text[start:end]``: cut after 。！？ (with closing quotes), at line breaks, and at a
    semicolon that opens a clause on another day."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        _emit(out, doc_id, text, pos, m.end(), article, first_index)
        pos = m.end()
    _emit(out, doc_id, text, pos, end, article, first_index)
    return out


MAX_SENTENCE = 600  # longer runs without 。！？ (lists, pages without punctuation) are cut at a comma


def _emit(out: list[Sentence], doc_id: str, text: str, s: int, e: int, article: int, first_index: int) -> None:
    while e - s > MAX_SENTENCE:
        cut = max(text.rfind(c, s, s + MAX_SENTENCE) for c in "，；、,; ")
        cut = cut + 1 if cut > s + MAX_SENTENCE // 4 else s + MAX_SENTENCE
        _emit(out, doc_id, text, s, cut, article, first_index)
        s = cut
    while s < e and text[s] in " \n\u3000#-*":
        s += 1
    while e > s and text[e - 1] in " \n\u3000":
        e -= 1
    if e > s:
        out.append(Sentence(doc_id, first_index + len(out), s, e, text[s:e], article))


# ---------------------------------------------------------------- corpus


def read_manifest(path: Path) -> tuple[dict[str, dict[str, str]], list[Problem]]:
    """Rows of ``manifest.tsv`` by file name (columns ``file`` and ``date`` required)."""
    problems: list[Problem] = []
    rows: dict[str, dict[str, str]] = {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t")
            if not reader.fieldnames or "file" not in reader.fieldnames:
                return {}, [Problem(path.name, "manifest has no 'file' column; ignored", fatal=False)]
            for n, row in enumerate(reader, start=2):
                name = (row.get("file") or "").strip()
                if not name:
                    problems.append(Problem(path.name, f"line {n}: no file name; row ignored", fatal=False))
                    continue
                if name in rows:
                    problems.append(Problem(path.name, f"line {n}: duplicate row for {name}; first row kept", fatal=False))
                    continue
                rows[name] = {k: (v or "").strip() for k, v in row.items() if k}
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        problems.append(Problem(path.name, f"cannot read manifest: {exc}", fatal=False))
    return rows, problems


_HAN = re.compile(r"[\u4e00-\u9fff]")


def simplify(text: str) -> str | None:
    """The text in simplified characters if it is written in traditional ones (None otherwise).

    Conversion is OpenCC's t2s, kept only when it keeps every offset (it maps character for
    character); extraction reads the simplified text, provenance keeps the original words.
    """
    sample = text[:20000]
    han = len(_HAN.findall(sample))
    if han == 0:
        return None
    if len(_traditional().findall(sample)) < max(3, han // 50):  # under 2% of the characters: a simplified text
        return None
    t2s = _t2s()
    converted = t2s.convert(text)
    if len(converted) != len(text):
        converted = "".join(t2s.convert(c) if len(t2s.convert(c)) == 1 else c for c in text)
    return converted


@lru_cache(maxsize=1)
def _traditional() -> re.Pattern:
    """The characters OpenCC's t2s changes on their own: telling a simplified text by them is a regular
    expression search, where converting it to see what changes costs about a second per million characters."""
    han = "".join(map(chr, range(0x4E00, 0xA000)))
    return re.compile("[" + "".join(a for a, b in zip(han, _t2s().convert(han)) if a != b) + "]")


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def read_document(path: Path, meta: dict[str, str] | None = None, default_date: PartialDate | None = None) -> tuple[Document, list[Problem]]:
    """Read, decode, normalise and split one text file. Raises ``ValueError`` if it is unusable."""
    problems: list[Problem] = []
    original = normalise(decode(path.read_bytes()))
    if not original.strip():
        raise ValueError("no text after normalisation")
    simplified = simplify(original)
    text = simplified or original
    doc_id = path.stem
    meta = meta or {}
    date: PartialDate | None = None
    basis: str | None = None
    if meta.get("date"):
        try:
            date = PartialDate.parse(meta["date"])
            basis = "manifest" + (f": {meta['date_basis']}" if meta.get("date_basis") else "")
        except ValueError as exc:
            problems.append(Problem(path.name, f"manifest date ignored: {exc}", fatal=False))
    articles = split_articles(doc_id, text)
    if date is None:
        date = infer_year_from_dateline(text)
        if date:
            basis = "dateline"
    if date is None and default_date is not None:
        date, basis = default_date, "--date"
    if date is None:
        problems.append(Problem(path.name, "publication date unknown: relative dates stay unresolved", fatal=False))
    title = meta.get("title") or (articles[0].title if articles else None)
    doc = Document(id=doc_id, text=text, title=title, publisher=meta.get("publisher") or None, date=date,
                   date_basis=basis, source_path=str(path), articles=articles,
                   original=original if simplified else None)
    return doc, problems


def read_text(text: str, doc_id: str = "text", date: str | None = None, title: str | None = None) -> Document:
    """A :class:`Document` from a string (for tests, notebooks and the API), dated ``date`` (ISO)."""
    text = normalise(text)
    pub = PartialDate.parse(date) if date else None
    articles = split_articles(doc_id, text)
    return Document(id=doc_id, text=text, title=title or (articles[0].title if articles else None), date=pub,
                    date_basis="given" if pub else None, articles=articles)


def read_corpus(source_dir: Path, files: list[Path] | None = None, default_date: PartialDate | None = None) -> tuple[list[Document], list[Problem]]:
    """Read every ``*.txt`` of ``source_dir`` (or the ``files`` given), in name order."""
    if not source_dir.is_dir():
        raise FileNotFoundError(f"no such folder: {source_dir}")
    manifest_path = source_dir / "manifest.tsv"
    manifest, problems = read_manifest(manifest_path) if manifest_path.exists() else ({}, [])
    paths = sorted(files) if files is not None else sorted(p for p in source_dir.glob("*.txt") if p.is_file())
    names = {p.name for p in paths}
    for name in manifest:
        if name not in names and (source_dir / name).exists() is False:
            problems.append(Problem(name, "listed in manifest.tsv but the file is missing", fatal=False))
    docs: list[Document] = []
    seen: set[str] = set()
    for path in paths:
        if path.stem in seen:
            problems.append(Problem(path.name, "duplicate document name; skipped"))
            continue
        try:
            doc, doc_problems = read_document(path, manifest.get(path.name), default_date)
        except (ValueError, UnicodeDecodeError, OSError) as exc:
            problems.append(Problem(path.name, str(exc)))
            continue
        seen.add(path.stem)
        docs.append(doc)
        problems.extend(doc_problems)
    return docs, problems
