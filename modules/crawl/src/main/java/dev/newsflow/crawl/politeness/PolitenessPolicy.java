package dev.newsflow.crawl.politeness;

import java.time.Duration;
import java.util.Optional;

/**
 * How long a host rests between two requests: the configured delay, or the site's robots.txt Crawl-delay
 * when that is longer, but never more than the cap (a site asking for an hour between pages would
 * otherwise never be crawled).
 */
public record PolitenessPolicy(Duration defaultDelay, Duration maxCrawlDelay) {

    public PolitenessPolicy {
        if (defaultDelay.isNegative() || maxCrawlDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
    }

    public Duration delayFor(Optional<Duration> crawlDelay) {
        Duration asked = crawlDelay.orElse(Duration.ZERO);
        Duration capped = asked.compareTo(maxCrawlDelay) > 0 ? maxCrawlDelay : asked;
        return capped.compareTo(defaultDelay) > 0 ? capped : defaultDelay;
    }
}
