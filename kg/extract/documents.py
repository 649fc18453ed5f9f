"""Named documents: plans, decisions, opinions and reports cited by title (《…》), a
方案/规划/意见/计划 that a body 出台/印发/发布, and the reports on a congress's agenda
(听取和审议…工作报告, 审查、批准…计划)."""
from __future__ import annotations

import re

from kg.dates import DateMention
from kg.doc import Sentence
from kg.facts import NamedDocument

_TITLE = re.compile(r"《([^《》]{2,80})》")
_AGENDA = re.compile(r"(?:听取和审议|审查、批准|审查|批准|审议)([\u4e00-\u9fff\d]{4,60}?(?:工作报告|报告|计划|预算草案|预算|方案|纲要))(?=[，；。、]|$)")
_ISSUED = re.compile(r"(?:出台|印发|制定|发布|出台了|印发了)(?:了)?([\u4e00-\u9fff]{2,30}?(?:实施方案|方案|规划|意见|计划|办法|条例|决定|纲要|通知))")


def find_documents(sentence: Sentence, dates: list[DateMention]) -> list[NamedDocument]:
    text = sentence.text
    out: list[NamedDocument] = []
    for m in list(_TITLE.finditer(text)) + list(_ISSUED.finditer(text)) + list(_AGENDA.finditer(text)):
        title = re.sub(r"\s+", "", m.group(1))
        if any(d.title == title for d in out):
            continue
        near = [d for d in dates if d.date is not None and d.kind in ("date", "span") and d.end <= m.start() + 2]
        date = near[-1].date if near else None
        out.append(NamedDocument(title=title, evidence=sentence, date=date))
    return out
