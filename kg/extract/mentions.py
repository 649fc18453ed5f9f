"""Mentions: the typed spans of one sentence that the fact extractors build on.

The statistical recogniser (:mod:`kg.ner`) proposes PER/LOC/ORG spans; the gazetteer of
administrative divisions, the region list and the post titles confirm, complete and correct
them. Every span is in sentence-local character offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.doc import Sentence, Span
from kg.extract.gazetteer import Division, gazetteer
from kg.extract.lexicon import (
    COLLECTIVE_NAMES, COMPOUND_SURNAMES, NAME_FOLLOWERS, PROVINCE_ABBR, REGION_MEMBERS, REGION_PARENT, REGIONS,
    SURNAMES, TITLE_RE, ZONE_SUFFIXES, is_clause_verb,
)
from kg.extract.words import aligned, tokens

_CJK = re.compile(r"[\u4e00-\u9fff]")
_REGION_FORMS = sorted(((form, name) for name, forms in REGIONS.items() for form in forms), key=lambda x: -len(x[0]))
_REGION_RE = re.compile("|".join(re.escape(f) for f, _ in _REGION_FORMS))
_REGION_OF = dict(_REGION_FORMS)
#: a township or village the recogniser reads as a place though the dictionary cuts it into common words (龙家镇)
_TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{2,3}(?:镇|乡|村)")
#: a village (or community) written after its township, one span to the recogniser (马路镇云台山村)
_TOWN_VILLAGE = re.compile(r"([\u4e00-\u9fff]{1,4}?(?:镇|乡|街道))([\u4e00-\u9fff]{1,6}(?:村|社区))")
_NOT_PLACES = {"中国", "全国", "我国", "国内", "国外", "海外", "全球", "世界", "国际", "中华", "中华民族", "中华人民共和国", "各地", "当地", "本地", "地方",
               "城区", "郊区", "矿区",  # (county names too, of 晋城, 阳泉: written alone they are a town's parts)
               "桥头堡", "幸福河"}  # (what a slogan makes of a place: 融入大湾区桥头堡, 让黄河成为造福人民的幸福河)
#: the paper's own division, named by pointing (在我市召开, 本省): no place name
DEICTIC = re.compile(r"[我本全][省市县区州旗镇乡]")
_ZONE_STOP = set("的和与及等在至将以把为对向从、，。；：“”《》 \n")
#: a zone named after China and a partner (中国—上海合作组织地方经贸合作示范区, 中国—东盟开放合作示范区): the
#: partner is no place of its own (not 上海 in 上海合作组织)
_PARTNER_ZONE = re.compile(r"中国[—－-]{1,2}[\u4e00-\u9fff]{2,16}?(?:" + "|".join(sorted(
    (s for s in ZONE_SUFFIXES if len(s) > 1 and s not in ("码头", "泊位", "湿地", "公园", "会址", "机场", "街道", "之家")),
    key=len, reverse=True)) + ")")
FOLLOW_RE = re.compile("|".join(sorted(map(re.escape, NAME_FOLLOWERS), key=len, reverse=True)))


@dataclass
class PlaceMention:
    start: int
    end: int
    surface: str
    name: str  # canonical name of the node
    parent: str | None
    kind: str  # province, prefecture, county, region, zone, place
    aliases: tuple[str, ...] = ()  # the name's other written form: with or without the unit it lies in


@dataclass
class SentenceMentions:
    sentence: Sentence
    persons: list[Span] = field(default_factory=list)
    orgs: list[Span] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)


def is_person_name(name: str) -> bool:
    """A plausible Chinese personal name: 2–4 Han characters starting with a surname."""
    if "·" in name and 3 <= len(name) <= 15:
        return True
    if not 2 <= len(name) <= 4 or not all(_CJK.match(c) for c in name):
        return False
    if name[:2] in COMPOUND_SURNAMES:
        return len(name) >= 3
    return name[0] in SURNAMES and len(name) <= 3


_PROVINCE_CHARS = set(PROVINCE_ABBR)


@lru_cache(maxsize=1)
def _word_tags() -> dict[str, str]:
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.posseg.dt.tokenizer.check_initialized()
    return jieba.posseg.dt.word_tag_tab


#: words of two characters or more that follow a name (一行, 出席, 通报): after a post and before one of
#: them, even a word of the dictionary is a name (副省长巩固出席, 省长庄严通报)
_STRONG_FOLLOWERS = tuple(w for w in NAME_FOLLOWERS if len(w) >= 2)


def plausible_person(text: str, start: int, end: int, after_title: bool = False) -> bool:
    """A span that can be a person's name: a name's shape, not a common word (强调, 明确) nor a list
    of province abbreviations (苏浙皖), and not cut out of a longer word (马克思 in 马克思主义).

    ``after_title``: the span follows a post (主任华源主持), which is evidence enough for a name that
    the dictionary also knows as some other noun; verbs and function words stay excluded.
    """
    name = text[start:end]
    if not is_person_name(name) or all(c in _PROVINCE_CHARS for c in name) or re.search("[他她我你您们咱]", name[1:]):
        return False  # (书记向他介绍: a surname and a pronoun)
    tags = _word_tags()
    tag = tags.get(name)
    # 强调, 明确: words, not names; but 总经理向前一行, 省长庄严通报: a post and a word that follows names make
    # it one (never an adverb before its verb: 总书记明确指出)
    if tag is not None and not tag.startswith("nr") and not (after_title and (tag[0] == "n" or (
            text.startswith(_STRONG_FOLLOWERS, end) and name not in NAME_FOLLOWERS and tag not in ("d", "ad")))):
        return False
    import jieba

    lo = max(0, start - 3)
    pos = lo
    for tok in jieba.cut(text[lo:min(len(text), end + 3)], HMM=False):
        s, e = pos, pos + len(tok)
        pos = e
        # 主任何军: the title's 任 joins 何 in 任何; 书记黄维民主持: 民主 is cut by a name and the word after it
        crosses = (s < start < e and not after_title) or (s < end < e and not (after_title and text.startswith(_STRONG_FOLLOWERS, end))
                                                          and not (e == end + 1 and text.startswith("等", end))  # (栾志平等: a list's end)
                                                          # (省委书记晏承志在曲靖市调研: 志在 is a word, cut by a name after a post and 在)
                                                          and not (after_title and e == end + 1 and text[end] in "在率赴到"))
        if crosses and len(tok) > 1 and not (tags.get(tok) or "").startswith("nr"):
            return False
    return True


def snap_to_name(text: str, span: Span) -> Span:
    """A recogniser span cut short inside a person's name of the dictionary (习近 of 习近平新时代) ends with it;
    one that lost the first character of a compound surname (马骏 of 司马骏) starts with it; one
    that is part of a name joined by · (买合木提 of 买合木提·艾则孜) is that name."""
    if span.label == "PER" and "·" in text[max(0, span.start - 7):span.end + 7]:
        for m in DOTTED_NAME.finditer(text, max(0, span.start - 7), span.end + 7):
            if m.start() < span.end and span.start < m.end():
                # the name's start where the recogniser lost some of its first part, unless what it lost ends a
                # word begun before the name (not 赞 of 参赞莉娜·霍夫曼); its end where it stopped short, but never
                # before the recogniser's (德文德拉·卡尔基, whose 基 is no syllable of the list)
                lost = span.start > text.index("·", m.start()) or (m.start() < span.start and not any(
                    s < m.start() and e == span.start for s, e, _, _ in tokens(text)))
                start = m.start() if lost else span.start
                end = m.end() - (text[m.end() - 1] in "和与及同" and text[m.end() - 3] != "·")  # (…艾则孜和…: the next name)
                end = max(end, span.end)
                return Span(start, end, span.label, text[start:end])
    if span.label == "PER" and span.start > 0 and text[span.start - 1:span.start + 1] in COMPOUND_SURNAMES \
            and span.end - span.start <= 3:
        return Span(span.start - 1, span.end, span.label, text[span.start - 1:span.end])
    surname = span.start - 1
    if span.label == "PER" and span.end - span.start == 2 and surname > 0 and text[surname] in SURNAMES and any(
            t.end() == surname for t in TITLE_RE.finditer(text, max(0, surname - 6), surname)):
        return Span(surname, span.end, span.label, text[surname:span.end])  # 党委书记仝海平: the surname after the post too
    if span.label == "PER" and span.end - span.start == 2 and text[span.end:span.end + 1] == "和" \
            and text[span.end + 1:span.end + 2] in "，、。；" and text[span.end + 1:span.end + 2]:
        return Span(span.start, span.end + 1, span.label, text[span.start:span.end + 1])  # 戚允和，: a name ending in 和
    for s, e, word, flag in tokens(text):
        if s == span.start and span.end < e and flag.startswith("nr") and span.label == "PER":
            return Span(s, e, span.label, word)
        if s >= span.end:
            break
    return span


#: what a person does, right after the name: after 和/同 it shows them to end the name (萧景同讲话), as
#: "and/with" would be followed by another name
_ACT = re.compile("率|讲话|出席|主持|发言|致辞|表示|指出|强调|说|参加|会见|调研|考察|介绍|通报|汇报|陪同")


def guess_name(text: str, start: int) -> tuple[int, int] | None:
    """A name starting at ``start`` (right after a post) when no recogniser span is there: a surname, one or two more
    characters, then a boundary (punctuation, the end, or a word that follows names); or a Mongolian, Tibetan or
    Uyghur name in its Chinese transliteration (孟和巴雅尔, 次旺多吉, 阿不都热合曼·吐尔逊), which has no surname."""
    if start >= len(text):
        return None
    if (m := TRANSLITERATED.match(text, start)) and (m.end() == len(text) or not _CJK.match(text[m.end()]) or FOLLOW_RE.match(text, m.end())):
        return m.start(), m.end()
    for length in ((4, 3) if text[start:start + 2] in COMPOUND_SURNAMES else (3, 2)):
        end = start + length
        if length == 4 and FOLLOW_RE.match(text, start + 3):
            continue  # 欧阳瑾等出席: the fourth character starts the word after the name
        if length == 3 and FOLLOW_RE.match(text, start + 2) and not (
                text[start + 2] in "和同" and (text[end:end + 1] in ("，", "、", "。", "；", "") or _ACT.match(text, end))):
            continue  # 韩俊说: the third character starts the word after the name (not 柏清和，or 萧景同率: a name ending in 和, 同)
        cand = text[start:end]
        if len(cand) < length or not plausible_person(text, start, end, after_title=True):
            continue
        rest = text[end:]
        if not rest or not _CJK.match(rest[0]) or FOLLOW_RE.match(rest):
            return start, end
    return None


#: the syllables of Mongolian, Tibetan and Uyghur names written in Chinese characters: four or more of them
#: (or two parts joined by ·) make a name that needs no surname
_SYLLABLES = ("巴雅尔乌日图那顺孟和苏其格娜仁才让东智次旺多吉杰扎西桑尼玛措卓嘎央金德布阿不都热合曼吐逊斯卡托提买克力古丽艾江依木沙帕哈孜别塔拉达赖白门朝鲁特勒呼毕宝音额敦楞赛汗敖登乐丹增珍贡姆琼迪吾甫罕钦旦"
              "朗堆罗洛顿珠普边宗索曲益群培嘉赤列坚赞穷努司拜守亚库麦伊素纳满高娃单强晋美")  # (那仁高娃; 单增曲扎, 强巴, 晋美)
#: more syllables, of Uyghur, Kazakh and foreign names, trusted only in a name of two parts joined by ·
_DOTTED_SYLLABLES = _SYLLABLES + "米肯明兰比叶加则雪来肖开什班马洪夏贝莉霍夫云村林齐更海妮森山肉哲瓦维汉凯坎雷尤恩瑟奥波诺芙丝萨希佩"
#: a name of two or three parts joined by · (买合木提·艾则孜, 托比亚斯·格鲁贝尔)
DOTTED_NAME = re.compile(rf"[{_DOTTED_SYLLABLES}]{{2,6}}(?:·[{_DOTTED_SYLLABLES}]{{2,6}}){{1,2}}")
TRANSLITERATED = re.compile(rf"{DOTTED_NAME.pattern}|[{_SYLLABLES}]{{4,7}}")
_ABBR_RUN = re.compile("[" + "".join(PROVINCE_ABBR) + "]{3,}")
_COLLECTIVE_RE = re.compile("|".join(COLLECTIVE_NAMES))


def collective_places(text: str, regions_in_doc: set[str]) -> list[PlaceMention]:
    """Provinces named together: 沪苏浙 (one abbreviation each), 三省一市 (the members of the
    region the text is about). One mention per province, all on the span of the collective name."""
    out: list[PlaceMention] = []
    for m in _ABBR_RUN.finditer(text):
        if _CJK.match(text[m.end():m.end() + 1] or "x") and text[m.end()] in PROVINCE_ABBR:
            continue
        for c in m.group():
            out.append(PlaceMention(m.start(), m.end(), m.group(), PROVINCE_ABBR[c], None, "collective"))
    for m in _COLLECTIVE_RE.finditer(text):
        region = COLLECTIVE_NAMES[m.group()]
        if region in regions_in_doc:
            out += [PlaceMention(m.start(), m.end(), m.group(), name, None, "collective") for name in REGION_MEMBERS[region]]
    return out


def place_mentions(text: str, ner_locs: list[Span], persons: list[Span] = ()) -> list[PlaceMention]:
    """Places in a sentence: divisions, regions, zones and recogniser LOC spans, non-overlapping."""
    gaz = gazetteer()
    found: list[PlaceMention] = []
    for s, e, div in gaz.find(text):
        if text[s] in "和与及" and (text[s - 1:s] in ("市", "区", "县", "省", "州", "镇", "乡") or text[e:e + 1] in ("城", "域", "级")) \
                and not (div.parent and re.search(re.escape(div.parent) + "市?$", text[:s])):
            continue  # 开到各设区市和县, 一家焦化企业和县城一处工地: a conjunction, not 和县 (but 马鞍山市和县 is)
        if text[s:e] == div.full or aligned(text, s, e)[0]:  # not 阿里 in 阿里巴巴
            found.append(_from_division(s, e, text[s:e], div))
    for s, e, word, flag in tokens(text):
        if flag == "ns" and len(word) >= 4 and gaz.lookup(word) is None and (parts := _run_of_divisions(word)):
            found += [_from_division(s + a, s + b, word[a:b], d) for a, b, d in parts]  # 辽宁沈阳: one word of the dictionary
    for m in _PARTNER_ZONE.finditer(text):
        if not any(w in m.group() for w in _NOT_IN_ZONE_NAME):  # (not 中国—东盟合作推进示范区)
            found.append(PlaceMention(m.start(), m.end(), m.group(), m.group(), None, "zone"))
    for m in _REGION_RE.finditer(text):
        name = _REGION_OF[m.group()]
        if name in _DIRECTIONAL and (before := _region_of_abbreviations(text, m.start())):
            # 滇东北地区, 成渝中部地区: a part of the province or cities named before it, not the nation's 东北地区
            start = m.start() - len(before)
            parent = PROVINCE_ABBR.get(before)
            found.append(PlaceMention(start, m.end(), text[start:m.end()], text[start:m.end()], parent, "region"))
            continue
        found.append(PlaceMention(m.start(), m.end(), m.group(), name, REGION_PARENT.get(name), "region"))
    for span in ner_locs:
        quote = _QUOTE.search(span.text)
        if quote:  # 雄安新区“三校: the name ends at the quotation mark
            span = Span(span.start, span.start + quote.start(), span.label, span.text[:quote.start()])
        cut = next((k for k in (1, 2) if any((span.text + text[span.end:span.end + k]).endswith(suf)
                                             for suf in ZONE_SUFFIXES if len(suf) > k)), 0)
        if cut:  # 长株潭都市 of 长株潭都市圈: the zone's name ends with its kind
            span = Span(span.start, span.end + cut, span.label, text[span.start:span.end + cut])
        if span.start > 0 and text[span.start - 1] in PROVINCE_ABBR and span.text[0] in PROVINCE_ABBR \
                and span.text.endswith(ZONE_SUFFIXES) and (span.start == 1 or text[span.start - 2] not in PROVINCE_ABBR):
            span = Span(span.start - 1, span.end, span.label, text[span.start - 1:span.end])  # 渝高竹新区 of 川渝高竹新区
        surface = span.text
        if surface in _NOT_PLACES or DEICTIC.fullmatch(surface) or len(surface) < 2 or not _CJK.search(surface) \
                or all(c in PROVINCE_ABBR for c in surface) or surface.endswith("安澜") \
                or (surface.endswith("中心") and text.startswith("城市", span.end)):
            continue  # (黄河长久安澜: a wish; 郑州国家中心城市: a kind of city, not a centre)
        if any(p.start < span.end and span.start < p.end for p in persons):
            continue
        if not aligned(text, span.start, span.end)[0] and not (
                len(surface) >= 2 and gaz.lookup(surface, trusted=True) and _division_run(ner_locs, span)) \
                and not (_TOWNSHIP.fullmatch(surface) and _township_run(text, ner_locs, span)):
            continue  # (湖南岳阳绿色化工…, cut 湖/南岳/阳 by the dictionary: the recogniser's divisions, one after another)
        if any(flag.startswith("v") and e - s > 1 and s >= span.start and e <= span.end for s, e, _, flag in tokens(text)):
            continue  # 顺江而下抵达上海: a clause, not a name
        div = gaz.lookup(surface, trusted=True) if surface not in _REGION_OF else None  # 太湖 the lake, not 太湖县
        if div is None and (parts := _run_of_divisions(surface)):
            for a, b, d in parts:  # 嘉善平湖: two places written together, as headlines do
                found.append(_from_division(span.start + a, span.start + b, surface[a:b], d))
            continue
        if div is not None:
            found.append(_from_division(span.start, span.end, surface, div))
            continue
        if not _plausible_place(text, span):
            continue
        start = span.start
        for s, e, d in gaz.find(surface):  # 湖南省长沙市烈士公园 → 长沙市烈士公园
            if s == start - span.start and d.level == "province" and e < len(surface) - 2:
                start = span.start + e
        if start > span.start and not _plausible_place(text, Span(start, span.end, "LOC", text[start:span.end])):
            continue
        if village := _TOWN_VILLAGE.fullmatch(text, start, span.end):
            # 在龙家镇光辉村察看: the township and its village, each named on its own
            found.append(PlaceMention(start, village.end(1), village.group(1), village.group(1), None, "place"))
            start = village.end(1)
        found.append(PlaceMention(start, span.end, text[start:span.end], text[start:span.end], None, "place"))
    found += _listed_with_places(text, found)
    found += _zones_by_suffix(text)
    found += [PlaceMention(m.start(), m.end(), m.group(), m.group(), (d.name if (d := gaz.lookup(m.group("in"), trusted=True)) else None), "zone")
              for m in _BRACKETED_ZONE.finditer(text)]  # in the place its brackets name
    found = _extend_zones(text, found)
    found = [_port_district(p, found) for p in found]
    found = [p for p in found if p.surface not in _NOT_PLACES and p.surface not in ZONE_SUFFIXES  # not a bare 新区
             and not p.surface.endswith(("城乡", "乡村"))]  # (《湖南省城乡规划条例》, 和美乡村: no township)
    found = _non_overlapping(found)
    for i, p in enumerate(found):
        if p.kind == "county" and p.name.endswith(ZONE_SUFFIXES) and i and found[i - 1].end == p.start \
                and found[i - 1].kind in ("province", "prefecture"):  # 重庆两江新区: a zone the gazetteer lists
            found[i] = replace(p, aliases=p.aliases + (found[i - 1].surface + p.surface,))
    return found


#: the nation's parts by direction, which a province's or cities' abbreviation before them narrows
_DIRECTIONAL = ("东北地区", "中部地区", "西部地区", "东部地区", "中西部地区")


def _region_of_abbreviations(text: str, start: int) -> str:
    """The abbreviation written right before a region word at ``start``: a province's (滇) or a word
    of abbreviations ending in one (成渝); empty when there is none."""
    if start == 0 or text[start - 1] not in PROVINCE_ABBR:
        return ""
    run = start - 1
    while run > 0 and start - run < 3 and text[run - 1] in PROVINCE_ABBR:
        run -= 1  # 川渝
    word, flag = next(((w, f) for s, e, w, f in tokens(text) if e == start), ("", ""))
    if start - run < len(word) <= 3 and flag in ("nr", "ns", "nz", "j"):
        return word  # 成渝
    return text[run:start]


def _township_run(text: str, spans: list[Span], span: Span) -> bool:
    """Whether a township or village the dictionary cuts (李庄镇安石村: 李/庄/镇安/石/村) is written
    together with another: a recogniser place span just before or after it ends in 镇, 乡 or 村 too."""
    return any(o is not span and (o.end == span.start or o.start == span.end) and _TOWNSHIP.fullmatch(o.text)
               for o in spans)


def _division_run(spans: list[Span], span: Span) -> bool:
    """Whether a recogniser place span touches another that names a division too (湖南 + 岳阳):
    divisions written together."""
    return any(o is not span and (o.end == span.start or o.start == span.end) and gazetteer().lookup(o.text, trusted=True)
               for o in spans)


#: a zone with a bracketed place in its name: 西部（成都）科学城, 中国（广西）自由贸易试验区钦州港片区,
#: 中国（绵阳）科技城, 中国电子（郑州）数字经济产业园
_BRACKETED_ZONE = re.compile(r"(?:中国)?[\u4e00-\u9fff]{2}[（(](?P<in>[\u4e00-\u9fff]{2,4})[）)][\u4e00-\u9fff]{0,10}?"
                             r"(?:科学城|科技城|自由贸易试验区[\u4e00-\u9fff]{2,6}?片区|自由贸易试验区|片区|新区|示范区|开发区|高新区|产业园|创新基地)")
_PORT = re.compile(r"[\u4e00-\u9fff]{2,4}港(?=[\u4e00-\u9fff]{2,6}港区$)")


def _port_district(p: PlaceMention, found: list[PlaceMention]) -> PlaceMention:
    """A harbour district named after its port (大连港大窑湾港区; 九江港城西港区, where the city is a
    mention of its own) is named on its own, in that port."""
    port = _PORT.match(p.surface) if p.kind == "zone" else None
    if port is not None:
        rest = p.surface[port.end():]
        return PlaceMention(p.start + port.end(), p.end, rest, rest, port.group(), "zone", (p.surface,))
    city = next((q for q in found if q.end == p.start and q.kind in ("prefecture", "county")), None)
    if city is not None and p.kind == "zone" and re.fullmatch(r"港[\u4e00-\u9fff]{2,6}港区", p.surface):
        rest = p.surface[1:]
        return PlaceMention(p.start + 1, p.end, rest, rest, city.surface + "港", "zone", (city.surface + p.surface,))
    return p


def _run_of_divisions(name: str, start: int = 0) -> list[tuple[int, int, Division]] | None:
    """``name[start:]`` cut into two or more division names of one province (嘉善平湖 → 嘉善, 平湖), or
    None (平陆运河, the canal, is no 平陆县 of 山西 and 运河区 of 河北)."""
    parts = _divisions_in(name, start)
    if parts and start == 0 and len({d.province for _, _, d in parts}) > 1 \
            and any(d.level == "county" for _, _, d in parts):
        return None
    return parts


def _divisions_in(name: str, start: int = 0) -> list[tuple[int, int, Division]] | None:
    """``name[start:]`` cut into division names, whatever their provinces, or None."""
    for end in range(len(name) - 2 if start == 0 else len(name), start + 1, -1):
        div = gazetteer().lookup(name[start:end], trusted=True)
        if div is None:
            continue
        if end == len(name):
            return [(start, end, div)]
        rest = _divisions_in(name, end)
        if rest:
            return [(start, end, div)] + rest
    return None


_QUOTE = re.compile(r"[“”‘’]")
_FUNCTION_START = tuple("等和与及的在从向对把是")
_COUNTED_AFTER = re.compile(r"[一二三四五六七八九十两几多]+[大个座家条所项批]|首批")  # 南昌三大都市圈, 河南省首批…开发区: a count, not a name
_COUNTED = re.compile(r"[\d一二三四五六七八九十几多]+[个座家处所]$")
_PUNCT = re.compile(r"[“”‘’《》〈〉「」『』、，。；：！？,.;:!?\"']")
_PROPER_TAGS = ("ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "zg")
_NOT_NAME_END = ("北翼", "南翼", "城市", "地区")


#: the kinds of a named work of engineering the recogniser reads as a place (平陆运河, 深中通道)
_WORK_KINDS = ("运河", "大桥", "隧道", "水库", "大堤", "通道", "枢纽")


def _plausible_place(text: str, span: Span) -> bool:
    """A recogniser LOC span outside the gazetteer that reads as a place's name: not starting with
    a function word (等16个港), no digits unless it is a site (2号泊位), not a list of province
    abbreviations (沪苏浙城市), not a bare side of a city (上海北翼), and, when two characters
    long, a place name in the dictionary (not 顺江, 大江)."""
    name = span.text
    if _PUNCT.search(name) or "至" in name:
        return False  # 上海“五个中心: a span across quotation marks is no name; 东莞至香港 is a route
    if _COUNTED.search(text, 0, span.start):
        return False  # 7个百强县: a kind of place after a count, not the name of one
    if name.startswith(_FUNCTION_START) or name.endswith(_NOT_NAME_END) or (
            name[0] in PROVINCE_ABBR and name[1:2] in PROVINCE_ABBR and not name.endswith(ZONE_SUFFIXES)):
        return False
    if re.search(r"\d", name) and not name.endswith(_SITE_SUFFIXES + ("站",)):
        return False
    if len(name) > 10 and not gazetteer().find(name[:3]) and not _REGION_RE.match(name):
        return False
    tag = _word_tags().get(name)
    if tag is not None and tag[0] == "n" and tag not in ("ns", "nt", "nz") and not (tag == "nr" and name.endswith("村")):
        return False  # 旧城区, 百强县: common nouns
    inside = [t for t in tokens(text) if span.start <= t[0] and t[1] <= span.end]
    if inside and not any(t[3] in _PROPER_TAGS for t in inside) and not gazetteer().find(name) \
            and not (len(name) >= 4 and name.endswith(_WORK_KINDS)) and not _TOWNSHIP.fullmatch(name):
        return False  # 国际金融中心, 卫星城, 五个中心: no proper name in it (but 平陆运河: a work named by its place)
    if len(name) == 2:
        tok = [t for t in tokens(text) if t[0] == span.start and t[1] == span.end]
        return bool(tok) and tok[0][3] == "ns" and name[0] not in "顺沿临跨近"
    return True


def _listed_with_places(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Short county names in a list of places (句容、金坛、武进、江阴): an item of a 、-list whose
    other items are places is looked up by its short form too."""
    out: list[PlaceMention] = []
    for run in re.finditer(r"[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){2,}", text):
        items = [(m.start() + run.start(), m.end() + run.start()) for m in re.finditer(r"[^、]+", run.group())]
        # the first item may carry the words before it (将句容), the last the words after it (江阴串起)
        known = sum(1 for s, e in items if any(p.start >= s and p.end <= e for p in found))
        if known * 2 < len(items):
            continue
        for i, (s, e) in enumerate(items):
            if any(p.start < e and s < p.end for p in found):
                continue
            spans = [(k, e) for k in range(s, e - 1)] if i == 0 else [(s, k) for k in range(e, s + 1, -1)]
            for a, b in spans:
                div = gazetteer().lookup(text[a:b], trusted=True)
                if div is not None:
                    out.append(_from_division(a, b, text[a:b], div))
                    break
    return out


