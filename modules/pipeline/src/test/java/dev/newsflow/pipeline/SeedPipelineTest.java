package dev.newsflow.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.extract.ExtractedEvent;
import dev.newsflow.extract.ReformEventExtractor;
import dev.newsflow.extract.evaluation.ExtractionEvaluation;
import dev.newsflow.extract.evaluation.PageLabels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five real pages through the real pipeline (bytes in, events out): every labelled category found,
 * relevance and primary region as labelled, and each extra category shown with the sentence behind it.
 */
class SeedPipelineTest {

    static final LabelledSet SEEDS = LabelledSet.open(Path.of("../../eval/seeds"));
    private static PageProcessor processor;
    private static ExtractionEvaluation scoring;

    @BeforeAll
    static void load() {
        ReformEventExtractor extractor = ReformEventExtractor.withDefaults();
        processor = new PageProcessor(dev.newsflow.clean.PageCleaner.withDefaults(), extractor);
        scoring = new ExtractionEvaluation(extractor.gazetteer());
    }

    static Stream<PageLabels> seeds() {
        return PageLabels.read(SEEDS.labelsFile()).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void labelledCategoriesRegionAndRelevance(PageLabels labels) throws Exception {
        ProcessedPage page = processor.process(new PageSource(Files.readAllBytes(SEEDS.page(labels.file())),
                labels.file(), null, null));
        assertEquals(labels.relevant(), page.extraction().relevant());
        assertTrue(scoring.regionMatches(page.extraction().region(), labels.region().adcode()),
                labels.file() + ": region " + page.extraction().region());
        Set<String> found = ExtractionEvaluation.predictedCategories(page.extraction());
        Set<String> missing = new TreeSet<>(labels.categories());
        missing.removeAll(found);
        assertTrue(missing.isEmpty(), labels.file() + " misses " + missing);
        for (ExtractedEvent event : page.extraction().events()) {
            assertEquals(event.evidence(), page.cleaned().text().substring(event.start(), event.end()),
                    "evidence offsets point into the article text");
            if (!labels.categories().contains(event.category())) {
                System.out.printf("%s: extra %s justified by: %s%n", labels.file(), event.category(), event.evidence());
            }
        }
        if (labels.date() == null) {
            assertNull(page.cleaned().publishedDate());
        } else {
            assertEquals(labels.date(), page.cleaned().publishedDate().toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void theSameArticleGivesTheSameEventIds(PageLabels labels) throws Exception {
        byte[] body = Files.readAllBytes(SEEDS.page(labels.file()));
        List<String> first = processor.process(new PageSource(body, "https://a.cn/" + labels.file(), null, null))
                .extraction().events().stream().map(ExtractedEvent::eventId).toList();
        List<String> second = processor.process(new PageSource(body, "https://a.cn/" + labels.file(), null, null))
                .extraction().events().stream().map(ExtractedEvent::eventId).toList();
        assertEquals(first, second);
        assertEquals(first.size(), Set.copyOf(first).size(), "one event per category and region");
    }
}
