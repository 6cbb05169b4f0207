package dev.newsflow.clean.script;

import dev.newsflow.clean.Repairs;

/**
 * Brings one line of page text to normalized Simplified script. The order matters: mojibake is repaired on the
 * original characters (their GBK bytes are the evidence), annotations are stripped next, conversion comes last.
 * Whitespace is trimmed and runs of blanks collapsed to one space. Stateless and thread-safe.
 */
public final class ScriptNormalizer {
    private final MojibakeRepairer mojibake = new MojibakeRepairer();
    private final PinyinAnnotationStripper annotations = new PinyinAnnotationStripper();

    /** A normalized line and what was done to it. */
    public record Normalized(String text, Repairs repairs) {
    }

    public Normalized normalize(String line) {
        MojibakeRepairer.Result repaired = mojibake.repair(line);
        PinyinAnnotationStripper.Result stripped = annotations.strip(repaired.text());
        String spaced = collapseWhitespace(stripped.text());
        String simplified = TraditionalToSimplified.convert(spaced);
        int converted = TraditionalToSimplified.changedChars(spaced, simplified);
        int malformed = countReplacementChars(line, line.length());
        return new Normalized(simplified, new Repairs(converted,
                stripped.stripped() + repaired.annotationsStripped(),
                repaired.repaired(),
                repaired.unrecoverable() + malformed));
    }

    /**
     * U+FFFD in text[0, end): byte sequences the charset decoder could not read. Most texts have none, found by one
     * intrinsic scan.
     */
    public static int countReplacementChars(String text, int end) {
        int first = text.indexOf('\uFFFD');
        if (first < 0) {
            return 0;
        }
        int n = 0;
        for (int i = first; i < end; i++) {
            if (text.charAt(i) == '\uFFFD') {
                n++;
            }
        }
        return n;
    }

    static String collapseWhitespace(String s) {
        if (isCollapsed(s)) {
            return s;
        }
        char[] out = new char[s.length()]; // collapsing only shortens
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isBlank(c)) {
                pendingSpace = length > 0;
            } else {
                if (pendingSpace) {
                    out[length++] = ' ';
                    pendingSpace = false;
                }
                out[length++] = c;
            }
        }
        return new String(out, 0, length);
    }

    /**
     * True when collapsing would return {@code s} unchanged: no blank at either end, and blanks only as single
     * plain spaces. Most lines already are; checking is cheaper than copying them.
     */
    private static boolean isCollapsed(String s) {
        boolean previousBlank = true;
        for (int i = 0; i < s.length(); i++) {
            if (isBlank(s.charAt(i))) {
                if (previousBlank || s.charAt(i) != ' ') {
                    return false;
                }
                previousBlank = true;
            } else {
                previousBlank = false;
            }
        }
        return !previousBlank || s.isEmpty();
    }

    private static boolean isBlank(char c) {
        return (BLANK[c >>> 6] & (1L << c)) != 0;
    }

    /** Whitespace, ideographic and no-break spaces, control characters: one table lookup per character instead of four tests. */
    private static final long[] BLANK = blankTable();

    private static long[] blankTable() {
        long[] table = new long[(Character.MAX_VALUE + 1) / 64];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || Character.isISOControl(c)) {
                table[c >>> 6] |= 1L << c;
            }
        }
        return table;
    }
}
