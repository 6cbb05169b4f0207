package dev.newsflow.stream;

import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Reads a topic from the beginning with {@code read_committed}, for integration tests. */
final class TopicReader<K, V> implements AutoCloseable {

    private final KafkaConsumer<K, V> consumer;
    private final List<ConsumerRecord<K, V>> seen = new ArrayList<>();

    TopicReader(KafkaSettings kafka, Topic<K, V> topic) {
        Map<String, Object> props = kafka.consumer("test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 32 * 1024 * 1024);
        consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        // Assigned, not subscribed: no group to rejoin when the broker restarts, so positions survive it
        // (a rejoin without committed offsets would start over from the beginning and count records twice).
        List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Polls until the records seen so far satisfy the condition, or the timeout; returns everything seen. */
    List<ConsumerRecord<K, V>> until(Predicate<List<ConsumerRecord<K, V>>> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(seen) && System.nanoTime() < deadline) {
            for (ConsumerRecord<K, V> record : consumer.poll(Duration.ofMillis(200))) {
                seen.add(record);
            }
        }
        return List.copyOf(seen);
    }

    /** Reads for a while longer, to show nothing more arrives. */
    List<ConsumerRecord<K, V>> settle(Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<K, V> record : consumer.poll(Duration.ofMillis(200))) {
                seen.add(record);
            }
        }
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
