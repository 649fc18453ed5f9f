"""Extract: from a :class:`kg.doc.Document` to the :class:`kg.facts.Extraction` of its facts.

One module per kind of fact (:mod:`.persons`, :mod:`.events`, :mod:`.goals`, :mod:`.documents`);
this module runs them sentence by sentence, article by article (so that nothing read in one
news item leaks into another), then merges what the sentences found into document-level facts.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from kg.dates import PartialDate, find_dates, find_datelines
from kg.doc import Article, Document, Span
from kg.extract.documents import find_documents
from kg.extract.events import (BACK_REFERENCE, BYLINE, ESCORTED, MEETING_END, MEETING_NOUN, EventContext, article_abbreviations,
                               find_events, merge_role, subsequence)
from kg.extract.gazetteer import gazetteer
from kg.extract.lexicon import PAPER_HOMES, PROVINCE_ABBR, SURNAMES, TITLE_RE, VENUES, ZONE_HEADS, ZONE_SUFFIXES
from kg.extract.goals import find_goals
from kg.extract.mentions import FOLLOW_RE, PlaceMention, SentenceMentions, collective_places, place_mentions, plausible_person, snap_to_name
from kg.extract.organizations import ALIAS_OF, alias_forms, canonical, conjoined, extend_left, is_org_name, nested, orgs_by_suffix
from kg.extract.persons import GENERIC_HEADS, complete_post, find_persons, jurisdiction_of, newspaper_of, publisher_of
from kg.extract.words import aligned
from kg.facts import Event, Extraction, Organization, Person, Place, PostHolding

__all__ = ["extract", "recognise"]


#: a newspaper's name in a manifest's publisher field
_PAPER_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:日报|晚报|时报|特区报|都市报)")


def extract(doc: Document, recognised: dict[str, list[tuple[int, int, str]]] | None = None) -> Extraction:
    """All facts of one document, each with the sentence it was read from.

    ``recognised``: the recogniser's spans of each sentence text of ``doc``, when
    :func:`recognise` has already run over it together with other documents.

    >>> from kg.ingest import read_text
    >>> ex = extract(read_text("新华社上海11月30日电 上海市委书记陈吉宁出席会议。", "t", date="2023-12-01"))
    >>> [(h.person, h.post) for h in ex.posts]
    [('陈吉宁', '上海市委书记')]
    """
    if recognised is None:
        recognised = recognise([doc])
    out = Extraction(doc_id=doc.id)
    # what 本报 stands for, the same for every article of the page: the paper the page names, else the one its
    # manifest names as publisher (天津日报（市级党报）, 省级党报（四川日报）)
    paper = newspaper_of(doc.text) or next(iter(_PAPER_NAME.findall(doc.publisher or "")), None)
    # 吉林日报: a bare 省委书记 with nothing else to go by is 吉林's; 今日临泽, 中共临泽县委主办: a bare 县长 is 临泽县's
    home = jurisdiction_of(PAPER_HOMES.get(paper, paper)) if paper else {}
    home = home or jurisdiction_of(publisher_of(doc.text) or "")
    for article in doc.articles:
        spans = ((sent, [Span(a, b, lab, sent.text[a:b]) for a, b, lab in recognised[sent.text]]) for sent in article.sentences)
        _extract_article(doc, article, spans, out, paper, home)
    masthead = next((s for a in doc.articles for s in a.sentences if paper and paper in s.text), None)
    if masthead is not None:  # 广西日报 2025年3月6日 星期四 第1版: the paper the page is from
        out.organizations.append(Organization(paper, masthead))
    _merge(out)
    return out


def recognise(docs: list[Document]) -> dict[str, list[tuple[int, int, str]]]:
    """The recogniser's spans (start, end, PER|LOC|ORG) of each sentence text of ``docs``.

    One call over many documents is faster than one per document: the recogniser's networks run
    on batches of sentences of equal length, which are larger the more sentences there are (on
    news sentences, a tenth of a megabyte at once is twice as fast as one document at a time), and
    a sentence repeated across documents is tagged once. The spans of a sentence do not depend on
    the others.
    """
    from kg.ner import recognize_many

    texts = list(dict.fromkeys(s.text for d in docs for a in d.articles for s in a.sentences))
    return dict(zip(texts, recognize_many(texts)))


def _article_base(doc: Document, article: Article) -> tuple[PartialDate | None, str | None]:
    """The date relative dates of an article resolve against: its own dateline's when it has one;
    and the city of that dateline (新华社北京11月25日电), where the news of that day was made."""
    base = doc.date
    head = doc.text[article.start:min(article.end, article.start + 300)]
    lines = find_datelines(head)
    if lines and lines[0].month and base is not None:
        dl = lines[0]
        for year in (base.year, base.year - 1):
            cand = PartialDate(year, dl.month, dl.day)
            if cand <= PartialDate(base.year, base.month or 12, base.day or 31):
                return cand, dl.place or None
    filed = lines[0].place if lines and not lines[0].month else ""
    return base, filed if gazetteer().lookup(filed, trusted=True) else None  # 本报南昌讯: filed there (not 本报综合讯)


def _extract_article(doc: Document, article: Article, recognised: Iterator, out: Extraction, paper: str | None,
                     home: dict[str, str]) -> None:
    base, filed_in = _article_base(doc, article)
    told = (len(out.persons), len(out.posts))  # what the article adds to ``out`` starts here
    # dates are read over the whole article, so that 28日 after 11月28日至12月2日 falls in that span
    article_text = doc.text[article.start:article.end]
    article_dates = find_dates(article_text, base)
    if base is not None and doc.date is not None and doc.date.precision == "day" and base == doc.date.shifted(-1) \
            and _PAPER_DATELINE.search(article_text, 0, 300) and not any(d.text.startswith(("今天", "今日")) for d in article_dates):
        # 本报沈阳6月20日讯 … 昨天 on the page of 6月21日: the reader's yesterday, the dateline's day (but where the
        # article says 今天 for the dateline's day, 昨天 is the day before it)
        article_dates = [replace(d, date=d.date.shifted(1)) if d.kind == "date" and d.date is not None
                         and d.text.startswith(("昨天", "昨日")) else d for d in article_dates]
    ctx = EventContext(abbreviations=article_abbreviations(article_text), today=base)
    prev_end = article.start
    context_org: str | None = None
    bodies: dict[str, str] = {}  # 集团 → the last group the article named in full (see GENERIC_HEADS)
    holders: dict[str, str] = {}  # 总书记 → the person of the article holding that post
    subject: str | None = None  # the person the previous sentence was about
    jurisdiction: dict[str, str] = {}  # 省 → 浙江省: what a bare 省委/市长 of this article belongs to
    named: set[str] = set()  # the names of persons the article has told so far
    in_lead = True  # still in the headlines or the lead's first sentence
    # 全省…会议在南京召开 on a page that names no paper: the province of the city the province met in
    home = home or _province_met_in(article_text)
    divisions = gazetteer().find(article_text)  # the divisions the article names (start, end, division)
    # the one city the article names (宜昌 in a report of 三峡日报): a bare 市委书记's when nothing else says
    cities = {d.full for _, e, d in divisions if d.level == "prefecture" and d.full.endswith("市")
              and not _NAMES_A_BODY.match(article_text, e)}  # (not 武汉 of 武汉大学)
    local = {"市": cities.pop()} if len(cities) == 1 else {}

    def where() -> dict[str, str]:
        """What a bare 省/市/县 of this sentence belongs to: the paper's, else the article's bodies', else its one city."""
        return {**local, **jurisdiction, **home}

    # the provinces and cities the article names: a county known by its short name only (江口, 双城)
    # is one of theirs, or no county at all (入江口, 双城经济圈)
    around = {n for _, _, div in divisions if div.level != "county" for n in (div.name, div.province)}
    initials = {n[0] for n in around if len(n) > 1}
    for sent, spans in recognised:
        if "\n\n" in doc.text[prev_end:sent.start]:
            ctx.last_date = None  # a new paragraph: dates do not carry over
        prev_end = sent.end
        sm = SentenceMentions(sent)
        spans = [_titled_name(sent.text, s) for s in spans]
        sm.persons = [s for s in map(lambda s: snap_to_name(sent.text, s), spans) if s.label == "PER"
                      and plausible_person(sent.text, s.start, s.end, after_title=_after_title(sent.text, s.start))
                      and not sent.text.startswith(_ZONE_AFTER, s.end)  # 杨凌示范区: a zone's name
                      and not _ZONE_NAMED_AFTER.match(sent.text, s.end)]  # 沈抚改革创新示范区: the places a zone is named by
        sm.places = place_mentions(sent.text, [s for s in spans if s.label == "LOC" or (s.label == "ORG" and (
            gazetteer().lookup(s.text, trusted=True) or re.split("[“”]", s.text)[0].endswith(ZONE_SUFFIXES)))], sm.persons)
        sm.places = _counties_in_context(sm.places, around)
        sm.places = _bare_zones(sent.text, sm.places, bodies)
        zones = {z for h, z in bodies.items() if h in ZONE_HEADS}  # (沈抚 of 沈抚改革创新示范区: no one's name)
        sm.persons = [p for p in sm.persons if not any(pl.surface in zones and pl.start <= p.start and p.end <= pl.end
                                                       for pl in sm.places)]
        sm.orgs = _orgs(sent.text, spans)
        persons, holdings, post_orgs = find_persons(sm, context_org, paper, bodies)
        persons = _known_names(sent.text, persons, named)
        held = {span.text for span, _, _ in holdings}
        # 陆良将以…: a county the article names in full (陆良县) written bare, not a person
        persons = [p for p in persons if p.text in held or len(p.text) != 2
                   or (d := gazetteer().lookup(p.text, trusted=True)) is None
                   or (d.full not in article_text and not _listed_with_places(sent.text, p, sm.places))]
        # 郑开同城化, 郑新郑焦深度融合: the first characters of the article's cities (郑州, 开封, 新乡, 焦作), no one's name
        persons = [p for p in persons if p.text in held or len(set(p.text)) < 2 or not all(c in initials for c in p.text)]
        named.update(p.text for p in persons if len(p.text) >= 3)
        named.update(span.text for span, _, _ in holdings if len(span.text) == 2)  # 省政协主席万全: a post makes it a name
        sm.places = [pl for pl in sm.places if not any(p.start < pl.end and pl.start < p.end for p in persons)
                     and not (pl.kind == "place" and any(pl.surface in o and o.endswith(pl.surface) for o in post_orgs))
                     and not any(o.start <= pl.start and pl.end <= o.end and _COMPANY.search(o.text) for o in sm.orgs)]
        # (浙江 of 浙江远拓控股集团有限公司: a company's name, not a place the text speaks of)
        context_org = sm.orgs[0].text if sm.orgs and sm.orgs[0].start == 0 else None
        for pl in sm.places:  # and a bare 合作区, 新区 …
            head = next((z for z in ZONE_HEADS if pl.name.endswith(z) and len(pl.name) > len(z) + 1), None)
            if head and (pl.kind == "zone" or (pl.kind == "place" and not pl.name.endswith("高新区"))):
                bodies.setdefault(head, pl.name)
        for name in [o.text for o in sm.orgs] + post_orgs:  # what a later bare 集团 or 领导小组 stands for
            zone = _ZONE_OF_BODY.match(name)  # 横琴粤澳深度合作区管理委员会: the zone it governs
            if zone and not zone.group(1).startswith(ZONE_HEADS):
                bodies.setdefault(zone.group(2), zone.group(1))
            head = next((g for g in GENERIC_HEADS if name.endswith(g) and len(name) > len(g) + 1), None)
            if head == "领导小组" and name.startswith(("省", "市")):
                name = complete_post(name, name, where())[1] or name  # 省黄河流域…领导小组: 山西省…
            if head and not name.startswith(("省", "市", "自治区")):
                bodies[head] = name
                if head == "公司" and re.search(r".集团(?:股份)?有限公司$", name):
                    bodies["集团"] = name  # 襄阳汉江智能装备集团有限公司 … 集团董事长柯海涛: the group named in full
        sm.persons = persons
        lo, hi = sent.start - article.start, sent.end - article.start
        dates = [replace(d, start=d.start - lo, end=d.end - lo) for d in article_dates if lo <= d.start and d.end <= hi
                 and not _STAMPED.search(article_text, max(0, d.start - 6), d.start)]  # (not a web page's 发布时间：)
        for p in persons:
            out.persons.append(Person(p.text, sent))
        for name in post_orgs + [o.text for o in sm.orgs]:
            if _GUEST_BODY.search(name):
                continue  # 浙江远拓控股集团有限公司 in a report from 长春, 武汉大学…学院 in one from 宜昌: a guest
            for level, place in jurisdiction_of(name).items():
                jurisdiction.setdefault(level, place)  # the first province/city a body of the article is of
        if in_lead:
            # else the province and city of the headline or the lead (江苏召开专题会议 … 省委书记信长星;
            # 全市推进郑州航空港…大会 … 市委书记高启鸣)
            # (a division named, or the division a zone or county of the lead lies in: 郑州航空港经济综合实验区)
            named_in = [pl.name if pl.kind in ("province", "prefecture") else pl.parent for pl in sm.places
                        if pl.kind in ("province", "prefecture") or (pl.kind in ("zone", "county") and pl.parent)]
            division = next((d for d in map(gazetteer().lookup, named_in) if d is not None and d.level != "county"), None)
            if division is not None and division.level == "prefecture":  # 省委书记鲍文澜在成都会见…: 四川
                if division.full.endswith("市"):
                    jurisdiction.setdefault("市", division.full)
                division = gazetteer().lookup(division.province)
            if division is not None and division.full.endswith(("省", "自治区")):
                jurisdiction.setdefault("省" if division.full.endswith("省") else "自治区", division.full)
            in_lead = not sent.text.endswith("。")  # the headlines, up to the first full sentence
        for span, post, org in holdings:
            post, org = complete_post(post, org, where())
            out.posts.append(PostHolding(span.text, post, org, sent))
        for written in post_orgs + [o.text for o in sm.orgs]:
            name = complete_post(written, written, where())[1]
            if name in _GENERIC_BODIES:
                continue  # 集团党委, 管委会 not completed: no node of their own
            for part in nested(name):
                main, aliases = canonical(part)
                if part == name and written != name:
                    aliases += (written,)  # 省政府 as the text wrote it, beside 四川省政府
                out.organizations.append(Organization(main, sent, aliases))
        for pm in sm.places:
            out.places.append(Place(pm.name, sent, parent=pm.parent, kind=pm.kind, aliases=_place_aliases(pm)))
        regions = {p.name for p in out.places if p.kind == "region"}
        for pm in collective_places(sent.text, regions):
            out.places.append(Place(pm.name, sent, kind="collective"))
        # 他 at a stop of a visit (随后，他来到…) is the visitor, whoever the sentence before was about
        visitor = next((p.name for ev in reversed(ctx.events) if ev.trigger in _VISIT_TRIGGERS
                        for p in ev.participations if p.role == "other"), None)
        referent = visitor if visitor and _AT_A_STOP.search(sent.text) else subject
        find_events(sm, dates, ctx, persons + _coreferences(sent.text, persons, holders, referent))
        for span, post, _ in holdings:
            for title in _REFERRING_TITLES:
                if post.endswith(title):
                    holders[title] = span.text
        # (the person the sentence is about, not the escort of 在…陪同下 before them)
        escorts = list(ESCORTED.finditer(sent.text)) + list(BYLINE.finditer(sent.text))  # (nor a reporter)
        lead = [p for p in persons if not any(m.start() <= p.start < m.end() for m in escorts)]
        if lead and (lead[0].start <= 12 or any(0 <= lead[0].start - m.end() <= 2 for m in escorts)
                     or _DATED_OPENING.match(sent.text[:lead[0].start])):
            subject = lead[0].text  # 在…陪同下，庹继川先后来到…
        elif persons and persons[0].start <= 12 and not escorts:
            subject = persons[0].text
        out.goals.extend(find_goals(sent, dates, base))
        for document in find_documents(sent, dates):
            if document.date is None and ctx.setting is not None and ctx.setting.date and BACK_REFERENCE.match(sent.text):
                document = replace(document, date=ctx.setting.date)  # adopted at the meeting the article reports
            out.documents.append(document)
        # (not a date to come: 今年9月，大会将在…举办 tells a plan, the visit goes on)
        located = [d for d in dates if d.date is not None and d.kind in ("date", "span")
                   and not (base is not None and d.date.iso() > base.iso() and not d.date.iso().startswith(base.iso()))]
        last = ctx.last_date.date if ctx.last_date is not None else None
        if located and not (last is not None and last.iso() != located[-1].date.iso()
                            and last.iso().startswith(located[-1].date.iso())):
            ctx.last_date = located[-1]  # (陆地港今年力争…: a year that holds the day told does not move the story off it)
    for ev in ctx.vague:
        if ev.date is None and base is not None and base.month:
            ev.date = PartialDate(base.year, base.month)  # 近日，…召开: a few days before the paper, in its month
        if ev.trigger not in _VISIT_VERBS or ev.end_date is not None or ev.date is None or ev.date.precision != "month":
            continue
        # 近日，…率代表团来陕学习考察。24日下午，…来到…；25日上午，…来到…: the visit is on the days of its stops
        days = sorted({e.date.iso(): e.date for e in ctx.events if e.trigger in _STOP_VERBS and e.end_date is None
                       and e.evidence.index > ev.evidence.index and e.date is not None and e.date.precision == "day"
                       and e.date.iso().startswith(ev.date.iso())}.items())
        if days:
            ev.date, ev.end_date = days[0][1], days[-1][1] if len(days) > 1 else None
    paper_place = next((gazetteer().lookup(home[level]) for level in ("市", "省", "自治区") if level in home), None)
    spans = {(v.date, v.end_date, v.evidence.index): v.place for v in ctx.events if v.end_date is not None and v.trigger in _VISIT_VERBS}
    days = {(v.date, v.evidence.index): v.place for v in ctx.events if v.end_date is None and v.trigger in _VISIT_VERBS and v.place}
    for ev in ctx.events:
        if ev.place in ZONE_HEADS and bodies.get(ev.place):
            ev.place = bodies[ev.place]  # 在合作区会见: the zone the article named in full (横琴粤澳深度合作区管理委员会主任)
        elif ev.place and gazetteer().lookup(ev.place) is None and not ev.place.endswith(ZONE_SUFFIXES) and (full := next(
                (z for h, z in bodies.items() if h in ZONE_HEADS and z.startswith(ev.place) and len(z) > len(ev.place) + 2), None)):
            # 会商会在前海举行 after 前海深港现代服务业合作区: the zone, called by the name it opens with (another of its names)
            out.places.append(Place(full, ev.evidence, kind="zone", aliases=(ev.place,)))
            ev.place = full
        if ev.place is None and ev.end_date is None and MEETING_END.search(ev.label) and (ev.date, ev.evidence.index) in days:
            ev.place = days[ev.date, ev.evidence.index]  # 昨天，…到中山大学、…调研，并主持召开座谈会: where the visit was
        if ev.end_date is not None and MEETING_END.search(ev.label) and (ev.date, ev.end_date, ev.evidence.index) in spans:
            # 14日至15日在宜昌调研，并主持召开…座谈会: the symposium that closes the visit, on its last day, where it was
            ev.place = ev.place or spans[ev.date, ev.end_date, ev.evidence.index]
            ev.date, ev.end_date = ev.end_date, None
        if ev.place is None and ev.end_date is None and ev.date is not None and MEETING_END.search(ev.label) \
                and (visit := next((v for v in ctx.created if v.end_date is not None and v.trigger in _VISIT_VERBS), None)) \
                and visit.place and (division := gazetteer().lookup(visit.place)) is not None \
                and division.level in ("prefecture", "county") \
                and visit.date.iso() <= ev.date.iso() <= visit.end_date.iso() + "~":
            # 11月6日至7日，…来我市调研 … 7日下午，…主持召开民营企业座谈会: held in the city the visit was to
            ev.place = visit.place
        if ev.place is None and filed_in and (ev.date == base or (ctx.created and ev is ctx.created[0] and ev.end_date is None)) \
                and ev.date is not None and ev.date.precision == "day":
            # 新华社北京11月25日电 … 25日举行新闻发布会; 本报南昌讯 12月30日，省委常委会召开会议: where the dateline was filed
            ev.place = filed_in
        if ev.place is None and paper_place is not None and ev.trigger in _VISIT_VERBS and ctx.created and ev is ctx.created[0] \
                and not re.search("赴|前往", ev.evidence.text):  # (率代表团赴湖北、湖南考察学习: away from the paper's province)
            ev.place = paper_place.name  # 洛阳日报: 市长訾广宁带队调研…, the story's visit, in the paper's city
        if ev.place is None and "市" in home and ev.trigger in ("会见", "会晤", "接见") \
                and (city := gazetteer().lookup(home["市"])) is not None:
            ev.place = city.name  # 钦州日报: 市委书记陆德明会见了…一行, the city's host, in the city
        if ev.place is None and (deictic := _HELD_HERE.search(ev.evidence.text) or (
                _VISITED_HERE.search(ev.evidence.text) if ev.trigger in _VISIT_VERBS else None)) and deictic.group(1) in (here := where()) \
                and (division := gazetteer().lookup(here[deictic.group(1)])) is not None:
            ev.place = division.name  # 运城市人民政府: …市长联席会议在我市召开, in the portal's city; …到我市调研, in the one city told
        whole = "市" if ev.label.startswith("全市") and "视频" not in ev.label + ev.evidence.text else None  # (not 以视频形式召开)
        if ev.place is None and whole in home and (division := gazetteer().lookup(home[whole])) is not None:
            ev.place = division.name  # 西安日报: 全市西安都市圈建设推进大会召开, in the paper's city
    # an event needs a date or a place, or must be a meeting by name (a speech's headline meeting);
    # a stop of a visit told with neither its own day nor its own place is the visit (在西部（成都）科学城，
    # 他察看…, dated by the visit's days): not an event of its own
    kept = [e for e in ctx.events if (e.date or e.place or (e.participations and MEETING_END.search(e.label)))
            and not _part_of_visit(e, ctx.events) and not _only_a_year_inferred(e)]
    _date_first_stops(kept)
    _complete_cut_names(doc.text[article.start:article.end], out, told, kept)
    out.events.extend(kept)


