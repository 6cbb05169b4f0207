package dev.newsflow.stream.dedup;

import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.serde.AvroSerde;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

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
        return BinarySerde.of("ledger entry", 16 * 1024, (out, entry) -> {
            out.writeLong(entry.firstSeen);
            BinarySerde.writeBytes(out, entry.article == null ? null : articles.serialize("ledger", entry.article));
            out.writeInt(entry.pendingMentions.size());
            for (String url : entry.pendingMentions) {
                out.writeUTF(url);
            }
        }, in -> {
            long firstSeen = in.readLong();
            byte[] article = BinarySerde.readBytes(in);
            int count = in.readInt();
            List<String> mentions = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                mentions.add(in.readUTF());
            }
            return new LedgerEntry(article == null ? null : articles.deserialize("ledger", article), mentions, firstSeen);
        });
    }
}
