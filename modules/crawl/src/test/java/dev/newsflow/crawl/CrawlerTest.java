package dev.newsflow.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.contracts.CrawlSource;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.crawl.fetch.FetchSettings;
import dev.newsflow.crawl.site.CrawlSettings;
import dev.newsflow.crawl.site.Site;
import dev.newsflow.crawl.site.UrlScope;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole crawler against fixture sites served on 127.0.0.1, with the frontier in the test log. */
class CrawlerTest {

    static final byte[] GBK_PAGE = "<html><head><meta charset=\"gbk\"></head><body>广东省医保局：推进DRG付费改革<a href=\"/news/deep.html\">更多</a></body></html>"
            .getBytes(Charset.forName("GBK"));
    static final byte[] BIG5_PAGE = "<html><body>香港醫管局：醫療改革諮詢</body></html>".getBytes(Charset.forName("Big5"));

    private final FixtureServer server = FixtureServer.start();
    private final List<RawPage> published = new CopyOnWriteArrayList<>();
    private final List<CrawlEvent> events = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void stop() {
        server.close();
    }

    /** Pages as the Kafka publisher would store them (test double: the real one is in .kafka). */
    private final PagePublisher collector = new PagePublisher() {
        @Override
        public void publish(RawPage page) {
            published.add(page);
        }

        @Override
        public void close() {
        }
    };

    static CrawlSettings fastSettings(String userAgent, Duration politeness, Set<String> allow) {
        FetchSettings fetch = new FetchSettings(userAgent, Duration.ofMillis(500), Duration.ofMillis(1000), 5,
                64 * 1024, 1, Duration.ofMillis(5), Duration.ofMillis(50));
        return new CrawlSettings(fetch, null, Duration.ofHours(1), politeness, Duration.ofMillis(30), 4, 3,
                Duration.ofMillis(20), true, allow);
    }

    private void serveNewsSite() {
        server.page("/robots.txt", "text/plain", ("User-agent: *\nDisallow: /private/\nCrawl-delay: 1\nSitemap: "
                + server.url("/sitemap_index.xml") + "\n").getBytes(StandardCharsets.UTF_8));
        server.html("/news/", "<html><body><a href=\"/news/gbk.html\">gbk</a><a href=\"big5.html\">big5</a>"
                + "<a href=\"/private/secret.html\">secret</a><a href=\"/news/redirect-me\">moved</a>"
                + "<a href=\"/elsewhere/x.html\">out of scope</a><a href=\"/news/big.html\">big</a></body></html>");
        server.page("/news/gbk.html", "text/html; charset=GBK", GBK_PAGE);
        server.page("/news/big5.html", "text/html; charset=Big5", BIG5_PAGE);
        server.page("/news/big.html", "text/html", ("<html><body>" + "医".repeat(40_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8));
        server.redirect("/news/redirect-me", 301, "/news/moved.html");
        server.html("/news/moved.html", "<html><body>moved here</body></html>");
        server.html("/news/deep.html", "<html><body>too deep</body></html>");
        server.page("/rss.xml", "application/rss+xml; charset=utf-8", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<rss version=\"2.0\"><channel><title>t</title><link>" + server.url("/") + "</link>"
                + "<item><title>a</title><link>" + server.url("/news/rss-1.html") + "</link></item>"
                + "<item><title>b</title><link>" + server.url("/news/gbk.html") + "</link></item>"
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
        server.html("/news/rss-1.html", "<html><body>rss article</body></html>");
        server.page("/atom.xml", "application/atom+xml", ("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:t</id><updated>2026-11-23T08:00:00Z</updated>"
                + "<entry><title>x</title><id>urn:x</id><updated>2026-11-23T08:00:00Z</updated>"
                + "<link href=\"" + server.url("/news/atom-1.html") + "\"/></entry></feed>").getBytes(StandardCharsets.UTF_8));
        server.html("/news/atom-1.html", "<html><body>atom article</body></html>");
        server.page("/sitemap_index.xml", "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>"
                + server.url("/sitemap-news.xml") + "</loc></sitemap></sitemapindex>").getBytes(StandardCharsets.UTF_8));
        server.page("/sitemap-news.xml", "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                + "<url><loc>" + server.url("/news/sitemap-1.html") + "</loc><news:news><news:publication><news:name>n</news:name>"
                + "<news:language>zh</news:language></news:publication><news:publication_date>2026-11-23</news:publication_date>"
                + "<news:title>t</news:title></news:news></url>"
                + "<url><loc>" + server.url("/private/hidden.html") + "</loc></url></urlset>").getBytes(StandardCharsets.UTF_8));
        server.html("/news/sitemap-1.html", "<html><body>sitemap article</body></html>");
    }

