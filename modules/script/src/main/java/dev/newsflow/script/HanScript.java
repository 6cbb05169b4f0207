package dev.newsflow.script;

/**
 * Whether a UTF-16 unit is a Han character, answered from a 8 KiB bit table built once from
 * {@link Character.UnicodeScript}: cleaning and extraction ask this for every character of every page, and
 * {@code UnicodeScript.of} (a binary search per call) was a visible share of both in profiles.
 */
public final class HanScript {

    private static final long[] HAN = buildTable();

    private HanScript() {}

    public static boolean isHan(char c) {
        return (HAN[c >>> 6] & (1L << c)) != 0;
    }

    /** Han characters in {@code text}. */
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
