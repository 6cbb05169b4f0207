package dev.newsflow.extract.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.extract.Indicator;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorExtractorTest {

    private final IndicatorExtractor extractor = IndicatorExtractor.withDefaults();

    @Test
    void yearOnYearGrowthIsAPositiveChange() {
        assertEquals(List.of(new Indicator("门诊量", 18.3, "%", true), new Indicator("住院患者", 19.1, "%", true)),
                extractor.extract("使酒泉医院的门诊量同比增长18.3%,住院患者同比增长19.1%。"));
    }

    @Test
    void declineIsANegativeChange() {
        assertEquals(List.of(new Indicator("中选药品", 470, "种", false), new Indicator("中选药品", -51, "%", true)),
                extractor.extract("470种中选药品平均降幅51%"));
        assertEquals(List.of(new Indicator("平均住院日", -0.6, "天", true)), extractor.extract("平均住院日同比减少0.6天"));
    }

    @Test
    void fromToGivesTheLevelAndTheChange() {
        assertEquals(List.of(new Indicator("三四级手术占比", 43, "", false), new Indicator("三四级手术占比", 8, "", true)),
                extractor.extract("三四级手术占比由35提升至43,实现突破。"));
        assertEquals(List.of(new Indicator("公立医院党员比例", 29, "%", false),
                        new Indicator("公立医院党员比例", 2.2, "个百分点", true)),
                extractor.extract("公立医院党员比例由26.8%上升到了29%"));
    }

    @Test
    void moneyKeepsItsUnitAsWritten() {
        assertEquals(List.of(new Indicator("市中医院床位补贴", 2.2, "万元/床/年", false)),
                extractor.extract("市财政将市中医院床位补贴提高到2.2万元/床/年。"));
        List<Indicator> saved = extractor.extract("为患者减轻医药负担1.74亿元。");
        assertEquals(1, saved.size());
        assertEquals(1.74, saved.get(0).value());
        assertEquals("亿元", saved.get(0).unit());
        assertFalse(saved.get(0).change());
    }

    @Test
    void countsTakeTheNounThatFollowsThem() {
        assertEquals(List.of(new Indicator("基层医疗机构", 15, "个", false)),
                extractor.extract("全市15个基层医疗机构达到推荐标准"));
    }

    @Test
    void yearsDatesOrdinalsRatiosAndPhonesAreNotFigures() {
        assertEquals(List.of(), extractor.extract("2023年10月12日,第五批项目按1:1比例配套,热线0516-85707122,推进5G应用。"));
        assertTrue(extractor.hasFigures("建成互联网医院11家"));
        assertFalse(extractor.hasFigures("到2025年底前全面覆盖"));
    }

    /** The range form skips sentences without digits; on real text it must agree with the plain form. */
    @Test
    void figuresInARangeAgreeWithFiguresOfTheSentence() {
        dev.newsflow.extract.text.SentenceSplitter splitter = new dev.newsflow.extract.text.SentenceSplitter();
        int withFigures = 0;
        for (String text : dev.newsflow.extract.text.SeedTexts.all()) {
            for (dev.newsflow.extract.text.Sentence s : splitter.split(text)) {
                boolean expected = extractor.hasFigures(text.substring(s.start(), s.end()));
                assertEquals(expected, extractor.hasFigures(text, s.start(), s.end()));
                withFigures += expected ? 1 : 0;
            }
        }
        assertTrue(withFigures > 10, "the seeds state figures");
        assertFalse(extractor.hasFigures("其他,增长18.3%", 0, 3));
        assertTrue(extractor.hasFigures("其他,增长18.3%", 3, 10));
    }

    @Test
    void fullWidthFiguresAreReadAsWritten() {
        assertEquals(List.of(new Indicator("门诊量", 18.3, "%", true)), extractor.extract("门诊量同比增长１８.３％"));
        assertEquals(List.of(new Indicator("门诊量", 18.3, "%", true)), extractor.extract("门诊量同比增长１８．３％"));
        assertTrue(extractor.hasFigures("建成互联网医院１１家", 0, 10));
    }

    @Test
    void thousandsSeparatorsJoinTheDigitGroups() {
        assertEquals(List.of(new Indicator("签约家庭医生", 1234, "人", false)), extractor.extract("签约家庭医生1,234人"));
        assertEquals(List.of(new Indicator("签约家庭医生", 1234, "人", false)), extractor.extract("全年共签约家庭医生1，234人"));
        assertEquals(List.of(new Indicator("投入资金", 1234567.5, "元", false)), extractor.extract("投入资金1,234,567.5元"));
    }

    @Test
    void aSignAfterAChangeCueIsTheSignOfTheChange() {
        assertEquals(List.of(new Indicator("签约人数", -2.1, "%", true), new Indicator("签约人数", -3000, "人", true)),
                extractor.extract("签约人数同比增长-2.1%，较上年减少3000人。"));
        assertEquals(List.of(new Indicator("基层诊疗量占比", -2.1, "个百分点", true)),
                extractor.extract("基层诊疗量占比下降2.1个百分点"));
        assertEquals(List.of(new Indicator("住院费用", -2.1, "%", true)), extractor.extract("住院费用同比下降-2.1%"),
                "a fall written with a minus sign is still a fall");
        assertEquals(List.of(new Indicator("人均费用", -12, "元", false)), extractor.extract("人均费用为-12元"));
        assertEquals(List.of(), extractor.extract("热线0516-85707122"));
    }

    @Test
    void aRangeAcrossWanAndYuanStatesItsChangeInTheLevelsUnit() {
        List<Indicator> stent = extractor.extract("冠脉支架价格由1.3万元降至700元左右。");
        assertEquals(new Indicator("冠脉支架价格", 700, "元", false), stent.get(0));
        assertEquals(new Indicator("冠脉支架价格", -12300, "元", true), stent.get(1));
        // units that are not one another's multiples state no change at all rather than a wrong one
        assertTrue(extractor.extract("签约医生由35%提升至43人。").stream().noneMatch(Indicator::change));
    }
}
