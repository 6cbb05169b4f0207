package dev.newsflow.crawl.kafka;

import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.serde.AvroSerde;
import dev.newsflow.crawl.PagePublisher;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes pages to {@code raw-pages}, keyed by URL, with an idempotent producer (acks=all), and waits
 * for each acknowledgement so the URL's state is stored only after its page.
 */
public final class KafkaPagePublisher implements PagePublisher {

    private final Producer<String, RawPage> producer;
    private final String topic;
    private final Duration timeout;

    /** @param producerProps client properties (bootstrap servers, security...); serializers are set here */
    public KafkaPagePublisher(Properties producerProps, String topic, Duration timeout) {
        this(new KafkaProducer<>(idempotent(producerProps), new StringSerializer(), AvroSerde.of(RawPage.class)),
                topic, timeout);
    }

    /** The same from a client map, e.g. {@code KafkaSettings.producer(clientId)}. */
    public KafkaPagePublisher(Map<String, Object> producerConfig, String topic, Duration timeout) {
        this(KafkaFrontierStore.properties(producerConfig), topic, timeout);
    }

    KafkaPagePublisher(Producer<String, RawPage> producer, String topic, Duration timeout) {
        this.producer = producer;
        this.topic = topic;
        this.timeout = timeout;
    }

    static Properties idempotent(Properties props) {
        Properties copy = new Properties();
        copy.putAll(props);
        copy.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        copy.put(ProducerConfig.ACKS_CONFIG, "all");
        copy.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        // pages are capped at a few MiB by the fetcher; let the producer carry them
        copy.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(16 * 1024 * 1024));
        return copy;
    }

    @Override
    public void publish(RawPage page) {
        try {
            producer.send(new ProducerRecord<>(topic, page.getUrl(), page)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while publishing " + page.getUrl(), e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new PublishException("cannot publish " + page.getUrl() + " to " + topic + ": " + cause.getMessage(), cause);
        }
    }

    @Override
    public void close() {
        producer.close(timeout);
    }
}
