package dev.newsflow.extract.taxonomy;

import dev.newsflow.extract.relevance.Reporting;
import dev.newsflow.extract.relevance.ReportingContext;
import dev.newsflow.extract.text.ArticleDocument;
import dev.newsflow.extract.text.Hit;
import dev.newsflow.extract.text.ResourceTable;
import dev.newsflow.extract.text.Sentence;
import dev.newsflow.extract.text.TermIndex;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the categories a sentence reports. A trigger of taxonomy/triggers.tsv makes a finding only when its
 * sentence reports something done, planned, piloted or measured, is not advertising/research/disease
 * knowledge, does not merely name the trigger as a place visited or an attribute, does not list a facility
 * as one participant among others, and (for wording shared with other sectors) sits in a health context. Confidence grows with how specific the trigger is and how firmly the sentence
 * reports it.
 */
public final class CategoryDetector {

    private static final String LEXICON = "/dev/newsflow/extract/taxonomy/triggers.tsv";
    private static final String NON_TRIGGERS = "/dev/newsflow/extract/taxonomy/non-triggers.txt";

    /** Meaning of a word that contains a trigger but means something else (湘中医院). */
    record NonTrigger(String word) {
    }
    private static final double MAX_CONFIDENCE = 0.95;
    private static final double NEGATION_PENALTY = 0.1;

    private final List<Trigger> triggers;
    private final List<String> nonTriggers;
    private final ReportingContext context;

    private CategoryDetector(List<Trigger> triggers, List<String> nonTriggers, ReportingContext context) {
        this.triggers = triggers;
        this.nonTriggers = nonTriggers;
        this.context = context;
    }

    public static CategoryDetector withDefaults(ReportingContext context) {
        List<Trigger> triggers = new ArrayList<>();
        for (String[] row : ResourceTable.rows(LEXICON, 3)) {
            triggers.add(new Trigger(row[0], Category.valueOf(row[1]), TriggerKind.valueOf(row[2])));
        }
        return new CategoryDetector(List.copyOf(triggers), ResourceTable.terms(NON_TRIGGERS), context);
    }

    public void register(TermIndex.Builder builder) {
        triggers.forEach(trigger -> builder.add(trigger.term(), trigger));
        nonTriggers.forEach(word -> builder.add(word, new NonTrigger(word)));
    }

    /** The best finding per category in the sentence; empty when it reports none. */
    public List<CategoryFinding> detect(ArticleDocument doc, Sentence sentence, boolean hasFigures) {
        List<Hit<Trigger>> hits = doc.hits(sentence, Trigger.class);
        if (hits.isEmpty() || context.isNegative(doc, sentence)) {
            return List.of();
        }
        List<Hit<NonTrigger>> nonTriggerHits = doc.hits(sentence, NonTrigger.class);
        Map<Category, CategoryFinding> best = new EnumMap<>(Category.class);
        Boolean negated = null; // reads the whole sentence: once, and only when a trigger gets that far
        for (Hit<Trigger> hit : hits) {
            Trigger trigger = hit.term();
            if (hit.withinAny(nonTriggerHits)) {
                continue;
            }
            if (trigger.kind() == TriggerKind.GENERIC
                    && !context.isHealthContext(doc, sentence, hit.start(), hit.end())) {
                continue; // its own clause, sentence or paragraph names another sector (县教育局…绩效工资)
            }
            boolean facility = trigger.kind() == TriggerKind.FACILITY;
            if (context.isPassing(doc, sentence, hit.start(), facility)
                    || (facility && context.isEnumerated(doc, hit.start(), hit.end()))) {
                continue;
            }
            Reporting reporting = context.reporting(doc, sentence, hit.start(), hit.end(), hasFigures);
            if (reporting == Reporting.NONE) {
                continue;
            }
            if (negated == null) {
                negated = context.isNegated(doc, sentence);
            }
            double confidence = confidence(trigger.kind(), reporting, hasFigures) - (negated ? NEGATION_PENALTY : 0);
            CategoryFinding current = best.get(trigger.category());
            if (current == null || confidence > current.confidence()) {
                best.put(trigger.category(), new CategoryFinding(trigger.category(), sentence, hit.start(), hit.end(),
                        trigger.kind(), reporting, confidence));
            }
        }
        return List.copyOf(best.values());
    }

    static double confidence(TriggerKind kind, Reporting reporting, boolean hasFigures) {
        double value = kind == TriggerKind.REFORM ? 0.6 : 0.5;
        value += switch (reporting) {
            case DONE -> 0.25;
            case PLANNED -> 0.2;
            case MEASURED -> 0.1;
            case NONE -> 0.0;
        };
        if (hasFigures && reporting != Reporting.MEASURED) {
            value += 0.05;
        }
        return Math.min(MAX_CONFIDENCE, value);
    }
}
