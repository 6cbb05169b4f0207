package dev.newsflow.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.extract.ReformEventExtractor;
import dev.newsflow.extract.evaluation.ExtractionEvaluation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The labelled development set (eval/dev, 42 pages written for the project) through the real pipeline,
 * scored against the quality targets: category F1 at least 0.85, relevance precision and recall
 * at least 0.95, region accuracy at least 0.90. The table and every miss are printed.
 */
class DevSetPipelineTest {

    @Test
    void qualityTargetsHoldOnTheDevelopmentSet() {
        ReformEventExtractor extractor = ReformEventExtractor.withDefaults();
        ExtractionEvaluation scoring = new ExtractionEvaluation(extractor.gazetteer());
        PipelineEvaluation evaluation = new PipelineEvaluation(
                new PageProcessor(dev.newsflow.clean.PageCleaner.withDefaults(), extractor), scoring);
        PipelineEvaluation.Result result = evaluation.evaluate(LabelledSet.open(Path.of("../../eval/dev")));
        System.out.print(result.report().table());
        result.printMisses(System.out, scoring);
        ExtractionEvaluation.Report report = result.report();
        assertTrue(report.categoryF1() >= 0.85, "category F1 " + report.categoryF1());
        assertTrue(report.relevancePrecision() >= 0.95, "relevance precision " + report.relevancePrecision());
        assertTrue(report.relevanceRecall() >= 0.95, "relevance recall " + report.relevanceRecall());
        assertTrue(report.regionAccuracy() >= 0.90, "region accuracy " + report.regionAccuracy());
        assertTrue(result.pages().stream().allMatch(p -> p.error() == null), "every page processed");
    }
}
