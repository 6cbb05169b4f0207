package dev.newsflow.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.CrawlSource;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.Topics;
import dev.newsflow.pipeline.PageProcessor;
import dev.newsflow.stream.runtime.StreamApplication;
import dev.newsflow.testkit.KafkaCluster;
import dev.newsflow.testkit.KafkaClusterExtension;
import dev.newsflow.web.Http;
import dev.newsflow.web.WebSettings;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard as {@code run} wires it, next to a real Streams application on a real broker: a seed page
 * goes through the topology, and the charts' counts come back through Interactive Queries.
 */
@ExtendWith(KafkaClusterExtension.class)
class InProcessDashboardIntegrationTest {

    private static final long WAIT_NANOS = 120_000_000_000L;

    private final String bootstrapServers;

    @TempDir
    Path dataDir;

    InProcessDashboardIntegrationTest(KafkaCluster cluster) {
        this.bootstrapServers = cluster.bootstrapServers();
    }

    @Test
    void chartsComeFromTheStreamsStoresAndStreamsMetricsAreExported() throws Exception {
        Properties config = new Properties();
        config.setProperty("kafka.bootstrap.servers", bootstrapServers);
        config.setProperty("newsflow.data-dir", dataDir.toString());
        config.setProperty("newsflow.stream.state-dir", dataDir.resolve("streams").toString());
        config.setProperty("newsflow.stream.application-id", "web-run-test-" + UUID.randomUUID());
        try (StreamApplication streams = StreamApplication.start(config, PageProcessor.withDefaults());
                InProcessDashboard dashboard = InProcessDashboard.start(config, new WebSettings("127.0.0.1", 0), streams)) {
            Http http = new Http(dashboard.server().uri());
            awaitStatus(http, "/health/ready", 200);
            produceSeedPage(KafkaSettings.from(config));

            JsonNode counts = null;
            long deadline = System.nanoTime() + WAIT_NANOS;
            while (System.nanoTime() < deadline) {
                counts = http.json("/api/stats").get("events");
                if (counts != null && !counts.get("perCategory").isEmpty()) {
                    break;
                }
                Thread.sleep(500);
            }
            assertTrue(counts != null && !counts.get("perCategory").isEmpty(), "counted through Interactive Queries: " + counts);
            JsonNode pipeline = http.json("/api/stats").get("pipeline");
            assertEquals("stream: raw pages read", pipeline.get("throughput").get(0).get("stage").asText());
            String metrics = http.get("/metrics").body();
            assertTrue(metrics.contains("kafka_stream_"), "KafkaStreamsMetrics binds the application's metrics");
            assertTrue(http.json("/health").get("checks").get("streams").get("up").asBoolean());
        }
    }

    private static void produceSeedPage(KafkaSettings kafka) throws Exception {
        Path seed = Path.of(System.getProperty("basedir", ".")).resolve("../../eval/seeds");
        Path page;
        try (var files = Files.list(seed)) {
            page = files.filter(f -> f.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
        }
        String url = "https://www.jiuquan.gov.cn/web-run-test.html";
        RawPage raw = RawPage.newBuilder()
                .setUrl(url).setFinalUrl(url).setRedirects(List.of()).setFetchedAt(Instant.now()).setStatus(200)
                .setHeaders(Map.of()).setContentType("text/plain").setDeclaredCharset(null)
                .setBody(ByteBuffer.wrap(Files.readAllBytes(page))).setSource(CrawlSource.SEED)
                .setSite(null).setPublisherAdcode(null).setDepth(0)
                .build();
        try (KafkaProducer<String, RawPage> producer = new KafkaProducer<>(kafka.producer("web-run-test"),
                new StringSerializer(), Topics.RAW_PAGES.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), url, raw)).get();
        }
    }

    private static void awaitStatus(Http http, String path, int status) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (http.get(path).statusCode() != status && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(status, http.get(path).statusCode(), http.get(path).body());
    }
}
