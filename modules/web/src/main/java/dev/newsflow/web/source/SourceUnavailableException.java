package dev.newsflow.web.source;

/**
 * A data source cannot answer now (the database is down, the Streams state stores are migrating after a
 * rebalance...). The API answers 503 with the reason, and the dashboard retries on its next refresh.
 */
public final class SourceUnavailableException extends RuntimeException {

    private final String source;

    public SourceUnavailableException(String source, Throwable cause) {
        super(source + " unavailable: " + cause.getMessage(), cause);
        this.source = source;
    }

    /** Which source failed, e.g. store or live aggregates. */
    public String source() {
        return source;
    }
}
