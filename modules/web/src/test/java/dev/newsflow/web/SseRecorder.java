package dev.newsflow.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A test client of a server-sent event stream: records each event (name and data) as it arrives. */
final class SseRecorder implements AutoCloseable {

    record Event(String name, String id, String data) {}

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    SseRecorder(HttpClient client, URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET().build();
        response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> read(r.body()));
    }

    private void read(Stream<String> lines) {
        String[] current = {null, null, null};
        StringBuilder data = new StringBuilder();
        lines.forEach(line -> {
            if (line.isEmpty()) {
                if (current[0] != null || data.length() > 0) {
                    events.add(new Event(current[0] == null ? "message" : current[0], current[1], data.toString()));
                }
                current[0] = null;
                current[1] = null;
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                current[0] = line.substring(6).strip();
            } else if (line.startsWith("id:")) {
                current[1] = line.substring(3).strip();
            } else if (line.startsWith("data:")) {
                if (data.length() > 0) {
                    data.append('\n');
                }
                data.append(line.substring(5).strip());
            }
        });
    }

    /** The next event of that name, skipping others, or null when none arrives within the wait. */
    Event next(String name, long waitSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
        while (true) {
            long left = deadline - System.nanoTime();
            Event event = left > 0 ? events.poll(left, TimeUnit.NANOSECONDS) : null;
            if (event == null || event.name().equals(name)) {
                return event;
            }
        }
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
