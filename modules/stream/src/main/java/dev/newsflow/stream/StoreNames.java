package dev.newsflow.stream;

/**
 * Names of the topology's state stores and internal topics. They are part of the deployed application's
 * identity: Streams derives changelog and repartition topic names from them, so renaming one loses its
 * state on upgrade. Add names; never change one.
 */
public final class StoreNames {

    private StoreNames() {}

    /** Band store of near-duplicate detection, one per band. */
    public static String dedupBand(int band) {
        return "dedup-band-" + band + "-store";
    }

    /** Repartition topic that brings one band's candidates together. */
    public static String dedupBandTopic(int band) {
        return "dedup-band-" + band;
    }

    public static final String ARTICLE_LEDGER = "article-ledger-store";
    public static final String ARTICLE_LEDGER_TOPIC = "article-ledger";

    public static final String EVENT_COUNTS_HOURLY = "event-counts-hourly";
    public static final String EVENT_COUNTS_DAILY = "event-counts-daily";
    public static final String EVENT_COUNTS_TOPIC = "event-counts-by-category-province";

    public static final String SITE_ACTIVITY_HOURLY = "site-activity-hourly";
    public static final String SITE_ACTIVITY_DAILY = "site-activity-daily";
    public static final String SITE_ACTIVITY_TOPIC = "site-activity-by-site";
}
