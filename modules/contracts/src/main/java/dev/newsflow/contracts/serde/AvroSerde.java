package dev.newsflow.contracts.serde;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for a generated Avro record in Avro's single-object encoding: a two-byte marker, the
 * writer schema's 64-bit fingerprint, then the binary body. Writer schemas are resolved against the
 * {@link SchemaCatalog} shipped on the classpath (current and released versions), so records written by
 * an older release still decode into the current class. A schema-registry-backed serde can replace this
 * one later behind the same {@link Serde} interface.
 *
 * <p>Instances are thread-safe: Avro's message encoder and decoder keep their buffers per thread.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T>, Serializer<T>, Deserializer<T> {

    /**
     * Avro allocates a string, bytes or array of whatever length a record's header claims before reading
     * it, and its built-in limits default to the JVM's maximum array size: a corrupt length in one bad
     * record would take the consumer down with an OutOfMemoryError. These bounds make such a record a
     * decoding error instead. They are JVM-wide Avro settings, so a user's own values win.
     */
    public static final long MAX_BYTES_OR_STRING = 64L * 1024 * 1024;
    public static final long MAX_COLLECTION_ITEMS = 1_000_000;

    static {
        System.getProperties().putIfAbsent("org.apache.avro.limits.bytes.maxLength", Long.toString(MAX_BYTES_OR_STRING));
        System.getProperties().putIfAbsent("org.apache.avro.limits.string.maxLength", Long.toString(MAX_BYTES_OR_STRING));
        System.getProperties().putIfAbsent("org.apache.avro.limits.collectionItems.maxLength",
                Long.toString(MAX_COLLECTION_ITEMS));
    }

    private final Class<T> type;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    public AvroSerde(Class<T> type) {
        this.type = type;
        SpecificData model = SpecificData.getForClass(type);
        Schema schema = model.getSchema(type);
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema, releasedWriters(schema.getFullName()));
    }

    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type) {
        return new AvroSerde<>(type);
    }

    public Class<T> type() {
        return type;
    }

    private static SchemaStore releasedWriters(String fullName) {
        SchemaStore.Cache store = new SchemaStore.Cache();
        for (String version : SchemaCatalog.releasedVersions()) {
            Schema old = SchemaCatalog.released(version).get(fullName);
            if (old != null) {
                store.addSchema(old);
            }
        }
        return store;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null; // tombstone
        }
        try {
            ByteBuffer buffer = encoder.encode(data);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            throw new SerializationException("cannot encode " + type.getSimpleName() + " for topic " + topic
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null; // tombstone
        }
        if (data.length == 0) {
            throw new RecordDecodingException(RecordDecodingException.Reason.EMPTY, topic,
                    "empty value where a " + type.getSimpleName() + " was expected", null);
        }
        try {
            return decoder.decode(data);
        } catch (BadHeaderException e) {
            throw new RecordDecodingException(RecordDecodingException.Reason.BAD_HEADER, topic,
                    "not an Avro single-object encoded " + type.getSimpleName() + ": " + e.getMessage(), e);
        } catch (MissingSchemaException e) {
            throw new RecordDecodingException(RecordDecodingException.Reason.UNKNOWN_SCHEMA, topic,
                    "unknown writer schema for " + type.getSimpleName() + " (fingerprint "
                            + fingerprintOf(data) + "): " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            boolean truncated = causedBy(e, EOFException.class);
            throw new RecordDecodingException(
                    truncated ? RecordDecodingException.Reason.TRUNCATED : RecordDecodingException.Reason.CORRUPT,
                    topic, (truncated ? "truncated " : "corrupt ") + type.getSimpleName() + " of " + data.length
                            + " bytes: " + describe(e), e);
        }
    }

    /** Fingerprint of the current schema, as written in every record's header. */
    public long fingerprint() {
        return SchemaNormalization.parsingFingerprint64(SpecificData.getForClass(type).getSchema(type));
    }

    private static String fingerprintOf(byte[] data) {
        if (data.length < 10) {
            return "unreadable";
        }
        long fp = ByteBuffer.wrap(data, 2, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        return Long.toHexString(fp);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // nothing to configure: the schema store is the classpath
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }
}
