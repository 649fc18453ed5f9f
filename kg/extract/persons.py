"""Persons and the posts they hold, read from the way Chinese news writes them.

Patterns covered (each a general rule, none a list of people):

- a post before the name: 上海市委书记陈吉宁; 国家发展改革委区域协调发展司副司长相伟;
- a chain of posts for one name: 中共中央政治局常委、国务院总理李强;
- a bare post that takes its jurisdiction from the post before it: 上海市委副书记、市长龚正
  (上海市市长); 上海市委书记陈吉宁和市长龚正;
- a title after the name: 习近平总书记;
- bylines: 记者 杨璐; 新华社北京12月1日电（记者 齐中熙 何欣荣）.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.doc import Span
from kg.extract.gazetteer import gazetteer
from kg.extract.lexicon import CLAUSE_VERBS, JURISDICTION_TITLES, NAMES_WITH_AND, ORG_SUFFIX_RE, PROVINCE_ABBR, TITLE_RE, ZONE_HEADS
from kg.extract.mentions import FOLLOW_RE, TRANSLITERATED, SentenceMentions, guess_name, is_person_name, plausible_person
from kg.extract.words import tokens

_DELIM = set("、，。；：！？（）()[]【】《》 \u3000\n—-·")
_STOP_BEFORE = set("在由是为任据把将从有等以")  # (出席全会的有省委委员, 谢立群等省委常委: no 有省委, 等省委)
_LIST_SEP = set("和与及同")
#: bodies that news names in full once and then by their kind alone
GENERIC_HEADS = ("集团", "公司", "领导小组")
_PARTY_TITLE = re.compile(r"书记|常委|委员$")
_PARTY_ORGAN = re.compile(r"(?<=.{2})(?:党委|党组|党工委)$")
_GOVERNMENT_TITLE = re.compile(r"^(?:常务)?副?(?:省|市|区|县|州)长$")
_PARTY_COMMITTEE = re.compile(r"(?:党)?委$")
#: bodies that a chain of posts names without their place (管委会主任 after 赣江新区党工委书记)
_BARE_BODIES = {"管委会", "党工委", "工委", "人大常委会", "政协", "政府", "人民政府", "纪委", "监委", "党委", "管理委员会"}
_PARTY_DEPARTMENTS = {"组织部", "宣传部", "统战部", "政法委", "政研室", "办公厅", "办公室"}
_BARE_BODY_END = re.compile(r"(?:" + "|".join(sorted(_BARE_BODIES, key=len, reverse=True)) + r"|委)$")
_NOT_TITLE_AFTER = set("会处团台级们组制长局")  # 委员会, 书记处, 主席团, 记者会 …
_SUFFIX_TITLES = ("总书记", "主席", "总理", "委员长")
_BYLINE_TITLES = ("记者", "通讯员", "摄影", "制图", "编辑", "责任编辑", "图片编辑", "美术编辑", "责编", "美编", "校对", "实习生")
#: titles that are also verbs (编辑出版, 校对文字): a post only in a page's credit line, before a colon (责任编辑：甘棠)
_CREDIT_TITLES = ("编辑", "责任编辑", "图片编辑", "美术编辑", "责编", "美编", "校对")
#: the source of a dateline before a byline: 新华社北京12月1日电（记者, 湖南日报4月22日讯（全媒体记者, 本报记者
_AGENCY = re.compile(r"(新华社|中新社|本报|[\u4e00-\u9fff]{2,6}?(?:日报|晚报|时报|报社|网|电视台|广播电视台))"
                     r"(?:[\u4e00-\u9fff]{0,8}?[ \u3000]?\d{1,2}月\d{1,2}日(?:电|讯)|讯)?[\s\u3000]*[（(]?[^（(，。]{0,4}$")
#: the newspaper a page comes from: its masthead (四川日报 in the page header) or its source line (来源：湖南日报, 来源：澎湃新闻)
_MASTHEAD = re.compile(r"(?:^|来源[：:]\s*|(?<=[\s\u3000]))([\u4e00-\u9fff]{2,8}?(?:日报|晚报|时报|报)|(?<=来源：)[\u4e00-\u9fff]{2,6}(?:新闻|网))"
                       r"(?=[\s\u3000A-Z]|\d{4}年|$)", re.M)  # (江西日报JIANGXI DAILY: its English name joined on)


def newspaper_of(page: str) -> str | None:
    """The newspaper a page says it comes from (本报 in its bylines), from its first lines."""
    m = _MASTHEAD.search(page[:200])
    return m.group(1) if m else None


#: the body a page's masthead says publishes it: 中共临泽县委主办, 临泽县融媒体中心出版
_PUBLISHER = re.compile(r"(?:中共)?([\u4e00-\u9fff]{2,8}?[省市县])委(?:员会)?主办|([\u4e00-\u9fff]{2,8}?[省市县])融媒体中心"
                        r"|^\s*([\u4e00-\u9fff]{2,8}?[省市县])人民政府(?:[ \u3000]*门户网站)?[ \u3000]*$", re.M)


def publisher_of(page: str) -> str | None:
    """The division whose party committee or media centre a page's first lines say publishes it
    (临泽县 of 中共临泽县委主办), for a paper whose name says no place (今日临泽), or a government's
    web portal a page was copied from (its first line: 运城市人民政府)."""
    m = _PUBLISHER.search(page[:200])
    return (m.group(1) or m.group(2) or m.group(3)) if m else None


_STRIP_PREFIX = re.compile(r"^(?:[■□●◆▲]+|原|前|时任|新任|现任|曾任|担任|兼任|并与|并同|[他她]们?(?:与|同|和|跟|向)|与|同|跟|向|本版|受|特邀|应邀|学习|并请|请|等)")  # (与公司董事长晏春林, 受澳门特别行政区行政长官…委托, 他与…公司负责人)


@dataclass
class PostMatch:
    start: int  # start of the post's prefix (or of the title when there is none)
    title_start: int
    end: int
    post: str
    org: str | None
    jurisdiction: str | None  # official name of the place the post's prefix names (上海市)


def find_posts(sm: SentenceMentions) -> list[PostMatch]:
    """Every post title in the sentence with the organisation or place written before it."""
    text = sm.sentence.text
    posts: list[PostMatch] = []
    blocked = [(p.start, p.end) for p in sm.persons]
    division_starts = {p.start for p in sm.places if p.kind in ("county", "prefecture")}
    for m in TITLE_RE.finditer(text):
        ts, te = m.start(), m.end()
        if te < len(text) and text[te] in _NOT_TITLE_AFTER and m.group() != "委员长":
            continue
        if any(s <= ts < e for s, e in blocked):
            continue
        if te - 1 in division_starts:
            continue  # 福州市长乐区: 长 begins a division's name, no 市长 (but 市长江承宇: 长江 is no division)
        if m.group() in _CREDIT_TITLES and text[te:te + 1] not in ("：", ":", " ", "\u3000"):
            continue  # (责任编辑：甘棠, 责任编辑　白　雪)
        prefix_start = _prefix_start(text, ts, sm)
        prefix = text[prefix_start:ts]
        if not (prefix.startswith(("原", "前")) and any(x.start == prefix_start for x in [*sm.orgs, *sm.places])):
            prefix = _STRIP_PREFIX.sub("", prefix)  # (原平市市长: a place named so, not 原 = former)
        prefix_start = ts - len(prefix)
        org = prefix if prefix and ORG_SUFFIX_RE.search(prefix) else None
        board = re.sub(r"(?:董事局|董事会|监事会)$", "", prefix)
        if board != prefix and ORG_SUFFIX_RE.search(board):
            org = board  # 星衍科技集团董事局主席: the board is the company's
        jurisdiction = _jurisdiction(prefix)
        posts.append(PostMatch(prefix_start, ts, te, prefix + m.group(), org, jurisdiction))
    return posts


def _prefix_start(text: str, ts: int, sm: SentenceMentions) -> int:
    """Walk back from a title over the words that name its organisation."""
    i = ts
    person_ends = {p.end for p in sm.persons}
    # 在南昌会见了中国华能集团有限公司党组书记: the clause's verb ends the body's name
    verb_ends = {e for s, e, w, f in tokens(text) if w in CLAUSE_VERBS or w == "的"}
    single = {s for s, e, w, f in tokens(text) if e - s == 1}
    quote_depth = 0
    while i > 0 and ts - i < 30:
        c = text[i - 1]
        if i in person_ends or (i in verb_ends and quote_depth == 0):
            break
        if c in "）)" and quote_depth == 0:
            opening = max(text.rfind("（", 0, i - 1), text.rfind("(", 0, i - 1))
            if opening > 0 and ts - opening < 30 and i - 1 - opening <= 6 and not any(d in text[opening + 1:i - 1] for d in "，。、"):
                i = opening  # 中国（黑龙江）自由贸易试验区哈尔滨片区管委会主任: a short aside inside the name
                continue
        if c == "”":
            quote_depth += 1
        elif c == "“":
            if quote_depth == 0:
                break
            quote_depth -= 1
        elif quote_depth == 0 and (c in _DELIM or (c in _STOP_BEFORE and (i - 1) in single)):  # not 由 of 自由贸易
            break
        elif quote_depth == 0 and c == "和" and any(text.startswith(n, i - 1 - n.index("和")) for n in NAMES_WITH_AND):
            pass  # 文化和旅游部: a body named with 和
        elif quote_depth == 0 and c in _LIST_SEP and text[:i - 1].endswith(("精神", "讲话", "部署")):
            break  # 传达学习…会议精神和中共中央政治局常委: the spirit conveyed, then the next item
        elif quote_depth == 0 and (c in _LIST_SEP or c == "经") and i == ts:
            break  # 陈吉宁和市长龚正: a bare title after 和; 方案经市长…主持召开的常务会议审议: after 经 (not 经开区, 经信厅)
        elif quote_depth == 0 and c in _LIST_SEP and ((i - 1) in person_ends or _name_ends_at(text, i - 1)):
            break  # 钟国平和赣江新区党工委书记: the name before 和 is another person
        elif quote_depth == 0 and c == "为" and re.search(r"(?:任命|聘任|聘请)[\u4e00-\u9fff]{2,4}$", text[:i - 1]):
            break  # 任命王立成为…厅长: the appointee and 为 (read by a dictionary as 成为) end the body's name
        elif quote_depth == 0 and c in "与同" and (at := re.search(r"在([\u4e00-\u9fff]{2,6})$", text[:i - 1])) \
                and gazetteer().lookup(at.group(1)) is not None:
            break  # 在郑州与中国电力建设集团有限公司党委书记…座谈: where they met, then the body
        i -= 1
    if quote_depth:
        return ts
    return i


def _name_ends_at(text: str, end: int) -> bool:
    """Whether a personal name of 2–3 characters ends at ``end``, opening its clause (钟国平和…)."""
    for n in (3, 2):
        start = end - n
        if start >= 0 and (start == 0 or text[start - 1] in _DELIM) and is_person_name(text[start:end]):
            return True
    return False


def _jurisdiction(prefix: str) -> str | None:
    if not prefix:
        return None
    hits = gazetteer().find(prefix)
    if hits and hits[-1][0] <= 6:
        s, e, div = hits[-1]
        if all(h[0] < 8 for h in hits):
            return div.full
    return None


def find_persons(sm: SentenceMentions, context_org: str | None = None, paper: str | None = None,
                 bodies: dict[str, str] | None = None) -> tuple[list[Span], list[tuple[Span, str, str | None]], list[str]]:
    """Persons, (person, post, org) holdings and the organisations the posts name, in one sentence.

    Names come from the recogniser and from the words after a post; posts from :func:`find_posts`.
    ``context_org`` is the body the previous sentence was about: a bare title opening this
    sentence (总经理吴日照说) is that body's post. ``bodies``: the last group, company and leading
    group the article named in full (by :data:`GENERIC_HEADS`), which a bare 集团, 公司 or 领导小组
    stands for (集团党委书记、董事长钮建华; 领导小组组长逯长河).
    """
    text = sm.sentence.text
    names: dict[int, Span] = {p.start: p for p in sm.persons}
    posts = find_posts(sm)
    holdings: list[tuple[Span, str, str | None]] = []
    orgs: list[str] = []
    chain: list[PostMatch] = []
    last_jurisdiction: str | None = None
    prev_org: str | None = None  # the body of the post before
    prev_end = -1
    last_body: str | None = None  # the company or body of the sentence's last post (中国宏聚能源集团有限公司)
    for pm in posts:
        if chain and text[prev_end:pm.start] not in ("、", ""):
            chain = []
        if pm.org in ("党委", "党组") and pm.start > 0 and text[pm.start - 1] in "，、" and last_body:
            # …有限公司党委书记、董事长厍国栋，党委副书记、总经理向前: the same company's committee
            pm.post, pm.org = last_body + pm.post, last_body + pm.org
        prefix = text[pm.start:pm.title_start]
        zone = next((z for z in ZONE_HEADS if prefix.startswith(z) and (bodies or {}).get(z)), None)
        if zone:  # 横琴粤澳深度合作区…；省长、合作区管委会主任符卓然: that zone's committee
            pm.post, pm.org = bodies[zone] + pm.post[len(zone):], bodies[zone] + prefix[len(zone):]
        generic = next((g for g in GENERIC_HEADS if pm.org and pm.org in (g, g + "党委", g + "党组")), None)
        if generic:
            named = [o.text for o in sm.orgs if o.end <= pm.start and o.text.endswith(generic) and o.text != generic]
            full = named[-1] if named else (bodies or {}).get(generic)
            if full:  # 考察重庆赛博睿驰汽车科技集团智能工厂，集团党委书记…: that group's committee
                pm.post, pm.org = full + pm.post[len(generic):], full + pm.org[len(generic):]
        if pm.org and pm.org not in ("党委", "党组"):
            last_body = _PARTY_ORGAN.sub("", pm.org) or pm.org
        if pm.org is None and pm.post in JURISDICTION_TITLES and last_jurisdiction:
            pm.post = last_jurisdiction + pm.post
        elif pm.start == pm.title_start and chain and chain[-1].org and text[prev_end:pm.start] == "、":
            if _GOVERNMENT_TITLE.search(pm.post) and _PARTY_COMMITTEE.search(chain[-1].org):
                # 北京市委常委、常务副市长: the government post of the party committee's city
                place = _PARTY_COMMITTEE.sub("", chain[-1].org)
                pm.post = pm.post if place in ("省", "市", "区", "县", "") else place + pm.post
            else:
                # 中国华能集团有限公司党组书记、董事长温枢刚: the bare title is of the same body, and a
                # title outside the party's (董事长, 总经理) of the body whose party committee it is
                # (but 自治区党委常委、秘书长: the secretary-general of a region's committee is the committee's)
                body = _PARTY_ORGAN.sub("", chain[-1].org)
                if _PARTY_TITLE.search(pm.post) or not body or body == "自治区" or gazetteer().lookup(body):
                    body = chain[-1].org
                pm.post, pm.org = body + pm.post, body
                if _GOVERNMENT_TITLE.search(text[pm.title_start:pm.end]) and re.search(r"[省市区县州](?:人民)?政府$", body):
                    # 省政府党组副书记、常务副省长覃立新: the province's executive vice governor (湖南省常务副省长)
                    head = re.sub(r"(?:人民)?政府$", "", body)
                    pm.post = (head if head not in ("省", "市", "区", "县", "州") else "") + text[pm.title_start:pm.end]
        elif text[pm.start:pm.title_start] in _PARTY_DEPARTMENTS and chain and chain[-1].org and text[prev_end:pm.start] == "、" \
                and chain[-1].org.endswith("委") and pm.post == text[pm.start:pm.end]:
            # 市委常委、组织部部长蒋卓彦: the department of the party committee just named
            pm.post, pm.org = chain[-1].org + pm.post, chain[-1].org + text[pm.start:pm.title_start]
        elif text[pm.start:pm.title_start] in _BARE_BODIES and chain and chain[-1].org and text[prev_end:pm.start] == "、" \
                and pm.post == text[pm.start:pm.end]:  # (not completed already: 公司董事长、党委书记)
            # 赣江新区党工委书记、管委会主任: the second body is of the same zone or city
            place = _BARE_BODY_END.sub("", chain[-1].org)
            if place and place not in ("省", "市", "区", "县"):
                pm.post, pm.org = place + pm.post, place + text[pm.start:pm.title_start]
        elif chain and chain[-1].jurisdiction and text[prev_end:pm.start] == "、" and (bare := _BARE_HEAD.match(pm.post)) \
                and not bare.group(1):
            # 广东省委书记、省人大常委会主任冼立坤: the bare body is of the province the chain named
            pm.post, pm.org = complete_post(pm.post, pm.org, jurisdiction_of(chain[-1].jurisdiction))
        elif pm.post in ("秘书长", "副秘书长", "副主任", "副主席") and prev_org and text[prev_end:pm.start] == "，" \
                and re.search(r"人大常委会$|政协$|委员会$", prev_org):
            # 市人大常委会副主任吴建平、黄家宁，秘书长曹永昌; 省人大常委会常务副主任赖鸣珂，副主任母思远: of the body
            # just named
            pm.post, pm.org = prev_org + pm.post, prev_org
        elif last_jurisdiction and text[prev_end:pm.start] == "，" and _BARE_HEAD.match(pm.post):
            # 江苏省委书记邵启文，省委副书记、省长葛明川: the province of the leader just named, not the paper's
            pm.post, pm.org = complete_post(pm.post, pm.org, jurisdiction_of(last_jurisdiction))
        elif pm.start == 0 and pm.post == text[pm.title_start:pm.end] and context_org and pm.post not in _BYLINE_TITLES \
                and not _GOVERNMENT_TITLE.search(pm.post):  # (副省长雒小平 after 国家发展改革委…: the province's)
            pm.post, pm.org = context_org + pm.post, context_org
        if pm.jurisdiction:
            last_jurisdiction = pm.jurisdiction
        prev_org = pm.org
        if pm.org:
            orgs.append(pm.org)
        chain.append(pm)
        prev_end = pm.end
        after = pm.end
        while after < pm.end + 3 and text[after:after + 1] in (" ", "\u3000"):  # 本报记者  党蓓: bylines pad
            after += 1
        if pm.post in _BYLINE_TITLES and text[pm.end:pm.end + 1] in ("：", ":"):
            after = pm.end + 1
        found = _names_after(text, after, names)
        if pm.post in _BYLINE_TITLES and len(byline := _byline_names(text, after)) > len(found):
            found = byline  # （记者 王文娟 尕藏卓玛）: the bracket names them all, those of no surname too
        if found and (_SHARED_TITLE.search(pm.post) or pm.post in _BYLINE_TITLES):
            # 副主任滕云峰、眭晓琴、符建中、阳卫民: deputies listed after their one title; （记者邝文舒、皇甫敏）
            while text[found[-1].end:found[-1].end + 1] == "、" and (more := _names_after(text, found[-1].end + 1, names)) \
                    and (text[more[0].end:more[0].end + 1] in "、，。；）)" or FOLLOW_RE.match(text, more[0].end)):
                found.append(more[0])
        if found:
            for span in found:
                if span.start not in names or names[span.start].end < span.end:
                    names[span.start] = span  # 主任萧景同率: the name the post reads, not the recogniser's 萧景
                for link in chain:
                    holdings.append((span, link.post, link.org))
            chain = []
            prev_end = found[-1].end
            continue
        # an appointment: 任命孟庆林为洛阳市发展和改革委员会主任，付晓光为洛阳市教育局局长
        appointed = [p for p in names.values() if p.end == pm.start - 1] if text[pm.start - 1:pm.start] == "为" \
            and _APPOINTED.search(text, 0, pm.start) else []
        if not appointed and text[pm.start - 1:pm.start] == "为" and (
                opening := re.search(r"(?:任命|任|[，、；])([\u4e00-\u9fff]{2,4})$", text[max(0, pm.start - 12):pm.start - 1])) \
                and _APPOINTED.search(text, 0, pm.start):
            # 任命漆远帆为…, 批准任命旷立成为…: a name the recogniser missed, between the act and 为 (which a
            # dictionary may read into 成为)
            start = pm.start - 1 - len(opening.group(1))
            if is_person_name(opening.group(1)):
                appointed = [Span(start, pm.start - 1, "PER", opening.group(1))]
                names.setdefault(start, appointed[0])
        if appointed:
            holdings.append((appointed[0], pm.post, pm.org))
            chain = []
            continue
        # a title after a name: 习近平总书记
        before = [p for p in names.values() if p.end == pm.title_start and pm.start == pm.title_start]
        if not before and pm.post in _SUFFIX_TITLES:
            before = _name_before(text, pm.title_start)
            for span in before:
                names.setdefault(span.start, span)
        if before and pm.post in _SUFFIX_TITLES:
            holdings.append((before[0], pm.post, None))
            chain = []
    for span in _run_together(text, names):
        names.setdefault(span.start, span)
    # 市领导上官文清、聂芸出席: names after a description of rank, which is no post
    for m in _LEADERS.finditer(text):
        pos = m.end()
        while (found := _names_after(text, pos, names)) and text[found[-1].end:found[-1].end + 1] in "、":
            names.setdefault(found[0].start, found[0])
            pos = found[-1].end + 1
        for span in found:
            names.setdefault(span.start, span)
    # bylines inside a news agency's dateline: 新华社北京12月1日电（记者 齐中熙 何欣荣）
    # and in a paper's own: 本报记者, 湖南日报4月22日讯（全媒体记者 谭思琪）; the agency is an organisation of the text
    holdings = [(span, *_agency_post(text, span, post, org, paper)) for span, post, org in holdings]
    orgs += [org for _, post, org in holdings if org and post.removeprefix(org) in _BYLINE_TITLES + ("全媒体记者", "本报记者")]
    # (副省长段明川、和玉珍: the post's 和玉珍, not the recogniser's 玉珍 inside it)
    persons = sorted((p for p in names.values() if not any(q is not p and q.start <= p.start and p.end <= q.end
                                                          for q in names.values())), key=lambda s: s.start)
    return persons, holdings, orgs


#: the verbs of an appointment, before …X为<post>
_APPOINTED = re.compile(r"任命|决定任|提名|选举|当选|聘任|聘请|递补")
#: titles several people hold at once, so that the names listed after one share it
_SHARED_TITLE = re.compile(r"^.{0,16}副(?:主任|省长|市长|主席|部长|书记|区长|县长|州长|秘书长|院长|局长|厅长|组长)$|常委$|委员$")
_LEADERS = re.compile(r"(?<!全)(?:省|市|区|县|州|自治区)领导(?!班子|干部|小组|同志)(?=[\u4e00-\u9fff])")  # (not 全省领导班子)
_RUN = re.compile(r"(?:^|(?<=[，。、：\s“”]))([\u4e00-\u9fff]{4,9}?)(?=出席|主持|讲话|会见|参加|看望|调研|考察|致辞)")


def _run_together(text: str, names: dict[int, Span]) -> list[Span]:
    """Names written one after another without a separator, as headlines do (陈吉宁龚正出席并讲话)."""
    out: list[Span] = []
    for m in _RUN.finditer(text):
        if any(m.start(1) <= s < m.end(1) for s in names):
            continue
        split = _split_names(text, m.start(1), m.end(1))
        if split and len(split) >= 2:
            out += [Span(a, b, "PER", text[a:b]) for a, b in split]
    return out


def _split_names(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """Cut ``text[start:end]`` into names of two or three characters, each plausible; None if it cannot be."""
    if start == end:
        return []
    if TRANSLITERATED.fullmatch(text, start, end) and end - start == 4:
        return [(start, end)]  # 市领导覃立军、单增曲扎: one Tibetan name, not 单增 and 曲扎
    for length in (3, 2):
        if start + length <= end and plausible_person(text, start, start + length):
            rest = _split_names(text, start + length, end)
            if rest is not None:
                return [(start, start + length)] + rest
    return None


def _agency_post(text: str, span: Span, post: str, org: str | None, paper: str | None) -> tuple[str, str | None]:
    """The post of a byline's name with the agency or paper it writes for (新华社记者), and that body."""
    if post.endswith(("记者", "通讯员", "摄影")) and len(post) <= 5 and org is None:
        head = text[:max(0, span.start)]
        k = head.rfind(post)
        m = _AGENCY.search(head[:k + len(post) - len(post.lstrip("全媒体本报"))]) if k >= 0 else None
        if m is None and post.startswith("本报"):
            m = _AGENCY.search(head[:k + 2])
        agency = m.group(1) if m else None
        if agency == "本报":
            # the paper's own reporter (本报记者, 本报讯（记者…）) is a 记者, as annotators of the genre write it
            # (11 against 7 keeping 本报记者 over the guard's texts), and writes for the masthead's paper
            return post.removeprefix("本报"), paper
        if agency:
            return agency + post.removeprefix("本报"), agency
    return post, org


