"""Goals and targets: what a text says is to be reached, by when, and how much.

- quantified: 常住人口城镇化率达到70%; 通行时间将由45分钟缩短至15分钟; 规划建设3000P智能算力,
  with the deadline of the sentence (到2025年);
- stated with a deadline only: 到2025年，“长三角一体化发展取得实质性进展”;
- named goals with a number in quotation marks: “五个中心”, “一极三区一高地”.
"""
from __future__ import annotations

import re

from kg.dates import DateMention, PartialDate
from kg.doc import Sentence
from kg.extract.lexicon import PROVINCE_ABBR, REGIONS
from kg.extract.words import tokens
from kg.facts import Goal

_UNIT = (r"(?:%|‰|(?:[十百千万亿]+)?(?:美元|欧元|港元|元(?:人民币)?|亩|斤|吨|标准箱|标箱|列|人次|人|个?工作日|个百分点|个|户|家|辆|套|项|座|所|条|对|处|台|艘|架|张|名|批"
         r"|千瓦时|千瓦|吉瓦时|吉瓦|微克/立方米|立方米每秒|立方米|平方公里|平方米|公里|千米|米|年|岁|分钟|小时|天|秒|车次|倍|部|只|头|件|颗|场|种|口|公顷|兆瓦"
         r"|[GMTk]Wh|GW|P|EFLOPS)|[十百千万亿]+)")
_NUM = r"\d+(?:\.\d+)?"
_VERB = (r"(?:达到|达|超过|不低于|不少于|不超过|不高于|低于|提高到|提升到|提高至|提升至|恢复到|恢复至|增长到|增至|增加到|增加至|增长|降低到|降低至|降低|降至|"
         r"下降到|下降至|下降|减少到|减少|提高(?![到至])|提升(?![到至])|(?<=力争|确保|争取|累计|每年|年均|全年)新增|"
         r"控制在|保持在|稳定在|保持|突破|缩短至|缩短到|压缩至|压缩到|压减至|压减到|缩减至|缩减到|减少至|扩大到|扩大至|拓展到|拓展至|(?:预期)?目标(?:值)?[为是])")
#: a target is a number with its unit, or a class (水质达到Ⅱ类), with what bounds it (以上, 以内, 左右)
_TARGET = (rf"(?:{_NUM}余?{_UNIT}(?:{_NUM}{_UNIT})?(?:/(?:年|日|天|小时))?(?:以上|以内|以下|左右)?|{_NUM}(?:以上|以内|以下|左右)"
           rf"|(?:[ⅠⅡⅢⅣⅤ]|I{{1,3}}|IV|V)类(?:以上)?|0\.\d+(?![\d.]))")
#: a character of an indicator's name, the point of PM2.5 included, or an aside in brackets (细颗粒物（PM2.5）平均浓度)
_CHAR = r"(?:[\u4e00-\u9fffA-Za-z0-9]|(?<=\d)\.(?=\d)|（[^（）“”，。；]{1,10}）)"
_QUANT = re.compile(rf"((?:{_CHAR}{{0,12}}“[^”]{{1,16}}”{_CHAR}{{1,30}}?|{_CHAR}{{2,30}}?))(?:将)?(?:由{_NUM}{_UNIT})?({_VERB})(?:约|近|超|以上|每年)?({_TARGET})")
#: verbs whose target is a change, not a level: they stay in the target (增长5.5%左右, 较2020年下降16%); a
#: level's verb does not (达到70%, 缩短至15分钟, 突破8000亿元 → 8000亿元), as the annotated texts write targets
_KEPT_VERB = re.compile(r"^(?:增长|下降|降低|减少|新增|提高|提升)$")
_BUILD = re.compile(rf"(?:规划建设|建设|建成|新增|打造|完成|新开工|引进|培育|带动|实施)({_NUM}{_UNIT}?(?:以上|左右)?)(?:（[^）]*）)?(?!以上|左右|以内|以下)"
                    rf"([\u4e00-\u9fff]{{2,8}}(?=[，。；]|$)|[\u4e00-\u9fff]{{2,16}}?(?=[，。；]|$)|[\u4e00-\u9fff]{{2,8}})")
