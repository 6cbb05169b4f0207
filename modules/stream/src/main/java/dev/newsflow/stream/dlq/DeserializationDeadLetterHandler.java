package dev.newsflow.stream.dlq;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record Streams itself cannot deserialize (the topology reads raw pages as bytes and decodes them in the
 * processing path, so this catches internal topics and any future typed source) becomes a dead letter, and
 * processing continues.
 */
public final class DeserializationDeadLetterHandler implements DeserializationExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(DeserializationDeadLetterHandler.class);
    private final DeadLetterRecords records = new DeadLetterRecords();

    @Override
    public void configure(Map<String, ?> configs) {
        records.configure(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        log.warn("Dead-lettering undecodable record {}/{}@{}: {}", record.topic(), record.partition(), record.offset(),
                exception.toString());
        return Response.resume(records.of(record.topic(), record.partition(), record.offset(), record.key(),
                record.value(), DeadLetters.DESERIALIZE, exception));
    }
}