#: a paper's own dateline with its day (本报沈阳6月20日讯), written the day before the page it is printed on
_PAPER_DATELINE = re.compile(r"\d{1,2}[ \u3000]*日[ \u3000]*讯")
#: a meeting held, or a visit made, in the publisher's own division, pointed at (在我市召开, 在我省举行, 到我市调研)
_HELD_HERE = re.compile(r"(?:在(?=[我本][市省区](?:召开|举行|举办|开幕))|[到来](?=[我本][市省区](?:调研|考察|检查|视察)))[我本]([市省区])")
#: a visit made in the publisher's own division (…副主任贲志华在我区调研…), not one recalled (在我省考察时的重要讲话)
_VISITED_HERE = re.compile(r"在[我本]([市省区])(?=调研|考察|视察)(?![^，。；]*时)")


def _listed_with_places(text: str, span: Span, places: list[PlaceMention]) -> bool:
    """Whether a name is listed with places next to it (石嘴山和吴忠为副中心): a division, not a person."""
    return any((pl.end == span.start - 1 and text[pl.end] in "、和与及") or (pl.start == span.end + 1 and text[span.end] in "、和与及")
               for pl in places)


def _only_a_year_inferred(ev: Event) -> bool:
    """Whether all an event has is a year its sentence does not write before the act (今年以来，…已与20余家
    央企签署协议; 2021年以来，…先后签订…; 四市签署了《…》 after a meeting; 新闻办举行2024年…新闻发布会): no place, nobody, no
    day: a mention in passing, not an event the text tells (2014年，国务院批复《…》 is one)."""
    if ev.place or ev.participations or ev.date is None or ev.date.precision != "year":
        return False
    text = ev.evidence.text
    at = text.find(ev.trigger) if ev.trigger else -1
    told = rf"{ev.date.year}年(?![度底末]|以来)|(?:去年|前年|明年|今年)(?!以来)"  # (去年召开的…全会, 去年…开工建设)
    return not (re.search(told, text[:at if at >= 0 else None])
                or (at >= 0 and re.match(rf"{re.escape(ev.trigger)}于{ev.date.year}年", text[at:])))