def _name_before(text: str, end: int) -> list[Span]:
    """The name written before a title (习近平总书记), when the recogniser gave none."""
    for length in (3, 2):
        start = end - length
        if start >= 0 and (start == 0 or not text[start - 1].isalnum() or text[start - 1] in "在和与及的向同由对") \
                and plausible_person(text, start, end):
            return [Span(start, end, "PER", text[start:end])]
    return []


#: the names of a byline in brackets, with or without a surname (（记者 罗布次仁 彭岷）, （记者 央金）), or two run
#: together where a line was broken between them
_BYLINE_NAMES = re.compile(r"((?:[\u4e00-\u9fff]{2,8}[ \u3000]+)*[\u4e00-\u9fff]{2,8})(?=[）)])")


def _byline_names(text: str, pos: int) -> list[Span]:
    """The names of a bracketed byline starting at ``pos`` (after 记者), which need no surname: a
    Tibetan or Mongolian name (央金, 罗布次仁) is as much a name there as 彭岷."""
    m = _BYLINE_NAMES.match(text, pos)
    if m is None or "（" not in text[max(0, pos - 8):pos] and "(" not in text[max(0, pos - 8):pos]:
        return []
    out = []
    for w in re.finditer(r"[\u4e00-\u9fff]+", m.group()):
        if any(t in w.group() for t in _BYLINE_TITLES):
            break  # （记者 王文娟 见习记者 宋岩）: the next title names its own
        a, b = pos + w.start(), pos + w.end()
        # （记者 亓晓雯\n禚文博）: two names joined where the page broke the line between them
        out += [Span(a, b, "PER", w.group())] if b - a <= 4 else [Span(s, e, "PER", text[s:e]) for s, e in _split_names(text, a, b) or ()]
    return out


