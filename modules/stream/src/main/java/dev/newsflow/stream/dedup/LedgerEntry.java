package dev.newsflow.stream.dedup;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.serde.AvroSerde;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * What the article ledger keeps per canonical article: the article as last published, or, when a
 * duplicate's mention overtook its canonical article on the way (they travel through different band
 * partitions), the mentions waiting for it.
 *
 * @param article the canonical article, null until it has arrived
 * @param pendingMentions URLs of duplicates that arrived before it
 * @param firstSeen timestamp the entry is stored under (its window start)
 */
public record LedgerEntry(Article article, List<String> pendingMentions, long firstSeen) {

    public LedgerEntry {
        pendingMentions = List.copyOf(pendingMentions);
    }

    /** Serde for the ledger store (internal state: the Article's own encoding plus a list of strings). */
    public static Serde<LedgerEntry> serde() {
        AvroSerde<Article> articles = AvroSerde.of(Article.class);
        Serializer<LedgerEntry> serializer = (topic, entry) -> {
            if (entry == null) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeLong(entry.firstSeen);
                byte[] article = entry.article == null ? null : articles.serialize(topic, entry.article);
                out.writeInt(article == null ? -1 : article.length);
                if (article != null) {
                    out.write(article);
                }
                out.writeInt(entry.pendingMentions.size());
                for (String url : entry.pendingMentions) {
                    out.writeUTF(url);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        };
        Deserializer<LedgerEntry> deserializer = (topic, data) -> {
            if (data == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                long firstSeen = in.readLong();
                int length = in.readInt();
                if (length > in.available()) {
                    throw new IOException("article of " + length + " bytes claimed");
                }
                Article article = length < 0 ? null : articles.deserialize(topic, in.readNBytes(length));
                int count = in.readInt();
                List<String> mentions = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    mentions.add(in.readUTF());
                }
                return new LedgerEntry(article, mentions, firstSeen);
            } catch (IOException e) {
                throw new SerializationException("corrupt ledger entry of " + data.length + " bytes", e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
