#!/usr/bin/env python3
"""Writes the hand-made test pages of modules/clean (src/test/resources/pages/).

The pages are written here rather than by hand because several must be raw bytes in Big5 or GBK, some with a
deliberately wrong <meta charset>. Re-run after editing: python3 scripts/clean/make-test-pages.py
The article texts are written for these tests (no external source).
"""
import pathlib

OUT = pathlib.Path(__file__).resolve().parents[2] / "modules/clean/src/test/resources/pages"

ARTICLE_TRAD = [
    "為進一步深化醫藥衛生體制改革，推動公立醫院高質量發展，省衛生健康委印發實施方案。",
    "方案提出，到2025年，緊密型縣域醫共體覆蓋全部縣區，按疾病診斷相關分組（DRG）付費的醫保基金佔比達到70%。",
    "各地要加強呼吸（含塵肺）、重症等臨床專科能力建設。（省衛生健康委、省醫保局按職責分工負責）",
    "初心如磐，使命在肩。",
]
ARTICLE_SIMP = [
    "为进一步深化医药卫生体制改革，推动公立医院高质量发展，省卫生健康委印发实施方案。",
    "方案提出，到2025年，紧密型县域医共体覆盖全部县区，按疾病诊断相关分组（DRG）付费的医保基金占比达到70%。",
    "各地要加强呼吸（含尘肺）、重症等临床专科能力建设。（省卫生健康委、省医保局按职责分工负责）",
    "初心如磐，使命在肩。",
]


def html_page(title, headline, date_line, paragraphs, meta_charset=None, extra_head="", before="", after=""):
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={meta_charset}">' if meta_charset else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html><head>{meta}<title>{title}</title>{extra_head}
<script>var tracker = "不是正文";</script><style>.x{{color:red}}</style></head>
<body>
{before}
<div class="article">
<h1>{headline}</h1>
<div class="info">{date_line}</div>
{body}
</div>
{after}
</body></html>
"""


def write(name, text, encoding, bom=b""):
    (OUT / name).write_bytes(bom + text.encode(encoding))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    trad = html_page("縣級醫院高質量發展實施方案_衛生健康網", "縣級醫院高質量發展實施方案", "發布時間：2023-06-23 16:30",
                     ARTICLE_TRAD, meta_charset="gb2312")
    write("big5-wrong-meta.html", trad, "big5")
    write("big5-no-meta.html", trad.replace('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', ""), "big5")

    simp = html_page("县级医院高质量发展实施方案_卫生健康网", "县级医院高质量发展实施方案", "发布时间：2023年6月23日",
                     ARTICLE_SIMP, meta_charset="big5")
    write("gbk-wrong-meta.html", simp, "gbk")
    write("gbk-no-meta.html", simp.replace('<meta http-equiv="Content-Type" content="text/html; charset=big5">', ""), "gbk")
    write("utf8-bom.html", simp.replace("charset=big5", "charset=utf-8"), "utf-8", bom=b"\xef\xbb\xbf")

    chrome_before = """<div class="topbar">您好，欢迎来到卫生健康网 <a href="/login">登录</a> <a href="/reg">注册</a></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/news">新闻中心</a> &gt; 正文</div>
<div style="display:none"><a href="http://spam.example/1">东京热AV在线观看</a><a href="http://spam.example/2">久久久精品成人网</a></div>"""
    chrome_after = """<div class="share">分享到：微信 微博</div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/a1">医院高质量发展实施方案范文</a></li><li><a href="/a2">推进医院高质量发展实施方案</a></li></ul></div>
<p class="friends"><a href="http://spam.example/7">成人视频</a> <a href="http://spam.example/8">百家乐</a> <a href="http://spam.example/9">六合彩</a> <a href="http://spam.example/10">代开发票</a></p>
<ul class="links"><li><a href="http://spam.example/3">亚洲无码一二三区免费影视</a></li><li><a href="http://spam.example/4">欧美成人亚洲高清在线观看</a></li><li><a href="http://spam.example/5">百家乐真人娱乐城</a></li><li><a href="http://spam.example/6">办证刻章代开发票</a></li></ul>
<div class="footer"><p>主办单位：某省卫生健康委员会 版权所有</p><p>京ICP备12039121号-1 京公网安备11010802045750号</p></div>"""
    spam_title = html_page("县级医院高质量发展实施方案_免费AV在线观看_东京热无码", "县级医院高质量发展实施方案",
                           "发布时间：2023-06-23", ARTICLE_SIMP, meta_charset="utf-8",
                           before=chrome_before, after=chrome_after)
    write("hidden-and-link-spam.html", spam_title, "utf-8")

    spam_only = """<!DOCTYPE html><html><head><meta charset="gbk"><title>免费成人视频_东京热AV在线观看_久久久精品</title></head>
