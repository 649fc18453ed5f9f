"""General knowledge the rules rely on: post titles, surnames, organisation suffixes, regions.

Nothing here names a person, body or event of any particular text: these are the closed
word classes of Chinese news writing (titles of office, the common surnames, the suffixes
institutions are named with) and the province-level abbreviations every reader knows.
"""
from __future__ import annotations

import re

from kg.surnames import COMPOUND_SURNAMES  # noqa: F401  (re-exported: the rules read it from here)

# Titles of office, longest first when compiled. Modifiers (副, 常务副, 执行, 党组) are matched by
# the pattern around them, so only the bare titles are listed.
TITLES = (
    "总书记 书记 常委 委员 主席 总理 国务委员 部长 部长助理 主任 司长 厅长 局长 处长 科长 省长 市长 区长 县长 "
    "州长 镇长 乡长 秘书长 董事长 董事 总经理 经理 总裁 总监 院长 所长 校长 场长 社长 总编辑 主编 院士 教授 "
    "研究员 记者 通讯员 负责人 行长 会长 理事长 检察长 庭长 政委 司令员 大使 发言人 委员长 总干事 干事 "
    "主任委员 总工程师 总会计师 首席科学家 首席执行官 站长 台长 馆长 队长 团长 组长 村支书 支书 制图 摄影 "
    "行政长官 特首 党组成员 总指挥 执行董事 监事长 参事 巡视员 关长 主委 责任编辑 图片编辑 美术编辑 编辑 责编 美编 校对 实习生"
).split()

POST_MODIFIER = r"(?:常务副|执行副|第一副|副|常务|执行|第一|党组|名誉|首席)?"

_titles_sorted = sorted(set(TITLES), key=len, reverse=True)
TITLE_RE = re.compile(POST_MODIFIER + "(?:" + "|".join(map(re.escape, _titles_sorted)) + ")")

# Titles that, written bare after a post with a jurisdiction (上海市委副书记、市长), take that
# jurisdiction (上海市市长).
JURISDICTION_TITLES = {"市长": "市", "省长": "省", "区长": "区", "县长": "县", "州长": "州", "镇长": "镇", "乡长": "乡"}

# The common Chinese surnames (百家姓, by frequency) and the compound ones.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
    "鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "贲郗逄靖缑暴咸钭滑荀郦郤璩濮扶堵宰訾殳厍蒯竺桓仉"
    "习栗郦郇仉阎"
    # the rest of 百家姓 but characters that are common words (水, 家, 山, 从, 能, 有, 年 ...), and
    # modern surnames outside it (綦, 禚, 禤)
    "昌凤酆傅萧贝洪钮羿汲邴糜弓牧隗宓蓬仰韶蓟鄂籍赖苍莘贡寿郏宦鱼慎庾暨弘禄沃蔚夔融毋乜巢督汝钦琴佴伯赏墨谯笪"
    "綦禚禤纳庹戢眭雒睢郄蹇邗"
    "虎喇拓火淡拜妥锁"  # surnames of the northwest (甘肃, 宁夏, 青海, 陕西): 虎, 喇, 拜, 妥 and 锁 of the Hui, 拓, 火, 淡
    "甯淦"  # (甯, an old form of 宁 kept as a surname; 淦 of 江西)
    "寸刀木杞俸字者保"  # surnames of the southwest's peoples (云南: 寸, 刀 of the Dai, 木 of the Naxi, 字, 者, 保 of the Yi
    # and Bai; 广西: 俸)
    "旷税羌操"  # surnames of 湖南 and 四川, and 操 of 安徽
    "贠矫"  # 贠 of 陕西 and 甘肃, 矫 of 山东
    "玄"  # of the Koreans of 延边
)

# Words that may follow a person's name; used to find where a name ends when the recogniser
# gives no span.
NAME_FOLLOWERS = (
    "说", "表示", "指出", "认为", "强调", "介绍", "告诉", "同志", "一行", "出席", "参加", "主持", "发言", "致辞",
    "讲话", "陪同", "会见", "率", "带队", "称", "透露", "坦言", "也", "还", "则", "就", "对", "向", "与", "和",
    "同", "分别", "作", "代表", "宣布", "摄", "的", "在", "等", "先后", "一起", "及", "参观", "考察", "调研",
    "提出", "希望", "要求", "回忆", "感慨", "坦承", "是", "为", "到", "来到", "前往", "听取", "主持召开", "应邀",
    "通报", "汇报", "围绕", "察看", "视察", "走进", "走访", "带领", "共同", "一同", "深入", "赶赴", "检查", "督导", "看望",
    "慰问", "关于", "负总责", "牵头",
)

