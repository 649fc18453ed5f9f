"""Dates as Chinese news writes them, resolved against a publication date at their true precision.

(The data type lives here; the finder and resolver are added below it.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to year, month or day precision.

    >>> PartialDate(2023, 11).iso()
    '2023-11'
    >>> PartialDate.parse('2023-11-30').precision
    'day'
    """

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def shifted(self, days: int) -> "PartialDate":
        """The day ``days`` from this one (a date of day precision; others are returned as they are).

        >>> PartialDate(2025, 3, 1).shifted(-1).iso()
        '2025-02-28'
        """
        if not self.day or not days:
            return self
        import datetime

        d = datetime.date(self.year, self.month, self.day) + datetime.timedelta(days=days)
        return PartialDate(d.year, d.month, d.day)

    @classmethod
    def parse(cls, value: str) -> "PartialDate":
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ``ValueError`` otherwise."""
        m = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", value or "")
        if not m:
            raise ValueError(f"not a date (want YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
        year, month, day = (int(g) if g else None for g in m.groups())
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"month out of range: {value!r}")
        if day is not None:
            import datetime

            datetime.date(year, month, day)  # raises ValueError on 2023-02-30
        return cls(year, month, day)

    def __str__(self) -> str:
        return self.iso()


# ---------------------------------------------------------------------------
# Finding and resolving date expressions
# ---------------------------------------------------------------------------
#
# Resolution rules (``base`` is the publication date; see also the README):
#
# * Explicit years (2023年, 二〇二三年, ２０２３年, 2023-11-30) are taken as written,
#   at the precision written: 2020年8月 -> 2020-08, 2024年 -> 2024.
# * Month-day without a year (11月30日) takes base's year, unless that lands more
#   than one calendar month after base's month: then the previous year
#   (base 2024-01-05: 12月30日 -> 2023-12-30; base 2023-12-01: 11月30日 -> 2023-11-30).
# * Day-only (30日): inside the day range of the latest preceding span
#   (11月28日至12月2日 ... 29日) it falls in that span; otherwise, if base has day
#   precision, a day <= base's day is in base's month and a later day is in the
#   month before (base 2023-12-01: 30日 -> 2023-11-30); if base has month precision
#   it is in base's month; with a year-only or no base it is unresolved (date None).
# * 今年/本年, 去年/上年, 前年, 明年, 后年 shift base's year; 上个月/本月/当月/下个月
#   shift base's month; 今天/昨天/前天/明天 (今日/昨日...) and 上周二/下星期一 shift base's day - each
#   only when base is precise enough, else date None. 同年/当年 (次年/翌年) refer
#   to the year of the latest resolved date before them in the text.
# * Periods (kind "period"): 上半年 Jan-Jun, 下半年 Jul-Dec, 前三季度 Jan-Sep,
#   第一季度 Jan-Mar, 前10个月 Jan-Oct, "十四五" 2021-2025 (k-th five-year plan
#   starts 1966+5(k-3)); a period without a year uses base's year.
# * Parts: 年底/年末/底 -> month 12, 年初/初 -> month 1, 年中 -> the year only;
#   7月底/上旬 -> the month; 上午/晚 etc. are kept in ``qualifier``.
# * Spans (kind "span"): the end inherits what it leaves out from the start
#   (6月5日至6日, 2024—2026年, 1—11月), rolling over to the next month/year when
#   it would otherwise precede the start; "2013年至今" ends at base.
# * Deadlines: 到/至/截至/截止/直到 before, or 前/以前/之前 after, set deadline=True
#   (the prefix word is not part of the mention text, the suffix is).
# * Durations (5年来, 一年多, 近5年, 3个月, 3周年, 近年来) are kind "duration" with
#   date None; "N年前"/"N天前" are dates counted back from base.
# * Vague words 近日/日前/近期/前不久 are kind "date" with date None.
# * Invalid dates (2月30日) and out-of-range years (outside 1000-2199) are skipped.

import datetime as _dt
from collections.abc import Iterator as _Iterator

_D = "0-9０-９"
_CND = "一二三四五六七八九"
_CNALL = "〇○零一二三四五六七八九十百千万亿两几"
_CNYEAR = "〇○零OＯ一二三四五六七八九"
_WS = r"[ \t\u3000\xa0]{0,4}+(?:\r?\n[ \t\u3000\xa0]{0,4}+)?"  # spaces, at most one line break
_LB = rf"(?<![{_D}.．A-Za-zＡ-Ｚａ-ｚ第{_CNALL}多])"
_NUM2 = rf"(?:[{_D}]{{1,2}}|[一二三]?十[{_CND}]?|[{_CND}])"
_YEARNUM = rf"(?:[{_D}]{{4}}|[{_CNYEAR}]{{4}})"
_NOT_YEAR_WORD = r"(?![级龄轻纪代])"
_DAYSUF = r"(?:日(?![元])|号(?![线楼院文令馆站门机库坑位码]))"
_POD = r"(?:上午|下午|晚上|晚间|早上|早晨|凌晨|中午|傍晚|夜间|夜里|清晨|深夜|午后|白天|晚(?![会报宴餐辈期年清霞]))"
_MSUB = r"(?:上旬|中旬|下旬|初(?![步次级中稿审选赛心衷创始])|底|末(?!期))"
_QUARTER = r"(?:前[1-3一二三]个?季度|第?[1-4一二三四]季度)"
_YSUB_ABS = rf"(?:上半年|下半年|{_QUARTER}|前{_NUM2}个?月(?!份)|年初|年底|年末|初(?![步次级中稿审选赛心衷创始])|底|末(?!期))"
_YSUB_REL = rf"(?:{_YSUB_ABS}|年中)"
_RELYEAR = (
    r"(?:今年|(?<![过除减失])去年|明年|(?<![提之以此目当空])前年|(?<![此今以之然往最])后年|本年|上年"
    r"|(?<![相应充担])当年|(?<![不相共])同年|(?<![多几一两三每首层])次年|翌年)"
)
_RELMONTH = r"(?:上个月|上月|本月|(?<![相应充担])当月|这个月|下个月|下月|(?<![不相共])同月|次月)"
_RELDAY = r"(?:今天|(?<![如至迄当现])今日(?![益渐])|昨天|昨日|前天|明天|明日|后天|[上本这下]个?(?:周|星期)[一二三四五六日天])"
_DL = r"(?:以前|之前|前)(?![0-9０-９一二三四五六七八九十两几后夕年天])"
_COUNT = rf"(?:[{_D}]+(?:[.．][{_D}]+)?|[〇零一二三四五六七八九十百千万两几半]+)"


def _tail(i: int) -> str:
    """Month, day, part of day / part of month after a (possibly absent) year."""
    return (
        rf"(?P<m{i}>{_NUM2}){_WS}月份?"
        rf"(?:{_WS}(?P<d{i}>{_NUM2}){_WS}{_DAYSUF}(?:{_WS}(?P<pod{i}>{_POD}))?"
        rf"|{_WS}(?P<ms{i}>{_MSUB}))?"
    )


_MASTER = re.compile(
    "|".join(
        [
            # "十四五" (k-th five-year plan)
            rf"(?P<fyp>[“\"「『‘']?(?<![{_CNALL}])十(?P<fypk>[{_CND}])五(?![{_CNALL}个年])[”\"」』’']?"
            rf"(?:{_WS}(?P<fyppart>时期|期间|规划期|末期|末|初期|初|中期))?)",
            # a holiday of a fixed day, told as that day (国庆节当天, 元旦当日)
            r"(?P<hol>元旦|五一劳动节|劳动节|国庆节|七一建党节|八一建军节)(?:当天|当日|这天)",
            # 2023-11-30, 2023.11.30, 2023/11/30
            rf"(?<![{_D}.\-/])(?P<iy>(?:1[0-9]|2[01])[0-9]{{2}})(?P<isep>[-./])(?P<im>[0-9]{{1,2}})"
            rf"(?P=isep)(?P<id>[0-9]{{1,2}})(?![{_D}.\-/])",
            # year (absolute or relative) + optional month/day or year part
            rf"(?:{_LB}(?P<ya>{_YEARNUM}){_WS}年{_NOT_YEAR_WORD}(?:{_WS}(?P<ysa>{_YSUB_ABS})|{_WS}{_tail(1)})?"
            rf"|(?P<ry>{_RELYEAR}){_NOT_YEAR_WORD}(?:{_WS}(?P<ysr>{_YSUB_REL})|{_WS}{_tail(2)})?)"
            rf"(?:{_WS}(?P<dl1>{_DL}))?",
            # month (+ day) without a year
            rf"{_LB}{_tail(3)}(?:{_WS}(?P<dl2>{_DL}))?",
            # relative month (+ day)
            rf"(?P<rm>{_RELMONTH})(?:{_WS}(?P<d4>{_NUM2}){_WS}{_DAYSUF}(?:{_WS}(?P<pod4>{_POD}))?"
            rf"|{_WS}?(?P<ms4>{_MSUB}))?(?:{_WS}(?P<dl3>{_DL}))?",
            # day only (Arabic digits only: 一日 is too often "one day")
            rf"(?<![{_D}.．A-Za-zＡ-Ｚａ-ｚ第{_CNALL}多月])(?P<d5>[{_D}]{{1,2}}){_WS}日(?![元内])"
            rf"(?:{_WS}(?P<pod5>{_POD}))?(?:{_WS}(?P<dl4>{_DL}))?",
            # today, yesterday ...; 昨（12）日 as papers write it, the day in brackets
            rf"(?P<rd>{_RELDAY})(?:{_WS}(?P<pod6>{_POD}))?",
            rf"(?P<rdb>[昨今明前])[（(](?P<d6>[{_D}]{{1,2}})[）)]{_WS}日(?:{_WS}(?P<pod7>{_POD}))?",
            # year parts without a year
            rf"(?<![{_D}{_CNALL}今去明本上当同次翌前后多第])(?P<per>上半年|下半年|{_QUARTER}|前{_NUM2}个?月(?!份)|年初|年底|年末)"
            rf"(?:{_WS}(?P<dl5>{_DL}))?",
            # vague
            r"(?P<vague>(?<![接靠邻逼贴临附将])近日(?![本元])|(?<![节生假作念止末期定])日前|前不久|不久前|近期)",
            # durations; N年前 / N天前
            rf"(?P<dur>(?:近|过去的?|最近|这|未来|今后|连续)?{_WS}{_LB}(?P<dn>{_COUNT}){_WS}(?P<dmore>多)?"
            rf"(?P<du>个多?月|个半月|年半?|天|周年){_NOT_YEAR_WORD}"
            rf"(?:(?P<ago>前)(?![后夕])|多来|多以来|多|以来|来|间|之间|里|之久|以内|之内|内)?)",
            r"(?P<dv>多年来|多年以来|多年|近年来|近年|近些年来?|这些年来?|近几年来?)",
        ]
    )
)
_TRIGGER = re.compile(rf"[{_D}{_CNALL}{_CNYEAR}“\"「『‘'今去明前后本上下当同次翌这昨近过最未连不日年多第元劳国]")
_CONNECTOR = re.compile(rf"{_WS}(?:至|到|—{{1,2}}|–|－|-|~|～|〜){_WS}")
_UNTIL_NOW = re.compile(rf"{_WS}(?:至今|迄今)(?![天日年])")
_BARE = re.compile(rf"{_LB}(?P<n>[{_D}]{{1,4}}|{_NUM2}){_WS}(?:至|到|—{{1,2}}|–|－|-|~|～|〜){_WS}$")
_DEADLINE_PREFIX = re.compile(rf"(?:到|至|截至|截止到|截止|直至|直到|迄至){_WS}$")

_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "O": 0, "Ｏ": 0, "两": 2}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}


def cn_to_int(s: str) -> int | None:
    """Read an Arabic (ASCII or full-width) or Chinese numeral; None if it is not one.

    >>> cn_to_int('２０２３'), cn_to_int('二〇二三'), cn_to_int('三十'), cn_to_int('十一')
    (2023, 2023, 30, 11)
    >>> cn_to_int('一百零五'), cn_to_int('两千'), cn_to_int('几') is None
    (105, 2000, True)
    """
    s = s.strip()
    if not s:
        return None
    if all(c in "0123456789０１２３４５６７８９" for c in s):
        return int(s)
    if len(s) > 1 and all(c in _CN_DIGITS for c in s):  # digit by digit: 二〇二三
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    total, section, digit = 0, 0, None
    for c in s:
        if c in _CN_DIGITS:
            if digit not in (None, 0):
                return None
            digit = _CN_DIGITS[c]
        elif c in _CN_UNITS:
            unit = _CN_UNITS[c]
            if unit == 10000:
                total += (section + (digit or 0)) * unit
                section, digit = 0, None
            else:
                section += (1 if digit is None else digit) * unit
                digit = None
        else:
            return None
    return total + section + (digit or 0)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, resolved against a publication date.

    ``kind`` is ``"date"`` (one date, maybe unresolved), ``"span"`` (from ``date`` to
    ``end_date``, both written), ``"period"`` (a named interval: 上半年, 前三季度,
    "十四五") or ``"duration"`` (5年来: never a date). ``qualifier`` keeps the part of
    day or of period (``"上午"``, ``"底"``, ``"上旬"``, ``"年中"``, ``"末"``);
    ``relative`` is True when resolution used the base date or an earlier mention;
    ``deadline`` is True for 到2025年 / 2025年前 / 截至…

    >>> m = find_dates('到2025年，', PartialDate(2023, 12, 1))[0]
    >>> (m.text, m.kind, str(m.date), m.deadline)
    ('2025年', 'date', '2025', True)
    """

    start: int
    end: int
    text: str
    kind: str
    date: PartialDate | None
    end_date: PartialDate | None = None
    qualifier: str | None = None
    relative: bool = False
    deadline: bool = False


