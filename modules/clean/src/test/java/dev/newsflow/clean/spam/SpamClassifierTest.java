package dev.newsflow.clean.spam;

import dev.newsflow.clean.CleaningRules;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpamClassifierTest {
    private final SpamClassifier classifier = new SpamClassifier(CleaningRules.defaults().spamLexicon());

    @Test
    void keywordStuffedRunsAreSpam() {
        SpamVerdict v = classifier.classify("永久免费av网站,国产丰满麻豆videossexhd,狠狠躁狠狠躁免费东京热AV,av导航在线");
        assertTrue(v.spam());
        assertTrue(v.rule().startsWith("porn-lexicon: "), v.rule());
        assertTrue(classifier.classify("百家乐 真人娱乐城 注册送彩金 时时彩").spam());
        assertTrue(classifier.classify("办证 刻章 代开发票 电话13800000000").spam());
    }

    @Test
    void aStrongTermRepeatedOverALineIsStuffing() {
        SpamVerdict v = classifier.classify("东京热av东京热av东京热av东京热av东京热av东京热av");
        assertTrue(v.spam());
        assertTrue(v.rule().endsWith("(stuffed)"), v.rule());
        assertFalse(classifier.classify("开展免费视频问诊，免费在线咨询，免费视频讲座，群众足不出户即可享受优质医疗服务。").spam());
        assertFalse(classifier.classify("公安机关依法打击网络博彩犯罪，关停境外博彩网站链接，提醒群众远离博彩，切勿参与各类赌博活动，保护自身财产安全和家庭幸福。").spam());
    }

    @Test
    void aSpiderPoolLabelIsDecisive() {
        SpamVerdict v = classifier.classify("主站蜘蛛池模板: 庄河市| 峨眉山市| 承德市");
        assertTrue(v.spam());
        assertEquals("spider-pool: 蜘蛛池", v.rule());
    }

    @Test
    void realNewsThatNamesVicesIsNotSpam() {
        assertFalse(classifier.classify("严厉打击赌博、色情等违法犯罪活动，净化网络环境。").spam());
        assertFalse(classifier.classify("开展成人高血压免费筛查，在线观看健康讲座视频的居民达到2万人次。").spam());
        assertFalse(classifier.classify("省福利彩票发行中心捐赠500万元用于基层卫生院建设。").spam());
        assertFalse(classifier.classify("严厉打击色情网站").spam());
    }

    @Test
    void aCountyListInASentenceIsNotAPlaceFarm() {
        assertFalse(classifier.classify("漣源市、新化县、双峰县、冷水江市、娄星区、宁乡市、浏阳市、长沙县、望城区、攸县、茶陵县、炎陵县等地纳入试点。").spam());
        assertTrue(SpamClassifier.isPlaceListFarm("庄河市| 峨眉山市| 承德市| 麻城市| 宁津县| 北海市| 唐河县| 盐津县| 体育| 兴城市| 即墨市| 阳新县| 汉川市"));
        assertFalse(SpamClassifier.isPlaceListFarm("庄河市| 峨眉山市| 承德市"));
    }

    @Test
    void spamSegmentsAreCutFromAnOtherwiseRealLine() {
        SpamClassifier.Stripped s = classifier.stripSpamSegments("县级医院高质量发展实施方案_免费AV在线观看_东京热无码");
        assertEquals("县级医院高质量发展实施方案", s.text());
        assertEquals(2, s.removed().size());
        assertEquals("严厉打击赌博、色情等违法犯罪活动", classifier.stripSpamSegments("严厉打击赌博、色情等违法犯罪活动").text());
    }

    @Test
    void whatIsLeftOfASplicedLineIsStillSpam() {
        // keywords glued to reform phrases without a separator survive segment cutting; their weak words remain
        assertTrue(classifier.remainderIsSpam("成人免费视频在线观看家庭医生签约服务覆盖率，集中带量采购平均降幅。"));
        // a real sentence keeps at most a word or two of the weak list
        assertFalse(classifier.remainderIsSpam("各地要加强临床专科能力建设，提升县域医疗服务水平。"));
        assertFalse(classifier.remainderIsSpam("开展免费视频问诊，群众足不出户即可享受优质医疗服务。"));
    }
}
