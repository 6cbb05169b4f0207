package dev.newsflow.extract.taxonomy;

/** Meaning of a category trigger term in the shared term automaton. */
public record Trigger(String term, Category category, TriggerKind kind) {
}