class _Atom:
    __slots__ = ("start", "end", "g", "kind")

    def __init__(self, start: int, end: int, g: dict, kind: str) -> None:
        self.start, self.end, self.g, self.kind = start, end, g, kind


def _valid(y: int | None, m: int | None = None, d: int | None = None) -> PartialDate | None:
    if y is None or not 1000 <= y <= 2199:
        return None
    if m is not None and not 1 <= m <= 12:
        return None
    if d is not None:
        if m is None:
            return None
        try:
            _dt.date(y, m, d)
        except ValueError:
            return None
    return PartialDate(y, m, d)


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _atoms(text: str) -> _Iterator[_Atom]:
    pos, n = 0, len(text)
    trigger, master = _TRIGGER.search, _MASTER.match
    while pos < n:
        t = trigger(text, pos)
        if t is None:
            return
        p = t.start()
        mt = master(text, p)
        if mt is None or mt.end() == p:
            pos = p + 1
            continue
        g = {k: v for k, v in mt.groupdict().items() if v is not None}
        if "fyp" in g:
            kind = "fyp"
        elif "iy" in g:
            kind = "iso"
        elif "per" in g:
            kind = "per"
        elif "vague" in g:
            kind = "vague"
        elif "dur" in g or "dv" in g:
            kind = "dur"
        else:
            kind = "date"
        yield _Atom(p, mt.end(), g, kind)
        pos = mt.end()


