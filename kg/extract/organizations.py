"""Organisations: recogniser ORG spans checked against how institutions are named, bodies named
by a head and a suffix (中央 … 领导小组, 长三角 … 办公室), and the short and full names of one body.
"""
from __future__ import annotations

import re

from kg.doc import Span
from kg.extract.gazetteer import gazetteer
from kg.extract.lexicon import ORG_ALIASES, ORG_SUFFIX_RE, REGIONS, TITLE_RE, ZONE_SUFFIXES, is_clause_verb
from kg.extract.mentions import is_person_name
from kg.extract.words import aligned, tokens

ALIAS_OF = {form: group[0] for group in ORG_ALIASES for form in group}
_ALIAS_RE = re.compile("|".join(sorted((re.escape(f) for f in ALIAS_OF), key=len, reverse=True)))
_BAD = re.compile(r"[，。；：、“”《》\s]|^[等和与及]|(?:大会|会议|座谈会|论坛|交易会|博览会)(?:\d{1,2}日)?在")  # not 等省委, not a meeting and its venue
_TERM = re.compile(r"(第?[一二三四五六七八九十百\d]+届)")
_STRONG = ("领导小组", "委员会", "常委会", "执委会", "管委会", "办公室", "办公厅", "研究中心", "中心", "实验室", "研究院",
           "研究所", "交易所", "集团", "公司", "银行", "大学", "学院", "协会", "联合会", "联盟", "人民政府", "政府")
_STRONG_RE = re.compile("|".join(sorted(_STRONG, key=len, reverse=True)))
_HEADS = ("中央", "国家", "国务院", "全国", "中国", "中共")
_ORG_TAGS = ("nt", "j", "nz")
_REGION_FORMS = {f for forms in REGIONS.values() for f in forms}


def is_org_name(text: str, start: int, end: int) -> bool:
    """A recogniser ORG span that reads as an institution's name: it ends with an institution
    suffix written as one (商务部, 国家发展改革委 — not 布局), cuts no word, and is not a place."""
    name = text[start:end]
    if name in ALIAS_OF:
        return True
    if len(name) < 2 or len(name) > 30 or _BAD.search(name) or name in _REGION_FORMS or gazetteer().lookup(name, trusted=True) \
            or _ROLE_NOT_BODY.search(name):
        return False
    suffix = ORG_SUFFIX_RE.search(name)
    if not suffix:
        return False
    ok, last = aligned(text, start, end)
    if not ok or last is None:
        return False
    if any(is_clause_verb(word, flag) and (len(word) > 1 or not name.endswith("公司"))
           for s, e, word, flag in tokens(text) if start <= s and e <= end):
        return False  # 省委书记会见中国华能集团: a clause, not a name (but 湖北楚能新材料科技有限公司: 能 is no verb there)
    word, flag = last[2], last[3]
    if flag == "f":
        return False  # 党中央东西部(协作): a direction word, not a body's suffix
    return len(suffix.group()) > 1 or word == suffix.group() or flag in _ORG_TAGS or (len(word) <= 3 and word.endswith(suffix.group()) and flag != "n")