    private Site newsSite(Duration refetch) {
        return new Site("fixture", List.of(server.url("/news/")), List.of(server.url("/rss.xml"), server.url("/atom.xml")),
                List.of(), new UrlScope(List.of(Pattern.compile("/news/"), Pattern.compile("/private/")), List.of(),
                Set.of("127.0.0.1")), 1, refetch, "440300", true);
    }

    private Crawler.Builder crawler(InMemoryFrontierStore store, Site site, boolean oneShot) {
        return Crawler.builder()
                .settings(fastSettings("newsflow-test/1.0", Duration.ofMillis(10), Set.of("127.0.0.1")))
                .sites(List.of(site))
                .frontierStore(store)
                .publisher(collector)
                .listener(events::add)
                .meterRegistry(registry)
                .oneShot(oneShot);
    }

    @Test
    void crawlsSeedsFeedsSitemapsAndLinksPolitely() throws Exception {
        serveNewsSite();
        InMemoryFrontierStore.Log log = new InMemoryFrontierStore.Log(1);
        try (Crawler crawler = crawler(new InMemoryFrontierStore(log, Set.of(0)), newsSite(Duration.ofMinutes(30)), true).build()) {
            CrawlSummary summary = crawler.run();
            assertTrue(summary.answered() > 0);
        }
        Map<String, RawPage> byUrl = published.stream().collect(Collectors.toMap(RawPage::getUrl, Function.identity()));
        assertEquals(published.size(), byUrl.size(), "each page published once");
        assertEquals(Set.of("/news/", "/news/gbk.html", "/news/big5.html", "/news/redirect-me", "/news/big.html",
                        "/news/rss-1.html", "/news/atom-1.html", "/news/sitemap-1.html"),
                byUrl.keySet().stream().map(url -> url.substring(server.base().length())).collect(Collectors.toSet()));

        RawPage seed = byUrl.get(server.url("/news/"));
        assertEquals(CrawlSource.SEED, seed.getSource());
        assertEquals("fixture", seed.getSite());
        assertEquals("440300", seed.getPublisherAdcode());
        assertEquals(0, seed.getDepth());

        RawPage gbk = byUrl.get(server.url("/news/gbk.html"));
        assertArrayEquals(GBK_PAGE, bytes(gbk));
        assertEquals("GBK", gbk.getDeclaredCharset());
        assertEquals("text/html", gbk.getContentType());
        RawPage big5 = byUrl.get(server.url("/news/big5.html"));
        assertArrayEquals(BIG5_PAGE, bytes(big5));
        assertEquals("Big5", big5.getDeclaredCharset());
        assertEquals(CrawlSource.LINK, big5.getSource());
        assertEquals(1, big5.getDepth());

        RawPage moved = byUrl.get(server.url("/news/redirect-me"));
        assertEquals(server.url("/news/moved.html"), moved.getFinalUrl());
        assertEquals(200, moved.getStatus());

        RawPage big = byUrl.get(server.url("/news/big.html"));
        assertTrue(big.getTruncated());
        assertEquals(64 * 1024, big.getBody().remaining());

        assertEquals(CrawlSource.FEED, byUrl.get(server.url("/news/rss-1.html")).getSource());
        assertEquals(CrawlSource.FEED, byUrl.get(server.url("/news/atom-1.html")).getSource());
        assertEquals(CrawlSource.SITEMAP, byUrl.get(server.url("/news/sitemap-1.html")).getSource());

        // robots.txt: read once, its disallows obeyed, its sitemap discovered
        assertEquals(1, server.count("/robots.txt"));
        assertEquals(0, server.count("/private/secret.html"));
        assertEquals(0, server.count("/private/hidden.html"));
        assertEquals(1, server.count("/sitemap_index.xml"));
        assertTrue(events.stream().anyMatch(e -> e.url().endsWith("/private/hidden.html")
                && e.refused() != null && e.refused().contains("robots.txt")));
        // scope and depth
        assertEquals(0, server.count("/elsewhere/x.html"));
        assertEquals(0, server.count("/news/deep.html"), "links of depth-1 pages are not followed at depth 1");
        // nothing fetched twice
        server.paths().forEach(path -> assertEquals(1, server.count(path), path));

        // politeness: one request at a time, and the capped Crawl-delay (30 ms) between requests
        assertEquals(1, server.maxConcurrentRequests());
        List<FixtureServer.Request> pages = server.requests();
        for (int i = 1; i < pages.size(); i++) {
            long gapMillis = (pages.get(i).startNanos() - pages.get(i - 1).endNanos()) / 1_000_000;
            assertTrue(gapMillis >= 29, "gap before " + pages.get(i).path() + " was " + gapMillis + " ms");
        }

        // per-host metrics
        assertEquals(events.stream().filter(e -> e.status() > 0).count(),
                (long) registry.get("newsflow.crawl.pages").tag("host", "127.0.0.1").counter().count());
        assertTrue(registry.get("newsflow.crawl.last.success").tag("host", "127.0.0.1").gauge().value() > 0);
        assertTrue(registry.get("newsflow.crawl.bytes").tag("host", "127.0.0.1").summary().totalAmount() > 0);
        assertEquals(2.0, registry.get("newsflow.crawl.refused").tag("reason", "robots").counter().count());
    }