def _complete_cut_names(text: str, out: Extraction, told: tuple[int, int], events: list[Event]) -> None:
    """A name the recogniser cut short where the article wrote a longer one every time (房志 of
    房志远宣布开工 in a headline, before the lead names 省委书记房志远): the longer name, in persons, posts
    and events; ``told``: where the article's persons and posts start in ``out``."""
    names = {p.name for p in out.persons[told[0]:]}
    cut = {short: full for short in names for full in names
           if len(full) == len(short) + 1 and full.startswith(short) and text.count(short) == text.count(full)}
    if not cut:
        return
    out.persons[told[0]:] = [replace(p, name=cut.get(p.name, p.name)) for p in out.persons[told[0]:]]
    out.posts[told[1]:] = [replace(h, person=cut.get(h.person, h.person)) for h in out.posts[told[1]:]]
    for ev in events:
        parts, ev.participations = ev.participations, []
        for part in parts:
            merge_role(ev, replace(part, name=cut.get(part.name, part.name)))


#: a web page's time stamp before a date: when the page was put up, not when anything happened
_STAMPED = re.compile(r"(?:发布|更新|发稿)?时间[：:]\s*$")
#: what may come before the person a sentence is about: a dateline, a date, a post (本报讯 7月5日至6日，省长)
_DATED_OPENING = re.compile(r"^(?:(?:本报|新华社|中新社|人民日报|[\u4e00-\u9fff]{2,6}日报)[^，。（()]{0,14}?(?:讯|电))?[ \u3000]*"
                            r"(?:[（(][^（()）]{0,30}[）)])?[ \u3000]*[\d月日至年上下午]+[，,][\u4e00-\u9fff、]{0,30}$")


