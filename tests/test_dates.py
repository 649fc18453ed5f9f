"""Finding and resolving Chinese date expressions (kg.dates), on sentences from the source texts."""
from __future__ import annotations

import doctest
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.dates
from kg.dates import (
    DateMention,
    PartialDate,
    cn_to_int,
    find_dates,
    find_datelines,
    infer_year_from_dateline,
    parse_dateline,
)

D = PartialDate.parse
PUB_000 = D("2023-12-01")  # 新华社上海11月30日电, printed the next day
PUB_001 = D("2023-12")  # month precision
PUB_004 = D("2024-06-07")


def one(text: str, base: PartialDate | None, sub: str | None = None) -> DateMention:
    """The mention whose text is ``sub`` (or the only mention)."""
    ms = find_dates(text, base)
    if sub is not None:
        ms = [m for m in ms if m.text == sub]
    assert len(ms) == 1, [(m.text, m.kind) for m in find_dates(text, base)]
    return ms[0]


def iso(d: PartialDate | None) -> str | None:
    return None if d is None else d.iso()


def test_partial_date_unchanged():
    assert PartialDate(2023, 11).iso() == "2023-11"
    assert D("2023-11-30").precision == "day"
    with pytest.raises(ValueError):
        D("2023-02-30")


def test_doctests():
    assert doctest.testmod(kg.dates).failed == 0


# --- absolute dates ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, sub, expected",
    [
        ("2020年8月，在扎实推进长三角一体化发展座谈会上", "2020年8月", "2020-08"),
        ("2023年11月30日，山东省第十四届人民代表大会常务委员会第六次会议决定", "2023年11月30日", "2023-11-30"),
        ("2024年度长三角地区主要领导座谈会在浙江温州举行", "2024年", "2024"),
        ("2016年5月，国务院常务会议通过《长江三角洲城市群发展规划》", "2016年5月", "2016-05"),
        ("2018年11月5日，习近平总书记在首届中国国际进口博览会上宣布", "2018年11月5日", "2018-11-05"),
        ("二〇二三年十一月三十日", "二〇二三年十一月三十日", "2023-11-30"),
        ("二○二三年十一月", "二○二三年十一月", "2023-11"),
        ("二〇二三年", "二〇二三年", "2023"),
        ("２０２３年１１月３０日", "２０２３年１１月３０日", "2023-11-30"),
        ("2020年3月29日，习近平总书记乘车来到宁波舟山港", "2020年3月29日", "2020-03-29"),
        ("发布日期：2023-11-30", "2023-11-30", "2023-11-30"),
    ],
)
def test_absolute(text, sub, expected):
    m = one(text, PUB_000, sub)
    assert m.kind == "date" and iso(m.date) == expected and not m.relative


def test_absolute_resolved_without_base():
    m = one("2020年8月，习近平总书记在安徽考察", None)
    assert iso(m.date) == "2020-08"


def test_span_same_month():
    m = one("2024年6月5日至6日，2024年度长三角地区主要领导座谈会在浙江温州举行", PUB_004, "2024年6月5日至6日")
    assert (m.kind, iso(m.date), iso(m.end_date)) == ("span", "2024-06-05", "2024-06-06")


def test_span_with_newspaper_spaces():
    text = "本报讯 6 月 5 日至 6 日，\n2024年度长三角地区主要领导\n座谈会在浙江省温州市举行。"
    m = find_dates(text, PUB_004)[0]
    assert m.text == "6 月 5 日至 6 日"
    assert (m.kind, iso(m.date), iso(m.end_date)) == ("span", "2024-06-05", "2024-06-06")


def test_year_span_em_dash_across_line_break():
    text = "并原则通过《长三角地区一体化\n发展三年行动计划（2024—2026\n年）》"
    m = one(text, PUB_004, "2024—2026\n年")
    assert (m.kind, iso(m.date), iso(m.end_date)) == ("span", "2024", "2026")
    assert one("2024—2026年", PUB_004).end_date == PartialDate(2026)


