package dev.newsflow.crawl;

import dev.newsflow.crawl.site.Site;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the site entry a frontier state belongs to. States of ad-hoc crawls (and of sites since removed
 * from the list) fall back to the ad-hoc entry, which keeps the crawl on the URLs' own hosts.
 */
final class SiteDirectory {

    private final Map<String, Site> byId = new HashMap<>();
    private final Site fallback;

    SiteDirectory(List<Site> sites, Site fallback) {
        for (Site site : sites) {
            if (site.id() != null) {
                byId.put(site.id(), site);
            }
        }
        this.fallback = fallback;
    }

    /** Whether the site list (still) has an entry with this id. */
    boolean lists(String id) {
        return byId.containsKey(id);
    }

    Site forId(String id) {
        return id == null ? fallback : byId.getOrDefault(id, fallback);
    }
}
