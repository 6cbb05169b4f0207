package dev.newsflow.sink.store;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

/** Short, readable reasons for database errors, for logs and dead letters. */
public final class SqlErrors {

    /** Longest reason kept: batch errors can quote a whole statement with an article's text in it. */
    static final int MAX_CHARS = 1000;

    private SqlErrors() {}

    /**
     * The database's own message for a failure: for a batch failure the error of the failing entry (the
     * driver's wrapper quotes the statement and its values), prefixed with its SQL state when there is one.
     */
    public static String summary(SQLException failure) {
        SQLException cause = failure;
        while (cause instanceof BatchUpdateException && cause.getNextException() != null
                && cause.getNextException() != cause) {
            cause = cause.getNextException();
        }
        String message = cause.getMessage() == null || cause.getMessage().isBlank()
                ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        String summary = cause.getSQLState() == null ? message : "SQLState " + cause.getSQLState() + ": " + message;
        return summary.length() <= MAX_CHARS ? summary : summary.substring(0, MAX_CHARS - 1) + "…";
    }
}
