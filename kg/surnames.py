"""Compound (two-character) Chinese surnames: general knowledge shared by the stages.

Ingest closes the spaces a layout pads a name with (欧阳  曦), the recogniser uses them as a
feature and the rules use them to find where a name starts; one list serves all three.
"""

COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐", "夏侯",
                     "端木", "西门", "南宫", "独孤", "呼延", "轩辕")
