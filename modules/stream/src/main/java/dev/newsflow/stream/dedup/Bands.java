package dev.newsflow.stream.dedup;

/**
 * Banding of a 64-bit SimHash for near-duplicate candidates: the hash is cut into {@link #COUNT} bands of
 * 16 bits. Two hashes within Hamming distance {@link #MAX_DISTANCE} = 3 differ in at most three bands, so
 * (pigeonhole) they agree exactly on at least one: keying a record by "band i = value" makes every pair of
 * near-duplicates meet on one partition, in one band's state store.
 */
public final class Bands {

    public static final int COUNT = 4;
    public static final int MAX_DISTANCE = 3;
    private static final int WIDTH = 64 / COUNT;

    private Bands() {}

    /** The repartition key of a hash in one band, e.g. {@code 2:9f3a}. */
    public static String key(int band, long simhash) {
        if (band < 0 || band >= COUNT) {
            throw new IllegalArgumentException("band " + band + " out of 0.." + (COUNT - 1));
        }
        long value = (simhash >>> (band * WIDTH)) & ((1L << WIDTH) - 1);
        return band + ":" + String.format("%04x", value);
    }
}
