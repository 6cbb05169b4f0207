package dev.newsflow.stream.dedup;

/**
 * 64-bit SimHash (Charikar) of a normalized text over overlapping character 4-grams, whitespace ignored.
 * Character n-grams rather than words because Chinese has no spaces and a segmenter would make the hash
 * depend on its dictionary; 4-grams keep re-posts with a changed header or footer within a few bits.
 * Written here because no maintained Java library offers it, and it is a dozen lines.
 */
public final class SimHash {

    static final int SHINGLE = 4;
    /** Lines shorter than this (bylines, credits, tags, reprint notes, titles) do not shape the hash... */
    static final int BODY_LINE_CHARS = 50;
    /** ...unless the long lines together are shorter than this, when the whole text is used. */
    static final int MIN_BODY_CHARS = 200;

    private SimHash() {}

    /**
     * The SimHash of an article's body: its long lines only. A republished article keeps its paragraphs but
     * changes the short lines around them (byline, editor, "reprinted from" note, tags), and those would
     * otherwise move the hash by several bits.
     */
    public static long ofArticle(String text) {
        StringBuilder body = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.length() >= BODY_LINE_CHARS) {
                body.append(trimmed).append('\n');
            }
        }
        return of(body.length() >= MIN_BODY_CHARS ? body : text);
    }

    /** The SimHash of the text; 0 for a text shorter than one shingle. */
    public static long of(CharSequence text) {
        int[] weights = new int[64];
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!Character.isWhitespace(ch)) {
                compact.append(ch);
            }
        }
        if (compact.length() < SHINGLE) {
            return 0L;
        }
        for (int start = 0; start + SHINGLE <= compact.length(); start++) {
            long h = hash(compact, start, start + SHINGLE);
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += (((int) (h >>> bit)) & 1) * 2 - 1; // +1 for a set bit, -1 otherwise, without a branch
            }
        }
        long simhash = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                simhash |= 1L << bit;
            }
        }
        return simhash;
    }

    /** Number of differing bits. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** FNV-1a over the chars, then MurmurHash3's 64-bit finalizer so every output bit depends on every input bit. */
    private static long hash(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
