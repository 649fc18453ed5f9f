"""Extraction on real sentences of the genre: posts, persons, organisations, places, events, goals."""
from __future__ import annotations

import re

import pytest

from kg.dates import PartialDate
from kg.extract import extract
from kg.ingest import read_text


def run(text: str, date: str = "2023-12-01"):
    return extract(read_text(text, "t", date=date))


def posts(ex) -> set[tuple[str, str]]:
    return {(h.person, h.post) for h in ex.posts}


def roles(event) -> dict[str, str]:
    return {p.name: p.role for p in event.participations}


def when_where(ex) -> list[tuple[str, str | None]]:
    """Each event's date and place, in the order extracted."""
    return [(str(e.date), e.place) for e in ex.events]


def spans(ex) -> list[tuple[str, str, str | None]]:
    """Each event's first and last day ('None' for one day) and place, in the order extracted."""
    return [(str(e.date), str(e.end_date), e.place) for e in ex.events]


def roles_when_where(ex) -> dict[tuple[str, str | None], dict[str, str]]:
    """Each event's participants and roles, by its date and place."""
    return {(str(e.date), e.place): roles(e) for e in ex.events}

def test_a_report_heard_at_a_meeting_makes_its_reporter_a_speaker_and_what_the_meeting_adopts_is_part_of_it():
    ex = run("本报讯 省委常委会昨天召开会议，传达学习有关会议精神。省委书记蔺长河主持会议并讲话。"
             "会议听取了省委常委、常务副省长端木立群关于2024年工作情况和2025年重点任务的汇报，"
             "审议通过了《推进协同发展2025年重点任务清单》。", date="2025-04-09")
    assert len(ex.events) == 1
    assert roles(ex.events[0]) == {"蔺长河": "chair", "端木立群": "speaker"}


def test_a_zone_inspected_from_a_place_reached_leaves_the_stop_at_that_place():
    ex = run("本报东营10月16日讯 14日下午，岑立言来到东营市垦利区黄河入海口，乘船察看黄河三角洲国家级自然保护区湿地修复情况。",
             date="2024-10-17")
    assert [e.place for e in ex.events] == ["黄河入海口"]


def test_a_site_given_a_short_name_and_a_quay_boarded_after_a_city_are_stops():
    ex = run("本报讯 5月8日至9日，省长岑立言在苏州调研。8日上午，岑立言首先来到吴江区黎里镇，察看生态岸线。"
             "随后，他走进苏州汾湖芯材科技有限公司（以下简称“汾湖芯材”），了解企业协同攻关情况。"
             "9日上午，在太仓市，他登上太仓港区东泓集装箱码头，详细了解集装箱联动接卸运营情况。", date="2025-05-10")
    assert [e.place for e in ex.events][2:] == ["苏州汾湖芯材科技有限公司", "太仓港区东泓集装箱码头"]


def test_an_opening_told_is_an_event_and_an_opening_planned_is_not():
    ex = run("本报讯（记者 麴小芸）苏州湾数字艺术馆昨天正式开馆。", date="2025-05-10")
    assert spans(ex) == [("2025-05-09", "None", "苏州湾数字艺术馆")]  # the venue that opened (as the gold of 9505)
    assert run("本报讯 该线计划于2027年建成通车。这条铁路2028年全面建成通车。", date="2025-05-10").events == []

def test_an_opening_of_works_in_a_county_and_an_unveiling_of_what_is_set_in_a_zone_are_placed_there():
    ex = run("本报讯（记者 白云飞）20日，山西沿黄旅游公路临县碛口段改造提升工程完工通车。", date="2025-05-23")
    assert spans(ex) == [("2025-05-20", "None", "临县")]
    ex = run("本报讯 12日，黄河流域省际联席会议在郑州召开。会前，岑立言与各省区代表共同为设在郑东新区的省际协作联络中心揭牌。",
             date="2024-06-13")
    assert spans(ex) == [("2024-06-12", "None", "郑州"), ("2024-06-12", "None", "郑东新区")]


def test_a_tibetan_name_after_a_post_is_a_person():
    ex = run("本报讯 会上，青海省副省长扎西多杰、甘肃省副省长岑立言先后发言。", date="2024-06-13")
    assert {p.name for p in ex.persons} == {"扎西多杰", "岑立言"}


def test_a_park_unveiled_stays_the_place_of_its_unveiling_and_a_name_before_负总责_is_whole():
    ex = run("本报讯 21日，岑立言为位于岳麓区的湖南湘江新区智能网联汽车产业园揭牌。", date="2025-03-22")
    assert [e.place for e in ex.events] == ["智能网联汽车产业园"]  # (the park, in the zone its name opens with; not 岳麓区)
    ex = run("会议明确了责任分工：省委副书记、省长滕立军负总责；省委常委、常务副省长司马立牵头推进集群建设。", date="2025-07-15")
    assert {p.name for p in ex.persons} == {"滕立军", "司马立"}



@pytest.mark.parametrize("text,expected", [
    ("上海市委书记陈吉宁出席会议。", {("陈吉宁", "上海市委书记")}),
    ("上海市委副书记、市长龚正出席会议。", {("龚正", "上海市委副书记"), ("龚正", "上海市市长")}),
    ("习近平总书记在中共中央政治局委员、上海市委书记陈吉宁和市长龚正陪同下，先后来到金融机构进行调研。",
     {("陈吉宁", "中共中央政治局委员"), ("陈吉宁", "上海市委书记"), ("龚正", "上海市市长"), ("习近平", "总书记")}),
    ("国家发展改革委区域协调发展司副司长相伟表示，成效显著。", {("相伟", "国家发展改革委区域协调发展司副司长")}),
    ("中共中央政治局常委、国务院总理李强，中共中央政治局常委、中央办公厅主任蔡奇出席座谈会。",
     {("李强", "中共中央政治局常委"), ("李强", "国务院总理"), ("蔡奇", "中共中央政治局常委"), ("蔡奇", "中央办公厅主任")}),
    ("江苏省委书记信长星，江苏省委副书记、省长许昆林出席会议。",
     {("信长星", "江苏省委书记"), ("许昆林", "江苏省委副书记"), ("许昆林", "江苏省省长")}),
    ("中国工程院院士、紫金山实验室主任刘韵洁表示，要打造策源地。", {("刘韵洁", "中国工程院院士"), ("刘韵洁", "紫金山实验室主任")}),
    ("三门县冲锋衣“共富工坊”负责人楼明荣说。", {("楼明荣", "三门县冲锋衣“共富工坊”负责人")}),
])
def test_posts_as_the_text_words_them(text, expected):
    assert posts(run(text)) == expected


def test_bylines():
    assert posts(run("有关部门负责同志参加座谈会。\n\n记者 杨璐\n")) == {("杨璐", "记者")}
    ex = run("新华社北京12月1日电（记者 齐中熙 何欣荣 樊曦）对长三角一体化发展的要求，饱含民生情怀。")
    assert posts(ex) == {("齐中熙", "新华社记者"), ("何欣荣", "新华社记者"), ("樊曦", "新华社记者")}


@pytest.mark.parametrize("text,expected_posts,agency", [
    ("人民网南昌5月16日电（记者 温馨妍）5 月 14 日，叶林生在九江市调研。", {("温馨妍", "人民网记者")}, "人民网"),
    ("湖南省委常委会召开会议\n\n来源：湖南日报\n\n湖南日报4月22日讯（全媒体记者 谭思琪 肖俊）4月22日，会议召开。",
     {("谭思琪", "湖南日报全媒体记者"), ("肖俊", "湖南日报全媒体记者")}, "湖南日报"),
    # 本报 is the paper of the masthead, which the reporter writes for; the post keeps the text's words;
    # a two-character name padded to three (苏　明) is one name
    ("经济日报　　2025年7月10日\n\n本报北京7月9日讯（记者 苏　明\n 郑雅琴）北京市推进京津冀协同发展领导小组9日召开会议。",
     {("苏明", "记者"), ("郑雅琴", "记者")}, "经济日报"),
    ("四川日报\n\n会议在宜宾召开\n\n本报记者　蒲晓岚　吴思远\n\n本报讯　昨天，会议在宜宾市召开。",
     {("蒲晓岚", "记者"), ("吴思远", "记者")}, "四川日报"),
])
def test_bylines_name_the_agency_or_paper(text, expected_posts, agency):
    ex = run(text, date="2025-07-10")
    assert posts(ex) == expected_posts
    assert agency in {o.name for o in ex.organizations}


def test_names_with_rare_or_compound_surnames_after_a_post():
    ex = run("本报讯　昨天，市委书记禚立新赴嘉善县调研。海口海关关长司马骏介绍了口岸监管设施建设情况。"
             "西咸新区党工委书记庹建峰出席。国家发展改革委区域协调发展司副司长禤志强介绍了方案。", date="2025-07-16")
    assert {("禚立新", "嘉兴市委书记"), ("司马骏", "海口海关关长"), ("庹建峰", "西咸新区党工委书记"),
            ("禤志强", "国家发展改革委区域协调发展司副司长")} <= posts(ex)
    assert "马骏" not in {p.name for p in ex.persons}


def test_a_compound_surname_after_a_post_before_a_verb_of_touring_the_recogniser_misses():
    ex = run("本报讯（记者 揭晓峰）9月12日，市委书记上官明澜深入南康区、于都县调研产业发展情况。在南康区，上官明澜来到"
             "赣州家具产业园，察看生产线。", date="2024-09-13")
    assert ("上官明澜", "赣州市委书记") in posts(ex)
    assert all(roles(e) == {"上官明澜": "other"} for e in ex.events) and ex.events


def test_an_autonomous_region_completes_its_bare_posts():
    ex = run("本报福州5月31日电　宁夏回族自治区党委书记仉振华率宁夏党政代表团赴福建学习考察。自治区党委副书记、自治区主席纳文博，"
             "自治区党委常委、秘书长冶海龙，自治区副主席白云参加考察。", date="2025-06-01")
    assert posts(ex) == {("仉振华", "宁夏回族自治区党委书记"), ("纳文博", "宁夏回族自治区党委副书记"),
                         ("纳文博", "宁夏回族自治区主席"), ("冶海龙", "宁夏回族自治区党委常委"),
                         ("冶海龙", "宁夏回族自治区党委秘书长"), ("白云", "宁夏回族自治区副主席")}


def test_names_after_a_rank_and_in_credit_lines_hold_no_post_or_the_credit():
    ex = run("会议在西安召开。市领导上官文清、聂芸出席。\n\n责任编辑：乔木　图片编辑：甘棠", date="2025-07-16")
    assert {"上官文清", "聂芸", "乔木", "甘棠"} <= {p.name for p in ex.persons}
    assert posts(ex) == {("乔木", "责任编辑"), ("甘棠", "图片编辑")}
    # 编辑 and 校对 are verbs outside a credit line
    assert posts(run("他负责编辑出版该书，校对全部书稿。")) == set()


def test_a_would_be_name_before_a_zone_suffix_is_the_zone():
    ex = run("西安、咸阳、渭南、铜川、杨凌示范区协同联动。", date="2025-07-16")
    assert not ex.persons


def test_a_full_post_covers_its_short_form():
    ex = run("中共中央总书记、国家主席、中央军委主席习近平30日上午在上海主持召开座谈会。习近平总书记强调，要加快发展。")
    assert posts(ex) == {("习近平", "中共中央总书记"), ("习近平", "国家主席"), ("习近平", "中央军委主席")}


def test_a_bare_title_opening_a_sentence_belongs_to_the_body_just_named():
    ex = run("国家智能语音创新中心由安徽科大讯飞联合行业上下游骨干企业共同发起。总经理吴日照说，他们将集中力量攻关。")
    assert ("吴日照", "国家智能语音创新中心总经理") in posts(ex)


def test_a_bare_party_post_after_another_province_s_leader_is_of_that_province():
    ex = run("甘肃日报讯 11月6日，省委书记韩正林率团在南京考察。江苏省委书记冯立坤，省委副书记、省长陆文川参加活动。")
    assert {("冯立坤", "江苏省委书记"), ("陆文川", "江苏省委副书记"), ("陆文川", "江苏省省长")} <= posts(ex)


def test_appointed_posts_and_the_secretary_general_of_the_body_just_named():
    ex = run("本报讯 6月26日，洛阳市十六届人大常委会第二十次会议举行。市人大常委会主任董思远主持会议。"
             "市人大常委会副主任严可为、江若兰，秘书长柏立新出席会议。"
             "会议表决通过了人事任免事项：任命沈晓川为洛阳市自然资源和规划局局长，彭新宇为洛阳市审计局局长。")
    assert {("柏立新", "洛阳市人大常委会秘书长"), ("沈晓川", "洛阳市自然资源和规划局局长"),
            ("彭新宇", "洛阳市审计局局长")} <= posts(ex)


def test_a_company_where_it_lies_and_its_chairman_told_by_公司_or_集团():
    ex = run("随后，他来到位于株洲高新技术产业开发区的湖南恒瑞精工股份有限公司，察看生产线。公司董事长岳明山介绍，企业去年营收增长。"
             "武汉楚能新能源科技有限公司年产10万吨正极材料项目总投资30亿元。公司董事长邹启航在发言中表示，企业将加快建设。"
             "荆门汉江重工集团有限公司二期项目同日开工。集团董事长庞志伟在仪式上发言。")
    assert {("岳明山", "湖南恒瑞精工股份有限公司董事长"), ("邹启航", "武汉楚能新能源科技有限公司董事长"),
            ("庞志伟", "荆门汉江重工集团有限公司董事长")} <= posts(ex)
    assert {"湖南恒瑞精工股份有限公司", "武汉楚能新能源科技有限公司"} <= {o.name for o in ex.organizations}


def test_names_without_posts_and_run_together():
    ex = run("李干杰、何立峰、吴政隆、穆虹、姜信治出席座谈会。")
    assert {p.name for p in ex.persons} == {"李干杰", "何立峰", "吴政隆", "穆虹", "姜信治"}
    assert {p.name for p in run("陈吉宁龚正出席并讲话").persons} == {"陈吉宁", "龚正"}


@pytest.mark.parametrize("text", ["习近平总书记强调，要完整、准确、全面贯彻新发展理念。", "要坚持马克思主义，加快构建双循环新发展格局。"])
def test_common_words_are_not_names(text):
    names = {p.name for p in run(text).persons}
    assert not names & {"强调", "马克思", "双循环", "高水平"}


def test_organisations_short_and_full_names_are_one():
    ex = run("国家发展和改革委员会主任郑栅洁发言。国家发展改革委会同有关地方推动落实。要发挥中央区域协调发展领导小组统筹协调职能。")
    orgs = {o.name: set(o.aliases) for o in ex.organizations}
    assert orgs["国家发展改革委"] == {"国家发展和改革委员会"}
    assert "中央区域协调发展领导小组" in orgs


def test_congress_term_is_not_part_of_the_body():
    ex = run("2023年11月30日，山东省第十四届人民代表大会常务委员会第六次会议通过了决定。")
    orgs = {o.name: set(o.aliases) for o in ex.organizations}
    assert "山东省第十四届人民代表大会常务委员会" in orgs.get("山东省人民代表大会常务委员会", set())


def test_places_with_their_containing_unit():
    ex = run("江苏省南通市海安市委书记于立忠说，海安出台实施方案。在上海市闵行区工作的钱丽丽告诉记者。")
    places = {p.name: p for p in ex.places}
    assert places["海安市"].parent == "南通" and "海安" in places["海安市"].aliases
    assert places["闵行区"].parent == "上海"
    assert places["上海"].parent is None and {"上海市", "沪"} <= set(places["上海"].aliases)


def test_named_zones():
    ex = run("推进上海自由贸易试验区临港新片区更高水平对外开放。要加快长三角生态绿色一体化发展示范区建设。习近平随后来到浦东新区张江科学城。")
    places = {p.name: p.parent for p in ex.places}
    assert places["上海自由贸易试验区临港新片区"] == "上海"
    assert places["长三角生态绿色一体化发展示范区"] == "长三角"
    assert places["张江科学城"] == "浦东新区"


def test_provinces_named_together():
    ex = run("长三角三省一市要携手。")
    assert {p.name for p in ex.places if p.kind == "collective"} == {"上海", "江苏", "浙江", "安徽"}


def test_meeting_with_chair_speakers_and_attendees_across_sentences():
    ex = run("新华社上海11月30日电 中共中央总书记习近平30日上午在上海主持召开深入推进长三角一体化发展座谈会并发表重要讲话。"
             "中共中央政治局常委、国务院总理李强出席座谈会。"
             "座谈会上，国家发展改革委主任郑栅洁、上海市委书记陈吉宁先后发言。"
             "李强在讲话中表示，要认真学习领会。")
    [ev] = [e for e in ex.events if e.label == "深入推进长三角一体化发展座谈会"]
    assert ev.date == PartialDate(2023, 11, 30) and ev.place == "上海"
    assert roles(ev) == {"习近平": "chair", "李强": "speaker", "郑栅洁": "speaker", "陈吉宁": "speaker"}


def test_meeting_span_and_place_in_newspaper_layout():
    ex = run("本报讯 6 月 5 日至 6 日，\n2024年度长三角地区主要领导\n座谈会在浙江省温州市举行。\n上海市委书记陈吉宁，上海市委\n副书记、市长龚正出席会议。",
             date="2024-06-07")
    [ev] = ex.events
    assert (ev.label, ev.date, ev.end_date, ev.place) == ("2024年度长三角地区主要领导座谈会", PartialDate(2024, 6, 5), PartialDate(2024, 6, 6), "温州")
    assert roles(ev) == {"陈吉宁": "attendee", "龚正": "attendee"}


def test_a_visit_dated_by_the_next_sentence_and_its_stops():
    ex = run("习近平总书记近日在上海考察时强调，上海要勇于开拓。11月28日至12月2日，习近平总书记在上海市委书记陈吉宁陪同下，先后来到金融机构等进行调研。"
             "28日下午，习近平总书记一下列车就前往上海期货交易所考察。", date="2023-12")
    visit, stop = ex.events
    assert (visit.date, visit.end_date, visit.place) == (PartialDate(2023, 11, 28), PartialDate(2023, 12, 2), "上海")
    assert roles(visit) == {"习近平": "other", "陈吉宁": "attendee"}
    assert (stop.date, stop.place, roles(stop)) == (PartialDate(2023, 11, 28), "上海期货交易所", {"习近平": "other"})


def test_events_do_not_bleed_across_articles():
    ex = run("新华社上海11月30日电 习近平在上海主持召开座谈会并发表重要讲话。\n\n记者 杨璐\n\n"
             "山东省人大会议明年1月召开\n\n2023年11月30日，山东省人大常委会会议决定：山东省人大会议于2024年1月在济南召开。")
    by_label = {e.label: e for e in ex.events}
    assert by_label["山东省人大会议"].date == PartialDate(2024, 1) and by_label["山东省人大会议"].place == "济南"
    assert all("习近平" not in roles(e) for e in ex.events if e.place == "济南")


def test_quantified_goals_with_deadline():
    ex = run("到2025年，常住人口城镇化率达到70%；5G网络覆盖率达到80%。年均增速达9.47%。")
    goals = {(g.indicator, g.target, g.deadline.iso() if g.deadline else None) for g in ex.goals}
    assert goals == {("常住人口城镇化率", "70%", "2025"), ("5G网络覆盖率", "80%", "2025")}


def test_planned_capacity_and_named_goals():
    ex = run("长三角（芜湖）智算中心在安徽省芜湖市揭牌运行，规划建设3000P智能算力。要加快上海“五个中心”建设。聚焦“一极三区一高地”战略定位。共建“一带一路”。")
    goals = {(g.indicator, g.target) for g in ex.goals}
    assert ("智能算力", "3000P") in goals
    assert ("上海“五个中心”建设", None) in goals and ("“一极三区一高地”战略定位", None) in goals
    assert not any("一带一路" in g.indicator for g in ex.goals)


def test_named_documents_with_dates():
    ex = run("2021年6月，《中共中央 国务院关于支持浙江高质量发展建设共同富裕示范区的意见》发布。")
    [doc] = ex.documents
    assert doc.title == "中共中央国务院关于支持浙江高质量发展建设共同富裕示范区的意见" and doc.date == PartialDate(2021, 6)


def test_every_fact_keeps_its_sentence(corpus):
    doc = corpus["002"]
    ex = extract(doc)
    facts = ex.persons + ex.posts + ex.organizations + ex.places + ex.events + ex.goals + ex.documents
    assert facts
    for fact in facts:
        s = fact.evidence
        assert doc.text[s.start:s.end] == s.text


def test_arbitrary_text_never_breaks_extraction():
    for text in ["", "\x00\x01", "<script>alert(1)</script>", "。" * 50, "上海" * 500, "a\u202eb\u200d", "𠀀𠀁" * 10]:
        ex = extract(read_text(text or " ", "t", date=None))
        assert ex.doc_id == "t"


def test_a_post_without_its_province_takes_the_one_the_article_is_about():
    ex = run("浙江省委常委会召开扩大会议\n\n本报讯 3月5日，省委常委会召开扩大会议。省委书记王浩主持会议并讲话。省长刘捷，省政协主席廖国勋出席。",
             date="2024-03-06")
    assert posts(ex) == {("王浩", "浙江省委书记"), ("刘捷", "浙江省省长"), ("廖国勋", "浙江省政协主席")}
    orgs = {o.name for o in ex.organizations}
    assert {"浙江省委", "浙江省政协"} <= orgs and "省政协" not in orgs


def test_roles_joined_in_one_clause_and_reports_as_speeches():
    ex = run("新华社成都4月10日电 4月9日至10日，川渝两省市党政联席会议第九次会议在四川省宜宾市举行。"
             "四川省委书记王晓晖、重庆市委书记袁家军出席会议并讲话。四川省委副书记、省长黄强主持会议，重庆市委副书记、市长胡衡华作工作报告。",
             date="2024-04-11")
    [ev] = ex.events
    assert (ev.date, ev.end_date, ev.place) == (PartialDate(2024, 4, 9), PartialDate(2024, 4, 10), "宜宾")
    assert roles(ev) == {"王晓晖": "speaker", "袁家军": "speaker", "黄强": "chair", "胡衡华": "speaker"}


def test_a_document_adopted_at_the_meeting_is_part_of_it():
    ex = run("新华社北京2月26日电 2月26日，京津冀协同发展座谈会在北京召开。会议审议通过了《京津冀协同发展2024年工作要点》。",
             date="2024-02-27")
    assert [e.label for e in ex.events] == ["京津冀协同发展座谈会"]
    assert [(d.title, d.date) for d in ex.documents] == [("京津冀协同发展2024年工作要点", PartialDate(2024, 2, 26))]


def test_a_division_name_inside_a_word_is_no_place():
    ex = run("王浩一行先后考察了之江实验室、阿里巴巴集团。")
    assert "阿里" not in {p.name for p in ex.places}


def test_meeting_in_the_capital_and_posts_of_the_special_regions():
    ex = run("新华社北京8月10日电 粤港澳大湾区建设领导小组全体会议10日在京召开。国务院副总理丁薛祥出席会议并讲话。"
             "香港特别行政区行政长官李家超出席会议。", date="2023-08-11")
    [ev] = ex.events
    assert (ev.label, ev.date, ev.place) == ("粤港澳大湾区建设领导小组全体会议", PartialDate(2023, 8, 10), "北京")
    assert roles(ev) == {"丁薛祥": "speaker", "李家超": "attendee"}
    assert ("李家超", "香港特别行政区行政长官") in posts(ex)


def test_a_call_the_body_of_a_chain_and_not_the_reporters_of_the_byline():
    ex = run("本报讯（记者 李明 王芳） 11月20日，省委书记梁言顺在南昌会见了中国华能集团有限公司党组书记、董事长温枢刚一行。",
             date="2024-11-21")
    assert {("温枢刚", "中国华能集团有限公司党组书记"), ("温枢刚", "中国华能集团有限公司董事长")} <= posts(ex)
    [ev] = ex.events
    assert (ev.date, ev.place, roles(ev)) == (PartialDate(2024, 11, 20), "南昌", {"梁言顺": "other", "温枢刚": "other"})
    assert not any("会见" in o.name for o in ex.organizations)


def test_places_in_a_list_and_no_place_across_quotation_marks():
    ex = run("这条高铁将句容、金坛、武进、江阴串起。要加快上海“五个中心”建设。串起7个百强县。")
    names = {p.name for p in ex.places}
    assert "百强县" not in names
    assert {"句容市", "金坛区", "武进区", "江阴市", "上海"} <= names
    assert not any("五个中心" in n for n in names)


def test_a_name_the_dictionary_knows_as_a_noun_after_a_post_and_targets_by_year_end():
    ex = run("本报讯 7月3日，长三角区域合作办公室在上海召开2024年第二季度工作会议。长三角区域合作办公室主任华源主持会议。"
             "会议提出，力争年底前完成20个重点项目。上半年共签约合作项目126个。", date="2024-07-04")
    assert ("华源", "长三角区域合作办公室主任") in posts(ex)
    [ev] = ex.events
    assert (ev.date, ev.place, roles(ev)) == (PartialDate(2024, 7, 3), "上海", {"华源": "chair"})
    assert {(g.indicator, g.target, g.deadline.iso() if g.deadline else None) for g in ex.goals} == {("重点项目", "20个", "2024")}  # 年底前: that year


def test_a_call_told_in_the_headline_and_the_lead_is_one_event_with_host_and_guest():
    ex = run("安徽省委书记韩俊在合肥会见上海市委副书记、市长龚正一行\n\n新华社合肥5月20日电 5月20日，安徽省委书记韩俊在合肥会见了"
             "上海市委副书记、市长龚正率领的上海市党政代表团一行。安徽省委副书记、省长王清宪参加会见。", date="2024-05-21")
    [ev] = ex.events
    assert (ev.date, ev.place) == (PartialDate(2024, 5, 20), "合肥")
    assert roles(ev) == {"韩俊": "other", "龚正": "other", "王清宪": "attendee"}


def test_bare_provincial_posts_take_the_province_of_the_headline():
    ex = run("推动长江经济带高质量发展 江苏召开专题会议\n\n新华社南京9月12日电（记者 赵强） 江苏省推动长江经济带高质量发展领导小组会议12日在南京召开。"
             "省委书记信长星出席会议并讲话，省长许昆林主持会议。会议听取了省发展改革委关于工作情况的汇报。"
             "会议强调，到2027年，沿江地区单位GDP能耗较2022年下降15%以上。", date="2024-09-13")
    assert {("信长星", "江苏省委书记"), ("许昆林", "江苏省省长")} <= posts(ex)
    orgs = {o.name: o.aliases for o in ex.organizations}
    assert orgs["江苏省发展改革委"] == ("省发展改革委",) and orgs["江苏省委"] == ("省委",)  # the text's forms kept
    [ev] = ex.events  # the report heard is part of the meeting
    assert roles(ev) == {"信长星": "speaker", "许昆林": "chair"}
    assert [(g.indicator, g.target) for g in ex.goals] == [("沿江地区单位GDP能耗", "较2022年下降15%以上")]  # a change, bounded


@pytest.mark.parametrize("text,expected", [
    # a government post after a party post of a bare committee: 湖南省省长, not 湖南省委省长
    ("湖南省委常委会召开会议\n\n湖南日报4月22日讯 省委书记贺振邦主持召开省委常委会会议。省委副书记、省长毛启航，省委副书记尹卫华等省委常委出席会议。",
     {("贺振邦", "湖南省委书记"), ("毛启航", "湖南省委副书记"), ("毛启航", "湖南省省长"), ("尹卫华", "湖南省委副书记")}),
    ("北京市委常委、常务副市长夏晨曦通报上半年协同发展工作情况。", {("夏晨曦", "北京市委常委"), ("夏晨曦", "北京市常务副市长")}),
    # the second body of a chain is of the same zone; a name before 和 is another person
    ("15日下午，叶林生在共青城市主持召开座谈会，钟国平和赣江新区党工委书记、管委会主任汪志勇分别汇报了工作情况。",
     {("汪志勇", "赣江新区党工委书记"), ("汪志勇", "赣江新区管委会主任")}),
    # a body written with a bare 市 takes the city of the article
    ("北京市委书记、市推进京津冀协同发展领导小组组长邢国栋主持会议并讲话。",
     {("邢国栋", "北京市委书记"), ("邢国栋", "北京市推进京津冀协同发展领导小组组长")}),
])
def test_chains_of_posts_keep_each_body(text, expected):
    assert posts(run(text, date="2025-07-10")) == expected


def test_reporters_of_a_byline_take_no_part_and_the_most_specific_place_wins():
    ex = run("孙启航在河南主持召开黄河流域生态保护和高质量发展座谈会时强调\n\n"
             "新华社郑州9月17日电（记者 葛朝阳 林慕秋）中共中央政治局常委、国务院副总理孙启航17日在河南省郑州市主持召开"
             "黄河流域生态保护和高质量发展座谈会并讲话。", date="2025-09-18")
    [ev] = ex.events
    assert (ev.date, ev.place, roles(ev)) == (PartialDate(2025, 9, 17), "郑州", {"孙启航": "chair"})


def test_reports_heard_make_speakers():
    ex = run("湖南日报4月22日讯 4月22日，省委书记贺振邦主持召开省委常委会会议，听取一季度全省经济运行情况汇报。"
             "会议听取了副省长彭立军关于一季度全省经济运行情况的汇报。", date="2025-04-23")
    [ev] = ex.events
    assert roles(ev) == {"贺振邦": "chair", "彭立军": "speaker"}


def test_a_body_convenes_a_bare_meeting_and_a_briefing_is_a_speech():
    ex = run("本报北京7月9日讯（记者 苏明 郑雅琴）北京市推进京津冀协同发展领导小组9日在北京召开会议，部署下一阶段重点任务。"
             "北京市委书记邢国栋主持会议并讲话，北京市委常委、常务副市长夏晨曦通报上半年协同发展工作情况。", date="2025-07-10")
    [ev] = ex.events
    assert ev.label == "北京市推进京津冀协同发展领导小组会议"
    assert (ev.date, ev.place, roles(ev)) == (PartialDate(2025, 7, 9), "北京", {"邢国栋": "chair", "夏晨曦": "speaker"})


def test_same_day_an_unveiling_and_what_a_speaker_tells():
    ex = run("新华社北京11月19日电 国家发展和改革委员会19日在北京举行新闻发布会。国家发展改革委区域协调发展司副司长沈文涛介绍情况。"
             "沈文涛介绍，今年8月，生态环境部会同国家发展改革委等部门印发《长江流域重点水体生态保护修复方案（2025—2030年）》。"
             "记者从发布会上获悉，18日，长江经济带绿色发展研究中心在湖北省武汉市揭牌成立。"
             "国家发展改革委副主任黎承志、湖北省副省长葛雯共同为中心揭牌并致辞。", date="2025-11-20")
    by_date = {ev.date.iso(): ev for ev in ex.events}
    assert set(by_date) == {"2025-11-19", "2025-08", "2025-11-18"}
    assert (by_date["2025-11-19"].label, by_date["2025-11-19"].place, roles(by_date["2025-11-19"])) == (
        "新闻发布会", "北京", {"沈文涛": "speaker"})
    assert roles(by_date["2025-08"]) == {}  # the release told by 沈文涛, not attended by him
    assert (by_date["2025-11-18"].place, roles(by_date["2025-11-18"])) == ("武汉", {"黎承志": "speaker", "葛雯": "speaker"})
    assert not any("与" in o.name or "葛雯" in o.name for o in ex.organizations)


def test_the_day_of_the_meeting_and_an_opening_byline():
    ex = run("推动成渝地区双城经济圈建设重庆四川\n党政联席会议第十一次会议在宜宾召开\n\n本报记者　蒲晓岚　吴思远\n\n"
             "本报讯　昨天，推动成渝地区双城经济圈建设重庆四川党政联席会议第十一次会议在宜宾市召开。"
             "四川省委副书记、省长程光耀主持会议。\n\n当天上午，程光耀等一同来到宜宾三江新区，考察动力电池产业园。",
             date="2025-06-27")
    assert len(ex.events) == 2  # the headline and the lead tell one meeting: one article, not two
    assert {(ev.date.iso(), ev.place) for ev in ex.events} == {("2025-06-26", "宜宾"), ("2025-06-26", "宜宾三江新区")}


@pytest.mark.parametrize("text,expected", [
    ("座谈会明确，到2027年，黄河干流水质稳定达到Ⅱ类，水土保持率提高到68%；到2030年，流域万元地区生产总值用水量较2020年下降16%。",
     {("黄河干流水质", "Ⅱ类", "2027"), ("水土保持率", "68%", "2027"), ("流域万元地区生产总值用水量", "较2020年下降16%", "2030")}),
    ("会议提出，今年两地要确保共建重大项目年度投资达到4000亿元以上；到2027年，双城经济圈地区生产总值力争突破10万亿元。",
     {("共建重大项目年度投资", "4000亿元以上", "2025"), ("地区生产总值", "10万亿元", "2027")}),
    # this year's bounded figures are its targets; the scope measured over (全省, 城市群, 在晋) is not the indicator's name
    ("今年全省地区生产总值增长5%左右，城镇新增就业23万人以上，粮食总产量稳定在850亿斤以上。",
     {("地区生产总值", "增长5%左右", "2025"), ("城镇新增就业", "23万人以上", "2025"), ("粮食总产量", "850亿斤以上", "2025")}),
    ("到2027年，北部湾城市群地区生产总值突破3万亿元，北部湾港集装箱吞吐量达到1200万标准箱，在晋累计投资突破800亿元，实际使用外资年均增长10%以上。",
     {("地区生产总值", "3万亿元", "2027"), ("北部湾港集装箱吞吐量", "1200万标准箱", "2027"), ("累计投资", "800亿元", "2027"),
      ("实际使用外资", "年均增长10%以上", "2027")}),
    # a result so far is no target, bounded or not, nor a past year's figure; a plan's title states no intent
    ("今年以来，全省地区生产总值增长5.8%左右。", set()),
    ("《粤港澳大湾区发展规划纲要》印发实施5年来，2023年经济总量突破14万亿元。会议审议通过了《粤港澳大湾区建设2024年工作要点》。", set()),
    # a planned capacity is due only by a deadline of its own clause; a deadline written after a target is not its
    ("推动哈尔滨新区智算中心规划建设2000P智能算力，到2027年，冰雪旅游人次突破4亿人次。",
     {("智能算力", "2000P", None), ("冰雪旅游人次", "4亿人次", "2027")}),
    # the indicator starts after the deadline written inside the clause, and after 提出
    ("《实施方案》到2027年双城经济圈经济总量突破10万亿元。会议提出明年全省地区生产总值增长5.5%左右。",
     {("经济总量", "10万亿元", "2027"), ("地区生产总值", "增长5.5%左右", "2026")}),
    ("今年以来，一季度地区生产总值同比增长5.8%。要确保全年地区生产总值增长5.5%左右、粮食播种面积稳定在7150万亩以上。",
     {("地区生产总值", "增长5.5%左右", "2025"), ("粮食播种面积", "7150万亩以上", "2025")}),
    ("方案提出，到2\n027年，全国建成“5G+工业互联网”项目超过2万个，培育30个以上具有行业影响力的工业互联网平台。",
     {("“5G+工业互联网”项目", "2万个", "2027"), ("具有行业影响力的工业互联网平台", "30个以上", "2027")}),
    # a list of a plan period's aims, each due at its end; a quoted name inside an indicator; scopes between cities
    ("全会提出，“十五五”时期全省经济社会发展的主要目标是：地区生产总值年均增长5%左右；全社会研发经费投入强度达到2.1%；"
     "单位地区生产总值能耗降低12%左右。到2027年，三市间城际铁路通达时间缩短至1小时以内，"
     "东北三省一区间省际高速公路通道达到30条，企业开办“一件事”事项达到200项以上。",
     {("地区生产总值", "年均增长5%左右", "2030"), ("全社会研发经费投入强度", "2.1%", "2030"),
      ("单位地区生产总值能耗", "降低12%左右", "2030"), ("城际铁路通达时间", "1小时以内", "2027"),
      ("省际高速公路通道", "30条", "2027"), ("企业开办“一件事”事项", "200项以上", "2027")}),
])
def test_targets_with_their_own_deadline_and_bound(text, expected):
    ex = run(text, date="2025-07-10")
    assert {(g.indicator, g.target, g.deadline.iso() if g.deadline else None) for g in ex.goals} == expected


def test_zones_villages_and_county_short_names_need_their_province():
    ex = run("川渝高竹新区、川南渝西融合发展试验区等合作平台建设提速。叶林生来到张庄村和永修县星火工业园。"
             "北京大兴国际机场临空经济区累计引进项目200余个。九江又是鄱阳湖入江口所在地。", date="2025-07-10")
    names = {p.name for p in ex.places}
    assert {"川渝高竹新区", "川南渝西融合发展试验区", "张庄村", "星火工业园", "北京大兴国际机场临空经济区"} <= names
    assert "江口县" not in names  # 入江口 names no county of 贵州


def test_organisations_joined_in_one_span_are_split_or_dropped():
    ex = run("该中心由国家发展改革委与湖北省人民政府共同组建。青海、山西等省区党委和政府负责同志参加座谈会。", date="2025-07-10")
    names = {o.name for o in ex.organizations}
    assert "湖北省人民政府" in names
    assert not any(("与" in n or "等" in n) for n in names)


