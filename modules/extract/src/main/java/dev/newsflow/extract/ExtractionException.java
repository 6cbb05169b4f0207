package dev.newsflow.extract;

/** The article cannot be processed (missing id or text, text over the size bound); the message says why. */
public final class ExtractionException extends RuntimeException {
    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
