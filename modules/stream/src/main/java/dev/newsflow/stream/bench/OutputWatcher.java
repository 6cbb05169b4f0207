package dev.newsflow.stream.bench;

import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.Topics;
import dev.newsflow.pipeline.ArticleIds;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches the pipeline's committed output (read_committed) and notes, per page URL, when its outcome became
 * visible: an article, a quarantine record or a dead letter. Latency is measured from the raw record's
 * timestamp, which Streams carries onto the outputs.
 */
final class OutputWatcher implements AutoCloseable {

    /** When a page's outcome was seen, and the timestamp of the raw page it came from. */
    record Seen(long producedAt, long visibleAt) {}

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final Map<String, String> urlByArticleId = new ConcurrentHashMap<>();

    OutputWatcher(KafkaSettings kafka) {
        Map<String, Object> props = kafka.consumer("newsflow-bench-watcher-" + UUID.randomUUID());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.ARTICLES.name(), Topics.QUARANTINED_PAGES.name(), Topics.DEAD_LETTERS.name()));
    }

    /**
     * Pages whose outcome to look for. Articles are keyed by article id, which derives from the URL, so an
     * article's page is known from its key without decoding the record: the watcher shares the machine with
     * the pipeline it measures and should cost it as little as possible.
     */
    void expect(Collection<String> urls) {
        for (String url : urls) {
            urlByArticleId.put(ArticleIds.forUrl(url), url);
        }
    }

    /** Polls for a while. */
    void poll(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        do {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                long now = System.currentTimeMillis();
                String url = record.topic().equals(Topics.ARTICLES.name()) ? urlByArticleId.get(record.key()) : record.key();
                if (url != null) {
                    seen.putIfAbsent(url, new Seen(record.timestamp(), now));
                }
            }
        } while (System.nanoTime() < deadline);
    }

    /** How many of these pages have an outcome. */
    int countSeen(Set<String> urls) {
        int n = 0;
        for (String url : urls) {
            if (seen.containsKey(url)) {
                n++;
            }
        }
        return n;
    }

    Seen seen(String url) {
        return seen.get(url);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
