package dev.newsflow.clean.script;

/**
 * Whether a UTF-16 unit belongs to the Han script, by table lookup. Same answer as
 * {@code Character.UnicodeScript.of(c) == HAN} for every {@code char} (surrogates are not Han), but
 * {@code UnicodeScript.of} binary-searches a range table on each call, and the cleaner asks for nearly every
 * character of every page (charset scoring, rarity, mojibake, annotation and paragraph rules): the answer for
 * each of the 65,536 values is computed once instead (8 KiB).
 */
public final class HanScript {
    private static final long[] HAN = buildTable();

    private HanScript() {
    }

    public static boolean isHan(char c) {
        return (HAN[c >>> 6] & (1L << c)) != 0;
    }

    /** Han characters in {@code text} (UTF-16 units, as {@code text.chars()} counts them). */
    public static int count(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static long[] buildTable() {
        long[] table = new long[(Character.MAX_VALUE + 1) / 64];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                table[c >>> 6] |= 1L << c;
            }
        }
        return table;
    }
}