def _get(g: dict, *names: str) -> str | None:
    for name in names:
        v = g.get(name)
        if v is not None:
            return v
    return None


def _fields(a: _Atom) -> dict:
    """Normalise an atom's groups: y, ry, ysub, m, d, rm, rd, ms, pod, dl (strings or ints)."""
    g = a.g
    f: dict = {}
    if a.kind == "iso":
        f.update(y=int(g["iy"]), m=int(g["im"]), d=int(g["id"]))
        return f
    if "ya" in g:
        f["y"] = cn_to_int(g["ya"])
    f["ry"] = g.get("ry")
    f["ysub"] = _get(g, "ysa", "ysr", "per")
    m = _get(g, "m1", "m2", "m3")
    d = _get(g, "d1", "d2", "d3", "d4", "d5", "d6")
    f["m"] = cn_to_int(m) if m else None
    f["d"] = cn_to_int(d) if d else None
    if "hol" in g:
        f["m"], f["d"] = _HOLIDAYS[g["hol"]]
    f["rm"] = g.get("rm")
    f["rd"] = g.get("rd") or (g["rdb"] + "天" if "rdb" in g else None)
    f["ms"] = _get(g, "ms1", "ms2", "ms3", "ms4")
    f["pod"] = _get(g, "pod1", "pod2", "pod3", "pod4", "pod5", "pod6", "pod7")
    f["dl"] = _get(g, "dl1", "dl2", "dl3", "dl4", "dl5")
    return f


