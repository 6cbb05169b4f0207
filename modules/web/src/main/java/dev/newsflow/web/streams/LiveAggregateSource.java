package dev.newsflow.web.streams;

import dev.newsflow.stream.aggregate.EventCount;
import dev.newsflow.stream.aggregate.Granularity;
import dev.newsflow.stream.aggregate.LiveAggregates;
import dev.newsflow.stream.aggregate.SiteCount;
import dev.newsflow.web.source.AggregateSource;
import dev.newsflow.web.source.EventAggregates;
import dev.newsflow.web.source.EventAggregates.DailyCount;
import dev.newsflow.web.source.PipelineHealth;
import dev.newsflow.web.source.PipelineHealth.StageThroughput;
import dev.newsflow.web.source.PipelineHealthSource;
import dev.newsflow.web.source.SourceUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * The Streams application's live aggregates, read through Interactive Queries, for the charts (events per
 * category and per province, per day of arrival) and for the pipeline's health over the last hour (pages
 * read per second, share of spam, near-duplicates). Answers for the partitions this process hosts, which
 * is all of them when one instance runs (as in {@code run}). While the stores are not queryable (start-up,
 * rebalancing) the source is unavailable rather than empty.
 */
public final class LiveAggregateSource implements AggregateSource, PipelineHealthSource {

    static final String NAME = "live aggregates";
    static final Duration CHART_SPAN = Duration.ofDays(30);
    static final Duration HEALTH_SPAN = Duration.ofHours(1);

    private final LiveAggregates aggregates;
    private final Clock clock;

    public LiveAggregateSource(LiveAggregates aggregates) {
        this(aggregates, Clock.systemUTC());
    }

    LiveAggregateSource(LiveAggregates aggregates, Clock clock) {
        this.aggregates = aggregates;
        this.clock = clock;
    }

    @Override
    public EventAggregates aggregates() {
        try {
            return readAggregates();
        } catch (InvalidStateStoreException e) {
            throw new SourceUnavailableException(NAME, e);
        }
    }

    private EventAggregates readAggregates() {
        Instant now = clock.instant();
        Map<String, Map<LocalDate, Long>> perCategory = new TreeMap<>();
        Map<String, Map<LocalDate, Long>> perProvince = new TreeMap<>();
        for (EventCount count : aggregates.eventCounts(Granularity.DAY, now.minus(CHART_SPAN), now)) {
            LocalDate day = count.windowStart().atOffset(ZoneOffset.UTC).toLocalDate();
            perCategory.computeIfAbsent(count.category(), k -> new TreeMap<>()).merge(day, count.count(), Long::sum);
            perProvince.computeIfAbsent(count.province(), k -> new TreeMap<>()).merge(day, count.count(), Long::sum);
        }
        return new EventAggregates(flatten(perCategory), flatten(perProvince), now);
    }

    /**
     * Over the hourly windows that started in the last hour: raw pages read per second (the window's pages
     * over the time it has covered so far), the share of them quarantined as spam, and near-duplicates.
     */
    @Override
    public PipelineHealth health() {
        try {
            return readHealth();
        } catch (InvalidStateStoreException e) {
            throw new SourceUnavailableException(NAME, e);
        }
    }

    private PipelineHealth readHealth() {
        Instant now = clock.instant();
        long pages = 0;
        long spam = 0;
        long duplicates = 0;
        Instant earliest = now;
        for (SiteCount count : aggregates.siteCounts(Granularity.HOUR, now.minus(HEALTH_SPAN), now)) {
            pages += count.pages();
            spam += count.spam();
            duplicates += count.duplicates();
            if (count.windowStart().isBefore(earliest)) {
                earliest = count.windowStart();
            }
        }
        long seconds = Math.max(1, Duration.between(earliest, now).toSeconds());
        List<StageThroughput> throughput = pages == 0 ? List.of()
                : List.of(new StageThroughput("stream: raw pages read", (double) pages / seconds));
        return new PipelineHealth(throughput, List.of(), pages == 0 ? null : (double) spam / pages, duplicates, null,
                List.of());
    }

    private static List<DailyCount> flatten(Map<String, Map<LocalDate, Long>> counts) {
        List<DailyCount> flat = new ArrayList<>();
        counts.forEach((key, days) -> days.forEach((day, count) -> flat.add(new DailyCount(key, day, count))));
        return flat;
    }
}
