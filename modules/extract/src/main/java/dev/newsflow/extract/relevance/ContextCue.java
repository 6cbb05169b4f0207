package dev.newsflow.extract.relevance;

/** Meaning of a reporting-context cue in the shared term automaton. */
public record ContextCue(String cue, CueKind kind) {
}
