#!/usr/bin/env python3
"""Builds the non-UTF-8 and pinyin-annotated pages of the dev set from UTF-8 sources.

The dev set (eval/dev/) must contain pages as the crawler receives them: GB18030 or Big5
bytes, sometimes with a wrong or missing <meta charset>, and Traditional text with pinyin
annotations (醫(yī)療 style) like seed 001. Such files are awkward to write and review by
hand, so their text is kept here as UTF-8 under sources/ and this script produces the bytes.

Deterministic: the same sources give byte-identical pages (no dates, no randomness).
Only the standard library is used.

    python3 scripts/devset/build_devset.py            # writes eval/dev/pages/<name>
    python3 scripts/devset/build_devset.py --check    # exits 1 if a page differs from its source
"""
import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = Path(__file__).resolve().parent / "sources"
PAGES = ROOT / "eval" / "dev" / "pages"

# Output encoding per source file, and whether pinyin annotations are added.
# The <meta charset> inside each source is left exactly as written: some are wrong on
# purpose (see eval/dev/labels.json "note").
MANIFEST = {
    "006_deyang_drg_fufei.html": ("gb18030", False),            # meta says utf-8 (wrong)
    "010_zunyi_rencai_xinchou.html": ("gb18030", False),        # meta gb2312 (right family)
    "011_henan_quyu_yiliao_zhongxin.html": ("big5", False),     # meta big5 (right)
    "016_ganzhou_jikong_tixi.txt": ("gb18030", False),          # plain text, no hint
    "017_dali_zhongyiyao_pinyin.html": ("utf-8", True),
    "018_gongli_yiyuan_xinchou_gaige.html": ("gb18030", False), # no meta at all
    "022_liuzhou_sanyi_liandong_pinyin.html": ("utf-8", True),
    "029_minying_yiyuan_guanggao.txt": ("gb18030", False),      # plain text, no hint
    "032_tangniaobing_yinshi_big5.html": ("big5", False),       # meta says gb2312 (wrong)
    "037_liupanshui_huji_gaige.html": ("gb18030", False),       # no meta at all
    "040_sanming_linquan_gaige.html": ("gb18030", False),       # meta says big5 (wrong)
}

# Traditional characters that get a pinyin annotation, as on the mirror sites the seeds
# come from: only some characters are annotated (療, 發, 展 ... are not).
PINYIN = {
    "醫": "yī", "進": "jìn", "衛": "wèi", "業": "yè", "務": "wù", "實": "shí",
    "現": "xiàn", "導": "dǎo", "縣": "xiàn", "鎮": "zhèn", "專": "zhuān", "項": "xiàng",
    "質": "zhì", "體": "tǐ", "動": "dòng", "聯": "lián", "藥": "yào", "價": "jià",
    "購": "gòu", "費": "fèi", "術": "shù", "統": "tǒng", "設": "shè", "達": "dá",
    "總": "zǒng", "劃": "huà", "資": "zī", "傳": "chuán", "館": "guǎn", "億": "yì",
    "張": "zhāng", "個": "gè", "萬": "wàn", "結": "jié", "區": "qū", "這": "zhè",
}

TAG = re.compile(r"(<[^>]*>)")


def annotate(text: str) -> str:
    """Adds 字(pīn) after each listed character, outside HTML tags."""
    parts = TAG.split(text)
    for i, part in enumerate(parts):
        if not part.startswith("<"):
            parts[i] = "".join(c + "(" + PINYIN[c] + ")" if c in PINYIN else c for c in part)
    return "".join(parts)


def render(name: str) -> bytes:
    encoding, pinyin = MANIFEST[name]
    text = (SOURCES / name).read_text(encoding="utf-8")
    if pinyin:
        text = annotate(text)
    return text.encode(encoding)  # strict: a character the charset lacks is an error


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify instead of writing")
    args = parser.parse_args()
    unknown = sorted(p.name for p in SOURCES.iterdir() if p.name not in MANIFEST)
    if unknown:
        print("sources without a manifest entry: " + ", ".join(unknown), file=sys.stderr)
        return 1
    stale = []
    for name in sorted(MANIFEST):
        data = render(name)
        target = PAGES / name
        if args.check:
            if not target.exists() or target.read_bytes() != data:
                stale.append(name)
        else:
            PAGES.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            print(f"{name}: {MANIFEST[name][0]}{' +pinyin' if MANIFEST[name][1] else ''}, {len(data)} bytes")
    if stale:
        print("pages out of date (run build_devset.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