# Suffixes institutions are named with.
ORG_SUFFIXES = (
    "委员会", "常务委员会", "常委会", "人民代表大会", "人大常委会", "人大", "政协", "政府", "人民政府", "法院", "检察院", "党委",
    "省委", "市委", "区委", "县委", "州委", "中央", "国务院", "办公厅", "办公室", "领导小组", "小组", "部", "委", "办",
    "司", "局", "厅", "署", "院", "所", "社", "集团", "公司", "中心", "实验室", "研究院", "研究所", "大学", "学院",
    "银行", "交易所", "协会", "学会", "联合会", "基金会", "工作室", "场", "林场", "执委会", "总局", "总署", "总会",
    "报社", "电视台", "出版社", "医院", "学校", "党组", "团委", "妇联", "工会", "商会", "联盟", "分行", "分公司", "管委会",
)
ORG_SUFFIX_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, ORG_SUFFIXES), key=len, reverse=True)) + ")$")

# Central bodies: the short and full names of one institution (general knowledge of the state's
# structure). The first name of a group is the one used as the node's name.
ORG_ALIASES = (
    ("中共中央", "党中央", "中国共产党中央委员会"),
    ("国家发展改革委", "国家发展和改革委员会", "国家发改委"),
    ("工业和信息化部", "工信部"),
    ("住房和城乡建设部", "住建部"),
    ("人力资源和社会保障部", "人社部"),
    ("文化和旅游部", "文旅部"),
    ("中央军委", "中共中央军事委员会", "中央军事委员会"),
    ("全国人大", "全国人民代表大会"),
    ("全国人大常委会", "全国人民代表大会常务委员会"),
    ("全国政协", "中国人民政治协商会议全国委员会"),
    ("国务院", "中华人民共和国国务院"),
    ("新华社", "新华通讯社"),
    ("中科院", "中国科学院"),
    ("中国工程院",),
    ("上海社科院", "上海社会科学院"),
)

# Names of bodies with 和 inside (a post's body does not end at it: 文化和旅游部资源开发司副司长)
NAMES_WITH_AND = tuple(n for group in ORG_ALIASES for n in group if "和" in n)