def test_basins_autonomous_counties_by_short_name_and_zones_jieba_splits():
    ex = run("要推动长江流域生态修复。到2027年，通州区与三河、大厂、香河之间主要通道通勤时间控制在30分钟以内。"
             "雄安新区“三校一院”交钥匙项目运行平稳。15日，他来到共青城市，调研赣江新区产业发展情况。", date="2025-07-10")
    names = {p.name for p in ex.places}
    assert {"长江流域", "大厂回族自治县", "雄安新区", "赣江新区"} <= names
    assert not any(n.startswith("调研") for n in names)


def test_the_day_before_a_call_and_its_escort():
    ex = run("韩城召开座谈会\n\n本报讯（记者 乔一帆）9月3日，韩城市推动高质量发展座谈会在韩城经济技术开发区召开。"
             "市委书记韦振东主持会议并讲话。\n\n会前一天，韦振东到芝川镇调研秋粮生产，市委常委、秘书长滕越川陪同。",
             date="2025-09-04")
    by_date = {ev.date.iso(): ev for ev in ex.events}
    assert roles(by_date["2025-09-03"]) == {"韦振东": "chair"}
    assert (by_date["2025-09-02"].place, roles(by_date["2025-09-02"])) == ("芝川镇", {"韦振东": "other", "滕越川": "attendee"})


def test_a_call_headline_a_guest_escorted_and_posts_of_a_company():
    ex = run("鲍文澜会见中国华岳新材料集团有限公司客人\n\n本报成都5月21日讯（记者 向晴）21日，省委书记鲍文澜在成都会见"
             "中国华岳新材料集团有限公司党委书记、董事长宗启航一行。\n\n当天下午，宗启航一行在副省长闻立新陪同下前往德阳，视察企业。",
             date="2025-05-22")
    assert {("鲍文澜", "四川省委书记"), ("宗启航", "中国华岳新材料集团有限公司党委书记"),
            ("宗启航", "中国华岳新材料集团有限公司董事长")} <= posts(ex)
    assert {(ev.date.iso(), ev.place) for ev in ex.events} == {("2025-05-21", "成都"), ("2025-05-21", "德阳")}
    visit = next(ev for ev in ex.events if ev.place == "德阳")
    assert roles(visit) == {"宗启航": "other", "闻立新": "attendee"}


def test_a_dateline_city_and_two_acts_in_one_sentence():
    ex = run("新华社北京11月25日电（记者 宁可欣）国家发展和改革委员会25日举行新闻发布会。国家发展改革委新闻发言人严松涛主持发布会并介绍，"
             "经中央区域协调发展领导小组今年9月召开的第七次全体会议审议通过，国家发展改革委于11月21日印发该实施方案。",
             date="2025-11-26")
    assert {(ev.date.iso(), ev.place) for ev in ex.events} == {("2025-11-25", "北京"), ("2025-09", None), ("2025-11-21", None)}


def test_a_local_congress_meets_in_its_city_and_an_opening_ceremony():
    ex = run("本报三亚6月16日讯（记者 林书远）16日，三亚市第八届人民代表大会常务委员会第二十六次会议举行。"
             "市人大常委会主任杭明哲主持会议。\n\n"
             "本报海口6月16日讯 6 月 16 日上午，2025海南自由贸易港全球招商大会开幕式在海口国际会展中心举行。"
             "当天下午，海南自由贸易港国际投资服务中心在海口江东新区揭牌，副省长岑立波出席揭牌仪式并致辞。", date="2025-06-17")
    assert {(ev.date.iso(), ev.place) for ev in ex.events} == {
        ("2025-06-16", "三亚"), ("2025-06-16", "海口国际会展中心"), ("2025-06-16", "海口江东新区")}


@pytest.mark.parametrize("text,expected", [
    ("到2027年，三亚将完成城镇老旧小区改造120个，中心城区建成区绿化覆盖率提高到45%。",
     {("城镇老旧小区改造", "120个", "2027"), ("中心城区建成区绿化覆盖率", "45%", "2027")}),
    # the work with its verb names the indicator (新开工, 新建改造), the verb of getting it done (完成) does not
    ("到2026年，新开工城市快速路项目8个，新建改造城市燃气管网300公里以上。",
     {("新开工城市快速路项目", "8个", "2026"), ("新建改造城市燃气管网", "300公里以上", "2026")}),
    ("到2027年，人均地区生产总值最高与最低省份之比控制在4.2倍以内，城乡居民人均可支配收入比控制在2.3以内，三省间省际高铁通道达到10条。",
     {("人均地区生产总值最高与最低省份之比", "4.2倍以内", "2027"), ("城乡居民人均可支配收入比", "2.3以内", "2027"),
      ("省际高铁通道", "10条", "2027")}),
])
def test_targets_of_work_done_ratios_and_counts(text, expected):
    ex = run(text, date="2025-07-10")
    assert {(g.indicator, g.target, g.deadline.iso() if g.deadline else None) for g in ex.goals} == expected


@pytest.mark.parametrize("text,expected", [
    ("黑龙江省委常委、哈尔滨市委书记韦振东主持会议。市委常委、常务副市长郝景岳参加会议。",
     {("韦振东", "黑龙江省委常委"), ("韦振东", "哈尔滨市委书记"), ("郝景岳", "哈尔滨市委常委"), ("郝景岳", "哈尔滨市常务副市长")}),
    ("中国（黑龙江）自由贸易试验区哈尔滨片区管委会主任卢晓阳发言。", {("卢晓阳", "中国（黑龙江）自由贸易试验区哈尔滨片区管委会主任")}),
    ("哈尔滨龙江精工电机股份有限公司董事长贲立强发言。", {("贲立强", "哈尔滨龙江精工电机股份有限公司董事长")}),
])
def test_posts_with_rare_surnames_asides_and_deputy_mayors(text, expected):
    assert posts(run(text, date="2025-09-04")) == expected


def test_a_full_name_with_和_is_one_body_and_generic_bodies_are_no_nodes():
    ex = run("国家发展和改革委员会25日举行新闻发布会。习近平总书记听取了上海市委和市政府工作汇报。"
             "中国华岳新材料集团有限公司党委书记、董事长宗启航说，集团党委高度重视。", date="2025-11-26")
    names = {o.name for o in ex.organizations}
    assert "改革委员会" not in names and "国家发展改革委" in names
    assert {"上海市委", "上海市政府"} <= names
    assert not names & {"集团党委", "党委", "集团"}


def test_a_city_paper_headline_roles_an_escort_and_a_signing_at_a_ceremony():
    ex = run("全市推进郑州航空港经济综合实验区\n高质量发展大会召开\n\n高启鸣讲话　孟德川主持\n\n"
             "本报讯（记者 邢　瑶）6 月 5 日下午，全市推进郑州航空港经济综合实验区高质量发展大会在航空港区召开。"
             "市委书记高启鸣出席并讲话，市委副书记、市长孟德川主持。\n\n"
             "当天上午，高启鸣、孟德川来到中牟县，察看郑汴现代物流枢纽项目。中牟县委书记秦晓川陪同。", date="2025-06-06")
    assert {("高启鸣", "郑州市委书记"), ("孟德川", "郑州市市长")} <= posts(ex)
    meeting = next(ev for ev in ex.events if ev.label.endswith("大会"))
    assert roles(meeting) == {"高启鸣": "speaker", "孟德川": "chair"}
    visit = next(ev for ev in ex.events if ev.place == "中牟县")
    assert roles(visit) == {"高启鸣": "other", "孟德川": "other", "秦晓川": "attendee"}


def test_an_act_at_a_ceremony_a_visit_told_again_and_a_site_named_after_its_county():
    ex = run("本报成都6月14日电 13日下午，两省对口合作项目签约仪式在成都市天府新区举行。"
             "程安澜、施广平出席仪式并代表两省政府签署《框架协议》。\n\n考察期间，代表团一行先后来到成都、德阳等地。",
             date="2025-06-15")
    [signing] = ex.events
    assert (signing.date.iso(), signing.place, roles(signing)) == (
        "2025-06-13", "成都市天府新区", {"程安澜": "attendee", "施广平": "attendee"})
    ex = run("本报讯 9 月 28 日上午，南翠铁路开通运营仪式在广东省广州市南沙区南沙枢纽站举行。省委书记龙毓成宣布南翠铁路开通运营。"
             "项目于2021年12月开工建设。", date="2025-09-29")
    assert {(ev.date.iso(), ev.place) for ev in ex.events} == {("2025-09-28", "南沙枢纽站"), ("2021-12", None)}
    opening = next(ev for ev in ex.events if ev.place == "南沙枢纽站")
    assert roles(opening) == {"龙毓成": "speaker"}


def test_a_headline_and_its_subhead_stay_apart_from_the_lead():
    doc = read_text("交通运输部通报前7个月交通运输经济运行情况\n1—7月完成交通固定资产投资2.1万亿元\n\n"
                    "本报北京8月20日电（记者 方　可）交通运输部20日举行8月例行新闻发布会。", "t", date="2025-08-21")
    assert doc.articles[0].sentences[-1].text.startswith("本报北京8月20日电")
    [ev] = extract(doc).events
    assert (ev.date.iso(), ev.place) == ("2025-08-20", "北京")


def test_a_tour_told_by_where_the_visitor_went_and_a_signing_after_a_call():
    ex = run("新华社南昌5月21日电 国务院副总理魏承远21日上午在南昌主持召开座谈会。\n\n"
             "5 月 19 日至 20 日，魏承远在江西省委书记易鸿斌、省长胡启明陪同下，先后来到九江、南昌两市，深入湖口县了解情况。",
             date="2025-05-22")
    tour = next(ev for ev in ex.events if ev.end_date is not None)
    assert (tour.date.iso(), tour.end_date.iso(), tour.place) == ("2025-05-19", "2025-05-20", "江西")
    assert roles(tour) == {"魏承远": "other", "易鸿斌": "attendee", "胡启明": "attendee"}
    ex = run("本报讯 6月12日，云南省委副书记、省长岑立峰在昆明会见中国远衡建设集团有限公司党组书记、董事长韩宗岳一行。\n\n"
             "会见后，岑立峰、韩宗岳出席签约仪式。副省长孟昭远与黎俊川代表双方签署《战略合作协议》。", date="2024-06-13")
    signing = next(ev for ev in ex.events if ev.label == "签约仪式")
    assert (signing.date.iso(), signing.place) == ("2024-06-12", "昆明")
    assert roles(signing) == {"岑立峰": "attendee", "韩宗岳": "attendee", "孟昭远": "other", "黎俊川": "other"}


def test_an_opening_byline_after_a_long_headline_block_and_a_target_after_a_year():
    doc = read_text("全市自贸试验区长沙片区建设推进会召开\n钟泽霖讲话　陶景明主持\n以制度型开放引领高水平开放\n\n本报记者　周　睿\n\n"
                    "8月27日下午，全市推进会在长沙经济技术开发区召开。会议提出，到2030年单位地区生产总值能耗较2024年下降12%。",
                    "t", date="2024-08-28")
    assert len(doc.articles) == 1  # the byline opens the story that follows
    ex = extract(doc)
    assert [(g.indicator, g.target, g.deadline.iso()) for g in ex.goals] == [("单位地区生产总值能耗", "较2024年下降12%", "2030")]


def test_names_ending_in_和_and_byline_names_cut_by_the_column():
    ex = run("天津市委书记孔繁星，河北省委副书记、省长柏清和，国务院副秘书长邵敬川出席座谈会。", date="2025-05-18")
    assert ("柏清和", "河北省省长") in posts(ex)
    ex = run("本报成都6月14日电（记者 王　澍 祁\n晓峰）6月12日，会议召开。", date="2025-06-15")
    assert {p.name for p in ex.persons} == {"王澍", "祁晓峰"}


def test_meetings_mentioned_in_passing_are_events_but_not_the_one_reported():
    ex = run("本报讯　4月18日，中共陕西省委常委会召开会议。省委书记韦向阳主持会议。会议决定，中国共产党陕西省第十四届委员会"
             "第六次全体会议于4月下旬在西安召开。座谈会认为，去年9月在武汉召开的三省座谈会以来，合作加快。"
             "省委副书记、省长庞继业出席会议。", date="2024-04-19")
    by_date = {ev.date.iso(): ev for ev in ex.events}
    assert {(d, ev.place) for d, ev in by_date.items()} == {("2024-04-18", None), ("2024-04", "西安"), ("2023-09", "武汉")}
    assert roles(by_date["2024-04-18"]) == {"韦向阳": "chair", "庞继业": "attendee"}


def test_a_tour_told_by_where_the_visitor_went_and_by_places_run_together():
    ex = run("郗立群在鄂尔多斯包头巴彦淖尔调研时强调\n\n本报记者　戈　平\n\n11月28日至12月2日，自治区党委书记郗立群先后深入鄂尔多斯、"
             "包头、巴彦淖尔3市，围绕黄河流域生态保护进行调研。", date="2025-12-03")
    assert spans(ex) == [("2025-11-28", "2025-12-02", "内蒙古")]
    ex = run("禚立新在嘉善平湖调研时强调\n\n本报讯（记者　费　丹）昨天，市委书记禚立新赴嘉善县、平湖市，围绕产业转型升级开展调研。",
             date="2025-07-16")
    assert when_where(ex) == [("2025-07-15", "嘉兴")]


def test_a_spaced_date_in_the_lead_dates_the_headline_meeting():
    ex = run("北部湾城市群建设省际联席会议\n第四次会议在南宁召开\n\n新华社南宁3月5日电（记者　覃思远　韦　宁）北部湾城市群建设省际联席会议"
             "第四次会议 5 日上午在广西南宁召开。广西壮族自治区党委书记蓝振邦主持会议并讲话。", date="2025-03-06")
    assert [(str(e.date), e.place, roles(e)) for e in ex.events] == [("2025-03-05", "南宁", {"蓝振邦": "chair"})]


def test_a_meeting_to_come_is_an_event_and_its_date_does_not_date_what_follows():
    ex = run("本报讯　昨天，市委书记禚立新赴嘉善县调研。今年9月，开发者大会将在祥符荡科创绿谷举办。随后，他来到嘉善经济技术开发区，"
             "调研重大产业项目推进情况。", date="2025-07-16")
    # (the stop after 随后 is dated by the visit, not by the meeting to come)
    assert when_where(ex) == [("2025-07-15", "嘉善县"), ("2025-09", "祥符荡科创绿谷"), ("2025-07-15", "嘉善经济技术开发区")]


def test_a_meeting_named_short_in_a_headline_and_in_full_later_is_one_event():
    ex = run("山东省十四届人大二次会议明年1月召开\n\n本报济南12月1日讯　会议决定：山东省第十四届人民代表大会第二次会议于2024年1月在济南召开。")
    assert [(e.label, str(e.date), e.place) for e in ex.events] == [("山东省第十四届人民代表大会第二次会议", "2024-01", "济南")]


def test_a_four_line_headline_block_is_not_a_cut_paragraph_and_its_whole_lines_stay_apart():
    ex = run("深化闽宁协作　共谱山海情新篇\n宁夏党政代表团赴福建学习考察\n闽宁协作第二十九次联席会议在福州召开\n仉振华詹启航出席并讲话\n\n"
             "　　本报福州5月31日电（记者　马　骁）5 月 29日至 31 日，宁夏回族自治区党委书记仉振华率宁夏党政代表团赴福建学习考察，"
             "并出席闽宁协作第二十九次联席会议。\n\n　　30日上午，闽宁协作第二十九次联席会议在福州召开。", date="2025-05-31")
    assert set(when_where(ex)) == {("2025-05-29", "福建"), ("2025-05-30", "福州")}
    ex = run("省委常委会召开会议\n传达学习中央有关会议精神　听取一季度全省经济运行情况汇报\n韦向阳主持\n\n本报讯　4月18日，中共陕西省委常委会召开会议，"
             "听取一季度全省经济运行情况汇报。省委书记韦向阳主持会议。\n\n会议听取了副省长杜婉清关于全省春耕生产工作情况的汇报。", date="2024-04-19")
    assert [(str(e.date), roles(e)) for e in ex.events] == [("2024-04-18", {"韦向阳": "chair", "杜婉清": "speaker"})]


def test_zones_of_city_clusters_and_ports_and_no_route_or_organ_as_a_place():
    ex = run("北部湾城市群和关中平原城市群加快发展，马鞍山郑蒲港新区扩能。东莞至香港航线开通。海南省委自由贸易港工作委员会召开会议。", date="2025-07-10")
    names = {p.name for p in ex.places}
    assert {"北部湾城市群", "关中平原城市群", "马鞍山郑蒲港新区"} <= names
    assert not any("至" in n or "委" in n or n == "新区" for n in names)


def test_a_meeting_told_only_as_recent_is_in_the_papers_month_and_a_groundbreaking_the_next_day():
    ex = run("本报海口10月16日讯　10月15日下午，省委书记邹海平主持召开省委自由贸易港工作委员会会议。近日，省政府与海关总署召开封关运作准备工作联席会议。"
             "\n\n次日上午，海南自由贸易港封关运作重点项目集中开工活动在洋浦经济开发区举行。省长符一鸣出席并宣布开工，冼景辉主持。", date="2025-10-16")
    got = roles_when_where(ex)
    assert got[("2025-10", None)] == {}
    assert got[("2025-10-16", "洋浦经济开发区")] == {"符一鸣": "speaker", "冼景辉": "chair"}


def test_meetings_mentioned_in_passing_take_their_own_date_and_place():
    ex = run("会议认为，2020年8月扎实推进长三角一体化发展座谈会在合肥召开以来，特别是去年6月在江苏召开的2025年度主要领导座谈会以来，"
             "三省一市坚持上海龙头带动。", date="2026-06-06")
    assert {(e.label, str(e.date), e.place) for e in ex.events} == {
        ("扎实推进长三角一体化发展座谈会", "2020-08", "合肥"), ("2025年度主要领导座谈会", "2025-06", "江苏")}


def test_a_page_of_two_stories_with_headline_blocks_and_a_leader_named_by_a_word():
    ex = run("省推动长江经济带发展领导小组会议召开\n綦文彬主持并讲话\n\n本报讯（记者　笪　婧）4月18日，安徽省推动长江经济带发展领导小组2024年"
             "第一次全体会议在合肥召开。省长綦文彬主持会议并讲话。\n\n万全在宣城调研时强调\n加快建设皖南国际文化旅游示范区\n\n"
             "本报讯（记者　蒯　蕾）4月16日至17日，省政协主席万全率调研组赴宣城市，围绕“加快建设皖南国际文化旅游示范区”开展专题调研。\n\n"
             "17日下午，万全在宣城主持召开座谈会，宣城市委书记贲海峰汇报了宣城市文化旅游发展情况。", date="2024-04-19")
    got = roles_when_where(ex)
    assert got == {("2024-04-18", "合肥"): {"綦文彬": "chair"}, ("2024-04-16", "宣城"): {"万全": "other"},
                   ("2024-04-17", "宣城"): {"万全": "chair", "贲海峰": "speaker"}}


def test_an_autonomous_prefecture_by_its_short_name():
    ex = run("甘肃省长在定西临夏调研\n\n新华社兰州7月3日电　7月1日至2日，甘肃省委副书记、省长祁鸿远在定西市和临夏回族自治州调研。", date="2024-07-03")
    assert when_where(ex) == [("2024-07-01", "甘肃")]


def test_hosts_listed_with_their_posts_and_a_company_delegation_with_its_committee():
    ex = run("本报讯　10月27日，省委书记蓝岳峰，省委副书记、省长卓一凡在太原会见中国宏聚能源集团有限公司党委书记、董事长厍国栋，"
             "党委副书记、总经理向前一行。当天下午，卓一凡会见了星衍科技集团董事局主席隗思远一行。", date="2025-10-28")
    assert {("向前", "中国宏聚能源集团有限公司党委副书记"), ("向前", "中国宏聚能源集团有限公司总经理"),
            ("隗思远", "星衍科技集团董事局主席")} <= posts(ex)
    assert roles(ex.events[0]) == {"蓝岳峰": "other", "卓一凡": "other", "厍国栋": "other", "向前": "other"}
    assert "星衍科技集团" in {o.name for o in ex.organizations}


@pytest.mark.parametrize("page,paper", [
    ("2024年4月19日 星期五    安徽日报    要闻 3\n\n会议召开\n\n本报讯 4月18日，会议在合肥召开。", "安徽日报"),
    ("国新办举行新闻发布会\n2026-03-18 10:12　来源：澎湃新闻\n\n3月18日，国务院新闻办公室举行新闻发布会。", "澎湃新闻"),
])
def test_the_paper_of_the_page_header_or_source_line_is_an_organisation(page, paper):
    assert paper in {o.name for o in run(page, date="2026-03-18").organizations}


def test_a_central_body_before_a_direction_word():
    ex = run("这是党中央东西部协作战略部署的生动实践。")
    assert {o.name for o in ex.organizations} == {"中共中央"}
    assert "党中央" in {a for o in ex.organizations for a in o.aliases}


def test_a_project_started_recently_in_a_zone():
    ex = run("日前，肇庆高新区新能源汽车零部件产业园项目开工。肇庆市委书记仇立恒宣布项目开工，市委副书记、市长戚慧敏致辞。", date="2025-06-24")
    assert [(str(e.date), e.place, roles(e)) for e in ex.events] == [("2025-06", "肇庆高新区", {"仇立恒": "speaker", "戚慧敏": "speaker"})]


def test_days_counted_from_the_day_just_told_and_hosts_joining_the_visit():
    ex = run("闽宁协作第二十九次联席会议在福州召开\n仉振华詹启航出席并讲话\n\n本报福州5月31日电（记者　马　骁）5月29日至31日，宁夏回族自治区党委书记"
             "仉振华率宁夏党政代表团赴福建学习考察。福建省委书记詹启航，省委副书记、省长游思远分别参加有关活动。\n\n"
             "30日上午，闽宁协作第二十九次联席会议在福州召开。詹启航主持会议并讲话。\n\n次日上午，代表团来到厦门，考察了厦门港海沧港区。"
             "当天下午，闽宁（厦门）产业合作推介会在厦门举行，福建省副省长阙宏伟出席。", date="2025-06-01")
    got = roles_when_where(ex)
    assert got[("2025-05-29", "福建")] == {"仉振华": "other", "詹启航": "attendee", "游思远": "attendee"}
    # 当天下午 after 次日上午: the fair is on the 31st, the day just told, not on the meeting's day
    assert {d for d, p in got if p == "厦门"} == {"2025-05-31"}


def test_a_visit_and_a_meeting_told_in_one_sentence_each_where_its_own_clause_says():
    ex = run("新华社沈阳7月15日电（记者　宫　铭）中共中央政治局委员、国务院副总理郗建平14日至15日在辽宁调研，15日下午在沈阳主持召开"
             "推动东北全面振兴座谈会。当天下午召开的座谈会上，辽宁省委书记阎立军发言。", date="2025-07-16")
    got = roles_when_where(ex)
    assert got == {("2025-07-14", "辽宁"): {"郗建平": "other"}, ("2025-07-15", "沈阳"): {"郗建平": "chair", "阎立军": "speaker"}}


def test_a_group_and_a_leading_group_named_in_full_once_then_by_their_kind():
    ex = run("本报讯　10月30日，宁夏回族自治区建设黄河流域生态保护和高质量发展先行区领导小组召开会议。自治区党委书记、领导小组组长逯长河主持会议。"
             "随后，他考察重庆赛博睿驰汽车科技集团智能工厂，集团党委书记、董事长庹宗林介绍了企业研发情况。文化和旅游部资源开发司副司长伍晓晨出席。",
             date="2024-10-31")
    assert {("逯长河", "宁夏回族自治区建设黄河流域生态保护和高质量发展先行区领导小组组长"),
            ("庹宗林", "重庆赛博睿驰汽车科技集团党委书记"), ("庹宗林", "重庆赛博睿驰汽车科技集团董事长"),
            ("伍晓晨", "文化和旅游部资源开发司副司长")} <= posts(ex)
    assert "领导小组" not in {o.name for o in ex.organizations}


def test_a_news_agency_dateline_with_a_spaced_date():
    ex = run("新华社重庆 4 月 23 日电\n（记者　宫　雪　吕　航）国务院总理祁正阳23日在重庆主持召开座谈会。", date="2025-04-25")
    assert {("宫雪", "新华社记者"), ("吕航", "新华社记者")} <= posts(ex)


def test_zones_named_with_their_city_abbreviated_and_stops_in_two_zones_of_one_city():
    ex = run("3月11日，市委副书记、市长高明到郑州经开区调研。在郑州经开综合保税区，高明察看了跨境电商监管中心。", date="2026-03-13")
    assert [e.place for e in ex.events] == ["郑州经开区", "郑州经开综合保税区"]
    ex = run("本报讯　8月20日，禚明远来到日照，考察日照港石臼港区、日照综合保税区，了解港口运营情况。", date="2025-08-21")
    assert [e.place for e in ex.events] == ["日照"]
    ex = run("座谈会在河北雄安新区召开。", date="2025-05-18")
    assert {"雄安新区"} <= {a for p in ex.places for a in p.aliases}


def test_a_single_site_inspected_is_the_visits_place():
    ex = run("22日，祁正阳来到两江新区，考察重庆赛博睿驰汽车科技集团智能工厂，集团党委书记、董事长庹宗林介绍了企业研发和生产情况。", date="2025-04-25")
    assert when_where(ex) == [("2025-04-22", "重庆赛博睿驰汽车科技集团智能工厂")]


def test_a_visit_by_where_the_leader_went_before_a_comma_and_a_meeting_mentioned_with_a_spaced_date():
    ex = run("本报记者　毛　毅\n\n8 月 19 日至 20 日，省委副书记、省长禚明远到青岛、日照两市，调研港口转型升级和综合保税区建设。", date="2025-08-21")
    assert when_where(ex) == [("2025-08-19", "山东")]
    ex = run("3月26日，长江中游三省协同推动高质量发展座谈会在南昌召开。会前，与会人员参观了长江中游三省协同发展成果展。他说，去年 3 月在长沙召开的座谈会以来，三省携手落实合作事项。",
             date="2026-03-27")
    assert set(when_where(ex)) >= {("2026-03-26", "南昌"), ("2025-03", "长沙")}
    assert any((str(e.date), e.place) == ("2026-03-26", "南昌") and "成果展" in e.label for e in ex.events)


def test_a_bare_standing_committee_convenes_a_plant_starts_production_and_a_leader_named_by_a_verb():
    ex = run("本报讯（记者　苏　航）12月26日，省委常委会召开会议，传达学习中央经济工作会议精神。省委书记戚国梁主持会议。\n\n"
             "碳纤维项目投产\n\n本报讯　昨天，吉林长融碳纤维有限公司年产2万吨高性能碳纤维项目在吉林化学工业循环经济示范园区投产。副省长巩固出席投产仪式。"
             "\n\n希望双方推动更多重大项目落地投产。", date="2024-12-27")
    got = roles_when_where(ex)
    assert got == {("2024-12-26", None): {"戚国梁": "chair"}, ("2024-12-26", "吉林化学工业循环经济示范园区"): {"巩固": "attendee"}}


def test_a_delegations_stops_at_named_sites_later_that_day():
    ex = run("本报记者　于　澄\n\n昨天，市委书记房立川率北京市党政代表团赴河北学习考察。河北省委书记阚学林陪同考察并参加座谈。\n\n"
             "昨天上午，代表团首先来到雄安商务服务中心，听取新区规划建设情况介绍。\n\n下午，代表团来到保定·中关村创新中心，考察京冀两地科技成果转化情况。",
             date="2025-09-27")
    got = roles_when_where(ex)
    assert got == {("2025-09-26", "河北"): {"房立川": "other", "阚学林": "attendee"}, ("2025-09-26", "雄安商务服务中心"): {},
                   ("2025-09-26", "保定·中关村创新中心"): {}}


def test_a_bare_body_completed_with_the_articles_province_keeps_the_texts_form():
    ex = run("本报成都12月10日讯　12月9日，四川省委常委会召开扩大会议。省委书记宓建国主持会议。省政府、省政协有关负责同志参加会议。", date="2025-12-10")
    orgs = {o.name: set(o.aliases) for o in ex.organizations}
    assert "省委" in orgs.get("四川省委", set()) and "省政协" in orgs.get("四川省政协", set())


def test_a_standing_bodys_meeting_after_a_visit_is_not_at_the_visits_place():
    ex = run("本报讯　3月11日，市委副书记、市长高明到郑州经开区调研。当天下午，高明还主持召开市政府常务会议，研究部署一季度经济运行工作。", date="2026-03-13")
    assert when_where(ex) == [("2026-03-11", "郑州经开区"), ("2026-03-11", None)]


def test_credit_lines_with_padded_names_and_rare_surnames_before_role_verbs():
    ex = run("会议召开。自治区水利厅厅长纳国庆通报了黄河宁夏段水资源情况。研究所所长戢晓光围绕双城经济圈作辅导报告。\n\n"
             "本报记者　马　骏　实习生　禹　乐\n\n责任编辑：谭　晓　　美术编辑：柯　然\n责任编辑　白　雪\n（责任编辑　杭　帆）", date="2024-10-31")
    assert {("禹乐", "实习生"), ("谭晓", "责任编辑"), ("柯然", "美术编辑"), ("白雪", "责任编辑"), ("杭帆", "责任编辑")} <= posts(ex)
    assert {"纳国庆", "戢晓光"} <= {p.name for p in ex.persons}
    # a name that is also a word, after a post and before a word that follows names; not a verb of saying
    ex = run("江西省委副书记、省长庄严通报了三省合作事项推进情况。省委书记强调指出，要抓好落实。", date="2026-03-27")
    assert posts(ex) == {("庄严", "江西省委副书记"), ("庄严", "江西省省长")}


def test_a_guest_companys_province_is_neither_the_articles_nor_a_place():
    ex = run("戚国梁　韩　屹会见昝文博一行\n\n本报讯（记者　苏　航）12月25日，省委书记戚国梁、省长韩屹在长春会见了浙江远拓控股集团有限公司董事长昝文博一行。",
             date="2024-12-27")
    assert {("戚国梁", "吉林省委书记"), ("韩屹", "吉林省省长")} <= posts(ex)
    assert {p.name for p in ex.places} == {"长春"}


def test_a_forum_going_on_in_two_places_written_as_one_word_and_a_route_opened_years_ago():
    ex = run("“东北—华南”海铁联运通道自2020年8月开通以来，累计开行班列超过2.8万列。9月25日至27日，2025东北全面振兴发展论坛正在辽宁沈阳举办。"
             "开通初期日均客流约2.5万人次。", date="2025-09-26")
    assert set(when_where(ex)) == {("2020-08", None), ("2025-09-25", "沈阳")}


def test_a_delegation_comes_to_a_city_by_its_abbreviation_and_a_bare_symposium_dated_and_placed():
    ex = run("本报讯（记者　韩　旭）11月5日至6日，甘肃省委书记钮宏伟，省委副书记、省长鲍春燕率甘肃省党政代表团来津学习考察。"
             "昨天下午，两省市在津举行座谈会。市委书记蔺振邦主持并讲话，钮宏伟致辞。", date="2025-11-07")
    got = roles_when_where(ex)
    assert got == {("2025-11-05", "天津"): {"钮宏伟": "other", "鲍春燕": "other"},
                   ("2025-11-06", "天津"): {"蔺振邦": "chair", "钮宏伟": "speaker"}}


def test_a_zones_committee_named_by_its_kind_and_credits_abbreviated():
    ex = run("横琴粤澳深度合作区管理委员会全体会议在横琴召开。广东省委副书记、省长、合作区管委会主任符卓然主持会议。"
             "调研组考察了豫南茶油实业有限公司，与公司董事长晏春林交流。\n\n责编：喻　丹　　美编：向　洁", date="2025-03-19")
    assert {("符卓然", "横琴粤澳深度合作区管委会主任"), ("晏春林", "豫南茶油实业有限公司董事长"), ("喻丹", "责编"), ("向洁", "美编")} <= posts(ex)


def test_those_who_answer_reporters_questions_speak():
    ex = run("新华社北京3月10日电　国务院新闻办公室10日举行新闻发布会。国家发展改革委区域协调发展司司长和亚东，湖北省副省长褚海宁、"
             "江西省副省长夏侯敏答记者问。新闻发言人隗晓静主持发布会。", date="2026-03-11")
    assert [roles(e) for e in ex.events] == [{"和亚东": "speaker", "褚海宁": "speaker", "夏侯敏": "speaker", "隗晓静": "chair"}]


def test_a_meeting_at_a_two_character_venue_a_port_of_entry_and_what_the_meeting_recalled():
    ex = run("3月18日下午，横琴粤澳深度合作区管理委员会2025年第一次全体会议在横琴召开。符卓然主持会议。\n\n会前，符卓然一同来到横琴口岸，"
             "察看分线管理运行情况。\n\n会议审议通过《横琴粤澳深度合作区2025年工作要点》。会议指出，2021年9月中共中央、国务院印发"
             "《横琴粤澳深度合作区建设总体方案》以来，合作区建设取得积极进展。", date="2025-03-19")
    # 横琴: the zone the body is named after, called by the name it opens with
    assert set(when_where(ex)) == {("2025-03-18", "横琴粤澳深度合作区"), ("2025-03-18", "横琴口岸"), ("2021-09", None)}
    assert "横琴" in next(p.aliases for p in ex.places if p.name == "横琴粤澳深度合作区")


def test_a_site_inside_a_zone_and_a_stop_told_by_its_site_on_the_day_just_told():
    ex = run("2月26日上午，武汉都市圈发展推进大会在武汉国际博览中心召开。会前，滕光远、帅晓峰等来到东湖高新区光谷科学岛，察看重大科技基础设施建设进展。",
             date="2026-02-27")
    assert ("2026-02-26", "光谷科学岛") in set(when_where(ex))
    ex = run("本报讯　3月11日，市长高明到郑州经开区调研。\n\n在郑州经开综合保税区，高明察看了跨境电商监管中心。", date="2026-03-13")
    assert when_where(ex) == [("2026-03-11", "郑州经开区"), ("2026-03-11", "郑州经开综合保税区")]


def test_a_venue_named_from_its_city_is_the_meetings_place():
    ex = run("北京市推进京津冀协同发展领导小组9日在北京城市副中心召开会议。市委书记邢国栋主持会议。", date="2025-07-10")
    assert when_where(ex) == [("2025-07-09", "北京城市副中心")]
    ex = run("京津冀协同发展座谈会9日在北京召开。", date="2025-07-10")
    assert [e.place for e in ex.events] == ["北京"]


def test_the_papers_own_city_completes_bare_posts_and_a_region_ends_a_zone():
    ex = run("天津日报2025年11月7日　星期五　第1版\n\n本报讯　昨天，两省市在津举行座谈会。市委书记蔺振邦主持。", date="2025-11-07")
    assert ("蔺振邦", "天津市委书记") in posts(ex) and "天津日报" in {o.name for o in ex.organizations}
    assert {p.name for p in run("广东正举全省之力推进粤港澳大湾区建设，武汉长江新区加快发展。").places} >= {"粤港澳大湾区", "武汉长江新区"}


def test_names_the_recogniser_cuts_short_after_a_post_or_before_a_comma():
    ex = run("国务院港澳事务办公室主任戚允和，香港特别行政区行政长官李家超出席。广西壮族自治区党委书记仝海平发言。")
    assert {p.name for p in ex.persons} == {"戚允和", "李家超", "仝海平"}


def test_no_zone_across_a_function_word_a_count_or_a_government():
    names = {p.name for p in run("湖南将以长沙为引领，武汉、长沙、南昌三大都市圈同城化。《河北省人民政府关于深化雄安新区建设的意见》印发。"
                                 "宜宾三江新区加快建设。").places}
    assert not any(("将以" in n or "三大" in n or "政府" in n) for n in names)
    assert {"雄安新区", "宜宾三江新区"} <= names


def test_a_leading_groups_office_named_with_its_verb_and_no_meeting_as_a_body():
    orgs = {o.name for o in run("推动长江经济带发展领导小组办公室负责同志介绍。武汉都市圈发展推进大会在武汉国际博览中心召开。"
                                "湖北等省委负责同志出席。").organizations}
    assert "推动长江经济带发展领导小组办公室" in orgs
    assert not any("大会" in o or o.startswith("等") for o in orgs)


def test_credit_lines_padded_with_two_spaces_and_a_name_before_a_word_that_follows_names():
    ex = run("第1版·要闻　　　　责任编辑：付  宁\n\n本报讯（记者 陈  曦）昨天，省委书记黄维民主持召开省委常委会会议。习近平总书记明确指出，要抓好落实。"
             "\n\n（本版责任编辑：王  莹）", date="2025-03-20")
    assert posts(ex) >= {("付宁", "责任编辑"), ("陈曦", "记者"), ("黄维民", "省委书记"), ("王莹", "责任编辑")}
    assert "明确" not in {p.name for p in ex.persons}


def test_a_tour_of_three_cities_listed_after_到_and_run_together_in_the_headline():
    ex = run("蓝国华在钦州北海防城港调研时强调\n\n4月10日至11日，广西壮族自治区党委副书记、自治区主席蓝国华到钦州、北海、防城港三市调研西部陆海新通道建设。",
             date="2025-04-12")
    assert when_where(ex) == [("2025-04-10", "广西")]
    assert {p.name for p in ex.places} >= {"钦州", "北海", "防城港"}


def test_a_campaign_launched_an_exhibition_at_a_venue_and_no_launch_asked_for():
    ex = run("昨日上午，由西安市绿化委员会主办的2026年春季义务植树活动在长安区子午街道启动。", date="2026-02-26")
    assert when_where(ex) == [("2026-02-25", "子午街道")]
    ex = run("11月25日，吉林省委常委会召开会议。会前，省委常委会成员集体参观了在吉林省博物院举办的“振兴之路”吉林发展成就展。"
             "会议要求，确保12月18日全岛封关运作顺利启动。", date="2024-11-26")
    assert set(when_where(ex)) == {("2024-11-25", None), ("2024-11-25", "吉林省博物院")}


