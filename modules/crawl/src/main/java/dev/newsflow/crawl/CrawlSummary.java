package dev.newsflow.crawl;

/**
 * What one run did.
 *
 * @param urls    URLs dealt with (fetched, refused or failed)
 * @param answered URLs that got an HTTP answer
 * @param refused URLs not fetched because robots.txt or the address guard forbade them
 * @param failed  URLs whose fetch failed or answered with an error status
 */
public record CrawlSummary(long urls, long answered, long refused, long failed) {}
