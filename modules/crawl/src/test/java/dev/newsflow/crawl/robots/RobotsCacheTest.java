package dev.newsflow.crawl.robots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.crawl.FixtureServer;
import dev.newsflow.crawl.fetch.FetchSettings;
import dev.newsflow.crawl.fetch.HttpFetcher;
import dev.newsflow.crawl.guard.HostResolver;
import dev.newsflow.crawl.guard.UrlGuard;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {

    private final FixtureServer server = FixtureServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private RobotsCache cache() {
        FetchSettings settings = new FetchSettings("newsflow-crawler/0.1", Duration.ofMillis(500), Duration.ofMillis(500),
                5, 1 << 20, 0, Duration.ofMillis(10), Duration.ofMillis(10));
        HttpFetcher fetcher = new HttpFetcher(settings, new UrlGuard(true, Set.of("127.0.0.1"), HostResolver.system()),
                d -> { }, Clock.systemUTC());
        return new RobotsCache(fetcher, "newsflow-crawler", Duration.ofHours(1), Clock.systemUTC());
    }

    @Test
    void obeysTheGroupForOurAgentAndCachesTheFile() throws Exception {
        server.page("/robots.txt", "text/plain", """
                User-agent: *
                Disallow: /

                User-agent: newsflow-crawler
                Disallow: /private/
                Crawl-delay: 7
                Sitemap: %s
                """.formatted(server.url("/sitemap.xml")).getBytes(StandardCharsets.UTF_8));
        RobotsCache cache = cache();
        RobotsCache.Lookup first = cache.rulesFor(URI.create(server.url("/news/1.html")));
        assertTrue(first.freshlyFetched());
        HostRules rules = first.rules();
        assertTrue(rules.isAllowed(server.url("/news/1.html")));
        assertFalse(rules.isAllowed(server.url("/private/x.html")));
        assertEquals(Optional.of(Duration.ofSeconds(7)), rules.crawlDelay());
        assertEquals(List.of(server.url("/sitemap.xml")), rules.sitemaps());
        assertFalse(cache.rulesFor(URI.create(server.url("/news/2.html"))).freshlyFetched());
        assertEquals(1, server.count("/robots.txt"));
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws Exception {
        HostRules rules = cache().rulesFor(URI.create(server.url("/a.html"))).rules();
        assertTrue(rules.isAllowed(server.url("/a.html")));
    }

    @Test
    void anUnreachableRobotsTxtDisallowsEverything() throws Exception {
        server.route("/robots.txt", exchange -> FixtureServer.respond(exchange, 503, "text/plain", "down".getBytes()));
        HostRules rules = cache().rulesFor(URI.create(server.url("/a.html"))).rules();
        assertFalse(rules.isAllowed(server.url("/a.html")));
        assertTrue(rules.origin().contains("disallow all"), rules.origin());
    }
}