def test_approvals_and_laws_taking_effect_are_events():
    ex = run("2022年3月，国家发展改革委复函同意《西安都市圈发展规划》。2023年4月1日，《中华人民共和国黄河保护法》施行。"
             "去年12月，国务院批复《横琴粤澳深度合作区总体发展规划》。", date="2024-04-20")
    assert {str(e.date) for e in ex.events} == {"2022-03", "2023-04-01", "2023-12"}
    # a law that took effect is an event (自2023年4月1日起施行 told later); one adopted today that will take effect is not yet
    ex = run("本报讯 6月26日，省人大常委会会议审议通过《河南省黄河流域水土保持条例》，条例自2025年9月1日起施行。"
             "黄河保护法自2023年4月1日起施行。", date="2025-06-27")
    assert "2025-09-01" not in {str(e.date) for e in ex.events} and "2023-04-01" in {str(e.date) for e in ex.events}


def test_meetings_recalled_with_以来_where_they_were_held_or_where_the_delegation_went():
    ex = run("4月16日，推动成渝地区双城经济圈建设重庆四川党政联席会议第十二次会议在内江召开。会议指出，去年10月在重庆市綦江区召开第十一次会议以来，"
             "两省市坚持“川渝一盘棋”。去年11月福建省党政代表团赴宁夏考察并召开第二十八次联席会议以来，两省区合作深化。", date="2026-04-17")
    assert set(when_where(ex)) == {("2026-04-16", "内江"), ("2025-10", "綦江区"), ("2025-11", "宁夏")}


def test_one_who_explains_a_draft_speaks_and_a_two_character_leader_before_察看():
    ex = run("12月9日，四川省委常委会召开扩大会议。省委书记宓建国主持会议。省发展改革委主任昝丽华就实施方案起草情况作说明。", date="2025-12-10")
    assert roles(ex.events[0]) == {"宓建国": "chair", "昝丽华": "speaker"}
    ex = run("本报讯　3月11日，市长高明到郑州经开区调研。\n\n在郑州经开综合保税区，高明察看了跨境电商监管中心。", date="2026-03-13")
    assert [roles(e) for e in ex.events] == [{"高明": "other"}, {"高明": "other"}]


def test_names_padded_with_two_spaces_and_a_compound_surname_padded():
    ex = run("就业双选会在西安举办\n\n本报记者  车  雯\n\n本报讯 9月11日，就业双选会在西安国际会展中心举办。", date="2025-09-12")
    assert posts(ex) == {("车雯", "记者")}
    ex = run("湖南日报11月29日讯（全媒体记者 龙一舟 通讯员 欧阳  岚）会议今天上午在长沙闭幕。", date="2024-11-30")
    assert ("欧阳岚", "通讯员") in posts(ex)


def test_a_site_is_named_without_the_city_and_county_written_before_it():
    ex = run("新华社银川9月19日电 18日上午，汤立新来到石嘴山市大武口区星海湖国家湿地公园，察看采煤沉陷区生态修复成果。", date="2025-09-20")
    assert when_where(ex) == [("2025-09-18", "星海湖国家湿地公园")]
    assert {"石嘴山", "大武口区"} <= {p.name for p in ex.places}


def test_a_visit_told_first_without_its_days_is_the_visit_told_with_them():
    ex = run("新华社银川9月19日电 中共中央总书记、国家主席汤立新近日在宁夏考察时强调，要坚持以水定城。\n\n"
             "9月17日至19日，汤立新在宁夏回族自治区党委书记史鸣和自治区政府主席马骏陪同下，先后来到中卫、石嘴山、银川等地进行调研。", date="2025-09-20")
    assert len(ex.events) == 1
    visit = ex.events[0]
    assert (str(visit.date), str(visit.end_date), visit.place) == ("2025-09-17", "2025-09-19", "宁夏")
    assert roles(visit) == {"汤立新": "other", "史鸣": "attendee", "马骏": "attendee"}


def test_a_session_told_at_its_close_spans_from_its_opening():
    ex = run("湖南日报11月29日讯 湖南省第十四届人民代表大会常务委员会第十三次会议今天上午在长沙闭幕。省人大常委会主任伍思源主持闭幕会并讲话。"
             "省人大常委会副主任卢静、仇海、符建中、阳卫东，秘书长邓伦出席。本次会议于11月27日开幕。", date="2024-11-30")
    assert spans(ex) == [("2024-11-27", "2024-11-29", "长沙")]
    assert roles(ex.events[0]) == {"伍思源": "chair", "卢静": "attendee", "仇海": "attendee", "符建中": "attendee",
                                   "阳卫东": "attendee", "邓伦": "attendee"}
    # the deputies listed after one title all hold it
    assert {n for n, post in posts(ex) if post == "湖南省人大常委会副主任"} == {"卢静", "仇海", "符建中", "阳卫东"}


def test_a_name_ending_in_同_before_what_the_person_does():
    ex = run("本报广州讯 4月14日至16日，省委书记、省人大常委会主任钱景同率江西省党政代表团赴广东学习考察。"
             "15日上午，两省在广州举行经济社会发展交流座谈会。广东省委书记任卫主持座谈会并讲话，钱景同讲话。", date="2025-04-17")
    assert {p.name for p in ex.persons} == {"钱景同", "任卫"}
    assert roles_when_where(ex)[("2025-04-15", "广州")] == {"任卫": "chair", "钱景同": "speaker"}


def test_a_provincial_paper_s_bare_posts_are_its_province_s_when_the_story_is_elsewhere():
    ex = run("江西日报\n\n江西省党政代表团赴广东学习考察\n\n本报广州讯 4月14日至16日，省委书记钱景同率江西省党政代表团赴广东学习考察。",
             date="2025-04-17")
    assert posts(ex) >= {("钱景同", "江西省委书记")}


def test_closing_lines_of_attendance_name_the_visit_and_the_report_s_symposium():
    ex = run("本报广州讯 4月14日至16日，省委书记钱景同率江西省党政代表团赴广东学习考察。15日上午，两省在广州举行经济社会发展交流座谈会。"
             "广东省委书记任卫主持座谈会并讲话。\n\n16日下午，代表团在东莞召开江西在粤企业家座谈会，钱景同讲话。\n\n"
             "江西省领导邱岩、甘露参加考察和座谈。广东省领导伍伟参加座谈。", date="2025-04-17")
    found = roles_when_where(ex)
    assert {"邱岩", "甘露"} <= set(found[("2025-04-14", "广东")])
    assert {"邱岩", "甘露", "伍伟"} <= set(found[("2025-04-15", "广州")])
    assert not {"邱岩", "甘露", "伍伟"} & set(found[("2025-04-16", "东莞")])


def test_posts_of_a_chain_a_signing_and_a_company_s_chair():
    ex = run("江西日报\n\n本报广州讯 15日上午，两省在广州举行座谈会。广东省委书记、省人大常委会主任冯立主持座谈会并讲话。"
             "国家发展改革委副主任蓝启出席。副省长柴晓主持签约仪式，并与河南省副省长秦泽代表两省政府签约。"
             "省委书记方舟会见中国华瑞能源集团有限公司董事长、党委书记江川一行。", date="2025-04-17")
    assert posts(ex) >= {("冯立", "广东省人大常委会主任"), ("柴晓", "江西省副省长"), ("秦泽", "河南省副省长"),
                         ("江川", "中国华瑞能源集团有限公司党委书记")}
    assert not any("并与" in post or "发展改革委副省长" in post or "公司中国" in post for _, post in posts(ex))


def test_a_canal_is_not_two_counties_of_two_provinces():
    ex = run("广西壮族自治区人民政府副主席韦天表示，广西将全力推进平陆运河建设，确保今年平陆运河建成通航。嘉善平湖两地要深化合作。")
    names = {p.name for p in ex.places}
    assert not {"平陆县", "运河区"} & names
    assert {"嘉善县", "平湖"} <= names or {"嘉善县", "平湖市"} <= names


@pytest.mark.parametrize("text,expected", [
    # a count after what is built, opened or held: the verb names no part of it
    ("会议明确，到2027年，全省建成通用机场30个以上，开通低空航线300条以上。", {("通用机场", "30个以上", "2027"), ("低空航线", "300条以上", "2027")}),
    ("今年全市实施省市重点项目1200个以上。", {("省市重点项目", "1200个以上", "2025")}),
    # a time cut to a compound duration, a water class kept, the scope of two provinces left out
    ("到2027年，两省间省际高速公路通道达到6条，西安至郑州高铁最快旅行时间压缩至1小时30分钟以内。",
     {("省际高速公路通道", "6条", "2027"), ("西安至郑州高铁最快旅行时间", "1小时30分钟以内", "2027")}),
    ("根据协议，到2030年，两省黄河干流出省断面水质稳定保持Ⅱ类。", {("黄河干流出省断面水质", "Ⅱ类", "2030")}),
    ("到2027年，川渝两地研发经费投入强度达到2.6%。", {("研发经费投入强度", "2.6%", "2027")}),
    # this year's target told as the year's 预期目标 / 目标任务, after a verb of getting it done
    ("确保实现国内生产总值增长5%左右的预期目标。", {("国内生产总值", "增长5%左右", "2025")}),
    ("锚定全年地区生产总值增长6%左右的目标。", {("地区生产总值", "增长6%左右", "2025")}),
])
def test_targets_counted_cut_to_a_time_and_this_year_s(text, expected):
    ex = run(text, date="2025-03-05")
    assert {(g.indicator, g.target, str(g.deadline)) for g in ex.goals} == expected


def test_bodies_after_a_clause_joined_by_和_and_departments_and_the_country_s_parts():
    ex = run("次日上午，任远来到北海市铁山港区，实地察看铁山港东港区泊位建设和广西海钜不锈钢制品有限公司技改项目。"
             "汤立在宁夏回族自治区党委书记史鸣和自治区政府主席马骏陪同下，先后来到中卫。"
             "两省发展改革、水利、交通运输、文化和旅游部门签署了协议。江西将在中部地区崛起中勇争先。", date="2025-03-05")
    orgs = {o.name for o in ex.organizations}
    assert "广西海钜不锈钢制品有限公司" in orgs
    assert not any("建设和" in o or "史鸣" in o for o in orgs) and "文化和旅游部" not in orgs
    assert "中部地区" in {p.name for p in ex.places}


def test_several_sites_inspected_are_placed_in_the_city_holding_them():
    ex = run("本报讯 25日上午，三省党政领导考察城陵矶港和湖南岳阳绿色化工高新技术产业开发区。", date="2025-04-17")
    assert when_where(ex) == [("2025-03-25", "岳阳")]
    ex = run("本报讯 14日，代表团考察了前海深港现代服务业合作区和深圳星河微电子有限公司，了解现代服务业发展情况。", date="2025-04-17")
    assert when_where(ex) == [("2025-04-14", "深圳")]
    # (but where the visitor went names the place: 来到…铁山港区，察看…和…)
    ex = run("本报讯 16日上午，任远来到北海市铁山港区，实地察看铁山港东港区泊位建设和广西海通不锈钢制品有限公司技改项目。", date="2025-04-17")
    assert when_where(ex) == [("2025-04-16", "铁山港区")]


def test_a_tour_report_its_stops_and_its_escort():
    ex = run("新华社沈阳8月21日电 中共中央政治局常委、国务院副总理方继川8月20日至21日在辽宁调研。\n\n"
             "在辽宁省委副书记、省长石立群陪同下，方继川先后来到大连、沈阳等地调研。\n\n"
             "20日，他在大连港大窑湾港区察看集装箱装卸作业。在大连船舶重工集团有限公司，他走进总装车间，详细询问建造情况。\n\n"
             "21日上午，方继川来到沈阳市铁西区，在沈鼓集团察看大型压缩机组研制情况。", date="2025-08-22")
    assert spans(ex) == [
        ("2025-08-20", "2025-08-21", "辽宁"), ("2025-08-20", "None", "大窑湾港区"),
        ("2025-08-20", "None", "大连船舶重工集团有限公司"), ("2025-08-21", "None", "沈鼓集团")]
    assert roles(ex.events[0]) == {"方继川": "other", "石立群": "attendee"}
    assert all(roles(e) == {"方继川": "other"} for e in ex.events[1:])  # 他 is the visitor, not his escort


def test_a_mayor_s_inspection_of_project_sites_and_the_meeting_told_again_that_afternoon():
    ex = run("洛阳日报\n\n本报讯 昨日，市长訾立带队调研部分重点项目建设情况，并出席在伊滨区召开的全市重大项目建设现场推进会。"
             "副市长上官远、邬平参加调研和推进会。\n\n"
             "上午，訾立一行首先来到涧西区中信重工智能制造产业园项目现场，察看厂房建设和设备安装进度。\n\n"
             "下午，现场推进会在伊滨区新能源电池产业园举行，与会人员实地观摩了产业园二期项目。\n\n推进会由上官远主持。", date="2024-05-09")
    # (伊滨区, a district outside the gazetteer, is left out of the site's name as a county would be)
    assert sorted(when_where(ex)) == [
        ("2024-05-08", "中信重工智能制造产业园"), ("2024-05-08", "新能源电池产业园"), ("2024-05-08", "洛阳")]
    assert roles_when_where(ex)[("2024-05-08", "新能源电池产业园")]["上官远"] == "chair"
    ex = run("本报讯 16日下午，代表团前往广州南沙港区四期自动化码头，了解智慧港口建设情况。", date="2025-04-18")
    assert when_where(ex) == [("2025-04-16", "广州南沙港区四期自动化码头")]  # a harbour district is part of the site's name


def test_the_canonical_tour_sentence_and_the_sites_of_a_city_secretary_s_visit():
    ex = run("新华社南宁11月7日电（记者 覃岚）中共中央政治局常委、国务院副总理邝维近日在广西考察。\n\n"
             "11月5日至7日，邝维在广西壮族自治区党委书记蓝振，自治区党委副书记、自治区主席韦承陪同下，先后来到南宁、钦州、柳州等地，"
             "深入港口码头、园区企业和高校院所考察调研。\n\n自治区副主席麻春分别参加有关活动。\n\n"
             "7日下午，邝维在南宁听取了广西壮族自治区党委和政府工作汇报。", date="2024-11-08")
    visit = roles_when_where(ex)[("2024-11-05", "广西")]
    assert visit == {"邝维": "other", "蓝振": "attendee", "韦承": "attendee", "麻春": "attendee"}
    ex = run("襄阳日报\n\n宓耀在襄阳高新区调研时强调\n\n本报讯（记者 揭帆）昨天，市委书记宓耀深入襄阳高新区，走企业、看项目、听意见，"
             "并主持召开企业家座谈会。\n\n在襄阳锐驰精密机械股份有限公司，他察看数控机床加工生产线。\n\n"
             "随后，宓耀来到新能源汽车零部件产业园二期项目建设现场，了解项目进度。\n\n当天下午，宓耀主持召开企业家座谈会。", date="2026-03-12")
    assert set(when_where(ex)) == {("2026-03-11", "襄阳高新区"), ("2026-03-11", "襄阳锐驰精密机械股份有限公司"),
                                   ("2026-03-11", "新能源汽车零部件产业园")}
    assert all("揭帆" not in roles(e) for e in ex.events)  # 他 is the secretary, not the reporter of the byline


def test_a_headline_s_symposium_its_names_line_and_a_name_before_共同():
    ex = run("黑龙江日报\n\n黑龙江省党政代表团赴广东学习考察\n两省举行经济社会发展交流座谈会\n冉东庞川讲话 黎岳柏松出席\n\n"
             "本报广州4月17日电 4月15日至17日，黑龙江省委书记庞川，省委副书记、省长柏松率黑龙江省党政代表团赴广东学习考察。\n\n"
             "17日上午，两省在广州举行座谈会。", date="2025-04-18")
    found = roles_when_where(ex)
    assert found[("2025-04-15", "广东")] == {"庞川": "other", "柏松": "other"}  # the names of the headline are the symposium's
    assert set(found[("2025-04-17", "广州")]) == {"冉东", "庞川", "黎岳", "柏松"}
    ex = run("3月18日下午，合作区管理委员会全体会议在横琴召开。广东省省长符然，澳门特别行政区行政长官欧阳靖共同主持会议并讲话。", date="2025-03-19")
    assert roles(ex.events[0]) == {"符然": "chair", "欧阳靖": "chair"}


@pytest.mark.parametrize("text,expected", [
    # a deadline's year opening a long indicator, and the region's scope before it
    ("力争到2027年东北地区全社会研发经费投入强度达到2.5%以上。要推动到2030年东北地区战略性新兴产业增加值占地区生产总值比重达到18%左右。",
     {("全社会研发经费投入强度", "2.5%以上", "2027"), ("战略性新兴产业增加值占地区生产总值比重", "18%左右", "2030")}),
    # the projects' investment, a half-year's target, a share of a plan that is no target
    ("确保全年重点项目完成投资1600亿元以上。力争上半年签约项目开工率达到60%以上。一季度完成年度投资计划的89%。",
     {("重点项目完成投资", "1600亿元以上", "2024"), ("签约项目开工率", "60%以上", "2024-06")}),
    ("到2030年，对口合作项目累计完成投资1500亿元。", {("对口合作项目累计完成投资", "1500亿元", "2030")}),
])
def test_targets_with_a_deadline_s_year_a_half_year_and_investment_completed(text, expected):
    ex = run(text, date="2024-05-09")
    assert {(g.indicator, g.target, str(g.deadline)) for g in ex.goals} == expected


def test_a_call_its_signing_witnessed_and_a_meeting_agreed_to_recur():
    ex = run("本报南昌讯 3月26日，省委书记蔺晖在南昌会见中国华能集团有限公司董事长芮澜一行。省长鲍峥参加会见。"
             "会见后，双方共同见证省政府与中国华能集团有限公司签署战略合作协议。双方商定，建立高层定期会商机制，每年召开一次工作推进会。",
             date="2025-03-27")
    assert [(str(e.date), e.place, e.trigger) for e in ex.events] == [("2025-03-26", "南昌", "会见"), ("2025-03-26", "南昌", "签署")]
    assert set(roles(ex.events[1])) == {"蔺晖", "芮澜", "鲍峥"}


def test_a_leading_group_s_plenary_told_日前_after_its_headline():
    ex = run("河北日报\n\n省推进京津冀协同发展领导小组召开全体会议\n郦升主持并讲话 笪远出席\n\n"
             "本报讯（记者 濮睿）日前，省推进京津冀协同发展领导小组召开全体会议，研究部署下一阶段重点工作。", date="2024-09-13")
    assert [(e.label, str(e.date)) for e in ex.events] == [("省推进京津冀协同发展领导小组全体会议", "2024-09")]


def test_a_masthead_with_its_english_name_and_works_counted_before_or_after_the_count():
    ex = run("江西日报\nJIANGXI DAILY\n2025年3月27日　星期四\n\n本报南昌讯 3月26日，省委书记蔺晖在南昌会见客人。", date="2025-03-27")
    assert "江西日报" in {o.name for o in ex.organizations}
    assert ("蔺晖", "江西省委书记") in posts(ex)
    ex = run("今年全省将实施500个以上绿色化改造项目。到2027年全省建成零碳（近零碳）园区20个。", date="2025-03-21")
    assert {(g.indicator, g.target, str(g.deadline)) for g in ex.goals} == {
        ("绿色化改造项目", "500个以上", "2025"), ("零碳（近零碳）园区", "20个", "2027")}
    ex = run("习近平总书记重要讲话充分肯定了长三角一体化发展战略提出并实施5年来所取得的成绩。")
    assert ex.goals == []  # five years so far: no target


def test_a_meeting_agreed_for_another_year_is_dated_by_the_year_of_its_name():
    ex = run("本报长沙6月18日讯 6月18日，长江中游三省协同推动高质量发展座谈会在长沙举行。"
             "会议商定，2026年长江中游三省协同推动高质量发展座谈会在江西举办。", date="2025-06-19")
    assert set(when_where(ex)) == {("2025-06-18", "长沙"), ("2026", "江西")}


def test_a_visit_of_listed_counties_and_its_symposium_told_again_on_its_day():
    ex = run("本报赣州讯 5月21日至22日，江西省委副书记、省长叶安在赣州市瑞金市、于都县、信丰县调研，并主持召开座谈会。\n\n"
             "22日下午，叶安在赣州市主持召开座谈会。黄明汇报了赣州工作情况，钟梁参加座谈会。", date="2025-05-23")
    visit = next(e for e in ex.events if e.trigger == "调研")
    assert (str(visit.date), str(visit.end_date), visit.place) == ("2025-05-21", "2025-05-22", "赣州")
    meetings = [e for e in ex.events if e.label == "座谈会"]
    assert len(meetings) == 1 and str(meetings[0].date) == "2025-05-22"
    assert set(roles(meetings[0])) == {"叶安", "黄明", "钟梁"}


def test_zones_with_a_bracketed_place_a_综合实验区_and_no_places_made_of_a_law_s_words():
    names = lambda text: {p.name for p in run(text, date="2025-03-05").places}  # noqa: E731
    assert "中国（广西）自由贸易试验区钦州港片区" in names("当天下午，他考察了中国（广西）自由贸易试验区钦州港片区。")
    assert "西部（成都）科学城" in names("在西部（成都）科学城，他察看重大科技基础设施建设进展。")
    assert "郑州航空港经济综合实验区" in names("推进郑州航空港经济综合实验区建设。")
    assert not {"湖南省城乡", "中华人民共和国"} & names("会议还审议了《湖南省城乡规划条例》和《中华人民共和国乡村振兴促进法》实施情况。")


def test_a_page_s_second_item_with_a_paper_s_dateline_and_a_visit_named_in_a_welcome():
    ex = run("甘肃日报\n\n省长在陇西调研\n\n本报讯 7月5日，省长郎飞在陇西县调研。\n\n兰洽会在兰州开幕\n扈蕾出席\n\n"
             "本报兰州7月7日讯（记者 仝磊）今天上午，第三十一届中国兰州投资贸易洽谈会在兰州国际会展中心开幕。副省长扈蕾出席开幕式。",
             date="2025-07-08")
    assert ("2025-07-07", "兰州国际会展中心") in when_where(ex)  # 今天 of the item's own dateline
    ex = run("本报讯 8月22日上午，省委书记谌阳在贵阳会见广东省委书记冼晖率领的广东省党政代表团。"
             "谌阳代表省委、省政府对代表团一行来黔考察表示欢迎。会见后，粤黔东西部协作联席会议召开。", date="2024-08-23")
    assert [(str(e.date), e.trigger) for e in ex.events] == [("2024-08-22", "会见"), ("2024-08-22", "召开")]


def test_the_symposium_closing_a_visit_is_on_its_last_day_and_a_dam_area_is_a_site():
    ex = run("新华社武汉10月15日电 国务院副总理荀衡14日至15日在湖北宜昌调研，并主持召开推动长江经济带高质量发展座谈会。\n\n"
             "14日下午，荀衡来到三峡枢纽坝区，登上坛子岭俯瞰大坝全貌。", date="2025-10-16")
    assert set(when_where(ex)) == {("2025-10-14", "宜昌"), ("2025-10-15", "宜昌"), ("2025-10-14", "三峡枢纽坝区")}


def test_a_city_wide_meeting_told_by_the_city_s_paper_is_in_the_city():
    ex = run("西安日报\n\n全市西安都市圈建设推进大会召开\n\n本报讯（记者 伍倩）昨日上午，全市西安都市圈建设推进大会召开。市委书记瞿恒出席并讲话。",
             date="2024-06-14")
    assert when_where(ex) == [("2024-06-13", "西安")]


def test_the_stops_of_a_visit_before_its_second_day_is_told_are_on_its_first_day():
    ex = run("甘肃日报\n\n本报讯 7月5日至6日，省长郎飞在定西市陇西县调研。\n\n"
             "在陇西文峰中药材市场，他走进交易大厅和仓储中心。\n\n随后，他来到甘肃陇原本草药业有限公司，察看中药饮片生产线。\n\n"
             "6日上午，郎飞来到巩昌镇城东社区养老服务中心，看望在此生活的老人。", date="2025-07-08")
    assert set(when_where(ex)) == {("2025-07-05", "陇西县"), ("2025-07-05", "陇西文峰中药材市场"),
                                   ("2025-07-05", "甘肃陇原本草药业有限公司"), ("2025-07-06", "城东社区养老服务中心")}


def test_an_invitation_to_visit_is_no_visit_and_the_paper_s_city_places_only_the_story_s_own_visit():
    ex = run("赣州市人民政府\n\n本报讯 6月10日至11日，市长兰骏率市政府代表团赴深圳市考察。\n\n"
             "兰骏说，欢迎企业到赣州考察投资。", date="2025-06-12")
    assert when_where(ex) == [("2025-06-10", "深圳")]


def test_a_part_of_the_site_just_told_is_that_stop_and_a_place_of_a_later_clause_is_not_the_visit_s():
    ex = run("本报讯 6月11日上午，代表团在南山区考察了深圳湾科技生态园。\n\n"
             "在园区展厅，兰骏仔细察看人工智能等领域的前沿产品，邀请企业到赣州设立研发中心。\n\n"
             "11日下午，兰骏仔细察看了低空经济产品，邀请企业到赣州投资。", date="2025-06-12")
    assert "赣州" not in {e.place for e in ex.events}
    assert len([e for e in ex.events if "前沿产品" in e.label]) == 0


def test_他_at_a_stop_of_a_visit_is_the_visitor():
    ex = run("新华社郑州10月15日电 10月13日，国务院总理甄衡在三门峡调研。\n\n"
             "三门峡市委书记黄宁汇报了黄河治理情况。随后，他来到三门峡天鹅湖国家城市湿地公园，了解湿地保护修复情况。", date="2025-10-16")
    stop = next(e for e in ex.events if e.place == "三门峡天鹅湖国家城市湿地公园")
    assert roles(stop) == {"甄衡": "other"}


def test_sites_visited_one_after_the_other_are_a_stop_each_unless_the_zone_holding_them_was_reached():
    ex = run("新华社南宁11月7日电 7日上午，副总理邝钧在柳州先后考察了上汽通用五菱汽车股份有限公司和广西柳工机械股份有限公司，"
             "察看新能源汽车总装线。", date="2024-11-08")
    assert set(when_where(ex)) == {("2024-11-07", "上汽通用五菱汽车股份有限公司"), ("2024-11-07", "广西柳工机械股份有限公司")}
    ex = run("本报讯 15日下午，代表团一抵达深圳，就先后来到深圳湾实验室和比亚迪股份有限公司，了解生物医药原始创新情况。",
             date="2025-04-17")
    assert {place for _, place in when_where(ex)} == {"深圳湾实验室", "比亚迪股份有限公司"}
    ex = run("本报讯 26日下午，代表团一行在省长韩平陪同下，先后来到吉林化纤集团和长春国际汽车城，实地考察汽车产业转型升级情况。",
             date="2025-08-28")
    assert {place for _, place in when_where(ex)} == {"吉林化纤集团", "长春国际汽车城"}
    ex = run("本报讯 8月20日下午，省委书记葛邦来到齐齐哈尔高新技术产业开发区，先后走进北疆重型装备有限公司和鹤城机器人产业园，"
             "了解大型铸锻件研发情况。", date="2025-08-23")
    assert [place for _, place in when_where(ex)] == ["齐齐哈尔高新技术产业开发区"]


def test_the_sites_those_at_a_meeting_went_to_see_are_a_stop_each():
    ex = run("本报连云港6月20日电 20日，沿海城市合作联席会议在连云港召开。会议期间，与会人员还考察了徐圩新区石化产业基地和"
             "江苏省海洋经济创新示范园。", date="2024-06-21")
    assert {("2024-06-20", "石化产业基地"), ("2024-06-20", "海洋经济创新示范园")} <= set(when_where(ex))  # the zone and province shed
    ex = run("本报讯 19日下午，与会代表实地考察了临沂商城国际物流园和兰陵县代村。", date="2024-06-20")
    assert {place for _, place in when_where(ex)} == {"临沂商城国际物流园", "兰陵县代村"}
    # a ruin and a former site are sites; 赣州 of 赣州港赤水作业区 is the city's short name, not a prefecture named in full
    ex = run("本报讯 当天上午，与会人员先后考察了南康区的赣州港赤水作业区和于都县的中央红军长征出发地旧址。", date="2024-06-20")
    assert {place for _, place in when_where(ex)} == {"赣州港赤水作业区", "中央红军长征出发地旧址"}


def test_who_gives_a_lecture_of_a_speaking_tour_speaks_and_a_venue_in_the_headline_s_city_is_the_place():
    ex = run("中国共产党湖北省第十三次代表大会在武汉开幕\n\n新华社武汉6月20日电（记者 程远）中国共产党湖北省第十三次代表大会"
             "20日上午在武汉洪山礼堂开幕。大会由省委副书记、省长韦志诚主持。", date="2027-06-21")
    assert set(when_where(ex)) == {("2027-06-20", "洪山礼堂")}
    ex = run("本报讯 11日上午，省委宣讲团全会精神宣讲报告会在徐州音乐厅举行。省委宣讲团成员、省社科院副院长贾明川作宣讲报告。"
             "市委书记房立恒主持报告会。", date="2024-09-12")
    assert roles(ex.events[0]) == {"贾明川": "speaker", "房立恒": "chair"}


def test_a_session_that_closes_having_completed_its_agenda_is_the_closing_sitting_its_chair_chairs():
    ex = run("本报讯（记者 程远）1月9日上午，开封市第十五届人民代表大会第四次会议在开封会议中心圆满完成各项议程，胜利闭幕。"
             "市委书记韦志诚等在主席台前排就座。大会执行主席房立恒主持闭幕大会。", date="2025-01-10")
    assert roles_when_where(ex) == {("2025-01-09", "开封会议中心"): {"房立恒": "chair", "韦志诚": "attendee"}}


def test_a_paper_and_its_app_in_a_dateline_name_no_place():
    ex = run("湖南日报·新湖南客户端5月14日讯（全媒体记者 谭越）5月14日下午，省委副书记、省长韦立强主持召开省政府第58次常务会议。",
             date="2025-05-15")
    assert set(when_where(ex)) == {("2025-05-14", None)}


def test_who_comes_to_guide_a_meeting_attends_and_paying_respects_at_a_memorial_is_a_visit():
    ex = run("本报讯 11日上午，省委宣讲团宣讲报告会在徐州音乐厅举行。市委书记房立恒主持报告会，中央组织部副部长贾明川到会指导。"
             "报告会前，省委党校副校长韦志诚瞻仰了淮海战役烈士纪念塔。", date="2024-09-12")
    assert roles_when_where(ex) == {("2024-09-11", "徐州音乐厅"): {"房立恒": "chair", "贾明川": "attendee"},
                                    ("2024-09-11", "淮海战役烈士纪念塔"): {"韦志诚": "other"}}


def test_a_lecture_on_a_topic_in_quotes_is_a_speech():
    ex = run("本报讯 6月12日，长江中游城市群省会城市合作联席会议在岳阳召开。湖南大学教授杜明川，国务院发展研究中心研究员贾明远"
             "围绕“新质生产力与区域协同”作专题报告。中南大学教授房立新作题为“长江岸线保护的法治保障”的辅导报告，市长韦守诚主持报告会。",
             date="2025-06-13")
    assert roles_when_where(ex) == {("2025-06-12", "岳阳"): {"杜明川": "speaker", "贾明远": "speaker", "房立新": "speaker",
                                                           "韦守诚": "chair"}}


def test_a_stop_told_again_by_its_site_is_that_stop_and_a_prefecture_s_short_name_is_shed():
    ex = run("本报讯 此前，21日至22日，代表团一行先后来到黔南州都匀市粤黔协作（都匀）产业园、惠水县好花红村，实地考察共建园区情况。\n\n"
             "在产业园，冼嘉辉走进入驻企业生产车间，详细了解企业用工情况。", date="2024-08-23")
    assert {place for _, place in when_where(ex)} == {"粤黔协作（都匀）产业园", "好花红村"}
    park = next(e for e in ex.events if e.place == "粤黔协作（都匀）产业园")
    assert roles(park) == {"冼嘉辉": "other"}


def test_a_long_subhead_stays_a_headline_and_its_meeting_is_the_body_s_meeting_told_in_the_text():
    ex = run("四川日报 2025年4月18日 星期五 第1版\n\n携手唱好新时代成渝“双城记”\n四川省党政代表团赴重庆学习考察\n"
             "推动成渝地区双城经济圈建设重庆四川党政联席会议第十一次会议召开\n杭远征龙绍坤讲话 邵明哲谭启忠出席\n\n"
             "本报讯（记者 罗  欣）4月16日至17日，四川省党政代表团赴重庆学习考察。\n\n17日下午，联席会议在重庆召开。",
             date="2025-04-18")
    assert set(when_where(ex)) == {("2025-04-16", "重庆"), ("2025-04-17", "重庆")}
    meeting = next(e for e in ex.events if str(e.date) == "2025-04-17")
    assert meeting.label in ("推动成渝地区双城经济圈建设重庆四川党政联席会议第十一次会议", "联席会议")


def test_a_meeting_of_two_days_told_after_its_name_and_delegates_visiting_two_sites_of_one_city():
    ex = run("新华社南宁11月17日电（记者 覃岚）西部陆海新通道省际协商合作联席会议第五次会议16日至17日在广西南宁召开。\n\n"
             "17日上午，与会代表赴钦州港东站、北部湾港钦州自动化集装箱码头实地考察。", date="2023-11-18")
    assert spans(ex) == [
        ("2023-11-16", "2023-11-17", "南宁"), ("2023-11-17", "None", "钦州")]


def test_a_headline_s_line_of_what_the_meeting_heard_is_that_meeting():
    ex = run("陕西日报 2024年4月19日 星期五 第1版\n\n省委常委会召开会议\n传达学习中央有关会议精神　听取一季度全省经济运行情况汇报\n"
             "研究部署二季度重点工作\n\n本报讯　4月18日，中共陕西省委常委会召开会议，听取一季度全省经济运行情况汇报。",
             date="2024-04-19")
    assert [(str(e.date), e.label) for e in ex.events] == [("2024-04-18", "中共陕西省委常委会会议")]


def test_a_stop_told_by_its_site_and_a_city_reached_on_the_next_day_is_no_stop_of_its_own():
    ex = run("本报讯 8月20日至22日，省委书记葛邦深入齐齐哈尔、大庆两市调研。\n\n"
             "20日上午，葛邦首先来到讷河市拉哈镇，察看大豆长势。在拉哈镇农机专业合作社，葛邦同合作社负责人和农机手交流。\n\n"
             "次日，葛邦来到大庆。随后，他来到肇源县茂兴镇，察看盐碱地综合治理项目。"
             "在大庆高新技术产业开发区，葛邦走进华瑞新材料股份有限公司。在华瑞公司装配车间，他同工人交流。", date="2024-08-23")
    stops = [(str(e.date), e.place) for e in ex.events if e.end_date is None]
    assert stops == [("2024-08-20", "拉哈镇"), ("2024-08-20", "拉哈镇农机专业合作社"), ("2024-08-21", "茂兴镇"),
                     ("2024-08-21", "华瑞新材料股份有限公司")]
    assert roles(ex.events[2]) == {"葛邦": "other"}


def test_a_delegation_comes_to_a_province_and_is_met_then_a_symposium_and_a_signing_follow():
    ex = run("吉林日报 2024年7月11日 星期四 第1版\n\n浙江省党政代表团来吉林考察\n褚鸿钧晏景川出席吉林浙江对口合作座谈会\n\n"
             "本报讯 7月9日至10日，浙江省委书记晏景川率浙江省党政代表团来吉林考察。\n\n"
             "10日上午，褚鸿钧在长春会见了晏景川一行。随后，吉林浙江对口合作座谈会召开。褚鸿钧主持并讲话。\n\n"
             "座谈会后，举行吉林浙江对口合作项目签约仪式。褚鸿钧、晏景川出席签约仪式。", date="2024-07-11")
    assert when_where(ex) == [
        ("2024-07-09", "吉林"), ("2024-07-10", "长春"), ("2024-07-10", "长春"), ("2024-07-10", "长春")]
    assert roles(ex.events[0])["晏景川"] == "other"
    assert roles(ex.events[3]) == {"褚鸿钧": "attendee", "晏景川": "attendee"}


def test_a_call_then_a_symposium_in_one_sentence_are_two_events_and_two_sites_seen_together_are_in_their_city():
    ex = run("四川日报\n\n本报讯 6月14日至15日，浙江省长俞景澄率浙江省党政代表团来川考察。15日上午，省委书记秦伯远在成都会见代表团一行，"
             "随后两省召开东西部协作座谈会。秘书长唐静涵参加会见和座谈。\n\n此前，代表团于14日下午考察了天府国际生物城和成都科学城。",
             date="2023-06-16")
    assert [(str(e.date), e.place, e.trigger) for e in ex.events] == [
        ("2023-06-14", "四川", "考察"), ("2023-06-15", "成都", "会见"), ("2023-06-15", "成都", "召开"), ("2023-06-14", "成都", "考察")]
    assert roles(ex.events[1]) == {"秦伯远": "other", "唐静涵": "attendee"}
    assert roles(ex.events[2])["唐静涵"] == "attendee"


