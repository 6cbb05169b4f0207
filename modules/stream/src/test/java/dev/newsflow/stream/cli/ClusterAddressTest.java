package dev.newsflow.stream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Which cluster the client commands (dlq, quarantine, serve) talk to. */
class ClusterAddressTest {

    private static Properties config(String... keyValues) {
        Properties config = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            config.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return config;
    }

    @Test
    void aConfiguredClusterWins() {
        assertEquals("kafka-0.prod:9093", ClusterAddress.of(config("kafka.bootstrap.servers", "kafka-0.prod:9093",
                "broker.port", "19092")).bootstrapServers());
    }

    @Test
    void otherwiseTheEmbeddedBrokerWhereItsSettingsPutIt() {
        assertEquals("127.0.0.1:9092", ClusterAddress.of(config()).bootstrapServers());
        assertEquals("127.0.0.2:19092", ClusterAddress.of(config("broker.host", "127.0.0.2", "broker.port", "19092"))
                .bootstrapServers());
    }
}
