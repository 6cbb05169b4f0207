package dev.newsflow.stream.dedup;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.ReformEvent;
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
 * An article on its way through duplicate detection, with the events extracted from it: they are published
 * only if the article turns out to be canonical. The verdict travels in {@link Article#getDuplicateOf()}.
 *
 * @param article the article (duplicateOf set once a band found an earlier near-duplicate)
 * @param events the article's events, in extraction order
 */
public record ArticleDraft(Article article, List<ReformEvent> events) {

    public ArticleDraft {
        events = List.copyOf(events);
    }

    public boolean isDuplicate() {
        return article.getDuplicateOf() != null;
    }

    /** The same draft linked to the canonical article it duplicates. */
    public ArticleDraft duplicateOf(String canonicalId) {
        Article linked = Article.newBuilder(article).setDuplicateOf(canonicalId).build();
        return new ArticleDraft(linked, events);
    }

    /**
     * Serde for the internal repartition topics between the band stages. The parts are the contracts'
     * own single-object encodings, each length-prefixed, so the schemas' evolution rules apply to them.
     */
    public static Serde<ArticleDraft> serde() {
        AvroSerde<Article> articles = AvroSerde.of(Article.class);
        AvroSerde<ReformEvent> events = AvroSerde.of(ReformEvent.class);
        Serializer<ArticleDraft> serializer = (topic, draft) -> {
            if (draft == null) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                writeBlock(out, articles.serialize(topic, draft.article()));
                out.writeInt(draft.events().size());
                for (ReformEvent event : draft.events()) {
                    writeBlock(out, events.serialize(topic, event));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        };
        Deserializer<ArticleDraft> deserializer = (topic, data) -> {
            if (data == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                Article article = articles.deserialize(topic, readBlock(in));
                int count = in.readInt();
                if (count < 0 || count > data.length) {
                    throw new SerializationException("corrupt article draft: " + count + " events claimed");
                }
                List<ReformEvent> list = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    list.add(events.deserialize(topic, readBlock(in)));
                }
                return new ArticleDraft(article, list);
            } catch (IOException e) {
                throw new SerializationException("corrupt article draft of " + data.length + " bytes", e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }

    private static void writeBlock(DataOutputStream out, byte[] block) throws IOException {
        out.writeInt(block.length);
        out.write(block);
    }

    private static byte[] readBlock(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("block of " + length + " bytes claimed, " + in.available() + " left");
        }
        return in.readNBytes(length);
    }
}
