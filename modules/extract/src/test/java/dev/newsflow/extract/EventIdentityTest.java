package dev.newsflow.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One event = one category in one region of one article; its id is stable. */
class EventIdentityTest {

    private static final String TEXT = "娄底市全面推进紧密型县域医共体建设。全市医共体覆盖所有乡镇，医共体建设成效明显。"
            + "涟源市全面推进医共体建设。";

    private static Extraction run(String articleId, String text) {
        return TestExtractor.EXTRACTOR.extract(new ArticleText(articleId, null, "", text, LocalDate.of(2024, 1, 1), null));
    }

    @Test
    void sameArticleGivesSameIds() {
        assertEquals(run("article-1", TEXT), run("article-1", TEXT));
    }

    @Test
    void idDependsOnArticleCategoryAndRegionOnly() {
        List<ExtractedEvent> events = run("article-1", TEXT).events();
        assertEquals(2, events.size(), "one event per (category, region): " + events);
        assertNotEquals(events.get(0).eventId(), events.get(1).eventId());
        ExtractedEvent city = events.stream().filter(e -> e.region().adcode().equals("431300")).findFirst().orElseThrow();
        assertEquals(1, city.supporting().size(), "the other sentence about the city's consortium supports the event");

        Extraction edited = run("article-1", TEXT + "\n全市还召开了工作会议。");
        assertEquals(Set.copyOf(ids(run("article-1", TEXT))), Set.copyOf(ids(edited)));
        assertNotEquals(ids(run("article-2", TEXT)), ids(run("article-1", TEXT)));
    }

    @Test
    void extractorIsSafeToShareBetweenThreads() throws InterruptedException, ExecutionException {
        Extraction expected = run("article-1", TEXT);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> run("article-1", TEXT)));
            }
            for (Future<Extraction> future : futures) {
                assertEquals(expected, future.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> ids(Extraction extraction) {
        Set<String> seen = new HashSet<>();
        return extraction.events().stream().map(ExtractedEvent::eventId).filter(seen::add).toList();
    }
}
