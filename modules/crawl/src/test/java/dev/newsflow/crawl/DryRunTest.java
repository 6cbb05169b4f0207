package dev.newsflow.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.crawl.guard.HostResolver;
import dev.newsflow.crawl.site.CrawlSettings;
import dev.newsflow.crawl.site.SiteList;
import dev.newsflow.crawl.site.SiteListLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DryRunTest {

    private final FixtureServer server = FixtureServer.start();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final DryRun dryRun = new DryRun(new PrintStream(buffer, true, StandardCharsets.UTF_8), HostResolver.system());

    @AfterEach
    void stop() {
        server.close();
    }

    private Map<String, JsonNode> lines() throws Exception {
        Map<String, JsonNode> byUrl = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : buffer.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                byUrl.put(node.get("url").asText(), node);
            }
        }
        return byUrl;
    }

    @Test
    void adHocUrlsAreRecognisedByContentAndEveryUrlGetsALine() throws Exception {
        int port = URI.create(server.base()).getPort();
        server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /no/\n".getBytes(StandardCharsets.UTF_8));
        server.page("/feed", "text/html", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>x</link>"
                + "<item><title>a</title><link>" + server.url("/p/1.html") + "</link></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8));
        server.page("/p/1.html", "text/html; charset=GB2312", "<html><body>hi</body></html>".getBytes(StandardCharsets.US_ASCII));
        server.html("/page.html", "<html><body><a href=\"/no/secret.html\">s</a></body></html>");
        server.redirect("/away", 302, "http://127.0.0.2:" + port + "/inside");

        CrawlSettings settings = CrawlerTest.fastSettings("newsflow-dry/1.0", Duration.ofMillis(5), Set.of("127.0.0.1"));
        CrawlSummary summary = dryRun.run(List.of(server.url("/feed"), server.url("/page.html"), server.url("/away"),
                "http://127.0.0.2:" + port + "/direct", "ftp://example.cn/x"), settings, 1, 0);

        Map<String, JsonNode> lines = lines();
        JsonNode feed = lines.get(server.url("/feed"));
        assertEquals("feed", feed.get("kind").asText());
        assertEquals("seed", feed.get("source").asText());
        assertEquals(1, feed.get("discovered").asInt());
        JsonNode article = lines.get(server.url("/p/1.html"));
        assertEquals(200, article.get("status").asInt());
        assertEquals("GB2312", article.get("charset").asText());
        assertEquals("feed", article.get("source").asText());
        assertTrue(article.get("bytes").asLong() > 0);
        assertTrue(lines.get(server.url("/no/secret.html")).get("refused").asText().contains("robots.txt"));
        JsonNode away = lines.get(server.url("/away"));
        assertTrue(away.get("refused").asText().contains("127.0.0.2"), away.toString());
        assertTrue(lines.get("http://127.0.0.2:" + port + "/direct").get("refused").asText().contains("127.0.0.2"));
        assertEquals("not an http(s) URL", lines.get("ftp://example.cn/x").get("error").asText());
        assertEquals(0, server.count("/no/secret.html"));
        assertEquals(lines.size(), summary.urls());
        assertEquals(3, summary.refused());
    }

    @Test
    void withoutAnAllowlistLoopbackIsRefused() throws Exception {
        server.html("/page.html", "<html></html>");
        CrawlSettings settings = CrawlerTest.fastSettings("newsflow-dry/1.0", Duration.ofMillis(5), Set.of());
        CrawlSummary summary = dryRun.run(List.of(server.url("/page.html")), settings, 0, 0);
        assertEquals(1, summary.refused());
        assertTrue(server.requests().isEmpty(), "not even robots.txt was requested");
        String refused = lines().get(server.url("/page.html")).get("refused").asText();
        assertTrue(refused.contains("loopback") && !refused.contains("robots"), refused);
    }

    @Test
    void aSiteFileRunStopsAtTheBudget() throws Exception {
        List<String> links = new ArrayList<>();
        StringBuilder hub = new StringBuilder("<html><body>");
        for (int i = 0; i < 10; i++) {
            server.html("/n/" + i + ".html", "<html></html>");
            hub.append("<a href=\"/n/").append(i).append(".html\">x</a>");
            links.add(server.url("/n/" + i + ".html"));
        }
        server.html("/n/", hub.append("</body></html>").toString());
        SiteList list = new SiteListLoader().parse("""
                crawler:
                  politenessDelay: 5ms
                  maxCrawlDelay: 5ms
                  allowHosts: [127.0.0.1]
                sites:
                  - id: budget
                    seeds: [%s]
                """.formatted(server.url("/n/")), "test");
        CrawlSummary summary = dryRun.run(list, 4);
        assertEquals(4, summary.urls());
        assertEquals(4, lines().size());
        assertEquals(4, server.requests().stream().filter(r -> !r.path().equals("/robots.txt")).count());
    }
}
