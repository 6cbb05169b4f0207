package dev.newsflow.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a process without a dashboard shows operations (the crawler, the Streams application, the sink):
 * {@code /metrics} in Prometheus text format, {@code /health/live} (200 while the process answers) and
 * {@code /health/ready} and {@code /health} (200 when every readiness check is up, 503 otherwise, with each
 * check's result), the same answers as the dashboard's, so Kubernetes probes and Prometheus treat every pod
 * alike. The JDK's HTTP server is enough for three routes; the dashboard uses Javalin because it also serves
 * pages and a live feed.
 */
public final class OperationsEndpoint implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<HealthCheck> readiness = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    private OperationsEndpoint(HttpServer server) {
        this.server = server;
    }

    /**
     * Serves on {@code bind:port} (port 0: any free port). Bind to 127.0.0.1 on a laptop, to 0.0.0.0 in a
     * container whose probes and scrapes come from outside.
     */
    public static OperationsEndpoint start(String bind, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(bind), port), 0);
            OperationsEndpoint endpoint = new OperationsEndpoint(server);
            server.createContext("/metrics", exchange -> endpoint.answer(exchange, 200,
                    "text/plain; version=0.0.4; charset=utf-8", endpoint.registry.scrape()));
            server.createContext("/health/live", exchange -> endpoint.answer(exchange, 200, "application/json",
                    JSON.writeValueAsString(Map.of("status", "UP"))));
            server.createContext("/health/ready", endpoint::readiness);
            server.createContext("/health", exchange -> {
                if (exchange.getRequestURI().getPath().equals("/health")) {
                    endpoint.readiness(exchange);
                } else {
                    endpoint.answer(exchange, 404, "text/plain; charset=utf-8", "not found");
                }
            });
            server.start();
            return endpoint;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve metrics and health on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** Adds something that must be up for {@code /health/ready} to answer 200. */
    public OperationsEndpoint readiness(HealthCheck check) {
        readiness.add(check);
        return this;
    }

    /** The registry {@code /metrics} shows: bind the process's meters to it. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void readiness(HttpExchange exchange) throws IOException {
        HealthReport report = HealthReport.of(readiness);
        String body = JSON.writeValueAsString(Map.of("status", report.ready() ? "UP" : "DOWN", "live", true,
                "ready", report.ready(), "checks", report.checks()));
        answer(exchange, report.ready() ? 200 : 503, "application/json", body);
    }

    private void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        registry.close();
    }
}
