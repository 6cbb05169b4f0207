package dev.newsflow.crawl.frontier;

import dev.newsflow.contracts.CrawlState;
import java.time.Duration;

/**
 * Where the frontier is kept between runs and shared between instances: in production the compacted
 * {@code crawl-state} topic (see {@code dev.newsflow.crawl.kafka.KafkaFrontierStore}), keyed by URL and
 * partitioned by host, read by a consumer group so that each host belongs to exactly one instance.
 *
 * <p>{@link #poll} is called from the crawler's scheduling thread only; {@link #save} and
 * {@link #partitionOf} from any thread.
 */
public interface FrontierStore extends AutoCloseable {

    /**
     * Delivers ownership changes and new records to the listener, waiting at most {@code maxWait} for them.
     *
     * @throws FrontierStoreException when states saved earlier could not be stored
     */
    void poll(Duration maxWait, FrontierListener listener) throws InterruptedException;

    /**
     * Stores the state of one URL (the newest state of a URL wins). May return before the state is stored;
     * a state that cannot be stored is reported by a later call.
     *
     * @throws FrontierStoreException when the store has failed for good
     */
    void save(CrawlState state);

    /**
     * Waits until everything saved so far is stored.
     *
     * @throws FrontierStoreException when some of it could not be stored
     */
    void flush();

    /** The partition, and so the owning instance, of the URL's host. */
    int partitionOf(String url);

    @Override
    void close();
}
