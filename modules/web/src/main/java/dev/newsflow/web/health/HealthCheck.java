package dev.newsflow.web.health;

import java.util.function.Supplier;

/** Something the dashboard needs before it can serve real answers: the live feed, the store... */
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
