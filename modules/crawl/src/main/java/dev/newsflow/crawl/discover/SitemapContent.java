package dev.newsflow.crawl.discover;

import java.util.Set;

/** What a sitemap lists: further sitemaps (an index) or page URLs. */
public record SitemapContent(Set<String> sitemaps, Set<String> pages) {

    public SitemapContent {
        sitemaps = Set.copyOf(sitemaps);
        pages = Set.copyOf(pages);
    }
}
