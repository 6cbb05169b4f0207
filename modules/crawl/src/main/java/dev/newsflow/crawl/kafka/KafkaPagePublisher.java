package dev.newsflow.crawl.kafka;

import dev.newsflow.contracts.RawPage;
import dev.newsflow.crawl.PagePublisher;
import dev.newsflow.kafka.Topic;
import dev.newsflow.kafka.Topics;
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

/**
 * Publishes pages to {@code raw-pages}, keyed by URL, with an idempotent producer (acks=all), and waits
 * for each acknowledgement so the URL's state is stored only after its page. The topic is named by the
 * caller (normally {@code Topics.RAW_PAGES.name()}); keys and values use the registry's serdes for
 * {@link Topics#RAW_PAGES}.
 */
public final class KafkaPagePublisher implements PagePublisher {

    private static final Topic<String, RawPage> REGISTERED = Topics.RAW_PAGES;

    private final Producer<String, RawPage> producer;
    private final String topic;
    private final Duration timeout;

    /** @param producerProps client properties (bootstrap servers, security...); serializers are set here */
    public KafkaPagePublisher(Properties producerProps, String topic, Duration timeout) {
        this(new KafkaProducer<>(idempotent(producerProps), REGISTERED.keySerde().serializer(),
                REGISTERED.valueSerde().serializer()), topic, timeout);
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
        // pages are capped at a few MiB by the fetcher; let the producer carry what the topic accepts
        copy.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(Topic.Layout.PAGE_MESSAGE_BYTES));
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
