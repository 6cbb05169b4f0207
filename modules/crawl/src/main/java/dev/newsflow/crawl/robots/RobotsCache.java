package dev.newsflow.crawl.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.newsflow.crawl.fetch.FetchFailure;
import dev.newsflow.crawl.fetch.FetchResult;
import dev.newsflow.crawl.fetch.HttpFetcher;
import dev.newsflow.crawl.fetch.Validators;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * robots.txt per RFC 9309, read through the same guarded fetcher as pages and cached per origin.
 * Parsing is crawler-commons'. A missing robots.txt (4xx) allows everything; an unreachable one (5xx,
 * network failure, timeout) disallows everything until it is read again, sooner than a good answer.
 *
 * <p>Callers fetch a host's robots.txt from inside that host's politeness slot, so no two threads read the
 * same robots.txt at once in practice; if they did, both answers would be equal and the last one kept.
 */
public final class RobotsCache {

    /** Unreachable robots.txt is retried sooner than a good one is refreshed. */
    private static final Duration FAILURE_TTL = Duration.ofMinutes(10);

    private final HttpFetcher fetcher;
    private final List<String> agentNames;
    private final Duration ttl;
    private final Clock clock;
    private final SimpleRobotRulesParser parser;
    private final ConcurrentMap<String, HostRules> cache = new ConcurrentHashMap<>();

    /**
     * @param robotsAgent the product token matched against User-agent lines (e.g. "newsflow")
     * @param ttl         how long a robots.txt is trusted
     */
    public RobotsCache(HttpFetcher fetcher, String robotsAgent, Duration ttl, Clock clock) {
        this.fetcher = fetcher;
        this.agentNames = List.of(robotsAgent.toLowerCase(Locale.ROOT));
        this.ttl = ttl;
        this.clock = clock;
        this.parser = new SimpleRobotRulesParser();
        // crawler-commons turns a Crawl-delay above its maximum into "disallow all"; the politeness policy
        // caps the delay instead, so accept any delay here.
        this.parser.setMaxCrawlDelay(Long.MAX_VALUE);
    }

    /** The rules governing the URL's origin, fetching robots.txt when not cached or expired. */
    public Lookup rulesFor(URI url) throws InterruptedException {
        String origin = origin(url);
        Instant now = clock.instant();
        HostRules cached = cache.get(origin);
        if (cached != null && now.isBefore(cached.expiresAt())) {
            return new Lookup(cached, false);
        }
        HostRules fresh = fetch(URI.create(origin + "/robots.txt"), now);
        cache.put(origin, fresh);
        return new Lookup(fresh, true);
    }

    /**
     * Rules and whether they were just read (so a caller can act on a fresh robots.txt once, e.g. to
     * enqueue the sitemaps it declares).
     */
    public record Lookup(HostRules rules, boolean freshlyFetched) {}

    private HostRules fetch(URI robotsUrl, Instant now) throws InterruptedException {
        FetchResult result = fetcher.fetch(robotsUrl, Validators.NONE);
        BaseRobotRules rules;
        String origin;
        Duration lifetime = ttl;
        String addressRefusal = null;
        if (result.failure() == FetchFailure.REFUSED_ADDRESS) {
            rules = parser.failedFetch(503);
            origin = "address refused (disallow all)";
            addressRefusal = result.failureDetail();
            lifetime = min(ttl, FAILURE_TTL);
        } else if (!result.answered()) {
            rules = parser.failedFetch(503);
            origin = result.problem() + " (disallow all)";
            lifetime = min(ttl, FAILURE_TTL);
        } else if (result.isSuccess()) {
            rules = parser.parseContent(robotsUrl.toString(), result.body(),
                    result.contentType() == null ? "text/plain" : result.contentType(), agentNames);
            origin = String.valueOf(result.status());
        } else {
            rules = parser.failedFetch(result.status());
            origin = result.status() + (rules.isAllowNone() ? " (disallow all)" : " (allow all)");
            if (rules.isAllowNone()) {
                lifetime = min(ttl, FAILURE_TTL);
            }
        }
        return new HostRules(rules, now, now.plus(lifetime), origin, addressRefusal);
    }

    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        int port = url.getPort();
        return scheme + "://" + host + (port == -1 ? "" : ":" + port);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
