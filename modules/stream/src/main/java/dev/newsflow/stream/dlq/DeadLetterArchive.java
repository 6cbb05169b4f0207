package dev.newsflow.stream.dlq;

import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The dead-letter topic as an operator sees it: list what failed, and replay chosen letters after a fix by
 * writing their original key and value back to the topic they came from (or were meant for). A replayed
 * record carries a header naming the dead letter it came from.
 */
public final class DeadLetterArchive {

    /** Header on replayed records: {@code dead-letters/<partition>@<offset>}. */
    public static final String REPLAYED_FROM_HEADER = "newsflow-replayed-from";

    private final KafkaSettings kafka;

    public DeadLetterArchive(KafkaSettings kafka) {
        this.kafka = kafka;
    }

    /** A dead letter with where it sits in the dead-letter topic. */
    public record Entry(int partition, long offset, String key, DeadLetter letter) {
        public String id() {
            return partition + "@" + offset;
        }

        public boolean replayable() {
            return letter.getValue() != null && !letter.getTopic().isEmpty();
        }
    }

    /** What a replay did. */
    public record Replay(List<Entry> replayed, List<Entry> skipped) {}

    /** Every dead letter currently in the topic, in partition then offset order. Corrupt entries are skipped. */
    public List<Entry> list() {
        List<Entry> entries = new ArrayList<>();
        Map<String, Object> props = kafka.consumer("newsflow-dlq-reader-" + UUID.randomUUID());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(Topics.DEAD_LETTERS.name(), Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!caughtUp(consumer, end) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        DeadLetter letter = Topics.DEAD_LETTERS.valueSerde().deserializer().deserialize(record.topic(), record.value());
                        if (letter != null) {
                            entries.add(new Entry(record.partition(), record.offset(), record.key(), letter));
                        }
                    } catch (RuntimeException e) {
                        // not a dead letter we can read: listing goes on
                    }
                }
            }
        }
        entries.sort((a, b) -> a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition())
                : Long.compare(a.offset(), b.offset()));
        return entries;
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Replays the chosen dead letters; those without kept bytes are skipped and reported. */
    public Replay replay(Predicate<Entry> chosen) throws InterruptedException {
        List<Entry> replayed = new ArrayList<>();
        List<Entry> skipped = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producer("newsflow-dlq-replay"),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (Entry entry : list()) {
                if (!chosen.test(entry)) {
                    continue;
                }
                if (!entry.replayable()) {
                    skipped.add(entry);
                    continue;
                }
                DeadLetter letter = entry.letter();
                ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(letter.getTopic(),
                        bytes(letter.getKey()), bytes(letter.getValue()));
                record.headers().add(REPLAYED_FROM_HEADER,
                        (Topics.DEAD_LETTERS.name() + "/" + entry.id()).getBytes(StandardCharsets.UTF_8));
                try {
                    producer.send(record).get();
                    replayed.add(entry);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("cannot replay dead letter " + entry.id() + " to "
                            + letter.getTopic() + ": " + e.getCause().getMessage(), e.getCause());
                }
            }
        }
        return new Replay(replayed, skipped);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
