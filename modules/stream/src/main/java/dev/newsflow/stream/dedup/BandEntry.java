package dev.newsflow.stream.dedup;

import org.apache.kafka.common.serialization.Serde;

/**
 * What a band's state store remembers of an article that may be the canonical copy of later ones.
 *
 * @param articleId the article's id
 * @param simhash its SimHash
 */
public record BandEntry(String articleId, long simhash) {

    /** Serde for the band store's values (internal state, not a contract: a fixed binary layout). */
    public static Serde<BandEntry> serde() {
        return BinarySerde.of("band entry", 64, (out, entry) -> {
            out.writeLong(entry.simhash);
            out.writeUTF(entry.articleId);
        }, in -> {
            long simhash = in.readLong();
            return new BandEntry(in.readUTF(), simhash);
        });
    }
}
