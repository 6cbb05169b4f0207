package dev.newsflow.contracts.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A value that cannot be decoded into the expected record. It extends Kafka's
 * {@link SerializationException} so that consumers and Kafka Streams' deserialization handlers treat it
 * as a poison record (dead-lettered) rather than as a fatal error, and it says which way the bytes were bad.
 */
public final class RecordDecodingException extends SerializationException {

    private static final long serialVersionUID = 1L;

    /** Why the bytes could not be decoded. */
    public enum Reason {
        /** Zero-length value where a record was expected. */
        EMPTY,
        /** The bytes do not start with the Avro single-object marker (C3 01): not an Avro record at all. */
        BAD_HEADER,
        /** The schema fingerprint in the header is not one this build knows (neither current nor released). */
        UNKNOWN_SCHEMA,
        /** The body ended before the record did. */
        TRUNCATED,
        /** The body is not a valid encoding of the writer schema. */
        CORRUPT
    }

    private final Reason reason;
    private final String topic;

    public RecordDecodingException(Reason reason, String topic, String message, Throwable cause) {
        super(message + (topic == null ? "" : " (topic " + topic + ")"), cause);
        this.reason = reason;
        this.topic = topic;
    }

    public Reason reason() {
        return reason;
    }

    public String topic() {
        return topic;
    }
}
