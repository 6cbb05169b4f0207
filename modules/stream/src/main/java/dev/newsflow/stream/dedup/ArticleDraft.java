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
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * An article on its way through duplicate detection, with the events extracted from it: they are published
 * only if the article turns out to be canonical.
 *
 * <p>Duplicate detection reads only a small header (id, SimHash, site, verdict), and the draft crosses one
 * internal topic per band, so the article and its events travel as their encoded bytes and are decoded once,
 * when they are published: a band stage copies the bytes on instead of decoding and re-encoding Avro. The
 * verdict lives in the header ({@link #duplicateOf()}) and is applied to the article when it is decoded.
 */
public final class ArticleDraft {

    /** First byte of the encoding; the earlier format (article block first) starts with a zero length byte. */
    private static final byte FORMAT = 1;

    private final String articleId;
    private final long simhash;
    private final String site;
    private final String duplicateOf;
    /** The article and events as decoded, or null until {@link #decode()}. */
    private volatile Contents contents;
    /** The encoded article and events, or null until {@link #payload()}. */
    private volatile byte[] payload;

    private record Contents(Article article, List<ReformEvent> events) {}

    /** A draft of a freshly extracted article; its verdict is the article's own {@code duplicateOf}. */
    public ArticleDraft(Article article, List<ReformEvent> events) {
        this(article.getId(), article.getSimhash(), article.getSite(), article.getDuplicateOf(),
                new Contents(article, List.copyOf(events)), null);
    }

    private ArticleDraft(String articleId, long simhash, String site, String duplicateOf, Contents contents, byte[] payload) {
        this.articleId = Objects.requireNonNull(articleId, "articleId");
        this.simhash = simhash;
        this.site = site;
        this.duplicateOf = duplicateOf;
        this.contents = contents;
        this.payload = payload;
    }

    public String articleId() {
        return articleId;
    }

    public long simhash() {
        return simhash;
    }

    /** The site the article was published on (for the per-site counts), or null. */
    public String site() {
        return site;
    }

    /** Id of the canonical article this one duplicates, or null. */
    public String duplicateOf() {
        return duplicateOf;
    }

    public boolean isDuplicate() {
        return duplicateOf != null;
    }

    /** The article, with the verdict applied. Decodes the article once when the draft came off a topic. */
    public Article article() {
        Article article = decode().article();
        return Objects.equals(article.getDuplicateOf(), duplicateOf) ? article
                : Article.newBuilder(article).setDuplicateOf(duplicateOf).build();
    }

    /** The article's events, in extraction order. */
    public List<ReformEvent> events() {
        return decode().events();
    }

    /** The same draft linked to the canonical article it duplicates; the article's bytes are shared, not re-encoded. */
    public ArticleDraft duplicateOf(String canonicalId) {
        return new ArticleDraft(articleId, simhash, site, canonicalId, contents, payload);
    }

    /** Size of the encoded article and events, which is what a draft adds to a record. */
    public int encodedSize() {
        return payload().length;
    }

    private Contents decode() {
        Contents decoded = contents;
        if (decoded == null) {
            decoded = Codec.INSTANCE.decodeContents(payload);
            contents = decoded;
        }
        return decoded;
    }

    private byte[] payload() {
        byte[] encoded = payload;
        if (encoded == null) {
            encoded = Codec.INSTANCE.encodeContents(contents);
            payload = encoded;
        }
        return encoded;
    }

    /** Serde for the internal topics between the band stages and to the ledger. */
    public static Serde<ArticleDraft> serde() {
        Serializer<ArticleDraft> serializer = (topic, draft) -> draft == null ? null : Codec.INSTANCE.encode(draft);
        Deserializer<ArticleDraft> deserializer = (topic, data) -> data == null ? null : Codec.INSTANCE.decode(data);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    /**
     * The encoding: {@code FORMAT, id, simhash, site?, duplicateOf?, payload}, where the payload holds the
     * contracts' own single-object encodings, each length-prefixed, so the schemas' evolution rules apply
     * to them.
     */
    private static final class Codec {
        static final Codec INSTANCE = new Codec();
        /** Where a draft's parts are named in encoding errors. */
        private static final String PART_OF = "article draft";

        private final AvroSerde<Article> articles = AvroSerde.of(Article.class);
        private final AvroSerde<ReformEvent> events = AvroSerde.of(ReformEvent.class);

        byte[] encode(ArticleDraft draft) {
            byte[] payload = draft.payload();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 96);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeByte(FORMAT);
                out.writeUTF(draft.articleId);
                out.writeLong(draft.simhash);
                BinarySerde.writeNullable(out, draft.site);
                BinarySerde.writeNullable(out, draft.duplicateOf);
                out.write(payload);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        ArticleDraft decode(byte[] data) {
            if (data.length > 0 && data[0] != FORMAT) {
                // A record of the earlier format, left in an internal topic by the previous version.
                Contents contents = decodeContents(data);
                return new ArticleDraft(contents.article(), contents.events());
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                if (in.readByte() != FORMAT) {
                    throw new IOException("not an article draft");
                }
                String id = in.readUTF();
                long simhash = in.readLong();
                String site = BinarySerde.readNullable(in);
                String duplicateOf = BinarySerde.readNullable(in);
                byte[] payload = in.readAllBytes();
                return new ArticleDraft(id, simhash, site, duplicateOf, null, payload);
            } catch (IOException e) {
                throw new SerializationException("corrupt article draft of " + data.length + " bytes", e);
            }
        }

        byte[] encodeContents(Contents contents) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                BinarySerde.writeBytes(out, articles.serialize(PART_OF, contents.article()));
                out.writeInt(contents.events().size());
                for (ReformEvent event : contents.events()) {
                    BinarySerde.writeBytes(out, events.serialize(PART_OF, event));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        private static byte[] block(DataInputStream in) throws IOException {
            byte[] block = BinarySerde.readBytes(in);
            if (block == null) {
                throw new IOException("a missing block");
            }
            return block;
        }

        Contents decodeContents(byte[] data) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                Article article = articles.deserialize(PART_OF, block(in));
                int count = in.readInt();
                if (count < 0 || count > data.length) {
                    throw new SerializationException("corrupt article draft: " + count + " events claimed");
                }
                List<ReformEvent> list = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    list.add(events.deserialize(PART_OF, block(in)));
                }
                return new Contents(article, List.copyOf(list));
            } catch (IOException e) {
                throw new SerializationException("corrupt article draft of " + data.length + " bytes", e);
            }
        }
    }
}
