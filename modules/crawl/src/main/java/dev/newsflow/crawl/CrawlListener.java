package dev.newsflow.crawl;

/** Told about every URL the crawler dealt with; called from fetch threads. */
@FunctionalInterface
public interface CrawlListener {

    void onEvent(CrawlEvent event);

    CrawlListener NONE = event -> { };
}
