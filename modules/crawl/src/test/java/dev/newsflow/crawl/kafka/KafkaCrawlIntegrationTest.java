package dev.newsflow.crawl.kafka;

import static dev.newsflow.crawl.kafka.KafkaCrawlHarness.await;
import static dev.newsflow.crawl.kafka.KafkaCrawlHarness.fastSettings;
import static dev.newsflow.crawl.kafka.KafkaCrawlHarness.hubSite;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.contracts.CrawlSource;
import dev.newsflow.contracts.CrawlState;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.UrlKind;
import dev.newsflow.contracts.UrlStatus;
import dev.newsflow.crawl.FixtureServer;
import dev.newsflow.crawl.kafka.KafkaCrawlHarness.Running;
import dev.newsflow.crawl.site.CrawlSettings;
import dev.newsflow.crawl.site.Site;
import dev.newsflow.crawl.site.UrlScope;
import dev.newsflow.testkit.KafkaCluster;
import dev.newsflow.testkit.KafkaClusterExtension;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The crawler against a real broker: fixture sites on 127.0.0.1, pages read back from {@code raw-pages},
 * the frontier kept in {@code crawl-state} across restarts. Each test has its own topics and group.
 */
@ExtendWith(KafkaClusterExtension.class)
class KafkaCrawlIntegrationTest {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1");

    private final KafkaCluster cluster;

    KafkaCrawlIntegrationTest(KafkaCluster cluster) {
        this.cluster = cluster;
    }

