package dev.newsflow.stream.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.extract.taxonomy.Category;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.stream.TopologySettings;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsPropertiesTest {

    private static Map<String, Object> of(Properties config) {
        return StreamsProperties.of(config, KafkaSettings.from(config), TopologySettings.from(config));
    }

    @Test
    void exactlyOnceByDefaultWithNamedResourcesAndDeadLetterHandlers() {
        Properties config = new Properties();
        config.setProperty("kafka.bootstrap.servers", "broker-1:9093");
        Map<String, Object> props = of(config);
        assertEquals("broker-1:9093", props.get("bootstrap.servers"));
        assertEquals("exactly_once_v2", props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        assertEquals("newsflow-stream", props.get(StreamsConfig.APPLICATION_ID_CONFIG));
        assertEquals("true", props.get(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG));
        assertTrue(props.get(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG).toString().endsWith("ProductionDeadLetterHandler"));
        assertFalse(props.containsKey(StreamsConfig.APPLICATION_SERVER_CONFIG));
        new StreamsConfig(props); // Kafka accepts it
    }

    @Test
    void guaranteeStandbysAndApplicationServerAreConfigurable() {
        Properties config = new Properties();
        config.setProperty("newsflow.stream.processing-guarantee", "AT_LEAST_ONCE");
        config.setProperty("newsflow.stream.standby-replicas", "1");
        config.setProperty("newsflow.stream.application-server", "10.0.0.7:8081");
        config.setProperty("kafka.streams.commit.interval.ms", "500");
        Map<String, Object> props = of(config);
        assertEquals("at_least_once", props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        assertEquals("1", props.get(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG));
        assertEquals("10.0.0.7:8081", props.get(StreamsConfig.APPLICATION_SERVER_CONFIG));
        assertEquals("500", props.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
    }

    @Test
    void anUnknownGuaranteeIsRefusedWithTheKeyToFix() {
        Properties config = new Properties();
        config.setProperty("newsflow.stream.processing-guarantee", "exactly_twice");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> of(config));
        assertTrue(e.getMessage().contains("newsflow.stream.processing-guarantee"));
    }

    @Test
    void topologySettingsRead() {
        Properties config = new Properties();
        config.setProperty("newsflow.stream.category-topics", "ALL");
        config.setProperty("newsflow.stream.dedup.window", "P2D");
        TopologySettings settings = TopologySettings.from(config);
        assertEquals(Category.values().length, settings.categoryTopics().size());
        assertEquals(Duration.ofDays(2), settings.dedupWindow());
        config.setProperty("newsflow.stream.category-topics", " tcm, TALENT ,");
        assertEquals(java.util.Set.of("TCM", "TALENT"), TopologySettings.from(config).categoryTopics());
    }
}
