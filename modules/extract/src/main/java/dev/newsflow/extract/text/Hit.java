package dev.newsflow.extract.text;

import java.util.List;

/** A lexicon term found in the text at [start, end), with what the term means. */
public record Hit<T>(int start, int end, T term) {

    /** Whether this hit lies within {@code outer} (a cue inside a trigger's name, a trigger inside a non-trigger). */
    public boolean within(Hit<?> outer) {
        return outer.start() <= start && end <= outer.end();
    }

    /** Whether this hit lies within any of {@code outers}. */
    public boolean withinAny(List<? extends Hit<?>> outers) {
        for (Hit<?> outer : outers) { // a loop: asked for every trigger and cue of a sentence
            if (within(outer)) {
                return true;
            }
        }
        return false;
    }
}