    private static Set<String> keys(List<? extends ConsumerRecord<String, ?>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    private static Set<String> hubAndArticles(FixtureServer server, int articles) {
        Set<String> urls = new LinkedHashSet<>();
        urls.add(server.url("/news/"));
        for (int i = 1; i <= articles; i++) {
            urls.add(server.url("/news/" + i + ".html"));
        }
        return urls;
    }

    private static byte[] bytes(ByteBuffer body) {
        ByteBuffer copy = body.duplicate();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }

    /** The latest state of each URL, as compaction will keep it. */
    private static Map<String, ConsumerRecord<String, CrawlState>> latest(List<ConsumerRecord<String, CrawlState>> log) {
        Map<String, ConsumerRecord<String, CrawlState>> latest = new HashMap<>();
        log.forEach(record -> latest.put(record.key(), record));
        return latest;
    }

    @Test
    void aCrawlPublishesEveryPageAsARawPageKeyedByUrl() throws Exception {
        KafkaCrawlHarness kafka = new KafkaCrawlHarness(cluster, "publish", 3);
        try (FixtureServer server = FixtureServer.start()) {
            Site site = hubSite(server, "fixture", 8);
            Set<String> expected = hubAndArticles(server, 8);

            Running crawl = new Running(kafka.crawler(fastSettings("newsflow-test/1.0", LOOPBACK), List.of(site)), "crawler");
            kafka.readPagesUntil(records -> keys(records).containsAll(expected));
            crawl.stop();

            List<ConsumerRecord<String, RawPage>> pages = kafka.allPages();
            assertEquals(expected, keys(pages));
            assertEquals(expected.size(), pages.size(), "each page published once");
            for (ConsumerRecord<String, RawPage> record : pages) {
                RawPage page = record.value();
                assertEquals(record.key(), page.getUrl(), "keyed by URL");
                assertEquals(200, page.getStatus());
                assertEquals("fixture", page.getSite());
                assertEquals("utf-8", page.getDeclaredCharset().toLowerCase(java.util.Locale.ROOT));
                String path = page.getUrl().substring(server.base().length());
                boolean hub = path.equals("/news/");
                assertEquals(hub ? CrawlSource.SEED : CrawlSource.LINK, page.getSource(), path);
                assertEquals(hub ? 0 : 1, page.getDepth(), path);
                if (!hub) {
                    String number = path.replaceAll("\\D", "");
                    assertArrayEquals(("<html><body>fixture article " + number + "</body></html>")
                            .getBytes(StandardCharsets.UTF_8), bytes(page.getBody()), path);
                }
            }

            // the frontier: every URL fetched, stored on its host's partition
            Map<String, ConsumerRecord<String, CrawlState>> states = latest(kafka.allStates());
            assertEquals(expected, states.keySet());
            for (ConsumerRecord<String, CrawlState> state : states.values()) {
                assertEquals(UrlStatus.FETCHED, state.value().getStatus(), state.key());
                assertEquals(HostPartitioner.partitionFor(state.key(), 3), state.partition(), state.key());
            }
            assertEquals(1, server.maxConcurrentRequests(), "one request at a time to the host");
        }
    }

    @Test
    void aRestartedCrawlerNeitherFetchesTwiceNorLosesAPage() throws Exception {
        KafkaCrawlHarness kafka = new KafkaCrawlHarness(cluster, "restart", 3);
        try (FixtureServer server = FixtureServer.start()) {
            int articles = 30;
            Site site = hubSite(server, "restart", articles);
            Set<String> expected = hubAndArticles(server, articles);
            // a little slower than the others, so that the first crawler is surely stopped mid-crawl
            CrawlSettings settings = fastSettings("newsflow-test/1.0", LOOPBACK).withPolitenessDelay(Duration.ofMillis(10));

            Running first = new Running(kafka.crawler(settings, List.of(site)), "first-crawler");
            await("five articles fetched", () -> articleRequests(server) >= 5);
            first.stop();
            long byFirst = articleRequests(server);
            assertTrue(byFirst < articles, "stopped mid-crawl, after " + byFirst + " articles");

            Running second = new Running(kafka.crawler(settings, List.of(site)), "second-crawler");
            kafka.readPagesUntil(records -> keys(records).containsAll(expected));
            second.stop();

            server.paths().stream().filter(path -> !path.equals("/robots.txt"))
                    .forEach(path -> assertEquals(1, server.count(path), "fetched twice: " + path));
            assertTrue(server.count("/robots.txt") <= 2, "robots.txt read at most once per crawler process");
            List<ConsumerRecord<String, RawPage>> pages = kafka.allPages();
            assertEquals(expected, keys(pages), "nothing lost");
            assertEquals(expected.size(), pages.size(), "nothing published twice");
        }
    }

    private static long articleRequests(FixtureServer server) {
        return server.paths().stream().filter(path -> path.matches("/news/\\d+\\.html")).count();
    }

    /** A feed whose content the test changes; it answers 304 to a matching If-None-Match. */
    private static final class VersionedFeed {
        /** One read of the feed: which crawler (User-Agent), the If-None-Match it sent, the answer. */
        record Read(String agent, String sent, String answer) {}

        final AtomicReference<String> version = new AtomicReference<>("v1");
        /** Recorded once answered, so a test that sees a read knows which version it got. */
        final List<Read> reads = new CopyOnWriteArrayList<>();

        void serve(FixtureServer server, String path, Map<String, List<String>> itemsByVersion) {
            server.route(path, exchange -> {
                String agent = exchange.getRequestHeaders().getFirst("User-Agent");
                String current = version.get();
                String etag = "\"" + current + "\"";
                String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
                exchange.getResponseHeaders().add("ETag", etag);
                if (etag.equals(sent)) {
                    FixtureServer.respond(exchange, 304, null, new byte[0]);
                    reads.add(new Read(agent, sent, "304"));
                    return;
                }
                StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
                        + "<channel><title>t</title><link>" + server.url("/") + "</link>");
                for (String item : itemsByVersion.get(current)) {
                    rss.append("<item><title>").append(item).append("</title><link>").append(server.url(item))
                            .append("</link></item>");
                }
                FixtureServer.respond(exchange, 200, "application/rss+xml; charset=utf-8",
                        rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8));
                reads.add(new Read(agent, sent, "200 " + etag));
            });
        }

