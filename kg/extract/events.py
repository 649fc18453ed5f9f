"""Dated events and who took part in them, read from the verbs that make them.

An event is triggered by a verb (召开, 举行, 考察, 调研, 揭牌, 签署, 发布, 印发, 开通运营, 开工 …) or told by
where a visitor went (先后来到九江、南昌两市); its label is the meeting it names (a bare 会议 takes the
body that convenes it) or the clause it is told in; its date the most precise date of the sentence
outside the label and outside any title (or the last date of the paragraph, or the day of the
reported meeting for 当天/会前一天/次日); its place the place after 在/到/前往/来到, made as specific as
the text makes it (浙江省温州市 → 温州), the division holding all the stops of a tour, or the city of
the dateline for an event of the dateline's day.

Participants come from the role verbs after their names: 主持 → chair; 讲话, 发言, 致辞, 通报, 汇报,
介绍, 宣布 → speaker; 出席, 参加, 陪同 → attendee; the subject of an inspection and the guest of a call
→ other. Reporters of a byline take no part. A later sentence with role verbs and no event of its
own adds participants to the meeting it names (座谈会上, 出席会议) or else to the latest meeting of the
article. Each person keeps one role per event, the highest of chair > speaker > attendee > other.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace

from kg.dates import DateMention, PartialDate, cn_to_int
from kg.doc import Span
from kg.facts import Event, Participation
from kg.extract.gazetteer import gazetteer
from kg.extract.lexicon import ORG_SUFFIX_RE, PROVINCE_ABBR, REGION_PARENT, REGIONS, TITLE_RE, VENUES, ZONE_HEADS, is_clause_verb
from kg.extract.words import aligned, tokens
from kg.extract.mentions import DEICTIC, PlaceMention, SentenceMentions

MEETING_NOUN = r"(?:座谈会|发布会|研讨会|推进会|论坛|峰会|大会|联席会议|会议|博览会|交易会|文化节|旅游节|艺术节|对接周|活动周|推介周|合作周|电影节|音乐节|美食节|科技节|读书节|开幕式|闭幕式|仪式|开班式|结业式|典礼|讲堂|读书班|研讨班|培训班|集体学习|开工活动|签约活动|建设活动|主场活动|对接活动|推介活动|招商活动|会谈|会)"
MEETING_END = re.compile(MEETING_NOUN + r"$")
_CONVENE = re.compile(r"(主持召开|召开了?|举行了?|举办了?|主持)((?:(?:[^，。；：、“”]|“[^，。；“”]{1,24}”){0,40}?" + MEETING_NOUN + r")(?:、[^，。；：、“”]{2,30}?" + MEETING_NOUN + r")*)(?=[并时上后，。；、和及]|以来|$)")
_SUBJECT_HELD = re.compile(r"((?:[^，。；：、“”\s]|“[^，。；“”]{1,8}”){2,40}?" + MEETING_NOUN + r")[ \u3000]?(?:[，,](?=于|今天|昨天|今日|昨日|\d{1,2}日))?(?:将|拟|计划|正)?(?:于)?(?:今年|明年|去年|年内|\d{4}年)?(?:[上下]半年)?(?:\d{1,2}月)?(?:\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?|上旬|中旬|下旬|初|底)?(?:今天|昨天|今日|昨日|当天|当日)?(?:上午|下午|晚上|晚)?(?:在([^，。；]{1,24}?|[^，。；]{2,20}?主会场和[^，。；]{2,40}?分会场))?(?:以[^，。；]{2,10}(?:方式|形式))?(?:圆满完成(?:各项|全部)?议程[，,]\s*)?(?:同步|同时|隆重|正式|胜利|圆满)?(召开|举行|举办|开幕(?![会式])|闭幕(?![会式]))")
#: a venue named after 在 that no place rule knows: a name of Chinese characters, not a manner (线上, 此间)
_VENUE = re.compile(r"[\u4e00-\u9fff]{2,12}")
_NOT_VENUE = re.compile(r"^[这那此该本其]|线上|网上|线下|云端|视频|当地|会上|京召开")
#: a meeting named after where it was held: 去年9月在武汉召开的三省座谈会
_ATTEND_HEADLINE = re.compile(r"(?:出席|参加)了?([^，。；：、“”\s]{4,40}?" + MEETING_NOUN + r")(?:并(?:讲话|致辞|发言))?$")
#: a zone named by its kind alone (在新区举行), after it was named in full
_AT_BARE_ZONE = re.compile(r"在(" + "|".join(ZONE_HEADS) + r")(?=会见|会晤|接见)")
#: zones that are an area with an administration of their own, where its meetings are held (not 都市圈, 城市群)
_PARK_ZONES = ("经开区", "高新区", "开发区", "新区", "园区", "产业园", "工业园", "片区", "港区", "保税区")
_BARE_ZONES = ("新区", "园区", "开发区", "高新区", "合作区", "示范区", "片区", "自贸区", "试验区")
_LEARNED_AT = re.compile(r"从[^，。；]{2,24}?(?:召开|举行)的([^，。；的]{0,20}?(?:新闻发布会|发布会))上(?:获悉|了解到)")
#: 主会场设在西安高新区秦岭储能装备产业园项目现场, 会议在太原设主会场: where an activity held in several
#: venues was held
_MAIN_VENUE = re.compile(r"主会场设在([^，。；]{2,30})|在([^，。；在]{2,16}?)设(?:立)?主会场")
#: 在西咸新区分会场，…: a clause told at a branch venue of an activity
_BRANCH_VENUE = re.compile(r"(?:^|[。；])在([^，。；]{2,16}?)分会场[，,]")
_ACTIVITY = re.compile(r"(?:活动|仪式|调度会|推进会)$")
_ARRIVED_FOR = re.compile(r"抵达([^，。；]{2,12})[，,]开始(?:为期[^，。；]{1,6}的)?(?:学习|友好)?(考察|调研|访问)")
_HELD_AT = re.compile(r"在([^，。；在]{1,12}?)(召开|举行|举办)的([^，。；的]{2,30}?" + MEETING_NOUN + r")")
#: a meeting named after when it was held: 上月召开的省委经济工作会议, 明年1月召开的省十四届人大四次会议
_HELD_ON = re.compile(r"(召开|举行|举办)的((?:党的|[^，。；的]){2,30}?" + MEETING_NOUN + r")(上|中)?")
#: 9月12日，喻世衡在省委理论学习中心组专题学习会上领学…: a dated sitting someone spoke at
_SPOKE_AT = re.compile(r"在([^，。；在]{4,30}?(?:学习会|座谈会|推进会|研讨会|工作会议|联席会议|全体会议|常务会议|专题会议))上")
#: next year's meeting and who hosts it: 2026年度…座谈会由湖南省承办, 明年三省座谈会由江西省承办
_HOSTED = re.compile(r"((?:\d{4}年度?|明年|下一届|下届)[^，。；：“”]{0,30}?" + MEETING_NOUN + r")(?:将)?由([^，。；]{2,10}?)(?:负责)?承办")
#: the words that make what comes before them the date or place of a meeting told in passing (…在长沙召开的)
_HELD_THEN = re.compile(r"(?:在[^，。；在]{1,12}?)?(?:召开|举行|举办)的")
#: what names a meeting as held, right before its name (督导上月12日在信阳召开的联席会议…), and as gone to
#: (出席在伊滨区召开的…推进会)
_NAMED_AS_HELD = re.compile(_HELD_THEN.pattern + "$")
_GONE_TO = re.compile(r"(?:出席|参加|列席|主持)了?" + _HELD_THEN.pattern + "$")
# cities news names by one character after 在/赴/抵 (在京召开)
#: one-character abbreviations that also stand for a province: read as the province in an article naming it
AMBIGUOUS_ABBR = {"宁": "宁夏"}
_CITY_ABBR = {"京": "北京", "沪": "上海", "津": "天津", "渝": "重庆", "穗": "广州", "蓉": "成都", "杭": "杭州", "宁": "南京",
              "汉": "武汉", "榕": "福州", "甬": "宁波", "深": "深圳", "厦": "厦门", "港": "香港", "澳": "澳门"}
_INSPECT = re.compile(r"(?:(?:到|前往|来到|深入|走进|赴|在|来(?=[" + "".join(_CITY_ABBR) + r"])|(?<![以未带近原从后本起出过回进上下将])来(?=[^，。；：、]{1,8}?(?:考察|调研|视察|督导|督查)))([^，。；：、]{1,30}?|[^，。；：、]{2,20}(?:、[^，。；：、]{2,20})+[两三四五六七八九]?[市县区地]?)(?:实地)?|(?:进行|开展|带队|率队)(?:专题|实地|蹲点)?|(?<=[^\d\s]，)(?=调研(?!了)|督导检查|督导|督查|暗查暗访|检查))(考察|调研|视察|参观|察看|督导检查|督导|督查|暗查暗访|暗访|检查)(?!重要|讲话|精神|的|组)|(听取)了?([^，。；：]{2,30}?(?:汇报|情况介绍))|(考察|察看|参观|视察|走访|瞻仰|会见|会晤|接见|看望|(?<=[^\d\s]，)调研(?=了)|(?<=代表团)访问|(?:(?<=与会人员|与会代表)|(?<=实地|现场))观摩)了?([^，。；：]{2,30})")
_HAPPEN = re.compile(r"(正式)?(开通运营|投入运营|竣工投产|投产|(?:建成|完工)?通车(?=[，。；]|$)|开馆|开园|开通(?=以来|了|[，。；]|$)|(?:首航|首发|开港|(?:鸣笛)?发车)(?=[，。；]|$)|启动(?=[。；]|$)|上线|揭牌成立|揭牌运行|揭牌|签署|签订|发布(?!会|厅|时间|日期)|印发|颁布|出台|批复(?:同意)?|复函同意|施行|审议通过|通过了|开工建设|开工(?![早快晚率]))")
_ROLE_VERBS = re.compile(r"(?:(?<!重要)(?<!的)(?:主持|讲话|发言|致辞|致欢迎(?:辞|词)|演讲|(?:作|做)(?:了)?(?:(?:工作|主旨|专题|辅导|宣讲)?(?:报告|说明)|专题辅导|(?:具体|工作)?部署|题为“[^“”]{1,40}”的[^，。；]{0,6}(?:报告|讲座|讲话))|宣讲(?![团报会活])|出席|参加|陪同|列席"
                         r"|(?:率队|带队)(?=[。 \u3000]|$)|传达(?!学习)(?=[^，。；]{0,40}精神)|通报|宣布|答记者问|回答记者提问|见证|随团|随同|监誓|到会指导|宣誓(?!仪式)|一同(?=检查|考察|调研|视察|督导|暗访)|(?:(?<=主席台)|(?<=主席台前排))就座|介绍(?=情况|了|，|有关|[^，。]{0,12}(?:情况|进展))|(?<=分别|先后|依次)介绍)|汇报"
                         r"|代表(?=说|建议|表示|认为|谈到|就[^，。；]{1,30}(?:提出|建议))"  # 市长冉青禾代表说: a deputy speaks
                         r"|(?<=在会上)(?:要求|指出|强调|表示)"  # 副局长亓明亮在会上要求: he speaks at the meeting told
                         r"|就(?=[^，。；]{1,40}?(?:提出(?:了)?(?:具体|明确)?(?:要求|意见)|作出(?:了)?(?:具体|工作)?安排))"  # 省长…就…提出具体要求
                         r"|(?<=的)说明(?=[，。；]|$))"  # 会议听取了…X…所作的关于…的说明
                         r"(?!精神|要求[，。；])")  # (not 传达学习…座谈会精神和省委书记X讲话要求，: what he asked elsewhere)
_ROLE_OF = {"主持": "chair", "讲话": "speaker", "发言": "speaker", "致辞": "speaker", "演讲": "speaker", "出席": "attendee",
            "参加": "attendee", "陪同": "attendee", "列席": "attendee", "见证": "attendee", "随团": "attendee", "随同": "attendee", "一同": "attendee", "监誓": "chair", "宣誓": "other", "就座": "attendee", "到会指导": "attendee",
            "率队": "other", "带队": "other"}  # (…代表团来嘉兴考察交流。苏州市委书记X，市长Y率队。: they lead the visit)
#: names of bodies that end like a meeting (发展和改革委员会, 商会): subjects, not meetings
_BODY_NAME = re.compile(r"(?:委员|协|学|(?<!会)商|工|理事|董事|联合|基金|研究|促进|常委|人大常委|执委|管委|村委|居委)会$")
_SPEECH_BREAK = re.compile(r"说(?!明)|表示|指出|强调|认为|提出|。|：|“(?![^“”。]{1,30}”)|介绍，")  # (not a title in quotes: 围绕“…”作专题报告)
_TITLE = re.compile(r"《[^》]*》")
#: a sentence opening with someone's words (柯一鸣介绍，…): what follows is what they tell
_SPEAKER_OPENS = re.compile(r"^([^，。；：]{2,30}?)(?:介绍|表示|说|指出)[，：]")
#: a report heard: 听取(了)副省长彭立军关于…的汇报 — the one named after 听取 gives it
_HEARD = re.compile(r"听取")
#: a sentence whose date is that of the event just told: 当天上午, 同日
_SAME_DAY = re.compile(r"^(?:当天|当日|同日|同一天|同天|会前(?!一天)|会后(?!第二天)|(?:签约|签字|揭牌)?(?:活动|仪式)[前后](?![一第])|(?:开幕|闭幕|开班|结业)式[前后](?![一第]))")  # (签约活动前，…参观了…; 开幕式前，…会见了…)
_SITE_OR_ZONE = re.compile(r"(?:园|区|中心|基地|馆|厅|宾馆|酒店|大厦)$")
#: the name of a body's meeting, which the body completes (全体会议, 第三次全体会议, 专题会议)
_BODY_MEETING = re.compile(r"(?:\d{4}年)?(?:第[一二三四五六七八九十\d]+次)?(?:全体|专题|扩大|常务|工作)?会议")
#: places visited one after the other told with the visit's verb (代表团18日先后来到青岛、济南考察)
_TOURED = re.compile(r"先后(?:来到|深入|前往|赴|到)[^，。；]{2,40}?(?:考察|调研)")
_TOUR_LIST = re.compile(r"先后(?:来到|深入|前往|赴|到)([^，。；]{2,40}?)等地")
#: sites visited one after the other, told in one clause (先后考察了…公司和…公司), or the sites those at a meeting
#: went to see (与会人员还考察了…港区和…基地): the verb, and the list (观摩 only for the latter: a leader's
#: 先后实地观摩 of villages and a park was folded into the county by the one set that has it)
_STOPS = re.compile(r"(?:先后|^(?:[^，。；]{0,12}[，,])?与会(?:代表|人员|嘉宾|领导)(?:还|先后|实地)*)"
                    r"(来到|走进|考察|察看|参观|调研|深入|(?<!先后)观摩)了?([^，。；：]{4,80}?)(?=[，。；]|$)")
ESCORTED = re.compile(r"在[^，。；]{1,40}?陪同下")
_VISIT_DURING = re.compile(r"^(?:考察|调研|视察|访问|交流)期间|^在[\u4e00-\u9fff]{1,6}期间(?=[^。]*(?:先后|等地))")
#: a visit of several places arriving in one of them, nothing more told: 19日，代表团抵达上海。
_ARRIVED_AT = re.compile(r"^(?:[^，。；]{1,10}[，,])?[^，。；]{0,12}?(?:抵达|到达|来到|赴)([^，。；]{2,12}?)(?:学习考察|考察学习|考察|调研)?。?$")
_ARRIVE = re.compile(r"(来到|前往|走进|(?<=[他她])登上|(?<=[他她还又])到)([^，。；]{2,80}?)(?=[，。；]|$)")
#: where a visitor went, in the clause before a visit told without its places (…深入X、Y3市，围绕…进行调研)
_WENT = re.compile(r"(来到|前往|走进|走访|登上|深入(?!学习|贯彻|推进|实施|开展|落实|研究|分析|了解|交流|对接|谋划|思考|探讨)|抵达|赴|(?<![受得达收看听想做])到)([^，。；]{2,80}?)(?=[，。；]|$)")
_WITNESSED = re.compile(r"^(?:会见后|会谈后|会后|座谈会后)[，,]?[^，。；]{0,40}?见证(?:了)?([^，。；]{2,40}?(?:签署[^，。；]{0,30}?(?:协议|备忘录)|集中签约|签约仪式))")
_AFTER_CALL = re.compile(r"^(?:会见后|会谈后|会后|座谈会后|随后)[，,]?[^，。；]{0,20}?(?:出席|举行)了?([^，。；]{0,12}?(?:签约仪式|签字仪式|揭牌仪式|开工仪式))")
_RIGHT_AFTER = re.compile(r"^(?:随后|之后|接着|[^，。；]{0,8}?(?:会|会见|会谈|仪式)后)(?:[，,]|(?=举行|召开))")
#: 座谈会前，…会见了…: on the day and at the place of the meeting just told
_RIGHT_BEFORE = re.compile(r"^[^，。；]{0,8}?(?:会|会见|会谈|仪式|签约|签字)前[，,]")
_DAY_BEFORE = re.compile(r"^(?:会前一天|(?:会议|大会|(?:签约|开工)?活动|仪式|开幕式?)?前一[天日])")
_DAY_AFTER = re.compile(r"^(?:次日|第二天|翌日|(?:会|活动|仪式)后第二天)")


#: a figure with its bound after the verb: what is to be reached, not what happened
_COUNTED_TARGET = re.compile(r"\d[\d.]*[万亿千百]?[^，。；\d]{0,4}(?:以上|左右|以内)")


def _day_shift(text: str) -> int | None:
    """Days from the reported meeting that a sentence opens with: 当天 0, 会前一天 -1, 次日 +1
    (also after the opening of a further item of the page: 又讯（记者 冉玥）当天下午)."""
    text = _FURTHER_ITEM.sub("", text, count=1)
    return 0 if _SAME_DAY.match(text) else -1 if _DAY_BEFORE.match(text) else 1 if _DAY_AFTER.match(text) else None


#: a sitting of a session named by its day (24日上午的第一次全体会议, 26日下午的闭幕会)
_SITTING = re.compile(r"\d{1,2}日(?:上午|下午|晚上)?的(?:第[一二三四五六七八九十]+次)?(?:全体会议|闭幕会|开幕会|联组会议)")
#: a session told with its opening and closing days (…7月24日在福州开幕，26日下午闭幕)
_CLOSED_ON = re.compile(r"开幕[，,]\s*(\d{1,2}日)(?:上午|下午|晚上)?闭幕")
#: adopted at a sitting of the meeting reported (26日下午的闭幕会上，会议表决通过了…)
_ADOPTED_AT = re.compile(r"会上[，,]\s*(?:会议)?(?:表决|审议)")
#: a deputy who speaks (市长黄毓秀代表说，…)
_DEPUTY_SPEAKS = re.compile(r"代表(?:说|建议|表示|认为|谈到)")
#: those a visitor talks with at a stop: 同村党支部书记田福来和种粮大户亲切交流
_MET = re.compile(r"(?:同|与|和|跟)([^，。；]{2,40}?)(?:亲切|深入|面对面)?(?:交流|交谈|拉家常|攀谈|握手)")
#: a clause that conveys another meeting's spirit (传达学习4月18日国务院常务会议精神)
_CONVEYING = re.compile(r"(?:认真|深入)?(?:传达学习|传达|学习贯彻|贯彻落实)")
#: signing on behalf of the parties: …与…代表双方签署《…》
_SIGNED_FOR = re.compile(r"代表[^，。；]{1,12}?(?:签署|签约|签订)")
_FURTHER_ITEM = re.compile(r"^(?:又讯|另讯)[ \u3000]*(?:[（(][^（()）]{0,30}[）)])?[ \u3000]*")


#: a byline inside the lead: （记者 孟晓川 田昕）; its names report the event, they do not take part
BYLINE = re.compile(r"[（(][^（()）]*?(?:记者|通讯员)[^（()）]*[）)]")
_RANK = {"chair": 0, "speaker": 1, "attendee": 2, "other": 3}
_REFER = re.compile(r"(?:这次|此次|本次|该)?(" + MEETING_NOUN + r")(?:上|期间|中)|(?:出席|参加|主持)(?:了)?(?:这次|此次|本次)?(" + MEETING_NOUN + r")")
#: a session's opening told after its close: 本次会议于11月27日开幕
_OPENED = re.compile(r"(?:这次|此次|本次|本届)?(?:会议|大会|全会|运动会|博览会|交易会|论坛|峰会)(?:于|是)?[^，。；]{2,10}?开幕")
BACK_REFERENCE = re.compile(r"(?:这次|此次|本次)?(?:会议|会上|座谈会|论坛|大会|全会)")
_DURING = re.compile(MEETING_NOUN + r"期间|(?:调研|考察|视察|检查|访问)期间|同时|会上|会后|会见后|会谈后|随后|^(?:会|签约|仪式|会见|会谈)前(?!一天)")
_CALLS = ("会见", "会晤", "接见")
_MEETING_VERBS = _CALLS + ("看望", "座谈")
#: talks told by their verb: 与…董事长齐振宇一行座谈
_TALKS = re.compile(r"与([^，。；]{2,50}?)(?:一行)?(?:进行|举行)?座谈(?![会中])")
#: the participants of a meeting going to see a site (与会人员还实地考察了…)
_ATTENDEES_WENT = re.compile(r"(?:会后|会前|会议期间|随后)?[，,]?与会(?:人员|代表|嘉宾)")
#: a visit of several days reaching a place (…乘高铁抵达海东西站)
_REACHED = re.compile(r"抵达|到达")
#: an opening told as what the sentence before it means (这标志着…正式开通运营)
_MARKS = re.compile(r"^(?:这|此举|这一举措)?(?:也)?标志着")
#: what leaves (发车) when a line opens
_TRAIN = re.compile(r"班列|列车|动车组|首趟|首列|首班")
#: the first train, ship or flight of a line leaving its station (班列从钦州铁路集装箱中心站缓缓驶出)
_DEPARTED = re.compile(r"[从由](?:位于[^，。；的]{2,12}的)?([^，。；从]{2,24}?(?:站|港|港区|码头|机场|口岸|物流园|物流基地))(?:缓缓|徐徐|鸣笛)?(?:驶出|驶离|出发|发出|开出|启程|起飞|启航|起航|始发|发车)")
#: what a plaque is unveiled for, right before 揭牌 (…为中心揭牌)
_FOR_PLAQUE = r"为[^，。；]{1,40}$"
#: those who unveil a body's plaque together, written before it (A、B共同为中心揭牌)
_UNVEILED_BY = re.compile(r"(?:共同|一起|一同)" + _FOR_PLAQUE)
#: those who unveil a plaque, together or not (A、B为中心揭牌)
_UNVEILERS = re.compile(r"(?:共同|一起|一同)?" + _FOR_PLAQUE)
#: acts their subjects take part in: 揭牌, 签署 (of the verbs of _HAPPEN)
_ACTS = ("揭牌", "揭牌成立", "揭牌运行", "签署", "签订")
_INSPECT_VERBS = ("考察", "调研", "视察", "参观", "察看", "督导检查", "督导", "督查", "暗查暗访", "暗访", "检查", "访问", "走访", "瞻仰", "观摩", "听取", "会见", "会晤", "接见", "看望", "来到", "前往", "走进")
#: regions of several cities named by their kind (胶东经济圈, 关中平原城市群): what a visit studies, not a place it goes to
_REGION_OF_CITIES = ("经济圈", "城市群", "都市圈", "经济带")
#: a visit to a province called by its one-character name (来川考察, 赴粤学习考察, 在滇调研); not 宁, 新 (南京? 宁夏? 新疆?) nor the
#: cities of ``_IN_CITY``
_TO_PROVINCE = re.compile(r"(?:来|赴|到|在)([川粤苏浙皖冀晋辽吉黑闽赣鲁豫鄂湘桂琼黔滇藏陕甘青蒙疆])(?=考察|调研|学习考察|考察学习|视察)")
#: the provinces of those characters (疆, as 来疆 and 援疆 write 新疆, is no abbreviation of its own)
_PROVINCE_OF = {**PROVINCE_ABBR, "疆": "新疆"}
_IN_CITY = re.compile(r"(?:在|赴|抵|来)(" + "|".join(_CITY_ABBR) + r")(?=召开|举行|举办|开幕|闭幕|调研|考察|会见|出席|主持|看望|学习考察)")
#: 来济调研, 在长召开: a one-character abbreviation (read with ``article_abbreviations``)
_IN_ABBR = re.compile(r"(?:在|赴|抵|来)([\u4e00-\u9fff])(?=召开|举行|举办|开幕|闭幕|调研|考察|会见|出席|主持|看望|学习考察|，就)")


def article_abbreviations(article_text: str) -> dict[str, str]:
    """The one-character abbreviations an article's readers know beyond the well-known ones: 宁 for 宁夏 in an
    article naming 宁夏 (not 南京), and the first character of a prefecture-level city the article names
    (来济调研 in an article naming 济南, 来长 in one naming 长春) when no province and no other city of the
    article has it."""
    out = {abbr: name for abbr, name in AMBIGUOUS_ABBR.items() if name in article_text}
    firsts: dict[str, set[str]] = {}
    for _, _, div in gazetteer().find(article_text):
        if div.level == "prefecture":
            firsts.setdefault(div.name[0], set()).add(div.name)
    for c, names in firsts.items():
        if len(names) == 1 and c not in _PROVINCE_OF and c not in _CITY_ABBR:
            out.setdefault(c, min(names))
    return out


_TOWARD = ("在", "到", "赴", "往", "至")
_BODY_AFTER_PLACE = ("委", "市委", "省委", "区委", "县委", "政府", "人民政府", "人大", "政协", "党委")
_SPEECH_SPIRIT = re.compile(r"(?:考察|调研|视察)[^，。]{0,12}(?:讲话|精神)")


@dataclass
class EventContext:
    """What the event rules need beyond one sentence: the article's events so far, the last date
    of the paragraph, and the article's setting (its first placed event)."""

    events: list[Event] = field(default_factory=list)
    last_date: DateMention | None = None
    reported: set[int] = field(default_factory=set)
    created: list[Event] = field(default_factory=list)  # in the order the article first tells them
    vague: list[Event] = field(default_factory=list)  # told 近日 or 日前 only: dated by the article at the end
    last_day: PartialDate | None = None  # the day of the latest event told with one: 当天 and 次日 count from it
    abbreviations: dict[str, str] = field(default_factory=dict)  # 宁 → 宁夏 in an article about 宁夏 (not 南京)
    today: PartialDate | None = None  # the day the article is dated by (its dateline's, else the paper's)
    arrived: tuple[PartialDate, str] | None = None  # 19日，代表团抵达上海。: where a visit of several places is that day
    # 班列从…物流园缓缓驶出。这标志着…开通运营: the day and the station a line's first train left, told before its opening
    departure: tuple[PartialDate | None, str] | None = None

    @property
    def setting(self) -> Event | None:
        """The article's first placed event: the meeting or visit the rest of it happens at."""
        return next((e for e in self.created if e.place), None)