_HOLIDAYS = {"元旦": (1, 1), "五一劳动节": (5, 1), "劳动节": (5, 1), "国庆节": (10, 1), "七一建党节": (7, 1), "八一建军节": (8, 1)}
_REL_YEAR_SHIFT = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1, "后年": 2}
_ANAPHORIC_YEAR_SHIFT = {"同年": 0, "当年": 0, "次年": 1, "翌年": 1}
_REL_MONTH_SHIFT = {"上个月": -1, "上月": -1, "本月": 0, "当月": 0, "这个月": 0, "下个月": 1, "下月": 1}
_REL_DAY_SHIFT = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "明日": 1, "后天": 2}
_QUARTER_RE = re.compile(r"(前)?第?([1-4一二三四])个?季度")
_FIRST_MONTHS_RE = re.compile(r"前(.+?)个?月")


class _Ctx:
    __slots__ = ("base", "year", "month", "span", "ahead")

    def __init__(self, base: PartialDate | None) -> None:
        self.base = base
        self.ahead = False  # the date being read is told as to come (将于10月18日)
        self.year: int | None = None  # year of the latest resolved date (for 同年)
        self.month: tuple[int, int] | None = None  # (year, month) of the latest (for 同月)
        self.span: tuple[PartialDate, PartialDate] | None = None  # latest day-precision span

    def note(self, d: PartialDate | None) -> None:
        if d is not None:
            self.year = d.year
            self.month = (d.year, d.month) if d.month else None


def _year_of(f: dict, ctx: _Ctx) -> tuple[int | None, bool, bool]:
    """(year, given, relative): the atom's year if it states one."""
    if f.get("y") is not None:
        return f["y"], True, False
    ry = f.get("ry")
    if ry is None:
        return None, False, False
    base = ctx.base
    if ry in _REL_YEAR_SHIFT:
        return (base.year + _REL_YEAR_SHIFT[ry] if base else None), True, True
    return (ctx.year + _ANAPHORIC_YEAR_SHIFT[ry] if ctx.year is not None else None), True, True


def _year_part(y: int, ysub: str) -> tuple[str, PartialDate | None, PartialDate | None]:
    """(kind, date, end_date) for 上半年, 前三季度, 年底, ... of year y."""
    if ysub == "上半年":
        return "period", _valid(y, 1), _valid(y, 6)
    if ysub == "下半年":
        return "period", _valid(y, 7), _valid(y, 12)
    q = _QUARTER_RE.fullmatch(ysub)
    if q:
        k = cn_to_int(q.group(2)) or 0
        if q.group(1):
            return "period", _valid(y, 1), _valid(y, 3 * k)
        return "period", _valid(y, 3 * k - 2), _valid(y, 3 * k)
    fm = _FIRST_MONTHS_RE.fullmatch(ysub)
    if fm:
        k = cn_to_int(fm.group(1))
        if k is None or not 1 <= k <= 12:
            return "period", None, None
        return "period", _valid(y, 1), _valid(y, k)
    if ysub in ("年底", "年末", "底", "末"):
        return "date", _valid(y, 12), None
    if ysub in ("年初", "初"):
        return "date", _valid(y, 1), None
    return "date", _valid(y), None  # 年中