        List<Read> by(String agent) {
            return reads.stream().filter(read -> read.agent().equals(agent)).toList();
        }
    }

    @Test
    void feedsAreReReadOnTheirIntervalWithTheirETagAcrossARestart() throws Exception {
        KafkaCrawlHarness kafka = new KafkaCrawlHarness(cluster, "feeds", 3);
        Duration interval = Duration.ofSeconds(1);
        try (FixtureServer server = FixtureServer.start()) {
            for (int i = 1; i <= 3; i++) {
                server.html("/articles/" + i + ".html", "<html><body>article " + i + "</body></html>");
            }
            VersionedFeed feed = new VersionedFeed();
            feed.serve(server, "/feed.xml", Map.of(
                    "v1", List.of("/articles/1.html", "/articles/2.html"),
                    "v2", List.of("/articles/3.html", "/articles/1.html", "/articles/2.html")));
            Site site = new Site("feeds", List.of(), List.of(server.url("/feed.xml")), List.of(),
                    new UrlScope(List.of(Pattern.compile("/articles/")), List.of(), LOOPBACK), 0, interval, null, false);
            String a1 = server.url("/articles/1.html");
            String a2 = server.url("/articles/2.html");
            String a3 = server.url("/articles/3.html");
            // the two runs tell themselves apart by User-Agent
            String firstAgent = "newsflow-test-first/1.0";
            String secondAgent = "newsflow-test-second/1.0";

            Running first = new Running(kafka.crawler(fastSettings(firstAgent, LOOPBACK), List.of(site)), "first-crawler");
            kafka.readPagesUntil(records -> keys(records).containsAll(Set.of(a1, a2)));
            first.stop();
            assertEquals(new VersionedFeed.Read(firstAgent, null, "200 \"v1\""), feed.reads.get(0));

            Running second = new Running(kafka.crawler(fastSettings(secondAgent, LOOPBACK), List.of(site)), "second-crawler");
            await("the feed re-read after the restart", () -> !feed.by(secondAgent).isEmpty());
            assertEquals(new VersionedFeed.Read(secondAgent, "\"v1\"", "304"), feed.by(secondAgent).get(0),
                    "the restarted crawler knew the ETag from crawl-state alone");
            feed.version.set("v2");
            kafka.readPagesUntil(records -> keys(records).contains(a3));
            await("the changed feed re-read with its new ETag", () -> feed.by(secondAgent).stream()
                    .anyMatch(read -> "\"v2\"".equals(read.sent())));
            second.stop();

            List<VersionedFeed.Read> afterRestart = feed.by(secondAgent);
            int changed = afterRestart.indexOf(new VersionedFeed.Read(secondAgent, "\"v1\"", "200 \"v2\""));
            assertTrue(changed > 0, "the change was read in full once: " + afterRestart);
            assertEquals(new VersionedFeed.Read(secondAgent, "\"v2\"", "304"), afterRestart.get(changed + 1),
                    "and its new ETag stored and sent back");
            assertTrue(feed.reads.stream().skip(1).allMatch(read -> read.sent() != null), "every re-read is conditional");

            List<FixtureServer.Request> reads = server.requests().stream()
                    .filter(request -> request.path().equals("/feed.xml")).toList();
            for (int i = 1; i < reads.size(); i++) {
                long gapMillis = (reads.get(i).startNanos() - reads.get(i - 1).startNanos()) / 1_000_000;
                // due one interval after the previous answer, restart or not; the slack covers millisecond rounding
                assertTrue(gapMillis >= interval.toMillis() - 20, "read " + (i + 1) + " came " + gapMillis + " ms after the previous");
            }
            for (String article : List.of("/articles/1.html", "/articles/2.html", "/articles/3.html")) {
                assertEquals(1, server.count(article), "articles are fetched once: " + article);
            }
            List<ConsumerRecord<String, RawPage>> pages = kafka.allPages();
            assertEquals(Set.of(a1, a2, a3), keys(pages), "feeds are read, not published");
            assertEquals(3, pages.size());

            CrawlState feedState = latest(kafka.allStates()).get(server.url("/feed.xml")).value();
            assertEquals(UrlKind.FEED, feedState.getKind());
            assertEquals("\"v2\"", feedState.getEtag());
            assertEquals(304, feedState.getLastStatus());
            assertNull(feedState.getLastError());
            assertEquals(feedState.getLastFetchedAt().plus(interval), feedState.getNextFetchAt());
        }
    }
}
