package dev.newsflow.clean.script;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The exception-free coders answer exactly what the JDK's throwing {@code decode}/{@code encode} do. */
class StrictCodingTest {
    private static final List<Charset> CHARSETS =
            List.of(Charset.forName("GBK"), Charset.forName("GB18030"), Charset.forName("Big5"), StandardCharsets.UTF_8);

    @Test
    void decodingAgreesWithTheThrowingDecoderOnValidAndBrokenBytes() {
        Random random = new Random(11);
        for (Charset charset : CHARSETS) {
            byte[] valid = "医疗改革 DRG 付费, 醫療 ok".getBytes(charset);
            for (int k = 0; k < 5_000; k++) {
                byte[] bytes = Arrays.copyOf(valid, random.nextInt(valid.length + 4));
                for (int i = 0; i < bytes.length && random.nextInt(4) == 0; i++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                String expected = throwingDecode(charset, bytes);
                assertEquals(expected, StrictCoding.decodeOrNull(charset.newDecoder(), ByteBuffer.wrap(bytes)),
                        charset + " " + Arrays.toString(bytes));
                assertEquals(expected != null, StrictCoding.isValid(charset.newDecoder(), ByteBuffer.wrap(bytes)),
                        charset + " " + Arrays.toString(bytes));
            }
        }
    }

    @Test
    void validityIsCheckedAcrossChunksToTheLastByte() {
        byte[] long_ = "医疗改革".repeat(5_000).getBytes(StandardCharsets.UTF_8);
        assertTrue(StrictCoding.isValid(StandardCharsets.UTF_8.newDecoder(), ByteBuffer.wrap(long_)));
        byte[] cutLast = Arrays.copyOf(long_, long_.length - 1); // ends inside a character
        assertFalse(StrictCoding.isValid(StandardCharsets.UTF_8.newDecoder(), ByteBuffer.wrap(cutLast)));
        byte[] badInMiddle = long_.clone();
        badInMiddle[long_.length / 2] = (byte) 0xFF;
        assertFalse(StrictCoding.isValid(StandardCharsets.UTF_8.newDecoder(), ByteBuffer.wrap(badInMiddle)));
    }

    @Test
    void aReusedDecoderStartsAfresh() {
        var decoder = Charset.forName("GBK").newDecoder();
        assertNull(StrictCoding.decodeOrNull(decoder, ByteBuffer.wrap(new byte[]{(byte) 0xD2})));
        assertEquals("医", StrictCoding.decodeOrNull(decoder, ByteBuffer.wrap("医".getBytes(Charset.forName("GBK")))));
    }

    @Test
    void encodingAnswersNullForWhatTheCharsetCannotHold() {
        Charset gbk = Charset.forName("GBK");
        assertArrayEquals("医疗".getBytes(gbk), StrictCoding.encodeOrNull(gbk.newEncoder(), "医疗"));
        assertNull(StrictCoding.encodeOrNull(gbk.newEncoder(), "医😀"));
        assertNull(StrictCoding.encodeOrNull(gbk.newEncoder(), "\uD800")); // a lone surrogate
        assertArrayEquals(new byte[0], StrictCoding.encodeOrNull(gbk.newEncoder(), ""));
    }

    private static String throwingDecode(Charset charset, byte[] bytes) {
        try {
            return charset.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
