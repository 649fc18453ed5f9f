"""Dated events and who took part in them, read from the verbs that make them.

An event is triggered by a verb (召开, 举行, 考察, 调研, 揭牌, 签署, 发布, 开通运营 …); its label is
the meeting it names or the clause it is told in, its date the date of the clause (or the last
date of the paragraph), its place the place after 在/到/前往/来到. Participants come from the
role verbs after their names: 主持 → chair; 讲话, 发言, 致辞 → speaker; 出席, 参加, 陪同 →
attendee; the subject of an inspection → other. A later sentence about 会议/座谈会/论坛 with
role verbs adds participants to the latest event of the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.dates import DateMention
from kg.facts import Event, Participation
from kg.extract.mentions import PlaceMention, SentenceMentions

MEETING_NOUN = r"(?:座谈会|发布会|研讨会|论坛|峰会|大会|会议|联席会议|博览会|交易会|仪式|典礼|讲堂|活动|会)"
_CONVENE = re.compile(r"(主持召开|召开了?|举行了?|举办了?|主持)([^，。；：、“”]{2,40}?" + MEETING_NOUN + r")(?=[并，。；、和及]|$)")
_SUBJECT_HELD = re.compile(r"([^，。；：、“”]{2,40}?" + MEETING_NOUN + r")(?:于[^，。]{0,16})?在([^，。；]{1,20}?)(召开|举行|举办)")
_INSPECT = re.compile(r"(?:到|前往|来到|赴|在)([^，。；：、]{2,30}?)(考察|调研|视察|参观|察看)|(考察|察看|参观|视察)了?([^，。；：]{2,30})")
_HAPPEN = re.compile(r"(正式)?(开通运营|投入运营|上线|揭牌成立|揭牌运行|揭牌|成立|签署|签订|发布|出台|审议通过|通过了)")
_ROLE_VERBS = re.compile(r"主持|讲话|发言|致辞|出席|参加|陪同|列席")
_ROLE_OF = {"主持": "chair", "讲话": "speaker", "发言": "speaker", "致辞": "speaker", "出席": "attendee",
            "参加": "attendee", "陪同": "attendee", "列席": "attendee"}
_SPEECH_BREAK = re.compile(r"说|表示|指出|强调|认为|提出|。|：|“")
_RANK = {"chair": 0, "speaker": 1, "attendee": 2, "other": 3}
_REFER = re.compile(MEETING_NOUN + r"上|(?:出席|参加|主持)(?:了)?(?:这次|此次|本次)?" + MEETING_NOUN)


@dataclass
class EventContext:
    """What the event rules need beyond one sentence: the events of the article so far and the
    last date of the paragraph."""

    events: list[Event]
    last_date: DateMention | None = None


def find_events(sm: SentenceMentions, dates: list[DateMention], ctx: EventContext, persons: list) -> None:
    """Add the events told in this sentence to ``ctx.events`` and participants to earlier ones."""
    text = sm.sentence.text
    new: list[Event] = []
    for m in _SUBJECT_HELD.finditer(text):
        label = _clean_label(m.group(1))
        new.append(_event(sm, label, m.start(1), m.group(3), dates, ctx, place_from=m.start(2)))
    for m in _CONVENE.finditer(text):
        if any(e.label.endswith(_clean_label(m.group(2))) or _clean_label(m.group(2)).endswith(e.label) for e in new):
            continue
        label = _clean_label(m.group(2))
        if len(label) < 3 or label in ("会议", "座谈会"):
            continue
        new.append(_event(sm, label, m.start(), m.group(1), dates, ctx))
    if not new:
        for m in _INSPECT.finditer(text):
            target = m.group(1) or m.group(4)
            label = _clause(text, m.start())
            ev = _event(sm, label, m.start(), m.group(2) or m.group(3), dates, ctx, place_from=m.start(1) if m.group(1) else m.start(4))
            if ev.place is None:
                ev.place = _place_named(target, sm)
            new.append(ev)
            break
    if not new:
        m = _HAPPEN.search(text)
        if m and (dates or "《" in text):
            label = _clause(text, m.start())
            new.append(_event(sm, label, m.start(), m.group(2), dates, ctx))
    for ev in new:
        _add_participants(ev, sm, persons, trigger_pos=text.find(ev.trigger or "") if ev.trigger else -1)
        ctx.events.append(ev)
    if not new and ctx.events and persons and (_ROLE_VERBS.search(text) or _REFER.search(text)):
        _add_participants(ctx.events[-1], sm, persons, trigger_pos=-1)


def _event(sm: SentenceMentions, label: str, pos: int, trigger: str, dates: list[DateMention], ctx: EventContext, place_from: int | None = None) -> Event:
    date = end = None
    clause_dates = [d for d in dates if d.date is not None and d.kind in ("date", "span")]
    if clause_dates:
        d = min(clause_dates, key=lambda d: abs(d.start - pos))
        date, end = d.date, d.end_date
    elif ctx.last_date is not None and ctx.last_date.date is not None:
        date, end = ctx.last_date.date, ctx.last_date.end_date
    place = None
    text = sm.sentence.text
    zai = [p for p in sm.places if (place_from is not None and p.start >= place_from) or text[max(0, p.start - 2):p.start] in ("在", "到", "赴") or text[p.start - 1:p.start] in ("在", "到", "赴")]
    if zai:
        place = _most_specific(zai, text).name
    return Event(label=label, evidence=sm.sentence, date=date, end_date=end, place=place, trigger=trigger)


def _most_specific(places: list[PlaceMention], text: str) -> PlaceMention:
    """浙江省温州市 → 温州: the last of adjacent places is the most specific one."""
    first = places[0]
    best = first
    for p in places[1:]:
        if p.start == best.end:
            best = p
        else:
            break
    return best


def _place_named(target: str, sm: SentenceMentions) -> str | None:
    for p in sm.places:
        if p.surface in target:
            return p.name
    return None


def _clean_label(label: str) -> str:
    label = re.sub(r"^(?:了|这次|此次|本次|一次|首次|专门|共同|正式|在)", "", label)
    return label.strip(" ，,")


def _clause(text: str, pos: int) -> str:
    start = max(text.rfind(c, 0, pos) for c in "，。；：") + 1
    ends = [i for i in (text.find(c, pos) for c in "，。；：") if i >= 0]
    end = min(ends) if ends else len(text)
    clause = text[start:end]
    clause = re.sub(r"^(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚上|晚)?[，,]?", "", clause)
    return clause.strip() or text[start:end]


def _add_participants(ev: Event, sm: SentenceMentions, persons: list, trigger_pos: int) -> None:
    text = sm.sentence.text
    spans = sorted(persons, key=lambda s: s.start)
    for span in spans:
        role = None
        m = _ROLE_VERBS.search(text, span.end)
        if m:
            between = text[span.end:m.start()]
            if not _SPEECH_BREAK.search(between) and len(between) < 120:
                role = _ROLE_OF[m.group()]
                if m.group() == "陪同" and text[span.end:span.end + 4].find("陪同") < 0 and "陪同下" not in text:
                    role = "attendee"
        if role is None and ev.trigger in ("考察", "调研", "视察", "参观", "察看") and 0 <= trigger_pos and span.end <= trigger_pos:
            between = text[span.end:trigger_pos]
            if not _SPEECH_BREAK.search(between):
                role = "other"
        if role is None:
            continue
        _merge_role(ev, Participation(span.text, role, sm.sentence))


def _merge_role(ev: Event, part: Participation) -> None:
    for i, p in enumerate(ev.participations):
        if p.name == part.name:
            if _RANK[part.role] < _RANK[p.role]:
                ev.participations[i] = part
            return
    ev.participations.append(part)
