package dev.newsflow.crawl.discover;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a fetched body is, judged from its first bytes and its media type: operators hand the dry run
 * bare URLs, and sites serve feeds as text/html or text/xml as often as with the proper type.
 */
public enum DocumentKind {
    HTML, FEED, SITEMAP, OTHER;

    private static final int SNIFF_BYTES = 2048;

    public static DocumentKind sniff(String mediaType, byte[] body) {
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        boolean xmlish = head.stripLeading().startsWith("<?xml") || head.stripLeading().startsWith("\ufeff")
                || (mediaType != null && mediaType.contains("xml"));
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return SITEMAP;
        }
        if (head.contains("<rss") || head.contains("<rdf:rdf") || (head.contains("<feed") && head.contains("atom"))) {
            return FEED;
        }
        if ((mediaType != null && (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")))
                || head.contains("<html") || head.contains("<!doctype html")) {
            return HTML;
        }
        return xmlish ? OTHER : (mediaType == null && head.contains("<body") ? HTML : OTHER);
    }
}
