package dev.newsflow.extract.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineParserTest {

    private final DeadlineParser parser = new DeadlineParser();
    private final LocalDate published = LocalDate.of(2023, 6, 23);

    @Test
    void endOfYearBefore() {
        Deadline deadline = parser.find("到2025年底前,紧密型县域医共体覆盖所有县(市、区)。", published).orElseThrow();
        assertEquals(LocalDate.of(2025, 12, 31), deadline.date());
        assertEquals("到2025年底前", "到2025年底前,紧密型县域医共体覆盖所有县(市、区)。".substring(deadline.start(), deadline.end()));
    }

    @Test
    void monthAndHalfYear() {
        assertEquals(LocalDate.of(2024, 6, 30), parser.find("2024年6月底前实现全覆盖", published).orElseThrow().date());
        assertEquals(LocalDate.of(2025, 6, 30), parser.find("力争到2025年上半年建成", published).orElseThrow().date());
        assertEquals(LocalDate.of(2024, 3, 15), parser.find("于2024年3月15日前完成", published).orElseThrow().date());
    }

    @Test
    void templateYearHasNoDateButADatedDeadlineWins() {
        assertNull(parser.find("到20xx年6月底前,医共体覆盖50%县区", published).orElseThrow().date());
        assertEquals(LocalDate.of(2025, 12, 31),
                parser.find("到20xx年6月底前,覆盖50%县区,到2025年底前,覆盖所有县", published).orElseThrow().date());
    }

    @Test
    void pastDatesAndMereYearsAreNoDeadlines() {
        assertTrue(parser.find("截至2022年底,全市建成互联网医院11家", published).isEmpty());
        assertTrue(parser.find("2020年底上线医疗电子票据系统", published).isEmpty());
        assertTrue(parser.find("到2021年底前完成改造", published).isEmpty(), "before publication: a reported result");
    }

    @Test
    void aDateThatSaysWhenSomethingWasIssuedIsNoDeadline() {
        LocalDate march10 = LocalDate.of(2024, 3, 10);
        assertTrue(parser.find("省医保局于2024年3月印发《DRG付费改革实施方案》。", march10).isEmpty());
        assertTrue(parser.find("该市已于2024年1月起全面实施按病种付费。", march10).isEmpty());
        assertTrue(parser.find("至2024年3月，全市已建成互联网医院11家。", march10).isEmpty(),
                "the month of publication without forward wording looks back");
        assertEquals(LocalDate.of(2024, 3, 31), parser.find("各地要于2024年3月底前印发实施方案", march10).orElseThrow().date());
    }

    @Test
    void aDateWithAPlanOrAGoalAfterYuIsADeadline() {
        LocalDate march10 = LocalDate.of(2024, 3, 10);
        assertEquals(LocalDate.of(2025, 6, 30), parser.find("计划于2025年6月完成改造", march10).orElseThrow().date());
        assertEquals(LocalDate.of(2025, 12, 31), parser.find("于2025年实现县域全覆盖", march10).orElseThrow().date());
        assertEquals(LocalDate.of(2025, 12, 31), parser.find("力争2025年建成", march10).orElseThrow().date());
    }

    @Test
    void yearEndWithoutAYearIsTheEndOfThePublicationYear() {
        LocalDate march10 = LocalDate.of(2024, 3, 10);
        assertDeadline("2024年起，全省推行DRG付费，力争年底前实现全覆盖。", march10, LocalDate.of(2024, 12, 31), "力争年底前");
        assertEquals(LocalDate.of(2024, 12, 31), parser.find("将在年内实现紧密型县域医共体全覆盖", march10).orElseThrow().date());
        assertEquals(LocalDate.of(2024, 12, 31), parser.find("今年年底前完成", march10).orElseThrow().date());
        assertEquals(LocalDate.of(2025, 12, 31), parser.find("到明年底，覆盖所有县", march10).orElseThrow().date());
        assertEquals(LocalDate.of(2026, 6, 30), parser.find("后年6月底前建成", march10).orElseThrow().date());
        assertTrue(parser.find("每年年底前完成考核", march10).isEmpty(), "a recurring date sets no deadline");
        assertTrue(parser.find("力争三年内实现", march10).isEmpty(), "a duration is not a date");
        assertTrue(parser.find("2019年至今年均增长5%", march10).isEmpty(), "至今 + 年均");
    }

    @Test
    void fiveYearPlanPeriodsEndOnTheirLastYear() {
        LocalDate march1 = LocalDate.of(2024, 3, 1);
        assertDeadline("到“十四五”末，全市每个县至少建成1个县域医疗次中心。", march1, LocalDate.of(2025, 12, 31), "到“十四五”末");
        assertEquals(LocalDate.of(2030, 12, 31), parser.find("到十五五末，基本建成", march1).orElseThrow().date());
        assertEquals(LocalDate.of(2030, 12, 31), parser.find("力争\"十五五\"时期末实现", march1).orElseThrow().date());
        assertTrue(parser.find("到“十三五”末，全市建成", march1).isEmpty(), "a past plan period");
        assertTrue(parser.find("到二十五个县前", march1).isEmpty(), "a number word is no plan");
    }

    @Test
    void aStartDateIsNoDeadline() {
        LocalDate february = LocalDate.of(2024, 2, 26);
        assertTrue(parser.find("新的采购协议将于今年5月1日起执行。", february).isEmpty());
        assertTrue(parser.find("关于2024年部分节假日安排的通知", february).isEmpty());
    }

    @Test
    void theFirstMonthsOfAYearAreNoDeadline() {
        assertTrue(parser.find("2024年前三季度，门诊量同比增长5%", LocalDate.of(2024, 10, 20)).isEmpty());
    }

    @Test
    void fullWidthDigitsAreRead() {
        assertEquals(LocalDate.of(2025, 12, 31), parser.find("到２０２５年底前全面覆盖", published).orElseThrow().date());
    }

    @Test
    void aDateOpeningASentenceOfFutureWordingIsADeadline() {
        LocalDate march10 = LocalDate.of(2024, 3, 10);
        assertEquals(LocalDate.of(2024, 12, 31), parser.find("今年，全市将建成智慧医院5家。", march10).orElseThrow().date());
        assertEquals(LocalDate.of(2025, 12, 31),
                parser.find("2025年，全市紧密型县域医共体建设实现全覆盖。", march10).orElseThrow().date());
        assertEquals(LocalDate.of(2025, 12, 31), parser.find("明年，全县将完成优质服务基层行创建。", march10).orElseThrow().date());
        assertEquals(LocalDate.of(2024, 12, 31), parser.find("年内完成县级全民健康信息平台建设。", march10).orElseThrow().date());
        assertTrue(parser.find("今年，全市实现门诊量增长10%。", march10).isEmpty(), "the current year may report a result");
        assertTrue(parser.find("今年，全市已建成智慧医院5家。", march10).isEmpty(), "已: a result");
        assertTrue(parser.find("2023年，全市实现县域全覆盖。", march10).isEmpty(), "a past year");
        assertEquals(LocalDate.of(2025, 12, 31), parser.find("全市2025年将建成智慧医院5家。", march10).orElseThrow().date());
    }

    /** The sentence's deadline is {@code date}, read from the words {@code span}. */
    private void assertDeadline(String sentence, LocalDate published, LocalDate date, String span) {
        Deadline deadline = parser.find(sentence, published).orElseThrow();
        assertEquals(date, deadline.date());
        assertEquals(span, sentence.substring(deadline.start(), deadline.end()));
    }
}
