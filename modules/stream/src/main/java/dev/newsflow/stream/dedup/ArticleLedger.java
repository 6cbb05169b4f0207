package dev.newsflow.stream.dedup;

import dev.newsflow.contracts.Article;
import dev.newsflow.stream.quarantine.QuarantineArchive;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Publishes canonical articles and records their duplicates' URLs as mentions. Input is keyed by the
 * canonical article's id: a canonical draft (publish it, with any mentions already known) or a duplicate
 * (add its URL to the canonical article's mentions and publish the article again; the compacted
 * {@code articles} topic keeps the latest). Entries live for the duplicate-detection window, which bounds
 * the store: a page outside the window can no longer be linked anyway.
 */
public final class ArticleLedger implements Processor<String, ArticleDraft, String, Article> {

    private final String storeName;
    private final long windowMs;
    private ProcessorContext<String, Article> context;
    private WindowStore<String, LedgerEntry> store;

    public ArticleLedger(String storeName, Duration window) {
        this.storeName = storeName;
        this.windowMs = window.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, Article> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, ArticleDraft> record) {
        String canonicalId = record.key();
        Article incoming = record.value().article();
        LedgerEntry entry = latest(canonicalId, record.timestamp());
        long firstSeen = entry == null ? record.timestamp() : entry.firstSeen();
        if (record.value().isDuplicate()) {
            String url = incoming.getUrl();
            if (entry == null || entry.article() == null) {
                List<String> pending = new ArrayList<>(entry == null ? List.of() : entry.pendingMentions());
                if (!pending.contains(url)) {
                    pending.add(url);
                }
                store.put(canonicalId, new LedgerEntry(null, pending, firstSeen), firstSeen);
                return;
            }
            Article canonical = entry.article();
            if (url.equals(canonical.getUrl()) || canonical.getMentions().contains(url)) {
                return; // already recorded (e.g. a refetch of the same duplicate)
            }
            Article updated = withMentions(canonical, List.of(url));
            store.put(canonicalId, new LedgerEntry(updated, List.of(), firstSeen), firstSeen);
            // The update is the canonical article's: a duplicate's release from quarantine is not its provenance.
            Headers headers = new RecordHeaders(record.headers().toArray());
            headers.remove(QuarantineArchive.RELEASED_FROM_HEADER);
            context.forward(record.withValue(updated).withHeaders(headers));
            return;
        }
        List<String> known = new ArrayList<>();
        if (entry != null) {
            known.addAll(entry.pendingMentions());
            if (entry.article() != null) {
                known.addAll(entry.article().getMentions()); // a refetch keeps what was already linked
            }
        }
        Article published = withMentions(incoming, known);
        store.put(canonicalId, new LedgerEntry(published, List.of(), firstSeen), firstSeen);
        context.forward(record.withValue(published));
    }

    private LedgerEntry latest(String id, long ts) {
        LedgerEntry latest = null;
        try (WindowStoreIterator<LedgerEntry> entries = store.fetch(id, Math.max(0, ts - windowMs), ts + windowMs)) {
            while (entries.hasNext()) {
                KeyValue<Long, LedgerEntry> next = entries.next();
                latest = next.value;
            }
        }
        return latest;
    }

    private static Article withMentions(Article article, List<String> more) {
        if (more.isEmpty()) {
            return article;
        }
        Set<String> mentions = new LinkedHashSet<>(article.getMentions());
        for (String url : more) {
            if (!url.equals(article.getUrl())) {
                mentions.add(url);
            }
        }
        return Article.newBuilder(article).setMentions(new ArrayList<>(mentions)).build();
    }
}