def find_events(sm: SentenceMentions, dates: list[DateMention], ctx: EventContext, persons: list[Span]) -> None:
    """Add the events told in this sentence to ``ctx.events``, and participants to earlier ones.

    The sentence is read for one kind of telling after another, each a function of its own:
    meetings held or convened; else a visit (an inspection, an arrival, a stop told by its
    site); else what follows a call; else acts (开工, 签署, 发布 …). Then participants.
    """
    _session_opened(sm.sentence.text, dates, ctx)
    # 在西安高新区分会场，…主持开工仪式: the part held at the branch venue, not a ceremony of its own
    opens_at_branch = _BRANCH_VENUE.match(sm.sentence.text) is not None
    new = [] if opens_at_branch else _meetings(sm, dates, ctx, persons)
    if new:
        if visit := _visit_before_meeting(sm, dates, ctx, new[0]):
            new.insert(0, visit)
        elif new[0].place is None and re.search(r"[，,]并?(?:主持)?召开", sm.sentence.text) \
                and (seen := _visits(sm, dates, ctx, persons)) and seen[-1].place is not None:
            new[0].place = seen[-1].place  # 来到…开发区，察看…产业园建设进展，并主持召开企业座谈会: at the stop
    elif arrived := _ARRIVED_FOR.search(sm.sentence.text):
        # 14日下午，吕振邦、钱宇航率四川省党政代表团抵达重庆，开始为期两天的学习考察: the visit, where they arrived
        text = sm.sentence.text
        new.append(_event(sm, _clause(text, arrived.start(), arrived.end()), arrived.start(), arrived.end(), arrived.group(2),
                          dates, ctx, place_from=arrived.start(1)))
    else:
        new = _branch_venues(sm, dates, ctx, persons)
        if new:
            persons = []  # each branch venue took the people of its own clause
        elif _arrived(sm, dates, ctx):
            pass  # 19日，代表团抵达上海。: where the visit is that day, no stop of its own
        else:
            new = (_meetings(sm, dates, ctx, persons) if opens_at_branch else []) \
                or _visits(sm, dates, ctx, persons) or _after_call(sm, dates, ctx, persons) or _acts(sm, dates, ctx, persons)
    if (closed := _CLOSED_ON.search(sm.sentence.text)) and (opened := next((e for e in new if e.trigger == "开幕"), None)) \
            and opened.end_date is None and opened.date is not None and opened.date.precision == "day" \
            and (day := next((d.date for d in dates if d.start == closed.start(1) and d.date is not None), None)) \
            and day.iso() > opened.date.iso():
        opened.end_date = day  # 7月24日在福州开幕，26日下午闭幕: the session runs to its closing day
    if not new and (left := _DEPARTED.search(sm.sentence.text)):
        ctx.departure = (next((d.date for d in dates if d.start < left.start() and d.date is not None
                               and d.date.precision == "day"), None), _shed_divisions(left.group(1), sm))
    if not new and _REACHED.search(sm.sentence.text) and any(e.end_date is not None and e.trigger in _INSPECT_VERBS for e in ctx.events) \
            and (day := next((d.date for d in dates if d.start < 8 and d.date is not None and d.date.precision == "day"
                              and d.end_date is None), None)):
        ctx.last_day = day  # 11日上午，…乘高铁抵达海东西站。随后，他在海东主持召开…: the visit has moved on to the 11th
    _main_venue(sm, new, ctx)
    _take_part(sm, new, ctx, persons, dates)
    _led_by(sm, new, ctx, persons)
    for ev in _told_in_passing(sm, dates, ctx, new):
        if _known(ev, ctx) is ev:
            ctx.reported.add(id(ev))  # no one of this sentence, nor of later ones, takes part in it


def _arrived(sm: SentenceMentions, dates: list[DateMention], ctx: EventContext) -> bool:
    """A visit of several days told to reach a city on a day, and nothing more (19日，代表团抵达上海。
    21日，代表团赴浙江考察。): what is held that day without a place is held there (当天下午，…举行工作交流
    座谈会), and the sentence tells no stop of its own."""
    at = _ARRIVED_AT.match(sm.sentence.text)
    if at is None or not any(e.end_date is not None and e.trigger in _INSPECT_VERBS for e in ctx.events):
        return False
    day = next((d.date for d in dates if d.end <= at.start(1) and d.date is not None and d.date.precision == "day"), None)
    if day is None or not _divisions_only(sm, at.start(1), at.end(1), ("province", "prefecture")):
        return False  # (not 首站来到苏州工业园区, 首先来到珲春市敬信镇防川村: a stop)
    here = _covering(sm, at.start(1), at.end(1))
    if here is None:
        return False
    ctx.arrived = (day, here)
    ctx.last_day = day
    return True


def _entered(sm: SentenceMentions, went: re.Match) -> str | None:
    """The site entered right after reaching a division or a zone (来到齐齐哈尔市富拉尔基区，走进北疆重型装备集团有限公司;
    来到东营港经济开发区，登上东营港区5万吨级液体化工码头), or a town when the site is a company or a park (来到榆中县
    和平镇，走进兰州高原夏菜产业园; the recogniser may not know the town): the stop, more specific than where it lies."""
    text, end = sm.sentence.text, max((p.end for p in sm.places if went.start(2) <= p.start and p.end <= went.end(2)), default=0)
    town = end > went.start(2) and re.fullmatch(r"[\u4e00-\u9fff]{1,4}[镇乡]", text[end:went.end(2)]) is not None
    if _divisions_only(sm, went.start(2), end if town else went.end(2), ("province", "prefecture", "county"), zones=True) \
            and (inside := _INTO_SITE.match(sm.sentence.text, went.end())) \
            and (site := _site(entered := _OWNER_OF_PART.sub(r"\1", inside.group(1)), sm, reached=True)
                 or (entered if entered.endswith(_ENTERED_SITE) and len(entered) <= 16
                     and _divisions_only(sm, went.start(2), went.end(2), ("province", "prefecture", "county")) else None)) \
            and not site.endswith(_PARTS) and not _KIND_OF_SITE.fullmatch(site) \
            and (not town or site.endswith(_COMPANY_OR_PARK)):
        return site
    return None


#: a quay named only by its kind (来到洞头区状元岙港区，登上集装箱码头: on the harbour district reached; a room or
#: workshop entered is one of ``_PARTS``)
_KIND_OF_SITE = re.compile(r"(?:集装箱|散货|件杂货|自动化|智能化?)?(?:码头|泊位|堆场)")
#: a quay told by its harbour district and its size or cargo (盐城港大丰港区5万吨级通用码头, 吕四作业区集装箱码头建设现场)
_QUAY_OF_DISTRICT = re.compile(r"(.{2,}?(?:港区|作业区))(?:\d+(?:\.\d+)?万吨级)?(?:原油|通用|液体化工|矿石|煤炭|滚装|客运)?"
                               + _KIND_OF_SITE.pattern + r"(?:建设现场|作业现场)?")


def _quay_district(place: str | None, sm: SentenceMentions) -> str | None:
    """The harbour district a quay told by its size or cargo lies in (察看盐城港大丰港区5万吨级通用码头 → 大丰港区),
    named as the sentence's mention of it names it; else ``place``."""
    quay = next((p for p in sm.places if place in (p.name, p.surface) or place in p.aliases), None) if place else None
    told = max((quay.surface, *quay.aliases), key=len) if quay else place
    m = _QUAY_OF_DISTRICT.fullmatch(told) if told else None
    if m is None:
        return place
    # 通州湾港区吕四作业区: the working area, in its harbour district; 连云港港徐圩港区, whose city ends with 港: not 港徐圩港区
    district = (inner.group(1) if (inner := re.search(r"港区([^港区]{2,6}作业区)$", m.group(1))) else m.group(1))
    district = district[1:] if district.startswith("港") and len(district) > 4 else district
    return next((p.name for p in sm.places if district in (p.surface, *p.aliases) and p is not quay), district)


def _divisions_only(sm: SentenceMentions, start: int, end: int, kinds: tuple[str, ...], zones: bool = False) -> bool:
    """Whether ``text[start:end]`` names places of these kinds and nothing more (江苏苏州, 齐齐哈尔市富拉尔基区;
    not 苏州工业园区 nor 珲春市敬信镇防川村); with ``zones``, zones other than towns count too (东营港经济开发区)."""
    named = [p for p in sm.places if start <= p.start and p.end <= end]
    return bool(named) and sum(p.end - p.start for p in named) >= end - start - 1 and all(
        p.kind in kinds or (zones and (p.kind == "zone" or p.surface.endswith(_BARE_ZONES + ("园", "新城")))
                            and not p.surface.endswith(("镇", "乡", "街道"))) for p in named)


#: what a site entered after a division (not a zone or a site) ends with when it names one whatever words it is made of
#: (来到胶州市，走进上合示范区多式联运中心: 联运 reads as a verb)
_ENTERED_SITE = ("中心", "有限公司", "集团", "产业园", "基地")
#: what a site entered in a town reached ends with when it is a stop of its own (a company, a park)
_COMPANY_OR_PARK = ("公司", "集团", "园", "园区", "基地")


#: a party that a leader heads (X率执法检查组…) named as the subject of a stop: 检查组首先来到…
_LED_GROUP = re.compile(r"(?:执法)?检查组|调研组|督导组|督查组|视察组|考察组")


def _led_by(sm: SentenceMentions, new: list[Event], ctx: EventContext, persons: list[Span]) -> None:
    """A stop whose subject is the party a leader heads (检查组首先来到汉寿县。在岩汪湖镇，检查组察看…) is the
    leader's: who heads the party on the article's visit (X率…组) takes part in it, as at a stop of their own."""
    text = sm.sentence.text
    visit = _main_visit(ctx.created)
    for ev in new:
        pos = text.find(ev.trigger) if ev.trigger else -1
        if visit is None or ev is visit or ev.participations or ev.trigger not in _INSPECT_VERBS or pos < 0 \
                or not _LED_GROUP.search(text, _clause_start(text, pos, "。；"), pos) or any(p.start < pos for p in persons):
            continue
        for part in visit.participations:  # who heads the party: 省人大常委会副主任X率执法检查组
            if re.search(re.escape(part.name) + "(?:率|带领|带队)", visit.evidence.text):
                merge_role(ev, Participation(part.name, "other", sm.sentence))


def _session_opened(text: str, dates: list[DateMention], ctx: EventContext) -> None:
    """…会议今天在长沙闭幕。本次会议于11月27日开幕: the session told last runs from that day."""
    if (opened := _OPENED.match(text)) and (meeting := next((e for e in reversed(ctx.created) if MEETING_END.search(e.label)), None)):
        day = next((d.date for d in dates if d.date is not None and d.start >= opened.start() and d.date.precision == "day"), None)
        if day is not None and meeting.date is not None and meeting.end_date is None and day.iso() < meeting.date.iso():
            meeting.date, meeting.end_date = day, meeting.date


def _meetings(sm: SentenceMentions, dates: list[DateMention], ctx: EventContext, persons: list[Span]) -> list[Event]:
    """Meetings the sentence tells: held (…座谈会在合肥召开), held at (在长沙召开的…), heard at (从…发布会上获悉),
    convened (主持召开…), attended in a headline (出席…座谈会), or talks (与…一行座谈, with their people)."""
    text = sm.sentence.text
    new = [ev for m in _SUBJECT_HELD.finditer(text) if (ev := _held(sm, m, dates, ctx)) is not None]
    for m in _HELD_AT.finditer(text):
        label = _clean_label(m.group(3))
        dated = any(d.date is not None and d.end <= m.start() for d in dates)  # 去年3月在长沙召开的座谈会
        if (len(label) >= 4 or (dated and MEETING_END.fullmatch(label))) and not any(e.label.endswith(label) or label.endswith(e.label) for e in new):
            new.append(_event(sm, label, m.start(3), m.end(3), m.group(2), dates, ctx, place_from=m.start(1)))
    for m in _HELD_ON.finditer(text):
        opened_by_day = _day_shift(text) is not None and m.start() <= 6 and (m.group(3) or text.startswith("由", m.end())) \
            and not any(e.end_date is None and e.label.endswith(m.group(2)) for e in ctx.events)  # (the 座谈会 reported)
        if (opened_by_day or (m.group(3) and any(d.end == m.start() for d in dates))) and not any(e.label.endswith(m.group(2)) for e in new):
            # 9日上午举行的开班式上，胡建林作动员讲话: the sitting the sentence is told at, with its people
            # (当天下午召开的联席会议由…主持, 次日上午举行的论坛上: on the day told)
            new.append(_event(sm, _clean_label(m.group(2)), m.start(2), m.end(2), m.group(1), dates, ctx,
                              within=(m.start(), m.end())))
    for m in _SPOKE_AT.finditer(text):
        day = [d for d in dates if d.date is not None and d.date.precision == "day" and d.end <= m.start()]
        if day and not re.match(r"的?(?:重要)?讲话|发表的", text[m.end():]) \
                and not any(e.label.endswith(m.group(1)) or m.group(1).endswith(e.label) for e in new):
            # (not 在…座谈会上重要讲话精神: a speech told in passing)
            new.append(_event(sm, _clean_label(m.group(1)), m.start(1), m.end(1), "召开", day[-1:], ctx,
                              within=(day[-1].start, m.end())))
    if (learned := _LEARNED_AT.search(text)) and not any(e.label.endswith(learned.group(1)) for e in new):
        # 记者9日从山东省政府新闻办召开的新闻发布会上获悉: the press conference, on its day
        new.append(_event(sm, learned.group(1), learned.start(1), learned.end(1), "召开", dates, ctx))
    for m in _CONVENE.finditer(text):
        _convened(sm, m, dates, ctx, new)
    if not new and (talk := _TALKS.search(text)) and (any(d.date is not None for d in dates if d.end <= talk.start())
                                                     or (ctx.events and (_RIGHT_BEFORE.match(text) or _RIGHT_AFTER.match(text)))) \
            and not _WENT.search(text, 0, talk.start()) and not _INSPECT.search(text, 0, talk.start()):
        # 5月21日上午，韦志刚在郑州与…董事长齐振宇一行座谈: talks, on the day and at the place told (before the
        # guest or after: 省政府与…有限公司在昆明举行工作座谈)
        lo = _clause_start(text, talk.start())
        ev = _event(sm, _clause(text, lo, talk.end()), talk.start(), talk.end(), "座谈", dates, ctx, within=(lo, talk.end()))
        for p in persons:  # the host before 与 and the guests after it
            if lo <= p.start < talk.end() and not any(b.start() <= p.start < b.end() for b in BYLINE.finditer(text)):
                merge_role(ev, Participation(p.text, "other", sm.sentence))
        new.append(ev)
    if not new and text[-1:] not in "。！？”" and (attended := _ATTEND_HEADLINE.search(text)) \
            and not any(e.label == _clean_label(attended.group(1)) for e in ctx.events):
        # 褚鸿钧晏景川出席吉林浙江对口合作座谈会 (a headline): the meeting, dated and placed by the text that tells it
        new.append(_event(sm, _clean_label(attended.group(1)), attended.start(1), attended.end(1), "出席", dates, ctx))
    return new


