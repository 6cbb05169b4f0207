package dev.newsflow.web.pipeline;

import dev.newsflow.web.source.PipelineHealth.StageThroughput;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records per second per stage from counters that only grow (offsets: records published to a topic, records a
 * consumer group has committed). Each reading is kept for a while and a rate is taken against the oldest
 * reading still in the window, so that a dashboard refreshed by several browsers (readings a few milliseconds
 * apart) still shows a rate over seconds, not noise. Thread-safe: readings come from HTTP request threads.
 */
final class StageRates {

    private record Reading(long nanos, Map<String, Long> counters) {}

    private final long windowNanos;
    private final long minSpanNanos;
    private final Deque<Reading> readings = new ArrayDeque<>();

    /**
     * @param window how far back a rate looks at most
     * @param minSpan the shortest span a rate is taken over; closer readings give no rate yet
     */
    StageRates(Duration window, Duration minSpan) {
        if (minSpan.compareTo(window) > 0) {
            throw new IllegalArgumentException("minSpan " + minSpan + " longer than window " + window);
        }
        this.windowNanos = window.toNanos();
        this.minSpanNanos = minSpan.toNanos();
    }

    /**
     * Adds a reading taken at {@code nanos} (a monotonic clock) and returns each stage's rate since the oldest
     * reading in the window; a stage with no earlier reading, or whose counter went down (a topic recreated),
     * has no rate yet.
     */
    synchronized List<StageThroughput> add(long nanos, Map<String, Long> counters) {
        while (readings.size() > 1 && nanos - readings.peekFirst().nanos() > windowNanos) {
            readings.pollFirst();
        }
        Reading oldest = readings.peekFirst();
        List<StageThroughput> rates = new ArrayList<>();
        if (oldest != null && nanos - oldest.nanos() >= minSpanNanos) {
            double seconds = (nanos - oldest.nanos()) / 1e9;
            for (Map.Entry<String, Long> counter : new TreeMap<>(counters).entrySet()) {
                Long before = oldest.counters().get(counter.getKey());
                if (before != null && counter.getValue() >= before) {
                    rates.add(new StageThroughput(counter.getKey(), (counter.getValue() - before) / seconds));
                }
            }
        }
        Reading newest = readings.peekLast();
        // Readings closer together than minSpan add nothing but memory: keep one per minSpan at most.
        if (newest == null || nanos - newest.nanos() >= minSpanNanos) {
            readings.addLast(new Reading(nanos, Map.copyOf(counters)));
        }
        return rates;
    }
}
