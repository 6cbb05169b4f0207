package dev.newsflow.clean.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextBlocksTest {

    private static List<String> lines(String text) {
        return PlainTextBlocks.split(text, Deadline.in(Duration.ofMinutes(1))).stream().map(Block::text).toList();
    }

    @Test
    void everyKindOfLineEndSplitsAndBlankLinesGo() {
        assertEquals(List.of("一", "二", "三", "四"), lines("一\n二\r\n三\r四"));
        assertEquals(List.of("一", " 二 "), lines("\n\n一\r\n \t\r\n\r\n 二 \n"));
        assertEquals(List.of("只有一行"), lines("只有一行"));
        assertEquals(List.of(), lines(""));
        assertEquals(List.of(), lines("\r\n\r\n"));
    }

    @Test
    void aLineEndAfterAnotherKindFarAwayIsFound() {
        // the next \r lies far beyond many \n: each kind's next position is searched for on its own
        String text = "甲\n".repeat(1_000) + "乙\r丙";
        List<String> lines = lines(text);
        assertEquals(1_002, lines.size());
        assertEquals(List.of("甲", "乙", "丙"), List.of(lines.get(0), lines.get(1_000), lines.get(1_001)));
    }

    @Test
    void aPathologicallyLongLineComesInPieces() {
        String longLine = "医".repeat(LongBlocks.MAX_BLOCK_CHARS * 2 + 5);
        List<String> lines = lines("前\n" + longLine + "\n后");
        assertEquals(5, lines.size());
        assertEquals(longLine, String.join("", lines.subList(1, 4)));
    }
}
