package dev.newsflow.stream.dlq;

import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.kafka.Topic;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Builds {@link DeadLetter} records. A failed value larger than the configured bound is not copied into the
 * dead letter (it would fail to produce in turn); its source coordinates say where to find it.
 */
public final class DeadLetters {

    /** Stage names, as the DeadLetter contract lists them. */
    public static final String DESERIALIZE = "deserialize";
    public static final String CLEAN = "clean";
    public static final String EXTRACT = "extract";
    public static final String DEDUP = "dedup";
    public static final String PRODUCE = "produce";

    /** Default bound on the failed bytes kept in a dead letter: what the dead-letter topic accepts, less room for the envelope. */
    public static final int DEFAULT_MAX_KEPT_BYTES = Topic.Layout.PAGE_MESSAGE_BYTES - 64 * 1024;

    private final String application;
    private final int maxKeptBytes;

    public DeadLetters(String application, int maxKeptBytes) {
        this.application = application;
        this.maxKeptBytes = maxKeptBytes;
    }

    public String application() {
        return application;
    }

    /** A dead letter for a failure with an exception. */
    public DeadLetter of(String topic, int partition, long offset, byte[] key, byte[] value, String stage,
            Throwable error) {
        return of(topic, partition, offset, key, value, stage, error.getClass().getName(), messageOf(error));
    }

    /** A dead letter for a failure described without an exception. */
    public DeadLetter of(String topic, int partition, long offset, byte[] key, byte[] value, String stage,
            String errorClass, String message) {
        String text = message == null || message.isBlank() ? errorClass : message;
        byte[] keptValue = value;
        if (value != null && value.length > maxKeptBytes) {
            keptValue = null;
            text += " [value of " + value.length + " bytes not kept (over " + maxKeptBytes + "); it is at "
                    + coordinates(topic, partition, offset) + "]";
        }
        byte[] keptKey = key != null && key.length > maxKeptBytes ? null : key;
        return DeadLetter.newBuilder()
                .setTopic(topic == null ? "" : topic)
                .setPartition(partition)
                .setOffset(offset)
                .setKey(keptKey == null ? null : ByteBuffer.wrap(keptKey))
                .setValue(keptValue == null ? null : ByteBuffer.wrap(keptValue))
                .setStage(stage)
                .setErrorClass(errorClass)
                .setErrorMessage(text)
                .setFailedAt(Instant.now())
                .setApplication(application)
                .build();
    }

    /** The key a dead letter is published under: the failed record's key as text, else its coordinates. */
    public static String recordKey(byte[] key, String topic, int partition, long offset) {
        return key == null ? coordinates(topic, partition, offset) : new String(key, StandardCharsets.UTF_8);
    }

    static String coordinates(String topic, int partition, long offset) {
        return topic + "/" + partition + "@" + offset;
    }

    static String messageOf(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null && text.length() < 2000; t = t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            String m = t.getMessage();
            text.append(t.getClass().getSimpleName()).append(m == null ? "" : ": " + m);
            if (t.getCause() == t) {
                break;
            }
        }
        return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
    }
}
