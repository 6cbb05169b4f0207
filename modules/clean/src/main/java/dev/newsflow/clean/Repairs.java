package dev.newsflow.clean;

/**
 * What script normalization changed on a page.
 *
 * @param convertedChars        characters changed by Traditional-to-Simplified conversion
 * @param pinyinAnnotations     pinyin annotations such as {@code 醫(yī)} stripped
 * @param mojibakeRepaired      characters recovered from GBK bytes decoded one byte out of step
 * @param mojibakeUnrecoverable characters known to be lost: {@code ?} that stand for lost GBK bytes, and
 *                              byte sequences invalid in the detected charset (shown as U+FFFD)
 */
public record Repairs(int convertedChars, int pinyinAnnotations, int mojibakeRepaired, int mojibakeUnrecoverable) {
    public static final Repairs NONE = new Repairs(0, 0, 0, 0);

    public Repairs plus(Repairs other) {
        return new Repairs(convertedChars + other.convertedChars,
                pinyinAnnotations + other.pinyinAnnotations,
                mojibakeRepaired + other.mojibakeRepaired,
                mojibakeUnrecoverable + other.mojibakeUnrecoverable);
    }
}