def _told_in_passing(sm: SentenceMentions, dates: list[DateMention], ctx: EventContext, new: list[Event]) -> list[Event]:
    """Meetings told in passing: named with the day they were held and no place (传达学习上月召开的
    省委经济工作会议精神; 认真筹备明年1月召开的省十四届人大四次会议), dated by that day alone, or next year's
    with its host (…座谈会由湖南省承办). They do not stop the sentence from telling an event of its own,
    and no one takes part in them."""
    text = sm.sentence.text
    out: list[Event] = []
    for m in _HOSTED.finditer(text):
        # 会议确定，2026年度长江中游三省主要领导座谈会由湖南省承办: next year's meeting, in its host's province
        label = _clean_label(m.group(1))
        if any(e.label.endswith(label) or label.endswith(e.label) for e in new + out):
            continue
        when = [d for d in dates if d.start == m.start(1) and d.date is not None]
        ev = _event(sm, label, m.start(1), m.end(1), "承办", when, ctx, within=(m.start(2), m.end()))
        if when:
            ev.date, ev.end_date = when[0].date, when[0].end_date
        venue = re.match(r"[，,]在([^，。；]{2,10}?)(?:召开|举行|举办)", text[m.end():])
        # (由甘肃省天水市承办: the city)
        host = next((p.name for p in reversed(sm.places) if m.start(2) <= p.start < m.end(2)), None)
        ev.place = next((p.name for p in sm.places if venue and m.end() + venue.start(1) <= p.start < m.end() + venue.end(1)), host)
        out.append(ev)
    for m in _HELD_ON.finditer(text):
        if m.group(3):
            continue  # 9日上午举行的开班式上，…作动员讲话: the sentence's own setting (see _meetings)
        label = _clean_label(m.group(2))
        when = [d for d in dates if d.end == m.start()]
        if when and len(label) >= 4 and not _BODY_NAME.search(label) and not _BODY_MEETING.fullmatch(label) \
                and not any(e.label.endswith(label) or label.endswith(e.label) for e in new + out):
            out.append(_event(sm, label, m.start(2), m.end(2), m.group(1), when, ctx, within=(m.start(), m.end())))
    return out


#: a session told with its length (为期两天的…大会): so many days up to its closing
_LASTING = re.compile(r"为期([两二三四五六七八九十\d]+)天的")


def _held(sm: SentenceMentions, m: re.Match, dates: list[DateMention], ctx: EventContext) -> Event | None:
    """The meeting of a match of ``_SUBJECT_HELD`` (…座谈会X日在Y召开), with its own day and venue."""
    text = sm.sentence.text
    if re.search(r"宣布[^，。；]{0,30}$", text[:m.start(3)]):
        return None  # …出席开幕式并宣布大会开幕: the opening announced, at the ceremony told
    listed = re.search(r"(?:[\u4e00-\u9fff]{2,6}、)+$", text[:m.start(1)]) if text[m.start(1) - 1:m.start(1)] == "、" else None
    # 衢州、丽水、温州、台州四市…联席会议在我市召开: the meeting is named with all the cities, not from the last
    label = _clean_label((listed.group() if listed else "") + m.group(1))
    lead = next((d for d in dates if d.start == m.start(1) and d.date is not None and d.kind in ("date", "span")
                 and d.date.precision != "year"), None)  # not 2024年度…座谈会, a name with its year
    if lead is not None and label.startswith(lead.text):
        label = label[len(lead.text):]  # 2020年8月扎实推进…座谈会在合肥召开: the date opens the clause, not the name
    if "）" in label and "（" not in label:
        label = label.rsplit("）", 1)[1]  # 翔）国家发展和改革委员会: a byline's end is no part of it
    opened = next((d for d in dates if m.start(1) <= d.start < m.end(1) and d.date is not None and d.date.precision == "day"
                   and label.startswith(d.text + "开幕的")), None)
    if opened is not None:
        label = label[len(opened.text) + 3:]  # 9月26日开幕的…会议，昨天上午在合肥闭幕: the session of those days
    lasting = _LASTING.match(label)
    if lasting:
        label = label[lasting.end():]  # 为期两天的…大会昨天在呼和浩特闭幕: the session of those days
    if len(label) < 4 or label in ("会议", "座谈会") or _BODY_NAME.search(label) \
            or (re.fullmatch(r"(?:这次|此次|本次|本届)[\u4e00-\u9fff]{0,3}?" + MEETING_NOUN, label)
                and any(e.label.endswith(label[2:]) for e in ctx.created)):
        return None  # (本届运动会于18日开幕: the session told, by a word pointing back at it; not 本届博览会将于…举办
        # after its press conference: the fair itself, to be held)
    deictic = bool(m.group(2)) and DEICTIC.fullmatch(m.group(2)) is not None
    at = m.group(2) if m.group(2) and not deictic else None  # (…会议在我市召开: told where next)
    # (汉中安康商洛三市…会议在我市召开 in 商洛日报: the paper's city, not the first its name gives)
    ev = _event(sm, label, lead.end if lead else m.start(1), m.end(1), m.group(3), dates, ctx,
                place_from=m.start(2) if at or deictic else None)
    if at in _BARE_ZONES and (zone := next((e.place for e in reversed(ctx.events) if e.place and e.place.endswith(at)), None)):
        ev.place = zone  # 来到川渝高竹新区… 当天，…开工仪式在新区举行: the zone just told
    elif ev.place is None and at is None:
        # 三亚市…人民代表大会常务委员会…会议举行: in its city; 常州经开区…集中签约活动举行: in its zone
        ev.place = None if deictic else next((p.name for p in sm.places if p.kind == "zone" and label.startswith(p.surface)
                                              and p.surface.endswith(_PARK_ZONES)), None) or _body_place(label)  # (not 西安都市圈…大会)
    elif ev.place is None and _VENUE.fullmatch(at) and not _NOT_VENUE.search(at):
        ev.place = _shed_divisions(at, sm)  # 大会将在祥符荡科创绿谷举办: a venue the recogniser does not know
    elif at and (hall := re.fullmatch(r"(.{2,20}?)(?:主|分)?会场(?:和.{2,40}分会场)?", at)) and any(p.surface == hall.group(1) for p in sm.places):
        ev.place = next(p.name for p in sm.places if p.surface == hall.group(1))  # 在固安县主会场举行: the county
    elif at and not any(p.name == ev.place for p in sm.places) and _VENUE.fullmatch(at) and not _NOT_VENUE.search(at):
        ev.place = _shed_divisions(at, sm)  # 下午，现场推进会在伊滨区新能源电池产业园举行: its own venue
    elif at and _HALL.fullmatch("在" + at):
        # 在南昌江西省人民会堂开幕: the hall, without the city written before it (not the province its name opens with)
        city = next((p.surface for p in sm.places if p.start == m.start(2) and p.kind != "zone"), "")
        ev.place = at[len(city):] if _HALL.fullmatch("在" + at[len(city):]) else at
    elif at:
        ev.place = _venue(at, sm, ev.place)
        if ev.place == at or (ev.place is not None and "镇" in ev.place[:-1] and ev.place in at):
            # 在绵阳高新区磨家工业园召开: the park; 在青浦区金泽镇水乡客厅: the hall in the town, not the town
            ev.place = _shed_divisions(at, sm)
    if said := next((d for d in dates if d.start == m.start(1) and d.date is not None and d.text in ("明年", "今年", "去年")), None):
        ev.date, ev.end_date = said.date, None  # 明年博览会将在铁岭举办: next year's, not the year told before
    if own_day := next((d for d in dates if d.date is not None and m.end(1) <= d.start < m.start(3)), None):
        ev.date, ev.end_date = own_day.date, own_day.end_date  # 第五次会议16日至17日在南宁召开: not the dateline's day
        if own_day.kind == "period":
            ev.date, ev.end_date = PartialDate(own_day.date.year), None  # 将于今年下半年在重庆召开: some time that year
    if opened is not None and m.group(3).startswith("闭幕") and ev.date is not None and opened.date.iso() < ev.date.iso():
        ev.date, ev.end_date = opened.date, ev.date
    elif lasting and m.group(3).startswith("闭幕") and ev.date is not None and ev.date.precision == "day" and ev.end_date is None \
            and (days := cn_to_int(lasting.group(1))) and 1 < days <= 10:
        ev.date, ev.end_date = ev.date.shifted(1 - days), ev.date
    return ev


def _convened(sm: SentenceMentions, m: re.Match, dates: list[DateMention], ctx: EventContext, new: list[Event]) -> None:
    """Add to ``new`` the meetings of a match of ``_CONVENE`` (主持召开A、B) not told already."""
    text = sm.sentence.text
    if m.group(2).startswith("的"):
        return  # 当天下午召开的座谈会上: the meeting told already
    if _SITTING.match(m.group(2)) and ctx.setting is not None and ctx.setting.trigger in ("开幕", "召开", "举行"):
        return  # 主持24日上午的第一次全体会议和26日下午的闭幕会: sittings of the session reported, who chairs them chairs it
    if re.search(r"(?:每年|每半年|每季度|每月|定期|适时)$", text[:m.start()]):
        return  # 建立…机制，每年召开一次工作推进会: what is agreed to recur, not an event
    if re.match(r"(?:、[^，。；、]{2,30})*等[\d一二三四五六七八九十两]+[场项个次]", text[m.end():]) \
            or re.search(r"期间[，,]?还将$", text[:m.start()]):
        # 大会期间，还举办了产业协作对接会、人才交流洽谈会等6场专题活动: a count of side events, none told;
        # 大会期间，还将举办…展销会: a side event to come, with no day of its own
        return
    # 14日至15日在辽宁调研，15日下午在沈阳主持召开…: the 在 of the verb's own clause says where
    clause_lo = _clause_start(text, m.start())
    at = text.rfind("在", clause_lo, m.start())
    for item in m.group(2).split("、"):
        label = _clean_label(item)
        if (len(label) < 4 or _BODY_MEETING.fullmatch(label)) and m.group(1).startswith(("召开", "举行", "主持召开")):
            label = _convener(sm, m.start()) + label  # 领导小组…召开会议, …召开全体会议: the body's meeting
        own = any(d.date is not None and clause_lo <= d.start < m.start() for d in dates) or at >= 0
        own = own and not item.startswith(("这次", "此次", "本次", "该"))  # 召开这次座谈会: the meeting told
        if len(label) < 4 and not (m.group(1).startswith("主持召开") and label != "会议") and not (own and label in ("座谈会", "开班式", "结业式", "开幕式", "闭幕式")) \
                and not (label == "会谈" and (own or _RIGHT_AFTER.match(text))):  # (随后，双方举行会谈: after the call)
            continue  # (昨天下午，两省市在津举行座谈会: dated and placed, it is an event)
        if any(e.label.endswith(label) or label.endswith(e.label) for e in new):
            continue
        if label.endswith("仪式") and re.match(r"(?:会上|会议上|会议期间)", text[clause_lo:]) and ctx.events \
                and MEETING_END.search(ctx.events[-1].label):
            continue  # 会上举行了会旗交接仪式: a part of the meeting just told
        start = m.start(2) + m.group(2).find(item)
        told = at >= 0 and any(at < p.start and p.end <= m.start() for p in sm.places)
        # (not 召开扩大会议，…，结合…在黑河、大兴安岭地区调研情况: a place of another clause)
        ev = _event(sm, label, start, start + len(item), m.group(1).rstrip("了"), dates, ctx,
                    place_from=at + 1 if told else None, within=(at + 1, m.start()) if told else (0, m.end()))
        if told:
            ev.place = _venue(text[at + 1:m.start()], sm, ev.place)
        elif at >= 0 and _VENUE.fullmatch(venue := text[at + 1:m.start()]) and _SITE.search(venue):
            ev.place = _shed_divisions(venue, sm)  # 随后，蒋立行在雄安市民服务中心主持召开现场办公会: its venue
        elif (went := _WENT.search(text, clause_lo, m.start())) and (there := _covering(sm, went.start(2), went.end(2))):
            ev.place = there  # 代表团赴宁夏考察并召开第二十八次联席会议: where the delegation went
        new.append(ev)


def _visit_before_meeting(sm: SentenceMentions, dates: list[DateMention], ctx: EventContext, meeting: Event) -> Event | None:
    """A visit or call told in a clause before the sentence's first meeting: 14日至15日在辽宁调研，15日下午在沈阳
    主持召开…座谈会; 15日上午，…在成都会见代表团一行，随后两省召开…座谈会."""
    text = sm.sentence.text
    m = _INSPECT.search(text)
    if m is None:
        return None
    told_at = text.find(meeting.trigger)
    if m.group(2) and (m.group(1) or text[m.start():m.start() + 2] in ("带队", "率队")) \
            and "，" in text[m.end():told_at] and any(d.date is not None and d.end <= m.start() for d in dates):
        ev = _event(sm, _clause(text, m.start(), m.end()), m.start(), m.end(), m.group(2), dates, ctx,
                    place_from=m.start(1), within=(_clause_start(text, m.start()), m.end()))
        if m.group(1) and re.search("[、和及与]", m.group(1)):  # 在赣州市瑞金市、于都县、信丰县调研: the city holding them
            ev.place = _covering(sm, m.start(1), m.end(1)) or ev.place
        if ev.place is None and (went := _WENT.search(text, 0, m.start())):
            ev.place = _covering(sm, went.start(2), went.end(2))  # 深入南阳市淅川县、西峡县，走进库区…调研: where he went
        return ev
    if m.group(5) in _MEETING_VERBS and m.end() < told_at and re.search(r"[，,](?:随后|之后|会后|会见后)", text[m.end():told_at]):
        lo = _clause_start(text, m.start())
        hi = _clause_end(text, m.start())
        return _event(sm, _clause(text, m.start(), hi), m.start(), m.end(), m.group(5), dates, ctx, within=(lo, hi))
    return None


def _branch_venues(sm: SentenceMentions, dates: list[DateMention], ctx: EventContext, persons: list[Span]) -> list[Event]:
    """The part of an activity held at a branch venue, told in a clause opening with it (在西咸新区分会场，…崔景涛出席
    活动。在临潼区分会场，区委书记范一鸣宣布开工): an event at that place, on the activity's day, with the people
    of that clause."""
    text = sm.sentence.text
    out: list[Event] = []
    if not _BRANCH_VENUE.search(text):
        return out
    activity = next((e for e in reversed(ctx.created) if _ACTIVITY.search(e.label)), None)
    for m in _BRANCH_VENUE.finditer(text):
        hall = [p for p in sm.places if p.start == m.start(1) and p.end == m.end(1)]
        hi = _clause_end(text, m.end(), "。；")
        there = [p for p in persons if m.end() <= p.start < hi]
        if activity is None or not hall or not there:
            continue  # (在西咸新区分会场，一批新能源项目同步开工: no one is told there)
        ev = _event(sm, (activity.label if activity.label.endswith("活动") else "") + m.group(1) + "分会场",
                    m.start(), m.end(), "举行", dates, ctx, within=(m.start(), hi))
        ev.place = hall[0].name
        if ev.date is None or not any(d.date for d in dates):
            ev.date, ev.end_date = activity.date, activity.end_date
        _add_participants(ev, sm, there, trigger_pos=-1)
        out.append(ev)
    return out


def _visits(sm: SentenceMentions, dates: list[DateMention], ctx: EventContext, persons: list[Span]) -> list[Event]:
    """A visit, or a stop of one, told by an inspecting verb (考察, 调研, 会见 …), by where the visitor went
    (来到, 前往 …), or by the site a sentence opens with (在…合作社，葛振邦…)."""
    text = sm.sentence.text
    opening = _AT_SITE.match(text)
    where = opening.group()[1:-1] if opening else ""
    # 先后来到阿克苏纺织工业城、… / 在纺织工业城，沈卫邦察看…: a stop just told, told again by its short name
    retold = len(where) >= 2 and any(e.place and where in e.place and e.end_date is None and e.trigger in _INSPECT_VERBS
                                     for e in ctx.events[-4:])
    if retold or _SPEECH_SPIRIT.search(text):
        return []
    on_site = next((e for e in reversed(ctx.created) if MEETING_END.search(e.label)), None) if _ATTENDEES_GO.match(text) else None
    if on_site is not None and "现场" in on_site.label \
            and not any(d.date is not None and d.date != on_site.date for d in dates):
        return []  # 现场推进会… 与会人员首先来到…建设现场，实地察看: the meeting's own tour of the sites
    listed_sites = _listed_sites(sm)
    if m := _inspection_told(text, dates, ctx):
        return _inspection(sm, m, dates, ctx, persons, listed_sites)
    if not _VISIT_DURING.match(text) and not (_PART_OF_SITE.match(text) and ctx.events) \
            and (arrive := _ARRIVE.search(text)) and (persons or _GROUP.search(text, 0, arrive.start())) and (
            any(d.date for d in dates if d.start < arrive.start()) or _day_shift(text) is not None
            or ((ctx.last_day is not None or (ctx.setting is not None and ctx.setting.end_date is not None))
                and (_LATER_THAT_DAY.match(text) or _AT_SITE.match(text) or listed_sites)
                and (_GROUP.search(text, 0, arrive.start()) or any(p.end <= arrive.start() for p in persons)))):
        # 5月19日至20日，魏承远…先后来到九江、南昌两市: a visit told by where the visitor went;
        # 下午，代表团来到保定·中关村创新中心: a stop later on the day just told
        return _arrival(sm, arrive, dates, ctx, listed_sites)
    group = _GROUP.match(text, len(at_site) + 2) if (at_site := _opening_site(text, sm)) else None
    if at_site and not _PART_OF_SITE.match(text) and not at_site.endswith(_PARTS) \
            and ctx.last_day is not None and ctx.events and ctx.events[-1].trigger in _INSPECT_VERBS \
            and ((persons and persons[0].start == len(at_site) + 2) or group):
        # 在拉哈镇农机专业合作社，葛振邦同合作社负责人交流; 在…示范区，他详细了解…: a stop of the visit, by its site
        # (在雄安站，大家登上…: the visiting party, those who visit in the visit just told)
        ev = _event(sm, _clause(text, len(at_site) + 2), 0, len(at_site) + 1, "考察", dates, ctx)
        ev.place = _shed_divisions(at_site, sm)
        if not any(d.date for d in dates) and ev.end_date is None:
            ev.date = ctx.last_day  # on the day just told (not 今年 of a quotation before; a span stays)
        visitors = [persons[0].text] if persons and persons[0].start == len(at_site) + 2 else \
            [p.name for p in ctx.events[-1].participations if p.role == "other"]
        for name in visitors:
            merge_role(ev, Participation(name, "other", sm.sentence))
        return [ev]
    return []


