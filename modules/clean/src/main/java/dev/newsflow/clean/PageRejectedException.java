package dev.newsflow.clean;

/** A page the cleaner cannot handle, with a machine-readable reason. Nothing else escapes {@link PageCleaner#clean}. */
public final class PageRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the page was rejected. */
    public enum Reason {
        /** No bytes, or nothing but whitespace. */
        EMPTY,
        /** Over {@link CleaningLimits#maxInputBytes()} or, once decoded, {@link CleaningLimits#maxTextChars()}. */
        TOO_LARGE,
        /** Not text: control bytes, NULs, or an undecodable jumble in every candidate charset. */
        BINARY,
        /** Decoded, but no text could be extracted (e.g. only markup). */
        UNPARSABLE,
        /** Cleaning ran past {@link CleaningLimits#timeBudget()}. */
        TIMEOUT,
        /** A bug in the cleaner; the message says what went wrong. */
        INTERNAL_ERROR
    }

    private final Reason reason;

    public PageRejectedException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public PageRejectedException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
