package dev.newsflow.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.contracts.CrawlState;
import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.UrlStatus;
import dev.newsflow.crawl.frontier.FrontierListener;
import dev.newsflow.crawl.frontier.FrontierStore;
import dev.newsflow.crawl.frontier.FrontierStoreException;
import dev.newsflow.crawl.site.Site;
import dev.newsflow.crawl.site.UrlScope;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A store that can no longer keep states stops the crawler with a clear error, and the next run fetches
 * again what the failed run could not record, instead of forgetting it.
 */
class CrawlerStoreFailureTest {

    private final FixtureServer server = FixtureServer.start();
    private final List<RawPage> published = new CopyOnWriteArrayList<>();
    private final PagePublisher collector = new PagePublisher() {
        @Override
        public void publish(RawPage page) {
            published.add(page);
        }

        @Override
        public void close() {
        }
    };

    @AfterEach
    void stop() {
        server.close();
    }

    /**
     * The test log behind a store that breaks at one chosen write, and from then on refuses every call, as
     * the Kafka store does once the crawl-state topic stays unwritable.
     */
    private static final class BreakingStore implements FrontierStore {
        private final FrontierStore log;
        private final Predicate<CrawlState> breaksAt;
        private volatile boolean broken;

        BreakingStore(FrontierStore log, Predicate<CrawlState> breaksAt) {
            this.log = log;
            this.breaksAt = breaksAt;
        }

        private void throwIfBroken() {
            if (broken) {
                throw new FrontierStoreException("crawl-state unwritable (test)", null);
            }
        }

        @Override
        public void poll(Duration maxWait, FrontierListener listener) throws InterruptedException {
            throwIfBroken();
            log.poll(maxWait, listener);
        }

        @Override
        public void save(CrawlState state) {
            if (breaksAt.test(state)) {
                broken = true;
            }
            throwIfBroken();
            log.save(state);
        }

        @Override
        public void flush() {
            throwIfBroken();
        }

        @Override
        public int partitionOf(String url) {
            return log.partitionOf(url);
        }

        @Override
        public void close() {
            log.close();
        }
    }

    private Site hubWithArticles(int articles) {
        StringBuilder hub = new StringBuilder("<html><body>");
        for (int i = 1; i <= articles; i++) {
            server.html("/a/" + i + ".html", "<html><body>article " + i + "</body></html>");
            hub.append("<a href=\"/a/").append(i).append(".html\">").append(i).append("</a>");
        }
        server.html("/hub.html", hub.append("</body></html>").toString());
        return new Site("breaking", List.of(server.url("/hub.html")), List.of(), List.of(),
                new UrlScope(List.of(), List.of(), Set.of("127.0.0.1")), 1, Duration.ofMinutes(30), null, false);
    }

    private Crawler.Builder crawler(Site site, FrontierStore store) {
        return Crawler.builder()
                .settings(CrawlerTest.fastSettings("newsflow-test/1.0", Duration.ofMillis(5), Set.of("127.0.0.1")))
                .sites(List.of(site))
                .frontierStore(store)
                .publisher(collector);
    }

    @Test
    void anUnwritableStoreStopsTheCrawlAndTheNextRunRedoesWhatWasNotRecorded() throws Exception {
        Site site = hubWithArticles(5);
        InMemoryFrontierStore.Log log = new InMemoryFrontierStore.Log(1);
        BreakingStore breaking = new BreakingStore(new InMemoryFrontierStore(log, Set.of(0)),
                state -> state.getUrl().endsWith("/a/2.html") && state.getStatus() == UrlStatus.FETCHED);

        // not one-shot: only the failure can end this run
        try (Crawler first = crawler(site, breaking).build()) {
            FrontierStoreException failure = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(FrontierStoreException.class, first::run));
            assertTrue(failure.getMessage().contains("crawl-state unwritable"), failure.getMessage());
        }
        assertEquals(1, server.count("/a/2.html"), "fetched and published before its state was lost");
        assertEquals(0, server.count("/a/3.html"), "nothing fetched once the store had failed");

        try (Crawler second = crawler(site, new InMemoryFrontierStore(log, Set.of(0))).oneShot(true).build()) {
            second.run();
        }
        assertEquals(2, server.count("/a/2.html"), "its state was never stored, so the restart fetched it again");
        for (String path : List.of("/hub.html", "/a/1.html", "/a/3.html", "/a/4.html", "/a/5.html")) {
            assertEquals(1, server.count(path), path);
        }
        assertEquals(Set.of("/hub.html", "/a/1.html", "/a/2.html", "/a/3.html", "/a/4.html", "/a/5.html"),
                published.stream().map(page -> page.getUrl().substring(server.base().length()))
                        .collect(Collectors.toSet()), "nothing lost");
    }
}
