package dev.newsflow.extract.taxonomy;

import dev.newsflow.extract.relevance.Reporting;
import dev.newsflow.extract.text.Sentence;

/** A sentence that reports an event of a category, through the trigger at [triggerStart, triggerEnd). */
public record CategoryFinding(Category category, Sentence sentence, int triggerStart, int triggerEnd,
                              TriggerKind kind, Reporting reporting, double confidence) {
}
