package dev.newsflow.web;

import static org.junit.jupiter.api.Assertions.fail;

/** Waits for a dashboard to report ready (its live feed following the topic), failing with its last answer. */
final class Readiness {

    private Readiness() {}

    static void await(Http http, long waitSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
        String last = "";
        while (System.nanoTime() < deadline) {
            var response = http.get("/health/ready");
            if (response.statusCode() == 200) {
                return;
            }
            last = response.body();
            Thread.sleep(200);
        }
        fail("dashboard not ready after " + waitSeconds + " s: " + last);
    }
}
