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
}