def test_a_consultation_meeting_is_no_chamber_of_commerce_and_a_session_opened_on_an_earlier_day_spans_both():
    ex = run("本报讯 4月17日上午，长江中游城市群省会城市第十一届会商会在武汉举行。", date="2025-04-18")
    assert when_where(ex) == [("2025-04-17", "武汉")]
    ex = run("本报讯 11月28日，省十四届人大常委会第十三次会议在武汉闭幕。省人大常委会主任钟立衡主持闭幕会。会议于26日开幕。",
             date="2024-11-29")
    assert [(str(e.date), str(e.end_date)) for e in ex.events] == [("2024-11-26", "2024-11-28")]


def test_a_signing_witnessed_after_a_meeting_by_those_named_and_a_speech_at_its_ceremony():
    ex = run("本报讯 4月23日，推动成渝地区双城经济圈建设重庆四川党政联席会议第十一次会议在成都召开。\n\n"
             "会后，梁启峰、邵宏远共同见证川渝合作重大项目集中签约。四川省副省长苏晓岚在签约仪式上致辞。", date="2025-04-24")
    signing = ex.events[1]
    assert (str(signing.date), signing.place) == ("2025-04-23", "成都")
    assert roles(signing) == {"梁启峰": "attendee", "邵宏远": "attendee", "苏晓岚": "speaker"}


def test_the_zone_inspected_in_a_city_and_a_meeting_later_told_at_its_venue_on_the_visit_s_second_day():
    ex = run("本报讯 21日上午，唐伯钧在防城港市考察了防城港国际医学开放试验区。", date="2024-03-22")
    assert [e.place for e in ex.events] == ["防城港国际医学开放试验区"]
    ex = run("本报讯（记者 曹阳）9月13日至14日，省长蒋立行深入雄安新区调研，并主持召开现场办公会。13日上午，蒋立行来到容东片区。"
             "次日上午，蒋立行来到雄安站，了解站城一体化开发情况。随后，蒋立行在雄安市民服务中心主持召开现场办公会。", date="2023-09-15")
    meeting = next(e for e in ex.events if e.label == "现场办公会")
    assert (str(meeting.date), meeting.place) == ("2023-09-14", "雄安市民服务中心")
    assert roles(meeting)["蒋立行"] == "chair"


def test_two_companies_entered_in_a_zone_are_a_stop_at_the_zone_one_company_is_a_stop_at_the_company():
    ex = run("本报讯 9月4日上午，陆怀远在苏州调研。在昆山开发区，陆怀远走进昆山智联光电科技有限公司和江苏华芯新材料有限公司。"
             "在大庆高新技术产业开发区，陆怀远走进华瑞新材料股份有限公司。随后，他来到姑苏区的苏州大学附属第一医院。", date="2024-09-06")
    assert [e.place for e in ex.events][1:] == ["昆山开发区", "华瑞新材料股份有限公司", "苏州大学附属第一医院"]


def test_goal_indicators_without_their_scope_and_a_ratio_of_the_same_subject():
    ex = run("潘建业介绍，到2026年，全省数字经济核心产业增加值突破7000亿元、占地区生产总值比重达到11%以上。"
             "到2027年，四市地区生产总值总量力争突破7万亿元，经济圈地区生产总值突破10万亿元，京津冀区域铁路营业里程达到1.25万公里，"
             "海南离岛免税年销售额达到800亿元，西安至郑州高铁最快旅行时间缩短至1小时30分钟以内。力争全年实际使用外资突破3亿美元。",
             date="2025-01-10")
    goals = {(g.indicator, g.target) for g in ex.goals}
    assert goals == {("数字经济核心产业增加值", "7000亿元"), ("数字经济核心产业增加值占地区生产总值比重", "11%以上"),
                     ("地区生产总值总量", "7万亿元"), ("地区生产总值", "10万亿元"), ("铁路营业里程", "1.25万公里"),
                     ("离岛免税年销售额", "800亿元"), ("西安至郑州高铁最快旅行时间", "1小时30分钟以内"), ("实际使用外资", "3亿美元")}


def test_a_plenary_session_told_with_a_comma_before_its_days_and_its_sittings_in_its_city():
    ex = run("辽宁日报\n\n中国共产党辽宁省第十三届委员会\n第十次全体会议在沈阳举行\n\n本报讯 中国共产党辽宁省第十三届委员会第十次全体会议，"
             "于11月27日至28日在沈阳举行。\n\n27日上午，全会举行第一次全体会议。省长鲁承泽主持会议。\n\n"
             "全会审议通过了《中共辽宁省委关于制定辽宁省国民经济和社会发展第十五个五年规划的建议》。", date="2025-11-29")
    assert spans(ex) == [
        ("2025-11-27", "2025-11-28", "沈阳"), ("2025-11-27", "None", "沈阳")]


def test_a_works_start_held_at_once_in_several_venues_is_its_headline_s_and_its_speakers_are_its_own():
    ex = run("曲靖市第二季度重大项目集中开工\n\n本报讯 5月24日，曲靖市2023年第二季度重大项目集中开工活动在麒麟区主会场和宣威市、"
             "陆良县分会场同步举行。市委书记窦立成宣布项目开工，市长尹学谦致辞。", date="2023-05-26")
    [ev] = ex.events
    assert (str(ev.date), ev.place) == ("2023-05-24", "麒麟区")
    assert roles(ev) == {"窦立成": "speaker", "尹学谦": "speaker"}


def test_a_name_broken_after_its_surname_和_is_one_name():
    ex = run("副省长段明川、和\n玉珍、刘德森出席会议，省政府秘书长孔令浩列席会议。")
    assert [p.name for p in ex.persons] == ["段明川", "和玉珍", "刘德森", "孔令浩"]


def test_sites_listed_after_the_county_reached_are_one_stop_there_and_a_headline_visit_is_its_lead_s():
    ex = run("卢振声在川渝毗邻地区调研时强调\n\n新华社成都11月2日电 10月31日至11月2日，四川省长卢振声在广安、达州调研。\n\n"
             "当天下午，卢振声前往邻水县，先后走进邻水县高滩川渝合作示范园区、御临河流域生态治理现场和柑子镇柑子村。", date="2023-11-03")
    assert spans(ex) == [
        ("2023-10-31", "2023-11-02", "四川"), ("2023-10-31", "None", "邻水县")]


def test_a_paper_s_dateline_city_places_its_story_s_meeting():
    ex = run("江西日报\n\n省委常委会召开会议\n\n本报南昌讯（记者 钟毅）12月30日，省委常委会召开会议，传达学习中央经济工作会议精神。"
             "省委书记尹振华主持会议并讲话。", date="2025-12-31")
    assert when_where(ex)[0] == ("2025-12-30", "南昌")
    ex = run("本报综合讯 12月30日，省委常委会召开会议。", date="2025-12-31")
    assert [e.place for e in ex.events] == [None]


def test_sites_listed_on_the_day_just_told_are_a_stop_each_and_each_is_told_again_by_a_short_name():
    ex = run("本报讯 7月10日至11日，浙江省委书记沈卫邦率浙江省党政代表团来疆考察。\n\n10日下午，自治区党委书记祁承泽在乌鲁木齐会见代表团一行。"
             "\n\n次日，代表团赴阿克苏地区考察。"
             "沈卫邦一行先后来到阿克苏纺织工业城、温宿县柯柯牙荒漠绿化工程纪念馆、阿克苏市依干其乡巴格其村和浙江援建的阿克苏地区第二中学，"
             "详细了解产业援疆情况。在纺织工业城，沈卫邦察看浙江企业生产车间。在学校，沈卫邦走进教室和实验室。", date="2025-07-12")
    stops = [(str(e.date), e.place) for e in ex.events if e.label.startswith("来到")]
    assert stops == [("2025-07-11", "阿克苏纺织工业城"), ("2025-07-11", "柯柯牙荒漠绿化工程纪念馆"), ("2025-07-11", "巴格其村"),
                     ("2025-07-11", "阿克苏地区第二中学")]
    assert len(ex.events) == 3 + len(stops)


def test_a_zone_named_by_its_kind_after_its_full_name_and_a_call_just_before_a_symposium():
    ex = run("本报讯 10月31日上午，卢振声来到川渝高竹新区，察看新区规划展示馆。当天，川渝高竹新区2023年第四季度重大项目集中开工仪式在新区举行。",
             date="2023-11-03")
    assert [e.place for e in ex.events] == ["川渝高竹新区", "川渝高竹新区"]
    ex = run("本报讯 11月2日上午，卢振声在达州主持召开万达开川渝统筹发展示范区建设座谈会。\n\n"
             "座谈会前，卢振声会见了谭明川、吴庆丰一行，双方就推进万达开综合交通枢纽建设进行了交流。", date="2023-11-03")
    call = ex.events[1]
    assert (str(call.date), call.place, call.trigger) == ("2023-11-02", "达州", "会见")
    assert set(roles(call)) == {"卢振声", "谭明川", "吴庆丰"}


def test_宁_in_an_article_about_宁夏_and_a_talk_a_signing_and_an_unveiling_on_the_next_day():
    ex = run("宁夏日报\n\n本报讯 11月13日至14日，省长骆敬平率福建省党政代表团来宁考察。\n\n13日上午，自治区党委书记杭文泰在银川会见骆敬平一行。"
             "\n\n随后，双方举行会谈。杭文泰、骆敬平分别讲话。\n\n会后举行闽宁协作项目签约仪式，骆敬平、马骥见证签约。\n\n"
             "次日上午，骆敬平、杭文泰在银川市永宁县闽宁镇共同为闽宁协作数字经济产业园揭牌。", date="2025-11-15")
    assert when_where(ex) == [
        ("2025-11-13", "宁夏"), ("2025-11-13", "银川"), ("2025-11-13", "银川"), ("2025-11-13", "银川"), ("2025-11-14", "闽宁镇")]
    assert roles(ex.events[2]) == {"杭文泰": "speaker", "骆敬平": "speaker"}
    assert roles(ex.events[3]) == {"骆敬平": "attendee", "马骥": "attendee"}
    assert roles(ex.events[4]) == {"骆敬平": "other", "杭文泰": "other"}


def test_an_adoption_at_the_meeting_is_part_of_it_though_a_later_clause_names_next_year():
    ex = run("本报讯 11月13日，闽宁协作第二十九次联席会议在银川召开。\n\n会议审议通过《闽宁协作2026年工作要点》，明确了明年协作重点。",
             date="2025-11-15")
    assert when_where(ex) == [("2025-11-13", "银川")]


def test_stops_told_at_a_part_of_the_site_reached_and_at_a_site_opening_the_sentence():
    ex = run("本报讯 4月14日至15日，自治区主席蓝振宇在钦州、防城港调研。\n\n14日上午，蓝振宇来到钦州港大榄坪港区，在自动化集装箱码头中控室察看远程操控作业。"
             "\n\n15日，蓝振宇来到防城港市。在企沙工业区，他察看钢铁、有色金属等临港产业项目。他还到防城港市第一人民医院，了解医疗服务能力提升情况。",
             date="2025-04-16")
    assert when_where(ex)[1:] == [
        ("2025-04-14", "大榄坪港区"), ("2025-04-15", "企沙工业区"), ("2025-04-15", "防城港市第一人民医院")]


def test_the_chair_of_a_democratic_party_s_provincial_committee_is_a_post():
    ex = run("民革省委会主委颜素芬、民盟省委会主委程远航、省工商联主席雷一鸣先后发言。")
    assert posts(ex) == {("颜素芬", "民革省委会主委"), ("程远航", "民盟省委会主委"), ("雷一鸣", "省工商联主席")}


def test_a_county_named_in_full_and_then_bare_is_no_person():
    ex = run("本报讯 9月6日，市委书记钱卫东深入陆良县调研。陆良县委书记唐海峰表示，陆良将以硅光伏产业为主攻方向。", date="2023-09-08")
    assert {p.name for p in ex.persons} == {"钱卫东", "唐海峰"}


def test_a_district_retired_in_2025_is_still_a_place_and_a_shared_district_name_is_the_mainland_s():
    from kg.extract.gazetteer import gazetteer

    assert gazetteer().lookup("渝北区").parent == "重庆" and gazetteer().lookup("和平区").parent == "天津"
    ex = run("本报重庆1月15日电 1月15日上午，推动成渝地区双城经济圈建设重庆四川党政联席会议第十一次会议在重庆市渝北区召开。", date="2025-01-16")
    assert when_where(ex) == [("2025-01-15", "渝北区")]


def test_a_delegation_arriving_to_begin_its_visit_and_a_target_s_year_that_dates_no_stop():
    ex = run("本报讯 14日下午，四川省委书记吕振邦、省长钱宇航率四川省党政代表团抵达重庆，开始为期两天的学习考察。\n\n"
             "当天下午，卢振声一行乘车前往珠海高栏港经济区，要求力争到2026年珠海港集装箱吞吐量达到300万标箱。", date="2025-01-16")
    assert when_where(ex)[0] == ("2025-01-14", "重庆")
    assert roles(ex.events[0]) == {"吕振邦": "other", "钱宇航": "other"}
    assert all(e.date is None or e.date.year == 2025 for e in ex.events)


def test_a_session_opened_on_a_day_named_before_it_and_closed_yesterday():
    ex = run("安徽日报\n\n本报讯（记者　韦晓岚）9月26日开幕的省十四届人大常委会第四次会议，昨天上午在合肥闭幕。省人大常委会主任葛荣川主持闭幕会并讲话。",
             date="2023-09-29")
    [ev] = ex.events
    assert (ev.label, str(ev.date), str(ev.end_date), ev.place) == ("省十四届人大常委会第四次会议", "2023-09-26", "2023-09-28", "合肥")


def test_an_increase_counted_with_新增_keeps_its_verb_in_the_target_as_a_growth_does():
    ex = run("到2026年，新增国家级智能制造示范工厂15家，城镇新增就业23万人以上。", date="2024-07-12")
    assert {(g.indicator, g.target) for g in ex.goals} == {("国家级智能制造示范工厂", "新增15家"), ("城镇新增就业", "23万人以上")}


def test_two_stops_told_in_one_sentence_each_in_a_clause_opening_with_its_site():
    ex = run("本报讯 5月22日至23日，省长卢振声到珠海、江门调研。\n\n22日上午，卢振声来到横琴粤澳深度合作区，察看中药新药研发情况。\n\n"
             "次日，卢振声来到江门。在开平市的江门中微子实验站，他乘坐斜井缆车深入地下实验大厅；"
             "在大广海湾经济区，他察看银洲湖两岸产业布局。", date="2025-05-25")
    assert [(str(e.date), e.place) for e in ex.events if e.end_date is None][1:] == [
        ("2025-05-23", "江门中微子实验站"), ("2025-05-23", "大广海湾经济区")]


def test_an_activity_at_a_main_venue_a_press_conference_heard_at_and_a_venue_set_in_a_site():
    ex = run("本报讯 昨天上午，我市2026年一季度京津冀协同发展重大项目集中开工活动在固安县主会场举行。", date="2026-02-27")
    assert when_where(ex) == [("2026-02-26", "固安县")]
    ex = run("本报讯 昨天上午，我市2026年一季度重大项目集中开工活动举行。主会场设在西安高新区秦岭储能装备产业园项目现场。", date="2026-03-06")
    assert ex.events[0].place and ex.events[0].place.endswith("秦岭储能装备产业园")
    ex = run("新华社济南9月9日电（记者 孙晓）记者9日从山东省政府新闻办召开的新闻发布会上获悉，山东省人民政府日前印发《济南都市圈发展规划》。",
             date="2025-09-09")
    assert ("2025-09-09", "济南") in when_where(ex)


def test_a_meeting_or_an_opening_held_at_a_main_venue_the_text_sets_in_a_city_or_a_station():
    ex = run("本报讯（记者 张宁）3月12日，全省春季防汛视频调度会召开，会议在南昌设主会场。副省长刘明主持会议并讲话。",
             date="2025-03-13")
    assert when_where(ex) == [("2025-03-12", "南昌")]
    ex = run("本报讯 12月20日上午，随着一声汽笛长鸣，列车从宜昌东站驶出，宜昌至涪陵高速铁路正式开通运营。开通仪式在宜昌东站设主会场，"
             "在重庆涪陵北站设分会场。\n\n省委书记王海宣布高铁开通运营，省长李军主持主会场仪式。", date="2025-12-21")
    [ev] = ex.events
    assert (ev.date.iso(), ev.place) == ("2025-12-20", "宜昌东站")
    assert roles(ev) == {"王海": "speaker", "李军": "chair"}


def test_a_visit_to_two_counties_of_two_cities_told_before_what_was_inspected_is_in_their_province():
    ex = run("宁夏日报\n\n本报讯 18日，代表团赴吴忠市红寺堡区和固原市西吉县，考察闽宁协作产业园、移民安置点等。", date="2024-04-19")
    assert when_where(ex) == [("2024-04-18", "宁夏")]


def test_a_meeting_told_in_passing_with_its_day_is_an_event_of_its_own():
    # 上月召开的…会议: the meeting held last month, with no place; those at the sitting of the
    # sentence take no part in it, nor do those of later sentences
    ex = run("本报讯 12月30日，省委书记马向东主持召开省委常委会会议，传达学习上月召开的省委经济工作会议精神。"
             "副省长周立群列席会议。", date="2025-12-31")
    assert spans(ex) == [("2025-12-30", "None", None), ("2025-11", "None", None)]
    assert roles(ex.events[0]) == {"马向东": "chair", "周立群": "attendee"}
    assert roles(ex.events[1]) == {}


def test_the_day_and_place_of_a_meeting_told_in_passing_are_not_the_sittings():
    # 4月9日上午，…主持召开省委常委会会议，传达学习3月20日在湖南长沙召开的…座谈会精神: the sitting is on
    # 4月9日, where the paper is; 3月20日 and 长沙 are the symposium's
    ex = run("本报讯（记者 温婧）4月9日上午，省委书记马向东主持召开省委常委会会议，"
             "传达学习3月20日在湖南长沙召开的新时代推动中部地区加快崛起座谈会精神。", date="2024-04-10")
    assert spans(ex) == [("2024-03-20", "None", "长沙"), ("2024-04-09", "None", None)]


def test_a_branch_venue_told_in_a_clause_of_its_own_is_an_event_with_the_people_of_that_clause():
    ex = run("本报讯 昨天上午，我市2026年一季度重大项目集中开工活动举行。市委书记马向东宣布项目开工。"
             "在西咸新区分会场，西咸新区党工委书记周立群出席活动。在临潼区分会场，区委书记范文明宣布开工。"
             "在经开区分会场，一批项目同步开工。", date="2026-03-06")
    assert roles_when_where(ex) == {("2026-03-05", None): {"马向东": "speaker"},
                                    ("2026-03-05", "西咸新区"): {"周立群": "attendee"},
                                    ("2026-03-05", "临潼区"): {"范文明": "speaker"}}


def test_a_start_up_zone_named_with_its_city_is_a_place():
    ex = run("本报讯 昨天上午，济南市重大项目集中开工活动在济南新旧动能转换起步区主会场举行。", date="2026-03-04")
    assert when_where(ex) == [("2026-03-03", "济南新旧动能转换起步区")]


def test_a_place_written_with_the_division_holding_it_is_the_inner_one():
    ex = run("本报讯 7月15日上午，副省长马向东主持召开专题会议。当天下午，马向东前往资阳市雁江区，检查成资临空大道建设现场。",
             date="2025-07-16")
    assert when_where(ex)[-1] == ("2025-07-15", "雁江区")


def test_an_activity_named_with_a_quoted_slogan_held_at_a_main_venue_and_branch_venues():
    ex = run("本报洛阳8月28日讯 8月28日上午，河南省2025年第三期“三个一批”项目建设活动在洛阳主会场和郑州、开封等"
             "其他16个省辖市以及济源示范区分会场同步举行。省委书记马向东宣布项目开工。"
             "在主会场，参加活动的省领导察看了项目建设规划。"
             "今年以来，全省以“签约一批、开工一批、投产一批”滚动推进项目建设。"
             "其中，郑州分会场集中开工的新能源汽车零部件产业园项目总投资85亿元。", date="2025-08-29")
    assert [(e.label, str(e.date), e.place) for e in ex.events] == [
        ("河南省2025年第三期“三个一批”项目建设活动", "2025-08-28", "洛阳")]
    assert roles(ex.events[0]) == {"马向东": "speaker"}


def test_a_name_cut_short_in_a_headline_is_the_name_the_lead_writes():
    ex = run("房志远宣布开工　邓清和致辞\n\n本报讯 8月28日上午，全市重大项目集中开工活动在郑州举行。"
             "市委书记房志远宣布项目开工，市委副书记、市长邓清和致辞。", date="2025-08-29")
    assert {p.name for p in ex.persons} == {"房志远", "邓清和"}


def test_a_city_wide_meeting_held_by_video_is_not_placed_in_the_papers_city():
    ex = run("赣州日报\n2026年2月11日 星期三 第1版 要闻\n\n本报讯 昨天下午，全市一季度重大项目建设工作推进会召开，"
             "会议以视频形式召开。市长马向东出席并讲话。", date="2026-02-11")
    assert when_where(ex) == [("2026-02-10", None)]


def test_a_call_by_the_citys_host_in_a_city_paper_is_in_the_city():
    ex = run("钦州日报 2024年6月15日 星期六 第1版\n\n本报讯 14日上午，市委书记马向东会见了周立群一行。", date="2024-06-15")
    assert when_where(ex) == [("2024-06-14", "钦州")]


def test_a_visit_told_by_where_the_visitor_walked_in_before_the_symposium_that_closes_it():
    # 走进…调研，并主持召开座谈会: the visit of those days; a sentence saying only where the visitor
    # went next (当天下午，…前往西峡县。) is no stop
    ex = run("本报讯 9月10日至11日，省委书记马向东深入南阳市淅川县、西峡县，走进库区、乡村、企业和园区调研，"
             "并主持召开座谈会。10日上午，马向东首先来到淅川县陶岔渠首枢纽工程，察看水情。"
             "当天下午，马向东驱车前往西峡县。", date="2024-09-12")
    assert spans(ex) == [("2024-09-10", "2024-09-11", "南阳"), ("2024-09-11", "None", "南阳"),
                         ("2024-09-10", "None", "陶岔渠首枢纽工程")]


def test_figures_told_as_reached_are_no_goals_and_works_name_their_indicator():
    ex = run("截至去年底，集团在甘累计投资已超过260亿元，建成并网新能源装机420万千瓦。"
             "当前全省秋粮播种面积稳定在7500万亩以上。"
             "会议要求，明年全省新改建农村公路1.2万公里，培育低空经济领域规模以上企业200家以上。"
             "今年计划向甘肃投入财政援助资金超过15亿元，推动鲁甘共建产业园区达到30个。"
             "力争到2027年，甘鲁两省间贸易额突破600亿元。", date="2024-12-01")
    goals = {(g.indicator, g.target, str(g.deadline)) for g in ex.goals}
    assert goals == {("新改建农村公路", "1.2万公里", "2025"), ("低空经济领域规模以上企业", "200家以上", "2025"),
                     ("财政援助资金", "15亿元", "2024"), ("鲁甘共建产业园区", "30个", "2024"), ("贸易额", "600亿元", "2027")}


def test_an_exposition_to_come_is_dated_ahead_and_the_speaker_of_its_press_conference_speaks_there():
    # 将于10月18日 in a paper of May: this October, as the headline's 2025…博览会10月举办 is; 曹…在发布会上介绍，
    # …同期将举办…洽谈会: he speaks at the press conference, not at the exposition
    ex = run("2025中国景德镇国际陶瓷博览会10月举办\n\n本报讯 记者从5月28日在景德镇召开的新闻发布会上获悉，"
             "2025中国景德镇国际陶瓷博览会将于10月18日至22日在景德镇举办。\n"
             "景德镇市副市长马向东在发布会上介绍，本届陶博会设8个展馆，同期将举办陶瓷产业投资洽谈会等活动。",
             date="2025-05-30")
    assert roles_when_where(ex) == {("2025-10-18", "景德镇"): {}, ("2025-05-28", "景德镇"): {"马向东": "speaker"}}


def test_an_escort_told_for_the_stops_in_one_city_attends_those_stops():
    ex = run("本报讯 5月20日至21日，自治区党委书记马向东先后到南宁、钦州调研。"
             "20日上午，马向东来到广西大学，察看科研成果展示。当天下午，他来到北部湾港钦州自动化集装箱码头，察看装卸作业。"
             "在中马钦州产业园区，马向东走进一家企业生产车间。在钦州调研时，钦州市委书记周立群陪同。", date="2025-05-22")
    assert {e.place: roles(e) for e in ex.events} == {
        "广西": {"马向东": "other"}, "广西大学": {"马向东": "other"},
        "北部湾港钦州自动化集装箱码头": {"马向东": "other", "周立群": "attendee"},
        "中马钦州产业园区": {"马向东": "other", "周立群": "attendee"}}


def test_those_who_went_with_the_delegation_attend_its_visit():
    ex = run("本报济南6月11日电 6月9日至11日，甘肃省委书记马向东率甘肃省党政代表团赴山东学习考察。"
             "甘肃省委副书记、省长周立群，甘肃省领导孔德安、范文明随团考察。", date="2025-06-12")
    assert roles(ex.events[0]) == {"马向东": "other", "周立群": "attendee", "孔德安": "attendee", "范文明": "attendee"}


def test_a_study_session_with_its_opening_and_closing_sittings():
    ex = run("本报讯 9月9日至11日，省委理论学习中心组在兰州举办学习贯彻党的二十届三中全会精神专题读书班。"
             "省委书记马向东主持开班式并作总结讲话。\n\n9日上午举行的开班式上，马向东作动员讲话。"
             "他指出，今年7月召开的党的二十届三中全会，是一次十分重要的会议。\n\n"
             "11日下午举行结业式。省委副书记、省长周立群作交流发言。\n\n省领导孔德安、范文明等参加。", date="2024-09-12")
    assert roles_when_where(ex) == {
        ("2024-09-09", "兰州"): {"马向东": "chair", "孔德安": "attendee", "范文明": "attendee"},
        ("2024-07", None): {},
        ("2024-09-11", "兰州"): {"周立群": "speaker"}}


def test_a_workshop_of_the_company_just_told_is_that_stop_and_leaving_a_site_leads_to_the_next():
    ex = run("本报讯 3月12日至13日，省委书记马向东深入赣州市经开区、章贡区调研。"
             "12日上午，马向东首先来到赣州经开区，走进赣州蓝晶新能源科技有限公司。"
             "在动力电池生产车间，他仔细察看自动化生产线。"
             "离开创新中心，马向东来到章贡区厚德路社区，走进社区食堂。", date="2025-03-14")
    # the company entered in the zone reached is the stop (as most annotated texts place it), its workshop is part of it
    assert [e.place for e in ex.events][1:] == ["赣州蓝晶新能源科技有限公司", "厚德路社区"]


def test_more_of_a_stop_without_a_place_of_its_own_is_that_stop_and_a_zone_named_after_a_county_level_city():
    ex = run("新华社长春8月22日电 20日至21日，马向东在吉林考察。当天下午，马向东来到珲春国际合作示范区，察看跨境电商产业园。"
             "21日上午，马向东乘车来到四平市梨树县黑土地保护利用示范基地。马向东走进田间，察看玉米长势。", date="2024-08-23")
    assert spans(ex)[1:] == [("2024-08-20", "None", "珲春国际合作示范区"), ("2024-08-21", "None", "黑土地保护利用示范基地")]


def test_an_on_site_meeting_in_a_park_of_a_citys_zone_and_its_tour_of_the_sites():
    ex = run("全市重大项目建设现场推进会在高新区召开\n\n本报讯 3月4日上午，全市一季度重大项目建设现场推进会在绵阳高新区磨家工业园召开。"
             "市长马向东出席并讲话。与会人员首先来到绵阳华瑞光电科技有限公司新型显示模组项目建设现场，实地察看项目推进情况。"
             "马向东在讲话中指出，今年开年以来，全市重大项目开工早、投资快。", date="2025-03-05")
    assert roles_when_where(ex) == {("2025-03-04", "磨家工业园"): {"马向东": "speaker"}}


def test_a_trip_to_two_cities_of_two_provinces_is_placed_in_neither_and_its_stops_where_the_visitor_went():
    ex = run("新华社贵阳11月16日电 11月13日至15日，贵州省委书记马向东率贵州省党政代表团赴广东深圳、上海两地开展经贸交流活动，"
             "走访企业、洽谈项目。副省长周立群参加有关活动。13日上午，代表团抵达深圳后即与深圳市举行工作座谈会。"
             "当天下午，马向东一行先后走访深圳鹏瑞新能源科技集团总部和深圳云瞰数据股份有限公司，察看产品展示。", date="2024-11-16")
    assert spans(ex) == [("2024-11-13", "2024-11-15", None), ("2024-11-13", "None", "深圳"), ("2024-11-13", "None", "深圳")]
    assert roles(ex.events[0]) == {"马向东": "other", "周立群": "attendee"}


def test_those_on_the_rostrum_attend_and_an_explanation_in_a_headline_is_no_speech():
    ex = run("中国共产党洛阳市第十三届委员会第九次全体会议举行\n市委常委会主持会议　韩东阳作工作报告　乔振宇作说明\n\n"
             "本报讯 中国共产党洛阳市第十三届委员会第九次全体会议于12月25日至26日在洛阳召开。全会由市委常委会主持。"
             "市委书记韩东阳，市委副书记、市长乔振宇，市人大常委会主任孙继光等在主席台就座。", date="2024-12-27")
    assert roles(ex.events[0]) == {"韩东阳": "speaker", "乔振宇": "speaker", "孙继光": "attendee"}


def test_a_delegations_stop_where_it_was_and_an_escort_during_its_stay():
    # 在厦门先后走进A和部分民营科技企业: in 厦门, not at the first of what was seen; 在闽期间，…陪同: the whole visit
    ex = run("本报讯 11月13日至14日，宁夏回族自治区党委书记马向东率宁夏党政代表团在福建考察。"
             "13日，马向东一行在厦门先后走进厦门火炬高新区和部分民营科技企业，了解产业发展情况。"
             "在闽期间，省委常委、秘书长孔德安陪同代表团考察。", date="2024-11-15")
    assert spans(ex) == [("2024-11-13", "2024-11-14", "福建"), ("2024-11-13", "None", "厦门")]
    assert roles(ex.events[0]) == {"马向东": "other", "孔德安": "attendee"}


def test_a_consultation_named_with_a_quoted_theme_and_a_headline_that_studies_deeply():
    ex = run("深入学习贯彻习近平总书记关于京津冀协同发展的重要论述\n省推进京津冀协同发展领导小组召开全体会议\n\n"
             "本报讯 2月28日上午，省推进京津冀协同发展领导小组召开全体会议。省委书记马向东主持会议并讲话。\n\n"
             "又讯 6月19日上午，省政协在成都召开“推动成渝地区双城经济圈建设走深走实”专题协商会。省政协主席周立群主持会议。",
             date="2025-06-20")
    assert roles_when_where(ex) == {("2025-02-28", None): {"马向东": "chair"}, ("2025-06-19", "成都"): {"周立群": "chair"}}


def test_flood_works_visited_are_placed_by_their_own_name_or_the_township_they_lie_in():
    ex = run("湖北日报讯 4月21日至22日，省长马向东在荆州、宜昌调研。21日上午，马向东首先来到荆江大堤观音矶段。"
             "22日上午，马向东来到枝江市百里洲镇长江干堤加固工程现场。随后，马向东来到伍家岗区城区防洪工程现场，察看排涝泵站建设情况。",
             date="2025-04-23")
    assert [e.place for e in ex.events][1:3] == ["荆江大堤观音矶段", "百里洲镇"]
    assert "城区" not in {p.name for p in ex.places}


def test_works_counted_keep_the_verbs_annotators_keep_and_a_deadline_month_is_ahead():
    ex = run("会议要求，力争全年承接京津转移项目1200个以上，带动当地就业5万人以上；今年计划安排援疆资金23.6亿元；"
             "年内新增新能源装机200万千瓦；今年集团计划在川完成投资150亿元；要在6月底前新建森林防火隔离带1500公里。", date="2025-04-12")
    goals = {(g.indicator, g.target, str(g.deadline)) for g in ex.goals}
    assert {("承接京津转移项目", "1200个以上", "2025"), ("带动当地就业", "5万人以上", "2025"), ("援疆资金", "23.6亿元", "2025"),
            ("在川完成投资", "150亿元", "2025"), ("新建森林防火隔离带", "1500公里", "2025-06")} <= goals


def test_a_tours_headline_and_lead_are_one_visit_when_one_place_is_the_others_province():
    ex = run("浙江省党政代表团赴阿克苏地区考察对口支援工作\n\n本报阿克苏5月21日电 5月19日至21日，浙江省委书记马向东率浙江省党政代表团"
             "赴新疆阿克苏地区和新疆生产建设兵团第一师阿拉尔市，考察对口支援工作。"
             "19日下午，代表团来到浙江援建的阿克苏地区第一人民医院，看望援疆医疗专家。", date="2025-05-22")
    assert spans(ex) == [("2025-05-19", "2025-05-21", "阿克苏"), ("2025-05-19", "None", "阿克苏地区第一人民医院")]


def test_next_years_meeting_in_its_hosts_province_and_a_web_pages_time_dates_nothing():
    ex = run("本报讯 6月13日，2025年度长江中游三省主要领导座谈会在宜昌召开。会议确定，2026年度长江中游三省主要领导座谈会由湖南省承办。"
             "座谈会商定，明年三省协作会由江西省承办，在南昌举行。", date="2025-06-14")
    assert when_where(ex) == [("2025-06-13", "宜昌"), ("2026", "湖南"), ("2026", "南昌")]
    page = run("江西省人民政府首页 > 政务公开\n省政府办公厅印发《江西省现代物流体系建设规划（2025—2035年）》"
               "发布时间：2025-04-18 10:15　　来源：省发展改革委\n近日，经省政府同意，省政府办公厅印发《江西省现代物流体系建设规划（2025—2035年）》。",
               date="2025-04-18")
    assert when_where(page) == [("2025-04", None)]


def test_goal_indicators_without_a_zones_kind_a_pair_of_provinces_between_or_a_deadlines_end():
    ex = run("会议提出，到2027年，示范区地区生产总值达到3000亿元，川渝间省际高速公路通道达到25条；年底前跨省通办政务服务事项达到300项；"
             "新桥国际产业园年内标准化厂房面积要达到120万平方米。", date="2025-04-26")
    goals = {(g.indicator, g.target) for g in ex.goals}
    assert {("地区生产总值", "3000亿元"), ("省际高速公路通道", "25条"), ("跨省通办政务服务事项", "300项")} <= goals
    assert any(t == "120万平方米" for _, t in goals)


def test_a_supervisory_inspection_is_a_visit_in_the_city_papers_city_and_dates_its_stops():
    ex = run("淮南日报　2025年8月22日　星期五　A01版\n\n本报讯 8月21日，副省长马向东来淮督导检查合淮产业走廊建设工作。"
             "当天上午，马向东首先来到寿县新桥国际产业园。", date="2025-08-22")
    assert when_where(ex) == [("2025-08-21", "淮南"), ("2025-08-21", "新桥国际产业园")]


def test_a_zones_short_name_in_the_headline_and_its_full_name_in_the_lead_are_one_place():
    ex = run("马向东在钦州港片区调研\n\n本报讯 10月15日，自治区党委书记马向东到中国（广西）自由贸易试验区钦州港片区调研。", date="2024-10-16")
    assert when_where(ex) == [("2024-10-15", "中国（广西）自由贸易试验区钦州港片区")]


def test_a_past_meeting_told_by_its_month_takes_no_attendance_of_the_sitting_reported():
    ex = run("省政府召开常务会议\n\n本报讯 6月16日，省长马向东主持召开省政府第六十二次常务会议。"
             "去年12月，省委、省政府在武汉召开武汉都市圈发展推进会，对都市圈建设作出系统部署。"
             "副省长周立群、孔德安出席会议。", date="2025-06-17")
    assert roles_when_where(ex) == {("2025-06-16", None): {"马向东": "chair", "周立群": "attendee", "孔德安": "attendee"},
                                    ("2024-12", "武汉"): {}}


def test_a_calls_headline_waits_for_the_call_of_the_lead_not_the_first_meeting_told():
    ex = run("马向东会见周立群一行\n\n本报讯 9月11日，贵州省人民政府与中国电建集团合作座谈会在贵阳举行。"
             "座谈会前，省委书记马向东在贵阳会见了中国电建集团党委书记、董事长周立群一行。", date="2025-09-12")
    assert sorted(when_where(ex)) == [("2025-09-11", "贵阳"), ("2025-09-11", "贵阳")]


def test_those_who_sign_before_the_leaders_witnessing_attend_the_meeting():
    ex = run("本报讯 4月25日，湘赣两省党政联席会议在萍乡召开。江西省委书记马向东主持会议。"
             "在两省党政主要领导见证下，江西省交通运输厅厅长周立群与湖南省交通运输厅厅长孔德安签署《湘赣两省深化交通基础设施互联互通合作协议》。",
             date="2025-04-26")
    assert roles_when_where(ex) == {("2025-04-25", "萍乡"): {"马向东": "chair", "周立群": "attendee", "孔德安": "attendee"}}