def _from_division(s: int, e: int, surface: str, div: Division) -> PlaceMention:
    return PlaceMention(s, e, surface, div.name, div.parent, div.level)


_SITE_SUFFIXES = ("湿地", "公园", "码头", "泊位", "港区", "高新区", "开发区", "合作区", "科学城", "会址", "机场", "火车站", "高铁站", "镇", "乡",
                  "街道", "村", "新区", "试验区", "都市圈", "城市群", "经济圈", "灌区", "工业园", "流域")
_FTZ = ("自由贸易试验区", "自贸试验区", "自贸区")
#: the zones a county names after itself (博望高新区, 义安经济开发区)
_COUNTY_ZONES = ("高新区", "开发区", "工业园")
_WIDER_ZONE = re.compile(r"(?:(?![的和与及等在至])[\u4e00-\u9fff]){1,4}?(?:经济区|示范区|合作区|片区|实验区)")  # (not 张江科学城和临港新片区: two zones)
_ZONE_HEAD_STOP = re.compile(r"[，。；：、“”《》\s的了在到和与及从向把将对是为]")


def _zones_by_suffix(text: str) -> list[PlaceMention]:
    """Named sites and zones without a division before them: 三垟湿地, 示范区高新区."""
    out: list[PlaceMention] = []
    toks = tokens(text)
    for i, (s, e, word, flag) in enumerate(toks):
        if len(word) > 5 or not word.endswith(_SITE_SUFFIXES):  # (技术开发区: one word of the dictionary)
            continue
        j, stopped = i, False
        while j > 0 and i - j < 3:
            pword, pflag = toks[j - 1][2], toks[j - 1][3]
            if word.endswith(_COUNTY_ZONES) and (div := gazetteer().lookup(pword, trusted=True)) is not None and div.level == "county" \
                    and div.name != pword and div.name in text \
                    and (j == 1 or _ZONE_HEAD_STOP.search(toks[j - 2][2]) or is_clause_verb(*toks[j - 2][2:])):
                # 来到博望区的博望高新区, 在义安区，他来到义安经济开发区: a county's zone, named by the county without its 区
                # or 县, told with it (not 东湖高新区 of 武汉, after 南昌's 东湖区)
                out.append(PlaceMention(toks[j - 1][0], e, text[toks[j - 1][0]:e], text[toks[j - 1][0]:e], div.name, "zone"))
                stopped = True
                break
            if _ZONE_HEAD_STOP.search(pword) or (pflag[0] in "vpcudrmqte" and pflag != "vn") or is_clause_verb(pword, pflag) \
                    or pword in _NOT_IN_ZONE_NAME or gazetteer().lookup(pword) or pword[-1] in "镇乡":
                stopped = True
                break  # a division before the site: _extend_zones names it (a township: 龙家镇光辉村 is two places)
            j -= 1
        if not stopped and j > 0 and len(toks[j - 1][2]) == 1 and _CJK.match(toks[j - 1][2]):
            continue  # 鲁朗国际旅游小镇, cut 鲁/朗/国际/…: where its name starts is not known
        if j == i and flag == "ns" and any(word.endswith(x) and len(word) - len(x) >= 2 for x in _SITE_SUFFIXES):
            # 长江流域: one word of the dictionary, a name before its suffix
            out.append(PlaceMention(s, e, word, word, None, "zone"))
        elif j < i and any(t[3] in ("ns", "nz", "nr", "j", "nt", "zg") for t in toks[j:i]):
            start = toks[j][0]
            out.append(PlaceMention(start, e, text[start:e], text[start:e], None, "zone"))
    return out