def _inspection_told(text: str, dates: list[DateMention], ctx: EventContext) -> re.Match | None:
    """The match of ``_INSPECT`` that tells a visit of its own, if any (not a part of one told, an
    invitation, a visit named in a speech)."""
    m = _INSPECT.search(text)
    if m is None:
        return None
    if m.group(3) and BACK_REFERENCE.match(text) and ctx.events:
        return None  # 会议听取了…汇报: part of the meeting, not an event of its own
    if _VISIT_DURING.match(text) and ctx.events:
        return None  # 考察期间，代表团一行先后来到成都、德阳: the visit told already
    if ctx.events and ((text[max(0, m.start() - 2):m.start()] in ("陪同", "参加", "随团", "随同") and not m.group(1))
                       or (m.group(1) or "").endswith(("陪同", "参加", "随团", "随同"))):
        return None  # 省长安然陪同考察并参加座谈, …欧阳卫平在雄安新区陪同考察: a part in the visit told, not a visit of its own
    if ctx.events and (text[max(0, m.start() - 2):m.start()] in ("这次", "此次", "本次")
                       or re.search(r"^[^，。；]{0,6}表示(?:欢迎|感谢)", text[m.start():])):
        return None  # 对代表团一行来黔考察表示欢迎, 以这次考察为契机: the visit told already, named in a speech
    if re.search(r"欢迎[^，。；]{0,12}$", text[:m.start()]):
        return None  # 欢迎企业到赣州考察投资: an invitation, not a visit
    if ctx.events and text[m.start() - 1:m.start()] == "在" and re.match(r"[^，。；]{2}(?:中|时)", text[m.start():]):
        return None  # 庹乐山在会见中表示: the call told, named in passing
    if ctx.events and _PART_OF_SITE.match(text):
        return None  # 在园区展厅，他察看…: a part of the site just told, the same stop
    if ctx.events and _WHILE_THERE.match(text):
        return None  # 在钦州调研时，钦州市委书记…陪同: the stops there, told already
    if ctx.events and (opening := _AT_SITE.match(text)) and opening.group()[1:-1].endswith(_PARTS):
        return None  # 在动力电池生产车间，他仔细察看…: in the company just told, the same stop
    if m.group(2) == "调研" and m.group(1) is None and text[m.start() - 1:m.start()] == "，" \
            and not any(d.date is not None and d.end <= m.start() for d in dates):
        return None  # 他来到…开发区，调研…: a stop of the visit told, unless dated (8月19日至20日，…到青岛、日照两市，调研…)
    return m


def _inspection(sm: SentenceMentions, m: re.Match, dates: list[DateMention], ctx: EventContext, persons: list[Span],
                listed_sites: list[str]) -> list[Event]:
    """The visit told by the inspecting verb of ``m``, placed where it went, and its stops."""
    text = sm.sentence.text
    target_start = m.start(1) if m.group(1) else m.start(6) if m.group(6) else None
    target = m.group(1) or m.group(6)
    label = _clause(text, m.start(), m.end())
    clause_end = _clause_end(text, m.end())
    ev = _event(sm, label, m.start(), m.end(), m.group(2) or m.group(3) or m.group(5), dates, ctx,
                place_from=target_start if m.group(1) else None,
                within=None if m.group(1) else (0, clause_end))  # (not 邀请企业到赣州… in a later clause)
    met = (m.group(5) or "") in _MEETING_VERBS  # 会见中国华岳新材料集团有限公司…: a guest, not a place
    hall = _HALL.search(text, _clause_start(text, m.start()), m.start()) if met else None
    inside = [p for p in sm.places if target and target_start is not None
              and target_start <= p.start and p.end <= target_start + len(target)]
    divisions = [gazetteer().lookup(p.name) for p in inside]
    several = len(inside) > 1 and (re.search("[、和及与]", target) or (
        None not in divisions and len({d.level for d in divisions}) == 1))  # not 闵行区…之家
    # 在定西市和临夏回族自治州调研, 在鄂尔多斯包头巴彦淖尔调研: the division holding the places visited
    named = None if met else (_covering(sm, target_start, target_start + len(target)) if several else
                              _place_named(target, sm) if target else None)  # (not the guests' cities of 会见了…四市代表团)
    if m.group(1) and "、" in target and len(inside) < 2:
        # 赴钦州港东站、北部湾港钦州自动化集装箱码头实地考察: sites the recogniser does not know, in the city both name
        several = bool(named := _holding([d for a, b, d in gazetteer().find(target) if aligned(target, a, b)[0]]) or named)
    if ev.date is None and ctx.last_day is not None and (
            (_LATER_THAT_DAY.match(text) and _GROUP.search(text, 0, m.start())) or _AT_SITE.match(text)):
        ev.date = ctx.last_day  # 下午，代表团来到…，考察…; 在郑州经开综合保税区，高明察看了…: on the day just told
    went = _WENT.search(text, 0, m.start())
    held = re.match(r"在([^，。；]{2,16}?)(?:举办|举行)的", m.group(6) or "")
    # 来到沈阳市铁西区，在沈鼓集团察看: the site after 在 in the verb's own clause
    own = m.group(1) if m.group(1) and _SITE.search(m.group(1)) and _VENUE.fullmatch(m.group(1)) \
        and not re.search("[、和及与]", m.group(1)) else None  # (not 到产业园和乡村调研: kinds of place, no site)
    own = own or (None if m.group(1) else _opening_site(text, sm))  # 在襄阳锐驰精密机械股份有限公司，他察看…
    if own and own.endswith(_PARTS) and went and (reached := _site(went.group(2), sm, reached=True)):
        own = reached  # 来到中国一汽红旗繁荣工厂，走进总装车间察看: the factory, not its workshop
    # (来到福州市长乐区，考察中国东南大数据产业园: a site named after the place reached, as where it lies does)
    seen_site = m.group(6) and went and _SITE.search(m.group(6)) and not re.search("[、和及与]", m.group(6)) \
        and (any(p.kind == "county" and p.end == went.end(2) for p in sm.places)  # (a company in a zone reached: the zone)
             or re.search(r"[\u4e00-\u9fff]{2}[镇乡]$", went.group(2)) is not None)  # (来到…文家市镇，参观…纪念馆: the hall)
    # (考察江西赣硅新材料有限公司有机硅新材料项目: the company whose project it is)
    site = None if several and m.group(1) else (_site(_OWNER_OF_WORK.sub(r"\1", m.group(6)), sm, reached=bool(seen_site))
                                                if m.group(6) and not met else None) \
        or (own and _shed_divisions(own, sm)) \
        or (_entered(sm, went) or _located(went.group(2), sm) or _site(went.group(2), sm, reached=True) if went else None) \
        or (held.group(1) if held and _VENUE.fullmatch(held.group(1)) else None)  # 参观了在吉林省博物院举办的…成就展
    if site is None and m.group(1) and not met and not several \
            and (obj := re.match(r"了?([^，。；：、和及与]{4,30})(?=[，。；]|$)", text[m.end():])):
        site = _site(obj.group(1), sm, reached=bool(_SITE.search(obj.group(1))))
        # 在株洲市石峰区考察中车株洲电力机车有限公司: the company, inside the district (在阿克苏市考察浙阿纺织服装产业园: the park)
    # 在深圳调研前海深港现代服务业合作区建设进展: the zone studied, inside the city where
    # (在防城港市考察了防城港国际医学开放试验区: the zone inspected)
    # (not 在山东调研胶东经济圈一体化发展工作: a region of cities, what the visit is about, not where it went; nor
    # 在嘉善县调研长三角生态绿色一体化发展示范区建设: a zone of a region, wider than the county)
    zone = next((p.name for p in sm.places if m.group(1) and p.kind == "zone" and not p.surface.endswith(_REGION_OF_CITIES)
                 and p.parent not in REGIONS and p.start == m.end() + text.startswith("了", m.end())
                 and text[p.end:p.end + 1] not in ("、", "和", "及", "与")), None)  # (not 考察厦门火炬高新区和民营科技企业)
    # 来到常德，察看西洞庭湖国家级自然保护区退养还湿情况: the zone the object opens with, not the city gone to
    # (not 考察内江高新区川渝合作产业园、…: a site in the zone, a list)
    # (not after a place reached that is no division: 来到黄河入海口，乘船察看…保护区湿地修复情况)
    zone = zone or next((p.name for p in sm.places if m.group(6) and not met and p.kind == "zone" and p.start == m.start(6)
                         and any(s == p.end and is_clause_verb(w, f) for s, _, w, f in tokens(text))
                         and (went is None or _divisions_only(sm, went.start(2), went.end(2), ("province", "prefecture", "county")))), None)
    # 代表团赶赴宁波，考察宁波舟山港梅山港区: the zone the object ends with, not the city gone to
    zone = zone or next((p.name for p in sm.places if m.group(6) and not met and p.kind == "zone"
                         and not re.search("[、和及与]", m.group(6))  # (not 考察城陵矶港和…开发区: a list)
                         and m.start(6) <= p.start and p.end == m.end(6)), None)
    # 赴霍山县督导检查佛子岭水库防汛工作: the reservoir inspected, in the county gone to
    works = _WORKS.match(text, m.end()) if (m.group(1) or went) and not met else None
    if works and not m.group(1) and not any(p.kind == "county" and went.start(2) <= p.start and works.group(1).startswith(p.name[:2])
                                            for p in sm.places):
        works = None  # 驱车来到吉安市万安县，检查万安水利枢纽…: the county's works (not 赶赴岳阳，检查洞庭湖大堤…: the city)
    site = site or (works.group(1) if works else None)
    listed = m.group(6) and not met and re.search("[、和及与]", m.group(6)) and (
        _located(m.group(6), sm)  # 考察了南谯经济开发区的A和B: the zone they are said to be in
        or _covering(sm, m.start(6), m.end(6), with_bodies=True)  # 考察城陵矶港和…开发区: the city holding both
        # 考察了天府国际生物城和成都科学城: sites the recogniser does not know, in the city they name
        or _holding([d for a, b, d in gazetteer().find(m.group(6)) if aligned(m.group(6), a, b)[0]]))
    tour_place = None
    if (toured := _TOUR_LIST.search(text)) and m.start() >= toured.end():
        # 11月5日至7日，邝维钧在…陪同下，先后来到南宁、钦州、柳州等地，深入…考察调研: the region holding them,
        # visited by the person before the escort
        tour_place = _covering(sm, toured.start(1), toured.end(1))
        for p in persons:
            if p.end <= toured.start() and not any(e.start() <= p.start < e.end() for e in ESCORTED.finditer(text)):
                merge_role(ev, Participation(p.text, "other", sm.sentence))
    if hall:
        ev.place = hall.group(1)  # 在广州珠岛宾馆会见, 在南昌江西宾馆会见: the hotel the call was held in
    elif met and (bare := _AT_BARE_ZONE.search(text, _clause_start(text, m.start()), m.end())):
        ev.place = bare.group(1)  # 在合作区会见: the zone the article names in full (completed with the article)
    elif listed and not several and not went:  # (not where the visitor went: 来到北海市铁山港区，察看…和…)
        ev.place = listed
    elif zone:
        ev.place = zone
    elif several and m.group(1) and not named and None not in divisions and len({d.province for d in divisions}) > 1:
        ev.place = None  # 率代表团赴上海、江苏、浙江考察学习: no one place holds them (not the first named)
    elif site:
        ev.place = site  # 考察重庆赛博睿驰汽车科技集团智能工厂: the site, more precise than the city or zone
    elif named and (m.group(1) or ev.place is None or (named != ev.place and named.startswith(ev.place))):
        ev.place = named  # (会前，代表团还考察了福州新区: the zone, not only the city of the meeting)
    elif target is None and went:
        # 先后深入鄂尔多斯、包头、巴彦淖尔3市，围绕…进行调研: where the visitor went
        ev.place = _covering(sm, went.start(2), went.end(2)) or ev.place
    elif went and re.search("[、和及与]", went.group(2)) and (there := _covering(sm, went.start(2), went.end(2))):
        ev.place = there  # 代表团赴吴忠市红寺堡区和固原市西吉县，考察…: the division holding both
    elif went and re.search("[、和及与]", went.group(2)) and len({d.province for p in sm.places
                                                              if went.start(2) <= p.start and p.end <= went.end(2)
                                                              and (d := gazetteer().lookup(p.name)) is not None}) > 1:
        ev.place = None  # 赴广东深圳、上海两地开展经贸交流活动: no one place holds them
    elif went and m.group(1) and (reached := [p for p in sm.places if went.start(2) <= p.start and p.end <= went.end(2)]):
        ev.place = reached[-1].name  # 来到钦州港大榄坪港区，在自动化集装箱码头中控室察看: the harbour district reached
    opening = _AT_SITE.match(text)
    if went and opening and ev.place in {p.name for p in sm.places if p.end < opening.end() and p.kind in ("prefecture", "county")} \
            and (reached := [p for p in sm.places if went.start(2) <= p.start and p.end <= went.end(2)]):
        ev.place = reached[-1].name  # 在义安区，他来到义安经济开发区，察看…: the zone reached in the district the sentence opens with
    ev.place = tour_place or ev.place
    return _stops(ev, sm, listed_sites)


def _arrival(sm: SentenceMentions, arrive: re.Match, dates: list[DateMention], ctx: EventContext,
             listed_sites: list[str]) -> list[Event]:
    """The visit told by where the visitor went (``_ARRIVE``), and its stops."""
    text = sm.sentence.text
    ev = _event(sm, _clause(text, arrive.start(), arrive.end()), arrive.start(), arrive.end(), arrive.group(1), dates, ctx,
                place_from=arrive.start(2))
    if (ev.date is None or (ev.date.precision == "year" and not dates)) and (
            _LATER_THAT_DAY.match(text) or _AT_SITE.match(text) or listed_sites):
        ev.date = ctx.last_day  # (次日，代表团赴阿克苏地区考察。沈卫邦一行先后来到…: on the day just told)
    # 在大连船舶重工集团有限公司，他走进总装车间: the company, not its workshop; 在昆山开发区，他走进A和B: the zone
    at_site = _opening_site(text, sm if re.search("[、和及与]", arrive.group(2)) else None)
    if not at_site and re.search("[、和及与]", arrive.group(2)) and not listed_sites:
        # 在厦门先后走进厦门火炬高新区和部分民营科技企业: where they were, not the first of what they saw
        at_site = _place_after(sm, None, ("在",), (_clause_start(text, arrive.start()), arrive.start()))
    ev.place = _located(arrive.group(2), sm) or (at_site and _shed_divisions(at_site, sm)) or _site(arrive.group(2), sm, reached=True) \
        or _covering(sm, arrive.start(2), arrive.end(2)) \
        or _covering(sm, arrive.start(2), arrive.end(2), with_bodies=True) or ev.place \
        or _place_after(sm, None)  # 他在白银市景泰县景电灌区走进高效节水示范田: where he was
    if site := _entered(sm, arrive):
        ev.place = site  # 他来到齐齐哈尔市富拉尔基区，走进北疆重型装备集团有限公司: the company in the district
    if ev.place and ev.place.endswith(_PARTS) and (opening := _AT_SITE.match(text)) \
            and not gazetteer().lookup(opening.group()[1:-1]):
        ev.place = opening.group()[1:-1]  # 在潍柴动力，…一行走进智能化生产车间: the company the sentence opens with
    city = gazetteer().lookup(ev.place) if ev.place else None
    if city and text[arrive.end():].strip() in ("。", "") \
            and any(p.surface == arrive.group(2) for p in sm.places) \
            and any(e.end_date is not None and e.trigger in _INSPECT_VERBS for e in ctx.events):
        return []  # 次日，葛振邦来到大庆。当天下午，…前往西峡县。: the visit of several days moves on, no stop yet
    return _stops(ev, sm, listed_sites)


def _after_call(sm: SentenceMentions, dates: list[DateMention], ctx: EventContext, persons: list[Span]) -> list[Event]:
    """A ceremony or signing right after the call told: 会见后，…出席签约仪式; 会见后，双方共同见证…签署…协议."""
    text = sm.sentence.text
    if not ctx.events:
        return []
    if after := _AFTER_CALL.match(text):
        return [_event(sm, after.group(1), after.start(1), after.end(1), "举行", dates, ctx)]
    if seen := _WITNESSED.match(text):
        signing = _event(sm, seen.group(1), seen.start(1), seen.end(1), "签署", dates, ctx)
        named = [p for p in persons if p.end <= seen.start(1)]  # 会后，梁启峰、邵宏远共同见证…集中签约: those named
        for name in [p.text for p in named] or [p.name for p in ctx.events[-1].participations]:  # 双方共同见证: those at the call
            merge_role(signing, Participation(name, "attendee", sm.sentence))
        return [signing]
    return []


