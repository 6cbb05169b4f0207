package dev.newsflow.clean.charset;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CharsetSnifferTest {
    private static final String SIMPLIFIED = "为进一步深化医药卫生体制改革，推动公立医院高质量发展，省卫生健康委印发实施方案。";
    private static final String TRADITIONAL = "為進一步深化醫藥衛生體制改革，推動公立醫院高質量發展，省衛生健康委印發實施方案。";
    private final CharsetSniffer sniffer = new CharsetSniffer();

    private static byte[] page(String meta, String text, String charset) {
        String html = "<html><head>" + meta + "</head><body><p>" + text + "</p></body></html>";
        return html.getBytes(Charset.forName(charset));
    }

    @Test
    void gbkWithAWrongBig5MetaIsGb18030() {
        DecodedText d = sniffer.decode(page("<meta charset=\"big5\">", SIMPLIFIED, "GBK"), null);
        assertEquals("Big5", d.declaredCharset());
        assertEquals("GB18030", d.detectedCharset());
        assertTrue(d.text().contains(SIMPLIFIED));
    }

    @Test
    void big5WithAWrongGb2312MetaIsBig5() {
        DecodedText d = sniffer.decode(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", TRADITIONAL, "Big5"), null);
        assertEquals("GB18030", d.declaredCharset());
        assertEquals("Big5", d.detectedCharset());
        assertTrue(d.text().contains(TRADITIONAL));
    }

    @Test
    void undeclaredPagesAreDetectedFromTheBytes() {
        assertEquals("Big5", sniffer.decode(page("", TRADITIONAL, "Big5"), null).detectedCharset());
        assertEquals("GB18030", sniffer.decode(page("", SIMPLIFIED, "GB18030"), null).detectedCharset());
        assertEquals("GB18030", sniffer.decode(page("", TRADITIONAL, "GBK"), null).detectedCharset());
        DecodedText utf8 = sniffer.decode(page("", SIMPLIFIED, "UTF-8"), null);
        assertEquals("UTF-8", utf8.detectedCharset());
        assertNull(utf8.declaredCharset());
    }

    @Test
    void theHttpHeaderIsTheDeclarationWhenPresent() {
        DecodedText d = sniffer.decode(page("<meta charset=\"big5\">", SIMPLIFIED, "GBK"), "text/html; charset=GB2312");
        assertEquals("GB18030", d.declaredCharset());
        assertEquals("GB18030", d.detectedCharset());
    }

    @Test
    void byteOrderMarksWin() {
        byte[] body = page("<meta charset=\"gbk\">", SIMPLIFIED, "UTF-8");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        DecodedText d = sniffer.decode(withBom, null);
        assertEquals("UTF-8", d.detectedCharset());
        assertFalse(d.text().startsWith("\uFEFF"));
        byte[] utf16 = ("\uFEFF" + SIMPLIFIED).getBytes(StandardCharsets.UTF_16LE);
        assertTrue(CharsetSniffer.hasUtf16Bom(utf16));
        assertEquals("UTF-16LE", sniffer.decode(utf16, null).detectedCharset());
    }

    @Test
    void labelsMapToCanonicalJavaNames() {
        assertEquals("GB18030", CharsetNames.canonical("gb2312"));
        assertEquals("GB18030", CharsetNames.canonical("GBK"));
        assertEquals("Big5", CharsetNames.canonical("BIG5"));
        assertEquals("UTF-8", CharsetNames.canonical("utf8"));
        assertNull(CharsetNames.canonical("no-such-charset"));
    }

    @Test
    void binaryIsToldFromText() {
        assertTrue(BinarySniffer.looksBinary(new byte[]{1, 2, 3, 0, 5}));
        assertFalse(BinarySniffer.looksBinary(SIMPLIFIED.getBytes(Charset.forName("GB18030"))));
        assertFalse(BinarySniffer.looksBinary(TRADITIONAL.getBytes(Charset.forName("Big5"))));
    }
}
