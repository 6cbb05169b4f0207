package dev.newsflow.web.live;

import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.Topic;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one topic on a thread of its own and hands each value to a listener: what the dashboard shows
 * live. It reads committed transactions only, in a consumer group of its own (one per process, so every
 * dashboard instance sees every record) and commits nothing, starting from the end or the beginning of
 * the topic each time. Records that cannot be decoded are counted and skipped: the sink and the dead-letter
 * topic account for them, the view only shows what it can read. The consumer's client metrics are bound to
 * the registry ({@link KafkaClientMetrics}).
 *
 * @param <V> the topic's value type
 */
public final class TopicFollower<V> implements AutoCloseable {

    /** Where a follower starts reading. */
    public enum Start {
        /** New records only (the live feed). */
        END,
        /** Everything the topic still holds (a compacted topic's latest state per key). */
        BEGINNING
    }

    private static final Logger log = LoggerFactory.getLogger(TopicFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Topic<String, V> topic;
    private final KafkaConsumer<String, V> consumer;
    private final KafkaClientMetrics clientMetrics;
    private final Consumer<V> listener;
    private final Counter received;
    private final Counter undecodable;
    private final Thread thread;
    private volatile int assignedPartitions = -1;
    private volatile boolean running = true;
    private volatile String failure;

    /**
     * @param groupId this process's own consumer group for the topic, e.g. {@code newsflow-web-<random>}
     */
    public TopicFollower(KafkaSettings settings, Topic<String, V> topic, String groupId, Start start,
            Consumer<V> listener, MeterRegistry registry) {
        Map<String, Object> props = settings.consumer(groupId);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, start == Start.END ? "latest" : "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, groupId);
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        this.clientMetrics = new KafkaClientMetrics(consumer);
        this.clientMetrics.bindTo(registry);
        this.listener = listener;
        this.received = Counter.builder("newsflow.web.follower.records").tag("topic", topic.name())
                .description("Records the dashboard read from the topic").register(registry);
        this.undecodable = Counter.builder("newsflow.web.follower.undecodable").tag("topic", topic.name())
                .description("Records of the topic the dashboard could not decode and skipped").register(registry);
        this.thread = new Thread(this::run, "follow-" + topic.name());
        this.thread.setDaemon(true);
    }

    public TopicFollower<V> start() {
        thread.start();
        return this;
    }

    public String topicName() {
        return topic.name();
    }

    /** Partitions owned, with their start offsets resolved; -1 before the first assignment. */
    public int assignedPartitions() {
        return assignedPartitions;
    }

    /** Why the follower stopped, or null while it runs. */
    public String failure() {
        return failure;
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic.name()), new ResolveStart());
            while (running) {
                poll();
            }
        } catch (WakeupException e) {
            // close() woke the poll up: the normal way out
        } catch (RuntimeException e) {
            failure = "stopped reading " + topic.name() + ": " + e;
            log.error("Stopped reading {}", topic.name(), e);
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void poll() {
        try {
            for (ConsumerRecord<String, V> record : consumer.poll(POLL)) {
                received.increment();
                deliver(record.value());
            }
        } catch (RecordDeserializationException e) {
            undecodable.increment();
            log.warn("Skipping undecodable record {}@{}: {}", e.topicPartition(), e.offset(), e.getMessage());
            consumer.seek(e.topicPartition(), e.offset() + 1);
        }
    }

    private void deliver(V value) {
        if (value == null) {
            return; // a tombstone carries nothing to show
        }
        try {
            listener.accept(value);
        } catch (RuntimeException e) {
            log.warn("A listener of {} failed", topic.name(), e);
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clientMetrics.close();
    }

    /** Resolves the start offsets as soon as partitions arrive, so "assigned" means nothing is missed from now. */
    private final class ResolveStart implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            for (TopicPartition partition : partitions) {
                consumer.position(partition);
            }
            assignedPartitions = consumer.assignment().size();
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            assignedPartitions = consumer.assignment().size() - partitions.size();
        }
    }
}