def _extend_zones(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """A place followed by a zone name is a zone: 上海自由贸易试验区临港新片区 (named with its
    province or region), 张江科学城 after 浦东新区 (named on its own, inside that county)."""
    out = list(found)
    todo = list(found)
    while todo:  # a zone may be followed by another: 外高桥港区海通码头
        zone = _extend_zone(text, todo.pop(0), found, tokens(text))
        if zone is not None:
            out.append(zone)
            todo.append(zone)
    return out


#: verbs that name what a body does (推进办公室) but are no part of a zone's name
_NOT_IN_ZONE_NAME = ("建设", "推进", "推动", "加快", "融入", "对接", "深化", "打造", "检查", "调研", "考察", "视察")


def _extend_zone(text: str, p: PlaceMention, found: list[PlaceMention], tokens) -> PlaceMention | None:
    """The zone a place mention starts, if a zone suffix follows it in the same name."""
    best, pos, depth = None, p.end, 0
    while pos < len(text) and pos - p.end < 24:
        c = text[pos]
        depth += 1 if c in "（(" else -1 if c in "）)" else 0
        if depth < 0 or (depth == 0 and c in _ZONE_STOP):
            break
        pos += 1
        if depth == 0 and any(text.endswith(suf, p.end, pos) for suf in ZONE_SUFFIXES):
            while pos < len(text) and any(text.endswith(suf, p.end, pos + 1) for suf in ZONE_SUFFIXES):
                pos += 1  # 港 → 港区
            longer = next((k for k in (2, 3) if any(text.endswith(suf, p.end, pos + k) for suf in ZONE_SUFFIXES if len(suf) >= 2)
                           and not _ZONE_STOP.intersection(text[pos:pos + k])), 0)
            pos += longer  # 郑蒲港 → 郑蒲港新区
            best = pos
            sub = re.match(r"[\u4e00-\u9fff]{1,4}?新?片区", text[pos:pos + 8]) if text.endswith(_FTZ, p.end, pos) else None
            if sub:  # 上海自由贸易试验区临港新片区: a sub-area is part of the zone's name
                best = pos = pos + sub.end()
            wider = _WIDER_ZONE.match(text, pos)
            if wider and not sub and not any(is_clause_verb(w, f) and len(w) > 1 and s < wider.end() and e > pos
                                             for s, e, w, f in tokens):
                best = wider.end()  # 北京大兴国际机场临空经济区: the zone around the site
            break
    if best and any(s < best < e and e - s > 1 for s, e, _, _ in tokens):
        return None  # 黔中城市群常住人口城镇化率: a kind of zone cut out of a word (城镇化) ends no name
    if p.kind == "region" and best == p.end + 1 and text[p.end] == "港":
        return PlaceMention(p.start, best, text[p.start:best], text[p.start:best], p.name, "zone")  # 北部湾港: the region's port
    if not best or best - p.end < 2 or text[p.end] in _FUNCTION_START or _COUNTED_AFTER.match(text, p.end) \
            or re.search("委|政府|关于", text[p.end:best]) or any(
            (is_clause_verb(w, f) or w in _NOT_IN_ZONE_NAME) and len(w) > 1 and s < pos and e > p.end for s, e, w, f in tokens):
        return None  # 抵达上海外高桥港, 建设共同富裕示范区, 红河推进滇中城市群: a clause with a verb is no zone name
    if p.kind == "province" and any(q.start == p.end and q.kind in ("prefecture", "county") for q in found):
        return None  # 湖南省长沙市烈士公园: the prefecture names the site
    if _run_of_divisions(text[p.end:best]) or _run_of_divisions(text[p.start:best]):
        return None  # 钦州北海防城港: divisions written together, not a zone
    if any(p.end < q.start < best and q.kind == "region" for q in found):
        return None  # 广东正举全省之力推进粤港澳大湾区: a region further on is no part of a zone's name
    if p.kind == "prefecture" and any(q.start == p.end and q.kind == "county" and q.parent == p.name for q in found):
        return None  # 广州市南沙区南沙枢纽站: the county names the site
    compound = any(q.start == p.end and q.kind in ("prefecture", "county") for q in found)  # 宁波舟山港
    # a zone is named with the province, region or city before it (海口江东新区, 宜宾三江新区), but on
    # its own after a county (浦东新区张江科学城 → 张江科学城)
    # (珲春国际合作示范区: a county-level city without its 市 names the zone too)
    if p.kind in ("province", "region", "place", "prefecture") or compound or (p.kind == "zone" and text[p.end].isdigit()) \
            or (p.kind == "county" and (d := gazetteer().lookup(p.name)) is not None and d.full == p.surface + "市"):
        surface = text[p.start:best]
        return PlaceMention(p.start, best, surface, surface, p.name, "zone", _bare(text, p, best))
    surface = text[p.end:best]
    return PlaceMention(p.end, best, surface, surface, p.name, "zone", (text[p.start:best],))


def _bare(text: str, p: PlaceMention, end: int) -> tuple[str, ...]:
    """A zone's name without the division or zone written before it (梓山镇富硒蔬菜产业园 → 富硒蔬菜产业园),
    as texts and annotators also write it, when what is left still names it (not 国家级自然保护区) and
    the place before is a unit or a work of its own (not 黄河 of 黄河三角洲湿地; 平陆运河青年枢纽 → 青年枢纽)."""
    cut = p.end
    if not (p.kind in ("province", "prefecture", "county") or p.surface.endswith(_UNITS)):
        # 洋浦经济开发区小铲滩 + 码头, one span to the recogniser: the unit ends inside it
        cut = max((p.start + m.end() for m in _UNIT_END.finditer(p.surface) if p.start + m.end() < p.end), default=None)
    name = text[cut:end] if cut is not None else ""
    if len(name) < 3 or name.startswith(ZONE_SUFFIXES + _GENERIC_HEADS) or not aligned(text, cut, end)[0]:
        return ()
    return (name,)


#: what a place a zone is named after ends with when it is a unit of its own (…开发区, …镇, …运河)
_UNITS = tuple(s for s in ZONE_SUFFIXES if len(s) > 1) + ("镇", "乡") + _WORK_KINDS
#: where the kind of a zone ends inside a longer name (洋浦经济开发区|小铲滩码头)
_UNIT_END = re.compile("|".join(sorted((s for s in ZONE_SUFFIXES if len(s) > 1 and s not in ("码头", "泊位", "公园", "之家")), key=len, reverse=True)))


#: words that begin a zone's kind, not its name (国家级高新区, 经济技术开发区)
_GENERIC_HEADS = ("国家级", "省级", "国家", "经济技术", "高新技术", "综合", "现代", "首批")


def _non_overlapping(found: list[PlaceMention]) -> list[PlaceMention]:
    found.sort(key=lambda p: (p.start, -(p.end - p.start), p.parent is None))
    out: list[PlaceMention] = []
    last_end = -1
    for p in found:
        if p.start >= last_end:
            out.append(p)
            last_end = p.end
    return out
