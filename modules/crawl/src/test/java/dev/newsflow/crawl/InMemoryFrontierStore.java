package dev.newsflow.crawl;

import dev.newsflow.contracts.CrawlState;
import dev.newsflow.crawl.frontier.FrontierListener;
import dev.newsflow.crawl.frontier.FrontierStore;
import dev.newsflow.crawl.kafka.HostPartitioner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Test-only stand-in for the crawl-state topic, used to test the scheduling logic without a broker: an
 * append-only log per partition shared by the crawler instances of a test ({@link Log}), partitioned by host
 * like the Kafka store, and a store per instance that owns a fixed set of partitions. The real-broker
 * version of these tests belongs to the integration suite.
 */
final class InMemoryFrontierStore implements FrontierStore {

    /** The "topic": survives crawler instances, like a broker would. */
    static final class Log {
        private final List<List<CrawlState>> partitions = new ArrayList<>();

        Log(int partitionCount) {
            for (int i = 0; i < partitionCount; i++) {
                partitions.add(new ArrayList<>());
            }
        }

        synchronized void append(CrawlState state) {
            partitions.get(HostPartitioner.partitionFor(state.getUrl(), partitions.size())).add(state);
        }

        synchronized List<CrawlState> read(int partition, int from) {
            List<CrawlState> records = partitions.get(partition);
            return List.copyOf(records.subList(Math.min(from, records.size()), records.size()));
        }

        int partitionCount() {
            return partitions.size();
        }

        synchronized List<CrawlState> all() {
            List<CrawlState> all = new ArrayList<>();
            partitions.forEach(all::addAll);
            return all;
        }
    }

    private final Log log;
    private final Set<Integer> owned;
    private final int[] positions;
    private boolean assigned;
    private volatile Set<Integer> toRevoke = Set.of();
    private volatile Runnable afterRevoke = () -> { };

    InMemoryFrontierStore(Log log, Set<Integer> owned) {
        this.log = log;
        this.owned = new HashSet<>(owned);
        this.positions = new int[log.partitionCount()];
    }

    /**
     * Takes partitions away on the next poll, as a rebalance would, and runs the check once the crawler's
     * {@code onRevoked} has returned (the moment the partitions' next owner could start reading them).
     */
    void revokeOnNextPoll(Set<Integer> partitions, Runnable thenCheck) {
        this.afterRevoke = thenCheck;
        this.toRevoke = Set.copyOf(partitions);
    }

    @Override
    public void poll(Duration maxWait, FrontierListener listener) {
        Set<Integer> revoking = toRevoke;
        if (!revoking.isEmpty()) {
            toRevoke = Set.of();
            owned.removeAll(revoking);
            listener.onRevoked(revoking);
            afterRevoke.run();
        }
        for (int partition : owned) {
            List<CrawlState> records = log.read(partition, positions[partition]);
            positions[partition] += records.size();
            if (!assigned) {
                listener.onAssigned(partition, records);
            } else {
                records.forEach(record -> listener.onUpdate(partition, record));
            }
        }
        assigned = true;
    }

    @Override
    public void save(CrawlState state) {
        log.append(state);
    }

    @Override
    public void flush() {
        // appends are immediate
    }

    @Override
    public int partitionOf(String url) {
        return HostPartitioner.partitionFor(url, log.partitionCount());
    }

    @Override
    public void close() {
        // the log outlives the store, as a topic outlives its clients
    }
}
