package dev.newsflow.extract.text;

/**
 * Digits as the cleaned text may hold them: ASCII or full-width (２０２５, １８.３％). The cleaner keeps them as
 * written so that offsets stay those of the text; dates and figures are read from either form.
 */
public final class Digits {

    private Digits() {
    }

    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** The value of a digit {@link #isDigit} accepts. */
    public static int value(char c) {
        return c >= '０' ? c - '０' : c - '0';
    }
}
