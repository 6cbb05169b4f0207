package dev.newsflow.crawl;

import dev.newsflow.contracts.CrawlSource;
import dev.newsflow.contracts.CrawlState;
import dev.newsflow.contracts.UrlKind;
import dev.newsflow.contracts.UrlStatus;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Builds frontier states; instants are cut to milliseconds, the precision they are stored with. */
final class CrawlStates {

    private CrawlStates() {}

    static CrawlState discovered(String url, String site, UrlKind kind, CrawlSource source, int depth, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        return CrawlState.newBuilder()
                .setUrl(url)
                .setHost(host(url))
                .setSite(site)
                .setKind(kind)
                .setSource(source.name())
                .setDepth(depth)
                .setStatus(UrlStatus.DISCOVERED)
                .setNextFetchAt(at)
                .setUpdatedAt(at)
                .build();
    }

    static String host(String url) {
        String host = URI.create(url).getHost();
        return host == null ? url : host.toLowerCase(Locale.ROOT);
    }

    static CrawlSource source(CrawlState state) {
        try {
            return CrawlSource.valueOf(state.getSource());
        } catch (IllegalArgumentException unknown) {
            return CrawlSource.OTHER;
        }
    }

    static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