def test_a_call_in_a_hotel_talks_with_a_delegation_and_a_release_dated_by_its_day_not_its_goals_year():
    ex = run("本报讯 5月8日，省委书记马向东在南昌江西宾馆会见了华晟国际控股集团董事局主席周立群一行。\n\n"
             "又讯 5月21日上午，省长孔德安在郑州与中国电力建设集团有限公司党委书记、董事长范文明一行座谈。",
             date="2025-05-22")
    assert roles_when_where(ex) == {("2025-05-08", "江西宾馆"): {"马向东": "other", "周立群": "other"},
                                    ("2025-05-21", "郑州"): {"孔德安": "other", "范文明": "other"}}
    assert "中国电力建设集团有限公司" in {o.name for o in ex.organizations}  # (not 郑州与中国电力…: 在郑州 is where)
    assert ("范文明", "中国电力建设集团有限公司董事长") in posts(ex)
    page = run("首页 > 政务公开\n\n日前，湖南省人民政府办公厅、江西省人民政府办公厅联合印发《湘赣边区域合作示范区高质量发展三年行动计划"
               "（2025—2027年）》，并明确了到2035年的远景目标。", date="2025-08-21")
    assert when_where(page) == [("2025-08", None)]


def test_a_meeting_told_by_name_then_by_its_bare_noun_under_a_leader_s_posts_is_one():
    # 中共中央政治局 opens the chair's posts: no body of the meeting's name
    ex = run("新华社西安10月14日电（记者 李明、王芳）东北全面振兴座谈会14日在陕西西安召开。中共中央政治局委员、国务院副总理宁致远主持召开"
             "座谈会并讲话。辽宁省委书记韦成林、吉林省委书记蔡文博先后发言。", date="2025-10-14")
    assert [(e.label, str(e.date), e.place, roles(e)) for e in ex.events] == [
        ("东北全面振兴座谈会", "2025-10-14", "西安", {"宁致远": "chair", "韦成林": "speaker", "蔡文博": "speaker"})]


def test_a_meeting_agreed_for_next_half_year_is_dated_by_its_year_where_it_will_be():
    ex = run("本报合肥4月18日讯 4月18日，长三角地区主要领导座谈会在合肥召开。会议商定，第二十次座谈会将于今年下半年在南京召开。",
             date="2025-04-19")
    assert ("2025", "南京") in when_where(ex)


def test_a_work_of_water_engineering_inspected_in_the_county_gone_to_and_more_of_it():
    ex = run("本报讯 7月8日下午，市长韩立平赴金寨县督导检查梅山水库防汛工作。韩立平先后察看了大坝、溢洪道和水文站，"
             "详细了解水库调度情况。副市长宋晓曼陪同督导检查。", date="2025-07-09")
    assert [(str(e.date), e.place, roles(e)) for e in ex.events] == [("2025-07-08", "梅山水库", {"韩立平": "other", "宋晓曼": "attendee"})]
    ex = run("本报讯 7月8日下午，市长韩立平赴金寨县督导检查小型水库安全度汛工作。", date="2025-07-09")
    assert when_where(ex) == [("2025-07-08", "金寨县")]


def test_the_chair_of_a_press_conference_under_a_headline_of_the_plan_released():
    # 发布 of 主持发布会 is the conference, not the release the headline tells
    ex = run("《贵州省数字经济发展三年行动方案》发布\n\n本报讯（记者 陶然）9月25日，省政府新闻办在贵阳召开新闻发布会，"
             "发布《贵州省数字经济发展三年行动方案》。省政府新闻办副主任蒲晓东主持发布会，省大数据局副局长幸云介绍有关情况。",
             date="2025-09-26")
    assert roles_when_where(ex)[("2025-09-25", "贵阳")] == {"蒲晓东": "chair", "幸云": "speaker"}


def test_a_ceremony_told_after_the_opening_it_marks_is_that_opening_at_its_venue():
    ex = run("本报讯 9月25日上午，随着首趟列车从丽江站驶出，丽江至香格里拉铁路正式开通运营。开通仪式在丽江站举行，"
             "副省长郁建新出席仪式并宣布开通。", date="2025-09-26")
    assert [(str(e.date), e.place, roles(e)) for e in ex.events] == [("2025-09-25", "丽江站", {"郁建新": "speaker"})]


def test_a_site_reached_is_placed_where_the_report_says_it_lies():
    ex = run("本报讯 3月12日至13日，省委书记邹立平在赣州调研。12日上午，邹立平来到位于章贡区的赣州钨业创新中心，察看研发成果。"
             "随后，他走进赣州经济技术开发区的赣州晶锐新材料有限公司，察看生产线。", date="2025-03-14")
    # the company entered in the zone is the stop, as five of the six guard texts that write it so have it
    assert [("2025-03-12", "章贡区"), ("2025-03-12", "赣州晶锐新材料有限公司")] == [
        (str(e.date), e.place) for e in ex.events if e.end_date is None]



def test_a_city_secretary_s_supervision_tour_of_reservoir_levee_mine_and_park():
    ex = run("本报讯（记者 林晓）6月17日，市委书记柯建华深入永修、瑞昌、湖口等地，督导检查防汛备汛和安全生产工作。\n\n"
             "在柘林水库大坝，柯建华登上坝顶，察看泄洪闸运行情况。永修县委书记邵一凡陪同。\n\n"
             "随后，柯建华来到江西铜业集团武山铜矿，检查尾矿库坝体稳定情况。\n\n"
             "在湖口高新技术产业园区，柯建华暗访了园区内一家化工企业。", date="2024-06-18")
    assert [(str(e.date), e.place) for e in ex.events] == [
        ("2024-06-17", "九江"), ("2024-06-17", "柘林水库"), ("2024-06-17", "江西铜业集团武山铜矿"),
        ("2024-06-17", "湖口高新技术产业园区")]


def test_the_zone_inspected_not_the_city_gone_to():
    ex = run("本报讯 7月8日至11日，省委书记尹建平率江西省党政代表团赴浙江学习考察。\n\n9日下午，代表团赶赴宁波，"
             "考察宁波舟山港梅山港区，详细了解港口智慧化建设情况。", date="2024-07-12")
    assert ("2024-07-09", "梅山港区") in when_where(ex)


def test_a_county_page_a_study_session_and_a_county_head_s_tour_in_his_county():
    ex = run("县委理论学习中心组举行集体学习\n\n本报讯（记者 吕清）9月25日下午，县委理论学习中心组举行2024年第9次集体学习，"
             "特邀河南大学教授欧阳明围绕深化改革作专题辅导。县委书记丁建新主持并讲话。县委副书记、县长钟云鹏等参加集体学习。\n\n"
             "钟云鹏到产业园和乡村调研\n\n本报讯（记者 郝静）9月26日，县委副书记、县长钟云鹏先后深入兰考县品牌家居产业园和"
             "东坝头镇张庄村调研。副县长孔德明陪同调研。", date="2024-09-27")
    assert [(str(e.date), e.place, roles(e)) for e in ex.events] == [
        ("2024-09-25", None, {"欧阳明": "speaker", "丁建新": "chair", "钟云鹏": "attendee"}),
        ("2024-09-26", "兰考县", {"钟云鹏": "other", "孔德明": "attendee"})]


def test_a_county_paper_s_bare_county_posts_take_the_county_its_bodies_name():
    ex = run("兰考县融媒体中心主办\n\n本报讯（记者 吕清）9月25日下午，县委书记丁建新主持召开会议。县委副书记、县长钟云鹏，"
             "副县长孔德明出席。", date="2024-09-27")
    assert {("丁建新", "兰考县委书记"), ("钟云鹏", "兰考县委副书记"), ("钟云鹏", "兰考县县长"),
            ("孔德明", "兰考县副县长")} <= posts(ex)


def test_talks_before_a_signing_on_its_day_and_at_its_place():
    ex = run("本报讯（记者 马清）8月20日，青海省人民政府与中国华电集团有限公司在西宁签署战略合作协议。省长柴立新，"
             "华电集团董事长宁启航出席签约仪式。签约前，柴立新与宁启航一行进行座谈。", date="2024-08-21")
    assert [(str(e.date), e.place, e.trigger) for e in ex.events] == [("2024-08-20", "西宁", "签署"), ("2024-08-20", "西宁", "座谈")]
    assert set(roles(ex.events[1])) == {"柴立新", "宁启航"}


def test_the_factory_reached_not_the_workshop_walked_into():
    ex = run("新华社长春6月13日电 韩立新12日至13日在吉林调研。12日上午，韩立新来到长春红旗繁荣工厂，走进总装车间察看智能化生产线。",
             date="2024-06-13")
    assert ("2024-06-12", "长春红旗繁荣工厂") in when_where(ex)


def test_no_place_of_a_goal_s_time_words_a_copula_or_a_batch():
    for text in ("下一步将推进5G网络向农村延伸，力争2027年前行政村5G通达率达到100%。",
                 "要壮大村集体经济，力争明年村集体经济收入全部超过50万元。",
                 "兰考县品牌家居产业园是河南省首批先进制造业开发区重点园区之一。"):
        names = {p.name for p in run(text, date="2024-09-27").places}
        assert not any(re.search(r"力争|\d|是|首批|重点园区", n) for n in names), names


def test_an_executive_committee_holding_its_meeting_is_no_meeting_itself():
    ex = run("本报讯（记者 沈帆）2月20日，长三角生态绿色一体化发展示范区执委会在青浦区金泽镇召开2025年工作会议。"
             "执委会常务副主任高晓明主持会议。", date="2025-02-21")
    assert [(e.label, str(e.date), e.place) for e in ex.events] == [
        ("长三角生态绿色一体化发展示范区执委会2025年工作会议", "2025-02-20", "金泽镇")]


def test_a_symposium_closing_a_day_s_visit_is_where_the_visit_was():
    ex = run("本报讯（记者 梁敏）昨天，省委书记黄立川到中山大学、华南理工大学和广州实验室调研，并主持召开座谈会。", date="2025-04-17")
    assert [(str(e.date), e.place, e.trigger) for e in ex.events] == [("2025-04-16", "广州", "调研"), ("2025-04-16", "广州", "主持召开")]


def test_a_zone_s_own_activity_is_held_in_the_zone_a_metropolitan_area_s_is_not():
    ex = run("本报讯（记者 钱宇）9月30日，常州经开区2025年第三季度重大项目集中签约活动举行。市长盛立新出席活动。", date="2025-10-01")
    assert when_where(ex) == [("2025-09-30", "常州经开区")]
    ex = run("本报讯 2月25日，西安都市圈建设推进大会举行。市长方红新出席。", date="2025-02-26")
    assert when_where(ex) != [("2025-02-25", "西安都市圈")]


def test_no_body_of_a_count_of_members_a_list_s_等_or_a_goal_to_build():
    ex = run("河南日报讯 出席全会的有省委委员67名。省委副书记、省长王启明，省委副书记谢立平等省委常委在主席台就座。"
             "全会强调，要加快建设国家创新高地和全国重要人才中心。", date="2025-11-01")
    names = {o.name for o in ex.organizations}
    assert not any(n.startswith(("有", "等")) or "人才中心" in n for n in names), names


def test_a_province_s_leading_group_posts_and_a_party_department_after_its_committee():
    ex = run("山西日报\n\n本报讯 7月18日，省黄河流域生态保护和高质量发展领导小组召开会议。省委书记、领导小组组长郑思远主持会议。"
             "以江西省委副书记、省长柏松明为团长的江西省政府代表团来访。市委常委、组织部部长蒋卓明出席。", date="2024-07-19")
    got = posts(ex)
    assert ("郑思远", "山西省黄河流域生态保护和高质量发展领导小组组长") in got
    assert ("柏松明", "江西省委副书记") in got and ("蒋卓明", "市委组织部部长") in got


def test_signers_attend_the_symposium_just_told_and_above_activities_mean_all_of_them():
    ex = run("本报广州11月19日电 11月19日下午，广东省委书记黄启明在广州会见了江西省政府代表团一行。\n\n"
             "当晚，赣粤两省政府合作座谈会在广州举行。邝立新主持座谈会并讲话。\n\n"
             "座谈会上，两省签署了一批合作协议。江西省商务厅厅长吴海川与广东省商务厅厅长卢佩文签署了《赣粤深化商务合作备忘录》。\n\n"
             "广东省副省长温俊明参加上述活动。", date="2024-11-20")
    assert [e.trigger for e in ex.events] == ["会见", "举行"]
    call, symposium = ex.events
    assert roles(call)["温俊明"] == "attendee"
    assert {"吴海川", "卢佩文", "温俊明"} <= set(roles(symposium))


def test_what_follows_the_end_of_an_activity_is_on_its_day():
    ex = run("本报讯 8月21日，省长孔令新赴淮南督导检查安全生产工作。他指出，2024年以来全省安全形势总体平稳。"
             "督导检查结束后，孔令新在淮南主持召开现场办公会。", date="2025-08-22")
    assert ("2025-08-21", "淮南") in [(str(e.date), e.place) for e in ex.events if e.trigger == "主持召开"]


def test_a_call_and_a_meeting_in_the_zone_the_article_names_in_full():
    ex = run("本报讯（记者 钟岚）3月18日上午，省长、横琴粤澳深度合作区管理委员会主任梁启明在合作区会见澳门特别行政区政府"
             "行政法务司司长黎慧文一行。\n\n当天下午，横琴粤澳深度合作区管理委员会2025年第一次工作会议召开。", date="2025-03-19")
    assert [(str(e.date), e.place) for e in ex.events] == [("2025-03-18", "横琴粤澳深度合作区")] * 2


def test_a_city_paper_s_bare_posts_take_the_one_city_it_names_not_a_university_s():
    ex = run("三峡日报\n\n本报讯（记者 向丽）日前，市委理论学习中心组专题读书班开班。市委书记柯文明主持开班式并讲话。"
             "开班式上，武汉大学经济与管理学院教授郝明达作专题辅导报告。柯文明指出，宜昌要加快建设长江大保护典范城市。"
             "市委副书记、市长龚德新参加开班式。", date="2025-03-18")
    got = posts(ex)
    assert {("柯文明", "宜昌市委书记"), ("龚德新", "宜昌市市长")} <= got
    assert not any(post.startswith("武汉市") for _, post in got)


def test_a_northwestern_surname_after_a_post_and_in_a_list():
    ex = run("10月28日，省委书记白岳明，省委副书记、省长虎永成率甘肃省党政代表团赴山东省学习考察。"
             "28日上午，白岳明、虎永成一行来到浪潮集团。", date="2025-10-31")
    assert ("虎永成", "甘肃省省长") in posts(ex)
    assert "虎永成" in roles(ex.events[-1])


def test_stops_at_a_company_the_sentence_opens_with_and_at_a_demonstration_park():
    ex = run("10月28日至30日，省委书记白岳明率甘肃省党政代表团赴山东省学习考察。\n\n29日，代表团来到潍坊。在潍柴动力，白岳明一行"
             "走进智能化生产车间，了解研发制造情况。在寿光蔬菜高科技示范园，白岳明一行察看智能温室。", date="2025-10-31")
    assert [(str(e.date), e.place) for e in ex.events if e.end_date is None][-2:] == [
        ("2025-10-29", "潍柴动力"), ("2025-10-29", "寿光蔬菜高科技示范园")]


def test_who_sets_out_the_tasks_at_a_meeting_speaks():
    ex = run("本报讯 3月27日，省长杨振明在岳阳市主持召开全省安全生产工作调度会。副省长曾立新在调度会上作具体部署。",
             date="2025-03-28")
    assert roles(ex.events[0]) == {"杨振明": "chair", "曾立新": "speaker"}


def test_a_meeting_held_in_our_city_is_placed_by_the_lead_and_a_ceremony_at_it_is_part_of_it():
    ex = run("淮南日报\n2025年9月13日  星期六  第1版\n\n第三届皖北城市协同发展市长论坛在我市召开\n\n"
             "本报讯（记者 李青）9月12日，第三届皖北城市协同发展市长论坛在淮南召开。市长王一凡主持会议。\n\n"
             "会上举行了论坛会旗交接仪式，王一凡将会旗交给宿州市副市长赵敏。", date="2025-09-13")
    assert when_where(ex) == [("2025-09-12", "淮南")]
    assert "我市" not in {p.name for p in ex.places}


def test_a_meeting_held_by_video_and_next_year_s_meeting_hosted_by_a_city_of_a_province():
    ex = run("本报讯（记者 田川）7月8日，黄河几字弯都市圈2025年联席会议以视频形式召开。会议在呼和浩特设主会场。"
             "市委书记赵刚主持会议。\n\n会议商定，2026年联席会议由陕西省榆林市承办。", date="2025-07-09")
    assert set(when_where(ex)) == {("2025-07-08", "呼和浩特"), ("2026", "榆林")}


def test_bare_posts_of_a_county_paper_named_by_its_publisher_and_of_a_page_where_the_province_met():
    ex = run("今日高台\n2025年6月4日  星期三  第2版\n中共高台县委主办  高台县融媒体中心出版\n\n"
             "本报讯（记者 王敏）6月3日，县委副书记、县长李青主持召开县政府常务会议。副县长赵强出席。", date="2025-06-04")
    assert {("李青", "高台县县长"), ("李青", "高台县委副书记"), ("赵强", "高台县副县长")} <= posts(ex)
    ex = run("2025年4月16日　星期三　第3版　要闻\n\n全省对口支援西藏工作会议在杭州召开\n\n"
             "本报讯（记者 沈青）4月15日下午，全省对口支援西藏工作会议在杭州召开。省委书记王达出席会议并讲话，"
             "省委副书记、省长刘海主持会议。", date="2025-04-16")
    assert {("王达", "浙江省委书记"), ("刘海", "浙江省省长")} <= posts(ex)


def test_a_stop_told_early_in_the_day_of_a_one_day_tour_is_on_that_day():
    ex = run("本报讯（记者 孔明）3月6日，市长郑和到黄岛区、崂山区调研重点项目建设。\n\n"
             "一早，郑和来到前湾港区自动化码头，察看码头扩建工程施工现场。", date="2025-03-07")
    stop = next(e for e in ex.events if e.place == "前湾港区")  # (the quay told by its kind: on its harbour district)
    assert stop.date.iso() == "2025-03-06"


def test_an_unannounced_inspection_is_a_visit():
    ex = run("本报讯（记者 郝强）5月8日至9日，副省长刘刚采取“四不两直”方式，深入运城市平陆县、晋城市阳城县，"
             "暗查暗访非煤矿山和城镇燃气安全生产工作。", date="2025-05-10")
    [ev] = ex.events
    assert (ev.date.iso(), ev.end_date.iso(), ev.place) == ("2025-05-08", "2025-05-09", "山西")


def test_a_dated_sitting_someone_spoke_at_and_a_matchmaking_fair_are_events_a_speech_told_in_passing_is_not():
    ex = run("本报讯 此前，9月2日，省委书记王强在省委理论学习中心组专题学习会上领学了有关讲话精神。"
             "会议强调，今年是贯彻落实总书记在推动中部地区崛起座谈会上重要讲话精神的关键之年。", date="2025-09-05")
    assert [(e.label, e.date.iso()) for e in ex.events] == [("省委理论学习中心组专题学习会", "2025-09-02")]
    ex = run("本报讯（记者 宋灿）9月15日，2025中国（武汉）产业转移发展对接活动在武汉国际博览中心开幕。", date="2025-09-16")
    assert when_where(ex) == [("2025-09-15", "武汉国际博览中心")]


def test_names_listed_after_a_post_share_it_and_surnames_of_the_southwest():
    ex = run("本报讯 动员会上，中央第三巡视组副组长郑立、欧阳朗及巡视组有关同志出席。民盟云南省委会主委寸雪峰、"
             "省委候补委员杞云山先后发言。", date="2025-03-21")
    assert {("郑立", "中央第三巡视组副组长"), ("欧阳朗", "中央第三巡视组副组长")} <= posts(ex)
    assert {"寸雪峰", "杞云山"} <= {p.name for p in ex.persons}


def test_bare_posts_of_a_province_s_foreign_affairs_office_and_federation_of_industry():
    ex = run("福建日报　2025年9月10日　星期三　第2版\n\n本报讯（记者 苏明）9月9日上午，省委书记王平在福州会见客人。"
             "省外办主任李强，省工商联主席赵勇参加会见。", date="2025-09-10")
    assert {("李强", "福建省外办主任"), ("赵勇", "福建省工商联主席")} <= posts(ex)


def test_an_inspection_of_flood_defences_is_a_visit():
    ex = run("本报讯 6月24日，省委副书记、省长刘江赶赴岳阳，检查洞庭湖大堤防汛工作。岳阳市委书记王海陪同。", date="2025-06-25")
    [ev] = ex.events
    assert (ev.date.iso(), ev.place) == ("2025-06-24", "岳阳")
    assert roles(ev) == {"刘江": "other", "王海": "attendee"}


def test_a_delegation_s_official_visit_to_a_province_is_a_visit_of_its_days():
    ex = run("本报讯（记者 钟然）9月8日至9日，澳门特别行政区行政长官李明率特区政府代表团访问广东。", date="2025-09-10")
    [ev] = ex.events
    assert (ev.date.iso(), ev.end_date.iso(), ev.place) == ("2025-09-08", "2025-09-09", "广东")


def test_a_provincial_paper_whose_name_says_no_place_speaks_for_its_province():
    ex = run("新华日报\n2025年2月27日 星期四\n\n新华日报讯（记者 顾然）2月26日，省委理论学习中心组举行集体学习。"
             "省委书记王明主持并讲话。省委副书记、省长李华出席。", date="2025-02-27")
    assert {("王明", "江苏省委书记"), ("李华", "江苏省省长")} <= posts(ex)


def test_byline_names_need_no_surname():
    ex = run("新华社拉萨9月19日电（记者 罗布次仁 彭岷）9月18日，自治区政府副主席王刚在拉萨调研。\n\n"
             "本报讯（记者 央金）19日，全区森林草原防灭火工作会议在拉萨召开。", date="2025-09-20")
    assert {("罗布次仁", "新华社记者"), ("彭岷", "新华社记者"), ("央金", "记者")} <= posts(ex)


def test_an_appointment_names_the_appointee_the_recogniser_missed_and_no_body_spans_a_resignation():
    ex = run("本报讯 会议表决通过了人事任免事项。任命漆远山为四川省交通运输厅厅长。决定批准任命旷立成为四川省人民检察院副检察长。"
             "会议还决定接受赵明辞去四川省人民政府副省长职务。", date="2024-11-29")
    assert {("漆远山", "四川省交通运输厅厅长"), ("旷立成", "四川省人民检察院副检察长")} <= posts(ex)
    assert not any("辞去" in o.name for o in ex.organizations)


def test_a_zone_the_recogniser_cut_before_the_end_of_its_kind_is_named_whole():
    ex = run("规划提出，到2027年，长株潭都市圈地区生产总值达到1.8万亿元。", date="2025-03-01")
    assert "长株潭都市圈" in {p.name for p in ex.places} and "长株潭都市" not in {p.name for p in ex.places}


def test_no_body_named_across_an_invitation_or_a_fair_s_day_and_venue():
    ex = run("本报讯 2月26日，省委理论学习中心组举行集体学习，邀请中国人民大学经济学院教授宋明作专题辅导报告。"
             "第30届中国昆明进出口商品交易会19日在昆明滇池国际会展中心开幕。", date="2025-02-27")
    assert ("宋明", "中国人民大学经济学院教授") in posts(ex)
    assert not any(o.name.startswith("邀请") or "日在" in o.name for o in ex.organizations)


def test_an_airport_inspected_is_the_stop():
    ex = run("本报海口4月16日讯 15日上午，省长符平在海口市委副书记、市长吉远陪同下，到海口美兰国际机场检查“二线口岸”旅客通道改造，"
             "并召集省商务厅、海口海关等单位现场办公。", date="2025-04-16")
    assert when_where(ex) == [("2025-04-15", "海口美兰国际机场")]


def test_a_meeting_held_last_year_told_in_passing_is_an_event_of_its_month():
    ex = run("本报讯 据悉，联席会议第二次会议去年9月在兰州召开。", date="2025-08-09")
    assert when_where(ex) == [("2024-09", "兰州")]


def test_a_work_of_engineering_named_by_its_place_is_a_place():
    ex = run("本报讯 王明指出，要加快平陆运河建设，推动西部陆海新通道高质量发展。", date="2025-03-01")
    assert "平陆运河" in {p.name for p in ex.places}


def names_of(ex, place: str) -> set[str]:
    """A place's name and the other forms the text gives it."""
    return next({p.name, *p.aliases} for p in ex.places if p.name == place)


def test_a_zone_or_harbour_district_keeps_the_form_written_with_the_unit_before_it():
    # named on its own inside its county or port, and also as written (annotators write either)
    ex = run("在修水县宁红茶产业园，石明远详细了解茶叶加工。次日上午，石明远在九江港城西港区考察。", date="2025-05-20")
    assert names_of(ex, "宁红茶产业园") == {"宁红茶产业园", "修水县宁红茶产业园"}
    assert names_of(ex, "城西港区") == {"城西港区", "九江港城西港区"}
    assert [e.place for e in ex.events] == ["城西港区"]
    # named with the town it opens with, and also without it; not a kind of zone left bare
    ex = run("19日，石明远在塘口镇富硒茶叶产业园考察。", date="2025-05-20")
    assert names_of(ex, "塘口镇富硒茶叶产业园") == {"塘口镇富硒茶叶产业园", "富硒茶叶产业园"}


def test_a_site_named_only_as_a_stop_keeps_both_forms_of_its_name():
    ex = run("15日下午，石明远来到黄山市黟县宏村，实地察看古村落保护。", date="2025-05-20")
    assert [(str(e.date), e.place) for e in ex.events] == [("2025-05-15", "黟县宏村")]
    assert "宏村" in names_of(ex, "黟县宏村")
    ex = run("16日，石明远来到吴忠市青铜峡黄河大峡谷景区，察看文旅融合。", date="2025-05-20")
    assert names_of(ex, "黄河大峡谷景区") == {"黄河大峡谷景区", "青铜峡黄河大峡谷景区"}  # not 大峡谷景区: 黄河 is a river


def test_a_meeting_held_in_our_city_on_a_city_governments_portal_is_in_that_city():
    page = ("宿州市人民政府\n首页 > 政务公开 > 政务动态 > 工作动态\n\n"
            "皖北承接产业转移集聚区建设推进会在我市召开\n"
            "发布时间：2025-03-14 09:12　　来源：拂晓报　　【字体：大 中 小】\n\n"
            "本报讯（记者 柏青）3月13日上午，皖北承接产业转移集聚区建设推进会在我市召开。市长石明远出席会议并讲话。")
    ex = run(page, date="2025-03-14")
    assert roles_when_where(ex) == {("2025-03-13", "宿州"): {"石明远": "speaker"}}
    assert ("石明远", "宿州市市长") in posts(ex)


def test_an_act_with_nothing_but_a_year_the_sentence_does_not_write_is_no_event():
    ex = run("本报讯 3月13日上午，皖北承接产业转移集聚区建设推进会在宿州召开。四市签署了《皖北四市产业协作框架协议》。"
             "今年以来，宿州已与20余家中央企业签署战略合作协议。2019年，国务院批复《淮河生态经济带发展规划》。"
             "去年召开的省委十一届九次全会作出部署。2021年以来，四市先后签订流域横向生态保护补偿协议。", date="2025-03-14")
    assert when_where(ex) == [("2025-03-13", "宿州"), ("2019", None), ("2024", None)]


def test_a_plaque_unveiled_together_after_a_meeting_is_an_event_at_the_meeting():
    ex = run("本报讯 3月7日下午，皖北承接产业转移推进会在宿州召开。会上，两市签署了《产业协作协议》。"
             "石明远、柏青山、祁卫东共同为皖北产业协作中心揭牌。", date="2025-03-08")
    assert [e.trigger for e in ex.events] == ["召开", "揭牌"]
    unveiling = ex.events[1]
    assert (str(unveiling.date), unveiling.place, roles(unveiling)) == (
        "2025-03-07", "宿州", {"石明远": "other", "柏青山": "other", "祁卫东": "other"})
    # an unveiling told just before takes those who unveil it: no second event
    ex = run("本报讯 3月7日下午，皖北产业协作中心在宿州揭牌。石明远、柏青山共同为中心揭牌。", date="2025-03-08")
    assert [e.trigger for e in ex.events] == ["揭牌"]


def test_a_provinces_leading_group_of_cadres_is_no_person():
    ex = run("3月14日，省委常委会召开会议。会议听取了组织部部长石明远关于全省领导班子和干部队伍建设情况的汇报。"
             "市领导柏青山、祁卫东出席。", date="2024-03-15")
    assert {p.name for p in ex.persons} == {"石明远", "柏青山", "祁卫东"}


def test_goals_without_the_words_around_their_indicator():
    ex = run("会议明确，到2027年，全省研发投入强度均达到3.2%以上，高速公路服务区充电设施覆盖率达到100%；"
             "届时机场年旅客吞吐能力将达到6000万人次，带动数字经济核心产业增加值年均增长12%以上。"
             "今年力争全省智能终端产量达到1.8亿部，社会物流总费用与地区生产总值的比率下降至13.5%，财政援助资金不低于25亿元，"
             "跨省通勤人数日均达到3万人次。", date="2025-01-10")
    got = {(g.indicator, g.target, str(g.deadline)) for g in ex.goals}
    assert {("研发投入强度", "3.2%以上", "2027"), ("高速公路服务区充电设施覆盖率", "100%", "2027"),
            ("机场年旅客吞吐能力", "6000万人次", "2027"), ("数字经济核心产业增加值", "年均增长12%以上", "2027"),
            ("智能终端产量", "1.8亿部", "2025"), ("社会物流总费用与地区生产总值的比率", "13.5%", "2025"),
            ("财政援助资金", "25亿元", "2025"), ("跨省通勤人数日均", "3万人次", "2025")} <= got


def test_levels_listed_without_a_verb_among_the_years_aims():
    ex = run("全会提出，明年全省经济社会发展的主要预期目标是：地区生产总值增长5%以上，城镇新增就业22万人以上，"
             "城镇调查失业率5.5%左右，居民消费价格涨幅2%左右，粮食总产量稳定在850亿斤以上。", date="2024-12-28")
    assert {(g.indicator, g.target, str(g.deadline)) for g in ex.goals} == {
        ("地区生产总值", "增长5%以上", "2025"), ("城镇新增就业", "22万人以上", "2025"), ("城镇调查失业率", "5.5%左右", "2025"),
        ("居民消费价格涨幅", "2%左右", "2025"), ("粮食总产量", "850亿斤以上", "2025")}


def test_an_autonomous_prefecture_by_its_short_names_a_conjunction_before_县_and_zones_named_with_brackets():
    ex = run("楚雄州委书记石明远发言。", date="2025-05-20")
    assert names_of(ex, "楚雄彝族自治州") >= {"楚雄", "楚雄州"}
    ex = run("会议以视频形式开到各设区市和县。次日，石明远在马鞍山市和县考察。", date="2025-05-20")
    assert [p.name for p in ex.places if p.kind == "county"] == ["和县"]
    ex = run("他考察了中国电子（郑州）数字经济产业园，随后来到中国（绵阳）科技城。", date="2025-05-20")
    assert {(p.name, p.parent) for p in ex.places if p.kind == "zone"} == {
        ("中国电子（郑州）数字经济产业园", "郑州"), ("中国（绵阳）科技城", "绵阳")}


def test_no_zone_across_a_verb_and_a_listed_zone_keeps_its_province_s_form():
    ex = run("石明远介绍了曲靖、红河推进滇中城市群一体化发展的工作举措。深化四川天府新区与重庆两江新区协同联动。", date="2025-05-20")
    assert "滇中城市群" in {p.name for p in ex.places}
    assert not any("推进" in n for p in ex.places for n in (p.name, *p.aliases))
    assert names_of(ex, "两江新区") == {"两江新区", "重庆两江新区"}  # not 两江新


def test_no_zone_cut_out_of_a_word_nor_begun_with_a_verb_nor_ending_in_乡村():
    ex = run("力争到2027年黔中城市群常住人口城镇化率达到68%。洛阳加快建设中原城市群副中心城市，推进和美乡村建设。", date="2025-05-20")
    assert {p.name for p in ex.places} == {"黔中城市群", "洛阳", "中原城市群"}


def test_regions_named_by_abbreviations_of_their_cities_and_the_zones_and_ports_named_after_them():
    ex = run("推动长株潭都市圈建设，北部湾经济区加快发展，北部湾港集装箱吞吐量突破900万标箱；加快万达开川渝统筹发展示范区建设。"
             "长三角港口集装箱吞吐量占全国比重约38%。", date="2025-05-20")
    assert {"长株潭都市圈", "北部湾经济区", "北部湾港", "万达开川渝统筹发展示范区"} <= {p.name for p in ex.places}
    assert "长三角港" not in {p.name for p in ex.places}  # 港口 is a word


def test_a_centre_or_pattern_a_region_is_to_become_is_no_body_and_a_conveyed_spirit_opens_no_post():
    ex = run("加快建设具有全国影响力的重要经济中心和科技创新中心，建设粤港澳大湾区国际科技创新中心，"
             "支持郑州国家中心城市建设，推动西部大开发形成新格局。京津冀国家技术创新中心揭牌。", date="2025-05-20")
    assert {o.name for o in ex.organizations} == {"京津冀国家技术创新中心"}
    ex = run("9月15日，省委常委会召开会议，传达学习中央区域协调发展领导小组会议精神和中共中央政治局常委、国务院副总理、"
             "中央区域协调发展领导小组副组长石明远在会上的讲话精神。", date="2025-09-16")
    assert posts(ex) == {("石明远", "中共中央政治局常委"), ("石明远", "国务院副总理"), ("石明远", "中央区域协调发展领导小组副组长")}


def test_surnames_of_yunnan_compound_surnames_a_promotion_and_no_name_in_came_to_a_province():
    ex = run("玉溪市委书记字天佑，楚雄州委书记保文辉出席。省发展改革委主任者永福出席会议。"
             "要深入学习贯彻习近平总书记来川视察重要指示精神。", date="2024-06-14")
    assert {p.name for p in ex.persons} == {"字天佑", "保文辉", "者永福", "习近平"}
    ex = run("中国共产党吉林省第十二届委员会第六次全体会议公报。全会按照有关规定，递补省委候补委员左丘远航、艾清源为省委委员。",
             date="2024-12-28")
    assert {("左丘远航", "吉林省委候补委员"), ("艾清源", "吉林省委候补委员"), ("艾清源", "吉林省委委员")} <= posts(ex)


def test_reporters_of_a_byline_listed_with_a_comma_share_the_title():
    ex = run("新华社成都4月18日电（记者邝文舒、皇甫敏）联席会议18日在成都召开。", date="2025-04-18")
    assert posts(ex) == {("邝文舒", "新华社记者"), ("皇甫敏", "新华社记者")}


def test_transliterated_names_after_a_post_and_no_verb_of_the_clause_in_a_post():
    ex = run("内蒙古自治区党委书记孟和巴雅尔，自治区党委副书记、自治区主席那顺乌日图出席。西藏自治区政府副主席次旺多吉陪同。"
             "受澳门特别行政区行政长官苏永泰委托，■本报记者石明远报道。", date="2025-05-20")
    assert {("孟和巴雅尔", "内蒙古自治区党委书记"), ("那顺乌日图", "内蒙古自治区党委副书记"), ("那顺乌日图", "内蒙古自治区主席"),
            ("次旺多吉", "西藏自治区政府副主席"), ("苏永泰", "澳门特别行政区行政长官")} <= posts(ex)
    assert not any(post.startswith(("受", "■")) for _, post in posts(ex))


def test_a_congress_committees_deputies_after_its_executive_deputy_share_its_body():
    ex = run("四川省人大常委会常务副主任石明远，副主任柏青山、祁卫东，秘书长申屠岳出席会议。", date="2024-11-29")
    assert posts(ex) == {("石明远", "四川省人大常委会常务副主任"), ("柏青山", "四川省人大常委会副主任"),
                         ("祁卫东", "四川省人大常委会副主任"), ("申屠岳", "四川省人大常委会秘书长")}


def test_a_site_named_after_the_zone_it_lies_in_keeps_its_own_name_too():
    ex = run("在洋浦经济开发区小铲滩码头，石明远察看了查验场地建设进度。", date="2025-04-15")
    assert any("小铲滩码头" in (p.name, *p.aliases) and p.name != "小铲滩码头" for p in ex.places)


def test_a_bare_provincial_or_city_government_is_the_articles():
    ex = run("湖北日报讯 湖北省委书记石明远出席。省人大常委会、省政府、省政协有关负责同志参加。省长柏青山主持召开省政府常务会议。",
             date="2024-03-11")
    assert ("湖北省政府", ("省政府",)) in {(o.name, o.aliases) for o in ex.organizations}
    ex = run("会议由湖北省政府主办。", date="2024-03-11")
    assert "北省政府" not in {o.name for o in ex.organizations}


def test_a_named_work_inspected_after_reaching_its_county_is_the_stop():
    ex = run("13日下午，石明远驱车来到吉安市万安县，检查万安水利枢纽防洪调度工作。", date="2024-06-15")
    assert when_where(ex) == [("2024-06-13", "万安水利枢纽")]


def test_a_city_party_paper_named_for_its_region_speaks_for_its_city():
    ex = run("三峡日报 2023年12月14日 星期四 第1版\n\n全市冬季森林防火工作会议召开\n\n"
             "本报讯 13日，全市冬季森林防火工作会议召开。副市长石明远出席会议并讲话。", date="2023-12-14")
    assert ("石明远", "宜昌市副市长") in posts(ex)
    assert when_where(ex) == [("2023-12-13", "宜昌")]


