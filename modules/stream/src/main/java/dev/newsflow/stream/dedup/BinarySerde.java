package dev.newsflow.stream.dedup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serdes of duplicate detection's internal records (state stores and internal topics, never contracts): a
 * fixed binary layout written with Data streams. Nulls pass through; bytes that do not read back are a
 * {@link SerializationException} naming what they should have been.
 */
final class BinarySerde {

    private BinarySerde() {}

    @FunctionalInterface
    interface Writer<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    @FunctionalInterface
    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    static <T> Serde<T> of(String what, int sizeHint, Writer<T> writer, Reader<T> reader) {
        Serializer<T> serializer = (topic, value) -> {
            if (value == null) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(sizeHint);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                writer.write(out, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        };
        Deserializer<T> deserializer = (topic, data) -> {
            if (data == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                return reader.read(in);
            } catch (IOException | RuntimeException e) {
                throw new SerializationException("corrupt " + what + " of " + data.length + " bytes", e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }

    static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /** A length-prefixed byte block; -1 stands for null. */
    static void writeBytes(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value == null ? -1 : value.length);
        if (value != null) {
            out.write(value);
        }
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length > in.available()) {
            throw new IOException("a block of " + length + " bytes claimed, " + in.available() + " left");
        }
        return length < 0 ? null : in.readNBytes(length);
    }
}
