package dev.newsflow.web.health;

import dev.newsflow.ops.HealthCheck;
import dev.newsflow.ops.HealthReport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;

/**
 * {@code /health/live}: 200 while the process serves requests. {@code /health/ready} and {@code /health}:
 * 200 when every readiness check is up, 503 otherwise, with each check's result in the body.
 */
public final class HealthRoutes {

    private final List<HealthCheck> checks;

    public HealthRoutes(List<HealthCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public void register(RoutesConfig routes) {
        routes.get("/health/live", ctx -> ctx.json(Map.of("status", "UP")));
        routes.get("/health/ready", this::readiness);
        routes.get("/health", this::readiness);
    }

    private void readiness(Context ctx) {
        HealthReport report = HealthReport.of(checks);
        ctx.status(report.ready() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .json(Map.of("status", report.ready() ? "UP" : "DOWN", "live", true, "ready", report.ready(),
                        "checks", report.checks()));
    }
}
