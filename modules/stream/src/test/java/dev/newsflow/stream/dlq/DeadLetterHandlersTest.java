package dev.newsflow.stream.dlq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.kafka.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/** The exception handlers turn each failure kind into one of our DeadLetter records and let processing go on. */
class DeadLetterHandlersTest {

    private static final byte[] KEY = "https://a.example/1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = {1, 2, 3};
    private static final Map<String, Object> CONFIG = Map.of("application.id", "app-under-test");

    /** Where the failing record came from, as Streams reports it. */
    private record Source(String topic, int partition, long offset, byte[] sourceRawKey, byte[] sourceRawValue)
            implements ErrorHandlerContext {
        @Override
        public Headers headers() {
            return new RecordHeaders();
        }

        @Override
        public String processorNodeId() {
            return "article-ledger";
        }

        @Override
        public TaskId taskId() {
            return new TaskId(0, partition);
        }

        @Override
        public long timestamp() {
            return 0;
        }
    }

    private static final Source SOURCE = new Source("raw-pages", 2, 41, KEY, VALUE);

    @Test
    void anUndecodableRecordIsDeadLettered() {
        DeserializationDeadLetterHandler handler = new DeserializationDeadLetterHandler();
        handler.configure(CONFIG);
        var response = handler.handleError(SOURCE, new ConsumerRecord<>("raw-pages", 2, 41, KEY, VALUE),
                new SerializationException("bad bytes"));
        assertEquals(org.apache.kafka.streams.errors.DeserializationExceptionHandler.Result.RESUME, response.result());
        DeadLetter letter = only(response.deadLetterQueueRecords());
        assertEquals(DeadLetters.DESERIALIZE, letter.getStage());
        assertEquals("raw-pages", letter.getTopic());
        assertEquals(2, letter.getPartition());
        assertEquals(41, letter.getOffset());
        assertArrayEquals(VALUE, bytes(letter.getValue()));
        assertEquals("app-under-test", letter.getApplication());
    }

    @Test
    void anUnexpectedProcessingFailureIsDeadLetteredWithItsProcessor() {
        ProcessingDeadLetterHandler handler = new ProcessingDeadLetterHandler();
        handler.configure(CONFIG);
        var response = handler.handleError(SOURCE, new Record<>("k", "v", 0L), new IllegalStateException("bug"));
        assertEquals(org.apache.kafka.streams.errors.ProcessingExceptionHandler.Result.RESUME, response.result());
        DeadLetter letter = only(response.deadLetterQueueRecords());
        assertEquals("process:article-ledger", letter.getStage());
        assertEquals("java.lang.IllegalStateException", letter.getErrorClass());
        assertTrue(letter.getErrorMessage().contains("bug"));
        assertArrayEquals(KEY, bytes(letter.getKey()));
    }

    @Test
    void aRecordTheBrokerRefusesIsDeadLetteredAsItWasToBeWritten() {
        ProductionDeadLetterHandler handler = new ProductionDeadLetterHandler();
        handler.configure(CONFIG);
        byte[] output = "article bytes".getBytes(StandardCharsets.UTF_8);
        var response = handler.handleError(SOURCE, new ProducerRecord<>("articles", 1, KEY, output),
                new RecordTooLargeException("too large"));
        assertEquals(ProductionExceptionHandler.Result.RESUME, response.result());
        DeadLetter letter = only(response.deadLetterQueueRecords());
        assertEquals(DeadLetters.PRODUCE, letter.getStage());
        assertEquals("articles", letter.getTopic(), "a replay writes it where it was meant to go");
        assertArrayEquals(output, bytes(letter.getValue()));
    }

    @Test
    void aRetriableSendErrorIsRetried() {
        ProductionDeadLetterHandler handler = new ProductionDeadLetterHandler();
        handler.configure(CONFIG);
        var response = handler.handleError(SOURCE, new ProducerRecord<>("articles", KEY, VALUE),
                new NotLeaderOrFollowerException("moving"));
        assertEquals(ProductionExceptionHandler.Result.RETRY, response.result());
    }

    @Test
    void anUnserializableOutputDeadLettersItsSourceRecord() {
        ProductionDeadLetterHandler handler = new ProductionDeadLetterHandler();
        handler.configure(CONFIG);
        var response = handler.handleSerializationError(SOURCE, new ProducerRecord<>("articles", "k", "v"),
                new SerializationException("cannot encode Article"),
                ProductionExceptionHandler.SerializationExceptionOrigin.VALUE);
        DeadLetter letter = only(response.deadLetterQueueRecords());
        assertEquals("raw-pages", letter.getTopic());
        assertEquals(41, letter.getOffset());
        assertArrayEquals(VALUE, bytes(letter.getValue()));
    }

    @Test
    void bytesOverTheBoundAreNotCopiedButLocated() {
        DeadLetters letters = new DeadLetters("app", 10);
        DeadLetter letter = letters.of("raw-pages", 1, 7, KEY, new byte[11], DeadLetters.CLEAN, "x.Y", "");
        assertNull(letter.getValue());
        assertTrue(letter.getErrorMessage().startsWith("x.Y"), "never an empty message");
        assertTrue(letter.getErrorMessage().contains("raw-pages/1@7"));
    }

    private static DeadLetter only(List<ProducerRecord<byte[], byte[]>> records) {
        assertEquals(1, records.size());
        assertEquals(Topics.DEAD_LETTERS.name(), records.get(0).topic());
        assertArrayEquals(KEY, records.get(0).key(), "keyed by the failed record's key");
        return Topics.DEAD_LETTERS.valueSerde().deserializer().deserialize("dead-letters", records.get(0).value());
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