_WORK_DONE = re.compile(rf"(完成|实现|接待|新建改造|新改建|新开工|新建|改造提升|改造|新增|新引进|建成|开通|开行|新开行|新开(?![通工放行])|集聚|修复|形成|实施|举办|引进|培育|投入|承接|带动|安排)((?:[A-Za-z0-9.]{{1,4}}(?=[\u4e00-\u9fff]))?[\u4e00-\u9fff（）()“”]{{2,16}}?)({_NUM}{_UNIT}(?:以上|左右)?)(?=[，。；、]|$)")
#: the works whose verb names no part of what is counted (建成通用机场30个 → 通用机场; but 新建, 新增, 改造, 引进 do,
#: as the annotated texts write them)
_DONE_VERB = ("完成", "实现", "建成", "开通", "实施", "举办", "培育", "投入", "安排")
_NAMED = re.compile(r"(建设|打造|建成|锚定|聚焦)?“([^”]*[一二三四五六七八九十两百千][^”]*)”((?:战略定位|奋斗目标|目标|定位|建设))?")
_PLANNED = re.compile(r"规划建设")
_COMPARED = re.compile(r"(?:(?:较|比)(?:\d{4}年|上年|去年)(?:同期)?|较|同比)$")  # 能耗较2022年 (下降15%)
_FUTURE = re.compile(r"将|要|力争|确保|锚定|目标|规划|计划|预计|未来|争取|到\d{4}年")
_QUOTED_CLAUSE = re.compile(r"“([^”]{4,40})”")
_NUMERAL_NAME = re.compile(r"^[一二三四五六七八九十两]个?[\u4e00-\u9fff]{1,3}(?:[一二三四五六七八九十两][\u4e00-\u9fff]{1,3})*$")
_STRIP = re.compile(r"^(?:其中|并|将|要|使|让|把|和|及|且|确保|力争|争取|实现|锚定|坚决完成|完成|推动|届时|促成|带动|帮助|助力|后[将可]|安排|紧盯|形成|到[今明]年(?:底|末)?前?|计划(?:向[\u4e00-\u9fff]{1,4})?投入|计划|全年|今年内|年内|今年|明年|到\d{4}年|[\u4e00-\u9fff]{0,4}?(?:全部)?(?:建成|投产|达产|开通|通车|运营)+后|预计|\d{4}年(?=[\u4e00-\u9fff]{2}))+")
#: what after a figure makes it this year's target (确保实现国内生产总值增长5%左右的预期目标)
_ANNUAL = re.compile(r"的?(?:预期目标|目标任务|年度目标|全年目标)")
#: what may follow the indicator before the verb (地区生产总值今年要 增长8%) and what a subject says before it
#: (两地要确保 共建重大项目年度投资)
_TRAILING = re.compile(r"(?:今年|明年|全年|年内|力争|要|将|确保|争取|预计|有望|稳定|持续|进一步|继续|分别|可|可望|(?<![日年月人])均|计划|约|近|累计|合计|全部)+$")
_SUBJECT_SAYS = re.compile(r"^.*?(?:要确保|要力争|要争取|确保|力争|争取|(?<!年度)计划)(?=..)")  # (not 年度计划投资)
#: a verb of building before what is built (全国建成“5G+工业互联网”项目), not a noun (建成区)
_BUILT = ("建成", "培育", "新增", "建设")
#: this year's targets: 今年 (a date of the sentence) or 全年 before the indicator
_THIS_YEAR = re.compile(r"全年|年内")
#: the scope an indicator is measured over, written before it (全省, 长三角地区, 北部湾城市群, 在晋, 闽宁两省区, 皖北六市):
#: not part of the indicator's name (地区生产总值, 累计投资), as the annotated texts name it
_SCOPE = re.compile(r"^(?:全(?:省|市|区|县|国|岛|州|域)|“[^”]{1,6}[区县市省]”|[\u4e00-\u9fff]{0,4}?[两三四五六]省[区市]?(?:一[区市])?间|[\u4e00-\u9fff]{0,4}?[两三四五六七八九十]市(?:之?间)?|区域内|[两三四五六七八九十]地(?:之?间|联合|共同)?(?:实施|推进)?|[两三四五六七八九十][区县](?:一[区县])?|[本我][省市区县]|经济圈|城市群|[\u4e00-\u9fff]{2,6}区域|[\u4e00-\u9fff]{0,4}?两地(?:之?间)?|[\u4e00-\u9fff]{0,4}?[两三四五六]省[区市]?|[\u4e00-\u9fff]{0,4}?在[" + "".join(PROVINCE_ABBR)
                    + r"]|[\u4e00-\u9fff]{2,10}(?:地区|城市群|经济圈|自由贸易港|自贸港)(?!生产总值)|(?:[两三四五六七八九十]大)?(?:都市圈|经济带|经济区)"
                    + r"|[\u4e00-\u9fff]{2}之间|(?:"
                    + "|".join(sorted({v for vs in REGIONS.values() for v in vs}, key=len, reverse=True))
                    + r")(?=地区生产总值))(?![与和及的间])(?=[\u4e00-\u9fff“]{3})")
