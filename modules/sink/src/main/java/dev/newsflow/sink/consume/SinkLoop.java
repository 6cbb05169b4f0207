package dev.newsflow.sink.consume;

import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.sink.store.SqlErrors;
import dev.newsflow.sink.store.StoreItem;
import dev.newsflow.sink.store.StoreWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of the sink, one batch at a time: {@link #poll}, {@link #store} (one database transaction, then
 * the dead letters of refused records, acknowledged by Kafka), and only then {@link #commit} of the offsets.
 * A crash anywhere before the commit means the batch is read again, and since every write is an upsert on a
 * stable id, reading it again changes nothing that was already written. When {@link #store} fails,
 * {@link #rewind} puts the consumer back at the batch's first records.
 */
public final class SinkLoop {

    private static final Logger log = LoggerFactory.getLogger(SinkLoop.class);
    /** Stage name written on the dead letters of records the database refused. */
    public static final String STAGE_SINK = "sink";
    /** Stage name written on the dead letters of records that could not be decoded. */
    public static final String STAGE_DESERIALIZE = "deserialize";
    private static final long DEAD_LETTER_ACK_TIMEOUT_MS = 30_000;

    private final Consumer<byte[], byte[]> consumer;
    private final Producer<String, DeadLetter> deadLetterProducer;
    private final StoreWriter writer;
    private final SinkTopics topics;
    private final RecordDecoder decoder;
    private final String application;
    private final Duration pollTimeout;
    private final Clock clock;

    /**
     * @param consumer a consumer already subscribed to the sink's topics, with auto-commit off
     * @param deadLetterProducer where refused records go
     * @param application written on dead letters: which sink (its consumer group) refused the record
     */
    public SinkLoop(Consumer<byte[], byte[]> consumer, Producer<String, DeadLetter> deadLetterProducer, StoreWriter writer,
            SinkTopics topics, String application, Duration pollTimeout) {
        this.consumer = consumer;
        this.deadLetterProducer = deadLetterProducer;
        this.writer = writer;
        this.topics = topics;
        this.decoder = new RecordDecoder(topics);
        this.application = application;
        this.pollTimeout = pollTimeout;
        this.clock = Clock.systemUTC();
    }

    /** What storing a batch did. */
    public record Outcome(int stored, int deadLettered, int dropped) {}

    public Batch poll() {
        return Batch.of(consumer.poll(pollTimeout));
    }

    /**
     * Writes the batch in one transaction and sends the dead letters of the records the database refused or
     * that did not decode, waiting for Kafka to acknowledge them.
     *
     * @throws SinkUnavailableException when the database or Kafka could not be used; rewind and retry
     */
    public Outcome store(Batch batch) throws SinkUnavailableException {
        Map<StoreItem, ConsumerRecord<byte[], byte[]>> sources = new IdentityHashMap<>();
        List<StoreItem> items = new ArrayList<>();
        List<ProducerRecord<String, DeadLetter>> letters = new ArrayList<>();
        int dropped = 0;
        for (ConsumerRecord<byte[], byte[]> record : batch.records()) {
            try {
                Optional<StoreItem> item = decoder.decode(record);
                if (item.isPresent()) {
                    items.add(item.get());
                    sources.put(item.get(), record);
                }
            } catch (RuntimeException undecodable) {
                if (decoder.isDeadLetter(record)) {
                    // never a dead letter of a dead letter: that could loop; the record stays in its topic
                    log.warn("Skipped undecodable dead letter {}-{}@{}: {}", record.topic(), record.partition(),
                            record.offset(), undecodable.getMessage());
                    dropped++;
                } else {
                    letters.add(deadLetter(record, STAGE_DESERIALIZE, undecodable));
                }
            }
        }
        List<StoreWriter.Rejection> rejections;
        try {
            rejections = writer.write(items);
        } catch (SQLException e) {
            throw new SinkUnavailableException("store unavailable: " + describe(e), e);
        }
        for (StoreWriter.Rejection rejection : rejections) {
            ConsumerRecord<byte[], byte[]> record = sources.get(rejection.item());
            if (decoder.isDeadLetter(record)) {
                log.warn("The store refused dead letter {}-{}@{}; not counted: {}", record.topic(), record.partition(),
                        record.offset(), describe(rejection.reason()));
                dropped++;
            } else {
                log.warn("The store refused {}-{}@{}; sent to {}: {}", record.topic(), record.partition(), record.offset(),
                        topics.deadLetters(), describe(rejection.reason()));
                letters.add(deadLetter(record, STAGE_SINK, rejection.reason()));
            }
        }
        sendAndWait(letters);
        return new Outcome(items.size() - rejections.size(), letters.size(), dropped);
    }

    /** Commits the offsets past the batch, now that it is stored. */
    public void commit(Batch batch) {
        if (!batch.isEmpty()) {
            consumer.commitSync(batch.nextOffsets());
        }
    }

    /** Puts the consumer back at the batch's first records, so that the next poll returns them again. */
    public void rewind(Batch batch) {
        for (Map.Entry<TopicPartition, Long> first : batch.firstOffsets().entrySet()) {
            if (consumer.assignment().contains(first.getKey())) {
                consumer.seek(first.getKey(), first.getValue());
            }
        }
    }

    private void sendAndWait(List<ProducerRecord<String, DeadLetter>> letters) throws SinkUnavailableException {
        if (letters.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(letters.size());
        try {
            for (ProducerRecord<String, DeadLetter> letter : letters) {
                acks.add(deadLetterProducer.send(letter));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(DEAD_LETTER_ACK_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new SinkUnavailableException("cannot send dead letters to " + topics.deadLetters() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkUnavailableException("interrupted while sending dead letters", e);
        }
    }

    private ProducerRecord<String, DeadLetter> deadLetter(ConsumerRecord<byte[], byte[]> record, String stage, Exception error) {
        String message = describe(error);
        DeadLetter letter = DeadLetter.newBuilder()
                .setTopic(record.topic())
                .setPartition(record.partition())
                .setOffset(record.offset())
                .setKey(record.key() == null ? null : ByteBuffer.wrap(record.key()))
                .setValue(record.value() == null ? null : ByteBuffer.wrap(record.value()))
                .setStage(stage)
                .setErrorClass(error.getClass().getName())
                .setErrorMessage(message)
                .setFailedAt(clock.instant())
                .setApplication(application)
                .build();
        String key = record.key() != null ? new String(record.key(), StandardCharsets.UTF_8)
                : record.topic() + "-" + record.partition() + "@" + record.offset();
        return new ProducerRecord<>(topics.deadLetters(), key, letter);
    }

    /** A message that is never empty; for database errors the database's own reason and SQL state. */
    static String describe(Throwable error) {
        if (error instanceof SQLException sql) {
            return SqlErrors.summary(sql);
        }
        return error.getMessage() == null || error.getMessage().isBlank() ? error.getClass().getName() : error.getMessage();
    }
}
