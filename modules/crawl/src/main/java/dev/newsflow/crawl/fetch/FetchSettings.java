package dev.newsflow.crawl.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How one URL is fetched.
 *
 * @param userAgent     the User-Agent header: who crawls and how to reach them
 * @param connectTimeout time allowed to open the connection
 * @param readTimeout   time allowed for the whole answer, headers and body, of one request
 * @param maxRedirects  redirects followed before giving up (the chain is recorded)
 * @param maxBodyBytes  bodies are cut at this size (after gzip/deflate decoding) and flagged truncated
 * @param maxRetries    retries of one fetch answered 429 or 5xx, waiting between them
 * @param retryBackoff  first wait between retries when the server names none; doubled each retry
 * @param maxRetryWait  longest wait spent inline; a longer Retry-After is handed back to the scheduler
 */
public record FetchSettings(
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        int maxRedirects,
        int maxBodyBytes,
        int maxRetries,
        Duration retryBackoff,
        Duration maxRetryWait) {

    public static final int DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
    public static final String DEFAULT_USER_AGENT =
            "newsflow-crawler/0.1 (health-policy news research crawler; set crawler.userAgent to add a contact)";

    public FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(maxRetryWait, "maxRetryWait");
        if (maxRedirects < 0 || maxRetries < 0 || maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxRedirects and maxRetries must be >= 0, maxBodyBytes > 0");
        }
    }

    public static FetchSettings defaults() {
        return new FetchSettings(DEFAULT_USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
                DEFAULT_MAX_BODY_BYTES, 2, Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
