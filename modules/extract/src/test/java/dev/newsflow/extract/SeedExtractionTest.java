package dev.newsflow.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.extract.evaluation.ExtractionEvaluation;
import dev.newsflow.extract.evaluation.PageLabels;
import dev.newsflow.extract.text.ResourceTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seeds, as simplified text, against eval/seeds/seed-labels.json: relevance, every labelled category,
 * the primary region; a category outside the labels must come with its justifying sentence, which is printed.
 */
class SeedExtractionTest {

    /** Extra categories tolerated per seed when each comes with its justifying sentence (they are printed). */
    private static final int MAX_EXTRA_CATEGORIES = 3;
    private static final List<String[]> TRIGGERS = ResourceTable.rows("/dev/newsflow/extract/taxonomy/triggers.tsv", 3);
    private static ReformEventExtractor extractor;
    private static final List<ExtractionEvaluation.Case> CASES = new ArrayList<>();

    @BeforeAll
    static void load() {
        extractor = ReformEventExtractor.withDefaults();
    }

    static Stream<Arguments> seeds() {
        return SeedFixtures.labels().stream().map(page -> Arguments.of(page.file(), page));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedYieldsItsLabelledEvents(String file, PageLabels page) {
        ArticleText article = SeedFixtures.article(page);
        Extraction extraction = extractor.extract(article);
        synchronized (CASES) {
            CASES.add(new ExtractionEvaluation.Case(page, extraction));
        }

        Set<String> found = ExtractionEvaluation.predictedCategories(extraction);
        System.out.printf("%n== %s relevant=%s region=%s %s%n   categories: %s%n", file, extraction.relevant(),
                extraction.region().adcode(), extraction.region().name(), found);
        int extras = 0;
        for (ExtractedEvent event : extraction.events()) {
            assertEquals(event.evidence(), article.text().substring(event.start(), event.end()),
                    "evidence must be the text at its offsets");
            if (!page.categories().contains(event.category())) {
                extras++;
                System.out.printf("   EXTRA %s @%s %s: %s%n", event.category(), event.region().adcode(), event.stage(),
                        event.evidence());
                assertTrue(TRIGGERS.stream().anyMatch(t -> t[1].equals(event.category()) && event.evidence().contains(t[0])),
                        "an extra category must be justified by a sentence worded in its vocabulary: " + event);
            }
        }
        assertTrue(extras <= MAX_EXTRA_CATEGORIES, "too many categories outside the labels: " + extras);

        assertEquals(page.relevant(), extraction.relevant(), "relevance");
        Set<String> missing = new TreeSet<>(page.categories());
        missing.removeAll(found);
        assertTrue(missing.isEmpty(), "labelled categories not found: " + missing);
        assertEquals(page.region().adcode(), extraction.region().adcode(), "primary region");
    }

    @AfterAll
    static void printScores() {
        System.out.println();
        new ExtractionEvaluation(extractor.gazetteer()).evaluateAndPrint(CASES, System.out);
    }
}
