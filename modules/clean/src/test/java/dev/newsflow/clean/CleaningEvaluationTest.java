package dev.newsflow.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleaningEvaluationTest {
    @Test
    void scoresTheSeedsAndPrintsATable() {
        CleaningEvaluation.Result result = new CleaningEvaluation(PageCleaner.withDefaults())
                .evaluate(SeedPagesTest.SEEDS.resolve("seed-labels.json"));
        assertEquals(5, result.pages().size());
        assertEquals(12, result.spamTotal());
        assertEquals(result.spamTotal(), result.spamRemoved());
        assertEquals(14, result.boilerplateTotal());
        assertEquals(result.boilerplateTotal(), result.boilerplateRemoved());
        assertEquals(12, result.keptTotal());
        assertEquals(result.keptTotal(), result.keptPresent());
        assertEquals(5, result.datesCorrect());
        assertEquals(0, result.residualTraditional());
        assertEquals(0, result.leftoverPinyin());
        assertEquals(0, result.errors());
        assertEquals(result, new CleaningEvaluation(PageCleaner.withDefaults()).evaluate(SeedPagesTest.SEEDS),
                "a folder with one labels file evaluates like the file");
        String table = result.toString();
        assertTrue(table.contains("TOTAL"), table);
        assertTrue(table.contains("12/12"), table);
    }
}
