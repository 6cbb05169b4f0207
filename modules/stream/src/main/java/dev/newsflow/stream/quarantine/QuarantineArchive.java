package dev.newsflow.stream.quarantine;

import dev.newsflow.contracts.QuarantinedPage;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.TopicSnapshot;
import dev.newsflow.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The quarantine as an operator sees it: the pages judged spam as a whole, with the reasons, and the release
 * of a false positive. The topic is compacted by URL, so what is in quarantine is the latest verdict per URL.
 *
 * <p>A release writes, in one transaction, the page's raw record back to {@code raw-pages} exactly as it was
 * read, with a {@value #RELEASED_FROM_HEADER} header, and a tombstone for its URL to the quarantine: the page
 * leaves the quarantine if and only if it goes back into the pipeline. The topology honours the header by not
 * applying the spam rules to that record (the operator has read the page and vouches for it); a later fetch of
 * the same URL is judged afresh, so a page that is spam by then is quarantined again.
 */
public final class QuarantineArchive {

    /** Header on released raw pages, and on the records the pipeline makes of them: {@code quarantined-pages/<partition>@<offset>}. */
    public static final String RELEASED_FROM_HEADER = "newsflow-released-from";

    private final KafkaSettings kafka;

    public QuarantineArchive(KafkaSettings kafka) {
        this.kafka = kafka;
    }

    /** A quarantined page with where its verdict sits in the quarantine topic. */
    public record Entry(int partition, long offset, String url, QuarantinedPage page) {
        public String id() {
            return TopicSnapshot.position(partition, offset);
        }
    }

    /**
     * The pages in quarantine now: the latest verdict per URL, oldest first, released pages left out.
     * Records that are not readable quarantine verdicts are skipped.
     */
    public List<Entry> list() {
        Map<String, Entry> latest = new LinkedHashMap<>();
        TopicSnapshot.read(kafka, Topics.QUARANTINED_PAGES.name(), record -> {
            if (record.key() == null) {
                return;
            }
            String url = new String(record.key(), StandardCharsets.UTF_8);
            if (record.value() == null) {
                latest.remove(url); // released
                return;
            }
            try {
                QuarantinedPage page = Topics.QUARANTINED_PAGES.valueSerde().deserializer()
                        .deserialize(record.topic(), record.value());
                latest.remove(url);
                latest.put(url, new Entry(record.partition(), record.offset(), url, page));
            } catch (RuntimeException e) {
                // not a verdict we can read: listing goes on
            }
        });
        List<Entry> entries = new ArrayList<>(latest.values());
        entries.sort(Comparator.comparing((Entry e) -> e.page().getQuarantinedAt()).thenComparing(Entry::id));
        return entries;
    }

    /**
     * Releases the chosen pages back into the pipeline, all in one transaction.
     *
     * @return the released entries
     */
    public List<Entry> release(Predicate<Entry> chosen) {
        List<Entry> released = list().stream().filter(chosen).toList();
        if (released.isEmpty()) {
            return released;
        }
        Map<String, Object> props = kafka.producer("newsflow-quarantine-release");
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "newsflow-quarantine-release-" + UUID.randomUUID());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            try {
                for (Entry entry : released) {
                    byte[] key = entry.url().getBytes(StandardCharsets.UTF_8);
                    byte[] raw = new byte[entry.page().getRawPage().remaining()];
                    entry.page().getRawPage().duplicate().get(raw);
                    ProducerRecord<byte[], byte[]> page = new ProducerRecord<>(Topics.RAW_PAGES.name(), key, raw);
                    page.headers().add(RELEASED_FROM_HEADER,
                            (Topics.QUARANTINED_PAGES.name() + "/" + entry.id()).getBytes(StandardCharsets.UTF_8));
                    producer.send(page);
                    producer.send(new ProducerRecord<>(Topics.QUARANTINED_PAGES.name(), key, null));
                }
                producer.commitTransaction();
            } catch (KafkaException e) {
                try {
                    producer.abortTransaction();
                } catch (KafkaException fatal) {
                    // a fatal producer error cannot abort; the broker aborts the open transaction when it times out
                }
                throw new IllegalStateException("release aborted, nothing was released: " + e.getMessage(), e);
            }
        }
        return released;
    }
}
