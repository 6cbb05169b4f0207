package dev.newsflow.crawl.site;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the operator's site list.
 *
 * @param id              stable identifier, recorded on every page (RawPage.site); null for ad-hoc crawls
 * @param seeds           pages re-read on the interval whose links are followed (section and list pages)
 * @param feeds           RSS/Atom feeds re-read on the interval
 * @param sitemaps        sitemaps or sitemap indexes re-read on the interval
 * @param scope           which discovered URLs belong to the site
 * @param maxDepth        links followed this many steps from a seed, feed entry or sitemap entry
 * @param refetchInterval how often seeds, feeds and sitemaps are re-read
 * @param publisherAdcode GB/T 2260 code of the publisher's region, or null
 * @param robotsSitemaps  whether sitemaps declared in the hosts' robots.txt are read too
 */
public record Site(
        String id,
        List<String> seeds,
        List<String> feeds,
        List<String> sitemaps,
        UrlScope scope,
        int maxDepth,
        Duration refetchInterval,
        String publisherAdcode,
        boolean robotsSitemaps) {

    public Site {
        seeds = List.copyOf(seeds);
        feeds = List.copyOf(feeds);
        sitemaps = List.copyOf(sitemaps);
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(refetchInterval, "refetchInterval");
        if (maxDepth < 0) {
            throw new IllegalArgumentException("maxDepth must be >= 0");
        }
    }

    /** Hosts of the entry points: the default scope and where robots.txt sitemaps may come from. */
    public Set<String> hosts() {
        Set<String> hosts = new LinkedHashSet<>();
        for (List<String> urls : List.of(seeds, feeds, sitemaps)) {
            for (String url : urls) {
                String host = URI.create(url).getHost();
                if (host != null) {
                    hosts.add(host.toLowerCase(Locale.ROOT));
                }
            }
        }
        return hosts;
    }
}
