package dev.newsflow.crawl.fetch;

import dev.newsflow.crawl.guard.GuardDecision;
import dev.newsflow.crawl.guard.UrlGuard;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one URL with the JDK HttpClient: redirects followed here (not by the client) so every hop passes
 * the {@link UrlGuard}, at most {@link FetchSettings#maxRedirects()} of them with loops stopped; 429 and
 * 5xx retried with exponential backoff or the server's Retry-After; the body capped and gzip/deflate
 * decoded; the declared charset recorded but the bytes left alone. Thread-safe.
 */
public final class HttpFetcher implements AutoCloseable {

    /** Response headers carried downstream (see RawPage.headers). */
    private static final List<String> KEPT_HEADERS =
            List.of("content-type", "content-language", "last-modified", "etag", "date");

    private final FetchSettings settings;
    private final UrlGuard guard;
    private final Sleeper sleeper;
    private final Clock clock;
    private final HttpClient client;

    public HttpFetcher(FetchSettings settings, UrlGuard guard, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.guard = guard;
        this.sleeper = sleeper;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1 keeps the exchange simple to bound and to cancel; news sites all speak it.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public FetchSettings settings() {
        return settings;
    }

    /** Fetches the URL, sending the validators as If-None-Match / If-Modified-Since when present. */
    public FetchResult fetch(URI url, Validators validators) throws InterruptedException {
        return fetch(url, validators, Duration.ZERO);
    }

    /**
     * Fetches the URL, resting {@code pause} before each further request to the same host (a redirect hop
     * or a retry), so that following redirects and retrying keep the host's politeness delay.
     */
    public FetchResult fetch(URI url, Validators validators, Duration pause) throws InterruptedException {
        Instant started = clock.instant();
        int attempt = 0;
        while (true) {
            attempt++;
            FetchResult result = fetchFollowingRedirects(url, validators, started, attempt, pause);
            if (!result.isRetryableStatus() || attempt > settings.maxRetries()) {
                return result;
            }
            Duration wait = Optional.ofNullable(result.retryAfter())
                    .orElse(settings.retryBackoff().multipliedBy(1L << (attempt - 1)));
            if (wait.compareTo(settings.maxRetryWait()) > 0) {
                return result; // too long to hold the host's slot: the scheduler comes back later
            }
            sleeper.sleep(wait.compareTo(pause) < 0 ? pause : wait);
        }
    }

    private FetchResult fetchFollowingRedirects(URI url, Validators validators, Instant started, int attempt,
                                                Duration pause) throws InterruptedException {
        List<URI> hops = new ArrayList<>();
        Set<URI> visited = new HashSet<>();
        URI current = url;
        while (true) {
            hops.add(current);
            visited.add(current);
            GuardDecision decision = guard.check(current);
            if (!decision.allowed()) {
                return failure(url, hops, started, attempt, FetchFailure.REFUSED_ADDRESS, decision.refusal());
            }
            HttpResponse<CappedBody> response;
            try {
                response = send(current, validators);
            } catch (HttpTimeoutException | TimeoutException e) {
                return failure(url, hops, started, attempt, FetchFailure.TIMEOUT,
                        "no complete answer within " + settings.readTimeout());
            } catch (IOException e) {
                return failure(url, hops, started, attempt, FetchFailure.NETWORK, describe(e));
            }
            if (!isRedirect(response.statusCode())) {
                return answer(url, hops, response, started, attempt);
            }
            Optional<String> location = response.headers().firstValue("location");
            if (location.isEmpty()) {
                return answer(url, hops, response, started, attempt); // a 3xx without Location is an answer
            }
            URI next;
            try {
                next = current.resolve(new URI(location.get().trim())).normalize();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return failure(url, hops, started, attempt, FetchFailure.BAD_REDIRECT,
                        "unusable Location: " + location.get());
            }
            if (visited.contains(next)) {
                hops.add(next);
                return failure(url, hops, started, attempt, FetchFailure.REDIRECT_LOOP, "back to " + next);
            }
            if (hops.size() > settings.maxRedirects()) {
                hops.add(next);
                return failure(url, hops, started, attempt, FetchFailure.TOO_MANY_REDIRECTS,
                        "more than " + settings.maxRedirects() + " redirects");
            }
            if (!pause.isZero() && sameHost(current, next)) {
                sleeper.sleep(pause);
            }
            current = next;
        }
    }

    private HttpResponse<CappedBody> send(URI url, Validators validators)
            throws IOException, TimeoutException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Encoding", "gzip, deflate");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<CappedBody>> pending = client.sendAsync(request.build(),
                info -> new CappedBodySubscriber(settings.maxBodyBytes()));
        try {
            // The request timeout covers the headers only; this deadline also bounds a body that stalls.
            return pending.get(settings.connectTimeout().plus(settings.readTimeout()).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(describe(cause), cause);
        }
    }

    private FetchResult answer(URI url, List<URI> hops, HttpResponse<CappedBody> response, Instant started,
                               int attempt) throws InterruptedException {
        Instant received = clock.instant();
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            response.headers().firstValue(name).ifPresent(value -> kept.put(name, value));
        }
        CappedBody body;
        try {
            body = ContentDecoding.decode(response.headers().firstValue("content-encoding").orElse(null),
                    response.body(), settings.maxBodyBytes());
        } catch (IOException e) {
            return failure(url, hops, started, attempt, FetchFailure.NETWORK, "cannot decode body: " + describe(e));
        }
        String contentType = kept.get("content-type");
        Duration retryAfter = RetryAfter.parse(response.headers().firstValue("retry-after").orElse(null), received)
                .orElse(null);
        return new FetchResult(url, hops.get(hops.size() - 1), between(hops), response.statusCode(), kept,
                mediaType(contentType), charset(contentType), body.bytes(), body.truncated(), received,
                Duration.between(started, received), retryAfter, attempt, null, null);
    }

    private FetchResult failure(URI url, List<URI> hops, Instant started, int attempt, FetchFailure failure,
                                String detail) {
        Instant now = clock.instant();
        return FetchResult.failed(url, hops.get(hops.size() - 1), between(hops), now, Duration.between(started, now),
                attempt, failure, detail);
    }

    private static List<String> between(List<URI> hops) {
        List<String> middle = new ArrayList<>();
        for (int i = 1; i < hops.size() - 1; i++) {
            middle.add(hops.get(i).toString());
        }
        return middle;
    }

    private static boolean sameHost(URI a, URI b) {
        return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost());
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.isEmpty() ? null : type;
    }

    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                String value = pair[1].trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public void close() {
        // HttpClient gained close() only in JDK 21; on 17 its threads end when it is unreachable.
    }
}
