package dev.newsflow.crawl.discover;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import java.io.IOException;
import java.net.URL;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads XML sitemaps, sitemap indexes and Google News sitemaps (plain-text and gzipped ones too) with
 * crawler-commons. Not strict about location: news sites commonly list article URLs outside the sitemap's
 * directory; the site's URL patterns decide what is crawled.
 */
public final class SitemapReader {

    private final UrlNormalizer normalizer;

    public SitemapReader(UrlNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public SitemapContent read(byte[] body, String mediaType, String sitemapUrl) throws DiscoveryException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap parsed;
        try {
            parsed = parser.parseSiteMap(mediaType == null ? "text/xml" : mediaType, body, new URL(sitemapUrl));
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new DiscoveryException("not a readable sitemap: " + e.getMessage(), e);
        }
        Set<String> sitemaps = new LinkedHashSet<>();
        Set<String> pages = new LinkedHashSet<>();
        if (parsed.isIndex()) {
            for (AbstractSiteMap child : ((SiteMapIndex) parsed).getSitemaps()) {
                add(child.getUrl(), sitemaps);
            }
        } else {
            for (SiteMapURL entry : ((SiteMap) parsed).getSiteMapUrls()) {
                add(entry.getUrl(), pages);
            }
        }
        return new SitemapContent(sitemaps, pages);
    }

    private void add(URL url, Set<String> into) {
        if (url != null) {
            normalizer.normalize(url.toString()).ifPresent(into::add);
        }
    }
}