#: more scopes the annotated texts leave out of an indicator (counted over 216 texts): what two provinces
#: by their one-character names count between them (川渝间), a zone named by its kind (示范区, 合作区, 片区) or
#: in full (洋浦经济开发区规模以上工业总产值, 商务区新引进总部类企业), a deadline's 底前, places given as examples (黄石等地)
_WIDER_SCOPE = re.compile(r"^(?:[" + "".join(PROVINCE_ABBR) + r"]{2}(?:两地|两省市?)?间|(?:示范区|合作区|试验区|自贸区|片区|都市圈)内?|年?底前|[\u4e00-\u9fff]{2,8}?等地"
                          r"|(?:[\u4e00-\u9fff]{0,10}?(?:经济开发区|开发区|高新区|科技城|商务区|合作产业园|实验区)|[\u4e00-\u9fff]{2,10}?(?<!创)新区(?!域))内?)"
                          r"(?![与和及至到间的])(?=[\u4e00-\u9fff“]{3})")
_TITLE = re.compile(r"《[^》]*》")
#: an intent right before a year (力争2026年…): that year is the deadline, as 到2026年 is
_INTENT_FOR = re.compile(r"(?:力争|确保|争取|计划|预计)(?:在)?$")
_BOUNDED = re.compile(r"(?:左右|以上|以内|以下)$")
_SO_FAR = re.compile(r"以来|前[一二三四]季度|[一二三四]季度|上半年|前\d{1,2}个?月|\d{1,2}—\d{1,2}月|\d{1,2}-\d{1,2}月")
#: a rate's kind written before its verb: it belongs to the target (实际使用外资 年均增长10%以上)
_RATE_KIND = re.compile(r"(?:年均|同比|平均)$")
#: a facility named with its division, whose figures an indicator counts (咸阳国际机场, 黑河口岸, 长沙片区)
_FACILITY = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:口岸|机场|港|片区|站|新区)")
#: a quarter a target is set for (一季度, 前三季度)
_QUARTER = re.compile(r"(?:第|前)?([一二三四])季度")
#: a ratio of two quantities, named with both (社会物流总费用与地区生产总值的比率)
_RATIO_OF = re.compile(r"[与占][^的，。；]{2,12}的(?:比率|比重|比例)(?:$|较|比|同比)")
#: a year written after the indicator, right before the verb (高效节水灌溉率2027年 达到90%)
_YEAR_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])(\d{4})年(?:底|末)?前?$")
#: the end of a year the indicator's match began inside (到2030年单位… matched from 030年)
_PART_OF_YEAR = re.compile(r"^\d{1,4}年(?:底|末)?前?")


def _after_building_verb(indicator: str) -> str:
    """What is built, without the verb and subject before it: 全国建成“5G+工业互联网”项目 → the project."""
    for s, e, word, flag in tokens(indicator):
        # only after a scope (全国, 全省) or before a quoted name: 城镇新增就业 keeps its verb
        if word in _BUILT and flag.startswith("v") and len(indicator) - e >= 2 and (
                indicator[e:e + 1] == "“" or re.fullmatch(r"全[国省市区县]|各地", indicator[:s])):
            return indicator[e:]
    return indicator


