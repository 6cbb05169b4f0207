package dev.newsflow.clean.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LongBlocksTest {
    @Test
    void shortBlocksStayWhole() {
        assertEquals(List.of("初心如磐,使命在肩。"), LongBlocks.split("初心如磐,使命在肩。"));
    }

    @Test
    void longBlocksAreCutAtSentenceEndsWithoutLosingText() {
        String sentence = "为进一步深化医药卫生体制改革，推动公立医院高质量发展。";
        String text = sentence.repeat(3000);
        List<String> pieces = LongBlocks.split(text);
        assertTrue(pieces.size() > 1);
        assertEquals(text, String.join("", pieces));
        for (String p : pieces) {
            assertTrue(p.length() <= LongBlocks.MAX_BLOCK_CHARS);
            assertTrue(p.endsWith("。"), "cut at a sentence end");
        }
    }

    @Test
    void textWithoutBreaksIsCutHard() {
        String text = "东京热".repeat(20_000);
        List<String> pieces = LongBlocks.split(text);
        assertEquals(text, String.join("", pieces));
        assertEquals(3, pieces.size());
    }
}
