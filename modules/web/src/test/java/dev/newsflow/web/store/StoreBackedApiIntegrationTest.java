package dev.newsflow.web.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.Article;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.Region;
import dev.newsflow.contracts.Stage;
import dev.newsflow.web.DashboardServer;
import dev.newsflow.web.WebSettings;
import dev.newsflow.web.Http;
import dev.newsflow.web.TestEvents;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The HTTP API over the sink's real store: an embedded SQLite file written by the sink's own writer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreBackedApiIntegrationTest {

    private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

    private SqliteTestStore store;
    private DashboardServer server;
    private Http http;

    @BeforeAll
    void start() {
        store = new SqliteTestStore();
        for (int i = 0; i < 6; i++) {
            ReformEvent event = TestEvents.event("s" + i, i < 3 ? "TIERED_CARE" : "TCM", i == 5 ? Stage.TARGET : Stage.PILOT,
                    i % 2 == 0 ? TestEvents.gansu() : TestEvents.guangdong(), LocalDate.of(2024, 3, 1 + i),
                    T0.plusSeconds(60L * i));
            Article article = TestEvents.articleOf(event, "标题 " + i);
            if (i == 4) {
                article.setSpam(true);
            }
            store.add(article).add(event);
        }
        ReformEvent national = TestEvents.event("national", "INSURANCE_PAYMENT", Stage.ANNOUNCED,
                Region.newBuilder().setName("全国").setProvince(null).setCity(null).setCounty(null).setAdcode("000000").build(),
                LocalDate.of(2024, 1, 15), T0.minusSeconds(7200));
        store.add(TestEvents.articleOf(national, "国家医保局：推进支付方式改革")).add(national);
        ReformEvent hostile = TestEvents.event("xss", "TCM", Stage.ANNOUNCED, TestEvents.gansu(), LocalDate.of(2024, 2, 1),
                T0.minusSeconds(3600), TestEvents.HOSTILE_SENTENCE);
        store.add(TestEvents.articleOf(hostile, TestEvents.HOSTILE_TITLE)).add(hostile).write();

        StoreSources sources = new StoreSources(store.store());
        server = DashboardServer.builder(new WebSettings("127.0.0.1", 0))
                .events(sources).articles(sources).aggregates(new StoreAggregates(store.store()))
                .pipelineHealth(sources).readiness(sources)
                .build().start();
        http = new Http(server.uri());
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void pagesAndFiltersStoredEvents() {
        JsonNode all = http.json("/api/events?limit=4");
        assertEquals(8, all.get("total").asLong());
        assertEquals(List.of("s5", "s4", "s3", "s2"), ids(all), "newest event date first");
        assertEquals(List.of("s1", "s0", "xss", "national"), ids(http.json("/api/events?limit=4&offset=4")));
        assertEquals(List.of("national"), ids(http.json("/api/events?province=" + encode("全国"))),
                "the charts' key for national events filters them");
        assertEquals(List.of("s2", "s1", "s0"), ids(http.json("/api/events?category=TIERED_CARE")));
        assertEquals(List.of("s5", "s3", "s1"), ids(http.json("/api/events?province=" + encode("广东省"))));
        assertEquals(List.of("s5"), ids(http.json("/api/events?stage=TARGET")));
        assertEquals(List.of("s3", "s2"), ids(http.json("/api/events?from=2024-03-03&to=2024-03-04")));
        assertEquals(List.of("s4", "xss"), ids(http.json("/api/events?category=TCM&province=" + encode("甘肃省"))));
    }

    @Test
    void drillsDownToTheStoredArticle() {
        JsonNode event = http.json("/api/events?stage=TARGET").get("items").get(0);
        JsonNode article = http.json("/api/articles/" + event.get("articleId").asText());
        JsonNode evidence = event.get("evidence");
        assertEquals(evidence.get("sentence").asText(),
                article.get("text").asText().substring(evidence.get("start").asInt(), evidence.get("end").asInt()));
        assertEquals("SPAM", article.get("removed").get(0).get("reason").asText());
        assertEquals("porn-lexicon:东京热", article.get("removed").get(0).get("rule").asText());
        assertEquals(404, http.get("/api/articles/not-stored").statusCode());
    }

    @Test
    void storedMarkupLeavesAsEscapedJson() {
        HttpResponse<String> response = http.get("/api/articles/article-xss");
        assertFalse(response.body().contains("<script"), response.body());
        assertEquals(TestEvents.HOSTILE_TITLE, Http.parse(response.body()).get("title").asText());
    }

    @Test
    void statsAndReadinessComeFromTheStore() {
        JsonNode stats = http.json("/api/stats");
        long tcm = 0;
        for (JsonNode count : stats.get("events").get("perCategory")) {
            if (count.get("key").asText().equals("TCM")) {
                tcm += count.get("count").asLong();
            }
        }
        assertEquals(4, tcm);
        assertTrue(stats.get("events").get("perProvince").toString().contains("广东省"));
        assertEquals(1.0 / 8, stats.get("pipeline").get("spamRate").asDouble(), 1e-9);
        assertTrue(stats.get("events").get("perProvince").toString().contains("全国"));
        JsonNode health = http.json("/health/ready");
        assertEquals("UP", health.get("status").asText());
        assertEquals("8 events stored", health.get("checks").get("store").get("detail").asText());
    }

    @Test
    void anUnreachableStoreIsA503AndNotReady() {
        SqliteTestStore lost = new SqliteTestStore();
        StoreSources sources = new StoreSources(lost.store());
        try (DashboardServer broken = DashboardServer.builder(new WebSettings("127.0.0.1", 0))
                .events(sources).articles(sources).aggregates(new StoreAggregates(lost.store()))
                .pipelineHealth(sources).readiness(sources)
                .build().start()) {
            lost.close(); // the database goes away under a running dashboard
            Http client = new Http(broken.uri());
            HttpResponse<String> events = client.get("/api/events");
            assertEquals(503, events.statusCode());
            assertTrue(Http.parse(events.body()).get("error").asText().startsWith("store unavailable"), events.body());
            assertEquals(503, client.get("/api/articles/article-s1").statusCode());
            JsonNode stats = client.json("/api/stats");
            assertTrue(stats.get("events").isNull());
            assertEquals("store", stats.get("unavailable").get(0).asText());
            assertEquals(503, client.get("/health/ready").statusCode());
            assertEquals(200, client.get("/health/live").statusCode());
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("eventId").asText()));
        return ids;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
