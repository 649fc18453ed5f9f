"""Ingest: decoding, normalisation of newspaper text, articles, sentences, manifest and problems."""
from __future__ import annotations


import pytest

from kg.dates import PartialDate
from kg.ingest import Problem, decode, normalise, read_corpus, read_text, split_sentences

TEXT = "上海市委书记陈吉宁出席会议。全面贯彻新发展理念！“要加强协同。”他说。"


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk", "big5"])
def test_decode_detects_the_encodings_users_have(codec):
    text = "上海市委书记陈吉宁出席会议并讲话，强调要推进长三角一体化发展。" * 3
    if codec == "big5":
        text = "上海市委書記陳吉寧出席會議並講話，強調要推進長三角一體化發展。" * 3
    assert decode(text.encode(codec)).strip() == text


@pytest.mark.parametrize("data,reason", [(b"", "empty"), (b"  \n\t", "empty"), (b"\x00\x01\x02binary\x00", "binary")])
def test_decode_refuses_empty_and_binary(data, reason):
    with pytest.raises(ValueError, match=reason):
        decode(data)


def test_normalise_joins_lines_broken_inside_words_and_names(corpus):
    # 004 is printed in narrow columns: "上海市委\n副书记、市长龚正"
    text = corpus["004"].text
    assert "上海市委副书记、市长龚正" in text
    assert "安徽省委副书记、省长王清宪出席会议" in text
    assert "\n" not in "长三角地区主要领导座谈会在浙江省温州市举行"


def test_a_headline_block_keeps_its_kicker_and_a_long_subhead_apart():
    text = normalise("共商共建  共享共赢\n西部陆海新通道省际协商合作\n联席会议第五次会议在南宁召开\n\n正文。")
    assert text.startswith("共商共建  共享共赢\n西部陆海新通道省际协商合作联席会议第五次会议在南宁召开\n\n")
    text = normalise("携手唱好新时代成渝“双城记”\n推动成渝地区双城经济圈建设重庆四川党政联席会议第十一次会议召开\n\n"
                     "本报讯（记者 罗欣）4月16日至17日，代表团赴重庆学习考察。")
    assert "召开\n\n本报讯" in text  # a subhead of 31 characters is still a headline, not the lead's first line


def test_normalise_keeps_chinese_punctuation_and_folds_full_width_digits():
    assert normalise("２０２３年，上海：（一）") == "2023年，上海：（一）\n"


def test_normalise_rejoins_a_paragraph_cut_by_a_column_break(corpus):
    # 001: "…作出更\n\n大贡献。" is one sentence
    assert "作出更大贡献。" in corpus["001"].text


def test_page_is_split_into_its_articles(corpus):
    titles = [a.title for a in corpus["000"].articles]
    assert titles == ["习近平主持召开深入推进长三角一体化发展座谈会强调", "山东省十四届人大二次会议明年1月召开"]
    titles_002 = [a.title for a in corpus["002"].articles]
    assert "市政协举办“委员讲堂”" in titles_002 and len(titles_002) >= 4


def test_sentences_have_valid_offsets(corpus):
    for doc in corpus.values():
        for s in doc.sentences:
            assert doc.text[s.start:s.end] == s.text and s.text.strip()
        indices = [s.index for s in doc.sentences]
        assert indices == list(range(len(indices)))


def test_sentence_split_keeps_closing_quotes():
    sents = split_sentences("d", TEXT)
    assert [s.text for s in sents] == ["上海市委书记陈吉宁出席会议。", "全面贯彻新发展理念！", "“要加强协同。”", "他说。"]


def test_manifest_dates_and_titles_are_used(corpus):
    assert corpus["000"].date == PartialDate(2023, 12, 1)
    assert corpus["001"].date == PartialDate(2023, 12)
    assert corpus["003"].title == "习近平在主持召开扎实推进长三角一体化发展座谈会时的讲话"


def test_date_from_dateline_when_no_manifest(tmp_path):
    (tmp_path / "a.txt").write_text("标题\n\n新华社上海11月30日电 会议召开。\n\n2023年11月30日，山东省人大常委会通过决定。", encoding="utf-8")
    docs, problems = read_corpus(tmp_path)
    assert docs[0].date == PartialDate(2023, 11, 30) and docs[0].date_basis == "dateline"
    assert problems == []


