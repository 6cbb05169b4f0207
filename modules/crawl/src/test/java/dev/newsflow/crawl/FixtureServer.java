package dev.newsflow.crawl;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on a loopback address for crawler tests: routes by exact path, a log of every
 * request (path, request headers, start and end times) and the highest number of requests it served at
 * once, which is how the tests see politeness.
 */
public final class FixtureServer implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    public interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    /**
     * One request as the server saw it, logged when it arrives (so a client that has its answer always
     * finds its request logged); {@link #endNanos()} is set once the answer is sent.
     */
    public static final class Request {
        private final String path;
        private final Headers headers;
        private final long startNanos;
        private volatile long endNanos = Long.MAX_VALUE;

        Request(String path, Headers headers, long startNanos) {
            this.path = path;
            this.headers = headers;
            this.startNanos = startNanos;
        }

        public String path() {
            return path;
        }

        public Headers headers() {
            return headers;
        }

        public long startNanos() {
            return startNanos;
        }

        public long endNanos() {
            return endNanos;
        }
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger maxActive = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);

    public FixtureServer(String loopbackAddress) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(loopbackAddress), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fixture-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::dispatch);
        server.start();
    }

    public static FixtureServer start() {
        return new FixtureServer("127.0.0.1");
    }

    public String base() {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    public String url(String path) {
        return base() + path;
    }

    public FixtureServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    public FixtureServer page(String path, String contentType, byte[] body) {
        return route(path, exchange -> respond(exchange, 200, contentType, body));
    }

    public FixtureServer html(String path, String html) {
        return page(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public FixtureServer redirect(String path, int status, String location) {
        return route(path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
    }

    /** A route that sends headers and then never finishes the body until the server closes. */
    public FixtureServer stall(String path) {
        return route(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write("<html><body>".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            try {
                released.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
    }

    public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().add("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        int now = active.incrementAndGet();
        maxActive.accumulateAndGet(now, Math::max);
        String path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        Request request = new Request(path, exchange.getRequestHeaders(), start);
        requests.add(request);
        try {
            Route route = routes.get(path);
            if (route == null) {
                respond(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            } else {
                route.handle(exchange);
            }
        } finally {
            request.endNanos = System.nanoTime();
            active.decrementAndGet();
        }
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<String> paths() {
        return requests.stream().map(Request::path).toList();
    }

    public long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    public int maxConcurrentRequests() {
        return maxActive.get();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
