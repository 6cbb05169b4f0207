package dev.newsflow.crawl;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-host crawl metrics (tag {@code host}):
 * {@code newsflow.crawl.pages} answered fetches, {@code newsflow.crawl.errors} failed fetches and error
 * statuses (tag {@code reason}), {@code newsflow.crawl.refused} URLs not fetched (tag {@code reason}),
 * {@code newsflow.crawl.bytes} body sizes, {@code newsflow.crawl.latency} fetch time, and
 * {@code newsflow.crawl.last.success} epoch seconds of the last 2xx/304.
 */
public final class CrawlMetrics {

    private final MeterRegistry registry;
    private final ConcurrentMap<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    public CrawlMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public MeterRegistry registry() {
        return registry;
    }

    void answered(String host, long bytes, Duration latency, boolean success, Instant at) {
        Counter.builder("newsflow.crawl.pages").tag("host", host).register(registry).increment();
        DistributionSummary.builder("newsflow.crawl.bytes").baseUnit("bytes").tag("host", host)
                .register(registry).record(bytes);
        latency(host, latency);
        if (success) {
            lastSuccess.computeIfAbsent(host, h -> {
                AtomicLong holder = new AtomicLong();
                Gauge.builder("newsflow.crawl.last.success", holder, AtomicLong::get).baseUnit("seconds")
                        .tag("host", h).register(registry);
                return holder;
            }).set(at.getEpochSecond());
        }
    }

    void error(String host, String reason, Duration latency) {
        Counter.builder("newsflow.crawl.errors").tag("host", host).tag("reason", reason).register(registry).increment();
        if (latency != null) {
            latency(host, latency);
        }
    }

    void refused(String host, String reason) {
        Counter.builder("newsflow.crawl.refused").tag("host", host).tag("reason", reason).register(registry).increment();
    }

    private void latency(String host, Duration latency) {
        Timer.builder("newsflow.crawl.latency").tag("host", host).register(registry).record(latency);
    }
}
