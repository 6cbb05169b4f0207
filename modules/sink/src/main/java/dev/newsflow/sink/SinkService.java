package dev.newsflow.sink;

import dev.newsflow.contracts.DeadLetter;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.Topics;
import dev.newsflow.sink.consume.Backoff;
import dev.newsflow.sink.consume.Batch;
import dev.newsflow.sink.consume.SinkLoop;
import dev.newsflow.sink.consume.SinkTopics;
import dev.newsflow.sink.consume.SinkUnavailableException;
import dev.newsflow.sink.store.Database;
import dev.newsflow.sink.store.Dialect;
import dev.newsflow.sink.store.StoreWriter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink: reads articles, reform events and dead letters (read_committed) and writes them to the store in
 * batches, committing offsets only once the database has committed. While the database is unreachable it
 * retries the same batch with growing pauses and reads nothing further; when the database is back it
 * catches up. Records the database refuses go to the dead-letters topic (stage {@code sink}) with the
 * reason, and the rest of their batch is stored.
 *
 * <p>{@link #run()} blocks until {@link #close()} is called from another thread (or a shutdown hook).
 */
public final class SinkService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SinkService.class);
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final SinkSettings settings;
    private final KafkaSettings kafka;
    private final SinkTopics topics;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong storedRecords = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    /** Why the sink cannot store right now (starting, the database unreachable...), or null when it can. */
    private volatile String outage = "starting: migrating the store";
    private volatile long lastCommitMs;
    private volatile MeterRegistry meters;
    private KafkaClientMetrics clientMetrics;

    /** A sink configured from newsflow properties (see {@link SinkSettings}), reading the registry's topics. */
    public SinkService(Properties config, KafkaSettings kafka) {
        this(SinkSettings.from(config), kafka, SinkTopics.registry());
    }

    public SinkService(SinkSettings settings, KafkaSettings kafka, SinkTopics topics) {
        this.settings = settings;
        this.kafka = kafka;
        this.topics = topics;
    }

    /**
     * Shows the sink's work on this registry: {@code newsflow.sink.records.stored}, {@code .attempts.failed}
     * (database or Kafka unusable), {@code .last.commit.age} and its consumer's Kafka client metrics. Call
     * before {@link #run()}.
     */
    public SinkService bindMetrics(MeterRegistry registry) {
        FunctionCounter.builder("newsflow.sink.records.stored", storedRecords, AtomicLong::get)
                .description("records written to the store (refused ones excluded)").register(registry);
        FunctionCounter.builder("newsflow.sink.attempts.failed", failedAttempts, AtomicLong::get)
                .description("migrations and batches that failed because the database or Kafka was unusable").register(registry);
        Gauge.builder("newsflow.sink.last.commit.age", this, sink -> sink.lastCommitMs == 0 ? Double.NaN
                        : (System.currentTimeMillis() - sink.lastCommitMs) / 1000.0)
                .baseUnit("seconds").description("time since offsets were last committed after a stored batch")
                .register(registry);
        this.meters = registry;
        return this;
    }

    /** Empty when the sink can store; else why not (starting, the database unreachable, backing off). */
    public Optional<String> outage() {
        return Optional.ofNullable(outage);
    }

    /** Runs until {@link #close()}; migrates the store first (waiting for the database if it is down). */
    public void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a SinkService runs once");
        }
        try (Database database = Database.open(settings.store())) {
            if (!migrate(database)) {
                return;
            }
            try (KafkaConsumer<byte[], byte[]> kafkaConsumer = new KafkaConsumer<>(consumerConfig(),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
                    KafkaProducer<String, DeadLetter> producer = new KafkaProducer<>(
                            kafka.producer(settings.groupId() + "-dead-letters"),
                            Topics.DEAD_LETTERS.keySerde().serializer(), Topics.DEAD_LETTERS.valueSerde().serializer())) {
                consumer = kafkaConsumer;
                if (isClosing()) {
                    return;
                }
                if (meters != null) {
                    clientMetrics = new KafkaClientMetrics(kafkaConsumer);
                    clientMetrics.bindTo(meters);
                }
                outage = null;
                kafkaConsumer.subscribe(topics.subscribed(settings.countDeadLetters()));
                log.info("Sink {} writing {} to {}", settings.groupId(), topics.subscribed(settings.countDeadLetters()),
                        settings.store().redactedUrl());
                consume(new SinkLoop(kafkaConsumer, producer, new StoreWriter(database), topics, settings.groupId(),
                        settings.pollTimeout()), database.dialect());
            } catch (WakeupException e) {
                if (!isClosing()) {
                    throw e;
                }
            }
        } finally {
            if (clientMetrics != null) {
                clientMetrics.close();
            }
            outage = "stopped";
            stopped.countDown();
        }
    }

    /** Records stored since start (refused and dead-lettered ones excluded). */
    public long storedRecords() {
        return storedRecords.get();
    }

    /**
     * Attempts since start that failed because the database (or Kafka, for dead letters) could not be used:
     * migrations at start-up and batches.
     */
    public long failedAttempts() {
        return failedAttempts.get();
    }

    /** Stops {@link #run()}: the batch in hand is not committed (it will be read again), then waits for it. */
    @Override
    public void close() {
        closing.countDown();
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (started.get()) {
            try {
                if (!stopped.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    log.warn("Sink did not stop within {} s", CLOSE_WAIT_SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void consume(SinkLoop loop, Dialect dialect) {
        Backoff backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
        while (!isClosing()) {
            Batch batch = loop.poll();
            if (batch.isEmpty()) {
                continue;
            }
            try {
                SinkLoop.Outcome outcome = loop.store(batch);
                commit(loop, batch);
                storedRecords.addAndGet(outcome.stored());
                lastCommitMs = System.currentTimeMillis();
                outage = null;
                backoff.reset();
                if (outcome.deadLettered() > 0 || outcome.dropped() > 0) {
                    log.info("Stored {} records, {} sent to dead letters, {} dropped", outcome.stored(),
                            outcome.deadLettered(), outcome.dropped());
                }
            } catch (SinkUnavailableException e) {
                failedAttempts.incrementAndGet();
                outage = "batch not stored, retrying: " + e.getMessage();
                loop.rewind(batch);
                Duration pause = backoff.next();
                if (e.getCause() instanceof SQLException && !dialect.isUnavailable(e.getCause())) {
                    // not an outage we know: still retried (dropping the batch would lose records), but loudly
                    log.error("Batch of {} records not stored ({}); offsets not advanced, retrying in {} ms",
                            batch.size(), e.getMessage(), pause.toMillis(), e);
                } else {
                    log.warn("Batch of {} records not stored ({}); offsets not advanced, retrying in {} ms",
                            batch.size(), e.getMessage(), pause.toMillis());
                }
                pause(pause);
            }
        }
    }

    private static void commit(SinkLoop loop, Batch batch) {
        try {
            loop.commit(batch);
        } catch (CommitFailedException e) {
            // the group rebalanced: the new owner reads these records again, and upserts make that harmless
            log.warn("Offsets not committed after a rebalance; the records will be read again: {}", e.getMessage());
        }
    }

    /** Migrates the store, waiting while the database is unreachable; a broken migration fails at once. */
    private boolean migrate(Database database) {
        Backoff backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
        while (!isClosing()) {
            try {
                database.migrate();
                return true;
            } catch (RuntimeException e) {
                if (!database.dialect().isUnavailable(e)) {
                    throw new IllegalStateException("cannot migrate the store " + settings.store().redactedUrl() + ": "
                            + e.getMessage(), e);
                }
                failedAttempts.incrementAndGet();
                outage = "store unreachable, retrying: " + e.getMessage();
                Duration pause = backoff.next();
                log.warn("Store {} unreachable ({}); retrying in {} ms", settings.store().redactedUrl(), e.getMessage(),
                        pause.toMillis());
                pause(pause);
            }
        }
        return false;
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = kafka.consumer(settings.groupId());
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.batchSize());
        return config;
    }

    private void pause(Duration duration) {
        try {
            closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing.countDown();
        }
    }

    private boolean isClosing() {
        return closing.getCount() == 0;
    }
}
