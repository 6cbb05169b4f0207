package dev.newsflow.stream.dlq;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output record that cannot be serialized or produced becomes a dead letter and processing continues.
 * A send failure keeps the record as it was to be written (topic = its destination), so a replay writes it
 * there; a serialization failure has no bytes to keep, so the source record is kept instead. Retriable
 * errors are retried, as Kafka's default handler does.
 */
public final class ProductionDeadLetterHandler implements ProductionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProductionDeadLetterHandler.class);
    private final DeadLetterRecords records = new DeadLetterRecords();

    @Override
    public void configure(Map<String, ?> configs) {
        records.configure(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RetriableException) {
            return Response.retry();
        }
        log.warn("Dead-lettering a record for {} that could not be produced: {}", record.topic(), exception.toString());
        int partition = record.partition() == null ? -1 : record.partition();
        return Response.resume(records.of(record.topic(), partition, -1, record.key(), record.value(),
                DeadLetters.PRODUCE, exception));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
            SerializationExceptionOrigin origin) {
        log.warn("Dead-lettering source record {}/{}@{}: its output for {} could not be serialized ({}): {}",
                context.topic(), context.partition(), context.offset(), record.topic(), origin, exception.toString());
        return Response.resume(records.ofSource(context, DeadLetters.PRODUCE, exception));
    }
}
