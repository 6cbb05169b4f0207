package dev.newsflow.crawl;

/**
 * One URL the crawler dealt with, as reported to operators (one JSON line per event in a dry run).
 *
 * @param url      the URL as queued (normalized)
 * @param finalUrl the URL that answered after redirects; null when none did
 * @param status   HTTP status of the final answer; 0 when there was none
 * @param bytes    body bytes kept
 * @param charset  charset declared by Content-Type, or null
 * @param source   how the URL was found: seed, feed, sitemap, link, robots
 * @param kind     what the body turned out to be: html, feed, sitemap, other; null without a body
 * @param truncated whether the body was cut at the size cap
 * @param refused  why the crawler did not fetch it (robots.txt, address guard), or null
 * @param error    why fetching failed, or null
 * @param discovered URLs newly queued from this one
 */
public record CrawlEvent(
        String url,
        String finalUrl,
        int status,
        long bytes,
        String charset,
        String source,
        String kind,
        boolean truncated,
        String refused,
        String error,
        int discovered) {}
