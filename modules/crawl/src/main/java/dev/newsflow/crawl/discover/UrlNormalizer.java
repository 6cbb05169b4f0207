package dev.newsflow.crawl.discover;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * One spelling per URL, so the frontier (keyed by URL) never holds two names for the same page:
 * crawler-commons' normalizer (case of scheme and host, default ports, dot segments, percent-encoding,
 * fragments), keeping only http(s) URLs that also parse as {@link URI}.
 */
public final class UrlNormalizer {

    private final BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder().build();

    public Optional<String> normalize(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String normalized;
        try {
            normalized = normalizer.filter(url.trim());
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
        if (normalized == null) {
            return Optional.empty();
        }
        int hash = normalized.indexOf('#');
        if (hash >= 0) {
            normalized = normalized.substring(0, hash);
        }
        try {
            URI uri = new URI(normalized);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(normalized);
    }
}
