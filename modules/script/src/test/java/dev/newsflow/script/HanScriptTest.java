package dev.newsflow.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HanScriptTest {

    @Test
    void answersAsUnicodeScriptForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String code = Integer.toHexString(c);
            assertEquals(Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN, HanScript.isHan((char) c), code);
        }
    }
}
