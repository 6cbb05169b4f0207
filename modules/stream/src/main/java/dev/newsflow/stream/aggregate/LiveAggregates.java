package dev.newsflow.stream.aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.StreamsMetadata;

/**
 * Read side of the operations aggregates, over Interactive Queries: plain records for the dashboard.
 * Each instance answers for the partitions it hosts; {@link #instances()} lists every instance's
 * {@code application.server} so that a dashboard can ask them all.
 */
public final class LiveAggregates {

    private final WindowStores stores;
    private final KafkaStreams streams;

    public LiveAggregates(KafkaStreams streams) {
        this.streams = streams;
        this.stores = new WindowStores() {
            @Override
            public ReadOnlyWindowStore<String, Long> store(String name) {
                return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, Long>windowStore()));
            }
        };
    }

    /** For callers that hold the stores directly (e.g. a test driver). */
    public LiveAggregates(WindowStores stores) {
        this.streams = null;
        this.stores = stores;
    }

    /** Access to the named window stores. */
    @FunctionalInterface
    public interface WindowStores {
        ReadOnlyWindowStore<String, Long> store(String name);
    }

    /** Event counts per category × province for windows starting within [from, to], oldest first. */
    public List<EventCount> eventCounts(Granularity granularity, Instant from, Instant to) {
        List<EventCount> counts = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, Long> it = stores.store(granularity.eventStore()).fetchAll(from, to)) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, Long> next = it.next();
                String[] parts = ActivityKeys.split(next.key.key());
                counts.add(new EventCount(parts[0], parts[1], next.key.window().startTime(), next.value));
            }
        }
        counts.sort(Comparator.comparing(EventCount::windowStart).thenComparing(EventCount::category)
                .thenComparing(EventCount::province));
        return counts;
    }

    /** Per-site counters for windows starting within [from, to], oldest first, then by site. */
    public List<SiteCount> siteCounts(Granularity granularity, Instant from, Instant to) {
        Map<String, long[]> bySiteWindow = new TreeMap<>();
        Map<String, Instant> windowOf = new TreeMap<>();
        Map<String, String> siteOf = new TreeMap<>();
        try (KeyValueIterator<Windowed<String>, Long> it = stores.store(granularity.siteStore()).fetchAll(from, to)) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, Long> next = it.next();
                String[] parts = ActivityKeys.split(next.key.key());
                SiteActivity kind;
                try {
                    kind = SiteActivity.valueOf(parts[1]);
                } catch (IllegalArgumentException e) {
                    continue; // a counter added by a newer release
                }
                Instant start = next.key.window().startTime();
                String id = start.toEpochMilli() + "\u0000" + parts[0];
                bySiteWindow.computeIfAbsent(id, k -> new long[SiteActivity.values().length])[kind.ordinal()] += next.value;
                windowOf.put(id, start);
                siteOf.put(id, parts[0]);
            }
        }
        List<SiteCount> counts = new ArrayList<>();
        for (Map.Entry<String, long[]> e : bySiteWindow.entrySet()) {
            long[] c = e.getValue();
            counts.add(new SiteCount(siteOf.get(e.getKey()), windowOf.get(e.getKey()), c[SiteActivity.PAGES.ordinal()],
                    c[SiteActivity.SPAM.ordinal()], c[SiteActivity.DUPLICATES.ordinal()],
                    c[SiteActivity.DEAD_LETTERS.ordinal()]));
        }
        counts.sort(Comparator.comparing(SiteCount::windowStart).thenComparing(SiteCount::site));
        return counts;
    }

    /** {@code host:port} of every instance of the application ({@code application.server}); empty when unset. */
    public List<String> instances() {
        List<String> hosts = new ArrayList<>();
        if (streams != null) {
            for (StreamsMetadata metadata : streams.metadataForAllStreamsClients()) {
                hosts.add(metadata.host() + ":" + metadata.port());
            }
        }
        return hosts;
    }
}
