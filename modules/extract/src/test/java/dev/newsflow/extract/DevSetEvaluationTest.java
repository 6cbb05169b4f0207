package dev.newsflow.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsflow.extract.evaluation.ExtractionEvaluation;
import dev.newsflow.extract.evaluation.PageLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over the dev set (eval/dev, when present) and prints the evaluation table and the
 * per-page differences. It checks that every page is processed and every event's evidence is the text at its
 * offsets; the quality targets (category F1 >= 0.85, relevance P/R >= 0.95, region accuracy >= 0.90) are
 * reported, not asserted, because the dev set is read here through a rough stand-in for the cleaner.
 */
class DevSetEvaluationTest {

    @Test
    void devSetIsExtractedAndScored() {
        assumeTrue(DevSetPages.present(), "eval/dev/labels.json not present");
        ReformEventExtractor extractor = ReformEventExtractor.withDefaults();
        Map<String, PageLabels> labels = PageLabels.read(DevSetPages.DIR.resolve("labels.json")).stream()
                .collect(Collectors.toMap(PageLabels::file, Function.identity()));
        List<ExtractionEvaluation.Case> cases = new ArrayList<>();
        for (DevSetPages.Page page : DevSetPages.pages()) {
            Extraction extraction = extractor.extract(page.article());
            for (ExtractedEvent event : extraction.events()) {
                assertEquals(event.evidence(), page.article().text().substring(event.start(), event.end()));
            }
            PageLabels gold = labels.get(page.file());
            cases.add(new ExtractionEvaluation.Case(gold, extraction));
            Set<String> found = ExtractionEvaluation.predictedCategories(extraction);
            Set<String> missing = new TreeSet<>(gold.categories());
            missing.removeAll(found);
            Set<String> extra = new TreeSet<>(found);
            extra.removeAll(gold.categories());
            boolean regionOk = new ExtractionEvaluation(extractor.gazetteer())
                    .regionMatches(extraction.region(), gold.region().adcode());
            if (!missing.isEmpty() || !extra.isEmpty() || gold.relevant() != extraction.relevant() || !regionOk) {
                System.out.printf("%s relevant=%s/%s region=%s(%s)/%s missing=%s extra=%s%n", page.file(),
                        extraction.relevant(), gold.relevant(), extraction.region().adcode(), extraction.region().name(),
                        gold.region().adcode(), missing, extra);
                for (ExtractedEvent event : extraction.events()) {
                    if (extra.contains(event.category())) {
                        System.out.printf("    EXTRA %s: %s%n", event.category(), event.evidence());
                    }
                }
            }
        }
        assertFalse(cases.isEmpty());
        System.out.println();
        new ExtractionEvaluation(extractor.gazetteer()).evaluateAndPrint(cases, System.out);
    }
}