def test_month_spans():
    m = one("今年1—11月，长三角地区进出口总额", PUB_000)
    assert (m.kind, iso(m.date), iso(m.end_date)) == ("span", "2023-01", "2023-11")
    m = one("6月5—6日", PUB_004)
    assert (iso(m.date), iso(m.end_date)) == ("2024-06-05", "2024-06-06")
    m = one("12月28日至1月3日", D("2024-01-05"))
    assert (iso(m.date), iso(m.end_date)) == ("2023-12-28", "2024-01-03")


def test_since_until_now():
    m = one("2013年至今，累计建成", PUB_000)
    assert (m.kind, iso(m.date), iso(m.end_date)) == ("span", "2013", "2023-12-01")


# --- day-only and month-day ---------------------------------------------------------


def test_day_only_after_base_day_is_previous_month():
    text = "中共中央总书记、国家主席、中央军委主席习近平30日上午在上海主持召开深入推进长三角一体化发展座谈会"
    m = one(text, PUB_000)
    assert (m.text, iso(m.date), m.qualifier, m.relative) == ("30日上午", "2023-11-30", "上午", True)


def test_day_only_not_after_base_day_is_base_month():
    assert iso(one("1日上午，习近平总书记听取汇报", PUB_000).date) == "2023-12-01"
    assert iso(one("习近平总书记 30 日上午在上海主持召开", D("2023-12-30")).date) == "2023-12-30"


def test_day_only_with_month_precision_base():
    assert iso(one("30日上午在上海主持召开座谈会", PUB_001).date) == "2023-12-30"
    assert one("30日上午", D("2023")).date is None
    assert one("30日上午", None).date is None


def test_day_only_inside_preceding_span():
    text = ("11月28日至12月2日，习近平总书记在上海考察。28日下午，习近平总书记一行来到上海期货交易所。"
            "12月1日上午，习近平总书记听取汇报。")
    ms = find_dates(text, PUB_001)
    assert [(m.text, iso(m.date), iso(m.end_date)) for m in ms] == [
        ("11月28日至12月2日", "2023-11-28", "2023-12-02"),
        ("28日下午", "2023-11-28", None),
        ("12月1日上午", "2023-12-01", None),
    ]


def test_day_only_invalid_in_resolved_month():
    m = one("31日", PUB_000)  # November has no 31st
    assert m.kind == "date" and m.date is None


def test_month_day():
    assert iso(one("11月30日，习近平总书记在上海主持召开", PUB_000).date) == "2023-11-30"
    assert iso(one("这是12月1日拍摄的长沙市烈士公园", PUB_000).date) == "2023-12-01"
    assert iso(one("12月30日", D("2024-01-05")).date) == "2023-12-30"
    assert iso(one("2月召开", D("2024-01-05")).date) == "2024-02"
    assert iso(one("十一月三十日", PUB_000).date) == "2023-11-30"
    assert iso(one("十二月一日", PUB_000).date) == "2023-12-01"
    assert one("11月30日", None).date is None


# --- relative -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, sub, expected",
    [
        ("今年9月，长三角（芜湖）智算中心正式启用", "今年9月", "2023-09"),
        ("去年11月，三省一市签署合作协议", "去年11月", "2022-11"),
        ("山东省十四届人大二次会议明年1月召开", "明年1月", "2024-01"),
        ("今年又新纳入了苏州、南通", "今年", "2023"),
        ("去年", "去年", "2022"),
        ("明年", "明年", "2024"),
        ("前年", "前年", "2021"),
        ("后年", "后年", "2025"),
        ("今年9月28日，南京到上海的第二条高铁开通", "今年9月28日", "2023-09-28"),
        ("今年年中，“祖冲之号”量子计算原型机研制成功", "今年年中", "2023"),
        ("揭牌！今年7月底，长三角生态绿色一体化发展示范区", "今年7月底", "2023-07"),
        ("上个月", "上个月", "2023-11"),
        ("本月", "本月", "2023-12"),
        ("当月", "当月", "2023-12"),
        ("昨天", "昨天", "2023-11-30"),
        ("今天", "今天", "2023-12-01"),
        ("昨日", "昨日", "2023-11-30"),
        ("今日", "今日", "2023-12-01"),
        ("前天", "前天", "2023-11-29"),
        ("10年前，这里还是一片滩涂", "10年前", "2013"),
    ],
)
def test_relative(text, sub, expected):
    m = one(text, PUB_000, sub)
    assert m.kind == "date" and iso(m.date) == expected and m.relative


