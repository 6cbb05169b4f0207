package dev.newsflow.web.pipeline;

import dev.newsflow.contracts.CrawlState;
import dev.newsflow.contracts.UrlStatus;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.Topics;
import dev.newsflow.web.live.TopicFollower;
import dev.newsflow.web.source.PipelineHealth;
import dev.newsflow.web.source.PipelineHealth.SiteFetch;
import dev.newsflow.web.source.PipelineHealthSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each site last answered a fetch successfully, from the crawler's frontier (the compacted
 * {@code crawl-state} topic, read from its beginning and then followed). A fetch counts as successful when
 * the URL's state is FETCHED with a 2xx or 304 answer. Sites are the operators' site entries, or the host
 * for ad-hoc crawls. Memory is one entry per site, however many URLs the frontier holds.
 */
public final class SiteFetchTracker implements PipelineHealthSource, AutoCloseable {

    private final Map<String, Instant> lastSuccess = new ConcurrentHashMap<>();
    private final TopicFollower<CrawlState> follower;

    /**
     * @param groupId this process's own consumer group for the topic
     */
    public SiteFetchTracker(KafkaSettings settings, String groupId, MeterRegistry registry) {
        this.follower = new TopicFollower<>(settings, Topics.CRAWL_STATE, groupId, TopicFollower.Start.BEGINNING,
                this::record, registry);
    }

    public SiteFetchTracker start() {
        follower.start();
        return this;
    }

    void record(CrawlState state) {
        Integer status = state.getLastStatus();
        Instant fetchedAt = state.getLastFetchedAt();
        boolean answered = status != null && (status / 100 == 2 || status == 304);
        if (state.getStatus() != UrlStatus.FETCHED || !answered || fetchedAt == null) {
            return;
        }
        String site = state.getSite() != null && !state.getSite().isBlank() ? state.getSite() : state.getHost();
        lastSuccess.merge(site, fetchedAt, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Sites whose last success is oldest first: the ones an operator should look at. */
    @Override
    public PipelineHealth health() {
        List<SiteFetch> sites = lastSuccess.entrySet().stream()
                .map(e -> new SiteFetch(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(SiteFetch::lastSuccess).thenComparing(SiteFetch::site))
                .toList();
        return new PipelineHealth(List.of(), List.of(), null, null, null, sites);
    }

    @Override
    public void close() {
        follower.close();
    }
}
