package dev.newsflow.crawl.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteListLoaderTest {

    private final SiteListLoader loader = new SiteListLoader();

    static final String EXAMPLE = """
            crawler:
              userAgent: "newsflow-crawler/0.1 (+https://example.org/newsflow; ops@example.org)"
              politenessDelay: 5s
              maxCrawlDelay: 1m
              maxConcurrency: 4
              maxBodyBytes: 1048576
              allowHosts: [localhost]
            sites:
              - id: nhsa
                adcode: "110000"
                seeds: [http://www.nhsa.gov.cn/col/col14/index.html]
                feeds: [http://www.nhsa.gov.cn/rss.xml]
                sitemaps: [http://www.nhsa.gov.cn/sitemap.xml]
                include: ['^http://www\\.nhsa\\.gov\\.cn/art/']
                exclude: ['\\.pdf$']
                depth: 2
                refetchInterval: 15m
              - id: minimal
                feeds: [https://news.example.cn/feed]
            """;

    @Test
    void readsTheDocumentedFormat() {
        SiteList list = loader.parse(EXAMPLE, "example");
        CrawlSettings settings = list.settings();
        assertEquals(Duration.ofSeconds(5), settings.politenessDelay());
        assertEquals(Duration.ofMinutes(1), settings.maxCrawlDelay());
        assertEquals(4, settings.maxConcurrency());
        assertEquals(1048576, settings.fetch().maxBodyBytes());
        assertEquals("newsflow-crawler", settings.robotsAgent());
        assertEquals(Set.of("localhost"), settings.allowHosts());
        assertTrue(settings.ssrfGuard());

        Site nhsa = list.site("nhsa").orElseThrow();
        assertEquals("110000", nhsa.publisherAdcode());
        assertEquals(2, nhsa.maxDepth());
        assertEquals(Duration.ofMinutes(15), nhsa.refetchInterval());
        assertEquals(List.of("http://www.nhsa.gov.cn/rss.xml"), nhsa.feeds());
        assertTrue(nhsa.scope().allows("http://www.nhsa.gov.cn/art/2026/11/23/art_14_1.html"));
        assertFalse(nhsa.scope().allows("http://www.nhsa.gov.cn/art/2026/doc.pdf"));
        assertFalse(nhsa.scope().allows("http://www.nhsa.gov.cn/col/col15/index.html"));

        Site minimal = list.site("minimal").orElseThrow();
        assertEquals(1, minimal.maxDepth());
        assertEquals(Duration.ofMinutes(30), minimal.refetchInterval());
        assertTrue(minimal.scope().allows("https://news.example.cn/any/page.html"), "default scope: the site's hosts");
        assertFalse(minimal.scope().allows("https://other.example.cn/page.html"));
        assertTrue(minimal.robotsSitemaps());
    }

    @Test
    void theReadmeExampleLoads() throws Exception {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme);
        int start = text.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = text.substring(start, text.indexOf("```", start));
        assertFalse(loader.parse(yaml, "README").sites().isEmpty());
    }

    @Test
    void mistakesAreErrorsNamingThePlace() {
        assertMessage("unknown-key", "sites:\n  - id: a\n    seed: [http://a.cn/]\n", "seed");
        assertMessage("no entry", "sites:\n  - id: a\n    depth: 1\n", "needs at least one seed");
        assertMessage("dup", "sites:\n  - id: a\n    feeds: [http://a.cn/f]\n  - id: a\n    feeds: [http://a.cn/g]\n", "twice");
        assertMessage("bad url", "sites:\n  - id: a\n    seeds: ['ftp://a.cn/']\n", "not an http(s) URL");
        assertMessage("bad regex", "sites:\n  - id: a\n    seeds: [http://a.cn/]\n    include: ['(']\n", "bad pattern");
        assertMessage("bad duration", "sites:\n  - id: a\n    seeds: [http://a.cn/]\n    refetchInterval: often\n", "not a duration");
        assertMessage("bad adcode", "sites:\n  - id: a\n    seeds: [http://a.cn/]\n    adcode: '11'\n", "six-digit");
        assertMessage("no sites", "crawler:\n  maxConcurrency: 2\n", "no sites");
    }

    private void assertMessage(String label, String yaml, String expected) {
        SiteListException e = assertThrows(SiteListException.class, () -> loader.parse(yaml, label), label);
        assertTrue(e.getMessage().contains(expected), label + ": " + e.getMessage());
    }
}
