package dev.newsflow.clean.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharsetNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "GB2312, GB18030", "' \"gbk\"', GB18030", "x-gbk, GB18030", "BIG5, Big5", "utf8, UTF-8",
            "Big5-HKSCS, Big5-HKSCS", "windows-1252, windows-1252", "iso-8859-1, ISO-8859-1", "Shift_JIS, Shift_JIS"})
    void webLabelsBecomeTheCharsetWeDecodeWith(String label, String expected) {
        assertEquals(expected, CharsetNames.canonical(label));
        assertEquals(expected, CharsetNames.canonical(label), "the remembered answer is the same");
    }

    @Test
    void unknownAndEmptyLabelsAreNull() {
        assertNull(CharsetNames.canonical(null));
        assertNull(CharsetNames.canonical("  "));
        assertNull(CharsetNames.canonical("IBM424_rtl"));
        assertNull(CharsetNames.canonical("IBM424_rtl"));
        assertNull(CharsetNames.canonical("not a charset!"));
    }

    @Test
    void inventedLabelsCannotGrowTheMemoryWithoutBound() {
        for (int i = 0; i < 3 * CharsetNames.MAX_REMEMBERED; i++) {
            assertNull(CharsetNames.canonical("x-invented-" + i));
        }
        assertTrue(CharsetNames.remembered() <= CharsetNames.MAX_REMEMBERED, "remembered " + CharsetNames.remembered());
        assertEquals("GB18030", CharsetNames.canonical("gb2312"), "known labels still answer once the memory is full");
        assertEquals("UTF-16LE", CharsetNames.canonical("utf-16le"));
    }
}