#: the triggers of a visit as a whole (not of one of its stops)
_VISIT_VERBS = ("调研", "考察", "视察", "督导检查", "督导", "督查", "暗查暗访", "暗访", "检查")
_VISIT_TRIGGERS = _VISIT_VERBS + ("来到", "走进", "察看", "参观")
#: a sentence telling a stop of a visit with 他 as its subject
_AT_A_STOP = re.compile(r"(?:^|[，,])(?:随后|接着|之后|此后)?[，,]?他(?:还|又|先后|首先|随后)?(?:来到|走进|察看|考察|参观|前往|登上)")


_STOP_VERBS = ("来到", "走进", "察看", "考察", "参观", "看望", "前往")


#: a meeting of the whole province and the city it was held in (全省对口支援新疆工作会议在南京召开)
_PROVINCE_MET = re.compile(r"全省[^，。；]{2,30}?" + MEETING_NOUN + r"在([\u4e00-\u9fff]{2,4}?)(?:召开|举行)")


def _province_met_in(text: str) -> dict[str, str]:
    """The province a 全省 meeting of the article was held in, as :func:`jurisdiction_of` gives it."""
    m = _PROVINCE_MET.search(text)
    city = gazetteer().lookup(m.group(1)) if m else None
    return jurisdiction_of(city.province) if city is not None and city.level == "prefecture" and city.province else {}


