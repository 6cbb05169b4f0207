package dev.newsflow.crawl.site;

import dev.newsflow.crawl.fetch.FetchSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Crawler-wide settings (the {@code crawler:} section of the site file).
 *
 * @param fetch           how single URLs are fetched (User-Agent, timeouts, redirects, size cap, retries)
 * @param robotsAgent     product token matched against robots.txt User-agent lines
 * @param robotsTtl       how long a robots.txt is trusted
 * @param politenessDelay rest between two requests to one host
 * @param maxCrawlDelay   cap on a robots.txt Crawl-delay
 * @param maxConcurrency  requests in flight at once, all hosts together
 * @param maxAttempts     rounds a failing URL is tried (each round with inline retries) before giving up
 * @param retryDelay      first wait before another round for a failed URL; doubled each round
 * @param ssrfGuard       whether the address guard is on (it is unless explicitly switched off)
 * @param allowHosts      hosts or address literals the guard lets through all the same
 */
public record CrawlSettings(
        FetchSettings fetch,
        String robotsAgent,
        Duration robotsTtl,
        Duration politenessDelay,
        Duration maxCrawlDelay,
        int maxConcurrency,
        int maxAttempts,
        Duration retryDelay,
        boolean ssrfGuard,
        Set<String> allowHosts) {

    public CrawlSettings {
        Objects.requireNonNull(fetch, "fetch");
        allowHosts = Set.copyOf(allowHosts);
        if (maxConcurrency < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("maxConcurrency and maxAttempts must be >= 1");
        }
        if (robotsAgent == null || robotsAgent.isBlank()) {
            robotsAgent = agentToken(fetch.userAgent());
        }
    }

    public static CrawlSettings defaults() {
        return new CrawlSettings(FetchSettings.defaults(), null, Duration.ofHours(24), Duration.ofSeconds(3),
                Duration.ofSeconds(30), 8, 3, Duration.ofMinutes(5), true, Set.of());
    }

    public CrawlSettings withAllowHosts(Set<String> hosts) {
        return new CrawlSettings(fetch, robotsAgent, robotsTtl, politenessDelay, maxCrawlDelay, maxConcurrency,
                maxAttempts, retryDelay, ssrfGuard, hosts);
    }

    public CrawlSettings withPolitenessDelay(Duration delay) {
        return new CrawlSettings(fetch, robotsAgent, robotsTtl, delay, maxCrawlDelay, maxConcurrency,
                maxAttempts, retryDelay, ssrfGuard, allowHosts);
    }

    public CrawlSettings withFetch(FetchSettings newFetch) {
        return new CrawlSettings(newFetch, robotsAgent, robotsTtl, politenessDelay, maxCrawlDelay, maxConcurrency,
                maxAttempts, retryDelay, ssrfGuard, allowHosts);
    }

    /** "newsflow-crawler/0.1 (+...)" → "newsflow-crawler": the token robots.txt groups are matched against. */
    static String agentToken(String userAgent) {
        String token = userAgent.trim().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }
}
