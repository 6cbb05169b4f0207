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
}