def _resolve_md(m: int, d: int | None, ctx: _Ctx) -> PartialDate | None:
    """Month(-day) without a year: base's year, or the year before if > 1 month ahead (unless told as
    to come: 博览会将于10月18日至22日举办)."""
    base = ctx.base
    if base is None:
        return None
    y = base.year
    if base.month is not None and m - base.month > 1 and not ctx.ahead:
        y -= 1
    return _valid(y, m, d)


def _resolve_day(d: int, ctx: _Ctx) -> PartialDate | None:
    if ctx.span is not None:
        s, e = ctx.span
        y, m = s.year, s.month
        while (y, m) <= (e.year, e.month):
            c = _valid(y, m, d)
            if c is not None and s <= c <= e:
                return c
            y, m = _add_months(y, m, 1)
        c = _valid(e.year, e.month, d)
        if c is not None and e < c <= e.shifted(7) and (ctx.base is None or c <= ctx.base):
            return c  # 2019年9月16日至17日…考察。18日，他在郑州主持召开座谈会: the day after the span, not this month's
    base = ctx.base
    if base is None or base.month is None:
        return None
    if base.day is None or d <= base.day or ctx.ahead:
        return _valid(base.year, base.month, d)  # (将于29日召开 in a report of the 28th: the next day)
    y, m = _add_months(base.year, base.month, -1)
    return _valid(y, m, d)


def _resolve_atom(a: _Atom, f: dict, ctx: _Ctx) -> tuple[str, PartialDate | None, PartialDate | None, bool] | None:
    """(kind, date, end_date, relative) of a date/period atom; None to drop it (invalid)."""
    base = ctx.base
    y, given, rel = _year_of(f, ctx)
    if f.get("y") is not None and _valid(f["y"]) is None:
        return None
    ysub, m, d = f.get("ysub"), f.get("m"), f.get("d")
    if a.kind == "per":  # 上半年 / 前三季度 / 年底 without a year
        y, given, rel = (base.year if base else None), True, True
    if ysub:
        if y is None:
            kind, _, _ = _year_part(2000, ysub)
            return kind, None, None, rel
        kind, s, e = _year_part(y, ysub)
        if kind == "period" and (s is None or e is None):
            return None
        return kind, s, e, rel
    if given:
        if m is None:
            return "date", (_valid(y) if y is not None else None), None, rel
        if not 1 <= m <= 12 or (d is not None and _valid(2000, m, d) is None):
            return None
        if y is None:
            return "date", None, None, rel
        r = _valid(y, m, d)
        return (None if r is None else ("date", r, None, rel))
    if m is not None:
        if not 1 <= m <= 12 or (d is not None and _valid(2000, m, d) is None):
            return None
        return "date", _resolve_md(m, d, ctx), None, True
    rm = f.get("rm")
    if rm is not None:
        if d is not None and not 1 <= d <= 31:
            return None
        if rm in ("同月", "次月"):
            if ctx.month is None:
                return "date", None, None, True
            yy, mm = _add_months(*ctx.month, 1 if rm == "次月" else 0)
        elif base is None or base.month is None:
            return "date", None, None, True
        else:
            yy, mm = _add_months(base.year, base.month, _REL_MONTH_SHIFT[rm])
        r = _valid(yy, mm, d)
        return "date", r, None, True
    rd = f.get("rd")
    if rd is not None:
        if base is None or base.day is None:
            return "date", (None if d is None else _resolve_day(d, ctx)), None, True
        try:
            x = _dt.date(base.year, base.month, base.day)
            if rd in _REL_DAY_SHIFT:
                x += _dt.timedelta(days=_REL_DAY_SHIFT[rd])
            else:  # 上周二: that weekday of the week before the base day's (weeks start on Monday)
                week = {"上": -1, "本": 0, "这": 0, "下": 1}[rd[0]]
                x += _dt.timedelta(days=7 * week + "一二三四五六日".index(rd[-1].replace("天", "日")) - x.weekday())
        except (ValueError, OverflowError):
            return "date", None, None, True
        if d is not None and d != x.day:  # 昨（12）日 in a paper of the 14th: the day written wins
            return "date", _resolve_day(d, ctx), None, True
        return "date", _valid(x.year, x.month, x.day), None, True
    if d is not None:
        if not 1 <= d <= 31:
            return None
        return "date", _resolve_day(d, ctx), None, True
    return None


