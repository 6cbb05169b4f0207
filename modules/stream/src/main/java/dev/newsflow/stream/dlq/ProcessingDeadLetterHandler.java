package dev.newsflow.stream.dlq;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety net behind the processing path: the topology captures expected failures as values and routes
 * them, so an exception that reaches Streams is a bug; the source record still becomes a dead letter
 * (stage {@code process:<processor>}) and the application keeps running.
 */
public final class ProcessingDeadLetterHandler implements ProcessingExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProcessingDeadLetterHandler.class);
    private final DeadLetterRecords records = new DeadLetterRecords();

    @Override
    public void configure(Map<String, ?> configs) {
        records.configure(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        log.error("Dead-lettering {}/{}@{} after an unexpected failure in processor {}", context.topic(),
                context.partition(), context.offset(), context.processorNodeId(), exception);
        return Response.resume(records.ofSource(context, "process:" + context.processorNodeId(), exception));
    }
}
