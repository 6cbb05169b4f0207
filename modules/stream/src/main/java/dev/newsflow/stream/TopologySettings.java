package dev.newsflow.stream;

import dev.newsflow.extract.taxonomy.Category;
import dev.newsflow.kafka.Topic;
import dev.newsflow.stream.dlq.DeadLetters;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * What shapes the topology (as opposed to how it runs): configuration keys {@code newsflow.stream.*}.
 *
 * @param applicationId Streams application id, also written on dead letters and quarantined pages
 * @param categoryTopics categories that get their own {@code reform-events.<CATEGORY>} topic; empty for none
 * @param dedupWindow how long an article can be found again as the canonical copy of a near-duplicate;
 *                    bounds the duplicate-detection stores
 * @param minDedupChars texts shorter than this skip near-duplicate detection
 * @param maxRecordBytes an article larger than this once encoded is dead-lettered instead of produced
 * @param maxKeptBytes failed bytes larger than this are not copied into a dead letter
 */
public record TopologySettings(String applicationId, Set<String> categoryTopics, Duration dedupWindow,
        int minDedupChars, int maxRecordBytes, int maxKeptBytes) {

    public static final String PREFIX = "newsflow.stream.";

    public TopologySettings {
        categoryTopics = Set.copyOf(categoryTopics);
        if (dedupWindow.isNegative() || dedupWindow.isZero()) {
            throw new IllegalArgumentException(PREFIX + "dedup.window must be positive: " + dedupWindow);
        }
    }

    /** Defaults: application {@code newsflow-stream}, no category topics, 7-day window, records as large as a page topic takes. */
    public static TopologySettings defaults() {
        return from(new Properties());
    }

    /**
     * Reads {@code newsflow.stream.application-id}, {@code .category-topics} (comma-separated codes, or
     * {@code ALL} for every taxonomy category), {@code .dedup.window} (ISO-8601, e.g. {@code P7D}),
     * {@code .dedup.min-chars}, {@code .max-record-bytes} and {@code newsflow.dead-letters.max-kept-bytes}.
     */
    public static TopologySettings from(Properties config) {
        return new TopologySettings(
                config.getProperty(PREFIX + "application-id", "newsflow-stream"),
                categories(config.getProperty(PREFIX + "category-topics", "")),
                Duration.parse(config.getProperty(PREFIX + "dedup.window", "P7D")),
                Integer.parseInt(config.getProperty(PREFIX + "dedup.min-chars", "80")),
                Integer.parseInt(config.getProperty(PREFIX + "max-record-bytes",
                        Integer.toString(Topic.Layout.PAGE_MESSAGE_BYTES - 64 * 1024))),
                Integer.parseInt(config.getProperty("newsflow.dead-letters.max-kept-bytes",
                        Integer.toString(DeadLetters.DEFAULT_MAX_KEPT_BYTES))));
    }

    private static Set<String> categories(String value) {
        Set<String> codes = new LinkedHashSet<>();
        if (value.isBlank()) {
            return codes;
        }
        if (value.strip().equalsIgnoreCase("ALL")) {
            for (Category category : Category.values()) {
                codes.add(category.name());
            }
            return codes;
        }
        Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).forEach(codes::add);
        return codes;
    }

    public TopologySettings withCategoryTopics(Set<String> categories) {
        return new TopologySettings(applicationId, categories, dedupWindow, minDedupChars, maxRecordBytes, maxKeptBytes);
    }

    public TopologySettings withMaxRecordBytes(int bytes) {
        return new TopologySettings(applicationId, categoryTopics, dedupWindow, minDedupChars, bytes, maxKeptBytes);
    }
}