def _without_place(indicator: str) -> str:
    """An indicator without the division it is measured in (海南离岛免税年销售额 → 离岛免税年销售额, 江门地区生产总值
    → 地区生产总值), when that name is a word of its own and names no route, port or other facility (not 海南至…,
    上海港集装箱吞吐量, 西安咸阳国际机场旅客吞吐量)."""
    from kg.extract.gazetteer import gazetteer
    from kg.extract.words import aligned

    hits = gazetteer().find(indicator[:6])
    if hits and hits[0][0] == 0 and len(indicator) - hits[0][1] >= 4 \
            and aligned(indicator, 0, hits[0][1])[0] and not indicator.startswith(("市", "省", "至", "到", "港", "等", "与", "和", "之间", "籍", "都市圈"), hits[0][1]) \
            and not _FACILITY.match(indicator, hits[0][1]):  # (not 西安咸阳国际机场旅客吞吐量, 黑河口岸过货量: a facility's name)
        return indicator[hits[0][1]:]
    return indicator


def _unscoped(indicator: str) -> str:
    """An indicator without the scope or division written before it (全省地区生产总值, 洋浦经济开发区规模以上工业总产值,
    江门地区生产总值 → 地区生产总值…) and the words of intent left at its start."""
    return _STRIP.sub("", _without_place(_SCOPE.sub("", _WIDER_SCOPE.sub("", indicator))))


def _year_end(d: DateMention) -> PartialDate:
    """A deadline at the end of a year (今年年底前) is that year's."""
    return PartialDate(d.date.year) if re.search("年底|年末", d.text) else d.date


def _due(text: str, dates: list[DateMention], start: int, end: int, base: PartialDate | None) -> PartialDate | None:
    """The deadline of a target told in ``text[start:end]``: the last deadline (到2027年) or year
    (今年) before it in the sentence, else this year when the clause says 全年."""
    future = _FUTURE.search(text, start, end)  # 今年以来…增长5.8%: a result, not this year's target
    # 今年全省地区生产总值增长5%左右: a bounded figure for this year is its target, not a result
    bounded = _BOUNDED.search(text, 0, end) and not _SO_FAR.search(text, start, end)
    # 明年…达到: no result yet; 今年…达到 told in the year's first quarter: the whole year's figure is still to come
    early = base is not None and base.month is not None and base.month <= 3 and not _SO_FAR.search(text, start, end)
    before = [d for d in dates if d.date is not None and d.end <= end and (d.deadline or (
        (future or bounded or d.text == "明年" or (early and d.text in ("今年", "本年")))
        and d.start >= start and d.date.precision == "year" and re.fullmatch("今年|明年|本年", d.text))
        # 示范区力争2026年化工新材料产业产值达到800亿元: a year the intent is for, not yet come
        or (d.start >= start and re.fullmatch(r"\d{4}年", d.text) and _INTENT_FOR.search(text, 0, d.start) and "，" not in text[d.end + 1:end]
            and (base is None or d.date.year >= base.year)))]
    if before:
        return _year_end(before[-1])
    if base is not None and future and _THIS_YEAR.search(text, start, end):
        return PartialDate(base.year)
    return None


def _intent(text: str, dates: list[DateMention], m: re.Match, base: PartialDate | None) -> tuple[PartialDate | None, bool]:
    """The deadline of the target matched by ``m`` (see :func:`_due`), and whether its clause states
    an intent at all: a deadline, or 将/要/力争/到2025年 … before the target, or a list of aims it is
    part of (“十五五”时期…的主要目标是：…；…: each due at the period's end)."""
    clause_start = max(text.rfind(c, 0, m.start()) for c in "。；") + 1
    due = _due(text, dates, clause_start, m.end(), base)
    listed = _AIMS.search(text, 0, m.start())
    if listed and due is None:
        due = next((d.end_date for d in dates if d.kind == "period" and d.end_date is not None and d.end <= listed.start()), None)
    if listed and due is None and base is not None and text.endswith("预期", 0, listed.start()):
        due = PartialDate(base.year)  # 全市经济社会发展的主要预期目标是：…: this year's, as a work report sets them
    untitled = _TITLE.sub(lambda t: "　" * len(t.group()), text)  # 《…发展规划纲要》: no intent of the clause
    return due, due is not None or listed is not None or bool(_FUTURE.search(untitled, clause_start, m.end()))


