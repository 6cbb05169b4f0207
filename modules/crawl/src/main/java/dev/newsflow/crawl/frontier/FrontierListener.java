package dev.newsflow.crawl.frontier;

import dev.newsflow.contracts.CrawlState;
import java.util.Collection;
import java.util.List;

/** What a {@link FrontierStore} tells the crawler while it is polled. */
public interface FrontierListener {

    /**
     * This instance now owns the partition (and so the hosts hashed to it). The records are the
     * partition's stored log from the beginning up to the moment of assignment, in order, possibly with
     * several records per URL where compaction has not run yet.
     */
    void onAssigned(int partition, List<CrawlState> log);

    /** These partitions, and their hosts, now belong to another instance. */
    void onRevoked(Collection<Integer> partitions);

    /** A record written to an owned partition after it was assigned, by this or another instance. */
    void onUpdate(int partition, CrawlState state);
}
