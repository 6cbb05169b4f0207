package dev.newsflow.stream.dlq;

import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.contracts.serde.AvroSerde;
import dev.newsflow.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Turns a failure reported to one of Kafka Streams' exception handlers into a record for our
 * {@code dead-letters} topic. The handlers hand it back to Streams (KIP-1034), which produces it in the
 * same transaction as the task's other output, so a dead letter is exactly as durable as a result.
 */
final class DeadLetterRecords {

    /** Configuration key: failed bytes larger than this are not copied into the dead letter. */
    static final String MAX_KEPT_BYTES_CONFIG = "newsflow.dead-letters.max-kept-bytes";

    private static final AvroSerde<DeadLetter> SERDE = AvroSerde.of(DeadLetter.class);

    private DeadLetters deadLetters = new DeadLetters("newsflow-stream", DeadLetters.DEFAULT_MAX_KEPT_BYTES);

    void configure(Map<String, ?> configs) {
        Object app = configs.get(StreamsConfig.APPLICATION_ID_CONFIG);
        Object max = configs.get(MAX_KEPT_BYTES_CONFIG);
        deadLetters = new DeadLetters(app == null ? "newsflow-stream" : app.toString(),
                max == null ? DeadLetters.DEFAULT_MAX_KEPT_BYTES : Integer.parseInt(max.toString()));
    }

    List<ProducerRecord<byte[], byte[]>> of(String topic, int partition, long offset, byte[] key, byte[] value,
            String stage, Exception error) {
        DeadLetter letter = deadLetters.of(topic, partition, offset, key, value, stage, error);
        byte[] recordKey = DeadLetters.recordKey(key, topic, partition, offset).getBytes(StandardCharsets.UTF_8);
        return List.of(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), recordKey,
                SERDE.serialize(Topics.DEAD_LETTERS.name(), letter)));
    }

    /** The failure as seen from the source record the task was processing. */
    List<ProducerRecord<byte[], byte[]>> ofSource(ErrorHandlerContext context, String stage, Exception error) {
        return of(context.topic(), context.partition(), context.offset(), context.sourceRawKey(),
                context.sourceRawValue(), stage, error);
    }
}