def test_relative_needs_precise_base():
    assert one("昨天", PUB_001).date is None
    assert one("上个月", D("2023")).date is None
    assert one("今年9月", None).date is None


def test_periods():
    m = one("今年前三季度，长三角GDP总量", PUB_000)
    assert (m.text, m.kind, iso(m.date), iso(m.end_date)) == ("今年前三季度", "period", "2023-01", "2023-09")
    m = one("今年上半年，长三角地区", PUB_000)
    assert (m.kind, iso(m.date), iso(m.end_date)) == ("period", "2023-01", "2023-06")
    m = one("2023年第四季度", PUB_000)
    assert (iso(m.date), iso(m.end_date)) == ("2023-10", "2023-12")
    m = one("前10个月，全省实现", PUB_000)
    assert (iso(m.date), iso(m.end_date)) == ("2023-01", "2023-10")


def test_anaphoric_same_year():
    text = "2021年6月，《中共中央 国务院关于支持浙江高质量发展建设共同富裕示范区的意见》发布；同年7月，《意见》出台"
    ms = find_dates(text, PUB_000)
    assert [(m.text, iso(m.date)) for m in ms] == [("2021年6月", "2021-06"), ("同年7月", "2021-07")]


def test_vague_words_have_no_date():
    ms = find_dates("习近平总书记近日在上海考察时强调。日前，有关部门印发通知", PUB_000)
    assert [(m.text, m.kind, m.date) for m in ms] == [("近日", "date", None), ("日前", "date", None)]


# --- deadlines and plans ------------------------------------------------------------


def test_deadlines():
    text = "——发展方向更明确：到2025年，“长三角一体化发展取得实质性进展”；到2035年，“长三角一体化发展达到较高水平”"
    ms = find_dates(text, PUB_000)
    assert [(m.text, iso(m.date), m.deadline) for m in ms] == [("2025年", "2025", True), ("2035年", "2035", True)]
    m = one("2025年前基本建成", PUB_000)
    assert (m.text, iso(m.date), m.deadline) == ("2025年前", "2025", True)
    m = one("截至2023年底，累计开通", PUB_000)
    assert (iso(m.date), m.deadline) == ("2023-12", True)
    m = one("2025年底，示范区建设", PUB_000)
    assert (iso(m.date), m.qualifier, m.deadline) == ("2025-12", "底", False)
    assert one("今年年底前完成", PUB_000).deadline


def test_five_year_plan_is_a_period_not_a_time():
    m = one("从实际出发，制定“十四五”时期长三角一体化发展规划实施方案", D("2020-08"))
    assert (m.text, m.kind, iso(m.date), iso(m.end_date)) == ("“十四五”时期", "period", "2021", "2025")
    m = one("到“十四五”末，基本实现", PUB_000)
    assert (m.kind, iso(m.date), iso(m.end_date), m.qualifier) == ("period", "2021", "2025", "末")
    assert iso(one("“十三五”期间", PUB_000).date) == "2016"


# --- durations and non-dates --------------------------------------------------------


@pytest.mark.parametrize(
    "text, sub",
    [
        ("长三角一体化发展战略提出并实施5年来，规划政策体系形成", "5年来"),
        ("长三角一体化发展战略实施一年多以来，有不少亮点", "一年多以来"),
        ("一年多", "一年多"),
        ("三年来，三省一市携手", "三年来"),
        ("十年间，长三角地区", "十年间"),
        ("近5年，长三角地区", "近5年"),
        ("劳动年龄人口平均受教育年限达到11.5年", "11.5年"),
        ("上海自贸区运行3周年之际", "3周年"),
        ("近年来，上海市加快保障性住房建设", "近年来"),
    ],
)
def test_durations_are_not_dates(text, sub):
    m = one(text, PUB_000, sub)
    assert m.kind == "duration" and m.date is None


@pytest.mark.parametrize(
    "text",
    [
        "算力规模超过3000P，5G网络覆盖率达到80%",
        "山东省第十四届人民代表大会常务委员会第六次会议决定",
        "编号12二〇二三年",
        "24小时不间断服务，咨询电话021-12345678，手机13812345678",
        "票价为30日元",
        "长三角一体化发展不是一日之功",
        "苏州轨道交通11号线与上海地铁11号线",
        "不同年龄段的居民、相当年轻的团队、如今日益完善",
        "2023.5亿元",
        "2月30日",
        "2023年2月29日",
        "13月",
    ],
)
def test_not_dates(text):
    assert [m for m in find_dates(text, PUB_000) if m.kind != "duration"] == []


