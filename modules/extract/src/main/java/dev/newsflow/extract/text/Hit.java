package dev.newsflow.extract.text;

/** A lexicon term found in the text at [start, end), with what the term means. */
public record Hit<T>(int start, int end, T term) {
}
