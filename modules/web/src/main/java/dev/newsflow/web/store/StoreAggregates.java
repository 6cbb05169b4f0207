package dev.newsflow.web.store;

import dev.newsflow.sink.query.NewsStore;
import dev.newsflow.sink.query.Stats;
import dev.newsflow.sink.query.StoreQueryException;
import dev.newsflow.web.source.AggregateSource;
import dev.newsflow.web.source.EventAggregates;
import dev.newsflow.web.source.EventAggregates.DailyCount;
import dev.newsflow.web.source.SourceUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Daily event counts from the store, for a dashboard that runs without the Streams application in its
 * process ({@code serve} on its own): the last {@value #DAYS} event dates that have events, counted per
 * category and per province. Counts are re-read at most every {@link #REFRESH} however many browsers poll,
 * since each read is one query per day. Where the Streams application runs in the same process
 * ({@code run}), its Interactive Queries are the live source instead.
 */
public final class StoreAggregates implements AggregateSource {

    static final int DAYS = 30;
    static final Duration REFRESH = Duration.ofSeconds(10);

    private record Snapshot(EventAggregates aggregates, Instant readAt) {}

    private final NewsStore store;
    private final Clock clock;
    private volatile Snapshot last;

    public StoreAggregates(NewsStore store) {
        this(store, Clock.systemUTC());
    }

    StoreAggregates(NewsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public EventAggregates aggregates() {
        Snapshot snapshot = last;
        Instant now = clock.instant();
        if (snapshot == null || snapshot.readAt().plus(REFRESH).isBefore(now)) {
            try {
                snapshot = new Snapshot(read(now), now);
            } catch (StoreQueryException e) {
                throw new SourceUnavailableException(StoreSources.NAME, e);
            }
            last = snapshot;
        }
        return snapshot.aggregates();
    }

    private EventAggregates read(Instant now) {
        List<Stats.DayCount> days = store.stats(null, null).eventsPerDay();
        List<DailyCount> perCategory = new ArrayList<>();
        List<DailyCount> perProvince = new ArrayList<>();
        for (Stats.DayCount day : days.subList(Math.max(0, days.size() - DAYS), days.size())) {
            LocalDate date = day.day();
            Stats stats = store.stats(date, date);
            for (Stats.Count count : stats.eventsPerCategory()) {
                perCategory.add(new DailyCount(count.key(), date, count.count()));
            }
            for (Stats.ProvinceCount count : stats.eventsPerProvince()) {
                String key = count.province() != null ? count.province() : count.provinceCode();
                perProvince.add(new DailyCount(key, date, count.count()));
            }
        }
        return new EventAggregates(perCategory, perProvince, now);
    }
}