def test_a_work_reports_aims_a_quarters_targets_and_no_last_years_result():
    ex = run("今年是“十四五”规划收官之年。全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长3%；"
             "城镇调查失业率控制在5%以内。确保一季度全市地区生产总值增长6%以上，固定资产投资增长8%以上。"
             "去年全市地区生产总值增长5.6%左右。到今年底全市城镇生活垃圾分类覆盖面达到100%，将安排财政援助资金28亿元。",
             date="2025-01-14")
    assert {(g.indicator, g.target, str(g.deadline)) for g in ex.goals} == {
        ("地区生产总值", "增长5.5%左右", "2025"), ("一般公共预算收入", "增长3%", "2025"), ("城镇调查失业率", "5%以内", "2025"),
        ("地区生产总值", "增长6%以上", "2025-03"), ("固定资产投资", "增长8%以上", "2025-03"),
        ("城镇生活垃圾分类覆盖面", "100%", "2025"), ("财政援助资金", "28亿元", "2025")}


def test_an_indicator_without_the_city_or_county_it_is_measured_in_but_with_its_facilitys_name():
    ex = run("会议提出，到2027年，江门地区生产总值达到5000亿元，吴江区规上工业总产值达到6000亿元，梨树县今年保护性耕作面积达到400万亩，"
             "西安咸阳国际机场旅客吞吐量达到6000万人次。", date="2025-01-14")
    assert {g.indicator for g in ex.goals} == {"地区生产总值", "规上工业总产值", "保护性耕作面积", "西安咸阳国际机场旅客吞吐量"}


def test_a_city_whose_bare_name_is_also_its_countys_is_the_city():
    ex = run("6月13日至14日，省长石明远在赣州、吉安检查防汛工作。今年4月，柏青山深入赣州、吉安等地考察调研。", date="2025-05-07")
    assert {(p.name, p.kind) for p in ex.places} >= {("赣州", "prefecture"), ("吉安", "prefecture")}
    assert all(p.name != "吉安县" for p in ex.places)


def test_a_visit_told_before_a_signing_is_on_its_day():
    ex = run("本报讯 6月20日，京津冀产业协同发展重点项目集中签约活动举行。石明远出席并致辞。\n\n"
             "签约活动前，石明远、柏青山一同参观了雄安新区规划展示中心，了解新区规划建设情况。", date="2024-06-21")
    assert ("2024-06-20", "雄安新区规划展示中心") in when_where(ex)


def test_a_web_pages_publication_date_is_no_release():
    ex = run("2025年南通市政府工作报告（摘要）\n\n发布日期：2025-01-14　来源：南通市人民政府办公室　字号：大 中 小\n\n"
             "去年6月，南通新机场航站区工程开工建设。", date="2025-01-14")
    assert [e.trigger for e in ex.events] == ["开工建设"]


def test_a_station_reached_by_the_first_train_is_the_stop():
    ex = run("本报讯 12月26日上午，宜涪高铁开通运营仪式在宜昌东站举行。石明远宣布开通。仪式结束后，石明远、柏青山等乘坐首发列车抵达利川站，"
             "察看站房设施和旅客服务情况。", date="2025-12-27")
    assert when_where(ex) == [("2025-12-26", "宜昌东站"), ("2025-12-26", "利川站")]


def test_a_bio_city_is_a_zone_and_a_site():
    ex = run("本报讯 10月16日，石明远在成都天府国际生物城察看创新药研发平台，了解产业发展情况。", date="2024-10-17")
    assert names_of(ex, "成都天府国际生物城") == {"成都天府国际生物城", "天府国际生物城"}
    assert when_where(ex) == [("2024-10-16", "成都天府国际生物城")]


def test_a_stop_sites_bare_name_is_no_kind_of_site():
    ex = run("6月13日至14日，省长石明远沿赣江一路检查防汛备汛工作。14日上午，石明远来到泰和县马市镇赣江堤段，"
             "察看险工险段整治和巡堤查险值守情况。", date="2024-06-15")
    assert names_of(ex, "赣江堤段") == {"赣江堤段", "泰和县马市镇赣江堤段"}  # not 堤段


def test_a_tour_of_observation_by_the_meetings_attendees_is_a_stop():
    ex = run("本报讯 5月16日，全省推进会在南昌召开。会前，与会人员观摩南昌高新技术产业开发区部分重点产业项目。", date="2024-05-17")
    assert when_where(ex) == [("2024-05-16", "南昌"), ("2024-05-16", "南昌高新技术产业开发区")]


def test_a_park_or_logistics_port_opening_a_sentence_is_the_stop():
    ex = run("12日上午，石明远、柏青山一行在深汕特别合作区调研。在小漠国际物流港，石明远登上码头察看二期工程建设进展。"
             "在深汕湾科创园，他察看了新一代电子信息产业项目。", date="2024-09-13")
    assert [p for _, p in when_where(ex)][1:] == ["小漠国际物流港", "深汕湾科创园"]


def test_above_activities_after_a_visit_of_several_days_are_the_visit_and_its_meetings():
    ex = run("本报成都11月8日电 11月6日至8日，浙江省委书记岳明川率浙江省党政代表团在四川学习考察。"
             "7日，浙江·四川东西部协作联席会议在成都召开。四川省委书记冀长风出席会议并讲话。"
             "浙江省领导葛一凡、巫书亮，四川省领导屈晓川参加上述活动。\n\n"
             "6日，代表团来到西昌市。在西昌浙川产业合作园，岳明川察看企业生产情况。", date="2024-11-09")
    visit = next(e for e in ex.events if e.end_date is not None)
    meeting = next(e for e in ex.events if e.label.endswith("联席会议"))
    for ev in (visit, meeting):
        assert {"葛一凡", "巫书亮", "屈晓川"} <= set(roles(ev)), ev.label
    assert not any("葛一凡" in roles(e) for e in ex.events if e not in (visit, meeting))


def test_a_deputy_who_speaks_at_a_delegations_deliberation_is_a_speaker():
    ex = run("本报讯 1月20日上午，宜宾代表团举行全体会议，审议政府工作报告。代表团团长、宜宾市委书记庞文山主持。\n\n"
             "宜宾市委副书记、市长冷青禾代表说，报告对生态屏障建设作出部署。"
             "叙州区第一中学校教师司马晓帆代表就推进县域普通高中振兴提出建议。", date="2026-01-21")
    got = roles(ex.events[0])
    assert got["冷青禾"] == "speaker" and got["司马晓帆"] == "speaker" and got["庞文山"] == "chair"


def test_those_who_come_along_on_a_visit_or_an_inspection_attend_it():
    ex = run("本报讯 9月8日至9日，香港特别行政区行政长官乔卓谦率特区政府代表团访问广东。"
             "政务司司长谢宛清，财政司副司长黎浩然等随同访问。", date="2025-09-10")
    assert {"谢宛清": "attendee", "黎浩然": "attendee"}.items() <= roles(ex.events[0]).items()
    ex = run("本报讯 6月13日，省长邝立松在赣州检查防汛备汛工作。他强调，要坚持人民至上。"
             "副省长厍振东，省政府秘书长宗政明一同检查。", date="2024-06-15")
    assert {"厍振东": "attendee", "宗政明": "attendee"}.items() <= roles(ex.events[0]).items()


def test_a_headlines_space_ends_a_role_and_coming_along_on_a_visit_is_no_visit_of_its_own():
    ex = run("两省举行交流座谈会\n庹立明钭锦华讲话 仝国新主持\n\n"
             "本报讯（记者 鄢若溪）4月9日至10日，浙江省委书记钭锦华率浙江省党政代表团来川学习考察。"
             "浙江省副省长邬静川随团考察并参加座谈会。9日下午，两省在成都举行交流座谈会。", date="2025-04-11")
    meeting = next(e for e in ex.events if e.place == "成都")
    assert roles(meeting)["庹立明"] == "speaker" and roles(meeting)["钭锦华"] == "speaker"
    visit = next(e for e in ex.events if e.end_date is not None)
    assert roles(visit)["邬静川"] == "attendee"
    assert len([e for e in ex.events if e.trigger == "考察"]) == 1


def test_who_speaks_at_a_press_conference_or_reports_in_turn_is_a_speaker():
    ex = run("本报北京2月10日电 国务院新闻办公室10日举行新闻发布会，介绍《北部湾城市群发展规划》有关情况。"
             "国家发展改革委副主任韦振中介绍，规划提出到2030年城镇化率达到65%。"
             "自然资源部国土空间规划局副局长綦丽华表示，将严守耕地保护红线。", date="2026-02-11")
    assert roles(ex.events[0]) == {"韦振中": "speaker", "綦丽华": "speaker"}
    ex = run("本报长沙7月10日电 7月10日，长江中游城市群省会城市合作发展座谈会在长沙召开。湖南省委书记岳承明主持会议并讲话。"
             "湖北省委副书记、省长柏崇武，江西省委副书记、省长邬定国分别介绍本省推进城市群建设有关情况。", date="2025-07-11")
    assert {"柏崇武": "speaker", "邬定国": "speaker"}.items() <= roles(ex.events[0]).items()


def test_those_who_escort_a_visits_first_stop_escort_the_visit():
    ex = run("本报讯 10月15日，省长厍志远在信阳市调研。副省长宓晓东参加调研。"
             "15日上午，在信阳市委书记蒯雪松和市长訾东明陪同下，厍志远首先来到光山县槐店乡司马光油茶园，察看油茶果采摘情况。",
             date="2024-10-16")
    visit, stop = ex.events[0], ex.events[1]
    assert {"蒯雪松": "attendee", "訾东明": "attendee"}.items() <= roles(visit).items()
    assert {"蒯雪松", "訾东明"} <= set(roles(stop))


def test_escorts_each_in_their_own_city_escort_the_visit_of_several_days():
    ex = run("本报讯 8月20日至22日，省委书记葛振华在齐齐哈尔、大庆调研。20日，葛振华来到讷河市拉哈镇，察看大豆高产示范田。"
             "22日，葛振华在大庆主持召开座谈会。齐齐哈尔市委书记柏文山、市长宫建国，大庆市委书记苗庆森分别陪同。",
             date="2024-08-23")
    visit = next(e for e in ex.events if e.end_date is not None)
    meeting = next(e for e in ex.events if e.trigger == "主持召开")
    assert {"柏文山", "宫建国", "苗庆森"} <= set(roles(visit))
    assert not {"柏文山", "宫建国", "苗庆森"} & set(roles(meeting))


def test_the_sittings_of_a_meeting_and_forum_of_two_days_are_told_by_their_day():
    ex = run("本报柳州11月22日电 11月21日至22日，2024年粤桂合作联席会议暨粤桂合作发展论坛在柳州市举行。\n\n"
             "21日上午，广东省党政代表团一行来到柳东新区，考察新能源汽车产业发展情况。\n\n"
             "当天下午召开的联席会议由覃振海主持。次日上午举行的粤桂合作发展论坛上，鄢启东致辞。", date="2024-11-23")
    got = {(str(e.date), e.place): e for e in ex.events if e.end_date is None}
    assert roles(got[("2024-11-21", "柳州")])["覃振海"] == "chair"
    assert roles(got[("2024-11-22", "柳州")])["鄢启东"] == "speaker"


def test_a_time_so_far_dates_no_event_when_the_sentence_tells_another_date():
    ex = run("河北日报 2024年9月13日\n\n本报讯 日前，省推进京津冀协同发展领导小组召开全体会议，总结今年以来工作，研究部署下一阶段重点任务。"
             "省委书记郦东明主持会议并讲话。", date="2024-09-13")
    assert str(ex.events[0].date) == "2024-09"


def test_the_newly_appointed_who_take_the_oath_take_part_in_the_oath_ceremony():
    ex = run("本报长沙11月29日电 11月29日，湖南省十四届人大常委会第十三次会议在长沙闭幕。省人大常委会主任戚振明主持闭幕会。"
             "闭幕会后，举行宪法宣誓仪式。戚振明监誓，新任命的上官瑞、官晓平向宪法宣誓。", date="2024-11-30")
    oath = next(e for e in ex.events if "宣誓" in e.label)
    assert roles(oath) == {"戚振明": "chair", "上官瑞": "other", "官晓平": "other"}


def test_those_who_sign_for_the_parties_take_part_in_the_event_told():
    ex = run("本报讯 9月11日，省长慕容卫国在广州会见中国电信集团有限公司董事长禚建平一行，并共同见证签约。"
             "副省长郇启亮与中国电信集团有限公司总经理亓书华代表双方签约。", date="2024-09-12")
    assert {"郇启亮": "other", "亓书华": "other"}.items() <= roles(ex.events[0]).items()


def test_whom_the_visitor_talks_with_at_a_stop_takes_part_in_it():
    ex = run("本报讯 11月5日，省委书记宋云海在兰考县调研。在张庄村，宋云海与村党支部书记魏长林交流，详细了解村集体经济发展情况。",
             date="2024-11-06")
    stop = next(e for e in ex.events if e.place == "张庄村")
    assert roles(stop) == {"宋云海": "other", "魏长林": "other"}


def test_goal_units_of_flow_energy_and_working_days():
    got = {(g.indicator, g.target) for g in run("本报讯 会议提出，到2027年，企业开办时间压缩至1个工作日以内，动力电池产能达到300GWh，"
                                                  "下游河道主槽过流能力恢复到5000立方米每秒以上。", date="2025-03-01").goals}
    assert {("企业开办时间", "1个工作日以内"), ("动力电池产能", "300GWh"), ("下游河道主槽过流能力", "5000立方米每秒以上")} <= got


def test_this_years_figures_told_in_its_first_quarter_and_next_years_are_targets():
    got = {(g.indicator, g.target, str(g.deadline)) for g in run(
        "本报讯 会议强调，今年全市接待游客达到1.6亿人次，旅游总收入突破1400亿元。", date="2025-02-01").goals}
    assert {("接待游客", "1.6亿人次", "2025"), ("旅游总收入", "1400亿元", "2025")} <= got
    got = {(g.indicator, g.target) for g in run("本报讯 今年全市接待游客达到1.6亿人次。", date="2025-12-20").goals}
    assert not got  # told in December: the year's result
    got = {(g.indicator, g.target, str(g.deadline)) for g in run(
        "本报讯 今年，全省力争接待游客5000万人次以上，实现旅游总收入500亿元。", date="2025-05-22").goals}
    assert {("接待游客", "5000万人次以上", "2025"), ("旅游总收入", "500亿元", "2025")} <= got


def test_a_work_named_with_latin_letters_or_digits_is_counted():
    got = {(g.indicator, g.target, str(g.deadline)) for g in run("本报讯 到2026年底，全省累计建成5G基站15万个。", date="2024-04-25").goals}
    assert ("5G基站", "15万个", "2026") in got


def test_a_named_metropolitan_area_stays_in_its_indicator_and_a_bare_one_does_not():
    got = {(g.indicator, g.target) for g in run("本报讯 会议提出，到2027年，成都都市圈地区生产总值达到3.3万亿元，"
                                                  "都市圈常住人口城镇化率达到75%。", date="2025-03-20").goals}
    assert got == {("成都都市圈地区生产总值", "3.3万亿元"), ("常住人口城镇化率", "75%")}


def test_an_increase_written_after_its_subject_and_no_bound_as_an_indicator():
    got = {(g.indicator, g.target) for g in run("本报讯 他说，今年合作区澳资企业力争新增1000家以上。到2027年，带动项目直接投资约2500亿元。",
                                                  date="2025-05-20").goals}
    assert ("澳资企业", "新增1000家以上") in got and ("带动项目直接投资", "2500亿元") in got
    assert not any(ind in ("以上", "家以上") for ind, _ in got)


def test_a_year_after_a_verb_of_building_is_no_target():
    assert not run("本报讯 会议提出，今年要完成2000年底前建成的需改造城镇老旧小区改造任务。", date="2025-03-20").goals


def test_the_date_of_a_meeting_conveyed_is_not_the_meetings_own():
    ex = run("本报讯 4月21日，省委副书记、省长郗国强主持召开省政府第86次常务会议，传达学习4月18日国务院常务会议精神。",
             date="2025-04-21")
    assert [str(e.date) for e in ex.events if e.trigger == "主持召开"] == ["2025-04-21"]


def test_a_headlines_act_does_not_take_the_people_of_the_activity_reported():
    ex = run("四川第三季度重大项目集中开工 1086个项目总投资2846亿元\n\n"
             "新华社成都9月26日电 四川省2024年第三季度重大项目集中开工活动26日上午举行。\n\n"
             "成都主会场设在成都东部新区航空发动机零部件产业园项目现场。四川省委书记甘振华宣布项目开工，省长厍远东致辞，"
             "省领导缪冬林出席。", date="2024-09-27")
    activity = next(e for e in ex.events if e.label.endswith("活动"))
    assert roles(activity) == {"甘振华": "speaker", "厍远东": "speaker", "缪冬林": "attendee"}


def test_a_part_of_a_province_named_by_direction_is_a_region_of_it():
    ex = run("本报讯 3月12日至13日，省委书记司徒建国在粤西调研。", date="2025-03-14")
    assert ("粤西", "广东", "region") in [(p.name, p.parent, p.kind) for p in ex.places]
    assert ex.events[0].place == "粤西"


def test_a_meeting_held_during_a_visit_of_several_days_is_dated_by_the_visit():
    ex = run("本报讯 4月17日至18日，省委书记隗振国在酒泉市调研。17日下午，隗振国来到瓜州县，察看光伏电站建设情况。"
             "18日上午，隗振国来到敦煌市，察看文物保护情况。\n\n"
             "调研期间，隗振国主持召开座谈会，听取酒泉市工作汇报。", date="2025-04-19")
    meeting = next(e for e in ex.events if e.trigger == "主持召开")
    assert (str(meeting.date), str(meeting.end_date), meeting.place) == ("2025-04-17", "2025-04-18", "酒泉")


def test_he_is_the_leader_of_a_lead_opening_with_a_dateline_a_byline_and_a_long_post():
    ex = run("本报南昌3月20日讯（记者 皇甫若曦 冉卓）3月18日至19日，中共中央政治局常委、国务院副总理东方明亮在江西调研。"
             "20日上午，他在南昌主持召开推动中部地区崛起座谈会并讲话。", date="2025-03-21")
    meeting = next(e for e in ex.events if e.place == "南昌")
    assert roles(meeting) == {"东方明亮": "chair"}


def test_a_visit_told_again_by_its_stops_after_the_meeting_that_closed_it_is_the_same_visit():
    ex = run("本报南昌3月20日讯 3月18日至19日，国务院副总理东方明亮在江西调研。20日上午，他在南昌主持召开座谈会并讲话。"
             "在江西省委书记昝怀山陪同下，东方明亮先后来到九江、南昌等地，深入企业、港口、农村调研。", date="2025-03-21")
    visits = [e for e in ex.events if e.trigger == "调研"]
    assert len(visits) == 1 and roles(visits[0])["昝怀山"] == "attendee"


def test_a_city_that_signs_with_a_company_is_no_part_of_the_companys_name():
    ex = run("本报讯 大会现场，龙南市与中国稀土集团有限公司、南康区与厦门瑞弘家居集团有限公司签约。", date="2024-05-20")
    assert {"中国稀土集团有限公司", "厦门瑞弘家居集团有限公司"} <= {o.name for o in ex.organizations}
    assert not any("与" in o.name for o in ex.organizations)


def test_a_zone_and_a_company_visited_in_turn_are_a_place_and_a_body():
    ex = run("本报讯 9日，代表团一行转赴惠州市，先后考察了惠州仲恺高新技术产业开发区和惠州市恒泰精工电子有限公司。",
             date="2024-06-15")
    assert "惠州市恒泰精工电子有限公司" in {o.name for o in ex.organizations}
    assert not any("和" in o.name for o in ex.organizations)
    assert not any(e.place and "和" in e.place for e in ex.events)


def test_talks_with_a_company_are_placed_where_the_sentence_says_after_the_guest():
    ex = run("本报讯 3月12日，省政府与中国远航能源集团有限公司在贵阳举行工作座谈，双方签署战略合作协议。", date="2025-03-13")
    talks = [e for e in ex.events if "座谈" in e.label]
    assert [(str(e.date), e.place) for e in talks] == [("2025-03-12", "贵阳")]


def test_a_village_written_after_its_township_is_a_place_of_its_own():
    ex = run("本报讯 9日上午，市委书记欧阳明远来到石阡县，在马家镇光明村察看茶园管护情况。", date="2025-04-10")
    assert {"马家镇", "光明村"} <= {p.name for p in ex.places}
    assert [e.place for e in ex.events if "察看" in e.label] == ["光明村"]


def test_the_leader_of_an_inspection_party_takes_part_in_the_stops_the_party_makes():
    ex = run("本报讯 9月10日至12日，省人大常委会副主任欧阳立新率执法检查组，在衡阳市、永州市检查《中华人民共和国"
             "种子法》贯彻实施情况。\n10日，检查组来到衡阳市衡南县，在三塘镇察看水稻制种基地建设情况。", date="2024-09-13")
    stop = next(e for e in ex.events if e.place == "三塘镇")
    assert [(p.name, p.role) for p in stop.participations] == [("欧阳立新", "other")]


def test_a_meeting_told_without_a_place_during_a_visit_to_one_city_is_held_there():
    ex = run("本报讯 5月8日至9日，省长司徒振华来我市调研民营经济工作。\n8日，司徒振华来到高新区，察看企业生产情况。\n"
             "9日下午，司徒振华主持召开民营企业座谈会，三位企业负责人先后发言。", date="2025-05-10")
    ex_city = run("牡丹江日报 2025年5月10日\n本报讯 5月8日至9日，省长司徒振华来我市调研民营经济工作。\n8日，司徒振华来到高新区，察看"
                  "企业生产情况。\n9日下午，司徒振华主持召开民营企业座谈会，三位企业负责人先后发言。", date="2025-05-10")
    assert [e.place for e in ex_city.events if e.label.endswith("座谈会")] == ["牡丹江"]
    assert [e.place for e in ex.events if e.label.endswith("座谈会")] == [None]  # no city to go by


def test_a_line_opened_by_a_train_leaving_a_station_is_opened_there():
    ex = run("新华社贵阳5月6日电 6日上午，首趟中欧班列从贵阳都拉营国际陆海通物流港站缓缓驶出，标志着贵阳至布达佩斯中欧班列正式开通。",
             date="2025-05-07")
    assert [e.place for e in ex.events if e.trigger.startswith("开通")] == ["贵阳都拉营国际陆海通物流港站"]


def test_who_unveils_a_plaque_just_told_takes_part_in_the_unveiling():
    ex = run("本报讯 6月3日，黔中城市群科技成果转化中心在贵安新区揭牌。省科技厅厅长司马文涛、贵安新区管委会主任尉迟航为中心揭牌。",
             date="2025-06-04")
    unveiling = next(e for e in ex.events if "揭牌" in e.label)
    assert {p.name for p in unveiling.participations} == {"司马文涛", "尉迟航"}


def test_a_request_before_a_body_is_no_part_of_its_name():
    ex = run("本报讯 现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。", date="2025-01-16")
    assert not any(o.name.startswith(("并请", "请")) for o in ex.organizations)


def test_an_alliance_is_a_body_named_with_its_region():
    ex = run("本报讯 两地联合组建的成渝地区双城经济圈汽车产业联盟成员单位已达260家。", date="2025-06-26")
    assert "成渝地区双城经济圈汽车产业联盟" in {o.name for o in ex.organizations}


def test_a_slogans_figure_and_a_conjunction_before_a_county_seat_are_no_places():
    ex = run("本报讯 要打造融入粤港澳大湾区桥头堡，让黄河成为造福人民的幸福河。他检查了一家焦化企业和县城一处在建保障性住房项目工地。",
             date="2025-04-12")
    assert not {"桥头堡", "幸福河", "和县"} & {p.name for p in ex.places}


def test_a_wish_for_a_river_and_a_kind_of_city_are_no_places():
    ex = run("本报讯 要确保黄河长久安澜，支持郑州国家中心城市建设。", date="2025-04-12")
    assert not any(p.name.endswith(("安澜", "中心")) for p in ex.places)


def test_a_title_whose_last_character_begins_a_county_is_no_title():
    ex = run("本报讯 24日上午，聂怀山一行来到福州市长乐区，考察中国东南大数据产业园。重庆市委副书记、市长江承宇出席。",
             date="2025-04-25")
    assert {p.name for p in ex.persons} == {"聂怀山", "江承宇"}
    assert ("江承宇", "重庆市市长") in {(h.person, h.post) for h in ex.posts}


def test_stops_of_a_party_told_as_everyone_are_stops_of_its_visit():
    ex = run("本报讯 3月18日下午，京津冀协同发展座谈会在河北雄安新区召开。18日上午，诸葛文山、郦成海、栾志刚等一同实地考察雄安新区建设情况。"
             "在雄安站，大家登上站房观景平台，远眺京雄城际铁路施工现场。随后，大家来到容东片区，走进社区综合服务中心，察看公共服务配套情况。",
             date="2025-03-19")
    station = next(e for e in ex.events if e.place == "雄安站")
    assert set(roles(station)) == {"诸葛文山", "郦成海", "栾志刚"}
    assert "容东片区" in [e.place for e in ex.events]


def test_a_name_that_ends_a_list_before_deng_is_a_name():
    ex = run("本报讯 18日上午，诸葛文山、郦成海、栾志平等一同实地考察雄安新区建设情况。要坚持公平等原则。", date="2025-03-19")
    assert {p.name for p in ex.persons} == {"诸葛文山", "郦成海", "栾志平"}


def test_a_headline_that_shortens_a_meetings_name_or_writes_its_number_in_words_is_that_meeting():
    for headline, lead in (("徐瑞明主持召开省政府常务会议", "11月28日，省长徐瑞明主持召开省政府第六十一次常务会议，研究清洁取暖保障工作。"),
                           ("甘汝林主持召开省政府第五十八次常务会议", "7月9日，省长甘汝林主持召开省政府第58次常务会议，研究低空经济工作。")):
        ex = run(f"{headline}\n\n本报讯（记者 邢悦）{lead}", date="2024-11-29")
        assert len(ex.events) == 1 and ex.events[0].date is not None, headline


def test_a_plenary_by_its_short_name_and_a_meeting_to_come_later_this_month():
    ex = run("中共江西省委十五届七次全会在南昌举行\n\n新华社南昌12月28日电 中国共产党江西省第十五届委员会第七次全体会议12月27日至28日在南昌举行。"
             "省委副书记、省长皇甫振东在全会上就明年全省经济社会发展主要预期目标作了说明。"
             "据了解，全会闭幕后，中共江西省委经济工作会议将于29日在南昌召开。", date="2024-12-28")
    plenary = [e for e in ex.events if "全" in e.label]
    assert len(plenary) == 1 and roles(plenary[0])["皇甫振东"] == "speaker"
    assert "2024-12-29" in [str(e.date) for e in ex.events]


def test_a_ceremony_chaired_at_a_branch_venue_is_that_venues_part_and_the_headline_leaves_out_activity():
    ex = run("全市2026年一季度重大项目集中开工\n\n本报讯（记者 冯磊）昨日上午，我市2026年一季度重大项目集中开工活动举行。"
             "主会场设在关中平原城市群协同创新产业园项目现场。市委书记侯振山宣布开工。\n\n"
             "在西安高新区分会场，高新区党工委书记范文海主持开工仪式，28个项目集中开工。", date="2026-03-03")
    assert all(e.date is not None for e in ex.events)
    branch = next(e for e in ex.events if e.place == "西安高新区")
    assert (str(branch.date), roles(branch)) == ("2026-03-02", {"范文海": "chair"})


def test_a_call_before_the_opening_ceremony_is_on_its_day():
    ex = run("新华社昆明6月19日电 19日，第9届中国—南亚博览会在昆明开幕。\n\n开幕式前，陆承明在昆明会见了卡尔基。", date="2025-06-20")
    call = next(e for e in ex.events if e.trigger == "会见")
    assert str(call.date) == "2025-06-19"


def test_goal_indicators_lose_the_verbs_that_aim_at_them():
    got = {(g.indicator, g.target) for g in run("本报讯 会议要求，确保城镇新增就业90万人以上，紧盯全年地区生产总值增长6%左右目标，"
                                                  "今年内新增跨省通办事项50项以上。到2027年，跨境公路班车年运输量达到8万车次。",
                                                  date="2024-09-26").goals}
    assert {("城镇新增就业", "90万人以上"), ("地区生产总值", "增长6%左右"), ("跨省通办事项", "新增50项以上"),
            ("跨境公路班车年运输量", "8万车次")} <= got


def test_a_headline_visit_of_a_region_is_the_leads_tour_of_its_cities():
    ex = run("司徒建明在粤西调研时强调\n\n本报讯（记者 粟晓彤）3月12日至13日，省委副书记、省长司徒建明到湛江、茂名、阳江三市调研。"
             "副省长龙湘江参加调研。", date="2025-03-14")
    visits = [e for e in ex.events if e.trigger == "调研"]
    assert len(visits) == 1 and visits[0].place == "粤西" and roles(visits[0])["龙湘江"] == "attendee"


def test_a_site_inspected_in_the_district_reached_is_the_stop_but_a_company_in_a_zone_is_not():
    ex = run("本报讯 24日上午，聂怀山一行来到福州市长乐区，考察中国东南大数据产业园，详细了解数字经济发展情况。", date="2025-04-25")
    assert [e.place for e in ex.events] == ["中国东南大数据产业园"]
    ex = run("本报讯 20日，代表团来到西宁经济技术开发区，考察亚洲硅业（青海）股份有限公司。", date="2024-05-21")
    assert [e.place for e in ex.events] == ["西宁经济技术开发区"]


def test_who_sets_out_requirements_on_a_matter_at_the_meeting_speaks_at_it():
    ex = run("本报讯 4月14日，省委常委会召开会议。省委书记郑明远主持会议。省委副书记、省长詹秉钧就做好二季度经济工作提出具体要求。",
             date="2025-04-15")
    assert roles(ex.events[0]) == {"郑明远": "chair", "詹秉钧": "speaker"}


def test_who_gives_the_explanation_the_meeting_hears_speaks_at_it():
    ex = run("本报讯 11月26日，省十四届人大常委会第十二次会议在郑州开幕。省人大常委会主任丁守华主持会议。"
             "会议听取了省发展改革委主任王知远受省人民政府委托所作的关于《河南省郑州都市圈协同发展促进条例（草案）》的说明。",
             date="2024-11-27")
    assert roles(ex.events[0]) == {"丁守华": "chair", "王知远": "speaker"}


def test_deputies_who_speak_after_the_sessions_opening_told_in_passing_speak_at_the_deliberation():
    ex = run("本报讯 24日上午，福州代表团在福州西湖宾馆举行全体会议，审议政府工作报告。林肇明主持会议。"
             "23日上午，省十四届人大二次会议在福州开幕，闻人启东代表省人民政府作政府工作报告。黄毓华代表说，福州经济总量迈上新台阶。",
             date="2024-01-25")
    deliberation = next(e for e in ex.events if str(e.date) == "2024-01-24")
    assert roles(deliberation).get("黄毓华") == "speaker"


def test_a_governments_party_group_member_and_vice_governor_is_the_provinces_vice_governor():
    ex = run("湖南日报 本报讯 12月12日，湖南省政府党组召开扩大会议。省政府党组副书记、常务副省长覃立山，省政府党组成员、副省长计春华出席。",
             date="2024-12-13")
    assert {("覃立山", "湖南省常务副省长"), ("计春华", "湖南省副省长")} <= {(h.person, h.post) for h in ex.posts}


def test_more_syllables_of_transliterated_names_after_a_post():
    ex = run("本报讯 包头市委副书记、市长敖登格日乐，拉萨市委副书记、市长丹增珍姆出席会议。", date="2024-08-24")
    assert {"敖登格日乐", "丹增珍姆"} <= {p.name for p in ex.persons}


def test_a_standing_committee_session_with_its_sittings_its_adoptions_and_its_oath_ceremony():
    ex = run("本报讯（记者 阮晴川）福建省第十四届人民代表大会常务委员会第十一次会议7月24日在福州开幕，26日下午闭幕。"
             "省人大常委会主任端木明主持24日上午的第一次全体会议和26日下午的闭幕会，并在闭幕会上讲话。"
             "26日下午的闭幕会上，会议表决通过了《福建省优化营商环境条例》。闭幕会后，省人大常委会举行宪法宣誓仪式。",
             date="2024-07-27")
    session, oath = ex.events
    assert (str(session.date), str(session.end_date), session.place) == ("2024-07-24", "2024-07-26", "福州")
    assert roles(session)["端木明"] == "chair"
    assert (str(oath.date), oath.place) == ("2024-07-26", "福州")


def test_a_participant_who_opens_a_sentence_with_his_words_speaks_at_the_meeting():
    ex = run("新华社杭州5月9日电 9日，三省协作座谈会在杭州举行。会议由浙江省委书记柴文远主持。江西省委书记隗长河、"
             "福建省委书记郜明山出席会议。柴文远在讲话中说，要深化合作。隗长河说，江西将主动对接。", date="2025-05-09")
    roles = {p.name: p.role for p in next(e for e in ex.events if "座谈会" in e.label).participations}
    assert roles == {"柴文远": "chair", "隗长河": "speaker", "郜明山": "attendee"}


def test_a_meeting_told_only_as_recent_is_dated_by_the_papers_month_not_the_year_in_its_name():
    ex = run("发布时间：2024-11-08 16:20\n近日，2024年三省合作与发展联席会议在江苏省南京市召开。会前，江苏省副省长冼立川会见了与会代表。",
             date="2024-11-08")
    assert sorted((e.date.iso(), e.place) for e in ex.events) == [("2024-11", "南京"), ("2024-11", "南京")]


def test_the_same_day_after_a_meeting_recalled_from_last_month_is_the_day_reported():
    ex = run("本报讯 9月3日上午，区委书记闵永和主持召开区委常委会会议。上月29日，示范区理事会全体会议在上海市青浦区召开。"
             "同日下午，区长庹明哲主持召开区政府常务会议。", date="2024-09-04")
    assert next(e for e in ex.events if "政府常务会议" in e.label).date.iso() == "2024-09-03"


def test_what_a_leader_studied_after_his_escorts_is_where_he_went():
    ex = run("本报讯 昨天下午，副市长蒯安邦在区委书记仝立群陪同下，调研了昆山综合保税区，了解保税研发业务开展情况。",
             date="2024-03-22")
    assert [(e.place, {p.name for p in e.participations}) for e in ex.events] == [("昆山综合保税区", {"蒯安邦", "仝立群"})]


def test_a_delegation_to_three_provinces_is_placed_in_none_of_them():
    ex = run("本报讯 3月19日至22日，省委书记祁长河率安徽省党政代表团赴上海、江苏、浙江考察学习。", date="2025-03-24")
    assert [(e.date.iso(), e.place) for e in ex.events] == [("2025-03-19", None)]


def test_a_meeting_on_the_day_a_touring_delegation_arrives_in_a_city_is_held_there():
    ex = run("本报讯 3月19日至22日，省委书记祁长河率安徽省党政代表团赴江苏、上海、浙江考察学习。\n"
             "19日，代表团抵达上海。当天下午，沪皖两省市举行工作交流座谈会。", date="2025-03-24")
    assert [(e.date.iso(), e.place) for e in ex.events if "座谈会" in e.label] == [("2025-03-19", "上海")]
    assert len(ex.events) == 2  # the arrival is no stop of its own


def test_a_call_and_then_a_stop_in_the_same_city_are_two_events():
    ex = run("本报讯 3月19日至22日，省委书记祁长河率安徽省党政代表团赴上海、江苏、浙江考察学习。\n"
             "20日下午，江苏省委书记闵长江在苏州会见代表团一行。在苏州市委书记笪远山陪同下，代表团考察了苏州工业园区、昆山市花桥经济开发区。",
             date="2025-03-24")
    assert sorted(e.trigger for e in ex.events if e.place == "苏州") == ["会见", "考察"]


def test_two_zones_joined_by_and_are_two_places():
    ex = run("本报讯 20日上午，代表团考察了浦东新区张江科学城和临港新片区的集成电路产业基地。", date="2025-03-24")
    assert "张江科学城" in {p.name for p in ex.places}


def test_a_year_the_intent_is_for_is_the_deadline_and_no_part_of_the_indicator():
    ex = run("本报讯 合作区力争2026年生物医药产业产值达到600亿元。专线开通后两地间通行时间将缩短至40分钟。"
             "项目力争2027年建成，建成后年发电量可达20亿千瓦时。", date="2025-10-16")
    assert {(g.indicator, g.target, str(g.deadline)) for g in ex.goals} == {
        ("生物医药产业产值", "600亿元", "2026"), ("通行时间", "40分钟", "None"), ("年发电量", "20亿千瓦时", "None")}
    # (两地间: the places between which it is counted, a scope left out as 两省间 is: tests/data/genre/gold/NOTES-targets.md)


def test_who_leads_a_visit_told_just_before_takes_part_in_it():
    ex = run("本报讯 本月14日至15日，苏州市党政代表团来嘉兴考察交流。苏州市委书记上官仲衡，市委副书记、市长邴远航率队。",
             date="2024-05-16")
    assert [(e.date.iso(), e.end_date.iso(), {(p.name, p.role) for p in e.participations}) for e in ex.events] == [
        ("2024-05-14", "2024-05-15", {("上官仲衡", "other"), ("邴远航", "other")})]


def test_who_speaks_at_a_meeting_that_conveys_another_speaks_at_the_conveying_one():
    ex = run("本报讯 昨天上午，省委书记尹春潮主持召开省委常委会会议，传达学习推动中部地区高质量发展座谈会精神。\n"
             "本月10日，推动中部地区高质量发展座谈会在湖北武汉召开。\n"
             "会上，省委副书记、省长欧阳启明，省委副书记訾永刚分别就抓好贯彻落实提出意见。", date="2025-04-16")
    roles = {e.label: {(p.name, p.role) for p in e.participations} for e in ex.events}
    assert roles["省委常委会会议"] >= {("欧阳启明", "speaker"), ("訾永刚", "speaker")}
    assert not roles["推动中部地区高质量发展座谈会"] & {("欧阳启明", "speaker"), ("訾永刚", "speaker")}