def test_undated_text_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text("今年9月，会议召开。", encoding="utf-8")
    docs, problems = read_corpus(tmp_path)
    assert docs[0].date is None
    assert any("publication date unknown" in p.reason for p in problems)
    docs, problems = read_corpus(tmp_path, default_date=PartialDate(2024, 1, 5))
    assert docs[0].date == PartialDate(2024, 1, 5) and not problems


def test_bad_input_is_named_and_the_rest_is_built(tmp_path):
    (tmp_path / "good.txt").write_text("上海市委书记陈吉宁出席会议。", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\xff\x00\x10" * 50)
    (tmp_path / "manifest.tsv").write_text("file\tdate\ngood.txt\tnot-a-date\nmissing.txt\t2024-01-01\n", encoding="utf-8")
    docs, problems = read_corpus(tmp_path)
    assert [d.id for d in docs] == ["good"]
    by_file = {p.file: p for p in problems}
    assert by_file["empty.txt"].fatal and "empty" in by_file["empty.txt"].reason
    assert by_file["binary.txt"].fatal and "binary" in by_file["binary.txt"].reason
    assert "missing" in by_file["missing.txt"].reason
    assert any(p.file == "good.txt" and "manifest date ignored" in p.reason for p in problems)
    assert all(isinstance(p, Problem) for p in problems)


def test_missing_folder_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_corpus(tmp_path / "nope")


def test_read_text_for_the_api():
    doc = read_text("新华社北京12月1日电 会议召开。", "x", date="2023-12-01")
    assert doc.id == "x" and doc.date == PartialDate(2023, 12, 1) and doc.sentences


# ---------------------------------------------------------------- arbitrary input

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_NEWSY = st.text(alphabet=st.sampled_from(list("上海市委书记陈吉宁龚正出席会议并讲话，。、；：“”（）\n 0123456789年月日在召开举行到2025达%")),
                 max_size=300)
_ANY = st.text(max_size=300)  # any code point: control characters, surrogates excluded by hypothesis, RTL, emoji


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_ANY, _NEWSY, st.builds(lambda a, b: a + "\n" * 3 + b, _NEWSY, _ANY)))
def test_normalisation_and_splitting_never_fail_and_offsets_hold(text):
    doc = read_text(text or " ", "h", date="2024-01-01")
    assert not any(c in doc.text for c in "\x00\x0b\ufeff\r")
    last = 0
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text and s.start >= last and len(s.text) <= 600
        last = s.end


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_NEWSY, _ANY, st.builds(lambda a: "上海" * 400 + a, _NEWSY)))
def test_extraction_never_fails_on_arbitrary_text_and_keeps_valid_evidence(text):
    from kg.extract import extract

    doc = read_text(text or " ", "h", date="2024-01-01")
    ex = extract(doc)
    for fact in ex.persons + ex.posts + ex.organizations + ex.places + ex.events + ex.goals + ex.documents:
        s = fact.evidence
        assert doc.text[s.start:s.end] == s.text


def test_traditional_text_is_read_in_simplified_and_kept_as_written(tmp_path):
    (tmp_path / "t.txt").write_text("上海市委書記陳吉寧出席會議並講話，強調要推進長三角一體化發展。", encoding="big5")
    docs, _ = read_corpus(tmp_path, default_date=PartialDate(2024, 1, 1))
    doc = docs[0]
    assert doc.text.startswith("上海市委书记陈吉宁出席会议") and doc.original.startswith("上海市委書記陳吉寧")
    assert len(doc.text) == len(doc.original)
    from kg.extract import extract

    assert [(h.person, h.post) for h in extract(doc).posts] == [("陈吉宁", "上海市委书记")]


def test_a_long_text_without_breaks_is_cut_into_bounded_sentences():
    doc = read_text("上海市委书记陈吉宁出席会议，" * 20000, "long", date="2024-01-01")
    assert all(len(s.text) <= 600 for s in doc.sentences) and len(doc.sentences) > 400
    assert len(doc.title) <= 60 and all(len(a.title) <= 60 for a in doc.articles)  # not the whole text as a title


