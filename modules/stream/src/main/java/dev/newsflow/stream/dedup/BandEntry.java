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
 * What a band's state store remembers of an article that may be the canonical copy of later ones.
 *
 * @param articleId the article's id
 * @param simhash its SimHash
 */
public record BandEntry(String articleId, long simhash) {

    /** Serde for the band stores' values (internal state, not a contract: a fixed binary layout). */
    public static Serde<BandEntry> serde() {
        Serializer<BandEntry> serializer = (topic, entry) -> {
            if (entry == null) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeLong(entry.simhash);
                out.writeUTF(entry.articleId);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        };
        Deserializer<BandEntry> deserializer = (topic, data) -> {
            if (data == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                long simhash = in.readLong();
                return new BandEntry(in.readUTF(), simhash);
            } catch (IOException e) {
                throw new SerializationException("corrupt band entry of " + data.length + " bytes", e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