def _acts(sm: SentenceMentions, dates: list[DateMention], ctx: EventContext, persons: list[Span]) -> list[Event]:
    """Dated acts (``_HAPPEN``: 开通运营, 揭牌, 签署, 发布, 印发, 开工 …), each with the date of its own clause."""
    text = sm.sentence.text
    new: list[Event] = []
    for clause in re.finditer(r"[^；;]+", text):  # 2021年6月，《…》发布；同年7月，《…》发布
        # not a plan's period in its title, nor the years a report is on (听取了…关于2024年工作情况和2025年工作安排的汇报)
        named = [t.span() for t in _TITLE.finditer(text)] + [t.span() for t in _REPORT_ON.finditer(text)]
        whole = [d for d in dates if clause.start() <= d.start < clause.end() and not any(a <= d.start < b for a, b in named)]
        act = _HAPPEN.search(text, clause.start(), clause.end())
        acted = [d for d in whole if act is None or d.start < _clause_end(text, act.end(), "，。；：")]  # (not 明年 of a later clause)
        first = ctx.created[0] if ctx.created else None
        if (BACK_REFERENCE.match(text, clause.start()) or _ADOPTED_AT.search(text, clause.start(), clause.end())) \
                and (ctx.setting is not None or any(MEETING_END.search(e.label) for e in ctx.created)) \
                and not any(d.date is not None and (first is None or (d.date != first.date and not _within(d.date, first)))
                            for d in acted):  # (26日下午的闭幕会上，会议表决通过了…: within the session reported)
            continue  # 会议审议通过了《…》: adopted at the meeting, part of it rather than an event of its own
            # (会议指出，2021年9月…印发《…》以来: an act of its own day, told at the meeting)
        for m in _HAPPEN.finditer(text, clause.start(), clause.end()):
            lo = _clause_start(text, m.start(), "，。；：")
            hi = _clause_end(text, m.end(), "，。；：")
            if m.group(2).endswith("发车") and not _TRAIN.search(text, lo, m.start()):
                continue  # 首趟…班列从…站发车: a line's first train, not a bus's daily departure
            # 经…今年9月召开的全体会议审议通过，…于11月21日联合印发: each act with the date of its own clause
            own = [d for d in whole if lo <= d.start < hi] or whole
            if all(d.date is not None and d.date.precision == "year" for d in own) and any(
                    d.date is not None and d.date.precision == "day" and d.start < lo for d in whole):
                own = [d for d in whole if d.start < lo]  # 昨日上午，…2026年春季义务植树活动在…启动: the year names it
            vague = any(d.date is None and d.kind == "date" for d in own)  # 日前，…项目开工
            # 会上，…签署了…。仉国栋、扈晓明共同为…中心揭牌: an unveiling of its own, at the meeting just told
            # (会前，…揭牌 after 总结去年9月在长沙召开的座谈会以来…: the meeting of the day told, not one recalled)
            meetings = [e for e in reversed(ctx.events) if MEETING_END.search(e.label)]
            unveiled = next((e for e in meetings if ctx.last_day is None or e.date == ctx.last_day), meetings[0] if meetings else None) \
                if m.group(2) == "揭牌" and not any(d.date for d in own) and _UNVEILED_BY.search(text, lo, m.start()) \
                and any(p.end <= m.start() for p in persons) and ctx.events and "揭牌" not in ctx.events[-1].label \
                and not ctx.events[-1].label.endswith("仪式") else None
            # …运营中心在钦州港片区揭牌。农少岚、佘永嘉为运营中心揭牌 (…研究院在昌江区揭牌成立，揭文韬、闵思远共同为研究院揭牌):
            # who unveiled the plaque just told, in the sentence before or in a clause of this one
            plaque = new[-1] if new and "揭牌" in new[-1].label and not any(lo <= d.start < hi for d in whole) else \
                ctx.events[-1] if ctx.events and not any(d.date for d in own) and "揭牌" in ctx.events[-1].label else None
            if m.group(2).startswith("揭牌") and plaque is not None and (by := _UNVEILERS.search(text, lo, m.start())):
                same = bool(new) and plaque is new[-1]
                for p in persons:
                    if p.end <= by.start() and (not same or p.start >= lo):
                        merge_role(plaque, Participation(p.text, "attendee", sm.sentence))
                continue
            marked = ctx.departure if _MARKS.match(text) and m.group(2).startswith("开通") else None
            if not (any(d.date for d in own) or vague or marked or "《" in text[lo:hi] or _SAME_DAY.match(text) or _day_shift(text) is not None
                    or unveiled or (m.group(2) == "揭牌" and _LATER_THAT_DAY.match(text) and ctx.last_day is not None)):
                # (随后，…在石河子市共同为…中心揭牌: an unveiling later on the day told)
                continue
            if not any(d.date for d in own) and _REFER.search(text) and ctx.events:
                continue  # 出席仪式并代表两省政府签署《…》: signed at the ceremony just told
            if not any(d.date for d in own) and _day_shift(text) is None and ctx.events and ctx.events[-1].label.endswith("仪式") \
                    and ctx.events[-1].evidence.index == sm.sentence.index - 1:
                for p in persons:  # 孟昭远与黎俊川代表双方签署《…》: the signers at the ceremony
                    if p.end <= m.start():
                        merge_role(ctx.events[-1], Participation(p.text, "other", sm.sentence))
                continue
            if m.group(2) in ("签署", "签订") and not any(d.date for d in own) and (
                    ("见证下" in text[:m.start()]
                     and (meeting := next((e for e in reversed(ctx.events) if MEETING_END.search(e.label)
                                           and id(e) not in ctx.reported), None)))
                    # 当晚，…座谈会在广州举行。…江西省发展改革委主任甘立群与…签署了《…》: signed at the meeting just told
                    or (ctx.events and MEETING_END.search((meeting := ctx.events[-1]).label) and id(meeting) not in ctx.reported)):
                for p in persons:  # 在两省党政主要领导见证下，…厅长龚立新与…厅长欧阳卫签署《…》: signers at the meeting
                    if p.end <= m.start() and not text.endswith("见证下", 0, p.end + 6):
                        merge_role(meeting, Participation(p.text, "attendee", sm.sentence))
                continue
            if ((m.group(2) == "施行" and text.endswith("起", 0, m.start())) or m.group(2).endswith(("通车", "开馆", "开园"))) \
                    and ctx.today is not None and any(d.date for d in own) and all(d.date.iso() > ctx.today.iso() for d in own if d.date):
                continue  # 条例自2025年9月1日起施行, 2028年全面建成通车: what will happen, not yet an event
            if m.group(2).endswith(("投产", "开通", "启动", "通车", "开馆", "开园", "首航", "首发", "开港")) and (
                    _ASPIRED.search(text, lo, m.start()) or _PLANNED.search(text, lo, m.start())):
                continue  # 推动更多重大项目落地投产, 计划于2027年建成通车: what is to be done, not an event
            if text.count("“", 0, m.start()) > text.count("”", 0, m.start()):
                continue  # 以“签约一批、开工一批、投产一批”滚动推进: a slogan
            if text.endswith("按程序", 0, m.start()):
                continue  # 会后，由市发展改革委…按程序印发实施方案: what the meeting decided, not yet done
            if text.startswith("的", m.end()) and not any(d.date for d in whole if lo <= d.start < hi):
                continue  # 郑州分会场集中开工的…项目总投资85亿元: the projects, not their start
            if text[m.start() - 1:m.start()] == "新" or _COUNTED_TARGET.search(text, m.end(), hi):
                continue  # 今年新开工改造城镇老旧小区2.5万个以上: a target counted, not an event
            label = _clause(text, m.start())
            title = _TITLE.search(label)
            if any(e.label == label or (title and title.group() in e.label) for e in new):
                continue  # (a page's title and its first line telling one release: …印发《规划》 twice)
            # only its own clause says where it happened (not 在上海北翼 further on)
            ev = _event(sm, label, m.start(), m.end(), m.group(2), own, ctx, within=(lo, hi))
            if unveiled is not None:
                ev.date, ev.end_date, ev.place = unveiled.date, unveiled.end_date, unveiled.place
            acting = [p for p in sm.places if lo <= p.start and p.end == m.start()]
            if ev.place is None and acting and not any(p.end + 1 == acting[-1].start and text[p.end] in "与和同及、"
                                                       for p in sm.places):
                ev.place = acting[-1].name  # 海安出台…方案: the place that acts is where it happens (not 淮南市与徐州市签署: two)
            venue = _ACTED_AT.search(text, lo, m.start())
            if venue and _VENUE.fullmatch(venue.group(1)) and _SITE.search(venue.group(1)) and not _NOT_VENUE.search(venue.group(1)) \
                    and (ev.place is None or (venue.group(1).startswith(ev.place) and gazetteer().lookup(ev.place) is not None)):
                ev.place = _shed_divisions(venue.group(1), sm)  # …活动在西北工业大学长安校区启动: a site the recogniser does not know
                # (…研究院在滨州学院揭牌成立: the college, not the city its name starts with)
            departed = _DEPARTED.search(text, 0, m.end()) if m.group(2).startswith("开通") or m.group(2).endswith("发车") else None
            station = _shed_divisions(departed.group(1), sm) if departed else None
            if marked is not None and not departed:
                day, station = marked  # 班列从…物流园缓缓驶出。这标志着…开通运营: on the day, from the station, told just before
                if day is not None:
                    ev.date, ev.end_date = day, None
                    ctx.last_day = day  # (同日上午，…揭牌成立: that day)
            if station and (ev.place is None or _more_specific(ev.place, station) == station):
                # 班列从钦州铁路集装箱中心站驶出，标志着…开通: where it left (由商丘站始发的…线路开通运营 on a visit
                # to 商丘: the station, not only the city)
                ev.place = station
            opened = _OPENED_VENUE.search(text, lo, m.start()) if m.group(2) in ("开馆", "开园") else None
            if opened and (ev.place is None or gazetteer().lookup(ev.place) is not None):
                ev.place = opened.group(1)  # …科普馆在韶关市仁化县开馆, …艺术馆昨天正式开馆: the venue that opened
            works = _WORKS_NAMED.fullmatch(text, lo, m.start())
            if ev.place is None and works and _SITE.search(works.group(1)) and m.group(2).startswith(("开工", "竣工", "完工", "建成", "通车")):
                ev.place = _shed_divisions(works.group(1), sm)  # 钦州港东航道扩建工程开工建设: the waterway the works are on
            subject = [p for p in sm.places if p.start == lo and text[p.end:m.start()].endswith("项目")]
            if ev.place is None and subject:
                ev.place = subject[0].name  # 肇庆高新区…产业园项目开工: where the project is
            counties = [p for p in sm.places if lo <= p.start and p.end <= m.start() and p.kind == "county"]
            if ev.place is None and len(counties) == 1 and not re.search("至|到|—", text[lo:m.start()]) and ev.date is not None \
                    and m.group(2).endswith(("通车", "开工", "开工建设", "投产", "竣工投产")):
                ev.place = counties[0].name  # 山西沿黄旅游公路临县碛口段改造提升工程完工通车: the county of the works (not a route)
            if (at := re.search("设在|位于", text[lo:m.start()])) and (there := _located(text[lo + at.start():m.start()], sm)) \
                    and (ev.place is None or gazetteer().lookup(ev.place) is not None):
                # 为设在郑东新区的…联络中心揭牌: where what was unveiled is, rather than the city (not the park
                # unveiled: 为位于岳麓区的湖南湘江新区智能网联汽车产业园揭牌)
                ev.place = there
            new.append(ev)
    return new


#: a venue opened (…科普馆在韶关市仁化县开馆), named at the start of the clause
_OPENED_VENUE = re.compile(r"([\u4e00-\u9fff“”]{2,24}?(?:馆|园|中心))(?=昨天|今天|近日|日前|在|于|正式|\d|$)")
#: works named by the site they are on (钦州港东航道扩建工程): the site
_WORKS_NAMED = re.compile(r"([\u4e00-\u9fff]{4,16}?)(?:[一二三四五]期)?(?:扩建|改扩建|新建|续建|整治|提升)?工程")
#: where an act told with its own venue happened (…活动在西北工业大学长安校区启动), up to its verb
_ACTED_AT = re.compile(r"在([^，。；在]{3,20}?)(?:正式|隆重)?$")


def _main_venue(sm: SentenceMentions, new: list[Event], ctx: EventContext) -> None:
    """…集中开工活动举行。主会场设在…产业园项目现场 (会议以视频形式召开，在西安设主会场): the activity's or
    the meeting's place."""
    text = sm.sentence.text
    if venue := _MAIN_VENUE.search(text):
        g = 1 if venue.group(1) else 2
        held = new[-1] if new else next((e for e in reversed(ctx.events) if re.search(r"(?:活动|开工|仪式)$", e.label)
                                         or (g == 2 and re.search(MEETING_NOUN + "$", e.label))), None)
        if not new and ctx.events and re.search(r"(?:仪式|活动)$", text[:venue.start()]):
            held = ctx.events[-1]  # …铁路正式开通运营。开通仪式在…站设主会场: the act just told
        run = [p for p in sm.places if venue.start(g) <= p.start and p.end <= venue.end(g)]
        site = (_site(venue.group(g).rsplit("的", 1)[-1], sm, reached=True)
                or (run[-1].name if run and run[-1].end == venue.end(g) else None)  # 主会场设在广州南沙: 南沙
                or _covering(sm, venue.start(g), venue.end(g)))
        if held is not None and site:
            held.place = site


def _take_part(sm: SentenceMentions, new: list[Event], ctx: EventContext, persons: list[Span],
               dates: list[DateMention]) -> None:
    """Record the sentence's events in ``ctx`` (merged with those told already) and give them, or
    the meeting the sentence refers to, the participants its role verbs name."""
    text = sm.sentence.text
    speech = _SPEECH_BREAK.search(text)
    referable = [e for e in ctx.events if id(e) not in ctx.reported]
    opener = _SPEAKER_OPENS.match(text)
    speakers = [p for p in persons if opener and p.end <= opener.end(1)] if new else []
    if speakers and referable:
        # 柯一鸣介绍，今年8月…印发《…》: he speaks at the meeting reported, the release is what he tells
        _add_participants(_referred(text, referable), sm, speakers, trigger_pos=-1)
    for ev in new:
        pos = text.find(ev.trigger) if ev.trigger else -1
        if ev.date is not None and ev.end_date is None and (year := re.match(r"(20\d\d)年?(?!\d)", ev.label)) \
                and ev.date.year < int(year.group(1)):
            ev.date = replace(ev.date, year=int(year.group(1)))  # 2025中国景德镇国际陶瓷博览会10月举办: not last October
        ev = _known(ev, ctx)
        passing = _named_in_passing(ev, text, dates, ctx)
        for visit in ctx.events:
            if visit.date is None and _is_headline(visit) and visit.trigger in _INSPECT_VERBS and visit.trigger not in _MEETING_VERBS \
                    and ev.date is not None \
                    and not _is_headline(ev) and ev.date.precision == "day" and not passing:
                # 宓光耀在襄阳高新区调研时强调 / 昨天，…深入襄阳高新区，…并主持召开企业家座谈会: the visit of the lead's day
                # (not 督导上月12日在信阳召开的联席会议…落实情况: a meeting named in passing)
                visit.date = ev.date
        if speech and speech.group() in ("说", "表示", "介绍，") and speech.start() < pos:
            ctx.reported.add(id(ev))  # told inside someone's words: later sentences do not refer to it
        elif ev.trigger and BACK_REFERENCE.match(text) and not _RIGHT_AFTER.match(text) and ctx.created and ev is not ctx.created[0]:
            ctx.reported.add(id(ev))  # 座谈会认为，去年9月在武汉召开的…; 会议决定，…全会于4月下旬召开: mentioned, not reported
            # (座谈会后，举行…签约仪式: reported, and its attendees are told next)
        elif passing and ctx.created and ev is not ctx.created[0]:
            ctx.reported.add(id(ev))  # 希望两市以本月12日在信阳召开的联席会议为契机: named in passing, not reported
        elif re.search(r"(?:将|拟|计划)(?:于|在)", text[:pos]) and ctx.created and ev is not ctx.created[0]:
            ctx.reported.add(id(ev))  # 博览会将在哈尔滨举办: to come; no one told of later speaks at it
        elif ev.date is not None and ev.date.precision != "day" and ev.end_date is None and (first := next(
                (e.date for e in ctx.created if e is not ev and e.date is not None and e.date.precision == "day"), None)) is not None \
                and ev.date.iso()[:7] < first.iso()[:7]:
            ctx.reported.add(id(ev))  # 去年12月，省委、省政府在武汉召开…推进会 in a report of 6月16日: the past, not the meeting reported
        named = text.find(ev.label)
        if not (named > 0 and _CONVEYING.search(text, _clause_start(text, named), named)
                and text.startswith("精神", named + len(ev.label))):
            # (not the meeting conveyed: 主持召开…常务会议，传达学习上月26日在呼和浩特召开的…会议精神)
            _add_participants(ev, sm, [p for p in persons if p not in speakers], trigger_pos=pos)
        if (escort := ESCORTED.search(text)) and ev.trigger in _INSPECT_VERBS and ctx.created \
                and (visit := ctx.created[0]) is not ev and visit.trigger in _INSPECT_VERBS:
            # 15日上午，在信阳市委书记蒯雪峰和市长訾东亮陪同下，厍志刚首先来到…: they escort the visit, not only its first stop
            _add_participants(visit, sm, [p for p in persons if escort.start() < p.start < escort.end()], trigger_pos=-1)
    if not new and referable and opener and referable[-1].label.endswith("发布会"):
        # 自然资源部…副局长綦丽娟表示，…: one who speaks at the press conference just told (not one
        # whom the reporter asked after a meeting)
        _add_speakers(referable[-1], sm, [p for p in persons if p.end <= opener.end(1)])
    elif not new and referable and opener and MEETING_END.search((met := _referred(text, referable)).label):
        # 严向东在发言中说，…。闵长青说，…: who takes part in the meeting just told speaks at it (not a
        # visitor's words at a stop, nor someone the reporter asked who was not there)
        _add_speakers(met, sm, [p for p in persons if p.end <= opener.end(1)
                                and any(pt.name == p.text for pt in met.participations)])
    stop = new[-1] if new else referable[-1] if referable else None
    if stop is not None and stop.trigger in _INSPECT_VERBS and stop.trigger not in _MEETING_VERBS:
        for met in _MET.finditer(text):
            # 在张庄村，宋云飞与村党支部书记魏长顺交流: those the visitor talks with at a stop take part in it
            for p in persons:
                if met.start(1) <= p.start and p.end <= met.end(1):
                    merge_role(stop, Participation(p.text, "other", sm.sentence))
    if not new and referable and (signed := _SIGNED_FOR.search(text)):
        # 签约仪式上，副省长蒯文静与…总经理祁守业代表双方签署《…》: those who sign at the event told
        lo, target = _clause_start(text, signed.start()), _referred(text, referable)
        for p in persons:
            if lo <= p.start and p.end <= signed.start():
                merge_role(target, Participation(p.text, "other", sm.sentence))
    if not new and referable and persons and _ROLE_VERBS.search(text):
        for target in _attended(text, referable) or [_referred(text, referable)]:
            if text[-1:] not in "。！？”" and target.trigger in _INSPECT_VERBS and target.trigger not in _MEETING_VERBS \
                    and re.search("主持|讲话|致辞|发言", text):
                continue  # 代表团来皖考察 / 阙振邦鲍启明讲话　禚立恒主持: a headline's roles at the meeting the text tells, no visit's
            _add_participants(target, sm, persons, trigger_pos=-1)


def _add_speakers(ev: Event, sm: SentenceMentions, persons: list[Span]) -> None:
    """Give ``ev`` these persons as speakers (each keeps a higher role already held)."""
    for p in persons:
        merge_role(ev, Participation(p.text, "speaker", sm.sentence))


def _convener(sm: SentenceMentions, pos: int) -> str:
    """The body that convenes the meeting told at ``pos``: an organisation opening its clause."""
    text = sm.sentence.text
    lo = _clause_start(text, pos, "，。；：）)")
    for o in sm.orgs:
        if lo <= o.start and o.end <= pos and not TITLE_RE.match(text, o.end):  # (not 中共中央政治局 of 政治局委员X)
            head = text[lo:o.start]  # 北京市推进 + 京津冀协同发展领导小组: the body's full name opens the clause
            return head + o.text if len(head) <= 8 and not re.search(r"[\d\s]|日|在", head) else o.text
    subject = text[lo:pos]
    if re.fullmatch(r"[\u4e00-\u9fff]{2,12}", subject) and ORG_SUFFIX_RE.search(subject):
        return subject  # 12月26日，省委常委会召开会议: a bare body opening the clause
    return ""


def _known(ev: Event, ctx: EventContext) -> Event:
    """The event as the article already knows it: a headline and its lead tell one meeting, and a
    visit told first without a date (近日在上海考察) is dated by the sentence that follows."""
    for old in reversed(ctx.events):
        if _headline_of(old, ev) or _told_again(old, ev, ctx):
            if _is_headline(old) and not _is_headline(ev):
                old.label, old.evidence, old.trigger = ev.label, ev.evidence, ev.trigger
            if old.date is None or (ev.date is not None and len(ev.date.iso()) > len(old.date.iso())) or _day_of(old, ev):
                old.date, old.end_date = ev.date, ev.end_date
            # (随着列车从重庆东站驶出，…开通运营。开通运营仪式在黔江站举行: where the ceremony was)
            old.place = ev.place if ev.place and _ceremony_of(old, ev) else _more_specific(old.place, ev.place, ev.evidence.text)
            if any(v is ev for v in ctx.vague):
                ctx.vague.append(old)  # 日前，…召开全体会议 told after its headline: dated by the paper's month
            ctx.events.remove(old)
            ctx.events.append(old)
            return old
    ctx.events.append(ev)
    ctx.created.append(ev)
    return ev


def _compatible(old: Event, ev: Event) -> bool:
    """Whether two events' dates can be one event's (one is undated, or one holds the other)."""
    return old.date is None or ev.date is None or ev.date.iso().startswith(old.date.iso()) \
        or old.date.iso().startswith(ev.date.iso())


def _day_of(old: Event, ev: Event) -> bool:
    """5月21日至22日…调研，并主持召开座谈会 / 22日下午，…主持召开座谈会: the meeting of the visit, on its day."""
    return (old.end_date is not None and ev.date is not None and ev.end_date is None and _within(ev.date, old)
            and old.label == ev.label and MEETING_END.search(ev.label) is not None)


def _headline_of(old: Event, ev: Event) -> bool:
    """Whether ``old``, told in a headline, is ``ev`` told in the text (or in the headline's next line)."""
    if _is_headline(old) and _is_headline(ev):
        # 省委常委会召开会议 / 传达学习…  听取…汇报: the headline's next line tells what it did
        return old.date is None and ev.date is None and ev.trigger == "听取" and old.trigger in ("召开", "主持召开", "举行")
    # (a headline dated only by the year in its own words, 2025年秋季…双选会在西安举办, is undated)
    if not _is_headline(old) or (old.date is not None and old.date.precision != "year") or _is_headline(ev):
        return False
    told, named = _numbered(old.label), _numbered(ev.label)
    if _compatible(old, ev) and (term := _PLENARY.search(told)) and (same := _PLENARY.search(named)) and term.groups() == same.groups():
        return True  # 中共江西省委十五届七次全会 / 中国共产党江西省第十五届委员会第七次全体会议: one plenary
    if _compatible(old, ev) and MEETING_END.search(told) and told[-2:] == named[-2:] and subsequence(told, named) and len(told) >= 6:
        return True  # 主持召开省政府常务会议 / …省政府第61次常务会议; 第五十八次 / 第58次: the headline shortens it
    if _compatible(old, ev) and (
            _common_suffix(old.label, ev.label) >= 6
            # 全市2026年一季度重大项目集中开工 / 我市2026年一季度重大项目集中开工活动举行: the headline leaves out the noun
            or _common_suffix(old.label, re.sub(r"(?:活动|仪式)$", "", ev.label)) >= 8
            # 环鄱阳湖三市党政联席会议在我市召开 / 上饶、九江、景德镇三市党政联席会议第三次会议: the headline leaves out the sitting
            or _common_suffix(old.label, _NUMBERED_SITTING.sub("", ev.label)) >= 6
            # 省推动…领导小组会议召开 / 安徽省推动…领导小组2024年第一次全体会议: the headline shortens the name;
            # …集中开工 / …集中开工活动在…举行: it leaves out the noun
            or (len(old.label) >= 8 and (subsequence(old.label, ev.label)
                                         or subsequence(old.label, re.sub(r"(?:活动|仪式)$", "", ev.label))))
            # 听取…汇报 in the headline: what the meeting of the lead did
            or (old.trigger == "听取" and ev.trigger in ("召开", "主持召开", "举行"))
            or (len(old.label) >= 4 and ev.label.endswith(old.label))
            # 两省市举行…座谈会 in the headline, 两省市在天津举行座谈会 in the text; …联席会议第十一次会议召开 / 联席会议在重庆召开
            or (MEETING_END.fullmatch(ev.label) and ev.label in old.label)
            or len(os.path.commonprefix([old.label, ev.label])) >= 8
            # a visit's headline and its lead; a call (会见) headline names the guest, not where
            or (ev.trigger in _INSPECT_VERBS and old.trigger == ev.trigger
                and (old.place == ev.place is not None or (old.place is None and ev.trigger in _MEETING_VERBS)
                     or _nested(old.place, ev.place)
                     # …代表团来陕考察 / 6月3日至4日，…率…代表团来我省考察: the lead's days, its place read later
                     # (达州市党政代表团来堰考察交流 / 近日，…率达州市党政代表团来我市考察: the party the headline names)
                     or (ev.place is None and _DEICTIC_VISIT.search(ev.label) is not None
                         and (ev.end_date is not None or ((party := _GROUP.search(old.label)) is not None
                                                          and old.label[:party.end()] in ev.label)))))):
        return True
    # 卢振声在川渝毗邻地区调研时强调 / 10月31日至11月2日，…卢振声在广安、达州调研: the headline's visit, by its visitor
    visitor = re.split("[在到赴]", old.label)[0]
    # (宋云飞到产业园和乡村调研 / 9月26日，…宋云飞先后深入…调研: a visit of one day, by its visitor)
    return (ev.trigger in _INSPECT_VERBS and old.trigger == ev.trigger and old.place is None
            and (ev.end_date is not None or old.date is None or old.date == ev.date)
            and 2 <= len(visitor) <= 4 and visitor in ev.label)