# --- datelines ----------------------------------------------------------------------


def test_parse_dateline():
    text = "习近平主持召开深入推进长三角一体化发展座谈会强调\n\n新华社上海11月30日电 中共中央总书记……"
    assert parse_dateline(text) == ("上海", 11, 30)
    assert parse_dateline("新华社北京12月1日电（记者 齐中熙 何欣荣 樊曦）") == ("北京", 12, 1)
    assert parse_dateline("本报北京6月5日电（记者 张三）记者从……") == ("北京", 6, 5)
    assert parse_dateline("新华社北京十二月一日电") == ("北京", 12, 1)
    assert parse_dateline("湖南日报11月29日讯（全媒体记者 龙文泱）会议今天上午在长沙闭幕。") == ("", 11, 29)  # a paper's own, no city
    assert parse_dateline("湖南日报·新湖南客户端5月14日讯（全媒体记者 谭越）") == ("", 5, 14)  # the paper and its app, no city
    assert parse_dateline("浙江日报·潮新闻3月2日讯（记者 何川）") == ("", 3, 2)
    assert parse_dateline("# 纪事\n\n新华社记者\n\n11月30日，习近平总书记") == ("", None, None)
    assert parse_dateline("本报讯 6 月 5 日至 6 日，") == ("", None, None)
    assert parse_dateline("新华社电 国务院总理李强") == ("", None, None)
    assert parse_dateline("长三角一体化发展不是一日之功。") is None
    assert parse_dateline("在上海市闵行区工作的钱丽丽告诉新华社记者") is None


def test_find_datelines_on_a_page():
    text = "新华社北京11月30日电 正文一\n\n新华社北京12月1日电（记者 齐中熙）正文二\n新华社记者 陈思汗摄"
    assert [(d.place, d.month, d.day) for d in find_datelines(text)] == [("北京", 11, 30), ("北京", 12, 1)]


def test_infer_year_from_dateline():
    text = "新华社上海11月30日电 ……\n山东省十四届人大二次会议明年1月召开\n2023年11月30日，山东省第十四届人民代表大会"
    assert infer_year_from_dateline(text) == D("2023-11-30")
    assert infer_year_from_dateline("新华社北京12月1日电 ……", D("2024-01")) == D("2023-12-01")
    assert infer_year_from_dateline("新华社北京12月1日电 ……") is None
    assert infer_year_from_dateline("没有电头") is None


def test_source_text_dateline_matches_manifest():
    with open("source_texts/000_397e290829723680.txt", encoding="utf-8") as fh:
        text = fh.read()
    assert parse_dateline(text) == ("上海", 11, 30)
    assert infer_year_from_dateline(text) == D("2023-11-30")


# --- robustness and speed -----------------------------------------------------------


def test_cn_to_int():
    assert [cn_to_int(s) for s in ("30", "３０", "三十", "十一", "二〇二三", "一百零五", "两")] == [
        30, 30, 30, 11, 2023, 105, 2]
    assert cn_to_int("几") is None and cn_to_int("") is None


DATE_CHARS = "0123456789０１２３年月日号至到—-~今去明昨前后本上下当同次翌近日半季度底初末旬个来间多十一二三〇○四五六九“”天午晚 \n"
bases = st.one_of(
    st.none(),
    st.builds(PartialDate, st.integers(1000, 2199)),
    st.builds(PartialDate, st.integers(1000, 2199), st.integers(1, 12)),
    st.dates().map(lambda d: PartialDate(d.year, d.month, d.day)),
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet=DATE_CHARS, max_size=60)), bases)
def test_never_raises_and_offsets_valid(text, base):
    ms = find_dates(text, base)
    last = 0
    for m in ms:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= last
        last = m.end
        assert m.kind in ("date", "span", "duration", "period")
        if m.kind == "duration":
            assert m.date is None
        if m.date is not None and m.end_date is not None:
            assert m.date <= m.end_date
    parse_dateline(text)
    find_datelines(text)
    infer_year_from_dateline(text, base)


