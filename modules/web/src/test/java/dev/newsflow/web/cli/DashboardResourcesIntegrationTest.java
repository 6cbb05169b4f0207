package dev.newsflow.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.testkit.KafkaCluster;
import dev.newsflow.testkit.KafkaClusterExtension;
import dev.newsflow.web.DashboardServer;
import dev.newsflow.web.Http;
import dev.newsflow.web.WebSettings;
import dev.newsflow.web.store.StoreAggregates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The wiring {@code serve} uses, from configuration: a fresh SQLite store, a real broker, a real server. */
@ExtendWith(KafkaClusterExtension.class)
class DashboardResourcesIntegrationTest {

    private final String bootstrapServers;

    DashboardResourcesIntegrationTest(KafkaCluster cluster) {
        this.bootstrapServers = cluster.bootstrapServers();
    }

    @Test
    void serveWiringComesUpReadyOnAFreshStore() throws Exception {
        Path dataDir = Files.createTempDirectory("newsflow-serve");
        Properties config = new Properties();
        config.setProperty("newsflow.data-dir", dataDir.toString());
        config.setProperty("kafka.bootstrap.servers", bootstrapServers);
        KafkaSettings kafka = KafkaSettings.from(config);
        try (DashboardResources resources = DashboardResources.open(config, kafka);
                DashboardServer server = resources.builder(new WebSettings("127.0.0.1", 0), ServeCommand.processRegistry())
                        .aggregates(new StoreAggregates(resources.store()))
                        .pipelineHealth(resources.storeHealth())
                        .build().start()) {
            Http http = new Http(server.uri());
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (http.get("/health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            JsonNode health = http.json("/health/ready");
            assertEquals("UP", health.get("status").asText(), health.toString());
            assertEquals("0 events stored", health.get("checks").get("store").get("detail").asText());
            assertEquals(0, http.json("/api/events").get("total").asLong());
            JsonNode stats = http.json("/api/stats");
            assertTrue(stats.get("events").get("perCategory").isEmpty());
            assertTrue(stats.get("pipeline").get("spamRate").isNull(), "no article stored: spam rate unknown, not 0");
            assertTrue(http.get("/metrics").body().contains("jvm_memory_used_bytes"));
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
