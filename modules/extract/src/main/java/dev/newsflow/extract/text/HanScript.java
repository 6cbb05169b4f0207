package dev.newsflow.extract.text;

/**
 * Whether a char belongs to the Han script, by table: {@link Character.UnicodeScript#of} bisects some two
 * thousand script ranges on every call, and the rules ask it for every character they scan past. The table
 * is filled from {@code UnicodeScript.of} itself, so it answers exactly the same.
 */
public final class HanScript {

    private static final long[] HAN = new long[(Character.MAX_VALUE + 1) / 64];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                HAN[c >>> 6] |= 1L << c;
            }
        }
    }

    private HanScript() {
    }

    public static boolean isHan(char c) {
        return (HAN[c >>> 6] & (1L << c)) != 0;
    }
}
