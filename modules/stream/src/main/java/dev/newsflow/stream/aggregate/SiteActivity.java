package dev.newsflow.stream.aggregate;

/** What the per-site counters count. */
public enum SiteActivity {
    /** Every record read from raw-pages for the site, whatever became of it. */
    PAGES,
    /** Pages quarantined as spam. */
    SPAM,
    /** Articles linked to an earlier canonical copy. */
    DUPLICATES,
    /** Dead letters written for the site by any component. */
    DEAD_LETTERS
}