def _date_first_stops(events: list[Event]) -> None:
    """The stops of a visit of several days told before any of its days is (首先来到…; 在…市场，他走进…;
    随后，他来到…) are on its first day, not on all its days."""
    visits = [v for v in events if v.end_date is not None and v.trigger in _VISIT_VERBS]
    for visit in visits:
        later = sorted((e for e in events if e is not visit and e.evidence.article == visit.evidence.article
                        and e.evidence.index > visit.evidence.index), key=lambda e: e.evidence.index)
        for ev in later:
            if ev.date is not None and ev.end_date is None:
                break  # a day told (6日上午，…): what follows is dated by it
            if ev.place and ev.trigger in _STOP_VERBS and (ev.date is None or (ev.date, ev.end_date) == (visit.date, visit.end_date)):
                ev.date, ev.end_date = visit.date, None


def _part_of_visit(ev: Event, events: list[Event]) -> bool:
    """Whether ``ev`` has no place of its own and the days of a placed visit: a stop of that visit."""
    return ev.place is None and ev.end_date is not None and any(
        v is not ev and v.place and (v.date, v.end_date) == (ev.date, ev.end_date) for v in events)


def _titled_name(text: str, span: Span) -> Span:
    """A span the recogniser took for a place, written right after a post's title and shaped like a
    name (省委书记冀华堂: 堂 ends many halls), is the post holder's name."""
    if span.label == "LOC" and 2 <= len(span.text) <= 3 and span.text[0] in SURNAMES and _after_title(text, span.start) \
            and gazetteer().lookup(span.text) is None and plausible_person(text, span.start, span.end, after_title=True):
        return Span(span.start, span.end, "PER", span.text)
    return span


