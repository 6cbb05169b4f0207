package dev.newsflow.clean.text;

/**
 * The positions of either of two characters in a text, in order (line ends {@code \n} and {@code \r}, ASCII and
 * full-width parentheses). Each character is found with {@code String.indexOf}, which the JVM runs as a vector
 * search, and looked for again only once passed, so a text is read at most once per character whatever the
 * number of questions.
 */
public final class EitherCharSearch {
    private final String text;
    private final char first;
    private final char second;
    private int nextFirst;
    private int nextSecond;

    public EitherCharSearch(String text, char first, char second) {
        this.text = text;
        this.first = first;
        this.second = second;
        this.nextFirst = text.indexOf(first);
        this.nextSecond = text.indexOf(second);
    }

    /** The first position at or after {@code from} holding either character, or -1. Asked with rising {@code from}. */
    public int next(int from) {
        if (nextFirst >= 0 && nextFirst < from) {
            nextFirst = text.indexOf(first, from);
        }
        if (nextSecond >= 0 && nextSecond < from) {
            nextSecond = text.indexOf(second, from);
        }
        return nextFirst < 0 ? nextSecond : nextSecond < 0 ? nextFirst : Math.min(nextFirst, nextSecond);
    }
}
