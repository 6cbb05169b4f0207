package dev.newsflow.stream.dlq;

import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.TopicSnapshot;
import dev.newsflow.kafka.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

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
            return TopicSnapshot.position(partition, offset);
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
        TopicSnapshot.read(kafka, Topics.DEAD_LETTERS.name(), record -> {
            try {
                DeadLetter letter = Topics.DEAD_LETTERS.valueSerde().deserializer().deserialize(record.topic(), record.value());
                if (letter != null) {
                    String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
                    entries.add(new Entry(record.partition(), record.offset(), key, letter));
                }
            } catch (RuntimeException e) {
                // not a dead letter we can read: listing goes on
            }
        });
        entries.sort((a, b) -> a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition())
                : Long.compare(a.offset(), b.offset()));
        return entries;
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