#: the sitting of a standing meeting, after its name (…联席会议第三次会议)
_NUMBERED_SITTING = re.compile(r"(?<=会议)第[\d一二三四五六七八九十]+次(?:全体)?会议$")
#: a visit to the paper's own province or city (来我省考察), placed once the article is read
_DEICTIC_VISIT = re.compile(r"来我(?:省|市|区|州|县)")
#: a party committee's plenary by its term and number (十五届七次全会, 第十五届委员会第七次全体会议), once numbered
_PLENARY = re.compile(r"第?(\d+)届(?:委员会)?第?(\d+)次(?:全会|全体会议)")


def _numbered(label: str) -> str:
    """A label with its ordinal in digits (省政府第五十八次常务会议 → 省政府第58次常务会议)."""
    return re.sub(r"第?([一二三四五六七八九十百零〇两]+)(?=[次届])",
                  lambda m: f"第{cn_to_int(m.group(1))}" if cn_to_int(m.group(1)) is not None else m.group(), label)


def _nested(a: str | None, b: str | None) -> bool:
    """Whether one of two places is the province of the other (阿克苏 in the headline, 新疆 for the lead's tour)."""
    if a and b and (REGION_PARENT.get(a) == b or REGION_PARENT.get(b) == a):
        return True  # 粤西 in the headline, 广东 for the lead's tour of 湛江、茂名、阳江
    da, db = (gazetteer().lookup(a) if a else None), (gazetteer().lookup(b) if b else None)
    return da is not None and db is not None and (b == da.province or a == db.province) and a != b


#: a day told in a sentence (so not the days of a visit told before it)
_DAY_TOLD = re.compile(r"\d日|当天|当日|次日|同日")


def _named_in_passing(ev: Event, text: str, dates: list[DateMention], ctx: EventContext) -> bool:
    """Whether ``text`` names the meeting ``ev`` in passing: as held before a day, not to come, that an earlier
    event or the sentence has told before its name (10月9日至10日，…督导上月12日在信阳召开的联席会议…落实情况), and not as gone
    to (出席在伊滨区召开的…推进会) nor as the meeting reported (当天下午召开的联席会议由…主持, 记者从昨天召开的…获悉)."""
    named = max(text.find(ev.label), 0)
    if not _NAMED_AS_HELD.search(text, 0, named) or _GONE_TO.search(text, 0, named) \
            or ev.date is None or ev.date.precision != "day":
        return False
    told = [e.date for e in ctx.created if e is not ev] + [d.date for d in dates if d.start < named]
    return any(d is not None and d.precision == "day" and ev.date.iso() < d.iso() <= (ctx.today or d).iso()
               for d in told)  # (not 记者从昨天召开的…获悉 under a headline of the expo to come in June)


def _ceremony_of(old: Event, ev: Event) -> bool:
    """Whether ``ev`` is the ceremony of the act ``old`` (…铁路正式开通运营。开通仪式在大理站举行; 开通运营仪式; a line's
    首航仪式 or 首发仪式)."""
    act = ev.label[:-2]
    return re.fullmatch(r"[\u4e00-\u9fff]{2}(?:[\u4e00-\u9fff]{2})?仪式", ev.label) is not None and bool(old.trigger) \
        and (act in old.trigger or (act in ("首航", "首发") and old.trigger.startswith("开通")))


def _told_again(old: Event, ev: Event, ctx: EventContext) -> bool:
    """Whether ``ev`` is ``old`` told again in the text: by its name, its short name, its site or its stops."""
    compatible = _compatible(old, ev)
    inspections = ev.trigger in _INSPECT_VERBS and old.trigger in _INSPECT_VERBS
    return (_day_of(old, ev) or (compatible and old.label == ev.label)
            # 副省长…主持签约仪式: the ceremony of the signing told just before
            or (ev.label in ("签约仪式", "签字仪式", "签约活动") and old.trigger in ("签署", "签订") and compatible)
            or (_ceremony_of(old, ev) and old is ctx.events[-1] and compatible)
            # …会议在洛阳会议中心胜利闭幕。大会执行主席…主持闭幕大会: the closing (or opening) just told, by its sitting
            or (re.fullmatch(r"(?:开幕|闭幕)(?:大会|会)", ev.label) is not None and old is ctx.events[-1]
                and (old.trigger or "").startswith(ev.label[:2]) and compatible)
            # …主持主会场仪式 (主会场活动): the activity just told, by the part held at its main venue
            or (re.fullmatch(r"[主分]会场(?:仪式|活动)", ev.label) is not None and old is ctx.events[-1] and compatible)
            # 近日在上海考察 / 28日下午，…前往…考察: a visit told first without a date
            # (近日，…在山东调研。5月27日至28日，调研组…深入青岛、威海两市…调研: dated by the visit's days, where it went)
            or (inspections and (ev.place is None or (ev.place == old.place and ev.end_date is not None
                                                       and any(v is old for v in ctx.vague)))
                and old.date is None and ev.date is not None and old is ctx.events[-1])
            # 来到…黑土地保护利用示范基地。杜明远走进田间，察看玉米长势: more of the stop just told
            # (not 在苏州会见代表团一行。…代表团考察了苏州工业园区: a call, then a stop)
            or (inspections and old.trigger not in _MEETING_VERBS
                and (ev.place is None or (ev.place == old.place and ev.trigger not in _MEETING_VERBS)
                                 or (ctx.setting is not None and ctx.setting is not old and ev.place == ctx.setting.place
                                                      and ctx.setting.end_date is not None and ev.place not in ev.evidence.text))
                and old is ctx.events[-1] and old.place is not None and old.end_date is None
                and old.date is not None and old.date.precision == "day" and ev.end_date is None
                and (ev.date is None or ev.date.precision == "year" or ev.date == old.date))
            # 9月17日至18日，…率代表团来豫考察。在…陪同下，代表团在商丘市实地考察… (…深入株洲、长沙两市，实地察看…): the
            # visit told again, in the city it went to or where it was (not a stop: no day of its own, and a division)
            # (…率调研组在广东…开展专题调研。…等参加调研。在…陪同下，调研组深入广州、佛山、东莞三市实地考察: undated, a
            # sentence further on)
            # (…来浙考察。8日，…在杭州会见代表团一行。…代表团赴宁波、舟山考察: also after a call on the visitors)
            or (inspections and _last_but_calls(old, ctx) and old.end_date is not None
                and (ev.date is None or (ev.date, ev.end_date) == (old.date, old.end_date)) and old.place is not None and ev.place is not None
                and 0 < ev.evidence.index - old.evidence.index <= (2 if old is ctx.events[-1] else 4)
                and not _DAY_TOLD.search(ev.evidence.text)
                and gazetteer().lookup(ev.place) is not None and _more_specific(old.place, ev.place) == ev.place)
            # 8月20日至21日在辽宁调研 … 在…陪同下，庹继川先后来到大连、沈阳等地调研: the visit told again, by its stops
            or (inspections and old.end_date is not None and ev.end_date is None and ev.place is not None
                and ev.place == old.place and (_TOUR_LIST.search(ev.evidence.text) or _TOURED.search(ev.evidence.text))
                and (ev.date is None or _within(ev.date, old) or not _DAY_TOLD.search(ev.evidence.text)))
            # 下午，现场推进会在…举行 after …全市重大项目建设现场推进会: the meeting told again by its short name
            # (…座谈会12日在郑州召开。…副总理严启平主持召开座谈会并讲话: the meeting just told, by its bare noun)
            or (compatible and MEETING_END.search(ev.label) is not None and (len(ev.label) >= 4 or old is ctx.events[-1])
                and old.label != ev.label and old.label.endswith(ev.label) and not _is_headline(ev))
            # 先后来到…粤黔协作（都匀）产业园、… / 在产业园，他走进…: the stop just told, told again by its site
            or (inspections and compatible and old.place is not None and ev.place is not None and len(ev.place) >= 2
                and old.place.endswith(ev.place) and _AT_SITE.match(ev.evidence.text) is not None
                and old.evidence.index < ev.evidence.index))


def _last_but_calls(old: Event, ctx: EventContext) -> bool:
    """Whether ``old`` is the event told last, or only calls on its visitors (会见) were told after it."""
    at = next((i for i, e in enumerate(ctx.events) if e is old), None)
    return at is not None and all(e.trigger in _CALLS for e in ctx.events[at + 1:])


def _more_specific(a: str | None, b: str | None, text: str = "") -> str | None:
    """Of two places told for one event, the one inside the other (河南 in the headline, 郑州 in the lead);
    ``text``: where ``b`` was told."""
    if a is None or b is None or a == b:
        return a or b
    if a + b in text:
        return b  # 武汉 in the headline, 在武汉洪山礼堂开幕 in the lead: the venue in the city
    if REGION_PARENT.get(a) == b or REGION_PARENT.get(b) == a:
        return a if REGION_PARENT.get(a) == b else b  # 粤西 rather than 广东
    if b.startswith(a) or a.startswith(b):
        longer, shorter = max(a, b, key=len), min(a, b, key=len)
        div = gazetteer().lookup(shorter)
        if ((div is not None and div.level == "county") or (div is None and shorter.endswith(("区", "县")))) \
                and len(longer) - len(shorter) >= 3 and _SITE_OR_ZONE.search(longer):
            return longer[len(shorter):]  # 伊滨区, then 伊滨区新能源电池产业园: the site in the district
        return longer  # 海口 in the headline, 海口国际会展中心 in the lead
    if (a.endswith(b) or b.endswith(a)) and min(len(a), len(b)) >= 4:
        return max(a, b, key=len)  # 钦州港片区 in the headline, 中国（广西）自由贸易试验区钦州港片区 in the lead
    div = gazetteer().lookup(b)
    if div is None and (held := gazetteer().lookup(a)) is not None and _SITE_OR_ZONE.search(b):
        return b  # 在伊滨区召开, then 在伊滨区新能源电池产业园举行: the site the district holds (在河北考察并主持召开…座谈会,
        # then 在雄安新区主持召开: the zone in the province)
    if a in _BARE_ZONES and div is None and _SITE_OR_ZONE.search(b):
        return b  # 在高新区召开 in the headline, 在绵阳高新区磨家工业园召开 in the lead: the park
    seen = set()
    while div is not None and div.parent and div.parent not in seen:
        seen.add(div.parent)
        if div.parent == a or div.province == a:
            return b
        div = gazetteer().lookup(div.parent)
    return a


def _body_place(label: str) -> str | None:
    """The city or county a local body's meeting is named after (三亚市第八届人民代表大会…会议): held there."""
    hits = gazetteer().find(label[:8])
    if hits and hits[0][0] == 0 and hits[0][2].level in ("prefecture", "county") and "、" not in label[:8] \
            and not any(s == hits[0][1] for s, _, _ in hits[1:]):  # (not 宝鸡天水两市…, nor 衢州、丽水…四市…: several cities' bodies)
        return hits[0][2].name
    return None


def _covering(sm: SentenceMentions, start: int, end: int, with_bodies: bool = False) -> str | None:
    """The one place, or the smallest division holding all the places, named in ``text[start:end]``
    (九江、南昌两市 → 江西; 长沙县黄花镇…雨花区 → 长沙); ``with_bodies``: also the division a body's
    name starts with, and never one place of several sites (前海…合作区和深圳鲲微半导体有限公司 → 深圳)."""
    inside = [p for p in sm.places if start <= p.start and p.end <= end
              and not any(o.start <= p.start and p.end <= o.end for o in sm.orgs)]  # not 湖南 of 湖南星衡…有限公司
    bodies = [o for o in sm.orgs if with_bodies and start <= o.start and o.end <= end]
    if len(inside) == 1 and not bodies:  # (共青城市共青科教城, one span to the recogniser: the site, in the city)
        return None if with_bodies else _shed_divisions(inside[0].name, sm) if inside[0].kind == "place" else inside[0].name
    divisions_in = [p for p in inside if p.kind not in ("region", "place")]
    if len(divisions_in) > 1 and not bodies and not re.search("[、和及与]", sm.sentence.text[start:end]) \
            and all(b.start == a.end and b.parent in (a.name, a.surface) for a, b in zip(divisions_in, divisions_in[1:])):
        return divisions_in[-1].name  # 资阳市雁江区, 枝江市百里洲镇长江干堤: one place written with the division holding it
    # a zone counts as the division it lies in (日照港石臼港区、日照综合保税区 → 日照)
    divisions = [d for d in (gazetteer().lookup(p.name) or (gazetteer().lookup(p.parent) if p.kind == "zone" and p.parent else None)
                             for p in inside) if d is not None]
    divisions += [hits[0][2] for o in bodies if (hits := gazetteer().find(o.text[:6])) and hits[0][0] == 0]
    return _holding(divisions)


def _holding(divisions: list) -> str | None:
    """The smallest division holding all ``divisions`` (one county, a city or a province), if any."""
    if not divisions:
        return None
    if len({d.name for d in divisions}) == 1 and divisions[0].level == "county":
        return divisions[0].name  # 兰考县品牌家居产业园和东坝头镇张庄村: both in 兰考县
    # a province with a division of its own after it names where that division is (浙江省温州市), not a
    # place of its own; a province-level city beside another place is one (广东深圳、上海两地)
    divisions = [d for d in divisions if d.level != "province" or not any(o.level != "province" and o.province == d.name
                                                                          for o in divisions)]
    cities = {d.name if d.level == "prefecture" else d.parent for d in divisions}
    if len(cities) == 1 and None not in cities:
        return cities.pop()
    provinces = {d.province for d in divisions}
    return provinces.pop() if len(provinces) == 1 else None


def _is_headline(ev: Event) -> bool:
    return ev.evidence.text[-1:] not in "。！？”"


