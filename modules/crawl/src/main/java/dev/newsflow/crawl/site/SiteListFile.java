package dev.newsflow.crawl.site;

import java.util.List;

/** The site file as written, before validation; field names are the file's keys. */
record SiteListFile(Crawler crawler, List<SiteEntry> sites) {

    record Crawler(
            String userAgent,
            String robotsAgent,
            String robotsTtl,
            String politenessDelay,
            String maxCrawlDelay,
            Integer maxConcurrency,
            Integer maxAttempts,
            String retryDelay,
            String connectTimeout,
            String readTimeout,
            Integer maxRedirects,
            Integer maxBodyBytes,
            Integer maxRetries,
            String retryBackoff,
            String maxRetryWait,
            Boolean ssrfGuard,
            List<String> allowHosts) {

        static final Crawler EMPTY =
                new Crawler(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null);
    }

    record SiteEntry(
            String id,
            List<String> seeds,
            List<String> feeds,
            List<String> sitemaps,
            List<String> include,
            List<String> exclude,
            Integer depth,
            String refetchInterval,
            String adcode,
            Boolean robotsSitemaps) {}
}
