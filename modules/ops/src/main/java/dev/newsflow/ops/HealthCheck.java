package dev.newsflow.ops;

import java.util.function.Supplier;

/** Something a process needs before it can do its work: the live feed, the store, the Streams application... */
public interface HealthCheck {

    /** A named check from a function, e.g. {@code HealthCheck.of("streams", () -> ...)} over the Streams state. */
    static HealthCheck of(String name, Supplier<HealthResult> check) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HealthResult check() {
                return check.get();
            }
        };
    }

    /** Short name shown in /health, e.g. live-feed. */
    String name();

    /** Whether the dependency is usable now; never throws (a failure is a DOWN result with the reason). */
    HealthResult check();
}