def subsequence(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with characters left out, ending as it ends (会议)."""
    it = iter(long)
    return short[-2:] == long[-2:] and all(c in it for c in short)


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


#: a clause that asks for an act rather than reports it
_ASPIRED = re.compile(r"推动|加快|促进|力争|争取|希望|支持|鼓励|确保|要|将")
#: the regular meetings of a standing body
_STANDING = re.compile(r"常务会议$|常委会(?:会议)?$|常委会（扩大）会议$")
#: the site walked into right after a district reached (来到齐齐哈尔市富拉尔基区，走进北疆重型装备集团有限公司)
_INTO_SITE = re.compile(r"[，,](?:在[^，。；]{1,40}?陪同下[，,]?|在[^，。；]{2,16}?(?=走进|登上|进入))?(?:走进|登上|进入)了?(?:入驻|园区|区内)?(?:(?:台资|外资|港资|侨资|民营)?企业)?([^，。；、和及与]{4,30})(?=[，。；]|$)")
#: what a report heard at a meeting is on (关于2024年工作情况的汇报)
_REPORT_ON = re.compile(r"关于[^，。；]{2,60}?的(?:汇报|报告|说明)")
#: a stop after the one a sentence tells, joined to it (，并前往…, ，随后来到…)
_WENT_ON = re.compile(r"[，,](?:并|随后|又|还|再|之后)(前往|来到|走进|赶赴|到)")
#: a sentence opening with the site it tells of (在郑州经开综合保税区，…)
_AT_SITE = re.compile(r"^在(?![^，。；]*(?:陪同|带领|率领|主持|见证|邀请)下)[^，。；]{2,20}[，,]")  # (not 在…陪同下，: an escort)
#: 在园区展厅，…: a part of the site just told
_PART_OF_SITE = re.compile(r"在(?:主会场|分会场|园区|厂区|展厅|车间|现场|学校|企业|公司|村里|工地|码头|该|这里|此)")
_PARTS = ("车间", "展厅", "生产线", "中控室")  # 在柳工智能化装载机装配车间，他…: in the company just told
#: a part of a company named after it (中国一重集团有限公司核电锻件生产车间): the company is the stop
_OWNER_OF_PART = re.compile(r"^([^，。；]{2,24}(?:有限责任公司|有限公司|集团|公司))[\u4e00-\u9fff]{0,10}(?:" + "|".join(_PARTS) + ")$")
#: a company's project named after it (江西赣硅新材料有限公司有机硅新材料项目): the company is the stop
_OWNER_OF_WORK = re.compile(r"^([^，。；、和及与]{2,24}(?:有限责任公司|有限公司))[\u4e00-\u9fff]{2,12}项目$")
#: a visiting party named as a group (代表团首先来到…)
_GROUP = re.compile(r"代表团|调研组|考察团|一行|与会(?:代表|人员|嘉宾)|(?<![向请让使希望])大家")
#: a sentence that goes on with the day just told (下午，…; 随后，…)
_LATER_THAT_DAY = re.compile(r"^(?:上午|下午|晚上|中午|当晚|一早|清晨|早上|傍晚|随后|之后|接着)[，,]?|^[^，。]{0,8}?(?:随后|接着|首先)|^[他她](?:还|先后)(?=到|来到|前往|走进)"
                             r"|^离开[^，。；]{2,20}[，,]"  # 离开创新中心，…来到…: the next stop of the day
                             r"|^[^，。；]{0,8}?结束后[，,]")  # 督导检查结束后，…主持召开现场办公会; 活动结束后，…到…察看
#: 与会人员首先来到…: those at the meeting, going to see its sites
_ATTENDEES_GO = re.compile(r"^(?:[^，。；]{0,10}[，,])?与会(?:代表|人员|嘉宾|同志)")
#: 在南昌江西宾馆会见: the hall a call (or a meeting) is held in, without the city written before it
_HALL = re.compile(r"在(?:[\u4e00-\u9fff]{2,3}(?:市)?(?=[\u4e00-\u9fff]{2,8}(?:宾馆|迎宾馆|国宾馆|酒店|饭店|会堂|礼堂)))?"
                   r"([\u4e00-\u9fff]{2,8}(?:宾馆|迎宾馆|国宾馆|酒店|饭店|会堂|礼堂))$")
#: 在钦州调研时，…: a part of a visit told again by the city it was in
_WHILE_THERE = re.compile(r"^在([^，。；]{2,10}?)(?:调研|考察|视察)(?:期间|时)[，,]")
_WHAT_WAS_TOLD = re.compile(r"(?:有关|上述|相关|以上)活动")
_ALL_ABOVE = re.compile(r"(?:参加|出席|陪同)了?(?:上述|以上)活动")


#: who took part in what, said at the end of a report: 陪同考察并出席座谈会, 参加考察和座谈, 参加座谈
_TOOK_PART = re.compile(r"(?:陪同|参加|出席|随团)(?:了)?(?:学习)?(考察|调研|视察|会见|会谈)?(?:并|和|及|、)?(?:出席|参加)?(座谈会?|会议)?(?=[。；，]|$)")


def _main_visit(events: list[Event]) -> Event | None:
    """The article's visit of several days, the first told."""
    return next((e for e in events if e.trigger in _INSPECT_VERBS and e.end_date is not None), None)


def _visit_told_by_days(events: list[Event]) -> Event | None:
    """The article's first visit when the events told after it fall on two days or more (近日，…在铜陵、安庆调研。
    15日…。16日…), else None."""
    first = next((e for e in events if e.trigger in _INSPECT_VERBS and not _is_headline(e)), None)
    later = events[events.index(first) + 1:] if first is not None else []
    days = {e.date.iso() for e in later if e.date is not None and e.date.precision == "day"}
    return first if len(days) > 1 else None


def _attended(text: str, events: list[Event]) -> list[Event]:
    """The events a closing line of attendance names by their kind: the article's visit (its first)
    and, for 座谈 (or 会议), the first of its 座谈会 (or 会议) told with a date or place, which the report is
    about (not a later 企业家座谈会 of the same visit)."""
    if _ALL_ABOVE.search(text):
        if (visit := _main_visit(events)) is None:
            # 广东省副省长…，江西省副省长…参加上述活动 after a call and a symposium of one day: both
            return [e for e in events if not _is_headline(e)]
        # after a visit of several days: the visit and the meetings held during it (not its stops)
        return [visit] + [e for e in events if e is not visit and not _is_headline(e) and MEETING_END.search(e.label)]
    if (there := _WHILE_THERE.match(text)) and (stops := [
            e for e in events if e.trigger in _INSPECT_VERBS and e.place and e.end_date is None
            and re.sub("[市县区]$", "", there.group(1)) in e.place]):
        return stops  # 在钦州调研时，钦州市委书记…陪同: the stops in that city
    m = _TOOK_PART.search(text)
    if m is None or not (m.group(1) or m.group(2)) or (m.group(2) == "会议" and not m.group(1)):
        return []  # (出席会议: the meeting the sentence refers to, not the visit's)
    out = []
    if m.group(1) in ("会见", "会谈"):  # 参加会见和座谈: the call told
        out += [e for e in events if e.trigger in _MEETING_VERBS][-1:]
    elif m.group(1):
        visit = _main_visit(events) or next((e for e in events if e.trigger in _INSPECT_VERBS), None)
        out += [visit] if visit is not None else []
    if m.group(2):
        # (参加考察和会议: the meeting of the visit, its 联席会议)
        meetings = [e for e in events if e.label.endswith(("座谈会", "座谈") if m.group(2) != "会议" else "会议")
                    and (e.date or e.place)]
        # (in a chronicle of many years, the first of those told around the latest one: 2019年…座谈会, not 2014年's)
        meeting = next((e for e in meetings if _near(e, meetings[-1])), None) if meetings else None
        out += [meeting] if meeting is not None else []
    return out


def _near(a: Event, b: Event) -> bool:
    """Whether two events are told of one time: undated, or within a month of each other."""
    if a.date is None or b.date is None:
        return True
    return abs((a.date.year - b.date.year) * 12 + (a.date.month or 1) - (b.date.month or 1)) <= 1


def _day_after(a: Event, b: Event) -> bool:
    """Whether ``a`` is held on a day after all of ``b`` (both dated to the day)."""
    if a.date is None or b.date is None or a.date.precision != "day" or b.date.precision != "day":
        return False
    return a.date.iso() > (b.end_date or b.date).iso()


def _conveying(meeting: Event, events: list[Event]) -> Event:
    """The meeting held later that conveys ``meeting`` (昨天，…主持召开省委常委会会议，传达学习…座谈会精神。本月10日，
    座谈会在武汉召开…。会上，…: the 常委会 is the meeting reported), else ``meeting``."""
    return next((ev for ev in reversed(events) if ev is not meeting and MEETING_END.search(ev.label) and _day_after(ev, meeting)
                 and "传达" in ev.evidence.text and meeting.label[-8:] in ev.evidence.text), meeting)


def _referred(text: str, events: list[Event]) -> Event | None:
    """The event a sentence without a trigger speaks of: the latest one ending with the meeting
    noun it names (座谈会上), else the latest meeting, else the latest event."""
    for ev in reversed(events):
        if ev.trigger and ev.trigger not in ("召开", "举行", "举办", "主持召开", "主持") and not _is_headline(ev) \
                and re.search(re.escape(ev.trigger[:2]) + "(?!会|组|团)", text):
            return ev  # 为中心揭牌并致辞: the unveiling told just before (not 发布 of 主持发布会, nor a headline's 开工,
            # nor 调研 of 调研组成员作交流发言)
    if (_WHAT_WAS_TOLD.search(text) or re.match(r"^在[^，。；]{1,6}期间", text) or "分别陪同" in text) and (
            visit := _main_visit(events) or ("分别陪同" in text and _visit_told_by_days(events))):
        return visit  # …分别参加有关活动 (…分别陪同) after a visit of several days, 在闽期间，…陪同: that visit (近日…调研。
        # 15日…。16日…: one whose days the stops tell)
    if ("陪同" in text or _WHAT_WAS_TOLD.search(text)) and events[-1].trigger in _INSPECT_VERBS:
        return events[-1]  # 中牟县委书记秦晓川陪同, 分别参加有关活动: the visit just told
    if _DEPUTY_SPEAKS.search(text) and (deliberation := next((e for e in reversed(events) if re.search("审议|代表团", e.evidence.text)), None)):
        return deliberation  # 黄毓秀代表说，… after the session's opening told in passing: the delegation's deliberation
    m = _REFER.search(text)
    noun = m and (m.group(1) or m.group(2))
    if noun and noun != "会议":
        for ev in reversed(events):
            if ev.label.endswith(noun) or (noun == "仪式" and ev.trigger in ("签署", "签订")):
                return _conveying(ev, events) if len(noun) == 1 else ev  # (在签约仪式上致辞 after …见证…集中签约: the signing)
        if noun in ("仪式", "开幕式", "闭幕式") and (
                went := next((e for e in reversed(events) if re.search("出席[^，。；]*" + noun, e.evidence.text)), None)):
            return went  # 来到…，出席…揭牌仪式并共同揭牌。…在仪式上致辞; 来到岳西县，出席…博览会开幕式。…主持开幕式:
            # the ceremony the visit went to
    latest = _conveying(next((ev for ev in reversed(events) if MEETING_END.search(ev.label)), events[-1]), events)
    if not m and re.search(r"(?:参加|出席)。?$", text) and latest.label.endswith("式"):
        # 省领导赵卫国、白如冰等参加。 after the closing sitting of a study session: the session
        return next((e for e in events if e is not latest and e.end_date is not None and latest.date is not None
                     and latest.end_date is None and _within(latest.date, e) and MEETING_END.search(e.label)), latest)
    return latest


def _event(sm: SentenceMentions, label: str, start: int, end: int, trigger: str, dates: list[DateMention],
           ctx: EventContext, place_from: int | None = None, within: tuple[int, int] | None = None) -> Event:
    text = sm.sentence.text
    if since := [d for d in dates if text.startswith("以来", d.end)]:
        # 日前，…召开全体会议，总结今年以来工作: a time so far, not the event's date when the sentence tells
        # another (今年以来，海安出台…方案: the only date it tells, the year of the act)
        dates = [d for d in dates if d not in since] or dates
    # 主持召开…常务会议，传达学习4月18日国务院常务会议精神: that day is the meeting conveyed, not this one
    dates = [d for d in dates if not (start < d.start and _CONVEYING.match(text, _clause_start(text, d.start)))]
    titles = [(m.start(), m.end()) for m in _TITLE.finditer(text)]  # 《…（2025—2030年）》: the plan's period
    usable = [d for d in dates if d.date is not None and d.kind in ("date", "span") and not (start <= d.start < end)
              and not any(a <= d.start < b for a, b in titles) and not d.deadline]  # (not 力争到2026年 of a target)
    # 昨天，2024年度…联席会议召开: the year of the meeting's name, not its date, when the sentence tells one
    usable = [d for d in usable if not text.startswith("度", d.end)] or usable
    lo = _clause_start(text, start, "，。；：")
    hi = _clause_end(text, end, "，。；：")
    if any(d.date is None and d.kind == "date" and _clause_start(text, start, "。；") <= d.start < hi for d in dates):
        usable = [d for d in usable if not text.startswith(("电", "讯"), d.end)]  # 新华社昆明7月23日电 …近日印发: the wire's day,
        # not the act's (本报台州8月20日讯 …近日，…揭牌: the paper's)
    same_clause = [d for d in usable if lo <= d.start < hi]
    # 4月9日上午，…主持召开省委常委会会议，传达学习3月20日在湖南长沙召开的…: that day is another meeting's
    usable = same_clause or [d for d in usable if not ((then := _HELD_THEN.match(text, d.end)) and then.end() != start)]
    date = end_date = None
    at_vague = False
    if usable:
        order = {"day": 0, "month": 1, "year": 2}
        d = min(same_clause or usable, key=lambda d: (order[d.date.precision], abs(d.start - start)))
        date, end_date = d.date, d.end_date
    elif (at_vague := _vague_meeting(ctx) and bool(_RIGHT_BEFORE.match(text) or _RIGHT_AFTER.match(text) or _SAME_DAY.match(text))):
        pass  # 近日，…联席会议召开。会前，…会见了与会代表: on the day of the meeting, which the paper does not give
    elif (shift := _day_shift(text)) is not None and (told := [e for e in ctx.created if e.date is not None and e.date.precision == "day"
                                                                and (e.end_date is None or shift < 0)]):
        # 会前一天: by the day of the meeting the article reports (开幕前一天: the first of a session's days); 当天, 次日: by
        # the day just told
        anchor = ctx.last_day if shift >= 0 and ctx.last_day is not None else told[0].date
        date = ctx.last_day = anchor.shifted(shift)  # (开幕前一天，…调研。他先后来到…: the stops of that day)
    elif _LATER_THAT_DAY.match(text) and ctx.last_day is not None and not any(d.date is None and d.kind == "date" for d in dates):
        date = ctx.last_day  # 下午，现场推进会在…举行; 随后，他来到…: later on the day just told
    elif (named_year := re.match(r"(\d{4})年", label)) and (ctx.last_date is None or ctx.last_date.date is None
                                                           or ctx.last_date.date.year != int(named_year.group(1))) \
            and not any(d.date is None and d.kind == "date" for d in dates):  # (近日，2024年…联席会议召开: the paper's month)
        date = PartialDate(int(named_year.group(1)))  # 会议商定，2026年…座谈会在江西举办: the year its name gives
    elif ctx.last_date is not None and ctx.last_date.date is not None and not any(d.date is None and d.kind == "date" for d in dates):
        date, end_date = ctx.last_date.date, ctx.last_date.end_date
        if end_date is None and ctx.last_day is not None and date.precision == "day" and ctx.last_day.iso() > date.iso():
            date = ctx.last_day  # 10日…。次日，代表团赴…考察。…先后来到…: the day the story has moved on to
    elif (year_told := [d for d in dates if d.date is not None and d.kind == "date" and not d.deadline
                        and not any(t.start() < d.start < t.end() for t in _TITLE.finditer(text))]) \
            and not any(d.date is None and d.kind == "date" for d in dates):  # 2025年度…座谈会: the label's own year
        date = year_told[0].date  # (not 到2035年 of a goal, nor 《…2025年工作要点》 adopted at it)
    elif not dates and ctx.last_day is not None and _ATTENDEES_WENT.match(text):
        date = ctx.last_day  # 与会人员还实地考察了…: the participants of the meeting just told, on its day
    elif _RIGHT_BEFORE.match(text) and ctx.events and ctx.events[-1].date is not None and ctx.events[-1].end_date is None:
        date = ctx.events[-1].date  # 座谈会前，…会见了…: on the day of the meeting just told
    elif (during := _DURING.search(text)) and ctx.setting is not None \
            and not (trigger in _INSPECT_VERBS and during.group()[:2] in _INSPECT_VERBS):  # (not the visit of 在上海调研期间 itself)
        date, end_date = ctx.setting.date, ctx.setting.end_date
        if date is None and ctx.last_day is not None:
            date = ctx.last_day  # 会见后，…联席会议召开 under a headline that named it: on the day of the call
        if during.group() == "会后" and end_date is not None:
            date, end_date = end_date, None  # 闭幕会后: on the session's last day
        elif during.group().endswith("前"):
            end_date = None  # 签约前，两省举行工作座谈会: on the day of the signing, or the first of the session
    place = None if place_from is not None and DEICTIC.match(text, place_from) \
        else _place_after(sm, place_from, _TOWARD if trigger in _INSPECT_VERBS else ("在",), within)  # (在我区调研…: the paper's)
    province = _TO_PROVINCE.search(text) if trigger in ("考察", "调研", "视察") else None
    if province is not None and place_from == province.start(1) and (
            len({p.name for p in sm.places if p.start > province.end() and p.kind == "prefecture"}) > 1
            or not re.search("深入|来到|前往|走进|抵达|赴|到", text[province.end():next(
                (p.start for p in sm.places if p.start > province.end() and p.name == place), province.end())])):
        # 来皖考察，深入滁州、马鞍山两市; 来疆调研天山北坡城市群建设: in 安徽, in 新疆, not the first city nor the region
        # studied (来陕学习考察，深入榆林市多地: in 榆林, where it went)
        place = _PROVINCE_OF[province.group(1)]
    city = _IN_CITY.search(text) or next((m for m in _IN_ABBR.finditer(text) if m.group(1) in ctx.abbreviations), None)
    if city is not None and trigger in ("考察", "调研", "视察") and (
            place_from == city.start(1) or text.startswith("，就", city.end(1))):
        place = None  # 来长调研哈长城市群建设, 率调研组来济，就济南都市圈建设开展调研: in the city, not the region studied
    if place is None and city is not None:
        place = ctx.abbreviations.get(city.group(1)) or _CITY_ABBR[city.group(1)]
    if place is None and province is not None:
        place = _PROVINCE_OF[province.group(1)]  # 率浙江省党政代表团来川考察: in 四川
    setting = ctx.setting
    if place is None and (trigger not in _INSPECT_VERBS or trigger in _MEETING_VERBS) and ctx.events \
            and (_RIGHT_AFTER.match(text) or _RIGHT_BEFORE.match(text)) \
            and (ctx.events[-1].date == date is not None or at_vague):
        place = ctx.events[-1].place  # 10日上午，…在长春会见了…。随后，…座谈会召开: where the call was
    if place is None and ctx.arrived is not None and date == ctx.arrived[0] and not _STANDING.search(label):
        place = ctx.arrived[1]  # 19日，代表团抵达上海。当天下午，两省市举行工作交流座谈会: where the visit is that day
    if place is None and setting is not None and date is not None and _within(date, setting) and not _STANDING.search(label):
        place = setting.place  # (not 市政府常务会议 after a visit: a body's own meeting, where it sits)
        if trigger in _INSPECT_VERBS and place and place.endswith(VENUES):
            # 座谈会在武汉洪山宾馆举行。当天下午，…一行考察了…: in the city of the meeting's hotel, not in the hotel
            place = next((d.name for s, _, d in gazetteer().find(place) if s == 0), None)
    ev = Event(label=label, evidence=sm.sentence, date=date, end_date=end_date, place=place, trigger=trigger)
    if date is None and (any(d.date is None and d.kind == "date" for d in dates) or at_vague):
        ctx.vague.append(ev)
    first = next((e.date for e in ctx.created if e.date is not None and e.end_date is None and e.date.precision == "day"), None)
    if date is not None and date.precision == "day" and end_date is None \
            and not (first is not None and date.iso()[:7] < first.iso()[:7]):
        ctx.last_day = date  # (not 上月29日 of a meeting recalled: 同日下午 is still the day reported)
    return ev


def _vague_meeting(ctx: EventContext) -> bool:
    """Whether the event just told is a meeting dated only 近日 or 日前 (so far undated): what is told
    right before or after it (会前，…会见了与会代表) shares its day, which the paper does not give."""
    return bool(ctx.events) and MEETING_END.search(ctx.events[-1].label) is not None \
        and any(v is ctx.events[-1] for v in ctx.vague)


def _listed_sites(sm: SentenceMentions) -> list[str]:
    """The sites a sentence lists as visited one after the other (先后来到A、B和C), each named as a site;
    empty unless there are two or more and every one is a site."""
    m = _STOPS.search(sm.sentence.text)
    items = re.split("[、和及与]", m.group(2)) if m else []
    sites = [_site(item.rsplit("的", 1)[-1], sm, reached=True) for item in items]  # 浙江援建的阿克苏地区第二中学: the school
    return sites if len(sites) >= 2 and None not in sites else []


def _stops(ev: Event, sm: SentenceMentions, sites: list[str]) -> list[Event]:
    """The visit ``ev`` as one event per site when the sentence lists sites visited one after the other
    (在柳州先后考察了上汽通用五菱汽车股份有限公司和广西柳工机械股份有限公司: two stops, each at its site,
    as a stop told in a sentence of its own is); else ``[ev]``. Places visited (先后来到南宁、钦州等地) and
    sites seen together (察看油茶园和茶油公司) stay one event. ``sites``: the sentence's :func:`_listed_sites`."""
    ev.place = _quay_district(ev.place, sm)  # (察看盐城港大丰港区5万吨级通用码头: the harbour district)
    text = sm.sentence.text
    m = _STOPS.search(text)
    # 来到齐齐哈尔高新区，先后走进…公司和…产业园; 前往邻水县，先后走进…; 来到青浦区金泽镇，先后察看…: where the visitor
    # went is the stop (not a city: 抵达深圳，就先后来到A和B are two)
    went = next((w for w in _WENT.finditer(text, 0, m.start()) if w.group(1) in ("来到", "走进", "到", "前往")), None) if m else None
    inside = [p for p in sm.places if went and went.start(2) <= p.start and p.end <= went.end(2)]
    reached = None
    if inside and inside[-1].kind in ("zone", "county", "place"):
        reached = _site(went.group(2), sm, reached=True) or inside[-1].name
        ev.place = reached
    if not sites or reached is not None:
        return [ev] + _later_stops(ev, sm)
    verb = m.group(1)
    return [replace(ev, label=verb + site, place=site, participations=list(ev.participations)) for site in sites]


def _later_stops(ev: Event, sm: SentenceMentions) -> list[Event]:
    """The stops a sentence tells after ``ev``'s, each in a clause of its own opening with its site
    (在开平市的江门中微子实验站，他…；在大广海湾经济区，他察看…: two stops)."""
    text, out = sm.sentence.text, []
    for m in _WENT_ON.finditer(text):
        # 来到常德，察看…，并前往常德港德山港区了解…: a second stop, at the last of the places named together
        chain = [p for p in sm.places if p.start == m.end() and p.kind in ("zone", "place", "county")]
        while chain and (more := [p for p in sm.places if p.start == chain[-1].end and p.kind in ("zone", "place")]):
            chain.append(max(more, key=lambda p: p.end))
        if chain and (of := re.match(r"(?:境内)?的", text[chain[-1].end:])) \
                and (site := [p for p in sm.places if p.start == chain[-1].end + of.end() and p.kind in ("zone", "place")]):
            chain.append(max(site, key=lambda p: p.end))  # 随后到惠来县境内的粤东海上风电装备产业园察看: the park in the county
        if chain and chain[-1].name != ev.place:
            out.append(replace(ev, label=text[m.start(1):_clause_end(text, m.end(), "，,；;。")], place=chain[-1].name,
                               participations=list(ev.participations)))
    for m in re.finditer(r"[；;]在([^，。；]{2,20})[，,]", text):
        site = _opening_site(text[m.start() + 1:], sm)
        if site and not site.endswith(_PARTS) and site != ev.place:
            out.append(replace(ev, label=text[m.start() + 1:_clause_end(text, m.end(), "；;。")], place=_shed_divisions(site, sm),
                               participations=list(ev.participations)))
    return out


def _within(date, setting: Event) -> bool:
    """Whether a date falls in the days of the article's setting (a visit's or a meeting's span)."""
    if setting.date is None or (setting.end_date is None and date != setting.date):
        return False
    start, end = setting.date.iso(), (setting.end_date or setting.date).iso()
    return start[:len(date.iso())] <= date.iso() <= end + "~"


def _place_after(sm: SentenceMentions, place_from: int | None, toward: tuple[str, ...] = _TOWARD,
                 within: tuple[int, int] | None = None) -> str | None:
    """The place after 在 (or 到/前往 for a visit, or at ``place_from``), as specific as the text makes
    it; only in ``text[within[0]:within[1]]`` when given."""
    text = sm.sentence.text
    places = [p for p in sm.places if within is None or within[0] <= p.start < within[1]]
    if place_from is None:  # (not 在湖南长沙 of 传达学习…在湖南长沙召开的…座谈会精神: the place of a meeting told in passing)
        passing = [(h.start(), h.end()) for h in _HELD_THEN.finditer(text) if text.startswith("在", h.start())]
        places = [p for p in places if not any(a <= p.start < b for a, b in passing)]
    for i, p in enumerate(places):
        before = text[max(0, p.start - 2):p.start]
        if text.startswith(_BODY_AFTER_PLACE, p.end):
            continue  # 在上海市委书记陈吉宁陪同下: the place names a body, not where
        if place_from is not None and p.start < place_from:
            continue  # 座谈会在合肥召开以来，特别是去年6月在江苏召开的…: not a place told before the event's own
        if place_from is not None or before.endswith(toward):
            best: PlaceMention = p
            for q in places[i + 1:]:
                if (q.start == best.end and not (q.kind == best.kind == "prefecture" and _NAME_GOES_ON.match(text, q.end))) \
                        or (q.kind == "zone" and (text[best.start:q.start] == q.parent
                                                  or (text[best.end:q.start] == "的" and q.parent == best.name))):
                    best = q  # 湖南长沙: 长沙; 在宜宾泸州调研并主持召开…: the last city (but 在随后举行的宝鸡天水合作交流
                    # 座谈会上: two cities in a meeting's name, the first it names); 九江港城西港区: the harbour
                    # district of the city's port; 博望区的博望高新区: the district's zone
                else:
                    break
            return best.name
    return None


#: what follows two cities written together when they open a name (宝鸡天水合作交流座谈会), not a tour (宜宾泸州调研)
_NAME_GOES_ON = re.compile(r"(?!调研|考察|视察|召开|举行|主持|出席|参加|检查|督导|等地|两市|[，、。；])[\u4e00-\u9fff]")
#: what an inspected site's name ends with (any park: 产业园, 生态园, 科创园, …合作园)
_SITE = re.compile(r"(?:工厂|[\u4e00-\u9fff]{2}(?:处理|水|电|钢|热)厂|车间|基地|[\u4e00-\u9fff]{2}园|物流港|国际港|陆港|园区|中心|码头|工地|医院|校区|学校|大学|实验室|展馆|博物馆|纪念馆|有限公司|有限责任公司|集团|村|社区|枢纽|口岸|景区"
                   r"|研究所|研究院|酒庄|保护区|度假区|坝区|展览馆|市场|商城|商贸城|产业区|合作社|中学|小学|学院|科学城|科创城|工业城|汽车城|科技城|生物城|高铁新城|工业区|实验站|监测站|工作站"
                   r"|堤段|矶段|河段|航道|大桥|隧道|船闸|泵站|水库|大坝|水电站|铜矿|铁矿|金矿|煤矿|矿山|[东南西北]站|高铁站|火车站|车站|机场|片区|作业区|遗址|旧址|故居|旧居|纪念碑|纪念塔|陵园|古城|古镇)$")
#: a workshop with no name of its own (一家帮扶车间, 就业车间), which the place before it locates
_NAMELESS_SITE = re.compile(r"(?:一[家处个座所])?(?:[\u4e00-\u9fff]{2})?(?:帮扶|扶贫|就业)?车间")
#: a kind of zone with no name of its own (高新技术产业园区), which the place before it names
_BARE_KIND_OF_ZONE = re.compile(r"(?:高新技术|经济技术|高新|经开|工业|化工|物流|临空|临港)?(?:产业)?(?:开发区|园区|工业园|产业园|集中区)")
#: a work of water engineering named right after an inspecting verb (佛子岭水库防汛工作), not a kind of them (小型水库)
_WORKS = re.compile(r"了?((?!全|各|重点|小型|中小|病险|汛期|有关|相关|在建|部分|主要|沿线)[\u4e00-\u9fff]{2,8}?"
                    r"(?:水库|大坝|水电站|水利枢纽|泵站|船闸|水闸|大堤))(?![和、及与])")
#: what makes a completion told a plan, besides an aim (计划于2027年建成通车, 明年建成通车)
_PLANNED = re.compile(r"计划|预计|明年|年内")
#: the short name a text gives a site after its full name
_SHORT_NAME = re.compile(r"[（(](?:以下)?简称[^（()）]{1,20}[）)]$")
#: the words after a site that name where on it, not the site (项目现场, 施工现场, 扩建工程施工现场, 建设工地)
_ON_SITE = re.compile(r"(?:[一二三四五]期)?(?:(?:扩建|改扩建|新建|续建)?工程|项目)?(?:施工|建设)?(?:现场|工地)$|(?:[一二三四五]期)?项目$")


def _venue(words: str, sm: SentenceMentions, place: str | None) -> str | None:
    """The venue written after 在 when it names more than the ``place`` found in it (在北京城市副中心召开:
    the venue, not only its city), else ``place``."""
    held = max((len(p.surface) for p in sm.places if words.startswith(p.surface) and len(words) - len(p.surface) >= 3
                and p.name == place), default=0)
    if _VENUE.fullmatch(words) and not _NOT_VENUE.search(words) and held and not re.search("[和及与、]", words[held:]) \
            and not any(p.surface == words for p in sm.places) \
            and not any(is_clause_verb(w, f) for start, _, w, f in tokens(words) if start >= held):  # (开封 is also a verb)
        return _shed_divisions(words, sm)
    return place


def _opening_site(text: str, sm: SentenceMentions | None = None) -> str | None:
    """The site a sentence opens with, 在…， (在大连船舶重工集团有限公司，他走进…), when it is named as one
    (or, given the sentence's mentions, is a zone: 在大庆油田数字化采油示范区，…)."""
    at = _AT_SITE.match(text)
    site = text[1:at.end() - 1].rsplit("的", 1)[-1] if at else ""  # (在开平市的江门中微子实验站，…: the station)
    if site and (_SITE.search(site) or re.fullmatch(r"[\u4e00-\u9fff]{2,4}站", site)  # (在雄安站，…: a station)
                 or (sm is not None and any(p.kind == "zone" and p.surface == site for p in sm.places))):
        return site.removesuffix("大坝") if site.endswith("水库大坝") else site  # 在柘林水库大坝，…: the reservoir
    return None


def _shed_divisions(site: str, sm: SentenceMentions) -> str:
    """A site without the divisions written before it, down to a county or a township: 石嘴山市大武口区
    星海湖国家湿地公园 → 星海湖国家湿地公园, 永靖县刘家峡水库 → 刘家峡水库 (the divisions are places of their
    own); 北京城市副中心 keeps its city, which is part of its name."""
    rest, shed, last_shed = site, False, ""  # last_shed: the division or zone most recently shed
    while True:
        head = max((p for p in sm.places if rest.startswith(p.surface) and len(rest) - len(p.surface) >= 3
                    and p.kind in ("province", "prefecture", "county", "zone", "place")),
                   key=lambda p: len(p.surface), default=None)  # (阿克苏市, not 阿克苏 of it)
        if head is None:  # 黔南州都匀市粤黔协作（都匀）产业园, one zone to the recogniser: the divisions it opens with
            head = next((PlaceMention(0, e, rest[:e], d.name, d.parent, d.level) for s, e, d in gazetteer().find(rest)
                         if s == 0 and len(rest) - e >= 3 and aligned(rest, 0, e)[0]), None)
        if head is None and (zone := re.match(r"(?:高新区|经开区|开发区|经济技术开发区|高新技术产业开发区|新区|[\u4e00-\u9fff]{2,3}?(?<![城古集小])镇)(?=[\u4e00-\u9fff]{3})"
                                              if rest != site else r"(?:合作区|示范区)(?=[\u4e00-\u9fff]{4})"
                                              r"|[\u4e00-\u9fff]{2,8}?(?:高新区|经开区|开发区)(?=[\u4e00-\u9fff]{4,}(?:公司|集团)$)"
                                              r"|(?:[\u4e00-\u9fff]{2,3}?)?新区(?=[\u4e00-\u9fff]{4,}(?:产业园|园区|基地)$)"
                                              r"|[\u4e00-\u9fff]{2,3}?(?<![城古集小])[镇乡](?=[\u4e00-\u9fff]{2,4}村$)",
                                              rest)):
            # 绵阳高新区磨家工业园: the park, in the city's zone; 在合作区横琴总部大厦召开: the building, in the zone told;
            # 正定新区冀云数字经济产业园: the park, in the county's new area;
            # 青浦区金泽镇水乡客厅: the site, in the district's town; 汾湖高新区江苏恒芯光电科技有限公司: the company;
            # 流水镇北港村: the village, in its town
            rest, shed, last_shed = rest[zone.end():], True, zone.group()
            continue
        if head is None or (shed and head.kind in ("province", "prefecture") and rest.endswith(("公司", "集团"))):
            break  # (汾湖高新区江苏恒芯光电科技有限公司: the company, whose name opens with its province)
        rest, last_shed = rest[len(head.surface):].removeprefix("的"), head.surface  # (云龙区的汉文化景区: the scenic area)
        shed = head.kind == "county" or (head.surface.endswith(("区", "县", "乡", "镇", "街道"))
                                         and not head.surface.endswith(("港区", "园区", "片区", "景区", "社区", "地区")))
    if _BARE_KIND_OF_ZONE.fullmatch(rest):
        return site  # 湖口高新技术产业园区: the county names the park, what is left is a kind of park
    if shed and _NAMELESS_SITE.fullmatch(rest):
        return last_shed  # 昭化区元坝镇一家帮扶车间: a workshop with no name of its own, in the town
    return rest if shed else site


def _site(target: str, sm: SentenceMentions, reached: bool = False) -> str | None:
    """One site inspected, named from its owner or its place (重庆赛博睿驰汽车科技集团智能工厂), or
    ``reached`` (来到雄安商务服务中心) and named as a site, not a clause."""
    target = _SHORT_NAME.sub("", target)  # 苏州汾湖芯材科技有限公司（以下简称“汾湖芯材”）: the company
    site = _ON_SITE.sub("", target.removeprefix("了")) or target  # 中信重工智能制造产业园项目现场: the park
    if reached and site.endswith("站") and gazetteer().lookup(site[:-1], trusted=True) is not None:
        return site  # 乘坐首发列车抵达监利站: the station named for its town
    if re.fullmatch(r"[^，。；、和及与]{2,16}的[^，。；的]{4,}", site) and (reached or _SITE.search(site.rsplit("的", 1)[1])):
        site = site.rsplit("的", 1)[1]  # 来到浙江援建的阿克苏地区第一人民医院, 考察了开发区的…有限公司: the hospital, the company
    within = max((p for p in sm.places if reached and site.startswith(p.surface) and len(site) - len(p.surface) >= 3
                  and aligned(site, 0, len(p.surface))[0]
                  and (p.kind in ("county", "zone") or (p.kind == "place" and p.surface.endswith(_BARE_ZONES))
                       or (p.kind in ("province", "prefecture") and p.surface.endswith(("市", "州", "省"))
                           and not (p.surface.endswith("州") and len(p.surface) == 2)))),
                 key=lambda p: len(p.surface), default=None)  # (not 深圳 of 深圳湾实验室, nor 阿克苏 of 阿克苏纺织工业城, nor 荆江 of 荆江大堤,
    # nor 梧州 of 梧州港赤水圩作业区: 恩施州 is a prefecture named in full, 梧州 a city's short name)
    rest = site[len(within.surface):].removeprefix("的") if within else ""  # (姑苏区的苏州大学附属第一医院)
    if re.match(r"第|人民医院|中心医院", rest):
        rest = ""  # 防城港市第一人民医院: the city is part of the institution's name
    if within and re.match(r"(?:多个|各个?|部分|一些|若干|几个|多地|多处)", rest):
        return within.name  # 深入兰州市多个区县: in the city, no one site
    if within and re.fullmatch(r"[\u4e00-\u9fff]+", rest) and not re.search("[、和及与]", rest) \
            and not any(p.surface == site or p.surface.endswith(rest) for p in sm.places) \
            and not any(is_clause_verb(w, f) for _, _, w, f in tokens(rest)):
        if within.kind == "county" and rest.startswith(within.surface[:2]):
            return rest  # 来到青田县青田侨乡进口商品城: the market, whose name opens with the county's
        return _shed_divisions(rest, sm)  # 来到东湖高新区光谷科学岛: the site inside the zone, as 闵行区新时代城市建设者管理者之家
    if reached and re.fullmatch(r"[\u4e00-\u9fff]{2,4}站", site):
        return _shed_divisions(site, sm)  # 来到雄安站: a station
    if _SITE.search(site) and not re.search("[、和及与，]", site) and (
            any(site.startswith(x.text) for x in sm.orgs) or any(site.startswith(p.surface) for p in sm.places)
            or (reached and 4 <= len(site) <= 16 and not any(is_clause_verb(w, f) and len(w) > 1 for _, _, w, f in tokens(site)))):
        return _shed_divisions(site, sm)
    return None


def _located(target: str, sm: SentenceMentions) -> str | None:
    """Where a site reached is said to lie, when that is a place (来到位于章贡区的赣州稀土功能材料创新中心: 章贡区;
    位于郴州高新技术产业开发区的湖南金岭…有限公司, 长春汽车经济技术开发区的…研发总院: the zone; 设在郑东新区的…中心):
    the place the report locates the stop, or what was unveiled, by."""
    m = re.match(r"(位于|设在)?([^，。；的]{2,20}?)的", target)
    if m and not m.group(1) and _SITE.search(target[m.end():]):
        return None  # 走进宁波前湾新区的甬江智能汽车零部件产业园: the park, a site of its own
    return next((p.name for p in sm.places if m and p.surface == m.group(2)
                 and (m.group(1) or p.kind == "zone" or (p.kind == "place" and p.surface.endswith(_BARE_ZONES)))), None)


def _place_named(target: str, sm: SentenceMentions) -> str | None:
    """An inspected site named in full (上海期货交易所) when it is an organisation or a site."""
    for o in sm.orgs:
        if o.text in target and target.endswith(o.text):
            return o.text
    hits = [p for p in sm.places if p.surface in target and p.kind != "region"]  # not 长江 of 长江中游…成果展
    return hits[-1].name if hits else None


def _clean_label(label: str) -> str:
    label = re.sub(r"^(?:了|这次|此次|本次|一次|首次|专门|共同|正式|并行|在)+", "", label)
    label = re.sub(r"^由[^，。；]{2,30}?(?:主办|承办|举办|联合主办)的", "", label)  # 由省人社厅主办的…双选会: the fair's name
    return label.strip(" ，,")


def _clause_start(text: str, pos: int, marks: str = "，。；") -> int:
    """Where the clause holding ``pos`` starts: after the last of ``marks`` before it."""
    return max(text.rfind(c, 0, pos) for c in marks) + 1


def _clause_end(text: str, pos: int, marks: str = "，。；") -> int:
    """Where the clause holding ``pos`` ends: at the first of ``marks`` from it, or the text's end."""
    return min([i for i in (text.find(c, pos) for c in marks) if i >= 0] or [len(text)])


def _clause(text: str, pos: int, end: int | None = None) -> str:
    """The clause around ``pos`` (up to ``end`` when given), without a leading date."""
    start = _clause_start(text, pos, "，。；：")
    if end is None:
        end = _clause_end(text, pos, "，。；：")
    clause = re.sub(r"^(?:(?:新华社|本报|中新社)[^ ，]{0,12}?(?:电|讯)\s*)?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚上|晚)?[，,]?", "", text[start:end])
    return clause.strip() or text[start:end]


def _add_participants(ev: Event, sm: SentenceMentions, persons: list[Span], trigger_pos: int) -> None:
    text = sm.sentence.text
    bylines = [(m.start(), m.end()) for m in BYLINE.finditer(text)]
    for span in sorted(persons, key=lambda s: s.start):
        if any(a <= span.start and span.end <= b for a, b in bylines):
            continue
        role = None
        m = _ROLE_VERBS.search(text, span.end)
        if m and _accompanied(text, span.end, m):
            # 他在…阚文博…陪同下考察…，随后在北京主持召开…座谈会: his own verb comes after the escort
            m = _ROLE_VERBS.search(text, m.end())
        if m and ev.trigger in _INSPECT_VERBS and span.end <= trigger_pos < m.start():
            m = None  # 韦振东到…调研…，滕越川陪同: the verb after the visit is the companion's
        if m:
            between = text[span.end:m.start()]
            accompanied = _accompanied(text, span.end, m)
            heard = m.group() in ("汇报", "介绍") and _HEARD.search(between)  # he heard it; the one named after 听取 gave it
            if not _SPEECH_BREAK.search(between) and len(between) < 120 and not accompanied and not heard:
                role = _role_of(m.group())
                # 出席会议并讲话: the verbs joined to the first one in its clause count too
                end = min([i for i in (text.find(c, m.end()) for c in "，。； \u3000") if i >= 0]
                          + [p.start for p in persons if p.start >= m.end()] or [len(text)])  # 高启鸣讲话　孟德川主持
                for more in _ROLE_VERBS.finditer(text, m.end(), end):
                    if _RANK[_role_of(more.group())] < _RANK[role]:
                        role = _role_of(more.group())
        if role is None and ev.trigger in _INSPECT_VERBS and span.end <= trigger_pos:
            between = text[span.end:trigger_pos]
            escorts = [(c.start(), c.end()) for c in ESCORTED.finditer(text)]
            later = [p for p in persons if span.end <= p.start and p.end <= trigger_pos
                     and not any(a <= p.start and p.end <= b for a, b in escorts)]
            # the visitor is the last person before the verb (or one listed with them), not a byline's reporter
            joined = all(_listed(text[a.end:b.start]) for a, b in zip([span] + later, later))
            between = ESCORTED.sub("", between)  # 宗启航一行在闻立新陪同下前往德阳，视察: he visits
            between = re.sub(r"听取[^，。；]*?介绍", "", between)  # (…一行来到…，听取…的介绍，走进…察看: what he heard, no one's words)
            # (not a reporter inside the byline's brackets; a bracket closed within, 中国（广西）自由贸易试验区, is no byline)
            if not _SPEECH_BREAK.search(between) and not re.search("[）)]", re.sub(r"[（(][^（()）]*[）)]", "", between)) and joined:
                role = "other"
        if role is None and ev.trigger in _ACTS and span.end <= trigger_pos \
                and not re.search(r"[，。；：]", text[span.end:trigger_pos].replace("、", "")) and not _SPEECH_BREAK.search(text, span.end, trigger_pos):
            role = "other"  # 骆敬平、杭文泰在…共同为…产业园揭牌: those who unveil or sign it
        if role is None and ev.trigger in _MEETING_VERBS and 0 <= trigger_pos < span.start:
            guests = [p for p in persons if trigger_pos < p.start <= span.start]
            # 会见了…龚正: the guest met takes part too, and those listed with them (厍国栋，党委副书记、总经理向前一行)
            if not re.search(r"[，。；：]", text[trigger_pos:guests[0].start]) and all(
                    _listed(text[a.end:b.start]) for a, b in zip(guests, guests[1:])):
                role = "other"
        if role is not None:
            merge_role(ev, Participation(span.text, role, sm.sentence))


def _accompanied(text: str, name_end: int, verb: re.Match) -> bool:
    """Whether the role verb after a name is the 陪同 of 在…陪同下 (习近平在…陪同下: he is accompanied; not
    …欧阳卫东在雄安新区陪同考察: he escorts)."""
    return verb.group() == "陪同" and "在" in text[name_end:verb.start()] and text.startswith("下", verb.end())


def _listed(between: str) -> bool:
    """Whether the text between two names lists them: 、 or 和, or a comma and the second one's post
    (省委书记蓝岳峰，省委副书记、省长卓一凡)."""
    if between in ("、", "和", "与", "及"):
        return True
    titles = list(TITLE_RE.finditer(between))
    return bool(re.fullmatch(r"[，、][^，。；：]{1,30}", between)) and bool(titles) and titles[-1].end() == len(between)


def _role_of(verb: str) -> str:
    return _ROLE_OF.get(verb, "speaker")  # 作工作报告, 作主旨报告: a speech


def merge_role(ev: Event, part: Participation) -> None:
    """Add a participation, keeping one role per person: the highest."""
    for i, p in enumerate(ev.participations):
        if p.name == part.name:
            if _RANK[part.role] < _RANK[p.role]:
                ev.participations[i] = part
            return
    ev.participations.append(part)
