package dev.newsflow.crawl.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.crawl.FixtureServer;
import dev.newsflow.crawl.guard.HostResolver;
import dev.newsflow.crawl.guard.UrlGuard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

    private FixtureServer server;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private HttpFetcher fetcher;

    @BeforeEach
    void start() {
        server = FixtureServer.start();
        fetcher = fetcher(settings(5 * 1024 * 1024));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpFetcher fetcher(FetchSettings settings) {
        return new HttpFetcher(settings, new UrlGuard(true, java.util.Set.of("127.0.0.1"), HostResolver.system()),
                waits::add, Clock.systemUTC());
    }

    private static FetchSettings settings(int maxBody) {
        return new FetchSettings("newsflow-test/1.0 (+https://example.org/bot)", Duration.ofMillis(300),
                Duration.ofMillis(400), 5, maxBody, 2, Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    private FetchResult get(String path) throws InterruptedException {
        return fetcher.fetch(URI.create(server.url(path)), Validators.NONE);
    }

    @Test
    void recordsStatusHeadersCharsetAndUserAgent() throws Exception {
        server.html("/a.html", "<html><body>hello</body></html>");
        FetchResult result = get("/a.html");
        assertEquals(200, result.status());
        assertEquals("text/html", result.contentType());
        assertEquals("utf-8", result.declaredCharset());
        assertEquals("text/html; charset=utf-8", result.header("content-type"));
        assertEquals(server.url("/a.html"), result.finalUrl().toString());
        assertTrue(result.redirects().isEmpty());
        assertEquals("newsflow-test/1.0 (+https://example.org/bot)",
                server.requests().get(0).headers().getFirst("User-Agent"));
    }

    @Test
    void keepsGbkAndBig5BytesUntouchedAndRecordsTheDeclaredCharset() throws Exception {
        byte[] gbk = "<html><body>国家医保局：推进医保支付方式改革</body></html>".getBytes(Charset.forName("GBK"));
        byte[] big5 = "<html><body>國家醫保局推進醫保支付方式改革</body></html>".getBytes(Charset.forName("Big5"));
        server.page("/gbk.html", "text/html; charset=GBK", gbk);
        server.page("/big5.html", "text/html;charset=\"big5\"", big5);
        FetchResult g = get("/gbk.html");
        FetchResult b = get("/big5.html");
        assertArrayEquals(gbk, g.body());
        assertEquals("GBK", g.declaredCharset());
        assertArrayEquals(big5, b.body());
        assertEquals("big5", b.declaredCharset());
    }

    @Test
    void followsARedirectChainAndRecordsIt() throws Exception {
        server.redirect("/r1", 301, "/r2").redirect("/r2", 302, server.url("/r3")).redirect("/r3", 307, "final.html")
                .html("/final.html", "<html>done</html>");
        FetchResult result = get("/r1");
        assertEquals(200, result.status());
        assertEquals(server.url("/final.html"), result.finalUrl().toString());
        assertEquals(List.of(server.url("/r2"), server.url("/r3")), result.redirects());
    }

    @Test
    void stopsARedirectLoop() throws Exception {
        server.redirect("/loop-a", 302, "/loop-b").redirect("/loop-b", 302, "/loop-a");
        FetchResult result = get("/loop-a");
        assertEquals(FetchFailure.REDIRECT_LOOP, result.failure());
        assertEquals(2, server.requests().size());
    }

    @Test
    void stopsAfterFiveRedirects() throws Exception {
        for (int i = 0; i < 7; i++) {
            server.redirect("/hop" + i, 302, "/hop" + (i + 1));
        }
        server.html("/hop7", "<html></html>");
        FetchResult result = get("/hop0");
        assertEquals(FetchFailure.TOO_MANY_REDIRECTS, result.failure());
        assertEquals(6, server.requests().size(), "the first request and five redirects");

        server.redirect("/five0", 302, "/five1").redirect("/five1", 302, "/five2").redirect("/five2", 302, "/five3")
                .redirect("/five3", 302, "/five4").redirect("/five4", 302, "/five5").html("/five5", "<html></html>");
        assertEquals(200, get("/five0").status(), "exactly five redirects are fine");
    }

    @Test
    void aRedirectToARefusedAddressIsRefused() throws Exception {
        int port = URI.create(server.base()).getPort();
        server.redirect("/out", 302, "http://127.0.0.2:" + port + "/inside");
        FetchResult result = get("/out");
        assertEquals(FetchFailure.REFUSED_ADDRESS, result.failure());
        assertTrue(result.failureDetail().contains("127.0.0.2"), result.failureDetail());
        assertEquals(1, server.requests().size());

        FetchResult direct = fetcher.fetch(URI.create("http://127.0.0.2:" + port + "/"), Validators.NONE);
        assertEquals(FetchFailure.REFUSED_ADDRESS, direct.failure());
    }

    @Test
    void retriesA5xxWithExponentialBackoffThenGivesTheAnswerBack() throws Exception {
        server.route("/broken", exchange -> FixtureServer.respond(exchange, 500, "text/plain", "oops".getBytes()));
        FetchResult result = get("/broken");
        assertEquals(500, result.status());
        assertEquals(3, result.attempts());
        assertEquals(3, server.count("/broken"));
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), waits);
    }

    @Test
    void honoursRetryAfterOn429() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.route("/busy", exchange -> {
            if (calls.incrementAndGet() == 1) {
                exchange.getResponseHeaders().add("Retry-After", "3");
                FixtureServer.respond(exchange, 429, "text/plain", "slow down".getBytes());
            } else {
                FixtureServer.respond(exchange, 200, "text/html", "<html>ok</html>".getBytes());
            }
        });
        FetchResult result = get("/busy");
        assertEquals(200, result.status());
        assertEquals(List.of(Duration.ofSeconds(3)), waits, "waited what the server asked, not the backoff");
    }

    @Test
    void aRetryAfterLongerThanTheInlineCapIsHandedBack() throws Exception {
        server.route("/later", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "3600");
            FixtureServer.respond(exchange, 503, "text/plain", "maintenance".getBytes());
        });
        FetchResult result = get("/later");
        assertEquals(503, result.status());
        assertEquals(Duration.ofHours(1), result.retryAfter());
        assertTrue(waits.isEmpty());
        assertEquals(1, server.count("/later"));
    }

    @Test
    void notFoundIsAnAnswerNotARetry() throws Exception {
        FetchResult result = get("/missing");
        assertEquals(404, result.status());
        assertEquals(1, server.count("/missing"));
        assertEquals("HTTP 404", result.problem());
    }

    @Test
    void aStalledBodyTimesOut() throws Exception {
        server.stall("/stall");
        long start = System.nanoTime();
        FetchResult result = get("/stall");
        assertEquals(FetchFailure.TIMEOUT, result.failure());
        assertTrue(result.failure().isTransient());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(30)) < 0);
    }

    @Test
    void truncatesABodyOverTheCapAndFlagsIt() throws Exception {
        byte[] big = "x".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        server.page("/big", "text/html", big);
        server.page("/small", "text/html", "y".repeat(1000).getBytes(StandardCharsets.US_ASCII));
        HttpFetcher capped = fetcher(settings(1000));
        FetchResult result = capped.fetch(URI.create(server.url("/big")), Validators.NONE);
        assertEquals(1000, result.body().length);
        assertTrue(result.truncated());
        FetchResult exact = capped.fetch(URI.create(server.url("/small")), Validators.NONE);
        assertEquals(1000, exact.body().length);
        assertFalse(exact.truncated());
    }

    @Test
    void decodesGzipAndDeflate() throws Exception {
        byte[] html = "<html><body>医保 gzip</body></html>".getBytes(StandardCharsets.UTF_8);
        server.route("/gz", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            FixtureServer.respond(exchange, 200, "text/html; charset=utf-8", gzip(html));
        });
        server.route("/deflate", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "deflate");
            FixtureServer.respond(exchange, 200, "text/html; charset=utf-8", deflate(html));
        });
        assertArrayEquals(html, get("/gz").body());
        assertArrayEquals(html, get("/deflate").body());
        assertEquals("gzip, deflate", server.requests().get(0).headers().getFirst("Accept-Encoding"));
    }

    @Test
    void aGzipBombInflatesOnlyToTheCap() throws Exception {
        byte[] bomb = gzip(new byte[2_000_000]);
        server.route("/bomb", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            FixtureServer.respond(exchange, 200, "text/html", bomb);
        });
        FetchResult result = fetcher(settings(50_000)).fetch(URI.create(server.url("/bomb")), Validators.NONE);
        assertEquals(50_000, result.body().length);
        assertTrue(result.truncated());
    }

    @Test
    void sendsValidatorsForAConditionalGet() throws Exception {
        server.route("/feed", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                FixtureServer.respond(exchange, 304, null, new byte[0]);
            } else {
                exchange.getResponseHeaders().add("ETag", "\"v1\"");
                exchange.getResponseHeaders().add("Last-Modified", "Mon, 23 Nov 2026 08:00:00 GMT");
                FixtureServer.respond(exchange, 200, "application/rss+xml", "<rss/>".getBytes());
            }
        });
        FetchResult first = get("/feed");
        assertEquals("\"v1\"", first.header("etag"));
        FetchResult second = fetcher.fetch(URI.create(server.url("/feed")),
                new Validators(first.header("etag"), first.header("last-modified")));
        assertTrue(second.isNotModified());
        assertEquals("Mon, 23 Nov 2026 08:00:00 GMT", server.requests().get(1).headers().getFirst("If-Modified-Since"));
        assertNull(second.problem());
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }
}
