package dev.newsflow.extract.region;

/** Meaning of a national actor's name (国务院) in the shared term automaton. */
public record NationalCue(String name) {
}
