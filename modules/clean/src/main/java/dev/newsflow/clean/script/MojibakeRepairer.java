package dev.newsflow.clean.script;

import dev.newsflow.script.HanScript;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * Repairs GBK mojibake: runs like {@code 醫(yī)??傤~} where GBK bytes lost a byte (shown as {@code ?}) and the rest
 * was decoded one byte out of step. Re-encoding the characters after the {@code ?} as GBK and decoding again
 * without their first byte gives the original back ({@code 傤~} = 82 EE 7E → EE 7E = 額).
 *
 * <p>A repair is accepted only when the re-decoded characters are all common Han characters and the original
 * run was less plausible (rarer characters, bopomofo, ASCII glued to Han: see {@link CharacterRarity}), so a real
 * question mark followed by ordinary text ({@code 怎么制定方案呢?以下是}) is never touched. Where the out-of-step
 * run ends on half a character, a following broken pinyin annotation ({@code 坡?lián)} — the {@code (} was eaten
 * with the lost byte) names the character: the GBK characters with that lead byte are searched for that reading.
 *
 * <p>Lost characters cannot be guessed: each {@code ?} that is certainly mojibake becomes U+FFFD and is counted as
 * unrecoverable; question marks that only look suspicious ({@code ??} glued to Han text, {@code ?!?}) are counted
 * but left as they are. Thread-safe: the GBK coders are per thread.
 */
