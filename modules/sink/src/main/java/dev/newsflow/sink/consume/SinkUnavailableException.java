package dev.newsflow.sink.consume;

/**
 * A batch could not be stored (database unreachable, dead letters not accepted by Kafka). Nothing of it was
 * committed to Kafka; the batch is to be read and written again after a pause.
 */
public final class SinkUnavailableException extends Exception {

    public SinkUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
