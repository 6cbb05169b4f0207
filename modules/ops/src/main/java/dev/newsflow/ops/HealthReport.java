package dev.newsflow.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readiness of the process: ready when every check is up. Liveness is the server answering at all, so it
 * needs no check of its own.
 *
 * @param ready all checks up
 * @param checks each check's result by name
 */
public record HealthReport(boolean ready, Map<String, HealthResult> checks) {

    private static final Logger log = LoggerFactory.getLogger(HealthReport.class);

    public static HealthReport of(List<HealthCheck> checks) {
        Map<String, HealthResult> results = new LinkedHashMap<>();
        boolean ready = true;
        for (HealthCheck check : checks) {
            HealthResult result;
            try {
                result = check.check();
            } catch (RuntimeException e) {
                // a check is not supposed to throw; if one does, the dependency is not usable
                log.warn("Health check {} failed", check.name(), e);
                result = HealthResult.down(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            results.put(check.name(), result);
            ready &= result.up();
        }
        return new HealthReport(ready, results);
    }
}
