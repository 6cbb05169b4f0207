package dev.newsflow.stream.aggregate;

import java.time.Instant;

/**
 * Events of one category in one province within one window.
 *
 * @param category taxonomy code
 * @param province province-level division, or {@link ActivityKeys#NATIONAL} for national events
 * @param windowStart start of the hour or day (UTC)
 * @param count events counted
 */
public record EventCount(String category, String province, Instant windowStart, long count) {}