# Well-known regions that are not administrative divisions, with the forms news writes them in.
REGIONS = {
    "长三角": ("长三角", "长三角地区", "长三角区域", "长江三角洲", "长江三角洲地区", "长江三角洲区域"),
    "珠三角": ("珠三角", "珠江三角洲"),
    "京津冀": ("京津冀", "京津冀地区"),
    "粤港澳大湾区": ("粤港澳大湾区", "大湾区"),
    "长江经济带": ("长江经济带",),
    "黄河流域": ("黄河流域",),
    "成渝地区双城经济圈": ("成渝地区双城经济圈",),
    "中西部地区": ("中西部地区",), "中部地区": ("中部地区",), "西部地区": ("西部地区",), "东部地区": ("东部地区",),
    "东北地区": ("东北地区",),
    "苏南": ("苏南",), "苏北": ("苏北",), "苏中": ("苏中",),
    "皖北": ("皖北",), "皖南": ("皖南",), "浙南": ("浙南",), "浙北": ("浙北",),
    "长江": ("长江",), "黄河": ("黄河",), "太湖": ("太湖",), "太平洋": ("太平洋",),
    # the regions of the national and provincial regional strategies (the State Council's and the NDRC's
    # plans of city clusters, metropolitan areas and cross-border zones) that news names by abbreviations
    # of their cities or provinces, which neither the dictionary nor the recogniser reads as a name;
    # a kind written after one (长株潭都市圈, 北部湾经济区) makes the zone
    "北部湾": ("北部湾",), "长株潭": ("长株潭",), "宜荆荆": ("宜荆荆",), "襄十随神": ("襄十随神",),
    "万达开": ("万达开",), "长吉图": ("长吉图",), "湘赣边": ("湘赣边",), "闽西南": ("闽西南",), "闽东北": ("闽东北",),
    "呼包鄂榆": ("呼包鄂榆",), "哈长": ("哈长",), "辽中南": ("辽中南",), "兰西": ("兰西",), "成德眉资": ("成德眉资",),
    "深莞惠": ("深莞惠",), "珠中江": ("珠中江",), "厦漳泉": ("厦漳泉",), "晋陕豫黄河金三角": ("晋陕豫黄河金三角", "黄河金三角"),
    "淮海经济区": ("淮海经济区",), "海峡西岸经济区": ("海峡西岸经济区",),
    "大别山革命老区": ("大别山革命老区",), "左右江革命老区": ("左右江革命老区",), "川陕革命老区": ("川陕革命老区",),
    "陕甘宁革命老区": ("陕甘宁革命老区",), "淮河生态经济带": ("淮河生态经济带",), "汉江生态经济带": ("汉江生态经济带",),
    "珠江—西江经济带": ("珠江—西江经济带", "珠江-西江经济带"),
    # the parts of a province its own news names by direction (在粤西调研, 赴陕南考察); not those that are also
    # the names of prefectures (陇南, 湘西, 黔南) or mostly part of a longer name (赣南等原中央苏区, 关中平原城市群)
    "粤东": ("粤东",), "粤西": ("粤西",), "粤北": ("粤北",), "陕南": ("陕南",), "陕北": ("陕北",),
    "豫北": ("豫北",), "豫南": ("豫南",), "豫东": ("豫东",), "豫西": ("豫西",), "鲁西南": ("鲁西南",), "胶东": ("胶东",),
    "湘南": ("湘南",), "赣东北": ("赣东北",), "闽西": ("闽西",), "闽东": ("闽东",), "川南": ("川南",),
    "川东北": ("川东北",), "川西": ("川西",), "陇东": ("陇东",), "晋北": ("晋北",), "晋南": ("晋南",), "冀中南": ("冀中南",),
    "桂北": ("桂北",), "滇西": ("滇西",), "黔北": ("黔北",), "辽西": ("辽西",), "蒙东": ("蒙东",), "鄂西": ("鄂西",),
    "渝东北": ("渝东北",), "渝东南": ("渝东南",), "皖西": ("皖西",),
    "洞庭湖": ("洞庭湖",), "鄱阳湖": ("鄱阳湖",), "巢湖": ("巢湖",), "洪泽湖": ("洪泽湖",), "滇池": ("滇池",),
    "洱海": ("洱海",), "青海湖": ("青海湖",), "抚仙湖": ("抚仙湖",), "查干湖": ("查干湖",), "千岛湖": ("千岛湖",),
}
REGION_PARENT = {"苏南": "江苏", "苏北": "江苏", "苏中": "江苏", "皖北": "安徽", "皖南": "安徽", "浙南": "浙江", "浙北": "浙江",
                 "长株潭": "湖南", "宜荆荆": "湖北", "襄十随神": "湖北", "长吉图": "吉林", "闽西南": "福建", "闽东北": "福建",
                 "成德眉资": "四川", "深莞惠": "广东", "珠中江": "广东", "厦漳泉": "福建", "洞庭湖": "湖南", "鄱阳湖": "江西",
                 "巢湖": "安徽", "洪泽湖": "江苏", "滇池": "云南", "洱海": "云南", "青海湖": "青海", "抚仙湖": "云南",
                 "查干湖": "吉林", "千岛湖": "浙江",
                 "粤东": "广东", "粤西": "广东", "粤北": "广东", "陕南": "陕西", "陕北": "陕西", "豫北": "河南",
                 "豫南": "河南", "豫东": "河南", "豫西": "河南", "鲁西南": "山东", "胶东": "山东", "湘南": "湖南",
                 "赣东北": "江西", "闽西": "福建", "闽东": "福建", "川南": "四川", "川东北": "四川", "川西": "四川", "陇东": "甘肃",
                 "晋北": "山西", "晋南": "山西", "冀中南": "河北", "桂北": "广西", "滇西": "云南", "黔北": "贵州", "辽西": "辽宁",
                 "蒙东": "内蒙古", "鄂西": "湖北", "渝东北": "重庆", "渝东南": "重庆", "皖西": "安徽"}

# Province-level one-character abbreviations, used in compounds such as 沪苏浙皖.
PROVINCE_ABBR = {
    "沪": "上海", "苏": "江苏", "浙": "浙江", "皖": "安徽", "京": "北京", "津": "天津", "冀": "河北", "晋": "山西",
    "蒙": "内蒙古", "辽": "辽宁", "吉": "吉林", "黑": "黑龙江", "闽": "福建", "赣": "江西", "鲁": "山东", "豫": "河南",
    "鄂": "湖北", "湘": "湖南", "粤": "广东", "桂": "广西", "琼": "海南", "渝": "重庆", "川": "四川", "黔": "贵州",
    "滇": "云南", "藏": "西藏", "陕": "陕西", "甘": "甘肃", "青": "青海", "宁": "宁夏", "新": "新疆",
}

#: the kinds of building meetings are held in, which a text may name with or without their city (武汉洪山宾馆)
VENUES = ("宾馆", "酒店", "饭店", "大厦", "会堂", "会议中心", "博览中心", "展览中心")

# Suffixes of named zones, sites and facilities that are places rather than divisions.
#: kinds of zone a post's body is named after, when the article named the zone in full (合作区管委会主任)
ZONE_HEADS = ("合作区", "示范区", "新区", "开发区", "自贸区", "试验区", "片区")

