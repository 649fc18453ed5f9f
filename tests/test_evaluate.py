"""kg evaluate: the scorer itself, and the extractor's quality on the gold annotations (the bars)."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from kg.cli import main
from kg.evaluate import Score, evaluate, goal_key, score_document

from conftest import GENRE, GOLD

# issue #3's bars on the gold texts (tests/data/gold is a copy of shared/gold)
BARS = {"persons": 0.95, "posts": 0.90, "organizations": 0.85, "places": 0.90, "events": 0.85,
        "participants": 0.90, "goals": 0.85}
# and on texts of the genre outside the five (tests/data/genre: 178 sets of six texts, each written
# and annotated by a separate annotator who saw neither the extractor nor the other sets; each set
# was scored on first contact and then used for error analysis, so here a regression guard, not an
# unseen measure: see the README's Evaluation section for the first-contact scores)
GENRE_BARS = {"persons": 0.90, "posts": 0.80, "organizations": 0.75, "places": 0.80, "events": 0.70,
              "participants": 0.75, "goals": 0.60}


def test_score_counts():
    s = Score()
    s.add(Counter({"a", "b", "c"}), Counter({"b", "c", "d", "e"}))
    assert (s.tp, s.fp, s.fn) == (2, 2, 1)
    assert s.precision == 0.5 and s.recall == pytest.approx(2 / 3) and s.f1 == pytest.approx(4 / 7)


def test_entities_match_on_any_of_their_names():
    gold = {"organizations": [{"name": "国家发展改革委", "aliases": ["国家发展和改革委员会"]}],
            "places": [{"name": "上海", "parent": None}], "persons": [], "events": [], "goals": [], "documents": []}
    pred = {"persons": set(), "posts": set(), "organizations": [{"国家发展和改革委员会"}, {"联通"}],
            "places": [{"上海市", "上海"}], "events": [], "goals": [], "documents": set()}
    scores = score_document(gold, pred)
    assert (scores["organizations"].tp, scores["organizations"].fp) == (1, 1)
    assert scores["places"].f1 == 1.0


def test_events_match_on_date_and_place_then_people():
    gold = {"events": [{"date": "2024-06-06", "place": "温州", "participants": [{"name": "易炼红", "role": "chair"}]}]}
    pred = {"persons": set(), "posts": set(), "organizations": [], "places": [], "goals": [], "documents": set(),
            "events": [{"date": "2024-06-06", "place": {"温州"}, "participants": []},
                       {"date": "2024-06-06", "place": {"温州", "温州市"}, "participants": [("易炼红", "speaker")]}]}
    scores = score_document(gold, pred)
    assert (scores["events"].tp, scores["events"].fp) == (1, 1)
    assert scores["participants"].f1 == 1.0 and scores["roles"].tp == 0


def test_two_events_of_one_day_and_place_are_paired_by_the_people_they_share():
    # a call in the morning and a symposium in the afternoon, both in 银川: each gold event is paired
    # with the extracted one it shares most people with, whatever the order of the gold file
    gold = {"events": [{"date": "2025-09-19", "place": "银川", "participants": [{"name": "甲", "role": "other"}]},
                       {"date": "2025-09-19", "place": "银川", "participants": [
                           {"name": "甲", "role": "chair"}, {"name": "乙", "role": "speaker"}, {"name": "丙", "role": "speaker"}]}]}
    pred = {"persons": set(), "posts": set(), "organizations": [], "places": [], "goals": [], "documents": set(),
            "events": [{"date": "2025-09-19", "place": {"银川"}, "participants": [("甲", "chair"), ("乙", "speaker"), ("丙", "speaker")]},
                       {"date": "2025-09-19", "place": {"银川"}, "participants": [("甲", "other")]}]}
    scores = score_document(gold, pred)
    assert scores["events"].f1 == 1.0
    assert scores["participants"].f1 == 1.0 and scores["roles"].f1 == 1.0


@pytest.mark.parametrize("gold_goals, predicted_goals", [
    # 地区生产总值增长 | 5%左右 and 地区生产总值 | 增长5%左右 are one goal; a level (达到 | 70%) is not a change
    ([("地区生产总值增长", "5%左右"), ("新增城镇就业", "12万人"), ("常住人口城镇化率", "70%")],
     [("地区生产总值", "增长5%左右"), ("城镇就业", "新增12万人"), ("常住人口城镇化率增长", "70%")]),
    # 4700亿元以上 and 4700亿元, 约3.8万亿元 and 3.8万亿元 are one target; another figure is not
    ([("年度计划投资", "4700亿元"), ("总投资", "约3.8万亿元"), ("新开工项目", "60个")],
     [("年度计划投资", "4700亿元以上"), ("总投资", "3.8万亿元"), ("新开工项目", "600个")]),
])
def test_a_goal_matches_however_annotators_split_its_words(gold_goals, predicted_goals):
    gold = {"goals": [{"indicator": i, "target": t, "deadline": "2025"} for i, t in gold_goals]}
    pred = {"persons": set(), "posts": set(), "organizations": [], "places": [], "events": [], "documents": set(),
            "goals": [goal_key(i, t, "2025") for i, t in predicted_goals]}
    scores = score_document(gold, pred)
    assert (scores["goals"].tp, scores["goals"].fp, scores["goals"].fn) == (2, 1, 1)


def test_no_build_is_a_clear_error(tmp_path, capsys):
    assert main(["evaluate", str(GOLD), "--out", str(tmp_path)]) == 2
    assert "kg build" in capsys.readouterr().err


def test_extraction_meets_the_bars_on_the_gold_texts(real_build, capsys):
    report = evaluate(GOLD, real_build)
    f1 = {m: s.f1 for m, s in report.scores.items()}
    assert {m: round(f1[m], 3) for m in BARS if f1[m] < BARS[m]} == {}
    assert main(["evaluate", str(GOLD), "--out", str(real_build), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["persons"]["f1"] == pytest.approx(f1["persons"])


def test_extraction_meets_the_unseen_bars_on_other_texts_of_the_genre(tmp_path):
    from kg.pipeline import build

    build(GENRE / "texts", tmp_path / "build", progress=None)
    f1 = {m: s.f1 for m, s in evaluate(GENRE / "gold", tmp_path / "build").scores.items()}
    assert {m: round(f1[m], 3) for m in GENRE_BARS if f1[m] < GENRE_BARS[m]} == {}
