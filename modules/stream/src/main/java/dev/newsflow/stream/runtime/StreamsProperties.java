package dev.newsflow.stream.runtime;

import dev.newsflow.kafka.DataDirectory;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.stream.TopologySettings;
import dev.newsflow.stream.dlq.DeserializationDeadLetterHandler;
import dev.newsflow.stream.dlq.ProcessingDeadLetterHandler;
import dev.newsflow.stream.dlq.ProductionDeadLetterHandler;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import dev.newsflow.kafka.Topic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * How the application runs: Kafka Streams properties from newsflow's configuration. newsflow's defaults
 * come first; {@code kafka.*} and {@code kafka.streams.*} keys override them (see {@link KafkaSettings}).
 *
 * <ul>
 *   <li>{@code newsflow.stream.processing-guarantee}: {@code exactly_once_v2} (default) or {@code at_least_once}</li>
 *   <li>{@code newsflow.stream.standby-replicas}: warm copies of each state store on other instances (default 0)</li>
 *   <li>{@code newsflow.stream.application-server}: this instance's {@code host:port} for Interactive Queries</li>
 *   <li>{@code newsflow.stream.state-dir}: local state (default {@code <data-dir>/streams})</li>
 *   <li>{@code newsflow.stream.threads}: stream threads (default: one per core)</li>
 * </ul>
 */
public final class StreamsProperties {

    private StreamsProperties() {}

    public static Map<String, Object> of(Properties config, KafkaSettings kafka, TopologySettings topology) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put(StreamsConfig.APPLICATION_ID_CONFIG, topology.applicationId());
        defaults.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee(config));
        defaults.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, config.getProperty(TopologySettings.PREFIX + "standby-replicas", "0"));
        String server = config.getProperty(TopologySettings.PREFIX + "application-server");
        if (server != null && !server.isBlank()) {
            defaults.put(StreamsConfig.APPLICATION_SERVER_CONFIG, server.strip());
        }
        defaults.put(StreamsConfig.STATE_DIR_CONFIG, config.getProperty(TopologySettings.PREFIX + "state-dir",
                DataDirectory.of(config).resolve("streams").toString()));
        // Cleaning and extraction are CPU-bound: one stream thread per core by default.
        defaults.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.getProperty(TopologySettings.PREFIX + "threads",
                Integer.toString(Runtime.getRuntime().availableProcessors())));
        defaults.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, Short.toString(kafka.replicationFactor()));
        // Every store and internal topic has an explicit name; refuse to start if one does not.
        defaults.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true");
        // Failures become our Avro DeadLetter records (KIP-1034 handler responses), and processing continues.
        defaults.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeserializationDeadLetterHandler.class.getName());
        defaults.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, ProcessingDeadLetterHandler.class.getName());
        defaults.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, ProductionDeadLetterHandler.class.getName());
        defaults.put("newsflow.dead-letters.max-kept-bytes", Integer.toString(topology.maxKeptBytes()));
        // A page crosses five transactional hops (four duplicate-detection bands, then the ledger), and under
        // exactly-once each hop's output becomes visible at its commit: 30 ms per hop keeps end-to-end p99
        // under a second (measured with `newsflow bench`) at the price of more, smaller transactions.
        defaults.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "30");
        // Pages travel whole (raw pages, articles, dead letters, and the internal topics in between): the
        // producer and the internal topics accept what the page-carrying topics accept.
        defaults.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Integer.toString(Topic.Layout.PAGE_MESSAGE_BYTES));
        defaults.put(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), Integer.toString(Topic.Layout.PAGE_MESSAGE_BYTES));
        // A page may take up to the cleaner's time budget: keep a poll's worth of pages well inside the poll interval.
        defaults.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), "100");
        return kafka.streams(defaults);
    }

    private static String guarantee(Properties config) {
        String value = config.getProperty(TopologySettings.PREFIX + "processing-guarantee", StreamsConfig.EXACTLY_ONCE_V2)
                .strip().toLowerCase(Locale.ROOT);
        if (!value.equals(StreamsConfig.EXACTLY_ONCE_V2) && !value.equals(StreamsConfig.AT_LEAST_ONCE)) {
            throw new IllegalArgumentException(TopologySettings.PREFIX + "processing-guarantee must be "
                    + StreamsConfig.EXACTLY_ONCE_V2 + " or " + StreamsConfig.AT_LEAST_ONCE + ", not " + value);
        }
        return value;
    }

    /** Properties form, for APIs that take {@link Properties}. */
    public static Properties asProperties(Map<String, Object> map) {
        Properties props = new Properties();
        map.forEach((k, v) -> props.put(k, v.toString()));
        return props;
    }
}