def _names_after(text: str, pos: int, names: dict[int, Span]) -> list[Span]:
    """The name right after a post, and the further names of a byline (记者 甲 乙 丙)."""
    out: list[Span] = []
    while True:
        span = names.get(pos)
        guess = guess_name(text, pos)
        if guess is not None and (span is None or (guess[1] > span.end and (text[guess[1]:guess[1] + 1] in "）)，。、 "
                                                                             or FOLLOW_RE.match(text, guess[1])))):
            span = Span(guess[0], guess[1], "PER", text[guess[0]:guess[1]])
        if span is None or not (plausible_person(text, span.start, span.end, after_title=True) or TRANSLITERATED.fullmatch(span.text)) \
                or (span.text[0] in "来到赴回" and span.text[1] in PROVINCE_ABBR and len(span.text) == 2):
            break  # (习近平总书记来川视察: where he came, not a name)
        out.append(span)
        nxt = span.end
        gap = len(text[nxt:nxt + 3]) - len(text[nxt:nxt + 3].lstrip(" \u3000"))
        if gap:
            pos = nxt + gap
            continue
        break
    return out


_BARE_HEAD = re.compile(r"^(?:((?:常务)?副?(省|市|县)长)|(省|市|县)(?!场|级|内|外(?!办)|区|城|域|乡|镇)"
                        r"(?=[\u4e00-\u9fff]{0,16}(?:委|厅|局|办|院|政府|人大|政协|纪委|监委|委员会|小组|工商联|总工会|妇联|科协|侨联|文联|残联))"
                        r"|(自治区)(?=[\u4e00-\u9fff]{0,16}(?:委|厅|局|办|院|政府|人大|政协|纪委|监委|委员会|小组|主席)))")