#: a list of aims: 主要目标是：…；…
_AIMS = re.compile(r"目标(?:是|为|包括)?[：:]")
#: a deadline or a verb of saying written inside a match (会议提出明年…, …到2027年…): the indicator follows it
_TOLD = re.compile(r"到\d{4}年(?:底|末)?前?|提出|明确|要求|强调|指出")
#: a clause that is an indicator and its figure, nothing more (，年度计划投资4300亿元以上，; an item of a list of aims:
#: 主要预期目标是：…，城镇调查失业率5.5%左右): a target when its clause states an intent
_BARE_ITEM = re.compile(rf"(?:^|(?<=[，、；：]))((?:{_CHAR}|[“”]){{2,20}}?)(?<!\d)({_NUM}余?{_UNIT}(?:/(?:年|日))?(?:以上|以内|以下|左右)?)(?=[，、；。]|$)")
#: who does it and the verb of doing, before an item's indicator: 三地将共同推进 (协同发展重点项目180个), 引导落地
#: (苏州企业投资项目30个以上), 累计创建 (省级以上绿色工厂1200家)
_ITEM_VERB = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}?[将共])?(?:累计|每年)?(?:共同|联合)?(?:推进|实施|举办|创建|帮助|引导(?:落地)?|培育|部署|规划建设"
                        r"|确定|纳入|安排)(?=[\u4e00-\u9fffA-Za-z“]{2})")
#: what tells a figure reached, not one to reach: 截至去年底…已超过260亿元; 当前…稳定在7500万亩以上
_REACHED = re.compile(r"截至|截止|当前|目前|已经?")


def _reached(text: str, start: int, verb: int) -> bool:
    """Whether the figure whose match starts at ``start`` (its verb or number at ``verb``) is told as
    reached: 已 or 当前 in its own clause, or 截至 earlier in its sentence, with no word of intent."""
    lo = max(text.rfind(c, 0, start) for c in "，。；") + 1
    sentence_lo = max(text.rfind(c, 0, start) for c in "。；") + 1
    own = text[lo:verb]
    if _FUTURE.search(own):
        return False
    return bool(_REACHED.search(own)) or bool(re.search("截至|截止", text[sentence_lo:start]))


def _item_due(text: str, dates: list[DateMention], m: re.Match, base: PartialDate | None) -> PartialDate | None:
    """The year an item with no verb is for (see :func:`_intent`), when its clause states an intent."""
    due, meant = _intent(text, dates, m, base)
    if due is None and meant:
        # 今年，…年度计划投资168亿元: this year's, as a plan; a figure with no year to it (规划面积12平方公里) is none
        clause_start = max(text.rfind(c, 0, m.start()) for c in "。；") + 1
        due = next((d.date for d in reversed(dates) if clause_start <= d.start < m.start() and d.date is not None
                    and (re.fullmatch("今年|明年|本年", d.text) or (re.fullmatch(r"\d{4}年", d.text) and base is not None
                                                               and d.date.year >= base.year))), None)  # (2026年…: that year's)
        due = due or _plan_year(m.group(1), text[clause_start:m.end()], base)
    return due


def _plan_year(indicator: str, clause: str, base: PartialDate | None) -> PartialDate | None:
    """This year, for a figure of 年度计划 whose clause tells no year and no past result (年度计划完成投资4700亿元以上
    in a report of January: this year's plan; not 去年…超年度计划3.8个百分点)."""
    if base is not None and "年度计划" in indicator and not re.search("去年|上年|超", clause):
        return PartialDate(base.year)
    return None


def _place_before(text: str, pos: int) -> str:
    """The division named right before ``pos`` (上海“五个中心”), or ''."""
    from kg.extract.gazetteer import gazetteer

    window = text[max(0, pos - 4):pos]
    hits = [text[max(0, pos - 4) + s:max(0, pos - 4) + e] for s, e, _ in gazetteer().find(window) if e == len(window)]
    return hits[-1] if hits else ""


