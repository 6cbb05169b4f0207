package dev.newsflow.pipeline;

import dev.newsflow.clean.CleaningLimits;
import dev.newsflow.extract.Extraction;
import dev.newsflow.extract.Region;
import dev.newsflow.extract.evaluation.ExtractionEvaluation;
import dev.newsflow.extract.evaluation.PageLabels;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Quality of the whole page pipeline over a labelled set: every page goes through the same
 * {@link PageProcessor} the stream runs, and the extraction is scored against the labels (category
 * precision/recall/F1, relevance precision/recall, region accuracy at the labelled level). A page the
 * pipeline rejects counts as not relevant with the national region, so failures cost recall.
 */
public final class PipelineEvaluation {

    private final PageProcessor processor;
    private final ExtractionEvaluation scoring;

    public PipelineEvaluation(PageProcessor processor, ExtractionEvaluation scoring) {
        this.processor = processor;
        this.scoring = scoring;
    }

    /** One page's outcome, for reports that list the misses. */
    public record PageOutcome(PageLabels labels, Extraction extraction, String error) {

        public Set<String> missing() {
            Set<String> missing = new TreeSet<>(labels.categories());
            missing.removeAll(ExtractionEvaluation.predictedCategories(extraction));
            return missing;
        }

        public Set<String> extra() {
            Set<String> extra = new TreeSet<>(ExtractionEvaluation.predictedCategories(extraction));
            extra.removeAll(labels.categories());
            return extra;
        }
    }

    /** The scores and the per-page outcomes behind them. */
    public record Result(ExtractionEvaluation.Report report, List<PageOutcome> pages) {

        /** Pages whose categories, relevance or region differ from the labels, one line each. */
        public void printMisses(PrintStream out, ExtractionEvaluation scoring) {
            for (PageOutcome page : pages) {
                PageLabels labels = page.labels();
                boolean regionOk = labels.region() == null || labels.region().adcode() == null
                        || scoring.regionMatches(page.extraction().region(), labels.region().adcode());
                if (page.error() != null) {
                    out.printf("  %s: error %s%n", labels.file(), page.error());
                } else if (!page.missing().isEmpty() || !page.extra().isEmpty() || !regionOk
                        || labels.relevant() != page.extraction().relevant()) {
                    Region region = page.extraction().region();
                    out.printf("  %s: missing %s extra %s region %s %s (labelled %s) relevant %s (labelled %s)%n",
                            labels.file(), page.missing(), page.extra(), region.name(), region.adcode(),
                            labels.region() == null ? "-" : labels.region().adcode(), page.extraction().relevant(),
                            labels.relevant());
                }
            }
        }
    }

    public Result evaluate(LabelledSet set) {
        List<PageOutcome> outcomes = new ArrayList<>();
        List<ExtractionEvaluation.Case> cases = new ArrayList<>();
        for (PageLabels labels : PageLabels.read(set.labelsFile())) {
            PageOutcome outcome = run(set, labels);
            outcomes.add(outcome);
            cases.add(new ExtractionEvaluation.Case(labels, outcome.extraction()));
        }
        return new Result(scoring.evaluate(cases), outcomes);
    }

    private PageOutcome run(LabelledSet set, PageLabels labels) {
        try {
            byte[] body = LocalPages.readBounded(set.page(labels.file()), CleaningLimits.defaults().maxInputBytes());
            ProcessedPage page = processor.process(new PageSource(body, labels.file(), null, null));
            return new PageOutcome(labels, page.extraction(), null);
        } catch (IOException | RuntimeException e) {
            return new PageOutcome(labels, new Extraction(false, Region.NATIONAL, List.of()), e.toString());
        }
    }
}
