package dev.newsflow.sink;

import dev.newsflow.sink.store.StoreConfig;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * The sink's configuration (every key is documented in {@code deploy/newsflow.properties} and the module
 * README).
 *
 * @param store where to write ({@code newsflow.store.*})
 * @param groupId consumer group, also written on the sink's dead letters ({@code newsflow.sink.group-id},
 *                default {@code newsflow-sink})
 * @param batchSize most records per poll and per database transaction ({@code newsflow.sink.batch-size},
 *                  default 500)
 * @param pollTimeout longest wait for records in one poll ({@code newsflow.sink.poll-timeout-ms}, default 500)
 * @param initialBackoff first pause after a failed write ({@code newsflow.sink.retry.initial-backoff-ms},
 *                       default 500); it doubles at each further failure
 * @param maxBackoff longest pause ({@code newsflow.sink.retry.max-backoff-ms}, default 30000; keep it well
 *                   below the consumer's max.poll.interval.ms, 5 minutes by default)
 * @param countDeadLetters also read the dead-letters topic and keep its records' reasons for the health view
 *                         ({@code newsflow.sink.dead-letters}, default true)
 */
public record SinkSettings(StoreConfig store, String groupId, int batchSize, Duration pollTimeout, Duration initialBackoff,
        Duration maxBackoff, boolean countDeadLetters) {

    public static final String GROUP_ID = "newsflow.sink.group-id";
    public static final String BATCH_SIZE = "newsflow.sink.batch-size";
    public static final String POLL_TIMEOUT_MS = "newsflow.sink.poll-timeout-ms";
    public static final String INITIAL_BACKOFF_MS = "newsflow.sink.retry.initial-backoff-ms";
    public static final String MAX_BACKOFF_MS = "newsflow.sink.retry.max-backoff-ms";
    public static final String DEAD_LETTERS = "newsflow.sink.dead-letters";

    public SinkSettings {
        Objects.requireNonNull(store, "store");
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException(GROUP_ID + " must not be empty");
        }
        if (batchSize < 1 || batchSize > 100_000) {
            throw new IllegalArgumentException(BATCH_SIZE + " must be 1..100000, got " + batchSize);
        }
        if (pollTimeout.isNegative() || pollTimeout.isZero()) {
            throw new IllegalArgumentException(POLL_TIMEOUT_MS + " must be positive");
        }
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(INITIAL_BACKOFF_MS + " must be positive and at most " + MAX_BACKOFF_MS);
        }
    }

    public static SinkSettings from(Properties config) {
        String group = config.getProperty(GROUP_ID, "newsflow-sink").trim();
        String countDeadLetters = config.getProperty(DEAD_LETTERS, "true").trim();
        if (!countDeadLetters.equalsIgnoreCase("true") && !countDeadLetters.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(DEAD_LETTERS + " must be true or false, got '" + countDeadLetters + "'");
        }
        return new SinkSettings(StoreConfig.from(config), group,
                intKey(config, BATCH_SIZE, 500),
                Duration.ofMillis(intKey(config, POLL_TIMEOUT_MS, 500)),
                Duration.ofMillis(intKey(config, INITIAL_BACKOFF_MS, 500)),
                Duration.ofMillis(intKey(config, MAX_BACKOFF_MS, 30_000)),
                Boolean.parseBoolean(countDeadLetters));
    }

    private static int intKey(Properties config, String key, int defaultValue) {
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
}