def test_a_name_after_a_title_is_a_person_though_the_recogniser_reads_a_hall():
    ex = run("本报讯 中共黑龙江省委常委会1日召开扩大会议，传达学习座谈会精神，结合省委书记冀华堂近期在黑河、"
             "大兴安岭地区调研情况，研究部署贯彻落实工作。冀华堂主持会议并讲话，省委副书记、省长聂怀远传达座谈会精神。",
             date="2025-09-02")
    meeting = next(e for e in ex.events if "扩大会议" in e.label)
    assert "冀华堂" in {p.name for p in ex.persons}
    assert (meeting.place, {(p.name, p.role) for p in meeting.participations}) == (
        None, {("冀华堂", "chair"), ("聂怀远", "speaker")})


def test_a_company_inspected_or_walked_into_in_a_district_is_the_stop():
    ex = run("新华社长沙3月20日电 17日至19日，副总理蒯安国在湖南省委书记党明远陪同下，先后到岳阳、株洲、长沙考察。"
             "18日，蒯安国在株洲市石峰区考察中车株洲电力机车有限公司，了解轨道交通装备产业集群发展情况。"
             "19日下午，他来到齐齐哈尔市富拉尔基区，走进北疆重型装备集团有限公司，了解重大技术装备研制情况。", date="2025-03-20")
    assert {(e.date.iso(), e.place) for e in ex.events if e.end_date is None} == {
        ("2025-03-18", "中车株洲电力机车有限公司"), ("2025-03-19", "北疆重型装备集团有限公司")}


def test_a_name_with_a_compound_surname_ends_before_the_word_that_follows_it():
    ex = run("本报讯 省委常委、秘书长欧阳瑾等出席。市委副书记东方晔等参加。", date="2025-01-01")
    assert {p.name for p in ex.persons} == {"欧阳瑾", "东方晔"}


def test_a_symposium_headlined_in_a_province_is_held_in_the_zone_the_lead_names():
    ex = run("詹立明在河北考察并主持召开深入推进京津冀协同发展座谈会\n\n河北新闻网讯 今天上午，国务院总理詹立明在雄安新区主持召开"
             "深入推进京津冀协同发展座谈会并讲话。", date="2025-02-27")
    assert [(e.label, e.place) for e in ex.events if "座谈会" in e.label] == [("深入推进京津冀协同发展座谈会", "雄安新区")]


def test_one_who_escorts_a_visit_somewhere_makes_no_visit_of_their_own():
    ex = run("新华社石家庄2月27日电 26日，总理詹立明来到雄安新区启动区，走进中国中化控股有限责任公司总部。"
             "河北省委常委、雄安新区党工委书记欧阳卫东在雄安新区陪同考察。", date="2025-02-27")
    assert [{(p.name, p.role) for p in e.participations} for e in ex.events] == [{("詹立明", "other"), ("欧阳卫东", "attendee")}]


def test_in_a_chronicle_who_speaks_at_a_symposium_speaks_at_the_one_of_that_year():
    ex = run("新华社北京2月25日电 2014年2月26日，京津冀协同发展工作座谈会在北京召开。副总理韩立元主持座谈会并讲话。\n"
             "2019年1月16日至18日，韩立元在京津冀三省市考察。18日上午，他在北京市委书记阚文山陪同下考察北京城市副中心行政办公区，"
             "随后在北京主持召开京津冀协同发展座谈会。阚文山、佘明山先后发言，国家发展改革委副主任冼国强参加座谈会。", date="2024-02-26")
    people = {e.date.iso(): {(p.name, p.role) for p in e.participations} for e in ex.events if e.label.endswith("座谈会")}
    assert people == {"2014-02-26": {("韩立元", "chair")},
                      "2019-01-18": {("韩立元", "chair"), ("阚文山", "speaker"), ("佘明山", "speaker"), ("冼国强", "attendee")}}


def test_a_building_in_the_zone_just_named_is_the_venue_without_the_zones_kind():
    ex = run("本报讯 昨天，横琴粤澳深度合作区管理委员会第九次全体会议在合作区横琴总部大厦召开。", date="2024-09-12")
    assert [e.place for e in ex.events] == ["横琴总部大厦"]


def test_a_day_told_after_a_semicolon_opens_a_stop_of_its_own():
    ex = run("本报武汉3月26日电 会前，骆川明于24日至25日在湖北武汉、鄂州调研。24日，他先后来到武汉新港阳逻港区和汉口江滩，"
             "察看港口作业情况；25日，他来到鄂州花湖机场，了解航空货运枢纽建设情况。", date="2025-03-26")
    assert spans(ex)[-1] == ("2025-03-25", "None", "鄂州花湖机场")
    assert [str(e.date) for e in ex.events[1:]] == ["2025-03-24", "2025-03-25"]


def test_a_site_boarded_in_the_zone_reached_and_a_zone_inspected_are_the_stops_and_a_stop_gone_on_to_is_another():
    ex = run("本报济南10月16日讯 15日上午，岑立言来到滨海港经济开发区，登上滨海港区5万吨级液体化工码头，察看港口吞吐情况。",
             date="2024-10-17")
    assert [e.place for e in ex.events] == ["滨海港区"]  # (a quay told by its size and cargo: on its harbour district)
    ex = run("本报长沙11月15日讯 13日上午，岑立言来到常德，察看西洞庭湖国家级自然保护区退养还湿情况，"
             "并前往常德港德山港区了解航运通道建设进展。", date="2024-11-15")
    assert spans(ex) == [("2024-11-13", "None", "西洞庭湖国家级自然保护区"), ("2024-11-13", "None", "德山港区")]


@pytest.mark.parametrize("text,expected", [
    ("今年全省城镇新增就业目标为130万人。", ("城镇新增就业", "130万人", "2025")),
    ("到2027年，科技创新券通用通兑金额累计达到10亿元。", ("科技创新券通用通兑金额", "10亿元", "2027")),
    ("会议明确，到2026年，“两区一县”跨域通办政务服务事项达到300项。", ("跨域通办政务服务事项", "300项", "2026")),
    ("到2026年，示范区内跨省公交线路达到40条。", ("跨省公交线路", "40条", "2026")),
    ("要加快节水改造，确保高效节水灌溉率2027年达到90%。", ("高效节水灌溉率", "90%", "2027")),
    ("到2025年底，新区绿氢产能达到2万吨/年。", ("新区绿氢产能", "2万吨/年", "2025")),
    ("到2025年，黄河干流水质稳定达到Ⅱ类以上。", ("黄河干流水质", "Ⅱ类以上", "2025")),
    ("力争2026年，北三县至副中心主要功能区通勤时间缩短至30分钟以内。", ("北三县至副中心主要功能区通勤时间", "30分钟以内", "2026")),
    ("据悉，今年陆港计划开行国际班列600列。", ("开行国际班列", "600列", "2025")),
    ("该产业园计划到2027年集聚上下游企业200家。", ("集聚上下游企业", "200家", "2027")),
    ("到2025年，四市之间高铁通行时间全部压缩至3小时以内。", ("高铁通行时间", "3小时以内", "2025")),
    ("到2027年，区域内轨道交通运营里程达到11000公里。", ("轨道交通运营里程", "11000公里", "2027")),
    ("今年年底前，三地联合实施重点产业链协同项目不少于300个。", ("重点产业链协同项目", "300个", "2025")),
    ("到2027年，两省港口货物吞吐量合计达到5亿吨。", ("港口货物吞吐量", "5亿吨", "2027")),
    ("到2025年，新开通铁海联运班列线路5条。", ("铁海联运班列线路", "5条", "2025")),
    ("到2027年，江苏至上海方向城际列车日均开行达到460对。", ("江苏至上海方向城际列车日均开行", "460对", "2027")),
    ("到2025年底，嘉善至青浦的跨省公交线路增加到30条。", ("跨省公交线路", "30条", "2025")),
    ("到2027年，来琼旅游康养人数达到每年500万人次。", ("来琼旅游康养人数", "500万人次", "2027")),
    ("到2025年累计修复黄河三角洲退化湿地30万亩。", ("累计修复黄河三角洲退化湿地", "30万亩", "2025")),
    ("到2027年，全市累计改造城镇老旧小区1200个。", ("累计改造城镇老旧小区", "1200个", "2027")),
    # the scope before an indicator: a count of districts or places, 本市, a zone named in full or by its kind
    ("到2026年，两区跨界公交线路达到15条。", ("跨界公交线路", "15条", "2026")),
    ("到2025年，三地跨省公交线路达到25条。", ("跨省公交线路", "25条", "2025")),
    ("到2026年，本市技能人才总量达到460万人。", ("技能人才总量", "460万人", "2026")),
    ("到2027年，临港经济开发区规模以上工业总产值突破3000亿元。", ("规模以上工业总产值", "3000亿元", "2027")),
    ("到2025年，商务区地区生产总值达到1800亿元。", ("地区生产总值", "1800亿元", "2025")),
    # 完成投资 named with its verb, and a saying verb before an item with no verb of its own
    ("今年要确保完成投资420亿元以上。", ("完成投资", "420亿元以上", "2025")),
    ("会议提出明年全市新签约亿元以上项目35个。", ("新签约亿元以上项目", "35个", "2026")),
])
def test_goals_indicator_target_and_deadline_as_the_annotated_texts_write_them(text, expected):
    # a level's verb and the scope, sum or year around an indicator are no part of it; a work's verb is
    got = [(g.indicator, g.target, str(g.deadline) if g.deadline else None) for g in run(text, date="2025-06-10").goals]
    assert got == [expected]


@pytest.mark.parametrize("text,expected", [
    # a unit the texts use (颗, 场, 个百分点, 微克/立方米, 吉瓦时), a coefficient with none, and 300余场
    ("到2027年，“星河二号”在轨卫星数量达到120颗。", [("“星河二号”在轨卫星数量", "120颗", "2027")]),
    ("到2027年，全市细颗粒物（PM2.5）平均浓度控制在28微克/立方米以内。", [("细颗粒物（PM2.5）平均浓度", "28微克/立方米以内", "2027")]),
    ("到2027年，农田灌溉水有效利用系数提高到0.62，储能电站容量突破30吉瓦时。",
     [("农田灌溉水有效利用系数", "0.62", "2027"), ("储能电站容量", "30吉瓦时", "2027")]),
    ("今年全区常住人口城镇化率要提高1.5个百分点。", [("常住人口城镇化率", "提高1.5个百分点", "2025")]),
    ("到2027年，社会物流总费用与地区生产总值的比率较2024年下降1个百分点。",
     [("社会物流总费用与地区生产总值的比率", "较2024年下降1个百分点", "2027")]),
    ("到2026年，企业开办“一件事”办结率达到99%。", [("企业开办“一件事”办结率", "99%", "2026")]),
    ("到2027年，城际铁路和市域（郊）铁路运营里程达到800公里。", [("城际铁路和市域（郊）铁路运营里程", "800公里", "2027")]),
    ("到2026年，两省通办事项扩大到500项。", [("通办事项", "500项", "2026")]),
    # a share of a whole (X占Y的比重) is named with both; a change from one figure to another (由…缩短至…) by what changes
    ("到2026年，实际使用港资占实际使用外资的比重保持在85%以上。", [("实际使用港资占实际使用外资的比重", "85%以上", "2026")]),
    ("通车后，两个县城之间的车程将由过去的70分钟左右缩短至25分钟左右。", [("车程", "25分钟左右", None)]),
    # a figure that qualifies the indicator (地区生产总值超过300亿元的县) is part of its name
    ("到2027年，全省地区生产总值超过300亿元的县（市、区）达到25个。", [("地区生产总值超过300亿元的县（市、区）", "25个", "2027")]),
    # items with no verb in a clause of intent, and the year they are for
    ("会议明确，明年两地共建重点项目260个、年度计划投资3100亿元以上。",
     [("共建重点项目", "260个", "2026"), ("年度计划投资", "3100亿元以上", "2026")]),
    ("今年，全市将共同推进协作项目45个，年度计划投资620亿元。",
     [("协作项目", "45个", "2025"), ("年度计划投资", "620亿元", "2025")]),
    ("全年力争新签约项目突破90个，实际利用市外资金850亿元以上。",
     [("新签约项目", "90个", "2025"), ("实际利用市外资金", "850亿元以上", "2025")]),
    ("今年两市间新开行跨市公交线路12条以上。", [("新开行跨市公交线路", "12条以上", "2025")]),
    # the items of one list share the year its plan gives (…45个，年度计划投资…), or the one written at its start
    ("今年，两地共同推进合作项目42个，年度计划投资215亿元。", [("合作项目", "42个", "2025"), ("年度计划投资", "215亿元", "2025")]),
    ("名单共纳入重大项目210个，总投资约1.6万亿元，年度计划投资2300亿元以上。",
     [("重大项目", "210个", "2025"), ("总投资", "1.6万亿元", "2025"), ("年度计划投资", "2300亿元以上", "2025")]),
    ("会议明确，2026年两地共同实施重大合作项目150个，年度计划投资900亿元以上。",
     [("重大合作项目", "150个", "2026"), ("年度计划投资", "900亿元以上", "2026")]),
    ("会议审议通过《2025年本市共建重大项目实施计划》，明确今年本市牵头实施的共建重大项目96个，年度计划投资300亿元。",
     [("共建重大项目", "96个", "2025"), ("年度计划投资", "300亿元", "2025")]),  # the projects, not 的…
])
def test_goals_with_units_asides_qualifiers_and_items_without_a_verb(text, expected):
    got = [(g.indicator, g.target, str(g.deadline) if g.deadline else None) for g in run(text, date="2025-06-10").goals]
    assert got == expected


@pytest.mark.parametrize("text", [
    "该产业园规划面积12平方公里，总投资60亿元。",  # a description: no year it is due by
    "截至目前，两地已完成合作事项29项。",  # reached, not to reach
    "今年全市要新建改扩建中小学、幼儿园30所。",  # the last noun of a list, not an item of its own
    "此次集中开工项目86个，总投资523亿元，年度计划投资168亿元。",  # the projects started: a fact, not a target
    "据了解，去年全市重点项目完成投资2860亿元，超年度计划3.8个百分点。",  # last year's result
])
def test_no_goal_of_a_description_a_result_or_a_list_s_last_noun(text):
    assert [(g.indicator, g.target) for g in run(text, date="2025-06-10").goals if g.indicator in ("面积", "总投资", "合作事项", "幼儿园", "此次集中开工项目", "超年度")] == []


def test_tibetan_names_are_persons_without_a_surname():
    ex = run("本报拉萨8月20日讯 自治区党委副书记洛桑顿珠、副主席次旦罗布出席会议。", date="2025-08-20")
    assert {p.name for p in ex.persons} >= {"洛桑顿珠", "次旦罗布"}


def test_an_event_s_date_is_its_day_not_the_year_of_its_name_nor_of_a_target_told_between():
    ex = run("发布时间：2024-06-21 08:35\n\n昨天，2024年度甲县、乙县党政主要领导联席会议在丙县丁镇召开。", date="2024-06-21")
    assert [str(e.date) for e in ex.events] == ["2024-06-20"]
    ex = run("本报讯 上周二，区委书记钱立山专程赴临港科创城调研，走访3家企业。", date="2024-04-09")
    assert [str(e.date) for e in ex.events] == ["2024-04-02"]
    ex = run("本报上海1月16日电 浦江区16日举行重大项目集中签约活动。\n\n活动前一天，钱立山先后来到临港科创城和张江药谷，走访创新药研发企业。",
             date="2025-01-16")
    assert [str(e.date) for e in ex.events] == ["2025-01-16", "2025-01-15"]
    ex = run("本报福州8月8日电 6日，钱立山来到泉州。在晋江市，他走进晋江陆地港，了解海铁联运发展情况。陆地港今年力争实现通关货值300亿元。"
             "在石狮市，他考察了石狮服装城。", date="2025-08-08")
    assert [str(e.date) for e in ex.events][-1] == "2025-08-06"


def test_a_meeting_in_a_hall_a_company_in_a_zone_and_a_meeting_at_a_stop_are_placed_there():
    ex = run("本报讯 昨天上午，甲省第十四届人民代表大会第四次会议在南昌江西省人民会堂开幕。", date="2025-01-14")
    assert spans(ex) == [("2025-01-13", "None", "江西省人民会堂")]
    ex = run("本报讯 11日，钱立山一行考察了南谯经济开发区的瑞腾智能装备有限公司。", date="2024-09-12")
    assert [e.place for e in ex.events] == ["瑞腾智能装备有限公司"]
    ex = run("本报讯 11日，钱立山一行考察了南谯经济开发区的扬州瑞腾智能装备有限公司和合作产业园规划展示馆。", date="2024-09-12")
    assert [e.place for e in ex.events] == ["南谯经济开发区"]
    ex = run("本报讯 28日下午，钱立山来到花桥经济开发区，察看太湖数字服务外包产业园建设进展，并主持召开企业座谈会，与企业负责人面对面交流。",
             date="2024-02-29")
    assert spans(ex) == [("2024-02-28", "None", "太湖数字服务外包产业园")]


def test_a_company_named_after_its_zone_and_a_hall_in_a_town_are_the_stop_and_the_venue():
    ex = run("本报讯 14日上午，钱立山来到临湖高新区江苏恒锐光电科技有限公司，察看生产线。", date="2024-10-16")
    assert [e.place for e in ex.events] == ["江苏恒锐光电科技有限公司"]  # the company's name opens with its province
    ex = run("本报讯 4日上午，岸线贯通现场推进会在青浦区朱家角镇湖畔客厅举行。", date="2024-07-05")
    assert [e.place for e in ex.events] == ["湖畔客厅"]
    ex = run("本报讯 4日上午，岸线贯通现场推进会在湖北武汉举行。", date="2024-07-05")
    assert [e.place for e in ex.events] == ["武汉"]  # a city with its province is the city


def test_a_park_inspected_in_a_city_and_an_old_town_entered_under_escort_are_the_stops():
    ex = run("本报讯 14日，代表团在阿克苏市考察浙新纺织服装产业园，并看望援疆干部。", date="2025-04-17")
    assert spans(ex) == [("2025-04-14", "None", "浙新纺织服装产业园")]
    ex = run("本报讯 10日上午，钱立山来到喀什市，在地委书记荀望川陪同下，走进喀什古城，察看历史街区保护提升项目。", date="2024-07-12")
    assert [e.place for e in ex.events] == ["喀什古城"]


def test_a_bare_zone_word_is_the_zone_the_article_named():
    ex = run("本报讯 连接两县的青岚大道5日上午建成通车，青岚新区首条跨省快速通道由此贯通。\n\n"
             "当天在新区举行的通车仪式上，副市长宋岩宣布道路通车。\n\n"
             "6日，市长韩默在合作区主持召开座谈会。此前，他到云栖数字合作区调研。", date="2025-09-06")
    assert {(str(e.date), e.place) for e in ex.events if e.trigger != "调研"} == {("2025-09-05", "青岚新区"), ("2025-09-06", None)}
    assert "新区" not in next(p.aliases for p in ex.places if p.name == "青岚新区")  # the kind of zone is no name of it


@pytest.mark.parametrize("text, place", [
    ("9日上午，在新区党工委书记宋岩陪同下，韩默首先来到天府站，了解城际铁路运营情况。", "天府站"),  # named for the zone
    ("随后，韩默来到沧澜科技园，走进入驻企业沧澜智能科技有限公司，察看生产线。", "沧澜智能科技有限公司"),
])
def test_a_station_and_a_company_in_a_park_are_stops(text, place):
    [ev] = run("本报讯（记者 季同）4月9日，省委书记韩默在天府新区调研。" + text, date="2025-04-10").events[1:]
    assert ev.place == place


@pytest.mark.parametrize("text, place", [
    ("21日上午，韩默来到松江电机厂有限责任公司，走进装配车间，了解机组研制情况。", "松江电机厂有限责任公司"),
    ("22日，韩默来到铁西区，走进北辰重工集团有限公司核电锻件生产车间，与技术人员交流。", "北辰重工集团有限公司"),
])
def test_the_company_whose_workshop_is_entered_is_the_stop(text, place):
    ex = run("本报讯（记者 季同）4月21日至22日，省长韩默深入两市调研。" + text, date="2025-04-23")
    assert [e.place for e in ex.events[1:]] == [place]


def test_a_festival_closing_is_an_event():
    ex = run("本报讯（记者 季同）12日，第四届草原文化节在锡林浩特市闭幕。", date="2024-11-15")
    assert [(str(e.date), e.place) for e in ex.events] == [("2024-11-12", "锡林浩特市")]


def test_a_zone_named_after_two_provinces_keeps_the_first():
    assert "川渝高竹新区" in {p.name for p in run("要做优川渝高竹新区等合作平台。", date="2025-09-26").places}


def test_speakers_at_the_ceremony_a_visit_went_to():
    ex = run("本报讯（记者 季同）11月28日上午，联席会议在通州召开。区委书记宋岩主持会议。当天下午，宋岩、韩默来到三河市燕郊高新区，"
             "出席“协同创新中心”揭牌仪式并共同揭牌。林慕秋、葛朝阳在仪式上致辞。", date="2024-11-29")
    ceremony = next(e for e in ex.events if e.place == "燕郊高新区")
    assert {"林慕秋", "葛朝阳"} <= set(roles(ceremony)) and "林慕秋" not in roles(ex.events[0])


def test_surnames_of_the_northwest():
    ex = run("本报讯 甘肃省副省长火文斌、陕西省副省长拓立群出席会议。临夏州委书记喇志远、市长淡海涛陪同调研。", date="2024-05-16")
    assert {"火文斌", "拓立群", "喇志远", "淡海涛"} <= {p.name for p in ex.persons}


def test_a_zone_called_by_the_name_it_opens_with():
    ex = run("本报讯（记者 季同）昨天，市委书记韩默到云栖深港现代服务业合作区调研。\n\n下午，专题会商会在云栖举行。会商会由韩默主持。",
             date="2025-07-09")
    meeting = next(e for e in ex.events if e.label.endswith("会商会"))
    assert meeting.place == "云栖深港现代服务业合作区"
    assert "云栖" in next(p.aliases for p in ex.places if p.name == meeting.place)


def test_an_unveiling_before_the_meeting_is_on_the_day_told_not_a_recalled_meetings():
    ex = run("本报讯（记者 季同）昨天上午，三省协同发展座谈会在武汉洪山宾馆举行。省委书记韩默出席会议并讲话。\n\n"
             "会议总结去年9月在长沙召开的三省首次座谈会以来的合作成效。\n\n"
             "会前，韩默、宋岩共同为三省协同发展联合办公室揭牌。", date="2023-09-12")
    unveiling = next(e for e in ex.events if e.trigger == "揭牌")
    assert str(unveiling.date) == "2023-09-11"
    assert "洪山宾馆" in next(p.aliases for p in ex.places if p.name == "武汉洪山宾馆")  # the hotel, with or without its city


def test_a_visit_after_a_meeting_in_a_hotel_is_in_the_hotels_city():
    ex = run("本报讯（记者 季同）昨天上午，三省座谈会在武汉洪山宾馆举行。省委书记韩默出席会议并讲话。\n\n"
             "当天下午，在韩默陪同下，宋岩、林慕秋一行考察了阳逻港区和光谷科学岛。", date="2023-09-12")
    assert [(e.trigger, e.place) for e in ex.events] == [("举行", "武汉洪山宾馆"), ("考察", "武汉")]


def test_the_paper_a_manifest_names_as_publisher_is_what_本报_and_a_bare_post_belong_to():
    import dataclasses

    def read(text):
        return extract(dataclasses.replace(read_text(text, "t", date="2025-05-17"), publisher="天津日报（市级党报）"))

    ex = read("市委常委会召开会议\n\n本报讯（记者 季同）昨日，市委常委会召开会议。市委书记韩默主持会议，副市长宋岩汇报有关情况。")
    assert {("韩默", "天津市委书记"), ("宋岩", "天津市副市长")} <= posts(ex)
    ex = read("本报讯 5月13日至16日，市长林慕秋率党政代表团赴湖北、湖南考察学习。")
    assert [e.place for e in ex.events] == [None]  # a visit away from the paper's city


def test_a_place_named_with_原_or_前_keeps_it_before_a_post():
    # 原平市 is a city, not 原 (former) before 平市; 原省委书记 is a former secretary
    assert posts(run("本报讯 原平市市长宋岩出席。", date="2025-07-09")) == {("宋岩", "原平市市长")}
    assert posts(run("本报讯 原市长韩默出席。", date="2025-07-09")) == {("韩默", "市长")}


def test_works_under_construction_are_stops_by_their_own_name_and_a_visit_to_our_city_is_in_the_city_told():
    # 施工现场 / 建设工地 name where on the works, not the works; a waterway, a bridge, a dry port are sites
    ex = run("孙启航在湛江调研并主持召开港口建设推进会\n加快建设港口\n\n本报讯（记者 韩默）11月6日至7日，"
             "自治区主席孙启航到我市调研，并主持召开港口建设推进会。"
             "6日上午，孙启航一行首先来到湛江港东航道扩建工程施工现场，察看航道疏浚进展。"
             "6日下午，孙启航来到遂溪县青峰枢纽建设工地，听取工程进展汇报。"
             "7日上午，孙启航考察了湛江国际陆港。", date="2024-11-08")
    assert spans(ex) == [("2024-11-06", "2024-11-07", "湛江"), ("2024-11-07", "None", "湛江"), ("2024-11-06", "None", "湛江港东航道"),
                         ("2024-11-06", "None", "青峰枢纽"), ("2024-11-07", "None", "湛江国际陆港")]


def test_a_count_cut_down_to_a_target_and_an_indicator_without_the_places_given_as_examples():
    ex = run("会议明确，到2027年，沿江8市化工园区压减至20个；到2025年，宜昌等地化工企业入园率达到100%。", date="2024-05-23")
    assert [(g.indicator, g.target, str(g.deadline)) for g in ex.goals] == [
        ("沿江8市化工园区", "20个", "2027"), ("化工企业入园率", "100%", "2025")]


def test_two_zone_committees_joined_by_yu_are_two_bodies_and_a_subject_before_yu_is_no_part_of_a_body():
    ex = run("会上，临江国际物流枢纽园区管委会与南湾经济开发区管委会签署了《合作备忘录》。"
             "在临江国际陆港，他与中国铁路成都局集团有限公司货运中心负责人深入交流。", date="2024-12-26")
    names = {o.name for o in ex.organizations}
    assert {"临江国际物流枢纽园区管委会", "南湾经济开发区管委会"} <= names
    assert not any(n.startswith(("他", "临江国际物流枢纽园区管委会与")) for n in names)


def test_a_visit_to_a_province_by_its_one_character_name_and_a_nameless_workshop_stop_in_its_town():
    ex = run("本报讯 4月17日至18日，浙江省委书记孙启航率浙江省党政代表团来川考察，对接推进东西部协作工作。"
             "17日下午，代表团来到昭化区元坝镇一家帮扶车间，与正在上岗的村民亲切交流。"
             "市委常委会会议听取市党政代表团赴闽学习考察情况汇报。", date="2024-04-19")
    assert spans(ex)[:2] == [("2024-04-17", "2024-04-18", "四川"), ("2024-04-17", "None", "元坝镇")]
    assert all(e.place != "福建" for e in ex.events)  # a report on a visit to 闽 is heard here


def test_a_first_train_leaving_a_station_told_with_where_it_lies_is_at_the_station():
    ex = run("新华社厦门12月26日电 今天上午9时08分，一列动车组从位于集美区的临港北站缓缓驶出，标志着城际铁路R1线正式开通运营。",
             date="2024-12-26")
    assert when_where(ex) == [("2024-12-26", "临港北站")]


def test_a_visit_to_a_province_told_again_in_the_city_it_went_to_is_one_visit_in_that_city():
    ex = run("本报讯 9月17日至18日，贵州省委书记孙启航率贵州省党政代表团来豫考察。在省委书记葛朝阳陪同下，"
             "代表团在南阳市实地考察产业协作等情况。\n\n17日上午，代表团来到卧龙区，考察南阳月季博览园。", date="2025-09-19")
    assert spans(ex)[:2] == [("2025-09-17", "2025-09-18", "南阳"), ("2025-09-17", "None", "南阳月季博览园")]
    assert roles(ex.events[0]) == {"孙启航": "other", "葛朝阳": "attendee"}
    ex = run("本报讯 6月12日至13日，省委书记孙启航率代表团赴甘肃学习考察。在省委书记葛朝阳陪同下，代表团深入天水市多个区县，"
             "实地考察开放平台建设等工作。", date="2024-06-14")
    assert spans(ex) == [("2024-06-12", "2024-06-13", "天水")]
    # a stop told with a day of its own stays a stop
    ex = run("本报讯 9月17日至18日，贵州省委书记孙启航率代表团来豫考察。18日上午，代表团在南阳市考察。", date="2025-09-19")
    assert len(ex.events) == 2 and ex.events[0].place == "河南"


def test_a_park_entered_in_a_town_reached_is_the_stop():
    ex = run("本报讯 6月12日至13日，省委书记孙启航率代表团赴甘肃考察。13日上午，代表团来到榆中县和平镇，走进兰州高原夏菜产业园，"
             "了解冷链物流建设情况。", date="2024-06-14")
    assert spans(ex)[1] == ("2024-06-13", "None", "兰州高原夏菜产业园")


def test_a_joint_meeting_of_two_cities_and_a_secretary_general_at_the_visit_and_the_meeting():
    ex = run("本报天水8月15日讯 8月14日至15日，市委书记孙启航率宝鸡市党政代表团赴甘肃省天水市考察。\n\n"
             "15日下午，宝鸡天水两市党政联席会议第五次会议召开。葛朝阳主持会议并讲话。市委常委、秘书长林慕秋参加考察和会议。",
             date="2024-08-16")
    assert spans(ex) == [("2024-08-14", "2024-08-15", "天水"), ("2024-08-15", "None", "天水")]
    assert roles(ex.events[0])["林慕秋"] == roles(ex.events[1])["林慕秋"] == "attendee"


def test_one_who_makes_demands_at_the_meeting_speaks_at_it():
    ex = run("本报讯 近日，市农业农村局在陈仓区召开全市秋粮病虫害统防统治现场推进会。"
             "市农业农村局副局长韩默在会上要求，各县区要抓住防控关键期。", date="2024-08-16")
    assert roles(ex.events[0]) == {"韩默": "speaker"}


def test_acts_at_a_venue_of_their_own_a_maiden_voyage_and_a_signing_by_two_cities():
    ex = run("本报讯（记者 宋岩）昨天，2024年陕西省高校毕业生就业服务月活动在西北工业大学长安校区启动。", date="2024-05-17")
    assert when_where(ex) == [("2024-05-16", "西北工业大学长安校区")]
    ex = run("本报讯 3月28日，淮河集装箱班轮航线在蚌埠港首航，每周往返6班。", date="2025-04-18")
    assert when_where(ex) == [("2025-03-28", "蚌埠港")]
    ex = run("新华社合肥6月12日电 资源型城市转型发展论坛12日在淮南市举行。今年3月，淮南市与徐州市签署采煤沉陷区综合治理合作协议。",
             date="2025-06-12")
    assert when_where(ex) == [("2025-06-12", "淮南"), ("2025-03", None)]


def test_goals_with_a_long_name_before_a_quoted_word_and_the_cities_they_are_counted_over():
    ex = run("本报讯 到2027年，力争国家级专精特新“小巨人”企业突破500家，皖北六市地区生产总值占全省比重达到30%，"
             "西咸两市通勤时间缩短至40分钟。", date="2024-05-17")
    assert {(g.indicator.replace("“", "").replace("”", ""), g.target) for g in ex.goals} == {
        ("国家级专精特新小巨人企业", "500家"), ("地区生产总值占全省比重", "30%"), ("通勤时间", "40分钟")}


def test_a_deputy_mayor_of_a_rare_surname_and_a_line_opened_from_its_station_during_a_visit():
    ex = run("本报讯 今天上午，市长孙启航主持召开市政府第68次常务会议。副市长操启明、林慕秋出席会议。", date="2025-07-08")
    assert roles(ex.events[0]) == {"孙启航": "chair", "操启明": "attendee", "林慕秋": "attendee"}
    ex = run("本报讯 9月17日至18日，省委书记孙启航率代表团来豫考察。在省委书记葛朝阳陪同下，代表团在商丘市实地考察。\n\n"
             "同日，由商丘站始发的商丘至亳州跨省城际公交线路开通运营。", date="2025-09-19")
    assert ex.events[-1].place == "商丘站"


def test_a_visit_headlined_by_a_province_s_one_character_name_and_led_by_one_named_before_a_space():
    ex = run("云南日报 2025年7月9日 星期三 第1版\n\n国家发展改革委调研组在滇调研辐射中心建设\n\n孙启航带队 葛朝阳林慕秋陪同\n\n"
             "本报昆明7月8日讯（记者 宋岩）7日至8日，国家发展改革委副主任孙启航率调研组在昆明、玉溪调研辐射中心建设情况。"
             "在省委书记葛朝阳和省长林慕秋陪同下，调研组深入铁路货场、制造企业了解情况。",
             date="2025-07-09")
    assert spans(ex) == [("2025-07-07", "2025-07-08", "云南")]
    assert roles(ex.events[0]) == {"孙启航": "other", "葛朝阳": "attendee", "林慕秋": "attendee"}


def test_a_visit_told_first_as_recent_is_dated_by_its_days_and_a_region_studied_is_not_where_it_went():
    ex = run("大众网\n\n近日，国家发展改革委副主任孙启航率调研组在山东调研胶东经济圈一体化发展工作。"
             "5月27日至28日，调研组在省委书记葛朝阳陪同下，深入青岛、威海两市的港口和企业调研。", date="2025-05-29")
    assert spans(ex) == [("2025-05-27", "2025-05-28", "山东")]
    assert roles(ex.events[0]) == {"孙启航": "other", "葛朝阳": "attendee"}


def test_a_name_before_zai_that_a_dictionary_joins_to_it_a_mayor_after_jing_and_two_reporters_on_two_lines():
    ex = run("本报讯 6月10日至11日，省委书记孙承志在曲靖市调研。", date="2025-06-12")
    assert posts(ex) == {("孙承志", "云南省委书记")} and roles(ex.events[0]) == {"孙承志": "other"}
    ex = run("南宁日报\n\n本报讯 该方案已于近日经市长林慕秋主持召开的市政府常务会议审议通过。", date="2025-08-15")
    assert posts(ex) == {("林慕秋", "南宁市市长")}
    ex = run("大众日报\n\n本报济南3月13日讯（记者 亓晓雯\n禚文博）省委常委会13日召开会议。", date="2025-03-14")
    assert posts(ex) == {("亓晓雯", "记者"), ("禚文博", "记者")}


def test_works_started_are_on_the_site_they_are_named_after():
    ex = run("本报讯 上月28日，北海港东航道扩建工程开工建设，建成后可满足20万吨级船舶双向通航。", date="2025-03-26")
    assert when_where(ex) == [("2025-02-28", "北海港东航道")]


def test_a_recent_visit_is_on_the_days_of_its_stops_and_those_who_join_the_study_tour_attend_it():
    ex = run("陕西日报\n\n本报讯 近日，内蒙古自治区党委书记孙启航率代表团来陕学习考察，深入榆林市多地考察。在省委书记葛朝阳陪同下，代表团进行交流。\n\n"
             "24日下午，孙启航一行来到榆林高新技术产业开发区，走进榆林华源煤基新材料有限公司。\n\n"
             "25日上午，孙启航一行来到神木市锦界工业园区，考察神木锦泰新能源装备有限公司。\n\n"
             "自治区党委常委、秘书长林慕秋，自治区副主席那仁高娃参加学习考察。", date="2024-09-26")
    visit = ex.events[0]
    assert (str(visit.date), str(visit.end_date), visit.place) == ("2024-09-24", "2024-09-25", "榆林")
    assert roles(visit) == {"孙启航": "other", "葛朝阳": "attendee", "林慕秋": "attendee", "那仁高娃": "attendee"}
    assert all("林慕秋" not in roles(e) for e in ex.events[1:])


def test_a_session_of_two_days_closed_yesterday_its_opening_announced_and_side_events_only_counted():
    ex = run("内蒙古自治区人民政府\n\n为期两天的2024呼包鄂乌一体化发展大会昨天在呼和浩特闭幕。\n\n"
             "16日上午，大会开幕式在内蒙古国际会展中心举行。自治区党委书记孙启航出席开幕式并宣布大会开幕，副主席葛朝阳主持开幕式。\n\n"
             "大会期间，还举办了产业协作对接会、人才交流洽谈会等6场专题活动。", date="2024-10-18")
    assert spans(ex) == [("2024-10-16", "2024-10-17", "呼和浩特"), ("2024-10-16", "None", "内蒙古国际会展中心")]
    assert roles(ex.events[1]) == {"孙启航": "speaker", "葛朝阳": "chair"}  # (宣布: he speaks)


