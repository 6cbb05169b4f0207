package dev.newsflow.crawl.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of fetching one URL: the final HTTP answer (status &gt; 0) or why there is none
 * ({@link #failure()} not null).
 *
 * @param redirects      the URLs between the requested and the final one, in order, excluding both
 * @param headers        response headers that matter downstream, lower-case names
 * @param contentType    media type without parameters, lower case; null when absent
 * @param declaredCharset charset parameter of Content-Type as sent; null when absent
 * @param body           the body after gzip/deflate decoding, possibly cut at the size cap
 * @param retryAfter     how long the server asked to wait (429/503), when it said so
 * @param attempts       requests sent for the final hop, retries included
 */
public record FetchResult(
        URI url,
        URI finalUrl,
        List<String> redirects,
        int status,
        Map<String, String> headers,
        String contentType,
        String declaredCharset,
        byte[] body,
        boolean truncated,
        Instant fetchedAt,
        Duration latency,
        Duration retryAfter,
        int attempts,
        FetchFailure failure,
        String failureDetail) {

    public FetchResult {
        redirects = List.copyOf(redirects);
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    static FetchResult failed(URI url, URI lastUrl, List<String> redirects, Instant at, Duration latency,
                              int attempts, FetchFailure failure, String detail) {
        return new FetchResult(url, lastUrl, redirects, 0, Map.of(), null, null, new byte[0], false, at, latency,
                null, attempts, failure, detail);
    }

    public boolean answered() {
        return failure == null;
    }

    public boolean isSuccess() {
        return answered() && status >= 200 && status < 300;
    }

    public boolean isNotModified() {
        return answered() && status == 304;
    }

    /** 429 and 5xx: the server may answer later. */
    public boolean isRetryableStatus() {
        return answered() && (status == 429 || status >= 500);
    }

    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    /** Describes a failure or an error status for logs and dry-run output; null for a 2xx or 304. */
    public String problem() {
        if (!answered()) {
            return failure.name().toLowerCase(Locale.ROOT) + (failureDetail == null ? "" : ": " + failureDetail);
        }
        if (isSuccess() || isNotModified()) {
            return null;
        }
        return "HTTP " + status;
    }
}