ZONE_SUFFIXES = (
    "自由贸易试验区", "自贸试验区", "自贸区", "新片区", "示范区", "试验区", "实验区", "先行区", "起步区", "新区", "高新区", "开发区", "经开区",
    "合作区", "经济区", "都市圈", "城市群", "经济圈", "灌区", "综合保税区", "保税港区", "保税区", "工业园",
    "产业园", "工业园区", "科学城", "科技城", "生物城", "港区", "码头", "泊位", "枢纽", "湿地", "保护区", "公园", "会址", "站",
    "机场", "港", "湾区", "片区", "园区", "镇", "乡", "街道", "之家",
)

# Verbs that name what a body or zone does and so appear inside names
# (区域协调发展领导小组, 研发公共服务平台管理中心, 自由贸易试验区): not the verb of a clause.
NAME_VERBS = frozenset({
    "协调", "发展", "管理", "服务", "研究", "改革", "规划", "监督", "合作", "创新", "交流", "促进", "保障", "监管",
    "运输", "建设", "开放", "示范", "投资", "检察", "审计", "统计", "执行", "指导", "营商", "开发", "贸易", "试验",
    "保护", "推动", "推进", "振兴", "治理", "协作", "转换", "统筹",
})

# The members of a region, for the collective names news gives them (三省一市 in a text on 长三角).
REGION_MEMBERS = {"长三角": ("上海", "江苏", "浙江", "安徽"), "京津冀": ("北京", "天津", "河北")}
COLLECTIVE_NAMES = {"三省一市": "长三角", "沪苏浙皖": "长三角", "京津冀三地": "京津冀"}

# Verbs that make a clause, whatever tag the dictionary gives them (jieba tags 会见 as a noun):
# a name of a body, a zone or a post never runs across them.
CLAUSE_VERBS = frozenset({
    "会见", "会晤", "接见", "看望", "考察", "调研", "视察", "参观", "察看", "出席", "主持", "召开", "举行", "举办",
    "参加", "陪同", "抵达", "前往", "来到", "听取", "了",
    "辞去", "免去", "任命", "接受",  # (会议决定接受X辞去省人民政府副省长职务: no body's name before them)
    "邀请",  # (邀请中国人民大学经济学院教授X作专题辅导报告)
    "传达",  # (传达学习中央…会议精神和中共中央政治局常委…)
    "递补",  # (递补省委候补委员X为省委委员)
})


def is_clause_verb(word: str, flag: str) -> bool:
    """Whether a token is the verb of a clause rather than a word inside a name."""
    return word in CLAUSE_VERBS or (flag == "v" and word not in NAME_VERBS)


#: provincial newspapers whose names say no place: the province or municipality each speaks for
#: (a bare 省委书记 in 新华日报 is 江苏's), as their mastheads are general knowledge of the press
PAPER_HOMES = {
    "新华日报": "江苏省", "扬子晚报": "江苏省", "南方日报": "广东省", "羊城晚报": "广东省", "大众日报": "山东省",
    "齐鲁晚报": "山东省", "解放日报": "上海市", "文汇报": "上海市", "新民晚报": "上海市", "钱江晚报": "浙江省",
    "楚天都市报": "湖北省", "三湘都市报": "湖南省", "大河报": "河南省", "华西都市报": "四川省", "燕赵都市报": "河北省",
    "潇湘晨报": "湖南省", "华商报": "陕西省", "三秦都市报": "陕西省", "春城晚报": "云南省", "江南都市报": "江西省",
    "海峡都市报": "福建省", "东南快报": "福建省", "现代快报": "江苏省", "新安晚报": "安徽省", "南国早报": "广西壮族自治区",
    "南国都市报": "海南省", "辽沈晚报": "辽宁省", "生活报": "黑龙江省", "新文化报": "吉林省", "西海都市报": "青海省",
    "北方新报": "内蒙古自治区", "今晚报": "天津市",
    # the party papers of cities, named for their region rather than their city
    "长江日报": "武汉市", "三峡日报": "宜昌市", "赣南日报": "赣州市", "拂晓报": "宿州市", "湄洲日报": "莆田市",
    "闽西日报": "龙岩市", "闽北日报": "南平市", "闽东日报": "宁德市", "右江日报": "百色市", "左江日报": "崇左市",
    "西江日报": "肇庆市", "太行日报": "晋城市", "深圳特区报": "深圳市",
    "珠海特区报": "珠海市", "汕头特区晚报": "汕头市", "半岛都市报": "青岛市", "都市快报": "杭州市", "金陵晚报": "南京市",
}
