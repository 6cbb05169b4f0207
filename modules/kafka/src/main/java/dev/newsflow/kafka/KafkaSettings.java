package dev.newsflow.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Kafka client settings from the user's configuration. Every key under {@code kafka.} is passed to every
 * client unchanged (so {@code kafka.security.protocol}, {@code kafka.sasl.jaas.config},
 * {@code kafka.ssl.truststore.location}... make TLS/SASL clusters work with no code change); keys under
 * {@code kafka.producer.}, {@code kafka.consumer.}, {@code kafka.admin.} and {@code kafka.streams.} apply
 * to that kind of client only and win over the shared ones. newsflow's own defaults (idempotent
 * producers, read_committed consumers) come first and are overridable the same way.
 */
public final class KafkaSettings {

    public static final String PREFIX = "kafka.";
    private static final String[] CLIENT_KINDS = {"producer.", "consumer.", "admin.", "streams."};

    private final Map<String, String> shared;
    private final Map<String, Map<String, String>> perKind;
    private final int partitions;
    private final short replicationFactor;

    private KafkaSettings(Map<String, String> shared, Map<String, Map<String, String>> perKind, int partitions,
            short replicationFactor) {
        this.shared = Map.copyOf(shared);
        this.perKind = Map.copyOf(perKind);
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    /**
     * Reads {@code kafka.*} client keys and the topic layout keys {@code newsflow.topics.partitions}
     * (default 3) and {@code newsflow.topics.replication-factor} (default 1; 3 on a real cluster).
     */
    public static KafkaSettings from(Properties config) {
        Map<String, String> shared = new HashMap<>();
        Map<String, Map<String, String>> perKind = new HashMap<>();
        for (String kind : CLIENT_KINDS) {
            perKind.put(kind, new HashMap<>());
        }
        for (String key : config.stringPropertyNames()) {
            if (!key.startsWith(PREFIX)) {
                continue;
            }
            String rest = key.substring(PREFIX.length());
            String kind = kindOf(rest);
            if (kind == null) {
                shared.put(rest, config.getProperty(key));
            } else {
                perKind.get(kind).put(rest.substring(kind.length()), config.getProperty(key));
            }
        }
        int partitions = Integer.parseInt(config.getProperty("newsflow.topics.partitions", "3"));
        short replication = Short.parseShort(config.getProperty("newsflow.topics.replication-factor", "1"));
        if (partitions < 1 || replication < 1) {
            throw new IllegalArgumentException("newsflow.topics.partitions and newsflow.topics.replication-factor must be at least 1");
        }
        return new KafkaSettings(shared, perKind, partitions, replication);
    }

    private static String kindOf(String rest) {
        for (String kind : CLIENT_KINDS) {
            if (rest.startsWith(kind)) {
                return kind;
            }
        }
        return null;
    }

    /** The same settings pointing at another cluster (e.g. the embedded broker once it has started). */
    public KafkaSettings withBootstrapServers(String bootstrapServers) {
        Map<String, String> copy = new HashMap<>(shared);
        copy.put("bootstrap.servers", bootstrapServers);
        return new KafkaSettings(copy, perKind, partitions, replicationFactor);
    }

    /** Configured {@code bootstrap.servers}, or null when none is configured (embedded mode). */
    public String bootstrapServers() {
        return shared.get("bootstrap.servers");
    }

    public boolean hasBootstrapServers() {
        String servers = bootstrapServers();
        return servers != null && !servers.isBlank();
    }

    public int partitions() {
        return partitions;
    }

    public short replicationFactor() {
        return replicationFactor;
    }

    /** Settings shared by all clients (bootstrap, security...). */
    public Map<String, Object> common() {
        return new HashMap<>(shared);
    }

    public Map<String, Object> admin() {
        return merged("admin.", Map.of());
    }

    /**
     * An idempotent producer that waits for all in-sync replicas, and whose requests can carry a whole
     * page (the page topics accept records of up to {@link Topic.Layout#PAGE_MESSAGE_BYTES}).
     */
    public Map<String, Object> producer(String clientId) {
        return merged("producer.", Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Topic.Layout.PAGE_MESSAGE_BYTES)));
    }

    /** A consumer that sees committed transactions only and commits offsets itself. */
    public Map<String, Object> consumer(String groupId) {
        return merged("consumer.", Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
    }

    /** Base properties for a Kafka Streams application (the topology module adds its own defaults first). */
    public Map<String, Object> streams(Map<String, Object> defaults) {
        return merged("streams.", defaults);
    }

    private Map<String, Object> merged(String kind, Map<String, Object> defaults) {
        Map<String, Object> props = new HashMap<>(defaults);
        props.putAll(shared);
        props.putAll(perKind.get(kind));
        return props;
    }
}
