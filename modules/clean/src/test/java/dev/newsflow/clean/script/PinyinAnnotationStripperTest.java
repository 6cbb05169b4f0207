package dev.newsflow.clean.script;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PinyinAnnotationStripperTest {
    private final PinyinAnnotationStripper stripper = new PinyinAnnotationStripper();

    @Test
    void stripsToneMarkedAnnotationsWhereverTheyAre() {
        PinyinAnnotationStripper.Result r = stripper.strip("醫(yī)療是民生之需,醫療衛(wèi)生事業(yè)發(fā)展(zhǎn)");
        assertEquals("醫療是民生之需,醫療衛生事業發展", r.text());
        assertEquals(5, r.stripped());
    }

    @Test
    void keepsRealParentheses() {
        String text = "按DRG(DRG)或DIP付費,呼吸(含塵肺)、第五代移動通信(5G)(省衛生健康委、省醫保局按職責分工負責)措施(a)";
        assertEquals(text, stripper.strip(text).text());
        assertEquals(0, stripper.strip(text).stripped());
    }

    @Test
    void keepsALatinWordAfterHanUnlessItIsAReadingOfThatCharacter() {
        assertEquals("项目(mdt)", stripper.strip("项目(mdt)").text());
        assertEquals("好的", stripper.strip("好的(de)").text());
    }

    @Test
    void handlesFullWidthParentheses() {
        assertEquals("醫療", stripper.strip("醫（yī）療").text());
    }
}
