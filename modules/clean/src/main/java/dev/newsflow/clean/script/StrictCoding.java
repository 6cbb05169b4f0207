package dev.newsflow.clean.script;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;

/**
 * Strict decoding and encoding that answer null (or false) where the bytes or characters do not fit the charset,
 * instead of throwing. {@code CharsetDecoder.decode(ByteBuffer)} reports the first bad byte with a
 * {@code MalformedInputException}, whose stack trace costs more than decoding a short run: the cleaner asks
 * "is this valid?" of every GBK page and of every out-of-step run in mojibake repair, where the answer is
 * mostly no (a page pipeline run threw more than one exception per page before this). The coders passed in
 * must report errors ({@code CodingErrorAction.REPORT}, their default); they are reset before use. In this
 * package rather than in charset, which already depends on script (character rarity), so both can use it.
 */
public final class StrictCoding {
    /** How many characters a validity check decodes at a time: it needs none of them afterwards. */
    private static final int CHECK_CHUNK = 4096;

    private StrictCoding() {
    }

    /** The characters {@code bytes} decode to, or null if some byte sequence is malformed or unmappable. */
    public static String decodeOrNull(CharsetDecoder decoder, ByteBuffer bytes) {
        decoder.reset();
        int capacity = (int) Math.ceil(bytes.remaining() * (double) decoder.maxCharsPerByte());
        CharBuffer out = CharBuffer.allocate(capacity);
        // success is UNDERFLOW (all read, all written); an error, or an overflow the sizing did not foresee, is null
        if (!decoder.decode(bytes, out, true).isUnderflow() || !decoder.flush(out).isUnderflow()) {
            return null;
        }
        return out.flip().toString();
    }

    /** Whether every byte sequence of {@code bytes} decodes; stops at the first that does not. */
    public static boolean isValid(CharsetDecoder decoder, ByteBuffer bytes) {
        decoder.reset();
        CharBuffer scratch = CharBuffer.allocate(CHECK_CHUNK);
        while (true) {
            CoderResult result = decoder.decode(bytes, scratch, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return decoder.flush(scratch.clear()).isUnderflow();
            }
            scratch.clear(); // overflow: the chunk is full, and only validity matters
        }
    }

    /** The bytes {@code chars} encode to, or null if some character cannot be encoded. */
    public static byte[] encodeOrNull(CharsetEncoder encoder, CharSequence chars) {
        encoder.reset();
        ByteBuffer out = ByteBuffer.allocate((int) Math.ceil(chars.length() * (double) encoder.maxBytesPerChar()));
        if (!encoder.encode(CharBuffer.wrap(chars), out, true).isUnderflow() || !encoder.flush(out).isUnderflow()) {
            return null;
        }
        byte[] bytes = new byte[out.position()];
        out.flip().get(bytes);
        return bytes;
    }
}
