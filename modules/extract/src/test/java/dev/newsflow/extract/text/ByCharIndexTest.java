package dev.newsflow.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ByCharIndexTest {
    @Test
    void groupsKeepTheOrderTheWordsCameIn() {
        ByCharIndex<String> byLast = ByCharIndex.of(List.of("同比增长", "增长", "提升", "下降"),
                w -> w.charAt(w.length() - 1), String[]::new);
        assertArrayEquals(new String[] {"同比增长", "增长"}, byLast.get('长'));
        assertArrayEquals(new String[] {"提升"}, byLast.get('升'));
        assertEquals(0, byLast.get('元').length);
    }

    @Test
    void findsEveryGroupAmongManyNeighbouringCharacters() {
        // a block of consecutive code points, as Han characters of one radical are: every key must be found
        List<String> words = new java.util.ArrayList<>();
        for (char c = '\u4e00'; c < '\u4e00' + 500; c++) {
            words.add(c + "x");
            words.add(c + "yy");
        }
        ByCharIndex<String> byFirst = ByCharIndex.of(words, w -> w.charAt(0), String[]::new);
        for (char c = '\u4e00'; c < '\u4e00' + 500; c++) {
            assertArrayEquals(new String[] {c + "x", c + "yy"}, byFirst.get(c));
        }
        assertEquals(0, byFirst.get((char) ('\u4e00' + 500)).length);
        assertEquals(0, byFirst.get('a').length);
        assertEquals(0, ByCharIndex.of(List.<String>of(), w -> w.charAt(0), String[]::new).get('a').length);
    }
}
