package dev.newsflow.stream.dedup;

import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * One band of near-duplicate detection. Records arrive keyed by their band key ({@link Bands#key}), so every
 * article that shares this band value with another is on this partition. An article within
 * {@link Bands#MAX_DISTANCE} bits of one already remembered here (inside the window) is linked to it;
 * otherwise it is remembered as a possible canonical copy. An article already linked by an earlier band is
 * never remembered: that is what keeps two articles from being declared duplicates of each other.
 */
public final class NearDuplicateBand implements FixedKeyProcessor<String, ArticleDraft, ArticleDraft> {

    private final String storeName;
    private final long windowMs;
    private FixedKeyProcessorContext<String, ArticleDraft> context;
    private WindowStore<String, BandEntry> store;

    public NearDuplicateBand(String storeName, Duration window) {
        this.storeName = storeName;
        this.windowMs = window.toMillis();
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ArticleDraft> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, ArticleDraft> record) {
        ArticleDraft draft = record.value();
        if (draft.isDuplicate()) {
            context.forward(record);
            return;
        }
        String articleId = draft.articleId();
        long simhash = draft.simhash();
        long ts = record.timestamp();
        String canonical = null;
        // First match in time order: the earliest remembered copy is the canonical one.
        try (WindowStoreIterator<BandEntry> seen = store.fetch(record.key(), Math.max(0, ts - windowMs), ts + windowMs)) {
            while (seen.hasNext()) {
                BandEntry entry = seen.next().value;
                if (!entry.articleId().equals(articleId) && SimHash.distance(entry.simhash(), simhash) <= Bands.MAX_DISTANCE) {
                    canonical = entry.articleId();
                    break;
                }
            }
        }
        if (canonical != null) {
            context.forward(record.withValue(draft.duplicateOf(canonical)));
        } else {
            store.put(record.key(), new BandEntry(articleId, simhash), ts);
            context.forward(record);
        }
    }
}
