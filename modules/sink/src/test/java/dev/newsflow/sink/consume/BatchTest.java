package dev.newsflow.sink.consume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class BatchTest {

    private static ConsumerRecord<byte[], byte[]> record(String topic, int partition, long offset) {
        return new ConsumerRecord<>(topic, partition, offset, new byte[0], new byte[0]);
    }

    @Test
    void commitsOnePastTheLastRecordAndRewindsToTheFirstPerPartition() {
        Batch batch = new Batch(List.of(record("articles", 0, 7), record("articles", 1, 3), record("articles", 0, 8),
                record("reform-events", 0, 20), record("articles", 0, 9)));
        assertEquals(Map.of(new TopicPartition("articles", 0), new OffsetAndMetadata(10),
                new TopicPartition("articles", 1), new OffsetAndMetadata(4),
                new TopicPartition("reform-events", 0), new OffsetAndMetadata(21)), batch.nextOffsets());
        assertEquals(Map.of(new TopicPartition("articles", 0), 7L, new TopicPartition("articles", 1), 3L,
                new TopicPartition("reform-events", 0), 20L), batch.firstOffsets());
    }
}
