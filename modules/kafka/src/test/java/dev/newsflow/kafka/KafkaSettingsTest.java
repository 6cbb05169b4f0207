package dev.newsflow.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaSettingsTest {

    private static Properties config(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Test
    void securitySettingsPassThroughToEveryClient() {
        KafkaSettings settings = KafkaSettings.from(config(
                "kafka.bootstrap.servers", "b1:9093,b2:9093",
                "kafka.security.protocol", "SASL_SSL",
                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                "kafka.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "kafka.ssl.truststore.location", "/etc/kafka/truststore.jks",
                "unrelated.key", "x"));
        for (var props : java.util.List.of(settings.admin(), settings.producer("p"), settings.consumer("g"),
                settings.streams(java.util.Map.of()))) {
            assertEquals("SASL_SSL", props.get("security.protocol"));
            assertEquals("SCRAM-SHA-512", props.get("sasl.mechanism"));
            assertEquals("/etc/kafka/truststore.jks", props.get("ssl.truststore.location"));
            assertEquals("b1:9093,b2:9093", props.get("bootstrap.servers"));
            assertFalse(props.containsKey("unrelated.key"));
        }
    }

    @Test
    void perClientKeysApplyToThatClientOnlyAndWin() {
        KafkaSettings settings = KafkaSettings.from(config(
                "kafka.client.rack", "a",
                "kafka.producer.linger.ms", "20",
                "kafka.consumer.isolation.level", "read_uncommitted",
                "kafka.consumer.client.rack", "b"));
        assertEquals("20", settings.producer("p").get("linger.ms"));
        assertFalse(settings.consumer("g").containsKey("linger.ms"));
        assertEquals("read_uncommitted", settings.consumer("g").get("isolation.level"));
        assertEquals("b", settings.consumer("g").get("client.rack"));
        assertEquals("a", settings.producer("p").get("client.rack"));
    }

    @Test
    void safeDefaults() {
        KafkaSettings settings = KafkaSettings.from(new Properties());
        assertEquals("true", settings.producer("p").get("enable.idempotence"));
        assertEquals("all", settings.producer("p").get("acks"));
        assertEquals("read_committed", settings.consumer("g").get("isolation.level"));
        assertEquals("false", settings.consumer("g").get("enable.auto.commit"));
        assertFalse(settings.hasBootstrapServers());
        assertEquals(3, settings.partitions());
        assertEquals(1, settings.replicationFactor());
    }

    @Test
    void layoutFromConfigurationAndValidated() {
        KafkaSettings settings = KafkaSettings.from(config("newsflow.topics.partitions", "12",
                "newsflow.topics.replication-factor", "3"));
        assertEquals(12, settings.partitions());
        assertEquals(3, settings.replicationFactor());
        assertThrows(IllegalArgumentException.class,
                () -> KafkaSettings.from(config("newsflow.topics.partitions", "0")));
    }

    @Test
    void embeddedBrokerAddressCanBeFilledInLater() {
        KafkaSettings settings = KafkaSettings.from(config("kafka.security.protocol", "PLAINTEXT"))
                .withBootstrapServers("127.0.0.1:9092");
        assertEquals("127.0.0.1:9092", settings.producer("p").get("bootstrap.servers"));
        assertEquals("PLAINTEXT", settings.producer("p").get("security.protocol"));
    }
}
