package dev.newsflow.web.query;

/** A request parameter that cannot be understood; the API answers 400 with the message. */
public final class InvalidQueryException extends IllegalArgumentException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