def _inherit(start: PartialDate, f: dict) -> PartialDate | None:
    """The end of a span whose written part is f, filling what it omits from start."""
    m, d = f.get("m"), f.get("d")
    if f.get("y") is not None or f.get("ry"):
        return None  # stated its own year: resolved on its own
    if m is not None:
        y = start.year
        if start.month is not None and m < start.month:
            y += 1
        return _valid(y, m, d)
    if d is not None and start.month is not None:
        y, mm = start.year, start.month
        if start.day is not None and d < start.day:
            y, mm = _add_months(y, mm, 1)
        return _valid(y, mm, d)
    return None


def _spannable(f: dict) -> bool:
    """Whether an atom may open or close a span (X至Y): a relative month only with its day (本月14日至15日)."""
    return not (f.get("ysub") or f.get("rd") or (f.get("rm") and f.get("d") is None) or f.get("ms"))


def _level(f: dict) -> str | None:
    """Highest unit written with a number in f (for a bare number before it: 2024—2026年)."""
    if f.get("ry") or f.get("rm") or f.get("rd") or f.get("ysub"):
        return None
    if f.get("y") is not None:
        return "y"
    if f.get("m") is not None:
        return "m"
    if f.get("d") is not None:
        return "d"
    return None


def _lowest(f: dict) -> str | None:
    if f.get("ysub") or f.get("rd") or f.get("rm") or f.get("ms") or f.get("dl") or f.get("pod"):
        return None
    if f.get("d") is not None:
        return "d"
    if f.get("m") is not None:
        return "m"
    if f.get("y") is not None or f.get("ry"):
        return "y"
    return None


def _duration(a: _Atom, text: str, ctx: _Ctx) -> DateMention:
    g = a.g
    if g.get("ago") and g.get("dn"):
        n = cn_to_int(g["dn"])
        base = ctx.base
        date = None
        if n is not None and base is not None:
            if g["du"].startswith("年") and not g.get("dmore"):
                date = _valid(base.year - n) if n < 1000 else None
            elif g["du"] == "天" and base.day is not None and n < 100000:
                x = _dt.date(base.year, base.month, base.day) - _dt.timedelta(days=n)
                date = _valid(x.year, x.month, x.day)
        return DateMention(a.start, a.end, text[a.start : a.end], "date", date, relative=True)
    return DateMention(a.start, a.end, text[a.start : a.end], "duration", None)


#: what tells a date to come right before it (将于, 拟于, 计划于, 定于) or after it (6月底前: a deadline)
_AHEAD = re.compile(r"(?:将|拟|计划|定|预计)于?$")
_BY_THEN = re.compile(r"(?:底|末|中旬|下旬|上旬)?(?:前|以前|之前)")
#: a date told as to come by the verb right after it (一行24日将赴南沙)
_WILL = re.compile(r"(?:将|即将|拟)(?!来)")


def find_dates(text: str, base: PartialDate | None) -> list[DateMention]:
    """All date expressions in ``text``, left to right, non-overlapping, resolved against
    ``base`` (the publication date; may be None: relative expressions then get
    ``date=None``, absolute ones are still resolved). Never raises; invalid dates
    such as 2月30日 are skipped; ``text[m.start:m.end] == m.text`` always.

    >>> [(m.text, str(m.date)) for m in find_dates('习近平30日上午在上海', PartialDate(2023, 12, 1))]
    [('30日上午', '2023-11-30')]
    >>> m = find_dates('6 月 5 日至 6 日，', PartialDate(2024, 6, 7))[0]
    >>> m.kind, str(m.date), str(m.end_date)
    ('span', '2024-06-05', '2024-06-06')
    >>> [(m.kind, str(m.date), str(m.end_date)) for m in find_dates('今年前三季度', PartialDate(2023, 12, 1))]
    [('period', '2023-01', '2023-09')]
    >>> [(m.text, m.kind, m.date) for m in find_dates('实施5年来', PartialDate(2023, 12, 1))]
    [('5年来', 'duration', None)]
    """
    if not isinstance(text, str) or not text:
        return []
    if base is not None and not isinstance(base, PartialDate):
        base = None
    ctx = _Ctx(base)
    atoms = list(_atoms(text))
    out: list[DateMention] = []
    i = 0
    while i < len(atoms):
        try:
            i, mention = _process(text, atoms, i, ctx, out)
        except (ValueError, OverflowError, TypeError, KeyError, IndexError):
            i, mention = i + 1, None
        if mention is not None:
            if mention.kind != "duration" and not mention.deadline:  # (同月 after 到2030年 of a target: the month told before)
                ctx.note(mention.date)
                if mention.kind == "span" and mention.date and mention.end_date \
                        and mention.date.day and mention.end_date.day:
                    ctx.span = (mention.date, mention.end_date)
            out.append(mention)
    return out


