package dev.newsflow.crawl.frontier;

import dev.newsflow.contracts.CrawlState;
import java.time.Duration;
import java.util.List;

/**
 * A frontier kept only in the crawler's memory, for the dry run: one crawl pass that an operator runs to
 * check a site configuration, which must not touch Kafka nor leave state behind. It owns every host
 * (a single partition) and forgets everything when the run ends; a real crawl uses the Kafka store.
 */
public final class EphemeralFrontierStore implements FrontierStore {

    private boolean assigned;

    @Override
    public void poll(Duration maxWait, FrontierListener listener) {
        if (!assigned) {
            assigned = true;
            listener.onAssigned(0, List.of());
        }
    }

    @Override
    public void save(CrawlState state) {
        // nothing outlives the run: the crawler's in-memory frontier is the whole state
    }

    @Override
    public void flush() {
        // nothing to flush
    }

    @Override
    public int partitionOf(String url) {
        return 0;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