def _after_title(text: str, start: int) -> bool:
    """Whether a post's title ends right before ``start`` (主任何军)."""
    return any(m.end() == start for m in TITLE_RE.finditer(text, max(0, start - 6), start))


def _counties_in_context(places: list, around: set[str]) -> list:
    """Drop a county named by its short form alone (江口 in 入江口) unless the article names its city
    or province, or the sentence lists it with another county of that province (句容、金坛、武进)."""
    def province(pm) -> str | None:
        div = gazetteer().lookup(pm.name)
        return div.province if div is not None else None

    short = [pm for pm in places if pm.kind == "county" and pm.surface != pm.name]
    provinces = [province(pm) for pm in short]
    return [pm for pm in places if pm not in short or pm.parent in around or province(pm) in around
            or provinces.count(province(pm)) >= 2]


def _known_names(text: str, persons: list[Span], named: set[str]) -> list[Span]:
    """Add the later mentions of a person the article already named (钟国平和…汇报) that the
    recogniser missed or cut short here, not inside another person's; a name of two characters (万全, also a
    word) only where a name stands: opening a clause, before a word that follows names (万全在…主持)."""
    found = list(persons)
    for name in named:
        for m in re.finditer(re.escape(name), text):
            if len(name) == 2 and not ((m.start() == 0 or text[m.start() - 1] in "，。；：、（“ ") and FOLLOW_RE.match(text, m.end())):
                continue
            inside = [p for p in found if p.start < m.end() and m.start() < p.end]
            if inside and len(name) >= 3 and all((m.start() <= p.start and p.end <= m.end() and p.text != name)
                                                 or (m.start() < p.start < m.end() < p.end and p.text not in named)
                                                 for p in inside):
                # 萧景同讲话: not 萧景 (同 read as "with"); 母春林在泸会见: not 母春 and 林在泸, a name begun inside one known
                found = [p for p in found if p not in inside]
                inside = []
            if not inside:
                found.append(Span(m.start(), m.end(), "PER", name))
    return sorted(found, key=lambda s: s.start)


#: names of a kind of body, which name no body until a place or a name completes them
_ZONE_OF_BODY = re.compile(r"([\u4e00-\u9fff（）]{2,16}?(" + "|".join(ZONE_HEADS) + r"))(?=管理委员会|管委会|党工委|执行委员会)")
_COMPANY = re.compile(r"(?:公司|集团|银行|股份)$")
#: bodies named after a city that are not the city's (武汉大学…学院 in a report from 宜昌)
_GUEST_SUFFIX = r"(?:公司|集团|银行|股份|大学|学院|学校|医院|研究院|研究所|实验室)"
_GUEST_BODY = re.compile(_GUEST_SUFFIX + "$")
_NAMES_A_BODY = re.compile(r"[\u4e00-\u9fff]{0,8}?" + _GUEST_SUFFIX)  # what follows a city's name in a guest body's
#: a zone's suffix right after a would-be name (杨凌示范区) makes it the zone's name
_ZONE_AFTER = tuple(s for s in ZONE_SUFFIXES if len(s) >= 2)
#: what a zone's name goes on with after the places it opens with (沈抚 of 沈抚改革创新示范区, 太忻一体化经济区)
_ZONE_NAMED_AFTER = re.compile(r"(?:改革|创新|开放|合作|一体化|同城化|协同|融合|发展|绿色|生态|数字|产业){1,3}"
                               r"(?:示范区|试验区|实验区|合作区|先行区|经济区|新区)")
_GENERIC_BODIES = {"党委", "党组", "集团", "公司", "集团党委", "公司党委", "管委会", "党工委", "政府", "领导小组", "小组"}
_REFERRING_TITLES = ("总书记", "总理", "主席", "委员长")
_PRONOUN = re.compile(r"(?:^|(?<=[，。；：]))(他|她)")


#: a bare zone word where something is held or done: 在新区举行的, 在合作区主持召开 (a call 在合作区会见 is
#: placed by the events' reader and completed when the article is read: the zone may be named after it)
_AT_ZONE_WORD = re.compile(r"(?<=在)(" + "|".join(ZONE_HEADS) + r")(?=[\u4e00-\u9fff])(?![内外])")


def _bare_zones(text: str, places: list[PlaceMention], bodies: dict[str, str]) -> list[PlaceMention]:
    """The zone a bare 在新区 / 在合作区 refers to: the one of that kind the article named in full (``bodies``);
    and the zone an earlier body governs written again on its own (沈抚改革创新示范区管委会 … 在沈抚改革创新示范区),
    a name neither the gazetteer nor the recogniser knows."""
    extra = [PlaceMention(m.start(1), m.end(1), m.group(1), bodies[m.group(1)], None, "zone")
             for m in _AT_ZONE_WORD.finditer(text) if m.group(1) in bodies
             and not any(p.start <= m.start(1) < p.end for p in places)]
    for head, zone in bodies.items():
        if head in ZONE_HEADS:
            extra += [PlaceMention(m.start(), m.end(), zone, zone, None, "zone")
                      for m in re.finditer(re.escape(zone) + _NOT_ITS_BODY, text)
                      if not any(p.start < m.end() and m.start() < p.end for p in places + extra)]
    return sorted(places + extra, key=lambda p: p.start) if extra else places


