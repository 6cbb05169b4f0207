package dev.newsflow.stream.mapping;

import dev.newsflow.contracts.RawPage;
import java.net.URI;
import java.util.Locale;

/** The site (lower-case host) a record belongs to, for articles and per-site counters. */
public final class Sites {

    /** Counter bucket for records whose URL cannot be read (e.g. undecodable bytes). */
    public static final String UNKNOWN = "(unknown)";

    private Sites() {}

    /** Host of the URL that answered, else of the requested URL. */
    public static String hostOf(RawPage raw) {
        String host = hostOf(raw.getFinalUrl());
        return UNKNOWN.equals(host) ? hostOf(raw.getUrl()) : host;
    }

    /** Lower-case host of a URL, or {@link #UNKNOWN}. */
    public static String hostOf(String url) {
        if (url == null || url.isBlank()) {
            return UNKNOWN;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null || host.isEmpty() ? UNKNOWN : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