def orgs_by_suffix(text: str) -> list[Span]:
    """Bodies named by a head (a place, a region, 中央, 国家 …) and an institution suffix:
    中央区域协调发展领导小组, 长三角区域合作办公室, 上海期货交易所."""
    out: list[Span] = []
    gaz = gazetteer()
    for m in _STRONG_RE.finditer(text):
        end = m.end()
        lo = max(0, m.start() - 30)  # 宁夏回族自治区建设黄河流域生态保护和高质量发展先行区 + 领导小组
        window = text[lo:m.start()]
        cut = max((window.rfind(c) for c in "，。；：、“”《》（）() \n"), default=-1)
        heads = [i for i in range(cut + 1, len(window)) if window.startswith(_HEADS, i)]
        heads += [s for s, _, _ in gaz.find(window) if s > cut]
        heads += [window.find(f) for f in _REGION_FORMS if window.find(f) > cut]
        if not heads:
            continue
        start = lo + min(heads)
        if start > 0 and text[start - 1] in "省市县" and (start == 1 or text[start - 2] in "，。；：、“”《》（）() \n的"):
            start -= 1  # 省黄河流域生态保护和高质量发展领导小组: the bare province opens the name (and completes it later)
        if text[max(0, start - 2):start] in ("推动", "推进") and (start - 2 == 0 or text[start - 3] in "，。；：、“”《（(\n 中"):
            start -= 2  # 推动长江经济带发展领导小组办公室: the verb opens the body's name
        if end - start < 4 or not aligned(text, start, end)[0] or re.search(r"[\d一二三四五六七八九十几多]+[个家所座]$", text[:start]):
            continue  # 5个国家级创新中心: a kind of body, not one body
        if re.search(r"(?:打造|建设|建成|成为|创建|争创|具有)$", text[:start]) or text.startswith("城市", end):
            continue  # 加快建设国家创新高地和全国重要人才中心, 建设具有全国影响力的科技创新中心: what is to be built,
            # a goal, not a body (nor 郑州国家中心城市: a kind of city)
        if _ROLE_NOT_BODY.search(text, start, end):
            continue  # 粤港澳大湾区国际科技创新中心, 西部大开发形成新格局: a role or a pattern a region is given
        if any(is_clause_verb(word, flag) for s, e, word, flag in tokens(text) if start <= s and e <= end) \
                or _BAD.search(text, start, end):
            continue  # 杭州主持召开省委常委会, 推进大会在武汉国际博览中心: a clause, not a name
        out.append(Span(start, end, "ORG", text[start:end]))
    return out


#: what a strategy makes a region (a centre of a kind, a pattern), named like a body but none
_ROLE_NOT_BODY = re.compile(r"(?:(?:国际|科技创新|经济|金融|贸易|航运)中心|格局|布局|大局|开局)$")
_CONJUNCTIONS = ("和", "与", "及", "同", "等")
#: words that make a span a description, not a name: 两个中心, 有关部门, 各地政府
_NOT_A_NAME = re.compile(r"[两几多各][个家所]|^(?:有关|相关|各|两地|双方|该|其)|[）)（(]|副中心$")


def conjoined(text: str, span: Span) -> list[Span]:
    """The names in an organisation span that joins several (国家发展改革委与湖北省人民政府 → both),
    none when it names a kind of body (山西等省区党委, 济南等中心城市) or describes one (两个中心)."""
    if span.text in ALIAS_OF:
        return [span]  # 国家发展和改革委员会: the 和 is part of the name
    if (of := span.text.rfind("的")) > 0 and len(span.text) - of > 4 and ORG_SUFFIX_RE.search(span.text[of + 1:]):
        # 位于郴州高新技术产业开发区的湖南金岭有色新材料股份有限公司: where the body lies, then its name
        span = Span(span.start + of + 1, span.end, "ORG", span.text[of + 1:])
    cuts = [(s, e, w) for s, e, w, f in tokens(text) if span.start < s and e < span.end and w in _CONJUNCTIONS]
    if any(w == "等" for _, _, w in cuts):
        return []
    parts, start = [], span.start
    for s, e, _ in cuts:
        parts.append((start, s))
        start = e
    parts.append((start, span.end))
    if len(parts) > 1 and not ORG_SUFFIX_RE.search(text[parts[0][0]:parts[0][1]]):
        first, (ls, le) = text[parts[0][0]:parts[0][1]], parts[-1]
        last = text[ls:le]
        if len(first) == 1:
            return [Span(ls, le, "ORG", last)]  # 他与中国铁路成都局集团有限公司…: the subject, then the body met
        if _names_a_person(first) or re.search(r"建设$|项目$", first):
            # 党委书记仉学峰和自治区政府, 泊位建设和广西海钜不锈钢制品有限公司: a clause, then a body named in full
            named = ORG_SUFFIX_RE.search(last[-4:]) and any(a == 0 and d.level in ("province", "prefecture")
                                                            for a, _, d in gazetteer().find(last[:6]))
            return [Span(ls, le, "ORG", last)] if named and not _names_a_person(last) else []
        if len(parts) == 2 and (gazetteer().lookup(first) is not None or first.endswith(ZONE_SUFFIXES)) \
                and ORG_SUFFIX_RE.search(last):
            # 在郑州与中国电力建设集团有限公司…座谈: where, then the body met; 龙南市与中国稀土集团有限公司签约: the
            # city (a place, not a body) and the company it signs with; 考察了…高新技术产业开发区和…有限公司: a
            # zone (a place) and a company
            return [Span(ls, le, "ORG", last)]
        return [span]  # 黄河流域生态保护和高质量发展先行区领导小组: the 和 joins words of one name, not two bodies
    out = []
    for s, e in parts:
        name = text[s:e]
        if len(name) < 3 or _NOT_A_NAME.search(name) or _names_a_person(name):
            continue
        # of a span joining several, each part a body of its own, named from a place or a head (湖北省人民政府)
        # (a bare 市政府 after 上海市委和 takes the article's city later, as a bare body does)
        if len(parts) == 1 or (ORG_SUFFIX_RE.search(name[-4:]) and (name.startswith(_HEADS + ("省", "市", "县", "区")) or any(
                a == 0 for a, _, _ in gazetteer().find(name[:6])))):
            out.append(Span(s, e, "ORG", name))
    return out