#: what makes a zone's name a body's (…示范区管委会)
_NOT_ITS_BODY = "(?!管理委员会|管委会|党工委|执行委员会)"


def _coreferences(text: str, persons: list[Span], holders: dict[str, str], subject: str | None) -> list[Span]:
    """Mentions that name a person already met: a title used alone (总书记主持 → the article's
    总书记) and 他/她 opening a clause (the person the previous sentence was about)."""
    out: list[Span] = []
    taken = [(p.start, p.end) for p in persons]
    for title, name in holders.items():
        for m in re.finditer(title, text):
            near = any(e == m.start() or s == m.end() for s, e in taken) or text[max(0, m.start() - 4):m.start()].endswith(("中央", "国家", "国务院", "军委"))
            if not near and not any(s <= m.start() < e for s, e in taken):
                out.append(Span(m.start(), m.end(), "PER", name))
    if subject:
        out += [Span(m.start(1), m.end(1), "PER", subject) for m in _PRONOUN.finditer(text)]
    return out


def _place_aliases(pm) -> tuple[str, ...]:
    """Other names of a place: the form the text used, a county's name without 市/县/区 and an
    autonomous prefecture's short names."""
    forms = {pm.surface, *pm.aliases}
    if pm.kind == "county" and len(pm.name) >= 3 and pm.name[-1] in "市县区" and not pm.name.endswith(ZONE_SUFFIXES):
        forms.add(pm.name[:-1])
    if pm.kind == "province":
        forms |= {abbr for abbr, name in PROVINCE_ABBR.items() if name == pm.name}  # 沪 for 上海
    if pm.kind == "prefecture" and (div := gazetteer().lookup(pm.name)) is not None:
        forms |= set(gazetteer().short_names(div))  # 红河州, 红河 for 红河哈尼族彝族自治州
    if pm.kind == "zone" or (pm.kind == "place" and pm.name.endswith(VENUES)):
        # 河北雄安新区 is also 雄安新区, 马鞍山郑蒲港新区 also 郑蒲港新区, 武汉洪山宾馆 also 洪山宾馆
        hits = gazetteer().find(pm.name[:8])
        if hits and hits[0][0] == 0 and len(pm.name) - hits[0][1] >= 3 and pm.name[hits[0][1]] not in "港区市县镇乡":
            forms.add(pm.name[hits[0][1]:])
    forms.discard(pm.name)
    forms.difference_update(ZONE_HEADS)  # (a bare 在示范区 names the zone, but 示范区 is no name of it)
    return tuple(sorted(forms))


def _site_places(out: Extraction) -> list[Place]:
    """The sites named only as an event's place, each with its other written form: with the division or
    place the text writes before it (中卫市沙坡头国家级自然保护区 → also 沙坡头国家级自然保护区), or without
    the one it opens with (安吉县余村 → also 余村), as texts and annotators name a site either way."""
    named = {p.name for p in out.places} | {o.name for o in out.organizations} | {a for o in out.organizations for a in o.aliases}
    units = {form: p.name for p in out.places if p.kind not in ("collective", "region") for form in (p.name, *p.aliases)}
    def unit(form: str) -> str | None:
        div = gazetteer().lookup(form, trusted=True)
        return div.name if div is not None else units.get(form)
    sites: dict[str, Place] = {}
    for ev in out.events:
        if not ev.place or ev.place in named or ev.place in sites or gazetteer().lookup(ev.place, trusted=True):
            continue
        text, site = ev.evidence.text, ev.place
        forms, parent = set(), None
        at = text.find(site)
        before = text[max(0, at - 8):at] if at > 0 else ""
        if k := next((k for k in range(len(before), 1, -1) if unit(before[-k:])), 0):
            forms.add(before[-k:] + site)
            parent = unit(before[-k:])
        if k := next((k for k in range(len(site) - 2, 1, -1) if unit(site[:k]) and aligned(site, 0, k)[0]
                      and (len(site) - k >= 3 or site.endswith("村"))), 0):  # (余村, not 堤段 of …赣江堤段)
            forms.add(site[k:])
            parent = unit(site[:k])
        sites[site] = Place(site, ev.evidence, parent=parent, kind="site", aliases=tuple(sorted(forms)))
    return list(sites.values())


#: a province's or city's government written bare (省人大常委会、省政府、省政协; 主持召开省政府常务会议): the
#: article's, completed with its jurisdiction like any bare body
_BARE_GOVERNMENT = re.compile(r"[省市县](?:人民)?政府")
_BEFORE_A_BODY = ("召开", "主持", "在", "与", "和", "同", "及", "由", "向", "经", "代表", "了")


def _orgs(text: str, spans: list[Span]) -> list[Span]:
    """Organisation mentions of a sentence: checked recogniser spans (extended over a place and a
    term written before them), central bodies by name, and bodies named by head and suffix."""
    found = [extend_left(text, s) for s in spans if s.label == "ORG" and is_org_name(text, s.start, s.end)]
    found += alias_forms(text) + orgs_by_suffix(text)
    found += [Span(m.start(), m.end(), "ORG", m.group()) for m in _BARE_GOVERNMENT.finditer(text)
              if m.start() == 0 or not "\u4e00" <= text[m.start() - 1] <= "\u9fff" or text.endswith(_BEFORE_A_BODY, 0, m.start())]
    found = [part for s in found for part in conjoined(text, s)]
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    out: list[Span] = []
    for s in found:
        if not out or s.start >= out[-1].end:
            out.append(s)
    return out


