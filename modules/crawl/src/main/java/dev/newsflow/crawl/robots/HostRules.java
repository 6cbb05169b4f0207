package dev.newsflow.crawl.robots;

import crawlercommons.robots.BaseRobotRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The robots.txt verdict for one scheme://host:port, as cached.
 *
 * @param rules     parsed rules (crawler-commons), or the allow-all / disallow-all rules a failed fetch implies
 * @param fetchedAt when robots.txt was read
 * @param expiresAt when it must be read again
 * @param origin    how the rules were obtained, for operators: "200", "404 (allow all)", "timeout (disallow all)"...
 * @param addressRefusal why the address guard refused the origin itself, or null: then nothing on it is fetched
 */
public record HostRules(BaseRobotRules rules, Instant fetchedAt, Instant expiresAt, String origin,
                        String addressRefusal) {

    public boolean isAllowed(String url) {
        return rules.isAllowed(url);
    }

    /** The Crawl-delay the site asks for, when it names one. */
    public Optional<Duration> crawlDelay() {
        long millis = rules.getCrawlDelay();
        return millis > 0 ? Optional.of(Duration.ofMillis(millis)) : Optional.empty();
    }

    public List<String> sitemaps() {
        return List.copyOf(rules.getSitemaps());
    }
}
