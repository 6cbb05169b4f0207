package dev.newsflow.clean.charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.newsflow.clean.script.StrictCoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode a page: byte-order mark first; then strictly valid UTF-8; otherwise every candidate —
 * the HTTP header's charset, the page's {@code <meta>} charset, ICU4J's {@link CharsetDetector} guesses, GB18030
 * and Big5 — is scored on a sample by decoding errors and by how common the resulting Han characters are (text
 * decoded with the wrong Chinese charset is a jumble of rare characters; see {@link CandidateScores#plausibility}).
 * Declarations are only evidence: a wrong {@code <meta charset>} loses to the bytes. Thread-safe.
 *
 * <p>ICU's detection costs more than everything else the cleaner does with a small page, and on Chinese pages
 * its guesses never change the choice, so it runs only when they could. Its guesses are at most three of the
 * charsets its recognizers know: single-byte ones (Latin, Cyrillic, Greek, Arabic, Hebrew), which decode no Han
 * character and so score at most {@value CandidateScores#WITHOUT_HAN}, and a few multi-byte ones. When the best
 * of the header, meta, GB18030 and Big5 scores above that and beats UTF-8 and every multi-byte charset ICU knows
 * by more than the tie margin, it wins whatever ICU guesses and in whatever order: it is taken. Otherwise (a near
 * tie, a page that is no Chinese text) ICU's guesses join the candidates as they always did. Wrong multi-byte
 * charsets are usually ruled out after a few dozen bytes ({@link CandidateScores#staysBelow}).
 * {@code CharsetSnifferTest} checks that both ways choose alike.
 */
public final class CharsetSniffer {
    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    private static final int META_SCAN_BYTES = 4096;
    /**
     * ICU's recognizers whose guesses are single-byte charsets (or charsets Java cannot decode, never candidates),
     * including the windows-125x names some of them report; {@code CharsetSnifferTest} checks this.
     */
    static final List<String> SINGLE_BYTE_RECOGNIZERS = List.of("ISO-8859-1", "ISO-8859-2", "ISO-8859-5", "ISO-8859-6",
            "ISO-8859-7", "ISO-8859-8-I", "ISO-8859-8", "windows-1251", "windows-1256", "KOI8-R", "ISO-8859-9",
            "IBM424_rtl", "IBM424_ltr", "IBM420_rtl", "IBM420_ltr");
    /** Every other charset ICU can guess, as the Java names candidates have. */
    static final List<String> MULTI_BYTE_GUESSES = Arrays.stream(CharsetDetector.getAllDetectableCharsets())
            .filter(name -> !SINGLE_BYTE_RECOGNIZERS.contains(name))
            .map(name -> known(CharsetNames.canonical(name)))
            .filter(Objects::nonNull)
            .distinct()
            .toList();

    public DecodedText decode(byte[] bytes, String contentType) {
        String header = contentType == null ? null : firstGroup(HEADER_CHARSET, contentType);
        String meta = metaCharset(bytes);
        String declared = CharsetNames.canonical(header != null ? header : meta);

        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return new DecodedText(decodeLenient(bytes, bom.offset, bom.charset), declared, bom.charset.name());
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new DecodedText(utf8, declared, "UTF-8");
        }
        byte[] sample = sample(bytes);
        CandidateScores scores = new CandidateScores(sample);
        String headerCharset = known(CharsetNames.canonical(header));
        String metaCharset = known(CharsetNames.canonical(meta));
        String best = clearWinner(headerCharset, metaCharset, scores);
        if (best == null) {
            best = firstBest(candidates(headerCharset, metaCharset, icuGuesses(sample)), scores);
        }
        // The sample is the whole page up to 64 KiB: its decoding is the page's.
        String text = sample == bytes ? scores.text(best) : decodeLenient(bytes, 0, CandidateScores.charset(best));
        return new DecodedText(text, declared, best);
    }

    /** The charset chosen with ICU's guesses, never taking the shortcut: what {@link #decode} must agree with. */
    String detectWithIcuGuesses(byte[] bytes, String contentType) {
        String header = contentType == null ? null : firstGroup(HEADER_CHARSET, contentType);
        byte[] sample = sample(bytes);
        return firstBest(candidates(known(CharsetNames.canonical(header)), known(CharsetNames.canonical(metaCharset(bytes))),
                icuGuesses(sample)), new CandidateScores(sample));
    }

    private static byte[] sample(byte[] bytes) {
        return bytes.length <= SAMPLE_BYTES ? bytes : Arrays.copyOf(bytes, SAMPLE_BYTES);
    }

    /** Header, meta, the guesses in ICU's order, then GB18030, Big5 and UTF-8: the order that breaks ties. */
    private static Set<String> candidates(String headerCharset, String metaCharset, List<String> guesses) {
        Set<String> candidates = new LinkedHashSet<>();
        addIfPresent(candidates, headerCharset);
        addIfPresent(candidates, metaCharset);
        for (String guess : guesses) {
            addIfPresent(candidates, known(guess));
        }
        candidates.add("GB18030");
        candidates.add("Big5");
        candidates.add("UTF-8");
        return candidates;
    }

    /** The first candidate with the best score (a later one must beat it by more than the tie margin). */
    private static String firstBest(Set<String> candidates, CandidateScores scores) {
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String candidate : candidates) {
            double score = scores.of(candidate);
            if (score > bestScore + CandidateScores.TIE_MARGIN) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The candidate the scoring with ICU's guesses would choose, when it is certain without them, else null: the
     * best of header, meta, GB18030 and Big5 (then also UTF-8, for a damaged UTF-8 page), when it beats by more
     * than the tie margin the other candidates, every multi-byte charset ICU can guess and the
     * {@value CandidateScores#WITHOUT_HAN} that single-byte ones score at most. Beating all of those, it wins in
     * any order against any three of them.
     */
    private static String clearWinner(String headerCharset, String metaCharset, CandidateScores scores) {
        Set<String> likely = new LinkedHashSet<>();
        addIfPresent(likely, headerCharset);
        addIfPresent(likely, metaCharset);
        likely.add("GB18030");
        likely.add("Big5");
        String winner = clearWinnerAmong(likely, scores);
        if (winner == null && likely.add("UTF-8")) {
            winner = clearWinnerAmong(likely, scores);
        }
        return winner;
    }

    private static String clearWinnerAmong(Set<String> likely, CandidateScores scores) {
        // GB18030 (always among the likely) is scored first: it usually wins, and a candidate shown cheaply to stay
        // below it by more than the tie margin can be neither the best nor tied with the best, so it needs no
        // exact score. A page wrongly declared UTF-8 is then not decoded in full as UTF-8.
        double reference = scores.of("GB18030");
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String candidate : likely) {
            if (!candidate.equals("GB18030") && scores.staysBelow(candidate, reference)) {
                continue;
            }
            double score = scores.of(candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (!(bestScore > CandidateScores.WITHOUT_HAN + 2 * CandidateScores.TIE_MARGIN)) {
            return null;
        }
        Set<String> rivals = new LinkedHashSet<>(likely);
        rivals.add("UTF-8");
        rivals.addAll(MULTI_BYTE_GUESSES);
        for (String rival : rivals) {
            if (!rival.equals(best) && !scores.staysBelow(rival, bestScore)) {
                return null;
            }
        }
        return best;
    }

    /** ICU's three most confident guesses (confidence at least 10) on the sample, as canonical names. */
    private static List<String> icuGuesses(byte[] sample) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample);
        List<String> guesses = new ArrayList<>(3);
        int considered = 0;
        for (CharsetMatch match : detector.detectAll()) { // most confident first
            if (considered == 3 || match.getConfidence() < 10) {
                break;
            }
            considered++;
            String name = CharsetNames.canonical(match.getName());
            if (name != null) {
                guesses.add(name);
            }
        }
        return guesses;
    }

    private static void addIfPresent(Set<String> candidates, String canonical) {
        if (canonical != null) {
            candidates.add(canonical);
        }
    }

    /** The canonical name when Java can decode it, else null. */
    private static String known(String canonical) {
        return canonical != null && Charset.isSupported(canonical) ? canonical : null;
    }

    private static String metaCharset(byte[] bytes) {
        int length = Math.min(bytes.length, META_SCAN_BYTES);
        if (!mentionsCharset(bytes, length)) {
            return null; // most plain-text dumps: no need to run the expression
        }
        // Declarations are ASCII; ISO-8859-1 maps bytes 1:1 so any charset's bytes can be searched.
        String head = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        return firstGroup(META_CHARSET, head);
    }

    /** Whether "charset" occurs in the first {@code length} bytes, ignoring ASCII case (may err towards yes). */
    private static boolean mentionsCharset(byte[] bytes, int length) {
        String word = "charset";
        outer:
        for (int i = 0; i + word.length() <= length; i++) {
            for (int k = 0; k < word.length(); k++) {
                if ((bytes[i + k] | 0x20) != word.charAt(k)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
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

    /**
     * The text when {@code bytes} are valid UTF-8, else null. The JDK's string decoding is much faster than a
     * decoder and marks every malformed sequence with U+FFFD; only text holding U+FFFD needs the strict check,
     * whose verdict then decides (the page may spell U+FFFD itself).
     */
    static String strictUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0 || isStrictUtf8(bytes)) {
            return text;
        }
        return null;
    }

    static boolean isStrictUtf8(byte[] bytes) {
        return StrictCoding.isValid(StandardCharsets.UTF_8.newDecoder(), ByteBuffer.wrap(bytes));
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