def _merge(out: Extraction) -> None:
    """Document-level facts: one record per name, posts without the ones a fuller wording covers,
    organisations with their short and full names merged."""
    out.persons = list({p.name: p for p in reversed(out.persons)}.values())[::-1]
    by_person: dict[str, list[PostHolding]] = {}
    for h in out.posts:
        by_person.setdefault(h.person, []).append(h)
    posts: list[PostHolding] = []
    for person, hs in by_person.items():
        labels = {h.post for h in hs}
        seen: set[str] = set()
        for h in hs:
            if h.post in seen or any(other != h.post and other.endswith(h.post) for other in labels):
                continue
            seen.add(h.post)
            posts.append(h)
    out.posts = posts
    out.organizations = _merge_orgs(out.organizations)
    places: dict[str, Place] = {}
    for p in out.places:
        old = places.get(p.name)
        if old is None:
            places[p.name] = p
        else:
            aliases = tuple(sorted(set(old.aliases) | set(p.aliases)))
            first = p if old.kind == "collective" and p.kind != "collective" else old  # a direct mention wins
            places[p.name] = Place(p.name, first.evidence, old.parent or p.parent, first.kind, aliases)
    out.places = list(places.values())
    out.events = _merge_events(_fold_vague_visits(out.events))
    out.places += _site_places(out)
    out.goals = list({(g.indicator, g.target, g.deadline): g for g in reversed(out.goals)}.values())[::-1]
    out.documents = list({d.title: d for d in reversed(out.documents)}.values())[::-1]


def _merge_orgs(orgs: list[Organization]) -> list[Organization]:
    names: dict[str, Organization] = {}
    aliases: dict[str, set[str]] = {}
    for o in orgs:
        names.setdefault(o.name, o)
        aliases.setdefault(o.name, set()).update(o.aliases)
    for form, main in ALIAS_OF.items():
        if form != main and form in aliases and main in aliases:
            aliases[main] |= {form} | aliases.pop(form)
    # candidates share their first two characters (国家发展改革委 / 国家发展和改革委员会) or the short one
    # ends the long one (湖州市委 / 浙江省湖州市委): compare within those groups, not every pair
    by_head: dict[str, list[str]] = {}
    for name in aliases:
        by_head.setdefault(name[:2], []).append(name)
    pairs = [(a, b) for group in by_head.values() for a in group for b in group]
    pairs += [(long[k:], long) for long in aliases for k in range(1, len(long) - 2) if long[k:] in aliases]
    for short, long in sorted(set(pairs), key=lambda p: (len(p[0]), p)):
        if short != long and short in aliases and long in aliases and _abbreviates(short, long):
            aliases[short] |= {long} | aliases.pop(long)
    return [Organization(n, names[n].evidence, tuple(sorted(a))) for n, a in aliases.items()]


def _abbreviates(short: str, long: str) -> bool:
    """国家发展改革委 abbreviates 国家发展和改革委员会; 湖州市委 is 浙江省湖州市委 without its province."""
    if len(short) >= len(long) or len(short) < 3:
        return False
    if long.startswith(short):
        return False  # 浙江省委 / 浙江省委常委会: a body and a part of it
    if long.endswith(short):
        head = long[: -len(short)]
        return bool(re.fullmatch(r"(?:[\u4e00-\u9fff]{2,4}(?:省|市|区|县))+", head))
    it = iter(long)
    # an abbreviation keeps most of the full name (国家发展改革委 / 国家发展和改革委员会), unlike a body and
    # another body of the same province (江苏省委 / 江苏省发展改革委)
    return (short[:2] == long[:2] and len(short) >= 5 and len(short) * 10 >= len(long) * 7
            and all(c in it for c in short) and short[-1] in long[-3:])


def _merge_events(events: list) -> list:
    """One event per (label, date): a meeting told twice in an article is one event, also when
    one telling shortens the other's name (山东省十四届人大二次会议 / 山东省第十四届人民代表大会第二次会议)."""
    merged: dict[tuple, object] = {}
    for ev in events:
        key = (ev.label, ev.date)
        if key not in merged and ev.date is not None:
            key = next((k for k in merged if k[1] == ev.date and _shortens(ev.label, k[0])), key)
            if key not in merged:
                longer = next((k for k in merged if k[1] == ev.date and _shortens(k[0], ev.label)), None)
                if longer is not None:  # the full name came second: it names the event
                    merged[key] = merged.pop(longer)
                    merged[key].label = ev.label
        if key in merged:
            target = merged[key]
            for p in ev.participations:
                merge_role(target, p)
            target.place = target.place or ev.place
        else:
            merged[key] = ev
    return list(merged.values())


_VAGUE_VISIT = re.compile(r"(?:近日|日前|近期)(?:在|赴|到)[^，。]{0,12}?(?:考察|调研|视察)")


def _fold_vague_visits(events: list) -> list:
    """A visit told first without its days (詹启衡近日在宁夏考察时强调, dated by the dateline) and then
    with them (9月17日至19日，詹启衡在…陪同下，先后来到…) is one visit: the dated telling keeps its
    days and takes the first telling's people."""
    out = list(events)
    for lead in events:
        if not _VAGUE_VISIT.search(lead.evidence.text) or lead.place is None:
            continue
        visitors = {p.name for p in lead.participations if p.role == "other"}
        told = next((ev for ev in out if ev is not lead and ev.evidence.article == lead.evidence.article
                     and ev.evidence.index > lead.evidence.index and ev.end_date is not None and ev.place == lead.place
                     and visitors & {p.name for p in ev.participations if p.role == "other"}), None)
        if told is not None:
            for p in lead.participations:
                merge_role(told, p)
            out.remove(lead)
    return out


def _shortens(short: str, long: str) -> bool:
    """Whether a meeting's name ``short`` is ``long`` with characters left out, keeping its start and end."""
    return len(short) < len(long) and len(short) >= 6 and short[:2] == long[:2] and subsequence(short, long)
