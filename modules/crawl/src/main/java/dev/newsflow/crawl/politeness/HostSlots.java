package dev.newsflow.crawl.politeness;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One request at a time per host, and a rest after each: a host is busy while a request runs and
 * unavailable until its rest is over. Not thread-safe: the frontier guards it.
 */
public final class HostSlots {

    private final Set<String> busy = new HashSet<>();
    private final Map<String, Instant> restUntil = new HashMap<>();

    public boolean isAvailable(String host, Instant now) {
        if (busy.contains(host)) {
            return false;
        }
        Instant until = restUntil.get(host);
        return until == null || !now.isBefore(until);
    }

    /** When the host can take a request again; empty when busy (it frees on {@link #release}). */
    public Optional<Instant> availableAt(String host) {
        if (busy.contains(host)) {
            return Optional.empty();
        }
        return Optional.of(restUntil.getOrDefault(host, Instant.MIN));
    }

    public void acquire(String host) {
        if (!busy.add(host)) {
            throw new IllegalStateException("host already busy: " + host);
        }
    }

    public void release(String host, Instant restUntilInstant) {
        busy.remove(host);
        restUntil.put(host, restUntilInstant);
    }

    public int busyCount() {
        return busy.size();
    }
}
