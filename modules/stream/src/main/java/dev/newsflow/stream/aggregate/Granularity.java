package dev.newsflow.stream.aggregate;

import dev.newsflow.stream.StoreNames;
import java.time.Duration;

/** The windows the live aggregates are kept in. */
public enum Granularity {
    HOUR(Duration.ofHours(1), Duration.ofDays(7), StoreNames.EVENT_COUNTS_HOURLY, StoreNames.SITE_ACTIVITY_HOURLY),
    DAY(Duration.ofDays(1), Duration.ofDays(400), StoreNames.EVENT_COUNTS_DAILY, StoreNames.SITE_ACTIVITY_DAILY);

    /** Late records (by record timestamp) still counted in their window. */
    public static final Duration GRACE = Duration.ofHours(1);

    private final Duration size;
    private final Duration retention;
    private final String eventStore;
    private final String siteStore;

    Granularity(Duration size, Duration retention, String eventStore, String siteStore) {
        this.size = size;
        this.retention = retention;
        this.eventStore = eventStore;
        this.siteStore = siteStore;
    }

    public Duration size() {
        return size;
    }

    /** How long windows stay queryable. */
    public Duration retention() {
        return retention;
    }

    public String eventStore() {
        return eventStore;
    }

    public String siteStore() {
        return siteStore;
    }
}
