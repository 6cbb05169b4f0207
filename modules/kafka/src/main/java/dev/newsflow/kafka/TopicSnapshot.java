package dev.newsflow.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A topic as it stands now, for the operator commands that list one (dead letters, quarantined pages): every
 * committed record from the beginning up to the end offsets taken when reading starts, as bytes, so that a
 * record the caller cannot decode is the caller's to skip. Partitions are assigned, not subscribed, and no
 * offset is committed: reading leaves no trace on the cluster.
 */
public final class TopicSnapshot {

    /** How long an operator command waits for a topic to be read to its end before it says so. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    private TopicSnapshot() {}

    /** How operator commands name a record of a topic they list: {@code partition@offset}. */
    public static String position(int partition, long offset) {
        return partition + "@" + offset;
    }

    /** {@link #read(KafkaSettings, String, Duration, Consumer)} within {@link #DEFAULT_TIMEOUT}. */
    public static void read(KafkaSettings kafka, String topic, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        read(kafka, topic, DEFAULT_TIMEOUT, each);
    }

    /**
     * Hands every record to {@code each}, partition by partition in offset order within each partition.
     *
     * @throws IllegalStateException when the topic does not exist, or cannot be read to its end within the timeout
     */
    public static void read(KafkaSettings kafka, String topic, Duration timeout, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Map<String, Object> props = kafka.consumer("newsflow-snapshot-" + UUID.randomUUID());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist on " + kafka.bootstrapServers());
            }
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : infos) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // read_committed: the end is the last stable offset, so an open transaction does not hold the read up.
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!caughtUp(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + timeout);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    each.accept(record);
                }
            }
        }
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
