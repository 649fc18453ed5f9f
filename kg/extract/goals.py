"""Goals and targets: what a text says is to be reached, by when, and how much.

- quantified: 常住人口城镇化率达到70%; 通行时间将由45分钟缩短至15分钟; 规划建设3000P智能算力,
  with the deadline of the sentence (到2025年);
- stated with a deadline only: 到2025年，“长三角一体化发展取得实质性进展”;
- named goals with a number in quotation marks: “五个中心”, “一极三区一高地”.
"""
from __future__ import annotations

import re

from kg.dates import DateMention
from kg.doc import Sentence
from kg.facts import Goal

_UNIT = r"(?:%|‰|万亿元|亿元|万元|元|年|岁|公里|千米|米|分钟|小时|天|个|家|P|EFLOPS|万人|人|倍|平方公里|万吨|吨|GW|万千瓦|千瓦|项|座|所)"
_NUM = r"\d+(?:\.\d+)?"
_VERB = r"(?:达到|达|超过|提高到|提升到|提高至|提升至|增长到|增至|降低到|降低至|降至|下降到|控制在|保持在|突破|缩短至|缩短到|稳定在)"
_QUANT = re.compile(rf"([\u4e00-\u9fffA-Za-z0-9]{{2,20}}?)(?:将)?(?:由{_NUM}{_UNIT})?{_VERB}(?:约|近|超|以上)?({_NUM}{_UNIT})")
_BUILD = re.compile(rf"(?:规划建设|建设|建成|新增|打造|形成)({_NUM}{_UNIT}?)(?:（[^）]*）)?([\u4e00-\u9fff]{{2,8}})")
_NAMED = re.compile(r"“([^”]*[一二三四五六七八九十两百千][^”]*)”([\u4e00-\u9fff]{0,4}?(?:战略定位|奋斗目标|目标|定位|建设))?")
_QUOTED_CLAUSE = re.compile(r"“([^”]{4,40})”")
_NUMERAL_NAME = re.compile(r"^[一二三四五六七八九十两]+(?:个|大|区|地|极|心|中心|强|新|化)|[一二三四五六七八九十两]个?[\u4e00-\u9fff]{1,3}$")
_STRIP = re.compile(r"^(?:其中|并|将|要|使|让|把|和|及|且|到\d{4}年)+")


def find_goals(sentence: Sentence, dates: list[DateMention]) -> list[Goal]:
    text = sentence.text
    deadlines = [d for d in dates if d.deadline and d.date is not None]
    deadline = deadlines[0].date if deadlines else None
    goals: list[Goal] = []
    for m in _QUANT.finditer(text):
        indicator = _STRIP.sub("", m.group(1))
        if len(indicator) < 2 or re.fullmatch(r"[\d.]+", indicator):
            continue
        goals.append(Goal(text=_STRIP.sub("", m.group(0)), indicator=indicator, target=m.group(2), deadline=deadline, evidence=sentence))
    for m in _BUILD.finditer(text):
        if any(g.target == m.group(1) for g in goals) or not re.search(r"[A-Za-z%]|" + _UNIT, m.group(1)):
            continue
        goals.append(Goal(text=m.group(0), indicator=m.group(2), target=m.group(1), deadline=deadline, evidence=sentence))
    if deadline is not None:
        for m in _QUOTED_CLAUSE.finditer(text):
            clause = m.group(1)
            if any(g.indicator in clause for g in goals):
                continue
            goals.append(Goal(text=clause, indicator=clause, deadline=_deadline_before(dates, m.start()) or deadline, evidence=sentence))
    for m in _NAMED.finditer(text):
        name = m.group(1)
        if not _NUMERAL_NAME.search(name) or len(name) > 12:
            continue
        indicator = "“" + name + "”" + (m.group(2) or "")
        if any(g.indicator == indicator for g in goals):
            continue
        goals.append(Goal(text=indicator, indicator=indicator, evidence=sentence))
    return goals


def _deadline_before(dates: list[DateMention], pos: int):
    before = [d for d in dates if d.deadline and d.date is not None and d.start < pos]
    return before[-1].date if before else None