def _process(text: str, atoms: list[_Atom], i: int, ctx: _Ctx, out: list[DateMention]) -> tuple[int, DateMention | None]:
    a = atoms[i]
    ctx.ahead = _AHEAD.search(text, max(0, a.start - 4), a.start) is not None or _BY_THEN.match(text, a.end) is not None \
        or text.endswith("前", a.start, a.end) or _WILL.match(text, a.end) is not None
    if a.kind == "dur":
        return i + 1, _duration(a, text, ctx)
    if a.kind == "vague":
        return i + 1, DateMention(a.start, a.end, text[a.start : a.end], "date", None, relative=True)
    if a.kind == "fyp":
        k = 10 + "一二三四五六七八九".index(a.g["fypk"]) + 1
        y0 = 1966 + 5 * (k - 3)
        return i + 1, DateMention(a.start, a.end, text[a.start : a.end], "period", PartialDate(y0),
                                  PartialDate(y0 + 4), qualifier=a.g.get("fyppart"))
    if a.g.get("m3") == "一" and "d3" not in a.g and not a.g.get("dl2") and text[a.end - 1] != "份":
        return i + 1, None  # bare 一月 is as often "one month" (一月一次) as January
    f = _fields(a)
    prev_end = out[-1].end if out else 0
    start_pos = a.start
    # a bare number before this atom: 2024—2026年, 1—11月, 6月5—6日
    start_fields: dict | None = None
    lvl = _level(f)
    if lvl is not None and a.start > prev_end:
        bm = _BARE.search(text, max(prev_end, a.start - 16), a.start)
        if bm is not None:
            n = cn_to_int(bm.group("n"))
            if n is not None and (lvl != "y" or 1000 <= n <= 2199):
                sf: dict = {"y": None, "ry": None, "m": None, "d": None}
                key = {"y": "y", "m": "m", "d": "d"}[lvl]
                sf[key] = n
                start_pos = bm.start()
                # an adjacent atom one level up supplies the rest: 今年1—11月, 6月5—6日
                if out and out[-1].end == bm.start() and i > 0 and atoms[i - 1].end == bm.start():
                    pf = _fields(atoms[i - 1])
                    low = _lowest(pf)
                    if (low, lvl) in (("y", "m"), ("m", "d")):
                        prev = out.pop()
                        start_pos = prev.start
                        for k2 in ("y", "ry", "m") if lvl == "d" else ("y", "ry"):
                            if pf.get(k2) is not None:
                                sf[k2] = pf[k2]
                start_fields = sf
    if start_fields is not None:
        r = _resolve_atom(a, start_fields, ctx)
        if r is not None and r[1] is not None:
            s = r[1]
            e = _inherit(s, f) if lvl != "y" else _valid(f["y"])
            if e is not None and s <= e:
                return i + 1, DateMention(start_pos, a.end, text[start_pos : a.end], "span", s, e,
                                          qualifier=f.get("pod"), relative=r[3])
    r = _resolve_atom(a, f, ctx)
    if r is None:
        return i + 1, None
    kind, date, end_date, rel = r
    qualifier = f.get("pod") or f.get("ms") or _part_qualifier(f.get("ysub"))
    deadline = bool(f.get("dl"))
    end = a.end
    # explicit span: X 至 Y
    if kind == "date" and date is not None and _spannable(f) and not deadline and i + 1 < len(atoms):
        b = atoms[i + 1]
        cm = _CONNECTOR.fullmatch(text, a.end, b.start)
        if cm is not None and b.kind in ("date", "iso"):
            fb = _fields(b)
            if _spannable(fb) or fb.get("pod"):
                e = _inherit(date, fb)
                if e is None:
                    rb = _resolve_atom(b, fb, ctx)
                    e = rb[1] if rb is not None and rb[0] == "date" else None
                if e is not None and date <= e:
                    return i + 2, DateMention(a.start, b.end, text[a.start : b.end], "span", date, e,
                                              qualifier=f.get("pod") or fb.get("pod"),
                                              relative=rel, deadline=bool(fb.get("dl")))
    if kind == "date" and date is not None and not deadline:
        um = _UNTIL_NOW.match(text, end)
        if um is not None and ctx.base is not None and ctx.base >= date:
            return i + 1, DateMention(a.start, um.end(), text[a.start : um.end()], "span", date, ctx.base,
                                      qualifier=qualifier, relative=True)
    if not deadline and start_pos == a.start and _DEADLINE_PREFIX.search(text, max(prev_end, a.start - 8), a.start):
        deadline = True
    return i + 1, DateMention(a.start, end, text[a.start : end], kind, date, end_date,
                              qualifier=qualifier, relative=rel, deadline=deadline)


def _part_qualifier(ysub: str | None) -> str | None:
    if ysub in ("年底", "年末", "底", "末", "年初", "初", "年中"):
        return ysub
    return None


# ---------------------------------------------------------------------------
# Datelines
# ---------------------------------------------------------------------------