def find_goals(sentence: Sentence, dates: list[DateMention], base: PartialDate | None = None) -> list[Goal]:
    """Goals of one sentence; ``base``: the date 全年 (this year's target) refers to."""
    text = sentence.text
    deadlines = [d for d in dates if d.deadline and d.date is not None]

    def deadline_before(pos: int) -> PartialDate | None:
        """The sentence's first deadline (到2025年, 年底前), if it is written before ``pos``."""
        return _year_end(deadlines[0]) if deadlines and deadlines[0].start < pos else None

    goals: list[Goal] = []
    quarter_due: PartialDate | None = None
    # quantified targets, each with the deadline its clause gives (到2027年…；今年…)
    qualifier = ""  # 地区生产总值超过500亿元 (的县达到20个): a figure qualifying the next indicator
    for m in _QUANT.finditer(text):
        if text.startswith("的", m.end()) and _QUANT.match(text, m.end()):
            qualifier = m.group()
            continue
        qualified = bool(qualifier) and m.group(1).startswith("的")
        head, qualifier = (qualifier if qualified else "") + m.group(1), ""
        due, meant = _intent(text, dates, m, base)
        if not meant or _reached(text, m.start(), m.start(2)):
            continue  # 年均增速达9.47%: a result, not a target
        past = re.match(r"(\d{4})年", head)
        if past and base is not None and int(past.group(1)) < base.year:
            continue  # 2023年经济总量突破14万亿元: that year's result
        # what follows a deadline or a verb of saying written inside the match (会议提出明年…, …到2027年…)
        # 车程将由过去的50分钟左右 (缩短至20分钟): the figure it changes from is no part of the indicator
        indicator = re.sub(r"将?由[^，。；由]*\d[^，。；由]*$", "", _TOLD.split(head)[-1])
        indicator = _STRIP.sub("", _PART_OF_YEAR.sub("", indicator))
        if not _RATIO_OF.search(indicator) and not qualified:
            # (社会物流总费用与地区生产总值的比率: the ratio of the two; 超过500亿元的县: the figure qualifies it)
            indicator = indicator.rsplit("的", 1)[-1]
        compared = _COMPARED.search(indicator)  # 用水量较2020年 (下降16%): the base belongs to the target
        target = m.group(3)
        kind = _RATE_KIND.search(indicator[:compared.start()] if compared else indicator)
        if _KEPT_VERB.match(m.group(2)):
            target = (compared.group() if compared else "") + (kind.group() if kind else "") + m.group(2) + target
            if kind and not compared:
                indicator = indicator[:kind.start()]
        indicator = _SUBJECT_SAYS.sub("", _TRAILING.sub("", indicator[:compared.start()] if compared else indicator))
        if (year := _YEAR_AFTER.search(indicator)) and due is None and (base is None or int(year.group(1)) >= base.year):
            # 确保高效节水灌溉率2027年达到90%: the year written between the indicator and its verb is the deadline
            indicator, due = _TRAILING.sub("", indicator[:year.start()]), PartialDate(int(year.group(1)))
        indicator = _unscoped(_after_building_verb(indicator))
        if not indicator and kind and goals and text[m.start() - 1:m.start()] == "，" and goals[-1].evidence is sentence:
            indicator = goals[-1].indicator  # 地区生产总值达到4.5万亿元左右，年均增长6%左右: the growth of the same indicator
        if len(indicator) < 2 or re.fullmatch(r"[\d.]+", indicator) or re.fullmatch(r"\d{4}年", target):
            continue
        if indicator.startswith("占") and goals and text[m.start() - 1:m.start()] in "、，":
            indicator = goals[-1].indicator + indicator  # 增加值突破7000亿元、占地区生产总值比重达到11%: the same subject
        if due is None and base is not None and _ANNUAL.match(text, m.end()):
            due = PartialDate(base.year)
        if indicator.startswith("上半年") and meant and base is not None:
            indicator, due = indicator[3:], due or PartialDate(base.year, 6)  # 力争上半年签约项目开工率达到60%以上
        if (quarter := _QUARTER.match(indicator)) and meant and base is not None:
            # 确保一季度全市地区生产总值增长6%以上，规模以上工业增加值增长7%以上: due at the quarter's end, all
            # the targets listed after it in the sentence too
            indicator = _SCOPE.sub("", indicator[quarter.end():])
            due = quarter_due = PartialDate(base.year, 3 * "一二三四".index(quarter.group(1)) + 3)
        elif due is None and quarter_due is not None and text[m.start() - 1:m.start()] in "，、":
            due = quarter_due
        if indicator.startswith(("去年", "上年")):
            continue  # 去年全市地区生产总值增长5.6%左右: last year's result
        goals.append(Goal(text=_STRIP.sub("", m.group(0)), indicator=indicator, target=target,
                          deadline=due if due is not None else deadline_before(m.start()), evidence=sentence))
    titles = [(t.start(), t.end()) for t in _TITLE.finditer(text)]
    for m in _BUILD.finditer(text):
        if any(m.group(1) in g.target for g in goals) or not re.search(r"[A-Za-z%]|" + _UNIT, m.group(1)) \
                or any(a <= m.start() < b for a, b in titles) or re.fullmatch(r"\d{4}年", m.group(1)):
            continue  # 《粤港澳大湾区建设2024年工作要点》: a title, not a target (nor 完成2000年底前建成的…: a year)
        due, meant = _intent(text, dates, m, base)
        if (not meant and not _PLANNED.match(m.group())) or m.group(2).startswith(("来", "以来")) or _reached(text, m.start(), m.start()):
            continue  # 共形成136项成果: a result, not a target (nor 实施5年来所取得的成绩: a time so far)
        if _PLANNED.match(m.group()):
            # 规划建设3000P智能算力: a capacity planned is due only by a deadline written in its own clause
            lo = max(text.rfind(c, 0, m.start()) for c in "，。；") + 1
            due = next((_year_end(d) for d in deadlines if lo <= d.start < m.start()), None)
        elif due is None:
            due = deadline_before(m.start())
        # 新增10个国家级创新平台: an increase, written with its verb (as 新增国家级创新平台10个 is)
        target = ("新增" if m.group().startswith("新增") else "") + m.group(1)
        goals.append(Goal(text=m.group(0), indicator=m.group(2), target=target, deadline=due, evidence=sentence))
    for m in _WORK_DONE.finditer(text):  # 完成城镇老旧小区改造120个: the work, then how much of it
        if any(g.target.endswith(m.group(3)) or m.group(3) in g.target for g in goals) or re.search(_VERB, m.group(2)):
            continue  # told already, or a target of its own inside (投资超过800亿元)
        due, meant = _intent(text, dates, m, base)
        if not meant or _reached(text, m.start(), m.start()):
            continue
        # 新建改造城市燃气管网300公里: the work names the indicator with its verb (新建和改造提升高标准农田: the two
        # works together); 完成…改造120个: not with the verb of getting it done
        if m.group(2).endswith("的"):
            continue  # 完成年度投资计划的89%: a share of a plan, not a count
        work = m.group(2) if m.group(1) in _DONE_VERB and not m.group(2).startswith(("和", "及", "与")) else m.group(0)[:m.start(3) - m.start()]
        work = work.removeprefix("的")  # 牵头实施的川渝共建重大项目178个: the projects
        work = re.sub(r"[约近超]$", "", work)  # 带动项目直接投资约2500亿元: about, not part of the work
        lead = re.search(r"(?:^|[，,；;：:])([\u4e00-\u9fff]{1,4})$", text[:m.start()])
        if m.group(1) == "新增" and lead and not _STRIP.fullmatch(lead.group(1)) and not re.search("[可将能后]$|预计", lead.group(1)) \
                and not ((scope := _SCOPE.match(lead.group(1) + work)) and scope.end() == len(lead.group(1))):
            work = _STRIP.sub("", lead.group(1)) + work  # 城镇新增就业23万人以上: the indicator is all of it (not 建成后可新增…,
            # nor 两地新增跨市通办事项50项: where it is counted)
        subject = re.search(r"(?:^|[，,；;：:])([\u4e00-\u9fff]{2,16})$", text[:m.start()])
        if m.group(1) == "完成" and m.group(2) == "投资":
            # 确保全年重点项目完成投资1600亿元以上: the projects' investment, as the texts name it (完成投资 alone too)
            owner = _SCOPE.sub("", _SUBJECT_SAYS.sub("", _STRIP.sub("", subject.group(1)))) if subject else ""
            work = (owner if len(owner) >= 2 else "") + "完成投资"
        if m.group(1) not in _DONE_VERB and work.startswith(m.group(1)) and text.endswith("累计", 0, m.start()):
            work = "累计" + work  # 累计改造城镇老旧小区1200个: a sum of works, named with the verb and its 累计
        target = m.group(3)
        if due is None:
            due = _plan_year(work, text[max(text.rfind(c, 0, m.start()) for c in "。；") + 1:m.end()], base)
        if work.startswith("新增") and len(work) > 4:
            work, target = work[2:], "新增" + target  # 新增国家级智能制造示范工厂15家: an increase, written with its verb
        elif (grown := re.search("(?:新增|净增)$", work)) and grown.start() >= 2:
            work, target = work[:grown.start()], grown.group() + target  # 承接西宁产业转移项目新增50个: as written after it
        goals.append(Goal(text=m.group(0), indicator=work, target=target, deadline=due if due is not None else deadline_before(m.start()),
                          evidence=sentence))
    # 明年共建重大项目300个、年度计划投资4000亿元以上: items with no verb
    items = [m for m in _BARE_ITEM.finditer(text) if not (
        re.search(_VERB, m.group(1)) or "的" in m.group(1) or m.group(1).startswith(("较", "比", "同比"))
        or re.search(r"(?:^|[，；：])[^，；：\d]*、$", text[:m.start()]))]  # (新建改扩建中小学、幼儿园30所: the list's last noun)
    dues = [_item_due(text, dates, m, base) for m in items]
    for k in range(len(items) - 2, -1, -1):
        if dues[k] is None and re.fullmatch("[，、]", text[items[k].end():items[k + 1].start()]) \
                and not re.search("去年|上年|已|开工", text[max(text.rfind(c, 0, items[k].start()) for c in "。；") + 1:items[k].end()]) \
                and not re.search("面积|超", items[k].group(1)) and not re.search(r"\d{4}年|今年|明年", items[k + 1].group(1)):
            # (此次集中开工项目86个: started; 规划面积12平方公里: a size; …，到2023年…200家: the next item's own year)
            dues[k] = dues[k + 1]  # 共建重大项目320个，总投资约3.8万亿元，年度计划投资4700亿元以上: one list, one year
    for m, due in zip(items, dues):
        if any(g.target.endswith(m.group(2)) for g in goals) or due is None or _reached(text, m.start(), m.start(2)):
            continue
        indicator = _SUBJECT_SAYS.sub("", _TRAILING.sub("", _STRIP.sub("", _PART_OF_YEAR.sub("", _TOLD.split(m.group(1))[-1]))))
        indicator = _ITEM_VERB.sub("", _unscoped(indicator))
        target = m.group(2)
        if grown := re.search("(?:新增|净增|增加)$", indicator):
            indicator, target = indicator[:grown.start()], grown.group() + target  # 规上工业企业数量新增2000家
        if len(indicator) >= 2 and not re.fullmatch(r"\d{4}年", target):
            goals.append(Goal(text=m.group(0), indicator=indicator, target=target, deadline=due, evidence=sentence))
    for m in _QUOTED_CLAUSE.finditer(text):
        # 到2025年，“长三角一体化发展取得实质性进展”“全面建立…”: quoted goals right after a deadline
        due = [d for d in dates if d.deadline and d.date is not None and d.end <= m.start()
               and re.fullmatch(r"[年，,：:\s]*(?:“[^”]*”[，,、\s]*)*", text[d.end:m.start()])]
        if due and not any(g.indicator in m.group(1) for g in goals) and re.match(r"[，,。；;“]|$", text[m.end():m.end() + 1]):
            # (not 到2026年，“两区一县”跨域通办…达到300项: a quoted name the clause goes on from)
            clause = m.group(1)
            goals.append(Goal(text=clause, indicator=clause, deadline=due[-1].date, evidence=sentence))
    for m in _NAMED.finditer(text):
        name = m.group(2)
        if not _NUMERAL_NAME.search(name) or len(name) > 12 or not (m.group(1) or m.group(3)):
            continue
        indicator = _place_before(text, m.start(2) - 1) + "“" + name + "”" + (m.group(3) or "")
        if any(g.indicator == indicator for g in goals):
            continue
        goals.append(Goal(text=indicator, indicator=indicator, evidence=sentence))
    return goals


