package dev.newsflow.extract.evaluation;

import dev.newsflow.extract.ExtractedEvent;
import dev.newsflow.extract.Extraction;
import dev.newsflow.extract.Region;
import dev.newsflow.extract.region.Division;
import dev.newsflow.extract.region.Gazetteer;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores extractions against gold labels: category precision/recall/F1 (micro over pages x categories),
 * relevance precision/recall, and region accuracy (the predicted division's ancestor at the labelled level has
 * the labelled adcode, so 玉门市 counts as 酒泉市 when the label is the city, but 甘肃省 does not).
 */
public final class ExtractionEvaluation {

    /** One labelled page and what the extractor made of it. */
    public record Case(PageLabels labels, Extraction extraction) {
    }

    /** The scores, with the counts behind them. */
    public record Report(int pages, int categoryTruePositives, int categoryFalsePositives, int categoryFalseNegatives,
                         int relevantTruePositives, int relevantFalsePositives, int relevantFalseNegatives,
                         int regionsCorrect, int regionsLabelled) {

        public double categoryPrecision() {
            return ratio(categoryTruePositives, categoryTruePositives + categoryFalsePositives);
        }

        public double categoryRecall() {
            return ratio(categoryTruePositives, categoryTruePositives + categoryFalseNegatives);
        }

        public double categoryF1() {
            double p = categoryPrecision();
            double r = categoryRecall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double relevancePrecision() {
            return ratio(relevantTruePositives, relevantTruePositives + relevantFalsePositives);
        }

        public double relevanceRecall() {
            return ratio(relevantTruePositives, relevantTruePositives + relevantFalseNegatives);
        }

        public double regionAccuracy() {
            return ratio(regionsCorrect, regionsLabelled);
        }

        /** A small fixed-width table of the scores. */
        public String table() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%-22s %9s %9s %9s  %s%n", "metric", "precision", "recall", "F1/acc",
                    "counts"));
            out.append(String.format(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f  tp=%d fp=%d fn=%d%n", "categories (micro)",
                    categoryPrecision(), categoryRecall(), categoryF1(), categoryTruePositives, categoryFalsePositives,
                    categoryFalseNegatives));
            out.append(String.format(Locale.ROOT, "%-22s %9.3f %9.3f %9s  tp=%d fp=%d fn=%d%n", "relevance",
                    relevancePrecision(), relevanceRecall(), "", relevantTruePositives, relevantFalsePositives,
                    relevantFalseNegatives));
            out.append(String.format(Locale.ROOT, "%-22s %9s %9s %9.3f  %d/%d%n", "region", "", "", regionAccuracy(),
                    regionsCorrect, regionsLabelled));
            out.append(String.format(Locale.ROOT, "pages: %d%n", pages));
            return out.toString();
        }

        private static double ratio(int numerator, int denominator) {
            return denominator == 0 ? 1.0 : (double) numerator / denominator;
        }
    }

    private final Gazetteer gazetteer;

    public ExtractionEvaluation(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Report evaluate(List<Case> cases) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int relTp = 0;
        int relFp = 0;
        int relFn = 0;
        int regionsCorrect = 0;
        int regionsLabelled = 0;
        for (Case c : cases) {
            Set<String> gold = new TreeSet<>(c.labels().categories());
            Set<String> predicted = predictedCategories(c.extraction());
            for (String category : predicted) {
                if (gold.contains(category)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (String category : gold) {
                if (!predicted.contains(category)) {
                    fn++;
                }
            }
            boolean relevant = c.extraction().relevant();
            if (relevant && c.labels().relevant()) {
                relTp++;
            } else if (relevant) {
                relFp++;
            } else if (c.labels().relevant()) {
                relFn++;
            }
            PageLabels.LabelledRegion region = c.labels().region();
            if (region != null && region.adcode() != null) {
                regionsLabelled++;
                if (regionMatches(c.extraction().region(), region.adcode())) {
                    regionsCorrect++;
                }
            }
        }
        return new Report(cases.size(), tp, fp, fn, relTp, relFp, relFn, regionsCorrect, regionsLabelled);
    }

    /** Scores and prints the table. */
    public Report evaluateAndPrint(List<Case> cases, PrintStream out) {
        Report report = evaluate(cases);
        out.print(report.table());
        return report;
    }

    /** Distinct categories of the extraction's events. */
    public static Set<String> predictedCategories(Extraction extraction) {
        Set<String> categories = new TreeSet<>();
        for (ExtractedEvent event : extraction.events()) {
            categories.add(event.category());
        }
        return categories;
    }

    /** Whether the predicted division, taken at the labelled division's level, is the labelled one. */
    public boolean regionMatches(Region predicted, String labelledAdcode) {
        if (predicted == null) {
            return false;
        }
        if (Region.NATIONAL_ADCODE.equals(labelledAdcode)) {
            return predicted.isNational();
        }
        Division labelled = gazetteer.byAdcode(labelledAdcode).orElse(null);
        if (labelled == null) {
            return labelledAdcode.equals(predicted.adcode());
        }
        for (Division division : gazetteer.chain(predicted.adcode())) {
            if (division.level() == labelled.level()) {
                return division.adcode().equals(labelledAdcode);
            }
        }
        return false;
    }
}