_AGENCY = (
    r"(?:新华社|中新社|中国新闻社|本报|本刊|新华网|人民网|中新网|央视网|央广网|光明网|中国网|国际在线"
    r"|[\u4e00-\u9fff]{2,6}(?:日报|晚报|报社|报|网|电视台|广播电视台))"
    r"(?:·[\u4e00-\u9fff]{1,8}?(?:客户端|新闻|网))?"  # 湖南日报·新湖南客户端5月14日讯: the paper and its app
)
_DATELINE = re.compile(
    rf"(?m)^[ \t\u3000\xa0]*(?:据)?(?P<agency>{_AGENCY})"
    rf"(?:记者[ \t\u3000]*(?:[\u4e00-\u9fff·]{{2,5}}[ \t\u3000、]+){{0,4}})?[ \t\u3000]*"
    rf"(?P<place>[\u4e00-\u9fff·]{{0,10}}?){_WS}(?P<m>{_NUM2}){_WS}月{_WS}(?P<d>{_NUM2}){_WS}日{_WS}(?P<tail>电|讯)"
    rf"|^[ \t\u3000\xa0]*(?:据)?(?P<agency2>新华社|中新社|本报|本刊)(?P<place2>[\u4e00-\u9fff]{{2,4}}?)??(?P<tail2>电|讯|记者(?![^\n]*摄[ \t\u3000]*$))"
)


@dataclass(frozen=True)
class Dateline:
    """A news dateline (新华社上海11月30日电) or a bare agency marker (本报讯, 新华社记者)."""

    start: int
    end: int
    agency: str
    place: str  # "" when the dateline names no place
    month: int | None
    day: int | None


def find_datelines(text: str) -> list[Dateline]:
    """Every dateline starting a line in ``text`` (a page may carry several articles).

    >>> [(d.agency, d.place, d.month, d.day) for d in find_datelines('题目\\n新华社北京12月1日电（记者 齐中熙）正文')]
    [('新华社', '北京', 12, 1)]
    """
    out: list[Dateline] = []
    if not isinstance(text, str):
        return out
    for mt in _DATELINE.finditer(text):
        if mt.group("agency"):
            month, day = cn_to_int(mt.group("m")), cn_to_int(mt.group("d"))
            if month is None or day is None or _valid(2000, month, day) is None:
                continue
            out.append(Dateline(mt.start("agency"), mt.end(), mt.group("agency"), mt.group("place"), month, day))
        else:
            out.append(Dateline(mt.start("agency2"), mt.end(), mt.group("agency2"), mt.group("place2") or "", None, None))
    return out


def parse_dateline(text: str, window: int = 1000) -> tuple[str, int | None, int | None] | None:
    """The first dateline within the first ``window`` characters, as (place, month, day).

    Agency markers without place or date (新华社电, 本报讯, a "新华社记者" byline line)
    give ``('', None, None)``; None if there is no dateline at all.

    >>> parse_dateline('标题\\n\\n新华社上海11月30日电 中共中央总书记……')
    ('上海', 11, 30)
    >>> parse_dateline('本报北京6月5日电（记者 张三）')
    ('北京', 6, 5)
    >>> parse_dateline('本报讯 6 月 5 日至 6 日，'), parse_dateline('没有电头的文章。')
    (('', None, None), None)
    """
    if not isinstance(text, str):
        return None
    lines = find_datelines(text[: max(0, window)])
    if not lines:
        return None
    full = [d for d in lines if d.month is not None]
    d = full[0] if full and lines[0].month is None and full[0].start < 300 + lines[0].start else lines[0]
    return d.place, d.month, d.day


_FULL_DATE = re.compile(rf"{_LB}(?P<y>{_YEARNUM}){_WS}年{_WS}(?P<m>{_NUM2}){_WS}月(?:{_WS}(?P<d>{_NUM2}){_WS}日)?")


def infer_year_from_dateline(text: str, base: PartialDate | None = None) -> PartialDate | None:
    """The full date of the text's dateline: its month and day, with the year taken from a
    date written in full elsewhere in the text (2023年11月30日, else 2023年11月), else
    resolved against ``base`` like any month-day; None without a dated dateline.

    >>> infer_year_from_dateline('新华社上海11月30日电 ……\\n2023年11月30日，山东省……')
    PartialDate(year=2023, month=11, day=30)
    >>> infer_year_from_dateline('新华社北京12月1日电 ……', PartialDate(2024, 1))
    PartialDate(year=2023, month=12, day=1)
    """
    dl = parse_dateline(text)
    if dl is None or dl[1] is None or dl[2] is None:
        return None
    _, month, day = dl
    month_only = None
    for mt in _FULL_DATE.finditer(text):
        y, m = cn_to_int(mt.group("y")), cn_to_int(mt.group("m"))
        d = cn_to_int(mt.group("d")) if mt.group("d") else None
        if y is None or m != month:
            continue
        if d == day:
            r = _valid(y, month, day)
            if r is not None:
                return r
        elif month_only is None:
            month_only = y
    if month_only is not None:
        return _valid(month_only, month, day)
    if base is None:
        return None
    return _resolve_md(month, day, _Ctx(base))
