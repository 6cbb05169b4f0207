package dev.newsflow.extract.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.extract.ExtractedEvent;
import dev.newsflow.extract.Extraction;
import dev.newsflow.extract.Region;
import dev.newsflow.extract.Stage;
import dev.newsflow.extract.region.Gazetteer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionEvaluationTest {

    private static final Gazetteer GAZETTEER = Gazetteer.withDefaults();
    private final ExtractionEvaluation evaluation = new ExtractionEvaluation(GAZETTEER);

    private static ExtractedEvent event(String category, String adcode) {
        return new ExtractedEvent("id", category, Stage.OTHER, GAZETTEER.toRegion(adcode), null, null, List.of(),
                "s", 0, 1, 0.9);
    }

    private static PageLabels labels(boolean relevant, String adcode, String... categories) {
        return new PageLabels("f", relevant, null, new PageLabels.LabelledRegion("n", "p", adcode), List.of(categories));
    }

    @Test
    void scoresCategoriesRelevanceAndRegions() {
        List<ExtractionEvaluation.Case> cases = List.of(
                // 2 of 3 labelled categories found, one extra; county 玉门市 counts for the labelled city 酒泉市
                new ExtractionEvaluation.Case(labels(true, "620900", "TCM", "TALENT", "TIERED_CARE"),
                        new Extraction(true, GAZETTEER.toRegion("620981"),
                                List.of(event("TCM", "620900"), event("TALENT", "620900"), event("DRUG_PROCUREMENT", "620900")))),
                // labelled city, predicted province: wrong at the labelled level
                new ExtractionEvaluation.Case(labels(true, "431300", "TCM"),
                        new Extraction(false, GAZETTEER.toRegion("430000"), List.of())),
                new ExtractionEvaluation.Case(labels(false, "000000"),
                        new Extraction(true, Region.NATIONAL, List.of(event("TCM", "000000")))));
        ExtractionEvaluation.Report report = evaluation.evaluate(cases);
        assertEquals(2, report.categoryTruePositives());
        assertEquals(2, report.categoryFalsePositives());
        assertEquals(2, report.categoryFalseNegatives());
        assertEquals(0.5, report.categoryPrecision(), 1e-9);
        assertEquals(0.5, report.categoryRecall(), 1e-9);
        assertEquals(0.5, report.categoryF1(), 1e-9);
        assertEquals(0.5, report.relevancePrecision(), 1e-9);
        assertEquals(0.5, report.relevanceRecall(), 1e-9);
        assertEquals(2, report.regionsCorrect());
        assertEquals(3, report.regionsLabelled());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        evaluation.evaluateAndPrint(cases, new PrintStream(out, true, StandardCharsets.UTF_8));
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("categories (micro)") && table.contains("0.500") && table.contains("2/3"), table);
    }

    @Test
    void readsTheSeedLabelFormat() {
        List<PageLabels> pages = PageLabels.read(Path.of("../../eval/seeds/seed-labels.json"));
        assertEquals(5, pages.size());
        assertEquals("620900", pages.get(0).region().adcode());
        assertTrue(pages.get(4).categories().contains("TIERED_CARE"));
        assertEquals("2023-12-23", pages.get(0).date());
        assertEquals(null, pages.get(4).date());
    }
}
