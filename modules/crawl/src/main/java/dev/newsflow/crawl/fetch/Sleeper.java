package dev.newsflow.crawl.fetch;

import java.time.Duration;

/** Waits between retries; a seam so tests can observe the waits without spending them. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    static Sleeper real() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
