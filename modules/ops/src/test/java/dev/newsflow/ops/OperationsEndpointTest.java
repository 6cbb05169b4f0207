package dev.newsflow.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The endpoint over real HTTP on the loopback interface. */
class OperationsEndpointTest {

    private static HttpResponse<String> get(OperationsEndpoint endpoint, String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheRegistryInPrometheusFormat() throws Exception {
        try (OperationsEndpoint endpoint = OperationsEndpoint.start("127.0.0.1", 0)) {
            endpoint.registry().counter("newsflow.crawl.pages", "host", "www.example.cn").increment(3);
            HttpResponse<String> response = get(endpoint, "/metrics");
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("newsflow_crawl_pages_total{host=\"www.example.cn\"} 3.0"), response.body());
        }
    }

    @Test
    void readyOnlyWhenEveryCheckIsUpAndLiveAllAlong() throws Exception {
        AtomicBoolean storeUp = new AtomicBoolean(false);
        try (OperationsEndpoint endpoint = OperationsEndpoint.start("127.0.0.1", 0)) {
            endpoint.readiness(HealthCheck.of("store", () -> storeUp.get() ? HealthResult.up("reachable")
                    : HealthResult.down("connection refused")));
            endpoint.readiness(HealthCheck.of("streams", () -> HealthResult.up("RUNNING")));

            HttpResponse<String> down = get(endpoint, "/health/ready");
            assertEquals(503, down.statusCode());
            JsonNode body = new ObjectMapper().readTree(down.body());
            assertEquals("DOWN", body.get("status").asText());
            assertTrue(body.get("live").asBoolean());
            assertEquals("connection refused", body.get("checks").get("store").get("detail").asText());
            assertTrue(body.get("checks").get("streams").get("up").asBoolean());
            assertEquals(200, get(endpoint, "/health/live").statusCode(), "live while not ready");

            storeUp.set(true);
            assertEquals(200, get(endpoint, "/health/ready").statusCode());
            assertEquals(200, get(endpoint, "/health").statusCode());
            assertEquals(404, get(endpoint, "/health/other").statusCode());
        }
    }

    @Test
    void aCheckThatThrowsIsDownWithTheReason() throws Exception {
        try (OperationsEndpoint endpoint = OperationsEndpoint.start("127.0.0.1", 0)) {
            endpoint.readiness(HealthCheck.of("broken", () -> {
                throw new IllegalStateException("boom");
            }));
            HttpResponse<String> response = get(endpoint, "/health/ready");
            assertEquals(503, response.statusCode());
            assertTrue(response.body().contains("boom"), response.body());
        }
    }
}