def test_odd_inputs():
    assert find_dates("", PUB_000) == []
    assert find_dates("1" + " " * 10000 + "月", PUB_000) == []
    assert find_dates("\ud800年月日\x00", None) == []


@pytest.mark.slow
def test_speed_one_megabyte():
    with open("source_texts/002_6ab91b46e2dce4c7.txt", encoding="utf-8") as fh:
        page = fh.read()
    text = (page * (1_000_000 // len(page) + 1))[:1_000_000]
    t0 = time.perf_counter()
    ms = find_dates(text, PUB_000)
    rate = len(text) / (time.perf_counter() - t0)
    assert len(ms) > 1000
    assert rate > 1_000_000, f"{rate:.0f} chars/s"


def test_bare_yi_yue_is_not_january():
    assert find_dates("每一月一次", PUB_000) == []
    assert iso(one("一月份", PUB_000).date) == "2023-01"
    assert iso(one("一月五日", PUB_000).date) == "2023-01-05"


def test_a_holiday_of_a_fixed_day_told_as_that_day():
    base = PartialDate(2025, 10, 2)
    assert [(d.text, d.date) for d in find_dates("国庆节当天，市委书记来到红梅街道看望环卫工人。", base)] == [
        ("国庆节当天", PartialDate(2025, 10, 1))]
    assert find_dates("国庆节期间，全市旅游收入增长。", base) == []  # a stretch of days, not one


def test_a_span_of_days_this_or_last_month():
    got = [(d.text, d.kind, d.date.iso(), d.end_date.iso()) for d in find_dates("本月14日至15日，代表团来嘉兴考察。上月28日至30日，检查组赴岳阳。", PartialDate(2024, 5, 16))]
    assert got == [("本月14日至15日", "span", "2024-05-14", "2024-05-15"), ("上月28日至30日", "span", "2024-04-28", "2024-04-30")]


def test_a_bare_day_right_after_a_span_of_another_year_falls_after_it():
    got = [(d.text, d.date.iso()) for d in find_dates("2019年9月16日至17日，副总理在河南考察。18日，他在郑州主持召开座谈会。",
                                                     PartialDate(2024, 9, 17))]
    assert got == [("2019年9月16日至17日", "2019-09-16"), ("18日", "2019-09-18")]


def test_the_same_month_is_the_month_told_not_a_targets_deadline():
    text = "2021年10月8日，中共中央、国务院印发《纲要》，明确到2030年，人水关系进一步改善。同月22日，他在济南主持召开座谈会。"
    assert find_dates(text, PartialDate(2024, 9, 17))[-1].date == PartialDate(2021, 10, 22)


def test_a_weekday_of_last_this_or_next_week():
    base = PartialDate(2024, 4, 9)  # a Tuesday
    got = {d.text: str(d.date) for d in find_dates("上周二调研，本周五开会，下星期天返程，上个星期日出发", base)}
    assert got == {"上周二": "2024-04-02", "本周五": "2024-04-12", "下星期天": "2024-04-21", "上个星期日": "2024-04-07"}


@pytest.mark.parametrize("text, base, expected", [
    ("昨（12）日上午，联席会议在潼南召开", "2025-06-13", "2025-06-12"),
    ("今(13)日，签约仪式举行", "2025-06-13", "2025-06-13"),
    ("明（14）日开幕", "2025-06-13", "2025-06-14"),
    ("昨（30）日召开", "2025-07-01", "2025-06-30"),  # across a month's end
    ("昨（11）日召开", "2025-06-13", "2025-06-11"),  # the day written wins over the word
    ("昨（12）日召开", "2025-06", "2025-06-12"),  # a paper dated by month only
])
def test_a_relative_day_with_its_date_in_brackets(text, base, expected):
    [d] = find_dates(text, PartialDate.parse(base))
    assert str(d.date) == expected


def test_a_later_day_told_as_to_come_is_this_month():
    base = PartialDate(2025, 9, 23)
    assert [str(d.date) for d in find_dates("代表团一行24日将赴南沙考察。", base)] == ["2025-09-24"]
    assert [str(d.date) for d in find_dates("代表团一行24日赴南沙考察。", base)] == ["2025-08-24"]
