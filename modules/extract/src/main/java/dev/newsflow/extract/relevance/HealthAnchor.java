package dev.newsflow.extract.relevance;

/** Meaning of a health-sector word in the shared term automaton. */
public record HealthAnchor(String term) {
}
