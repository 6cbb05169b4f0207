package dev.newsflow.clean.charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

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

    /** The shortcut that skips ICU must choose what scoring with ICU's guesses chooses, on pages of every kind. */
    @Test
    void choosesWhatIcuGuessesWouldChoose() throws IOException {
        List<byte[]> pages = new ArrayList<>();
        Random random = new Random(11);
        for (String dir : List.of("../../eval/seeds", "../../eval/dev/pages", "src/test/resources/pages")) {
            try (var files = Files.list(Path.of(dir))) {
                for (Path file : files.filter(f -> !f.toString().endsWith(".json")).sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(file);
                    pages.add(bytes);
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    for (String charset : List.of("GBK", "GB18030", "Big5", "EUC-KR", "Shift_JIS")) {
                        byte[] encoded = text.getBytes(Charset.forName(charset));
                        pages.add(encoded);
                        pages.add(Arrays.copyOf(encoded, 1 + random.nextInt(encoded.length))); // cut mid-character
                    }
                    byte[] noisy = bytes.clone();
                    for (int k = 0; k < 10; k++) {
                        noisy[random.nextInt(noisy.length)] = (byte) random.nextInt(256);
                    }
                    pages.add(noisy);
                    pages.add(Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length)));
                }
            }
        }
        String latin = "Caf\u00e9 cr\u00e8me, \u201cquoted\u201d \u2014 na\u00efve r\u00e9sum\u00e9. ".repeat(20);
        pages.add(latin.getBytes(Charset.forName("windows-1252")));
        pages.add("Здравоохранение и реформа. ".repeat(30).getBytes(Charset.forName("KOI8-R")));
        for (int k = 0; k < 100; k++) {
            byte[] bytes = new byte[50 + random.nextInt(2000)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (0x20 + random.nextInt(0xE0));
            }
            pages.add(bytes);
        }
        for (byte[] page : pages) {
            if (CharsetSniffer.strictUtf8(page) != null || hasUtf16Bom(page) || page.length > 2 && (page[0] & 0xFF) == 0xEF) {
                continue;
            }
            for (String contentType : new String[]{null, "text/html; charset=big5", "text/html; charset=gbk"}) {
                assertEquals(sniffer.detectWithIcuGuesses(page, contentType), sniffer.decode(page, contentType).detectedCharset());
            }
        }
    }

    /**
     * What lets {@link CandidateScores#staysBelow} rule ISO-2022 charsets out unscored: without an ESC or SO byte,
     * Java's ISO-2022 decoders yield no Han character (here on random bytes and on GBK, GB18030 and Big5 text),
     * while with them they can.
     */
    @Test
    void iso2022DecodesNoHanWithoutEscapeOrShiftOut() {
        Random random = new Random(7);
        List<String> iso2022 = iso2022Guesses();
        assertFalse(iso2022.isEmpty());
        List<byte[]> inputs = new ArrayList<>();
        for (String charset : List.of("GBK", "GB18030", "Big5")) {
            inputs.add((SIMPLIFIED + TRADITIONAL).getBytes(Charset.forName(charset)));
        }
        for (int k = 0; k < 3_000; k++) {
            byte[] bytes = new byte[1 + random.nextInt(300)];
            for (int i = 0; i < bytes.length; i++) {
                do {
                    bytes[i] = (byte) random.nextInt(256);
                } while (bytes[i] == 0x1B || bytes[i] == 0x0E);
            }
            inputs.add(bytes);
        }
        for (String charset : iso2022) {
            for (byte[] bytes : inputs) {
                String text = CharsetSniffer.decodeLenient(bytes, 0, Charset.forName(charset));
                assertFalse(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        charset + " " + Arrays.toString(bytes));
                assertTrue(CandidateScores.plausibility(text) <= CandidateScores.WITHOUT_HAN, charset);
            }
        }
        // the rule is needed only because, with a shift-out, these decoders do read Han characters
        byte[] designatedAndShifted = {0x1B, '$', ')', 'A', 0x0E, 0x30, 0x21, 0x0F};
        assertTrue(CharsetSniffer.decodeLenient(designatedAndShifted, 0, Charset.forName("ISO-2022-CN"))
                .codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    private static List<String> iso2022Guesses() {
        return CharsetSniffer.MULTI_BYTE_GUESSES.stream().filter(name -> name.startsWith("ISO-2022-")).toList();
    }

    /** Guesses of the recognizers the shortcut leaves out are single-byte: they cannot decode a Han character. */
    @Test
    void singleByteRecognizersOnlyNameSingleByteCharsets() {
        String latin = "Caf\u00e9 \u201cquoted\u201d \u2014 r\u00e9sum\u00e9 \u00fcber stra\u00dfe. ".repeat(20);
        List<String> named = new ArrayList<>(CharsetSniffer.SINGLE_BYTE_RECOGNIZERS);
        for (String charset : List.of("windows-1252", "windows-1250", "windows-1253", "windows-1254", "windows-1255", "ISO-8859-1")) {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(latin.getBytes(Charset.forName(charset.equals("windows-1252") ? charset : "windows-1252")));
            for (CharsetMatch match : detector.detectAll()) {
                if (!CharsetSniffer.MULTI_BYTE_GUESSES.contains(CharsetNames.canonical(match.getName()))) {
                    named.add(match.getName());
                }
            }
            named.add(charset);
        }
        for (String name : named) {
            String canonical = CharsetNames.canonical(name);
            if (canonical == null || !Charset.isSupported(canonical)) {
                continue; // never a candidate
            }
            Charset charset = Charset.forName(canonical);
            assertEquals(1.0f, charset.newEncoder().maxBytesPerChar(), name);
            for (int b = 0; b < 256; b++) {
                String decoded = new String(new byte[]{(byte) b}, charset);
                assertFalse(decoded.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), name);
            }
        }
    }

    /** The fast UTF-8 check: the JDK's decoding without U+FFFD means valid, and the text is the strict decoding. */
    @Test
    void strictUtf8AgreesWithAStrictDecoder() {
        Random random = new Random(5);
        for (int k = 0; k < 20_000; k++) {
            byte[] bytes = (k % 2 == 0 ? "医疗\uFFFD改革 ok 𠀀" : "").getBytes(StandardCharsets.UTF_8);
            bytes = Arrays.copyOf(bytes, bytes.length + random.nextInt(8));
            for (int i = bytes.length - 1; i >= 0 && random.nextInt(3) > 0; i--) {
                bytes[i] = (byte) random.nextInt(256);
            }
            String text = CharsetSniffer.strictUtf8(bytes);
            assertEquals(CharsetSniffer.isStrictUtf8(bytes), text != null);
            if (text != null) {
                assertEquals(CharsetSniffer.decodeLenient(bytes, 0, StandardCharsets.UTF_8), text);
            }
        }
    }

    private static boolean hasUtf16Bom(byte[] page) {
        return CharsetSniffer.hasUtf16Bom(page);
    }
}