public final class MojibakeRepairer {
    private static final Charset GBK = Charset.forName("GBK");
    // Coders are not thread-safe and costly to create once per question mark; one pair per thread.
    private static final ThreadLocal<CharsetEncoder> ENCODER = ThreadLocal.withInitial(() -> GBK.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    private static final ThreadLocal<CharsetDecoder> DECODER = ThreadLocal.withInitial(() -> GBK.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    private static final char LOST = '\uFFFD';
    private static final int MAX_RUN = 12;

    /** The repaired text and the counts. */
    public record Result(String text, int repaired, int unrecoverable, int annotationsStripped) {
    }

    public Result repair(String line) {
        if (line.indexOf('?') < 0) {
            return new Result(line, 0, 0, 0);
        }
        StringBuilder out = new StringBuilder(line.length());
        int repaired = 0;
        int unrecoverable = 0;
        int annotations = 0;
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (c != '?') {
                out.append(c);
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < n && line.charAt(runEnd) == '?') {
                runEnd++;
            }
            int questionMarks = runEnd - i;
            if (isLostIndentation(line, i, runEnd)) {
                unrecoverable += questionMarks;
                i = runEnd;
                continue;
            }
            int afterAnnotation = brokenAnnotationEnd(line, runEnd);
            boolean brokenAnnotation = afterAnnotation > runEnd;
            int suspectStart = brokenAnnotation ? afterAnnotation : runEnd;
            ShiftRepair shift = tryShiftRepair(line, suspectStart);
            if (shift != null) {
                out.append(String.valueOf(LOST).repeat(questionMarks));
                unrecoverable += questionMarks + shift.lost();
                annotations += (brokenAnnotation ? 1 : 0) + shift.annotations();
                repaired += shift.recovered();
                out.append(shift.text());
                i = shift.end();
            } else if (brokenAnnotation) {
                out.append(String.valueOf(LOST).repeat(questionMarks));
                unrecoverable += questionMarks;
                annotations++;
                i = afterAnnotation;
            } else {
                if (looksLikeMojibake(line, i, runEnd)) {
                    unrecoverable += questionMarks;
                }
                out.append(line, i, runEnd);
                i = runEnd;
            }
        }
        return new Result(out.toString(), repaired, unrecoverable, annotations);
    }

    /** {@code ??? 近年來}: question marks opening a paragraph before blank space are lost indentation, never punctuation. */
    private static boolean isLostIndentation(String line, int start, int end) {
        for (int k = 0; k < start; k++) {
            if (!Character.isWhitespace(line.charAt(k)) && line.charAt(k) != '\u3000') {
                return false;
            }
        }
        return end < line.length() && (Character.isWhitespace(line.charAt(end)) || line.charAt(end) == '\u3000');
    }

    /** Question marks that are not certainly mojibake but not punctuation either: counted, kept. */
    private static boolean looksLikeMojibake(String line, int start, int end) {
        boolean hanBefore = start > 0 && isHan(line.charAt(start - 1));
        boolean hanAfter = end < line.length() && isHan(line.charAt(end));
        if (end - start >= 2 && (hanBefore || hanAfter)) {
            return true;
        }
        // ?x? with one non-Han, non-space character between: "政策?!?" (。” lost around a full-width ！)
        boolean nextIsQ = end + 1 < line.length() && line.charAt(end + 1) == '?' && !isHan(line.charAt(end))
                && !Character.isWhitespace(line.charAt(end));
        boolean prevIsQ = start >= 2 && line.charAt(start - 2) == '?' && !isHan(line.charAt(start - 1))
                && !Character.isWhitespace(line.charAt(start - 1));
        return nextIsQ || prevIsQ;
    }

    /** End of {@code lián)} right after a question mark (the annotation whose "(" was eaten), or {@code from}. */
    private static int brokenAnnotationEnd(String line, int from) {
        int k = from;
        while (k < line.length() && k - from <= 6 && isPinyinLetter(line.charAt(k))) {
            k++;
        }
        if (k > from && k < line.length() && line.charAt(k) == ')') {
            String syllable = line.substring(from, k);
            if (PinyinSyllables.isToneMarked(syllable)) {
                return k + 1;
            }
        }
        return from;
    }

    private record ShiftRepair(String text, int end, int recovered, int lost, int annotations) {
    }

    /**
     * Tries the shortest prefix of the suspect run after the question marks that re-decodes, one byte on, into
     * common Han characters, either exactly or ending on a half character that a following {@code ?} lost.
     */
    private static ShiftRepair tryShiftRepair(String line, int start) {
        int runEnd = start;
        while (runEnd < line.length() && runEnd - start < MAX_RUN && isSuspectRunChar(line.charAt(runEnd))) {
            runEnd++;
        }
        if (runEnd == start || isAscii(line, start, runEnd)) {
            return null; // ASCII re-encodes to one byte a character: shifted, it is still ASCII, never Han (a query string)
        }
        for (int end = start + 1; end <= runEnd; end++) {
            String original = line.substring(start, end);
            byte[] bytes = encodeGbk(original);
            if (bytes == null || bytes.length < 2) {
                continue;
            }
            ByteBuffer shifted = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
            String exact = decodeGbk(shifted.duplicate());
            if (exact != null) {
                if (isImprovement(original, exact)) {
                    return new ShiftRepair(exact, end, exact.length(), 0, 0);
                }
                continue;
            }
            // Ends on a lead byte whose trail byte was lost in the next '?'.
            boolean lostNext = end == runEnd && end < line.length() && line.charAt(end) == '?';
            int lead = bytes[bytes.length - 1] & 0xFF;
            if (!lostNext || lead < 0x81) {
                continue;
            }
            String head = decodeGbk(ByteBuffer.wrap(bytes, 1, bytes.length - 2));
            if (head == null) {
                continue;
            }
            int annotationEnd = brokenAnnotationEnd(line, end + 1);
            if (annotationEnd > end + 1) {
                String syllable = line.substring(end + 1, annotationEnd - 1);
                Character named = characterWithLeadAndReading(lead, syllable);
                // The annotation belongs to the character the lost byte completes, not to the one on the page.
                boolean annotationContradictsPage = !PinyinSyllables.isReadingOf(syllable, original.charAt(original.length() - 1));
                if (named != null && (isImprovement(original, head + named)
                        || annotationContradictsPage && allCommon(head + named))) {
                    return new ShiftRepair(head + named, annotationEnd, head.length() + 1, 0, 1);
                }
            }
            if (!head.isEmpty() && isImprovement(original, head)) {
                return new ShiftRepair(head + LOST, end + 1, head.length(), 1, 0);
            }
        }
        return null;
    }

    /**
     * The GBK character with lead byte {@code lead} read {@code syllable}; when several are (聯 and its rare
     * variants 聨 聫 聮), the one clearly more common than the others, else null.
     */
    private static Character characterWithLeadAndReading(int lead, String syllable) {
        Character best = null;
        int bestRarity = Integer.MAX_VALUE;
        boolean tie = false;
        LeadRow row = leadRow(lead);
        for (int k = 0; k < row.chars().length; k++) {
            if (!syllable.equals(row.readings()[k])) {
                continue;
            }
            int rarity = CharacterRarity.of(row.chars()[k]);
            if (rarity < bestRarity) {
                best = row.chars()[k];
                bestRarity = rarity;
                tie = false;
            } else if (rarity == bestRarity) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The single Han characters of one GBK lead byte, in trail-byte order, with their readings. */
    private record LeadRow(char[] chars, String[] readings) {
    }

    /**
     * Rows by lead byte, built on first use: decoding the 190 trail bytes of a lead and looking up their readings
     * on every broken annotation would cost more than the rest of the repair. Racy building is safe: rows are
     * immutable and equal whichever thread builds them.
     */
    private static final LeadRow[] LEAD_ROWS = new LeadRow[256];

    private static LeadRow leadRow(int lead) {
        LeadRow row = LEAD_ROWS[lead];
        if (row == null) {
            StringBuilder chars = new StringBuilder();
            java.util.List<String> readings = new java.util.ArrayList<>();
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                if (trail == 0x7F) {
                    continue;
                }
                String s = decodeGbk(ByteBuffer.wrap(new byte[]{(byte) lead, (byte) trail}));
                if (s == null || s.length() != 1 || !isHan(s.charAt(0))) {
                    continue;
                }
                chars.append(s.charAt(0));
                readings.add(PinyinSyllables.readingOf(s.charAt(0)));
            }
            row = new LeadRow(chars.toString().toCharArray(), readings.toArray(new String[0]));
            LEAD_ROWS[lead] = row;
        }
        return row;
    }

    private static boolean allCommon(String decoded) {
        for (int k = 0; k < decoded.length(); k++) {
            if (CharacterRarity.of(decoded.charAt(k)) > CharacterRarity.LESS_COMMON) {
                return false;
            }
        }
        return !decoded.isEmpty();
    }

    private static boolean isImprovement(String original, String decoded) {
        if (decoded.isEmpty()) {
            return false;
        }
        int decodedRarity = 0;
        for (int k = 0; k < decoded.length(); k++) {
            int r = CharacterRarity.of(decoded.charAt(k));
            if (r > CharacterRarity.LESS_COMMON) {
                return false;
            }
            decodedRarity += r;
        }
        return CharacterRarity.sum(original) > decodedRarity;
    }

    /** Characters a misaligned GBK decode produces: Han, CJK symbols and bopomofo, and ASCII from trail bytes 0x40–0x7E. */
    private static boolean isSuspectRunChar(char c) {
        if (c >= 0x40 && c <= 0x7E) {
            return c != '(' && c != ')';
        }
        if (c < 0x80) {
            return false;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return isHan(c) || block == Character.UnicodeBlock.BOPOMOFO
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION && c != '\u3000' && c != '。'
                || block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.BOX_DRAWING || block == Character.UnicodeBlock.GREEK
                || block == Character.UnicodeBlock.CYRILLIC;
    }

    private static boolean isAscii(String line, int from, int to) {
        for (int i = from; i < to; i++) {
            if (line.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPinyinLetter(char c) {
        return (c >= 'a' && c <= 'z') || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".indexOf(c) >= 0;
    }

    static boolean isHan(char c) {
        return HanScript.isHan(c);
    }

    private static byte[] encodeGbk(String s) {
        return StrictCoding.encodeOrNull(ENCODER.get(), s);
    }

    private static String decodeGbk(ByteBuffer bytes) {
        return StrictCoding.decodeOrNull(DECODER.get(), bytes);
    }
}