def test_a_session_opened_days_before_and_the_chair_of_a_meeting_is_not_the_chair_of_the_one_it_conveys():
    ex = run("本报讯（记者 宋岩）8月21日，乌兰察布市第二届全民健身运动会在乌兰察布市体育中心闭幕。本届运动会于18日开幕，设12个大项。",
             date="2024-08-23")
    assert spans(ex) == [("2024-08-18", "2024-08-21", "乌兰察布市体育中心")]
    ex = run("本报讯 7月8日，市长孙启航主持召开市政府第38次常务会议，传达学习上月26日在呼和浩特召开的全区推进一体化发展工作会议精神。",
             date="2024-07-09")
    assert {e.label: roles(e) for e in ex.events} == {"市政府第38次常务会议": {"孙启航": "chair"}, "全区推进一体化发展工作会议": {}}


def test_a_joint_meeting_named_with_all_its_cities_a_welcome_speech_and_a_side_event_to_come():
    ex = run("衢州日报\n\n衢丽温台四市山区共富协作党政联席会议在我市召开\n\n本报衢州7月19日讯（记者 宋岩）19日，衢州、丽水、温州、台州"
             "四市山区共富协作党政联席会议第一次会议在我市召开。市委书记孙启航主持会议。台州市委书记葛朝阳致欢迎辞。"
             "会议期间，还将举办山区县特色产品展销会。", date="2024-07-20")
    assert spans(ex) == [("2024-07-19", "None", "衢州")]
    assert ex.events[0].label.startswith("衢州、丽水、温州、台州四市")
    assert roles(ex.events[0]) == {"孙启航": "chair", "葛朝阳": "speaker"}


def test_words_said_during_a_call_are_no_visit_and_sites_named_after_their_zone_or_county():
    ex = run("本报讯 15日上午，省委书记孙启航在杭州会见了葛朝阳一行。葛朝阳在会见中表示，感谢浙江的支持。", date="2024-10-17")
    assert when_where(ex) == [("2024-10-15", "杭州")]
    ex = run("本报讯 12日下午，省委书记孙启航来到莲都区，走进丽水经济技术开发区浙江晶越半导体有限公司，察看晶圆生产线。"
             "随后，孙启航来到青田县青田侨乡进口商品城，同华侨商户亲切交流。", date="2024-06-14")
    assert [e.place for e in ex.events] == ["浙江晶越半导体有限公司", "青田侨乡进口商品城"]


def test_a_visit_told_again_where_it_was_and_a_memorial_hall_visited_in_a_town_reached():
    ex = run("新华社长沙5月22日电（记者 宋岩）5月20日至21日，江西省委书记孙启航率江西省党政代表团来湘考察。在湖南省委书记葛朝阳陪同下，"
             "代表团深入株洲、长沙两市，实地察看示范区建设情况。\n\n21日上午，孙启航一行来到浏阳市文家市镇，参观秋收起义文家市会师纪念馆。",
             date="2024-05-22")
    assert spans(ex) == [("2024-05-20", "2024-05-21", "湖南"), ("2024-05-21", "None", "秋收起义文家市会师纪念馆")]


def test_a_visit_told_again_by_the_cities_it_went_to_after_a_meeting_told_first():
    ex = run("大众日报客户端\n\n9月18日至19日，新疆维吾尔自治区党委书记孙启航率代表团来鲁学习考察。今天上午，鲁疆对口支援工作座谈会在济南举行。"
             "省委书记葛朝阳主持座谈会并讲话。\n\n在省委书记葛朝阳和省长林慕秋陪同下，代表团18日先后来到青岛、济南考察。", date="2025-09-19")
    assert sorted(spans(ex)) == [("2025-09-18", "2025-09-19", "山东"), ("2025-09-19", "None", "济南")]
    visit = next(e for e in ex.events if e.end_date is not None)
    assert roles(visit) == {"孙启航": "other", "葛朝阳": "attendee", "林慕秋": "attendee"}


def test_the_visitor_before_a_zone_named_with_its_province_in_brackets_takes_part():
    ex = run("本报钦州6月13日讯（记者 宋岩）13日，省委书记季同在中国（广西）自由贸易试验区钦州港片区调研。", date="2024-06-14")
    assert spans(ex) == [("2024-06-13", "None", "中国（广西）自由贸易试验区钦州港片区")]
    assert roles(ex.events[0]) == {"季同": "other"}


def test_a_zone_named_after_china_and_a_partner_is_the_place_not_the_city_in_the_partner_s_name():
    ex = run("本报青岛6月13日讯（记者 宋岩）13日，省委书记季同考察胶州市中国—上海合作组织地方经贸合作示范区。", date="2024-06-14")
    assert spans(ex) == [("2024-06-13", "None", "中国—上海合作组织地方经贸合作示范区")]
    assert "上海" not in {p.name for p in ex.places}


def test_names_joined_by_a_dot_hui_surnames_and_a_byline_name_of_no_surname():
    ex = run("新疆日报\n\n本报乌鲁木齐4月10日讯（记者 邵明轩 尕藏卓玛）10日，自治区党委副书记、自治区主席热依汗·吐尔米提主持召开会议。"
             "代表团由热依汗·吐尔米提率领。自治区副主席拜守林、妥建新，银川市委书记锁文博出席。", date="2025-04-11")
    assert {p.name for p in ex.persons} == {"邵明轩", "尕藏卓玛", "热依汗·吐尔米提", "拜守林", "妥建新", "锁文博"}
    assert ("尕藏卓玛", "记者") in posts(ex)


def test_cities_listed_together_or_abbreviated_to_their_first_characters_are_no_persons():
    ex = run("河南日报\n\n本报讯 23日，郑州开封两市党政联席会议在开封召开。会议指出，郑开同城化取得积极成效。"
             "要构建以银川为主中心、石嘴山和吴忠为副中心的都市圈。", date="2024-08-24")
    assert {p.name for p in ex.persons} == set()


def test_a_delegation_s_visit_to_two_cities_of_a_province_is_in_the_province_and_a_headline_s_meeting_roles_are_not_the_visit_s():
    ex = run("安徽日报\n\n江苏省党政代表团来皖考察\n季同宋岩讲话　韩默主持\n\n本报马鞍山6月13日讯（记者 孙承志）6月12日至13日，江苏省委书记宋岩"
             "率江苏省党政代表团来皖考察，深入滁州、马鞍山两市。\n\n12日下午，在省委书记季同和省长韩默陪同下，宋岩一行首先来到滁州市"
             "中新苏滁高新区，听取管委会关于园区情况的介绍，走进一家企业，察看生产线。\n\n13日下午，两省座谈会在马鞍山召开。"
             "省长韩默主持座谈会。季同、宋岩讲话。", date="2024-06-14")
    visit = next(e for e in ex.events if e.end_date is not None)
    assert visit.place == "安徽"
    assert roles(visit) == {"宋岩": "other", "季同": "attendee", "韩默": "attendee"}
    stop = next(e for e in ex.events if e.place and "高新区" in e.place)
    assert roles(stop)["宋岩"] == "other"


def test_a_visit_to_xinjiang_is_there_not_in_the_region_studied_and_an_unveiling_later_that_day_is_an_event():
    ex = run("国家发展改革委副主任季同来疆调研天山北坡城市群建设\n\n发布时间：2025-09-18 09:36　　来源：新疆日报\n\n"
             "本报讯（记者 孙承志）9月16日至17日，国家发展改革委副主任季同在我区调研天山北坡城市群建设工作。\n\n"
             "17日上午，季同来到石河子经济技术开发区，调研一家纺织企业。随后，季同与宋岩在石河子市共同为天山北坡城市群协同创新中心揭牌。",
             date="2025-09-18")
    assert sorted(spans(ex)) == [("2025-09-16", "2025-09-17", "新疆"), ("2025-09-17", "None", "石河子"),
                                 ("2025-09-17", "None", "石河子经济技术开发区")]
    unveiling = next(e for e in ex.events if e.place == "石河子")
    assert roles(unveiling) == {"季同": "other", "宋岩": "other"}


def test_a_growth_told_after_a_level_is_of_the_same_indicator_and_a_scope_before_新增_is_left_out():
    ex = run("本报讯 《行动方案》提出，到2027年，地区生产总值达到4.5万亿元左右，年均增长6%左右；郑开两地间城际公交线路达到20条，"
             "两地新增跨市通办政务服务事项50项。", date="2024-10-15")
    assert {(g.indicator, g.target) for g in ex.goals} == {
        ("地区生产总值", "4.5万亿元左右"), ("地区生产总值", "年均增长6%左右"), ("城际公交线路", "20条"), ("跨市通办政务服务事项", "新增50项")}


def test_a_week_of_matchmaking_a_visit_told_again_undated_and_a_call_on_guests_of_four_cities():
    ex = run("南方+讯（记者 孙承志）今天上午，为期三天的2025广州都市圈（肇庆）产业协作对接周在肇庆新区闭幕。", date="2025-09-26")
    assert spans(ex) == [("2025-09-24", "2025-09-26", "肇庆新区")]
    ex = run("新华社广州5月8日电（记者 孙承志）5月6日至8日，全国政协副主席季同率调研组在广东开展专题调研。韩默等参加调研。\n\n"
             "在广东省委书记宋岩陪同下，调研组深入广州、佛山、东莞三市实地考察。\n\n"
             "7日下午，季同一行来到南海区千灯湖片区，调研融合试验区建设进展。\n\n"
             "8日下午，调研组在广州召开座谈会。季同主持座谈会并讲话。韩默等调研组成员作交流发言。", date="2025-05-08")
    assert sorted(spans(ex)) == [("2025-05-06", "2025-05-08", "广东"), ("2025-05-07", "None", "千灯湖片区"),
                                 ("2025-05-08", "None", "广州")]
    assert roles(next(e for e in ex.events if e.place == "千灯湖片区")) == {"季同": "other"}
    ex = run("惠州日报\n\n本报惠州7月10日讯（记者 孙承志）9日晚，季同、宋岩会见了前来参加联席会议的深圳、东莞、河源、汕尾市党政代表团。"
             "村党支部书记向他介绍了情况。", date="2025-07-11")
    assert spans(ex) == [("2025-07-09", "None", "惠州")]
    assert {p.name for p in ex.persons} == {"孙承志", "季同", "宋岩"}
    ex = run("本报讯 8日上午，省长季同来到洋浦经济开发区小铲滩作业区的洋浦国际集装箱码头，察看码头作业情况。", date="2025-07-09")
    assert spans(ex) == [("2025-07-08", "None", "洋浦国际集装箱码头")]


def test_goals_counted_over_two_metropolitan_areas_an_economic_belt_or_between_two_cities_leave_that_scope_out():
    ex = run("本报讯 到2027年，两大都市圈地区生产总值突破12万亿元，经济带地区生产总值年均增长6%，广佛之间跨市地铁线路达到8条。",
             date="2025-04-16")
    assert {(g.indicator, g.target) for g in ex.goals} == {
        ("地区生产总值", "12万亿元"), ("地区生产总值", "年均增长6%"), ("跨市地铁线路", "8条")}


def test_an_increase_written_before_its_count_and_a_bare_economic_zone_as_scope():
    ex = run("本报讯 到2027年，经济区地区生产总值突破2600亿元，新增10个国家级创新平台。", date="2025-03-11")
    assert {(g.indicator, g.target) for g in ex.goals} == {("地区生产总值", "2600亿元"), ("国家级创新平台", "新增10个")}


def test_a_meeting_held_during_a_congress_is_not_dated_by_the_year_in_the_title_it_adopted():
    ex = run("新华社太原6月28日电（记者 孙承志）为期三天的2025山西中部城市群高质量发展大会28日在太原闭幕。\n\n"
             "大会期间，五市召开了山西中部城市群党政联席会议第四次会议，审议通过《山西中部城市群协同发展2025年工作要点》。",
             date="2025-06-28")
    assert all(e.date.precision == "day" for e in ex.events)


def test_yesterday_after_a_paper_s_dateline_of_the_day_before_the_page_is_the_dateline_s_day():
    page = "沈阳日报　2024年6月21日　星期五\n\n联席会议召开\n\n本报沈阳6月20日讯（记者 孙承志）昨天，沈阳都市圈党政联席会议第三次会议在沈阳召开。市委书记季同主持会议。"
    assert spans(run(page, date="2024-06-21")) == [("2024-06-20", "None", "沈阳")]
    # where the article calls the dateline's day 今天, its 昨天 is the day before
    page = ("沈阳日报　2024年6月21日　星期五\n\n代表团来沈考察\n\n本报沈阳6月20日讯（记者 孙承志）今天上午，两市座谈会在沈阳召开。"
            "市委书记季同主持会议。\n\n昨天，代表团抵达沈阳，考察了沈阳中德高端装备制造产业园。")
    assert ("2024-06-19", "None", "沈阳中德高端装备制造产业园") in spans(run(page, date="2024-06-21"))


def test_a_township_and_village_cut_by_the_dictionary_a_province_s_part_by_direction_and_a_zone_named_by_its_body():
    ex = run("本报讯 12日，省委书记季同来到李庄镇安石村调研，要求加快滇东北地区和成渝中部地区开发。", date="2024-06-14")
    names = {p.name for p in ex.places}
    assert {"李庄镇", "安石村", "滇东北地区", "成渝中部地区"} <= names
    assert not {"庄镇安石村", "东北地区", "中部地区"} & names
    ex = run("本报讯 12日，沈抚改革创新示范区管委会主任宋岩主持召开会议。13日，省长季同来到沈抚改革创新示范区考察。",
             date="2024-06-14")
    assert "沈抚改革创新示范区" in {p.name for p in ex.places}
    assert ("2024-06-13", "None", "沈抚改革创新示范区") in spans(ex)


def test_a_site_entered_after_a_city_or_a_new_town_reached_is_the_stop():
    ex = run("本报讯 5日下午，省委书记季同来到胶州市，走进上合示范区多式联运中心，察看国际班列集结发运。", date="2025-08-07")
    assert spans(ex) == [("2025-08-05", "None", "上合示范区多式联运中心")]
    ex = run("本报讯 15日上午，省委书记季同来到西咸新区秦汉新城，走进陕西鼎秦航空装备有限公司，察看生产线。", date="2025-04-18")
    assert spans(ex) == [("2025-04-15", "None", "陕西鼎秦航空装备有限公司")]
    # a control room climbed at a wharf reached is part of the wharf
    ex = run("本报讯 20日下午，季同来到北部湾港钦州自动化集装箱码头，登上远程操控中心，察看装卸作业。", date="2025-05-21")
    assert spans(ex) == [("2025-05-20", "None", "北部湾港钦州自动化集装箱码头")]


def test_a_visit_to_a_city_written_by_its_first_character_is_in_that_city_not_the_region_studied():
    ex = run("济南日报\n\n本报讯 9月10日至11日，国家发展改革委副主任孙承志率调研组来济，就济南都市圈建设开展调研。",
             date="2025-09-12")
    assert [e.place for e in ex.events] == ["济南"]
    ex = run("长春日报\n\n本报讯 9日，国家发展改革委副主任孙承志率调研组来长调研哈长城市群建设。市委书记季同参加调研。",
             date="2024-09-11")
    assert [e.place for e in ex.events] == ["长春"]


def test_a_meeting_named_after_two_cities_is_in_the_first_and_a_visit_s_headline_is_its_lead_to_my_province():
    ex = run("宝鸡日报\n\n本报讯 昨天，天水市委书记孙承志率天水市党政代表团来宝考察。在随后举行的宝鸡天水合作交流座谈会上，"
             "市委书记季同主持并致辞，孙承志讲话。", date="2025-05-23")
    assert ("2025-05-22", "None", "宝鸡") in spans(ex) and not any(e.place == "天水" for e in ex.events)
    ex = run("陕西日报　2025年6月6日　星期五　第1版\n\n山西省党政代表团来陕考察\n晋陕两省举行座谈会\n\n本报西安6月5日讯（记者 宋岩）"
             "6月3日至4日，山西省委书记孙承志率山西省党政代表团来我省考察。在省委书记季同陪同下，代表团深入渭南、西安两市考察。",
             date="2025-06-06")
    visits = [e for e in ex.events if e.trigger == "考察"]
    assert len(visits) == 1 and visits[0].place == "陕西"
    assert {(p.name, p.role) for p in visits[0].participations} == {("孙承志", "other"), ("季同", "attendee")}


def test_a_company_entered_in_a_zone_after_a_city_reached_is_the_stop():
    ex = run("本报讯 3日下午，代表团首先来到韩城市，在韩城经济技术开发区走进陕西龙亭氢能科技有限公司，了解产业情况。", date="2025-06-06")
    assert spans(ex) == [("2025-06-03", "None", "陕西龙亭氢能科技有限公司")]


def test_a_line_s_first_train_leaving_its_station_is_an_event_there_and_a_wire_s_day_does_not_date_a_recent_act():
    ex = run("本报讯 3月20日上午，一列满载工程机械的国际货运班列从怀化国际陆港鸣笛发车，驶向越南河内。", date="2025-03-22")
    assert spans(ex) == [("2025-03-20", "None", "怀化国际陆港")]
    ex = run("本报讯 3月20日上午，市公交集团新开通的公交专线在火车站准时发车。", date="2025-03-22")
    assert not any(e.trigger.endswith("发车") for e in ex.events)
    ex = run("新华社昆明7月23日电（记者 宋岩）云南省发展改革委近日印发《滇中城市群协同发展行动方案》。", date="2024-07-23")
    assert [str(e.date) for e in ex.events] == ["2024-07"]


def test_a_visit_reaching_a_station_on_its_second_day_moves_the_story_on_and_a_briefing_there_is_a_stop():
    ex = run("新华社西宁6月12日电 国家发展改革委副主任孙承志近日在青海调研。\n6月10日至11日，在省委书记季同陪同下，"
             "孙承志先后深入西宁、海东两市调研。\n10日上午，孙承志来到西宁市城东区，考察东川工业园区。\n"
             "11日上午，孙承志乘高铁抵达海东市平安区海东西站，听取沿线城镇和产业布局情况介绍。随后，他在海东主持召开座谈会。",
             date="2025-06-12")
    assert ("2025-06-11", "None", "海东西站") in spans(ex)
    assert ("2025-06-11", "None", "海东") in spans(ex)


def test_surnames_of_the_northwest_and_of_shandong():
    ex = run("本报讯 8日，省委书记贠立衡在兰州新区调研。副省长矫文博出席。", date="2025-07-09")
    assert {p.name for p in ex.persons} == {"贠立衡", "矫文博"}


def test_an_opening_told_as_what_the_first_train_s_departure_means_is_dated_and_placed_by_it():
    ex = run("新华社哈尔滨6月20日电（记者 宋岩）今天上午，满载大米的冷链物流班列从位于哈尔滨市香坊区的哈尔滨国际陆港物流园缓缓驶出。"
             "这标志着首条跨省冷链物流班列正式开通运营。\n\n开通仪式由省发展改革委主任孙承志主持，副省长季同出席。",
             date="2024-06-20")
    assert spans(ex) == [("2024-06-20", "None", "哈尔滨国际陆港物流园")]
    assert {(p.name, p.role) for p in ex.events[0].participations} == {("孙承志", "chair"), ("季同", "attendee")}


def test_a_ship_sailing_marks_a_route_s_opening_and_the_same_day_is_its_day():
    ex = run("新华社汕头9月26日电（记者 宋岩）满载家电的货轮26日从汕头港广澳港区起航。这标志着汕头港至东南亚的直航航线正式开通运营。\n\n"
             "同日上午，港口联盟在汕头揭牌成立。副省长季同出席揭牌仪式并致辞。", date="2024-09-26")
    assert [str(e.date) for e in ex.events] == ["2024-09-26", "2024-09-26"]
    assert ex.events[0].place.endswith("广澳港区")


def test_a_park_gone_to_later_in_the_sentence_is_a_stop_and_a_venue_opened_is_where_it_opened():
    ex = run("本报讯 23日上午，省委书记季同来到揭阳滨海新区，听取管委会的汇报，随后到惠来县境内的粤东海上风电装备产业园察看项目建设进展。",
             date="2024-05-24")
    assert ("2024-05-23", "None", "粤东海上风电装备产业园") in spans(ex)
    ex = run("本报讯（记者 宋岩）丹霞山世界地质公园科普馆昨天在韶关市仁化县开馆。副市长季同出席开馆仪式。", date="2024-05-24")
    assert [e.place for e in ex.events] == ["丹霞山世界地质公园科普馆"]


def test_the_participants_of_a_meeting_seeing_a_science_city_do_so_on_the_meeting_s_day():
    ex = run("无锡日报\n\n本报讯 16日，都市圈党政联席会议在无锡召开。市委书记季同主持会议。\n\n会前，季同会见了孙承志一行。"
             "市委常委、秘书长宋岩参加会见。与会人员还实地考察了滨湖区太湖湾科创城。", date="2024-05-17")
    assert ("2024-05-16", "None", "太湖湾科创城") in spans(ex)


def test_a_known_name_the_dictionary_splits_before_a_place_abbreviation_is_read_whole():
    ex = run("本报讯 昨天，联席会议在泸州召开。市委书记季同主持会议，市委副书记、市长母春林通报情况。"
             "20日晚，季同、母春林在泸会见了代表团。", date="2025-05-22")
    assert {p.name for p in ex.persons} == {"季同", "母春林"}
    call = next(e for e in ex.events if "会见" in e.label)
    assert {p.name for p in call.participations} == {"季同", "母春林"}


def test_goals_counted_between_three_places_or_over_a_bare_pilot_zone_leave_that_scope_out():
    ex = run("本报讯 到2027年，试验区地区生产总值达到2.3万亿元，三地间跨省公交线路新增10条。", date="2025-05-12")
    assert {(g.indicator, g.target) for g in ex.goals} == {("地区生产总值", "2.3万亿元"), ("跨省公交线路", "新增10条")}


def test_a_speech_s_requirements_conveyed_with_another_meeting_are_not_a_speech_at_this_one():
    ex = run("武威日报\n\n本报讯（记者 宋岩）昨天，市委书记季同主持召开市委常委会会议，传达学习上月20日在张掖召开的座谈会精神"
             "和省委书记孙承志讲话要求，研究部署相关工作。", date="2024-07-09")
    meeting = next(e for e in ex.events if e.label == "市委常委会会议")
    assert {(p.name, p.role) for p in meeting.participations} == {("季同", "chair")}


def test_a_market_or_an_industrial_zone_reached_in_a_district_is_the_stop():
    ex = run("大众日报\n\n本报临沂8月22日讯（记者 宋岩）21日下午，副省长季同来到兰山区的临沂商城，走进商户门店。"
             "22日上午，季同来到赣榆区的柘汪临港产业区，察看项目建设现场。", date="2024-08-23")
    assert [e.place for e in ex.events] == ["临沂商城", "柘汪临港产业区"]


def test_a_venue_written_after_its_district_and_de_is_named_without_them():
    ex = run("本报讯（记者 宋岩）第十届汉文化旅游节将于4月26日至5月5日在云龙区的汉文化景区举行。", date="2024-04-18")
    assert [e.place for e in ex.events] == ["汉文化景区"]


def test_posts_and_bodies_of_the_bingtuan_are_named_in_full_but_its_paper_is_not():
    ex = run("兵团日报\n\n本报讯（记者 宋岩）自治区党委书记、兵团党委第一书记季同在石河子市调研。兵团党委常委、副司令员孙承志陪同。",
             date="2024-11-08")
    assert posts(ex) >= {("季同", "新疆生产建设兵团党委第一书记"),
                         ("孙承志", "新疆生产建设兵团副司令员")}
    assert {"新疆生产建设兵团党委", "兵团日报"} <= {o.name for o in ex.organizations}


def test_a_paper_s_dateline_day_does_not_date_an_act_told_as_recent_after_a_comma():
    ex = run("浙江日报\n\n本报台州8月20日讯（记者 宋岩）近日，产业合作园在三门县揭牌。副市长季同出席并为合作园揭牌。",
             date="2025-08-21")
    assert [(str(e.date), e.place) for e in ex.events] == [("2025-08", "三门县")]


def test_a_park_entered_in_a_named_zone_is_the_stop_not_the_zone():
    ex = run("本报讯 9日上午，代表团走进宁波前湾新区的甬江智能汽车零部件产业园，了解汽车产业链协同情况。副省长季同陪同。",
             date="2025-07-11")
    assert [e.place for e in ex.events] == ["甬江智能汽车零部件产业园"]


def test_a_visit_told_again_after_a_call_on_the_visitors_is_the_same_visit():
    ex = run("7月8日至10日，吉林省委书记孙承志率吉林省党政代表团来浙考察。8日，浙江省委书记季同在杭州会见代表团一行。\n\n"
             "季同在会见时说，两省合作不断深化。\n\n孙承志表示，吉林将深化合作。\n\n"
             "在省委书记季同陪同下，代表团赴宁波、舟山考察，宁波市委书记宋岩分别陪同。", date="2025-07-11")
    assert len(ex.events) == 2
    visit = next(e for e in ex.events if "来浙考察" in e.label)
    assert {p.name for p in visit.participations} == {"孙承志", "季同", "宋岩"}


def test_a_quay_named_only_by_its_kind_is_on_the_harbour_district_reached():
    ex = run("本报讯 15日下午，省委书记季同来到洞头区状元岙港区，登上集装箱码头，详细了解海铁联运情况。", date="2025-04-17")
    assert [e.place for e in ex.events] == ["状元岙港区"]


def test_a_tibetan_name_read_as_two_names_is_one_and_a_zone_s_opening_places_are_no_one():
    ex = run("山南日报\n\n本报讯 市委常委、秘书长拉巴单增主持揭牌仪式。市领导覃立军、单增曲扎参加会见。"
             "随后，副省长季同来到沈抚改革创新示范区调研。", date="2024-10-11")
    assert {p.name for p in ex.persons} == {"拉巴单增", "覃立军", "单增曲扎", "季同"}


def test_a_site_whose_name_starts_before_the_words_read_is_not_cut_short():
    ex = run("本报讯 随后，他来到巴宜区鲁朗镇，察看广东援建的鲁朗国际旅游小镇，听取旅游业态提升情况介绍。", date="2024-07-11")
    places = {p.name for p in ex.places}
    assert "鲁朗镇" in places and "朗国际旅游小镇" not in places


def test_a_joint_meeting_held_in_our_city_is_in_the_paper_s_city_not_the_first_its_name_gives():
    ex = run("商洛日报\n\n本报讯（记者 宋岩）昨天，汉中安康商洛三市党政联席会议第四次会议在我市召开。市委书记季同主持会议。",
             date="2024-08-16")
    assert [(str(e.date), e.place) for e in ex.events] == [("2024-08-15", "商洛")]


def test_a_park_reached_in_a_county_s_new_area_is_named_without_the_area():
    ex = run("河北日报\n\n本报讯 5月15日至16日，省委书记季同深入石家庄市正定新区调研。"
             "15日上午，季同来到正定新区冀云数字经济产业园，走进算力调度中心。", date="2024-05-17")
    assert ("2024-05-15", "冀云数字经济产业园") in [(str(e.date), e.place) for e in ex.events]


def test_a_meeting_named_as_next_year_s_is_dated_next_year_not_by_the_year_told_before():
    ex = run("辽阳日报\n\n本报讯 据了解，首届博览会去年在鞍山举办。按照轮值安排，明年博览会将在铁岭举办。", date="2024-11-11")
    assert [(str(e.date), e.place) for e in ex.events] == [("2023", "鞍山"), ("2025", "铁岭")]


def test_an_increase_written_after_what_it_counts_goes_in_the_target():
    ex = run("本报讯 季同指出，力争到2027年，承接西宁产业转移项目新增50个。", date="2025-06-11")
    assert {(g.indicator, g.target, str(g.deadline)) for g in ex.goals} == {("承接西宁产业转移项目", "新增50个", "2027")}


def test_a_harbour_district_of_the_city_s_port_is_the_stop_when_the_city_is_read_on_its_own():
    ex = run("本报讯 14日下午，副省长季同来到九江港城西港区，察看集装箱码头作业情况。", date="2024-03-15")
    assert [e.place for e in ex.events] == ["城西港区"]
    assert "九江港城西港区" in next(p for p in ex.places if p.name == "城西港区").aliases


def test_a_zone_reached_in_the_district_a_sentence_opens_with_is_the_stop():
    ex = run("本报讯 15日上午，省长季同来到铜陵经济技术开发区，察看铜箔生产线。"
             "在湾沚区，他走进安徽新芜经济开发区，察看一批项目。", date="2025-05-17")
    assert [e.place for e in ex.events] == ["铜陵经济技术开发区", "安徽新芜经济开发区"]


def test_a_zone_a_county_names_after_itself_is_a_place_when_the_county_is_told():
    ex = run("本报讯 9日下午，省委书记季同来到博望区的博望高新区，察看数控机床产业集聚发展情况。"
             "10日，他在义安区义安经济开发区察看项目。", date="2025-04-11")
    assert [e.place for e in ex.events] == ["博望高新区", "义安经济开发区"]
    assert {(p.name, p.parent) for p in ex.places} >= {("博望高新区", "博望区"), ("义安经济开发区", "义安区")}


def test_escorts_named_at_the_end_of_a_recent_visit_told_by_its_days_attend_the_visit():
    ex = run("安徽日报\n\n近日，省委副书记、省长季同在铜陵、安庆调研。15日上午，季同来到铜陵经济技术开发区，走进一家企业。"
             "16日下午，季同在安庆主持召开座谈会。铜陵市委书记宋岩发言。省政府秘书长孙承志参加调研。"
             "铜陵市委书记宋岩、安庆市委书记葛朝阳分别陪同。", date="2025-05-17")
    visit = next(e for e in ex.events if e.label.endswith("调研"))
    meeting = next(e for e in ex.events if e.label == "座谈会")
    assert {p.name for p in visit.participations} == {"季同", "孙承志", "宋岩", "葛朝阳"}
    assert {p.name for p in meeting.participations} == {"季同", "宋岩"}


def test_a_meeting_named_in_passing_does_not_date_the_visit_nor_take_later_speakers():
    ex = run("六安日报\n\n季同在金寨霍山调研时强调\n\n本报讯（记者 宋岩）10月9日至10日，市委书记季同深入金寨县、霍山县，"
             "调研老区振兴发展工作，督导上月12日在信阳召开的四市党政联席会议合作事项落实情况。"
             "9日上午，季同来到金寨县花石乡大湾村，察看茶旅融合项目。", date="2024-10-11")
    assert [(str(e.date), e.label) for e in ex.events][:1] == [("2024-10-09", "季同在金寨霍山调研")]
    ex = run("安庆新闻网\n\n20日上午，市委书记季同会见了孙承志一行。季同说，两市山水相依。"
             "希望两市以本月12日在信阳召开的联席会议为契机，深化合作。孙承志介绍了信阳发展情况。", date="2024-09-23")
    passing = next(e for e in ex.events if e.label == "联席会议")
    assert passing.participations == []


def test_those_at_the_opening_a_visit_went_to_are_at_that_stop():
    ex = run("本报讯 19日，两市在安庆召开合作交流座谈会。20日下午，孙承志一行来到岳西县，出席文化旅游博览会开幕式。"
             "副省长宋岩出席开幕式并致辞，市委常委葛朝阳主持开幕式。", date="2024-09-23")
    stop = next(e for e in ex.events if e.place == "岳西县")
    assert [(p.name, p.role) for p in stop.participations] == [("孙承志", "other"), ("宋岩", "speaker"), ("葛朝阳", "chair")]


def test_the_ceremony_of_a_line_s_opening_is_where_the_opening_is():
    ex = run("新华社重庆6月28日电 28日上午9时许，随着G8501次列车从重庆东站驶出，渝湘高铁重庆至黔江段正式开通运营。"
             "开通运营仪式在黔江站举行。副市长季同宣布线路开通。", date="2025-06-28")
    assert [(str(e.date), e.place) for e in ex.events] == [("2025-06-28", "黔江站")]


def test_a_plan_to_be_issued_by_procedure_is_not_an_act():
    ex = run("铜仁市人民政府\n\n今天上午，市长季同主持召开市政府第58次常务会议。会议原则通过《实施方案》。"
             "会后，由市发展改革委会同相关部门按程序印发实施方案。", date="2025-07-09")
    assert [e.label for e in ex.events] == ["市政府第58次常务会议"]


def test_an_act_at_a_college_named_after_its_city_is_at_the_college():
    ex = run("滨州日报\n\n本报讯 5日下午，生态保护研究院在滨州学院揭牌成立。", date="2025-08-07")
    assert [e.place for e in ex.events] == ["滨州学院"]


def test_a_company_s_project_inspected_in_a_county_reached_is_at_the_company():
    ex = run("本报讯 14日上午，副省长季同驱车前往九江市永修县，考察江西赣硅新材料有限公司有机硅新材料项目。", date="2024-03-15")
    assert [e.place for e in ex.events] == ["江西赣硅新材料有限公司"]


def test_a_site_read_as_one_span_with_its_city_is_named_without_the_city():
    ex = run("本报讯 14日上午，副省长季同来到永修县，考察企业。随后，他来到共青城市共青科教城，与高校负责人交流。",
             date="2024-03-15")
    assert [e.place for e in ex.events] == ["永修县", "共青科教城"]


def test_a_korean_chinese_surname_opens_a_name_after_a_post():
    ex = run("吉林日报\n\n本报讯 省委常委、秘书长孙承志，延边州委书记宋岩、州长玄成哲陪同调研。", date="2024-07-12")
    assert "玄成哲" in {p.name for p in ex.persons}


def test_a_headline_meeting_is_the_lead_s_sitting_of_it():
    ex = run("上饶日报\n\n环鄱阳湖三市党政联席会议在我市召开\n\n季同主持并讲话 宋岩讲话\n\n本报讯（记者 韩默）昨天，上饶、九江、"
             "景德镇三市党政联席会议第三次会议在我市召开。市委书记季同主持会议并讲话，九江市委书记宋岩讲话。", date="2024-06-22")
    assert [(str(e.date), e.place) for e in ex.events] == [("2024-06-21", "上饶")]


def test_those_who_unveil_the_plaque_in_the_next_clause_attend_the_unveiling():
    ex = run("中国江西网讯 24日上午，绿色发展研究院在昌江区揭牌成立，副省长季同、市委书记宋岩共同为研究院揭牌。", date="2024-06-25")
    assert [(e.place, {p.name for p in e.participations}) for e in ex.events] == [("昌江区", {"季同", "宋岩"})]


def test_an_inspecting_verb_is_no_part_of_a_zone_s_name():
    ex = run("新华社南昌6月5日电 6月3日至5日，全国人大常委会副委员长季同率执法检查组在江西检查湿地保护法实施情况。", date="2024-06-05")
    assert "江西检查湿地" not in {p.name for p in ex.places}
    assert [e.place for e in ex.events] == ["江西"]


def test_a_headline_visit_of_a_party_is_the_lead_s_visit_to_our_city():
    ex = run("十堰日报\n\n达州市党政代表团来堰考察交流\n\n本报讯（记者 韩默）近日，达州市委书记季同率达州市党政代表团来我市考察交流。"
             "6日上午，季同一行来到丹江口市，察看库区水质保护情况。市委常委、秘书长宋岩陪同考察。", date="2024-11-08")
    visits = [e for e in ex.events if "代表团来" in e.label]
    assert len(visits) == 1 and {p.name for p in visits[0].participations} == {"季同", "宋岩"}


def test_a_village_written_after_its_town_is_the_stop_and_a_kind_of_company_is_no_part_of_its_name():
    ex = run("本报讯 16日下午，省委书记季同走进流水镇北港村，察看文创街区。"
             "17日上午，季同来到厦门市湖里区，走进台资企业厦门宏展精密科技有限公司，察看智能生产线。", date="2025-09-18")
    assert [e.place for e in ex.events] == ["北港村", "厦门宏展精密科技有限公司"]


def test_the_maiden_voyage_ceremony_is_the_opening_of_the_line():
    ex = run("平潭综合实验区管理委员会\n\n今天上午9时，“岚台号”客滚船从平潭澳前客滚码头启航，驶往台中港，标志着平潭至台中港客滚航线"
             "正式开通运营。首航仪式在澳前客滚码头举行。", date="2025-10-09")
    assert [(str(e.date), e.place) for e in ex.events] == [("2025-10-09", "澳前客滚码头")]


def test_a_treatment_plant_inspected_in_a_district_is_the_stop():
    ex = run("本报讯 16日下午，省委书记季同来到十堰市，考察张湾区神定河污水处理厂，了解运行情况。", date="2024-05-18")
    assert [e.place for e in ex.events] == ["神定河污水处理厂"]


def test_a_visit_the_day_before_a_session_opens_is_on_that_day_and_so_are_its_stops():
    ex = run("新华社南京10月17日电 第二届沿海开发合作大会10月15日至17日在江苏南通举行。15日上午，大会开幕。"
             "开幕前一天，国家发展改革委副主任季同在南通调研。他先后来到通州湾示范区，察看海上风电项目。",
             date="2024-10-17")
    assert [str(e.date) for e in ex.events[1:]] == ["2024-10-14", "2024-10-14"]


def test_a_quay_told_by_its_size_or_cargo_is_on_its_harbour_district():
    ex = run("本报讯 18日上午，省长季同来到盐城，察看盐城港大丰港区5万吨级通用码头。"
             "19日，季同察看通州湾港区吕四作业区集装箱码头建设现场。", date="2024-09-20")
    assert [e.place for e in ex.events] == ["大丰港区", "吕四作业区"]


def test_a_visit_studying_a_zone_of_a_region_is_in_the_county_it_went_to():
    ex = run("浙江日报\n\n本报嘉善4月11日讯 4月10日至11日，省委书记季同在嘉善县调研长三角生态绿色一体化发展示范区建设。",
             date="2024-04-12")
    assert [e.place for e in ex.events] == ["嘉善县"]
