package dev.newsflow.app;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * {@code /metrics} in Prometheus text format for run modes that have no dashboard of their own (the
 * crawler's per-host pages, errors, bytes, latency and last success). The JDK's HTTP server is enough for
 * one scrape endpoint; the dashboard uses Javalin because it also serves pages and a live feed.
 */
final class MetricsEndpoint implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final HttpServer server;

    private MetricsEndpoint(HttpServer server) {
        this.server = server;
    }

    /** Serves the registry's meters on {@code bind:port/metrics} (port 0: any free port). */
    static MetricsEndpoint start(String bind, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(bind), port), 0);
            MetricsEndpoint endpoint = new MetricsEndpoint(server);
            server.createContext("/metrics", exchange -> {
                try (exchange) {
                    byte[] body = endpoint.registry.scrape().getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            });
            server.start();
            return endpoint;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve metrics on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
    }

    PrometheusMeterRegistry registry() {
        return registry;
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        registry.close();
    }
}
