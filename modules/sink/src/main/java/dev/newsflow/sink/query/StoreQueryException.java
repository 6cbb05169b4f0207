package dev.newsflow.sink.query;

/** The store could not answer a query (database unreachable, schema missing...). */
public final class StoreQueryException extends RuntimeException {

    public StoreQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
