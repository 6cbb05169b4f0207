package dev.newsflow.sink.store;

import dev.newsflow.kafka.DataDirectory;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the store is and how to reach it.
 *
 * <p>Keys: {@code newsflow.store.url} (JDBC URL; default {@code jdbc:sqlite:<data-dir>/newsflow.db}, where
 * the data dir is {@code newsflow.data-dir}, default {@code <newsflow.home>/var}), {@code newsflow.store.user},
 * {@code newsflow.store.password}, {@code newsflow.store.pool-size} (default 4) and
 * {@code newsflow.store.connect-timeout-ms} (how long to wait for a connection before the attempt counts as
 * failed; default 10000).
 *
 * @param url JDBC URL: {@code jdbc:postgresql:...} or {@code jdbc:sqlite:...}
 * @param user user name, or null
 * @param password password, or null
 * @param poolSize most connections kept open
 * @param connectTimeout how long one attempt to get a connection may take
 */
public record StoreConfig(String url, String user, String password, int poolSize, Duration connectTimeout) {

    public static final String URL = "newsflow.store.url";
    public static final String USER = "newsflow.store.user";
    public static final String PASSWORD = "newsflow.store.password";
    public static final String POOL_SIZE = "newsflow.store.pool-size";
    public static final String CONNECT_TIMEOUT_MS = "newsflow.store.connect-timeout-ms";

    public StoreConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (poolSize < 1) {
            throw new IllegalArgumentException(POOL_SIZE + " must be at least 1, got " + poolSize);
        }
        // Hikari refuses anything shorter than 250 ms
        if (connectTimeout.toMillis() < 250) {
            throw new IllegalArgumentException(CONNECT_TIMEOUT_MS + " must be at least 250, got " + connectTimeout.toMillis());
        }
    }

    /** A store at {@code url} with default pool settings and no credentials. */
    public static StoreConfig of(String url) {
        return new StoreConfig(url, null, null, 4, Duration.ofSeconds(10));
    }

    public static StoreConfig from(Properties config) {
        String url = config.getProperty(URL);
        if (url == null || url.isBlank()) {
            url = "jdbc:sqlite:" + DataDirectory.of(config).resolve("newsflow.db");
        }
        return new StoreConfig(url.trim(), blankToNull(config.getProperty(USER)), blankToNull(config.getProperty(PASSWORD)),
                intKey(config, POOL_SIZE, 4), Duration.ofMillis(intKey(config, CONNECT_TIMEOUT_MS, 10_000)));
    }

    /** The same store with another URL (e.g. one schema per test). */
    public StoreConfig withUrl(String newUrl) {
        return new StoreConfig(newUrl, user, password, poolSize, connectTimeout);
    }

    public StoreConfig withConnectTimeout(Duration timeout) {
        return new StoreConfig(url, user, password, poolSize, timeout);
    }

    /** The URL with any password-looking query parameter hidden, for logs. */
    public String redactedUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "StoreConfig[url=" + redactedUrl() + ", user=" + user + ", poolSize=" + poolSize + "]";
    }

    static int intKey(Properties config, String key, int defaultValue) {
        String value = config.getProperty(key);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + value + "'", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
