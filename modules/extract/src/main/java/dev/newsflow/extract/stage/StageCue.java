package dev.newsflow.extract.stage;

import dev.newsflow.extract.Stage;

/** Meaning of a stage cue in the shared term automaton. */
public record StageCue(String cue, Stage stage) {
}