def _names_a_person(name: str) -> bool:
    """A post followed by a personal name inside the span: 湖北省副省长葛雯共同为中心 is a clause."""
    return any(is_person_name(name[m.end():m.end() + 2]) and m.end() + 2 < len(name) for m in TITLE_RE.finditer(name))


def alias_forms(text: str) -> list[Span]:
    """Central bodies written in any of their short or full forms (党中央, 国家发展和改革委员会)."""
    return [Span(m.start(), m.end(), "ORG", m.group()) for m in _ALIAS_RE.finditer(text)
            if not (m.group().endswith("部") and text[m.end():m.end() + 1] == "门")]  # 文化和旅游部门: departments


def canonical(name: str) -> tuple[str, tuple[str, ...]]:
    """The node name of an organisation and the other forms to keep as its labels:
    党中央 → 中共中央; 山东省第十四届人民代表大会 → 山东省人民代表大会 (the term is not part of the body)."""
    aliases: list[str] = []
    main = ALIAS_OF.get(name, name)
    if main != name:
        aliases.append(name)
    termless = _TERM.sub("", main)
    if termless != main and len(termless) >= 4:
        aliases.append(main)
        main = termless
    return main, tuple(aliases)


def extend_left(text: str, span: Span) -> Span:
    """Join a place and a term written before an ORG span: 山东省第十四届 + 人民代表大会."""
    start = span.start
    m = re.search(r"(?:第?[一二三四五六七八九十百\d]+届)$", text[:start])
    if m:
        start = m.start()
    hits = [h for h in gazetteer().find(text[max(0, start - 8):start]) if h[1] == min(8, start)]
    if hits:
        start = start - (hits[-1][1] - hits[-1][0])
    elif start == span.start:
        return span
    return Span(start, span.end, "ORG", text[start:span.end])


def nested(name: str) -> list[str]:
    """An organisation and the bodies its name nests (国家发展改革委区域协调发展司 → both)."""
    parts = [name]
    for m in re.finditer(r"(?:委|部|院|厅|局|办|社|中央)(?=[\u4e00-\u9fff]{2,}(?:司|局|处|办|所|部|中心|办公室|政治局|办公厅|委员会)$)", name):
        left = name[:m.end()]
        if len(left) >= 3 and not ORG_SUFFIX_RE.search(name[:m.start()] or "x"):
            parts.insert(0, ALIAS_OF.get(left, left))
    return parts

