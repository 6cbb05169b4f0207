package dev.newsflow.sink.consume;

import java.time.Duration;

/** Exponential backoff between attempts: initial, doubling, capped; back to initial after a success. */
public final class Backoff {

    private final long initialMs;
    private final long maxMs;
    private long nextMs;

    public Backoff(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initialMs = initial.toMillis();
        this.maxMs = max.toMillis();
        this.nextMs = initialMs;
    }

    /** The delay before the next attempt; each call doubles the following one, up to the maximum. */
    public Duration next() {
        long current = nextMs;
        nextMs = Math.min(maxMs, nextMs * 2);
        return Duration.ofMillis(current);
    }

    public void reset() {
        nextMs = initialMs;
    }
}
