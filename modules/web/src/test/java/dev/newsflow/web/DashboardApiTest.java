package dev.newsflow.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.contracts.ReformEvent;
import dev.newsflow.contracts.Stage;
import dev.newsflow.ops.HealthCheck;
import dev.newsflow.ops.HealthResult;
import dev.newsflow.web.source.PipelineHealth;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP API, the page's assets, /metrics and /health, over real HTTP against a server on 127.0.0.1. */
class DashboardApiTest {

    private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

    private final InMemorySources sources = new InMemorySources();
    private final AtomicBoolean storeUp = new AtomicBoolean(true);
    private final List<ReformEvent> events = new ArrayList<>();
    private DashboardServer server;
    private Http http;

    @BeforeEach
    void start() {
        for (int i = 0; i < 7; i++) {
            boolean gansu = i % 2 == 0;
            ReformEvent event = TestEvents.event("e" + i, i < 4 ? "TIERED_CARE" : "TCM", i == 6 ? Stage.TARGET : Stage.PILOT,
                    gansu ? TestEvents.gansu() : TestEvents.guangdong(), LocalDate.of(2024, 3, 1 + i),
                    T0.plusSeconds(60L * i));
            events.add(event);
            sources.add(event).add(TestEvents.articleOf(event, "标题 " + i));
        }
        ReformEvent hostile = TestEvents.event("xss", "TCM", Stage.ANNOUNCED, TestEvents.gansu(), LocalDate.of(2024, 2, 1),
                T0.minusSeconds(3600), TestEvents.HOSTILE_SENTENCE);
        sources.add(hostile).add(TestEvents.articleOf(hostile, TestEvents.HOSTILE_TITLE));
        server = DashboardServer.builder(new WebSettings("127.0.0.1", 0))
                .events(sources).articles(sources).aggregates(sources)
                .pipelineHealth(() -> new PipelineHealth(List.of(new PipelineHealth.StageThroughput("clean", 2.5)),
                        List.of(), 0.25, 3L, null, List.of()))
                .pipelineHealth(() -> new PipelineHealth(List.of(), List.of(), 0.99, null, 4L, List.of()))
                .readiness(new HealthCheck() {
                    @Override
                    public String name() {
                        return "store";
                    }

                    @Override
                    public HealthResult check() {
                        return storeUp.get() ? HealthResult.up("reachable") : HealthResult.down("connection refused");
                    }
                })
                .build().start();
        http = new Http(server.uri());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listsEventsNewestFirstWithPaging() {
        JsonNode first = http.json("/api/events?limit=3");
        assertEquals(8, first.get("total").asLong());
        assertEquals(List.of("e6", "e5", "e4"), ids(first));
        JsonNode second = http.json("/api/events?limit=3&offset=3");
        assertEquals(List.of("e3", "e2", "e1"), ids(second));
        assertEquals(3, second.get("offset").asInt());
        JsonNode last = http.json("/api/events?limit=3&offset=6");
        assertEquals(List.of("e0", "xss"), ids(last));
    }

    @Test
    void filtersByCategoryProvinceStageAndDate() {
        assertEquals(List.of("e3", "e2", "e1", "e0"), ids(http.json("/api/events?category=TIERED_CARE")));
        assertEquals(List.of("e5", "e3", "e1"), ids(http.json("/api/events?province=" + encode("广东省"))));
        assertEquals(List.of("e6"), ids(http.json("/api/events?stage=target")));
        assertEquals(List.of("e4", "e3"), ids(http.json("/api/events?from=2024-03-04&to=2024-03-05")));
        JsonNode combined = http.json("/api/events?category=TCM&province=" + encode("甘肃省") + "&from=2024-03-01");
        assertEquals(List.of("e6", "e4"), ids(combined));
        assertEquals(2, combined.get("total").asLong());
    }

    @Test
    void eventJsonFollowsTheContract() {
        JsonNode event = http.json("/api/events?stage=TARGET").get("items").get(0);
        assertEquals("e6", event.get("eventId").asText());
        assertEquals("article-e6", event.get("articleId").asText());
        assertEquals("2024-03-07", event.get("date").asText());
        assertEquals("620900", event.get("region").get("adcode").asText());
        assertEquals("甘肃省", event.get("region").get("province").asText());
        assertEquals("门诊量", event.get("indicators").get(0).get("metric").asText());
        assertEquals(T0.plusSeconds(360).toString(), event.get("extractedAt").asText());
    }

    @Test
    void badParametersAreA400WithTheReason() {
        HttpResponse<String> stage = http.get("/api/events?stage=SOMEDAY");
        assertEquals(400, stage.statusCode());
        assertTrue(Http.parse(stage.body()).get("error").asText().contains("stage must be one of"), stage.body());
        assertEquals(400, http.get("/api/events?from=yesterday").statusCode());
        assertEquals(400, http.get("/api/events?limit=100000").statusCode());
        assertEquals(400, http.get("/api/events?offset=-1").statusCode());
        assertEquals(400, http.get("/api/events?from=2024-03-05&to=2024-03-01").statusCode());
        assertEquals(400, http.get("/api/live?stage=SOMEDAY").statusCode());
    }

    @Test
    void articleDrillDownCarriesTextRemovalsAndReasons() {
        JsonNode article = http.json("/api/articles/article-e2");
        assertEquals("标题 2", article.get("title").asText());
        JsonNode event = http.json("/api/events?category=TIERED_CARE&limit=500").get("items").get(1);
        String sentence = event.get("evidence").get("sentence").asText();
        String text = article.get("text").asText();
        assertEquals(sentence, text.substring(event.get("evidence").get("start").asInt(), event.get("evidence").get("end").asInt()));
        assertEquals("SPAM", article.get("removed").get(0).get("reason").asText());
        assertEquals("porn-lexicon:东京热", article.get("removed").get(0).get("rule").asText());
        assertEquals("BOILERPLATE", article.get("removed").get(1).get("reason").asText());
    }

    @Test
    void unknownPathIsA404InJsonAndNeverATagValue() {
        HttpResponse<String> response = http.get("/no/such/page");
        assertEquals(404, response.statusCode());
        assertTrue(Http.parse(response.body()).get("error").asText().contains("/no/such/page"), response.body());
        String metrics = http.get("/metrics").body();
        assertTrue(metrics.contains("status=\"404\""), metrics);
        assertFalse(metrics.contains("/no/such/page"), "a raw path never becomes a tag value");
    }

    @Test
    void unknownArticleIsA404InJson() {
        HttpResponse<String> response = http.get("/api/articles/no-such-id");
        assertEquals(404, response.statusCode());
        assertTrue(Http.parse(response.body()).get("error").asText().contains("no-such-id"));
    }

    @Test
    void scrapedMarkupIsEscapedInsideJson() {
        HttpResponse<String> response = http.get("/api/articles/article-xss");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(response.body().contains("<script"), response.body());
        assertFalse(response.body().contains("<img"), response.body());
        assertTrue(response.body().contains("\\u003Cscript"), response.body());
        // escaped on the wire, intact once parsed: the browser gets the exact title and shows it as text
        assertEquals(TestEvents.HOSTILE_TITLE, Http.parse(response.body()).get("title").asText());
        HttpResponse<String> list = http.get("/api/events?stage=ANNOUNCED");
        assertFalse(list.body().contains("<script"), list.body());
        assertEquals(TestEvents.HOSTILE_SENTENCE,
                Http.parse(list.body()).get("items").get(0).get("evidence").get("sentence").asText());
    }

    @Test
    void statsCarryDailyCountsAndMergedPipelineHealth() {
        JsonNode stats = http.json("/api/stats");
        long tieredCare = 0;
        for (JsonNode count : stats.get("events").get("perCategory")) {
            if (count.get("key").asText().equals("TIERED_CARE")) {
                tieredCare += count.get("count").asLong();
            }
        }
        assertEquals(4, tieredCare);
        JsonNode pipeline = stats.get("pipeline");
        assertEquals(0.25, pipeline.get("spamRate").asDouble(), "the first source that knows a figure wins");
        assertEquals(3, pipeline.get("duplicates").asLong());
        assertEquals(4, pipeline.get("deadLetters").asLong(), "a figure one source lacks comes from another");
        assertEquals("clean", pipeline.get("throughput").get(0).get("stage").asText());
        assertTrue(pipeline.get("lastFetchPerSite").isEmpty());
    }

    @Test
    void healthSeparatesLivenessFromReadiness() {
        assertEquals(200, http.get("/health/live").statusCode());
        HttpResponse<String> ready = http.get("/health/ready");
        assertEquals(200, ready.statusCode());
        assertEquals("UP", Http.parse(ready.body()).get("checks").get("store").get("up").asBoolean() ? "UP" : "DOWN");
        storeUp.set(false);
        HttpResponse<String> notReady = http.get("/health");
        assertEquals(503, notReady.statusCode());
        JsonNode body = Http.parse(notReady.body());
        assertEquals("DOWN", body.get("status").asText());
        assertEquals("connection refused", body.get("checks").get("store").get("detail").asText());
        assertEquals(200, http.get("/health/live").statusCode(), "a down dependency does not make the process dead");
    }

    @Test
    void metricsArePrometheusText() {
        http.get("/api/events");
        http.get("/api/articles/article-e1");
        HttpResponse<String> metrics = http.get("/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(metrics.body().contains("# TYPE http_server_requests_seconds"), metrics.body());
        assertTrue(metrics.body().contains("uri=\"/api/articles/{id}\""), "requests are tagged by route, not raw path");
        assertTrue(metrics.body().contains("newsflow_web_live_clients"), metrics.body());
    }

    @Test
    void servesThePageAndItsWebJarWithAStrictContentSecurityPolicy() {
        HttpResponse<String> page = http.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/webjars/chart.js/"), page.body());
        assertFalse(page.body().contains("${"), "the Chart.js version is filled in at build time");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        String script = page.body().replaceAll("(?s).*<script src=\"(/webjars/[^\"]+)\".*", "$1");
        assertEquals(200, http.get(script).statusCode(), script);
        assertEquals(200, http.get("/dashboard.js").statusCode());
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
