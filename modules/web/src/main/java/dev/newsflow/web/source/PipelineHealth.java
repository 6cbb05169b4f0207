package dev.newsflow.web.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How the pipeline is doing. A null number or an empty list means the source that knows it is not
 * connected: the dashboard shows "unknown" rather than a made-up zero.
 *
 * @param throughput pages (or records) per second through each stage
 * @param consumerLag records not yet consumed, per consumer group and topic
 * @param spamRate share of cleaned pages that were whole-page spam, in [0, 1]
 * @param duplicates near-duplicate articles dropped
 * @param deadLetters records currently held in the dead-letter topic
 * @param lastFetchPerSite when each site last answered a fetch successfully
 */
public record PipelineHealth(List<StageThroughput> throughput, List<ConsumerLag> consumerLag, Double spamRate,
        Long duplicates, Long deadLetters, List<SiteFetch> lastFetchPerSite) {

    public static final PipelineHealth UNKNOWN = new PipelineHealth(List.of(), List.of(), null, null, null, List.of());

    public PipelineHealth {
        throughput = List.copyOf(throughput);
        consumerLag = List.copyOf(consumerLag);
        lastFetchPerSite = List.copyOf(lastFetchPerSite);
    }

    /** This view completed with what another source knows: lists are joined, a known number wins over null. */
    public PipelineHealth merge(PipelineHealth other) {
        return new PipelineHealth(join(throughput, other.throughput), join(consumerLag, other.consumerLag),
                spamRate != null ? spamRate : other.spamRate,
                duplicates != null ? duplicates : other.duplicates,
                deadLetters != null ? deadLetters : other.deadLetters,
                join(lastFetchPerSite, other.lastFetchPerSite));
    }

    private static <T> List<T> join(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** @param stage stage name, e.g. crawl, clean, extract, sink */
    public record StageThroughput(String stage, double perSecond) {}

    /** @param lag records behind the end of the topic, summed over its partitions */
    public record ConsumerLag(String group, String topic, long lag) {}

    /** @param lastSuccess when the site last answered 200 to a fetch */
    public record SiteFetch(String site, Instant lastSuccess) {}
}
