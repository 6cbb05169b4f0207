package dev.newsflow.web;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Times every request into {@code http.server.requests}, tagged by route template (not the raw path, which
 * would make one time series per article id), method and status.
 */
final class RequestMetrics implements RequestLogger {

    private final MeterRegistry registry;

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handle(Context ctx, Float executionTimeMs) {
        String route = route(ctx);
        Timer.builder("http.server.requests")
                .tag("method", ctx.method().name())
                .tag("uri", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record((long) (executionTimeMs * 1000), TimeUnit.MICROSECONDS);
    }

    /** The matched route template; static files and unknown paths share Javalin's catch-all template. */
    private static String route(Context ctx) {
        try {
            Endpoint endpoint = ctx.endpoint();
            return endpoint == null ? "unmatched" : endpoint.path;
        } catch (IllegalStateException e) {
            return "unmatched"; // no endpoint handled the request
        }
    }
}
