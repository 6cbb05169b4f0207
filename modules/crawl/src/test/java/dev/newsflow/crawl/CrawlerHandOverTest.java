package dev.newsflow.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.UrlStatus;
import dev.newsflow.crawl.site.Site;
import dev.newsflow.crawl.site.UrlScope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When a partition moves to another instance, its fetches still running finish and their states are stored
 * before the crawler lets go of it, so the next owner neither fetches those URLs again nor hits their host
 * while the old owner's request still runs.
 */
class CrawlerHandOverTest {

    private final FixtureServer server = FixtureServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRevokedPartitionsFetchesAreStoredBeforeItIsLetGo() throws Exception {
        CountDownLatch slowStarted = new CountDownLatch(1);
        server.route("/a-slow.html", exchange -> {
            slowStarted.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FixtureServer.respond(exchange, 200, "text/html", "<html>slow</html>".getBytes(StandardCharsets.UTF_8));
        });
        server.html("/b-next.html", "<html>next</html>");
        server.html("/hub.html", "<html><body><a href=\"/a-slow.html\">a</a><a href=\"/b-next.html\">b</a></body></html>");
        Site site = new Site("handover", List.of(server.url("/hub.html")), List.of(), List.of(),
                new UrlScope(List.of(), List.of(), Set.of("127.0.0.1")), 1, Duration.ofMinutes(30), null, false);
        InMemoryFrontierStore.Log log = new InMemoryFrontierStore.Log(1);
        InMemoryFrontierStore store = new InMemoryFrontierStore(log, Set.of(0));
        PagePublisher discard = new PagePublisher() {
            @Override
            public void publish(RawPage page) {
            }

            @Override
            public void close() {
            }
        };

        AtomicBoolean storedAtHandOver = new AtomicBoolean();
        CountDownLatch handedOver = new CountDownLatch(1);
        try (Crawler crawler = Crawler.builder()
                .settings(CrawlerTest.fastSettings("newsflow-test/1.0", Duration.ofMillis(5), Set.of("127.0.0.1")))
                .sites(List.of(site)).frontierStore(store).publisher(discard).build()) {
            Thread runner = new Thread(() -> {
                try {
                    crawler.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            runner.start();
            assertTrue(slowStarted.await(10, TimeUnit.SECONDS));
            store.revokeOnNextPoll(Set.of(0), () -> {
                storedAtHandOver.set(log.all().stream().anyMatch(state -> state.getUrl().endsWith("/a-slow.html")
                        && state.getStatus() == UrlStatus.FETCHED));
                handedOver.countDown();
            });
            assertTrue(handedOver.await(10, TimeUnit.SECONDS));
        }
        assertTrue(storedAtHandOver.get(), "the running fetch's state was stored before the partition was let go");
        assertEquals(0, server.count("/b-next.html"), "no URL of the host fetched once it was given away");
    }
}