<body><div class="nav"><a href="/">首页</a> | <a href="/new">最新影片</a></div>
<p>永久免费av网站,国产丰满麻豆videossexhd,狠狠躁狠狠躁免费东京热AV,av导航在线</p>
<p>亚洲无码一二三区免费影视,亚洲v无码专区国产乱码一区二区,欧美日韩国产色综合一,欧美成人亚洲高清在线观看</p>
<p>日韩 中文字幕 有码 _欧美精品一区三区中文字幕_国产日本欧美在线视频_女人被啪到高潮喷水_久久久精品成人网</p>
<p>百家乐 真人娱乐城 注册送彩金 时时彩 北京赛车pk10</p>
<p>主站蜘蛛池模板: 庄河市| 峨眉山市| 承德市| 麻城市| 宁津县| 北海市| 唐河县| 盐津县| 兴城市| 即墨市| 阳新县| 汉川市| 集安市</p>
</body></html>
"""
    write("spam-only-gbk.html", spam_only, "gbk")

    county = """奶头挺立呻吟高潮av全片,成人试看120秒体验区,性欧美极品v

关于扩大紧密型县域医共体试点范围的通知

发布日期：2024年3月5日

为推动优质医疗资源下沉，省卫生健康委决定扩大紧密型县域医共体建设试点范围。

本次新增试点覆盖涟源市、新化县、双峰县、冷水江市、娄星区、宁乡市、浏阳市、长沙县、望城区、攸县、茶陵县、炎陵县、醴陵市等13个县市区。

怎么让群众在家门口看好病？关键在基层。试点地区要按照按病种分值（DIP）付费要求推进改革，做好医保基金监管。

有关问题请与省卫生健康委基层卫生健康处（电话：0731-12345678）联系。

主站蜘蛛池模板: 庄河市| 峨眉山市| 承德市| 麻城市| 宁津县| 北海市| 唐河县| 盐津县| 体育| 兴城市| 即墨市| 阳新县| 汉川市| 集安市| 红桥区| 双鸭山市
"""
    write("county-list-article.txt", county, "utf-8")

    farm = """关于开展基层卫生服务能力评估的通知

发布时间：2024-05-10

各市州卫生健康委：为全面掌握基层医疗卫生机构服务能力，现就开展评估工作通知如下。

评估范围包括全省所有乡镇卫生院和社区卫生服务中心，评估结果将作为绩效考核的重要依据。

庄河市| 峨眉山市| 承德市| 麻城市| 宁津县| 北海市| 唐河县| 盐津县| 兴城市| 即墨市| 阳新县| 汉川市| 集安市| 红桥区| 双鸭山市| 兴和县
"""
    write("unlabelled-place-farm.txt", farm, "utf-8")

    logo = """<!DOCTYPE html><html><head><meta charset="gbk"><title>关于推进分级诊疗制度建设的实施意见_某某卫生健康网</title></head>
<body><div class="header"><h1 class="logo">某某卫生健康网</h1></div>
<div class="main"><div class="title">关于推进分级诊疗制度建设的实施意见</div>
<div class="meta">发布日期：2023年3月1日　来源：市卫生健康委　【字体：大 中 小】</div>
<p>为推进分级诊疗制度建设，合理配置医疗资源，结合我市实际，提出如下意见。</p>
<p>三、畅通服务热线</p>
<p>开通12345健康服务热线，为群众提供就医咨询。</p>
<p>2023年度中国医院排行榜发布</p>
<p>我市两家医院进入榜单前一百名，医疗服务能力持续提升。</p>
<p>初心如磐，使命在肩。</p></div>
<div class="footer">版权所有：某某卫生健康网 技术支持：某某科技 备案号：京ICP备00000000号</div>
</body></html>
"""
    write("logo-h1-gbk.html", logo, "gbk")


if __name__ == "__main__":
    main()