    @Test
    void feedsAreReReadWithConditionalGetAndArticlesFetchedOnce() throws Exception {
        List<String> conditional = new CopyOnWriteArrayList<>();
        server.route("/rss.xml", exchange -> {
            String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
            if ("\"feed-v1\"".equals(etag)) {
                conditional.add(etag);
                FixtureServer.respond(exchange, 304, null, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().add("ETag", "\"feed-v1\"");
            FixtureServer.respond(exchange, 200, "application/rss+xml", ("<rss version=\"2.0\"><channel><title>t</title>"
                    + "<link>http://x/</link><item><title>a</title><link>" + server.url("/news/1.html")
                    + "</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
        });
        server.html("/news/1.html", "<html><body>article</body></html>");
        Site site = new Site("feeds", List.of(), List.of(server.url("/rss.xml")), List.of(),
                new UrlScope(List.of(), List.of(), Set.of("127.0.0.1")), 0, Duration.ofMillis(40), null, false);
        InMemoryFrontierStore.Log log = new InMemoryFrontierStore.Log(1);
        Crawler crawler = crawler(new InMemoryFrontierStore(log, Set.of(0)), site, false).build();
        Thread runner = new Thread(() -> {
            try {
                crawler.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        runner.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (conditional.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        crawler.close();
        runner.join(5000);
        assertTrue(conditional.size() >= 2, "the feed was re-read with If-None-Match and answered 304");
        assertEquals(1, server.count("/news/1.html"));
        assertEquals(1, published.size(), "the article only: feeds are not published");
        assertFalse(runner.isAlive());
    }

    @Test
    void aRestartedCrawlerNeitherRefetchesNorForgets() throws Exception {
        StringBuilder hub = new StringBuilder("<html><body>");
        for (int i = 1; i <= 15; i++) {
            server.html("/a/" + i + ".html", "<html><body>article " + i + "</body></html>");
            hub.append("<a href=\"/a/").append(i).append(".html\">").append(i).append("</a>");
        }
        server.html("/hub.html", hub.append("</body></html>").toString());
        Site site = new Site("restart", List.of(server.url("/hub.html")), List.of(), List.of(),
                new UrlScope(List.of(), List.of(), Set.of("127.0.0.1")), 1, Duration.ofMinutes(30), null, false);
        InMemoryFrontierStore.Log log = new InMemoryFrontierStore.Log(3);

        java.util.concurrent.CountDownLatch fiveDone = new java.util.concurrent.CountDownLatch(5);
        Crawler first = Crawler.builder()
                .settings(fastSettings("newsflow-test/1.0", Duration.ofMillis(25), Set.of("127.0.0.1")))
                .sites(List.of(site)).frontierStore(new InMemoryFrontierStore(log, Set.of(0, 1, 2)))
                .publisher(collector).listener(event -> fiveDone.countDown()).build();
        Thread runner = new Thread(() -> {
            try {
                first.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        runner.start();
        assertTrue(fiveDone.await(20, java.util.concurrent.TimeUnit.SECONDS));
        first.close(); // mid-crawl: the fetch in flight finishes and is recorded
        runner.join(5000);
        int afterFirst = published.size();
        assertTrue(afterFirst >= 5 && afterFirst < 16, "stopped mid-crawl after " + afterFirst + " pages");

        try (Crawler second = crawler(new InMemoryFrontierStore(log, Set.of(0, 1, 2)), site, true).build()) {
            second.run();
        }
        Set<String> urls = new java.util.HashSet<>();
        published.forEach(page -> assertTrue(urls.add(page.getUrl()), "published twice: " + page.getUrl()));
        assertEquals(16, urls.size(), "the hub and all 15 articles");
        server.paths().stream().filter(path -> !path.equals("/robots.txt"))
                .forEach(path -> assertEquals(1, server.count(path), "fetched twice: " + path));
        assertTrue(server.count("/robots.txt") <= 2, "robots.txt read at most once per run (the cache is per process)");
    }

    @Test
    void instancesSplitHostsByPartition() throws Exception {
        try (FixtureServer second = new FixtureServer("127.0.0.2")) {
            List<FixtureServer> servers = List.of(server, second);
            List<Site> sites = new ArrayList<>();
            for (FixtureServer s : servers) {
                StringBuilder hub = new StringBuilder("<html><body>");
                for (int i = 1; i <= 4; i++) {
                    s.html("/p" + i + ".html", "<html><body>" + i + "</body></html>");
                    hub.append("<a href=\"/p").append(i).append(".html\">x</a>");
                }
                s.html("/", hub.append("</body></html>").toString());
                String host = java.net.URI.create(s.base()).getHost();
                sites.add(new Site("site-" + host, List.of(s.url("/")), List.of(), List.of(),
                        new UrlScope(List.of(), List.of(), Set.of(host)), 1, Duration.ofMinutes(30), null, false));
            }
            int partitions = partitionsSeparating("http://127.0.0.1/", "http://127.0.0.2/");
            InMemoryFrontierStore.Log log = new InMemoryFrontierStore.Log(partitions);
            int p1 = dev.newsflow.crawl.kafka.HostPartitioner.partitionFor("http://127.0.0.1/", partitions);
            Set<Integer> rest = new java.util.HashSet<>();
            for (int p = 0; p < partitions; p++) {
                if (p != p1) {
                    rest.add(p);
                }
            }
            Map<String, Set<String>> agentsByHost = new ConcurrentHashMap<>();
            List<Thread> threads = new ArrayList<>();
            List<Crawler> crawlers = new ArrayList<>();
            int n = 0;
            for (Set<Integer> owned : List.of(Set.of(p1), rest)) {
                n++;
                Crawler c = Crawler.builder()
                        .settings(fastSettings("instance-" + n, Duration.ofMillis(5), Set.of("127.0.0.1", "127.0.0.2")))
                        .sites(sites).frontierStore(new InMemoryFrontierStore(log, owned)).publisher(collector)
                        .oneShot(true).build();
                crawlers.add(c);
                Thread t = new Thread(() -> {
                    try {
                        c.run();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join(20_000);
            }
            crawlers.forEach(Crawler::close);
            for (FixtureServer s : servers) {
                String host = java.net.URI.create(s.base()).getHost();
                s.requests().forEach(r -> agentsByHost.computeIfAbsent(host, h -> ConcurrentHashMap.newKeySet())
                        .add(r.headers().getFirst("User-Agent")));
                assertEquals(6, s.requests().size(), host + ": robots.txt, the hub and four pages, once each");
            }
            assertEquals(Set.of("instance-1"), agentsByHost.get("127.0.0.1"));
            assertEquals(Set.of("instance-2"), agentsByHost.get("127.0.0.2"));
            assertEquals(10, published.size());
        }
    }

    private static int partitionsSeparating(String a, String b) {
        for (int n = 2; n < 64; n++) {
            if (dev.newsflow.crawl.kafka.HostPartitioner.partitionFor(a, n)
                    != dev.newsflow.crawl.kafka.HostPartitioner.partitionFor(b, n)) {
                return n;
            }
        }
        throw new AssertionError("no partition count separates the hosts");
    }

    private static byte[] gzip(byte[] data) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(RawPage page) {
        java.nio.ByteBuffer buffer = page.getBody().duplicate();
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    @Test
    void aGzippedSitemapIsReadAsDeclaredAndRemovedSitesAreNoLongerCrawled() throws Exception {
        byte[] urlset = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + server.url("/gz/1.html") + "</loc></url></urlset>").getBytes(StandardCharsets.UTF_8);
        server.page("/sitemap.xml.gz", "application/gzip", gzip(urlset));
        server.html("/gz/1.html", "<html><body>from a gzipped sitemap</body></html>");
        Site site = new Site("gz", List.of(), List.of(), List.of(server.url("/sitemap.xml.gz")),
                new UrlScope(List.of(), List.of(), Set.of("127.0.0.1")), 0, Duration.ofMinutes(30), null, false);
        InMemoryFrontierStore.Log log = new InMemoryFrontierStore.Log(1);
        try (Crawler crawler = crawler(new InMemoryFrontierStore(log, Set.of(0)), site, true).build()) {
            crawler.run();
        }
        assertEquals(List.of(server.url("/gz/1.html")), published.stream().map(RawPage::getUrl).toList());

        // the operator drops the site: its URLs still in the frontier are not fetched again
        log.append(CrawlStates.discovered(server.url("/gz/2.html"), "gz", dev.newsflow.contracts.UrlKind.PAGE,
                CrawlSource.SITEMAP, 0, java.time.Instant.now()));
        Site other = new Site("other", List.of(server.url("/other.html")), List.of(), List.of(),
                new UrlScope(List.of(), List.of(), Set.of("127.0.0.1")), 0, Duration.ofMinutes(30), null, false);
        server.html("/other.html", "<html></html>");
        events.clear();
        try (Crawler crawler = crawler(new InMemoryFrontierStore(log, Set.of(0)), other, true).build()) {
            crawler.run();
        }
        assertEquals(0, server.count("/gz/2.html"));
        assertTrue(events.stream().anyMatch(e -> e.url().endsWith("/gz/2.html") && e.refused().contains("no longer")));
    }

    @Test
    void theGlobalConcurrencyLimitHoldsAcrossHosts() throws Exception {
        java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger peak = new java.util.concurrent.atomic.AtomicInteger();
        List<FixtureServer> servers = List.of(server, new FixtureServer("127.0.0.2"), new FixtureServer("127.0.0.3"));
        try {
            List<String> urls = new ArrayList<>();
            for (FixtureServer s : servers) {
                for (int i = 0; i < 3; i++) {
                    s.route("/slow" + i, exchange -> {
                        peak.accumulateAndGet(active.incrementAndGet(), Math::max);
                        try {
                            Thread.sleep(30);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        active.decrementAndGet();
                        FixtureServer.respond(exchange, 200, "text/html", "<html></html>".getBytes(StandardCharsets.UTF_8));
                    });
                    urls.add(s.url("/slow" + i));
                }
            }
            CrawlSettings base = fastSettings("t/1", Duration.ofMillis(1), Set.of("127.0.0.1", "127.0.0.2", "127.0.0.3"));
            CrawlSettings twoAtOnce = new CrawlSettings(base.fetch(), null, base.robotsTtl(), base.politenessDelay(),
                    base.maxCrawlDelay(), 2, base.maxAttempts(), base.retryDelay(), true, base.allowHosts());
            try (Crawler crawler = Crawler.builder().settings(twoAtOnce).adHocUrls(urls, 0)
                    .frontierStore(new InMemoryFrontierStore(new InMemoryFrontierStore.Log(1), Set.of(0)))
                    .publisher(collector).oneShot(true).build()) {
                crawler.run();
            }
            assertEquals(9, published.size());
            assertTrue(peak.get() <= 2, "at most two requests at once, saw " + peak.get());
            servers.forEach(s -> assertEquals(1, s.maxConcurrentRequests()));
        } finally {
            servers.get(1).close();
            servers.get(2).close();
        }
    }

    @Test
    void publishedRecordHasNoDetectedCharset() throws Exception {
        server.html("/only.html", "<html><body>x</body></html>");
        try (Crawler crawler = Crawler.builder()
                .settings(fastSettings("t/1", Duration.ofMillis(5), Set.of("127.0.0.1")))
                .adHocUrls(List.of(server.url("/only.html")), 0)
                .frontierStore(new InMemoryFrontierStore(new InMemoryFrontierStore.Log(1), Set.of(0)))
                .publisher(collector).oneShot(true).build()) {
            crawler.run();
        }
        assertEquals(1, published.size());
        assertNull(published.get(0).getDetectedCharset(), "charset detection is the cleaning stage's job");
        assertNull(published.get(0).getSite());
    }
}
