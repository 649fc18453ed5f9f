"""Compound (two-character) Chinese surnames: general knowledge shared by the stages.

Ingest closes the spaces a layout pads a name with (欧阳  曦), the recogniser uses them as a
feature and the rules use them to find where a name starts; one list serves all three.
"""

COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐", "夏侯",
                     "端木", "西门", "南宫", "独孤", "呼延", "轩辕",
                     # the rest of 百家姓's compound surnames
                     "万俟", "闻人", "赫连", "公羊", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "仲孙",
                     "钟离", "鲜于", "闾丘", "司空", "亓官", "司寇", "子车", "颛孙", "巫马", "公西", "漆雕", "乐正", "壤驷",
                     "公良", "拓跋", "夹谷", "宰父", "谷梁", "段干", "百里", "东郭", "南门", "羊舌", "微生", "梁丘", "左丘",
                     "东门", "第五")