#: what a post or body written from 兵团 belongs to: there is one 兵团 in Chinese news
_BINGTUAN = "新疆生产建设兵团"


def complete_post(post: str, org: str | None, jurisdiction: dict[str, str]) -> tuple[str, str | None]:
    """A post written without its province or city (省委书记王浩 in a report on 浙江省委) takes the
    jurisdiction the article is about: 浙江省委书记; 省长 → 浙江省省长.

    >>> complete_post("省委书记", "省委", {"省": "浙江省"})
    ('浙江省委书记', '浙江省委')
    >>> complete_post("副市长", None, {"市": "杭州市"})
    ('杭州市副市长', None)
    >>> complete_post("省发展改革委", "省发展改革委", {"省": "江苏省"})
    ('江苏省发展改革委', '江苏省发展改革委')
    >>> complete_post("自治区副主席", None, {"自治区": "宁夏回族自治区"})
    ('宁夏回族自治区副主席', None)
    >>> complete_post("兵团党委常委", "兵团党委", {})
    ('新疆生产建设兵团党委常委', '新疆生产建设兵团党委')
    """
    if post.startswith("兵团") and not post.endswith(("报", "网", "台")):  # there is one: 新疆生产建设兵团 (not 兵团日报)
        return _BINGTUAN + post[2:], (_BINGTUAN + org[2:] if org and org.startswith("兵团") else org)
    m = _BARE_HEAD.match(post)
    if not m:
        return post, org
    level = m.group(2) or m.group(3) or m.group(4)
    place = jurisdiction.get(level)
    if place is None:
        return post, org
    if m.group(1):
        return place + post, org
    n = len(level)
    return place + post[n:], (place + org[n:] if org and org.startswith(level) else org)


def jurisdiction_of(name: str) -> dict[str, str]:
    """The province or city an organisation's name starts with (浙江省委常委会 → {"省": "浙江省"})."""
    hits = gazetteer().find(name[:8])
    if not hits or hits[0][0] != 0:
        return {}
    div = hits[0][2]
    if div.level == "province":
        for level in ("省", "市", "自治区"):
            if div.full.endswith(level):
                return {level: div.full}
        return {}
    if div.level == "prefecture" and div.full.endswith("市"):
        return {"市": div.full}
    if div.level == "county" and div.full.endswith("县"):
        return {"县": div.full}  # 兰考县融媒体中心 … 县委书记范建勋: 兰考县委书记
    return {}
