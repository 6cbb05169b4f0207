package dev.newsflow.crawl.kafka;

/**
 * Topic names the crawler uses, until the project-wide registry in {@code newsflow-kafka} replaces them.
 * {@code crawl-state} must be created with {@code cleanup.policy=compact}.
 */
public final class CrawlTopics {

    public static final String RAW_PAGES = "raw-pages";
    public static final String CRAWL_STATE = "crawl-state";

    private CrawlTopics() {}
}
