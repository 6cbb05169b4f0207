package dev.newsflow.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.Stage;
import dev.newsflow.kafka.KafkaSettings;
import dev.newsflow.kafka.TopicProvisioner;
import dev.newsflow.kafka.Topics;
import dev.newsflow.testkit.KafkaCluster;
import dev.newsflow.testkit.KafkaClusterExtension;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Events produced to a real broker reach browsers over server-sent events, through the dashboard's live feed. */
@ExtendWith(KafkaClusterExtension.class)
class LiveFeedIntegrationTest {

    private static final long WAIT_SECONDS = 60;

    private final KafkaSettings kafka;
    private DashboardServer server;
    private Http http;

    LiveFeedIntegrationTest(KafkaCluster cluster) {
        this.kafka = KafkaSettings.from(new Properties()).withBootstrapServers(cluster.bootstrapServers());
    }

    @BeforeEach
    void start() throws Exception {
        try (Admin admin = Admin.create(kafka.admin())) {
            new TopicProvisioner(admin, kafka).ensure(Topics.all());
        }
        InMemorySources sources = new InMemorySources();
        server = DashboardServer.builder(new WebSettings("127.0.0.1", 0))
                .events(sources).articles(sources).aggregates(sources)
                .liveFeed(kafka)
                .build().start();
        http = new Http(server.uri());
        Readiness.await(http, WAIT_SECONDS);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aProducedEventReachesAnSseClient() throws Exception {
        try (SseRecorder live = new SseRecorder(http.client(), URI.create(server.uri() + "api/live"))) {
            assertNotNull(live.next("ready", WAIT_SECONDS), "the stream opens with a ready event");
            ReformEvent event = TestEvents.event("live-" + System.nanoTime(), "TIERED_CARE", Stage.PILOT,
                    TestEvents.gansu(), LocalDate.of(2024, 5, 1), Instant.now());
            produce(event);

            SseRecorder.Event received = live.next("reform-event", WAIT_SECONDS);
            assertNotNull(received, "the event reaches the browser");
            JsonNode json = Http.parse(received.data());
            assertEquals(event.getEventId(), json.get("eventId").asText());
            assertEquals(event.getEventId(), received.id());
            assertEquals("甘肃省", json.get("region").get("province").asText());
        }
    }

    @Test
    void eachClientGetsOnlyWhatItsFilterLetsThrough() throws Exception {
        URI tcmOnly = URI.create(server.uri() + "api/live?category=TCM");
        try (SseRecorder live = new SseRecorder(http.client(), tcmOnly)) {
            assertNotNull(live.next("ready", WAIT_SECONDS));
            long n = System.nanoTime();
            // same region, so same key and partition: the broker keeps their order
            produce(TestEvents.event("other-" + n, "TIERED_CARE", Stage.PILOT, TestEvents.gansu(), LocalDate.of(2024, 5, 1),
                    Instant.now()));
            produce(TestEvents.event("tcm-" + n, "TCM", Stage.PILOT, TestEvents.gansu(), LocalDate.of(2024, 5, 1),
                    Instant.now()));

            SseRecorder.Event received = live.next("reform-event", WAIT_SECONDS);
            assertNotNull(received);
            assertEquals("tcm-" + n, Http.parse(received.data()).get("eventId").asText(),
                    "the TIERED_CARE event before it was filtered out");
        }
    }

    @Test
    void theLiveFeedIsPartOfReadinessAndItsClientMetricsAreExported() {
        JsonNode health = http.json("/health");
        assertEquals("UP", health.get("status").asText());
        assertTrue(health.get("checks").get("live-feed").get("up").asBoolean());
        String metrics = http.get("/metrics").body();
        assertTrue(metrics.contains("kafka_consumer_"), "KafkaClientMetrics binds the feed's consumer");
    }

    private void produce(ReformEvent event) throws Exception {
        try (KafkaProducer<String, ReformEvent> producer = new KafkaProducer<>(kafka.producer("web-test"),
                Topics.REFORM_EVENTS.keySerde().serializer(), Topics.REFORM_EVENTS.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(Topics.REFORM_EVENTS.name(), event.getRegion().getAdcode(), event)).get();
        }
    }
}
