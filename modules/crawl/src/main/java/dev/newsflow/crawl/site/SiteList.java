package dev.newsflow.crawl.site;

import java.util.List;
import java.util.Optional;

/** The operator's site list: crawler settings and the sites to crawl. */
public record SiteList(CrawlSettings settings, List<Site> sites) {

    public SiteList {
        sites = List.copyOf(sites);
    }

    public Optional<Site> site(String id) {
        return sites.stream().filter(site -> site.id() != null && site.id().equals(id)).findFirst();
    }
}
