package dev.newsflow.clean.script;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MojibakeRepairerTest {
    private final MojibakeRepairer repairer = new MojibakeRepairer();

    private static String simplified(String s) {
        return TraditionalToSimplified.convert(new PinyinAnnotationStripper().strip(s).text());
    }

    @Test
    void aQueryStringIsNoMojibake() {
        // ASCII after a '?' re-encodes to itself: no shift of it can give Han characters back
        String line = "详见 http://wsjkw.example.gov.cn/index.php?id=3&page=2 附件";
        MojibakeRepairer.Result r = repairer.repair(line);
        assertEquals(line, r.text());
        assertEquals(0, r.repaired());
        assertEquals(0, r.unrecoverable());
    }

    @Test
    void recoversTheCharacterShiftedByOneByte() {
        // 醫保總額 in GBK: ... BF 82 | EE 7E; "??" ate the bytes before 82, 82 EE read as 傤 and 7E as ~.
        MojibakeRepairer.Result r = repairer.repair("設(shè)立了醫(yī)??傤~預(yù)付制度");
        assertEquals("設(shè)立了醫(yī)\uFFFD\uFFFD額預(yù)付制度", r.text());
        assertEquals(1, r.repaired());
        assertEquals(2, r.unrecoverable());
        assertEquals("设立了医\uFFFD\uFFFD额预付制度", simplified(r.text()));
    }

    @Test
    void recoversSeveralCharactersAndStopsWhereTheTextIsInStepAgain() {
        // 專科建設 → "??平ㄔO": 平ㄔO re-read one byte on is 建設, confirmed by its own (shè) annotation.
        MojibakeRepairer.Result r = repairer.repair("加強(qiáng)重點(diǎn)??平ㄔO(shè),全市新增");
        assertEquals("加强重点\uFFFD\uFFFD建设,全市新增", simplified(r.text()));
        assertEquals(2, r.repaired());
        MojibakeRepairer.Result s = repairer.repair("保障有力??茖W(xué)規(guī)劃全市");
        assertEquals("保障有力\uFFFD\uFFFD学规划全市", simplified(s.text()));
    }

    @Test
    void aBrokenAnnotationNamesTheCharacterWhoseSecondByteWasLost() {
        // 專科聯盟: 坡 = C6 C2, and C2 + the lost byte is the character read lián: 聯 (its rare variants lose).
        MojibakeRepairer.Result r = repairer.repair("眼科??坡?lián)盟、醫(yī)療");
        assertEquals("眼科\uFFFD\uFFFD联盟、医疗", simplified(r.text()));
        assertEquals(1, r.repaired());
        assertEquals(1, r.annotationsStripped());
        assertEquals(2, r.unrecoverable());
    }

    @Test
    void aLostCharacterWithItsAnnotationBecomesOneReplacementCharacter() {
        MojibakeRepairer.Result r = repairer.repair("宣傳貫徹?zé)岢薄?");
        assertEquals("宣傳貫徹\uFFFD潮\uFFFD", r.text());
        assertEquals(1, r.repaired());
        assertEquals(1, r.annotationsStripped());
    }

    @Test
    void realQuestionMarksAreNeverChanged() {
        for (String text : new String[]{"我们应该怎么制定方案呢?以下是小编精心整理的县级医院高质量发展实施方案",
                "你知道吗?", "What? DRG?", "医保改革怎么推进?各地积极探索", "是否达标??请核实"}) {
            assertEquals(text, repairer.repair(text).text(), text);
        }
        assertEquals(0, repairer.repair("我们应该怎么制定方案呢?以下是小编精心整理的").unrecoverable());
    }

    @Test
    void suspiciousQuestionMarksAreCountedButKept() {
        MojibakeRepairer.Result r = repairer.repair("完善人民健康促進(jìn)政策?!?");
        assertEquals("完善人民健康促進(jìn)政策?!?", r.text());
        assertEquals(2, r.unrecoverable());
    }

    @Test
    void questionMarksStandingForLostIndentationAreDropped() {
        MojibakeRepairer.Result r = repairer.repair("??? 近年來,酒泉市委");
        assertEquals(" 近年來,酒泉市委", r.text());
        assertEquals(3, r.unrecoverable());
    }
}
