package dev.newsflow.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FullWidthFormsTest {
    @Test
    void fullWidthFormsBecomeAsciiAndEverythingElseStays() {
        assertEquals('%', FullWidthForms.toAscii('％'));
        assertEquals('!', FullWidthForms.toAscii('！'));
        assertEquals('~', FullWidthForms.toAscii('～'));
        assertEquals('5', FullWidthForms.toAscii('５'));
        assertEquals('｟', FullWidthForms.toAscii('｟')); // U+FF5F lies past the ASCII forms
        assertEquals('医', FullWidthForms.toAscii('医'));
        assertEquals('\u3000', FullWidthForms.toAscii('\u3000'));
    }
}
