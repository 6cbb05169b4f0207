package dev.newsflow.clean.charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.newsflow.clean.script.CharacterRarity;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode a page: byte-order mark first; then strictly valid UTF-8; otherwise every candidate —
 * the HTTP header's charset, the page's {@code <meta>} charset, ICU4J's {@link CharsetDetector} guesses, GB18030
 * and Big5 — is scored on a sample by decoding errors and by how common the resulting Han characters are (text
 * decoded with the wrong Chinese charset is a jumble of rare characters; see {@link #plausibility}). Declarations
 * are only evidence: a wrong {@code <meta charset>} loses to the bytes. Thread-safe.
 */
public final class CharsetSniffer {
    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    public DecodedText decode(byte[] bytes, String contentType) {
        String header = contentType == null ? null : firstGroup(HEADER_CHARSET, contentType);
        String meta = metaCharset(bytes);
        String declared = CharsetNames.canonical(header != null ? header : meta);

        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return new DecodedText(decodeLenient(bytes, bom.offset, bom.charset), declared, bom.charset.name());
        }
        if (isStrictUtf8(bytes)) {
            return new DecodedText(decodeLenient(bytes, 0, StandardCharsets.UTF_8), declared, "UTF-8");
        }
        Set<String> candidates = new LinkedHashSet<>();
        addIfKnown(candidates, CharsetNames.canonical(header));
        addIfKnown(candidates, CharsetNames.canonical(meta));
        for (String guess : icuGuesses(bytes)) {
            addIfKnown(candidates, guess);
        }
        candidates.add("GB18030");
        candidates.add("Big5");
        candidates.add("UTF-8");

        byte[] sample = bytes.length <= SAMPLE_BYTES ? bytes : java.util.Arrays.copyOf(bytes, SAMPLE_BYTES);
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String candidate : candidates) {
            double score = plausibility(sample, Charset.forName(candidate));
            if (score > bestScore + 1e-9) {
                best = candidate;
                bestScore = score;
            }
        }
        return new DecodedText(decodeLenient(bytes, 0, Charset.forName(best)), declared, best);
    }

    /**
     * Share of Han characters that are common in Chinese text ({@link CharacterRarity#isCommon}, judged on the
     * simplified form so Big5 and GB text score alike), minus a heavy penalty per decoding error.
     */
    static double plausibility(byte[] sample, Charset charset) {
        String text = decodeLenient(sample, 0, charset);
        int han = 0;
        int common = 0;
        int errors = 0;
        int chars = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            chars++;
            if (c == '\uFFFD') {
                errors++;
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (CharacterRarity.isCommon(c)) {
                    common++;
                }
            }
        }
        if (chars == 0) {
            return 0;
        }
        double commonShare = han == 0 ? 0.5 : (double) common / han;
        return commonShare - 5.0 * errors / Math.max(1, Math.min(chars, han + 1));
    }

    private static String[] icuGuesses(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length <= SAMPLE_BYTES ? bytes : java.util.Arrays.copyOf(bytes, SAMPLE_BYTES));
        CharsetMatch[] matches = detector.detectAll();
        return java.util.Arrays.stream(matches)
                .filter(m -> m.getConfidence() >= 10)
                .limit(3)
                .map(m -> CharsetNames.canonical(m.getName()))
                .filter(java.util.Objects::nonNull)
                .toArray(String[]::new);
    }

    private static void addIfKnown(Set<String> candidates, String canonical) {
        if (canonical != null && Charset.isSupported(canonical)) {
            candidates.add(canonical);
        }
    }

    private static String metaCharset(byte[] bytes) {
        // Declarations are ASCII; ISO-8859-1 maps bytes 1:1 so any charset's bytes can be searched.
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        return firstGroup(META_CHARSET, head);
    }

    private static String firstGroup(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** UTF-16 pages are full of NUL bytes; a BOM tells them from binary data. */
    public static boolean hasUtf16Bom(byte[] bytes) {
        Bom bom = Bom.of(bytes);
        return bom != null && bom.offset == 2;
    }

    static boolean isStrictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static String decodeLenient(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\uFFFD");
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a REPLACE decoder cannot fail", e);
        }
    }

    private record Bom(Charset charset, int offset) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            return null;
        }
    }
}
