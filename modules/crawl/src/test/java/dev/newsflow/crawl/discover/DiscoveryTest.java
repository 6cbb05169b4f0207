package dev.newsflow.crawl.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

    private final UrlNormalizer normalizer = new UrlNormalizer();

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>卫健委新闻</title><link>http://news.example.cn/</link>
            <item><title>关于深化医疗服务价格改革的通知</title><link>http://news.example.cn/a/1.html</link></item>
            <item><title>相对链接</title><link>/a/2.html#comments</link></item>
            <item><title>no link</title><guid isPermaLink="false">x-1</guid></item>
            </channel></rss>""";

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>医保局</title><id>urn:x</id><updated>2026-11-23T08:00:00Z</updated>
            <entry><title>DRG 付费</title><id>urn:1</id><updated>2026-11-23T08:00:00Z</updated>
              <link rel="alternate" href="http://news.example.cn/b/1.html"/></entry>
            </feed>""";

    @Test
    void readsRss2AndAtomFeeds() throws Exception {
        FeedReader reader = new FeedReader(normalizer);
        assertEquals(List.of("http://news.example.cn/a/1.html", "http://news.example.cn/a/2.html"),
                List.copyOf(reader.articleUrls(RSS.getBytes(StandardCharsets.UTF_8), "application/rss+xml",
                        "http://news.example.cn/rss.xml")));
        assertEquals(Set.of("http://news.example.cn/b/1.html"),
                reader.articleUrls(ATOM.getBytes(StandardCharsets.UTF_8), null, "http://news.example.cn/atom.xml"));
    }

    @Test
    void aFeedInGbkIsReadByItsXmlDeclaration() throws Exception {
        byte[] gbk = RSS.replace("UTF-8", "GBK").getBytes(Charset.forName("GBK"));
        assertEquals(2, new FeedReader(normalizer).articleUrls(gbk, "text/xml", "http://news.example.cn/rss").size());
    }

    @Test
    void aBrokenFeedIsATypedError() {
        assertThrows(DiscoveryException.class, () -> new FeedReader(normalizer)
                .articleUrls("<rss><channel><item>".getBytes(StandardCharsets.UTF_8), "text/xml", "http://x.cn/rss"));
    }

    static final String INDEX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>http://news.example.cn/sitemap-news.xml</loc></sitemap>
              <sitemap><loc>http://news.example.cn/sitemap-2026.xml</loc></sitemap>
            </sitemapindex>""";

    static final String NEWS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>http://news.example.cn/c/1.html</loc>
                <news:news><news:publication><news:name>示例</news:name><news:language>zh</news:language></news:publication>
                <news:publication_date>2026-11-23</news:publication_date><news:title>集采</news:title></news:news></url>
              <url><loc>http://news.example.cn/other/2.html</loc></url>
            </urlset>""";

    @Test
    void readsASitemapIndexAndANewsSitemap() throws Exception {
        SitemapReader reader = new SitemapReader(normalizer);
        SitemapContent index = reader.read(INDEX.getBytes(StandardCharsets.UTF_8), "application/xml",
                "http://news.example.cn/sitemap.xml");
        assertEquals(Set.of("http://news.example.cn/sitemap-news.xml", "http://news.example.cn/sitemap-2026.xml"),
                index.sitemaps());
        assertTrue(index.pages().isEmpty());
        SitemapContent news = reader.read(NEWS.getBytes(StandardCharsets.UTF_8), "text/xml",
                "http://news.example.cn/sitemap-news.xml");
        assertEquals(Set.of("http://news.example.cn/c/1.html", "http://news.example.cn/other/2.html"), news.pages());
    }

    @Test
    void extractsAbsoluteNormalizedLinks() {
        String html = """
                <html><head><base href="http://news.example.cn/list/"></head><body>
                <a href="1.html">一</a><a href="/a/../b/2.html#top">二</a><a href="1.html">dup</a>
                <a href="javascript:void(0)">js</a><a href="mailto:x@y.cn">mail</a>
                <a href="HTTP://NEWS.Example.CN:80/c/3.html">three</a></body></html>""";
        Set<String> links = new LinkExtractor(normalizer).links(html.getBytes(StandardCharsets.UTF_8), "utf-8",
                "http://news.example.cn/list/index.html");
        assertEquals(List.of("http://news.example.cn/list/1.html", "http://news.example.cn/b/2.html",
                "http://news.example.cn/c/3.html"), List.copyOf(links));
    }

    @Test
    void sniffsDocumentKinds() {
        assertEquals(DocumentKind.FEED, DocumentKind.sniff("text/html", RSS.getBytes(StandardCharsets.UTF_8)));
        assertEquals(DocumentKind.FEED, DocumentKind.sniff(null, ATOM.getBytes(StandardCharsets.UTF_8)));
        assertEquals(DocumentKind.SITEMAP, DocumentKind.sniff("text/xml", INDEX.getBytes(StandardCharsets.UTF_8)));
        assertEquals(DocumentKind.SITEMAP, DocumentKind.sniff("application/xml", NEWS.getBytes(StandardCharsets.UTF_8)));
        assertEquals(DocumentKind.HTML, DocumentKind.sniff("text/html", "<!DOCTYPE html><html>".getBytes()));
        assertEquals(DocumentKind.HTML, DocumentKind.sniff(null, "<html><body>x".getBytes()));
        assertEquals(DocumentKind.OTHER, DocumentKind.sniff("application/pdf", "%PDF-1.7".getBytes()));
    }

    @Test
    void normalizesUrls() {
        assertEquals(Optional.of("http://news.example.cn/a/b.html"), normalizer.normalize("HTTP://News.Example.CN:80/a/./b.html#x"));
        assertEquals(Optional.empty(), normalizer.normalize("ftp://news.example.cn/"));
        assertEquals(Optional.empty(), normalizer.normalize("not a url"));
    }
}
