package dev.newsflow.stream.runtime;

import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.Topic;
import dev.newsflow.kafka.TopicProvisioner;
import dev.newsflow.kafka.Topics;
import dev.newsflow.pipeline.PageProcessor;
import dev.newsflow.stream.NewsflowTopology;
import dev.newsflow.stream.TopologySettings;
import dev.newsflow.stream.aggregate.LiveAggregates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Streams application: starts the embedded broker when no cluster is configured, creates the
 * topics it needs (per-category topics included, up front), runs the topology, and reports readiness
 * (Streams state RUNNING). Close it to stop cleanly: Streams commits and closes its stores, then the
 * embedded broker (if any) flushes its log.
 */
public final class StreamApplication implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StreamApplication.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaStreams streams;
    private final KafkaConnection connection;
    private final String bootstrapServers;
    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;
    private volatile boolean closed;

    private StreamApplication(KafkaStreams streams, KafkaConnection connection, String bootstrapServers) {
        this.streams = streams;
        this.connection = connection;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts the application on the configured cluster; when none is configured, on this machine's embedded
     * broker: the one already running (a {@code newsflow broker}), else one started here.
     */
    public static StreamApplication start(Properties config, PageProcessor pages) {
        KafkaConnection connection = KafkaConnection.open(config);
        KafkaSettings kafka = connection.settings();
        try {
            TopologySettings topology = TopologySettings.from(config);
            provision(kafka, topology);
            KafkaStreams streams = new KafkaStreams(NewsflowTopology.topology(topology, pages),
                    StreamsProperties.asProperties(StreamsProperties.of(config, kafka, topology)));
            StreamApplication app = new StreamApplication(streams, connection, kafka.bootstrapServers());
            streams.setStateListener(app::onStateChange);
            // Months unattended: a thread that dies of an unexpected error is replaced, not left dead.
            streams.setUncaughtExceptionHandler(e -> {
                log.error("Stream thread failed; replacing it", e);
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            });
            streams.start();
            return app;
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Creates the configured per-category topics (the connection created the registry's topics). */
    static void provision(KafkaSettings kafka, TopologySettings topology) {
        if (topology.categoryTopics().isEmpty()) {
            return;
        }
        List<Topic<?, ?>> topics = new ArrayList<>();
        for (String category : topology.categoryTopics()) {
            topics.add(Topics.reformEventsOf(category));
        }
        try (Admin admin = Admin.create(kafka.admin())) {
            new TopicProvisioner(admin, kafka).ensure(topics);
        }
    }

    private void onStateChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
        state = newState;
        log.info("Streams state {} -> {}", oldState, newState);
        if (newState == KafkaStreams.State.RUNNING) {
            running.countDown();
        }
        if (newState == KafkaStreams.State.ERROR || newState == KafkaStreams.State.NOT_RUNNING
                || newState == KafkaStreams.State.PENDING_SHUTDOWN) {
            stopped.countDown();
        }
    }

    /** Ready: every task assigned to this instance is processing (Streams state RUNNING). */
    public boolean isReady() {
        return state == KafkaStreams.State.RUNNING;
    }

    public KafkaStreams.State state() {
        return state;
    }

    /** Waits until the application is RUNNING; false when it stopped or the time ran out first. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (running.await(100, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (stopped.getCount() == 0) {
                return false;
            }
        }
        return false;
    }

    /** Blocks until the application stops (closed, or failed beyond recovery). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public LiveAggregates aggregates() {
        return new LiveAggregates(streams);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        log.info("Stopping the stream application");
        // Leave the group: the partitions move to the other instances at once instead of after a session timeout.
        streams.close(CloseOptions.timeout(CLOSE_TIMEOUT).withGroupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP));
        stopped.countDown();
        connection.close(); // stops the embedded broker if this process started it
    }
}