def test_a_story_turned_to_the_next_page_is_one_article_and_the_turn_titles_nothing():
    from kg.ingest import split_articles

    page = ("吉林日报\n\n韩立新在吉林调研时强调\n\n新华社长春6月13日电 韩立新12日在吉林调研，主持召开座谈会。\n\n"
            "（下转第二版）\n\n2024年6月14日 星期五  吉林日报  2  要闻\n\n（上接第一版）\n座谈会上，辽宁省委书记宋明远发言。\n\n"
            "（下转第三版）\n\n天水市与兰州交通大学签署合作协议\n\n本报讯 9月11日，天水市与兰州交通大学签署合作协议。\n")
    arts = split_articles("p", page)
    assert len(arts) == 2
    assert "座谈会上" in page[arts[0].start:arts[0].end]
    assert arts[1].title == "天水市与兰州交通大学签署合作协议"


def test_a_web_pages_furniture_is_a_line_of_its_own():
    # a portal's headline, publication line and font switch, with no blank line between them and a
    # publication line long enough to look cut by a column: none of them runs into the lead
    page = ("宿州市人民政府\n首页 > 政务公开 > 政务动态 > 工作动态\n\n"
            "皖北承接产业转移集聚区建设推进会在我市召开\n"
            "发布时间：2025-03-14 09:12　　来源：拂晓报　　浏览次数：1024　　【字体：大 中 小】\n\n"
            "本报讯（记者 柏青）3月13日上午，皖北承接产业转移集聚区建设推进会在我市召开。")
    doc = read_text(page, "t", date="2025-03-14")
    texts = [s.text for a in doc.articles for s in a.sentences]
    assert "皖北承接产业转移集聚区建设推进会在我市召开" in texts
    assert "本报讯（记者 柏青）3月13日上午，皖北承接产业转移集聚区建设推进会在我市召开。" in texts


def test_a_papers_name_and_a_time_stamp_over_and_under_a_web_headline_are_lines_of_their_own():
    page = ("长春日报\n国家发展改革委调研组来长调研哈长城市群建设\n2024-09-11 08:12:36　来源：长春日报　作者：本报记者 卢思远\n\n"
            "9月9日至10日，国家发展改革委副主任孙承志率调研组来长调研。")
    doc = read_text(page, "t", date="2024-09-11")
    texts = [s.text for a in doc.articles for s in a.sentences]
    assert texts[:2] == ["长春日报", "国家发展改革委调研组来长调研哈长城市群建设"]
    assert doc.articles[0].title == "国家发展改革委调研组来长调研哈长城市群建设"


def test_a_box_of_the_stories_points_does_not_start_another_story():
    # a pull-out box in the middle of a report (会议提出—— over lines marked ◎): the attendance told
    # after it still belongs to the meeting of the report
    page = ("粤港澳大湾区建设领导小组全体会议在北京召开\n\n"
            "本报北京7月18日电 18日上午，粤港澳大湾区建设领导小组全体会议在北京召开。国务院副总理韩景澄主持会议并讲话。\n\n"
            "会议提出——\n\n◎到2027年，城际铁路运营里程达到3000公里\n◎研发经费投入强度达到4%左右\n\n"
            "会议审议通过了《粤港澳大湾区建设2025年工作要点》。\n\n"
            "国务院副秘书长闵立行，国务院港澳事务办公室主任戴国屏出席会议。\n")
    doc = read_text(page, "t", date="2025-07-19")
    assert len(doc.articles) == 1
    from kg.extract import extract
    meeting = next(e for e in extract(doc).events if e.place == "北京")
    assert {("闵立行", "attendee"), ("戴国屏", "attendee")} <= {(p.name, p.role) for p in meeting.participations}


def test_a_semicolon_before_another_day_ends_a_sentence():
    sents = split_sentences("d", "24日，他来到码头，察看作业；25日，他来到机场；随后他来到车站。")
    assert [s.text for s in sents] == ["24日，他来到码头，察看作业；", "25日，他来到机场；随后他来到车站。"]
